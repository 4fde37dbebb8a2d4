"""Keep the compiled theme templates in .cache/templates/ (gitignored) between builds.

Wires mkdocs events to latvijaano/pages/template_cache.py; the logic lives there."""

from latvijaano.pages.template_cache import (  # noqa: F401  (mkdocs finds the events by name)
    on_env,
)
