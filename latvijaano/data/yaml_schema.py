"""YAML with line numbers, and the JSON Schema checks every data file passes, in an editor's words.

Each problem names its file and line (`path:line: Latvian / English`), the line found from the YAML
nodes' marks; every data set's rules (latvijaano/data/timeline.py, council.py, membership.py) and
the other modules that read a data file (meetings, votes, priorities, search synonyms, spelling
words) use these.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

from latvijaano.problems import Problem, ProblemsError
from latvijaano.yaml_mistakes import yaml_problem


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


@dataclass
class DataSet:
    name: str
    source: str  # 'data/timeline.yml', as messages name it
    entries: list
    node: yaml.Node
