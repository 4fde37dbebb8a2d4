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
sys.path.insert(0, str(REPO / "tests"))  # the scratch copies and synthetic writers the tests use too
from scratch import (  # noqa: E402
    add_synthetic_meetings,
    add_synthetic_news,
    add_synthetic_statements,
    add_synthetic_votes,
    copy_repo,
)

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
