"""The Atom feed (RFC 4287) of a list of dated items: news, statements."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from latvijaano import site_context

FEED_SIZE = 20  # items in the Atom feed
ATOM = "http://www.w3.org/2005/Atom"


def atom_time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    items: list,
    lang: str,
    site_url: str,
    feed_url: str,
    index_url: str,
    title: str,
    subtitle: str,
    author: str,
) -> bytes:
    """The feed of `items` (newest first; each with title, date, description and url from the
    site root): the FEED_SIZE newest."""
    ET.register_namespace("", ATOM)

    def add(parent, tag, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    add(feed, "title", title)
    add(feed, "subtitle", subtitle)
    add(feed, "id", feed_url)
    add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    add(feed, "link", rel="alternate", type="text/html", href=index_url)
    add(feed, "updated", atom_time(items[0].date if items else site_context.site_date()))  # the build's today
    add(add(feed, "author"), "name", author)
    for item in items[:FEED_SIZE]:
        url = site_url + item.url
        entry = add(feed, "entry")
        add(entry, "title", item.title)
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "id", url)
        add(entry, "published", atom_time(item.date))
        add(entry, "updated", atom_time(item.date))
        add(entry, "summary", item.description)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
