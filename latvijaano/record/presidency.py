"""The presidency month's record (padome/prezidentura.md, `<!-- data: presidency-record -->`): what
the presidency lets Latvia do, the month in figures, its meetings, statements and votes."""

from __future__ import annotations

from collections import Counter

from mkdocs.utils import get_relative_url

from latvijaano.meetings.views import meeting_view
from latvijaano.record.model import Record, entry_view, newest_date


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
