"""`ingest delete REQUEST_ID` removes a request's blobs and records from the local backend, and only its."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from ingest.pipeline import run_local
from ingest.services import open_services
from ingest.settings import Settings
from tests.e2e.ingest_procs import ROOT, command_env
from tests.hostile.makers import image_bytes, text_pdf


def ingest(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args],
        env=command_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def blobs_of(home: Path, request_id: str) -> list[Path]:
    return [p for p in (home / "blobs").rglob("*") if p.is_file() and request_id in p.as_posix()]


def rows_of(home: Path, request_id: str) -> tuple[int, int]:
    with sqlite3.connect(home / "ingest.db") as db:
        requests = db.execute("SELECT count(*) FROM requests WHERE request_id = ?", (request_id,)).fetchone()[
            0
        ]
        files = db.execute("SELECT count(*) FROM files WHERE request_id = ?", (request_id,)).fetchone()[0]
    return requests, files


def test_delete_removes_blobs_and_records_then_status_says_not_found(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "march.pdf").write_bytes(text_pdf())
    (folder / "blank.png").write_bytes(image_bytes((300, 200)))
    (folder / "april.pdf").write_bytes(text_pdf(pages=2))
    svc = open_services(Settings(home=home))
    doomed = run_local(svc, [folder / "march.pdf", folder / "blank.png"], "doomed").request_id
    kept = run_local(svc, [folder / "april.pdf"], "kept").request_id
    assert len(blobs_of(home, doomed)) >= 3  # two uploads, an extraction, the document
    assert rows_of(home, doomed) == (1, 2)

    deleted = ingest(home, "delete", doomed)
    assert deleted.returncode == 0, deleted.stderr
    assert blobs_of(home, doomed) == []
    assert rows_of(home, doomed) == (0, 0)
    assert blobs_of(home, kept) and rows_of(home, kept) == (1, 1)

    status = ingest(home, "status", doomed)
    assert status.returncode == 2
    assert status.stdout == ""
    assert status.stderr.strip() == f"ingest: no request {doomed}"
    assert ingest(home, "status", kept).returncode == 0


def test_deleting_an_unknown_request_is_a_clear_error(tmp_path: Path) -> None:
    result = ingest(tmp_path / "home", "delete", "no-such-request")
    assert result.returncode == 2
    assert result.stderr.strip() == "ingest: no request no-such-request"
