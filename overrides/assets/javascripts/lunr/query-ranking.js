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
 *    words matches a section that has all of them.
 * 3. Typos. A concept that matches nothing anywhere is tried again with one edit
 *    (lunr's fuzzy match) on every word of five or more letters.
 * 4. Ranking. First the pages that have more of the concepts (anywhere on the
 *    page), then pages that have them side by side (the phrase), then lunr's own
 *    score. Material multiplies each score by at most 5 afterwards (it prefers
 *    pages to sections), so each of those steps is a factor of ten.
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
  var FUZZY_MIN_LETTERS = 5
  // Adjacent words, allowing a stop word or a formatting tag between them.
  var PHRASE_GAP = 3
  var TIER = 10

  try {
    importScripts("../lunr/synonyms.js")
  } catch (err) {
    // A build without hooks/search_index.py: search works, without synonyms.
  }

  lunr.rankTypedQueries = function (lang, language) {
    var analyse = lunr.analyseTypedTerms.analyse
    var root = language.root || function () { return null }
    var isStopWord = language.isStopWord

    function term(word, prefix) {
      var stem = analyse(word) || word
      var wordRoot = root(word)
      return { word: word, stem: stem, root: wordRoot && wordRoot !== "" ? wordRoot : stem, prefix: prefix }
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
      queryString.split(/\s+/).forEach(function (part) {
        var presence = part[0] === "+" ? "required" : part[0] === "-" ? "prohibited" : "optional"
        var word = part.replace(/^[+-]/, "").replace(/^(title|text|tags):/, "")
        var prefix = /\*$/.test(word)
        word = word.replace(/[*~^]\d*$/, "").replace(/\*/g, "")
        if (word && !isStopWord(word))
          words.push({ word: word, presence: presence, term: term(word, prefix) })
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
        result.push({
          typed: typed,
          presence: typed[0].presence,
          forms: best ? best.entry : [[typed[0].term]]
        })
        i += typed.length
      }
      return result
    }

    return { concepts: concepts, parseQuery: parseQuery }
  }

  // --- Matching ------------------------------------------------------------------

  function termResults(index, t, fuzzy, cache) {
    var key = [t.stem, t.root, t.prefix, fuzzy].join("|")
    if (cache[key]) return cache[key]
    var byRef = {}
    index.query(function (query) {
      if (fuzzy) {
        query.term(t.stem, { usePipeline: false, editDistance: 1 })
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
      perWord.forEach(function (results) {
        score += results[ref].score
        matchData.combine(results[ref].matchData)
      })
      result[ref] = { score: score / form.length, matchData: matchData }
    })
    return result
  }

  function conceptResults(index, concept, cache) {
    function best(fuzzy) {
      var result = {}
      concept.forms.forEach(function (form) {
        var found = formResults(index, form, fuzzy, cache)
        Object.keys(found).forEach(function (ref) {
          if (!result[ref] || result[ref].score < found[ref].score) result[ref] = found[ref]
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

  function pageOf(ref) {
    return ref.split("#")[0]
  }

  // --- Ranking -------------------------------------------------------------------

  function rank(index, parsed) {
    var engine = index.__ranking
    var concepts = engine.concepts(parsed.words)
    var wanted = concepts.filter(function (c) { return c.presence !== "prohibited" })
    if (!wanted.length) return []
    var cache = {}
    var matches = wanted.map(function (c) { return conceptResults(index, c, cache) })
    var excluded = {}
    concepts.filter(function (c) { return c.presence === "prohibited" }).forEach(function (c) {
      Object.keys(conceptResults(index, c, cache)).forEach(function (ref) { excluded[ref] = true })
    })

    var sections = {}
    matches.forEach(function (found, i) {
      Object.keys(found).forEach(function (ref) {
        if (excluded[ref]) return
        var section = sections[ref] = sections[ref] || { ref: ref, score: 0, concepts: {}, positions: {} }
        section.score += found[ref].score
        section.concepts[i] = found[ref].matchData
        section.positions[i] = positions(found[ref].matchData)
      })
    })

    var pages = {}
    var maxScore = 0
    var results = Object.keys(sections).map(function (ref) {
      return sections[ref]
    }).filter(function (section) {
      // Words typed in quotes (or with +) must all be in the section.
      return wanted.every(function (c, i) { return c.presence !== "required" || section.concepts[i] })
    })
    results.forEach(function (section) {
      var page = pages[pageOf(section.ref)] = pages[pageOf(section.ref)] || { concepts: {}, phrase: false }
      Object.keys(section.concepts).forEach(function (i) { page.concepts[i] = true })
      section.phrase = wanted.length > 1 && wanted.every(function (c, i) {
        return i === 0 || (section.positions[i - 1] && section.positions[i]
          && follows(section.positions[i - 1], section.positions[i]))
      })
      page.phrase = page.phrase || section.phrase
      maxScore = Math.max(maxScore, section.score)
    })

    return results.map(function (section) {
      var page = pages[pageOf(section.ref)]
      var tier = 2 * Object.keys(page.concepts).length + (page.phrase ? 1 : 0)
      var own = Object.keys(section.concepts).length / wanted.length + (section.phrase ? 0.5 : 0)
      var matchData = new lunr.MatchData()
      Object.keys(section.concepts).forEach(function (i) {
        matchData.combine(section.concepts[i])
        // The typed words' own terms, as Material's parser computes them.
        wanted[i].typed.forEach(function (w) {
          matchData.metadata[w.term.stem] = matchData.metadata[w.term.stem] || {}
        })
      })
      withoutRepeatedPositions(matchData)
      return {
        ref: section.ref,
        score: Math.pow(TIER, tier) * (1 + own + section.score / maxScore),
        matchData: matchData
      }
    }).sort(function (a, b) { return b.score - a.score })
  }

  var setUp = lunr.rankTypedQueries
  lunr.rankTypedQueries = function (lang, language) {
    var engine = setUp(lang, language)
    lunr.Index.prototype.search = function (queryString) {
      this.__ranking = engine
      return rank(this, { words: engine.parseQuery(queryString) })
    }
  }
})(self.lunr)
