"""Per page, the cheapest good source of words: the text layer when usable, else OCR of a render."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from ingest.extract.ocr import ocr_page
from ingest.extract.pdftext import text_layer_words
from ingest.extract.words import PageWords
from ingest.settings import Limits
from ingest.stages.upload import PDF

MIN_TEXT_WORDS = 5  # fewer words than this in a text layer: treat the page as an image


def read_pages(limits: Limits, data: bytes, content_type: str) -> Iterator[PageWords]:
    """Yield each page's words in order, holding one page image at a time."""
    if content_type == PDF:
        yield from _pdf_pages(limits, data)
    else:
        with Image.open(io.BytesIO(data)) as image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                dpi = _image_dpi(frame, limits.dpi)
                yield ocr_page(frame.convert("L"), number, dpi)


def _pdf_pages(limits: Limits, data: bytes) -> Iterator[PageWords]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        document: pdfium.PdfDocument | None = None
        try:
            for number, page in enumerate(pdf.pages, start=1):
                words = text_layer_words(page, number)
                page.close()
                if len(words.words) >= MIN_TEXT_WORDS:
                    yield words
                    continue
                if document is None:
                    document = pdfium.PdfDocument(data)
                bitmap = document[number - 1].render(scale=limits.dpi / 72, grayscale=True)
                yield ocr_page(bitmap.to_pil(), number, limits.dpi)
        finally:
            if document is not None:
                document.close()


def _image_dpi(image: Image.Image, default: int) -> int:
    info = image.info.get("dpi")
    if isinstance(info, tuple) and info and float(info[0]) >= 50:
        return round(float(info[0]))
    return default
