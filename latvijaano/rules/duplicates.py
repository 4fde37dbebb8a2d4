"""What must be said once: each page's own description (search engines and link previews show it),
and each news story once (the same slug or title on two dates is a copy).

A copy is reported on the newer file (latvijaano/rules/first_added.py: the one git added last, or
has not seen yet), naming the older one: the older one is on the live site, the newer one is the
editor's work in progress.
"""

from __future__ import annotations

import posixpath

from latvijaano.kinds import NEWS_FOLDER
from latvijaano.problems import Problem
from latvijaano.rules.first_added import newest_last
from latvijaano.rules.model import NEWS_NAME, TODO
from latvijaano.rules.page import Page
from latvijaano.site_context import LANGUAGES


def oldest_first(pages, added: dict[str, float] | None) -> list[Page]:
    by_path = {page.path: page for page in pages}
    return [by_path[path] for path in newest_last(list(by_path), added)]


def description_problems(
    pages: dict[tuple[str, str], Page], added: dict[str, float] | None = None
) -> list[Problem]:
    """Each page its own description: it is what search engines and link previews show.

    The same description on two pages of a language is a problem on the newer file (`added`:
    latvijaano/rules/first_added.added_times); an English page with its Latvian page's
    description (not translated), on the English page."""
    problems = []
    seen: dict[tuple[str, str], Page] = {}
    for page in oldest_first(pages.values(), added):
        lang = page.lang
        description = page.meta.get("description")
        if not isinstance(description, str) or not description.strip() or TODO.search(description):
            continue  # missing: reported as such; a scaffold's TODO: reported as a placeholder
        key = (lang, " ".join(description.split()).casefold())
        first = seen.setdefault(key, page)
        if first is not page:
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key("description"),
                    f"Apraksts (description) ir tāds pats kā lapai {first.path} — uzrakstiet šai lapai savu "
                    "teikumu: to rāda meklētāji un saišu priekšskatījumi.",
                    f"The description is the same as that of {first.path} — write this page a sentence of its "
                    "own: search engines and link previews show it.",
                )
            )
    for (lang, rel), page in pages.items():
        latvian = pages.get((LANGUAGES[0], rel))
        if lang == LANGUAGES[0] or latvian is None:
            continue
        own, source = page.meta.get("description"), latvian.meta.get("description")
        if (
            isinstance(own, str)
            and isinstance(source, str)
            and own.strip()
            and not TODO.search(own)
            and own.split() == source.split()
        ):
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key("description"),
                    f"Apraksts (description) ir tāds pats kā latviešu lapai {latvian.path} — pārtulkojiet to angliski.",
                    f"The description is the same as on the Latvian page {latvian.path} — translate it into English.",
                )
            )
    return problems


def news_duplicate_problems(
    pages: dict[tuple[str, str], Page], added: dict[str, float] | None = None
) -> list[Problem]:
    """One news item per story: the same slug or the same title on two dates is a copy, reported on
    the newer file (`added`: latvijaano/rules/first_added.added_times)."""
    problems = []
    for lang in LANGUAGES:
        slugs: dict[str, Page] = {}
        titles: dict[str, Page] = {}
        items = oldest_first(
            (
                page
                for (page_lang, rel), page in pages.items()
                if page_lang == lang and posixpath.dirname(rel) == NEWS_FOLDER
            ),
            added,
        )
        for page in items:
            match = NEWS_NAME.fullmatch(posixpath.basename(page.rel))
            if match is None:
                continue
            first = slugs.setdefault(match["slug"], page)
            if first is not page:
                problems.append(
                    Problem(
                        page.path,
                        1,
                        f"Jaunums ar tādu pašu nosaukumu '{match['slug']}' jau ir: {first.path} — ja tas ir tas pats "
                        "jaunums, izdzēsiet vienu failu; ja cits, dodiet tam citu nosaukumu.",
                        f"A news item with the same name '{match['slug']}' exists already: {first.path} — if it is the "
                        "same item, delete one file; if not, give this one another name.",
                    )
                )
            title = page.meta.get("title")
            if not isinstance(title, str) or not title.strip():
                continue
            first = titles.setdefault(" ".join(title.split()).casefold(), page)
            if first is not page:
                problems.append(
                    Problem(
                        page.path,
                        page.line_of_key("title"),
                        f"Jaunumam {first.path} ir tāds pats virsraksts — vai tas nav tas pats jaunums divreiz? "
                        "Izdzēsiet vienu vai dodiet šim citu virsrakstu.",
                        f"The news item {first.path} has the same title — is it the same item twice? "
                        "Delete one, or give this one another title.",
                    )
                )
    return problems
