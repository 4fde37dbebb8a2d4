"""The meetings' mkdocs events: check data/meetings.yml before any page (on_config), make the
meetings' pages (on_files), render the markers (on_page_markdown), write the calendars and the open
data (on_post_build). What a language build made of them is build_context.current().state["meetings"]."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, kinds, site_context
from latvijaano.data import page_updated
from latvijaano.data.markers import replace_markers
from latvijaano.data.templates import template_environment
from latvijaano.meetings import calendar_events
from latvijaano.meetings.loading import load_meetings
from latvijaano.meetings.model import (
    LIST_MARKER,
    MEETING_MARKER,
    OPEN_DATA_NAME,
    PRESIDENCY_MARKER,
    Meeting,
    MeetingsBuild,
)
from latvijaano.meetings.pages import (
    list_pages,
    meeting_page,
    meeting_way_on,
    render_list,
    render_meeting,
    render_presidency,
)
from latvijaano.meetings.views import open_data_record
from latvijaano.news.items import collect_items
from latvijaano.news.pages import add_generated
from latvijaano.outputs import open_data


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    load_meetings(build_context.current().root)  # bad data stops the build before any page
    return config


@event_priority(-200)  # after mkdocs-static-i18n and latvijaano/data/publication.py have picked the files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build = build_context.current()
    root, lang = build.root, build.lang
    meetings = [Meeting(**{**m.__dict__, "statements": {}}) for m in load_meetings(root)]
    by_id = {m.id: m for m in meetings}
    items = collect_items(files, lang, root, Path(config.docs_dir).resolve(), kinds.STATEMENTS)
    for item in reversed(items):  # oldest first on the meeting's page
        meeting = by_id.get(item.meta.get("meeting"))
        if meeting is not None:
            meeting.statements.setdefault(lang, []).append(item)
    pages = {}
    for meeting in meetings:
        pages[meeting.id] = meeting_page(config, lang, meeting, build.ui_strings)
        add_generated(files, config, pages[meeting.id])
    list_urls = list_pages(config, files, lang, len(meetings), build.ui_strings)
    build.state["meetings"] = MeetingsBuild(lang, meetings, build.today, list_urls, pages)
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = build_context.current().state.get("meetings")
    if state is None or "<!--" not in markdown:
        return markdown
    names = (LIST_MARKER, MEETING_MARKER, PRESIDENCY_MARKER)
    if not any(f"data: {name}" in markdown for name in names):
        return markdown
    env = template_environment(config)
    ui = build_context.current().ui

    def render(name):
        if name == LIST_MARKER:
            # The list changes when an entry does: dated by the latest revision of any.
            page_updated.mark(page.meta, page_updated.newest(m.updated.date() for m in state.meetings))
            return render_list(state, page, int(page.meta.get("list_page", 1)), env, ui, config)
        if name == MEETING_MARKER and "meeting_id" in page.meta:
            return render_meeting(state, page, env, ui) + "\n" + meeting_way_on(state, page, env, ui)
        if name == PRESIDENCY_MARKER:
            return render_presidency(state, page, env, ui, config)
        return None

    return replace_markers(markdown, render)


def on_post_build(config: MkDocsConfig) -> None:
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    build = build_context.current()
    state = build.state.get("meetings")
    if state is None:
        return
    site_dir = Path(config.site_dir)
    calendar_events.write_calendars(site_dir, config, state, build.ui)
    open_data.write(
        site_dir,
        site_context.language_root(state.lang),
        build.root,
        OPEN_DATA_NAME,
        [open_data_record(m, config, state.lang, build.ui) for m in state.meetings],
    )
