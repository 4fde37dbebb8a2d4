"""The theme contract (latvijaano/theme.py), checked against the installed Material and
mkdocs-static-i18n: one test per assumption, named after it, so that after an upgrade the failing
test says *which* assumption broke (developers/UPGRADING.md says what to do then).

Material's scripts are read in their TypeScript source, which each release ships in the source
map beside its minified bundle and search worker (the same release's code, readable by name).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import posixpath
import re
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from latvijaano import site_context, theme
from latvijaano.outputs import search_index


def installed(package: str) -> Path:
    return Path(importlib.util.find_spec(package).origin).parent


MATERIAL = installed("material") / "templates"
JAVASCRIPTS = MATERIAL / "assets" / "javascripts"


def material_template(name: str) -> str:
    return (MATERIAL / name).read_text(encoding="utf-8")


def script_sources(pattern: str) -> dict[str, str]:
    """The TypeScript sources of Material's one minified script matching `pattern`, from its map."""
    scripts = sorted(JAVASCRIPTS.glob(pattern))
    assert len(scripts) == 1, f"expected one {pattern} in {JAVASCRIPTS}, found {scripts}"
    source_map = scripts[0].with_name(scripts[0].name + ".map")
    assert source_map.is_file(), f"Material no longer ships {source_map.name}: read {scripts[0]} instead"
    data = json.loads(source_map.read_text(encoding="utf-8"))
    return dict(zip(data["sources"], data["sourcesContent"]))


def source(sources: dict[str, str], path_end: str) -> str:
    found = [text for path, text in sources.items() if path.endswith(path_end)]
    assert len(found) == 1, f"no single source ending in {path_end} (Material moved it?)"
    return found[0]


def bundle(path_end: str) -> str:
    return source(script_sources("bundle.*.min.js"), path_end)


def worker(path_end: str) -> str:
    return source(script_sources("workers/search.*.min.js"), path_end)


def ours(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


# --- mkdocs-static-i18n, run on a scratch docs folder ---------------------------------------------


@pytest.fixture(scope="module")
def i18n_builds(tmp_path_factory):
    """The plugin's on_config and on_files for each language, as a build runs them, on lv/a.md
    (translated: en/a.md) and lv/b.md (not translated). Returns (config, plugin, {lang: files})."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    work = tmp_path_factory.mktemp("i18n")
    docs = work / "docs"
    paths = ["lv/a.md", "en/a.md", "lv/b.md"]
    for path in paths:
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text("# A page\n", encoding="utf-8")
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(work / "site"))
    plugin = config.plugins[theme.I18N_PLUGIN]
    built = {}
    for lang in site_context.LANGUAGES:
        plugin.current_language = lang if lang != site_context.DEFAULT_LANGUAGE else None
        config = plugin.on_config(config)
        assert config.theme["language"] == lang, "checked by test_i18n_sets_the_theme_language"
        files = Files([File(path, str(docs), config.site_dir, config.use_directory_urls) for path in paths])
        built[lang] = {file.src_uri: file for file in plugin.on_files(files, config)}
    return config, plugin, built


def test_i18n_sets_the_theme_language(tmp_path):
    """site_context.build_language reads the build's language from theme.language, which the plugin's
    on_config sets for each language build."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    plugin = config.plugins[theme.I18N_PLUGIN]
    for lang in site_context.LANGUAGES:
        plugin.current_language = lang if lang != site_context.DEFAULT_LANGUAGE else None
        config = plugin.on_config(config)
        assert site_context.build_language(config) == lang


def test_i18n_file_attributes(i18n_builds):
    """Every file of a language build carries theme.I18N_FILE_ATTRIBUTES; a page the hooks generate
    (theme.give_language) carries the same ones."""
    config, _, built = i18n_builds
    file = built["lv"]["lv/a.md"]
    missing = [name for name in theme.I18N_FILE_ATTRIBUTES if not hasattr(file, name)]
    assert not missing, f"mkdocs-static-i18n no longer sets {missing} on its files"
    assert theme.path_in_language_folder(file) == "a.md"
    assert theme.file_language(file) == "lv"
    generated = File("lv/c.md", None, config.site_dir, config.use_directory_urls)
    theme.give_language(generated, config, "lv", "c.md", {"en": "en/c/index.html"})
    assert [name for name in theme.I18N_FILE_ATTRIBUTES if not hasattr(generated, name)] == []
    assert theme.file_alternates(generated)["en"].dest_uri == "en/c/index.html"


def test_i18n_alternates(i18n_builds):
    """File.alternates: the same page in each language, itself included; a page not translated is
    shown on the English side with its Latvian text, and says so by its locale."""
    _, _, built = i18n_builds
    english = built["en"]["en/a.md"]
    alternates = theme.file_alternates(english)
    assert set(alternates) == set(site_context.LANGUAGES)
    assert alternates["en"] is english
    assert alternates["lv"].dest_uri == "a/index.html"
    fallback = built["en"]["lv/b.md"]
    assert fallback.dest_uri == "en/b/index.html"
    assert theme.file_language(fallback) == "lv"  # what i18n_seo's "translated" flag reads


def test_i18n_files_per_language(i18n_builds):
    """The plugin keeps each language's pages in `i18n_files_per_language` (what its sitemap reads),
    which theme.add_to_language_pages extends."""
    config, plugin, _ = i18n_builds
    pages = plugin.i18n_files_per_language
    assert set(pages) == set(site_context.LANGUAGES)
    generated = File("en/c.md", None, config.site_dir, config.use_directory_urls)
    theme.give_language(generated, config, "en", "c.md", {})
    theme.add_to_language_pages(config, generated)
    assert generated in plugin.i18n_files_per_language["en"]


def test_sitemap_template_context():
    """overrides/sitemap.xml reads `i18n_alternates`: the plugin's i18n_files_per_language."""
    from mkdocs_static_i18n.plugin import I18n

    text = inspect.getsource(I18n.on_template_context)
    assert re.search(r'context\["i18n_alternates"\]\s*=\s*self\.i18n_files_per_language', text), text
    assert "i18n_alternates" in ours("overrides/sitemap.xml")


def test_i18n_building_flag():
    """theme.inside_language_build reads the plugin's `building`, False until its on_post_build
    builds the other languages, True while it does."""
    from mkdocs_static_i18n.plugin import I18n

    plugin = I18n()
    assert plugin.building is False
    text = inspect.getsource(I18n.on_post_build)
    start, build, end = (
        text.find(s) for s in ("self.building = True", "build(config", "self.building = False")
    )
    assert -1 < start < build < end, "the plugin no longer flags its further language builds with `building`"

    class Config:
        plugins = {theme.I18N_PLUGIN: plugin}

    plugin.building = True
    assert theme.inside_language_build(Config()) is True


def test_i18n_languages_setting(i18n_builds):
    config, _, _ = i18n_builds
    assert list(theme.language_names(config)) == list(site_context.LANGUAGES)


def test_i18n_event_priorities():
    """Our hooks at -150 and -200 run after the plugin has picked the language's files (on_files)
    and built the other languages (on_post_build), both at -100."""
    from mkdocs_static_i18n.plugin import I18n

    assert I18n.on_files.mkdocs_priority == -100
    assert I18n.on_post_build.mkdocs_priority == -100


def test_i18n_merges_the_search_index():
    """After the last language, the plugin gives the search plugin (by either name) every
    language's entries and has it write one index: search_index.py splits it."""
    from mkdocs_static_i18n.plugin import I18n

    text = inspect.getsource(I18n.reconfigure_search_index)
    assert '"material/search"' in text and "plugin.on_post_build(config=config)" in text
    assert "reconfigure_search_index(config)" in inspect.getsource(I18n.on_post_build)


# --- Material: Python side ----------------------------------------------------------------------


def test_material_search_plugin_name():
    from importlib.metadata import entry_points

    names = {entry.name for entry in entry_points(group="mkdocs.plugins")}
    assert "material/search" in names

    class Config:
        plugins = {"material/search": object()}

    assert theme.search_enabled(Config())


def test_page_config_script():
    """base.html writes the page configuration as one JSON data block with "base" and "search"."""
    block = material_template("base.html").split("{% block config %}")[1].split("{% endblock %}")[0]
    assert '<script id="__config" type="application/json">' in block
    assert theme.PAGE_CONFIG_SCRIPT.search(block + "</script>")
    for key in theme.PAGE_CONFIG_KEYS:
        assert f'"{key}":' in block, key
    assert re.search(r"\}\s*\|\s*tojson\s*-?\}\}", block), "not written with tojson any more"


def test_page_config_json_is_jinjas_tojson(i18n_builds):
    """A changed "base" leaves the rest of the configuration as Material's template writes it."""
    config, _, _ = i18n_builds
    settings = {"base": "../", "search": "a.js", "translations": {"x": "Meklēt <&> 'te'"}, "n": None}
    written = config.theme.get_env().from_string("{{ settings | tojson }}").render(settings=settings)
    assert theme.page_config_json(settings) == written


def test_sidebar_active_link_class():
    assert f'class="{theme.SIDEBAR_ACTIVE_LINK_CLASS}"' in material_template("partials/nav-item.html")


def test_active_tab_class():
    template = material_template("partials/tabs-item.html")
    base = re.search(r'\{% set class = "([^"]+)" %\}', template)
    active = re.search(r'\{% set class = class ~ "([^"]+)" %\}', template)
    assert base and active and '<li class="{{ class }}">' in template
    assert base[1] + active[1] == theme.ACTIVE_TAB_ITEM_CLASS


def test_not_found_template():
    theme_settings = material_template("mkdocs_theme.yml")
    static = re.search(r"^static_templates:\n((?:\s+- .+\n)+)", theme_settings, flags=re.M)
    assert static and f"- {theme.NOT_FOUND_TEMPLATE}" in static[1]


# --- What the published files rely on (theme.PUBLISHED_ASSUMPTIONS) ------------------------------


def test_drawer_toggle_id():
    assert re.search(
        r'<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"',
        material_template("base.html"),
    )
    assert re.search(
        r'<label class="md-header__button md-icon" for="__drawer">', material_template("partials/header.html")
    )


def test_search_toggle_id():
    assert 'data-md-toggle="search" type="checkbox" id="__search"' in material_template("base.html")


def test_primary_sidebar_class():
    assert '<div class="md-sidebar md-sidebar--primary"' in material_template("base.html")


def test_palette_radio_class():
    assert re.search(r'<input class="md-option"[^>]*type="radio"', material_template("partials/palette.html"))
    assert '{% include "partials/palette.html" %}' in material_template("partials/header.html")


def test_base_blocks():
    """Every block our templates fill is one that Material's base.html has."""
    blocks = set(re.findall(r"\{%-?\s*block (\w+)", material_template("base.html")))
    for path in ("overrides/main.html", "overrides/home.html", "overrides/404.html"):
        ours_blocks = set(re.findall(r"\{%-?\s*block (\w+)", ours(path)))
        assert ours_blocks <= blocks, f"{path}: {sorted(ours_blocks - blocks)} not in Material's base.html"


def test_index_fetched_with_xhr():
    """overrides/partials/head-extra.html holds back the index's XMLHttpRequest until search."""
    assert re.search(
        r'requestJSON<SearchIndex>\(\s*new URL\("' + re.escape(theme.SEARCH_INDEX) + r'", config.base\)',
        bundle("javascripts/bundle.ts"),
    )
    request = bundle("browser/request/index.ts")
    assert "new XMLHttpRequest()" in request and "fetch(" not in request
    assert re.search(r"export function requestJSON[\s\S]*?return request\(url, options\)", request)


def test_sitemap_fetched_with_xhr():
    assert 'requestXML(new URL("sitemap.xml", base))' in bundle("integrations/sitemap/index.ts")
    assert re.search(
        r"export function requestXML[\s\S]*?return request\(url, options\)",
        bundle("browser/request/index.ts"),
    )


def test_worker_message_types():
    enum = re.search(
        r"export const enum SearchMessageType \{([^}]*)\}", bundle("search/worker/message/index.ts")
    )
    names = re.findall(r"^\s*([A-Z]+)\b", re.sub(r"/\*.*?\*/", "", enum[1]), flags=re.M)
    assert {name: number for number, name in enumerate(names)} == theme.WORKER_MESSAGE_TYPES
    staged = ours("overrides/assets/javascripts/lunr/staged-index.js")
    for name in ("READY", "QUERY", "RESULT"):
        assert f"{name} = {theme.WORKER_MESSAGE_TYPES[name]}" in staged, name


def test_worker_language_module_path():
    main = worker("search/worker/main/index.ts")
    base = re.search(r'let base = "([^"]+)"', main)[1]
    module = re.search(r"scripts\.push\(`\$\{base\}(/min/lunr\.)\$\{lang\}(\.min\.js)`\)", main)
    assert re.search(rf'if \(lang !== "{theme.LUNR_LANGUAGE_WITHOUT_MODULE}"\)\s*scripts\.push', main)
    where = posixpath.normpath(
        posixpath.join("assets/javascripts/workers", base + module[1] + "{lang}" + module[2])
    )
    assert where == theme.LUNR_MODULE
    for settings in search_index.SEARCH_SETTINGS.values():
        for lang in settings["lang"]:
            assert lang != theme.LUNR_LANGUAGE_WITHOUT_MODULE
            assert (ROOT / "overrides" / theme.LUNR_MODULE.format(lang=lang)).is_file(), lang


def test_worker_uses_lunr_builder():
    assert "self.lunr = lunr" in worker("search/worker/main/index.ts")
    search = worker("integrations/search/_/index.ts")
    assert "this.index = lunr(function () {" in search and "this.add(doc" in search
    assert "this.index.search(query)" in search


# --- The contract's own bookkeeping -------------------------------------------------------------


def test_every_published_assumption_has_its_test_and_its_users():
    for assumption in theme.PUBLISHED_ASSUMPTIONS:
        assert callable(globals().get(f"test_{assumption.name}")), f"no test_{assumption.name}"
        for path in assumption.used_by:
            assert (ROOT / path).is_file(), f"{assumption.name}: {path} is gone; update theme.py"
