"""Social cards: a 1200×630 PNG of its own for every page in its language, and the Open Graph / Twitter image tags that point at it.

Wires mkdocs events to latvijaano/social_cards.py; the logic lives there."""

from latvijaano.social_cards import (  # noqa: F401  (mkdocs finds the events by name)
    on_files,
    on_page_context,
    on_post_build,
    on_pre_build,
)
