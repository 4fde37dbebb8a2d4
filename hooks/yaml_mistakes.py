"""Two YAML mistakes editors make in front matter and data files, found where they were made.

- A quote left open: `title: "Latvija ANO` followed by `description: "…"`. YAML reads on to the
  next quote and complains about the line after (the description's line), as a generic syntax
  error. The line to fix is the one where the quote opened: the quoted text that runs over a line
  break is the one left open.
- A tab character, which YAML does not allow for indentation: PyYAML says so in English only.

hooks/content_rules.py (yaml_problem) words the messages; this module only finds the place.
"""

from __future__ import annotations

import yaml

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
