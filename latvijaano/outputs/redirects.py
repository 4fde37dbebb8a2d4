"""Addresses that keep working after a page moves: `extra.redirects` in mkdocs.yml.

    extra:
      redirects:
        padome/prioritates.md: prioritates/index.md   # old page -> new page, inside docs/<lang>/

For every language build, the old page's address (`padome/prioritates/`, `en/padome/prioritates/`)
gets a small HTML file that sends the reader on to the new page: a `<meta http-equiv="refresh">`
to the same site (relative, so it works under any sub-path and needs no script, which the
Content-Security-Policy would block), a visible link in the page's language, `rel="canonical"`
to the new page and `noindex`. It is written after the build, outside the search index, the
sitemap and the navigation.

Why not the mkdocs-redirects plugin: its page carries an inline script (blocked, and reported as a
violation, by the site's Content-Security-Policy) and is in English only, `lang="en"`, on the
Latvian side too.

A redirect from a page that still exists, or to a page that does not, stops the build with a
bilingual problem naming mkdocs.yml.
"""

from __future__ import annotations

import html
import posixpath
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from latvijaano import build_context, site_context
from latvijaano.outputs import csp
from latvijaano.problems import Problem, fail

CONFIG_FILE = "mkdocs.yml"

# What the reader sees for a moment (or without meta refresh); the target page's title follows.
TEXTS = {
    "lv": ("Lapa ir pārvietota", "Šī lapa tagad atrodas šeit:"),
    "en": ("This page has moved", "This page is now here:"),
}

PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{heading}: {title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<h1>{heading}</h1>
<p>{text} <a href="{href}">{title}</a></p>
</body>
</html>
"""


def old_url(path: str) -> str:
    """'padome/prioritates.md' -> 'padome/prioritates/'; 'a/index.md' -> 'a/' (directory URLs)."""
    stem = path.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"


def redirect_map(config) -> dict[str, str]:
    return dict((config.extra or {}).get("redirects") or {})


def config_line(config, old: str) -> int:
    try:
        text = Path(config.config_file_path).read_text(encoding="utf-8")
    except (OSError, TypeError):
        return 1
    return next((n for n, line in enumerate(text.split("\n"), 1) if line.strip().startswith(f"{old}:")), 1)


def problems_in(redirects: dict[str, str], lang: str, page_paths: set[str], config) -> list[Problem]:
    """Each redirect's old path must not be a page any more, and its target must be one."""
    problems = []
    for old, new in redirects.items():
        line = config_line(config, old)
        if not str(old).endswith(".md") or not str(new).endswith(".md"):
            problems.append(
                Problem(
                    CONFIG_FILE,
                    line,
                    f"pāradresācijā '{old}: {new}' abiem ceļiem jābūt .md failiem mapē docs/{lang}/",
                    f"in the redirect '{old}: {new}' both paths must be .md files inside docs/{lang}/",
                )
            )
            continue
        if old in page_paths:
            problems.append(
                Problem(
                    CONFIG_FILE,
                    line,
                    f"pāradresācija no '{old}', bet lapa docs/{lang}/{old} joprojām pastāv — izdzēsiet vai lapu, "
                    "vai pāradresāciju",
                    f"a redirect from '{old}', but the page docs/{lang}/{old} still exists — remove either the "
                    "page or the redirect",
                )
            )
        if new not in page_paths:
            problems.append(
                Problem(
                    CONFIG_FILE,
                    line,
                    f"pāradresācija uz '{new}', bet lapas docs/{lang}/{new} nav — ierakstiet esošas lapas ceļu",
                    f"a redirect to '{new}', but there is no page docs/{lang}/{new} — write the path of a page "
                    "that exists",
                )
            )
    return problems


def redirect_page(lang: str, old: str, target_url: str, title: str, site_url: str) -> str:
    """The HTML written at the old page's address. `target_url`: the new page's URL from the site root."""
    base = site_context.language_root(lang) + old_url(old)
    href = posixpath.relpath(target_url or ".", base or ".")
    href = (
        "./" if href == "." else href + ("/" if target_url.endswith("/") and not href.endswith("/") else "")
    )
    heading, text = TEXTS[lang]
    return PAGE.format(
        lang=lang,
        heading=html.escape(heading),
        text=html.escape(text),
        title=html.escape(title),
        href=html.escape(href),
        canonical=html.escape(site_url.rstrip("/") + "/" + target_url),
    )


STATE = "redirects"  # this build's pages by path in the language folder, in build_context's state


@event_priority(-200)  # after mkdocs-static-i18n (-100) has picked this language's files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    pages: dict[str, File] = {}
    for file in files.documentation_pages():
        pages[site_context.path_in_language(file.src_uri)] = file
    build_context.current().state[STATE] = pages
    lang = site_context.build_language(config)
    fail(problems_in(redirect_map(config), lang, set(pages), config))
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    # Runs once per language build (priority 0: before mkdocs-static-i18n's -100 starts the next
    # language's build and its context); each writes its own language's redirect pages.
    lang = site_context.build_language(config)
    pages: dict[str, File] = build_context.current().state[STATE]
    for old, new in redirect_map(config).items():
        target = pages[new]
        title = target.page.title if target.page is not None and target.page.title else new
        path = Path(config.site_dir) / site_context.language_root(lang) / old_url(old) / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written here, not through on_post_page: the policy goes in as on every page.
        page = csp.with_policy(
            redirect_page(lang, old, target.url, title, config.site_url or "/"), site_context.is_serving()
        )
        path.write_text(page, encoding="utf-8")
