"""The real Tesseract binary: pages read upright whichever way they were scanned, failures as errors."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PIL import Image

from ingest.codes import ExtractionMethod
from ingest.errors import ProcessingTimeout
from ingest.extract.ocr import OcrError, OcrOptions, OcrWord, Tesseract, ocr_page
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
