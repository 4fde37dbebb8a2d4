"""Every page in both languages at the same path: a missing counterpart (or one under another file
name, which is most likely a renamed translation), and `translation: pending` on a Latvian page
whose English page is there after all.
"""

from __future__ import annotations

import posixpath

from latvijaano.problems import Problem
from latvijaano.rules.model import LANGUAGE_WORDS, NEWS_NAME
from latvijaano.rules.page import Page
from latvijaano.site_context import LANGUAGES


def counterpart_path(page: Page, lang: str, rel: str | None = None) -> str:
    """The path of `page`'s file in another language folder: docs/lv/x.md -> docs/en/x.md."""
    return page.path[: -len(f"{page.lang}/{page.rel}")] + f"{lang}/{rel or page.rel}"


def renamed_counterparts(unmatched: list[Page]) -> dict[Page, Page]:
    """Latvian pages whose English counterpart is there under another file name.

    Pairs, in the same folder, a Latvian and an English page that each lack their counterpart:
    news items by their date, other pages when the folder has exactly one such page per language."""
    pairs: dict[Page, Page] = {}
    by_folder: dict[str, dict[str, list[Page]]] = {}
    for page in unmatched:
        by_folder.setdefault(posixpath.dirname(page.rel), {}).setdefault(page.lang, []).append(page)
    for groups in by_folder.values():
        latvian, english = groups.get("lv", []), groups.get("en", [])
        if len(latvian) == 1 and len(english) == 1:
            pairs[latvian[0]] = english[0]
            continue
        for lv_page in latvian:
            dated = [
                p
                for p in english
                if p.rel.rsplit("/", 1)[-1][:11] == lv_page.rel.rsplit("/", 1)[-1][:11]
                and NEWS_NAME.fullmatch(p.rel.rsplit("/", 1)[-1])
                and p not in pairs.values()
            ]
            if NEWS_NAME.fullmatch(lv_page.rel.rsplit("/", 1)[-1]) and len(dated) == 1:
                pairs[lv_page] = dated[0]
    return pairs


def counterpart_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """Every page in both languages, at the same path (or the Latvian one marked 'translation: pending')."""
    problems = []
    unmatched = [
        page
        for (lang, rel), page in pages.items()
        if not all((other, rel) in pages for other in LANGUAGES if other != lang)
        and not (lang == LANGUAGES[0] and page.meta.get("translation") == "pending")
    ]
    renamed = renamed_counterparts(unmatched)
    for lv_page, en_page in renamed.items():
        expected = counterpart_path(lv_page, en_page.lang)
        problems.append(
            Problem(
                en_page.path,
                1,
                f"Šim failam nav latviešu versijas, un {lv_page.path} nav angļu versijas — ja tas ir tās tulkojums "
                f"ar citu nosaukumu, pārdēvējiet {en_page.path} par {expected} (abās valodās ceļam jābūt vienādam); "
                "ja ne, izveidojiet trūkstošās versijas.",
                f"This file has no Latvian version, and {lv_page.path} no English one — if this is its translation "
                f"under another name, rename {en_page.path} to {expected} (the path must be the same in both "
                "languages); if not, create the missing versions.",
            )
        )
    paired = set(renamed) | set(renamed.values())
    for page in unmatched:
        if page in paired:
            continue
        for other in LANGUAGES:
            if other == page.lang or (other, page.rel) in pages:
                continue
            words = LANGUAGE_WORDS[other]
            other_path = counterpart_path(page, other)
            fix_lv = (
                " vai pievienojiet galvenē (front matter) 'translation: pending'"
                if page.lang == LANGUAGES[0]
                else ""
            )
            fix_en = (
                ", or add 'translation: pending' to the front matter" if page.lang == LANGUAGES[0] else ""
            )
            problems.append(
                Problem(
                    page.path,
                    1,
                    f"Nav {words['lv']} versijas {other_path} lapai {page.path} — izveidojiet to ar tādu pašu ceļu{fix_lv}.",
                    f"No {words['en']} version {other_path} of {page.path} — create it with the same path{fix_en}.",
                )
            )
    return problems


def pending_but_translated_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """'translation: pending' says the English page is still to come: wrong once it is there."""
    problems = []
    for (lang, rel), page in pages.items():
        if lang != LANGUAGES[0] or page.meta.get("translation") != "pending":
            continue
        for other in LANGUAGES[1:]:
            if (other, rel) in pages:
                other_path = counterpart_path(page, other)
                problems.append(
                    Problem(
                        page.path,
                        page.line_of_key("translation"),
                        f"'translation: pending' saka, ka tulkojuma vēl nav, bet {other_path} jau ir — ja tulkojums "
                        f"ir gatavs, izdzēsiet šo rindu; ja nav, izdzēsiet failu {other_path}.",
                        f"'translation: pending' says there is no translation yet, but {other_path} exists — if the "
                        f"translation is ready, delete this line; if not, delete the file {other_path}.",
                    )
                )
    return problems
