#!/usr/bin/env python3
"""Create a new content page in both languages and add it to the navigation.

    python scripts/new_page.py --path prioritates/jauna-lapa --title-lv "Virsraksts" --title-en "Title"

Creates docs/lv/<path>.md and docs/en/<path>.md with front matter (title, description) and
"TODO:" placeholders, and adds `<path>.md` to the `nav` in mkdocs.yml: at the end of the section
that holds the pages of the same folder, or at the end of the navigation. Never overwrites a file.
The placeholders build (so the draft can be previewed) but scripts/check_content.py refuses
them until they are replaced with real text.
"""

from __future__ import annotations

import argparse
import json
import posixpath
import re
import sys
from pathlib import Path

# Everything the scaffold needs is imported before anything is written: a missing module
# (outside the project's environment) stops it with a message and leaves no file behind.
try:
    from ruamel.yaml import YAML  # edits mkdocs.yml keeping its comments and !ENV tags
except ImportError as missing:  # pragma: no cover - exercised by tests with the module hidden
    sys.exit(
        f"Trūkst Python moduļa ({missing.name}) — palaidiet caur 'make page …' vai 'make news …', kas to "
        f"uzstāda. / A Python module is missing ({missing.name}) — run this through 'make page …' or "
        "'make news …', which installs it."
    )

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("lv", "en")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PLACEHOLDERS = {
    "description": {
        "lv": "TODO: viens teikums par lapu (meklētājiem un kopīgošanai).",
        "en": "TODO: one sentence about the page (for search engines and sharing).",
    },
    "body": {
        "lv": "TODO: lapas teksts. Apakšvirsrakstus rakstiet ar '## '.",
        "en": "TODO: the text of the page. Write subheadings with '## '.",
    },
}


class ScaffoldError(Exception):
    """A reason not to create the files, in Latvian and English."""


def valid_slug(slug: str) -> str:
    if not SLUG.fullmatch(slug):
        raise ScaffoldError(
            f"Nederīgs nosaukums '{slug}': tikai mazie latīņu burti bez garumzīmēm, cipari un '-' "
            f"(piemēram, 'jauna-lapa'). / Invalid name '{slug}': only lower-case letters without "
            "diacritics, digits and '-' (e.g. 'jauna-lapa')."
        )
    return slug


def yaml_value(value) -> str:
    """A front matter value as YAML reads it back unchanged: text in double quotes, escaped
    (JSON's string syntax is YAML's double-quoted style), so "Latvia's" or a colon cannot break it;
    a date stays a bare YYYY-MM-DD."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def page_text(title: str, meta: dict, body: str) -> str:
    front_matter = "".join(f"{key}: {yaml_value(value)}\n" for key, value in {"title": title, **meta}.items())
    return f"---\n{front_matter}---\n\n# {title}\n\n{body}\n"


def check_free(root: Path, rel: str) -> dict[str, Path]:
    """docs/<lang>/<rel> for each language; a ScaffoldError if any of them exists already."""
    targets = {lang: root / "docs" / lang / rel for lang in LANGUAGES}
    existing = [str(path.relative_to(root)) for path in targets.values() if path.exists()]
    if existing:
        raise ScaffoldError(
            f"Fails jau pastāv, tāpēc tas netiek pārrakstīts: {', '.join(existing)}. / "
            f"The file already exists, not overwriting it: {', '.join(existing)}."
        )
    if not (root / "docs").is_dir():
        raise ScaffoldError(f"Nav mapes {root / 'docs'}. / There is no folder {root / 'docs'}.")
    return targets


def write_all(root: Path, writes: dict[Path, str]) -> list[Path]:
    """Write every prepared file; called only once everything has been checked and prepared."""
    for path, text in writes.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [path for path in writes if path.suffix == ".md"]


def write_pair(root: Path, rel: str, texts: dict[str, str]) -> list[Path]:
    """Write docs/<lang>/<rel> for each language, or nothing if any of them exists."""
    targets = check_free(root, rel)
    return write_all(root, {targets[lang]: texts[lang] for lang in LANGUAGES})


def title(value: str) -> str:
    value = value.strip()
    if not value:
        raise ScaffoldError("Virsraksts ir tukšs. / The title is empty.")
    return value


def nav_section_for(nav: list, rel: str) -> list:
    """The nav list that already holds pages of the folder of `rel` (the top level if none)."""
    folder = posixpath.dirname(rel)

    def entries(items):
        for item in items:
            yield item
            if isinstance(item, dict):
                for value in item.values():
                    if isinstance(value, list):
                        yield from entries(value)

    def path_of(item):
        if isinstance(item, str):
            return item
        if isinstance(item, dict) and len(item) == 1:
            value = next(iter(item.values()))
            return value if isinstance(value, str) else None
        return None

    if folder:
        lists = [nav] + [
            v for item in entries(nav) if isinstance(item, dict) for v in item.values() if isinstance(v, list)
        ]
        for candidate in lists:
            if any((p := path_of(item)) and posixpath.dirname(p) == folder for item in candidate):
                return candidate
    return nav


def config_with_page(config_file: Path, rel: str) -> str | None:
    """mkdocs.yml's text with `rel` appended to the nav (a YAML round trip that keeps comments,
    quotes and !ENV tags); None when mkdocs.yml has no explicit nav (every page is listed)."""
    from io import StringIO

    yaml_rt = YAML()  # round-trip mode
    yaml_rt.indent(mapping=2, sequence=4, offset=2)  # mkdocs.yml's own layout
    yaml_rt.preserve_quotes = True
    yaml_rt.width = 4096  # never re-wrap long lines
    try:
        config = yaml_rt.load(config_file.read_text(encoding="utf-8"))
    except Exception as error:  # any YAML problem: say where, write nothing
        raise ScaffoldError(
            f"mkdocs.yml nevar nolasīt ({error}) — vispirms izlabojiet to. / "
            f"mkdocs.yml cannot be read ({error}) — fix it first."
        ) from None
    nav = config.get("nav")
    if nav is None:
        return None
    section = nav_section_for(nav, rel)
    if rel not in section:
        section.append(rel)
    out = StringIO()
    yaml_rt.dump(config, out)
    return out.getvalue()


def create_page(root: Path, path: str, title_lv: str, title_en: str) -> list[Path]:
    path = path.strip().strip("/")
    path = path[:-3] if path.endswith(".md") else path
    for part in path.split("/"):
        valid_slug(part)
    if path.split("/")[0] == "jaunumi":
        raise ScaffoldError(
            "Jaunumiem izmantojiet scripts/new_news.py. / For news items use scripts/new_news.py."
        )
    rel = f"{path}.md"
    titles = {"lv": title(title_lv), "en": title(title_en)}
    texts = {
        lang: page_text(
            titles[lang],
            {"description": PLACEHOLDERS["description"][lang]},
            PLACEHOLDERS["body"][lang],
        )
        for lang in LANGUAGES
    }
    targets = check_free(root, rel)
    writes = {targets[lang]: texts[lang] for lang in LANGUAGES}
    config = config_with_page(root / "mkdocs.yml", rel)  # prepared before anything is written
    if config is not None:
        writes[root / "mkdocs.yml"] = config
    return write_all(root, writes)


def report(created: list[Path], root: Path, extra_lv: str = "", extra_en: str = "") -> None:
    for path in created:
        print(f"Izveidots / Created: {path.relative_to(root)}")
    print(
        "Aizstājiet katru 'TODO:' ar īstu tekstu abās valodās; `make check` parāda, "
        f"kuri vēl palikuši.{extra_lv}\n"
        "Replace every 'TODO:' with real text in both languages; `make check` shows "
        f"which remain.{extra_en}"
    )


def scaffold_parser(doc: str, *leading: tuple[str, str]) -> argparse.ArgumentParser:
    """A scaffold's command line: the required options `leading` ((flag, help) pairs), then the
    two titles, and --root (hidden: the tests scaffold into a copy)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    for flag, help_text in leading:
        parser.add_argument(flag, required=True, help=help_text)
    parser.add_argument("--title-lv", required=True)
    parser.add_argument("--title-en", required=True)
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    return parser


def run_scaffold(create, root: Path, extra_lv: str = "", extra_en: str = "") -> int:
    """Make the files (`create()` returns their paths) and say what to do next: 0; or say why
    they cannot be made: 1."""
    try:
        created = create()
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    report(created, root, extra_lv, extra_en)
    return 0


def main(argv=None) -> int:
    args = scaffold_parser(
        __doc__, ("--path", "e.g. prioritates/jauna-lapa (no language, no .md)")
    ).parse_args(argv)
    return run_scaffold(
        lambda: create_page(args.root, args.path, args.title_lv, args.title_en),
        args.root,
        " Lapa pievienota navigācijai mkdocs.yml.",
        " The page was added to the nav in mkdocs.yml.",
    )


if __name__ == "__main__":
    sys.exit(main())
