"""The record: what Latvia did on the Council, as the data holds it, counted and listed.

Wires mkdocs events to latvijaano/record/events.py; the logic lives there."""

from latvijaano.record.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_page_context,
    on_page_markdown,
)
