"""The meetings' pages: a page per meeting (sanaksmes/<id>/), the further pages of the list
(sanaksmes/lapa/2/ …), and what the markers render — the list (`<!-- data: meetings -->`), a
meeting (`<!-- data: meeting -->`) and the presidency's meetings (`<!-- data: presidency-programme -->`)."""

from __future__ import annotations

import html

from mkdocs.utils import get_relative_url

from latvijaano import site_context
from latvijaano.data import page_updated
from latvijaano.data.data_sets import data_set
from latvijaano.data.dates import local_date
from latvijaano.data.membership import membership_context
from latvijaano.meetings.model import (
    CSV_FILE,
    FOLDER,
    JSON_FILE,
    LIST_MARKER,
    MEETING_MARKER,
    PER_PAGE,
    Meeting,
    MeetingsBuild,
)
from latvijaano.meetings.views import linked_symbols, listed_order, meeting_view, subscribe_links
from latvijaano.news.item_nav import Neighbour, item_nav
from latvijaano.news.pages import add_generated, generated_page, page_count
from latvijaano.news.views import pagination
from latvijaano.rules import un_symbols


def meeting_dest(lang: str, meeting: Meeting) -> str:
    return f"{meeting.path(lang)}index.html"


def meeting_page(config, lang: str, meeting: Meeting, ui_strings: dict):
    meta = {
        "title": meeting.title[lang],
        "description": ui_strings["meeting_description"][lang].format(
            date=local_date(meeting.date, lang), title=meeting.title[lang]
        ),
        "meeting_id": meeting.id,
    }
    # The agenda in Markdown, so that latvijaano/rules/un_symbols.py links its document symbols.
    # The title is text from data/meetings.yml: escaped, so that Markdown cannot read it as HTML.
    body = f"# {html.escape(meeting.title[lang], quote=False)}\n\n<!-- data: {MEETING_MARKER} -->\n"
    alternates = {other: meeting_dest(other, meeting) for other in site_context.LANGUAGES}
    return generated_page(
        config, lang, f"{FOLDER}/{meeting.id}.md", meeting_dest(lang, meeting), meta, body, alternates
    )


def list_page_dest(lang: str, number: int) -> str:
    root = site_context.language_root(lang)
    return f"{root}{FOLDER}/index.html" if number == 1 else f"{root}{FOLDER}/lapa/{number}/index.html"


def list_pages(config, files, lang: str, count: int, ui_strings: dict) -> dict[int, str]:
    """The further pages of the meetings list (the first is sanaksmes/index.md); number -> url.
    Every language has the same meetings, so every list page has its counterpart."""
    index_file = files.get_file_from_path(f"{lang}/{FOLDER}/index.md")
    if index_file is None:
        return {}
    urls = {1: index_file.url}
    title = index_file.page.title if getattr(index_file, "page", None) and index_file.page.title else None
    for number in range(2, page_count(count) + 1):
        page_title = (
            f"{title or ui_strings['meetings_title'][lang]} – "
            f"{ui_strings['news_page'][lang].format(number=number)}"
        )
        meta = {
            "title": page_title,
            "description": ui_strings["meetings_list_description"][lang],
            "list_page": number,
            "search": {"exclude": True},
        }
        alternates = {other: list_page_dest(other, number) for other in site_context.LANGUAGES}
        file = generated_page(
            config,
            lang,
            f"{FOLDER}/lapa/{number}.md",
            list_page_dest(lang, number),
            meta,
            f"# {html.escape(page_title, quote=False)}\n\n<!-- data: {LIST_MARKER} -->\n",
            alternates,
        )
        add_generated(files, config, file)
        urls[number] = file.url
    return urls


def render_list(state: MeetingsBuild, page, number: int, env, ui: dict, config) -> str:
    ordered = listed_order(state.meetings, state.today)
    first = (number - 1) * PER_PAGE
    shown = [meeting_view(m, page, state.lang, ui, state.today) for m in ordered[first : first + PER_PAGE]]
    hrefs = {n: get_relative_url(url, page.url) for n, url in state.list_urls.items()}
    return env.get_template("meetings-list.html").render(
        ui=ui,
        coming=[m for m in shown if m["state"] != "past"],
        past=[m for m in shown if m["state"] == "past"],
        pagination=pagination(number, len(state.list_urls), hrefs) if hrefs else None,
        subscribe=subscribe_links(config, state.lang),
        open_data={
            "json": get_relative_url(site_context.language_root(state.lang) + JSON_FILE, page.url),
            "csv": get_relative_url(site_context.language_root(state.lang) + CSV_FILE, page.url),
        },
    )


def render_meeting(state: MeetingsBuild, page, env, ui: dict) -> str:
    lang = state.lang
    meeting = next(m for m in state.meetings if m.id == page.meta["meeting_id"])
    view = meeting_view(meeting, page, lang, ui, state.today)
    record = None
    if meeting.record:
        record = {
            "symbol": meeting.record,
            "href": un_symbols.address(meeting.record),
            "title": un_symbols.TITLES["sc_meeting_record"][lang],
        }
    statements = [
        {"title": item.title, "href": item.file.url_relative_to(page.file)}
        for item in meeting.statements.get(lang, [])
    ]
    return env.get_template("meeting.html").render(
        ui=ui,
        meeting=view,
        agenda=linked_symbols(meeting.agenda[lang], lang) if meeting.agenda else None,
        number=meeting.number,
        record=record,
        webtv=meeting.webtv,
        statements=statements,
        calendar=get_relative_url(meeting.calendar_path(lang), page.url),
        list_href=get_relative_url(
            state.list_urls.get(1, f"{site_context.language_root(lang)}{FOLDER}/"), page.url
        ),
    )


def meeting_way_on(state: MeetingsBuild, page, env, ui: dict) -> str:
    """The end of a meeting's page: the meetings before and after it, by date, and the list; and
    the page dated by its entry's revision or its newest statement, whichever is later."""
    lang = state.lang
    index = next(number for number, m in enumerate(state.meetings) if m.id == page.meta["meeting_id"])
    meeting = state.meetings[index]
    page_updated.mark(
        page.meta,
        page_updated.newest(
            [meeting.updated.date()] + [item.date for item in meeting.statements.get(lang, [])]
        ),
    )

    def neighbour(other):  # state.meetings is in date order, oldest first
        return Neighbour(other.title[lang], other.path(lang), other.date)

    return item_nav(
        page,
        env,
        lang,
        earlier=neighbour(state.meetings[index - 1]) if index > 0 else None,
        later=neighbour(state.meetings[index + 1]) if index + 1 < len(state.meetings) else None,
        list_url=None,  # meeting.html links the list already, right above
        texts={
            "label": ui["item_nav_meetings"],
            "earlier": ui["item_nav_meeting_earlier"],
            "later": ui["item_nav_meeting_later"],
            "all": ui["meetings_all"],
        },
    )


def render_presidency(state: MeetingsBuild, page, env, ui: dict, config) -> str:
    # data/membership.yml as this build read and checked it (latvijaano/data/data_sets.py).
    membership = membership_context(data_set("membership").entries, state.today, state.lang, ui)
    presidency = membership["presidency"]
    meetings = [
        meeting_view(m, page, state.lang, ui, state.today)
        for m in state.meetings
        if presidency["start"] <= m.date <= presidency["end"]
    ]
    return env.get_template("presidency-programme.html").render(
        ui=ui, meetings=meetings, provisional=state.today <= presidency["end"], month=presidency["month"]
    )
