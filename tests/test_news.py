"""News as readers and feed readers get it.

- each language's news list shows that language's items, newest first, with the date written
  in that language; the home page shows the newest three;
- an Atom feed per language (feed.xml, en/feed.xml) lists that language's items with absolute
  URLs, and every page's head points at the feed of its language;
- news items are not in the navigation (with 600 more items per language: tests/test_scale.py);
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
from conftest import ROOT, build_site
from mkdocs.utils.meta import get_data
from site_pages import html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

from latvijaano import site_context
from latvijaano.data import publication

LANGS = ("lv", "en")
ATOM = "{http://www.w3.org/2005/Atom}"
NEWS_ITEM_URL = re.compile(r"jaunumi/\d{4}-\d{2}-\d{2}-[^/]+/$")
PER_PAGE = 20
SITE_URL = "http://127.0.0.1:8000/"
MONTHS = {
    "lv": [
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def written_date(day: dt.date, lang: str) -> str:
    """The date as each language writes it, spelled out here independently of Babel."""
    if lang == "lv":
        return f"{day.year}. gada {day.day}. {MONTHS['lv'][day.month - 1]}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def news_sources(docs_root: Path, lang: str, today: dt.date | None = None) -> list[tuple[dt.date, str, str]]:
    """(date, url path under the language root, title) of every published news item, newest first."""
    withheld = publication.withheld_pages(docs_root / "docs", today or site_context.site_date())
    items = []
    for path in (docs_root / "docs" / lang / "jaunumi").glob("[0-9]*.md"):
        if f"jaunumi/{path.name}" in withheld:
            continue
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
        entries.append(
            {
                "title": link.get_text(strip=True),
                "href": link["href"],
                "datetime": li.time["datetime"],
                "date_text": li.time.get_text(strip=True),
                "description": li.select_one(".lv-news-list__text").get_text(strip=True),
            }
        )
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
    assert [resolve(site.dir, index, e["href"]) for e in entries] == [
        lang_root(lang) + url for _, url, _ in sources
    ]
    assert [e["title"] for e in entries] == [title for _, _, title in sources]
    assert [e["datetime"] for e in entries] == [day.isoformat() for day, _, _ in sources]
    assert [e["date_text"] for e in entries] == [written_date(day, lang) for day, _, _ in sources]
    assert all(e["description"] for e in entries)


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_shows_the_newest_news(site, lang):
    """The home page's record (latvijaano/record/, tested in tests/test_record.py) mixes the kinds:
    the news items it shows are the newest ones, in order."""
    home = site.dir / lang_root(lang) / "index.html"
    linked = []
    for a in soup(home).select(".lv-latest a[href]"):
        url = resolve(site.dir, home, a["href"])
        if NEWS_ITEM_URL.search(url) and url not in linked:
            linked.append(url)
    expected = [lang_root(lang) + url for _, url, _ in news_sources(site.root, lang)]
    assert linked == expected[: len(linked)]


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
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        site.url + lang_root(lang) + url for _, url, _ in sources
    ]
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
        urls = [
            resolve(site.dir, page, a["href"]) for a in nav.select("a[href]") if not a["href"].startswith("#")
        ]
        assert not [url for url in urls if NEWS_ITEM_URL.search(url)]


# --- Invalid dates -----------------------------------------------------------------------------

BAD_DATES = [  # (language, the date line, words of the one message expected, at the date's line?)
    ("lv", "", "Jaunumam trūkst 'date'", False),
    ("en", "date: 2024-02-30\n", "neesošs datums", True),
    ("lv", "date: 18.01.2024\n", "'date' jāraksta kā GGGG-MM-DD", True),
]


HEADING = {
    "lv": "Nederīgs datums",
    "en": "Bad date",
}  # (each in its page's language: the spelling rule reads it)
WORDS = {
    "lv": "Pārbaudes jaunuma teksts ar pietiekami daudz vārdu garumam. ",
    "en": "Some words of text for this item to have its length. ",
}


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
                + f"# {HEADING[item_lang]} {number}\n\n"
                + WORDS[item_lang] * 5
                + "\n",
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
