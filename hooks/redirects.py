"""Addresses that keep working after a page moves: `extra.redirects` in mkdocs.yml.

Wires mkdocs events to latvijaano/outputs/redirects.py; the logic lives there."""

from latvijaano.outputs.redirects import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_post_build,
)
