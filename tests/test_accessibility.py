"""Accessibility: axe-core's WCAG 2.0/2.1 A and AA rules on every page, and the keyboard.

axe-core comes bundled in the PyPI package axe-playwright-python (axe.min.js), so the test needs
no network and no second toolchain. Every page of both languages is checked in the light and the
dark colour scheme (the palette follows prefers-color-scheme) at desktop and phone width.
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from site_pages import html_pages, url_path

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")
# Material's colour transitions must be over before axe measures contrast.
SETTLED = "document.getAnimations().every(a => a.playState !== 'running')"


def page_urls(site) -> list[str]:
    """Every built page of both languages, and the site-wide 404 page."""
    return [site.url + url_path(site.dir, p) for p in html_pages(site.dir)] + [site.url + "404.html"]


def axe_violations(tab) -> list[dict]:
    """Run axe-core on the loaded page with the WCAG 2.0/2.1 A+AA rules; return its violations."""
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(AXE_SCRIPT)
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return tab.evaluate(f"axe.run(document, {json.dumps(options)})")["violations"]


def describe(violation: dict, where: str) -> str:
    targets = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:8])
    more = len(violation["nodes"]) - 8
    return (f"{violation['id']} ({violation['impact']}) on {where}: {violation['help']}\n"
            f"    targets: {targets}{f' (+{more} more)' if more > 0 else ''}")


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_passes_axe_wcag_aa(site, browser, scheme, width):
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[width])
    tab = context.new_page()
    failures, checked = [], 0
    for url in page_urls(site):
        tab.goto(url, wait_until="load")
        tab.wait_for_function(SETTLED)
        # The palette really follows the emulated scheme (else the dark run tests the light one).
        assert tab.locator("body").get_attribute("data-md-color-scheme").endswith(scheme), url
        where = f"{urlsplit(url).path} [{scheme}, {width}]"
        failures += [describe(v, where) for v in axe_violations(tab)]
        checked += 1
    context.close()
    assert checked > 30
    assert not failures, f"{len(failures)} axe violation(s):\n" + "\n".join(failures)


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
    """The check above can fail: an unlabelled image and low-contrast text are reported."""
    page.goto(site.url + "en/")
    page.evaluate("""() => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML('afterbegin',
        '<img src="assets/images/logo.svg" id="planted-img">' +
        '<p id="planted-text" style="color:#bbb;background:#fff">Faint text</p>');
    }""")
    found = {v["id"]: [" ".join(n["target"]) for n in v["nodes"]] for v in axe_violations(page)}
    assert "#planted-img" in found.get("image-alt", [])
    assert "#planted-text" in found.get("color-contrast", [])


# --- Keyboard ---------------------------------------------------------------------------

FOCUSED = """() => {
  const el = document.activeElement;
  return el && el !== document.body ? {
    tag: el.tagName.toLowerCase(), cls: el.className, href: el.getAttribute('href'),
    label: (el.getAttribute('aria-label') || el.innerText || '').trim().slice(0, 40),
  } : null;
}"""


def tab_until(tab, predicate: str, limit: int = 60) -> dict:
    """Press Tab until the focused element matches the JS predicate (given `el`); return it."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({predicate}); }})()"):
            return tab.evaluate(FOCUSED)
    pytest.fail(f"{limit} Tab presses never reached an element matching {predicate} on {tab.url}")


@pytest.mark.parametrize("path", ["", "en/prioritates/sievietes/"])
def test_skip_link_comes_first_and_moves_focus_to_the_content(site, page, path):
    page.goto(site.url + path)
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first and "md-skip" in first["cls"], f"first Tab stop is {first}, not the skip link"
    target = first["href"].lstrip("#")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#" + target
    assert page.evaluate(f"!!document.getElementById({json.dumps(target)}).closest('main')"), \
        "the skip link's target is not inside <main>"
    # Focus (or the sequential focus start point) is now at the content: the next Tab stop lies
    # after the target, outside the header, tabs and sidebars.
    page.keyboard.press("Tab")
    after = page.evaluate(f"""() => {{
      const el = document.activeElement, target = document.getElementById({json.dumps(target)});
      return {{after: !!(target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
                      || target.contains(el),
               chrome: !!el.closest('.md-header, .md-tabs, .md-sidebar'), tag: el.tagName}};
    }}""")
    assert after["after"] and not after["chrome"], f"after the skip link, Tab went to {after}"


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("start, other", [("prioritates/sievietes/", "en/prioritates/sievietes/"),
                                          ("en/kontakti/", "kontakti/")])
def test_language_switch_by_keyboard(site, browser, width, start, other):
    context = browser.new_context(viewport=VIEWPORTS[width])
    tab = context.new_page()
    tab.goto(site.url + start)
    tab_until(tab, "el.matches('.md-select button')")
    # Opening the menu with the keyboard shows the links; Tab reaches the other language's.
    tab.keyboard.press("Enter")
    other_lang = "en" if other.startswith("en/") else "lv"
    link = tab_until(tab, f"el.matches('.md-select__link[hreflang={other_lang}]')", limit=3)
    assert tab.locator(f".md-select__link[hreflang={other_lang}]").is_visible(), link
    tab.keyboard.press("Enter")
    tab.wait_for_url(site.url + other)
    assert tab.locator("html").get_attribute("lang") == other_lang
    context.close()


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("start, query, expected", [
    ("", "sievietes", "prioritates/sievietes/"),
    ("en/", "women", "en/prioritates/sievietes/"),
])
def test_search_by_keyboard(site, browser, width, start, query, expected):
    """Reach search with Tab (on a phone, focusing the field opens the search dialog), type,
    pick the first result with the arrow key and Enter."""
    context = browser.new_context(viewport=VIEWPORTS[width])
    tab = context.new_page()
    tab.goto(site.url + start, wait_until="networkidle")
    tab_until(tab, "el.matches('.md-search__input')")
    tab.wait_for_function("document.getElementById('__search').checked")
    tab.keyboard.type(query)
    tab.wait_for_selector(".md-search-result__item")
    assert tab.locator(".md-search__input").is_visible()
    tab.keyboard.press("ArrowDown")
    focused = tab.evaluate(FOCUSED)
    assert focused and focused["tag"] == "a" and "md-search-result__link" in focused["cls"], focused
    tab.keyboard.press("Enter")
    tab.wait_for_url(lambda url: urlsplit(url).path == "/" + expected)
    context.close()


@pytest.mark.parametrize("width", VIEWPORTS)
def test_navigation_by_keyboard(site, browser, width):
    """From the home page, the keyboard reaches the section navigation and follows a link.
    On a phone the navigation is the drawer, opened with the header's menu button."""
    context = browser.new_context(viewport=VIEWPORTS[width])
    tab = context.new_page()
    tab.goto(site.url + "en/")
    target = "kontakti/"
    if width == "phone":
        button = tab_until(tab, "el.matches('.md-header [for=__drawer]')")
        assert button["tag"] == "button" and button["label"], f"not a named button: {button}"
        tab.keyboard.press("Enter")
        tab.wait_for_function("document.getElementById('__drawer').checked")
        assert tab.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"), \
            "opening the drawer did not move focus into it"
    link = tab_until(tab, f"el.matches('a[href$=\"{target}\"]') && !!el.closest('nav')")
    tab.wait_for_function(SETTLED)
    assert on_screen(tab), f"focused navigation link is off screen: {link}"
    tab.keyboard.press("Enter")
    tab.wait_for_url(site.url + "en/" + target)
    if width == "phone":
        # Escape closes the drawer again and gives focus back to the menu button.
        tab_until(tab, "el.matches('.md-header [for=__drawer]')")
        tab.keyboard.press("Enter")
        tab.wait_for_function("document.getElementById('__drawer').checked")
        tab.keyboard.press("Escape")
        assert not tab.evaluate("document.getElementById('__drawer').checked")
        assert tab.evaluate("document.activeElement.matches('.md-header [for=__drawer]')")
    context.close()


ON_SCREEN = """() => {
  // A visually hidden control (Material's palette radio) shows its focus on the label after it.
  let el = document.activeElement;
  if (el.matches('input.md-option')) el = el.nextElementSibling;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
         && r.left < innerWidth && r.top < innerHeight;
}"""


def on_screen(tab) -> bool:
    return tab.evaluate(ON_SCREEN)


FOCUS_RING = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shows = node => {
    const style = node && getComputedStyle(node);
    return !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                       || style.boxShadow !== 'none');
  };
  // The ring is drawn on the element, or on what stands for it: the label of Material's
  // visually hidden palette radio, the parent, or the card around a card's link.
  const ringed = [el, el.parentElement, el.closest('.lv-card'),
                  el.matches('input.md-option') ? el.nextElementSibling : null].some(shows);
  return {id: el.tagName + ' ' + (el.getAttribute('href') || el.getAttribute('aria-label') || el.className),
          focusVisible: el.matches(':focus-visible'), ringed};
}"""


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", ["en/prioritates/sievietes/", "vesture/"])
def test_focus_is_visible_and_on_screen(site, browser, scheme, width, path):
    """Every control reached with Tab shows a focus indicator (outline or box-shadow on
    :focus-visible) and is on screen: Tab never lands on a hidden, off-canvas element."""
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[width])
    tab = context.new_page()
    tab.goto(site.url + path, wait_until="networkidle")
    problems, seen = [], set()
    for _ in range(40):
        tab.keyboard.press("Tab")
        tab.wait_for_function(SETTLED)
        focus = tab.evaluate(FOCUS_RING)
        if focus is None or focus["id"] in seen:
            continue
        seen.add(focus["id"])
        if not focus["focusVisible"] or not focus["ringed"]:
            problems.append(f"no visible focus indicator: {focus['id']}")
        if not on_screen(tab):
            problems.append(f"focused but off screen: {focus['id']}")
    context.close()
    assert len(seen) > 10
    assert not problems, f"/{path} [{scheme}, {width}]:\n" + "\n".join(problems)
