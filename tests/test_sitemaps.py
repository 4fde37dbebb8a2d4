"""Every sitemap the site publishes, entry by entry: the root sitemap.xml (both languages) and each
language's own (/en/sitemap.xml, which Material's scripts on English pages read).

Each <url> has a <loc> that is a built page, and hreflang alternates for every language and
x-default (the Latvian page), each pointing at a built page; the entry's own page is among its
alternates, under its own language. A sitemap lists exactly the built pages it covers, and no
draft or scheduled item (those are worked out from docs/ and the build's date, so the test holds
for any content).
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT
from site_pages import html_pages, page_language, url_path

sys.path.insert(0, str(ROOT / "hooks"))
import publication  # noqa: E402
import site_context  # noqa: E402

pytestmark = pytest.mark.content
LANGS = site_context.LANGUAGES
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemaps() -> list:
    """(file inside the site, the languages whose pages it lists): the root one has them all."""
    found = [pytest.param("sitemap.xml", LANGS, id="sitemap.xml")]
    for lang in LANGS:
        if site_context.language_root(lang):
            name = f"{site_context.language_root(lang)}sitemap.xml"
            found.append(pytest.param(name, (lang,), id=name))
    return found


def entries(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(loc, [(hreflang, href), ...]) of every <url>, in order."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{NS['sm']}}}urlset", root.tag
    found = []
    for url in root.findall("sm:url", NS):
        locs = url.findall("sm:loc", NS)
        assert len(locs) == 1 and locs[0].text, ET.tostring(url, encoding="unicode")
        links = [(link.get("hreflang"), link.get("href")) for link in url.findall("xhtml:link", NS)
                 if link.get("rel") == "alternate"]
        found.append((locs[0].text.strip(), links))
    return found


def built(site, url: str) -> Path | None:
    if not url.startswith(site.url):
        return None
    page = site.dir / url[len(site.url):] / "index.html"
    return page if page.is_file() else None


@pytest.mark.parametrize("name, langs", sitemaps())
def test_each_sitemap_entry_by_entry(site, name, langs):
    path = site.dir / name
    assert path.is_file(), f"{name} is not published"
    listed = entries(path)
    locs = [loc for loc, _ in listed]
    assert len(set(locs)) == len(locs), f"{name}: a page is listed twice"
    for loc, links in listed:
        where = f"{name}: {loc}"
        assert built(site, loc), f"{where} is not a built page"
        lang = site_context.language_of_url(loc[len(site.url):])
        assert lang in langs, f"{where}: a {lang} page in this sitemap"
        alternates = dict(links)
        assert len(alternates) == len(links), f"{where}: an hreflang twice"
        assert set(alternates) == {*LANGS, "x-default"}, f"{where}: alternates {sorted(alternates)}"
        assert alternates[lang] == loc, f"{where}: its own language's alternate is {alternates[lang]}"
        assert alternates["x-default"] == alternates[site_context.DEFAULT_LANGUAGE], where
        for hreflang, href in links:
            assert built(site, href), f"{where}: the {hreflang} alternate {href} is not a built page"
            if hreflang != "x-default":
                assert site_context.language_of_url(href[len(site.url):]) == hreflang, f"{where}: {hreflang} -> {href}"
    expected = {site.url + url_path(site.dir, page) for page in html_pages(site.dir)
                if page_language(site.dir, page) in langs}
    assert set(locs) == expected, (f"{name}: missing {sorted(expected - set(locs))[:5]}, "
                                   f"not built {sorted(set(locs) - expected)[:5]}")


@pytest.mark.parametrize("name, langs", sitemaps())
def test_no_sitemap_lists_a_draft_or_scheduled_item(site, name, langs):
    withheld = publication.withheld_pages(site.root / "docs", site_context.site_date())
    listed = {loc for loc, _ in entries(site.dir / name)}
    for rel in withheld:
        stem = rel[: -len(".md")]
        stem = stem[: -len("index")] if stem.endswith("index") else stem + "/"
        for lang in LANGS:
            assert site.url + site_context.language_root(lang) + stem not in listed, f"{name} lists {rel}"
