"""Facts kept once as data (data/*.yml) and rendered into the pages of both languages.

Wires mkdocs events to latvijaano/data/data_pages.py; the logic lives there."""

from latvijaano.data.data_pages import (  # noqa: F401  (mkdocs finds the events by name)
    on_config,
    on_env,
    on_page_markdown,
)
