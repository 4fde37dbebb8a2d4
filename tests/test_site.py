"""The bilingual site as a reader gets it: every page in both languages, the right
`lang`, a language switch that lands on the same page, a clean strict build."""
from __future__ import annotations

import re

import pytest

from site_pages import counterpart, html_pages, page_language, soup, url_path

# Every page the campaign site must have, by URL path under each language root.
EXPECTED_PAGES = [
    "",
    "prioritates/",
    "prioritates/tiesiskums-un-demokratija/",
    "prioritates/sievietes/",
    "prioritates/drosiba-ilgtspeja-attistiba/",
    "prioritates/noturiba/",
    "kapec-latvija/",
    "vesture/",
    "velesanas/",
    "organizacijas/",
    "iesaisties/",
    "jaunumi/",
    "jaunumi/2021-05-20-act-grupa/",
    "jaunumi/2024-01-18-konsultacijas-ar-cehiju/",
    "kontakti/",
    "pieklustamiba/",
    "privatums/",
]


def test_strict_build_has_no_warnings(site):
    log = site.build.stdout + site.build.stderr
    assert "WARNING" not in log, log


@pytest.mark.parametrize("path", EXPECTED_PAGES)
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_page_exists_in_both_languages(site, lang, path):
    root = site.dir if lang == "lv" else site.dir / "en"
    assert (root / path / "index.html").is_file(), f"missing {lang} page /{path}"


def test_every_page_has_its_counterpart(site):
    for page in html_pages(site.dir):
        assert counterpart(site.dir, page).is_file(), f"{page} has no counterpart"


def test_html_lang_matches_the_language_tree(site):
    for page in html_pages(site.dir):
        html = soup(page).html
        assert html["lang"] == page_language(site.dir, page), page


def test_language_switch_points_at_the_counterpart(site):
    for page in html_pages(site.dir):
        lang = page_language(site.dir, page)
        other = "en" if lang == "lv" else "lv"
        links = soup(page).select("a.md-select__link")
        by_lang = {a["hreflang"]: a for a in links}
        assert set(by_lang) == {"lv", "en"}, page
        link = by_lang[other]
        assert link["lang"] == other, page
        target = (page.parent / link["href"]).resolve() / "index.html"
        assert target == counterpart(site.dir, page).resolve(), f"{page}: switch goes to {target}"


def test_pages_have_a_title_description_and_real_text(site):
    descriptions = {}
    for page in html_pages(site.dir):
        doc = soup(page)
        description = doc.find("meta", attrs={"name": "description"})["content"]
        assert description.strip(), f"{page}: empty meta description"
        descriptions.setdefault(description, []).append(url_path(site.dir, page))
        article = doc.select_one("article")
        assert article.find("h1"), f"{page}: no h1"
        text = article.get_text(" ", strip=True)
        assert "TODO" not in text, f"{page}: placeholder text"
        assert len(text.split()) >= 40, f"{page}: only {len(text.split())} words"
    shared = {d: pages for d, pages in descriptions.items() if len(pages) > 1}
    assert not shared, f"descriptions must be page-specific: {shared}"


def test_latvian_pages_are_written_with_diacritics(site):
    """A Latvian page with no ā, ē, ī, š, ž ... at all was typed without diacritics."""
    for page in html_pages(site.dir):
        if page_language(site.dir, page) != "lv":
            continue
        text = soup(page).select_one("article").get_text(" ", strip=True)
        assert re.search("[āčēģīķļņšūž]", text), f"{page}: no Latvian diacritics"


def test_language_switch_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site.url + "prioritates/sievietes/")
    tab.focus("a.md-select__link[hreflang=en]")
    tab.click("a.md-select__link[hreflang=en]")
    assert tab.url == site.url + "en/prioritates/sievietes/"
    assert tab.get_attribute("html", "lang") == "en"
    context.close()
