"""A page's front matter fields: title and description (there, and plain text), `translation`; and
every rule on the fields of one page together (`front_matter_field_problems`), which
latvijaano/news/ and latvijaano/statements/ ask before they list an item.
"""

from __future__ import annotations

import re
from pathlib import Path

from latvijaano.problems import Problem
from latvijaano.rules.dated_items import news_problems
from latvijaano.rules.images import front_matter_image_problems
from latvijaano.rules.page import Page
from latvijaano.rules.statement_fields import statement_problems
from latvijaano.site_context import LANGUAGES

# The longest title and description a page may have (characters): they fit the boxes the home page,
# the lists and link previews show them in (at most three lines there; overrides/ clamps them).
MAX_LENGTH = {"title": 100, "description": 200}
# HTML or Markdown markup where plain text belongs (title, description).
MARKUP = re.compile(r"<[a-zA-Z/!]|\]\(|\*\*|__|`")


def required_field_problems(page: Page) -> list[Problem]:
    problems = []
    wants = {
        "title": ("pievienojiet lapas virsrakstu", "add the page title"),
        "description": ("pievienojiet vienu teikumu par lapu", "add one sentence about the page"),
    }
    for key, (fix_lv, fix_en) in wants.items():
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"Trūkst '{key}' galvenē (front matter) — {fix_lv}.",
                    f"Missing '{key}' in the front matter — {fix_en}.",
                )
            )
        elif len(value.strip()) > MAX_LENGTH[key]:
            # The home page, the lists, search results and link previews show a title and a
            # description in a bounded box (a few lines): a longer one would be cut off there.
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"'{key}' ir {len(value.strip())} zīmes garš; ne vairāk kā {MAX_LENGTH[key]} — saīsiniet to "
                    "(sīkāk var rakstīt lapas tekstā).",
                    f"'{key}' is {len(value.strip())} characters long; at most {MAX_LENGTH[key]} — shorten it "
                    "(the page's text can say more).",
                )
            )
        elif MARKUP.search(value):
            # Titles and descriptions are shown as plain text (header, tabs, search results, link
            # previews); markup there would show as code, or, unescaped, change the page.
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"'{key}' ir vienkāršs teksts — izņemiet HTML vai Markdown zīmes (<…>, **, `, [..](..)); "
                    "izcēlumus un saites lieciet lapas tekstā.",
                    f"'{key}' is plain text — take out the HTML or Markdown (<…>, **, `, [..](..)); put emphasis "
                    "and links in the page's text.",
                )
            )
    if page.meta.get("translation") == "pending" and page.lang != LANGUAGES[0]:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("translation"),
                "'translation: pending' der tikai latviešu lapai (tā norāda, ka angļu tulkojums vēl top) — "
                "izdzēsiet šo rindu no angļu lapas.",
                "'translation: pending' belongs on a Latvian page only (it says the English translation is "
                "still to come) — delete this line from the English page.",
            )
        )
    elif "translation" in page.meta and page.meta["translation"] != "pending":
        problems.append(
            Problem(
                page.path,
                page.line_of_key("translation"),
                "'translation' var būt tikai 'pending' (tulkojums vēl top) — izlabojiet vai izdzēsiet šo rindu.",
                "'translation' can only be 'pending' (translation not written yet) — fix or delete this line.",
            )
        )
    return problems


def front_matter_field_problems(page: Page, root: Path) -> list[Problem]:
    """The front matter's fields: title, description, a news item's date, a statement's fields,
    an image with its alt text (advice included: see `faults_that_unlist`)."""
    if page.problems:  # with broken front matter, every field would look missing
        return []
    return (
        required_field_problems(page)
        + news_problems(page)
        + statement_problems(page, root)
        + front_matter_image_problems(page, root)
    )


def faults_that_unlist(page: Page, root: Path) -> list[Problem]:
    """What keeps an item off the lists (latvijaano/news/, latvijaano/statements/): a fault of its
    page or fields. Advice (a date far outside the site's span, a statement weeks from its meeting)
    is asked about, and the item is listed meanwhile."""
    return page.problems + [
        problem for problem in front_matter_field_problems(page, root) if not problem.advisory
    ]
