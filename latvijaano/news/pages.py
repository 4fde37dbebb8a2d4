"""Pages a hook makes (generated mkdocs Files): any such page, and the further pages of a list
(jaunumi/lapa/2/ ...). Statements, meetings and votes make their pages here too."""

from __future__ import annotations

import math
import posixpath
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import YAML_RE

from latvijaano import theme
from latvijaano.kinds import NEWS, Collection
from latvijaano.news.items import items_on_disk

PER_PAGE = 20  # items on one page of the news list


def page_count(item_count: int) -> int:
    return max(1, math.ceil(item_count / PER_PAGE))


def list_page_dest(index_file: File, number: int) -> str:
    """Where page `number` of the list is written: 'jaunumi/lapa/2/index.html' (lv), 'en/jaunumi/...' (en)."""
    if number == 1:
        return index_file.dest_uri
    return f"{posixpath.dirname(index_file.dest_uri)}/lapa/{number}/index.html"


def generated_page(
    config: MkDocsConfig,
    lang: str,
    src_uri: str,
    dest_uri: str,
    meta: dict,
    body: str,
    alternates: dict[str, str],
) -> File:
    """A page made by a hook: front matter `meta`, Markdown `body`, written to `dest_uri`.
    `src_uri` is its path inside the language folder; `alternates`: the same page's dest_uri in
    the other languages that have it (for hreflang and the language switch)."""
    content = f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n{body}"
    file = File.generated(config, f"{lang}/{src_uri}", content=content)
    file.dest_uri = dest_uri
    theme.give_language(file, config, lang, src_uri, alternates)  # as mkdocs-static-i18n's own files
    return file


def add_generated(files: Files, config: MkDocsConfig, file: File) -> None:
    """Add a generated page to the build and to mkdocs-static-i18n's list of the language's pages,
    which overrides/sitemap.xml reads (the plugin takes that list before hooks add pages)."""
    files.append(file)
    theme.add_to_language_pages(config, file)


def generated_list_page(
    config: MkDocsConfig,
    lang: str,
    index_file: File,
    number: int,
    docs_dir: Path,
    kind: Collection,
    ui_strings: dict,
) -> File:
    """Page `number` (2, 3, ...) of the list: the index's title and the list's marker."""
    front_matter = YAML_RE.match(index_file.content_string)
    index_meta = (yaml.safe_load(front_matter.group(1)) if front_matter else None) or {}
    title = f"{index_meta.get('title', '')} – {ui_strings[kind.page_title_key][lang].format(number=number)}"
    meta = {
        "title": title,
        "description": index_meta.get("description", ""),
        "list_page": number,
        "search": {"exclude": True},  # the items themselves are in the search index
    }
    # The same list page in another language, when that language has this many list pages.
    alternates = {
        other: list_page_dest(other_index, number)
        for other, other_index in theme.file_alternates(index_file).items()
        if other != lang and page_count(items_on_disk(docs_dir, other, kind)) >= number
    }
    return generated_page(
        config,
        lang,
        f"{kind.folder}/lapa/{number}.md",
        list_page_dest(index_file, number),
        meta,
        f"# {title}\n\n<!-- data: {kind.marker} -->\n",
        alternates,
    )


def add_list_pages(
    files: Files,
    config: MkDocsConfig,
    lang: str,
    item_count: int,
    docs_dir: Path,
    ui_strings: dict,
    kind: Collection = NEWS,
) -> dict[int, str]:
    """Adds the further pages of the list to `files`; returns page number -> url of every page."""
    list_urls = {}
    index_file = files.get_file_from_path(f"{lang}/{kind.index}")
    if index_file is not None:
        list_urls[1] = index_file.url
        for number in range(2, page_count(item_count) + 1):
            list_page = generated_list_page(config, lang, index_file, number, docs_dir, kind, ui_strings)
            add_generated(files, config, list_page)
            list_urls[number] = list_page.url
    return list_urls
