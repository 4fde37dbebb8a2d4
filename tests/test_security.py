"""The site's security promises, as the browser and the published files show them (README, "Promises").

- Every built page carries the Content-Security-Policy and the referrer policy
  (latvijaano/outputs/csp.py) first in its <head>, with the hash of each of its inline scripts and
  no other origin; the browser enforces it: a scratch build with one inline script added after the
  policy was computed has that script blocked (and reported), while the page's own scripts run.
- Every inline script in the site is one we have read (REVIEWED_INLINE_SCRIPTS): a Material or
  plugin update that adds one fails here, by name.
- Searching, switching the palette and the language, copying a share link and the 404 page cause no
  policy violation (the crawl, tests/test_crawl.py, covers every page as it loads).
- Texts from data/*.yml are escaped wherever they appear: markup planted in every text of a scratch
  copy's data files reaches the pages only as text.
- /.well-known/security.txt (RFC 9116) and build.json are written by the build.
- Under `mkdocs serve` the live reload still works with the policy in place.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, free_port, serve
from site_pages import html_pages, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
from new_meeting import revise as revise_meetings  # noqa: E402
from scratch import copy_repo  # noqa: E402

from latvijaano.outputs import security_txt

pytestmark = pytest.mark.long(15)  # see conftest.pytest_collection_modifyitems

# The policy, directive by directive; script-src also lists the page's hashes.
EXPECTED_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "upgrade-insecure-requests": [],
}
# Every inline script the site runs, read and allowed: (what it is, how its text starts).
REVIEWED_INLINE_SCRIPTS = [
    ("Material: the site's scope and local-storage helpers (base.html)", r"__md_scope=new URL\("),
    (
        "Material: the palette from local storage, before the first paint (base.html)",
        r'var palette=__md_get\("__palette"\)',
    ),
    (
        "ours: the guards on Material's sitemap and search-index requests (partials/head-extra.html)",
        r"\s*/\* Two guards on Material's requests",
    ),
    (
        "ours: keyboard and drawer behaviour (partials/keyboard.html)",
        r"\s*\(function \(\) \{\s*/\* 1\. The drawer",
    ),
    (
        "ours: the heading a link's #fragment names, scrolled into view",
        r"var target=document\.getElementById\(",
    ),
]
# Records every policy violation of a document into window.lvPolicyViolations (read after load).
RECORD_VIOLATIONS = """
window.lvPolicyViolations = [];
document.addEventListener('securitypolicyviolation', e => window.lvPolicyViolations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${(e.sample || '').slice(0, 60)}) at ${e.sourceFile}:${e.lineNumber}`));
"""
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}


def parse_policy(content: str) -> dict[str, list[str]]:
    directives = {}
    for part in content.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice"
        directives[name] = sources
    return directives


def executed_inline_scripts(doc: BeautifulSoup) -> list[str]:
    """The text of each inline script the browser would run (a JSON data block is not run)."""
    return [
        script.string or ""
        for script in doc.find_all("script")
        if not script.has_attr("src")
        and script.get("type", "").lower() in ("", "text/javascript", "application/javascript", "module")
    ]


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def every_html_file(site_dir: Path) -> list[Path]:
    files = sorted(site_dir.rglob("*.html"))
    assert len(files) > 30 and site_dir / "404.html" in files
    return files


# --- The policy in the built pages -------------------------------------------------------------


def test_every_page_carries_the_policy_first_after_the_charset(site):
    for file in every_html_file(site.dir):
        where = file.relative_to(site.dir).as_posix()
        head = soup(file).head
        first = [tag for tag in head.find_all(True, recursive=False)][:3]
        assert first[0].name == "meta" and first[0].has_attr("charset"), where
        assert first[1].get("http-equiv") == "Content-Security-Policy", (
            f"{where}: the policy is not right after the charset"
        )
        assert (
            first[2].get("name") == "referrer" and first[2]["content"] == "strict-origin-when-cross-origin"
        ), where
        others = [tag for tag in head.find_all("meta", attrs={"http-equiv": True})][1:]
        # A moved page's old address (latvijaano/outputs/redirects.py) sends the reader on within the site, and only so.
        for tag in others:
            assert tag["http-equiv"].lower() == "refresh", f"{where}: more than one policy-like http-equiv"
            target = tag["content"].split("url=", 1)[-1]
            assert not re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", target, re.I), (
                f"{where}: a refresh to {target}"
            )
        assert len(others) <= 1, f"{where}: more than one refresh"
        policy = parse_policy(first[1]["content"])
        hashes = [source for source in policy["script-src"] if source.startswith("'sha256-")]
        assert {
            **policy,
            "script-src": [s for s in policy["script-src"] if s not in hashes],
        } == EXPECTED_DIRECTIVES, where
        # Exactly the hashes of this page's inline scripts, as served: none missing, none left over.
        assert set(hashes) == {sha256_source(text) for text in executed_inline_scripts(soup(file))}, where
        text = first[1]["content"]
        for forbidden in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "//"):
            assert forbidden not in text, f"{where}: {forbidden} in the policy"


def test_every_inline_script_is_one_we_have_read(site):
    """A Material or plugin update that adds an inline script fails here, naming it: read it, then
    add it to REVIEWED_INLINE_SCRIPTS (its hash is in the policy already, so it is not blocked)."""
    unknown = {}
    for file in every_html_file(site.dir):
        for text in executed_inline_scripts(soup(file)):
            if not any(re.match(start, text) for _, start in REVIEWED_INLINE_SCRIPTS):
                unknown.setdefault(" ".join(text.split())[:160], file.relative_to(site.dir).as_posix())
    assert not unknown, "inline scripts nobody has reviewed:\n" + "\n".join(
        f"  {script!r}…  (first on {where})" for script, where in unknown.items()
    )


def test_the_reviewed_list_catches_a_new_script():
    """The check above, given a page with one more inline script, names it."""
    page = BeautifulSoup("<html><head><script>window.newTracker = 1;</script></head></html>", "html.parser")
    texts = executed_inline_scripts(page)
    assert texts == ["window.newTracker = 1;"]
    assert not any(re.match(start, texts[0]) for _, start in REVIEWED_INLINE_SCRIPTS)


def test_a_json_data_block_needs_no_hash(site):
    """Material's configuration (<script id="__config" type="application/json">) is data, not run."""
    home = soup(site.dir / "index.html")
    config = home.find("script", id="__config")
    assert config is not None and config["type"] == "application/json"
    assert config.string not in executed_inline_scripts(home)


# --- The browser enforces it ---------------------------------------------------------------------

# A hook that adds one inline script after the policy was computed, as a plugin run in the wrong
# order would: its hash is not in the policy.
LATE_SCRIPT_HOOK = """
from mkdocs.plugins import event_priority

@event_priority(-2000)
def on_post_page(output, page, config):
    return output.replace("</body>", "<script>window.lvUnhashedRan = true;</script></body>", 1)
"""
PLANT = (
    '<script>window.lvPlantedRan = true;</script><img src="lv-planted.png" onerror="window.lvPlantedRan = 2">'
)
PLANT_TEXT = "lvPlantedRan"


def plant_in_texts(node):
    """Every text of a data file, in either language (keys lv, en) or a plain string in a list,
    with PLANT after it."""
    if isinstance(node, dict):
        return {
            key: (
                value + " " + PLANT
                if key in ("lv", "en") and isinstance(value, str)
                else plant_in_texts(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [plant_in_texts(item) for item in node]
    return node


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A copy of the project with markup planted in every text of data/*.yml and a late inline
    script on every page, built strict and served."""
    root = copy_repo(tmp_path_factory.mktemp("security") / "project")
    for file in sorted((root / "data").glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        # (flow style for the innermost mappings: a meeting's `revision` stays on one line, as written)
        file.write_text(
            yaml.safe_dump(
                plant_in_texts(data), allow_unicode=True, sort_keys=False, default_flow_style=None
            ),
            encoding="utf-8",
        )
    revise_meetings(
        root
    )  # the planted meetings are edited entries: their revision follows, as an editor's would
    (root / "hooks" / "late_script.py").write_text(LATE_SCRIPT_HOOK, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("\nhooks:\n", "\nhooks:\n  - hooks/late_script.py\n", 1),
        encoding="utf-8",
    )
    site_dir = root / "_site"
    server = serve(site_dir)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = build_site(root, site_dir, url)
    assert result.returncode == 0, result.stdout + result.stderr
    yield site_dir, url
    server.shutdown()
    server.server_close()


def test_an_inline_script_without_its_hash_is_blocked(scratch, browser):
    site_dir, url = scratch
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    tab = context.new_page()
    tab.goto(url, wait_until="load")
    tab.wait_for_timeout(100)  # the violation event is queued as a task
    violations = tab.evaluate("window.lvPolicyViolations")
    ran = tab.evaluate(
        "[window.lvUnhashedRan, typeof window.__md_scope, document.body.dataset.mdColorScheme]"
    )
    context.close()
    assert "<script>window.lvUnhashedRan = true;</script>" in (site_dir / "index.html").read_text(
        encoding="utf-8"
    )
    assert ran[0] is None, "the script without its hash ran: the policy is not enforced"
    assert ran[1] == "object", "Material's own inline script (hashed) did not run"
    assert ran[2], "Material's palette script did not run"
    assert len(violations) == 1 and violations[0].startswith("script-src"), violations


def test_data_texts_reach_the_pages_only_as_text(scratch):
    """Markup planted in data/*.yml (ui.yml and the others) is never an element of a built page."""
    site_dir, _ = scratch
    reached = set()
    for file in every_html_file(site_dir):
        doc = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        where = file.relative_to(site_dir).as_posix()
        for script in doc.find_all("script"):
            assert PLANT_TEXT not in (script.string or ""), f"{where}: planted <script> is an element"
        assert not doc.find_all("img", src="lv-planted.png"), f"{where}: planted <img> is an element"
        assert not [tag for tag in doc.find_all(True) if any(a.startswith("on") for a in tag.attrs)], where
        if PLANT_TEXT in doc.get_text():
            reached.add(where)
    assert len(reached) > 30, f"the planted texts reached only {sorted(reached)}: is the plant working?"
    # ui.yml's texts are on every page (header, footer): the 404 page too.
    assert "404.html" in reached


def test_the_data_plant_would_be_caught(scratch):
    """The check above, on a page where the markup is not escaped, finds the element."""
    doc = BeautifulSoup(f"<p>Motto {PLANT}</p>", "html.parser")
    assert doc.find_all("img", src="lv-planted.png") and any(
        PLANT_TEXT in (s.string or "") for s in doc.find_all("script")
    )


# --- What readers do causes no violation ---------------------------------------------------------


def violations_after(tab) -> list[str]:
    tab.wait_for_timeout(50)
    return tab.evaluate("window.lvPolicyViolations || ['the recorder did not run']")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_palette_language_share_and_404_cause_no_violation(site, browser, viewport):
    """What readers do, under the policy: no violation, and no cookie set along the way."""
    context = browser.new_context(viewport=viewport, has_touch=viewport is PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    context.add_init_script(RECORD_VIOLATIONS)
    tab = context.new_page()
    found = {}

    # Search: Material's worker loads the index and answers.
    tab.goto(site.url, wait_until="load")
    tab.keyboard.press("/")  # Material's shortcut, at either width
    tab.keyboard.type("Drošības padome")
    tab.wait_for_selector(".md-search-result__item", state="attached", timeout=30000)
    found["search"] = violations_after(tab)

    # Palette: both ways.
    tab.keyboard.press("Escape")
    for _ in range(2):
        scheme = tab.evaluate("document.body.dataset.mdColorScheme")
        tab.locator("form[data-md-component='palette'] [role=switch]").click()
        tab.wait_for_function(f"() => document.body.dataset.mdColorScheme !== {json.dumps(scheme)}")
    found["palette"] = violations_after(tab)

    # The language switch: a link to the English page.
    english = tab.locator("a.md-select__link[hreflang='en']").first.evaluate("link => link.href")
    tab.goto(english, wait_until="load")
    assert tab.evaluate("document.documentElement.lang") == "en"
    found["language switch"] = violations_after(tab)

    # Share and copy link, on a page that has them.
    shared = next(p for p in html_pages(site.dir) if soup(p).select_one("[data-lv-share]"))
    tab.goto(site.url + url_path(site.dir, shared), wait_until="load")
    copy = tab.locator("[data-lv-share-copy]")
    copy.wait_for(state="visible")
    copy.click()
    tab.wait_for_function("() => document.querySelector('[data-lv-share-status]').textContent.length > 0")
    found["copy link"] = violations_after(tab)

    # The 404 page, as a missing address shows it.
    tab.goto(site.url + "404.html", wait_until="load")
    found["404"] = violations_after(tab)
    cookies = context.cookies()
    context.close()
    assert all(not v for v in found.values()), found
    assert cookies == [], f"the site set cookies: {cookies}"


# --- security.txt and build.json -----------------------------------------------------------------


def edit_uri() -> str:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return re.search(r'^edit_uri: !ENV \[EDIT_URI, "([^"]+)"\]', text, re.M).group(1)


def test_security_txt_follows_rfc_9116(site):
    text = (site.dir / ".well-known" / "security.txt").read_text(encoding="utf-8")
    fields = dict(line.split(": ", 1) for line in text.strip().split("\n"))
    repository = re.match(r"https://github\.com/[\w.-]+/[\w.-]+", edit_uri()).group(0)
    assert repository == "https://github.com/latvijaano/latvijaano"
    assert fields["Contact"] == f"{repository}/security/advisories/new"
    assert fields["Preferred-Languages"] == "lv, en"
    assert fields["Canonical"] == site.url + ".well-known/security.txt"
    assert fields["Policy"] == f"{repository}/blob/main/SECURITY.md"
    built = dt.date.fromisoformat(json.loads((site.dir / "build.json").read_text())["date"])
    expires = dt.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").date()
    # At most a year after the build, at least eleven months: valid until the next month's build renews it.
    assert built.replace(year=built.year + 1) >= expires > built + dt.timedelta(days=330), (built, expires)


@pytest.mark.parametrize(
    "day, expires",
    [
        ("2026-12-04", "2027-12-01"),
        ("2026-12-01", "2027-12-01"),
        ("2026-12-31", "2027-12-01"),
        ("2027-02-28", "2028-02-01"),
    ],
)
def test_security_txt_expires_a_year_after_the_build_month(day, expires):
    assert security_txt.expires(dt.date.fromisoformat(day)).date() == dt.date.fromisoformat(expires)


def test_security_txt_needs_a_github_repository():
    with pytest.raises(Exception, match="edit_uri"):
        security_txt.security_txt(
            "https://example.org/edit/main/docs/", "https://example.org/", dt.date(2026, 12, 4)
        )


def test_build_json_says_when_and_from_what_the_site_was_built(site):
    record = json.loads((site.dir / "build.json").read_text(encoding="utf-8"))
    assert set(record) == {"date", "commit", "site_date"}
    built = dt.date.fromisoformat(record["date"])
    assert abs((dt.date.today() - built).days) <= 1
    dt.date.fromisoformat(record["site_date"])
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=site.root, capture_output=True, text=True)
    if head.returncode == 0:
        assert record["commit"] == head.stdout.strip()
    else:  # a copy without git (SITE_SOURCE): nothing to name
        assert record["commit"] is None


# --- mkdocs serve: the live reload keeps working -------------------------------------------------


def test_live_reload_works_under_the_policy(tmp_path, browser):
    import os

    from test_serve import fetch, wait_for  # noqa: F401  (the serve helpers)

    root = copy_repo(tmp_path / "project")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        served = wait_for(url + "kontakti/", lambda text: "Content-Security-Policy" in text)
        policy = parse_policy(
            BeautifulSoup(served, "html.parser").find("meta", attrs={"http-equiv": True})["content"]
        )
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], "the dev server's script needs inline"
        context = browser.new_context()
        context.add_init_script(RECORD_VIOLATIONS)
        tab = context.new_page()
        tab.goto(url + "kontakti/", wait_until="load")
        tab.evaluate("window.lvBeforeReload = true")
        tab.wait_for_timeout(1500)  # the live-reload script is polling
        page = root / "docs" / "lv" / "kontakti.md"
        page.write_text(
            page.read_text(encoding="utf-8") + "\nJauns teikums pēc labojuma.\n", encoding="utf-8"
        )
        tab.wait_for_function("() => window.lvBeforeReload === undefined", timeout=60000)  # reloaded
        tab.wait_for_load_state("load")
        assert "Jauns teikums pēc labojuma." in tab.content()
        assert violations_after(tab) == []
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
