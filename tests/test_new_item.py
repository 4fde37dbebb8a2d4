"""The "New item" workflow's inputs → the scaffold (scripts/new_item.py), as the workflow runs it.

.github/workflows/new-item.yml hands its inputs, as JSON, to scripts/new_item.py, which runs the
kind's scaffold: its boxes, and the `details` box's key=value pairs for the fields of one kind.
News items, statements, meetings, votes and pages are scaffolded for real in a copy; a meeting's
command line is also checked option by option.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT
from test_content_checks import copy_sources

sys.path.insert(0, str(ROOT / "scripts"))
import new_item  # noqa: E402

NEW_ITEM = ROOT / "scripts" / "new_item.py"
WORKFLOW = ROOT / ".github" / "workflows" / "new-item.yml"


def run(root, inputs: dict, tmp_path) -> tuple[subprocess.CompletedProcess, str, str]:
    output, summary = tmp_path / "output", tmp_path / "summary"
    output.write_text("")
    summary.write_text("")
    result = subprocess.run(
        [sys.executable, str(NEW_ITEM), "--root", str(root), "--inputs", json.dumps(inputs)],
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary)},
    )
    return result, output.read_text(encoding="utf-8"), summary.read_text(encoding="utf-8")


def workflow_inputs(**given) -> dict:
    """Every input of the workflow, as GitHub passes them: empty strings for those left empty."""
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = data.get("on", data.get(True))
    return {name: given.get(name, "") for name in on["workflow_dispatch"]["inputs"]}


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    return copy_sources(tmp_path_factory.mktemp("new-item"))


def test_every_kind_has_a_scaffold_and_the_workflow_offers_each():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    inputs = data.get("on", data.get(True))["workflow_dispatch"]["inputs"]
    # GitHub refused a workflow_dispatch form with more than 10 inputs (its documented limit)
    assert len(inputs) <= 10, f"{len(inputs)} inputs"
    assert inputs["kind"]["options"] == list(new_item.SCAFFOLDS)
    # the kinds `make` offers are the form's (one script behind both)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    [targets] = re.findall(r"^((?:\w+ )*news(?: \w+)*): setup$", makefile, flags=re.M)
    assert set(targets.split()) == set(new_item.SCAFFOLDS)
    # each box the mapping reads is one the form has, and the reverse; the rest goes into details
    read = {key for _, options in new_item.SCAFFOLDS.values() for key, _, _ in options}
    assert set(new_item.FORM_BOXES) <= read
    assert set(inputs) == {"kind", "details", *new_item.FORM_BOXES}


def test_the_workflow_runs_the_one_script_with_its_inputs():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = data["jobs"]["new-item"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert [run for run in runs if "scripts/" in run] == ['python scripts/new_item.py --inputs "$INPUTS"']
    item = next(step for step in steps if "new_item.py" in step.get("run", ""))
    assert item["env"]["INPUTS"] == "${{ toJSON(inputs) }}"  # no input is pasted into the shell
    pull = next(step for step in steps if step.get("uses", "").startswith("peter-evans/create-pull-request@"))
    assert pull["with"]["branch"] == "${{ steps.item.outputs.branch }}"
    assert steps.index(pull) > steps.index(item)


def test_a_meeting_gets_the_command_line_of_new_meeting(tmp_path):
    inputs = workflow_inputs(
        kind="meeting",
        date="2025-11-14",
        slug="darba-metodes",
        title_lv="Atklātās debates par darba metodēm",
        title_en="Open debate on working methods",
        details="format=open-debate; role=speaks; record=S/PV.10043; number=10043",
    )
    command = new_item.scaffold_command(*new_item.form_fields(inputs))
    assert command == [
        sys.executable,
        str(ROOT / "scripts" / "new_meeting.py"),
        "--date",
        "2025-11-14",
        "--slug",
        "darba-metodes",
        "--title-lv",
        "Atklātās debates par darba metodēm",
        "--title-en",
        "Open debate on working methods",
        "--format",
        "open-debate",
        "--role",
        "speaks",
        "--number",
        "10043",
        "--record",
        "S/PV.10043",
    ]
    # the optional ones, when given, in the scaffold's own words
    more = new_item.scaffold_command(
        *new_item.form_fields(
            {
                **inputs,
                "agenda_lv": "Darba metodes; un vēl",
                "agenda_en": "Working methods",
                "details": "format=open-debate; role=presides,speaks; time=10:00",
            }
        )
    )
    assert more[more.index("--time") + 1] == "10:00"
    assert more[more.index("--role") + 1] == "presides,speaks"
    assert more[more.index("--agenda-lv") + 1] == "Darba metodes; un vēl"  # its own box: `;` is text
    assert more[more.index("--agenda-en") + 1] == "Working methods"


def test_a_meeting_is_scaffolded_into_the_meetings_data(copy, tmp_path):
    import yaml as yaml_module

    result, output, _ = run(
        copy,
        workflow_inputs(
            kind="meeting",
            date="2027-03-10",
            slug="parbaudes-sanaksme",
            title_lv="Pārbaudes sanāksme",
            title_en="Test meeting",
            details="format=briefing; role=speaks,presides",
        ),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    meetings = yaml_module.safe_load((copy / "data" / "meetings.yml").read_text(encoding="utf-8"))
    added = next(m for m in meetings if m["id"] == "2027-03-10-parbaudes-sanaksme")
    assert added["format"] == "briefing" and set(added["roles"]) == {"speaks", "presides"}
    assert "branch=new-item/meeting-2027-03-10-parbaudes-sanaksme" in output


def test_a_statements_type_delivery_and_meeting_reach_its_scaffold():
    inputs = workflow_inputs(
        kind="statement",
        date="2026-12-10",
        slug="balsojums",
        title_lv="V",
        title_en="T",
        details="priorities=women; source=https://example.org/; meeting=2025-11-14-x; "
        "type=explanation-of-vote; timing=after; delivery=check-against-delivery",
    )
    command = new_item.scaffold_command(*new_item.form_fields(inputs))
    for option, value in (
        ("--meeting", "2025-11-14-x"),
        ("--type", "explanation-of-vote"),
        ("--vote-timing", "after"),
        ("--delivery", "check-against-delivery"),
    ):
        assert command[command.index(option) + 1] == value


def test_a_news_item_is_scaffolded_with_the_pull_requests_branch(copy, tmp_path):
    result, output, summary = run(
        copy,
        workflow_inputs(
            kind="news", date="2026-12-10", slug="jauna-zina", title_lv="Jauna ziņa", title_en="New item"
        ),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    for lang in ("lv", "en"):
        assert (copy / f"docs/{lang}/jaunumi/2026-12-10-jauna-zina.md").is_file()
    assert "branch=new-item/news-2026-12-10-jauna-zina" in output
    assert "title=Jaunums / News: Jauna ziņa" in output
    assert "docs/lv/jaunumi/2026-12-10-jauna-zina.md" in summary and "Files changed" in summary
    assert "`make check`" in result.stdout  # the scaffold points to the command editors know


def test_a_statement_is_scaffolded_with_its_own_fields(copy, tmp_path):
    result, output, _ = run(
        copy,
        workflow_inputs(
            kind="statement",
            date="2026-12-11",
            slug="runa",
            title_lv="Runa",
            title_en="Speech",
            details="priorities=women,working-methods; source=https://example.org/statement",
        ),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = (copy / "docs/en/pazinojumi/2026-12-11-runa.md").read_text(encoding="utf-8")
    assert "https://example.org/statement" in text and "working-methods" in text


def test_a_page_is_scaffolded_at_its_path(copy, tmp_path):
    result, output, _ = run(
        copy,
        workflow_inputs(
            kind="page", path="prioritates/no-formas", title_lv="No formas", title_en="From the form"
        ),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (copy / "docs/lv/prioritates/no-formas.md").is_file()
    assert "branch=new-item/page-prioritates-no-formas" in output


@pytest.mark.parametrize(
    "inputs, words",
    [
        ({"kind": "news", "date": "2026-12-32", "slug": "x"}, "GGGG-MM-DD"),
        ({"kind": "news", "date": "2026-12-12", "slug": "Ar Atstarpēm"}, "Nederīgs nosaukums"),
        (
            {"kind": "statement", "date": "2026-12-12", "slug": "bez-adreses", "details": "priorities=women"},
            "Nav aizpildīts: details: source=…",
        ),
        (
            {
                "kind": "statement",
                "date": "2026-12-12",
                "slug": "slikta-prioritate",
                "details": "priorities=peace-keeping; source=https://example.org/s",
            },
            "peace-keeping",
        ),
        ({"kind": "vote", "date": "2026-12-12", "details": "vote in-favour"}, "nav formā atslēga=vērtība"),
        (
            {"kind": "vote", "date": "2026-12-12", "details": "vote=in-favour for=13"},
            "atdaliet tos ar semikolu",
        ),
        ({"kind": "vote", "date": "2026-12-12", "details": "votes=in-favour"}, "Laukā details ir „votes”"),
        ({"kind": "vote", "date": "2026-12-12", "details": "vote=abstain; vote=against"}, "ir divreiz"),
        ({"kind": "news", "date": "2026-12-12", "details": "slug=x"}, "savā formas laukā"),
        (
            {
                "kind": "vote",
                "date": "2026-12-12",
                "details": "vote=in-favour; outcome=adopted; for=13; against=0; abstain=2; absent=1",
            },
            "15",
        ),
    ],
)
def test_a_bad_input_fails_with_the_scaffolds_own_message_and_writes_nothing(copy, tmp_path, inputs, words):
    before = sorted(p.relative_to(copy).as_posix() for p in (copy / "docs").rglob("*.md"))
    result, output, summary = run(
        copy, workflow_inputs(title_lv="Virsraksts", title_en="Title", **inputs), tmp_path
    )
    assert result.returncode != 0
    assert words in result.stderr and words in summary
    assert output == ""  # no branch: the workflow stops before opening a pull request
    assert sorted(p.relative_to(copy).as_posix() for p in (copy / "docs").rglob("*.md")) == before


def test_an_unknown_kind_is_refused_in_both_languages(tmp_path):
    result, output, _ = run(ROOT, {"kind": "podcast"}, tmp_path)
    assert (
        result.returncode == 2
        and "Nezināms veids 'podcast'" in result.stderr
        and "Unknown kind" in result.stderr
    )
    assert output == ""


def test_a_vote_is_scaffolded_from_the_form_into_the_register(copy, tmp_path):
    """The vote's own fields come through `details`; its subject through the title boxes."""
    result, output, summary = run(
        copy,
        workflow_inputs(
            kind="vote",
            date="2026-03-12",
            title_lv="Pārbaudes temats",
            title_en="Test subject",
            agenda_lv="Darba kārtība",
            agenda_en="Agenda",
            details="draft=S/2026/9123; vote=in-favour; outcome=adopted; for=13; against=0; abstain=2; "
            "absent=0; resolution=S/RES/2999 (2026)",
        ),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    [entry] = yaml.safe_load((copy / "data" / "votes.yml").read_text(encoding="utf-8"))[-1:]
    assert entry["draft"] == "S/2026/9123" and entry["resolution"] == "S/RES/2999 (2026)"
    assert entry["subject"] == {"lv": "Pārbaudes temats", "en": "Test subject"}
    assert entry["agenda_item"] == {"lv": "Darba kārtība", "en": "Agenda"}
    assert (entry["in_favour"], entry["against"], entry["abstentions"], entry["not_voting"]) == (13, 0, 2, 0)
    assert "branch=new-item/vote-2026-03-12-s-2026-9123" in output
    assert "title=Balsojums / Vote: Pārbaudes temats" in output
