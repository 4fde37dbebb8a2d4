"""Site data for templates: interface strings (data/ui.yml) and dates in the page's language.

Every template gets `ui` (the interface strings in the language being built, escaped as HTML),
`ui_all` (both languages) and `page_lang`; the Jinja filter `local_date` formats a date the way the page's language
writes it ("2024. gada 18. janvāris" / "18 January 2024": latvijaano/data/dates.py).
"""

from __future__ import annotations

import markupsafe
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from latvijaano import build_context
from latvijaano.data.dates import local_date
from latvijaano.site_context import build_language


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    # on_env runs once per language build, so these globals are that language's.
    # (The language from `config`: mkdocs-static-i18n sets it in its own on_config, after the build's
    # context was made, so build_context.current().lang is the default language in every build.)
    lang, strings = build_language(config), build_context.current().ui_strings
    env.globals["page_lang"] = lang
    # Escaped once here: mkdocs' template environment does not escape what it prints, and a text of
    # data/ui.yml is text, never markup, wherever a template puts it (tests/test_security.py plants some).
    env.globals["ui"] = {key: markupsafe.escape(texts[lang]) for key, texts in strings.items()}
    env.globals["ui_all"] = {
        key: {code: markupsafe.escape(text) for code, text in texts.items()}  # for the 404 page
        for key, texts in strings.items()
    }
    env.filters["local_date"] = lambda value, fmt="long": local_date(value, lang, fmt)
    return env
