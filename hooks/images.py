"""Images in page content get their size and lazy loading.

Wires mkdocs events to latvijaano/pages/images.py; the logic lives there."""

from latvijaano.pages.images import (  # noqa: F401  (mkdocs finds the events by name)
    on_page_content,
)
