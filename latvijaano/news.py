"""News: every item is a page docs/<lang>/jaunumi/YYYY-MM-DD-slug.md with front matter
`title`, `date`, `description` (optional `image` + `image_alt`).

Per language build this hook
- lists the items whose front matter passes the content rules (latvijaano/rules/fields.py reports
  the others, e.g. a missing or invalid `date`, and the strict build fails on that report);
- renders the news list, newest first, 20 to a page, in place of `<!-- data: news -->` in
  jaunumi/index.md; the further pages, jaunumi/lapa/2/ ..., are generated mkdocs Files, and the
  list pages link to each other with a <nav aria-label> pagination;
- gives every template `news_feed` (the feed's absolute URL and title, for partials/feed-link.html);
- writes an Atom feed of the 20 newest items: site/feed.xml (lv), site/en/feed.xml (en);
- ends each item's page with the items before and after it (by date) and a link to the list
  (`item_nav`, partials/data/item-nav.html; statements and meetings use it too), and dates the
  list's pages by its newest item (latvijaano/data/page_updated.py).
Items are not in the navigation (mkdocs.yml `not_in_nav`), so no page grows with the news.

Why our own hook and not Material's blog plugin: with mkdocs-static-i18n in folder mode the
blog plugin does not work. Tried here with mkdocs-material 9.8.1 + mkdocs-static-i18n 1.3.1
(one `blog` instance per language, blog_dir lv/jaunumi and en/jaunumi): the build logs
"mkdocs_static_i18n: Unhandled file case - lv/jaunumi/archive/2021.md", writes no post page
and an empty index. Upstream this is a known, open incompatibility: ultrabug/mkdocs-static-i18n#283
("a known incompatibility unfortunately, mkdocs-material broke support when they rewrote the
blog plugin", maintainer, 2024-02-27), also #236 and the unmerged fix PR #241;
squidfunk/mkdocs-material#4863 (the blog plugin's author suggests one project per language).
Items here only need a list, pages and a feed, which this small hook does.

The same machinery serves other dated items (latvijaano/statements.py): a `Collection` names the
folder, the marker, the list template, the feed and the interface strings of one kind of item,
and the functions below take it (NEWS by default).
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import YAML_RE

from latvijaano import site_context, theme
from latvijaano.data import dates, markers, page_updated, templates
from latvijaano.kinds import NEWS, NEWS_FOLDER, NEWS_ITEM, NEWS_MARKER, Collection  # noqa: F401  (also for scripts/ and tests)
from latvijaano.rules.fields import front_matter_field_problems
from latvijaano.rules.page import as_date, read_page

# A news item's path inside its language folder.
PER_PAGE = 20  # items on one page of the news list
FEED_SIZE = 20  # items in the Atom feed
ATOM = "http://www.w3.org/2005/Atom"


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


def path_in_language(file: File) -> str:
    """'lv/jaunumi/x.md' -> 'jaunumi/x.md' (mkdocs-static-i18n folder structure)."""
    return theme.path_in_language_folder(file) or site_context.path_in_language(file.src_uri)


def image_url(file: File, image: str | None, files) -> str | None:
    """`image` is a file next to the news item or a full address; the site-root URL of it."""
    if not image:
        return None
    if "://" in image:
        return image
    target = files.get_file_from_path(
        posixpath.normpath(posixpath.join(posixpath.dirname(file.src_uri), image))
    )
    return target.url if target else None


def collect_items(files, lang: str, root: Path, docs_dir: Path, kind: Collection = NEWS) -> list[NewsItem]:
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
        if page.problems or front_matter_field_problems(page, root):
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


def page_count(item_count: int) -> int:
    return max(1, math.ceil(item_count / PER_PAGE))


def items_on_disk(docs_dir: Path, lang: str, kind: Collection = NEWS) -> int:
    folder = docs_dir / lang / kind.folder
    pattern = kind.item_pattern
    return sum(1 for path in folder.glob("*.md") if pattern.match(f"{kind.folder}/{path.name}"))


def list_page_dest(index_file: File, number: int) -> str:
    """Where page `number` of the list is written: 'jaunumi/lapa/2/index.html' (lv), 'en/jaunumi/...' (en)."""
    if number == 1:
        return index_file.dest_uri
    return f"{posixpath.dirname(index_file.dest_uri)}/lapa/{number}/index.html"


def generated_page(
    config, lang: str, src_uri: str, dest_uri: str, meta: dict, body: str, alternates: dict[str, str]
) -> File:
    """A page made by a hook: front matter `meta`, Markdown `body`, written to `dest_uri`.
    `src_uri` is its path inside the language folder; `alternates`: the same page's dest_uri in
    the other languages that have it (for hreflang and the language switch)."""
    content = f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n{body}"
    file = File.generated(config, f"{lang}/{src_uri}", content=content)
    file.dest_uri = dest_uri
    theme.give_language(file, config, lang, src_uri, alternates)  # as mkdocs-static-i18n's own files
    return file


def add_generated(files, config, file: File) -> None:
    """Add a generated page to the build and to mkdocs-static-i18n's list of the language's pages,
    which overrides/sitemap.xml reads (the plugin takes that list before hooks add pages)."""
    files.append(file)
    theme.add_to_language_pages(config, file)


def generated_list_page(
    config,
    lang: str,
    index_file: File,
    number: int,
    docs_dir: Path,
    kind: Collection = NEWS,
    ui_strings: dict | None = None,
) -> File:
    """Page `number` (2, 3, ...) of the list: the index's title and the list's marker."""
    ui_strings = _ui_strings if ui_strings is None else ui_strings
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
    files,
    config,
    lang: str,
    item_count: int,
    docs_dir: Path,
    kind: Collection = NEWS,
    ui_strings: dict | None = None,
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


# --- The list and its pagination -----------------------------------------------------------


def pagination(number: int, pages: int, hrefs: dict[int, str]) -> dict | None:
    """First, last, and two either side of the current page; None marks a gap."""
    if pages <= 1:
        return None
    shown = sorted({1, pages, *range(max(1, number - 2), min(pages, number + 2) + 1)})
    links, previous = [], 0
    for page_number in shown:
        if page_number > previous + 1:
            links.append(None)
        links.append({"number": page_number, "href": hrefs[page_number], "current": page_number == number})
        previous = page_number
    return {
        "previous": hrefs[number - 1] if number > 1 else None,
        "next": hrefs[number + 1] if number < pages else None,
        "links": links,
    }


def item_view(item: NewsItem, page, lang: str) -> dict:
    """What a list template shows of an item, with links relative to `page`."""
    return {
        "title": item.title,
        "href": item.file.url_relative_to(page.file),
        "date": item.date.isoformat(),
        "date_text": dates.local_date(item.date, lang),
        "description": item.description,
        "image_src": (
            item.image
            if item.image is None or "://" in item.image
            else get_relative_url(item.image, page.url)
        ),
        "image_alt": item.image_alt or "",
        "meta": item.meta,
    }


def render_list(
    page, number: int, state: "BuildState", env, ui: dict, kind: Collection = NEWS, **context
) -> str:
    """Page `number` of the list; `context`: more template variables (another kind's own)."""
    first = (number - 1) * PER_PAGE
    items = [item_view(item, page, state.lang) for item in state.items[first : first + PER_PAGE]]
    hrefs = {n: get_relative_url(url, page.url) for n, url in state.list_urls.items()}
    return env.get_template(kind.list_template).render(
        items=items, pagination=pagination(number, len(state.list_urls), hrefs), ui=ui, **context
    )


# --- The way on from an item ----------------------------------------------------------------


@dataclass(frozen=True)
class Neighbour:
    """An item next to another in its list: what the way on shows of it."""

    title: str
    url: str  # from the site root
    date: dt.date


def neighbour(item: NewsItem) -> Neighbour:
    return Neighbour(item.title, item.url, item.date)


def item_nav(
    page,
    env,
    lang: str,
    earlier: Neighbour | None,
    later: Neighbour | None,
    list_url: str | None,
    texts: dict,
) -> str:
    """The end of an item's page (partials/data/item-nav.html): the item before and the one after
    it in its list, by date, with their titles, and the whole list. Only listed items are
    neighbours, so a draft or scheduled item is never linked from a published page.
    texts: {label (the nav's name), earlier, later, all} in the page's language."""

    def link(other):
        return (
            None
            if other is None
            else {
                "title": other.title,
                "href": get_relative_url(other.url, page.url),
                "date": other.date.isoformat(),
                "date_text": dates.local_date(other.date, lang),
            }
        )

    return env.get_template("item-nav.html").render(
        earlier=link(earlier),
        later=link(later),
        texts=texts,
        list_href=get_relative_url(list_url, page.url) if list_url else None,
    )


# --- The Atom feed -------------------------------------------------------------------------


def atom_time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    items: list[NewsItem],
    lang: str,
    site_url: str,
    feed_url: str,
    index_url: str,
    title: str,
    subtitle: str,
    author: str,
) -> bytes:
    ET.register_namespace("", ATOM)

    def add(parent, tag, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    add(feed, "title", title)
    add(feed, "subtitle", subtitle)
    add(feed, "id", feed_url)
    add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    add(feed, "link", rel="alternate", type="text/html", href=index_url)
    add(feed, "updated", atom_time(items[0].date if items else site_context.site_date()))  # the build's today
    add(add(feed, "author"), "name", author)
    for item in items[:FEED_SIZE]:
        url = site_url + item.url
        entry = add(feed, "entry")
        add(entry, "title", item.title)
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "id", url)
        add(entry, "published", atom_time(item.date))
        add(entry, "updated", atom_time(item.date))
        add(entry, "summary", item.description)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


# --- mkdocs events -------------------------------------------------------------------------


@dataclass
class BuildState:
    """What one language build knows about its news."""

    lang: str
    items: list[NewsItem]
    list_urls: dict[int, str]  # page number -> url of that page of the list
    feed_path: str  # 'feed.xml' / 'en/feed.xml'


def feed_link(config, state: BuildState, ui_strings: dict, kind: Collection = NEWS) -> dict:
    """The feed's absolute URL and title, for partials/feed-link.html."""
    return {
        "url": config.site_url + state.feed_path if config.site_url else state.feed_path,
        "title": ui_strings[kind.feed_title_key][state.lang],
    }


def write_feed(config, state: BuildState, ui_strings: dict, kind: Collection = NEWS) -> None:
    """The Atom feed of the language being built (each language build writes its own)."""
    lang = state.lang
    site_url = config.site_url or ""
    feed = atom_feed(
        state.items,
        lang,
        site_url,
        feed_url=site_url + state.feed_path,
        index_url=site_url + state.list_urls.get(1, site_context.language_root(lang)),
        title=ui_strings[kind.feed_title_key][lang],
        subtitle=config.site_description or "",
        author=config.copyright or config.site_name,
    )
    path = Path(config.site_dir) / state.feed_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(feed)


_state: BuildState | None = None
_ui_strings: dict = {}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has picked this language's files
def on_files(files, config):
    global _state
    root = site_context.project_root(config)
    docs_dir = Path(config.docs_dir)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    items = collect_items(files, lang, root, docs_dir.resolve())
    list_urls = add_list_pages(files, config, lang, len(items), docs_dir)
    _state = BuildState(lang, items, list_urls, f"{site_context.language_root(lang)}{NEWS.feed_file}")
    return files


def on_env(env, config, files):
    env.globals["news_feed"] = feed_link(config, _state, _ui_strings)
    return env


def on_page_markdown(markdown, page, config, files):
    if _state is None:
        return markdown
    index = next((number for number, item in enumerate(_state.items) if item.file is page.file), None)
    if index is None and f"data: {NEWS_MARKER}" not in markdown:
        return markdown
    env = templates.template_environment(config)
    ui = {key: texts[_state.lang] for key, texts in _ui_strings.items()}
    if index is not None:  # a news item: the items before and after it, and the list
        items = _state.items  # newest first
        html = item_nav(
            page,
            env,
            _state.lang,
            earlier=neighbour(items[index + 1]) if index + 1 < len(items) else None,
            later=neighbour(items[index - 1]) if index > 0 else None,
            list_url=_state.list_urls.get(1),
            texts={
                "label": ui["item_nav_news"],
                "earlier": ui["item_nav_news_earlier"],
                "later": ui["item_nav_news_later"],
                "all": ui["all_news"],
            },
        )
        return f"{markdown.rstrip()}\n\n{templates.as_html_block(html)}\n"
    number = int(page.meta.get("list_page", 1))

    def render(name):
        if name != NEWS_MARKER:
            return None
        # Every page of the list changes with a new item (the others move down one).
        page_updated.mark(page.meta, _state.items[0].date if _state.items else None)
        return render_list(page, number, _state, env, ui)

    return markers.replace_markers(markdown, render)


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is not None:
        write_feed(config, _state, _ui_strings)
