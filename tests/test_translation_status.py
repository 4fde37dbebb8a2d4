"""scripts/translation_status.py on a throwaway git repository.

Commits happen within the same second here, so the script must compare history, not clocks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "translation_status.py"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True)


def write(repo: Path, path: str, text: str) -> None:
    file = repo / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def status(repo: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(repo), *args], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def listed(output: str) -> list[str]:
    """The page paths in the table's rows."""
    return [line.split("`")[1] for line in output.splitlines() if line.startswith("| `")]


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "redaktors@example.org")
    git(tmp_path, "config", "user.name", "Redaktors")
    git(tmp_path, "config", "commit.gpgsign", "false")
    for lang in ("lv", "en"):
        write(tmp_path, f"docs/{lang}/kontakti.md", f"# {lang}\n")
        write(tmp_path, f"docs/{lang}/prioritates/sievietes.md", f"# {lang}\n")
    commit(tmp_path, "Pages in both languages")
    return tmp_path


def test_nothing_listed_when_both_languages_changed_together(repo):
    output = status(repo)
    assert listed(output) == []
    assert "Every English page is up to date" in output


def test_page_listed_after_its_latvian_text_changes(repo):
    write(repo, "docs/lv/prioritates/sievietes.md", "# lv\n\nJauna rindkopa.\n")
    commit(repo, "Latvian text updated")
    output = status(repo)
    assert listed(output) == ["prioritates/sievietes.md"]
    assert "| Lapa / Page |" in output and "| --- |" in output  # a Markdown table
    row = next(line for line in output.splitlines() if "sievietes" in line)
    assert row.rstrip().endswith("| 1 |")  # one Latvian commit since the English one


def test_page_not_listed_once_english_is_updated_later(repo):
    write(repo, "docs/lv/kontakti.md", "# lv\n\nJauns tālrunis.\n")
    commit(repo, "Latvian text updated")
    assert listed(status(repo)) == ["kontakti.md"]
    write(repo, "docs/en/kontakti.md", "# en\n\nNew phone number.\n")
    commit(repo, "English text updated")
    assert listed(status(repo)) == []


def test_page_without_english_version_is_listed(repo):
    write(repo, "docs/lv/jauna.md", "# lv\n")
    commit(repo, "Latvian only")
    output = status(repo)
    assert listed(output) == ["jauna.md"]
    assert "nav / none" in next(line for line in output.splitlines() if "jauna.md" in line)


def test_without_git_history_it_says_so_and_does_not_fail(tmp_path):
    write(tmp_path, "docs/lv/kontakti.md", "# lv\n")
    assert "no git history" in status(tmp_path)


def test_uncommitted_latvian_edit_is_listed(repo):
    """An editor's local edit counts before it is committed: no false "all up to date"."""
    write(repo, "docs/lv/kontakti.md", "# lv\n\nVēl nesaglabāts labojums.\n")
    output = status(repo)
    assert listed(output) == ["kontakti.md"]
    assert "uncommitted" in next(line for line in output.splitlines() if "kontakti.md" in line)
    write(repo, "docs/en/kontakti.md", "# en\n\nNot committed either.\n")
    assert listed(status(repo)) == []  # both languages being edited together


def test_since_lists_what_this_change_left_untranslated(repo):
    git(repo, "checkout", "-q", "-b", "pull-request")
    write(repo, "docs/lv/kontakti.md", "# lv\n\nJauns tālrunis.\n")
    write(repo, "docs/lv/prioritates/sievietes.md", "# lv\n\nJauna rindkopa.\n")
    write(repo, "docs/en/prioritates/sievietes.md", "# en\n\nA new paragraph.\n")
    commit(repo, "Latvian contacts; both languages of the women's page")
    write(repo, "docs/lv/jauna.md", "# lv\n")  # uncommitted, no English
    output = status(repo, "--since", "main")
    assert sorted(listed(output)) == ["jauna.md", "kontakti.md"]
    assert "since `main`" in output


def test_since_with_an_unknown_ref_says_so(repo):
    assert "no such ref" in status(repo, "--since", "no-such-branch")
