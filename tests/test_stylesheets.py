"""Every stylesheet of ours goes through a real CSS parser and linter: stylelint with its standard
config (package.json, .stylelintrc.json; `npm ci` installs it, .ci/run does so when node_modules is
missing or older than package-lock.json).

Why: two closing braces lost in a merge turned every later rule of latvijaano.css into a nested
rule that matched nothing (issue 22): share icons 330–750 px tall, and 501 tests passed. A parse
error (an unclosed block, a stray brace), an unknown property or value, a duplicate declaration,
a misplaced @import or a rule nested where we never nest now fails here with `file:line: message`.
What the rules leave aside, and why, is in developers/testing.md ("Tests, and what they promise").
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import ROOT

STYLESHEETS = "overrides/**/*.css"
STYLELINT = ROOT / "node_modules" / ".bin" / "stylelint"


def stylelint(*paths: str, cwd: Path = ROOT) -> list[dict]:
    """stylelint's JSON report on `paths` (globs or files), run with our .stylelintrc.json."""
    assert STYLELINT.exists(), "stylelint is not installed: run `npm ci` in the repository (.ci/run does)"
    result = subprocess.run(
        [
            str(STYLELINT),
            "--formatter",
            "json",
            "--config",
            str(ROOT / ".stylelintrc.json"),
            "--config-basedir",
            str(ROOT),
            *paths,
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The JSON report goes to stderr when there are problems (stylelint 16+), else to stdout.
    report = result.stdout.strip() or result.stderr.strip()
    assert report.startswith("["), f"stylelint did not run:\n{result.stdout}\n{result.stderr}"
    return json.loads(report)


def problems(report: list[dict], base: Path) -> list[str]:
    lines = []
    for source in report:
        name = Path(source["source"]).resolve()
        name = name.relative_to(base) if name.is_relative_to(base) else name
        for warning in source["warnings"]:
            lines.append(f"{name}:{warning['line']}: {warning['text']}")
        for item in source.get("invalidOptionWarnings", []):
            lines.append(f".stylelintrc.json: {item['text']}")
    return lines


def test_every_stylesheet_of_ours_parses_and_passes_stylelint():
    report = stylelint(STYLESHEETS)
    checked = {Path(source["source"]).resolve() for source in report}
    ours = {path.resolve() for path in ROOT.glob(STYLESHEETS)}
    assert ours and checked == ours, f"stylelint checked {sorted(checked)}, ours are {sorted(ours)}"
    assert not problems(report, ROOT), "\n".join(problems(report, ROOT))


# Each break the linter is there for, made in a copy of our stylesheet, and the rule that names it.
def lose_braces(css: str) -> str:
    """The merge of issue 22: a nested block loses its two closing braces."""
    start = css.index("@media screen")
    end = css.index("\n}\n", start)
    inner = css.rindex("}", start, end)
    return css[:inner] + css[inner + 1 : end] + css[end + 2 :]


def lose_a_brace_and_gain_one_later(css: str) -> str:
    """One closing brace lost and another one added further down: the braces balance, but the
    rules between are nested in the one that lost its brace."""
    first = css.index("}\n")
    return css[:first] + css[first + 1 :] + "\n}\n"


BREAKS = {
    "unclosed-block": (lose_braces, "CssSyntaxError"),
    "stray-brace": (lambda css: css + "\n}\n", "CssSyntaxError"),
    "balanced-but-nested": (lose_a_brace_and_gain_one_later, "max-nesting-depth"),
    "unknown-property": (lambda css: css + "\n.lv-x {\n  colour: red;\n}\n", "property-no-unknown"),
    "invalid-value": (
        lambda css: css + "\n.lv-x {\n  width: 1.1;\n}\n",
        "declaration-property-value-no-unknown",
    ),
    "duplicate-property": (
        lambda css: css + "\n.lv-x {\n  width: 1rem;\n  width: 2rem;\n}\n",
        "declaration-block-no-duplicate-properties",
    ),
    "late-import": (lambda css: css + '\n@import url("other.css");\n', "no-invalid-position-at-import-rule"),
    "missing-semicolon": (
        lambda css: css + "\n.lv-x {\n  width: 1rem\n  height: 2rem;\n}\n",
        "CssSyntaxError",
    ),
    "empty-block": (lambda css: css + "\n.lv-x {\n}\n", "block-no-empty"),
}


def test_the_linter_fails_on_each_kind_of_break(tmp_path):
    """Every break in BREAKS, one copy of each of our stylesheets per break, in one stylelint run:
    each copy fails, on the rule that names its break (so the config cannot drift into silence)."""
    sources = sorted(ROOT.glob(STYLESHEETS))
    expected = {}
    for name, (make_break, rule) in BREAKS.items():
        for number, source in enumerate(sources):
            copy = tmp_path / f"{name}-{number}.css"
            copy.write_text(make_break(source.read_text(encoding="utf-8")), encoding="utf-8")
            expected[copy.name] = rule
    shutil.copy(ROOT / ".stylelintrc.json", tmp_path)
    report = stylelint("*.css", cwd=tmp_path)
    found = {Path(s["source"]).name: {w["rule"] for w in s["warnings"]} for s in report}
    missed = [
        f"{name}: expected {rule}, got {sorted(found.get(name, ()))}"
        for name, rule in expected.items()
        if rule not in found.get(name, set())
    ]
    assert not missed, "\n".join(missed)


def test_a_break_is_reported_as_file_and_line(tmp_path):
    make_break, _ = BREAKS["unclosed-block"]
    copy = tmp_path / "broken.css"
    copy.write_text(
        make_break((ROOT / "overrides/assets/stylesheets/latvijaano.css").read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    lines = problems(stylelint(str(copy)), tmp_path)
    assert lines and all(line.startswith("broken.css:") and line.split(":")[1].isdigit() for line in lines), (
        lines
    )
