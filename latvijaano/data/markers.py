"""The `<!-- data: NAME -->` marker lines of a page's Markdown: found outside code blocks and replaced
with rendered HTML. Every module that renders a marker (latvijaano/data/registry.py lists them all)
replaces its own through `replace_markers`."""

from __future__ import annotations

import re
from pathlib import Path

from latvijaano import site_context, theme
from latvijaano.data.templates import as_html_block

MARKER = re.compile(r"^\s*<!--\s*data:\s*(?P<name>[^\s>]+)\s*-->\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def replace_markers(markdown: str, render_marker) -> str:
    """Replace each marker line outside code blocks with `render_marker(name)` (HTML), or
    keep the line when that returns None. Used here and by latvijaano/news/."""
    lines, in_fence = [], False
    for line in markdown.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence  # a marker shown as an example in a code block stays as it is
        match = None if in_fence else MARKER.match(line)
        html = render_marker(match["name"]) if match else None
        lines.append(line if html is None else as_html_block(html))
    return "\n".join(lines)


def source_line(page, name: str) -> int:
    """The line of the marker `name` in the page's source file (front matter included)."""
    for number, line in enumerate(page.file.content_string.splitlines(), 1):
        match = MARKER.match(line)
        if match and match["name"] == name:
            return number
    return 1


def source_path(page, config) -> str:
    """The page's source file as messages name it: 'docs/lv/vesture.md'."""
    root = site_context.project_root(config)
    try:
        return Path(page.file.abs_src_path).resolve().relative_to(root).as_posix()
    except (TypeError, ValueError):  # a generated page has no file of its own
        return page.file.src_uri


def page_language(page, config) -> str:
    # A Latvian page standing in for a pending English translation keeps its Latvian data.
    return theme.file_language(page.file) or site_context.build_language(config)
