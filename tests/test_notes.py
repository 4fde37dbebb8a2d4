"""Notes in the site's palette (issue 39, item 5).

The "Papildinājums" / "Update" note an editor writes (`!!! note "…"`, Material's `note`
admonition) is drawn in the site's colours, not Material's blue, in the light and the dark scheme,
and axe-core finds its text readable (4.5:1). A note is put into a loaded page as Markdown renders
it (Material's admonition markup), so the test needs no note in today's content.
"""

from __future__ import annotations

import pytest
from test_accessibility import axe_violations, describe, set_scheme
from test_layout import PAGE_HELPERS_JS

MATERIAL_BLUE = [68, 138, 255]  # Material's `note` colour, #448aff

NOTE_HTML = (
    '<div class="admonition note" id="planted-note"><p class="admonition-title">Papildinājums</p>'
    "<p>Teksts, kas papildina lapu pēc tās publicēšanas.</p></div>"
)

COLOURS_JS = (
    r"""
() => {
  const W = document.documentElement.clientWidth;
"""
    + PAGE_HELPERS_JS
    + r"""
  const note = document.getElementById("planted-note");
  const title = note.querySelector(".admonition-title");
  const link = rgba(getComputedStyle(document.body).getPropertyValue("--md-typeset-a-color").trim()
    .replace(/^#(..)(..)(..)$/, (m, r, g, b) => `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`));
  const icon = rgba(getComputedStyle(title, "::before").backgroundColor);
  const titleBg = behind(title);
  return {
    border: rgba(getComputedStyle(note).borderLeftColor),
    icon, link,
    iconContrast: contrast(over(icon, titleBg), titleBg),
    titleBg: rgba(getComputedStyle(title).backgroundColor),
  };
}
"""
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_note_takes_the_site_palette_and_stays_readable(site, new_tab, scheme):
    tab = new_tab({"width": 1280, "height": 900}, still=True, color_scheme=scheme)
    tab.goto(site.url)
    set_scheme(tab, scheme)
    tab.evaluate(
        "html => document.querySelector('.md-content .md-typeset').insertAdjacentHTML('afterbegin', html)",
        NOTE_HTML,
    )
    colours = tab.evaluate(COLOURS_JS)
    assert colours["border"][:3] != MATERIAL_BLUE and colours["icon"][:3] != MATERIAL_BLUE, colours
    assert colours["border"][:3] == colours["link"][:3], f"the note's edge is not the link colour: {colours}"
    assert colours["icon"][:3] == colours["link"][:3], f"the note's icon is not the link colour: {colours}"
    assert colours["iconContrast"] >= 3, colours
    problems = [
        describe(v, f"the note ({scheme})")
        for v in axe_violations(tab)
        if any("#planted-note" in " ".join(map(str, n["target"])) for n in v["nodes"])
    ]
    assert not problems, "\n".join(problems)
