"""The shape of the code (issue 37), held so that it stays so:
- hooks/*.py only wire mkdocs events to the package latvijaano/ (imports and a docstring, nothing else);
- nothing edits `sys.path` in hooks/ or latvijaano/, and nothing imports a hook file;
- after a real build, every module of the package exists once, under its own name (mkdocs loads
  each hook file under its path; a hook that imported another module by a bare name used to load
  a second copy of it, whose state was empty);
- no import cycle inside the package.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.long(
    12
)  # one real build in a process of its own (conftest.pytest_collection_modifyitems)

PACKAGE = ROOT / "latvijaano"
HOOKS = ROOT / "hooks"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Every module of the package that the file imports, at its top or inside a function."""
    known = package_modules()
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name in known}


def test_hook_files_only_wire_events():
    for path in sorted(HOOKS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        body = tree.body[1:] if ast.get_docstring(tree) else tree.body
        for node in body:
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            assert isinstance(node, ast.ImportFrom), (
                f"{where}: a hook file holds only imports from latvijaano"
            )
            assert node.module and node.module.startswith("latvijaano."), f"{where}: imports {node.module}"
            names = [alias.name for alias in node.names]
            assert all(name.startswith("on_") for name in names), f"{where}: imports {names}, not events"


def test_nothing_edits_sys_path_or_imports_a_hook_file():
    for path in [*sorted(HOOKS.glob("*.py")), *package_modules().values()]:
        text = path.read_text(encoding="utf-8")
        assert "sys.path" not in text, f"{path.relative_to(ROOT)} edits sys.path"
    for path in [*(ROOT / "scripts").glob("*.py"), *(ROOT / "tests").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"sys\.path\.\w+\(.*hooks", text), (
            f"{path.relative_to(ROOT)} puts hooks/ on sys.path"
        )
    for path in [*PACKAGE.rglob("*.py"), *(ROOT / "scripts").glob("*.py"), *(ROOT / "tests").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            hooks = [name for name in names if name == "hooks" or name.startswith("hooks.")]
            assert not hooks, f"{path.relative_to(ROOT)}:{node.lineno}: imports a hook file"
            stems = {p.stem for p in HOOKS.glob("*.py")} - {p.stem for p in PACKAGE.glob("*.py")}
            assert not set(names) & stems, f"{path.relative_to(ROOT)}:{node.lineno}: imports a hook file"


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def package_graph() -> dict[str, set[str]]:
    return {name: imports_of(path) - {name} for name, path in package_modules().items()}


def test_import_cycles_are_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_the_package():
    assert import_cycles(package_graph()) == []


BUILD_AND_REPORT = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from latvijaano import build_context

contexts = []
start = build_context.start


def start_and_keep(config):
    context = start(config)
    contexts.append(context)
    return context


build_context.start = start_and_keep  # (on_config calls it by its module name)
config = load_config("mkdocs.yml", site_dir=sys.argv[1], strict=True)
config.plugins.on_startup(command="build", dirty=False)
build(config)


def items(listing):
    return [[item.file.src_uri, item.date.isoformat()] for item in listing.items]


print(json.dumps({
    "modules": {name: getattr(module, "__file__", None) for name, module in list(sys.modules.items())},
    "states": [
        {
            "news_lang": context.state["news"].lang,
            "news": items(context.state["news"]),
            "news_list_urls": sorted(context.state["news"].list_urls.values()),
            "news_feed": context.state["news"].feed_path,
            "statements_lang": context.state["statements"].lang,
            "statements": items(context.state["statements"].listing),
            "statements_items": items(context.state["statements"]),
        }
        for context in contexts
    ],
}))
"""


@pytest.fixture(scope="module")
def built_in_process(tmp_path_factory):
    """One real build in a Python process of its own: the modules it loaded, and what news and
    statements left in each language build's context."""
    env = {
        "SITE_DATE": "2026-12-06",
        "SITE_URL": "http://127.0.0.1:8000/latvijaano/",
        "NO_MKDOCS_2_WARNING": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", BUILD_AND_REPORT, str(tmp_path_factory.mktemp("in-process") / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_module_exists_once_after_a_build(built_in_process):
    modules = built_in_process["modules"]
    by_file: dict[str, list[str]] = {}
    for name, file in modules.items():
        if file:
            by_file.setdefault(str(Path(file).resolve()), []).append(name)
    ours = str(ROOT.resolve())  # (the standard library keeps aliases of its own: os.path, …)
    twice = {file: names for file, names in by_file.items() if len(names) > 1 and file.startswith(ours)}
    assert twice == {}, f"modules loaded more than once: {twice}"
    for name, path in package_modules().items():
        loaded = by_file.get(str(path.resolve()))
        assert loaded in (None, [name]), f"{path.relative_to(ROOT)} loaded as {loaded}, not {name}"
    assert any(name.startswith("latvijaano.") for name in modules), "the build did not load the package"


def test_no_test_imports_a_benchmark_script():
    """The scratch copies and synthetic writers live in tests/scratch.py; the benchmarks import them
    from there, not the other way round (a benchmark's change never breaks a test)."""
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            benches = [name for name in names if name.startswith("bench_")]
            assert not benches, f"{path.relative_to(ROOT)}:{node.lineno}: imports {benches[0]}"


# Which layer may import which (developers/architecture.md): the core (problems, the site's and the
# build's context, the kinds of item, the theme contract, YAML's mistakes) imports only itself; the
# data library and the content rules never reach up into the kinds of item that use them; the
# writers (outputs/) never into a kind of item; only page-level touches (pages/) may use anything.
CORE = {"problems", "site_context", "build_context", "kinds", "theme", "yaml_mistakes"}
SUBPACKAGE_LAYERS = ("data", "rules", "outputs", "pages")
MAY_IMPORT = {
    "core": {"core"},
    "data": {"core", "data"},
    "rules": {"core", "data", "rules"},
    "outputs": {"core", "data", "outputs"},
    "items": {"core", "data", "rules", "outputs", "items"},
    "pages": {"core", "data", "rules", "outputs", "items", "pages"},
}


def layer_of(module: str) -> str:
    """'latvijaano.rules.page' -> 'rules'; a kind of item (news, statements, meetings, votes,
    record, as module or subpackage) -> 'items'."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in CORE:
        return "core"
    return parts[1] if parts[1] in SUBPACKAGE_LAYERS else "items"


def layer_breaches(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{module} ({layer_of(module)}) imports {other} ({layer_of(other)})"
        for module, imports in graph.items()
        for other in imports
        if other != "latvijaano" and layer_of(other) not in MAY_IMPORT[layer_of(module)]
    )


def test_layers_are_told_apart():
    assert layer_of("latvijaano.theme") == "core"
    assert layer_of("latvijaano.rules.page") == "rules"
    assert layer_of("latvijaano.meetings") == layer_of("latvijaano.news.feed") == "items"
    assert layer_breaches({"latvijaano.rules.page": {"latvijaano.news"}}) == [
        "latvijaano.rules.page (rules) imports latvijaano.news (items)"
    ]


def test_each_layer_imports_only_the_layers_below_it():
    assert layer_breaches(package_graph()) == []


MAX_LINES = 300  # a module does one job; past this it has usually grown a second


def test_no_module_of_the_package_is_over_300_lines():
    long = {
        str(path.relative_to(ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these by job: {long}"


def test_each_language_build_keeps_its_own_news_and_statements(built_in_process):
    """What news and statements leave in each language build's context (build_context state), which
    other modules read instead of listing the files again (latvijaano/record/'s home page entries):
    each language build (mkdocs-static-i18n builds English inside the Latvian build) finds its own
    items there, not the other's: newest first, of its language, with its list pages and feed."""
    states = built_in_process["states"]
    assert sorted(state["news_lang"] for state in states) == ["en", "lv"], "one context per language build"
    for state in states:
        lang = state["news_lang"]
        assert state["statements_lang"] == lang
        root = "" if lang == "lv" else f"{lang}/"
        assert state["news_feed"] == f"{root}feed.xml"
        assert all(url.startswith(f"{root}jaunumi/") for url in state["news_list_urls"]), state[
            "news_list_urls"
        ]
        for kind in ("news", "statements"):
            listed = state[kind]
            assert all(src_uri.startswith(f"{lang}/") for src_uri, _ in listed), (lang, kind, listed[:3])
            dates = [date for _, date in listed]
            assert dates == sorted(dates, reverse=True), f"{lang} {kind}: not newest first"
        assert state["statements_items"] == state["statements"]
