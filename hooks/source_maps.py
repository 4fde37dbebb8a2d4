"""Leave Material's source maps out of the published site.

Wires mkdocs events to latvijaano/outputs/source_maps.py; the logic lives there."""

from latvijaano.outputs.source_maps import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
)
