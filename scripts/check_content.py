#!/usr/bin/env python3
"""Check the site's content the way a pull request is checked: pages, data files, mkdocs.yml.

    python scripts/check_content.py            # checks this repository
    python scripts/check_content.py --root DIR # checks another copy (used by the tests)

Prints one line per problem, `path:line: Latvian message / English message`, each saying how to
fix it, and exits 1 if there is any (0 when everything is in order). It runs the content rules
(latvijaano/rules/runner.py) and a strict build into a temporary folder, whose warnings and errors
(broken links, missing images or anchors, and the data files, which latvijaano/data/data_pages.py and
latvijaano/data/site_data.py validate) are reported the same way. Unlike the build, it also
refuses "TODO" placeholders: they must never reach the live site.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano.problems import Problem, ProblemsError, sort_problems  # noqa: E402
from latvijaano.rules import messages  # noqa: E402
from latvijaano.rules.runner import check_sources  # noqa: E402


class Records(logging.Handler):
    """Keeps every log record of the build."""

    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def skip_minifying(config) -> None:
    """The check reads the build's messages, not its pages: minifying every page (a sixth of the
    check's time on today's site) would be work thrown away. Minifying reports nothing the check
    could miss."""
    minify = config.plugins.get("minify")
    if minify is not None:
        minify.config["minify_html"] = False


def build_problems(root: Path) -> tuple[list[Problem], object | None]:
    """Run a strict build, as CI does, and turn its warnings and errors into problems.

    Returns the problems and the loaded config (None if mkdocs.yml could not be loaded)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    mkdocs_log = logging.getLogger("mkdocs")
    records = Records()
    mkdocs_log.addHandler(records)
    mkdocs_log.propagate = False  # the records are printed our way, not mkdocs' way
    mkdocs_log.setLevel(logging.INFO)
    config = None
    crash = None
    stopped: list[Problem] = []
    try:
        with tempfile.TemporaryDirectory(prefix="check-content-") as site_dir:
            try:
                config = load_config(str(root / "mkdocs.yml"), site_dir=site_dir, strict=True)
                skip_minifying(config)
                build(config)
            except (Abort, ConfigurationError) as error:
                # mkdocs turns a hook's error into "Aborted with a BuildError!", raised while
                # handling it: a hook's own problems (ProblemsError) are taken as they are.
                if isinstance(error.__context__, ProblemsError):
                    stopped = error.__context__.problems
                elif not any(r.levelno >= logging.WARNING for r in records.records):
                    crash = str(error)
            except Exception as error:  # a crash in a hook or plugin: show it, do not hide it
                crash = f"{type(error).__name__}: {error}"
    finally:
        mkdocs_log.removeHandler(records)

    docs_dir = Path(config.docs_dir) if config else root / "docs"
    stopped_text = {str(ProblemsError(stopped))} if stopped else set()
    problems = []
    for record in records.records:
        problem = getattr(record, "content_problem", None)
        if problem is not None:
            problems.append(problem)
        elif record.levelno >= logging.WARNING and record.getMessage() not in stopped_text:
            problems += messages.problems_from_any_message(record.getMessage(), root, docs_dir)
    if crash:
        problems += messages.problems_from_any_message(crash, root, docs_dir)
    return problems + stopped, config


def check(root: Path) -> list[Problem]:
    root = root.resolve()
    problems, config = build_problems(root)
    # The rules once more, directly: they must be reported even when the build could not start
    # (e.g. mkdocs.yml is broken) or mkdocs.yml no longer lists the hook.
    if config is not None:
        problems += check_sources(root, Path(config.docs_dir), config.markdown_extensions, config.mdx_configs)
    else:
        problems += check_sources(root)
    return sort_problems(problems)


def github_annotation(problem: Problem) -> str:
    """On GitHub, the problem is also shown beside the line in the pull request's diff."""
    message = f"{problem.lv} / {problem.en}".replace("%", "%25").replace("\n", "%0A")
    level = "warning" if problem.advisory else "error"
    return f"::{level} file={problem.path},line={problem.line}::{message}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=REPO, help="the repository to check (default: this one)")
    args = parser.parse_args(argv)
    found = check(args.root)
    # Drafts and scheduled items: listed for information, never a failure.
    from latvijaano.data import publication

    for item in publication.unpublished(args.root):
        print(item, file=sys.stderr)
    problems = [problem for problem in found if not problem.advisory]
    advice = [problem for problem in found if problem.advisory]
    for problem in problems + advice:
        print(problem)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(github_annotation(problem))
    if advice:
        print(
            f"\nIeteikumi: {len(advice)} (publicēšanu neaptur; pārbaudiet katru). / "
            f"Advice: {len(advice)} (does not stop publishing; look at each one).",
            file=sys.stderr,
        )
    if problems:
        print(
            f"\nAtrastas problēmas: {len(problems)}. Izlabojiet katru norādītajā failā un rindā. / "
            f"Problems found: {len(problems)}. Fix each one in the file and line shown.",
            file=sys.stderr,
        )
        return 1
    print("Saturs ir kārtībā. / The content is in order.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
