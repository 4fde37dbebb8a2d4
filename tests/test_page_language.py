"""The language of every block of text on every built page (WCAG 3.1.2, issue 39).

The content check reads the Markdown pages' paragraphs (latvijaano/rules/language.py); what the build
generates around them (lists, tables, facts, the open data page's field tables, the header and
footer) it never sees. Here every built page is read as a reader's browser gets it: each block
(paragraph, list item, table cell, heading, …) is identified with language_rules' own model and
rules, and a sentence of the other language must sit inside an element with a `lang` attribute
(or under one), or a screen reader reads it with the page's voice. Short blocks (names, symbols,
numbers, a few words) are left out exactly as the content check leaves them out.
"""

from __future__ import annotations

import pytest
from site_pages import LANGS, SITE_WIDE, html_pages, page_language, soup

from latvijaano.rules import language as language_rules

pytestmark = pytest.mark.long(10)


def unmarked_other_language(body_html: str, lang: str) -> list[str]:
    """Sentences of the other language in `body_html` (the inside of <body>) without a `lang`
    on them or an ancestor inside the body. <html lang> is the page's language; the parser leaves
    out the text of any element with a `lang`, so it is given only what is inside <body>."""
    other = next(code for code in LANGS if code != lang)
    return language_rules.other_language_sentences(language_rules.text_blocks(body_html), other)


def every_page(site_dir):
    """The site's pages and the 404 pages (each says which language it is in its <html lang>)."""
    return html_pages(site_dir) + [site_dir / rel for rel in sorted(SITE_WIDE) if (site_dir / rel).is_file()]


def test_every_block_of_the_other_language_on_a_built_page_says_its_language(site):
    found = []
    for page in every_page(site.dir):
        parsed = soup(page)
        lang = parsed.html.get("lang") or page_language(site.dir, page)
        assert lang in LANGS, (page, lang)
        for sentence in unmarked_other_language(parsed.body.decode_contents(), lang):
            found.append(f"{page.relative_to(site.dir).as_posix()}: {sentence[:120]}")
    assert not found, "text of the other language without a lang attribute:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # a generated table cell in English on a Latvian page, unmarked: found
        (
            "lv",
            "<table><tr><td>the meeting's title as the United Nations gives it, in the file's language"
            "</td></tr></table>",
            1,
        ),
        # the same, marked on the cell or on an ancestor: not found
        (
            "lv",
            '<table lang="en"><tr><td>the meeting\'s title as the United Nations gives it, in the '
            "file's language</td></tr></table>",
            0,
        ),
        # a Latvian list item on an English page, unmarked: found
        ("en", "<ul><li>sanāksmes nosaukums, kā to dod ANO, faila valodā un bez saīsinājumiem</li></ul>", 1),
        # short blocks (a name, a symbol, a number) are not judged
        ("lv", "<ul><li>Security Council</li><li>S/RES/2801 (2025)</li><li>15</li></ul>", 0),
    ],
)
def test_the_check_finds_unmarked_text_of_the_other_language_and_only_that(lang, body, found):
    """The check above on pages written for it: an empty result on the real site means something
    only if the check would have found a block there."""
    assert len(unmarked_other_language(body, lang)) == found
