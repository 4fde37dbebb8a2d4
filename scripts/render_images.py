"""Render the site's PNG images from its SVG emblem, with headless Chromium (Playwright).

    python scripts/render_images.py

Writes overrides/assets/images/apple-touch-icon.png (180×180, the emblem edge to edge: iOS
rounds the corners itself) and og-image.png (1200×630 social card: emblem and #LatvijaANO,
no motto, so one card serves both languages). Run it again after changing favicon.svg.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

IMAGES = Path(__file__).resolve().parent.parent / "overrides" / "assets" / "images"
CARMINE = "#9e3039"
FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'


def emblem_paths(svg: str) -> str:
    """The emblem's '#' drawing (the <path> of favicon.svg), to redraw it at any size."""
    start = svg.index("<path")
    return svg[start : svg.index("/>", start) + 2]


def apple_touch_icon(path: str) -> str:
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="180" height="180">
      <rect width="64" height="64" fill="{CARMINE}"/><g transform="translate(6.4 6.4) scale(.8)">{path}</g></svg>"""


def og_card(logo_svg: str) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
      html, body {{ margin: 0; }}
      body {{ width: 1200px; height: 630px; display: flex; align-items: center; gap: 60px;
              box-sizing: border-box; padding: 0 100px; background: {CARMINE}; color: #fff;
              font-family: {FONT}; }}
      .emblem {{ width: 260px; height: 260px; flex: none; }}
      .emblem svg {{ width: 100%; height: 100%; display: block; }}
      .name {{ font-size: 92px; font-weight: 700; letter-spacing: -1px; line-height: 1; margin: 0; }}
      .rule {{ width: 120px; height: 10px; background: #fff; margin: 36px 0 30px; }}
      .term {{ font-size: 56px; font-weight: 400; margin: 0; }}
    </style></head><body>
      <div class="emblem">{logo_svg}</div>
      <div><p class="name">#LatvijaANO</p><div class="rule"></div><p class="term">2026–2027</p></div>
    </body></html>"""


def chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("Chromium not found: set CHROMIUM=/path/to/chromium")


def main() -> None:
    favicon = (IMAGES / "favicon.svg").read_text(encoding="utf-8")
    logo = (IMAGES / "logo.svg").read_text(encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 180, "height": 180})
        tab.set_content(f"<body style='margin:0'>{apple_touch_icon(emblem_paths(favicon))}</body>")
        tab.screenshot(path=str(IMAGES / "apple-touch-icon.png"))
        tab.set_viewport_size({"width": 1200, "height": 630})
        tab.set_content(og_card(logo))
        tab.screenshot(path=str(IMAGES / "og-image.png"))
        browser.close()
    for name in ("apple-touch-icon.png", "og-image.png"):
        print(f"{IMAGES / name}: {(IMAGES / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
