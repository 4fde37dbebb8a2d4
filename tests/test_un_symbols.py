"""latvijaano/rules/un_symbols.py on its own, with Python-Markdown: which symbols become links, to where,
with what title, and where they are left alone. (The built site: tests/test_statements.py.)"""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from latvijaano.rules import un_symbols


def render(text: str, lang: str = "en") -> BeautifulSoup:
    md = markdown.Markdown(
        extensions=["toc", "attr_list", "md_in_html", "tables", un_symbols.UnSymbolsExtension(lang=lang)]
    )
    return BeautifulSoup(md.convert(text), "html.parser")


@pytest.mark.parametrize(
    "typed, href, title_en, title_lv",
    [
        (
            "S/RES/1325 (2000)",
            "https://undocs.org/en/S/RES/1325(2000)",
            "UN Security Council resolution",
            "ANO Drošības padomes rezolūcija",
        ),
        (
            "S/RES/2719(2023)",
            "https://undocs.org/en/S/RES/2719(2023)",
            "UN Security Council resolution",
            "ANO Drošības padomes rezolūcija",
        ),
        (
            "S/PV.10043",
            "https://undocs.org/en/S/PV.10043",
            "UN Security Council meeting record",
            "ANO Drošības padomes sanāksmes stenogramma",
        ),
        (
            "S/2024/507",
            "https://undocs.org/en/S/2024/507",
            "UN Security Council document",
            "ANO Drošības padomes dokuments",
        ),
        (
            "S/PRST/2024/1",
            "https://undocs.org/en/S/PRST/2024/1",
            "Statement by the President of the UN Security Council",
            "ANO Drošības padomes priekšsēdētāja paziņojums",
        ),
        (
            "A/RES/80/1",
            "https://undocs.org/en/A/RES/80/1",
            "UN General Assembly resolution",
            "ANO Ģenerālās asamblejas rezolūcija",
        ),
        (
            "A/80/PV.4",
            "https://undocs.org/en/A/80/PV.4",
            "UN General Assembly meeting record",
            "ANO Ģenerālās asamblejas sanāksmes stenogramma",
        ),
        (
            "S/2024/507/Add.1",
            "https://undocs.org/en/S/2024/507/Add.1",
            "UN Security Council document",
            "ANO Drošības padomes dokuments",
        ),
    ],
)
def test_a_symbol_in_text_becomes_a_link_with_the_document_type_as_title(typed, href, title_en, title_lv):
    for lang, title in (("en", title_en), ("lv", title_lv)):
        links = render(f"See {typed}, please.", lang).find_all("a")
        assert [(a.get_text(), a["href"], a["title"]) for a in links] == [(typed, href, title)]


def test_several_symbols_in_one_paragraph_keep_the_text_between_them():
    text = "Resolution S/RES/1325 (2000) and note S/2024/507; record S/PV.10043."
    html = render(text)
    assert html.get_text() == text
    assert [a.get_text() for a in html.find_all("a")] == ["S/RES/1325 (2000)", "S/2024/507", "S/PV.10043"]


def test_symbols_inside_emphasis_lists_and_tables_are_linked():
    html = render("*S/PV.1* and **A/RES/80/1**\n\n- item S/2024/1\n\n| a |\n|---|\n| S/2025/2 |\n")
    assert [a.get_text() for a in html.find_all("a")] == ["S/PV.1", "A/RES/80/1", "S/2024/1", "S/2025/2"]


@pytest.mark.parametrize(
    "text",
    [
        "`S/PV.10043`",
        "```\nS/PV.10043\n```",
        "    S/PV.10043",
        "[the record S/PV.10043](https://example.org/record)",
        "<https://example.org/S/2024/507>",
        "<div>S/PV.10043</div>",
        'A <a href="https://example.org/">record S/PV.10043</a> in raw HTML',
        'A <a href="https://example.org/">*record* S/PV.10043 **x**</a> in raw HTML',
        "path/S/2024/507 and S/2024/507x and XS/PV.1",
    ],
)
def test_no_link_in_code_existing_links_raw_html_or_longer_words(text):
    html = render(text)
    assert all("undocs.org" not in a.get("href", "") for a in html.find_all("a")), html
    assert "undocs.org" not in str(html)


def test_text_after_a_raw_html_link_is_linked_again():
    html = render('A <a href="https://example.org/">S/PV.1</a> and S/PV.2, <span>S/PV.3</span>.')
    assert [a["href"] for a in html.find_all("a")] == [
        "https://example.org/",
        "https://undocs.org/en/S/PV.2",
        "https://undocs.org/en/S/PV.3",
    ]


def test_a_heading_keeps_its_id_and_the_table_of_contents_its_plain_text():
    md = markdown.Markdown(extensions=["toc", un_symbols.UnSymbolsExtension(lang="lv")])
    html = BeautifulSoup(md.convert("## Note S/2024/507\n\nText.\n"), "html.parser")
    heading = html.find("h2")
    assert heading["id"] == "note-s2024507"
    assert heading.find("a")["href"] == "https://undocs.org/en/S/2024/507"
    assert md.toc_tokens[0]["name"] == "Note S/2024/507"


def test_is_symbol_accepts_one_whole_symbol_only():
    assert un_symbols.is_symbol("S/PV.10043")
    assert un_symbols.is_symbol("S/RES/1325 (2000)")
    for not_one in ("S/PV", "S/PV.10043 S/PV.1", "PV.10043", "s/pv.10043", "S/PV.10043x", ""):
        assert not un_symbols.is_symbol(not_one), not_one


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        markdown.Markdown(extensions=[un_symbols.UnSymbolsExtension(lang="de")])
