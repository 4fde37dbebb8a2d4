"""Dates in words, the way each language writes them: Babel's long dates, a timeline's partial dates
("2020. gada aprīlis"), a month as "in <month>" needs it, and the days a partial date stands for."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

# Babel locales: British English is the EU's and the ministry's English.
BABEL_LOCALES = {"lv": "lv", "en": "en_GB"}

# Babel's own month-year skeleton for Latvian is "2020. g. aprīlis"; the site writes "gada" in
# full, as the long date does ("2024. gada 18. janvāris"), so the pattern is given here.
MONTH_YEAR_PATTERNS = {"lv": "y. 'gada' LLLL", "en": "LLLL y"}
# "In November 2026": Latvian puts the month in the locative ("2026. gada novembrī"), a form
# Babel (CLDR) does not have; English needs no other form.
LATVIAN_MONTHS_IN = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)
# Latvian says "in November" with the locative: "Plānots publicēt 2026. gada 20. novembrī".
LATVIAN_LOCATIVE = {
    "janvāris": "janvārī",
    "februāris": "februārī",
    "marts": "martā",
    "aprīlis": "aprīlī",
    "maijs": "maijā",
    "jūnijs": "jūnijā",
    "jūlijs": "jūlijā",
    "augusts": "augustā",
    "septembris": "septembrī",
    "oktobris": "oktobrī",
    "novembris": "novembrī",
    "decembris": "decembrī",
}


def local_date(value, lang: str, fmt: str = "long") -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value  # the content rules report a date that is not YYYY-MM-DD; the page still builds
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, fmt, locale=BABEL_LOCALES[lang])


def partial_date_period(value: str) -> tuple[dt.date, dt.date]:
    """The days a timeline date stands for: '2026-11' is all of November 2026, '2021' all of 2021."""
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)


def month_in(day: dt.date, lang: str) -> str:
    """'2026. gada novembrī' / 'November 2026': the month as the phrase "in <month>" needs it."""
    if lang == "lv":
        return f"{day.year}. gada {LATVIAN_MONTHS_IN[day.month - 1]}"
    return format_date(day, MONTH_YEAR_PATTERNS[lang], locale=BABEL_LOCALES[lang])


def partial_date_text(value: str, lang: str) -> str:
    """'2024-01-18' / '2020-04' / '2013' written out in the language, e.g. '2020. gada aprīlis'."""
    locale = BABEL_LOCALES[lang]
    if len(value) == 10:
        return local_date(value, lang)
    if len(value) == 7:
        return format_date(dt.date.fromisoformat(value + "-01"), MONTH_YEAR_PATTERNS[lang], locale=locale)
    return value


def latvian_date_in(date: dt.date) -> str:
    """'2026. gada 20. novembrī': the long date, its month in the locative."""
    text = local_date(date, "lv")
    for nominative, locative in LATVIAN_LOCATIVE.items():
        if text.endswith(nominative):
            return text[: -len(nominative)] + locative
    return text
