"""`ingest.read`: one request read in-process, through the pipeline's own steps, writing nothing to disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from ingest.backends.local import LocalQueue
from ingest.backends.memory import MemoryBlobStore, MemoryStatusStore
from ingest.models import RequestDocument
from ingest.pipeline import LOCAL_TENANT, DeclaredFile, create_request, receive_file, run_inline
from ingest.services import Services, utcnow
from ingest.settings import Limits, Settings
from ingest.stages.engines import require_ocr_engine

# What `ingest.read` takes: a file's path, or its name and bytes.
FileInput = str | Path | tuple[str, bytes]


def read(
    files: Iterable[FileInput],
    *,
    reference: str | None = None,
    today: dt.date | None = None,
    limits: Limits | None = None,
) -> RequestDocument:
    """The request document `ingest run` prints for these files, computed in this process.

    Each file is read in a sandboxed child process under the same limits as the pipeline (`limits`,
    by default the defaults of `ingest.settings.Limits`). Records and results are kept in memory and
    dropped on return; the reader's temporary files are removed. `reference` defaults to the first
    file's name; `today`, the request date against which recent activity is judged, to today (UTC).
    Raises EngineMissing when Tesseract is not installed, and ValueError when no file is given.
    """
    named = [_named(f) for f in files]
    if not named:
        raise ValueError("ingest.read needs at least one file")
    require_ocr_engine()
    svc = Services(
        settings=Settings(limits=limits or Limits()),
        blobs=MemoryBlobStore(),
        status=MemoryStatusStore(),
        queue=LocalQueue(),
        clock=utcnow if today is None else _clock_on(today),
    )
    declared = [DeclaredFile(name, len(data)) for name, data in named]
    request, records = create_request(svc, LOCAL_TENANT, reference or named[0][0], declared)
    for record, (_, data) in zip(records, named, strict=True):
        receive_file(svc, request.request_id, record.file_id, data)
    return run_inline(svc, request.request_id)


def _named(file: FileInput) -> tuple[str, bytes]:
    if isinstance(file, tuple):
        name, data = file
        return name, bytes(data)
    path = Path(file)
    return path.name, path.read_bytes()


def _clock_on(today: dt.date) -> Callable[[], dt.datetime]:
    """A clock that reads the time of day now, on `today`."""

    def clock() -> dt.datetime:
        return dt.datetime.combine(today, utcnow().timetz())

    return clock
