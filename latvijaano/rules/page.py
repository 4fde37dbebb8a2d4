"""Reading an editor's page as the build reads it: its front matter (with mkdocs' own parser, and
why it is broken when mkdocs silently drops it), its body, the lines the messages point at, and the
body rendered with Python-Markdown and the site's extensions (its HTML, and the start tags in it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from mkdocs.utils.meta import YAML_RE, get_data

from latvijaano.problems import Problem
from latvijaano.site_context import LANGUAGES
from latvijaano.yaml_mistakes import yaml_problem

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(eq=False)  # a page is itself: hashable by identity
class Page:
    path: str  # 'docs/lv/kontakti.md'
    lang: str | None  # 'lv', 'en', or None for a page outside the language folders
    rel: str  # path inside the language folder: 'kontakti.md'
    lines: list[str]
    meta: dict
    body: str
    body_line: int  # line number where the body starts
    problems: list[Problem]

    def line_of_key(self, key: str) -> int:
        """The front matter line that sets `key` (1, the '---' line, if there is none)."""
        pattern = re.compile(rf"^{re.escape(key)}\s*:")
        for number, text in enumerate(self.lines[1 : self.body_line], start=2):
            if pattern.match(text):
                return number
        return 1

    def first_text_line(self) -> int:
        """The first body line with text that is not a heading (where a reader's text starts)."""
        for number, text in enumerate(self.lines[self.body_line - 1 :], start=self.body_line):
            if text.strip() and not text.lstrip().startswith("#"):
                return number
        return self.body_line

    def line_of(self, needle: str, *, regex: bool = False) -> int:
        """The first body line that contains `needle` (the first body line if none does)."""
        pattern = re.compile(needle if regex else re.escape(needle), re.IGNORECASE)
        for number, text in enumerate(self.lines[self.body_line - 1 :], start=self.body_line):
            if pattern.search(text):
                return number
        return self.body_line


def read_page(root: Path, file: Path, docs_dir: Path) -> Page:
    path = file.relative_to(root).as_posix()
    in_docs = file.relative_to(docs_dir).as_posix()
    lang, _, rel = in_docs.partition("/")
    if lang not in LANGUAGES or not rel:
        lang, rel = None, in_docs
    try:
        text = file.read_text(encoding="utf-8-sig")  # as mkdocs reads it: a BOM is not text
    except UnicodeDecodeError:
        problem = Problem(
            path,
            1,
            "Fails nav saglabāts UTF-8 kodējumā — saglabājiet to kā UTF-8 (GitHub tīmekļa redaktors to dara pats).",
            "The file is not saved as UTF-8 — save it as UTF-8 (GitHub's web editor does so by itself).",
            stops_build=True,
        )
        return Page(path, lang, rel, [], {}, "", 1, [problem])
    text = text.replace("\r\n", "\n")
    body, meta = get_data(text)  # mkdocs' own front matter parser: what the build will see
    body_line = text[: len(text) - len(body)].count("\n") + 1
    page = Page(path, lang, rel, text.split("\n"), meta, body, body_line, [])
    page.problems.extend(front_matter_problems(page, text))
    return page


def impossible_date_in(text: str) -> bool:
    for found in ISO_DATE.findall(text):
        try:
            dt.date.fromisoformat(found)
        except ValueError:
            return True
    return False


def front_matter_problems(page: Page, text: str) -> list[Problem]:
    """mkdocs silently ignores broken front matter (the page then has no title): say why."""
    if not text.startswith("---"):
        return []
    match = YAML_RE.match(text)
    if match is None:
        return [
            Problem(
                page.path,
                1,
                "Galvene (front matter) nav noslēgta — pievienojiet rindu '---' pēc tās pēdējā lauka.",
                "The front matter is not closed — add a line '---' after its last field.",
            )
        ]
    if page.meta:
        return []
    block = match.group(1)
    try:
        data = yaml.load(block, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return [yaml_problem(page.path, error, first_line=2)]
    except ValueError as error:  # YAML reads 2024-13-01 as a date and cannot build it
        line = next((n for n, t in enumerate(block.split("\n"), start=2) if impossible_date_in(t)), 1)
        return [
            Problem(
                page.path,
                line,
                "Šajā rindā ir neesošs datums — rakstiet GGGG-MM-DD (piemēram, 2025-06-03) un pārbaudiet mēnesi un dienu.",
                f"This line has a date that does not exist ({error}) — write YYYY-MM-DD (e.g. 2025-06-03) "
                "and check the month and day.",
            )
        ]
    if data is not None and not isinstance(data, dict):
        return [
            Problem(
                page.path,
                2,
                "Galvenē (front matter) jābūt rindām 'lauks: vērtība', piemēram, 'title: Kontakti'.",
                "The front matter must be lines of 'field: value', e.g. 'title: Contacts'.",
            )
        ]
    return []


def as_date(value) -> dt.date | None:
    """A front matter date: YAML gives a date (or datetime); a quoted 'YYYY-MM-DD' is accepted too."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class _TagCollector(HTMLParser):
    """Every start tag of the rendered page, with its attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def rendered_html(page: Page, extensions, extension_configs) -> str:
    """Render the body as the build does (raw HTML passes through, code stays escaped)."""
    return markdown.Markdown(extensions=extensions, extension_configs=extension_configs).convert(page.body)


def rendered_tags(html: str) -> list[tuple[str, dict]]:
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags
