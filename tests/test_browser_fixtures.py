"""The browser fixtures (conftest.py): tests share one warm browser context per worker, so each
tab must get what it asks for and leave nothing behind for the next test."""
from __future__ import annotations

from conftest import close_tab

STORED_PALETTE = "Object.keys(localStorage).some(key => key.endsWith('__palette'))"
SCHEME = "document.body.getAttribute('data-md-color-scheme')"


def test_a_tab_gets_its_viewport_and_media(site, new_tab):
    tab = new_tab({"width": 390, "height": 844}, still=True, color_scheme="dark")
    tab.goto(site.url + "en/")
    assert tab.evaluate("innerWidth") == 390
    assert tab.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
    assert tab.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    assert tab.evaluate(SCHEME).endswith("dark")
    plain = new_tab()
    plain.goto(site.url + "en/")
    assert plain.evaluate("innerWidth") == 1280
    assert not plain.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")


def test_a_closed_tab_leaves_no_palette_behind_on_any_origin_it_visited(site, new_tab):
    """Material stores the palette it shows, and a stored palette wins over the reader's colour
    scheme: a dark tab that visited two origins must not make the next light tab dark on either."""
    other = site.url.replace("127.0.0.1", "localhost")  # the same server under another origin
    dark = new_tab(color_scheme="dark")
    for base in (other, site.url):
        dark.goto(base + "en/")
        assert dark.evaluate(STORED_PALETTE), "Material no longer stores the palette: this test is moot"
    close_tab(dark)
    light = new_tab(color_scheme="light")
    for base in (other, site.url):
        light.goto(base + "en/")
        assert light.evaluate(SCHEME).endswith("light"), f"{base}: the dark tab's palette was left behind"
