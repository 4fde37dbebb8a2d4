"""A vote of Latvia's on the Council as the build uses it (`Vote`, made from a checked entry of
data/votes.yml by `as_vote`), its id and anchor, which come from its symbols and are never made up,
and what one language build made of the register (`VotesBuild`).

A vote's id (open data) and its row's anchor (balsojumi/#…) come from its symbols: the draft's
symbol (S/2026/123 -> #S-2026-123); without one, the resolution's (S/RES/2817 (2026) ->
#S-RES-2817-2026); without either, the day and the place among that day's votes without a symbol,
in the file's order (2026-03-11-1 -> #2026-03-11-1; the scaffold appends, so the number stays).
Writing a symbol in later changes the id: write it when the vote is added if it is known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from latvijaano.data import council
from latvijaano.site_context import LANGUAGES

VOTES = ("in-favour", "against", "abstention", "did-not-take-part")
OUTCOMES = ("adopted", "not-adopted")
REASONS = ("insufficient-votes", "veto")
COUNTS = ("in_favour", "against", "abstentions", "not_voting")
# Which count Latvia's own vote is part of.
COUNT_OF_VOTE = dict(zip(VOTES, COUNTS))
COUNCIL_SIZE = council.COUNCIL_SIZE
VOTES_TO_ADOPT = 9  # UN Charter, Art. 27(3): nine affirmative votes
RESOLUTION_YEAR = re.compile(r"\((\d{4})\)$")


@dataclass(frozen=True)
class Vote:
    date: dt.date
    draft: str | None  # None: the sources do not give the draft's symbol
    resolution: str | None
    submitted_by: dict | None  # lang -> who put the draft forward
    subject: dict  # lang -> text
    agenda_item: dict | None
    vote: str  # Latvia's
    outcome: str
    reason: str | None  # for a draft not adopted: given, or derived from the counts
    in_favour: int
    against: int
    abstentions: int
    not_voting: int
    explanation: str | None  # a statement's stem
    meeting: str | None  # a meeting's id (data/meetings.yml)
    line: int
    id: str  # the draft's symbol, else the resolution's, else 'YYYY-MM-DD-N' (vote_id)

    @property
    def symbol(self) -> str | None:
        """The resolution once adopted, else the draft; None when the sources give neither."""
        return self.resolution or self.draft

    @property
    def anchor(self) -> str:
        """The id of the vote's row on the register page: 'S/2026/123' -> 'S-2026-123',
        'S/RES/2817 (2026)' -> 'S-RES-2817-2026', '2026-03-11-1' as it is."""
        return re.sub(r"[^A-Za-z0-9]+", "-", self.id).strip("-")


@dataclass
class VotesBuild:
    """What one language build made of the register (build_context.current().state["votes"])."""

    lang: str
    votes: list[Vote]  # newest first
    page: object  # the File of balsojumi/index.md, or None (an empty register)
    filter_files: dict  # (field, value) -> File
    files: object  # this build's Files (on_post_build is not given them)


def vote_ids(entries: list) -> list[str]:
    """Each entry's id, in the file's order: its draft's symbol, else its resolution's, else its
    day and its place among that day's entries without either ('2026-03-11-1', '2026-03-11-2')."""
    ids, unnamed = [], {}
    for entry in entries:
        symbol = entry.get("draft") or entry.get("resolution")
        if symbol:
            ids.append(symbol)
        else:
            unnamed[entry["date"]] = unnamed.get(entry["date"], 0) + 1
            ids.append(f"{entry['date']}-{unnamed[entry['date']]}")
    return ids


def as_vote(entry: dict, line: int, vote_id: str) -> Vote:
    counts = {name: int(entry[name]) for name in COUNTS}
    reason = None
    if entry["outcome"] != "adopted":
        reason = entry.get("reason") or (
            "insufficient-votes" if counts["in_favour"] < VOTES_TO_ADOPT else "veto"
        )
    texts = lambda value: {lang: value[lang].strip() for lang in LANGUAGES} if value else None  # noqa: E731
    return Vote(
        date=dt.date.fromisoformat(entry["date"]),
        draft=entry.get("draft"),
        resolution=entry.get("resolution"),
        submitted_by=texts(entry.get("submitted_by")),
        subject=texts(entry["subject"]),
        agenda_item=texts(entry.get("agenda_item")),
        vote=entry["vote"],
        outcome=entry["outcome"],
        reason=reason,
        explanation=entry.get("explanation"),
        meeting=entry.get("meeting"),
        line=line,
        id=vote_id,
        **counts,
    )


def by_explanation(votes: list[Vote]) -> dict[str, list[Vote]]:
    """statement stem -> the votes it explains."""
    found: dict[str, list[Vote]] = {}
    for vote in votes:
        if vote.explanation:
            found.setdefault(vote.explanation, []).append(vote)
    return found


def key_of(value: str) -> str:
    """A value as part of a data/ui.yml key: 'in-favour' -> 'in_favour'."""
    return value.replace("-", "_")
