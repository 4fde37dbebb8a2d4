"""What the reader walkthrough found (issue 22, item 4), each checked on the built site for any
content: items lead back to their list, the feeds can be followed, the press contact is labelled,
the English 404 page, the colour scheme toggle, the home page's headings, the last update, the
Latvian search strings, the Council table's order, the edit link.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from babel.dates import format_date
from conftest import ROOT, build_site, free_port, serve
from site_pages import html_pages, page_language, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
import local_site  # noqa: E402

from latvijaano import site_context
from latvijaano.data import council
from latvijaano.data.dates import BABEL_LOCALES

LANGS = site_context.LANGUAGES
UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
ROOTS = {lang: site_context.language_root(lang) for lang in LANGS}
LISTS = ("jaunumi", "pazinojumi")  # folders whose dated items are left out of the navigation


def resolve(site, page_file: Path, href: str) -> str:
    """An href of a built page as a URL path inside the site ('en/jaunumi/')."""
    absolute = urljoin(site.url + url_path(site.dir, page_file), href)
    return absolute[len(site.url) :] if absolute.startswith(site.url) else absolute


def items(site, folder: str) -> list[Path]:
    return [
        p for p in html_pages(site.dir) if re.fullmatch(rf"(en/)?{folder}/\d[^/]*/", url_path(site.dir, p))
    ]


# --- Items lead back to their list -----------------------------------------------------------


@pytest.mark.content
@pytest.mark.parametrize("folder", LISTS)
def test_items_lead_back_to_their_list(site, folder):
    found = items(site, folder)
    assert found, f"no {folder} item in the build"
    for page_file in found:
        lang = page_language(site.dir, page_file)
        page = soup(page_file)
        trail = page.select_one("nav.md-path")
        assert trail is not None, f"{page_file}: no breadcrumbs"
        assert trail["aria-label"] == UI["breadcrumb"][lang]
        steps = [resolve(site, page_file, a["href"]) for a in trail.select("a")]
        assert steps[0] == ROOTS[lang] and steps[-1] == f"{ROOTS[lang]}{folder}/", (page_file, steps)
        current = trail.select("li")[-1]
        assert current.get("aria-current") == "page" and current.find("a") is None
        assert " ".join(current.get_text().split()) == " ".join(
            page.select_one("article h1").get_text().split()
        )
        # The list's tab and its sidebar entry are shown as current.
        assert page.select(".md-tabs__item--active"), f"{page_file}: no current tab"
        active = [
            resolve(site, page_file, a["href"])
            for a in page.select(".md-sidebar--primary .md-nav__item--active > a[href]")
        ]
        assert f"{ROOTS[lang]}{folder}/" in active, (page_file, active)


# --- Following the feeds ---------------------------------------------------------------------


def feeds(page) -> dict[str, str]:
    return {
        link["href"]: link["title"]
        for link in page.select('head link[rel=alternate][type="application/atom+xml"]')
    }


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "folder, text_key", [("jaunumi", "follow_news"), ("pazinojumi", "follow_statements")]
)
def test_lists_have_a_visible_follow_link_to_their_feed(site, lang, folder, text_key):
    page_file = site.dir / ROOTS[lang] / folder / "index.html"
    page = soup(page_file)
    box = page.select_one("article .lv-follow")
    assert box is not None, f"{page_file}: no Follow box"
    assert box.select_one(".lv-follow__title").get_text(strip=True) == UI["follow"][lang]
    link = box.select_one("a[href]")
    assert link.get_text(strip=True) == UI[text_key][lang]
    assert link["href"] in feeds(page), "the link is one of the page's announced feeds"
    assert link["href"].startswith(site.url + ROOTS[lang]) and link["href"].endswith("feed.xml")
    assert (site.dir / link["href"][len(site.url) :]).is_file()
    assert UI["feed_explained"][lang] in box.get_text()


@pytest.mark.content
def test_footer_links_to_both_feeds_and_names_the_press_contact(site):
    for page_file in html_pages(site.dir):
        lang = page_language(site.dir, page_file)
        page = soup(page_file)
        footer = page.select_one("footer .lv-footer")
        announced = feeds(page)
        hrefs = [a["href"] for a in footer.select('a[type="application/atom+xml"]')]
        assert len(announced) == 2 and sorted(hrefs) == sorted(announced), page_file
        press = next(
            (p for p in footer.select("p") if p.get_text().startswith(UI["footer_media"][lang] + ":")), None
        )
        assert press is not None and press.a["href"] == "mailto:" + UI["press_email"][lang], page_file


@pytest.mark.parametrize("lang", LANGS)
def test_contacts_page_labels_the_press_contact(site, lang):
    """The page the footer's contact link leads to has a heading for the media with the press e-mail."""
    home = site.dir / ROOTS[lang] / "index.html"
    href = next(
        a["href"]
        for a in soup(home).select("footer .lv-footer a")
        if a.get_text(strip=True) == UI["footer_contact_page"][lang]
    )
    page_file = site.dir / resolve(site, home, href) / "index.html"
    headings = [
        h for h in soup(page_file).select("article h2") if h.get_text().startswith(UI["footer_media"][lang])
    ]
    assert len(headings) == 1, f"{page_file}: no heading '{UI['footer_media'][lang]}…'"
    section = []
    for sibling in headings[0].find_next_siblings():
        if sibling.name == "h2":
            break
        section.append(sibling)
    assert any(a.get("href") == "mailto:" + UI["press_email"][lang] for s in section for a in s.find_all("a"))


# --- The English 404 page, under a sub-path --------------------------------------------------


@pytest.fixture(scope="module")
def sub_path_site(site, tmp_path_factory):
    """The project built for a sub-path and served like GitHub Pages: a missing address gets /404.html."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/sub/"
    served = tmp_path_factory.mktemp("served")
    result = build_site(site.root, served / "sub", url)
    assert result.returncode == 0, result.stderr
    server = serve(served, port, handler=local_site.not_found_handler(served / "sub" / "404.html"))
    yield url, served / "sub"
    server.shutdown()
    server.server_close()


def a_word_of_the_index(site_dir: Path, lang: str) -> str:
    """A word from the title of the language's first searchable page (read from the build)."""
    docs = json.loads((site_dir / ROOTS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))[
        "docs"
    ]
    title = next(doc["title"] for doc in docs if doc.get("title") and "#" not in doc["location"])
    return max(re.findall(r"\w+", title), key=len)


def test_unknown_english_address_shows_the_english_404_page(sub_path_site, new_tab):
    url, site_dir = sub_path_site
    tab = new_tab()
    asked = url + "en/no/such/page/"
    tab.goto(asked)
    tab.wait_for_function(
        "() => document.documentElement.lang === 'en' && document.readyState === 'complete'"
    )
    assert tab.url == asked, "the address bar keeps the address the reader asked for"
    assert (
        tab.title().startswith(UI["not_found_title"]["en"]) and UI["not_found_title"]["lv"] not in tab.title()
    )
    tabs = tab.locator(".md-tabs__link").evaluate_all("links => links.map(a => a.pathname)")
    assert tabs and all(path.startswith("/sub/en/") for path in tabs), tabs
    assert UI["footer_contacts"]["en"] in tab.locator("footer .lv-footer").text_content()
    # The search searches the English index.
    word = a_word_of_the_index(site_dir, "en")
    tab.locator(".md-search__input").click()
    tab.keyboard.type(word)
    results = tab.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    paths = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert paths and all(path.startswith("/sub/en/") for path in paths), paths
    # A Latvian address keeps the bilingual page, Latvian first.
    tab.goto(url + "nav/tadas/")
    assert tab.evaluate("document.documentElement.lang") == "lv"
    assert tab.title().startswith(UI["not_found_title"]["lv"])


def first_section(root: Path) -> str:
    """The URL path (inside a language root) of the navigation's first section index page."""
    from test_layout import nav_config, page_url

    for entry in nav_config(root):
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if isinstance(children, list) and isinstance(children[0], str) and children[0].endswith("index.md"):
            return page_url(children[0])
    raise AssertionError("the navigation has no section with an index page")


@pytest.mark.parametrize("lang", LANGS)
def test_the_404_page_links_the_section_of_the_address_and_offers_a_search(
    site, sub_path_site, new_tab, lang
):
    """Issue 39: besides home, the 404 page links the page of the navigation the missing address
    was under (in the address's language) and has a search box whose words open the site's search
    in that language."""
    url, site_dir = sub_path_site
    section = first_section(site.root)
    title = soup(site_dir / ROOTS[lang] / section / "index.html").title.get_text().rsplit(" - ", 1)[0]
    tab = new_tab()
    tab.goto(url + ROOTS[lang] + section + "no-such-page/")
    tab.wait_for_function("() => document.readyState === 'complete'")
    link = tab.locator(".lv-404__section a")
    assert link.is_visible(), "no link to the section the address was in"
    assert link.evaluate("a => a.closest('[lang]').lang") == lang
    assert link.text_content().strip() == title
    assert link.evaluate("a => a.pathname") == urlsplit(url).path + ROOTS[lang] + section
    # The search box: labelled, in the address's language; its words open the search there.
    field = tab.get_by_label(UI["not_found_search_label"][lang], exact=True)
    assert field.evaluate("f => f.closest('[lang]').lang") == lang
    word = a_word_of_the_index(site_dir, lang)
    field.fill(word)
    field.press("Enter")
    tab.wait_for_url(lambda address: urlsplit(address).path == urlsplit(url).path + ROOTS[lang])
    results = tab.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    paths = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert all(path.startswith(urlsplit(url).path + ROOTS[lang]) for path in paths), paths
    # An address under no page of the navigation: no section link (home is there already).
    tab.goto(url + ROOTS[lang] + "no/such/page/")
    tab.wait_for_function("() => document.readyState === 'complete'")
    assert not tab.locator(".lv-404__section a").first.is_visible()


# --- The colour scheme toggle ----------------------------------------------------------------


def toggle_names(lang: str) -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names = [option["toggle"]["name"] for option in config["theme"]["palette"]]
    if lang != site_context.DEFAULT_LANGUAGE:
        language = next(item for item in config["plugins"][1]["i18n"]["languages"] if item["locale"] == lang)
        names = [option["toggle"]["name"] for option in language["theme"]["palette"]]
    return names


@pytest.mark.parametrize("lang", LANGS)
def test_palette_toggle_is_named_in_the_page_language(site, lang):
    names = toggle_names(lang)
    assert len(set(names)) == len(names) and not any("/" in name for name in names)
    other = [n for other in LANGS if other != lang for n in toggle_names(other)]
    assert not set(names) & set(other), "each language names the toggle in its own words"
    for page_file in [site.dir / ROOTS[lang] / "index.html"]:
        radios = soup(page_file).select(".md-header input.md-option")
        assert [r["aria-label"] for r in radios] == names


# The control a reader uses (a switch "Tumšais režīms" / "Dark mode", Space and Enter, focus
# kept): tests/test_landmarks.py::test_palette_control_is_a_switch_named_dark_mode_on_only_in_the_dark.


# --- The home page's headings ----------------------------------------------------------------


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_gives_no_heading_twice(site, lang):
    page = soup(site.dir / ROOTS[lang] / "index.html")
    texts = [" ".join(h.get_text().split()).casefold() for h in page.select("h1, h2, h3, h4, h5, h6")]
    repeated = sorted({text for text in texts if texts.count(text) > 1})
    assert not repeated, f"{lang} home page: the same heading twice: {repeated}"
    assert len(page.select("h1")) == 1


# --- Last updated ----------------------------------------------------------------------------


def sitemap_lastmod(site_dir: Path, relative: str) -> dict[str, str]:
    text = (site_dir / relative).read_text(encoding="utf-8")
    return dict(re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", text))


@pytest.mark.content
def test_every_page_shows_its_last_update_and_the_sitemaps_agree(site):
    root_map = sitemap_lastmod(site.dir, "sitemap.xml")
    for lang in LANGS:
        if ROOTS[lang]:
            own = sitemap_lastmod(site.dir, f"{ROOTS[lang]}sitemap.xml")
            assert own and all(root_map.get(loc) == day for loc, day in own.items()), f"{lang} sitemap"
    checked = 0
    for page_file in html_pages(site.dir):
        if page_file.name == "404.html":
            continue
        lang = page_language(site.dir, page_file)
        line = soup(page_file).select_one(".lv-page-end__updated")
        assert line is not None, f"{page_file}: no 'last updated'"
        time = line.find("time")
        day = dt.date.fromisoformat(time["datetime"])
        assert (
            " ".join(line.get_text().split())
            == f"{UI['last_updated'][lang]}: {format_date(day, 'long', locale=BABEL_LOCALES[lang])}"
        ), page_file
        assert day <= dt.date.today()
        loc = site.url + url_path(site.dir, page_file)
        if loc in root_map:
            assert root_map[loc] == time["datetime"], f"{loc}: sitemap lastmod {root_map[loc]}, page {day}"
            checked += 1
    assert checked and checked == len(root_map), "every sitemap entry has a page that shows its date"


# --- Latvian search strings ------------------------------------------------------------------


def page_translations(page_file: Path) -> dict[str, str]:
    return json.loads(soup(page_file).select_one("script#__config").string)["translations"]


def test_latvian_search_strings_read_naturally(site):
    """Material's Latvian search strings ("1 šajā lapā", "# atbilstoši dokumenti") are replaced
    (overrides/partials/languages/lv.html): "Vēl 1 … šajā lapā", and a count that needs no
    agreement (Latvian would need three plural forms, Material has two), after a colon."""
    upstream = dict(
        re.findall(
            r'"(search\.result\.[a-z.]+)": "([^"]*)"',
            (ROOT / "tests/upstream/material/partials/languages/lv.html").read_text(encoding="utf-8"),
        )
    )
    shown = page_translations(site.dir / "index.html")
    for key in (
        "search.result.one",
        "search.result.other",
        "search.result.more.one",
        "search.result.more.other",
        "search.result.none",
    ):
        assert shown[key] != upstream[key], f"{key}: still Material's {upstream[key]!r}"
    assert re.fullmatch(r"Vēl 1 \w+ šajā lapā", shown["search.result.more.one"])
    for key in ("search.result.other", "search.result.more.other"):
        assert shown[key].endswith(": #"), key
    assert (
        page_translations(site.dir / "en" / "index.html")["search.result.more.one"] == "1 more on this page"
    )


# --- The Council table's order ---------------------------------------------------------------


def test_latvian_alphabetical_order():
    """CLDR's Latvian order: č ģ ķ ļ ņ š ž after c g k l n s z; ā ē ī ū with a e i u."""
    names = [
        "Šrilanka",
        "Ēģipte",
        "Čehija",
        "Austrija",
        "Ķīna",
        "Kuba",
        "Ziemeļmaķedonija",
        "Cipra",
        "Ābolu valsts",
        "Igaunija",
        "Žūrija",
        "Zviedrija",
        "Ļaudis",
        "Luksemburga",
        "Sīrija",
        "Ņujorka",
        "Nīderlande",
    ]
    assert sorted(names, key=lambda n: council.alphabetical_key(n, "lv")) == [
        "Ābolu valsts",
        "Austrija",
        "Cipra",
        "Čehija",
        "Ēģipte",
        "Igaunija",
        "Kuba",
        "Ķīna",
        "Luksemburga",
        "Ļaudis",
        "Nīderlande",
        "Ņujorka",
        "Sīrija",
        "Šrilanka",
        "Ziemeļmaķedonija",
        "Zviedrija",
        "Žūrija",
    ]
    english = ["Côte d'Ivoire", "China", "Colombia", "Democratic Republic of the Congo", "Denmark"]
    assert sorted(english, key=lambda n: council.alphabetical_key(n, "en")) == [
        "China",
        "Colombia",
        "Côte d'Ivoire",
        "Democratic Republic of the Congo",
        "Denmark",
    ]


@pytest.mark.content
@pytest.mark.parametrize("lang", LANGS)
def test_council_table_permanent_first_then_alphabetical(site, lang):
    years = yaml.safe_load((site.root / "data" / "council.yml").read_text(encoding="utf-8"))
    tables = [
        t
        for t in soup(site.dir / ROOTS[lang] / "padome" / "index.html").select("article table")
        if t.caption and t.caption.select_one(".lv-council__order")
    ]
    assert len(tables) == len(years)
    for table, year in zip(tables, years):
        assert (
            table.caption.select_one(".lv-council__order").get_text(strip=True) == UI["council_order"][lang]
        )
        rows = table.tbody.find_all("tr")
        names = [" ".join(r.th.get_text().split()) for r in rows]
        seats = {m[lang]: m["seat"] for m in year["members"]}
        kinds = [seats[name] for name in names]
        assert kinds == sorted(kinds, key=lambda seat: seat != "permanent"), "permanent members first"
        for seat in ("permanent", "elected"):
            group = [name for name in names if seats[name] == seat]
            assert group == sorted(group, key=lambda n: council.alphabetical_key(n, lang)), seat
        assert sum("lv-council__self" in (r.get("class") or []) for r in rows) == sum(
            bool(m.get("self")) for m in year["members"]
        )


# --- The edit link ---------------------------------------------------------------------------


def test_the_published_site_has_no_edit_link(site):
    """ "Edit this page" is for editors (issue 39): their previews have it (tests/test_publishing.py,
    tests/test_serve.py), the published site never, nor Material's pencil."""
    found = []
    for page_file in html_pages(site.dir):
        page = soup(page_file)
        if page.select(".md-content__button, a[rel=edit], .lv-page-end__edit"):
            found.append(url_path(site.dir, page_file))
    assert not found, f"an edit link on the published site: {found[:10]}"


def test_navigation_tells_screen_readers_where_the_reader_is(site):
    """The active tab and the sidebar's current link carry aria-current (latvijaano/pages/nav_current.py);
    a link marked "page" leads to the page itself."""
    checked = 0
    for page_file in html_pages(site.dir):
        page = soup(page_file)
        here = url_path(site.dir, page_file)
        tab = page.select_one("li.md-tabs__item--active > a")
        if tab is not None:
            checked += 1
            target = resolve(site, page_file, tab["href"])
            assert tab.get("aria-current") == ("page" if target == here else "true"), (here, str(tab))
        current = page.select("nav.md-nav a.md-nav__link--active")
        for link in current:
            assert link.get("aria-current") == "page", (here, str(link))
            assert resolve(site, page_file, link["href"]) == here, (here, str(link))
        marked = page.select(".md-tabs a[aria-current=page], nav.md-nav a[aria-current=page]")
        assert all(resolve(site, page_file, a["href"]) == here for a in marked), here
    assert checked > 0, "no page has an active tab: Material's tab markup changed"


def test_breadcrumbs_never_name_a_step_twice(site):
    """Each step of a trail leads somewhere else: no "Home › Home › Privacy" (latvijaano/pages/item_parents.py)."""
    trails = 0
    for page_file in html_pages(site.dir):
        trail = soup(page_file).select_one("nav.md-path")
        if trail is None:
            continue
        trails += 1
        steps = [resolve(site, page_file, a["href"]) for a in trail.select("a[href]")]
        here = url_path(site.dir, page_file)
        assert len(steps) == len(set(steps)) and here not in steps, (here, steps)
    assert trails > 0, "no page has breadcrumbs: Material's path markup changed"
