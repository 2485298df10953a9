"""Page-image clean-up before OCR: grey levels, lighting, blank pages, skew, scale and rotation."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

# PIL's drawing and filters are imported by the steps that use them: a digital file reaches neither,
# and they cost every process that loads the readers about 4 ms of CPU.
# Analysis runs on a reduced copy: about 100 dpi keeps text lines apart and costs a few milliseconds.
ANALYSIS_DPI = 100
# OCR resolution: Tesseract reads body text best with an x-height of 20-30 px, which 300 dpi gives.
OCR_DPI = 300
# Pages scanned within this range of OCR_DPI are read as they are; resampling would cost for nothing.
KEEP_DPI_RANGE = (250.0, 450.0)
# Shaded paper (a table's grey stripes) keeps JPEG noise after relighting, which Tesseract reads as
# letters and glues to the words beside it. On upsampled scans, grey this light or lighter is paper.
PAPER_GREY = 200
# A pixel is ink when it is this much darker than the paper around it.
INK_CONTRAST = 0.25
# Below this share of ink pixels (at analysis resolution) a page is blank: dust and scanner noise only.
BLANK_INK_SHARE = 0.0002
# Paper darker than its brightest level by more than this share is shaded (shadow, grey table stripe)...
UNEVEN_LIGHT = 0.03
# ...and when this share of the page is, the light is normalised before OCR.
SHADED_SHARE = 0.02
# Under this share of the paper level an area is dark print (a banner), not shaded paper.
DARK_AREA = 0.35
# Half-width in pixels, at analysis resolution, of the max filter that finds the paper under the ink:
# wider than a stroke (about 0.03 in), narrower than a shaded table row (about 0.15 in).
PAPER_WINDOW = 3
# Rules, at analysis resolution: at least an inch long (two for vertical ones), at most 0.03 in thick.
RULE_LENGTH = 100
VERTICAL_RULE_LENGTH = 200
RULE_THICKNESS = 3
RULE_CONTRAST = 0.1
# The sides of a box or band drawn round headings are as short as the band is tall: a thin upright
# stroke from a rule down to the next, no longer than this, is one (a letter does not touch two rules).
BOX_SIDE_LENGTH = 50
BOX_SIDE_WIDTH = 8  # near where it meets the rules; a banner between two rules is wider
SIDE_END = 4  # rows at each end of a side, where it is thin (the rule's own blur widens the first)
# Shading printed as a fine pattern (the dots or hatching behind a table's headings or a summary box)
# resolves at 300 dpi into specks: Tesseract takes the band for a picture and drops the words on it.
# Where the paper is shaded and the shading is specks no thicker than this (inches: a dot or hatching
# line is 1-2 px at 300 dpi, a stroke of the bold print set on such bands 4 px or more), they are
# opened away. Below this share of the page so shaded, nothing is looked for.
PATTERN_SPECK_IN = 1 / OCR_DPI
PATTERN_CELL_IN = 0.02  # a cell holds at least one speck of a pattern (50 lines per inch or finer)
PATTERN_WINDOW = 4  # cells each way: no blank paper this near a patterned cell (0.09 in)
PATTERN_MIN_TINT = 8  # mean darkness (0-255) of a cell that is not blank paper
PATTERN_SPECK_SHARE = 0.4  # of the tint around a cell, removed by the opening: specks, not print
PATTERN_SPECK_WINDOW = 4  # cells each way over which the specks' share is taken
PATTERN_BLUR_IN = 0.006  # the blur that turns a pattern into an even tint (about its pitch)
PATTERN_TINT_WINDOW_IN = 0.03  # half-width of the window the tint's level is taken over (wider than a stroke)
PATTERN_PAPER = 240  # once the tint is white, lighter than this is paper too
PATTERN_MARGIN = 6  # cells: the holes letters leave in a band are closed, up to this far
# Dotted and dashed rules (between a table's rows, a summary box's leaders) break into dots at analysis
# resolution, so `ruling_lines` misses them; Tesseract reads them as a row of letters and glues them to
# the row beside, or drops the row. At the page's own resolution a dotted rule is thin ink (a dot or dash
# at most this tall, in inches: print is taller than this even in its thin strokes' columns; a 200-dpi
# scanner's blur spreads a dot over three pixel rows)...
DOTTED_INK_IN = 0.016
DOTTED_GAP_IN = 0.03  # ...broken by gaps no wider than this (dot pitches run 0.01-0.04 in)...
DOTTED_LENGTH_IN = 1.0  # ...over at least an inch...
DOTTED_PIECES_PER_IN = 12  # ...in at least this many pieces an inch: letters' thin strokes are fewer
DOTTED_INK = 0.7  # darker than this share of the paper's level is ink, to find the dots
# A rule runs clear of print: along it, at most this share of its columns has a stroke of print within
# DOTTED_CLEAR_IN above or below. The top of a line of capitals is thin ink in many pieces too, but the
# letters' stems stand right under it.
DOTTED_CLEAR_IN = 0.04
DOTTED_CROWDED = 0.15
# A solid dark block with nothing printed in it (a redaction bar, a filled box) has a noisy edge that
# Tesseract reads as a column of letters ("N", "=", "8") glued to the rows beside it. A block is dark
# (under DARK_AREA of the paper), at least this wide and tall (analysis pixels: 0.09 in, wider than any
# stroke of print), and at most this share of it light: a banner's lettering is far more.
SOLID_CORE = 4  # half-width, analysis pixels
# ...and at least this tall and wide (half an inch): a dark table heading's pieces between its words are
# smaller, and erasing them would leave the words as islands the reader no longer sees as a heading.
SOLID_MIN_SIDE = 50
SOLID_LIGHT_SHARE = 0.003
# A line of print turned a quarter up the margin (a mailing or form reference) is read a glyph at a time
# ("N", "=", "8"), each glued to the row beside it. At analysis resolution it is ink that runs down the
# page, its glyphs no further apart than this (0.05 in: a row's lines are further apart than its own
# glyphs)...
SIDEWAYS_GAP = 5
SIDEWAYS_LENGTH = 50  # ...for half an inch or more...
SIDEWAYS_WIDTH = 20  # ...and no wider than a line of print is tall (0.2 in): a column of text is wider
SIDEWAYS_BESIDE = 0.05  # at most this share of ink just beside it: paper, not a banner or a picture
# Figures with one digit before the point, on rows set tight, stack that digit down the page as closely.
# Their ink and their paper are on the rows of the print within this reach beside them (0.3 in: the
# point and the cents; rows do not part by skew so near)...
SIDEWAYS_ROWS_REACH = 30
SIDEWAYS_ROWS_SHARED = 0.8  # ...this share of its rows of ink, and of its rows of paper...
SIDEWAYS_ROWS_GAPS = 2  # ...between at least this many rows: a line up the page has its own rows
# Lines in the margin are a small part of a page's print; past this share the page itself is turned a
# quarter, and orientation detection must see its text.
SIDEWAYS_MAX_SHARE = 0.1
DESK_WINDOW = 8  # analysis pixels: the desk shows no bright detail this close; a banner's letters do
PAGE_EDGE = 3  # analysis pixels (0.03 in) of page edge cleared with the desk around a photographed page
DESK_ON_SOME_SIDE = 0.05  # share of a frame side that must be dark before the desk is looked for
DESK_ON_EVERY_SIDE = 0.5  # share of each frame side the desk must cover to call the image a photo
MIN_PAGE_AREA = 0.3  # of the frame: a smaller "page" is more likely a dark layout than a photo
RECTIFY_MARGIN = 0.05  # of the page height, kept around the rectified page
EDGE_BAND = 0.025  # of the page height: the shadowed page edge cleared inside the rectified page
# Skew search: careless scans and phone photos stay within a few degrees once the page is upright.
MAX_SKEW_DEG = 6.0
MIN_SKEW_DEG = 0.3  # below this Tesseract and the row clustering cope; rotating would cost for nothing
_SKEW_SAMPLE = 60_000  # ink pixels used for the projection profiles

Gray = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A page image ready for OCR, and what was done to it."""

    image: Image.Image | None  # 8-bit greyscale at `dpi`; None for a blank page
    dpi: float  # pixels per inch of paper in `image`
    skew: float  # degrees (counter-clockwise) of skew that were undone
    relit: bool  # uneven lighting was normalised

    @property
    def blank(self) -> bool:
        return self.image is None


def clean_page(image: Image.Image, dpi: float, *, scanned: bool = True) -> Cleaned:
    """Greyscale, relight, drop blank pages, undo skew, and bring the text to OCR resolution.

    `scanned` is False for a photo, whose resolution is only estimated: its noise is the camera's,
    not a scanner's JPEG, and the median that quietens a scan blurs a photo's letters instead.
    """
    gray = to_gray(image)
    small = _reduce(gray, dpi)
    paper = _local_paper(small)
    ink = small.astype(np.float32) < paper.astype(np.float32) * (1.0 - INK_CONTRAST)
    if ink.mean() < BLANK_INK_SHARE:
        return Cleaned(image=None, dpi=dpi, skew=0.0, relit=False)
    desk = outside_page(small, paper)
    corners = page_corners(desk)
    if corners is not None:
        # A photographed page is a trapezoid: lines fan out and a row's ends sit at different
        # heights. Map the page back to a rectangle before anything else is measured on it.
        gray = _rectify(gray, corners * (gray.width / small.shape[1]))
        small = _reduce(gray, dpi)
        paper = _local_paper(small)
        ink = small.astype(np.float32) < paper.astype(np.float32) * (1.0 - INK_CONTRAST)
        desk = outside_page(small, paper)
    # Below OCR resolution a pattern is already blurred into a tint, which relighting and the
    # denoising of upsampled scans lift; opening there would take JPEG noise for specks.
    patterned = patterned_shading(gray, dpi) if dpi >= KEEP_DPI_RANGE[0] else np.zeros((1, 1), dtype=bool)
    if patterned.any():
        gray = _open_specks(gray, patterned, dpi)
        small = _reduce(gray, dpi)
        paper = _local_paper(small)
        ink = small.astype(np.float32) < paper.astype(np.float32) * (1.0 - INK_CONTRAST)
    gain = _gain(paper)
    relit = gain is not None
    if gain is not None:
        gray = _relight(gray, gain)
    blocks = blank_blocks(small)
    # A line up the margin may run beside a blank block: it is looked for with the block gone.
    cleared = np.where(blocks, np.uint8(255), small) if blocks.any() else small
    erase = ruling_lines(small, paper) | desk | blocks | sideways_lines(cleared, _local_paper(cleared))
    if erase.any():
        gray = _erase(gray, erase)
    skew = detect_skew(ink)
    if abs(skew) >= MIN_SKEW_DEG:
        gray = gray.rotate(-skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    dotted = dotted_rules(gray, dpi)
    if dotted.any():
        gray = Image.fromarray(np.where(dotted, np.uint8(255), np.asarray(gray, dtype=np.uint8)), mode="L")
    upsampled = dpi < KEEP_DPI_RANGE[0]
    gray, dpi = _to_ocr_resolution(gray, dpi)
    if upsampled and scanned:
        gray = _denoise(gray, shaded=relit)
    return Cleaned(image=gray, dpi=dpi, skew=skew, relit=relit)


def to_gray(image: Image.Image) -> Image.Image:
    """8-bit greyscale from any mode Pillow opens (bilevel, palette, RGBA, 16-bit TIFF)."""
    if image.mode == "L":
        return image
    if image.mode.startswith("I"):
        values = np.asarray(image, dtype=np.float32)
        top = float(values.max()) or 1.0
        return Image.fromarray((values * (255.0 / top)).astype(np.uint8), mode="L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # Transparent pixels are paper: composite onto white before dropping alpha.
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def rotate_quarter(image: Image.Image, degrees: int) -> Image.Image:
    """Rotate by a multiple of 90 degrees clockwise (lossless, no resampling)."""
    turns = {
        0: None,
        90: Image.Transpose.ROTATE_270,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    transpose = turns[degrees % 360]
    return image if transpose is None else image.transpose(transpose)


def detect_skew(ink: Mask) -> float:
    """The text lines' angle in degrees (counter-clockwise), by the sharpest row projection."""
    ys, xs = np.nonzero(ink)
    if len(ys) < 100:
        return 0.0
    stride = max(1, len(ys) // _SKEW_SAMPLE)
    y = ys[::stride].astype(np.float32)
    x = xs[::stride].astype(np.float32)
    coarse = _best_angle(y, x, np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 0.01, 0.5))
    fine = _best_angle(y, x, np.arange(coarse - 0.5, coarse + 0.51, 0.1))
    return round(fine, 2)


def _best_angle(
    y: npt.NDArray[np.float32], x: npt.NDArray[np.float32], angles: npt.NDArray[np.float64]
) -> float:
    # Lines seen along their own angle pile their ink into few rows: the sum of squares peaks there.
    best_score, best = -1.0, 0.0
    for angle in angles:
        theta = np.deg2rad(angle)
        rows = y * np.float32(np.cos(theta)) + x * np.float32(np.sin(theta))
        counts = np.bincount((rows - rows.min()).astype(np.int64)).astype(np.float64)
        score = float(np.dot(counts, counts))
        if score > best_score:
            best_score, best = score, float(angle)
    return best


def _reduce(gray: Image.Image, dpi: float) -> Gray:
    factor = max(1, round(dpi / ANALYSIS_DPI))
    reduced = gray.reduce(factor) if factor > 1 else gray
    return np.asarray(reduced, dtype=np.uint8)


def ruling_lines(small: Gray, paper: Gray) -> Mask:
    """Thin straight rules (table borders, row separators, underlines) at analysis resolution.

    Tesseract reads rules broken up by noise and JPEG as rows of letters ("eee NN ww") and lets them
    merge with the text beside them. A rule is a run of ink longer than any word's letters stay
    joined, and thinner than a filled banner, whose white lettering must survive. Thin rules come out
    pale at analysis resolution, so horizontal ones are looked for at a lower contrast; vertical ones
    must be longer, as letters aligned in a column (the stems of "Jan" on every row) form short runs.
    """
    level = paper.astype(np.float32)
    faint = small.astype(np.float32) < level * (1.0 - RULE_CONTRAST)
    horizontal = _runs_along_rows(faint, RULE_LENGTH)
    horizontal &= ~_runs_along_rows(horizontal.T, RULE_THICKNESS + 1).T
    dark = (small.astype(np.float32) < level * (1.0 - INK_CONTRAST)).T
    vertical = _runs_along_rows(dark, VERTICAL_RULE_LENGTH)
    vertical &= ~_runs_along_rows(vertical.T, RULE_THICKNESS + 1).T
    inked = horizontal & _runs_along_rows(dark.T, RULE_LENGTH)
    rules: Mask = horizontal | vertical.T | box_sides(faint, inked)
    return rules


def box_sides(faint: Mask, horizontal: Mask) -> Mask:
    """Thin upright strokes that run from one horizontal rule to the next: the sides of a box or band.
    `horizontal` holds the rules drawn in ink the whole way: the edges of a zebra stripe are faint
    rules of their own, with letters between them that touch both.

    Tesseract reads them as "|" or "]" beside the headings in the band and stretches their words' boxes
    to the rules above and below, so a heading line looks as tall as the band and the line under it
    looks stacked onto it.
    """
    # A side may print so close beside a heading's last letter that the two are one stroke across, but
    # not where it meets the rules; a banner between two rules is wide all the way down.
    thin = faint & ~_runs_along_rows(faint, BOX_SIDE_WIDTH + 1)
    upright = (faint & ~horizontal).T  # columns as rows, so runs down the page are runs along rows
    height = upright.shape[1]
    padded = np.zeros((upright.shape[0], height + 2), dtype=np.int8)
    padded[:, 1:-1] = upright
    edges = np.flatnonzero(np.diff(padded.ravel()))
    starts, stops = edges[::2] + 1, edges[1::2] + 1  # [start, stop) in the padded columns
    column, top = np.divmod(starts, height + 2)
    top, bottom = top - 1, top - 1 + (stops - starts)  # rows [top, bottom) of the page
    sides = np.zeros_like(faint)
    short = (bottom - top <= BOX_SIDE_LENGTH) & (top >= 2) & (bottom <= height - 2)
    column, top, bottom = column[short], top[short], bottom[short]
    # Most runs are strokes of letters that touch no rule: they are passed over all at once.
    near = horizontal.copy()
    near[:, 1:] |= horizontal[:, :-1]
    near[:, :-1] |= horizontal[:, 1:]
    ruled = (near[top - 1, column] | near[top - 2, column]) & (
        near[bottom, column] | near[bottom + 1, column]
    )
    for x, y0, y1 in zip(column[ruled].tolist(), top[ruled].tolist(), bottom[ruled].tolist(), strict=True):
        above, below = slice(y0 - 2, y0), slice(y1, y1 + 2)
        ends_thin = thin[y0 : y0 + SIDE_END, x].any() and thin[max(y0, y1 - SIDE_END) : y1, x].any()
        if ends_thin and _corner(horizontal, above, x) and _corner(horizontal, below, x):
            sides[y0:y1, x] = True
    return sides


def _corner(horizontal: Mask, rows: slice, x: int) -> bool:
    """Whether a rule in these rows reaches column `x` (it may stop a column short of a side's outer
    edge) and ends there, on one side of it: a box's corner. Where the rule runs on either side, what
    meets it is a letter touching it or a column's rule inside the box, and is left."""
    width = horizontal.shape[1]
    reaches = horizontal[rows, max(0, x - 1) : x + 2].any()
    left = horizontal[rows, max(0, x - BOX_SIDE_WIDTH) : max(0, x - 2)].any()
    right = horizontal[rows, min(width, x + 3) : min(width, x + BOX_SIDE_WIDTH + 1)].any()
    return bool(reaches) and not (left and right)


def sideways_lines(small: Gray, paper: Gray) -> Mask:
    """Lines of print turned a quarter (running down the page), at analysis resolution.

    Ink whose gaps down its column are bridged up to SIDEWAYS_GAP runs down for SIDEWAYS_LENGTH or
    more, in a band no wider than SIDEWAYS_WIDTH with paper either side of it: lines of ordinary print
    are further apart than that gap, and where they are not (small print set tight) they make a wide
    band; the dark between a banner's letters or in a picture has no paper beside it.
    """
    ink = (small.astype(np.float32) < paper.astype(np.float32) * (1.0 - INK_CONTRAST)).view(np.uint8)
    if not ink.any():
        return np.zeros(small.shape, dtype=bool)
    # A turned glyph's strokes do not fill every column of its line: the line is taken a little wider.
    widened = _running_max(ink, 5, axis=1)
    closed = _running_min(_running_max(widened, SIDEWAYS_GAP + 1, axis=0), SIDEWAYS_GAP + 1, axis=0)
    down = _runs_along_rows(closed.astype(bool).T, SIDEWAYS_LENGTH).T
    if not down.any():
        return down
    # Beside a line there is paper: not the inside of a dark area, which is not ink against its own level.
    printed = small < float(np.percentile(small, 95)) * (1.0 - INK_CONTRAST)
    lines = np.zeros_like(down)
    for runs in _connected_runs(down):
        rows = [row for row, _, _ in runs]
        top, bottom = min(rows), max(rows) + 1
        left, right = min(start for _, start, _ in runs), max(stop for _, _, stop in runs)
        if bottom - top < SIDEWAYS_LENGTH or right - left > SIDEWAYS_WIDTH:
            continue
        beside = np.concatenate(
            (
                printed[top:bottom, max(0, left - 4) : max(0, left - 1)],
                printed[top:bottom, right + 1 : right + 4],
            ),
            axis=1,
        )
        if (
            beside.size
            and beside.mean() < SIDEWAYS_BESIDE
            and not _on_rows_beside(ink, top, bottom, left, right)
        ):
            lines[top:bottom, max(0, left - 1) : right + 1] = True
    found: Mask = lines & ink.astype(bool)
    if found.sum() > SIDEWAYS_MAX_SHARE * ink.sum():
        return np.zeros_like(found)
    return found


def _on_rows_beside(ink: Gray, top: int, bottom: int, left: int, right: int) -> bool:
    """Whether the ink running down columns `left` to `right` between `top` and `bottom` is pieces of rows
    printed across: figures stacked one per row, not a line up the page. Its ink is parted by paper at
    least SIDEWAYS_ROWS_GAPS times, and SIDEWAYS_ROWS_SHARED of its rows of ink, and of its rows of paper,
    are those of the print within SIDEWAYS_ROWS_REACH beside it (a row either way: a glyph's thin top or
    foot may reach a row further than its neighbour's)."""
    band = ink[top:bottom].astype(bool)
    own = np.asarray(band[:, left:right].any(axis=1), dtype=bool)
    if np.count_nonzero(own[1:] & ~own[:-1]) < SIDEWAYS_ROWS_GAPS:  # ink starting again after paper
        return False
    reach = SIDEWAYS_ROWS_REACH
    near_print = np.concatenate(
        (band[:, max(0, left - 1 - reach) : max(0, left - 1)], band[:, right + 1 : right + 1 + reach]), axis=1
    )
    beside = np.asarray(near_print.any(axis=1), dtype=bool)
    near = beside.copy()
    near[1:] |= beside[:-1]
    near[:-1] |= beside[1:]
    return bool(
        (own & near).sum() >= SIDEWAYS_ROWS_SHARED * own.sum()
        and (~own & ~beside).sum() >= SIDEWAYS_ROWS_SHARED * (~own).sum()
    )


def blank_blocks(small: Gray) -> Mask:
    """Solid dark blocks with nothing printed in them, at analysis resolution, with a pixel of margin.

    The block is the dark area's opening (what a square of 2 * SOLID_CORE + 1 pixels fits in); each
    connected block is kept when almost nothing across it, row by row, is light: the opening leaves
    out a banner's white letters, which are then gaps across its rows.
    """
    level = float(np.percentile(small, 95))
    dark = (small < level * DARK_AREA).view(np.uint8)
    if not dark.any():
        return np.zeros(small.shape, dtype=bool)
    core = 1 - max_filter(1 - dark, SOLID_CORE)
    block = max_filter(core, SOLID_CORE).astype(bool)
    if not block.any():
        return block
    blank = np.zeros_like(block)
    for runs in _connected_runs(block):
        # Across each row of the block, from its first pixel to its last: a banner's letters are gaps.
        spans: dict[int, tuple[int, int]] = {}
        for row, start, stop in runs:
            low, high = spans.get(row, (start, stop))
            spans[row] = (min(low, start), max(high, stop))
        tall = max(spans) - min(spans) + 1
        wide = max(stop for _, stop in spans.values()) - min(start for start, _ in spans.values())
        if tall < SOLID_MIN_SIDE or wide < SOLID_MIN_SIDE:
            continue
        area = sum(stop - start for start, stop in spans.values())
        light = sum(int((dark[row, start:stop] == 0).sum()) for row, (start, stop) in spans.items())
        if light <= SOLID_LIGHT_SHARE * area:
            for row, (start, stop) in spans.items():
                blank[row, start:stop] = True
    grown: Mask = max_filter(blank.view(np.uint8), 1).astype(bool)
    return grown


def _connected_runs(mask: Mask) -> list[list[tuple[int, int, int]]]:
    """The connected parts of `mask`, each as its runs along rows (row, start, stop), by joining runs
    that touch a run of the row above (union-find over runs: blocks are few and wide)."""
    runs: list[tuple[int, int, int]] = []
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    above: list[int] = []
    for row in np.flatnonzero(mask.any(axis=1)):
        flags = np.concatenate(([0], mask[row].view(np.int8), [0]))
        edges = np.flatnonzero(np.diff(flags))
        here = []
        for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            index = len(runs)
            runs.append((int(row), start, stop))
            parent.append(index)
            for other in above:
                r, a, b = runs[other]
                if r == row - 1 and a < stop and start < b:
                    parent[root(other)] = root(index)
            here.append(index)
        above = here
    parts: dict[int, list[tuple[int, int, int]]] = {}
    for index, run in enumerate(runs):
        parts.setdefault(root(index), []).append(run)
    return list(parts.values())


def dotted_rules(gray: Image.Image, dpi: float) -> Mask:
    """The ink of dotted and dashed horizontal rules, at the page's resolution (the page level).

    A dotted rule is thin ink: pixels in no vertical ink run taller than `DOTTED_INK_IN`. Bridging
    gaps up to `DOTTED_GAP_IN` along a row turns its dots into one run, which must be long and made of
    many pieces; a word's thin strokes (the bar of a T, the arms of an E) are broken by its letters'
    stems and the spaces between words. A row a pixel above or below counts as the rule's own, so a
    rule the deskew left a fraction of a degree off level is still one run.
    """
    values = np.asarray(gray, dtype=np.uint8)
    level = float(np.percentile(values[::8, ::8], 90))
    ink = values < level * DOTTED_INK
    dotted = np.zeros(values.shape, dtype=bool)
    if not ink.any():
        return dotted
    tall = max(1, round(DOTTED_INK_IN * dpi)) + 1
    # The page-wide steps run down the columns only, so they work on the ink packed eight pixels of a
    # row to a byte: a running minimum and maximum of bits are AND and OR of whole bytes, an eighth of
    # the work (~50 ms a 300-dpi page unpacked), with the same bits.
    width = values.shape[1]
    packed = np.packbits(ink, axis=1)
    # Ink in a vertical run of `tall` pixels or more: an opening along the columns.
    strokes = _running(np.bitwise_or, _running(np.bitwise_and, packed, tall, axis=0), tall, axis=0)
    band = _running(np.bitwise_or, packed & ~strokes, 3, axis=0)
    # Bridging lets each pixel of the band stand for at most `gap + 1` of a run: a row with fewer than
    # `length / (gap + 1)` of them holds no rule. Most rows of a page are such; the rest are worked on
    # in strips, with the rows a rule's clearance and fringe reach.
    length = max(2, round(DOTTED_LENGTH_IN * dpi))
    gap = max(1, round(DOTTED_GAP_IN * dpi))
    clear = max(1, round(DOTTED_CLEAR_IN * dpi))
    candidates = np.bitwise_count(band).sum(axis=1) >= -(-length // (gap + 1))
    for top, bottom in _row_bands(_rows_near(candidates, clear + 2)):
        dotted[top:bottom] = _dotted_in_strip(
            np.unpackbits(band[top:bottom], axis=1, count=width),
            np.unpackbits(strokes[top:bottom], axis=1, count=width),
            dpi,
        )
    return dotted


def _dotted_in_strip(band: Gray, strokes: Gray, dpi: float) -> Mask:
    """`dotted_rules` within a strip of rows: the band's long runs of many pieces, clear of print."""
    gap = max(1, round(DOTTED_GAP_IN * dpi))
    bridged = _running_min(_running_max(band, gap + 1, axis=1), gap + 1, axis=1).astype(bool)
    rule = _runs_along_rows(bridged, max(2, round(DOTTED_LENGTH_IN * dpi)))
    if not rule.any():
        return rule
    # Pieces: where a run of the band starts. A rule's run must hold enough of them per inch.
    starts = band.astype(bool)
    starts[:, 1:] &= band[:, :-1] == 0
    rule &= _dense_runs(rule, starts, DOTTED_PIECES_PER_IN / dpi)
    if not rule.any():
        return rule
    reach = 2 * max(1, round(DOTTED_CLEAR_IN * dpi)) + 1
    crowded = _running_max(strokes, reach, axis=0).astype(bool)
    rule &= ~_dense_runs(rule, crowded, DOTTED_CROWDED)
    # The dots' grey fringe goes with them; a stroke of print that touches the rule stays.
    dotted: Mask = _running_max(rule.view(np.uint8), 5, axis=0).astype(bool) & (strokes == 0)
    return dotted


def _running_min(values: Gray, window: int, axis: int) -> Gray:
    """Minimum over a centred window along one axis (edges repeated)."""
    return _running(np.minimum, values, window, axis)


def _dense_runs(runs: Mask, marks: Mask, per_pixel: float) -> Mask:
    """The pixels of `runs` in a run (along its row) holding at least `per_pixel` marks per pixel."""
    result = np.zeros_like(runs)
    for row in np.flatnonzero(runs.any(axis=1)):
        flags = runs[row]
        edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.view(np.int8), [0]))))
        for start, stop in zip(edges[::2], edges[1::2], strict=True):
            if marks[row, start:stop].sum() >= per_pixel * (stop - start):
                result[row, start:stop] = True
    return result


def _runs_along_rows(mask: Mask, length: int) -> Mask:
    """The pixels of `mask` that lie in a horizontal run of at least `length`.

    Only rows holding `length` pixels or more can hold such a run; on them each run is found by its
    edges, and the long ones are painted (they are few: rules, bands, the desk's rows).
    """
    result = np.zeros_like(mask)
    width = mask.shape[1]
    if width < length:
        return result
    rows = np.flatnonzero(np.count_nonzero(mask, axis=1) >= length)
    if not len(rows):
        return result
    # Each row padded with paper at both ends, so no run crosses into the next row.
    padded = np.zeros((len(rows), width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask[rows]
    edges = np.flatnonzero(np.diff(padded.ravel()))
    starts, stops = edges[::2] + 1, edges[1::2] + 1  # [start, stop) in the padded rows
    long = stops - starts >= length
    for start, stop in zip(starts[long].tolist(), stops[long].tolist(), strict=True):
        row, column = divmod(start, width + 2)
        result[rows[row], column - 1 : column - 1 + stop - start] = True
    return result


def outside_page(small: Gray, paper: Gray) -> Mask:
    """What lies around a photographed page (the desk under it), at analysis resolution.

    Dark, featureless areas reaching the frame's edge, followed inwards along each row and column
    until something else starts. Tesseract takes such a region for a picture and swallows the text
    column beside it. A dark banner printed at the page's top is not featureless: its lettering
    stops the walk, so it keeps a dark surround wide enough to be read.
    """
    level = float(np.percentile(paper, 95)) * DARK_AREA
    dark = paper.astype(np.float32) < level
    outside = np.zeros_like(dark)
    if max(float(side.mean()) for side in (dark[0], dark[-1], dark[:, 0], dark[:, -1])) < DESK_ON_SOME_SIDE:
        return outside
    featureless = max_filter(small, DESK_WINDOW).astype(np.float32) < level
    for axis in (0, 1):
        # Along each line: the run that starts at one edge, and the one that ends at the other.
        outside |= np.logical_and.accumulate(featureless, axis=axis)
        outside |= np.flip(np.logical_and.accumulate(np.flip(featureless, axis), axis=axis), axis)
    # The page's own edge, a dark line in the shadow next to the desk, goes with it: Tesseract would
    # take it for a column rule and drop the text column beside it.
    for _ in range(PAGE_EDGE):
        grown = outside.copy()
        grown[1:] |= outside[:-1]
        grown[:-1] |= outside[1:]
        grown[:, 1:] |= outside[:, :-1]
        grown[:, :-1] |= outside[:, 1:]
        outside = grown
    return outside


def page_corners(desk: Mask) -> npt.NDArray[np.float64] | None:
    """The photographed page's corners (top-left, top-right, bottom-right, bottom-left) as (x, y)
    at analysis resolution, when the desk shows along all four sides of the frame; else None."""
    sides = (desk[0], desk[-1], desk[:, 0], desk[:, -1])
    if min(float(side.mean()) for side in sides) < DESK_ON_EVERY_SIDE:
        return None
    ys, xs = np.nonzero(~desk)
    if len(xs) == 0:
        return None
    total, diff = xs + ys, xs - ys
    picks = (np.argmin(total), np.argmax(diff), np.argmax(total), np.argmin(diff))
    corners = np.array([(xs[i], ys[i]) for i in picks], dtype=np.float64)
    x, y = corners[:, 0], corners[:, 1]
    area = 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))
    return corners if area >= MIN_PAGE_AREA * desk.size else None


def _rectify(gray: Image.Image, corners: npt.NDArray[np.float64]) -> Image.Image:
    """Warp the quadrilateral page to an upright rectangle, with a margin for what lies just outside
    the corners found (a dark banner at the page's top reads as desk and must not be cut off)."""
    top_left, top_right, bottom_right, bottom_left = corners
    width = float(np.linalg.norm(top_right - top_left) + np.linalg.norm(bottom_right - bottom_left)) / 2
    height = float(np.linalg.norm(bottom_left - top_left) + np.linalg.norm(bottom_right - top_right)) / 2
    margin = RECTIFY_MARGIN * height
    target = [
        (margin, margin),
        (margin + width, margin),
        (margin + width, margin + height),
        (margin, margin + height),
    ]
    rows, values = [], []
    for (x, y), (u, v) in zip(target, corners, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    coefficients = np.linalg.solve(np.array(rows), np.array(values))
    size = (round(width + 2 * margin), round(height + 2 * margin))
    page = gray.transform(
        size,
        Image.Transform.PERSPECTIVE,
        tuple(float(c) for c in coefficients),
        resample=Image.Resampling.BILINEAR,
        fillcolor=255,
    )
    # Beside and below the page there is only desk and the page's shadowed edge; above it there may
    # be a banner. Clear the sides and the bottom, and only a thin band along the top edge.
    edge = EDGE_BAND * height
    left, right, top, bottom = margin + edge, margin + width - edge, margin - edge, margin + height - edge
    from PIL import ImageDraw  # noqa: PLC0415  (only for a photographed page: see the imports)

    draw = ImageDraw.Draw(page)
    for box in ((0, 0, left, size[1]), (right, 0, size[0], size[1]), (0, bottom, size[0], size[1])):
        draw.rectangle(box, fill=255)
    draw.rectangle((0, top, size[0], margin + edge), fill=255)
    return page


def patterned_shading(gray: Image.Image, dpi: float) -> Mask:
    """Areas shaded with a pattern of specks (dots, hatching), in cells of `PATTERN_CELL_IN`.

    A cell is patterned when there is tint all around it (no blank paper within the window: text
    on white paper has gaps between its lines and words) and most of that tint is specks that a
    grey-level opening as thin as `PATTERN_SPECK_IN` removes (a flat grey tint is left to relighting,
    print to the reader). Letters printed on the band are holes in it, which the margin closes.
    """
    values = np.asarray(gray, dtype=np.uint8)
    factor = max(1, round(dpi * PATTERN_CELL_IN))
    tint = np.asarray(Image.fromarray(255 - values, mode="L").reduce(factor), dtype=np.uint8)
    # Blank paper near every cell: nothing is shaded, and the full-resolution opening is not needed.
    surrounded = 255 - max_filter(255 - tint, PATTERN_WINDOW)
    tinted = surrounded >= PATTERN_MIN_TINT
    if not tinted.any():
        return np.zeros(tint.shape, dtype=bool)
    specks = _box_mean(_lift(values, tinted, factor, dpi), PATTERN_SPECK_WINDOW) >= PATTERN_SPECK_SHARE * (
        _box_mean(tint.astype(np.float32), PATTERN_SPECK_WINDOW)
    )
    cells = tinted & specks
    if not cells.any():
        return cells
    closed = 1 - max_filter(1 - max_filter(cells.astype(np.uint8), PATTERN_MARGIN), PATTERN_MARGIN)
    # A cell within the window of a band's edge sees the paper beyond it: the band reaches that far.
    return max_filter(closed, PATTERN_WINDOW).astype(bool)


def _lift(values: Gray, tinted: Mask, factor: int, dpi: float) -> Floats:
    """What the opening lifts in each cell, in the cells whose speck share a tinted cell looks at (the
    window's rows around it; elsewhere nought). The opening runs on those rows of the page only, with
    the rows it reaches beyond them."""
    lift = np.zeros(tinted.shape, dtype=np.float32)
    reach = 2 * _speck_half_width(dpi)
    for top, bottom in _row_bands(_rows_near(np.count_nonzero(tinted, axis=1) > 0, PATTERN_SPECK_WINDOW)):
        y0, y1 = top * factor, min(bottom * factor, values.shape[0])
        start, stop = max(0, y0 - reach), min(values.shape[0], y1 + reach)
        strip = values[start:stop]
        lifted = (_opened(strip, dpi) - strip)[y0 - start : y1 - start]
        lift[top:bottom] = np.asarray(Image.fromarray(lifted, mode="L").reduce(factor), dtype=np.float32)
    return lift


def _box_mean(values: Floats, half_width: int) -> Floats:
    """Mean within `half_width` cells each way (edges repeated), by cumulative sums."""
    size = 2 * half_width + 1
    padded = np.pad(values, half_width, mode="edge").astype(np.float64)
    sums = np.zeros((padded.shape[0] + 1, padded.shape[1] + 1), dtype=np.float64)
    sums[1:, 1:] = padded.cumsum(axis=0).cumsum(axis=1)
    window = sums[size:, size:] - sums[:-size, size:] - sums[size:, :-size] + sums[:-size, :-size]
    return (window / (size * size)).astype(np.float32)


def _opened(values: Gray, dpi: float) -> Gray:
    """A grey-level opening of the ink: specks thinner than the window go, thicker strokes come back
    at their width (a max filter, then a min filter of the same size)."""
    half = _speck_half_width(dpi)
    opened: Gray = 255 - max_filter(255 - max_filter(values, half), half)
    return opened


def _speck_half_width(dpi: float) -> int:
    return max(1, round(PATTERN_SPECK_IN * dpi))


def _open_specks(gray: Image.Image, mask: Mask, dpi: float) -> Image.Image:
    """Within the masked cells, the pattern blurred into an even tint and that tint lifted to white:
    print keeps its strokes (blurred a little), the specks between go. Elsewhere the page is as it was.

    Shaded bands are a small part of a page: each band of masked rows is worked on by itself, cut out
    with a margin wider than the blur and the tint's window reach.
    """
    values = np.array(gray, dtype=np.uint8)
    rows = np.minimum(
        (np.arange(gray.height) * (mask.shape[0] / gray.height)).astype(np.intp), mask.shape[0] - 1
    )
    cols = np.minimum(
        (np.arange(gray.width) * (mask.shape[1] / gray.width)).astype(np.intp), mask.shape[1] - 1
    )
    radius = PATTERN_BLUR_IN * dpi
    window = max(1, round(PATTERN_TINT_WINDOW_IN * dpi))
    margin = window + math.ceil(4 * radius) + 2
    for top, bottom in _row_bands(mask):
        left, right = _column_span(mask[top:bottom])
        y0, y1 = np.searchsorted(rows, (top, bottom))
        x0, x1 = np.searchsorted(cols, (left, right))
        box = (
            max(0, x0 - margin),
            max(0, y0 - margin),
            min(gray.width, x1 + margin),
            min(gray.height, y1 + margin),
        )
        crop = gray.crop(box)
        from PIL import ImageFilter  # noqa: PLC0415  (only for a patterned scan: see the imports)

        blurred = np.asarray(crop.filter(ImageFilter.GaussianBlur(radius)), dtype=np.float32)
        tint = max_filter(blurred.astype(np.uint8), window)
        # The tint's level becomes white, and what the blur left of the pattern's ripple with it.
        scale = 255.0 / np.maximum(tint.astype(np.float32), 1.0) * (255.0 / PATTERN_PAPER)
        lifted = np.minimum(blurred * scale, 255.0).astype(np.uint8)
        inner = lifted[y0 - box[1] : y1 - box[1], x0 - box[0] : x1 - box[0]]
        inside = mask[rows[y0:y1]][:, cols[x0:x1]]
        values[y0:y1, x0:x1] = np.where(inside, inner, values[y0:y1, x0:x1])
    return Image.fromarray(values, mode="L")


def _row_bands(mask: Mask) -> list[tuple[int, int]]:
    """The runs of consecutive rows of `mask` that hold something, as [top, bottom)."""
    flags = np.concatenate(([0], mask.any(axis=1).view(np.int8), [0]))
    edges = np.flatnonzero(np.diff(flags)).tolist()
    return list(zip(edges[::2], edges[1::2], strict=True))


def _rows_near(flags: npt.NDArray[np.bool_], reach: int) -> Mask:
    """The rows within `reach` of a flagged one (one flag a row), as a mask one column wide."""
    near: Mask = _running_max(flags.reshape(-1, 1).view(np.uint8), 2 * reach + 1, axis=0).astype(bool)
    return near


def _column_span(mask: Mask) -> tuple[int, int]:
    """The columns [left, right) that hold something in `mask`."""
    held = np.flatnonzero(mask.any(axis=0))
    return int(held[0]), int(held[-1]) + 1


def _erase(gray: Image.Image, mask: Mask) -> Image.Image:
    """Paint masked areas white at full resolution (each analysis pixel covers a block of page pixels)."""
    factor_y = gray.height / mask.shape[0]
    cols = np.minimum(
        (np.arange(gray.width) * (mask.shape[1] / gray.width)).astype(np.intp), mask.shape[1] - 1
    )
    values = np.array(gray, dtype=np.uint8)
    for row in np.flatnonzero(mask.any(axis=1)):  # only the bands that hold something to erase
        band = slice(
            math.ceil(row * factor_y), math.ceil((row + 1) * factor_y)
        )  # rows whose floor(r / f) is row
        values[band, mask[row][cols]] = 255
    return Image.fromarray(values, mode="L")


def _local_paper(small: Gray) -> Gray:
    """The paper's own brightness around each pixel, text wiped out.

    A max filter wider than a stroke but narrower than a shaded table row: under a shadow, a lighting
    gradient or a grey zebra stripe, the paper's level is that of the paper right there.
    """
    return max_filter(small, PAPER_WINDOW)


def max_filter(small: Gray, half_width: int) -> Gray:
    """Brightest value within `half_width` pixels (edges repeated), separably: rows, then columns."""
    result = small
    for axis in (1, 0):
        result = _running_max(result, 2 * half_width + 1, axis)
    return result


def _running_max(values: Gray, window: int, axis: int) -> Gray:
    """Maximum over a centred window along one axis (edges repeated)."""
    return _running(np.maximum, values, window, axis)


def _running(pick: np.ufunc, values: Gray, window: int, axis: int) -> Gray:
    """`pick` (np.maximum or np.minimum; np.bitwise_or or np.bitwise_and, the same of bits packed
    along the other axis) of a centred window along one axis, by doubling: log2(window) passes, not
    window."""
    half = window // 2
    padding = [(0, 0), (0, 0)]
    padding[axis] = (half, half)
    spans = np.pad(values, padding, mode="edge")
    length = values.shape[axis]

    def part(start: int, size: int) -> Gray:
        taken: Gray = spans[start : start + size] if axis == 0 else spans[:, start : start + size]
        return taken

    span = 1  # spans[i] holds the pick of `span` values from i on
    while 2 * span <= window:
        size = spans.shape[axis] - span
        spans = pick(part(0, size), part(span, size))
        span *= 2
    result: Gray = pick(part(0, length), part(window - span, length))
    return np.ascontiguousarray(result)


def _gain(paper: Gray) -> npt.NDArray[np.float32] | None:
    """Per-pixel brightening that makes the paper white, or None when the paper is already even.

    Dark areas (banners with white text, the table under a photographed page) are left alone:
    stretching them would wipe out what is printed in them.
    """
    level = float(np.percentile(paper, 95))
    if level <= 0:
        return None
    share = paper.astype(np.float32) / level
    shaded = (share > DARK_AREA) & (share < 1.0 - UNEVEN_LIGHT)
    if shaded.mean() < SHADED_SHARE:
        return None
    white = 255.0 / np.maximum(paper.astype(np.float32), 1.0)  # paper of any brightness becomes white
    return np.where(share > DARK_AREA, np.maximum(white, 1.0), 1.0).astype(np.float32)


def _relight(gray: Image.Image, gain: npt.NDArray[np.float32]) -> Image.Image:
    """Multiply by the gain, scaled up to the page, so shadows and stripes become plain white paper."""
    full = Image.fromarray(gain, mode="F").resize(gray.size, Image.Resampling.BILINEAR)
    values = np.asarray(gray, dtype=np.float32) * np.asarray(full, dtype=np.float32)
    return Image.fromarray(np.minimum(values, 255.0).astype(np.uint8), mode="L")


def _denoise(gray: Image.Image, *, shaded: bool) -> Image.Image:
    """Quieten a low-resolution scan's JPEG noise: the specks Tesseract reads as stray letters.

    A 3-pixel median removes specks and block edges and keeps strokes (at 300 dpi a stroke is 3-5 px).
    On shaded paper the stripes are then lifted to white; elsewhere that would also lighten the thin
    strokes of serif print, which then loses digits ("01" read "ol").
    """
    gray = median3(gray)
    if shaded:
        gray = gray.point(_PAPER_TO_WHITE)
    return gray


def median3(gray: Image.Image) -> Image.Image:
    """Pillow's MedianFilter(3), edges repeated as it does, in a fraction of its time.

    Each column of three pixels is sorted once and shared by the three windows over it; the median
    of nine is then the middle of: the largest of the columns' lows, the middle of their middles, and
    the smallest of their highs.
    """
    padded = np.pad(np.asarray(gray, dtype=np.uint8), 1, mode="edge")
    top, centre, bottom = padded[:-2], padded[1:-1], padded[2:]
    low, high = np.minimum(top, centre), np.maximum(top, centre)
    middle = np.maximum(low, np.minimum(high, bottom))
    low, high = np.minimum(low, bottom), np.maximum(high, bottom)
    width = gray.width

    def left(a: Gray) -> Gray:
        return a[:, :width]

    def here(a: Gray) -> Gray:
        return a[:, 1 : width + 1]

    def right(a: Gray) -> Gray:
        return a[:, 2:]

    lows = np.maximum(np.maximum(left(low), here(low)), right(low))
    highs = np.minimum(np.minimum(left(high), here(high)), right(high))
    middles = _middle(left(middle), here(middle), right(middle))
    return Image.fromarray(_middle(lows, middles, highs), mode="L")


def _middle(a: Gray, b: Gray, c: Gray) -> Gray:
    """The middle value of three, per pixel."""
    result: Gray = np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))
    return result


_PAPER_TO_WHITE = [min(255, round(v * 255 / PAPER_GREY)) for v in range(256)]


def _to_ocr_resolution(gray: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    low, high = KEEP_DPI_RANGE
    if low <= dpi <= high:
        return gray, dpi
    scale = OCR_DPI / dpi
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    resample = Image.Resampling.BICUBIC if scale > 1 else Image.Resampling.BOX
    return gray.resize(size, resample), dpi * scale
