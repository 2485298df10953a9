"""Ordinary statements whose text layer is written as real PDF producers write it, not as the drawing
helpers do: furniture outside the page's crop box, all the text turned on an unturned page."""

from __future__ import annotations

import io

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    as_drawn,
    dejavu,
    english,
    paid_in,
    paid_out,
    read_one,
    running,
    statement,
)

ROWS = running(
    M("1520.40"),
    [
        (D(2025, 3, 3), "CARD PAYMENT GREENGROCER", "-84.35"),
        (D(2025, 3, 5), "SALARY NORTHWIND LTD", "5210.00"),
        (D(2025, 3, 9), "STANDING ORDER RENT", "-1850.00"),
        (D(2025, 3, 17), "CASH WITHDRAWAL", "-200.00"),
    ],
)
HEAD = [
    "Ashgrove Bank plc",
    "Ms Ada Lowe",
    "12 Mill Lane, York YO1 7HH",
    "Statement period 1 March 2025 to 31 March 2025",
    "Account number 40-11-22 71234567",
]
COLUMNS = [
    Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
    Column("Description", 120, lambda r: r.description),
    Column("Paid out", 400, paid_out(english), right=True),
    Column("Paid in", 470, paid_in(english), right=True),
    Column("Balance", 550, lambda r: english(r.balance), right=True),
]


def _trimmed(pdf: bytes, bleed: float) -> bytes:
    """The pages enlarged by `bleed` on every side, the crop box kept where the page was: a printer's
    sheet, whose slug and colour bars a producer draws outside the page as displayed."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            left, bottom, right, top = (float(v) for v in page.MediaBox)
            page.CropBox = [left, bottom, right, top]
            page.MediaBox = [left - bleed, bottom - bleed, right + bleed, top + bleed]
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def test_a_printers_slug_and_colour_bars_outside_the_crop_box_are_not_read() -> None:
    drawn = io.BytesIO()
    c = canvas.Canvas(drawn, pagesize=A4)
    width, height = A4
    c.setFont("Helvetica", 7)
    # The slug under the trim and the colour bars beside it (as in a real statement laid out for print).
    c.drawString(25, -14, "ASH-RFB1023-MCP52223.indd   2   02/11/2018   10:42")
    for n, ink in enumerate(("C 100", "M 100", "Y 100", "K 100", "C 50", "M 50", "Y 50", "K 50")):
        c.drawString(width + 8, height - 100 - 13 * n, ink)
    c.save()
    slug = pikepdf.open(io.BytesIO(_trimmed(drawn.getvalue(), 30)))
    statement_pdf = pikepdf.open(io.BytesIO(_trimmed(statement(HEAD, COLUMNS, ROWS), 30)))
    statement_pdf.pages[0].add_overlay(
        slug.pages[0], pikepdf.Rectangle(*(float(v) for v in slug.pages[0].MediaBox))
    )
    out = io.BytesIO()
    statement_pdf.save(out)
    as_drawn(read_one(out.getvalue()), ROWS)


def _sideways(pdf: bytes, quarter: int) -> bytes:
    """Each page placed on a sheet turned a quarter (1: its lines run up the sheet, -1: down it), the
    sheet not marked to be turned for display (no /Rotate): a landscape sheet stored as it is printed."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for number in range(len(document.pages)):
            page = document.pages[number]
            width, height = (float(v) for v in page.MediaBox[2:])
            form = page.as_form_xobject()
            # Turned counterclockwise, (x, y) goes to (height - y, x); clockwise, to (y, width - x).
            matrix = f"0 1 -1 0 {height} 0" if quarter == 1 else f"0 -1 1 0 0 {width}"
            sheet = pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=[0, 0, height, width],
                Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Page=form)),
                Contents=document.make_stream(f"q {matrix} cm /Page Do Q".encode()),
            )
            document.pages[number] = pikepdf.Page(sheet)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


@pytest.mark.parametrize("quarter", [1, -1])
def test_a_statement_whose_text_runs_up_or_down_an_unturned_page_is_read_turned(quarter: int) -> None:
    as_drawn(read_one(_sideways(statement(HEAD, COLUMNS, ROWS), quarter)), ROWS)


def test_a_description_clipped_to_its_cell_is_read_as_shown_not_as_it_runs_on_under_the_figures() -> None:
    """A report generator clips each cell's text to the cell: the text layer holds a long description
    whole, its end under the next cells' figures, where none of it is drawn."""
    shown = {
        "SALARY NORTHWIND LTD": "REF 88213 PAYROLL MARCH BATCH 7 DEPT 12 COSTCENTRE",
        "STANDING ORDER RENT": "FLAT 2 MILL LANE YORK LANDLORD HOLDINGS LIMITED REF",
    }
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 50
    for line in HEAD:
        c.setFont("Helvetica", 9)
        c.drawString(40, y, line)
        y -= 13
    y -= 20
    c.setFont("Helvetica-Bold", 9)
    for column in COLUMNS:
        (c.drawRightString if column.right else c.drawString)(column.x, y, column.heading)
    c.setFont("Helvetica", 9)
    for row in ROWS:
        y -= 13
        for column in COLUMNS:
            text = column.text(row)
            if column.heading == "Description":
                # Clipped halfway into the space after the description as read: the rest is not drawn.
                width = c.stringWidth(text + " ", "Helvetica", 9) - c.stringWidth(" ", "Helvetica", 9) / 2
                c.saveState()
                cell = c.beginPath()
                cell.rect(column.x, y - 3, width, 12)
                c.clipPath(cell, stroke=0, fill=0)
                c.drawString(column.x, y, " ".join((text, shown.get(text, ""))).strip())
                c.restoreState()
            elif text:
                (c.drawRightString if column.right else c.drawString)(column.x, y, text)
    c.save()
    as_drawn(read_one(buffer.getvalue()), ROWS)


@pytest.mark.parametrize("hyphen", ["\u00ad", "\u2010"])
def test_a_minus_whose_glyph_the_font_maps_to_another_hyphen_is_a_minus(hyphen: str) -> None:
    """A font whose hyphen glyph maps to the soft hyphen (as Latin-1 names it) or to U+2010 writes every
    minus of a signed amount column so: drawn, it is a hyphen like any other."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")

    def signed(value: M) -> str:
        return (hyphen if value < 0 else "") + english(value)

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: signed(r.amount), right=True),
        Column("Balance", 550, lambda r: signed(r.balance), right=True),
    ]
    as_drawn(read_one(statement(HEAD, columns, ROWS, fonts=fonts)), ROWS)
