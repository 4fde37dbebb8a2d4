"""Putting the cards in the site: where each goes, this build's cards to make (build_context state
"social_cards"), the cache that spares drawing a card twice, and the two threads that draw them."""

from __future__ import annotations

import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from latvijaano import build_context, site_context
from latvijaano.outputs.cards.drawing import card_key, render_card
from latvijaano.outputs.cards.layout import Card

CARDS_FOLDER = "assets/images/social"
CACHE_FOLDER = Path(".cache") / "social"  # relative to the project (mkdocs.yml's folder)
CACHE_DAYS = 30  # a cached card no build has used for this long is removed


def card_path(url: str, lang: str) -> str:
    """Where a page's card is published, relative to the site root (see latvijaano/outputs/cards/)."""
    path = url.strip("/")
    root = site_context.language_root(lang).strip("/")
    if path == root:
        path = f"{root}/index" if root else "index"
    return f"{CARDS_FOLDER}/{path}.png"


def write_card(card: Card, cache_dir: Path, destination: Path) -> bool:
    """Put the card at `destination`, drawing it only if the cache has no card with the same
    content. Returns True if it was drawn."""
    cached = cache_dir / f"{card_key(card)}.png"
    drawn = False
    if cached.is_file():
        os.utime(cached)  # in use: kept by prune_cache()
    else:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
        render_card(card).save(partial, format="PNG", compress_level=6)
        partial.replace(cached)  # atomic: a parallel build never copies half a card
        drawn = True
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, destination)
    return drawn


def prune_cache(cache_dir: Path, days: int = CACHE_DAYS) -> None:
    """Cards no build has used for `days` days (old titles) leave the cache."""
    limit = time.time() - days * 86400
    for path in cache_dir.glob("*.png"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)


def queued() -> list[tuple[Card, str]]:
    """This language build's cards to make: (card, path in the site)."""
    return build_context.current().state.setdefault("social_cards", [])


def queue(card: Card, path: str) -> None:
    """Make `card` at `path` (from the site root) when the build's pages are written."""
    queued().append((card, path))


def write_cards(jobs: list[tuple[Card, str]], cache_dir: Path, site: Path) -> int:
    """Draw (or copy from the cache) every card of `jobs` into `site`; returns how many were drawn."""
    # Two workers: Pillow releases the GIL while it draws text and compresses PNGs.
    with ThreadPoolExecutor(max_workers=2) as pool:
        return sum(pool.map(lambda job: write_card(job[0], cache_dir, site / job[1]), jobs))
