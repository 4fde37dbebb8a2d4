"""The data files a page shows through a `<!-- data: NAME -->` marker of latvijaano/data/data_pages.py
(timeline, missions, representations, council, membership): each read and checked once per build.

`load_data_sets` reads and checks them all (every problem of every file, then stop); the build keeps
the result in its context (`build_context.current().state["data_sets"]`), so that any module of the
build asks `data_set(name)` for a file instead of reading it again.
"""

from __future__ import annotations

from pathlib import Path

from latvijaano import build_context, site_context
from latvijaano.data.council import council_problems, member_label
from latvijaano.data.membership import membership_problems
from latvijaano.data.timeline import link_problems, timeline_order_problems
from latvijaano.data.yaml_schema import DataSet, load_schema, load_yaml, schema_problems
from latvijaano.problems import Problem, ProblemsError, fail

DATA_SETS = ("timeline", "missions", "representations", "council", "membership")
STATE = "data_sets"  # build_context.current().state key: {name: DataSet}


def load_data_sets(root: Path, docs_dir: Path) -> dict[str, DataSet]:
    data_sets, problems = {}, []
    for name in DATA_SETS:
        source = f"data/{name}.yml"
        path = root / source
        if not path.is_file():
            raise ProblemsError(
                [
                    Problem(
                        source,
                        1,
                        "fails trūkst — atjaunojiet to (piemēram, no git vēstures)",
                        "the file is missing — restore it (e.g. from the git history)",
                    )
                ]
            )
        try:
            entries, node = load_yaml(site_context.read_data_text(path, source), source)
        except ProblemsError as error:  # not UTF-8, or not YAML: the other files are still checked
            problems += error.problems
            continue
        label = member_label if name == "council" else None
        found = schema_problems(entries, node, load_schema(name, root), source, label=label)
        data_set = DataSet(name, source, entries, node)
        if name == "timeline" and isinstance(entries, list):
            found += link_problems(data_set, docs_dir)
            if not found:  # the order is only meaningful once every date is valid
                found += timeline_order_problems(data_set)
        elif name == "council" and not found:  # counts and terms need entries the schema accepted
            found += council_problems(data_set)
        elif name == "membership" and not found:
            found += membership_problems(data_set, docs_dir)
        problems += found
        data_sets[name] = data_set
    fail(problems)
    return data_sets


def keep(data_sets: dict[str, DataSet]) -> None:
    """This build's data sets, loaded once (latvijaano/data/data_pages.py, on_config)."""
    build_context.current().state[STATE] = data_sets


def data_set(name: str) -> DataSet:
    """The data set `name` of the build that is running, as loaded and checked in its on_config."""
    return build_context.current().state[STATE][name]
