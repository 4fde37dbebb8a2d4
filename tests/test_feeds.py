"""Every Atom feed (news and statements, each language), entry by entry, against RFC 4287 and the sources.

Read with feedparser (a well-kept parser that readers' feed software is built like), plus what
RFC 4287 §4.1.1–4.1.2 requires of a feed and of each entry: atom:id, atom:title, atom:updated, an
alternate atom:link, and an atom:author on the feed or on every entry. feedparser fills a missing
entry `updated` from `published` when read with `entry.get`, so the element's own presence is read
with `own()`. Each entry is then compared with the item it stands for: its link is a built page of
the feed's language, its title, summary and dates are the item's front matter (an explanation of
vote's summary followed by the vote lines its page shows), and the feed's `updated` is its newest entry's. Which items belong in a feed is worked out from docs/ (not drafts,
not scheduled, newest first, at most FEED_SIZE), so the tests hold for any content.

Every check also runs on a scratch build with a news item and a statement whose English text is
pending (`translation: pending`, CONTRIBUTING.md): the Latvian text that stands in on the English
side is not English news, so it is in the Latvian feeds only.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, free_port

sys.path.insert(0, str(ROOT / "scripts"))
from scratch import STATEMENT_TEXTS, TEXTS, copy_repo, ensure_bench_meeting, priority_keys  # noqa: E402

from latvijaano import kinds, site_context
from latvijaano.data import publication
from latvijaano.outputs import atom

pytestmark = pytest.mark.content
LANGS = site_context.LANGUAGES
KINDS = {"news": kinds.NEWS, "statements": kinds.STATEMENTS}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def own(entry, key):
    """The value feedparser read from the element itself (not one it filled in from another)."""
    return dict.get(entry, key)


def front_matter(path: Path) -> dict:
    match = re.match(r"---\n(.*?)\n---", path.read_text(encoding="utf-8"), re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def vote_lines_of(page: Path) -> list[str]:
    """The vote lines a built statement page shows ('Latvia voted in favour of S/RES/… (adopted).'),
    as text, without each line's link to the votes register (a link inside the site)."""
    doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    lines = []
    for line in doc.select(".lv-vote-line"):
        for link in line.find_all("a", href=True):
            if "://" not in link["href"]:
                link.decompose()
        lines.append(" ".join(line.get_text().split()))
    return lines


def atom_day(value: dt.date) -> str:
    return f"{value.isoformat()}T00:00:00Z"


def expected_items(root: Path, lang: str, kind) -> list[Path]:
    """The item files a feed must carry: published (no draft, not scheduled), newest first."""
    docs = root / "docs"
    withheld = publication.withheld_pages(docs, site_context.site_date())
    folder = docs / lang / kind.folder
    items = [
        path
        for path in folder.glob("*.md")
        if kind.item_pattern.match(f"{kind.folder}/{path.name}")
        and f"{kind.folder}/{path.name}" not in withheld
    ]
    items.sort(
        key=lambda path: (as_date(front_matter(path)["date"]), f"{lang}/{kind.folder}/{path.name}"),
        reverse=True,
    )
    return items[: atom.FEED_SIZE]


def source_of(site, url: str) -> Path:
    """The Markdown file of a built page's absolute URL: .../en/jaunumi/x/ -> docs/en/jaunumi/x.md."""
    assert url.startswith(site.url), url
    rel = url[len(site.url) :]
    lang = site_context.language_of_url(rel)
    rel = rel[len(site_context.language_root(lang)) :]
    return site.root / "docs" / lang / (rel.rstrip("/") + ".md")


FEEDS = [pytest.param(lang, name, id=f"{name}-{lang}") for name in KINDS for lang in LANGS]
TODAY = site_context.site_date()  # the pending build's SITE_DATE: its items are the newest, not scheduled


class Built:
    def __init__(self, folder: Path, url: str, root: Path):
        self.dir, self.url, self.root = folder, url, root


@pytest.fixture(scope="module")
def pending(tmp_path_factory):
    """A copy with a Latvian news item and statement dated today, whose English text is pending."""
    root = copy_repo(tmp_path_factory.mktemp("feeds") / "repo")
    meeting = ensure_bench_meeting(root)  # a statement names a meeting of data/meetings.yml
    extra = {
        "news": "",
        "statements": (
            f'meeting: {meeting}\nspeaker: "{{speaker}}"\n'
            f"priorities: [{priority_keys(root)[0]}]\nsource: https://example.org/1\n"
        ),
    }
    for name, texts in (("news", TEXTS), ("statements", STATEMENT_TEXTS)):
        text = {key: value.format(n="pending") for key, value in texts["lv"].items()}
        path = root / "docs" / "lv" / KINDS[name].folder / f"{TODAY.isoformat()}-bez-tulkojuma.md"
        path.write_text(
            f'---\ntitle: "{text["title"]}"\ndate: {TODAY.isoformat()}\ndescription: "{text["description"]}"\n'
            f"translation: pending\n{extra[name].format(**text)}---\n\n# {text['title']}\n\n"
            + "\n\n".join([text["body"]] * 4)
            + "\n",
            encoding="utf-8",
        )
    url = f"http://127.0.0.1:{free_port()}/"
    result = build_site(root, root.parent / "site", url, env={"SITE_DATE": TODAY.isoformat()})
    assert result.returncode == 0, result.stdout + result.stderr
    return Built(root.parent / "site", url, root)


@pytest.fixture(params=["shared build", "with pending translations"])
def any_site(request, site):
    return site if request.param == "shared build" else request.getfixturevalue("pending")


@pytest.mark.parametrize("lang, name", FEEDS)
def test_each_feed_is_valid_atom_entry_by_entry(any_site, lang, name):
    site = any_site
    kind = KINDS[name]
    path = site.dir / site_context.language_root(lang) / kind.feed_file
    feed_url = site.url + site_context.language_root(lang) + kind.feed_file
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    assert parsed.version == "atom10", parsed.version
    assert ET.parse(path).getroot().get(XML_LANG) == lang

    feed = parsed.feed
    for key in ("id", "title", "updated"):
        assert own(feed, key), f"{feed_url}: the feed has no {key}"
    rels = {link.get("rel"): link.get("href") for link in feed.links}
    assert rels.get("self") == feed_url
    assert rels.get("alternate", "").startswith(site.url)
    feed_author = own(feed, "author")

    entries = parsed.entries
    ids = [own(entry, "id") for entry in entries]
    assert len(set(ids)) == len(ids), "two entries share an id"
    for entry in entries:
        where = f"{feed_url}: entry {own(entry, 'id')}"
        for key in ("id", "title", "updated"):
            assert own(entry, key), f"{where} has no {key} (RFC 4287 requires it on every entry)"
        assert feed_author or own(entry, "author"), f"{where}: no author on the feed or the entry"
        alternates = [link["href"] for link in entry.links if link.get("rel") == "alternate"]
        assert len(alternates) == 1, where
        url = alternates[0]
        assert own(entry, "id") == url, where
        built = site.dir / url[len(site.url) :] / "index.html"
        assert built.is_file(), f"{where}: {url} is not a built page"
        assert site_context.language_of_url(url[len(site.url) :]) == lang, f"{where}: another language's page"
        source = source_of(site, url)
        assert source.is_file(), f"{where}: no {lang} source {source.relative_to(site.root)} (a stand-in?)"
        meta = front_matter(source)
        day = as_date(meta["date"])
        assert own(entry, "updated") == atom_day(day), f"{where}: updated is not the item's date {day}"
        assert own(entry, "published") == atom_day(day), f"{where}: published is not the item's date {day}"
        assert own(entry, "title") == meta["title"].strip(), where
        # An explanation of vote's entry says how Latvia voted after its summary: the vote lines its page shows.
        summary = " ".join([meta["description"].strip()] + vote_lines_of(built))
        assert own(entry, "summary") == summary, where

    expected = expected_items(site.root, lang, kind)
    assert [source_of(site, own(entry, "id")) for entry in entries] == expected, (
        "the feed is not the published items, newest first"
    )
    if entries:
        assert own(feed, "updated") == max(own(entry, "updated") for entry in entries), (
            "the feed's updated is not its newest entry's"
        )


def test_a_feed_with_more_items_than_it_carries_keeps_the_newest():
    """atom.atom_feed on its own: FEED_SIZE newest entries, each with every required element."""

    class Item:
        def __init__(self, number):
            self.title, self.description = f"Item {number}", f"About item {number}."
            self.date = dt.date(2026, 1, 1) + dt.timedelta(days=number)
            self.url = f"jaunumi/{self.date.isoformat()}-item-{number}/"

    items = sorted((Item(n) for n in range(atom.FEED_SIZE + 5)), key=lambda item: item.date, reverse=True)
    xml = atom.atom_feed(
        items,
        "en",
        "https://example.org/",
        "https://example.org/feed.xml",
        "https://example.org/jaunumi/",
        "News",
        "Sub",
        "Author",
    )
    parsed = feedparser.parse(xml)
    assert not parsed.bozo and parsed.version == "atom10"
    assert len(parsed.entries) == atom.FEED_SIZE
    assert own(parsed.feed, "updated") == atom_day(items[0].date)
    for entry, item in zip(parsed.entries, items):
        assert [own(entry, key) for key in ("id", "title", "updated", "published")] == [
            "https://example.org/" + item.url,
            item.title,
            atom_day(item.date),
            atom_day(item.date),
        ]


def test_an_empty_feed_is_updated_as_of_the_builds_day(monkeypatch):
    """A feed with no item yet (a new collection) takes the build's today (SITE_DATE), not the machine's."""
    monkeypatch.setenv("SITE_DATE", "2031-05-06")
    xml = atom.atom_feed(
        [],
        "lv",
        "https://example.org/",
        "https://example.org/feed.xml",
        "https://example.org/jaunumi/",
        "Jaunumi",
        "Apakš",
        "Autors",
    )
    parsed = feedparser.parse(xml)
    assert not parsed.bozo and parsed.entries == []
    assert own(parsed.feed, "updated") == atom_day(dt.date(2031, 5, 6))
