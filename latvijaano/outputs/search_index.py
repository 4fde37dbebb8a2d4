"""One search index per language: Latvian pages search Latvian pages, English pages English ones.

mkdocs-static-i18n builds Latvian, then (in its own on_post_build, priority -100) builds
English into the same site_dir and writes ONE merged search/search_index.json with both
languages, under the search plugin's config (lang ["en"]: Material has no Latvian search
language, so its search plugin falls back to English). This hook runs after that (priority -200)
and splits the merged index in two:

  site/search/search_index.json     Latvian pages, lang ["lv"]   (read from Latvian pages)
  site/en/search/search_index.json  English pages, lang ["en_gb"] (read from English pages,
                                    whose __config "base" points at /en/: with_search_base below)

Each language's lang picks the lunr module the search worker loads
(overrides/assets/javascripts/lunr/min/lunr.<lang>.min.js: theme.LUNR_MODULE); those modules also stem what the
reader types (overrides/assets/javascripts/lunr/query-stemming.js) and rank it
(overrides/assets/javascripts/lunr/query-ranking.js).

data/search-synonyms.yml (abbreviations and synonyms, both languages) is checked against its
schema on every build (a mistake stops the build with `path:line: message`) and shipped to the
search worker as site/assets/javascripts/lunr/synonyms.js, a few hundred bytes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import site_context, theme
from latvijaano.data import yaml_schema
from latvijaano.problems import Problem, fail

SYNONYMS_FILE = Path("data") / "search-synonyms.yml"
# Where the worker finds the synonyms: beside the lunr modules (query-ranking.js imports it).
SYNONYMS_SCRIPT = Path("assets") / "javascripts" / "lunr" / "synonyms.js"

# Search settings per language, written into each index's "config" for Material's search.
# lang:      the lunr language module the worker loads ("en_gb", not "en": for "en" Material
#            loads no module, and ours is what stems typed words).
# separator: where words split, at index and query time: spaces, dashes, punctuation and
#            quotes; a dot only when no digit follows, so "t.sk." splits but "1.5" stays one
#            token. Apostrophes don't split: "Latvia's" stays a word that "Latvia" finds by prefix.
# pipeline:  all three steps, so Material drops none of the module's functions
#            (Material's own default keeps only the stop-word filter: no stemming).
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]
SEPARATOR = r'[\s\-–—,:;!?=\[\]()"/«»“”„…]+|\.(?!\d)'
SEARCH_SETTINGS = {
    "lv": {"lang": ["lv"], "separator": SEPARATOR, "pipeline": PIPELINE},
    "en": {"lang": ["en_gb"], "separator": SEPARATOR, "pipeline": PIPELINE},
}


def split_index(merged: dict) -> dict[str, dict]:
    """The merged index as one index per language; locations relative to the language's root."""
    docs = {lang: [] for lang in site_context.LANGUAGES}
    # Longest root first: every location starts with the default language's root ('').
    roots = sorted(
        ((site_context.language_root(lang), lang) for lang in site_context.LANGUAGES), reverse=True
    )
    for doc in merged["docs"]:
        root, lang = next((root, lang) for root, lang in roots if doc["location"].startswith(root))
        docs[lang].append({**doc, "location": doc["location"][len(root) :]})
    return {
        lang: {"config": {**merged["config"], **SEARCH_SETTINGS[lang]}, "docs": summarised(docs[lang])}
        for lang in site_context.LANGUAGES
    }


# A dated item (a news item, statement or meeting: <folder>/YYYY-MM-DD-slug/) is one of hundreds
# over a term. The newest FULL_ITEMS of them are indexed whole, like every other page; an older one
# is one entry with the first ITEM_WORDS words of its text (its sections folded in, their headings
# too), which readers find it by: its title and opening. At two years of items, whole texts would
# make the index several times larger than every other page together (README, "Search at scale").
# The search worker answers first from the titles, then indexes the texts in short steps
# (overrides/assets/javascripts/lunr/staged-index.js); an older item's entry is marked "later":
# its title too comes with the texts.
DATED_ITEM = re.compile(r"^[a-z0-9-]+/(?P<date>\d{4}-\d{2}-\d{2})-[a-z0-9-]+/$")
FULL_ITEMS = 60
ITEM_WORDS = 60
TAG = re.compile(r"<[^>]+>")


def summarised(docs: list[dict], full_items: int | None = None) -> list[dict]:
    """The index's entries with each dated item but the newest `full_items` (FULL_ITEMS) as one
    entry of its first ITEM_WORDS words, marked "later"; other pages' entries, and the newest
    items', as they are."""
    full_items = FULL_ITEMS if full_items is None else full_items
    dated = {
        page: match["date"]
        for doc in docs
        if (match := DATED_ITEM.match(page := doc["location"].partition("#")[0]))
    }
    newest = set(sorted(dated, key=lambda page: (dated[page], page), reverse=True)[:full_items])
    kept, items = [], {}
    for doc in docs:
        page, _, section = doc["location"].partition("#")
        if page not in dated or page in newest:
            kept.append(doc)
            continue
        if page not in items:
            items[page] = {**doc, "location": page, "text": "", "later": True}
            kept.append(items[page])
        items[page]["text"] += f" {doc['title'] if section else ''} {TAG.sub(' ', doc.get('text', ''))}"
    for item in items.values():
        item["text"] = " ".join(item["text"].split()[:ITEM_WORDS])
    return kept


def load_synonyms(root: Path) -> dict[str, list[list[str]]]:
    """data/search-synonyms.yml, checked: a problem stops the build with `path:line: message`."""
    source = SYNONYMS_FILE.as_posix()
    text = site_context.read_data_text(root / SYNONYMS_FILE, source)
    data, node = yaml_schema.load_yaml(text, source)
    schema = yaml_schema.load_schema("search-synonyms", root)
    problems = yaml_schema.schema_problems(data, node, schema, source)
    if not problems:
        problems = repeated_forms(data, node, source)
    fail(problems)
    return data


def repeated_forms(data: dict, node, source: str) -> list[Problem]:
    """A form in two entries of one language would make the two entries one; say so instead."""
    problems = []
    for lang, entries in data.items():
        seen = {}
        for number, entry in enumerate(entries):
            for form in entry:
                key = " ".join(form.casefold().split())
                if key in seen and seen[key] != number:
                    line = yaml_schema.line_of(node, [lang, number])
                    problems.append(
                        Problem(
                            source,
                            line,
                            f"{lang}, {number + 1}. ieraksts: '{form}' ir arī {seen[key] + 1}. ierakstā — "
                            "apvienojiet formas vienā ierakstā",
                            f"{lang} entry {number + 1}: '{form}' is also in entry {seen[key] + 1}; "
                            "put the forms in one entry",
                        )
                    )
                seen.setdefault(key, number)
    return problems


def synonyms_script(synonyms: dict) -> str:
    body = json.dumps(synonyms, ensure_ascii=False, separators=(",", ":"))
    return f"// data/search-synonyms.yml, for query-ranking.js (written by hooks/search_index.py)\nself.lunr.searchSynonyms={body}\n"


def write_index(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def index_path(site_dir: Path, lang: str) -> Path:
    return site_dir / site_context.language_root(lang) / theme.SEARCH_INDEX


# A page that lists other pages (the news list) repeats their titles and summaries; a reader
# searching for a news item wants the item. Such pages count half in search (Material reads
# the page's `search: boost:`, as an editor could set it in front matter).
LIST_MARKER = re.compile(r"^\s*<!--\s*data:\s*news\s*-->\s*$", re.MULTILINE)
LIST_PAGE_BOOST = 0.5


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if LIST_MARKER.search(markdown):
        search = page.meta.setdefault("search", {})
        if isinstance(search, dict):
            search.setdefault("boost", LIST_PAGE_BOOST)
    return markdown


def on_config(config: MkDocsConfig) -> None:
    # Checked early, so that a mistake stops even `mkdocs serve` before anything is built.
    if theme.search_enabled(config):
        load_synonyms(site_context.project_root(config))


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if theme.inside_language_build(config):
        # A language build inside i18n's on_post_build: the merged index comes later.
        return
    if not theme.search_enabled(config):
        return
    site_dir = Path(config.site_dir)
    merged_path = index_path(site_dir, site_context.DEFAULT_LANGUAGE)
    if not merged_path.exists():
        raise PluginError(
            f"latvijaano/outputs/search_index.py: the search plugin is on, but {merged_path} was not written; "
            "the plugin order in mkdocs.yml (search before i18n) or a plugin update changed how "
            "the search index is built"
        )
    indexes = split_index(json.loads(merged_path.read_text(encoding="utf-8")))
    for lang, index in indexes.items():
        write_index(index_path(site_dir, lang), index)
    script = site_dir / SYNONYMS_SCRIPT
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(synonyms_script(load_synonyms(site_context.project_root(config))), encoding="utf-8")


def with_search_base(html: str, lang: str) -> str:
    """English pages search the English index: Material fetches search/search_index.json (and
    builds result links) from the page configuration's "base", so on English pages "base" points
    at the English root. Only that value changes; the rest of Material's configuration (e.g. its
    hashed search worker file name) stays as the installed Material writes it.
    Fails loudly if a Material update no longer writes the configuration this way."""
    root = site_context.language_root(lang)
    if not root:
        return html
    match = theme.PAGE_CONFIG_SCRIPT.search(html)
    if match is None:
        raise PluginError(
            'latvijaano/outputs/search_index.py: Material\'s <script id="__config"> is not in the page; '
            "the English search would search the Latvian index — check the Material update"
        )
    settings = json.loads(match[2])
    if not isinstance(settings.get("base"), str) or not all(
        key in settings for key in theme.PAGE_CONFIG_KEYS
    ):
        raise PluginError(
            'latvijaano/outputs/search_index.py: Material\'s page configuration has no "base"/"search"; '
            "check the Material update"
        )
    settings["base"] = settings["base"].rstrip("/") + "/" + root
    return html[: match.start(2)] + theme.page_config_json(settings) + html[match.end(2) :]


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_search_base(output, site_context.build_language(config))
