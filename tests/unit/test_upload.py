"""Upload stage: the type comes from the bytes, never the name; empty and oversized files are refused."""

from __future__ import annotations

import hashlib

import pytest

from devtools.realworld import EXTERNAL, VENDORED
from ingest.codes import RejectionCode
from ingest.errors import FileRejected
from ingest.settings import Limits
from ingest.stages.upload import BMP, JPEG, PDF, PNG, TIFF, WEBP, duplicates, inspect_upload, sniff
from tests.hostile.makers import HTML_PAGE, docx_bytes, image_bytes, text_pdf

DEFAULT_LIMITS = Limits()


def _code(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RejectionCode:
    with pytest.raises(FileRejected) as caught:
        inspect_upload(limits, data)
    return caught.value.code


@pytest.mark.parametrize(
    ("image_format", "expected"),
    [("PNG", PNG), ("JPEG", JPEG), ("TIFF", TIFF), ("BMP", BMP), ("WEBP", WEBP)],
)
def test_each_image_type_is_known_by_its_bytes(image_format: str, expected: str) -> None:
    assert sniff(image_bytes((40, 30), image_format)) == expected


def test_a_pdf_is_known_by_its_marker_even_after_leading_junk() -> None:
    pdf = text_pdf()
    assert sniff(pdf) == PDF
    assert sniff(b"\r\n\x00junk from a mail gateway\n" + pdf) == PDF


def test_real_statements_sniff_as_pdf() -> None:
    paths = sorted(VENDORED.rglob("*.pdf"))
    assert len(paths) >= 12, f"the vendored real statements are missing from {VENDORED}"
    for path in paths:
        assert sniff(path.read_bytes()) == PDF, path.name


@pytest.mark.external
def test_external_real_files_sniff_as_pdf() -> None:
    paths = sorted(EXTERNAL.glob("*.pdf"))
    assert len(paths) >= 3, f"the external real files are missing from {EXTERNAL}"
    for path in paths:
        assert sniff(path.read_bytes()) == PDF, path.name


def test_accepted_upload_carries_size_hash_and_detected_type() -> None:
    pdf = text_pdf()
    upload = inspect_upload(Limits(), pdf)
    assert (upload.size, upload.sha256, upload.content_type) == (
        len(pdf),
        hashlib.sha256(pdf).hexdigest(),
        PDF,
    )


def test_empty_file_is_EMPTY_FILE() -> None:
    assert _code(b"") is RejectionCode.EMPTY_FILE


def test_over_the_byte_limit_is_FILE_TOO_LARGE_before_sniffing() -> None:
    pdf = text_pdf()
    assert _code(pdf, Limits(max_file_bytes=len(pdf) - 1)) is RejectionCode.FILE_TOO_LARGE
    assert inspect_upload(Limits(max_file_bytes=len(pdf)), pdf).size == len(pdf)


def test_docx_renamed_pdf_is_UNSUPPORTED_FILE_TYPE() -> None:
    assert _code(docx_bytes()) is RejectionCode.UNSUPPORTED_FILE_TYPE


def test_a_zip_holding_an_uncompressed_pdf_is_still_a_zip() -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("s.pdf", text_pdf())
    assert b"%PDF-" in out.getvalue()[:1024]
    assert _code(out.getvalue()) is RejectionCode.UNSUPPORTED_FILE_TYPE


def test_html_renamed_pdf_is_UNSUPPORTED_FILE_TYPE() -> None:
    assert _code(HTML_PAGE) is RejectionCode.UNSUPPORTED_FILE_TYPE


def test_html_quoting_a_pdf_marker_is_still_html() -> None:
    assert _code(b"\xef\xbb\xbf\n<html><body><pre>%PDF-1.7 ...</pre></body></html>") is (
        RejectionCode.UNSUPPORTED_FILE_TYPE
    )


def test_text_starting_with_BM_is_not_a_bitmap() -> None:
    assert (
        _code(b"BM statement export, generated 2026-03-01, 42 rows\n") is RejectionCode.UNSUPPORTED_FILE_TYPE
    )


def test_duplicates_keep_the_first_of_each_hash() -> None:
    assert duplicates([("a", "h1"), ("b", "h2"), ("c", "h1"), ("d", "h1"), ("e", "h3")]) == {
        "c": "a",
        "d": "a",
    }
