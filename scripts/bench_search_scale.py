#!/usr/bin/env python3
"""Search at the scale of the whole term: index bytes and time to the first result.

    .venv/bin/python scripts/bench_search_scale.py [--items 300] [--runs 5]

Builds two sites from this repository, each served on 127.0.0.1:
  today   the site as it is;
  scale   the same with synthetic items of realistic length added in each language: --items news
          items, --items statements and, where the site has a meetings collection
          (scripts/new_meeting.py), --items meetings over two years. Their bodies are the site's
          own paragraphs (docs/<lang>/), four to an item (250-300 words, as real summaries are),
          with the sentences and words of each paragraph shuffled per item: the vocabulary is
          real, and the text does not repeat (repeated text would compress unrealistically well).

For each site and language it prints the search index's size (raw and gzipped), and, in headless
Chromium with the CPU slowed 4× (Lighthouse's phone profile, CDP Emulation.setCPUThrottlingRate):
  cold   a reader opens a page, clicks into the search box (which starts the index's download:
         overrides/partials/head-extra.html) and types the first five letters of a word at once;
         the time from the first keystroke to the first result on screen, median of --runs loads,
         and how much of it had passed when the index's download ended (the rest is the worker);
  whole  when the worker had the whole index in place: it answers first from the titles, then
         adds the texts (overrides/assets/javascripts/lunr/staged-index.js);
  warm   the same query again once the whole index is in place (the box emptied first).
Nothing of the index is fetched before the click (checked on every run: the run fails otherwise).
It also prints what a first visit transfers (gzip, as GitHub Pages serves it; bench_pages' server)
for the home page and the newest item page before any interaction: the page budget is 150 KB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import bench_build  # noqa: E402
import bench_pages  # noqa: E402
import local_site  # noqa: E402
import search_eval  # noqa: E402

sys.path.insert(0, str(ROOT))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano import site_context  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PHONE_CPU_SLOWDOWN = 4
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def own_paragraphs(lang: str) -> list[str]:
    """Plain prose paragraphs of the site's pages in `lang` (no headings, lists, tables, markup)."""
    paragraphs = []
    for path in sorted((ROOT / "docs" / lang).rglob("*.md")):
        body = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        for block in re.split(r"\n\s*\n", body):
            block = " ".join(block.split())
            if len(block.split()) >= 40 and not re.match(r"[#|>*\-<!:\d]", block) and "](" not in block:
                paragraphs.append(block)
    return paragraphs


def shuffled(paragraph: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", paragraph)
    rng.shuffle(sentences)
    words = " ".join(sentences).split()
    middle = words[1:-1]
    rng.shuffle(middle)
    return " ".join([words[0], *middle, words[-1]])


def realistic_bodies(count: int, seed: int) -> dict[str, list[str]]:
    """`count` bodies per language of four shuffled paragraphs of the site's own text."""
    bodies = {}
    for lang in site_context.LANGUAGES:
        paragraphs, rng = own_paragraphs(lang), random.Random(seed)
        bodies[lang] = [
            "\n\n".join(shuffled(rng.choice(paragraphs), rng) for _ in range(4)) for _ in range(count)
        ]
    return bodies


def lengthen(root: Path, folder: str, paths: list[str], seed: int) -> None:
    """Replace the synthetic items' short bodies with realistic ones (front matter and heading kept)."""
    bodies = realistic_bodies(len(paths), seed)
    for lang in site_context.LANGUAGES:
        for rel, body in zip(paths, bodies[lang]):
            file = root / "docs" / lang / rel
            text = file.read_text(encoding="utf-8")
            head = text[: text.index("\n# ")]
            heading = text[text.index("\n# ") + 1 :].split("\n", 1)[0]
            file.write_text(f"{head}\n{heading}\n\n{body}\n", encoding="utf-8")


def scale_project(work: Path, items: int) -> Path:
    project = bench_build.copy_repo(work / "scale-repo")
    picture = ROOT / "overrides" / "assets" / "images" / "og-image.png"  # no card drawn per item
    lengthen(project, "jaunumi", bench_build.add_synthetic_news(project, items, picture=picture), seed=1)
    lengthen(
        project, "pazinojumi", bench_build.add_synthetic_statements(project, items, picture=picture), seed=2
    )
    if hasattr(bench_build, "add_synthetic_meetings"):  # the meetings collection, where the site has it
        bench_build.add_synthetic_meetings(project, items)
    return project


def index_sizes(site_dir: Path, lang: str) -> tuple[int, int, int]:
    data = (site_dir / site_context.language_root(lang) / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, 9)), len(json.loads(data)["docs"])


# Set up before the first keystroke; window.__firstResult then resolves to the milliseconds from
# the first keydown to the first result item on screen.
FIRST_RESULT_JS = """
() => { window.__firstResult = new Promise(resolve => {
  const input = document.querySelector(".md-search__input")
  let first = null
  input.addEventListener("keydown", () => { if (first === null) window.__firstKey = first = performance.now() }, true)
  new MutationObserver(() => {
    if (first !== null && document.querySelector(".md-search-result__item"))
      resolve(performance.now() - first)
  }).observe(document.querySelector(".md-search-result"), { childList: true, subtree: true })
}) }
"""
FIRST_RESULT_WAIT_MS = 60000
# Of the cold time, how much had passed when the index's download ended (Resource Timing; the
# rest is Material's worker: its language scripts, lunr's build of the index, the query).
INDEX_DOWNLOADED_JS = """
() => {
  const entry = performance.getEntriesByType("resource").find(e => e.name.endsWith("search_index.json"))
  return entry ? Math.max(0, entry.responseEnd - window.__firstKey) : null
}
"""


def query_word(site_dir: Path, lang: str) -> str:
    """A word of the newest synthetic-or-real statement's title: a query with results on any site."""
    docs = json.loads(
        (site_dir / site_context.language_root(lang) / "search" / "search_index.json").read_text()
    )["docs"]
    return max((w for d in docs for w in re.findall(r"\w{6,}", d["title"])), key=len)


def first_result(page) -> float:
    page.wait_for_function("() => window.__firstResult", timeout=FIRST_RESULT_WAIT_MS)
    return page.evaluate(
        f"Promise.race([window.__firstResult, new Promise((_, fail) => "
        f"setTimeout(() => fail(new Error('no result')), {FIRST_RESULT_WAIT_MS}))])"
    )


def whole_index_after_first_key(page) -> float:
    """Milliseconds from the first keystroke until the worker had the whole index in place."""
    at = search_eval.whole_index_at(page, FIRST_RESULT_WAIT_MS)
    return max(0.0, at - page.evaluate("performance.timeOrigin + window.__firstKey"))


def measure(browser, url: str, site_dir: Path, lang: str, runs: int) -> dict:
    word = query_word(site_dir, lang)
    cold, downloaded, whole, warm = [], [], [], []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.context.new_cdp_session(page).send(
            "Emulation.setCPUThrottlingRate", {"rate": PHONE_CPU_SLOWDOWN}
        )
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(url + site_context.language_root(lang), wait_until="load")
        page.wait_for_timeout(1000)
        if any(r.endswith("search_index.json") for r in requests):
            sys.exit("the search index was fetched before the reader searched")
        page.evaluate(FIRST_RESULT_JS)
        page.click(".md-search__input")
        page.keyboard.type(word[:5])  # the first letters of a word, typed at once
        cold.append(first_result(page))
        downloaded.append(page.evaluate(INDEX_DOWNLOADED_JS))
        whole.append(whole_index_after_first_key(page))
        page.fill(".md-search__input", "")
        page.wait_for_timeout(300)
        page.evaluate(FIRST_RESULT_JS)
        page.keyboard.type(word[:5])
        warm.append(first_result(page))
        context.close()
    return {
        "cold": statistics.median(cold),
        "downloaded": statistics.median(downloaded),
        "whole": statistics.median(whole),
        "warm": statistics.median(warm),
        "word": word,
    }


def newest_item(site_dir: Path, lang: str) -> str:
    """The URL path (from the site root) of the newest dated item in the language's index."""
    docs = json.loads(
        (site_dir / site_context.language_root(lang) / "search" / "search_index.json").read_text()
    )["docs"]
    from latvijaano.outputs import search_index

    items = [d["location"] for d in docs if search_index.DATED_ITEM.match(d["location"])]
    return site_context.language_root(lang) + max(items, key=lambda loc: loc.split("/")[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=300, help="synthetic items of each kind per language")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-search-scale-") as tmp:
        work = Path(tmp)
        projects = {
            "today": bench_build.copy_repo(work / "today-repo"),
            "scale": scale_project(work, args.items),
        }
        rows = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for name, project in projects.items():
                site_dir = work / f"{name}-site"
                server, log = bench_pages.serve(site_dir, 0)
                url = f"http://127.0.0.1:{server.server_address[1]}/latvijaano/"
                result = local_site.build(project, site_dir / "latvijaano", url)
                if result.returncode:
                    sys.exit(f"build of {name} failed:\n{result.stderr[-3000:]}")
                for lang in site_context.LANGUAGES:
                    built = site_dir / "latvijaano"
                    raw, gz, docs = index_sizes(built, lang)
                    times = measure(browser, url, built, lang, args.runs)
                    root = site_context.language_root(lang)
                    newest = newest_item(built, lang)
                    weights = bench_pages.measure_pages(browser, url, log, [root, newest])
                    rows.append(
                        (name, lang, docs, raw, gz, times, weights[root]["bytes"], weights[newest]["bytes"])
                    )
                    print(f"{name} {lang}: done", file=sys.stderr)
                server.shutdown()
            browser.close()
    print(
        "| site | lang | index entries | index | gzip | phone (CPU ×4): cold first result "
        "| index downloaded, after the first key (0: before it) | whole index, after the first key | warm "
        "| first visit: home | first visit: newest item |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, lang, docs, raw, gz, times, home, item in rows:
        print(
            f"| {name} | {lang} | {docs} | {raw / 1024:.0f} KB | {gz / 1024:.1f} KB | "
            f"{times['cold']:.0f} ms | {times['downloaded']:.0f} ms | {times['whole']:.0f} ms | "
            f"{times['warm']:.0f} ms | "
            f"{home / 1024:.1f} KB | {item / 1024:.1f} KB |"
        )


if __name__ == "__main__":
    main()
