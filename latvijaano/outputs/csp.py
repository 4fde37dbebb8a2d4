"""A Content-Security-Policy and a referrer policy in the <head> of every built page.

GitHub Pages sets no security headers and lets us set none, so the policy is a
`<meta http-equiv="Content-Security-Policy">`, placed right after `<meta charset>`: a policy
applies only to what comes after it, and nothing may run before it.

The policy allows this site's own files and nothing else (README, "Promises"). An inline
script runs only if the policy names the SHA-256 hash of its exact text, so the hashes are
computed from the page as it is written to disk: this hook's on_post_page runs last of all
(priority -1000), after the minify plugin's on_post_page (priority 0) has rewritten the page and
after mkdocs-static-i18n's (-100), in both languages' builds (the i18n plugin runs every hook
again for each language). The 404 page is a template, not a page: on_post_template does the same
for it. A policy added to the written files in on_post_build would have to run after the i18n
plugin's second build (priority < -100) and read every page back from disk; here each page is
handled once, as a string, on its way out.

JSON data blocks (Material's `<script id="__config" type="application/json">`) are not executed
and need no hash. tests/test_security.py lists the inline scripts we have read and allow; one that
a Material or plugin update adds fails that test by name (its hash would be added here anyway, so
nothing is blocked: the test is there so that new code running on every page is looked at).

Under `mkdocs serve` the dev server injects its own live-reload script into every response, with
a value that differs per request, so no hash can name it: the local preview allows inline scripts
('unsafe-inline', which browsers ignore as soon as a hash is listed, so the served pages list
none). The published build never does.
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from latvijaano import site_context

REFERRER_POLICY = "strict-origin-when-cross-origin"
# Script types a browser executes; any other type (application/json, …) is a data block.
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
# `<script …>…</script>`: a script's text ends at the first `</script` (HTML's rule for raw text).
SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<text>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
STYLE = re.compile(r"<style\b[^>]*>(?P<text>.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
ATTRIBUTE = re.compile(
    r"""\s(?P<name>[\w:-]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?"""
)
CHARSET = re.compile(r"<meta\s+charset=[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
POLICY_META = re.compile(r"<meta\s+http-equiv=[\"']?Content-Security-Policy", re.IGNORECASE)


def attributes(text: str) -> dict[str, str]:
    return {
        m["name"].lower(): m["dq"]
        if m["dq"] is not None
        else m["sq"]
        if m["sq"] is not None
        else (m["bare"] or "")
        for m in ATTRIBUTE.finditer(text)
    }


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script a browser would run, as written in the page."""
    scripts = []
    for match in SCRIPT.finditer(html):
        attrs = attributes(match["attrs"])
        if "src" in attrs or attrs.get("type", "").strip().lower() not in EXECUTABLE_TYPES:
            continue
        scripts.append(match["text"])
    return scripts


def inline_styles(html: str) -> list[str]:
    return [match["text"] for match in STYLE.finditer(html)]


def source_hash(text: str) -> str:
    """The CSP source expression of a text: 'sha256-<base64 of the hash of its UTF-8 bytes>'."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(html: str, serving: bool = False) -> str:
    """The policy for one page: our own origin only, plus the hashes of this page's inline code."""
    if serving:
        scripts = ["'self'", "'unsafe-inline'"]  # the dev server's live-reload script (see above)
    else:
        scripts = ["'self'", *dict.fromkeys(source_hash(text) for text in inline_scripts(html))]
    styles = ["'self'", *dict.fromkeys(source_hash(text) for text in inline_styles(html))]
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", scripts),
        ("style-src", styles),
        ("img-src", ["'self'", "data:"]),  # Material's icons in its stylesheet are data: SVGs
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("worker-src", ["'self'"]),  # the search worker
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
        ("upgrade-insecure-requests", []),
    ]
    return "; ".join(" ".join([name, *sources]) for name, sources in directives)


def with_policy(html: str, serving: bool = False) -> str:
    """The page with its policy and referrer policy right after <meta charset>."""
    if POLICY_META.search(html):
        raise ValueError("the page already has a Content-Security-Policy")
    tags = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(html, serving)}">'
        f'<meta name="referrer" content="{REFERRER_POLICY}">'
    )
    charset = CHARSET.search(html)
    if charset is None:
        raise ValueError("the page has no <meta charset> to put its policy after")
    return html[: charset.end()] + tags + html[charset.end() :]


@event_priority(-1000)  # last: after the minify plugin and every other hook has changed the page
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, site_context.is_serving())


@event_priority(-1000)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html") or not output_content.strip():
        return output_content
    return with_policy(output_content, site_context.is_serving())
