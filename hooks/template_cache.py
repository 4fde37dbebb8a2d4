"""Keep the compiled theme templates in .cache/templates/ (gitignored) between builds.

Wires mkdocs events to latvijaano/template_cache.py; the logic lives there."""

from latvijaano.template_cache import (  # noqa: F401  (mkdocs finds the events by name)
    on_env,
)
