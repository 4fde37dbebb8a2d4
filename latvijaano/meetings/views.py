"""What the pages, the home page, the calendars and the open data show of a meeting, in one
language: its labels, its time in New York and in Riga, the list's order, its agenda with UN
symbols linked, the calendar's subscribe links, and its open data record."""

from __future__ import annotations

import datetime as dt
import posixpath

from mkdocs.utils import get_relative_url

from latvijaano import site_context
from latvijaano.data.dates import local_date
from latvijaano.meetings.model import CALENDAR_FILE, NEW_YORK, Meeting
from latvijaano.news.items import path_in_language
from latvijaano.rules import un_symbols


def label(ui: dict, kind: str, value: str) -> str:
    """The data/ui.yml label of a value: meeting_format_open_debate, meeting_role_speaks, ..."""
    return ui[f"meeting_{kind}_{value.replace('-', '_')}"]


def time_texts(meeting: Meeting, lang: str, ui: dict) -> dict | None:
    """{'local': '10:00 Ņujorkā', 'riga': '17:00 Rīgā', 'iso': ...} or None without a time."""
    start = meeting.start
    if start is None:
        return None
    riga = start.astimezone(site_context.TIME_ZONE)
    place = ui["meeting_time_new_york"] if meeting.time_zone == NEW_YORK else meeting.time_zone
    riga_text = riga.strftime("%H:%M")
    if riga.date() != meeting.date:
        riga_text = f"{local_date(riga.date(), lang)}, {riga_text}"
    return {
        "local": f"{start:%H:%M} {place}"
        if meeting.time_zone != NEW_YORK
        else place.format(time=f"{start:%H:%M}"),
        "riga": ui["meeting_time_riga"].format(time=riga_text),
        "iso": start.isoformat(),
    }


# "Pārcelta no 2026. gada 12. novembra": after "no" a Latvian month is in the genitive.
LATVIAN_MONTHS_FROM = (
    "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija",
    "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra",
)  # fmt: skip


def moved_from_text(meeting: Meeting, lang: str, ui: dict) -> str | None:
    """'Pārcelta no 2026. gada 12. novembra' / 'Moved from 12 November 2026', or None if not moved."""
    day = meeting.moved_from
    if day is None:
        return None
    text = f"{day.year}. gada {day.day}. {LATVIAN_MONTHS_FROM[day.month - 1]}" if lang == "lv" else None
    return ui["meeting_moved_from"].format(date=text or local_date(day, lang))


def meeting_view(meeting: Meeting, page, lang: str, ui: dict, today: dt.date) -> dict:
    """What the list, home and presidency templates show of a meeting; links relative to `page`."""
    return {
        "id": meeting.id,
        "title": meeting.title[lang],
        "path": meeting.path(lang),  # from the site root, for templates' `url` filter
        "href": get_relative_url(meeting.path(lang), page.url) if page is not None else None,
        "date": meeting.date.isoformat(),
        "date_text": local_date(meeting.date, lang),
        "time": time_texts(meeting, lang, ui),
        "format": label(ui, "format", meeting.format),
        "roles": [label(ui, "role", role) for role in meeting.roles],
        "state": meeting.state(today),
        "cancelled": meeting.cancelled,
        "moved_from": meeting.moved_from.isoformat() if meeting.moved_from else None,
        "moved_from_text": moved_from_text(meeting, lang, ui),
    }


def listed_order(meetings: list[Meeting], today: dt.date) -> list[Meeting]:
    """Coming (and today's) meetings first, soonest first; then past ones, latest first."""
    coming = [m for m in meetings if m.date >= today]
    past = [m for m in meetings if m.date < today]
    return coming + past[::-1]


def linked_symbols(text: str, lang: str) -> str:
    """Text as HTML with each UN document symbol linked (as latvijaano/rules/un_symbols.py links them)."""
    from markupsafe import Markup, escape

    html, position = [], 0
    for start, end, symbol, kind in un_symbols.find_symbols(text):
        html.append(escape(text[position:start]))
        html.append(
            Markup('<a href="{}" title="{}" hreflang="en">{}</a>').format(
                un_symbols.address(symbol), un_symbols.TITLES[kind][lang], symbol
            )
        )
        position = end
    html.append(escape(text[position:]))
    return Markup("").join(html)


def absolute(config, path: str) -> str:
    return (config.site_url or "") + path


def subscribe_links(config, lang: str) -> dict:
    """https: and webcal: addresses of the language's calendar."""
    https = absolute(config, site_context.language_root(lang) + CALENDAR_FILE)
    scheme, _, rest = https.partition("://")
    return {"https": https, "webcal": f"webcal://{rest}" if rest else https}


def statement_ids(meeting: Meeting) -> list[str]:
    """The statements' stems (the same in every language): YYYY-MM-DD-slug."""
    ids = {
        posixpath.splitext(posixpath.basename(path_in_language(item.file)))[0]
        for items in meeting.statements.values()
        for item in items
    }
    return sorted(ids)


def open_data_record(meeting: Meeting, config, lang: str, ui: dict) -> dict:
    start = meeting.start
    return {
        "id": meeting.id,
        "date": meeting.date.isoformat(),
        "time": meeting.time.strftime("%H:%M") if meeting.time else None,
        "time_zone": meeting.time_zone,
        "start": start.isoformat() if start else None,
        "title": meeting.title[lang],
        "format": meeting.format,
        "format_label": label(ui, "format", meeting.format),
        "agenda": meeting.agenda[lang] if meeting.agenda else None,
        "roles": meeting.roles,
        "number": int(meeting.number) if meeting.number else None,
        "record": meeting.record,
        "record_url": un_symbols.address(meeting.record) if meeting.record else None,
        "webtv_url": meeting.webtv,
        "url": absolute(config, meeting.path(lang)),
        "calendar_url": absolute(config, meeting.calendar_path(lang)),
        "statement_ids": statement_ids(meeting),
        "status": meeting.status,
        "moved_from": meeting.moved_from.isoformat() if meeting.moved_from else None,
        "sequence": meeting.sequence,
        "updated": meeting.updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
