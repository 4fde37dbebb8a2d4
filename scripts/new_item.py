#!/usr/bin/env python3
"""Start a news item, statement, meeting, vote or page: from the "New item" form, or from `make`.

    python scripts/new_item.py --inputs '{"kind": "news", "date": "2026-12-10", "slug": "sanaksme",
                                          "title_lv": "Virsraksts", "title_en": "Title"}'
    python scripts/new_item.py --kind news --from-environment      (what `make news …` runs)

Both routes name a field by the same key: the Makefile's variable names (`make vote for=13`).
- The form (.github/workflows/new-item.yml) has a box each for kind, date, slug, path, the two
  titles and the two agendas; GitHub allows only a few inputs in a form, so every other field goes
  into one box, `details`, as key=value pairs separated by `;` (`vote=in-favour; for=13`).
- `make` hands each variable over as the environment variable ITEM_<key>, never through the shell's
  command line, so that `$`, `"` and „” in a title arrive as typed (see the Makefile).
The kind picks the scaffold; a field left empty is an option not given; a required field left
empty, a key the kind does not know or a pair without `=` is refused here, Latvian first, and the
scaffold itself says what is wrong with a value (its own message, its own exit status).

    news       scripts/new_news.py       date slug title_lv title_en
    statement  scripts/new_statement.py  the same + source [priorities symbol meeting type timing delivery]
    meeting    scripts/new_meeting.py    the same + format role [time agenda_lv agenda_en number record]
                                         (appends to data/meetings.yml)
    vote       scripts/new_vote.py       date title_lv title_en vote outcome for against abstain absent
                                         [draft submitted_lv submitted_en resolution explanation
                                         agenda_lv agenda_en reason meeting]   (appends to data/votes.yml)
    page       scripts/new_page.py       path title_lv title_en

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

REQUIRED, OPTIONAL = True, False
COMMON = [("date", "--date", REQUIRED), ("slug", "--slug", REQUIRED)]
TITLES = [("title_lv", "--title-lv", REQUIRED), ("title_en", "--title-en", REQUIRED)]
# kind -> (scaffold, [(key, the scaffold's option, required)] in the scaffold's order)
SCAFFOLDS = {
    "news": ("new_news.py", COMMON + TITLES),
    "statement": (
        "new_statement.py",
        COMMON
        + TITLES
        + [
            ("priorities", "--priorities", OPTIONAL),
            ("source", "--source", REQUIRED),
            ("symbol", "--symbol", OPTIONAL),
            ("meeting", "--meeting", OPTIONAL),
            ("type", "--type", OPTIONAL),
            ("timing", "--vote-timing", OPTIONAL),
            ("delivery", "--delivery", OPTIONAL),
        ],
    ),
    "meeting": (
        "new_meeting.py",
        COMMON
        + TITLES
        + [
            ("format", "--format", REQUIRED),
            ("role", "--role", REQUIRED),
            ("time", "--time", OPTIONAL),
            ("agenda_lv", "--agenda-lv", OPTIONAL),
            ("agenda_en", "--agenda-en", OPTIONAL),
            ("number", "--number", OPTIONAL),
            ("record", "--record", OPTIONAL),
        ],
    ),
    "vote": (
        "new_vote.py",
        [
            ("date", "--date", REQUIRED),
            ("draft", "--draft", OPTIONAL),
            ("submitted_lv", "--submitted-lv", OPTIONAL),
            ("submitted_en", "--submitted-en", OPTIONAL),
            ("title_lv", "--subject-lv", REQUIRED),
            ("title_en", "--subject-en", REQUIRED),
            ("vote", "--vote", REQUIRED),
            ("outcome", "--outcome", REQUIRED),
            ("for", "--in-favour", REQUIRED),
            ("against", "--against", REQUIRED),
            ("abstain", "--abstentions", REQUIRED),
            ("absent", "--not-voting", REQUIRED),
            ("resolution", "--resolution", OPTIONAL),
            ("explanation", "--explanation", OPTIONAL),
            ("agenda_lv", "--agenda-lv", OPTIONAL),
            ("agenda_en", "--agenda-en", OPTIONAL),
            ("reason", "--reason", OPTIONAL),
            ("meeting", "--meeting", OPTIONAL),
        ],
    ),
    "page": ("new_page.py", [("path", "--path", REQUIRED)] + TITLES),
}
# The form's own boxes; every other key of a kind goes into its `details` box.
FORM_BOXES = ("date", "slug", "path", "title_lv", "title_en", "agenda_lv", "agenda_en")
# Where `make` calls a key by another name (the titles: `make news lv="…" en="…"`).
MAKE_NAMES = {"title_lv": "lv", "title_en": "en"}
KIND_WORDS = {
    "news": "Jaunums / News",
    "statement": "Paziņojums / Statement",
    "meeting": "Sanāksme / Meeting",
    "vote": "Balsojums / Vote",
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


def keys_of(kind: str) -> list[str]:
    return [key for key, _, _ in SCAFFOLDS[kind][1]]


def known_kind(kind: str) -> str:
    kind = (kind or "").strip()
    if kind not in SCAFFOLDS:
        raise InputError(
            f"Nezināms veids '{kind}' — izvēlieties vienu no: {', '.join(SCAFFOLDS)}. / "
            f"Unknown kind '{kind}' — choose one of: {', '.join(SCAFFOLDS)}."
        )
    return kind


def details_fields(kind: str, details: str) -> dict[str, str]:
    """The form's `details` box: key=value pairs separated by `;` (or line breaks, from the API)."""
    allowed = [key for key in keys_of(kind) if key not in FORM_BOXES]
    fields: dict[str, str] = {}
    for pair in filter(None, (part.strip() for part in re.split(r"[;\n]", details or ""))):
        key, equals, value = pair.partition("=")
        key = key.strip()
        if not equals or not key:
            raise InputError(
                f"Laukā details „{pair}” nav formā atslēga=vērtība — rakstiet, piemēram, for=13, un atdaliet "
                f"pārus ar semikolu (;). / In the details box, '{pair}' is not key=value — write e.g. for=13 "
                "and separate the pairs with semicolons (;)."
            )
        if key in FORM_BOXES:
            raise InputError(
                f"„{key}” ierakstiet savā formas laukā, nevis laukā details. / "
                f"Write '{key}' in its own box of the form, not in details."
            )
        if key not in allowed:
            raise InputError(
                f"Laukā details ir „{key}”, bet veidam '{kind}' tāda lauka nav — derīgie: "
                f"{', '.join(allowed) or '(nav neviena)'}. / In the details box, '{key}' is no field of the "
                f"kind '{kind}' — the valid ones: {', '.join(allowed) or '(none)'}."
            )
        if re.search(r"\s[a-z_]+=", value):  # `for=13 against=0`: a `;` left out between two pairs
            raise InputError(
                f"Laukā details „{pair}” izskatās pēc diviem pāriem — atdaliet tos ar semikolu (;). / "
                f"In the details box, '{pair}' looks like two pairs — separate them with a semicolon (;)."
            )
        if key in fields:
            raise InputError(
                f"Laukā details „{key}” ir divreiz — atstājiet vienu. / "
                f"In the details box, '{key}' is there twice — keep one."
            )
        fields[key] = value.strip()
    return fields


def form_fields(inputs: dict) -> tuple[str, dict[str, str]]:
    """The form's inputs as (kind, {key: value}): its boxes, and the pairs of its `details` box."""
    kind = known_kind(inputs.get("kind"))
    fields = {box: str(inputs.get(box) or "").strip() for box in FORM_BOXES if box in keys_of(kind)}
    fields.update(details_fields(kind, str(inputs.get("details") or "")))
    return kind, fields


def environment_fields(kind: str, environ=os.environ) -> dict[str, str]:
    """What `make <kind> …` exported: ITEM_<key> for each key (the Makefile's variable names)."""
    kind = known_kind(kind)
    return {key: environ.get(f"ITEM_{key}", "").strip() for key in keys_of(kind)}


def scaffold_command(kind: str, fields: dict, root: Path = REPO, route: str = "form") -> list[str]:
    """The scaffold's command line: every option that was filled in; a required one left empty is
    refused here, in the words of the route it came by (the form's boxes, or make's variables)."""
    script, options = SCAFFOLDS[kind]
    missing = [key for key, _, required in options if required and not (fields.get(key) or "").strip()]
    if missing:
        if route == "make":
            names = ", ".join(f"{MAKE_NAMES.get(key, key)}=…" for key in missing)
            raise InputError(
                f"Trūkst: {names} — pievienojiet komandai, piemēram, make {kind} … {names.split(', ')[0]}. / "
                f"Missing: {names} — add to the command, e.g. make {kind} … {names.split(', ')[0]}."
            )
        names = ", ".join(key if key in FORM_BOXES else f"details: {key}=…" for key in missing)
        raise InputError(
            f"Nav aizpildīts: {names} — aizpildiet to (laukā details kā atslēga=vērtība). / "
            f"Not filled in: {names} — fill it in (in the details box as key=value)."
        )
    command = [sys.executable, str(SCRIPTS / script)]
    for key, option, _ in options:
        value = (fields.get(key) or "").strip()
        if value:
            command += [option, value]
    if root != REPO:
        command += ["--root", str(root)]
    return command


def pull_request(kind: str, fields: dict) -> tuple[str, str]:
    """The new branch's name and the pull request's title."""
    if kind == "page":
        name = fields.get("path")
    elif kind == "vote":
        name = f"{fields.get('date', '')}-{fields.get('draft') or fields.get('resolution') or ''}"
    else:
        name = f"{fields.get('date', '')}-{fields.get('slug', '')}"
    branch = "new-item/" + kind + "-" + (re.sub(r"[^a-z0-9-]+", "-", (name or "").lower()).strip("-") or "x")
    return branch, f"{KIND_WORDS[kind]}: {(fields.get('title_lv') or '').strip()}"


def github_write(variable: str, text: str) -> None:
    target = os.environ.get(variable)
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    given = parser.add_mutually_exclusive_group(required=True)
    given.add_argument("--inputs", help="the form's inputs as a JSON object")
    given.add_argument("--kind", help="with --from-environment: news, statement, meeting, vote or page")
    parser.add_argument("--from-environment", action="store_true", help="read ITEM_<key> (what make exports)")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.inputs is None:
            kind, route = known_kind(args.kind), "make"
            fields = environment_fields(kind)
        else:
            try:
                inputs = json.loads(args.inputs)
                if not isinstance(inputs, dict):
                    raise ValueError
            except ValueError:
                print("--inputs nav JSON objekts. / --inputs is not a JSON object.", file=sys.stderr)
                return 2
            (kind, fields), route = form_fields(inputs), "form"
        command = scaffold_command(kind, fields, args.root, route)
    except InputError as error:
        print(error, file=sys.stderr)
        github_write("GITHUB_STEP_SUMMARY", f"{error}\n")
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print("::error title=Neizdevās / Failed::" + str(error).replace("%", "%25").replace("\n", "%0A"))
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
    branch, title = pull_request(kind, fields)
    github_write("GITHUB_OUTPUT", f"branch={branch}\ntitle={title.replace(chr(10), ' ')}\n")
    github_write("GITHUB_STEP_SUMMARY", NEXT_STEPS.format(branch=branch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
