"""A kind of item's Atom feed: the link templates show (partials/feed-link.html), and the file
each language build writes (latvijaano/outputs/atom.py makes it)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from latvijaano import site_context
from latvijaano.kinds import NEWS, Collection
from latvijaano.news.items import Listing
from latvijaano.outputs.atom import atom_feed


def feed_link(config: MkDocsConfig, listing: Listing, ui_strings: dict, kind: Collection = NEWS) -> dict:
    """The feed's absolute URL and title, for partials/feed-link.html."""
    return {
        "url": config.site_url + listing.feed_path if config.site_url else listing.feed_path,
        "title": ui_strings[kind.feed_title_key][listing.lang],
    }


def write_feed(config: MkDocsConfig, listing: Listing, ui_strings: dict, kind: Collection = NEWS) -> None:
    """The Atom feed of the language being built (each language build writes its own)."""
    lang = listing.lang
    site_url = config.site_url or ""
    feed = atom_feed(
        listing.items,
        lang,
        site_url,
        feed_url=site_url + listing.feed_path,
        index_url=site_url + listing.list_urls.get(1, site_context.language_root(lang)),
        title=ui_strings[kind.feed_title_key][lang],
        subtitle=config.site_description or "",
        author=config.copyright or config.site_name,
    )
    path = Path(config.site_dir) / listing.feed_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(feed)
