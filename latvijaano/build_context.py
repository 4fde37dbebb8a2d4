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
    config: MkDocsConfig  # this build's configuration (mkdocs-static-i18n sets its language later)
    root: Path  # the folder of mkdocs.yml: this repository, or a test's copy of it
    today: dt.date  # SITE_DATE, else today in Riga
    preview: bool  # SITE_PREVIEW=1: a pull request's preview
    state: dict[str, Any] = field(default_factory=dict)  # each module's results for this build, by name

    @property
    def lang(self) -> str:
        """'lv' or 'en'. Read from the configuration when asked, not when the build starts:
        mkdocs-static-i18n sets the English build's language in its own on_config (priority -100),
        after this context is made (100); from on_files on, it is this build's."""
        return site_context.build_language(self.config)

    @property
    def ui_strings(self) -> dict[str, dict[str, str]]:
        """data/ui.yml: {key: {lang: text}}. Read when first asked for, not when the build starts: a
        mistake in the file is then reported beside every other problem the content check finds,
        instead of stopping the build before it (site_context caches the file until it changes)."""
        return site_context.load_ui_strings(self.root / "data" / "ui.yml")

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
        config=config,
        root=root,
        today=site_context.site_date(),
        preview=site_context.is_preview(),
    )
    return _current


def current() -> BuildContext:
    if _current is None:
        raise NoBuildError("no mkdocs build is running (hooks/build_context.py starts one in on_config)")
    return _current


@event_priority(100)  # before every other on_config: the others may read the context
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    start(config)
    return config
