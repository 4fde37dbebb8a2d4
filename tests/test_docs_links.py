"""The developers' and editors' docs hold together: every relative link in README.md, CONTRIBUTING.md
and developers/*.md reaches a file that exists, and the heading its #anchor names; README.md stays
short enough to read in ten minutes (issue 37: about 1,500 words, the rest in developers/).

Anchors are GitHub's, since GitHub is where these files are read: pymdownx's slugify with
case="lower" makes the same ids (lower case, punctuation dropped, each space a hyphen), and a
repeated heading gets -1, -2… as GitHub gives it.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import pytest
from bs4 import BeautifulSoup
from pymdownx.slugs import slugify

ROOT = Path(__file__).resolve().parent.parent
README_MAX_WORDS = 2000
github_slug = slugify(case="lower")


def docs(root: Path) -> list[Path]:
    return [root / "README.md", root / "CONTRIBUTING.md", *sorted((root / "developers").glob("*.md"))]


def rendered(path: Path) -> BeautifulSoup:
    text = markdown.markdown(path.read_text(encoding="utf-8"), extensions=["tables", "fenced_code"])
    return BeautifulSoup(text, "html.parser")


def anchors(path: Path) -> set[str]:
    """The ids GitHub gives the headings of a Markdown file."""
    seen: dict[str, int] = {}
    ids = set()
    for heading in rendered(path).find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        slug = github_slug(html.unescape(heading.get_text()), "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        ids.add(slug if count == 0 else f"{slug}-{count}")
    return ids


def broken_links(path: Path, root: Path) -> list[str]:
    """Each relative link or image of the file that reaches no file, or no heading of it."""
    broken = []
    soup = rendered(path)
    targets = [a.get("href") for a in soup.find_all("a")] + [img.get("src") for img in soup.find_all("img")]
    for target in filter(None, targets):
        parts = urlsplit(target)
        if parts.scheme or parts.netloc:
            continue  # an address on the web: the weekly link check (links.yml) follows those
        linked = (path.parent / unquote(parts.path)).resolve() if parts.path else path
        if not linked.exists():
            broken.append(f"{path.relative_to(root)}: {target} — no file {linked}")
        elif parts.fragment and linked.suffix == ".md" and unquote(parts.fragment) not in anchors(linked):
            broken.append(
                f"{path.relative_to(root)}: {target} — no heading #{parts.fragment} in {linked.name}"
            )
    return broken


@pytest.mark.parametrize("path", docs(ROOT), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_reaches_its_file_and_heading(path):
    assert path.exists()
    assert broken_links(path, ROOT) == []


def test_the_developers_docs_are_linked_from_the_readme():
    linked = {a.get("href") for a in rendered(ROOT / "README.md").find_all("a")}
    for path in sorted((ROOT / "developers").glob("*.md")):
        assert f"developers/{path.name}" in {(href or "").split("#")[0] for href in linked}, path.name


def test_the_readme_stays_a_ten_minute_read():
    words = len((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert words < README_MAX_WORDS, (
        f"README.md has {words} words; keep it under {README_MAX_WORDS} and move details to developers/"
    )


def test_a_broken_link_or_anchor_is_found(tmp_path):
    """The check itself: a link to a missing file and one to a missing heading are both reported,
    a good link and anchor are not."""
    (tmp_path / "developers").mkdir()
    (tmp_path / "developers" / "a.md").write_text(
        "# A\n\n## Test suite — `make test`\n\n## Same\n\n## Same\n"
    )
    (tmp_path / "README.md").write_text(
        "[ok](developers/a.md#test-suite--make-test) [ok2](developers/a.md#same-1) [web](https://example.org/x)\n"
        "[gone](developers/gone.md) [bad anchor](developers/a.md#no-such-heading) [self](#nowhere)\n"
    )
    found = broken_links(tmp_path / "README.md", tmp_path)
    assert [line.split(" — ")[0] for line in found] == [
        "README.md: developers/gone.md",
        "README.md: developers/a.md#no-such-heading",
        "README.md: #nowhere",
    ]
