""" "Pēdējoreiz atjaunināts / Last updated" of a page made from items or data: the date of what it shows, not the day it was built.

Wires mkdocs events to latvijaano/data/page_updated.py; the logic lives there."""

from latvijaano.data.page_updated import (  # noqa: F401  (mkdocs finds the events by name)
    on_page_markdown,
)
