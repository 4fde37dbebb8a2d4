"""Publishing: drafts and scheduled items, pull request previews, and the preview comment's links.

Two scratch builds of a copy of the repository with a draft page pair (also listed in the nav)
and a news item pair dated after SITE_DATE, shared by the tests of this module: the live build
(the items are nowhere) and the preview build for pull request 7, served under
/pr-preview/pr-7/ as GitHub Pages serves it (noindex, banners, no sitemap, every link resolving
under that sub-path). scripts/changed_pages.py is unit-tested on small trees of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, free_port, serve
from site_pages import html_pages, soup, url_path

sys.path.insert(0, str(ROOT / "scripts"))
import changed_pages  # noqa: E402
from scratch import copy_repo  # noqa: E402

from latvijaano import site_context
from latvijaano.data import dates, publication

LANGS = site_context.LANGUAGES
UI = site_context.load_ui_strings()
TODAY = dt.date(2026, 6, 1)  # the scratch builds' SITE_DATE
SCHEDULED = TODAY + dt.timedelta(days=30)
NEWS = f"jaunumi/{SCHEDULED.isoformat()}-planots-pasakums.md"
DRAFT = "melnraksta-lapa.md"
PR = "7"


def lang_root(lang: str) -> str:
    return site_context.language_root(lang)


def page_dir(site_dir: Path, lang: str, rel: str) -> Path:
    return site_dir / (lang_root(lang) + changed_pages.url_path(rel, "lv"))


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# Each in its page's language: the content rules check the language of a page's text.
SCHEDULED_TEXT = {
    "lv": "Teksts par notikumu, kas notiks tikai pēc mēneša. ",
    "en": "A text about an event that will only happen in a month. ",
}


def add_unpublished(root: Path) -> None:
    """A draft page pair (in the nav, as scripts/new_page.py puts it) and a scheduled news pair."""
    for lang in LANGS:
        write(
            root / "docs" / lang / DRAFT,
            (
                f'---\ntitle: "Melnraksts {lang}"\ndescription: "Vēl nepublicēta lapa ({lang})."\n'
                f"draft: true\n---\n\n# Melnraksts {lang}\n\nTeksts, kas vēl top.\n"
            ),
        )
        write(
            root / "docs" / lang / NEWS,
            (
                f'---\ntitle: "Plānota ziņa {lang}"\ndate: {SCHEDULED.isoformat()}\n'
                f'description: "Ziņa, kas parādīsies savā dienā ({lang})."\n---\n\n'
                f"# Plānota ziņa {lang}\n\n" + SCHEDULED_TEXT[lang] * 6 + "\n"
            ),
        )
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - kontakti.md\n", f"  - kontakti.md\n  - {DRAFT}\n", 1), encoding="utf-8"
    )


def build(root: Path, site_dir: Path, site_url: str, **env) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("SITE_PREVIEW", "SITE_PREVIEW_PR")}
    environ.update(SITE_URL=site_url, SITE_DATE=TODAY.isoformat(), NO_MKDOCS_2_WARNING="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=root,
        env=environ,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    root = copy_repo(tmp_path_factory.mktemp("publishing") / "repo")
    add_unpublished(root)
    return root


@pytest.fixture(scope="module")
def live(scratch):
    site_dir = scratch.parent / "live"
    result = build(scratch, site_dir, f"http://127.0.0.1:{free_port()}/")
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="module")
def preview(scratch):
    """The preview of pull request 7, served at http://127.0.0.1:PORT/pr-preview/pr-7/ (and
    nothing at the server's root, so a link that leaves the sub-path is a broken link)."""
    port = free_port()
    server_root = scratch.parent / "pages"
    site_dir = server_root / "pr-preview" / f"pr-{PR}"
    base = f"http://127.0.0.1:{port}/pr-preview/pr-{PR}/"
    result = build(scratch, site_dir, base, SITE_PREVIEW="1", SITE_PREVIEW_PR=PR)
    assert result.returncode == 0, result.stdout + result.stderr
    server = serve(server_root, port)

    class Preview:
        dir = site_dir
        url = base
        server_url = f"http://127.0.0.1:{port}/"

    yield Preview
    server.shutdown()


def all_text(site_dir: Path, pattern: str) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in site_dir.rglob(pattern))


# --- Live build: drafts and scheduled items are nowhere --------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_live_build_has_no_draft_and_no_scheduled_page(live, lang):
    for rel in (DRAFT, NEWS):
        assert not page_dir(live, lang, rel).exists(), rel
    # ...while the published pages of the copy are there
    assert (live / lang_root(lang) / "index.html").exists()


def test_live_build_mentions_them_in_no_list_feed_sitemap_search_or_nav(live):
    slugs = [Path(DRAFT).stem, Path(NEWS).stem]
    for pattern in ("*.html", "*.xml", "*.json"):
        text = all_text(live, pattern)
        for slug in slugs:
            assert slug not in text, f"{slug} found in the live build's {pattern} files"
    # the places in question exist and were searched
    for lang in LANGS:
        root = live / lang_root(lang)
        assert (root / "feed.xml").exists() and (root / "search" / "search_index.json").exists()
    assert (live / "sitemap.xml").exists() and (live / "en" / "sitemap.xml").exists()


def test_live_build_has_no_preview_marks(live):
    for page in html_pages(live):
        html = soup(page)
        assert not html.select('meta[name="robots"]'), page
        assert not html.select(".lv-preview, .md-banner"), page
    assert "Disallow: /\n" not in (live / "robots.txt").read_text(encoding="utf-8")


def test_a_link_to_a_draft_fails_the_live_build_naming_the_linking_line(scratch, tmp_path):
    copy = copy_repo_tree(scratch, tmp_path / "repo")
    source = copy / "docs" / "lv" / "kontakti.md"
    lines = source.read_text(encoding="utf-8").rstrip("\n").split("\n")
    source.write_text("\n".join(lines + ["", f"Skatiet [melnrakstu]({DRAFT})."]) + "\n", encoding="utf-8")
    result = build(copy, tmp_path / "site", f"http://127.0.0.1:{free_port()}/")
    assert result.returncode != 0
    line = len(lines) + 2
    assert re.search(
        rf"docs/lv/kontakti\.md:{line}: Saite uz '{re.escape(DRAFT)}', kas ir melnraksts .*"
        rf"/ Link to '{re.escape(DRAFT)}', a draft",
        result.stderr,
    ), result.stderr


def copy_repo_tree(source: Path, destination: Path) -> Path:
    import shutil

    shutil.copytree(source, destination)
    return destination


def test_check_content_lists_what_is_scheduled_and_passes(scratch):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_content.py"), "--root", str(scratch)],
        env=dict(os.environ, SITE_DATE=TODAY.isoformat(), NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for lang in LANGS:
        assert f"Plānots / Scheduled: docs/{lang}/{NEWS} ({SCHEDULED.isoformat()})" in result.stderr
        assert f"Melnraksts / Draft: docs/{lang}/{DRAFT}" in result.stderr


# --- Preview build ---------------------------------------------------------------------------------


def test_every_preview_page_has_noindex_and_the_banner_in_its_language(preview):
    pages = html_pages(preview.dir)
    assert pages
    for page in pages:
        html = soup(page)
        robots = [m.get("content") for m in html.select('meta[name="robots"]')]
        assert robots == ["noindex, nofollow"], page
        lang = "en" if url_path(preview.dir, page).startswith("en/") else "lv"
        banner = html.select_one(".md-banner .lv-preview")
        assert banner is not None, page
        assert UI["preview_banner"][lang].format(number=PR) in banner.get_text(" ", strip=True), page


def test_preview_pages_with_a_source_end_with_the_edit_link_and_the_live_ones_never(scratch, preview, live):
    """ "Edit this page" (issue 39): words at the end of every preview page that has a source file
    (not on the home page, nor on generated pages), in its language, to that file on GitHub; on
    the live build of the same sources, on no page."""
    edited = 0
    for page_file in html_pages(preview.dir):
        page = soup(page_file)
        lang = "en" if url_path(preview.dir, page_file).startswith("en/") else "lv"
        path = url_path(preview.dir, page_file)[len(lang_root(lang)) :].strip("/")
        assert not page.select(".md-content__button"), f"{page_file}: Material's pencil is back"
        edit = page.select("article a[rel=edit]")
        # An English page may be its Latvian original, shown until the translation exists.
        sources = [
            f"{folder}/{source}"
            for folder in dict.fromkeys((lang, "lv"))
            for source in (f"{path}.md", f"{path}/index.md")
            if path and (scratch / "docs" / folder / source).is_file()
        ]
        if not path or not sources:
            assert not edit, f"{page_file}: an edit link on the home page or a generated page"
            continue
        assert edit, f"{page_file}: no edit link in the preview"
        link = edit[0]
        assert link.get_text(strip=True) == UI["edit_page"][lang]
        assert link["href"].endswith(f"/docs/{sources[0]}"), link["href"]
        assert link.find_parent(class_="lv-page-end") is not None, "at the end of the page"
        edited += 1
    assert edited, "no preview page with an edit link"
    for page_file in html_pages(live):
        assert not soup(page_file).select("a[rel=edit]"), f"{page_file}: an edit link on the live build"


def test_preview_has_no_sitemap_and_robots_disallows_all(preview):
    for name in ("sitemap.xml", "sitemap.xml.gz", "en/sitemap.xml"):
        assert not (preview.dir / name).exists(), name
    assert (preview.dir / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /\n"


@pytest.mark.parametrize("lang", LANGS)
def test_preview_shows_the_draft_and_the_scheduled_item_with_their_banners(preview, lang):
    draft = soup(page_dir(preview.dir, lang, DRAFT) / "index.html")
    assert UI["publication_draft"][lang] in draft.select_one(".lv-preview").get_text(" ", strip=True)

    news = soup(page_dir(preview.dir, lang, NEWS) / "index.html")
    day = dates.latvian_date_in(SCHEDULED) if lang == "lv" else dates.local_date(SCHEDULED, "en")
    state = news.select_one(".lv-preview__state").get_text(" ", strip=True)
    assert state == UI["publication_scheduled"][lang].format(date=day)
    # a published page has the preview banner only
    assert soup(preview.dir / lang_root(lang) / "index.html").select_one(".lv-preview__state") is None

    # the scheduled item is in the preview's news list, feed and search index
    slug = Path(NEWS).stem
    assert slug in (preview.dir / lang_root(lang) / "jaunumi" / "index.html").read_text(encoding="utf-8")
    assert slug in (preview.dir / lang_root(lang) / "feed.xml").read_text(encoding="utf-8")
    index = json.loads(
        (preview.dir / lang_root(lang) / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    assert any(slug in doc["location"] for doc in index["docs"])


def test_latvian_scheduled_date_is_in_the_locative():
    assert dates.latvian_date_in(dt.date(2026, 11, 20)) == "2026. gada 20. novembrī"
    assert dates.latvian_date_in(dt.date(2027, 3, 1)) == "2027. gada 1. martā"


# Where pages point at other files: links, stylesheets, scripts, images, social image, alternates.
REFERENCES = (
    ("a", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "srcset"),
    ("img", "srcset"),
    ("meta", "content"),
)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def crawl(start: list[str], server: str) -> tuple[set[str], list[str]]:
    """Fetch the start pages and everything they reference on `server`, recursively: the URLs
    fetched, and each reference that failed with the page that holds it. (LinkChecker, as in
    test_links.py, would not do here: it honours the preview's `nofollow` and follows nothing.)"""
    queue = [(url, "(start)") for url in start]
    seen, fetched, broken = set(), set(), []
    while queue:
        url, parent = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body, kind = response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as error:
            broken.append(f"{parent}: {url} -> {error.code}")
            continue
        fetched.add(url)
        targets = []
        if kind == "text/html":
            html = soup_of(body)
            for tag, attribute in REFERENCES:
                for element in html.find_all(tag):
                    value = element.get(attribute)
                    if not value or (tag == "meta" and not value.startswith(("http:", "https:", "/"))):
                        continue
                    targets += (
                        [part.split()[0] for part in value.split(",")] if attribute == "srcset" else [value]
                    )
        elif kind == "text/css":
            targets = CSS_URL.findall(body.decode("utf-8", "replace"))
        for target in targets:
            if target.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
                continue
            absolute = urllib.parse.urldefrag(urllib.parse.urljoin(url, target)).url
            if absolute.startswith(server):
                queue.append((absolute, url))
    return fetched, broken


def soup_of(body: bytes):
    from bs4 import BeautifulSoup

    return BeautifulSoup(body, "html.parser")


def test_every_link_and_asset_of_the_preview_resolves_under_its_sub_path(preview):
    pages = [preview.url + url_path(preview.dir, p) for p in html_pages(preview.dir)]
    # Everything on the local server is followed, so a link that leaves /pr-preview/pr-7/ is
    # fetched too, and fails: nothing else is served.
    fetched, broken = crawl(pages, preview.server_url)
    assert not broken, "broken links in the preview:\n" + "\n".join(sorted(broken))
    assert set(pages) <= fetched
    assert not [url for url in fetched if not url.startswith(preview.url)]
    # the crawl followed the references: stylesheets, scripts and images were fetched too
    for ending in (".css", ".js", ".svg"):
        assert any(url.endswith(ending) for url in fetched), ending
    # and the canonical, alternate and social-image addresses are the preview's own
    for page in html_pages(preview.dir)[:5]:
        html = soup(page)
        for element in html.select(
            'link[rel="canonical"], link[rel="alternate"][hreflang], meta[property="og:image"]'
        ):
            assert (element.get("href") or element.get("content")).startswith(preview.url), element


# --- Unit: state of a source, nav pruning, SITE_PREVIEW_PR ---------------------------------------------


@pytest.mark.parametrize(
    "front_matter,expected",
    [
        ("title: A\ndraft: true", ("draft", None)),
        ("title: A\ndraft: yes\ndate: 2020-01-01", ("draft", dt.date(2020, 1, 1))),
        ("title: A\ndraft: false", (None, None)),
        ("title: A\ndate: 2026-06-02", ("scheduled", dt.date(2026, 6, 2))),
        ('title: A\ndate: "2026-06-01"', (None, dt.date(2026, 6, 1))),  # today is published
        ("title: A\ndate: 2026-02-30", (None, None)),  # not a date: the content rules say so
    ],
)
def test_state_of_a_source(front_matter, expected):
    assert publication.state_of(f"---\n{front_matter}\n---\n\n# A\n", TODAY) == expected


def test_state_needs_front_matter():
    assert publication.state_of("# A\n\ndraft: true\n", TODAY) == (None, None)


def test_a_draft_in_one_language_withholds_the_page_in_both(tmp_path):
    write(tmp_path / "docs" / "lv" / "x.md", "---\ntitle: X\n---\n")
    write(tmp_path / "docs" / "en" / "x.md", "---\ntitle: X\ndraft: true\n---\n")
    write(tmp_path / "docs" / "lv" / "y.md", "---\ntitle: Y\ndate: 2026-07-01\n---\n")
    write(tmp_path / "docs" / "en" / "y.md", "---\ntitle: Y\ndate: 2026-07-03\n---\n")
    withheld = publication.withheld_pages(tmp_path / "docs", TODAY)
    assert set(withheld) == {"x.md", "y.md"}
    assert withheld["x.md"].kind == "draft"
    assert (withheld["y.md"].kind, withheld["y.md"].date) == ("scheduled", dt.date(2026, 7, 3))
    assert [str(item) for item in publication.unpublished(tmp_path, TODAY)] == [
        "Plānots / Scheduled: docs/lv/y.md (2026-07-01)",
        "Melnraksts / Draft: docs/en/x.md",
        "Plānots / Scheduled: docs/en/y.md (2026-07-03)",
    ]


def test_prune_nav_drops_withheld_pages_and_emptied_sections():
    nav = ["index.md", {"Sadaļa": ["a.md", "b.md"]}, {"Tukša": ["c.md"]}, {"Lapa": "c.md"}]
    assert publication.prune_nav(nav, {"b.md", "c.md"}) == ["index.md", {"Sadaļa": ["a.md"]}]


def test_preview_number_must_be_a_number():
    assert publication.preview_number({"SITE_PREVIEW_PR": "12"}) == "12"
    assert publication.preview_number({}) is None
    with pytest.raises(site_context.SiteContextError):
        publication.preview_number({"SITE_PREVIEW_PR": "#12"})


# --- Unit: scripts/changed_pages.py -------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path):
    """A small repository: pages in both languages, one Latvian-only, a data marker, a news item."""
    for lang in LANGS:
        write(tmp_path / "docs" / lang / "index.md", f"---\ntitle: Sākums {lang}\n---\n")
        write(tmp_path / "docs" / lang / "kontakti.md", f"---\ntitle: Kontakti {lang}\n---\n")
        write(tmp_path / "docs" / lang / "prioritates" / "index.md", f"---\ntitle: Prioritātes {lang}\n---\n")
        write(tmp_path / "docs" / lang / "vesture.md", f"# Vēsture {lang}\n\n<!-- data: timeline -->\n")
        write(tmp_path / "docs" / lang / "jaunumi" / "2025-01-02-zina.md", f"---\ntitle: Ziņa {lang}\n---\n")
    write(tmp_path / "docs" / "lv" / "tikai-lv.md", "---\ntitle: Tikai latviski\n---\n")
    write(tmp_path / "docs" / "en" / "only-en.md", "---\ntitle: Only English\n---\n")
    return tmp_path


def links(changed: list[str], root: Path) -> dict[str, dict]:
    pages, _ = changed_pages.changed_pages(changed, root)
    return {page.path: page.urls for page in pages}


def test_a_changed_english_page_links_both_languages(tree):
    assert links(["docs/en/kontakti.md"], tree) == {"kontakti.md": {"lv": "kontakti/", "en": "en/kontakti/"}}


def test_index_pages_link_their_folder(tree):
    assert links(["docs/lv/prioritates/index.md", "docs/lv/index.md"], tree) == {
        "prioritates/index.md": {"lv": "prioritates/", "en": "en/prioritates/"},
        "index.md": {"lv": "", "en": "en/"},
    }


def test_a_data_file_links_the_pages_with_its_marker(tree):
    expected = {"vesture.md": {"lv": "vesture/", "en": "en/vesture/"}}
    assert links(["data/timeline.yml"], tree) == expected
    assert links(["data/schemas/timeline.schema.json"], tree) == expected
    # a data file no page marker shows (a template may use it) changes the site as a whole
    assert changed_pages.changed_pages(["data/missions.yml"], tree) == ([], True)


def test_interface_texts_link_the_two_home_pages(tree):
    assert links(["data/ui.yml"], tree) == {"index.md": {"lv": "", "en": "en/"}}


def test_news_items_link_their_own_pages(tree):
    assert links(["docs/lv/jaunumi/2025-01-02-zina.md"], tree) == {
        "jaunumi/2025-01-02-zina.md": {"lv": "jaunumi/2025-01-02-zina/", "en": "en/jaunumi/2025-01-02-zina/"}
    }


def test_one_language_pages_and_deleted_pages(tree):
    # A Latvian page without its translation is on the English side too (translation pending);
    # an English-only page has no Latvian address; a deleted page has none.
    assert links(["docs/lv/tikai-lv.md", "docs/en/only-en.md", "docs/lv/izdzesta.md"], tree) == {
        "tikai-lv.md": {"lv": "tikai-lv/", "en": "en/tikai-lv/"},
        "only-en.md": {"en": "en/only-en/"},
    }


def test_each_page_once_and_other_files_flagged(tree):
    pages, other = changed_pages.changed_pages(
        ["docs/lv/kontakti.md", "docs/en/kontakti.md", "README.md"], tree
    )
    assert [p.path for p in pages] == ["kontakti.md"] and other
    assert changed_pages.changed_pages(["docs/lv/kontakti.md"], tree)[1] is False


def test_the_comment_links_each_page_under_the_preview_address(tree):
    base = "https://example.github.io/site/pr-preview/pr-7/"
    pages, other = changed_pages.changed_pages(["docs/en/kontakti.md", "docs/en/only-en.md"], tree)
    text = changed_pages.comment(pages, other, base, "7", "abc123")
    assert "Priekšskatījums / Preview #7" in text
    assert f"[/kontakti/]({base}kontakti/)" in text and f"[/en/kontakti/]({base}en/kontakti/)" in text
    assert "| Kontakti lv |" in text  # the Latvian title
    assert "| Only English | — |" in text
    assert "vietni kopumā" not in text  # only pages changed
    assert text.index("Kontakti lv") < text.index("Only English")


def test_the_comment_from_git_diff(tree):
    def git(*args):
        subprocess.run(
            ["git", *args],
            cwd=tree,
            check=True,
            capture_output=True,
            env=dict(
                os.environ,
                GIT_AUTHOR_NAME="t",
                GIT_AUTHOR_EMAIL="t@example.org",
                GIT_COMMITTER_NAME="t",
                GIT_COMMITTER_EMAIL="t@example.org",
            ),
        )

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "base")
    base = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=tree, capture_output=True, text=True
    ).stdout.strip()
    write(tree / "docs" / "en" / "vesture.md", "# History\n\n<!-- data: timeline -->\n")
    git("commit", "-qam", "change")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "changed_pages.py"),
            "--root",
            str(tree),
            "--url",
            "https://example.github.io/site/pr-preview/pr-3",
            "--number",
            "3",
            "--base",
            base,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "(https://example.github.io/site/pr-preview/pr-3/vesture/)" in result.stdout
    assert "(https://example.github.io/site/pr-preview/pr-3/en/vesture/)" in result.stdout
    assert "kontakti" not in result.stdout


def test_the_crawl_catches_a_link_that_leaves_the_sub_path(tmp_path):
    site_dir = tmp_path / "pr-preview" / "pr-7"
    write(
        site_dir / "index.html",
        '<a href="ok/">ok</a> <a href="/kontakti/">root</a><link rel="stylesheet" href="../../assets/x.css">',
    )
    write(site_dir / "ok" / "index.html", '<img src="../missing.png" alt="">')
    port = free_port()
    server = serve(tmp_path, port)
    try:
        base = f"http://127.0.0.1:{port}/"
        fetched, broken = crawl([base + "pr-preview/pr-7/"], base)
    finally:
        server.shutdown()
    assert base + "pr-preview/pr-7/ok/" in fetched
    assert sorted(b.split(": ", 1)[1] for b in broken) == sorted(
        [f"{base}kontakti/ -> 404", f"{base}assets/x.css -> 404", f"{base}pr-preview/pr-7/missing.png -> 404"]
    )


def test_the_comment_names_a_changed_draft_and_a_scheduled_item_as_not_live_on_merge(tree, monkeypatch):
    """A draft or scheduled page changed by the pull request: the comment says that merging does not
    publish it (a draft until `draft: true` goes, a scheduled item on its own day); a page that goes
    live on merge is not named so."""
    monkeypatch.setenv("SITE_DATE", "2026-12-06")
    for lang in LANGS:
        write(tree / "docs" / lang / "melnraksts.md", f"---\ntitle: Melnraksts {lang}\ndraft: true\n---\n")
        write(
            tree / "docs" / lang / "jaunumi" / "2026-12-20-vel.md",
            f"---\ntitle: Vēlāk {lang}\ndate: 2026-12-20\n---\n",
        )
    changed = ["docs/lv/melnraksts.md", "docs/en/jaunumi/2026-12-20-vel.md", "docs/lv/kontakti.md"]
    pages, other = changed_pages.changed_pages(changed, tree)
    text = changed_pages.comment(pages, other, "https://example.github.io/site/pr-preview/pr-7/", "7")
    assert "Apvienojot netiks publicēts / Will not go live on merge" in text
    assert "Melnraksts lv — **melnraksts / draft**" in text and "`draft: true`" in text
    assert "Vēlāk lv — **plānots / scheduled 2026-12-20**" in text and "scheduled for 2026-12-20" in text
    assert "Kontakti lv |" in text and "Kontakti lv —" not in text and "Kontakti lv:" not in text
    # on its day the scheduled item is live: the comment no longer names it
    monkeypatch.setenv("SITE_DATE", "2026-12-20")
    text = changed_pages.comment(*changed_pages.changed_pages(changed, tree), "https://example.org/p/", "7")
    assert "Vēlāk lv |" in text and "scheduled" not in text
