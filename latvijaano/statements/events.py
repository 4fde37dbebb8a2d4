"""The statements' mkdocs events: check data/priorities.yml, list the statements and make their
pages, render their markers, facts and way on, and write their feed and open data. This build's
State is build_context state "statements"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jinja2
import markupsafe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, site_context
from latvijaano.data.templates import as_html_block, template_environment
from latvijaano.kinds import STATEMENTS
from latvijaano.meetings.loading import load_meetings
from latvijaano.news.feed import feed_link, write_feed
from latvijaano.news.items import Listing, collect_items
from latvijaano.news.pages import add_list_pages
from latvijaano.outputs import open_data
from latvijaano.statements import markers
from latvijaano.statements.filter_pages import add_filter_pages
from latvijaano.statements.model import VOTES_PAGE, State, load_priorities, stem_of
from latvijaano.statements.open_data_records import OPEN_DATA_NAME, open_data_record
from latvijaano.statements.views import after_heading, statement_facts, vote_lines, way_on
from latvijaano.votes.model import by_explanation
from latvijaano.votes.register import load as load_votes


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = site_context.project_root(config)
    load_priorities(root, Path(config.docs_dir))  # bad data stops the build before any page
    return config


@event_priority(
    -200
)  # after mkdocs-static-i18n (-100) and latvijaano/data/publication.py have picked the files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build = build_context.current()
    root = build.root
    docs_dir = Path(config.docs_dir)
    # (Not build.lang: the context starts before mkdocs-static-i18n sets the language of its second
    # build, so there it still names the first one's. The config is right by now.)
    lang = site_context.build_language(config)
    ui_strings = build.ui_strings
    priorities = load_priorities(root, docs_dir)
    items = collect_items(files, lang, root, docs_dir.resolve(), STATEMENTS)
    meeting_titles = {meeting.id: meeting.title[lang] for meeting in load_meetings(root)}
    for item in items:  # the lists and the home page name the meeting by its title
        # (text from data/ or front matter, shown by templates as it is: escaped here)
        item.meta["meeting_title"] = markupsafe.escape(
            meeting_titles.get(item.meta.get("meeting"), item.meta.get("meeting"))
        )
    list_urls = add_list_pages(files, config, lang, len(items), docs_dir, ui_strings, STATEMENTS)
    topic_files, type_files, year_files = add_filter_pages(
        files, config, lang, items, priorities, root, ui_strings
    )
    page_files = {
        priority.page: files.get_file_from_path(f"{lang}/{priority.page}") for priority in priorities
    }
    listing = Listing(lang, items, list_urls, f"{site_context.language_root(lang)}{STATEMENTS.feed_file}")
    # The register was checked in on_config (latvijaano/votes/); an empty one has no page.
    votes = by_explanation(load_votes(root, docs_dir))
    build.state["statements"] = State(
        listing=listing,
        priorities=priorities,
        topic_files=topic_files,
        page_files=page_files,
        listed={item.file.src_uri for item in items},
        type_files=type_files,
        year_files=year_files,
        votes=votes,
        votes_page=files.get_file_from_path(f"{lang}/{VOTES_PAGE}"),
        ui_strings=ui_strings,
    )
    return files


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    state: State = build_context.current().state["statements"]
    env.globals["statements_feed"] = feed_link(config, state.listing, state.ui_strings, STATEMENTS)
    return env


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    state: State | None = build_context.current().state.get("statements")
    if state is None:
        return markdown
    is_statement = page.file.src_uri in state.listed
    own_keys = [
        priority.key for priority in state.priorities if state.page_files.get(priority.page) is page.file
    ]
    if not (is_statement or own_keys or "data: statements" in markdown):
        return markdown  # most pages: nothing to do, no template environment to make
    env = template_environment(config)
    ui = state.ui
    if is_statement:
        facts = statement_facts(state, page, env, ui, site_context.project_root(config))
        markdown = after_heading(markdown, facts)
        markdown = f"{markdown.rstrip()}\n\n{as_html_block(way_on(state, page, env, ui))}\n"
    return markers.replace_markers(state, page, env, markdown, own_keys)


def on_post_build(*, config: MkDocsConfig) -> None:
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    state: State | None = build_context.current().state.get("statements")
    if state is None:
        return
    lang = state.lang
    ui = state.ui
    # The feed entry of an explanation of vote says how Latvia voted, after its summary.
    items = [
        dataclasses.replace(
            item,
            description=" ".join(
                [item.description] + [line["text"] for line in vote_lines(state, stem_of(item.file), ui)]
            ),
        )
        for item in state.items
    ]
    write_feed(config, dataclasses.replace(state.listing, items=items), state.ui_strings, STATEMENTS)
    site_url = config.site_url or ""
    open_data.write(
        Path(config.site_dir),
        site_context.language_root(lang),
        site_context.project_root(config),
        OPEN_DATA_NAME,
        [
            open_data_record(state, item, site_url, ui, site_context.project_root(config))
            for item in state.items
        ],
    )
