"""Statements: what Latvia says on the Security Council, one page per statement,
docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md, with front matter `title`, `description`, `date`,
`meeting` (the id of its entry in data/meetings.yml), `symbol` (optional until the meeting record
is issued), `speaker`, `priorities` (keys from data/priorities.yml) and `source` (https address of the full text). latvijaano/content_rules.py
checks those fields; an item it finds fault with is left out here (it has been reported).

Per language build this hook, with latvijaano/news.py's machinery (kinds.STATEMENTS):
- renders the statements list, newest first, 20 to a page, at `<!-- data: statements -->` in
  pazinojumi/index.md, with generated further pages pazinojumi/lapa/2/ ...;
- generates a filter page for each priority, type and year that has statements in the language:
  pazinojumi/tema/<key>/, pazinojumi/veids/<type>/, pazinojumi/gads/<year>/, listing all of them
  (plain HTML, with hreflang alternates in the languages that have the page too). A value without
  a published statement has no page, no link in the filters and no search entry: it gets them
  with its first statement and loses them with its last (drafts and scheduled items don't count);
- shows on each priority's page (data/priorities.yml `page`) its latest three statements, at
  `<!-- data: statements-latest -->` or else at the end of the page: the page keeps its size
  however many statements there are; a priority without statements shows no box at all;
- ends each statement with the one before and after it (by date) and a link to the list
  (news.item_nav); dates the list and filter pages by their newest statement (latvijaano/page_updated.py);
- puts the statement's facts (meeting, date, speaker, meeting record and full text links, its
  priorities) under its heading;
- gives templates `statements_feed` (the feed's
  URL and title for partials/feed-link.html), and writes the Atom feed pazinojumi/feed.xml
  (en/pazinojumi/feed.xml).
data/priorities.yml is checked against data/schemas/priorities.schema.json on every build.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import markupsafe
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from latvijaano import (
    content_rules,
    data_pages,
    news,
    page_updated,
    publication,
    site_context,
    site_data,
)
from latvijaano.content_rules import PRIORITIES_FILE, STATEMENTS_FOLDER
from latvijaano.kinds import STATEMENTS
from latvijaano.meetings.loading import load_meetings, meeting_by_id
from latvijaano.outputs import open_data
from latvijaano.problems import Problem, fail
from latvijaano.votes.model import by_explanation
from latvijaano.votes.register import load as load_votes
from latvijaano.votes.views import symbol_link, vote_line

LATEST_MARKER = "statements-latest"
PRIORITY_MARKER = "statements-priority"
LATEST_ON_PRIORITY_PAGE = 3
TOPIC_FOLDER = "tema"  # pazinojumi/tema/<key>/
TYPE_FOLDER = "veids"  # pazinojumi/veids/<type>/
YEAR_FOLDER = "gads"  # pazinojumi/gads/<year>/
OPEN_DATA_NAME = "pazinojumi"  # dati/pazinojumi.json|csv, data/schemas/open-data/pazinojumi.schema.json
SCHEMA = "data/schemas/priorities.schema.json"
FILTER_KEYS = {"statements_priority", "statements_type", "statements_year"}  # a filter page's meta
VOTES_PAGE = "balsojumi/index.md"  # latvijaano/votes/ keeps it only when data/votes.yml has entries


@dataclass(frozen=True)
class Priority:
    key: str
    names: dict  # lang -> name
    page: str  # inside the language folder: 'prioritates/sievietes.md'


# --- data/priorities.yml ---------------------------------------------------------------------


def load_priorities(root: Path, docs_dir: Path) -> list[Priority]:
    """data/priorities.yml, checked: its schema, each key once, each page in every language."""
    path = root / PRIORITIES_FILE
    # Not valid YAML, or not what the schema asks: a bilingual problem at its line (data_pages).
    data, node = data_pages.load_yaml(site_context.read_data_text(path, PRIORITIES_FILE), PRIORITIES_FILE)
    schema = json.loads((root / SCHEMA).read_text(encoding="utf-8"))
    problems = data_pages.schema_problems(data, node, schema, PRIORITIES_FILE)
    fail(problems)
    seen = set()
    for index, entry in enumerate(data):
        line = data_pages.line_of(node, [index, "key"])
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
                        data_pages.line_of(node, [index, "page"]),
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


# --- Pages made here --------------------------------------------------------------------------


def filter_dest(lang: str, folder: str, key: str) -> str:
    return f"{site_context.language_root(lang)}{STATEMENTS_FOLDER}/{folder}/{key}/index.html"


def filter_page(
    config, lang: str, folder: str, key: str, title: str, description: str, meta_filter: dict, languages: set
):
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
    return news.generated_page(
        config,
        lang,
        f"{STATEMENTS_FOLDER}/{folder}/{key}.md",
        filter_dest(lang, folder, key),
        meta,
        body,
        alternates,
    )


def topic_page(config, lang: str, priority: Priority, ui_strings: dict, languages: set):
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


def type_page(config, lang: str, kind: str, ui_strings: dict, languages: set):
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


def year_page(config, lang: str, year: str, ui_strings: dict, languages: set):
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
        values[TYPE_FOLDER].add(content_rules.statement_type(meta))
        values[YEAR_FOLDER].add(date.isoformat()[:4])
    return values


def listed_on_disk(root: Path, docs_dir: Path, lang: str) -> list[tuple]:
    """(date, front matter) of the statements another language's build lists: its own files,
    published (in a preview, drafts and scheduled ones too: latvijaano/publication.py) and found in
    order by the content rules, as news.collect_items lists them. Read from the sources, as that
    build will read them."""
    withheld = (
        {} if site_context.is_preview() else publication.withheld_pages(docs_dir, site_context.site_date())
    )
    found = []
    for path in sorted((docs_dir / lang / STATEMENTS_FOLDER).glob("[0-9]*.md")):
        rel = f"{STATEMENTS_FOLDER}/{path.name}"
        if not STATEMENTS.item_pattern.match(rel) or rel in withheld:
            continue
        page = content_rules.read_page(root, path, docs_dir)
        if page.problems or content_rules.front_matter_field_problems(page, root):
            continue
        found.append((content_rules.as_date(page.meta["date"]), page.meta))
    return found


# --- mkdocs events ----------------------------------------------------------------------------


@dataclass
class State:
    lists: news.BuildState  # the statements, newest first, and the list pages
    priorities: list[Priority]
    topic_files: dict  # key -> File of pazinojumi/tema/<key>/
    type_files: dict  # type -> File of pazinojumi/veids/<type>/
    year_files: dict  # year -> File of pazinojumi/gads/<year>/
    votes: dict  # statement stem -> the votes it explains (data/votes.yml)
    votes_page: object  # the File of balsojumi/ when the register has entries, else None
    page_files: dict  # path inside the language folder -> File (the priorities' pages)
    listed: set  # src_uri of every statement listed (a published statement the rules find in order)


_state: State | None = None
_ui_strings: dict = {}


def on_config(config):
    root = site_context.project_root(config)
    load_priorities(root, Path(config.docs_dir))  # bad data stops the build before any page
    return config


@event_priority(-200)  # after mkdocs-static-i18n (-100) and latvijaano/publication.py have picked the files
def on_files(files, config):
    global _state
    root = site_context.project_root(config)
    docs_dir = Path(config.docs_dir)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    priorities = load_priorities(root, docs_dir)
    items = news.collect_items(files, lang, root, docs_dir.resolve(), STATEMENTS)
    meeting_titles = {meeting.id: meeting.title[lang] for meeting in load_meetings(root)}
    for item in items:  # the lists and the home page name the meeting by its title
        # (text from data/ or front matter, shown by templates as it is: escaped here)
        item.meta["meeting_title"] = markupsafe.escape(
            meeting_titles.get(item.meta.get("meeting"), item.meta.get("meeting"))
        )
    list_urls = news.add_list_pages(files, config, lang, len(items), docs_dir, STATEMENTS, _ui_strings)
    # The values with statements, per language: this build's from its list, the others' from
    # their sources, so that each filter page's alternates are pages that exist.
    values = {
        other: filter_values([(item.date, item.meta) for item in items])
        if other == lang
        else filter_values(listed_on_disk(root, docs_dir.resolve(), other))
        for other in site_context.LANGUAGES
    }

    def languages_with(folder: str, key: str) -> set:
        return {other for other in site_context.LANGUAGES if key in values[other][folder]}

    mine = values[lang]
    topic_files = {}
    for priority in priorities:
        if priority.key in mine[TOPIC_FOLDER]:
            topic_files[priority.key] = topic_page(
                config, lang, priority, _ui_strings, languages_with(TOPIC_FOLDER, priority.key)
            )
            news.add_generated(files, config, topic_files[priority.key])
    type_files = {}
    for kind in content_rules.STATEMENT_TYPES:
        if kind in mine[TYPE_FOLDER]:
            type_files[kind] = type_page(config, lang, kind, _ui_strings, languages_with(TYPE_FOLDER, kind))
            news.add_generated(files, config, type_files[kind])
    year_files = {}
    for year in sorted(mine[YEAR_FOLDER], reverse=True):
        year_files[year] = year_page(config, lang, year, _ui_strings, languages_with(YEAR_FOLDER, year))
        news.add_generated(files, config, year_files[year])
    page_files = {
        priority.page: files.get_file_from_path(f"{lang}/{priority.page}") for priority in priorities
    }
    lists = news.BuildState(
        lang, items, list_urls, f"{site_context.language_root(lang)}{STATEMENTS.feed_file}"
    )
    # The register was checked in on_config (latvijaano/votes/events.py); an empty one has no page.
    votes = by_explanation(load_votes(root, docs_dir))
    _state = State(
        lists=lists,
        priorities=priorities,
        topic_files=topic_files,
        page_files=page_files,
        listed={item.file.src_uri for item in items},
        type_files=type_files,
        year_files=year_files,
        votes=votes,
        votes_page=files.get_file_from_path(f"{lang}/{VOTES_PAGE}"),
    )
    return files


def on_env(env, config, files):
    env.globals["statements_feed"] = news.feed_link(config, _state.lists, _ui_strings, STATEMENTS)
    return env


def priority_links(keys, page_file, lang: str) -> list[dict]:
    by_key = {priority.key: priority for priority in _state.priorities}
    # Only a priority with statements has its page (a statement's own priorities always do).
    return [
        {"name": by_key[key].names[lang], "href": _state.topic_files[key].url_relative_to(page_file)}
        for key in keys
        if key in by_key and key in _state.topic_files
    ]


def stem_of(file) -> str:
    return Path(file.src_uri).stem


def kind_text(meta: dict, ui: dict) -> str:
    """'Explanation of vote (after the vote)', 'Joint statement on behalf of …': the statement's type."""
    kind = content_rules.statement_type(meta)
    text = ui[f"statement_type_{kind.replace('-', '_')}"]
    if kind == "explanation-of-vote":
        text = f"{text} ({ui['statement_vote_timing_' + meta['vote_timing']]})"
    elif kind == "joint-statement":
        text = f"{text} — {ui['statement_on_behalf_of'].format(group=meta['on_behalf_of'].strip())}"
    return text


def delivery_text(meta: dict, ui: dict) -> str | None:
    delivery = meta.get("delivery")
    return ui[f"statement_delivery_{delivery.replace('-', '_')}"] if delivery else None


def vote_lines(stem: str, lang: str, ui: dict, page_file=None) -> list[dict]:
    """The statement's line per vote it explains; `register` links the vote's row on balsojumi/."""
    lines = []
    for vote in _state.votes.get(stem, []):
        line = vote_line(vote, lang, ui)
        if page_file is not None and _state.votes_page is not None:
            line["register"] = f"{_state.votes_page.url_relative_to(page_file)}#{vote.anchor}"
        lines.append(line)
    return lines


def statement_view(item, page, lang: str, ui: dict) -> dict:
    """What a list shows of a statement: news.item_view and its type, delivery and votes."""
    view = news.item_view(item, page, lang)
    view.update(
        kind=content_rules.statement_type(item.meta),
        kind_text=kind_text(item.meta, ui),
        delivery_text=delivery_text(item.meta, ui),
        votes=vote_lines(stem_of(item.file), lang, ui),
        year=item.date.isoformat()[:4],
    )
    return view


def statement_facts(page, lang: str, env, ui: dict, config) -> str:
    meta = page.meta
    meeting = meeting_by_id(site_context.project_root(config), meta["meeting"])
    date = content_rules.as_date(meta["date"])
    symbol = meta.get("symbol")
    record = symbol_link(symbol, lang) if symbol else None
    return env.get_template("statement-facts.html").render(
        ui=ui,
        date=date.isoformat(),
        date_text=site_data.local_date(date, lang),
        meeting=(
            {"title": meeting.title[lang], "href": get_relative_url(meeting.path(lang), page.url)}
            if meeting
            else {"title": meta["meeting"], "href": None}
        ),  # a scaffold's TODO placeholder
        speaker=(meta.get("speaker") or "").strip(),
        record=record,
        source=meta["source"],
        source_lang=meta.get("source_lang") or "en",
        lang=lang,
        priorities=priority_links(meta.get("priorities") or [], page.file, lang),
        kind_text=kind_text(meta, ui),
        delivery=meta.get("delivery"),
        delivery_text=delivery_text(meta, ui),
        votes=vote_lines(stem_of(page.file), lang, ui, page.file),
    )


def filters(page, lang: str, ui: dict) -> dict:
    """The links of the statements' filter pages (type, priority, year: only the values that have
    statements), the current one marked, for partials/data/statements-filters.html; and where the
    open data is."""
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
    return {
        "all": {
            "href": get_relative_url(_state.lists.list_urls[1], page.url) if _state.lists.list_urls else None,
            "current": page.file.src_uri.endswith(STATEMENTS.index),
        },
        "types": links(
            _state.type_files, {kind: type_label(kind, lang, _ui_strings) for kind in _state.type_files}
        ),
        "priorities": links(_state.topic_files, {p.key: p.names[lang] for p in _state.priorities}),
        "years": links(_state.year_files, {year: year for year in _state.year_files}),
        "data_page": get_relative_url(f"{root}{open_data.FOLDER}/", page.url),
    }


def after_heading(markdown: str, html: str) -> str:
    """`html` as a block right after the page's H1 (at the top if it has none)."""
    lines = markdown.split("\n")
    block = data_pages.as_html_block(html)
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block, ""] + lines[index + 1 :])
    return f"{block}\n\n{markdown}"


def on_page_markdown(markdown, page, config, files):
    if _state is None:
        return markdown
    lang = _state.lists.lang
    state = _state.lists
    is_statement = page.file.src_uri in _state.listed
    own_keys = [
        priority.key for priority in _state.priorities if _state.page_files.get(priority.page) is page.file
    ]
    if not (is_statement or own_keys or "data: statements" in markdown):
        return markdown  # most pages: nothing to do, no template environment to make
    env = data_pages.template_environment(config)
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    if is_statement:
        markdown = after_heading(markdown, statement_facts(page, lang, env, ui, config))
        markdown = f"{markdown.rstrip()}\n\n{data_pages.as_html_block(way_on(page, env, ui))}\n"

    def views(items):
        return [statement_view(item, page, lang, ui) for item in items]

    def latest():
        items = [item for item in state.items if set(item.meta.get("priorities") or []) & set(own_keys)]
        if not items:
            return ""  # no box at all rather than an empty one
        return env.get_template("statements-latest.html").render(
            ui=ui,
            items=views(items[:LATEST_ON_PRIORITY_PAGE]),
            priorities=priority_links(own_keys, page.file, lang),
        )

    def filtered():
        """A filter page: the statements of one priority, type or year, all of them."""
        meta = page.meta
        if "statements_priority" in meta:
            key = meta["statements_priority"]
            items = [item for item in state.items if key in (item.meta.get("priorities") or [])]
        elif "statements_type" in meta:
            items = [
                item
                for item in state.items
                if content_rules.statement_type(item.meta) == meta["statements_type"]
            ]
        else:
            items = [item for item in state.items if item.date.isoformat()[:4] == meta["statements_year"]]
        page_updated.mark(page.meta, items[0].date if items else None)
        html = env.get_template("statements-filters.html").render(ui=ui, filters=filters(page, lang, ui))
        # Indexed by its title only: its list repeats statements found on their own pages, and at
        # two years of them the filter pages were most of the index's words (README, "Search at scale").
        html += "\n" + env.get_template("statements-list.html").render(
            ui=ui, items=views(items), pagination=None, search_exclude=True
        )
        if "statements_priority" in meta:
            priority = next(p for p in _state.priorities if p.key == meta["statements_priority"])
            about = _state.page_files.get(priority.page)
            if about is not None:
                html += (
                    f'\n<p><a class="lv-more" href="{about.url_relative_to(page.file)}">'
                    f"{markupsafe.escape(ui['statements_topic_about'].format(name=priority.names[lang]))}</a></p>"
                )
        return html

    def statements_list():
        number = int(page.meta.get("list_page", 1))
        first = (number - 1) * news.PER_PAGE
        hrefs = {n: get_relative_url(url, page.url) for n, url in state.list_urls.items()}
        # Every page of the list changes with a new statement (the others move down one).
        page_updated.mark(page.meta, state.items[0].date if state.items else None)
        html = env.get_template("statements-filters.html").render(ui=ui, filters=filters(page, lang, ui))
        return (
            html
            + "\n"
            + env.get_template(STATEMENTS.list_template).render(
                ui=ui,
                items=views(state.items[first : first + news.PER_PAGE]),
                pagination=news.pagination(number, len(state.list_urls), hrefs),
            )
        )

    def render(name):
        if name == STATEMENTS.marker:
            return statements_list()
        if name == LATEST_MARKER and own_keys:
            return latest()
        if name == PRIORITY_MARKER and FILTER_KEYS & set(page.meta):
            return filtered()
        return None

    has_latest_marker = any(
        (match := data_pages.MARKER.match(line)) and match["name"] == LATEST_MARKER
        for line in markdown.split("\n")
    )
    markdown = data_pages.replace_markers(markdown, render)
    if own_keys and not has_latest_marker and (box := latest()):
        markdown = f"{markdown.rstrip()}\n\n{data_pages.as_html_block(box)}\n"
    return markdown


def way_on(page, env, ui: dict) -> str:
    """The end of a statement's page: the statements before and after it, by date, and the list."""
    items = _state.lists.items  # newest first
    index = next(number for number, item in enumerate(items) if item.file is page.file)
    lang = _state.lists.lang
    return news.item_nav(
        page,
        env,
        lang,
        earlier=news.neighbour(items[index + 1]) if index + 1 < len(items) else None,
        later=news.neighbour(items[index - 1]) if index > 0 else None,
        list_url=_state.lists.list_urls.get(1),
        texts={
            "label": ui["item_nav_statements"],
            "earlier": ui["item_nav_statement_earlier"],
            "later": ui["item_nav_statement_later"],
            "all": ui["all_statements"],
        },
    )


MEETING_ID = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")


def open_data_record(item, lang: str, site_url: str, ui: dict) -> dict:
    """One statement as dati/pazinojumi.json has it: the fields of its page, in the page's words."""
    meta = item.meta
    meeting = meta["meeting"].strip()
    is_id = bool(MEETING_ID.match(meeting))  # data/meetings.yml ids, once statements name them
    kind = content_rules.statement_type(meta)
    return {
        "id": stem_of(item.file),
        "url": site_url + item.url,
        "date": item.date.isoformat(),
        "title": item.title,
        "description": item.description,
        "type": kind,
        "type_text": kind_text(meta, ui),
        "vote_timing": meta.get("vote_timing"),
        "on_behalf_of": meta["on_behalf_of"].strip() if meta.get("on_behalf_of") else None,
        "delivery": meta.get("delivery"),
        "meeting": None if is_id else meeting,
        "meeting_id": meeting if is_id else None,
        "record": meta.get("symbol"),
        "speaker": (meta.get("speaker") or "").strip() or None,
        "priorities": list(meta.get("priorities") or []),
        "source": meta["source"].strip(),
        "vote_ids": [vote.id for vote in _state.votes.get(stem_of(item.file), [])],
    }


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is None:
        return
    lang = _state.lists.lang
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    # The feed entry of an explanation of vote says how Latvia voted, after its summary.
    items = [
        dataclasses.replace(
            item,
            description=" ".join(
                [item.description] + [line["text"] for line in vote_lines(stem_of(item.file), lang, ui)]
            ),
        )
        for item in _state.lists.items
    ]
    news.write_feed(config, dataclasses.replace(_state.lists, items=items), _ui_strings, STATEMENTS)
    site_url = config.site_url or ""
    open_data.write(
        Path(config.site_dir),
        site_context.language_root(lang),
        site_context.project_root(config),
        OPEN_DATA_NAME,
        [open_data_record(item, lang, site_url, ui) for item in _state.lists.items],
    )
