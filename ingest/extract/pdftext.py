"""Words from a PDF's text layer, through pdfplumber."""

from __future__ import annotations

from typing import Any

from ingest.codes import ExtractionMethod
from ingest.extract.words import PageWords, Word


def text_layer_words(page: Any, number: int) -> PageWords:
    """The words of one pdfplumber page. Coordinates are already points from the top-left."""
    words = tuple(
        Word(
            text=w["text"],
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
        )
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
        if w["text"].strip()
    )
    return PageWords(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        method=ExtractionMethod.TEXT,
    )
