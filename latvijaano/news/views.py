"""What a list page shows: an item's view, one page of the list, and its pagination."""

from __future__ import annotations

import jinja2
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from latvijaano.data.dates import local_date
from latvijaano.kinds import NEWS, Collection
from latvijaano.news.items import Listing, NewsItem
from latvijaano.news.pages import PER_PAGE


def pagination(number: int, pages: int, hrefs: dict[int, str]) -> dict | None:
    """First, last, and two either side of the current page; None marks a gap."""
    if pages <= 1:
        return None
    shown = sorted({1, pages, *range(max(1, number - 2), min(pages, number + 2) + 1)})
    links, previous = [], 0
    for page_number in shown:
        if page_number > previous + 1:
            links.append(None)
        links.append({"number": page_number, "href": hrefs[page_number], "current": page_number == number})
        previous = page_number
    return {
        "previous": hrefs[number - 1] if number > 1 else None,
        "next": hrefs[number + 1] if number < pages else None,
        "links": links,
    }


def item_view(item: NewsItem, page: Page, lang: str) -> dict:
    """What a list template shows of an item, with links relative to `page`."""
    return {
        "title": item.title,
        "href": item.file.url_relative_to(page.file),
        "date": item.date.isoformat(),
        "date_text": local_date(item.date, lang),
        "description": item.description,
        "image_src": (
            item.image
            if item.image is None or "://" in item.image
            else get_relative_url(item.image, page.url)
        ),
        "image_alt": item.image_alt or "",
        "meta": item.meta,
    }


def render_list(
    page: Page,
    number: int,
    listing: Listing,
    env: jinja2.Environment,
    ui: dict,
    kind: Collection = NEWS,
    **context,
) -> str:
    """Page `number` of the list; `context`: more template variables (another kind's own)."""
    first = (number - 1) * PER_PAGE
    items = [item_view(item, page, listing.lang) for item in listing.items[first : first + PER_PAGE]]
    hrefs = {n: get_relative_url(url, page.url) for n, url in listing.list_urls.items()}
    return env.get_template(kind.list_template).render(
        items=items, pagination=pagination(number, len(listing.list_urls), hrefs), ui=ui, **context
    )
