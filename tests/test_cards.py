"""Each page's social card is the card of that page: drawn again here by the hook's own drawing
function (latvijaano/outputs/cards/drawing.py render_card) from the page's own title, in the page's language (its motto
and hashtag from data/ui.yml), and compared pixel for pixel with the published PNG.

The title is read from the page's source (front matter `title`; the site's title for a home page;
the heading of a generated page), never from the card's cache or the hook's own reading of the
page, so a card drawn with the other language's title, another page's title or the other
language's motto differs. The section line is read back from the card's alt text (og:image:alt,
which the hook words from the same section; test_sharing.py checks the alt text's language).
"""

from __future__ import annotations

import re

import pytest
from PIL import Image, ImageChops
from site_pages import html_pages, page_language, soup, url_path
from test_sharing import card_file, front_matter, meta, source_of

from latvijaano import site_context
from latvijaano.outputs.cards import drawing, layout, writer
from latvijaano.pages import social_image

pytestmark = pytest.mark.content


def own_title(site, page) -> str:
    """The title the page's card must show, from the page's own source."""
    if url_path(site.dir, page) in {site_context.language_root(lang) for lang in site_context.LANGUAGES}:
        return site_context.ui_for(page_language(site.dir, page))["site_title"]
    source = source_of(site.dir, page)
    title = front_matter(source).get("title") if source else None
    return social_image.plain(str(title)) if title else soup(page).find("h1").get_text(" ", strip=True)


def section_from_alt(alt: str, title: str, ui: dict) -> str:
    """The section the alt text names before the title ('' when it names none)."""
    pattern = re.escape(ui["social_card_alt"]).replace(re.escape("{title}"), "(?P<named>.*)")
    pattern = pattern.replace(re.escape("{hashtag}"), re.escape(ui["hashtag"])).replace(
        re.escape("{motto}"), re.escape(ui["motto"])
    )
    match = re.fullmatch(pattern, alt)
    assert match, f"the alt text {alt!r} is not worded as data/ui.yml words it in this language"
    named = match["named"]
    if named == title:
        return ""
    assert named.endswith(f": {title}"), f"the alt text {alt!r} does not end in the title {title!r}"
    return named[: -len(title) - 2]


def same_picture(first: Image.Image, second: Image.Image) -> bool:
    if first.size != second.size:
        return False
    return ImageChops.difference(first.convert("RGB"), second.convert("RGB")).getbbox() is None


def test_every_card_is_drawn_from_its_own_page(site):
    checked = 0
    for page in html_pages(site.dir):
        doc = soup(page)
        image = meta(doc, "og:image")
        if not image.startswith(site.url + writer.CARDS_FOLDER + "/"):
            continue  # a page that shares its own picture (test_sharing.py)
        lang = page_language(site.dir, page)
        ui = site_context.ui_for(lang)
        title = own_title(site, page)
        section = section_from_alt(meta(doc, "og:image:alt"), title, ui)
        expected = drawing.render_card(
            layout.Card(title=title, section=section, motto=ui["motto"], hashtag=ui["hashtag"], lang=lang)
        )
        with Image.open(card_file(site, image)) as published:
            assert same_picture(published, expected), (
                f"/{url_path(site.dir, page)}: its card is not the card of {title!r} ({lang})"
            )
        checked += 1
    assert checked > 30


def test_the_comparison_tells_the_languages_apart():
    """A card with the other language's title, or motto, is not the same picture."""
    lv, en = site_context.ui_for("lv"), site_context.ui_for("en")
    card = layout.Card(
        title="Noturība", section=lv["site_title"], motto=lv["motto"], hashtag=lv["hashtag"], lang="lv"
    )
    same = drawing.render_card(card)
    assert same_picture(drawing.render_card(card), same)
    for other in (
        layout.Card("Resilience", card.section, card.motto, card.hashtag, "lv"),
        layout.Card(card.title, card.section, en["motto"], card.hashtag, "lv"),
    ):
        assert not same_picture(drawing.render_card(other), same), other
