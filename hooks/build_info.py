"""build.json at the site's root: when the live site was built, from which commit, for which day.

Wires mkdocs events to latvijaano/outputs/build_info.py; the logic lives there."""

from latvijaano.outputs.build_info import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_build,
)
