"""A scratch copy with synthetic meetings at every date edge of the presidency month, built on its
last day and on the day after: shared by tests/test_meeting_edges.py and tests/test_open_data_bytes.py
(`edges` is session-scoped: one copy and two builds per test process).

The copy has the live meetings, tests/votes_scratch.py's votes and statements (so that every CSV the
build writes has rows), and meetings on (S, E: the presidency's first and last day, from
data/membership.yml — the presidency is a calendar month):
- S-1 (the month before's last day) and S (the month's first day), all day;
- E-1 at 10:00; two on E, one at 15:00 whose id sorts first and one at 10:00 (the list orders a day
  by time), with a Latvian agenda holding `;`, `"`, `,` and a newline (the CSV must quote it);
- E+1 (the next month's first day), all day; E+2 at 10:00 in Europe/Zurich (`time_zone`);
  E+3 at 11:00, edited twice (SEQUENCE 2).
All synthetic, in the copy only; expectations are worked out from the copy's data/*.yml.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site
from votes_scratch import record_votes

sys.path.insert(0, str(ROOT / "scripts"))
from new_meeting import entry_text, with_revision  # noqa: E402
from scratch import copy_repo, synthetic_meeting  # noqa: E402

SITE_URL = "http://127.0.0.1:8000/"
ONE_DAY = dt.timedelta(days=1)
TRICKY_AGENDA = {
    "lv": 'Punkts „A”; punkts "B", kā arī C\notrā rindā: ā č ē ģ ī ķ ļ ņ š ū ž',
    "en": 'Item "A"; item B, and C\non a second line',
}


def presidency(root: Path) -> tuple[dt.date, dt.date]:
    membership = yaml.safe_load((root / "data" / "membership.yml").read_text(encoding="utf-8"))
    return tuple(dt.date.fromisoformat(membership["presidency"][key]) for key in ("start", "end"))


def edge_meetings(root: Path) -> dict[str, tuple[dict, int, str | None]]:
    """name -> (the meeting's fields, its revision's sequence, its time zone or None)."""
    start, end = presidency(root)
    return {
        "month before, last day": (synthetic_meeting(start - ONE_DAY, 3000), 0, None),
        "month's first day": (synthetic_meeting(start, 3003), 0, None),
        "last day but one": (synthetic_meeting(end - ONE_DAY, 3004, "10:00"), 0, None),
        "last day, afternoon": ({**synthetic_meeting(end, 3001, "15:00"), "agenda": TRICKY_AGENDA}, 0, None),
        "last day, morning": (synthetic_meeting(end, 3002, "10:00"), 0, None),
        "next month, first day": (synthetic_meeting(end + ONE_DAY, 3005), 0, None),
        "outside New York": (synthetic_meeting(end + 2 * ONE_DAY, 3006, "10:00"), 0, "Europe/Zurich"),
        "edited": (synthetic_meeting(end + 3 * ONE_DAY, 3007, "11:00"), 2, None),
    }


def add_edge_meetings(root: Path) -> None:
    path = root / "data" / "meetings.yml"
    parts = [path.read_text(encoding="utf-8").rstrip()]
    for fields, sequence, zone in edge_meetings(root).values():
        text = entry_text(fields)
        if zone:
            text = text.replace("  title:", f"  time_zone: {zone}\n  title:", 1)
        parts.append(with_revision(text, sequence))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def edges(tmp_path_factory):
    """.root (the copy), .meetings (its data/meetings.yml), .named (name -> id of edge_meetings),
    .start/.end (the presidency), .dates (the two build days), .site(day) -> that day's build."""
    base = tmp_path_factory.mktemp("meeting-edges")
    project = copy_repo(base / "repo")
    record_votes(project)
    add_edge_meetings(project)
    start, end = presidency(project)
    built = {}

    def site(day: dt.date) -> Path:
        if day not in built:
            result = build_site(project, base / f"site-{day}", SITE_URL, env={"SITE_DATE": day.isoformat()})
            assert result.returncode == 0, f"SITE_DATE={day}:\n{result.stdout}\n{result.stderr}"
            built[day] = base / f"site-{day}"
        return built[day]

    class Edges:
        root = project
        meetings = yaml.safe_load((project / "data" / "meetings.yml").read_text(encoding="utf-8"))
        named = {name: fields["id"] for name, (fields, _, _) in edge_meetings(project).items()}

    Edges.start, Edges.end, Edges.dates, Edges.site = start, end, (end, end + ONE_DAY), staticmethod(site)
    return Edges
