"""Shared fixtures: one strict build of the site, served on 127.0.0.1, and headless Chromium.

The site is built once per test run, also when pytest-xdist runs the tests in several worker
processes: the controlling process builds it before the workers start (pytest_sessionstart) and
serves it for the whole run; the workers read the build's record. The build's SITE_URL is that
loopback address, so absolute URLs (canonical, hreflang, og:url) are on the same origin as the
pages. (Each worker once served the site on a shared port with SO_REUSEPORT; when a worker
finished, the connections the kernel had queued on its socket were reset, and a page another
worker was loading failed: net::ERR_CONNECTION_RESET.)

SITE_SOURCE=/path/to/a/copy builds that copy instead of this repository (`site.root` says which):
tests/test_content_independence.py runs the content-sensitive tests on a copy with a new page,
news item and data entry, to prove that no test depends on today's content.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from local_site import build as build_site  # noqa: E402
from local_site import free_port, serve  # noqa: E402,F401  (tests import them from here too)

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("lv", "en")
SITE_SERVER = pytest.StashKey()
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def pytest_collection_modifyitems(items):
    """Files marked `long(seconds)` first, the longest first (a stable sort keeps the order within
    a file and among the others): xdist hands out whole files (and classes) in collection order
    (pytest.ini), and a long file handed out last would keep one worker busy alone at the end."""

    def seconds(item) -> float:
        marker = item.get_closest_marker("long")
        return marker.args[0] if marker else 0

    items.sort(key=seconds, reverse=True)


def pytest_sessionstart(session):
    """In the controlling process (the only one without xdist), before any worker starts: build
    the site once, strict, as CI does, and serve it on 127.0.0.1 until the run ends; workers find
    the build's record through the environment (TEST_SITE_BUILD). Building before the workers
    start also fills the card and template caches (.cache/), which each scratch copy of the
    repository then starts from: on a fresh clone, copies made while the first worker was still
    building drew every card and compiled every template again."""
    if hasattr(session.config, "workerinput") or session.config.option.collectonly:
        return
    run_dir = Path(tempfile.mkdtemp(prefix="site-under-test-"))
    site_dir = run_dir / "site"
    server = serve(site_dir)
    session.config.stash[SITE_SERVER] = (server, run_dir)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = build_site(source_root(), site_dir, url)
    record = {
        "dir": str(site_dir),
        "url": url,
        "returncode": result.returncode,
        "stdout": result.stdout,
        "stderr": result.stderr,
    }
    (run_dir / "build.json").write_text(json.dumps(record), encoding="utf-8")
    os.environ["TEST_SITE_BUILD"] = str(run_dir / "build.json")


def pytest_sessionfinish(session):
    served = session.config.stash.get(SITE_SERVER, None)
    if served is not None:
        server, run_dir = served
        server.shutdown()
        server.server_close()
        shutil.rmtree(run_dir, ignore_errors=True)


def source_root() -> Path:
    return Path(os.environ.get("SITE_SOURCE") or ROOT).resolve()


@pytest.fixture(scope="session")
def site():
    """The built site: .dir (Path), .url (base URL with trailing slash), .build (process), .root (sources)."""
    record = json.loads(Path(os.environ["TEST_SITE_BUILD"]).read_text(encoding="utf-8"))
    assert record["returncode"] == 0, f"strict build failed:\n{record['stdout']}\n{record['stderr']}"

    class Site:
        dir = Path(record["dir"])
        url = record["url"]
        root = source_root()
        build = subprocess.CompletedProcess([], record["returncode"], record["stdout"], record["stderr"])

    return Site


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


@pytest.fixture(scope="session")
def warm_context(browser):
    """The worker's one browser context, in which the tests open their tabs (`new_tab`, `page`).
    A context of its own per test cost about 0.65 CPU-s more than a tab in this one (a new
    renderer, and a cold cache in which Material's bundle and search worker are fetched and
    compiled again): some 40 CPU-s over the suite. Tests that change the context itself
    (permissions, routes, init scripts, JavaScript off) still make their own."""
    context = browser.new_context()
    yield context
    context.close()


# What a tab is when it opens in a context without options (Playwright's default viewport; no
# media emulated): a reused tab is put back to this before it is handed out again.
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}
NO_MEDIA = {
    "media": "null",
    "color_scheme": "null",
    "reduced_motion": "null",
    "forced_colors": "null",
    "contrast": "null",
}


@pytest.fixture(scope="session")
def spare_tabs(warm_context):
    """Tabs of the warm context that a test has finished with, reset (reset_tab), for the next."""
    spare = []
    yield spare
    for tab in spare:
        tab.close()


@pytest.fixture
def new_tab(warm_context, spare_tabs):
    """new_tab(viewport=None, still=False, **media) -> a tab in the warm context.

    viewport: e.g. {"width": 390, "height": 844}; media: color_scheme, reduced_motion (as
    Page.emulate_media takes them). still=True is for the tests that read the settled page at
    many steps (focus walks, contrast): the reader prefers reduced motion, which the site honours
    by switching its transitions off (Material's and ours), so no step waits for a colour fade or
    a slide; test_keyboard.py::test_reduced_motion_changes_no_settled_style shows that the
    settled styles are the same either way.

    The tab is often one that an earlier test used: opening a tab cost about 0.45 CPU-s more than
    loading a page in an open one (a new renderer, whose first page compiles Material's bundle
    again), some 30 CPU-s over the suite. After each test its tabs are reset (reset_tab: the
    site storage cleared, the routes removed, the viewport and media set back), or closed when
    the test left something a reset cannot undo; either way no test inherits another's reader
    settings or handlers (tests/test_browser_fixtures.py). A test that changes a tab in a way the
    reset does not undo (an init script, an exposed function) makes its own context; a test may
    close its tab itself."""
    tabs = []

    def make(viewport=None, still=False, **media):
        tab = spare_tabs.pop() if spare_tabs else open_tab(warm_context)
        tabs.append(tab)
        return prepare_tab(tab, viewport, still, **media)

    yield make
    for tab in tabs:
        if reset_tab(tab):
            spare_tabs.append(tab)
        else:
            close_tab(tab)


def open_tab(context, viewport=None, still=False, **media):
    """A new tab in `context` as new_tab describes it, which remembers the origins it loads pages
    from (the site; test_theme's scratch site) for close_tab and reset_tab. For a fixture wider
    than one test."""
    tab = context.new_page()
    tab.visited = set()
    tab.on(
        "framenavigated", lambda frame: frame.parent_frame is None and tab.visited.add(origin_of(frame.url))
    )
    tab.own_listeners = listeners_of(tab)
    return prepare_tab(tab, viewport, still, **media)


def prepare_tab(tab, viewport=None, still=False, **media):
    """Give a new or reset tab its viewport and emulated media."""
    if viewport:
        tab.set_viewport_size(viewport)
    if still:
        media.setdefault("reduced_motion", "reduce")
    if media:
        tab.emulate_media(**media)
    return tab


def listeners_of(tab) -> dict[str, int]:
    """How many handlers listen to each of the tab's events (Playwright's own emitter: a test's
    `tab.on(...)` adds one). Fails loudly if Playwright no longer keeps them there."""
    emitter = tab._impl_obj
    return {event: emitter.listener_count(event) for event in emitter.event_names()}


def reset_tab(tab) -> bool:
    """Put a tab from new_tab back to how it opened, for another test: False (to be closed
    instead) if it is closed or a test added an event handler to it."""
    if tab.is_closed() or listeners_of(tab) != tab.own_listeners:
        return False
    clear_storage(tab)
    tab.unroute_all(behavior="ignoreErrors")
    tab.set_viewport_size(DEFAULT_VIEWPORT)
    tab.emulate_media(**NO_MEDIA)
    tab.visited = set()
    return True


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def clear_storage(tab) -> None:
    """Clear the storage of every origin the tab loaded a page from. (Material writes the palette
    it shows to localStorage on every page load, and a stored palette wins over the reader's
    colour scheme on the next page of that origin.) The clearing runs in a page of each origin,
    an address the server answers with its scriptless 404, so that nothing writes again and the
    next tab, possibly in the same renderer, sees it at once (Chromium's
    Storage.clearDataForOrigin from outside the page left a stale copy in a renderer now and
    then). The HTTP cache stays: it is what makes the context warm."""
    for origin in sorted(tab.visited | {origin_of(tab.url)}):
        if origin.startswith("http"):
            tab.goto(origin + "/__clear-storage__")
            tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")


def close_tab(tab) -> None:
    """Close a tab from open_tab, clearing first the storage of every origin it loaded a page from."""
    if not tab.is_closed():
        clear_storage(tab)
        tab.close()


@pytest.fixture
def page(new_tab):
    """A tab with the default viewport (1280×720) and media, in the warm context."""
    return new_tab()
