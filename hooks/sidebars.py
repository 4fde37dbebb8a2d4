"""No sidebar that lists only the page itself: pages in no section hide it.

Wires mkdocs events to latvijaano/pages/sidebars.py; the logic lives there."""

from latvijaano.pages.sidebars import on_page_context  # noqa: F401  (mkdocs finds the events by name)
