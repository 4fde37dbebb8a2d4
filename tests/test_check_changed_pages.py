"""scripts/check_changed_pages.py: a content pull request meets axe-core and the link check on the
pages it changes, in its preview (built as pr.yml builds it: SITE_PREVIEW=1, under a sub-path).

One preview build per module; each test plants its break in a copy of the built pages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, source_root
from local_site import build

pytestmark = pytest.mark.long(25)  # see conftest.pytest_collection_modifyitems

CHECK = ROOT / "scripts" / "check_changed_pages.py"
PREVIEW_URL = "https://example.github.io/repo/pr-preview/pr-7/"


def a_page(root: Path) -> str:
    """Some page in both languages (any will do): its path inside the language folder."""
    return next(
        file.relative_to(root / "docs/lv").as_posix()
        for file in sorted((root / "docs/lv").glob("*.md"))
        if file.name != "index.md" and (root / "docs/en" / file.name).is_file()
    )


def built_path(rel: str, lang: str) -> str:
    return ("" if lang == "lv" else "en/") + rel[: -len(".md")] + "/index.html"


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    site = tmp_path_factory.mktemp("preview") / "site"
    result = build(
        source_root(), site, PREVIEW_URL, env={"SITE_PREVIEW": "1", "SITE_PREVIEW_PR": "7"}, quiet=True
    )
    assert result.returncode == 0, result.stderr
    return site


def run(site: Path, *paths: str, comment: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            str(CHECK),
            "--site",
            str(site),
            "--url",
            PREVIEW_URL,
            "--root",
            str(source_root()),
            *(["--comment", str(comment)] if comment else []),
            *paths,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_changed_pages_of_a_clean_preview_pass(preview):
    rel = a_page(source_root())
    result = run(preview, f"docs/lv/{rel}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Problēmu nav (2 lapas" in result.stdout and "No problems (2 pages" in result.stdout


def test_an_image_without_alt_and_broken_links_fail_with_the_reason_in_the_comment(preview, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(preview, site)
    rel = a_page(source_root())
    page = site / built_path(rel, "en")
    html = page.read_text(encoding="utf-8")
    end = html.index("</article>")
    page.write_text(
        html[:end] + '<p><img src="../../assets/images/favicon.png"> '
        '<a href="../nav-tadas-lapas/">Missing</a> <a href="#nav-tada-virsraksta">No anchor</a></p>'
        + html[end:],
        encoding="utf-8",
    )
    comment = tmp_path / "preview-comment.md"
    comment.write_text("### Priekšskatījums / Preview #7\n", encoding="utf-8")
    result = run(site, f"docs/en/{rel}", comment=comment)
    assert result.returncode == 1, result.stdout + result.stderr
    text = comment.read_text(encoding="utf-8")
    assert text.startswith("### Priekšskatījums / Preview #7\n")  # appended to, not replaced
    findings = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(findings) == 3, text
    assert all(line.startswith(f"- `docs/en/{rel}`") for line in findings), findings
    assert any("image-alt" in line for line in findings)
    assert any(
        "'../nav-tadas-lapas/' ved uz adresi, kuras nav" in line and "404" in line for line in findings
    )
    assert any(
        "'#nav-tada-virsraksta'" in line and "which that page does not have" in line for line in findings
    )
    assert "Atrastas problēmas: 3" in text and "Problems found: 3" in text
    # the Latvian page, unchanged, is not blamed
    assert f"docs/lv/{rel}" not in text


def test_a_change_to_no_page_checks_nothing(preview):
    result = run(preview, "latvijaano/news/items.py")
    assert result.returncode == 0 and "nemaina nevienu lapu" in result.stdout
