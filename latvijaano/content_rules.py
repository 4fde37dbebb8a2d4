"""The content rules editors' pages must follow: one implementation of each rule.

Used in two places, so that an editor sees the same message wherever a problem is found:
- latvijaano/content_checks.py runs them during every build (strict build → a problem fails it);
- scripts/check_content.py runs them and a build, and prints the list.

Every problem reads `path:line: Latvian message / English message`, and says how to fix it.
Page rules read the Markdown source (front matter with mkdocs' own parser, the body rendered
with Python-Markdown and the site's extensions); link rules reuse mkdocs' own link validation,
whose warnings are turned into the same kind of message by latvijaano/build_messages.py.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import yaml
from mkdocs.utils.meta import YAML_RE, get_data

from latvijaano import (
    active_content,  # (the active-content rule, in a module of its own)
    language_rules,
    markdown_slips,
    spelling_rules,
    symbol_rules,
    un_symbols,
)
from latvijaano.problems import Problem, sort_problems  # noqa: F401  (Problem: also for scripts/)
from latvijaano.site_context import LANGUAGES
from latvijaano.yaml_mistakes import yaml_problem  # noqa: F401  (also for scripts/ and tests)

# "English page / Latvian page", as the messages say it.
LANGUAGE_WORDS = {
    "lv": {"lv": "latviešu", "en": "Latvian"},
    "en": {"lv": "angļu", "en": "English"},
}
NEWS_FOLDER = "jaunumi"
STATEMENTS_FOLDER = "pazinojumi"
PRIORITIES_FILE = "data/priorities.yml"
# The languages a statement's full text can be in (`source_lang`; data/ui.yml `in_language_<code>`
# names each): Latvian, English, and French, the Council's other working language.
SOURCE_LANGUAGES = ("lv", "en", "fr")
MEETINGS_FILE = "data/meetings.yml"
# A statement's kind and delivery status (CONTRIBUTING.md, "Paziņojumi"; labels in data/ui.yml).
STATEMENT_TYPES = ("statement", "explanation-of-vote", "joint-statement", "press-remarks")
DEFAULT_STATEMENT_TYPE = "statement"
VOTE_TIMINGS = ("before", "after")
DELIVERIES = ("as-delivered", "check-against-delivery")
NEWS_NAME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TODO = re.compile(r"\bTODO\b")
# HTML or Markdown markup where plain text belongs (title, description).
MARKUP = re.compile(r"<[a-zA-Z/!]|\]\(|\*\*|__|`")
# What makes a browser fetch from the address it names (an <a href> only navigates, on a click).
FETCHING_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "link": ("href",),
}
OTHER_ORIGIN = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
# A page says something: at least this many words of its own text (CONTRIBUTING.md says so).
# A page with a data section (<!-- data: … -->) gets its text from the data and is exempt.
MIN_WORDS = 40
LATVIAN_LETTERS = re.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
DATA_MARKER = re.compile(r"<!--\s*data:\s*[^\s>]+\s*-->")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")
# The extensions a page is rendered with when mkdocs.yml cannot be read.
DEFAULT_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]


@dataclass(eq=False)  # a page is itself: hashable by identity
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

    def first_text_line(self) -> int:
        """The first body line with text that is not a heading (where a reader's text starts)."""
        for number, text in enumerate(self.lines[self.body_line - 1 :], start=self.body_line):
            if text.strip() and not text.lstrip().startswith("#"):
                return number
        return self.body_line

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
            path,
            1,
            "Fails nav saglabāts UTF-8 kodējumā — saglabājiet to kā UTF-8 (GitHub tīmekļa redaktors to dara pats).",
            "The file is not saved as UTF-8 — save it as UTF-8 (GitHub's web editor does so by itself).",
            stops_build=True,
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
        return [
            Problem(
                page.path,
                1,
                "Galvene (front matter) nav noslēgta — pievienojiet rindu '---' pēc tās pēdējā lauka.",
                "The front matter is not closed — add a line '---' after its last field.",
            )
        ]
    if page.meta:
        return []
    block = match.group(1)
    try:
        data = yaml.load(block, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return [yaml_problem(page.path, error, first_line=2)]
    except ValueError as error:  # YAML reads 2024-13-01 as a date and cannot build it
        line = next((n for n, t in enumerate(block.split("\n"), start=2) if impossible_date_in(t)), 1)
        return [
            Problem(
                page.path,
                line,
                "Šajā rindā ir neesošs datums — rakstiet GGGG-MM-DD (piemēram, 2025-06-03) un pārbaudiet mēnesi un dienu.",
                f"This line has a date that does not exist ({error}) — write YYYY-MM-DD (e.g. 2025-06-03) "
                "and check the month and day.",
            )
        ]
    if data is not None and not isinstance(data, dict):
        return [
            Problem(
                page.path,
                2,
                "Galvenē (front matter) jābūt rindām 'lauks: vērtība', piemēram, 'title: Kontakti'.",
                "The front matter must be lines of 'field: value', e.g. 'title: Contacts'.",
            )
        ]
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
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"Trūkst '{key}' galvenē (front matter) — {fix_lv}.",
                    f"Missing '{key}' in the front matter — {fix_en}.",
                )
            )
        elif MARKUP.search(value):
            # Titles and descriptions are shown as plain text (header, tabs, search results, link
            # previews); markup there would show as code, or, unescaped, change the page.
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"'{key}' ir vienkāršs teksts — izņemiet HTML vai Markdown zīmes (<…>, **, `, [..](..)); "
                    "izcēlumus un saites lieciet lapas tekstā.",
                    f"'{key}' is plain text — take out the HTML or Markdown (<…>, **, `, [..](..)); put emphasis "
                    "and links in the page's text.",
                )
            )
    if page.meta.get("translation") == "pending" and page.lang != LANGUAGES[0]:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("translation"),
                "'translation: pending' der tikai latviešu lapai (tā norāda, ka angļu tulkojums vēl top) — "
                "izdzēsiet šo rindu no angļu lapas.",
                "'translation: pending' belongs on a Latvian page only (it says the English translation is "
                "still to come) — delete this line from the English page.",
            )
        )
    elif "translation" in page.meta and page.meta["translation"] != "pending":
        problems.append(
            Problem(
                page.path,
                page.line_of_key("translation"),
                "'translation' var būt tikai 'pending' (tulkojums vēl top) — izlabojiet vai izdzēsiet šo rindu.",
                "'translation' can only be 'pending' (translation not written yet) — fix or delete this line.",
            )
        )
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


# A dated item's folder -> how the messages name it: (Latvian genitive, Latvian dative, English).
DATED_ITEMS = {
    NEWS_FOLDER: ("Jaunuma", "Jaunumam", "news", "The news item"),
    STATEMENTS_FOLDER: ("Paziņojuma", "Paziņojumam", "statement", "The statement"),
}


def dated_item_problems(page: Page, folder: str) -> list[Problem]:
    """A news item's or statement's file name YYYY-MM-DD-slug.md and its `date`, which must agree."""
    page_folder, _, name = page.rel.rpartition("/")
    if page_folder != folder or name == "index.md":
        return []
    genitive, dative, noun_en, subject_en = DATED_ITEMS[folder]
    match = NEWS_NAME.fullmatch(name)
    if match is None:
        return [
            Problem(
                page.path,
                1,
                f"{genitive} faila nosaukumam jābūt GGGG-MM-DD-nosaukums.md (mazie burti bez garumzīmēm, "
                "piemēram, 2025-06-03-ievelesana.md) — pārdēvējiet failu abās valodās.",
                f"A {noun_en} file name must be YYYY-MM-DD-slug.md (lower case, no diacritics, "
                "e.g. 2025-06-03-ievelesana.md) — rename the file in both languages.",
            )
        ]
    try:
        file_date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return [
            Problem(
                page.path,
                1,
                f"Datums faila nosaukumā ({match['date']}) neeksistē — pārdēvējiet failu abās valodās.",
                f"The date in the file name ({match['date']}) does not exist — rename the file in both languages.",
            )
        ]
    if "date" not in page.meta:
        return [
            Problem(
                page.path,
                1,
                f"{dative} trūkst 'date' galvenē (front matter) — pievienojiet rindu 'date: {file_date}'.",
                f"{subject_en} has no 'date' in the front matter — add the line 'date: {file_date}'.",
            )
        ]
    date = as_date(page.meta["date"])
    line = page.line_of_key("date")
    if date is None:
        return [
            Problem(
                page.path,
                line,
                f"'date' jāraksta kā GGGG-MM-DD, piemēram, 'date: {file_date}'.",
                f"'date' must be written as YYYY-MM-DD, e.g. 'date: {file_date}'.",
            )
        ]
    if date != file_date:
        return [
            Problem(
                page.path,
                line,
                f"Datums 'date: {date}' nesakrīt ar datumu faila nosaukumā ({file_date}) — izlabojiet vienu no tiem.",
                f"The date 'date: {date}' does not match the date in the file name ({file_date}) — correct one of them.",
            )
        ]
    return []


def news_problems(page: Page) -> list[Problem]:
    return dated_item_problems(page, NEWS_FOLDER)


_keys_cache: dict[tuple[Path, str], tuple[float, list[str] | None]] = {}


def data_keys(path: Path, field: str) -> list[str] | None:
    """The `field` of every entry of a data list (data/priorities.yml's keys, data/meetings.yml's
    ids), read again only when the file changes; None if it cannot be read (the hook that owns
    the file reports what is wrong with it, at its line)."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _keys_cache.get((path, field))
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        keys = [str(entry[field]) for entry in entries if isinstance(entry, dict) and field in entry]
    except (yaml.YAMLError, TypeError, UnicodeDecodeError):
        keys = None
    _keys_cache[(path, field)] = (mtime, keys)
    return keys


def priority_keys(root: Path) -> list[str] | None:
    """The keys in data/priorities.yml (latvijaano/statements/model.py checks the file)."""
    return data_keys(root / PRIORITIES_FILE, "key")


def meeting_ids(root: Path) -> list[str] | None:
    """The ids in data/meetings.yml (latvijaano/meetings.py checks the file)."""
    return data_keys(root / MEETINGS_FILE, "id")


def _front_matter_line_with(page: Page, key: str, value: str) -> int:
    """The line of `value` inside the front matter field `key` (a list may span lines)."""
    start = page.line_of_key(key)
    for number in range(start, page.body_line):
        if value in page.lines[number - 1]:
            return number
    return start


def statement_problems(page: Page, root: Path) -> list[Problem]:
    """A statement (docs/<lang>/pazinojumi/YYYY-MM-DD-slug.md): its date and file name, and the
    fields that say where and by whom it was delivered (CONTRIBUTING.md, "Paziņojumi")."""
    folder, _, name = page.rel.rpartition("/")
    if folder != STATEMENTS_FOLDER or name == "index.md":
        return []
    problems = dated_item_problems(page, STATEMENTS_FOLDER)
    wants = {
        "meeting": (
            "sanāksmes identifikatoru no data/meetings.yml, piemēram, 'meeting: 2025-11-14-darba-metodes'",
            "the meeting's id from data/meetings.yml, e.g. 'meeting: 2025-11-14-darba-metodes'",
        ),
    }
    for key, (what_lv, what_en) in wants.items():
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(key),
                    f"Paziņojumam trūkst '{key}' galvenē (front matter) — ierakstiet {what_lv}.",
                    f"The statement has no '{key}' in the front matter — write {what_en}.",
                )
            )
    meeting, ids = page.meta.get("meeting"), meeting_ids(root)
    # A scaffold's "TODO:" placeholder is reported by the TODO rule (and builds as a draft).
    if (
        isinstance(meeting, str)
        and meeting.strip()
        and ids is not None
        and meeting.strip() not in ids
        and not TODO.search(meeting)
    ):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("meeting"),
                f"Nezināma sanāksme 'meeting: {meeting}' — ierakstiet sanāksmes 'id' no data/meetings.yml "
                "(jaunu sanāksmi pievieno ar 'make meeting …').",
                f"Unknown meeting 'meeting: {meeting}' — write the meeting's 'id' from data/meetings.yml "
                "(add a new meeting with 'make meeting …').",
            )
        )
    symbol = page.meta.get("symbol")
    if symbol is not None and not (isinstance(symbol, str) and un_symbols.is_symbol(symbol)):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("symbol"),
                f"'symbol: {symbol}' nav ANO dokumenta simbols — rakstiet sanāksmes stenogrammas simbolu, "
                "piemēram, 'symbol: S/PV.10043', vai izdzēsiet rindu, kamēr stenogramma nav izdota.",
                f"'symbol: {symbol}' is not a UN document symbol — write the meeting record's symbol, "
                "e.g. 'symbol: S/PV.10043', or delete the line until the record is issued.",
            )
        )
    # The speaker is written only where the source names one: no line, no speaker on the page.
    speaker = page.meta.get("speaker")
    if "speaker" in page.meta and (not isinstance(speaker, str) or not speaker.strip()):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("speaker"),
                "'speaker' ir tukšs — ierakstiet runātāja vārdu un amatu, kā to dod avots, vai izdzēsiet rindu, "
                "ja avots runātāju nenosauc.",
                "'speaker' is empty — write the speaker's name and post as the source gives them, or delete the "
                "line if the source names no speaker.",
            )
        )
    source = page.meta.get("source")
    parsed = urlsplit(source.strip()) if isinstance(source, str) else None
    if parsed is None or parsed.scheme != "https" or not parsed.netloc:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("source"),
                "'source' jābūt pilnā teksta adresei, kas sākas ar https://, piemēram, "
                "'source: https://www.mfa.gov.lv/...'.",
                "'source' must be the address of the full text, starting with https://, e.g. "
                "'source: https://www.mfa.gov.lv/...'.",
            )
        )
    source_lang = page.meta.get("source_lang")
    if source_lang is not None and source_lang not in SOURCE_LANGUAGES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("source_lang"),
                f"'source_lang: {source_lang}' — pilnā teksta valoda ir viena no: {', '.join(SOURCE_LANGUAGES)} "
                "(bez šīs rindas: 'en').",
                f"'source_lang: {source_lang}' — the full text's language is one of: {', '.join(SOURCE_LANGUAGES)} "
                "(without the line: 'en').",
            )
        )
    problems.extend(statement_kind_problems(page))
    known = priority_keys(root)
    # A statement is tagged with a priority only where its subject is plainly that priority's:
    # no line (or `priorities: []`) is a statement under none.
    priorities = page.meta.get("priorities", [])
    if not isinstance(priorities, list):
        problems.append(
            Problem(
                page.path,
                page.line_of_key("priorities"),
                "'priorities' jābūt sarakstam ar prioritātēm no data/priorities.yml, piemēram, "
                "'priorities: [working-methods]', vai jāizdzēš, ja paziņojums neattiecas uz nevienu prioritāti.",
                "'priorities' must be a list of priorities from data/priorities.yml, e.g. "
                "'priorities: [working-methods]', or be deleted if the statement is under none.",
            )
        )
    elif known is not None:
        for key in priorities:
            if key not in known:
                problems.append(
                    Problem(
                        page.path,
                        _front_matter_line_with(page, "priorities", str(key)),
                        f"Nezināma prioritāte '{key}' — izmantojiet kādu no data/priorities.yml: {', '.join(known)}.",
                        f"Unknown priority '{key}' — use one of data/priorities.yml: {', '.join(known)}.",
                    )
                )
    return problems


def statement_type(meta: dict) -> str:
    """The statement's `type`, 'statement' when the front matter has none."""
    return meta.get("type") or DEFAULT_STATEMENT_TYPE


# A type's own field: the type that needs it, what a valid value is, the message when it is missing
# or wrong (Latvian, English), and the type's name in the "belongs to … only" message.
TYPE_FIELDS = {
    "vote_timing": (
        "explanation-of-vote",
        lambda value: value in VOTE_TIMINGS,
        "Balsojuma skaidrojumam vajag 'vote_timing: before' (pirms balsojuma) vai 'vote_timing: after' "
        "(pēc balsojuma).",
        "An explanation of vote needs 'vote_timing: before' (before the vote) or 'vote_timing: after' "
        "(after the vote).",
        "balsojuma skaidrojumam",
        "an explanation of vote",
    ),
    "on_behalf_of": (
        "joint-statement",
        lambda value: isinstance(value, str) and bool(value.strip()),
        "Kopīgam paziņojumam vajag 'on_behalf_of:' — grupas nosaukumu šīs lapas valodā.",
        "A joint statement needs 'on_behalf_of:' — the group's name in this page's language.",
        "kopīgam paziņojumam",
        "a joint statement",
    ),
}


def statement_kind_problems(page: Page) -> list[Problem]:
    """`type` (+ `vote_timing` for an explanation of vote, `on_behalf_of` for a joint statement)
    and `delivery`: one of the values MODEL-ITEMS.md agrees on, each field only where it belongs."""
    problems = []
    meta = page.meta
    kind = meta.get("type", DEFAULT_STATEMENT_TYPE)
    if kind not in STATEMENT_TYPES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("type"),
                f"Nezināms paziņojuma veids 'type: {kind}' — rakstiet vienu no: {', '.join(STATEMENT_TYPES)}.",
                f"Unknown statement type 'type: {kind}' — write one of: {', '.join(STATEMENT_TYPES)}.",
            )
        )
    for field, (owner, valid, needs_lv, needs_en, owner_lv, owner_en) in TYPE_FIELDS.items():
        value = meta.get(field)
        if kind == owner and not valid(value):
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(field) if value is not None else page.line_of_key("type"),
                    needs_lv,
                    needs_en,
                )
            )
        elif kind != owner and value is not None:
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key(field),
                    f"'{field}' ir tikai {owner_lv} ('type: {owner}') — izdzēsiet rindu vai nomainiet veidu.",
                    f"'{field}' belongs to {owner_en} only ('type: {owner}') — delete the line or change the type.",
                )
            )
    delivery = meta.get("delivery")
    if delivery is not None and delivery not in DELIVERIES:
        problems.append(
            Problem(
                page.path,
                page.line_of_key("delivery"),
                f"Nezināms 'delivery: {delivery}' — rakstiet 'as-delivered' (kā nolasīts) vai "
                "'check-against-delivery' (publicēts pirms nolasīšanas).",
                f"Unknown 'delivery: {delivery}' — write 'as-delivered' or 'check-against-delivery' (published "
                "before it is delivered).",
            )
        )
    return problems


def front_matter_image_problems(page: Page, root: Path) -> list[Problem]:
    """A page's `image` (news picture, link preview) has its `image_alt` and exists next to the page."""
    image = page.meta.get("image")
    if image is None:
        return []
    problems = []
    alt = page.meta.get("image_alt")
    if not isinstance(alt, str) or not alt.strip():
        problems.append(
            Problem(
                page.path,
                page.line_of_key("image_alt") if "image_alt" in page.meta else page.line_of_key("image"),
                "Attēlam trūkst apraksta: pievienojiet lauku 'image_alt' ar vienu teikumu par to, kas attēlā redzams "
                "(to nolasa ekrāna lasītāji).",
                "The image has no description: add the field 'image_alt' with one sentence on what the image shows "
                "(screen readers read it).",
            )
        )
    if isinstance(image, str) and OTHER_ORIGIN.match(image):
        return problems + [
            Problem(
                page.path,
                page.line_of_key("image"),
                "Attēls no citas vietnes — vietne apsola, ka apmeklētāja pārlūks nesazinās ar citām vietnēm (skatīt lapu „Privātums”); "
                "lejupielādējiet attēlu, ielieciet to blakus lapai un ierakstiet tikai faila nosaukumu.",
                "An image from another site — the site sends its readers to no other site (see the privacy page); "
                "download the image, put it next to the page and write only its file name.",
            )
        ]
    if not isinstance(image, str) or not image.strip():
        return problems
    # An English page also finds an image that sits next to its Latvian counterpart
    # (mkdocs-static-i18n falls back to the Latvian file), as CONTRIBUTING.md advises.
    latvian_page = root / page.path[: -len(f"{page.lang}/{page.rel}")] / "lv" / page.rel
    if any((file.parent / image).is_file() for file in (root / page.path, latvian_page)):
        return problems
    return problems + [
        Problem(
            page.path,
            page.line_of_key("image"),
            f"Attēla fails '{image}' (lauks 'image') nav atrasts blakus lapai — augšupielādējiet to blakus latviešu "
            "lapai vai izlabojiet nosaukumu.",
            f"The image file '{image}' ('image' field) is not found next to the page — upload it next to the "
            "Latvian page or fix the name.",
        )
    ]


def todo_problems(page: Page) -> list[Problem]:
    return [
        Problem(
            page.path,
            number,
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


def rendered_html(page: Page, extensions, extension_configs) -> str:
    """Render the body as the build does (raw HTML passes through, code stays escaped)."""
    return markdown.Markdown(extensions=extensions, extension_configs=extension_configs).convert(page.body)


def rendered_tags(html: str) -> list[tuple[str, dict]]:
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags


def word_count(html: str) -> int:
    """Words a reader sees: tags and comments out, what is left split on white space."""
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<!--.*?-->", " ", html, flags=re.S))
    return sum(1 for word in text.split() if re.search(r"\w", word))


def diacritics_problems(page: Page, html: str) -> list[Problem]:
    """Latvian text without a single ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū or ž was typed without them."""
    if page.lang != LANGUAGES[0] or word_count(html) < MIN_WORDS or LATVIAN_LETTERS.search(html):
        return []
    return [
        Problem(
            page.path,
            page.first_text_line(),
            "Latviešu tekstā nav neviena burta ar garumzīmi vai mīkstinājuma zīmi (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) — "
            "ierakstiet tos (piemēram, ar latviešu tastatūras izkārtojumu).",
            "The Latvian text has no letter with a diacritic (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž) — type them in "
            "(e.g. with the Latvian keyboard layout).",
        )
    ]


def length_problems(page: Page, html: str) -> list[Problem]:
    """A page needs at least MIN_WORDS words (a scaffold's TODO placeholders are reported instead)."""
    if DATA_MARKER.search(page.body) or TODO.search(page.body):
        return []
    words = word_count(html)
    if words >= MIN_WORDS:
        return []
    return [
        Problem(
            page.path,
            page.first_text_line(),
            f"Lapā ir tikai {words} vārdi; vajag vismaz {MIN_WORDS} (apmēram trīs teikumus) — papildiniet tekstu.",
            f"The page has only {words} words; it needs at least {MIN_WORDS} (about three sentences) — add to the text.",
        )
    ]


def third_party_problems(page: Page, tag: str, attrs: dict) -> list[Problem]:
    """Anything that would load from another site: the privacy page promises no request to any
    other origin (no trackers, no cookies of others), so embeds and outside images are refused."""
    why_lv = "vietne apsola, ka apmeklētāja pārlūks nesazinās ar citām vietnēm (skatīt lapu „Privātums”)"
    why_en = "the site sends its readers to no other site (see the privacy page)"
    if tag == "iframe":
        return [
            Problem(
                page.path,
                page.line_of("<iframe"),
                f"Lapā ir <iframe> (iegults saturs no citas vietnes) — {why_lv}; izņemiet to un ielieciet "
                "parastu saiti (piemēram, uz video).",
                f"The page has an <iframe> (content embedded from another site) — {why_en}; take it out and "
                "put a plain link instead (e.g. to the video).",
            )
        ]
    if tag == "style" or "url(" in (attrs.get("style") or ""):
        return [
            Problem(
                page.path,
                page.line_of("<style" if tag == "style" else "url(", regex=False),
                'Lapā ir stils (<style> vai style="…url(…)") — saturā stili nav atļauti; izskatu nosaka '
                "vietnes tēma (jautājiet izstrādātājiem).",
                'The page has styles (<style> or style="…url(…)") — content carries no styles; the site\'s '
                "theme sets the look (ask the developers).",
            )
        ]
    if tag == "link" and "stylesheet" not in (attrs.get("rel") or "").split():
        return []
    for name in FETCHING_ATTRIBUTES.get(tag, ()):
        for value in (attrs.get(name) or "").split(","):
            url = value.strip().split(" ")[0]
            if url and OTHER_ORIGIN.match(url):
                return [
                    Problem(
                        page.path,
                        page.line_of(url),
                        f"<{tag}> ielādē '{url}' no citas vietnes — {why_lv}; lejupielādējiet attēlu un ielieciet "
                        "to blakus lapai (skatīt „Kā pievienot attēlu”), video vai citam saturam ielieciet saiti.",
                        f"<{tag}> loads '{url}' from another site — {why_en}; download the image and put it next "
                        'to the page (see "How to add an image"), link to a video or other content instead.',
                    )
                ]
    return []


def html_problems(page: Page, tags, existing: set[str]) -> list[Problem]:
    """Scripts, outside content, alt texts and links that cross into the other language's pages.

    `existing` holds every page as 'lang/rel' (e.g. 'en/kontakti.md').
    """
    problems = []
    for tag, attrs in tags:
        outside = third_party_problems(page, tag, attrs)
        problems.extend(outside)
        # A tag already refused as content from another site is not refused twice; its attributes still are.
        problems.extend(active_content.tag_problems(page, tag, attrs, tag_refused=bool(outside)))
        if tag == "img":
            src = attrs.get("src") or ""
            if not (attrs.get("alt") or "").strip():
                problems.append(
                    Problem(
                        page.path,
                        page.line_of(src) if src else page.body_line,
                        f"Attēlam '{src}' nav alternatīvā teksta — kvadrātiekavās ierakstiet, kas attēlā redzams: "
                        f"![apraksts]({src}).",
                        f"The image '{src}' has no alt text — write what it shows in the square brackets: "
                        f"![description]({src}).",
                    )
                )
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
    return [
        Problem(
            page.path,
            page.line_of(url),
            f"Saite '{url}' no {own['lv']} lapas ved uz {other['lv']} lapu — saitējiet uz {own['lv']} versiju: '{suggestion}'.",
            f"The link '{url}' leads from the {own['en']} page to the {other['en']} page — "
            f"link to the {own['en']} version: '{suggestion}'.",
        )
    ]


# --- Rules for the whole tree ------------------------------------------------------------------


def counterpart_path(page: Page, lang: str, rel: str | None = None) -> str:
    """The path of `page`'s file in another language folder: docs/lv/x.md -> docs/en/x.md."""
    return page.path[: -len(f"{page.lang}/{page.rel}")] + f"{lang}/{rel or page.rel}"


def renamed_counterparts(unmatched: list[Page]) -> dict[Page, Page]:
    """Latvian pages whose English counterpart is there under another file name.

    Pairs, in the same folder, a Latvian and an English page that each lack their counterpart:
    news items by their date, other pages when the folder has exactly one such page per language."""
    pairs: dict[Page, Page] = {}
    by_folder: dict[str, dict[str, list[Page]]] = {}
    for page in unmatched:
        by_folder.setdefault(posixpath.dirname(page.rel), {}).setdefault(page.lang, []).append(page)
    for groups in by_folder.values():
        latvian, english = groups.get("lv", []), groups.get("en", [])
        if len(latvian) == 1 and len(english) == 1:
            pairs[latvian[0]] = english[0]
            continue
        for lv_page in latvian:
            dated = [
                p
                for p in english
                if p.rel.rsplit("/", 1)[-1][:11] == lv_page.rel.rsplit("/", 1)[-1][:11]
                and NEWS_NAME.fullmatch(p.rel.rsplit("/", 1)[-1])
                and p not in pairs.values()
            ]
            if NEWS_NAME.fullmatch(lv_page.rel.rsplit("/", 1)[-1]) and len(dated) == 1:
                pairs[lv_page] = dated[0]
    return pairs


def counterpart_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """Every page in both languages, at the same path (or the Latvian one marked 'translation: pending')."""
    problems = []
    unmatched = [
        page
        for (lang, rel), page in pages.items()
        if not all((other, rel) in pages for other in LANGUAGES if other != lang)
        and not (lang == LANGUAGES[0] and page.meta.get("translation") == "pending")
    ]
    renamed = renamed_counterparts(unmatched)
    for lv_page, en_page in renamed.items():
        expected = counterpart_path(lv_page, en_page.lang)
        problems.append(
            Problem(
                en_page.path,
                1,
                f"Šim failam nav latviešu versijas, un {lv_page.path} nav angļu versijas — ja tas ir tās tulkojums "
                f"ar citu nosaukumu, pārdēvējiet {en_page.path} par {expected} (abās valodās ceļam jābūt vienādam); "
                "ja ne, izveidojiet trūkstošās versijas.",
                f"This file has no Latvian version, and {lv_page.path} no English one — if this is its translation "
                f"under another name, rename {en_page.path} to {expected} (the path must be the same in both "
                "languages); if not, create the missing versions.",
            )
        )
    paired = set(renamed) | set(renamed.values())
    for page in unmatched:
        if page in paired:
            continue
        for other in LANGUAGES:
            if other == page.lang or (other, page.rel) in pages:
                continue
            words = LANGUAGE_WORDS[other]
            other_path = counterpart_path(page, other)
            fix_lv = (
                " vai pievienojiet galvenē (front matter) 'translation: pending'"
                if page.lang == LANGUAGES[0]
                else ""
            )
            fix_en = (
                ", or add 'translation: pending' to the front matter" if page.lang == LANGUAGES[0] else ""
            )
            problems.append(
                Problem(
                    page.path,
                    1,
                    f"Nav {words['lv']} versijas {other_path} lapai {page.path} — izveidojiet to ar tādu pašu ceļu{fix_lv}.",
                    f"No {words['en']} version {other_path} of {page.path} — create it with the same path{fix_en}.",
                )
            )
    return problems


def pending_but_translated_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """'translation: pending' says the English page is still to come: wrong once it is there."""
    problems = []
    for (lang, rel), page in pages.items():
        if lang != LANGUAGES[0] or page.meta.get("translation") != "pending":
            continue
        for other in LANGUAGES[1:]:
            if (other, rel) in pages:
                other_path = counterpart_path(page, other)
                problems.append(
                    Problem(
                        page.path,
                        page.line_of_key("translation"),
                        f"'translation: pending' saka, ka tulkojuma vēl nav, bet {other_path} jau ir — ja tulkojums "
                        f"ir gatavs, izdzēsiet šo rindu; ja nav, izdzēsiet failu {other_path}.",
                        f"'translation: pending' says there is no translation yet, but {other_path} exists — if the "
                        f"translation is ready, delete this line; if not, delete the file {other_path}.",
                    )
                )
    return problems


def description_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """Each page its own description: it is what search engines and link previews show.

    The same description on two pages of a language, or an English page with its Latvian
    page's description (not translated), is a problem on the later file."""
    problems = []
    seen: dict[tuple[str, str], Page] = {}
    for (lang, rel), page in sorted(pages.items(), key=lambda item: item[1].path, reverse=False):
        description = page.meta.get("description")
        if not isinstance(description, str) or not description.strip() or TODO.search(description):
            continue  # missing: reported as such; a scaffold's TODO: reported as a placeholder
        key = (lang, " ".join(description.split()).casefold())
        first = seen.setdefault(key, page)
        if first is not page:
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key("description"),
                    f"Apraksts (description) ir tāds pats kā lapai {first.path} — uzrakstiet šai lapai savu "
                    "teikumu: to rāda meklētāji un saišu priekšskatījumi.",
                    f"The description is the same as that of {first.path} — write this page a sentence of its "
                    "own: search engines and link previews show it.",
                )
            )
    for (lang, rel), page in pages.items():
        latvian = pages.get((LANGUAGES[0], rel))
        if lang == LANGUAGES[0] or latvian is None:
            continue
        own, source = page.meta.get("description"), latvian.meta.get("description")
        if (
            isinstance(own, str)
            and isinstance(source, str)
            and own.strip()
            and not TODO.search(own)
            and own.split() == source.split()
        ):
            problems.append(
                Problem(
                    page.path,
                    page.line_of_key("description"),
                    f"Apraksts (description) ir tāds pats kā latviešu lapai {latvian.path} — pārtulkojiet to angliski.",
                    f"The description is the same as on the Latvian page {latvian.path} — translate it into English.",
                )
            )
    return problems


def news_duplicate_problems(pages: dict[tuple[str, str], Page]) -> list[Problem]:
    """One news item per story: the same slug or the same title on two dates is a copy."""
    problems = []
    for lang in LANGUAGES:
        slugs: dict[str, Page] = {}
        titles: dict[str, Page] = {}
        items = sorted(
            (
                page
                for (page_lang, rel), page in pages.items()
                if page_lang == lang and posixpath.dirname(rel) == NEWS_FOLDER
            ),
            key=lambda page: page.rel,
        )
        for page in items:
            match = NEWS_NAME.fullmatch(posixpath.basename(page.rel))
            if match is None:
                continue
            first = slugs.setdefault(match["slug"], page)
            if first is not page:
                problems.append(
                    Problem(
                        page.path,
                        1,
                        f"Jaunums ar tādu pašu nosaukumu '{match['slug']}' jau ir: {first.path} — ja tas ir tas pats "
                        "jaunums, izdzēsiet vienu failu; ja cits, dodiet tam citu nosaukumu.",
                        f"A news item with the same name '{match['slug']}' exists already: {first.path} — if it is the "
                        "same item, delete one file; if not, give this one another name.",
                    )
                )
            title = page.meta.get("title")
            if not isinstance(title, str) or not title.strip():
                continue
            first = titles.setdefault(" ".join(title.split()).casefold(), page)
            if first is not page:
                problems.append(
                    Problem(
                        page.path,
                        page.line_of_key("title"),
                        f"Jaunumam {first.path} ir tāds pats virsraksts — vai tas nav tas pats jaunums divreiz? "
                        "Izdzēsiet vienu vai dodiet šim citu virsrakstu.",
                        f"The news item {first.path} has the same title — is it the same item twice? "
                        "Delete one, or give this one another title.",
                    )
                )
    return problems


def front_matter_field_problems(page: Page, root: Path) -> list[Problem]:
    """The front matter's fields: title, description, a news item's date, a statement's fields,
    an image with its alt text. latvijaano/news/ and latvijaano/statements/ list only the items for
    which this finds nothing."""
    if page.problems:  # with broken front matter, every field would look missing
        return []
    return (
        required_field_problems(page)
        + news_problems(page)
        + statement_problems(page, root)
        + front_matter_image_problems(page, root)
    )


def outside_language_problem(page: Page) -> Problem:
    return Problem(
        page.path,
        1,
        "Lapa atrodas ārpus docs/lv/ un docs/en/ — pārvietojiet to uz docs/lv/ "
        "(un tās tulkojumu uz docs/en/ ar tādu pašu ceļu).",
        "The page is outside docs/lv/ and docs/en/ — move it to docs/lv/ "
        "(and its translation to docs/en/ with the same path).",
    )


def check_sources(
    root: Path, docs_dir: Path | None = None, extensions=None, extension_configs=None
) -> list[Problem]:
    """Every rule that reads the pages in docs/ (data/ is checked by latvijaano/data_pages.py)."""
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
    spelling_words, word_list_problems = spelling_rules.project_words(root)
    problems.extend(word_list_problems + list(filter(None, [spelling_rules.missing_dictionaries_problem()])))
    for page in pages.values():
        if not page.lines:
            continue  # unreadable: already reported
        problems.extend(front_matter_field_problems(page, root))
        html = rendered_html(page, extensions, extension_configs)
        problems.extend(
            symbol_rules.symbol_problems(page.path, page.lines[page.body_line - 1 :], page.body_line)
        )
        problems.extend(
            markdown_slips.date_as_list_problems(page.path, page.lines[page.body_line - 1 :], page.body_line)
        )
        if page.meta.get("draft") is not True:  # a draft (latvijaano/publication.py) may be unfinished
            problems.extend(todo_problems(page))
            problems.extend(length_problems(page, html))
            # (a scaffold's placeholders, or broken front matter read as text, are not the page's language)
            language = (
                []
                if TODO.search(page.body) or page.problems
                else language_rules.language_problems(page, html)
            )
            problems.extend(language)
            if not [problem for problem in language if not problem.advisory]:  # else: the wrong language, not
                problems.extend(diacritics_problems(page, html))  # missing diacritics
                if not page.problems:  # (broken front matter would be read as text)
                    problems.extend(
                        spelling_rules.spelling_problems(  # nor misspellings
                            page, html, spelling_words, {problem.line for problem in language}
                        )
                    )
        problems.extend(html_problems(page, rendered_tags(html), existing))
    problems.extend(counterpart_problems(pages))
    problems.extend(pending_but_translated_problems(pages))
    problems.extend(description_problems(pages))
    problems.extend(news_duplicate_problems(pages))
    return sort_problems(problems)
