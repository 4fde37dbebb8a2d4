"""The news' mkdocs events: list the items, make the list pages, render the list and each item's
way on, and write the feed. This build's Listing is build_context state "news"."""

from __future__ import annotations

from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from latvijaano import build_context, site_context
from latvijaano.data import page_updated
from latvijaano.data.markers import replace_markers
from latvijaano.data.templates import as_html_block, template_environment
from latvijaano.kinds import NEWS, NEWS_MARKER
from latvijaano.news.feed import feed_link, write_feed
from latvijaano.news.item_nav import item_nav, neighbours
from latvijaano.news.items import Listing, collect_items
from latvijaano.news.pages import add_list_pages
from latvijaano.news.views import render_list


@event_priority(-200)  # after mkdocs-static-i18n (-100) has picked this language's files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    build = build_context.current()
    # (Not build.lang: the context starts before mkdocs-static-i18n sets the language of its second
    # build, so there it still names the first one's. The config is right by now.)
    lang = site_context.build_language(config)
    docs_dir = Path(config.docs_dir)
    items = collect_items(files, lang, build.root, docs_dir.resolve())
    list_urls = add_list_pages(files, config, lang, len(items), docs_dir, build.ui_strings)
    feed_path = f"{site_context.language_root(lang)}{NEWS.feed_file}"
    build.state["news"] = Listing(lang, items, list_urls, feed_path)
    return files


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    build = build_context.current()
    env.globals["news_feed"] = feed_link(config, build.state["news"], build.ui_strings)
    return env


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = build_context.current()
    listing: Listing | None = build.state.get("news")
    if listing is None:
        return markdown
    index = next((number for number, item in enumerate(listing.items) if item.file is page.file), None)
    if index is None and f"data: {NEWS_MARKER}" not in markdown:
        return markdown
    env = template_environment(config)
    ui = {key: texts[listing.lang] for key, texts in build.ui_strings.items()}
    if index is not None:  # a news item: the items before and after it, and the list
        earlier, later = neighbours(listing.items, index)
        html = item_nav(
            page,
            env,
            listing.lang,
            earlier=earlier,
            later=later,
            list_url=listing.list_urls.get(1),
            texts={
                "label": ui["item_nav_news"],
                "earlier": ui["item_nav_news_earlier"],
                "later": ui["item_nav_news_later"],
                "all": ui["all_news"],
            },
        )
        return f"{markdown.rstrip()}\n\n{as_html_block(html)}\n"
    number = int(page.meta.get("list_page", 1))

    def render(name):
        if name != NEWS_MARKER:
            return None
        # Every page of the list changes with a new item (the others move down one).
        page_updated.mark(page.meta, listing.items[0].date if listing.items else None)
        return render_list(page, number, listing, env, ui)

    return replace_markers(markdown, render)


def on_post_build(*, config: MkDocsConfig) -> None:
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    build = build_context.current()
    if "news" in build.state:
        write_feed(config, build.state["news"], build.ui_strings)
