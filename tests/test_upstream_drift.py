"""Templates we copied from Material or mkdocs-static-i18n and changed, against the installed ones.

Each override in `COPIED` began as the upstream file kept in tests/upstream/ (as it was in the
version we copied it from). Our change is the difference between that copy and our override.
When an update of Material or the i18n plugin changes the upstream file, this test fails and
says which override to merge the update into — instead of the site quietly keeping old markup
(or, for base.html, the hashed search worker file name of an older Material).

To merge: compare tests/upstream/<file> with the installed file (the failure shows the diff),
carry the upstream change into our override, then copy the installed file over tests/upstream/<file>.
"""
from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT

UPSTREAM = ROOT / "tests" / "upstream"


def installed(package: str) -> Path:
    return Path(importlib.util.find_spec(package).origin).parent


# (kept copy under tests/upstream/, installed file, our override that must be merged)
COPIED = [
    ("material/base.html", installed("material") / "templates" / "base.html",
     "overrides/main.html (blocks site_meta, extrahead, announce, config)"),
    ("material/partials/search.html", installed("material") / "templates" / "partials" / "search.html",
     "overrides/partials/search.html"),
    ("material/partials/content.html", installed("material") / "templates" / "partials" / "content.html",
     "overrides/partials/content.html"),
    ("material/partials/footer.html", installed("material") / "templates" / "partials" / "footer.html",
     "overrides/partials/footer.html (previous/next links)"),
    ("material/partials/alternate.html", installed("material") / "templates" / "partials" / "alternate.html",
     "overrides/partials/alternate.html"),
    ("material/404.html", installed("material") / "templates" / "404.html", "overrides/404.html"),
    ("mkdocs_static_i18n/sitemap.xml",
     installed("mkdocs_static_i18n") / "custom_i18n_sitemap" / "sitemap.xml", "overrides/sitemap.xml"),
]


@pytest.mark.parametrize("kept, current, override", COPIED, ids=[c[0] for c in COPIED])
def test_copied_template_still_matches_upstream(kept, current, override):
    assert (ROOT / override.split(" ")[0]).is_file(), override
    before = (UPSTREAM / kept).read_text(encoding="utf-8")
    now = current.read_text(encoding="utf-8")
    if before != now:
        diff = "".join(difflib.unified_diff(
            before.splitlines(keepends=True), now.splitlines(keepends=True),
            f"tests/upstream/{kept} (what we copied)", f"{current} (installed)",
        ))
        pytest.fail(f"{kept} changed upstream: merge the change into {override}, then copy the "
                    f"installed file to tests/upstream/{kept}.\n{diff}")
