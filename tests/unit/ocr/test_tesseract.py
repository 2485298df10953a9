"""The real Tesseract binary: pages read upright whichever way they were scanned, failures as errors."""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt
import pytesseract
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from ingest.codes import ExtractionMethod
from ingest.errors import ProcessingTimeout
from ingest.extract.ocr import (
    OcrError,
    OcrOptions,
    OcrWord,
    Tesseract,
    TesseractInProcess,
    _block_minimum,
    _dark_on_light,
    _dashed,
    _paper_beyond,
    _read_alone,
    ocr_page,
)
from tests.unit.ocr.pages import render, statement_pdf


@dataclass
class CountingTesseract:
    """The real engine, counting the orientation checks it is asked for."""

    inner: Tesseract = field(default_factory=Tesseract)
    orientation_calls: int = 0

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        return self.inner.read(image, dpi, lang, timeout_s)

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        self.orientation_calls += 1
        return self.inner.orientation(image, dpi, timeout_s)

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        return self.inner.script(image, dpi, timeout_s)


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return render(statement_pdf())


def _texts(image: Image.Image, engine: object) -> tuple[set[str], float, float]:
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)  # type: ignore[arg-type]
    words = ocr_page(image, 1, 300, options)
    assert words.method is ExtractionMethod.OCR
    return {w.text for w in words.words}, words.width, words.height


def test_upright_page_is_read_once_without_an_orientation_check(page: Image.Image) -> None:
    engine = CountingTesseract()
    texts, width, height = _texts(page, engine)
    assert {"PAYROLL", "DEPOSIT", "2,310.00", "3,514.80", "Balance"} <= texts
    assert engine.orientation_calls == 0
    assert (width, height) == pytest.approx((612, 792), abs=1)


@pytest.mark.parametrize(
    "turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270]
)
def test_turned_scan_is_read_upright(page: Image.Image, turn: Image.Transpose) -> None:
    texts, width, height = _texts(page.transpose(turn), CountingTesseract())
    assert {"PAYROLL", "DEPOSIT", "2,310.00", "3,514.80"} <= texts
    assert width < height  # portrait again: boxes are those of the upright page


def test_skewed_scan_reads_like_a_straight_one(page: Image.Image) -> None:
    texts, _, _ = _texts(page.rotate(2.5, resample=Image.Resampling.BILINEAR, fillcolor=255), Tesseract())
    assert {"PAYROLL", "DEPOSIT", "2,310.00", "3,514.80", "1,969.90"} <= texts


def test_engine_running_past_its_time_is_a_processing_timeout(page: Image.Image) -> None:
    with pytest.raises(ProcessingTimeout):
        Tesseract().read(page, 300, "eng", timeout_s=0.01)


def test_engine_failure_is_an_ocr_error(page: Image.Image) -> None:
    with pytest.raises(OcrError):
        Tesseract().read(page, 300, "no-such-language", timeout_s=30)


def test_orientation_of_a_near_empty_page_is_unknown_not_an_error() -> None:
    sparse = render(statement_pdf(("42",), size=10))
    assert Tesseract().orientation(sparse, 300, timeout_s=30) is None


@pytest.mark.parametrize("engine", [Tesseract(), TesseractInProcess()], ids=["program", "in-process"])
def test_both_engines_name_a_page_s_script_and_none_for_a_near_empty_page(
    page: Image.Image, engine: Tesseract
) -> None:
    assert engine.script(page, 300, timeout_s=30) == "Latin"
    sparse = render(statement_pdf(("42",), size=10))
    assert engine.script(sparse, 300, timeout_s=30) is None


@dataclass(frozen=True)
class ColumnDroppingTesseract(Tesseract):
    """The real engine, whose layout pass on a whole page drops its right-hand columns as pictures."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if image.width < 2000:
            return words  # a crop: read as it is
        return [w for w in words if w.left < image.width * 0.35]


def test_columns_the_layout_pass_dropped_are_read_again(page: Image.Image) -> None:
    options = OcrOptions(engine=ColumnDroppingTesseract(), lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(page, 1, 300, options).words]
    full = [w.text for w in ocr_page(page, 1, 300, OcrOptions(lang="eng", timeout_s=60)).words]
    assert {"2,310.00", "3,514.80", "Balance"} <= set(texts)  # the amounts on the right are back
    assert texts.count("PAYROLL") == full.count("PAYROLL")  # and what was read is not read twice


def _table_page(rows: tuple[tuple[str, str, str], ...], dpi: int) -> Image.Image:
    """A scan of a table: dates and descriptions on the left, right-aligned amounts far to the right."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(60, 740, "Northwind Savings Bank statement of account")
    y = 700.0
    for date, description, amount in rows:
        pdf.drawString(60, y, date)
        pdf.drawString(130, y, description)
        pdf.drawRightString(520, y, amount)
        y -= 22
    pdf.showPage()
    pdf.save()
    return render(buffer.getvalue(), dpi=dpi)


@dataclass(frozen=True)
class AmountDroppingTesseract(Tesseract):
    """The real engine, whose layout pass on a whole page drops the amounts column as a picture."""

    crops: list[tuple[int, int]] = field(default_factory=list, compare=False, hash=False)

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm == 6:
            self.crops.append(image.size)
            return words  # the re-read of a crop: read as it is
        return [w for w in words if w.left < image.width * 0.6]


def _reread(page: Image.Image, dpi: int) -> tuple[list[str], list[tuple[int, int]]]:
    """The words read from the page, and the sizes of the crops read again."""
    engine = AmountDroppingTesseract()
    words = ocr_page(page, 1, dpi, OcrOptions(engine=engine, lang="eng", timeout_s=60))
    return [w.text for w in words.words], engine.crops


_ROWS = (
    ("03 Mar", "GROCERY MARKET", "45.20"),
    ("07 Mar", "HYDRO BILL", "88.15"),
    ("12 Mar", "COFFEE HOUSE", "6.75"),
    ("19 Mar", "BOOK SHOP", "272.23"),
    ("23 Mar", "PHARMACY", "31.40"),
)


@pytest.mark.parametrize("dpi", [200, 300])
def test_dropped_column_keeps_a_hundreds_digit_only_one_row_has(dpi: int) -> None:
    rows = (*_ROWS, ("28 Mar", "BAKERY", "12.60"), ("30 Mar", "PARKING", "9.00"))
    texts, _ = _reread(_table_page(rows, dpi), dpi)
    assert "272.23" in texts
    assert "72.23" not in texts


@pytest.mark.parametrize("dpi", [200, 300])
def test_short_dropped_column_of_four_rows_is_read_again(dpi: int) -> None:
    rows = (
        ("Opening", "balance", "1,204.80"),
        ("Total", "withdrawals", "1,590.10"),
        ("Total", "deposits", "2,310.00"),
        ("Closing", "balance", "1,924.70"),
    )
    texts, crops = _reread(_table_page(rows, dpi), dpi)
    assert {"1,204.80", "1,590.10", "2,310.00", "1,924.70"} <= set(texts)
    assert len(crops) == 1


def test_a_lone_dropped_word_is_not_read_again() -> None:
    rows = (("03 Mar", "GROCERY MARKET", "45.20"),)
    _, crops = _reread(_table_page(rows, 300), 300)
    assert crops == []  # one word is not a column: a stamp or a logo is left alone


def test_words_come_back_without_surrounding_spaces(
    page: Image.Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    def padded(*args: object, **kwargs: object) -> dict[str, list[object]]:
        return {
            "text": [" 45.20", "GROCERY ", " ", "MARKET"],
            "conf": [91, 90, 95, 88],
            "left": [10, 50, 80, 90],
            "top": [5, 5, 5, 5],
            "width": [30, 25, 5, 30],
            "height": [12, 12, 12, 12],
        }

    monkeypatch.setattr(pytesseract, "image_to_data", padded)
    words = Tesseract().read(page, 300, "eng", timeout_s=30)
    assert [w.text for w in words] == ["45.20", "GROCERY", "MARKET"]


@dataclass(frozen=True)
class SignForDigitTesseract(Tesseract):
    """The real engine, whose reading of a whole page takes a figure's leading 5 for a dollar sign and
    doubts it, as Tesseract does with a blurred 5 at 200 dpi; words read alone are read as they are."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm != Tesseract().psm:
            return words
        return [_misread(w) for w in words]


# A 5 read as a sign, a printed sign doubted all the same, a minus read as "=": the mark and confidence.
_MISREADS = {"5": ("$", 57.0), "$": ("$", 57.0), "-": ("=", 28.0)}


def _misread(w: OcrWord) -> OcrWord:
    if w.text[:1] not in _MISREADS:
        return w
    mark, confidence = _MISREADS[w.text[:1]]
    return OcrWord(mark + w.text[1:], w.left, w.top, w.width, w.height, confidence)


def test_a_figure_read_with_doubt_is_read_again_alone() -> None:
    rows = (
        ("03 Mar", "GROCERY MARKET", "56.87"),
        ("07 Mar", "HYDRO BILL", "$51.65"),
        ("09 Mar", "RENT", "-205.90"),
    )
    page = _table_page(rows, 300)
    options = OcrOptions(engine=SignForDigitTesseract(), lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(page, 1, 300, options).words]
    assert "56.87" in texts  # the 5 that the page's reading took for a sign is back
    assert "$51.65" in texts  # a printed sign, read again alone, is still a sign: the reading stays
    assert "-205.90" in texts  # and a minus read as "=" is a minus again


def test_a_figure_read_again_beside_a_sign_printed_apart_is_the_figure() -> None:
    """A closing balance printed "+ 5.314,05", its 5 read as a sign: the paper around the figure, read
    again, holds the "+" too, which comes back as a word of its own beside the figure."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(60, 740, "Northwind Savings Bank statement of account")
    for row, (label, figure) in enumerate((("Opening balance", "1,204.80"), ("Closing balance", "5,314.05"))):
        y = 700 - 22 * row
        pdf.drawString(60, y, label)
        pdf.drawRightString(520, y, figure)
        pdf.drawRightString(520 - pdf.stringWidth(figure, "Helvetica", 12) - 4, y, "+")
    pdf.showPage()
    pdf.save()
    page = render(buffer.getvalue(), dpi=300)
    options = OcrOptions(engine=SignForDigitTesseract(), lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(page, 1, 300, options).words]
    assert "+" in texts  # the sign stands apart, a word of its own
    assert "5,314.05" in texts  # and the 5 that the page's reading took for a sign is back


@dataclass(frozen=True)
class FigureFailingTesseract(Tesseract):
    """The real engine, whose reading of a whole page fails some figures outright: their decimal point
    lost and digits misread, with little confidence (a clean 300-dpi scan's "27.75" read "2015" at 25);
    words read alone are read as they are."""

    failed: tuple[tuple[str, str, float], ...] = (("27.75", "2015", 25.0), ("12.90", "1290", 88.0))

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm != Tesseract().psm:
            return words
        misread = {printed: (read, confidence) for printed, read, confidence in self.failed}
        return [
            OcrWord(misread[w.text][0], w.left, w.top, w.width, w.height, misread[w.text][1])
            if w.text in misread
            else w
            for w in words
        ]


def test_a_figure_the_page_reading_failed_outright_is_read_again_alone() -> None:
    rows = (
        ("23 Jul", "NATURAL BAZAAR", "12.90"),
        ("24 Jul", "WHOLESOME LIFE", "27.75"),
        ("25 Jul", "SUNNY CAFE", "17.40"),
    )
    page = _table_page(rows, 300)
    options = OcrOptions(engine=FigureFailingTesseract(), lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(page, 1, 300, options).words]
    assert "27.75" in texts  # the figure read with little confidence as no figure is read alone, and is one
    assert "2015" not in texts
    assert "1290" in texts  # one read with confidence is left as read: the balance settles its point


def test_a_failed_figure_read_again_as_a_figure_of_other_digits_is_left_as_read() -> None:
    page = _table_page((("24 Jul", "WHOLESOME LIFE", "127.75"),), 300)
    engine = FigureFailingTesseract(failed=(("127.75", "2015", 25.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(page, 1, 300, options).words]
    assert "2015" in texts  # five digits read again for four: not the same glyphs


def test_a_figure_read_as_fewer_digits_than_its_box_holds_keeps_its_reading_alone_for_the_balance() -> None:
    """HSBC photographed at 170 dpi: 54.99 was read "49" at 38 in a box as long as the figure; read alone
    it is a figure of other digits, which the reading alone does not take but keeps beside it."""
    rows = (("06 Jan", "BANK TRANSFER", "54.99"), ("06 Jan", "HYDRO BILL", "63.43"))
    engine = FigureFailingTesseract(failed=(("54.99", "49", 38.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    words = {w.text: w for w in ocr_page(_table_page(rows, 300), 1, 300, options).words}
    assert words["49"].alternative == "54.99"
    assert words["63.43"].alternative is None


def test_a_clean_figure_read_with_doubt_keeps_the_other_figure_it_reads_alone_for_the_balance() -> None:
    """HSBC photographed at 170 dpi: 88.25 was read 83.25 at 79, a clean figure a reading alone gives
    otherwise; which of the two is printed, the balance proves (see the balance's tests)."""
    rows = (("23 Dec", "GROCERY MARKET", "88.25"), ("23 Dec", "HYDRO BILL", "63.43"))
    engine = FigureFailingTesseract(failed=(("88.25", "83.25", 79.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    words = {w.text: w for w in ocr_page(_table_page(rows, 300), 1, 300, options).words}
    assert words["83.25"].alternative == "88.25"  # the page's reading stays, the other beside it
    assert words["63.43"].alternative is None  # read with confidence: not read again


def test_a_figure_whose_minus_the_page_reading_lost_takes_it_back_when_read_alone() -> None:
    """TD photographed at 170 dpi: a payment printed "-$161.00" was read "$161.00" at 56, its blurred
    dash lost in the line's reading; read alone it shows the minus, confidently."""
    rows = (("31 Jul", "PAYMENT - THANK YOU", "-161.00"), ("02 Aug", "MUSIC STORE", "10.99"))
    engine = FigureFailingTesseract(failed=(("-161.00", "161.00", 56.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert "-161.00" in texts
    assert "161.00" not in texts


def test_a_figure_read_with_confidence_and_no_minus_is_read_again_where_a_dash_is_printed_before_it() -> None:
    """TD photographed at 170 dpi: a payment printed "-$211.00" was read "$211.00" at 94, the blurred
    dash read as nothing; the dash's ink is still there, and the figure read alone shows it."""
    rows = (("15 Jul", "PAYMENT - THANK YOU", "-211.00"), ("16 Jul", "PIZZA PLACE", "39.07"))
    engine = FigureFailingTesseract(failed=(("-211.00", "211.00", 94.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert "-211.00" in texts
    assert "39.07" in texts  # no dash before it: left as read


def _figure_with_a_mark_before_it(mark: list[list[int]], top: int) -> Image.Image:
    """A figure's glyphs (grey 103, paper between them, 21 pixels tall from row 20) with a faint mark's
    grey levels drawn from column 45 and row `top`, as a 200-dpi scan shows them once enlarged, denoised
    and relit."""
    pixels = np.full((60, 200), 255, dtype=np.uint8)
    for left in (62, 80, 94, 108, 130, 144):
        pixels[20:41, left : left + 10] = 103
    pixels[top : top + len(mark), 45 : 45 + len(mark[0])] = mark
    return Image.fromarray(pixels, mode="L")


def test_a_faint_minus_before_a_figure_on_a_denoised_scan_is_a_dash() -> None:
    """TD at 200 dpi: "-$211.00" read "$211.00" at 92, the payment taken for a purchase. Its thin dash,
    blurred, is far paler than the digits (168 against 103): at a third of their contrast its ends were
    cut to four pixels, too short for a dash; at half its own depth it is as wide as printed."""
    dash = [
        [231, 212, 203, 203, 209, 219, 255],
        [212, 194, 172, 168, 186, 209, 221],
        [207, 194, 172, 168, 186, 207, 221],
        [224, 207, 201, 201, 207, 221, 255],
    ]
    figure = OcrWord("$211.00", 60, 20, 96, 21, 92.0)
    dashed = _dashed(_figure_with_a_mark_before_it(dash, 32), figure, [figure])
    assert dashed is not None
    assert dashed.left == 45  # the box takes the dash in, for the figure to be read alone with it


def test_a_faint_speck_before_a_figure_is_no_dash() -> None:
    """A speck of the scan's noise where a minus would stand, as pale as that dash and as wide as it is
    tall, is no dash however its width is measured."""
    speck = [[212, 194, 212], [194, 168, 194], [212, 194, 212]]
    figure = OcrWord("$211.00", 60, 20, 96, 21, 92.0)
    assert _dashed(_figure_with_a_mark_before_it(speck, 32), figure, [figure]) is None


def test_a_figure_read_with_doubt_gets_no_minus_it_does_not_print() -> None:
    rows = (("31 Jul", "PAYMENT - THANK YOU", "161.00"), ("02 Aug", "MUSIC STORE", "10.99"))
    engine = FigureFailingTesseract(failed=(("161.00", "161.00", 56.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert "161.00" in texts
    assert "-161.00" not in texts


def test_a_word_read_as_no_figure_in_a_column_of_figures_is_read_again_alone() -> None:
    """HSBC photographed at 170 dpi: a balance carried forward read "ans" at 63, and one read "asecas" at
    2, were no figures, and the pages they end were joined to no other."""
    rows = (
        ("09 Dec", "CARD PAYMENT", "58.14"),
        ("09 Dec", "DIRECT DEBIT", "25.15"),
        ("09 Dec", "CARD PAYMENT", "51.65"),
        ("09 Dec", "BALANCE CARRIED FORWARD", "4,413.37"),
    )
    page = _table_page(rows, 300)
    engine = FigureFailingTesseract(failed=(("4,413.37", "ans", 63.0),))
    texts = [
        w.text for w in ocr_page(page, 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60)).words
    ]
    assert "4,413.37" in texts
    assert "ans" not in texts
    garbled = FigureFailingTesseract(failed=(("4,413.37", "asecas", 2.0),))
    texts = [
        w.text for w in ocr_page(page, 1, 300, OcrOptions(engine=garbled, lang="eng", timeout_s=60)).words
    ]
    assert "4,413.37" in texts


@pytest.mark.parametrize(
    ("printed", "read", "confidence"),
    [
        ("2.68", "268", 79.0),  # its point lost
        ("5.31", "$31", 92.0),  # its 5 read as a sign, with confidence
        ("54.99", "49", 74.0),  # digits run together
    ],
)
def test_a_figure_read_as_digits_that_are_no_figure_in_a_column_of_figures_is_read_again_alone(
    printed: str, read: str, confidence: float
) -> None:
    """HSBC photographed at 170 dpi: small blurred amounts read "268", "$31" and "49", no figures, whatever
    the confidence; read alone, each is the figure printed."""
    rows = (
        ("09 Dec", "CARD PAYMENT", "58.14"),
        ("09 Dec", "DIRECT DEBIT", "25.15"),
        ("09 Dec", "CARD PAYMENT", printed),
        ("09 Dec", "CARD PAYMENT", "51.65"),
    )
    engine = FigureFailingTesseract(failed=((printed, read, confidence),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert printed in texts
    assert read not in texts


@dataclass(frozen=True)
class DigitLosingTesseract(Tesseract):
    """The real engine, whose reading of a whole page loses a figure's last digit, its box ending before
    it (a 200-dpi scan's "$3.41" read "$3.4" at 94, the 1 left outside); words read alone are read as
    they are."""

    printed: str = "5.31"

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm != Tesseract().psm:
            return words
        short = self.printed[:-1]
        return [
            OcrWord(short, w.left, w.top, w.width * len(short) // len(w.text), w.height, 94.0)
            if w.text == self.printed
            else w
            for w in words
        ]


def test_a_figure_read_without_its_last_digit_is_read_again_to_its_columns_edge() -> None:
    rows = (
        ("09 Dec", "CARD PAYMENT", "58.14"),
        ("09 Dec", "DIRECT DEBIT", "25.15"),
        ("09 Dec", "CARD PAYMENT", "5.31"),
        ("09 Dec", "CARD PAYMENT", "51.65"),
    )
    options = OcrOptions(engine=DigitLosingTesseract(), lang="eng", timeout_s=60)
    words = ocr_page(_table_page(rows, 300), 1, 300, options).words
    figures = {w.text: w for w in words if w.text in ("58.14", "25.15", "5.31", "51.65")}
    assert set(figures) == {"58.14", "25.15", "5.31", "51.65"}
    # The figure's box is the figure's print, to the column's edge as its neighbours'.
    assert figures["5.31"].x1 == pytest.approx(figures["25.15"].x1, abs=2)


def test_digits_that_are_no_figure_outside_a_column_of_figures_are_left_as_read() -> None:
    rows = (("09 Dec", "CARD PAYMENT", "58.14"), ("09 Dec", "DIRECT DEBIT", "2.68"))
    engine = FigureFailingTesseract(failed=(("2.68", "268", 79.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert "268" in texts  # two figures are no column: a reference or a count may stand there


def test_a_blurred_figure_read_alone_sharpened_is_the_figure_printed() -> None:
    """A phone's blurred small print: Tesseract's own threshold of a figure's crop runs its strokes
    together ("37.99" for $7.99, "a9" for $9.49); the crop sharpened reads as printed."""
    printed = ("$7.99", "$9.49")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Times-Roman", 9)
    for row, figure in enumerate(printed):
        pdf.drawRightString(520, 700 - 16 * row, figure)
    pdf.showPage()
    pdf.save()
    sharp = render(buffer.getvalue(), dpi=170)
    blurred = sharp.filter(ImageFilter.GaussianBlur(1.4))
    engine = replace(TesseractInProcess(), psm=7)
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    words = TesseractInProcess().read(sharp, None, "eng", 60)
    assert [w.text for w in words] == list(printed)
    for word in words:
        as_printed = _read_alone(blurred, word, engine, None, options)
        sharpened = _read_alone(blurred, word, engine, None, options, sharpen=True)
        assert as_printed is None or as_printed.text != word.text  # the blur reads as another
        assert sharpened is not None
        assert sharpened.text == word.text


def _scan_200(pdf: bytes) -> Image.Image:
    """A 200-dpi scan, its scanner's blur, enlarged to the 300 dpi pages are read at."""
    scan = render(pdf, dpi=200).filter(ImageFilter.GaussianBlur(0.8))
    return scan.resize((scan.width * 3 // 2, scan.height * 3 // 2), Image.Resampling.BICUBIC)


@dataclass(frozen=True)
class CountingInProcess(TesseractInProcess):
    """The engine in process, counting the crops it reads."""

    reads: list[tuple[int, int]] = field(default_factory=list, compare=False, hash=False)

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        self.reads.append(image.size)
        return TesseractInProcess.read(self, image, dpi, lang, timeout_s)


def test_a_figure_read_alone_between_close_rows_is_read_clear_of_their_print() -> None:
    """A column of figures on rows 13 points apart, a grey rule between each: a figure's crop with a word
    height of paper above and below cuts through the rows beside it, and the engine in process found no
    line in such a crop ("5,578.95" read as nothing, "77.15" as "78" on a 200-dpi scan), so that each
    figure was read twice, the second time with less paper around it."""
    figures = ("5,578.95", "77.15", "5,960.95", "156.08", "531.25", "50.39", "364.71")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.setStrokeGray(0.75)
    for row, figure in enumerate(figures):
        y = 700 - 13 * row
        pdf.drawRightString(520, y, figure)
        pdf.line(60, y - 3, 540, y - 3)
    pdf.showPage()
    pdf.save()
    scan = _scan_200(buffer.getvalue())
    engine = CountingInProcess(psm=7)
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    words = TesseractInProcess().read(scan, 300, "eng", 60)
    assert [w.text for w in words] == list(figures)
    for word in words:
        alone = _read_alone(scan, word, engine, 300, options)
        assert alone is not None
        assert alone.text == word.text
    assert len(engine.reads) == len(figures)  # each read once, at the first crop


def test_a_figure_read_alone_keeps_the_bare_paper_around_it_as_scanned() -> None:
    """Only print of other rows is painted out of a figure's crop: painting bare paper over with one grey
    changes nothing but the grain Tesseract's threshold sees (a photo's faint "$3.41", nothing printed
    above or below it, was read alone at 85 as it stood and at 55 painted over), while a row's print cut
    by the crop is painted out."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawRightString(520, 700, "3.41")
    pdf.drawRightString(520, 620, "77.15")
    pdf.drawRightString(520, 609, "5,578.95")  # a close row below
    pdf.showPage()
    pdf.save()
    scan = np.asarray(_scan_200(buffer.getvalue()), dtype=float)
    grain = np.random.default_rng(7).normal(0, 4, scan.shape)  # a photo's paper is never one grey
    grainy = Image.fromarray(np.clip(scan + grain, 0, 255).astype(np.uint8))
    words = {w.text: w for w in TesseractInProcess().read(grainy, 300, "eng", 60)}

    def crop_of(word: OcrWord) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
        """The word's crop with a word height of paper above and below, as scanned and painted."""
        h = word.height
        crop = grainy.crop((word.left - h, word.top - h, word.left + word.width + h, word.top + 2 * h))
        return np.asarray(crop), np.asarray(_paper_beyond(crop, h - h // 4, 2 * h + h // 4))

    alone, alone_painted = crop_of(words["3.41"])
    assert (alone_painted == alone).all()  # bare paper above and below: the crop as scanned
    close, close_painted = crop_of(words["77.15"])
    below = slice(close.shape[0] * 3 // 4, None)
    assert close[below].min() < 128  # the row below's print, cut by the crop
    assert close_painted[below].min() > 200  # painted out
    above = slice(0, close.shape[0] // 2)
    assert (close_painted[above] == close[above]).all()  # the bare paper above kept as scanned


def test_a_banner_s_light_lettering_is_read_as_dark_print() -> None:
    """A table's headings printed light on a dark band, read as a piece the page's reading dropped."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.rect(60, 692, 480, 22, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 11)
    for x, heading in ((66, "Date"), (140, "Description"), (470, "Balance")):
        pdf.drawString(x, 699, heading)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(66, 660, "Opening balance")
    pdf.showPage()
    pdf.save()
    scan = _scan_200(buffer.getvalue())
    banner = scan.crop((240, 315, 2260, 427))  # 300 dpi: the band, 1.08 to 1.39 inches down
    paper = scan.crop((240, 500, 2260, 590))  # the line below it
    banner_read = TesseractInProcess(psm=7).read(_dark_on_light(banner), 300, "eng", 60)
    assert [w.text for w in banner_read] == ["Date", "Description", "Balance"]
    assert _dark_on_light(paper) is paper  # dark print on paper is read as it is


def test_a_doubted_word_beside_a_column_of_figures_is_left_as_read() -> None:
    rows = (
        ("09 Dec", "CARD PAYMENT", "58.14"),
        ("09 Dec", "DIRECT DEBIT", "25.15"),
        ("09 Dec", "CARD PAYMENT", "51.65"),
    )
    page = _table_page(rows, 300)
    engine = FigureFailingTesseract(failed=(("DIRECT", "DIREKT", 63.0),))
    texts = [
        w.text for w in ocr_page(page, 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60)).words
    ]
    assert "DIREKT" in texts  # not in the column: not read again, and a reading would be no figure


@dataclass(frozen=True)
class RowDroppingTesseract(Tesseract):
    """The real engine, whose layout pass on a whole page drops one row of a table whole (as beside a
    picture or a dark banner on its line); a line read alone is read as it is."""

    dropped: str = "HYDRO"
    lines: list[tuple[int, int]] = field(default_factory=list, compare=False, hash=False)

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm == 7:
            self.lines.append(image.size)
            return words
        row = [w for w in words if w.text == self.dropped]
        if not row:
            return words
        middle = row[0].top + row[0].height / 2
        return [w for w in words if not w.top <= middle <= w.top + w.height]


@pytest.mark.parametrize("dpi", [200, 300])
def test_a_row_the_layout_pass_dropped_whole_is_read_again_line_by_line(dpi: int) -> None:
    """TD beside a picture and beside a dark banner: "JUL 31 AUG 1 PAYMENT - THANK YOU -$161.00" and
    "AUG 10 AUG 10 UBER CA ... $14.72" were not read at all."""
    engine = RowDroppingTesseract()
    page = ocr_page(_table_page(_ROWS, dpi), 1, dpi, OcrOptions(engine=engine, lang="eng", timeout_s=60))
    texts = [w.text for w in page.words]
    assert {"07", "Mar", "HYDRO", "BILL", "88.15"} <= set(texts)
    assert texts.count("Mar") == len(_ROWS)  # and what was read is not read twice


def test_a_page_read_whole_reads_no_line_again() -> None:
    engine = RowDroppingTesseract(dropped="NOTHING")
    ocr_page(_table_page(_ROWS, 300), 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60))
    assert engine.lines == []


@dataclass(frozen=True)
class WordDroppingTesseract(Tesseract):
    """The real engine, whose layout pass on a whole page drops one word between others on its line (a
    column's lone figure); a line read alone is read as it is."""

    dropped: str = "2,000.00"

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = Tesseract.read(self, image, dpi, lang, timeout_s)
        return words if self.psm == 7 else [w for w in words if w.text != self.dropped]


def test_a_lone_figure_the_layout_pass_dropped_between_words_of_its_line_is_read_again() -> None:
    """HSBC photographed at 170 dpi: a savings statement's one "Paid out" figure, 2,000.00 between a
    row's details and its balance, was not read, nor the column's heading."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 12)
    rows = (("13 Jan", "INTEREST", "", "6,000.13"), ("19 Jan", "TRANSFER", "2,000.00", "4,000.13"))
    for n, (date, description, paid_out, balance) in enumerate(rows):
        y = 700 - 22 * n
        pdf.drawString(60, y, date)
        pdf.drawString(130, y, description)
        pdf.drawRightString(400, y, paid_out)
        pdf.drawRightString(520, y, balance)
    pdf.showPage()
    pdf.save()
    engine = WordDroppingTesseract()
    page = ocr_page(
        render(buffer.getvalue(), dpi=300), 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60)
    )
    texts = [w.text for w in page.words]
    assert "2,000.00" in texts
    assert texts.count("4,000.13") == 1  # what was read is not read twice


@dataclass(frozen=True)
class CrowdedTesseract(FigureFailingTesseract):
    """`FigureFailingTesseract`, whose reading of a word alone reads nothing when the crop reaches far
    above and below it (into the rows above and below, on a blurred photo)."""

    tallest: float = 2.5  # crop heights, in heights of the print, that still read

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        words = FigureFailingTesseract.read(self, image, dpi, lang, timeout_s)
        if self.psm == 7 and words and image.height > self.tallest * max(w.height for w in words):
            return []
        return words


def test_a_figure_whose_crop_reads_nothing_is_read_again_with_less_paper_above_and_below() -> None:
    """HSBC photographed at 170 dpi: "$00.00" for 500.00 and "1443" for 14.43 read as nothing at all alone,
    their crops reaching into the rows above and below; with half a line of paper, as the figures."""
    rows = (("03 Jan", "DIRECT DEBIT", "56.87"), ("03 Jan", "CARD PAYMENT", "17.99"))
    engine = CrowdedTesseract(failed=(("56.87", "$6.87", 57.0),))
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(_table_page(rows, 300), 1, 300, options).words]
    assert "56.87" in texts
    assert "$6.87" not in texts


def test_a_row_the_layout_pass_dropped_on_a_photo_s_grey_print_is_read_again() -> None:
    """HSBC photographed at 170 dpi: "56.87" at the end of a row's second line was not read, and its
    print, blurred grey (at darkest about 100 on paper of 250), was too light to be ink at mid-grey."""
    grey = _table_page(_ROWS, 300).point(lambda v: 100 + v * 150 // 255).filter(ImageFilter.GaussianBlur(1))
    engine = RowDroppingTesseract()
    options = OcrOptions(engine=engine, lang="eng", timeout_s=60)
    texts = [w.text for w in ocr_page(grey, 1, 300, options, dpi_known=False).words]
    assert {"HYDRO", "88.15"} <= set(texts)


@dataclass(frozen=True)
class AloneCountingTesseract(FigureFailingTesseract):
    """`FigureFailingTesseract` counting the words it is asked to read alone (one line, psm 7)."""

    alone: list[tuple[int, int]] = field(default_factory=list, compare=False, hash=False)

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        if self.psm == 7:
            self.alone.append(image.size)
        return FigureFailingTesseract.read(self, image, dpi, lang, timeout_s)


def test_a_telephone_number_read_with_doubt_is_not_read_again_as_a_figure() -> None:
    """TD photographed at 170 dpi: "866-321-8851" and "877-946-3184" in descriptions beside a column of
    figures were read again alone, twice each, for no figure."""
    rows = (
        ("15 Jul", "KINDLE 866-321-8851", "4.01"),
        ("19 Jul", "WIND MOBILE", "77.01"),
        ("19 Jul", "FRESHBOOKS", "30.26"),
    )
    engine = AloneCountingTesseract(failed=(("866-321-8851", "866-321-8851", 40.0),))
    texts = [
        w.text
        for w in ocr_page(
            _table_page(rows, 300), 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60)
        ).words
    ]
    assert "866-321-8851" in texts
    assert engine.alone == []
    # A figure failed as digits with no dash between them is still read again.
    engine = AloneCountingTesseract(failed=(("30.26", "3026", 40.0),))
    ocr_page(_table_page(rows, 300), 1, 300, OcrOptions(engine=engine, lang="eng", timeout_s=60))
    assert engine.alone


@pytest.mark.parametrize("factor", [2, 4])
def test_a_block_s_minimum_is_its_darkest_pixel(factor: int) -> None:
    values = np.random.default_rng(factor).integers(0, 256, (12 * factor, 7 * factor), dtype=np.uint8)
    blocks = values.reshape(12, factor, 7, factor)
    darkest = np.array([[blocks[r, :, c, :].min() for c in range(7)] for r in range(12)])
    assert np.array_equal(_block_minimum(values, factor), darkest)
