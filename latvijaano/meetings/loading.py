"""data/meetings.yml, read and checked: the schema (data/schemas/meetings.schema.json), then what it
cannot say (`entry_problems`: the id's date, each id and number once, the record and the number
agree, a real time zone, a revision that matches the content); the meetings in date order, or a
ProblemsError naming every bad entry. scripts/new_meeting.py uses the same checks and revision lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from latvijaano.data.yaml_schema import entry_label, line_of, load_schema, load_yaml, located, schema_problems
from latvijaano.meetings.model import MEETINGS_FILE, NEW_YORK, SCHEMA_NAME, Meeting, parse
from latvijaano.problems import Problem, ProblemsError, fail


def content_hash(entry: dict) -> str:
    """The fingerprint of an entry's content, everything but its `revision`: eight hex digits.
    The YAML is read with every scalar a string, so quoting or comments change nothing."""
    content = {key: value for key, value in entry.items() if key != "revision"}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]


def revision_line(sequence: int, updated: dt.datetime, digest: str) -> str:
    """The `revision:` line the scaffold writes and the build asks for after an edit."""
    return f'revision: {{sequence: "{sequence}", updated: "{updated:%Y-%m-%dT%H:%M:%SZ}", hash: "{digest}"}}'


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def entry_problems(entries: list, node, source: str) -> list[Problem]:
    """What the schema cannot say: the id's date, each id and number once, the record and the
    number agree, a real time zone, and a revision that matches the content."""
    problems = []
    seen_ids, seen_numbers = {}, {}

    def problem(index, key, lv, en):
        where_lv, where_en, _ = entry_label(entries, [index])
        problems.append(
            located(
                source,
                line_of(node, [index, key]),
                (f"{where_lv}, lauks '{key}'", f"{where_en}, field '{key}'"),
                lv,
                en,
            )
        )

    for index, entry in enumerate(entries):
        if not entry["id"].startswith(entry["date"] + "-"):
            problem(
                index,
                "id",
                f"identifikatoram jāsākas ar sanāksmes datumu ({entry['date']}-…)",
                f"the id must start with the meeting's date ({entry['date']}-…)",
            )
        if entry["id"] in seen_ids:
            problem(
                index,
                "id",
                f"identifikators '{entry['id']}' jau ir {seen_ids[entry['id']]}. ierakstam — "
                "katrai sanāksmei savs",
                f"the id '{entry['id']}' is already entry "
                f"{seen_ids[entry['id']]}'s — each meeting has its own",
            )
        seen_ids.setdefault(entry["id"], index + 1)
        number = entry.get("number")
        if number is not None:
            if number in seen_numbers:
                problem(
                    index,
                    "number",
                    f"sanāksmes numurs {number} jau ir {seen_numbers[number]}. ierakstam — "
                    "divām sanāksmēm nevar būt viens numurs; pārbaudiet numuru vai izdzēsiet lieko ierakstu",
                    f"the meeting number {number} is already entry {seen_numbers[number]}'s — two meetings "
                    "never share a number; check the number or delete the extra entry",
                )
            seen_numbers.setdefault(number, index + 1)
        record = entry.get("record")
        if record is not None and number is not None and record != f"S/PV.{number}":
            problem(
                index,
                "record",
                f"stenogramma {record} neatbilst sanāksmes numuram {number} (gaidīts S/PV.{number})",
                f"the record {record} does not match the meeting number {number} (expected S/PV.{number})",
            )
        zone = entry.get("time_zone")
        if zone is not None and not is_time_zone(zone):
            problem(
                index,
                "time_zone",
                f"'{zone}' nav laika josla — rakstiet to, kā to nosauc IANA datubāze, "
                f"piemēram, {NEW_YORK} vai Europe/Zurich (arī Ženēvā), vai izdzēsiet rindu (Ņujorka)",
                f"'{zone}' is not a time zone — write it as the IANA database names it, e.g. {NEW_YORK} "
                "or Europe/Zurich (Geneva too), or delete the line (New York)",
            )
        revision = entry["revision"]
        digest = content_hash(entry)
        if revision["hash"] != digest:
            line = revision_line(int(revision["sequence"]) + 1, now_utc(), digest)
            problem(
                index,
                "revision",
                f"ieraksts ir labots kopš tā pēdējās redakcijas — aizstājiet šo rindu ar `{line}` "
                "(kalendāri tā uzzina par labojumu), vai palaidiet 'make meeting-revisions'",
                f"the entry has been edited since its last revision — replace this line with `{line}` "
                "(so that calendars learn of the change), or run 'make meeting-revisions'",
            )
    return problems


def read_entries(root: Path):
    """(entries, YAML node) of data/meetings.yml, checked; a ProblemsError with every problem."""
    path = root / MEETINGS_FILE
    if not path.is_file():
        raise ProblemsError(
            [
                Problem(
                    MEETINGS_FILE,
                    1,
                    "fails trūkst — atjaunojiet to (tukšam sarakstam: [])",
                    "the file is missing — restore it (an empty list is [])",
                )
            ]
        )
    entries, node = load_yaml(path.read_text(encoding="utf-8"), MEETINGS_FILE)
    entries = [] if entries is None else entries
    problems = schema_problems(entries, node, load_schema(SCHEMA_NAME, root), MEETINGS_FILE)
    fail(problems)
    fail(entry_problems(entries, node, MEETINGS_FILE))
    return entries, node


def load_meetings(root: Path) -> list[Meeting]:
    """The meetings in date (and time) order, or a ProblemsError naming every bad entry."""
    path = root / MEETINGS_FILE
    return list(_load_meetings(path, path.stat().st_mtime if path.exists() else 0.0))


@functools.lru_cache(maxsize=8)
def _load_meetings(path: Path, mtime: float) -> tuple[Meeting, ...]:
    entries, _ = read_entries(path.parent.parent)
    meetings = [parse(entry) for entry in entries]
    meetings.sort(
        key=lambda m: (m.date, m.start.astimezone(dt.timezone.utc).time() if m.time else dt.time(0), m.id)
    )
    return tuple(meetings)


def meeting_by_id(root: Path, meeting_id: str) -> Meeting | None:
    return next((m for m in load_meetings(root) if m.id == meeting_id), None)
