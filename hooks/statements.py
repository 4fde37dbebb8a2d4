"""Statements: what Latvia says on the Security Council, one page per statement, docs/<lang>/pazinojumi/YYYY-MM-DD-slug.

Wires mkdocs events to latvijaano/statements/events.py; the logic lives in latvijaano/statements/."""

from latvijaano.statements.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_env,
    on_files,
    on_page_markdown,
    on_post_build,
)
