"""The votes' mkdocs events: check the register before any page (on_config), leave out an empty
register's page or make the filter pages (on_files), render `<!-- data: votes -->`
(on_page_markdown), write dati/balsojumi.json|csv (on_post_build). What a language build made of
the register is build_context.current().state["votes"]."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, site_context
from latvijaano.data import page_updated, publication
from latvijaano.data.markers import replace_markers
from latvijaano.data.templates import template_environment
from latvijaano.news.pages import add_generated
from latvijaano.outputs import open_data
from latvijaano.votes import register
from latvijaano.votes.model import VotesBuild
from latvijaano.votes.pages import FILTERS, MARKER, PAGE, filter_page, filters_view, left_out, value_of
from latvijaano.votes.views import open_data_record, vote_view

OPEN_DATA_NAME = "balsojumi"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Any problem of the register stops the build here, before a page is made.
    register.load(build_context.current().root, Path(config.docs_dir))
    return config


@event_priority(
    -150
)  # after mkdocs-static-i18n (-100), before latvijaano/statements/ (-200) looks for the page
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build = build_context.current()
    lang = build.lang
    votes = register.load(build.root, Path(config.docs_dir))
    filter_files = {}
    if left_out(votes):
        for file in list(files.documentation_pages()):
            if site_context.path_in_language(file.src_uri) in left_out(votes):
                files.remove(file)
        if config.nav:
            config.nav = publication.prune_nav(config.nav, left_out(votes)) or []
    else:
        for field, _, _, _ in FILTERS:
            for value in sorted({value_of(vote, field) for vote in votes}, reverse=field == "year"):
                filter_files[(field, value)] = filter_page(config, lang, field, value, build.ui_strings)
                add_generated(files, config, filter_files[(field, value)])
    build.state["votes"] = VotesBuild(
        lang, votes, files.get_file_from_path(f"{lang}/{PAGE}"), filter_files, files
    )
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = build_context.current()
    state = build.state.get("votes")
    if state is None or f"data: {MARKER}" not in markdown or state.page is None:
        return markdown
    lang = state.lang
    ui = build.ui
    chosen = page.meta.get("votes_filter")
    votes = [vote for vote in state.votes if not chosen or value_of(vote, chosen["field"]) == chosen["value"]]
    env = template_environment(config)

    def render(name):
        if name != MARKER:
            return None
        # Dated by the newest vote it shows, not the build (latvijaano/data/page_updated.py).
        page_updated.mark(page.meta, page_updated.newest(vote.date for vote in votes))
        return env.get_template("votes.html").render(
            ui=ui,
            votes=[vote_view(vote, page, files, lang, ui) for vote in votes],
            filters=filters_view(state, page, build.ui_strings),
            search_exclude=bool(chosen),
        )

    return replace_markers(markdown, render)


def on_post_build(config: MkDocsConfig) -> None:
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    build = build_context.current()
    state = build.state.get("votes")
    if state is None:
        return
    records = [
        open_data_record(vote, state.lang, config.site_url or "", state.files, build.ui, state.page)
        for vote in state.votes
    ]
    open_data.write(
        Path(config.site_dir), site_context.language_root(state.lang), build.root, OPEN_DATA_NAME, records
    )
