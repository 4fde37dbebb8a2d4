"""Shared fixtures: one strict build of the site, served on 127.0.0.1, and headless Chromium.

The site is built once per test run, also when pytest-xdist runs the tests in several worker
processes: the first worker builds under a file lock and records the build; the others reuse it.
The build's SITE_URL is a loopback address, so absolute URLs (canonical, hreflang, og:url) are on
the same origin as the pages; every worker serves the built folder on that same port
(SO_REUSEPORT), so the address works for as long as any worker runs.

SITE_SOURCE=/path/to/a/copy builds that copy instead of this repository (`site.root` says which):
tests/test_content_independence.py runs the content-sensitive tests on a copy with a new page,
news item and data entry, to prove that no test depends on today's content.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("lv", "en")
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def pytest_collection_modifyitems(items):
    """Files marked `long` first (a stable sort keeps the order within and among files): xdist
    hands out whole files in collection order, and a long file handed out last would keep one
    worker busy alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(docs_root: Path, site_dir: Path, site_url: str, config: str = "mkdocs.yml", env: dict | None = None):
    """Run the strict build exactly as CI does; return the completed process.
    `env` adds to the environment (e.g. SITE_DATE, SITE_PREVIEW)."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)],
        cwd=docs_root, env=env, capture_output=True, text=True,
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass


class ReusePortServer(http.server.ThreadingHTTPServer):
    # Every xdist worker serves the same built site on the same port; the kernel shares it.
    allow_reuse_port = True
    daemon_threads = True


def source_root() -> Path:
    return Path(os.environ.get("SITE_SOURCE") or ROOT).resolve()


def shared_build(tmp_path_factory) -> dict:
    """Build once for all workers: {'dir', 'url', 'returncode', 'stdout', 'stderr'}."""
    from filelock import FileLock

    # The run's own folder: under xdist each worker's basetemp is <run>/popen-gwN, so the parent is
    # the run's; without xdist the basetemp is the run's folder itself (its parent is shared by runs).
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    state = shared / "site-build.json"
    with FileLock(str(shared / "site-build.lock")):
        if state.exists():
            return json.loads(state.read_text(encoding="utf-8"))
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        site_dir = shared / "site"
        result = build_site(source_root(), site_dir, url)
        record = {"dir": str(site_dir), "url": url, "port": port, "returncode": result.returncode,
                  "stdout": result.stdout, "stderr": result.stderr}
        state.write_text(json.dumps(record), encoding="utf-8")
        return record


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The built site: .dir (Path), .url (base URL with trailing slash), .build (process), .root (sources)."""
    record = shared_build(tmp_path_factory)
    assert record["returncode"] == 0, f"strict build failed:\n{record['stdout']}\n{record['stderr']}"

    handler = functools.partial(QuietHandler, directory=record["dir"])
    server = ReusePortServer(("127.0.0.1", record["port"]), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Site:
        dir = Path(record["dir"])
        url = record["url"]
        root = source_root()
        build = subprocess.CompletedProcess([], record["returncode"], record["stdout"], record["stderr"])

    yield Site
    server.shutdown()
    server.server_close()


def chromium_path() -> str:
    for candidate in (os.environ.get("CHROMIUM"), *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail("Chromium not found: install it (apt-get install chromium) or set CHROMIUM=/path")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=chromium_path(),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield instance
        instance.close()


def still_context(browser, **options):
    """A browser context for the tests that measure the settled page at hundreds of steps (axe,
    focus walks, contrast): the reader prefers reduced motion, which the site honours by switching
    its transitions off (Material's and ours), so no step waits for a colour fade or a slide.
    test_keyboard.py::test_reduced_motion_changes_no_settled_style shows that the settled styles
    are the same either way."""
    return browser.new_context(reduced_motion="reduce", **options)


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()
