"""The content rules (hooks/content_rules.py), run by every build.

Each problem is logged as a warning, `path:line: Latvian / English`, so the strict build fails
with the same message scripts/check_content.py prints. mkdocs' own link warnings (missing page,
anchor or image) are repeated in those words too, pointed at the line with the link.

TODO placeholders are only logged as info here: a scaffolded draft must still build, so that
its preview can be looked at; scripts/check_content.py (run before every deploy) refuses them.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import content_rules  # noqa: E402
import site_context  # noqa: E402

# Under "mkdocs", so strict mode counts these warnings.
log = logging.getLogger("mkdocs.hooks.content_checks")
# The loggers whose warnings are about links and the nav, which editors write.
MKDOCS_LINK_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")


def report(problem: content_rules.Problem) -> None:
    level = logging.INFO if problem.draft_only else logging.WARNING
    log.log(level, str(problem), extra={"content_problem": problem})


def paths(config) -> tuple[Path, Path]:
    root = Path(config.config_file_path).resolve().parent
    return root, Path(config.docs_dir).resolve()


class LinkWarningsInEditorsWords(logging.Handler):
    """Repeats mkdocs' link warnings as `path:line: Latvian / English`."""

    def __init__(self, root: Path, docs_dir: Path):
        super().__init__(level=logging.WARNING)
        self.root, self.docs_dir = root, docs_dir

    def emit(self, record):
        try:
            problem = content_rules.problem_from_build_message(record.getMessage(), self.root, self.docs_dir)
        except Exception:  # a message we cannot map must not break the build; mkdocs' own stays
            return
        if problem:
            report(problem)


def on_config(config):
    # A fresh handler for every config load (`mkdocs serve` reloads hooks); drop older ones.
    handler = LinkWarningsInEditorsWords(*paths(config))
    for name in MKDOCS_LINK_LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if type(h).__name__ == LinkWarningsInEditorsWords.__name__]:
            logger.removeHandler(old)
        logger.addHandler(handler)


def on_pre_build(config):
    if site_context.inside_language_build(config):
        return  # the rules read both languages' sources: once per build is enough
    root, docs_dir = paths(config)
    for problem in content_rules.check_sources(
        root, docs_dir, config.markdown_extensions, config.mdx_configs
    ):
        report(problem)
