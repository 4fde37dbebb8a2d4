"""Meetings: the Security Council meetings of Latvia's record, kept once in data/meetings.

Wires mkdocs events to latvijaano/meetings/events.py; the logic lives there."""

from latvijaano.meetings.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_files,
    on_page_markdown,
    on_post_build,
)
