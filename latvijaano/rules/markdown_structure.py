"""Mistakes in a page's structure that Markdown publishes without a word (issue 38):

- a typographic quote opened and not closed („Kopā… or “Together…), in the front matter or a paragraph;
- a table row with a cell too few or too many, or a separator row (|---|) of another width than the
  header: Python-Markdown then renders the whole table as a paragraph of pipes, or drops the cell;
- a heading level skipped (# then ###): screen-reader users move by heading level, and a skipped
  one reads as a missing section;
- the replacement character � (U+FFFD), which a file saved in another encoding and re-saved leaves
  where each ā, č, ē… was (the diacritics rule notices it on Latvian pages only);
- an image whose alternative text is its file name or a word that says only "image".

Each function takes the page's lines (`lines`, whose first is line `first_line` of the file) and
returns problems at the line to fix, Latvian first, with the fix.
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`[^`]*`")
OPENING_QUOTES = "„“"  # Latvian „…” (or „…“), English “…”
CLOSING_QUOTE = "”"
# Python-Markdown needs no space after the hashes (`###Title` is a heading too); a heading inside
# an admonition or a list item is indented.
HEADING = re.compile(r"^\s*(#{1,6})(?!#)\s*[^\s#]")
TABLE_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
REPLACEMENT = "\ufffd"
# Alternative text that says nothing but "a picture" (lower case, without a final full stop).
EMPTY_ALT_WORDS = {
    "attēls",
    "bilde",
    "foto",
    "fotogrāfija",
    "attēla apraksts",
    "image",
    "picture",
    "photo",
    "img",
    "logo",
}


def _body_lines(lines: list[str], first_line: int):
    """(line number, text) of each line outside fenced code, inline code blanked out."""
    in_fence = False
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, INLINE_CODE.sub("", line)


def unclosed_quotes(text: str) -> int:
    """How many quotes `text` opens and does not close. „ closes with ” (or, as often typed, with
    “: „Kopā“ is closed); “ opens an English quote, closed with ”."""
    low = high = 0  # open „ and open “
    for char in text:
        if char == "„":
            low += 1
        elif char == "“" and low:
            low -= 1
        elif char == "“":
            high += 1
        elif char == CLOSING_QUOTE and high:
            high -= 1
        elif char == CLOSING_QUOTE and low:
            low -= 1
    return low + high


def open_quote_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """A paragraph (or front matter line) with more opening quotes than closing ones."""
    problems = []
    paragraph: list[tuple[int, str]] = []

    def close_paragraph() -> None:
        if unclosed_quotes("\n".join(text for _, text in paragraph)):
            line = next(number for number, text in paragraph if any(q in text for q in OPENING_QUOTES))
            problems.append(
                Problem(
                    path,
                    line,
                    "Šeit atvērtās pēdiņas („ vai “) nav aizvērtas — pielieciet aizverošās pēdiņas ” citāta beigās.",
                    "The quotation mark opened here („ or “) is not closed — add the closing mark ” where the "
                    "quotation ends.",
                )
            )
        paragraph.clear()

    for number, text in _body_lines(lines, first_line):
        if not text.strip():
            close_paragraph()
        else:
            paragraph.append((number, text))
    close_paragraph()
    return problems


def front_matter_quote_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """Front matter values are one line each: a quote opened on a line closes on it."""
    problems = []
    for number, text in enumerate(lines, start=first_line):
        if unclosed_quotes(text):
            problems.append(
                Problem(
                    path,
                    number,
                    "Šajā rindā atvērtās pēdiņas („ vai “) nav aizvērtas — pielieciet aizverošās pēdiņas ” "
                    "teksta beigās.",
                    "The quotation mark opened on this line („ or “) is not closed — add the closing mark ” "
                    "where the quotation ends.",
                )
            )
    return problems


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return re.split(r"(?<!\\)\|", row)


def table_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """Every row of a table has as many cells as its header; so has the separator row."""
    problems = []
    rows: list[tuple[int, str]] = []

    def close_table() -> None:
        if len(rows) >= 2 and all(TABLE_SEPARATOR_CELL.match(cell) for cell in _cells(rows[1][1])):
            width = len(_cells(rows[0][1]))
            for number, text in rows[1:]:
                count = len(_cells(text))
                if count != width:
                    problems.append(
                        Problem(
                            path,
                            number,
                            f"Šajā tabulas rindā ir {count} šūnas, bet virsrakstu rindā — {width}: pielieciet vai "
                            "izdzēsiet šūnas (katru atdala zīme |), lai visās rindās to būtu vienādi.",
                            f"This table row has {count} cells, the header row {width}: add or remove cells (each "
                            "is separated by |) so that every row has the same number.",
                        )
                    )
        rows.clear()

    for number, text in _body_lines(lines, first_line):
        if "|" in text and text.strip():
            rows.append((number, text))
        else:
            close_table()
    close_table()
    return problems


def heading_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """A heading more than one level below the one before it. The page's title is level 1 (Material
    shows the front matter title as the page's <h1> when the body has none)."""
    problems = []
    previous = 1
    for number, text in _body_lines(lines, first_line):
        match = HEADING.match(text)
        if not match:
            continue
        level = len(match[1])
        if level > previous + 1:
            want = "#" * (previous + 1)
            problems.append(
                Problem(
                    path,
                    number,
                    f"Virsraksts izlaiž līmeni ({'#' * previous} → {match[1]}) — rakstiet '{want} ' "
                    "(ekrāna lasītāju lietotāji pārvietojas pa virsrakstu līmeņiem).",
                    f"The heading skips a level ({'#' * previous} → {match[1]}) — write '{want} ' "
                    "(screen-reader users move through a page by heading level).",
                )
            )
        previous = level
    return problems


def replacement_character_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    return [
        Problem(
            path,
            number,
            "Rindā ir zīme � — fails kādreiz saglabāts citā kodējumā, un burti (ā, č, ē…) ir zuduši: "
            "ierakstiet tos no jauna un saglabājiet failu kā UTF-8.",
            "The line holds the character � — the file was once saved in another encoding and letters were "
            "lost: type them again and save the file as UTF-8.",
        )
        for number, text in enumerate(lines, start=first_line)
        if REPLACEMENT in text
    ]


def is_empty_alt(alt: str, src: str) -> bool:
    text = alt.strip().rstrip(".").lower()
    name = src.rsplit("/", 1)[-1].lower()
    return text in EMPTY_ALT_WORDS or text in (name, name.rsplit(".", 1)[0])


def image_alt_problems(path: str, lines: list[str], first_line: int) -> list[Problem]:
    """Markdown images whose alternative text says nothing (an empty one is decorative: allowed)."""
    problems = []
    for number, text in _body_lines(lines, first_line):
        for match in IMAGE.finditer(text):
            if match["alt"].strip() and is_empty_alt(match["alt"], match["src"]):
                problems.append(alt_problem(path, number, match["alt"]))
    return problems


def alt_problem(path: str, line: int, alt: str) -> Problem:
    return Problem(
        path,
        line,
        f"Attēla apraksts '{alt}' neko nepasaka tam, kurš attēlu neredz — aprakstiet, kas attēlā redzams "
        "(piemēram, 'Ārlietu ministrs runā Drošības padomes sēdē').",
        f"The image's text '{alt}' tells nothing to a reader who cannot see it — say what the image shows "
        "(e.g. 'The Foreign Minister speaks at a Security Council meeting').",
    )


def structure_problems(path: str, lines: list[str], body_line: int, meta: dict) -> list[Problem]:
    """Every rule above, for a page whose body starts at line `body_line` of `lines`."""
    body = lines[body_line - 1 :]
    front = lines[1 : body_line - 1]
    problems = [
        *front_matter_quote_problems(path, front, 2),
        *open_quote_problems(path, body, body_line),
        *table_problems(path, body, body_line),
        *heading_problems(path, body, body_line),
        *replacement_character_problems(path, lines, 1),
        *image_alt_problems(path, body, body_line),
    ]
    alt, image = meta.get("image_alt"), meta.get("image")
    if isinstance(alt, str) and isinstance(image, str) and alt.strip() and is_empty_alt(alt, image):
        line = next((n for n, text in enumerate(front, start=2) if text.startswith("image_alt")), 1)
        problems.append(alt_problem(path, line, alt))
    return problems
