#!/usr/bin/env python3
"""Which English pages are behind their Latvian source, by git history.

    python scripts/translation_status.py >> "$GITHUB_STEP_SUMMARY"

A page is listed when docs/lv/<path> has commits after the last commit that changed
docs/en/<path> (or when docs/en/<path> has never been committed). Commits are compared by
ancestry, not by clock, so two commits in the same second are still told apart. Prints a
Markdown table (for a GitHub job summary) and always exits 0: it informs, it does not block.
CI needs the full history for this (actions/checkout with fetch-depth: 0).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Behind:
    rel: str  # path inside the language folder
    lv_date: str
    en_date: str | None  # None: the English page was never committed
    commits: int  # Latvian commits since the English page last changed


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def last_commit(root: Path, path: str) -> tuple[str, str] | None:
    """(hash, date) of the last commit that changed `path`."""
    line = git(root, "log", "-1", "--format=%H %cs", "--", path)
    return tuple(line.split(" ", 1)) if line else None


def pages_behind(root: Path) -> list[Behind]:
    behind = []
    lv_dir = root / "docs" / "lv"
    for file in sorted(lv_dir.rglob("*.md")):
        rel = file.relative_to(lv_dir).as_posix()
        lv_last = last_commit(root, f"docs/lv/{rel}")
        if lv_last is None:
            continue  # not committed yet: nothing to compare
        en_last = last_commit(root, f"docs/en/{rel}")
        since = f"{en_last[0]}..HEAD" if en_last else "HEAD"
        commits = int(git(root, "rev-list", "--count", since, "--", f"docs/lv/{rel}"))
        if commits:
            behind.append(Behind(rel, lv_last[1], en_last[1] if en_last else None, commits))
    return behind


def markdown_table(behind: list[Behind]) -> str:
    lines = ["## Tulkojumu statuss / Translation status", ""]
    if not behind:
        lines.append("Visi angļu teksti ir atjaunināti pēc latviešu teksta. / "
                     "Every English page is up to date with its Latvian source.")
        return "\n".join(lines) + "\n"
    lines += [
        "Šo lapu latviešu teksts mainīts pēc pēdējā angļu teksta labojuma — pārbaudiet tulkojumu. / "
        "The Latvian text of these pages changed after their English text was last edited — check the translation.",
        "",
        "| Lapa / Page | Latviešu teksts mainīts / Latvian changed | Angļu teksts mainīts / English changed "
        "| Latviešu izmaiņas kopš tā / Latvian commits since |",
        "| --- | --- | --- | --- |",
    ]
    for page in behind:
        en = page.en_date or "nav / none"
        lines.append(f"| `{page.rel}` | {page.lv_date} | {en} | {page.commits} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        behind = pages_behind(args.root)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        print(f"Tulkojumu statusu nevar noteikt (nav git vēstures). / "
              f"Cannot tell the translation status (no git history): {error}")
        return 0
    print(markdown_table(behind), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
