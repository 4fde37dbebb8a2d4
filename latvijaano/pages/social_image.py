"""The picture a page shares (Open Graph / Twitter tags, partials/seo.html's `social_image`): the one
its front matter names, or else its own social card (latvijaano/outputs/cards/), queued here to be drawn
after the build."""

from __future__ import annotations

import html
import mimetypes
import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from latvijaano import build_context, site_context
from latvijaano.news.items import image_url
from latvijaano.outputs.cards import writer
from latvijaano.outputs.cards.layout import HEIGHT, WIDTH, Card
from latvijaano.pages.images import image_size


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text or "")).strip()


def section_label(page: Page, nav: Navigation, ui: dict) -> str:
    """The page's section: its navigation section's title ("Prioritātes" / "Priorities"), or for a
    page outside the navigation (a news item) the title of its folder's index page ("Jaunumi" /
    "News"), or for a top-level page the site's own line. Never the same as the title."""
    title = page_title(page, ui)
    label = ""
    parent = getattr(page, "parent", None)
    if parent is not None and getattr(parent, "title", None):
        label = plain(parent.title)
    else:
        # The nearest folder with an index page in the navigation: jaunumi/lapa/2 -> jaunumi.
        indexes = {site_context.path_in_language(p.file.src_uri): p for p in nav.pages}
        folder = posixpath.dirname(site_context.path_in_language(page.file.src_uri))
        while folder and not label:
            index = indexes.get(f"{folder}/index.md")
            label = plain(index.title) if index is not None and index.title else ""
            folder = posixpath.dirname(folder)
    if not label or label == title:
        label = ui["site_title"]
    return "" if label == title else label


def page_title(page: Page, ui: dict) -> str:
    if page.is_homepage or site_context.path_in_language(page.file.src_uri) == "index.md":
        return ui["site_title"]
    return plain(page.meta.get("title") or page.title or "")


def own_image(page: Page, config: MkDocsConfig, files: Files) -> dict | None:
    """A picture the page names in front matter (`image`, `image_alt`), as social_image."""
    image = page.meta.get("image")
    if not isinstance(image, str) or not image.strip():
        return None
    url = image_url(page.file, image.strip(), files)
    if url is None:
        return None  # content_checks reports the missing file
    result = {
        "alt": plain(str(page.meta.get("image_alt", "")))
        or plain(page.meta.get("title") or page.title or ""),
        "type": mimetypes.guess_type(url.split("?")[0])[0],
    }
    if "://" in url:
        result["url"] = url
        return result
    result["url"] = config.site_url + url
    target = files.get_file_from_path(
        posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), image.strip()))
    )
    size = image_size(Path(target.abs_src_path)) if target and target.abs_src_path else None
    if size:
        result["width"], result["height"] = size
    return result


@event_priority(-300)  # after mkdocs-static-i18n (-100) and latvijaano/news/ (-200) have settled the files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build_context.current().state["social_image"] = files  # on_page_context is not given them
    return files


def on_page_context(
    context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    build = build_context.current()
    lang = site_context.build_language(config)  # (build.lang names the first build's in the second)
    ui = {key: texts[lang] for key, texts in build.ui_strings.items()}
    picture = own_image(page, config, build.state["social_image"])
    if picture:
        context["social_image"] = picture
        return context
    title = page_title(page, ui)
    section = section_label(page, nav, ui)
    card = Card(title=title, section=section, motto=ui["motto"], hashtag=ui["hashtag"], lang=lang)
    path = writer.card_path(page.url, lang)
    writer.queue(card, path)
    alt = ui["social_card_alt"].format(
        title=f"{section}: {title}" if section else title, hashtag=ui["hashtag"], motto=ui["motto"]
    )
    context["social_image"] = {
        "url": config.site_url + path,
        "alt": alt,
        "width": WIDTH,
        "height": HEIGHT,
        "type": "image/png",
    }
    return context
