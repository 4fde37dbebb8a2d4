"""Drawing a card: the emblem from logo.svg, the frame every card of a language shares, the
card itself, and the name a card is kept under in the cache (a hash of all it shows)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from PIL import Image, ImageDraw

from latvijaano import site_context
from latvijaano.outputs.cards.layout import (
    BOLD,
    CARMINE,
    EMBLEM_SIZE,
    HEIGHT,
    REGULAR,
    WHITE,
    WIDTH,
    Card,
    Layout,
    layout_card,
)

LOGO = site_context.ROOT / "overrides" / "assets" / "images" / "logo.svg"
# Bump when the drawing changes (here or in layout.py): cached cards of the old look are then drawn again.
CARD_VERSION = "2"
# A card has two colours, carmine and white, and their blends (the text's smooth edges). It is drawn
# in shades of grey — 0 is carmine, 255 white (layout.CARMINE, layout.WHITE) — and saved with a
# palette running from carmine to white: a PNG of one byte a pixel, several times quicker to
# compress than full colour.
CARMINE_RGB = (0x9E, 0x30, 0x39)
PALETTE = [round(c + (255 - c) * level / 255) for level in range(256) for c in CARMINE_RGB]


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
                f"logo.svg: path command {command!r} is not supported by latvijaano/outputs/cards/drawing.py"
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
