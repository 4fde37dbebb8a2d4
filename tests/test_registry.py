"""latvijaano/data/registry.py, the registry of what shows what, held against the build itself.

For every data file (data/*.yml): a scratch copy of the repository is built, the file is changed in
a way that shows (every Latvian and English text gets a word more; the presidency moves by a month;
the word lists get a word), the copy is built again, and the HTML pages that changed must be among
the pages scripts/changed_pages.py names for that file (which asks the registry). A file the
registry says no page shows must change no page. The interface texts (data/ui.yml) are on every
page: the registry must say so (the preview then links the home pages and the site as a whole).

Nothing here depends on today's content: the changes are made to whatever entries the files hold.
A new data file needs its entry in the registry and, if it has no `lv:`/`en:` texts, a change here.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site, source_root

from latvijaano import site_context
from latvijaano.data import registry
from latvijaano.meetings.loading import content_hash
from latvijaano.meetings.model import MEETINGS_FILE

sys.path.insert(0, str(ROOT / "scripts"))
import changed_pages  # noqa: E402

pytestmark = pytest.mark.long(600)  # a build per data file; see conftest.pytest_collection_modifyitems

SITE_URL = "http://127.0.0.1:8000/latvijaano/"
EVERYWHERE = {"data/ui.yml"}  # on every page: answered as the site as a whole, not built here
DATA_FILES = sorted(
    path.relative_to(source_root()).as_posix() for path in (source_root() / "data").glob("*.yml")
)
# (.cache stays: the copies start from the cards and templates the first build drew.)
COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "site", "__pycache__", ".pytest_cache", "node_modules")


# --- The changes ----------------------------------------------------------------------------------


def add_a_word(node) -> int:
    """Every `lv:` / `en:` text gets a word more; how many texts changed."""
    count = 0
    if isinstance(node, dict):
        for key, value in node.items():
            if key in site_context.LANGUAGES and isinstance(value, str) and value.strip():
                node[key] = value.rstrip() + (" Papildu." if key == "lv" else " More.")
                count += 1
            else:
                count += add_a_word(value)
    elif isinstance(node, list):
        count += sum(add_a_word(value) for value in node)
    return count


def move_the_presidency(membership: dict) -> None:
    """The presidency a month earlier (or later, if it is the term's first month)."""
    term_start = dt.date.fromisoformat(membership["term"]["start"])
    start = dt.date.fromisoformat(membership["presidency"]["start"]).replace(day=1)
    before_end = start - dt.timedelta(days=1)
    if before_end.replace(day=1) >= term_start:
        first, last = before_end.replace(day=1), before_end
    else:
        first = (start + dt.timedelta(days=32)).replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    membership["presidency"] = {"start": first.isoformat(), "end": last.isoformat()}


def change(root: Path, data_file: str) -> None:
    """A harmless change to `data_file` in the copy at `root` that shows wherever the file does."""
    path = root / data_file
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # every scalar a string
    if data_file == "data/membership.yml":
        move_the_presidency(data)
    elif data_file == "data/search-synonyms.yml":
        for lang in site_context.LANGUAGES:
            data[lang] = [*(data.get(lang) or []), ["zzyzx", "xyzzy"]]
    elif data_file == "data/spelling-words.yml":
        data["lv"] = [*(data.get("lv") or []), "zzyzx"]
    else:
        assert add_a_word(data), (
            f"{data_file}: no lv/en text to change — teach tests/test_registry.py a change"
        )
        if data_file == MEETINGS_FILE:  # an edited meeting carries its new fingerprint
            for entry in data:
                entry["revision"]["hash"] = content_hash(entry)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


# --- Builds ---------------------------------------------------------------------------------------


def build(root: Path, site: Path, today: str) -> Path:
    result = build_site(root, site, SITE_URL, env={"SITE_DATE": today}, quiet=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return site


def html_pages(site: Path) -> dict[str, Path]:
    """Each built page by its URL path from the site root ('padome/', 'en/padome/')."""
    pages = {}
    for html in site.rglob("index.html"):
        url = html.parent.relative_to(site).as_posix()
        pages["" if url == "." else url + "/"] = html
    return pages


def changed_html(before: Path, after: Path) -> set[str]:
    old, new = html_pages(before), html_pages(after)
    return {
        url
        for url in old.keys() | new.keys()
        if url not in old or url not in new or not filecmp.cmp(old[url], new[url], shallow=False)
    }


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A copy of the repository and its build, dated today (the same day for every build here)."""
    folder = tmp_path_factory.mktemp("registry")
    root = folder / "repo"
    shutil.copytree(source_root(), root, ignore=COPY_IGNORE)
    today = dt.date.today().isoformat()
    return root, build(root, folder / "site", today), today


# --- Every data file, against the build -----------------------------------------------------------


def test_every_data_file_is_in_the_registry():
    known = {name for shows in registry.ENTRIES.values() for name in shows.reads} | set(registry.NO_PAGE)
    assert [name for name in DATA_FILES if name not in known] == []
    assert [name for name in known if not (ROOT / name).is_file()] == []


@pytest.mark.parametrize("data_file", DATA_FILES)
def test_the_pages_a_data_file_changes_are_the_ones_changed_pages_names(data_file, base, tmp_path):
    root, before, today = base
    if data_file in EVERYWHERE:
        pages, other = changed_pages.changed_pages([data_file], root, before)
        assert other and [page.path for page in pages] == ["index.md"], "the site as a whole"
        return
    copy = tmp_path / "repo"
    shutil.copytree(root, copy, ignore=COPY_IGNORE)
    change(copy, data_file)
    after = build(copy, tmp_path / "site", today)
    changed = changed_html(before, after)
    pages, _ = changed_pages.changed_pages([data_file], copy, after)
    named = {url for page in pages for url in page.urls.values()}
    assert sorted(changed - named) == [], f"{data_file} changed pages that changed_pages does not name"
    if data_file in registry.NO_PAGE:
        assert changed == set() and named == set()
    else:
        assert changed, f"the change to {data_file} showed on no page: change it another way"


# --- The registry's parts -------------------------------------------------------------------------


def test_each_marker_is_rendered_where_the_registry_says():
    for name, shows in registry.MARKERS.items():
        made_by = ROOT / shows.made_by  # a module, or a kind of item's subpackage
        files = sorted(made_by.rglob("*.py")) if made_by.is_dir() else [made_by]
        module = "\n".join(path.read_text(encoding="utf-8") for path in files)
        kinds = (ROOT / "latvijaano" / "kinds.py").read_text(encoding="utf-8")  # the collections' markers
        assert f'"{name}"' in module or f'"{name}"' in kinds or shows.made_by == registry.DATA_PAGES, name


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_pages_showing_finds_markers_templates_named_pages_and_built_pages(tmp_path):
    for lang in site_context.LANGUAGES:
        write(tmp_path / "docs" / lang / "index.md", "---\ntitle: S\ntemplate: home.html\n---\n")
        write(tmp_path / "docs" / lang / "padome" / "index.md", "# P\n\n<!-- data: council -->\n")
        write(tmp_path / "docs" / lang / "prioritates" / "a.md", "# A\n")
        example = "# K\n\n```\n<!-- data: council -->\n```\n"  # a marker shown in a code block
        write(tmp_path / "docs" / lang / "kontakti.md", example)
    write(tmp_path / "data" / "priorities.yml", "- key: a\n  lv: A\n  en: A\n  page: prioritates/a.md\n")
    assert registry.pages_showing("data/council.yml", tmp_path) == (["padome/"], False)
    assert registry.pages_showing("data/membership.yml", tmp_path) == ([""], False)  # home.html's globals
    assert "prioritates/a/" in registry.pages_showing("data/priorities.yml", tmp_path)[0]
    built = ["sanaksmes/x/", "sanaksmes/", "jaunumi/y/"]
    assert "sanaksmes/x/" in registry.pages_showing("data/meetings.yml", tmp_path, built)[0]
    assert "jaunumi/y/" not in registry.pages_showing("data/meetings.yml", tmp_path, built)[0]
    assert registry.pages_showing("data/ui.yml", tmp_path) == ([""], True)
    assert registry.pages_showing("data/spelling-words.yml", tmp_path) == ([], False)


def test_url_patterns_match_one_segment_a_star():
    assert registry.matches("sanaksmes/x/", "sanaksmes/*/")
    assert not registry.matches("sanaksmes/x/y/", "sanaksmes/*/")
    assert not registry.matches("sanaksmes/", "sanaksmes/*/")
