"""The statements' filter pages: one for each priority, type and year that has statements in the
language (pazinojumi/tema/<key>/, pazinojumi/veids/<type>/, pazinojumi/gads/<year>/), and the links
to them above every list (partials/data/statements-filters.html)."""

from __future__ import annotations

import html
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from latvijaano import site_context
from latvijaano.data import publication
from latvijaano.kinds import STATEMENTS, STATEMENTS_FOLDER
from latvijaano.news.items import NewsItem
from latvijaano.news.pages import add_generated, generated_page
from latvijaano.outputs import open_data
from latvijaano.rules.fields import faults_that_unlist
from latvijaano.rules.model import STATEMENT_TYPES, statement_type
from latvijaano.rules.page import as_date, read_page
from latvijaano.statements.model import (
    PRIORITY_MARKER,
    TOPIC_FOLDER,
    TYPE_FOLDER,
    YEAR_FOLDER,
    Priority,
    State,
)


def filter_dest(lang: str, folder: str, key: str) -> str:
    return f"{site_context.language_root(lang)}{STATEMENTS_FOLDER}/{folder}/{key}/index.html"


def filter_page(
    config: MkDocsConfig,
    lang: str,
    folder: str,
    key: str,
    title: str,
    description: str,
    meta_filter: dict,
    languages: set,
) -> File:
    """A plain page listing the statements of one priority, type or year (no JavaScript needed):
    pazinojumi/<folder>/<key>/, with hreflang alternates in `languages` (those that have it too)."""
    meta = {
        "title": title,
        "description": description,
        **meta_filter,
        # In the search index like every page, but below the pages readers look for by name
        # (Material's per-page search boost).
        "search": {"boost": 0.1},
    }
    # The title is text from data/ (ui.yml, priorities.yml): escaped, so Markdown cannot read it as HTML.
    body = f"# {html.escape(title, quote=False)}\n\n<!-- data: {PRIORITY_MARKER} -->\n"
    alternates = {
        other: filter_dest(other, folder, key) for other in site_context.LANGUAGES if other in languages
    }
    return generated_page(
        config,
        lang,
        f"{STATEMENTS_FOLDER}/{folder}/{key}.md",
        filter_dest(lang, folder, key),
        meta,
        body,
        alternates,
    )


def topic_page(config: MkDocsConfig, lang: str, priority: Priority, ui_strings: dict, languages: set) -> File:
    name = priority.names[lang]
    return filter_page(
        config,
        lang,
        TOPIC_FOLDER,
        priority.key,
        ui_strings["statements_topic_title"][lang].format(name=name),
        ui_strings["statements_topic_description"][lang].format(name=name),
        {"statements_priority": priority.key},
        languages,
    )


def type_label(kind: str, lang: str, ui_strings: dict) -> str:
    return ui_strings[f"statement_type_{kind.replace('-', '_')}"][lang]


def type_page(config: MkDocsConfig, lang: str, kind: str, ui_strings: dict, languages: set) -> File:
    name = ui_strings[f"statements_type_plural_{kind.replace('-', '_')}"][lang]
    return filter_page(
        config,
        lang,
        TYPE_FOLDER,
        kind,
        ui_strings["statements_type_title"][lang].format(name=name),
        ui_strings["statements_type_description"][lang].format(name=name),
        {"statements_type": kind},
        languages,
    )


def year_page(config: MkDocsConfig, lang: str, year: str, ui_strings: dict, languages: set) -> File:
    return filter_page(
        config,
        lang,
        YEAR_FOLDER,
        year,
        ui_strings["statements_year_title"][lang].format(year=year),
        ui_strings["statements_year_description"][lang].format(year=year),
        {"statements_year": year},
        languages,
    )


def filter_values(statements) -> dict[str, set]:
    """Folder -> the values that have statements: {(date, front matter), ...} -> priorities,
    types, years. A filter page exists for these only."""
    values = {TOPIC_FOLDER: set(), TYPE_FOLDER: set(), YEAR_FOLDER: set()}
    for date, meta in statements:
        values[TOPIC_FOLDER].update(meta.get("priorities") or [])
        values[TYPE_FOLDER].add(statement_type(meta))
        values[YEAR_FOLDER].add(date.isoformat()[:4])
    return values


def listed_on_disk(root: Path, docs_dir: Path, lang: str) -> list[tuple]:
    """(date, front matter) of the statements another language's build lists: its own files,
    published (in a preview, drafts and scheduled ones too: latvijaano/data/publication.py) and found in
    order by the content rules, as news/items.py's collect_items lists them. Read from the sources,
    as that build will read them."""
    withheld = (
        {} if site_context.is_preview() else publication.withheld_pages(docs_dir, site_context.site_date())
    )
    found = []
    for path in sorted((docs_dir / lang / STATEMENTS_FOLDER).glob("[0-9]*.md")):
        rel = f"{STATEMENTS_FOLDER}/{path.name}"
        if not STATEMENTS.item_pattern.match(rel) or rel in withheld:
            continue
        page = read_page(root, path, docs_dir)
        if faults_that_unlist(page, root):
            continue
        found.append((as_date(page.meta["date"]), page.meta))
    return found


def add_filter_pages(
    files: Files,
    config: MkDocsConfig,
    lang: str,
    items: list[NewsItem],
    priorities: list[Priority],
    root: Path,
    ui_strings: dict,
) -> tuple[dict, dict, dict]:
    """Adds this language's filter pages to `files`: (topic, type, year) -> {value: File}."""
    docs_dir = Path(config.docs_dir).resolve()
    # The values with statements, per language: this build's from its list, the others' from
    # their sources, so that each filter page's alternates are pages that exist.
    values = {
        other: filter_values([(item.date, item.meta) for item in items])
        if other == lang
        else filter_values(listed_on_disk(root, docs_dir, other))
        for other in site_context.LANGUAGES
    }

    def languages_with(folder: str, key: str) -> set:
        return {other for other in site_context.LANGUAGES if key in values[other][folder]}

    mine = values[lang]
    topic_files = {}
    for priority in priorities:
        if priority.key in mine[TOPIC_FOLDER]:
            topic_files[priority.key] = topic_page(
                config, lang, priority, ui_strings, languages_with(TOPIC_FOLDER, priority.key)
            )
            add_generated(files, config, topic_files[priority.key])
    type_files = {}
    for kind in STATEMENT_TYPES:
        if kind in mine[TYPE_FOLDER]:
            type_files[kind] = type_page(config, lang, kind, ui_strings, languages_with(TYPE_FOLDER, kind))
            add_generated(files, config, type_files[kind])
    year_files = {}
    for year in sorted(mine[YEAR_FOLDER], reverse=True):
        year_files[year] = year_page(config, lang, year, ui_strings, languages_with(YEAR_FOLDER, year))
        add_generated(files, config, year_files[year])
    return topic_files, type_files, year_files


def filter_links(state: State, page: Page) -> dict:
    """The links of the statements' filter pages (type, priority, year: only the values that have
    statements), the current one marked, for partials/data/statements-filters.html; and where the
    open data is."""
    lang = state.lang
    current = page.file

    def links(files: dict, names: dict):
        return [
            {
                "key": key,
                "name": names[key],
                "href": file.url_relative_to(current),
                "current": file is current,
            }
            for key, file in files.items()
        ]

    root = site_context.language_root(lang)
    list_urls = state.listing.list_urls
    return {
        "all": {
            "href": get_relative_url(list_urls[1], page.url) if list_urls else None,
            "current": page.file.src_uri.endswith(STATEMENTS.index),
        },
        "types": links(
            state.type_files, {kind: type_label(kind, lang, state.ui_strings) for kind in state.type_files}
        ),
        "priorities": links(state.topic_files, {p.key: p.names[lang] for p in state.priorities}),
        "years": links(state.year_files, {year: year for year in state.year_files}),
        "data_page": get_relative_url(f"{root}{open_data.FOLDER}/", page.url),
    }
