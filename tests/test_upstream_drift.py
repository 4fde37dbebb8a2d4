"""Templates we copied from Material or mkdocs-static-i18n and changed, against the installed ones.

Each override in `COPIED` began as the upstream file kept in tests/upstream/ (as it was in the
version we copied it from). Our change is the difference between that copy and our override.
When an update of Material or the i18n plugin changes the upstream file, this test fails and
says which override to merge the update into — instead of the site quietly keeping old markup.
What changes with every release whatever else does — the hashes in Material's asset names
(bundle.<hash>.min.js, the search worker's) and its version in the generator tag — is left out of
the comparison: no override names a hashed asset (checked below), each takes them from the
installed base.html. What else of Material's insides the site relies on, the contract test
(tests/test_theme_contract.py) checks by name.

To merge: compare tests/upstream/<file> with the installed file (the failure shows the diff),
carry the upstream change into our override, then copy the installed file over tests/upstream/<file>.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from pathlib import Path

import pytest
from conftest import ROOT

UPSTREAM = ROOT / "tests" / "upstream"


def installed(package: str) -> Path:
    return Path(importlib.util.find_spec(package).origin).parent


# (kept copy under tests/upstream/, installed file, our override that must be merged)
COPIED = [
    (
        "material/base.html",
        installed("material") / "templates" / "base.html",
        "overrides/main.html (blocks site_meta, extrahead, announce, config)",
    ),
    (
        "material/partials/search.html",
        installed("material") / "templates" / "partials" / "search.html",
        "overrides/partials/search.html",
    ),
    (
        "material/partials/content.html",
        installed("material") / "templates" / "partials" / "content.html",
        "overrides/partials/content.html",
    ),
    (
        "material/partials/footer.html",
        installed("material") / "templates" / "partials" / "footer.html",
        "overrides/partials/footer.html (previous/next links)",
    ),
    (
        "material/partials/alternate.html",
        installed("material") / "templates" / "partials" / "alternate.html",
        "overrides/partials/alternate.html",
    ),
    (
        "material/partials/path.html",
        installed("material") / "templates" / "partials" / "path.html",
        "overrides/partials/path.html",
    ),
    (
        "material/partials/languages/lv.html",
        installed("material") / "templates" / "partials" / "languages" / "lv.html",
        "overrides/partials/languages/lv.html (search.result.* strings)",
    ),
    ("material/404.html", installed("material") / "templates" / "404.html", "overrides/404.html"),
    (
        "material/partials/toc.html",
        installed("material") / "templates" / "partials" / "toc.html",
        "overrides/partials/toc.html (no <nav> without headings)",
    ),
    (
        "material/partials/nav-item.html",
        installed("material") / "templates" / "partials" / "nav-item.html",
        "overrides/partials/nav-item.html (a section's <nav> named by its title)",
    ),
    (
        "mkdocs_static_i18n/sitemap.xml",
        installed("mkdocs_static_i18n") / "custom_i18n_sitemap" / "sitemap.xml",
        "overrides/sitemap.xml",
    ),
]


# Changes in every release: Material's asset hashes and its version string.
ASSET_HASH = re.compile(r"\.[0-9a-f]{8}(?=\.min\.(?:js|css)\b)")
MATERIAL_VERSION = re.compile(r"mkdocs-material-\d+(?:\.\d+)*")


def without_release_noise(text: str) -> str:
    return MATERIAL_VERSION.sub("mkdocs-material-<version>", ASSET_HASH.sub(".<hash>", text))


def test_release_noise_is_ignored_and_nothing_else():
    kept = (
        '<meta name="generator" content="mkdocs-material-9.8.1">\n"search": "workers/search.a7633da7.min.js"'
    )
    next_release = (
        '<meta name="generator" content="mkdocs-material-9.8.2">\n"search": "workers/search.0b1c2d3e.min.js"'
    )
    assert without_release_noise(kept) == without_release_noise(next_release)
    changed = next_release.replace('"search"', '"worker"')
    assert without_release_noise(kept) != without_release_noise(changed)


def test_no_override_names_a_hashed_asset():
    """Ignoring the hashes is safe only while every page takes Material's assets from its base.html."""
    for path in sorted((ROOT / "overrides").rglob("*")):
        if path.suffix in (".html", ".js", ".css", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert not ASSET_HASH.search(text), f"{path.relative_to(ROOT)} names a hashed Material asset"


@pytest.mark.parametrize("kept, current, override", COPIED, ids=[c[0] for c in COPIED])
def test_copied_template_still_matches_upstream(kept, current, override):
    assert (ROOT / override.split(" ")[0]).is_file(), override
    before = (UPSTREAM / kept).read_text(encoding="utf-8")
    now = current.read_text(encoding="utf-8")
    if without_release_noise(before) != without_release_noise(now):
        diff = "".join(
            difflib.unified_diff(
                before.splitlines(keepends=True),
                now.splitlines(keepends=True),
                f"tests/upstream/{kept} (what we copied)",
                f"{current} (installed)",
            )
        )
        pytest.fail(
            f"{kept} changed upstream: merge the change into {override}, then copy the "
            f"installed file to tests/upstream/{kept}.\n{diff}"
        )


# --- Behaviours of Material and mkdocs-static-i18n our hooks rely on: loud when gone ------------


def test_english_pages_search_the_english_index(site):
    """latvijaano/outputs/search_index.py points Material's "base" at /en/ on English pages, and only that."""
    import json
    import re

    pattern = re.compile(r'<script id="__config"[^>]*>(.*?)</script>', re.S)
    for lang, path in (("lv", "kontakti/index.html"), ("en", "en/kontakti/index.html")):
        settings = json.loads(pattern.search((site.dir / path).read_text(encoding="utf-8"))[1])
        assert settings["base"] == ("../../en/" if lang == "en" else ".."), settings[
            "base"
        ]  # the language root
        assert re.fullmatch(
            r"\.\./(\.\./)?assets/javascripts/workers/search\.[0-9a-f]+\.min\.js", settings["search"]
        )
        assert (site.dir / path).parent.joinpath(settings["search"]).resolve().is_file()


def test_a_page_without_materials_configuration_stops_the_build():

    from mkdocs.exceptions import PluginError

    from latvijaano.outputs import search_index

    with pytest.raises(PluginError, match="__config"):
        search_index.with_search_base("<html><body>no configuration</body></html>", "en")
    assert (
        search_index.with_search_base("<p>Latvian pages keep theirs</p>", "lv")
        == "<p>Latvian pages keep theirs</p>"
    )
