"""The calendars (latvijaano/outputs/calendar.py, latvijaano/meetings/calendar_events.py's event_of) read back with `icalendar`
and held to RFC 5545 (tests/calendar_rules.py), for every shape of event the hooks write today:

- timed, in New York, in winter (EST) and in summer (EDT), and in an earlier year than the others
  (the VTIMEZONE must reach every event's date);
- all-day (a meeting without a time), also on a month's and a year's last day (DTEND the next day);
- outside New York, with the entry's `time_zone` (its own TZID and VTIMEZONE);
- an edited entry (a revision with a higher SEQUENCE and a later LAST-MODIFIED);
- a moved meeting (`moved_from`, its id keeping the first day) and a cancelled one (`status:
  cancelled`, STATUS:CANCELLED), each also as a round trip from the entry before the change.

Each shape is a synthetic data/meetings.yml entry, read by meetings.parse as the build reads it, so
a new shape (a cancelled or postponed meeting, issue 38) is one more row of SHAPES with what its
entry must become. No build: these are fast, and the mutation run uses them.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import calendar_rules
import icalendar
import pytest
from conftest import ROOT

from latvijaano import site_context
from latvijaano.meetings.calendar_events import event_of as meeting_event
from latvijaano.meetings.loading import content_hash, entry_problems, is_time_zone
from latvijaano.meetings.model import parse
from latvijaano.outputs import calendar as calendar_feed  # (its tests name their calendars `calendar`)

SITE_URL = "https://example.org/latvijaano/"
HOST = "example.org"
UPDATED = "2029-06-01T08:30:00Z"


def entry(
    day: str,
    slug: str,
    time: str | None = None,
    sequence: int = 0,
    updated: str = UPDATED,
    hash_of: bool = False,
    **more,
) -> dict:
    """A data/meetings.yml entry as YAML reads it (every scalar a string)."""
    fields = {
        "id": f"{day}-{slug}",
        "date": day,
        "title": {"lv": f"Pārbaudes sanāksme „{slug}”", "en": f"Test meeting “{slug}”"},
        "format": "briefing",
        "agenda": {"lv": "Pārbaudes punkts; otrā daļa", "en": "Test item; second part"},
        "roles": ["presides", "speaks"],
        "number": "99001",
        "revision": {"sequence": str(sequence), "updated": updated, "hash": "00000000"},
        **more,
    }
    if time:
        fields["time"] = time
    if hash_of:  # a revision that matches the content, as the build asks
        fields["revision"]["hash"] = content_hash(fields)
    return fields


# name: a synthetic entry. What each must become is worked out in the tests from the entry alone.
SHAPES = {
    "timed in New York, winter": entry("2030-01-15", "ziema", "10:00"),
    "timed in New York, summer": entry("2030-07-15", "vasara", "15:00"),
    "timed in New York, a year earlier": entry("2029-11-20", "agrak", "10:00"),
    "timed, late in New York (the next day in Riga)": entry("2030-02-03", "vakars", "20:30"),
    "all-day": entry("2030-03-12", "visa-diena"),
    "all-day on a month's last day": entry("2030-04-30", "menesa-beigas"),
    "all-day on a year's last day": entry("2030-12-31", "gada-beigas"),
    "outside New York (time_zone)": entry("2030-03-10", "zeneva", "10:00", time_zone="Europe/Zurich"),
    "moved (moved_from, the id keeps the first day)": {
        **entry("2030-06-10", "parcelta", "10:00", sequence=1),
        "date": "2030-06-17",
        "moved_from": "2030-06-10",
    },
    "cancelled (status: cancelled)": entry("2030-06-20", "atcelta", sequence=1, status="cancelled"),
    "edited (a higher SEQUENCE)": entry(
        "2030-05-05", "labots", "11:00", sequence=3, updated="2030-05-01T12:00:00Z"
    ),
}


class Config:
    site_url = SITE_URL


def event_of(fields: dict, lang: str = "lv") -> calendar_feed.Event:
    return meeting_event(parse(fields), Config, lang, site_context.ui_for(lang))


def read_back(events: list) -> tuple[bytes, icalendar.Calendar]:
    raw = calendar_feed.calendar(events, name="Sanāksmes", lang="lv", url=SITE_URL)
    return raw, icalendar.Calendar.from_ical(raw)


def the_event(calendar: icalendar.Calendar, fields: dict):
    found = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == f"{fields['id']}@{HOST}"]
    assert len(found) == 1, fields["id"]
    return found[0]


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_alone_keeps_rfc_5545(shape, lang):
    """A meeting's own .ics (sanaksmes/<id>.ics) holds one event."""
    raw, _ = read_back([event_of(SHAPES[shape], lang)])
    assert calendar_rules.problems(raw) == [], shape


def test_every_shape_in_one_calendar_keeps_rfc_5545():
    """The subscribed calendar (dati/sanaksmes.ics) holds them all: events in two years and two zones."""
    raw, calendar = read_back([event_of(fields) for fields in SHAPES.values()])
    assert calendar_rules.problems(raw) == []
    assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Zurich",
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_says_what_its_entry_says(shape):
    fields = SHAPES[shape]
    _, calendar = read_back([event_of(fields)])
    event = the_event(calendar, fields)
    updated = dt.datetime.strptime(fields["revision"]["updated"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.timezone.utc
    )
    assert int(event["SEQUENCE"]) == int(fields["revision"]["sequence"])
    # DTSTAMP is the revision's time too, so that a rebuild without an edit writes the same bytes
    assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == updated
    if fields.get("status") == "cancelled":  # said in the title too: not every client shows STATUS
        assert str(event["STATUS"]) == "CANCELLED"
        assert (
            str(event["SUMMARY"])
            == f"{site_context.ui_for('lv')['meeting_cancelled']}: {fields['title']['lv']}"
        )
    else:
        assert "STATUS" not in event
        assert str(event["SUMMARY"]) == fields["title"]["lv"]
    assert str(event["URL"]) == f"{SITE_URL}sanaksmes/{fields['id']}/"
    assert str(event["TRANSP"]) == "TRANSPARENT"  # a meeting never marks the reader busy
    day = dt.date.fromisoformat(fields["date"])
    if fields.get("time"):
        zone = fields.get("time_zone", "America/New_York")
        assert event["DTSTART"].params["TZID"] == zone
        assert event.decoded("DTSTART") == dt.datetime.combine(
            day, dt.time.fromisoformat(fields["time"]), ZoneInfo(zone)
        )
        assert "DTEND" not in event and "DURATION" not in event  # the sources give no end; we invent none
    else:
        assert event.decoded("DTSTART") == day and not isinstance(event.decoded("DTSTART"), dt.datetime)
        assert event.decoded("DTEND") == day + dt.timedelta(days=1)  # one whole day: it ends the next day


def test_a_rebuild_writes_the_same_bytes():
    events = [event_of(fields) for fields in SHAPES.values()]
    assert calendar_feed.calendar(events, "x", "lv", SITE_URL) == calendar_feed.calendar(
        events, "x", "lv", SITE_URL
    )


def test_an_edit_keeps_the_uid_and_raises_the_sequence():
    before = SHAPES["timed in New York, winter"]
    after = {
        **before,
        "time": "11:00",
        "revision": {**before["revision"], "sequence": "1", "updated": "2029-07-01T00:00:00Z"},
    }
    old, new = (the_event(read_back([event_of(fields)])[1], fields) for fields in (before, after))
    assert str(old["UID"]) == str(new["UID"])
    assert int(new["SEQUENCE"]) == int(old["SEQUENCE"]) + 1
    assert new.decoded("LAST-MODIFIED") > old.decoded("LAST-MODIFIED")


def revised(fields: dict, updated: str = "2029-07-01T00:00:00Z") -> dict:
    """The entry after an edit, with the revision `make meeting-revisions` gives it."""
    sequence = str(int(fields["revision"]["sequence"]) + 1)
    return {**fields, "revision": {"sequence": sequence, "updated": updated, "hash": content_hash(fields)}}


def round_trip(before: dict, after: dict):
    """The event of the entry before and after the edit, each parsed back from its calendar; and
    what the content check says of the entry after (it must be valid)."""
    problems = [str(p) for p in entry_problems(*entry_node(after), "data/meetings.yml")]
    return [the_event(read_back([event_of(fields)])[1], fields) for fields in (before, after)], problems


def entry_node(fields: dict):
    import yaml

    from latvijaano.data.yaml_schema import load_yaml

    return load_yaml(yaml.safe_dump([fields], allow_unicode=True), "data/meetings.yml")


def test_a_postponed_meeting_keeps_its_uid_and_page_with_the_new_day_and_a_higher_sequence():
    before = entry("2030-01-15", "parcelsana", "10:00", hash_of=True)
    after = revised({**before, "date": "2030-01-22", "moved_from": "2030-01-15"})
    (old, new), problems = round_trip(before, after)
    assert problems == []
    assert str(new["UID"]) == str(old["UID"]) == f"2030-01-15-parcelsana@{HOST}"
    assert str(new["URL"]) == str(old["URL"])  # the same page
    assert new.decoded("DTSTART").date() == dt.date(2030, 1, 22) != old.decoded("DTSTART").date()
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
    assert "Pārcelta no 2030. gada 15. janvāra" in str(new["DESCRIPTION"])


def test_a_cancelled_meeting_stays_in_the_calendar_marked_cancelled_with_a_higher_sequence():
    before = entry("2030-01-16", "atcelsana", "10:00", hash_of=True)
    after = revised({**before, "status": "cancelled"})
    (old, new), problems = round_trip(before, after)
    assert problems == []
    assert str(new["UID"]) == str(old["UID"])
    assert "STATUS" not in old and str(new["STATUS"]) == "CANCELLED"
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
    assert new.decoded("DTSTART") == old.decoded("DTSTART")


def test_a_moved_meeting_whose_id_was_changed_or_not_said_is_refused_at_its_field():
    before = entry("2030-01-15", "parcelsana", "10:00")
    unsaid = {**before, "date": "2030-01-22"}
    wrong_day = {**unsaid, "moved_from": "2030-01-14"}
    not_moved = {**before, "moved_from": "2030-01-15"}
    said = {
        name: [str(p) for p in entry_problems(*entry_node(fields), "data/meetings.yml")]
        for name, fields in (("unsaid", unsaid), ("wrong day", wrong_day), ("not moved", not_moved))
    }
    assert any(
        "lauks 'id'" in p and 'pievienojiet rindu `moved_from: "2030-01-15"`' in p for p in said["unsaid"]
    ), said
    assert any("lauks 'moved_from'" in p and '`moved_from: "2030-01-15"`' in p for p in said["wrong day"]), (
        said
    )
    assert any("lauks 'moved_from'" in p and "delete this line" in p for p in said["not moved"]), said


# --- The rules can fail: each break planted in a good calendar is reported ---------------------


def good() -> bytes:
    return read_back([event_of(SHAPES["all-day"]), event_of(SHAPES["timed in New York, summer"])])[0]


BREAKS = {  # name: (change to the good calendar's bytes, words of the report)
    "all-day DTEND equal to DTSTART": (
        lambda raw: raw.replace(b"DTEND;VALUE=DATE:20300313", b"DTEND;VALUE=DATE:20300312"),
        "is not after DTSTART",
    ),
    "floating time": (lambda raw: raw.replace(b"DTSTART;TZID=America/New_York:", b"DTSTART:"), "floating"),
    "UTC instead of the zone": (
        lambda raw: raw.replace(
            b"DTSTART;TZID=America/New_York:20300715T150000", b"DTSTART:20300715T190000Z"
        ),
        "in UTC",
    ),
    "no VTIMEZONE": (
        lambda raw: raw[: raw.index(b"BEGIN:VTIMEZONE")] + raw[raw.index(b"END:VTIMEZONE\r\n") + 15 :],
        "has no VTIMEZONE",
    ),
    "a VTIMEZONE without the summer": (
        lambda raw: raw.replace(b"TZOFFSETTO:-0400", b"TZOFFSETTO:-0500"),
        "gives UTC-05:00",
    ),
    "no DTSTAMP": (
        lambda raw: b"".join(
            line for line in raw.splitlines(keepends=True) if not line.startswith(b"DTSTAMP")
        ),
        "DTSTAMP 0 times",
    ),
    "a local DTSTAMP": (
        lambda raw: raw.replace(b"DTSTAMP:20290601T083000Z", b"DTSTAMP:20290601T083000"),
        "DTSTAMP is not a UTC time",
    ),
    "no SEQUENCE": (
        lambda raw: b"".join(
            line for line in raw.splitlines(keepends=True) if not line.startswith(b"SEQUENCE")
        ),
        "no SEQUENCE",
    ),
    "LF line ends": (
        lambda raw: raw.replace(b"\r\n", b"\n").replace(b"END:VCALENDAR\n", b"END:VCALENDAR\r\n"),
        "bare LF",
    ),
    "no VERSION": (lambda raw: raw.replace(b"VERSION:2.0\r\n", b""), "VERSION 0 times"),
}


@pytest.mark.parametrize("name", BREAKS)
def test_the_rules_catch_each_break(name):
    raw = good()
    assert calendar_rules.problems(raw) == []
    change, words = BREAKS[name]
    broken = change(raw)
    assert broken != raw, f"the plant {name!r} changed nothing"
    assert any(words in problem for problem in calendar_rules.problems(broken)), calendar_rules.problems(
        broken
    )


def test_the_time_zones_an_editor_is_shown_are_real_ones():
    """The examples in the error message for a bad `time_zone`, the schema's description and the
    comment at the top of data/meetings.yml are zones the build accepts (Geneva's is Europe/Zurich:
    the IANA database has no Europe/Geneva)."""
    import re

    from latvijaano.data.yaml_schema import load_yaml

    text = (
        '- id: 2030-01-01-x\n  date: "2030-01-01"\n  time_zone: Europe/Rigaa\n  title: {lv: X, en: X}\n'
        '  format: other\n  roles: [speaks]\n  revision: {sequence: "0", updated: "'
        + UPDATED
        + '", hash: "00000000"}\n'
    )
    entries, node = load_yaml(text, "data/meetings.yml")
    message = next(str(p) for p in entry_problems(entries, node, "data/meetings.yml") if "Rigaa" in str(p))
    schema = (ROOT / "data" / "schemas" / "meetings.schema.json").read_text(encoding="utf-8")
    comment = "".join(
        line
        for line in (ROOT / "data" / "meetings.yml").read_text(encoding="utf-8").splitlines(True)
        if line.startswith("#")
    )
    for where, words in (
        ("the message", message.replace("Europe/Rigaa", "")),
        ("the schema", schema),
        ("data/meetings.yml", comment),
    ):
        named = set(re.findall(r"\b(?:America|Europe|Africa|Asia)/[A-Za-z_]+", words))
        assert named, f"{where} names no time zone"
        assert all(is_time_zone(zone) for zone in named), f"{where}: {named}"
