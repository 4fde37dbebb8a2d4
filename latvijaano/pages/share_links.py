"""Share links on news items, statements and priority pages: X, Facebook, LinkedIn, e-mail,
and — with JavaScript — "copy link" and the phone's own share sheet (Web Share API).

Which pages: mkdocs.yml `extra.share_pages`, patterns of paths inside docs/<lang>/ (one setting
for both languages). The links are plain addresses of each network's share form, prefilled with
the page's title, its absolute address and the hashtag: nothing is loaded from another origin
until the reader clicks one (no script, no counter, no icon from elsewhere; the icons are
Material's, inlined). They open in the same tab, and rel="noreferrer" keeps the network from
learning more than the shared address. overrides/partials/share.html renders them, and
overrides/assets/javascripts/share.js adds the two buttons that need a script.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from urllib.parse import quote, urlencode

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from latvijaano import build_context, site_context
from latvijaano.pages.social_image import plain


def is_shared(path_in_language: str, patterns) -> bool:
    return any(fnmatchcase(path_in_language, pattern) for pattern in patterns or ())


def share_links(title: str, url: str, hashtag: str, ui: dict) -> list[dict]:
    """The share links for one page: name (for the icon and tests), label, href."""
    text = f"{title} {hashtag}"

    def query(params: dict) -> str:
        return urlencode(params, quote_via=quote)  # spaces as %20, which every form understands

    return [
        {
            "name": "x",
            "label": ui["share_x"],
            "icon": "fontawesome/brands/x-twitter",
            "href": "https://x.com/intent/post?" + query({"text": text, "url": url}),
        },
        {
            "name": "facebook",
            "label": ui["share_facebook"],
            "icon": "fontawesome/brands/facebook",
            "href": "https://www.facebook.com/sharer/sharer.php?" + query({"u": url}),
        },
        {
            "name": "linkedin",
            "label": ui["share_linkedin"],
            "icon": "fontawesome/brands/linkedin",
            "href": "https://www.linkedin.com/sharing/share-offsite/?" + query({"url": url}),
        },
        {
            "name": "email",
            "label": ui["share_email"],
            "icon": "material/email-outline",
            "href": "mailto:?"
            + query({"subject": f"{title} — {hashtag}", "body": f"{title}\n{url}\n\n{hashtag}"}),
        },
    ]


def on_page_context(
    context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> TemplateContext:
    patterns = config.extra.get("share_pages")
    if not is_shared(site_context.path_in_language(page.file.src_uri), patterns):
        return context
    lang = site_context.build_language(config)  # (build_context's lang names the first build's in the second)
    ui = {key: texts[lang] for key, texts in build_context.current().ui_strings.items()}
    title = plain(page.meta.get("title") or page.title or "")
    url = page.canonical_url or config.site_url + page.url
    context["share"] = {
        "title": title,
        "url": url,
        "text": f"{title} {ui['hashtag']}",
        "links": share_links(title, url, ui["hashtag"], ui),
    }
    return context
