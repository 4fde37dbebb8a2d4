"""No sidebar that lists only one page (issue 39, item 5; hooks/nav_current.py).

On a wide screen Material's primary sidebar lists the pages of the reader's section. A page in no
section (a top-level page without sub-pages, a news item under such a page, a page left out of the
navigation) would get a sidebar with a single link, the page itself or its list: it must show none.
The phone menu is the same sidebar as a drawer, and must keep the whole navigation.

Page types as tests/test_layout.py finds them, plus every top-level page of the navigation that
has no sub-pages, read from mkdocs.yml: never by today's names.
"""

from __future__ import annotations

import pytest
from test_layout import LANGUAGE_ROOTS, nav_config, page_kinds, page_url

WIDE = {"width": 1440, "height": 900}  # Material shows the primary sidebar from 76.25em
PHONE = {"width": 390, "height": 844}

# The links the primary sidebar shows (rendered, not hidden), each with whether it is this page.
SIDEBAR_LINKS_JS = r"""
() => {
  const sidebar = document.querySelector(".md-sidebar--primary");
  if (!sidebar || !sidebar.getClientRects().length || getComputedStyle(sidebar).visibility === "hidden") return null;
  const here = location.href.replace(/#.*$/, "");
  return [...sidebar.querySelectorAll("a.md-nav__link, label.md-nav__link")]
    .filter(a => a.getClientRects().length && getComputedStyle(a).visibility !== "hidden")
    .map(a => ({text: a.textContent.trim().replace(/\s+/g, " "), self: a.href === here || a.getAttribute("aria-current") === "page"}));
}
"""


def top_level_pages(root) -> list[str]:
    """The URL paths of the navigation's top-level pages that are no section (home excluded)."""
    return [page_url(entry) for entry in nav_config(root) if isinstance(entry, str) and page_url(entry) != ""]


@pytest.fixture(scope="module")
def pages(site):
    kinds = page_kinds(site)
    paths = {f"{kind} page": path for kind, path in kinds.items() if kind != "404"}
    paths.update({f"top-level page {path}": path for path in top_level_pages(site.root)})
    assert any(name.startswith("top-level") for name in paths), "no top-level page in the navigation"
    return paths


def test_no_sidebar_lists_only_one_page(site, new_tab, pages):
    tab = new_tab(WIDE, still=True)
    failures, with_sidebar = [], 0
    for root in LANGUAGE_ROOTS.values():
        for name, path in pages.items():
            tab.goto(site.url + root + path)
            links = tab.evaluate(SIDEBAR_LINKS_JS)
            if links is None:
                continue
            with_sidebar += 1
            if len(links) == 1:
                what = "the page itself" if links[0]["self"] else f"'{links[0]['text']}'"
                failures.append(f"/{root}{path} ({name}): a sidebar with one link, {what}")
    # Pages in a section keep theirs (else the check above would pass on a site without sidebars).
    assert with_sidebar, "no page type shows a sidebar on a wide screen"
    assert not failures, "\n".join(failures)


def test_the_phone_menu_keeps_the_navigation_on_a_page_without_sidebar(site, new_tab, pages):
    tab = new_tab(PHONE, still=True)
    path = next(path for name, path in pages.items() if name.startswith("top-level"))
    tab.goto(site.url + path)
    tab.click(".md-header [for='__drawer']")
    tab.wait_for_function("() => document.getElementById('__drawer').checked")
    links = tab.evaluate(SIDEBAR_LINKS_JS)
    assert links and len(links) > 1, f"/{path}: the phone menu shows {links}"
