"""`ingest backfill`: a folder of requests through the local pipeline, resumable, with progress."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from multiprocessing.util import Finalize
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ingest.backends.base import Task, TaskKind
from ingest.codes import FileStatus, RequestStatus
from ingest.models import RequestDocument
from ingest.pipeline import admit_local, finish_request, get_document, handle, load_readers, read_file
from ingest.sandbox import Sandbox, loading
from ingest.services import Services, in_process_queue, open_services
from ingest.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

# rich (~20 ms of CPU) is imported where the progress and the summary are first drawn: after the
# workers are forked, so a run's start does not wait for it and the workers do not carry it. The live
# bar (rich.progress, ~5 ms more) is imported only on a terminal, never in a run whose output is a log.


@dataclass(frozen=True, slots=True)
class Job:
    """One request of a backfill: a subfolder's files, or one loose file."""

    reference: str
    paths: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    reference: str
    status: RequestStatus | None  # None when the request could not be run at all
    accepted: int = 0
    rejected: int = 0
    accounts: int = 0
    transactions: int = 0
    warnings: int = 0
    pages: int = 0
    resumed: bool = False  # finished by an earlier run; its document was kept
    error: str | None = None
    rejections: tuple[tuple[str, str, str], ...] = ()  # (file name, code, message)

    @classmethod
    def of(cls, document: RequestDocument, resumed: bool = False) -> Outcome:
        return cls(
            reference=document.reference,
            status=document.status,
            accepted=sum(f.status is FileStatus.ACCEPTED for f in document.files),
            rejected=sum(f.status is FileStatus.REJECTED for f in document.files),
            accounts=len(document.accounts),
            transactions=sum(len(a.transactions) for a in document.accounts),
            warnings=len(document.warnings) + sum(len(a.warnings) for a in document.accounts),
            pages=sum(f.pages or 0 for f in document.files),
            resumed=resumed,
            rejections=tuple(
                (f.name, f.rejection.code.value, f.rejection.message) for f in document.files if f.rejection
            ),
        )


def discover(root: Path) -> list[Job]:
    """Each immediate subfolder is a request of its files; each loose file is a request of its own."""
    jobs = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue  # .DS_Store, editor and sync droppings
        if entry.is_dir():
            files = tuple(
                p
                for p in sorted(entry.iterdir(), key=lambda p: p.name)
                if p.is_file() and not p.name.startswith(".")
            )
            jobs.append(Job(entry.name, files))
        elif entry.is_file():
            jobs.append(Job(entry.name, (entry,)))
    return jobs


def _size(job: Job) -> int:
    size = 0
    for path in job.paths:
        with contextlib.suppress(OSError):  # gone since it was found: admitting it reports that
            size += path.stat().st_size
    return size


def finished(out: Path, reference: str) -> RequestDocument | None:
    """The document an earlier run wrote for this reference, if it is terminal."""
    try:
        document = RequestDocument.model_validate_json((out / f"{reference}.json").read_bytes())
    except (FileNotFoundError, ValueError):
        return None
    return document if document.status.terminal else None


def write_document(out: Path, document: RequestDocument, csv: bool) -> None:
    _atomic_write(out / f"{document.reference}.json", document.model_dump_json(indent=2).encode())
    if csv:
        from ingest.export import transactions_csv  # noqa: PLC0415

        _atomic_write(out / f"{document.reference}.csv", transactions_csv(document).encode())


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def backfill(
    settings: Settings,
    root: Path,
    out: Path,
    workers: int,
    *,
    csv: bool = False,
    progress: Callable[[Outcome, int, int], None] | None = None,
) -> list[Outcome]:
    """Run every request under root not yet finished in out; return one outcome per request, in order."""
    out.mkdir(parents=True, exist_ok=True)
    for leftover in out.glob(".tmp-*"):  # a document half-written when an earlier run was killed
        leftover.unlink(missing_ok=True)
    jobs = discover(root)
    outcomes: dict[str, Outcome] = {}

    def record(outcome: Outcome) -> None:
        outcomes[outcome.reference] = outcome
        if progress:
            progress(outcome, len(outcomes), len(jobs))

    todo = []
    for job in jobs:
        if (document := finished(out, job.reference)) is not None:
            record(Outcome.of(document, resumed=True))
        else:
            todo.append(job)
    # Largest first: the run ends on small files, so no worker waits long for another's last big one.
    todo.sort(key=_size, reverse=True)
    _Scheduler(settings, out, csv, workers, record).run(todo)
    return [outcomes[job.reference] for job in jobs]


class _WorkerQueue:
    """A pool worker's queue: it keeps the follow-up (validation) for the worker to run itself."""

    def __init__(self) -> None:
        self.validate: Task | None = None

    def send(self, task: Task) -> None:
        if task.kind is TaskKind.VALIDATE:
            self.validate = task


@dataclass(frozen=True, slots=True)
class _WorkerSetup:
    settings: Settings
    out: Path
    csv: bool


_worker: tuple[Services, _WorkerSetup] | None = None  # one per pool process, set by its initializer


def _start_worker(setup: _WorkerSetup) -> None:
    global _worker  # noqa: PLW0603  (per-process state of a pool worker)
    # One reader child for all of this worker's files (see ingest.sandbox), stopped when the worker ends.
    reader = Sandbox(read_file)
    Finalize(None, reader.close, exitpriority=10)
    _worker = (replace(open_services(setup.settings), reader=reader), setup)


def _extract(task: Task) -> Outcome | None:
    """Read one file; if it was its request's last, validate the request and write its document here.

    Finishing in the worker keeps the driver light: it only admits requests, so the cores go to reading.
    """
    assert _worker is not None
    svc, setup = _worker
    queue = _WorkerQueue()
    svc = replace(svc, queue=queue)
    handle(svc, task)
    if queue.validate is None:
        return None
    # None when another worker's file of this request is still being read; that worker finishes it.
    return _finish_and_write(svc, task.request_id, setup)


def _finish_and_write(svc: Services, request_id: str, setup: _WorkerSetup) -> Outcome | None:
    """Validate a request whose files are all read, and write its document; None if it is not terminal."""
    document = finish_request(svc, request_id) or get_document(svc, request_id)
    if not document.status.terminal:
        return None
    write_document(setup.out, document, setup.csv)
    return Outcome.of(document)


class _Scheduler:
    """Admits requests in the driver and spreads their files over the pool; the worker that reads a
    request's last file finishes it. Requests are admitted only while few files are in flight, so memory
    stays flat."""

    def __init__(
        self, settings: Settings, out: Path, csv: bool, workers: int, record: Callable[[Outcome], None]
    ) -> None:
        self.svc = open_services(settings)  # also creates the store once, before workers race to
        self.setup = _WorkerSetup(settings, out, csv)
        self.workers = workers
        self.record = record
        self.in_flight: dict[Future[Outcome | None], str] = {}  # extraction -> request id
        self.waiting: dict[str, tuple[Job, int]] = {}  # request id -> (job, files still extracting)
        self.failures: dict[str, str] = {}  # request id -> first unexpected error
        self.finished: dict[str, Outcome] = {}  # request id -> outcome of the worker that finished it

    def run(self, jobs: list[Job]) -> None:
        if not jobs:
            return  # every request finished by an earlier run: nothing to read, no reader loaded
        # Loaded once here, the readers are inherited by the workers forked below, and by their reader
        # children: loaded in each worker instead, they would cost the run one load per worker.
        with loading():
            load_readers()
        queue = iter(jobs)
        with ProcessPoolExecutor(self.workers, initializer=_start_worker, initargs=(self.setup,)) as pool:
            while True:
                while len(self.in_flight) < 2 * self.workers and (job := next(queue, None)) is not None:
                    self._admit(pool, job)
                if not self.in_flight:
                    return
                completed, _ = wait(self.in_flight, return_when=FIRST_COMPLETED)
                for future in completed:
                    request_id = self.in_flight.pop(future)
                    if (error := future.exception()) is not None:
                        self.failures.setdefault(request_id, f"{type(error).__name__}: {error}")
                    elif (outcome := future.result()) is not None:
                        self.finished[request_id] = outcome
                    job, left = self.waiting[request_id]
                    self.waiting[request_id] = (job, left - 1)
                    if left == 1:
                        self._finish(job, request_id)

    def _admit(self, pool: ProcessPoolExecutor, job: Job) -> None:
        try:
            request = admit_local(self.svc, job.paths, job.reference)
        except Exception as e:  # one unreadable folder must not stop the batch
            self.record(Outcome(reference=job.reference, status=None, error=f"{type(e).__name__}: {e}"))
            return
        extractions = []
        queue = in_process_queue(self.svc)
        while (task := queue.take()) is not None:
            if task.kind is TaskKind.EXTRACT:
                extractions.append(task)
        self.waiting[request.request_id] = (job, len(extractions))
        for task in extractions:
            self.in_flight[pool.submit(_extract, task)] = request.request_id
        if not extractions:
            self._finish(job, request.request_id)

    def _finish(self, job: Job, request_id: str) -> None:
        """Record a request once none of its files is in flight; finish it here if no worker did."""
        del self.waiting[request_id]
        outcome = self.finished.pop(request_id, None)
        if (error := self.failures.pop(request_id, None)) is not None:
            # Its files stay where they were; the next run picks them up again.
            self.record(Outcome(reference=job.reference, status=None, error=error))
            return
        if outcome is not None:
            self.record(outcome)
            return
        try:  # no file to read (all rejected on arrival), or a request resumed with every file read
            outcome = _finish_and_write(self.svc, request_id, self.setup)
        except Exception as e:
            outcome = Outcome(reference=job.reference, status=None, error=f"{type(e).__name__}: {e}")
        self.record(
            outcome or Outcome(reference=job.reference, status=None, error="the request did not finish")
        )


class Progress:
    """Requests done and not completed, pages/s and time left.

    A live bar on a terminal (rich), one plain line per request otherwise (logs, CI).
    """

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.pages = 0
        self.failed = 0
        self.bar: RichProgress | None = None
        self.task: TaskID | None = None

    @functools.cached_property
    def console(self) -> Console:
        from rich.console import Console  # noqa: PLC0415

        return Console(file=self.stream, highlight=False, soft_wrap=True)

    def __call__(self, outcome: Outcome, done: int, total: int) -> None:
        self.pages += outcome.pages
        self.failed += outcome.status is not RequestStatus.COMPLETED
        elapsed = time.monotonic() - self.started
        pages_per_s = self.pages / elapsed if elapsed > 0 else 0.0
        left = elapsed / done * (total - done) if done else 0.0
        figures = f"{pages_per_s:.1f} pages/s, {self.failed} not completed, {left:.0f} s left"
        if self.console.is_terminal:
            self._draw(done, total, figures)
            return
        state = "kept" if outcome.resumed else (outcome.status.value if outcome.status else "ERROR")
        self.console.print(f"[{done}/{total}] {outcome.reference}: {state} ({figures})", markup=False)

    def _draw(self, done: int, total: int, figures: str) -> None:
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn  # noqa: PLC0415
            from rich.progress import Progress as RichProgress  # noqa: PLC0415

            self.bar = RichProgress(
                TextColumn("requests"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[figures]}"),
                console=self.console,
                transient=False,
            )
            self.task = self.bar.add_task("backfill", total=total, figures="")
            self.bar.start()
        assert self.task is not None
        self.bar.update(self.task, completed=done, total=total, figures=figures)
        if done == total:
            self.bar.stop()


def summary_table(outcomes: list[Outcome]) -> str:
    """The end-of-run report: one row per request, then totals, then every rejected file's reason."""
    from rich import box  # noqa: PLC0415
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_footer=True, show_edge=False)
    completed = sum(o.status is RequestStatus.COMPLETED for o in outcomes)
    table.add_column("reference", footer=f"{len(outcomes)} requests")
    table.add_column("status", footer=f"{completed} completed")
    counts = ("pages", "accepted", "rejected", "accounts", "transactions", "warnings")
    for name in counts:
        table.add_column(name, footer=str(sum(getattr(o, name) for o in outcomes)), justify="right")
    for o in outcomes:
        status = (o.status.value if o.status else f"ERROR {o.error}") + (" (kept)" if o.resumed else "")
        table.add_row(o.reference, status, *(str(getattr(o, name)) for name in counts))
    text = io.StringIO()
    Console(file=text, width=200, highlight=False).print(table, markup=False)
    lines = [line.rstrip() for line in text.getvalue().splitlines()]
    rejected = [(o.reference, *r) for o in outcomes for r in o.rejections]
    if rejected:
        lines += ["", "Rejected files:"]
        lines += [f"  {ref} / {name}: {code}: {message}" for ref, name, code, message in rejected]
    return "\n".join(lines)


def exit_status(outcomes: list[Outcome]) -> int:
    """0 when every request completed, 1 when any had a rejected file or could not run."""
    return 0 if all(o.status is RequestStatus.COMPLETED for o in outcomes) else 1
