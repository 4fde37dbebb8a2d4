"""Pages left out of the navigation (mkdocs.yml `not_in_nav`: news items, statements, the further
pages of their lists, the statements of a priority) belong to their list: each such page gets as
its parent the nearest page of the navigation that is the index of a folder above it
(pazinojumi/2026-11-03-x.md -> pazinojumi/index.md). Its breadcrumbs (Material's
`navigation.path`, partials/path.html) then lead back to the list, and the list's tab and sidebar
entry are shown as current (mkdocs marks a page's parents active while it renders).
The home page is no such parent: pages beside it (accessibility, privacy) stay on their own.
"""

from __future__ import annotations

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation


def folder_indexes(nav) -> dict[str, object]:
    """Folder of each index page in the navigation ('lv/pazinojumi') -> that page. A language's
    home page (lv/index.md, en/index.md: its folder is the language's) is never a parent; testing
    `page is nav.homepage` instead let en/index.md through, and English pages beside it got the
    trail "Home › Home › Privacy"."""
    return {
        folder: page
        for page in nav.pages
        if page.file.name == "index" and "/" in (folder := posixpath.dirname(page.file.src_uri))
    }


def nearest_index(src_uri: str, indexes: dict) -> object | None:
    folder = posixpath.dirname(src_uri)
    if posixpath.basename(src_uri) == "index.md":
        folder = posixpath.dirname(folder)  # a generated list page's own folder is not its parent
    while folder:
        if folder in indexes:
            return indexes[folder]
        folder = posixpath.dirname(folder)
    return None


def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    in_nav = {id(page) for page in nav.pages}
    indexes = folder_indexes(nav)
    for file in files.documentation_pages():
        page = file.page
        if page is None or id(page) in in_nav or page.parent is not None:
            continue
        parent = nearest_index(file.src_uri, indexes)
        if parent is not None and parent is not page:
            page.parent = parent
    return nav
