"""A scratch copy in which an editor has recorded votes: shared by tests/test_votes.py and
tests/test_open_data.py (one build per test process, `voted` is session-scoped).

What the editor does, with the scaffolds, as CONTRIBUTING.md tells them:
- an explanation of vote (after the vote), `make statement … type=explanation-of-vote timing=after`;
- a joint statement, published before it is delivered (check-against-delivery), a year earlier;
- two votes, `make vote …`: one adopted, in favour, explained by that statement; one not adopted
  (a permanent member against: the reason is derived), Latvia abstaining, without explanation;
- two votes of one day whose sources give no draft symbol (`make vote` without draft=, with who
  submitted the draft): one adopted (its resolution's symbol known), one not adopted with no symbol
  at all, Latvia against, explained by the same statement.
All of it synthetic, in the copy only; expectations are read back from the copy's sources.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site, free_port

sys.path.insert(0, str(ROOT / "scripts"))
from new_statement import create_statement  # noqa: E402
from new_vote import add_vote  # noqa: E402
from scratch import copy_repo, ensure_bench_meeting  # noqa: E402

SITE_DATE = "2026-12-04"
EXPLANATION = {"date": "2026-03-12", "slug": "balsojuma-skaidrojums-proba"}
JOINT = {"date": "2025-06-03", "slug": "kopigs-pazinojums-proba"}
GROUP = {"lv": "Pārbaudes grupa", "en": "Test group"}
VOTES = (
    dict(
        date="2026-03-12",
        draft="S/2026/901",
        subject_lv="Pārbaudes temats",
        subject_en="Test subject",
        vote="in-favour",
        outcome="adopted",
        in_favour=13,
        against=0,
        abstentions=2,
        not_voting=0,
        resolution="S/RES/2999 (2026)",
        explanation=f"{EXPLANATION['date']}-{EXPLANATION['slug']}",
        agenda_lv="Pārbaudes darba kārtības punkts",
        agenda_en="Test agenda item",
    ),
    dict(
        date="2026-02-01",
        draft="S/2026/902",
        subject_lv="Otrs pārbaudes temats",
        subject_en="Second test subject",
        vote="abstention",
        outcome="not-adopted",
        in_favour=11,
        against=1,
        abstentions=3,
        not_voting=0,
    ),
    dict(
        date="2026-03-10",
        draft=None,
        resolution="S/RES/2998 (2026)",
        subject_lv="Trešais pārbaudes temats",
        subject_en="Third test subject",
        submitted_lv="Pārbaudes valsts",
        submitted_en="Test State",
        vote="in-favour",
        outcome="adopted",
        in_favour=13,
        against=0,
        abstentions=2,
        not_voting=0,
    ),
    dict(
        date="2026-03-10",
        draft=None,
        subject_lv="Ceturtais pārbaudes temats",
        subject_en="Fourth test subject",
        submitted_lv="Otrā pārbaudes valsts",
        submitted_en="Second Test State",
        vote="against",
        outcome="not-adopted",
        in_favour=4,
        against=2,
        abstentions=9,
        not_voting=0,
        explanation=f"{EXPLANATION['date']}-{EXPLANATION['slug']}",
    ),
)
TEXTS = {
    "lv": {
        "description": "Pārbaudes paziņojums balsojumu testiem: tas nav īsts paziņojums.",
        "meeting": "Pārbaudes sanāksme",
        "speaker": "Pārbaudes runātāja",
        "body": (
            "Šis ir pārbaudes paziņojums, ko testi izveido ar sastatni un aizpilda paši, lai redzētu "
            "balsojumu reģistru, paziņojuma veidu un atvērtos datus visās vietās, kur tiem jābūt. Tajā "
            "nav neviena īsta fakta, un tas nekad nenonāk publicētajā vietnē; tikai testu kopijā."
        ),
    },
    "en": {
        "description": "A test statement for the votes tests: this is not a real statement.",
        "meeting": "Test meeting",
        "speaker": "Test speaker",
        "body": (
            "This is a test statement that the tests create with the scaffold and fill in themselves, to "
            "see the votes register, the statement's type and the open data everywhere they belong. It "
            "holds no real fact, and it never reaches the published site; only the tests' copy."
        ),
    },
}


def expected_ids(entries: list) -> list[str]:
    """Each register entry's id by the documented rule (latvijaano/votes/register.py, latvijaano/votes/model.py), written out here,
    not taken from the hook: the draft's symbol, else the resolution's, else the day and the entry's
    place among that day's entries without either (2026-03-10-1)."""
    ids, unnamed = [], {}
    for entry in entries:
        symbol = entry.get("draft") or entry.get("resolution")
        if symbol:
            ids.append(symbol)
        else:
            day = str(entry["date"])
            unnamed[day] = unnamed.get(day, 0) + 1
            ids.append(f"{day}-{unnamed[day]}")
    return ids


def expected_anchors(entries: list) -> list[str]:
    """Each entry's row id on balsojumi/: its id with '/', ' ', '(' and ')' as '-' (S-RES-2998-2026)."""
    return [re.sub(r"[/ ()]+", "-", vote_id).strip("-") for vote_id in expected_ids(entries)]


def fill_in(path: Path, lang: str, suffix: str) -> None:
    """Replace the scaffold's TODO placeholders, as an editor would."""
    text = path.read_text(encoding="utf-8")
    for key in ("description", "speaker"):
        value = TEXTS[lang][key] + (f" ({suffix})" if key == "description" else "")
        text = re.sub(rf'^{key}: ".*"$', f'{key}: "{value}"', text, flags=re.M)
    text = re.sub(r'^on_behalf_of: ".*"$', f'on_behalf_of: "{GROUP[lang]}"', text, flags=re.M)
    text = re.sub(r"^TODO:.*$", TEXTS[lang]["body"], text, flags=re.M)
    assert "TODO" not in text
    path.write_text(text, encoding="utf-8")


def priority_keys(root: Path) -> list[str]:
    return [
        entry["key"]
        for entry in yaml.safe_load((root / "data" / "priorities.yml").read_text(encoding="utf-8"))
    ]


def record_votes(project: Path) -> None:
    keys = priority_keys(project)[:2]  # two: a list field with more than one value (CSV joins them)
    for spec, kind, delivery, timing in (
        (EXPLANATION, "explanation-of-vote", "as-delivered", "after"),
        (JOINT, "joint-statement", "check-against-delivery", None),
    ):
        created = create_statement(
            project,
            spec["date"],
            spec["slug"],
            f"Pārbaude {spec['date']}",
            f"Test {spec['date']}",
            keys,
            "https://example.org/statement",
            meeting=ensure_bench_meeting(project),
            kind=kind,
            delivery=delivery,
            vote_timing=timing,
        )
        for path in created:
            fill_in(path, path.relative_to(project / "docs").parts[0], spec["slug"])
    for vote in VOTES:
        add_vote(project, **vote)


@pytest.fixture(scope="session")
def voted(tmp_path_factory):
    """{"repo": the copy's sources, "site": its strict build, "url": the build's site_url}."""
    base = tmp_path_factory.mktemp("votes")
    project = copy_repo(base / "repo")
    record_votes(project)
    url = f"http://127.0.0.1:{free_port()}/"
    result = build_site(project, base / "site", url, env={"SITE_DATE": SITE_DATE})
    assert result.returncode == 0, result.stdout + result.stderr
    return {"repo": project, "site": base / "site", "url": url}
