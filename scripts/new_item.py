#!/usr/bin/env python3
"""Start a news item, statement, meeting or page from the inputs of the "New item" workflow.

    python scripts/new_item.py --inputs '{"kind": "news", "date": "2026-12-10", "slug": "sanaksme",
                                          "title_lv": "Virsraksts", "title_en": "Title"}'

.github/workflows/new-item.yml runs this with its `workflow_dispatch` inputs (as JSON): the kind
picks the scaffold, the inputs become its arguments, and the scaffold itself writes the files and
says what is wrong with a bad input (its own message, its own exit status). An input left empty
is an option not given. The workflow then opens a pull request with what the scaffold wrote.

    news       scripts/new_news.py       --date --slug --title-lv --title-en
    statement  scripts/new_statement.py  the same + --priorities --source [--symbol] [--meeting]
                                         [--type] [--vote-timing] [--delivery]
    meeting    scripts/new_meeting.py    the same + --format --role [--time] [--agenda-lv] [--agenda-en]
                                         [--number] [--record]   (appends to data/meetings.yml)
    page       scripts/new_page.py       --path --title-lv --title-en

On GitHub Actions it also writes the pull request's branch and title to $GITHUB_OUTPUT, and the
scaffold's message to the job summary (an error also as an annotation, shown on the run's page).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent

COMMON = [("date", "--date"), ("slug", "--slug")]
TITLES = [("title_lv", "--title-lv"), ("title_en", "--title-en")]
# kind -> (scaffold, [(input, option)] in the scaffold's order)
SCAFFOLDS = {
    "news": ("new_news.py", COMMON + TITLES),
    "statement": (
        "new_statement.py",
        COMMON
        + TITLES
        + [
            ("priorities", "--priorities"),
            ("source", "--source"),
            ("symbol", "--symbol"),
            ("statement_meeting", "--meeting"),
            ("statement_type", "--type"),
            ("vote_timing", "--vote-timing"),
            ("delivery", "--delivery"),
        ],
    ),
    "meeting": (
        "new_meeting.py",
        COMMON
        + TITLES
        + [
            ("format", "--format"),
            ("role", "--role"),
            ("time", "--time"),
            ("agenda_lv", "--agenda-lv"),
            ("agenda_en", "--agenda-en"),
            ("number", "--number"),
            ("record", "--record"),
        ],
    ),
    "page": ("new_page.py", [("path", "--path")] + TITLES),
}
KIND_WORDS = {
    "news": "Jaunums / News",
    "statement": "Paziņojums / Statement",
    "meeting": "Sanāksme / Meeting",
    "page": "Lapa / Page",
}


NEXT_STEPS = """
**Tālāk:** atveriet cilni **Pull requests** un tajā pieprasījumu no zara `{branch}`; cilnē **Files changed**
pie katra faila izvēlieties **⋯ → Edit file** un aizstājiet katru `TODO:` ar tekstu.
/ **Next:** open the **Pull requests** tab and the pull request from the branch `{branch}`; in **Files
changed**, choose **⋯ → Edit file** on each file and replace every `TODO:` with text.
"""


class InputError(Exception):
    """An input the workflow itself cannot use (no scaffold to blame yet), in Latvian and English."""


def scaffold_command(inputs: dict, root: Path = REPO) -> list[str]:
    """The scaffold's command line for the workflow's inputs: only the options that were filled in."""
    kind = (inputs.get("kind") or "").strip()
    if kind not in SCAFFOLDS:
        raise InputError(
            f"Nezināms veids '{kind}' — izvēlieties vienu no: {', '.join(SCAFFOLDS)}. / "
            f"Unknown kind '{kind}' — choose one of: {', '.join(SCAFFOLDS)}."
        )
    script, options = SCAFFOLDS[kind]
    command = [sys.executable, str(SCRIPTS / script)]
    for name, option in options:
        value = inputs.get(name)
        value = "" if value is None else str(value).strip()
        if value:
            command += [option, value]
    if root != REPO:
        command += ["--root", str(root)]
    return command


def pull_request(inputs: dict) -> tuple[str, str]:
    """The new branch's name and the pull request's title."""
    kind = inputs["kind"]
    name = inputs.get("path") if kind == "page" else f"{inputs.get('date', '')}-{inputs.get('slug', '')}"
    branch = "new-item/" + kind + "-" + (re.sub(r"[^a-z0-9-]+", "-", (name or "").lower()).strip("-") or "x")
    return branch, f"{KIND_WORDS[kind]}: {(inputs.get('title_lv') or '').strip()}"


def github_write(variable: str, text: str) -> None:
    target = os.environ.get(variable)
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", required=True, help="the workflow's inputs as a JSON object")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        inputs = json.loads(args.inputs)
        if not isinstance(inputs, dict):
            raise ValueError
    except ValueError:
        print("--inputs nav JSON objekts. / --inputs is not a JSON object.", file=sys.stderr)
        return 2
    try:
        command = scaffold_command(inputs, args.root)
    except InputError as error:
        print(error, file=sys.stderr)
        github_write("GITHUB_STEP_SUMMARY", f"{error}\n")
        return 2
    if not Path(command[1]).is_file():
        message = (
            f"Šī veida rīks {Path(command[1]).name} vēl nav pieejams — jautājiet izstrādātājiem. / "
            f"The tool for this kind, {Path(command[1]).name}, is not available yet — ask the developers."
        )
        print(message, file=sys.stderr)
        github_write("GITHUB_STEP_SUMMARY", message + "\n")
        return 2
    result = subprocess.run(command, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    said = (result.stdout + result.stderr).strip()
    github_write("GITHUB_STEP_SUMMARY", f"```text\n{said}\n```\n")
    if result.returncode != 0:
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print("::error title=Neizdevās / Failed::" + said.replace("%", "%25").replace("\n", "%0A"))
        return result.returncode
    branch, title = pull_request(inputs)
    github_write("GITHUB_OUTPUT", f"branch={branch}\ntitle={title.replace(chr(10), ' ')}\n")
    github_write("GITHUB_STEP_SUMMARY", NEXT_STEPS.format(branch=branch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
