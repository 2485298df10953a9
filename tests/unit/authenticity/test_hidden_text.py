"""Text the reader reads but no one sees: figures drawn invisibly (text render mode 3 or 7) on a page
whose text is visible, or inside an optional-content layer that is off by default."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from devtools import tamper
from ingest.authenticity import assess, judge
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Signal
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import AMOUNTS, RIGHT, content_signals, pdf, row_y, table

HIDDEN_ROW = len(AMOUNTS)  # the row under the table's last one, where nothing is seen
HIDDEN_FIGURE = "9,400.00"


def _invisible(canvas: Canvas, text: str, row: int, mode: int = 3) -> None:
    """`text` right-aligned in the amount column on `row`, drawn in text render mode `mode`."""
    drawn = canvas.beginText()
    drawn.setTextRenderMode(mode)
    drawn.setFont("Helvetica", 9)
    drawn.setTextOrigin(RIGHT - canvas.stringWidth(text, "Helvetica", 9), row_y(row))
    drawn.textOut(text)
    drawn.setTextRenderMode(0)  # the mode is graphics state: the text drawn after it is seen
    canvas.drawText(drawn)


def _hidden(signals: list[Signal]) -> list[Signal]:
    return [s for s in signals if s.code is SignalCode.INVISIBLE_TEXT]


def test_an_invisible_row_of_figures_under_a_visible_table_is_high() -> None:
    data = pdf(lambda c: (table(c), _invisible(c, HIDDEN_FIGURE, HIDDEN_ROW)))

    found = _hidden(content_signals(data))

    assert len(found) == 1 and found[0].severity is Severity.HIGH and found[0].page == 1
    assert found[0].bbox is not None
    # Where the hidden row lies: the amount column's right edge, under the last row.
    assert found[0].bbox.x1 <= RIGHT / 612 + 0.01
    assert abs(found[0].bbox.y1 - (792 - row_y(HIDDEN_ROW)) / 792) < 0.03
    assert HIDDEN_FIGURE not in found[0].message + found[0].evidence
    assert judge(found).verdict is Verdict.SUSPECT


def test_a_figure_drawn_as_a_clip_only_is_invisible_too() -> None:
    data = pdf(lambda c: (table(c), _invisible(c, HIDDEN_FIGURE, HIDDEN_ROW, mode=7)))

    assert len(_hidden(content_signals(data))) == 1


def test_invisible_words_without_a_figure_are_no_signal() -> None:
    # A generator's invisible tag for search or accessibility changes no figure.
    data = pdf(lambda c: (table(c), _invisible(c, "Statement of account", HIDDEN_ROW)))

    assert _hidden(content_signals(data)) == []


def test_an_invisible_ocr_layer_over_a_picture_on_a_digital_page_is_no_signal() -> None:
    # A scanned receipt pasted into a page of text, made searchable: its layer lies over its picture.
    picture = Image.new("L", (200, 40), 255)

    def page(canvas: Canvas) -> None:
        table(canvas)
        canvas.drawImage(ImageReader(picture), RIGHT - 100, row_y(HIDDEN_ROW) - 10, 100, 20)
        _invisible(canvas, HIDDEN_FIGURE, HIDDEN_ROW)

    assert _hidden(content_signals(pdf(page))) == []


def test_an_invisible_figure_over_a_background_picture_under_visible_text_is_high() -> None:
    # A page drawn as a picture of its form with the statement's text visible over it: an invisible
    # figure there is no OCR layer of the picture, whose text is the visible one.
    background = Image.new("L", (306, 396), 235)

    def page(canvas: Canvas) -> None:
        canvas.drawImage(ImageReader(background), 0, 0, 612, 792)
        table(canvas)
        _invisible(canvas, HIDDEN_FIGURE, HIDDEN_ROW)

    assert [s.severity for s in _hidden(content_signals(pdf(page)))] == [Severity.HIGH]


def test_a_page_number_stamped_over_a_searchable_scan_leaves_its_ocr_layer_unjudged() -> None:
    # A scan with its invisible OCR layer, and a tool's visible page number stamped over the picture.
    picture = Image.new("L", (306, 396), 250)

    def page(canvas: Canvas) -> None:
        canvas.drawImage(ImageReader(picture), 0, 0, 612, 792)
        for row, amount in enumerate(AMOUNTS):
            _invisible(canvas, amount, row)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(290, 30, "Page 1 of 1")

    assert _hidden(content_signals(pdf(page))) == []


def _in_layer(data: bytes, text: str, *, off: bool) -> bytes:
    """`data` with `text` typed under the table's last row inside an optional-content group, off by
    default when `off` (a viewer does not draw it; the text layer holds it)."""
    with pikepdf.open(io.BytesIO(data)) as pdf_file:
        group = pdf_file.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Layer 2"))
        )
        default = pikepdf.Dictionary(Order=[group], OFF=[group] if off else [])
        pdf_file.Root.OCProperties = pikepdf.Dictionary(OCGs=[group], D=default)
        page = pdf_file.pages[0]
        page.obj.Resources.Properties = pikepdf.Dictionary(L2=group)
        font = page.add_resource(tamper._helvetica(), pikepdf.Name.Font)
        x = RIGHT - 9 * 0.556 * len(text)
        shown = b"/OC /L2 BDC BT %s 9 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET EMC\n" % (
            str(font).encode(),
            x,
            row_y(HIDDEN_ROW),
            text.encode(),
        )
        page.contents_add(pikepdf.Stream(pdf_file, shown))
        out = io.BytesIO()
        pdf_file.save(out)
        return out.getvalue()


def test_figures_in_a_layer_that_is_off_are_high() -> None:
    data = _in_layer(pdf(table), HIDDEN_FIGURE, off=True)

    found = _hidden(assess(data, PDF))

    assert len(found) == 1 and found[0].severity is Severity.HIGH and found[0].page == 1
    assert HIDDEN_FIGURE not in found[0].message + found[0].evidence


def test_figures_in_a_layer_that_is_on_are_no_signal() -> None:
    data = _in_layer(pdf(table), HIDDEN_FIGURE, off=False)

    assert _hidden(assess(data, PDF)) == []


def test_words_without_a_figure_in_a_layer_that_is_off_are_no_signal() -> None:
    # A print-only watermark ("COPY") lives in a layer a viewer does not show.
    data = _in_layer(pdf(table), "COPY", off=True)

    assert _hidden(assess(data, PDF)) == []
