"""Drafts, scheduled items and pull request previews.

- `draft: true` in a page's front matter keeps the page off the live site.
- A page or news item whose front matter `date` is after the build's "today"
  (site_context.site_date(): SITE_DATE, else today in Riga) is scheduled: it stays off the live
  site until that day. The hourly deploy (.github/workflows/deploy.yml) publishes it then.
- Either holds for the page as a whole: when one language's file is a draft or scheduled, the
  page is left out in both languages (no half-published pair, no hreflang to a missing page).

A live build removes these pages in on_files, after mkdocs-static-i18n (-100) has chosen each
language's files and before latvijaano/news/ (-200) lists the news, so they are in no page, list,
home page teaser, feed, sitemap, search index or navigation. A preview build (SITE_PREVIEW=1)
keeps them and marks them with a banner; every preview page also says that it is a preview
(SITE_PREVIEW_PR=N names the pull request), carries `noindex`, and the preview has no sitemap
(latvijaano/pages/i18n_seo.py). The banners are overrides/partials/preview-banner.html and
overrides/partials/preview-head.html; their texts are in data/ui.yml.

`unpublished(root)` lists the drafts and scheduled items of a tree (scripts/check_content.py
prints them).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE

from latvijaano import build_context, site_context
from latvijaano.data.dates import latvian_date_in, local_date
from latvijaano.problems import Problem

# Under "mkdocs", so that a strict build counts the warnings.
log = logging.getLogger("mkdocs.hooks.publication")

DRAFT, SCHEDULED = "draft", "scheduled"
# Read with two patterns rather than a YAML parser: every build reads every page's front matter,
# and a broken front matter is reported by the content rules, not here. YAML 1.1 truth values.
DRAFT_LINE = re.compile(r"^draft:\s*['\"]?(true|yes|on)['\"]?\s*(#.*)?$", re.M | re.I)
DATE_LINE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})['\"]?\s*(#.*)?$", re.M)
# Markdown links and images, inline `](target)` and reference `[id]: target`.
LINK = re.compile(r"\]\(\s*<?(?P<inline>[^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(?P<ref>[^\s>]+)", re.M)


@dataclass(frozen=True)
class Unpublished:
    """A source file that is not on the live site (yet)."""

    path: str  # relative to the repository root: 'docs/lv/jaunumi/2026-11-20-x.md'
    kind: str  # DRAFT or SCHEDULED
    date: dt.date | None  # the front matter date, if any

    def __str__(self) -> str:
        when = f" ({self.date.isoformat()})" if self.date else ""
        label = "Melnraksts / Draft" if self.kind == DRAFT else "Plānots / Scheduled"
        return f"{label}: {self.path}{when}"


def state_of(text: str, today: dt.date) -> tuple[str | None, dt.date | None]:
    """(DRAFT, SCHEDULED or None, the front matter date) of a Markdown source."""
    match = YAML_RE.match(text)
    front_matter = match.group(1) if match else ""
    found = DATE_LINE.search(front_matter)
    try:
        date = dt.date.fromisoformat(found.group(1)) if found else None
    except ValueError:  # not a real date: the content rules and the news schema say so
        date = None
    if DRAFT_LINE.search(front_matter):
        return DRAFT, date
    if date and date > today:
        return SCHEDULED, date
    return None, date


def scan(docs_dir: Path, today: dt.date):
    """(file, path inside its language folder, kind, date) of every draft and scheduled source."""
    for lang in site_context.LANGUAGES:
        folder = docs_dir / lang
        for path in sorted(folder.rglob("*.md")):
            kind, date = state_of(
                path.read_text(encoding="utf-8", errors="replace"), today
            )  # not UTF-8: the content rules say so
            if kind:
                yield path, path.relative_to(folder).as_posix(), kind, date


def unpublished(root: Path, today: dt.date | None = None) -> list[Unpublished]:
    """Every draft and scheduled source file of the tree at `root` (docs/<lang>/), by path."""
    root = Path(root).resolve()
    return [
        Unpublished(path.relative_to(root).as_posix(), kind, date)
        for path, _, kind, date in scan(root / "docs", today or site_context.site_date())
    ]


def withheld_pages(docs_dir: Path, today: dt.date) -> dict[str, Unpublished]:
    """Pages to leave out, by path inside the language folder ('jaunumi/x.md'). A page is a draft
    if any language's file is; else scheduled for the latest date any language's file gives."""
    pages: dict[str, Unpublished] = {}
    for path, rel, kind, date in scan(Path(docs_dir).resolve(), today):
        item = Unpublished(path.as_posix(), kind, date)
        known = pages.get(rel)
        if known is None or kind == DRAFT or (known.kind == SCHEDULED and date > known.date):
            pages[rel] = item
    return pages


def banner_text(item: Unpublished, lang: str, ui: dict[str, dict[str, str]]) -> str:
    """The page's own banner in a preview: draft, or scheduled for which day."""
    if item.kind == DRAFT:
        return ui["publication_draft"][lang]
    date = latvian_date_in(item.date) if lang == "lv" else local_date(item.date, lang)
    return ui["publication_scheduled"][lang].format(date=date)


def preview_number(environ=None) -> str | None:
    """The pull request a preview shows (SITE_PREVIEW_PR=N), if given."""
    environ = os.environ if environ is None else environ
    value = (environ.get("SITE_PREVIEW_PR") or "").strip()
    if value and not value.isdigit():
        raise site_context.SiteContextError(
            f"SITE_PREVIEW_PR={value!r}: norādiet pull request numuru / "
            f"SITE_PREVIEW_PR={value!r}: set it to the pull request's number"
        )
    return value or None


def prune_nav(nav, withheld: set[str]):
    """mkdocs.yml's nav without the withheld pages (an emptied section goes too)."""
    if isinstance(nav, str):
        return None if nav in withheld else nav
    if isinstance(nav, dict):
        pruned = {}
        for title, value in nav.items():
            kept = prune_nav(value, withheld)
            if kept not in (None, []):
                pruned[title] = kept
        return pruned or None
    if isinstance(nav, list):
        return [kept for item in nav if (kept := prune_nav(item, withheld)) not in (None, {}, [])]
    return nav


# --- mkdocs events ------------------------------------------------------------------------------

STATE = "publication"  # build_context.current().state key: this build's withheld pages, by path in language


def withheld_now() -> dict[str, Unpublished]:
    """This build's drafts and scheduled pages, by path inside the language folder (on_files)."""
    return build_context.current().state.get(STATE, {})


@event_priority(-150)  # after mkdocs-static-i18n (-100), before latvijaano/news/ (-200)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    context = build_context.current()
    withheld = withheld_pages(Path(config.docs_dir), context.today)
    context.state[STATE] = withheld
    if context.preview or not withheld:
        return files
    for file in list(files.documentation_pages()):
        if site_context.path_in_language(file.src_uri) in withheld:
            files.remove(file)
    if config.nav:
        config.nav = prune_nav(config.nav, set(withheld)) or []
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """On the live site, a link to a withheld page would be a broken link (mkdocs' strict build
    stops on it with "not found among documentation files"); say why, and what to do."""
    withheld = withheld_now()
    if build_context.current().preview or not withheld or not page.file.abs_src_path:
        return markdown
    source = Path(page.file.abs_src_path)
    folder = posixpath.dirname(page.file.src_uri)
    for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), 1):
        for match in LINK.finditer(line):
            target = (match["inline"] or match["ref"]).split("#")[0]
            if not target.endswith(".md") or "://" in target:
                continue
            item = withheld.get(
                site_context.path_in_language(posixpath.normpath(posixpath.join(folder, target)))
            )
            if item:
                report_link(display_path(source, config), number, target, item)
    return markdown


def display_path(path: Path, config) -> str:
    root = site_context.project_root(config)
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def report_link(source: str, line: int, target: str, item: Unpublished) -> None:
    if item.kind == DRAFT:
        lv = (
            f"Saite uz '{target}', kas ir melnraksts (draft: true) un publicētajā vietnē nav — "
            f"izņemiet saiti vai publicējiet lapu (izdzēsiet 'draft: true')."
        )
        en = (
            f"Link to '{target}', a draft (draft: true) that is not on the live site — "
            f"remove the link or publish the page (delete 'draft: true')."
        )
    else:
        lv = (
            f"Saite uz '{target}', ko plānots publicēt {item.date.isoformat()}; līdz tam publicētajā "
            f"vietnē tās nav — pievienojiet saiti tajā dienā vai plānojiet arī šo lapu tai pašai dienai."
        )
        en = (
            f"Link to '{target}', scheduled for {item.date.isoformat()} and not on the live site until "
            f"then — add the link on that day, or schedule this page for the same day."
        )
    problem = Problem(source, line, lv, en)
    log.warning(str(problem), extra={"content_problem": problem})


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    context = build_context.current()
    # "Edit this page" is a tool of the editors: in their previews (a pull request's, `make serve`),
    # never on the published site (issue 39; overrides/partials/page-end.html).
    env.globals["edit_links"] = context.preview or site_context.is_serving()
    if not context.preview:
        env.globals["preview"] = None
        return env
    number = preview_number()
    lang = site_context.build_language(config)  # (not context.lang: see latvijaano/data/site_data.py)
    ui = {key: texts[lang] for key, texts in context.ui_strings.items()}
    text = ui["preview_banner"].format(number=number) if number else ui["preview_banner_unnumbered"]
    env.globals["preview"] = {"number": number, "text": text}
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    build = build_context.current()
    item = withheld_now().get(site_context.path_in_language(page.file.src_uri)) if build.preview else None
    context["publication"] = (
        {
            "kind": item.kind,
            "date": item.date,
            "text": banner_text(item, site_context.build_language(config), build.ui_strings),
        }
        if item
        else None
    )
    return context
