"""`ingest backfill` as a user runs it: documents out, a re-run keeps them untouched, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from devtools.realworld import VENDORED
from tests.e2e.ingest_procs import ROOT, command_env
from tests.hostile.makers import encrypted_pdf, text_pdf

HSBC = sorted((VENDORED / "hsbc").glob("*.pdf"))


def backfill(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ingest", "backfill", *args],
        env=command_env(home, OMP_THREAD_LIMIT="1"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.iterdir())}


@pytest.fixture
def statements(tmp_path: Path) -> Path:
    """Two requests of real statements: a folder of two files, and one loose file."""
    root = tmp_path / "in"
    (root / "customer-a").mkdir(parents=True)
    shutil.copy(HSBC[0], root / "customer-a" / "may.pdf")
    shutil.copy(HSBC[1], root / "customer-a" / "june.pdf")
    shutil.copy(HSBC[2], root / "loose-statement.pdf")
    return root


@pytest.mark.slow
def test_backfill_writes_documents_and_a_rerun_keeps_them(tmp_path: Path, statements: Path) -> None:
    out = tmp_path / "out"
    first = backfill(tmp_path / "home", str(statements), "--out", str(out), "--workers", "2")
    assert first.returncode == 0, first.stdout + first.stderr
    assert sorted(p.name for p in out.iterdir()) == ["customer-a.json", "loose-statement.pdf.json"]
    customer = json.loads((out / "customer-a.json").read_text())
    assert customer["reference"] == "customer-a"
    assert customer["status"] == "COMPLETED"
    assert sorted(f["name"] for f in customer["files"]) == ["june.pdf", "may.pdf"]
    assert "[2/2]" in first.stderr  # progress
    assert "2 requests" in first.stdout and "2 completed" in first.stdout  # the summary table
    written = snapshot(out)

    again = backfill(tmp_path / "home", str(statements), "--out", str(out), "--workers", "2")
    assert again.returncode == 0, again.stdout + again.stderr
    assert snapshot(out) == written  # untouched: same bytes, same modification times
    rows = [line for line in again.stdout.splitlines() if line.startswith(("customer-a", "loose-statement"))]
    assert len(rows) == 2 and all("(kept)" in row for row in rows)


@pytest.mark.slow
def test_exit_code_is_1_when_a_request_had_a_rejected_file(tmp_path: Path) -> None:
    statements = tmp_path / "in"
    (statements / "customer-a").mkdir(parents=True)
    shutil.copy(HSBC[0], statements / "customer-a" / "may.pdf")
    (statements / "customer-a" / "locked.pdf").write_bytes(encrypted_pdf(user="1234", owner="bank"))
    run = backfill(tmp_path / "home", str(statements), "--out", str(tmp_path / "out"), "--workers", "1")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "customer-a / locked.pdf: ENCRYPTED_FILE" in run.stdout
    document = json.loads((tmp_path / "out" / "customer-a.json").read_text())
    assert document["status"] == "OCR_COMPLETED_WITH_PARTIAL_ERROR"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{missing}", "--out", "{out}"], "is not a folder"),
        (["{dir}", "--out", "{out}", "--workers", "0"], "--workers must be at least 1"),
        (["{dir}"], "--out"),  # argparse: the required option is missing
    ],
    ids=["missing-dir", "zero-workers", "no-out"],
)
def test_usage_errors_exit_2_and_process_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(HSBC[0], folder / "statement.pdf")
    values = {"missing": str(tmp_path / "no-such-folder"), "out": str(tmp_path / "out"), "dir": str(folder)}
    run = backfill(tmp_path / "home", *(arg.format(**values) for arg in args))
    assert run.returncode == 2
    assert message in run.stderr
    assert not (tmp_path / "out").exists()


def test_the_largest_requests_are_read_first(tmp_path: Path) -> None:
    # So a run ends on small files, and no worker waits long for another's last big one.
    statements = tmp_path / "in"
    statements.mkdir()
    for name, pages in [("a-one-page.pdf", 1), ("b-five-pages.pdf", 5), ("c-three-pages.pdf", 3)]:
        (statements / name).write_bytes(text_pdf(pages=pages))
    run = backfill(tmp_path / "home", str(statements), "--out", str(tmp_path / "out"), "--workers", "1")
    assert run.returncode == 0, run.stdout + run.stderr
    done = [line.split("] ")[1].split(":")[0] for line in run.stderr.splitlines() if line.startswith("[")]
    assert done == ["b-five-pages.pdf", "c-three-pages.pdf", "a-one-page.pdf"]
