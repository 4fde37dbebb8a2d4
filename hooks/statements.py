"""Statements: what Latvia says on the Security Council, one page per statement, docs/<lang>/pazinojumi/YYYY-MM-DD-slug.

Wires mkdocs events to latvijaano/statements.py; the logic lives there."""

from latvijaano.statements import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_env,
    on_files,
    on_page_markdown,
    on_post_build,
)
