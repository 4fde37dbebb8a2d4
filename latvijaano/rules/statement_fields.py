"""A statement's own fields (docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md; CONTRIBUTING.md, "Paziņojumi"):
where and by whom it was delivered, its source, its kind (`type`, with the fields each kind needs),
its delivery status and its priorities.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from latvijaano.kinds import STATEMENTS_FOLDER
from latvijaano.problems import Problem
from latvijaano.rules import un_symbols
from latvijaano.rules.dated_items import dated_item_problems
from latvijaano.rules.model import (
    DEFAULT_STATEMENT_TYPE,
    DELIVERIES,
    SOURCE_LANGUAGES,
    STATEMENT_TYPES,
    TODO,
    VOTE_TIMINGS,
    meeting_ids,
    priority_keys,
)
from latvijaano.rules.page import Page


def _front_matter_line_with(page: Page, key: str, value: str) -> int:
    """The line of `value` inside the front matter field `key` (a list may span lines)."""
    start = page.line_of_key(key)
    for number in range(start, page.body_line):
        if value in page.lines[number - 1]:
            return number
    return start


def statement_problems(page: Page, root: Path) -> list[Problem]:
    """A statement (docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md): its date and file name, and the
    fields that say where and by whom it was delivered (CONTRIBUTING.md, "Paziņojumi")."""
    folder, _, name = page.rel.rpartition("/")
    if folder != STATEMENTS_FOLDER or name == "index.md":
        return []
    problems = dated_item_problems(page, STATEMENTS_FOLDER)
    wants = {
        "meeting": (
            "sanāksmes identifikatoru no data/meetings.yml, piemēram, 'meeting: 2025-11-14-darba-metodes'",
            "the meeting's id from data/meetings.yml, e.g. 'meeting: 2025-11-14-darba-metodes'",
        ),
    }
    for key, (what_lv, what_en) in wants.items():
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"Paziņojumam trūkst '{key}' galvenē (front matter) — ierakstiet {what_lv}.",
                    f"The statement has no '{key}' in the front matter — write {what_en}.",
                )
            )
    meeting, ids = page.meta.get("meeting"), meeting_ids(root)
    # A scaffold's "TODO:" placeholder is reported by the TODO rule (and builds as a draft).
    if (
        isinstance(meeting, str)
        and meeting.strip()
        and ids is not None
        and meeting.strip() not in ids
        and not TODO.search(meeting)
    ):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("meeting"),
                f"Nezināma sanāksme 'meeting: {meeting}' — ja tās ierakstu izdzēsāt no data/meetings.yml, "
                "atjaunojiet to (sanāksmi, kas nenotiks, atzīmē ar 'status: cancelled'; pārceltai paliek tas "
                "pats id); citādi ierakstiet sanāksmes 'id' no data/meetings.yml (jaunu pievieno ar 'make meeting …').",
                f"Unknown meeting 'meeting: {meeting}' — if you deleted its entry from data/meetings.yml, put it "
                "back (a meeting that will not take place is marked 'status: cancelled'; a moved one keeps its "
                "id); otherwise write a meeting's 'id' from data/meetings.yml (add one with 'make meeting …').",
            )
        )
    symbol = page.meta.get("symbol")
    if symbol is not None and not (isinstance(symbol, str) and un_symbols.is_symbol(symbol)):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("symbol"),
                f"'symbol: {symbol}' nav ANO dokumenta simbols — rakstiet sanāksmes stenogrammas simbolu, "
                "piemēram, 'symbol: S/PV.10043', vai izdzēsiet rindu, kamēr stenogramma nav izdota.",
                f"'symbol: {symbol}' is not a UN document symbol — write the meeting record's symbol, "
                "e.g. 'symbol: S/PV.10043', or delete the line until the record is issued.",
            )
        )
    # The speaker is written only where the source names one: no line, no speaker on the page.
    speaker = page.meta.get("speaker")
    if "speaker" in page.meta and (not isinstance(speaker, str) or not speaker.strip()):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("speaker"),
                "'speaker' ir tukšs — ierakstiet runātāja vārdu un amatu, kā to dod avots, vai izdzēsiet rindu, "
                "ja avots runātāju nenosauc.",
                "'speaker' is empty — write the speaker's name and post as the source gives them, or delete the "
                "line if the source names no speaker.",
            )
        )
    source = page.meta.get("source")
    parsed = urlsplit(source.strip()) if isinstance(source, str) else None
    if parsed is None or parsed.scheme != "https" or not parsed.netloc:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("source"),
                "'source' jābūt pilnā teksta adresei, kas sākas ar https://, piemēram, "
                "'source: https://www.mfa.gov.lv/...'.",
                "'source' must be the address of the full text, starting with https://, e.g. "
                "'source: https://www.mfa.gov.lv/...'.",
            )
        )
    source_lang = page.meta.get("source_lang")
    if source_lang is not None and source_lang not in SOURCE_LANGUAGES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("source_lang"),
                f"'source_lang: {source_lang}' — pilnā teksta valoda ir viena no: {', '.join(SOURCE_LANGUAGES)} "
                "(bez šīs rindas: 'en').",
                f"'source_lang: {source_lang}' — the full text's language is one of: {', '.join(SOURCE_LANGUAGES)} "
                "(without the line: 'en').",
            )
        )
    problems.extend(statement_kind_problems(page))
    known = priority_keys(root)
    # A statement is tagged with a priority only where its subject is plainly that priority's:
    # no line (or `priorities: []`) is a statement under none.
    priorities = page.meta.get("priorities", [])
    if not isinstance(priorities, list):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("priorities"),
                "'priorities' jābūt sarakstam ar prioritātēm no data/priorities.yml, piemēram, "
                "'priorities: [working-methods]', vai jāizdzēš, ja paziņojums neattiecas uz nevienu prioritāti.",
                "'priorities' must be a list of priorities from data/priorities.yml, e.g. "
                "'priorities: [working-methods]', or be deleted if the statement is under none.",
            )
        )
    elif known is not None:
        for key in priorities:
            if key not in known:
                problems.append(
                    Problem(
                        page.path,
                        _front_matter_line_with(page, "priorities", str(key)),
                        f"Nezināma prioritāte '{key}' — izmantojiet kādu no data/priorities.yml: {', '.join(known)}.",
                        f"Unknown priority '{key}' — use one of data/priorities.yml: {', '.join(known)}.",
                    )
                )
    return problems


# A type's own field: the type that needs it, what a valid value is, the message when it is missing
# or wrong (Latvian, English), and the type's name in the "belongs to … only" message.
TYPE_FIELDS = {
    "vote_timing": (
        "explanation-of-vote",
        lambda value: value in VOTE_TIMINGS,
        "Balsojuma skaidrojumam vajag 'vote_timing: before' (pirms balsojuma) vai 'vote_timing: after' "
        "(pēc balsojuma).",
        "An explanation of vote needs 'vote_timing: before' (before the vote) or 'vote_timing: after' "
        "(after the vote).",
        "balsojuma skaidrojumam",
        "an explanation of vote",
    ),
    "on_behalf_of": (
        "joint-statement",
        lambda value: isinstance(value, str) and bool(value.strip()),
        "Kopīgam paziņojumam vajag 'on_behalf_of:' — grupas nosaukumu šīs lapas valodā.",
        "A joint statement needs 'on_behalf_of:' — the group's name in this page's language.",
        "kopīgam paziņojumam",
        "a joint statement",
    ),
}


def statement_kind_problems(page: Page) -> list[Problem]:
    """`type` (+ `vote_timing` for an explanation of vote, `on_behalf_of` for a joint statement)
    and `delivery`: one of the values MODEL-ITEMS.md agrees on, each field only where it belongs."""
    problems = []
    meta = page.meta
    kind = meta.get("type", DEFAULT_STATEMENT_TYPE)
    if kind not in STATEMENT_TYPES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("type"),
                f"Nezināms paziņojuma veids 'type: {kind}' — rakstiet vienu no: {', '.join(STATEMENT_TYPES)}.",
                f"Unknown statement type 'type: {kind}' — write one of: {', '.join(STATEMENT_TYPES)}.",
            )
        )
    for field, (owner, valid, needs_lv, needs_en, owner_lv, owner_en) in TYPE_FIELDS.items():
        value = meta.get(field)
        if kind == owner and not valid(value):
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(field) if value is not None else page.line_of_key("type"),
                    needs_lv,
                    needs_en,
                )
            )
        elif kind != owner and value is not None:
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(field),
                    f"'{field}' ir tikai {owner_lv} ('type: {owner}') — izdzēsiet rindu vai nomainiet veidu.",
                    f"'{field}' belongs to {owner_en} only ('type: {owner}') — delete the line or change the type.",
                )
            )
    delivery = meta.get("delivery")
    if delivery is not None and delivery not in DELIVERIES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("delivery"),
                f"Nezināms 'delivery: {delivery}' — rakstiet 'as-delivered' (kā nolasīts) vai "
                "'check-against-delivery' (publicēts pirms nolasīšanas).",
                f"Unknown 'delivery: {delivery}' — write 'as-delivered' or 'check-against-delivery' (published "
                "before it is delivered).",
            )
        )
    return problems
