"""Clean loading: every page loads from its own origin only, with no failing request and no
console error, in both languages, including what the search loads when it is used; and
images in content carry their size (no layout shift) and load lazily.

Known regression this catches: Material's JavaScript requests "<alternate href>/sitemap.xml"
for every <link rel="alternate"> (zensical/zensical#908); without the guard in
partials/head-extra.html every page load would end in 404s.
"""
from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, build_site
from site_pages import html_pages, soup, url_path


class Recorder:
    """Everything that went wrong while a browser context loaded pages."""

    def __init__(self, context, site_url: str):
        self.origin = site_url.rstrip("/")
        self.current = ""
        self.problems: list[str] = []
        self.requests = 0
        context.on("request", self.on_request)
        context.on("requestfailed", lambda r: self.add(f"failed request {r.url} ({r.failure})"))
        context.on("response", lambda r: r.status >= 400 and self.add(f"HTTP {r.status} {r.url}"))

    def watch(self, tab):
        tab.on("console", lambda m: m.type == "error" and self.add(f"console error: {m.text} ({m.location.get('url')})"))
        tab.on("pageerror", lambda e: self.add(f"uncaught exception: {e}"))

    def on_request(self, request):
        self.requests += 1
        url = request.url
        if url.startswith(("data:", "blob:")):
            return
        split = urlsplit(url)
        if f"{split.scheme}://{split.netloc}" != self.origin:
            self.add(f"request to another origin: {url}")

    def add(self, problem: str):
        self.problems.append(f"{self.current}: {problem}")


def page_paths(site) -> list[str]:
    return [url_path(site.dir, p) for p in html_pages(site.dir)] + ["404.html"]


def test_every_page_loads_cleanly(site, browser):
    context = browser.new_context()
    recorder = Recorder(context, site.url)
    tab = context.new_page()
    recorder.watch(tab)
    paths = page_paths(site)
    for path in paths:
        recorder.current = "/" + path
        # networkidle: also wait for what Material's script requests after the load event.
        tab.goto(site.url + path, wait_until="networkidle")
    context.close()
    assert len(paths) > 30 and recorder.requests > len(paths) * 3
    assert not recorder.problems, "\n".join(recorder.problems)


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
    """The checks above can fail: a foreign request, a 404, and a console error are reported."""
    context = browser.new_context()
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
    for page in html_pages(site.dir) + [site.dir / "404.html"]:
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
    """hooks/images.py: an editor's Markdown image gets width/height from the file itself."""
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".git", "site", ".venv", "__pycache__", ".pytest_cache", "node_modules"))
    shutil.copy(project / "overrides/assets/images/og-image.png", project / "docs/en/photo.png")
    page = project / "docs/en/kontakti.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + '\n![A planted photo](photo.png)\n\n![A narrow copy](photo.png){ width="300" }\n',
                    encoding="utf-8")
    result = build_site(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stdout + result.stderr
    images = {img["alt"]: img for img in soup(tmp_path / "site/en/kontakti/index.html").select("article img")}
    full, narrow = images["A planted photo"], images["A narrow copy"]
    assert (full["width"], full["height"], full["loading"]) == ("1200", "630", "lazy")
    assert (narrow["width"], narrow["height"]) == ("300", "158"), "the height follows the proportions"
