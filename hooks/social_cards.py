"""Social cards: a 1200×630 PNG of its own for every page in its language, and the Open Graph / Twitter image tags that point at it.

Wires mkdocs events to latvijaano/pages/social_image.py (which picture a page shares; its card is
queued) and latvijaano/outputs/cards/events.py (the queued cards drawn after the build)."""

from latvijaano.outputs.cards.events import (  # noqa: F401  (mkdocs finds the events by name)
    on_post_build,
)
from latvijaano.pages.social_image import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_page_context,
)
