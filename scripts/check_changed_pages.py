#!/usr/bin/env python3
"""Accessibility and internal links of the pages a pull request changes, in its built preview.

    python scripts/check_changed_pages.py --site site/ --url PREVIEW_URL --base BASE_SHA \\
        [--comment preview-comment.md]
    python scripts/check_changed_pages.py --site site/ --url PREVIEW_URL docs/lv/kontakti.md ...

The pull request workflow (.github/workflows/pr.yml) runs this on the preview it has just built,
so that a content pull request meets the same checks as code does, on the pages it changes only
(scripts/changed_pages.py works them out: a page in either language, the pages that show a changed
data file): each page in both languages is
- loaded in Chromium (Playwright; the system's Chromium or Chrome, or $CHROMIUM) and checked with
  axe-core (bundled in axe-playwright-python) against WCAG 2.2 A and AA;
- crawled one link deep by LinkChecker (as tests/test_links.py runs it): every link to this site
  and every #anchor must resolve; other sites are left to the weekly link workflow.

Prints a short bilingual result (Markdown) and, with --comment, appends it to the preview comment;
exits 1 if anything is wrong, 0 otherwise. The preview was built for its public address (SITE_URL,
under a sub-path); it is served here from 127.0.0.1 under the same path.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import changed_pages  # noqa: E402
from local_site import QuietHandler, serve  # noqa: E402

# WCAG 2.2 level A and AA (axe-core's tags: each version's new A/AA rules carry its own tag).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_CANDIDATES = (
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
)
# LinkChecker: only this site (internlinks), at most one link deep from the changed pages, and
# anchors checked; the local server lets it go fast (see tests/test_links.py).
LINKCHECKER_CONFIG = """\
[checking]
maxrequestspersecond=1000
[filtering]
checkextern=0
internlinks=^{base}
[AnchorCheck]
"""


NOFOLLOW = b'<meta name="robots" content="noindex, nofollow">'
NOINDEX_ONLY = b'<meta name="robots" content="noindex">'.ljust(len(NOFOLLOW))


@dataclass(frozen=True)
class Finding:
    source: str  # the page's source file, as editors know it: 'docs/lv/kontakti.md'
    url: str  # the page's address in the preview
    lv: str
    en: str


class MountedHandler(QuietHandler):
    """Serves the site folder under the sub-path it was built for; says LinkChecker is welcome."""

    mount = "/"

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(self.mount):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.mount) :])

    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        super().end_headers()

    def copyfile(self, source, outputfile):
        """A preview page says `noindex, nofollow` to search engines, and LinkChecker, obeying
        "nofollow", would then check none of its links. The page is served saying `noindex` only,
        padded to the same length (the Content-Length is already sent)."""
        data = source.read()
        outputfile.write(data.replace(NOFOLLOW, NOINDEX_ONLY))


def chromium_path() -> str:
    """$CHROMIUM, else the first browser that runs: on GitHub's Ubuntu runners `chromium-browser`
    may only point at a snap that is not there, and Google Chrome is the one that works."""
    for candidate in (os.environ.get("CHROMIUM"), *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if not candidate or not Path(candidate).exists():
            continue
        try:
            works = (
                subprocess.run(
                    [candidate, "--headless", "--no-sandbox", "--version"], capture_output=True, timeout=30
                ).returncode
                == 0
            )
        except (OSError, subprocess.TimeoutExpired):
            works = False
        if works:
            return candidate
    raise SystemExit("Chromium not found: install it or set CHROMIUM=/path")


def axe_findings(targets: list[tuple[str, str]]) -> list[Finding]:
    """targets: (source file, URL). Each page is loaded once and checked by axe-core."""
    from axe_playwright_python.base import AXE_SCRIPT
    from playwright.sync_api import sync_playwright

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    findings = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page(viewport={"width": 1280, "height": 800})
        for source, url in targets:
            response = tab.goto(url, wait_until="load")
            if response is None or response.status >= 400:
                status = response.status if response else "—"
                findings.append(
                    Finding(source, url, f"lapa neielādējās ({status})", f"the page did not load ({status})")
                )
                continue
            tab.evaluate(AXE_SCRIPT)
            for violation in tab.evaluate(f"axe.run(document, {json.dumps(options)})")["violations"]:
                where = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:3])
                findings.append(
                    Finding(
                        source,
                        url,
                        f"piekļūstamība: {violation['id']} — {violation['help']} ({where})",
                        f"accessibility: {violation['id']} — {violation['help']} ({where})",
                    )
                )
        browser.close()
    return findings


def linkchecker_command() -> str:
    beside = Path(sys.executable).with_name("linkchecker")
    found = str(beside) if beside.exists() else shutil.which("linkchecker")
    if not found:
        raise SystemExit("linkchecker is not installed: pip install -r requirements.txt")
    return found


def link_findings(targets: list[tuple[str, str]], base: str) -> list[Finding]:
    """Broken internal links and missing anchors on the target pages (one link deep)."""
    sources = {url: source for source, url in targets}
    with tempfile.TemporaryDirectory(prefix="check-links-") as folder:
        config = Path(folder) / "linkcheckerrc"
        config.write_text(LINKCHECKER_CONFIG.format(base=re.escape(base)), encoding="utf-8")
        result = subprocess.run(
            [
                linkchecker_command(),
                "--config",
                str(config),
                "--no-status",
                "--verbose",
                "--output",
                "csv",
                "--threads",
                "4",
                "--recursion-level",
                "1",
                "--ignore-url",
                "^(mailto|tel):",
                *[url for _, url in targets],
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("# ")]
    findings = []
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"):
        if row["valid"] == "True" and not row["warningstring"]:
            continue
        parent = row["parentname"] or row["url"]
        if parent not in sources:
            continue  # a page one link away: its own links are not this pull request's
        link = row["urlname"]
        if row["valid"] == "True" and "Anchor" in row["warningstring"]:
            anchor = link.partition("#")[2]
            lv = f"saite '{link}' norāda uz virsrakstu '#{anchor}', kura tajā lapā nav — pārbaudiet virsraksta enkuru"
            en = f"the link '{link}' points to the heading '#{anchor}', which that page does not have — check the anchor"
        else:
            lv = f"saite '{link}' ved uz adresi, kuras nav ({row['result']}) — pārbaudiet saites ceļu"
            en = f"the link '{link}' leads to an address that does not exist ({row['result']}) — check the link's path"
        findings.append(Finding(sources[parent], parent, lv, en))
    return findings


def targets_for(pages, local_base: str, root: Path = REPO) -> list[tuple[str, str]]:
    """(source file, local URL) for each changed page in each language it has."""
    targets = []
    for page in pages:
        for lang, path in page.urls.items():
            source = page.source or f"docs/{lang}/{page.path}"  # a page the build makes: its data file
            if not (root / source).exists():
                source = f"docs/{changed_pages.DEFAULT_LANGUAGE}/{page.path}"  # a pending translation
            targets.append((source, local_base + path))
    return targets


def report(findings: list[Finding], checked: int, local_base: str, preview_url: str) -> str:
    lines = [
        "",
        "#### Piekļūstamība un saites mainītajās lapās / Accessibility and links on the changed pages",
        "",
    ]
    if not checked:
        lines.append("Šīs izmaiņas nemaina nevienu lapu. / These changes change no page.")
    elif not findings:
        lines.append(
            f"✅ Problēmu nav ({checked} lapas, WCAG 2.2 AA un iekšējās saites). / "
            f"No problems ({checked} pages, WCAG 2.2 AA and internal links)."
        )
    else:
        lines.append(
            f"❌ Atrastas problēmas: {len(findings)} — izlabojiet tās norādītajā failā. / "
            f"Problems found: {len(findings)} — fix them in the file named."
        )
        lines.append("")
        for finding in findings:
            address = preview_url.rstrip("/") + "/" + finding.url[len(local_base) :]
            lines.append(
                f"- `{finding.source}` ([{finding.url[len(local_base) :] or '/'}]({address})): "
                f"{finding.lv} / {finding.en}"
            )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="the built preview (mkdocs build -d …)")
    parser.add_argument("--url", required=True, help="the address the preview was built for (SITE_URL)")
    parser.add_argument("--base", help="compare this commit with HEAD (git diff)")
    parser.add_argument("--comment", type=Path, help="append the result to this Markdown file")
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help="changed files, relative to the repository")
    args = parser.parse_args(argv)
    changed = list(args.paths) + (changed_pages.git_changed(args.base, args.root) if args.base else [])
    pages, _ = changed_pages.changed_pages(changed, args.root, args.site)

    mount = urlsplit(args.url).path.rstrip("/") + "/"
    handler = type("Handler", (MountedHandler,), {"mount": mount})
    server = serve(args.site, handler=handler)
    local_base = f"http://127.0.0.1:{server.server_address[1]}{mount}"
    try:
        targets = targets_for(pages, local_base, args.root)
        findings = (axe_findings(targets) + link_findings(targets, local_base)) if targets else []
    finally:
        server.shutdown()

    text = report(findings, len(targets), local_base, args.url)
    sys.stdout.write(text)
    for target in (args.comment, os.environ.get("GITHUB_STEP_SUMMARY")):
        if target:
            with open(target, "a", encoding="utf-8") as file:
                file.write(text)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for finding in findings:
            print(f"::error file={finding.source}::{finding.lv} / {finding.en}".replace("\n", " "))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
