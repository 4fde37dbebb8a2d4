"""The record: what Latvia did on the Council, as the data holds it, counted and listed.

Wires mkdocs events to latvijaano/record.py; the logic lives there."""

from latvijaano.record import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_page_context,
    on_page_markdown,
)
