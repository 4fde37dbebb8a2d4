"""The register's rules (latvijaano/votes/register.py) at their edges, on synthetic data/votes.yml texts
checked as the build checks them (no build: fast, and the mutation run uses them):

- fifteen votes, not fourteen or sixteen (UN Charter, Art. 23);
- nine in favour adopt a draft, eight do not (Art. 27(3)): "adopted" with nine is right, and a
  draft not adopted with nine in favour was vetoed ("insufficient-votes" is refused), with eight it
  had too few (the reason the build derives when none is given);
- the register newest first (a day's drafts by symbol), each row's anchor made from the draft.
The faults an editor makes away from the edges are tests/test_votes.py's.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from latvijaano.votes import register as votes_register


def entry(
    draft: str,
    in_favour: int,
    against: int = 0,
    abstentions: int = 0,
    outcome: str = "adopted",
    date: str = "2026-05-05",
    reason: str | None = None,
    vote: str = "in-favour",
) -> str:
    not_voting = 15 - in_favour - against - abstentions
    lines = [
        f"- date: {date}",
        f"  draft: {draft}",
        "  subject:",
        '    lv: "Pārbaudes temats"',
        '    en: "Test subject"',
        f"  vote: {vote}",
        f"  outcome: {outcome}",
        f"  in_favour: {in_favour}",
        f"  against: {against}",
        f"  abstentions: {abstentions}",
        f"  not_voting: {not_voting}",
    ]
    if outcome == "adopted":
        lines.insert(2, f'  resolution: "S/RES/{draft.rsplit("/", 1)[1]} ({date[:4]})"')
    if reason:
        lines.append(f"  reason: {reason}")
    return "\n".join(lines) + "\n"


def checked(*entries: str):
    return votes_register.check_text("".join(entries), ROOT, ROOT / "docs")


def messages(*entries: str) -> list[str]:
    return [str(problem) for problem in checked(*entries)[1]]


def test_nine_in_favour_adopt_and_eight_do_not():
    assert messages(entry("S/2026/1", 9, abstentions=6)) == []
    assert any("tikai 8 balsis" in m for m in messages(entry("S/2026/1", 8, abstentions=7)))


def test_without_a_reason_nine_in_favour_not_adopted_is_a_veto_and_eight_too_few():
    votes, problems = checked(
        entry("S/2026/1", 9, against=1, abstentions=5, outcome="not-adopted"),
        entry("S/2026/2", 8, against=1, abstentions=6, outcome="not-adopted"),
    )
    assert problems == []
    assert {vote.draft: vote.reason for vote in votes} == {
        "S/2026/1": "veto",
        "S/2026/2": "insufficient-votes",
    }


def test_insufficient_votes_is_refused_from_nine_in_favour():
    nine = messages(
        entry("S/2026/1", 9, against=1, abstentions=5, outcome="not-adopted", reason="insufficient-votes")
    )
    assert any("insufficient-votes', bet „par” ir 9" in m for m in nine), nine
    assert (
        messages(
            entry("S/2026/1", 8, against=1, abstentions=6, outcome="not-adopted", reason="insufficient-votes")
        )
        == []
    )


@pytest.mark.parametrize("total", [14, 16])
def test_the_counts_add_up_to_fifteen(total):
    text = (
        entry("S/2026/1", 13, abstentions=2)
        .replace("not_voting: 0", f"not_voting: {total - 15}" if total > 15 else "not_voting: 0")
        .replace("abstentions: 2", "abstentions: 1" if total < 15 else "abstentions: 2")
    )
    assert any(f"balsis kopā ir {total}, nevis 15" in m for m in messages(text)), messages(text)
    assert messages(entry("S/2026/1", 13, abstentions=2)) == []


def test_the_register_is_newest_first_and_a_day_by_symbol():
    votes, problems = checked(
        entry("S/2026/1", 13, abstentions=2, date="2026-02-01"),
        entry("S/2026/3", 13, abstentions=2, date="2026-03-01"),
        entry("S/2026/2", 13, abstentions=2, date="2026-03-01"),
    )
    assert problems == []
    assert [vote.draft for vote in votes] == ["S/2026/3", "S/2026/2", "S/2026/1"]
    assert [vote.anchor for vote in votes] == ["S-2026-3", "S-2026-2", "S-2026-1"]


def test_latvias_vote_must_be_among_the_counts():
    assert any("'abstentions' ir 0" in m for m in messages(entry("S/2026/1", 15, vote="abstention")))
    assert messages(entry("S/2026/1", 14, abstentions=1, vote="abstention")) == []
