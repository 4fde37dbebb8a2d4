"""A dated item's file name and date: a news item or statement is docs/<lang>/<folder>/YYYY-MM-DD-slug.md,
and its front matter's `date` is the date in its name.
"""

from __future__ import annotations

import datetime as dt

from latvijaano.kinds import NEWS_FOLDER, STATEMENTS_FOLDER
from latvijaano.problems import Problem
from latvijaano.rules.model import NEWS_NAME
from latvijaano.rules.page import Page, as_date
from latvijaano.rules.record_consistency import date_span_problem

# A dated item's folder -> how the messages name it: (Latvian genitive, Latvian dative, English).
DATED_ITEMS = {
    NEWS_FOLDER: ("Jaunuma", "Jaunumam", "news", "The news item"),
    STATEMENTS_FOLDER: ("Paziņojuma", "Paziņojumam", "statement", "The statement"),
}


def dated_item_problems(page: Page, folder: str) -> list[Problem]:
    """A news item's or statement's file name YYYY-MM-DD-slug.md and its `date`, which must agree."""
    page_folder, _, name = page.rel.rpartition("/")
    if page_folder != folder or name == "index.md":
        return []
    genitive, dative, noun_en, subject_en = DATED_ITEMS[folder]
    match = NEWS_NAME.fullmatch(name)
    if match is None:
        return [
            Problem(
                page.path,
                1,
                f"{genitive} faila nosaukumam jābūt GGGG-MM-DD-nosaukums.md (mazie burti bez garumzīmēm, "
                "piemēram, 2025-06-03-ievelesana.md) — pārdēvējiet failu abās valodās.",
                f"A {noun_en} file name must be YYYY-MM-DD-slug.md (lower case, no diacritics, "
                "e.g. 2025-06-03-ievelesana.md) — rename the file in both languages.",
            )
        ]
    try:
        file_date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return [
            Problem(
                page.path,
                1,
                f"Datums faila nosaukumā ({match['date']}) neeksistē — pārdēvējiet failu abās valodās.",
                f"The date in the file name ({match['date']}) does not exist — rename the file in both languages.",
            )
        ]
    if "date" not in page.meta:
        return [
            Problem(
                page.path,
                1,
                f"{dative} trūkst 'date' galvenē (front matter) — pievienojiet rindu 'date: {file_date}'.",
                f"{subject_en} has no 'date' in the front matter — add the line 'date: {file_date}'.",
            )
        ]
    date = as_date(page.meta["date"])
    line = page.line_of_key("date")
    if date is None:
        return [
            Problem(
                page.path,
                line,
                f"'date' jāraksta kā GGGG-MM-DD, piemēram, 'date: {file_date}'.",
                f"'date' must be written as YYYY-MM-DD, e.g. 'date: {file_date}'.",
            )
        ]
    if date != file_date:
        return [
            Problem(
                page.path,
                line,
                f"Datums 'date: {date}' nesakrīt ar datumu faila nosaukumā ({file_date}) — izlabojiet vienu no tiem.",
                f"The date 'date: {date}' does not match the date in the file name ({file_date}) — correct one of them.",
            )
        ]
    return list(filter(None, [date_span_problem(page.path, line, date)]))


def news_problems(page: Page) -> list[Problem]:
    return dated_item_problems(page, NEWS_FOLDER)
