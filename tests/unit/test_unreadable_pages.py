"""No silent page loss: a page OCR cannot trust is left out and reported; a file of only such pages is
UNREADABLE."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.codes import FileStatus, RejectionCode, WarningCode
from ingest.extract.ocr import OcrOptions
from ingest.extract.pages import read_pages
from ingest.extract.words import PageWords
from ingest.pipeline import run_local
from ingest.services import Services
from ingest.settings import Limits
from ingest.stages import extraction
from tests.unit.ocr.pages import LINES, FakeEngine, render, statement_pdf, word

# What OCR makes of a page it cannot read: a few words it doubts, well under MIN_PAGE_CONFIDENCE.
DOUBTED = [word("12/03", 38.0), word("1,234.56", 41.0), word("DEPOSIT", 35.0)]


def _text_then_scan() -> bytes:
    """Page 1 a statement with a text layer; page 2 a scanned page with no text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 13)
    for number, line in enumerate(LINES):
        pdf.drawString(60, 720.0 - 26 * number, line)
    pdf.showPage()
    pdf.drawImage(ImageReader(render(statement_pdf(), 150)), 0, 0, *letter)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def doubtful_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page OCR reads comes back doubted (the reader's child inherits this through its fork)."""

    def doubted_pages(limits: Limits, data: bytes, content_type: str, **hooks: Any) -> Iterator[PageWords]:
        return read_pages(limits, data, content_type, OcrOptions(engine=FakeEngine(words=DOUBTED)), **hooks)

    monkeypatch.setattr(extraction, "read_pages", doubted_pages)


def test_a_page_ocr_cannot_trust_is_reported_by_file_and_page(
    services: Services, tmp_path: Path, doubtful_ocr: None
) -> None:
    path = tmp_path / "march.pdf"
    path.write_bytes(_text_then_scan())
    document = run_local(services, [path], "one-page-lost")
    [result] = document.files
    assert result.status is FileStatus.ACCEPTED
    assert [len(a.transactions) for a in document.accounts] == [5]  # page 1, whole
    [lost] = [w for w in document.warnings if w.code is WarningCode.PageUnreadable]
    assert "Page 2 of march.pdf" in lost.message
    # The doubted words were not read as if they were the statement's.
    assert all(t.page == 1 for a in document.accounts for t in a.transactions)


def test_a_file_whose_every_page_ocr_distrusts_is_UNREADABLE(
    services: Services, tmp_path: Path, doubtful_ocr: None
) -> None:
    path = tmp_path / "scan.pdf"
    buffer = io.BytesIO()
    render(statement_pdf(), 150).save(buffer, format="PDF", resolution=150)
    path.write_bytes(buffer.getvalue())
    document = run_local(services, [path], "all-lost")
    [result] = document.files
    assert result.rejection is not None
    assert result.rejection.code is RejectionCode.UNREADABLE
    assert "confidence" in result.rejection.message


def test_a_file_read_with_confidence_has_no_page_warning(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "march.pdf"
    path.write_bytes(statement_pdf())
    document = run_local(services, [path], "whole")
    assert not [w for w in document.warnings if w.code is WarningCode.PageUnreadable]
