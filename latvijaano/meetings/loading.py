"""data/meetings.yml, read and checked: the schema (data/schemas/meetings.schema.json; an entry
without `revision` is given the line to add), then what it cannot say (`entry_problems`: the id's
date — the meeting's, or `moved_from` once it has moved —, each id and number once, the record and
the number agree, a real time zone, a revision that matches the content); the meetings in date
order, or a ProblemsError naming every bad entry. scripts/new_meeting.py uses the same checks and
revision lines.
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


def moved_problems(entry: dict) -> list[tuple[str, str, str]]:
    """The id's date is the day the meeting was first announced for, and never changes: it is the
    `date`, or, once the meeting has moved, the `moved_from` (so a moved meeting keeps its id, its
    page and its calendar UID). Each problem as (field, Latvian, English)."""
    id_day, day, moved = entry["id"][:10], entry["date"], entry.get("moved_from")
    problems = []
    problem = lambda *texts: problems.append(texts)  # noqa: E731
    if moved is None and id_day != day:
        problem(
            "id",
            f"identifikatora datums {id_day} nav sanāksmes datums {day} — ja sanāksme ir pārcelta, "
            f'identifikatoru nemainiet, bet pievienojiet rindu `moved_from: "{id_day}"`; ja kļūda ir datumā '
            "vai jaunā, vēl nepublicētā ierakstā, izlabojiet to",
            f"the id's date {id_day} is not the meeting's date {day} — if the meeting has moved, keep the id "
            f'and add the line `moved_from: "{id_day}"`; if the date is wrong, or the entry is new and not yet '
            "published, correct it",
        )
    elif moved is not None and moved != id_day:
        problem(
            "moved_from",
            f"'moved_from' ir diena, kurai sanāksme sākumā bija izsludināta, t. i., identifikatora datums — "
            f'rakstiet `moved_from: "{id_day}"` (identifikators nemainās, arī pārceļot vēlreiz)',
            f"'moved_from' is the day the meeting was first announced for, the id's date — write "
            f'`moved_from: "{id_day}"` (the id never changes, even when the meeting moves again)',
        )
    elif moved is not None and moved == day:
        problem(
            "moved_from",
            "sanāksme nav pārcelta: 'moved_from' ir tās pašas dienas datums — izdzēsiet šo rindu",
            "the meeting has not moved: 'moved_from' is its own date — delete this line",
        )
    return problems


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
        for key, lv, en in moved_problems(entry):
            problem(index, key, lv, en)
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


def schema_without_revision(root: Path) -> dict:
    """The schema, but a missing `revision` left to missing_revision_problems (which gives the line)."""
    schema = load_schema(SCHEMA_NAME, root)
    items = {**schema["items"], "required": [key for key in schema["items"]["required"] if key != "revision"]}
    return {**schema, "items": items}


def revision_insert_line(text_lines: list[str], entry_node) -> tuple[int, str]:
    """(index of the line after the entry's last line, the entry's indentation): where a missing
    `revision:` line goes (scripts/new_meeting.py --revise writes it there)."""
    end = entry_node.end_mark.line if entry_node.end_mark.column == 0 else entry_node.end_mark.line + 1
    while end > entry_node.start_mark.line + 1 and (
        not text_lines[end - 1].strip() or text_lines[end - 1].lstrip().startswith("#")
    ):
        end -= 1
    return end, " " * entry_node.start_mark.column


def missing_revision_problems(entries, node, source: str) -> list[Problem]:
    """An entry added by hand without `revision`: the exact line to add (sequence 0, a new entry)."""
    problems = []
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or "revision" in entry:
            continue
        line = revision_line(0, now_utc(), content_hash(entry))
        where_lv, where_en, _ = entry_label(entries, [index])
        problems.append(
            located(
                source,
                line_of(node, [index]),
                (where_lv, where_en),
                f"ierakstam nav rindas 'revision' (kalendāriem) — pievienojiet ieraksta beigās, ar tādu pašu "
                f"atkāpi kā 'title:', rindu `{line}`, vai palaidiet 'make meeting-revisions'",
                f"the entry has no 'revision' line (for the calendars) — add at the end of the entry, indented "
                f"like 'title:', the line `{line}`, or run 'make meeting-revisions'",
            )
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
    problems = missing_revision_problems(entries, node, MEETINGS_FILE)
    problems += schema_problems(entries, node, schema_without_revision(root), MEETINGS_FILE)
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
