"""One context per language build, made once when that build starts and read by every module.

mkdocs-static-i18n runs one mkdocs build per language (Latvian, then English from inside the Latvian
build's on_post_build), each with its own on_config. `start` makes the context at the first on_config
event of each build (hooks/build_context.py), so that
- what the environment and the repository say about the build (its language, "today", the project
  root, preview or not, the interface strings) is worked out once, in one place, and
- what a module works out for this build (its items, its pages, its state) lives in `state`, under
  the module's name, and is gone when the next build starts: nothing carries over from the Latvian
  build to the English one, or from one `mkdocs serve` rebuild to the next, by accident.

Functions that scripts and tests call directly take what they need as arguments; only the event
handlers read `current()`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from latvijaano import site_context


@dataclass
class BuildContext:
    lang: str  # 'lv' or 'en'
    root: Path  # the folder of mkdocs.yml: this repository, or a test's copy of it
    today: dt.date  # SITE_DATE, else today in Riga
    preview: bool  # SITE_PREVIEW=1: a pull request's preview
    ui_strings: dict[str, dict[str, str]]  # data/ui.yml: {key: {lang: text}}
    state: dict[str, Any] = field(default_factory=dict)  # each module's results for this build, by name

    @property
    def ui(self) -> dict[str, str]:
        """The interface strings in this build's language."""
        return {key: texts[self.lang] for key, texts in self.ui_strings.items()}


class NoBuildError(RuntimeError):
    """current() outside a build: a caller that should have been given its inputs as arguments."""


_current: BuildContext | None = None


def start(config: MkDocsConfig) -> BuildContext:
    """A fresh context for the language build that `config` describes."""
    global _current
    root = site_context.project_root(config)
    _current = BuildContext(
        lang=language_to_build(config),
        root=root,
        today=site_context.site_date(),
        preview=site_context.is_preview(),
        ui_strings=site_context.load_ui_strings(root / "data" / "ui.yml"),
    )
    return _current


def language_to_build(config: MkDocsConfig) -> str:
    """The language of the build that is starting. Not theme.language yet: mkdocs-static-i18n sets
    that in its own on_config, which runs after this one (priority -100), so the English build
    would still read 'lv'; the plugin's `current_language` already names it (None before its first
    build: the default language, as the plugin's on_config reads it)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return site_context.build_language(config)
    return i18n.current_language or i18n.default_language


def current() -> BuildContext:
    if _current is None:
        raise NoBuildError("no mkdocs build is running (hooks/build_context.py starts one in on_config)")
    return _current


@event_priority(100)  # before every other on_config: the others may read the context
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    start(config)
    return config
