"""Dates at the edges of every period the site knows: the day before, the first day, the last day
and the day after.

A period is one row of PERIODS (made from the data, never typed here): the term and the presidency
(data/membership.yml) and every timeline entry (data/timeline.yml: a day, a month or a year); meetings
have a day rule of their own, tested at their edges in tests/test_meetings.py. Each row is tested
- on the shared logic (site_context.period_state, dates.partial_date_period and
  membership_context) at its four edges, and
- through built pages: scratch builds with SITE_DATE at the first day, the last day and the day
  after of the term and the presidency (one build per date, shared by this module), where the home
  page's hero, the section's status lines and every timeline entry must say the state the dates give.

Scheduled items (latvijaano/data/publication.py) are periods too: an item dated D is off the site up to D-1
and on it from D. The scratch copy has a news item and a statement pair dated the day after the
presidency and the day after the term, so the builds above see each one the day before and on its
day: its page, the list, the feed and the sitemap must agree.

Expected states are worked out here from the dates alone (`expected_state`), not by the code under test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import soup

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import STATEMENT_TEXTS, TEXTS, copy_repo, ensure_bench_meeting, priority_keys  # noqa: E402

from latvijaano import site_context
from latvijaano.data import dates, membership, publication

pytestmark = pytest.mark.long(12)  # six scratch builds; see conftest.pytest_collection_modifyitems

LANGS = site_context.LANGUAGES
LANGUAGE_ROOTS = {lang: site_context.language_root(lang) for lang in LANGS}
SITE_URL = "http://127.0.0.1:8000/"
ONE_DAY = dt.timedelta(days=1)
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ATOM_NS = {"a": "http://www.w3.org/2005/Atom"}


def data(name: str, root: Path = ROOT):
    return yaml.safe_load((root / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def expected_state(first: dt.date, last: dt.date, today: dt.date) -> str:
    return "coming" if today < first else "past" if today > last else "current"


def days_of(value: str) -> tuple[dt.date, dt.date]:
    """A timeline date ('2026-11-15', '2026-11', '2026') as its first and last day (calendar, not the hook)."""
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        return dt.date(*parts), dt.date(*parts)
    if len(parts) == 2:
        return dt.date(*parts, 1), dt.date(*parts, calendar.monthrange(*parts)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


# --- The table of periods: one row each ----------------------------------------------------


def periods(root: Path = ROOT) -> list[tuple[str, str, dt.date, dt.date]]:
    """(kind, name, first day, last day) of every period the site knows, from the data."""
    membership = data("membership", root)
    rows = [
        ("term", "term", day(membership["term"]["start"]), day(membership["term"]["end"])),
        (
            "presidency",
            "presidency",
            day(membership["presidency"]["start"]),
            day(membership["presidency"]["end"]),
        ),
    ]
    for entry in data("timeline", root):
        rows.append(("timeline", f"timeline {entry['date']}", *days_of(entry["date"])))
    # (Meetings have their own day rule — on its day a meeting is still coming, marked "today" —
    # tested at their edges in tests/test_meetings.py.)
    return rows


PERIODS = periods()
EDGES = (
    ("the day before", lambda first, last: first - ONE_DAY, "coming"),
    ("the first day", lambda first, last: first, "current"),
    ("the last day", lambda first, last: last, "current"),
    ("the day after", lambda first, last: last + ONE_DAY, "past"),
)


def edge_cases():
    for kind, name, first, last in PERIODS:
        for edge, pick, state in EDGES:
            yield pytest.param(kind, name, first, last, pick(first, last), state, id=f"{name}: {edge}")


@pytest.mark.parametrize("kind, name, first, last, today, state", list(edge_cases()))
def test_the_shared_logic_at_each_edge(kind, name, first, last, today, state):
    """site_context.period_state, and for the timeline the days a partial date stands for."""
    assert expected_state(first, last, today) == state  # the table itself is right
    assert site_context.period_state(first, last, today) == state, f"{name} on {today}"
    if kind == "timeline":
        value = name.split(" ", 1)[1]
        assert dates.partial_date_period(value) == (first, last), value
        assert site_context.period_state(*dates.partial_date_period(value), today) == state


MEMBERSHIP_EDGES = [param for param in edge_cases() if param.values[0] in ("term", "presidency")]


@pytest.mark.parametrize("kind, name, first, last, today, state", MEMBERSHIP_EDGES)
@pytest.mark.parametrize("lang", LANGS)
def test_membership_context_at_each_edge(kind, name, first, last, today, state, lang):
    """What the home page and the section's status lines are made from, with its words."""
    ui = site_context.ui_for(lang)
    context = membership.membership_context(data("membership"), today, lang, ui)
    found = context if kind == "term" else context["presidency"]
    assert found["state"] == state, f"{name} on {today}"
    assert (found["start"], found["end"]) == (first, last)
    key = "membership" if kind == "term" else "presidency"
    assert says(found["text"], ui[f"{key}_{state}"]), found["text"]


def test_every_february_and_month_length_is_a_period_of_its_own():
    """Month periods end on their month's last day, leap years included (2028 is one)."""
    for year in (2026, 2027, 2028):
        for month in range(1, 13):
            value = f"{year}-{month:02d}"
            assert dates.partial_date_period(value) == days_of(value), value
    assert dates.partial_date_period("2027") == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


# --- "Today" ----------------------------------------------------------------------------------


def test_site_date_is_the_environment_s_day():
    for first, last in {(first, last) for _, _, first, last in PERIODS[:2]}:
        for edge in (first - ONE_DAY, first, last, last + ONE_DAY):
            assert site_context.site_date({"SITE_DATE": edge.isoformat()}) == edge
            assert site_context.site_date({"SITE_DATE": f" {edge.isoformat()}\n"}) == edge


@pytest.mark.parametrize(
    "utc, riga",
    [
        ("2026-11-30T21:59:59+00:00", "2026-11-30"),  # 23:59:59 in Riga (UTC+2 in winter)
        ("2026-11-30T22:00:00+00:00", "2026-12-01"),  # midnight in Riga: the presidency is over there
        ("2026-06-30T20:59:59+00:00", "2026-06-30"),  # summer time, UTC+3
        ("2026-06-30T21:00:00+00:00", "2026-07-01"),
    ],
)
def test_without_site_date_today_is_riga_s_day(monkeypatch, utc, riga):
    """A build just after midnight in Riga (still the day before in UTC) is Riga's day."""
    instant = dt.datetime.fromisoformat(utc)

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return instant.astimezone(tz) if tz else instant.astimezone(dt.timezone.utc).replace(tzinfo=None)

    # Only site_context's own name for the module is replaced, not the datetime module itself.
    monkeypatch.setattr(site_context, "dt", types.SimpleNamespace(datetime=Clock, date=dt.date))
    assert site_context.site_date({}) == day(riga)


# --- Scheduled items: off the site until their day -----------------------------------------


def item(date: dt.date, extra: str = "") -> str:
    return f"---\ntitle: Plānots\ndate: {date.isoformat()}\n{extra}---\n\n# Plānots\n\nTeksts.\n"


SCHEDULE_ROWS = [  # (name, the item's date as the period's first day)
    (name, first) for kind, name, first, last in PERIODS if kind in ("term", "presidency")
] + [
    (f"{name} (day after)", last + ONE_DAY)
    for kind, name, first, last in PERIODS
    if kind in ("term", "presidency")
]


@pytest.mark.parametrize("name, date", SCHEDULE_ROWS)
def test_a_scheduled_item_is_withheld_until_its_day(name, date):
    assert publication.state_of(item(date), date - ONE_DAY) == (publication.SCHEDULED, date)
    assert publication.state_of(item(date), date) == (None, date)
    assert publication.state_of(item(date), date + ONE_DAY) == (None, date)
    assert publication.state_of(item(date, "draft: true\n"), date + ONE_DAY) == (publication.DRAFT, date)


@pytest.mark.parametrize("name, date", SCHEDULE_ROWS)
def test_a_pair_waits_for_its_later_language(tmp_path, name, date):
    """The pair goes out when both files are due: a day apart, the later date counts."""
    for lang, when in (("lv", date), ("en", date + ONE_DAY)):
        path = tmp_path / lang / "jaunumi" / "x.md"
        path.parent.mkdir(parents=True)
        path.write_text(item(when), encoding="utf-8")
    assert publication.withheld_pages(tmp_path, date - ONE_DAY)["jaunumi/x.md"].date == date + ONE_DAY
    assert publication.withheld_pages(tmp_path, date)["jaunumi/x.md"].kind == publication.SCHEDULED
    assert "jaunumi/x.md" not in publication.withheld_pages(tmp_path, date + ONE_DAY)


# --- Through built pages: one scratch build per edge date ------------------------------------


def build_dates() -> list[str]:
    """The first day, the last day and the day after of the term and the presidency."""
    dates = set()
    for kind, _, first, last in PERIODS:
        if kind in ("term", "presidency"):
            dates |= {first, last, last + ONE_DAY}
    return sorted(d.isoformat() for d in dates)


def scheduled_dates() -> list[dt.date]:
    """Planted items' dates: the day after the presidency and after the term (each seen the day before)."""
    return sorted({last + ONE_DAY for kind, _, _, last in PERIODS if kind in ("term", "presidency")})


def planted(date: dt.date) -> dict[str, str]:
    """kind -> path inside the language folder of the pair planted for `date`."""
    stamp = date.strftime("%Y%m%d")  # the slug differs too: the content rules refuse one slug twice
    return {
        "news": f"jaunumi/{date.isoformat()}-robeza-{stamp}.md",
        "statement": f"pazinojumi/{date.isoformat()}-robeza-{stamp}.md",
    }


def plant_items(root: Path) -> None:
    keys = priority_keys(root)
    meeting = ensure_bench_meeting(root)  # a statement names a meeting of data/meetings.yml
    for number, date in enumerate(scheduled_dates(), 1):
        paths = planted(date)
        for lang in LANGS:
            for kind, texts in (("news", TEXTS), ("statement", STATEMENT_TEXTS)):
                text = {key: value.format(n=f"{date.isoformat()}") for key, value in texts[lang].items()}
                extra = (
                    ""
                    if kind == "news"
                    else (
                        f'meeting: {meeting}\nspeaker: "{text["speaker"]}"\n'
                        f"priorities: [{keys[number % len(keys)]}]\nsource: https://example.org/{number}\n"
                    )
                )
                path = root / "docs" / lang / paths[kind]
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(
                    f'---\ntitle: "{text["title"]}"\ndate: {date.isoformat()}\n'
                    f'description: "{text["description"]}"\n{extra}---\n\n# {text["title"]}\n\n'
                    + "\n\n".join([text["body"]] * 4)
                    + "\n",
                    encoding="utf-8",
                )


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    root = copy_repo(tmp_path_factory.mktemp("edges") / "repo")
    plant_items(root)
    return root


@pytest.fixture(scope="module")
def dated(scratch):
    """dated(date) -> the scratch copy's site built with SITE_DATE=date (once per date)."""
    built = {}

    def build(date: str) -> Path:
        if date not in built:
            site_dir = scratch.parent / f"site-{date}"
            result = build_site(scratch, site_dir, SITE_URL, env={"SITE_DATE": date})
            assert result.returncode == 0, (
                f"SITE_DATE={date}: the build failed:\n{result.stdout}\n{result.stderr}"
            )
            built[date] = site_dir
        return built[date]

    return build


def literal_parts(text: str) -> list[str]:
    return [part.strip(" ,.;–") for part in re.split(r"\{[a-z_]+\}", text) if part.strip(" ,.;–")]


def says(text: str, ui_text: str) -> bool:
    text = " ".join(text.split())
    return all(part in text for part in literal_parts(ui_text))


def page(site_dir: Path, lang: str, path: str = ""):
    return soup(site_dir / LANGUAGE_ROOTS[lang] / path / "index.html")


def marker_page(marker: str) -> str:
    """The URL path (inside the language root) of the page with `<!-- data: marker -->`."""
    for path in sorted((ROOT / "docs" / "lv").rglob("*.md")):
        if re.search(
            rf"^<!--\s*data:\s*{re.escape(marker)}\s*-->\s*$", path.read_text(encoding="utf-8"), re.M
        ):
            rel = path.relative_to(ROOT / "docs" / "lv").as_posix()[:-3]
            return "" if rel == "index" else (rel[: -len("index")] if rel.endswith("/index") else rel + "/")
    raise AssertionError(f"no page has <!-- data: {marker} -->")


def states(today: dt.date) -> dict[str, str]:
    return {
        kind: expected_state(first, last, today)
        for kind, _, first, last in PERIODS
        if kind in ("term", "presidency")
    }


@pytest.mark.parametrize("date", build_dates())
@pytest.mark.parametrize("lang", LANGS)
def test_the_built_pages_at_each_edge(dated, date, lang):
    site_dir = dated(date)
    expected = states(day(date))
    ui = site_context.ui_for(lang)
    hero = page(site_dir, lang).select_one(".lv-hero")
    status, presidency = hero.select_one(".lv-hero__status"), hero.select_one(".lv-hero__presidency")
    assert f"lv-hero__status--{expected['term']}" in status["class"], f"SITE_DATE={date}"
    assert f"lv-hero__presidency--{expected['presidency']}" in presidency["class"], f"SITE_DATE={date}"
    assert says(status.get_text(" "), ui[f"membership_{expected['term']}"]), status.get_text(" ", strip=True)
    assert says(presidency.get_text(" "), ui[f"presidency_{expected['presidency']}"]), presidency.get_text(
        " ", strip=True
    )
    for marker, kind, key in (
        ("membership", "term", "membership"),
        ("presidency", "presidency", "presidency"),
    ):
        line = page(site_dir, lang, marker_page(marker)).select_one("article .lv-status")
        assert f"lv-status--{expected[kind]}" in line["class"], f"{marker} on {date}"
        assert says(line.get_text(" "), ui[f"{key}_{expected[kind]}"]), line.get_text(" ", strip=True)


def month_entries(root: Path, today: dt.date) -> int:
    """How many meetings, published statements and votes the copy's data holds for the presidency month."""
    membership = data("membership", root)
    first, last = day(membership["presidency"]["start"]), day(membership["presidency"]["end"])
    found = sum(1 for m in data("meetings", root) or [] if first <= day(m["date"]) <= last)
    found += sum(1 for v in data("votes", root) or [] if first <= day(v["date"]) <= min(last, today))
    for path in (root / "docs" / "lv" / "pazinojumi").glob("[0-9]*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1]) or {}
        if first <= day(meta["date"]) <= min(last, today) and not meta.get("draft"):
            found += 1
    return found


@pytest.mark.parametrize("date", build_dates())
@pytest.mark.parametrize("lang", LANGS)
def test_the_presidency_page_at_each_edge(dated, scratch, date, lang):
    """The presidency page (latvijaano/record/presidency.py) speaks of the month in the tense the date gives: no
    prospect once it has begun; the one sourced sentence in that tense; while the data holds
    nothing for a month that has begun, the one sentence saying so, and no figures."""
    site_dir = dated(date)
    state = states(day(date))["presidency"]
    ui = site_context.ui_for(lang)
    article = page(site_dir, lang, marker_page("presidency-record")).select_one("article")
    text = " ".join(article.get_text(" ").split())
    assert says(text, ui[f"presidency_role_{state}"]), text
    for other in {"coming", "current", "past"} - {state}:
        assert not says(text, ui[f"presidency_role_{other}"]) and not says(text, ui[f"presidency_{other}"]), (
            other
        )
    if state != "coming":
        assert not re.search(r"\b(varēs|will)\b", text), f"a prospect on {date}: {text}"
    empty = month_entries(scratch, day(date)) == 0
    assert (article.select_one(".lv-record-empty") is not None) == (empty and state != "coming"), date
    if empty:
        assert article.select_one(".lv-figures") is None, "figures with nothing to count"


@pytest.mark.parametrize("date", build_dates())
def test_every_timeline_entry_at_each_edge(dated, date):
    site_dir = dated(date)
    events = data("timeline")
    for lang in LANGS:
        items = page(site_dir, lang, marker_page("timeline")).select("ol.lv-timeline > li")
        assert len(items) == len(events)
        for li, event in zip(items, events):
            state = expected_state(*days_of(event["date"]), day(date))
            assert f"lv-timeline__event--{state}" in li["class"], f"{event['date']} on {date} ({lang})"


def sitemap_locs(site_dir: Path) -> set[str]:
    root = ET.parse(site_dir / "sitemap.xml").getroot()
    return {url.find("sm:loc", SITEMAP_NS).text for url in root.findall("sm:url", SITEMAP_NS)}


def feed_links(path: Path) -> set[str]:
    root = ET.parse(path).getroot()
    return {link.get("href") for link in root.findall("a:entry/a:link", ATOM_NS)}


@pytest.mark.parametrize("date", build_dates())
def test_scheduled_items_appear_on_their_day(dated, date):
    """Before its day an item is nowhere (page, list, feed, sitemap); from its day it is everywhere."""
    site_dir = dated(date)
    locs = sitemap_locs(site_dir)
    for item_date in scheduled_dates():
        due = day(date) >= item_date
        for kind, rel in planted(item_date).items():
            folder = rel.split("/")[0]
            for lang in LANGS:
                url = LANGUAGE_ROOTS[lang] + rel[: -len(".md")] + "/"
                where = f"{kind} dated {item_date} in {lang} on {date}"
                assert (site_dir / url / "index.html").is_file() == due, where
                assert (SITE_URL + url in locs) == due, f"{where}: sitemap"
                assert (
                    SITE_URL + url
                    in feed_links(
                        site_dir / LANGUAGE_ROOTS[lang] / folder / "feed.xml"
                        if kind == "statement"
                        else site_dir / LANGUAGE_ROOTS[lang] / "feed.xml"
                    )
                ) == due, f"{where}: feed"
                listed = {
                    a.get("href", "").rstrip("/").split("/")[-1]
                    for a in page(site_dir, lang, folder + "/").select("article a[href]")
                }
                assert (rel.split("/")[-1][: -len(".md")] in listed) == due, f"{where}: list"
