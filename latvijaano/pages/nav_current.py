"""Screen readers hear where the reader is: `aria-current` on the navigation's current links.

Material marks the current page in the sidebar (`md-nav__link--active`) and the current section
in the tabs (`md-tabs__item--active`) with classes only, which a screen reader does not announce.
This hook adds to the rendered page:
  the sidebar's link to this page         aria-current="page"
  the active tab's link                   aria-current="page" if it is this page, else "true"
                                          (the reader is inside that section)
The breadcrumbs carry theirs already (overrides/partials/path.html). Done on the HTML
rather than in a copy of Material's nav templates, which would have to follow every update; the
class names are part of the theme contract (latvijaano/theme.py).
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from latvijaano import theme

SIDEBAR_LINK = re.compile(rf'<a (?P<attrs>[^>]*\bclass="{re.escape(theme.SIDEBAR_ACTIVE_LINK_CLASS)}"[^>]*)>')
ACTIVE_TAB = re.compile(
    rf'(?P<item><li class="{re.escape(theme.ACTIVE_TAB_ITEM_CLASS)}">\s*)'
    r'<a (?P<attrs>[^>]*\bhref="(?P<href>[^"]*)"[^>]*)>'
)


def with_current(attrs: str, value: str) -> str:
    return attrs if "aria-current=" in attrs else f'{attrs} aria-current="{value}"'


def mark_current(output: str) -> str:
    output = SIDEBAR_LINK.sub(lambda m: f"<a {with_current(m['attrs'], 'page')}>", output)

    def tab(match: re.Match) -> str:
        value = "page" if match["href"] in ("./", ".", "") else "true"
        return f"{match['item']}<a {with_current(match['attrs'], value)}>"

    return ACTIVE_TAB.sub(tab, output)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return mark_current(output)
