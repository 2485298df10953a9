"""Crash and resume: `ingest backfill` SIGKILLed at several moments, then run again, ends exactly as an
uninterrupted run does: every document once, no transaction twice, no file lost, no process left over.

The moments are events in the run's own log (a file received, a file processed, a request finished),
each followed by a random delay; the seed is in every failure message (set INGEST_CRASH_SEED to replay).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from devtools.realworld import VENDORED
from devtools.samplegen.badfiles import blank_pdf
from tests.e2e.ingest_procs import ROOT, command_env
from tests.hostile.makers import HTML_PAGE, docx_bytes, encrypted_pdf

# The shorter statements keep the test quick; which ones does not matter to what it checks.
STATEMENTS = sorted(p for p in (VENDORED / "hsbc").glob("*.pdf") if "_CUR_12345678_" not in p.name)
SEED = int(os.environ.get("INGEST_CRASH_SEED", str(random.SystemRandom().randrange(1 << 30))))
RUN_TIMEOUT_S = 600


def build_batch(root: Path) -> None:
    """Ten requests: real statements alone and together, and the kinds of bad file people send."""
    one, two, three, four = STATEMENTS[:4]
    requests: dict[str, dict[str, bytes]] = {
        "r01-two-statements": {"may.pdf": one.read_bytes(), "june.pdf": two.read_bytes()},
        "r02-statement": {"statement.pdf": three.read_bytes()},
        "r03-statement": {"savings.pdf": four.read_bytes()},
        "r04-locked": {"locked.pdf": encrypted_pdf(user="1234", owner="bank")},
        "r05-with-a-word-file": {"march.pdf": one.read_bytes(), "letter.pdf": docx_bytes()},
        "r06-duplicates": {"a.pdf": two.read_bytes(), "b-copy.pdf": two.read_bytes()},
        "r07-web-page": {"statement.pdf": HTML_PAGE},
    }
    for reference, files in requests.items():
        (root / reference).mkdir(parents=True)
        for name, data in files.items():
            (root / reference / name).write_bytes(data)
    (root / "blank.pdf").write_bytes(blank_pdf(pages=4))
    (root / "cut-short.pdf").write_bytes(three.read_bytes()[:40_000])
    shutil.copy(four, root / "loose.pdf")


def start(batch: Path, out: Path, home: Path, log: Path) -> subprocess.Popen[bytes]:
    env = command_env(home, OMP_THREAD_LIMIT="1", PYTHONUNBUFFERED="1")
    command = [
        sys.executable,
        "-m",
        "ingest",
        "-v",
        "backfill",
        str(batch),
        "--out",
        str(out),
        "--workers",
        "2",
    ]
    with log.open("ab") as sink:
        return subprocess.Popen(command, env=env, cwd=ROOT, stdout=sink, stderr=sink, start_new_session=True)


def session_processes(session: int) -> list[int]:
    """Every live process of a session: the backfill, its pool workers, their readers and Tesseracts."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def kill_after(proc: subprocess.Popen[bytes], log: Path, event: str, rng: random.Random) -> bool:
    """SIGKILL the whole run a random moment after `event` appears in its log; False if it ended first."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    seen = log.stat().st_size if log.exists() else 0
    while not re.search(event, log.read_text(errors="replace")[seen:]):
        if proc.poll() is not None:
            return False
        assert time.monotonic() < deadline, f"no {event!r} (seed {SEED})"
        time.sleep(0.01)
    time.sleep(rng.uniform(0.0, 0.4))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while left := session_processes(proc.pid):
        assert time.monotonic() < deadline, f"processes outlived the killed run: {left} (seed {SEED})"
        time.sleep(0.05)
    return True


def finish(batch: Path, out: Path, home: Path, log: Path) -> int:
    proc = start(batch, out, home, log)
    return proc.wait(timeout=RUN_TIMEOUT_S)


def documents(out: Path) -> dict[str, dict[str, Any]]:
    """The documents without what differs between any two runs: ids and timestamps."""
    found = {}
    for path in sorted(out.glob("*.json")):
        document = json.loads(path.read_text())
        for key in ("request_id", "created_at", "updated_at"):
            document.pop(key)
        for file in document["files"]:
            file.pop("file_id")
        found[path.name] = document
    return found


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, Any]]]:
    base = tmp_path_factory.mktemp("uninterrupted")
    build_batch(base / "in")
    code = finish(base / "in", base / "out", base / "home", base / "log")
    assert code == 1, (base / "log").read_text()  # some requests have rejected files
    return base / "in", documents(base / "out")


@pytest.mark.slow
@pytest.mark.parametrize(
    "moments",
    [
        pytest.param([r"file received", r"file processed", r"request finished"], id="upload-extract-finish"),
        pytest.param([r"\[3/10\]", r"\[6/10\]"], id="after-documents"),
    ],
)
def test_killed_backfill_resumes_to_the_same_documents(
    tmp_path: Path, uninterrupted: tuple[Path, dict[str, dict[str, Any]]], moments: list[str]
) -> None:
    batch, expected = uninterrupted
    out, home, log = tmp_path / "out", tmp_path / "home", tmp_path / "log"
    rng = random.Random(f"{SEED}-{moments}")
    kills = 0
    for event in moments:
        kills += kill_after(start(batch, out, home, log), log, event, rng)
    assert kills, f"every run ended before it could be killed (seed {SEED})"

    code = finish(batch, out, home, log)
    context = f"(seed {SEED}, {kills} kills)\n{log.read_text(errors='replace')[-3000:]}"
    assert code == 1, context
    assert documents(out) == expected, context  # every document, each exactly as an uninterrupted run
    assert not list(out.glob(".tmp-*")), context  # no half-written document left behind
    with sqlite3.connect(home / "ingest.db") as db:
        repeated = db.execute(
            "SELECT reference FROM requests GROUP BY reference HAVING count(*) > 1"
        ).fetchall()
        unfinished = db.execute(
            "SELECT count(*) FROM files WHERE stage NOT IN ('EXTRACTED', 'REJECTED')"
        ).fetchone()
    assert repeated == [], context
    assert unfinished == (0,), context
    for name, document in documents(out).items():
        folder = batch / name.removesuffix(".json")
        names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else [folder.name]
        assert sorted(f["name"] for f in document["files"]) == names, context  # no file lost or doubled


def test_the_batch_covers_good_and_bad_requests(
    uninterrupted: tuple[Path, dict[str, dict[str, Any]]],
) -> None:
    _, expected = uninterrupted
    assert len(expected) == 10
    statuses = {document["status"] for document in expected.values()}
    assert {"COMPLETED", "OCR_COMPLETED_WITH_PARTIAL_ERROR", "OCR_FILES_INTEGRATION_FAILURE"} <= statuses
    codes = {f["rejection"]["code"] for d in expected.values() for f in d["files"] if f["rejection"]}
    assert {
        "ENCRYPTED_FILE",
        "UNSUPPORTED_FILE_TYPE",
        "DUPLICATE_FILE",
        "CORRUPT_FILE",
        "UNREADABLE",
    } <= codes
