"""Scan signals: a pasted patch in a page's JPEG picture, and a text layer that disagrees with it.

TEXT_LAYER_MISMATCH: a scan's text layer is what the reader takes its figures from, so a figure changed
there changes the statement while the picture still shows the old one. The amounts of the text layer
over a scanned page (up to MAX_LAYER_FIGURES a file) are cut from the page rendered at LAYER_DPI, put
one under the other in one strip, and read by OCR in one run; a figure OCR reads confidently (every
word at MIN_OCR_CONFIDENCE or more) as as many digits as the layer's, but other digits, disagrees.

PASTED_PATCH, by error level analysis at the picture's own JPEG tables:

JPEG rounds each 8x8 block's frequencies to the steps of its quantization tables; a picture decoded
and saved again with the same tables lands almost exactly where it was. So, saved once more with its
own tables, a picture that was saved only once (a scanner's or a camera's output) changes a little
all over its detail, and one that was opened in an image editor, retouched and saved again does not
change, except where it was retouched: that region was compressed one time fewer than the rest.

PASTED_PATCH: saved again with its own tables, the picture stays the same (at most STABLE_SHARE of its
blocks change by more than CHANGED_LEVEL, in specks of rounding) except in one compact place of
MIN_PATCH_BLOCKS blocks or more, DOMINANCE times the largest speck elsewhere. A picture saved twice with
nothing retouched has no such place; neither is a picture stored without loss (its noise is not
measured here).

An editor often saves at its own quality, finer than the scanner's: then the picture's own tables are
the editor's, and saved with them it changes all over, as a picture saved once does. What the first,
coarser save rounded stays near its rounding under the finer one, so saved at that first quality the
untouched picture changes little again while the retouch, rounded only by the finer save, changes (a
"JPEG ghost"). So a picture that changes all over at its own tables is saved at each of
GHOST_QUALITIES coarser than its own, and judged as above at each, a block changed when it moves by
more than GHOST_LEVEL. A picture saved once changes all over its detail at a coarser quality too, most
in its densest place (a logo, a stamp), which GHOST_LEVEL leaves mostly under the line; one saved
first at a finer quality than the last, or at a quality none of GHOST_QUALITIES is near, is not told.
"""

from __future__ import annotations

import ctypes
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ingest.authenticity.drawing import unseen
from ingest.authenticity.places import PageFrame, fraction_box, where
from ingest.codes import Severity, SignalCode
from ingest.extract.ocr import TesseractInProcess
from ingest.extract.pages import OCR_LANG, PageObjects
from ingest.models import Box, Signal

BLOCK = 8  # JPEG's block
CHANGED_LEVEL = 1.0  # mean absolute change of a block's grey levels (0-255) when saved again
STABLE_SHARE = 0.01  # of the blocks: more changing than this, the picture was saved only once
MIN_PATCH_BLOCKS = 12  # touching: a retyped figure at 150 dpi or more spans this many blocks
DOMINANCE = 3  # the patch is this many times the largest other changing place: one place stands out
# The usual qualities (IJG's scale) of scanners' and cameras' saves, coarsest first, and how far a block
# moves saved at one of them to count as changed: more than at the own tables, since a coarser save
# moves every block of detail some way.
GHOST_QUALITIES = (50, 60, 70, 75, 80, 85, 90)
GHOST_LEVEL = 3.0
MAX_PIXELS = 40_000_000  # larger pictures are not decoded here
MAX_LAYER_FIGURES = 60  # text-layer figures OCR checks per file: one strip, one OCR run
LAYER_DPI = 300  # the figures are rendered at this resolution for OCR
# Around a figure's layer box, shares of its height (across, down): an OCR layer's boxes are loose.
CROP_MARGIN = (0.5, 0.3)
MIN_OCR_CONFIDENCE = 70  # OCR's word confidence (0-100) to call a difference a mismatch, not a misread
LAYER_OCR_TIMEOUT_S = 30  # the one OCR run of a file's strip
# The reader's own engine (kept warm, no program started), in sparse-text mode.
_SPARSE = TesseractInProcess(psm=11)
_JPEG = b"\xff\xd8"


@dataclass
class ScanChecks:
    """The scan family on a PDF's scanned pages, each read while the reader has it open; the figures of
    their text layers are checked against their pictures in one OCR run, at the end of the file."""

    signals: list[Signal] = field(default_factory=list)
    figures: list[LayerFigure] = field(default_factory=list)

    def page(
        self, page: pdfium.PdfPage, frame: PageFrame, amounts: Sequence[LayerAmount], objects: PageObjects
    ) -> None:
        """A page that is mostly a picture, with the amounts of its text layer and its objects as the
        reader walked them (`pages.walk_objects`).

        A picture under visible text is a background (a form, a logo) that the bank's software assembled
        from parts, and visible text shows what it says: such a page is not judged. A picture alone, or
        under an invisible OCR layer, holds the page's text: its JPEG is checked for a retouched region,
        and the layer's figures against it."""
        if not all(map(unseen, objects.texts)):
            return
        self.signals += _picture_patch(page, objects, frame)
        if objects.texts:
            room = MAX_LAYER_FIGURES - len(self.figures)
            self.figures += [_layer_figure(page, frame, amount) for amount in amounts[: max(0, room)]]

    def finish(self) -> list[Signal]:
        return self.signals + layer_mismatches(self.figures)


def _picture_patch(page: pdfium.PdfPage, objects: PageObjects, frame: PageFrame) -> list[Signal]:
    """PASTED_PATCH on the page's largest picture, if it is stored as JPEG."""
    if not objects.pictures:
        return []
    areas = [(x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in objects.pictures]
    largest = areas.index(max(areas))
    raw = ctypes.cast(objects.picture_objects[largest], pdfium_c.FPDF_PAGEOBJECT)
    picture = pdfium.PdfObject(raw, page=page)
    if not isinstance(picture, pdfium.PdfImage) or picture.get_filters() != ["DCTDecode"]:
        return []
    box = frame.box(*objects.pictures[largest])
    return pasted_patches(bytes(picture.get_data(decode_simple=False)), frame.number, box)


def pasted_patches(jpeg: bytes, page: int, box: Box) -> list[Signal]:
    """PASTED_PATCH for the place of a JPEG picture compressed fewer times than the rest; `box` is
    where the picture sits on the page (page fractions)."""
    if not jpeg.startswith(_JPEG):
        return []
    with Image.open(io.BytesIO(jpeg)) as picture:
        if picture.format != "JPEG" or picture.width * picture.height > MAX_PIXELS:
            return []
        before = np.asarray(picture.convert("L"), dtype=np.float32)
        own: dict[int, list[int]] = getattr(picture, "quantization", {})
        # The picture's own tables and subsampling first; then, if it changes all over with them, the
        # coarser usual qualities (see the module's docstring).
        tries: list[tuple[dict[str, Any], float, str]] = [
            ({"quality": "keep"}, CHANGED_LEVEL, "its own JPEG tables")
        ]
        tries += [
            ({"quality": quality, "subsampling": "keep"}, GHOST_LEVEL, f"JPEG quality {quality}")
            for quality in GHOST_QUALITIES
            if _coarser(quality, own)
        ]
        for settings, level, saved_with in tries:
            changed = _changed_blocks(picture, before, settings, level)
            if changed is None:
                return []
            if changed.sum() > STABLE_SHARE * changed.size:
                continue  # changes all over: not saved before with these tables
            # Saved before with these tables: one place that changes is where it was retouched. At its
            # own fine tables a picture moves too little to tell; the first coarser quality it was saved
            # at before is the one to judge by.
            patch = _patch(changed)
            if patch is not None:
                return [_patch_signal(patch, changed, page, box, saved_with)]
            if saved_with != tries[0][2]:
                return []
    return []


def _patch(changed: np.ndarray[Any, np.dtype[np.bool_]]) -> list[tuple[int, int]] | None:
    """The one compact place of changed blocks that stands out from every other, if there is one."""
    places = sorted(_groups(changed), key=len, reverse=True)
    if not places or len(places[0]) < MIN_PATCH_BLOCKS:
        return None
    if len(places) > 1 and len(places[0]) < DOMINANCE * len(places[1]):
        return None
    return places[0]


def _patch_signal(
    patch: list[tuple[int, int]],
    changed: np.ndarray[Any, np.dtype[np.bool_]],
    page: int,
    box: Box,
    saved_with: str,
) -> Signal:
    rows, columns = changed.shape
    r0, r1 = min(r for r, _ in patch), max(r for r, _ in patch) + 1
    c0, c1 = min(c for _, c in patch), max(c for _, c in patch) + 1
    place = fraction_box(
        page,
        box.x0 + (box.x1 - box.x0) * c0 / columns,
        box.y0 + (box.y1 - box.y0) * r0 / rows,
        box.x0 + (box.x1 - box.x0) * c1 / columns,
        box.y0 + (box.y1 - box.y0) * r1 / rows,
    )
    return Signal(
        code=SignalCode.PASTED_PATCH,
        severity=Severity.HIGH,
        page=page,
        bbox=place,
        message=(
            f"A region of the page's picture {where(place)} was compressed fewer times than the "
            "rest: it was retouched and the picture saved again."
        ),
        evidence=(
            f"saved again with {saved_with}, {len(patch)} blocks of {BLOCK} px there change "
            f"and {int(changed.sum()) - len(patch)} of {changed.size} elsewhere"
        ),
    )


def _coarser(quality: int, own: dict[int, list[int]]) -> bool:
    """Whether IJG's luminance table at `quality` rounds more coarsely than the picture's own."""
    return sum(_standard_table(quality)) > sum(own.get(0, ())) if own else False


@functools.cache
def _standard_table(quality: int) -> tuple[int, ...]:
    """IJG's luminance table at `quality`, as the encoder writes it."""
    out = io.BytesIO()
    Image.new("L", (8, 8)).save(out, "JPEG", quality=quality)
    with Image.open(out) as saved:
        tables: dict[int, list[int]] = getattr(saved, "quantization", {})
        return tuple(tables[0])


def _changed_blocks(
    picture: Image.Image,
    before: np.ndarray[Any, np.dtype[np.float32]],
    settings: dict[str, Any],
    level: float,
) -> np.ndarray[Any, np.dtype[np.bool_]] | None:
    """Which 8x8 blocks of the picture (decoded: `before`) move by more than `level` when it is saved
    with `settings`."""
    again = io.BytesIO()
    picture.save(again, "JPEG", **settings)
    with Image.open(again) as saved:
        after = np.asarray(saved.convert("L"), dtype=np.float32)
    rows, columns = before.shape[0] // BLOCK, before.shape[1] // BLOCK
    if rows == 0 or columns == 0:
        return None
    difference = np.abs(before - after)[: rows * BLOCK, : columns * BLOCK]
    moved = difference.reshape(rows, BLOCK, columns, BLOCK).mean(axis=(1, 3))
    changed: np.ndarray[Any, np.dtype[np.bool_]] = moved > level
    return changed


def _groups(mask: np.ndarray[Any, np.dtype[np.bool_]]) -> list[list[tuple[int, int]]]:
    """The marked blocks in groups of neighbours (sides or corners touching: retyped glyphs are thin)."""
    seen = np.zeros_like(mask)
    groups = []
    for start in zip(*np.nonzero(mask), strict=True):
        r, c = int(start[0]), int(start[1])
        if seen[r, c]:
            continue
        seen[r, c] = True
        group, todo = [], [(r, c)]
        while todo:
            y, x = todo.pop()
            group.append((y, x))
            for ny in (y - 1, y, y + 1):
                for nx in (x - 1, x, x + 1):
                    inside = 0 <= ny < mask.shape[0] and 0 <= nx < mask.shape[1]
                    if inside and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        todo.append((ny, nx))
        groups.append(group)
    return groups


# ---- a text layer that disagrees with the picture --------------------------------------------------


# An amount of a scanned page's text layer: its box in PDF space (points, y up) and its digits.
LayerAmount = tuple[tuple[float, float, float, float], str]


@dataclass(frozen=True, slots=True)
class LayerFigure:
    """An amount of a scanned page's text layer: where it is, its digits, and its place in the page
    rendered at LAYER_DPI."""

    box: Box
    digits: str
    crop: Image.Image


def _layer_figure(page: pdfium.PdfPage, frame: PageFrame, amount: LayerAmount) -> LayerFigure:
    """The figure's box cut from its page rendered at LAYER_DPI (only that region is rendered)."""
    (x0, y0, x1, y1), digits = amount
    # Points from the page's top left, as pdfium's render crops.
    left, right = x0 - frame.left, x1 - frame.left
    top, bottom = frame.bottom + frame.height - y1, frame.bottom + frame.height - y0
    across, down = (bottom - top) * CROP_MARGIN[0], (bottom - top) * CROP_MARGIN[1]
    # pdfium's crop: how much to leave off at the left, bottom, right and top, in points
    crop = (
        max(0.0, left - across),
        max(0.0, frame.height - bottom - down),
        max(0.0, frame.width - right - across),
        max(0.0, top - down),
    )
    return LayerFigure(
        box=frame.box(x0, y0, x1, y1),
        digits=digits,
        crop=page.render(scale=LAYER_DPI / 72, crop=crop, grayscale=True).to_pil(),
    )


def layer_mismatches(figures: Sequence[LayerFigure]) -> list[Signal]:
    """TEXT_LAYER_MISMATCH for each figure whose digits, read by OCR from the rendered page, are
    confidently other digits than its text layer's (one OCR run for all of them, on a strip of crops)."""
    chosen = list(figures)[:MAX_LAYER_FIGURES]
    if not chosen:
        return []
    strip, rows = _strip([f.crop for f in chosen])
    # Sparse text: each crop is read as the words it holds, whatever the lines between them.
    found = _SPARSE.read(strip, None, OCR_LANG, LAYER_OCR_TIMEOUT_S)
    read: dict[int, list[tuple[str, float]]] = {}
    for word in found:
        row = _row_of(rows, word.top + word.height / 2)
        if word.text.strip() and row is not None:
            read.setdefault(row, []).append((word.text, word.confidence))
    differing = []
    for index, figure in enumerate(chosen):
        words = read.get(index, [])
        digits = "".join(c for text, _ in words for c in text if c.isdigit())
        confident = bool(words) and min(conf for _, conf in words) >= MIN_OCR_CONFIDENCE
        if confident and len(digits) == len(figure.digits) and digits != figure.digits:
            differing.append(figure)
    return [_mismatch(figure, len(chosen)) for figure in differing]


def _strip(crops: Sequence[Image.Image]) -> tuple[Image.Image, list[tuple[int, int]]]:
    """The crops one under the other on white, with a gap between; each crop's rows in the strip."""
    gap = 24
    width = max(c.width for c in crops) + 2 * gap
    height = sum(c.height + gap for c in crops) + gap
    strip = Image.new("L", (width, height), 255)
    rows, top = [], gap
    for crop in crops:
        strip.paste(crop.convert("L"), (gap, top))
        rows.append((top, top + crop.height))
        top += crop.height + gap
    return strip, rows


def _row_of(rows: Sequence[tuple[int, int]], middle: float) -> int | None:
    for index, (top, bottom) in enumerate(rows):
        if top <= middle <= bottom:
            return index
    return None


def _mismatch(figure: LayerFigure, checked: int) -> Signal:
    return Signal(
        code=SignalCode.TEXT_LAYER_MISMATCH,
        severity=Severity.HIGH,
        page=figure.box.page,
        bbox=figure.box,
        message=(
            f"The text layer gives a figure {where(figure.box)} whose digits differ from those the scanned "
            "picture shows."
        ),
        evidence=(
            f"OCR of the rendered figure read other digits with confidence {MIN_OCR_CONFIDENCE} or more "
            f"({checked} figures checked)"
        ),
    )
