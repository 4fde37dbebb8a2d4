#!/usr/bin/env python3
"""Which English pages are behind their Latvian source, by git history and the working tree.

    python scripts/translation_status.py                   # the whole site, with your unsaved edits
    python scripts/translation_status.py --since origin/main   # what this change (pull request) did

Whole site: a page is listed when docs/lv/<path> has commits after the last commit that changed
docs/en/<path> (or docs/en/<path> was never committed), or when the Latvian file has uncommitted
changes and the English one has none. Commits are compared by ancestry, not by clock, so two
commits in the same second are still told apart.

--since REF: a page is listed when this change (the commits since REF's merge base, and the
uncommitted edits) touched its Latvian text but not its English text: what a reviewer of the
pull request should ask about.

Prints a Markdown table (for a GitHub job summary) and always exits 0: it informs, it does not
block. CI needs the full history for this (actions/checkout with fetch-depth: 0).
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
    uncommitted: bool = False  # the Latvian file has changes not yet committed


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def last_commit(root: Path, path: str) -> tuple[str, str] | None:
    """(hash, date) of the last commit that changed `path`."""
    line = git(root, "log", "-1", "--format=%H %cs", "--", path)
    return tuple(line.split(" ", 1)) if line else None


def uncommitted(root: Path) -> set[str]:
    """Files under docs/ with changes not committed yet (modified, added or new)."""
    changed = git(root, "diff", "--name-only", "HEAD", "--", "docs").splitlines()
    new = git(root, "ls-files", "--others", "--exclude-standard", "--", "docs").splitlines()
    return set(changed) | set(new)


def changed_since(root: Path, ref: str) -> set[str]:
    """Files under docs/ that the change since `ref` touched: its commits and the working tree."""
    base = git(root, "merge-base", ref, "HEAD")
    committed = set(git(root, "diff", "--name-only", base, "--", "docs").splitlines())
    return committed | uncommitted(root)


def pages_behind(root: Path) -> list[Behind]:
    behind = []
    edited = uncommitted(root)
    lv_dir = root / "docs" / "lv"
    for file in sorted(lv_dir.rglob("*.md")):
        rel = file.relative_to(lv_dir).as_posix()
        lv_path, en_path = f"docs/lv/{rel}", f"docs/en/{rel}"
        lv_last = last_commit(root, lv_path)
        en_last = last_commit(root, en_path)
        lv_edited = lv_path in edited and en_path not in edited
        if lv_last is None:
            if lv_edited and en_last is not None:  # a new Latvian file beside an English one
                behind.append(Behind(rel, "—", en_last[1], 0, uncommitted=True))
            continue  # a new page: the content check asks for its English version
        since = f"{en_last[0]}..HEAD" if en_last else "HEAD"
        commits = int(git(root, "rev-list", "--count", since, "--", lv_path))
        if en_path in edited and not lv_edited:
            commits = 0  # the English text is being edited now
        if commits or lv_edited:
            behind.append(Behind(rel, lv_last[1], en_last[1] if en_last else None, commits, lv_edited))
    return behind


def pages_changed_without_english(root: Path, ref: str) -> list[str]:
    changed = changed_since(root, ref)
    return sorted(
        path.removeprefix("docs/lv/")
        for path in changed
        if path.startswith("docs/lv/")
        and path.endswith(".md")
        and "docs/en/" + path.removeprefix("docs/lv/") not in changed
    )


def since_table(pages: list[str], ref: str) -> str:
    lines = [f"## Tulkojumu statuss šajās izmaiņās / Translation status of this change (since `{ref}`)", ""]
    if not pages:
        lines.append(
            "Katrai mainītajai latviešu lapai mainīta arī angļu lapa. / "
            "Every Latvian page this change edits has its English page edited too."
        )
        return "\n".join(lines) + "\n"
    lines += [
        "Šajās izmaiņās mainīts latviešu teksts, bet ne angļu — pārbaudiet, vai tulkojums jāatjauno. / "
        "This change edits the Latvian text but not the English — check whether the translation needs updating.",
        "",
        "| Lapa / Page | Latviešu fails / Latvian file | Angļu fails / English file |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{rel}` | docs/lv/{rel} | docs/en/{rel} |" for rel in pages]
    return "\n".join(lines) + "\n"


def markdown_table(behind: list[Behind]) -> str:
    lines = ["## Tulkojumu statuss / Translation status", ""]
    if not behind:
        lines.append(
            "Visi angļu teksti ir atjaunināti pēc latviešu teksta. / "
            "Every English page is up to date with its Latvian source."
        )
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
        lv = f"{page.lv_date} + nesaglabāts / uncommitted" if page.uncommitted else page.lv_date
        lines.append(f"| `{page.rel}` | {lv} | {en} | {page.commits} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    parser.add_argument(
        "--since",
        metavar="REF",
        help="only what changed since REF's merge base, e.g. origin/main (a pull request)",
    )
    args = parser.parse_args(argv)
    try:
        if args.since:
            print(since_table(pages_changed_without_english(args.root, args.since), args.since), end="")
        else:
            print(markdown_table(pages_behind(args.root)), end="")
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        detail = getattr(error, "stderr", "") or error
        print(
            f"Tulkojumu statusu nevar noteikt (nav git vēstures vai nav šādas atsauces). / "
            f"Cannot tell the translation status (no git history, or no such ref): {detail}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
