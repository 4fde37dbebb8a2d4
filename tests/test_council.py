"""The section "Drošības padomē" / "On the Council" and what depends on the build's date.

One build per date (SITE_DATE), shared by the tests of that date: the presidency on the home page
is coming, current or past, the membership is in the past tense after the term, and every timeline
entry carries its state as a class and in words. What is expected is derived from data/*.yml and
the date, never typed here. The Council table is checked against data/council.yml; bad council
data and a bad SITE_DATE stop the build with the file, the entry and what is wrong.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import html_pages, page_language, soup

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

pytestmark = pytest.mark.long(11)  # see conftest.pytest_collection_modifyitems

LANGS = ("lv", "en")
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}
SITE_URL = "http://127.0.0.1:8000/"
UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# A year added to the 2028 build's copy of data/council.yml: a new year needs the data file only.
EXTRA_YEAR = "2027"


def data(name: str, root: Path = ROOT):
    return yaml.safe_load((root / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def state(first: dt.date, last: dt.date, today: dt.date) -> str:
    return "coming" if today < first else "past" if today > last else "current"


def days_of(value: str) -> tuple[dt.date, dt.date]:
    """A timeline date ('2026-11-15', '2026-11', '2026') as its first and last day."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), dt.date(*parts)
    if len(parts) == 2:
        return dt.date(*parts, 1), dt.date(*parts, calendar.monthrange(*parts)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def literal_parts(text: str) -> list[str]:
    """The fixed words of a ui string around its {placeholders}."""
    return [part.strip(" ,.;–") for part in PLACEHOLDER.split(text) if part.strip(" ,.;–")]


def says(element, ui_key: str, lang: str) -> bool:
    text = " ".join(element.get_text(" ").split())
    return all(part in text for part in literal_parts(UI[ui_key][lang]))


def page(site_dir: Path, lang: str, path: str = ""):
    return soup(site_dir / LANGUAGE_ROOTS[lang] / path / "index.html")


# --- One build per date ------------------------------------------------------------------

DATES = ("2026-10-01", "2026-11-15", "2026-12-15", "2028-02-01")


def add_year(project: Path) -> None:
    """A copy of the last year in data/council.yml as EXTRA_YEAR: the members whose term ends
    before it are replaced by made-up ones (this copy is never published)."""
    path = project / "data" / "council.yml"
    years = data("council", project)
    last = years[-1]
    members = []
    for number, member in enumerate(last["members"]):
        term = member.get("term")
        if term and term["to"] < EXTRA_YEAR:
            member = {
                "lv": f"Testzeme {number}",
                "en": f"Testland {number}",
                "seat": "elected",
                "term": {"from": EXTRA_YEAR, "to": str(int(EXTRA_YEAR) + 1)},
            }
        members.append(member)
    years.append({"year": EXTRA_YEAR, "members": members})
    path.write_text(yaml.safe_dump(years, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """dated(date) -> the site built with SITE_DATE=date (built once per date in this module).
    The 2028 build is made from a copy whose data/council.yml has one more year."""
    built = {}

    def build(date: str) -> Path:
        if date not in built:
            folder = tmp_path_factory.mktemp(f"site-{date}")
            root = ROOT
            if date.startswith("2028"):
                root = copy_repo(folder / "repo")
                add_year(root)
            result = build_site(root, folder / "site", SITE_URL, env={"SITE_DATE": date})
            assert result.returncode == 0, (
                f"SITE_DATE={date}: the build failed:\n{result.stdout}\n{result.stderr}"
            )
            built[date] = (folder / "site", root)
        return built[date]

    return build


@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_presidency_and_membership_as_of_the_date(dated, date, lang):
    site_dir, root = dated(date)
    membership = data("membership", root)
    today = day(date)
    presidency_state = state(
        day(membership["presidency"]["start"]), day(membership["presidency"]["end"]), today
    )
    term_state = state(day(membership["term"]["start"]), day(membership["term"]["end"]), today)

    hero = page(site_dir, lang).select_one(".lv-hero")
    presidency = hero.select_one(".lv-hero__presidency")
    assert f"lv-hero__presidency--{presidency_state}" in presidency["class"]
    assert says(presidency, f"presidency_{presidency_state}", lang), presidency.get_text(" ", strip=True)
    month = day(membership["presidency"]["start"])
    assert str(month.year) in presidency.get_text()
    if lang == "en":
        assert month.strftime("%B %Y") in presidency.get_text()
    for other in {"coming", "current", "past"} - {presidency_state}:
        assert not says(presidency, f"presidency_{other}", lang)
    link = presidency.find("a")
    target = urljoin(SITE_URL + LANGUAGE_ROOTS[lang], link["href"])
    assert target == SITE_URL + LANGUAGE_ROOTS[lang] + "padome/prezidentura/"

    status = hero.select_one(".lv-hero__status")
    assert f"lv-hero__status--{term_state}" in status["class"]
    assert says(status, f"membership_{term_state}", lang), status.get_text(" ", strip=True)
    # The section's own status line says the same.
    line = page(site_dir, lang, "padome").select_one("article .lv-status")
    assert " ".join(line.get_text().split()) == " ".join(status.get_text().split())


def test_the_membership_is_in_the_past_tense_after_the_term(dated):
    site_dir, root = dated("2028-02-01")
    assert day("2028-02-01") > day(data("membership", root)["term"]["end"])
    for lang in LANGS:
        status = page(site_dir, lang).select_one(".lv-hero__status")
        assert says(status, "membership_past", lang) and not says(status, "membership_current", lang)


# --- No page speaks of the membership as current once the term is over -----------------------------

# Sentences that speak of Latvia's seat as current, in the shapes the templates' "current" lines
# (data/ui.yml membership_current, presidency_current) and any page would use: "Latvia is (one of
# the ten / a non-permanent) member of the Council", "Latvia holds the presidency", "Latvia sits on
# / represents ... on the Council". Defined here from those strings' grammar, not from today's pages.
PRESENT_TENSE = {
    "lv": [
        r"\bLatvija (?:šobrīd |tagad )?ir (?:viena no \w+ )?[^.;:]{0,40}?(?:Drošības padomes|Padomes) "
        r"(?:\w+ )?(?:locekle|loceklēm|prezidējošā valsts)",
        r"\bLatvija ir viena no (?:desmit|piecpadsmit) (?:\w+ )?loceklēm",
        r"\bLatviju (?:Drošības padomē|Padomē) pārstāv\b",
        r"\bLatvija (?:sēž|darbojas|strādā) (?:Drošības padomē|Padomē)\b",
    ],
    "en": [
        r"\bLatvia is (?:now )?(?:a|an|one of the \w+)(?: [\w-]+){0,3} members? of the (?:UN )?(?:Security )?Council",
        r"\bLatvia is one of the (?:ten|fifteen) (?:[\w-]+ )?members\b",
        r"\bLatvia (?:holds|is holding) the presidency\b",
        r"\bLatvia (?:sits|serves|works) on the (?:Security )?Council\b",
        r"\bLatvia is represented on the (?:Security )?Council\b",
    ],
}


def current_membership_sentences(site_dir: Path) -> list[str]:
    """Every place in the built pages (text and description) that speaks of the membership as current."""
    found = []
    for path in html_pages(site_dir):
        lang = page_language(site_dir, path)
        doc = soup(path)
        description = doc.select_one('meta[name="description"]')
        text = (
            " ".join(doc.body.get_text(" ").split()) + " " + (description["content"] if description else "")
        )
        for pattern in PRESENT_TENSE[lang]:
            found += [f"{path.relative_to(site_dir)}: {m.group(0)}" for m in re.finditer(pattern, text)]
    return found


def test_the_present_tense_patterns_match_the_current_lines():
    """The patterns catch the templates' own "current" sentences, filled in as the build fills them."""
    for lang in LANGS:
        for key in ("membership_current", "presidency_current"):
            line = UI[key][lang].format(
                start_year=2026, end_year=2027, month="November 2026", month_name="November 2026"
            )
            assert any(re.search(pattern, line) for pattern in PRESENT_TENSE[lang]), (lang, key, line)


def test_no_page_speaks_of_the_membership_as_current_after_the_term(dated):
    site_dir, root = dated("2028-02-01")
    assert day("2028-02-01") > day(data("membership", root)["term"]["end"])
    found = current_membership_sentences(site_dir)
    assert not found, "present tense after the term:\n" + "\n".join(found)


def test_pages_speak_of_the_membership_as_current_during_the_term(dated):
    site_dir, root = dated("2026-12-15")
    term = data("membership", root)["term"]
    assert day(term["start"]) <= day("2026-12-15") <= day(term["end"])
    assert current_membership_sentences(site_dir)


@pytest.mark.parametrize("date", DATES)
def test_timeline_entries_carry_their_state_for_everyone(dated, date):
    site_dir, root = dated(date)
    events = data("timeline", root)
    today = day(date)
    states = set()
    for lang in LANGS:
        items = page(site_dir, lang, "vesture").select("ol.lv-timeline > li")
        assert len(items) == len(events)
        for li, event in zip(items, events):
            expected = state(*days_of(str(event["date"])), today)
            states.add(expected)
            assert f"lv-timeline__event--{expected}" in li["class"], event["date"]
            # What is under way or coming is shown by the date (for the eye: a screen reader hears
            # the state once before each run of one state, tests/test_landmarks.py); past events
            # have no badge.
            words = li.select_one(".lv-timeline__state")
            if expected == "past":
                assert words is None, event["date"]
            else:
                assert words.get_text(strip=True) == f"({UI['timeline_' + expected][lang]})"
            run = li.find_parent("ol").find_previous_sibling("p")
            assert run.get_text(strip=True) == UI[f"timeline_run_{expected}"][lang], event["date"]
    assert "past" in states


def test_a_month_entry_is_current_all_that_month(dated):
    site_dir, root = dated("2026-11-15")
    months = [str(e["date"]) for e in data("timeline", root) if re.fullmatch(r"\d{4}-\d{2}", str(e["date"]))]
    assert "2026-11" in months, "the timeline has no entry for the presidency month"
    li = next(
        li
        for li in page(site_dir, "en", "vesture").select("ol.lv-timeline > li")
        if li.time["datetime"] == "2026-11"
    )
    assert "lv-timeline__event--current" in li["class"]


# --- The Council table ------------------------------------------------------------------------


def check_council_tables(site_dir: Path, years: list[dict]) -> None:
    for lang in LANGS:
        tables = page(site_dir, lang, "padome").select("article table")
        tables = [
            t for t in tables if t.caption and any(str(y["year"]) in t.caption.get_text() for y in years)
        ]
        assert len(tables) == len(years), f"{lang}: one table per year in data/council.yml"
        for table, year in zip(tables, years):
            assert str(year["year"]) in table.caption.get_text()
            assert [th.get("scope") for th in table.thead.find_all("th")] == ["col"] * 3
            rows = table.tbody.find_all("tr")
            # Shown permanent members first, then elected, each alphabetically (tests/test_reader.py
            # checks the order); here: the same members, each row with its own data.
            members = sorted(
                year["members"],
                key=lambda m: [" ".join(r.th.get_text().split()) for r in rows].index(m[lang]),
            )
            assert sorted(" ".join(r.th.get_text().split()) for r in rows) == sorted(
                m[lang] for m in year["members"]
            )
            for row, member in zip(rows, members):
                assert row.th["scope"] == "row"
                term = member.get("term")
                if term:
                    assert f"{term['from']}–{term['to']}" in row.get_text()
                marked = "lv-council__self" in (row.get("class") or [])
                assert marked == bool(member.get("self")), member["en"]
                assert bool(row.th.strong) == marked


@pytest.mark.content
def test_council_table_lists_each_year_of_the_data(site):
    years = data("council", site.root)
    assert any(m.get("self") for y in years for m in y["members"]), "Latvia is not marked in data/council.yml"
    check_council_tables(site.dir, years)


def test_a_new_year_needs_only_the_data_file(dated):
    site_dir, root = dated("2028-02-01")
    years = data("council", root)
    assert years[-1]["year"] == EXTRA_YEAR
    check_council_tables(site_dir, years)


# --- The home page and the priority pages lead into the section ----------------------------------


def page_url(path: str) -> str:
    """'padome/index.md' -> 'padome/', 'padome/prioritates.md' -> 'padome/prioritates/'."""
    path = path.removesuffix(".md")
    return path.removesuffix("index") if path.endswith("index") else path + "/"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_home_cards_lead_into_the_section(site, lang):
    expected = front_matter(site.root / "docs" / lang / "index.md")["council_cards"]
    assert expected, "the home page lists no council cards"
    base = SITE_URL + LANGUAGE_ROOTS[lang]
    links = [
        urljoin(base, a["href"])
        for a in page(site.dir, lang).select("section[aria-labelledby=lv-council] .lv-card__title a")
    ]
    assert links == [base + page_url(path) for path in expected]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_the_priority_cards_link_to_the_priorities_home(site, lang):
    """Each priority on the home page's cards leads back to the one home of the priorities (the
    term's priorities and the campaign directions they grew from): the index page of its section."""
    cards = front_matter(site.root / "docs" / lang / "index.md")["priority_cards"]
    assert cards
    for card in cards:
        path = page_url(card)
        target = SITE_URL + LANGUAGE_ROOTS[lang] + page_url(str(Path(card).parent / "index.md"))
        base = SITE_URL + LANGUAGE_ROOTS[lang] + path
        links = {urljoin(base, a["href"]) for a in page(site.dir, lang, path).select("article a[href]")}
        assert target in links, f"{lang}/{path} has no link to the priorities' home {target}"


@pytest.mark.content
def test_presidency_programme_lists_the_meetings_of_the_data(site):
    presidency = data("membership", site.root)["presidency"]
    meetings = [
        m for m in data("meetings", site.root) if presidency["start"] <= m["date"] <= presidency["end"]
    ]
    for lang in LANGS:
        article = page(site.dir, lang, "padome/prezidentura").select_one("article")
        assert len(article.select(".lv-programme li")) == len(meetings)
        assert "<!-- data:" not in str(article)


# --- Bad input stops the build ------------------------------------------------------------------

LV_THEN = r"[^\n]*[āčēģīķļņšūž][^\n]* / "  # the Latvian half of the message, then the English


def line_number(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def broken_build(tmp_path, file: str, old: str, new: str):
    """Build a copy whose `file` has `old` replaced by `new`; return (output, line of the change)."""
    project = copy_repo(tmp_path / "repo")
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    result = build_site(project, tmp_path / "site", SITE_URL)
    assert result.returncode != 0, f"the build passed with {new!r} in {file}"
    assert not (tmp_path / "site" / "padome" / "index.html").exists(), "a half-built site was left"
    return result.stdout + result.stderr, line_number(text, old)


def elected_member_line(text: str) -> str:
    """The first elected member's line in data/council.yml that is not Latvia's."""
    return next(
        line
        for line in text.splitlines()
        if "seat: elected" in line and "self:" not in line and "term:" in line
    )


def test_member_without_a_name_in_one_language_fails(tmp_path):
    line = elected_member_line((ROOT / "data" / "council.yml").read_text(encoding="utf-8"))
    english = re.search(r"en: ([^,]+), ", line)
    output, number = broken_build(tmp_path, "data/council.yml", line, line.replace(english.group(0), ""))
    assert re.search(
        rf"data/council\.yml:{number}: \d{{4}}\. gads, \d+\. locekle \([^)]+\), lauks 'en': trūkst"
        rf"{LV_THEN}year \d{{4}}, member \d+ \([^)]+\), field 'en': missing",
        output,
    ), output


def test_year_without_fifteen_members_fails(tmp_path):
    text = (ROOT / "data" / "council.yml").read_text(encoding="utf-8")
    line = elected_member_line(text)
    output, _ = broken_build(tmp_path, "data/council.yml", line + "\n", "")
    assert re.search(
        rf"data/council\.yml:\d+: {LV_THEN}year \d{{4}}: 14 members listed; the Council has 15", output
    ), output


def test_term_that_does_not_cover_the_year_fails(tmp_path):
    line = elected_member_line((ROOT / "data" / "council.yml").read_text(encoding="utf-8"))
    term = re.search(r'term: \{from: "\d{4}", to: "\d{4}"\}', line).group(0)
    output, number = broken_build(
        tmp_path, "data/council.yml", line, line.replace(term, 'term: {from: "1990", to: "1991"}')
    )
    assert re.search(
        rf"data/council\.yml:{number}: {LV_THEN}year \d{{4}}, member \d+ \([^)]+\): "
        r"the term 1990–1991 does not include \d{4}",
        output,
    ), output


def test_presidency_outside_the_term_fails(tmp_path):
    end = data("membership")["presidency"]["end"]
    output, _ = broken_build(tmp_path, "data/membership.yml", f'end: "{end}"', 'end: "2031-11-30"')
    assert re.search(
        rf"data/membership\.yml:\d+: prezidentūra: {LV_THEN}presidency: \S+ is not within the term", output
    ), output


@pytest.mark.parametrize("value", ["2026-13-01", "15.11.2026"])
def test_invalid_site_date_fails(tmp_path, value):
    result = build_site(ROOT, tmp_path / "site", SITE_URL, env={"SITE_DATE": value})
    assert result.returncode != 0
    assert f"SITE_DATE={value!r} is not a date" in result.stdout + result.stderr
