"""The home page (front matter `template: home.html`): card groups and a full-width layout.

Wires mkdocs events to latvijaano/pages/home_page.py; the logic lives there."""

from latvijaano.pages.home_page import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_page_context,
)
