"""The items of one kind (news by default) that a language build lists, read from its files."""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File, Files

from latvijaano import site_context, theme
from latvijaano.kinds import NEWS, Collection
from latvijaano.rules.fields import faults_that_unlist
from latvijaano.rules.page import as_date, read_page


@dataclass
class NewsItem:
    title: str
    date: dt.date
    description: str
    url: str  # relative to the site root, e.g. 'en/jaunumi/2024-01-18-konsultacijas-ar-cehiju/'
    file: File
    image: str | None = None  # relative to the site root, or a full https:// address
    image_alt: str | None = None
    meta: dict = field(default_factory=dict)  # the whole front matter, for other kinds' own fields


@dataclass
class Listing:
    """What one language build lists of one kind of item (build_context state "news"; the statements'
    state holds one too)."""

    lang: str
    items: list[NewsItem]  # newest first
    list_urls: dict[int, str]  # page number -> url of that page of the list
    feed_path: str  # 'feed.xml' / 'en/feed.xml'


def path_in_language(file: File) -> str:
    """'lv/jaunumi/x.md' -> 'jaunumi/x.md' (mkdocs-static-i18n folder structure)."""
    return theme.path_in_language_folder(file) or site_context.path_in_language(file.src_uri)


def image_url(file: File, image: str | None, files: Files) -> str | None:
    """`image` is a file next to the news item or a full address; the site-root URL of it."""
    if not image:
        return None
    if "://" in image:
        return image
    target = files.get_file_from_path(
        posixpath.normpath(posixpath.join(posixpath.dirname(file.src_uri), image))
    )
    return target.url if target else None


def collect_items(
    files: Files, lang: str, root: Path, docs_dir: Path, kind: Collection = NEWS
) -> list[NewsItem]:
    """This language's items of `kind`, newest first. An item the content rules find fault with is
    left out: latvijaano/rules/events.py has reported it already, and the strict build fails on that
    report, so the editor reads one message per problem, not a second one from here."""
    items = []
    for file in files.documentation_pages():
        if not kind.item_pattern.match(path_in_language(file)):
            continue
        # A Latvian item shown on the English side (translation pending) is not English news.
        if theme.file_language(file, lang) != lang:
            continue
        page = read_page(root, Path(file.abs_src_path), docs_dir)
        if faults_that_unlist(page, root):
            continue
        meta = page.meta
        items.append(
            NewsItem(
                title=meta["title"].strip(),
                date=as_date(meta["date"]),
                description=meta["description"].strip(),
                url=file.url,
                file=file,
                image=image_url(file, meta.get("image"), files),
                image_alt=meta.get("image_alt"),
                meta=meta,
            )
        )
    items.sort(key=lambda item: (item.date, item.file.src_uri), reverse=True)
    return items


def items_on_disk(docs_dir: Path, lang: str, kind: Collection = NEWS) -> int:
    """How many items of `kind` a language has in its folder (another language's build counts them)."""
    folder = docs_dir / lang / kind.folder
    pattern = kind.item_pattern
    return sum(1 for path in folder.glob("*.md") if pattern.match(f"{kind.folder}/{path.name}"))
