"""What a screen reader meets (issue 39): landmarks with names and content, the colour scheme
switch, the search's count, the timeline's states.

Read from the accessibility tree Chromium gives a screen reader (CDP Accessibility.getFullAXTree),
after the page's scripts have run, on one page of each kind (the site's pages grouped by their
section and depth, both languages in turn, and the 404 pages); the static part (every <nav> of
every built page has a name and something in it) on every page.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT
from site_pages import LANGS, html_pages, soup, url_path

pytestmark = pytest.mark.long(30)

UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
# Roles a reader can use inside a navigation landmark: with none, the landmark is empty.
CONTENT_ROLES = {"link", "button", "searchbox", "textbox", "combobox", "switch", "checkbox", "tab"}


def page_kinds(site) -> list[str]:
    """One URL path per kind of page: the pages grouped by their section (first folder below the
    language root) and depth, the first of each group, taking the languages in turn; then the two
    404 pages. Whatever pages an editor adds, each kind the site has is in the list."""
    groups: dict[tuple, list[str]] = {}
    for page in html_pages(site.dir):
        path = url_path(site.dir, page)
        parts = [part for part in path.split("/") if part]
        lang = "en" if parts[:1] == ["en"] else "lv"
        parts = parts[1:] if lang == "en" else parts
        groups.setdefault((parts[0] if parts else "", len(parts)), {}).setdefault(lang, path)
    kinds = []
    for number, (_, by_lang) in enumerate(sorted(groups.items())):
        lang = LANGS[number % 2]
        kinds.append(by_lang.get(lang) or next(iter(by_lang.values())))
    return kinds + ["404.html", "en/404.html"]


def ax_nodes(tab) -> dict[str, dict]:
    """The page's accessibility tree, by node id (ignored nodes included, marked `ignored`)."""
    session = tab.context.new_cdp_session(tab)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return {node["nodeId"]: node for node in nodes}


def role(node: dict) -> str:
    return (node.get("role") or {}).get("value", "")


def name(node: dict) -> str:
    return " ".join(str((node.get("name") or {}).get("value", "")).split())


def prop(node: dict, key: str):
    return next((p["value"].get("value") for p in node.get("properties", []) if p["name"] == key), None)


def descendants(nodes: dict, node: dict):
    for child_id in node.get("childIds", []):
        child = nodes.get(child_id)
        if child is None:
            continue
        yield child
        yield from descendants(nodes, child)


def navigation_problems(nodes: dict) -> list[str]:
    """Each navigation landmark a screen reader lists: without a name, or with nothing to use."""
    problems = []
    for node in nodes.values():
        if node.get("ignored") or role(node) != "navigation":
            continue
        used = [d for d in descendants(nodes, node) if not d.get("ignored") and role(d) in CONTENT_ROLES]
        if not name(node):
            problems.append(f"a navigation landmark without a name (it holds {len(used)} controls)")
        if not used:
            problems.append(f"the navigation landmark {name(node)!r} has nothing in it")
    return problems


def load(tab, url: str) -> dict:
    tab.goto(url, wait_until="load")
    # Material mounts its components (the palette among them) on its own document observable.
    tab.wait_for_function("() => document.querySelector('.lv-palette-switch[aria-checked]') !== null")
    return ax_nodes(tab)


# --- Every page: each <nav> has a name and something in it ---------------------------------------


def test_every_nav_of_every_built_page_has_a_name_and_content(site):
    """Before any script runs: Material's table of contents once was an empty <nav> on pages
    without headings, and a section's <nav> was named by a label holding only an icon."""
    problems = []
    for page in html_pages(site.dir):
        parsed = soup(page)
        for nav in parsed.select("nav"):
            label = nav.get("aria-label", "").strip()
            if nav.get("aria-labelledby"):
                label = " ".join(
                    " ".join(target.get_text(" ").split())
                    for target in (parsed.find(id=ref) for ref in nav["aria-labelledby"].split())
                    if target is not None
                )
            where = f"{url_path(site.dir, page)}: <nav class={' '.join(nav.get('class', []))!r}>"
            if not label:
                problems.append(f"{where} has no name")
            if not nav.select("a[href], button, input:not([type=hidden])"):
                problems.append(f"{where} ({label!r}) has nothing in it")
    assert not problems, "\n".join(problems)


# --- One page of each kind, in the accessibility tree -------------------------------------------


def test_no_navigation_landmark_is_unnamed_or_empty_on_any_kind_of_page(site, new_tab):
    tab = new_tab()
    problems = []
    for path in page_kinds(site):
        problems += [f"{path}: {problem}" for problem in navigation_problems(load(tab, site.url + path))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme", ("light", "dark"))
def test_palette_control_is_a_switch_named_dark_mode_on_only_in_the_dark(site, new_tab, lang, scheme):
    """Was "Ieslēgt tumšo režīmu, radio, checked" in the light scheme: named for what it would do,
    checked for what was shown. Now one switch, named for the dark scheme, on when it is shown;
    Material's radio buttons are not in the tree. Switching it turns it on or off."""
    tab = new_tab(color_scheme=scheme)
    nodes = load(tab, site.url + ("en/" if lang == "en" else ""))
    header = [n for n in nodes.values() if not n.get("ignored") and role(n) in ("switch", "radio")]
    switches = [n for n in header if role(n) == "switch"]
    assert [role(n) for n in header] == ["switch"], [(role(n), name(n)) for n in header]
    assert name(switches[0]) == UI["palette_dark_mode"][lang]
    assert prop(switches[0], "checked") == ("true" if scheme == "dark" else "false")
    # Pressed from the keyboard, it switches the scheme and says so; focus stays on it.
    tab.focus(".lv-palette-switch")
    for key, expected in (("Space", scheme != "dark"), ("Enter", scheme == "dark")):
        tab.keyboard.press(key)
        tab.wait_for_function(
            "on => document.querySelector('.lv-palette-switch').getAttribute('aria-checked') === String(on)",
            arg=expected,
        )
        is_dark = tab.evaluate("document.body.getAttribute('data-md-color-scheme')").endswith("dark")
        assert is_dark == expected, f"{key}: the scheme does not match the switch"
        assert tab.evaluate("document.activeElement.classList.contains('lv-palette-switch')")


@pytest.mark.parametrize("lang", LANGS)
def test_search_result_count_is_announced_in_a_polite_live_region(site, new_tab, lang):
    """Material writes how many results there are in its .md-search-result__meta line; a screen
    reader hears it only from a live region that is in the tree while the search is open."""
    tab = new_tab()
    load(tab, site.url + ("en/" if lang == "en" else ""))
    tab.locator(".md-search__input").click()
    before = tab.locator(".md-search-result__meta").text_content()
    tab.keyboard.type("ANO" if lang == "lv" else "UN")
    tab.wait_for_function(
        "before => document.querySelector('.md-search-result__meta').textContent.trim() !== before.trim()",
        arg=before,
    )
    tab.wait_for_function("() => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)")
    count = " ".join(tab.locator(".md-search-result__meta").text_content().split())
    nodes = ax_nodes(tab)
    live = [
        node
        for node in nodes.values()
        if not node.get("ignored")
        and prop(node, "live") == "polite"
        and count in " ".join(name(d) for d in descendants(nodes, node) if role(d) == "StaticText")
    ]
    assert live, f"the count {count!r} is in no polite live region a screen reader hears"


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_says_each_state_once_per_run_not_after_each_date(site, new_tab, lang):
    """The timeline's events are read in runs of one state: the state's words once before each run
    (to a screen reader), and no state after a date (the badges are for the eye)."""
    tab = new_tab()
    page = next(
        url_path(site.dir, p)
        for p in html_pages(site.dir)
        if soup(p).select_one("ol.lv-timeline")
        and (url_path(site.dir, p).startswith("en/") == (lang == "en"))
    )
    nodes = load(tab, site.url + page)
    texts = [name(n) for n in nodes.values() if not n.get("ignored") and role(n) == "StaticText"]
    said = {state: UI[f"timeline_run_{state}"][lang] for state in ("past", "current", "coming")}
    badges = {f"({UI[f'timeline_{state}'][lang]})" for state in said}
    assert not badges & set(texts), "a state is said after a date"
    runs = [text for text in texts if text in said.values()]
    html_runs = soup(site.dir / page / "index.html").select(".lv-timeline-runs > ol.lv-timeline")
    assert len(runs) == len(html_runs) and len(set(runs)) == len(runs), runs
    # each run's words are those of the state of every event in it
    for words, run in zip(runs, html_runs):
        state = next(state for state, text in said.items() if text == words)
        assert all(
            f"lv-timeline__event--{state}" in li["class"] for li in run.find_all("li", recursive=False)
        )
