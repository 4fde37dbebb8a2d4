""" "Pēdējoreiz atjaunināts / Last updated" of a page made from items or data: the date of what it
shows, not the day it was built.

mkdocs-git-revision-date-localized dates a page by its last commit; a page a hook generates has
no commit, so the plugin gives it the build's clock, and a list's own Markdown file (pazinojumi/
index.md) changes far less often than its list. So the hooks that make those pages say which
date is true: `mark(meta, day)` in the page's meta (a generated page's front matter, or
page.meta of a list while its Markdown is rendered) — the newest item listed, or a meeting's
revision (latvijaano/statements/, news/, meetings.py, votes.py).

This hook runs after the plugin and after those hooks (on_page_markdown, priority -100) and puts
that date in the plugin's own keys, which partials/page-end.html ("last updated") and
overrides/sitemap.xml (<lastmod>) both read: so the two keep agreeing.
"""

from __future__ import annotations

import datetime as dt

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import theme

UPDATED = "lv_updated"  # page.meta key: the page's true date, YYYY-MM-DD
PLUGIN = "git-revision-date-localized"
PREFIX = "git_revision_date_localized"


def mark(meta: dict, day: dt.date | None) -> None:
    """Date the page `meta` belongs to by `day` (the newest of what it shows); None: leave it."""
    if day is not None:
        meta[UPDATED] = day.isoformat()


def newest(days) -> dt.date | None:
    days = [day for day in days if day is not None]
    return max(days) if days else None


@event_priority(-100)  # after the plugin (0) and the hooks that mark pages (0)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    value = page.meta.get(UPDATED)
    if not value:
        return markdown
    day = dt.date.fromisoformat(str(value))
    page.meta[f"{PREFIX}_raw_iso_date"] = day.isoformat()
    plugin = config.plugins.get(PLUGIN)
    util = getattr(plugin, "util", None)
    if util is not None:
        # The plugin's other forms of the date too (its own formatting, the page's locale), so
        # that nothing on the page still shows the build's day. Noon UTC: the same day everywhere.
        timestamp = int(dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc).timestamp())
        locale = theme.file_language(page.file) or plugin.config.get("locale") or "en"
        for kind, text in util.get_date_formats_for_timestamp(
            timestamp, locale=locale, add_spans=False
        ).items():
            page.meta[f"{PREFIX}_raw_{kind}"] = text
        spans = util.get_date_formats_for_timestamp(timestamp, locale=locale, add_spans=True)
        page.meta[PREFIX] = spans.get(plugin.config.get("type"), page.meta.get(PREFIX))
    return markdown
