"""`ingest backfill`: a folder of requests through the local pipeline, resumable, with progress."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ingest.codes import FileStatus, RequestStatus
from ingest.models import RequestDocument
from ingest.pipeline import open_services, run_local
from ingest.settings import Settings


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


def finished(out: Path, reference: str) -> RequestDocument | None:
    """The document an earlier run wrote for this reference, if it is terminal."""
    try:
        document = RequestDocument.model_validate_json((out / f"{reference}.json").read_bytes())
    except (FileNotFoundError, ValueError):
        return None
    return document if document.status.terminal else None


def run_job(settings: Settings, job: Job, out: Path, csv: bool) -> Outcome:
    """Run one request and write its document; any failure becomes an Outcome, never an exception."""
    try:
        document = run_local(open_services(settings), job.paths, job.reference)
        write_document(out, document, csv)
        return Outcome.of(document)
    except Exception as e:  # one broken request must not stop the batch
        return Outcome(reference=job.reference, status=None, error=f"{type(e).__name__}: {e}")


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
    open_services(settings)  # creates the store once, before workers race to
    jobs = discover(root)
    outcomes: dict[str, Outcome] = {}
    todo = []
    for job in jobs:
        if (document := finished(out, job.reference)) is not None:
            outcomes[job.reference] = Outcome.of(document, resumed=True)
        else:
            todo.append(job)
    done = len(outcomes)
    for outcome in outcomes.values():
        if progress:
            progress(outcome, done, len(jobs))
    for outcome in _run_all(settings, todo, out, csv, workers):
        outcomes[outcome.reference] = outcome
        done += 1
        if progress:
            progress(outcome, done, len(jobs))
    return [outcomes[job.reference] for job in jobs]


def _run_all(settings: Settings, jobs: list[Job], out: Path, csv: bool, workers: int) -> Iterable[Outcome]:
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_job(settings, job, out, csv)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[Outcome]] = {pool.submit(run_job, settings, job, out, csv) for job in jobs}
        while pending:
            completed, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in completed:
                yield future.result()


class Progress:
    """A one-line progress bar on a terminal, one line per request otherwise."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.tty = stream.isatty()

    def __call__(self, outcome: Outcome, done: int, total: int) -> None:
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        state = "kept" if outcome.resumed else (outcome.status.value if outcome.status else "ERROR")
        if self.tty:
            width = 30
            filled = width * done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\r[{bar}] {done}/{total} requests  {rate:.1f}/s  {outcome.reference[:30]:<30}"
            )
            if done == total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{done}/{total}] {outcome.reference}: {state}\n")
        self.stream.flush()


def summary_table(outcomes: list[Outcome]) -> str:
    """The end-of-run report: one row per request, then totals."""
    header = ("reference", "status", "accepted", "rejected", "accounts", "transactions", "warnings")
    rows = [
        (
            o.reference,
            (o.status.value if o.status else f"ERROR {o.error}") + (" (kept)" if o.resumed else ""),
            str(o.accepted),
            str(o.rejected),
            str(o.accounts),
            str(o.transactions),
            str(o.warnings),
        )
        for o in outcomes
    ]
    totals = (
        f"{len(outcomes)} requests",
        f"{sum(o.status is RequestStatus.COMPLETED for o in outcomes)} completed",
        *(str(sum(getattr(o, name) for o in outcomes)) for name in header[2:]),
    )
    widths = [max(len(r[i]) for r in [header, *rows, totals]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("  ".join("-" * w for w in widths))
    lines.append("  ".join(cell.ljust(w) for cell, w in zip(totals, widths, strict=True)).rstrip())
    rejected = [(o.reference, *r) for o in outcomes for r in o.rejections]
    if rejected:
        lines += ["", "Rejected files:"]
        lines += [f"  {ref} / {name}: {code}: {message}" for ref, name, code, message in rejected]
    return "\n".join(lines)


def exit_status(outcomes: list[Outcome]) -> int:
    """0 when every request completed, 1 when any had a rejected file or could not run."""
    return 0 if all(o.status is RequestStatus.COMPLETED for o in outcomes) else 1
