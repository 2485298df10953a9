"""What the content checks read from the reader's pdfium pages: pictures, forms and turned pages placed as
a reader sees them, and no second parse of the file."""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.pdfgen.canvas import Canvas

from ingest.authenticity import ContentReader
from ingest.authenticity.content import MAX_PATCH_SHARE, MIN_PATCH_SIDE
from ingest.authenticity.drawing import Run, read_drawing
from ingest.authenticity.places import PageFrame, where
from ingest.codes import SignalCode
from ingest.extract import pdftext
from ingest.extract.pages import read_pages
from ingest.extract.pdftext import image_share, read_text_layer
from ingest.settings import Settings
from ingest.stages.upload import PDF
from tests.conftest import ROOT
from tests.unit.authenticity.pdfs import RIGHT, content_signals, pdf, pdfium_documents_opened, row_y, table


def _whiteout(canvas: Canvas, row: int) -> None:
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(RIGHT - 45, row_y(row) - 2.5, 46, 11, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Courier", 9)
    canvas.drawRightString(RIGHT, row_y(row), "2,950.00")


def _covered(data: bytes) -> list[tuple[float, float, float, float]]:
    return [
        (s.bbox.x0, s.bbox.y0, s.bbox.x1, s.bbox.y1)
        for s in content_signals(data)
        if s.code is SignalCode.COVERED_TEXT and s.bbox is not None
    ]


def test_a_whiteout_drawn_inside_a_form_is_found_where_the_form_places_it() -> None:
    # The table and its white-out drawn in a form XObject, placed half size in the page's lower left.
    def placed(canvas: Canvas) -> None:
        canvas.beginForm("statement")
        table(canvas)
        _whiteout(canvas, 2)
        canvas.endForm()
        canvas.saveState()
        canvas.translate(20, 30)
        canvas.scale(0.5, 0.5)
        canvas.doForm("statement")
        canvas.restoreState()

    (box,) = _covered(pdf(placed))
    # The white box spans x 455-501 and y row_y(2)-2.5 to +8.5 in the form: halved and moved on the page.
    assert box[0] == pytest.approx((20 + 0.5 * (RIGHT - 45)) / 612, abs=0.005)
    assert box[2] == pytest.approx((20 + 0.5 * (RIGHT + 1)) / 612, abs=0.005)
    assert box[1] == pytest.approx((792 - 30 - 0.5 * (row_y(2) + 8.5)) / 792, abs=0.005)


def test_a_signal_on_a_turned_page_is_placed_on_the_page_as_displayed() -> None:
    with pikepdf.open(io.BytesIO(pdf(lambda c: (table(c), _whiteout(c, 2))))) as document:
        document.pages[0].Rotate = 90
        out = io.BytesIO()
        document.save(out)

    (box,) = _covered(out.getvalue())
    # Turned a quarter clockwise for display: the stored page's top edge is the displayed right edge.
    stored_top = (792 - row_y(2) - 8.5) / 792
    stored_left = (RIGHT - 45) / 612
    assert box[2] == pytest.approx(1 - stored_top, abs=0.005)
    assert box[1] == pytest.approx(stored_left, abs=0.005)


@pytest.mark.parametrize(
    ("rotation", "expected"),
    [
        (0, (0.1, 0.2, 0.3, 0.5)),
        (90, (0.5, 0.1, 0.8, 0.3)),
        (180, (0.7, 0.5, 0.9, 0.8)),
        (270, (0.2, 0.7, 0.5, 0.9)),
    ],
)
def test_page_fractions_follow_the_pages_turn(rotation: int, expected: tuple[float, ...]) -> None:
    # On a 100 x 200 point page whose crop box starts at (10, 20): x 20-40, y 120-180 in PDF space.
    frame = PageFrame(number=3, left=10, bottom=20, width=100, height=200, rotation=rotation)
    box = frame.box(20, 120, 40, 180)
    assert (box.x0, box.y0, box.x1, box.y1) == pytest.approx(expected)
    assert box.page == 3


def test_the_place_in_words() -> None:
    box = PageFrame(number=2, left=0, bottom=0, width=100, height=100).box(70, 84, 82, 86)
    assert where(box) == "on page 2, 70%-82% across and 14%-16% down"


def _reader_pages() -> list[Path]:
    real = sorted((ROOT / "tests" / "data" / "real").rglob("*.pdf"))
    samples = sorted(p for p in (ROOT / "samples").rglob("statement-*.pdf") if "protected" not in p.name)
    return [*samples, *real]


def _share_of_image_objects(page: pdfplumber.page.Page) -> float:
    """The share as pdfplumber's image objects give it, clipped to the page."""
    covered = 0.0
    for image in page.images:
        x0, x1 = max(0.0, float(image["x0"])), min(float(page.width), float(image["x1"]))
        top, bottom = max(0.0, float(image["top"])), min(float(page.height), float(image["bottom"]))
        covered += max(0.0, x1 - x0) * max(0.0, bottom - top)
    return min(1.0, covered / (float(page.width) * float(page.height)))


@pytest.mark.parametrize("path", _reader_pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_image_share_is_the_one_pdfplumbers_image_objects_give(path: Path) -> None:
    document = pdfium.PdfDocument(path)
    try:
        with pdfplumber.open(path) as plumber:
            for number, theirs in enumerate(plumber.pages, start=1):
                page = document[number - 1]
                textpage = page.get_textpage()
                share = image_share(page)
                drawn = read_drawing(page, read_text_layer(page, textpage, number))
                textpage.close()
                assert share == pytest.approx(_share_of_image_objects(theirs), abs=1e-3)
                assert drawn.image_share == share  # the reader's and the content checks' are one
    finally:
        document.close()


def test_the_content_checks_read_the_readers_pages_without_parsing_the_file_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("pdfplumber opened on the reader's path")

    opened = pdfium_documents_opened(monkeypatch)
    monkeypatch.setattr(pdfplumber, "open", refused)
    content = ContentReader()
    data = pdf(lambda c: (table(c), _whiteout(c, 2)))

    pages = list(read_pages(Settings().limits, data, PDF, on_pdf_page=content.page))

    assert len(pages) == 1 and len(opened) == 1
    assert SignalCode.COVERED_TEXT in {s.code for s in content.finish()}


def test_the_reader_and_the_content_checks_walk_a_pages_objects_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walked: list[int] = []
    original = pdftext.page_objects

    def counted(page: pdfium.PdfPage) -> Iterator[tuple[int, int, pdftext.Matrix | None]]:
        walked.append(1)
        return original(page)

    monkeypatch.setattr(pdftext, "page_objects", counted)
    content = ContentReader()
    data = pdf(lambda c: (table(c), _whiteout(c, 2)), table)

    pages = list(read_pages(Settings().limits, data, PDF, on_pdf_page=content.page))

    assert len(pages) == 2 and len(walked) == 2
    assert SignalCode.COVERED_TEXT in {s.code for s in content.finish()}


def test_only_filled_shapes_that_could_hide_text_are_asked_their_fill() -> None:
    # A hairline rule, a page-sized background and a white-out: only the white-out can be a patch.
    def drawn(canvas: Canvas) -> None:
        canvas.setFillColorRGB(0.9, 0.9, 0.9)
        canvas.rect(0, 0, 612, 792, stroke=0, fill=1)
        table(canvas)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.rect(60, 600, 440, 0.5, stroke=0, fill=1)
        _whiteout(canvas, 2)

    document = pdfium.PdfDocument(pdf(drawn))
    try:
        page = document[0]
        textpage = page.get_textpage()
        shapes = read_drawing(
            page, read_text_layer(page, textpage, 1), min_side=MIN_PATCH_SIDE, max_share=MAX_PATCH_SHARE
        ).shapes
        every = read_drawing(page, read_text_layer(page, textpage, 1)).shapes
        textpage.close()
    finally:
        document.close()
    assert [(round(s.x0), round(s.x1), s.colour) for s in shapes] == [
        (round(RIGHT - 45), round(RIGHT + 1), "#ffffff")
    ]
    assert len(every) == 3


def test_the_reader_and_the_content_checks_share_one_text_page_a_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[int] = []
    original = pdfium.PdfPage.get_textpage

    def counted(page: pdfium.PdfPage) -> pdfium.PdfTextPage:
        opened.append(1)
        return original(page)

    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", counted)
    content = ContentReader()
    data = pdf(lambda c: (table(c), _whiteout(c, 2)), table)

    pages = list(read_pages(Settings().limits, data, PDF, on_pdf_page=content.page))

    assert len(pages) == 2 and len(opened) == 2
    assert SignalCode.COVERED_TEXT in {s.code for s in content.finish()}


def test_a_ligature_is_one_glyph_not_two_texts_drawn_at_one_place() -> None:
    # HSBC sets "fi" as one glyph; pdfium spells it in two letters, each with the glyph's box.
    path = ROOT / "tests" / "data" / "real" / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20190610.pdf"
    found = content_signals(path.read_bytes())
    assert [s for s in found if s.code is SignalCode.OVERLAPPING_TEXT] == []


def test_a_table_drawn_a_cell_an_object_is_judged_without_making_any_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []
    chars = Run.chars

    def counted(run: Run) -> object:
        made.append(run.text)
        return chars.fget(run)  # type: ignore[attr-defined]

    monkeypatch.setattr(Run, "chars", property(counted))

    assert content_signals(pdf(table)) == []
    # Words without figures count by their text object; dates and amounts, each drawn left to right in
    # an object of its own, are read from the text layer's characters.
    assert made == []


def _origin_height(textpage: pdfium.PdfTextPage, index: int) -> float:
    x, y = ctypes.c_double(), ctypes.c_double()
    assert pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return y.value


@pytest.mark.parametrize(
    "path",
    [p for p in _reader_pages() if "scan" not in p.parent.name][::3],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_a_text_objects_baseline_from_its_matrix_is_a_height_pdfium_gives_its_characters_origins(
    path: Path,
) -> None:
    # The baseline is read from the first character's matrix, not asked of pdfium character by character.
    document = pdfium.PdfDocument(path)
    judged = 0
    try:
        for number, page in enumerate(document, start=1):
            textpage = page.get_textpage()
            layer = read_text_layer(page, textpage, number)
            heights = {_origin_height(textpage, char[6]) for char in layer.chars if char[0] > " " and char[7]}
            runs = read_drawing(page, layer).runs
            textpage.close()
            assert all(run.baseline in heights for run in runs)
            judged += len(runs)
    finally:
        document.close()
    assert judged
