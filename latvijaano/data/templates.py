"""The Jinja environment of the data partials (overrides/partials/data/), and the rendered HTML as a
block that Python-Markdown keeps as it is."""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

TEMPLATE_FOLDER = Path("partials") / "data"  # inside the theme's custom_dir (overrides/)


def template_environment(config) -> jinja2.Environment:
    return _template_environment(str(Path(config.theme.custom_dir) / TEMPLATE_FOLDER))


# One environment per folder, so that each template is compiled once, not once per page (a page
# per statement made this a fifth of a build with 500 statements). Jinja reloads a template whose
# file has changed, which `mkdocs serve` relies on.
@functools.lru_cache(maxsize=None)
def _template_environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, not the page
    )


def as_html_block(html: str) -> str:
    """Rendered HTML as one raw-HTML block for Python-Markdown: no blank lines inside it."""
    lines = [line for line in html.splitlines() if line.strip()]
    return "\n" + "\n".join(lines) + "\n"
