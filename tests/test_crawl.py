"""One crawl of every page per width, for two promises at once (each page is loaded once):

- accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules pass in the light and the dark colour
  scheme (helpers in test_accessibility.py);
- clean loading: the page, scrolled to the bottom so that lazy images load, requests nothing
  from another origin, no request fails and nothing is logged as an error (Recorder in
  test_loading.py);
- the Content-Security-Policy (latvijaano/outputs/csp.py): nothing on the page, in either colour
  scheme, violates it (a `securitypolicyviolation` listener records every violation from the start;
  test_security.py shows it catching a planted one).

After the axe runs, the crawl waits until nothing is in flight: what a page's script requests
after the load event (e.g. the sitemap look-up that partials/head-extra.html guards) is recorded
for that page.

Every page, except the record's items of one kind (a statement, a news item, a meeting, a filter
page, a further list page): one template makes all of them, so the crawl loads the oldest and the
newest of each kind and language (`crawl_urls`). The record grows every week through 2027 and
the crawl would grow with it (136 pages and 8½ minutes of the suite's worker time on 6 December, up
from 74); what differs from one item to the next is its text, and each new or changed item is
loaded and checked with axe in its own pull request's preview (scripts/check_changed_pages.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from test_accessibility import SCHEMES, VIEWPORTS, axe_violations, describe, page_urls, set_scheme
from test_loading import Recorder
from test_security import RECORD_VIOLATIONS

pytestmark = pytest.mark.long(40)  # see conftest.pytest_collection_modifyitems


# One class per width: pytest-xdist (--dist loadscope, pytest.ini) hands each class to a worker of
# its own, so the two crawls, the suite's longest tests, run side by side.
class TestDesktop:
    def test_every_page_loads_cleanly_and_passes_axe(self, site, browser):
        crawl(site, browser, "desktop")


class TestPhone:
    def test_every_page_loads_cleanly_and_passes_axe(self, site, browser):
        crawl(site, browser, "phone")


# Material sizes the sidebars from script once the page has loaded; axe once ran in between, when
# a sidebar was a few pixels shorter than its (empty) navigation: scrollable-region-focusable. Wait
# for the fonts and two frames, so axe sees the page as a reader does.
LAID_OUT = """async () => {
  await document.fonts.ready;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""


# The item part of a record page's path: '(en/)pazinojumi/2026-01-08-…/', '…/sanaksmes/<id>/',
# '…/pazinojumi/tema/<key>/', '…/balsojumi/gads/2026/', '…/jaunumi/lapa/2/'.
ITEM = re.compile(
    r"^((?:en/)?(?:pazinojumi|jaunumi|sanaksmes)/)(?:\d{4}-\d{2}-\d{2}-[^/]+/$|lapa/\d+/$)"
    r"|^((?:en/)?(?:pazinojumi|balsojumi)/[a-z]+/)[^/]+/$"
)


def crawl_urls(site) -> list[str]:
    """Every page, but of each kind of record item (per language) only the oldest and the newest."""
    pages, kinds = [], {}
    for url in page_urls(site):
        path = urlsplit(url).path[len(urlsplit(site.url).path) :]
        if ITEM.match(path):  # its kind: the path with the item's own segment as '*'
            kinds.setdefault(re.sub(r"[^/]+/$", "*", path), []).append(url)
        else:
            pages.append(url)
    for urls in kinds.values():
        urls.sort()
        pages += sorted({urls[0], urls[-1]})
    return pages


def test_the_crawl_loads_each_kind_of_item_and_every_other_page(site):
    urls, every = crawl_urls(site), page_urls(site)
    assert set(urls) <= set(every) and len(urls) == len(set(urls))
    left_out = [urlsplit(url).path[len(urlsplit(site.url).path) :] for url in set(every) - set(urls)]
    assert all(ITEM.match(path) for path in left_out), left_out
    root = urlsplit(site.url).path
    for kind in ("pazinojumi/", "en/pazinojumi/", "sanaksmes/", "en/sanaksmes/"):
        items = sorted(
            url for url in every if re.fullmatch(rf"{kind}\d{{4}}-[^/]+/", urlsplit(url).path[len(root) :])
        )
        if items:
            assert {items[0], items[-1]} <= set(urls), kind


def crawl(site, browser, width: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[width])
    context.add_init_script(AXE_SCRIPT)  # compiled once for all pages, not evaluated on each
    context.add_init_script(RECORD_VIOLATIONS)
    recorder = Recorder(context, site.url)
    tab = context.new_page()
    recorder.watch(tab)
    urls = crawl_urls(site)
    failures, policy_violations, checked = [], [], 0
    for url in urls:
        recorder.current = urlsplit(url).path
        tab.goto(url, wait_until="load")
        tab.evaluate(LAID_OUT)
        for scheme in SCHEMES:
            # The palette really follows the emulated scheme (else the dark run tests the light one).
            set_scheme(tab, scheme)
            where = f"{urlsplit(url).path} [{scheme}, {width}]"
            failures += [describe(v, where) for v in axe_violations(tab)]
            checked += 1
        tab.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        recorder.wait_until_quiet(tab)
        violations = tab.evaluate("window.lvPolicyViolations")
        assert violations is not None, f"{urlsplit(url).path}: the policy violation recorder did not run"
        policy_violations += [f"{urlsplit(url).path} [{width}]: {v}" for v in violations]
    context.close()
    assert checked == 2 * len(urls) and len(urls) > 30
    assert recorder.requests > len(urls) * 3, "the recorder saw too few requests to be listening"
    assert not failures, f"{len(failures)} axe violation(s):\n" + "\n".join(failures)
    assert not policy_violations, "Content-Security-Policy violations:\n" + "\n".join(policy_violations)
    assert not recorder.problems, "\n".join(recorder.problems)
