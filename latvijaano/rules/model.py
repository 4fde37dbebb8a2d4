"""What the content rules know of the site's items (their folders are latvijaano/kinds.py's): how their
files are named, the kinds of statement and their fields' values, and the keys that data files give
(priorities, meetings). Read by the rules and by the modules that list items (news, statements,
votes), the scaffolds (scripts/new_statement.py) and the tests, so that each is said once.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

# "English page / Latvian page", as the messages say it.
LANGUAGE_WORDS = {
    "lv": {"lv": "latviešu", "en": "Latvian"},
    "en": {"lv": "angļu", "en": "English"},
}
PRIORITIES_FILE = "data/priorities.yml"
# The languages a statement's full text can be in (`source_lang`; data/ui.yml `in_language_<code>`
# names each): Latvian, English, and French, the Council's other working language.
SOURCE_LANGUAGES = ("lv", "en", "fr")
MEETINGS_FILE = "data/meetings.yml"
# A statement's kind and delivery status (CONTRIBUTING.md, "Paziņojumi"; labels in data/ui.yml).
STATEMENT_TYPES = ("statement", "explanation-of-vote", "joint-statement", "press-remarks")
DEFAULT_STATEMENT_TYPE = "statement"
VOTE_TIMINGS = ("before", "after")
DELIVERIES = ("as-delivered", "check-against-delivery")
NEWS_NAME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md")
TODO = re.compile(r"\bTODO\b")


def statement_type(meta: dict) -> str:
    """The statement's `type`, 'statement' when the front matter has none."""
    return meta.get("type") or DEFAULT_STATEMENT_TYPE


# Keys read again only when their file changes (by its modification time): a cache for the whole
# process, not per-build state, so that `mkdocs serve` and the tests see each edit.
_keys_cache: dict[tuple[Path, str], tuple[float, list[str] | None]] = {}


def data_keys(path: Path, field: str) -> list[str] | None:
    """The `field` of every entry of a data list (data/priorities.yml's keys, data/meetings.yml's
    ids), read again only when the file changes; None if it cannot be read (the hook that owns
    the file reports what is wrong with it, at its line)."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _keys_cache.get((path, field))
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        keys = [str(entry[field]) for entry in entries if isinstance(entry, dict) and field in entry]
    except (yaml.YAMLError, TypeError, UnicodeDecodeError):
        keys = None
    _keys_cache[(path, field)] = (mtime, keys)
    return keys


def priority_keys(root: Path) -> list[str] | None:
    """The keys in data/priorities.yml (latvijaano/statements/ checks the file)."""
    return data_keys(root / PRIORITIES_FILE, "key")


def meeting_ids(root: Path) -> list[str] | None:
    """The ids in data/meetings.yml (latvijaano/meetings/ checks the file)."""
    return data_keys(root / MEETINGS_FILE, "id")
