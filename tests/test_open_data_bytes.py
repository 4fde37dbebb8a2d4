"""The open data's CSV files (latvijaano/outputs/open_data.py) byte for byte, as a spreadsheet program reads them:

- a UTF-8 byte-order mark, once: without it Excel reads the UTF-8 as the local code page and shows
  "ā" as "Ä\x81"; twice, the first heading is "\ufeffid";
- RFC 4180: every record ends with CRLF; a cell with a comma, a quote or a line break is quoted,
  its quotes doubled; a line break inside a cell stays inside its quotes;
- the heading row is the schema's fields, and each row says what the JSON beside it says (a list
  joined with ';').

On synthetic records (no build: fast), and on every dati/*.csv of tests/meetings_scratch.py's
build (votes, statements and a meeting whose Latvian agenda holds ';', '"', ',' and a line break).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from meetings_scratch import TRICKY_AGENDA, edges  # noqa: F401

from latvijaano.outputs import open_data

pytestmark = pytest.mark.long(5)  # one scratch build (shared with tests/test_meeting_edges.py in one process)


BOM = "\ufeff".encode("utf-8")


def spreadsheet_rows(raw: bytes) -> list[list[str]]:
    """The rows a spreadsheet reads from the bytes; AssertionError naming what it would get wrong."""
    assert raw.startswith(BOM), "no byte-order mark: spreadsheets show the Latvian letters garbled"
    assert not raw[len(BOM) :].startswith(BOM), "two byte-order marks: the first heading starts with one"
    text = raw[len(BOM) :].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect="excel", strict=True))
    # Written back as RFC 4180 says (CRLF after each record, quotes only where needed, doubled),
    # the rows must give the very same text: any other line end or quoting differs here.
    again = io.StringIO(newline="")
    csv.writer(again, dialect="excel", lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == text, "not RFC 4180: a line end or a cell's quoting differs"
    return rows


def as_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def check_csv(csv_path: Path, json_path: Path, schema_path: Path) -> list[list[str]]:
    rows = spreadsheet_rows(csv_path.read_bytes())
    fields = list(json.loads(schema_path.read_text(encoding="utf-8"))["items"]["properties"])
    records = json.loads(json_path.read_text(encoding="utf-8"))
    assert rows[0] == fields, "the heading row is not the schema's fields"
    assert rows[1:] == [[as_cell(record[field]) for field in fields] for record in records]
    return rows


# --- Synthetic records, written by open_data.write ------------------------------------------------

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "x",
    "description": "x",
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "description": "x"},
            "text": {"type": "string", "description": "x"},
            "count": {"type": ["integer", "null"], "description": "x"},
            "roles": {"type": "array", "items": {"type": "string"}, "description": "x"},
        },
    },
}
RECORDS = [
    {"id": "a", "text": TRICKY_AGENDA["lv"], "count": 13, "roles": ["presides", "speaks"]},
    {"id": "b", "text": 'Tikai „pēdiņas” un "citāts"', "count": None, "roles": []},
    {"id": "c", "text": "Semikols; un komats, ģērbonis", "count": 0, "roles": ["speaks"]},
]


@pytest.fixture
def written(tmp_path):
    root = tmp_path / "repo"
    (root / open_data.SCHEMA_FOLDER).mkdir(parents=True)
    (root / open_data.SCHEMA_FOLDER / "proba.schema.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    open_data.write(tmp_path / "site", "", root, "proba", RECORDS)
    return tmp_path / "site" / open_data.FOLDER


def test_a_csv_opens_in_a_spreadsheet_with_every_letter_and_cell_intact(written):
    rows = check_csv(written / "proba.csv", written / "proba.json", written / "proba.schema.json")
    assert [row[1] for row in rows[1:]] == [record["text"] for record in RECORDS]


def test_the_bytes_of_a_tricky_latvian_text(written):
    raw = (written / "proba.csv").read_bytes()
    assert raw.startswith(BOM + b"id,text,count,roles\r\n")
    # the quotes doubled, the line break kept inside the quoted cell, CRLF only between records
    expected = '"' + TRICKY_AGENDA["lv"].replace('"', '""') + '"'
    assert f"a,{expected},13,presides;speaks\r\n".encode("utf-8") in raw
    assert raw.count(b"\r\n") == len(RECORDS) + 1
    assert raw.count(b"\n") == raw.count(b"\r\n") + TRICKY_AGENDA["lv"].count("\n")


def test_the_spreadsheet_check_can_fail(written):
    raw = (written / "proba.csv").read_bytes()
    for name, broken in (
        ("no BOM", raw[len(BOM) :]),
        ("two BOMs", BOM + raw),
        ("LF line ends", raw.replace(b"\r\n", b"\n")),
        ("a quote not doubled", raw.replace(b'""B""', b'"B"', 1)),
    ):
        with pytest.raises((AssertionError, csv.Error)):
            spreadsheet_rows(broken)
            pytest.fail(f"{name}: not caught")


# --- Every CSV a build writes -------------------------------------------------------------------


def test_every_csv_the_build_writes_opens_in_a_spreadsheet(edges):
    site_dir = edges.site(edges.end)
    files = sorted(site_dir.rglob("dati/*.csv"))
    names = {path.stem for path in files}
    assert names == {
        path.name[: -len(".schema.json")] for path in (edges.root / open_data.SCHEMA_FOLDER).iterdir()
    }
    assert len(files) == 2 * len(names)  # each in both languages
    for path in files:
        rows = check_csv(path, path.with_suffix(".json"), path.with_name(f"{path.stem}.schema.json"))
        assert len(rows) > 1, f"{path.relative_to(site_dir)}: the copy has records of every kind"
    for lang, folder in (("lv", site_dir / "dati"), ("en", site_dir / "en" / "dati")):
        rows = spreadsheet_rows((folder / "sanaksmes.csv").read_bytes())
        agenda = rows[0].index("agenda")
        assert [row[agenda] for row in rows if row[agenda] == TRICKY_AGENDA[lang]], lang
