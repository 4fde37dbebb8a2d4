"""Helpers to read the built site: its HTML pages, parsed."""

from __future__ import annotations

import functools
from pathlib import Path

from bs4 import BeautifulSoup

LANGS = ("lv", "en")
# Pages that are no page of the site's own: the 404 pages (/404.html for every missing address;
# en/404.html, which it shows for a missing English address: latvijaano/pages/not_found.py).
SITE_WIDE = {"404.html", "en/404.html"}


def is_redirect(path: Path) -> bool:
    """A moved page's old address (latvijaano/outputs/redirects.py): a stub that sends the reader on, not a page."""
    return '<meta http-equiv="refresh"' in path.read_text(encoding="utf-8")[:1000]


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in site_dir.rglob("*.html")
        if p.relative_to(site_dir).as_posix() not in SITE_WIDE and not is_redirect(p)
    )


def page_language(site_dir: Path, page: Path) -> str:
    rel = page.relative_to(site_dir).as_posix()
    return "en" if rel.startswith("en/") else "lv"


def counterpart(site_dir: Path, page: Path) -> Path:
    """The same page in the other language."""
    rel = page.relative_to(site_dir)
    if rel.parts[0] == "en":
        return site_dir.joinpath(*rel.parts[1:])
    return site_dir / "en" / rel


def soup(path: Path) -> BeautifulSoup:
    """The parsed page, read-only: parsed once per version of the file (many tests read the same
    built pages, and parsing them all again in each test cost half a minute of the suite)."""
    stat = path.stat()
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=512)
def _parsed(path: str, mtime_ns: int, size: int) -> BeautifulSoup:
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def url_path(site_dir: Path, page: Path) -> str:
    """The URL path of a built page, e.g. 'en/prioritates/'."""
    rel = page.relative_to(site_dir).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel
