"""The content rules (latvijaano/rules/), run by every build, and shown where editors look.

Wires mkdocs events to latvijaano/content_checks.py; the logic lives there."""

from latvijaano.content_checks import (  # noqa: F401  (mkdocs finds the events by name)
    on_build_error,
    on_config,
    on_files,
    on_page_markdown,
    on_post_page,
    on_serve,
    on_startup,
)
