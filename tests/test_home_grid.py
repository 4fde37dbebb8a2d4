"""The home page's card grids leave no card alone on a row (issue 39, item 3).

At every width from a small phone to a wide desktop, each group of cards (`.lv-cards`) is either
one column or has at least two cards on every row, its last row included: read from where the
browser draws the cards, not from a count of today's cards. The home pages as built are measured,
and so is a grid of every size from 1 to 13 cards, made in the loaded page with the classes that
overrides/partials/card-columns.html gives that many cards (as overrides/home.html names them), so
that an editor who adds or removes a card meets the same rule.
"""

from __future__ import annotations

import jinja2
import pytest
from conftest import ROOT
from test_layout import LANGUAGE_ROOTS

WIDTHS = (320, 390, 600, 768, 900, 1024, 1280, 1440, 1920)
COUNTS = range(1, 14)

# The rows of each card grid on the page: the cards grouped by the top of their box.
ROWS_JS = r"""
() => [...document.querySelectorAll("ul.lv-cards")].filter(list => list.getClientRects().length).map(list => {
  const rows = new Map();
  for (const card of list.children) {
    const top = Math.round(card.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) || 0) + 1);
  }
  const heading = list.closest("section")?.querySelector("h2")?.textContent.trim() || "cards";
  return {heading, rows: [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n)};
})
"""

# Replace the first grid's cards by `count` copies of its first card, with the grid's classes.
MAKE_GRID_JS = r"""
([count, classes]) => {
  const list = document.querySelector("ul.lv-cards");
  const card = list.firstElementChild.cloneNode(true);
  list.replaceChildren(...Array.from({length: count}, () => card.cloneNode(true)));
  list.className = classes;
}
"""


def columns(count: int, most: int) -> str:
    """overrides/partials/card-columns.html's macro, rendered as the build renders it."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
    macro = env.get_template("partials/card-columns.html").module.columns
    return str(macro(count, most)).strip()


def grid_classes(count: int) -> str:
    return f"lv-cards lv-cards--medium-{columns(count, 3)} lv-cards--wide-{columns(count, 4)}"


def orphans(grids: list[dict]) -> list[str]:
    """A grid of more than one column with a row of one card."""
    return [
        f"'{grid['heading']}': rows of {grid['rows']} cards"
        for grid in grids
        if max(grid["rows"]) > 1 and 1 in grid["rows"]
    ]


@pytest.mark.parametrize("count", COUNTS)
def test_the_columns_leave_no_card_alone_for_any_number_of_cards(count):
    for most in (3, 4):
        n = int(columns(count, most))
        assert 1 <= n <= most
        assert n == 1 or count <= n or count % n != 1, f"{count} cards in {n} columns leave one alone"


def test_no_card_alone_on_a_row_at_any_width(site, new_tab):
    tab = new_tab({"width": WIDTHS[0], "height": 900}, still=True)
    failures, measured = [], 0
    for root in LANGUAGE_ROOTS.values():
        tab.set_viewport_size({"width": WIDTHS[0], "height": 900})
        tab.goto(site.url + root)
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 900})
            grids = tab.evaluate(ROWS_JS)
            measured += len(grids)
            failures += [f"/{root} {width}px: {problem}" for problem in orphans(grids)]
    assert measured, "no card grid on the home pages"
    assert not failures, "\n".join(failures)


def test_a_grid_of_any_size_leaves_no_card_alone_at_any_width(site, new_tab):
    tab = new_tab({"width": WIDTHS[0], "height": 900}, still=True)
    tab.goto(site.url)
    failures = []
    for count in COUNTS:
        tab.evaluate(MAKE_GRID_JS, [count, grid_classes(count)])
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 900})
            grid = tab.evaluate(ROWS_JS)[0]
            assert sum(grid["rows"]) == count
            failures += [f"{count} cards, {width}px: {problem}" for problem in orphans([grid])]
    assert not failures, "\n".join(failures)
