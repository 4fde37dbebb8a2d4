"""Accessibility by keyboard: the skip link, the language switch, search and navigation work
with the keyboard alone, at desktop and phone width, and every stop of the Tab order shows a
visible focus indicator (in both colour schemes) and is on screen.
"""

from __future__ import annotations

import json
import sys
from urllib.parse import urlsplit

import pytest
from conftest import ROOT
from test_accessibility import SCHEMES, VIEWPORTS

sys.path.insert(0, str(ROOT / "scripts"))
import search_eval  # noqa: E402

pytestmark = pytest.mark.long(20)  # see conftest.pytest_collection_modifyitems

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
    assert page.evaluate(f"!!document.getElementById({json.dumps(target)}).closest('main')"), (
        "the skip link's target is not inside <main>"
    )
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
@pytest.mark.parametrize(
    "start, other", [("prioritates/sievietes/", "en/prioritates/sievietes/"), ("en/kontakti/", "kontakti/")]
)
def test_language_switch_by_keyboard(site, new_tab, width, start, other):
    tab = new_tab(VIEWPORTS[width])
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


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize(
    "start, query, expected",
    [
        ("", "sievietes", "prioritates/sievietes/"),
        ("en/", "women", "en/prioritates/sievietes/"),
    ],
)
def test_search_by_keyboard(site, new_tab, width, start, query, expected):
    """Reach search with Tab (on a phone, focusing the field opens the search dialog), type,
    pick the first result with the arrow key and Enter."""
    tab = new_tab(VIEWPORTS[width])
    tab.goto(site.url + start, wait_until="networkidle")
    tab_until(tab, "el.matches('.md-search__input')")
    tab.wait_for_function("() => document.getElementById('__search').checked")
    search_eval.whole_index_at(tab)  # its answer no longer changes under the cursor
    tab.keyboard.type(query)
    tab.wait_for_selector(".md-search-result__item")
    assert tab.locator(".md-search__input").is_visible()
    tab.keyboard.press("ArrowDown")
    focused = tab.evaluate(FOCUSED)
    assert focused and focused["tag"] == "a" and "md-search-result__link" in focused["cls"], focused
    tab.keyboard.press("Enter")
    tab.wait_for_url(lambda url: urlsplit(url).path == "/" + expected)


@pytest.mark.parametrize("width", VIEWPORTS)
def test_navigation_by_keyboard(site, new_tab, width):
    """From the home page, the keyboard reaches the section navigation and follows a link.
    On a phone the navigation is the drawer, opened with the header's menu button."""
    tab = new_tab(VIEWPORTS[width])
    tab.goto(site.url + "en/")
    target = "kontakti/"
    if width == "phone":
        button = tab_until(tab, "el.matches('.md-header [for=__drawer]')")
        assert button["tag"] == "button" and button["label"], f"not a named button: {button}"
        tab.keyboard.press("Enter")
        tab.wait_for_function("() => document.getElementById('__drawer').checked")
        assert tab.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"), (
            "opening the drawer did not move focus into it"
        )
    link = tab_until(tab, f"el.matches('a[href$=\"{target}\"]') && !!el.closest('nav')")
    tab.evaluate(FINISHED)  # the drawer has stopped moving (SETTLED could pass before it began)
    assert on_screen(tab), f"focused navigation link is off screen: {link}"
    tab.keyboard.press("Enter")
    tab.wait_for_url(site.url + "en/" + target)
    if width == "phone":
        # Escape closes the drawer again and gives focus back to the menu button.
        tab_until(tab, "el.matches('.md-header [for=__drawer]')")
        tab.keyboard.press("Enter")
        tab.wait_for_function("() => document.getElementById('__drawer').checked")
        tab.keyboard.press("Escape")
        assert not tab.evaluate("document.getElementById('__drawer').checked")
        assert tab.evaluate("document.activeElement.matches('.md-header [for=__drawer]')")


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


# A Tab stop, read once the page has settled (no transition running): its ring and whether it is
# on screen, in one call (three calls a stop made each walk twice as long).
FOCUS_STOP = f"""async () => {{
  await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
  const focus = ({FOCUS_RING})();
  return focus && {{...focus, on_screen: ({ON_SCREEN})()}};
}}"""


def focus_walk(tab, stops: int = 40) -> list[dict]:
    """Press Tab `stops` times; each control reached once: its ring (FOCUS_RING) and whether it is on screen."""
    walk, seen = [], set()
    for _ in range(stops):
        tab.keyboard.press("Tab")
        focus = tab.evaluate(FOCUS_STOP)
        if focus is None or focus["id"] in seen:
            continue
        seen.add(focus["id"])
        walk.append(focus)
    return walk


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("path", ["en/prioritates/sievietes/", "vesture/"])
def test_focus_is_visible_and_on_screen(site, new_tab, width, path, scheme):
    """Every control reached with Tab shows a focus indicator (outline or box-shadow on
    :focus-visible) and is on screen: Tab never lands on a hidden, off-canvas element."""
    tab = new_tab(VIEWPORTS[width], still=True, color_scheme=scheme)
    tab.goto(site.url + path, wait_until="networkidle")
    assert tab.evaluate("document.body.getAttribute('data-md-color-scheme')").endswith(scheme)
    walk = focus_walk(tab)
    problems = [
        f"no visible focus indicator: {stop['id']}"
        for stop in walk
        if not stop["focusVisible"] or not stop["ringed"]
    ]
    problems += [f"focused but off screen: {stop['id']}" for stop in walk if not stop["on_screen"]]
    assert len(walk) > 10
    assert not problems, f"/{path} [{width}, {scheme}]:\n" + "\n".join(problems)


SETTLED_STYLE = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  return [el.tagName, el.getAttribute('href'), style.outlineStyle, style.outlineWidth, style.outlineColor,
          style.outlineOffset, style.boxShadow, style.color, style.backgroundColor].join(' | ');
}"""


# Two frames, so that a transition the Tab started exists, then until every animation has ended.
# (SETTLED, checked at once, can pass before a transition starts: then a style is read mid-way.)
FINISHED = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
}"""


def test_reduced_motion_changes_no_settled_style(site, new_tab):
    """The walks above emulate reduced motion (conftest.new_tab, still=True): at every Tab stop the
    settled focus styles are the same as for a reader without that setting."""
    styles = {}
    for motion in ("no-preference", "reduce"):
        tab = new_tab(VIEWPORTS["desktop"], reduced_motion=motion)
        tab.goto(site.url + "en/prioritates/sievietes/", wait_until="networkidle")
        styles[motion] = []
        for _ in range(15):
            tab.keyboard.press("Tab")
            tab.evaluate(FINISHED)
            styles[motion].append(tab.evaluate(SETTLED_STYLE))
    assert len(set(styles["reduce"])) > 5
    assert styles["reduce"] == styles["no-preference"]
