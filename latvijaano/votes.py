"""How Latvia voted: the page balsojumi/ ("Kā Latvija balsoja" / "How Latvia voted") from
data/votes.yml, its filter pages, and the votes as open data.

- data/votes.yml is checked on every build (latvijaano/votes_register.py: the schema and the rules it
  cannot say); any problem stops the build, each at its entry's line, in both languages.
- The page and its navigation entry exist only when the register has entries: with an empty
  register this hook takes docs/<lang>/balsojumi/index.md out of the build and out of the
  navigation (as latvijaano/publication.py does with a draft), so no link, sitemap entry or search
  result leads to an empty page. Nothing else links to the page unless it exists.
- With entries, the page shows a table of the votes, newest first, at `<!-- data: votes -->`, and
  plain filter pages (no JavaScript needed) for each year, outcome and vote of Latvia's that the
  register has: balsojumi/gads/<year>/, balsojumi/iznakums/<outcome>/, balsojumi/balsojums/<vote>/
  (a value without votes has no page and no link). Each is dated by its newest vote.
  Symbols are linked as latvijaano/un_symbols.py links them; a vote whose sources give no symbol says
  so in words, with who submitted the draft (never a made-up symbol or an empty link); each
  explanation links its statement.
- The statement's own line ("Latvia voted in favour of S/RES/…") is latvijaano/statements.py's.
- Each language build writes dati/balsojumi.json|csv (+ its schema) with latvijaano/outputs/open_data.py,
  an empty list while the register is empty.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from latvijaano import (
    data_pages,
    news,
    page_updated,
    publication,
    site_context,
    site_data,
    votes_register,
)
from latvijaano.content_rules import STATEMENTS_FOLDER
from latvijaano.outputs import open_data
from latvijaano.votes_register import key_of

FOLDER = "balsojumi"
PAGE = f"{FOLDER}/index.md"
MARKER = "votes"
OPEN_DATA_NAME = "balsojumi"
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
    return left_out(votes_register.entries_of(root))


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
    return news.generated_page(
        config,
        lang,
        f"{FOLDER}/{folder}/{value}.md",
        filter_dest(lang, folder, value),
        meta,
        body,
        alternates,
    )


# --- mkdocs events ----------------------------------------------------------------------------


@dataclass
class State:
    lang: str
    votes: list  # votes_register.Vote, newest first
    page: object  # the File of balsojumi/index.md, or None (an empty register)
    filter_files: dict  # (field, value) -> File
    files: object  # this build's Files (on_post_build is not given them)


_state: State | None = None
_ui_strings: dict = {}


def on_config(config):
    # Any problem of the register stops the build here, before a page is made.
    votes_register.load(site_context.project_root(config), Path(config.docs_dir))
    return config


@event_priority(
    -150
)  # after mkdocs-static-i18n (-100), before latvijaano/statements.py (-200) looks for the page
def on_files(files, config):
    global _state
    root = site_context.project_root(config)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    votes = votes_register.load(root, Path(config.docs_dir))
    filter_files = {}
    if left_out(votes):
        for file in list(files.documentation_pages()):
            if site_context.path_in_language(file.src_uri) in left_out(votes):
                files.remove(file)
        if config.nav:
            config.nav = publication.prune_nav(config.nav, left_out(votes)) or []
    else:
        for field, _, _, _ in FILTERS:
            for value in sorted({value_of(vote, field) for vote in votes}, reverse=field == "year"):
                filter_files[(field, value)] = filter_page(config, lang, field, value, _ui_strings)
                news.add_generated(files, config, filter_files[(field, value)])
    _state = State(lang, votes, files.get_file_from_path(f"{lang}/{PAGE}"), filter_files, files)
    return files


def statement_file(files, lang: str, stem: str):
    """The explanation's page in this build (None while it is a draft or scheduled)."""
    return files.get_file_from_path(f"{lang}/{STATEMENTS_FOLDER}/{stem}.md")


def statement_title(file) -> str | None:
    """The statement's title from its front matter (its page may not have been read yet)."""
    _, meta = get_data(file.content_string)
    title = meta.get("title")
    return title.strip() if isinstance(title, str) else None


def vote_view(vote, page, files, lang: str, ui: dict) -> dict:
    explanation = statement_file(files, lang, vote.explanation) if vote.explanation else None
    return {
        "anchor": vote.anchor,
        "date": vote.date.isoformat(),
        "date_text": site_data.local_date(vote.date, lang),
        "year": str(vote.date.year),
        # No symbol the sources do not give: the cell says so, and the subject says who submitted it.
        "draft": votes_register.symbol_link(vote.draft, lang) if vote.draft else None,
        "resolution": votes_register.symbol_link(vote.resolution, lang) if vote.resolution else None,
        "submitted_by": vote.submitted_by[lang] if vote.submitted_by else None,
        "subject": vote.subject[lang],
        "agenda_item": vote.agenda_item[lang] if vote.agenda_item else None,
        "vote": vote.vote,
        "vote_text": ui[f"vote_value_{key_of(vote.vote)}"],
        "outcome": vote.outcome,
        "outcome_text": votes_register.outcome_text(vote, ui),
        "counts_text": ui["vote_counts"].format(
            in_favour=vote.in_favour,
            against=vote.against,
            abstentions=vote.abstentions,
            not_voting=vote.not_voting,
        ),
        "explanation": (
            {"href": explanation.url_relative_to(page.file), "title": statement_title(explanation)}
            if explanation
            else None
        ),
    }


def filters_view(page, lang: str) -> dict:
    groups = []
    for field, _, _, _ in FILTERS:
        links = [
            {
                "key": value,
                "name": filter_name(field, value, lang, _ui_strings),
                "href": file.url_relative_to(page.file),
                "current": file is page.file,
            }
            for (name, value), file in _state.filter_files.items()
            if name == field
        ]
        groups.append({"field": field, "label": _ui_strings[f"filter_{field}"][lang], "links": links})
    root = site_context.language_root(lang)
    return {
        "all": {"href": _state.page.url_relative_to(page.file), "current": page.file is _state.page},
        "groups": groups,
        "data_page": get_relative_url(f"{root}{open_data.FOLDER}/", page.url),
    }


def on_page_markdown(markdown, page, config, files):
    if _state is None or f"data: {MARKER}" not in markdown or _state.page is None:
        return markdown
    lang = _state.lang
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    chosen = page.meta.get("votes_filter")
    votes = [
        vote for vote in _state.votes if not chosen or value_of(vote, chosen["field"]) == chosen["value"]
    ]
    env = data_pages.template_environment(config)

    def render(name):
        if name != MARKER:
            return None
        # Dated by the newest vote it shows, not the build (latvijaano/page_updated.py).
        page_updated.mark(page.meta, page_updated.newest(vote.date for vote in votes))
        return env.get_template("votes.html").render(
            ui=ui,
            votes=[vote_view(vote, page, files, lang, ui) for vote in votes],
            filters=filters_view(page, lang),
            search_exclude=bool(chosen),
        )

    return data_pages.replace_markers(markdown, render)


def open_data_record(vote, lang: str, site_url: str, files, ui: dict) -> dict:
    explanation = statement_file(files, lang, vote.explanation) if vote.explanation else None
    return {
        "id": vote.id,
        "url": f"{site_url}{_state.page.url}#{vote.anchor}" if _state.page else None,
        "date": vote.date.isoformat(),
        "draft": vote.draft,  # None where the sources give no symbol, as on the page
        "resolution": vote.resolution,
        "submitted_by": vote.submitted_by[lang] if vote.submitted_by else None,
        "subject": vote.subject[lang],
        "agenda_item": vote.agenda_item[lang] if vote.agenda_item else None,
        "vote": vote.vote,
        "vote_text": ui[f"vote_value_{key_of(vote.vote)}"],
        "outcome": vote.outcome,
        "reason": vote.reason,
        "outcome_text": votes_register.outcome_text(vote, ui),
        "in_favour": vote.in_favour,
        "against": vote.against,
        "abstentions": vote.abstentions,
        "not_voting": vote.not_voting,
        "explanation_id": vote.explanation if explanation else None,
        "explanation_url": site_url + explanation.url if explanation else None,
        "meeting_id": vote.meeting,
    }


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is None:
        return
    lang = _state.lang
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    records = [open_data_record(vote, lang, config.site_url or "", _state.files, ui) for vote in _state.votes]
    open_data.write(
        Path(config.site_dir),
        site_context.language_root(lang),
        site_context.project_root(config),
        OPEN_DATA_NAME,
        records,
    )
