"""The calendar events made from the meetings, and the calendars written from them: the
language's calendar dati/sanaksmes.ics (and its alias sanaksmes/kalendars.ics) and an .ics per
meeting, sanaksmes/<id>.ics (latvijaano/outputs/calendar.py writes the iCalendar)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from latvijaano import site_context
from latvijaano.meetings.model import CALENDAR_ALIAS, CALENDAR_FILE, FOLDER, Meeting, MeetingsBuild
from latvijaano.meetings.views import absolute, label, moved_from_text
from latvijaano.outputs import calendar
from latvijaano.rules import un_symbols


def site_host(config) -> str:
    return urlsplit(config.site_url or "").hostname or "latvijaano"


def event_of(meeting: Meeting, config, lang: str, ui: dict) -> calendar.Event:
    lines = [label(ui, "format", meeting.format)]
    if meeting.cancelled:
        lines.insert(0, ui["meeting_cancelled"])
    if meeting.moved_from:
        lines.insert(0, moved_from_text(meeting, lang, ui))
    if meeting.agenda:
        lines.append(f"{ui['meeting_agenda']}: {meeting.agenda[lang]}")
    lines.append(f"{ui['meeting_roles']}: {', '.join(label(ui, 'role', role) for role in meeting.roles)}")
    if meeting.record:
        lines.append(f"{ui['statement_record']}: {meeting.record} {un_symbols.address(meeting.record)}")
    url = absolute(config, meeting.path(lang))
    lines.append(url)
    return calendar.Event(
        uid=f"{meeting.id}@{site_host(config)}",
        # Not every client shows STATUS: the title says it too.
        summary=f"{ui['meeting_cancelled']}: {meeting.title[lang]}"
        if meeting.cancelled
        else meeting.title[lang],
        description="\n".join(lines),
        day=meeting.date,
        start=meeting.start,
        url=url,
        sequence=meeting.sequence,
        updated=meeting.updated,
        categories=[label(ui, "format", meeting.format)],
        cancelled=meeting.cancelled,
    )


def write_calendars(site_dir: Path, config, state: MeetingsBuild, ui: dict) -> None:
    """The language's calendar (and its alias) and one per meeting, into the built site."""
    lang = state.lang
    lang_root = site_context.language_root(lang)
    name = ui["meetings_calendar_name"]
    events = [event_of(m, config, lang, ui) for m in state.meetings]
    whole = calendar.calendar(
        events, name=name, lang=lang, url=absolute(config, state.list_urls.get(1, lang_root + FOLDER + "/"))
    )
    writes = {f"{lang_root}{CALENDAR_FILE}": whole, f"{lang_root}{CALENDAR_ALIAS}": whole}
    for meeting, event in zip(state.meetings, events):
        writes[meeting.calendar_path(lang)] = calendar.calendar(
            [event], name=meeting.title[lang], lang=lang, url=event.url
        )
    for path, content in writes.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
