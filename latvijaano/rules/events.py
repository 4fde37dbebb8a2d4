"""The build's events for the content rules (latvijaano/rules/runner.py): run by every build, and
shown where editors look.

- Every problem is logged as a warning, `path:line: Latvian / English`, so the strict build fails
  with the same message scripts/check_content.py prints. mkdocs' own link warnings (missing page,
  anchor or image) are repeated in those words too (latvijaano/rules/messages.py), at the line with
  the link. The rules run in on_config, before the data hooks: a build that also stops on a data
  file still lists every page problem first, so one run shows all that is wrong.
- TODO placeholders are only logged as info here: a scaffolded draft must still build, so that
  its preview can be looked at; scripts/check_content.py (run before every deploy) refuses them.
- Under `mkdocs serve` (an editor's local preview) the problems are also shown in the browser:
  a panel at the top of every page, and, when the build stops, a page that lists why
  (overrides/partials/build-problems.html), in both languages.
- The pages a build leaves out (a draft, a scheduled item, the votes page of an empty register)
  have their links checked too (latvijaano/rules/withheld_links.py, on_env and on_post_build).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import jinja2
import markupsafe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import site_context, theme
from latvijaano.problems import Problem, ProblemsError, sort_problems
from latvijaano.rules import messages, withheld_links
from latvijaano.rules.runner import check_sources

# Under "mkdocs", so strict mode counts these warnings.
log = logging.getLogger("mkdocs.hooks.content_checks")
# The loggers whose warnings are about links and the nav, which editors write.
MKDOCS_LINK_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")
PROBLEMS_TEMPLATE = "partials/build-problems.html"


class ServeState:
    """What the local preview (`mkdocs serve`) shows for the build in progress.

    Not in build_context's per-build state, which starts afresh with each language build: the
    rules run once, in the Latvian build's on_config, and what they found must still be shown on the
    English pages (and on the page on_build_error writes if the English build stops); mkdocs' link
    warnings of both language builds are added to it. It is emptied when the next whole build
    starts (on_config, outside a language build)."""

    problems: list[Problem] = []
    stopping: list[Problem] = []  # problems that stop the build (an unreadable file)
    config: MkDocsConfig | None = None  # the latest language build's, for on_build_error


def report(problem: Problem) -> None:
    level = logging.INFO if problem.draft_only or problem.advisory else logging.WARNING
    log.log(level, str(problem), extra={"content_problem": problem})
    if not problem.draft_only:
        ServeState.problems.append(problem)


def paths(config: MkDocsConfig) -> tuple[Path, Path]:
    root = site_context.project_root(config)
    return root, Path(config.docs_dir).resolve()


class LinkWarningsInEditorsWords(logging.Handler):
    """Repeats mkdocs' link warnings as `path:line: Latvian / English`.

    No exception is caught here: a message we fail to map is a bug to see, not to hide."""

    def __init__(self, root: Path, docs_dir: Path):
        super().__init__(level=logging.WARNING)
        self.root, self.docs_dir = root, docs_dir

    def emit(self, record):
        problem = messages.problem_from_build_message(record.getMessage(), self.root, self.docs_dir)
        if problem:
            report(problem)


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    site_context.set_serving(command == "serve")
    if command == "serve":
        keep_serving_after_a_failed_first_build()


def keep_serving_after_a_failed_first_build() -> None:
    """`mkdocs serve` exits when its first build fails, so the page on_build_error writes would
    never be served, and the editor sees only the terminal. Its first build is called through
    mkdocs.commands.serve.build (looked up at call time): a failure there is logged instead, the
    server starts, and every address shows why (as after a later failure, see on_serve)."""
    import mkdocs.commands.serve as serve_command

    original = serve_command.build
    if getattr(original, "keeps_serving", False):
        return

    def build_that_keeps_serving(config, **kwargs):
        try:
            original(config, **kwargs)
        except (Exception, SystemExit) as error:  # mkdocs' Abort is a SystemExit
            log.error(
                "Vietni neizdevās uzbūvēt; pārlūkā redzams, kāpēc. / The site could not be built; "
                "the browser shows why. (%s)",
                error,
            )

    build_that_keeps_serving.keeps_serving = True
    serve_command.build = build_that_keeps_serving


def on_config(config: MkDocsConfig) -> None:
    ServeState.config = config
    # A fresh handler for every config load (`mkdocs serve` reloads hooks); drop older ones.
    handler = LinkWarningsInEditorsWords(*paths(config))
    for name in MKDOCS_LINK_LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if type(h).__name__ == LinkWarningsInEditorsWords.__name__]:
            logger.removeHandler(old)
        logger.addHandler(handler)
    if theme.inside_language_build(config):
        return  # the rules read both languages' sources: once per build is enough
    ServeState.problems = []
    ServeState.stopping = []
    root, docs_dir = paths(config)
    problems = check_sources(root, docs_dir, config.markdown_extensions, config.mdx_configs)
    for problem in problems:
        report(problem)
    ServeState.stopping = [problem for problem in problems if problem.stops_build]


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # A file mkdocs cannot read would crash the build when its page is read: stop before that,
    # after the data hooks' on_config has had its say (so their problems are listed too).
    if ServeState.stopping and not theme.inside_language_build(config):
        raise ProblemsError(ServeState.stopping)
    return files


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    # The pages this build leaves out (drafts, scheduled, an empty register's): their links too.
    withheld_links.render_left_out(config, files)
    return env


def on_post_build(*, config: MkDocsConfig) -> None:
    withheld_links.validate_anchors(config)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A title or description is plain text wherever a template prints it (header, tabs, navigation,
    search, head tags): escaped here once, so that no front matter can inject markup, even into a
    build that the content check did not guard (the rule above refuses markup in them anyway)."""
    for key in ("title", "description"):
        value = page.meta.get(key)
        if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
            page.meta[key] = markupsafe.escape(value)
    return markdown


# --- The local preview: problems in the browser ----------------------------------------------


def render_problems(config: MkDocsConfig, problems: list[Problem], stopped: bool) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(config.theme.custom_dir))),
        autoescape=True,
    )
    return env.get_template(PROBLEMS_TEMPLATE).render(problems=problems, stopped=stopped)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if not (site_context.is_serving() and ServeState.problems):
        return output
    panel = render_problems(config, sort_problems(ServeState.problems), stopped=False)
    head, found, body = output.partition("<body")
    if not found:
        return output
    tag_end = body.index(">") + 1
    return head + found + body[:tag_end] + panel + body[tag_end:]


def on_build_error(*, error: Exception) -> None:
    """The build stopped: under `mkdocs serve`, every address shows why, until the next good build."""
    config = ServeState.config
    if not site_context.is_serving() or config is None:
        return
    root, docs_dir = paths(config)
    if isinstance(error, ProblemsError):
        fatal = error.problems
    else:
        fatal = messages.problems_from_any_message(str(error), root, docs_dir)
    problems = sort_problems([*ServeState.problems, *fatal])
    page = (
        '<!doctype html><html lang="lv"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Vietni neizdevās uzbūvēt / The site could not be built</title></head><body>"
        + render_problems(config, problems, stopped=True)
        + "</body></html>"
    )
    site = Path(config.site_dir)
    shutil.rmtree(site, ignore_errors=True)
    for target in ["index.html", "404.html"] + [
        f"{site_context.language_root(lang)}index.html" for lang in site_context.LANGUAGES
    ]:
        (site / target).parent.mkdir(parents=True, exist_ok=True)
        (site / target).write_text(page, encoding="utf-8")


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable) -> LiveReloadServer:
    """mkdocs serve holds every request while a rebuild has failed ("the server will appear
    stuck"), so the page on_build_error writes would never be seen. A failed rebuild is taken as
    done here: the browser reloads and shows why the build stopped; the next good build replaces it."""

    def builder_that_shows_errors(config=None):
        try:
            builder(config)
        except (Exception, SystemExit) as error:  # mkdocs' Abort is a SystemExit
            log.error(
                "Vietni neizdevās uzbūvēt; pārlūkā redzams, kāpēc. / The site could not be built; "
                "the browser shows why. (%s)",
                error,
            )

    server.builder = builder_that_shows_errors
    return server
