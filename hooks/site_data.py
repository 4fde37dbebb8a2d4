"""Site data for templates: interface strings (data/ui.yml) and dates in the page's language.

Wires mkdocs events to latvijaano/data/site_data.py; the logic lives there."""

from latvijaano.data.site_data import (  # noqa: F401  (mkdocs finds the events by name)
    on_env,
)
