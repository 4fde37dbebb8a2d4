"""The record (latvijaano/record/) as readers meet it: the presidency page, the term so far (the
membership page and the home page) and the home page's newest entries.

One scratch copy (the live sources plus synthetic entries, in the copy only), built twice:
- SITE_DATE=2026-12-06, after the presidency month: the presidency page in the past tense with the
  month's meetings, statements and votes and "the presidency in figures"; the term so far counts
  only published entries (a draft and a scheduled statement are planted and must not count) and
  links each count to its list; the home page leads with the newest entry of any kind, its kind
  named, and never shows an entry older than RECENT_DAYS under "Latest";
- SITE_DATE in the middle of the month: the month's programme is provisional, the figures count
  only the meetings held so far, and the home page leads with the newest entry (a meeting).
The presidency month and the term come from data/membership.yml, the expectations from the
synthetic entries and the copy's sources, never from the code under test. The presidency page
with no data for its month (the live sources) is checked at the edges of the month by
tests/test_dates_edges.py (test_the_presidency_page_at_each_edge).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import soup

sys.path.insert(0, str(ROOT / "scripts"))
from new_vote import add_vote  # noqa: E402
from scratch import STATEMENT_TEXTS, TEXTS, add_meetings, copy_repo, priority_keys, synthetic_meeting  # noqa: E402

from latvijaano import site_context
from latvijaano.data import page_updated
from latvijaano.record.gathering import published
from latvijaano.record.model import KINDS, LATEST_ON_HOME, RECENT_DAYS, set_last_updated
from latvijaano.record.term import plural

pytestmark = pytest.mark.long(12)  # three scratch builds; see conftest.pytest_collection_modifyitems

LANGS = site_context.LANGUAGES
SITE_URL = "http://127.0.0.1:8000/"
ONE_DAY = dt.timedelta(days=1)
LATEST_AT_MOST = 183  # days: nothing older than half a year is ever called "latest"


def membership(root: Path = ROOT) -> dict:
    data = yaml.safe_load((root / "data" / "membership.yml").read_text(encoding="utf-8"))
    return {
        key: {edge: dt.date.fromisoformat(value) for edge, value in period.items()}
        for key, period in data.items()
    }


PRESIDENCY = membership()["presidency"]
MONTH = PRESIDENCY["start"]
AFTER = PRESIDENCY["end"] + dt.timedelta(days=6)  # 2026-12-06 for a November presidency
DURING = MONTH + dt.timedelta(days=14)  # the 15th
# The month's synthetic meetings: (day of the month, number for synthetic_meeting, roles, format).
MEETINGS = (
    (3, 3, ["presides"], "open-debate"),
    (10, 6, ["presides", "speaks"], "briefing"),
    (14, 1, ["speaks"], "consultations"),
    (20, 9, ["presides"], "adoption"),
    (26, 12, ["presides"], "open-debate"),
)
STATEMENT_DAY = 10  # at the meeting of the 10th
VOTE_DAY = 20  # at the meeting of the 20th


def on(day_of_month: int) -> dt.date:
    return MONTH.replace(day=day_of_month)


def meeting_id(day_of_month: int) -> str:
    number = next(number for day, number, _, _ in MEETINGS if day == day_of_month)
    return f"{on(day_of_month).isoformat()}-bench-{number}"


def write_item(root: Path, folder: str, date: dt.date, slug: str, number: int, extra: str = "") -> str:
    """A statement or news item in both languages, as an editor writes it; its path in the language folder.
    Its texts name it by `number`, not by its slug: the texts are real words (the spelling rule reads them)."""
    texts = STATEMENT_TEXTS if folder == "pazinojumi" else TEXTS
    keys = priority_keys(root)
    rel = f"{folder}/{date.isoformat()}-{slug}.md"
    for lang in LANGS:
        text = {key: value.format(n=number) for key, value in texts[lang].items()}
        fields = (
            ""
            if folder == "jaunumi"
            else (
                f'speaker: "{text["speaker"]}"\npriorities: [{keys[0]}]\nsource: https://example.org/{slug}\n'
            )
        )
        (root / "docs" / lang / rel).write_text(
            f'---\ntitle: "{text["title"]}"\ndate: {date.isoformat()}\n'
            f'description: "{text["description"]}"\n{fields}{extra}---\n\n# {text["title"]}\n\n'
            + "\n\n".join([text["body"]] * 4)
            + "\n",
            encoding="utf-8",
        )
    return rel


def plant(root: Path) -> dict:
    add_meetings(
        root,
        [
            {**synthetic_meeting(on(day), number), "roles": roles, "format": kind}
            for day, number, roles, kind in MEETINGS
        ],
    )
    meeting = f"meeting: {meeting_id(STATEMENT_DAY)}\n"
    planted = {
        "statement": write_item(root, "pazinojumi", on(STATEMENT_DAY), "prezidenturas-proba", 901, meeting),
        # Neither counts nor shows: a draft in the month, a statement scheduled after the build's day.
        "draft": write_item(
            root, "pazinojumi", on(STATEMENT_DAY + 1), "melnraksta-proba", 902, meeting + "draft: true\n"
        ),
        "scheduled": write_item(root, "pazinojumi", AFTER + ONE_DAY, "planota-proba", 903, meeting),
        # The newest entry of the record at AFTER: a news item of that very day.
        "news": write_item(root, "jaunumi", AFTER, "ieraksta-proba", 904),
    }
    add_vote(
        root,
        date=on(VOTE_DAY).isoformat(),
        draft=f"S/{MONTH.year}/990",
        subject_lv="Pārbaudes balsojums",
        subject_en="Test vote",
        vote="in-favour",
        outcome="adopted",
        in_favour=13,
        against=0,
        abstentions=2,
        not_voting=0,
        resolution=f"S/RES/2990 ({MONTH.year})",
        meeting=meeting_id(VOTE_DAY),
    )
    return planted


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    base = tmp_path_factory.mktemp("record")
    root = copy_repo(base / "repo")
    planted = plant(root)
    built = {}

    def build(date: dt.date) -> Path:
        if date not in built:
            site_dir = base / f"site-{date.isoformat()}"
            result = build_site(root, site_dir, SITE_URL, env={"SITE_DATE": date.isoformat()})
            assert result.returncode == 0, f"SITE_DATE={date}:\n{result.stdout}\n{result.stderr}"
            built[date] = site_dir
        return built[date]

    class Scratch:
        pass

    Scratch.root, Scratch.planted, Scratch.build = root, planted, staticmethod(build)
    return Scratch


def page(site_dir: Path, lang: str, path: str = ""):
    return soup(site_dir / site_context.language_root(lang) / path / "index.html")


def resolve(site_dir: Path, lang: str, path: str, href: str) -> str:
    """The URL path (from the site root) a link on the page at `path` leads to, its fragment kept."""
    base = site_dir / site_context.language_root(lang) / path
    target, _, fragment = href.partition("#")
    url = (base / target).resolve().relative_to(site_dir.resolve()).as_posix()
    url = "" if url == "." else url.rstrip("/") + "/"
    return url + (f"#{fragment}" if fragment else "")


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def says(text: str, ui_text: str) -> bool:
    """The text holds every literal part of a data/ui.yml string (its {placeholders} aside)."""
    parts = [part.strip(" ,.;–") for part in re.split(r"\{[a-z_]+\}", ui_text) if part.strip(" ,.;–")]
    return all(part in text for part in parts)


# --- What the sources hold, worked out here from their dates ----------------------------------


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1]) or {}


def published_items(root: Path, folder: str, lang: str, today: dt.date) -> list[tuple[dt.date, str]]:
    """(date, path in the language folder) of every item on the live site at `today`: no draft and
    nothing dated later, in either language (latvijaano/data/publication.py withholds the page in both)."""
    found = []
    for path in sorted((root / "docs" / lang / folder).glob("[0-9]*.md")):
        rel = f"{folder}/{path.name}"
        metas = [
            front_matter(root / "docs" / other / rel)
            for other in LANGS
            if (root / "docs" / other / rel).is_file()
        ]
        dates = [dt.date.fromisoformat(str(meta["date"])) for meta in metas]
        if any(meta.get("draft") for meta in metas) or max(dates) > today:
            continue
        found.append((front_matter(path)["date"], rel))
    return [(dt.date.fromisoformat(str(date)), rel) for date, rel in found]


def expected_term(root: Path, lang: str, today: dt.date) -> dict:
    """Statements, meetings held, votes by outcome: of the term, up to `today`."""
    term = membership(root)["term"]
    last = min(today, term["end"])
    meetings = yaml.safe_load((root / "data" / "meetings.yml").read_text(encoding="utf-8")) or []
    votes = yaml.safe_load((root / "data" / "votes.yml").read_text(encoding="utf-8")) or []
    return {
        "statement": sum(
            1 for date, _ in published_items(root, "pazinojumi", lang, today) if term["start"] <= date <= last
        ),
        "meeting": sum(
            1
            for m in meetings
            if term["start"] <= dt.date.fromisoformat(m["date"]) <= last
            and dt.date.fromisoformat(m["date"]) < today
        ),
        "vote": Counter(
            v["outcome"] for v in votes if term["start"] <= dt.date.fromisoformat(str(v["date"])) <= last
        ),
    }


def expected_month(root: Path, lang: str, today: dt.date) -> dict:
    """The presidency month in the copy's sources at `today` (the synthetic entries and any real
    ones an editor has added): its meetings (id: date), the formats of those Latvia presided
    that were held, its published statements, its votes up to today by outcome."""
    start, end = membership(root)["presidency"]["start"], membership(root)["presidency"]["end"]
    meetings = yaml.safe_load((root / "data" / "meetings.yml").read_text(encoding="utf-8")) or []
    votes = yaml.safe_load((root / "data" / "votes.yml").read_text(encoding="utf-8")) or []
    month = [m for m in meetings if start <= dt.date.fromisoformat(m["date"]) <= end]
    return {
        "meetings": {m["id"]: m["date"] for m in month},
        "presided": [
            m["format"]
            for m in month
            if "presides" in m["roles"] and dt.date.fromisoformat(m["date"]) < today
        ],
        "statements": {
            rel for date, rel in published_items(root, "pazinojumi", lang, today) if start <= date <= end
        },
        "votes": Counter(
            v["outcome"] for v in votes if start <= dt.date.fromisoformat(str(v["date"])) <= min(end, today)
        ),
    }


# --- The presidency page ----------------------------------------------------------------------

PROSPECT = re.compile(r"\b(varēs|būs|will|would be able)\b", re.I)


@pytest.mark.parametrize("lang", LANGS)
def test_presidency_page_after_the_month_is_the_record_in_the_past_tense(scratch, lang):
    site_dir = scratch.build(AFTER)
    ui = site_context.ui_for(lang)
    path = "padome/prezidentura"
    article = page(site_dir, lang, path).select_one("article")
    text = text_of(article)
    assert says(text, ui["presidency_role_past"]) and says(text, ui["presidency_past"])
    for other in (
        "presidency_role_coming",
        "presidency_role_current",
        "presidency_coming",
        "presidency_current",
        "presidency_programme_provisional",
        "presidency_record_empty",
    ):
        assert not says(text, ui[other]), other
    assert not PROSPECT.search(text), PROSPECT.search(text)
    # The month's meetings in date order, then its statements (not the draft) and its votes: the
    # synthetic ones and any real ones of the month in the copy's sources.
    expected = expected_month(scratch.root, lang, AFTER)
    listed = [resolve(site_dir, lang, path, a["href"]) for a in article.select(".lv-programme a")]
    root = site_context.language_root(lang)
    assert sorted(listed) == sorted(f"{root}sanaksmes/{id_}/" for id_ in expected["meetings"])
    dates = [expected["meetings"][url.split("/")[-2]] for url in listed]
    assert dates == sorted(dates), "the programme in date order"
    assert {f"{root}sanaksmes/{meeting_id(day)}/" for day, _, _, _ in MEETINGS} <= set(listed)
    assert article.select_one(".lv-programme__note") is None
    statements = [resolve(site_dir, lang, path, a["href"]) for a in article.select("#pazinojumi + ul a")]
    assert sorted(statements) == sorted(root + rel[:-3] + "/" for rel in expected["statements"])
    assert root + scratch.planted["statement"][:-3] + "/" in statements
    votes = [resolve(site_dir, lang, path, a["href"]) for a in article.select("#balsojumi + ul a")]
    assert len(votes) == sum(expected["votes"].values()) >= 1
    assert all(vote.startswith(f"{root}balsojumi/#") for vote in votes)
    assert (site_dir / votes[0].split("#")[0] / "index.html").is_file()
    # the whole register is a link away (issue 35: reachable from the presidency page)
    register = [resolve(site_dir, lang, path, a["href"]) for a in article.select(".lv-record-register a")]
    assert register == [f"{root}balsojumi/"]
    # The presidency in figures: presided meetings by format, statements, resolutions, votes.
    figures = {
        text_of(row.dt): " ".join(text_of(dd) for dd in row.select("dd"))
        for row in article.select(".lv-figures__row")
    }
    presided = expected["presided"]
    assert figures[ui["presidency_figures_presided"]].startswith(f"{len(presided)} ")
    for kind, count in Counter(presided).items():
        assert (
            f"{ui['meeting_format_' + kind.replace('-', '_')]}: {count}"
            in figures[ui["presidency_figures_presided"]]
        )
    assert figures[ui["presidency_figures_statements"]] == str(len(expected["statements"]))
    assert figures[ui["presidency_figures_resolutions"]] == str(expected["votes"]["adopted"])
    assert figures[ui["presidency_figures_votes"]] == str(sum(expected["votes"].values()))


@pytest.mark.parametrize("lang", LANGS)
def test_presidency_page_during_the_month_counts_what_has_happened(scratch, lang):
    site_dir = scratch.build(DURING)
    ui = site_context.ui_for(lang)
    article = page(site_dir, lang, "padome/prezidentura").select_one("article")
    text = text_of(article)
    assert says(text, ui["presidency_role_current"]) and not says(text, ui["presidency_role_past"])
    assert article.select_one(".lv-programme__note"), "the programme is provisional until the month is over"
    expected = expected_month(scratch.root, lang, DURING)
    assert len(article.select(".lv-programme a")) == len(
        expected["meetings"]
    )  # coming ones too: the programme
    figures = {
        text_of(row.dt): " ".join(text_of(dd) for dd in row.select("dd"))
        for row in article.select(".lv-figures__row")
    }
    assert figures[ui["presidency_figures_presided"]].split(" ")[0] == str(len(expected["presided"]))
    # the synthetic vote of the 20th is still to come: only earlier votes of the month count
    assert figures[ui["presidency_figures_resolutions"]] == str(expected["votes"]["adopted"])
    assert figures[ui["presidency_figures_votes"]] == str(sum(expected["votes"].values()))


# --- The term so far --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("where", ["padome", ""])
def test_term_so_far_counts_the_published_entries_and_links_their_lists(scratch, lang, where):
    site_dir = scratch.build(AFTER)
    ui = site_context.ui_for(lang)
    expected = expected_term(scratch.root, lang, AFTER)
    block = page(site_dir, lang, where).select_one(".lv-term")
    assert block is not None
    assert block.select_one("h2").get_text(strip=True) == ui["term_heading_current"]
    rows = {row.select_one("dt").get_text(strip=True): row for row in block.select(".lv-figures__row")}
    root = site_context.language_root(lang)
    for kind, label, lists in (
        ("statement", "term_statements", "pazinojumi/"),
        ("meeting", "term_meetings", "sanaksmes/"),
        ("vote", "term_votes", "balsojumi/"),
    ):
        row = rows[ui[label]]
        count = sum(expected[kind].values()) if kind == "vote" else expected[kind]
        assert row.select_one(".lv-figures__count").get_text(strip=True) == str(count), (kind, expected)
        link = row.select_one("dt a")
        assert link is not None and resolve(site_dir, lang, where, link["href"]) == root + lists, kind
        assert (site_dir / (root + lists) / "index.html").is_file()
    assert expected["statement"] >= 1 and expected["vote"]["adopted"] >= 1  # the planted ones count
    detail = text_of(rows[ui["term_votes"]].select_one(".lv-figures__detail"))
    for outcome, count in expected["vote"].items():
        form = plural(count, lang)
        assert ui[f"term_votes_{outcome.replace('-', '_')}_{form}"].format(count=count) in detail


def test_term_so_far_leaves_out_drafts_and_scheduled_items(scratch):
    """The planted draft and scheduled statement are in the term but not published: not counted."""
    site_dir = scratch.build(AFTER)
    listed = {rel for _, rel in published_items(scratch.root, "pazinojumi", "lv", AFTER)}
    assert scratch.planted["statement"] in listed
    assert scratch.planted["draft"] not in listed and scratch.planted["scheduled"] not in listed
    assert not (site_dir / scratch.planted["draft"][:-3] / "index.html").exists()


# --- The home page: the newest of the record ---------------------------------------------------


def newest_entry_date(root: Path, lang: str, today: dt.date) -> dt.date:
    """The date of the newest published entry of any kind: statements and news on the site,
    meetings held (before today), votes up to today."""
    meetings = yaml.safe_load((root / "data" / "meetings.yml").read_text(encoding="utf-8")) or []
    votes = yaml.safe_load((root / "data" / "votes.yml").read_text(encoding="utf-8")) or []
    dates = [
        date for folder in ("pazinojumi", "jaunumi") for date, _ in published_items(root, folder, lang, today)
    ]
    dates += [dt.date.fromisoformat(m["date"]) for m in meetings if dt.date.fromisoformat(m["date"]) < today]
    dates += [
        dt.date.fromisoformat(str(v["date"])) for v in votes if dt.date.fromisoformat(str(v["date"])) <= today
    ]
    return max(dates)


def home_items(site_dir: Path, lang: str) -> list[dict]:
    items = []
    for section in page(site_dir, lang).select("section.lv-latest"):
        heading = section.select_one("h2").get_text(strip=True)
        for li in section.select("li.lv-record__item"):
            items.append(
                {
                    "heading": heading,
                    "kind": li.select_one(".lv-record__kind").get_text(strip=True),
                    "date": dt.date.fromisoformat(li.select_one("time")["datetime"]),
                    "href": resolve(site_dir, lang, "", li.select_one("h3 a")["href"]),
                }
            )
    return items


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("when, kind, planted", [(AFTER, "news", None), (DURING, "meeting", 14)])
def test_home_leads_with_the_newest_entry_of_any_kind_named(scratch, lang, when, kind, planted):
    """At AFTER the newest entry is the planted news item of that day; at DURING, the meeting of
    the day before (held; its statement-less kind is named "meeting")."""
    site_dir = scratch.build(when)
    ui = site_context.ui_for(lang)
    items = home_items(site_dir, lang)
    assert items, "the home page shows the record"
    assert items[0]["date"] == newest_entry_date(scratch.root, lang, when)
    root = site_context.language_root(lang)
    href = root + (
        scratch.planted["news"][:-3] + "/" if planted is None else f"sanaksmes/{meeting_id(planted)}/"
    )
    assert {"kind": ui[f"record_kind_{kind}"], "href": href} in [
        {k: item[k] for k in ("kind", "href")} for item in items
    ]
    kinds = {ui[f"record_kind_{name}"] for name in KINDS}
    assert all(item["kind"] in kinds for item in items)
    assert [item["date"] for item in items] == sorted((item["date"] for item in items), reverse=True)
    assert len(items) <= LATEST_ON_HOME
    if when == AFTER:  # a meeting whose vote is listed is not listed again
        assert f"{root}sanaksmes/{meeting_id(VOTE_DAY)}/" not in {item["href"] for item in items}
        assert f"{root}balsojumi/" in {item["href"].split("#")[0] for item in items}, (
            "the month's vote is shown"
        )
        assert root + scratch.planted["scheduled"][:-3] + "/" not in {item["href"] for item in items}
    # "Latest" only for the last RECENT_DAYS; older entries under another heading.
    for item in items:
        fresh = (when - item["date"]).days < RECENT_DAYS
        assert (item["heading"] == ui["home_record_latest"]) == fresh, item


@pytest.mark.parametrize("lang", LANGS)
def test_home_never_calls_old_entries_latest(scratch, lang):
    """Built a year after the newest synthetic entry: whatever is shown is not under "Latest"."""
    today = AFTER + dt.timedelta(days=400)
    site_dir = scratch.build(today)
    ui = site_context.ui_for(lang)
    items = home_items(site_dir, lang)
    assert items
    for item in items:
        fresh = (today - item["date"]).days < RECENT_DAYS
        assert (item["heading"] == ui["home_record_latest"]) == fresh, item
        if item["heading"] == ui["home_record_latest"]:  # the design's bound, whatever the constant says
            assert (today - item["date"]).days <= LATEST_AT_MOST, item
    if not any((today - item["date"]).days < RECENT_DAYS for item in items):
        assert items[0]["heading"] == ui["home_record_archive"]


# --- "Last updated" of a page made of the record ------------------------------------------------


class FakePage:
    def __init__(self, known):
        self.meta = {"git_revision_date_localized_raw_iso_date": known} if known else {}


def test_last_updated_is_the_newest_entry_when_it_is_newer_than_the_page():
    older, newer = FakePage("2026-01-05"), FakePage("2026-12-01")
    set_last_updated(older, dt.date(2026, 11, 26))
    set_last_updated(newer, dt.date(2026, 11, 26))
    assert older.meta[page_updated.UPDATED] == "2026-11-26"
    assert page_updated.UPDATED not in newer.meta  # the page's own later change stands
    untouched = FakePage("2026-01-05")
    set_last_updated(untouched, None)
    assert page_updated.UPDATED not in untouched.meta


def test_a_preview_counts_no_draft_or_scheduled_item():
    """A preview keeps drafts and scheduled items in the build (latvijaano/data/publication.py); the record
    leaves them out all the same."""

    class File:
        def __init__(self, src_uri):
            self.src_uri = src_uri

    class Item:
        def __init__(self, src_uri):
            self.file = File(src_uri)

    items = [Item("lv/pazinojumi/2026-11-10-a.md"), Item("lv/pazinojumi/2026-11-11-b.md")]
    withheld = {"pazinojumi/2026-11-11-b.md": object()}
    assert [item.file.src_uri for item in published(items, withheld)] == ["lv/pazinojumi/2026-11-10-a.md"]


def test_plural_forms_follow_the_language():
    assert [plural(n, "lv") for n in (1, 2, 11, 21, 10)] == ["one", "other", "other", "one", "other"]
    assert [plural(n, "en") for n in (1, 2, 21)] == ["one", "other", "other"]
