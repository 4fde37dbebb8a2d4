"""The browser fixtures (conftest.py): tests share one warm browser context per worker, and often
the same tab, so each tab must get what it asks for and leave nothing behind for the next test."""

from __future__ import annotations

from conftest import close_tab, open_tab, reset_tab

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


def test_a_reused_tab_keeps_nothing_of_the_test_before(site, new_tab, spare_tabs, warm_context):
    """new_tab hands out tabs that earlier tests used: what a test set on its tab (viewport, colour
    scheme, reduced motion, print media, a route, a stored palette on two origins) is undone."""
    other = site.url.replace("127.0.0.1", "localhost")
    used = open_tab(warm_context, {"width": 390, "height": 844}, still=True, color_scheme="dark")
    used.emulate_media(media="print")
    used.route(
        "**/kontakti/", lambda route: route.fulfill(status=404, body="routed", content_type="text/plain")
    )
    for base in (other, site.url):
        used.goto(base + "en/")
        assert used.evaluate(SCHEME).endswith("dark"), f"{base}: a palette stored before this test won"
        assert used.evaluate(STORED_PALETTE), "Material no longer stores the palette: this test is moot"
    assert reset_tab(used)
    spare_tabs.append(used)
    tab = new_tab()
    assert tab is used, "new_tab did not reuse the spare tab"
    for base in (other, site.url):
        tab.goto(base + "en/")
        assert tab.evaluate(SCHEME).endswith("light"), (
            f"{base}: the palette of the test before was left behind"
        )
    assert tab.evaluate("innerWidth") == 1280
    assert not tab.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
    assert not tab.evaluate("matchMedia('print').matches")
    assert tab.goto(site.url + "kontakti/").status == 200, "the route of the test before is still there"


def test_a_tab_left_with_a_handler_is_not_reused(warm_context):
    """A handler a test added (e.g. to record responses) would go on running in the next test: such
    a tab is closed, not reset."""
    tab = open_tab(warm_context)
    assert reset_tab(tab), "a tab as it opened can be reused"
    tab.on("response", lambda response: None)
    assert not reset_tab(tab)
    close_tab(tab)
