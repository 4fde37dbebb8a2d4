"""The build context: made first, at the start of each language build.

Wires mkdocs events to latvijaano/build_context.py; the logic lives there."""

from latvijaano.build_context import on_config  # noqa: F401  (mkdocs finds the events by name)
