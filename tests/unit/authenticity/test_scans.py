"""The scan family: a picture retouched and saved again is told from one saved once or twice untouched;
a scan's text layer changed is told from one that says what the picture shows."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from devtools import tamper
from devtools.samplegen.scans import scan
from ingest.authenticity import ContentReader, assess
from ingest.authenticity.scans import pasted_patches
from ingest.codes import Severity, SignalCode
from ingest.extract.pages import read_pages
from ingest.models import Box, Signal
from ingest.settings import Settings
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import content_signals, pdf, pdfium_documents_opened, table

PAGE = Box(page=1, x0=0, y0=0, x1=1, y1=1)


@pytest.fixture(scope="module")
def scanned() -> bytes:
    """A statement page as a rough scanner stores it: 200 dpi, skewed, noisy, JPEG at quality 50."""
    _, data = scan(pdf(table), "scan200", seed=3)
    with pikepdf.open(io.BytesIO(data)) as document:
        (picture,) = document.pages[0].get_images().values()
        return bytes(picture.read_raw_bytes())


def _resaved(jpeg: bytes, retouch: bool, quality: int | None = None) -> bytes:
    """Opened in an image editor, optionally a figure painted over and retyped, saved with its tables
    (or at another JPEG `quality`, the editor's own setting)."""
    with Image.open(io.BytesIO(jpeg)) as original:
        tables = original.quantization
        image = original.convert("L")
    if retouch:  # the amount of the table's third row: x 455-500 pt, 110-125 pt from the top, at 200 dpi
        draw = ImageDraw.Draw(image)
        draw.rectangle((1240, 295, 1400, 355), fill=250)
        draw.text((1250, 310), "7,450.00", fill=20, font=ImageFont.load_default(size=28))
    out = io.BytesIO()
    if quality is None:
        image.save(out, "JPEG", qtables=tables)
    else:
        image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def test_a_picture_saved_once_is_not_judged(scanned: bytes) -> None:
    assert pasted_patches(scanned, 1, PAGE) == []


def test_a_picture_saved_twice_untouched_has_no_patch(scanned: bytes) -> None:
    assert pasted_patches(_resaved(scanned, retouch=False), 1, PAGE) == []


def test_a_retouched_region_was_compressed_once_less_than_the_rest(scanned: bytes) -> None:
    signals = pasted_patches(_resaved(scanned, retouch=True), 1, PAGE)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PASTED_PATCH, Severity.HIGH)]
    box = signals[0].bbox
    assert box is not None  # the retouch spans x 1240-1400 of 1700 px, y 295-355 of 2200
    assert 1240 / 1700 - 0.01 <= box.x0 < box.x1 <= 1400 / 1700 + 0.01
    assert 295 / 2200 - 0.01 <= box.y0 < box.y1 <= 355 / 2200 + 0.01


@pytest.mark.parametrize("quality", [75, 90])
def test_a_retouch_saved_at_another_quality_stands_out_at_the_first_one(scanned: bytes, quality: int) -> None:
    # Saved first at quality 50, retouched, saved at the editor's finer quality: the untouched picture
    # keeps the first save's rounding, which saving at quality 50 again finds; the retouch does not.
    signals = pasted_patches(_resaved(scanned, retouch=True, quality=quality), 1, PAGE)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PASTED_PATCH, Severity.HIGH)]
    box = signals[0].bbox
    assert box is not None
    assert 1240 / 1700 - 0.01 <= box.x0 < box.x1 <= 1400 / 1700 + 0.01
    assert 295 / 2200 - 0.01 <= box.y0 < box.y1 <= 355 / 2200 + 0.01


def test_a_picture_saved_again_at_another_quality_untouched_has_no_patch(scanned: bytes) -> None:
    assert pasted_patches(_resaved(scanned, retouch=False, quality=90), 1, PAGE) == []


def test_a_picture_saved_once_with_a_detailed_logo_has_no_patch(scanned: bytes) -> None:
    # A scanner's single save at quality 90 of a page with a dense picture in one place (a logo, a
    # stamp): saved at a coarser quality, that place changes most, as a retouch would.
    with Image.open(io.BytesIO(scanned)) as original:
        pixels = np.asarray(original.convert("L"), dtype=np.float32)
    noise = np.random.default_rng(5)
    pixels = pixels + noise.normal(0, 3, pixels.shape)  # the sensor's noise: no earlier save in it
    pixels[150:300, 150:400] = noise.integers(0, 256, (150, 250))  # the logo
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=90)

    assert pasted_patches(out.getvalue(), 1, PAGE) == []


def test_an_uploaded_picture_is_checked_too(scanned: bytes) -> None:
    assert SignalCode.PASTED_PATCH in {s.code for s in assess(_resaved(scanned, retouch=True), "image/jpeg")}
    assert assess(scanned, "image/jpeg") == []


@pytest.fixture(scope="module")
def searchable_scan() -> bytes:
    """A statement page scanned at 300 dpi and made searchable by Tesseract (an invisible OCR layer)."""
    _, data = scan(pdf(table), "scan300")
    return tamper.searchable(data)


def _layer_signals(data: bytes) -> list[Signal]:
    return [s for s in content_signals(data) if s.code is SignalCode.TEXT_LAYER_MISMATCH]


def test_a_searchable_scan_agrees_with_its_picture(searchable_scan: bytes) -> None:
    assert _layer_signals(searchable_scan) == []


def test_a_figure_changed_in_the_text_layer_disagrees_with_the_picture(searchable_scan: bytes) -> None:
    signals = _layer_signals(tamper.tamper(searchable_scan, "scan-text-layer"))

    assert [(s.severity, s.page) for s in signals] == [(Severity.HIGH, 1)]
    box = signals[0].bbox
    assert box is not None  # the table's amounts end at x = 500 of 612 points
    assert 0.70 < box.x0 < box.x1 < 0.84


def test_the_scan_checks_read_the_document_the_reader_opened(
    searchable_scan: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = tamper.tamper(searchable_scan, "scan-text-layer")
    opened = pdfium_documents_opened(monkeypatch)
    content = ContentReader()

    list(read_pages(Settings().limits, edited, PDF, on_pdf_page=content.page))
    found = content.finish()

    assert SignalCode.TEXT_LAYER_MISMATCH in {s.code for s in found}
    assert len(opened) == 1


def test_the_scan_checks_read_the_objects_the_reader_walked(
    searchable_scan: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A scan's page may hold thousands of objects (a vector layer, an object a word): walking them again
    # through pypdfium2's objects cost the checks of such a page more than all the rest of them.
    edited = tamper.tamper(searchable_scan, "scan-text-layer")
    content = ContentReader()
    walks: list[str] = []
    walk = pdfium.PdfPage.get_objects

    def counted(page: pdfium.PdfPage, *args: Any, **kwargs: Any) -> Any:
        walks.append("checks" if checking else "reader")
        return walk(page, *args, **kwargs)

    checking = False

    def checked(*page: Any) -> None:
        nonlocal checking
        checking = True
        try:
            content.page(*page)
        finally:
            checking = False

    monkeypatch.setattr(pdfium.PdfPage, "get_objects", counted)

    list(read_pages(Settings().limits, edited, PDF, on_pdf_page=checked))

    assert SignalCode.TEXT_LAYER_MISMATCH in {s.code for s in content.finish()}
    assert "checks" not in walks
