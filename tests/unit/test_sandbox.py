"""The sandbox: whatever a reader does (hang, crash, hog memory, flood its pipe), a verdict comes back."""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import resource
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.codes import RejectionCode
from ingest.errors import FileRejected, NotAStatement
from ingest.sandbox import (
    MAX_CHILD_GROWTH_MB,
    MAX_RESULT_BYTES,
    READER_GC_THRESHOLD,
    Sandbox,
    outside_the_allowance,
    run_limited,
)

SECRET = "JOHN Q CUSTOMER 4111 1111 1111 1111"


def children() -> set[int]:
    """Direct children of this process, zombies included."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        text = (task / "children").read_text()
        found.update(int(pid) for pid in text.split())
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def wait_gone(pid: int, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.02)
    return False


def verdict(
    fn: Callable[..., object], *args: object, timeout_s: float = 10, memory_mb: int | None = None
) -> FileRejected:
    before = children()
    with pytest.raises(FileRejected) as caught:
        run_limited(fn, *args, timeout_s=timeout_s, memory_mb=memory_mb)
    assert children() == before, "the child was not reaped"
    return caught.value


def test_returns_the_answer_and_reaps_the_child() -> None:
    before = children()
    assert run_limited(lambda a, b: {"sum": a + b}, 2, 3, timeout_s=10) == {"sum": 5}
    assert children() == before


def test_a_rejection_raised_in_the_child_is_raised_here_unchanged() -> None:
    def reject() -> None:
        raise NotAStatement("no table")

    rejection = verdict(reject)
    assert isinstance(rejection, NotAStatement)
    assert rejection.message.startswith("no table.")


def test_a_hanging_reader_is_PROCESSING_TIMEOUT_on_time() -> None:
    started = time.monotonic()
    rejection = verdict(time.sleep, 60, timeout_s=0.5)
    assert rejection.code is RejectionCode.PROCESSING_TIMEOUT
    assert time.monotonic() - started < 2.0


def test_a_timeout_kills_the_tools_the_reader_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    def start_tool_and_hang() -> None:
        tool = subprocess.Popen(["sleep", "60"])
        pid_file.write_text(str(tool.pid))
        time.sleep(60)

    assert verdict(start_tool_and_hang, timeout_s=1).code is RejectionCode.PROCESSING_TIMEOUT
    assert wait_gone(int(pid_file.read_text())), "the reader's own child survived the timeout"


@pytest.mark.parametrize(
    "crash",
    [
        pytest.param(lambda: os._exit(3), id="exit"),
        pytest.param(lambda: os.kill(os.getpid(), signal.SIGSEGV), id="SIGSEGV"),
        pytest.param(lambda: ctypes.string_at(0), id="null-pointer"),
        pytest.param(os.abort, id="abort"),
    ],
)
def test_a_reader_that_crashes_the_process_is_CORRUPT_FILE(
    crash: Callable[[], object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where a core dump would land
    assert verdict(crash).code is RejectionCode.CORRUPT_FILE
    assert not list(tmp_path.glob("core*")), "a core dump holds the file's contents"


def test_a_reader_killed_from_outside_is_FILE_TOO_LARGE() -> None:
    # SIGKILL that the sandbox did not send comes from the kernel's out-of-memory killer.
    assert verdict(lambda: os.kill(os.getpid(), signal.SIGKILL)).code is RejectionCode.FILE_TOO_LARGE


def test_memory_over_the_limit_is_FILE_TOO_LARGE() -> None:
    def allocate() -> int:
        return len(bytearray(1024 * 1024 * 1024))

    assert verdict(allocate, memory_mb=256).code is RejectionCode.FILE_TOO_LARGE


def test_native_allocation_over_the_limit_is_FILE_TOO_LARGE() -> None:
    import numpy as np

    def allocate() -> int:
        return int(np.ones(1024 * 1024 * 1024, dtype=np.uint8).sum())

    assert verdict(allocate, memory_mb=256).code is RejectionCode.FILE_TOO_LARGE


def test_memory_within_the_limit_is_fine() -> None:
    assert run_limited(lambda: len(bytearray(128 * 1024 * 1024)), timeout_s=10, memory_mb=256) == 128 << 20


def test_what_is_loaded_outside_the_allowance_is_added_to_it_not_taken_from_it() -> None:
    """Code a file first needs (OCR with a scan) is loaded outside the allowance: the memory it takes is
    the reader's, and the file still has its whole allowance after it."""
    loaded: list[bytes] = []

    def load_then_allocate(allocate_mb: int) -> int:
        with outside_the_allowance():
            loaded.append(b"x" * (96 * 1024 * 1024))  # more than the whole allowance
        return len(bytearray(allocate_mb * 1024 * 1024))

    assert run_limited(load_then_allocate, 40, timeout_s=10, memory_mb=64) == 40 << 20
    assert verdict(load_then_allocate, 80, memory_mb=64).code is RejectionCode.FILE_TOO_LARGE


def test_outside_the_allowance_does_nothing_without_one() -> None:
    before = resource.getrlimit(resource.RLIMIT_AS)
    with outside_the_allowance():
        pass
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def test_a_large_answer_comes_back_whole() -> None:
    size = 24 * 1024 * 1024  # far over the pipe's buffer: reading while the child writes
    assert run_limited(lambda: b"x" * size, timeout_s=10) == b"x" * size


def test_an_answer_too_large_for_the_pipe_is_FILE_TOO_LARGE() -> None:
    rejection = verdict(lambda: b"x" * (MAX_RESULT_BYTES + 1))
    assert rejection.code is RejectionCode.FILE_TOO_LARGE


def test_an_answer_that_cannot_be_sent_is_our_PROCESSING_ERROR() -> None:
    assert verdict(lambda: lambda: None).code is RejectionCode.PROCESSING_ERROR


def test_a_bug_in_the_reader_is_our_PROCESSING_ERROR_not_a_corrupt_file() -> None:
    # The file is not at fault: telling the applicant to download it again would be a lie.
    rejection = verdict(lambda: {}["opening balance"])
    assert rejection.code is RejectionCode.PROCESSING_ERROR
    assert "upload it again" in rejection.message
    assert "download" not in rejection.message.lower()


def test_unexpected_exception_logs_type_and_place_never_its_message(caplog: pytest.LogCaptureFixture) -> None:
    def table_bug() -> None:
        raise ValueError(f"unexpected token {SECRET!r}")

    with caplog.at_level(logging.DEBUG):
        rejection = verdict(table_bug)
    assert rejection.code is RejectionCode.PROCESSING_ERROR
    assert SECRET not in rejection.message
    warning, frames = [r for r in caplog.records if r.name == "ingest.sandbox"]
    assert (warning.error, warning.where) == (
        "ValueError",
        f"unit/test_sandbox.py:{_line_of('raise ValueError')} in table_bug",
    )  # type: ignore[attr-defined]
    assert frames.levelno == logging.DEBUG  # the traceback, for the operator who asks for it
    assert "in table_bug" in frames.getMessage()
    assert SECRET not in caplog.text


def _line_of(code: str) -> int:
    lines = Path(__file__).read_text().splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line.strip().startswith(code))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of the test's own as the process's root of temporary files, set back after the test."""
    workdir = tmp_path / "tmp"
    workdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(workdir))
    return workdir


def test_temporary_files_are_removed_after_an_answer_and_after_a_timeout(workdir: Path) -> None:
    def make_temp_files(hang: bool) -> str:
        fd, _ = tempfile.mkstemp()
        os.write(fd, SECRET.encode())
        with tempfile.NamedTemporaryFile(delete=False) as named:
            named.write(SECRET.encode())
        if hang:
            time.sleep(60)
        return os.environ["TMPDIR"]

    private = run_limited(make_temp_files, False, timeout_s=10)
    assert Path(private).parent == workdir
    assert verdict(make_temp_files, True, timeout_s=1).code is RejectionCode.PROCESSING_TIMEOUT
    assert list(workdir.iterdir()) == []
    assert tempfile.gettempdir() == str(workdir)  # the parent's own setting is untouched


def _worker_with_a_reader(pid_file: Path, script: str) -> tuple[subprocess.Popen[bytes], int]:
    """A worker process running `script`, which writes its reader child's pid to pid_file; both pids."""
    worker = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)])
    deadline = time.monotonic() + 20
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the reader never started"
        time.sleep(0.05)
    return worker, int(pid_file.read_text())


def _kill(worker: subprocess.Popen[bytes]) -> None:
    worker.kill()
    worker.wait()


def test_the_reader_dies_with_its_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    worker, reader = _worker_with_a_reader(
        pid_file,
        f"""
        import os, pathlib, time
        from ingest.sandbox import run_limited
        def hang():
            pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid()))
            time.sleep(60)
        run_limited(hang, timeout_s=60)
        """,
    )
    _kill(worker)
    assert wait_gone(reader), "the reader outlived its SIGKILLed worker"


def test_overhead_per_file_is_a_fork_not_a_fresh_interpreter() -> None:
    """A fork costs milliseconds; a fresh interpreter importing the readers costs far more. Both are
    measured as CPU time (the process's and its reaped children's), not wall time, so a busy machine that
    stalls a try does not decide the ratio. The forks are made by a process that holds what a worker
    holds (the readers loaded), not by the test runner, whose heap after thousands of tests a worker
    never has."""
    script = textwrap.dedent(
        """
        import resource, subprocess, sys, time
        from ingest.pipeline import load_readers
        from ingest.sandbox import run_limited

        def cpu_seconds():
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            return time.process_time() + children.ru_utime + children.ru_stime

        def cheapest(tries, call):
            costs = []
            for _ in range(tries):
                started = cpu_seconds()
                call()
                costs.append(cpu_seconds() - started)
            return min(costs)

        load_readers()
        run_limited(int, timeout_s=10)
        fork = cheapest(20, lambda: run_limited(int, timeout_s=10, memory_mb=1536))
        fresh = cheapest(
            3, lambda: subprocess.run([sys.executable, "-c", "import ingest.extract.reader"], check=True)
        )
        print(fork, fresh)
        """
    )
    measured = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    fork, fresh = (float(figure) for figure in measured.stdout.split())
    assert fork * 3 < fresh, f"{fork * 1000:.1f} ms CPU per fork, {fresh * 1000:.1f} ms per interpreter"


# A kept child (`Sandbox`): each file gets the verdicts above, and no failure reaches the next file.


def _pid() -> int:
    return os.getpid()


def test_a_kept_child_reads_file_after_file() -> None:
    before = children()
    with Sandbox(_pid) as sandbox:
        first = sandbox.run(timeout_s=10)
        assert sandbox.run(timeout_s=10) == first != os.getpid()
        assert children() == before | {first}
    assert children() == before, "closing the sandbox did not reap its child"


def test_a_kept_child_is_replaced_after_every_kind_of_failure() -> None:
    def reader(how: str) -> int:
        if how == "reject":
            raise NotAStatement("no table")
        if how == "bug":
            raise ValueError("parser bug")
        if how == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        if how == "memory":
            return len(bytearray(1024 * 1024 * 1024))
        if how == "hang":
            time.sleep(60)
        return os.getpid()

    before = children()
    with Sandbox(reader) as sandbox:
        pid = sandbox.run("read", timeout_s=10)
        for how, code in [
            ("reject", RejectionCode.NOT_A_STATEMENT),
            ("bug", RejectionCode.PROCESSING_ERROR),
            ("crash", RejectionCode.CORRUPT_FILE),
            ("memory", RejectionCode.FILE_TOO_LARGE),
            ("hang", RejectionCode.PROCESSING_TIMEOUT),
        ]:
            with pytest.raises(FileRejected) as caught:
                sandbox.run(how, timeout_s=1, memory_mb=256)
            assert caught.value.code is code, how
            assert sandbox.child_pid is None, f"the child that failed ({how}) was kept"
            assert not alive(pid)
            pid = sandbox.run("read", timeout_s=10)
            assert children() == before | {pid}
    assert children() == before


def test_each_file_in_a_kept_child_gets_the_whole_memory_allowance() -> None:
    # A ceiling counted once from the child's start would leave later files less than the allowance.
    kept: list[bytes] = []

    def allocate(mb: int) -> int:
        kept.append(b"x" * (mb * 1024 * 1024))  # held on purpose: the child grows from file to file
        return os.getpid()

    with Sandbox(allocate) as sandbox:
        pids = {sandbox.run(30, timeout_s=10, memory_mb=64) for _ in range(3)}
        assert len(pids) == 1, "a file within its allowance cost the child"
        # Without a limit, the last file's does not stay behind.
        assert sandbox.run(100, timeout_s=10) in pids
        with pytest.raises(FileRejected) as caught:
            sandbox.run(200, timeout_s=10, memory_mb=64)
        assert caught.value.code is RejectionCode.FILE_TOO_LARGE


def test_a_kept_child_that_grew_is_replaced() -> None:
    kept: list[bytes] = []

    def grow(mb: int) -> int:
        kept.append(b"x" * (mb * 1024 * 1024))
        return os.getpid()

    with Sandbox(grow) as sandbox:
        first = sandbox.run(MAX_CHILD_GROWTH_MB + 16, timeout_s=10)
        assert sandbox.child_pid is None
        assert sandbox.run(1, timeout_s=10) != first


def test_a_process_left_running_by_a_reader_is_killed_and_its_child_replaced(tmp_path: Path) -> None:
    def start_tool() -> int:
        return subprocess.Popen(["sleep", "60"]).pid

    def start_orphan() -> int:
        # The tool's parent exits at once: the tool is nobody's child but still the reader's doing.
        shell = subprocess.run(
            ["sh", "-c", "sleep 60 >/dev/null 2>&1 & echo $!"], capture_output=True, text=True, check=True
        )
        return int(shell.stdout)

    for reader in (start_tool, start_orphan):
        with Sandbox(reader) as sandbox:
            tool = sandbox.run(timeout_s=10)
            assert sandbox.child_pid is None, reader.__name__
            assert wait_gone(tool), f"{reader.__name__}: the tool outlived the file"


def test_a_kept_child_killed_while_idle_costs_the_next_file_nothing() -> None:
    with Sandbox(_pid) as sandbox:
        first = sandbox.run(timeout_s=10)
        os.kill(first, signal.SIGKILL)
        assert wait_gone(first)
        assert sandbox.run(timeout_s=10) not in (first, os.getpid())


def test_a_kept_child_is_replaced_after_files_per_child() -> None:
    with Sandbox(_pid, files_per_child=3) as sandbox:
        pids = [sandbox.run(timeout_s=10) for _ in range(7)]
    assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4] == pids[5] != pids[6]


def test_each_file_in_a_kept_child_has_its_own_temp_dir_removed_after_it(workdir: Path) -> None:
    def make_temp_file() -> str:
        fd, _ = tempfile.mkstemp()
        os.write(fd, SECRET.encode())
        return os.environ["TMPDIR"]

    with Sandbox(make_temp_file) as sandbox:
        first, second = sandbox.run(timeout_s=10), sandbox.run(timeout_s=10)
        assert sandbox.child_pid is not None
        assert first != second
        assert {Path(first).parent, Path(second).parent} == {workdir}
        assert list(workdir.iterdir()) == []


def test_a_kept_child_dies_with_its_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    worker, reader = _worker_with_a_reader(
        pid_file,
        f"""
        import os, pathlib, time
        from ingest.sandbox import Sandbox
        sandbox = Sandbox(os.getpid)
        pathlib.Path({str(pid_file)!r}).write_text(str(sandbox.run(timeout_s=60)))
        time.sleep(60)
        """,
    )
    assert alive(reader), "the child was not kept"
    _kill(worker)
    assert wait_gone(reader), "the kept reader outlived its SIGKILLed worker"


def test_a_kept_child_costs_less_per_file_than_a_fresh_one() -> None:
    """Handing a file to a running child skips the fork and the child's warm-up. Both are timed in
    the same test, alternately, so a busy machine slows both alike."""
    calls = 20
    fresh = kept = 0.0
    with Sandbox(int) as sandbox:
        sandbox.run(timeout_s=10)
        for _ in range(calls):
            started = time.perf_counter()
            run_limited(int, timeout_s=10, memory_mb=1536)
            fresh += time.perf_counter() - started
            started = time.perf_counter()
            sandbox.run(timeout_s=10, memory_mb=1536)
            kept += time.perf_counter() - started
    assert kept < fresh, f"kept {kept / calls * 1000:.2f} ms, fresh {fresh / calls * 1000:.2f} ms per file"


def test_memory_a_file_freed_is_given_back_and_the_child_kept() -> None:
    # Freed blocks between blocks still in use stay in the heap, resident, unless the child hands them
    # back: the child would carry them to the next file and count as grown after every scan.
    def read_and_free() -> int:
        libc = ctypes.CDLL(None)
        libc.malloc.restype = ctypes.c_void_p
        libc.free.argtypes = [ctypes.c_void_p]
        # As the heap stands after a scan: blocks from it, not mapped one by one (glibc raises its
        # mmap threshold as large arrays come and go), and no shrinking of its top on every free.
        libc.mallopt(_M_MMAP_THRESHOLD, 1024 * 1024)
        libc.mallopt(_M_TRIM_THRESHOLD, 1024 * 1024 * 1024)
        block = 64 * 1024
        blocks = []
        for _ in range((MAX_CHILD_GROWTH_MB + 64) * 1024 * 1024 // block):
            blocks.append(libc.malloc(block))
            ctypes.memset(blocks[-1], 1, block)  # resident, as a read page is
            _pinned.append(libc.malloc(64))  # still in use after the file: the blocks cannot merge
        for address in blocks:
            libc.free(address)
        return os.getpid()

    with Sandbox(read_and_free) as sandbox:
        first = sandbox.run(timeout_s=30)
        assert sandbox.child_pid == first, "the child was replaced: the freed memory stayed resident"


_pinned: list[int] = []
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters


class _Cycle:
    """An object in a reference cycle, holding a buffer: only the cyclic collector frees it."""

    def __init__(self, mb: int) -> None:
        self.me = self
        self.data = bytearray(mb * 1024 * 1024)  # touched: resident


def test_memory_a_file_left_in_cycles_is_collected_after_it_and_the_child_kept() -> None:
    # A reader child collects its young objects rarely (READER_GC_THRESHOLD), so a buffer held by a
    # cycle the file made waits for the collection after the file, which runs before the hand-back:
    # the child does not count as grown.
    def read_with_a_cycle() -> tuple[int, tuple[int, int, int]]:
        _Cycle(MAX_CHILD_GROWTH_MB + 64)
        return os.getpid(), gc.get_threshold()

    with Sandbox(read_with_a_cycle) as sandbox:
        first, threshold = sandbox.run(timeout_s=30)
        assert threshold[0] == READER_GC_THRESHOLD
        assert sandbox.child_pid == first, "the child was replaced: the cycle's memory stayed resident"
        assert sandbox.run(timeout_s=30)[0] == first
