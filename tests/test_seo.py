"""Search engines and sharing: canonical, hreflang, Open Graph, sitemaps, robots.txt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from site_pages import counterpart, html_pages, page_language, soup, url_path

OG_LOCALES = {"lv": "lv_LV", "en": "en_GB"}
pytestmark = pytest.mark.content
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def meta(doc, prop):
    tag = doc.find("meta", attrs={"property": prop}) or doc.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def test_canonical_and_absolute_hreflang_alternates(site):
    for page in html_pages(site.dir):
        doc = soup(page)
        own = site.url + url_path(site.dir, page)
        other = site.url + url_path(site.dir, counterpart(site.dir, page))
        lang = page_language(site.dir, page)
        lv_url = own if lang == "lv" else other
        assert doc.find("link", rel="canonical")["href"] == own, page
        hreflang = {link["hreflang"]: link["href"] for link in doc.find_all("link", hreflang=True)}
        assert hreflang == {
            lang: own,
            "en" if lang == "lv" else "lv": other,
            "x-default": lv_url,
        }, page


def test_open_graph_and_twitter_tags(site):
    for page in html_pages(site.dir):
        doc = soup(page)
        lang = page_language(site.dir, page)
        assert meta(doc, "og:title"), page
        assert meta(doc, "og:description") == meta(doc, "description"), page
        assert meta(doc, "og:url") == site.url + url_path(site.dir, page), page
        assert meta(doc, "og:image").startswith(site.url), page
        assert meta(doc, "og:locale") == OG_LOCALES[lang], page
        assert meta(doc, "og:locale:alternate") == OG_LOCALES["en" if lang == "lv" else "lv"], page
        assert meta(doc, "twitter:card") == "summary_large_image", page


LATVIAN_WORDS = {
    "un",
    "ir",
    "ar",
    "par",
    "kā",
    "no",
    "uz",
    "ka",
    "kas",
    "arī",
    "vai",
    "lai",
    "tā",
    "tās",
    "kurā",
    "latvija",
    "latvijas",
    "latvijai",
    "padomē",
    "gadā",
    "ko",
    "kad",
}
ENGLISH_WORDS = {
    "the",
    "and",
    "of",
    "to",
    "in",
    "is",
    "for",
    "on",
    "with",
    "its",
    "a",
    "an",
    "how",
    "what",
    "latvia",
    "latvia's",
    "council",
    "from",
    "by",
    "at",
    "as",
}


def language_of(text: str) -> str:
    """'lv' or 'en', by common words and Latvian letters (a name like Pavļuta-Deslandes in an
    English sentence does not make it Latvian: the common words outweigh it)."""
    words = [w.strip(".,:;!?()\"'«»“”„").lower() for w in text.split()]
    latvian = sum(w in LATVIAN_WORDS for w in words) + 2 * any(c in "āčēģīķļņšūž" for c in text.lower())
    english = sum(w in ENGLISH_WORDS for w in words)
    return "lv" if latvian > english else "en"


def test_language_of_tells_the_two_apart():
    assert language_of("Latvija ir ANO Drošības padomes nepastāvīgā locekle") == "lv"
    assert language_of("Ambassador Sanita Pavļuta-Deslandes represents Latvia at the UN in New York") == "en"


def test_description_is_in_the_page_language(site):
    wrong = []
    for page in html_pages(site.dir):
        doc = soup(page)
        borrowed = doc.select_one("article div[lang]")  # translation pending: the Latvian text stands in
        lang = borrowed["lang"] if borrowed else page_language(site.dir, page)
        description = meta(doc, "description")
        if language_of(description) != lang:
            wrong.append(f"/{url_path(site.dir, page)} ({lang}): {description}")
    assert not wrong, "\n".join(wrong)


def test_og_image_exists(site):
    assert (site.dir / "assets/images/og-image.png").is_file()


def test_sitemap_lists_every_page_with_alternates(site):
    tree = ET.parse(site.dir / "sitemap.xml")
    entries = {}
    for url in tree.getroot().findall("sm:url", NS):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        entries[url.find("sm:loc", NS).text] = links
    for page in html_pages(site.dir):
        loc = site.url + url_path(site.dir, page)
        assert loc in entries, f"{loc} not in sitemap.xml"
        assert set(entries[loc]) == {"lv", "en", "x-default"}, loc


def test_english_sitemap_lists_only_english_pages(site):
    tree = ET.parse(site.dir / "en" / "sitemap.xml")
    locs = [u.find("sm:loc", NS).text for u in tree.getroot().findall("sm:url", NS)]
    english = [p for p in html_pages(site.dir) if page_language(site.dir, p) == "en"]
    assert len(locs) == len(english)
    assert all(loc.startswith(site.url + "en/") for loc in locs)


def test_robots_txt_points_at_the_sitemap(site):
    robots = (site.dir / "robots.txt").read_text()
    assert f"Sitemap: {site.url}sitemap.xml" in robots
