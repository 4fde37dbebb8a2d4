"""The record's mkdocs events: gather the language build's record (on_files) into
build_context.current().state["record"], render its markers (on_page_markdown), and give the home
page its entries (on_page_context)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from latvijaano import build_context
from latvijaano.data.markers import replace_markers
from latvijaano.data.templates import template_environment
from latvijaano.record.gathering import gather
from latvijaano.record.home import latest
from latvijaano.record.model import PRESIDENCY_MARKER, TERM_MARKER, set_last_updated
from latvijaano.record.presidency import presidency_record
from latvijaano.record.term import term_figures


# After latvijaano/votes/events.py (-150) has left out an empty register's page, and after the votes
# (-150) and the meetings (-200) have put what they read into the build context.
@event_priority(-250)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build = build_context.current()
    meetings, votes = build.state["meetings"].meetings, build.state["votes"].votes
    build.state["record"] = gather(files, config, build.ui, build.today, meetings, votes)
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = build_context.current()
    record = build.state.get("record")
    if record is not None and page.meta.get("template") == "home.html":
        # Here, not in on_page_context: latvijaano/data/page_updated.py writes the date after this event.
        set_last_updated(page, latest(record, build.ui, page.url)["newest"])
    if record is None or "<!--" not in markdown:
        return markdown
    if f"data: {PRESIDENCY_MARKER}" not in markdown and f"data: {TERM_MARKER}" not in markdown:
        return markdown
    env = template_environment(config)
    ui = build.ui

    def render(name):
        if name == PRESIDENCY_MARKER:
            view = presidency_record(record, ui, page.url)
            set_last_updated(page, view["newest"])
            return env.get_template("presidency-record.html").render(ui=ui, record=view)
        if name == TERM_MARKER:
            figures = term_figures(record, ui, page.url)
            return env.get_template("term-so-far.html").render(ui=ui, figures=figures) if figures else ""
        return None

    return replace_markers(markdown, render)


def on_page_context(
    context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    build = build_context.current()
    record = build.state.get("record")
    if record is None or page.meta.get("template") != "home.html":
        return context
    context["record_latest"] = latest(record, build.ui, page.url)
    context["record_coming"] = record.coming
    context["term_figures"] = term_figures(record, build.ui, page.url)
    return context
