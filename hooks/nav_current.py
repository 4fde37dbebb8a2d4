"""Screen readers hear where the reader is: `aria-current` on the navigation's current links.

Wires mkdocs events to latvijaano/pages/nav_current.py; the logic lives there."""

from latvijaano.pages.nav_current import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_page,
)
