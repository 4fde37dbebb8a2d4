"""The English 404 page. GitHub Pages answers every missing address with the one /404.html, which
the default (Latvian) build writes and which speaks both languages. mkdocs-static-i18n builds
each language into the same site folder, so the English build's 404.html would replace it: this
hook writes the English one to en/404.html instead (English menu, search index and footer), and
assets/javascripts/not-found.js, on /404.html, loads it for an address under /en/.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from latvijaano import site_context, theme
from latvijaano.outputs import search_index

TEMPLATE = theme.NOT_FOUND_TEMPLATE


# After every other hook and plugin (the minifier; latvijaano/outputs/csp.py at -1000 puts the
# Content-Security-Policy in): the English page is written as it would have been served.
@event_priority(-1001)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    lang = site_context.build_language(config)
    if template_name != TEMPLATE or lang == site_context.DEFAULT_LANGUAGE:
        return output_content
    target = Path(config.site_dir) / site_context.language_root(lang) / TEMPLATE
    target.parent.mkdir(parents=True, exist_ok=True)
    # English search: the English index, as on every English page (latvijaano/outputs/search_index.py).
    target.write_text(search_index.with_search_base(output_content, lang), encoding="utf-8")
    return ""  # mkdocs writes no empty page: /404.html stays the default language's
