"""The spelling rule (latvijaano/rules/spelling.py), run as the content check and the build run it.

Each case is a page pair written by the test into a scratch root with its own word list (no test
depends on today's pages or today's word list); the rules run through check_sources,
the one runner that the build and scripts/check_content.py share.
"""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import ROOT

from latvijaano.rules import spelling
from latvijaano.rules.runner import check_sources

WORD_LIST = "lv:\n  - {word: kiberdrošība, like: drošība}\n  - mirkļbirka\nen:\n  - hashtagged\n"
LV_BODY = "Latvija strādā Apvienoto Nāciju Organizācijā kopā ar citām valstīm un partneriem.\n"
EN_BODY = "Latvia works in the United Nations together with other states and partners.\n"

pytestmark = pytest.mark.skipif(
    any(spelling.dictionary_folder(name) is None for name in spelling.DICTIONARIES.values())
    and not os.environ.get("CI"),
    reason="hunspell-lv and hunspell-en-gb are not installed (on CI they are, and this does not skip)",
)


def scratch(tmp_path, lv: str, en: str, words: str = WORD_LIST):
    """A root with one page pair (the given text after a heading) and the word list."""
    (tmp_path / "data" / "schemas").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "schemas" / "spelling-words.schema.json", tmp_path / "data" / "schemas")
    (tmp_path / "data" / "spelling-words.yml").write_text(words, encoding="utf-8")
    for lang, heading, body in (("lv", "Pārbaude", lv), ("en", "Test", en)):
        folder = tmp_path / "docs" / lang
        folder.mkdir(parents=True)
        (folder / "proba.md").write_text(
            f"---\ntitle: {heading}\ndescription: {heading} {lang}\n---\n\n# {heading}\n\n{body}",
            encoding="utf-8",
        )
    return tmp_path


def spelling_lines(root) -> list[str]:
    """The spelling rule's problems, as `path:line: lv / en` lines."""
    return [
        str(problem)
        for problem in check_sources(root)
        if "vārdnīca" in problem.lv
        or "nav atzīmēts" in problem.lv
        or problem.path.startswith("data/spelling")
    ]


def line_of(root, lang: str, needle: str) -> int:
    lines = (root / "docs" / lang / "proba.md").read_text(encoding="utf-8").split("\n")
    return next(number for number, text in enumerate(lines, start=1) if needle in text)


def test_a_correct_page_pair_passes(tmp_path):
    root = scratch(tmp_path, LV_BODY, EN_BODY)
    assert spelling_lines(root) == []


def test_a_misspelling_is_named_at_its_line_with_a_suggestion_in_each_language(tmp_path):
    # (the misspelling on a paragraph's second line: its own line is named, not the paragraph's)
    root = scratch(
        tmp_path,
        LV_BODY + "\nŠī teikuma beigās\nir kļūda: dalībvalstsi.\n",
        EN_BODY + "\nThe last word of this sentence\nis wrong: goverment.\n",
    )
    lines = spelling_lines(root)
    lv_line = line_of(root, "lv", "dalībvalstsi")
    en_line = line_of(root, "en", "goverment")
    assert any(
        line.startswith(f"docs/lv/proba.md:{lv_line}: „dalībvalstsi” — „dalībvalstis”") for line in lines
    ), lines
    assert any(
        line.startswith(f"docs/en/proba.md:{en_line}: „goverment” — „government”") for line in lines
    ), lines
    assert len(lines) == 2, lines


def test_an_unmarked_english_phrase_in_a_latvian_page_is_other_language_advice(tmp_path):
    root = scratch(tmp_path, LV_BODY + "\nDarba grupas devīze ir īsa: working together for peace.\n", EN_BODY)
    problems = [problem for problem in check_sources(root) if "nav atzīmēts" in problem.lv]
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.path, problem.line) == ("docs/lv/proba.md", line_of(root, "lv", "working together"))
    assert (
        problem.lv.startswith("„working together for peace” ir angliski") and '<span lang="en">' in problem.lv
    )
    assert problem.advisory


def test_names_symbols_addresses_code_numbers_and_marked_text_are_not_read(tmp_path):
    lv = (
        LV_BODY
        + "\nŠodien runāja Guterrešs un Pavļuta-Deslandes par ANO un LatvijaANO darbu.\n"
        + "\nSkatiet S/PV.10043 un S/RES/2719 (2023), rakstiet uz info@qwzx.lv vai apmeklējiet "
        "https://qwzx.example.org/abc-xyz un mfa.gov.lv, tad palaidiet `qwzxcommand --flag`.\n"
        + "\nSanāksme bija 10043rd reizi un 3rd kārtā.\n"
        + '\nGrupas devīze: <span lang="en">Accountability, coherence and transparency</span> un '
        "*working together*{lang=en}.\n" + "\n```\nqwzx zzyqv\n```\n"
    )
    en = (
        EN_BODY
        + "\nThe speakers were Guterrešs and Pavļuta-Deslandes; see S/PV.10043 at https://qwzx.example.org.\n"
    )
    root = scratch(tmp_path, lv, en)
    assert spelling_lines(root) == []


def test_the_word_list_is_honoured_with_the_forms_of_its_model(tmp_path):
    lv = LV_BODY + "\nMūsu mirkļbirka un kiberdrošība; par kiberdrošību runā kiberdrošības dienā.\n"
    en = EN_BODY + "\nThe posts were hashtagged.\n"
    assert spelling_lines(scratch(tmp_path / "with", lv, en)) == []
    without = spelling_lines(scratch(tmp_path / "without", lv, en, words="lv: []\nen: []\n"))
    assert {line.split(" — ")[0].split(": ", 1)[1] for line in without} == {
        "„mirkļbirka”",
        "„kiberdrošība”",
        "„kiberdrošību”",
        "„kiberdrošības”",
        "„hashtagged”",
    }, without


def test_a_word_list_entry_with_an_unknown_model_is_named_at_its_line(tmp_path):
    words = "lv:\n  - mirkļbirka\n  - {word: kiberdrošība, like: qwzxība}\nen: []\n"
    lines = spelling_lines(scratch(tmp_path, LV_BODY, EN_BODY, words))
    assert any(line.startswith("data/spelling-words.yml:3: Paraugu „qwzxība”") for line in lines), lines


def test_a_word_list_against_its_schema_is_named_at_its_line(tmp_path):
    words = "lv:\n  - mirkļbirka\n  - divi vārdi\nen: []\n"
    lines = spelling_lines(scratch(tmp_path, LV_BODY, EN_BODY, words))
    assert [line for line in lines if line.startswith("data/spelling-words.yml:3: ")], lines


def test_without_dictionaries_the_check_says_so_plainly(tmp_path, monkeypatch):
    root = scratch(tmp_path, LV_BODY + "\nkļūdaaa\n", EN_BODY)
    monkeypatch.setattr(spelling, "DICTIONARY_FOLDERS", ())
    monkeypatch.delenv("DICPATH", raising=False)
    spelling.speller.cache_clear()
    try:
        for ci, advisory in (("", True), ("true", False)):
            monkeypatch.setenv("CI", ci)
            monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
            missing = [problem for problem in check_sources(root) if "vārdnīcas" in problem.lv]
            assert len(missing) == 1, missing
            assert missing[0].lv.startswith(
                "Pareizrakstību nevar pārbaudīt: nav uzstādītas hunspell vārdnīcas"
            )
            assert "apt-get install hunspell-lv hunspell-en-gb" in missing[0].en
            assert missing[0].advisory is advisory  # advice on an editor's machine, an error on CI
    finally:
        spelling.speller.cache_clear()
