#!/usr/bin/env python3
"""Create a news item in both languages.

    python scripts/new_news.py --date 2025-06-03 --slug ievelesana \\
        --title-lv "Latvija ievēlēta ANO Drošības padomē" --title-en "Latvia elected to the UN Security Council"

Creates docs/lv/jaunumi/<date>-<slug>.md and docs/en/jaunumi/<date>-<slug>.md with front matter
(title, date, description) and "TODO:" placeholders. Never overwrites a file. The news list
(docs/<lang>/jaunumi/index.md) picks the item up by itself. The placeholders build (so the
draft can be previewed) but scripts/check_content.py refuses them until replaced.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from new_page import (
    LANGUAGES,
    ScaffoldError,
    page_text,
    run_scaffold,
    scaffold_parser,
    title,
    valid_slug,
    write_pair,
)

PLACEHOLDERS = {
    "description": {
        "lv": "TODO: viens teikums par ziņu (meklētājiem un kopīgošanai).",
        "en": "TODO: one sentence about the news item (for search engines and sharing).",
    },
    "body": {
        "lv": "TODO: ziņas teksts. Pirmajā rindkopā — galvenais (kas, kur, kad), tālāk — sīkāk.",
        "en": "TODO: the text of the news item. The first paragraph gives the main point (who, where, when), then the details.",
    },
}


def valid_date(value: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ScaffoldError(
            f"Nederīgs datums '{value}': rakstiet GGGG-MM-DD, piemēram, 2025-06-03. / "
            f"Invalid date '{value}': write YYYY-MM-DD, e.g. 2025-06-03."
        ) from None


def create_news(root: Path, date: str, slug: str, title_lv: str, title_en: str) -> list[Path]:
    day = valid_date(date)
    rel = f"jaunumi/{day.isoformat()}-{valid_slug(slug)}.md"
    titles = {"lv": title(title_lv), "en": title(title_en)}
    texts = {
        lang: page_text(
            titles[lang],
            {"date": day, "description": PLACEHOLDERS["description"][lang]},
            PLACEHOLDERS["body"][lang],
        )
        for lang in LANGUAGES
    }
    return write_pair(root, rel, texts)


def main(argv=None) -> int:
    args = scaffold_parser(
        __doc__, ("--date", "YYYY-MM-DD"), ("--slug", "e.g. ievelesana (lower case, no diacritics)")
    ).parse_args(argv)
    return run_scaffold(
        lambda: create_news(args.root, args.date, args.slug, args.title_lv, args.title_en), args.root
    )


if __name__ == "__main__":
    sys.exit(main())
