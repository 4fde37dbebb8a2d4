#!/usr/bin/env python3
"""How the build grows with the news and statements: build time and page sizes for N items per language.

    python scripts/bench_build.py                  # N = 0, 100, 500, 1000 news items
    python scripts/bench_build.py --counts 0 200   # other counts
    python scripts/bench_build.py --statements     # N statements instead of news items

For each N the repository is copied to a temporary folder, N synthetic news items are written
in each language (docs/<lang>/jaunumi/2000-01-01-bench-1.md, ...; never into the real docs/),
and the site is built exactly as CI builds it (strict). The table shows the build time (wall
clock, and CPU time, which is steadier on a busy machine), the number of HTML pages, their
total and average size, and the size of a few pages that are not news: those must stay the
same whatever N is, and the build time should grow linearly. Synthetic statements
(docs/<lang>/pazinojumi/2000-01-01-bench-1.md, ...) take the priorities of data/priorities.yml in
turn; the priorities' pages show only the latest three, so they keep their size too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
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
               "padome/prioritates/", "en/padome/prioritates/")
FIRST_DAY = dt.date(2000, 1, 1)  # synthetic items are older than every real one

TEXTS = {
    "lv": {
        "title": "Sintētisks jaunums Nr. {n}",
        "description": "Veiktspējas pārbaudes jaunums Nr. {n}: tā nav īsta ziņa.",
        "body": "Šis teksts ir izveidots tikai vietnes veidošanas ātruma mērīšanai. Rindkopa {n}.",
    },
    "en": {
        "title": "Synthetic news item no. {n}",
        "description": "Benchmark news item no. {n}: this is not real news.",
        "body": "This text exists only to measure how fast the site builds. Paragraph {n}.",
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


def add_synthetic_news(root: Path, count: int, languages=LANGUAGES) -> list[str]:
    """Write `count` news items in each language; returns their paths inside the language folder."""
    return write_synthetic(root, "jaunumi", count, TEXTS, languages)


STATEMENT_TEXTS = {
    "lv": {
        "title": "Sintētisks paziņojums Nr. {n}",
        "description": "Veiktspējas pārbaudes paziņojums Nr. {n}: tas nav īsts paziņojums.",
        "meeting": "Sintētiska sanāksme Nr. {n}",
        "speaker": "Pārbaudes runātājs",
        "body": "Šis paziņojums ir izveidots tikai vietnes veidošanas ātruma mērīšanai, un tajā minēts "
                "dokuments S/2024/507. Rindkopa {n}.",
    },
    "en": {
        "title": "Synthetic statement no. {n}",
        "description": "Benchmark statement no. {n}: this is not a real statement.",
        "meeting": "Synthetic meeting no. {n}",
        "speaker": "Benchmark speaker",
        "body": "This statement exists only to measure how fast the site builds, and it mentions "
                "document S/2024/507. Paragraph {n}.",
    },
}


def priority_keys(root: Path) -> list[str]:
    import yaml

    return [entry["key"] for entry in yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))]


def add_synthetic_statements(root: Path, count: int, languages=LANGUAGES) -> list[str]:
    """Write `count` statements in each language, the priorities in turn; returns their paths
    inside the language folder (docs/<lang>/pazinojumi/2000-01-02-bench-1.md, ...)."""
    keys = priority_keys(root)
    return write_synthetic(root, "pazinojumi", count, STATEMENT_TEXTS, languages, lambda number: (
        f'meeting: "{{meeting}}"\nsymbol: S/PV.{number}\nspeaker: "{{speaker}}"\n'
        f"priorities: [{keys[number % len(keys)]}]\nsource: https://example.org/{number}\n"))


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
    parser.add_argument("--counts", type=int, nargs="+", default=[0, 100, 500, 1000],
                        help="items per language to benchmark (default: 0 100 500 1000)")
    parser.add_argument("--statements", action="store_true", help="synthetic statements instead of news items")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        for count in args.counts:
            rows.append(run(count, Path(tmp), args.statements))
            print(f"N={count}: {rows[-1]['seconds']:.1f} s ({rows[-1]['cpu']:.1f} s CPU), "
                  f"{rows[-1]['pages']} pages", file=sys.stderr)
            shutil.rmtree(Path(tmp) / f"repo-{count}")
            shutil.rmtree(Path(tmp) / f"site-{count}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
