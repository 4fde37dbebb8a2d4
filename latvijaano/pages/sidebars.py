"""No sidebar that lists only the page itself (issue 39).

A page in no section of the navigation (a top-level page without sub-pages, a news item under
such a page, a page left out of the navigation) would get a sidebar on wide screens that lists
only itself or its list: it gets Material's own `hide: navigation` instead. The phone menu, which
is the same sidebar as a drawer, keeps the whole navigation.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page


def in_a_section(page: Page) -> bool:
    """The page, or its nearest ancestor at the top of the navigation, is a section (whose pages
    the sidebar lists), not a page on its own. latvijaano/pages/item_parents.py gives items their
    list as parent."""
    top = page
    while top.parent is not None:
        top = top.parent
    return isinstance(top, Section)


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if not in_a_section(page):
        hide = page.meta.setdefault("hide", [])
        if "navigation" not in hide:
            hide.append("navigation")
    return context
