#!/usr/bin/env python3
"""How the build grows with the news and statements: build time and page sizes for N items per language.

    python scripts/bench_build.py                  # N = 0, 100, 500, 1000 news items
    python scripts/bench_build.py --counts 0 200   # other counts
    python scripts/bench_build.py --cards          # social cards: cold and warm cache vs no cards
    python scripts/bench_build.py --statements     # N statements instead of news items

For each N the repository is copied to a temporary folder, N synthetic news items are written
in each language (docs/<lang>/jaunumi/2000-01-01-bench-1.md, ...; never into the real docs/),
and the site is built exactly as CI builds it (strict). The table shows the build time (wall
clock, and CPU time, which is steadier on a busy machine), the number of HTML pages, their
total and average size, and the size of a few pages that are not news: those must stay the
same whatever N is, and the build time should grow linearly.

With --cards it measures what the social cards (hooks/social_cards.py) cost, for each N: the
build without the cards hook (the build as it was before them), a full build that draws every
card (empty cache, "cold"), and a rebuild with no change (every card from .cache/social/,
"warm"). Each is run --repeat times, interleaved so that a change in the machine's load hits
all three alike, and the median is shown. Goals: cold within 2x, warm within 10 % of no cards.

With --statements, N synthetic statements (docs/<lang>/pazinojumi/2000-01-01-bench-1.md, ...)
take the priorities of data/priorities.yml in turn; the priorities' pages show only the latest
three, so they keep their size too.
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
FIXED_PAGES = ("", "prioritates/", "vesture/", "en/", "en/vesture/", "prioritates/sievietes/",
               "prioritates/padomes-darbs/", "en/prioritates/padomes-darbs/")
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


def write_synthetic(root: Path, folder: str, count: int, texts: dict, languages=LANGUAGES,
                    fields=lambda number: "") -> list[str]:
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
                f"---\ntitle: \"{text['title']}\"\ndate: {day.isoformat()}\n"
                f"description: \"{text['description']}\"\n{fields(number).format(**text)}---\n\n# {text['title']}\n\n"
                + "\n\n".join([text["body"]] * 4) + "\n",  # 40+ words: the content rules ask that much
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
        "meeting": "Sintētiska sanāksme Nr. {n}",
        "speaker": "Pārbaudes runātājs",
        "body": "Šis paziņojums ir izveidots tikai vietnes veidošanas ātruma mērīšanai, un tajā minēts "
                "dokuments S/2024/507. Rindkopa {n}.",
        "image_alt": "Pārbaudes attēls paziņojumam Nr. {n}.",
    },
    "en": {
        "title": "Synthetic statement no. {n}",
        "description": "Benchmark statement no. {n}: this is not a real statement.",
        "meeting": "Synthetic meeting no. {n}",
        "speaker": "Benchmark speaker",
        "body": "This statement exists only to measure how fast the site builds, and it mentions "
                "document S/2024/507. Paragraph {n}.",
        "image_alt": "Test picture for statement no. {n}.",
    },
}


def priority_keys(root: Path) -> list[str]:
    import yaml

    return [entry["key"] for entry in yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))]


def add_synthetic_statements(root: Path, count: int, languages=LANGUAGES, picture: Path | None = None) -> list[str]:
    """Write `count` statements in each language, the priorities in turn; returns their paths
    inside the language folder (docs/<lang>/pazinojumi/2000-01-02-bench-1.md, ...). With
    `picture`, each names that image as its link preview (picture_fields)."""
    keys = priority_keys(root)
    pictured = picture_fields(root, "pazinojumi", picture)
    return write_synthetic(root, "pazinojumi", count, STATEMENT_TEXTS, languages, lambda number: (
        f'meeting: "{{meeting}}"\nsymbol: S/PV.{number}\nspeaker: "{{speaker}}"\n'
        f"priorities: [{keys[number % len(keys)]}]\nsource: https://example.org/{number}\n" + pictured))


def child_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(root: Path, site_dir: Path, site_url: str = "http://127.0.0.1:8000/") -> tuple[float, float]:
    """A strict build, as CI runs it; returns its (wall-clock, CPU) seconds. On a busy machine
    the CPU time is the steadier measure."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    start, cpu_start = time.perf_counter(), child_cpu_seconds()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=root, env=env, capture_output=True, text=True,
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
    header = ["N per language", "cards", "no cards s (CPU)", "cold cache s (CPU)", "cold / no cards",
              "warm cache s (CPU)", "warm / no cards"]
    lines = [f"Median of {repeat} builds each.", "",
             "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join([
            str(row["n"]), str(row["cards"]),
            f"{row['none']:.2f} ({row['none_cpu']:.2f})",
            f"{row['cold']:.2f} ({row['cold_cpu']:.2f})",
            f"{row['cold'] / row['none']:.2f}× ({row['cold_cpu'] / row['none_cpu']:.2f}×)",
            f"{row['warm']:.2f} ({row['warm_cpu']:.2f})",
            f"{row['warm'] / row['none']:.2f}× ({row['warm_cpu'] / row['none_cpu']:.2f}×)",
        ]) + " |")
    return "\n".join(lines)


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(path for path in site_dir.rglob("*.html") if "assets" not in path.relative_to(site_dir).parts)


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
    header = ["N per language", "build s", "CPU s", "HTML pages", "total KiB", "avg KiB"] + [f"{u} B" for u in fixed]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [str(row["n"]), f"{row['seconds']:.1f}", f"{row['cpu']:.1f}", str(row["pages"]),
                 f"{row['total'] / 1024:.0f}", f"{row['average'] / 1024:.1f}"]
        cells += [str(row["fixed"][url]) for url in FIXED_PAGES]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+",
                        help="news items per language to benchmark (default: 0 100 500 1000; with --cards 0 100)")
    parser.add_argument("--cards", action="store_true",
                        help="measure the social cards: no cards vs cold cache vs warm cache (default counts: 0 100)")
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind with --cards (median shown)")
    parser.add_argument("--statements", action="store_true", help="synthetic statements instead of news items")
    args = parser.parse_args(argv)
    rows = []
    if args.cards:
        with tempfile.TemporaryDirectory(prefix="bench-cards-") as tmp:
            for count in args.counts or [0, 100]:
                rows.append(run_cards(count, Path(tmp), args.repeat))
                print(f"N={count}: no cards {rows[-1]['none']:.2f} s, cold {rows[-1]['cold']:.2f} s, "
                      f"warm {rows[-1]['warm']:.2f} s", file=sys.stderr)
        print(cards_table(rows, args.repeat))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        for count in args.counts or [0, 100, 500, 1000]:
            rows.append(run(count, Path(tmp), args.statements))
            print(f"N={count}: {rows[-1]['seconds']:.1f} s ({rows[-1]['cpu']:.1f} s CPU), "
                  f"{rows[-1]['pages']} pages", file=sys.stderr)
            shutil.rmtree(Path(tmp) / f"repo-{count}")
            shutil.rmtree(Path(tmp) / f"site-{count}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
