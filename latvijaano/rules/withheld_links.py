"""Links of the pages a build leaves out, checked as if the page were built (issue 38).

A build leaves some sources out: a draft or a scheduled item on the live site
(latvijaano/data/publication.py), the votes page while data/votes.yml is empty
(latvijaano/votes/). mkdocs validates the links of the pages it builds only, so a dead link in a
left-out page would pass every check and break the build the day the page appears.

Each left-out page of this language build is rendered here with mkdocs' own Page, against the
build's files (on_env: after every hook's on_files has chosen them): mkdocs itself then warns
about its missing pages, images and anchors, absolute and unrecognised links, in the very words
latvijaano/rules/messages.py turns into `path:line: Latvian / English` at the link's line. The
pages the build does build are never rendered here, so no link gets a second message; a link to
another left-out page is not reported here either (messages.reported_elsewhere: the file is
there, publication.py says when it is not published). Anchors in other pages are checked after
the build (on_post_build), when every built page knows its headings.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, site_context

STATE = "withheld_links"  # build_context.current().state key: (the left-out pages, the build's files)


def left_out_sources(config: MkDocsConfig, files: Files, lang: str) -> list[str]:
    """The Markdown sources of this language (src_uri, 'lv/x.md') that the build does not build."""
    folder = Path(config.docs_dir) / lang
    built = {file.src_uri for file in files.documentation_pages()}
    return [
        path.relative_to(config.docs_dir).as_posix()
        for path in sorted(folder.rglob("*.md"))
        if path.relative_to(config.docs_dir).as_posix() not in built
    ]


def render_left_out(config: MkDocsConfig, files: Files) -> None:
    """Render each left-out page once: mkdocs logs what is wrong with its links (see the module's note)."""
    lang = site_context.build_language(config)
    pages = []
    for src_uri in left_out_sources(config, files, lang):
        file = File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls)
        page = Page(None, file, config)  # (sets file.page: its own anchors are checked too)
        try:
            page.read_source(config)
        except (OSError, ValueError):
            continue  # not readable as UTF-8: the content rules say so at its line
        page.render(config, files)
        pages.append(page)
    build_context.current().state[STATE] = (pages, files)


def validate_anchors(config: MkDocsConfig) -> None:
    """Links to headings, now that the built pages know theirs (as mkdocs' build does)."""
    pages, files = build_context.current().state.get(STATE, ([], None))
    level = config.validation.links.anchors
    for page in pages:
        page.validate_anchor_links(files=files, log_level=level)
