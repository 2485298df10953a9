"""`ingest.read`: the document `ingest run` prints, computed in-process, leaving no trace on disk or in
the process."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import ingest
from ingest.codes import RejectionCode, RequestStatus
from ingest.models import RequestDocument

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "bluefern-two-months"


def _comparable(document: RequestDocument) -> dict[str, object]:
    """The document less what differs between two runs of the same files: ids and timestamps."""
    data = document.model_dump(mode="json", exclude={"request_id", "created_at", "updated_at"})
    for file in data["files"]:
        del file["file_id"]
    return data


def test_read_gives_the_document_ingest_run_prints(tmp_path: Path) -> None:
    paths = sorted(SAMPLE.glob("*.pdf"))
    done = subprocess.run(
        [sys.executable, "-m", "ingest", "run", *map(str, paths), "--reference", "bluefern"],
        check=False,
        env={**os.environ, "INGEST_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    printed = RequestDocument.model_validate(json.loads(done.stdout))
    # Paths and (name, bytes) pairs alike.
    files = [paths[0], (paths[1].name, paths[1].read_bytes())]
    read = ingest.read(files, reference="bluefern", today=printed.created_at.date())
    assert read.status is RequestStatus.COMPLETED
    assert _comparable(read) == _comparable(printed)


def test_read_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cwd, home, scratch = tmp_path / "cwd", tmp_path / "home", tmp_path / "tmp"
    cwd.mkdir()
    scratch.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("INGEST_HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the reader's private folders go
    environ = dict(os.environ)
    document = ingest.read([("statement.pdf", (SAMPLE / "statement-2024-12.pdf").read_bytes())])
    assert document.status is RequestStatus.COMPLETED
    assert list(cwd.iterdir()) == []
    assert not home.exists()
    assert list(scratch.iterdir()) == [], "the reader's temporary files were left behind"
    assert dict(os.environ) == environ


def test_importing_ingest_changes_no_process_wide_state() -> None:
    # In a fresh interpreter: this one has imported everything already.
    script = (
        "import os, sys; before = dict(os.environ); "
        "import ingest, ingest.library, ingest.extract.ocr; "
        "sys.exit(0 if dict(os.environ) == before else 1)"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}  # set for the tests themselves
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_today_is_the_date_recent_activity_is_judged_against() -> None:
    pdf = SAMPLE / "statement-2025-01.pdf"
    late = ingest.read([pdf], today=dt.date(2030, 1, 1))
    assert late.created_at.date() == dt.date(2030, 1, 1)
    codes = {w.code for a in late.accounts for w in a.warnings}
    assert "NoLastMonthTransaction" in codes


def test_read_rejects_as_the_pipeline_does() -> None:
    document = ingest.read([("empty.pdf", b"")], reference="empty")
    assert document.reference == "empty"
    [file] = document.files
    assert file.rejection is not None
    assert file.rejection.code is RejectionCode.EMPTY_FILE


def test_read_needs_a_file() -> None:
    with pytest.raises(ValueError, match="at least one file"):
        ingest.read([])


def test_a_requests_files_are_read_by_one_reader_child_stopped_at_the_end(
    reader_children: list[int | None],
) -> None:
    children = reader_children
    document = ingest.read(sorted(SAMPLE.glob("*.pdf")))
    assert document.status is RequestStatus.COMPLETED
    assert len(children) == 2
    assert children[0] is not None and children[0] == children[1]
    assert not Path(f"/proc/{children[0]}").exists(), "the reader child outlived the request"
