"""A problem an editor can fix, said in Latvian and English, at the file and line that has it.

Every hook and editor tool reports what is wrong with the sources as a `Problem`:

    docs/lv/kontakti.md:3: Latvian message — how to fix it / English message — how to fix it

Hooks raise `ProblemsError` (a PluginError, so mkdocs stops the build with its text) with every
problem they found, not only the first; scripts/check_content.py reads `.problems` from it, so
the editor sees the same lines in the build log, in the content check and on the pull request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the repository root, with '/': 'docs/lv/kontakti.md', 'data/council.yml'
    line: int
    lv: str
    en: str
    # True for problems that only stop publishing (TODO placeholders): the preview build of a
    # draft must still work, but the content check that guards the live site fails.
    draft_only: bool = field(default=False, compare=False)
    # True for a file the build cannot even read (not UTF-8): the build stops at once, with every
    # problem found so far, instead of crashing on it later.
    stops_build: bool = field(default=False, compare=False)
    # True for advice that may be wrong (a sentence that seems to be in the other language): shown
    # wherever problems are, but it neither fails the strict build nor the content check.
    advisory: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.lv} / {self.en}"


def sort_problems(problems) -> list[Problem]:
    """Each problem once, by file and line."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.lv))


class ProblemsError(PluginError):
    """Stops the build with every problem found, one `path:line: lv / en` line each."""

    def __init__(self, problems):
        self.problems = sort_problems(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def fail(problems) -> None:
    """Stop the build if there is any problem."""
    if problems:
        raise ProblemsError(problems)
