"""One registry of what shows what: each `<!-- data: NAME -->` marker, each kind of page a module
touches without a marker, and each template global, with the data files (data/*.yml) it reads.

The build asks it (latvijaano/data/data_pages.py stops at a marker that is not here), and so does
scripts/changed_pages.py (which pages of a pull request's preview a changed data file touches:
`pages_showing`). tests/test_registry.py holds every answer against the build itself: it changes
each data file in a copy, builds again and compares the pages that changed with the answer.

A new marker, page or global that shows a data file is added here, by name, with what it reads,
read off its renderer's code (the renderers live in several modules; none is imported here).
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from latvijaano import site_context
from latvijaano.data.markers import replace_markers

TIMELINE, MISSIONS, REPRESENTATIONS = "data/timeline.yml", "data/missions.yml", "data/representations.yml"
COUNCIL, MEMBERSHIP, UI = "data/council.yml", "data/membership.yml", "data/ui.yml"
MEETINGS, VOTES, PRIORITIES = "data/meetings.yml", "data/votes.yml", "data/priorities.yml"
# A statement's page and every list of statements show its meeting (data/meetings.yml), the votes it
# explains (data/votes.yml) and its priorities (data/priorities.yml).
STATEMENT_VIEW = (MEETINGS, VOTES, PRIORITIES)
# The record (meetings, votes, statements, news) as the home page and the presidency page count it.
RECORD = (MEETINGS, VOTES, MEMBERSHIP)

DATA_PAGES = "latvijaano/data/data_pages.py"
NEWS, STATEMENTS, MEETINGS_PY = "latvijaano/news/", "latvijaano/statements/", "latvijaano/meetings/"
RECORD_PY, VOTES_PY = "latvijaano/record/", "latvijaano/votes/"
OPEN_DATA_PAGE = "latvijaano/pages/open_data_page.py"

EVERY_PAGE = "**"  # a `pages` pattern: the site as a whole (the interface texts)


@dataclass(frozen=True)
class Shows:
    """Something on the site that shows data files.

    made_by:  the module that renders it
    reads:    the data files it shows ('data/meetings.yml')
    pages:    where it shows besides the pages whose Markdown has the marker: patterns of URL paths
              inside the language folder ('sanaksmes/*/': the pages a module makes, one `*` a path
              segment), or EVERY_PAGE
    template: a template global's page template ('home.html': the pages whose front matter names it)
    named_in: (data file, key): the pages whose paths the data file's entries give under that key
    """

    made_by: str
    reads: tuple[str, ...]
    pages: tuple[str, ...] = ()
    template: str | None = None
    named_in: tuple[str, str] | None = None


MARKERS: dict[str, Shows] = {
    "timeline": Shows(DATA_PAGES, (TIMELINE,)),
    "missions": Shows(DATA_PAGES, (MISSIONS,)),
    "representations": Shows(DATA_PAGES, (REPRESENTATIONS,)),
    "council": Shows(DATA_PAGES, (COUNCIL,)),
    "membership": Shows(DATA_PAGES, (MEMBERSHIP,)),
    "presidency": Shows(DATA_PAGES, (MEMBERSHIP,)),
    # The news list and its further pages (jaunumi/2/, …): news items only, no data file.
    "news": Shows(NEWS, (), pages=("jaunumi/*/",)),
    "statements": Shows(STATEMENTS, STATEMENT_VIEW, pages=("pazinojumi/*/",)),
    "statements-latest": Shows(STATEMENTS, STATEMENT_VIEW),
    # The filter pages of the statements: by priority, by type, by year.
    "statements-priority": Shows(
        STATEMENTS, STATEMENT_VIEW, pages=("pazinojumi/tema/*/", "pazinojumi/veids/*/", "pazinojumi/gads/*/")
    ),
    # The meetings list (and its further pages) and each meeting's page (with the statements made
    # there, by their titles: no data file).
    "meetings": Shows(MEETINGS_PY, (MEETINGS,), pages=("sanaksmes/*/",)),
    "meeting": Shows(MEETINGS_PY, (MEETINGS,), pages=("sanaksmes/*/",)),
    "presidency-programme": Shows(MEETINGS_PY, (MEETINGS, MEMBERSHIP)),
    "presidency-record": Shows(RECORD_PY, RECORD),
    "term-so-far": Shows(RECORD_PY, RECORD),
    # The votes register and its filter pages (balsojumi/<field>/<value>/).
    "votes": Shows(VOTES_PY, (VOTES, MEETINGS), pages=("balsojumi/*/", "balsojumi/*/*/")),
    "open-data": Shows(OPEN_DATA_PAGE, (MEETINGS, VOTES)),
}

PAGES: dict[str, Shows] = {
    # Each statement's own page: its meeting, the votes it explains, its priorities, the way on.
    "statement pages": Shows(STATEMENTS, STATEMENT_VIEW, pages=("pazinojumi/*/",)),
    # A priority's page ends with its latest statements (without a statements-latest marker too).
    "priority pages": Shows(STATEMENTS, STATEMENT_VIEW, named_in=(PRIORITIES, "page")),
}

TEMPLATE_GLOBALS: dict[str, Shows] = {
    "membership": Shows(DATA_PAGES, (MEMBERSHIP,), template="home.html"),
    "record_latest": Shows(RECORD_PY, RECORD, template="home.html"),
    "record_coming": Shows(RECORD_PY, RECORD, template="home.html"),
    "term_figures": Shows(RECORD_PY, RECORD, template="home.html"),
    "ui": Shows("latvijaano/data/site_data.py", (UI,), pages=(EVERY_PAGE,)),
    "ui_all": Shows("latvijaano/data/site_data.py", (UI,), pages=(EVERY_PAGE,)),
    "preview": Shows("latvijaano/data/publication.py", (UI,), pages=(EVERY_PAGE,)),
    "publication": Shows("latvijaano/data/publication.py", (UI,), pages=(EVERY_PAGE,)),
    "news_feed": Shows(NEWS, (UI,), pages=(EVERY_PAGE,)),
    "statements_feed": Shows(STATEMENTS, (UI,), pages=(EVERY_PAGE,)),
}

# Data files no page shows, and what reads them instead.
NO_PAGE = {
    "data/search-synonyms.yml": "the search index (latvijaano/outputs/search_index.py)",
    "data/spelling-words.yml": "the content check's spelling rules (latvijaano/rules/spelling.py)",
}

ENTRIES = {**MARKERS, **PAGES, **TEMPLATE_GLOBALS}
TEMPLATE_LINE = re.compile(r"^template:\s*['\"]?(?P<name>[^'\"\s#]+)", re.M)


def markers_in(markdown: str) -> set[str]:
    """The names of the markers in a page's Markdown, as the build finds them (not in code blocks)."""
    found: set[str] = set()
    replace_markers(markdown, found.add)  # (add returns None: every line stays as it is)
    return found


def readers_of(data_file: str) -> dict[str, Shows]:
    """Every entry that shows `data_file` ('data/meetings.yml'), by name."""
    return {name: shows for name, shows in ENTRIES.items() if data_file in shows.reads}


def url_of(path: str) -> str:
    """'sanaksmes/index.md' -> 'sanaksmes/', 'kontakti.md' -> 'kontakti/', 'index.md' -> ''."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def matches(url: str, pattern: str) -> bool:
    """Whether a URL path inside the language folder matches `pattern`, one `*` one segment."""
    parts, wanted = url.rstrip("/").split("/"), pattern.rstrip("/").split("/")
    return len(parts) == len(wanted) and all(fnmatch.fnmatchcase(p, w) for p, w in zip(parts, wanted))


def named_pages(root: Path, data_file: str, key: str) -> set[str]:
    path = root / data_file
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or []
    except (OSError, yaml.YAMLError):
        return set()  # the build reports a broken file; a preview comment does without it
    return {entry[key] for entry in entries if isinstance(entry, dict) and isinstance(entry.get(key), str)}


def pages_showing(data_file: str, root: Path, built: list[str] = ()) -> tuple[list[str], bool]:
    """The pages that show `data_file`, as URL paths inside the language folder ('padome/'), and
    whether it shows on every page. `root`: the repository whose docs/ are searched for markers
    and front matter; `built`: the URL paths of a build's pages (inside the language folder), for
    the pages the build makes (meetings, filter pages), which have no file in docs/."""
    readers = readers_of(data_file)
    if any(EVERY_PAGE in shows.pages for shows in readers.values()):
        return [url_of("index.md")], True
    patterns = [pattern for shows in readers.values() for pattern in shows.pages]
    templates = {shows.template for shows in readers.values() if shows.template}
    named = {
        path for shows in readers.values() if shows.named_in for path in named_pages(root, *shows.named_in)
    }
    found = set()
    for lang in site_context.LANGUAGES:
        folder = root / "docs" / lang
        for file in sorted(folder.rglob("*.md")):
            path = file.relative_to(folder).as_posix()
            text = file.read_text(encoding="utf-8", errors="replace")
            markers = markers_in(text)
            template = TEMPLATE_LINE.search(text.split("\n---", 1)[0]) if text.startswith("---") else None
            if (
                markers & set(readers)
                or path in named
                or (template and template["name"] in templates)
                or any(matches(url_of(path), pattern) for pattern in patterns)
            ):
                found.add(url_of(path))
    found.update(url for url in built if any(matches(url, pattern) for pattern in patterns))
    return sorted(found), False
