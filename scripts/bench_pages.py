#!/usr/bin/env python3
"""Page benchmark: what a reader's browser downloads, and Lighthouse scores, for our site and
for a plain Material build of the same content.

    python scripts/bench_pages.py                  # both builds, Lighthouse once per page
    python scripts/bench_pages.py --runs 3         # Lighthouse 3 times per page, median shown
    python scripts/bench_pages.py --no-plain --no-lighthouse

For each build (strict, into a temporary folder) the script serves the site on 127.0.0.1 the
way GitHub Pages does (gzip for text files, Cache-Control max-age=600, 404.html for missing
paths), loads every page once in headless Chromium with an empty cache and counts what the
server sent: compressed bytes (headers included), requests, and the JavaScript, CSS and HTML
shares. Requests to other origins cannot leave this machine: they are blocked and counted.

"plain" is the same docs and nav built with Material's defaults: no custom_dir, hooks,
extra_css or minify, only the search and i18n plugins. Its pages may name `template:
home.html`, which only our theme has, so it builds from a copy of docs/ without that line.

Lighthouse (npm, mobile emulation, the default: simulated slow 4G and 4x CPU slowdown) runs
on the home page and one priority page in each language. It is installed on first use into
~/.cache/latvijaano-bench (or $XDG_CACHE_HOME/latvijaano-bench) with `npm install`, outside
the repository. Scores on a shared 2-core machine vary by a few points between runs.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import json
import mimetypes
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import local_site  # scripts/, next to this file
import yaml

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Lighthouse 13 needs Node >= 22.19; 12.8 runs on the Node that Debian 12 ships (18.x) and later.
LIGHTHOUSE = "lighthouse@12.8.2"
LIGHTHOUSE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "latvijaano-bench"
LIGHTHOUSE_PAGES = ["", "en/", "prioritates/sievietes/", "en/prioritates/sievietes/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
COMPRESSED = {".html", ".css", ".js", ".svg", ".json", ".xml", ".txt", ".map"}
HOME_BUDGET_KB = 150


# --- Serving like GitHub Pages -------------------------------------------------------------


class PagesHandler(http.server.BaseHTTPRequestHandler):
    """GET/HEAD of a static folder: gzip for text, directory URLs, 404.html; logs bytes sent."""

    root: Path
    log: list
    gzip_cache: dict

    def do_HEAD(self):
        self.respond(send_body=False)

    def do_GET(self):
        self.respond(send_body=True)

    def respond(self, send_body: bool):
        path = unquote(urlsplit(self.path).path)
        target = (self.root / path.lstrip("/")).resolve()
        if self.root not in target.parents and target != self.root:
            target = self.root / "missing"
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                self.record(path, "redirect", 0)
                return
            target = target / "index.html"
        status = 200
        if not target.is_file():
            status, target = 404, self.root / "404.html"
        body = target.read_bytes()
        headers = {
            "Content-Type": mimetypes.guess_type(target.name)[0] or "application/octet-stream",
            "Cache-Control": "max-age=600",
        }
        if target.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            if target not in self.gzip_cache:
                self.gzip_cache[target] = gzip.compress(body, compresslevel=6)
            body = self.gzip_cache[target]
            headers.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        headers["Content-Length"] = str(len(body))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)
        header_bytes = sum(len(n) + len(v) + 4 for n, v in headers.items()) + 40
        self.record(path, target.suffix, header_bytes + (len(body) if send_body else 0))

    def record(self, path: str, kind: str, size: int):
        self.log.append((path, kind, size))

    def log_message(self, *args):
        pass


def serve(folder: Path, port: int) -> tuple[http.server.ThreadingHTTPServer, list]:
    log: list = []
    handler = type("Handler", (PagesHandler,), {"root": folder.resolve(), "log": log, "gzip_cache": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, log


# --- The two builds --------------------------------------------------------------------------


class KeepEnvTag(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV [NAME, default]` gives its default."""


KeepEnvTag.add_constructor(
    "!ENV",
    lambda loader, node: loader.construct_sequence(node)[-1] if isinstance(node, yaml.SequenceNode) else None,
)


def plain_config(workdir: Path) -> Path:
    """Material defaults with our docs, nav, Markdown extensions and languages."""
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=KeepEnvTag)
    docs = workdir / "docs"
    shutil.copytree(ROOT / ours.get("docs_dir", "docs"), docs)
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r"(?m)^template:.*\n", "", text, count=1), encoding="utf-8")
    i18n = next(p["i18n"] for p in ours["plugins"] if isinstance(p, dict) and "i18n" in p)
    config = {
        "site_name": ours["site_name"],
        "site_url": ours["site_url"],
        "docs_dir": str(docs),
        "theme": {"name": "material", "language": ours["theme"].get("language", "en")},
        "markdown_extensions": ours.get("markdown_extensions", []),
        "plugins": ["search", {"i18n": i18n}],
        "nav": ours["nav"],
    }
    path = workdir / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build(config: Path, site_dir: Path, site_url: str, cwd: Path):
    result = local_site.build(cwd, site_dir, site_url, config=str(config), quiet=True)
    if result.returncode:
        sys.exit(f"build failed ({config}):\n{result.stdout}\n{result.stderr}")


def page_paths(site_dir: Path) -> list[str]:
    pages = []
    for page in sorted(site_dir.rglob("index.html")):
        rel = page.relative_to(site_dir).as_posix()
        pages.append(rel[: -len("index.html")])
    return pages


# --- Measuring --------------------------------------------------------------------------------


def measure_pages(browser, base: str, log: list, paths: list[str]) -> dict[str, dict]:
    """Load each page with an empty cache; sum what the server sent for it."""
    results = {}
    for path in paths:
        context = browser.new_context()
        foreign = []

        def block(route):
            foreign.append(route.request.url)
            route.abort()

        context.route(re.compile(r"^(?!" + re.escape(base) + r")https?://"), block)
        tab = context.new_page()
        log.clear()
        tab.goto(base + path, wait_until="networkidle")
        tab.wait_for_timeout(300)  # late requests of Material's scripts (search worker, index)
        context.close()
        kinds: dict[str, int] = {}
        for _path, kind, size in log:
            group = {".js": "js", ".css": "css", ".html": "html"}.get(kind, "other")
            kinds[group] = kinds.get(group, 0) + size
        results[path] = {
            "bytes": sum(kinds.values()),
            "requests": len(log) + len(foreign),
            "foreign": len(foreign),
            **{k: kinds.get(k, 0) for k in ("html", "css", "js", "other")},
        }
    return results


def ensure_lighthouse() -> Path:
    binary = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    package = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "package.json"
    wanted = LIGHTHOUSE.split("@", 1)[1]
    if not (binary.exists() and json.loads(package.read_text())["version"] == wanted):
        if not shutil.which("npm"):
            sys.exit("Lighthouse needs Node.js and npm (apt-get install nodejs npm), or use --no-lighthouse")
        print(f"installing {LIGHTHOUSE} into {LIGHTHOUSE_DIR} ...", file=sys.stderr)
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(LIGHTHOUSE_DIR),
                "--no-audit",
                "--no-fund",
                "--silent",
                LIGHTHOUSE,
            ],
            check=True,
        )
    return binary


def lighthouse(binary: Path, url: str, runs: int) -> dict:
    """Median score (0-100) per category over `runs` Lighthouse runs, mobile emulation, and
    the scored audits that failed outside performance (key "failed")."""
    scores: dict[str, list[float]] = {c: [] for c in CATEGORIES}
    failed: set[str] = set()
    for _ in range(runs):
        result = subprocess.run(
            [
                str(binary),
                url,
                f"--chrome-path={CHROMIUM}",
                "--chrome-flags=--headless=new --no-sandbox",
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                "--output-path=stdout",
                "--quiet",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode:
            sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        report = json.loads(result.stdout)
        for category in CATEGORIES:
            scores[category].append(report["categories"][category]["score"] * 100)
            if category != "performance":
                failed.update(
                    ref["id"]
                    for ref in report["categories"][category]["auditRefs"]
                    if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
                )
    return {**{c: round(statistics.median(v)) for c, v in scores.items()}, "failed": failed}


# --- Report -----------------------------------------------------------------------------------


def kb(size: int) -> str:
    return f"{size / 1024:.1f}"


def print_weights(variants: dict[str, dict]):
    names = list(variants)
    print("\n## Page weight: first visit, empty cache, gzip as on GitHub Pages (KB, headers included)\n")
    header = "| page | " + " | ".join(f"{n} total | {n} JS | {n} req." for n in names) + " |"
    print(header)
    print("|" + "---|" * (1 + 3 * len(names)))
    paths = sorted(
        set().union(*(v.keys() for v in variants.values())), key=lambda p: (p.startswith("en/"), p)
    )
    for path in paths:
        cells = []
        for name in names:
            row = variants[name].get(path)
            if row is None:
                cells += ["–"] * 3
                continue
            extra = f" (+{row['foreign']} blocked)" if row["foreign"] else ""
            cells += [kb(row["bytes"]), kb(row["js"]), f"{row['requests']}{extra}"]
        print(f"| /{path} | " + " | ".join(cells) + " |")
    for name in names:
        rows = variants[name].values()
        print(
            f"\n{name}: median page {kb(statistics.median(r['bytes'] for r in rows))} KB, "
            f"median {statistics.median(r['requests'] for r in rows):.0f} requests; "
            f"home page {kb(variants[name]['']['bytes'])} KB "
            f"(html {kb(variants[name]['']['html'])}, css {kb(variants[name]['']['css'])}, "
            f"js {kb(variants[name]['']['js'])}, other {kb(variants[name]['']['other'])})"
        )
    home = variants[names[0]][""]["bytes"] / 1024
    verdict = "within" if home < HOME_BUDGET_KB else "OVER"
    print(f"\nbudget: home page {home:.1f} KB, {verdict} the {HOME_BUDGET_KB} KB goal ({names[0]})")


def print_lighthouse(scores: dict[str, dict], runs: int):
    names = list(scores)
    print(
        f"\n## Lighthouse {LIGHTHOUSE.split('@')[1]}, mobile, {runs} run(s) per page"
        f"{' (median)' if runs > 1 else ''}: performance / accessibility / best practices / SEO\n"
    )
    print("| page | " + " | ".join(names) + " |")
    print("|" + "---|" * (1 + len(names)))
    for path in LIGHTHOUSE_PAGES:
        cells = [" / ".join(str(scores[n][path][c]) for c in CATEGORIES) for n in names]
        print(f"| /{path} | " + " | ".join(cells) + " |")
    for name in names:
        failed = sorted(set().union(*(scores[name][p]["failed"] for p in LIGHTHOUSE_PAGES)))
        print(f"\n{name}: failed accessibility/best-practices/SEO audits: {', '.join(failed) or 'none'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (median)")
    parser.add_argument("--no-plain", action="store_true", help="measure our build only")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    binary = None if args.no_lighthouse else ensure_lighthouse()
    weights, scores, servers = {}, {}, []
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        variants = {"ours": ROOT / "mkdocs.yml"}
        if not args.no_plain:
            (Path(tmp) / "plain").mkdir()
            variants["plain"] = plain_config(Path(tmp) / "plain")
        for name, config in variants.items():
            port = local_site.free_port()
            base = f"http://127.0.0.1:{port}/"
            site_dir = Path(tmp) / name / "site"
            print(f"building {name} ...", file=sys.stderr)
            build(config, site_dir, base, cwd=config.parent)
            server, log = serve(site_dir, port)
            servers.append(server)
            print(f"measuring {name} ...", file=sys.stderr)
            weights[name] = measure_pages(browser, base, log, page_paths(site_dir))
            if binary:
                scores[name] = {p: lighthouse(binary, base + p, args.runs) for p in LIGHTHOUSE_PAGES}
        browser.close()
        for server in servers:
            server.shutdown()
    print_weights(weights)
    if scores:
        print_lighthouse(scores, args.runs)


if __name__ == "__main__":
    main()
