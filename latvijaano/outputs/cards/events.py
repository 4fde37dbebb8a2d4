"""The cards' mkdocs events: after each language build, make the cards its pages asked for
(latvijaano/pages/social_image.py queues them while the pages are rendered, in build_context
state "social_cards", which each build starts empty)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from latvijaano import site_context
from latvijaano.outputs.cards.writer import CACHE_FOLDER, prune_cache, queued, write_cards

log = logging.getLogger("mkdocs.hooks.social_cards")


def on_post_build(*, config: MkDocsConfig) -> None:
    """Runs once per language build: draw (or copy from the cache) this language's cards."""
    jobs = queued()
    if not jobs:
        return
    root = site_context.project_root(config)
    cache_dir = root / CACHE_FOLDER
    drawn = write_cards(jobs, cache_dir, Path(config.site_dir))
    log.info(
        "Social cards (%s): %d drawn, %d from the cache %s",
        site_context.build_language(config),
        drawn,
        len(jobs) - drawn,
        CACHE_FOLDER.as_posix(),
    )
    jobs.clear()
    prune_cache(cache_dir)
