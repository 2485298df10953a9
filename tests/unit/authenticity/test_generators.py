"""Genuine statements drawn and saved the way banks' generators write them (report engines, PDF
libraries, HTML printers, mainframe converters): what each does to its pages and its metadata is no
sign of an edit, and the same files edited the way fraudsters edit them stay SUSPECT."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO, Canvas

from devtools import tamper
from ingest.authenticity import assess, judge
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Signal
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import AMOUNTS, RIGHT, Draw, content_signals, pdf, row_y

# Statements real generators wrote (tests/data/generators), each with the signals it gives by design:
# - chrome_print: headless Chrome (`chromium --headless --no-pdf-header-footer --print-to-pdf`) from
#   chrome_print.html: a watermark fixed over the table, details cut short with an ellipsis (clipped),
#   negatives in bold red, a larger summary; its Producer is the browser's print driver;
# - weasyprint_print: WeasyPrint 70 from the same page: borders drawn as filled frames;
# - ghostscript_ps2pdf: Ghostscript's ps2pdf from a PostScript print stream (the .ps beside it):
#   stripes under the rows, balances in Courier, a larger closing balance;
# - fpdf2: fpdf2 2.8.9 (fpdf2.py.txt): striped cells, red negatives, a bold closing balance;
# - chrome_online_banking_print: headless Chrome from chrome_online_banking.html, an online banking page
#   as an applicant prints it: its fixed header, cookie banner and chat button drawn over the rows under
#   them (what they hide is a LOW sign), credits in green and debits in red;
# - cairo_print: cairo's PDF surface, which Firefox prints through on Linux and Windows, drawing a web
#   page as a browser does (cairo_print.py.txt): y flipped, a row's cells joined into one text object,
#   stripes and borders as filled boxes; cairo names itself in Producer, no print driver.
GENERATED = Path(__file__).parents[2] / "data" / "generators"
WRITTEN = {
    "chrome_print.pdf": {(SignalCode.PRINT_DRIVER, Severity.LOW)},
    "chrome_online_banking_print.pdf": {
        (SignalCode.PRINT_DRIVER, Severity.LOW),
        (SignalCode.HIDDEN_TEXT, Severity.LOW),
    },
    "weasyprint_print.pdf": set(),
    "cairo_print.pdf": set(),
    "ghostscript_ps2pdf.pdf": set(),
    "fpdf2.pdf": set(),
}
ROWS = 24  # a page of transactions
DEBITS = RIGHT - 70  # the right edge of the amounts' column; the balances' is RIGHT


def _signals(data: bytes) -> list[Signal]:
    """Every family's signals, the content ones as the reader's pages give them."""
    return assess(data, PDF, content_signals(data))


def _found(data: bytes) -> set[tuple[SignalCode, Severity]]:
    return {(s.code, s.severity) for s in _signals(data)}


# ---- what the generators draw --------------------------------------------------------------------


def _logo() -> ImageReader:
    return ImageReader(Image.new("RGB", (120, 40), (20, 60, 140)))


def _header(canvas: Canvas) -> None:
    """The bank's letterhead, a form drawn on every page (made once, reused): a logo, a panel, a line
    of small print, and a title drawn twice a third of a point apart (bold by overprinting)."""
    if not canvas.hasForm("letterhead"):
        canvas.beginForm("letterhead")
        canvas.drawImage(_logo(), 40, 735, 120, 40)
        canvas.setFillColorRGB(0.1, 0.2, 0.5)
        canvas.rect(400, 745, 170, 30, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 30, "Harborview Credit Union. Registered office 1 Quay Street. Page footer")
        canvas.setFont("Helvetica", 12)
        for dx in (0.0, 0.3):
            canvas.drawString(60 + dx, 722, "STATEMENT OF ACCOUNT")
        canvas.endForm()
    canvas.doForm("letterhead")


def _balance(row: int) -> float:
    """A running balance that goes below zero on the page's last rows."""
    return 1523.40 - 97.35 * row


def _money(value: float) -> str:
    return f"({-value:,.2f})" if value < 0 else f"{value:,.2f}"


def _balance_cell(canvas: Canvas, y: float, value: float) -> None:
    """The balance, right-aligned in a monospaced font, a negative one in red and in brackets (a
    positive one ends a bracket's width short, so the digits align)."""
    canvas.setFont("Courier", 9)
    canvas.setFillColorRGB(0.8, 0, 0) if value < 0 else canvas.setFillColorRGB(0, 0, 0)
    canvas.drawRightString(RIGHT if value < 0 else RIGHT - 5.4, y, _money(value))
    canvas.setFillColorRGB(0, 0, 0)


def _totals(canvas: Canvas, y: float) -> None:
    """A totals row in the bold of the text's font, its label too, and the closing balance under the
    column, larger."""
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(130, y, "Total debits")
    canvas.drawRightString(DEBITS, y, "2,336.40")
    canvas.setFont("Courier", 10)
    canvas.drawRightString(RIGHT, y - 16, _money(_balance(ROWS)))


def rows_with_stripes(canvas: Canvas) -> None:
    """As an HTML page prints (wkhtmltopdf, Chrome): each row's stripe under its text, every other row."""
    _header(canvas)
    for row in range(ROWS):
        y = row_y(row)
        if row % 2:
            canvas.setFillColorRGB(0.93, 0.95, 0.97)
            canvas.rect(50, y - 4, 460, 14, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(60, y, f"{row % 28 + 1:02d}/03/2024")
        canvas.drawString(130, y, "CARD PURCHASE SUPERMARKET")
        canvas.drawRightString(DEBITS, y, AMOUNTS[row % len(AMOUNTS)])
        _balance_cell(canvas, y, _balance(row))
    _totals(canvas, row_y(ROWS))


def _cells(canvas: Canvas, *, clipped: bool) -> None:
    """As a report engine draws a table: cell by cell, each cell's background, then its text; a
    description too long for its cell runs on under the next cells (`clipped`: its text cut to the cell)."""
    _header(canvas)
    for row in range(ROWS):
        y = row_y(row)
        fill = (0.93, 0.95, 0.97) if row % 2 else (1, 1, 1)
        description = "CARD PURCHASE SUPERMARKET"
        if row % 5 == 3:
            description = "DIRECT DEBIT INSURANCE PREMIUM POLICY 4417-2290-1187 MONTHLY 03/2024"
        for left, right, draw in (
            (55, 125, lambda y=y, row=row: canvas.drawString(60, y, f"{row % 28 + 1:02d}/03/2024")),
            (125, DEBITS - 60, lambda y=y, d=description: canvas.drawString(130, y, d)),
            (
                DEBITS - 60,
                DEBITS + 5,
                lambda y=y, row=row: canvas.drawRightString(DEBITS, y, AMOUNTS[row % 7]),
            ),
            (DEBITS + 5, RIGHT + 5, lambda y=y, row=row: _balance_cell(canvas, y, _balance(row))),
        ):
            canvas.saveState()
            canvas.setFillColorRGB(*fill)
            canvas.rect(left, y - 4, right - left, 14, stroke=0, fill=1)
            if clipped:
                clip = canvas.beginPath()
                clip.rect(left, y - 4, right - left, 14)
                canvas.clipPath(clip, stroke=0, fill=0)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont("Helvetica", 9)
            draw()
            canvas.restoreState()
    _totals(canvas, row_y(ROWS))


def cells_clipped(canvas: Canvas) -> None:
    """As SQL Server Reporting Services, Crystal Reports or JasperReports draw a table: each cell's text
    clipped to the cell, so a long description is not drawn under the next cell."""
    _cells(canvas, clipped=True)


def cells_unclipped(canvas: Canvas) -> None:
    """As a report engine that does not clip draws a table: a long description runs on under the next
    cells, whose backgrounds, drawn after it, paint over it (the figures are written on them)."""
    _cells(canvas, clipped=False)


def cells_unclipped_over_a_watermark(canvas: Canvas) -> None:
    """The unclipped cells drawn over a large watermark, drawn first: the cells' backgrounds paint over
    its letters."""
    canvas.saveState()
    canvas.setFillColorRGB(0.9, 0.9, 0.9)
    canvas.setFont("Helvetica-Bold", 60)
    canvas.drawString(120, row_y(12), "STATEMENT")
    canvas.restoreState()
    cells_unclipped(canvas)


def printed_lines(canvas: Canvas) -> None:
    """As a mainframe's print stream converted to PDF (AFP, line data): each line one string in a
    monospaced font, the columns made by spaces."""
    _header(canvas)
    canvas.setFont("Courier", 9)
    for row in range(ROWS):
        amount, balance = AMOUNTS[row % len(AMOUNTS)], _money(_balance(row))
        canvas.drawString(
            40, row_y(row), f"{row % 28 + 1:02d}/03/24  CARD PURCHASE {row:4d}   {amount:>10}  {balance:>12}"
        )


def duplicate_copy(canvas: Canvas) -> None:
    """A statement re-issued from the bank's archive: its rows as first issued, and over them a large
    light watermark saying it is a copy."""
    rows_with_stripes(canvas)
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.85, 0.85)
    canvas.setFillAlpha(0.5)
    canvas.setFont("Helvetica-Bold", 60)
    canvas.drawString(150, row_y(10), "DUPLICATE")
    canvas.restoreState()


def _frame(
    canvas: Canvas, x0: float, y0: float, x1: float, y1: float, *, reversed_inner: bool = False
) -> None:
    """A border drawn as a filled box with a box cut out of it, a half point in from the first: with
    the even-odd rule, or with the inner box turned the other way (the nonzero rule)."""
    frame = canvas.beginPath()
    frame.rect(x0, y0, x1 - x0, y1 - y0)
    if reversed_inner:
        frame.moveTo(x0 + 0.5, y0 + 0.5)
        frame.lineTo(x0 + 0.5, y1 - 0.5)
        frame.lineTo(x1 - 0.5, y1 - 0.5)
        frame.lineTo(x1 - 0.5, y0 + 0.5)
        frame.close()
    else:
        frame.rect(x0 + 0.5, y0 + 0.5, x1 - x0 - 1, y1 - y0 - 1)
    canvas.drawPath(frame, stroke=0, fill=1, fillMode=FILL_NON_ZERO if reversed_inner else FILL_EVEN_ODD)


def framed_cells(canvas: Canvas) -> None:
    """As an HTML engine that draws borders as filled frames prints a table (WeasyPrint): a faint
    watermark first, under everything, then each cell's frame and its text."""
    _header(canvas)
    canvas.saveState()
    canvas.setFillColorRGB(0.94, 0.94, 0.94)
    canvas.setFont("Helvetica-Bold", 60)
    canvas.drawString(120, row_y(12), "STATEMENT")
    canvas.restoreState()
    for row in range(ROWS):
        y = row_y(row)
        for left, right, text, align in (
            (55, 125, f"{row % 28 + 1:02d}/03/2024", False),
            (125, DEBITS - 60, "CARD PURCHASE SUPERMARKET", False),
            (DEBITS - 60, DEBITS + 5, AMOUNTS[row % len(AMOUNTS)], True),
        ):
            canvas.setFillColorRGB(0.8, 0.8, 0.8)
            _frame(canvas, left, y - 4, right, y + 10, reversed_inner=row % 2 == 1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(right - 5, y, text) if align else canvas.drawString(left + 5, y, text)
        _balance_cell(canvas, y, _balance(row))
    _totals(canvas, row_y(ROWS))


def highlighted_balance(canvas: Canvas) -> None:
    """The closing rows marked with a translucent highlight drawn over them."""
    rows_with_stripes(canvas)
    canvas.saveState()
    canvas.setFillColorRGB(1, 0.9, 0.2)
    canvas.setFillAlpha(0.3)
    canvas.rect(50, row_y(ROWS) - 20, 460, 28, stroke=0, fill=1)
    canvas.restoreState()


def redacted_by_its_publisher(canvas: Canvas) -> None:
    """A statement shared after its publisher redacted it: the holder's name and address under black
    bars drawn over them, a label on each, as a redaction tool leaves them when it does not remove the
    text; the account number under a white box, nothing on it."""
    rows_with_stripes(canvas)
    canvas.setFont("Helvetica", 9)
    lines = ("MS ANNA MARIA EXAMPLE", "FLAT B THE OLD MILL", "Account number 12345678")
    for number, line in enumerate(lines):
        canvas.drawString(380, 732 - 10 * number, line)
    for number in range(2):
        canvas.setFillColorRGB(0, 0, 0)
        canvas.rect(378, 729 - 10 * number, 130, 10, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.drawString(382, 732 - 10 * number, "[REDACTED]")
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(448, 709, 70, 10, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)


# ---- how the generators save them ----------------------------------------------------------------


@dataclass(frozen=True)
class Generator:
    """A generator's layout, what it writes in Info and XMP, how it saves, and the weak signals its
    files give by design (all CLEAN)."""

    layout: Draw
    info: dict[str, str]
    xmp: dict[str, str] = field(default_factory=dict)
    linearize: bool = False
    object_streams: bool = False
    in_a_form: bool = False  # each page's content drawn as one form XObject (imposition, Quartz, cairo)
    expected: frozenset[tuple[SignalCode, Severity]] = frozenset()


CREATED = "D:20240401093012+02'00'"
GENERATORS = {
    "jasperreports-itext2": Generator(
        cells_clipped,
        {"Producer": "iText 2.1.7 by 1T3XT", "Creator": "JasperReports Library version 6.20.0",
         "CreationDate": CREATED, "ModDate": CREATED},
    ),
    "itext7-info-and-xmp-in-two-zones": Generator(
        rows_with_stripes,
        {"Producer": "iText® 7.2.5 ©2000-2022 iText Group NV (AGPL-version)",
         "CreationDate": CREATED, "ModDate": "D:20240401093014+02'00'"},
        {"pdf:Producer": "iText® 7.2.5 ©2000-2022 iText Group NV (AGPL-version)",
         "xmp:ModifyDate": "2024-04-01T07:30:14Z"},
    ),
    "crystal-reports-local-time": Generator(
        cells_clipped,
        {"Producer": "Powered By Crystal", "Creator": "Crystal Reports",
         "CreationDate": "D:20240401093012", "ModDate": "D:20240401093012"},
    ),
    "report-engine-unclipped": Generator(
        cells_unclipped,
        {"Producer": "Stimulsoft Reports 2023.4.1", "CreationDate": CREATED, "ModDate": CREATED},
    ),
    "report-engine-unclipped-over-a-watermark": Generator(
        cells_unclipped_over_a_watermark,
        {"Producer": "Stimulsoft Reports 2023.4.1", "CreationDate": CREATED, "ModDate": CREATED},
    ),
    "reporting-services": Generator(
        cells_clipped,
        {"Producer": "Microsoft Reporting Services PDF Rendering Extension 15.0.0.0",
         "Creator": "Microsoft Reporting Services 15.0.0.0", "CreationDate": "D:20240401093012+10'00'"},
    ),
    "wkhtmltopdf": Generator(
        rows_with_stripes,
        {"Producer": "Qt 5.15.2", "Creator": "wkhtmltopdf 0.12.6", "CreationDate": "D:20240401093012-05'00'"},
    ),
    "chrome-print": Generator(
        rows_with_stripes,
        {"Producer": "Skia/PDF m120",
         "Creator": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
         "HeadlessChrome/120.0.0.0 Safari/537.36",
         "CreationDate": "D:20240401073012+00'00'", "ModDate": "D:20240401073012+00'00'"},
        expected=frozenset({(SignalCode.PRINT_DRIVER, Severity.LOW)}),
    ),
    "apache-fop": Generator(
        rows_with_stripes,
        {"Producer": "Apache FOP Version 2.9", "Creator": "Apache FOP Version 2.9", "CreationDate": CREATED},
        {"pdf:Producer": "Apache FOP Version 2.9", "xmp:CreatorTool": "Apache FOP Version 2.9",
         "xmp:ModifyDate": "2024-04-01T09:30:12+02:00"},
        object_streams=True,
    ),
    "pdfsharp-saved-twice-a-minute-apart": Generator(
        rows_with_stripes,
        {"Producer": "PDFsharp 1.50.5147 (www.pdfsharp.com)", "Creator": "MigraDoc 1.50",
         "CreationDate": CREATED, "ModDate": "D:20240401093112+02'00'"},
    ),
    "ghostscript-from-a-print-stream": Generator(
        printed_lines,
        {"Producer": "GPL Ghostscript 10.02.1", "Creator": "AFP2PDF Plus 5.0", "CreationDate": CREATED,
         "ModDate": CREATED},
        {"pdf:Producer": "GPL Ghostscript 10.02.1", "xmp:ModifyDate": "2024-04-01T09:30:12+02:00"},
        linearize=True,
        object_streams=True,
    ),
    "afp-converter-on-a-pdf-library": Generator(
        printed_lines,
        # The converter names itself in Info; the PDF library under it writes XMP.
        {"Producer": "Compart DocBridge Mill 3.1", "CreationDate": "D:20240401093012+05'30'"},
        {"pdf:Producer": "PDFlib+PDI 9.3.1 (Win64)", "xmp:ModifyDate": "2024-04-01T04:00:12Z"},
        expected=frozenset({(SignalCode.METADATA_MISMATCH, Severity.LOW)}),
    ),
    "reportlab-linearized": Generator(rows_with_stripes, {}, linearize=True, object_streams=True),
    "reissued-copy-with-a-watermark": Generator(
        duplicate_copy,
        {"Producer": "PDFlib 9.3.1", "CreationDate": "D:20240401093012+02'00'",
         "ModDate": "D:20241015110000+02'00'"},
        {"pdf:Producer": "PDFlib 9.3.1", "xmp:ModifyDate": "2024-10-15T11:00:00+02:00"},
        expected=frozenset({(SignalCode.MODIFIED_LATER, Severity.LOW)}),
    ),
    "weasyprint": Generator(
        framed_cells, {"Producer": "WeasyPrint 62.3", "CreationDate": CREATED, "ModDate": CREATED}
    ),
    "redacted-by-its-publisher": Generator(
        redacted_by_its_publisher,
        {"Producer": "PDFlib 9.3.1", "CreationDate": CREATED},
        expected=frozenset({(SignalCode.HIDDEN_TEXT, Severity.LOW)}),
    ),
    "highlighted-closing-rows": Generator(
        highlighted_balance, {"Producer": "PDFlib 9.3.1", "CreationDate": CREATED}
    ),
    "composer-drawing-each-page-as-a-form": Generator(
        cells_unclipped,
        {"Producer": "Quadient Inspire Designer 16.0", "CreationDate": CREATED, "ModDate": CREATED},
        in_a_form=True,
    ),
    # A PDF library filling a template the bank made in a word processor or a layout editor keeps the
    # template's Creator and CreationDate, and names itself after the template's Producer (in XMP too).
    "itext-filling-a-word-template": Generator(
        cells_clipped,
        {"Producer": "Microsoft® Word 2016; modified using iText® 5.5.13 ©2000-2018 iText Group NV "
         "(AGPL-version)", "Creator": "Microsoft® Word 2016", "CreationDate": "D:20190312101500+01'00'",
         "ModDate": CREATED},
        expected=frozenset({(SignalCode.MODIFIED_LATER, Severity.LOW)}),
    ),
    "itext-filling-a-layout-editors-template": Generator(
        rows_with_stripes,
        {"Producer": "Adobe InDesign CC 2017 (Macintosh); modified using iText 2.1.7 by 1T3XT",
         "Creator": "Adobe InDesign CC 2017 (Macintosh)", "CreationDate": "D:20170905164000+02'00'",
         "ModDate": CREATED},
        {"pdf:Producer": "Adobe InDesign CC 2017 (Macintosh); modified using iText 2.1.7 by 1T3XT",
         "xmp:CreatorTool": "Adobe InDesign CC 2017 (Macintosh)",
         "xmp:ModifyDate": "2024-04-01T09:30:12+02:00"},
        expected=frozenset({(SignalCode.MODIFIED_LATER, Severity.LOW)}),
    ),
}  # fmt: skip


def _saved(generator: Generator) -> bytes:
    """Two pages of the generator's layout, saved with its metadata and its options."""
    drawn = pdf(generator.layout, generator.layout)
    with pikepdf.open(io.BytesIO(drawn)) as document:
        if generator.xmp:
            with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                for key, value in generator.xmp.items():
                    meta[key] = value
        if generator.info:  # the generator's record alone, none of the drawing library's
            for key in list(document.docinfo.keys()):
                del document.docinfo[key]
        for key, value in generator.info.items():
            document.docinfo[f"/{key}"] = value
        if generator.in_a_form:
            for page in document.pages:
                page.contents_coalesce()
                form = document.make_stream(
                    page.obj.Contents.read_bytes(),
                    Type=pikepdf.Name.XObject,
                    Subtype=pikepdf.Name.Form,
                    BBox=page.mediabox,
                    Resources=page.obj.Resources,
                )
                page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Page=form))
                page.obj.Contents = document.make_stream(b"q 1 0 0 1 0 0 cm /Page Do Q")
        out = io.BytesIO()
        document.save(
            out,
            linearize=generator.linearize,
            object_stream_mode=pikepdf.ObjectStreamMode.generate
            if generator.object_streams
            else pikepdf.ObjectStreamMode.preserve,
        )
        return out.getvalue()


@pytest.fixture(scope="module", params=sorted(GENERATORS))
def generated(request: pytest.FixtureRequest) -> tuple[Generator, bytes]:
    generator = GENERATORS[request.param]
    return generator, _saved(generator)


def test_a_statement_as_its_generator_writes_it_is_clean(generated: tuple[Generator, bytes]) -> None:
    generator, data = generated

    signals = _signals(data)

    assert {(s.code, s.severity) for s in signals} == generator.expected
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_statement_its_readers_annotated_without_hiding_a_figure_gives_the_same_signals(
    generated: tuple[Generator, bytes],
) -> None:
    # Links over its figures, a highlight, a red box, a stamp across the table, notes in the margins.
    generator, data = generated

    signals = _signals(tamper.commented(data))

    assert {(s.code, s.severity) for s in signals} == generator.expected
    assert judge(signals).verdict is Verdict.CLEAN


EDITS = (
    "whiteout-other-font",
    "whiteout-same-font",
    "stream-edit",
    "incremental",
    "rewrite",
    "metadata",
    "annotation",
    *tamper.COVERS,
    "edit-in-place",
    "online-editor",
)
# What a figure's own content stream must spell out to be changed there, or typed again at its place.
IN_THE_STREAM = ("stream-edit", "rewrite", "edit-in-place")


@pytest.mark.parametrize("kind", EDITS)
def test_the_generators_statements_edited_as_fraudsters_do_are_suspect(
    generated: tuple[Generator, bytes], kind: str
) -> None:
    generator, data = generated
    try:
        edited = tamper.tamper(data, kind)
    except tamper.NotApplicable:
        # Only a printed line's figures are no strings of their own in the content, to change there; a
        # form's strings and fonts are not the page's own.
        in_lines = generator.layout is printed_lines and kind in IN_THE_STREAM
        assert in_lines or (generator.in_a_form and kind in ("whiteout-same-font", *IN_THE_STREAM))
        return
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


def test_a_figure_whited_out_inside_a_report_engines_clipped_cell_is_still_covered_text() -> None:
    # The clip that keeps a long description out of the next cell keeps the figure in view.
    edited = tamper.tamper(_saved(GENERATORS["reporting-services"]), "whiteout-other-font")
    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in _found(edited)


def test_a_figure_whited_out_in_a_report_engines_unclipped_cell_is_still_covered_text() -> None:
    # The next cells' backgrounds paint over a description's run-on, never over a figure's first digit.
    edited = tamper.tamper(_saved(GENERATORS["report-engine-unclipped"]), "whiteout-other-font")
    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in _found(edited)


def test_a_box_ending_a_line_drawn_as_one_string_still_hides_its_last_figure() -> None:
    # The line's text starts left of the box, but in no cell that ends where the box begins.
    def whiteout(canvas: Canvas) -> None:
        printed_lines(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(205, row_y(4) - 2.5, 60, 11, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Courier", 9)
        canvas.drawString(212, row_y(4), "9,999.99")

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in _found(pdf(whiteout))


def test_a_whiteout_nearly_opaque_still_hides_the_figure_under_it() -> None:
    def whiteout(canvas: Canvas) -> None:
        rows_with_stripes(canvas)
        y = row_y(4)
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFillAlpha(0.95)
        canvas.rect(DEBITS - 45, y - 2.5, 46, 11, stroke=0, fill=1)
        canvas.restoreState()
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(DEBITS, y, "2,950.00")

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in _found(pdf(whiteout))


def test_a_figure_retyped_over_its_original_a_little_larger_still_overlaps() -> None:
    def retyped(canvas: Canvas) -> None:
        rows_with_stripes(canvas)
        canvas.setFont("Helvetica", 11)
        canvas.drawRightString(DEBITS, row_y(4), "9,999.99")

    assert (SignalCode.OVERLAPPING_TEXT, Severity.HIGH) in _found(pdf(retyped))


# ---- weights and sizes of one family -------------------------------------------------------------


def _renamed(data: bytes, names: dict[str, str]) -> bytes:
    """The file with its embedded fonts named otherwise (a family's weights as their makers name them)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        for page in document.pages:
            for font in page.obj.Resources.Font.values():
                base = str(font.BaseFont).split("+")[-1]
                if base in names:
                    name = pikepdf.Name(f"/{str(font.BaseFont)[1:7]}+{names[base]}")
                    font.BaseFont = name
                    for descendant in font.get("/DescendantFonts", [font]):
                        descendant.FontDescriptor.FontName = name
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _family_table(
    total: tuple[str, float] | None = None, row: tuple[int, str, float] | None = None, *, above: bool = False
) -> bytes:
    """Rows in an embedded font, the amounts right-aligned; `total`: a closing balance under the column
    (an opening balance above it, `above`) in that font and size beside a label in the rows' font;
    `row`: that row's amount in that font and size. Fonts "Vera" (regular) and "VeraBd" (a second
    weight), renamed by the tests."""
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))

    def draw(canvas: Canvas) -> None:
        for number, amount in enumerate(AMOUNTS):
            y = row_y(number)
            canvas.setFont("Vera", 9)
            canvas.drawString(60, y, f"03/{number + 1:02d}/2024")
            canvas.drawString(130, y, "CARD PURCHASE")
            if row is not None and row[0] == number:
                canvas.setFont(row[1], row[2])
            canvas.drawRightString(RIGHT, y, amount)
        if total is not None:
            y = row_y(-2 if above else len(AMOUNTS) + 1)
            canvas.setFont("Vera", 9)
            canvas.drawString(130, y, "Opening balance" if above else "Closing balance")
            canvas.setFont(*total)
            canvas.drawRightString(RIGHT, y, "3,383.06")

    return pdf(draw)


@pytest.mark.parametrize(
    ("regular", "heavier"),
    [
        ("Roboto-Regular", "Roboto-Medium"),
        ("SegoeUI", "SegoeUI-Semibold"),
        ("OpenSans-Light", "OpenSans-SemiBold"),
    ],
)
def test_a_closing_balance_in_a_heavier_weight_of_the_columns_family_is_emphasis(
    regular: str, heavier: str
) -> None:
    data = _renamed(
        _family_table(total=("VeraBd", 9)),
        {"BitstreamVeraSans-Roman": regular, "BitstreamVeraSans-Bold": heavier},
    )
    assert _signals(data) == []


@pytest.mark.parametrize("above", [False, True], ids=["closing-under", "opening-above"])
def test_a_balance_at_an_end_of_its_column_larger_in_its_family_is_emphasis(above: bool) -> None:
    assert _signals(_family_table(total=("Vera", 11), above=above)) == []
    assert _signals(_family_table(total=("VeraBd", 11), above=above)) == []


@pytest.mark.parametrize(
    ("column", "retyped"),
    # A lighter weight; the regular among light figures, as an editor lacking the light font types.
    [("Roboto-Regular", "Roboto-Light"), ("Roboto-Light", "Roboto-Regular")],
)
def test_a_figure_retyped_in_another_weight_of_the_columns_family_stays_an_island(
    column: str, retyped: str
) -> None:
    data = _renamed(
        _family_table(row=(3, "VeraBd", 9)),
        {"BitstreamVeraSans-Roman": column, "BitstreamVeraSans-Bold": retyped},
    )
    assert (SignalCode.FONT_ISLAND, Severity.HIGH) in _found(data)


def test_a_figure_retyped_larger_mid_column_stays_an_island() -> None:
    # Larger than its column is emphasis only under it, where totals and closing balances are.
    assert (SignalCode.FONT_ISLAND, Severity.HIGH) in _found(_family_table(row=(3, "Vera", 10)))


# ---- statements real generators wrote ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_a_statement_a_real_generator_wrote_is_clean(name: str) -> None:
    signals = _signals((GENERATED / name).read_bytes())

    assert {(s.code, s.severity) for s in signals} == WRITTEN[name]
    assert judge(signals).verdict is Verdict.CLEAN


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_a_statement_a_real_generator_wrote_annotated_by_its_readers_gives_the_same_signals(
    name: str,
) -> None:
    signals = _signals(tamper.commented((GENERATED / name).read_bytes()))

    assert {(s.code, s.severity) for s in signals} == WRITTEN[name]
    assert judge(signals).verdict is Verdict.CLEAN


@pytest.mark.parametrize("name", sorted(WRITTEN))
@pytest.mark.parametrize("kind", EDITS)
def test_a_statement_a_real_generator_wrote_edited_as_fraudsters_do_is_suspect(name: str, kind: str) -> None:
    data = (GENERATED / name).read_bytes()
    try:
        edited = tamper.tamper(data, kind)
    except tamper.NotApplicable:
        # The HTML printers' figures are in embedded composite fonts, which no edit here types in or
        # spells in the content stream.
        assert name.endswith("_print.pdf") and kind in ("whiteout-same-font", *IN_THE_STREAM)
        return
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


# ---- saved again by the bank's own tools -----------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    [bytes.swapcase, lambda hex_id: hex_id[:9] + b" " + hex_id[9:]],
    ids=["other-case", "spaced"],
)
def test_an_update_that_spells_the_first_document_id_its_own_way_keeps_one_id(
    spelling: Callable[[bytes], bytes],
) -> None:
    # A tool saving an update after the generator (a signing or archiving step) writes the ID it kept.
    statement = _saved(GENERATORS["wkhtmltopdf"])
    updated = tamper.tamper(statement, "metadata")
    first = pikepdf.open(io.BytesIO(statement)).trailer.ID[0].unparse()
    respelt = updated[: len(statement)] + updated[len(statement) :].replace(first, spelling(first), 1)
    assert respelt != updated

    assert SignalCode.ID_HISTORY not in {s.code for s in _signals(respelt)}


# ---- saved again by Ghostscript (pdfwrite) ------------------------------------------------------------


def _glyph_map_lost(data: bytes, font: str, letter: str) -> bytes:
    """The file with one embedded font's map from a glyph to its letter lost (the glyph reads as U+FFFD),
    as Ghostscript's pdfwrite writes some glyphs' maps (a ligature) when it saves a file again."""
    with pikepdf.open(io.BytesIO(data)) as document:
        for value in document.pages[0].obj.Resources.Font.values():
            if str(value.BaseFont).endswith(font):
                code = f"{ord(letter):04X}".encode()
                cmap = value.ToUnicode.read_bytes()
                value.ToUnicode.write(
                    cmap.replace(b"<%s> <%s>" % (code[2:], code), b"<%s> <FFFD>" % code[2:])
                )
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _footer_drawn_again(retyped: str, *, lost_under: str = "", lost_over: str = "") -> bytes:
    """A statement whose footer, drawn in one font, is covered by a white box and drawn again over it in
    another of the same widths (a template's overlay), as `retyped`; the first font's glyphs for the
    letters `lost_under`, and the second's for `lost_over`, read as U+FFFD."""
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraIt", "VeraIt.ttf"))

    def draw(canvas: Canvas) -> None:
        rows_with_stripes(canvas)
        canvas.setFont("Vera", 7)
        canvas.drawString(60, 60, "Registered office: 1 Quay Street, Harborview")
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(55, 55, 300, 14, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        # In two strings, as the template writes it (a viewer drops a string drawn twice at one place).
        canvas.setFont("VeraIt", 7)
        first, rest = retyped.split(": ")
        canvas.drawString(60.1, 60.07, f"{first}: ")
        canvas.drawString(60.1 + pdfmetrics.stringWidth(f"{first}: ", "VeraIt", 7), 60.07, rest)

    data = pdf(draw)
    for letter in lost_under:
        data = _glyph_map_lost(data, "BitstreamVeraSans-Roman", letter)
    for letter in lost_over:
        data = _glyph_map_lost(data, "BitstreamVeraSans-Oblique", letter)
    return data


def test_a_template_overlay_one_of_whose_fonts_lost_a_glyphs_letters_is_drawn_again() -> None:
    assert _signals(_footer_drawn_again("Registered office: 1 Quay Street, Harborview", lost_under="f")) == []


def test_an_overlay_with_another_digit_whose_glyph_lost_its_letters_still_covers_text() -> None:
    # A glyph read as U+FFFD stands for any glyph but a digit.
    found = _found(_footer_drawn_again("Registered office: 7 Quay Street, Harborview", lost_over="7"))
    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in found


def test_a_figure_written_in_one_object_with_its_label_is_on_its_labels_line() -> None:
    # Ghostscript writes a line's strings as one text object; beside it, an address line 3.3 points
    # higher falls within the line's tolerance.
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(70, 253.3, "Randi Imad Zakaria")
        canvas.drawString(311, 250, "Agreed overdraft limit              500,00 Euro")
        rows_with_stripes(canvas)

    assert _signals(pdf(draw)) == []


# ---- borders drawn as frames --------------------------------------------------------------------------


@pytest.mark.parametrize("reversed_inner", [False, True], ids=["even-odd", "nonzero-turned"])
def test_a_border_drawn_as_a_frame_after_text_hides_nothing_inside_it(reversed_inner: bool) -> None:
    def framed(canvas: Canvas) -> None:
        rows_with_stripes(canvas)
        y = row_y(4)
        _frame(canvas, 50, y - 4, 510, y + 10, reversed_inner=reversed_inner)
        canvas.drawString(300, y, "REF 2024")

    assert _signals(pdf(framed)) == []


def test_a_box_drawn_as_one_filled_part_still_hides_the_figure_under_it() -> None:
    def whiteout(canvas: Canvas) -> None:
        rows_with_stripes(canvas)
        y = row_y(4)
        canvas.setFillColorRGB(1, 1, 1)
        box = canvas.beginPath()
        box.rect(DEBITS - 45, y - 2.5, 46, 11)
        box.rect(DEBITS - 44.5, y - 2, 45, 10)  # a second part inside, the same way round
        canvas.drawPath(box, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(DEBITS, y, "2,950.00")

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in _found(pdf(whiteout))


def _without_metadata(data: bytes) -> bytes:
    """The file with an empty Info dictionary and no XMP (as some generators issue statements)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        for key in list(document.docinfo.keys()):
            del document.docinfo[key]
        if "/Metadata" in document.Root:
            del document.Root["/Metadata"]
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def test_a_later_save_by_the_banks_own_tool_of_a_file_without_dates_gives_no_signal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tamper, "CONSUMER_PRODUCER", "PDFlib 9.3.1")
    updated = tamper.tamper(_without_metadata(_saved(GENERATORS["wkhtmltopdf"])), "metadata")
    assert _signals(updated) == []


def test_a_save_by_an_editor_over_a_file_without_dates_is_a_late_modification_and_suspect() -> None:
    # No CreationDate to measure a late ModDate against: the first revision, kept, tells instead.
    edited = tamper.tamper(_without_metadata(_saved(GENERATORS["wkhtmltopdf"])), "metadata")

    signals = _signals(edited)

    assert {(s.code, s.severity) for s in signals} == {
        (SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        (SignalCode.MODIFIED_LATER, Severity.MEDIUM),
    }
    assert judge(signals).verdict is Verdict.SUSPECT


# ---- two blocks on one page ---------------------------------------------------------------------------


def _summary_beside_activity(raised: float = 0.0) -> Draw:
    """A summary block (labels and figures, a row every 12 points) beside the activity table (a row
    every 14 points), as card statements lay out their first page: rows of the two blocks at about one
    height differ by a point or two. `raised`: the summary's second figure that far above its label."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 7.5)
        for row, (label, figure) in enumerate(
            [("Previous Balance", "$1,023.30"), ("Payment, Credits", "-$951.46"), ("Purchases", "+$3,429.39"),
             ("Fees Charged", "+$0.00"), ("New Balance", "$3,527.04")]
        ):  # fmt: skip
            y = 640 - 12 * row
            canvas.drawString(60, y, label)
            canvas.drawRightString(200, y + (raised if row == 1 else 0.0), figure)
        canvas.drawString(230, 655, "PAYMENTS AND OTHER CREDITS")
        for row in range(12):
            y = 641.5 - 14 * row
            canvas.drawString(230, y, f"12/{row + 10}")
            canvas.drawString(270, y, "RETURN LANTERN BOOKS")
            canvas.drawRightString(RIGHT, y, AMOUNTS[row % len(AMOUNTS)])

    return draw


def test_a_summary_beside_a_table_at_another_pitch_is_on_its_own_lines() -> None:
    assert _signals(pdf(_summary_beside_activity())) == []


def test_a_summary_figure_raised_off_its_labels_line_is_misaligned() -> None:
    signals = [
        s
        for s in _signals(pdf(_summary_beside_activity(raised=1.6)))
        if s.code is SignalCode.MISALIGNED_FIGURE
    ]
    assert [s.severity for s in signals] == [Severity.MEDIUM]
    assert "+1.60 pt" in signals[0].evidence


# ---- a page of another statement put in ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["wkhtmltopdf", "jasperreports-itext2", "apache-fop"])
def test_a_page_of_another_statement_put_in_is_a_foreign_page_for_a_person_to_judge(name: str) -> None:
    spliced = tamper.tamper(_saved(GENERATORS[name]), "page-splice")

    signals = _signals(spliced)

    assert [(s.code, s.severity, s.page) for s in signals] == [(SignalCode.FONT_ISLAND, Severity.MEDIUM, 2)]
    assert "page 2" in signals[0].message
    # From the file alone one medium sign; the balances, which do not go on from the page before, tell more.
    assert judge(signals).verdict is Verdict.REVIEW


def _page_in(font: str) -> Draw:
    def draw(canvas: Canvas) -> None:
        for row, amount in enumerate(AMOUNTS):
            canvas.setFont(font, 9)
            canvas.drawString(60, row_y(row), f"03/{row + 1:02d}/2024")
            canvas.drawRightString(RIGHT, row_y(row), amount)

    return draw


def test_pages_whose_fonts_are_named_page_by_page_give_no_signal() -> None:
    # No two pages alike: a generator that names its fonts per page, not a page put in.
    assert _signals(pdf(_page_in("Helvetica"), _page_in("Times-Roman"), _page_in("Courier"))) == []


def test_one_page_in_fonts_no_other_page_uses_among_pages_alike_is_foreign() -> None:
    pages = [_page_in("Helvetica"), _page_in("Helvetica"), _page_in("Times-Roman"), _page_in("Helvetica")]
    assert [(s.code, s.page) for s in _signals(pdf(*pages))] == [(SignalCode.FONT_ISLAND, 3)]
