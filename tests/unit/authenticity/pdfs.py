"""Small PDFs drawn in tests, in a known drawing order, and the content signals of a PDF's pages."""

from __future__ import annotations

import io
from collections.abc import Callable

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

from ingest.authenticity import ContentReader
from ingest.models import Signal

Draw = Callable[[Canvas], None]

# A statement's amount column: right-aligned at x = 500, one row every 14 points.
RIGHT = 500.0
AMOUNTS = ("1,204.50", "86.15", "2,450.00", "1,450.00", "23.99", "112.40", "3,383.06")


def pdf(*pages: Draw) -> bytes:
    """A PDF with one page per drawing function, drawn in the order the function draws."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(612, 792))
    for draw in pages:
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def table(canvas: Canvas, font: str = "Helvetica", skip: int | None = None) -> None:
    """Dated rows with a description and an amount, the amount right-aligned in its column."""
    for row, amount in enumerate(AMOUNTS):
        y = 700 - 14 * row
        canvas.setFont("Helvetica", 9)
        canvas.drawString(60, y, f"2024-11-{row + 1:02d}")
        canvas.drawString(130, y, "CARD PURCHASE")
        if row != skip:
            canvas.setFont(font, 9)
            canvas.drawRightString(RIGHT, y, amount)


def row_y(row: int) -> float:
    return 700 - 14 * row


def content_signals(data: bytes) -> list[Signal]:
    """What ContentReader finds on each page, handed pages the way the reader hands them."""
    reader = ContentReader()
    with pdfplumber.open(io.BytesIO(data)) as document:
        for number, page in enumerate(document.pages, start=1):
            page.extract_words()  # the reader has taken the words before the hook sees the page
            reader.page(page, number)
    return reader.finish()
