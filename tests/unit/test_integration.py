"""Integration stage: corrupt is told from encrypted, and every limit is checked before the costly part."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

import pytest

from devtools.realworld import EXTERNAL, VENDORED
from ingest.codes import RejectionCode
from ingest.errors import FileRejected
from ingest.settings import Limits
from ingest.stages import integration
from ingest.stages.integration import integrate
from ingest.stages.upload import PDF, PNG, TIFF, sniff
from tests.hostile.makers import (
    encrypted_pdf,
    flip_in_first_stream,
    image_bytes,
    inflating_pdf,
    many_pages_pdf,
    png_claiming,
    text_pdf,
    tiff_frames,
)

DEFAULT_LIMITS = Limits()


def _code(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RejectionCode:
    with pytest.raises(FileRejected) as caught:
        integrate(limits, data, sniff(data) or "")
    return caught.value.code


def test_a_clean_text_pdf_opens_with_its_page_count() -> None:
    integrated = integrate(Limits(), text_pdf(pages=3), PDF)
    assert (integrated.content_type, integrated.pages) == (PDF, 3)


def test_user_password_pdf_is_ENCRYPTED_FILE() -> None:
    assert _code(encrypted_pdf(user="open-sesame", owner="owner-secret")) is RejectionCode.ENCRYPTED_FILE


def test_owner_password_only_pdf_opens_without_a_password() -> None:
    # Banks restrict printing or copying with an owner password; the statement still opens for anyone.
    assert integrate(Limits(), encrypted_pdf(user="", owner="owner-secret"), PDF).pages == 1


@pytest.mark.external
def test_external_protected_pdf_is_ENCRYPTED_FILE() -> None:
    assert _code((EXTERNAL / "protected.pdf").read_bytes()) is RejectionCode.ENCRYPTED_FILE


def test_real_statements_integrate() -> None:
    paths = sorted(VENDORED.rglob("*.pdf"))
    assert len(paths) >= 12, f"the vendored real statements are missing from {VENDORED}"
    for path in paths:
        assert integrate(Limits(), path.read_bytes(), PDF).pages >= 1, path.name


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_truncated_pdf_is_CORRUPT_FILE(keep: float) -> None:
    pdf = text_pdf()
    assert _code(pdf[: int(len(pdf) * keep)]) is RejectionCode.CORRUPT_FILE


def test_pdf_without_its_end_of_file_marker_is_CORRUPT_FILE() -> None:
    pdf = text_pdf()
    assert _code(pdf[: pdf.rindex(b"%%EOF")]) is RejectionCode.CORRUPT_FILE


def test_bit_flipped_stream_is_CORRUPT_FILE() -> None:
    assert _code(flip_in_first_stream(text_pdf())) is RejectionCode.CORRUPT_FILE


def test_pages_over_the_limit_are_FILE_TOO_LARGE_at_the_limit_and_not_below() -> None:
    assert integrate(Limits(max_pages=3), text_pdf(pages=3), PDF).pages == 3
    assert _code(text_pdf(pages=4), Limits(max_pages=3)) is RejectionCode.FILE_TOO_LARGE


def test_page_count_is_checked_before_any_page_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = many_pages_pdf(20_000)
    pages_read = []
    monkeypatch.setattr(integration, "_check_page", lambda limits, page: pages_read.append(page))
    started = time.monotonic()
    assert _code(pdf) is RejectionCode.FILE_TOO_LARGE
    assert pages_read == []
    assert time.monotonic() - started < 10.0


def test_content_stream_bomb_is_FILE_TOO_LARGE_without_inflating_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = inflating_pdf(400 * 1024 * 1024)
    inflated = []
    real_inflate = integration._inflate

    def counting_inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in real_inflate(chunks):
            inflated.append(len(chunk))
            yield chunk

    monkeypatch.setattr(integration, "_inflate", counting_inflate)
    assert _code(bomb) is RejectionCode.FILE_TOO_LARGE
    assert sum(inflated) <= integration.MAX_PAGE_CONTENT_BYTES + 1024 * 1024  # stopped at the budget


def test_double_compressed_bomb_is_FILE_TOO_LARGE_too() -> None:
    assert _code(inflating_pdf(1024 * 1024 * 1024, flate_layers=2)) is RejectionCode.FILE_TOO_LARGE


def test_image_over_the_pixel_limit_is_FILE_TOO_LARGE_from_its_header() -> None:
    # 9000 x 9000 = 81 MP: over our 50 MP, under Pillow's own bomb threshold, so our check decides.
    assert _code(png_claiming(9000, 9000)) is RejectionCode.FILE_TOO_LARGE
    assert _code(png_claiming(100_000, 100_000)) is RejectionCode.FILE_TOO_LARGE


def test_image_frames_over_the_page_limit_are_FILE_TOO_LARGE() -> None:
    assert integrate(Limits(max_pages=5), tiff_frames(5), TIFF).pages == 5
    assert _code(tiff_frames(6), Limits(max_pages=5)) is RejectionCode.FILE_TOO_LARGE


def test_a_tiny_image_is_UNREADABLE() -> None:
    assert _code(image_bytes((1, 1))) is RejectionCode.UNREADABLE
    assert integrate(Limits(), image_bytes((200, 80)), PNG).pages == 1


def test_truncated_png_is_CORRUPT_FILE() -> None:
    png = image_bytes((300, 200), text="Statement 0042")
    assert _code(png[: len(png) // 2]) is RejectionCode.CORRUPT_FILE
