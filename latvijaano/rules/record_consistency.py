"""Mistakes in the record that each file alone does not show (issue 38):

- a date far outside the site's span — before 2011 (the campaign's start) or after 2028 (a year after
  the term) — is most likely a typo (2062 for 2026): asked about (advice at its line, in the check,
  the build and beside the line in the pull request), never scheduled or listed silently;
- a statement dated more than a week away from its meeting: asked about too (a statement may
  rightly come later, but weeks apart is most often the wrong meeting or a mistyped date);
- the Latvian and the English page of one statement naming different meetings: always a mistake.

The functions return problems at the line to fix, Latvian first; callers pass what they have read
(a meeting file that cannot be read is reported by its own check, and these rules then wait).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from latvijaano.kinds import STATEMENTS_FOLDER
from latvijaano.problems import Problem
from latvijaano.rules.model import MEETINGS_FILE, data_keys, meeting_ids
from latvijaano.rules.page import Page, as_date
from latvijaano.site_context import LANGUAGES

EARLIEST = dt.date(2011, 1, 1)
LATEST = dt.date(2028, 12, 31)
DAYS_FROM_MEETING = 7  # a statement is published on its meeting's day, or a day or two after


def date_span_problem(path: str, line: int, day: dt.date) -> Problem | None:
    """A date outside EARLIEST–LATEST, with the question to ask."""
    if EARLIEST <= day <= LATEST:
        return None
    return Problem(
        path,
        line,
        f"Datums {day.isoformat()} ir ārpus vietnes laika ({EARLIEST.year}–{LATEST.year}) — vai gads nav "
        "pārrakstījies? Ja ir, izlabojiet to; ja datums tiešām ir pareizs, šo ieteikumu var neņemt vērā.",
        f"The date {day.isoformat()} is outside the site's span ({EARLIEST.year}–{LATEST.year}) — is the year "
        "a typo? If so, correct it; if the date is really right, this advice can be left as it is.",
        advisory=True,
    )


def statement_meeting_problems(
    path: str, meeting_line: int, meeting: str, date: dt.date | None, meeting_dates: dict[str, dt.date]
) -> list[Problem]:
    """One statement page: its date against its meeting's (an unknown meeting is reported elsewhere)."""
    held = meeting_dates.get(meeting)
    if held is None or date is None or abs((date - held).days) <= DAYS_FROM_MEETING:
        return []
    days = abs((date - held).days)
    return [
        Problem(
            path,
            meeting_line,
            f"Paziņojuma datums ({date.isoformat()}) ir {days} dienas attālu no sanāksmes '{meeting}' datuma "
            f"({held.isoformat()}) — vai sanāksme ir īstā un datums pareizs? Ja abi ir pareizi, šo ieteikumu "
            "var neņemt vērā.",
            f"The statement's date ({date.isoformat()}) is {days} days away from the date of meeting "
            f"'{meeting}' ({held.isoformat()}) — are the meeting and the date right? If both are, this advice "
            "can be left as it is.",
            advisory=True,
        )
    ]


def counterpart_meeting_problem(
    path: str, meeting_line: int, meeting: str, other_path: str, other_meeting: str
) -> Problem | None:
    """The English page of a statement names another meeting than the Latvian page."""
    if meeting == other_meeting:
        return None
    return Problem(
        path,
        meeting_line,
        f"Šī lapa nosauc sanāksmi '{meeting}', bet {other_path} — '{other_meeting}': abām valodām jānosauc "
        "viena un tā pati sanāksme — izlabojiet to lapu, kurā kļūda.",
        f"This page names meeting '{meeting}', but {other_path} names '{other_meeting}': both languages "
        "must name the same meeting — correct the page that is wrong.",
    )


def meeting_dates(root: Path) -> dict[str, dt.date]:
    """{id: date} of data/meetings.yml; empty while the file cannot be read (its own check says why)."""
    ids = meeting_ids(root)
    dates = data_keys(root / MEETINGS_FILE, "date")
    if ids is None or dates is None or len(ids) != len(dates):
        return {}
    return {key: day for key, value in zip(ids, dates) if (day := as_date(value)) is not None}


def statement_meeting_rules(pages: dict[tuple[str, str], Page], root: Path) -> list[Problem]:
    """Each statement's date near its meeting's; both languages name the same meeting."""
    dates = meeting_dates(root)
    problems = []
    for (lang, rel), page in pages.items():
        meeting = page.meta.get("meeting")
        if not rel.startswith(f"{STATEMENTS_FOLDER}/") or not isinstance(meeting, str):
            continue
        line = page.line_of_key("meeting")
        problems += statement_meeting_problems(
            page.path, line, meeting, as_date(page.meta.get("date")), dates
        )
        latvian = pages.get((LANGUAGES[0], rel))
        other = latvian.meta.get("meeting") if latvian is not None and lang != LANGUAGES[0] else None
        if isinstance(other, str):
            problem = counterpart_meeting_problem(page.path, line, meeting, latvian.path, other)
            problems += [problem] if problem else []
    return problems
