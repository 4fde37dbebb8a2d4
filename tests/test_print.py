"""Print (issue 22): a statement, a news item and a priority page print on at most two A4 pages
(Chromium's PDF, the pages counted with pypdf), in black on white whichever scheme the screen was
in, without the site's chrome (navigation, search, palette, edit, back-to-top) and without our own
screen-only elements (share block, the hero's buttons and emblem), and with the address of each
outside link of the text printed after it, unless its text is the address already
(latvijaano/pages/print_links.py, latvijaano.css 7.). Issue 39: every sheet says where it came from (the
site's name, the ministry and the page's canonical address, partials/print-source.html); the
breadcrumb either prints whole or not at all; no link that only leads on, on screen ("more",
"all statements" arrows), prints; and no empty box (a border around nothing) reaches the paper.

The pages are found by kind (tests/test_layout.page_kinds), never by today's names.
"""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from test_layout import LANGUAGE_ROOTS, PAGE_HELPERS_JS, open_in_scheme, page_kinds

from latvijaano.pages import print_links

pytestmark = pytest.mark.long(30)  # see conftest.pytest_collection_modifyitems

PRINTED_KINDS = ("statement", "news item", "priority")
MAX_PAGES = 2

# What print leaves out: Material's chrome, and our own screen-only elements. Each must be on the
# screen of at least one page printed here (else its check could not fail). Heading anchors
# (`.headerlink`) are hidden by the same rule, but mkdocs.yml turns them off (toc permalink).
CHROME = {
    "header": ".md-header",
    "tabs": ".md-tabs",
    "sidebars": ".md-sidebar",
    "search": ".md-search",
    "palette toggle": "[data-md-component=palette]",
    "footer": ".md-footer",
    "back-to-top": ".md-top",
}
OURS = {
    "breadcrumb": ".md-path",
    "share block": ".lv-share",
    "hero's buttons": ".lv-hero__actions",
    "hero's emblem": ".lv-hero__emblem",
    "way on (previous and next item)": ".lv-item-nav",
}

RENDERED_JS = (
    r"""
(selectors) => {
  const W = document.documentElement.clientWidth;
  // The back-to-top button waits, hidden, for the reader to scroll up; shown here as it would be.
  document.querySelectorAll(".md-top[hidden]").forEach(e => e.removeAttribute("hidden"));
"""
    + PAGE_HELPERS_JS
    + r"""
  const out = {};
  for (const [what, selector] of Object.entries(selectors))
    out[what] = [...document.querySelectorAll(selector)].filter(shown).map(name);
  return out;
}
"""
)

# In print: the paper's colour, and every piece of text that is not black (or near: ≥ 7:1 on white)
# on white.
INK_JS = (
    r"""
() => {
  const W = document.documentElement.clientWidth;
"""
    + PAGE_HELPERS_JS
    + r"""
  const problems = [];
  const white = c => c && c[0] === 255 && c[1] === 255 && c[2] === 255;
  for (const root of [document.documentElement, document.body]) {
    const c = rgba(getComputedStyle(root).backgroundColor);
    if (c && c[3] > 0 && !white(c)) problems.push(`${root.tagName.toLowerCase()} background ${hex(c)}`);
  }
  // The paper around the page (the canvas) is dark when the root's colour scheme is, or is left to
  // <meta name="color-scheme"> (Material's palette writes the screen's scheme there).
  const html = getComputedStyle(document.documentElement);
  const meta = (document.querySelector("meta[name=color-scheme]") || {}).content || "";
  const scheme = html.colorScheme === "normal" ? meta : html.colorScheme;
  if (/dark/.test(scheme) && !white(rgba(html.backgroundColor)))
    problems.push(`the paper is dark: colour scheme "${scheme}" with no white background`);
  let texts = 0;
  for (const el of document.body.querySelectorAll("*")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest("svg, script, style, noscript, template") || !shown(el)) continue;
    texts++;
    const fg = rgba(getComputedStyle(el).color), bg = behind(el);
    if (!white(bg)) { problems.push(`text ${name(el)} on ${bg ? hex(bg) : "an image"}`); continue; }
    const ratio = contrast(over(fg, bg), bg);
    if (ratio < 7) problems.push(`text ${name(el)}: ${hex(over(fg, bg))} on white, contrast ${ratio.toFixed(2)} < 7`);
  }
  return {problems, texts};
}
"""
)

# The outside links of the text that print shows, and whether each is marked as its own address.
OUTSIDE_LINKS_JS = r"""
() => [...document.querySelectorAll(".md-content .md-typeset a[href^='http']")]
  .filter(a => a.getClientRects().length && !a.closest(".lv-share, .md-content__button"))
  .map(a => ({href: a.getAttribute("href"), text: a.textContent.trim(), bare: a.classList.contains("lv-link--bare"),
              after: getComputedStyle(a, "::after").content}))
"""


# On the page as printed: the breadcrumb's items, the texts of the links that only lead on, and
# every box drawn around nothing (a border, no text or picture inside).
PAPER_JS = r"""
() => {
  const shown = el => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden";
  const trail = [...document.querySelectorAll(".md-path__item")].map(li => li.textContent.trim());
  const onward = [...document.querySelectorAll(".md-typeset a.lv-more")].map(a => a.textContent.trim());
  const empty = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (!shown(el) || el.closest("svg")) continue;
    const s = getComputedStyle(el);
    const sides = ["Top", "Right", "Bottom", "Left"].filter(
      side => parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== "none");
    if (sides.length < 2) continue;  // a rule (one side) is a separator, not a box
    if (el.innerText.trim() || [...el.querySelectorAll("img, svg, canvas")].some(shown)) continue;
    empty.push(`<${el.tagName.toLowerCase()} class="${el.className}">`);
  }
  return {trail, onward, empty};
}
"""


def letters(text: str) -> str:
    """Only the letters and digits: PDF text without spaces, breaks, hyphens or separator glyphs."""
    return "".join(c for c in text if c.isalnum())


def squeeze(text: str) -> str:
    """PDF text without the line breaks and the hyphens a long address is broken at."""
    return re.sub(r"[\s\-\u00ad]", "", text)


@pytest.fixture(scope="module")
def kinds(site):
    return page_kinds(site)


@pytest.mark.parametrize("kind", PRINTED_KINDS)
def test_page_prints_on_two_a4_pages_at_most_with_the_address_of_each_outside_link(
    site, new_tab, kinds, kind
):
    tab = new_tab({"width": 1280, "height": 900}, still=True)
    failures = []
    for lang, root in LANGUAGE_ROOTS.items():
        url = site.url + root + kinds[kind]
        open_in_scheme(tab, url, "dark")  # the scheme that prints worst if print forgets it
        pdf = tab.pdf(format="A4")
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        if len(reader.pages) > MAX_PAGES:
            failures.append(f"/{root}{kinds[kind]}: {len(reader.pages)} A4 pages, at most {MAX_PAGES}")
        printed = squeeze("".join(page.extract_text() for page in reader.pages))
        tab.emulate_media(media="print")
        links = tab.evaluate(OUTSIDE_LINKS_JS)
        tab.emulate_media(media="null")  # back to the browser's own (pdf() then prints)
        for link in links:
            shown_address = squeeze(f"({link['href']})") in printed
            if link["bare"] and shown_address:
                failures.append(f"/{root}{kinds[kind]}: '{link['text']}' is its own address, printed twice")
            elif not link["bare"] and not shown_address:
                failures.append(
                    f"/{root}{kinds[kind]}: '{link['text']}' printed without its address {link['href']}"
                )
    assert not failures, "\n".join(failures)


def test_print_leaves_out_the_chrome_and_our_screen_only_elements(site, new_tab, kinds):
    tab = new_tab({"width": 1280, "height": 900}, still=True)
    selectors = {**CHROME, **OURS}
    on_screen, in_print = {what: [] for what in selectors}, []
    for path in ("", *(kinds[kind] for kind in PRINTED_KINDS)):
        open_in_scheme(tab, site.url + path, "light")
        for what, names in tab.evaluate(RENDERED_JS, selectors).items():
            on_screen[what] += names
        tab.emulate_media(media="print")
        for what, names in tab.evaluate(RENDERED_JS, selectors).items():
            in_print += [f"/{path}: the {what} prints: {n}" for n in names]
        tab.emulate_media(media="null")  # back to the browser's own (pdf() then prints)
    assert all(on_screen.values()), (
        f"not on the screen of any page printed here: {[w for w, n in on_screen.items() if not n]}"
    )
    assert not in_print, "\n".join(in_print)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_print_is_black_on_white_whatever_the_screen_scheme(site, new_tab, kinds, scheme):
    tab = new_tab({"width": 1280, "height": 900}, still=True)
    failures = []
    for path in ("", *(kinds[kind] for kind in PRINTED_KINDS)):
        open_in_scheme(tab, site.url + path, scheme)
        tab.emulate_media(media="print")
        result = tab.evaluate(INK_JS)
        assert result["texts"], f"/{path}: no text measured in print"
        failures += [f"/{path}: {p}" for p in result["problems"]]
        tab.emulate_media(media="null")  # back to the browser's own (pdf() then prints)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "text, href, bare",
    [
        ("https://www.mfa.gov.lv/", "https://www.mfa.gov.lv/", True),
        ("www.mfa.gov.lv", "https://www.mfa.gov.lv", True),
        ("mfa.gov.lv/lv/latvija-uz-ano-dp", "https://www.mfa.gov.lv/lv/latvija-uz-ano-dp", True),
        ("likumi.lv", "http://likumi.lv/", True),
        ("S/PV.10043", "https://undocs.org/en/S/PV.10043", False),
        ("The statement as delivered", "https://www2.mfa.gov.lv/en/newyork/news/1", False),
        ("mfa.gov.lv", "https://www.mfa.gov.lv/lv/latvija-uz-ano-dp", False),
        ("", "https://example.org/", False),
    ],
)
def test_a_link_is_bare_only_when_its_text_is_its_address(text, href, bare):
    assert print_links.is_bare(text, href) is bare


def test_bare_links_get_the_class_and_keep_their_attributes():
    html = (
        '<p><a href="https://likumi.lv">likumi.lv</a> <a class="x" href="https://a.lv/b/">a.lv/b</a> '
        '<a href="https://undocs.org/S/1">S/1</a> <a href="../x/">x</a> <a href="https://c.lv"><b>c.lv</b></a></p>'
    )
    marked = print_links.on_page_content(html, page=None, config=None, files=None)
    assert marked == (
        '<p><a href="https://likumi.lv" class="lv-link--bare">likumi.lv</a> '
        '<a class="x lv-link--bare" href="https://a.lv/b/">a.lv/b</a> '
        '<a href="https://undocs.org/S/1">S/1</a> <a href="../x/">x</a> <a href="https://c.lv"><b>c.lv</b></a></p>'
    )


@pytest.mark.parametrize("kind", PRINTED_KINDS)
def test_every_sheet_says_where_it_came_from_and_nothing_prints_that_only_works_on_screen(
    site, new_tab, kinds, kind
):
    """Issue 39, from the PDF's text: the site's name, the ministry (the copyright holder, in the
    page's language) and the page's canonical address on every sheet; the breadcrumb whole or not
    at all; no "more" link; and, in print media, no empty box."""
    tab = new_tab({"width": 1280, "height": 900}, still=True)
    failures = []
    for lang, root in LANGUAGE_ROOTS.items():
        path = root + kinds[kind]
        html = (site.dir / path / "index.html").read_text(encoding="utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        owner = re.search(r"<p>© ([^<]+)</p>", html).group(1).strip()
        site_name = re.search(r"<title>[^<]* - ([^<]+)</title>", html).group(1).strip()
        open_in_scheme(tab, site.url + path, "light")
        on_screen = tab.evaluate(PAPER_JS)
        tab.emulate_media(media="print")
        in_print = tab.evaluate(PAPER_JS)
        tab.emulate_media(media="null")  # back to the browser's own (pdf() then prints)
        reader = pypdf.PdfReader(io.BytesIO(tab.pdf(format="A4")))
        sheets = [letters(page.extract_text()) for page in reader.pages]
        printed = "".join(sheets)
        for number, sheet in enumerate(sheets, 1):
            for what, text in (("site's name", site_name), ("ministry", owner), ("address", canonical)):
                if letters(text) not in sheet:
                    failures.append(f"/{path}: sheet {number} of {len(sheets)} lacks the {what} '{text}'")
        trail = on_screen["trail"]
        if (
            len(trail) > 1
            and letters("".join(trail[:2])) in printed
            and letters("".join(trail)) not in printed
        ):
            failures.append(f"/{path}: the breadcrumb {trail} prints cut")
        failures += [
            f"/{path}: the screen-only link '{text}' prints"
            for text in on_screen["onward"]
            if letters(text) in printed
        ]
        failures += [f"/{path}: an empty box prints: {box}" for box in in_print["empty"]]
    assert not failures, "\n".join(failures)
