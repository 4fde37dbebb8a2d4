"""The content rules (latvijaano/rules/), run by every build, and shown where editors look.

Wires mkdocs events to latvijaano/rules/events.py; the logic lives there."""

from latvijaano.rules.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_page_markdown,
    on_post_build,
    on_post_page,
    on_serve,
    on_startup,
)
