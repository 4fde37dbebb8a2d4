"""Content from other sites: the privacy page promises that a reader's browser asks no other site for
anything (no trackers, no cookies of others), so a page's <iframe>, its styles, and any tag that would
fetch a file from another origin are refused, each with what to do instead.
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem
from latvijaano.rules.page import Page

# What makes a browser fetch from the address it names (an <a href> only navigates, on a click).
FETCHING_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "link": ("href",),
}
OTHER_ORIGIN = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def third_party_problems(page: Page, tag: str, attrs: dict) -> list[Problem]:
    """Anything that would load from another site: the privacy page promises no request to any
    other origin (no trackers, no cookies of others), so embeds and outside images are refused."""
    why_lv = "vietne apsola, ka apmeklētāja pārlūks nesazinās ar citām vietnēm (skatīt lapu „Privātums”)"
    why_en = "the site sends its readers to no other site (see the privacy page)"
    if tag == "iframe":
        return [
            Problem(
                page.path,
                page.line_of("<iframe"),
                f"Lapā ir <iframe> (iegults saturs no citas vietnes) — {why_lv}; izņemiet to un ielieciet "
                "parastu saiti (piemēram, uz video).",
                f"The page has an <iframe> (content embedded from another site) — {why_en}; take it out and "
                "put a plain link instead (e.g. to the video).",
            )
        ]
    if tag == "style" or "url(" in (attrs.get("style") or ""):
        return [
            Problem(
                page.path,
                page.line_of("<style" if tag == "style" else "url(", regex=False),
                'Lapā ir stils (<style> vai style="…url(…)") — saturā stili nav atļauti; izskatu nosaka '
                "vietnes tēma (jautājiet izstrādātājiem).",
                'The page has styles (<style> or style="…url(…)") — content carries no styles; the site\'s '
                "theme sets the look (ask the developers).",
            )
        ]
    if tag == "link" and "stylesheet" not in (attrs.get("rel") or "").split():
        return []
    for name in FETCHING_ATTRIBUTES.get(tag, ()):
        for value in (attrs.get(name) or "").split(","):
            url = value.strip().split(" ")[0]
            if url and OTHER_ORIGIN.match(url):
                return [
                    Problem(
                        page.path,
                        page.line_of(url),
                        f"<{tag}> ielādē '{url}' no citas vietnes — {why_lv}; lejupielādējiet attēlu un ielieciet "
                        "to blakus lapai (skatīt „Kā pievienot attēlu”), video vai citam saturam ielieciet saiti.",
                        f"<{tag}> loads '{url}' from another site — {why_en}; download the image and put it next "
                        'to the page (see "How to add an image"), link to a video or other content instead.',
                    )
                ]
    return []
