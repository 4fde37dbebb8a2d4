"""A meeting of data/meetings.yml as the build uses it (`Meeting`), made from a checked entry
(`parse`), the meetings' names of files and markers, and what one language build made of them
(`MeetingsBuild`, kept in the build context under "meetings")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from latvijaano import site_context
from latvijaano.news.pages import PER_PAGE

MEETINGS_FILE = "data/meetings.yml"
SCHEMA_NAME = "meetings"
FOLDER = "sanaksmes"
LIST_MARKER = "meetings"
MEETING_MARKER = "meeting"
PRESIDENCY_MARKER = "presidency-programme"
DATA_FOLDER = "dati"  # open data, beside the votes' and statements' files
CALENDAR_FILE = f"{DATA_FOLDER}/sanaksmes.ics"
CALENDAR_ALIAS = f"{FOLDER}/kalendars.ics"
OPEN_DATA_NAME = (
    "sanaksmes"  # dati/sanaksmes.json|csv|schema.json, written by latvijaano/outputs/open_data.py
)
JSON_FILE = f"{DATA_FOLDER}/{OPEN_DATA_NAME}.json"
CSV_FILE = f"{DATA_FOLDER}/{OPEN_DATA_NAME}.csv"
NEW_YORK = "America/New_York"
PER_PAGE = PER_PAGE
# An entry's `status`: a meeting that will not take place keeps its entry, page and calendar UID,
# marked cancelled (the calendars say STATUS:CANCELLED); without `status` it takes place.
SCHEDULED, CANCELLED = "scheduled", "cancelled"
FORMATS = ("open-debate", "debate", "briefing", "consultations", "arria-formula", "adoption", "other")
ROLES = ("presides", "convenes", "supports-request", "speaks", "joint-statement")


@dataclass
class Meeting:
    id: str
    date: dt.date
    time: dt.time | None
    time_zone: str
    title: dict  # lang -> text
    format: str
    agenda: dict | None
    roles: list
    number: str | None
    record: str | None
    webtv: str | None
    sequence: int
    updated: dt.datetime  # UTC
    status: str = SCHEDULED
    moved_from: dt.date | None = None  # the day first announced (the id's date), once moved
    statements: dict = field(default_factory=dict)  # lang -> [NewsItem], filled per build

    @property
    def start(self) -> dt.datetime | None:
        """The start in the meeting's own time zone, or None for a meeting without a time."""
        if self.time is None:
            return None
        return dt.datetime.combine(self.date, self.time, tzinfo=ZoneInfo(self.time_zone))

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    def state(self, today: dt.date) -> str:
        """'coming', 'today' or 'past' (its own day counts as coming)."""
        return "today" if self.date == today else "coming" if self.date > today else "past"

    def path(self, lang: str) -> str:
        """The page's URL relative to the site root: 'sanaksmes/<id>/', 'en/sanaksmes/<id>/'."""
        return f"{site_context.language_root(lang)}{FOLDER}/{self.id}/"

    def calendar_path(self, lang: str) -> str:
        return f"{site_context.language_root(lang)}{FOLDER}/{self.id}.ics"


@dataclass
class MeetingsBuild:
    """What one language build made of the meetings (build_context.current().state["meetings"])."""

    lang: str
    meetings: list[Meeting]  # in date order, each with this build's statements
    today: dt.date
    list_urls: dict  # list page number -> url
    pages: dict  # id -> the File of the meeting's page


def parse(entry: dict) -> Meeting:
    revision = entry["revision"]
    return Meeting(
        id=entry["id"],
        date=dt.date.fromisoformat(entry["date"]),
        time=dt.time.fromisoformat(entry["time"]) if entry.get("time") else None,
        time_zone=entry.get("time_zone") or NEW_YORK,
        title={lang: entry["title"][lang].strip() for lang in site_context.LANGUAGES},
        format=entry["format"],
        agenda={lang: entry["agenda"][lang].strip() for lang in site_context.LANGUAGES}
        if entry.get("agenda")
        else None,
        roles=list(entry["roles"]),
        number=entry.get("number"),
        record=entry.get("record"),
        webtv=entry.get("webtv"),
        status=entry.get("status") or SCHEDULED,
        moved_from=dt.date.fromisoformat(entry["moved_from"]) if entry.get("moved_from") else None,
        sequence=int(revision["sequence"]),
        updated=dt.datetime.strptime(revision["updated"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.timezone.utc
        ),
    )
