"""Open data: the record as files a reader can download, beside the pages that show it.

For each data set (`name`: 'pazinojumi', 'balsojumi', …) and language build this writes

    dati/<name>.json         a JSON array of records (en/dati/… in English: texts in that language)
    dati/<name>.csv          the same records, one row each; a list field is joined with ';'
    dati/<name>.schema.json  data/schemas/open-data/<name>.schema.json, which documents each field

The schema is the one source of the field names and their order (its `items.properties`), and
every record is checked against it before anything is written: a record that does not fit is a
bug in the hook that made it, and stops the build. The modules that own the items make the records
(latvijaano/statements/, latvijaano/meetings/, latvijaano/votes/) and call `write`; the page
docs/<lang>/dati/index.md lists the files with their fields at `<!-- data: open-data -->`, rendered from the same schemas
(latvijaano/pages/open_data_page.py), so the page cannot drift from the files.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
from mkdocs.exceptions import PluginError

FOLDER = "dati"  # inside the language root: dati/ (lv), en/dati/ (en)
SCHEMA_FOLDER = Path("data") / "schemas" / "open-data"
LIST_SEPARATOR = ";"


def schema_of(root: Path, name: str) -> dict:
    return json.loads((root / SCHEMA_FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))


def fields_of(schema: dict) -> list[str]:
    return list(schema["items"]["properties"])


def csv_text(records: list[dict], fields: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")  # RFC 4180
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                key: (
                    LIST_SEPARATOR.join(value) if isinstance(value, list) else "" if value is None else value
                )
                for key, value in record.items()
            }
        )
    return out.getvalue()


def write(site_dir: Path, language_root: str, root: Path, name: str, records: list[dict]) -> None:
    """dati/<name>.json, .csv and .schema.json of one language (`language_root`: '' or 'en/')."""
    schema = schema_of(root, name)
    fields = fields_of(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(records))
    if errors or any(list(record) != fields for record in records):
        problem = errors[0].message if errors else f"fields are not {fields}"
        raise PluginError(
            f"open data {name}: a record does not fit {SCHEMA_FOLDER}/{name}.schema.json: {problem}"
        )
    folder = Path(site_dir) / language_root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    # With a byte order mark, spreadsheet programs read the UTF-8 (ā, č, ē …) as UTF-8.
    (folder / f"{name}.csv").write_text("\ufeff" + csv_text(records, fields), encoding="utf-8")
    (folder / f"{name}.schema.json").write_text(
        json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
