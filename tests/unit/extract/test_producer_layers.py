"""Ordinary statements whose text layer is written as real PDF producers write it, not as the drawing
helpers do: furniture outside the page's crop box, all the text turned on an unturned page, cells clipped
to their width, hyphens under other codes, text drawn twice to look bold, glyphs placed one by one, the
figures drawn before the words, an invisible OCR layer over the page's picture."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, NamedTuple

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.codes import ExtractionMethod
from ingest.settings import Limits
from ingest.stages.extraction import Integrated, extract
from ingest.stages.upload import PDF
from tests.unit.extract.unseen_kinds import (
    HELVETICA,
    Column,
    D,
    Fonts,
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


Show = Callable[[canvas.Canvas, float, float, str], None]


def _fake_bold(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """The text drawn twice, the copy a fraction of a point to the right."""
    c.drawString(x, y, text)
    c.drawString(x + 0.3, y, text)


def _glyph_by_glyph(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """Each glyph shown on its own at its place, spaces left out: word gaps are only gaps."""
    font, size = c._fontname, c._fontsize
    for n, glyph in enumerate(text):
        if glyph != " ":
            c.drawString(x + c.stringWidth(text[:n], font, size), y, glyph)


def _invisible(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """The text in render mode 3 (no ink), as an OCR layer lies over a scan."""
    shown = c.beginText(x, y)
    shown.setTextRenderMode(3)
    shown.textOut(text)
    c.drawText(shown)


class Cell(NamedTuple):
    x: float  # left edge, or right edge where `right`
    y: float
    text: str
    right: bool
    bold: bool
    size: float


def _cells(columns: list[Column]) -> list[Cell]:
    """The statement's cells in reading order: the header lines, the headings, a line a row."""
    y = A4[1] - 50
    cells = [Cell(40, y, HEAD[0], False, True, 13)]
    for line in HEAD[1:]:
        y -= 13
        cells.append(Cell(40, y, line, False, False, 9))
    y -= 30
    cells += [Cell(column.x, y, column.heading, column.right, True, 9) for column in columns]
    for row in ROWS:
        y -= 13
        cells += [Cell(c.x, y, text, c.right, False, 9) for c in columns if (text := c.text(row))]
    return cells


def _produced(
    show: Show,
    order: Callable[[list[Cell]], list[Cell]] = list,
    *,
    columns: list[Column] = COLUMNS,
    fonts: Fonts = HELVETICA,
    picture: bool = False,
    after: Callable[[canvas.Canvas], None] | None = None,
) -> bytes:
    """The statement drawn cell by cell by `show`, in the content stream's `order`; with `picture`, over
    a picture of the page as a scanner would store it; `after` draws more once the cells are drawn."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    if picture:
        plain = _produced(lambda c, x, y, text: c.drawString(x, y, text), columns=columns, fonts=fonts)
        scan = pdfium.PdfDocument(plain)[0].render(scale=200 / 72, grayscale=True).to_pil()
        c.drawImage(ImageReader(scan), 0, 0, *A4)
    for cell in order(_cells(columns)):
        font = fonts.bold if cell.bold else fonts.regular
        c.setFont(font, cell.size)
        width = c.stringWidth(cell.text, font, cell.size)
        show(c, cell.x - width if cell.right else cell.x, cell.y, cell.text)
    if after is not None:
        after(c)
    c.save()
    return buffer.getvalue()


def _figures_first(cells: list[Cell]) -> list[Cell]:
    """The right-aligned cells (the figures) first, then the rest."""
    return sorted(cells, key=lambda cell: not cell.right)


def _bottom_up(cells: list[Cell]) -> list[Cell]:
    """The page's lines from the bottom up."""
    return sorted(cells, key=lambda cell: cell.y)


@pytest.mark.parametrize(
    ("show", "order", "picture"),
    [
        (_fake_bold, list, False),
        (_glyph_by_glyph, list, False),
        (_fake_bold, _figures_first, False),
        (_glyph_by_glyph, _bottom_up, False),
        (_invisible, list, True),
    ],
)
def test_a_statement_drawn_as_producers_draw_it_reads_as_drawn(show: Show, order: Any, picture: bool) -> None:
    as_drawn(read_one(_produced(show, order, picture=picture)), ROWS)


@pytest.mark.parametrize(("space", "minus"), [("\u00a0", "\u2212"), ("\u202f", "\u2013"), ("\u00a0", "-")])
def test_figures_grouped_by_no_break_spaces_with_a_typographic_minus_read_to_the_cent(
    space: str, minus: str
) -> None:
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")

    def grouped(value: M) -> str:
        text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", space)
        return (minus if value < 0 else "") + text

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: grouped(r.amount), right=True),
        Column("Balance", 550, lambda r: grouped(r.balance), right=True),
    ]
    show: Show = lambda c, x, y, text: c.drawString(x, y, text)  # noqa: E731
    as_drawn(read_one(_produced(show, columns=columns, fonts=fonts)), ROWS)


def _hidden_row(c: canvas.Canvas) -> None:
    """One more row under the last, its balance chained, painted white on the white page: in the text
    layer, not on the page."""
    last = _cells(COLUMNS)[-1]
    hidden = running(ROWS[-1].balance, [(D(2025, 3, 20), "HIDDEN CHARGE", "-999.99")])[0]
    c.setFillColorRGB(1, 1, 1)
    c.setFont(HELVETICA.regular, 9)
    for column in COLUMNS:
        if text := column.text(hidden):
            width = c.stringWidth(text, HELVETICA.regular, 9)
            c.drawString(column.x - width if column.right else column.x, last.y - 13, text)


def _white_on_a_band(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """Headings (bold cells) painted white on a dark band, as many statements print them; the rest
    as usual."""
    if c._fontname == HELVETICA.bold and c._fontsize == 9:
        c.setFillColorRGB(0.1, 0.2, 0.4)
        c.rect(x - 2, y - 3, c.stringWidth(text, c._fontname, c._fontsize) + 4, 13, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    c.drawString(x, y, text)
    c.setFillColorRGB(0, 0, 0)


def test_text_painted_white_on_the_white_page_is_not_read_but_white_on_a_dark_band_is() -> None:
    """Text in the paper's colour over nothing darker is in the text layer but shows nothing (hidden
    text, not the page); the same white over a filled band is what the page shows."""
    as_drawn(read_one(_produced(lambda c, x, y, text: c.drawString(x, y, text), after=_hidden_row)), ROWS)
    as_drawn(read_one(_produced(_white_on_a_band)), ROWS)


# What a poor OCR engine makes of the scan: letters and figures swapped for look-alikes.
_MISREAD = str.maketrans("8OI5", "3016")


def _invisible_misread(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """The scan's OCR layer as a poor engine wrote it: misspelt words, figures with wrong digits."""
    _invisible(c, x, y, text.translate(_MISREAD))


@pytest.mark.parametrize(
    ("show", "method"), [(_invisible, ExtractionMethod.TEXT), (_invisible_misread, ExtractionMethod.OCR)]
)
def test_a_scans_ocr_layer_is_read_unless_its_figures_break_the_balances_the_picture_reads_to(
    show: Show, method: ExtractionMethod
) -> None:
    """A searchable scan's own OCR layer is read where its figures hold (the picture is not read again);
    where they break the printed balances, the page is OCRed from its picture and that reading, which
    reconciles, is kept."""
    extraction = extract(Limits(), _produced(show, picture=True), Integrated(PDF, 1))
    assert extraction.method is method
    [read] = extraction.statements
    as_drawn(read, ROWS)
