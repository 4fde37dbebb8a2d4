"""One search index per language: Latvian pages search Latvian pages, English pages English ones.

mkdocs-static-i18n builds Latvian, then (in its own on_post_build, priority -100) builds
English into the same site_dir and writes ONE merged search/search_index.json with both
languages, under the search plugin's config (lang ["en"]: Material has no Latvian search
language, so its search plugin falls back to English). This hook runs after that (priority -200)
and splits the merged index in two:

  site/search/search_index.json     Latvian pages, lang ["lv"]   (read from Latvian pages)
  site/en/search/search_index.json  English pages, lang ["en_gb"] (read from English pages,
                                    whose __config "base" points at /en/: overrides/main.html)

Each language's lang picks the lunr module the search worker loads
(overrides/assets/javascripts/lunr/min/lunr.<lang>.min.js); those modules also stem what the
reader types (overrides/assets/javascripts/lunr/query-stemming.js).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import site_context  # noqa: E402

ENGLISH_PREFIX = "en/"

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
    """The merged index as one index per language; English locations relative to /en/."""
    docs = {"lv": [], "en": []}
    for doc in merged["docs"]:
        if doc["location"].startswith(ENGLISH_PREFIX):
            docs["en"].append({**doc, "location": doc["location"][len(ENGLISH_PREFIX):]})
        else:
            docs["lv"].append(doc)
    return {
        lang: {"config": {**merged["config"], **SEARCH_SETTINGS[lang]}, "docs": docs[lang]}
        for lang in SEARCH_SETTINGS
    }


def write_index(path: Path, index: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@event_priority(-200)
def on_post_build(config):
    if site_context.inside_language_build(config):
        # A language build inside i18n's on_post_build: the merged index comes later.
        return
    site_dir = Path(config.site_dir)
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.exists():  # search plugin switched off
        return
    indexes = split_index(json.loads(merged_path.read_text(encoding="utf-8")))
    write_index(merged_path, indexes["lv"])
    write_index(site_dir / "en" / "search" / "search_index.json", indexes["en"])


# Material's page configuration: <script id="__config" type="application/json">{… "base": …}</script>.
CONFIG_SCRIPT = re.compile(r'(<script id="__config"[^>]*>)(.*?)(</script>)', re.S)


def with_search_base(html: str, lang: str) -> str:
    """English pages search the English index: Material fetches search/search_index.json (and
    builds result links) from the page configuration's "base", so on English pages "base" points
    at the English root. Only that value changes; the rest of Material's configuration (e.g. its
    hashed search worker file name) stays as the installed Material writes it.
    Fails loudly if a Material update no longer writes the configuration this way."""
    root = site_context.language_root(lang)
    if not root:
        return html
    match = CONFIG_SCRIPT.search(html)
    if match is None:
        raise PluginError("hooks/search_index.py: Material's <script id=\"__config\"> is not in the page; "
                          "the English search would search the Latvian index — check the Material update")
    settings = json.loads(match[2])
    if not isinstance(settings.get("base"), str) or "search" not in settings:
        raise PluginError("hooks/search_index.py: Material's page configuration has no \"base\"/\"search\"; "
                          "check the Material update")
    settings["base"] = settings["base"].rstrip("/") + "/" + root
    # As Jinja's tojson writes it: no '<', '>', '&' or "'" that HTML could read as markup.
    text = json.dumps(settings, ensure_ascii=False, sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, escape)
    return html[:match.start(2)] + text + html[match.end(2):]


def on_post_page(output, page, config):
    return with_search_base(output, site_context.build_language(config))
