"""The open data page: docs/<lang>/dati/index.md lists at `<!-- data: open-data -->` every data set
latvijaano/outputs/open_data.py writes, with its fields, from the same schemas (so the page cannot drift
from the files), and each data set's number of records, or a sentence saying that it has none yet.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from latvijaano import build_context
from latvijaano.data.markers import replace_markers
from latvijaano.data.templates import template_environment
from latvijaano.kinds import STATEMENTS
from latvijaano.meetings.loading import load_meetings
from latvijaano.meetings.model import CALENDAR_FILE, OPEN_DATA_NAME
from latvijaano.news.items import collect_items
from latvijaano.outputs.open_data import FOLDER, SCHEMA_FOLDER, schema_of
from latvijaano.votes.register import entries_of as vote_entries


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
    return {
        "pazinojumi": len(collect_items(files, lang, root, docs_dir, STATEMENTS)),
        "balsojumi": len(vote_entries(root)),
        "sanaksmes": len(load_meetings(root)),
    }


def calendar_files() -> dict[str, str]:
    """The calendar written beside a data set's files (latvijaano/meetings/: dati/sanaksmes.ics), by
    data set: the page links it with the data set's other files (its description names it)."""
    return {OPEN_DATA_NAME: CALENDAR_FILE.removeprefix(f"{FOLDER}/")}


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if f"data: {MARKER}" not in markdown:
        return markdown
    build = build_context.current()
    root, lang, ui = build.root, build.lang, build.ui
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
    env = template_environment(config)
    return replace_markers(
        markdown,
        lambda name: (
            env.get_template("open-data.html").render(ui=ui, data_sets=views) if name == MARKER else None
        ),
    )
