"""Every rejection code, each from real bytes, through the pipeline as `ingest run` and backfill use it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from devtools.realworld import EXTERNAL
from devtools.samplegen.badfiles import blank_pdf
from ingest.backfill import discover
from ingest.codes import FileStatus, RejectionCode, RequestStatus
from ingest.models import FileResult
from ingest.pipeline import run_local
from ingest.services import open_services
from ingest.settings import Limits, Settings
from tests.hostile.makers import HTML_PAGE, docx_bytes, encrypted_pdf, image_bytes, text_pdf


def run_one(tmp_path: Path, name: str, data: bytes, limits: Limits | None = None) -> FileResult:
    folder = tmp_path / "request"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    settings = Settings(home=tmp_path / "home", limits=limits or Limits())
    [file] = run_local(open_services(settings), [folder / name], name).files
    return file


def code_of(file: FileResult) -> RejectionCode | None:
    assert file.status is (FileStatus.REJECTED if file.rejection else FileStatus.ACCEPTED)
    return file.rejection.code if file.rejection else None


CASES = [
    ("empty.pdf", lambda: b"", RejectionCode.EMPTY_FILE),
    ("word-document.pdf", docx_bytes, RejectionCode.UNSUPPORTED_FILE_TYPE),
    ("saved-web-page.pdf", lambda: HTML_PAGE, RejectionCode.UNSUPPORTED_FILE_TYPE),
    ("cut-short.pdf", lambda: text_pdf()[:900], RejectionCode.CORRUPT_FILE),
    ("locked.pdf", lambda: encrypted_pdf(user="1234", owner="bank"), RejectionCode.ENCRYPTED_FILE),
    (
        "letter.pdf",
        lambda: text_pdf(["Dear customer,", "Thank you for choosing us as your bank for many years."]),
        RejectionCode.NOT_A_STATEMENT,
    ),
    ("blank.png", lambda: image_bytes((600, 800)), RejectionCode.UNREADABLE),
    ("four-blank-pages.pdf", lambda: blank_pdf(pages=4), RejectionCode.UNREADABLE),
]


@pytest.mark.parametrize(("name", "make", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rejection_code(
    tmp_path: Path, name: str, make: Callable[[], bytes], expected: RejectionCode
) -> None:
    file = run_one(tmp_path, name, make())
    assert code_of(file) is expected
    assert file.rejection is not None and file.rejection.message.strip()


def test_the_content_type_is_detected_not_taken_from_the_name(tmp_path: Path) -> None:
    file = run_one(tmp_path, "statement.png", text_pdf())
    assert code_of(file) is None
    assert file.content_type == "application/pdf"


def test_over_the_byte_limit_is_FILE_TOO_LARGE(tmp_path: Path) -> None:
    pdf = text_pdf()
    assert code_of(run_one(tmp_path, "big.pdf", pdf, Limits(max_file_bytes=len(pdf) - 1))) is (
        RejectionCode.FILE_TOO_LARGE
    )


def test_past_the_time_limit_is_PROCESSING_TIMEOUT(tmp_path: Path) -> None:
    # Reading an image means OCR, which takes far longer than 50 ms.
    scan = image_bytes((1200, 400), text="Statement of account 0042 Opening balance 1000.00")
    assert code_of(run_one(tmp_path, "scan.png", scan, Limits(file_timeout_s=0.05))) is (
        RejectionCode.PROCESSING_TIMEOUT
    )


def test_owner_password_only_pdf_is_accepted(tmp_path: Path) -> None:
    assert code_of(run_one(tmp_path, "restricted.pdf", encrypted_pdf(user="", owner="bank"))) is None


@pytest.mark.external
def test_external_protected_pdf_is_ENCRYPTED_FILE(tmp_path: Path) -> None:
    file = run_one(tmp_path, "protected.pdf", (EXTERNAL / "protected.pdf").read_bytes())
    assert code_of(file) is RejectionCode.ENCRYPTED_FILE


@pytest.mark.external
def test_external_blank_pages_pdf_is_UNREADABLE(tmp_path: Path) -> None:
    file = run_one(tmp_path, "4_pages_blank.pdf", (EXTERNAL / "4_pages_blank.pdf").read_bytes())
    assert code_of(file) is RejectionCode.UNREADABLE


def test_second_identical_file_is_DUPLICATE_FILE_first_kept_by_name_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    folder = root / "request"
    folder.mkdir(parents=True)
    pdf = text_pdf()
    # Written in the opposite order of their names: backfill keeps the first by name, not by creation.
    (folder / "b-march-copy.pdf").write_bytes(pdf)
    (folder / "a-march.pdf").write_bytes(pdf)
    shutil.copy(folder / "a-march.pdf", folder / "c-march-again.pdf")
    [job] = discover(root)
    document = run_local(open_services(Settings(home=tmp_path / "home")), job.paths, job.reference)
    by_name = {f.name: f for f in document.files}
    assert code_of(by_name["a-march.pdf"]) is None
    for copy in ("b-march-copy.pdf", "c-march-again.pdf"):
        assert code_of(by_name[copy]) is RejectionCode.DUPLICATE_FILE
        assert "a-march.pdf" in by_name[copy].rejection.message  # type: ignore[union-attr]
    assert document.status is RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
