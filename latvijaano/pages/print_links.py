"""Outside links whose text is already their address are marked for print.

Printed, an outside link in the text is followed by its address (latvijaano.css, 7., print:
`a[href^="http"]::after`), so that a reader of the paper can find it. A link whose text is the
address already (`<https://…>`, or `[www.mfa.gov.lv](https://www.mfa.gov.lv)`) would print it
twice; CSS cannot compare a link's text with its href, so this hook adds `class="lv-link--bare"`
to those links of the page content, and the print rule leaves them alone.
"""

from __future__ import annotations

import html
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

BARE_CLASS = "lv-link--bare"
# An <a> with an http(s) href and only text inside (a link around markup is never its address).
LINK = re.compile(
    r"""<a\b(?P<attrs>[^>]*?\bhref=(["'])(?P<href>https?://.*?)\2[^>]*)>(?P<text>[^<]*)</a>""",
    re.IGNORECASE | re.DOTALL,
)
CLASS = re.compile(r"""\bclass=(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def address(text: str) -> str:
    """An address as a reader compares it: without scheme, 'www.', a trailing slash or case."""
    text = html.unescape(text).strip().lower()
    text = re.sub(r"^(https?://)?(www\.)?", "", text)
    return text.rstrip("/")


def is_bare(text: str, href: str) -> bool:
    return bool(text.strip()) and address(text) == address(href)


def mark(match: re.Match) -> str:
    attrs, href, text = match.group("attrs"), match.group("href"), match.group("text")
    if not is_bare(text, href):
        return match.group(0)
    existing = CLASS.search(attrs)
    if existing:
        quote, classes = existing.group(1), existing.group(2)
        attrs = (
            attrs[: existing.start()]
            + f"class={quote}{classes} {BARE_CLASS}{quote}"
            + attrs[existing.end() :]
        )
    else:
        attrs += f' class="{BARE_CLASS}"'
    return f"<a{attrs}>{text}</a>"


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return LINK.sub(mark, html_text)
