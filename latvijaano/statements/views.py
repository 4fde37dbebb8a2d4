"""What a statement shows: its line in a list, its facts under its heading, and its way on."""

from __future__ import annotations

import jinja2
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from latvijaano.data.dates import local_date
from latvijaano.data.templates import as_html_block
from latvijaano.meetings.loading import meeting_by_id
from latvijaano.news.item_nav import item_nav, neighbours
from latvijaano.news.items import NewsItem
from latvijaano.news.views import item_view
from latvijaano.rules.model import statement_type
from latvijaano.rules.page import as_date
from latvijaano.statements.model import State, stem_of
from latvijaano.votes.views import symbol_link, vote_line


def priority_links(state: State, keys, page_file: File) -> list[dict]:
    by_key = {priority.key: priority for priority in state.priorities}
    # Only a priority with statements has its page (a statement's own priorities always do).
    return [
        {"name": by_key[key].names[state.lang], "href": state.topic_files[key].url_relative_to(page_file)}
        for key in keys
        if key in by_key and key in state.topic_files
    ]


def kind_text(meta: dict, ui: dict) -> str:
    """'Explanation of vote (after the vote)', 'Joint statement on behalf of …': the statement's type."""
    kind = statement_type(meta)
    text = ui[f"statement_type_{kind.replace('-', '_')}"]
    if kind == "explanation-of-vote":
        text = f"{text} ({ui['statement_vote_timing_' + meta['vote_timing']]})"
    elif kind == "joint-statement":
        text = f"{text} — {ui['statement_on_behalf_of'].format(group=meta['on_behalf_of'].strip())}"
    return text


def delivery_text(meta: dict, ui: dict) -> str | None:
    delivery = meta.get("delivery")
    return ui[f"statement_delivery_{delivery.replace('-', '_')}"] if delivery else None


def vote_lines(state: State, stem: str, ui: dict, page_file: File | None = None) -> list[dict]:
    """The statement's line per vote it explains; `register` links the vote's row on balsojumi/."""
    lines = []
    for vote in state.votes.get(stem, []):
        line = vote_line(vote, state.lang, ui)
        if page_file is not None and state.votes_page is not None:
            line["register"] = f"{state.votes_page.url_relative_to(page_file)}#{vote.anchor}"
        lines.append(line)
    return lines


def statement_view(state: State, item: NewsItem, page: Page, ui: dict) -> dict:
    """What a list shows of a statement: news' item_view and its type, delivery and votes."""
    view = item_view(item, page, state.lang)
    view.update(
        kind=statement_type(item.meta),
        kind_text=kind_text(item.meta, ui),
        delivery_text=delivery_text(item.meta, ui),
        votes=vote_lines(state, stem_of(item.file), ui),
        year=item.date.isoformat()[:4],
    )
    return view


def statement_facts(state: State, page: Page, env: jinja2.Environment, ui: dict, root) -> str:
    """The statement's facts under its heading (partials/data/statement-facts.html)."""
    lang = state.lang
    meta = page.meta
    meeting = meeting_by_id(root, meta["meeting"])
    date = as_date(meta["date"])
    symbol = meta.get("symbol")
    record = symbol_link(symbol, lang) if symbol else None
    return env.get_template("statement-facts.html").render(
        ui=ui,
        date=date.isoformat(),
        date_text=local_date(date, lang),
        meeting=(
            {"title": meeting.title[lang], "href": get_relative_url(meeting.path(lang), page.url)}
            if meeting
            else {"title": meta["meeting"], "href": None}
        ),  # a scaffold's TODO placeholder
        speaker=(meta.get("speaker") or "").strip(),
        record=record,
        source=meta["source"],
        source_lang=meta.get("source_lang") or "en",
        lang=lang,
        priorities=priority_links(state, meta.get("priorities") or [], page.file),
        kind_text=kind_text(meta, ui),
        delivery=meta.get("delivery"),
        delivery_text=delivery_text(meta, ui),
        votes=vote_lines(state, stem_of(page.file), ui, page.file),
    )


def after_heading(markdown: str, html: str) -> str:
    """`html` as a block right after the page's H1 (at the top if it has none)."""
    lines = markdown.split("\n")
    block = as_html_block(html)
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block, ""] + lines[index + 1 :])
    return f"{block}\n\n{markdown}"


def way_on(state: State, page: Page, env: jinja2.Environment, ui: dict) -> str:
    """The end of a statement's page: the statements before and after it, by date, and the list."""
    items = state.items  # newest first
    index = next(number for number, item in enumerate(items) if item.file is page.file)
    earlier, later = neighbours(items, index)
    return item_nav(
        page,
        env,
        state.lang,
        earlier=earlier,
        later=later,
        list_url=state.listing.list_urls.get(1),
        texts={
            "label": ui["item_nav_statements"],
            "earlier": ui["item_nav_statement_earlier"],
            "later": ui["item_nav_statement_later"],
            "all": ui["all_statements"],
        },
    )
