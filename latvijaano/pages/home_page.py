"""The home page (front matter `template: home.html`): card groups and a full-width layout.

`council_cards:` and `priority_cards:` in the home page's front matter list page paths relative
to the language folder (e.g. `prioritates/sievietes.md`). Each is resolved to its Page, so that
the template shows that page's own title and description; a path that is not a page stops the
build with a message that names it.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from latvijaano import build_context
from latvijaano.problems import Problem, ProblemsError
from latvijaano.site_context import path_in_language

HOME_TEMPLATE = "home.html"
# Front matter key -> the template variable with its pages.
CARD_GROUPS = {"council_cards": "council_pages", "priority_cards": "priority_pages"}
# The id of the hero's H1. Material's skip link jumps to the first table-of-contents entry,
# so the hero heading is made that entry: "skip to content" lands on the hero, not on the
# Markdown body below the cards.
HERO_ID = "latvijaano"

STATE = "home_page"  # build_context.current().state key: this language's pages, by path inside its folder


@event_priority(-200)  # after mkdocs-static-i18n (-100) has picked this language's files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # mkdocs-static-i18n runs one build per language and gives each only that language's
    # files (plus Latvian fallbacks on the English side), so paths are unique here.
    build_context.current().state[STATE] = {
        path_in_language(file.src_uri): file for file in files.documentation_pages()
    }
    return files


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.meta.get("template") != HOME_TEMPLATE:
        return context
    pages_by_path = build_context.current().state[STATE]
    for key, variable in CARD_GROUPS.items():
        cards = []
        for path in page.meta.get(key) or []:
            file = pages_by_path.get(path)
            if file is None or file.page is None:
                source = f"docs/{page.file.src_uri}"
                lines = page.file.content_string.split("\n")
                line = next((n for n, text in enumerate(lines, 1) if path in text), 1)
                raise ProblemsError(
                    [
                        Problem(
                            source,
                            line,
                            f"'{key}' minēta '{path}', kas nav lapa (vai netiek publicēta) — ierakstiet lapas ceļu "
                            "valodas mapē, piemēram, prioritates/sievietes.md",
                            f"'{key}' lists '{path}', which is not a page (or is not published) — write a page path "
                            "inside the language folder, e.g. prioritates/sievietes.md",
                        )
                    ]
                )
            cards.append(file.page)
        context[variable] = cards
    context["hero_id"] = HERO_ID
    if not any(item.id == HERO_ID for item in page.toc.items):
        page.toc.items.insert(0, AnchorLink(page.title, HERO_ID, 1))
    # The home page is a landing page: no navigation or table-of-contents sidebar on wide
    # screens (Material's own `hide:` setting; the phone menu keeps the navigation).
    hide = page.meta.setdefault("hide", [])
    hide.extend(item for item in ("navigation", "toc") if item not in hide)
    return context
