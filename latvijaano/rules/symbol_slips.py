"""UN document symbols typed almost right in page text, which would then not become links.

latvijaano/rules/un_symbols.py links a symbol written as the UN writes it (`S/PV.10043`, `S/RES/2467 (2019)`).
A symbol typed a little differently — `S/PV10043`, `S/PV 10043`, `S/RES/2467(2019)`, `S/RES/2467`
without its year — is either left as plain text or written unlike the UN's form; CONTRIBUTING.md
promises that symbols are checked, so each is a problem at its line with the right form to type.
Code (`` `S/PV1` ``, fenced blocks) and addresses (`https://undocs.org/…`) are left alone.
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem

FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`+[^`]*`+")
ADDRESS = re.compile(r"(?:https?://|undocs\.org/|href=\"|\]\()\S*")
# (pattern, the right form from the match, Latvian what, English what)
MISTAKES = [
    (
        re.compile(r"(?<![\w/.])S/PV(?:[ -]?)(\d+)\b"),
        lambda m: f"S/PV.{m[1]}",
        "sanāksmes stenogrammas simbolā aiz 'S/PV' jābūt punktam",
        "a meeting record's symbol has a full stop after 'S/PV'",
    ),
    (
        re.compile(r"(?<![\w/.])S/RES/(\d+)\((\d{4})\)"),
        lambda m: f"S/RES/{m[1]} ({m[2]})",
        "rezolūcijas simbolā pirms gada iekavās ir atstarpe",
        "a resolution's symbol has a space before the year in brackets",
    ),
    (
        re.compile(r"(?<![\w/.])S/RES/(\d+)(?![\d(]| \(\d{4}\))"),
        lambda m: f"S/RES/{m[1]} (GGGG)",
        "rezolūcijas simbolam vajag pieņemšanas gadu iekavās",
        "a resolution's symbol needs its year in brackets",
    ),
]


def symbol_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """`lines`: the page's body, whose first line is line `first_line` of the file."""
    problems = []
    in_fence = False
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        text = ADDRESS.sub(" ", CODE_SPAN.sub(" ", line))
        for pattern, right, what_lv, what_en in MISTAKES:
            for match in pattern.finditer(text):
                fix = right(match)
                fix_en = fix.replace("(GGGG)", "(YYYY)")
                problems.append(
                    Problem(
                        path,
                        number,
                        f"ANO dokumenta simbols '{match[0]}' ir uzrakstīts nepareizi: {what_lv} — rakstiet '{fix}', "
                        "tad tas kļūs par saiti uz dokumentu.",
                        f"The UN document symbol '{match[0]}' is mistyped: {what_en} — write '{fix_en}', "
                        "and it becomes a link to the document.",
                    )
                )
    return problems
