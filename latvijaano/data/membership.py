"""data/membership.yml: Latvia's term and presidency, their rules, and what they are as of the
build's "today" (coming, current, past), in the words data/ui.yml gives each state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from latvijaano import site_context
from latvijaano.data.dates import month_in, partial_date_text
from latvijaano.data.yaml_schema import DataSet, line_of, located
from latvijaano.problems import Problem, ProblemsError


def membership_problems(data_set: DataSet, docs_dir: Path) -> list[Problem]:
    """The term and the presidency run forwards, and the presidency lies within the term.
    (The presidency's meetings are in data/meetings.yml: latvijaano/meetings/.)"""
    problems = []
    data, source, node = data_set.entries, data_set.source, data_set.node
    term, presidency = data["term"], data["presidency"]
    names = {"term": ("termiņš", "term"), "presidency": ("prezidentūra", "presidency")}
    for name, period in (("term", term), ("presidency", presidency)):
        if period["end"] < period["start"]:
            problems.append(
                located(
                    source,
                    line_of(node, [name, "end"]),
                    names[name],
                    f"beigas {period['end']} ir pirms sākuma {period['start']}",
                    f"the end {period['end']} comes before the start {period['start']}",
                )
            )
    if not term["start"] <= presidency["start"] <= presidency["end"] <= term["end"]:
        problems.append(
            located(
                source,
                line_of(node, ["presidency", "start"]),
                names["presidency"],
                f"{presidency['start']}–{presidency['end']} nav termiņa {term['start']}–{term['end']} laikā",
                f"{presidency['start']}–{presidency['end']} is not within the term "
                f"{term['start']}–{term['end']}",
            )
        )
    return problems


def membership_context(membership: dict, today: dt.date, lang: str, ui: dict) -> dict:
    """The membership and the presidency as of `today`, with the lines data/ui.yml words for each
    state (membership_coming / _current / _past, presidency_coming / _current / _past)."""
    term = {key: dt.date.fromisoformat(membership["term"][key]) for key in ("start", "end")}
    presidency = {key: dt.date.fromisoformat(membership["presidency"][key]) for key in ("start", "end")}
    term_state = site_context.period_state(term["start"], term["end"], today)
    presidency_state = site_context.period_state(presidency["start"], presidency["end"], today)
    values = {
        "start_year": term["start"].year,
        "end_year": term["end"].year,
        "month": month_in(presidency["start"], lang),
        "month_name": partial_date_text(membership["presidency"]["start"][:7], lang),
    }
    return {
        "state": term_state,
        "text": ui_text(ui, f"membership_{term_state}", values),
        "years": f"{term['start'].year}–{term['end'].year}",
        "start": term["start"],
        "end": term["end"],
        "presidency": {
            "state": presidency_state,
            "text": ui_text(ui, f"presidency_{presidency_state}", values),
            "month": values["month_name"],
            "start": presidency["start"],
            "end": presidency["end"],
        },
    }


def ui_text(ui: dict, key: str, values: dict) -> str:
    """A data/ui.yml string with its {placeholders} filled; an unknown one stops the build."""
    try:
        return ui[key].format_map(values)
    except (KeyError, ValueError, IndexError) as err:
        known = ", ".join("{" + name + "}" for name in values)
        line = next(
            (
                n
                for n, text in enumerate(site_context.UI_FILE.read_text(encoding="utf-8").split("\n"), 1)
                if text.startswith(f"{key}:")
            ),
            1,
        )
        raise ProblemsError(
            [
                Problem(
                    "data/ui.yml",
                    line,
                    f"'{key}' tekstā ir vietturis, ko nevar aizpildīt ({err}); drīkst lietot {known}",
                    f"'{key}' has a placeholder the build cannot fill ({err}); it may use {known}",
                )
            ]
        ) from None
