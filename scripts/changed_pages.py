#!/usr/bin/env python3
"""The pages a pull request changes, in both languages, as the preview comment's links.

    python scripts/changed_pages.py --url https://example.github.io/site/pr-preview/pr-7/ \\
        --number 7 --base BASE_SHA                 # compares BASE_SHA with HEAD (git diff)
    python scripts/changed_pages.py --url ... docs/en/kontakti.md data/ui.yml   # given paths
    python scripts/changed_pages.py --url ... --site site/ data/meetings.yml   # with the built preview

Prints the pull request comment (Markdown): the preview's address and a link to each changed
page in Latvian and in English. What counts as a changed page:
- docs/<lang>/x.md: the page x in both languages (/x/ and /en/x/); index.md is its folder's page;
  news items are pages too;
- data/NAME.yml (or its schema, data/schemas/NAME.schema.json): every page that shows it, as
  latvijaano/data/registry.py answers (the pages with a marker that reads it, the pages a module
  makes from it, the home page's globals); the pages a build makes (each meeting's page, the filter
  pages) are found in the built preview given with --site;
- data/ui.yml (the interface texts, on every page): the two home pages, and the site as a whole.
Other files (templates, hooks, images, a data file no page shows) change no page in
particular; the comment says so and links the home pages. A page that no longer exists in either language is left out.
A changed page that is a draft or scheduled (hooks/publication.py: `draft: true`, or a `date` after
today, SITE_DATE else today in Riga) is named as such: merging it does not put it on the live site.
"""

from __future__ import annotations

import argparse
import html as html_text
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano.data import publication, registry  # noqa: E402
from latvijaano.site_context import DEFAULT_LANGUAGE, LANGUAGES, language_root, site_date  # noqa: E402

DOC = re.compile(r"^docs/(?P<lang>[a-z]{2})/(?P<path>.+\.md)$")
DATA = re.compile(r"^data/(?:schemas/)?(?P<name>[\w-]+)(?:\.schema\.json|\.ya?ml)$")


@dataclass(frozen=True)
class ChangedPage:
    path: (
        str  # inside the language folder: 'prioritates/sievietes.md' (a page the build makes: 'sanaksmes/x/')
    )
    title: str  # the Latvian title (else the English one), for the comment
    urls: dict  # language -> URL path from the site root: {'lv': 'kontakti/', 'en': 'en/kontakti/'}
    source: str | None = None  # the data file a page the build makes comes from; None: docs/<lang>/<path>
    withheld: publication.Unpublished | None = None  # a draft or scheduled page: not live on merge


def url_path(path: str, lang: str) -> str:
    """'prioritates/index.md' -> 'prioritates/'; 'kontakti.md' -> 'kontakti/' (+ 'en/' for English)."""
    return language_root(lang) + registry.url_of(path)


def built_pages(site: Path | None) -> dict[str, set[str]]:
    """The URL paths (inside the language folder) of a build's pages, by the languages that have them."""
    pages: dict[str, set[str]] = {}
    if site is None:
        return pages
    for html in site.rglob("index.html"):
        url = html.parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        lang = next(
            (code for code in LANGUAGES if language_root(code) and url.startswith(language_root(code))), None
        )
        lang = lang or DEFAULT_LANGUAGE
        pages.setdefault(url[len(language_root(lang)) :], set()).add(lang)
    return pages


def built_title(site: Path | None, url: str) -> str | None:
    """The heading of a built page (the Latvian one), for a page only the build makes."""
    html = site / url / "index.html" if site else None
    if html is None or not html.is_file():
        return None
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html.read_text(encoding="utf-8"), re.S)
    return html_text.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip() if heading else None


def pages_for(changed: list[str], root: Path = REPO, built=()) -> tuple[dict[str, str], bool]:
    """The page paths the changed files touch ('kontakti.md'; a page only the build makes, by its URL
    path: 'sanaksmes/x/'), each with the changed file that touches it first, and whether some change
    touches no page in particular. `built`: the URL paths inside the language folder of a build's pages."""
    docs = {
        registry.url_of(file.relative_to(root / "docs" / lang).as_posix()): file.relative_to(
            root / "docs" / lang
        ).as_posix()
        for lang in LANGUAGES
        for file in sorted((root / "docs" / lang).rglob("*.md"))
    }
    pages, other = {}, False
    for name in changed:
        doc, data = DOC.match(name), DATA.match(name)
        if doc and doc["lang"] in LANGUAGES:
            found = [doc["path"]]
        elif data:
            urls, everywhere = registry.pages_showing(f"data/{data['name']}.yml", root, sorted(built))
            found = [docs.get(url, url) for url in urls]
            other = other or everywhere or not found  # the site as a whole, or no page in particular
        else:
            found, other = [], True
        for page in found:
            pages.setdefault(page, name)
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


def changed_pages(
    changed: list[str], root: Path = REPO, site: Path | None = None
) -> tuple[list[ChangedPage], bool]:
    """Each touched page that exists, with its URL in each language. A page without its English
    file is still at /en/... (the Latvian text, translation pending); one without a Latvian file
    has no Latvian address. `site`: the built preview, for the pages only the build makes."""
    built = built_pages(site)
    pages, other = pages_for(changed, root, built)
    withheld = publication.withheld_pages(root / "docs", site_date())
    result = []
    for path, source in pages.items():
        if not path.endswith(".md"):  # made by the build from a data file
            languages = [lang for lang in LANGUAGES if lang in built.get(path, ())]
            urls = {lang: language_root(lang) + path for lang in languages}
            title = next((t for lang in languages if (t := built_title(site, urls[lang]))), path)
            result.append(ChangedPage(path, title, urls, source))
            continue
        files = {lang: root / "docs" / lang / path for lang in LANGUAGES}
        present = [lang for lang in LANGUAGES if files[lang].is_file()]
        if not present:
            continue  # deleted
        languages = LANGUAGES if DEFAULT_LANGUAGE in present else present
        title = next((t for lang in present if (t := title_of(files[lang]))), path)
        urls = {lang: url_path(path, lang) for lang in languages}
        result.append(ChangedPage(path, title, urls, withheld=withheld.get(path)))
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
    parser.add_argument("--site", type=Path, help="the built preview: also the pages the build makes")
    parser.add_argument("paths", nargs="*", help="changed files, relative to the repository")
    args = parser.parse_args(argv)
    changed = list(args.paths) + (git_changed(args.base, args.root) if args.base else [])
    pages, other = changed_pages(changed, args.root, args.site)
    sys.stdout.write(comment(pages, other, args.url, args.number, args.commit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
