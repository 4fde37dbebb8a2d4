"""The record: what Latvia did on the Council, as the data holds it, counted and listed.

One language build at a time, this hook gathers the record's published entries of every kind —
statements (docs/<lang>/pazinojumi/), news (docs/<lang>/jaunumi/), meetings held
(data/meetings.yml) and votes (data/votes.yml) — and makes three things of them:

- `<!-- data: presidency-record -->` (padome/prezidentura.md): the presidency month's record —
  one sourced sentence on what the presidency lets Latvia do (worded for before, during or after
  the month: data/ui.yml presidency_role_*), "the presidency in figures" when the month has
  anything to count, then the month's meetings, statements and votes; while the data holds
  nothing for a month that has begun, one sentence saying so.
- `<!-- data: term-so-far -->` (padome/index.md) and the home page: the term so far — statements,
  meetings and votes (by outcome) of the term up to the build's day, each a link to its list
  (the votes' page only when it exists: latvijaano/votes.py leaves it out while the register is empty).
- the home page's `record_latest`: the newest entries of any kind, each with its kind named.
  Entries of the last RECENT_DAYS are "Latest"; older ones are never shown as fresh: below the
  recent ones they come under "Earlier", and with no recent entry the list is "From the archive".
  (The site's record is a Council term, whose work comes in monthly cycles: a quarter is long
  enough for the list not to look empty between two entries, short enough that "latest" is true.)

Counted and listed is only what is published: no draft, no scheduled item (latvijaano/publication.py),
not even in a preview; no meeting before its day is over (a meeting counts as held from the day
after, as latvijaano/meetings/ lists it); no vote dated after the build's day.

`newest_date(entries)` is the date a page made of them was last updated (the home page and the
presidency page set "Last updated" from it, when it is newer than the page's own last change).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from latvijaano import (
    data_pages,
    kinds,
    news,
    page_updated,
    publication,
    site_context,
    site_data,
)
from latvijaano.meetings.loading import load_meetings
from latvijaano.meetings.model import FOLDER as MEETINGS_FOLDER
from latvijaano.meetings.views import label, meeting_view
from latvijaano.votes import register as votes_register
from latvijaano.votes.model import OUTCOMES, key_of
from latvijaano.votes.views import outcome_text

PRESIDENCY_MARKER = "presidency-record"
TERM_MARKER = "term-so-far"
RECENT_DAYS = 92  # "Latest" on the home page: about three months (see above)
LATEST_ON_HOME = 5
COMING_ON_HOME = 3
KINDS = ("statement", "vote", "meeting", "news")  # the order of one day's entries
VOTES_PAGE = "balsojumi/index.md"  # latvijaano/votes.py keeps it only when the register has entries


@dataclass(frozen=True)
class Entry:
    """One entry of the record, in the language being built."""

    kind: str  # one of KINDS
    date: dt.date
    title: str
    path: str  # from the site root: 'pazinojumi/2026-01-08-sirija/', 'en/balsojumi/#S-2026-1'
    text: str  # a line under the title: the meeting, the format, the outcome, the summary
    meeting: str | None = None  # a statement's meeting id; a meeting's own id
    outcome: str | None = None  # a vote's
    presides: bool = False  # a meeting Latvia presided over
    format: str | None = None  # a meeting's format label


@dataclass
class Record:
    lang: str
    today: dt.date
    entries: list  # every published Entry, newest first
    coming: list  # meetings from today on, soonest first (meeting_view dicts)
    lists: dict  # kind -> the list page's path from the site root, None when there is no page
    membership: dict  # data_pages.membership_context()
    meetings: list  # every Meeting, in date order


# --- Gathering -----------------------------------------------------------------------------


def plural(count: int, lang: str) -> str:
    """'one' or 'other': which form of a word goes with `count` (Babel's CLDR rules; Latvian
    says '21 paziņojums' but '11 paziņojumi', and its 'zero' form is the plural's)."""
    return "one" if Locale.parse(site_data.BABEL_LOCALES[lang]).plural_form(count) == "one" else "other"


def published(items, withheld: dict) -> list:
    """Items this build lists, less the drafts and scheduled ones a preview keeps."""
    return [item for item in items if news.path_in_language(item.file) not in withheld]


def gather(files, config, ui: dict, today: dt.date) -> Record:
    root = site_context.project_root(config)
    docs_dir = Path(config.docs_dir).resolve()
    lang = site_context.build_language(config)
    withheld = publication.withheld_pages(docs_dir, today)
    all_meetings = load_meetings(root)
    titles = {meeting.id: meeting.title[lang] for meeting in all_meetings}
    entries = []
    for item in published(news.collect_items(files, lang, root, docs_dir, kinds.STATEMENTS), withheld):
        meeting = item.meta.get("meeting")
        entries.append(Entry("statement", item.date, item.title, item.url, titles.get(meeting, ""), meeting))
    for item in published(news.collect_items(files, lang, root, docs_dir), withheld):
        entries.append(Entry("news", item.date, item.title, item.url, item.description))
    for meeting in all_meetings:
        if meeting.date < today:  # held: from the day after (latvijaano/meetings/)
            format_text = label(ui, "format", meeting.format)
            entries.append(
                Entry(
                    "meeting",
                    meeting.date,
                    meeting.title[lang],
                    meeting.path(lang),
                    format_text,
                    meeting.id,
                    presides="presides" in meeting.roles,
                    format=format_text,
                )
            )
    votes_page = files.get_file_from_path(f"{lang}/{VOTES_PAGE}")
    for vote in votes_register.load(root, Path(config.docs_dir)):
        if vote.date <= today and votes_page is not None:
            text = f"{ui['votes_latvia']}: {ui['vote_value_' + key_of(vote.vote)]}; {outcome_text(vote, ui)}"
            entries.append(
                Entry(
                    "vote",
                    vote.date,
                    vote.subject[lang],
                    f"{votes_page.url}#{vote.anchor}",
                    text,
                    vote.meeting,
                    outcome=vote.outcome,
                )
            )
    entries.sort(key=lambda e: (-e.date.toordinal(), KINDS.index(e.kind), e.path))
    coming = [meeting_view(m, None, lang, ui, today) for m in all_meetings if m.date >= today]
    lists = {
        "statement": f"{site_context.language_root(lang)}{kinds.STATEMENTS.folder}/",
        "meeting": f"{site_context.language_root(lang)}{MEETINGS_FOLDER}/",
        "vote": votes_page.url if votes_page is not None else None,
        "news": f"{site_context.language_root(lang)}{kinds.NEWS_FOLDER}/",
    }
    membership_data, _ = data_pages.load_yaml(
        (root / "data" / "membership.yml").read_text(encoding="utf-8"), "data/membership.yml"
    )  # checked by latvijaano/data_pages.py
    membership = data_pages.membership_context(membership_data, today, lang, ui)
    return Record(lang, today, entries, coming[:COMING_ON_HOME], lists, membership, all_meetings)


def newest_date(entries) -> dt.date | None:
    return max((entry.date for entry in entries), default=None)


# --- What the pages show -------------------------------------------------------------------


def entry_view(entry: Entry, lang: str, ui: dict, page_url: str | None = None) -> dict:
    return {
        "kind": entry.kind,
        "kind_text": ui[f"record_kind_{entry.kind}"],
        "date": entry.date.isoformat(),
        "date_text": site_data.local_date(entry.date, lang),
        "title": entry.title,
        "path": entry.path,  # for a template's `url` filter
        "href": get_relative_url(entry.path, page_url) if page_url is not None else None,
        "text": entry.text,
    }


def latest(record: Record, ui: dict, page_url: str) -> dict:
    """The home page's list: {recent: [...], earlier: [...]} of at most LATEST_ON_HOME entries.
    A meeting at which a listed statement was made or a listed vote taken is not listed again:
    the statement names it, the vote is what came of it. (Entries are newest first and, on one
    day, statements and votes before meetings: they are seen first.)"""
    shown, meetings_named = [], set()
    for entry in record.entries:
        if len(shown) == LATEST_ON_HOME:
            break
        if entry.kind == "meeting" and entry.meeting in meetings_named:
            continue
        if entry.kind in ("statement", "vote") and entry.meeting:
            meetings_named.add(entry.meeting)
        shown.append(entry)
    since = record.today - dt.timedelta(days=RECENT_DAYS)
    views = [(entry.date > since, entry_view(entry, record.lang, ui, page_url)) for entry in shown]
    return {
        "recent": [view for fresh, view in views if fresh],
        "earlier": [view for fresh, view in views if not fresh],
        "newest": newest_date(shown),
    }


def term_figures(record: Record, ui: dict, page_url: str) -> dict | None:
    """The term so far: counts of the term's published entries up to today, with their lists'
    links; None before the term, or while there is nothing to count."""
    membership = record.membership
    if membership["state"] == "coming":
        return None
    last = min(record.today, membership["end"])
    within = [e for e in record.entries if membership["start"] <= e.date <= last]
    counts = Counter(e.kind for e in within)
    outcomes = Counter(e.outcome for e in within if e.kind == "vote")
    if not any(counts[kind] for kind in ("statement", "meeting", "vote")):
        return None

    def href(kind):
        path = record.lists.get(kind)
        if path is None:
            return None
        return get_relative_url(path, page_url)

    lang = record.lang
    rows = [
        {
            "label": ui[f"term_{kind}s"],
            "count": counts[kind],
            "href": href(kind),
            "kind": kind,
            "detail": None,
        }
        for kind in ("statement", "meeting", "vote")
    ]
    detail = [
        ui[f"term_votes_{outcome.replace('-', '_')}_{plural(outcomes[outcome], lang)}"].format(
            count=outcomes[outcome]
        )
        for outcome in OUTCOMES
        if outcomes[outcome]
    ]
    rows[2]["detail"] = ", ".join(detail) if detail else None
    values = {"start_year": membership["start"].year, "end_year": membership["end"].year}
    state = membership["state"]
    return {
        "heading": ui[f"term_heading_{state}"],
        "lead": ui[f"term_lead_{state}"].format(**values),
        "rows": rows,
    }


def presidency_record(record: Record, ui: dict, page_url: str) -> dict:
    """The presidency month's record for presidency-record.html."""
    presidency = record.membership["presidency"]
    lang, today = record.lang, record.today
    start, end = presidency["start"], presidency["end"]
    in_month = [e for e in record.entries if start <= e.date <= end]
    # The month's meetings, held and coming, in date order: before its end, a programme.
    month_meetings = [m for m in record.meetings if start <= m.date <= end]
    statements_ = [entry_view(e, lang, ui, page_url) for e in reversed(in_month) if e.kind == "statement"]
    votes_ = [entry_view(e, lang, ui, page_url) for e in reversed(in_month) if e.kind == "vote"]
    held = [e for e in in_month if e.kind == "meeting"]
    presided = Counter(e.format for e in held if e.presides)
    adopted = sum(1 for e in in_month if e.kind == "vote" and e.outcome == "adopted")
    figures = [
        {
            "label": ui["presidency_figures_presided"],
            "count": sum(presided.values()),
            "detail": ", ".join(f"{name}: {count}" for name, count in sorted(presided.items())),
        },
        {"label": ui["presidency_figures_statements"], "count": len(statements_), "detail": None},
        {"label": ui["presidency_figures_resolutions"], "count": adopted, "detail": None},
        {"label": ui["presidency_figures_votes"], "count": len(votes_), "detail": None},
    ]
    state = presidency["state"]
    return {
        "state": state,
        "role": ui[f"presidency_role_{state}"],
        "figures": figures if any(row["count"] for row in figures) else None,
        "meetings": [
            meeting_view(m, None, lang, ui, today) | {"href": get_relative_url(m.path(lang), page_url)}
            for m in month_meetings
        ],
        "provisional": today <= end,
        "statements": statements_,
        "votes": votes_,
        "empty": state != "coming" and not (month_meetings or statements_ or votes_),
        "newest": newest_date(in_month),
        # The whole register, from the presidency page too (only while the votes page exists).
        "votes_href": get_relative_url(record.lists["vote"], page_url) if record.lists["vote"] else None,
    }


# --- mkdocs events ---------------------------------------------------------------------------

_record: Record | None = None  # this language build's record (mkdocs runs one build per language)
_ui_strings: dict = {}


@event_priority(-250)  # after latvijaano/votes.py (-150) has left out an empty register's page
def on_files(files, config):
    global _record
    root = site_context.project_root(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    lang = site_context.build_language(config)
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    _record = gather(files, config, ui, site_context.site_date())
    return files


def language_ui() -> dict:
    return {key: texts[_record.lang] for key, texts in _ui_strings.items()}


def on_page_markdown(markdown, page, config, files):
    if _record is not None and page.meta.get("template") == "home.html":
        # Here, not in on_page_context: latvijaano/page_updated.py writes the date after this event.
        set_last_updated(page, latest(_record, language_ui(), page.url)["newest"])
    if _record is None or "<!--" not in markdown:
        return markdown
    if f"data: {PRESIDENCY_MARKER}" not in markdown and f"data: {TERM_MARKER}" not in markdown:
        return markdown
    env = data_pages.template_environment(config)
    ui = language_ui()

    def render(name):
        if name == PRESIDENCY_MARKER:
            view = presidency_record(_record, ui, page.url)
            set_last_updated(page, view["newest"])
            return env.get_template("presidency-record.html").render(ui=ui, record=view)
        if name == TERM_MARKER:
            figures = term_figures(_record, ui, page.url)
            return env.get_template("term-so-far.html").render(ui=ui, figures=figures) if figures else ""
        return None

    return data_pages.replace_markers(markdown, render)


def set_last_updated(page, newest: dt.date | None) -> None:
    """'Last updated' of a page made of the record: its newest entry's date when that is newer than
    the page's own last change (latvijaano/page_updated.py writes it where the footer and the sitemap read it)."""
    known = page.meta.get(f"{page_updated.PREFIX}_raw_iso_date")
    if newest is not None and (not known or newest.isoformat() > str(known)):
        page_updated.mark(page.meta, newest)


def on_page_context(context, page, config, nav):
    if _record is None or page.meta.get("template") != "home.html":
        return context
    ui = language_ui()
    context["record_latest"] = latest(_record, ui, page.url)
    context["record_coming"] = _record.coming
    context["term_figures"] = term_figures(_record, ui, page.url)
    return context
