"""The record's entries (`Entry`: a statement, vote, meeting or news item in the language being
built) and what a language build gathered (`Record`), how an entry is shown, and the date a page
made of entries was last updated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mkdocs.utils import get_relative_url

from latvijaano.data import page_updated
from latvijaano.data.dates import local_date

PRESIDENCY_MARKER = "presidency-record"
TERM_MARKER = "term-so-far"
RECENT_DAYS = 92  # "Latest" on the home page: about three months (latvijaano/record/__init__.py)
LATEST_ON_HOME = 5
COMING_ON_HOME = 3
KINDS = ("statement", "vote", "meeting", "news")  # the order of one day's entries
VOTES_PAGE = "balsojumi/index.md"  # latvijaano/votes/ keeps it only when the register has entries


@dataclass(frozen=True)
class Entry:
    """One entry of the record, in the language being built."""

    kind: str  # one of KINDS
    date: dt.date
    title: str
    path: str  # from the site root: 'pazinojumi/2026-01-08-sirija/', 'en/balsojumi/#S-2026-1'
    text: str  # a line under the title: the meeting, the format, the outcome, the summary
    meeting: str | None = None  # a statement's meeting id; a meeting's own id
    outcome: str | None = None  # a vote's
    presides: bool = False  # a meeting Latvia presided over
    format: str | None = None  # a meeting's format label


@dataclass
class Record:
    lang: str
    today: dt.date
    entries: list  # every published Entry, newest first
    coming: list  # meetings from today on, soonest first (meeting_view dicts)
    lists: dict  # kind -> the list page's path from the site root, None when there is no page
    membership: dict  # membership_context()
    meetings: list  # every Meeting, in date order


def newest_date(entries) -> dt.date | None:
    return max((entry.date for entry in entries), default=None)


def entry_view(entry: Entry, lang: str, ui: dict, page_url: str | None = None) -> dict:
    return {
        "kind": entry.kind,
        "kind_text": ui[f"record_kind_{entry.kind}"],
        "date": entry.date.isoformat(),
        "date_text": local_date(entry.date, lang),
        "title": entry.title,
        "path": entry.path,  # for a template's `url` filter
        "href": get_relative_url(entry.path, page_url) if page_url is not None else None,
        "text": entry.text,
    }


def set_last_updated(page, newest: dt.date | None) -> None:
    """'Last updated' of a page made of the record: its newest entry's date when that is newer than
    the page's own last change (latvijaano/data/page_updated.py writes it where the footer and the sitemap read it)."""
    known = page.meta.get(f"{page_updated.PREFIX}_raw_iso_date")
    if newest is not None and (not known or newest.isoformat() > str(known)):
        page_updated.mark(page.meta, newest)
