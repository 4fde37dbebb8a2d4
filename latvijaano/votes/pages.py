"""The register's pages: balsojumi/ (left out while the register is empty) and its filter pages
for each year, outcome and vote of Latvia's (balsojumi/gads/<year>/, balsojumi/iznakums/<outcome>/,
balsojumi/balsojums/<vote>/), and the filters' links they show."""

from __future__ import annotations

import html
from pathlib import Path

from mkdocs.utils import get_relative_url

from latvijaano import site_context
from latvijaano.news.pages import generated_page
from latvijaano.outputs import open_data
from latvijaano.votes import register
from latvijaano.votes.model import VotesBuild, key_of

FOLDER = "balsojumi"
PAGE = f"{FOLDER}/index.md"
MARKER = "votes"
# Filter pages: meta key, folder, the register's field, the title's ui key, the name's ui key prefix.
FILTERS = (
    ("year", "gads", "votes_year_title", None),
    ("outcome", "iznakums", "votes_outcome_title", "vote_outcome_name_"),
    ("vote", "balsojums", "votes_vote_title", "vote_value_"),
)


def left_out(votes: list) -> set[str]:
    """The register's page (path inside the language folder) while there is no vote to show:
    left out of the build and the navigation. Tests use it to know which sources are not built."""
    return set() if votes else {PAGE}


def left_out_of(root: Path) -> set[str]:
    """left_out() for the tree at `root`, from its data/votes.yml as it is (no check)."""
    return left_out(register.entries_of(root))


def value_of(vote, field: str) -> str:
    return str(vote.date.year) if field == "year" else getattr(vote, field)


def filter_name(field: str, value: str, lang: str, ui_strings: dict) -> str:
    prefix = next(names for name, _, _, names in FILTERS if name == field)
    return value if prefix is None else ui_strings[f"{prefix}{key_of(value)}"][lang]


def filter_dest(lang: str, folder: str, value: str) -> str:
    return f"{site_context.language_root(lang)}{FOLDER}/{folder}/{value}/index.html"


def filter_page(config, lang: str, field: str, value: str, ui_strings: dict):
    _, folder, title_key, _ = next(spec for spec in FILTERS if spec[0] == field)
    name = filter_name(field, value, lang, ui_strings)
    meta = {
        "title": ui_strings[title_key][lang].format(year=value, name=name),
        "description": ui_strings["votes_filter_description"][lang].format(name=name),
        "votes_filter": {"field": field, "value": value},
        "search": {"boost": 0.1},
    }
    # The title is text from data/ (ui.yml): escaped, so Markdown cannot read it as HTML.
    body = f"# {html.escape(meta['title'], quote=False)}\n\n<!-- data: {MARKER} -->\n"
    alternates = {other: filter_dest(other, folder, value) for other in site_context.LANGUAGES}
    return generated_page(
        config,
        lang,
        f"{FOLDER}/{folder}/{value}.md",
        filter_dest(lang, folder, value),
        meta,
        body,
        alternates,
    )


def filters_view(state: VotesBuild, page, ui_strings: dict) -> dict:
    lang = state.lang
    groups = []
    for field, _, _, _ in FILTERS:
        links = [
            {
                "key": value,
                "name": filter_name(field, value, lang, ui_strings),
                "href": file.url_relative_to(page.file),
                "current": file is page.file,
            }
            for (name, value), file in state.filter_files.items()
            if name == field
        ]
        groups.append({"field": field, "label": ui_strings[f"filter_{field}"][lang], "links": links})
    root = site_context.language_root(lang)
    return {
        "all": {"href": state.page.url_relative_to(page.file), "current": page.file is state.page},
        "groups": groups,
        "data_page": get_relative_url(f"{root}{open_data.FOLDER}/", page.url),
    }
