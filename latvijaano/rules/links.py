"""Links that cross languages: an English page linking into docs/lv/ (or the reverse) sends its
readers to the other language, where the page's own counterpart exists. (Links to pages or headings
that do not exist are mkdocs' own warnings, said in editors' words by latvijaano/rules/messages.py.)
"""

from __future__ import annotations

import posixpath
import re

from latvijaano.problems import Problem
from latvijaano.rules.model import LANGUAGE_WORDS
from latvijaano.rules.page import Page
from latvijaano.site_context import LANGUAGES


def cross_language_problems(page: Page, url: str, existing: set[str]) -> list[Problem]:
    """An English page linking into docs/lv/ (or the reverse) sends readers to the wrong language."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^/|^#", url, re.IGNORECASE):
        return []  # external, absolute (mkdocs warns about those) or on this page
    path, _, anchor = url.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(f"{page.lang}/{page.rel}"), path))
    target_lang, _, target_rel = target.partition("/")
    if target_lang not in LANGUAGES or target_lang == page.lang:
        return []
    if f"{page.lang}/{target_rel}" not in existing:
        return []  # no counterpart to point to
    suggestion = posixpath.relpath(f"{page.lang}/{target_rel}", posixpath.dirname(f"{page.lang}/{page.rel}"))
    if anchor:
        suggestion += f"#{anchor}"
    own, other = LANGUAGE_WORDS[page.lang], LANGUAGE_WORDS[target_lang]
    return [
        Problem(
            page.path,
            page.line_of(url),
            f"Saite '{url}' no {own['lv']} lapas ved uz {other['lv']} lapu — saitējiet uz {own['lv']} versiju: '{suggestion}'.",
            f"The link '{url}' leads from the {own['en']} page to the {other['en']} page — "
            f"link to the {own['en']} version: '{suggestion}'.",
        )
    ]
