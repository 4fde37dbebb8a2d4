"""Which of two files is the newer one, for the rules that report a copy on the copy, not on the
original that is already on the live site (latvijaano/rules/duplicates.py).

The signal is git's: the time of the commit that added each file (`git log --diff-filter=A`), and
a file git has not committed yet (untracked, or only staged) is the newest of all. Why git, and not
the file names or dates: an editor who copies an old story keeps or changes its date at will, and
every file of a fresh checkout has the same mtime; only the history knows which file was there
first. It holds where the content is checked: in an editor's working copy (the new file is not yet
committed), and in the pull request's run (.github/workflows/pr.yml checks out the pull request,
with the whole history: the old file was added by a commit on the main branch, the new one by a
later commit of the pull request). Renames count as adding (`--no-renames`): a renamed file is
new where it now is. Where git knows nothing (no repository, a folder inside another project's
repository), and between files added by the same commit (a shallow history adds everything in one),
the order of the file names decides.
"""

from __future__ import annotations

import math
import subprocess
from pathlib import Path


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(root), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None  # no git on this machine
    return result.stdout if result.returncode == 0 else None


def added_times(root: Path, folder: str = "docs") -> dict[str, float] | None:
    """{path from the root: when the file was added (Unix time; math.inf if not committed yet)}
    for every file git knows under `folder`; None where git cannot say (see the module's note)."""
    root = Path(root).resolve()
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or Path(top.strip()).resolve() != root:
        return None  # not a repository of its own: another project's history says nothing here
    log = _git(
        root, "log", "--no-renames", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--", folder
    )
    if log is None:
        return None  # e.g. a repository without a commit yet
    times: dict[str, float] = {}
    for commit in log.split("\0")[1:]:
        when, *names = commit.strip().split("\n")
        for name in filter(None, names):
            times.setdefault(name, float(when))  # newest first: a file deleted and added again is new
    return times


def newest_last(paths: list[str], times: dict[str, float] | None) -> list[str]:
    """`paths` (from the repository root) from the first added to the last; a file git does not
    know (not committed) last; ties, and no git at all, in the order of the names."""
    if times is None:
        return sorted(paths)
    return sorted(paths, key=lambda path: (times.get(path, math.inf), path))
