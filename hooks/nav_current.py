"""Screen readers hear where the reader is: `aria-current` on the navigation's current links.

Material marks the current page in the sidebar (`md-nav__link--active`) and the current section
in the tabs (`md-tabs__item--active`) with classes only, which a screen reader does not announce.
This hook adds to the rendered page:
  the sidebar's link to this page         aria-current="page"
  the active tab's link                   aria-current="page" if it is this page, else "true"
                                          (the reader is inside that section)
The breadcrumbs carry theirs already (overrides/partials/path.html). Done on the HTML
rather than in a copy of Material's nav templates, which would have to follow every update.

A page in no section of the navigation (a top-level page without sub-pages, a news item under
such a page, a page left out of the navigation) would get a sidebar on wide screens that lists
only itself or its list: it gets Material's own `hide: navigation` instead (issue 39). The phone
menu, which is the same sidebar as a drawer, keeps the whole navigation.
"""

from __future__ import annotations

import re

from mkdocs.structure.nav import Section

SIDEBAR_LINK = re.compile(r'<a (?P<attrs>[^>]*\bclass="md-nav__link md-nav__link--active"[^>]*)>')
ACTIVE_TAB = re.compile(
    r'(?P<item><li class="md-tabs__item md-tabs__item--active">\s*)<a (?P<attrs>[^>]*\bhref="(?P<href>[^"]*)"[^>]*)>'
)


def with_current(attrs: str, value: str) -> str:
    return attrs if "aria-current=" in attrs else f'{attrs} aria-current="{value}"'


def mark_current(output: str) -> str:
    output = SIDEBAR_LINK.sub(lambda m: f"<a {with_current(m['attrs'], 'page')}>", output)

    def tab(match: re.Match) -> str:
        value = "page" if match["href"] in ("./", ".", "") else "true"
        return f"{match['item']}<a {with_current(match['attrs'], value)}>"

    return ACTIVE_TAB.sub(tab, output)


def on_post_page(output: str, page, config) -> str:
    return mark_current(output)


def in_a_section(page) -> bool:
    """The page, or its nearest ancestor at the top of the navigation, is a section (whose pages
    the sidebar lists), not a page on its own. hooks/item_parents.py gives items their list as parent."""
    top = page
    while top.parent is not None:
        top = top.parent
    return isinstance(top, Section)


def on_page_context(context, page, config, nav):
    if not in_a_section(page):
        hide = page.meta.setdefault("hide", [])
        if "navigation" not in hide:
            hide.append("navigation")
    return context
