"""Site search per language, typed in headless Chromium like a reader would.

A Latvian page searches Latvian pages only, an English page English pages only
(latvijaano/outputs/search_index.py, overrides/main.html). Latvian search ignores diacritics and
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
import sys
from pathlib import Path

import pytest
from conftest import close_tab, open_tab
from mkdocs.exceptions import PluginError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from site_pages import html_pages, page_language, soup, url_path

from latvijaano import site_context
from latvijaano.outputs import search_index

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import search_eval  # noqa: E402
from conftest import build_site  # noqa: E402
from scratch import copy_repo  # noqa: E402

pytestmark = pytest.mark.long(18)  # see conftest.pytest_collection_modifyitems

LATVIAN_MODULE = ROOT / "overrides/assets/javascripts/lunr/min/lunr.lv.min.js"
RANKING_MODULE = ROOT / "overrides/assets/javascripts/lunr/query-ranking.js"
INDEX_PATHS = {
    lang: f"{site_context.language_root(lang)}search/search_index.json" for lang in site_context.LANGUAGES
}


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
    ("gads", "gāze"),  # d/ž is deliberately not merged (see lunr.lv.min.js)
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


# Derived words that meet at their root (the lower-weighted second key), and words that don't.
SAME_ROOT = [
    ("ilgtspēja", "ilgtspējība"),
    ("ilgtspējība", "ilgtspējīgs"),
    ("ilgtspējīgu", "ilgtspējai"),
    ("drošība", "drošs"),
    ("drošībai", "droši"),
    ("noturība", "noturīgs"),
    ("noturīga", "noturībai"),
    ("atbildība", "atbildīgāka"),
    ("atklātība", "atklātāka"),
    ("atklātība", "atklāta"),
]
DIFFERENT_ROOT = [
    ("drošība", "kiberdrošība"),
    ("tiesības", "tiesiskums"),
    ("noturība", "nauda"),
    ("rība", "rīgs"),  # too short to lose a suffix
]


@pytest.fixture(scope="module")
def roots():
    words = sorted({w for pair in SAME_ROOT + DIFFERENT_ROOT for w in pair})
    return run_latvian_module(
        f"console.log(JSON.stringify(Object.fromEntries({json.dumps(words)}.map(w => [w, lv.root(w)]))))"
    )


@pytest.mark.parametrize("a, b", SAME_ROOT)
def test_derived_words_share_a_root(roots, a, b):
    assert roots[a] == roots[b], f"{a} → {roots[a]}, {b} → {roots[b]}"


@pytest.mark.parametrize("a, b", DIFFERENT_ROOT)
def test_unrelated_words_keep_different_roots(roots, a, b):
    assert roots[a] != roots[b], f"{a} and {b} both → {roots[a]}"


def test_root_is_the_stem_when_no_suffix_is_derivational():
    words = ["Latvija", "ANO", "Melnkalne", "sievietes", "kiberdrošība"]
    stems_and_roots = run_latvian_module(
        f"console.log(JSON.stringify({json.dumps(words)}.map(w => [lv.stem(w), lv.root(w)])))"
    )
    assert stems_and_roots[:4] == [[stem, stem] for stem, _ in stems_and_roots[:4]]
    assert stems_and_roots[4][1] != stems_and_roots[4][0]  # kiberdrošīb-a → kiberdroš


def run_ranking_module(script: str):
    program = f"const ranking = require({json.dumps(str(RANKING_MODULE))});\n{script}"
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("melnkalne", "melnkalen", True),  # swapped letters
        ("ilgtspej", "ilgtspj", True),  # a missing letter
        ("tiesiskum", "tiesiskm", True),  # "tiesiskms", stemmed
        ("klimat", "klimas", True),  # a wrong letter
        ("klimat", "kilmas", False),  # two edits
        ("drosib", "drosibas", False),
    ],
)
def test_typo_distance_is_one_edit(a, b, expected):
    assert (
        run_ranking_module(f"console.log(ranking.withinOneEdit({json.dumps(a)}, {json.dumps(b)}))")
        is expected
    )


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
        url_path(site.dir, p)[len(prefix) :]
        for p in html_pages(site.dir)
        if page_language(site.dir, p) == lang
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
        if regex.search(re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc.get('text', '')}"))
    }


# --- Searching in the browser ------------------------------------------------------------


class Results:
    def __init__(self, count, articles, links, missing):
        self.count = count  # "N matching documents", as Material shows it
        self.articles = articles  # URL path of each result page, in order
        self.links = links  # every result link (pages and sections)
        self.missing = missing  # texts of "Missing: ..." markers


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
    # On a busy machine a scroll can pass unseen (scroll events are coalesced): scroll again.
    while items.count() < count:
        before = items.count()
        for _ in range(20):
            scrollwrap.evaluate("el => el.scrollTop = el.scrollHeight - el.clientHeight - 200")
            page.wait_for_timeout(100)
            scrollwrap.evaluate("el => el.scrollTop = el.scrollHeight")
            try:
                page.wait_for_function(
                    "n => document.querySelectorAll('.md-search-result__item').length > n",
                    arg=before,
                    timeout=1500,
                )
                break
            except PlaywrightTimeout:
                continue
        else:
            pytest.fail(f"{count} results for {query!r}, but scrolling showed only {before}")

    def path_of(href: str) -> str:
        assert href.startswith(site.url), href
        return href[len(site.url) :]

    # Each result item is one page: its first link is the page, the others its sections.
    articles = [
        path_of(href)
        for href in page.eval_on_selector_all(
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
    "sieviete": ["sievietes", "sieviete", "sieviešu", "sievietei", "sievieti", "sievietēm", "sievietē"],
    "Melnkalne": ["Melnkalne", "Melnkalnes", "Melnkalnei", "Melnkalni", "Melnkalnē"],
}


def sections_only_stemming_finds(site, forms: list[str], query: str) -> set[str]:
    """Search documents (page or section) with some form of the word but no word starting with query."""
    any_form = re.compile(r"\b(" + "|".join(forms) + r")\b", re.IGNORECASE)
    query_prefix = re.compile(r"\b" + query, re.IGNORECASE)
    found = set()
    for doc in load_index(site, "lv")["docs"]:
        text = re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc.get('text', '')}")
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


# --- The index loads when a reader wants search, not on every page view ----------------------


def index_requests(requests: list) -> list:
    return [url for url in requests if url.endswith("/search/search_index.json")]


# How a reader opens search without the keyboard: the box in the header on a desktop, the
# magnifier button on a phone (search() above uses the "/" shortcut).
OPENERS = {"desktop": (1280, ".md-search__input"), "phone": (390, "label.md-header__button[for=__search]")}


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
@pytest.mark.parametrize("opener", OPENERS)
def test_no_search_index_is_fetched_until_search_is_opened(site, page, lang, opener):
    """A reader who never searches downloads none of the index; one who opens search gets results."""
    width, control = OPENERS[opener]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site.url + site_context.language_root(lang), wait_until="load")
    page.wait_for_timeout(1500)  # the page is idle: Material has set up its search by now
    page.mouse.wheel(0, 600)  # reading the page (scrolling, moving the pointer) is not searching
    page.wait_for_timeout(300)
    assert index_requests(requests) == [], "the search index was fetched before the reader searched"
    # nor a sitemap: Material's language integration would fetch both whole (partials/head-extra.html)
    assert not [url for url in requests if url.endswith("sitemap.xml")], "a page view fetched a sitemap"
    page.locator(control).click()
    page.keyboard.type(load_index(site, lang)["docs"][0]["title"].split()[0])
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert index_requests(requests) == [site.url + INDEX_PATHS[lang]]


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


@pytest.mark.parametrize(
    "query, other_form",
    [
        ("countries", r"\bcountry\b"),
        ("elections", r"\belected\b"),
    ],
)
def test_english_search_stems(site, page, query, other_form):
    expected = pages_containing(site, "en", other_form)
    assert expected, f"no English page matches {other_form}"
    results = search(page, site, "en/", query)
    assert expected <= set(results.articles)
    assert results.missing == []


# --- The query set (tests/search_queries.yml): aggregate goals per language -------------------

TOP3_GOAL = 0.95


@pytest.fixture(scope="module")
def query_set_outcomes(site, warm_context):
    """Every query of the set, asked of Material's search worker (with our modules) on one page
    per language: {lang: (Scores, [worker answer])}."""
    queries = search_eval.load_queries()
    page = open_tab(warm_context)
    outcomes = {}
    try:
        for lang, lang_queries in queries.items():
            answers = search_eval.run_in_worker(page, site.url, lang, lang_queries)
            pages = built_pages(site, lang)
            scores = search_eval.Scores(
                [
                    search_eval.Outcome(
                        query, answer["pages"], sum(1 for p in answer["pages"] if p not in pages)
                    )
                    for query, answer in zip(lang_queries, answers)
                ]
            )
            outcomes[lang] = (scores, answers)
    finally:
        close_tab(page)
    return outcomes


def test_query_set_is_well_formed():
    queries = search_eval.load_queries()
    assert set(queries) == set(site_context.LANGUAGES)
    for lang, lang_queries in queries.items():
        assert len(lang_queries) >= 80, f"{lang}: only {len(lang_queries)} queries"
        kinds = {q.kind for q in lang_queries}
        # English words carry no diacritics; English ways of asking are for the English side.
        wanted = set(search_eval.KINDS) - ({"diacritics"} if lang == "en" else {"english"})
        assert wanted <= kinds, f"{lang}: no queries of kind {wanted - kinds}"


@pytest.mark.parametrize("lang", site_context.LANGUAGES)
def test_query_set_finds_the_right_pages(query_set_outcomes, lang):
    scores, _ = query_set_outcomes[lang]
    zero = [o.query.text for o in scores.outcomes if not o.pages]
    assert not zero, f"{lang}: no results for {zero}"
    assert scores.other_language == 0, f"{lang}: results outside the {lang} pages"
    failures = "\n".join(scores.failures())
    assert scores.top3 >= TOP3_GOAL, (
        f"{lang}: the expected page is in the first three results for {scores.top3:.1%} of the queries "
        f"(goal {TOP3_GOAL:.0%}). Not in the first three:\n{failures}"
    )


# --- What the ranking adds, with expectations read from the pages ---------------------------


def search_worker(site, new_tab, lang, texts):
    queries = [search_eval.Query(lang, text, [], "plain", 0) for text in texts]
    return search_eval.run_in_worker(new_tab(), site.url, lang, queries)


def strip_root(pages, lang):
    return {p[len(site_context.language_root(lang)) :] for p in pages}


def test_derived_word_finds_pages_with_other_words_of_its_root(site, new_tab):
    expected = strip_root(pages_containing(site, "lv", r"\bilgtspēj\w*"), "lv")
    assert expected, "no Latvian page says 'ilgtspēja' in any form"
    assert not pages_containing(site, "lv", r"\bilgtspējīb\w*"), "a page now says 'ilgtspējība' itself"
    [answer] = search_worker(site, new_tab, "lv", ["ilgtspējība"])
    assert expected <= set(answer["pages"])


def test_abbreviation_finds_what_its_synonyms_find(site, new_tab):
    """ "NVO" is in data/search-synonyms.yml with "nevalstiskā organizācija"."""
    expected = strip_root(pages_containing(site, "lv", r"\bnevalstisk\w* (organizācij|sektor)\w*"), "lv")
    assert expected, "no Latvian page mentions non-governmental organisations"
    nvo, spelt_out = search_worker(site, new_tab, "lv", ["NVO", "nevalstiskā organizācija"])
    assert expected <= set(nvo["pages"])
    assert nvo["pages"][0] == spelt_out["pages"][0]
    assert nvo["missing"] == [] or "nvo" not in nvo["missing"][:1]


def test_pages_with_all_the_words_come_before_pages_with_some(site, new_tab):
    both = strip_root(
        pages_containing(site, "lv", r"\bnevalstisk\w*") & pages_containing(site, "lv", r"\borganizācij\w*"),
        "lv",
    )
    assert both, "no Latvian page has both words"
    [answer] = search_worker(site, new_tab, "lv", ["nevalstiskās organizācijas"])
    first = answer["pages"][: len(both)]
    assert set(first) == both, f"pages with both words {sorted(both)}, first results {first}"


def test_typo_finds_the_word(site, new_tab):
    expected = strip_root(pages_containing(site, "lv", r"\bMelnkaln\w*"), "lv")
    assert expected, "no Latvian page mentions Montenegro"
    [answer] = search_worker(site, new_tab, "lv", ["Melnaklne"])
    assert expected <= set(answer["pages"])


def test_snippets_highlight_the_words_as_written(site, new_tab):
    [answer] = search_worker(site, new_tab, "lv", ["drosiba"])
    assert answer["marks"], "no highlighted words"
    for mark in answer["marks"]:
        assert "<mark>" not in mark, f"a word highlighted twice: {mark}"
        assert re.fullmatch(r"drošīb\w*", mark, re.IGNORECASE), f"{mark!r} is not the page's word"


# --- data/search-synonyms.yml -------------------------------------------------------------


def test_an_older_dated_item_is_one_entry_of_its_opening_words():
    words = [f"w{n}" for n in range(search_index.ITEM_WORDS + 50)]
    docs = [
        {"location": "kontakti/", "title": "Kontakti", "text": " ".join(words)},
        {"location": "kontakti/#e-pasts", "title": "E-pasts", "text": "<p>adrese</p>"},
        {
            "location": "jaunumi/2026-01-02-zina/",
            "title": "Ziņa",
            "text": "<p>" + " ".join(words[:10]) + "</p>",
        },
        {"location": "jaunumi/2026-01-02-zina/#sadala", "title": "Sadaļa", "text": " ".join(words[10:])},
        {
            "location": "pazinojumi/2026-01-03-isa/",
            "title": "Īsa",
            "text": "<p>tikai <code>S/PV.1</code> vārdi</p>",
        },
        {"location": "sanaksmes/2026-01-04-jaunaka/", "title": "Jaunākā", "text": " ".join(words)},
        {"location": "sanaksmes/2026-01-04-jaunaka/#x", "title": "X", "text": "y"},
    ]
    kept = search_index.summarised(docs, full_items=1)
    assert kept[:2] == docs[:2]  # other pages, their sections too, as they were
    item, short, newest, newest_section = kept[2:]
    assert item["location"] == "jaunumi/2026-01-02-zina/" and item["title"] == "Ziņa"
    assert item["text"].split() == (words[:10] + ["Sadaļa"] + words[10:])[: search_index.ITEM_WORDS]
    assert short == {
        "location": "pazinojumi/2026-01-03-isa/",
        "title": "Īsa",
        "text": "tikai S/PV.1 vārdi",
        "later": True,
    }
    assert [newest, newest_section] == docs[5:]  # the newest item, whole, whatever its folder
    assert search_index.summarised(docs, full_items=3) == docs


WORKER_HARNESS = ROOT / "tests" / "search_worker.js"


def worker_messages(
    site, tmp_path, lang: str, docs: list[dict], queries: list[str], when_whole: bool = False
) -> list[dict]:
    """The built site's search worker in node (tests/search_worker.js), set up with `docs` under the
    language's settings and asked `queries` at once (or once the whole index is in place): every
    message it posted, in order."""
    config = json.loads((site.dir / INDEX_PATHS[lang]).read_text(encoding="utf-8"))["config"]
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    whole = ["--whole"] if when_whole else []
    result = subprocess.run(
        ["node", str(WORKER_HARNESS), str(site.dir), str(index), *whole, *queries],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_dated_items_text_is_searched_once_the_whole_index_is_in_place(site, tmp_path):
    """The worker answers at once from the titles of all but the older items, then puts the whole
    index in place, answers the reader's last query again and says so (staged-index.js); it does
    not say "nothing found" before."""
    item, older = "jaunumi/2026-01-02-zina/", "jaunumi/2025-01-02-zina/"
    docs = [
        {"location": "par/", "title": "Par kampaņu", "text": "<p>Pastāvīgā pārstāvniecība Ņujorkā</p>"},
        {"location": item, "title": "Sanāksme par ūdeni", "text": "<p>zilganpelēkšķirnis</p>"},
        {"location": older, "title": "Vēstniecība Rīgā", "text": "<p>sarkanbrūnšķirnis</p>", "later": True},
    ]
    messages = worker_messages(site, tmp_path, "lv", docs, ["ūdeni", "Rīgā", "Ņujorkā"])
    ready, result, whole = 1, 3, "whole"
    assert messages == [
        {"type": ready},  # Material's own READY: the first index
        {"type": result, "data": [item]},  # a title: in the first index
        # (an older item's title, a page's text: not yet, and no "nothing found" said)
        {"type": ready, "data": whole},  # the whole index in place…
        {"type": result, "data": ["par/"]},  # …and the last query asked again
    ], messages
    after = worker_messages(site, tmp_path, "lv", docs, [])
    assert after == [{"type": ready}, {"type": ready, "data": whole}]
    assert worker_messages(site, tmp_path, "lv", docs, ["zilganpelēkšķirnis"])[-1] == {
        "type": result,
        "data": [item],
    }
    assert worker_messages(site, tmp_path, "lv", docs, ["sarkanbrūnšķirnis"])[-1] == {
        "type": result,
        "data": [older],
    }
    # Asked again with the same pages found: not posted again (the list would redraw for nothing).
    assert worker_messages(site, tmp_path, "lv", docs, ["kampaņu"]) == [
        {"type": ready},
        {"type": result, "data": ["par/"]},
        {"type": ready, "data": whole},
    ]
    assert worker_messages(site, tmp_path, "lv", docs, ["sarkanbrūnšķirnis"])[-1] == {
        "type": result,
        "data": [older],
    }


def test_a_word_being_typed_is_a_prefix_from_its_third_letter(site, tmp_path):
    """One or two letters as a prefix meet most of a large index (a query slower than the index's
    build at two years of items); as words they still find the short words ("ES")."""
    docs = [{"location": "par/", "title": "Par kampaņu", "text": "<p>Pārstāvniecība Ņujorkā un ES</p>"}]
    messages = worker_messages(site, tmp_path, "lv", docs, ["ņu", "ņuj", "ES"], when_whole=True)
    assert [m["data"] for m in messages if m["type"] == 3] == [[], ["par/"], ["par/"]], messages
    # Asked at once, "nothing found" comes when the whole index is in place, here with no items.
    assert worker_messages(site, tmp_path, "lv", docs, ["ņu"]) == [
        {"type": 1},
        {"type": 1, "data": "whole"},
        {"type": 3, "data": []},
    ]


def synonyms_project(tmp_path, text: str) -> Path:
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    schema = "search-synonyms.schema.json"
    (tmp_path / "data" / "schemas" / schema).write_text((ROOT / "data" / "schemas" / schema).read_text())
    (tmp_path / "data" / "search-synonyms.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_synonyms_file_is_valid():
    synonyms = search_index.load_synonyms(ROOT)
    assert set(synonyms) == set(site_context.LANGUAGES)


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("lv:\n  - [NVO, nevalstiskā organizācija]\n  - [ANO]\nen: []\n", 3, "non-empty|too short|2"),
        ("lv:\n  - [NVO, nevalstiskā organizācija]\nen:\n  - NGO\n", 4, "must be a list"),
        ("lv:\n  - [NVO, NVO]\nen: []\n", 2, "non-unique"),
        ("lv:\n  - [ES, Eiropas Savienība]\n  - [es, ES valstis]\nen: []\n", 3, "also in entry 1"),
        ("lv:\n  - [NVO, nevalstiskā organizācija\nen: []\n", 2, "bracket opened on this line is not closed"),
        ("lv: []\n", 1, "'en'"),
    ],
)
def test_malformed_synonyms_name_their_line(tmp_path, text, line, words):
    project = synonyms_project(tmp_path, text)
    with pytest.raises(PluginError) as error:
        search_index.load_synonyms(project)
    message = str(error.value)
    assert f"data/search-synonyms.yml:{line}:" in message, message
    assert re.search(words, message), message


def test_malformed_synonyms_stop_the_build(tmp_path):
    project = copy_repo(tmp_path / "repo")
    path = project / "data" / "search-synonyms.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    first_entry = next(n for n, line in enumerate(lines) if line.startswith("  - ["))
    lines[first_entry] = "  - [NVO]"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode != 0
    assert f"data/search-synonyms.yml:{first_entry + 1}:" in result.stdout + result.stderr


def test_missing_merged_index_stops_the_build(tmp_path):
    """With the search plugin on, a missing merged index means the split found nothing to split:
    fail instead of shipping a site whose search is empty."""

    class I18n:
        building = False

    class Config(dict):
        plugins = {"material/search": object(), "i18n": I18n()}
        site_dir = str(tmp_path)
        config_file_path = str(ROOT / "mkdocs.yml")

    with pytest.raises(PluginError, match="search_index.json was not written"):
        search_index.on_post_build(config=Config())
