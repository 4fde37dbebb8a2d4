#!/usr/bin/env python3
"""The pages a pull request changes, in both languages, as the preview comment's links.

    python scripts/changed_pages.py --url https://example.github.io/site/pr-preview/pr-7/ \\
        --number 7 --base BASE_SHA                 # compares BASE_SHA with HEAD (git diff)
    python scripts/changed_pages.py --url ... docs/en/kontakti.md data/ui.yml   # given paths

Prints the pull request comment (Markdown): the preview's address and a link to each changed
page in Latvian and in English. What counts as a changed page:
- docs/<lang>/x.md: the page x in both languages (/x/ and /en/x/); index.md is its folder's page;
  news items are pages too;
- data/NAME.yml (or its schema, data/schemas/NAME.schema.json): every page that shows it, i.e.
  whose Markdown has the marker `<!-- data: NAME -->`;
- data/ui.yml (the interface texts): the two home pages.
Other files (templates, hooks, images, a data file no marker shows) change no page in
particular; the comment says so and links the home pages. A page that no longer exists in either language is left out.
A changed page that is a draft or scheduled (hooks/publication.py: `draft: true`, or a `date` after
today, SITE_DATE else today in Riga) is named as such: merging it does not put it on the live site.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano import publication  # noqa: E402
from latvijaano.site_context import DEFAULT_LANGUAGE, LANGUAGES, language_root, site_date  # noqa: E402

DOC = re.compile(r"^docs/(?P<lang>[a-z]{2})/(?P<path>.+\.md)$")
DATA = re.compile(r"^data/(?:schemas/)?(?P<name>[\w-]+)(?:\.schema\.json|\.ya?ml)$")
HOME = "index.md"


@dataclass(frozen=True)
class ChangedPage:
    path: str  # inside the language folder: 'prioritates/sievietes.md'
    title: str  # the Latvian title (else the English one), for the comment
    urls: dict  # language -> URL path from the site root: {'lv': 'kontakti/', 'en': 'en/kontakti/'}
    withheld: publication.Unpublished | None = None  # a draft or scheduled page: not live on merge


def url_path(path: str, lang: str) -> str:
    """'prioritates/index.md' -> 'prioritates/'; 'kontakti.md' -> 'kontakti/' (+ 'en/' for English)."""
    stem = path[: -len(".md")]
    if stem == "index":
        stem = ""
    elif stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return language_root(lang) + stem


def marker_pages(root: Path, name: str) -> list[str]:
    """Paths (inside the language folder) of the pages with `<!-- data: NAME -->`."""
    marker = re.compile(rf"^\s*<!--\s*data:\s*{re.escape(name)}\s*-->\s*$", re.M)
    found = set()
    for lang in LANGUAGES:
        folder = root / "docs" / lang
        for file in folder.rglob("*.md"):
            if marker.search(file.read_text(encoding="utf-8")):
                found.add(file.relative_to(folder).as_posix())
    return sorted(found)


def pages_for(changed: list[str], root: Path = REPO) -> tuple[list[str], bool]:
    """The page paths the changed files touch, and whether some change touches no page in particular."""
    pages, other = [], False
    for name in changed:
        doc, data = DOC.match(name), DATA.match(name)
        if doc and doc["lang"] in LANGUAGES:
            found = [doc["path"]]
        elif data and data["name"] == "ui":
            found = [HOME]
        elif data:
            found = marker_pages(root, data["name"])
            other = other or not found  # used by a template, not by a page's marker
        else:
            found, other = [], True
        pages += [page for page in found if page not in pages]
    return pages, other


def title_of(file: Path) -> str | None:
    text = file.read_text(encoding="utf-8")
    if text.startswith("---"):
        try:
            meta = yaml.safe_load(text.split("---", 2)[1]) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    heading = re.search(r"^# (.+)$", text, re.M)
    return heading.group(1).strip() if heading else None


def changed_pages(changed: list[str], root: Path = REPO) -> tuple[list[ChangedPage], bool]:
    """Each touched page that exists, with its URL in each language. A page without its English
    file is still at /en/... (the Latvian text, translation pending); one without a Latvian file
    has no Latvian address."""
    pages, other = pages_for(changed, root)
    withheld = publication.withheld_pages(root / "docs", site_date())
    result = []
    for path in pages:
        files = {lang: root / "docs" / lang / path for lang in LANGUAGES}
        present = [lang for lang in LANGUAGES if files[lang].is_file()]
        if not present:
            continue  # deleted
        languages = LANGUAGES if DEFAULT_LANGUAGE in present else present
        title = next((t for lang in present if (t := title_of(files[lang]))), path)
        urls = {lang: url_path(path, lang) for lang in languages}
        result.append(ChangedPage(path, title, urls, withheld.get(path)))
    return result, other


def comment(
    pages: list[ChangedPage],
    other: bool,
    preview_url: str,
    number: str | None = None,
    commit: str | None = None,
) -> str:
    """The pull request comment, Latvian first."""
    preview_url = preview_url.rstrip("/") + "/"
    lines = [
        "<!-- latvijaano-preview -->",
        f"### Priekšskatījums / Preview{f' #{number}' if number else ''}",
        "",
        f"**Visa vietne / The whole site:** {preview_url} · [English]({preview_url}en/)",
        "",
    ]
    if pages:
        lines += [
            "**Mainītās lapas / Changed pages:**",
            "",
            "| Lapa / Page | Latviski | English |",
            "| --- | --- | --- |",
        ]
        for page in pages:
            cells = []
            for lang in LANGUAGES:
                path = page.urls.get(lang)
                cells.append(f"[/{path}]({preview_url}{path})" if path is not None else "—")
            title = page.title.replace("|", "\\|") + (
                f" — **{withheld_label(page.withheld)}**" if page.withheld else ""
            )
            lines.append(f"| {title} | {' | '.join(cells)} |")
        lines.append("")
        lines += withheld_note([page for page in pages if page.withheld])
    if other or not pages:
        lines += [
            "Šīs izmaiņas skar vietni kopumā (veidnes, kods vai attēli), ne kādu vienu lapu: "
            f"skatiet [sākumlapu]({preview_url}) un [English home page]({preview_url}en/). / "
            "These changes affect the site as a whole (templates, code or images), not one page in particular.",
            "",
        ]
    lines += [
        "Priekšskatījums atjaunojas ar katru jaunu izmaiņu (commit) un pazūd, kad pieprasījums tiek "
        "aizvērts. Tas parādās 1–2 minūtes pēc šī komentāra. / The preview is updated on every push "
        "and removed when the pull request is closed. It appears a minute or two after this comment.",
    ]
    if commit:
        lines += ["", f"<sub>{commit}</sub>"]
    return "\n".join(lines) + "\n"


def withheld_label(item: publication.Unpublished) -> str:
    if item.kind == publication.DRAFT:
        return "melnraksts / draft"
    return f"plānots / scheduled {item.date.isoformat()}"


def withheld_note(pages: list[ChangedPage]) -> list[str]:
    """What merging does not do for a draft or a scheduled page, Latvian first."""
    if not pages:
        return []
    lines = ["**Apvienojot netiks publicēts / Will not go live on merge:**", ""]
    for page in pages:
        title = page.title.replace("|", "\\|")
        if page.withheld.kind == publication.DRAFT:
            lines.append(
                f"- {title}: melnraksts (`draft: true`) — publicētā vietne to nerāda, kamēr šo rindu neizņem. / "
                "a draft (`draft: true`) — the live site shows it only once that line is taken out."
            )
        else:
            day = page.withheld.date.isoformat()
            lines.append(
                f"- {title}: plānots {day} (`date` nākotnē) — parādīsies publicētajā vietnē tajā dienā pats. / "
                f"scheduled for {day} (a `date` after today) — it appears on the live site on that day by itself."
            )
    return lines + [""]


def git_changed(base: str, root: Path = REPO) -> list[str]:
    result = subprocess.run(
        ["git", "diff", "--name-only", "--no-renames", base, "HEAD"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the preview's address")
    parser.add_argument("--number", help="the pull request's number")
    parser.add_argument("--base", help="compare this commit with HEAD (git diff)")
    parser.add_argument("--commit", help="the commit the preview shows (printed small)")
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("paths", nargs="*", help="changed files, relative to the repository")
    args = parser.parse_args(argv)
    changed = list(args.paths) + (git_changed(args.base, args.root) if args.base else [])
    pages, other = changed_pages(changed, args.root)
    sys.stdout.write(comment(pages, other, args.url, args.number, args.commit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
