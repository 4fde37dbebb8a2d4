"""The search query set (tests/search_queries.yml) and how to score a search engine on it.

Shared by tests/test_search.py (our search, in the test suite) and scripts/bench_search.py
(ours against Material's default search and Pagefind). Each query names the page(s) that
should come first, by source path in docs/<lang>/; a query is a hit at rank k if one of them
is among the first k result pages.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's latvijaano/ first (a scratch copy's, not the installed one)
from latvijaano import site_context  # noqa: E402

QUERY_FILE = ROOT / "tests" / "search_queries.yml"
KINDS = ("plain", "diacritics", "case", "derived", "words", "phrase", "synonym", "typo", "english")


@dataclass
class Query:
    lang: str
    text: str
    expect: list[str]  # URL paths relative to the language root: "iesaisties/", "" (home)
    kind: str
    line: int


def page_url(source: str) -> str:
    """'prioritates/noturiba.md' -> 'prioritates/noturiba/'; 'index.md' -> ''; 'jaunumi/index.md' -> 'jaunumi/'."""
    stem = source[:-3] if source.endswith(".md") else source
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def load_queries(path: Path = QUERY_FILE) -> dict[str, list[Query]]:
    """{lang: [Query]}; raises ValueError naming path:line for a malformed entry."""
    loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries: dict[str, list[Query]] = {}
    lang_nodes = {key.value: value for key, value in node.value}
    for lang, entries in data.items():
        queries[lang] = []
        for entry, entry_node in zip(entries, lang_nodes[lang].value):
            line = entry_node.start_mark.line + 1
            expect = entry.get("expect")
            expect = [expect] if isinstance(expect, str) else expect
            if not isinstance(entry.get("q"), str) or not expect or entry.get("kind") not in KINDS:
                raise ValueError(
                    f"{path}:{line}: needs q: (text), expect: (page or list) and kind: (one of {', '.join(KINDS)})"
                )
            for source in expect:
                if not (ROOT / "docs" / lang / source).exists():
                    raise ValueError(f"{path}:{line}: docs/{lang}/{source} does not exist")
            queries[lang].append(Query(lang, entry["q"], [page_url(s) for s in expect], entry["kind"], line))
    return queries


@dataclass
class Outcome:
    query: Query
    pages: list[str]  # result pages in order, relative to the language root
    other_language: int = 0  # results that lead to another language's pages
    millis: float | None = None

    @property
    def rank(self) -> int | None:
        return next((i + 1 for i, page in enumerate(self.pages) if page in self.query.expect), None)


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    def rate(self, test) -> float:
        return sum(1 for o in self.outcomes if test(o)) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def top1(self) -> float:
        return self.rate(lambda o: o.rank == 1)

    @property
    def top3(self) -> float:
        return self.rate(lambda o: o.rank is not None and o.rank <= 3)

    @property
    def mrr(self) -> float:
        return sum(1 / o.rank for o in self.outcomes if o.rank) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def zero(self) -> float:
        return self.rate(lambda o: not o.pages)

    @property
    def other_language(self) -> int:
        return sum(o.other_language for o in self.outcomes)

    def failures(self, k: int = 3) -> list[str]:
        return [
            f"{o.query.lang} line {o.query.line}: {o.query.text!r} ({o.query.kind}) expected "
            f"{' or '.join(e or '(home)' for e in o.query.expect)}, got {[p or '(home)' for p in o.pages[:k]]}"
            for o in self.outcomes
            if not (o.rank and o.rank <= k)
        ]


# In a page of the built site: Material's own search worker (with our lunr modules), set up with
# the page's language index exactly as Material's UI does, then asked every query in turn.
# Returns [{pages: [...], millis, text}] (text: the first result's highlighted snippets).
WORKER_QUERIES_JS = """
async ([queries, staged]) => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base.replace(/\\/?$/, "/"), location.href)
  const index = await (await fetch(new URL("search/search_index.json", base))).json()
  const worker = new Worker(new URL(config.search, location.href))
  const ask = message => new Promise(resolve => {
    worker.onmessage = event => resolve(event.data)
    worker.postMessage(message)
  })
  // Material's message types: 0 setup, 1 ready, 2 query, 3 result. A second "ready" says the
  // whole index is in place (overrides/assets/javascripts/lunr/staged-index.js): the set is asked of that.
  await ask({type: 0, data: {...index, options: {suggest: false}}})
  if (staged) await new Promise(resolve => worker.onmessage = event => event.data.data === "whole" && resolve())
  const answers = []
  for (const query of queries) {
    const start = performance.now()
    const result = await ask({type: 2, data: query})
    const millis = performance.now() - start
    const groups = result.data.items
    answers.push({
      millis,
      pages: groups.map(items => items[0].location.split("#")[0]),
      marks: groups.slice(0, 1).flatMap(items => items.flatMap(item =>
        [...`${item.title} ${item.text}`.matchAll(/<mark>(.*?)<\\/mark>/g)].map(m => m[1]))),
      missing: groups.flatMap(items => items.flatMap(item =>
        Object.entries(item.terms).filter(([, found]) => !found).map(([term]) => term))),
    })
  }
  worker.terminate()
  return answers
}
"""


def whole_index_at(page, timeout_ms: int = 60000) -> float:
    """When (ms since 1970) the page's search worker had its whole index in place: it answers
    first from the titles and redraws the results once the texts are in
    (overrides/assets/javascripts/lunr/staged-index.js). Waits for it; fails after `timeout_ms`."""
    for _ in range(timeout_ms // 50):
        workers = [w for w in page.workers if "/workers/search" in w.url]
        at = workers[-1].evaluate("self.searchIndexWholeAt || 0") if workers else 0
        if at:
            return at
        page.wait_for_timeout(50)
    raise AssertionError("the search worker never had its whole index in place")


def run_in_worker(page, site_url: str, lang: str, queries: list[Query], staged: bool = True) -> list[dict]:
    """Ask Material's search worker every query on a page of the given language; `staged`: the
    worker has our lunr modules (staged-index.js), and is asked once its whole index is in place."""
    page.goto(site_url + site_context.language_root(lang))
    return page.evaluate(WORKER_QUERIES_JS, [[q.text for q in queries], staged])
