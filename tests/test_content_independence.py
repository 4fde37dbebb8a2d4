"""No test depends on today's content: the content-sensitive tests pass on a changed copy.

The copy gets what an editor adds, the way CONTRIBUTING.md says to add it, with the longest texts
the content rules allow (latvijaano/rules/fields.py MAX_LENGTH: the title and the description at
their limit, a long body), in both languages, one item of every kind through its scaffold
(scripts/new_*.py, placeholders replaced with real text): a meeting that statements and a vote
name and one still to come (data/meetings.yml), a statement at that meeting and a news item, both
newer than every other (so they lead the lists, the home page and the feeds), a vote at that
meeting (data/votes.yml, counts adding up to 15) and a page in a new section of the navigation;
and a changed data entry. The copy must pass the content check; then every test marked `content`
(those that read docs/ or data/ to know what to expect) runs against a build of the copy
(SITE_SOURCE), in a pytest of its own, and passes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from scratch import copy_repo

from latvijaano.kinds import NEWS_FOLDER, STATEMENTS_FOLDER
from latvijaano.rules.fields import MAX_LENGTH

pytestmark = pytest.mark.long(12)  # see conftest.pytest_collection_modifyitems

SENTENCE = {
    "lv": "Latvija Drošības padomē aicina ievērot starptautiskās tiesības un aizsargāt civiliedzīvotājus. ",
    "en": "Latvia on the Security Council calls for respect of international law and for civilians to be protected. ",
}
# A long body: paragraphs and a subheading, as a long statement or page has.
BODY = {
    lang: "\n\n".join([SENTENCE[lang] * 8] * 6 + ["## " + SENTENCE[lang].strip()] + [SENTENCE[lang] * 8] * 6)
    for lang in SENTENCE
}


# Short words to make a text exactly as long as wanted (each costs its length and a space).
FILLERS = {"lv": ("un", "par", "tiek"), "en": ("to", "the", "also")}


def text_of(lang: str, length: int, lead: str = "") -> str:
    """A text of real words, exactly `length` characters long, that starts with `lead`."""
    words = (lead + SENTENCE[lang] * (length // len(SENTENCE[lang]) + 2)).split(" ")
    text = ""
    for word in words:
        if len(text) + 1 + len(word) > length - 3:  # room left for at least one filler
            break
        text = f"{text} {word}" if text else word
    while length - len(text) > 5:
        text = f"{text} {FILLERS[lang][0]}"
    return f"{text} {FILLERS[lang][length - len(text) - 3]}"


def longest_title(lang: str, lead: str) -> str:
    return text_of(lang, MAX_LENGTH["title"], lead)


def fill_placeholders(file: Path, lang: str, lead: str) -> None:
    """Replace a scaffold's placeholders with real text, as an editor does: the description at the
    longest the rules allow, no speaker (the source names none), a long body for the TODO text."""
    text = file.read_text(encoding="utf-8")
    description = text_of(lang, MAX_LENGTH["description"], lead)
    text = re.sub(r"^description: .*$", f'description: "{description}"', text, count=1, flags=re.M)
    text = re.sub(r"^speaker: .*\n", "", text, count=1, flags=re.M)
    text = re.sub(r"^TODO: .*$", lambda _: BODY[lang], text, flags=re.M)
    file.write_text(text, encoding="utf-8")


def run(*args, cwd=ROOT, env=None):
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def scaffold(copy: Path, script: str, *args: str) -> None:
    made = run(f"scripts/{script}", "--root", str(copy), *args)
    assert made.returncode == 0, f"{script}: " + made.stdout + made.stderr


def newest_date(root: Path, folder: str) -> dt.date:
    return max(dt.date.fromisoformat(p.name[:10]) for p in (root / "docs" / "lv" / folder).glob("[0-9]*.md"))


def titles(lead_lv: str, lead_en: str) -> list[str]:
    return ["--title-lv", longest_title("lv", lead_lv), "--title-en", longest_title("en", lead_en)]


def test_content_sensitive_tests_pass_on_a_copy_with_new_content(tmp_path):
    copy = copy_repo(tmp_path / "copy")
    today = dt.date.fromisoformat(os.environ.get("SITE_DATE") or dt.date.today().isoformat())

    # A meeting that is past (a statement and a vote name it), newer than every statement, and
    # one to come (the home page's coming meetings).
    day = max(newest_date(copy, STATEMENTS_FOLDER) + dt.timedelta(days=1), today - dt.timedelta(days=1))
    meeting = f"{day.isoformat()}-garas-debates"
    scaffold(
        copy,
        "new_meeting.py",
        "--date",
        day.isoformat(),
        "--slug",
        "garas-debates",
        *titles("Debates: ", "Debate: "),
        "--format",
        "open-debate",
        "--role",
        "speaks",
        "--time",
        "10:00",
        "--agenda-lv",
        longest_title("lv", "Dienas kārtība: "),
        "--agenda-en",
        longest_title("en", "Agenda: "),
    )
    coming = (today + dt.timedelta(days=7)).isoformat()
    scaffold(
        copy,
        "new_meeting.py",
        "--date",
        coming,
        "--slug",
        "gara-sanaksme",
        *titles("Sanāksme: ", "Meeting: "),
        "--format",
        "briefing",
        "--role",
        "presides",
    )

    # A statement at that meeting, and a vote there.
    scaffold(
        copy,
        "new_statement.py",
        "--date",
        day.isoformat(),
        "--slug",
        "gars-pazinojums",
        *titles("Paziņojums: ", "Statement: "),
        "--source",
        "https://example.org/statement",
        "--meeting",
        meeting,
    )
    scaffold(
        copy,
        "new_vote.py",
        "--date",
        day.isoformat(),
        "--meeting",
        meeting,
        "--subject-lv",
        longest_title("lv", "Projekts: "),
        "--subject-en",
        longest_title("en", "Draft: "),
        "--vote",
        "in-favour",
        "--outcome",
        "adopted",
        "--in-favour",
        "13",
        "--against",
        "0",
        "--abstentions",
        "2",
        "--not-voting",
        "0",
        "--draft",
        "S/2026/999",
        "--resolution",
        "S/RES/2999 (2026)",
    )

    # A news item, newer than every other.
    news_day = max(newest_date(copy, NEWS_FOLDER) + dt.timedelta(days=1), day)
    scaffold(
        copy,
        "new_news.py",
        "--date",
        news_day.isoformat(),
        "--slug",
        "gara-zina",
        *titles("Ziņa: ", "News: "),
    )

    # A page in a new section of the navigation.
    scaffold(copy, "new_page.py", "--path", "jauna-sadala/jauna-lapa", *titles("Lapa: ", "Page: "))

    written = {  # each file, and how its description starts (each page's own)
        f"{STATEMENTS_FOLDER}/{day.isoformat()}-gars-pazinojums.md": {
            "lv": "Paziņojums. ",
            "en": "A statement. ",
        },
        f"{NEWS_FOLDER}/{news_day.isoformat()}-gara-zina.md": {"lv": "Ziņa. ", "en": "A news item. "},
        "jauna-sadala/jauna-lapa.md": {"lv": "Lapa. ", "en": "A page. "},
    }
    for file, leads in written.items():
        for lang, lead in leads.items():
            fill_placeholders(copy / "docs" / lang / file, lang, lead)

    # A changed data entry: the first timeline event, in both languages.
    timeline = copy / "data" / "timeline.yml"
    entries = yaml.safe_load(timeline.read_text(encoding="utf-8"))
    first = entries[0]
    text = timeline.read_text(encoding="utf-8")
    for lang in ("lv", "en"):
        assert first[lang] in text
        text = text.replace(first[lang], first[lang].rstrip(".") + " (labots).", 1)
    timeline.write_text(text, encoding="utf-8")

    check = run("scripts/check_content.py", "--root", str(copy))
    assert check.returncode == 0, "the copy's content must be valid:\n" + check.stdout + check.stderr

    (tmp_path / "inner").mkdir()
    inner = run(
        "-m",
        "pytest",
        "-m",
        "content",
        "-n",
        "0",
        "-p",
        "no:cacheprovider",
        f"--basetemp={tmp_path / 'inner' / 'base'}",
        "-q",
        str(ROOT / "tests"),
        env={"SITE_SOURCE": str(copy)},
    )
    summary = inner.stdout.strip().splitlines()[-1] if inner.stdout.strip() else inner.stderr
    assert inner.returncode == 0, inner.stdout[-6000:] + inner.stderr[-3000:]
    assert re.search(r"\d+ passed", summary) and "failed" not in summary, summary
