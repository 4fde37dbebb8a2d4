"""A page's text, counted as a reader sees it: no placeholder ('TODO') left, enough words to say
something, and Latvian written with its diacritics.
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem
from latvijaano.rules.model import TODO
from latvijaano.rules.page import Page
from latvijaano.site_context import LANGUAGES

# A page says something: at least this many words of its own text (CONTRIBUTING.md says so).
# A page with a data section (<!-- data: … -->) gets its text from the data and is exempt.
MIN_WORDS = 40
LATVIAN_LETTERS = re.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
DATA_MARKER = re.compile(r"<!--\s*data:\s*[^\s>]+\s*-->")


def todo_problems(page: Page) -> list[Problem]:
    return [
        Problem(
            page.path,
            number,
            "Vietturis 'TODO' — aizstājiet to ar īstu tekstu; ar to lapu publicēt nevar.",
            "Placeholder 'TODO' — replace it with the real text; the page cannot be published with it.",
            draft_only=True,
        )
        for number, text in enumerate(page.lines, start=1)
        if TODO.search(text)
    ]


def word_count(html: str) -> int:
    """Words a reader sees: tags and comments out, what is left split on white space."""
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<!--.*?-->", " ", html, flags=re.S))
    return sum(1 for word in text.split() if re.search(r"\w", word))


def diacritics_problems(page: Page, html: str) -> list[Problem]:
    """Latvian text without a single ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū or ž was typed without them."""
    if page.lang != LANGUAGES[0] or word_count(html) < MIN_WORDS or LATVIAN_LETTERS.search(html):
        return []
    return [
        Problem(
            page.path,
            page.first_text_line(),
            "Latviešu tekstā nav neviena burta ar garumzīmi vai mīkstinājuma zīmi (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) — "
            "ierakstiet tos (piemēram, ar latviešu tastatūras izkārtojumu).",
            "The Latvian text has no letter with a diacritic (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) — type them in "
            "(e.g. with the Latvian keyboard layout).",
        )
    ]


def length_problems(page: Page, html: str) -> list[Problem]:
    """A page needs at least MIN_WORDS words (a scaffold's TODO placeholders are reported instead)."""
    if DATA_MARKER.search(page.body) or TODO.search(page.body):
        return []
    words = word_count(html)
    if words >= MIN_WORDS:
        return []
    return [
        Problem(
            page.path,
            page.first_text_line(),
            f"Lapā ir tikai {words} vārdi; vajag vismaz {MIN_WORDS} (apmēram trīs teikumus) — papildiniet tekstu.",
            f"The page has only {words} words; it needs at least {MIN_WORDS} (about three sentences) — add to the text.",
        )
    ]
