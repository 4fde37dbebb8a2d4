"""News as readers and feed readers get it, and how the site copes with years of news.

- each language's news list shows that language's items, newest first, with the date written
  in that language; the home page shows the newest three;
- an Atom feed per language (feed.xml, en/feed.xml) lists that language's items with absolute
  URLs, and every page's head points at the feed of its language;
- with 600 more items per language every page that is not news keeps its size (items are not
  in the navigation), and the list is split into pages that link to each other;
- a news item without a valid `date` fails the build with one message, naming the file and line.

Expectations come from the sources (`site.root`, the tree the shared build was made from) or from
items the tests write themselves, never from today's news: the content-independence test runs
this module on a copy with a news item added.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from conftest import ROOT, build_site
from site_pages import html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from bench_build import add_synthetic_news, copy_repo  # noqa: E402

LANGS = ("lv", "en")
ATOM = "{http://www.w3.org/2005/Atom}"
NEWS_ITEM_URL = re.compile(r"jaunumi/\d{4}-\d{2}-\d{2}-[^/]+/$")
PER_PAGE = 20
SYNTHETIC = 600
SITE_URL = "http://127.0.0.1:8000/"
MONTHS = {
    "lv": ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
           "septembris", "oktobris", "novembris", "decembris"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def written_date(day: dt.date, lang: str) -> str:
    """The date as each language writes it, spelled out here independently of Babel."""
    if lang == "lv":
        return f"{day.year}. gada {day.day}. {MONTHS['lv'][day.month - 1]}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def news_sources(docs_root: Path, lang: str) -> list[tuple[dt.date, str, str]]:
    """(date, url path under the language root, title) of every news item, newest first."""
    items = []
    for path in (docs_root / "docs" / lang / "jaunumi").glob("[0-9]*.md"):
        meta = get_data(path.read_text(encoding="utf-8"))[1]
        items.append((meta["date"], f"jaunumi/{path.stem}/", meta["title"]))
    return sorted(items, key=lambda item: (item[0], item[1]), reverse=True)


def lang_root(lang: str) -> str:
    return "en/" if lang == "en" else ""


def list_entries(page_path: Path) -> list[dict]:
    """The news list on a built page: title, resolved URL path, <time datetime>, date text."""
    entries = []
    for li in soup(page_path).select("article ul.lv-news-list > li"):
        link = li.select_one("h2 a")
        entries.append({
            "title": link.get_text(strip=True),
            "href": link["href"],
            "datetime": li.time["datetime"],
            "date_text": li.time.get_text(strip=True),
            "description": li.select_one(".lv-news-list__text").get_text(strip=True),
        })
    return entries


def resolve(site_dir: Path, page_path: Path, href: str) -> str:
    """A page-relative href from a built page, as a URL path from the site root."""
    target = (page_path.parent / href).resolve()
    return target.relative_to(site_dir.resolve()).as_posix().rstrip("/") + "/"


# --- The real site ---------------------------------------------------------------------------

@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_news_list_is_newest_first_with_dates_in_the_page_language(site, lang):
    index = site.dir / lang_root(lang) / "jaunumi" / "index.html"
    entries = list_entries(index)
    sources = news_sources(site.root, lang)
    assert sources, "the site has news items"
    assert [resolve(site.dir, index, e["href"]) for e in entries] == [lang_root(lang) + url for _, url, _ in sources]
    assert [e["title"] for e in entries] == [title for _, _, title in sources]
    assert [e["datetime"] for e in entries] == [day.isoformat() for day, _, _ in sources]
    assert [e["date_text"] for e in entries] == [written_date(day, lang) for day, _, _ in sources]
    assert all(e["description"] for e in entries)


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_newest_news(site, lang):
    home = site.dir / lang_root(lang) / "index.html"
    linked = []
    for a in soup(home).select("article a[href]"):
        url = resolve(site.dir, home, a["href"])
        if NEWS_ITEM_URL.search(url) and url not in linked:
            linked.append(url)
    expected = [lang_root(lang) + url for _, url, _ in news_sources(site.root, lang)[:3]]
    assert linked == expected


def read_feed(path: Path) -> ET.Element:
    return ET.fromstring(path.read_bytes())


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_feed_lists_the_language_news_with_absolute_urls(site, lang):
    feed = read_feed(site.dir / lang_root(lang) / "feed.xml")
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"{site.url}{lang_root(lang)}feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    sources = news_sources(site.root, lang)
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [site.url + lang_root(lang) + url for _, url, _ in sources]
    assert [e.findtext(f"{ATOM}title") for e in entries] == [title for _, _, title in sources]
    assert [e.findtext(f"{ATOM}id") for e in entries] == [e.find(f"{ATOM}link").get("href") for e in entries]
    assert all(e.findtext(f"{ATOM}summary") for e in entries)
    assert feed.findtext(f"{ATOM}updated") == f"{sources[0][0].isoformat()}T00:00:00Z"
    for entry in entries:  # each link is a page of the built site
        path = entry.find(f"{ATOM}link").get("href").removeprefix(site.url)
        assert (site.dir / path / "index.html").is_file()


@pytest.mark.content
def test_every_page_links_the_feed_of_its_language(site):
    for path in html_pages(site.dir):
        feeds = soup(path).select('head link[rel="alternate"][type="application/atom+xml"]')
        lang = page_language(site.dir, path)
        # The news feed first; the statements' feed (tests/test_statements.py) may follow.
        hrefs = [link["href"] for link in feeds]
        assert hrefs[0] == f"{site.url}{lang_root(lang)}feed.xml", url_path(site.dir, path)
        assert all(href.startswith(f"{site.url}{lang_root(lang)}") for href in hrefs)
        if lang == "lv":
            assert not any(href.startswith(f"{site.url}en/") for href in hrefs)
        assert all(link.get("title") for link in feeds)


@pytest.mark.content
def test_news_items_are_not_in_the_navigation(site):
    for lang in LANGS:
        page = site.dir / lang_root(lang) / "vesture" / "index.html"
        nav = soup(page).select_one("nav.md-nav--primary")
        assert nav is not None
        urls = [resolve(site.dir, page, a["href"]) for a in nav.select("a[href]") if not a["href"].startswith("#")]
        assert not [url for url in urls if NEWS_ITEM_URL.search(url)]


# --- 600 more items per language -------------------------------------------------------------

@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """The site built twice from copies of the repository: as it is, and with 600 more news
    items per language (older than the real ones), with the same site_url."""
    base = tmp_path_factory.mktemp("news-scale")
    builds = {}
    for name, count in (("before", 0), ("after", SYNTHETIC)):
        project = copy_repo(base / f"repo-{name}")
        add_synthetic_news(project, count)
        result = build_site(project, base / f"site-{name}", SITE_URL)
        assert result.returncode == 0, result.stdout + result.stderr
        builds[name] = base / f"site-{name}"
    builds["repo"] = base / "repo-after"
    return builds


def is_news(rel: str) -> bool:
    return bool(re.match(r"(en/)?jaunumi/", rel))


def test_other_pages_keep_their_size_with_600_more_news(grown):
    before, after = grown["before"], grown["after"]
    compared = 0
    for page in html_pages(before):
        rel = page.relative_to(before).as_posix()
        if is_news(rel):
            continue
        old, new = page.stat().st_size, (after / rel).stat().st_size
        # The home page shows up to three teasers; the real site has two, so it gains one.
        assert abs(new - old) <= 0.03 * old, f"{rel}: {old} -> {new} bytes"
        compared += 1
    assert compared >= 20


def test_no_other_page_mentions_the_synthetic_items_except_the_home_teasers(grown):
    after = grown["after"]
    for page in html_pages(after):
        rel = page.relative_to(after).as_posix()
        if is_news(rel):
            continue
        mentions = len(re.findall(r"jaunumi/\d{4}-\d{2}-\d{2}-bench-\d+/", page.read_text(encoding="utf-8")))
        # Only the home page's "latest news" may show one (the third newest item).
        assert mentions <= (1 if rel in ("index.html", "en/index.html") else 0), rel


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_three_newest_of_many(grown, lang):
    site = grown["after"]
    home = site / lang_root(lang) / "index.html"
    linked = []
    for a in soup(home).select("article a[href]"):
        url = resolve(site, home, a["href"])
        if NEWS_ITEM_URL.search(url) and url not in linked:
            linked.append(url)
    assert linked == [lang_root(lang) + url for _, url, _ in news_sources(grown["repo"], lang)[:3]]


@pytest.mark.parametrize("lang", LANGS)
def test_news_list_pages_exist_and_link_to_each_other(grown, lang):
    site = grown["after"]
    sources = news_sources(grown["repo"], lang)
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
        assert len(entries) == (PER_PAGE if len(visited) < expected_pages else len(sources) - PER_PAGE * (expected_pages - 1))
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
    assert list_entries(visited[-1])[-1]["date_text"] == {"lv": "2000. gada 2. janvāris", "en": "2 January 2000"}[lang]

    # Each page links the first and the last page.
    last = f"{lang_root(lang)}jaunumi/lapa/{expected_pages}/"
    for page in visited:
        hrefs = {resolve(site, page, a["href"]) for a in soup(page).select("nav.lv-pagination a[href]")}
        assert f"{lang_root(lang)}jaunumi/" in hrefs and last in hrefs


@pytest.mark.parametrize("lang", LANGS)
def test_feed_holds_the_newest_twenty_of_many(grown, lang):
    feed = read_feed(grown["after"] / lang_root(lang) / "feed.xml")
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    expected = [SITE_URL + lang_root(lang) + url for _, url, _ in news_sources(grown["repo"], lang)[:20]]
    assert links == expected


# --- Invalid dates -----------------------------------------------------------------------------

BAD_DATES = [  # (language, the date line, words of the one message expected, at the date's line?)
    ("lv", "", "Jaunumam trūkst 'date'", False),
    ("en", "date: 2024-02-30\n", "neesošs datums", True),
    ("lv", "date: 18.01.2024\n", "'date' jāraksta kā GGGG-MM-DD", True),
]


WORDS = {"lv": "Pārbaudes jaunuma teksts ar pietiekami daudz vārdu garumam. ",
         "en": "Some words of text for this item to have its length. "}


def test_news_items_without_a_valid_date_fail_with_one_message_each(tmp_path):
    """Three items, each with a bad date: one build names every one, once, at its line."""
    project = copy_repo(tmp_path / "repo")
    expected = []
    for number, (lang, date_line, words, at_date) in enumerate(BAD_DATES, start=1):
        rel = f"jaunumi/2024-01-{number:02d}-bad-date-{number}.md"
        for item_lang in ("lv", "en"):
            (project / "docs" / item_lang / rel).write_text(
                f"---\ntitle: Bad date {number} {item_lang}\n"
                + (date_line if item_lang == lang else f"date: 2024-01-{number:02d}\n")
                + f"description: A news item whose date is wrong, number {number} in {item_lang}.\n---\n\n"
                + f"# Bad date {number}\n\n" + WORDS[item_lang] * 5 + "\n",
                encoding="utf-8",
            )
        expected.append((f"docs/{lang}/{rel}", 3 if at_date else 1, words))
    result = build_site(project, tmp_path / "site", SITE_URL)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    for path, line, words in expected:
        mentions = [text for text in output.splitlines() if f"{path}:" in text]
        assert len(mentions) == 1, f"{path}: expected one message, got {mentions}"
        assert f"{path}:{line}: " in mentions[0] and words in mentions[0], mentions[0]
        assert " / " in mentions[0]  # Latvian, then English


def test_list_pages_have_hreflang_and_a_language_switch(grown):
    """The generated pages of the news list (jaunumi/lapa/N/) are pages of both languages too:
    hooks/news.py gives them their alternates, which hreflang and the language switch use."""
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
