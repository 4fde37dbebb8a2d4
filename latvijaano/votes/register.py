"""data/votes.yml, read and checked: Latvia's votes on the Security Council.

One job: turn the register into `Vote`s (latvijaano/votes/model.py), or stop with every problem
found, each at the entry's line in both languages (`data/votes.yml:12: 3. ieraksts (S/2026/123): … /
entry 3 (S/2026/123): …`). What the schema (data/schemas/votes.schema.json) cannot say is checked here:
- the counts add up to the Council's fifteen members (UN Charter, Art. 23);
- an adopted draft has its resolution's symbol, of the vote's year, and at least nine votes in
  favour (Art. 27); a draft not adopted has no resolution, and "insufficient-votes" only with
  fewer than nine in favour;
- Latvia's vote is among the counts (a vote "in favour" with no member in favour cannot be);
- an explanation of vote names a statement that exists in every language with
  `type: explanation-of-vote`;
- each draft once, and each resolution once;
- a vote without a draft symbol (the sources do not always give it) says who put the draft
  forward (`submitted_by`), so that its row and its line are more than a subject.
Used by latvijaano/votes/events.py (the page), latvijaano/statements/views.py (the line on the statement),
latvijaano/record/ and scripts/new_vote.py (checks a new entry before writing it).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import yaml

from latvijaano.data import yaml_schema
from latvijaano.kinds import STATEMENTS_FOLDER
from latvijaano.problems import Problem, fail
from latvijaano.rules.model import meeting_ids, statement_type
from latvijaano.rules.page import read_page
from latvijaano.site_context import LANGUAGES
from latvijaano.votes.model import (
    COUNCIL_SIZE,
    COUNT_OF_VOTE,
    COUNTS,
    RESOLUTION_YEAR,
    VOTES_TO_ADOPT,
    Vote,
    as_vote,
    vote_ids,
)

VOTES_FILE = "data/votes.yml"
SCHEMA = "votes"  # data/schemas/votes.schema.json


def _label(entries, index: int) -> tuple[str, str]:
    """'3. ieraksts (S/2026/123)': an entry named by its draft, else its resolution, else its date."""
    entry = entries[index] if index < len(entries) else None
    name = None
    for key in ("draft", "resolution", "date"):
        value = entry.get(key) if isinstance(entry, dict) else None
        if isinstance(value, str) and value.strip():
            name = value.strip()
            break
    suffix = f" ({name})" if name else ""
    return f"{index + 1}. ieraksts{suffix}", f"entry {index + 1}{suffix}"


def entry_label(data, path) -> tuple[str, str, list]:
    """For yaml_schema.schema_problems: entries named by their draft, not their date."""
    if not path or not isinstance(path[0], int) or not isinstance(data, list) or path[0] >= len(data):
        return "", "", path
    return (*_label(data, path[0]), path[1:])


def statement_types(docs_dir: Path, root: Path, stem: str) -> dict:
    """lang -> the statement's type, for each language that has docs/<lang>/pazinojumi/<stem>.md."""
    found = {}
    for lang in LANGUAGES:
        path = docs_dir / lang / STATEMENTS_FOLDER / f"{stem}.md"
        if path.is_file():
            found[lang] = statement_type(read_page(root, path, docs_dir).meta)
    return found


def entry_problems(entries, node, index: int, root: Path, docs_dir: Path, seen: dict) -> list[Problem]:
    """What the schema cannot say about one entry (which the schema has accepted)."""
    entry = entries[index]
    where = _label(entries, index)
    problems = []

    def problem(field: str, lv: str, en: str) -> None:
        problems.append(
            yaml_schema.located(VOTES_FILE, yaml_schema.line_of(node, [index, field]), where, lv, en)
        )

    counts = {name: int(entry[name]) for name in COUNTS}
    total = sum(counts.values())
    if total != COUNCIL_SIZE:
        problem(
            "in_favour",
            f"balsis kopā ir {total}, nevis {COUNCIL_SIZE} (in_favour + against + abstentions + not_voting) — "
            "izlabojiet skaitļus",
            f"the counts add up to {total}, not {COUNCIL_SIZE} (in_favour + against + abstentions + not_voting) — "
            "correct them",
        )
    date = dt.date.fromisoformat(entry["date"])
    resolution = entry.get("resolution")
    outcome = entry["outcome"]
    if resolution:
        year = int(RESOLUTION_YEAR.search(resolution).group(1))
        if outcome != "adopted":
            problem(
                "resolution",
                f"nepieņemtam projektam nav rezolūcijas ('{resolution}') — izdzēsiet rindu 'resolution' "
                "vai rakstiet 'outcome: adopted'",
                f"a draft that was not adopted has no resolution ('{resolution}') — delete the 'resolution' "
                "line or write 'outcome: adopted'",
            )
        elif year != date.year:
            problem(
                "resolution",
                f"rezolūcijas gads ({year}) nav balsojuma gads ({date.year}) — izlabojiet simbolu vai datumu",
                f"the resolution's year ({year}) is not the vote's year ({date.year}) — correct the symbol "
                "or the date",
            )
    elif outcome == "adopted":
        problem(
            "outcome",
            "pieņemtam projektam vajag 'resolution:' — rezolūcijas simbolu, piemēram, "
            f"'resolution: S/RES/2800 ({date.year})'",
            "an adopted draft needs 'resolution:' — the resolution's symbol, e.g. "
            f"'resolution: S/RES/2800 ({date.year})'",
        )
    if outcome == "adopted" and counts["in_favour"] < VOTES_TO_ADOPT:
        problem(
            "outcome",
            f"'outcome: adopted', bet „par” ir tikai {counts['in_favour']} balsis — rezolūcijai vajag vismaz "
            f"{VOTES_TO_ADOPT}; izlabojiet iznākumu vai skaitļus",
            f"'outcome: adopted' with only {counts['in_favour']} votes in favour — a resolution needs at least "
            f"{VOTES_TO_ADOPT}; correct the outcome or the counts",
        )
    reason = entry.get("reason")
    if reason and outcome == "adopted":
        problem(
            "reason",
            "'reason' ir tikai nepieņemtam projektam — izdzēsiet rindu",
            "'reason' belongs to a draft that was not adopted only — delete the line",
        )
    elif reason == "insufficient-votes" and counts["in_favour"] >= VOTES_TO_ADOPT:
        problem(
            "reason",
            f"'reason: insufficient-votes', bet „par” ir {counts['in_favour']} balsis (pietiek ar "
            f"{VOTES_TO_ADOPT}) — vai tas bija 'veto'?",
            f"'reason: insufficient-votes' with {counts['in_favour']} votes in favour ({VOTES_TO_ADOPT} are "
            "enough) — was it 'veto'?",
        )
    own_count = COUNT_OF_VOTE[entry["vote"]]
    if counts[own_count] == 0:
        problem(
            "vote",
            f"Latvijas balsojums 'vote: {entry['vote']}', bet '{own_count}' ir 0 — izlabojiet balsojumu vai skaitļus",
            f"Latvia's vote 'vote: {entry['vote']}' but '{own_count}' is 0 — correct the vote or the counts",
        )
    stem = entry.get("explanation")
    if stem:
        types = statement_types(docs_dir, root, stem)
        missing = [lang for lang in LANGUAGES if lang not in types]
        wrong = [lang for lang, kind in types.items() if kind != "explanation-of-vote"]
        folder = STATEMENTS_FOLDER
        if missing:
            paths = ", ".join(f"docs/{lang}/{folder}/{stem}.md" for lang in missing)
            problem(
                "explanation",
                f"balsojuma skaidrojuma paziņojuma nav: {paths} — ierakstiet esoša paziņojuma faila nosaukumu "
                "(bez .md) vai izveidojiet paziņojumu ar `make statement … type=explanation-of-vote`",
                f"the explanation of vote does not exist: {paths} — write an existing statement's file name "
                "(without .md) or create the statement with `make statement … type=explanation-of-vote`",
            )
        if wrong:
            paths = ", ".join(f"docs/{lang}/{folder}/{stem}.md (type: {types[lang]})" for lang in wrong)
            problem(
                "explanation",
                f"paziņojums nav balsojuma skaidrojums: {paths} — tā galvenē (front matter) rakstiet "
                "'type: explanation-of-vote' vai saitējiet citu paziņojumu",
                f"the statement is not an explanation of vote: {paths} — write 'type: explanation-of-vote' "
                "in its front matter or link another statement",
            )
    meeting, ids = entry.get("meeting"), meeting_ids(root)
    # While data/meetings.yml cannot be read (its own check says where), no meeting is "missing".
    if meeting and ids is not None and meeting not in ids:
        problem(
            "meeting",
            f"sanāksmes '{meeting}' nav failā data/meetings.yml — ja tās ierakstu izdzēsāt, atjaunojiet to "
            "(sanāksmi, kas nenotiks, atzīmē ar 'status: cancelled'; pārceltai paliek tas pats id); citādi "
            "ierakstiet tās sanāksmes id, kurā balsoja (vai vispirms pievienojiet sanāksmi ar `make meeting …`)",
            f"the meeting '{meeting}' is not in data/meetings.yml — if you deleted its entry, put it back (a "
            "meeting that will not take place is marked 'status: cancelled'; a moved one keeps its id); "
            "otherwise write the id of the meeting where the vote was taken (or add it first with `make meeting …`)",
        )
    if not entry.get("draft") and not entry.get("submitted_by"):
        problem(
            "draft",  # absent: the entry's own line
            "nav norādīts ne projekta simbols ('draft:'), ne tas, kas projektu iesniedza ('submitted_by:') — "
            "ierakstiet 'draft: S/GGGG/NNN' vai, ja avoti simbolu nedod, 'submitted_by:' ar rindām lv: un en: "
            "(piemēram, lv: Krievija, en: Russia); simbolu neizdomājiet",
            "neither the draft's symbol ('draft:') nor who put the draft forward ('submitted_by:') is given — "
            "write 'draft: S/YYYY/NNN' or, where the sources give no symbol, 'submitted_by:' with lv: and en: "
            "lines (e.g. lv: Krievija, en: Russia); never make a symbol up",
        )
    # Each draft once, each resolution once: an entry without a symbol is compared with none
    # (two votes of one day may both lack one).
    for field, lv, en in (("draft", "projekts", "the draft"), ("resolution", "rezolūcija", "the resolution")):
        symbol = entry.get(field)
        if not symbol:
            continue
        first = seen.setdefault((field, symbol), index)
        if first != index:
            problem(
                field,
                f"{lv} {symbol} jau ir {first + 1}. ierakstā — katram projektam viens ieraksts; izdzēsiet vienu",
                f"{en} {symbol} is already entry {first + 1} — one entry per draft; delete one",
            )
    return problems


def check_text(text: str, root: Path, docs_dir: Path) -> tuple[list[Vote], list[Problem]]:
    """The register's text -> (votes newest first, problems). Every entry is checked, so that one
    build names every mistake; an entry the schema refuses is not checked further."""
    data, node = yaml_schema.load_yaml(text, VOTES_FILE)
    if data is None:
        data = []
    schema = json.loads((root / "data" / "schemas" / f"{SCHEMA}.schema.json").read_text(encoding="utf-8"))
    problems = yaml_schema.schema_problems(data, node, schema, VOTES_FILE, label=entry_label)
    if not isinstance(data, list):
        return [], problems
    validator = jsonschema.Draft202012Validator(schema, format_checker=yaml_schema.FORMAT_CHECKER)
    refused = {error.absolute_path[0] for error in validator.iter_errors(data) if error.absolute_path}
    seen: dict = {}
    votes = []
    accepted = [entry for index, entry in enumerate(data) if index not in refused]
    ids = iter(vote_ids(accepted))
    for index, entry in enumerate(data):
        if index in refused:
            continue
        problems += entry_problems(data, node, index, root, docs_dir, seen)
        votes.append(as_vote(entry, yaml_schema.line_of(node, [index]), next(ids)))
    votes.sort(key=lambda vote: (vote.date, vote.id), reverse=True)
    return votes, problems


def load(root: Path, docs_dir: Path) -> list[Vote]:
    """The votes, newest first; stops the build (ProblemsError) on any problem."""
    path = root / VOTES_FILE
    votes, problems = check_text(path.read_text(encoding="utf-8"), root, docs_dir)
    fail(problems)
    return votes


def entries_of(root: Path) -> list:
    """The register's entries as YAML reads them, unchecked ([] if there are none)."""
    return yaml.safe_load((root / VOTES_FILE).read_text(encoding="utf-8")) or []
