"""Page-image clean-up before OCR: grey levels, lighting, blank pages, skew, scale and rotation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter

# Analysis runs on a reduced copy: about 100 dpi keeps text lines apart and costs a few milliseconds.
ANALYSIS_DPI = 100
# OCR resolution: Tesseract reads body text best with an x-height of 20-30 px, which 300 dpi gives.
OCR_DPI = 300
# Pages scanned within this range of OCR_DPI are read as they are; resampling would cost for nothing.
KEEP_DPI_RANGE = (250.0, 450.0)
# A pixel is ink when it is this much darker than the paper around it.
INK_CONTRAST = 0.25
# Below this share of ink pixels (at analysis resolution) a page is blank: dust and scanner noise only.
BLANK_INK_SHARE = 0.0002
# Paper brighter in one place than another by more than this share of its level: normalise the light.
UNEVEN_LIGHT = 0.12
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


def clean_page(image: Image.Image, dpi: float) -> Cleaned:
    """Greyscale, relight, drop blank pages, undo skew, and bring the text to OCR resolution."""
    gray = to_gray(image)
    small = _reduce(gray, dpi)
    paper = _paper(small)
    ink = small.astype(np.float32) < paper.astype(np.float32) * (1.0 - INK_CONTRAST)
    if ink.mean() < BLANK_INK_SHARE:
        return Cleaned(image=None, dpi=dpi, skew=0.0, relit=False)
    relit = _uneven(paper)
    if relit:
        gray = _relight(gray, paper)
    skew = detect_skew(ink)
    if abs(skew) >= MIN_SKEW_DEG:
        gray = gray.rotate(-skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    gray, dpi = _to_ocr_resolution(gray, dpi)
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


def _paper(small: Gray) -> Gray:
    """The paper's brightness everywhere: a max filter wipes out text strokes, a blur smooths it."""
    image = Image.fromarray(small)
    coarse = image.reduce(4) if min(image.size) >= 64 else image
    paper = coarse.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    return np.asarray(paper.resize(image.size, Image.Resampling.BILINEAR), dtype=np.uint8)


def _uneven(paper: Gray) -> bool:
    low, high = np.percentile(paper, [2, 98])
    return bool(high > 0 and (high - low) / high > UNEVEN_LIGHT)


def _relight(gray: Image.Image, paper: Gray) -> Image.Image:
    """Divide by the paper's brightness, so shadows and hot spots become plain white paper."""
    light = np.asarray(Image.fromarray(paper).resize(gray.size, Image.Resampling.BILINEAR), dtype=np.uint16)
    values = np.asarray(gray, dtype=np.uint16) * 255 // np.maximum(light, 1)
    return Image.fromarray(np.minimum(values, 255).astype(np.uint8), mode="L")


def _to_ocr_resolution(gray: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    low, high = KEEP_DPI_RANGE
    if low <= dpi <= high:
        return gray, dpi
    scale = OCR_DPI / dpi
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    resample = Image.Resampling.BICUBIC if scale > 1 else Image.Resampling.BOX
    return gray.resize(size, resample), dpi * scale
