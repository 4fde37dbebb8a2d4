"""Site data for templates: interface strings (data/ui.yml) and dates in the page's language.

Every template gets `ui` (the interface strings in the language being built, escaped as HTML),
`ui_all` (both languages) and `page_lang`; the Jinja filter `local_date` formats a date the way the page's language
writes it ("2024. gada 18. janvāris" / "18 January 2024").
"""

from __future__ import annotations

import datetime as dt

import markupsafe
from babel.dates import format_date

from latvijaano.site_context import build_language, load_ui_strings

# Babel locales: British English is the EU's and the ministry's English.
BABEL_LOCALES = {"lv": "lv", "en": "en_GB"}


def local_date(value, lang: str, fmt: str = "long") -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value  # the content rules report a date that is not YYYY-MM-DD; the page still builds
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, fmt, locale=BABEL_LOCALES[lang])


def on_env(env, config, files):
    # on_env runs once per language build, so these globals are that language's.
    lang = build_language(config)
    strings = load_ui_strings()
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
