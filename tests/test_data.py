"""Facts kept once in data/*.yml reach the pages of both languages, and bad data stops the build.

The timeline, the peacekeeping missions and the permanent representations on the Latvian and
English pages are compared with the data files; a date changed in data/timeline.yml shows up,
written out, in both languages; a missing field, an impossible date, a link to no page or an
unknown marker fails the strict build with `path:line:` and the entry and field at fault.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import soup

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402
from test_news import MONTHS  # noqa: E402  (the months as each language writes them)

LANGS = ("lv", "en")
SITE_URL = "http://127.0.0.1:8000/"


def data(name: str, root: Path = ROOT) -> list[dict]:
    return yaml.safe_load((root / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def written(date: str, lang: str) -> str:
    """A timeline date as each language writes it, spelled out here independently of Babel."""
    parts = [int(part) for part in date.split("-")]
    if len(parts) == 1:
        return date
    month = MONTHS[lang][parts[1] - 1]
    if len(parts) == 2:
        return f"{parts[0]}. gada {month}" if lang == "lv" else f"{month} {parts[0]}"
    return f"{parts[0]}. gada {parts[2]}. {month}" if lang == "lv" else f"{parts[2]} {month} {parts[0]}"


def page(site_dir: Path, lang: str, path: str):
    return soup(site_dir / ("en/" if lang == "en" else "") / path / "index.html")


def words(element) -> str:
    return " ".join(element.get_text(" ").split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


# --- The real site ---------------------------------------------------------------------------


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_timeline_is_the_data_in_the_page_language(site, lang):
    events = data("timeline", site.root)
    # the events in runs of one state, one list each (overrides/partials/data/timeline.html)
    items = page(site.dir, lang, "vesture").select("article ol.lv-timeline > li")
    assert items, "vesture/ has no rendered timeline"
    assert [li.time["datetime"] for li in items] == [str(event["date"]) for event in events]
    assert [words(li.p) for li in items] == [squeeze(event[lang]) for event in events]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_timeline_dates_are_written_in_the_page_language(site, lang):
    times = {
        t["datetime"]: t.get_text() for t in page(site.dir, lang, "vesture").select("ol.lv-timeline time")
    }
    events = data("timeline", site.root)
    assert {len(str(e["date"])) for e in events} >= {4, 7, 10}, "years, months and days are all exercised"
    for event in events:
        assert times[str(event["date"])] == written(str(event["date"]), lang)


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_timeline_links_lead_to_pages_of_the_same_language(site, lang):
    events = [event for event in data("timeline", site.root) if event.get("link")]
    assert events, "the timeline links no page at all"
    base = site.dir / ("en" if lang == "en" else "") / "vesture"
    for event in events:
        li = next(
            li
            for li in page(site.dir, lang, "vesture").select("ol.lv-timeline > li")
            if li.time["datetime"] == str(event["date"]) and li.a
        )
        target = (base / li.a["href"] / "index.html").resolve()
        expected = (
            site.dir
            / ("en" if lang == "en" else "")
            / event["link"].removesuffix(".md").removesuffix("index").rstrip("/")
            / "index.html"
        ).resolve()
        assert target == expected and target.is_file(), f"{event['date']}: {li.a['href']}"


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_missions_are_the_data(site, lang):
    missions = data("missions", site.root)
    label = data("ui", site.root)["missions_described"][lang]
    table = next(
        t
        for t in page(site.dir, lang, "vesture").select("article table")
        if missions[0]["name"] in t.get_text()
    )
    assert table.caption and table.caption.get_text(strip=True)
    rows = table.tbody.find_all("tr")
    assert len(rows) == len(missions)
    for row, mission in zip(rows, missions):
        text = words(row)
        assert mission["name"] in text
        assert squeeze(mission["full_name"][lang]) in text
        assert squeeze(mission["place"][lang]) in text
        assert str(mission["since"]) in text
        # A Latvian description (described: true) is labelled as one and gives the UN's own name,
        # marked as English; a name is shown as it is.
        un_name = row.select_one('[lang="en"]')
        if mission.get("described") and lang != "en":
            assert label in text
            assert un_name and squeeze(un_name.get_text()) == squeeze(mission["full_name"]["en"])
        else:
            assert label not in text and un_name is None


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_representations_are_the_data(site, lang):
    table = page(site.dir, lang, "organizacijas").select_one("article table")
    assert table is not None and table.caption and table.caption.get_text(strip=True)
    rows = [[words(cell) for cell in row.find_all(["th", "td"])] for row in table.tbody.find_all("tr")]
    expected = [
        [squeeze(r["organisation"][lang]), squeeze(r["city"][lang])]
        for r in data("representations", site.root)
    ]
    assert rows == expected


def test_data_markers_are_gone_from_the_pages(site):
    for path in ("vesture", "organizacijas", "jaunumi", "en/vesture", "en/organizacijas", "en/jaunumi"):
        assert "<!-- data:" not in (site.dir / path / "index.html").read_text(encoding="utf-8")


# --- Changed data --------------------------------------------------------------------------


def test_a_date_changed_in_the_data_changes_both_languages(tmp_path):
    """The first full date and the first month of the timeline, each moved by one: both
    languages show the new dates, written out, and not the old ones."""
    project = copy_repo(tmp_path / "repo")
    timeline = project / "data" / "timeline.yml"
    text = timeline.read_text(encoding="utf-8")
    dates = [str(e["date"]) for e in data("timeline", project)]
    day = next(
        d for d in dates if len(d) == 10 and d[8:] < "28" and d[:8] + f"{int(d[8:]) + 1:02d}" not in dates
    )
    month = next(
        d for d in dates if len(d) == 7 and d[5:] < "12" and f"{d[:5]}{int(d[5:]) + 1:02d}" not in dates
    )
    new_day, new_month = day[:8] + f"{int(day[8:]) + 1:02d}", f"{month[:5]}{int(month[5:]) + 1:02d}"
    assert text.count(f'date: "{day}"') == 1 and text.count(f'date: "{month}"') == 1
    timeline.write_text(
        text.replace(f'date: "{day}"', f'date: "{new_day}"').replace(
            f'date: "{month}"', f'date: "{new_month}"'
        ),
        encoding="utf-8",
    )
    result = build_site(project, tmp_path / "site", SITE_URL)
    assert result.returncode == 0, result.stdout + result.stderr
    for lang in LANGS:
        times = {
            t["datetime"]: t.get_text()
            for t in page(tmp_path / "site", lang, "vesture").select("ol.lv-timeline time")
        }
        assert times.get(new_day) == written(new_day, lang)
        assert times.get(new_month) == written(new_month, lang)
        assert day not in times and month not in times


# --- Invalid data ----------------------------------------------------------------------------

LV_THEN = r"[^\n]*[āčēģīķļņšūž][^\n]* / "  # the Latvian half of the message, then the English


def appended_build(tmp_path, file: str, text: str):
    """Build a copy with `text` (an entry of the test's own) appended to `file`; return the output
    and the line where the appended text starts. No existing entry is named or changed, so the
    tests hold whatever the data holds today."""
    project = copy_repo(tmp_path / "repo")
    path = project / file
    before = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(before + text, encoding="utf-8")
    result = build_site(project, tmp_path / "site", SITE_URL)
    assert result.returncode != 0, f"the build passed with {text!r} appended to {file}"
    entries = len(yaml.safe_load(before) or [])
    return result.stdout + result.stderr, before.count("\n") + 1, entries + 1


# The test's own timeline entries are dated after every real one (the order stays valid).
LATE = "2999-01-01"


def test_missing_field_fails_naming_file_entry_and_field(tmp_path):
    output, line, number = appended_build(
        tmp_path, "data/timeline.yml", f'- date: "{LATE}"\n  lv: Pārbaudes notikums.\n'
    )
    assert re.search(
        rf"data/timeline\.yml:{line}: {number}\. ieraksts \({LATE}\), lauks 'en': trūkst[^\n]* / "
        rf"entry {number} \({LATE}\), field 'en': missing",
        output,
    ), output


def test_impossible_date_fails_naming_file_line_entry_and_field(tmp_path):
    output, line, number = appended_build(
        tmp_path, "data/timeline.yml", '- date: "2999-13"\n  lv: Pārbaude.\n  en: A test.\n'
    )
    assert re.search(
        rf"data/timeline\.yml:{line}: {LV_THEN}entry {number} \(2999-13\), field 'date': "
        r"'2999-13' is not a valid date",
        output,
    ), output


def test_date_in_another_form_fails(tmp_path):
    output, line, number = appended_build(
        tmp_path, "data/timeline.yml", '- date: "13. 2999"\n  lv: Pārbaude.\n  en: A test.\n'
    )
    assert re.search(
        rf"data/timeline\.yml:{line}: {LV_THEN}entry {number} \(13\. 2999\), field 'date'", output
    ), output


def test_link_to_no_page_fails_naming_the_missing_pages(tmp_path):
    output, line, number = appended_build(
        tmp_path,
        "data/timeline.yml",
        f'- date: "{LATE}"\n  lv: Pārbaude.\n  en: A test.\n  link: nav-tadas-lapas.md\n',
    )
    assert re.search(
        rf"data/timeline\.yml:{line + 3}: {LV_THEN}entry {number} \({LATE}\), field 'link'", output
    ), output
    assert "docs/lv/nav-tadas-lapas.md" in output and "docs/en/nav-tadas-lapas.md" in output


def test_mission_without_place_fails(tmp_path):
    output, line, number = appended_build(
        tmp_path,
        "data/missions.yml",
        '- name: TEST\n  full_name:\n    lv: Pārbaudes misija\n    en: Test mission\n  since: "2024"\n',
    )
    assert re.search(
        rf"data/missions\.yml:{line}: {LV_THEN}entry {number} \(TEST\), field 'place': missing", output
    ), output


def test_representation_with_unknown_field_fails(tmp_path):
    output, line, number = appended_build(
        tmp_path,
        "data/representations.yml",
        "- organisation:\n    lv: Pārbaude\n    en: Test\n  city:\n    lv: Rīga\n    en: Riga\n    de: Riga\n",
    )
    assert re.search(
        rf"data/representations\.yml:{line + 6}: {number}\. ieraksts \(Test\), lauks 'city\.de': "
        rf"nezināms lauks 'de'{LV_THEN}entry {number} \(Test\), field 'city\.de': unknown field 'de'",
        output,
    ), output


def test_unknown_marker_fails_naming_page_and_line(tmp_path):
    project = copy_repo(tmp_path / "repo")
    for lang in LANGS:
        text = (
            "---\ntitle: Marķieris\ndescription: Lapa ar nezināmu datu vietu "
            + lang
            + ".\n---\n\n# Marķieris\n\n"
            + "Pārbaudes teksts par datu vietām lapās, kas jāatrod būvējumam. " * 5
            + "\n\n<!-- data: nav-tada -->\n"
        )
        (project / "docs" / lang / "markieris.md").write_text(text, encoding="utf-8")
    line = text.split("\n").index("<!-- data: nav-tada -->") + 1
    result = build_site(project, tmp_path / "site", SITE_URL)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(
        rf"docs/(lv|en)/markieris\.md:{line}: nezināma datu vieta{LV_THEN}"
        r"unknown data marker '<!-- data: nav-tada -->'",
        output,
    ), output
