"""iCalendar (RFC 5545) files of the meetings, written with the `icalendar` library: it folds
lines at 75 octets, ends them with CRLF, escapes text, and writes the VTIMEZONE of every time
zone an event uses from the zoneinfo database (latvijaano/meetings/calendar_events.py makes the
events and calls `calendar`).

What each event carries, and why:
- UID `<meeting id>@<site host>`: the meeting's id never changes once published, so a calendar
  that subscribed keeps the same event through every edit (never derived from the content);
- SEQUENCE and LAST-MODIFIED from the entry's `revision` in data/meetings.yml (the build refuses
  an edited entry until its revision is raised, so they change with every edit); DTSTAMP is the
  same time, so that a rebuild without an edit writes the very same bytes;
- DTSTART with TZID (America/New_York, or the meeting's own zone) when the time is known;
  otherwise an all-day entry, DTSTART;VALUE=DATE and DTEND the next day;
- no DTEND for a timed meeting: the sources give no end, and we invent none;
- URL back to the meeting's page; TRANSP:TRANSPARENT, so that it never marks the reader busy;
- STATUS:CANCELLED for a cancelled meeting (`status: cancelled`): its event is kept, not dropped,
  so that a subscribed calendar marks it cancelled instead of keeping a stale copy; a moved
  meeting keeps its UID and gets the new DTSTART (its raised revision raises SEQUENCE).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import icalendar

PRODUCT = "-//LatvijaANO//Meetings of the UN Security Council//{lang}"
REFRESH = dt.timedelta(hours=6)  # how often a subscribed client should fetch the calendar again


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    description: str
    day: dt.date
    start: dt.datetime | None  # aware, in the meeting's time zone; None: an all-day entry
    url: str
    sequence: int
    updated: dt.datetime  # UTC
    categories: list = field(default_factory=list)
    cancelled: bool = False  # STATUS:CANCELLED: the event stays, so that subscribed calendars learn it


def vevent(event: Event) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event.uid)
    component.add("dtstamp", event.updated)
    component.add("last-modified", event.updated)
    component.add("sequence", event.sequence)
    component.add("summary", event.summary)
    component.add("description", event.description)
    if event.start is None:
        component.add("dtstart", event.day)  # a date: VALUE=DATE
        component.add("dtend", event.day + dt.timedelta(days=1))
    else:
        component.add("dtstart", event.start)
    component.add("url", event.url)
    component.add("transp", "TRANSPARENT")
    if event.cancelled:
        component.add("status", "CANCELLED")
    if event.categories:
        component.add("categories", event.categories)
    return component


def calendar(events: list[Event], name: str, lang: str, url: str) -> bytes:
    """A VCALENDAR with every event, as bytes (CRLF lines, folded)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT.format(lang=lang.upper()))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)  # RFC 7986
    cal.add("x-wr-calname", name)  # what most clients read
    cal.add("url", url)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")  # the same, for Outlook
    for event in events:
        cal.add_component(vevent(event))
    timed = [event.start for event in events if event.start is not None]
    if timed:
        # Only the years the events need: the library's default range (1970–2038) would put a
        # 3 KB list of transitions into every meeting's file.
        first = min(timed).date().replace(month=1, day=1)
        last = max(timed).date().replace(year=max(timed).year + 1, month=1, day=1)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()
