"""Dates are written the way each language writes them (Babel)."""

import datetime as dt

from latvijaano.data.dates import local_date


def test_latvian_long_date():
    assert local_date(dt.date(2024, 1, 18), "lv") == "2024. gada 18. janvāris"


def test_english_long_date():
    assert local_date("2024-01-18", "en") == "18 January 2024"


def test_datetime_is_shown_as_its_date():
    assert local_date(dt.datetime(2025, 6, 3, 15, 0), "en") == "3 June 2025"
