"""Links: every internal link and every #anchor in the built site resolves.

LinkChecker (PyPI `linkchecker`) crawls the served site starting from every built page, with
its AnchorCheck plugin on and external URLs left alone (the scheduled external-link workflow
checks those). mkdocs' strict build already validates Markdown links; this also covers what
templates and hooks write: header, tabs, footer, language switch, hreflang and canonical links,
assets, the 404 page.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from local_site import QuietHandler  # scripts/ (on the path: conftest.py)
from local_site import serve as local_serve
from site_pages import html_pages, soup, url_path

pytestmark = pytest.mark.long(20)  # see conftest.pytest_collection_modifyitems

# LinkChecker is polite to a server: at most ~3 requests a second unless the server answers
# with a "LinkChecker" header, which this local server sends; even then it waits between 1 and 6
# times 1/maxrequestspersecond before each request to the host (at 100, 35 ms on average: 16 s of
# waiting in the suite; at 1000 the check takes 7 s, most of it checking).
# Internal means the whole local site (by default only what lies under the start URL). The same
# settings check a pull request's changed pages (scripts/check_changed_pages.py).
from check_changed_pages import LINKCHECKER_CONFIG as CONFIG  # noqa: E402


class LinkCheckerFriendlyHandler(QuietHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        super().end_headers()


@pytest.fixture
def serve(tmp_path):
    """Serve a directory on 127.0.0.1; return its base URL."""
    servers = []

    def start(directory: Path) -> str:
        server = local_serve(directory, handler=LinkCheckerFriendlyHandler)
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()


def linkchecker(
    tmp_path: Path, base: str, urls: list[str], *extra: str
) -> tuple[list[dict], subprocess.CompletedProcess]:
    """Run LinkChecker on `urls` of the site at `base`; return every checked URL as a CSV row
    (each URL once, at its first occurrence), and the process."""
    config = tmp_path / "linkcheckerrc"
    config.write_text(CONFIG.format(base=re.escape(base)))
    command = [
        str(Path(sys.executable).with_name("linkchecker")),
        "--config",
        str(config),
        "--no-status",
        "--verbose",
        "--output",
        "csv",
        "--threads",
        "4",
        # mail and phone links have no page to fetch; their syntax is still checked.
        "--ignore-url",
        "^(mailto|tel):",
        *extra,
        *urls,
    ]
    if not Path(command[0]).exists():
        command[0] = shutil.which("linkchecker") or pytest.fail("linkchecker is not installed")
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    # LinkChecker's own comment lines start with "# "; a same-page link's row starts with "#x".
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("# ")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    return rows, result


def problems(rows: list[dict]) -> list[str]:
    """Broken links and missing anchors, each with the page and line that holds it."""
    return [
        f"{row['parentname'] or '(start)'} line {row['line']}: {row['urlname']} -> "
        f"{row['result']} {row['warningstring']}".strip()
        for row in rows
        if row["valid"] != "True" or row["warningstring"]
    ]


def test_every_internal_link_and_anchor_resolves(site, serve, tmp_path):
    base = serve(site.dir)
    pages = [url_path(site.dir, p) for p in html_pages(site.dir)] + ["404.html", "en/404.html"]
    rows, result = linkchecker(tmp_path, base, [base + path for path in pages])
    assert rows, f"LinkChecker printed nothing:\n{result.stderr}"
    broken = problems(rows)
    assert not broken, "broken links:\n" + "\n".join(broken)
    assert result.returncode == 0, result.stdout + result.stderr
    # The crawl really fetched every page, and checked same-page anchors.
    fetched = {row["url"] for row in rows if row["result"].startswith("200")}
    unread = [path for path in pages if base + path not in fetched]
    assert not unread, f"pages LinkChecker did not fetch: {unread}"
    assert sum(row["urlname"].startswith("#") for row in rows) > 10


def reachable_pages(site_dir: Path, starts: list[str]) -> set[str]:
    """URL paths of the built pages a reader reaches from `starts` by following <a href> links."""
    seen, queue = set(starts), list(starts)
    while queue:
        path = queue.pop()
        file = site_dir / path / "index.html" if not path.endswith(".html") else site_dir / path
        if not file.is_file():
            continue  # a broken link: the crawl above names it
        for a in soup(file).select("a[href]"):
            target = urlsplit(urljoin("/" + path, a["href"]))
            if target.scheme or target.netloc or not target.path.startswith("/"):
                continue  # another site, mail, phone
            linked = target.path.lstrip("/")
            if linked not in seen and (linked == "" or linked.endswith(("/", ".html"))):
                seen.add(linked)
                queue.append(linked)
    return seen


def test_every_page_is_reachable_from_the_home_pages(site):
    """No orphan: each page is linked from the site, starting at / and /en/ (read from the built
    HTML; the crawl above has already fetched every page and link)."""
    reached = reachable_pages(site.dir, ["", "en/"])
    pages = [url_path(site.dir, p) for p in html_pages(site.dir)]
    assert len(reached) > 30
    orphans = [path for path in pages if path not in reached]
    assert not orphans, f"pages no link leads to: {orphans}"


def test_an_orphan_page_is_found(site, tmp_path):
    """The check above can fail: a built page that no link leads to."""
    copy = tmp_path / "site"
    shutil.copytree(site.dir, copy)
    (copy / "en" / "orphan").mkdir()
    shutil.copy(copy / "en" / "kontakti" / "index.html", copy / "en" / "orphan" / "index.html")
    reached = reachable_pages(copy, ["", "en/"])
    assert "en/kontakti/" in reached and "en/orphan/" not in reached


def test_a_broken_link_and_a_missing_anchor_are_reported(site, serve, tmp_path):
    """The check above can fail: plant a dead link and a dead anchor in a copy of one page."""
    copy = tmp_path / "site"
    shutil.copytree(site.dir, copy)
    page = copy / "en" / "kontakti" / "index.html"
    html = page.read_text(encoding="utf-8")
    planted = (
        '<p><a href="../no-such-page/">dead</a> <a href="../vesture/#no-such-anchor">gone</a>'
        ' <a href="#no-such-section">here</a></p>'
    )
    page.write_text(html.replace("</article>", planted + "</article>", 1), encoding="utf-8")
    base = serve(copy)
    rows, result = linkchecker(tmp_path, base, [base + "en/kontakti/"], "--recursion-level", "1")
    found = "\n".join(problems(rows))
    assert result.returncode == 1
    assert "../no-such-page/" in found and "404" in found
    assert "../vesture/#no-such-anchor" in found and "Anchor `no-such-anchor'" in found
    assert "Anchor `no-such-section'" in found
