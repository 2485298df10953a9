"""Run one file's parsing in a child process, so a runaway file is killed, not the worker.

The child is forked (no re-import, a few milliseconds), gets its own process group (so a timeout also
kills the Tesseract processes it started), a memory ceiling, no core dumps (they would hold statement
contents) and a private temporary directory that the parent removes whatever happens. It dies with its
parent, so a killed worker leaves no reader running. Its answer comes back pickled through a pipe whose
size is capped.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import pickle
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import PurePath
from typing import NoReturn, TypeVar

from ingest.errors import CorruptFile, FileRejected, FileTooLarge, ProcessingTimeout

T = TypeVar("T")

log = logging.getLogger("ingest.sandbox")

# An extraction is a few statements of at most a few thousand rows: kilobytes. A reader that answers
# with more than this is producing garbage from a hostile file, and the parent must not buffer it.
MAX_RESULT_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def run_limited(fn: Callable[..., T], *args: object, timeout_s: float, memory_mb: int | None = None) -> T:
    """Call fn(*args) in a forked child, within a wall-clock limit and (optionally) a memory limit.

    `memory_mb` is how much address space the child may add to what it inherits. A FileRejected raised
    in the child is re-raised here. Otherwise:
    - past the time limit, the child's process group is killed: ProcessingTimeout;
    - out of memory (MemoryError, or killed by the kernel): FileTooLarge;
    - an answer over MAX_RESULT_BYTES: FileTooLarge;
    - any other exception, or a child that dies without an answer (a crash in a native parser):
      CorruptFile. Only the exception's type and where it was raised are logged, never its message,
      which may quote the file.
    """
    scratch = tempfile.mkdtemp(prefix="ingest-read-")
    parent = os.getpid()
    receiver, sender = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # out of processes: the worker's problem, not the file's
        os.close(receiver)
        os.close(sender)
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if pid == 0:  # pragma: no cover (runs in the child; its effects are what the tests check)
        os.close(receiver)
        try:
            _child(sender, parent, scratch, memory_mb, fn=fn, args=args)
        finally:
            os._exit(0)
    os.close(sender)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)  # also done by the child: whichever runs first, the group exists
    killed_by_us = False
    try:
        answer = _receive(receiver, time.monotonic() + timeout_s)
        if answer is _TIMED_OUT:
            killed_by_us = True
            raise ProcessingTimeout(f"Reading the file took longer than {timeout_s:g} s")
        if answer is _TOO_BIG:
            killed_by_us = True
            raise FileTooLarge("Reading the file produced far more data than a statement holds")
    finally:
        os.close(receiver)
        # The group id is the child's pid, which cannot be reused before the waitpid below reaps it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        _, wait_status = os.waitpid(pid, 0)
        shutil.rmtree(scratch, ignore_errors=True)
    assert isinstance(answer, bytes)
    try:
        ok, payload, failure = pickle.loads(answer)  # noqa: S301  (written by our own child, see _child)
    except Exception:  # no answer, or one cut short: the child died before it finished writing
        _died(wait_status, killed_by_us)
    if ok:
        return payload  # type: ignore[no-any-return]
    if failure is not None:
        error, where = failure
        log.warning("reader failed", extra={"error": error, "where": where})
    raise payload


_TIMED_OUT = object()
_TOO_BIG = object()


def _receive(fd: int, deadline: float) -> bytes | object:
    """Everything the child writes until it closes the pipe, or a marker for a timeout or overflow."""
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return _TIMED_OUT
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return _TIMED_OUT
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESULT_BYTES:
            return _TOO_BIG
        chunks.append(chunk)


def _died(wait_status: int, killed_by_us: bool) -> NoReturn:
    signum = os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status) else None
    how = signal.Signals(signum).name if signum else f"exit {os.waitstatus_to_exitcode(wait_status)}"
    log.warning("reader died", extra={"error": how})
    if signum == signal.SIGKILL and not killed_by_us:
        # Nobody here sent it: the kernel's out-of-memory killer is the usual sender.
        raise FileTooLarge("Reading the file needs more memory than a statement can")
    raise CorruptFile("The file made the reader fail")


def _child(
    sender: int,
    parent: int,
    scratch: str,
    memory_mb: int | None,
    *,
    fn: Callable[..., object],
    args: tuple[object, ...],
) -> None:
    """The child's whole life: confine itself, run fn, write (ok, payload, where) and exit."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    _die_with(parent)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_mb is not None:
        _limit_memory(memory_mb)
    tempfile.tempdir = scratch
    os.environ["TMPDIR"] = scratch  # for the tools it runs (Tesseract) as well
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent handles ^C and kills the group
    try:
        answer: tuple[bool, object, tuple[str, str] | None] = (True, fn(*args), None)
    except FileRejected as e:
        answer = (False, e, None)
    except MemoryError:
        answer = (False, FileTooLarge("Reading the file needs more memory than a statement can"), None)
    except BaseException as e:  # a parser's own failure on bad input is a damaged file, not a worker crash
        answer = (False, CorruptFile(f"The file could not be parsed ({type(e).__name__})"), _failure(e))
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        data = pickle.dumps((False, FileTooLarge("Reading the file needs more memory than it may"), None))
    except Exception as e:
        data = pickle.dumps((False, CorruptFile("The file could not be parsed"), _failure(e)))
    if len(data) > MAX_RESULT_BYTES:
        data = pickle.dumps((False, FileTooLarge("Reading the file produced more data than it may"), None))
    view = memoryview(data)
    while view:
        view = view[os.write(sender, view) :]


def _failure(error: BaseException) -> tuple[str, str]:
    """An exception's type, and where it was raised as `package/module.py:line in function`.

    Never its message: a parser's message may quote the file ("unexpected token b'JOHN SMITH'").
    """
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__name__, "?"
    frame = frames[-1]
    path = PurePath(frame.filename)
    return type(error).__name__, f"{'/'.join(path.parts[-2:])}:{frame.lineno} in {frame.name}"


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at what the child inherited plus memory_mb, so a bomb fails to allocate."""
    try:
        with open("/proc/self/statm") as statm:
            inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # no procfs: count the limit from zero
        inherited = 0
    ceiling = inherited + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def _die_with(parent: int) -> None:
    """Ask Linux to kill this child when its parent dies (a SIGKILLed worker leaves no reader behind)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
