"""A quoted word (a phrase: Material makes it a required whole word, "+word", not a prefix) gets
the same analysis as the index (lunr/query-stemming.js), as a word being typed does: Material marks
a typed word "Missing" in each result section whose index terms do not start with it, so an
unfolded, unstemmed "drošības" would be missing where the section has it.
tests/test_search.py::test_typed_words_are_analysed_like_the_index does the same for a word being
typed; the phrase goes through the module's other branch."""

from __future__ import annotations

import pytest
from test_search import search

pytestmark = pytest.mark.long(2)


@pytest.mark.parametrize("query", ['"drosibas"', '"drošības"'])
def test_a_quoted_word_is_analysed_like_the_index(site, page, query):
    results = search(page, site, "", query)
    assert results.links, f"{query} found nothing"
    assert len(results.links) > results.count, "expected section results (they carry the marker)"
    assert results.missing == [], results.missing
