"""latvijaano/pages/template_cache.py: compiled templates are kept between builds, and an edited template
is compiled afresh (a stale compiled copy must never be used)."""

from __future__ import annotations

import sys

from conftest import ROOT, build_site

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import copy_repo  # noqa: E402

MARK = '<meta name="lv-template-cache-test" content="edited">'


def test_an_edited_template_is_compiled_afresh(tmp_path):
    project = copy_repo(tmp_path / "project")
    first = build_site(project, tmp_path / "first", "http://127.0.0.1:8000/")
    assert first.returncode == 0, first.stderr
    cached = list((project / ".cache" / "templates").glob("*.cache"))
    assert len(cached) > 20, "the build kept no compiled templates"

    partial = project / "overrides" / "partials" / "head-extra.html"
    partial.write_text(partial.read_text(encoding="utf-8") + MARK + "\n", encoding="utf-8")
    second = build_site(project, tmp_path / "second", "http://127.0.0.1:8000/")
    assert second.returncode == 0, second.stderr
    assert MARK not in (tmp_path / "first" / "index.html").read_text(encoding="utf-8")
    for page in ("index.html", "en/kontakti/index.html"):
        assert MARK in (tmp_path / "second" / page).read_text(encoding="utf-8"), page
