"""What news and statements leave in each language build's context (build_context.current().state),
which other modules read instead of listing the files again (latvijaano/record/'s home page
entries, for one):
- state["news"]: a news.items.Listing of that build's language: its items, newest first, each a
  page of that language, its list pages and its feed's path;
- state["statements"]: a statements.model.State whose listing (and `items`) is that build's
  statements, in the same order and language.
Each language build has its own context (mkdocs-static-i18n builds English inside the Latvian
build), so each language must find its own items there, not the other's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

BUILD_AND_REPORT_STATES = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from latvijaano import build_context

contexts = []
start = build_context.start


def start_and_keep(config):
    context = start(config)
    contexts.append(context)
    return context


build_context.start = start_and_keep  # (on_config calls it by its module name)
config = load_config("mkdocs.yml", site_dir=sys.argv[1], strict=True)
config.plugins.on_startup(command="build", dirty=False)
build(config)


def items(listing):
    return [[item.file.src_uri, item.date.isoformat()] for item in listing.items]


print(json.dumps([
    {
        "news_lang": context.state["news"].lang,
        "news": items(context.state["news"]),
        "news_list_urls": sorted(context.state["news"].list_urls.values()),
        "news_feed": context.state["news"].feed_path,
        "statements_lang": context.state["statements"].lang,
        "statements": items(context.state["statements"].listing),
        "statements_items": items(context.state["statements"]),
    }
    for context in contexts
]))
"""


@pytest.mark.long(12)
def test_each_language_build_keeps_its_own_news_and_statements(tmp_path):
    env = {
        **os.environ,
        "SITE_DATE": "2026-12-06",
        "SITE_URL": "http://127.0.0.1:8000/latvijaano/",
        "NO_MKDOCS_2_WARNING": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", BUILD_AND_REPORT_STATES, str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    states = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(state["news_lang"] for state in states) == ["en", "lv"], "one context per language build"
    for state in states:
        lang = state["news_lang"]
        assert state["statements_lang"] == lang
        root = "" if lang == "lv" else f"{lang}/"
        assert state["news_feed"] == f"{root}feed.xml"
        assert all(url.startswith(f"{root}jaunumi/") for url in state["news_list_urls"]), state[
            "news_list_urls"
        ]
        for kind in ("news", "statements"):
            listed = state[kind]
            assert all(src_uri.startswith(f"{lang}/") for src_uri, _ in listed), (lang, kind, listed[:3])
            dates = [date for _, date in listed]
            assert dates == sorted(dates, reverse=True), f"{lang} {kind}: not newest first"
        assert state["statements_items"] == state["statements"]
