"""The real-layout OCR corpus: each form as applicants upload it, rendered once, then taken from the cache."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from devtools import ocr_real
from devtools.ocr_real import FORMS, VARIANTS, render
from devtools.realworld import VENDORED

STATEMENT = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20250710.pdf"


def test_photos_are_one_jpeg_per_page_named_as_a_phone_names_them(tmp_path: Path) -> None:
    files = render(STATEMENT, "photo", cache=tmp_path)
    assert len(files) == len(pdfium.PdfDocument(STATEMENT))
    assert all(f.suffix == ".jpg" and f.name.startswith("IMG_") for f in files)
    for f in files:
        with Image.open(f) as photo:
            assert photo.format == "JPEG"
            corner = photo.convert("L").getpixel((2, 2))
            assert isinstance(corner, int) and corner < 120  # the desk shows around the page


@pytest.mark.parametrize("form", ["scan300", "scan200"])
def test_scans_are_one_image_only_pdf(tmp_path: Path, form: str) -> None:
    [scan] = render(STATEMENT, form, cache=tmp_path)
    document = pdfium.PdfDocument(scan)
    assert len(document) == len(pdfium.PdfDocument(STATEMENT))
    assert document[0].get_textpage().get_text_range() == ""  # no text layer: only OCR can read it


def test_a_render_is_made_once_and_then_taken_from_the_cache(tmp_path: Path) -> None:
    first = render(STATEMENT, "scan200", cache=tmp_path)
    stamp = first[0].stat().st_mtime_ns
    assert render(STATEMENT, "scan200", cache=tmp_path) == first
    assert first[0].stat().st_mtime_ns == stamp


def test_an_unknown_form_is_refused(tmp_path: Path) -> None:
    assert "photo" in FORMS
    with pytest.raises(ValueError, match="unknown form"):
        render(STATEMENT, "fax", cache=tmp_path)


@pytest.mark.parametrize("form", FORMS)
def test_each_form_has_variants_that_render_differently(tmp_path: Path, form: str) -> None:
    """The outside measure renders with its own scanner and phone: one seed would teach one render."""
    assert len(VARIANTS[form]) >= 3
    first, second = (render(STATEMENT, form, variant, cache=tmp_path) for variant in (0, 1))
    assert first != second
    assert [f.read_bytes() for f in first] != [f.read_bytes() for f in second]


def test_a_scan_over_the_upload_limit_is_stored_as_jpeg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The eight-page HSBC statement's lossless 300-dpi scan was over the limit, and rejected."""
    [lossless] = render(STATEMENT, "scan300", 0, cache=tmp_path / "lossless")
    assert b"/DCTDecode" not in lossless.read_bytes()
    monkeypatch.setattr(ocr_real, "UPLOAD_LIMIT", lossless.stat().st_size - 1)
    [stored] = render(STATEMENT, "scan300", 0, cache=tmp_path / "limited")
    assert b"/DCTDecode" in stored.read_bytes()
    assert stored.stat().st_size < lossless.stat().st_size


def test_an_unknown_variant_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown variant"):
        render(STATEMENT, "photo", len(VARIANTS["photo"]), cache=tmp_path)
