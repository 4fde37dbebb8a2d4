"""Clean loading: every page loads from its own origin only, with no failing request and no
console error, in both languages (the crawl in test_crawl.py, with this file's Recorder),
including what the search loads when it is used; and images in content carry their size (no
layout shift) and load lazily.

Known regression this catches: Material's JavaScript requests "<alternate href>/sitemap.xml"
for every <link rel="alternate"> (zensical/zensical#908); without the guard in
partials/head-extra.html every page load would end in 404s.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, build_site
from site_pages import html_pages, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

pytestmark = pytest.mark.long(10)  # see conftest.pytest_collection_modifyitems


class Recorder:
    """Everything that went wrong while a browser context loaded pages."""

    def __init__(self, context, site_url: str):
        self.origin = site_url.rstrip("/")
        self.current = ""
        self.problems: list[str] = []
        self.requests = 0
        self.in_flight = set()
        context.on("request", self.on_request)
        context.on("requestfinished", lambda r: self.in_flight.discard(r))
        context.on("requestfailed", self.on_failed)
        context.on("response", lambda r: r.status >= 400 and self.add(f"HTTP {r.status} {r.url}"))

    def watch(self, tab):
        tab.on(
            "console",
            lambda m: m.type == "error" and self.add(f"console error: {m.text} ({m.location.get('url')})"),
        )
        tab.on("pageerror", lambda e: self.add(f"uncaught exception: {e}"))

    def on_request(self, request):
        self.requests += 1
        self.in_flight.add(request)
        url = request.url
        if url.startswith(("data:", "blob:")):
            return
        split = urlsplit(url)
        if f"{split.scheme}://{split.netloc}" != self.origin:
            self.add(f"request to another origin: {url}")

    def on_failed(self, request):
        self.in_flight.discard(request)
        self.add(f"failed request {request.url} ({request.failure})")

    def wait_until_quiet(self, tab, polls: int = 3, interval_ms: int = 50, limit: int = 200):
        """Until no request has been in flight for `polls` checks in a row (Playwright's
        "networkidle" waits half a second per page, which a crawl of every page cannot afford)."""
        quiet = 0
        for _ in range(limit):
            tab.wait_for_timeout(interval_ms)
            quiet = 0 if self.in_flight else quiet + 1
            if quiet == polls:
                return
        self.add(f"requests never ended: {sorted(r.url for r in self.in_flight)}")

    def add(self, problem: str):
        self.problems.append(f"{self.current}: {problem}")


@pytest.mark.parametrize("path, query", [("", "drošība"), ("en/", "security")])
def test_search_loads_cleanly(site, browser, path, query):
    """Using the search loads the worker, the index and the language modules: all present."""
    context = browser.new_context()
    recorder = Recorder(context, site.url)
    tab = context.new_page()
    recorder.watch(tab)
    recorder.current = f"search on /{path}"
    tab.goto(site.url + path, wait_until="networkidle")
    tab.locator(".md-search__input").click()
    tab.keyboard.type(query)
    tab.wait_for_selector(".md-search-result__item")
    tab.wait_for_load_state("networkidle")
    context.close()
    assert not recorder.problems, "\n".join(recorder.problems)


def test_the_recorder_catches_what_it_must(site, browser):
    """The checks above can fail: a foreign request, a 404, and a console error are reported.
    The page's Content-Security-Policy would stop the planted foreign request before it is sent
    (tests/test_security.py proves that); here it is bypassed, so that the recorder meets one."""
    context = browser.new_context(bypass_csp=True)
    recorder = Recorder(context, site.url)
    tab = context.new_page()
    recorder.watch(tab)
    recorder.current = "planted"
    # A foreign request is aborted here (no network), but it must still be recorded.
    context.route("http://example.invalid/**", lambda route: route.abort())
    tab.goto(site.url + "en/", wait_until="networkidle")
    tab.evaluate("""async () => {
      await fetch('en/nothing-here/sitemap.xml').catch(() => {});
      await fetch('http://example.invalid/x.js').catch(() => {});
      console.error('planted error');
    }""")
    tab.wait_for_load_state("networkidle")
    context.close()
    found = "\n".join(recorder.problems)
    assert "HTTP 404" in found and "nothing-here/sitemap.xml" in found
    assert "request to another origin: http://example.invalid/x.js" in found
    assert "console error: planted error" in found


# --- Images: no layout shift, nothing loaded before it is needed ------------------------


def test_content_images_have_alt_and_size(site):
    """Every <img> in page content has alt, width and height; all but the home page's hero
    emblem (above the fold) load lazily."""
    problems, seen = [], 0
    for page in html_pages(site.dir) + [site.dir / "404.html", site.dir / "en" / "404.html"]:
        for img in soup(page).select("article img"):
            seen += 1
            where = f"/{url_path(site.dir, page)} {img.get('src')}"
            missing = [name for name in ("alt", "width", "height") if not img.has_attr(name)]
            if missing:
                problems.append(f"{where}: no {', '.join(missing)}")
            if not img.find_parent(class_="lv-hero") and img.get("loading") != "lazy":
                problems.append(f"{where}: not loading=lazy")
    assert seen >= 2
    assert not problems, "\n".join(problems)


def test_markdown_images_get_their_size_and_lazy_loading(tmp_path):
    """latvijaano/pages/images.py: an editor's Markdown image gets width/height from the file itself."""
    project = copy_repo(tmp_path / "project")
    shutil.copy(project / "overrides/assets/images/og-image.png", project / "docs/en/photo.png")
    page = project / "docs/en/kontakti.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + '\n![A planted photo](photo.png)\n\n![A narrow copy](photo.png){ width="300" }\n',
        encoding="utf-8",
    )
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stdout + result.stderr
    images = {img["alt"]: img for img in soup(tmp_path / "site/en/kontakti/index.html").select("article img")}
    full, narrow = images["A planted photo"], images["A narrow copy"]
    assert (full["width"], full["height"], full["loading"]) == ("1200", "630", "lazy")
    assert (narrow["width"], narrow["height"]) == ("300", "158"), "the height follows the proportions"


# --- No reference to another origin in what the site ships --------------------------------

# Attributes that make a browser fetch something (an outgoing <a href> only navigates, on a click).
FETCHING = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "meta": (),
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+(?:url\()?\s*['"]?([^'");\s]+)""", re.I)
# A <link> that only names something and fetches nothing; og:image and friends are <meta>.
NOT_FETCHED_LINKS = {"canonical", "alternate"}


def foreign(url: str, site_url: str) -> bool:
    url = url.strip()
    if not re.match(r"^([a-z][a-z0-9+.-]*:)?//", url, re.I):
        return False  # relative, data:, mailto: ...
    return not url.startswith(site_url)


def foreign_references(site_dir: Path, site_url: str) -> list[str]:
    """Every reference in the built HTML and CSS that would make a browser fetch from another origin."""
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        where = page.relative_to(site_dir).as_posix()
        doc = soup(page)
        for tag in doc.find_all(list(FETCHING)):
            if tag.name == "link" and set(tag.get("rel") or []) <= NOT_FETCHED_LINKS and tag.get("rel"):
                continue
            for name in FETCHING[tag.name]:
                for value in (tag.get(name) or "").split(","):
                    url = value.strip().split(" ")[0]
                    if url and foreign(url, site_url):
                        found.append(f"{where}: <{tag.name} {name}={url}>")
        css = [style.get_text() for style in doc.find_all("style")] + [
            t["style"] for t in doc.find_all(style=True)
        ]
        for text in css:
            found += [f"{where}: CSS {u or i}" for u, i in CSS_URL.findall(text) if foreign(u or i, site_url)]
    for sheet in sorted(site_dir.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{sheet.relative_to(site_dir)}: CSS {u or i}"
            for u, i in CSS_URL.findall(text)
            if foreign(u or i, site_url)
        ]
    return found


def test_nothing_in_the_built_site_refers_to_another_origin(site):
    """A reference the crawl would not trigger (a preconnect, an image never scrolled to) still
    breaks the privacy promise: the built HTML and CSS are read for them."""
    found = foreign_references(site.dir, site.url)
    assert not found, "\n".join(found)


def test_the_reference_scan_catches_what_it_must(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site.dir, copy)
    page = copy / "index.html"
    html = page.read_text(encoding="utf-8")
    planted = (
        '<link rel="preconnect" href="https://fonts.gstatic.com">'
        '<link rel="dns-prefetch" href="//cdn.example.org">'
        '<style>@import url("https://fonts.googleapis.com/css2?family=Roboto");</style>'
    )
    html = html.replace("</head>", planted + "</head>", 1)
    html = html.replace(
        "</body>",
        '<img src="https://example.org/tracker.gif" alt="" loading="lazy">'
        '<video poster="https://example.org/p.jpg"></video>'
        '<a href="https://www.un.org/">an outgoing link is fine</a></body>',
        1,
    )
    page.write_text(html, encoding="utf-8")
    (copy / "assets" / "planted.css").write_text(
        "body{background:url(https://example.org/bg.png)}", encoding="utf-8"
    )
    found = "\n".join(foreign_references(copy, site.url))
    for url in (
        "https://fonts.gstatic.com",
        "//cdn.example.org",
        "https://fonts.googleapis.com/css2",
        "https://example.org/tracker.gif",
        "https://example.org/p.jpg",
        "https://example.org/bg.png",
    ):
        assert url in found, url
    assert "www.un.org" not in found
