"""Tesseract in process (tesserocr): the words, boxes and orientations of the CLI, engines kept warm."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image, ImageDraw

from ingest.errors import ProcessingTimeout
from ingest.extract.ocr import _ENGINES, OcrError, Tesseract, TesseractInProcess
from tests.unit.ocr.pages import render, statement_pdf


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return render(statement_pdf())


def test_words_and_boxes_are_those_of_the_cli(page: Image.Image) -> None:
    cli = Tesseract().read(page, 300, "eng", timeout_s=60)
    ours = TesseractInProcess().read(page, 300, "eng", timeout_s=60)
    assert [w.text for w in ours] == [w.text for w in cli]
    for mine, theirs in zip(ours, cli, strict=True):
        assert (mine.left, mine.top, mine.width, mine.height) == pytest.approx(
            (theirs.left, theirs.top, theirs.width, theirs.height), abs=3
        )
        assert mine.confidence == pytest.approx(theirs.confidence, abs=6)


@pytest.mark.parametrize(
    "turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270]
)
def test_orientation_is_the_turn_the_cli_gives(page: Image.Image, turn: Image.Transpose) -> None:
    turned = page.transpose(turn)
    found = TesseractInProcess().orientation(turned, 300, timeout_s=30)
    assert found is not None
    assert found == Tesseract().orientation(turned, 300, timeout_s=30)


def test_orientation_of_a_near_empty_page_is_unknown_not_an_error() -> None:
    sparse = render(statement_pdf(("42",), size=10))
    assert TesseractInProcess().orientation(sparse, 300, timeout_s=30) is None


def test_ink_without_letters_reads_as_no_words_as_with_the_cli() -> None:
    # A table rule or a redaction bar in a crop: Tesseract finds a word there and reads no letter of it.
    bar = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(bar).rectangle((50, 80, 350, 120), fill=0)
    assert TesseractInProcess(psm=6).read(bar, 300, "eng", timeout_s=30) == []
    assert Tesseract(psm=6).read(bar, 300, "eng", timeout_s=30) == []


def test_engine_running_past_its_time_is_a_processing_timeout(page: Image.Image) -> None:
    with pytest.raises(ProcessingTimeout):
        TesseractInProcess().read(page, 300, "eng", timeout_s=0.01)
    # The engine is left ready for the next page.
    assert TesseractInProcess().read(page, 300, "eng", timeout_s=60)


def test_a_language_the_system_lacks_is_an_ocr_error(page: Image.Image) -> None:
    with pytest.raises(OcrError):
        TesseractInProcess().read(page, 300, "no-such-language", timeout_s=30)


def test_an_engine_is_lent_to_one_reader_at_a_time_and_kept_for_the_next() -> None:
    with _ENGINES.lend("eng", 4) as first, _ENGINES.lend("eng", 4) as second:
        assert second is not first  # a second page read at the same time gets its own
    with ThreadPoolExecutor(1) as pool:
        later = pool.submit(_borrowed, "eng", 4).result()
    assert later in (first, second)  # another thread, later: a warm one, not a new load


def _borrowed(lang: str, psm: int) -> object:
    with _ENGINES.lend(lang, psm) as api:
        return api


def test_one_engine_is_lent_for_every_layout_mode_in_the_mode_asked() -> None:
    with _ENGINES.lend("eng", 7) as line:
        assert line.GetPageSegMode() == 7
    with _ENGINES.lend("eng", 4) as page:
        assert page.GetPageSegMode() == 4
    assert page is line  # the model is not loaded again for another mode


def test_a_page_reads_the_same_after_its_engine_read_in_another_mode(page: Image.Image) -> None:
    first = TesseractInProcess().read(page, 300, "eng", timeout_s=60)
    figure = first[len(first) // 2]
    right, bottom = figure.left + figure.width, figure.top + figure.height
    box = (figure.left - 20, figure.top - 20, right + 20, bottom + 20)
    assert TesseractInProcess(psm=7).read(page.crop(box), 300, "eng", timeout_s=60)
    assert TesseractInProcess().read(page, 300, "eng", timeout_s=60) == first
