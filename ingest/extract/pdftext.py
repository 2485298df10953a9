"""Words from a PDF's text layer, through pdfplumber."""

from __future__ import annotations

from statistics import median
from typing import Any

from ingest.codes import ExtractionMethod
from ingest.extract.words import PageWords, Word

# A word this many times taller than the page's median word is a watermark ("MUSTER" across the page),
# not text of a line.
WATERMARK_HEIGHT = 4.0


def text_layer_words(page: Any, number: int) -> PageWords:
    """The words of one pdfplumber page, upright and body-sized: rotated margin notes and watermarks
    are no part of any line. Coordinates are already points from the top-left."""
    found = [
        w
        for w in page.extract_words(
            keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5, extra_attrs=["upright"]
        )
        if w["text"].strip() and w["upright"]
    ]
    heights = [float(w["bottom"]) - float(w["top"]) for w in found]
    limit = WATERMARK_HEIGHT * median(heights) if heights else 0.0
    words = tuple(
        Word(
            text=w["text"],
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
        )
        for w, height in zip(found, heights, strict=True)
        if height <= limit
    )
    return PageWords(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        method=ExtractionMethod.TEXT,
    )
