"""Annotations laid over a page's own figures: what viewers' comment tools and online editors add without
touching the page's content, and whether it hides or retypes a figure.

Viewers draw every annotation over the page. A text box (FreeText) over the page's digits retypes them.
A rectangle, ellipse or polygon filled in the paper's colour, a white marker's strokes (Ink), a stamp
painted in the paper's colour or holding an opaque picture hides them, as does any other kind whose
appearance paints so (what viewers draw is the appearance, whatever the kind), and so does a fill in any
other colour where the page drawn with its annotations shows that colour over the digits' ink (a light
grey or tinted box; a highlighter's fill, multiplied with the page, leaves the ink showing): with text or
a picture laid on that cover (its own appearance's, or a later annotation's) it is a white-out and
retype; alone, a redaction. A ring or a marker's stroke in a colour, a highlight, a border, or anything
drawn see-through hides nothing. No bank's generator lays any of these on a statement: statements carry
links at most.
"""

from __future__ import annotations

import ctypes
import functools
import io
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.authenticity.drawing import (
    HIDING_ALPHA,
    LINE_TOLERANCE,
    Char,
    Run,
    extent,
    font_names,
    read_drawing,
)
from ingest.authenticity.guard import guarded
from ingest.authenticity.places import PageFrame, where
from ingest.codes import Severity, SignalCode
from ingest.extract import pdftext
from ingest.extract.pdftext import UNMAPPED, read_text_layer
from ingest.models import Box, Signal

if TYPE_CHECKING:  # numpy is loaded only where a callout is drawn (`_pixels`), by pypdfium2
    import numpy as np
    import numpy.typing as npt

# A colour whose every channel (of 255) is at least this is the paper's: white, off-white, a light grey.
# A highlighter's yellow or a light blue lacks a channel.
PAPER_CHANNEL = 217
# Strokes in the paper's colour at least this share of the size of the digits under them wide hide them
# (a marker); thinner ones are lines, which hide nothing.
MARKER_WIDTH = 0.3
OPAQUE_PICTURE = 0.9  # share of a picture's pixels opaque enough to hide what is under it
# What a finding calls the covers comment tools draw, by kind; a cover of another kind is a COVER.
COVERS = {
    pdfium_c.FPDF_ANNOT_SQUARE: "white box",
    pdfium_c.FPDF_ANNOT_CIRCLE: "white ellipse",
    pdfium_c.FPDF_ANNOT_POLYGON: "white polygon",
    pdfium_c.FPDF_ANNOT_INK: "white marker's stroke",
    pdfium_c.FPDF_ANNOT_STAMP: "stamp in the paper's colour",
}
COVER = "cover in the paper's colour"
# Shapes whose interior colour (IC) is their fill when they carry no appearance of their own.
_SHAPES = frozenset({pdfium_c.FPDF_ANNOT_SQUARE, pdfium_c.FPDF_ANNOT_CIRCLE, pdfium_c.FPDF_ANNOT_POLYGON})
_OPAQUE = bytes(int(value >= HIDING_ALPHA) for value in range(256))  # an alpha byte: 1 if opaque
# Four numbers about a rectangle: its corners (x0, y0, x1, y1), or how far a box lies inside it (an RD).
_Four = tuple[float, float, float, float]
_CALLOUT = "FreeTextCallout"  # the intent (IT) of a text box with a leader line pointing at something
# A digit has been erased when at least this share of its box (where the page shows its ink or nothing,
# and no annotation paints a colour) is painted over in the paper's colour. Measured on drawn callouts:
# a leader line or an arrowhead (3 to 10 points) over digits 0.0; a white-out under a retype 0.74 to
# 0.94, in regular, bold or stroke-thickened glyphs (which left 0.41 to 0.69 of the whole box).
ERASED_SHARE = 0.5
# A pixel shows a cover's tint when no channel differs from it by more than this (of 255): the edges of
# the glyphs of a retype laid on it blend with it by more.
TINT_SLACK = 24
# A fill in a colour hides the digits under it when this share of their ink shows its colour once the
# annotations are drawn. Measured on drawn covers with a figure retyped on them (two digits swapped): 0.06
# (a 0 typed over a 3 at 6 points, in the figure's own font at its place) to 0.24 (in another font). A
# fill that shows what is under it leaves none: under a highlighter's yellow (multiplied with the page),
# or a fill half opaque, the ink stays darker than the tint by more than TINT_SLACK.
TINTED_SHARE = 0.02
_SCALE = 3  # pixels a point, to see a callout's drawing over the page's digits


@dataclass(frozen=True, slots=True)
class _Annotation:
    """An annotation that may hide or retype a figure: where it lies and what its appearance draws."""

    subtype: int
    kind: str  # its subtype as the file names it ("Square")
    box: tuple[float, float, float, float]  # its rectangle in PDF space
    text_box: _Four  # where its text box says it lies: a callout's Rect less its RD; else its box
    paper_fill: bool  # fills its box in the paper's colour
    tint: tuple[int, int, int] | None  # the first opaque colour other than the paper's it fills with
    paper_stroke: float  # the width of its widest strokes in the paper's colour (0: none)
    picture: bool  # draws an opaque picture
    text: bool  # draws text (a text box always does)
    appearance: bool  # its own appearance draws something (a text box without one is drawn by viewers)

    @property
    def writes(self) -> str:
        """What it lays over the page that a reader sees as writing ("" if nothing)."""
        if self.text:
            return "text"
        return "a picture" if self.picture else ""

    def hides(self, digits: Sequence[Char]) -> bool:
        """It covers these digits of the page in the paper's colour, or with a picture."""
        if self.subtype == pdfium_c.FPDF_ANNOT_FREETEXT:
            return False  # a text box is judged as writing (`laid_over`)
        wide = 0 < self.paper_stroke >= MARKER_WIDTH * median(c.size for c in digits)
        return self.paper_fill or self.picture or wide

    def cover(self, tinted: bool) -> str:
        """What a finding calls it; `tinted`: it hides by its fill in a colour not the paper's."""
        if tinted and self.tint is not None:
            return f"{self.kind.lower()} filled in a colour (#{bytes(self.tint).hex()})"
        return "picture" if self.picture and not self.paper_fill else COVERS.get(self.subtype, COVER)


def laid_over(frame: PageFrame, page: pdfium.PdfPage, runs: Sequence[Run], data: bytes = b"") -> list[Signal]:
    """COVERED_TEXT / HIDDEN_TEXT: annotations that hide the page's digits (in the paper's colour or
    under a picture), retyped when text or a picture is laid on them; COVERED_TEXT: a text box over
    the page's digits. `data`: the file's bytes, for what pdfium cannot read (a callout's box)."""

    @functools.cache  # the file is opened once for the page's callouts, and only if it has one
    def differences() -> tuple[_Four | None, ...]:
        unread: tuple[_Four | None, ...] = ()  # each callout's whole Rect is judged
        return guarded(_differences, unread, data, frame.number)

    @functools.cache  # the page is flattened once, and only where a cover hides digits under text
    def drawn_text() -> list[Char] | None:
        return guarded(_drawn_text, None, data, frame.number)

    annotations = _annotations(page, differences)
    signals = []
    reported: set[int] = set()  # the digits a finding holds (each character is made once per run)
    for index, annotation in enumerate(annotations):
        digits = _digits_under(runs, annotation.box)
        if not digits:
            continue
        tinted = not annotation.hides(digits)
        if tinted:
            if annotation.subtype == pdfium_c.FPDF_ANNOT_FREETEXT or annotation.tint is None:
                continue
            # Drawn to be seen: a fill that multiplies with the page (a highlighter's) leaves the ink.
            # When the drawing cannot be made, the fill is taken as opaque, as it says it is.
            if not guarded(_tinted_over, True, page, annotation.tint, digits):
                continue
        reported.update(map(id, digits))
        bounds = extent(digits)
        if annotation.writes:  # its own appearance: text on the cover, or the picture itself
            writers = [annotation]
            written = "text is laid over them" if annotation.text else "it shows a picture in their place"
        else:
            writers = [a for a in annotations[index + 1 :] if a.writes and _overlap(a.box, bounds)]
            written = f"{writers[0].writes} is laid over them" if writers else ""
        kept = _not_retyped(annotation, digits, writers, drawn_text) if writers else ""
        signals.append(_covered(frame, annotation, digits, written, tinted=tinted, kept=kept))
    for annotation in annotations:
        if annotation.subtype != pdfium_c.FPDF_ANNOT_FREETEXT:
            continue
        digits = [c for c in _written_over(page, annotation, runs) if id(c) not in reported]
        if digits:
            kept = _not_retyped(annotation, digits, [annotation], drawn_text)
            signals.append(_text_box(frame, annotation, digits, kept))
    return signals


def _not_retyped(
    cover: _Annotation,
    digits: Sequence[Char],
    writers: Sequence[_Annotation],
    drawn_text: Callable[[], list[Char] | None],
) -> str:
    """Why the writing the `writers` lay on the cover retypes none of the digits it hides ("" when it
    may): it is text, and of the characters the page's annotations draw on the cover (`drawn_text`) no
    digit, nor a glyph read as UNMAPPED (which may be one), is written over a hidden digit on its line,
    where a retype writes: a stamp's or a note's words, or a date of its own, laid over a figure; a
    text box's label. A picture may show any figure, and a text box without an appearance is drawn by
    viewers from its entries: either may retype, as may anything when the drawn text cannot be read."""
    if any(w.picture or (w.subtype == pdfium_c.FPDF_ANNOT_FREETEXT and not w.appearance) for w in writers):
        return ""
    chars = drawn_text()
    if chars is None:
        return ""
    x0, y0, x1, y1 = cover.box
    written = [
        c
        for c in chars
        if (c.text == UNMAPPED or any(map(str.isdigit, c.text)))
        and x0 < (c.x0 + c.x1) / 2 < x1
        and y0 < (c.y0 + c.y1) / 2 < y1
    ]
    if any(_written_on(c, digit) for c in written for digit in digits):
        return ""
    return "no digit is written over one of them"


def _written_on(c: Char, digit: Char) -> bool:
    """`c` is drawn over `digit`, on its line."""
    return abs(c.baseline - digit.baseline) <= LINE_TOLERANCE * c.size and c.x0 < digit.x1 and digit.x0 < c.x1


def _drawn_text(data: bytes, number: int) -> list[Char] | None:
    """The upright characters the annotations of page `number` (1-based) draw, as a viewer draws them:
    the page with its annotations' appearances made part of it (flattened, each one a viewer draws),
    read as the reader reads a page; the characters drawn after
    the page's own objects. None when the file's bytes are not at hand."""
    if not data:
        return None
    document = pdfium.PdfDocument(data)
    try:
        page = document[number - 1]
        own = sum(1 for _ in pdftext.page_objects(page))
        _shown_to_flattening(page)
        if pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) == pdfium_c.FLATTEN_FAIL:
            raise pdfium.PdfiumError("the page's annotations cannot be flattened")
        page.close()
        page = document[number - 1]  # pdfium reads a flattened page again to see its annotations in it
        textpage = page.get_textpage()
        try:
            layer = read_text_layer(page, textpage, number)
        finally:
            textpage.close()
        return [c for run in read_drawing(page, layer).runs if run.seq > own for c in run.chars]
    finally:
        document.close()


def _shown_to_flattening(page: pdfium.PdfPage) -> None:
    """Each annotation flagged invisible is flattened too: viewers draw a kind they know whatever that
    flag says (it is for kinds they do not), where a flattening leaves it out."""
    invisible = pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        try:
            flags = pdfium_c.FPDFAnnot_GetFlags(annot)
            if flags & invisible:
                pdfium_c.FPDFAnnot_SetFlags(annot, flags & ~invisible)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)


def _written_over(page: pdfium.PdfPage, annotation: _Annotation, runs: Sequence[Run]) -> list[Char]:
    """The page's digits a text box writes over: those under its text box, and, where a callout's RD
    leaves part of its Rect to a leader line, those its appearance erases there. Viewers draw the
    appearance across the whole Rect and the RD is the file's own word, so a forger may state a box in
    the margin and paint a white-out and retype over a figure elsewhere in the Rect; a leader line
    draws over a figure but erases nothing. When the drawing cannot be seen, the whole Rect is judged."""
    digits = _digits_under(runs, annotation.text_box)
    if annotation.text_box == annotation.box:
        return digits
    inside = set(map(id, digits))
    elsewhere = [c for c in _digits_under(runs, annotation.box) if id(c) not in inside]
    if not elsewhere:
        return digits
    return digits + guarded(_erased, elsewhere, page, elsewhere)


def _erased(page: pdfium.PdfPage, digits: Sequence[Char]) -> list[Char]:
    """The digits the page's annotations paint over in the paper's colour: ERASED_SHARE of the part of
    their box where the page shows its ink or nothing, less where the annotations paint a colour (a
    retype's new ink, a leader line, an arrowhead), which tells nothing of what lies under it."""
    found = []
    for c, under, over in _drawn_digits(page, digits):
        shows = (under[..., 3] < HIDING_ALPHA) | (under[..., :3].min(axis=2) < PAPER_CHANNEL)
        paper = (over[..., 3] >= HIDING_ALPHA) & (over[..., :3].min(axis=2) >= PAPER_CHANNEL)
        judged = shows & (paper | (over == under).all(axis=2))
        seen = int(judged.sum())
        if seen and int((judged & paper).sum()) >= ERASED_SHARE * seen:
            found.append(c)
    return found


def _tinted_over(page: pdfium.PdfPage, tint: tuple[int, int, int], digits: Sequence[Char]) -> bool:
    """The page's annotations paint over the digits' ink in `tint`: of the pixels where the page shows
    their ink (opaque, not the paper's colour), TINTED_SHARE or more show the tint once the annotations
    are drawn. A fill multiplied with the page (a highlighter's) leaves all the ink dark; an opaque one
    leaves ink only where a retype's glyphs land, and a retype changes some digit's glyph."""
    colour = list(reversed(tint))  # blue, green, red, as the pixels are
    seen = tinted = 0
    for _, under, over in _drawn_digits(page, digits):
        ink = (under[..., 3] >= HIDING_ALPHA) & (under[..., :3].min(axis=2) < PAPER_CHANNEL)
        shows_tint = (over[..., 3] >= HIDING_ALPHA) & (
            abs(over[..., :3].astype(int) - colour) <= TINT_SLACK
        ).all(axis=2)
        seen += int(ink.sum())
        tinted += int((ink & shows_tint).sum())
    return seen > 0 and tinted >= TINTED_SHARE * seen


def _drawn_digits(
    page: pdfium.PdfPage, digits: Sequence[Char]
) -> Iterator[tuple[Char, npt.NDArray[np.uint8], npt.NDArray[np.uint8]]]:
    """Each digit with the pixels of its box in the part of the page round the digits drawn on a clear
    canvas without and with its annotations (not its form fields)."""
    crop = _around(page, extent(digits))
    plain, pixel = _pixels(page, crop, annotations=False)
    drawn, _ = _pixels(page, crop, annotations=True)
    height, width = plain.shape[:2]
    for c in digits:
        left, top = pixel(c.x0, c.y1)
        right, bottom = pixel(c.x1, c.y0)
        left, right = sorted((left, right))
        top, bottom = sorted((top, bottom))
        rows, columns = slice(max(0, top), min(height, bottom)), slice(max(0, left), min(width, right))
        yield c, plain[rows, columns], drawn[rows, columns]


def _around(page: pdfium.PdfPage, box: _Four) -> _Four:
    """What to leave out of the page drawn to see the PDF-space `box` with a point round it: how far in
    from the page's left, bottom, right and top edges as it is shown (rotated), in points."""
    width, height = page.get_width(), page.get_height()
    size = math.ceil(width * _SCALE), math.ceil(height * _SCALE)
    corners = [_device(page, x, y, *size) for x in (box[0], box[2]) for y in (box[1], box[3])]
    left, right = (min(c[0] for c in corners) / _SCALE - 1, max(c[0] for c in corners) / _SCALE + 1)
    top, bottom = (min(c[1] for c in corners) / _SCALE - 1, max(c[1] for c in corners) / _SCALE + 1)
    return max(0.0, left), max(0.0, height - bottom), max(0.0, width - right), max(0.0, top)


def _pixels(
    page: pdfium.PdfPage, crop: _Four, *, annotations: bool
) -> tuple[npt.NDArray[np.uint8], Callable[[float, float], tuple[int, int]]]:
    """The page less `crop` (`_around`), drawn at _SCALE on a clear canvas: rows of pixels of blue,
    green, red and opacity; and the pixel of a PDF-space point in them."""
    bitmap = page.render(
        scale=_SCALE, crop=crop, fill_color=(255, 255, 255, 0), draw_annots=annotations, may_draw_forms=False
    )
    try:
        if bitmap.format != pdfium_c.FPDFBitmap_BGRA:
            raise ValueError("the page was drawn without opacity")
        pixels: npt.NDArray[np.uint8] = bitmap.to_numpy().copy()
        return pixels, bitmap.get_posconv(page).to_bitmap
    finally:
        bitmap.close()


def _device(page: pdfium.PdfPage, x: float, y: float, width: int, height: int) -> tuple[int, int]:
    """The pixel of PDF-space point (x, y) in the whole page drawn `width` by `height` pixels."""
    column, row = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y, column, row):
        raise ValueError("no pixel for the point")
    return column.value, row.value


def _covered(
    frame: PageFrame,
    annotation: _Annotation,
    digits: Sequence[Char],
    written: str,
    *,
    tinted: bool,
    kept: str,
) -> Signal:
    """COVERED_TEXT where something is `written` on the cover, HIDDEN_TEXT where nothing is or what is
    retypes no figure (`kept`: why)."""
    box = _place(frame, annotation)
    cover = annotation.cover(tinted)
    seen = f"A {cover} added as an annotation hides {len(digits)} digits of the page's own text"
    evidence = f"{annotation.kind} annotation over {len(digits)} digits in {font_names(digits)}"
    if written and not kept:
        return Signal(
            code=SignalCode.COVERED_TEXT,
            severity=Severity.HIGH,
            page=frame.number,
            bbox=box,
            message=(
                f"{seen} {where(box)}, and {written}: the way a figure is whited out and retyped "
                "without changing the page."
            ),
            evidence=f"{evidence}; {written}",
        )
    if written:
        message = f"{seen} {where(box)}, and {written}, but {kept}: a stamp or a note, not a retype."
        evidence += f"; {written}, {kept}"
    else:
        message = f"{seen} {where(box)}, with nothing written over it: a redaction, not a retype."
    return Signal(
        code=SignalCode.HIDDEN_TEXT,
        severity=Severity.LOW,
        page=frame.number,
        bbox=box,
        message=message,
        evidence=evidence,
    )


def _text_box(frame: PageFrame, annotation: _Annotation, digits: Sequence[Char], kept: str) -> Signal:
    """COVERED_TEXT: a text box writes over the page's digits; HIDDEN_TEXT where what it writes retypes
    none of them (`kept`: why), a note or a redaction's label."""
    # Its text box, and the digits it writes over outside it (a callout's, `_written_over`).
    (x0, y0, x1, y1), (u0, v0, u1, v1) = annotation.text_box, extent(digits)
    box = frame.box(min(x0, u0), min(y0, v0), max(x1, u1), max(y1, v1))
    seen = f"Text was added as an annotation (a text box) over {len(digits)} digits of the page's own text"
    evidence = f"FreeText annotation over {len(digits)} digits in {font_names(digits)}"
    if kept:
        code, severity = SignalCode.HIDDEN_TEXT, Severity.LOW
        message = f"{seen} {where(box)}, but {kept}: a note or a redaction's label, not a retype."
        evidence += f"; {kept}"
    else:
        code, severity = SignalCode.COVERED_TEXT, Severity.HIGH
        message = f"{seen} {where(box)}: the way a figure is retyped without changing the page."
    return Signal(
        code=code, severity=severity, page=frame.number, bbox=box, message=message, evidence=evidence
    )


def _annotations(
    page: pdfium.PdfPage, differences: Callable[[], Sequence[_Four | None]]
) -> list[_Annotation]:
    """The page's visible annotations (but popups, whose window viewers draw), in drawing order; a
    callout's text box is its Rect less its RD (`differences`: the RD of each of the page's Annots), the
    rest of its Rect holding its leader line."""
    found = []
    rect = pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        try:
            subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if subtype == pdfium_c.FPDF_ANNOT_POPUP:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & pdfium_c.FPDF_ANNOT_FLAG_HIDDEN:
                continue
            if subtype != pdfium_c.FPDF_ANNOT_FREETEXT and _see_through(annot):
                continue
            if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            x0, x1 = sorted((rect.left, rect.right))
            y0, y1 = sorted((rect.bottom, rect.top))
            box = (x0, y0, x1, y1)
            text_box = box
            if subtype == pdfium_c.FPDF_ANNOT_FREETEXT and _name(annot, b"IT") == _CALLOUT:
                rds = differences()
                text_box = _inside(box, rds[index] if index < len(rds) else None)
            look = _Appearance(page)
            for number in range(pdfium_c.FPDFAnnot_GetObjectCount(annot)):
                look.add(pdfium_c.FPDFAnnot_GetObject(annot, number))
            if not look.drawn and subtype in _SHAPES:
                look.fill(
                    _colour(pdfium_c.FPDFAnnot_GetColor, annot, pdfium_c.FPDFANNOT_COLORTYPE_InteriorColor)
                )
            found.append(
                _Annotation(
                    subtype,
                    _name(annot, b"Subtype"),
                    box,
                    text_box,
                    look.paper_fill,
                    look.tint,
                    look.paper_stroke,
                    look.picture,
                    look.text or subtype == pdfium_c.FPDF_ANNOT_FREETEXT,
                    look.drawn,
                )
            )
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return found


class _Appearance:
    """What an annotation's normal appearance draws, object by object (inside forms too)."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self._page = page
        self.drawn = False
        self.paper_fill = False
        self.tint: tuple[int, int, int] | None = None
        self.paper_stroke = 0.0
        self.picture = False
        self.text = False

    def add(self, obj: ctypes.c_void_p) -> None:
        self.drawn = True
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            self.text = True
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            self.picture = self.picture or _opaque(self._page, obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            for number in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                self.add(pdfium_c.FPDFFormObj_GetObject(obj, number))
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke):
                return
            if fill.value != pdfium_c.FPDF_FILLMODE_NONE:
                self.fill(_colour(pdfium_c.FPDFPageObj_GetFillColor, obj))
            width = ctypes.c_float()
            paper_stroke = stroke.value and _paper(_colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj))
            if paper_stroke and pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width):
                self.paper_stroke = max(self.paper_stroke, width.value)

    def fill(self, rgba: tuple[int, int, int, int] | None) -> None:
        """It fills with this colour (None: none): the paper's, or a tint (the first opaque one kept)."""
        if _paper(rgba):
            self.paper_fill = True
        elif rgba is not None and rgba[3] >= HIDING_ALPHA and self.tint is None:
            self.tint = rgba[:3]


def _name(annot: ctypes.c_void_p, key: bytes) -> str:
    """The annotation's name or text entry `key` ("" if none). The file's text may hold what is no
    character (half a UTF-16 pair): it is read as a replacement character, not raised on."""
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(
        annot, key, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
    )
    return buffer.raw.decode("utf-16-le", errors="replace").rstrip("\0")


def _differences(data: bytes, number: int) -> tuple[_Four | None, ...]:
    """The RD of each annotation of page `number` (1-based), in the order of its Annots: how far its text
    box lies inside its Rect, from the left, top, right and bottom (PDF 32000 12.5.6.6); None where it
    has none. pdfium cannot read an array's entries."""
    if not data:  # the file's bytes are not at hand: the whole Rect is judged
        return ()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        annots = pdf.pages[number - 1].obj.get("/Annots")
        return tuple(map(_rd, annots)) if isinstance(annots, pikepdf.Array) else ()


def _rd(annot: object) -> _Four | None:
    """One annotation's RD, its four numbers not below 0 (None if it has no RD of four)."""
    rd = annot.get("/RD") if isinstance(annot, pikepdf.Dictionary) else None
    if not isinstance(rd, pikepdf.Array) or len(rd) != 4:
        return None
    left, top, right, bottom = (max(0.0, float(value)) for value in rd)
    return left, top, right, bottom


def _inside(box: _Four, differences: _Four | None) -> _Four:
    """The box less its differences; the whole box if they leave nothing (they cannot be trusted)."""
    if differences is None:
        return box
    left, top, right, bottom = differences
    x0, y0, x1, y1 = box[0] + left, box[1] + bottom, box[2] - right, box[3] - top
    return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else box


def _see_through(annot: ctypes.c_void_p) -> bool:
    """Drawn at an opacity (its CA, which viewers apply to its whole appearance) that shows what is under."""
    opacity = ctypes.c_float()
    return (
        bool(pdfium_c.FPDFAnnot_GetNumberValue(annot, b"CA", opacity)) and opacity.value * 255 < HIDING_ALPHA
    )


def _colour(read: Callable[..., int], *args: object) -> tuple[int, int, int, int] | None:
    """The red, green, blue and alpha pdfium's `read(*args, ...)` gives (None if it has none)."""
    channels = [ctypes.c_uint() for _ in range(4)]
    if not read(*args, *channels):
        return None
    red, green, blue, alpha = (c.value for c in channels)
    return red, green, blue, alpha


def _paper(rgba: tuple[int, int, int, int] | None) -> bool:
    """An opaque colour in the paper's shade (None: no colour)."""
    return rgba is not None and rgba[3] >= HIDING_ALPHA and min(rgba[:3]) >= PAPER_CHANNEL


def _opaque(page: pdfium.PdfPage, obj: ctypes.c_void_p) -> bool:
    """The picture, with its mask, is opaque nearly everywhere (a signature's transparent picture is not)."""
    bitmap = pdfium_c.FPDFImageObj_GetRenderedBitmap(page.pdf.raw, page.raw, obj)
    if not bitmap:
        return True  # a picture pdfium cannot render is taken as drawn
    try:
        if pdfium_c.FPDFBitmap_GetFormat(bitmap) != pdfium_c.FPDFBitmap_BGRA:
            return True  # no alpha channel: opaque
        width, height = int(pdfium_c.FPDFBitmap_GetWidth(bitmap)), int(pdfium_c.FPDFBitmap_GetHeight(bitmap))
        stride = pdfium_c.FPDFBitmap_GetStride(bitmap)
        if not width or not height:
            return False
        buffer = ctypes.string_at(pdfium_c.FPDFBitmap_GetBuffer(bitmap), stride * height)
        rows = [buffer[row * stride + 3 : row * stride + 4 * width : 4] for row in range(height)]
        opaque = sum(row.translate(_OPAQUE).count(1) for row in rows)
        return opaque >= OPAQUE_PICTURE * width * height
    finally:
        pdfium_c.FPDFBitmap_Destroy(bitmap)


def _digits_under(runs: Sequence[Run], box: tuple[float, float, float, float]) -> list[Char]:
    """The page's digits whose middle lies inside the box."""
    x0, y0, x1, y1 = box
    return [
        c
        for run in runs
        if run.digits and run.x1 > x0 and run.x0 < x1 and run.y1 > y0 and run.y0 < y1
        for c in run.chars
        if c.text.isdigit() and x0 < (c.x0 + c.x1) / 2 < x1 and y0 < (c.y0 + c.y1) / 2 < y1
    ]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place(frame: PageFrame, annotation: _Annotation) -> Box:
    return frame.box(*annotation.box)
