"""Meetings: the Security Council meetings of Latvia's record, kept once in data/meetings.yml
(checked against data/schemas/meetings.schema.json and by the rules below), and every page,
calendar and open-data file made from it.

Per language build this hook
- generates a page per meeting, sanaksmes/<id>/ (date and time in New York and in Riga, format,
  agenda item, Latvia's role, number, record, UN Web TV, its statements, "add to calendar");
- renders the meetings list at `<!-- data: meetings -->` (sanaksmes/index.md): coming first
  (soonest first), then past (latest first), 20 to a page, further pages sanaksmes/lapa/2/ ...,
  with "subscribe" links (webcal: and https:) to the language's calendar;
- renders the presidency's meetings at `<!-- data: presidency-programme -->` (padome/
  prezidentura.md): every meeting of the presidency month, in date order, "provisional" until
  the month is over;
- writes the calendar dati/sanaksmes.ics (and its alias sanaksmes/kalendars.ics), an .ics per
  meeting sanaksmes/<id>.ics (latvijaano/outputs/calendar.py), and the open data dati/sanaksmes.json,
  dati/sanaksmes.csv and dati/sanaksmes.schema.json (en/dati/... in English; latvijaano/outputs/open_data.py writes them).

A meeting is "coming" from the build's today (SITE_DATE, Riga) up to and including its own day
(its date in New York): on its day it is still listed as coming, marked "today"; from the day
after, it is past.

Statements name their meeting in front matter (`meeting: <id>`, checked by latvijaano/content_rules.py);
the meeting page lists them, the statement's facts link to the meeting (latvijaano/statements.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from latvijaano import (
    data_pages,
    kinds,
    news,
    page_updated,
    site_context,
    site_data,
    un_symbols,
)
from latvijaano.outputs import calendar as calendar_feed
from latvijaano.outputs import open_data
from latvijaano.problems import Problem, ProblemsError, fail

MEETINGS_FILE = "data/meetings.yml"
SCHEMA_NAME = "meetings"
FOLDER = "sanaksmes"
LIST_MARKER = "meetings"
MEETING_MARKER = "meeting"
PRESIDENCY_MARKER = "presidency-programme"
DATA_FOLDER = "dati"  # open data, beside the votes' and statements' files
CALENDAR_FILE = f"{DATA_FOLDER}/sanaksmes.ics"
CALENDAR_ALIAS = f"{FOLDER}/kalendars.ics"
OPEN_DATA_NAME = "sanaksmes"  # dati/sanaksmes.json|csv|schema.json, written by latvijaano/open_data.py
JSON_FILE = f"{DATA_FOLDER}/{OPEN_DATA_NAME}.json"
CSV_FILE = f"{DATA_FOLDER}/{OPEN_DATA_NAME}.csv"
NEW_YORK = "America/New_York"
PER_PAGE = news.PER_PAGE
FORMATS = ("open-debate", "debate", "briefing", "consultations", "arria-formula", "adoption", "other")
ROLES = ("presides", "convenes", "supports-request", "speaks", "joint-statement")


# --- The data ---------------------------------------------------------------------------------


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
    statements: dict = field(default_factory=dict)  # lang -> [news.NewsItem], filled per build

    @property
    def start(self) -> dt.datetime | None:
        """The start in the meeting's own time zone, or None for a meeting without a time."""
        if self.time is None:
            return None
        return dt.datetime.combine(self.date, self.time, tzinfo=ZoneInfo(self.time_zone))

    def state(self, today: dt.date) -> str:
        """'coming', 'today' or 'past' (its own day counts as coming)."""
        return "today" if self.date == today else "coming" if self.date > today else "past"

    def path(self, lang: str) -> str:
        """The page's URL relative to the site root: 'sanaksmes/<id>/', 'en/sanaksmes/<id>/'."""
        return f"{site_context.language_root(lang)}{FOLDER}/{self.id}/"

    def calendar_path(self, lang: str) -> str:
        return f"{site_context.language_root(lang)}{FOLDER}/{self.id}.ics"


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


def entry_problems(entries: list, node, source: str) -> list[Problem]:
    """What the schema cannot say: the id's date, each id and number once, the record and the
    number agree, a real time zone, and a revision that matches the content."""
    problems = []
    seen_ids, seen_numbers = {}, {}

    def problem(index, key, lv, en):
        where_lv, where_en, _ = data_pages.entry_label(entries, [index])
        problems.append(
            data_pages.located(
                source,
                data_pages.line_of(node, [index, key]),
                (f"{where_lv}, lauks '{key}'", f"{where_en}, field '{key}'"),
                lv,
                en,
            )
        )

    for index, entry in enumerate(entries):
        if not entry["id"].startswith(entry["date"] + "-"):
            problem(
                index,
                "id",
                f"identifikatoram jāsākas ar sanāksmes datumu ({entry['date']}-…)",
                f"the id must start with the meeting's date ({entry['date']}-…)",
            )
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
        sequence=int(revision["sequence"]),
        updated=dt.datetime.strptime(revision["updated"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.timezone.utc
        ),
    )


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
    entries, node = data_pages.load_yaml(path.read_text(encoding="utf-8"), MEETINGS_FILE)
    entries = [] if entries is None else entries
    problems = data_pages.schema_problems(
        entries, node, data_pages.load_schema(SCHEMA_NAME, root), MEETINGS_FILE
    )
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


# --- Words ------------------------------------------------------------------------------------


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
        riga_text = f"{site_data.local_date(riga.date(), lang)}, {riga_text}"
    return {
        "local": f"{start:%H:%M} {place}"
        if meeting.time_zone != NEW_YORK
        else place.format(time=f"{start:%H:%M}"),
        "riga": ui["meeting_time_riga"].format(time=riga_text),
        "iso": start.isoformat(),
    }


def meeting_view(meeting: Meeting, page, lang: str, ui: dict, today: dt.date) -> dict:
    """What the list, home and presidency templates show of a meeting; links relative to `page`."""
    return {
        "id": meeting.id,
        "title": meeting.title[lang],
        "path": meeting.path(lang),  # from the site root, for templates' `url` filter
        "href": get_relative_url(meeting.path(lang), page.url) if page is not None else None,
        "date": meeting.date.isoformat(),
        "date_text": site_data.local_date(meeting.date, lang),
        "time": time_texts(meeting, lang, ui),
        "format": label(ui, "format", meeting.format),
        "roles": [label(ui, "role", role) for role in meeting.roles],
        "state": meeting.state(today),
    }


# --- Pages made here --------------------------------------------------------------------------


def meeting_dest(lang: str, meeting: Meeting) -> str:
    return f"{meeting.path(lang)}index.html"


def meeting_page(config, lang: str, meeting: Meeting, ui_strings: dict):
    meta = {
        "title": meeting.title[lang],
        "description": ui_strings["meeting_description"][lang].format(
            date=site_data.local_date(meeting.date, lang), title=meeting.title[lang]
        ),
        "meeting_id": meeting.id,
    }
    # The agenda in Markdown, so that latvijaano/un_symbols.py links its document symbols.
    # The title is text from data/meetings.yml: escaped, so that Markdown cannot read it as HTML.
    body = f"# {html.escape(meeting.title[lang], quote=False)}\n\n<!-- data: {MEETING_MARKER} -->\n"
    alternates = {other: meeting_dest(other, meeting) for other in site_context.LANGUAGES}
    return news.generated_page(
        config, lang, f"{FOLDER}/{meeting.id}.md", meeting_dest(lang, meeting), meta, body, alternates
    )


def list_page_dest(lang: str, number: int) -> str:
    root = site_context.language_root(lang)
    return f"{root}{FOLDER}/index.html" if number == 1 else f"{root}{FOLDER}/lapa/{number}/index.html"


def list_pages(config, files, lang: str, count: int, ui_strings: dict) -> dict[int, str]:
    """The further pages of the meetings list (the first is sanaksmes/index.md); number -> url.
    Every language has the same meetings, so every list page has its counterpart."""
    index_file = files.get_file_from_path(f"{lang}/{FOLDER}/index.md")
    if index_file is None:
        return {}
    urls = {1: index_file.url}
    title = index_file.page.title if getattr(index_file, "page", None) and index_file.page.title else None
    for number in range(2, news.page_count(count) + 1):
        page_title = (
            f"{title or ui_strings['meetings_title'][lang]} – "
            f"{ui_strings['news_page'][lang].format(number=number)}"
        )
        meta = {
            "title": page_title,
            "description": ui_strings["meetings_list_description"][lang],
            "list_page": number,
            "search": {"exclude": True},
        }
        alternates = {other: list_page_dest(other, number) for other in site_context.LANGUAGES}
        file = news.generated_page(
            config,
            lang,
            f"{FOLDER}/lapa/{number}.md",
            list_page_dest(lang, number),
            meta,
            f"# {html.escape(page_title, quote=False)}\n\n<!-- data: {LIST_MARKER} -->\n",
            alternates,
        )
        news.add_generated(files, config, file)
        urls[number] = file.url
    return urls


def listed_order(meetings: list[Meeting], today: dt.date) -> list[Meeting]:
    """Coming (and today's) meetings first, soonest first; then past ones, latest first."""
    coming = [m for m in meetings if m.date >= today]
    past = [m for m in meetings if m.date < today]
    return coming + past[::-1]


# --- Links to the files written here ----------------------------------------------------------


def absolute(config, path: str) -> str:
    return (config.site_url or "") + path


def subscribe_links(config, lang: str) -> dict:
    """https: and webcal: addresses of the language's calendar."""
    https = absolute(config, site_context.language_root(lang) + CALENDAR_FILE)
    scheme, _, rest = https.partition("://")
    return {"https": https, "webcal": f"webcal://{rest}" if rest else https}


def site_host(config) -> str:
    from urllib.parse import urlsplit

    return urlsplit(config.site_url or "").hostname or "latvijaano"


# --- mkdocs events ----------------------------------------------------------------------------


@dataclass
class State:
    lang: str
    meetings: list[Meeting]
    today: dt.date
    list_urls: dict
    pages: dict  # id -> File


_state: State | None = None
_ui_strings: dict = {}


def on_config(config):
    load_meetings(site_context.project_root(config))  # bad data stops the build before any page
    return config


@event_priority(-200)  # after mkdocs-static-i18n and latvijaano/publication.py have picked the files
def on_files(files, config):
    global _state
    root = site_context.project_root(config)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    meetings = [Meeting(**{**m.__dict__, "statements": {}}) for m in load_meetings(root)]
    by_id = {m.id: m for m in meetings}
    items = news.collect_items(files, lang, root, Path(config.docs_dir).resolve(), kinds.STATEMENTS)
    for item in reversed(items):  # oldest first on the meeting's page
        meeting = by_id.get(item.meta.get("meeting"))
        if meeting is not None:
            meeting.statements.setdefault(lang, []).append(item)
    pages = {}
    for meeting in meetings:
        pages[meeting.id] = meeting_page(config, lang, meeting, _ui_strings)
        news.add_generated(files, config, pages[meeting.id])
    list_urls = list_pages(config, files, lang, len(meetings), _ui_strings)
    _state = State(lang, meetings, site_context.site_date(), list_urls, pages)
    return files


def render_list(page, number: int, env, ui: dict, config) -> str:
    ordered = listed_order(_state.meetings, _state.today)
    first = (number - 1) * PER_PAGE
    shown = [meeting_view(m, page, _state.lang, ui, _state.today) for m in ordered[first : first + PER_PAGE]]
    hrefs = {n: get_relative_url(url, page.url) for n, url in _state.list_urls.items()}
    return env.get_template("meetings-list.html").render(
        ui=ui,
        coming=[m for m in shown if m["state"] != "past"],
        past=[m for m in shown if m["state"] == "past"],
        pagination=news.pagination(number, len(_state.list_urls), hrefs) if hrefs else None,
        subscribe=subscribe_links(config, _state.lang),
        open_data={
            "json": get_relative_url(site_context.language_root(_state.lang) + JSON_FILE, page.url),
            "csv": get_relative_url(site_context.language_root(_state.lang) + CSV_FILE, page.url),
        },
    )


def linked_symbols(text: str, lang: str) -> str:
    """Text as HTML with each UN document symbol linked (as latvijaano/un_symbols.py links them)."""
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


def render_meeting(page, env, ui: dict, config) -> str:
    lang = _state.lang
    meeting = next(m for m in _state.meetings if m.id == page.meta["meeting_id"])
    view = meeting_view(meeting, page, lang, ui, _state.today)
    record = None
    if meeting.record:
        record = {
            "symbol": meeting.record,
            "href": un_symbols.address(meeting.record),
            "title": un_symbols.TITLES["sc_meeting_record"][lang],
        }
    statements = [
        {"title": item.title, "href": item.file.url_relative_to(page.file)}
        for item in meeting.statements.get(lang, [])
    ]
    return env.get_template("meeting.html").render(
        ui=ui,
        meeting=view,
        agenda=linked_symbols(meeting.agenda[lang], lang) if meeting.agenda else None,
        number=meeting.number,
        record=record,
        webtv=meeting.webtv,
        statements=statements,
        calendar=get_relative_url(meeting.calendar_path(lang), page.url),
        list_href=get_relative_url(
            _state.list_urls.get(1, f"{site_context.language_root(lang)}{FOLDER}/"), page.url
        ),
    )


def meeting_way_on(page, env, ui: dict) -> str:
    """The end of a meeting's page: the meetings before and after it, by date, and the list; and
    the page dated by its entry's revision or its newest statement, whichever is later."""
    lang = _state.lang
    index = next(number for number, m in enumerate(_state.meetings) if m.id == page.meta["meeting_id"])
    meeting = _state.meetings[index]
    page_updated.mark(
        page.meta,
        page_updated.newest(
            [meeting.updated.date()] + [item.date for item in meeting.statements.get(lang, [])]
        ),
    )

    def neighbour(other):  # _state.meetings is in date order, oldest first
        return news.Neighbour(other.title[lang], other.path(lang), other.date)

    return news.item_nav(
        page,
        env,
        lang,
        earlier=neighbour(_state.meetings[index - 1]) if index > 0 else None,
        later=neighbour(_state.meetings[index + 1]) if index + 1 < len(_state.meetings) else None,
        list_url=None,  # meeting.html links the list already, right above
        texts={
            "label": ui["item_nav_meetings"],
            "earlier": ui["item_nav_meeting_earlier"],
            "later": ui["item_nav_meeting_later"],
            "all": ui["meetings_all"],
        },
    )


def render_presidency(page, env, ui: dict, config) -> str:
    # data/membership.yml, which latvijaano/data_pages.py has checked already.
    root = site_context.project_root(config)
    entries, _ = data_pages.load_yaml(
        (root / "data" / "membership.yml").read_text(encoding="utf-8"), "data/membership.yml"
    )
    membership = data_pages.membership_context(entries, _state.today, _state.lang, ui)
    presidency = membership["presidency"]
    meetings = [
        meeting_view(m, page, _state.lang, ui, _state.today)
        for m in _state.meetings
        if presidency["start"] <= m.date <= presidency["end"]
    ]
    return env.get_template("presidency-programme.html").render(
        ui=ui, meetings=meetings, provisional=_state.today <= presidency["end"], month=presidency["month"]
    )


def on_page_markdown(markdown, page, config, files):
    if _state is None or "<!--" not in markdown:
        return markdown
    names = (LIST_MARKER, MEETING_MARKER, PRESIDENCY_MARKER)
    if not any(f"data: {name}" in markdown for name in names):
        return markdown
    env = data_pages.template_environment(config)
    ui = {key: texts[_state.lang] for key, texts in _ui_strings.items()}

    def render(name):
        if name == LIST_MARKER:
            # The list changes when an entry does: dated by the latest revision of any.
            page_updated.mark(page.meta, page_updated.newest(m.updated.date() for m in _state.meetings))
            return render_list(page, int(page.meta.get("list_page", 1)), env, ui, config)
        if name == MEETING_MARKER and "meeting_id" in page.meta:
            return render_meeting(page, env, ui, config) + "\n" + meeting_way_on(page, env, ui)
        if name == PRESIDENCY_MARKER:
            return render_presidency(page, env, ui, config)
        return None

    return data_pages.replace_markers(markdown, render)


# --- Files written after the pages: calendars and open data -----------------------------------


def statement_ids(meeting: Meeting) -> list[str]:
    """The statements' stems (the same in every language): YYYY-MM-DD-slug."""
    ids = {
        posixpath.splitext(posixpath.basename(news.path_in_language(item.file)))[0]
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
        "sequence": meeting.sequence,
        "updated": meeting.updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def event_of(meeting: Meeting, config, lang: str, ui: dict) -> calendar_feed.Event:
    lines = [label(ui, "format", meeting.format)]
    if meeting.agenda:
        lines.append(f"{ui['meeting_agenda']}: {meeting.agenda[lang]}")
    lines.append(f"{ui['meeting_roles']}: {', '.join(label(ui, 'role', role) for role in meeting.roles)}")
    if meeting.record:
        lines.append(f"{ui['statement_record']}: {meeting.record} {un_symbols.address(meeting.record)}")
    url = absolute(config, meeting.path(lang))
    lines.append(url)
    return calendar_feed.Event(
        uid=f"{meeting.id}@{site_host(config)}",
        summary=meeting.title[lang],
        description="\n".join(lines),
        day=meeting.date,
        start=meeting.start,
        url=url,
        sequence=meeting.sequence,
        updated=meeting.updated,
        categories=[label(ui, "format", meeting.format)],
    )


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is None:
        return
    lang = _state.lang
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    site_dir = Path(config.site_dir)
    lang_root = site_context.language_root(lang)
    name = ui["meetings_calendar_name"]
    events = [event_of(m, config, lang, ui) for m in _state.meetings]
    calendar = calendar_feed.calendar(
        events, name=name, lang=lang, url=absolute(config, _state.list_urls.get(1, lang_root + FOLDER + "/"))
    )
    writes = {f"{lang_root}{CALENDAR_FILE}": calendar, f"{lang_root}{CALENDAR_ALIAS}": calendar}
    for meeting, event in zip(_state.meetings, events):
        writes[meeting.calendar_path(lang)] = calendar_feed.calendar(
            [event], name=meeting.title[lang], lang=lang, url=event.url
        )
    for path, content in writes.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    open_data.write(
        site_dir,
        lang_root,
        site_context.project_root(config),
        OPEN_DATA_NAME,
        [open_data_record(m, config, lang, ui) for m in _state.meetings],
    )
