"""The English 404 page. GitHub Pages answers every missing address with the one /404.

Wires mkdocs events to latvijaano/pages/not_found.py; the logic lives there."""

from latvijaano.pages.not_found import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_template,
)
