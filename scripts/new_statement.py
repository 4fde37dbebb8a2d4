#!/usr/bin/env python3
"""Create a statement in both languages.

    python scripts/new_statement.py --date 2025-11-14 --slug darba-metodes \\
        --title-lv "Latvija debatēs par darba metodēm" --title-en "Latvia at the debate on working methods" \\
        --priorities working-methods --source https://www.mfa.gov.lv/... [--symbol S/PV.10043] \\
        [--meeting 2025-11-14-darba-metodes] \\
        [--type explanation-of-vote --vote-timing after] [--delivery check-against-delivery]

Creates docs/lv/pazinojumi/<date>-<slug>.md and docs/en/pazinojumi/<date>-<slug>.md with front
matter (title, description, date, meeting, symbol, speaker, type, delivery, priorities, source)
and "TODO:" placeholders for what only the editor can write (description, speaker, the summary,
the meeting unless --meeting gives its id in data/meetings.yml; a joint statement's group,
`on_behalf_of`, in each language). `--type` is one of statement (the default),
explanation-of-vote (needs `--vote-timing before|after`), joint-statement, press-remarks;
`--delivery` as-delivered or check-against-delivery (published before it is delivered), only where the source says which; without it, no delivery line.
Everything given is checked before anything is written: the date, the slug, each priority
against data/priorities.yml, the source (https), the symbol (a UN document symbol). Never
overwrites a file. The statements list, the priority pages, the home page and the feed pick the
statement up by themselves. The placeholders build (so the draft can be previewed) but
scripts/check_content.py refuses them until replaced.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from new_news import valid_date
from new_page import (
    LANGUAGES,
    REPO,
    ScaffoldError,
    page_text,
    run_scaffold,
    scaffold_parser,
    title,
    valid_slug,
    write_pair,
    yaml_value,
)

sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano.kinds import STATEMENTS_FOLDER  # noqa: E402
from latvijaano.rules import un_symbols  # noqa: E402
from latvijaano.rules.model import (
    DEFAULT_STATEMENT_TYPE,
    DELIVERIES,
    STATEMENT_TYPES,
    VOTE_TIMINGS,
    meeting_ids,
    priority_keys,
)  # noqa: E402

PLACEHOLDERS = {
    "description": {
        "lv": "TODO: viens teikums par paziņojumu (meklētājiem un kopīgošanai).",
        "en": "TODO: one sentence about the statement (for search engines and sharing).",
    },
    "meeting": {
        "lv": "TODO: sanāksmes id no data/meetings.yml (piemēram, 2025-11-14-darba-metodes; jaunu pievieno ar make meeting)",
        "en": "TODO: the meeting's id from data/meetings.yml (e.g. 2025-11-14-darba-metodes; add one with make meeting)",
    },
    "speaker": {
        "lv": "TODO: runātāja vārds un amats (ja avots runātāju nenosauc, izdzēsiet šo rindu)",
        "en": "TODO: the speaker's name and post (if the source names no speaker, delete this line)",
    },
    "on_behalf_of": {
        "lv": "TODO: grupa, kuras vārdā paziņojums nolasīts",
        "en": "TODO: the group on whose behalf the statement is delivered",
    },
    "body": {
        "lv": "TODO: paziņojuma kopsavilkums saviem vārdiem (vismaz trīs teikumi): kur, kad un kas runāja, "
        "ko Latvija teica. ANO dokumentu simbolus (piemēram, S/2024/507) raksta, kā tie ir: tie kļūst par saitēm.",
        "en": "TODO: a summary of the statement in your own words (at least three sentences): where, when, who spoke, "
        "what Latvia said. Write UN document symbols (e.g. S/2024/507) as they are: they become links.",
    },
}


def valid_priorities(root: Path, values: list[str]) -> list[str]:
    keys = priority_keys(root)
    if keys is None:
        raise ScaffoldError("Nevar nolasīt data/priorities.yml. / Cannot read data/priorities.yml.")
    given = [key.strip() for value in values for key in value.split(",") if key.strip()]
    unknown = [key for key in given if key not in keys]
    if unknown:
        raise ScaffoldError(
            f"Nezināma prioritāte: {', '.join(unknown) or '(nav norādīta)'}; izvēlieties no: {', '.join(keys)}. / "
            f"Unknown priority: {', '.join(unknown) or '(none given)'}; choose from: {', '.join(keys)}."
        )
    return list(dict.fromkeys(given))


def valid_source(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.netloc:
        raise ScaffoldError(
            f"Nederīga adrese '{value}': pilnā teksta adresei jāsākas ar https://. / "
            f"Invalid address '{value}': the full text's address must start with https://."
        )
    return value


def valid_symbol(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if not un_symbols.is_symbol(value):
        raise ScaffoldError(
            f"'{value}' nav ANO dokumenta simbols (piemēram, S/PV.10043). / "
            f"'{value}' is not a UN document symbol (e.g. S/PV.10043)."
        )
    return value.strip()


def valid_meeting(root: Path, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    ids = meeting_ids(root) or []
    if value.strip() not in ids:
        raise ScaffoldError(
            f"Nezināma sanāksme '{value}': ierakstiet id no data/meetings.yml (vai vispirms make meeting …). / "
            f"Unknown meeting '{value}': give an id from data/meetings.yml (or run make meeting … first)."
        )
    return value.strip()


def valid_choice(value: str | None, allowed: tuple, name: str) -> str:
    if value not in allowed:
        raise ScaffoldError(
            f"Nederīgs {name} '{value}'; izvēlieties no: {', '.join(allowed)}. / "
            f"Invalid {name} '{value}'; choose from: {', '.join(allowed)}."
        )
    return value


def create_statement(
    root: Path,
    date: str,
    slug: str,
    title_lv: str,
    title_en: str,
    priorities: list[str],
    source: str,
    symbol: str | None = None,
    meeting: str | None = None,
    kind: str = DEFAULT_STATEMENT_TYPE,
    delivery: str | None = None,
    vote_timing: str | None = None,
) -> list[Path]:
    day = valid_date(date)
    kind = valid_choice(kind or DEFAULT_STATEMENT_TYPE, STATEMENT_TYPES, "--type")
    # No delivery line unless the source says how it was delivered.
    delivery = valid_choice(delivery, DELIVERIES, "--delivery") if delivery else None
    if kind == "explanation-of-vote":
        vote_timing = valid_choice(vote_timing, VOTE_TIMINGS, "--vote-timing")
    elif vote_timing:
        raise ScaffoldError(
            "--vote-timing ir tikai ar --type explanation-of-vote. / "
            "--vote-timing goes with --type explanation-of-vote only."
        )
    rel = f"{STATEMENTS_FOLDER}/{day.isoformat()}-{valid_slug(slug)}.md"
    titles = {"lv": title(title_lv), "en": title(title_en)}
    keys, source, symbol = valid_priorities(root, priorities), valid_source(source), valid_symbol(symbol)
    meeting = valid_meeting(root, meeting)
    texts = {}
    for lang in LANGUAGES:
        meta = {
            "description": PLACEHOLDERS["description"][lang],
            "date": day,
            "meeting": meeting or PLACEHOLDERS["meeting"][lang],
        }
        if symbol:
            meta["symbol"] = symbol
        meta["speaker"] = PLACEHOLDERS["speaker"][lang]
        meta["type"] = kind
        if kind == "explanation-of-vote":
            meta["vote_timing"] = vote_timing
        if kind == "joint-statement":
            meta["on_behalf_of"] = PLACEHOLDERS["on_behalf_of"][lang]
        if delivery:
            meta["delivery"] = delivery
        if keys:  # a statement under no priority has no line
            # A flow list of quoted keys: `priorities: ["working-methods"]`.
            meta["priorities"] = _FlowList(keys)
        meta["source"] = source
        texts[lang] = page_text(titles[lang], meta, PLACEHOLDERS["body"][lang])
    return write_pair(root, rel, texts)


class _FlowList(list):
    """A list that page_text writes as YAML's flow style, each item quoted like any other value."""

    def __str__(self) -> str:
        return "[" + ", ".join(yaml_value(item) for item in self) + "]"


def main(argv=None) -> int:
    parser = scaffold_parser(
        __doc__,
        ("--date", "YYYY-MM-DD, the day the statement was delivered"),
        ("--slug", "e.g. darba-metodes (lower case, no diacritics)"),
    )
    parser.add_argument(
        "--priorities",
        default=[],
        nargs="*",
        help="keys from data/priorities.yml, e.g. working-methods women (or comma-separated); "
        "only where the statement's subject is plainly that priority's (optional)",
    )
    parser.add_argument("--source", required=True, help="https address of the full text")
    parser.add_argument(
        "--symbol", default=None, help="the meeting record's symbol, e.g. S/PV.10043 (optional)"
    )
    parser.add_argument(
        "--meeting",
        default=None,
        help="the meeting's id in data/meetings.yml, e.g. 2025-11-14-darba-metodes (optional)",
    )
    parser.add_argument(
        "--type",
        default=DEFAULT_STATEMENT_TYPE,
        dest="kind",
        help=f"one of {', '.join(STATEMENT_TYPES)} (default: statement)",
    )
    parser.add_argument(
        "--vote-timing", default=None, help="with --type explanation-of-vote: before or after (the vote)"
    )
    parser.add_argument(
        "--delivery",
        default=None,
        help="as-delivered or check-against-delivery (published before it is delivered); only where the source says",
    )
    args = parser.parse_args(argv)
    return run_scaffold(
        lambda: create_statement(
            args.root,
            args.date,
            args.slug,
            args.title_lv,
            args.title_en,
            args.priorities,
            args.source,
            args.symbol,
            args.meeting,
            args.kind,
            args.delivery,
            args.vote_timing,
        ),
        args.root,
    )


if __name__ == "__main__":
    sys.exit(main())
