"""Two YAML mistakes editors make in front matter and data files, found where they were made.

- A quote left open: `title: "Latvija ANO` followed by `description: "…"`. YAML reads on to the
  next quote and complains about the line after (the description's line), as a generic syntax
  error. The line to fix is the one where the quote opened: the quoted text that runs over a line
  break is the one left open.
- A tab character, which YAML does not allow for indentation: PyYAML says so in English only.

yaml_problem() words the message for the place found, Latvian first.
"""

from __future__ import annotations

import yaml

from latvijaano.problems import Problem

QUOTE_STYLES = ('"', "'")


def quote_left_open(error: yaml.MarkedYAMLError) -> tuple[int, str] | None:
    """(0-based line, quote character) of a quoted text that was opened but not closed on its
    line, if the YAML error comes from it; None otherwise."""
    mark = error.problem_mark or error.context_mark
    text = getattr(mark, "buffer", None)
    if not text:
        return None
    text = text.rstrip("\0")
    if (error.context or "").startswith("while scanning a quoted scalar") and error.context_mark:
        start = error.context_mark
        return start.line, text[start.pointer] if start.pointer < len(text) else '"'
    culprit = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in QUOTE_STYLES
                and token.end_mark.line > token.start_mark.line
            ):
                culprit = token
    except yaml.YAMLError:
        pass
    # A quoted text may rightly run over lines; the open one ends where YAML gave up.
    if culprit is None or culprit.end_mark.line != mark.line:
        return None
    return culprit.start_mark.line, culprit.style


def has_tab(error: yaml.MarkedYAMLError) -> bool:
    return "'\\t'" in (error.problem or "")


def yaml_problem(path: str, error: yaml.MarkedYAMLError, first_line: int = 1) -> Problem:
    """A YAML syntax error at the line where the editor has to look.

    YAML notices an unclosed quote or bracket only later in the text; the line that opened it is
    the one to fix (latvijaano/yaml_mistakes.py finds it)."""
    quote = quote_left_open(error)
    if quote is not None:
        line, char = quote
        name_lv, name_en = (
            ("divkāršā pēdiņa", "double quote") if char == '"' else ("vienkāršā pēdiņa", "single quote")
        )
        return Problem(
            path,
            first_line + line,
            f"Šajā rindā atvērtās pēdiņas nav aizvērtas: trūkst aizverošās pēdiņas {char} ({name_lv}) — "
            "pielieciet to teksta beigās, šajā pašā rindā.",
            f"The quote opened on this line is not closed: the closing quote {char} ({name_en}) is missing — "
            "add it at the end of the text, on this same line.",
        )
    opened = error.context_mark is not None and (error.context or "").startswith("while parsing a flow")
    mark = error.context_mark if opened else (error.problem_mark or error.context_mark)
    line = first_line + (mark.line if mark else 0)
    if has_tab(error):
        return Problem(
            path,
            line,
            "Šajā rindā ir tabulācijas zīme (Tab) — YAML to neatļauj; aizstājiet to ar atstarpēm.",
            "This line has a tab character (Tab) — YAML does not allow it; replace it with spaces.",
        )
    if opened:
        return Problem(
            path,
            line,
            "Šajā rindā atvērtās kvadrātiekavas vai figūriekavas nav aizvērtas — aizveriet tās vai ielieciet "
            "visu tekstu pēdiņās.",
            "The bracket opened on this line is not closed — close it, or put the whole text in quotes.",
        )
    return Problem(
        path,
        line,
        "Šajā rindā ir YAML kļūda — pārbaudiet kolu aiz lauka nosaukuma, atkāpi (atstarpes rindas sākumā) "
        "un pēdiņas; tekstu, kurā ir kols, ielieciet pēdiņās.",
        f"This line has a YAML error ({error.problem}) — check the colon after the field name, the indentation "
        "(spaces at the start of the line) and the quotes; put a text that contains a colon in quotes.",
    )
