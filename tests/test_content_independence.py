"""No test depends on today's content: the content-sensitive tests pass on a changed copy.

The copy gets what an editor adds in a normal week, the way CONTRIBUTING.md says to add it:
a news item newer than every other (scripts/new_news.py, placeholders replaced with real
text), a new page in a new section (scripts/new_page.py, added to the navigation) and a changed
data entry. The copy must pass the content check; then every test marked `content` (those that
read docs/ or data/ to know what to expect) runs against a build of the copy (SITE_SOURCE), in a
pytest of its own, and passes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

pytestmark = pytest.mark.long(12)  # see conftest.pytest_collection_modifyitems

TEXT = {
    "lv": "Latvija turpina darbu Drošības padomē un stāsta par to abās valodās. " * 6,
    "en": "Latvia continues its work on the Security Council and reports on it in both languages. " * 6,
}
DESCRIPTION = {
    "lv": "Pārbaudes apraksts jaunam saturam, kuru redaktors pievienojis {what}.",
    "en": "A test description of new content an editor has added: {what}.",
}


def fill_placeholders(file: Path, lang: str, what: str) -> None:
    """Replace a scaffold's TODO lines with real text, as an editor does."""
    text = file.read_text(encoding="utf-8")
    text = re.sub(
        r"^description: .*$",
        f'description: "{DESCRIPTION[lang].format(what=what)}"',
        text,
        count=1,
        flags=re.M,
    )
    text = re.sub(r"^TODO: .*$", TEXT[lang], text, count=1, flags=re.M)
    file.write_text(text, encoding="utf-8")


def run(*args, cwd=ROOT, env=None):
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def newest_news_date(root: Path) -> str:
    dates = [p.name[:10] for p in (root / "docs" / "lv" / "jaunumi").glob("[0-9]*.md")]
    return max(dates)


def test_content_sensitive_tests_pass_on_a_copy_with_new_content(tmp_path):
    copy = copy_repo(tmp_path / "copy")

    # A news item, one day newer than the newest (so it leads the list, the home page and the feed).
    import datetime as dt

    day = (dt.date.fromisoformat(newest_news_date(copy)) + dt.timedelta(days=1)).isoformat()
    made = run(
        "scripts/new_news.py",
        "--root",
        str(copy),
        "--date",
        day,
        "--slug",
        "jauna-zina",
        "--title-lv",
        "Jauna ziņa: Latvija Drošības padomē",
        "--title-en",
        "New item: Latvia on the Council",
    )
    assert made.returncode == 0, made.stderr
    for lang in ("lv", "en"):
        fill_placeholders(copy / f"docs/{lang}/jaunumi/{day}-jauna-zina.md", lang, "jaunums")

    # A page in a new section of the navigation.
    made = run(
        "scripts/new_page.py",
        "--root",
        str(copy),
        "--path",
        "jauna-sadala/jauna-lapa",
        "--title-lv",
        "Jauna lapa",
        "--title-en",
        "A new page",
    )
    assert made.returncode == 0, made.stderr
    for lang in ("lv", "en"):
        fill_placeholders(copy / f"docs/{lang}/jauna-sadala/jauna-lapa.md", lang, "lapa")

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
