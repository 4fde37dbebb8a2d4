/*
 * The search index in two steps, so that the first result comes as soon at two years of items as
 * on a small site, and sooner on either (issue 29; developers/benchmarks.md, "Search at scale").
 *
 * lunr's build of the index takes time in proportion to the entries and words it reads. Material's
 * worker builds its first index of the titles (page and section headings) only, and of no entry
 * that hooks/search_index.py marks "later" (the older dated items: hundreds over a term), says it
 * is ready and answers the reader: a title is what a reader looks for most, and it ranks first
 * anyway. Meanwhile this file builds the whole index in steps of a few milliseconds, so that
 * queries are answered between the steps; when it is built it takes the first one's place, the
 * reader's last query is asked again (Material shows the new answer as it shows any) and a second
 * READY is posted: Material's page waits for the first READY only; scripts/search_eval.py waits
 * for this one. Until then an answer that found nothing is held back, not shown.
 *
 * Coupled to Material's worker (9.x): it builds one lunr index with lunr(), adds each entry with
 * Builder#add, keeps the Index it gets and answers {type: 2, data: query} messages with
 * {type: 3}. A new Material changes the worker's hashed name in base.html, which
 * tests/test_upstream_drift.py reports; tests/test_search.py checks the behaviour.
 */
(function (lunr) {
  if (!lunr) return
  var READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
  // A step of the whole index's build: entries are added for this long, then a query waiting
  // is answered. By time, not by count: a whole news item is a hundred times a title.
  var STEP_MS = 8

  var add = lunr.Builder.prototype.add
  var build = lunr.Builder.prototype.build

  lunr.Builder.prototype.add = function (doc, attributes) {
    if (this.__whole) return add.call(this, doc, attributes)
    this.__entries = this.__entries || []
    this.__entries.push([doc, attributes])
    if (doc.later) return
    return add.call(this, Object.assign({}, doc, { text: "" }), attributes)
  }

  lunr.Builder.prototype.build = function () {
    var index = build.call(this)
    if (!this.__whole && typeof postMessage === "function") buildWhole(this, index)
    return index
  }

  // The reader's last query, and whether it was answered before the whole index was in place.
  var lastQuery = null, answeredEarly = false, whole = false
  addEventListener("message", function (event) {
    if (!event.data || event.data.type !== QUERY) return
    lastQuery = event.data
    answeredEarly = !whole
  })

  // "Nothing found" is not said before the whole index is in place: the texts may have the
  // words. The page keeps what it showed until the query is asked again (below). An answer asked
  // again that lists the same pages as the one shown is not posted: the page would redraw the
  // list under the reader's cursor for nothing.
  var post = self.postMessage, shown = null, askedAgain = false
  self.postMessage = function (message) {
    if (message && message.type === RESULT) {
      var pages = message.data.items.map(function (group) { return group[0].location }).join(" ")
      if (!whole && !pages) return void (shown = null)  // what the page shows answers another query
      var repeated = askedAgain && pages === shown
      askedAgain = false
      if (repeated) return
      shown = pages
    }
    return post.apply(self, arguments)
  }

  function buildWhole(first, index) {
    var entries = first.__entries || []
    var builder = new lunr.Builder()
    ;["_ref", "_fields", "_b", "_k1", "pipeline", "searchPipeline", "tokenizer", "metadataWhitelist"]
      .forEach(function (key) { builder[key] = first[key] })
    builder.__whole = true
    var next = 0
    function step() {
      var until = performance.now() + STEP_MS
      for (; next < entries.length && performance.now() < until; next++)
        builder.add(entries[next][0], entries[next][1])
      if (next < entries.length) return setTimeout(step, 0)
      var built = builder.build()
      // In place: Material keeps this Index. Ranking caches (index.__*) go with the old one.
      Object.keys(index).forEach(function (key) { delete index[key] })
      Object.assign(index, built)
      whole = true
      // For scripts/bench_search_scale.py: when the whole index was in place (ms since 1970).
      self.searchIndexWholeAt = performance.timeOrigin + performance.now()
      if (answeredEarly && lastQuery) {
        askedAgain = true
        dispatchEvent(new MessageEvent("message", { data: lastQuery }))
      }
      postMessage({ type: READY, data: "whole" })
    }
    setTimeout(step, 0)
  }
})(typeof self === "undefined" ? undefined : self.lunr)
