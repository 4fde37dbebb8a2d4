"""Scaffolds for editors: scripts/new_news.py and scripts/new_page.py.

A scaffolded news item and page must build (strict), so that a draft can be previewed,
while scripts/check_content.py names every "TODO" placeholder left in them, so that a
draft cannot be published (deploy.yml runs the content check before building).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from mkdocs.utils.meta import get_data
from test_content_checks import copy_sources, problem_lines, run_check, strict_build

NEW_NEWS = ROOT / "scripts" / "new_news.py"
NEW_PAGE = ROOT / "scripts" / "new_page.py"
NEWS_ARGS = [
    "--date",
    "2025-06-03",
    "--slug",
    "ievelesana",
    "--title-lv",
    "Latvija ievēlēta: jauns posms",
    "--title-en",
    "Latvia elected: a new chapter",
]
NEWS_FILES = [f"docs/{lang}/jaunumi/2025-06-03-ievelesana.md" for lang in ("lv", "en")]
PAGE_FILES = [f"docs/{lang}/prioritates/jauna-lapa.md" for lang in ("lv", "en")]
TOP_PAGE_FILES = [f"docs/{lang}/par-vietni.md" for lang in ("lv", "en")]


def run(script: Path, root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(script), "--root", str(root), *args], capture_output=True, text=True
    )


def front_matter(file: Path) -> dict:
    return get_data(file.read_text(encoding="utf-8"))[1]


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory):
    """A copy of the sources with one scaffolded news item and two scaffolded pages."""
    root = copy_sources(tmp_path_factory.mktemp("scaffold"))
    config_before = (root / "mkdocs.yml").read_text(encoding="utf-8")
    results = [
        run(NEW_NEWS, root, *NEWS_ARGS),
        run(
            NEW_PAGE,
            root,
            "--path",
            "prioritates/jauna-lapa",
            "--title-lv",
            "Jauna lapa",
            "--title-en",
            "New page",
        ),
        run(
            NEW_PAGE, root, "--path", "par-vietni", "--title-lv", "Par vietni", "--title-en", "About the site"
        ),
    ]
    for result in results:
        assert result.returncode == 0, result.stderr

    class Scaffolded:
        pass

    Scaffolded.root = root
    Scaffolded.config_before = config_before
    Scaffolded.build = strict_build(root)
    Scaffolded.check = run_check(root)
    return Scaffolded


def test_news_item_has_valid_front_matter_in_both_languages(scaffolded):
    titles = {"lv": "Latvija ievēlēta: jauns posms", "en": "Latvia elected: a new chapter"}
    for path in NEWS_FILES:
        lang = path.split("/")[1]
        meta = front_matter(scaffolded.root / path)
        assert meta["title"] == titles[lang]
        assert meta["date"] == dt.date(2025, 6, 3)
        assert meta["description"].startswith("TODO")
        text = (scaffolded.root / path).read_text(encoding="utf-8")
        assert f"# {titles[lang]}" in text
        assert re.search(r"^TODO: ", text, re.M), "the body placeholder is marked as to do"


def test_page_has_valid_front_matter_in_both_languages(scaffolded):
    for path in PAGE_FILES + TOP_PAGE_FILES:
        meta = front_matter(scaffolded.root / path)
        assert meta["title"] and meta["description"].startswith("TODO"), path


def test_new_pages_are_added_to_the_nav_and_nothing_else_changes(scaffolded):
    after = (scaffolded.root / "mkdocs.yml").read_text(encoding="utf-8")
    diff = [
        line
        for line in difflib.ndiff(scaffolded.config_before.splitlines(), after.splitlines())
        if line.startswith(("+ ", "- "))
    ]
    # comments, quotes and !ENV tags survive: only the two nav lines are new
    assert diff == ["+       - prioritates/jauna-lapa.md", "+   - par-vietni.md"], diff

    nav = yaml.load(after, Loader=yaml.BaseLoader)["nav"]  # BaseLoader: !ENV stays a plain value
    priorities = next(item["Prioritātes"] for item in nav if isinstance(item, dict) and "Prioritātes" in item)
    assert priorities[-1] == "prioritates/jauna-lapa.md"
    assert nav[-1] == "par-vietni.md"


def test_scaffolded_tree_passes_the_strict_build(scaffolded):
    assert scaffolded.build.returncode == 0, scaffolded.build.stderr
    site = scaffolded.root / "_site"
    for built in (
        "jaunumi/2025-06-03-ievelesana",
        "en/jaunumi/2025-06-03-ievelesana",
        "prioritates/jauna-lapa",
        "en/prioritates/jauna-lapa",
        "par-vietni",
        "en/par-vietni",
    ):
        assert (site / built / "index.html").exists(), built
    # the new page is in the navigation of the other pages
    assert 'href="prioritates/jauna-lapa/"' in (site / "index.html").read_text(encoding="utf-8")


def test_content_check_refuses_the_placeholders_and_names_them(scaffolded):
    assert scaffolded.check.returncode == 1
    lines = problem_lines(scaffolded.check.stdout)
    for path in NEWS_FILES + PAGE_FILES + TOP_PAGE_FILES:
        file = scaffolded.root / path
        todo_lines = [n for n, t in enumerate(file.read_text(encoding="utf-8").split("\n"), 1) if "TODO" in t]
        reported = [line for line in lines if line.startswith(f"{path}:")]
        assert todo_lines, path
        assert sorted(int(line.split(":")[1]) for line in reported) == todo_lines, reported
        # TODOs are the only thing wrong with a fresh scaffold
        assert all("Vietturis 'TODO'" in line for line in reported), reported


def test_news_refuses_to_overwrite(scaffolded):
    file = scaffolded.root / NEWS_FILES[0]
    before = file.read_text(encoding="utf-8")
    result = run(NEW_NEWS, scaffolded.root, *NEWS_ARGS)
    assert result.returncode == 1
    assert "netiek pārrakstīts" in result.stderr and "not overwriting" in result.stderr
    assert file.read_text(encoding="utf-8") == before


def test_page_refuses_to_overwrite(scaffolded):
    config = (scaffolded.root / "mkdocs.yml").read_text(encoding="utf-8")
    result = run(NEW_PAGE, scaffolded.root, "--path", "kontakti", "--title-lv", "X", "--title-en", "Y")
    assert result.returncode == 1
    assert (scaffolded.root / "mkdocs.yml").read_text(encoding="utf-8") == config


@pytest.mark.parametrize(
    "date,slug",
    [
        ("2025-02-30", "ievelesana"),  # no such day
        ("2025-6-3", "ievelesana"),  # not YYYY-MM-DD
        ("03.06.2025", "ievelesana"),
        ("2025-06-04", "Ievēlēšana"),  # capitals and diacritics
        ("2025-06-04", "ieveles ana"),
        ("2025-06-04", "-ievelesana"),
    ],
)
def test_news_validates_date_and_slug(tmp_path, date, slug):
    (tmp_path / "docs").mkdir()
    result = run(NEW_NEWS, tmp_path, f"--date={date}", f"--slug={slug}", "--title-lv", "A", "--title-en", "B")
    assert result.returncode == 1
    assert "GGGG-MM-DD" in result.stderr or "mazie latīņu burti" in result.stderr
    assert not list((tmp_path / "docs").rglob("*.md"))


@pytest.mark.parametrize("path", ["Prioritates/Jauna", "prioritātes/jauna", "jaunumi/zina", "a//b", ""])
def test_page_validates_path(tmp_path, path):
    copy = copy_sources(tmp_path)
    config = (copy / "mkdocs.yml").read_text(encoding="utf-8")
    before = sorted(p.relative_to(copy) for p in (copy / "docs").rglob("*.md"))
    result = run(NEW_PAGE, copy, f"--path={path}", "--title-lv", "A", "--title-en", "B")
    assert result.returncode == 1
    assert sorted(p.relative_to(copy) for p in (copy / "docs").rglob("*.md")) == before
    assert (copy / "mkdocs.yml").read_text(encoding="utf-8") == config


def test_values_with_quotes_and_colons_survive_the_front_matter(tmp_path):
    copy = copy_sources(tmp_path)
    title_lv, title_en = 'Latvija: "Kopā mieram" \\ 2026', 'Latvia\'s voice: "together" for peace'
    result = run(
        NEW_NEWS,
        copy,
        "--date",
        "2026-11-20",
        "--slug",
        "pedinas",
        "--title-lv",
        title_lv,
        "--title-en",
        title_en,
    )
    assert result.returncode == 0, result.stderr
    for lang, title in (("lv", title_lv), ("en", title_en)):
        meta = front_matter(copy / f"docs/{lang}/jaunumi/2026-11-20-pedinas.md")
        assert meta["title"] == title and meta["date"] == dt.date(2026, 11, 20)


def test_a_missing_module_leaves_no_file_behind(tmp_path):
    """Outside the project's environment (no ruamel.yaml) the scaffold stops before writing."""
    copy = copy_sources(tmp_path / "copy")
    blocker = tmp_path / "blocker" / "ruamel"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('hidden by the test', name='ruamel')\n")
    config = (copy / "mkdocs.yml").read_text(encoding="utf-8")
    before = sorted(p.relative_to(copy) for p in (copy / "docs").rglob("*"))
    for script, args in (
        (NEW_PAGE, ["--path", "uz-mirkli", "--title-lv", "A", "--title-en", "B"]),
        (NEW_NEWS, NEWS_ARGS),
    ):
        result = subprocess.run(
            [sys.executable, str(script), "--root", str(copy), *args],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(blocker.parent)},
        )
        assert result.returncode != 0
        assert "make page" in result.stderr and "ruamel" in result.stderr, result.stderr
    assert sorted(p.relative_to(copy) for p in (copy / "docs").rglob("*")) == before
    assert (copy / "mkdocs.yml").read_text(encoding="utf-8") == config


def test_a_broken_mkdocs_yml_leaves_no_page_behind(tmp_path):
    copy = copy_sources(tmp_path)
    (copy / "mkdocs.yml").write_text("nav:\n  - index.md\n bad: [\n", encoding="utf-8")
    result = run(NEW_PAGE, copy, "--path", "jauna", "--title-lv", "A", "--title-en", "B")
    assert result.returncode == 1 and "mkdocs.yml" in result.stderr
    assert not list((copy / "docs").rglob("jauna.md"))


def make(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`make …` in a copy, as an editor types it: arguments as separate words, no shell in between;
    the copy's environment is this test run's (`setup` taken as done, PYTHON the running one)."""
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "-o",
            ".venv/.installed",
            f"PYTHON={sys.executable}",
            *args,
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env=env if env is not None else os.environ,
    )


TRICKY_LV = 'Palīdzība $100 miljonu apmērā: „Kopā” un "citāts" ar $(shell) un `ls`'
TRICKY_EN = 'Aid of $100 million: "Together", „quoted” and $$ with $(shell) and `ls`'


def test_make_hands_titles_with_dollars_and_quotes_to_the_scaffold_as_typed(tmp_path):
    """`make news lv=…` with `$`, straight and Latvian quotes: the item's titles are what was typed
    (make once ate `$1`, and a `"` broke the shell's quoting with argparse's English error)."""
    root = copy_sources(tmp_path)
    result = make(root, "news", "date=2026-12-20", "slug=palidziba", f"lv={TRICKY_LV}", f"en={TRICKY_EN}")
    assert result.returncode == 0, result.stdout + result.stderr
    for lang, typed in (("lv", TRICKY_LV), ("en", TRICKY_EN)):
        assert front_matter(root / f"docs/{lang}/jaunumi/2026-12-20-palidziba.md")["title"] == typed
    # the same through the vote scaffold, whose titles are the subject (data/votes.yml)
    result = make(
        root,
        "vote",
        "date=2026-03-11",
        f"lv={TRICKY_LV}",
        f"en={TRICKY_EN}",
        "vote=against",
        "outcome=not-adopted",
        "for=4",
        "against=2",
        "abstain=9",
        "absent=0",
        "submitted_lv=Pārbaudes valsts",
        "submitted_en=Test State",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [entry] = yaml.safe_load((root / "data/votes.yml").read_text(encoding="utf-8"))[-1:]
    assert entry["subject"] == {"lv": TRICKY_LV, "en": TRICKY_EN}
    assert entry["submitted_by"] == {"lv": "Pārbaudes valsts", "en": "Test State"} and "draft" not in entry


def test_a_refused_scaffold_ends_without_makes_error_line(tmp_path):
    """A bad value or a missing one: the scaffold's Latvian-first message is the last word, not
    make's `*** Error` line, and nothing is written."""
    root = copy_sources(tmp_path)
    before = sorted(p.relative_to(root) for p in (root / "docs").rglob("*"))
    for args, words in (
        (("news", "date=2026-12-32", "slug=x", "lv=A", "en=B"), "Nederīgs datums"),
        (("news", "date=2026-12-20", "lv=A", "en=B"), "Trūkst: slug=…"),
        (("page", "path=jauna", 'lv=Ar "pēdiņām"'), "Trūkst: en=…"),
    ):
        result = make(root, *args)
        assert result.returncode != 0, args
        assert words in result.stderr, result.stderr
        assert "***" not in result.stdout + result.stderr and "Error" not in result.stderr, result.stderr
        assert "usage:" not in result.stderr  # no argparse English
    assert sorted(p.relative_to(root) for p in (root / "docs").rglob("*")) == before


def test_make_check_and_the_scaffolds_need_no_node(tmp_path):
    """An editor's machine has Python, make and git: `make check` and `make news` work on a PATH
    with only those (and sh and coreutils), without node and npm; only `make test` needs npm."""
    import shutil

    root = copy_sources(tmp_path / "copy")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tools = ["make", "git", "sh", "bash", "env", "cat", "ls", "cp", "mkdir", "rm", "touch", "kill", "uname"]
    for tool in tools:
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    path = f"{Path(sys.executable).parent}:{bin_dir}"
    env = {key: value for key, value in os.environ.items() if key != "PATH"} | {"PATH": path}
    assert shutil.which("node", path=path) is None and shutil.which("npm", path=path) is None
    # `setup` itself, as make sees it: satisfied by .venv alone (no node_modules in the copy)
    shutil.rmtree(root / "node_modules", ignore_errors=True)
    (root / ".venv").mkdir(exist_ok=True)
    (root / ".venv" / ".installed").touch()
    plan = subprocess.run(["make", "-n", "setup"], cwd=root, capture_output=True, text=True, env=env)
    assert plan.returncode == 0 and "npm" not in plan.stdout, plan.stdout + plan.stderr
    scaffold = make(
        root, "news", "date=2026-12-21", "slug=bez-node", "lv=Bez Node", "en=Without Node", env=env
    )
    assert scaffold.returncode == 0, scaffold.stdout + scaffold.stderr
    (root / "docs/lv/jaunumi/2026-12-21-bez-node.md").unlink()
    (root / "docs/en/jaunumi/2026-12-21-bez-node.md").unlink()
    check = make(root, "check", env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "npm" not in check.stdout + check.stderr and "node" not in check.stderr.lower()
