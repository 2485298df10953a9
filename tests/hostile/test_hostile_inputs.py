"""Hostile files through the whole pipeline: each ends with a verdict within the time limit, and the
worker that read it is still there to read the next file."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.codes import FileStatus, RejectionCode
from ingest.pipeline import run_local
from ingest.services import Services, open_services
from ingest.settings import Limits, Settings
from tests.e2e.ingest_procs import command_env
from tests.hostile.makers import (
    blank_png,
    image_bytes,
    inflating_pdf,
    jpeg_claiming,
    many_pages_pdf,
    nested_arrays_pdf,
    nested_forms_pdf,
    nested_page_tree_pdf,
    png_claiming,
    text_pdf,
    tiff_frames,
)

TIME_LIMIT_S = 20.0
_references = itertools.count()


def children() -> set[int]:
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        found.update(int(pid) for pid in (task / "children").read_text().split())
    return found


@pytest.fixture
def worker(tmp_path: Path) -> Services:
    return open_services(Settings(home=tmp_path / "home", limits=Limits(file_timeout_s=TIME_LIMIT_S)))


def verdict(svc: Services, tmp_path: Path, name: str, data: bytes) -> tuple[RejectionCode | None, float]:
    """Run one file as a request of its own; its rejection code (None if accepted) and the seconds taken."""
    path = tmp_path / f"{next(_references)}-{name}"
    path.write_bytes(data)
    before = children()
    started = time.monotonic()
    document = run_local(svc, [path], path.name)
    seconds = time.monotonic() - started
    assert children() == before, "a reader process was left behind"
    [file] = document.files
    assert file.status is not FileStatus.PENDING
    return (file.rejection.code if file.rejection else None), seconds


def still_works(svc: Services, tmp_path: Path) -> None:
    """The same worker reads a good statement next."""
    code, _ = verdict(svc, tmp_path, "good.pdf", text_pdf())
    assert code is None


HOSTILE: list[tuple[str, Callable[[], bytes], RejectionCode]] = [
    ("thousands-of-pages.pdf", lambda: many_pages_pdf(5000), RejectionCode.FILE_TOO_LARGE),
    ("inflates-to-400MB.pdf", lambda: inflating_pdf(400 * 1024 * 1024), RejectionCode.FILE_TOO_LARGE),
    ("double-deflate-1GB.pdf", lambda: inflating_pdf(1024**3, flate_layers=2), RejectionCode.FILE_TOO_LARGE),
    ("nested-100k-arrays.pdf", lambda: nested_arrays_pdf(100_000), RejectionCode.CORRUPT_FILE),
    ("nested-5000-page-tree.pdf", lambda: nested_page_tree_pdf(5000), RejectionCode.CORRUPT_FILE),
    ("nested-200-forms.pdf", lambda: nested_forms_pdf(200), RejectionCode.CORRUPT_FILE),
    ("png-100k-by-100k.png", lambda: png_claiming(100_000, 100_000), RejectionCode.FILE_TOO_LARGE),
    ("png-9000-by-9000.png", lambda: png_claiming(9000, 9000), RejectionCode.FILE_TOO_LARGE),
    ("jpeg-60000-by-60000.jpg", lambda: jpeg_claiming(60_000, 60_000), RejectionCode.FILE_TOO_LARGE),
    ("tiff-500-frames.tif", lambda: tiff_frames(500), RejectionCode.FILE_TOO_LARGE),
    ("one-pixel.png", lambda: image_bytes((1, 1)), RejectionCode.UNREADABLE),
    ("blank-40px.png", lambda: image_bytes((40, 40)), RejectionCode.UNREADABLE),
]


@pytest.mark.parametrize(("name", "make", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file_gets_its_verdict_fast(
    worker: Services, tmp_path: Path, name: str, make: Callable[[], bytes], expected: RejectionCode
) -> None:
    code, seconds = verdict(worker, tmp_path, name, make())
    assert code is expected
    # Limits are checked from what the file declares: seconds, not the time limit, even on a busy machine.
    assert seconds < TIME_LIMIT_S / 2
    still_works(worker, tmp_path)


def test_nesting_a_parser_can_take_is_not_a_rejection(worker: Services, tmp_path: Path) -> None:
    # The nested-object rejections above are about depth, not about nesting as such.
    for name, data in [
        ("arrays-50.pdf", nested_arrays_pdf(50)),
        ("tree-20.pdf", nested_page_tree_pdf(20)),
        ("forms-3.pdf", nested_forms_pdf(3)),
    ]:
        code, _ = verdict(worker, tmp_path, name, data)
        assert code in (None, RejectionCode.NOT_A_STATEMENT), name


def _hang(*args: object) -> object:
    time.sleep(3600)
    raise AssertionError("unreachable")


def _exit(*args: object) -> object:
    os._exit(70)


def _segfault(*args: object) -> object:
    os.kill(os.getpid(), signal.SIGSEGV)
    raise AssertionError("unreachable")


def _hog(*args: object) -> object:
    return bytearray(8 * 1024**3)


def test_a_hanging_reader_is_PROCESSING_TIMEOUT_within_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = open_services(Settings(home=tmp_path / "home", limits=Limits(file_timeout_s=1.0)))
    monkeypatch.setattr(pipeline, "read_file", _hang)
    code, seconds = verdict(svc, tmp_path, "hangs.pdf", text_pdf())
    assert code is RejectionCode.PROCESSING_TIMEOUT
    assert seconds < 3.0
    monkeypatch.undo()
    still_works(svc, tmp_path)


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (_exit, RejectionCode.CORRUPT_FILE),
        (_segfault, RejectionCode.CORRUPT_FILE),
        (_hog, RejectionCode.FILE_TOO_LARGE),
    ],
    ids=["exits", "segfaults", "eats-memory"],
)
def test_a_reader_that_kills_its_process_is_a_rejection_and_the_worker_lives(
    worker: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reader: Callable[..., object],
    expected: RejectionCode,
) -> None:
    monkeypatch.setattr(pipeline, "read_file", reader)
    code, _ = verdict(worker, tmp_path, "statement.pdf", text_pdf())
    assert code is expected
    monkeypatch.undo()
    still_works(worker, tmp_path)


def test_memory_ceiling_catches_a_bomb_the_checks_do_not_see(tmp_path: Path) -> None:
    """Over the memory limit is FILE_TOO_LARGE: the file is not damaged, it asks for more than a
    statement ever needs, and the contract says an exceeded limit is FILE_TOO_LARGE.

    Run as `ingest run` in a fresh process, with the limit from the environment: the ceiling is what
    the reader may add to the worker's address space, and a test process's own freed memory would
    be headroom on top of it."""
    # 7000 x 7000 is under the pixel limit, and 200 KB as a PNG; decoded it is 49 MB.
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(blank_png(7000, 7000))
    statement = tmp_path / "statement.pdf"
    statement.write_bytes(text_pdf())
    run = subprocess.run(
        [sys.executable, "-m", "ingest", "run", str(statement), str(bomb)],
        env=command_env(tmp_path / "home", INGEST_MAX_MEMORY_MB="40"),
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S * 3,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    files = {f["name"]: f for f in json.loads(run.stdout)["files"]}
    assert files["statement.pdf"]["status"] == "ACCEPTED"  # a statement is well within even 40 MB
    assert files["bomb.png"]["rejection"]["code"] == "FILE_TOO_LARGE"
    assert "memory" in files["bomb.png"]["rejection"]["message"]
