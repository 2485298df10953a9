"""Test pages made here: statement-like text drawn with reportlab, rendered like a scanner would."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from ingest.extract.ocr import OcrWord

LINES = (
    "Northwind Savings Bank",
    "Statement period 01 Mar 2025 to 31 Mar 2025",
    "Date Description Withdrawals Deposits Balance",
    "03 Mar GROCERY MARKET 45.20 1,204.80",
    "07 Mar PAYROLL DEPOSIT 2,310.00 3,514.80",
    "12 Mar HYDRO BILL PAYMENT 88.15 3,426.65",
    "19 Mar COFFEE HOUSE 6.75 3,419.90",
    "28 Mar RENT TRANSFER 1,450.00 1,969.90",
)


def statement_pdf(lines: tuple[str, ...] = LINES, size: float = 13) -> bytes:
    """A one-page PDF with a real text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", size)
    y = 720.0
    for line in lines:
        pdf.drawString(60, y, line)
        y -= size * 2
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render(pdf: bytes, dpi: int = 300) -> Image.Image:
    """The first page as a greyscale scan at `dpi`."""
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()


def image_pdf(image: Image.Image, dpi: int = 300) -> bytes:
    """An image-only PDF, as a scanner writes one: no text layer at all."""
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=dpi)
    return buffer.getvalue()


def encoded(image: Image.Image, fmt: str, dpi: int = 300, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, dpi=(dpi, dpi), **options)
    return buffer.getvalue()


@dataclass
class FakeEngine:
    """An OCR engine that returns fixed words and records what it was asked to read."""

    words: list[OcrWord] = field(default_factory=list)
    turn: int | None = None
    images: list[Image.Image] = field(default_factory=list)  # the images it was given, per call
    reads: list[tuple[int, int, int | None]] = field(default_factory=list)  # (width, height, dpi) per call
    langs: list[str] = field(default_factory=list)  # the languages asked for, per call

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        self.reads.append((image.width, image.height, dpi))
        self.langs.append(lang)
        self.images.append(image)
        return list(self.words)

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        return self.turn

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        return None


class CrashingEngine:
    """An OCR engine that fails on every page, as a broken install would."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        raise RuntimeError("engine crashed")

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        raise RuntimeError("engine crashed")

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        raise RuntimeError("engine crashed")


def word(text: str, confidence: float = 95.0, left: int = 300, top: int = 600) -> OcrWord:
    return OcrWord(text=text, left=left, top=top, width=30 * len(text), height=40, confidence=confidence)
