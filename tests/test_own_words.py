"""The site tells its facts in its own words (issue 36): no text shares a run of RUN words with a source.

The sources are the documents every fact comes from: ../shared/seeds/*.txt and
../shared/facts-since-seeds.md, beside the repository (CI lays a copy of shared/ beside its clone;
a git worktree finds it beside the main working tree). Read on our side: every page's body and
front matter texts (docs/**/*.md) and every string value in data/*.yml. Words are compared with
case, diacritics and punctuation folded away ("Drošības padomē," = "drosibas padome"), so a copy
with its commas moved is still a copy. Text inside quotation marks („…”, “…”, "…", «…») is left
out: a quotation is meant to be the source's words, and says so.

How: every run of RUN words of the sources goes into a set (shingles), and every run of ours is
looked up in it; the whole site takes well under a second. A failure names each file:line with
the run it shares.

If shared/ is absent, the test FAILS rather than skips: a skipped test would let copied text pass
unseen wherever shared/ was not laid out, and CI always has it.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, source_root

pytestmark = pytest.mark.content  # reads the site's own pages and data

RUN = 10  # words in a row that make a copy (issue 36)
# What a quotation is: the marks Latvian („…”) and English (“…”, "…") texts use, and «…».
# A quotation ends within a paragraph: a stray mark must not hide the rest of a page.
QUOTATION = re.compile(
    r"„[^”“\n]*(?:\n(?!\n)[^”“\n]*)*[”“]|“[^”\n]*(?:\n(?!\n)[^”\n]*)*”"
    r"|\"[^\"\n]*\"|«[^»\n]*»"
)
# Markup that is not text: HTML tags (with their attributes), link addresses, code spans.
MARKUP = re.compile(r"<[^>\n]*>|\]\([^)\s]*\)|`[^`\n]*`|https?://\S+")
WORD = re.compile(r"[^\W_]+")


def shared_folder() -> Path:
    """shared/ beside the repository: beside its main working tree when this is a git worktree."""
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        main_tree = Path(common).parent
    except (OSError, subprocess.CalledProcessError):
        main_tree = ROOT
    for candidate in (ROOT.parent / "shared", main_tree.parent / "shared"):
        if (candidate / "seeds").is_dir():
            return candidate
    return ROOT.parent / "shared"


def folded_words(text: str) -> list[str]:
    """The words of `text`, lower case and without diacritics."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return WORD.findall(plain)


def source_shingles(shared: Path) -> set[tuple[str, ...]]:
    files = sorted((shared / "seeds").glob("*.txt")) + [shared / "facts-since-seeds.md"]
    shingles = set()
    for file in files:
        # An address is not a sentence of the source (its slug spells a speaker's title, say): no run
        # goes across one.
        for piece in re.split(r"https?://\S+", file.read_text(encoding="utf-8")):
            words = folded_words(piece)
            shingles.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return shingles


def without_quotations(text: str) -> str:
    """Quotations and markup become a line break of their own ('¶'): no run goes across one."""
    keep_lines = lambda match: "¶" + "\n" * match.group().count("\n")  # noqa: E731 (line numbers stay)
    return QUOTATION.sub(keep_lines, MARKUP.sub(keep_lines, text))


def texts_with_lines(text: str, first_line: int = 1):
    """(line, words) for each stretch of text between quotations, from a text that starts at `first_line`."""
    for number, line in enumerate(without_quotations(text).split("\n"), start=first_line):
        for index, stretch in enumerate(line.split("¶")):
            if index:
                yield number, []  # a quotation (or markup) between: the run ends there
            yield number, folded_words(stretch)


# Fields that hold an official title as its source gives it (a meeting's heading in the mission's
# archive: issue 35 asks for "the English one as given"): a short official title may carry over.
OFFICIAL_TITLES = {"data/meetings.yml": {"title"}}


def yaml_strings(text: str, first_line: int = 1, skip_keys=frozenset()):
    """(line, value) for every string value of a YAML text (keys left out, and the values under `skip_keys`)."""

    def walk(node):
        if isinstance(node, yaml.ScalarNode):
            yield node.start_mark.line + first_line, node.value
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from walk(item)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if not (isinstance(key, yaml.ScalarNode) and key.value in skip_keys):
                    yield from walk(value)

    node = yaml.compose(text, Loader=yaml.BaseLoader)
    return walk(node) if node is not None else iter(())


def site_texts(root: Path):
    """(path, [(line, words)…]) for each page and data file: one word sequence per file, each word
    with its line (a run may go across a paragraph's lines), a quotation ending the stretch."""
    for file in sorted((root / "docs").rglob("*.md")) + sorted((root / "data").glob("*.yml")):
        path = file.relative_to(root).as_posix()
        text = file.read_text(encoding="utf-8-sig")
        stretches = []  # (line, words) pieces; consecutive pieces of a page body run together
        if file.suffix == ".yml":
            for line, value in yaml_strings(text, skip_keys=OFFICIAL_TITLES.get(path, frozenset())):
                stretches.append([(line, words) for line, words in texts_with_lines(value, line)])
        else:
            match = re.match(r"---\n(.*?\n)---\n", text, re.S)
            body_start = 1
            if match:
                for line, value in yaml_strings(match.group(1), 2):
                    stretches.append([(line, words) for line, words in texts_with_lines(value, line)])
                body_start = match.group(0).count("\n") + 1
                text = text[match.end() :]
            stretches.append(list(texts_with_lines(text, body_start)))
        yield path, stretches


def shared_runs(stretch, shingles) -> list[tuple[int, str]]:
    """(line, run) for each longest run of a stretch that a source has too."""
    words, lines = [], []
    found = []
    pieces = [*stretch, (None, None)]  # (a None piece: the stretch's end)
    for line, line_words in pieces:
        if line_words:  # a line's words continue the run (a paragraph goes across lines) …
            words += line_words
            lines += [line] * len(line_words)
            continue
        # … an empty line, a quotation or the end closes it
        hits = [i for i in range(len(words) - RUN + 1) if tuple(words[i : i + RUN]) in shingles]
        start = end = None
        for i in hits + [None]:
            if start is not None and (i is None or i > end + RUN):  # (windows that overlap or touch: one run)
                found.append((lines[start], " ".join(words[start : end + RUN])))
                start = None
            if i is not None:
                start = i if start is None else start
                end = i
        words, lines = [], []
    return found


def test_no_text_shares_a_run_of_ten_words_with_a_source():
    shared = shared_folder()
    assert (shared / "seeds").is_dir() and (shared / "facts-since-seeds.md").is_file(), (
        f"The sources are not beside the repository ({shared} with seeds/ and facts-since-seeds.md): "
        "lay out shared/ beside the clone, as CI does, to check that the site tells them in its own words."
    )
    shingles = source_shingles(shared)
    assert shingles, f"no text in {shared}"
    copies = [
        f"{path}:{line}: {run}"
        for path, stretches in site_texts(source_root())
        for stretch in stretches
        for line, run in shared_runs(stretch, shingles)
    ]
    assert not copies, (
        f"{len(copies)} runs of {RUN}+ words copied from a source (../shared/) outside quotation "
        "marks — tell the fact in your own words:\n" + "\n".join(copies)
    )
