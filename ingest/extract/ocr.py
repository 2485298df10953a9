"""Words from page images, through the Tesseract binary (pytesseract)."""

from __future__ import annotations

import os

import pytesseract
from PIL import Image

from ingest.codes import ExtractionMethod
from ingest.extract.words import PageWords, Word

# Debian's Tesseract uses OpenMP; one thread per process, parallelism comes from pages and files.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

POINTS_PER_INCH = 72.0


def ocr_page(image: Image.Image, number: int, dpi: int, lang: str = "eng") -> PageWords:
    """OCR one page image; word boxes come back in points so layout code sees one scale."""
    scale = POINTS_PER_INCH / dpi
    data = pytesseract.image_to_data(image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT)
    words = []
    for text, conf, left, top, width, height in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"], strict=True
    ):
        if not str(text).strip() or float(conf) < 0:
            continue
        words.append(
            Word(
                text=str(text),
                x0=left * scale,
                x1=(left + width) * scale,
                top=top * scale,
                bottom=(top + height) * scale,
                confidence=float(conf),
            )
        )
    return PageWords(
        number=number,
        width=image.width * scale,
        height=image.height * scale,
        words=tuple(words),
        method=ExtractionMethod.OCR,
    )
