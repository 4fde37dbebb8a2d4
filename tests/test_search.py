"""Site search per language, typed in headless Chromium like a reader would.

A Latvian page searches Latvian pages only, an English page English pages only
(hooks/search_index.py, overrides/main.html). Latvian search ignores diacritics and
meets inflected forms (overrides/assets/javascripts/lunr/min/lunr.lv.min.js); English
keeps lunr's English stemming (lunr.en_gb.min.js). Both stem what the reader types
(lunr/query-stemming.js).

Which pages a query must find is read from the built search index: every page whose
text contains the word forms in question, so the tests follow the content as it changes.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from site_pages import html_pages, page_language, soup, url_path

ROOT = Path(__file__).resolve().parent.parent
LATVIAN_MODULE = ROOT / "overrides/assets/javascripts/lunr/min/lunr.lv.min.js"
INDEX_PATHS = {"lv": "search/search_index.json", "en": "en/search/search_index.json"}


# --- The Latvian stemmer on its own (node) --------------------------------------------------

# Words a reader should find with each other: diacritics, case forms, t/š alternation.
SAME_STEM = [
    ("drošība", "drosiba"),
    ("drošība", "drošības"),
    ("drošība", "drošībā"),
    ("drošība", "drošībai"),
    ("kiberdrošība", "kiberdrosiba"),
    ("kiberdrošība", "kiberdrošību"),
    ("tiesiskums", "tiesiskuma"),
    ("tiesiskums", "tiesiskumā"),
    ("sievietes", "sieviešu"),
    ("sieviete", "sievietēm"),
    ("Melnkalne", "Melnkalni"),
    ("Melnkalne", "Melnkalnē"),
    ("prioritātes", "prioritāšu"),
    ("valsts", "valstīm"),
    ("dalībvalsts", "dalībvalstu"),
    ("zeme", "zemju"),
    ("Latvija", "Latvijas"),
    ("Latvija", "Latvijā"),
    ("organizācija", "organizācijām"),
    ("ceļš", "ceļa"),
    ("intereses", "interešu"),
    ("starptautisks", "starptautiskajiem"),
    ("vēlēšanas", "vēlēšanām"),
]
# Words that must stay apart.
DIFFERENT_STEM = [
    ("gads", "gāze"),          # d/ž is deliberately not merged (see lunr.lv.min.js)
    ("tiesības", "tiesiskums"),
    ("sieviete", "sieva"),
    ("Latvija", "latvietis"),
    ("miers", "mērs"),
    ("drošība", "kiberdrošība"),
]
# Short words keep their letters: no ending is stripped below three letters of stem.
UNCHANGED = ["ANO", "ES", "ir", "act", "2026"]


def run_latvian_module(script: str):
    """Run a snippet of JavaScript with the Latvian module loaded as `lv`; return its JSON output."""
    program = f"const lv = require({json.dumps(str(LATVIAN_MODULE))});\n{script}"
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def stems():
    words = sorted({w for pair in SAME_STEM + DIFFERENT_STEM for w in pair} | set(UNCHANGED))
    return run_latvian_module(
        f"console.log(JSON.stringify(Object.fromEntries({json.dumps(words)}.map(w => [w, lv.stem(w)]))))"
    )


@pytest.mark.parametrize("a, b", SAME_STEM)
def test_stemmer_merges_forms_of_one_word(stems, a, b):
    assert stems[a] == stems[b], f"{a} → {stems[a]}, {b} → {stems[b]}"


@pytest.mark.parametrize("a, b", DIFFERENT_STEM)
def test_stemmer_keeps_different_words_apart(stems, a, b):
    assert stems[a] != stems[b], f"{a} and {b} both → {stems[a]}"


@pytest.mark.parametrize("word", UNCHANGED)
def test_stemmer_leaves_short_words_alone(stems, word):
    assert stems[word] == word.lower()


def test_latvian_stop_words_are_compared_folded():
    checks = run_latvian_module(
        'console.log(JSON.stringify(["kā", "ka", "KĀ", "arī", "ari", "un", "drošība", "padome"]'
        ".map(w => lv.isStopWord(w))))"
    )
    assert checks == [True, True, True, True, True, True, False, False]


# --- The two indexes ---------------------------------------------------------------------

def load_index(site, lang) -> dict:
    return json.loads((site.dir / INDEX_PATHS[lang]).read_text(encoding="utf-8"))


def page_of(location: str) -> str:
    """The page a search document belongs to ('velesanas/#x' → 'velesanas/')."""
    return location.split("#")[0]


def built_pages(site, lang) -> set[str]:
    """URL paths of the language's built pages, relative to that language's root."""
    prefix = "en/" if lang == "en" else ""
    return {
        url_path(site.dir, p)[len(prefix):]
        for p in html_pages(site.dir) if page_language(site.dir, p) == lang
    }


def test_latvian_index_holds_latvian_pages_only(site):
    index = load_index(site, "lv")
    assert index["config"]["lang"] == ["lv"]
    assert index["config"]["pipeline"] == ["trimmer", "stopWordFilter", "stemmer"]
    locations = [doc["location"] for doc in index["docs"]]
    assert not [loc for loc in locations if loc.startswith("en/")]
    for page in {page_of(loc) for loc in locations}:
        html = site.dir / page / "index.html"
        assert soup(html).html["lang"] == "lv", page
    # Every Latvian page can be found.
    assert {page_of(loc) for loc in locations} == built_pages(site, "lv")


def test_english_index_holds_english_pages_only(site):
    index = load_index(site, "en")
    assert index["config"]["lang"] == ["en_gb"]
    locations = [doc["location"] for doc in index["docs"]]
    for page in {page_of(loc) for loc in locations}:
        html = site.dir / "en" / page / "index.html"
        assert html.exists(), f"en/{page} is not an English page"
        assert soup(html).html["lang"] == "en", page
    assert {page_of(loc) for loc in locations} == built_pages(site, "en")


def pages_containing(site, lang, pattern: str) -> set[str]:
    """URL paths (from the site root) of the pages whose searchable text matches pattern."""
    regex = re.compile(pattern, re.IGNORECASE)
    prefix = "en/" if lang == "en" else ""
    return {
        prefix + page_of(doc["location"])
        for doc in load_index(site, lang)["docs"]
        if regex.search(re.sub(r"<[^>]+>", " ", f'{doc["title"]} {doc.get("text", "")}'))
    }


# --- Searching in the browser ------------------------------------------------------------

class Results:
    def __init__(self, count, articles, links, missing):
        self.count = count        # "N matching documents", as Material shows it
        self.articles = articles  # URL path of each result page, in order
        self.links = links        # every result link (pages and sections)
        self.missing = missing    # texts of "Missing: ..." markers


def search(page, site, path: str, query: str, requests: list | None = None) -> Results:
    """Open a page, open search with "/" (Material's shortcut), type the query, read all results."""
    if requests is not None:
        page.on("response", lambda response: requests.append((response.status, response.url)))
    page.goto(site.url + path)
    page.keyboard.press("/")
    page.keyboard.type(query)
    placeholder = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent)"
        ".translations['search.result.placeholder']"
    )
    page.wait_for_function(
        "placeholder => { const meta = document.querySelector('.md-search-result__meta');"
        " return meta && meta.textContent.trim() && meta.textContent !== placeholder }",
        arg=placeholder,
    )
    # Every keystroke is a search; wait until the last one has been rendered (no change for 0.45 s).
    last, same = None, 0
    for _ in range(100):
        page.wait_for_timeout(150)
        html = page.locator(".md-search-result").inner_html()
        same = same + 1 if html == last else 0
        last = html
        if same == 3:
            break
    else:
        pytest.fail(f"search results for {query!r} never settled")
    meta = page.locator(".md-search-result__meta").inner_text()
    count = int(m.group()) if (m := re.search(r"\d+", meta)) else 0
    # Material renders 10 results, then 4 more each time the list is scrolled to its end
    # (it reacts to reaching the end, so scroll up a little before each scroll down).
    items = page.locator(".md-search-result__item")
    scrollwrap = page.locator(".md-search__scrollwrap")
    while items.count() < count:
        before = items.count()
        scrollwrap.evaluate("el => el.scrollTop = el.scrollHeight - el.clientHeight - 200")
        page.wait_for_timeout(100)
        scrollwrap.evaluate("el => el.scrollTop = el.scrollHeight")
        page.wait_for_function(
            "n => document.querySelectorAll('.md-search-result__item').length > n", arg=before
        )

    def path_of(href: str) -> str:
        assert href.startswith(site.url), href
        return href[len(site.url):]

    # Each result item is one page: its first link is the page, the others its sections.
    articles = [
        path_of(href) for href in page.eval_on_selector_all(
            ".md-search-result__item", "items => items.map(item => item.querySelector('a').href)"
        )
    ]
    links = [path_of(a.get_attribute("href")) for a in page.locator("a.md-search-result__link").all()]
    missing = page.locator(".md-search-result__terms").all_inner_texts()
    return Results(count, articles, links, missing)


def test_latvian_search_ignores_diacritics(site, page):
    with_marks = search(page, site, "", "drošība")
    without_marks = search(page, site, "", "drosiba")
    expected = pages_containing(site, "lv", r"\bdrošīb\w*")
    assert expected, "no Latvian page says 'drošība' in any form"
    assert expected <= set(with_marks.articles)
    assert sorted(without_marks.articles) == sorted(with_marks.articles)
    assert without_marks.missing == []


def test_latvian_compound_without_diacritics(site, page):
    expected = pages_containing(site, "lv", r"\bkiberdrošīb\w*")
    assert expected, "no Latvian page says 'kiberdrošība' in any form"
    assert expected <= set(search(page, site, "", "kiberdrosiba").articles)


# Forms of one word, the first being the query we would like to type. A query only proves
# stemming on sections that do not already contain a word starting with it (Material searches
# by prefix), so the test types the first form that leaves such sections: e.g. velesanas.md
# says "Melnkalne" and "Melnkalni" in the same section, so "Melnkalne" would find it anyway,
# and "Melnkalnes" is typed instead.
WORD_FORMS = {
    "tiesiskums": ["tiesiskums", "tiesiskuma", "tiesiskumam", "tiesiskumu", "tiesiskumā"],
    "sieviete": ["sievietes", "sieviete", "sieviešu", "sievietei", "sievieti", "sievietēm",
                 "sievietē"],
    "Melnkalne": ["Melnkalne", "Melnkalnes", "Melnkalnei", "Melnkalni", "Melnkalnē"],
}


def sections_only_stemming_finds(site, forms: list[str], query: str) -> set[str]:
    """Search documents (page or section) with some form of the word but no word starting with query."""
    any_form = re.compile(r"\b(" + "|".join(forms) + r")\b", re.IGNORECASE)
    query_prefix = re.compile(r"\b" + query, re.IGNORECASE)
    found = set()
    for doc in load_index(site, "lv")["docs"]:
        text = re.sub(r"<[^>]+>", " ", f'{doc["title"]} {doc.get("text", "")}')
        if any_form.search(text) and not query_prefix.search(text):
            found.add(doc["location"])
    return found


@pytest.mark.parametrize("word", WORD_FORMS)
def test_latvian_search_finds_other_case_forms(site, page, word):
    forms = WORD_FORMS[word]
    query, expected = next(
        ((form, found) for form in forms if (found := sections_only_stemming_finds(site, forms, form))),
        (None, None),
    )
    assert query, f"no Latvian section has a form of '{word}' that a query in another form needs stemming for"
    results = search(page, site, "", query)
    assert expected <= set(results.links), f"'{query}' missed {expected - set(results.links)}"


def test_typed_words_are_analysed_like_the_index(site, page):
    """Material marks a typed word "Missing" in each result section that lacks it; it compares
    the parsed query with the index terms, so an unstemmed typed word would be "missing" even
    where the section has it."""
    results = search(page, site, "", "drosibas")
    assert len(results.links) > results.count, "expected section results (they carry the marker)"
    assert results.missing == []


def test_latvian_page_searches_latvian_pages_only(site, page):
    # "ACT" (the ACT group) is written the same in both languages.
    assert pages_containing(site, "en", r"\bACT\b"), "no English page mentions ACT"
    requests = []
    results = search(page, site, "vesture/", "ACT", requests)
    assert results.articles
    assert not [link for link in results.links if link.startswith("en/")]
    assert (200, site.url + "search/search_index.json") in requests
    assert (200, site.url + "assets/javascripts/lunr/min/lunr.lv.min.js") in requests
    assert [r for r in requests if r[0] >= 400] == []


def test_english_page_searches_english_pages_only(site, page):
    assert pages_containing(site, "lv", r"\bACT\b"), "no Latvian page mentions ACT"
    requests = []
    results = search(page, site, "en/vesture/", "ACT", requests)
    assert results.articles
    assert all(link.startswith("en/") for link in results.links), results.links
    assert (200, site.url + "en/search/search_index.json") in requests
    assert (200, site.url + "assets/javascripts/lunr/min/lunr.en_gb.min.js") in requests
    assert [r for r in requests if r[0] >= 400] == []
    # Result links lead to real English pages.
    for link in results.articles:
        assert (site.dir / link / "index.html").exists(), link


@pytest.mark.parametrize("query, other_form", [
    ("countries", r"\bcountry\b"),
    ("elections", r"\belected\b"),
])
def test_english_search_stems(site, page, query, other_form):
    expected = pages_containing(site, "en", other_form)
    assert expected, f"no English page matches {other_form}"
    results = search(page, site, "en/", query)
    assert expected <= set(results.articles)
    assert results.missing == []
