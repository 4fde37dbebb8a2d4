"""Language alternates and crawler files, for both languages.

- Every page gets `alternates` (its counterpart in each language, with absolute and
  page-relative URLs) for the hreflang links, Open Graph locales and the language switch.
- /robots.txt points at the sitemap; /en/sitemap.xml lists the English pages, because
  Material's scripts on English pages look for a sitemap at the English root.
- A pull request preview (SITE_PREVIEW=1) is not for search engines: its robots.txt
  disallows everything and it has no sitemap (its pages carry noindex: latvijaano/data/publication.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from latvijaano import site_context, theme

# Open Graph wants language_TERRITORY; the site's English is British English.
OG_LOCALES = {"lv": "lv_LV", "en": "en_GB"}
DEFAULT_LANGUAGE = "lv"  # also the hreflang x-default


def absolute_url(site_url: str, url: str) -> str:
    """site_url ends with '/'; a File's url is relative to the site root ('./' for the home page)."""
    return site_url + ("" if url in ("", "./", ".") else url)


def page_alternates(page, config) -> list[dict]:
    """The page in every language, Latvian first. A counterpart that is only the
    Latvian text shown on the English side (translation pending) is flagged, so that
    search engines are not told it is an English page."""
    names = theme.language_names(config)
    if not theme.has_alternates(page.file):
        # mkdocs-static-i18n sets File.alternates (not public API); without it no page would have
        # hreflang or a language switch. Fail loudly rather than publish that.
        raise PluginError(
            f"latvijaano/pages/i18n_seo.py: {page.file.src_uri} has no 'alternates' from mkdocs-static-i18n; "
            "check the plugin's release notes"
        )
    alternates = []
    for lang in names:
        file = theme.file_alternates(page.file).get(lang)
        if file is None:
            continue
        alternates.append(
            {
                "lang": lang,
                "name": names[lang],
                "path": file.url,
                "url": absolute_url(config.site_url, file.url),
                "translated": theme.file_language(file, lang) == lang,
            }
        )
    return alternates


def on_page_context(
    context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    lang = config.theme["language"]
    alternates = page_alternates(page, config)
    context["alternates"] = alternates
    context["x_default"] = next((alt["url"] for alt in alternates if alt["lang"] == DEFAULT_LANGUAGE), None)
    context["og_locale"] = OG_LOCALES[lang]
    context["og_locale_alternates"] = [OG_LOCALES[code] for code in OG_LOCALES if code != lang]
    return context


def language_sitemap(root_sitemap: str, site_url: str, lang: str) -> str:
    """Keep only the <url> entries whose <loc> is under the language's root (/en/)."""
    prefix = re.escape(site_url + site_context.language_root(lang))
    head, _, rest = root_sitemap.partition("<url>")
    entries = re.findall(r"<url>.*?</url>", "<url>" + rest, flags=re.S)
    kept = [entry for entry in entries if re.search(rf"<loc>{prefix}", entry)]
    return head + "\n".join(kept) + "\n</urlset>\n"


@event_priority(-150)  # after mkdocs-static-i18n (-100) has built both languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if theme.inside_language_build(config):
        return
    site = Path(config.site_dir)
    if site_context.is_preview():
        (site / "robots.txt").write_text("User-agent: *\nDisallow: /\n", encoding="utf-8")
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (site / name).unlink(missing_ok=True)
        return
    (site / "robots.txt").write_text(
        f"User-agent: *\nAllow: /\n\nSitemap: {config.site_url}sitemap.xml\n", encoding="utf-8"
    )
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    # Material's scripts on a language's pages look for a sitemap at that language's root.
    for lang in site_context.LANGUAGES:
        if site_context.language_root(lang):
            (site / site_context.language_root(lang) / "sitemap.xml").write_text(
                language_sitemap(sitemap, config.site_url, lang), encoding="utf-8"
            )
