"""The kinds of dated item: news and statements, each a page docs/<lang>/<folder>/YYYY-MM-DD-slug.md,
listed in place of `<!-- data: <marker> -->` in <folder>/index.md, with an Atom feed. Their
descriptions live here, below the modules that list them (news/, statements/, meetings.py,
record.py…), so that each can name another kind without importing that kind's module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The folders of the dated items inside each language folder (and their addresses): docs/lv/jaunumi/…
NEWS_FOLDER = "jaunumi"
STATEMENTS_FOLDER = "pazinojumi"
NEWS_MARKER = "news"


@dataclass(frozen=True)
class Collection:
    """One kind of dated item: docs/<lang>/<folder>/YYYY-MM-DD-slug.md, listed in place of
    `<!-- data: <marker> -->` in <folder>/index.md, with an Atom feed."""

    folder: str  # 'jaunumi'
    marker: str  # 'news'
    list_template: str  # in overrides/partials/data/
    feed_file: str  # inside the language root: 'feed.xml'
    feed_title_key: str  # data/ui.yml key of the feed's title
    page_title_key: str  # data/ui.yml key of "Page {number}", for the further list pages

    @property
    def item_pattern(self) -> re.Pattern:
        """An item's path inside its language folder."""
        return re.compile(rf"^{self.folder}/(?P<date>\d{{4}}-\d{{2}}-\d{{2}})-(?P<slug>[^/]+)\.md$")

    @property
    def index(self) -> str:
        return f"{self.folder}/index.md"


NEWS = Collection(NEWS_FOLDER, NEWS_MARKER, "news-list.html", "feed.xml", "news_feed_title", "news_page")
NEWS_ITEM = NEWS.item_pattern

STATEMENTS = Collection(
    folder=STATEMENTS_FOLDER,
    marker="statements",
    list_template="statements-list.html",
    feed_file=f"{STATEMENTS_FOLDER}/feed.xml",
    feed_title_key="statements_feed_title",
    page_title_key="news_page",
)
