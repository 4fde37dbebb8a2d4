"""Statements: what Latvia says on the Security Council, one page per statement,
docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md, with front matter `title`, `description`, `date`,
`meeting`, `symbol` (optional until the meeting record is issued), `speaker`, `priorities` (keys
from data/priorities.yml) and `source` (https address of the full text). hooks/content_rules.py
checks those fields; an item it finds fault with is left out here (it has been reported).

Per language build this hook, with hooks/news.py's machinery (news.Collection STATEMENTS):
- renders the statements list, newest first, 20 to a page, at `<!-- data: statements -->` in
  pazinojumi/index.md, with generated further pages pazinojumi/lapa/2/ ...;
- generates one page per priority, pazinojumi/tema/<key>/, listing all its statements (plain
  HTML, in both languages, with hreflang alternates), whether or not it has any yet;
- shows on each priority's page (data/priorities.yml `page`) its latest three statements, at
  `<!-- data: statements-latest -->` or else at the end of the page: the page keeps its size
  however many statements there are;
- puts the statement's facts (meeting, date, speaker, meeting record and full text links, its
  priorities) under its heading;
- gives templates `latest_statement` (the home page shows it) and `statements_feed` (the feed's
  URL and title for partials/feed-link.html), and writes the Atom feed pazinojumi/feed.xml
  (en/pazinojumi/feed.xml).
data/priorities.yml is checked against data/schemas/priorities.schema.json on every build.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import content_rules  # noqa: E402
import data_pages  # noqa: E402
import news  # noqa: E402
import site_context  # noqa: E402
import site_data  # noqa: E402
import un_symbols  # noqa: E402
from content_rules import PRIORITIES_FILE, STATEMENTS_FOLDER  # noqa: E402
from problems import Problem, fail  # noqa: E402

STATEMENTS = news.Collection(
    folder=STATEMENTS_FOLDER,
    marker="statements",
    list_template="statements-list.html",
    feed_file=f"{STATEMENTS_FOLDER}/feed.xml",
    feed_title_key="statements_feed_title",
    page_title_key="news_page",
)
LATEST_MARKER = "statements-latest"
PRIORITY_MARKER = "statements-priority"
LATEST_ON_PRIORITY_PAGE = 3
TOPIC_FOLDER = "tema"  # pazinojumi/tema/<key>/
SCHEMA = "data/schemas/priorities.schema.json"


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
            problems.append(Problem(
                PRIORITIES_FILE, line,
                f"Prioritāte '{entry['key']}' ir sarakstā divreiz — atstājiet vienu.",
                f"The priority '{entry['key']}' is in the list twice — keep one.",
            ))
        seen.add(entry["key"])
        for lang in site_context.LANGUAGES:
            if not (docs_dir / lang / entry["page"]).is_file():
                problems.append(Problem(
                    PRIORITIES_FILE, data_pages.line_of(node, [index, "page"]),
                    f"Prioritātes '{entry['key']}' lapa docs/{lang}/{entry['page']} neeksistē — ierakstiet "
                    "lapas ceļu mapē docs/lv/ un docs/en/, piemēram, prioritates/sievietes.md.",
                    f"The page docs/{lang}/{entry['page']} of the priority '{entry['key']}' does not exist — "
                    "write a page path inside docs/lv/ and docs/en/, e.g. prioritates/sievietes.md.",
                ))
    fail(problems)
    return [Priority(entry["key"], {lang: entry[lang] for lang in site_context.LANGUAGES}, entry["page"])
            for entry in data]


# --- Pages made here --------------------------------------------------------------------------

def topic_dest(lang: str, key: str) -> str:
    return f"{site_context.language_root(lang)}{STATEMENTS_FOLDER}/{TOPIC_FOLDER}/{key}/index.html"


def topic_page(config, lang: str, priority: Priority, ui_strings: dict):
    name = priority.names[lang]
    meta = {
        "title": ui_strings["statements_topic_title"][lang].format(name=name),
        "description": ui_strings["statements_topic_description"][lang].format(name=name),
        "statements_priority": priority.key,
        # In the search index like every page, but below the priority's own page, which a reader
        # typing the priority's name is looking for (Material's per-page search boost).
        "search": {"boost": 0.1},
    }
    body = f"# {meta['title']}\n\n<!-- data: {PRIORITY_MARKER} -->\n"
    alternates = {other: topic_dest(other, priority.key) for other in site_context.LANGUAGES}
    return news.generated_page(config, lang, f"{STATEMENTS_FOLDER}/{TOPIC_FOLDER}/{priority.key}.md",
                               topic_dest(lang, priority.key), meta, body, alternates)


# --- mkdocs events ----------------------------------------------------------------------------

@dataclass
class State:
    lists: news.BuildState  # the statements, newest first, and the list pages
    priorities: list[Priority]
    topic_files: dict  # key -> File of pazinojumi/tema/<key>/
    page_files: dict  # path inside the language folder -> File (the priorities' pages)
    listed: set  # src_uri of every statement listed (a published statement the rules find in order)


_state: State | None = None
_ui_strings: dict = {}


def on_config(config):
    root = site_context.project_root(config)
    load_priorities(root, Path(config.docs_dir))  # bad data stops the build before any page
    return config


@event_priority(-200)  # after mkdocs-static-i18n (-100) and hooks/publication.py have picked the files
def on_files(files, config):
    global _state
    root = site_context.project_root(config)
    docs_dir = Path(config.docs_dir)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    priorities = load_priorities(root, docs_dir)
    items = news.collect_items(files, lang, root, docs_dir.resolve(), STATEMENTS)
    list_urls = news.add_list_pages(files, config, lang, len(items), docs_dir, STATEMENTS, _ui_strings)
    topic_files = {}
    for priority in priorities:
        topic_files[priority.key] = topic_page(config, lang, priority, _ui_strings)
        news.add_generated(files, config, topic_files[priority.key])
    page_files = {priority.page: files.get_file_from_path(f"{lang}/{priority.page}") for priority in priorities}
    lists = news.BuildState(lang, items, list_urls, f"{site_context.language_root(lang)}{STATEMENTS.feed_file}")
    _state = State(lists, priorities, topic_files, page_files, {item.file.src_uri for item in items})
    return files


def on_env(env, config, files):
    env.globals["latest_statement"] = _state.lists.items[0] if _state.lists.items else None
    env.globals["statements_feed"] = news.feed_link(config, _state.lists, _ui_strings, STATEMENTS)
    return env


def priority_links(keys, page_file, lang: str) -> list[dict]:
    by_key = {priority.key: priority for priority in _state.priorities}
    return [{"name": by_key[key].names[lang], "href": _state.topic_files[key].url_relative_to(page_file)}
            for key in keys if key in by_key]


def statement_facts(page, lang: str, env, ui: dict) -> str:
    meta = page.meta
    date = content_rules.as_date(meta["date"])
    symbol = meta.get("symbol")
    record = None
    if symbol:
        kind = next(found[3] for found in un_symbols.find_symbols(symbol))
        record = {"symbol": symbol, "href": un_symbols.address(symbol), "title": un_symbols.TITLES[kind][lang]}
    return env.get_template("statement-facts.html").render(
        ui=ui, date=date.isoformat(), date_text=site_data.local_date(date, lang), meeting=meta["meeting"],
        speaker=meta["speaker"], record=record, source=meta["source"],
        priorities=priority_links(meta.get("priorities") or [], page.file, lang),
    )


def after_heading(markdown: str, html: str) -> str:
    """`html` as a block right after the page's H1 (at the top if it has none)."""
    lines = markdown.split("\n")
    block = data_pages.as_html_block(html)
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block, ""] + lines[index + 1:])
    return f"{block}\n\n{markdown}"


def on_page_markdown(markdown, page, config, files):
    if _state is None:
        return markdown
    lang = _state.lists.lang
    state = _state.lists
    is_statement = page.file.src_uri in _state.listed
    own_keys = [priority.key for priority in _state.priorities if _state.page_files.get(priority.page) is page.file]
    if not (is_statement or own_keys or "data: statements" in markdown):
        return markdown  # most pages: nothing to do, no template environment to make
    env = data_pages.template_environment(config)
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    if is_statement:
        markdown = after_heading(markdown, statement_facts(page, lang, env, ui))

    def latest():
        items = [item for item in state.items if set(item.meta.get("priorities") or []) & set(own_keys)]
        return env.get_template("statements-latest.html").render(
            ui=ui, items=[news.item_view(item, page, lang) for item in items[:LATEST_ON_PRIORITY_PAGE]],
            priorities=priority_links(own_keys, page.file, lang),
        )

    def topic():
        key = page.meta["statements_priority"]
        items = [item for item in state.items if key in (item.meta.get("priorities") or [])]
        priority = next(p for p in _state.priorities if p.key == key)
        about = _state.page_files.get(priority.page)
        html = env.get_template("statements-list.html").render(
            ui=ui, items=[news.item_view(item, page, lang) for item in items], pagination=None)
        if about is not None:
            html += (f'\n<p><a class="lv-more" href="{about.url_relative_to(page.file)}">'
                     f'{ui["statements_topic_about"].format(name=priority.names[lang])}</a></p>')
        return html

    def render(name):
        if name == STATEMENTS.marker:
            number = int(page.meta.get("list_page", 1))
            return news.render_list(page, number, state, env, ui, STATEMENTS)
        if name == LATEST_MARKER and own_keys:
            return latest()
        if name == PRIORITY_MARKER and "statements_priority" in page.meta:
            return topic()
        return None

    has_latest_marker = any(
        (match := data_pages.MARKER.match(line)) and match["name"] == LATEST_MARKER for line in markdown.split("\n"))
    markdown = data_pages.replace_markers(markdown, render)
    if own_keys and not has_latest_marker:
        markdown = f"{markdown.rstrip()}\n\n{data_pages.as_html_block(latest())}\n"
    return markdown


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is not None:
        news.write_feed(config, _state.lists, _ui_strings, STATEMENTS)

