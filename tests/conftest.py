"""Shared fixtures: one strict build of the real site, served on 127.0.0.1, and headless Chromium.

The site is built once per test session with SITE_URL pointing at the local server, so
that absolute URLs (canonical, hreflang, og:url) are on the same origin as the pages.
"""
from __future__ import annotations

import functools
import http.server
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_site(docs_root: Path, site_dir: Path, site_url: str, config: str = "mkdocs.yml", env: dict | None = None):
    """Run the strict build exactly as CI does; return the completed process.
    `env`: extra environment for this build, e.g. {"SITE_DATE": "2026-11-15"}."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)],
        cwd=docs_root, env=env, capture_output=True, text=True,
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The built site: .dir (Path), .url (base URL with trailing slash), .build (process)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("site") / "site"
    result = build_site(ROOT, site_dir, url)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"

    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Site:
        dir = site_dir
        build = result

    Site.url = url
    yield Site
    server.shutdown()


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


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()
