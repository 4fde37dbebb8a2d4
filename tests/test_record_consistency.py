"""latvijaano/rules/record_consistency.py at its edges (tests/test_editor_messages.py makes each mistake
in a copy and reads the messages at their lines)."""

from __future__ import annotations

import datetime as dt

from latvijaano.rules import record_consistency as rc

DAY = dt.date.fromisoformat


def test_the_span_holds_its_first_and_last_day_and_nothing_beyond():
    assert rc.date_span_problem("x", 1, rc.EARLIEST) is None
    assert rc.date_span_problem("x", 1, rc.LATEST) is None
    assert rc.date_span_problem("x", 1, rc.EARLIEST - dt.timedelta(days=1)) is not None
    assert rc.date_span_problem("x", 1, rc.LATEST + dt.timedelta(days=1)) is not None
    # asked about, not refused: a date this far off is most often a typo, but may be right
    assert rc.date_span_problem("x", 1, dt.date(2062, 12, 4)).advisory


def test_a_statement_may_follow_its_meeting_by_a_week_not_more():
    meetings = {"m": DAY("2026-03-11")}
    week = DAY("2026-03-11") + dt.timedelta(days=rc.DAYS_FROM_MEETING)
    assert rc.statement_meeting_problems("x", 3, "m", week, meetings) == []
    assert rc.statement_meeting_problems("x", 3, "m", week + dt.timedelta(days=1), meetings)[0].line == 3
    assert rc.statement_meeting_problems("x", 3, "m", DAY("2026-02-01"), meetings)[0].advisory  # or before it
    assert (
        rc.statement_meeting_problems("x", 3, "unknown", DAY("2020-01-01"), meetings) == []
    )  # said elsewhere


def test_both_languages_name_one_meeting():
    assert rc.counterpart_meeting_problem("en", 4, "a", "lv", "a") is None
    mismatch = rc.counterpart_meeting_problem("en", 4, "a", "lv", "b")
    assert mismatch.line == 4 and not mismatch.advisory  # always a mistake
