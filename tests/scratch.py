"""Scratch copies of the repository and synthetic content, for the tests and the benchmarks.

A test that needs content of a shape the real site does not have yet (a thousand news items, a
meeting tomorrow, a vote) copies the repository (`copy_repo`, never touching the real docs/ or
data/) and writes synthetic items into the copy: news and statements dated from 1 January 2000
(older than every real item), meetings, votes. scripts/bench_build.py uses the same writers to
measure the build at scale.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("lv", "en")
# Copied into the temporary repository: everything a build reads.
SKIP = shutil.ignore_patterns(".git", ".venv", "site", "__pycache__", ".pytest_cache", "node_modules")
# Pages that are not news, by URL path: their size must not depend on the number of news items.
FIRST_DAY = dt.date(2000, 1, 1)  # synthetic items are older than every real one

TEXTS = {
    "lv": {
        "title": "Sintētisks jaunums Nr. {n}",
        "description": "Veiktspējas pārbaudes jaunums Nr. {n}: tā nav īsta ziņa.",
        "body": "Šis teksts ir izveidots tikai vietnes veidošanas ātruma mērīšanai. Rindkopa {n}.",
        "image_alt": "Pārbaudes attēls jaunumam Nr. {n}.",
    },
    "en": {
        "title": "Synthetic news item no. {n}",
        "description": "Benchmark news item no. {n}: this is not real news.",
        "body": "This text exists only to measure how fast the site builds. Paragraph {n}.",
        "image_alt": "Test picture for news item no. {n}.",
    },
}


def copy_repo(destination: Path) -> Path:
    shutil.copytree(REPO, destination, ignore=SKIP)
    return destination


def write_synthetic(
    root: Path, folder: str, count: int, texts: dict, languages=LANGUAGES, fields=lambda number: ""
) -> list[str]:
    """Write `count` dated items docs/<lang>/<folder>/2000-01-02-bench-1.md, ... in each language
    (`fields(number)`: more front matter lines); returns their paths inside the language folder."""
    paths = []
    for number in range(1, count + 1):
        day = FIRST_DAY + dt.timedelta(days=number)
        rel = f"{folder}/{day.isoformat()}-bench-{number}.md"
        paths.append(rel)
        for lang in languages:
            text = {key: value.format(n=number) for key, value in texts[lang].items()}
            (root / "docs" / lang / folder).mkdir(parents=True, exist_ok=True)
            (root / "docs" / lang / rel).write_text(
                f'---\ntitle: "{text["title"]}"\ndate: {day.isoformat()}\n'
                f'description: "{text["description"]}"\n{fields(number).format(**text)}---\n\n# {text["title"]}\n\n'
                + "\n\n".join([text["body"]] * 4)
                + "\n",  # 40+ words: the content rules ask that much
                encoding="utf-8",
            )
    return paths


def picture_fields(root: Path, folder: str, picture: Path | None) -> str:
    """The front matter lines with which a synthetic item names `picture` (copied next to the
    Latvian items) as its own, as a page with a photograph does: links share it instead of a
    card; "" without a picture."""
    if not picture:
        return ""
    name = f"bench{picture.suffix}"
    (root / "docs" / "lv" / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(picture, root / "docs" / "lv" / folder / name)
    return f'image: {name}\nimage_alt: "{{image_alt}}"\n'


def add_synthetic_news(root: Path, count: int, languages=LANGUAGES, picture: Path | None = None) -> list[str]:
    """Write `count` news items in each language; returns their paths inside the language folder.
    With `picture`, each item names that image as its own (picture_fields): the list shows it too."""
    pictured = picture_fields(root, "jaunumi", picture)
    return write_synthetic(root, "jaunumi", count, TEXTS, languages, lambda number: pictured)


STATEMENT_TEXTS = {
    "lv": {
        "title": "Sintētisks paziņojums Nr. {n}",
        "description": "Veiktspējas pārbaudes paziņojums Nr. {n}: tas nav īsts paziņojums.",
        "speaker": "Pārbaudes runātājs",
        "body": "Šis paziņojums ir izveidots tikai vietnes veidošanas ātruma mērīšanai, un tajā minēts "
        "dokuments S/2024/507. Rindkopa {n}.",
        "image_alt": "Pārbaudes attēls paziņojumam Nr. {n}.",
    },
    "en": {
        "title": "Synthetic statement no. {n}",
        "description": "Benchmark statement no. {n}: this is not a real statement.",
        "speaker": "Benchmark speaker",
        "body": "This statement exists only to measure how fast the site builds, and it mentions "
        "document S/2024/507. Paragraph {n}.",
        "image_alt": "Test picture for statement no. {n}.",
    },
}


def priority_keys(root: Path) -> list[str]:
    import yaml

    return [
        entry["key"]
        for entry in yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))
    ]


# The meeting every synthetic statement names (`meeting:` is an id in data/meetings.yml).
BENCH_MEETING = f"{FIRST_DAY.isoformat()}-bench-meeting"


def add_meetings(root: Path, meetings: list[dict]) -> list[str]:
    """Append meetings to the copy's data/meetings.yml, each as scripts/new_meeting.py writes it
    (with its revision); `meetings`: dicts of id, date, title {lv, en}, format, roles and, optionally,
    time, number. Returns their ids."""
    from new_meeting import entry_text, with_revision

    path = root / "data" / "meetings.yml"
    text = path.read_text(encoding="utf-8").rstrip()
    text = "" if text.endswith("[]") and text.lstrip().startswith("[]") else text
    parts = [text] if text else []
    parts += [with_revision(entry_text(meeting), 0) for meeting in meetings]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return [meeting["id"] for meeting in meetings]


def synthetic_meeting(day: dt.date, number: int, time: str | None = None) -> dict:
    return {
        "id": f"{day.isoformat()}-bench-{number}",
        "date": day.isoformat(),
        "time": time,
        "title": {"lv": f"Sintētiska sanāksme Nr. {number}", "en": f"Synthetic meeting no. {number}"},
        "format": ("open-debate", "briefing", "consultations", "adoption")[number % 4],
        "roles": ["speaks"] if number % 3 else ["presides", "speaks"],
        "number": str(90000 + number),
    }


def add_synthetic_meetings(
    root: Path, count: int, first: dt.date = dt.date(2026, 1, 5), days: int = 730
) -> list[str]:
    """`count` meetings spread evenly over `days` days from `first` (two years by default), every
    other one with a time in New York; returns their ids."""
    step = days / max(count, 1)
    return add_meetings(
        root,
        [
            synthetic_meeting(
                first + dt.timedelta(days=int(number * step)),
                number + 1,
                f"{10 + number % 6:02d}:00" if number % 2 else None,
            )
            for number in range(count)
        ],
    )


# With kinds=True, statement number n has the type KINDS[n % 4] (and what that type needs).
KINDS = ("statement", "explanation-of-vote", "joint-statement", "press-remarks")
KIND_FIELDS = {
    "statement": "type: statement\ndelivery: as-delivered\n",
    "explanation-of-vote": "type: explanation-of-vote\nvote_timing: after\ndelivery: as-delivered\n",
    "joint-statement": 'type: joint-statement\non_behalf_of: "Benchmark group"\ndelivery: check-against-delivery\n',
    "press-remarks": "type: press-remarks\n",
}


def ensure_bench_meeting(root: Path) -> str:
    """BENCH_MEETING in the copy's data/meetings.yml (added once): the meeting synthetic statements name."""
    if BENCH_MEETING not in (root / "data" / "meetings.yml").read_text(encoding="utf-8"):
        add_meetings(root, [{**synthetic_meeting(FIRST_DAY, 0), "id": BENCH_MEETING, "number": None}])
    return BENCH_MEETING


def add_synthetic_statements(
    root: Path, count: int, languages=LANGUAGES, picture: Path | None = None, kinds: bool = False
) -> list[str]:
    """Write `count` statements in each language, the priorities in turn, all at one synthetic
    meeting (BENCH_MEETING, added to data/meetings.yml); returns their paths inside the language
    folder (docs/<lang>/pazinojumi/2000-01-02-bench-1.md, ...). With `picture`, each names that
    image as its link preview (picture_fields); with `kinds`, the statement types in turn (KINDS)."""
    keys = priority_keys(root)
    pictured = picture_fields(root, "pazinojumi", picture)
    ensure_bench_meeting(root)
    return write_synthetic(
        root,
        "pazinojumi",
        count,
        STATEMENT_TEXTS,
        languages,
        lambda number: (
            f'meeting: {BENCH_MEETING}\nsymbol: S/PV.{number}\nspeaker: "{{speaker}}"\n'
            f"priorities: [{keys[number % len(keys)]}]\nsource: https://example.org/{number}\n"
            + pictured
            + (KIND_FIELDS[KINDS[number % len(KINDS)]] if kinds else "")
        ),
    )


def add_synthetic_votes(root: Path, count: int, statements: list[str]) -> None:
    """Write `count` votes into data/votes.yml, spread over two years from FIRST_DAY; every third
    explained by one of `statements` (paths from add_synthetic_statements(kinds=True)) whose type
    is explanation-of-vote. Each fifth is not adopted (a veto); the counts add up to 15."""
    explanations = [
        Path(rel).stem
        for number, rel in enumerate(statements, 1)
        if KINDS[number % len(KINDS)] == "explanation-of-vote"
    ]
    lines = []
    for number in range(1, count + 1):
        day = FIRST_DAY + dt.timedelta(days=1 + (number * 729) // count)
        adopted = number % 5 != 0
        lines += [
            f"- date: {day.isoformat()}",
            f"  draft: S/{day.year}/{number}",
            *([f'  resolution: "S/RES/{5000 + number} ({day.year})"'] if adopted else []),
            "  subject:",
            f'    lv: "Sintētisks balsojums Nr. {number}"',
            f'    en: "Synthetic vote no. {number}"',
            f"  vote: {('in-favour', 'abstention', 'against')[number % 3] if adopted else 'in-favour'}",
            f"  outcome: {'adopted' if adopted else 'not-adopted'}",
            "  in_favour: 12",
            "  against: 1",
            "  abstentions: 2",
            "  not_voting: 0",
        ]
        if number % 3 == 0 and number // 3 <= len(explanations):
            lines.append(f"  explanation: {explanations[number // 3 - 1]}")
    (root / "data" / "votes.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
