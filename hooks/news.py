"""News: every item is a page docs/<lang>/jaunumi/YYYY-MM-DD-slug.md with front matter
`title`, `date`, `description` (optional `image` + `image_alt`).

Per language build this hook
- lists the items whose front matter passes the content rules (hooks/content_rules.py reports
  the others, e.g. a missing or invalid `date`, and the strict build fails on that report);
- renders the news list, newest first, 20 to a page, in place of `<!-- data: news -->` in
  jaunumi/index.md; the further pages, jaunumi/lapa/2/ ..., are generated mkdocs Files, and the
  list pages link to each other with a <nav aria-label> pagination;
- gives every template `latest_news` (the three newest items: title, url, date, description,
  image, image_alt) and `news_feed` (the feed's absolute URL and title, for partials/feed-link.html);
- writes an Atom feed of the 20 newest items: site/feed.xml (lv), site/en/feed.xml (en).
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
"""
from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import YAML_RE

sys.path.insert(0, str(Path(__file__).resolve().parent))  # hooks/ is not a package
import content_rules  # noqa: E402
import data_pages  # noqa: E402
import site_data  # noqa: E402
import site_context  # noqa: E402

NEWS_FOLDER = "jaunumi"
# A news item's path inside its language folder.
NEWS_ITEM = re.compile(rf"^{NEWS_FOLDER}/(?P<date>\d{{4}}-\d{{2}}-\d{{2}})-(?P<slug>[^/]+)\.md$")
INDEX = f"{NEWS_FOLDER}/index.md"
MARKER_NAME = "news"
PER_PAGE = 20  # items on one page of the news list
FEED_SIZE = 20  # items in the Atom feed
LATEST = 3  # items on the home page
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


def path_in_language(file: File) -> str:
    """'lv/jaunumi/x.md' -> 'jaunumi/x.md' (mkdocs-static-i18n folder structure)."""
    return getattr(file, "norm_src_uri", None) or site_context.path_in_language(file.src_uri)


def image_url(file: File, image: str | None, files) -> str | None:
    """`image` is a file next to the news item or a full address; the site-root URL of it."""
    if not image:
        return None
    if "://" in image:
        return image
    target = files.get_file_from_path(posixpath.normpath(posixpath.join(posixpath.dirname(file.src_uri), image)))
    return target.url if target else None


def collect_items(files, lang: str, root: Path, docs_dir: Path) -> list[NewsItem]:
    """This language's news items, newest first. An item the content rules find fault with is
    left out: hooks/content_checks.py has reported it already, and the strict build fails on that
    report, so the editor reads one message per problem, not a second one from here."""
    items = []
    for file in files.documentation_pages():
        if not NEWS_ITEM.match(path_in_language(file)):
            continue
        # A Latvian item shown on the English side (translation pending) is not English news.
        if getattr(file, "locale", lang) != lang:
            continue
        page = content_rules.read_page(root, Path(file.abs_src_path), docs_dir)
        if page.problems or content_rules.front_matter_field_problems(page, root):
            continue
        meta = page.meta
        items.append(NewsItem(
            title=meta["title"].strip(),
            date=content_rules.as_date(meta["date"]),
            description=meta["description"].strip(),
            url=file.url,
            file=file,
            image=image_url(file, meta.get("image"), files),
            image_alt=meta.get("image_alt"),
        ))
    items.sort(key=lambda item: (item.date, item.file.src_uri), reverse=True)
    return items


def page_count(item_count: int) -> int:
    return max(1, math.ceil(item_count / PER_PAGE))


def items_on_disk(docs_dir: Path, lang: str) -> int:
    folder = docs_dir / lang / NEWS_FOLDER
    return sum(1 for path in folder.glob("*.md") if NEWS_ITEM.match(f"{NEWS_FOLDER}/{path.name}"))


def list_page_dest(index_file: File, number: int) -> str:
    """Where page `number` of the list is written: 'jaunumi/lapa/2/index.html' (lv), 'en/jaunumi/...' (en)."""
    if number == 1:
        return index_file.dest_uri
    return f"{posixpath.dirname(index_file.dest_uri)}/lapa/{number}/index.html"


def generated_list_page(config, lang: str, index_file: File, number: int, docs_dir: Path) -> File:
    """Page `number` (2, 3, ...) of the news list: the index's title and the news marker."""
    front_matter = YAML_RE.match(index_file.content_string)
    index_meta = (yaml.safe_load(front_matter.group(1)) if front_matter else None) or {}
    title = f"{index_meta.get('title', '')} – {_ui_strings['news_page'][lang].format(number=number)}"
    meta = {
        "title": title,
        "description": index_meta.get("description", ""),
        "news_page": number,
        "search": {"exclude": True},  # the items themselves are in the search index
    }
    content = f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n# {title}\n\n<!-- data: {MARKER_NAME} -->\n"
    file = File.generated(config, f"{lang}/{NEWS_FOLDER}/lapa/{number}.md", content=content)
    file.dest_uri = list_page_dest(index_file, number)
    # What mkdocs-static-i18n gives its own files: the language, and the same page in the other
    # language when that language has this many list pages (for hreflang and the language switch).
    file.locale = file.locale_alternate_of = file.localization = lang
    file.norm_src_uri = f"{NEWS_FOLDER}/lapa/{number}.md"
    file.alternates = {lang: file}
    for other, other_index in getattr(index_file, "alternates", {}).items():
        if other == lang or page_count(items_on_disk(docs_dir, other)) < number:
            continue
        alternate = File(file.norm_src_uri, None, config.site_dir, config.use_directory_urls,
                         dest_uri=list_page_dest(other_index, number))
        alternate.locale = other
        file.alternates[other] = alternate
    return file


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


def render_list(page, number: int, state: "BuildState", env, ui: dict) -> str:
    first = (number - 1) * PER_PAGE
    items = [
        {
            "title": item.title,
            "href": item.file.url_relative_to(page.file),
            "date": item.date.isoformat(),
            "date_text": site_data.local_date(item.date, state.lang),
            "description": item.description,
            "image_src": (item.image if item.image is None or "://" in item.image
                          else get_relative_url(item.image, page.url)),
            "image_alt": item.image_alt or "",
        }
        for item in state.items[first:first + PER_PAGE]
    ]
    hrefs = {n: get_relative_url(url, page.url) for n, url in state.list_urls.items()}
    return env.get_template("news-list.html").render(
        items=items, pagination=pagination(number, len(state.list_urls), hrefs), ui=ui
    )


# --- The Atom feed -------------------------------------------------------------------------

def atom_time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(items: list[NewsItem], lang: str, site_url: str, feed_url: str, index_url: str,
              title: str, subtitle: str, author: str) -> bytes:
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
    add(feed, "updated", atom_time(items[0].date if items else dt.date.today()))
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


_state: BuildState | None = None
_ui_strings: dict = {}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has picked this language's files
def on_files(files, config):
    global _state
    root = Path(config.config_file_path).resolve().parent
    docs_dir = Path(config.docs_dir)
    lang = site_context.build_language(config)
    _ui_strings.clear()
    _ui_strings.update(site_context.load_ui_strings(root / "data" / "ui.yml"))
    items = collect_items(files, lang, root, docs_dir.resolve())
    list_urls = {}
    index_file = files.get_file_from_path(f"{lang}/{INDEX}")
    if index_file is not None:
        list_urls[1] = index_file.url
        for number in range(2, page_count(len(items)) + 1):
            list_page = generated_list_page(config, lang, index_file, number, docs_dir)
            files.append(list_page)
            list_urls[number] = list_page.url
    _state = BuildState(lang, items, list_urls, f"{site_context.language_root(lang)}feed.xml")
    return files


def on_env(env, config, files):
    lang = _state.lang
    env.globals["latest_news"] = _state.items[:LATEST]
    env.globals["news_feed"] = {
        "url": config.site_url + _state.feed_path if config.site_url else _state.feed_path,
        "title": _ui_strings["news_feed_title"][lang],
    }
    return env


def on_page_markdown(markdown, page, config, files):
    if _state is None or f"data: {MARKER_NAME}" not in markdown:
        return markdown
    env = data_pages.template_environment(config)
    ui = {key: texts[_state.lang] for key, texts in _ui_strings.items()}
    number = int(page.meta.get("news_page", 1))
    return data_pages.replace_markers(
        markdown,
        lambda name: render_list(page, number, _state, env, ui) if name == MARKER_NAME else None,
    )


def on_post_build(config):
    # Runs once per language build (mkdocs-static-i18n builds each into the same site_dir).
    if _state is None:
        return
    lang = _state.lang
    site_url = config.site_url or ""
    feed = atom_feed(
        _state.items,
        lang,
        site_url,
        feed_url=site_url + _state.feed_path,
        index_url=site_url + _state.list_urls.get(1, site_context.language_root(lang)),
        title=_ui_strings["news_feed_title"][lang],
        subtitle=config.site_description or "",
        author=config.copyright or config.site_name,
    )
    path = Path(config.site_dir) / _state.feed_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(feed)
