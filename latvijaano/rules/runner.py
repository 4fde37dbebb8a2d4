"""Runs every content rule on the pages in docs/: `check_sources`, one implementation of each rule.

Used in two places, so that an editor sees the same message wherever a problem is found:
- latvijaano/rules/events.py runs them during every build (strict build → a problem fails it);
- scripts/check_content.py runs them and a build, and prints the list.

Every problem reads `path:line: Latvian message / English message`, and says how to fix it.
Page rules read the Markdown source (latvijaano/rules/page.py: front matter with mkdocs' own parser,
the body rendered with Python-Markdown and the site's extensions); link rules reuse mkdocs' own link
validation, whose warnings are turned into the same kind of message by latvijaano/rules/messages.py.
"""

from __future__ import annotations

import os
from pathlib import Path

from latvijaano.problems import Problem, sort_problems
from latvijaano.rules import (
    active_content,
    language,
    markdown_slips,
    markdown_structure,
    spelling,
    symbol_slips,
)
from latvijaano.rules.duplicates import description_problems, news_duplicate_problems
from latvijaano.rules.fields import front_matter_field_problems
from latvijaano.rules.first_added import added_times
from latvijaano.rules.images import alt_text_problems
from latvijaano.rules.links import cross_language_problems
from latvijaano.rules.model import TODO
from latvijaano.rules.outside_content import third_party_problems
from latvijaano.rules.page import Page, read_page, rendered_html, rendered_tags
from latvijaano.rules.record_consistency import statement_meeting_rules
from latvijaano.rules.text import diacritics_problems, length_problems, todo_problems
from latvijaano.rules.translations import counterpart_problems, pending_but_translated_problems

# The extensions a page is rendered with when mkdocs.yml cannot be read.
DEFAULT_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]


def html_problems(page: Page, tags, existing: set[str]) -> list[Problem]:
    """Scripts, outside content, alt texts and links that cross into the other language's pages.

    `existing` holds every page as 'lang/rel' (e.g. 'en/kontakti.md').
    """
    problems = []
    for tag, attrs in tags:
        outside = third_party_problems(page, tag, attrs)
        problems.extend(outside)
        # A tag already refused as content from another site is not refused twice; its attributes still are.
        problems.extend(active_content.tag_problems(page, tag, attrs, tag_refused=bool(outside)))
        if tag == "img":
            problems.extend(alt_text_problems(page, attrs))
        url = attrs.get("href") if tag == "a" else attrs.get("src") if tag == "img" else None
        if url and page.lang:
            problems.extend(cross_language_problems(page, url, existing))
    return problems


def outside_language_problem(page: Page) -> Problem:
    return Problem(
        page.path,
        1,
        "Lapa atrodas ārpus docs/lv/ un docs/en/ — pārvietojiet to uz docs/lv/ "
        "(un tās tulkojumu uz docs/en/ ar tādu pašu ceļu).",
        "The page is outside docs/lv/ and docs/en/ — move it to docs/lv/ "
        "(and its translation to docs/en/ with the same path).",
    )


def check_sources(
    root: Path, docs_dir: Path | None = None, extensions=None, extension_configs=None
) -> list[Problem]:
    """Every rule that reads the pages in docs/ (data/ is checked by latvijaano/data/data_pages.py)."""
    docs_dir = docs_dir or root / "docs"
    extensions = extensions if extensions is not None else DEFAULT_EXTENSIONS
    extension_configs = extension_configs or {}
    problems: list[Problem] = []
    pages: dict[tuple[str, str], Page] = {}
    for file in sorted(docs_dir.rglob("*.md")):
        page = read_page(root, file, docs_dir)
        problems.extend(page.problems)
        if page.lang is None:
            problems.append(outside_language_problem(page))
            continue
        pages[(page.lang, page.rel)] = page
    existing = {f"{lang}/{rel}" for lang, rel in pages}
    spelling_words, word_list_problems = spelling.project_words(root)
    problems.extend(word_list_problems + list(filter(None, [spelling.missing_dictionaries_problem()])))
    for page in pages.values():
        if not page.lines:
            continue  # unreadable: already reported
        problems.extend(front_matter_field_problems(page, root))
        html = rendered_html(page, extensions, extension_configs)
        problems.extend(
            symbol_slips.symbol_problems(page.path, page.lines[page.body_line - 1 :], page.body_line)
        )
        problems.extend(
            markdown_slips.date_as_list_problems(page.path, page.lines[page.body_line - 1 :], page.body_line)
        )
        problems.extend(
            markdown_structure.structure_problems(page.path, page.lines, page.body_line, page.meta)
        )
        if page.meta.get("draft") is not True:  # a draft (latvijaano/data/publication.py) may be unfinished
            problems.extend(todo_problems(page))
            problems.extend(length_problems(page, html))
            # (a scaffold's placeholders, or broken front matter read as text, are not the page's language)
            in_other_language = (
                [] if TODO.search(page.body) or page.problems else language.language_problems(page, html)
            )
            problems.extend(in_other_language)
            # A page in the wrong language is not also missing its diacritics, nor misspelled.
            if not [problem for problem in in_other_language if not problem.advisory]:
                problems.extend(diacritics_problems(page, html))
                if not page.problems:  # (broken front matter would be read as text)
                    advised = {problem.line for problem in in_other_language}
                    problems.extend(spelling.spelling_problems(page, html, spelling_words, advised))
        problems.extend(html_problems(page, rendered_tags(html), existing))
    problems.extend(counterpart_problems(pages))
    problems.extend(pending_but_translated_problems(pages))
    added = added_times(root, os.path.relpath(docs_dir.resolve(), root.resolve()))
    problems.extend(description_problems(pages, added))
    problems.extend(news_duplicate_problems(pages, added))
    problems.extend(statement_meeting_rules(pages, root))
    return sort_problems(problems)
