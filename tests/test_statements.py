"""Statements as readers, feed readers and search get them (latvijaano/statements/).

- the statements list per language, newest first; each statement page shows its meeting, date,
  speaker, meeting record and full text links and its priorities (links to their pages);
- each priority's page (data/priorities.yml) shows its latest three statements (no box without
  any), and each priority with statements has a page of all of them, with hreflang alternates
  (tests/test_lists.py: no such page, link or box without statements);
- the home page shows the latest statement, an Atom feed per language lists them, the head
  links it, and the search index of a language holds that language's statements only;
- UN document symbols in a statement's text are links to undocs.org;
- a statement made with the scaffold (scripts/new_statement.py) appears everywhere after a
  build, and with 500 statements per language the priorities' pages keep their size: both in
  tests/test_scale.py.

Expectations come from the sources the build was made from (`site.root`) or from statements
written here, never from today's content.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from mkdocs.utils.meta import get_data
from site_pages import soup

from latvijaano import site_context
from latvijaano.data import publication
from latvijaano.rules import un_symbols

LANGS = ("lv", "en")
ATOM = "{http://www.w3.org/2005/Atom}"
PER_PAGE = 20
LATEST = 3
SITE_URL = "http://127.0.0.1:8000/"
INDEX_PATHS = {"lv": "search/search_index.json", "en": "en/search/search_index.json"}
FOLDER = "pazinojumi"


def lang_root(lang: str) -> str:
    return "en/" if lang == "en" else ""


def priorities(root: Path) -> list[dict]:
    return yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))


def statement_sources(root: Path, lang: str, today: dt.date | None = None) -> list[dict]:
    """The published statements of a language, newest first: meta, body, url (from the site root)."""
    withheld = publication.withheld_pages(root / "docs", today or site_context.site_date())
    items = []
    for path in (root / "docs" / lang / FOLDER).glob("[0-9]*.md"):
        if f"{FOLDER}/{path.name}" in withheld:
            continue
        body, meta = get_data(path.read_text(encoding="utf-8"))
        items.append({"meta": meta, "body": body, "url": f"{lang_root(lang)}{FOLDER}/{path.stem}/"})
    return sorted(items, key=lambda item: (item["meta"]["date"], item["url"]), reverse=True)


def page_of(site_dir: Path, url: str) -> Path:
    return site_dir / url / "index.html"


def resolve(site_dir: Path, page_path: Path, href: str) -> str:
    target = (page_path.parent / href.split("#")[0]).resolve()
    return target.relative_to(site_dir.resolve()).as_posix().rstrip("/") + "/"


def linked_statements(site_dir: Path, page_path: Path, selector: str) -> list[str]:
    """URLs (from the site root) of the statements linked inside `selector`, in order."""
    urls = []
    for a in soup(page_path).select(f"{selector} a[href]"):
        url = resolve(site_dir, page_path, a["href"])
        if re.search(rf"{FOLDER}/\d{{4}}-\d{{2}}-\d{{2}}-[^/]+/$", url) and url not in urls:
            urls.append(url)
    return urls


def topic_url(lang: str, key: str) -> str:
    return f"{lang_root(lang)}{FOLDER}/tema/{key}/"


def page_url(lang: str, page: str) -> str:
    return (
        lang_root(lang)
        + page[: -len(".md")].removesuffix("index")
        + ("/" if not page.endswith("index.md") else "")
    )


# --- The real site ---------------------------------------------------------------------------


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_statements_list_is_newest_first(site, lang):
    index = page_of(site.dir, f"{lang_root(lang)}{FOLDER}")
    sources = statement_sources(site.root, lang)
    assert sources, "the site has statements"
    assert linked_statements(site.dir, index, "article") == [s["url"] for s in sources[:PER_PAGE]]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_statement_page_shows_meeting_date_speaker_record_source_and_priorities(site, lang):
    """The meeting as its title, linked to the meeting's page."""
    names = {p["key"]: p[lang] for p in priorities(site.root)}
    ui = yaml.safe_load((site.root / "data" / "ui.yml").read_text(encoding="utf-8"))
    for source in statement_sources(site.root, lang):
        meta, path = source["meta"], page_of(site.dir, source["url"])
        facts = soup(path).select_one("article dl.lv-statement-facts")
        assert facts is not None, path
        text = facts.get_text(" ", strip=True)
        labels = [term.get_text(strip=True) for term in facts.select("dt")]
        # the speaker, the record and the priorities only where the source gives them: no empty row
        if meta.get("speaker"):
            assert meta["speaker"] in text, text
        assert (ui["statement_speaker"][lang] in labels) == bool(meta.get("speaker")), (path, labels)
        assert (ui["statement_record"][lang] in labels) == bool(meta.get("symbol")), (path, labels)
        assert (ui["statement_priorities"][lang] in labels) == bool(meta.get("priorities")), (path, labels)
        # the full text: its language said where it is not the page's (the mission's texts are English)
        source_lang = meta.get("source_lang") or "en"
        full_text = facts.find("a", href=meta["source"])
        assert full_text["hreflang"] == source_lang
        note = ui[f"in_language_{source_lang}"][lang]
        assert (note in full_text.parent.get_text()) == (source_lang != lang), full_text.parent
        # the meeting: its title from data/meetings.yml, linked to its page
        meeting = next(
            m
            for m in yaml.safe_load((site.root / "data" / "meetings.yml").read_text(encoding="utf-8"))
            if m["id"] == meta["meeting"]
        )
        link = facts.find("a", string=meeting["title"][lang])
        assert link is not None, text
        assert resolve(site.dir, path, link["href"]) == f"{lang_root(lang)}sanaksmes/{meeting['id']}/"
        assert facts.time["datetime"] == meta["date"].isoformat()
        hrefs = {a["href"]: a for a in facts.select("a[href]")}
        assert meta["source"] in hrefs
        if meta.get("symbol"):
            record = hrefs[un_symbols.address(meta["symbol"])]
            assert record.get_text() == meta["symbol"] and record["title"]
        topics = [
            (resolve(site.dir, path, href), a.get_text())
            for href, a in hrefs.items()
            if "/tema/" in resolve(site.dir, path, href)
        ]
        assert topics == [(topic_url(lang, key), names[key]) for key in meta.get("priorities") or []]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_symbols_in_a_statement_text_are_links_with_the_type_in_the_page_language(site, lang):
    checked = 0
    for source in statement_sources(site.root, lang):
        article = soup(page_of(site.dir, source["url"])).select_one("article")
        links = {(a["href"], a.get("title")) for a in article.select("a[href]")}
        for _, _, symbol, kind in un_symbols.find_symbols(re.sub(r"`[^`]*`", "", source["body"])):
            assert (un_symbols.address(symbol), un_symbols.TITLES[kind][lang]) in links, symbol
            checked += 1
    sources = statement_sources(site.root, lang)
    if any(un_symbols.find_symbols(s["body"]) for s in sources):
        assert checked


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_each_priority_page_shows_its_latest_three_statements(site, lang):
    sources = statement_sources(site.root, lang)
    by_page: dict[str, list[str]] = {}
    for priority in priorities(site.root):
        by_page.setdefault(priority["page"], []).append(priority["key"])
    for page, keys in by_page.items():
        path = page_of(site.dir, page_url(lang, page))
        mine = [s for s in sources if set(s["meta"].get("priorities") or []) & set(keys)]
        expected = [s["url"] for s in mine][:LATEST]
        assert linked_statements(site.dir, path, ".lv-statements-latest") == expected, path
        links = [
            resolve(site.dir, path, a["href"]) for a in soup(path).select(".lv-statements-latest a.lv-more")
        ]
        with_statements = {key for s in mine for key in s["meta"]["priorities"]}
        assert links == [topic_url(lang, key) for key in keys if key in with_statements]
        assert (soup(path).select_one(".lv-statements-latest") is not None) == bool(mine), path


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_each_priority_has_a_page_of_all_its_statements_in_both_languages(site, lang):
    sources = statement_sources(site.root, lang)
    for priority in priorities(site.root):
        path = page_of(site.dir, topic_url(lang, priority["key"]))
        expected = [s["url"] for s in sources if priority["key"] in (s["meta"].get("priorities") or [])]
        assert path.is_file() == bool(expected), path  # a page only with statements (tests/test_lists.py)
        if not expected:
            continue
        html = soup(path)
        assert priority[lang] in html.h1.get_text()
        assert linked_statements(site.dir, path, "article") == expected
        alternates = {link["hreflang"]: link["href"] for link in html.select("link[rel=alternate][hreflang]")}
        for other in LANGS:
            assert alternates[other] == site.url + topic_url(other, priority["key"])
            assert page_of(site.dir, topic_url(other, priority["key"])).is_file()
        assert not html.find("script", src=re.compile("statements"))  # plain HTML, no script of ours


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_latest_statement(site, lang):
    """The home page's record (latvijaano/record/, tested in tests/test_record.py) mixes the kinds:
    the statements it shows are the newest ones, in order."""
    home = page_of(site.dir, lang_root(lang).rstrip("/"))
    linked = linked_statements(site.dir, home, ".lv-latest")
    assert linked == [source["url"] for source in statement_sources(site.root, lang)][: len(linked)]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_feed_lists_the_statements_of_its_language_and_every_head_links_it(site, lang):
    feed_path = f"{lang_root(lang)}{FOLDER}/feed.xml"
    feed = ET.parse(site.dir / feed_path).getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]
    assert entries == [site.url + s["url"] for s in statement_sources(site.root, lang)[:20]]
    for page in (
        page_of(site.dir, lang_root(lang).rstrip("/")),
        page_of(site.dir, f"{lang_root(lang)}kontakti"),
    ):
        feeds = [
            link["href"] for link in soup(page).select('link[rel=alternate][type="application/atom+xml"]')
        ]
        assert site.url + feed_path in feeds


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_search_index_holds_each_statement_in_its_language_only(site, lang):
    other = "en" if lang == "lv" else "lv"
    index = json.loads((site.dir / INDEX_PATHS[lang]).read_text(encoding="utf-8"))
    other_index = json.loads((site.dir / INDEX_PATHS[other]).read_text(encoding="utf-8"))
    titles = {doc["title"] for doc in index["docs"]}
    other_titles = {doc["title"] for doc in other_index["docs"]}
    for source in statement_sources(site.root, lang):
        assert source["meta"]["title"] in titles
        assert source["meta"]["title"] not in other_titles


# --- data/priorities.yml -----------------------------------------------------------------------


def priorities_copy(tmp_path: Path, text: str) -> Path:
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    (tmp_path / "data" / "priorities.yml").write_text(text, encoding="utf-8")
    (tmp_path / "data" / "schemas" / "priorities.schema.json").write_bytes(
        (ROOT / "data" / "schemas" / "priorities.schema.json").read_bytes()
    )
    for lang in LANGS:
        (tmp_path / "docs" / lang / "prioritates").mkdir(parents=True)
        (tmp_path / "docs" / lang / "prioritates" / "sievietes.md").write_text("# x\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "text, line, words",
    [
        (
            "- key: women\n  lv: Sievietes\n  en: Women\n  page: prioritates/sievietes.md\n"
            "- key: Women Peace\n  lv: A\n  en: B\n  page: prioritates/sievietes.md\n",
            5,
            "Women Peace",
        ),
        (
            "- key: women\n  lv: Sievietes\n  en: Women\n  page: prioritates/sievietes.md\n"
            "- key: women\n  lv: A\n  en: B\n  page: prioritates/sievietes.md\n",
            5,
            "ir sarakstā divreiz",
        ),
        (
            "- key: women\n  lv: Sievietes\n  en: Women\n  page: prioritates/nav-tadas.md\n",
            4,
            "docs/lv/prioritates/nav-tadas.md",
        ),
    ],
)
def test_a_bad_priorities_file_stops_the_build_naming_file_line_in_both_languages(
    tmp_path, text, line, words
):
    from latvijaano.problems import ProblemsError
    from latvijaano.statements import model as statements

    root = priorities_copy(tmp_path, text)
    with pytest.raises(ProblemsError) as stopped:
        statements.load_priorities(root, root / "docs")
    lines = str(stopped.value).split("\n")
    assert any(
        entry.startswith(f"data/priorities.yml:{line}: ") and words in entry and " / " in entry
        for entry in lines
    ), lines
