"""Lists that never look empty or stale (issue 35, item 6), on a scratch copy with synthetic items:

- a filter page (pazinojumi/tema|veids|gads/<value>/) exists, is linked from the filters and is in
  the search index only for a value that has published statements in its language; drafts and
  scheduled statements don't count; its hreflang alternates are pages that exist;
- a priority's page shows its latest statements box only when the priority has statements, and no
  page says "there are no statements yet" while there are statements;
- a statement, news item and meeting ends with the one before and the one after it in its list (by
  date: rel="prev" the earlier, rel="next" the later, with the neighbour's title) and a link to the
  list, in a named <nav>; a draft or scheduled item is nobody's neighbour;
- "last updated" of a list, filter, meeting and votes page is the date of its newest item (a
  meeting: its entry's revision or its newest statement, whichever is later), not the build's day,
  and each sitemap's <lastmod> is the date its page shows.

The copy's own statements lose their priorities (so that some priorities surely have none), then
gets three old statements of one priority, a draft and a scheduled statement (each alone in its
priority and year), three old news items of which one is a draft, a meeting entry revised on a
known day, and two votes. Expectations are read back from the copy's sources, never from today's
content.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_site, free_port
from mkdocs.utils.meta import get_data
from site_pages import html_pages, soup
from test_statements import lang_root, page_of, resolve, statement_sources
from votes_scratch import VOTES, fill_in

sys.path.insert(0, str(ROOT / "scripts"))
from new_statement import create_statement  # noqa: E402
from new_vote import add_vote  # noqa: E402
from scratch import TEXTS as NEWS_TEXTS  # noqa: E402
from scratch import copy_repo, ensure_bench_meeting, priority_keys, write_synthetic

from latvijaano.data import publication
from latvijaano.meetings.loading import load_meetings, meeting_by_id
from latvijaano.rules.model import STATEMENT_TYPES, statement_type

LANGS = ("lv", "en")
SITE_DATE = "2026-12-06"
FOLDER = "pazinojumi"
NEWS = "jaunumi"
FILTER_FOLDERS = ("tema", "veids", "gads")
# Three published statements of the first priority; a draft and a scheduled one, each alone in
# its priority, type and year; the draft sits between the three and every real statement.
PUBLISHED = [("2001-03-01", "lists-a"), ("2001-03-05", "lists-b"), ("2001-03-09", "lists-c")]
DRAFT = ("2002-06-01", "lists-draft")
SCHEDULED = ("2099-01-15", "lists-scheduled")
BENCH_REVISED = "2001-03-07"  # before lists-c: the meeting's page is dated by that statement
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def strip_priorities(root: Path) -> None:
    """No statement of the copy keeps its priorities (the field is optional)."""
    for path in (root / "docs").glob(f"*/{FOLDER}/[0-9]*.md"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^priorities:.*\n(?:[ \t]+-.*\n)*", "", text, count=1, flags=re.M)
        path.write_text(text, encoding="utf-8")


def mark_draft(root: Path, rel: str) -> None:
    for lang in LANGS:
        path = root / "docs" / lang / rel
        path.write_text(
            path.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8"
        )


def add_statement(root: Path, date: str, slug: str, keys: list[str], kind: str = "statement") -> str:
    created = create_statement(
        root,
        date,
        slug,
        f"Pārbaude {slug}",
        f"Test {slug}",
        keys,
        "https://example.org/statement",
        meeting=ensure_bench_meeting(root),
        kind=kind,
        vote_timing="after" if kind == "explanation-of-vote" else None,
    )
    for path in created:
        fill_in(path, path.relative_to(root / "docs").parts[0], slug)
    return f"{FOLDER}/{date}-{slug}.md"


def revise_bench_meeting(root: Path, day: str) -> None:
    """The synthetic meeting's revision dated `day` (the fingerprint leaves `revision` out)."""
    path = root / "data" / "meetings.yml"
    text = path.read_text(encoding="utf-8")
    bench = ensure_bench_meeting(root)
    start = text.index(f"id: {bench}")
    end = text.find("\n- ", start)
    end = len(text) if end < 0 else end
    entry = re.sub(r'updated: "[^"]+"', f'updated: "{day}T10:00:00Z"', text[start:end], count=1)
    path.write_text(text[:start] + entry + text[end:], encoding="utf-8")


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    base = tmp_path_factory.mktemp("lists")
    root = copy_repo(base / "repo")
    strip_priorities(root)
    keys = priority_keys(root)
    for date, slug in PUBLISHED:
        add_statement(root, date, slug, keys[:1])
    mark_draft(root, add_statement(root, *DRAFT, keys[1:2], kind="joint-statement"))
    add_statement(root, *SCHEDULED, keys[2:3], kind="press-remarks")
    news = write_synthetic(root, NEWS, 3, NEWS_TEXTS)
    mark_draft(root, news[-1])  # the newest of the three: between them and every real item
    revise_bench_meeting(root, BENCH_REVISED)
    for vote in VOTES:
        add_vote(root, **{**vote, "explanation": None})
    url = f"http://127.0.0.1:{free_port()}/"
    result = build_site(root, base / "site", url, env={"SITE_DATE": SITE_DATE})
    assert result.returncode == 0, result.stdout + result.stderr
    return {
        "root": root,
        "site": base / "site",
        "url": url,
        "keys": keys,
        "draft_news": news[-1],
        "today": dt.date.fromisoformat(SITE_DATE),
    }


def published(lists, lang: str) -> list[dict]:
    return statement_sources(lists["root"], lang, lists["today"])


def values_of(statement: dict) -> dict[str, set]:
    meta = statement["meta"]
    return {
        "tema": set(meta.get("priorities") or []),
        "veids": {statement_type(meta)},
        "gads": {str(meta["date"])[:4]},
    }


def news_sources(lists, lang: str) -> list[dict]:
    """The published news items of a language, newest first, as latvijaano/news/items.py lists them."""
    withheld = publication.withheld_pages(lists["root"] / "docs", lists["today"])
    items = []
    for path in (lists["root"] / "docs" / lang / NEWS).glob("[0-9]*.md"):
        if f"{NEWS}/{path.name}" not in withheld:
            _, meta = get_data(path.read_text(encoding="utf-8"))
            items.append({"meta": meta, "url": f"{lang_root(lang)}{NEWS}/{path.stem}/"})
    return sorted(items, key=lambda item: (str(item["meta"]["date"]), item["url"]), reverse=True)


def updated_shown(page: Path) -> str | None:
    time = soup(page).select_one(".lv-page-end__updated time[datetime]")
    return time["datetime"] if time else None


# --- No empty filter page, no empty box ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_filter_pages_only_for_values_with_published_statements(lists, lang):
    site = lists["site"]
    values = {folder: set() for folder in FILTER_FOLDERS}
    for statement in published(lists, lang):
        for folder, found in values_of(statement).items():
            values[folder] |= found
    # The synthetic draft and scheduled statements are alone in their priority and year.
    assert lists["keys"][1] not in values["tema"] and lists["keys"][2] not in values["tema"]
    assert DRAFT[0][:4] not in values["gads"] and SCHEDULED[0][:4] not in values["gads"]
    candidates = {
        "tema": set(lists["keys"]),
        "veids": set(STATEMENT_TYPES),
        "gads": values["gads"] | {DRAFT[0][:4], SCHEDULED[0][:4]},
    }
    index = page_of(site, f"{lang_root(lang)}{FOLDER}")
    linked = {resolve(site, index, a["href"]) for a in soup(index).select("nav.lv-filters a[href]")}
    index_json = (site / lang_root(lang) / "search" / "search_index.json").read_text(encoding="utf-8")
    for folder in FILTER_FOLDERS:
        for value in candidates[folder]:
            url = f"{lang_root(lang)}{FOLDER}/{folder}/{value}/"
            has = value in values[folder]
            assert page_of(site, url).is_file() == has, url
            assert (url in linked) == has, f"{url}: linked from the filters: {url in linked}"
            assert (f'"{FOLDER}/{folder}/{value}/"' in index_json) == has, f"{url}: in the search index"
            if has:
                for link in soup(page_of(site, url)).select("link[rel=alternate][hreflang]"):
                    target = link["href"].removeprefix(lists["url"])
                    assert (site / target / "index.html").is_file(), (
                        f"{url}: alternate {link['href']} is no page"
                    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_priority_page_without_statements_shows_no_box(lists, lang):
    site = lists["site"]
    entries = yaml.safe_load((lists["root"] / "data" / "priorities.yml").read_text(encoding="utf-8"))
    tagged = set().union(*(values_of(s)["tema"] for s in published(lists, lang)))
    pages: dict[str, set] = {}
    for entry in entries:
        pages.setdefault(entry["page"], set()).add(entry["key"])
    assert any(not (keys & tagged) for keys in pages.values()), "no priority page without statements to check"
    for page, keys in pages.items():
        path = page_of(site, lang_root(lang) + page.removesuffix(".md").removesuffix("index") + "/")
        box = soup(path).select_one(".lv-statements-latest")
        assert (box is not None) == bool(keys & tagged), path
    none_text = yaml.safe_load((lists["root"] / "data" / "ui.yml").read_text(encoding="utf-8"))[
        "statements_none"
    ][lang]
    saying_none = [
        p
        for p in html_pages(site)
        if p.is_relative_to(site / lang_root(lang)) and none_text in soup(p).get_text()
    ]
    assert not saying_none, f"'{none_text}' while there are statements: {saying_none[:5]}"


# --- The way on from each item -----------------------------------------------------------------


def way_on(site: Path, page: Path) -> dict:
    nav = soup(page).select("nav.lv-item-nav")
    assert len(nav) == 1, f"{page}: {len(nav)} way-on navs"
    nav = nav[0]
    assert nav.get("aria-label", "").strip(), f"{page}: the way on has no name"
    assert nav.has_attr("data-search-exclude"), f"{page}: the neighbours' titles would be in its search entry"

    def one(rel):
        links = nav.select(f"a[rel={rel}]")
        assert len(links) <= 1, page
        return (resolve(site, page, links[0]["href"]), links[0].get_text(" ", strip=True)) if links else None

    everything = nav.select("a.lv-more[href]")
    return {
        "prev": one("prev"),
        "next": one("next"),
        "list": resolve(site, page, everything[0]["href"]) if everything else None,
    }


def assert_neighbours(site: Path, items: list[dict], list_url: str | None, title) -> None:
    """items: newest first, each with its url; prev is the older neighbour, next the newer."""
    assert len(items) >= 3
    for index, item in enumerate(items):
        found = way_on(site, page_of(site, item["url"]))
        older = items[index + 1] if index + 1 < len(items) else None
        newer = items[index - 1] if index > 0 else None
        for rel, expected in (("prev", older), ("next", newer)):
            if expected is None:
                assert found[rel] is None, f"{item['url']}: {rel} {found[rel]}"
            else:
                assert found[rel] and found[rel][0] == expected["url"], f"{item['url']}: {rel} {found[rel]}"
                assert title(expected) in found[rel][1], f"{item['url']}: {rel} without its title"
        assert found["list"] == list_url, item["url"]


@pytest.mark.parametrize("lang", LANGS)
def test_statements_and_news_items_end_with_the_one_before_and_after_and_the_list(lists, lang):
    site = lists["site"]
    assert_neighbours(
        site,
        published(lists, lang),
        f"{lang_root(lang)}{FOLDER}/",
        lambda item: item["meta"]["title"].strip(),
    )
    assert_neighbours(
        site,
        news_sources(lists, lang),
        f"{lang_root(lang)}{NEWS}/",
        lambda item: item["meta"]["title"].strip(),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_meetings_end_with_the_one_before_and_after(lists, lang):
    site = lists["site"]
    ordered = load_meetings(lists["root"])  # date order, as the hook has them
    items = [{"url": m.path(lang), "title": m.title[lang]} for m in reversed(ordered)]
    # A meeting's page links the list in its own actions, just above: the way on does not repeat it.
    assert_neighbours(site, items, None, lambda item: item["title"])


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_leads_on_to_a_draft_or_scheduled_item(lists, lang):
    site = lists["site"]
    hidden = {f"{lang_root(lang)}{FOLDER}/{date}-{slug}/" for date, slug in (DRAFT, SCHEDULED)}
    hidden.add(f"{lang_root(lang)}{lists['draft_news'].removesuffix('.md')}/")
    for page in html_pages(site):
        for a in soup(page).select("nav.lv-item-nav a[href]"):
            assert resolve(site, page, a["href"]) not in hidden, f"{page} leads on to {a['href']}"


# --- "Last updated" ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_generated_pages_are_dated_by_their_newest_item(lists, lang):
    site, root = lists["site"], lists["root"]
    statements = published(lists, lang)
    expected = {
        f"{lang_root(lang)}{FOLDER}/": str(statements[0]["meta"]["date"]),
        f"{lang_root(lang)}{NEWS}/": str(news_sources(lists, lang)[0]["meta"]["date"]),
    }
    for folder in FILTER_FOLDERS:
        for statement in reversed(statements):  # the newest last: it wins
            for value in values_of(statement)[folder]:
                expected[f"{lang_root(lang)}{FOLDER}/{folder}/{value}/"] = str(statement["meta"]["date"])
    by_meeting: dict[str, list[str]] = {}
    for statement in statements:
        by_meeting.setdefault(statement["meta"]["meeting"], []).append(str(statement["meta"]["date"]))
    for meeting in load_meetings(root):
        expected[meeting.path(lang)] = max(
            [meeting.updated.date().isoformat(), *by_meeting.get(meeting.id, [])]
        )
    votes = yaml.safe_load((root / "data" / "votes.yml").read_text(encoding="utf-8"))
    expected[f"{lang_root(lang)}balsojumi/"] = max(str(vote["date"]) for vote in votes)
    for year in {str(vote["date"])[:4] for vote in votes}:
        expected[f"{lang_root(lang)}balsojumi/gads/{year}/"] = max(
            str(vote["date"]) for vote in votes if str(vote["date"]).startswith(year)
        )
    # The synthetic ones above are dated years before the build: the build's day cannot pass.
    bench = meeting_by_id(root, ensure_bench_meeting(root)).path(lang)
    assert (
        expected[bench] == PUBLISHED[-1][0]
        and expected[f"{lang_root(lang)}{FOLDER}/tema/{lists['keys'][0]}/"] == PUBLISHED[-1][0]
    )
    wrong = {
        url: (updated_shown(page_of(site, url)), day)
        for url, day in expected.items()
        if updated_shown(page_of(site, url)) != day
    }
    assert not wrong, f"page: (shown, expected) {wrong}"


def test_each_sitemap_lastmod_is_the_date_its_page_shows(lists):
    site, url = lists["site"], lists["url"]
    checked = 0
    for entry in ET.parse(site / "sitemap.xml").getroot().findall("sm:url", NS):
        loc = entry.find("sm:loc", NS).text.strip()
        lastmod = entry.find("sm:lastmod", NS)
        page = site / loc.removeprefix(url) / "index.html"
        assert (lastmod.text if lastmod is not None else None) == updated_shown(page), loc
        checked += 1
    assert checked
