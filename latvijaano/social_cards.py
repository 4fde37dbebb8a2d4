"""Social cards: a 1200×630 PNG of its own for every page in its language, and the Open Graph /
Twitter image tags that point at it.

A card shows the page's title (in the page's language), its section, the #LatvijaANO emblem
and hashtag on carmine, and the motto line from data/ui.yml. It is drawn with Pillow and the
Noto Sans font shipped in hooks/fonts/ (SIL Open Font License, see hooks/fonts/OFL.txt); the
font only draws cards, it is not a web font of the site.

Where the cards go: site/assets/images/social/<page path>.png, e.g.
    prioritates/sievietes/  -> assets/images/social/prioritates/sievietes.png
    en/prioritates/         -> assets/images/social/en/prioritates.png
    (home)  ''  / 'en/'     -> assets/images/social/index.png / social/en/index.png
Templates get `social_image` (url, alt, width, height, type) for partials/seo.html. A page that
names its own picture in front matter (`image:` + `image_alt:`, as news items may) shares that
picture instead, and gets no card. The 404 page keeps the generic og-image.png.

Cache: a card is named by a hash of everything drawn on it (title, section, motto, hashtag,
language, CARD_VERSION, the fonts and the emblem) and kept in .cache/social/ (gitignored); a
build copies cached cards and draws only new ones, so a rebuild with no change draws none (the
build log says how many it drew). A cached card unused for CACHE_DAYS days is removed. Bump
CARD_VERSION when the drawing code changes.

Why not Material's own social plugin (mkdocs-material 9.8.1, material/plugins/social/plugin.py):
it downloads its fonts from Google Fonts at build time (`_fetch_font_from_google_fonts`,
https://fonts.google.com/download/list?family=...), which this project's builds cannot and must
not reach, and it imports cairosvg (needs the cairo C library) to rasterise logos and icons —
another PyPI package plus a system library for the CI machine. Pillow alone draws our simple
emblem (a rounded square and four quadrilaterals, read from overrides/assets/images/logo.svg),
and lets the title shrink and wrap inside a safe area in our own way.
"""

from __future__ import annotations

import hashlib
import html
import logging
import mimetypes
import os
import posixpath
import re
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mkdocs.plugins import event_priority
from PIL import Image, ImageDraw, ImageFont

from latvijaano import images, news, site_context

log = logging.getLogger(f"mkdocs.hooks.{Path(__file__).stem}")
ROOT = site_context.ROOT
FONTS = Path(__file__).resolve().parent / "fonts"
BOLD = FONTS / "NotoSans-Bold.ttf"
REGULAR = FONTS / "NotoSans-Regular.ttf"
LOGO = ROOT / "overrides" / "assets" / "images" / "logo.svg"
CARDS_FOLDER = "assets/images/social"
CACHE_FOLDER = Path(".cache") / "social"  # relative to the project (mkdocs.yml's folder)
CACHE_DAYS = 30  # a cached card no build has used for this long is removed

# Bump when the drawing below changes: cached cards of the old look are then drawn again.
CARD_VERSION = "2"
WIDTH, HEIGHT = 1200, 630
# A card has two colours, carmine and white, and their blends (the text's smooth edges). It is drawn
# in shades of grey — 0 is carmine, 255 white — and saved with a palette running from carmine to
# white: a PNG of one byte a pixel, several times quicker to compress than full colour.
CARMINE_RGB = (0x9E, 0x30, 0x39)
PALETTE = [round(c + (255 - c) * level / 255) for level in range(256) for c in CARMINE_RGB]
CARMINE, WHITE = 0, 255
# The section line: a pale pink (#F0DFE0), 5.6:1 on carmine (white is 7.2:1).
PALE = 215
MARGIN_X = 80
# Everything drawn stays inside this box (left, top, right, bottom): networks crop the edges.
SAFE_AREA = (MARGIN_X, 56, WIDTH - MARGIN_X, HEIGHT - 48)

EMBLEM_SIZE = 88
HEADER_TOP = SAFE_AREA[1]
HASHTAG_SIZE = 44
SECTION_SIZE = 34
SECTION_STEP = 58  # from the section line's top to the title's first line
# The section line and the title sit together, centred in this band between header and rule.
BAND_TOP = 168
BAND_BOTTOM = 494
TITLE_SIZES = range(76, 43, -4)  # tried in turn, largest first, until the title fits
LINE_HEIGHT = 1.18
TITLE_HEIGHT = BAND_BOTTOM - BAND_TOP - SECTION_STEP  # the most the title's lines may take
MOTTO_SIZE = 30
RULE_TOP = 514
RULE_SIZE = (96, 6)
MOTTO_TOP = 536
ELLIPSIS = "…"


@dataclass(frozen=True)
class Card:
    """What one card shows."""

    title: str
    section: str
    motto: str
    hashtag: str
    lang: str


@dataclass
class Text:
    """One line of text on the card: where it is drawn, and the box its ink covers
    (left, top, right, bottom) in pixels."""

    role: str  # 'hashtag', 'section', 'title', 'motto'
    text: str
    origin: tuple[int, int]
    face: ImageFont.FreeTypeFont
    fill: int  # a shade: CARMINE, WHITE, PALE

    @property
    def box(self) -> tuple[int, int, int, int]:
        left, top, right, bottom = self.face.getbbox(self.text)
        return (self.origin[0] + left, self.origin[1] + top, self.origin[0] + right, self.origin[1] + bottom)


@dataclass
class Layout:
    """Everything on one card, placed."""

    texts: list[Text]
    title_size: int
    truncated: bool  # the title did not fit at the smallest size and ends in '…'
    emblem_box: tuple[int, int, int, int]
    rule_box: tuple[int, int, int, int]

    def boxes(self, role: str) -> list[tuple[int, int, int, int]]:
        return [text.box for text in self.texts if text.role == role]

    def lines(self, role: str) -> list[str]:
        return [text.text for text in self.texts if text.role == role]


# --- Fonts and the emblem -------------------------------------------------------------------


@lru_cache(maxsize=None)
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    # Basic layout: Latvian needs no complex shaping, and the cards must not depend on libraqm.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def svg_polygons(d: str) -> list[list[tuple[float, float]]]:
    """The polygons of an SVG path made of straight lines only (M, L, H, V, Z, and their
    relative forms), as the emblem's path is. Any other command stops the build."""
    tokens = re.findall(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)", d)
    polygons, current, x, y, command = [], [], 0.0, 0.0, None

    def take(count):
        return [float(tokens.pop(0)) for _ in range(count)]

    while tokens:
        if re.fullmatch(r"[A-Za-z]", tokens[0]):
            command = tokens.pop(0)
            if command in "Zz":
                if current:
                    polygons.append(current)
                current = []
                continue
        if command is None or command not in "MmLlHhVv":
            raise ValueError(
                f"logo.svg: path command {command!r} is not supported by latvijaano/social_cards.py"
            )
        if command in "Mm":
            dx, dy = take(2)
            if current:
                polygons.append(current)
            x, y = (x + dx, y + dy) if command == "m" else (dx, dy)
            current = [(x, y)]
            command = "l" if command == "m" else "L"  # further pairs are line-tos
            continue
        if command in "Ll":
            dx, dy = take(2)
            x, y = (x + dx, y + dy) if command == "l" else (dx, dy)
        elif command in "Hh":
            (dx,) = take(1)
            x = x + dx if command == "h" else dx
        else:
            (dy,) = take(1)
            y = y + dy if command == "v" else dy
        current.append((x, y))
    if current:
        polygons.append(current)
    return polygons


@lru_cache(maxsize=None)
def emblem(size: int, logo_svg: str) -> Image.Image:
    """The emblem of logo.svg (white rounded square, carmine '#'), drawn at 4× and scaled down
    for smooth edges."""
    view = re.search(r'viewBox="\s*0[\s,]+0[\s,]+([\d.]+)[\s,]+([\d.]+)', logo_svg)
    rect = re.search(r"<rect\b[^>]*>", logo_svg)
    path = re.search(r'<path\b[^>]*\sd="([^"]+)"', logo_svg)
    if not (view and rect and path):
        raise ValueError("logo.svg: expected a viewBox, one <rect> and one <path> (the emblem)")
    box = float(view.group(1))
    radius = float((re.search(r'\srx="([\d.]+)"', rect.group(0)) or [0, 0])[1])
    big = size * 4
    scale = big / box
    shape = Image.new("L", (big, big), 0)  # where the emblem is (its rounded square)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, big - 1, big - 1), radius=radius * scale, fill=255)
    image = Image.new("L", (big, big), WHITE)
    draw = ImageDraw.Draw(image)
    for polygon in svg_polygons(path.group(1)):
        draw.polygon([(px * scale, py * scale) for px, py in polygon], fill=CARMINE)
    image.putalpha(shape)
    return image.resize((size, size), Image.LANCZOS)


@lru_cache(maxsize=None)
def drawing_fingerprint() -> str:
    """What every card's look depends on besides its texts: the code's version, the fonts, the emblem."""
    digest = hashlib.sha256(CARD_VERSION.encode())
    for path in (BOLD, REGULAR, LOGO):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def card_key(card: Card) -> str:
    digest = hashlib.sha256(drawing_fingerprint().encode())
    for text in (card.title, card.section, card.motto, card.hashtag, card.lang):
        digest.update(b"\0" + text.encode("utf-8"))
    return digest.hexdigest()[:32]


# --- Layout -----------------------------------------------------------------------------------


def text_width(text: str, face: ImageFont.FreeTypeFont) -> float:
    return face.getlength(text)


def break_long_word(word: str, face, width: float) -> list[str]:
    """A word wider than the box (a long name or address) is cut into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and text_width(piece + char, face) > width:
            pieces.append(piece)
            piece = char
        else:
            piece += char
    return pieces + [piece] if piece else pieces


def wrap(text: str, face, width: float) -> list[str]:
    """Greedy word wrap; a word that does not fit on a line of its own is broken."""
    lines, line = [], ""
    for word in text.split():
        pieces = [word] if text_width(word, face) <= width else break_long_word(word, face, width)
        for piece in pieces:
            candidate = f"{line} {piece}" if line else piece
            if text_width(candidate, face) <= width:
                line = candidate
            else:
                if line:
                    lines.append(line)
                line = piece
    if line:
        lines.append(line)
    return lines


def ellipsize(line: str, face, width: float) -> str:
    """The line, shortened at a word (or, failing that, a letter) so that '…' fits after it."""
    if text_width(line + ELLIPSIS, face) <= width:
        return line + ELLIPSIS
    words = line.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:–—-") + ELLIPSIS
        if text_width(candidate, face) <= width:
            return candidate
    while line and text_width(line + ELLIPSIS, face) > width:
        line = line[:-1]
    return line + ELLIPSIS


def fit_title(title: str) -> tuple[list[str], int, bool]:
    """The title's lines and font size: the largest size at which it fits the title box;
    at the smallest size, as many lines as fit, the last one ending in '…'."""
    width = SAFE_AREA[2] - SAFE_AREA[0]
    height = TITLE_HEIGHT
    for size in TITLE_SIZES:
        face = font(BOLD, size)
        lines = wrap(title, face, width)
        if len(lines) * round(size * LINE_HEIGHT) <= height:
            return lines, size, False
    size = TITLE_SIZES[-1]
    face = font(BOLD, size)
    lines = wrap(title, face, width)
    keep = max(1, height // round(size * LINE_HEIGHT))
    return lines[: keep - 1] + [ellipsize(lines[keep - 1], face, width)], size, True


def fit_line(text: str, path: Path, size: int) -> str:
    """One line of the header or footer, ellipsized if it is wider than the safe area."""
    face = font(path, size)
    width = SAFE_AREA[2] - SAFE_AREA[0]
    return text if text_width(text, face) <= width else ellipsize(text, face, width)


def layout_card(card: Card) -> Layout:
    """Where everything on the card goes (also what the tests check against the safe area)."""
    left = SAFE_AREA[0]
    lines, size, truncated = fit_title(card.title)
    hashtag_face = font(BOLD, HASHTAG_SIZE)
    ink_top, _, _, ink_bottom = hashtag_face.getbbox(card.hashtag)
    # The hashtag's ink is centred on the emblem, right of it.
    hashtag_y = HEADER_TOP + (EMBLEM_SIZE - (ink_bottom - ink_top)) // 2 - ink_top
    texts = [Text("hashtag", card.hashtag, (left + EMBLEM_SIZE + 28, hashtag_y), hashtag_face, WHITE)]
    step = round(size * LINE_HEIGHT)
    block = (SECTION_STEP if card.section else 0) + len(lines) * step
    top = BAND_TOP + (BAND_BOTTOM - BAND_TOP - block) // 2
    if card.section:
        texts.append(
            Text(
                "section",
                fit_line(card.section, BOLD, SECTION_SIZE),
                (left, top),
                font(BOLD, SECTION_SIZE),
                PALE,
            )
        )
        top += SECTION_STEP
    texts += [
        Text("title", line, (left, top + number * step), font(BOLD, size), WHITE)
        for number, line in enumerate(lines)
    ]
    texts.append(
        Text(
            "motto",
            fit_line(card.motto, REGULAR, MOTTO_SIZE),
            (left, MOTTO_TOP),
            font(REGULAR, MOTTO_SIZE),
            WHITE,
        )
    )
    return Layout(
        texts=texts,
        title_size=size,
        truncated=truncated,
        emblem_box=(left, HEADER_TOP, left + EMBLEM_SIZE, HEADER_TOP + EMBLEM_SIZE),
        rule_box=(left, RULE_TOP, left + RULE_SIZE[0], RULE_TOP + RULE_SIZE[1]),
    )


# --- Drawing ----------------------------------------------------------------------------------

# What every card of one language shares (background, emblem, hashtag, rule, motto) is drawn once.
FRAME_ROLES = ("hashtag", "motto")


@lru_cache(maxsize=8)
def frame(hashtag: str, motto: str) -> Image.Image:
    layout = layout_card(Card(title="", section="", motto=motto, hashtag=hashtag, lang=""))
    image = Image.new("L", (WIDTH, HEIGHT), CARMINE)
    mark = emblem(EMBLEM_SIZE, LOGO.read_text(encoding="utf-8"))
    image.paste(mark, layout.emblem_box[:2], mark)
    draw = ImageDraw.Draw(image)
    for text in layout.texts:
        draw.text(text.origin, text.text, font=text.face, fill=text.fill)
    draw.rectangle(layout.rule_box, fill=WHITE)
    return image


def render_card(card: Card, layout: Layout | None = None) -> Image.Image:
    layout = layout or layout_card(card)
    shades = frame(card.hashtag, card.motto).copy()
    draw = ImageDraw.Draw(shades)
    for text in layout.texts:
        if text.role not in FRAME_ROLES:
            draw.text(text.origin, text.text, font=text.face, fill=text.fill)
    image = Image.frombytes("P", shades.size, shades.tobytes())
    image.putpalette(PALETTE)
    return image


def write_card(card: Card, cache_dir: Path, destination: Path) -> bool:
    """Put the card at `destination`, drawing it only if the cache has no card with the same
    content. Returns True if it was drawn."""
    cached = cache_dir / f"{card_key(card)}.png"
    drawn = False
    if cached.is_file():
        os.utime(cached)  # in use: kept by prune_cache()
    else:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
        render_card(card).save(partial, format="PNG", compress_level=6)
        partial.replace(cached)  # atomic: a parallel build never copies half a card
        drawn = True
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, destination)
    return drawn


def prune_cache(cache_dir: Path, days: int = CACHE_DAYS) -> None:
    """Cards no build has used for `days` days (old titles) leave the cache."""
    limit = time.time() - days * 86400
    for path in cache_dir.glob("*.png"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)


# --- Pages ------------------------------------------------------------------------------------


def card_path(url: str, lang: str) -> str:
    """Where a page's card is published, relative to the site root (see the module docstring)."""
    path = url.strip("/")
    root = site_context.language_root(lang).strip("/")
    if path == root:
        path = f"{root}/index" if root else "index"
    return f"{CARDS_FOLDER}/{path}.png"


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text or "")).strip()


def section_label(page, nav, ui: dict) -> str:
    """The page's section: its navigation section's title ("Prioritātes" / "Priorities"), or for a
    page outside the navigation (a news item) the title of its folder's index page ("Jaunumi" /
    "News"), or for a top-level page the site's own line. Never the same as the title."""
    title = page_title(page, ui)
    label = ""
    parent = getattr(page, "parent", None)
    if parent is not None and getattr(parent, "title", None):
        label = plain(parent.title)
    else:
        # The nearest folder with an index page in the navigation: jaunumi/lapa/2 -> jaunumi.
        indexes = {site_context.path_in_language(p.file.src_uri): p for p in nav.pages}
        folder = posixpath.dirname(site_context.path_in_language(page.file.src_uri))
        while folder and not label:
            index = indexes.get(f"{folder}/index.md")
            label = plain(index.title) if index is not None and index.title else ""
            folder = posixpath.dirname(folder)
    if not label or label == title:
        label = ui["site_title"]
    return "" if label == title else label


def page_title(page, ui: dict) -> str:
    if page.is_homepage or site_context.path_in_language(page.file.src_uri) == "index.md":
        return ui["site_title"]
    return plain(page.meta.get("title") or page.title or "")


def own_image(page, config, files) -> dict | None:
    """A picture the page names in front matter (`image`, `image_alt`), as social_image."""
    image = page.meta.get("image")
    if not isinstance(image, str) or not image.strip():
        return None
    url = news.image_url(page.file, image.strip(), files)
    if url is None:
        return None  # content_checks reports the missing file
    result = {
        "alt": plain(str(page.meta.get("image_alt", "")))
        or plain(page.meta.get("title") or page.title or ""),
        "type": mimetypes.guess_type(url.split("?")[0])[0],
    }
    if "://" in url:
        result["url"] = url
        return result
    result["url"] = config.site_url + url
    target = files.get_file_from_path(
        posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), image.strip()))
    )
    size = images.image_size(Path(target.abs_src_path)) if target and target.abs_src_path else None
    if size:
        result["width"], result["height"] = size
    return result


# --- mkdocs events ----------------------------------------------------------------------------

_jobs: list[tuple[Card, str]] = []  # this language build's cards: (card, path in the site)
_files = None  # this language build's files (on_page_context is not given them)


def on_pre_build(config):
    _jobs.clear()


def on_page_context(context, page, config, nav):
    lang = site_context.build_language(config)
    ui = site_context.ui_for(lang)
    picture = own_image(page, config, _files)
    if picture:
        context["social_image"] = picture
        return context
    title = page_title(page, ui)
    section = section_label(page, nav, ui)
    card = Card(title=title, section=section, motto=ui["motto"], hashtag=ui["hashtag"], lang=lang)
    path = card_path(page.url, lang)
    _jobs.append((card, path))
    alt = ui["social_card_alt"].format(
        title=f"{section}: {title}" if section else title, hashtag=ui["hashtag"], motto=ui["motto"]
    )
    context["social_image"] = {
        "url": config.site_url + path,
        "alt": alt,
        "width": WIDTH,
        "height": HEIGHT,
        "type": "image/png",
    }
    return context


@event_priority(-300)  # after mkdocs-static-i18n (-100) and news.py (-200) have settled the files
def on_files(files, config):
    global _files
    _files = files
    return files


def on_post_build(config):
    """Runs once per language build: draw (or copy from the cache) this language's cards."""
    if not _jobs:
        return
    root = site_context.project_root(config)
    cache_dir = root / CACHE_FOLDER
    site = Path(config.site_dir)
    # Two workers: Pillow releases the GIL while it draws text and compresses PNGs.
    with ThreadPoolExecutor(max_workers=2) as pool:
        drawn = sum(pool.map(lambda job: write_card(job[0], cache_dir, site / job[1]), _jobs))
    log.info(
        "Social cards (%s): %d drawn, %d from the cache %s",
        site_context.build_language(config),
        drawn,
        len(_jobs) - drawn,
        CACHE_FOLDER.as_posix(),
    )
    _jobs.clear()
    prune_cache(cache_dir)
