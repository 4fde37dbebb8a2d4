"""The way on from an item: the end of its page, with the items before and after it and its list
(partials/data/item-nav.html; news, statements and meetings use it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import jinja2
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from latvijaano.data.dates import local_date
from latvijaano.news.items import NewsItem


@dataclass(frozen=True)
class Neighbour:
    """An item next to another in its list: what the way on shows of it."""

    title: str
    url: str  # from the site root
    date: dt.date


def neighbour(item: NewsItem) -> Neighbour:
    return Neighbour(item.title, item.url, item.date)


def neighbours(items: list[NewsItem], index: int) -> tuple[Neighbour | None, Neighbour | None]:
    """(earlier, later) of items[index] in a list that runs newest first."""
    earlier = neighbour(items[index + 1]) if index + 1 < len(items) else None
    later = neighbour(items[index - 1]) if index > 0 else None
    return earlier, later


def item_nav(
    page: Page,
    env: jinja2.Environment,
    lang: str,
    earlier: Neighbour | None,
    later: Neighbour | None,
    list_url: str | None,
    texts: dict,
) -> str:
    """The end of an item's page (partials/data/item-nav.html): the item before and the one after
    it in its list, by date, with their titles, and the whole list. Only listed items are
    neighbours, so a draft or scheduled item is never linked from a published page.
    texts: {label (the nav's name), earlier, later, all} in the page's language."""

    def link(other):
        return (
            None
            if other is None
            else {
                "title": other.title,
                "href": get_relative_url(other.url, page.url),
                "date": other.date.isoformat(),
                "date_text": local_date(other.date, lang),
            }
        )

    return env.get_template("item-nav.html").render(
        earlier=link(earlier),
        later=link(later),
        texts=texts,
        list_href=get_relative_url(list_url, page.url) if list_url else None,
    )
