"""The language of a page's text: Latvian in docs/lv/, English in docs/en/ (WCAG 3.1.1 and 3.1.2).

A language-identification model (py3langid, restricted to Latvian and English; developers/benchmarks.md,
"Language of the text", says why this one) reads the page's text as the build renders it:
- the page's whole text in the other language (an English text pasted into a Latvian page) is a
  problem at the first line of text;
- a sentence in the other language that is not marked with its language (`*Code of Conduct*{lang=en}`,
  `<span lang="en">…</span>`) is an advisory at its line: a screen reader would read it with the
  page's pronunciation. Advisories are shown, but do not stop publishing: a model can be wrong
  about one sentence, where it is not about a page.

Left out of what is read: text inside any element with a `lang` attribute (already marked), code,
UN document symbols, addresses, numbers; and sentences of fewer than SENTENCE_WORDS words (names,
titles of a few words, "S/PV.10043, 14 November 2025" read as either language). The figures in
developers/benchmarks.md ("Language of the text") are measured on our own pages.
"""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser

from latvijaano.problems import Problem
from latvijaano.rules import un_symbols

LANGUAGE_NAMES = {
    "lv": ("latviešu", "Latvian", "latviski", "in Latvian"),
    "en": ("angļu", "English", "angliski", "in English"),
}
# Fewer words than these are not judged: too little text for the model to be sure.
PAGE_WORDS = 20
SENTENCE_WORDS = 6
# How sure the model must be (its probability for the other language, of the two).
PAGE_CONFIDENCE = 0.99
SENTENCE_CONFIDENCE = 0.99
BLOCKS = {
    "p",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "summary",
}
SKIPPED = {"code", "pre", "kbd", "samp", "script", "style"}
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed", "track"}
NOT_WORDS = re.compile(r"\S*(?:https?://|www\.|@)\S*|\d[\d.,:/()–-]*")
WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“„(]?[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


@functools.lru_cache(maxsize=1)
def identifier():
    """The model, loaded once per process (half a second): Latvian or English, nothing else."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(["lv", "en"])
    return model


def language_of(text: str) -> tuple[str, float]:
    lang, probability = identifier().classify(text)
    return lang, float(probability)


class _TextBlocks(HTMLParser):
    """The rendered page's text, block by block, without what is marked, code or void."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.stack: list[bool] = []  # per open element: is its text left out?

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()
        if tag in VOID:
            return
        skipped = (
            bool(self.stack and self.stack[-1]) or tag in SKIPPED or any(name == "lang" for name, _ in attrs)
        )
        self.stack.append(skipped)
        if skipped:
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack:
            self.stack.pop()
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def rendered_blocks(html: str) -> list[str]:
    """The text of each block, without what is marked with a language, code or void elements
    (also read by latvijaano/rules/spelling.py, which leaves out more than NOT_WORDS)."""
    parser = _TextBlocks()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.blocks


def text_blocks(html: str) -> list[str]:
    return [NOT_WORDS.sub(" ", un_symbols.SYMBOL.sub(" ", block)) for block in rendered_blocks(html)]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def other_language_sentences(blocks: list[str], other: str) -> list[str]:
    """The sentences of `blocks` (text_blocks) that the model reads as the `other` language, sure
    enough; sentences too short to judge are left out (also read by tests/test_page_language.py,
    over every built page)."""
    found = []
    for block in blocks:
        for sentence in SENTENCE_END.split(block):
            if len(words(sentence)) < SENTENCE_WORDS:
                continue
            lang, probability = language_of(sentence)
            if lang == other and probability >= SENTENCE_CONFIDENCE:
                found.append(sentence)
    return found


def sentence_line(page, sentence: str) -> int:
    """The source line where a sentence starts: its first words, whatever markup lies between."""
    first = words(sentence)[:4]
    return page.line_of(r"\W+".join(re.escape(word) for word in first) if first else sentence, regex=True)


def language_problems(page, html: str) -> list[Problem]:
    """`page`: a latvijaano.rules.page.Page in docs/lv/ or docs/en/; `html`: its rendered body."""
    if page.lang not in LANGUAGE_NAMES:
        return []
    other = next(lang for lang in LANGUAGE_NAMES if lang != page.lang)
    own_lv, own_en, _, _ = LANGUAGE_NAMES[page.lang]
    other_lv, other_en, other_adverb_lv, other_adverb_en = LANGUAGE_NAMES[other]
    blocks = [block for block in text_blocks(html) if words(block)]
    whole = " ".join(blocks)
    if len(words(whole)) >= PAGE_WORDS:
        lang, probability = language_of(whole)
        if lang == other and probability >= PAGE_CONFIDENCE:
            return [
                Problem(
                    page.path,
                    page.first_text_line(),
                    f"Lapas teksts ir {other_adverb_lv}, bet lapa ir {own_lv} mapē (docs/{page.lang}/) — ielieciet "
                    f"šeit {own_lv} tekstu; {other_lv} tekstu ielieciet failā docs/{other}/{page.rel}.",
                    f"The page's text is {other_adverb_en}, but the page is in the {own_en} folder (docs/{page.lang}/) — "
                    f"put the {own_en} text here; the {other_en} text goes in docs/{other}/{page.rel}.",
                )
            ]
    problems = []
    for sentence in other_language_sentences(blocks, other):
        quoted = " ".join(sentence.split()[:8]) + (" …" if len(sentence.split()) > 8 else "")
        mark = f'<span lang="{other}">…</span>'
        problems.append(
            Problem(
                page.path,
                sentence_line(page, sentence),
                f"Teikums „{quoted}” šķiet {other_adverb_lv}, bet nav atzīmēts — ja tas ir {other_lv} teksts "
                f"(piemēram, dokumenta nosaukums), atzīmējiet to: {mark} vai *…*{{lang={other}}}; ja ne, "
                f"pārrakstiet to {LANGUAGE_NAMES[page.lang][2]}.",
                f"The sentence \u201c{quoted}\u201d seems to be {other_adverb_en} but is not marked — if it is "
                f"{other_en} (a document's title, say), mark it: {mark} or *…*{{lang={other}}}; if not, "
                f"rewrite it {LANGUAGE_NAMES[page.lang][3]}.",
                advisory=True,
            )
        )
    return problems
