"""Search benchmark: our search against Material's default search and Pagefind, on the query set.

    .venv/bin/python scripts/bench_search.py [--phone-queries N]

Builds three sites from this repository (each served on 127.0.0.1 from its own port):
  ours      the site as it is (per-language lunr indexes, Latvian analysis, query-ranking.js)
  material  the same docs with Material's own search: no latvijaano/outputs/search_index.py, no lunr modules of
            ours (one merged index, lang ["en"], Material's default pipeline)
  pagefind  our built site indexed by Pagefind (PyPI pagefind[extended]), one index per <html lang>,
            article content only (--root-selector article), searched through Pagefind's JS API

and asks every query of tests/search_queries.yml in headless Chromium. Quality comes from the
engine's own search code (Material's search worker, Pagefind's pagefind.js) on a page of the
query's language; time to first result is measured in the real search UI for ours and Material
(keystrokes into the search box, from the last key to the first change of the result list) and
through the JS API for Pagefind (from the call to the first result's data), on the machine as it
is and with the CPU slowed 4× (a phone profile, CDP Emulation.setCPUThrottlingRate). Bytes are the
gzip sizes of the files each engine fetched to answer the queries.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import local_site  # noqa: E402
import search_eval  # noqa: E402
from bench_build import copy_repo  # noqa: E402

sys.path.insert(0, str(ROOT))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano import site_context  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PHONE_CPU_SLOWDOWN = 4
SETTLE_MS = 300


# --- Sites -------------------------------------------------------------------------------


def build(project: Path, site_dir: Path, url: str) -> None:
    result = local_site.build(project, site_dir, url)
    if result.returncode:
        sys.exit(f"build of {project} failed:\n{result.stderr[-3000:]}")


def material_default_project(work: Path) -> Path:
    """The same repository with Material's search as it comes: no index split, no lunr modules."""
    project = copy_repo(work / "material-repo")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - hooks/search_index.py\n", ""), encoding="utf-8")
    shutil.rmtree(project / "overrides" / "assets" / "javascripts" / "lunr")
    return project


def build_sites(work: Path) -> dict[str, tuple[Path, str]]:
    sites = {}
    for engine in ("ours", "material", "pagefind"):
        port = local_site.free_port()
        url = f"http://127.0.0.1:{port}/"
        site_dir = work / f"{engine}-site"
        if engine == "material":
            build(material_default_project(work), site_dir, url)
            # English pages ask for the index under /en/ (overrides/main.html): give them the
            # merged one, which is what Material's search has for every page.
            (site_dir / "en" / "search").mkdir(parents=True, exist_ok=True)
            shutil.copy(
                site_dir / "search" / "search_index.json", site_dir / "en" / "search" / "search_index.json"
            )
        else:
            build(ROOT, site_dir, url)
        if engine == "pagefind":
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pagefind",
                    "--site",
                    str(site_dir),
                    "--root-selector",
                    "article",
                    "--quiet",
                ],
                check=True,
            )
        local_site.serve(site_dir, port)
        sites[engine] = (site_dir, url)
    return sites


# --- Asking the engines ------------------------------------------------------------------

PAGEFIND_QUERIES_JS = """
async (queries) => {
  const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI.replace(/en\\/.*$/, "")).href)
  await pagefind.options({ excerptLength: 20 })
  await pagefind.init()
  const answers = []
  for (const query of queries) {
    const start = performance.now()
    const search = await pagefind.search(query)
    const results = await Promise.all(search.results.slice(0, 10).map(result => result.data()))
    const millis = performance.now() - start
    answers.push({ millis, pages: results.map(result => result.url), marks: [], missing: [] })
  }
  return answers
}
"""

# Time from the last keystroke to the first change of Material's result list.
UI_SETUP_JS = """
() => {
  window.__changes = []
  const input = document.querySelector(".md-search__input")
  input.addEventListener("keydown", () => { window.__lastKey = performance.now() }, true)
  new MutationObserver(() => window.__changes.push(performance.now()))
    .observe(document.querySelector(".md-search-result"), { childList: true, subtree: true, characterData: true })
}
"""


def ui_timings(page, url: str, lang: str, queries: list[search_eval.Query]) -> list[float]:
    page.goto(url + site_context.language_root(lang))
    page.keyboard.press("/")
    page.wait_for_timeout(500)
    page.evaluate(UI_SETUP_JS)
    # The index loads on the first search; wait for it so that it is not part of the first query.
    page.keyboard.type(queries[0].text)
    page.wait_for_function(
        "() => { const meta = document.querySelector('.md-search-result__meta').textContent;"
        " return meta && meta !== JSON.parse(document.getElementById('__config').textContent)"
        ".translations['search.result.placeholder'] }"
    )
    timings = []
    for query in queries:
        page.fill(".md-search__input", "")
        page.wait_for_timeout(SETTLE_MS)
        page.keyboard.type(query.text[:-1])
        page.wait_for_timeout(SETTLE_MS)
        page.evaluate("window.__changes = []")
        page.keyboard.type(query.text[-1])
        page.wait_for_timeout(SETTLE_MS)
        changes, last_key = page.evaluate("[window.__changes, window.__lastKey]")
        after = [t for t in changes if t >= last_key]
        if after:
            timings.append(after[0] - last_key)
    return timings


def pages_from(engine: str, lang: str, site_url: str, found: list[str]) -> tuple[list[str], int]:
    """Result locations as pages relative to the language root, and how many are another language's."""
    root = site_context.language_root(lang)
    pages, other = [], 0
    for location in found:
        if engine == "ours":
            pages.append(location)  # our worker answers from the language's own index
            continue
        path = urlparse(location).path.lstrip("/") if engine == "pagefind" else location
        path = path[len(urlparse(site_url).path.lstrip("/")) :] if engine == "pagefind" else path
        if site_context.language_of_url(path) != lang:
            other += 1
            continue
        pages.append(path[len(root) :])
    # One entry per page, in order (Pagefind can list a page once per sub-result).
    return list(dict.fromkeys(pages)), other


def is_code(path: Path) -> bool:
    """The engine's program (search worker, lunr modules, pagefind.js and its WebAssembly), not data."""
    return (path.suffix == ".js" and path.name != "synonyms.js") or "wasm" in path.name


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def run(engine: str, site_dir: Path, url: str, browser, queries, phone_queries: int) -> dict:
    report = {}
    for lang, lang_queries in queries.items():
        context = browser.new_context()
        page = context.new_page()
        fetched = []
        page.on("response", lambda response: fetched.append(response.url))
        if engine == "pagefind":
            page.goto(url + site_context.language_root(lang))
            answers = page.evaluate(PAGEFIND_QUERIES_JS, [q.text for q in lang_queries])
        else:
            answers = search_eval.run_in_worker(page, url, lang, lang_queries, staged=engine == "ours")
        outcomes = []
        for query, answer in zip(lang_queries, answers):
            pages, other = pages_from(engine, lang, url, answer["pages"])
            outcomes.append(search_eval.Outcome(query, pages, other, answer["millis"]))
        scores = search_eval.Scores(outcomes)
        search_files = {
            u for u in fetched if any(part in u for part in ("/search/", "/workers/", "/lunr/", "/pagefind/"))
        }
        paths = [site_dir / urlparse(u).path[len(urlparse(url).path) :] for u in search_files]
        paths = [p for p in paths if p.is_file()]
        all_bytes = sum(gzip_size(p) for p in paths)
        index_bytes = sum(gzip_size(p) for p in paths if not is_code(p))
        context.close()

        desktop, phone = (
            timings(engine, url, lang, lang_queries, browser, None),
            timings(engine, url, lang, lang_queries[:phone_queries], browser, PHONE_CPU_SLOWDOWN),
        )
        report[lang] = {
            "scores": scores,
            "index_bytes": index_bytes,
            "all_bytes": all_bytes,
            "desktop": desktop,
            "phone": phone,
        }
    return report


def timings(engine, url, lang, queries, browser, slowdown) -> list[float]:
    context = browser.new_context()
    page = context.new_page()
    if slowdown:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
    try:
        if engine == "pagefind":
            page.goto(url + site_context.language_root(lang))
            # Warm: pagefind.js, its wasm and the entry file load before the first query.
            page.evaluate(PAGEFIND_QUERIES_JS, [queries[0].text])
            return [a["millis"] for a in page.evaluate(PAGEFIND_QUERIES_JS, [q.text for q in queries])]
        return ui_timings(page, url, lang, queries)
    finally:
        context.close()


# --- Report ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def table(reports: dict[str, dict]) -> str:
    lines = [
        "| engine | lang | queries | top-1 | top-3 | MRR | zero results | other-language results "
        "| index (gzip) | all search files (gzip) | first result, median / p95 | phone (CPU ×4), median / p95 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for engine, report in reports.items():
        for lang, r in report.items():
            s = r["scores"]
            lines.append(
                f"| {engine} | {lang} | {len(s.outcomes)} | {s.top1:.0%} | {s.top3:.0%} | {s.mrr:.2f} | "
                f"{s.zero:.0%} | {s.other_language} | {r['index_bytes'] / 1024:.1f} KB | "
                f"{r['all_bytes'] / 1024:.1f} KB | "
                f"{statistics.median(r['desktop']):.0f} / {percentile(r['desktop'], 0.95):.0f} ms | "
                f"{statistics.median(r['phone']):.0f} / {percentile(r['phone'], 0.95):.0f} ms |"
            )
    return "\n".join(lines)


def by_kind(reports: dict[str, dict]) -> str:
    lines = [
        "| engine | lang | " + " | ".join(search_eval.KINDS) + " |",
        "|---|---|" + "---|" * len(search_eval.KINDS),
    ]
    for engine, report in reports.items():
        for lang, r in report.items():
            cells = []
            for kind in search_eval.KINDS:
                outcomes = [o for o in r["scores"].outcomes if o.query.kind == kind]
                cells.append(f"{search_eval.Scores(outcomes).top3:.0%}" if outcomes else "–")
            lines.append(f"| {engine} | {lang} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--phone-queries",
        type=int,
        default=40,
        help="queries per language timed under the phone CPU profile (default 40)",
    )
    parser.add_argument("--engines", default="ours,material,pagefind")
    parser.add_argument(
        "--limit", type=int, default=0, help="only the first N queries per language (a quick try)"
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    queries = search_eval.load_queries()
    if args.limit:
        queries = {lang: lang_queries[: args.limit] for lang, lang_queries in queries.items()}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        sites = build_sites(Path(tmp))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            reports = {}
            for engine in args.engines.split(","):
                site_dir, url = sites[engine]
                reports[engine] = run(engine, site_dir, url, browser, queries, args.phone_queries)
                print(f"{engine}: done", file=sys.stderr)
            browser.close()
    print(table(reports))
    print()
    print("Top-3 by kind of query:")
    print()
    print(by_kind(reports))
    print()
    for engine, report in reports.items():
        for lang, r in report.items():
            misses = r["scores"].failures()
            if misses:
                print(f"{engine} {lang}: {len(misses)} not in the first three, e.g. " + "; ".join(misses[:3]))


if __name__ == "__main__":
    main()
