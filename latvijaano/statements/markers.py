"""What the statements' markers render on a page: the list (`<!-- data: statements -->`), a
priority page's latest statements (`statements-latest`) and a filter page's list (`statements-priority`)."""

from __future__ import annotations

import jinja2
import markupsafe
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from latvijaano.data import markers as data_markers
from latvijaano.data import page_updated
from latvijaano.data.templates import as_html_block
from latvijaano.kinds import STATEMENTS
from latvijaano.news.pages import PER_PAGE
from latvijaano.news.views import pagination
from latvijaano.rules.model import statement_type
from latvijaano.statements.filter_pages import filter_links
from latvijaano.statements.model import (
    FILTER_KEYS,
    LATEST_MARKER,
    LATEST_ON_PRIORITY_PAGE,
    PRIORITY_MARKER,
    State,
)
from latvijaano.statements.views import priority_links, statement_view


class Markers:
    """The statements' markers on one page: `own_keys`, the priorities whose page it is."""

    def __init__(self, state: State, page: Page, env: jinja2.Environment, own_keys: list[str]):
        self.state, self.page, self.env, self.own_keys = state, page, env, own_keys
        self.ui = state.ui

    def views(self, items) -> list[dict]:
        return [statement_view(self.state, item, self.page, self.ui) for item in items]

    def latest(self) -> str:
        """A priority's page: its latest statements."""
        own = set(self.own_keys)
        items = [item for item in self.state.items if set(item.meta.get("priorities") or []) & own]
        if not items:
            return ""  # no box at all rather than an empty one
        return self.env.get_template("statements-latest.html").render(
            ui=self.ui,
            items=self.views(items[:LATEST_ON_PRIORITY_PAGE]),
            priorities=priority_links(self.state, self.own_keys, self.page.file),
        )

    def filtered(self) -> str:
        """A filter page: the statements of one priority, type or year, all of them."""
        state, page, env, ui = self.state, self.page, self.env, self.ui
        views = self.views
        meta = page.meta
        if "statements_priority" in meta:
            key = meta["statements_priority"]
            items = [item for item in state.items if key in (item.meta.get("priorities") or [])]
        elif "statements_type" in meta:
            items = [item for item in state.items if statement_type(item.meta) == meta["statements_type"]]
        else:
            items = [item for item in state.items if item.date.isoformat()[:4] == meta["statements_year"]]
        page_updated.mark(page.meta, items[0].date if items else None)
        html = env.get_template("statements-filters.html").render(ui=ui, filters=filter_links(state, page))
        # Indexed by its title only: its list repeats statements found on their own pages, and at
        # two years of them the filter pages were most of the index's words (README, "Search at scale").
        html += "\n" + env.get_template("statements-list.html").render(
            ui=ui, items=views(items), pagination=None, search_exclude=True
        )
        if "statements_priority" in meta:
            priority = next(p for p in state.priorities if p.key == meta["statements_priority"])
            about = state.page_files.get(priority.page)
            if about is not None:
                html += (
                    f'\n<p><a class="lv-more" href="{about.url_relative_to(page.file)}">'
                    f"{markupsafe.escape(ui['statements_topic_about'].format(name=priority.names[state.lang]))}</a></p>"
                )
        return html

    def statements_list(self) -> str:
        """Page `list_page` of the statements list, with the filters above it."""
        state, page, env, ui = self.state, self.page, self.env, self.ui
        listing = state.listing
        number = int(page.meta.get("list_page", 1))
        first = (number - 1) * PER_PAGE
        hrefs = {n: get_relative_url(url, page.url) for n, url in listing.list_urls.items()}
        # Every page of the list changes with a new statement (the others move down one).
        page_updated.mark(page.meta, listing.items[0].date if listing.items else None)
        html = env.get_template("statements-filters.html").render(ui=ui, filters=filter_links(state, page))
        return (
            html
            + "\n"
            + env.get_template(STATEMENTS.list_template).render(
                ui=ui,
                items=self.views(listing.items[first : first + PER_PAGE]),
                pagination=pagination(number, len(listing.list_urls), hrefs),
            )
        )

    def render(self, name: str) -> str | None:
        """What marker `name` shows here; None: not a marker of the statements' (or not on this page)."""
        if name == STATEMENTS.marker:
            return self.statements_list()
        if name == LATEST_MARKER and self.own_keys:
            return self.latest()
        if name == PRIORITY_MARKER and FILTER_KEYS & set(self.page.meta):
            return self.filtered()
        return None


def replace_markers(state: State, page: Page, env: jinja2.Environment, markdown: str, own_keys) -> str:
    """The page's statements markers rendered; a priority's page without the latest-statements
    marker gets its box at the end."""
    markers = Markers(state, page, env, own_keys)
    has_latest_marker = any(
        (match := data_markers.MARKER.match(line)) and match["name"] == LATEST_MARKER
        for line in markdown.split("\n")
    )
    markdown = data_markers.replace_markers(markdown, markers.render)
    if own_keys and not has_latest_marker and (box := markers.latest()):
        markdown = f"{markdown.rstrip()}\n\n{as_html_block(box)}\n"
    return markdown
