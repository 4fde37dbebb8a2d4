"""Latvian text that Markdown reads as something else: a date at the start of a paragraph.

Latvian writes ordinal numbers with a full stop ("2026. gada 8. janvārī"), and Markdown reads a
paragraph that starts with a number and a full stop as a numbered list: "2026. gada 11. martā
Latvija…" is published as item "1." of a list, "gada 11. martā Latvija…", with the year gone.
Nothing fails, so each such line is a problem, with the two ways to write it.
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem

FENCE = re.compile(r"^\s*(```|~~~)")
# A year or a day, its full stop, then a word a Latvian date goes on with.
DATE_START = re.compile(
    r"^ {0,3}(\d{1,4})\.[ \t]+(gad|janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)",
    re.IGNORECASE,
)


def date_as_list_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """`lines`: the page's body, whose first line is line `first_line` of the file."""
    problems = []
    in_fence, previous = False, ""
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and not previous.strip() and (match := DATE_START.match(line)):
            problems.append(
                Problem(
                    path,
                    number,
                    f"Rindkopa sākas ar '{match[1]}.' — Markdown to pārvērš par numurētu sarakstu, un skaitlis pazūd. "
                    f"Rakstiet '{match[1]}\\.' (ar atpakaļvērstu slīpsvītru pirms punkta) vai sāciet rindkopu citādi.",
                    f"The paragraph starts with '{match[1]}.' — Markdown turns it into a numbered list and the "
                    f"number is lost. Write '{match[1]}\\.' (a backslash before the full stop) or start the paragraph another way.",
                )
            )
        previous = line
    return problems
