"""Drafts, scheduled items and pull request previews.

Wires mkdocs events to latvijaano/data/publication.py; the logic lives there."""

from latvijaano.data.publication import (  # noqa: F401  (mkdocs finds the events by name)
    on_env,
    on_files,
    on_page_context,
    on_page_markdown,
)
