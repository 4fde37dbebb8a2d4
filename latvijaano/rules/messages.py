"""mkdocs' own warnings and errors, said the way the content rules say theirs.

mkdocs validates links, anchors and the navigation itself, in English and at the page, not the
line. This module turns each of those messages (matched by their wording in mkdocs 1.6: a test
in tests/test_content_checks.py fails when mkdocs rewords one) into a `Problem` at the line of
the source that has the link, in Latvian and English. Any other message of a failed build
(a crash, a YAML error in mkdocs.yml) still becomes a problem at the file it names, so that the
content check never hides why a build failed.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from latvijaano.problems import Problem
from latvijaano.rules.page import read_page

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")

_DOC = r"Doc file '(?P<src>[^']+)' contains "
_HINT = r"(?: Did you mean '(?P<hint>[^']*)'\?)?"
BUILD_MESSAGES = [
    (
        "not_found",
        re.compile(
            _DOC
            + r"a link '(?P<url>[^']+)', but the target(?: '[^']+')? is not found among documentation files\."
            + _HINT
        ),
    ),
    (
        "anchor",
        re.compile(
            _DOC
            + r"a link '(?P<url>[^']+)', but the doc '(?P<doc>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'\."
        ),
    ),
    ("own_anchor", re.compile(_DOC + r"a link '(?P<url>[^']+)', but there is no such anchor on this page\.")),
    ("absolute", re.compile(_DOC + r"an absolute link '(?P<url>[^']+)', it was left as is\." + _HINT)),
    (
        "unrecognized",
        re.compile(_DOC + r"an unrecognized relative link '(?P<url>[^']+)', it was left as is\." + _HINT),
    ),
    (
        "nav",
        re.compile(
            r"A reference to '(?P<target>[^']+)' is included in the 'nav' configuration, "
            r"which is not found in the documentation files\."
        ),
    ),
]


def _hint(match, lv_before="piemēram", en_before="e.g."):
    hint = match.groupdict().get("hint")
    return (f" ({lv_before} '{hint}')", f" ({en_before} '{hint}')") if hint else ("", "")


def _match(message: str):
    for kind, pattern in BUILD_MESSAGES:
        match = pattern.match(message)
        if match:
            return kind, match
    return None, None


def reported_elsewhere(message: str, docs_dir: Path) -> bool:
    """A link mkdocs cannot resolve to a page whose file is there: a draft or a scheduled item,
    which this build leaves out. latvijaano/data/publication.py reports that link at its line, saying why;
    "the page does not exist" beside it would be wrong, and a second message for one link."""
    kind, match = _match(message)
    if kind != "not_found":
        return False
    target = posixpath.normpath(posixpath.join(posixpath.dirname(match["src"]), match["url"].split("#")[0]))
    return target.endswith(".md") and (docs_dir / target).is_file()


def problem_from_build_message(message: str, root: Path, docs_dir: Path) -> Problem | None:
    """mkdocs' link and nav warnings, pointed at the line of the source that has the link."""
    kind, match = _match(message)
    if kind is None or reported_elsewhere(message, docs_dir):
        return None
    if kind == "nav":
        return nav_problem(match["target"], root)
    file = docs_dir / match["src"]
    path = file.relative_to(root).as_posix()
    page = read_page(root, file, docs_dir) if file.is_file() else None
    url = match["url"]
    line = page.line_of(url) if page else 1
    hint_lv, hint_en = _hint(match)
    if kind == "not_found" and url.split("#")[0].lower().endswith(IMAGE_SUFFIXES):
        return Problem(
            path,
            line,
            f"Attēla fails '{url}' nav atrasts — augšupielādējiet to blakus latviešu lapai (docs/lv/…; "
            f"angļu lapa to atradīs pati) vai izlabojiet ceļu{hint_lv}.",
            f"The image file '{url}' is not found — upload it next to the Latvian page (docs/lv/…; "
            f"the English page finds it there too) or fix the path{hint_en}.",
        )
    if kind == "not_found":
        return Problem(
            path,
            line,
            f"Saite '{url}' ved uz lapu, kuras nav — pārbaudiet faila nosaukumu un ceļu{_hint(match, 'varbūt')[0]}.",
            f"The link '{url}' points to a page that does not exist — check the file name and path"
            f"{_hint(match, en_before='did you mean')[1]}.",
        )
    if kind in ("anchor", "own_anchor"):
        anchor = url.partition("#")[2]
        where_lv = (
            f"lapā {docs_dir.relative_to(root).as_posix()}/{match['doc']}"
            if kind == "anchor"
            else "šajā lapā"
        )
        where_en = (
            f"{docs_dir.relative_to(root).as_posix()}/{match['doc']}" if kind == "anchor" else "this page"
        )
        return Problem(
            path,
            line,
            f"Saite '{url}' norāda uz virsrakstu '#{anchor}', kura {where_lv} nav — pārbaudiet virsraksta enkuru "
            "(mazie burti, atstarpju vietā '-').",
            f"The link '{url}' points to the heading '#{anchor}', which {where_en} does not have — check the "
            "heading anchor (lower case, '-' for spaces).",
        )
    if kind == "absolute":
        return Problem(
            path,
            line,
            f"Saite '{url}' sākas ar '/' — saitējiet uz lapas .md failu ar relatīvu ceļu{hint_lv}.",
            f"The link '{url}' starts with '/' — link to the page's .md file with a relative path{hint_en}.",
        )
    return Problem(  # unrecognized
        path,
        line,
        f"Saite '{url}' nenorāda uz lapas failu — saitējiet uz .md failu, piemēram, 'kontakti.md'{hint_lv}.",
        f"The link '{url}' does not point to a page file — link to the .md file, e.g. 'kontakti.md'{hint_en}.",
    )


def nav_problem(target: str, root: Path) -> Problem:
    config = root / "mkdocs.yml"
    line = 1
    if config.is_file():
        for number, text in enumerate(config.read_text(encoding="utf-8").split("\n"), start=1):
            if target in text:
                line = number
                break
    return Problem(
        "mkdocs.yml",
        line,
        f"Navigācijā (nav) minēta lapa '{target}', kuras nav mapēs docs/lv/ un docs/en/ — izveidojiet lapu "
        "vai izņemiet rindu no navigācijas.",
        f"The navigation (nav) lists the page '{target}', which is not in docs/lv/ and docs/en/ — create the page "
        "or remove the line from the navigation.",
    )


_SOURCE_PATH = re.compile(r"(?:docs/)?(?:lv|en)/[\w./-]+\.md|data/[\w./-]+\.ya?ml|mkdocs\.yml")
# "path:line: message" lines, as a plugin may write its errors.
_LOCATED = re.compile(r"^(?P<path>(?:docs|data)/[\w./-]+|mkdocs\.yml):(?P<line>\d+): (?P<text>.+)$")


# Our own hooks say what is wrong in both languages (problems.ProblemsError); a message that
# reaches this point is mkdocs' or a plugin's own, in English only: said so in Latvian.
UNEXPLAINED_LV = (
    "Vietni neizdevās uzbūvēt šīs vietas dēļ (skaidrojums angliski aiz '/') — izlabojiet to; "
    "ja nav skaidrs kā, jautājiet izstrādātājiem."
)


def _line_in_yaml(root: Path, path: str, message: str) -> int:
    """e.g. "data/ui.yml: 'motto' has no text for en": the line of that key."""
    if not path.endswith((".yml", ".yaml")) or not (root / path).is_file():
        return 1
    lines = (root / path).read_text(encoding="utf-8", errors="replace").split("\n")
    for key in re.findall(r"'([\w-]+)'", message):
        key_line = re.compile(rf"^\s*-?\s*{re.escape(key)}\s*:")
        found = next((n for n, t in enumerate(lines, start=1) if key_line.match(t)), None)
        if found:
            return found
    return 1


def problems_from_any_message(message: str, root: Path, docs_dir: Path) -> list[Problem]:
    """Any other build warning or error still fails the strict build: show it, at the file it names."""
    if reported_elsewhere(message, docs_dir):
        return []
    known = problem_from_build_message(message, root, docs_dir)
    if known:
        return [known]
    located = [_LOCATED.match(line.strip()) for line in message.strip().split("\n")]
    if all(located):  # every line already says where: one problem per line
        return [Problem(m["path"], int(m["line"]), UNEXPLAINED_LV, m["text"]) for m in located]
    path = "mkdocs.yml"
    found = _SOURCE_PATH.search(message)
    if found:
        path = found.group(0)
        if re.match(r"(lv|en)/", path):
            path = f"{docs_dir.relative_to(root).as_posix()}/{path}"
    lines = re.findall(r"\bline (\d+)", message)
    line = int(lines[-1]) if lines else _line_in_yaml(root, path, message)  # YAML's problem mark is last
    english = " ".join(message.split())
    return [Problem(path, line, UNEXPLAINED_LV, english)]
