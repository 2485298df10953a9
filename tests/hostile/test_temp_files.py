"""Temporary files: none is left in the temp directory after a file is read, even if its reader was killed."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.codes import ExtractionMethod, RejectionCode
from ingest.pipeline import run_local
from ingest.services import open_services
from ingest.settings import Limits, Settings
from tests.hostile.makers import image_bytes

SCAN_TEXT = "Statement of account 0042-7788123 Opening balance 1,000.00 Closing balance 2,955.00"


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp directory of our own, for this process and every process it starts."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield temp


def _run(tmp_path: Path, limits: Limits) -> tuple[ExtractionMethod | None, RejectionCode | None]:
    path = tmp_path / "scan.png"
    path.write_bytes(image_bytes((1400, 200), text=SCAN_TEXT))
    svc = open_services(Settings(home=tmp_path / "home", limits=limits))
    [file] = run_local(svc, [path], f"scan-{limits.file_timeout_s}").files
    return file.method, file.rejection.code if file.rejection else None


def test_reading_an_image_leaves_no_temp_files(tmp_path: Path, temp_dir: Path) -> None:
    before = sorted(temp_dir.rglob("*"))
    method, code = _run(tmp_path, Limits())
    assert (method, code) in [(ExtractionMethod.OCR, None), (None, RejectionCode.NOT_A_STATEMENT)]
    assert sorted(temp_dir.rglob("*")) == before == []


def test_a_reader_killed_mid_ocr_leaves_no_temp_files(tmp_path: Path, temp_dir: Path) -> None:
    # Killed while Tesseract runs: pytesseract's own clean-up never happens, the sandbox's does.
    _, code = _run(tmp_path, Limits(file_timeout_s=0.3))
    assert code is RejectionCode.PROCESSING_TIMEOUT
    assert sorted(temp_dir.rglob("*")) == []
