"""Accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every page (the crawl is in
test_crawl.py; the keyboard: test_keyboard.py).

axe-core comes bundled in the PyPI package axe-playwright-python (axe.min.js), so the test needs
no network and no second toolchain. Every page of both languages is checked in the light and the
dark colour scheme (the palette follows prefers-color-scheme) at desktop and phone width.
"""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from site_pages import html_pages, url_path

# WCAG 2.2 level A and AA, as the pull request check (scripts/check_changed_pages.py) and the
# accessibility statement hold it: each version's new A/AA rules carry that version's tag.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")
# Material's colour transitions must be over before axe measures contrast.
SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"


def page_urls(site) -> list[str]:
    """Every built page of both languages, and the site-wide 404 page."""
    return [site.url + url_path(site.dir, p) for p in html_pages(site.dir)] + [
        site.url + "404.html",
        site.url + "en/404.html",
    ]


def axe_violations(tab) -> list[dict]:
    """Run axe-core on the loaded page with the WCAG 2.0/2.1/2.2 A+AA rules; return its violations."""
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(AXE_SCRIPT)
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return tab.evaluate(f"axe.run(document, {json.dumps(options)})")["violations"]


def describe(violation: dict, where: str) -> str:
    targets = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:8])
    more = len(violation["nodes"]) - 8
    return (
        f"{violation['id']} ({violation['impact']}) on {where}: {violation['help']}\n"
        f"    targets: {targets}{f' (+{more} more)' if more > 0 else ''}"
    )


# Material picks the palette when the page loads and changes it on its toggle's "change" event
# (a media change after load is not followed): switching a loaded page does what the toggle does.
SWITCH_PALETTE = """scheme => {
  const input = [...document.querySelectorAll('input[name="__palette"]')]
    .find(i => (i.getAttribute('data-md-color-scheme') || '').endsWith(scheme));
  if (!input) return false;
  input.checked = true;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  return true;
}"""


def set_scheme(tab, scheme: str) -> None:
    """Put a loaded page into the light or dark palette, as the reader's setting or toggle would,
    and wait until it is applied and Material's colour transitions are over."""
    tab.emulate_media(color_scheme=scheme)
    current = tab.evaluate("document.body.getAttribute('data-md-color-scheme') || ''")
    if not current.endswith(scheme):
        assert tab.evaluate(SWITCH_PALETTE, scheme), "no palette toggle for " + scheme
    tab.wait_for_function(f"() => document.body.getAttribute('data-md-color-scheme').endsWith('{scheme}')")
    tab.wait_for_function(SETTLED)


@pytest.mark.parametrize("path, name", [("", "Meklēt"), ("en/", "Search")])
def test_search_dialog_has_an_accessible_name(site, page, path, name):
    """Material leaves its search dialog unnamed (axe best-practice rule aria-dialog-name);
    partials/search.html names it in the page's language."""
    page.goto(site.url + path)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    result = page.evaluate("axe.run(document, {runOnly: {type: 'rule', values: ['aria-dialog-name']}})")
    assert not result["violations"], result["violations"]
    assert result["passes"], "axe found no dialog to check"
    page.locator(".md-search__input").click()
    assert page.get_by_role("dialog", name=name, exact=True).count() == 1


def test_axe_finds_a_planted_violation(site, page):
    """The check above can fail: an unlabelled image, low-contrast text and (WCAG 2.2) two tiny
    links side by side, too small to hit, are reported."""
    page.goto(site.url + "en/")
    page.evaluate("""() => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML('afterbegin',
        '<img src="assets/images/logo.svg" id="planted-img">' + '<p id="planted-text">Faint text</p>' +
        '<p><a href="#a" id="planted-target">a</a><a href="#b">b</a></p>');
      // Styled through the DOM: the page's Content-Security-Policy refuses a style="" attribute.
      Object.assign(document.getElementById('planted-text').style, {color: '#bbb', background: '#fff'});
      for (const a of document.querySelectorAll('[href="#a"], [href="#b"]'))
        Object.assign(a.style, {display: 'inline-block', width: '10px', height: '10px', fontSize: '8px', overflow: 'hidden'});
    }""")
    found = {v["id"]: [" ".join(n["target"]) for n in v["nodes"]] for v in axe_violations(page)}
    assert "#planted-img" in found.get("image-alt", [])
    assert "#planted-text" in found.get("color-contrast", [])
    assert "#planted-target" in found.get("target-size", []), found
