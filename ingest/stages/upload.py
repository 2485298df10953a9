"""Upload stage: bytes in, type sniffed from content, size limited, hashed; duplicates found per request."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.errors import EmptyFile, FileTooLarge, UnsupportedFileType
from ingest.settings import Limits

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
BMP = "image/bmp"
WEBP = "image/webp"
IMAGE_TYPES = frozenset({PNG, JPEG, TIFF, BMP, WEBP})

_PDF_SEARCH_WINDOW = 1024  # the %PDF- marker may follow some junk bytes, as readers allow
# Other formats that may carry a %PDF- marker near their start (an attachment stored uncompressed in a
# .docx or .zip, a PDF quoted in an e-mail or a web page): their own signature decides, not the marker.
_FOREIGN_SIGNATURES = (
    b"PK\x03\x04",  # zip: docx, xlsx, odt, epub
    b"PK\x05\x06",  # empty zip
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: doc, xls, msg
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf\x27\x1c",
    b"{\\rtf",
)
_MARKUP_STARTS = (b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<svg")
# BITMAPINFOHEADER sizes a real BMP has at offset 14; "BM" alone starts plenty of text files.
_BMP_HEADER_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


@dataclass(frozen=True, slots=True)
class Upload:
    size: int
    sha256: str
    content_type: str


def sniff(data: bytes) -> str | None:
    """The content type the bytes really are, or None when they are none of the supported types."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if (
        head.startswith(b"BM")
        and len(data) >= 26
        and int.from_bytes(data[14:18], "little") in _BMP_HEADER_SIZES
    ):
        return BMP
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"%PDF-"):
        return PDF
    if _foreign(data):
        return None
    if b"%PDF-" in data[:_PDF_SEARCH_WINDOW]:
        return PDF
    return None


def _foreign(data: bytes) -> bool:
    """The bytes start as another format that is known to embed or quote PDFs."""
    if data.startswith(_FOREIGN_SIGNATURES):
        return True
    text = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower()  # a UTF-8 BOM and blank lines first
    return text.startswith(_MARKUP_STARTS)


def inspect_upload(limits: Limits, data: bytes) -> Upload:
    """Check one uploaded file's bytes; raise the rejection that applies."""
    if not data:
        raise EmptyFile()
    if len(data) > limits.max_file_bytes:
        raise FileTooLarge(
            f"The file is {len(data) / 1e6:.1f} MB; the limit is {limits.max_file_bytes / 1e6:.0f} MB"
        )
    content_type = sniff(data)
    if content_type is None:
        raise UnsupportedFileType("The file is not a PDF or an image")
    return Upload(size=len(data), sha256=hashlib.sha256(data).hexdigest(), content_type=content_type)


def duplicates(hashes: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each duplicate file id to the id of the first file with the same sha256.

    `hashes` is (file_id, sha256) in upload order; the first of each hash is kept.
    """
    first: dict[str, str] = {}
    dupes: dict[str, str] = {}
    for file_id, sha in hashes:
        if sha in first:
            dupes[file_id] = first[sha]
        else:
            first[sha] = file_id
    return dupes
