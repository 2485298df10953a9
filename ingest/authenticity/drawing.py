"""What a PDF page draws, as pdfium parsed it for the reader: characters with their font, size and
colour, filled shapes and pictures, each with its place in the page's drawing order.

The content checks read this from the page and text page the reader has open, so a page costs them no
second parse. Places are in PDF space (points, y up, before /Rotate), objects inside forms placed where
the form draws them. pdfium is asked per text object for what all its characters share (font, size,
colour, baseline), and per character only for its text object and its box: every call crosses into C,
and a statement page has thousands of characters.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.authenticity.places import PageFrame

MAX_FORM_DEPTH = 15  # forms drawn inside forms are opened this deep (pypdfium2's own limit)
MAX_SKEW = 0.05  # text turned by up to ~3 degrees is upright (a scan's OCR layer follows its skew)

_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_UNREADABLE = frozenset((0, 0xFFFE, 0xFFFF))
_HYPHEN_MARK = 0x02  # pdfium's mark for a hyphen that ends a line
_SPACE = 0x20
_SURROGATES = 0xD800  # from here up, a unit of the page's text is asked for again

# pdfium calls made per character, declared on plain addresses: the typed wrappers' argument checks
# cost more than the calls themselves.
_Address = ctypes.c_void_p


def _plain(function: Any, result: Any, *arguments: Any) -> Callable[..., Any]:
    return ctypes.CFUNCTYPE(result, *arguments)(ctypes.cast(function, ctypes.c_void_p).value or 0)


_text_object = _plain(pdfium_c.FPDFText_GetTextObject, _Address, _Address, ctypes.c_int)
_loose_box = _plain(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, _Address, ctypes.c_int, _Address)

Style = tuple[str, float, str]  # font (without its subset prefix), size to the half point, fill colour


class Char(NamedTuple):  # a tuple: a page has thousands
    text: str
    style: Style
    size: float
    x0: float
    x1: float
    y0: float
    y1: float
    baseline: float
    seq: int  # its text object's place in the drawing order

    @property
    def font(self) -> str:
        return self.style[0]


class Shape(NamedTuple):
    """A filled path."""

    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    lightness: float  # 0 black to 1 white; 1 when the fill cannot be told (a pattern)
    seq: int


@dataclass(frozen=True, slots=True)
class Drawing:
    frame: PageFrame
    chars: list[Char]  # upright characters, spaces left out
    shapes: list[Shape]
    pictures: list[tuple[float, float, float, float]]  # the boxes of the images drawn

    @property
    def image_share(self) -> float:
        """The share of the page area covered by pictures (overlaps counted twice, capped at 1)."""
        frame = self.frame
        right, top = frame.left + frame.width, frame.bottom + frame.height
        covered = sum(
            max(0.0, min(x1, right) - max(x0, frame.left)) * max(0.0, min(y1, top) - max(y0, frame.bottom))
            for x0, y0, x1, y1 in self.pictures
        )
        area = frame.width * frame.height
        return min(1.0, covered / area) if area > 0 else 0.0


def read_drawing(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, number: int) -> Drawing:
    """The page's characters, filled shapes and pictures."""
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    frame = PageFrame(number, left, bottom, right - left, top - bottom, page.get_rotation() % 360)
    objects = _Objects()
    objects.walk(page.raw, None, 0)
    return Drawing(frame, _chars(textpage.raw, objects.texts), objects.shapes, objects.pictures)


Matrix = tuple[float, float, float, float, float, float]


class _Objects:
    """The page's objects in drawing order: text objects' places, filled shapes, pictures."""

    def __init__(self) -> None:
        self.texts: dict[int, int] = {}  # a text object's address: its place in the drawing order
        self.shapes: list[Shape] = []
        self.pictures: list[tuple[float, float, float, float]] = []
        self._seq = 0
        self._fill, self._stroke = ctypes.c_int(), ctypes.c_int()
        self._bounds = [ctypes.c_float() for _ in range(4)]
        self._rgba = [ctypes.c_uint() for _ in range(4)]

    def walk(self, parent: Any, form: Matrix | None, depth: int) -> None:
        """`form`: the matrix placing a form's objects on the page (None on the page itself)."""
        if form is None:
            count, get = pdfium_c.FPDFPage_CountObjects(parent), pdfium_c.FPDFPage_GetObject
        else:
            count, get = pdfium_c.FPDFFormObj_CountObjects(parent), pdfium_c.FPDFFormObj_GetObject
        for index in range(max(0, count)):
            obj = get(parent, index)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            self._seq += 1
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                self.texts[ctypes.cast(obj, ctypes.c_void_p).value or 0] = self._seq
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                pdfium_c.FPDFPath_GetDrawMode(obj, self._fill, self._stroke)
                if self._fill.value != pdfium_c.FPDF_FILLMODE_NONE:
                    self._shape(obj, form)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                box = self._box(obj, form)
                if box is not None:
                    self.pictures.append(box)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                matrix = pdfium_c.FS_MATRIX()
                pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                self.walk(obj, inner if form is None else _then(inner, form), depth + 1)

    def _shape(self, obj: Any, form: Matrix | None) -> None:
        box = self._box(obj, form)
        if box is None:
            return
        red, green, blue, alpha = self._rgba
        if not pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
            self.shapes.append(Shape(*box, colour="unknown", lightness=1.0, seq=self._seq))
        elif alpha.value > 0:  # a transparent fill hides nothing
            rgb = (red.value, green.value, blue.value)
            self.shapes.append(Shape(*box, colour=_hex(rgb), lightness=sum(rgb) / 765, seq=self._seq))

    def _box(self, obj: Any, form: Matrix | None) -> tuple[float, float, float, float] | None:
        """The object's bounds on the page (pdfium gives an object inside a form its bounds there)."""
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *self._bounds):
            return None
        x0, y0, x1, y1 = (v.value for v in self._bounds)
        if form is None:
            return x0, y0, x1, y1
        corners = [_apply(form, x, y) for x in (x0, x1) for y in (y0, y1)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        return min(xs), min(ys), max(xs), max(ys)


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


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


class _TextObject(NamedTuple):
    """What every character of one text object shares."""

    style: Style
    size: float
    baseline: float  # the text object's characters share one baseline
    upright: bool  # level and unmirrored, within MAX_SKEW
    seq: int


def _chars(textpage: Any, places: dict[int, int]) -> list[Char]:
    """The upright characters the page draws (not spaces and line ends), in the text page's order.

    The loop runs once per character of the page: what it calls is bound to local names."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    units = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(units, ctypes.POINTER(ctypes.c_ushort)))
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    box = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
    box_address = ctypes.addressof(box)
    objects = _TextObjects(address, places)
    known, look_up, text_object, loose_box = objects.known.get, objects.look_up, _text_object, _loose_box
    chars: list[Char] = []
    add = chars.append
    for index, unit in enumerate(units[:count]):
        code = unit
        if unit <= _SPACE:
            if unit != _HYPHEN_MARK:
                continue  # spaces, line ends, nothing
            code = ord("-")
        elif unit >= _SURROGATES:  # beyond 16 bits, or left out of the page's text
            code = pdfium_c.FPDFText_GetUnicode(textpage, index)
            if code in _UNREADABLE or code <= _SPACE:
                continue
        obj = text_object(address, index)
        if not obj:
            continue  # a character pdfium generated
        shared = known(obj) or look_up(obj, index)
        if not shared.upright or not loose_box(address, index, box_address):
            continue
        left, top, right, bottom = box[:]
        if chars and chars[-1].x0 == left and chars[-1].x1 == right and chars[-1].seq == shared.seq:
            # One glyph spelt in several letters (a ligature, "fi"): pdfium gives each letter its box.
            chars[-1] = chars[-1]._replace(text=chars[-1].text + chr(code))
            continue
        add(Char(chr(code), shared.style, shared.size, left, right, bottom, top, shared.baseline, shared.seq))
    return chars


_font_size = _plain(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _Address, ctypes.c_int)
_char_matrix = _plain(pdfium_c.FPDFText_GetMatrix, ctypes.c_int, _Address, ctypes.c_int, _Address)
_char_origin = _plain(
    pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int, _Address, ctypes.c_int, _Address, _Address
)
_fill_colour = _plain(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int, *(_Address,) * 5)
_font_of = _plain(pdfium_c.FPDFTextObj_GetFont, _Address, _Address)


class _TextObjects:
    """Each text object's shared style, looked up once, with the ctypes buffers the look-ups fill."""

    def __init__(self, textpage: int | None, places: dict[int, int]) -> None:
        self.known: dict[int, _TextObject] = {}
        self._textpage = textpage
        self._places = places
        self._matrix = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f
        self._origin = (ctypes.c_double * 2)()
        self._rgba = (ctypes.c_uint * 4)()
        self._matrix_at = ctypes.addressof(self._matrix)
        self._origin_at = ctypes.addressof(self._origin)
        self._rgba_at = ctypes.addressof(self._rgba)
        self._fonts: dict[int, str] = {}  # a font's address: its name
        self._colours: dict[tuple[int, ...], str] = {}
        self._styles: dict[Style, Style] = {}  # one tuple per style, shared by its characters

    def look_up(self, obj: int, index: int) -> _TextObject:
        textpage, matrix = self._textpage, self._matrix
        found = _char_matrix(textpage, index, self._matrix_at)
        a, b, c, d, _, _ = matrix[:] if found else (0.0,) * 6
        size = _font_size(textpage, index) * math.hypot(c, d)
        _char_origin(textpage, index, self._origin_at, self._origin_at + 8)
        at = self._rgba_at
        colour = self._colour(self._rgba[:3]) if _fill_colour(obj, at, at + 4, at + 8, at + 12) else "unknown"
        style = (self._font(obj), round(size * 2) / 2, colour)
        shared = self.known[obj] = _TextObject(
            self._styles.setdefault(style, style),
            size,
            self._origin[1],
            a > 0 and d > 0 and abs(b) <= MAX_SKEW * a and abs(c) <= MAX_SKEW * d,
            self._places.get(obj, len(self._places) + 1),
        )
        return shared

    def _colour(self, rgb: list[int]) -> str:
        key = tuple(rgb)
        name = self._colours.get(key)
        if name is None:
            name = self._colours[key] = "#{:02x}{:02x}{:02x}".format(*key)
        return name

    def _font(self, obj: int) -> str:
        font = _font_of(obj)
        if not font:
            return "unknown"
        name = self._fonts.get(font)
        if name is None:
            name = self._fonts[font] = _font_name(ctypes.cast(font, pdfium_c.FPDF_FONT))
        return name


def _font_name(font: Any) -> str:
    length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    name = ctypes.create_string_buffer(max(1, length))
    pdfium_c.FPDFFont_GetBaseFontName(font, name, length)
    return _SUBSET_PREFIX.sub("", name.value.decode("utf-8", "replace")) or "unknown"
