"""Where everything on a card goes: the card's size, colours and safe area, its fonts, and the
title's shrinking, wrapping and ellipsis (the tests check the result against the safe area)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONTS = Path(__file__).resolve().parent / "fonts"
BOLD = FONTS / "NotoSans-Bold.ttf"
REGULAR = FONTS / "NotoSans-Regular.ttf"

WIDTH, HEIGHT = 1200, 630
# Shades of grey, 0 carmine and 255 white: drawing.py's palette gives them their colours.
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


@lru_cache(maxsize=None)
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    # Basic layout: Latvian needs no complex shaping, and the cards must not depend on libraqm.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


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
