"""What the statements' code knows: its markers and folders, data/priorities.yml, and what one
language build holds (build_context state "statements")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mkdocs.structure.files import File

from latvijaano import site_context
from latvijaano.data.yaml_schema import line_of, load_yaml, schema_problems
from latvijaano.news.items import Listing, NewsItem
from latvijaano.problems import Problem, fail
from latvijaano.rules.model import PRIORITIES_FILE

LATEST_MARKER = "statements-latest"
PRIORITY_MARKER = "statements-priority"
LATEST_ON_PRIORITY_PAGE = 3
TOPIC_FOLDER = "tema"  # pazinojumi/tema/<key>/
TYPE_FOLDER = "veids"  # pazinojumi/veids/<type>/
YEAR_FOLDER = "gads"  # pazinojumi/gads/<year>/
SCHEMA = "data/schemas/priorities.schema.json"
FILTER_KEYS = {"statements_priority", "statements_type", "statements_year"}  # a filter page's meta
VOTES_PAGE = "balsojumi/index.md"  # latvijaano/votes/ keeps it only when data/votes.yml has entries


@dataclass(frozen=True)
class Priority:
    key: str
    names: dict  # lang -> name
    page: str  # inside the language folder: 'prioritates/sievietes.md'


@dataclass
class State:
    """What one language build knows about its statements (build_context state "statements")."""

    listing: Listing  # the statements, newest first, and the list pages
    priorities: list[Priority]
    topic_files: dict  # key -> File of pazinojumi/tema/<key>/
    type_files: dict  # type -> File of pazinojumi/veids/<type>/
    year_files: dict  # year -> File of pazinojumi/gads/<year>/
    votes: dict  # statement stem -> the votes it explains (data/votes.yml)
    votes_page: File | None  # the File of balsojumi/ when the register has entries, else None
    page_files: dict  # path inside the language folder -> File (the priorities' pages)
    listed: set  # src_uri of every statement listed (a published statement the rules find in order)
    ui_strings: dict  # data/ui.yml: {key: {lang: text}}

    @property
    def lang(self) -> str:
        return self.listing.lang

    @property
    def items(self) -> list[NewsItem]:
        """The statements this build lists, newest first."""
        return self.listing.items

    @property
    def ui(self) -> dict[str, str]:
        """The interface strings in this build's language."""
        return {key: texts[self.lang] for key, texts in self.ui_strings.items()}


def stem_of(file: File) -> str:
    """A statement's id: its file name without '.md' ('2026-01-14-jemena')."""
    return Path(file.src_uri).stem


def load_priorities(root: Path, docs_dir: Path) -> list[Priority]:
    """data/priorities.yml, checked: its schema, each key once, each page in every language."""
    path = root / PRIORITIES_FILE
    # Not valid YAML, or not what the schema asks: a bilingual problem at its line (data_pages).
    data, node = load_yaml(site_context.read_data_text(path, PRIORITIES_FILE), PRIORITIES_FILE)
    schema = json.loads((root / SCHEMA).read_text(encoding="utf-8"))
    problems = schema_problems(data, node, schema, PRIORITIES_FILE)
    fail(problems)
    seen = set()
    for index, entry in enumerate(data):
        line = line_of(node, [index, "key"])
        if entry["key"] in seen:
            problems.append(
                Problem(
                    PRIORITIES_FILE,
                    line,
                    f"Prioritāte '{entry['key']}' ir sarakstā divreiz — atstājiet vienu.",
                    f"The priority '{entry['key']}' is in the list twice — keep one.",
                )
            )
        seen.add(entry["key"])
        for lang in site_context.LANGUAGES:
            if not (docs_dir / lang / entry["page"]).is_file():
                problems.append(
                    Problem(
                        PRIORITIES_FILE,
                        line_of(node, [index, "page"]),
                        f"Prioritātes '{entry['key']}' lapa docs/{lang}/{entry['page']} neeksistē — ierakstiet "
                        "lapas ceļu mapē docs/lv/ un docs/en/, piemēram, prioritates/sievietes.md.",
                        f"The page docs/{lang}/{entry['page']} of the priority '{entry['key']}' does not exist — "
                        "write a page path inside docs/lv/ and docs/en/, e.g. prioritates/sievietes.md.",
                    )
                )
    fail(problems)
    return [
        Priority(entry["key"], {lang: entry[lang] for lang in site_context.LANGUAGES}, entry["page"])
        for entry in data
    ]
