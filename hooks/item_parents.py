"""Pages left out of the navigation (mkdocs.yml `not_in_nav`: news items, statements, the further pages of their lists, the statements of a priority) belong to their list: each such page gets as its parent the nearest page of the navigation that is the index of a folder above it (pazinojumi/2026-11-03-x.

Wires mkdocs events to latvijaano/pages/item_parents.py; the logic lives there."""

from latvijaano.pages.item_parents import (  # noqa: F401  (mkdocs finds the events by name)
    on_nav,
)
