/*
 * Typed search terms get the same analysis as the index.
 *
 * Why this exists: Material's search turns every typed word into a prefix query
 * ("drosiba" becomes "drosiba*", see Material's integrations/search/query/transform),
 * and lunr's QueryParser switches the search pipeline off for any term containing
 * "*". So a typed word is never folded or stemmed, while the index holds folded
 * stems ("drošība", "drošības" and "drošībā" are all indexed as "drosib"), and
 * "drosiba*" finds nothing.
 *
 * The fix: every clause the QueryParser completes passes through the language's
 * own analysis (fold + stem for Latvian, lunr's stemmer for English) before it
 * reaches the query, and the trailing wildcard is put back ("drosiba*" becomes
 * "drosib*"). The term is then marked as already analysed (usePipeline = false),
 * so lunr doesn't stem it a second time.
 *
 * We patch QueryParser.prototype.nextClause (rather than Query.prototype.clause)
 * because only the parser sees what the reader typed: Material parses the typed
 * query twice through it, once to search and once (parseSearchQuery) to mark the
 * words that a result lacks ("Missing: ..."), and both then see the same stems.
 * Programmatic clauses (builder.term) are left alone.
 *
 * Loaded by each of our language modules (lunr.lv.min.js, lunr.en_gb.min.js);
 * a module calls lunr.analyseTypedTerms(analyse) with its own analysis function.
 */
(function (lunr) {
  // One trailing wildcard after a word: the shape Material gives every typed word.
  var PREFIX_QUERY = /^([^*]+)\*$/

  lunr.analyseTypedTerms = function (analyse) {
    lunr.analyseTypedTerms.analyse = analyse
    if (lunr.QueryParser.prototype.nextClause.analysesTypedTerms)
      return

    var nextClause = lunr.QueryParser.prototype.nextClause
    lunr.QueryParser.prototype.nextClause = function () {
      var clause = this.currentClause
      var term = clause.term
      if (typeof term === "string") {
        var prefix = PREFIX_QUERY.exec(term)
        if (prefix) {
          clause.term = (lunr.analyseTypedTerms.analyse(prefix[1]) || prefix[1]) + "*"
          clause.usePipeline = false
        } else if (term.indexOf("*") === -1) {
          // Whole words (quoted phrases become "+word"): same analysis, no wildcard.
          clause.term = lunr.analyseTypedTerms.analyse(term) || term
          clause.usePipeline = false
        }
        // Leading or inner wildcards ("*ment", "dr*ba") are passed on untouched.
      }
      return nextClause.call(this)
    }
    lunr.QueryParser.prototype.nextClause.analysesTypedTerms = true
  }
})(self.lunr)
