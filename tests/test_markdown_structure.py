"""latvijaano/rules/markdown_structure.py, rule by rule: each mistake is found at its line, and the valid
shapes next to it are not (tests/test_editor_messages.py makes each mistake in a copy and reads
the content check's and the build's messages)."""

from __future__ import annotations

from latvijaano.rules import markdown_structure as ms


def lines(text: str) -> list[str]:
    return text.split("\n")


def found(rule, text: str, first_line: int = 10) -> list[int]:
    return [problem.line for problem in rule("docs/lv/x.md", lines(text), first_line)]


def test_a_quote_left_open_is_found_in_its_paragraph_and_closed_ones_are_not():
    assert found(ms.open_quote_problems, "Viņš teica:\n„Kopā par mieru.\n\nCits teikums.") == [11]
    assert found(ms.open_quote_problems, "„Kopā par mieru un\nnoturību”, teica viņš.") == []
    assert found(ms.open_quote_problems, "He said “together” and it’s done.") == []
    assert found(ms.open_quote_problems, "```\n„code\n```\nText.") == []  # code is not text
    assert found(ms.open_quote_problems, "Use `„` in Latvian.") == []


def test_front_matter_quotes_close_on_their_line():
    assert found(ms.front_matter_quote_problems, 'title: "„Kopā”"\ndescription: "„Kopā') == [11]


def test_table_rows_and_separator_have_the_headers_width():
    table = "| a | b | c |\n|---|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |"
    assert found(ms.table_problems, table) == [12]
    assert found(ms.table_problems, "| a | b | c |\n|---|:-:|\n| 1 | 2 | 3 |") == [11]
    assert found(ms.table_problems, "a | b\n--- | ---\n1 | 2") == []  # without outer pipes
    assert found(ms.table_problems, "| a | b |\n|---|---|\n| x \\| y | 2 |") == []  # an escaped pipe
    assert found(ms.table_problems, "Text with a | pipe.\nAnd another | one | here.") == []  # not a table


def test_a_heading_may_go_one_level_deeper_at_a_time():
    assert found(ms.heading_problems, "# T\n\n### Skipped") == [12]
    assert found(ms.heading_problems, "## A\n\n### B\n\n## C\n\n### D") == []  # title is level 1
    assert found(ms.heading_problems, "### First") == [10]
    assert found(ms.heading_problems, "```\n### in code\n```") == []


def test_the_replacement_character_is_found_on_any_page():
    assert found(ms.replacement_character_problems, "ok\nBai\ufffda") == [11]


def test_an_images_text_must_say_what_it_shows():
    assert found(ms.image_alt_problems, "![karte.png](img/karte.png)") == [10]
    assert found(ms.image_alt_problems, "![karte](karte.png)") == [10]
    assert found(ms.image_alt_problems, "![Attēls.](a.png)") == [10]
    assert found(ms.image_alt_problems, "![](divider.png)") == []  # empty: decorative, allowed
    assert found(ms.image_alt_problems, "![Ministre runā sēdē](a.png)") == []


def test_the_front_matter_image_text_is_checked_too():
    page = ["---", "title: X", "image: foto.jpg", "image_alt: foto", "---", "", "Text."]
    problems = ms.structure_problems("docs/en/x.md", page, 6, {"image": "foto.jpg", "image_alt": "foto"})
    assert [problem.line for problem in problems] == [4]
