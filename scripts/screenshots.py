"""Screenshots of the site as readers see it, on ONE contact sheet, to review the design at a glance.

    python scripts/screenshots.py [OUT.png] [--pages DIR] [--root PROJECT]   (make screenshots)

Builds the site (strict) into a temporary folder, serves it on 127.0.0.1 under a sub-path (as
GitHub Pages serves previews) and, with headless Chromium (/usr/bin/chromium, or $CHROMIUM),
takes a full-page screenshot of each page type — home, section, priority, news list, news item,
statements list, statement, meetings list, meeting, votes (while the register has entries), open
data, the Council page, contacts, 404 — in Latvian and English, at phone
(390 px) and desktop (1280 px) widths, light and dark. They go on one PNG (Pillow): a row per page
type and language, a column per width and scheme; a long page is cut at a height budget (its top
is what a reader sees first). --pages DIR also keeps every screenshot whole, and the printed view
(print media, A4 width) of a statement, a news item and a priority page in both languages.
The items (news item, statement, meeting) are the newest of the build, whatever they are.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

import local_site  # scripts/, next to this file
from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "preview/"  # served under a sub-path, like a pull request's preview
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}
WIDTHS = {"phone": 390, "desktop": 1280}
SCHEMES = ("light", "dark")
# Each cell: the screenshot scaled to this width, cut at this height (pixels on the sheet).
CELL_WIDTH = {"phone": 220, "desktop": 440}
CELL_HEIGHT = 640
PRINTED = ("statement", "news item", "priority")
A4_WIDTH = 794  # CSS pixels of an A4 page's width at 96 dpi
LABEL_WIDTH = 170
HEADER_HEIGHT = 36
GAP = 8
FONT = ROOT / "latvijaano" / "outputs" / "cards" / "fonts" / "NotoSans-Regular.ttf"


def chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("Chromium not found: set CHROMIUM=/path/to/chromium")


def newest_item(site_dir: Path, folder: str) -> str | None:
    """The newest item of a dated folder (jaunumi/2026-11-03-slug/ ...), as a path in the site."""
    items = sorted((p.parent.name for p in (site_dir / folder).glob("[0-9]*/index.html")), reverse=True)
    return f"{folder}/{items[0]}/" if items else None


def page_types(site_dir: Path) -> dict[str, str]:
    """Page type -> path inside a language root; types this build has no page for are left out."""
    pages = {
        "home": "",
        "section": "padome/prioritates/",
        "priority": next(
            (
                f"prioritates/{p.parent.name}/"
                for p in sorted((site_dir / "prioritates").glob("*/index.html"))
            ),
            None,
        ),
        "news list": "jaunumi/",
        "news item": newest_item(site_dir, "jaunumi"),
        "statements": "pazinojumi/",
        "statement": newest_item(site_dir, "pazinojumi"),
        "meetings": "sanaksmes/",
        "meeting": newest_item(site_dir, "sanaksmes"),
        "votes": "balsojumi/",
        "open data": "dati/",
        "Council": "padome/",
        "contacts": "kontakti/",
        "404": "no-such-page/",
    }
    return {
        name: path
        for name, path in pages.items()
        if path is not None and (name == "404" or (site_dir / path / "index.html").is_file())
    }


def printed(browser, url: str, pages: dict[str, str], out: Path) -> None:
    """The print stylesheet's view of the printed page types, one PNG each (print-<type>-<lang>.png)."""
    context = browser.new_context(viewport={"width": A4_WIDTH, "height": 1123}, color_scheme="light")
    tab = context.new_page()
    tab.emulate_media(media="print")
    for lang, lang_root in LANGUAGE_ROOTS.items():
        for name in PRINTED:
            if name in pages:
                tab.goto(url + lang_root + pages[name], wait_until="networkidle")
                slug = name.replace(" ", "-")
                (out / f"print-{slug}-{lang}.png").write_bytes(tab.screenshot(full_page=True))
    context.close()


def font(size: int):
    try:
        return ImageFont.truetype(str(FONT), size)
    except OSError:
        return ImageFont.load_default()


def cell(png: bytes, device: str) -> Image.Image:
    shot = Image.open(io.BytesIO(png)).convert("RGB")
    width = CELL_WIDTH[device]
    scaled = shot.resize((width, max(1, round(shot.height * width / shot.width))), Image.LANCZOS)
    return scaled.crop((0, 0, width, min(scaled.height, CELL_HEIGHT)))


def contact_sheet(cells: dict, rows: list[tuple[str, str]], columns: list[tuple[str, str]]) -> Image.Image:
    """cells[(page, lang, device, scheme)] -> image; one row per (page, lang), one column per (device, scheme)."""
    widths = [CELL_WIDTH[device] for device, _ in columns]
    sheet = Image.new(
        "RGB",
        (
            LABEL_WIDTH + sum(widths) + GAP * (len(columns) + 1),
            HEADER_HEIGHT + (CELL_HEIGHT + GAP) * len(rows) + GAP,
        ),
        "#d8d8d8",
    )
    draw = ImageDraw.Draw(sheet)
    x = LABEL_WIDTH + GAP
    for (device, scheme), width in zip(columns, widths):
        draw.text((x, 10), f"{WIDTHS[device]} px, {scheme}", fill="#000000", font=font(15))
        x += width + GAP
    for row, (name, lang) in enumerate(rows):
        y = HEADER_HEIGHT + row * (CELL_HEIGHT + GAP)
        draw.text((GAP, y + 4), f"{name}\n{lang.upper()}", fill="#000000", font=font(18))
        x = LABEL_WIDTH + GAP
        for (device, scheme), width in zip(columns, widths):
            image = cells.get((name, lang, device, scheme))
            if image is not None:
                sheet.paste(image, (x, y))
            x += width + GAP
    return sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "screenshots" / "contact-sheet.png")
    parser.add_argument("--pages", type=Path, help="also keep every full-page screenshot in this folder")
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder to build")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.pages:
        args.pages.mkdir(parents=True, exist_ok=True)

    port = local_site.free_port()
    url = f"http://127.0.0.1:{port}/{SUB_PATH}"
    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / "served"
        site_dir = served / SUB_PATH.strip("/")
        result = local_site.build(args.root, site_dir, url)
        if result.returncode != 0:
            sys.exit(f"strict build failed:\n{result.stdout}\n{result.stderr}")
        pages = page_types(site_dir)
        # The server answers a missing address with the site's 404.html, as GitHub Pages does.
        server = local_site.serve(served, port, handler=local_site.not_found_handler(site_dir / "404.html"))
        cells = {}
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
                for device, width in WIDTHS.items():
                    for scheme in SCHEMES:
                        context = browser.new_context(
                            viewport={"width": width, "height": 900 if device == "desktop" else 844},
                            color_scheme=scheme,
                            reduced_motion="reduce",
                        )
                        tab = context.new_page()
                        for lang, lang_root in LANGUAGE_ROOTS.items():
                            for name, path in pages.items():
                                tab.goto(url + lang_root + path, wait_until="networkidle")
                                png = tab.screenshot(full_page=True)
                                cells[(name, lang, device, scheme)] = cell(png, device)
                                if args.pages:
                                    slug = name.replace(" ", "-")
                                    (args.pages / f"{slug}-{lang}-{width}-{scheme}.png").write_bytes(png)
                        context.close()
                if args.pages:
                    printed(browser, url, pages, args.pages)
                browser.close()
        finally:
            server.shutdown()
    rows = [(name, lang) for name in pages for lang in LANGUAGE_ROOTS]
    columns = [(device, scheme) for device in WIDTHS for scheme in SCHEMES]
    contact_sheet(cells, rows, columns).save(args.out, optimize=True)
    print(args.out)


if __name__ == "__main__":
    main()
