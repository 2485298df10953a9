"""Signing secrets are made atomically and never empty; the local home is private; log lines are escaped."""

from __future__ import annotations

import io
import logging
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from ingest import logs
from ingest.errors import UsageError
from ingest.services import open_services
from ingest.settings import Settings
from ingest.signing import MIN_SECRET_BYTES, Secret, signing_secret
from tests.e2e.ingest_procs import ROOT, base_env

T = TypeVar("T")
R = TypeVar("R")


def at_once(call: Callable[[T], R], arguments: Iterable[T]) -> list[R]:
    """`call` on each argument, each in its own thread, all released together."""
    arguments = list(arguments)
    start = threading.Barrier(len(arguments))

    def released(argument: T) -> R:
        start.wait()
        return call(argument)

    with ThreadPoolExecutor(len(arguments)) as pool:
        return list(pool.map(released, arguments))


def test_processes_starting_together_all_read_the_same_whole_secret(tmp_path: Path) -> None:
    for round_ in range(40):
        settings = Settings(home=tmp_path / str(round_))
        seen = at_once(lambda _: signing_secret(settings, Secret.UPLOAD, env={}), range(4))  # noqa: B023
        assert len(set(seen)) == 1, seen
        assert seen[0] is not None
        assert len(seen[0]) >= MIN_SECRET_BYTES
        assert (settings.home / "upload-secret").read_bytes() == seen[0]
        assert stat.S_IMODE((settings.home / "upload-secret").stat().st_mode) == 0o600
        assert [p.name for p in settings.home.iterdir()] == ["upload-secret"]  # no temporary file left


@pytest.mark.parametrize("content", [b"", b"\n", b"short-secret\n"], ids=["empty", "newline", "short"])
def test_an_empty_or_short_secret_file_stops_the_start(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "webhook-secret").write_bytes(content)
    with pytest.raises(UsageError, match="at least 32 bytes"):
        signing_secret(Settings(home=tmp_path), Secret.WEBHOOK, env={})


@pytest.mark.parametrize("value", ["", "   ", "x" * 31], ids=["empty", "blank", "31-bytes"])
def test_an_empty_or_short_secret_variable_stops_the_start(tmp_path: Path, value: str) -> None:
    with pytest.raises(UsageError, match="INGEST_UPLOAD_SECRET"):
        signing_secret(Settings(home=tmp_path), Secret.UPLOAD, env={"INGEST_UPLOAD_SECRET": value})
    assert not (tmp_path / "upload-secret").exists()  # the variable was set: no file is made instead


def test_ingest_api_with_an_empty_secret_file_exits_with_a_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "upload-secret").write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "ingest", "api", "--port", "0"],
        env=base_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "upload-secret is empty" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_local_home_database_and_blobs_are_private(tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    svc = open_services(Settings(home=home))
    svc.blobs.put("requests/tenant/req/file", b"%PDF")
    mode = {p: stat.S_IMODE(p.stat().st_mode) for p in [home, *home.rglob("*")]}
    folders = {p.relative_to(tmp_path).as_posix(): m for p, m in mode.items() if p.is_dir()}
    files = {p.relative_to(tmp_path).as_posix(): m for p, m in mode.items() if p.is_file()}
    assert set(folders.values()) == {0o700}, folders
    assert set(files.values()) == {0o600}, files
    assert "new/home/ingest.db" in files


def test_control_characters_are_escaped_in_log_lines() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logs.FieldsFormatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("ingest.api.test-escape")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        forged = "/requests/x\x1b[31m\nERROR ingest.api: forged\u2028"
        logger.info("%s %s", "GET", forged, extra={"reference": "ref\r\nINFO forged"})
    finally:
        logger.removeHandler(handler)
    line = out.getvalue()
    assert line.count("\n") == 1  # one record, one line
    assert "\x1b" not in line
    assert "\r" not in line
    assert "\u2028" not in line
    assert "/requests/x\\x1b[31m\\nERROR ingest.api: forged\\u2028" in line
    assert "reference=ref\\r\\nINFO forged" in line
