#!/usr/bin/env python3
"""A mutation run of our own: does the test suite catch the slips that matter?

    python scripts/mutants.py                 # every mutant in tests/mutants.yml
    python scripts/mutants.py --list          # their names, files and covering tests
    python scripts/mutants.py --only NAME ... # some of them (names, or several with commas)
    python scripts/mutants.py --jobs 2        # two at a time (each in its own copy)
    python scripts/mutants.py --json out.json # the results, for comparing runs

tests/mutants.yml lists realistic slips (an off-by-one, a line lost in a merge, a selector or a
colour changed in a hurry) in the hooks, the templates, the stylesheet and the search scripts,
each with the test files that cover it. For each mutant this script copies the repository to a
scratch folder (as the tests' own scratch builds do, with the warm .cache/), replaces the
mutant's `original` snippet by its `replacement` (the snippet must occur exactly once: a mutant
whose code has moved on fails loudly instead of silently testing nothing), runs

    python -m pytest <its test files> -x -q -p no:cacheprovider -n 0

and records "killed" (the tests failed), "survived" (they passed) or "timeout" (counted as killed:
the suite would not finish either). A mutant whose test files are not in this tree is "pending"
(e.g. tests that live on another branch until it is merged). First, the covering test files run
once on the unchanged copy: if they fail there, no result would mean anything, and the run stops.

It prints a table, the kill rate (killed / (killed + survived)) and the survivors. It is run by hand
or on a schedule, not by `make test` (a full run takes about half an hour on two cores);
tests/test_mutants_file.py, which is in the suite, checks that the list is well-formed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
MUTANTS_FILE = REPO / "tests" / "mutants.yml"
sys.path.insert(0, str(REPO / "scripts"))
from bench_build import copy_repo  # noqa: E402

KEYS = ("name", "file", "original", "replacement", "tests", "description")
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# What a scratch run must not inherit from the shell it was started in.
BUILD_ENVIRONMENT = (
    "SITE_SOURCE",
    "TEST_SITE_BUILD",
    "SITE_DATE",
    "SITE_PREVIEW",
    "SITE_PREVIEW_PR",
    "SITE_URL",
)


@dataclass
class Mutant:
    name: str
    file: str
    original: str
    replacement: str
    tests: list[str]
    description: str


@dataclass
class Result:
    name: str
    file: str
    status: str  # killed, survived, timeout, pending, error
    seconds: float = 0.0
    detail: str = ""  # the first failing test, the missing test files, or what went wrong
    tests: list[str] = field(default_factory=list)


# --- The list -----------------------------------------------------------------------------


def load_mutants(path: Path = MUTANTS_FILE) -> list[Mutant]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list of mutants")
    mutants = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or set(entry) != set(KEYS):
            found = sorted(entry) if isinstance(entry, dict) else type(entry).__name__
            raise ValueError(
                f"{path}: mutant {number} must have exactly the keys {', '.join(KEYS)} (has {found})"
            )
        mutants.append(Mutant(**{key: entry[key] for key in KEYS}))
    return mutants


def problems(mutants: list[Mutant], root: Path = REPO) -> list[str]:
    """Everything wrong with the list: each is a sentence naming the mutant."""
    found, seen = [], set()
    for mutant in mutants:
        found += mutant_problems(mutant, root, seen)
        seen.add(mutant.name)
    return found


def mutant_problems(mutant: Mutant, root: Path, seen: set) -> list[str]:
    where = f"mutant {mutant.name!r}"
    texts = [
        key
        for key in ("name", "file", "original", "replacement", "description")
        if not isinstance(getattr(mutant, key), str) or not getattr(mutant, key).strip()
    ]
    if texts:
        return [f"{where}: '{key}' must be a text" for key in texts]
    found = []
    if not NAME.match(mutant.name):
        found.append(f"{where}: the name must be lower-case words joined by '-'")
    if mutant.name in seen:
        found.append(f"{where}: the name is used twice")
    if "\n" in mutant.description:
        found.append(f"{where}: the description must be one line")
    if mutant.original == mutant.replacement:
        found.append(f"{where}: the replacement is the original")
    if not (
        isinstance(mutant.tests, list)
        and mutant.tests
        and all(isinstance(t, str) and re.fullmatch(r"tests/test_\w+\.py", t) for t in mutant.tests)
    ):
        found.append(f"{where}: 'tests' must list test files (tests/test_*.py)")
    path = root / mutant.file
    if not path.is_file():
        return found + [f"{where}: {mutant.file} does not exist"]
    count = path.read_text(encoding="utf-8").count(mutant.original)
    if count != 1:
        found.append(
            f"{where}: its original snippet occurs {count} times in {mutant.file} (must be exactly once)"
        )
    return found


def apply(mutant: Mutant, root: Path) -> None:
    """Make the slip in the tree at `root`; fails loudly if the snippet is not there exactly once."""
    path = root / mutant.file
    text = path.read_text(encoding="utf-8")
    count = text.count(mutant.original)
    if count != 1:
        raise RuntimeError(f"{mutant.name}: the original snippet occurs {count} times in {mutant.file}")
    path.write_text(text.replace(mutant.original, mutant.replacement), encoding="utf-8")


# --- Running ------------------------------------------------------------------------------


def environment() -> dict:
    env = {key: value for key, value in os.environ.items() if key not in BUILD_ENVIRONMENT}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def run_tests(root: Path, tests: list[str], timeout: float) -> tuple[int | None, str]:
    """(pytest's exit code or None on timeout, its output)."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        *tests,
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "-n",
        "0",
    ]
    try:
        result = subprocess.run(
            command, cwd=root, env=environment(), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as timed_out:
        output = timed_out.stdout or ""
        return None, output.decode("utf-8", "replace") if isinstance(output, bytes) else output
    return result.returncode, result.stdout + result.stderr


def first_failure(output: str) -> str:
    for line in output.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            return line[:200]
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def existing(tests: list[str], root: Path = REPO) -> list[str]:
    return [test for test in tests if (root / test).is_file()]


def run_one(mutant: Mutant, scratch: Path, timeout: float) -> Result:
    tests = existing(mutant.tests)
    if not tests:
        return Result(
            mutant.name,
            mutant.file,
            "pending",
            detail="not in this tree: " + ", ".join(mutant.tests),
            tests=mutant.tests,
        )
    start = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix=f"mutant-{mutant.name}-", dir=scratch))
    try:
        root = scratch_copy(folder / "repo")
        apply(mutant, root)
        code, output = run_tests(root, tests, timeout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - start
    if code is None:
        return Result(mutant.name, mutant.file, "timeout", seconds, f"no result after {timeout:.0f} s", tests)
    if code == 0:
        return Result(mutant.name, mutant.file, "survived", seconds, "", tests)
    if code in (1, 2):  # tests failed; or collection stopped (the slip broke an import)
        return Result(mutant.name, mutant.file, "killed", seconds, first_failure(output), tests)
    return Result(
        mutant.name, mutant.file, "error", seconds, f"pytest exit {code}: {first_failure(output)}", tests
    )


def scratch_copy(destination: Path) -> Path:
    """The repository copied as the tests' scratch builds copy it, with this tree's node_modules
    linked in (stylelint and postcss for the stylesheet tests; copying it would take long)."""
    root = copy_repo(destination)
    if (REPO / "node_modules").is_dir():
        (root / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return root


def baseline(mutants: list[Mutant], scratch: Path, timeout: float) -> None:
    """The covering tests must pass on the unchanged tree, or no result means anything."""
    tests = sorted({test for mutant in mutants for test in existing(mutant.tests)})
    if not tests:
        return
    folder = Path(tempfile.mkdtemp(prefix="mutant-baseline-", dir=scratch))
    try:
        print(f"baseline: {len(tests)} test files on the unchanged tree …", flush=True)
        start = time.perf_counter()
        code, output = run_tests(scratch_copy(folder / "repo"), tests, timeout * 3)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if code != 0:
        sys.exit(
            f"The covering tests fail on the unchanged tree (exit {code}), so no mutant result would "
            f"mean anything:\n{first_failure(output)}"
        )
    print(f"baseline: passed in {time.perf_counter() - start:.0f} s", flush=True)


def kill_rate(results: list[Result]) -> tuple[int, int, float]:
    killed = sum(r.status in ("killed", "timeout") for r in results)
    ran = killed + sum(r.status == "survived" for r in results)
    return killed, ran, (100.0 * killed / ran if ran else 0.0)


def table(results: list[Result]) -> str:
    width = max([len(r.name) for r in results] + [6])
    lines = [f"{'mutant':<{width}}  {'result':<8}  {'s':>5}  first failing test / note", "-" * (width + 60)]
    for r in results:
        lines.append(f"{r.name:<{width}}  {r.status:<8}  {r.seconds:>5.0f}  {r.detail}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only these mutants (repeat, or separate with commas)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at the same time (default 1)")
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds for one mutant's tests (default 900)"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the run on the unchanged tree")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--mutants", type=Path, default=MUTANTS_FILE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    mutants = load_mutants(args.mutants)
    wrong = problems(mutants)
    if wrong:
        sys.exit("tests/mutants.yml:\n  " + "\n  ".join(wrong))
    if args.list:
        for mutant in mutants:
            present = existing(mutant.tests)
            note = "" if present else "  (pending: its tests are not in this tree)"
            print(f"{mutant.name:<44} {mutant.file:<52} {' '.join(mutant.tests)}{note}")
        print(f"{len(mutants)} mutants")
        return 0
    if args.only:
        wanted = [name.strip() for names in args.only for name in names.split(",") if name.strip()]
        unknown = sorted(set(wanted) - {mutant.name for mutant in mutants})
        if unknown:
            sys.exit(f"unknown mutant(s): {', '.join(unknown)} (see --list)")
        mutants = [mutant for mutant in mutants if mutant.name in wanted]

    scratch = Path(tempfile.mkdtemp(prefix="mutants-"))
    try:
        if not args.no_baseline:
            baseline(mutants, scratch, args.timeout)
        results: dict[str, Result] = {}
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = {pool.submit(run_one, mutant, scratch, args.timeout): mutant for mutant in mutants}
            for done, future in enumerate(as_completed(futures), 1):
                mutant = futures[future]
                try:
                    result = future.result()
                except Exception as error:  # a mutant that cannot be applied is reported, not skipped
                    result = Result(mutant.name, mutant.file, "error", detail=str(error), tests=mutant.tests)
                results[mutant.name] = result
                print(
                    f"[{done}/{len(mutants)}] {result.name}: {result.status} ({result.seconds:.0f} s) {result.detail}",
                    flush=True,
                )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    ordered = [results[mutant.name] for mutant in mutants]
    print()
    print(table(ordered))
    killed, ran, rate = kill_rate(ordered)
    print()
    print(
        f"Killed {killed} of {ran} mutants run: {rate:.1f} % "
        f"({time.perf_counter() - started:.0f} s, {time.strftime('%Y-%m-%d')})"
    )
    for status in ("survived", "pending", "error"):
        names = [r.name for r in ordered if r.status == status]
        if names:
            print(f"{status.capitalize()}: {', '.join(names)}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "date": time.strftime("%Y-%m-%d"),
                    "killed": killed,
                    "ran": ran,
                    "rate": round(rate, 1),
                    "results": [asdict(r) for r in ordered],
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0 if not any(r.status in ("survived", "error") for r in ordered) else 1


if __name__ == "__main__":
    sys.exit(main())
