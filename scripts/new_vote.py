#!/usr/bin/env python3
"""Add a vote to data/votes.yml.

    python scripts/new_vote.py --date 2026-03-12 [--draft S/2026/123] \\
        [--submitted-lv "Krievija" --submitted-en "Russia"] \\
        --subject-lv "Temats latviski" --subject-en "Subject in English" \\
        --vote in-favour --outcome adopted --in-favour 13 --against 0 --abstentions 2 --not-voting 0 \\
        [--resolution "S/RES/2800 (2026)"] [--explanation 2026-03-12-slug] \\
        [--agenda-lv "…" --agenda-en "…"] [--reason insufficient-votes|veto] [--meeting MEETING-ID]

Appends one entry at the end of data/votes.yml (the page sorts the votes, newest first). The whole
register, with the new entry, is checked by the same rules as the build (latvijaano/votes/register.py)
before anything is written: an unknown vote or outcome, counts that do not add up to 15, an
adopted draft without its resolution, a resolution of another year, an explanation that is not
an explanation of vote, a draft already in the register — each is refused with the reason, and
the file stays as it was. Where the sources give no draft symbol, leave --draft out and say who
put the draft forward (--submitted-lv, --submitted-en): a symbol is never made up. The explanation
statement is made first, with `make statement … type=explanation-of-vote timing=after`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from new_news import valid_date
from new_page import REPO, ScaffoldError, yaml_value

sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano.problems import ProblemsError  # noqa: E402
from latvijaano.votes import model, register  # noqa: E402

EMPTY = "[]"


def entry_text(fields: dict) -> str:
    """One entry as YAML lines: texts quoted (new_page.yaml_value), {lv, en} as two lines."""
    lines = []
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {lang}: {yaml_value(text)}" for lang, text in value.items()]
        elif isinstance(value, int) or key in (
            "date",
            "vote",
            "outcome",
            "reason",
            "draft",
            "explanation",
            "meeting",
        ):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml_value(value)}")
    return "".join(f"{'- ' if number == 0 else '  '}{line}\n" for number, line in enumerate(lines))


def register_with(text: str, entry: str) -> str:
    """The register's text with `entry` at the end (in place of the empty list `[]`)."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.split("#")[0].strip() == EMPTY:
            return "\n".join(lines[:number] + [entry.rstrip("\n")] + lines[number + 1 :]).rstrip("\n") + "\n"
    return text.rstrip("\n") + "\n" + entry


def count(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if not 0 <= number <= model.COUNCIL_SIZE:
        raise ScaffoldError(
            f"Balsu skaits '{value}' nav skaitlis no 0 līdz 15. / "
            f"The count '{value}' is not a number from 0 to 15."
        )
    return number


def text(value: str | None, name: str) -> str:
    if not value or not value.strip():
        raise ScaffoldError(f"{name} ir tukšs. / {name} is empty.")
    return value.strip()


def add_vote(
    root: Path,
    date: str,
    draft: str | None,
    subject_lv: str,
    subject_en: str,
    vote: str,
    outcome: str,
    in_favour,
    against,
    abstentions,
    not_voting,
    resolution: str | None = None,
    explanation: str | None = None,
    agenda_lv: str | None = None,
    agenda_en: str | None = None,
    reason: str | None = None,
    meeting: str | None = None,
    submitted_lv: str | None = None,
    submitted_en: str | None = None,
) -> list[Path]:
    path = root / register.VOTES_FILE
    agenda = submitted = None
    if agenda_lv or agenda_en:
        agenda = {"lv": text(agenda_lv, "--agenda-lv"), "en": text(agenda_en, "--agenda-en")}
    if submitted_lv or submitted_en:
        submitted = {"lv": text(submitted_lv, "--submitted-lv"), "en": text(submitted_en, "--submitted-en")}
    fields = {
        "date": valid_date(date).isoformat(),
        "draft": (draft or "").strip() or None,
        "resolution": (resolution or "").strip() or None,
        "submitted_by": submitted,
        "subject": {"lv": text(subject_lv, "--subject-lv"), "en": text(subject_en, "--subject-en")},
        "agenda_item": agenda,
        "vote": vote,
        "outcome": outcome,
        "reason": reason or None,
        "in_favour": count(in_favour),
        "against": count(against),
        "abstentions": count(abstentions),
        "not_voting": count(not_voting),
        "explanation": explanation or None,
        "meeting": meeting or None,
    }
    new_text = register_with(path.read_text(encoding="utf-8"), entry_text(fields))
    try:
        _, problems = register.check_text(new_text, root, root / "docs")
    except ProblemsError as error:  # not YAML any more: the file was broken before
        problems = error.problems
    if problems:
        raise ScaffoldError(
            "Balsojumu nepievienoju: / The vote was not added:\n"
            + "\n".join(str(problem) for problem in problems)
        )
    path.write_text(new_text, encoding="utf-8")
    return [path]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--date", required=True, help="the day of the vote, YYYY-MM-DD")
    parser.add_argument(
        "--draft",
        default=None,
        help="the draft's symbol, e.g. S/2026/123 (leave it out if the sources give none)",
    )
    parser.add_argument(
        "--submitted-lv", default=None, help="who put the draft forward, in Latvian (e.g. Krievija)"
    )
    parser.add_argument(
        "--submitted-en", default=None, help="who put the draft forward, in English (e.g. Russia)"
    )
    parser.add_argument("--subject-lv", required=True)
    parser.add_argument("--subject-en", required=True)
    parser.add_argument("--vote", required=True, help=f"Latvia's vote: {', '.join(model.VOTES)}")
    parser.add_argument("--outcome", required=True, help=f"{', '.join(model.OUTCOMES)}")
    for name in ("--in-favour", "--against", "--abstentions", "--not-voting"):
        parser.add_argument(name, required=True, help="a number, 0 to 15 (the four add up to 15)")
    parser.add_argument("--resolution", default=None, help='once adopted: e.g. "S/RES/2800 (2026)"')
    parser.add_argument("--explanation", default=None, help="the explanation of vote's file name without .md")
    parser.add_argument("--agenda-lv", default=None)
    parser.add_argument("--agenda-en", default=None)
    parser.add_argument("--reason", default=None, help=f"a draft not adopted: {', '.join(model.REASONS)}")
    parser.add_argument("--meeting", default=None, help="the meeting's id in data/meetings.yml")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        add_vote(
            args.root,
            args.date,
            args.draft,
            args.subject_lv,
            args.subject_en,
            args.vote,
            args.outcome,
            args.in_favour,
            args.against,
            args.abstentions,
            args.not_voting,
            args.resolution,
            args.explanation,
            args.agenda_lv,
            args.agenda_en,
            args.reason,
            args.meeting,
            args.submitted_lv,
            args.submitted_en,
        )
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    print(
        f"Pievienots: {register.VOTES_FILE} — pārbaudiet ar `make serve`, lapa: balsojumi/ / "
        f"Added: {register.VOTES_FILE} — check it with `make serve`, page: balsojumi/"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
