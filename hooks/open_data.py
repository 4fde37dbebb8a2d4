"""Open data: the record as files a reader can download, beside the pages that show it.

For each data set (`name`: 'pazinojumi', 'balsojumi', …) and language build this writes

    dati/<name>.json         a JSON array of records (en/dati/… in English: texts in that language)
    dati/<name>.csv          the same records, one row each; a list field is joined with ';'
    dati/<name>.schema.json  data/schemas/open-data/<name>.schema.json, which documents each field

The schema is the one source of the field names and their order (its `items.properties`), and
every record is checked against it before anything is written: a record that does not fit is a
bug in the hook that made it, and stops the build. The hooks that own the items make the records
(hooks/statements.py, hooks/votes.py) and call `write`; the page docs/<lang>/dati/index.md
lists the files with their fields at `<!-- data: open-data -->`, rendered here from the same
schemas (`files_view`), so the page cannot drift from the files, with each data set's number of
records, or a sentence saying that it has none yet (`record_counts`). This module is also the
hook (mkdocs.yml) that renders that marker.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import jsonschema
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import data_pages  # noqa: E402
import site_context  # noqa: E402

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


def files_view(root: Path, names: list[str], lang: str) -> list[dict]:
    """What the open data page shows of each data set: its title, description and fields, in
    the page's language (a schema's `title_lv`/`description_lv` beside `title`/`description`)."""
    suffix = "_lv" if lang == "lv" else ""
    views = []
    for name in names:
        schema = schema_of(root, name)
        views.append(
            {
                "name": name,
                "title": schema.get(f"title{suffix}") or schema["title"],
                "description": schema.get(f"description{suffix}") or schema["description"],
                "fields": [
                    {"name": field, "text": spec.get(f"description{suffix}") or spec["description"]}
                    for field, spec in schema["items"]["properties"].items()
                ],
            }
        )
    return views


# --- The open data page (docs/<lang>/dati/index.md, `<!-- data: open-data -->`) --------------------

MARKER = "open-data"
# The page that shows each data set, inside the language folder: linked when this build has it
# (balsojumi/ only while the register has entries).
PAGES = {
    "pazinojumi": "pazinojumi/index.md",
    "balsojumi": "balsojumi/index.md",
    "sanaksmes": "sanaksmes/index.md",
}


def data_set_names(root: Path) -> list[str]:
    """Every data set with a schema in data/schemas/open-data/, in the order of PAGES, then by name."""
    names = [path.name[: -len(".schema.json")] for path in (root / SCHEMA_FOLDER).glob("*.schema.json")]
    order = list(PAGES)
    return sorted(names, key=lambda name: (order.index(name) if name in order else len(order), name))


def record_counts(root: Path, files, lang: str, docs_dir: Path) -> dict[str, int]:
    """How many records each data set of this language build holds, counted from the sources its
    hook makes them from (the files are written after the pages, in on_post_build): the page says
    how many, and says in words when there are none."""
    import meetings  # here: these hooks import this module
    import news
    import statements
    import votes_register

    return {
        "pazinojumi": len(news.collect_items(files, lang, root, docs_dir, statements.STATEMENTS)),
        "balsojumi": len(votes_register.entries_of(root)),
        "sanaksmes": len(meetings.load_meetings(root)),
    }


def calendar_files() -> dict[str, str]:
    """The calendar written beside a data set's files (hooks/meetings.py: dati/sanaksmes.ics), by
    data set: the page links it with the data set's other files (its description names it)."""
    import meetings  # here: that hook imports this module

    return {meetings.OPEN_DATA_NAME: meetings.CALENDAR_FILE.removeprefix(f"{FOLDER}/")}


def on_page_markdown(markdown, page, config, files):
    if f"data: {MARKER}" not in markdown:
        return markdown
    root = site_context.project_root(config)
    lang = site_context.build_language(config)
    ui = site_context.ui_for(lang, root / "data" / "ui.yml")
    views = files_view(root, data_set_names(root), lang)
    counts = record_counts(root, files, lang, Path(config.docs_dir))
    for view in views:
        view["count"] = counts.get(view["name"])  # None: a data set this page cannot count
        view["calendar"] = calendar_files().get(view["name"])
        shown_on = (
            files.get_file_from_path(f"{lang}/{PAGES[view['name']]}") if view["name"] in PAGES else None
        )
        # Its title from the front matter: the page may not have been read yet.
        view["page"] = (
            {
                "href": shown_on.url_relative_to(page.file),
                "title": get_data(shown_on.content_string)[1].get("title"),
            }
            if shown_on
            else None
        )
    env = data_pages.template_environment(config)
    return data_pages.replace_markers(
        markdown,
        lambda name: (
            env.get_template("open-data.html").render(ui=ui, data_sets=views) if name == MARKER else None
        ),
    )
