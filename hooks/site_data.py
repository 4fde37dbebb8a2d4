"""Site data for templates: interface strings (data/ui.yml) and dates in the page's language.

Every template gets `ui` (the interface strings in the language being built),
`ui_all` (both languages) and `page_lang`; the Jinja filter `local_date` formats a date the way the page's language
writes it ("2024. gada 18. janvāris" / "18 January 2024").
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from babel.dates import format_date
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
UI_FILE = ROOT / "data" / "ui.yml"
LANGUAGES = ("lv", "en")
# Babel locales: British English is the EU's and the ministry's English.
BABEL_LOCALES = {"lv": "lv", "en": "en_GB"}


def load_ui_strings(path: Path = UI_FILE) -> dict[str, dict[str, str]]:
    """Read data/ui.yml; every key must have a non-empty text in every language."""
    try:
        strings = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise PluginError(f"{path.relative_to(ROOT)}: not valid YAML: {err}") from err
    for key, texts in strings.items():
        missing = [lang for lang in LANGUAGES if not (isinstance(texts, dict) and texts.get(lang))]
        if missing:
            raise PluginError(
                f"{path.relative_to(ROOT)}: '{key}' has no text for {', '.join(missing)}"
            )
    return strings


def build_language(config) -> str:
    """The language of the build in progress (mkdocs-static-i18n sets theme.language)."""
    return config.theme["language"]


def local_date(value, lang: str, fmt: str = "long") -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, fmt, locale=BABEL_LOCALES[lang])


_ui_strings: dict | None = None


def on_config(config):
    global _ui_strings
    _ui_strings = load_ui_strings()


def on_env(env, config, files):
    # on_env runs once per language build, so these globals are that language's.
    lang = build_language(config)
    env.globals["page_lang"] = lang
    env.globals["ui"] = {key: texts[lang] for key, texts in _ui_strings.items()}
    env.globals["ui_all"] = _ui_strings  # both languages, for the bilingual 404 page
    env.filters["local_date"] = lambda value, fmt="long": local_date(value, lang, fmt)
    return env
