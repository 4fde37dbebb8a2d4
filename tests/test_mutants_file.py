"""tests/mutants.yml, the list scripts/mutants.py runs: well-formed, and every mutant's original
snippet still occurs exactly once in its file, so that no mutant silently tests nothing after the
code it mutates has changed. (The mutation run itself is run by hand: developers/testing.md, "Mutation run".)"""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import mutants  # noqa: E402

LIST = mutants.load_mutants()


def test_every_mutant_is_well_formed_and_matches_exactly_once():
    assert mutants.problems(LIST) == []


def test_the_list_covers_every_kind_of_source():
    files = [mutant.file for mutant in LIST]
    assert len(LIST) >= 40
    assert any(f.startswith("latvijaano/") and f.endswith(".py") for f in files)
    assert any(f.startswith("overrides/") and f.endswith((".html", ".xml")) for f in files)
    assert any(f.endswith(".css") for f in files)
    assert any(f.startswith("overrides/assets/javascripts/lunr/") and f.endswith(".js") for f in files)


def test_a_rotten_snippet_is_reported_and_refused(tmp_path):
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "x.py").write_text("a = 1\na = 1\n", encoding="utf-8")
    base = mutants.Mutant("x", "hooks/x.py", "a = 1", "a = 2", ["tests/test_x.py"], "a slip")
    twice = mutants.problems([base], tmp_path)
    assert twice and "occurs 2 times" in twice[0]
    gone = mutants.problems([replace(base, original="b = 1")], tmp_path)
    assert gone and "occurs 0 times" in gone[0]
    with pytest.raises(RuntimeError, match="occurs 2 times"):
        mutants.apply(base, tmp_path)
    assert mutants.problems([base, replace(base, original="a = 1\na")], tmp_path)[-1].endswith("used twice")


def test_a_mutant_is_applied_in_place(tmp_path):
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "x.py").write_text("if today > end:\n    pass\n", encoding="utf-8")
    mutant = mutants.Mutant("x", "hooks/x.py", "today > end", "today >= end", ["tests/test_x.py"], "a slip")
    mutants.apply(mutant, tmp_path)
    assert (tmp_path / "hooks" / "x.py").read_text(encoding="utf-8") == "if today >= end:\n    pass\n"


# The modules meetings, votes, open data, calendars, the security policy and the search worker
# added (issue 40): at least five realistic slips each, so that a thin list cannot pass for a
# good kill rate. A folder (ending in '/') counts the slips of all its files: a module that was
# split into a package keeps its five.
FIVE_EACH = (
    "latvijaano/meetings/",
    "latvijaano/outputs/calendar.py",
    "latvijaano/votes/",
    "latvijaano/votes/register.py",
    "latvijaano/outputs/open_data.py",
    "latvijaano/outputs/csp.py",
    "overrides/assets/javascripts/lunr/staged-index.js",
    "overrides/assets/javascripts/lunr/query-ranking.js",
    "overrides/assets/javascripts/lunr/query-stemming.js",
    "overrides/assets/javascripts/lunr/min/lunr.lv.min.js",
)


@pytest.mark.parametrize("module", FIVE_EACH)
def test_the_record_s_modules_have_five_mutants_each(module):
    inside = module.endswith("/")
    assert sum(mutant.file.startswith(module) if inside else mutant.file == module for mutant in LIST) >= 5, (
        module
    )
