#!/usr/bin/env python3
"""Add a meeting to data/meetings.yml.

    python scripts/new_meeting.py --date 2026-11-12 --slug atklatas-debates \\
        --title-lv "Virsraksts" --title-en "Title" --format open-debate --role presides,speaks \\
        [--time 10:00] [--agenda-lv T] [--agenda-en T] [--number 10050] [--record S/PV.10050]

    python scripts/new_meeting.py --revise     (after editing entries: raise their revision)

Appends one entry, with its `revision` (the calendar's SEQUENCE and LAST-MODIFIED, and the
fingerprint of its content), at the end of the file. Everything is checked first, with the
build's own rules (latvijaano/meetings/loading.py: the schema, one id and one number per meeting, the record
and the number agree); on any problem nothing is written. `--revise` rewrites the `revision`
line of every entry edited since its last revision (sequence + 1, now, the new fingerprint).
A statement names the meeting with `meeting: <id>` (make statement … meeting=<id>).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from new_news import valid_date
from new_page import REPO, ScaffoldError, scaffold_parser, title, valid_slug, yaml_value

sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano.data import yaml_schema  # noqa: E402
from latvijaano.meetings import loading, model  # noqa: E402
from latvijaano.problems import ProblemsError  # noqa: E402


def entry_text(fields: dict) -> str:
    """One entry as YAML, in the order data/meetings.yml documents."""
    lines = [f"- id: {fields['id']}", f"  date: {yaml_value(fields['date'])}"]
    if fields.get("moved_from"):  # a moved meeting keeps its id: the id's date, quoted
        lines.append(f"  moved_from: {yaml_value(fields['moved_from'])}")
    if fields.get("status"):
        lines.append(f"  status: {fields['status']}")
    if fields.get("time"):
        lines.append(f"  time: {yaml_value(fields['time'])}")
    lines += [
        "  title:",
        f"    lv: {yaml_value(fields['title']['lv'])}",
        f"    en: {yaml_value(fields['title']['en'])}",
        f"  format: {fields['format']}",
    ]
    if fields.get("agenda"):
        lines += [
            "  agenda:",
            f"    lv: {yaml_value(fields['agenda']['lv'])}",
            f"    en: {yaml_value(fields['agenda']['en'])}",
        ]
    lines.append(f"  roles: [{', '.join(fields['roles'])}]")
    if fields.get("number"):
        lines.append(f"  number: {yaml_value(fields['number'])}")
    if fields.get("record"):
        lines.append(f"  record: {fields['record']}")
    return "\n".join(lines) + "\n"


def checked(root: Path, text: str) -> None:
    """The whole file as the build would check it; a ScaffoldError with the build's messages."""
    try:
        entries, node = yaml_schema.load_yaml(text, model.MEETINGS_FILE)
        entries = entries or []
        problems = yaml_schema.schema_problems(
            entries, node, yaml_schema.load_schema(model.SCHEMA_NAME, root), model.MEETINGS_FILE
        )
        if not problems:
            problems = loading.entry_problems(entries, node, model.MEETINGS_FILE)
    except ProblemsError as error:
        problems = error.problems
    if problems:
        raise ScaffoldError("\n".join(str(problem) for problem in problems))


def with_revision(text: str, sequence: int) -> str:
    """An entry's text with its `revision` line, the fingerprint of that very text."""
    entries, _ = yaml_schema.load_yaml(text, model.MEETINGS_FILE)
    line = loading.revision_line(sequence, loading.now_utc(), loading.content_hash(entries[0]))
    return f"{text}  {line}\n"


def add_meeting(root: Path, args) -> Path:
    day = valid_date(args.date)
    texts = {"lv": title(args.title_lv), "en": title(args.title_en)}
    fields = {
        "id": f"{day.isoformat()}-{valid_slug(args.slug)}",
        "date": day.isoformat(),
        "time": args.time,
        "title": texts,
        "format": args.format,
        "roles": [role.strip() for value in args.role for role in value.split(",") if role.strip()],
        "number": args.number,
        "record": args.record,
    }
    if args.agenda_lv or args.agenda_en:
        fields["agenda"] = {"lv": args.agenda_lv or "", "en": args.agenda_en or ""}
    path = root / model.MEETINGS_FILE
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    if before.strip() in ("", "[]"):
        before = ""
    entry = with_revision(entry_text(fields), 0)
    after = f"{before.rstrip()}\n\n{entry}" if before.strip() else entry
    checked(root, after)
    path.write_text(after, encoding="utf-8")
    return path


def revise(root: Path) -> list[str]:
    """Rewrite the `revision` line of every entry whose content changed; the ids revised."""
    path = root / model.MEETINGS_FILE
    text = path.read_text(encoding="utf-8")
    entries, node = yaml_schema.load_yaml(text, model.MEETINGS_FILE)
    lines, revised = text.split("\n"), []
    # An entry added by hand without `revision` first gets one (sequence 0: a new entry), from the
    # last entry up, so that the lines of those above stay where the YAML nodes say.
    for index in reversed(range(len(entries or []))):
        if isinstance(entries[index], dict) and "revision" not in entries[index]:
            at, indent = loading.revision_insert_line(lines, node.value[index])
            line = loading.revision_line(0, loading.now_utc(), loading.content_hash(entries[index]))
            lines.insert(at, indent + line)
            revised.append(entries[index].get("id", str(index + 1)))
    if revised:
        text = "\n".join(lines)
        entries, node = yaml_schema.load_yaml(text, model.MEETINGS_FILE)
    for index, entry in enumerate(entries or []):
        revision = entry.get("revision") if isinstance(entry, dict) else None
        if not isinstance(revision, dict) or revision.get("hash") == loading.content_hash(entry):
            continue
        number = yaml_schema.line_of(node, [index, "revision"]) - 1
        indent = lines[number][: len(lines[number]) - len(lines[number].lstrip())]
        sequence = (
            int(revision.get("sequence", "0")) + 1 if str(revision.get("sequence", "0")).isdigit() else 1
        )
        lines[number] = indent + loading.revision_line(
            sequence, loading.now_utc(), loading.content_hash(entry)
        )
        revised.append(entry.get("id", str(index + 1)))
    new_text = "\n".join(lines)
    if revised:
        checked(root, new_text)
        path.write_text(new_text, encoding="utf-8")
    return revised


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--revise" in argv:
        parser = argparse.ArgumentParser(description="Raise the revision of every edited meeting.")
        parser.add_argument("--revise", action="store_true")
        parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
        args = parser.parse_args(argv)
        try:
            revised = revise(args.root)
        except ScaffoldError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"Pārskatītas / Revised: {', '.join(revised) or '—'}")
        return 0
    parser = scaffold_parser(
        __doc__,
        ("--date", "YYYY-MM-DD, the day of the meeting in New York"),
        ("--slug", "e.g. atklatas-debates (lower case, no diacritics)"),
    )
    parser.add_argument("--format", required=True, help=", ".join(model.FORMATS))
    parser.add_argument(
        "--role", required=True, nargs="+", help=", ".join(model.ROLES) + " (comma-separated)"
    )
    parser.add_argument("--time", default=None, help="HH:MM in New York (optional; without it, all day)")
    parser.add_argument("--agenda-lv", default=None)
    parser.add_argument("--agenda-en", default=None)
    parser.add_argument("--number", default=None, help="the meeting's number, e.g. 10050")
    parser.add_argument("--record", default=None, help="the meeting record, e.g. S/PV.10050")
    args = parser.parse_args(argv)
    for key in ("time", "number", "record"):
        if getattr(args, key) is not None and not getattr(args, key).strip():
            setattr(args, key, None)
    try:
        path = add_meeting(args.root, args)
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    print(
        f"Pievienots / Added: {path.relative_to(args.root)} ({args.date}-{args.slug})\n"
        f"Paziņojums to nosauc ar 'meeting: {args.date}-{args.slug}'. / "
        f"A statement names it with 'meeting: {args.date}-{args.slug}'."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
