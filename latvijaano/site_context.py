"""What every hook shares about the build: its languages, their roots, the interface strings,
and the build's context from the environment. One home for these, so that no hook asks twice.

The environment decides the build's context (README, "Conventions"):
    SITE_URL      the public address (mkdocs.yml reads it; the site works under a sub-path)
    SITE_DATE     what "today" is for date-dependent content, YYYY-MM-DD (default: today in Riga)
    SITE_PREVIEW  "1" for a pull request's preview build

This module is imported by the rest of the package, by scripts/ and by tests. It keeps no state tied to one mkdocs build except the cached ui strings,
which are read again when data/ui.yml changes (so `mkdocs serve` picks up an edit).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from mkdocs.exceptions import PluginError

from latvijaano.data.yaml_mistakes import yaml_problem
from latvijaano.problems import Problem, ProblemsError

ROOT = Path(__file__).resolve().parent.parent
UI_FILE = ROOT / "data" / "ui.yml"

# Latvian first: the default language, at the site root; the others under /<lang>/.
LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
# The site's own time zone: "today" on a build that runs just after midnight in Riga is Riga's day.
TIME_ZONE = ZoneInfo("Europe/Riga")


class SiteContextError(PluginError):
    """A problem with the build's context (an environment value, data/ui.yml): stops the build."""


# --- Languages ----------------------------------------------------------------------------------


def project_root(config) -> Path:
    """The folder of the build's mkdocs.yml: this repository, or the copy of it that a test builds."""
    return Path(config.config_file_path).resolve().parent


def language_root(lang: str) -> str:
    """The URL path of a language's home, relative to the site root: '' (lv) or 'en/'."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def language_of_url(url: str) -> str:
    """The language of a site-root-relative URL or path: 'en/kontakti/' -> 'en', 'kontakti/' -> 'lv'."""
    first = url.lstrip("/").split("/", 1)[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def path_in_language(src_uri: str) -> str:
    """'lv/prioritates/sievietes.md' -> 'prioritates/sievietes.md' (docs/<lang>/ folder structure).

    A path outside the language folders is returned as it is."""
    lang, _, rest = src_uri.partition("/")
    return rest if lang in LANGUAGES and rest else src_uri


def build_language(config) -> str:
    """The language of the build in progress (mkdocs-static-i18n sets theme.language per build)."""
    lang = config.theme["language"]
    if lang not in LANGUAGES:
        raise SiteContextError(f"mkdocs.yml: theme language {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang


def inside_language_build(config) -> bool:
    """True while mkdocs-static-i18n runs one of its per-language builds.

    The i18n plugin builds the default language as mkdocs' own build, then the others from its
    on_post_build; its `building` flag is set during the latter. Hooks whose work spans both
    languages (the content rules, the search index split, robots.txt) run once, outside it.
    We rely on a private attribute: fail loudly if a plugin update removes it."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise SiteContextError("mkdocs.yml: the i18n plugin (mkdocs-static-i18n) is not enabled")
    if not hasattr(i18n, "building"):
        raise SiteContextError(
            "mkdocs-static-i18n no longer has the 'building' flag that latvijaano/site_context.py relies on; "
            "check the plugin's release notes"
        )
    return bool(i18n.building)


# --- Data files ---------------------------------------------------------------------------------


def read_data_text(path: Path, name: str | None = None) -> str:
    """A data file's text. A file saved in another encoding than UTF-8 (Windows-1257, say, by a
    desktop editor) stops the build with a bilingual problem at the line of the first character
    that is not UTF-8, instead of a Python traceback that names no file an editor knows."""
    path = Path(path)
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ProblemsError(
            [
                Problem(
                    name or _display_path(path),
                    line,
                    "Fails nav saglabāts UTF-8 kodējumā (šajā rindā ir pirmā rakstzīme citā kodējumā, piemēram, "
                    "Windows-1257) — saglabājiet failu kā UTF-8 (GitHub tīmekļa redaktors to dara pats).",
                    "The file is not saved as UTF-8 (this line has the first character in another encoding, e.g. "
                    "Windows-1257) — save the file as UTF-8 (GitHub's web editor does so by itself).",
                    stops_build=True,
                )
            ]
        ) from None


# --- Interface strings (data/ui.yml) ------------------------------------------------------------

_ui_cache: dict[Path, tuple[float, dict]] = {}


def load_ui_strings(path: Path = UI_FILE) -> dict[str, dict[str, str]]:
    """data/ui.yml as {key: {lang: text}}; every key must have a non-empty text in every language.
    Read once, and again only when the file changes."""
    path = Path(path)
    mtime = path.stat().st_mtime
    cached = _ui_cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    name = _display_path(path)
    try:
        text = read_data_text(path, name)
        strings = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:
        raise ProblemsError([yaml_problem(name, err)]) from err
    if not isinstance(strings, dict):
        raise ProblemsError(
            [
                Problem(
                    name,
                    1,
                    "failā jābūt rindām 'atslēga:' un zem katras tekstiem 'lv:' un 'en:'",
                    "the file must be lines of 'key:' with 'lv:' and 'en:' texts below each",
                )
            ]
        )
    lines = text.split("\n")
    problems = []
    words = {"lv": ("latviešu", "Latvian"), "en": ("angļu", "English")}
    for key, texts in strings.items():
        missing = [lang for lang in LANGUAGES if not (isinstance(texts, dict) and texts.get(lang))]
        if missing:
            line = next((n for n, text in enumerate(lines, 1) if text.startswith(f"{key}:")), 1)
            problems.append(
                Problem(
                    name,
                    line,
                    f"'{key}' trūkst teksta ({', '.join(words[lang][0] for lang in missing)}) — katrai atslēgai "
                    "vajag gan 'lv:', gan 'en:' tekstu",
                    f"'{key}' has no {' or '.join(words[lang][1] for lang in missing)} text — every key needs "
                    "both an 'lv:' and an 'en:' text",
                )
            )
    if problems:
        raise ProblemsError(problems)
    _ui_cache[path] = (mtime, strings)
    return strings


def ui_for(lang: str, path: Path = UI_FILE) -> dict[str, str]:
    """The interface strings in one language."""
    return {key: texts[lang] for key, texts in load_ui_strings(path).items()}


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return f"data/{path.name}"


# --- The build's context from the environment ---------------------------------------------------


def site_date(environ=None) -> dt.date:
    """What "today" is for the build: SITE_DATE=YYYY-MM-DD, else today's date in Riga."""
    environ = os.environ if environ is None else environ
    value = (environ.get("SITE_DATE") or "").strip()
    if not value:
        return dt.datetime.now(TIME_ZONE).date()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SiteContextError(
            f"SITE_DATE={value!r} nav datums: rakstiet GGGG-MM-DD, piemēram, SITE_DATE=2026-11-15 / "
            f"SITE_DATE={value!r} is not a date: write it as YYYY-MM-DD, e.g. SITE_DATE=2026-11-15"
        ) from None


def is_preview(environ=None) -> bool:
    """A pull request's preview build (SITE_PREVIEW=1)."""
    environ = os.environ if environ is None else environ
    value = (environ.get("SITE_PREVIEW") or "").strip()
    if value not in ("", "0", "1"):
        raise SiteContextError(
            f"SITE_PREVIEW={value!r}: priekšskatījumam norādiet 1 vai atstājiet tukšu / "
            f"SITE_PREVIEW={value!r}: set it to 1 for a preview build, or leave it unset"
        )
    return value == "1"


class _Process:
    """State of this Python process. mkdocs serve loads the hooks anew for every rebuild, but this
    module is imported the ordinary way (sys.modules keeps it), so what is set here survives."""

    serving = False


def set_serving(value: bool) -> None:
    """Called from a hook's on_startup: this process runs `mkdocs serve` (an editor's local preview)."""
    _Process.serving = value


def is_serving() -> bool:
    return _Process.serving


def period_state(start: dt.date, end: dt.date, today: dt.date) -> str:
    """'coming', 'current' or 'past' for a period from `start` to `end`, both days included."""
    if today < start:
        return "coming"
    if today > end:
        return "past"
    return "current"
