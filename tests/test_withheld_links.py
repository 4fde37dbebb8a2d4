"""A dead link in a page the build leaves out is reported now, not the day the page appears
(issue 38; latvijaano/rules/withheld_links.py): the votes page of an empty register, in the
content check and in the strict build, live and preview, at the link's line, once.

A draft's and a scheduled item's dead links are cases of tests/test_editor_messages.py. Here, the
preview: it builds the draft, so mkdocs' own check reports its dead link, and the rule for left-out
pages must not report it a second time.
"""

from __future__ import annotations

import re

import pytest
from conftest import free_port
from local_site import build as build_site
from test_content_checks import append, copy_sources, edit, line_number, page, problem_lines, run_check

from latvijaano.votes.pages import PAGE, left_out_of

pytestmark = pytest.mark.long(15)  # see conftest.pytest_collection_modifyitems


def empty_register(root):
    """data/votes.yml with its explanations and no entry."""
    votes = root / "data" / "votes.yml"
    lines = votes.read_text(encoding="utf-8").split("\n")
    first_entry = next(number for number, text in enumerate(lines) if text.startswith("- "))
    votes.write_text("\n".join(lines[:first_entry]) + "\n[]\n", encoding="utf-8")


@pytest.fixture(scope="module")
def withheld(tmp_path_factory):
    root = copy_sources(tmp_path_factory.mktemp("withheld-links"))
    empty_register(root)
    assert PAGE in left_out_of(root)  # the votes page is not built
    votes_page = root / "docs" / "lv" / PAGE
    append(votes_page, "Skatīt arī [balsojumu arhīvu](../balsojumu-arhivs.md).")
    draft = page(root, "melnraksts-prieksskatijuma")
    edit(draft["lv"], lambda t: t.replace("---\n", "---\ndraft: true\n", 1))
    append(draft["lv"], "Skatīt [pārskatu](../nav-tada-parskata.md).")
    expected = {
        "votes": f"docs/lv/{PAGE}:{line_number(votes_page, 'balsojumu-arhivs.md')}: ",
        "draft": f"docs/lv/proba/melnraksts-prieksskatijuma.md:{line_number(draft['lv'], 'nav-tada-parskata.md')}: ",
    }
    url = f"http://127.0.0.1:{free_port()}/"
    return {
        "expected": expected,
        "check": run_check(root),
        "live": build_site(root, root / "_site", url),
        "preview": build_site(root, root / "_preview", url, env={"SITE_PREVIEW": "1"}),
    }


def messages_at(where, output):
    return [line for line in re.findall(r"^(?:WARNING\s+-\s+)?(.+)$", output, re.M) if line.startswith(where)]


def test_a_dead_link_on_the_votes_page_of_an_empty_register_is_named_at_its_line(withheld):
    where = withheld["expected"]["votes"]
    check = withheld["check"]
    lines = [line for line in problem_lines(check.stdout) if line.startswith(where)]
    assert len(lines) == 1, check.stdout
    assert "Saite '../balsojumu-arhivs.md' ved uz lapu, kuras nav" in lines[0]
    assert "points to a page that does not exist" in lines[0].split(" / ")[1]
    assert check.returncode == 1
    for build in ("live", "preview"):
        result = withheld[build]
        assert result.returncode != 0
        assert messages_at(where, result.stdout + result.stderr) == lines, build


def test_a_drafts_dead_link_once_in_the_preview_and_in_the_live_check(withheld):
    where = withheld["expected"]["draft"]
    check = withheld["check"]
    lines = [line for line in problem_lines(check.stdout) if line.startswith(where)]
    assert len(lines) == 1 and "nav-tada-parskata.md' ved uz lapu, kuras nav" in lines[0], check.stdout
    for build in ("live", "preview"):  # left out of the one, built by the other: once in each
        output = withheld[build].stdout + withheld[build].stderr
        assert messages_at(where, output) == lines, (build, output[-3000:])
