"""`make serve` (mkdocs serve), an editor's local preview, shows what is wrong in the browser.

A content problem puts a panel listing it, in Latvian and English, at the top of every page;
when an edit makes the build stop (a broken data file), the next rebuild replaces the pages with
one that says why, until the file is fixed. A published (strict) build never shows either.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import free_port
from test_content_checks import copy_sources, drop_key, edit, page


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")


def wait_for(url: str, condition, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            text = fetch(url)
            if condition(text):
                return text
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} never satisfied the condition; last text:\n{text[:2000]}")


@pytest.fixture
def served(tmp_path):
    root = copy_sources(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],  # live reload: watches files
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield root, f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=20)


def test_problems_are_shown_in_the_browser_and_a_stopped_build_says_why(served):
    root, url = served
    # An editor's page without a description: a panel on every page, in both languages.
    file = page(root, "bez-apraksta")["lv"]
    edit(file, drop_key("description"))
    home = wait_for(url, lambda text: "lv-build-problems" in text)
    panel = home.split('aria-labelledby="lv-build-problems"', 1)[1].split("</section>", 1)[0]
    assert "docs/lv/proba/bez-apraksta.md:1" in panel
    assert "Trūkst &#39;description&#39;" in panel or "Trūkst 'description'" in panel
    assert re.search(r'lang="en">Missing (&#39;|.)description', panel)
    english = wait_for(url + "en/", lambda text: "lv-build-problems" in text)
    assert "docs/lv/proba/bez-apraksta.md:1" in english
    # An editor's preview offers "edit this page" (issue 39), which the published site does not.
    edited = fetch(url + "proba/bez-apraksta/")
    assert 'rel="edit"' in edited and "/docs/lv/proba/bez-apraksta.md" in edited

    # A broken data file stops the build: every address now says why.
    timeline = root / "data" / "timeline.yml"
    timeline.write_text(
        timeline.read_text(encoding="utf-8") + '\n- date: "2030-13-01"\n  lv: x\n  en: y\n', encoding="utf-8"
    )
    stopped = wait_for(url, lambda text: "Vietni neizdevās uzbūvēt" in text)
    assert "data/timeline.yml" in stopped and "The site could not be built" in stopped
    assert "docs/lv/proba/bez-apraksta.md:1" in stopped  # the page problem is still listed
    assert "Vietni neizdevās uzbūvēt" in fetch(url + "en/vesture/")  # any address

    # Fixed: the site is back.
    timeline.write_text(
        timeline.read_text(encoding="utf-8").split('\n- date: "2030-13-01"')[0], encoding="utf-8"
    )
    back = wait_for(url + "vesture/", lambda text: "lv-timeline" in text)
    assert "Vietni neizdevās uzbūvēt" not in back


def test_a_published_build_never_shows_the_panel(site):
    for path in site.dir.rglob("*.html"):
        assert "lv-build-problems" not in path.read_text(encoding="utf-8"), path
