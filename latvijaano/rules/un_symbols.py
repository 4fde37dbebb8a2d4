"""UN document symbols typed in Markdown become links to the document: a Python-Markdown extension.

    S/RES/1325 (2000)  ->  <a href="https://undocs.org/en/S/RES/1325(2000)"
                              title="ANO Drošības padomes rezolūcija">S/RES/1325 (2000)</a>

Recognised (with an optional /Add.N, /Rev.N or /Corr.N suffix):
    S/RES/1325 (2000)   Security Council resolution
    S/PRST/2024/1       statement by the President of the Security Council
    S/PV.10043          Security Council meeting record (verbatim record, procès-verbal)
    S/2024/507          Security Council document (report, letter, note)
    A/RES/80/1          General Assembly resolution
    A/80/PV.4           General Assembly meeting record
    A/80/150            General Assembly document

The address. The UN's Dag Hammarskjöld Library (research.un.org, "UN Documentation: Overview")
and the library guides built on it say that a document is found by its symbol at
https://undocs.org/ followed by the symbol; a language code before the symbol picks that
language's version: https://undocs.org/en/S/RES/1325(2000). undocs.org is the UN's own
permanent symbol service: it redirects to wherever the Official Document System keeps the file
(today documents.un.org), so these links survive the UN moving its document store, which the
documents.un.org search addresses (with their query parameters) would not. English is chosen
because every document is issued in English and the site's readers of both languages read it;
the symbol is the same in every language. A resolution's year is written with a space in
running text ("S/RES/1325 (2000)") and without it in the address, as the UN writes it.

Where symbols are left alone: inside code (`S/PV.1`), inside an existing link (Markdown or raw HTML),
in a block of raw HTML, and in
attributes (a heading's id is made from its text by the toc extension before this runs, and the
table of contents keeps the plain text). The link's title attribute names the document type in
the page's language (`lang`, 'lv' or 'en').

Registration: the extension needs the language of the build, which mkdocs.yml cannot give it
(mkdocs-static-i18n makes one build per language), so it is not listed in `markdown_extensions`:
this module's on_config (wired by hooks/un_symbols.py) adds it with the language of the build,
before latvijaano/rules/events.py renders the pages with the same list.
The extension itself needs only Python-Markdown (tests/test_un_symbols.py uses it alone).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from latvijaano import site_context

ADDRESS = "https://undocs.org/en/{symbol}"
SUFFIX = r"(?:/(?:Add|Rev|Corr)\.\d+)*"
# Kind of document -> regular expression of its symbol. Order matters: the first that matches wins.
KINDS = {
    "sc_resolution": r"S/RES/\d+ ?\(\d{4}\)",
    "sc_presidential_statement": r"S/PRST/\d{4}/\d+",
    "sc_meeting_record": r"S/PV\.\d+",
    "sc_document": r"S/\d{4}/\d+",
    "ga_resolution": r"A/RES/\d+/\d+",
    "ga_meeting_record": r"A/\d+/PV\.\d+",
    "ga_document": r"A/\d+/\d+",
}
TITLES = {
    "sc_resolution": {"lv": "ANO Drošības padomes rezolūcija", "en": "UN Security Council resolution"},
    "sc_presidential_statement": {
        "lv": "ANO Drošības padomes priekšsēdētāja paziņojums",
        "en": "Statement by the President of the UN Security Council",
    },
    "sc_meeting_record": {
        "lv": "ANO Drošības padomes sanāksmes stenogramma",
        "en": "UN Security Council meeting record",
    },
    "sc_document": {"lv": "ANO Drošības padomes dokuments", "en": "UN Security Council document"},
    "ga_resolution": {"lv": "ANO Ģenerālās asamblejas rezolūcija", "en": "UN General Assembly resolution"},
    "ga_meeting_record": {
        "lv": "ANO Ģenerālās asamblejas sanāksmes stenogramma",
        "en": "UN General Assembly meeting record",
    },
    "ga_document": {"lv": "ANO Ģenerālās asamblejas dokuments", "en": "UN General Assembly document"},
}
# Not part of a longer word or path on either side; a full stop after the symbol ends a sentence.
SYMBOL = re.compile(
    r"(?<![\w/.])(?:"
    + "|".join(f"(?P<{kind}>{pattern}{SUFFIX})" for kind, pattern in KINDS.items())
    + r")(?![\w/]|\.\d)"
)
# Where Python-Markdown keeps raw HTML while it works on the text: a placeholder with the index
# of the stashed HTML.
STASHED = re.compile("\x02wzxhzdk:(\\d+)\x03")
# Elements whose text is not running text: code, links, and what Python-Markdown leaves alone.
SKIP = {"a", "code", "pre", "kbd", "samp", "script", "style"}


def address(symbol: str) -> str:
    """The undocs.org address of a symbol as typed: 'S/RES/1325 (2000)' -> '.../S/RES/1325(2000)'."""
    return ADDRESS.format(symbol=symbol.replace(" ", ""))


def find_symbols(text: str):
    """(start, end, symbol, kind) of each symbol in `text`."""
    for match in SYMBOL.finditer(text):
        yield match.start(), match.end(), match.group(0), match.lastgroup


def is_symbol(text: str) -> bool:
    """True if `text` is exactly one symbol this module recognises (a statement's `symbol`)."""
    match = SYMBOL.fullmatch(text.strip())
    return match is not None


class SymbolLinks(Treeprocessor):
    def __init__(self, md, lang: str):
        super().__init__(md)
        self.lang = lang

    def link(self, symbol: str, kind: str) -> etree.Element:
        element = etree.Element("a", {"href": address(symbol), "title": TITLES[kind][self.lang]})
        element.text = AtomicString(symbol)
        return element

    def split(self, text: str, in_raw_link: bool) -> tuple[str, list[etree.Element], bool]:
        """Text before the first symbol, and a link per symbol with the text after it as its tail;
        and whether the text ends inside a link written in raw HTML (<a href=…>…</a>), whose
        text is left alone too."""
        links, head, position = [], None, 0
        for start, end, symbol, kind in self.linkable(text, in_raw_link):
            before = text[position:start]
            if links:
                links[-1].tail = before
            else:
                head = before
            links.append(self.link(symbol, kind))
            position = end
        in_raw_link = self.ends_in_raw_link(text, in_raw_link)
        if not links:
            return text, [], in_raw_link
        links[-1].tail = text[position:]
        return head, links, in_raw_link

    def raw_tags(self, text: str):
        """(start, end, True for <a …> / False for </a>) of raw HTML links stashed in `text`."""
        for match in STASHED.finditer(text):
            index = int(match.group(1))
            blocks = self.md.htmlStash.rawHtmlBlocks
            raw = str(blocks[index]).lstrip().lower() if index < len(blocks) else ""
            if re.match(r"<a[\s>]", raw):
                yield match.start(), match.end(), True
            elif raw.startswith("</a"):
                yield match.start(), match.end(), False

    def linkable(self, text: str, in_raw_link: bool):
        """The symbols of `text` that are not inside a raw HTML link."""
        edges = list(self.raw_tags(text))
        for found in find_symbols(text):
            inside = in_raw_link
            for start, _, opens in edges:
                if start < found[0]:
                    inside = opens
            if not inside:
                yield found

    def ends_in_raw_link(self, text: str, in_raw_link: bool) -> bool:
        for _, _, opens in self.raw_tags(text):
            in_raw_link = opens
        return in_raw_link

    def walk(self, element: etree.Element) -> None:
        if element.tag in SKIP:
            return
        in_raw_link = False
        if element.text and not isinstance(element.text, AtomicString):
            element.text, links, in_raw_link = self.split(element.text, in_raw_link)
            for index, link in enumerate(links):
                element.insert(index, link)
        for child in list(element):
            self.walk(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, links, in_raw_link = self.split(child.tail, in_raw_link)
                position = list(element).index(child) + 1
                for offset, link in enumerate(links):
                    element.insert(position + offset, link)

    def run(self, root):
        self.walk(root)


class UnSymbolsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"lang": ["en", "The page's language, for the link's title: 'lv' or 'en'"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        lang = self.getConfig("lang")
        if lang not in next(iter(TITLES.values())):
            raise ValueError(f"un_symbols: unknown language {lang!r}")
        # After the inline patterns (20) and the toc (5): text is final and headings have their ids.
        md.treeprocessors.register(SymbolLinks(md, lang), "un_symbols", 4)


def makeExtension(**kwargs):  # Python-Markdown's entry point for an extension module
    return UnSymbolsExtension(**kwargs)


# --- mkdocs hook ---------------------------------------------------------------------------------


@event_priority(-150)  # after mkdocs-static-i18n (-100) has set the build's language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # `mkdocs serve` reloads hooks (a new class) and mkdocs-static-i18n runs on_config once per
    # language: the previous instance goes, by class name, and this build's language comes in.
    config.markdown_extensions[:] = [
        extension
        for extension in config.markdown_extensions
        if type(extension).__name__ != UnSymbolsExtension.__name__
    ]
    config.markdown_extensions.append(UnSymbolsExtension(lang=site_context.build_language(config)))
    return config
