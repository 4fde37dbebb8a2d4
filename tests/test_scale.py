"""The site with years of content: 600 more news items and 500 more statements per language.

One pair of scratch builds, at the same SITE_DATE and site_url: "before" (the repository, with three
synthetic statements per priority, so that each priority page shows a full list), and "after" (also
600 news items and 500 statements per language, one statement made with the scaffold as the newest
of all, and one scheduled after the build's date).

- every page that is neither news nor a statement keeps its size within 3 % (nothing is listed one
  by one in the navigation), and so do the priority pages, which show the latest three statements;
- the news list and the statements list are split into pages that link to each other, have
  hreflang alternates and a language switch; the home page shows the newest news, the feeds the
  newest twenty;
- each synthetic news item and statement names a picture: its page shares it (no card is drawn
  for it), the news list shows it;
- the scaffolded statement appears everywhere it belongs, the scheduled one nowhere yet.

Expectations come from the copies' own sources (`grown["repo"]`), never from today's content.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site
from site_pages import html_pages, soup
from test_news import NEWS_ITEM_URL, list_entries, news_sources, read_feed
from test_statements import (
    ATOM,
    FOLDER,
    INDEX_PATHS,
    LATEST,
    PER_PAGE,
    lang_root,
    linked_statements,
    page_of,
    page_url,
    priorities,
    resolve,
    statement_sources,
    topic_url,
)

sys.path.insert(0, str(ROOT / "scripts"))
from new_statement import create_statement  # noqa: E402
from scratch import BENCH_MEETING, add_synthetic_news, add_synthetic_statements, copy_repo  # noqa: E402

from latvijaano.record.model import LATEST_ON_HOME

pytestmark = pytest.mark.long(35)  # see conftest.pytest_collection_modifyitems

LANGS = ("lv", "en")
NEWS = 600
STATEMENTS = 500
SITE_URL = "http://127.0.0.1:8000/"
SITE_DATE = "2099-12-31"  # the scaffolded statement is the newest of all, and published
NEW = {"date": "2099-12-30", "slug": "parbaude-sastatne"}
SCHEDULED = {"date": "2100-01-05", "slug": "planots"}
# One synthetic news item is moved to this day: newer than every real entry, older than the scaffolded
# statement; so the home page's newest entries (latvijaano/record/home.py, any kind) hold news whatever the live
# content holds, while the other synthetic items (2000-2001) are older than every real one.
NEWEST_NEWS = "2099-12-29"
# Each synthetic news item and statement has a photograph, as many real ones will: the news list and
# the item's links use it (latvijaano/pages/images.py's per-build map is exercised at scale), and no card is
# drawn for it (drawing 2,200 cards was a third of the suite's longest build; the cards themselves
# are tested in test_sharing.py, and their cost measured by scripts/bench_build.py --cards).
PICTURE = ROOT / "overrides" / "assets" / "images" / "og-image.png"

TEXTS = {
    "lv": {
        "description": "Pārbaudes paziņojums, kas izveidots ar sastatni, lai redzētu to visās vietās.",
        "meeting": BENCH_MEETING,
        "speaker": "Pārbaudes runātāja",
        "body": (
            "Šis ir pārbaudes paziņojums, kuru testi izveido ar sastatni un aizpilda paši. Tajā minēta "
            "rezolūcija S/RES/1325 (2000) un sanāksmes stenogramma S/PV.10043, lai redzētu, ka simboli kļūst "
            "par saitēm. Vēl daži vārdi, lai tekstā būtu vismaz četrdesmit vārdu un pārbaude to pieņemtu "
            "bez iebildumiem; unikāls vārds: zilganpelēkšķirnis."
        ),
    },
    "en": {
        "description": "A test statement made with the scaffold, to see it in every place it belongs.",
        "meeting": BENCH_MEETING,
        "speaker": "Test speaker",
        "body": (
            "This is a test statement that the tests create with the scaffold and fill in themselves. It "
            "mentions resolution S/RES/1325 (2000) and the meeting record S/PV.10043, to see that symbols "
            "become links. A few more words, so that the text has at least forty words and the check "
            "accepts it; a unique word: bluegreyishbreed."
        ),
    },
}


UNIQUE_WORDS = {
    "lv": "zilganpelēkšķirnis",
    "en": "bluegreyishbreed",
}  # in TEXTS' bodies: found by search alone


def fill_in(path: Path, lang: str, later: bool = False) -> None:
    """Replace the scaffold's TODO placeholders, as an editor would (each page its own description)."""
    text = path.read_text(encoding="utf-8")
    for key in ("description", "meeting", "speaker"):
        value = TEXTS[lang][key] + (" (2100)" if later and key == "description" else "")
        text = re.sub(rf'^{key}: ".*"$', f'{key}: "{value}"', text, flags=re.M)
    text = re.sub(r"^TODO:.*$", TEXTS[lang]["body"], text, flags=re.M)
    assert "TODO" not in text
    path.write_text(text, encoding="utf-8")


def add_unique_words(project: Path) -> None:
    """The statement's made-up unique words into the copy's word list, as an editor adds a new word
    (data/spelling-words.yml): else the spelling rule would stop the build on them."""
    path = project / "data" / "spelling-words.yml"
    words = yaml.safe_load(path.read_text(encoding="utf-8"))
    for lang, word in UNIQUE_WORDS.items():
        words[lang] = [*(words.get(lang) or []), word]
    path.write_text(yaml.safe_dump(words, allow_unicode=True, sort_keys=False), encoding="utf-8")


def make_newest(project: Path, rel: str) -> None:
    """Date the synthetic news item `rel` (jaunumi/<date>-bench-<n>.md) NEWEST_NEWS, in its file name
    and front matter, in each language."""
    old_day = Path(rel).name[:10]
    for lang in LANGS:
        path = project / "docs" / lang / rel
        text = path.read_text(encoding="utf-8")
        assert f"\ndate: {old_day}\n" in text, path
        path.with_name(path.name.replace(old_day, NEWEST_NEWS, 1)).write_text(
            text.replace(f"\ndate: {old_day}\n", f"\ndate: {NEWEST_NEWS}\n", 1), encoding="utf-8"
        )
        path.unlink()


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """{"before": site, "after": site, "repo": the after build's sources}."""
    base = tmp_path_factory.mktemp("scale")
    builds = {}
    for name in ("before", "after"):
        project = copy_repo(base / f"repo-{name}")
        if name == "before":
            add_synthetic_statements(project, 3 * len(priorities(project)))
        else:
            make_newest(project, add_synthetic_news(project, NEWS, picture=PICTURE)[-1])
            add_synthetic_statements(project, STATEMENTS, picture=PICTURE)
            keys = [p["key"] for p in priorities(project)][:2]
            created = create_statement(
                project,
                NEW["date"],
                NEW["slug"],
                "Pārbaudes paziņojums",
                "Test statement",
                keys,
                "https://example.org/statement",
                "S/PV.10043",
            )
            for path in created:
                fill_in(path, path.relative_to(project / "docs").parts[0])
            add_unique_words(project)
            # and one scheduled after the build's date, which must be nowhere yet
            scheduled = create_statement(
                project,
                SCHEDULED["date"],
                SCHEDULED["slug"],
                "Plānots paziņojums",
                "Scheduled statement",
                keys,
                "https://example.org/later",
            )
            for path in scheduled:
                fill_in(path, path.relative_to(project / "docs").parts[0], later=True)
        result = build_site(project, base / f"site-{name}", SITE_URL, env={"SITE_DATE": SITE_DATE})
        assert result.returncode == 0, result.stdout + result.stderr
        builds[name] = base / f"site-{name}"
    builds["repo"] = base / "repo-after"
    return builds


@pytest.fixture(scope="module")
def grown_served(grown):
    """The "after" site served on 127.0.0.1 for the module (a tab's reset revisits its origins)."""
    import local_site

    server = local_site.serve(grown["after"])
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def published_news(repo: Path, lang: str):
    return news_sources(repo, lang, dt.date.fromisoformat(SITE_DATE))


def is_news(rel: str) -> bool:
    return bool(re.match(r"(en/)?jaunumi/", rel))


def is_news_or_statement(rel: str) -> bool:
    return bool(re.match(rf"(en/)?(jaunumi|{FOLDER})/", rel))


# --- Size ----------------------------------------------------------------------------------


def test_other_pages_keep_their_size(grown):
    """Every page that is neither news nor a statement (nor the home page, which shows the newest
    of both: tested below; nor the synthetic statements' one meeting, whose page lists them all)
    keeps its size."""
    before, after = grown["before"], grown["after"]
    compared = 0
    for page in html_pages(before):
        rel = page.relative_to(before).as_posix()
        if (
            is_news_or_statement(rel)
            or rel in ("index.html", "en/index.html")
            or f"/{BENCH_MEETING}/" in f"/{rel}"
        ):
            continue
        old, new = page.stat().st_size, (after / rel).stat().st_size
        assert abs(new - old) <= 0.03 * old, f"{rel}: {old} -> {new} bytes"
        compared += 1
    assert compared >= 20


def test_priority_pages_keep_their_size_with_500_statements(grown):
    before, after = grown["before"], grown["after"]
    pages = {p["page"] for p in priorities(grown["repo"])}
    compared = 0
    for lang in LANGS:
        for page in pages:
            rel = page_url(lang, page)
            old, new = page_of(before, rel).stat().st_size, page_of(after, rel).stat().st_size
            assert abs(new - old) <= 0.03 * old, f"{rel}: {old} -> {new} bytes"
            links = linked_statements(after, page_of(after, rel), ".lv-statements-latest")
            assert len(links) == LATEST, rel
            compared += 1
    assert compared == 2 * len(pages)


# --- News ----------------------------------------------------------------------------------


def test_no_other_page_mentions_the_synthetic_items_except_the_home_teasers(grown):
    after = grown["after"]
    for page in html_pages(after):
        rel = page.relative_to(after).as_posix()
        if is_news(rel):
            continue
        mentions = len(re.findall(r"jaunumi/\d{4}-\d{2}-\d{2}-bench-\d+/", page.read_text(encoding="utf-8")))
        # Only the home page's newest entries (latvijaano/record/home.py) may show some, fewer than it lists.
        assert mentions <= (LATEST_ON_HOME if rel in ("index.html", "en/index.html") else 0), rel


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_newest_of_many(grown, lang):
    """The home page's record mixes the kinds (tests/test_record.py): the news items it shows are
    the newest of the many, in order, every one newer than the oldest entry it shows is among them
    (here at least NEWEST_NEWS's), and they are no more than it lists."""
    site = grown["after"]
    home = soup(site / lang_root(lang) / "index.html")
    linked = []
    for a in home.select(".lv-latest h3 a[href]"):
        url = resolve(site, site / lang_root(lang) / "index.html", a["href"])
        if NEWS_ITEM_URL.search(url) and url not in linked:
            linked.append(url)
    days = [dt.date.fromisoformat(t["datetime"]) for t in home.select(".lv-latest time[datetime]")]
    assert days, "the home page shows its newest entries"
    news = [(day, lang_root(lang) + url) for day, url, _ in published_news(grown["repo"], lang)]
    assert linked == [url for _, url in news][: len(linked)], "the news shown are the newest, newest first"
    newer = [url for day, url in news if day > min(days)]
    assert linked[: len(newer)] == newer, "a news item newer than an entry the home page shows is left out"
    assert len(linked) <= LATEST_ON_HOME


@pytest.mark.parametrize("lang", LANGS)
def test_news_list_pages_exist_and_link_to_each_other(grown, lang):
    site = grown["after"]
    sources = published_news(grown["repo"], lang)
    expected_pages = -(-len(sources) // PER_PAGE)
    assert expected_pages > 20
    root = site / lang_root(lang) / "jaunumi"
    assert (root / "lapa" / str(expected_pages) / "index.html").is_file()
    assert not (root / "lapa" / str(expected_pages + 1)).exists()

    # Follow rel="next" from the first page to the last, and rel="prev" back.
    seen, page, visited = [], root / "index.html", []
    while True:
        visited.append(page)
        html = soup(page)
        nav = html.select_one("article nav.lv-pagination")
        assert nav is not None and nav.get("aria-label"), page
        current = nav.select('a[aria-current="page"]')
        assert len(current) == 1 and current[0].get_text(strip=True) == str(len(visited))
        entries = list_entries(page)
        assert len(entries) == (
            PER_PAGE if len(visited) < expected_pages else len(sources) - PER_PAGE * (expected_pages - 1)
        )
        seen += [resolve(site, page, e["href"]) for e in entries]
        following = nav.select_one('a[rel="next"]')
        if following is None:
            break
        next_page = (page.parent / following["href"] / "index.html").resolve()
        previous = soup(next_page).select_one('nav.lv-pagination a[rel="prev"]')
        assert (next_page.parent / previous["href"] / "index.html").resolve() == page.resolve()
        page = next_page
    assert len(visited) == expected_pages
    assert seen == [lang_root(lang) + url for _, url, _ in sources]  # every item once, newest first
    # The oldest item is the first synthetic one, of 2 January 2000, written the language's way.
    assert (
        list_entries(visited[-1])[-1]["date_text"]
        == {"lv": "2000. gada 2. janvāris", "en": "2 January 2000"}[lang]
    )

    # Each page links the first and the last page.
    last = f"{lang_root(lang)}jaunumi/lapa/{expected_pages}/"
    for page in visited:
        hrefs = {resolve(site, page, a["href"]) for a in soup(page).select("nav.lv-pagination a[href]")}
        assert f"{lang_root(lang)}jaunumi/" in hrefs and last in hrefs


@pytest.mark.parametrize("lang", LANGS)
def test_feed_holds_the_newest_twenty_of_many(grown, lang):
    feed = read_feed(grown["after"] / lang_root(lang) / "feed.xml")
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    expected = [SITE_URL + lang_root(lang) + url for _, url, _ in published_news(grown["repo"], lang)[:20]]
    assert links == expected


def test_list_pages_have_hreflang_and_a_language_switch(grown):
    """The generated pages of the news list (jaunumi/lapa/N/) are pages of both languages too:
    latvijaano/news/pages.py gives them their alternates, which hreflang and the language switch use."""
    site = grown["after"]
    checked = 0
    for page in sorted((site / "jaunumi" / "lapa").glob("*/index.html")):
        rel = page.relative_to(site).as_posix().removesuffix("index.html")
        urls = {"lv": SITE_URL + rel, "en": SITE_URL + "en/" + rel}
        for lang, path in (("lv", page), ("en", site / "en" / rel / "index.html")):
            doc = soup(path)
            hreflang = {link["hreflang"]: link["href"] for link in doc.find_all("link", hreflang=True)}
            assert hreflang == {**urls, "x-default": urls["lv"]}, path
            other = "en" if lang == "lv" else "lv"
            switch = doc.select_one(f"a.md-select__link[hreflang={other}]")
            target = (path.parent / switch["href"]).resolve() / "index.html"
            assert target == (site / ("en/" if other == "en" else "") / rel / "index.html").resolve(), path
            checked += 1
    assert checked > 20


OG_IMAGE = re.compile(r'<meta property="?og:image"? content="?([^" >]+)')


def shared_picture(site: Path, lang: str, urls: list[str]) -> Path:
    """The one picture that the pages at `urls` (under the language root) share, as a built file;
    asserts that it is one, that it exists and that no card was drawn for any of the pages."""
    shared = set()
    for url in urls:  # (a pattern, not a parser: 1,000 pages and more)
        found = OG_IMAGE.search((site / lang_root(lang) / url / "index.html").read_text(encoding="utf-8"))
        assert found, f"{lang_root(lang)}{url}: no og:image"
        shared.add(found[1])
    assert len(shared) == 1, shared
    [image] = shared
    assert image.startswith(SITE_URL) and image.endswith("/bench.png"), image
    picture = (site / image[len(SITE_URL) :]).resolve()
    assert picture.is_file(), image
    cards = site / "assets" / "images" / "social" / lang_root(lang)
    for folder in {url.split("/")[0] for url in urls}:
        assert not list((cards / folder).glob("*-bench-*.png")), folder
    return picture


def test_every_news_item_shares_its_own_picture(grown):
    """With 600 items per language that name a picture: each item's page shares that picture (not
    a card), and every entry of the list shows it with its description."""
    site, repo = grown["after"], grown["repo"]
    for lang in LANGS:
        synthetic = [url for _, url, _ in published_news(repo, lang) if "-bench-" in url]
        assert len(synthetic) == NEWS
        picture = shared_picture(site, lang, synthetic)
        shown = 0
        for page in [
            site / lang_root(lang) / "jaunumi" / "index.html",
            *(site / lang_root(lang) / "jaunumi" / "lapa").glob("*/index.html"),
        ]:
            for li in soup(page).select("article ul.lv-news-list > li"):
                if "-bench-" in li.select_one("h2 a")["href"]:
                    img = li.select_one("img.lv-news-list__image")
                    assert img is not None and img["alt"].strip(), page
                    assert (page.parent / img["src"]).resolve() == picture, page
                    shown += 1
        assert shown == NEWS


def test_every_statement_shares_its_own_picture(grown):
    """With 500 statements per language that name a picture: each statement's page shares it."""
    site, repo = grown["after"], grown["repo"]
    for lang in LANGS:
        sources = statement_sources(repo, lang, dt.date.fromisoformat(SITE_DATE))
        synthetic = [item["url"][len(lang_root(lang)) :] for item in sources if "-bench-" in item["url"]]
        assert len(synthetic) == STATEMENTS
        shared_picture(site, lang, synthetic)


# --- Statements ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_scaffolded_statement_appears_everywhere(grown, lang):
    site, repo = grown["after"], grown["repo"]
    url = f"{lang_root(lang)}{FOLDER}/{NEW['date']}-{NEW['slug']}/"
    keys = [p["key"] for p in priorities(repo)][:2]
    by_key = {p["key"]: p for p in priorities(repo)}
    # the statements list (first of its pages), the priorities' pages and their topic pages, the home page
    assert linked_statements(site, page_of(site, f"{lang_root(lang)}{FOLDER}"), "article")[0] == url
    for key in keys:
        priority_page = page_of(site, page_url(lang, by_key[key]["page"]))
        assert linked_statements(site, priority_page, ".lv-statements-latest")[0] == url
        assert linked_statements(site, page_of(site, topic_url(lang, key)), "article")[0] == url
    home = page_of(site, lang_root(lang).rstrip("/"))
    assert linked_statements(site, home, ".lv-latest")[0] == url  # the newest entry of the record
    # the feed
    feed = ET.parse(site / f"{lang_root(lang)}{FOLDER}/feed.xml").getroot()
    assert feed.find(f"{ATOM}entry/{ATOM}link").get("href") == SITE_URL + url
    # its symbols are links
    article = soup(page_of(site, url)).select_one("article")
    hrefs = {a["href"] for a in article.select("a[href]")}
    assert {"https://undocs.org/en/S/RES/1325(2000)", "https://undocs.org/en/S/PV.10043"} <= hrefs
    # search: its language's index has it, the other's does not
    word = UNIQUE_WORDS[lang]
    other = "en" if lang == "lv" else "lv"
    docs = json.loads((site / INDEX_PATHS[lang]).read_text(encoding="utf-8"))["docs"]
    other_docs = json.loads((site / INDEX_PATHS[other]).read_text(encoding="utf-8"))["docs"]
    assert any(word in doc["text"] for doc in docs)
    assert not any(word in doc["text"] for doc in other_docs)


@pytest.mark.parametrize("lang", LANGS)
def test_search_at_scale_finds_an_item_by_a_word_of_its_text(grown, grown_served, new_tab, lang):
    """With 1,100 more items per language, each dated item but the newest is one index entry of its
    opening words (latvijaano/outputs/search_index.py), and the search finds the scaffolded statement, the newest,
    by a word of its body."""
    import search_eval

    from latvijaano.outputs import search_index

    site = grown["after"]
    docs = json.loads((site / INDEX_PATHS[lang]).read_text(encoding="utf-8"))["docs"]
    items = [d for d in docs if search_index.DATED_ITEM.match(d["location"].split("#")[0])]
    summarised = [
        d for d in items if "#" not in d["location"] and len(d["text"].split()) <= search_index.ITEM_WORDS
    ]
    assert len({d["location"].split("#")[0] for d in items}) > NEWS + STATEMENTS
    assert len(summarised) >= NEWS + STATEMENTS - search_index.FULL_ITEMS
    word = UNIQUE_WORDS[lang]
    query = search_eval.Query(lang, word, [], "plain", 0)
    [answer] = search_eval.run_in_worker(new_tab(), grown_served, lang, [query])
    # (the worker's locations are relative to the language's root)
    assert answer["pages"][:1] == [f"{FOLDER}/{NEW['date']}-{NEW['slug']}/"], answer["pages"][:3]


def test_a_scheduled_statement_is_nowhere_before_its_day(grown):
    site = grown["after"]
    needle = f"{FOLDER}/{SCHEDULED['date']}-{SCHEDULED['slug']}"
    assert (grown["repo"] / "docs" / "lv" / f"{needle}.md").is_file()
    for lang in LANGS:
        assert not page_of(site, f"{lang_root(lang)}{needle}").exists()
        assert needle not in (site / f"{lang_root(lang)}{FOLDER}/feed.xml").read_text(encoding="utf-8")
    assert not [page for page in html_pages(site) if needle in page.read_text(encoding="utf-8")]


def test_statements_list_is_paginated_with_500(grown):
    site = grown["after"]
    for lang in LANGS:
        count = len(statement_sources(grown["repo"], lang, dt.date.fromisoformat(SITE_DATE)))
        expected = -(-count // PER_PAGE)
        pages = [page_of(site, f"{lang_root(lang)}{FOLDER}")] + [
            page_of(site, f"{lang_root(lang)}{FOLDER}/lapa/{n}") for n in range(2, expected + 1)
        ]
        assert all(page.is_file() for page in pages)
        assert not page_of(site, f"{lang_root(lang)}{FOLDER}/lapa/{expected + 1}").exists()
        sizes = [len(linked_statements(site, page, "article ul.lv-statements")) for page in pages]
        assert sizes[:-1] == [PER_PAGE] * (expected - 1) and sum(sizes) == count


@pytest.mark.parametrize("lang", LANGS)
def test_filter_pages_are_searched_by_their_titles_not_their_lists(grown, lang):
    """A filter page (statements of one priority, type or year) lists statements found on their own
    pages; in the index it is its title, or its list would be most of the index's words at scale."""
    from latvijaano.statements import model as statements

    site = grown["after"]
    docs = json.loads((site / INDEX_PATHS[lang]).read_text(encoding="utf-8"))["docs"]
    titles = {
        doc["title"]
        for doc in docs
        if re.match(rf"{FOLDER}/\d{{4}}-\d{{2}}-\d{{2}}-[^/#]+/$", doc["location"])
    }
    folders = "|".join((statements.TOPIC_FOLDER, statements.TYPE_FOLDER, statements.YEAR_FOLDER))
    filters = [doc for doc in docs if re.match(rf"{FOLDER}/({folders})/[^/]+/", doc["location"])]
    assert titles and filters
    listing = [(doc["location"], title) for doc in filters for title in titles if title in doc["text"]]
    assert not listing, listing[:3]


@pytest.mark.parametrize("lang", LANGS)
def test_a_statements_facts_are_separate_words_in_the_index(grown, lang):
    """Each fact's label and value are two words to the search ("Veids Paziņojums", not
    "VeidsPaziņojums", which no reader types)."""
    import yaml

    label = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))["statement_type"][lang]
    site = grown["after"]
    docs = json.loads((site / INDEX_PATHS[lang]).read_text(encoding="utf-8"))["docs"]
    statements = [
        doc for doc in docs if re.match(rf"{FOLDER}/\d{{4}}-", doc["location"]) and label in doc["text"]
    ]
    assert statements
    glued = [
        doc["location"] for doc in statements if not re.search(rf"(^|\s){re.escape(label)}\s", doc["text"])
    ]
    assert not glued, glued[:3]
