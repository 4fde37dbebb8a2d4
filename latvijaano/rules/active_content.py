"""Content rule: an editor's page carries text, links and images, never active content.

Anything in a page that runs code, sends the reader's input somewhere, changes where the page's
links go or embeds another document is refused, with the reason and what to do instead. The
site's Content-Security-Policy (latvijaano/outputs/csp.py) would block most of it in the browser
anyway; this rule stops it at the source, where an editor can fix it, and keeps it out of the
published files. latvijaano/rules/runner.py calls `tag_problems` for each start tag of a rendered page
(after its rule on content from other sites, which names <iframe>, <style> and outside files).
"""

from __future__ import annotations

import re

from latvijaano.problems import Problem

# Attributes whose value a browser follows as an address.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background")
# Schemes that run code or carry a whole document inside the link. A data: image (<img src>) is
# only a picture and the policy allows it; a data: link opens a document of its own.
CODE_SCHEMES = ("javascript", "vbscript")
# Browsers drop tabs and line breaks inside a URL and ignore leading spaces and control characters.
IGNORED_IN_URL = re.compile(r"[\x00-\x20]")
FORM_TAGS = ("form", "input", "button", "select", "textarea")

# tag -> (the line to look for, Latvian why + what instead, English why + what instead)
REFUSED_TAGS = {
    "script": (
        "Lapā ir <script> — skripti saturā nav atļauti drošības dēļ; izņemiet to (par iegulšanu jautājiet "
        "izstrādātājiem).",
        "The page contains <script> — scripts are not allowed in content, for security; remove it "
        "(ask the developers about embeds).",
    ),
    "form": (
        "Lapā ir veidlapa (<{tag}>) — vietne nevāc lasītāju ievadītus datus, un veidlapa var tos sūtīt citai "
        "vietnei; izņemiet to un ielieciet saiti uz veidlapu tās īpašnieka vietnē vai e-pasta adresi.",
        "The page has a form element (<{tag}>) — the site collects nothing its readers type, and a form can "
        "send it to another site; remove it and link to the form on its owner's site, or give an e-mail address.",
    ),
    "meta": (
        "Lapā ir <meta> — tas var pārsūtīt lasītāju uz citu adresi vai mainīt lapas iestatījumus; lapas "
        "aprakstu un virsrakstu rakstiet galvenē (front matter), pārsūtīšanai ielieciet saiti.",
        "The page has a <meta> tag — it can send the reader to another address or change the page's "
        "settings; write the page's title and description in the front matter, and use a link instead of a "
        "redirect.",
    ),
    "base": (
        "Lapā ir <base> — tas maina, kurp ved visas lapas saites; izņemiet to un rakstiet saites kā parasti.",
        "The page has a <base> tag — it changes where every link on the page leads; remove it and write the "
        "links as usual.",
    ),
    "link": (
        "Lapā ir <link> — tas liek pārlūkam ielādēt vai sagatavot citu failu; izņemiet to (lapai vajadzīgo "
        "pievieno vietnes tēma; jautājiet izstrādātājiem).",
        "The page has a <link> tag — it makes the browser load or prepare another file; remove it (the "
        "site's theme adds what a page needs; ask the developers).",
    ),
    "object": (
        "Lapā ir <{tag}> (iegults spraudnis vai dokuments) — tas var palaist kodu; izņemiet to un ielieciet "
        "saiti uz failu (piemēram, PDF) vai attēlu ar ![apraksts](fails.png).",
        "The page has an <{tag}> (an embedded plug-in or document) — it can run code; remove it and link to "
        "the file (e.g. a PDF) or show a picture with ![description](file.png).",
    ),
    "foreignobject": (
        "Lapā ir SVG ar <foreignObject> — tas ieguļ attēlā HTML; ielieciet SVG kā attēla failu blakus lapai "
        "(![apraksts](attels.svg)), nevis kā kodu lapā.",
        "The page has an SVG with <foreignObject> — it embeds HTML in a picture; put the SVG next to the page "
        "as an image file (![description](picture.svg)), not as code in the page.",
    ),
}
REFUSED_TAGS["embed"] = REFUSED_TAGS["object"]
for _tag in FORM_TAGS[1:]:
    REFUSED_TAGS[_tag] = REFUSED_TAGS["form"]


def url_scheme(value: str) -> str:
    """'javascript' for ' JaVa\tscript:alert(1)' (as a browser reads the address), '' for a relative one."""
    cleaned = IGNORED_IN_URL.sub("", value or "").lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else ""


def tag_problems(page, tag: str, attrs: dict, tag_refused: bool = False) -> list[Problem]:
    """What is active in one start tag of the rendered page (`page`: a latvijaano.rules.page.Page).
    tag_refused: the tag itself is refused already (by the rule on content from other sites)."""
    problems = []
    if tag in REFUSED_TAGS and not tag_refused:
        lv, en = REFUSED_TAGS[tag]
        problems.append(
            Problem(page.path, page.line_of(f"<{tag}", regex=False), lv.format(tag=tag), en.format(tag=tag))
        )
    for name, value in attrs.items():
        if name.startswith("on"):
            problems.append(
                Problem(
                    page.path,
                    page.line_of(rf"\b{re.escape(name)}\s*=", regex=True),
                    f"Lapā ir HTML atribūts '{name}' (JavaScript) — tādi nav atļauti drošības dēļ; izņemiet to.",
                    f"The page has the HTML attribute '{name}' (JavaScript) — not allowed, for security; remove it.",
                )
            )
        if name not in URL_ATTRIBUTES or not value:
            continue
        scheme = url_scheme(value)
        if scheme in CODE_SCHEMES:
            problems.append(
                Problem(
                    page.path,
                    page.line_of(f"{scheme}:"),
                    f"Saite ar '{scheme}:' nav atļauta drošības dēļ (tā palaiž kodu) — izņemiet to vai ielieciet "
                    "parastu https:// saiti.",
                    f"A '{scheme}:' link is not allowed, for security (it runs code) — remove it or put a plain "
                    "https:// link.",
                )
            )
        elif scheme == "data" and not (tag in ("img", "source") and name == "src"):
            problems.append(
                Problem(
                    page.path,
                    page.line_of("data:"),
                    "Saite ar 'data:' adresi nav atļauta — tā atver dokumentu, kas ielikts pašā saitē (tā var "
                    "slēpt kodu); ielieciet failu blakus lapai un saitējiet uz to.",
                    "A 'data:' link is not allowed — it opens a document carried inside the link itself (which can "
                    "hide code); put the file next to the page and link to it.",
                )
            )
    return problems
