"""The home page's newest entries of the record: "Latest" (the last RECENT_DAYS), "Earlier" below
them, or "From the archive" when none is recent."""

from __future__ import annotations

import datetime as dt

from latvijaano.record.model import LATEST_ON_HOME, RECENT_DAYS, Record, entry_view, newest_date


def latest(record: Record, ui: dict, page_url: str) -> dict:
    """The home page's list: {recent: [...], earlier: [...]} of at most LATEST_ON_HOME entries.
    A meeting at which a listed statement was made or a listed vote taken is not listed again:
    the statement names it, the vote is what came of it. (Entries are newest first and, on one
    day, statements and votes before meetings: they are seen first.)"""
    shown, meetings_named = [], set()
    for entry in record.entries:
        if len(shown) == LATEST_ON_HOME:
            break
        if entry.kind == "meeting" and entry.meeting in meetings_named:
            continue
        if entry.kind in ("statement", "vote") and entry.meeting:
            meetings_named.add(entry.meeting)
        shown.append(entry)
    since = record.today - dt.timedelta(days=RECENT_DAYS)
    views = [(entry.date > since, entry_view(entry, record.lang, ui, page_url)) for entry in shown]
    return {
        "recent": [view for fresh, view in views if fresh],
        "earlier": [view for fresh, view in views if not fresh],
        "newest": newest_date(shown),
    }
