"""What a PDF page draws, as pdfium parsed it for the reader: characters with their font, size and
colour, filled shapes and pictures, each with its place in the page's drawing order.

The content checks read this from the page the reader has open and the characters its text layer read
(`pdftext.TextLayer`), so a page costs them no second parse and no second question to pdfium about each
of its thousands of characters: pdfium is asked only per text object for what all its characters share
(font, size, colour, baseline), and per path for its fill. Places are in PDF space (points, y up, before
/Rotate), objects inside forms placed where the form draws them.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.authenticity.places import PageFrame
from ingest.extract import pdftext
from ingest.extract.pages import PageObjects, walk_objects
from ingest.extract.pdftext import TextLayer, plain

# A fill less opaque than this (of 255) shows the text under it: a highlight, which hides nothing.
HIDING_ALPHA = 230
MAX_SKEW = 0.05  # text turned by up to ~3 degrees is upright (a scan's OCR layer follows its skew)
LINE_TOLERANCE = 0.35  # baselines within this share of the font size belong to one line

_DIGIT = re.compile(r"\d")
# What every figure holds: an amount's decimal separator, a numeric date's separator.
FIGURE_MARK = re.compile(r"[.,/-]")
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_ADDRESS = ctypes.c_void_p
_NO_MATRIX = (0.0,) * 6
_new = tuple.__new__  # a Char made without its class's Python constructor (a page has thousands)
_BOX, _LEFT = operator.itemgetter(8), operator.itemgetter(0)
_render_mode = plain(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int, ctypes.c_void_p)
# Text render modes that paint nothing: invisible, and added to the clip only.
_UNSEEN_MODES = frozenset({pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP})

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


def extent(chars: Sequence[Char]) -> tuple[float, float, float, float]:
    """The characters' box in PDF space (x0, y0, x1, y1)."""
    return (
        min(c.x0 for c in chars),
        min(c.y0 for c in chars),
        max(c.x1 for c in chars),
        max(c.y1 for c in chars),
    )


def font_names(chars: Iterable[Char]) -> str:
    """The characters' fonts, as a finding's evidence names them."""
    return ", ".join(sorted({c.font for c in chars}))


class Shape(NamedTuple):
    """A filled path."""

    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    lightness: float  # 0 black to 1 white; 1 when the fill cannot be told (a pattern)
    seq: int
    obj: int  # the path object's address
    form: pdftext.Matrix | None  # its form's placement
    even_odd: bool  # filled by the even-odd rule, else by the nonzero winding rule

    def filled_at(self) -> Callable[[float, float], bool]:
        """Whether its fill covers a point of the page. A path of one part fills its box; one of several
        fills, by its fill rule, only where its parts make it (a border drawn as a box with a box cut out
        of it fills the frame between them, not what the frame holds). Each part is taken as its box."""
        parts = _parts(self.obj, self.form)
        if len(parts) < 2:
            return lambda x, y: True
        even_odd = self.even_odd

        def filled(x: float, y: float) -> bool:
            turns = [turn for (x0, y0, x1, y1), turn in parts if x0 <= x <= x1 and y0 <= y <= y1]
            return len(turns) % 2 == 1 if even_odd else sum(turns) != 0

        return filled


class Run:
    """One text object's upright characters (spaces left out): what they share and where they reach,
    judged once; each character is made only for the checks that look at characters."""

    __slots__ = (
        "_chars",
        "baseline",
        "digits",
        "drawn",
        "marked",
        "obj",
        "seq",
        "size",
        "style",
        "text",
        "x0",
        "x1",
        "y0",
        "y1",
    )

    drawn: list[pdftext.Char]  # its characters as the text layer read them, in drawing order

    def __init__(self, run: pdftext.TextRun, style: Style, size: float, baseline: float, seq: int) -> None:
        """`run`'s characters, with what its text object shares: its style, font size (points, with its
        matrix), baseline and place in the drawing order."""
        # Unpacked whole: a page has a hundred objects and more.
        self.obj, self.drawn, text, self.x0, self.y0, self.x1, self.y1 = run
        self.style, self.size, self.baseline, self.seq = style, size, baseline, seq
        self.text = text
        # Most objects without a digit are letters only, which str.isalpha tells faster than a search.
        self.digits = not text.isalpha() and _DIGIT.search(text) is not None
        # A digit and a separator of a figure: only such an object can hold an amount or a numeric date.
        self.marked = self.digits and FIGURE_MARK.search(text) is not None
        self._chars: list[Char] | None = None

    @property
    def chars(self) -> list[Char]:
        """Its characters, in drawing order."""
        if self._chars is None:
            style, size, baseline, seq = self.style, self.size, self.baseline, self.seq
            made = [
                _new(Char, (text, style, size, left, right, bottom, top, baseline, seq))
                for text, _, _, _, _, _, _, _, (left, top, right, bottom) in self.drawn
            ]
            self._chars = _ligatures(made) if len({c.x0 for c in made}) < len(made) else made
        return self._chars

    def pieces(self, gap: float) -> list[tuple[int, int]] | None:
        """Its characters cut where one starts more than `gap` points after the one before it ends, as
        (start, stop) of `chars`, left to right; None unless each character starts right of the one
        before it (then they are in place order, and no two make one glyph: `chars` is `drawn` as is).
        Read from the text layer's boxes, without making the characters, in one pass over them."""
        cuts: list[int] | None = None
        left = right = 0.0
        for index, (x0, _, x1, _) in enumerate(map(_BOX, self.drawn)):
            if index:
                if not x0 > left:  # not rising (a comparison with NaN is no rise either)
                    return None
                if x0 - right > gap:
                    if cuts is None:
                        cuts = [0]
                    cuts.append(index)
            left, right = x0, x1
        if cuts is None:
            return [(0, len(self.drawn))]
        cuts.append(len(self.drawn))
        return list(itertools.pairwise(cuts))

    def in_place_order(self) -> bool:
        """Each character starts right of the one before it (`pieces` is not None)."""
        return _rising(list(map(_LEFT, map(_BOX, self.drawn))))


def unseen(text_object: int) -> bool:
    """Whether a text object (its address) is drawn in a render mode that paints nothing: an OCR layer
    over a scan's picture, or text hidden from the reader's eye."""
    return _render_mode(text_object) in _UNSEEN_MODES


def _rising(values: list[float]) -> bool:
    return all(map(operator.lt, values, itertools.islice(values, 1, None)))


@dataclass(frozen=True, slots=True)
class Drawing:
    frame: PageFrame
    runs: list[Run]  # the upright text, a run per text object, in the text page's order
    shapes: list[Shape]  # the filled ones of a size to hide text (`read_drawing`)
    image_share: float  # of the page, covered by pictures (`pdftext.covered_share`)

    @property
    def chars(self) -> list[Char]:
        """Every upright character, spaces left out."""
        return [c for run in self.runs for c in run.chars]


def read_drawing(
    page: pdfium.PdfPage,
    layer: TextLayer,
    objects: PageObjects | None = None,
    *,
    min_side: float = 0.0,
    max_share: float = math.inf,
) -> Drawing:
    """The page's upright text (from its text layer), its filled shapes and the share of it that
    pictures cover, from the reader's walk over its objects (`objects`; walked here without it). Only the
    filled shapes at least `min_side` points on each side and covering at most `max_share` of the page
    are kept: pdfium is asked the fill of no other."""
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    number = layer.words.number
    frame = PageFrame(number, left, bottom, right - left, top - bottom, page.get_rotation() % 360)
    walked = objects if objects is not None else walk_objects(page)
    area = frame.width * frame.height
    shapes = _filled_shapes(walked.paths, min_side, max_share * area if max_share < math.inf else math.inf)
    return Drawing(frame, _runs(layer, walked.texts), shapes, walked.image_share(page))


class Clips:
    """Where a page's text objects may draw: the box of each one's clip path (PDF space), asked of pdfium
    only for the objects a finding involves. A report generator clips a cell's text to the cell; what
    runs past it is not drawn, though the text layer holds it. One that does not clip paints the next
    cells' backgrounds over it: those characters, once found (`paint_over`), are not drawn either."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self._page = page
        self._forms: dict[int, pdftext.Matrix | None] | None = None  # each text object's form placement
        self._boxes: dict[int, pdftext.Box | None] = {}
        self._painted_over: set[int] = set()  # the characters' ids (each run makes its characters once)

    def paint_over(self, chars: list[Char]) -> None:
        """These characters are hidden by the background of a cell their text runs on into."""
        self._painted_over.update(map(id, chars))

    def shows(self, run: Run, char: Char) -> bool:
        """The character's middle lies inside its text object's clip (or the object has none), and no
        cell's background painted over it."""
        if self._painted_over and id(char) in self._painted_over:
            return False
        box = self._boxes[run.obj] if run.obj in self._boxes else self._box(run.obj)
        if box is None:
            return True
        x, y = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
        return box[0] <= x <= box[2] and box[1] <= y <= box[3]

    def _box(self, obj: int) -> pdftext.Box | None:
        clip = pdfium_c.FPDFPageObj_GetClipPath(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT))
        box = pdftext.clip_box(clip) if clip else None
        if box is not None:
            if self._forms is None:  # a clip inside a form is in the form's space
                self._forms = {o: form for o, kind, form in pdftext.page_objects(self._page)}
            if (form := self._forms.get(obj)) is not None:
                box = pdftext.placed_box(box, form)
        self._boxes[obj] = box
        return box


_draw_mode = plain(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int, _ADDRESS, _ADDRESS, _ADDRESS)
_fill_colour = pdftext.fill_colour
_bounds = plain(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, *(_ADDRESS,) * 5)
_NO_FILL, _EVEN_ODD = pdfium_c.FPDF_FILLMODE_NONE, pdfium_c.FPDF_FILLMODE_ALTERNATE


def _filled_shapes(
    paths: Iterable[tuple[int, pdftext.Matrix | None, int]], min_side: float, max_area: float
) -> list[Shape]:
    """Each of these paths (address, its form's placement, place in the drawing order) that is filled, at
    least `min_side` points on each side, at most `max_area` square points and not see-through."""
    # Hot loop: a page drawn cell by cell has hundreds of paths, so what it asks is read into locals.
    found: list[Shape] = []
    modes, rgba, bounds = (ctypes.c_int * 2)(), (ctypes.c_uint * 4)(), (ctypes.c_float * 4)()
    mode_at = ctypes.addressof(modes)
    at = ctypes.addressof(rgba)
    rgba_at = (at, at + 4, at + 8, at + 12)
    at = ctypes.addressof(bounds)
    bounds_at = (at, at + 4, at + 8, at + 12)
    add = found.append
    for obj, form, seq in paths:
        _draw_mode(obj, mode_at, mode_at + 4)
        mode = modes[0]
        if mode == _NO_FILL:
            continue
        if form is None:  # most paths: their bounds read into one buffer
            if not _bounds(obj, *bounds_at):
                raise pdfium.PdfiumError("Failed to locate pageobject.")
            box = x0, y0, x1, y1 = tuple(bounds)
        else:
            box = x0, y0, x1, y1 = pdftext.placed_bounds(obj, form)
        # A rule, a border or a background hides no figure: its fill is not asked (nor one with no
        # place).
        if not (min(x1 - x0, y1 - y0) >= min_side and (x1 - x0) * (y1 - y0) <= max_area):
            continue
        even_odd = mode == _EVEN_ODD
        if not _fill_colour(obj, *rgba_at):
            add(_new(Shape, (*box, "unknown", 1.0, seq, obj, form, even_odd)))
            continue
        red, green, blue, alpha = rgba
        if alpha >= HIDING_ALPHA:  # a translucent fill (a highlight) shows the text under it
            rgb = (red, green, blue)
            add(_new(Shape, (*box, _hex(rgb), sum(rgb) / 765, seq, obj, form, even_odd)))
    return found


def _parts(obj: int, form: pdftext.Matrix | None) -> list[tuple[pdftext.Box, int]]:
    """A path's parts (each from a move to the next), each as its box on the page and the way it turns
    (1 anticlockwise, -1 clockwise, 0 flat), its corners and curves' control points taken as a polygon."""
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(handle, matrix):
        return []
    place = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    polygons: list[list[tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPath_CountSegments(handle)):
        segment = pdfium_c.FPDFPath_GetPathSegment(handle, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = _apply(place, x.value, y.value)
        if form is not None:
            point = _apply(form, *point)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO or not polygons:
            polygons.append([])
        polygons[-1].append(point)
    parts = []
    for polygon in polygons:
        xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
        area = sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise([*polygon, polygon[0]]))
        parts.append(((min(xs), min(ys), max(xs), max(ys)), (area > 0) - (area < 0)))
    return parts


def _apply(m: pdftext.Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _runs(layer: TextLayer, places: dict[int, int]) -> list[Run]:
    """The upright text the page draws, a run per text object's characters in a row on the text page
    (as the text layer cut them), in the text page's order. What a text object shares is judged once,
    from what the text layer asked pdfium about it."""
    return _TextObjects(places).runs(layer)


def _ligatures(chars: list[Char]) -> list[Char]:
    """One glyph spelt in several letters (a ligature, "fi") is one character: pdfium gives each letter
    the glyph's box."""
    joined = [chars[0]]
    for c in chars[1:]:
        last = joined[-1]
        if last.x0 == c.x0 and last.x1 == c.x1:
            joined[-1] = last._replace(text=last.text + c.text)
        else:
            joined.append(c)
    return joined


class _TextObjects:
    """Each kind of text object's shared style, judged once a page from what the text layer asked pdfium
    about each object (`pdftext.TextObject`)."""

    def __init__(self, places: dict[int, int]) -> None:
        self._places = places
        self._fonts: dict[int, str] = {}  # a font's address: its name
        # A text object's font, font size, matrix without its translation and fill colour: its style,
        # size and whether it is upright.
        self._kinds: dict[tuple[int, float, float, float, float, float, int], tuple[Style, float, bool]] = {}
        self._styles: dict[Style, Style] = {}  # one tuple per style, shared by its characters

    def runs(self, layer: TextLayer) -> list[Run]:
        """The layer's upright runs, each with what its text object shares (`_runs`)."""
        # Hot loop: a page has a hundred text objects and more, so what it asks is read into locals.
        facts, kinds, places = layer.objects, self._kinds, self._places
        unplaced = len(places) + 1  # a text object the walk did not see: after everything it saw
        found: list[Run] = []
        add, place = found.append, places.get
        for run in layer.by_object:
            obj = run[0]
            font_size, matrix, font, fill = facts[obj]
            # The matrix's translation is the characters' origin: its f is the baseline.
            a, b, c, d, _, baseline = matrix or _NO_MATRIX
            # Objects in one font, size, colour and turn share their style: judged once a page.
            kind = (font, font_size, a, b, c, d, fill)
            judged = kinds.get(kind)
            if judged is None:
                judged = kinds[kind] = self._judge(font, font_size, (a, b, c, d), fill)
            style, size, upright = judged
            if upright:
                add(Run(run, style, size, baseline, place(obj, unplaced)))
        return found

    def _judge(
        self, font: int, font_size: float, turn: tuple[float, float, float, float], fill: int
    ) -> tuple[Style, float, bool]:
        """The style, size and uprightness of objects of one kind."""
        a, b, c, d = turn
        size = font_size * math.hypot(c, d)
        style = (self._font(font), round(size * 2) / 2, f"#{fill:06x}" if fill >= 0 else "unknown")
        upright = a > 0 and d > 0 and abs(b) <= MAX_SKEW * a and abs(c) <= MAX_SKEW * d
        return self._styles.setdefault(style, style), size, upright

    def _font(self, font: int) -> str:
        name = self._fonts.get(font)
        if name is None:
            name = self._fonts[font] = _SUBSET_PREFIX.sub("", pdftext.font_name(font)) or "unknown"
        return name
