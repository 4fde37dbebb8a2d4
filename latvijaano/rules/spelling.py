"""Spelling of a page's text: Latvian in docs/lv/, English in docs/en/, against hunspell's dictionaries.

What is read: the page's text as the build renders it, block by block, as latvijaano/rules/language.py
reads it — so text inside any element with a `lang` attribute (`*…*{lang=en}`, `<span lang="en">`),
code, UN document symbols, addresses, e-mails and numbers are already left out.
What is checked, word by word:
- a word written in lower case, and a capitalised word at the start of a sentence, list item,
  heading or table cell (the dictionaries know how a lower-case word is capitalised there);
- NOT a capitalised word elsewhere in a sentence (in both languages that is a name: Guterrešs,
  Ņujorka, Security Council), a word in capitals (ANO, UNTSO) or of mixed case (LatvijaANO): names
  are too many and too varied for any dictionary, and checking them would bury real mistakes;
- NOT a word in the project's list, data/spelling-words.yml (correct words the dictionaries lack).
A word the page's dictionary rejects is a problem at its line, with hunspell's suggestion. If the
OTHER language's dictionary accepts it, it is a word of the other language that is not marked
(WCAG 3.1.2: a screen reader would read it with the page's pronunciation): the message tells the
editor to mark it, as the language rule does.

The engine: chunspell (PyPI), the maintained Cython binding of the C hunspell library, whose
wheels carry libhunspell itself, so pip installs it everywhere; it runs in the build's own process
(no subprocess per page) and checks the whole site in a fraction of a second. The dictionaries are
the ones every Linux distribution ships (Debian: hunspell-lv, hunspell-en-gb), read from hunspell's
usual folders or DICPATH. Without them, the rule cannot check: see `missing_dictionaries_problem`.
(Not spylls/phunspell: pure-Python ports whose last release is from 2021-2022 and whose suggestions
for Latvian take seconds a word.)
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from latvijaano import site_context
from latvijaano.data import yaml_schema
from latvijaano.problems import Problem, ProblemsError
from latvijaano.rules import language, un_symbols

WORDS_FILE = "data/spelling-words.yml"
DICTIONARIES = {"lv": "lv_LV", "en": "en_GB"}
LANGUAGE_NAMES = language.LANGUAGE_NAMES
# Where hunspell dictionaries are installed: DICPATH (hunspell's own variable), then the folders
# of Debian/Ubuntu, other Linux distributions and Homebrew.
DICTIONARY_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "~/Library/Spelling",
)
# Not words: addresses, e-mails, paths and domains (mfa.gov.lv, likumi.lv), and whatever starts with
# a digit (2026, 10043rd, 3rd). UN symbols (S/PV.10043) are taken out first, by un_symbols.SYMBOL.
NOT_WORDS = re.compile(r"\S*(?:https?://|www\.|[@/]|[^\W_]\.[^\W\d_])\S*|\d\S*")
# A word: letters, with apostrophes or hyphens inside (don't, Council's, well-known, e-pasts).
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Between two words, the end of a sentence (a heading, list item or table cell is a block of its own).
SENTENCE_END = re.compile(r"[.!?…:;]")


def dictionary_folders() -> list[Path]:
    folders = [folder for folder in os.environ.get("DICPATH", "").split(os.pathsep) if folder]
    return [Path(folder).expanduser() for folder in [*folders, *DICTIONARY_FOLDERS]]


def dictionary_folder(name: str) -> Path | None:
    """The first folder that has both files of the dictionary `name` ('lv_LV')."""
    for folder in dictionary_folders():
        if (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file():
            return folder
    return None


@functools.lru_cache(maxsize=4)
def speller(lang: str, extra_words: tuple = ()):
    """hunspell with the dictionary of `lang` and the project's words; None if it is not installed.

    Loaded once per process for each word list (a sixth of a second a dictionary)."""
    folder = dictionary_folder(DICTIONARIES[lang])
    if folder is None:
        return None
    import hunspell  # chunspell

    checker = hunspell.Hunspell(DICTIONARIES[lang], hunspell_data_dir=str(folder))
    for word, like in extra_words:
        if like:
            checker.add_with_affix(word, like)  # every form `like` has: kiberdrošība like drošība
        else:
            checker.add(word)
    return checker


def project_words(root: Path) -> tuple[dict[str, tuple], list[Problem]]:
    """The word list, per language: ((word, like or None), …), and the problems with the list
    (its schema, data/schemas/spelling-words.schema.json, and `like:` words the dictionary lacks).
    A list that does not match its schema adds no words until it is mended."""
    words = {lang: () for lang in DICTIONARIES}
    if not (root / WORDS_FILE).is_file():
        return words, []
    try:
        text = site_context.read_data_text(root / WORDS_FILE, WORDS_FILE)
        data, node = yaml_schema.load_yaml(text, WORDS_FILE)
    except ProblemsError as error:
        return words, error.problems
    problems = yaml_schema.schema_problems(
        data, node, yaml_schema.load_schema("spelling-words", root), WORDS_FILE
    )
    if problems:
        return words, problems
    for lang in DICTIONARIES:
        entries = tuple(
            (entry, None) if isinstance(entry, str) else (entry["word"], entry["like"])
            for entry in data[lang]
        )
        checker = speller(lang, entries)  # (the one load of this dictionary: the build uses it too)
        unknown = [
            (number, like)
            for number, (_, like) in enumerate(entries)
            if like and checker is not None and not checker.spell(like)
        ]
        for number, like in unknown:
            problems.append(
                Problem(
                    WORDS_FILE,
                    yaml_schema.line_of(node, [lang, number]),
                    f"Paraugu „{like}” vārdnīca nepazīst — ierakstiet like: vārdu, ko vārdnīca pazīst un kas locās tāpat.",
                    f"The dictionary does not know the model \u201c{like}\u201d — give like: a word it knows, "
                    f"inflected the same way.",
                )
            )
        words[lang] = entries  # (an entry with an unknown model adds nothing; the others work)
    return words, problems


def block_words(block: str):
    """(word, is it checked) for each word of a text block (see the module's docstring)."""
    end = None  # where the previous word ended
    for match in WORD.finditer(block):
        word = match.group().replace("’", "'")
        at_start = end is None or SENTENCE_END.search(block, end, match.start()) is not None
        end = match.end()
        rest = word[1:]
        # ANO, LatvijaANO, iPhone: a name or an abbreviation; a capital inside a sentence: a name;
        # a single letter (a list's "a)", English "a" and "I") says too little to judge
        yield word, len(word) > 1 and rest == rest.lower() and (at_start or not word[0].isupper())


def word_line(page, word: str, start: int) -> int:
    """The first body line from `start` on where `word` stands as a whole word."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])".replace("'", "['’]"))
    lines = page.lines
    for number in range(max(start, page.body_line), len(lines) + 1):
        if pattern.search(lines[number - 1]):
            return number
    return start


@functools.lru_cache(maxsize=4096)
def suggestion(lang: str, extra_words: tuple, word: str) -> str | None:
    suggestions = speller(lang, extra_words).suggest(word)
    return suggestions[0] if suggestions else None


def missing_dictionaries_problem() -> Problem | None:
    """None when both dictionaries are installed."""
    missing = [name for name in DICTIONARIES.values() if dictionary_folder(name) is None]
    if not missing:
        return None
    names = ", ".join(missing)
    # On CI (and in the deploy gate) the check must never pass unchecked text: an error there.
    # On an editor's machine it is advice: every other rule still runs, and the pull request's
    # check, which has the dictionaries, checks the spelling.
    on_ci = os.environ.get("CI") == "true" or os.environ.get("GITHUB_ACTIONS") == "true"
    return Problem(
        WORDS_FILE,
        1,
        f"Pareizrakstību nevar pārbaudīt: nav uzstādītas hunspell vārdnīcas {names} — uzstādiet tās "
        f"(Debian/Ubuntu: sudo apt-get install hunspell-lv hunspell-en-gb; macOS: ielieciet .dic un .aff "
        f"failus mapē ~/Library/Spelling) vai norādiet to mapi mainīgajā DICPATH.",
        f"Spelling cannot be checked: the hunspell dictionaries {names} are not installed — install them "
        f"(Debian/Ubuntu: sudo apt-get install hunspell-lv hunspell-en-gb; macOS: put the .dic and .aff "
        f"files in ~/Library/Spelling) or name their folder in DICPATH.",
        advisory=not on_ci,
    )


def spelling_problems(
    page, html: str, words: dict[str, tuple], already_advised: set[int] = frozenset()
) -> list[Problem]:
    """`page`: a latvijaano.rules.page.Page in docs/lv/ or docs/en/; `html`: its rendered body;
    `words`: project_words(root); `already_advised`: lines where the language rule has found a
    sentence in the other language (said once, not twice)."""
    if page.lang not in DICTIONARIES:
        return []
    other = next(lang for lang in DICTIONARIES if lang != page.lang)
    own, foreign = speller(page.lang, words[page.lang]), speller(other, words[other])
    if own is None or foreign is None:
        return []  # reported once for the whole site by missing_dictionaries_problem
    problems = []
    for rendered in language.rendered_blocks(html):
        block = NOT_WORDS.sub(" ", un_symbols.SYMBOL.sub(" ", rendered))
        phrase: list[str] = []  # the other language's words in a row (names between them too)
        for word, checked in [*block_words(block), ("", True)]:  # (an empty word ends the last phrase)
            verdict = word_verdict(word, own, foreign) if checked else "name"
            if verdict == "other" or (verdict == "name" and phrase):
                phrase.append(word)
                continue
            if phrase:
                line = word_line(page, phrase[0], language.sentence_line(page, block))
                if line not in already_advised:
                    problems.append(other_language_problem(page, line, " ".join(phrase), other))
                phrase = []
            if verdict == "misspelled":
                for part in misspelled_parts(word, own):
                    line = word_line(page, part, language.sentence_line(page, block))
                    problems.append(
                        misspelling_problem(page, line, part, suggestion(page.lang, words[page.lang], part))
                    )
    return problems


def word_verdict(word: str, own, foreign) -> str:
    """'ok', 'misspelled', or 'other' (the other language's word), for a checked word."""
    if not word or own.spell(word) or all(len(part) < 2 or own.spell(part) for part in word.split("-")):
        return "ok"  # (e-pasts is whole; a hyphenated word whose parts are words is right too)
    return "other" if foreign.spell(word) else "misspelled"


def misspelled_parts(word: str, own) -> list[str]:
    """What to name: the word's parts that are wrong (ANO-ietvaros → ietvaros), or the word."""
    parts = [part for part in word.split("-") if len(part) >= 2 and not own.spell(part)]
    return parts if len(parts) < len(word.split("-")) else [word]


def misspelling_problem(page, line: int, word: str, suggested: str | None) -> Problem:
    own_lv, own_en = LANGUAGE_NAMES[page.lang][:2]
    fix_lv = f"„{suggested}”" if suggested else "vārdnīcai nav ieteikuma"
    fix_en = f"\u201c{suggested}\u201d" if suggested else "the dictionary has no suggestion"
    return Problem(
        page.path,
        line,
        f"„{word}” — {fix_lv}: {own_lv} vārdnīca šo vārdu nepazīst. Izlabojiet to; ja vārds ir pareizs "
        f"(piemēram, jauns termins), pievienojiet to {WORDS_FILE} sarakstam {page.lang}:.",
        f"\u201c{word}\u201d — {fix_en}: the {own_en} dictionary does not know this word. Correct it; if the "
        f"word is right (a new term, say), add it to the {page.lang}: list in {WORDS_FILE}.",
    )


def other_language_problem(page, line: int, phrase: str, other: str) -> Problem:
    """Advice, as the language rule's unmarked sentence is (latvijaano/rules/language.py): a term or a
    word that has become part of the language needs no mark (WCAG 3.1.2), which only an editor can
    tell; the word list takes such words."""
    own_lv, own_en = LANGUAGE_NAMES[page.lang][:2]
    other_lv, other_en, other_adverb_lv, other_adverb_en = LANGUAGE_NAMES[other]
    quoted = " ".join(phrase.split()[:8]) + (" …" if len(phrase.split()) > 8 else "")
    mark = f'<span lang="{other}">…</span>'
    return Problem(
        page.path,
        line,
        f"„{quoted}” ir {other_adverb_lv}, bet nav atzīmēts — atzīmējiet to: {mark} vai *…*{{lang={other}}} "
        f"(tad ekrāna lasītājs to izrunās pareizi); vai rakstiet {LANGUAGE_NAMES[page.lang][2]}; ja tas ir "
        f"termins vai iegājies {own_lv} valodā, pievienojiet to {WORDS_FILE} sarakstam {page.lang}:.",
        f"\u201c{quoted}\u201d is {other_adverb_en} but not marked — mark it: {mark} or *…*{{lang={other}}} "
        f"(then a screen reader pronounces it right); or write it {LANGUAGE_NAMES[page.lang][3]}; if it is a "
        f"term or has become part of {own_en}, add it to the {page.lang}: list in {WORDS_FILE}.",
        advisory=True,
    )
