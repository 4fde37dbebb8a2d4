"""Every sitemap the site publishes, entry by entry: the root sitemap.xml (both languages) and each
language's own (/en/sitemap.xml, which Material's scripts on English pages read).

Each <url> has a <loc> that is a built page, and an hreflang alternate for each language the page
is written in plus x-default (the Latvian page), each pointing at a built page; the entry's own page
is among its alternates, under its own language. A sitemap lists exactly the translated built pages
it covers, and no draft or scheduled item (worked out from docs/ and the build's date).

A page whose English text is pending (`translation: pending`: the Latvian text stands in on the
English side, CONTRIBUTING.md) is valid content too: its English stand-in is in no sitemap and no
page names it as English. One scratch build has such a page, and every check runs on it as well
as on the shared build, so the tests hold for any valid content.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, build_site, free_port
from site_pages import counterpart, html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

from latvijaano import site_context
from latvijaano.data import publication

pytestmark = pytest.mark.content
LANGS = site_context.LANGUAGES
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemaps() -> list[tuple[str, tuple[str, ...]]]:
    """(file inside the site, the languages whose pages it lists): the root one has them all."""
    found = [("sitemap.xml", LANGS)]
    for lang in LANGS:
        if site_context.language_root(lang):
            found.append((f"{site_context.language_root(lang)}sitemap.xml", (lang,)))
    return found


SITEMAPS = [pytest.param(name, langs, id=name) for name, langs in sitemaps()]


class Built:
    """A built site: its folder, its address and its sources."""

    def __init__(self, folder: Path, url: str, root: Path):
        self.dir, self.url, self.root = folder, url, root


@pytest.fixture(scope="module")
def pending(tmp_path_factory):
    """A copy whose first English page (outside the news and statements) is pending translation:
    the English file removed and the Latvian one marked, as an editor does."""
    root = copy_repo(tmp_path_factory.mktemp("sitemaps") / "repo")
    english = sorted(p for p in (root / "docs" / "en").glob("*.md") if p.name != "index.md")[0]
    english.unlink()
    latvian = root / "docs" / "lv" / english.name
    latvian.write_text(
        latvian.read_text(encoding="utf-8").replace("---\n", "---\ntranslation: pending\n", 1),
        encoding="utf-8",
    )
    url = f"http://127.0.0.1:{free_port()}/"
    result = build_site(root, root.parent / "site", url)
    assert result.returncode == 0, result.stdout + result.stderr
    built = Built(root.parent / "site", url, root)
    built.pending_page = root.parent / "site" / "en" / english.stem / "index.html"
    return built


@pytest.fixture(params=["shared build", "with a pending translation"])
def any_site(request, site):
    return site if request.param == "shared build" else request.getfixturevalue("pending")


def entries(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(loc, [(hreflang, href), ...]) of every <url>, in order."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{NS['sm']}}}urlset", root.tag
    found = []
    for url in root.findall("sm:url", NS):
        locs = url.findall("sm:loc", NS)
        assert len(locs) == 1 and locs[0].text, ET.tostring(url, encoding="unicode")
        links = [
            (link.get("hreflang"), link.get("href"))
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        ]
        found.append((locs[0].text.strip(), links))
    return found


def built_page(site, url: str) -> Path | None:
    if not url.startswith(site.url):
        return None
    page = site.dir / url[len(site.url) :] / "index.html"
    return page if page.is_file() else None


def translated(site, page: Path) -> bool:
    """False for a stand-in: the other language's text shown while the translation is pending."""
    stand_in = soup(page).select_one("article div[lang]")
    return not (stand_in and stand_in["lang"] != page_language(site.dir, page))


def languages_written(site, page: Path) -> set[str]:
    """The languages the page exists in, translated: what its hreflang alternates must name."""
    pages = [page, counterpart(site.dir, page)]
    return {page_language(site.dir, p) for p in pages if p.is_file() and translated(site, p)}


@pytest.mark.parametrize("name, langs", SITEMAPS)
def test_each_sitemap_entry_by_entry(any_site, name, langs):
    site = any_site
    path = site.dir / name
    assert path.is_file(), f"{name} is not published"
    listed = entries(path)
    locs = [loc for loc, _ in listed]
    assert len(set(locs)) == len(locs), f"{name}: a page is listed twice"
    for loc, links in listed:
        where = f"{name}: {loc}"
        page = built_page(site, loc)
        assert page, f"{where} is not a built page"
        lang = site_context.language_of_url(loc[len(site.url) :])
        assert lang in langs, f"{where}: a {lang} page in this sitemap"
        alternates = dict(links)
        assert len(alternates) == len(links), f"{where}: an hreflang twice"
        assert set(alternates) == languages_written(site, page) | {"x-default"}, (
            f"{where}: alternates {sorted(alternates)}"
        )
        assert alternates[lang] == loc, f"{where}: its own language's alternate is {alternates[lang]}"
        assert alternates["x-default"] == alternates[site_context.DEFAULT_LANGUAGE], where
        for hreflang, href in links:
            assert built_page(site, href), f"{where}: the {hreflang} alternate {href} is not a built page"
            if hreflang != "x-default":
                assert site_context.language_of_url(href[len(site.url) :]) == hreflang, (
                    f"{where}: {hreflang} -> {href}"
                )
    expected = {
        site.url + url_path(site.dir, page)
        for page in html_pages(site.dir)
        if page_language(site.dir, page) in langs and translated(site, page)
    }
    assert set(locs) == expected, (
        f"{name}: missing {sorted(expected - set(locs))[:5]}, "
        f"not built or a stand-in {sorted(set(locs) - expected)[:5]}"
    )


def test_the_pages_name_the_same_alternates_as_the_sitemap(pending):
    """A page's own hreflang links name the languages it is written in (and x-default), as its
    sitemap entry does: the English stand-in is never announced as English."""
    site = pending
    assert not translated(site, site.pending_page), "the scratch copy has no pending translation"
    for page in html_pages(site.dir):
        links = {link["hreflang"] for link in soup(page).select('head link[rel="alternate"][hreflang]')}
        assert links == languages_written(site, page) | {"x-default"}, (
            f"/{url_path(site.dir, page)}: {sorted(links)}"
        )


@pytest.mark.parametrize("name, langs", SITEMAPS)
def test_no_sitemap_lists_a_draft_or_scheduled_item(site, name, langs):
    """(The scratch builds of tests/test_dates_edges.py and test_publishing.py have such items.)"""
    withheld = publication.withheld_pages(site.root / "docs", site_context.site_date())
    listed = {loc for loc, _ in entries(site.dir / name)}
    for rel in withheld:
        stem = rel[: -len(".md")]
        stem = stem[: -len("index")] if stem.endswith("index") else stem + "/"
        for lang in LANGS:
            assert site.url + site_context.language_root(lang) + stem not in listed, f"{name} lists {rel}"
