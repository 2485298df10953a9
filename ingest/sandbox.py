"""Run a file's parsing in a child process, so a runaway file is killed, not the worker.

The child is forked (no re-import), gets its own process group (so a timeout also kills the Tesseract
processes it started), no core dumps (they would hold statement contents), and dies with its parent, so
a killed worker leaves no reader running. Each file gets a memory ceiling and a private temporary
directory that the parent removes whatever happens. Answers come back pickled through a pipe whose size
is capped.

`run_limited` reads once, in a fresh child. A `Sandbox` keeps its child for the next file: a fork is
cheap, but a fresh child then copies every page of memory it writes and warms up again (compiled
patterns, font tables, lazily built caches), ~20 ms a file against a few hundred microseconds for
handing a file to a child that is already running. A child that failed a file, left a process behind or
grew is replaced, so no failure is carried over to the next file.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import os
import pickle
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Generic, NoReturn, TypeVar

from ingest.errors import CorruptFile, FileRejected, FileTooLarge, ProcessingError, ProcessingTimeout

T = TypeVar("T")

log = logging.getLogger("ingest.sandbox")

# An extraction is a few statements of at most a few thousand rows: kilobytes. A reader that answers
# with more than this is producing garbage from a hostile file, and the parent must not buffer it.
MAX_RESULT_BYTES = 64 * 1024 * 1024
# A kept child is replaced after this many files, or once it holds this much more memory than when it
# started (memory a file's reading kept is memory the worker carries into every later file).
FILES_PER_CHILD = 100
MAX_CHILD_GROWTH_MB = 128
_CHUNK = 1024 * 1024
_FRAME = struct.Struct(">Q")  # each message on a pipe: its length, then its pickle
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PR_SET_CHILD_SUBREAPER = 36
# Objects a reader child allocates (net of those freed) before its collector walks the young ones
# (Python's default: 700). Reading a page makes thousands of small tuples (characters, words) that live
# until its file is read, and almost none is in a cycle: at the default, the collector walked them over
# and over, 5% of a digital page's CPU (about 1 ms). At this many, a statement is read with no collection
# or a few, and the cycles a file makes are collected once it is read (see `_serve`).
READER_GC_THRESHOLD = 50_000

# What a child is given for one file: its private temporary directory, memory allowance and arguments.
_Job = tuple[str, int | None, tuple[object, ...]]
# An unexpected failure as the parent logs it: its type, where it was raised, and its frames.
_Failure = tuple[str, str, str]
# What it answers: (ok, result or rejection, the unexpected failure if any, still clean).
_Answer = tuple[bool, object, _Failure | None, bool]


def run_limited(fn: Callable[..., T], *args: object, timeout_s: float, memory_mb: int | None = None) -> T:
    """Call fn(*args) in a fresh forked child, within a wall-clock limit and (optionally) a memory limit.

    `memory_mb` is how much address space the call may add to what the child holds when it starts it. A
    FileRejected raised in the child is re-raised here: fn says what is the file's fault. Otherwise:
    - past the time limit, the child's process group is killed: ProcessingTimeout;
    - out of memory (MemoryError, or killed by the kernel): FileTooLarge;
    - an answer over MAX_RESULT_BYTES: FileTooLarge;
    - a child that dies without an answer (a crash in a native parser): CorruptFile;
    - any other exception is ours, not the file's (a bug, a missing engine): ProcessingError. Only its
      type and where it was raised are logged (its frames at debug level), never its message, which may
      quote the file.
    """
    return Sandbox(fn, files_per_child=1).run(*args, timeout_s=timeout_s, memory_mb=memory_mb)


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Import modules without collecting garbage, then freeze what they loaded.

    Imports allocate much and free almost nothing, so collections while they run are wasted (~10% of
    the import time). What they load lives until the process ends; frozen, every later collection skips
    it: processes forked from this one (pool workers, reader children) neither scan it nor copy its pages
    to mark it, and the interpreter's final collections at exit do not visit it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def collect_as_a_reader() -> None:
    """Collect garbage as a reader child does: what the process holds now is never garbage (in a child,
    what the worker held before the fork: collecting it would copy its pages), and the young generation
    is collected every `READER_GC_THRESHOLD` allocations."""
    gc.freeze()
    gc.set_threshold(READER_GC_THRESHOLD, *gc.get_threshold()[1:])


class Sandbox(Generic[T]):
    """fn run in a child process that is kept from one call to the next; each call as `run_limited`.

    Use it from one thread (the child is tied to the thread that forked it) and close it when done;
    a child left running still dies with its parent process.
    """

    def __init__(self, fn: Callable[..., T], *, files_per_child: int = FILES_PER_CHILD) -> None:
        self.fn = fn
        self.files_per_child = files_per_child
        self._child: _Child | None = None

    def __enter__(self) -> Sandbox[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the kept child, if any."""
        child, self._child = self._child, None
        if child is not None:
            child.stop()

    @property
    def child_pid(self) -> int | None:
        """The kept child's process id (None between children)."""
        return self._child.pid if self._child is not None else None

    def run(self, *args: object, timeout_s: float, memory_mb: int | None = None) -> T:
        """fn(*args) in the child, with the verdicts of `run_limited`."""
        deadline = time.monotonic() + timeout_s
        scratch = tempfile.mkdtemp(prefix="ingest-read-")
        job: _Job = (scratch, memory_mb, args)
        child, self._child = self._child, None  # this call's until it proves fit for the next file
        killed_by_us = False
        try:
            if child is not None and not child.send(job, deadline):
                child.stop()  # it died since the last file, or would not take this one in time
                child = None
            if child is None:
                child = _Child.fork(self.fn, job)
            answer = child.receive(deadline)
            if answer is _TIMED_OUT:
                killed_by_us = True
                raise ProcessingTimeout(f"Reading the file took longer than {timeout_s:g} s")
            if answer is _TOO_BIG:
                killed_by_us = True
                raise FileTooLarge("Reading the file produced far more data than a statement holds")
            try:
                assert isinstance(answer, bytes)
                ok, payload, failure, clean = pickle.loads(answer)  # noqa: S301  (our own child, see _serve)
            except Exception:  # no answer, or one cut short: the child died before it finished writing
                wait_status, child = child.stop(), None
                _died(wait_status, killed_by_us)
            if ok and clean and child.files < self.files_per_child:
                self._child, child = child, None
        finally:
            if child is not None:
                child.stop()
            shutil.rmtree(scratch, ignore_errors=True)
        if ok:
            return payload  # type: ignore[no-any-return]
        if failure is not None:
            error, where, frames = failure
            log.warning("reader failed", extra={"error": error, "where": where})
            log.debug("reader failed in\n%s", frames, extra={"error": error})
        raise payload


class _Child:
    """The parent's handle on one reader child: its pid and the two pipes to it."""

    def __init__(self, pid: int, jobs: int, answers: int) -> None:
        self.pid = pid
        self.jobs = jobs  # write end: files to read
        self.answers = answers  # read end: what came of them
        self.files = 1  # the first file is handed over in the fork itself
        self.wait_status: int | None = None  # once reaped

    @classmethod
    def fork(cls, fn: Callable[..., object], job: _Job) -> _Child:
        parent = os.getpid()
        jobs_in, jobs_out = os.pipe()
        answers_in, answers_out = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # out of processes: the worker's problem, not the file's
            for fd in (jobs_in, jobs_out, answers_in, answers_out):
                os.close(fd)
            raise
        if pid == 0:  # pragma: no cover (runs in the child; its effects are what the tests check)
            try:
                os.close(jobs_out)
                os.close(answers_in)
                _serve(fn, job, jobs_in, answers_out, parent)
            finally:
                os._exit(0)
        os.close(jobs_in)
        os.close(answers_out)
        os.set_blocking(jobs_out, False)  # a send waits for the child only until the file's deadline
        with contextlib.suppress(OSError):
            os.setpgid(pid, pid)  # also done by the child: whichever runs first, the group exists
        return cls(pid, jobs_out, answers_in)

    def send(self, job: _Job, deadline: float) -> bool:
        """Hand the child its next file; False if it is gone or does not take it before the deadline."""
        pid, wait_status = _reap(self.pid, os.WNOHANG)
        if pid != 0:  # it died while it waited for work (the kernel's out-of-memory killer, say)
            self.wait_status = wait_status
            return False
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(_FRAME.pack(len(data)) + data)
        try:
            while view:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([], [self.jobs], [], remaining)[1]:
                    return False
                with contextlib.suppress(BlockingIOError):
                    view = view[os.write(self.jobs, view) :]
        except BrokenPipeError:
            return False
        self.files += 1
        return True

    def receive(self, deadline: float) -> bytes | object:
        """The child's next answer; _TIMED_OUT, _TOO_BIG, or what came before it died (maybe nothing)."""
        header = _read(self.answers, _FRAME.size, deadline)
        if not isinstance(header, bytes) or len(header) < _FRAME.size:
            return header
        (size,) = _FRAME.unpack(header)
        if size > MAX_RESULT_BYTES:
            return _TOO_BIG
        return _read(self.answers, size, deadline)

    def stop(self) -> int:
        """Kill the child's whole process group and reap the child; its wait status."""
        os.close(self.jobs)
        os.close(self.answers)
        if self.wait_status is None:
            # The group id is the child's pid, which cannot be reused before the waitpid below reaps it.
            # (A child reaped already died idle, and an idle child has no processes of its own.)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
            _, self.wait_status = _reap(self.pid, 0)
        return self.wait_status


_TIMED_OUT = object()
_TOO_BIG = object()


def _reap(pid: int, options: int) -> tuple[int, int]:
    try:
        return os.waitpid(pid, options)
    except ChildProcessError:  # reaped by someone else's wait: gone, how is not known
        return pid, 0


def _read(fd: int, size: int, deadline: float) -> bytes | object:
    """`size` bytes from fd, fewer if the writer closed it first, or _TIMED_OUT."""
    chunks: list[bytes] = []
    missing = size
    while missing:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return _TIMED_OUT
        chunk = os.read(fd, min(missing, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _died(wait_status: int, killed_by_us: bool) -> NoReturn:
    signum = os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status) else None
    how = signal.Signals(signum).name if signum else f"exit {os.waitstatus_to_exitcode(wait_status)}"
    log.warning("reader died", extra={"error": how})
    if signum == signal.SIGKILL and not killed_by_us:
        # Nobody here sent it: the kernel's out-of-memory killer is the usual sender.
        raise FileTooLarge("Reading the file needs more memory than a statement can")
    raise CorruptFile("The file made the reader fail")


def _serve(fn: Callable[..., object], job: _Job | None, jobs: int, answers: int, parent: int) -> None:
    """The child's whole life: confine itself, then read files until the parent stops sending them."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    _die_with(parent)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent handles ^C and kills the group
    # Processes a reader leaves behind become this child's, so it can tell it left some.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    collect_as_a_reader()
    # Counted from here, after the same hand-back as after each file: the worker's free heap, which the
    # child shares until it hands it back, is not the child's to have grown out of.
    _give_back_freed_memory()
    started = _resident()
    while job is not None:
        scratch, memory_mb, args = job
        ok, payload, failure = _answer(fn, scratch, memory_mb, args)
        # The cycles the file made, before the memory it held is handed back: the young generations
        # only (~0.3 ms); the old one, what the child kept from file to file, is left to the collector.
        gc.collect(1)
        _give_back_freed_memory()
        clean = _no_processes_left() and _resident() - started < MAX_CHILD_GROWTH_MB * 1024 * 1024
        _send_answer(answers, (ok, payload, failure, clean))
        job = _next_job(jobs)


def _answer(
    fn: Callable[..., object], scratch: str, memory_mb: int | None, args: tuple[object, ...]
) -> tuple[bool, object, _Failure | None]:
    _limit_memory(memory_mb)
    tempfile.tempdir = scratch
    # For the tools it runs, in this child only: their temporary files, and one thread per Tesseract
    # process (Debian's uses OpenMP; parallelism comes from pages and files: without this one page
    # took 3-5 s on 2 cores, against 0.6-0.8 s with it).
    os.environ["TMPDIR"] = scratch
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return True, fn(*args), None
    except FileRejected as e:
        return False, e, None
    except MemoryError:
        return False, FileTooLarge("Reading the file needs more memory than a statement can"), None
    except BaseException as e:  # what the reader did not judge to be the file's fault is ours
        return False, ProcessingError(), _failure(e)


def _send_answer(answers: int, answer: _Answer) -> None:
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        data = pickle.dumps(
            (False, FileTooLarge("Reading the file needs more memory than it may"), None, False)
        )
    except Exception as e:  # an answer that does not pickle is our reader's bug
        data = pickle.dumps((False, ProcessingError(), _failure(e), False))
    if len(data) > MAX_RESULT_BYTES:
        data = pickle.dumps(
            (False, FileTooLarge("Reading the file produced more data than it may"), None, False)
        )
    view = memoryview(_FRAME.pack(len(data)) + data)
    while view:
        view = view[os.write(answers, view) :]


def _next_job(jobs: int) -> _Job | None:
    """The next file from the parent, or None once it closed the pipe."""
    header = _read_all(jobs, _FRAME.size)
    if len(header) < _FRAME.size:
        return None
    (size,) = _FRAME.unpack(header)
    data = _read_all(jobs, size)
    if len(data) < size:
        return None
    job: _Job = pickle.loads(data)  # noqa: S301  (written by the parent that forked this child)
    return job


def _read_all(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    while size and (chunk := os.read(fd, min(size, _CHUNK))):
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _no_processes_left() -> bool:
    """Reap what the reader's tools left; True if none of them is still running."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return True
        if pid == 0:
            return False


def _give_back_freed_memory() -> None:
    """Hand the memory a file's reading freed back to the system (glibc's `malloc_trim`).

    A scan's page images and clean-up arrays, freed in the middle of the heap or in the OCR threads'
    arenas, stay resident otherwise: ~150 MB a scanned file, which the child would carry to the next
    file and which made it count as grown (and be replaced) after every scan. About 0.2 ms a file.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to ask
        ctypes.CDLL(None).malloc_trim(0)


def _resident() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # no procfs: growth cannot be told, so it is never a reason to replace the child
        return 0


def _failure(error: BaseException) -> _Failure:
    """An exception's type, where it was raised as `package/module.py:line in function`, and its frames.

    Never its message: a parser's message may quote the file ("unexpected token b'JOHN SMITH'").
    """
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__name__, "?", ""
    frame = frames[-1]
    path = PurePath(frame.filename)
    where = f"{'/'.join(path.parts[-2:])}:{frame.lineno} in {frame.name}"
    return type(error).__name__, where, "".join(frames.format())


def _limit_memory(memory_mb: int | None) -> None:
    """Cap the address space at what the child holds now plus memory_mb, so a bomb fails to allocate."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if memory_mb is None:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))  # no limit of an earlier file's stays
        return
    _set_ceiling(_address_space() + memory_mb * 1024 * 1024, hard)


@contextlib.contextmanager
def outside_the_allowance() -> Iterator[None]:
    """Load code here that only some files need, where such a file first needs it: the address space it
    adds is the reader's, added to the file's allowance rather than taken from it.

    numpy and the page clean-up are loaded with a file's first scanned page, not by every process that
    reads files: a digital file never uses them. Inside a small allowance their import would fail (and
    the file be lost to our error, not rejected for its own size). Without a ceiling this does nothing.
    """
    ceiling, hard = resource.getrlimit(resource.RLIMIT_AS)
    if ceiling == hard:
        yield
        return
    held = _address_space()
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    try:
        yield
    finally:
        _set_ceiling(ceiling + max(0, _address_space() - held), hard)


def _set_ceiling(ceiling: int, hard: int) -> None:
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # no procfs: count the limit from zero
        return 0


def _die_with(parent: int) -> None:
    """Ask Linux to kill this child when its parent dies (a SIGKILLed worker leaves no reader behind)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
