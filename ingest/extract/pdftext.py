"""Words from a PDF's text layer: pdfium's character boxes grouped by pdfplumber's word rules.

pdfium hands over every character's box about ten times faster than pdfplumber parses a page, and the
words are grouped exactly as pdfplumber's `extract_words(x_tolerance=1.5)` groups them, so the reader
sees the same words it was built on. Where the two differ, pdfium is the better witness: it drops the
second copy of a character drawn twice to look bold, and it marks a hyphen that ends a line.

The characters are handed on with the words (`TextLayer`), each with its text object and pdfium's box,
so that checks of how the page is drawn (authenticity) need not ask pdfium about each of them again.
"""

from __future__ import annotations

import ctypes
import math
import re
import struct
import sys
import unicodedata
from _ctypes import FUNCFLAG_CDECL, FUNCFLAG_PYTHONAPI, CFuncPtr
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby, pairwise
from operator import itemgetter
from statistics import median
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.codes import ExtractionMethod
from ingest.extract.words import PageWords, Word

# pdfplumber's word rules, kept so that words come out as they always have:
WORD_GAP = 1.5  # points between one character's advance and the next one's start that begin a new word
# In small type a space is narrower than `WORD_GAP` ("CR J WHITFIELD" at 5 points): there a gap of this
# part of the character's height begins a word too (a space is about a quarter of it).
SMALL_WORD_GAP = 0.2
# pdfium's boxes are single-precision floats: a gap that is one of those widths to this much is not wider
# than it (pdfplumber measures exactly), or text set with that very character spacing (Tc 1.5) splits at
# some letters and not others.
BOX_PRECISION = 0.001
_WIDEST_WORD_GAP = WORD_GAP + BOX_PRECISION
LINE_DRIFT = 3.0  # points between two characters' tops that put them on different lines
UPRIGHT_TOLERANCE = 0.01  # radians: a character turned less than this from level is level
# A word this many times taller than the page's median word is a watermark ("MUSTER" across the page),
# not text of a line.
WATERMARK_HEIGHT = 4.0
# A word this share of the page's median word's height or less is too small for anyone to read: marks a
# print stream leaves for its own machinery ("*start*deposits and additions" in 1-point type between the
# lines), not text of a line.
UNREADABLE_HEIGHT = 0.25
# A page whose characters are nearly all (this share) turned one quarter on the page as displayed is a
# landscape page stored unturned: it is read turned. `TURNED_SAMPLE` of them have their angle asked.
TURNED_PAGE_SHARE = 0.9
TURNED_PAGE_CHARS = 100  # fewer turned characters are a note or a stamp on an empty page, not its text
TURNED_SAMPLE = 64
TURNED_STEP = 8  # every this many characters tell whether a page is nearly all turned, before all do
OVERLAP = 1.0  # points one word may run into the next on its line before text is looked for under text
# Each of red, green and blue at least this: a colour as light as the paper. Text painted so over nothing
# darker (white on the white page) is in the text layer but shows nothing.
PAPER_LEVEL = 0xF0
# A glyph whose font maps it to no character (pdfminer writes these as `(cid:N)`).
UNMAPPED = "\ufffd"
MAX_FORM_DEPTH = 14  # forms inside forms whose objects are looked at (pypdfium2's `get_objects` default)

# Ligatures spelt out as pdfplumber does; pdfium's mark for a hyphen that ends a line is a hyphen. So is
# every other character a font maps its hyphen glyph to: a soft hyphen (drawn as a hyphen, as Latin-1
# names the glyph), the hyphens of U+2010-2011, and the small and full-width hyphen-minus; and the
# full-width forms of ASCII are ASCII (NFKC), so that a minus or a figure reads as one whatever its code.
_SUBSTITUTES = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in (*range(0xFB00, 0xFB07), 0xFE63, *range(0xFF01, 0xFF5F))
}
_SUBSTITUTES.update(dict.fromkeys((0x02, 0xAD, 0x2010, 0x2011), "-"))
# The digits of Arabic script (Arabic-Indic, and the Eastern forms of Persian and Urdu) are the figures
# 0-9, and the Arabic decimal and thousands separators a point and a comma, as banks of the Middle East
# and South Asia print them on statements otherwise in English or French.
_SUBSTITUTES.update({zero + n: str(n) for zero in (0x0660, 0x06F0) for n in range(10)})
_SUBSTITUTES.update({0x066B: ".", 0x066C: ","})


class _Texts(dict[int, str]):
    """Each code point's text as a word reads it, made once: a page asks it of thousands of characters."""

    def __missing__(self, code: int) -> str:
        text = self[code] = _SUBSTITUTES.get(code) or chr(code)
        return text


_TEXTS = _Texts()
_SPACE = 0x20  # with a line end, the only characters pdfium generates
_UNREADABLE = frozenset((0, 0xFFFE, 0xFFFF))
# Passed over before pdfium is asked where they are (a page has about two a line): unreadable, or a line
# end, drawn or generated.
_PASSED_OVER = _UNREADABLE | {0x0D, 0x0A}
_NOT_IN_TEXT = 0xFFFE  # what pdfium's page text writes for a character it keeps out of the text
# The high byte of a UTF-16 half of a character beyond 16 bits (U+D800-U+DFFF), as a pattern over the
# high bytes of the page's text (where each unit's high byte is, in the machine's order): found in one
# scan, no Python step per character.
_SURROGATE_HIGH_BYTE = re.compile(rb"[\xd8-\xdf]")
_HIGH_BYTE = 1 if sys.byteorder == "little" else 0

# pdfium's calls made once per character, declared on plain addresses and integers: pypdfium2's
# declarations convert every argument through its pointer type, and release Python's lock around each
# call, which costs more than the call on a page's thousands of characters. Holding the lock is safe:
# pdfium is not thread-safe, so it is never called from two threads at once anyway.
_ADDRESS, _INDEX = ctypes.c_void_p, ctypes.c_int


def plain(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A pdfium function declared on plain addresses and integers, called holding Python's lock."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address(function))


def bare(function: Any, restype: Any) -> Any:
    """A pdfium function called on ctypes' own pointers and plain integers (C ints), which it passes
    as they are: no declared argument to convert each through."""
    return ctypes.PYFUNCTYPE(restype)(address(function))


class _IntResult(CFuncPtr):
    """A pdfium function returning a C int (most often a flag), called as `bare` calls it, with no
    result type declared: ctypes then reads the C int as it is (its default), where a declared
    `c_int` is converted through a look-up of ctypes' conversions at every call, which costs about
    as much as the rest of the call on a page's thousands of characters."""

    _flags_ = FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI


def int_result(function: Any) -> Any:
    """A pdfium function returning a C int, declared as `_IntResult`."""
    return _IntResult(address(function))


def pointer_argument(at: int) -> Any:
    """An address as a pointer argument made once, for a call made thousands of times: ctypes passes it
    as it is, where a `c_void_p` is converted again at every call (its type looked up, an argument
    object made and freed)."""
    return ctypes.byref(ctypes.c_char.from_address(at))


def address(pointer: Any) -> int:
    """A pdfium handle's address (0 for none)."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


# The four asked about every character are declared bare: called with a text page made a pointer once,
# an index, and pointers into the arrays they fill, ctypes converts nothing (a third of each call's cost);
# and those returning a C int return it undeclared (`_IntResult`): the text object's address is the one
# result converted.
_loose_box = int_result(pdfium_c.FPDFText_GetLooseCharBox)  # (text page, index, FS_RECTF*)
_origin = int_result(pdfium_c.FPDFText_GetCharOrigin)  # (text page, index, double* x, double* y)
_text_object = bare(pdfium_c.FPDFText_GetTextObject, _ADDRESS)  # (text page, index)
_unmapped = int_result(pdfium_c.FPDFText_HasUnicodeMapError)  # (text page, index)
_generated = int_result(pdfium_c.FPDFText_IsGenerated)  # (text page, index): of spaces with no extent
_page_object_count = plain(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, _ADDRESS)
_page_object = plain(pdfium_c.FPDFPage_GetObject, _ADDRESS, _ADDRESS, _INDEX)
_form_object_count = plain(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int, _ADDRESS)
_form_object = plain(pdfium_c.FPDFFormObj_GetObject, _ADDRESS, _ADDRESS, ctypes.c_ulong)
_object_type = plain(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, _ADDRESS)
_bounds = plain(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, *[_ADDRESS] * 5)
_object_matrix = plain(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int, _ADDRESS, _ADDRESS)
_segment_count = plain(pdfium_c.FPDFPath_CountSegments, ctypes.c_int, _ADDRESS)
_segment = plain(pdfium_c.FPDFPath_GetPathSegment, _ADDRESS, _ADDRESS, _INDEX)
_segment_type = plain(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int, _ADDRESS)
_ink_box = plain(pdfium_c.FPDFText_GetCharBox, ctypes.c_int, _ADDRESS, _INDEX, *[_ADDRESS] * 4)
# ... and once per text object (a page has a few hundred); the first three declared bare as the four
# above: (text page, index), and for the matrix a pointer to the FS_MATRIX it fills.
_font_size = bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_matrix = int_result(pdfium_c.FPDFText_GetMatrix)
_angle = bare(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
_font = plain(pdfium_c.FPDFTextObj_GetFont, _ADDRESS, _ADDRESS)
fill_colour = plain(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int, *[_ADDRESS] * 5)
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_POINT = struct.Struct("2d")
_MATRIX = struct.Struct("6f")  # FS_MATRIX: a, b, c, d, e, f
_descent = plain(pdfium_c.FPDFFont_GetDescent, ctypes.c_int, _ADDRESS, ctypes.c_float, _ADDRESS)

# A character as the word rules read it: (text, x0, x1, top, bottom, upright, order, obj, box), where
# order is its index on pdfium's text page (the drawing order), obj the address of its text object, and
# box pdfium's loose box (left, top, right, bottom) in PDF space, for checks of how the page is drawn. A
# plain tuple: a page has thousands.
Char = tuple[str, float, float, float, float, bool, int, int | None, tuple[float, float, float, float]]
Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f
Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF space
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_NO_FILL = pdfium_c.FPDF_FILLMODE_NONE


class _NoObject:
    """Before a page's first character: no text object's style is known yet (None is an object: none)."""


_NO_OBJECT = _NoObject()
_TEXT, _TOP, _UPRIGHT, _READING = itemgetter(0), itemgetter(3), itemgetter(5), itemgetter(1, 6)


class _Blank(dict[str, bool]):
    """Whether a character's text is blank (`str.isspace`), found once per text: a page asks it of
    thousands of characters."""

    def __missing__(self, text: str) -> bool:
        blank = self[text] = text.isspace()
        return blank


_BLANK = _Blank()


class _Style(NamedTuple):
    """What every character of one text object shares (a tuple, unpacked once per character)."""

    level: bool  # runs along the unturned page's x axis, so the baseline is a height
    size: float  # points, with the text and page matrices applied
    descent: float  # points from the baseline down to the font's descent (negative)
    upright: bool  # its baseline is level on the page as displayed (pdfplumber: upside down counts too)


class TextObject(NamedTuple):
    """What pdfium says of one text object, asked once (on its first character), for the checks of how
    the page is drawn."""

    font_size: float  # as the content stream sets it, before any matrix
    matrix: Matrix | None  # its characters' (text and page matrices): the translation is their origin
    font: int  # its font's address (0: none)
    fill: int  # its fill colour as 0xRRGGBB (what glyphs are painted in), -1 when pdfium cannot tell


class TextRun(NamedTuple):
    """The characters of one text object that follow one another on the text page, spaces and controls
    left out, with the extent of their boxes (pdfium's loose boxes, PDF space)."""

    obj: int  # the text object's address
    chars: list[Char]
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class TextLayer:
    """One pass over a page's text page: the reader's words, and every character the page draws for the
    checks that look at how it is drawn (authenticity), so that pdfium is asked about each character once:
    the characters, their runs by text object, and what each text object is drawn with."""

    words: PageWords
    chars: tuple[Char, ...]  # in drawing order; spaces kept, line ends left out
    objects: dict[int | None, TextObject] = field(default_factory=dict)
    by_object: tuple[TextRun, ...] = ()  # `runs`, cut as the characters were read

    def runs(self) -> list[TextRun]:
        """The characters drawn (not spaces or controls) cut where the text object changes, each run
        with its loose boxes' extent, in drawing order; characters of no text object make no run."""
        return list(self.by_object)


def read_text_layer(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int) -> TextLayer:
    """The page's characters and its words, level and body-sized, on the page: turned margin notes,
    watermarks and type too small to read are no part of any line, and words drawn wholly outside the
    crop box are never shown. Words in points from the top-left of the page as displayed."""
    width, height = page.get_size()  # as displayed: pdfium turns the size with /Rotate
    rotation = page.get_rotation() % 360
    chars, objects, runs = _chars(textpage.raw, page, rotation)
    turned = _turned_text(textpage.raw, chars, rotation)
    if turned != rotation:
        # A landscape page stored unturned, its text running up or down the page: read as it reads.
        chars, objects, runs = _chars(textpage.raw, page, turned)
        width, height = height, width
    found = _shown_words(chars, width, height)
    hidden: set[int] = set()
    if overlapping := _overlapping(runs):
        # Text run on past its cell under the next cell's: the clip that hides it is asked only here,
        # as every object of most pages has one.
        hidden = _clipped_out(page, overlapping)
    if pale := [run for run in runs if _pale(objects[run.obj].fill)]:
        hidden |= _on_paper(page, pale)
    if hidden:
        found = _shown_words([c for c in chars if c[6] not in hidden], width, height)
    heights = [w.bottom - w.top for w in found]
    usual = median(heights) if heights else 0.0
    least, limit = UNREADABLE_HEIGHT * usual, WATERMARK_HEIGHT * usual
    words = PageWords(
        number=number,
        width=float(width),
        height=float(height),
        words=tuple(w for w in found if least < w.bottom - w.top <= limit),
        method=ExtractionMethod.TEXT,
    )
    return TextLayer(words, tuple(chars), objects, tuple(runs))


def _shown_words(chars: list[Char], width: float, height: float) -> list[Word]:
    """The words of these characters not drawn wholly outside the page (of `width` and `height`)."""
    return [w for w in _words(chars) if w.x1 > 0 < w.bottom and w.x0 < width and w.top < height]


def _overlapping(runs: list[TextRun]) -> list[TextRun]:
    """The text objects' runs whose characters run into those of the one drawn next on their line by
    more than a sliver (`OVERLAP`), both of each pair: a cell's text run on under the next cell's."""
    pairs = [
        (a, b)
        for a, b in pairwise(runs)
        if a.x1 > b.x0 + OVERLAP and b.x1 > a.x0 + OVERLAP and -LINE_DRIFT < b.y0 - a.y0 < LINE_DRIFT
    ]
    return [run for pair in pairs for run in pair]


def _clipped_out(page: pdfium.PdfPage, runs: list[TextRun]) -> set[int]:
    """The characters (by drawing order) whose middle lies outside their text object's clip: a report
    generator clips a cell's text to the cell, and what runs past it is not drawn, though the text layer
    holds it."""
    hidden: set[int] = set()
    forms: dict[int, Matrix | None] | None = None
    for run in runs:
        clip = pdfium_c.FPDFPageObj_GetClipPath(ctypes.cast(run.obj, pdfium_c.FPDF_PAGEOBJECT))
        box = clip_box(clip) if clip else None
        if box is None or _inside(run, box):
            continue
        if forms is None:  # a clip inside a form is in the form's space: the page's forms walked once
            forms = {obj: form for obj, _, form in page_objects(page)}
        if (form := forms.get(run.obj)) is not None and _inside(run, box := placed_box(box, form)):
            continue
        left, bottom, right, top = box
        for char in run.chars:
            box_left, box_top, box_right, box_bottom = char[8]
            x, y = (box_left + box_right) / 2, (box_top + box_bottom) / 2
            if not (left <= x <= right and bottom <= y <= top):
                hidden.add(char[6])
    return hidden


def _pale(fill: int) -> bool:
    """Whether a fill colour (0xRRGGBB, -1 unknown) is as light as the paper."""
    return fill >= 0 and min(fill >> 16, fill >> 8 & 0xFF, fill & 0xFF) >= PAPER_LEVEL


def _on_paper(page: pdfium.PdfPage, runs: list[TextRun]) -> set[int]:
    """The characters (by drawing order) of these runs, painted in a colour as light as the paper, that
    lie over nothing darker: white text on the white page shows nothing, though the text layer holds it
    (hidden text). The same white over a picture, a shading or a filled shape (a heading on a dark band)
    is what the page shows. A run in another render mode (outlined, or invisible as an OCR layer over a
    scan) is not judged by its fill."""
    painted = (pdfium_c.FPDF_TEXTRENDERMODE_FILL, pdfium_c.FPDF_TEXTRENDERMODE_FILL_CLIP)
    runs = [
        run
        for run in runs
        if pdfium_c.FPDFTextObj_GetTextRenderMode(ctypes.cast(run.obj, pdfium_c.FPDF_PAGEOBJECT)) in painted
    ]
    if not runs:
        return set()
    grounds = [placed_bounds(obj, form) for obj, kind, form in page_objects(page) if _ground(obj, kind)]
    hidden: set[int] = set()
    for run in runs:
        for char in run.chars:
            box_left, box_top, box_right, box_bottom = char[8]
            x, y = (box_left + box_right) / 2, (box_top + box_bottom) / 2
            if not any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in grounds):
                hidden.add(char[6])
    return hidden


def _ground(obj: int, kind: int) -> bool:
    """Whether an object can be what light text shows against: a picture, a shading, or a shape filled
    in a colour darker than the paper (or one pdfium cannot tell)."""
    if kind in (_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING):
        return True
    if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
        return False
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(handle, fill_mode, stroke) or fill_mode.value == _NO_FILL:
        return False
    rgba = (ctypes.c_uint * 4)()
    at = ctypes.addressof(rgba)
    if not fill_colour(obj, at, at + 4, at + 8, at + 12):
        return True
    return not _pale(rgba[0] << 16 | rgba[1] << 8 | rgba[2])


def _inside(run: TextRun, box: Box) -> bool:
    """Whether the run's extent lies inside the box (left, bottom, right, top)."""
    return box[0] <= run.x0 and run.x1 <= box[2] and box[1] <= run.y0 and run.y1 <= box[3]


def clip_box(clip: Any) -> Box | None:
    """Where a clip path lets an object draw: the box its paths' points share (each path clips)."""
    point_x, point_y = ctypes.c_float(), ctypes.c_float()
    left, bottom, right, top = -math.inf, -math.inf, math.inf, math.inf
    for path in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for index in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, path)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, index)
            if pdfium_c.FPDFPathSegment_GetPoint(segment, point_x, point_y):
                xs.append(point_x.value)
                ys.append(point_y.value)
        if xs:
            left, bottom = max(left, min(xs)), max(bottom, min(ys))
            right, top = min(right, max(xs)), min(top, max(ys))
    return None if left == -math.inf else (left, bottom, right, top)


def placed_box(box: Box, form: Matrix) -> Box:
    """A box of a form's space (left, bottom, right, top) on the page."""
    corners = [_apply(form, x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _turned_text(textpage: Any, chars: list[Char], rotation: int) -> int:
    """The page's turn for display (degrees clockwise) under which its text reads level: its /Rotate,
    unless nearly all of its characters run up or down the page as displayed, at one quarter turn."""
    sample = chars[::TURNED_STEP]
    if sum(map(_UPRIGHT, sample)) > (1 - TURNED_PAGE_SHARE) * len(sample):
        return rotation  # the common case, told from a sample at C speed
    drawn = [char for char in chars if not _BLANK[char[0]]]
    turned = [char for char in drawn if not char[5]]
    if len(turned) < TURNED_PAGE_CHARS or len(turned) < TURNED_PAGE_SHARE * len(drawn):
        return rotation
    at = pointer_argument(address(textpage))
    step = max(1, len(turned) // TURNED_SAMPLE)
    quarters = set()
    for char in turned[::step]:
        angle = math.degrees(_angle(at, char[6]))
        quarter = round(angle / 90)
        if abs(angle - 90 * quarter) > math.degrees(UPRIGHT_TOLERANCE):
            return rotation  # a diagonal watermark, not a page turned a quarter
        quarters.add(quarter % 4)
    if len(quarters) != 1:
        return rotation
    return -90 * quarters.pop() % 360  # pdfium's angle is clockwise in PDF space: turned back


def text_layer_words(page: pdfium.PdfPage, number: int) -> PageWords:
    """The words of one page, for a caller without a text page open (`read_text_layer`)."""
    textpage = page.get_textpage()
    try:
        return read_text_layer(page, textpage, number).words
    finally:
        textpage.close()


def font_name(font: int) -> str:
    """The base name pdfium gives a font (its address, as `ObjectFacts.font` holds it), subset tag kept
    ("ABCDEF+Helvetica"); "" for none or a font without a name."""
    if not font:
        return ""
    handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
    length = pdfium_c.FPDFFont_GetBaseFontName(handle, None, 0)
    if not length:
        return ""
    name = ctypes.create_string_buffer(length)
    pdfium_c.FPDFFont_GetBaseFontName(handle, name, length)
    return name.value.decode("utf-8", "replace")


def image_share(page: pdfium.PdfPage) -> float:
    """The share of the page area covered by images, those drawn inside forms placed where the forms
    draw them (overlaps counted twice, capped at 1)."""
    return covered_share(
        page, [placed_bounds(o, form) for o, kind, form in page_objects(page) if kind == _IMAGE]
    )


def covered_share(page: pdfium.PdfPage, boxes: Iterable[Box]) -> float:
    """The share of the page's visible area (its crop box) that the boxes cover, overlaps counted twice,
    capped at 1. Boxes are (left, bottom, right, top) in PDF space."""
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    area = (right - left) * (top - bottom)
    if area <= 0:
        return 0.0
    covered = sum(
        max(0.0, min(x1, right) - max(x0, left)) * max(0.0, min(y1, top) - max(y0, bottom))
        for x0, y0, x1, y1 in boxes
    )
    return min(1.0, covered / area)


def curve_count(page: pdfium.PdfPage) -> int:
    """Paths that bend (a Bézier segment): vector art, or text drawn as outlines."""
    count = 0
    for path, kind, _ in page_objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            segments = (_segment(path, index) for index in range(_segment_count(path)))
            count += any(_segment_type(s) == pdfium_c.FPDF_SEGMENT_BEZIERTO for s in segments)
    return count


def page_objects(page: pdfium.PdfPage) -> Iterator[tuple[int, int, Matrix | None]]:
    """Every object the page draws, inside forms too, in drawing order: its address, its type, and the
    matrix placing its form's objects on the page (None for the page's own objects)."""
    yield from _objects_in(_page_object_count, _page_object, address(page.raw), None, depth=0)


def _objects_in(
    count: Any, get: Any, parent: int, form: Matrix | None, depth: int
) -> Iterator[tuple[int, int, Matrix | None]]:
    """A page's or form's objects, as pypdfium2's `get_objects` walks them, without a Python object for
    each of a page's thousands of objects."""
    for index in range(count(parent)):
        obj = get(parent, index)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = _object_type(obj)
        yield obj, kind, form
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            inner = _placement(obj)
            yield from _objects_in(
                _form_object_count,
                _form_object,
                obj,
                inner if form is None else _then(inner, form),
                depth + 1,
            )


def placed_bounds(obj: int, form: Matrix | None) -> Box:
    """An object's bounds on the page (left, bottom, right, top in PDF space): pdfium gives an object
    inside a form its bounds in the form's space, which `form` places on the page."""
    bounds = (ctypes.c_float * 4)()  # left, bottom, right, top
    at = ctypes.addressof(bounds)
    if not _bounds(obj, at, at + 4, at + 8, at + 12):
        raise pdfium.PdfiumError("Failed to locate pageobject.")
    x0, y0, x1, y1 = bounds
    if form is None:
        return x0, y0, x1, y1
    corners = [_apply(form, x, y) for x in (x0, x1) for y in (y0, y1)]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _placement(form: int) -> Matrix:
    matrix = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f
    _object_matrix(form, ctypes.addressof(matrix))
    a, b, c, d, e, f = matrix
    return a, b, c, d, e, f


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    return (
        a * outer[0] + b * outer[2],
        a * outer[1] + b * outer[3],
        c * outer[0] + d * outer[2],
        c * outer[1] + d * outer[3],
        e * outer[0] + f * outer[2] + outer[4],
        e * outer[1] + f * outer[3] + outer[5],
    )


def has_surrogates(units: ctypes.Array[ctypes.c_ushort], count: int) -> bool:
    """Whether the first `count` UTF-16 units hold a half of a character beyond 16 bits."""
    return _SURROGATE_HIGH_BYTE.search(bytes(units)[_HIGH_BYTE : 2 * count : 2]) is not None


def _codes(textpage: Any, count: int) -> list[int]:
    """Each character's code point, in one call unless the page has characters beyond 16 bits.

    The text pdfium hands over in one call writes its mark for a hyphen that ends a line as U+FFFE; that
    character is asked for on its own, as is every character when the page has surrogate pairs.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units: list[int] = buffer[:count]
    if has_surrogates(buffer, count):
        return [pdfium_c.FPDFText_GetUnicode(textpage, index) for index in range(count)]
    if _NOT_IN_TEXT not in units:
        return units
    return [
        pdfium_c.FPDFText_GetUnicode(textpage, index) if unit == _NOT_IN_TEXT else unit
        for index, unit in enumerate(units)
    ]


def _chars(
    textpage: Any, page: pdfium.PdfPage, rotation: int
) -> tuple[list[Char], dict[int | None, TextObject], list[TextRun]]:
    """Every character the page draws (not the spaces and line ends pdfium adds), in drawing order, what
    each text object is drawn with, and the characters' runs by text object (`TextLayer.runs`), cut in
    the same pass: a run's extent kept as its characters come costs less than a second walk.

    A level character's box runs from its origin across the glyph and up from the font's descent below
    the baseline by the font size, as pdfplumber's does, so that text in two fonts on one baseline
    shares a top; a turned one keeps pdfium's box. `rotation`: the page's turn for display, degrees
    clockwise (its /Rotate, or `_turned_text`'s).
    """
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    turn = _Turn(rotation, right - left, top - bottom)
    at = address(textpage)
    styles = _Styles(at, turn.rotation)
    box = pdfium_c.FS_RECTF()
    text_at = pointer_argument(at)
    box_at = ctypes.byref(box)
    origin = (ctypes.c_double * 2)()
    origin_x_at, origin_y_at = ctypes.byref(origin), ctypes.byref(origin, 8)
    # Hot loop: a page has thousands of characters, so pdfium's answers are read into locals once.
    read_box, read_origin, known = _RECT.unpack_from, _POINT.unpack_from, styles.known
    rotation, height = turn.rotation, turn.height
    chars: list[Char] = []
    runs: list[TextRun] = []
    # The run being cut: its text object, its characters drawn, their loose boxes' extent.
    run_obj: int | None = None
    drawn: list[Char] = []
    run_left = run_bottom = run_right = run_top = 0.0
    # The style of the text object of the character before (objects draw their characters in a row).
    style_obj: int | _NoObject | None = _NO_OBJECT
    level = upright = False
    size = descent = 0.0
    # The text object and origin height whose characters' heights were worked out last: the characters
    # of a line of one object share them (written out, not asked again: four sums per character).
    placed_obj: int | _NoObject | None = _NO_OBJECT
    placed_y = y0 = y1 = char_top = char_bottom = 0.0
    append, texts = chars.append, _TEXTS
    for index, code in enumerate(_codes(textpage, pdfium_c.FPDFText_CountChars(textpage))):
        if code in _PASSED_OVER or not _loose_box(text_at, index, box_at):
            continue
        loose = read_box(box)
        box_left, box_top, box_right, box_bottom = loose
        if code == _SPACE:
            if (
                chars
                and rotation == 0
                and chars[-1][1] <= box_left - left < chars[-1][2]
                and box_left >= _ink_middle(at, chars[-1][6])
            ):
                # A space starts where the previous glyph's advance ends; the glyph's own box may reach
                # further (an overhang), and word gaps are measured from the advance. An advance never
                # ends before the middle of its glyph's ink: a space pdfium places there (as it does
                # after glyphs whose font size is set by the text matrix) says nothing of the advance.
                previous = chars[-1]
                chars[-1] = (*previous[:2], box_left - left, *previous[3:])  # its loose box stays
                if drawn and drawn[-1] is previous:
                    drawn[-1] = chars[-1]
            # A space pdfium adds is a point (its loose box is its empty ink box): one drawn spans its
            # advance and its font's height, and is not asked about.
            if not (box_right > box_left and box_top > box_bottom) and _generated(text_at, index) == 1:
                continue
        obj = _text_object(text_at, index)
        if obj != style_obj:
            level, size, descent, upright = known.get(obj) or styles.of(obj, index)
            style_obj = obj
        text = UNMAPPED if _unmapped(text_at, index) == 1 else texts[code]
        x1 = box_right - left
        if level:
            _origin(text_at, index, origin_x_at, origin_y_at)
            origin_x, origin_y = read_origin(origin)
            x0 = origin_x - left  # where the advance starts, whatever the glyph's bearing ...
            x0 = x0 if x0 < x1 else x1  # ... within the glyph (min, as written out: a call per character)
            if obj != placed_obj or origin_y != placed_y:
                y0 = origin_y + descent - bottom
                y1 = y0 + size
                char_top, char_bottom = height - y1, height - y0
                placed_obj, placed_y = obj, origin_y
        else:
            x0, y0, y1 = box_left - left, box_bottom - bottom, box_top - bottom
            char_top, char_bottom = height - y1, height - y0
            placed_obj = _NO_OBJECT
        if rotation:
            x0, x1, char_top, char_bottom = turn.box(x0, y0, x1, y1)
        char = (text, x0, x1, char_top, char_bottom, upright, index, obj, loose)
        append(char)
        if obj != run_obj:
            if drawn:
                runs.append(_run(run_obj, drawn, (run_left, run_bottom, run_right, run_top)))
            run_obj, drawn = obj, []
        if obj and text > " ":
            if drawn:  # the extent as min() and max() find it, written out (a call each per character)
                run_left = box_left if box_left < run_left else run_left
                run_bottom = box_bottom if box_bottom < run_bottom else run_bottom
                run_right = box_right if box_right > run_right else run_right
                run_top = box_top if box_top > run_top else run_top
            else:
                run_left, run_bottom, run_right, run_top = box_left, box_bottom, box_right, box_top
            drawn.append(char)
    if drawn:
        runs.append(_run(run_obj, drawn, (run_left, run_bottom, run_right, run_top)))
    return chars, styles.objects, runs


def _run(obj: Any, drawn: list[Char], extent: tuple[float, float, float, float]) -> TextRun:
    """A run of one text object's characters drawn, with their loose boxes' extent (x0, y0, x1, y1)."""
    return TextRun(obj, drawn, "".join(map(_TEXT, drawn)), *extent)


def _ink_middle(textpage: int, index: int) -> float:
    """The horizontal middle of a character's ink (its tight box), in PDF space."""
    box = (ctypes.c_double * 4)()  # left, right, bottom, top
    at = ctypes.addressof(box)
    _ink_box(textpage, index, *(at + 8 * side for side in range(4)))
    return (box[0] + box[1]) / 2


class _Styles:
    """Each text object's style, looked up once per object and worked out once per kind of object; each
    font's descent once per font."""

    def __init__(self, textpage: int, rotation: int) -> None:
        self._textpage = pointer_argument(textpage)
        self._rotation = math.radians(rotation)
        self.known: dict[int | None, _Style] = {}
        self.objects: dict[int | None, TextObject] = {}
        self._matrix = pdfium_c.FS_MATRIX()
        self._matrix_at = ctypes.byref(self._matrix)
        self._rgba = (ctypes.c_uint * 4)()
        at = ctypes.addressof(self._rgba)
        self._rgba_at = (at, at + 4, at + 8, at + 12)  # where pdfium writes red, green, blue, alpha
        self._descent = ctypes.c_float()
        self._descents: dict[int, float | None] = {}  # per font address: its descent at size 1, if any
        # Per kind of object (font size, matrix but where it places or else angle, font): its style.
        self._kinds: dict[tuple[float, tuple[float, ...] | float | None, int | None], _Style] = {}

    def of(self, obj: int | None, index: int) -> _Style:
        style = self.known.get(obj)
        if style is None:
            style = self.known[obj] = self._look_up(obj, index)
        return style

    def _look_up(self, obj: int | None, index: int) -> _Style:
        font_size = _font_size(self._textpage, index)
        matrix = None
        if _matrix(self._textpage, index, self._matrix_at):
            matrix = _MATRIX.unpack_from(self._matrix)
        font = _font(obj) if obj else None
        rgba = self._rgba
        filled = obj and fill_colour(obj, *self._rgba_at)
        fill = rgba[0] << 16 | rgba[1] << 8 | rgba[2] if filled else -1
        self.objects[obj] = TextObject(font_size, matrix, font or 0, fill)
        # Objects of one kind (a page's cells: one font, size and turn, placed apart) share a style. pdfium
        # works a character's angle out from its matrix, so the angle is asked once per kind, and of each
        # object only where the matrix is not known.
        angle = None if matrix else _angle(self._textpage, index)
        kind = (font_size, matrix[:4] if matrix else angle, font)
        style = self._kinds.get(kind)
        if style is None:
            if angle is None:
                angle = _angle(self._textpage, index)
            style = self._kinds[kind] = self._style(font_size, matrix, angle, font)
        return style

    def _style(self, size: float, matrix: Matrix | None, angle: float, font: int | None) -> _Style:
        if matrix is not None:
            size *= math.hypot(matrix[2], matrix[3])
        # pdfium measures a character's angle clockwise, as /Rotate turns the page for display.
        angle = angle if angle >= 0 else 0.0
        turn = (angle + self._rotation) % math.tau
        descent = self._font_descent(font) if font else None
        return _Style(
            size=float(size),
            descent=min(0.0, descent) * size if descent is not None else 0.0,
            level=min(angle, math.tau - angle) < UPRIGHT_TOLERANCE,
            upright=min(turn % math.pi, math.pi - turn % math.pi) < UPRIGHT_TOLERANCE,
        )

    def _font_descent(self, font: int) -> float | None:
        """The font's descent below the baseline at size 1 (negative); None when pdfium has none."""
        if font in self._descents:
            return self._descents[font]
        found = _descent(font, 1.0, ctypes.addressof(self._descent))
        descent = self._descents[font] = float(self._descent.value) if found else None
        return descent


@dataclass(frozen=True, slots=True)
class _Turn:
    """From PDF space (y up, unturned) to the page as displayed (y down, turned by /Rotate)."""

    rotation: int
    width: float  # of the unturned page
    height: float

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A turned page's box from PDF space: (x0, x1, top, bottom) as displayed."""
        if self.rotation == 90:
            return y0, y1, x0, x1
        if self.rotation == 180:
            return self.width - x1, self.width - x0, y0, y1
        return self.height - y1, self.height - y0, self.width - x1, self.width - x0  # 270


def _words(chars: list[Char]) -> Iterator[Word]:
    """The words of the upright runs of characters, in pdfplumber's order: the page's characters are cut
    into runs of one uprightness in drawing order, each run into lines, and the lines into words. A
    turned run (a margin note, a stamp) is no part of any line, but still ends the run before it."""
    for upright, run in groupby(chars, key=_UPRIGHT):
        if upright:
            for line in _lines(list(run)):
                yield from _line_words(line)


def _line_words(line: list[Char]) -> Iterator[Word]:
    """A line's words, read left to right (the line in reading order, `_lines`): a word ends at a space,
    a step back, a gap wider than `WORD_GAP` or a drift of its top; its box is its characters' extent,
    kept as they come (the line is read once, no list of each word's characters made)."""
    texts: list[str] = []
    x0 = x1 = top = bottom = 0.0  # the word's extent so far (x0: its first character's, the leftmost)
    previous_x0 = previous_x1 = previous_top = 0.0
    # Hot loop (every character of the page): min(), abs() and isspace() written out or looked up.
    blank = _BLANK
    for text, char_x0, char_x1, char_top, char_bottom, _, _, _, _ in line:
        space = blank[text]
        if texts:
            gap = SMALL_WORD_GAP * (char_bottom - char_top) + BOX_PRECISION
            drift = char_top - previous_top
            if (
                space
                or char_x0 < previous_x0
                or char_x0 > previous_x1 + (gap if gap < _WIDEST_WORD_GAP else _WIDEST_WORD_GAP)
                or drift > LINE_DRIFT
                or drift < -LINE_DRIFT
            ):
                if word := _word(texts, x0, x1, top, bottom):
                    yield word
                texts = []
        if space:
            continue
        if texts:  # the extent as max() and min() find it, written out (a call each per character)
            x1 = char_x1 if char_x1 > x1 else x1
            top = char_top if char_top < top else top
            bottom = char_bottom if char_bottom > bottom else bottom
        else:
            x0, x1, top, bottom = char_x0, char_x1, char_top, char_bottom
        texts.append(text)
        previous_x0, previous_x1, previous_top = char_x0, char_x1, char_top
    if texts and (word := _word(texts, x0, x1, top, bottom)):
        yield word


def _word(texts: list[str], x0: float, x1: float, top: float, bottom: float) -> Word | None:
    """The word of these characters, unless they are all blank."""
    text = "".join(texts)
    return Word(text, x0, x1, top, bottom) if text.strip() else None  # positional: a third faster


def _lines(chars: list[Char]) -> Iterator[list[Char]]:
    """Characters clustered by top, each close to the previous, each line in reading order: left to
    right, characters at one x in drawing order (one sort by both, as sorting by drawing order and then,
    stably, by x would)."""
    line: list[Char] = []
    previous_top = 0.0
    for char in sorted(chars, key=_TOP):
        top = char[3]
        if line and top - previous_top > LINE_DRIFT:
            yield sorted(line, key=_READING)
            line = []
        line.append(char)
        previous_top = top
    if line:
        yield sorted(line, key=_READING)
