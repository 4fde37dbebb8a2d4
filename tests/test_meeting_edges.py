"""Meetings at every date edge, through SITE_DATE (tests/meetings_scratch.py: a copy built on the
presidency's last day — the month's last day — and on the day after — the next month's first):

- a meeting's own day: still coming, marked "today" (list, its page); the day before it: past;
- the home page (latvijaano/record/): "coming meetings" holds the soonest meetings from today on, so
  a meeting on the month's last day is there on its day and not the day after; the newest entries
  name only meetings held (before today); no meeting is listed twice at either edge, and the day after,
  the last day's meetings stand among the newest entries unless older entries are not shown either;
- the presidency programme lists the month's meetings (its first and last day included, the days
  around it not) and is "provisional" through the month's last day, final only after it;
- every calendar the build wrote keeps RFC 5545 (tests/calendar_rules.py), with each entry's
  SEQUENCE and time zone.

Expected lists are worked out here from the copy's data/meetings.yml and the dates alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import calendar_rules
import icalendar
import pytest
from meetings_scratch import ONE_DAY, edges  # noqa: F401
from site_pages import soup

pytestmark = pytest.mark.long(12)  # two scratch builds; see conftest.pytest_collection_modifyitems

LANGS = ("lv", "en")
COMING_ON_HOME = 3  # latvijaano/record/model.py's: how many coming meetings the home page shows
BUILDS = ("the presidency's last day", "the day after")


def lang_root(lang: str) -> str:
    return "" if lang == "lv" else f"{lang}/"


def build_day(edges, which: str) -> dt.date:
    return edges.dates[BUILDS.index(which)]


def day_of(meeting: dict) -> dt.date:
    return dt.date.fromisoformat(meeting["date"])


def order_key(meeting: dict):
    """The build's order of meetings: by day, then by the start's UTC time (all-day first), then id."""
    start = dt.time(0)
    if meeting.get("time"):
        local = dt.datetime.combine(
            day_of(meeting),
            dt.time.fromisoformat(meeting["time"]),
            ZoneInfo(meeting.get("time_zone", "America/New_York")),
        )
        start = local.astimezone(dt.timezone.utc).time()
    return day_of(meeting), start, meeting["id"]


def month_days(day: dt.date) -> tuple[dt.date, dt.date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def meeting_path(lang: str, meeting_id: str) -> str:
    return f"{lang_root(lang)}sanaksmes/{meeting_id}/"


def linked(site_dir: Path, page_path: str, anchors) -> list[str]:
    """The site paths the anchors point to, from the page at `page_path` (a folder)."""
    found = []
    for a in anchors:
        target = (site_dir / page_path / a["href"].split("#")[0]).resolve()
        found.append(target.relative_to(site_dir.resolve()).as_posix().rstrip("/") + "/")
    return found


def page(site_dir: Path, path: str):
    return soup(site_dir / path / "index.html")


# --- The home page: the newest entries, then the coming meetings -----------------------------------

MEETING_PATH = re.compile(r"^(en/)?sanaksmes/[^/]+/$")


def home_meetings(site_dir: Path, lang: str, home, selector: str) -> list[str]:
    """The meeting pages linked from the home page's titles in `selector`'s sections, in order."""
    paths = linked(site_dir, lang_root(lang), home.select(f"{selector} h3 a".strip()))
    return [path for path in paths if MEETING_PATH.match(path)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", BUILDS)
def test_home_page_lists_a_meeting_once_at_each_date_edge(edges, which, lang):
    today = build_day(edges, which)
    site_dir = edges.site(today)
    ordered = sorted(edges.meetings, key=order_key)
    by_path = {meeting_path(lang, m["id"]): m for m in ordered}
    home = page(site_dir, lang_root(lang).rstrip("/"))
    coming = home_meetings(site_dir, lang, home, "section[aria-labelledby=lv-meetings-coming]")
    newest = home_meetings(site_dir, lang, home, "section.lv-latest")
    # Coming: the soonest from today on (a meeting is coming through its own day), in the build's order.
    assert coming == [meeting_path(lang, m["id"]) for m in ordered if day_of(m) >= today][:COMING_ON_HOME], (
        f"{today}"
    )
    # The newest entries: meetings held, never one of today; and no meeting listed twice on the page.
    assert all(day_of(by_path[path]) < today for path in newest), f"{today}: a meeting not yet held: {newest}"
    everywhere = home_meetings(site_dir, lang, home, "")
    assert len(everywhere) == len(set(everywhere)), f"{today}: a meeting listed twice: {everywhere}"
    # The day after the last day, its meetings (no statement or vote names these) are among the newest
    # entries, unless the list is full of newer ones: it shows an entry older than the last day.
    shown_days = [
        dt.date.fromisoformat(t["datetime"]) for t in home.select("section.lv-latest time[datetime]")
    ]
    if today > edges.end and shown_days and min(shown_days) < edges.end:
        for name in ("last day, morning", "last day, afternoon"):
            assert meeting_path(lang, edges.named[name]) in newest, f"{today}: {name} is not among the newest"


def test_the_month_edges_are_in_the_scratch_copy(edges):
    """The copy has what the test above needs to mean something: meetings on both edges of the month."""
    days = {day_of(m) for m in edges.meetings}
    assert month_days(edges.end) == (edges.start, edges.end), "the presidency is a calendar month"
    assert {edges.start - ONE_DAY, edges.start, edges.end, edges.end + ONE_DAY} <= days


# --- The meetings list and the meeting's page: its own day is still coming ------------------------


def list_sections(site_dir: Path, lang: str) -> dict[str, str]:
    """meeting path -> the list's section ('gaidamas' coming, 'notikusas' past), every page."""
    found, path = {}, f"{lang_root(lang)}sanaksmes"
    while path:
        article = page(site_dir, path).select_one("article")
        for item in article.select("li.lv-meetings__item"):
            section = item.find_parent("ul").find_previous_sibling("h2")["id"]
            found[linked(site_dir, path, [item.select_one("h3 a")])[0]] = section
        following = article.select_one(".lv-pagination a[rel=next]")
        path = linked(site_dir, path, [following])[0].rstrip("/") if following else None
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", BUILDS)
def test_a_meeting_is_coming_through_its_own_day_and_past_from_the_next(edges, which, lang):
    today = build_day(edges, which)
    site_dir = edges.site(today)
    sections = list_sections(site_dir, lang)
    ordered = sorted(edges.meetings, key=order_key)
    for meeting in ordered:
        state = "today" if day_of(meeting) == today else "coming" if day_of(meeting) > today else "past"
        path = meeting_path(lang, meeting["id"])
        assert sections[path] == ("notikusas" if state == "past" else "gaidamas"), (
            f"{meeting['id']} on {today}"
        )
        if day_of(meeting) in (today - ONE_DAY, today, today + ONE_DAY):
            assert page(site_dir, path.rstrip("/")).select_one(f".lv-meeting__state--{state}"), (
                f"{meeting['id']} on {today}: its page is not '{state}'"
            )
    # The list's own order: coming soonest first (a day by its times), past latest first.
    listed = [path for path in sections]
    expected = [m for m in ordered if day_of(m) >= today] + [m for m in ordered if day_of(m) < today][::-1]
    assert listed == [meeting_path(lang, m["id"]) for m in expected]


def test_two_meetings_of_one_day_are_in_the_order_of_their_times(edges):
    morning, afternoon = edges.named["last day, morning"], edges.named["last day, afternoon"]
    assert afternoon < morning, "the copy's ids must sort against the times, or the order proves nothing"
    for today in edges.dates:
        listed = list(list_sections(edges.site(today), "lv"))
        coming = today <= edges.end
        first, second = (morning, afternoon) if coming else (afternoon, morning)  # past: latest first
        assert listed.index(meeting_path("lv", first)) < listed.index(meeting_path("lv", second)), today


# --- The presidency programme ---------------------------------------------------------------------


def presidency_path(lang: str) -> str:
    return f"{lang_root(lang)}padome/prezidentura"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", BUILDS)
def test_presidency_programme_is_provisional_through_the_last_day_and_final_after(edges, which, lang):
    today = build_day(edges, which)
    site_dir = edges.site(today)
    article = page(site_dir, presidency_path(lang)).select_one("article")
    listed = linked(site_dir, presidency_path(lang), article.select(".lv-programme a"))
    expected = [
        m["id"] for m in sorted(edges.meetings, key=order_key) if edges.start <= day_of(m) <= edges.end
    ]
    assert listed == [meeting_path(lang, i) for i in expected]
    final = today > edges.end
    assert (article.select_one(".lv-programme__note") is None) == final, (
        f"on {today} the programme must be {'final' if final else 'provisional'}"
    )


# --- Every calendar the build wrote -----------------------------------------------------------


def test_every_calendar_the_build_wrote_keeps_rfc_5545(edges):
    site_dir = edges.site(edges.end)
    by_id = {m["id"]: m for m in edges.meetings}
    files = sorted(site_dir.rglob("*.ics"))
    assert len(files) >= 2 * len(by_id)  # one per meeting and language, and the whole calendars
    for path in files:
        raw = path.read_bytes()
        assert calendar_rules.problems(raw) == [], path.relative_to(site_dir)
        for event in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
            meeting = by_id[str(event["UID"]).split("@")[0]]
            assert int(event["SEQUENCE"]) == int(meeting["revision"]["sequence"]), meeting["id"]
            if meeting.get("time"):
                assert event["DTSTART"].params["TZID"] == meeting.get("time_zone", "America/New_York")
            else:
                assert event.decoded("DTEND") == day_of(meeting) + ONE_DAY
