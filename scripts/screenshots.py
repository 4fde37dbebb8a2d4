"""Screenshots of the site as readers see it, to review the design.

    python scripts/screenshots.py OUT_DIR [--scheme light|dark]

Builds the site (strict) into a temporary folder, serves it on 127.0.0.1 and saves full-page
PNGs of the home page and one priority page, in Latvian and English, at desktop (1280 px)
and phone (390 px) widths, with headless Chromium (/usr/bin/chromium, or $CHROMIUM).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import local_site  # scripts/, next to this file

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"home": "", "priority": "prioritates/sievietes/"}
LANGUAGE_ROOTS = {"lv": "", "en": "en/"}
WIDTHS = {"desktop": 1280, "phone": 390}


def chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("Chromium not found: set CHROMIUM=/path/to/chromium")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder to build")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    port = local_site.free_port()
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        result = local_site.build(args.root, site_dir, url)
        if result.returncode != 0:
            sys.exit(f"strict build failed:\n{result.stdout}\n{result.stderr}")
        server = local_site.serve(site_dir, port)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
                for device, width in WIDTHS.items():
                    context = browser.new_context(
                        viewport={"width": width, "height": 900 if device == "desktop" else 844},
                        device_scale_factor=1 if device == "desktop" else 2,
                        color_scheme=args.scheme,
                        reduced_motion="reduce",
                    )
                    tab = context.new_page()
                    for lang, lang_root in LANGUAGE_ROOTS.items():
                        for name, path in PAGES.items():
                            tab.goto(url + lang_root + path, wait_until="networkidle")
                            target = args.out_dir / f"{name}-{lang}-{device}-{args.scheme}.png"
                            tab.screenshot(path=str(target), full_page=True)
                            print(target)
                    context.close()
                browser.close()
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
