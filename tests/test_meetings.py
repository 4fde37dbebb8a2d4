"""Meetings (data/meetings.yml, latvijaano/meetings/, latvijaano/outputs/calendar.py) as readers, calendar
apps and open-data users get them.

- the meetings list: coming (today's included) soonest first, then past latest first, paginated;
  a page per meeting with its time in New York and in Riga, its statements and its .ics;
- "coming" and "past" follow SITE_DATE: a meeting is coming up to and including its own day
  (marked "today"), past from the day after; the home page shows the coming meetings;
- the presidency page lists every meeting of the presidency month, in date order, as provisional
  until the month is over;
- the calendars (per language, per meeting) parse back with icalendar, hold every meeting, have
  CRLF lines of at most 75 octets, stable UIDs, and a SEQUENCE that grows with each edit;
- the open data validates against its published schema;
- each kind of bad input stops the build with `path:line: Latvian / English`, and nothing is
  published.

Content-independent: the live build's meetings are read from data/meetings.yml; everything else
is synthetic, in one scratch copy shared by this module (two more copies only fail to build).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import jsonschema
import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import soup

sys.path.insert(0, str(ROOT / "scripts"))
import new_meeting  # noqa: E402
from scratch import BENCH_MEETING, add_meetings, add_synthetic_statements, copy_repo, synthetic_meeting  # noqa: E402

from latvijaano import site_context
from latvijaano.data import yaml_schema
from latvijaano.meetings.calendar_events import event_of
from latvijaano.meetings.loading import content_hash, load_meetings, meeting_by_id
from latvijaano.meetings.model import PER_PAGE, ROLES, Meeting
from latvijaano.outputs import calendar as calendar_feed  # (its tests name their calendars `calendar`)
from latvijaano.problems import ProblemsError
from latvijaano.record.model import COMING_ON_HOME

pytestmark = pytest.mark.long(25)  # see conftest.pytest_collection_modifyitems

LANGS = ("lv", "en")
SITE_URL = "http://127.0.0.1:8000/"
PRESIDENCY_MEETINGS = 30
LATVIAN = re.compile("[āčēģīķļņšūž]")


def lang_root(lang: str) -> str:
    return site_context.language_root(lang)


def data_meetings(root: Path) -> list[dict]:
    return yaml.safe_load((root / "data" / "meetings.yml").read_text(encoding="utf-8")) or []


def page(site_dir: Path, path: str):
    return soup(site_dir / path / "index.html")


def resolve(site_dir: Path, page_path: str, href: str) -> str:
    target = (site_dir / page_path / href.split("#")[0]).resolve()
    return target.relative_to(site_dir.resolve()).as_posix().rstrip("/") + "/"


# --- One scratch copy with synthetic meetings ----------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A copy with: the live meetings; 30 synthetic meetings in the presidency month (added in
    reverse date order, so that the page's order is the build's); a meeting on the build's day
    and one the day before; one statement at a synthetic meeting. SITE_DATE is the day of the first
    live meeting (or the first of the month two months before the presidency if there is none)."""
    base = tmp_path_factory.mktemp("meetings")
    project = copy_repo(base / "repo")
    live = data_meetings(project)
    membership = yaml.safe_load((project / "data" / "membership.yml").read_text(encoding="utf-8"))
    start = dt.date.fromisoformat(membership["presidency"]["start"])
    end = dt.date.fromisoformat(membership["presidency"]["end"])
    # The first live meeting's own day (coming, "today"): an earlier day would withhold the statements
    # made there, which pages link, and a strict build refuses links to withheld pages.
    today = dt.date.fromisoformat(live[0]["date"]) if live else (start - dt.timedelta(days=60)).replace(day=1)
    days = (end - start).days + 1
    presidency = [
        synthetic_meeting(
            start + dt.timedelta(days=number * days // PRESIDENCY_MEETINGS),
            1000 + number,
            "15:00" if number % 2 else None,
        )
        for number in range(PRESIDENCY_MEETINGS)
    ]
    add_meetings(project, presidency[::-1])
    boundary = {
        "today": synthetic_meeting(today, 2001, "10:00"),
        "yesterday": synthetic_meeting(today - dt.timedelta(days=1), 2002),
    }
    add_meetings(project, list(boundary.values()))
    # Every role Latvia can have (issue 35 added supports-request), at one meeting two months back.
    every_role = {
        **synthetic_meeting(today - dt.timedelta(days=60), 2003),
        "roles": list(ROLES),
    }
    add_meetings(project, [every_role])
    add_synthetic_statements(project, 1)
    result = build_site(project, base / "site", SITE_URL, env={"SITE_DATE": today.isoformat()})
    assert result.returncode == 0, result.stdout + result.stderr

    class Scratch:
        root = project
        dir = base / "site"
        date = today
        meetings = data_meetings(project)
        presidency_ids = [m["id"] for m in sorted(presidency, key=lambda m: (m["date"], m["id"]))]
        live_ids = [m["id"] for m in live]
        boundary_ids = {key: m["id"] for key, m in boundary.items()}
        every_role_id = every_role["id"]

    return Scratch


def list_items(site_dir: Path, lang: str) -> list[tuple[str, str]]:
    """(section id, meeting path) of every meeting on every page of the list, in order."""
    found, path = [], f"{lang_root(lang)}sanaksmes"
    while path:
        article = page(site_dir, path).select_one("article")
        for item in article.select("li.lv-meetings__item"):
            section = item.find_parent("ul").find_previous_sibling("h2")["id"]
            found.append((section, resolve(site_dir, path, item.select_one("h3 a")["href"])))
        following = article.select_one(".lv-pagination a[rel=next]")
        path = resolve(site_dir, path, following["href"]).rstrip("/") if following else None
    return found


# --- The live build: today decides past and coming -----------------------------------------------


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_live_list_holds_every_meeting_past_and_coming_by_today(site, lang):
    today = site_context.site_date()
    expected = [m for m in data_meetings(site.root)]
    coming = sorted(
        (m for m in expected if dt.date.fromisoformat(m["date"]) >= today), key=lambda m: m["date"]
    )
    past = sorted(
        (m for m in expected if dt.date.fromisoformat(m["date"]) < today),
        key=lambda m: m["date"],
        reverse=True,
    )
    items = list_items(site.dir, lang)
    assert [path for _, path in items] == [f"{lang_root(lang)}sanaksmes/{m['id']}/" for m in coming + past]
    assert [section for section, _ in items] == ["gaidamas"] * len(coming) + ["notikusas"] * len(past)
    for meeting in expected:
        state = "past" if dt.date.fromisoformat(meeting["date"]) < today else None
        if state:  # built today, a meeting of an earlier day is past on its own page too
            assert page(site.dir, f"{lang_root(lang)}sanaksmes/{meeting['id']}").select_one(
                ".lv-meeting__state--past"
            ), meeting["id"]


@pytest.mark.content
def test_statements_link_to_their_meeting_and_the_meeting_lists_them(site):
    for meeting in data_meetings(site.root):
        for lang in LANGS:
            stems = sorted(
                path.stem
                for path in (site.root / "docs" / lang / "pazinojumi").glob("[0-9]*.md")
                if yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1]).get("meeting")
                == meeting["id"]
            )
            path = f"{lang_root(lang)}sanaksmes/{meeting['id']}"
            html = page(site.dir, path)
            listed = [resolve(site.dir, path, a["href"]) for a in html.select(".lv-meeting__statements a")]
            assert listed == [f"{lang_root(lang)}pazinojumi/{stem}/" for stem in stems]
            # no empty box: the statements' heading only over statements
            assert (html.select_one("article h2#pazinojumi") is not None) == bool(stems), path


@pytest.mark.content
def test_a_past_meeting_without_a_time_has_no_time_row(site):
    """A time the sources do not give is said while the meeting is to come, and left out once it is past."""
    ui = yaml.safe_load((site.root / "data" / "ui.yml").read_text(encoding="utf-8"))
    for meeting in data_meetings(site.root):
        for lang in LANGS:
            html = page(site.dir, f"{lang_root(lang)}sanaksmes/{meeting['id']}")
            labels = [term.get_text(strip=True) for term in html.select("dl.lv-meeting-facts dt")]
            past = html.select_one(".lv-meeting__state--past") is not None
            assert (ui["meeting_time"][lang] in labels) == bool(meeting.get("time") or not past), meeting[
                "id"
            ]


# --- SITE_DATE: coming, today, past; the home page ------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_month_meetings_as_coming(scratch, lang):
    """Built on the first live meeting's day, the home page shows it among the coming meetings."""
    home = page(scratch.dir, lang_root(lang).rstrip("/"))
    section = home.select_one("section[aria-labelledby=lv-meetings-coming]")
    assert section is not None
    shown = {
        resolve(scratch.dir, lang_root(lang), a["href"]): a.find_parent("li") for a in section.select("h3 a")
    }
    for meeting_id in scratch.live_ids[:1] + [scratch.boundary_ids["today"]]:
        item = shown[f"{lang_root(lang)}sanaksmes/{meeting_id}/"]
        assert item.select_one(".lv-meetings__badge"), item  # coming or today, never past
        assert "lv-meetings__item--past" not in item["class"]
    assert len(section.select("h3 a")) <= COMING_ON_HOME


def test_the_day_of_a_meeting_counts_as_coming_and_the_day_after_as_past(scratch):
    items = dict((path, section) for section, path in list_items(scratch.dir, "lv"))
    assert items[f"sanaksmes/{scratch.boundary_ids['today']}/"] == "gaidamas"
    assert items[f"sanaksmes/{scratch.boundary_ids['yesterday']}/"] == "notikusas"
    today = page(scratch.dir, f"sanaksmes/{scratch.boundary_ids['today']}")
    assert today.select_one(".lv-meeting__state--today")
    assert page(scratch.dir, f"sanaksmes/{scratch.boundary_ids['yesterday']}").select_one(
        ".lv-meeting__state--past"
    )
    # and the rule itself, on the boundary days
    meeting = Meeting(**{**vars(load_meetings(scratch.root)[0]), "statements": {}})
    assert meeting.state(meeting.date) == "today"
    assert meeting.state(meeting.date - dt.timedelta(days=1)) == "coming"
    assert meeting.state(meeting.date + dt.timedelta(days=1)) == "past"


@pytest.mark.parametrize("lang", LANGS)
def test_list_is_paginated_coming_first_then_past(scratch, lang):
    today = scratch.date
    coming = sorted(
        (m for m in scratch.meetings if dt.date.fromisoformat(m["date"]) >= today),
        key=lambda m: (m["date"], m.get("time") or "", m["id"]),
    )
    past = sorted(
        (m for m in scratch.meetings if dt.date.fromisoformat(m["date"]) < today),
        key=lambda m: (m["date"], m.get("time") or "", m["id"]),
        reverse=True,
    )
    items = list_items(scratch.dir, lang)
    assert [path for _, path in items] == [f"{lang_root(lang)}sanaksmes/{m['id']}/" for m in coming + past]
    pages = -(-len(items) // PER_PAGE)
    assert pages > 1
    assert (scratch.dir / f"{lang_root(lang)}sanaksmes/lapa/{pages}/index.html").exists()
    assert not (scratch.dir / f"{lang_root(lang)}sanaksmes/lapa/{pages + 1}/index.html").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_meeting_page_shows_new_york_and_riga_time_statements_and_calendar(scratch, lang):
    meeting = next(m for m in scratch.meetings if m["id"] == scratch.boundary_ids["today"])
    path = f"{lang_root(lang)}sanaksmes/{meeting['id']}"
    html = page(scratch.dir, path)
    text = html.select_one("article").get_text(" ", strip=True)
    start = dt.datetime.combine(
        dt.date.fromisoformat(meeting["date"]),
        dt.time.fromisoformat(meeting["time"]),
        ZoneInfo("America/New_York"),
    )
    assert (
        start.strftime("%H:%M") in text
        and start.astimezone(ZoneInfo("Europe/Riga")).strftime("%H:%M") in text
    )
    assert html.select_one("h1").get_text(strip=True) == meeting["title"][lang]
    calendar = html.select_one("a[type='text/calendar']")
    assert (
        resolve(scratch.dir, path, calendar["href"]).rstrip("/")
        == f"{lang_root(lang)}sanaksmes/{meeting['id']}.ics"
    )
    # the synthetic statement is listed on its meeting's page
    bench = page(scratch.dir, f"{lang_root(lang)}sanaksmes/{BENCH_MEETING}")
    assert [
        resolve(scratch.dir, f"{lang_root(lang)}sanaksmes/{BENCH_MEETING}", a["href"])
        for a in bench.select(".lv-meeting__statements a")
    ] == [f"{lang_root(lang)}pazinojumi/2000-01-02-bench-1/"]


@pytest.mark.parametrize("lang", LANGS)
def test_list_has_subscribe_links_to_the_calendar(scratch, lang):
    article = page(scratch.dir, f"{lang_root(lang)}sanaksmes").select_one("article")
    hrefs = [a["href"] for a in article.select(".lv-meetings__subscribe a")]
    calendar = f"{SITE_URL}{lang_root(lang)}dati/sanaksmes.ics"
    assert calendar in hrefs and "webcal://" + calendar.split("://", 1)[1] in hrefs
    assert (scratch.dir / f"{lang_root(lang)}dati/sanaksmes.ics").read_bytes() == (
        scratch.dir / f"{lang_root(lang)}sanaksmes/kalendars.ics"
    ).read_bytes()


# --- The presidency page ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_presidency_page_lists_the_month_in_date_order_as_provisional(scratch, lang):
    path = f"{lang_root(lang)}padome/prezidentura"
    article = page(scratch.dir, path).select_one("article")
    listed = [resolve(scratch.dir, path, a["href"]) for a in article.select(".lv-programme a")]
    assert listed == [f"{lang_root(lang)}sanaksmes/{meeting_id}/" for meeting_id in scratch.presidency_ids]
    assert len(listed) == PRESIDENCY_MEETINGS
    assert article.select_one(".lv-programme__note"), "before the month is over the programme is provisional"


def test_presidency_page_is_not_provisional_after_the_month(scratch, tmp_path):
    """The same sources built the day after the presidency: no "provisional" note."""
    membership = yaml.safe_load((scratch.root / "data" / "membership.yml").read_text(encoding="utf-8"))
    after = dt.date.fromisoformat(membership["presidency"]["end"]) + dt.timedelta(days=1)
    result = build_site(scratch.root, tmp_path / "site", SITE_URL, env={"SITE_DATE": after.isoformat()})
    assert result.returncode == 0, result.stderr
    article = page(tmp_path / "site", "padome/prezidentura").select_one("article")
    assert len(article.select(".lv-programme a")) == PRESIDENCY_MEETINGS
    assert article.select_one(".lv-programme__note") is None


# --- Calendars -------------------------------------------------------------------------------------


def calendar_files(site_dir: Path, lang: str) -> list[Path]:
    folder = site_dir / lang_root(lang) / "sanaksmes"
    return [site_dir / lang_root(lang) / "dati" / "sanaksmes.ics", *folder.glob("*.ics")]


@pytest.mark.parametrize("lang", LANGS)
def test_calendars_parse_back_and_hold_every_meeting(scratch, lang):
    host = "127.0.0.1"
    calendar = icalendar.Calendar.from_ical(
        (scratch.dir / lang_root(lang) / "dati" / "sanaksmes.ics").read_bytes()
    )
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {f"{m['id']}@{host}" for m in scratch.meetings}
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    for meeting in scratch.meetings:
        event = events[f"{meeting['id']}@{host}"]
        assert str(event["SUMMARY"]) == meeting["title"][lang]
        assert str(event["URL"]) == f"{SITE_URL}{lang_root(lang)}sanaksmes/{meeting['id']}/"
        start = event.decoded("DTSTART")
        if meeting.get("time"):
            assert start == dt.datetime.combine(
                dt.date.fromisoformat(meeting["date"]),
                dt.time.fromisoformat(meeting["time"]),
                ZoneInfo("America/New_York"),
            )
            assert event["DTSTART"].params["TZID"] == "America/New_York"
        else:  # all day
            assert start == dt.date.fromisoformat(meeting["date"]) and not isinstance(start, dt.datetime)
            assert event["DTSTART"].params.get("VALUE") == "DATE"
        single = icalendar.Calendar.from_ical(
            (scratch.dir / lang_root(lang) / "sanaksmes" / f"{meeting['id']}.ics").read_bytes()
        )
        assert [str(e["UID"]) for e in single.walk("VEVENT")] == [f"{meeting['id']}@{host}"]


def test_calendar_lines_are_crlf_and_at_most_75_octets(scratch):
    for lang in LANGS:
        for path in calendar_files(scratch.dir, lang):
            raw = path.read_bytes()
            assert raw.endswith(b"\r\n"), path
            lines = raw.split(b"\r\n")[:-1]
            assert all(b"\n" not in line and b"\r" not in line for line in lines), path
            assert max(len(line) for line in lines) <= 75, path
            assert any(line.startswith(b" ") for line in lines) or len(raw) < 500, "long lines are folded"


def test_uid_stays_and_sequence_grows_when_an_entry_is_edited(tmp_path):
    """Edit a meeting's title and time, revise it as the scaffold does: the same UID, a higher
    SEQUENCE, a later LAST-MODIFIED."""
    root = tmp_path / "repo"
    (root / "data").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "schemas", root / "data" / "schemas")
    (root / "data" / "meetings.yml").write_text("[]\n", encoding="utf-8")
    add_meetings(root, [synthetic_meeting(dt.date(2030, 3, 4), 1, "10:00")])
    path = root / "data" / "meetings.yml"
    # an earlier LAST-MODIFIED than the revision's "now" (`updated` is not part of the fingerprint)
    path.write_text(
        re.sub(r'updated: "[^"]+"', 'updated: "2001-01-01T00:00:00Z"', path.read_text(encoding="utf-8")),
        encoding="utf-8",
    )

    def event():
        meeting = load_meetings(root)[0]

        class Config:
            site_url = SITE_URL

        ical = calendar_feed.calendar(
            [event_of(meeting, Config, "en", site_context.ui_for("en"))], "x", "en", SITE_URL
        )
        return icalendar.Calendar.from_ical(ical).walk("VEVENT")[0]

    before = event()
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("Synthetic meeting no. 1", "Synthetic meeting no. 1, moved")
        .replace('"10:00"', '"11:00"'),
        encoding="utf-8",
    )
    with pytest.raises(ProblemsError, match="revision"):
        load_meetings(root)
    assert new_meeting.revise(root) == ["2030-03-04-bench-1"]
    after = event()
    assert str(after["UID"]) == str(before["UID"]) == "2030-03-04-bench-1@127.0.0.1"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert str(after["SUMMARY"]) == "Synthetic meeting no. 1, moved"


# --- Open data -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_open_data_validates_against_its_published_schema(scratch, lang):
    folder = scratch.dir / lang_root(lang) / "dati"
    schema = json.loads((folder / "sanaksmes.schema.json").read_text(encoding="utf-8"))
    records = json.loads((folder / "sanaksmes.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(records)
    assert sorted(r["id"] for r in records) == sorted(m["id"] for m in scratch.meetings)
    bench = next(r for r in records if r["id"] == BENCH_MEETING)
    assert bench["statement_ids"] == ["2000-01-02-bench-1"]
    assert all(r["url"] == f"{SITE_URL}{lang_root(lang)}sanaksmes/{r['id']}/" for r in records)
    rows = list(csv.DictReader(io.StringIO((folder / "sanaksmes.csv").read_text(encoding="utf-8-sig"))))
    assert [row["id"] for row in rows] == [r["id"] for r in records]


# --- Bad input ------------------------------------------------------------------------------------


def entry_line(path: Path, meeting_id: str, key: str | None = None) -> int:
    """The line of `- id: <id>`, or of `key:` inside that entry."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(n for n, text in enumerate(lines) if text == f"- id: {meeting_id}")
    if key is None:
        return start + 1
    return next(n for n in range(start, len(lines)) if lines[n].strip().startswith(f"{key}:")) + 1


def edit_entry(path: Path, meeting_id: str, change) -> None:
    """Change one entry's lines (text → text) and keep its revision's fingerprint matching, so that
    only the planted fault is reported."""
    text = path.read_text(encoding="utf-8")
    head, entry = text.split(f"- id: {meeting_id}\n", 1)
    entry, sep, rest = entry.partition("\n\n")
    entry = change(f"- id: {meeting_id}\n{entry}")
    entries, _ = yaml_schema.load_yaml(entry, "x")
    if isinstance(entries[0].get("revision"), dict):
        entry = re.sub(r'hash: "[0-9a-f]{8}"', f'hash: "{content_hash(entries[0])}"', entry)
    path.write_text(head + entry + sep + rest, encoding="utf-8")


SCHEMA_FAULTS = {  # name: (meeting number, change, key whose line is reported or None: the entry's, words)
    "title without English": (
        1,
        lambda t: re.sub(r"\n    en: .*", "", t, count=1),
        "title",
        "trūkst — angliski",
    ),
    "time without a date": (
        2,
        lambda t: re.sub(r"\n  date: .*", "", t, count=1),
        None,
        "lauks 'date': trūkst",
    ),
    "unknown format": (
        3,
        lambda t: re.sub(r"format: .*", "format: press-conference", t),
        "format",
        "'press-conference' nav atļauts",
    ),
    "unknown role": (
        4,
        lambda t: re.sub(r"roles: .*", "roles: [chairs]", t),
        "roles",
        "'chairs' nav atļauts",
    ),
    "invalid record symbol": (
        5,
        lambda t: t.replace("  roles:", "  record: S/PV10005\n  roles:"),
        "record",
        "'S/PV10005' nav gaidītajā formā",
    ),
}
RULE_FAULTS = {
    "two meetings with one number": (
        2,
        lambda t: re.sub(r'number: "\d+"', 'number: "90001"', t),
        "number",
        "sanāksmes numurs 90001 jau ir",
    ),
    "a time zone that is not one": (
        3,
        lambda t: t.replace("  roles:", "  time_zone: Europe/Rigaa\n  roles:"),
        "time_zone",
        "'Europe/Rigaa' nav laika josla",
    ),
    "an id not of the meeting's date": (
        4,
        lambda t: re.sub(r'date: "(\d{4})', lambda m: f'date: "{int(m[1]) + 1}', t),
        None,
        "ja sanāksme ir pārcelta, identifikatoru nemainiet",
    ),
    "an edit without a new revision": (
        5,
        lambda t: re.sub(r"(hash: )\"[0-9a-f]{8}\"", r'\1"00000000"', t),
        "revision",
        "aizstājiet šo rindu ar",
    ),
}


def faulty_build(tmp_path_factory, faults: dict):
    root = copy_repo(tmp_path_factory.mktemp("bad-meetings") / "repo")
    path = root / "data" / "meetings.yml"
    ids = add_meetings(
        root, [synthetic_meeting(dt.date(2030, 1, n), n, "10:00" if n == 2 else None) for n in range(1, 6)]
    )
    expected = {}
    for name, (number, change, key, words) in faults.items():
        meeting_id = ids[number - 1]
        if name == "an edit without a new revision":  # the fault is that the fingerprint is not kept
            path.write_text(
                re.sub(
                    rf"(- id: {meeting_id}\n(?:.*\n)*?  revision: .*hash: )\"[0-9a-f]{{8}}\"",
                    r'\1"00000000"',
                    path.read_text(encoding="utf-8"),
                ),
                encoding="utf-8",
            )
        else:
            edit_entry(path, meeting_id, change)
        expected[name] = (f"data/meetings.yml:{entry_line(path, meeting_id, key)}: ", words)
    result = build_site(root, root / "_site", SITE_URL)
    return root, expected, result


@pytest.fixture(scope="module")
def schema_faults(tmp_path_factory):
    return faulty_build(tmp_path_factory, SCHEMA_FAULTS)


@pytest.fixture(scope="module")
def rule_faults(tmp_path_factory):
    return faulty_build(tmp_path_factory, RULE_FAULTS)


def assert_reported(name, faulty):
    root, expected, result = faulty
    where, words = expected[name]
    output = result.stdout + result.stderr
    assert result.returncode != 0, "the strict build must fail"
    lines = [line for line in output.splitlines() if where in line and words in line]
    assert lines, f"no {where!r} with {words!r} in:\n{output}"
    for line in lines:
        latvian, _, english = line.partition(" / ")
        assert LATVIAN.search(latvian) and english, line
    assert not (root / "_site" / "index.html").exists(), "nothing is published"
    assert not (root / "_site").exists() or not list((root / "_site").rglob("*.ics"))


@pytest.mark.parametrize("name", SCHEMA_FAULTS)
def test_bad_meeting_data_is_reported_at_its_line(name, schema_faults):
    assert_reported(name, schema_faults)


@pytest.mark.parametrize("name", RULE_FAULTS)
def test_meeting_rules_are_reported_at_their_line(name, rule_faults):
    assert_reported(name, rule_faults)


# --- The scaffold ----------------------------------------------------------------------------------


def scaffold_root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "data").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "schemas", root / "data" / "schemas")
    shutil.copy(ROOT / "data" / "meetings.yml", root / "data" / "meetings.yml")
    return root


def test_scaffold_appends_a_meeting_the_build_accepts(tmp_path):
    root = scaffold_root(tmp_path)
    before = len(data_meetings(root))
    assert (
        new_meeting.main(
            [
                "--root",
                str(root),
                "--date",
                "2031-02-03",
                "--slug",
                "proba",
                "--title-lv",
                "Pārbaude",
                "--title-en",
                "Test",
                "--format",
                "briefing",
                "--role",
                "presides,speaks",
                "--time",
                "10:00",
                "--agenda-lv",
                "Punkts",
                "--agenda-en",
                "Item",
                "--number",
                "99999",
                "--record",
                "S/PV.99999",
            ]
        )
        == 0
    )
    added = load_meetings(root)
    assert len(added) == before + 1
    meeting = next(m for m in added if m.id == "2031-02-03-proba")
    assert (meeting.time, meeting.roles, meeting.sequence) == (dt.time(10, 0), ["presides", "speaks"], 0)


def test_scaffold_writes_nothing_for_bad_input(tmp_path, capsys):
    root = scaffold_root(tmp_path)
    text = (root / "data" / "meetings.yml").read_text(encoding="utf-8")
    assert (
        new_meeting.main(
            [
                "--root",
                str(root),
                "--date",
                "2031-02-03",
                "--slug",
                "proba",
                "--title-lv",
                "Pārbaude",
                "--title-en",
                "Test",
                "--format",
                "briefing",
                "--role",
                "chairs",
            ]
        )
        == 1
    )
    assert "'chairs' nav atļauts" in capsys.readouterr().err
    assert (root / "data" / "meetings.yml").read_text(encoding="utf-8") == text


# --- Latvia's roles in words (issue 35: supports-request) -------------------------------------------


def role_words(lang: str) -> list[str]:
    ui = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
    return [ui[f"meeting_role_{role.replace('-', '_')}"][lang] for role in ROLES]


def test_every_role_is_allowed_by_both_schemas_and_has_words_in_both_languages():
    schema = json.loads((ROOT / "data" / "schemas" / "meetings.schema.json").read_text(encoding="utf-8"))
    published = json.loads(
        (ROOT / "data" / "schemas" / "open-data" / "sanaksmes.schema.json").read_text(encoding="utf-8")
    )
    assert "supports-request" in ROLES
    assert schema["items"]["properties"]["roles"]["items"]["enum"] == list(ROLES)
    assert published["items"]["properties"]["roles"]["items"]["enum"] == list(ROLES)
    for role in ROLES:
        assert role in published["items"]["properties"]["roles"]["description"]
        assert role in published["items"]["properties"]["roles"]["description_lv"]
    for lang in LANGS:
        words = role_words(lang)
        assert all(word.strip() for word in words) and len(set(words)) == len(words)


def list_item_text(site_dir: Path, lang: str, meeting_id: str) -> str:
    """The text of the meeting's item in the meetings list, on whichever page of it it is."""
    path = f"{lang_root(lang)}sanaksmes"
    while path:
        article = page(site_dir, path).select_one("article")
        for item in article.select("li.lv-meetings__item"):
            if (
                resolve(site_dir, path, item.select_one("h3 a")["href"])
                == f"{lang_root(lang)}sanaksmes/{meeting_id}/"
            ):
                return item.get_text(" ", strip=True)
        following = article.select_one(".lv-pagination a[rel=next]")
        path = resolve(site_dir, path, following["href"]).rstrip("/") if following else None
    raise AssertionError(f"{meeting_id} is not in the {lang} list")


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_is_said_in_words_on_the_page_the_list_the_calendars_and_the_open_data(scratch, lang):
    meeting_id, words = scratch.every_role_id, role_words(lang)
    facts = (
        page(scratch.dir, f"{lang_root(lang)}sanaksmes/{meeting_id}").select_one("article dl").get_text(" ")
    )
    listed = list_item_text(scratch.dir, lang, meeting_id)
    for ics in (
        scratch.dir / lang_root(lang) / "sanaksmes" / f"{meeting_id}.ics",
        scratch.dir / lang_root(lang) / "dati" / "sanaksmes.ics",
    ):
        event = next(
            e
            for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
            if str(e["UID"]).startswith(f"{meeting_id}@")
        )
        description = str(event["DESCRIPTION"])
        assert all(word in description for word in words), (ics, description)
    assert all(word in facts for word in words), facts
    assert all(word in listed for word in words), listed
    folder = scratch.dir / lang_root(lang) / "dati"
    record = next(
        r
        for r in json.loads((folder / "sanaksmes.json").read_text(encoding="utf-8"))
        if r["id"] == meeting_id
    )
    assert record["roles"] == list(ROLES)
    row = next(
        r
        for r in csv.DictReader(io.StringIO((folder / "sanaksmes.csv").read_text(encoding="utf-8-sig")))
        if r["id"] == meeting_id
    )
    assert row["roles"] == ";".join(ROLES)


def test_the_scaffold_takes_the_role_supports_request(tmp_path):
    root = scaffold_root(tmp_path)
    assert (
        new_meeting.main(
            [
                "--root",
                str(root),
                "--date",
                "2031-02-04",
                "--slug",
                "atbalsts",
                "--title-lv",
                "Pārbaude",
                "--title-en",
                "Test",
                "--format",
                "briefing",
                "--role",
                "supports-request,speaks",
            ]
        )
        == 0
    )
    meeting = meeting_by_id(root, "2031-02-04-atbalsts")
    assert meeting.roles == ["supports-request", "speaks"]
