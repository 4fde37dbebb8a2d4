/*
 * How a typed query is matched and ranked (inside Material's search worker).
 *
 * Material hands lunr the typed words as prefix clauses ("nevalstiskās*
 * organizācijas*") and lunr adds up a score per page section, where a word in a
 * title weighs a thousand times a word in the text. So a page with only the
 * second word in its title beat the page with the whole phrase four times, an
 * abbreviation found nothing unless the page spelt it, and a typo found nothing.
 * This file replaces lunr.Index#search, the one call Material's worker makes,
 * and keeps Material's result format, so its UI, highlighting and keyboard
 * behaviour stay as they are:
 *
 * 1. Concepts. The typed words (after Material's transformation) are read one by
 *    one; a run of words that is one of the forms in data/search-synonyms.yml
 *    ("NVO", "nevalstiskā organizācija") becomes one concept with all the forms of
 *    its entry as alternatives; every other word is a concept of its own. Stop
 *    words are not concepts.
 * 2. Matching. A word matches by its stem as a prefix (Material's behaviour),
 *    and, at a third of the weight, by its derivational root (the Latvian module's
 *    root(): "ilgtspējība" meets "ilgtspēja" and "ilgtspējīgu"). A form of several
 *    words matches a section that has all of them. A word being typed of one or
 *    two letters is a word, not a prefix ("ES" finds "ES"): as a prefix it meets
 *    most of the index, which at two years of items took longer than the
 *    index's build (developers/benchmarks.md, "Search at scale").
 * 3. Typos. A concept that matches nothing anywhere is tried again: each of its
 *    words of five or more letters matches the index terms one edit away from its
 *    stem or from its beginning (the closest in length win).
 * 4. Ranking, page by page (Material lists a page at its best section's score):
 *    first by how many concepts the page has, a concept found as typed counting
 *    twice as much as one found only through a root, a synonym or a typo; within
 *    that, a page title that has the words, the phrase (the concepts side by side),
 *    what was typed being a title or heading word for word, and lunr's score summed
 *    over the page's sections, each weighed by its length as BM25 does (Material
 *    switches that off). Material multiplies each score by a boost of its own
 *    afterwards (pages over sections, share of words found); it is divided out.
 *    A page that lists other pages (the news list) counts half (hooks/search_index.py).
 * 5. Highlighting. lunr's match positions point at the words in the text, so the
 *    snippet marks the word as the page writes it, not the stem. A concept that
 *    matched through a synonym or a root is also reported under the typed word's
 *    own term, so Material does not list it as "Missing".
 *
 * Loaded by each language module, which calls lunr.rankTypedQueries(lang, {...}).
 * The synonyms come from ../lunr/synonyms.js, written by hooks/search_index.py.
 */
(function (lunr) {
  var ROOT_WEIGHT = 0.3
  var SYNONYM_WEIGHT = 0.5
  // A typo's word may run this many letters past the index term (its ending).
  var MAX_ENDING = 4
  var FUZZY_MIN_LETTERS = 5
  // A word being typed is a prefix from this many letters.
  var PREFIX_MIN_LETTERS = 3
  // Adjacent words, allowing a stop word or a formatting tag between them.
  var PHRASE_GAP = 3
  var TIER = 10

  var rankTypedQueries = function (lang, language) {
    var analyse = lunr.analyseTypedTerms.analyse
    var root = language.root || function () { return null }
    var isStopWord = language.isStopWord
    var fold = language.fold || function (word) { return word.toLowerCase() }

    function term(word, prefix) {
      var stem = analyse(word) || word
      var wordRoot = root(word)
      return {
        word: word,
        folded: fold(word),
        stem: stem,
        root: wordRoot || stem,
        prefix: prefix
      }
    }

    // Each synonym entry: its forms, each a list of words (stop words left out).
    // Read on the first search: Material sets the index's word separator after
    // loading this file.
    var synonyms = null
    function synonymEntries() {
      return synonyms = synonyms || ((lunr.searchSynonyms || {})[lang] || []).map(function (entry) {
        return entry.map(function (form) {
          return form.split(lunr.tokenizer.separator)
            .filter(function (word) { return word && !isStopWord(word) })
            .map(function (word) { return term(word, word.length >= 4) })
        }).filter(function (form) { return form.length })
      })
    }

    // Material's transformed query: words separated by spaces, each "word*", or
    // "+word" (required, inside quotes) or "-word" (excluded).
    function parseQuery(queryString) {
      var words = []
      var seen = {}
      queryString.split(/\s+/).forEach(function (part) {
        var presence = part[0] === "+" ? "required" : part[0] === "-" ? "prohibited" : "optional"
        var text = part.replace(/^[+-]/, "").replace(/^(title|text|tags):/, "")
        var prefix = /\*$/.test(text)
        // Material's lexer leaves hyphenated words whole ("non-governmental"), repeated.
        var pieces = text.replace(/[*~^]\d*$/, "").replace(/\*/g, "").split(lunr.tokenizer.separator)
        pieces.forEach(function (word, n) {
          if (!word || isStopWord(word) || seen[presence + word]) return
          seen[presence + word] = true
          var typing = prefix && n === pieces.length - 1 && word.length >= PREFIX_MIN_LETTERS
          words.push({ word: word, presence: presence, term: term(word, typing) })
        })
      })
      return words
    }

    function sameWords(words, start, form) {
      if (start + form.length > words.length) return false
      for (var i = 0; i < form.length; i++)
        if (words[start + i].term.stem !== form[i].stem) return false
      return true
    }

    // Runs of typed words that are a synonym form become one concept.
    function concepts(words) {
      var result = []
      for (var i = 0; i < words.length;) {
        var best = null
        synonymEntries().forEach(function (entry) {
          entry.forEach(function (form) {
            if ((!best || form.length > best.length) && sameWords(words, i, form))
              best = { length: form.length, entry: entry }
          })
        })
        var typed = words.slice(i, i + (best ? best.length : 1))
        // A typed abbreviation is matched whole: "MI" is not "ministrija".
        if (best)
          typed = typed.map(function (w) {
            return w.word.length < 4 ? { word: w.word, presence: w.presence, term: term(w.word, false) } : w
          })
        result.push({
          typed: typed,
          presence: typed[0].presence,
          // The typed words themselves first: other forms of a synonym weigh less.
          forms: [typed.map(function (w) { return w.term })].concat(best ? best.entry.filter(function (form) {
            return !sameWords(typed, 0, form) || form.length !== typed.length
          }) : [])
        })
        i += typed.length
      }
      return result
    }

    // Every word of a text or query, folded, stop words kept (for comparing with titles).
    function words(text) {
      return text.split(lunr.tokenizer.separator).filter(Boolean).map(fold)
    }

    function typedWords(queryString) {
      return words(queryString.split(/\s+/).filter(function (part) { return part[0] !== "-" })
        .join(" ").replace(/[+*~^]|\b(title|text|tags):/g, " "))
        .filter(function (word, n, all) { return all.indexOf(word) === n })
    }

    return { concepts: concepts, parseQuery: parseQuery, words: words, typedWords: typedWords, fold: fold }
  }

  // --- Matching ------------------------------------------------------------------

  function termResults(index, t, fuzzy, cache) {
    var key = [t.stem, t.root, t.prefix, fuzzy].join("|")
    if (cache[key]) return cache[key]
    var byRef = {}
    var similar = fuzzy ? similarTerms(index, t) : []
    if (fuzzy && !similar.length) return cache[key] = byRef
    index.query(function (query) {
      if (fuzzy) {
        similar.forEach(function (term) { query.term(term, { usePipeline: false }) })
        return
      }
      query.term(t.stem, {
        usePipeline: false,
        wildcard: t.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
      })
      if (t.root !== t.stem)
        query.term(t.root, { usePipeline: false, boost: ROOT_WEIGHT })
      query.term("=" + t.root, { usePipeline: false, boost: ROOT_WEIGHT })
    }).forEach(function (result) {
      byRef[result.ref] = result
    })
    return cache[key] = byRef
  }

  // Optimal string alignment distance, stopping early once it exceeds 1.
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false
    var previous2 = null, previous = [], row
    for (var j = 0; j <= b.length; j++) previous.push(j)
    for (var i = 1; i <= a.length; i++) {
      row = [i]
      var smallest = i
      for (var j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          value = Math.min(value, previous2[j - 2] + 1)
        row.push(value)
        smallest = Math.min(smallest, value)
      }
      if (smallest > 1) return false
      previous2 = previous
      previous = row
    }
    return previous[b.length] <= 1
  }

  // Index terms one edit away from a mistyped word: from its stem, or from the
  // start of the word when the typo changed how the word stems ("cybersecurty").
  function similarTerms(index, t) {
    var vocabulary = index.__vocabulary = index.__vocabulary
      || Object.keys(index.invertedIndex).filter(function (term) { return term[0] !== "=" })
    var word = t.folded
    var similar = vocabulary.filter(function (term) {
      if (term.length < 4) return false
      if (withinOneEdit(t.stem, term)) return true
      for (var cut = term.length - 1; cut <= term.length + 1; cut++)
        if (word.length - cut >= 0 && word.length - cut <= MAX_ENDING && withinOneEdit(word.slice(0, cut), term))
          return true
      return false
    })
    // The closest in length: "tiesiskms" means "tiesiskum", not "tiesīb".
    var longest = Math.max.apply(null, similar.map(function (term) { return term.length }))
    return similar.filter(function (term) { return term.length >= longest - 1 })
  }

  // {ref: {score, matchData}} of the sections where a form (all its words) occurs.
  function formResults(index, form, fuzzy, cache) {
    var perWord = form.map(function (t) {
      return termResults(index, t, fuzzy && t.word.length >= FUZZY_MIN_LETTERS, cache)
    })
    var result = {}
    Object.keys(perWord[0]).forEach(function (ref) {
      if (!perWord.every(function (results) { return results[ref] })) return
      var matchData = new lunr.MatchData()
      var score = 0
      var literal = !fuzzy
      perWord.forEach(function (results, n) {
        score += results[ref].score
        matchData.combine(results[ref].matchData)
        literal = literal && Object.keys(results[ref].matchData.metadata).some(function (token) {
          return form[n].prefix ? token.indexOf(form[n].stem) === 0 : token === form[n].stem
        })
      })
      // Quality: 2 for the words themselves, 1 for a root, a synonym or a typo's neighbour.
      result[ref] = { score: score / form.length, matchData: matchData, quality: literal ? 2 : 1 }
    })
    return result
  }

  function conceptResults(index, concept, cache) {
    function best(fuzzy) {
      var result = {}
      concept.forms.forEach(function (form, n) {
        var found = formResults(index, form, fuzzy, cache)
        var weight = n === 0 ? 1 : SYNONYM_WEIGHT
        Object.keys(found).forEach(function (ref) {
          var score = found[ref].score * weight
          var quality = n === 0 ? found[ref].quality : 1
          if (!result[ref] || result[ref].quality < quality
              || (result[ref].quality === quality && result[ref].score < score))
            result[ref] = { score: score, matchData: found[ref].matchData, quality: quality }
        })
      })
      return result
    }
    var result = best(false)
    if (!Object.keys(result).length
        && concept.typed.some(function (w) { return w.word.length >= FUZZY_MIN_LETTERS }))
      result = best(true)
    return result
  }

  // Positions (field → [block << 20 | index]) of one concept's matches in a section.
  function positions(matchData) {
    var byField = {}
    Object.keys(matchData.metadata).forEach(function (token) {
      var fields = matchData.metadata[token]
      Object.keys(fields).forEach(function (field) {
        (byField[field] = byField[field] || []).push.apply(byField[field], fields[field].position || [])
      })
    })
    return byField
  }

  function follows(first, second) {
    return Object.keys(first).some(function (field) {
      return (second[field] || []).some(function (b) {
        return first[field].some(function (a) {
          var gap = (b & 0xFFFFF) - (a & 0xFFFFF)
          return a >>> 20 === b >>> 20 && gap > 0 && gap <= PHRASE_GAP
        })
      })
    })
  }

  // A word found under its stem and its root has the same position twice;
  // Material would then wrap it in two <mark>s.
  function withoutRepeatedPositions(matchData) {
    var seen = {}
    Object.keys(matchData.metadata).forEach(function (token) {
      var fields = matchData.metadata[token]
      Object.keys(fields).forEach(function (field) {
        if (!fields[field].position) return
        fields[field].position = fields[field].position.filter(function (position) {
          var key = field + ":" + position
          return seen[key] ? false : (seen[key] = true)
        })
      })
    })
  }

  // Material switches lunr's length normalisation off (b = 0): a word in a long
  // timeline section weighed as much as in a short paragraph about it. BM25's, in
  // the number of distinct words of the section's text.
  function lengthNorm(index, ref) {
    if (!index.__lengths) {
      var lengths = index.__lengths = {}, total = 0, count = 0
      Object.keys(index.fieldVectors).forEach(function (key) {
        if (key.indexOf("text/") !== 0) return
        lengths[key.slice(5)] = index.fieldVectors[key].elements.length / 2
        total += lengths[key.slice(5)]
        count++
      })
      index.__averageLength = count ? total / count : 1
    }
    var length = index.__lengths[ref] || index.__averageLength
    return 0.25 + 0.75 * length / index.__averageLength
  }

  function pageOf(ref) {
    return ref.split("#")[0]
  }

  // --- Ranking -------------------------------------------------------------------

  function rank(index, parsed) {
    var engine = index.__ranking
    var concepts = engine.concepts(parsed.words)
    var typed = parsed.typed
    index.__titles = index.__titles || {}
    var wanted = concepts.filter(function (c) { return c.presence !== "prohibited" })
    if (!wanted.length) return []
    var cache = {}
    var matches = wanted.map(function (c) { return conceptResults(index, c, cache) })
    var excluded = {}
    concepts.filter(function (c) { return c.presence === "prohibited" }).forEach(function (c) {
      Object.keys(conceptResults(index, c, cache)).forEach(function (ref) { excluded[ref] = true })
    })

    // Sections (Material's search documents: a page's top or one of its headings).
    var sections = {}
    matches.forEach(function (found, i) {
      Object.keys(found).forEach(function (ref) {
        if (excluded[ref]) return
        var section = sections[ref] = sections[ref] || { ref: ref, score: 0, concepts: {}, titles: 0 }
        section.score += found[ref].score / lengthNorm(index, ref)
        section.concepts[i] = found[ref]
        if (inTitle(found[ref].matchData)) section.titles++
      })
    })
    var results = Object.keys(sections).map(function (ref) {
      return sections[ref]
    }).filter(function (section) {
      // Words typed in quotes (or with +) must all be in the section.
      return wanted.every(function (c, i) { return c.presence !== "required" || section.concepts[i] })
    })

    // Pages: what all their sections have together.
    var pages = {}
    results.forEach(function (section) {
      var page = pages[pageOf(section.ref)] = pages[pageOf(section.ref)]
        || { quality: {}, phrase: false, score: 0, titles: 0 }
      Object.keys(section.concepts).forEach(function (i) {
        page.quality[i] = Math.max(page.quality[i] || 0, section.concepts[i].quality)
      })
      section.phrase = wanted.length > 1 && wanted.every(function (c, i) {
        return i === 0 || (section.concepts[i - 1] && section.concepts[i]
          && follows(positions(section.concepts[i - 1].matchData), positions(section.concepts[i].matchData)))
      })
      page.phrase = page.phrase || section.phrase
      // What was typed, stop words and all, is (in) the section's heading or the page's title.
      section.exactTitle = typed.length > 0 && containsWords(index.__titles[section.ref], typed)
      if (section.exactTitle) page.exactTitle = true
      page.score += section.score
      if (section.ref === pageOf(section.ref)) page.titles = section.titles
    })
    var maxPage = Math.max.apply(null, Object.keys(pages).map(function (p) { return pages[p].score }))
    var maxSection = Math.max.apply(null, results.map(function (section) { return section.score }))

    return results.map(function (section) {
      var page = pages[pageOf(section.ref)]
      var tier = Object.keys(page.quality).reduce(function (sum, i) { return sum + page.quality[i] }, 0)
      var own = Object.keys(section.concepts).length / wanted.length
      var pageWeight = 1 + 3 * page.titles / wanted.length + 2 * page.score / maxPage
        + (page.phrase ? 2 : 0) + (page.exactTitle ? 2 : 0)
      var sectionWeight = own + (section.phrase ? 0.5 : 0) + section.titles / wanted.length
        + section.score / maxSection + (section.exactTitle ? 1 : 0)
      var matchData = new lunr.MatchData()
      Object.keys(section.concepts).forEach(function (i) {
        matchData.combine(section.concepts[i].matchData)
        // The typed words' own terms, as Material's parser computes them.
        wanted[i].typed.forEach(function (w) {
          matchData.metadata[w.term.stem] = matchData.metadata[w.term.stem] || {}
        })
      })
      withoutRepeatedPositions(matchData)
      // Material multiplies by 1 + boost², boost = (a page, not a section) + the share of
      // typed words found; our order already weighs both, so that factor is divided out.
      var materialBoost = (section.ref === pageOf(section.ref) ? 1 : 0) + own
      return {
        ref: section.ref,
        score: Math.pow(TIER, tier) * (pageWeight + 0.05 * sectionWeight) / (1 + materialBoost * materialBoost),
        matchData: matchData
      }
    }).sort(function (a, b) { return b.score - a.score })
  }

  function containsWords(title, words) {
    if (!title) return false
    var text = " " + title + " "
    return text.indexOf(" " + words.join(" ") + " ") !== -1
  }

  function inTitle(matchData) {
    return Object.keys(matchData.metadata).some(function (token) {
      return "title" in matchData.metadata[token]
    })
  }

  // Under node (tests/test_search.py checks the pure parts): export and stop.
  if (typeof module === "object" && module.exports) {
    module.exports = { withinOneEdit: withinOneEdit, containsWords: containsWords }
    return
  }

  try {
    importScripts("../lunr/synonyms.js")
  } catch (err) {
    // A build without hooks/search_index.py: search works, without synonyms.
  }

  // The index keeps no text; keep each document's title, folded into words, for
  // the exact-title bonus.
  var build = lunr.Builder.prototype.build
  var add = lunr.Builder.prototype.add
  lunr.Builder.prototype.add = function (doc, attributes) {
    this.__titles = this.__titles || {}
    if (typeof doc.title === "string" && lunr.Index.prototype.__ranking)
      this.__titles[doc[this._ref]] = lunr.Index.prototype.__ranking.words(doc.title.replace(/<[^>]*>/g, " ")).join(" ")
    return add.call(this, doc, attributes)
  }
  lunr.Builder.prototype.build = function () {
    var index = build.call(this)
    index.__titles = this.__titles || {}
    return index
  }

  lunr.rankTypedQueries = function (lang, language) {
    var engine = rankTypedQueries(lang, language)
    lunr.Index.prototype.__ranking = engine
    lunr.Index.prototype.search = function (queryString) {
      return rank(this, { words: engine.parseQuery(queryString), typed: engine.typedWords(queryString) })
    }
  }
})(typeof self === "undefined" ? undefined : self.lunr)
