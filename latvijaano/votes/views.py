"""How a vote is said — on the register page, in the statement's line, in the feeds and in the
open data — in one language: its symbols linked as latvijaano/rules/un_symbols.py links them, its
outcome in words, its row on the page, its record in dati/balsojumi.json."""

from __future__ import annotations

from mkdocs.utils.meta import get_data

from latvijaano.data.dates import local_date
from latvijaano.kinds import STATEMENTS_FOLDER
from latvijaano.rules import un_symbols
from latvijaano.votes.model import Vote, key_of


def symbol_link(symbol: str, lang: str) -> dict:
    """{symbol, href, title}: a UN symbol linked as latvijaano/rules/un_symbols.py links it in the text."""
    kind = next(found[3] for found in un_symbols.find_symbols(symbol))
    return {"symbol": symbol, "href": un_symbols.address(symbol), "title": un_symbols.TITLES[kind][lang]}


def outcome_text(vote: Vote, ui: dict) -> str:
    """'adopted' / 'not adopted (vetoed)' in the page's language (`ui`: one language's strings)."""
    if vote.outcome == "adopted":
        return ui["vote_outcome_adopted"]
    return ui[f"vote_outcome_not_adopted_{key_of(vote.reason)}"]


def submitted_text(vote: Vote, lang: str, ui: dict) -> str | None:
    """ "the draft submitted by Russia" (in the line's grammar), or None if the entry does not say."""
    return (
        ui["vote_line_draft_submitted_by"].format(name=vote.submitted_by[lang]) if vote.submitted_by else None
    )


def vote_line(vote: Vote, lang: str, ui: dict) -> dict:
    """ "Latvia voted in favour of S/RES/… (adopted)", or, for a vote whose sources give no symbol,
    "Latvia voted against the draft submitted by Russia (not adopted)": {lead, symbol, href, title,
    outcome, text, anchor}; without a symbol, `symbol`, `href` and `title` are None and `draft`
    is the words that stand for it (never a made-up symbol or an empty link)."""
    lead = ui[f"vote_line_{key_of(vote.vote)}"]
    outcome = outcome_text(vote, ui)
    if vote.symbol:
        return {
            "lead": lead,
            **symbol_link(vote.symbol, lang),
            "draft": None,
            "outcome": outcome,
            "anchor": vote.anchor,
            "text": f"{lead} {vote.symbol} ({outcome}).",
        }
    draft = submitted_text(vote, lang, ui)
    return {
        "lead": lead,
        "symbol": None,
        "href": None,
        "title": None,
        "draft": draft,
        "outcome": outcome,
        "anchor": vote.anchor,
        "text": f"{lead} {draft} ({outcome}).",
    }


# --- The register page's rows and the open data --------------------------------------------------


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
        "date_text": local_date(vote.date, lang),
        "year": str(vote.date.year),
        # No symbol the sources do not give: the cell says so, and the subject says who submitted it.
        "draft": symbol_link(vote.draft, lang) if vote.draft else None,
        "resolution": symbol_link(vote.resolution, lang) if vote.resolution else None,
        "submitted_by": vote.submitted_by[lang] if vote.submitted_by else None,
        "subject": vote.subject[lang],
        "agenda_item": vote.agenda_item[lang] if vote.agenda_item else None,
        "vote": vote.vote,
        "vote_text": ui[f"vote_value_{key_of(vote.vote)}"],
        "outcome": vote.outcome,
        "outcome_text": outcome_text(vote, ui),
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


def open_data_record(vote, lang: str, site_url: str, files, ui: dict, register_page) -> dict:
    """`register_page`: the File of balsojumi/index.md, or None while the register is empty."""
    explanation = statement_file(files, lang, vote.explanation) if vote.explanation else None
    return {
        "id": vote.id,
        "url": f"{site_url}{register_page.url}#{vote.anchor}" if register_page else None,
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
        "outcome_text": outcome_text(vote, ui),
        "in_favour": vote.in_favour,
        "against": vote.against,
        "abstentions": vote.abstentions,
        "not_voting": vote.not_voting,
        "explanation_id": vote.explanation if explanation else None,
        "explanation_url": site_url + explanation.url if explanation else None,
        "meeting_id": vote.meeting,
    }
