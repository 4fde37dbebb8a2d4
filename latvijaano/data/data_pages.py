"""Facts kept once as data (data/*.yml) and rendered into the pages of both languages: the events.

A page asks for a data section with a marker line in its Markdown, `<!-- data: NAME -->`;
latvijaano/data/registry.py lists every marker, the module that renders it and the data files it
reads. This module renders the data sets' own (timeline, missions, representations, council,
membership, presidency: latvijaano/data/views.py) and stops the build at a marker nobody renders.

What depends on the date (the timeline's past / current / coming, the membership and presidency
lines) is decided from the build's one "today" (SITE_DATE, build_context.current().today). The same
state reaches the templates as the Jinja global `membership` (see on_env).

Every data file is checked against its JSON Schema in data/schemas/ on every build
(latvijaano/data/data_sets.py); a problem stops the build with `path:line: message`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, site_context, theme
from latvijaano.data import data_sets, publication, registry
from latvijaano.data.markers import page_language, replace_markers, source_line, source_path
from latvijaano.data.membership import membership_context
from latvijaano.data.templates import template_environment
from latvijaano.data.timeline import withheld_link_problems
from latvijaano.data.views import MARKER_DATA, render
from latvijaano.problems import Problem, ProblemsError, fail

# Under "mkdocs", so that a strict build counts the warnings.
log = logging.getLogger("mkdocs.hooks.data_pages")

STATE = "data_pages"  # build_context.current().state key: {"env": …, "withheld": …}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    context = build_context.current()
    root = site_context.project_root(config)
    # Both checked before stopping, so that one build shows the problems of every data file.
    problems = []
    try:
        loaded = data_sets.load_data_sets(root, Path(config.docs_dir))
    except ProblemsError as error:
        problems += error.problems
    try:
        context.ui_strings  # data/ui.yml, read and checked here, beside the other data files
    except ProblemsError as error:
        problems += error.problems
    fail(problems)
    data_sets.keep(loaded)
    # This build's drafts and scheduled pages (none in a preview), by path in language.
    withheld = {} if context.preview else publication.withheld_pages(Path(config.docs_dir), context.today)
    context.state[STATE] = {"env": template_environment(config), "withheld": withheld}
    if not theme.inside_language_build(config):  # once per build, not once per language
        for problem in withheld_link_problems(loaded, withheld):
            log.warning(str(problem), extra={"content_problem": problem})
    return config


def unknown_marker(name: str, page: Page, config: MkDocsConfig) -> ProblemsError:
    known = ", ".join(registry.MARKERS)
    return ProblemsError(
        [
            Problem(
                source_path(page, config),
                source_line(page, name),
                f"nezināma datu vieta '<!-- data: {name} -->' — izlabojiet nosaukumu (zināmie: {known})",
                f"unknown data marker '<!-- data: {name} -->' — correct the name (known: {known})",
            )
        ]
    )


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    context = build_context.current()
    state = context.state[STATE]
    lang = page_language(page, config)
    ui = {key: texts[lang] for key, texts in context.ui_strings.items()}

    def render_marker(name):
        marker = registry.MARKERS.get(name)
        if marker is None:
            raise unknown_marker(name, page, config)
        if marker.made_by != registry.DATA_PAGES:
            return None  # another module's marker (the news list, the meetings…): it replaces it
        data_set = data_sets.data_set(MARKER_DATA.get(name, name))
        return render(name, data_set, lang, page, files, state["env"], ui, context.today, state["withheld"])

    return replace_markers(markdown, render_marker)


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    # The home page's hero and key facts (overrides/home.html) show the membership and the
    # presidency as of the build's date; on_env runs once per language build.
    context = build_context.current()
    lang = site_context.build_language(config)  # (not context.lang: see latvijaano/data/site_data.py)
    ui = {key: texts[lang] for key, texts in context.ui_strings.items()}
    membership = data_sets.data_set("membership").entries
    env.globals["membership"] = membership_context(membership, context.today, lang, ui)
    return env
