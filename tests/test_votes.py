"""How Latvia voted (latvijaano/votes/) and the statements' types and filters.

- Bad input in data/votes.yml (every case of issue 26) or in a statement's type fields: the
  content check and the strict build name the file and the entry's line, in both languages, and
  nothing is built.
- An editor records a vote and its explanation with the scaffolds (tests/votes_scratch.py): the
  register page, the statement, the priority page, the feeds show them in both languages; the
  plain filter pages list exactly the statements (or votes) of their type, year, outcome.
- With an empty register there is no page and no navigation entry (the real site today, or any
  copy with an empty register).
- The filters are links only, one control (issue 35): no menus, no script.

Expectations come from the copies' own sources, never from today's content.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site, free_port, serve
from mkdocs.utils.meta import get_data
from site_pages import html_pages, soup
from test_statements import ATOM, FOLDER, lang_root, page_of, page_url, resolve
from votes_scratch import (  # noqa: F401
    EXPLANATION,
    GROUP,
    JOINT,
    SITE_DATE,
    VOTES,
    expected_anchors,
    expected_ids,
    priority_keys,
    voted,
)

sys.path.insert(0, str(ROOT / "scripts"))
import search_eval  # noqa: E402
from new_page import ScaffoldError  # noqa: E402
from new_vote import add_vote  # noqa: E402
from scratch import copy_repo  # noqa: E402

from latvijaano.data import publication
from latvijaano.rules.model import STATEMENT_TYPES
from latvijaano.votes import register as votes_register

pytestmark = pytest.mark.long(25)

LANGS = ("lv", "en")
CHECK = ROOT / "scripts" / "check_content.py"
VOTE_LINE = {"lv": "Latvija balsoja par", "en": "Latvia voted in favour of"}
REGISTER = "balsojumi"


def stem(spec: dict) -> str:
    return f"{spec['date']}-{spec['slug']}"


def statements_of(root: Path, lang: str) -> list[dict]:
    """The copy's published statements of a language: meta and URL."""
    withheld = publication.withheld_pages(root / "docs", dt.date.fromisoformat(SITE_DATE))
    found = []
    for path in sorted((root / "docs" / lang / FOLDER).glob("[0-9]*.md")):
        if f"{FOLDER}/{path.name}" not in withheld:
            _, meta = get_data(path.read_text(encoding="utf-8"))
            found.append({"meta": meta, "url": f"{lang_root(lang)}{FOLDER}/{path.stem}/", "stem": path.stem})
    return found


def statement_links(site_dir: Path, page_path: Path) -> set[str]:
    """The statements a list page links to, from its lists only (not the filters or the menus)."""
    urls = set()
    for a in soup(page_path).select("article ul.lv-statements a[href]"):
        url = resolve(site_dir, page_path, a["href"])
        if re.search(rf"{FOLDER}/\d{{4}}-\d{{2}}-\d{{2}}-[^/]+/$", url):
            urls.add(url)
    return urls


def register_entries(root: Path) -> list:
    return yaml.safe_load((root / "data" / "votes.yml").read_text(encoding="utf-8")) or []


def newest_first(entries: list) -> list[tuple[dict, str]]:
    """(entry, its row's anchor) in the page's order: newest first, a day's votes by their ids."""
    return [
        (entry, anchor)
        for entry, vote_id, anchor in sorted(
            zip(entries, expected_ids(entries), expected_anchors(entries)),
            key=lambda found: (str(found[0]["date"]), found[1]),
            reverse=True,
        )
    ]


# --- Bad input --------------------------------------------------------------------------------

# Each bad entry: (its fields, the line's field, Latvian words, English words). Every entry is
# valid but for its one fault, so each message is that fault's.
GOOD = dict(
    date="2026-05-05",
    subject={"lv": "Temats", "en": "Subject"},
    vote="in-favour",
    outcome="adopted",
    in_favour=13,
    against=0,
    abstentions=2,
    not_voting=0,
)
BAD_ENTRIES = [
    (
        "unknown-vote",
        dict(GOOD, draft="S/2026/1", resolution="S/RES/3001 (2026)", vote="yes"),
        "vote",
        "'yes' nav atļauts",
        "'yes' is not allowed",
    ),
    (
        "unknown-outcome",
        dict(GOOD, draft="S/2026/2", outcome="passed"),
        "outcome",
        "'passed' nav atļauts",
        "'passed' is not allowed",
    ),
    (
        "counts-not-15",
        dict(GOOD, draft="S/2026/3", resolution="S/RES/3003 (2026)", abstentions=1),
        "in_favour",
        "balsis kopā ir 14, nevis 15",
        "the counts add up to 14, not 15",
    ),
    (
        "resolution-year",
        dict(GOOD, draft="S/2026/4", resolution="S/RES/3004 (2025)"),
        "resolution",
        "rezolūcijas gads (2025) nav balsojuma gads (2026)",
        "the resolution's year (2025) is not the vote's year (2026)",
    ),
    (
        "adopted-without-symbol",
        dict(GOOD, draft="S/2026/5"),
        "outcome",
        "pieņemtam projektam vajag 'resolution:'",
        "an adopted draft needs 'resolution:'",
    ),
    (
        "adopted-short-of-nine",
        dict(GOOD, draft="S/2026/6", resolution="S/RES/3006 (2026)", in_favour=8, abstentions=7),
        "outcome",
        "„par” ir tikai 8 balsis",
        "with only 8 votes in favour",
    ),
    (
        "explanation-missing",
        dict(GOOD, draft="S/2026/7", resolution="S/RES/3007 (2026)", explanation="2026-05-05-nav-tada"),
        "explanation",
        "balsojuma skaidrojuma paziņojuma nav",
        "the explanation of vote does not exist",
    ),
    (
        "explanation-not-eov",
        dict(
            GOOD,
            draft="S/2026/8",
            resolution="S/RES/3008 (2026)",
            explanation="2026-05-05-parasts-pazinojums",
        ),
        "explanation",
        "paziņojums nav balsojuma skaidrojums",
        "the statement is not an explanation of vote",
    ),
    (
        "same-draft-twice",
        dict(GOOD, draft="S/2026/3", resolution="S/RES/3009 (2026)"),
        "draft",
        "projekts S/2026/3 jau ir 3. ierakstā",
        "the draft S/2026/3 is already entry 3",
    ),
    # and what else would contradict itself
    (
        "vote-not-in-counts",
        dict(GOOD, draft="S/2026/10", resolution="S/RES/3010 (2026)", vote="against"),
        "vote",
        "'against' ir 0",
        "'against' is 0",
    ),
    (
        "not-adopted-with-resolution",
        dict(
            GOOD,
            draft="S/2026/11",
            outcome="not-adopted",
            resolution="S/RES/3011 (2026)",
            in_favour=8,
            abstentions=7,
        ),
        "resolution",
        "nepieņemtam projektam nav rezolūcijas",
        "a draft that was not adopted has no resolution",
    ),
    (
        "insufficient-votes-with-nine",
        dict(
            GOOD,
            draft="S/2026/12",
            outcome="not-adopted",
            reason="insufficient-votes",
            against=1,
            abstentions=1,
        ),
        "reason",
        "'reason: insufficient-votes', bet „par” ir 13",
        "'reason: insufficient-votes' with 13 votes in favour",
    ),
    (
        "unknown-meeting",
        dict(GOOD, draft="S/2026/13", resolution="S/RES/3013 (2026)", meeting="2026-05-09-nav-tadas"),
        "meeting",
        "sanāksmes '2026-05-09-nav-tadas' nav failā data/meetings.yml",
        "the meeting '2026-05-09-nav-tadas' is not in data/meetings.yml",
    ),
    # a vote whose sources give no draft symbol (issue 35): reported at the entry's own line
    (
        "no-symbol-nor-submitter",
        dict(GOOD, resolution="S/RES/3020 (2026)"),
        "date",
        "nav norādīts ne projekta simbols ('draft:'), ne tas, kas projektu iesniedza",
        "neither the draft's symbol ('draft:') nor who put the draft forward",
    ),
    (
        "same-resolution-twice",
        dict(GOOD, resolution="S/RES/3003 (2026)", submitted_by={"lv": "Valsts", "en": "State"}),
        "resolution",
        "rezolūcija S/RES/3003 (2026) jau ir 3. ierakstā",
        "the resolution S/RES/3003 (2026) is already entry 3",
    ),
]
# Statement front matter faults: (file stem, extra front matter, key of the line, Latvian, English).
BAD_STATEMENTS = [
    (
        "2026-05-01-nezinams-veids",
        "type: speech\n",
        "type",
        "Nezināms paziņojuma veids 'type: speech'",
        "Unknown statement type 'type: speech'",
    ),
    (
        "2026-05-02-bez-laika",
        "type: explanation-of-vote\n",
        "type",
        "Balsojuma skaidrojumam vajag 'vote_timing",
        "An explanation of vote needs 'vote_timing",
    ),
    (
        "2026-05-03-bez-grupas",
        "type: joint-statement\n",
        "type",
        "Kopīgam paziņojumam vajag 'on_behalf_of:'",
        "A joint statement needs 'on_behalf_of:'",
    ),
    (
        "2026-05-04-nezinams-statuss",
        "delivery: final\n",
        "delivery",
        "Nezināms 'delivery: final'",
        "Unknown 'delivery: final'",
    ),
]


def statement_text(lang: str, title: str, extra: str, key: str) -> str:
    words = (
        "Pārbaudes teksts ar pietiekami daudz vārdiem, lai garuma pārbaude to pieņemtu bez iebildumiem; "
        if lang == "lv"
        else "A test text with enough words for the length check to accept it at once; "
    ) * 4
    return (
        f'---\ntitle: "{title}"\ndescription: "{title} ({lang}, {key})."\ndate: {key[:10]}\n'
        f'meeting: "{title}"\nspeaker: "{title}"\npriorities: [{{priority}}]\n'
        f"source: https://example.org/{key}\n{extra}---\n\n# {title}\n\n{words}\n"
    )


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """A copy with every bad entry in data/votes.yml and every bad statement; the content check's
    and the strict build's output."""
    root = copy_repo(tmp_path_factory.mktemp("votes-broken") / "project")
    priority = priority_keys(root)[0]
    for name, extra, _, _, _ in BAD_STATEMENTS + [
        ("2026-05-05-parasts-pazinojums", "type: statement\n", "", "", "")
    ]:
        for lang in LANGS:
            (root / "docs" / lang / FOLDER / f"{name}.md").write_text(
                statement_text(
                    lang, f"Pārbaude {name}" if lang == "lv" else f"Test {name}", extra, name
                ).replace("{priority}", priority),
                encoding="utf-8",
            )
    lines = ["# bad entries, one fault each"]
    for _, fields, _, _, _ in BAD_ENTRIES:
        for number, (key, value) in enumerate(fields.items()):
            lead = "- " if number == 0 else "  "
            if isinstance(value, dict):
                lines += [f"{lead}{key}:", f"    lv: {value['lv']}", f"    en: {value['en']}"]
            else:
                lines.append(
                    f"{lead}{key}: {value if isinstance(value, int) else repr(value) if ' ' in value else value}"
                )
    (root / "data" / "votes.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    check = subprocess.run([sys.executable, str(CHECK), "--root", str(root)], capture_output=True, text=True)
    build = build_site(root, root / "_site", f"http://127.0.0.1:{free_port()}/")
    return {"root": root, "check": check, "build": build}


def entry_field_line(root: Path, index: int, field: str) -> int:
    """The line of `field` in entry `index` of the copy's data/votes.yml."""
    lines = (root / "data" / "votes.yml").read_text(encoding="utf-8").split("\n")
    starts = [number for number, text in enumerate(lines, 1) if text.startswith("- ")]
    end = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1
    return next(
        number for number in range(starts[index], end) if re.match(rf"^(- |  ){field}:", lines[number - 1])
    )


@pytest.mark.parametrize("index", range(len(BAD_ENTRIES)), ids=[case[0] for case in BAD_ENTRIES])
def test_each_bad_vote_is_named_at_its_entry_line_in_both_languages(broken, index):
    name, fields, field, lv, en = BAD_ENTRIES[index]
    line = entry_field_line(broken["root"], index, field)
    name = fields.get("draft") or fields.get("resolution") or fields["date"]
    label_lv, label_en = f"{index + 1}. ieraksts ({name})", f"entry {index + 1} ({name})"
    for output in (broken["check"].stdout, broken["build"].stdout + broken["build"].stderr):
        found = [text for text in output.splitlines() if f"data/votes.yml:{line}: " in text]
        assert any(
            label_lv in text
            and lv in text
            and label_en in text
            and en in text
            and text.index(lv) < text.index(" / ") < text.index(en)
            for text in found
        ), (name, found, output)


@pytest.mark.parametrize("case", BAD_STATEMENTS, ids=[case[0] for case in BAD_STATEMENTS])
def test_each_bad_statement_type_is_named_at_its_line_in_both_languages(broken, case):
    name, extra, key, lv, en = case
    for lang in LANGS:
        path = f"docs/{lang}/{FOLDER}/{name}.md"
        text = (broken["root"] / path).read_text(encoding="utf-8").split("\n")
        line = next(number for number, value in enumerate(text, 1) if value.startswith(f"{key}:"))
        assert any(
            row.startswith(f"{path}:{line}: ") and lv in row and en in row
            for row in broken["check"].stdout.splitlines()
        ), broken["check"].stdout


def test_bad_input_publishes_nothing(broken):
    assert broken["check"].returncode == 1
    assert broken["build"].returncode != 0
    assert not (broken["root"] / "_site" / "index.html").exists()


def test_the_vote_scaffold_refuses_a_bad_vote_and_leaves_the_register_alone(tmp_path):
    root = copy_repo(tmp_path / "project")
    before = (root / "data" / "votes.yml").read_text(encoding="utf-8")
    with pytest.raises(ScaffoldError) as refused:
        add_vote(
            root,
            "2026-05-05",
            "S/2026/77",
            "Temats",
            "Subject",
            "in-favour",
            "adopted",
            13,
            0,
            1,
            0,
            resolution="S/RES/3077 (2026)",
        )
    assert "15" in str(refused.value) and "data/votes.yml" in str(refused.value)
    assert (root / "data" / "votes.yml").read_text(encoding="utf-8") == before


# --- An editor records a vote -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_register_page_lists_the_votes_newest_first_with_symbols_and_explanation(voted, lang):
    site = voted["site"]
    page = page_of(site, f"{lang_root(lang)}{REGISTER}")
    rows = soup(page).select("table.lv-votes tbody tr")
    entries = newest_first(register_entries(voted["repo"]))
    assert [row["id"] for row in rows] == [anchor for _, anchor in entries]
    for row, (entry, _) in zip(rows, entries):
        hrefs = [a["href"] for a in row.select("a[href]")]
        if entry.get("draft"):
            assert f"https://undocs.org/en/{entry['draft']}" in hrefs
        if entry.get("resolution"):
            assert f"https://undocs.org/en/{entry['resolution'].replace(' ', '')}" in hrefs
        assert entry["subject"][lang] in row.get_text()
        if entry.get("explanation"):
            linked = [resolve(site, page, href) for href in hrefs if not href.startswith("https://")]
            assert f"{lang_root(lang)}{FOLDER}/{entry['explanation']}/" in linked


@pytest.mark.parametrize("lang", LANGS)
def test_register_is_in_the_navigation_and_filter_pages_list_exactly_their_votes(voted, lang):
    site = voted["site"]
    home = page_of(site, lang_root(lang).rstrip("/"))
    assert any(
        resolve(site, home, a["href"]) == f"{lang_root(lang)}{REGISTER}/"
        for a in soup(home).select("nav.md-nav a[href]")
    )
    entries = register_entries(voted["repo"])
    for field, folder in (("year", "gads"), ("outcome", "iznakums"), ("vote", "balsojums")):
        values = {str(entry["date"])[:4] if field == "year" else entry[field] for entry in entries}
        pages = sorted(p.name for p in (site / lang_root(lang) / REGISTER / folder).iterdir())
        assert pages == sorted(values)
        for value in values:
            rows = soup(page_of(site, f"{lang_root(lang)}{REGISTER}/{folder}/{value}")).select(
                "table.lv-votes tbody tr"
            )
            expected = {
                anchor
                for entry, anchor in zip(entries, expected_anchors(entries))
                if (str(entry["date"])[:4] if field == "year" else entry[field]) == value
            }
            assert {row["id"] for row in rows} == expected


@pytest.mark.parametrize("lang", LANGS)
def test_explanation_statement_shows_its_type_and_the_vote_line(voted, lang):
    site = voted["site"]
    page = page_of(site, f"{lang_root(lang)}{FOLDER}/{stem(EXPLANATION)}")
    line = soup(page).select_one("article .lv-vote-line")
    vote = next(v for v in VOTES if v.get("explanation") == stem(EXPLANATION))
    assert line is not None and line.get_text().startswith(f"{VOTE_LINE[lang]} {vote['resolution']}")
    links = {a["href"] for a in line.select("a[href]")}
    assert f"https://undocs.org/en/{vote['resolution'].replace(' ', '')}" in links
    register = next(href for href in links if not href.startswith("https://"))
    assert register.endswith(f"#{vote['draft'].replace('/', '-')}")
    assert resolve(site, page, register) == f"{lang_root(lang)}{REGISTER}/"
    facts = soup(page).select_one("article dl.lv-statement-facts").get_text(" ")
    assert {"lv": "Balsojuma skaidrojums (pēc balsojuma)", "en": "Explanation of vote (after the vote)"}[
        lang
    ] in facts


@pytest.mark.parametrize("lang", LANGS)
def test_joint_statement_names_its_group_and_check_against_delivery(voted, lang):
    page = page_of(voted["site"], f"{lang_root(lang)}{FOLDER}/{stem(JOINT)}")
    facts = soup(page).select_one("article dl.lv-statement-facts").get_text(" ")
    assert GROUP[lang] in facts
    assert {"lv": "Publicēts pirms nolasīšanas", "en": "Check against delivery"}[lang] in facts
    listed = soup(page_of(voted["site"], f"{lang_root(lang)}{FOLDER}")).select("ul.lv-statements li")
    item = next(li for li in listed if li.select_one(f'a[href*="{stem(JOINT)}"]'))
    assert GROUP[lang] in item.get_text() and "lv-delivery--check-against-delivery" in str(item)


@pytest.mark.parametrize("lang", LANGS)
def test_priority_page_and_feed_show_the_explanation(voted, lang):
    site, root = voted["site"], voted["repo"]
    entries = yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))
    _, meta = get_data(
        (root / "docs" / lang / FOLDER / f"{stem(EXPLANATION)}.md").read_text(encoding="utf-8")
    )
    priority = next(entry for entry in entries if entry["key"] == meta["priorities"][0])
    page = page_of(site, page_url(lang, priority["page"]))
    latest = soup(page).select_one(".lv-statements-latest")
    assert latest is not None and stem(EXPLANATION) in str(latest) and VOTE_LINE[lang] in latest.get_text()
    feed = ET.parse(site / lang_root(lang) / FOLDER / "feed.xml").getroot()
    entry = next(e for e in feed.findall(f"{ATOM}entry") if stem(EXPLANATION) in e.find(f"{ATOM}id").text)
    assert VOTE_LINE[lang] in entry.find(f"{ATOM}summary").text


@pytest.mark.parametrize("lang", LANGS)
def test_filter_pages_list_exactly_the_statements_of_their_type_and_year(voted, lang):
    site = voted["site"]
    statements = statements_of(voted["repo"], lang)
    kinds = {s["meta"].get("type", "statement") for s in statements}
    for kind in STATEMENT_TYPES:
        page = page_of(site, f"{lang_root(lang)}{FOLDER}/veids/{kind}")
        expected = {s["url"] for s in statements if s["meta"].get("type", "statement") == kind}
        assert page.is_file() == (kind in kinds), kind  # a type without statements has no page
        if expected:
            assert statement_links(site, page) == expected, kind
    years = {str(s["meta"]["date"])[:4] for s in statements}
    assert sorted(p.name for p in (site / lang_root(lang) / FOLDER / "gads").iterdir()) == sorted(years)
    for year in years:
        page = page_of(site, f"{lang_root(lang)}{FOLDER}/gads/{year}")
        assert statement_links(site, page) == {
            s["url"] for s in statements if str(s["meta"]["date"])[:4] == year
        }
    # the list links every filter page (no JavaScript needed to reach them)
    index = page_of(site, f"{lang_root(lang)}{FOLDER}")
    linked = {resolve(site, index, a["href"]) for a in soup(index).select("nav.lv-filters a[href]")}
    for kind in STATEMENT_TYPES:
        assert (f"{lang_root(lang)}{FOLDER}/veids/{kind}/" in linked) == (kind in kinds)
    for year in years:
        assert f"{lang_root(lang)}{FOLDER}/gads/{year}/" in linked


# --- An empty register ------------------------------------------------------------------------


@pytest.mark.content
def test_register_page_and_nav_entry_exist_only_with_entries(site):
    """Today's register is empty, so the live site has neither; with entries it has both (the
    scratch copy above). Read from the sources, so that this holds when an editor adds a vote."""
    has_votes = bool(register_entries(site.root))
    for lang in LANGS:
        assert (site.dir / lang_root(lang) / REGISTER / "index.html").exists() == has_votes
        for page in html_pages(site.dir):
            hrefs = [a["href"] for a in soup(page).select("a[href]")]
            if not has_votes:
                assert not any(re.search(rf"(^|/){REGISTER}/", href) for href in hrefs), page
        sitemap = (site.dir / lang_root(lang) / "sitemap.xml").read_text(encoding="utf-8")
        assert (f"{REGISTER}/" in sitemap) == has_votes


# --- One filter control ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_filters_are_links_only(voted, lang):
    """Issue 35: one filter control, the links, which work without JavaScript; no menus beside them."""
    site = voted["site"]
    for page in (page_of(site, f"{lang_root(lang)}{FOLDER}"), page_of(site, f"{lang_root(lang)}{REGISTER}")):
        html = soup(page)
        assert html.select("nav.lv-filters a[href]"), page
        assert not html.select("article select, article form"), page
        assert not html.find("script", src=re.compile("filters")), page


@pytest.mark.parametrize("lang", LANGS)
def test_vote_filter_pages_are_searched_by_their_titles_not_their_tables(voted, lang):
    """Search finds a vote on the register's page; a filter page (one year, outcome or vote) by its
    title: its table repeats the register's rows (data-search-exclude)."""
    docs = json.loads(
        (voted["site"] / lang_root(lang) / "search" / "search_index.json").read_text(encoding="utf-8")
    )["docs"]
    subjects = [entry["subject"][lang] for entry in register_entries(voted["repo"])]
    register = " ".join(doc["text"] for doc in docs if doc["location"].split("#")[0] == f"{REGISTER}/")
    filters = [doc for doc in docs if re.match(rf"{REGISTER}/[^/#]+/[^/#]+/", doc["location"])]
    assert subjects and filters
    assert all(subject in register for subject in subjects), subjects
    listing = [
        (doc["location"], subject) for doc in filters for subject in subjects if subject in doc["text"]
    ]
    assert not listing, listing[:3]


# --- A vote whose sources give no draft symbol (issue 35) --------------------------------------


def ui_text(key: str, lang: str) -> str:
    return yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))[key][lang]


def without_draft(root: Path) -> list[tuple[dict, str]]:
    """(entry, anchor) of the copy's votes that have no draft symbol."""
    return [
        (entry, anchor) for entry, anchor in newest_first(register_entries(root)) if not entry.get("draft")
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_a_vote_without_a_draft_symbol_names_its_submitter_and_makes_no_symbol_up(voted, lang):
    """Its row: the subject and who submitted the draft; the resolution's link if it has one, else
    "symbol not known" in words; no other symbol, no empty or made-up link."""
    page = page_of(voted["site"], f"{lang_root(lang)}{REGISTER}")
    rows = {row["id"]: row for row in soup(page).select("table.lv-votes tbody tr")}
    entries = without_draft(voted["repo"])
    assert any(entry.get("resolution") for entry, _ in entries) and any(
        not entry.get("resolution") for entry, _ in entries
    )
    for entry, anchor in entries:
        row = rows[anchor]
        assert entry["subject"][lang] in row.get_text(" ")
        assert ui_text("votes_submitted_by", lang).format(name=entry["submitted_by"][lang]) in row.get_text(
            " "
        )
        cell = row.select_one(f'td[data-label="{ui_text("votes_symbol", lang)}"]')
        links = [a["href"] for a in cell.select("a")]
        if entry.get("resolution"):
            assert links == [f"https://undocs.org/en/{entry['resolution'].replace(' ', '')}"]
            assert cell.get_text(strip=True) == entry["resolution"]
        else:
            assert links == [] and cell.get_text(strip=True) == ui_text("votes_no_symbol", lang)
        assert all(a.get("href") for a in row.select("a")), "no empty link"
        symbols = re.findall(r"S/(?:RES/)?\d+(?: \(\d{4}\))?(?:/\d+)?", row.get_text(" "))
        assert symbols == ([entry["resolution"]] if entry.get("resolution") else []), symbols


@pytest.mark.parametrize("lang", LANGS)
def test_the_explanation_of_a_vote_without_symbol_says_who_submitted_it_and_links_its_row(voted, lang):
    site = voted["site"]
    explained = [
        (entry, anchor)
        for entry, anchor in without_draft(voted["repo"])
        if not entry.get("resolution") and entry.get("explanation")
    ]
    assert explained, "the copy has an explained vote without any symbol"
    for entry, anchor in explained:
        page = page_of(site, f"{lang_root(lang)}{FOLDER}/{entry['explanation']}")
        lead = ui_text(f"vote_line_{entry['vote'].replace('-', '_')}", lang)
        draft = ui_text("vote_line_draft_submitted_by", lang).format(name=entry["submitted_by"][lang])
        line = next(p for p in soup(page).select("article .lv-vote-line") if f"#{anchor}" in str(p))
        assert line.get_text(" ", strip=True).startswith(f"{lead} {draft} (")
        hrefs = [a["href"] for a in line.select("a")]
        assert not any(href.startswith("https://") for href in hrefs), "no symbol, no link to a UN document"
        [register] = hrefs
        assert (
            register.endswith(f"#{anchor}")
            and resolve(site, page, register) == f"{lang_root(lang)}{REGISTER}/"
        )
        # the row it points at exists
        assert soup(page_of(site, f"{lang_root(lang)}{REGISTER}")).select_one(f'tr[id="{anchor}"]')


def check(text: str):
    return votes_register.check_text(text, ROOT, ROOT / "docs")


def test_votes_without_a_symbol_get_stable_distinct_ids_and_are_no_duplicates():
    """Two votes of one day without any symbol are two votes (not 'the same draft twice'); each
    gets the day and its place in the file; a resolution without draft is the vote's id."""
    entry = (
        "- date: 2026-04-01\n  submitted_by: {{lv: Valsts {n}, en: State {n}}}\n  subject: {{lv: T{n}, en: S{n}}}\n"
        "  vote: against\n  outcome: not-adopted\n  in_favour: 4\n  against: 2\n  abstentions: 9\n  not_voting: 0\n"
    )
    adopted = (
        "- date: 2026-04-01\n  resolution: S/RES/3100 (2026)\n  submitted_by: {lv: Valsts, en: State}\n"
        "  subject: {lv: T, en: S}\n  vote: in-favour\n  outcome: adopted\n  in_favour: 13\n  against: 0\n"
        "  abstentions: 2\n  not_voting: 0\n"
    )
    votes, problems = check(entry.format(n=1) + adopted + entry.format(n=2))
    assert problems == []
    assert sorted(vote.id for vote in votes) == ["2026-04-01-1", "2026-04-01-2", "S/RES/3100 (2026)"]
    by_id = {vote.id: vote for vote in votes}
    assert by_id["2026-04-01-2"].submitted_by == {"lv": "Valsts 2", "en": "State 2"}
    assert by_id["2026-04-01-1"].draft is None and by_id["2026-04-01-1"].anchor == "2026-04-01-1"
    assert by_id["S/RES/3100 (2026)"].anchor == "S-RES-3100-2026"
    # one more vote of another day does not renumber these
    votes, _ = check(
        entry.format(n=1)
        + adopted
        + entry.format(n=2)
        + entry.replace("2026-04-01", "2026-04-02").format(n=3)
    )
    assert sorted(vote.id for vote in votes) == [
        "2026-04-01-1",
        "2026-04-01-2",
        "2026-04-02-1",
        "S/RES/3100 (2026)",
    ]


def test_contributings_vote_entries_are_entries_the_register_takes():
    """CONTRIBUTING shows a vote as YAML, for the web editor (in both languages): each such block,
    pasted into an empty register, passes its rules. Its explanation names an example file, so that
    one line is left out here."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    blocks = [block for block in re.findall(r"```yaml\n(.*?)```", guide, re.S) if "in_favour:" in block]
    assert len(blocks) == 2  # Latvian and English
    for block in blocks:
        votes, problems = votes_register.check_text(
            re.sub(r"^  explanation: .*\n", "", block, flags=re.M), ROOT, ROOT / "docs"
        )
        assert len(votes) == 1 and [str(problem) for problem in problems] == []


def test_the_vote_scaffold_writes_a_vote_without_draft_and_refuses_one_without_submitter(tmp_path):
    root = copy_repo(tmp_path / "project")
    path = root / "data" / "votes.yml"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ScaffoldError) as refused:
        add_vote(root, "2026-03-11", None, "Temats", "Subject", "against", "not-adopted", 4, 2, 9, 0)
    assert "submitted_by" in str(refused.value) and "data/votes.yml" in str(refused.value)
    assert path.read_text(encoding="utf-8") == before
    add_vote(
        root,
        "2026-03-11",
        "",
        "Temats",
        "Subject",
        "against",
        "not-adopted",
        4,
        2,
        9,
        0,
        submitted_lv="Pārbaudes valsts",
        submitted_en="Test State",
    )
    [entry] = register_entries(root)[-1:]
    assert "draft" not in entry and entry["submitted_by"] == {"lv": "Pārbaudes valsts", "en": "Test State"}
    # `make vote` without draft= passes the submitter through (the environment route, for real)
    made = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "-o",
            ".venv/.installed",
            f"PYTHON={sys.executable}",
            "vote",
            "date=2026-03-12",
            "lv=T",
            "en=S",
            "vote=against",
            "outcome=not-adopted",
            "for=4",
            "against=2",
            "abstain=9",
            "absent=0",
            "submitted_lv=Krievija",
            "submitted_en=Russia",
        ],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    [entry] = register_entries(root)[-1:]
    assert "draft" not in entry and entry["submitted_by"] == {"lv": "Krievija", "en": "Russia"}


# --- Search: the votes page first ---------------------------------------------------------------

SEARCHED = {"lv": ["balsojums", "balsojumi"], "en": ["vote", "voted"]}


@pytest.fixture(scope="module")
def served_copy(voted):
    """The scratch build, served on a port of its own (search needs no absolute address of the build)."""
    server = serve(voted["site"])
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("lang", LANGS)
def test_searching_for_votes_finds_the_votes_page_first(served_copy, new_tab, lang):
    """With votes in the register (and explanations of vote, statements and lists that mention
    votes), "balsojums", "balsojumi", "vote", "voted" lead to the register first."""
    queries = [search_eval.Query(lang, text, [], "plain", 0) for text in SEARCHED[lang]]
    answers = search_eval.run_in_worker(new_tab(), served_copy, lang, queries)
    firsts = {text: answer["pages"][:1] for text, answer in zip(SEARCHED[lang], answers)}
    assert all(first == [f"{REGISTER}/"] for first in firsts.values()), firsts


@pytest.mark.parametrize("lang", LANGS)
def test_the_feed_says_how_latvia_voted_on_a_draft_without_symbol(voted, lang):
    """The statements' feed carries the explanation's vote lines, the one without a symbol too."""
    feed = ET.parse(voted["site"] / lang_root(lang) / FOLDER / "feed.xml").getroot()
    for entry, _ in without_draft(voted["repo"]):
        if entry.get("resolution") or not entry.get("explanation"):
            continue
        item = next(
            e for e in feed.findall(f"{ATOM}entry") if entry["explanation"] in e.find(f"{ATOM}id").text
        )
        lead = ui_text(f"vote_line_{entry['vote'].replace('-', '_')}", lang)
        draft = ui_text("vote_line_draft_submitted_by", lang).format(name=entry["submitted_by"][lang])
        assert f"{lead} {draft} (" in item.find(f"{ATOM}summary").text
