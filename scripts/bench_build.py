#!/usr/bin/env python3
"""How the build grows with the news and statements: build time and page sizes for N items per language.

    python scripts/bench_build.py                  # N = 0, 100, 500, 1000 news items
    python scripts/bench_build.py --counts 0 200   # other counts
    python scripts/bench_build.py --cards          # social cards: cold and warm cache vs no cards
    python scripts/bench_build.py --statements     # N statements instead of news items
    python scripts/bench_build.py --meetings       # N meetings over two years: each page type's size
    python scripts/bench_build.py --votes          # 400 statements of every type and 150 votes over two years

For each N the repository is copied to a temporary folder, N synthetic news items are written
in each language (docs/<lang>/jaunumi/2000-01-01-bench-1.md, ...; never into the real docs/),
and the site is built exactly as CI builds it (strict). The table shows the build time (wall
clock, and CPU time, which is steadier on a busy machine), the number of HTML pages, their
total and average size, and the size of a few pages that are not news: those must stay the
same whatever N is, and the build time should grow linearly.

With --cards it measures what the social cards (latvijaano/outputs/cards/) cost, for each N: the
build without the cards hook (the build as it was before them), a full build that draws every
card (empty cache, "cold"), and a rebuild with no change (every card from .cache/social/,
"warm"). Each is run --repeat times, interleaved so that a change in the machine's load hits
all three alike, and the median is shown. Goals: cold within 2x, warm within 10 % of no cards.

With --statements, N synthetic statements (docs/<lang>/pazinojumi/2000-01-01-bench-1.md, ...)
take the priorities of data/priorities.yml in turn; the priorities' pages show only the latest
three, so they keep their size too.

With --meetings, N synthetic meetings spread over 2026–2027 are added to data/meetings.yml and
the site is built as of 15 November 2026 (SITE_DATE): the size of the home page, the presidency
page, the meetings list's pages, a meeting's page, a statement's page, the calendars and the JSON.
Only the paginated lists and the files that hold every meeting (calendar, JSON) may grow with N.

With --votes (issue 26), the site without them, then with 400 statements (the four types in turn,
two years of them) and 150 votes in data/votes.yml over the same two years, a third of them
explained by an explanation-of-vote statement: build time, pages, and the size of the pages and
open data files that grow with them (the statements list, a year's and a type's filter page, the
register, dati/*.json and .csv).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("lv", "en")
# Copied into the temporary repository: everything a build reads.
SKIP = shutil.ignore_patterns(".git", ".venv", "site", "__pycache__", ".pytest_cache", "node_modules")
# Pages that are not news, by URL path: their size must not depend on the number of news items.
FIXED_PAGES = (
    "",
    "prioritates/",
    "vesture/",
    "en/",
    "en/vesture/",
    "prioritates/sievietes/",
    "prioritates/padomes-darbs/",
    "en/prioritates/padomes-darbs/",
)
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


def child_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(
    root: Path, site_dir: Path, site_url: str = "http://127.0.0.1:8000/", **env_values
) -> tuple[float, float]:
    """A strict build, as CI runs it; returns its (wall-clock, CPU) seconds. On a busy machine
    the CPU time is the steadier measure. `env_values`: more environment (e.g. SITE_DATE)."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1", **env_values)
    start, cpu_start = time.perf_counter(), child_cpu_seconds()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds, cpu = time.perf_counter() - start, child_cpu_seconds() - cpu_start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {root}:\n{result.stdout}\n{result.stderr}")
    return seconds, cpu


CARDS_HOOK = "  - hooks/social_cards.py\n"
CARD_CACHE = Path(".cache") / "social"


def set_cards_hook(root: Path, enabled: bool) -> None:
    """Put the social cards hook in (or leave it out of) the copy's mkdocs.yml."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    anchor = "  - hooks/share_links.py\n"  # the cards hook goes right before it
    if anchor not in text:
        raise SystemExit("mkdocs.yml no longer lists hooks/share_links.py: update set_cards_hook()")
    text = text.replace(CARDS_HOOK, "")
    if enabled:
        text = text.replace(anchor, CARDS_HOOK + anchor)
    config.write_text(text, encoding="utf-8")


def run_cards(count: int, workdir: Path, repeat: int) -> dict:
    root = copy_repo(workdir / f"repo-{count}")
    add_synthetic_news(root, count)
    site_dir = workdir / f"site-{count}"
    times: dict[str, list[tuple[float, float]]] = {"none": [], "cold": [], "warm": []}
    for _ in range(repeat):
        set_cards_hook(root, enabled=False)
        times["none"].append(build(root, site_dir))
        set_cards_hook(root, enabled=True)
        shutil.rmtree(root / CARD_CACHE, ignore_errors=True)
        times["cold"].append(build(root, site_dir))
        times["warm"].append(build(root, site_dir))
    cards = len(list((site_dir / "assets" / "images" / "social").rglob("*.png")))
    shutil.rmtree(root)
    shutil.rmtree(site_dir)
    row = {"n": count, "cards": cards}
    for kind, runs in times.items():
        row[kind] = statistics.median(wall for wall, _ in runs)
        row[f"{kind}_cpu"] = statistics.median(cpu for _, cpu in runs)
    return row


def cards_table(rows: list[dict], repeat: int) -> str:
    header = [
        "N per language",
        "cards",
        "no cards s (CPU)",
        "cold cache s (CPU)",
        "cold / no cards",
        "warm cache s (CPU)",
        "warm / no cards",
    ]
    lines = [
        f"Median of {repeat} builds each.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for row in rows:
        lines.append(
            "| "
            + " | ".join(
                [
                    str(row["n"]),
                    str(row["cards"]),
                    f"{row['none']:.2f} ({row['none_cpu']:.2f})",
                    f"{row['cold']:.2f} ({row['cold_cpu']:.2f})",
                    f"{row['cold'] / row['none']:.2f}× ({row['cold_cpu'] / row['none_cpu']:.2f}×)",
                    f"{row['warm']:.2f} ({row['warm_cpu']:.2f})",
                    f"{row['warm'] / row['none']:.2f}× ({row['warm_cpu'] / row['none_cpu']:.2f}×)",
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(
        path for path in site_dir.rglob("*.html") if "assets" not in path.relative_to(site_dir).parts
    )


def page_file(site_dir: Path, url_path: str) -> Path:
    return site_dir / url_path / "index.html"


def measure(site_dir: Path) -> dict:
    pages = html_pages(site_dir)
    sizes = [page.stat().st_size for page in pages]
    return {
        "pages": len(pages),
        "total": sum(sizes),
        "average": sum(sizes) / len(sizes),
        "fixed": {url: page_file(site_dir, url).stat().st_size for url in FIXED_PAGES},
    }


def run(count: int, workdir: Path, statements: bool = False) -> dict:
    root = copy_repo(workdir / f"repo-{count}")
    (add_synthetic_statements if statements else add_synthetic_news)(root, count)
    seconds, cpu = build(root, workdir / f"site-{count}")
    return {"n": count, "seconds": seconds, "cpu": cpu, **measure(workdir / f"site-{count}")}


def table(rows: list[dict]) -> str:
    fixed = [url or "/" for url in FIXED_PAGES]
    header = ["N per language", "build s", "CPU s", "HTML pages", "total KiB", "avg KiB"] + [
        f"{u} B" for u in fixed
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [
            str(row["n"]),
            f"{row['seconds']:.1f}",
            f"{row['cpu']:.1f}",
            str(row["pages"]),
            f"{row['total'] / 1024:.0f}",
            f"{row['average'] / 1024:.1f}",
        ]
        cells += [str(row["fixed"][url]) for url in FIXED_PAGES]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --meetings: what each kind of page weighs with N meetings over two years (2026-01-05 onwards),
# built as of a day in the presidency month. Files: (label, path inside the site).
MEETINGS_DATE = "2026-11-15"
MEETING_PAGES = (
    ("home", "index.html"),
    ("presidency", "padome/prezidentura/index.html"),
    ("list p.1", "sanaksmes/index.html"),
    ("list p.2", "sanaksmes/lapa/2/index.html"),
    ("a meeting", "sanaksmes/2026-01-05-bench-1/index.html"),
    ("statement", "pazinojumi/2025-11-14-darba-metodes/index.html"),
    ("en/ list p.1", "en/sanaksmes/index.html"),
    ("a meeting .ics", "sanaksmes/2026-01-05-bench-1.ics"),
    ("calendar .ics", "dati/sanaksmes.ics"),
    ("JSON", "dati/sanaksmes.json"),
)


def run_meetings(count: int, workdir: Path) -> dict:
    root = copy_repo(workdir / f"repo-{count}")
    add_synthetic_meetings(root, count)
    site_dir = workdir / f"site-{count}"
    seconds, cpu = build(root, site_dir, SITE_DATE=MEETINGS_DATE)
    sizes = {
        label: (site_dir / path).stat().st_size if (site_dir / path).exists() else None
        for label, path in MEETING_PAGES
    }
    return {"n": count, "seconds": seconds, "cpu": cpu, "pages": len(html_pages(site_dir)), "sizes": sizes}


def meetings_table(rows: list[dict]) -> str:
    header = ["meetings", "build s", "CPU s", "HTML pages"] + [f"{label} B" for label, _ in MEETING_PAGES]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [str(row["n"]), f"{row['seconds']:.1f}", f"{row['cpu']:.1f}", str(row["pages"])]
        cells += [
            "–" if row["sizes"][label] is None else str(row["sizes"][label]) for label, _ in MEETING_PAGES
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


VOTES_PAGES = (
    "pazinojumi/",
    "pazinojumi/gads/2000/",
    "pazinojumi/veids/explanation-of-vote/",
    "balsojumi/",
    "en/balsojumi/",
    "pazinojumi/2000-01-03-bench-2/",
)
VOTES_FILES = ("dati/pazinojumi.json", "dati/pazinojumi.csv", "dati/balsojumi.json", "dati/balsojumi.csv")


def run_votes(statements: int, votes: int, workdir: Path) -> dict:
    root = copy_repo(workdir / f"repo-{statements}-{votes}")
    if statements:
        paths = add_synthetic_statements(root, statements, kinds=True)
        add_synthetic_votes(root, votes, paths)
    site_dir = workdir / f"site-{statements}-{votes}"
    seconds, cpu = build(root, site_dir)
    sizes = {
        url: (page_file(site_dir, url).stat().st_size if page_file(site_dir, url).exists() else None)
        for url in VOTES_PAGES
    }
    sizes.update({name: (site_dir / name).stat().st_size for name in VOTES_FILES})
    return {
        "statements": statements,
        "votes": votes,
        "seconds": seconds,
        "cpu": cpu,
        "pages": len(html_pages(site_dir)),
        "sizes": sizes,
    }


def votes_table(rows: list[dict]) -> str:
    header = ["statements", "votes", "build s", "CPU s", "HTML pages"] + [
        f"{name} KiB" for name in VOTES_PAGES + VOTES_FILES
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [
            str(row["statements"]),
            str(row["votes"]),
            f"{row['seconds']:.1f}",
            f"{row['cpu']:.1f}",
            str(row["pages"]),
        ]
        cells += [
            "–" if row["sizes"][name] is None else f"{row['sizes'][name] / 1024:.1f}"
            for name in VOTES_PAGES + VOTES_FILES
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def builds(counts: list[int], runner) -> list[dict]:
    """`runner(count, folder)` for each count, in a temporary folder emptied after each."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        for count in counts:
            rows.append(runner(count, Path(tmp)))
            print(
                f"N={count}: {rows[-1]['seconds']:.1f} s ({rows[-1]['cpu']:.1f} s CPU), "
                f"{rows[-1]['pages']} pages",
                file=sys.stderr,
            )
            shutil.rmtree(Path(tmp) / f"repo-{count}")
            shutil.rmtree(Path(tmp) / f"site-{count}")
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--counts",
        type=int,
        nargs="+",
        help="news items per language to benchmark (default: 0 100 500 1000; with --cards 0 100)",
    )
    parser.add_argument(
        "--cards",
        action="store_true",
        help="measure the social cards: no cards vs cold cache vs warm cache (default counts: 0 100)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="builds of each kind with --cards (median shown)"
    )
    parser.add_argument(
        "--statements", action="store_true", help="synthetic statements instead of news items"
    )
    parser.add_argument(
        "--meetings",
        action="store_true",
        help="N synthetic meetings over two years (default counts: 0 100 300): each page type's size",
    )
    parser.add_argument(
        "--votes",
        action="store_true",
        help="400 statements of every type and 150 votes over two years, against none",
    )
    args = parser.parse_args(argv)
    rows = []
    if args.meetings:
        print(meetings_table(builds(args.counts or [0, 100, 300], run_meetings)))
        return 0
    if args.votes:
        with tempfile.TemporaryDirectory(prefix="bench-votes-") as tmp:
            for statements, votes in ((0, 0), (400, 150)):
                rows.append(run_votes(statements, votes, Path(tmp)))
                print(
                    f"{statements} statements, {votes} votes: {rows[-1]['seconds']:.1f} s "
                    f"({rows[-1]['cpu']:.1f} s CPU), {rows[-1]['pages']} pages",
                    file=sys.stderr,
                )
        print(votes_table(rows))
        return 0
    if args.cards:
        with tempfile.TemporaryDirectory(prefix="bench-cards-") as tmp:
            for count in args.counts or [0, 100]:
                rows.append(run_cards(count, Path(tmp), args.repeat))
                print(
                    f"N={count}: no cards {rows[-1]['none']:.2f} s, cold {rows[-1]['cold']:.2f} s, "
                    f"warm {rows[-1]['warm']:.2f} s",
                    file=sys.stderr,
                )
        print(cards_table(rows, args.repeat))
        return 0
    print(
        table(builds(args.counts or [0, 100, 500, 1000], lambda count, tmp: run(count, tmp, args.statements)))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
