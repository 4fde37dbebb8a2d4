"""The theme contract: every place where the site relies on how Material for MkDocs or
mkdocs-static-i18n work inside, beyond their documented settings, named once, here.

Written against mkdocs-material 9.8.1 and mkdocs-static-i18n 1.3.1 (requirements.txt). Each name
below says which behaviour of which release it relies on. tests/test_theme_contract.py checks each
one against the installed packages, one test per assumption, so that an upgrade says *which*
assumption broke; developers/UPGRADING.md says what to do on a release.

The engine reaches the packages' insides only through this module. The published files in
overrides/ (templates, scripts) cannot import it; what they rely on is listed in
PUBLISHED_ASSUMPTIONS at the end, and the contract test checks those too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from latvijaano.site_context import SiteContextError

# --- mkdocs-static-i18n: its plugin object --------------------------------------------------------

I18N_PLUGIN = "i18n"  # the plugin's name in mkdocs.yml


def _i18n(config: MkDocsConfig):
    plugin = config.plugins.get(I18N_PLUGIN)
    if plugin is None:
        raise SiteContextError("mkdocs.yml: the i18n plugin (mkdocs-static-i18n) is not enabled")
    return plugin


def inside_language_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n runs one of its further language builds.

    mkdocs-static-i18n 1.3.1 builds the default language as mkdocs' own build, then each other
    language from its on_post_build (priority -100), with its private `building` flag set. Hooks
    whose work spans both languages (the content rules, the search index split, robots.txt) run
    once, outside it. Fails loudly if a release drops the flag."""
    plugin = _i18n(config)
    if not hasattr(plugin, "building"):
        raise SiteContextError(
            "mkdocs-static-i18n no longer has the 'building' flag that latvijaano/theme.py relies on; "
            "check the plugin's release notes (developers/UPGRADING.md)"
        )
    return bool(plugin.building)


def language_names(config: MkDocsConfig) -> dict[str, str]:
    """{'lv': 'Latviešu', 'en': 'English'}: the plugin's `languages` setting (each has `locale` and
    `name`), as mkdocs-static-i18n 1.3.1 keeps it on `plugin.config.languages`."""
    return {lang.locale: lang.name for lang in _i18n(config).config.languages}


# --- mkdocs-static-i18n: what it writes on each File ----------------------------------------------

# mkdocs-static-i18n 1.3.1 (folder.py, create_i18n_file) gives every file of a language build these
# attributes; the sitemap template (overrides/sitemap.xml), the language switch and the hreflang
# links read them. A page a hook makes (news list pages, meetings, filter pages) must carry them too.
I18N_FILE_ATTRIBUTES = ("alternates", "locale", "locale_alternate_of", "localization", "norm_src_uri")


def file_alternates(file: File) -> dict[str, File]:
    """The same page in each language that has it ({lang: File}), itself included: `File.alternates`."""
    return getattr(file, "alternates", {})


def has_alternates(file: File) -> bool:
    return hasattr(file, "alternates")


def file_language(file: File, default: str | None = None) -> str | None:
    """The language of the file's text: `File.locale` (a page that is the Latvian text shown on the
    English side, translation pending, has locale 'lv' in the English build)."""
    return getattr(file, "locale", default)


def path_in_language_folder(file: File) -> str | None:
    """'lv/jaunumi/x.md' -> 'jaunumi/x.md': `File.norm_src_uri`, None on a file the plugin never saw."""
    return getattr(file, "norm_src_uri", None)


def give_language(
    file: File, config: MkDocsConfig, lang: str, src_uri: str, alternates: dict[str, str]
) -> None:
    """Make a generated page look like one of mkdocs-static-i18n's own: its language, its path in
    the language folder, and the same page in the other languages (`alternates`: {lang: dest_uri}),
    each a File that is only an address, for hreflang and the language switch."""
    file.locale = file.locale_alternate_of = file.localization = lang
    file.norm_src_uri = src_uri
    file.alternates = {lang: file}
    for other, other_dest in alternates.items():
        if other == lang:
            continue
        alternate = File(src_uri, None, config.site_dir, config.use_directory_urls, dest_uri=other_dest)
        alternate.locale = other
        file.alternates[other] = alternate


def add_to_language_pages(config: MkDocsConfig, file: File) -> None:
    """Add a generated page to the plugin's list of the language's pages, which its sitemap
    template reads as `i18n_alternates` (overrides/sitemap.xml). mkdocs-static-i18n 1.3.1 takes
    that list (`i18n_files_per_language`) in its on_files, before hooks at -200 add pages."""
    pages = getattr(config.plugins.get(I18N_PLUGIN), "i18n_files_per_language", {}).get(file_language(file))
    if pages is not None:
        pages.append(file)


# --- Material: search --------------------------------------------------------------------------


def search_enabled(config: MkDocsConfig) -> bool:
    """Material registers its search plugin as 'material/search' (mkdocs' own as 'search')."""
    return any(name.split("/")[-1] == "search" for name in config.plugins)


# Where Material's page script fetches a language's search index from, relative to the page
# configuration's "base"; mkdocs-static-i18n writes one merged index there for both languages.
SEARCH_INDEX = "search/search_index.json"

# The lunr language module Material 9.8's search worker loads for each language of an index's
# config "lang" (`${base}/min/lunr.${lang}.min.js`, base "../lunr" from the worker's folder), and
# the one language it loads no module for. Ours (overrides/) use those names.
LUNR_MODULE = "assets/javascripts/lunr/min/lunr.{lang}.min.js"
LUNR_LANGUAGE_WITHOUT_MODULE = "en"

# The search worker's messages, as numbered in Material 9.8 (SearchMessageType: the page sends
# SETUP and QUERY, the worker answers READY and RESULT). overrides/.../lunr/staged-index.js posts
# and reads them by number.
WORKER_MESSAGE_TYPES = {"SETUP": 0, "READY": 1, "QUERY": 2, "RESULT": 3}

# Material's page configuration: <script id="__config" type="application/json">{… "base": …}</script>,
# written by base.html's `config` block with Jinja's tojson; "base" is the site root relative to
# the page, "search" the hashed search worker's address.
PAGE_CONFIG_SCRIPT = re.compile(r'(<script id="__config"[^>]*>)(.*?)(</script>)', re.S)
PAGE_CONFIG_KEYS = ("base", "search")


def page_config_json(settings: dict) -> str:
    """The page configuration as base.html writes it, with Jinja's tojson (sorted keys, as mkdocs'
    Jinja environment has it; no '<', '>', '&' or "'" that HTML could read as markup), so that a
    changed value leaves the rest byte for byte."""
    return str(htmlsafe_json_dumps(settings, sort_keys=True))


# --- Material: navigation -----------------------------------------------------------------------

# Material 9.8 marks the current page's link in the sidebar (partials/nav-item.html) and the
# current section's tab (partials/tabs-item.html) with these classes, exactly so written.
SIDEBAR_ACTIVE_LINK_CLASS = "md-nav__link md-nav__link--active"
ACTIVE_TAB_ITEM_CLASS = "md-tabs__item md-tabs__item--active"


# --- Material: templates ------------------------------------------------------------------------

# The page Material renders once for every missing address: a static template of the theme
# (mkdocs_theme.yml's static_templates), written as 404.html at the root of each language build.
NOT_FOUND_TEMPLATE = "404.html"


# --- What the published files (overrides/) rely on ------------------------------------------------


@dataclass(frozen=True)
class Assumption:
    name: str  # the contract test's name for it: tests/test_theme_contract.py::test_<name>
    relies_on: str  # what the installed release does
    used_by: tuple[str, ...]  # our files that break if it stops


PUBLISHED_ASSUMPTIONS = (
    Assumption(
        "drawer_toggle_id",
        'base.html: the navigation drawer is the checkbox id="__drawer"; partials/header.html\'s menu '
        'button is <label for="__drawer">',
        ("overrides/partials/keyboard.html",),
    ),
    Assumption(
        "search_toggle_id",
        'base.html: search opens with the checkbox id="__search"',
        ("overrides/partials/search.html",),
    ),
    Assumption(
        "primary_sidebar_class",
        "base.html: the navigation sidebar is .md-sidebar--primary",
        ("overrides/partials/keyboard.html",),
    ),
    Assumption(
        "palette_radio_class",
        'partials/palette.html: the colour scheme toggles are <input class="md-option" type="radio"> '
        "in the header",
        ("overrides/assets/javascripts/palette-switch.js", "overrides/partials/keyboard.html"),
    ),
    Assumption(
        "base_blocks",
        "base.html has the blocks site_meta, extrahead, announce, config and scripts",
        ("overrides/main.html",),
    ),
    Assumption(
        "index_fetched_with_xhr",
        "the page script fetches search/search_index.json from the configuration's base with "
        "XMLHttpRequest (not fetch())",
        ("overrides/partials/head-extra.html",),
    ),
    Assumption(
        "sitemap_fetched_with_xhr",
        "the page script requests sitemap.xml with XMLHttpRequest (language and version integration)",
        ("overrides/partials/head-extra.html", "latvijaano/pages/i18n_seo.py"),
    ),
    Assumption(
        "worker_message_types",
        "the search worker's messages: SETUP 0, READY 1, QUERY 2, RESULT 3",
        ("overrides/assets/javascripts/lunr/staged-index.js",),
    ),
    Assumption(
        "worker_language_module_path",
        "the search worker loads ../lunr/min/lunr.<lang>.min.js for each language but 'en'",
        (
            "overrides/assets/javascripts/lunr/min/lunr.lv.min.js",
            "overrides/assets/javascripts/lunr/min/lunr.en_gb.min.js",
            "latvijaano/outputs/search_index.py",
        ),
    ),
    Assumption(
        "worker_uses_lunr_builder",
        "the search worker sets self.lunr, builds its index with lunr() (Builder#add, Builder#build) "
        "and answers a query with Index#search",
        (
            "overrides/assets/javascripts/lunr/staged-index.js",
            "overrides/assets/javascripts/lunr/query-ranking.js",
            "overrides/assets/javascripts/lunr/query-stemming.js",
        ),
    ),
    Assumption(
        "sitemap_template_context",
        "mkdocs-static-i18n renders sitemap.xml with i18n_alternates ({locale: [File]}, its "
        "i18n_files_per_language), each File with locale and alternates",
        ("overrides/sitemap.xml",),
    ),
)
