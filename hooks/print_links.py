"""Outside links whose text is already their address are marked for print.

Wires mkdocs events to latvijaano/pages/print_links.py; the logic lives there."""

from latvijaano.pages.print_links import (  # noqa: F401  (mkdocs finds the events by name)
    on_page_content,
)
