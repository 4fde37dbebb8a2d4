"""Images: a page's `image` (news picture, link preview) has its `image_alt` and sits next to the page,
and every image in a page's text has its alt text.
"""

from __future__ import annotations

from pathlib import Path

from latvijaano.problems import Problem
from latvijaano.rules.outside_content import OTHER_ORIGIN
from latvijaano.rules.page import Page


def front_matter_image_problems(page: Page, root: Path) -> list[Problem]:
    """A page's `image` (news picture, link preview) has its `image_alt` and exists next to the page."""
    image = page.meta.get("image")
    if image is None:
        return []
    problems = []
    alt = page.meta.get("image_alt")
    if not isinstance(alt, str) or not alt.strip():
        problems.append(
            Problem(
                page.path,
                page.line_of_key("image_alt") if "image_alt" in page.meta else page.line_of_key("image"),
                "Attēlam trūkst apraksta: pievienojiet lauku 'image_alt' ar vienu teikumu par to, kas attēlā redzams "
                "(to nolasa ekrāna lasītāji).",
                "The image has no description: add the field 'image_alt' with one sentence on what the image shows "
                "(screen readers read it).",
            )
        )
    if isinstance(image, str) and OTHER_ORIGIN.match(image):
        return problems + [
            Problem(
                page.path,
                page.line_of_key("image"),
                "Attēls no citas vietnes — vietne apsola, ka apmeklētāja pārlūks nesazinās ar citām vietnēm (skatīt lapu „Privātums”); "
                "lejupielādējiet attēlu, ielieciet to blakus lapai un ierakstiet tikai faila nosaukumu.",
                "An image from another site — the site sends its readers to no other site (see the privacy page); "
                "download the image, put it next to the page and write only its file name.",
            )
        ]
    if not isinstance(image, str) or not image.strip():
        return problems
    # An English page also finds an image that sits next to its Latvian counterpart
    # (mkdocs-static-i18n falls back to the Latvian file), as CONTRIBUTING.md advises.
    latvian_page = root / page.path[: -len(f"{page.lang}/{page.rel}")] / "lv" / page.rel
    if any((file.parent / image).is_file() for file in (root / page.path, latvian_page)):
        return problems
    return problems + [
        Problem(
            page.path,
            page.line_of_key("image"),
            f"Attēla fails '{image}' (lauks 'image') nav atrasts blakus lapai — augšupielādējiet to blakus latviešu "
            "lapai vai izlabojiet nosaukumu.",
            f"The image file '{image}' ('image' field) is not found next to the page — upload it next to the "
            "Latvian page or fix the name.",
        )
    ]


def alt_text_problems(page: Page, attrs: dict) -> list[Problem]:
    """An <img> of the rendered page without its alt text."""
    src = attrs.get("src") or ""
    if (attrs.get("alt") or "").strip():
        return []
    return [
        Problem(
            page.path,
            page.line_of(src) if src else page.body_line,
            f"Attēlam '{src}' nav alternatīvā teksta — kvadrātiekavās ierakstiet, kas attēlā redzams: "
            f"![apraksts]({src}).",
            f"The image '{src}' has no alt text — write what it shows in the square brackets: "
            f"![description]({src}).",
        )
    ]
