"""The campaign's face: home page, footer, 404 page, notices, images, colours and focus.

Browser tests load the built site in Chromium, as a reader's browser would; the colour tests
measure contrast from the computed styles in both colour schemes.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from conftest import ROOT, build_site, free_port, serve
from site_pages import html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import add_synthetic_news, copy_repo  # noqa: E402

pytestmark = pytest.mark.long(24)  # see conftest.pytest_collection_modifyitems

UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}
IMAGES = ROOT / "overrides" / "assets" / "images"
OTHER = {"lv": "en", "en": "lv"}


def built_file(site, url: str) -> Path:
    """The file the local server answers `url` with (a site URL ending in / is its index.html)."""
    assert url.startswith(site.url), f"{url} is not on the site"
    path = urlsplit(url).path.lstrip("/")
    return site.dir / (path + "index.html" if path == "" or path.endswith("/") else path)


def resolve(site, page_file: Path, href: str) -> str:
    return urljoin(site.url + url_path(site.dir, page_file), href)


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    """The site with 45 more (synthetic) news items per language, so that the news list runs
    to three pages with pagination; built from a copy of the repository, served like `site`."""
    project = copy_repo(tmp_path_factory.mktemp("paged") / "project")
    add_synthetic_news(project, 45)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = project.parent / "site"
    result = build_site(project, site_dir, url)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    server = serve(site_dir, port)

    class PagedSite:
        dir = site_dir

    PagedSite.url = url
    yield PagedSite
    server.shutdown()


# --- Home page ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_home_page_hero_and_priority_cards(site, page, lang):
    page.goto(site.url + LANGUAGE_ROOTS[lang])
    hero = page.locator(".lv-hero")
    assert hero.is_visible()
    assert hero.locator("h1").inner_text().strip() == UI["site_title"][lang]
    hero_text = hero.inner_text()
    assert UI["motto"][lang] in hero_text
    assert UI["hashtag"][lang] in hero_text
    # The other language's motto only where it is marked as that language (the Latvian page says
    # the sources give the motto in English: *Together for Peace and Resilience*{lang=en}).
    unmarked = page.locator("body").evaluate(
        "(body, lang) => { const copy = body.cloneNode(true);"
        " copy.querySelectorAll(`[lang]:not([lang='${lang}'])`).forEach(el => el.remove());"
        " return copy.textContent; }",
        lang,
    )
    assert UI["motto"][OTHER[lang]] not in unmarked
    assert page.locator("h1").count() == 1, "the hero's H1 is the page's only H1"

    # As many cards as the home page's front matter lists (priority_cards), in that order.
    source = (site.root / "docs" / lang / "index.md").read_text(encoding="utf-8")
    expected = yaml.safe_load(source.split("---")[1])["priority_cards"]
    cards = page.locator("section[aria-labelledby=lv-priorities] .lv-card")
    assert cards.count() == len(expected), "one card per entry of priority_cards"
    for i in range(len(expected)):
        link = cards.nth(i).locator("a")
        target = built_file(site, urljoin(page.url, link.get_attribute("href")))
        assert target.is_file(), f"card links to a missing page: {target}"
        assert page_language(site.dir, target) == lang
        target_page = soup(target)
        assert link.inner_text().strip() == target_page.find("h1").get_text(strip=True)
        description = target_page.find("meta", attrs={"name": "description"})["content"]
        assert cards.nth(i).locator(".lv-card__text").inner_text().strip() == description


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_home_page_links_to_news_and_get_involved(site, lang):
    home = site.dir / LANGUAGE_ROOTS[lang] / "index.html"
    links = {resolve(site, home, a["href"]) for a in soup(home).select(".lv-hero__actions a")}
    base = site.url + LANGUAGE_ROOTS[lang]
    assert links == {base + "iesaisties/", base + "jaunumi/"}
    for url in links:
        assert built_file(site, url).is_file()


def test_skip_link_is_visible_on_focus_and_lands_on_the_hero(site, page):
    page.goto(site.url)
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-skip')).opacity === '1'")
    box = skip.bounding_box()
    assert box and box["width"] > 0 and box["y"] >= 0
    target = skip.get_attribute("href").split("#", 1)[1]
    assert page.locator(".lv-hero h1").get_attribute("id") == target


# --- Every page ------------------------------------------------------------------------


# Requests to other origins, failed requests and error responses on every page: tests/test_loading.py.


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_footer_links_to_accessibility_and_privacy_in_the_page_language(site, lang):
    expected = {
        site.url + LANGUAGE_ROOTS[lang] + "pieklustamiba/",
        site.url + LANGUAGE_ROOTS[lang] + "privatums/",
        site.url + LANGUAGE_ROOTS[lang] + "kontakti/",
    }
    for target in expected:
        assert built_file(site, target).is_file(), target
    pages = [p for p in html_pages(site.dir) if page_language(site.dir, p) == lang]
    assert pages
    for page_file in pages:
        footer = soup(page_file).select_one("footer .lv-footer")
        assert footer is not None, page_file
        links = {resolve(site, page_file, a["href"]) for a in footer.select("a[href]")}
        assert expected <= links, f"{page_file}: footer links {links}"
        assert f"mailto:{UI['contact_email'][lang]}" in links
        text = footer.get_text(" ", strip=True)
        assert UI["hashtag"][lang] in text
        assert UI["accessibility_statement"][lang] in text and UI["privacy"][lang] in text
        assert "Made with" not in text


def test_404_page_speaks_both_languages_at_any_depth(site, page):
    html = (site.dir / "404.html").read_text(encoding="utf-8")
    # Each part's language is its own lang or its nearest ancestor's (the minifier drops a
    # lang="lv" that only repeats the page's).
    parts = soup(site.dir / "404.html").select(".lv-404__part")
    langs = [part.find_parent(lang=True)["lang"] if not part.get("lang") else part["lang"] for part in parts]
    assert langs == ["lv", "en"], "Latvian first, then English"
    for part, lang in zip(parts, langs):
        assert UI["not_found_title"][lang] in part.get_text()
    # GitHub Pages answers any missing path with /404.html: serve it deep down the tree.
    deep = site.url + "prioritates/nav/tadas/lapas/"
    page.route(deep, lambda route: route.fulfill(status=404, body=html, content_type="text/html"))
    page.goto(deep)
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky", (
        "the stylesheet loads at any depth"
    )
    # The home links (hreflang); the link to the section of the address is tested in test_reader.py.
    homes = page.locator(".lv-404 a[hreflang]").evaluate_all("links => links.map(a => a.href)")
    assert homes == [site.url, site.url + "en/"]
    for url in homes:
        assert built_file(site, url).is_file()


def test_news_item_shows_its_date_under_the_title(site):
    news = [
        p
        for p in html_pages(site.dir)
        if "/jaunumi/" in "/" + url_path(site.dir, p)
        and url_path(site.dir, p).rstrip("/").split("/")[-1] != "jaunumi"
    ]
    assert news
    for page_file in news:
        h1 = soup(page_file).select_one("article h1")
        date_line = h1.find_next_sibling()
        time = date_line.find("time")
        assert "lv-date" in date_line["class"] and time is not None, page_file
        assert len(time["datetime"]) == 10 and time.get_text(strip=True), page_file


def test_untranslated_page_carries_a_notice(tmp_path):
    """A page whose English text is missing is shown from the Latvian source, with a notice."""
    project = copy_repo(tmp_path / "project")
    (project / "docs" / "en" / "kontakti.md").unlink()
    latvian_source = project / "docs" / "lv" / "kontakti.md"
    latvian_source.write_text(  # the editor's mark for a page whose translation is on its way
        latvian_source.read_text(encoding="utf-8").replace("---\n", "---\ntranslation: pending\n", 1),
        encoding="utf-8",
    )
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stderr
    english = soup(tmp_path / "site" / "en" / "kontakti" / "index.html")
    notice = english.select_one("article [role=note]")
    assert notice is not None and notice.get_text(strip=True) == UI["translation_pending"]["en"]
    assert english.select_one("article div[lang=lv] h1") is not None, "the Latvian text is marked as Latvian"
    latvian = soup(tmp_path / "site" / "kontakti" / "index.html")
    assert latvian.select_one("article [role=note]") is None


# --- Images ------------------------------------------------------------------------------


@pytest.mark.parametrize("name, size", [("apple-touch-icon.png", (180, 180)), ("og-image.png", (1200, 630))])
def test_png_images_have_their_size_and_stay_small(name, size):
    data = (IMAGES / name).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == size
    assert len(data) < 60_000


def test_logo_and_favicon_are_our_svg(site):
    for name in ("logo.svg", "favicon.svg"):
        svg = (site.dir / "assets" / "images" / name).read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "#9e3039" in svg.lower() and "<image" not in svg


# --- Colours and focus ------------------------------------------------------------------

# Each item: what it is, the page it is on, CSS selector (every match is measured). "{newest news
# item}" stands for the first item of the news list, whichever it is today.
TEXT_PAIRS = [
    ("body text", "", ".lv-body p"),
    ("links in text", "en/velesanas/", "article p a, article li a"),
    ("header title", "", ".md-header__topic:first-child .md-ellipsis"),
    ("tabs", "", ".md-tabs__link"),
    ("hero", "", ".lv-hero__title, .lv-hero__motto, .lv-hero__lead, .lv-hero__hashtag, .lv-hero .lv-button"),
    ("cards", "en/", ".lv-card__title a, .lv-card__text"),
    ("key facts", "", ".lv-fact__value, .lv-fact__label"),
    ("navigation", "prioritates/sievietes/", ".md-sidebar--primary .md-nav__link"),
    ("page text", "en/prioritates/sievietes/", "article h1, article p"),
    ("previous/next", "en/prioritates/sievietes/", ".md-footer__direction, .md-footer__title .md-ellipsis"),
    ("footer", "en/prioritates/sievietes/", ".lv-footer p, .lv-footer a, .lv-footer__heading"),
    ("news date", "{newest news item}", ".lv-date"),
    ("timeline", "vesture/", ".lv-timeline__date, .lv-timeline__text, .lv-timeline__text a"),
    ("timeline", "en/vesture/", ".lv-timeline__date, .lv-timeline__text a"),
    ("missions table", "vesture/", "article caption, article th, article th small, article td"),
    ("representations table", "en/organizacijas/", "article caption, article th, article td"),
    ("news list", "jaunumi/", ".lv-news-list__date, .lv-news-list__title a, .lv-news-list__text"),
    ("news list", "en/jaunumi/", ".lv-news-list__date, .lv-news-list__title a, .lv-news-list__text"),
    ("404", "404.html", ".lv-404 h1, .lv-404 h2, .lv-404 p, .lv-404 a"),
]

# The same, measured on `paged_site` (the news list needs more items than the site has to have pages).
PAGED_TEXT_PAIRS = [
    ("pagination", "jaunumi/lapa/2/", ".lv-pagination a"),
    ("pagination: current page", "jaunumi/lapa/2/", '.lv-pagination a[aria-current="page"]'),
    ("pagination: current page", "en/jaunumi/", '.lv-pagination a[aria-current="page"]'),
    ("news list, page 3", "en/jaunumi/lapa/3/", ".lv-news-list__date, .lv-news-list__title a"),
]

MEASURE_JS = """
(selector) => [...document.querySelectorAll(selector)]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility === "visible")
  .map(el => {
    const colours = [];
    let opacity = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= parseFloat(style.opacity);
      colours.push(style.backgroundColor);
    }
    return {text: el.innerText.trim().slice(0, 40), fg: getComputedStyle(el).color, bgs: colours, opacity};
  })
  .filter(item => item.opacity > 0)  // faded out (e.g. the header's second title): not shown
"""


def rgba(css: str) -> tuple[float, float, float, float]:
    numbers = [float(x) for x in css[css.index("(") + 1 : -1].replace("/", " ").replace(",", " ").split()]
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def over(top, bottom):
    r, g, b, a = top
    return tuple(a * c + (1 - a) * d for c, d in zip((r, g, b), bottom[:3])) + (1.0,)


def luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def contrast_of(item) -> float:
    background = (255.0, 255.0, 255.0, 1.0)  # the canvas
    for colour in reversed(item["bgs"]):  # from the root down to the element
        background = over(rgba(colour), background)
    r, g, b, a = rgba(item["fg"])
    return contrast(over((r, g, b, a * item["opacity"]), background), background)


def settle(tab):
    """Wait until transitions (fades, slides) have finished: measure the final colours."""
    tab.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def open_in_scheme(new_tab, scheme):
    return new_tab({"width": 1280, "height": 900}, still=True, color_scheme=scheme)


def by_page(pairs) -> dict[str, list[tuple[str, str]]]:
    """{page: [(what, selector), ...]}, the pages in their first order."""
    pages: dict[str, list[tuple[str, str]]] = {}
    for what, path, selector in pairs:
        pages.setdefault(path, []).append((what, selector))
    return pages


def newest_news_item(site) -> str:
    """The URL path of the first item on the (Latvian) news list."""
    news_list = site.dir / "jaunumi" / "index.html"
    link = soup(news_list).select_one(".lv-news-list__title a[href]")
    assert link, "the news list links to no item"
    return resolve(site, news_list, link["href"])[len(site.url) :]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(site, paged_site, new_tab, scheme):
    tab = open_in_scheme(new_tab, scheme)
    failures, measured = [], 0
    newest = newest_news_item(site)
    for base, pairs in ((site, TEXT_PAIRS), (paged_site, PAGED_TEXT_PAIRS)):
        for path, checks in by_page(pairs).items():
            path = path.replace("{newest news item}", newest)
            tab.goto(base.url + path)  # each page once, for all that is measured on it
            settle(tab)
            assert tab.locator("body").get_attribute("data-md-color-scheme") == f"latvijaano-{scheme}"
            for what, selector in checks:
                items = tab.evaluate(MEASURE_JS, selector)
                assert items, f"{what}: nothing matches {selector} on /{path}"
                for item in items:
                    measured += 1
                    ratio = contrast_of(item)
                    if ratio < 4.5:
                        failures.append(f"{what} /{path} '{item['text']}': {ratio:.2f} ({item['fg']})")
    # The search dialog: its input and result lines, after a search.
    tab.goto(site.url + "en/")
    tab.locator(".md-search__input").click()
    tab.keyboard.type("Latvia")
    tab.wait_for_selector(".md-search-result__item")
    settle(tab)
    for item in tab.evaluate(
        MEASURE_JS,
        ".md-search__input, .md-search-result__meta, .md-search-result__article h1, .md-search-result__teaser",
    ):
        measured += 1
        if contrast_of(item) < 4.5:
            failures.append(f"search '{item['text']}': {contrast_of(item):.2f}")
    assert measured > 50
    assert not failures, "\n".join(failures)


# The focused element and its ring: on the element itself, or on the card around a card's link.
FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el.matches("input[type=text], input[type=search]")) return null;
  const ringed = [el, el.parentElement, el.closest(".lv-card")].find(node => {
    const style = node && getComputedStyle(node);
    return style && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  }) || el;
  const style = getComputedStyle(ringed);
  const bgs = [];
  for (let node = ringed.parentElement; node; node = node.parentElement) bgs.push(getComputedStyle(node).backgroundColor);
  return {text: (el.innerText || el.getAttribute("aria-label") || el.tagName).trim().slice(0, 30),
    outline: style.outlineStyle, width: parseFloat(style.outlineWidth), fg: style.outlineColor, bgs, opacity: 1};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_visible(site, new_tab, scheme):
    """Tab through the home page: every focused control shows an outline of at least 3:1."""
    tab = open_in_scheme(new_tab, scheme)
    tab.goto(site.url + "en/")
    failures, seen = [], 0
    for _ in range(30):
        tab.keyboard.press("Tab")
        settle(tab)
        focus = tab.evaluate(FOCUS_JS)
        if focus is None:
            continue
        seen += 1
        if focus["outline"] in ("none", "hidden") or focus["width"] < 2:
            failures.append(f"{focus['text']}: no outline")
        elif contrast_of(focus) < 3:
            failures.append(f"{focus['text']}: outline contrast {contrast_of(focus):.2f}")
    assert seen > 10
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_visible_on_the_news_list_and_the_timeline(paged_site, new_tab, scheme):
    """Tab through a page of the news list to its last page link, and through the timeline:
    every focused title, page link (the current one too) and event link shows a ring of 3:1."""
    tab = open_in_scheme(new_tab, scheme)
    failures, reached = [], set()
    for path, last in (("en/jaunumi/lapa/2/", ".lv-pagination a"), ("vesture/", ".lv-timeline a")):
        tab.goto(paged_site.url + path)
        for _ in range(150):
            tab.keyboard.press("Tab")
            settle(tab)
            focus = tab.evaluate(FOCUS_JS)
            kind = tab.evaluate("""() => {
              const el = document.activeElement;
              return el.matches(".lv-pagination a[aria-current]") ? "current page"
                : el.matches(".lv-pagination a") ? "page link"
                : el.matches(".lv-news-list__title a") ? "news title"
                : el.matches(".lv-timeline a") ? "timeline link" : null;
            }""")
            if focus is None or kind is None:
                continue
            reached.add(kind)
            if focus["outline"] in ("none", "hidden") or focus["width"] < 2:
                failures.append(f"{kind} '{focus['text']}': no outline")
            elif contrast_of(focus) < 3:
                failures.append(f"{kind} '{focus['text']}': outline contrast {contrast_of(focus):.2f}")
            if tab.evaluate("s => [...document.querySelectorAll(s)].pop() === document.activeElement", last):
                break
    assert reached == {"current page", "page link", "news title", "timeline link"}
    assert not failures, "\n".join(failures)


def test_print_shows_only_the_text(site, page):
    page.goto(site.url + "en/prioritates/sievietes/")
    page.emulate_media(media="print")
    hidden = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-content__button, .md-search"
    shown = page.evaluate(
        "s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length).map(e => e.className)",
        hidden,
    )
    assert shown == []
    assert page.locator("article h1").is_visible()
