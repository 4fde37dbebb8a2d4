"""Every message leads straight to the fix (issue 27): the mistakes editors made that were not
caught, or not well, each made in a scratch copy and asserted at its file and line, Latvian first.

Like tests/test_content_checks.py, the mistakes share copies: one copy with every mistake that
lets the build go on (one check and one strict build read it: all are reported in the first
round), one with a data file not in UTF-8 (which stops the build), and one with only advice
(an unmarked sentence in the other language), which must pass.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import time
import urllib.error

import pytest
from conftest import free_port
from scratch import add_meetings
from test_content_checks import (
    LATVIAN,
    append,
    copy_sources,
    edit,
    line_number,
    news,
    page,
    problem_lines,
    run_check,
    set_key,
    statement,
    strict_build,
)
from test_serve import fetch

pytestmark = pytest.mark.long(20)  # see conftest.pytest_collection_modifyitems

ENGLISH_BODY = (
    "The Ministry of Foreign Affairs of Latvia works with partners in New York on the agenda of "
    "the Security Council, and this page tells readers how to reach the press office. "
) * 3
UNMARKED_SENTENCE = "The group brings together states whether or not they sit on the Council at the time."


# --- Mistakes: each changes the copy and returns (file, text on the line it must be reported at) --


def english_body_in_a_latvian_page(root):
    file = page(root, "angliski", body={"lv": ENGLISH_BODY, "en": ENGLISH_BODY})["lv"]
    edit(file, lambda t: t.replace("# Pārbaude", "# Test"))  # no Latvian letter left in the text
    return file, "The Ministry of Foreign Affairs"


def unclosed_quote_before_a_quoted_line(root):
    """Both values quoted, the first left open: YAML trips on the next line's quote."""
    file = page(root, "pedina")["lv"]
    edit(file, set_key("title", '"Latvija ANO'))
    edit(file, set_key("description", '"Lapa par Latvijas darbu ANO, viena lapa ar savu aprakstu."'))
    return file, 'title: "Latvija ANO'


def single_quote_left_open(root):
    file = page(root, "apostrofs")["en"]
    edit(file, set_key("description", "'Latvia at the UN, a page of its own"))
    edit(file, lambda t: t.replace("---\n\n#", "date: '2024-01-01'\n---\n\n#", 1))
    return file, "description: 'Latvia at the UN"


def tab_in_front_matter(root):
    file = page(root, "tabulacija")["lv"]
    edit(file, lambda t: t.replace("\ndescription:", "\n\tdescription:", 1))
    return file, "\tdescription:"


def meeting_record_without_full_stop(root):
    file = page(root, "stenogramma")["lv"]
    append(file, "Sanāksmes stenogramma ir dokuments S/PV10043, ko izdod ANO sekretariāts.")
    return file, "S/PV10043"


def resolution_without_space(root):
    file = page(root, "rezolucija")["en"]
    append(file, "The Council adopted resolution S/RES/2467(2019) on sexual violence in conflict.")
    return file, "S/RES/2467(2019)"


def resolution_without_year(root):
    file = page(root, "bez-gada")["en"]
    append(file, "Resolution S/RES/1325 opened the agenda on women, peace and security.")
    return file, "S/RES/1325 opened"


def pending_beside_an_english_page(root):
    file = page(root, "jau-tulkots", extra="translation: pending\n")["lv"]
    return file, "translation: pending"


def draft_linked_from_data_and_pages(root):
    """A news item of the test's own, linked from data/timeline.yml and from a page, made a draft."""
    items = news(root, "melnraksts-ar-saitem", date="2024-03-07")
    timeline = root / "data" / "timeline.yml"
    append(
        timeline,
        '- date: "2099"\n  lv: Pārbaudes notikums.\n  en: A test event.\n'
        "  link: jaunumi/2024-03-07-melnraksts-ar-saitem.md",
    )
    linking = page(root, "saite-uz-melnrakstu")
    for lang, file in linking.items():
        words = "Skatīt [jaunumu]" if lang == "lv" else "See [the news item]"
        append(file, f"{words}(../jaunumi/2024-03-07-melnraksts-ar-saitem.md).")
    for file in items.values():
        edit(file, lambda t: t.replace("---\n", "---\ndraft: true\n", 1))
    return {
        "timeline": (timeline, "  link: jaunumi/2024-03-07-melnraksts-ar-saitem.md"),
        "lv": (linking["lv"], "melnraksts-ar-saitem.md)"),
        "en": (linking["en"], "melnraksts-ar-saitem.md)"),
    }


def typographic_quote_left_open_in_a_title(root):
    file = page(root, "pedina-tipografiska")["lv"]
    edit(file, set_key("title", '"„Kopā par mieru un noturību"'.replace("”", "")))
    return file, "title: "


def typographic_quote_left_open_in_a_paragraph(root):
    file = page(root, "citats")["en"]
    append(file, "The minister said “we stand with Ukraine and its people, today and tomorrow.")
    return file, "The minister said"


def table_row_without_a_cell(root):
    file = page(root, "tabula-rinda")["lv"]
    append(file, "| Gads | Notikums | Vieta |\n|---|---|---|\n| 2026 | Dalība |")
    return file, "| 2026 | Dalība |"


def table_separator_too_short(root):
    file = page(root, "tabula-atdalitajs")["en"]
    append(file, "| Year | Event | Place |\n|---|---|\n| 2026 | Membership | New York |")
    return file, "|---|---|"


def heading_level_skipped(root):
    file = page(root, "virsraksti")["lv"]
    append(file, "### Apakšsadaļa bez sadaļas")
    return file, "### Apakšsadaļa"


def replacement_characters_on_an_english_page(root):
    file = page(root, "kodejums")["en"]
    append(file, "The Minister of Foreign Affairs of Latvia, Bai\ufffda Bra\ufffde, spoke at the meeting.")
    return file, "The Minister of Foreign Affairs of Latvia, Bai"


def image_text_is_its_file_name(root):
    files = page(root, "attela-apraksts")
    image = files["lv"].parent / "karte.svg"
    image.write_bytes((root / "overrides" / "assets" / "images" / "favicon.svg").read_bytes())
    append(files["lv"], "![karte.svg](karte.svg)")
    return files["lv"], "![karte.svg]"


def a_year_typo(root):
    file = news(root, "gada-kluda", date="2062-12-04")["lv"]
    return file, "date: 2062-12-04"


def a_statement_weeks_from_its_meeting(root):
    file = statement(root, "tala-sanaksme", date="2024-03-30")["lv"]
    return file, "meeting: "


def statements_naming_different_meetings(root):
    add_meetings(
        root,
        [
            {
                "id": "2024-03-06-cita-sanaksme",
                "date": "2024-03-06",
                "format": "briefing",
                "roles": ["speaks"],
                "title": {"lv": "Cita pārbaudes sanāksme", "en": "Another test meeting"},
            }
        ],
    )
    file = statement(root, "divas-sanaksmes")["en"]
    edit(file, set_key("meeting", "2024-03-06-cita-sanaksme"))
    return file, "meeting: "


def a_description_too_long(root):
    file = page(root, "gars-apraksts")["en"]
    long = ("Latvia works on the Council and reports it " * 10)[:201]  # 201 characters
    edit(file, set_key("description", long))
    return file, "description: Latvia works on the Council"


def a_dead_link_in_a_draft(root):
    """The live build leaves the draft out: its links are checked all the same (rules/withheld_links.py)."""
    files = page(root, "melnraksts-ar-mirusu-saiti")
    edit(files["lv"], lambda t: t.replace("---\n", "---\ndraft: true\n", 1))
    append(files["en"], "See [the statement](../pazinojumi/no-such-statement.md).")
    return files["en"], "no-such-statement.md"


def a_dead_anchor_in_a_scheduled_item(root):
    """Scheduled two months ahead of the real today (the build's today): withheld until then."""
    day = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    page(root, "enkura-merkis")  # the page linked to, with no such heading
    files = news(root, "planots-ar-saiti", date=day)
    append(files["lv"], "Skatīt [lapu](../proba/enkura-merkis.md#nav-tada-virsraksta).")
    return files["lv"], "#nav-tada-virsraksta"


# --- Obvious variants of the cases above (issue 38: "and their obvious variants") ---


def english_quote_left_open_in_a_description(root):
    file = page(root, "pedina-apraksta")["en"]
    edit(file, set_key("description", '"The minister said “we stand with Ukraine, today and tomorrow."'))
    return file, "description: "


def table_in_a_list_without_a_cell(root):
    file = page(root, "tabula-saraksta")["lv"]
    append(
        file, "- Dalība Padomē:\n\n    | Gads | Notikums | Vieta |\n    |---|---|---|\n    | 2026 | Dalība |"
    )
    return file, "    | 2026 | Dalība |"


def two_heading_levels_skipped_below_a_section(root):
    file = page(root, "virsraksti-divi")["en"]
    append(file, "## Section\n\nA short paragraph of the section.\n\n#### Detail")
    return file, "#### Detail"


def heading_without_a_space_skips_a_level(root):
    """Python-Markdown needs no space after the hashes: `###Title` is a heading."""
    file = page(root, "virsraksts-bez-atstarpes")["lv"]
    append(file, "###Apakšsadaļa")
    return file, "###Apakšsadaļa"


def heading_in_a_note_skips_a_level(root):
    file = page(root, "virsraksts-piezime")["lv"]
    append(file, '!!! note "Piezīme"\n\n    ### Sīkāk par piezīmi\n\n    Piezīmes teksts.')
    return file, "### Sīkāk par piezīmi"


# (mistake, words of the Latvian message, words of the English message)
MISTAKES = {
    "an English body in a Latvian page": (
        english_body_in_a_latvian_page,
        "Lapas teksts ir angliski",
        "The page's text is in English",
    ),
    "a quote left open before a quoted line": (
        unclosed_quote_before_a_quoted_line,
        'trūkst aizverošās pēdiņas " (divkāršā pēdiņa)',
        'the closing quote " (double quote) is missing',
    ),
    "a single quote left open": (
        single_quote_left_open,
        "trūkst aizverošās pēdiņas ' (vienkāršā pēdiņa)",
        "the closing quote ' (single quote) is missing",
    ),
    "a tab in front matter": (tab_in_front_matter, "tabulācijas zīme (Tab)", "tab character"),
    "S/PV without its full stop": (
        meeting_record_without_full_stop,
        "rakstiet 'S/PV.10043'",
        "write 'S/PV.10043'",
    ),
    "a resolution without the space": (
        resolution_without_space,
        "rakstiet 'S/RES/2467 (2019)'",
        "write 'S/RES/2467 (2019)'",
    ),
    "a resolution without its year": (
        resolution_without_year,
        "rakstiet 'S/RES/1325 (GGGG)'",
        "write 'S/RES/1325 (YYYY)'",
    ),
    "a typographic quote left open in a title": (
        typographic_quote_left_open_in_a_title,
        "atvērtās pēdiņas („ vai “) nav aizvērtas",
        "is not closed",
    ),
    "a typographic quote left open in a paragraph": (
        typographic_quote_left_open_in_a_paragraph,
        "atvērtās pēdiņas („ vai “) nav aizvērtas",
        "is not closed",
    ),
    "an English quote left open in a description": (
        english_quote_left_open_in_a_description,
        "atvērtās pēdiņas („ vai “) nav aizvērtas",
        "is not closed",
    ),
    "a table inside a list without a cell": (
        table_in_a_list_without_a_cell,
        "ir 2 šūnas, bet virsrakstu rindā — 3",
        "2 cells",
    ),
    "## then ####": (
        two_heading_levels_skipped_below_a_section,
        "(## → ####) — rakstiet '### '",
        "skips a level",
    ),
    "a heading without a space that skips a level": (
        heading_without_a_space_skips_a_level,
        "Virsraksts izlaiž līmeni (# → ###)",
        "skips a level",
    ),
    "a heading in a note that skips a level": (
        heading_in_a_note_skips_a_level,
        "Virsraksts izlaiž līmeni (# → ###)",
        "skips a level",
    ),
    "a table row without a cell": (
        table_row_without_a_cell,
        "ir 2 šūnas, bet virsrakstu rindā — 3",
        "2 cells",
    ),
    "a table separator too short": (
        table_separator_too_short,
        "ir 2 šūnas, bet virsrakstu rindā — 3",
        "2 cells",
    ),
    "a heading level skipped": (heading_level_skipped, "Virsraksts izlaiž līmeni (# → ###)", "skips a level"),
    "replacement characters on an English page": (
        replacement_characters_on_an_english_page,
        "Rindā ir zīme �",
        "save the file as UTF-8",
    ),
    "an image's text that is its file name": (
        image_text_is_its_file_name,
        "Attēla apraksts 'karte.svg' neko nepasaka",
        "tells nothing to a reader who cannot see it",
    ),
    "a year typo (asked about)": (a_year_typo, "ir ārpus vietnes laika (2011–2028)", "is the year a typo?"),
    "a statement weeks from its meeting (asked about)": (
        a_statement_weeks_from_its_meeting,
        "ir 25 dienas attālu no sanāksmes",
        "is 25 days away from the date of meeting",
    ),
    "statements naming different meetings": (
        statements_naming_different_meetings,
        "abām valodām jānosauc viena un tā pati sanāksme",
        "both languages must name the same meeting",
    ),
    "a description too long": (a_description_too_long, "ir 201 zīmes garš; ne vairāk kā 200", "shorten it"),
    "a dead link in a draft": (
        a_dead_link_in_a_draft,
        "Saite '../pazinojumi/no-such-statement.md' ved uz lapu, kuras nav",
        "points to a page that does not exist",
    ),
    "a dead anchor in a scheduled item": (
        a_dead_anchor_in_a_scheduled_item,
        "norāda uz virsrakstu '#nav-tada-virsraksta', kura lapā docs/lv/proba/enkura-merkis.md nav",
        "which docs/lv/proba/enkura-merkis.md does not have",
    ),
    "translation pending beside its English page": (
        pending_beside_an_english_page,
        "docs/en/proba/jau-tulkots.md jau ir — ja tulkojums ir gatavs, izdzēsiet šo rindu",
        "if the translation is ready, delete this line",
    ),
}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    root = copy_sources(tmp_path_factory.mktemp("editor-messages"))
    expected = {}
    for name, (change, lv, en) in MISTAKES.items():
        file, needle = change(root)
        expected[name] = (f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: ", lv, en)
    drafts = {
        key: f"{file.relative_to(root).as_posix()}:{line_number(file, needle)}: "
        for key, (file, needle) in draft_linked_from_data_and_pages(root).items()
    }
    make = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "-o",
            ".venv/.installed",
            "check",
            f"PYTHON={sys.executable}",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    return root, expected, drafts, run_check(root), strict_build(root), make


@pytest.mark.parametrize("name", MISTAKES)
def test_each_mistake_is_named_at_its_line_with_the_fix_latvian_first(name, faulty):
    root, expected, _, check, build, _ = faulty
    where, lv, en = expected[name]
    lines = [line for line in problem_lines(check.stdout) if line.startswith(where)]
    assert lines, f"nothing at {where!r} in:\n{check.stdout}"
    assert len(lines) == 1, lines  # one message per mistake
    latvian, _, english = lines[0][len(where) :].partition(" / ")
    assert lv in latvian and LATVIAN.search(latvian), lines[0]
    assert en in english, lines[0]
    assert check.returncode == 1
    assert build.returncode != 0 and lines[0] in build.stdout + build.stderr  # the build says the same


def test_an_english_body_is_not_mistaken_for_missing_diacritics(faulty):
    root, expected, _, check, _, _ = faulty
    path = expected["an English body in a Latvian page"][0].split(":")[0]
    assert not [line for line in check.stdout.splitlines() if line.startswith(path) and "garumzīm" in line]


def test_a_draft_linked_from_data_and_pages_one_message_per_link_in_the_first_round(faulty):
    root, _, drafts, check, build, _ = faulty
    lines = problem_lines(check.stdout)
    for key, where in drafts.items():
        found = [line for line in lines if line.startswith(where)]
        assert len(found) == 1, (key, where, lines)
        assert "melnraksts (draft: true)" in found[0] and "draft (draft: true)" in found[0]
    about_it = [line for line in lines if "melnraksts-ar-saitem" in line]
    assert len(about_it) == len(drafts), about_it  # no second message for any link
    output = check.stdout + build.stdout + build.stderr
    assert "kuras nav" not in "\n".join(about_it) and "Error reading page" not in output
    assert not [line for line in lines if line.startswith("data/timeline.yml:1:")]


def test_make_check_ends_with_the_checks_own_summary_without_makes_error_line(faulty):
    *_, make = faulty
    assert make.returncode != 0
    assert "Error" not in make.stderr and "make: ***" not in make.stderr + make.stdout, make.stderr
    assert make.stderr.strip().splitlines()[-1].startswith("Atrastas problēmas:")
    assert ".venv/bin/python" not in make.stdout  # the command is not echoed either


def test_an_unmarked_sentence_is_advice_that_does_not_stop_publishing(tmp_path):
    root = copy_sources(tmp_path)
    marked = page(root, "atzimets")["lv"]
    append(marked, f'Grupas devīze angliski: <span lang="en">{UNMARKED_SENTENCE}</span>')
    append(marked, "Tā sauc grupu: *Accountability, Coherence, Transparency*{lang=en}.")
    append(marked, "Kampaņas vārdi „Kopā par mieru“ ir zināmi.")  # „…“ is closed too (markdown_structure)
    short = page(root, "iss-citats")["lv"]
    append(short, "Kampaņas devīze: Peace and Resilience.")  # fewer words than a sentence is judged on
    file = page(root, "neatzimets")["lv"]
    append(file, f"Grupa vieno valstis. {UNMARKED_SENTENCE} Latvija pievienojās 2021. gadā.")
    check = run_check(root, GITHUB_ACTIONS="true")
    assert check.returncode == 0, check.stdout
    where = f"docs/lv/proba/neatzimets.md:{line_number(file, UNMARKED_SENTENCE)}: "
    lines = problem_lines(check.stdout)
    assert [line for line in lines if line.startswith(where)], check.stdout
    assert "šķiet angliski, bet nav atzīmēts" in check.stdout and '<span lang="en">' in check.stdout
    assert not [line for line in lines if "atzimets.md" in line.split(":")[0] and "neatzimets" not in line]
    # the model does not judge so few words; the dictionaries do (latvijaano/rules/spelling.py, issue 36):
    # advice to mark the phrase, which does not stop publishing either
    short_lines = [line for line in lines if "iss-citats" in line]
    assert short_lines and all(
        "šķiet" not in line and "„Peace and Resilience” ir angliski" in line for line in short_lines
    ), short_lines
    assert re.search(r"^::warning file=docs/lv/proba/neatzimets\.md,line=\d+::", check.stdout, re.M)
    assert strict_build(root).returncode == 0


# --- A data file not in UTF-8: the build stops, naming the file, in build, check and serve --------


@pytest.fixture(scope="module")
def not_utf8(tmp_path_factory):
    root = copy_sources(tmp_path_factory.mktemp("not-utf8"))
    ui = root / "data" / "ui.yml"
    ui.write_bytes(ui.read_text(encoding="utf-8").encode("cp1257"))
    text = ui.read_bytes()
    first = next(i for i, byte in enumerate(text) if byte >= 0x80)
    line = text[:first].count(b"\n") + 1
    description_missing = page(root, "bez-apraksta-blakus")["lv"]
    edit(description_missing, lambda t: re.sub(r"^description:.*\n", "", t, count=1, flags=re.M))
    return root, f"data/ui.yml:{line}: ", run_check(root), strict_build(root)


def test_a_data_file_not_in_utf8_is_named_without_a_traceback(not_utf8):
    root, where, check, build = not_utf8
    for output in (check.stdout, build.stdout + build.stderr):
        assert re.search(
            rf"^(ERROR\s+-\s+)?{re.escape(where)}Fails nav saglabāts UTF-8 kodējumā .* / The file is not "
            "saved as UTF-8",
            output,
            re.M,
        ), output
        assert "Traceback" not in output and "UnicodeDecodeError" not in output
        assert "mkdocs.yml:1" not in output
    assert check.returncode == 1 and build.returncode != 0
    assert "docs/lv/proba/bez-apraksta-blakus.md:1: Trūkst 'description'" in check.stdout  # still listed


def test_make_serve_shows_the_first_failed_build_in_the_browser(not_utf8):
    root, where, _, _ = not_utf8
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        text, deadline = "", time.monotonic() + 90
        while time.monotonic() < deadline and "Vietni neizdevās uzbūvēt" not in text:
            assert process.poll() is None, (
                "mkdocs serve exited after its first build failed:\n" + process.stderr.read()
            )
            try:
                text = fetch(f"http://127.0.0.1:{port}/en/kontakti/")
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        assert "Vietni neizdevās uzbūvēt" in text and "The site could not be built" in text
        assert where.rstrip(": ") in text and "UTF-8" in text
    finally:
        process.terminate()
        process.wait(timeout=20)
