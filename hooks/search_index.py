"""One search index per language: Latvian pages search Latvian pages, English pages English ones.

Wires mkdocs events to latvijaano/outputs/search_index.py; the logic lives there."""

from latvijaano.outputs.search_index import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_page_markdown,
    on_post_build,
    on_post_page,
)
