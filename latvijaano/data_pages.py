"""Facts kept once as data (data/*.yml) and rendered into the pages of both languages.

A page asks for a data section with a marker line in its Markdown:

    <!-- data: timeline -->         data/timeline.yml          (vesture.md)
    <!-- data: missions -->         data/missions.yml          (vesture.md)
    <!-- data: representations -->  data/representations.yml   (organizacijas.md)
    <!-- data: council -->          data/council.yml           (padome/index.md)
    <!-- data: membership -->       data/membership.yml: "Latvia is / was / will be a member" (padome/index.md)
    <!-- data: presidency -->       data/membership.yml: "Latvia will hold / holds / held the presidency" (padome/prezidentura.md)
    <!-- data: presidency-programme -->  the presidency month's meetings, rendered by latvijaano/meetings.py
    <!-- data: presidency-record -->  the presidency month's record, rendered by latvijaano/record.py
    <!-- data: term-so-far -->      the term so far in figures, rendered by latvijaano/record.py
    <!-- data: meetings -->         the meetings list, rendered by latvijaano/meetings.py
    <!-- data: news -->             the news list, rendered by latvijaano/news/

What depends on the date (the timeline's past / current / coming, the membership and presidency
lines) is decided here from site_context.site_date(), the build's one "today" (SITE_DATE).
The same state reaches the templates as the Jinja global `membership` (see on_env).

The marker line is replaced by HTML from a Jinja2 template in overrides/partials/data/, in the
page's language, with dates written by Babel the way that language writes them. Every data
file is checked against its JSON Schema in data/schemas/ on every build; a problem stops the
build with `path:line: message`, the line found from the YAML nodes' marks.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jsonschema
import yaml
from babel.dates import format_date

from latvijaano import publication, site_context, site_data
from latvijaano.problems import Problem, ProblemsError, fail
from latvijaano.yaml_mistakes import yaml_problem

# Under "mkdocs", so that a strict build counts the warnings.
log = logging.getLogger("mkdocs.hooks.data_pages")

DATA_SETS = ("timeline", "missions", "representations", "council", "membership")
# Markers rendered from a data set of another name.
MARKER_DATA = {"presidency": "membership"}
# Markers that another hook replaces; seen here, they are not mistakes.
OTHER_MARKERS = {
    "news": "latvijaano/news/events.py",
    "statements": "latvijaano/statements/markers.py",
    "statements-latest": "latvijaano/statements/markers.py",
    "statements-priority": "latvijaano/statements/markers.py",
    "meetings": "latvijaano/meetings.py",
    "meeting": "latvijaano/meetings.py",
    "presidency-programme": "latvijaano/meetings.py",
    "presidency-record": "latvijaano/record.py",
    "term-so-far": "latvijaano/record.py",
    "votes": "latvijaano/votes.py",
    "open-data": "latvijaano/open_data.py",
}
MARKER = re.compile(r"^\s*<!--\s*data:\s*(?P<name>[^\s>]+)\s*-->\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
TEMPLATE_FOLDER = Path("partials") / "data"  # inside the theme's custom_dir (overrides/)

# Babel's own month-year skeleton for Latvian is "2020. g. aprīlis"; the site writes "gada" in
# full, as the long date does ("2024. gada 18. janvāris"), so the pattern is given here.
MONTH_YEAR_PATTERNS = {"lv": "y. 'gada' LLLL", "en": "LLLL y"}
# "In November 2026": Latvian puts the month in the locative ("2026. gada novembrī"), a form
# Babel (CLDR) does not have; English needs no other form.
LATVIAN_MONTHS_IN = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)
# UN Charter, Article 23: fifteen members, five of them permanent.
COUNCIL_SIZE, PERMANENT_MEMBERS = 15, 5


# --- YAML with line numbers, and JSON Schema checks ---------------------------------------


def load_yaml(text: str, source: str, first_line: int = 1):
    """Parse YAML into (data, node tree). Every scalar stays a string (yaml.BaseLoader), so the
    schema sees exactly what the editor wrote: `date: 2013` is the text "2013", not a number."""
    loader = yaml.BaseLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        raise ProblemsError([yaml_problem(source, err, first_line)]) from err
    finally:
        loader.dispose()
    return data, node


def line_of(node, path, first_line: int = 1) -> int:
    """The line of the value at `path` (keys and indexes), or of the nearest parent that exists."""
    if node is None:
        return first_line
    line = node.start_mark.line
    for key in path:
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line
        elif isinstance(node, yaml.MappingNode):
            match = next((pair for pair in node.value if pair[0].value == key), None)
            if match is None:
                break
            line = match[0].start_mark.line  # the line that says "key:"
            node = match[1]
        else:
            break
    return line + first_line


def load_schema(name: str, root: Path) -> dict:
    path = root / "data" / "schemas" / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def is_partial_date(value) -> bool:
    """YYYY-MM-DD, YYYY-MM or YYYY, and a real date (no 2020-13 or 2021-02-30)."""
    if not isinstance(value, str):
        return True  # the schema's "type" reports other types
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            dt.date.fromisoformat(value + "-01")
        elif not re.fullmatch(r"\d{4}", value):
            return False
    except ValueError:
        return False
    return True


FORMAT_CHECKER = jsonschema.FormatChecker()
FORMAT_CHECKER.checks("partial-date")(is_partial_date)


def hints(schema: dict) -> tuple[str, str]:
    """' — <what to write>' from a schema's description (English) and description_lv (Latvian)."""
    lv, en = schema.get("description_lv"), schema.get("description")
    return (f" — {lv}" if lv else ""), (f" — {en}" if en else "")


TYPE_WORDS = {  # JSON Schema types as an editor reads them
    "string": ("teksts", "a text"),
    "object": ("lauki ar vērtībām (key: value)", "fields with values (key: value)"),
    "array": ("saraksts (rindas ar '- ')", "a list (lines starting with '- ')"),
    "boolean": ("true vai false", "true or false"),
}


def describe(error: jsonschema.ValidationError) -> tuple[list, str, str]:
    """(path of the field, Latvian, English) for one schema error, in words an editor can act on."""
    path = list(error.absolute_path)
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        hint_lv, hint_en = hints(error.schema.get("properties", {}).get(missing[0], {}))
        return path + missing[:1], f"trūkst{hint_lv}", f"missing{hint_en}"
    if error.validator == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return (
            path + extra[:1],
            f"nezināms lauks '{extra[0]}' (atļautie: {allowed})",
            f"unknown field '{extra[0]}' (allowed: {allowed})",
        )
    if error.validator == "dependentRequired":
        field = next(key for key in error.validator_value if key in error.instance)
        needed = [key for key in error.validator_value[field] if key not in error.instance]
        return (
            path + needed[:1],
            f"trūkst '{needed[0]}' (tas vajadzīgs kopā ar '{field}')",
            f"'{needed[0]}' is missing (needed with '{field}')",
        )
    hint_lv, hint_en = hints(error.schema)
    value = error.instance
    if error.validator == "format":
        lv, en = f"'{value}' nav derīgs datums", f"'{value}' is not a valid date"
    elif error.validator == "pattern" and not str(value).strip():
        lv, en = "ir tukšs", "is empty"
    elif error.validator == "pattern":
        lv, en = f"'{value}' nav gaidītajā formā", f"'{value}' is not in the expected form"
    elif error.validator == "enum":
        options = ", ".join(str(option) for option in error.validator_value)
        lv, en = (
            f"'{value}' nav atļauts (atļauts: {options})",
            f"'{value}' is not allowed (allowed: {options})",
        )
    elif error.validator == "type":
        lv, en = TYPE_WORDS.get(error.validator_value, (error.validator_value, error.validator_value))
        lv, en = f"te jābūt: {lv}", f"this must be {en}"
    elif error.validator in ("minItems", "minLength"):
        lv, en = "ir tukšs vai par īsu", "is empty or too short"
    else:  # a rule without words of its own: the validator's, in both halves
        lv, en = f"neatbilst shēmai ({error.message})", f"does not fit the schema ({error.message})"
    return path, lv + hint_lv, en + hint_en


def entry_label(data, path) -> tuple[str, str, list]:
    """('3. ieraksts (2015-10-23)', 'entry 3 (2015-10-23)', path of the field inside it)."""
    if not path or not isinstance(path[0], int) or not isinstance(data, list) or path[0] >= len(data):
        return "", "", path
    entry = data[path[0]]
    name = None
    if isinstance(entry, dict):
        for key in ("date", "name", "organisation", "title"):
            value = entry.get(key)
            if isinstance(value, dict):
                value = value.get("en") or value.get("lv")
            if isinstance(value, str) and value.strip():
                name = value.strip()
                break
    suffix = f" ({name})" if name else ""
    return f"{path[0] + 1}. ieraksts{suffix}", f"entry {path[0] + 1}{suffix}", path


def located(source: str, line: int, where: tuple[str, str], lv: str, en: str) -> Problem:
    """A data problem: `source:line: <where>: <what> / <where>: <what>`."""
    where_lv, where_en = where
    return Problem(
        source, line, f"{where_lv}: {lv}" if where_lv else lv, f"{where_en}: {en}" if where_en else en
    )


def schema_problems(data, node, schema: dict, source: str, first_line: int = 1, label=None) -> list[Problem]:
    """Every schema problem as `source:line: entry N (name), field 'x': message`, in both languages.

    `label(data, path)` -> (Latvian, English, path of the field inside it) names the entry another
    way (data/council.yml: "year 2026, member 7 (Denmark)")."""
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    problems = []
    for error in sorted(
        validator.iter_errors(data), key=lambda e: [(isinstance(p, str), p) for p in e.absolute_path]
    ):
        path, lv, en = describe(error)
        where_lv, where_en, field_path = (label or entry_label)(data, path)
        fields = ".".join(str(p) for p in field_path if not isinstance(p, int))
        if fields:
            where_lv = ", ".join(w for w in (where_lv, f"lauks '{fields}'") if w)
            where_en = ", ".join(w for w in (where_en, f"field '{fields}'") if w)
        problems.append(located(source, line_of(node, path, first_line), (where_lv, where_en), lv, en))
    return problems


# --- The data files ------------------------------------------------------------------------


@dataclass
class DataSet:
    name: str
    source: str  # 'data/timeline.yml', as messages name it
    entries: list
    node: yaml.Node


def timeline_order_problems(data_set: DataSet) -> list[Problem]:
    """Entries must be in chronological order; '2020' and '2020-04' compare on the year only."""
    problems = []
    for index in range(1, len(data_set.entries)):
        before, after = data_set.entries[index - 1]["date"], data_set.entries[index]["date"]
        common = min(len(before), len(after))
        if after[:common] < before[:common]:
            problems.append(
                Problem(
                    data_set.source,
                    line_of(data_set.node, [index, "date"]),
                    f"{index + 1}. ieraksts ({after}) ir aiz {before} — pārvietojiet to pareizajā vietā: "
                    "ierakstiem jābūt hronoloģiskā secībā",
                    f"entry {index + 1} ({after}) comes after {before} — move it to its place: "
                    "keep the entries in chronological order",
                )
            )
    return problems


def link_problems(data_set: DataSet, docs_dir: Path, prefix=()) -> list[Problem]:
    """A `link` must be a page that exists in every language folder. `prefix`: where the list
    lies inside the file (for its line numbers)."""
    problems = []
    for index, entry in enumerate(data_set.entries):
        link = entry.get("link") if isinstance(entry, dict) else None
        if not isinstance(link, str) or not link.strip():
            continue
        missing = [lang for lang in site_context.LANGUAGES if not (docs_dir / lang / link).is_file()]
        if missing:
            where = ", ".join(f"docs/{lang}/{link}" for lang in missing)
            label_lv, label_en, _ = entry_label(data_set.entries, [index])
            problems.append(
                located(
                    data_set.source,
                    line_of(data_set.node, [*prefix, index, "link"]),
                    (f"{label_lv}, lauks 'link'", f"{label_en}, field 'link'"),
                    f"tādas lapas nav: {where} — ierakstiet lapas ceļu mapēs docs/lv/ un docs/en/, "
                    "piemēram, jaunumi/2021-05-20-act-grupa.md",
                    f"no such page: {where} — write a page path inside docs/lv/ and docs/en/, "
                    "e.g. jaunumi/2021-05-20-act-grupa.md",
                )
            )
    return problems


def member_label(data, path) -> tuple[str, str, list]:
    """data/council.yml: ('2026. gads, 7. locekle (Dānija)', 'year 2026, member 7 (Denmark)',
    the field path inside the member)."""
    if not path or not isinstance(path[0], int) or not isinstance(data, list) or path[0] >= len(data):
        return "", "", path
    entry = data[path[0]]
    year = entry.get("year") if isinstance(entry, dict) else None
    if isinstance(year, str) and year.strip():
        where_lv, where_en = f"{year}. gads", f"year {year}"
    else:
        where_lv, where_en = f"{path[0] + 1}. ieraksts", f"entry {path[0] + 1}"
    members = entry.get("members") if isinstance(entry, dict) else None
    if (
        len(path) >= 3
        and path[1] == "members"
        and isinstance(path[2], int)
        and isinstance(members, list)
        and path[2] < len(members)
    ):
        member = members[path[2]]

        def name(first, second):
            found = next(
                (
                    member.get(lang)
                    for lang in (first, second)
                    if isinstance(member, dict)
                    and isinstance(member.get(lang), str)
                    and member.get(lang).strip()
                ),
                None,
            )
            return f" ({found.strip()})" if found else ""

        return (
            f"{where_lv}, {path[2] + 1}. locekle{name('lv', 'en')}",
            f"{where_en}, member {path[2] + 1}{name('en', 'lv')}",
            path[3:],
        )
    return where_lv, where_en, path[1:]


def council_problems(data_set: DataSet) -> list[Problem]:
    """What the schema cannot say: 15 members a year, five of them permanent (UN Charter, Art. 23),
    an elected member's term that includes the year, one Latvia, each year once and in order."""
    problems, years = [], []
    source, node = data_set.source, data_set.node

    def problem(path, lv, en):
        where_lv, where_en, _ = member_label(data_set.entries, path)
        problems.append(located(source, line_of(node, path), (where_lv, where_en), lv, en))

    for index, entry in enumerate(data_set.entries):
        year, members = entry["year"], entry["members"]
        if year in years:
            problem(
                [index, "year"],
                f"{year}. gads minēts divreiz — atstājiet vienu ierakstu gadā",
                f"the year {year} is listed twice — keep one entry per year",
            )
        elif years and year < years[-1]:
            problem(
                [index, "year"],
                f"{year} ir aiz {years[-1]} — gadiem jābūt hronoloģiskā secībā",
                f"{year} comes after {years[-1]}: keep data/council.yml in chronological order",
            )
        years.append(year)
        if len(members) != COUNCIL_SIZE:
            problem(
                [index, "members"],
                f"minētas {len(members)} locekles; Padomē ir {COUNCIL_SIZE} (ANO Statūtu 23. pants) — "
                "uzskaitiet visas tā gada locekles",
                f"{len(members)} members listed; the Council has {COUNCIL_SIZE} "
                "(UN Charter, Article 23) — list every member of that year",
            )
        permanent = sum(1 for member in members if member["seat"] == "permanent")
        if permanent != PERMANENT_MEMBERS:
            problem(
                [index, "members"],
                f"minētas {permanent} pastāvīgās locekles; Padomē to ir {PERMANENT_MEMBERS} "
                "(ANO Statūtu 23. pants) — pārbaudiet 'seat:'",
                f"{permanent} permanent members listed; the Council has {PERMANENT_MEMBERS} "
                "(UN Charter, Article 23) — check 'seat:'",
            )
        if sum(1 for member in members if member.get("self")) > 1:
            problem(
                [index, "members"],
                "'self: true' ir vairākām loceklēm — tas apzīmē tikai Latviju",
                "more than one member has 'self: true' — it marks Latvia only",
            )
        for number, member in enumerate(members):
            term = member.get("term")
            path = [index, "members", number]
            if member["seat"] == "permanent":
                if term:
                    problem(
                        path + ["term"],
                        "pastāvīgajai loceklei nav termiņa — izdzēsiet 'term'",
                        "a permanent member has no term — remove 'term'",
                    )
            elif not term:
                problem(
                    path,
                    'ievēlētai loceklei vajag termiņu, piemēram, term: {from: "2026", to: "2027"}',
                    'an elected member needs its term, e.g. term: {from: "2026", to: "2027"}',
                )
            elif not term["from"] <= year <= term["to"]:
                problem(
                    path + ["term"],
                    f"termiņš {term['from']}–{term['to']} neietver {year}. gadu — {year}. gadā minētai "
                    f"loceklei tajā jābūt Padomē",
                    f"the term {term['from']}–{term['to']} does not include {year} — "
                    f"a member listed for {year} must serve in {year}",
                )
    return problems


def membership_problems(data_set: DataSet, docs_dir: Path) -> list[Problem]:
    """The term and the presidency run forwards, and the presidency lies within the term.
    (The presidency's meetings are in data/meetings.yml: latvijaano/meetings.py.)"""
    problems = []
    data, source, node = data_set.entries, data_set.source, data_set.node
    term, presidency = data["term"], data["presidency"]
    names = {"term": ("termiņš", "term"), "presidency": ("prezidentūra", "presidency")}
    for name, period in (("term", term), ("presidency", presidency)):
        if period["end"] < period["start"]:
            problems.append(
                located(
                    source,
                    line_of(node, [name, "end"]),
                    names[name],
                    f"beigas {period['end']} ir pirms sākuma {period['start']}",
                    f"the end {period['end']} comes before the start {period['start']}",
                )
            )
    if not term["start"] <= presidency["start"] <= presidency["end"] <= term["end"]:
        problems.append(
            located(
                source,
                line_of(node, ["presidency", "start"]),
                names["presidency"],
                f"{presidency['start']}–{presidency['end']} nav termiņa {term['start']}–{term['end']} laikā",
                f"{presidency['start']}–{presidency['end']} is not within the term "
                f"{term['start']}–{term['end']}",
            )
        )
    return problems


def load_data_sets(root: Path, docs_dir: Path) -> dict[str, DataSet]:
    data_sets, problems = {}, []
    for name in DATA_SETS:
        source = f"data/{name}.yml"
        path = root / source
        if not path.is_file():
            raise ProblemsError(
                [
                    Problem(
                        source,
                        1,
                        "fails trūkst — atjaunojiet to (piemēram, no git vēstures)",
                        "the file is missing — restore it (e.g. from the git history)",
                    )
                ]
            )
        try:
            entries, node = load_yaml(site_context.read_data_text(path, source), source)
        except ProblemsError as error:  # not UTF-8, or not YAML: the other files are still checked
            problems += error.problems
            continue
        label = member_label if name == "council" else None
        found = schema_problems(entries, node, load_schema(name, root), source, label=label)
        data_set = DataSet(name, source, entries, node)
        if name == "timeline" and isinstance(entries, list):
            found += link_problems(data_set, docs_dir)
            if not found:  # the order is only meaningful once every date is valid
                found += timeline_order_problems(data_set)
        elif name == "council" and not found:  # counts and terms need entries the schema accepted
            found += council_problems(data_set)
        elif name == "membership" and not found:
            found += membership_problems(data_set, docs_dir)
        problems += found
        data_sets[name] = data_set
    fail(problems)
    return data_sets


# --- The date: past, current, coming --------------------------------------------------------

# Latvian alphabetical order (CLDR's Latvian collation): č ģ ķ ļ ņ š ž are letters of their own,
# after c g k l n s z; the long vowels ā ē ī ū sort with a e i u (a tie goes to the short one);
# y sorts as i. Babel formats dates but does not collate, and ICU (PyICU) is a large native
# dependency for one table; this key is those few rules.
LATVIAN_LETTERS = {"č": "c~", "ģ": "g~", "ķ": "k~", "ļ": "l~", "ņ": "n~", "š": "s~", "ž": "z~"}
LATVIAN_ACCENTS = {"ā": "a", "ē": "e", "ī": "i", "ū": "u", "ō": "o", "y": "i"}


def alphabetical_key(name: str, lang: str) -> tuple:
    """Sort key for a name in the page's language: Latvian order for lv, plain letters for en."""
    text = name.casefold()
    if lang == "lv":
        primary = "".join(LATVIAN_LETTERS.get(ch) or LATVIAN_ACCENTS.get(ch) or ch for ch in text)
        return primary, text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)), text


def council_order(members: list[dict], lang: str) -> list[dict]:
    """The permanent members first, then the elected ones, each in the page's alphabetical order
    (the table's caption says so, data/ui.yml `council_order`)."""
    return sorted(members, key=lambda m: (not m["permanent"], alphabetical_key(m["name"], lang)))


def partial_date_period(value: str) -> tuple[dt.date, dt.date]:
    """The days a timeline date stands for: '2026-11' is all of November 2026, '2021' all of 2021."""
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)


def month_in(day: dt.date, lang: str) -> str:
    """'2026. gada novembrī' / 'November 2026': the month as the phrase "in <month>" needs it."""
    if lang == "lv":
        return f"{day.year}. gada {LATVIAN_MONTHS_IN[day.month - 1]}"
    return format_date(day, MONTH_YEAR_PATTERNS[lang], locale=site_data.BABEL_LOCALES[lang])


def membership_context(membership: dict, today: dt.date, lang: str, ui: dict) -> dict:
    """The membership and the presidency as of `today`, with the lines data/ui.yml words for each
    state (membership_coming / _current / _past, presidency_coming / _current / _past)."""
    term = {key: dt.date.fromisoformat(membership["term"][key]) for key in ("start", "end")}
    presidency = {key: dt.date.fromisoformat(membership["presidency"][key]) for key in ("start", "end")}
    term_state = site_context.period_state(term["start"], term["end"], today)
    presidency_state = site_context.period_state(presidency["start"], presidency["end"], today)
    values = {
        "start_year": term["start"].year,
        "end_year": term["end"].year,
        "month": month_in(presidency["start"], lang),
        "month_name": partial_date_text(membership["presidency"]["start"][:7], lang),
    }
    return {
        "state": term_state,
        "text": ui_text(ui, f"membership_{term_state}", values),
        "years": f"{term['start'].year}–{term['end'].year}",
        "start": term["start"],
        "end": term["end"],
        "presidency": {
            "state": presidency_state,
            "text": ui_text(ui, f"presidency_{presidency_state}", values),
            "month": values["month_name"],
            "start": presidency["start"],
            "end": presidency["end"],
        },
    }


def ui_text(ui: dict, key: str, values: dict) -> str:
    """A data/ui.yml string with its {placeholders} filled; an unknown one stops the build."""
    try:
        return ui[key].format_map(values)
    except (KeyError, ValueError, IndexError) as err:
        known = ", ".join("{" + name + "}" for name in values)
        line = next(
            (
                n
                for n, text in enumerate(site_context.UI_FILE.read_text(encoding="utf-8").split("\n"), 1)
                if text.startswith(f"{key}:")
            ),
            1,
        )
        raise ProblemsError(
            [
                Problem(
                    "data/ui.yml",
                    line,
                    f"'{key}' tekstā ir vietturis, ko nevar aizpildīt ({err}); drīkst lietot {known}",
                    f"'{key}' has a placeholder the build cannot fill ({err}); it may use {known}",
                )
            ]
        ) from None


# --- Rendering -----------------------------------------------------------------------------


def partial_date_text(value: str, lang: str) -> str:
    """'2024-01-18' / '2020-04' / '2013' written out in the language, e.g. '2020. gada aprīlis'."""
    locale = site_data.BABEL_LOCALES[lang]
    if len(value) == 10:
        return site_data.local_date(value, lang)
    if len(value) == 7:
        return format_date(dt.date.fromisoformat(value + "-01"), MONTH_YEAR_PATTERNS[lang], locale=locale)
    return value


def template_environment(config) -> jinja2.Environment:
    return _template_environment(str(Path(config.theme.custom_dir) / TEMPLATE_FOLDER))


# One environment per folder, so that each template is compiled once, not once per page (a page
# per statement made this a fifth of a build with 500 statements). Jinja reloads a template whose
# file has changed, which `mkdocs serve` relies on.
@functools.lru_cache(maxsize=None)
def _template_environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, not the page
    )


def as_html_block(html: str) -> str:
    """Rendered HTML as one raw-HTML block for Python-Markdown: no blank lines inside it."""
    lines = [line for line in html.splitlines() if line.strip()]
    return "\n" + "\n".join(lines) + "\n"


def page_url_to(files, page, path: str, source: str = "data/") -> str | None:
    """The link from `page` to the page at `path` (inside the language folder), page-relative.
    A page this build leaves out (a draft, or scheduled: latvijaano/publication.py) gets no link: the
    data file's line was reported already, in on_config (withheld_link_problems), with the others."""
    target = files.get_file_from_path(path)
    if target is None:
        if site_context.path_in_language(path) in _withheld:
            return None
        raise ProblemsError(
            [
                Problem(
                    source,
                    1,
                    f"saite uz lapu '{path}', kura šajā būvējumā netiek publicēta (melnraksts vai plānota) — "
                    "izņemiet saiti, līdz lapa publicēta",
                    f"a link to the page '{path}', which this build does not publish (a draft, or scheduled) — "
                    "take the link out until the page is published",
                )
            ]
        )
    return target.url_relative_to(page.file)


def withheld_link_problems(data_sets: dict[str, DataSet], withheld: dict) -> list[Problem]:
    """Each `link:` in a data file to a page this build leaves out (a draft or a scheduled item),
    at its own line: reported as a warning beside every other problem (the strict build fails on
    it), not as an error that would stop the build before the pages' own links are checked."""
    lists = []
    # (The timeline is the one data set whose entries link pages; the presidency's programme comes
    # from data/meetings.yml, whose meetings name no pages.)
    if "timeline" in data_sets and isinstance(data_sets["timeline"].entries, list):
        lists.append((data_sets["timeline"], data_sets["timeline"].entries, []))
    problems = []
    for data_set, entries, prefix in lists:
        for index, entry in enumerate(entries):
            link = entry.get("link") if isinstance(entry, dict) else None
            item = withheld.get(link) if isinstance(link, str) else None
            if item is None:
                continue
            line = line_of(data_set.node, [*prefix, index, "link"])
            if item.kind == publication.DRAFT:
                lv = (
                    f"saite uz '{link}', kas ir melnraksts (draft: true) un publicētajā vietnē nav — "
                    "izņemiet šo 'link:' rindu vai publicējiet lapu (izdzēsiet 'draft: true')"
                )
                en = (
                    f"a link to '{link}', a draft (draft: true) that is not on the live site — "
                    "remove this 'link:' line or publish the page (delete 'draft: true')"
                )
            else:
                lv = (
                    f"saite uz '{link}', ko plānots publicēt {item.date.isoformat()} — līdz tam "
                    "izņemiet šo 'link:' rindu"
                )
                en = (
                    f"a link to '{link}', scheduled for {item.date.isoformat()} — remove this 'link:' "
                    "line until then"
                )
            problems.append(Problem(data_set.source, line, lv, en))
    return problems


def render(name: str, data_set: DataSet, lang: str, page, files, env, ui, today: dt.date) -> str:
    if name == "timeline":
        events = [
            {
                "date": entry["date"],
                "date_text": partial_date_text(entry["date"], lang),
                "text": entry[lang].strip(),
                "href": page_url_to(files, page, f"{lang}/{entry['link']}", data_set.source)
                if entry.get("link")
                else None,
                "state": site_context.period_state(*partial_date_period(entry["date"]), today),
            }
            for entry in data_set.entries
        ]
        return env.get_template("timeline.html").render(events=events, lang=lang, ui=ui)
    if name == "missions":
        missions = [
            {
                "name": entry["name"],
                "full_name": entry["full_name"][lang],
                # A Latvian description, not a name: the table says so and gives the UN's name.
                "un_name": entry["full_name"]["en"]
                if entry.get("described") == "true" and lang != "en"
                else None,
                "place": entry["place"][lang],
                "since": entry["since"],
                "note": entry["note"][lang] if entry.get("note") else None,
            }
            for entry in data_set.entries
        ]
        return env.get_template("missions.html").render(missions=missions, lang=lang, ui=ui)
    if name == "council":
        years = [
            {
                "year": entry["year"],
                "members": council_order(
                    [
                        {
                            "name": member[lang].strip(),
                            "permanent": member["seat"] == "permanent",
                            "term": f"{member['term']['from']}–{member['term']['to']}"
                            if member.get("term")
                            else None,
                            "self": bool(member.get("self")),
                        }
                        for member in entry["members"]
                    ],
                    lang,
                ),
            }
            for entry in data_set.entries
        ]
        return env.get_template("council.html").render(years=years, lang=lang, ui=ui)
    if name in MARKER_DATA or name == "membership":
        membership = membership_context(data_set.entries, today, lang, ui)
        return env.get_template(f"{name}.html").render(membership=membership, lang=lang, ui=ui)
    representations = [
        {"organisation": entry["organisation"][lang], "city": entry["city"][lang]}
        for entry in data_set.entries
    ]
    return env.get_template("representations.html").render(representations=representations, lang=lang, ui=ui)


def source_line(page, name: str) -> int:
    """The line of the marker `name` in the page's source file (front matter included)."""
    for number, line in enumerate(page.file.content_string.splitlines(), 1):
        match = MARKER.match(line)
        if match and match["name"] == name:
            return number
    return 1


def source_path(page, config) -> str:
    """The page's source file as messages name it: 'docs/lv/vesture.md'."""
    root = site_context.project_root(config)
    try:
        return Path(page.file.abs_src_path).resolve().relative_to(root).as_posix()
    except (TypeError, ValueError):  # a generated page has no file of its own
        return page.file.src_uri


def page_language(page, config) -> str:
    # A Latvian page standing in for a pending English translation keeps its Latvian data.
    return getattr(page.file, "locale", None) or site_context.build_language(config)


# --- mkdocs events -------------------------------------------------------------------------

_data_sets: dict[str, DataSet] = {}
_ui_strings: dict = {}
_env: jinja2.Environment | None = None
_today: dt.date | None = None
_withheld: dict = {}  # this build's drafts and scheduled pages (none in a preview), by path in language


def on_config(config):
    global _env, _today
    root = site_context.project_root(config)
    _today = site_context.site_date()  # an invalid SITE_DATE stops the build here
    _data_sets.clear()
    _ui_strings.clear()
    # Both checked before stopping, so that one build shows the problems of every data file.
    problems = []
    try:
        _data_sets.update(load_data_sets(root, Path(config.docs_dir)))
    except ProblemsError as error:
        problems += error.problems
    try:
        _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    except ProblemsError as error:
        problems += error.problems
    fail(problems)
    _env = template_environment(config)
    _withheld.clear()
    if not site_context.is_preview():
        _withheld.update(publication.withheld_pages(Path(config.docs_dir), _today))
    if not site_context.inside_language_build(config):  # once per build, not once per language
        for problem in withheld_link_problems(_data_sets, _withheld):
            log.warning(str(problem), extra={"content_problem": problem})


def replace_markers(markdown: str, render_marker) -> str:
    """Replace each marker line outside code blocks with `render_marker(name)` (HTML), or
    keep the line when that returns None. Used here and by latvijaano/news/ and latvijaano/statements/."""
    lines, in_fence = [], False
    for line in markdown.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence  # a marker shown as an example in a code block stays as it is
        match = None if in_fence else MARKER.match(line)
        html = render_marker(match["name"]) if match else None
        lines.append(line if html is None else as_html_block(html))
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    lang = page_language(page, config)
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}

    def render_marker(name):
        data_name = MARKER_DATA.get(name, name)
        if data_name in _data_sets:
            return render(name, _data_sets[data_name], lang, page, files, _env, ui, _today)
        if name not in OTHER_MARKERS:
            known = ", ".join([*DATA_SETS, *MARKER_DATA, *OTHER_MARKERS])
            raise ProblemsError(
                [
                    Problem(
                        source_path(page, config),
                        source_line(page, name),
                        f"nezināma datu vieta '<!-- data: {name} -->' — izlabojiet nosaukumu (zināmie: {known})",
                        f"unknown data marker '<!-- data: {name} -->' — correct the name (known: {known})",
                    )
                ]
            )
        return None  # another hook's marker (the news list)

    return replace_markers(markdown, render_marker)


def on_env(env, config, files):
    # The home page's hero and key facts (overrides/home.html) show the membership and the
    # presidency as of the build's date; on_env runs once per language build.
    lang = site_context.build_language(config)
    ui = {key: texts[lang] for key, texts in _ui_strings.items()}
    env.globals["membership"] = membership_context(_data_sets["membership"].entries, _today, lang, ui)
    return env
