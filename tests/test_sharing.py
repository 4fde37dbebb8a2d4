"""Sharing: every page's own social card (latvijaano/outputs/cards/, latvijaano/pages/social_image.py) and the share links on news
items, statements and priority pages (latvijaano/pages/share_links.py, overrides/partials/share.html).

What a reader gets: pasting any page's address into a network's card preview shows that page's
own 1200×630 card in its language; the share links carry the page's address and title, and load
nothing from another origin until one is clicked. Expectations come from the sources (docs/,
data/ui.yml, mkdocs.yml), never from today's content.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
import yaml
from conftest import ROOT, build_site
from PIL import Image, ImageChops
from site_pages import counterpart, html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

from latvijaano import site_context
from latvijaano.outputs.cards import drawing, writer
from latvijaano.outputs.cards import layout as cards_layout
from latvijaano.pages import share_links, social_image

pytestmark = pytest.mark.long(10)  # see conftest.pytest_collection_modifyitems

LATVIAN_LETTERS = "ā č ē ģ ī ķ ļ ņ š ū ž"
BASE_LETTERS = "a c e g i k l n s u z"
PLANTED_IMAGE_NEWS = "jaunumi/2000-01-02-planted-picture.md"


# --- Helpers ----------------------------------------------------------------------------


def meta(doc, name):
    tag = doc.find("meta", attrs={"property": name}) or doc.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---", text, re.S)
    return (yaml.safe_load(match.group(1)) if match else None) or {}


def source_of(site_dir: Path, page: Path) -> Path | None:
    """The Markdown file a built page comes from (None for generated pages such as the
    further pages of the news list). An English page whose translation is pending comes from
    the Latvian file."""
    lang = page_language(site_dir, page)
    rel = url_path(site_dir, page)
    rel = rel[len("en/") :] if lang == "en" else rel
    stem = rel.rstrip("/")
    candidates = [f"{stem}/index.md", f"{stem}.md"] if stem else ["index.md"]
    for language in (lang, site_context.DEFAULT_LANGUAGE):
        for candidate in candidates:
            path = ROOT / "docs" / language / candidate
            if path.is_file():
                return path
    return None


def share_patterns() -> list[str]:
    """mkdocs.yml extra.share_pages (the file has !ENV tags, which plain YAML does not know)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return config["extra"]["share_pages"]


def shared_pages(site) -> list[Path]:
    patterns = share_patterns()
    pages = []
    for page in html_pages(site.dir):
        source = source_of(site.dir, page)
        if source and share_links.is_shared(
            source.relative_to(ROOT / "docs").as_posix().split("/", 1)[1], patterns
        ):
            pages.append(page)
    return pages


def card_file(site, url: str) -> Path:
    assert url.startswith(site.url), url
    return site.dir / urlsplit(url).path.lstrip("/")


def ink(image: Image.Image, box) -> int:
    """How many pixels inside `box` are (nearly) white: the card's text is white on carmine."""
    region = image.crop(box).convert("L")
    return sum(region.histogram()[201:])


# --- Cards on the built site --------------------------------------------------------------


def test_every_page_has_its_own_card(site):
    """og:image is the page's own 1200×630 PNG (or the picture its front matter names),
    different for every page and language; twitter:image is the same picture."""
    cards, digests = {}, {}
    for page in html_pages(site.dir):
        doc = soup(page)
        where = "/" + url_path(site.dir, page)
        image = meta(doc, "og:image")
        assert meta(doc, "twitter:image") == image, where
        assert meta(doc, "twitter:card") == "summary_large_image", where
        source = source_of(site.dir, page)
        picture = front_matter(source).get("image") if source else None
        if picture:
            assert image.endswith(quote(Path(picture).name)) or image == picture, where
            continue
        assert image.startswith(site.url + "assets/images/social/"), where
        path = card_file(site, image)
        assert path.is_file(), f"{where}: {image} is not in the built site"
        with Image.open(path) as card:
            assert (card.format, card.size) == ("PNG", (1200, 630)), where
        assert (meta(doc, "og:image:width"), meta(doc, "og:image:height")) == ("1200", "630"), where
        assert meta(doc, "og:image:type") == "image/png", where
        cards[where] = image
        digests[where] = hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(cards) > 30
    assert len(set(cards.values())) == len(cards), "two pages share one card address"
    assert len(set(digests.values())) == len(digests), "two pages have the same card picture"


def test_cards_differ_between_languages(site):
    for page in html_pages(site.dir):
        if page_language(site.dir, page) != "lv" or not counterpart(site.dir, page).is_file():
            continue
        lv, en = meta(soup(page), "og:image"), meta(soup(counterpart(site.dir, page)), "og:image")
        assert lv != en, page
        if lv.startswith(site.url) and en.startswith(site.url):
            assert card_file(site, lv).read_bytes() != card_file(site, en).read_bytes(), page


def test_card_alt_text_is_in_the_page_language(site):
    """og:image:alt names the page's title and the motto in the page's language."""
    for page in html_pages(site.dir):
        doc = soup(page)
        lang = page_language(site.dir, page)
        ui = site_context.ui_for(lang)
        alt = meta(doc, "og:image:alt")
        where = "/" + url_path(site.dir, page)
        assert meta(doc, "twitter:image:alt") == alt, where
        source = source_of(site.dir, page)
        if source and front_matter(source).get("image"):
            assert alt == front_matter(source)["image_alt"], where
            continue
        assert ui["motto"] in alt and ui["hashtag"] in alt, where
        if url_path(site.dir, page) not in ("", "en/"):  # a home page's card shows the site's title
            title = front_matter(source)["title"] if source else doc.find("h1").get_text(strip=True)
            assert title in alt, f"{where}: {alt!r} does not name the title {title!r}"
        other = counterpart(site.dir, page)
        if other.is_file():
            assert alt != meta(soup(other), "og:image:alt"), where


def test_404_page_keeps_the_generic_card(site):
    doc = soup(site.dir / "404.html")
    assert meta(doc, "og:image") == site.url + "assets/images/og-image.png"
    assert (site.dir / "assets/images/og-image.png").is_file()


def test_the_build_uses_the_cache(site):
    """Every card of the shared build is a cached card (.cache/social/), byte for byte."""
    cached = {
        hashlib.sha256(path.read_bytes()).hexdigest() for path in (ROOT / writer.CACHE_FOLDER).glob("*.png")
    }
    built = list((site.dir / writer.CARDS_FOLDER).rglob("*.png"))
    assert built
    missing = [p for p in built if hashlib.sha256(p.read_bytes()).hexdigest() not in cached]
    assert not missing, missing


# --- The renderer --------------------------------------------------------------------------


def card(title: str, section: str = "Prioritātes", lang: str = "lv") -> cards_layout.Card:
    ui = site_context.ui_for(lang)
    return cards_layout.Card(
        title=title, section=section, motto=ui["motto"], hashtag=ui["hashtag"], lang=lang
    )


def inside(box, area) -> bool:
    return area[0] <= box[0] <= box[2] <= area[2] and area[1] <= box[1] <= box[3] <= area[3]


def test_the_font_draws_every_latvian_letter():
    """Each letter with a diacritic has a glyph of its own: not the font's 'missing' box, and
    not the bare base letter."""
    for path in (cards_layout.BOLD, cards_layout.REGULAR):
        face = cards_layout.font(path, 64)
        missing = bytes(face.getmask("\U0001f600"))  # an emoji: not in Noto Sans
        for letter, base in zip(
            (LATVIAN_LETTERS + " " + LATVIAN_LETTERS.upper()).split(),
            (BASE_LETTERS + " " + BASE_LETTERS.upper()).split(),
        ):
            glyph = bytes(face.getmask(letter))
            assert face.getmask(letter).getbbox(), f"{path.name}: {letter} draws nothing"
            assert glyph != missing, f"{path.name}: {letter} is not in the font"
            assert glyph != bytes(face.getmask(base)), f"{path.name}: {letter} is drawn as {base}"


def test_a_title_with_latvian_letters_is_drawn():
    with_marks = card(LATVIAN_LETTERS)
    layout = cards_layout.layout_card(with_marks)
    assert " ".join(layout.lines("title")) == LATVIAN_LETTERS
    image = drawing.render_card(with_marks, layout)
    bare = drawing.render_card(card(BASE_LETTERS))
    for box in layout.boxes("title"):
        assert ink(image, box) > 500, "the title's area has no ink"
        assert ImageChops.difference(image.crop(box), bare.crop(box)).getbbox(), (
            "the diacritics left no mark: the title looks like the one without them"
        )


def test_a_long_title_wraps_and_stays_inside_the_safe_area():
    title = (
        "Latvijas ārlietu ministrs ANO Drošības padomes atklātajās debatēs uzsvēra "
        "starptautisko tiesību un cilvēktiesību ievērošanas nozīmi"
    )
    layout = cards_layout.layout_card(card(title))
    assert len(layout.lines("title")) > 1 and not layout.truncated
    assert " ".join(layout.lines("title")) == title, "every word is on the card"
    for text in layout.texts:
        assert inside(text.box, cards_layout.SAFE_AREA), f"{text.role} {text.text!r} overflows: {text.box}"


def test_a_very_long_title_shrinks_then_ends_in_an_ellipsis():
    title = " ".join(["Drošības padomes atklātās debates par starptautisko tiesību nozīmi"] * 6)
    layout = cards_layout.layout_card(card(title))
    lines = layout.lines("title")
    assert layout.truncated and layout.title_size == min(cards_layout.TITLE_SIZES)
    assert lines[-1].endswith("…")
    rule_top = layout.rule_box[1]
    previous_bottom = 0
    for box in layout.boxes("title"):
        assert inside(box, cards_layout.SAFE_AREA), box
        assert box[3] < rule_top, f"the title runs into the motto's rule: {box}"
        assert box[1] >= previous_bottom - 2, "title lines overlap"
        previous_bottom = box[3]
    for text in layout.texts:
        assert inside(text.box, cards_layout.SAFE_AREA), f"{text.role} overflows: {text.box}"


def test_a_word_longer_than_the_card_is_broken_not_overflowing():
    layout = cards_layout.layout_card(card("Starptautiskāsdrošībasunmieranodrošināšanas" * 3))
    for box in layout.boxes("title"):
        assert inside(box, cards_layout.SAFE_AREA), box


def test_a_second_render_with_the_same_inputs_draws_nothing(tmp_path):
    cache, site = tmp_path / "cache", tmp_path / "site"
    first = card("Noturība")
    assert writer.write_card(first, cache, site / "a.png") is True
    assert writer.write_card(first, cache, site / "b.png") is False
    assert len(list(cache.glob("*.png"))) == 1 and not list(cache.glob("*.tmp"))
    assert (site / "a.png").read_bytes() == (site / "b.png").read_bytes()
    # Any change to what the card shows draws a new one.
    for changed in (
        card("Noturība", section="Jaunumi"),
        card("Noturība!"),
        cards_layout.Card("Noturība", "Prioritātes", "Cits moto", "#LatvijaANO", "lv"),
    ):
        assert writer.write_card(changed, cache, site / "c.png") is True
    assert len(list(cache.glob("*.png"))) == 4


def test_section_comes_from_the_navigation_or_the_folder():
    from types import SimpleNamespace as Fake

    def page(src_uri, title, parent=None):
        return Fake(
            file=Fake(src_uri=src_uri), title=title, meta={"title": title}, parent=parent, is_homepage=False
        )

    ui = site_context.ui_for("en")
    news_index = page("en/jaunumi/index.md", "News")
    nav = Fake(pages=[page("en/index.md", "Home"), news_index])
    section = Fake(title="Priorities")
    assert (
        social_image.section_label(page("en/prioritates/noturiba.md", "Resilience", section), nav, ui)
        == "Priorities"
    )
    assert social_image.section_label(page("en/jaunumi/2024-01-18-x.md", "An item"), nav, ui) == "News"
    assert social_image.section_label(page("en/jaunumi/lapa/2.md", "News – page 2"), nav, ui) == "News"
    # The section's own page, and a page outside any section, get the site's line instead.
    assert social_image.section_label(news_index, nav, ui) == ui["site_title"]
    assert social_image.section_label(page("en/kontakti.md", "Contacts"), nav, ui) == ui["site_title"]
    assert social_image.section_label(page("en/index.md", "Home"), nav, ui) == ""


def test_card_paths_follow_the_page_paths():
    assert writer.card_path("", "lv") == "assets/images/social/index.png"
    assert writer.card_path("en/", "en") == "assets/images/social/en/index.png"
    assert writer.card_path("prioritates/", "lv") == "assets/images/social/prioritates.png"
    assert (
        writer.card_path("en/jaunumi/2024-01-18-x/", "en")
        == "assets/images/social/en/jaunumi/2024-01-18-x.png"
    )


# --- A build of our own: sub-path, a news item with its own picture, the warm cache -----------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A copy of the project with an empty card cache and a news item (both languages) that
    names its own picture, built twice under a sub-path."""
    tmp = tmp_path_factory.mktemp("sharing")
    project = copy_repo(tmp / "project")
    shutil.rmtree(project / ".cache", ignore_errors=True)
    Image.new("RGB", (800, 420), (0, 90, 160)).save(project / "docs/lv/jaunumi/planted.png")
    for lang, title, alt, body in (
        (
            "lv",
            "Iestādīts jaunums ar attēlu",
            "Zils laukums",
            "Šis ir pārbaudes jaunums ar savu attēlu, kas jārāda kopīgojot. ",
        ),
        (
            "en",
            "A planted news item with a picture",
            "A blue square",
            "This is a test news item with a picture of its own, which sharing must show. ",
        ),
    ):
        (project / "docs" / lang / PLANTED_IMAGE_NEWS).write_text(
            f"---\ntitle: {title}\ndate: 2000-01-02\ndescription: {title}.\n"
            f"image: planted.png\nimage_alt: {alt}\n---\n\n# {title}\n\n" + body * 5 + "\n",
            encoding="utf-8",
        )
    url = "http://127.0.0.1:8000/pr-preview/pr-7/"
    first = build_site(project, tmp / "site1", url)
    assert first.returncode == 0, first.stdout + first.stderr
    second = build_site(project, tmp / "site2", url)
    assert second.returncode == 0, second.stdout + second.stderr

    class Scratch:
        pass

    Scratch.project, Scratch.url, Scratch.first, Scratch.second = project, url, first, second
    Scratch.site = tmp / "site2"
    return Scratch


def drawn_counts(build) -> list[tuple[int, int]]:
    return [
        (int(d), int(c))
        for d, c in re.findall(
            r"Social cards \(\w+\): (\d+) drawn, (\d+) from the cache", build.stdout + build.stderr
        )
    ]


def test_a_rebuild_with_no_change_draws_no_card(scratch):
    cold, warm = drawn_counts(scratch.first), drawn_counts(scratch.second)
    assert len(cold) == len(warm) == len(site_context.LANGUAGES)
    assert all(drawn > 0 and cached == 0 for drawn, cached in cold), cold
    assert all(drawn == 0 for drawn, _ in warm), warm
    assert [c for _, c in warm] == [d for d, _ in cold]


def test_cards_work_under_a_sub_path(scratch):
    doc = soup(scratch.site / "prioritates/index.html")
    image = meta(doc, "og:image")
    assert image == scratch.url + "assets/images/social/prioritates.png"
    assert (scratch.site / "assets/images/social/prioritates.png").is_file()


def test_a_page_with_its_own_picture_shares_that_picture(scratch):
    slug = Path(PLANTED_IMAGE_NEWS).stem
    lv = soup(scratch.site / f"jaunumi/{slug}/index.html")
    assert meta(lv, "og:image") == scratch.url + "jaunumi/planted.png"
    assert meta(lv, "og:image:alt") == "Zils laukums"
    assert (meta(lv, "og:image:width"), meta(lv, "og:image:height")) == ("800", "420")
    assert meta(lv, "og:image:type") == "image/png"
    assert meta(lv, "twitter:image") == meta(lv, "og:image")
    assert not (scratch.site / f"assets/images/social/jaunumi/{slug}.png").exists(), "no card is drawn for it"
    # The English item names the picture that sits next to its Latvian counterpart.
    en = soup(scratch.site / f"en/jaunumi/{slug}/index.html")
    assert meta(en, "og:image") == meta(lv, "og:image") and meta(en, "og:image:alt") == "A blue square"


# --- Share links ---------------------------------------------------------------------------


def test_share_links_on_the_listed_pages_only(site):
    shared = set(shared_pages(site))
    assert shared, "no page matches mkdocs.yml extra.share_pages"
    for page in html_pages(site.dir):
        has = soup(page).select_one("[data-lv-share]") is not None
        assert has == (page in shared), (
            f"/{url_path(site.dir, page)}: share links {'not ' if page in shared else ''}expected"
        )


def test_share_links_carry_the_page_address_and_title(site):
    for page in shared_pages(site):
        doc = soup(page)
        lang = page_language(site.dir, page)
        ui = site_context.ui_for(lang)
        where = "/" + url_path(site.dir, page)
        address = site.url + url_path(site.dir, page)
        title = meta(doc, "og:title")
        box = doc.select_one("[data-lv-share]")
        heading = box.find(id=box["aria-labelledby"])
        assert heading and heading.get_text(strip=True) == ui["share_heading"], where
        links = {a.get_text(strip=True): a for a in box.select("a.lv-share__link")}
        assert set(links) == {ui["share_x"], ui["share_facebook"], ui["share_linkedin"], ui["share_email"]}, (
            where
        )
        for link in links.values():
            href = link["href"]
            split = urlsplit(href)
            params = {key: values[0] for key, values in parse_qs(split.query).items()}
            assert quote(address, safe="") in href, f"{where}: {href} lacks the url-encoded address"
            assert "noreferrer" in link.get("rel", []) and link.get("target") is None, where
            if split.scheme == "mailto":
                assert params["subject"] == f"{title} — {ui['hashtag']}", where
                assert address in params["body"] and ui["hashtag"] in params["body"], where
            else:
                assert split.scheme == "https", href
                assert address in params.values(), f"{where}: {href}"
        x = parse_qs(urlsplit(links[ui["share_x"]]["href"]).query)
        assert x["text"] == [f"{title} {ui['hashtag']}"], where
        assert box["data-url"] == address and box["data-title"] == title, where


def test_share_link_helper_encodes_everything():
    ui = site_context.ui_for("lv")
    links = share_links.share_links(
        "Tiesības & drošība? 50/50 #1", "https://example.org/a b/?x=1&y=2", "#LatvijaANO", ui
    )
    for link in links:
        query = parse_qs(urlsplit(link["href"]).query)
        assert (
            "https://example.org/a b/?x=1&y=2" in [v for values in query.values() for v in values]
            or "https://example.org/a b/?x=1&y=2" in query["body"][0]
        ), link
        assert " " not in link["href"] and "&y=2" not in link["href"], link["href"]


# --- Share links in the browser: nothing from another origin until a click ------------------


def foreign_requests(context, origin: str) -> list[str]:
    seen: list[str] = []

    def record(request):
        split = urlsplit(request.url)
        if split.scheme in ("http", "https") and f"{split.scheme}://{split.netloc}" != origin:
            seen.append(request.url)

    context.on("request", record)
    return seen


def test_share_links_load_nothing_from_another_origin_until_clicked(site, browser):
    page = shared_pages(site)[0]
    address = site.url + url_path(site.dir, page)
    lang = page_language(site.dir, page)
    ui = site_context.ui_for(lang)
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    seen = foreign_requests(context, site.url.rstrip("/"))
    # The networks are out of reach here: answer for them, so that the click can be observed.
    context.route(
        re.compile(r"^https://(x\.com|www\.facebook\.com|www\.linkedin\.com)/"),
        lambda route: route.fulfill(status=200, body="ok", content_type="text/plain"),
    )
    tab = context.new_page()
    tab.goto(address, wait_until="networkidle")
    box = tab.locator("[data-lv-share]")
    assert box.is_visible()
    # "Copy link" appears with the script and copies the address, by keyboard.
    copy = box.get_by_role("button", name=ui["share_copy"])
    assert copy.is_visible()
    copy.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => document.querySelector('[data-lv-share-status]').textContent.length > 0")
    assert box.locator("[role=status]").inner_text() == ui["share_copied"]
    assert tab.evaluate("navigator.clipboard.readText()") == address
    # A desktop browser with a mouse gets no "Share…" button.
    assert not box.get_by_role("button", name=ui["share_native"]).is_visible()
    tab.wait_for_load_state("networkidle")
    assert seen == [], f"requests to other origins before any click: {seen}"
    box.get_by_role("link", name=ui["share_x"]).click()
    tab.wait_for_url(re.compile(r"^https://x\.com/"))
    assert len(seen) >= 1 and seen[0].startswith("https://x.com/intent/post?")
    assert quote(address, safe="") in seen[0]
    context.close()


def test_phones_get_the_web_share_button(site, browser):
    """With a touch screen and a browser that has navigator.share, "Share…" hands the page's
    title, text and address to the phone's share sheet (here a stand-in records them)."""
    page = shared_pages(site)[-1]
    address = site.url + url_path(site.dir, page)
    ui = site_context.ui_for(page_language(site.dir, page))
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script(
        "navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };"
    )
    seen = foreign_requests(context, site.url.rstrip("/"))
    tab = context.new_page()
    tab.goto(address, wait_until="networkidle")
    button = tab.get_by_role("button", name=ui["share_native"])
    assert button.is_visible()
    button.click()
    shared = tab.evaluate("window.__shared")
    assert shared["url"] == address and shared["title"] == meta(soup(page), "og:title")
    assert ui["hashtag"] in shared["text"]
    assert seen == []
    context.close()
