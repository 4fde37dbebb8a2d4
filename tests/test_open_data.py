"""Open data (latvijaano/outputs/open_data.py): dati/pazinojumi.json|csv and dati/balsojumi.json|csv, in each
language, with their JSON Schemas beside them and a page that lists them.

- the JSON and the CSV parse, fit the schema published beside them, and hold the same records;
- they hold what the pages show: each statement of the list (title, date, type, priorities, the
  votes it explains), each row of the register (symbols, Latvia's vote, outcome, counts, the
  explanation's page), in the page's language;
- the open data page lists every file with its fields, and the lists link to it;
- every data set's title, description and field meanings have their own Latvian wording.

On the real build (whatever its content) and on tests/votes_scratch.py's copy, where an editor has
recorded votes. Expectations are read from the built pages and the copies' sources.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jinja2
import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from site_pages import soup
from test_statements import FOLDER, lang_root, page_of, resolve
from votes_scratch import expected_ids, voted  # noqa: F401

pytestmark = pytest.mark.long(15)

LANGS = ("lv", "en")
DATA_SETS = ("pazinojumi", "balsojumi")


def read(site_dir: Path, lang: str, name: str) -> tuple[list, list[dict], dict]:
    folder = site_dir / lang_root(lang) / "dati"
    records = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((folder / f"{name}.csv").read_text(encoding="utf-8-sig"))))
    schema = json.loads((folder / f"{name}.schema.json").read_text(encoding="utf-8"))
    return records, rows, schema


def as_csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def check_files(site_dir: Path) -> None:
    for lang in LANGS:
        for name in DATA_SETS:
            records, rows, schema = read(site_dir, lang, name)
            jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
                records
            )
            assert [list(row) for row in rows] == [list(schema["items"]["properties"])] * len(rows)
            assert rows == [{key: as_csv_cell(value) for key, value in record.items()} for record in records]


def check_statements_match_the_list(site_dir: Path, site_url: str) -> None:
    for lang in LANGS:
        records, _, _ = read(site_dir, lang, "pazinojumi")
        index = page_of(site_dir, f"{lang_root(lang)}{FOLDER}")
        # every statement of the language: the list's pages (newest first) are the reference
        listed, page, seen = [], index, set()
        while page and page not in seen:
            seen.add(page)
            for item in soup(page).select("ul.lv-statements > li"):
                link = item.select_one("h2 a")
                listed.append(
                    {
                        "url": site_url + resolve(site_dir, page, link["href"]),
                        "title": link.get_text(),
                        "date": item.select_one("time")["datetime"],
                        "kind": item.select_one(".lv-statement-kind__type").get_text(),
                    }
                )
            following = soup(page).select_one('.lv-pagination a[rel="next"]')
            page = (
                (site_dir / resolve(site_dir, page, following["href"]) / "index.html") if following else None
            )
        assert [(r["url"], r["title"], r["date"], r["type_text"]) for r in records] == [
            (item["url"], item["title"], item["date"], item["kind"]) for item in listed
        ]
        for record in records:
            statement = page_of(site_dir, record["url"][len(site_url) :])
            facts = soup(statement).select_one("dl.lv-statement-facts").get_text(" ")
            assert (record["speaker"] or "") in facts and record["type_text"] in facts
            # the meeting as the page names it (its title, also when the page names it by id)
            shown = next(
                row.dd.get_text(" ", strip=True)
                for row in soup(statement).select("dl.lv-statement-facts > div")
                if row.dt.get_text(strip=True) == ui_text("statement_meeting", lang)
            )
            assert record["meeting"] == shown, (record["id"], record["meeting"], shown)
            lines = [line.get_text() for line in soup(statement).select("article .lv-vote-line")]
            assert len(lines) == len(record["vote_ids"])


@pytest.mark.content
def test_the_real_builds_open_data_parses_fits_its_schema_and_matches_the_pages(site):
    check_files(site.dir)
    check_statements_match_the_list(site.dir, site.url)


def test_with_votes_the_open_data_holds_them_as_the_register_shows_them(voted):
    site_dir, site_url = voted["site"], voted["url"]
    check_files(site_dir)
    check_statements_match_the_list(site_dir, site_url)
    for lang in LANGS:
        records, _, _ = read(site_dir, lang, "balsojumi")
        register = page_of(site_dir, f"{lang_root(lang)}balsojumi")
        rows = soup(register).select("table.lv-votes tbody tr")
        assert [record["url"].rsplit("#", 1)[1] for record in records] == [row["id"] for row in rows]
        assert records, "the copy has votes"
        for record, row in zip(records, rows):
            text = row.get_text(" ")
            assert record["url"] == f"{site_url}{lang_root(lang)}balsojumi/#{row['id']}"
            for field in ("draft", "resolution", "submitted_by", "subject", "vote_text", "outcome_text"):
                assert record[field] is None or record[field] in text, field
            assert str(record["in_favour"]) in text and str(record["abstentions"]) in text
            explanation = row.select_one('td[data-label] a[href]:not([href^="https://"])')
            if record["explanation_id"]:
                assert record["explanation_url"] == site_url + resolve(
                    site_dir, register, explanation["href"]
                )
                statements, _, _ = read(site_dir, lang, "pazinojumi")
                explained = next(s for s in statements if s["id"] == record["explanation_id"])
                assert record["id"] in explained["vote_ids"] and explained["type"] == "explanation-of-vote"
            else:
                assert explanation is None


@pytest.mark.parametrize("lang", LANGS)
def test_open_data_page_lists_every_file_with_its_fields_and_the_lists_link_it(voted, lang):
    site_dir = voted["site"]
    page = page_of(site_dir, f"{lang_root(lang)}dati")
    for name in DATA_SETS:
        section = soup(page).select_one(f"#lv-open-data-{name}").parent
        files = {
            resolve(site_dir, page, a["href"]).rstrip("/") for a in section.select(".lv-open-data__files a")
        }
        assert files == {
            f"{lang_root(lang)}dati/{name}.{suffix}" for suffix in ("json", "csv", "schema.json")
        }
        for target in files:
            assert (site_dir / target).is_file()
        _, _, schema = read(site_dir, lang, name)
        assert [code.get_text() for code in section.select("table code")] == list(
            schema["items"]["properties"]
        )
        # the page that shows the data, by its own title
        shown = section.select_one("a.lv-more")
        target = page_of(site_dir, resolve(site_dir, page, shown["href"]))
        assert shown.get_text() == soup(target).select_one("article h1").get_text()
    for listing in (f"{lang_root(lang)}{FOLDER}", f"{lang_root(lang)}balsojumi"):
        listing_page = page_of(site_dir, listing)
        linked = {
            resolve(site_dir, listing_page, a["href"])
            for a in soup(listing_page).select("nav.lv-filters a[href]")
        }
        assert f"{lang_root(lang)}dati/" in linked


@pytest.mark.parametrize("lang", LANGS)
def test_every_file_beside_the_open_data_page_is_linked_from_it(site, lang):
    """A file in dati/ that the page does not link is one a reader cannot find (the meetings'
    calendar, sanaksmes.ics, was named in a description but not linked: issue 39)."""
    page = page_of(site.dir, f"{lang_root(lang)}dati")
    linked = {resolve(site.dir, page, a["href"]).rstrip("/") for a in soup(page).select("article a[href]")}
    folder = site.dir / lang_root(lang) / "dati"
    files = {f"{lang_root(lang)}dati/{path.name}" for path in folder.iterdir() if path.name != "index.html"}
    assert files and not files - linked, f"not linked from {lang_root(lang)}dati/: {sorted(files - linked)}"


# --- Issue 35: votes without a draft symbol; a data set without records --------------------------


def ui_text(key: str, lang: str) -> str:
    return yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))[key][lang]


def test_a_vote_without_a_draft_symbol_is_null_in_the_open_data_never_a_made_up_one(voted):
    entries = yaml.safe_load((voted["repo"] / "data" / "votes.yml").read_text(encoding="utf-8"))
    assert any(not entry.get("draft") for entry in entries), "the copy has a vote without a draft symbol"
    for lang in LANGS:
        records, rows, schema = read(voted["site"], lang, "balsojumi")
        by_id = {record["id"]: (record, row) for record, row in zip(records, rows)}
        assert sorted(by_id) == sorted(expected_ids(entries))
        for entry, vote_id in zip(entries, expected_ids(entries)):
            record, row = by_id[vote_id]
            assert record["draft"] == entry.get("draft") and row["draft"] == (entry.get("draft") or "")
            assert record["resolution"] == entry.get("resolution")
            assert record["submitted_by"] == (
                entry["submitted_by"][lang] if entry.get("submitted_by") else None
            )
        # the published schema says what an empty draft and the submitter mean, in both languages
        for field in ("draft", "submitted_by", "id"):
            spec = schema["items"]["properties"][field]
            assert spec["description"] and spec["description_lv"], field
        assert "null" in schema["items"]["properties"]["draft"]["type"]


def check_record_counts(site_dir: Path) -> None:
    """Each data set on the open data page says how many records its files hold, or, with none,
    says so in words."""
    for lang in LANGS:
        page = soup(page_of(site_dir, f"{lang_root(lang)}dati"))
        for section in page.select("section.lv-open-data"):
            name = section.select_one("h2")["id"].removeprefix("lv-open-data-")
            records = json.loads(
                (site_dir / lang_root(lang) / "dati" / f"{name}.json").read_text(encoding="utf-8")
            )
            said = section.select_one(".lv-open-data__count")
            assert said is not None, name
            expected = (
                ui_text("open_data_empty", lang)
                if not records
                else ui_text("open_data_records", lang).format(count=len(records))
            )
            assert said.get_text(strip=True) == expected, (lang, name)


@pytest.mark.content
def test_the_real_open_data_page_counts_each_data_set_or_says_it_is_empty(site):
    check_record_counts(site.dir)


def test_with_votes_the_open_data_page_counts_them(voted):
    check_record_counts(voted["site"])


def test_an_empty_data_set_is_said_in_words():
    """The page's template, given a data set without records (as the register was before its first
    vote): the sentence that says so, not a bare count; with records, their number. (The builds
    above check that the page gets the files' real counts.)"""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "overrides" / "partials" / "data"), autoescape=True
    )
    for lang in LANGS:
        ui = {
            key: texts[lang]
            for key, texts in yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8")).items()
            if isinstance(texts, dict) and lang in texts
        }
        data_set = {"name": "balsojumi", "title": "T", "description": "D", "fields": [], "page": None}
        for count, expected in ((0, ui["open_data_empty"]), (7, ui["open_data_records"].format(count=7))):
            html = env.get_template("open-data.html").render(ui=ui, data_sets=[{**data_set, "count": count}])
            assert (
                BeautifulSoup(html, "html.parser").select_one(".lv-open-data__count").get_text(strip=True)
                == expected
            )


# --- Every text of the open data page in the page's language (native read of issue 36) ------------


def test_every_data_set_and_field_is_described_in_both_languages():
    """The open data page shows each schema's title, description and field meanings in the page's
    language, falling back to the English where a schema has no `title_lv`/`description_lv`: the
    Latvian page would then show English text. Each text has its own Latvian wording."""
    from latvijaano.pages import open_data_page

    names = open_data_page.data_set_names(ROOT)
    assert names
    latvian, english = (open_data_page.files_view(ROOT, names, lang) for lang in LANGS)
    only_english = []
    for lv_set, en_set in zip(latvian, english):
        for key in ("title", "description"):
            if lv_set[key] == en_set[key]:
                only_english.append(f"{lv_set['name']}: {key}")
        only_english += [
            f"{lv_set['name']}: {lv_field['name']}"
            for lv_field, en_field in zip(lv_set["fields"], en_set["fields"])
            if lv_field["text"] == en_field["text"]
        ]
    assert not only_english, f"English only on the Latvian page: {only_english}"
