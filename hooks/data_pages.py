"""Facts kept once as data (data/*.yml) and rendered into the pages of both languages.

A page asks for a data section with a marker line in its Markdown:

    <!-- data: timeline -->         data/timeline.yml          (vesture.md)
    <!-- data: missions -->         data/missions.yml          (vesture.md)
    <!-- data: representations -->  data/representations.yml   (organizacijas.md)
    <!-- data: news -->             the news list, rendered by hooks/news.py

The marker line is replaced by HTML from a Jinja2 template in overrides/partials/data/, in the
page's language, with dates written by Babel the way that language writes them. Every data
file is checked against its JSON Schema in data/schemas/ on every build; a problem stops the
build with `path:line: message`, the line found from the YAML nodes' marks.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jsonschema
import yaml
from babel.dates import format_date
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import site_context  # noqa: E402
import site_data  # noqa: E402

DATA_SETS = ("timeline", "missions", "representations")
# Markers that another hook replaces; seen here, they are not mistakes.
OTHER_MARKERS = {"news": "hooks/news.py"}
MARKER = re.compile(r"^\s*<!--\s*data:\s*(?P<name>[^\s>]+)\s*-->\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
TEMPLATE_FOLDER = Path("partials") / "data"  # inside the theme's custom_dir (overrides/)

# Babel's own month-year skeleton for Latvian is "2020. g. aprīlis"; the site writes "gada" in
# full, as the long date does ("2024. gada 18. janvāris"), so the pattern is given here.
MONTH_YEAR_PATTERNS = {"lv": "y. 'gada' LLLL", "en": "LLLL y"}


# --- YAML with line numbers, and JSON Schema checks ---------------------------------------

def load_yaml(text: str, source: str, first_line: int = 1):
    """Parse YAML into (data, node tree). Every scalar stays a string (yaml.BaseLoader), so the
    schema sees exactly what the editor wrote: `date: 2013` is the text "2013", not a number."""
    loader = yaml.BaseLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = (mark.line if mark else 0) + first_line
        raise PluginError(f"{source}:{line}: not valid YAML: {getattr(err, 'problem', err)}") from err
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


def describe(error: jsonschema.ValidationError) -> tuple[list, str]:
    """(path of the field, message) for one schema error, in words an editor can act on."""
    path = list(error.absolute_path)
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        hint = error.schema.get("properties", {}).get(missing[0], {}).get("description")
        return path + missing[:1], "missing" + (f" — {hint}" if hint else "")
    if error.validator == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return path + extra[:1], f"unknown field '{extra[0]}' (allowed: {allowed})"
    if error.validator == "dependentRequired":
        field = next(key for key in error.validator_value if key in error.instance)
        needed = [key for key in error.validator_value[field] if key not in error.instance]
        return path + needed[:1], f"'{needed[0]}' is missing (needed with '{field}')"
    hint = error.schema.get("description")
    message = error.message
    if error.validator == "format":
        message = f"{error.instance!r} is not a valid date"
    elif error.validator == "pattern":
        message = f"{error.instance!r} is not in the expected form" if str(error.instance).strip() else "is empty"
    return path, message + (f" — {hint}" if hint else "")


def entry_label(data, path) -> str:
    """'entry 3 (2015-10-23)': the list entry a field belongs to, by position and a name."""
    if not path or not isinstance(path[0], int) or not isinstance(data, list) or path[0] >= len(data):
        return ""
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
    return f"entry {path[0] + 1}" + (f" ({name})" if name else "")


def schema_problems(data, node, schema: dict, source: str, first_line: int = 1) -> list[str]:
    """Every schema problem as `source:line: entry N (name), field 'x': message`."""
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: [(isinstance(p, str), p) for p in e.absolute_path]):
        path, message = describe(error)
        where = [entry_label(data, path)]
        fields = [str(p) for p in path if not isinstance(p, int)]
        if fields:
            where.append("field '" + ".".join(fields) + "'")
        prefix = ", ".join(w for w in where if w)
        problems.append(f"{source}:{line_of(node, path, first_line)}: {prefix + ': ' if prefix else ''}{message}")
    return problems


def fail(problems: list[str]) -> None:
    if problems:
        raise PluginError("\n".join(problems))


# --- The data files ------------------------------------------------------------------------

@dataclass
class DataSet:
    name: str
    source: str  # 'data/timeline.yml', as messages name it
    entries: list
    node: yaml.Node


def timeline_order_problems(data_set: DataSet) -> list[str]:
    """Entries must be in chronological order; '2020' and '2020-04' compare on the year only."""
    problems = []
    for index in range(1, len(data_set.entries)):
        before, after = data_set.entries[index - 1]["date"], data_set.entries[index]["date"]
        common = min(len(before), len(after))
        if after[:common] < before[:common]:
            problems.append(
                f"{data_set.source}:{line_of(data_set.node, [index, 'date'])}: entry {index + 1} ({after}) "
                f"comes after {before}: keep data/timeline.yml in chronological order"
            )
    return problems


def link_problems(data_set: DataSet, docs_dir: Path) -> list[str]:
    """A `link` must be a page that exists in every language folder."""
    problems = []
    for index, entry in enumerate(data_set.entries):
        link = entry.get("link") if isinstance(entry, dict) else None
        if not isinstance(link, str) or not link.strip():
            continue
        missing = [lang for lang in site_context.LANGUAGES if not (docs_dir / lang / link).is_file()]
        if missing:
            where = ", ".join(f"docs/{lang}/{link}" for lang in missing)
            problems.append(
                f"{data_set.source}:{line_of(data_set.node, [index, 'link'])}: {entry_label(data_set.entries, [index])}, "
                f"field 'link': no such page: {where} — write a page path inside docs/lv/ and docs/en/, "
                f"e.g. jaunumi/2021-05-20-act-grupa.md"
            )
    return problems


def load_data_sets(root: Path, docs_dir: Path) -> dict[str, DataSet]:
    data_sets, problems = {}, []
    for name in DATA_SETS:
        source = f"data/{name}.yml"
        path = root / source
        if not path.is_file():
            raise PluginError(f"{source}: the file is missing")
        entries, node = load_yaml(path.read_text(encoding="utf-8"), source)
        found = schema_problems(entries, node, load_schema(name, root), source)
        data_set = DataSet(name, source, entries, node)
        if name == "timeline" and isinstance(entries, list):
            found += link_problems(data_set, docs_dir)
            if not found:  # the order is only meaningful once every date is valid
                found += timeline_order_problems(data_set)
        problems += found
        data_sets[name] = data_set
    fail(problems)
    return data_sets


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
    folder = Path(config.theme.custom_dir) / TEMPLATE_FOLDER
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, not the page
    )


def as_html_block(html: str) -> str:
    """Rendered HTML as one raw-HTML block for Python-Markdown: no blank lines inside it."""
    lines = [line for line in html.splitlines() if line.strip()]
    return "\n" + "\n".join(lines) + "\n"


def page_url_to(files, page, path: str) -> str:
    """The link from `page` to the page at `path` (inside the language folder), page-relative."""
    target = files.get_file_from_path(path)
    if target is None:
        raise PluginError(f"data link '{path}' is not a page of this build")
    return target.url_relative_to(page.file)


def render(name: str, data_set: DataSet, lang: str, page, files, env, ui) -> str:
    if name == "timeline":
        events = [
            {
                "date": entry["date"],
                "date_text": partial_date_text(entry["date"], lang),
                "text": entry[lang].strip(),
                "href": page_url_to(files, page, f"{lang}/{entry['link']}") if entry.get("link") else None,
            }
            for entry in data_set.entries
        ]
        return env.get_template("timeline.html").render(events=events, lang=lang, ui=ui)
    if name == "missions":
        missions = [
            {
                "name": entry["name"],
                "full_name": entry["full_name"][lang],
                "place": entry["place"][lang],
                "since": entry["since"],
                "note": entry["note"][lang] if entry.get("note") else None,
            }
            for entry in data_set.entries
        ]
        return env.get_template("missions.html").render(missions=missions, lang=lang, ui=ui)
    representations = [
        {"organisation": entry["organisation"][lang], "city": entry["city"][lang]} for entry in data_set.entries
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
    root = Path(config.config_file_path).resolve().parent
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


def on_config(config):
    global _env
    root = Path(config.config_file_path).resolve().parent
    _data_sets.clear()
    _ui_strings.clear()
    # Both checked before stopping, so that one build shows the problems of every data file.
    errors = []
    try:
        _data_sets.update(load_data_sets(root, Path(config.docs_dir)))
    except PluginError as error:
        errors.append(str(error))
    try:
        _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    except PluginError as error:
        errors.append(str(error))
    fail(errors)
    _env = template_environment(config)


def replace_markers(markdown: str, render_marker) -> str:
    """Replace each marker line outside code blocks with `render_marker(name)` (HTML), or
    keep the line when that returns None. Used here and by hooks/news.py."""
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
        if name in _data_sets:
            return render(name, _data_sets[name], lang, page, files, _env, ui)
        if name not in OTHER_MARKERS:
            known = ", ".join([*DATA_SETS, *OTHER_MARKERS])
            raise PluginError(
                f"{source_path(page, config)}:{source_line(page, name)}: unknown data marker "
                f"'<!-- data: {name} -->' (known: {known})"
            )
        return None  # another hook's marker (the news list)

    return replace_markers(markdown, render_marker)
