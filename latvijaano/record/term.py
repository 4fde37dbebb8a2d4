"""The term so far (padome/index.md and the home page): the term's published statements, meetings
and votes up to the build's day, counted, with their lists' links."""

from __future__ import annotations

from collections import Counter

from babel import Locale
from mkdocs.utils import get_relative_url

from latvijaano.data.dates import BABEL_LOCALES
from latvijaano.record.model import Record
from latvijaano.votes.model import OUTCOMES


def plural(count: int, lang: str) -> str:
    """'one' or 'other': which form of a word goes with `count` (Babel's CLDR rules; Latvian
    says '21 paziņojums' but '11 paziņojumi', and its 'zero' form is the plural's)."""
    return "one" if Locale.parse(BABEL_LOCALES[lang]).plural_form(count) == "one" else "other"


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
