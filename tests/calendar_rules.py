"""RFC 5545's rules for the calendars we write, as a calendar client would check them: shared by
tests/test_calendar.py (each event shape, made by the hooks without a build) and
tests/test_meeting_edges.py (every .ics a scratch build wrote).

`problems(raw)` reads an iCalendar file back with `icalendar` and returns one sentence per broken
rule (an empty list: the file is fine). Only what a client relies on is checked, each with the
RFC's section:
- the raw text: CRLF line ends, lines folded at 75 octets (3.1);
- VCALENDAR: VERSION 2.0 and PRODID, once each (3.6, 3.7.3, 3.7.4);
- every VEVENT: UID and DTSTAMP once, DTSTAMP and LAST-MODIFIED in UTC (3.6.1, 3.8.7.2, 3.8.7.3),
  SEQUENCE a non-negative integer (3.8.7.4), DTSTART (required with METHOD), not both DTEND and
  DURATION;
- an all-day event: DTSTART a DATE, DTEND a DATE after it (3.6.1: "the DTEND property MUST be
  specified as a date with local time" and later than DTSTART; a DTEND equal to DTSTART makes it
  end before it starts, and some clients drop it);
- a timed event: DTSTART with a TZID (neither floating nor UTC: the meeting's own zone), a
  VTIMEZONE for every TZID used (3.2.19), and that VTIMEZONE's observance in effect at the start
  gives the offset the zoneinfo database gives (a VTIMEZONE that does not reach the event's date
  moves it by an hour);
- STATUS, if there is one, one of the values VEVENT allows (3.8.1.11).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from dateutil import rrule

EVENT_STATUSES = {"TENTATIVE", "CONFIRMED", "CANCELLED"}


def problems(raw: bytes) -> list[str]:
    found = line_problems(raw)
    calendar = icalendar.Calendar.from_ical(raw)
    for name, value in (("VERSION", "2.0"), ("PRODID", None)):
        lines = [line for line in raw.split(b"\r\n") if line.upper().startswith(name.encode() + b":")]
        if len(lines) != 1:
            found.append(f"VCALENDAR: {name} {len(lines)} times, must be once")
        elif value and lines[0].split(b":", 1)[1].decode() != value:
            found.append(f"VCALENDAR: {lines[0].decode()} (must be {name}:{value})")
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE")}
    if len(zones) != len(calendar.walk("VTIMEZONE")):
        found.append("a TZID has two VTIMEZONEs")
    events = calendar.walk("VEVENT")
    if not events:
        found.append("no VEVENT")
    for event in events:
        found += [f"{event.get('UID', '(no UID)')}: {problem}" for problem in event_problems(event, zones)]
    return found


def line_problems(raw: bytes) -> list[str]:
    if not raw.endswith(b"\r\n"):
        return ["the file does not end with CRLF"]
    lines = raw.split(b"\r\n")[:-1]
    found = []
    if any(b"\n" in line or b"\r" in line for line in lines):
        found.append("a line ends with a bare LF or CR, not CRLF")
    if max(len(line) for line in lines) > 75:
        found.append("a line is longer than 75 octets (not folded)")
    return found


def once(event, name: str) -> list[str]:
    count = sum(1 for key, _ in event.property_items(recursive=False) if key == name)
    return [] if count == 1 else [f"{name} {count} times, must be once"]


def is_utc(prop) -> bool:
    return (
        isinstance(prop.dt, dt.datetime)
        and prop.dt.utcoffset() == dt.timedelta(0)
        and prop.to_ical().endswith(b"Z")
    )


def event_problems(event, zones: dict) -> list[str]:
    found = once(event, "UID") + once(event, "DTSTAMP") + once(event, "DTSTART")
    if found:
        return found
    for name in ("DTSTAMP", "LAST-MODIFIED"):
        if name in event and not is_utc(event[name]):
            found.append(f"{name} is not a UTC time (…Z)")
    if "SEQUENCE" not in event:
        found.append("no SEQUENCE (an edit would not replace the event in a subscribed calendar)")
    elif int(event["SEQUENCE"]) < 0:
        found.append("SEQUENCE is negative")
    if "DTEND" in event and "DURATION" in event:
        found.append("both DTEND and DURATION")
    status = str(event.get("STATUS", "CONFIRMED")).upper()
    if status not in EVENT_STATUSES:
        found.append(f"STATUS:{status} is not one of {sorted(EVENT_STATUSES)}")
    start = event["DTSTART"]
    if not isinstance(start.dt, dt.datetime):
        return found + all_day_problems(event)
    return found + timed_problems(event, zones)


def all_day_problems(event) -> list[str]:
    start = event["DTSTART"]
    found = [] if start.params.get("VALUE") == "DATE" else ["an all-day DTSTART without VALUE=DATE"]
    if "DTEND" not in event:
        return found + ["an all-day event without DTEND (we write one: the next day)"]
    end = event["DTEND"]
    if isinstance(end.dt, dt.datetime) or end.params.get("VALUE") != "DATE":
        found.append("an all-day event's DTEND is not a DATE")
    elif end.dt <= start.dt:
        found.append(f"DTEND {end.dt} is not after DTSTART {start.dt}: the event ends before it starts")
    return found


def timed_problems(event, zones: dict) -> list[str]:
    start = event["DTSTART"]
    tzid = start.params.get("TZID")
    if not tzid:
        kind = "in UTC" if start.to_ical().endswith(b"Z") else "floating (no TZID)"
        return [f"a timed DTSTART {kind}, not in the meeting's own time zone"]
    if tzid not in zones:
        return [f"TZID={tzid} has no VTIMEZONE in the calendar"]
    found = []
    if "DTEND" in event and event.decoded("DTEND") <= event.decoded("DTSTART"):
        found.append("DTEND is not after DTSTART")
    local = start.dt.replace(tzinfo=None)
    expected = local.replace(tzinfo=ZoneInfo(tzid)).utcoffset()
    offset = offset_in_effect(zones[tzid], local)
    if offset is None:
        found.append(f"the VTIMEZONE of {tzid} does not reach back to {local}")
    elif offset != expected:
        found.append(
            f"the VTIMEZONE of {tzid} gives UTC{offset_text(offset)} at {local}, "
            f"the zoneinfo database UTC{offset_text(expected)}"
        )
    return found


def offset_in_effect(zone, local: dt.datetime) -> dt.timedelta | None:
    """TZOFFSETTO of the STANDARD or DAYLIGHT observance whose latest onset (DTSTART, RDATE,
    RRULE) is at or before `local` (a wall-clock time in that zone); None if none is."""
    best = None
    for observance in zone.subcomponents:
        if observance.name not in ("STANDARD", "DAYLIGHT"):
            continue
        first = observance.decoded("DTSTART").replace(tzinfo=None)
        onsets = [first]
        for rdate in (
            observance.get("RDATE", [])
            if isinstance(observance.get("RDATE"), list)
            else [observance["RDATE"]]
            if "RDATE" in observance
            else []
        ):
            onsets += [period.dt.replace(tzinfo=None) for period in rdate.dts]
        if "RRULE" in observance:
            rule = rrule.rrulestr(observance["RRULE"].to_ical().decode(), dtstart=first, ignoretz=True)
            before = rule.before(local, inc=True)
            onsets += [before] if before else []
        onsets = [onset for onset in onsets if onset <= local]
        if onsets and (best is None or max(onsets) > best[0]):
            best = (max(onsets), observance.decoded("TZOFFSETTO"))
    return best[1] if best else None


def offset_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
