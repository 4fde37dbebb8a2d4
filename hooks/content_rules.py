"""The content rules editors' pages must follow: one implementation of each rule.

Used in two places, so that an editor sees the same message wherever a problem is found:
- hooks/content_checks.py runs them during every build (strict build → a problem fails it);
- scripts/check_content.py runs them and a build, and prints the list.

Every problem reads `path:line: Latvian message / English message`, and says how to fix it.
Page rules read the Markdown source (front matter with mkdocs' own parser, the body rendered
with Python-Markdown and the site's extensions); link rules reuse mkdocs' own link validation,
whose warnings are turned into the same kind of message by `problem_from_build_message`.
"""
from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from mkdocs.utils.meta import YAML_RE, get_data

LANGUAGES = ("lv", "en")
# "English page / Latvian page", as the messages say it.
LANGUAGE_WORDS = {
    "lv": {"lv": "latviešu", "en": "Latvian"},
    "en": {"lv": "angļu", "en": "English"},
}
NEWS_FOLDER = "jaunumi"
NEWS_NAME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TODO = re.compile(r"\bTODO\b")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")
# The extensions a page is rendered with when mkdocs.yml cannot be read.
DEFAULT_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the repository root, with '/'
    line: int
    lv: str
    en: str
    # True for problems that only stop publishing (TODO placeholders): the preview build of a
    # draft must still work, but the content check that guards the live site fails.
    draft_only: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.lv} / {self.en}"


@dataclass
class Page:
    path: str  # 'docs/lv/kontakti.md'
    lang: str | None  # 'lv', 'en', or None for a page outside the language folders
    rel: str  # path inside the language folder: 'kontakti.md'
    lines: list[str]
    meta: dict
    body: str
    body_line: int  # line number where the body starts
    problems: list[Problem]

    def line_of_key(self, key: str) -> int:
        """The front matter line that sets `key` (1, the '---' line, if there is none)."""
        pattern = re.compile(rf"^{re.escape(key)}\s*:")
        for number, text in enumerate(self.lines[1 : self.body_line], start=2):
            if pattern.match(text):
                return number
        return 1

    def line_of(self, needle: str, *, regex: bool = False) -> int:
        """The first body line that contains `needle` (the first body line if none does)."""
        pattern = re.compile(needle if regex else re.escape(needle), re.IGNORECASE)
        for number, text in enumerate(self.lines[self.body_line - 1 :], start=self.body_line):
            if pattern.search(text):
                return number
        return self.body_line


# --- Reading a page ----------------------------------------------------------------------------


def read_page(root: Path, file: Path, docs_dir: Path) -> Page:
    path = file.relative_to(root).as_posix()
    in_docs = file.relative_to(docs_dir).as_posix()
    lang, _, rel = in_docs.partition("/")
    if lang not in LANGUAGES or not rel:
        lang, rel = None, in_docs
    try:
        text = file.read_text(encoding="utf-8-sig")  # as mkdocs reads it: a BOM is not text
    except UnicodeDecodeError:
        problem = Problem(
            path, 1,
            "Fails nav saglabāts UTF-8 kodējumā — saglabājiet to kā UTF-8 (GitHub tīmekļa redaktors to dara pats).",
            "The file is not saved as UTF-8 — save it as UTF-8 (GitHub's web editor does so by itself).",
        )
        return Page(path, lang, rel, [], {}, "", 1, [problem])
    text = text.replace("\r\n", "\n")
    body, meta = get_data(text)  # mkdocs' own front matter parser: what the build will see
    body_line = text[: len(text) - len(body)].count("\n") + 1
    page = Page(path, lang, rel, text.split("\n"), meta, body, body_line, [])
    page.problems.extend(front_matter_problems(page, text))
    return page


def impossible_date_in(text: str) -> bool:
    for found in ISO_DATE.findall(text):
        try:
            dt.date.fromisoformat(found)
        except ValueError:
            return True
    return False


def front_matter_problems(page: Page, text: str) -> list[Problem]:
    """mkdocs silently ignores broken front matter (the page then has no title): say why."""
    if not text.startswith("---"):
        return []
    match = YAML_RE.match(text)
    if match is None:
        return [Problem(
            page.path, 1,
            "Priekšvārds (front matter) nav noslēgts — pievienojiet rindu '---' pēc tā pēdējā lauka.",
            "The front matter is not closed — add a line '---' after its last field.",
        )]
    if page.meta:
        return []
    block = match.group(1)
    try:
        data = yaml.load(block, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return [Problem(
            page.path, 2 + (mark.line if mark else 0),
            "Priekšvārdā (front matter) ir kļūda šajā rindā — pārbaudiet kolu aiz lauka nosaukuma "
            "un pēdiņas; tekstu, kurā ir kols, ielieciet pēdiņās.",
            f"The front matter is broken here ({error.problem}) — check the colon after the field name "
            "and the quotes; put a text that contains a colon in quotes.",
        )]
    except ValueError as error:  # YAML reads 2024-13-01 as a date and cannot build it
        line = next((n for n, t in enumerate(block.split("\n"), start=2) if impossible_date_in(t)), 1)
        return [Problem(
            page.path, line,
            "Šajā rindā ir neesošs datums — rakstiet GGGG-MM-DD (piemēram, 2025-06-03) un pārbaudiet mēnesi un dienu.",
            f"This line has a date that does not exist ({error}) — write YYYY-MM-DD (e.g. 2025-06-03) "
            "and check the month and day.",
        )]
    if data is not None and not isinstance(data, dict):
        return [Problem(
            page.path, 2,
            "Priekšvārdā (front matter) jābūt rindām 'lauks: vērtība', piemēram, 'title: Kontakti'.",
            "The front matter must be lines of 'field: value', e.g. 'title: Contacts'.",
        )]
    return []


# --- Rules for one page ------------------------------------------------------------------------


def required_field_problems(page: Page) -> list[Problem]:
    problems = []
    wants = {
        "title": ("pievienojiet lapas virsrakstu", "add the page title"),
        "description": ("pievienojiet vienu teikumu par lapu", "add one sentence about the page"),
    }
    for key, (fix_lv, fix_en) in wants.items():
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(
                page.path, page.line_of_key(key),
                f"Trūkst '{key}' priekšvārdā (front matter) — {fix_lv}.",
                f"Missing '{key}' in the front matter — {fix_en}.",
            ))
    if "translation" in page.meta and page.meta["translation"] != "pending":
        problems.append(Problem(
            page.path, page.line_of_key("translation"),
            "'translation' var būt tikai 'pending' (tulkojums vēl top) — izlabojiet vai izdzēsiet šo rindu.",
            "'translation' can only be 'pending' (translation not written yet) — fix or delete this line.",
        ))
    return problems


def as_date(value) -> dt.date | None:
    """A front matter date: YAML gives a date (or datetime); a quoted 'YYYY-MM-DD' is accepted too."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def news_problems(page: Page) -> list[Problem]:
    folder, _, name = page.rel.rpartition("/")
    if folder != NEWS_FOLDER or name == "index.md":
        return []
    match = NEWS_NAME.fullmatch(name)
    if match is None:
        return [Problem(
            page.path, 1,
            "Jaunuma faila nosaukumam jābūt GGGG-MM-DD-nosaukums.md (mazie burti bez garumzīmēm, "
            "piemēram, 2025-06-03-ievelesana.md) — pārdēvējiet failu abās valodās.",
            "A news file name must be YYYY-MM-DD-slug.md (lower case, no diacritics, "
            "e.g. 2025-06-03-ievelesana.md) — rename the file in both languages.",
        )]
    try:
        file_date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return [Problem(
            page.path, 1,
            f"Datums faila nosaukumā ({match['date']}) neeksistē — pārdēvējiet failu abās valodās.",
            f"The date in the file name ({match['date']}) does not exist — rename the file in both languages.",
        )]
    if "date" not in page.meta:
        return [Problem(
            page.path, 1,
            f"Jaunumam trūkst 'date' priekšvārdā (front matter) — pievienojiet rindu 'date: {file_date}'.",
            f"The news item has no 'date' in the front matter — add the line 'date: {file_date}'.",
        )]
    date = as_date(page.meta["date"])
    line = page.line_of_key("date")
    if date is None:
        return [Problem(
            page.path, line,
            f"'date' jāraksta kā GGGG-MM-DD, piemēram, 'date: {file_date}'.",
            f"'date' must be written as YYYY-MM-DD, e.g. 'date: {file_date}'.",
        )]
    if date != file_date:
        return [Problem(
            page.path, line,
            f"Datums 'date: {date}' nesakrīt ar datumu faila nosaukumā ({file_date}) — izlabojiet vienu no tiem.",
            f"The date 'date: {date}' does not match the date in the file name ({file_date}) — correct one of them.",
        )]
    return []


def front_matter_image_problems(page: Page, root: Path) -> list[Problem]:
    """A news item's `image` must exist next to it. (That `image_alt` goes with it is checked by
    hooks/news.py against data/schemas/news.schema.json.)"""
    image = page.meta.get("image")
    if not isinstance(image, str) or not image.strip() or "://" in image:
        return []
    # An English page also finds an image that sits next to its Latvian counterpart
    # (mkdocs-static-i18n falls back to the Latvian file), as CONTRIBUTING.md advises.
    latvian_page = root / page.path[: -len(f"{page.lang}/{page.rel}")] / "lv" / page.rel
    if any((file.parent / image).is_file() for file in (root / page.path, latvian_page)):
        return []
    return [Problem(
        page.path, page.line_of_key("image"),
        f"Attēla fails '{image}' (lauks 'image') nav atrasts blakus lapai — augšupielādējiet to blakus latviešu "
        "lapai vai izlabojiet nosaukumu.",
        f"The image file '{image}' ('image' field) is not found next to the page — upload it next to the "
        "Latvian page or fix the name.",
    )]


def todo_problems(page: Page) -> list[Problem]:
    return [
        Problem(
            page.path, number,
            "Vietturis 'TODO' — aizstājiet to ar īstu tekstu; ar to lapu publicēt nevar.",
            "Placeholder 'TODO' — replace it with the real text; the page cannot be published with it.",
            draft_only=True,
        )
        for number, text in enumerate(page.lines, start=1)
        if TODO.search(text)
    ]


class _TagCollector(HTMLParser):
    """Every start tag of the rendered page, with its attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def rendered_tags(page: Page, extensions, extension_configs) -> list[tuple[str, dict]]:
    """Render the body as the build does (raw HTML passes through, code stays escaped)."""
    html = markdown.Markdown(extensions=extensions, extension_configs=extension_configs).convert(page.body)
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags


def html_problems(page: Page, tags, existing: set[str]) -> list[Problem]:
    """Scripts, alt texts and links that cross into the other language's pages.

    `existing` holds every page as 'lang/rel' (e.g. 'en/kontakti.md').
    """
    problems = []
    for tag, attrs in tags:
        if tag == "script":
            problems.append(Problem(
                page.path, page.line_of("<script"),
                "Lapā ir <script> — skripti saturā nav atļauti drošības dēļ; izņemiet to "
                "(par iegulšanu jautājiet izstrādātājiem).",
                "The page contains <script> — scripts are not allowed in content, for security; "
                "remove it (ask the developers about embeds).",
            ))
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(Problem(
                    page.path, page.line_of(rf"\b{re.escape(name)}\s*=", regex=True),
                    f"Lapā ir HTML atribūts '{name}' (JavaScript) — tādi nav atļauti drošības dēļ; izņemiet to.",
                    f"The page has the HTML attribute '{name}' (JavaScript) — not allowed, for security; remove it.",
                ))
            elif name in ("href", "src") and value and value.strip().lower().startswith("javascript:"):
                problems.append(Problem(
                    page.path, page.line_of("javascript:"),
                    "Saite ar 'javascript:' nav atļauta drošības dēļ — izņemiet to.",
                    "A 'javascript:' link is not allowed, for security — remove it.",
                ))
        if tag == "img":
            src = attrs.get("src") or ""
            if not (attrs.get("alt") or "").strip():
                problems.append(Problem(
                    page.path, page.line_of(src) if src else page.body_line,
                    f"Attēlam '{src}' nav alternatīvā teksta — kvadrātiekavās ierakstiet, kas attēlā redzams: "
                    f"![apraksts]({src}).",
                    f"The image '{src}' has no alt text — write what it shows in the square brackets: "
                    f"![description]({src}).",
                ))
        url = attrs.get("href") if tag == "a" else attrs.get("src") if tag == "img" else None
        if url and page.lang:
            problems.extend(cross_language_problems(page, url, existing))
    return problems


def cross_language_problems(page: Page, url: str, existing: set[str]) -> list[Problem]:
    """An English page linking into docs/lv/ (or the reverse) sends readers to the wrong language."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^/|^#", url, re.IGNORECASE):
        return []  # external, absolute (mkdocs warns about those) or on this page
    path, _, anchor = url.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(f"{page.lang}/{page.rel}"), path))
    target_lang, _, target_rel = target.partition("/")
    if target_lang not in LANGUAGES or target_lang == page.lang:
        return []
    if f"{page.lang}/{target_rel}" not in existing:
        return []  # no counterpart to point to
    suggestion = posixpath.relpath(f"{page.lang}/{target_rel}", posixpath.dirname(f"{page.lang}/{page.rel}"))
    if anchor:
        suggestion += f"#{anchor}"
    own, other = LANGUAGE_WORDS[page.lang], LANGUAGE_WORDS[target_lang]
    return [Problem(
        page.path, page.line_of(url),
        f"Saite '{url}' no {own['lv']} lapas ved uz {other['lv']} lapu — saitējiet uz {own['lv']} versiju: '{suggestion}'.",
        f"The link '{url}' leads from an {own['en']} page to a {other['en']} page — "
        f"link to the {own['en']} version: '{suggestion}'.",
    )]


# --- Rules for the whole tree ------------------------------------------------------------------


def counterpart_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    problems = []
    for (lang, rel), page in pages.items():
        other = "en" if lang == "lv" else "lv"
        if (other, rel) in pages or page.meta.get("translation") == "pending":
            continue
        words = LANGUAGE_WORDS[other]
        other_path = page.path[: -len(f"{lang}/{rel}")] + f"{other}/{rel}"
        problems.append(Problem(
            page.path, 1,
            f"Nav {words['lv']} versijas {other_path} lapai {page.path} — izveidojiet to ar tādu pašu ceļu "
            "vai pievienojiet priekšvārdā 'translation: pending'.",
            f"No {words['en']} version {other_path} of {page.path} — create it with the same path, "
            "or add 'translation: pending' to the front matter.",
        ))
    return problems


def outside_language_problem(page: Page) -> Problem:
    return Problem(
        page.path, 1,
        "Lapa atrodas ārpus docs/lv/ un docs/en/ — pārvietojiet to uz docs/lv/ "
        "(un tās tulkojumu uz docs/en/ ar tādu pašu ceļu).",
        "The page is outside docs/lv/ and docs/en/ — move it to docs/lv/ "
        "(and its translation to docs/en/ with the same path).",
    )


def check_sources(root: Path, docs_dir: Path | None = None, extensions=None, extension_configs=None) -> list[Problem]:
    """Every rule that reads the pages in docs/ (data/ is checked by hooks/data_pages.py)."""
    docs_dir = docs_dir or root / "docs"
    extensions = extensions if extensions is not None else DEFAULT_EXTENSIONS
    extension_configs = extension_configs or {}
    problems: list[Problem] = []
    pages: dict[tuple[str, str], Page] = {}
    for file in sorted(docs_dir.rglob("*.md")):
        page = read_page(root, file, docs_dir)
        problems.extend(page.problems)
        if page.lang is None:
            problems.append(outside_language_problem(page))
            continue
        pages[(page.lang, page.rel)] = page
    existing = {f"{lang}/{rel}" for lang, rel in pages}
    for page in pages.values():
        if not page.lines:
            continue  # unreadable: already reported
        if not page.problems:  # with broken front matter, every field would look missing
            problems.extend(required_field_problems(page))
            problems.extend(news_problems(page))
            problems.extend(front_matter_image_problems(page, root))
        problems.extend(todo_problems(page))
        problems.extend(html_problems(page, rendered_tags(page, extensions, extension_configs), existing))
    problems.extend(counterpart_problems(pages))
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.lv))


# --- mkdocs' own warnings, in the same words ---------------------------------------------------

_DOC = r"Doc file '(?P<src>[^']+)' contains "
_HINT = r"(?: Did you mean '(?P<hint>[^']*)'\?)?"
BUILD_MESSAGES = [
    ("not_found", re.compile(
        _DOC + r"a link '(?P<url>[^']+)', but the target(?: '[^']+')? is not found among documentation files\." + _HINT)),
    ("anchor", re.compile(
        _DOC + r"a link '(?P<url>[^']+)', but the doc '(?P<doc>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'\.")),
    ("own_anchor", re.compile(
        _DOC + r"a link '(?P<url>[^']+)', but there is no such anchor on this page\.")),
    ("absolute", re.compile(_DOC + r"an absolute link '(?P<url>[^']+)', it was left as is\." + _HINT)),
    ("unrecognized", re.compile(_DOC + r"an unrecognized relative link '(?P<url>[^']+)', it was left as is\." + _HINT)),
    ("nav", re.compile(
        r"A reference to '(?P<target>[^']+)' is included in the 'nav' configuration, "
        r"which is not found in the documentation files\.")),
]


def _hint(match, lv_before="piemēram", en_before="e.g."):
    hint = match.groupdict().get("hint")
    return (f" ({lv_before} '{hint}')", f" ({en_before} '{hint}')") if hint else ("", "")


def problem_from_build_message(message: str, root: Path, docs_dir: Path) -> Problem | None:
    """mkdocs' link and nav warnings, pointed at the line of the source that has the link."""
    for kind, pattern in BUILD_MESSAGES:
        match = pattern.match(message)
        if match:
            break
    else:
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
            path, line,
            f"Attēla fails '{url}' nav atrasts — augšupielādējiet to blakus latviešu lapai (docs/lv/…; "
            f"angļu lapa to atradīs pati) vai izlabojiet ceļu{hint_lv}.",
            f"The image file '{url}' is not found — upload it next to the Latvian page (docs/lv/…; "
            f"the English page finds it there too) or fix the path{hint_en}.",
        )
    if kind == "not_found":
        return Problem(
            path, line,
            f"Saite '{url}' ved uz lapu, kuras nav — pārbaudiet faila nosaukumu un ceļu{_hint(match, 'varbūt')[0]}.",
            f"The link '{url}' points to a page that does not exist — check the file name and path"
            f"{_hint(match, en_before='did you mean')[1]}.",
        )
    if kind in ("anchor", "own_anchor"):
        anchor = url.partition("#")[2]
        where_lv = f"lapā {docs_dir.relative_to(root).as_posix()}/{match['doc']}" if kind == "anchor" else "šajā lapā"
        where_en = f"{docs_dir.relative_to(root).as_posix()}/{match['doc']}" if kind == "anchor" else "this page"
        return Problem(
            path, line,
            f"Saite '{url}' norāda uz virsrakstu '#{anchor}', kura {where_lv} nav — pārbaudiet virsraksta enkuru "
            "(mazie burti, atstarpju vietā '-').",
            f"The link '{url}' points to the heading '#{anchor}', which {where_en} does not have — check the "
            "heading anchor (lower case, '-' for spaces).",
        )
    if kind == "absolute":
        return Problem(
            path, line,
            f"Saite '{url}' sākas ar '/' — saitējiet uz lapas .md failu ar relatīvu ceļu{hint_lv}.",
            f"The link '{url}' starts with '/' — link to the page's .md file with a relative path{hint_en}.",
        )
    return Problem(  # unrecognized
        path, line,
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
        "mkdocs.yml", line,
        f"Navigācijā (nav) minēta lapa '{target}', kuras nav mapēs docs/lv/ un docs/en/ — izveidojiet lapu "
        "vai izņemiet rindu no navigācijas.",
        f"The navigation (nav) lists the page '{target}', which is not in docs/lv/ and docs/en/ — create the page "
        "or remove the line from the navigation.",
    )


_SOURCE_PATH = re.compile(r"(?:docs/)?(?:lv|en)/[\w./-]+\.md|data/[\w./-]+\.ya?ml|mkdocs\.yml")
# "path:line: message" lines, as the other hooks (data_pages.py, news.py) write their errors.
_LOCATED = re.compile(r"^(?P<path>(?:docs|data)/[\w./-]+|mkdocs\.yml):(?P<line>\d+): (?P<text>.+)$")


# Latvian for the messages of the data hooks (hooks/data_pages.py, hooks/news.py, hooks/site_data.py),
# which write English; the English message follows the Latvian one.
LATVIAN_FOR = [
    (("not valid YAML", "error parsing the configuration file"),
     "YAML kļūda — pārbaudiet atkāpes (atstarpes rindas sākumā), kolu aiz nosaukuma un pēdiņas."),
    (("has no text for",),
     "Trūkst teksta kādā valodā — katrai atslēgai vajag gan 'lv:', gan 'en:' tekstu."),
    (("is not a valid date",),
     "Nederīgs datums — rakstiet GGGG-MM-DD (vai GGGG-MM, GGGG) pēdiņās, piemēram, \"2024-01-18\"."),
    (("chronological order",),
     "Ieraksti nav hronoloģiskā secībā — pārvietojiet šo ierakstu pareizajā vietā."),
    (("no such page",),
     "Saite uz lapu, kuras nav — ierakstiet lapas ceļu mapēs docs/lv/ un docs/en/, piemēram, jaunumi/2021-05-20-act-grupa.md."),
    (("unknown field",),
     "Nezināms lauks — izlabojiet lauka nosaukumu (atļautie nosaukumi minēti angliski)."),
    (("missing",),
     "Trūkst obligāta lauka — pievienojiet to (kurš, minēts angliski)."),
]


def latvian_for(english: str) -> str:
    """A Latvian explanation for a message written in English elsewhere."""
    for phrases, latvian in LATVIAN_FOR:
        if any(phrase in english for phrase in phrases):
            return latvian
    return "Kļūda šajā vietā (skaidrojums angliski) — izlabojiet to; ja nav skaidrs kā, jautājiet izstrādātājiem."


def _line_in_yaml(root: Path, path: str, message: str) -> int:
    """e.g. "data/ui.yml: 'motto' has no text for en": the line of that key."""
    if not path.endswith((".yml", ".yaml")) or not (root / path).is_file():
        return 1
    lines = (root / path).read_text(encoding="utf-8").split("\n")
    for key in re.findall(r"'([\w-]+)'", message):
        key_line = re.compile(rf"^\s*-?\s*{re.escape(key)}\s*:")
        found = next((n for n, t in enumerate(lines, start=1) if key_line.match(t)), None)
        if found:
            return found
    return 1


def problems_from_any_message(message: str, root: Path, docs_dir: Path) -> list[Problem]:
    """Any other build warning or error still fails the strict build: show it, at the file it names."""
    known = problem_from_build_message(message, root, docs_dir)
    if known:
        return [known]
    located = [_LOCATED.match(line.strip()) for line in message.strip().split("\n")]
    if all(located):  # every line already says where: one problem per line
        return [Problem(m["path"], int(m["line"]), latvian_for(m["text"]), m["text"]) for m in located]
    path = "mkdocs.yml"
    found = _SOURCE_PATH.search(message)
    if found:
        path = found.group(0)
        if re.match(r"(lv|en)/", path):
            path = f"{docs_dir.relative_to(root).as_posix()}/{path}"
    lines = re.findall(r"\bline (\d+)", message)
    line = int(lines[-1]) if lines else _line_in_yaml(root, path, message)  # YAML's problem mark is last
    english = " ".join(message.split())
    return [Problem(path, line, latvian_for(english), english)]
