"""The bilingual site as a reader gets it: every source page built in both languages, the right
`lang`, a language switch that lands on the same page, a clean strict build."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_pages import counterpart, html_pages, page_language, soup

from latvijaano.votes import pages as vote_pages

pytestmark = pytest.mark.content


def source_pages(root: Path) -> list[str]:
    """Every Latvian source page the build publishes, as its URL path under a language root ('',
    'kontakti/', ...): all but the votes register's page while the register is empty (latvijaano/votes/pages.py)."""
    paths = []
    left_out = vote_pages.left_out_of(root)
    for file in sorted((root / "docs" / "lv").rglob("*.md")):
        if file.relative_to(root / "docs" / "lv").as_posix() in left_out:
            continue
        rel = file.relative_to(root / "docs" / "lv").with_suffix("").as_posix()
        rel = rel.removesuffix("index").removesuffix("/") if rel.endswith("index") else rel
        paths.append(f"{rel}/" if rel else "")
    return paths


def test_strict_build_has_no_warnings(site):
    log = site.build.stdout + site.build.stderr
    assert "WARNING" not in log, log


def test_every_source_page_is_built_in_both_languages(site):
    paths = source_pages(site.root)
    assert "" in paths  # the home page
    for path in paths:
        for root in (site.dir, site.dir / "en"):
            assert (root / path / "index.html").is_file(), f"missing page {root.relative_to(site.dir)}/{path}"


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


def test_pages_have_a_heading_and_a_description(site):
    """What the templates promise every page. (What editors write — its length, a description of
    its own, no TODO — is the content check's: tests/test_content_checks.py.)"""
    for page in html_pages(site.dir):
        doc = soup(page)
        description = doc.find("meta", attrs={"name": "description"})["content"]
        assert description.strip(), f"{page}: empty meta description"
        assert doc.select_one("article h1"), f"{page}: no h1"


def test_language_switch_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site.url + "prioritates/sievietes/")
    tab.focus("a.md-select__link[hreflang=en]")
    tab.click("a.md-select__link[hreflang=en]")
    assert tab.url == site.url + "en/prioritates/sievietes/"
    assert tab.get_attribute("html", "lang") == "en"
    context.close()
