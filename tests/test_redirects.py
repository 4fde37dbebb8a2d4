"""A moved page's old address keeps working (latvijaano/outputs/redirects.py, `extra.redirects` in mkdocs.yml).

What is expected comes from the build's own mkdocs.yml (the site under test, served under a
sub-path), never from a list typed here: every redirect there, in both languages, lands the reader
on its new page, in a real browser, with no script; a redirect that would hide a page or lead
nowhere stops the build with a bilingual problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from site_pages import html_pages, soup

from latvijaano.outputs import redirects

LANGS = ("lv", "en")
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}


class Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tags read as plain values."""


Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def redirect_map(root: Path) -> dict[str, str]:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return (config.get("extra") or {}).get("redirects") or {}


def cases(root: Path):
    return [(lang, old, new) for old, new in redirect_map(root).items() for lang in LANGS]


def test_every_redirect_page_is_a_plain_same_site_redirect(site):
    found = cases(site.root)
    assert found, "mkdocs.yml lists no redirects: nothing to test"
    for lang, old, new in found:
        path = site.dir / LANGUAGE_ROOTS[lang] / redirects.old_url(old) / "index.html"
        assert path.is_file(), f"no redirect page at {path}"
        doc = soup(path)
        assert doc.html["lang"] == lang
        assert not doc.find("script"), f"{path}: a script (the CSP allows none inline)"
        refresh = doc.find("meta", attrs={"http-equiv": "refresh"})["content"]
        target = re.fullmatch(r"0; url=(\S+)", refresh)[1]
        assert not re.match(r"^[a-z]+:|^//|^/", target), f"{path}: not a relative same-site address: {target}"
        assert doc.find("a", href=target), f"{path}: no visible link to {target}"
        assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        canonical = doc.find("link", rel="canonical")["href"]
        assert canonical == site.url + LANGUAGE_ROOTS[lang] + redirects.old_url(new)
        # A redirect page is not a page of the site: not in the sitemap, not in the search index.
        assert path not in html_pages(site.dir)
        assert (
            f"{LANGUAGE_ROOTS[lang]}{redirects.old_url(old)}<" not in (site.dir / "sitemap.xml").read_text()
        )


def test_the_old_addresses_land_on_the_new_pages(site, page):
    """In the browser, under the sub-path the site is served at."""
    for lang, old, new in cases(site.root):
        page.goto(site.url + LANGUAGE_ROOTS[lang] + redirects.old_url(old))
        page.wait_for_url(site.url + LANGUAGE_ROOTS[lang] + redirects.old_url(new), timeout=5000)
        assert page.get_attribute("html", "lang") == lang


def fake_config(tmp_path, redirect_lines: str):
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"extra:\n  redirects:\n{redirect_lines}", encoding="utf-8")
    return SimpleNamespace(config_file_path=str(config_file))


def test_a_redirect_from_a_page_that_still_exists_stops_the_build(tmp_path):
    config = fake_config(tmp_path, "    a/old.md: b/index.md\n")
    problems = redirects.problems_in({"a/old.md": "b/index.md"}, "en", {"a/old.md", "b/index.md"}, config)
    assert [str(p) for p in problems] == [
        "mkdocs.yml:3: pāradresācija no 'a/old.md', bet lapa docs/en/a/old.md joprojām pastāv — izdzēsiet "
        "vai lapu, vai pāradresāciju / a redirect from 'a/old.md', but the page docs/en/a/old.md still "
        "exists — remove either the page or the redirect"
    ]


def test_a_redirect_to_a_missing_page_stops_the_build(tmp_path):
    config = fake_config(tmp_path, "    x.md: y.md\n    a/old.md: b/gone.md\n")
    problems = redirects.problems_in({"x.md": "y.md", "a/old.md": "b/gone.md"}, "lv", {"y.md"}, config)
    assert [(p.path, p.line) for p in problems] == [("mkdocs.yml", 4)]
    assert "docs/lv/b/gone.md" in problems[0].lv and "docs/lv/b/gone.md" in problems[0].en


@pytest.mark.parametrize(
    "path, url",
    [
        ("padome/prioritates.md", "padome/prioritates/"),
        ("prioritates/index.md", "prioritates/"),
        ("index.md", ""),
        ("kontakti.md", "kontakti/"),
    ],
)
def test_old_url(path, url):
    assert redirects.old_url(path) == url
