"""Words from a PDF's text layer: pdfium's character boxes grouped by pdfplumber's word rules.

pdfium hands over every character's box about ten times faster than pdfplumber parses a page, and the
words are grouped exactly as pdfplumber's `extract_words(x_tolerance=1.5)` groups them, so the reader
sees the same words it was built on. Where the two differ, pdfium is the better witness: it drops the
second copy of a character drawn twice to look bold, and it marks a hyphen that ends a line.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from statistics import median
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.codes import ExtractionMethod
from ingest.extract.words import PageWords, Word

# pdfplumber's word rules, kept so that words come out as they always have:
WORD_GAP = 1.5  # points between one character's advance and the next one's start that begin a new word
LINE_DRIFT = 3.0  # points between two characters' tops that put them on different lines
UPRIGHT_TOLERANCE = 0.01  # radians: a character turned less than this from level is level
# A word this many times taller than the page's median word is a watermark ("MUSTER" across the page),
# not text of a line.
WATERMARK_HEIGHT = 4.0
# A glyph whose font maps it to no character (pdfminer writes these as `(cid:N)`).
UNMAPPED = "\ufffd"

# Ligatures spelt out as pdfplumber does; pdfium's mark for a hyphen that ends a line is a hyphen.
_SUBSTITUTES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_SUBSTITUTES["\x02"] = "-"
_SPACE = 0x20
_BREAKS = frozenset((_SPACE, 0x0D, 0x0A))  # the only characters pdfium generates: a space, a line end
_UNREADABLE = frozenset((0, 0xFFFE, 0xFFFF))
_NOT_IN_TEXT = 0xFFFE  # what pdfium's page text writes for a character it keeps out of the text

# pdfium's text object lookup, answering a plain address so that objects can be compared cheaply.
_text_object = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
)


class _Char(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool
    order: int  # position in the page's drawing order


@dataclass(frozen=True, slots=True)
class _Style:
    """What every character of one text object shares."""

    size: float  # points, with the text and page matrices applied
    descent: float  # points from the baseline down to the font's descent (negative)
    level: bool  # runs along the unturned page's x axis, so the baseline is a height
    upright: bool  # its baseline is level on the page as displayed (pdfplumber: upside down counts too)


def text_layer_words(page: pdfium.PdfPage, number: int) -> PageWords:
    """The words of one page, level and body-sized: turned margin notes and watermarks are no part of
    any line. In points from the top-left of the page as displayed."""
    width, height = page.get_size()  # as displayed: pdfium turns the size with /Rotate
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage.raw, page)
    finally:
        textpage.close()
    found = list(_words(chars))
    heights = [w.bottom - w.top for w in found]
    limit = WATERMARK_HEIGHT * median(heights) if heights else 0.0
    return PageWords(
        number=number,
        width=float(width),
        height=float(height),
        words=tuple(w for w in found if w.bottom - w.top <= limit),
        method=ExtractionMethod.TEXT,
    )


def image_share(page: pdfium.PdfPage) -> float:
    """The share of the page area covered by images (overlaps counted twice, capped at 1)."""
    left, bottom, right, top = page.get_cropbox()
    area = float((right - left) * (top - bottom))
    if area <= 0:
        return 0.0
    covered = 0.0
    for picture in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        x0, y0, x1, y1 = (float(v) for v in picture.get_bounds())
        covered += max(0.0, min(x1, right) - max(x0, left)) * max(0.0, min(y1, top) - max(y0, bottom))
    return min(1.0, covered / area)


def curve_count(page: pdfium.PdfPage) -> int:
    """Paths that bend (a Bézier segment): vector art, or text drawn as outlines."""
    count = 0
    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        segments = (
            pdfium_c.FPDFPath_GetPathSegment(path.raw, index)
            for index in range(pdfium_c.FPDFPath_CountSegments(path.raw))
        )
        count += any(pdfium_c.FPDFPathSegment_GetType(s) == pdfium_c.FPDF_SEGMENT_BEZIERTO for s in segments)
    return count


def _codes(textpage: Any, count: int) -> list[int]:
    """Each character's code point, in one call unless the page has characters beyond 16 bits.

    The text pdfium hands over in one call writes its mark for a hyphen that ends a line as U+FFFE; that
    character is asked for on its own, as is every character when the page has surrogate pairs.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = list(buffer[:count])
    if any(0xD800 <= unit <= 0xDFFF for unit in units):
        return [pdfium_c.FPDFText_GetUnicode(textpage, index) for index in range(count)]
    return [
        pdfium_c.FPDFText_GetUnicode(textpage, index) if unit == _NOT_IN_TEXT else unit
        for index, unit in enumerate(units)
    ]


def _chars(textpage: Any, page: pdfium.PdfPage) -> list[_Char]:
    """Every character the page draws (not the spaces and line ends pdfium adds), in drawing order.

    A level character's box runs from its origin across the glyph and up from the font's descent below
    the baseline by the font size, as pdfplumber's does, so that text in two fonts on one baseline
    shares a top; a turned one keeps pdfium's box.
    """
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    turn = _Turn(page.get_rotation() % 360, right - left, top - bottom)
    styles = _Styles(textpage, page.get_rotation() % 360)
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    chars: list[_Char] = []
    for index, code in enumerate(_codes(textpage, pdfium_c.FPDFText_CountChars(textpage))):
        if code in _UNREADABLE or not pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box):
            continue
        generated = code in _BREAKS and pdfium_c.FPDFText_IsGenerated(textpage, index) == 1
        if (
            code == _SPACE
            and chars
            and turn.rotation == 0
            and chars[-1].x0 <= box.left - left < chars[-1].x1
            and box.left >= _ink_middle(textpage, chars[-1].order)
        ):
            # A space starts where the previous glyph's advance ends; the glyph's own box may reach
            # further (an overhang), and word gaps are measured from the advance. An advance never ends
            # before the middle of its glyph's ink: a space pdfium places there (as it does after glyphs
            # whose font size is set by the text matrix) says nothing of the advance.
            chars[-1] = chars[-1]._replace(x1=box.left - left)
        if generated:
            continue
        if code in (0x0D, 0x0A):
            continue
        style = styles.of(_text_object(address, index), index)
        text = UNMAPPED if pdfium_c.FPDFText_HasUnicodeMapError(textpage, index) == 1 else chr(code)
        x0, x1, y0, y1 = box.left - left, box.right - left, box.bottom - bottom, box.top - bottom
        if style.level:
            pdfium_c.FPDFText_GetCharOrigin(textpage, index, origin_x, origin_y)
            x0 = min(x1, origin_x.value - left)  # where the advance starts, whatever the glyph's bearing
            y0 = origin_y.value + style.descent - bottom
            y1 = y0 + style.size
        chars.append(turn.char(_SUBSTITUTES.get(text, text), (x0, y0, x1, y1), style, index))
    return chars


def _ink_middle(textpage: Any, index: int) -> float:
    """The horizontal middle of a character's ink (its tight box), in PDF space."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top)
    return (left.value + right.value) / 2


class _Styles:
    """Each text object's style, looked up once per object."""

    def __init__(self, textpage: Any, rotation: int) -> None:
        self._textpage = textpage
        self._rotation = math.radians(rotation)
        self._known: dict[int | None, _Style] = {}
        self._matrix = pdfium_c.FS_MATRIX()
        self._descent = ctypes.c_float()

    def of(self, obj: int | None, index: int) -> _Style:
        style = self._known.get(obj)
        if style is None:
            style = self._known[obj] = self._look_up(obj, index)
        return style

    def _look_up(self, obj: int | None, index: int) -> _Style:
        size = pdfium_c.FPDFText_GetFontSize(self._textpage, index)
        if pdfium_c.FPDFText_GetMatrix(self._textpage, index, self._matrix):
            size *= math.hypot(self._matrix.c, self._matrix.d)
        angle = pdfium_c.FPDFText_GetCharAngle(self._textpage, index)
        # pdfium measures a character's angle clockwise, as /Rotate turns the page for display.
        angle = angle if angle >= 0 else 0.0
        turn = (angle + self._rotation) % math.tau
        font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)) if obj else None
        found = bool(font) and pdfium_c.FPDFFont_GetDescent(font, 1.0, self._descent)
        return _Style(
            size=float(size),
            descent=min(0.0, float(self._descent.value)) * size if found else 0.0,
            level=min(angle, math.tau - angle) < UPRIGHT_TOLERANCE,
            upright=min(turn % math.pi, math.pi - turn % math.pi) < UPRIGHT_TOLERANCE,
        )


@dataclass(frozen=True, slots=True)
class _Turn:
    """From PDF space (y up, unturned) to the page as displayed (y down, turned by /Rotate)."""

    rotation: int
    width: float  # of the unturned page
    height: float

    def char(self, text: str, box: tuple[float, float, float, float], style: _Style, order: int) -> _Char:
        x0, y0, x1, y1 = box
        if self.rotation == 90:
            x0, x1, top, bottom = y0, y1, x0, x1
        elif self.rotation == 180:
            x0, x1, top, bottom = self.width - x1, self.width - x0, y0, y1
        elif self.rotation == 270:
            x0, x1, top, bottom = self.height - y1, self.height - y0, self.width - x1, self.width - x0
        else:
            top, bottom = self.height - y1, self.height - y0
        return _Char(text, x0, x1, top, bottom, style.upright, order)


def _words(chars: list[_Char]) -> Iterator[Word]:
    """The words of the upright runs of characters, in pdfplumber's order: the page's characters are cut
    into runs of one uprightness in drawing order, each run into lines, and the lines into words. A
    turned run (a margin note, a stamp) is no part of any line, but still ends the run before it."""
    run: list[_Char] = []
    for char in chars:
        if run and char.upright != run[-1].upright:
            yield from _run_words(run)
            run = []
        run.append(char)
    if run:
        yield from _run_words(run)


def _run_words(chars: list[_Char]) -> Iterator[Word]:
    """An upright run's words: lines by top, each read left to right. A turned run has none."""
    if not chars[0].upright:
        return
    for line in _lines(chars):
        word: list[_Char] = []
        for char in sorted(line, key=lambda c: c.x0):
            if char.text.isspace():
                yield from _word(word)
                word = []
            elif word and _begins_word(word[-1], char):
                yield from _word(word)
                word = [char]
            else:
                word.append(char)
        yield from _word(word)


def _lines(chars: list[_Char]) -> Iterator[list[_Char]]:
    """Characters clustered by top, each close to the previous, in drawing order."""
    line: list[_Char] = []
    for char in sorted(chars, key=lambda c: c.top):
        if line and char.top - line[-1].top > LINE_DRIFT:
            yield sorted(line, key=lambda c: c.order)
            line = []
        line.append(char)
    if line:
        yield sorted(line, key=lambda c: c.order)


def _begins_word(previous: _Char, char: _Char) -> bool:
    return (
        char.x0 < previous.x0 or char.x0 > previous.x1 + WORD_GAP or abs(char.top - previous.top) > LINE_DRIFT
    )


def _word(chars: list[_Char]) -> Iterator[Word]:
    if not chars:
        return
    text = "".join(c.text for c in chars)
    if text.strip():
        yield Word(
            text=text,
            x0=min(c.x0 for c in chars),
            x1=max(c.x1 for c in chars),
            top=min(c.top for c in chars),
            bottom=max(c.bottom for c in chars),
        )
