"""The story of a request: created, files received, integrated and extracted, validated, finished.

This is the one place that maps errors to statuses. Each step is safe to repeat: every state change
is a compare-and-set, so a redelivered message or a re-run after a crash changes nothing twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from ingest.backends.base import FileRecord, RequestRecord, ResumableStatusStore, Task, TaskKind
from ingest.blobkeys import document_key, extraction_key, request_prefixes, upload_key
from ingest.codes import FileStage, FileStatus, RequestStatus
from ingest.errors import (
    DuplicateFile,
    FileRejected,
    NotAStatement,
    ProcessingError,
    RequestNotFound,
    UploadReplaced,
)
from ingest.models import Authenticity, FileResult, Rejection, RequestDocument
from ingest.patterns import kept_patterns
from ingest.sandbox import Sandbox
from ingest.services import Services, in_process_queue
from ingest.settings import Limits
from ingest.stages.upload import duplicates, inspect_upload

if TYPE_CHECKING:
    from ingest.stages.extraction import Extraction
    from ingest.stages.validation import FileStatements, Validated

log = logging.getLogger("ingest.pipeline")

LOCAL_TENANT = "local"
# How long after a request ended its `on_finished` hook may still be running (it queues the webhook's
# delivery); a task finding the request terminal later than this runs the hook again.
HOOK_GRACE = dt.timedelta(minutes=15)


@functools.cache
def load_readers() -> TypeAdapter[Extraction]:
    """Load the readers (text layer, authenticity, validation); the type extractions are stored as.

    A process that only admits requests or reads documents back (the API's handlers, a backfill with
    nothing left to read) never loads them. One that reads files loads them once, before it forks the
    processes that read (a backfill's workers, reader children): they inherit them instead of loading
    them again. A command loads them under `ingest.sandbox.loading`, which freezes them; the library
    leaves its caller's collector alone.
    """
    # OCR, with numpy and the page clean-up, is not loaded here: a reader child loads it with its first
    # scanned page, beside that file's memory allowance (`ingest.sandbox.outside_the_allowance`), and a
    # digital file never needs it. numpy's BLAS starts a thread per core when it loads, each spinning a
    # while for work (~80 ms of CPU at every load); the readers' arrays are small and their processes one
    # thread each, parallel by page and file, so one BLAS thread is all they use: said here, before any
    # reader child is forked.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    with kept_patterns():  # compiling their patterns was about half of loading them
        from ingest.stages.extraction import Extraction  # noqa: PLC0415
        from ingest.stages.validation import validate  # noqa: F401, PLC0415

    return TypeAdapter(Extraction)


@dataclass(frozen=True, slots=True)
class DeclaredFile:
    name: str
    size: int | None = None


# 1. A request is created with the files it will receive.
def create_request(
    svc: Services,
    tenant: str,
    reference: str,
    files: Sequence[DeclaredFile],
    callback_url: str | None = None,
) -> tuple[RequestRecord, list[FileRecord]]:
    now = svc.clock()
    request = RequestRecord(
        request_id=str(uuid.uuid4()),
        tenant=tenant,
        reference=reference,
        status=RequestStatus.AWAITING_FILES,
        created_at=now,
        updated_at=now,
        callback_url=callback_url,
    )
    records = [
        FileRecord(
            request_id=request.request_id,
            file_id=uuid.uuid4().hex,
            seq=seq,
            stage=FileStage.DECLARED,
            result=FileResult(file_id="", name=f.name, size=f.size or 0),
            declared_size=f.size,
            updated_at=now,
        )
        for seq, f in enumerate(files)
    ]
    records = [replace(r, result=r.result.model_copy(update={"file_id": r.file_id})) for r in records]
    svc.status.create_request(request, records)
    log.info("request created", extra={"request_id": request.request_id, "files": len(records)})
    return request, records


# 2. Upload: each file's bytes arrive, are sniffed, limited and hashed.
def receive_file(
    svc: Services, request_id: str, file_id: str, data: bytes | None = None, etag: str | None = None
) -> None:
    """Record one file's arrival. `data` is None when the bytes are already in the blob store (S3)."""
    request = _request(svc, request_id)
    record = next((f for f in svc.status.list_files(request_id) if f.file_id == file_id), None)
    if record is None:
        raise RequestNotFound(f"no file {file_id} in request {request_id}")
    if record.stage is FileStage.DECLARED:
        key = upload_key(request, file_id)
        if data is None or not svc.blobs.put_new(key, data):
            # Already stored (S3 upload, or a second upload to the same local URL): the stored bytes
            # are the ones read, hashed and recorded.
            data = svc.blobs.get(key)
        try:
            upload = inspect_upload(svc.settings.limits, data)
        except FileRejected as rejection:
            updated = _rejected(record, rejection, size=len(data), now=svc.clock())
        else:
            result = record.result.model_copy(
                update={"size": upload.size, "sha256": upload.sha256, "content_type": upload.content_type}
            )
            updated = replace(
                record, stage=FileStage.UPLOADED, result=result, etag=etag, updated_at=svc.clock()
            )
        if not svc.status.update_file(updated, expected=FileStage.DECLARED) and _undo_if_deleted(
            svc, request
        ):
            return
        log.info(
            "file received", extra={"request_id": request_id, "file_id": file_id, "stage": updated.stage}
        )
    _start_when_complete(svc, request)


def _start_when_complete(svc: Services, request: RequestRecord) -> None:
    """Once every declared file is here: de-duplicate, then hand each file to extraction."""
    files = svc.status.list_files(request.request_id)
    if any(f.stage is FileStage.DECLARED for f in files):
        return
    svc.status.set_status(request.request_id, RequestStatus.AWAITING_FILES, RequestStatus.OCR_FILES_UPLOADED)
    uploaded = [f for f in files if f.stage is FileStage.UPLOADED]
    originals = duplicates((f.file_id, f.result.sha256 or "") for f in uploaded)
    names = {f.file_id: f.result.name for f in files}
    for record in uploaded:
        if record.file_id in originals:
            rejection = DuplicateFile(f"Same content as {names[originals[record.file_id]]}")
            svc.status.update_file(_rejected(record, rejection, now=svc.clock()), expected=FileStage.UPLOADED)
    svc.status.set_status(
        request.request_id, RequestStatus.OCR_FILES_UPLOADED, RequestStatus.OCR_INTEGRATION_STARTED
    )
    # Sent again on a repeated arrival event: harmless, extraction is compare-and-set on the file stage.
    pending = [f for f in svc.status.list_files(request.request_id) if f.stage is FileStage.UPLOADED]
    for record in pending:
        svc.queue.send(Task(TaskKind.EXTRACT, request.request_id, record.file_id))
    if not pending:
        svc.queue.send(Task(TaskKind.VALIDATE, request.request_id))


# 3. Integration and extraction, one file at a time, in a child process with a time limit.
def read_file(limits: Limits, data: bytes, content_type: str) -> Extraction:
    """Integration then extraction of one file's bytes: the part that runs under the time limit."""
    from ingest.stages.extraction import extract  # noqa: PLC0415  (loaded by the parent: load_readers)
    from ingest.stages.integration import integrate  # noqa: PLC0415

    return extract(limits, data, integrate(limits, data, content_type))


def process_file(svc: Services, request_id: str, file_id: str, attempt: int = 1) -> None:
    """Read one uploaded file. `attempt` counts this task's deliveries: a failure of ours (PROCESSING_ERROR)
    is raised, for the queue to hand the task back, until `svc.attempts` deliveries have failed."""
    request = _request(svc, request_id)
    record = next((f for f in svc.status.list_files(request_id) if f.file_id == file_id), None)
    if record is None or record.stage is not FileStage.UPLOADED:
        return _finish_when_done(svc, request)
    limits = svc.settings.limits
    try:
        data = svc.blobs.get(upload_key(request, file_id))
    except KeyError:
        if _gone(svc, request):
            return None
        raise
    started = svc.clock()
    extractions = load_readers()  # before the reader child is forked, so that it inherits them
    reader = svc.reader or Sandbox(read_file, files_per_child=1)
    try:
        if hashlib.sha256(data).hexdigest() != record.result.sha256:
            # S3 cannot refuse a second POST to a presigned URL: the bytes are no longer the ones that
            # arrived and were recorded, and the first ones are gone. Say so; never read the others.
            raise UploadReplaced
        extraction = reader.run(
            limits,
            data,
            record.result.content_type or "",
            timeout_s=limits.file_timeout_s,
            memory_mb=limits.max_memory_mb,
        )
    except ProcessingError as failure:
        if attempt < svc.attempts:
            log.warning(
                "file failed on our side; its task will be retried",
                extra={"request_id": request_id, "file_id": file_id, "attempt": attempt},
            )
            raise
        updated = _rejected(record, failure, now=svc.clock())
    except FileRejected as rejection:
        updated = _rejected(record, rejection, now=svc.clock())
    else:
        from ingest.authenticity import judge  # noqa: PLC0415  (loaded with the readers)

        svc.blobs.put(extraction_key(request, file_id), extractions.dump_json(extraction))
        result = record.result.model_copy(
            update={
                # A file without a statement of its own waits for validation to say whether it is a
                # page of one read from another file (ingest.stages.validation).
                "status": FileStatus.ACCEPTED if extraction.statements else FileStatus.PENDING,
                "pages": extraction.pages,
                "method": extraction.method,
                "ocr_confidence": extraction.ocr_confidence,
                "authenticity": judge(extraction.signals),
            }
        )
        updated = replace(record, stage=FileStage.EXTRACTED, result=result, updated_at=svc.clock())
    if not svc.status.update_file(updated, expected=FileStage.UPLOADED):
        if _undo_if_deleted(svc, request):
            return None
        # Another worker finished this file first (a redelivered task); its verdict stands.
        log.info("file already processed", extra={"request_id": request_id, "file_id": file_id})
        return _finish_when_done(svc, request)
    log.info(
        "file processed",
        extra={
            "request_id": request_id,
            "file_id": file_id,
            "stage": updated.stage,
            "rejection": updated.result.rejection.code if updated.result.rejection else None,
            "seconds": round((svc.clock() - started).total_seconds(), 3),
        },
    )
    return _finish_when_done(svc, request)


def _finish_when_done(svc: Services, request: RequestRecord) -> None:
    files = svc.status.list_files(request.request_id)
    if files and all(f.stage.done for f in files):  # no files: the request was deleted
        svc.queue.send(Task(TaskKind.VALIDATE, request.request_id))


# 4. Validation: statements become accounts and warnings; the request gets its final status.
def finish_request(svc: Services, request_id: str) -> RequestDocument | None:
    """Validate a request whose files are all read; the document, if this call made the request terminal."""
    request = _request(svc, request_id)
    if request.status.terminal:
        _finished_again(svc, request)
        return None
    files = svc.status.list_files(request_id)
    if request.status is not RequestStatus.OCR_INTEGRATION_STARTED or not all(f.stage.done for f in files):
        return None
    try:
        extracted = [
            _file_statements(
                f.result.name,
                load_readers().validate_json(svc.blobs.get(extraction_key(request, f.file_id))),
                f.result.authenticity,
            )
            for f in files
            if f.stage is FileStage.EXTRACTED
        ]
    except KeyError:
        if _gone(svc, request):
            return None
        raise
    from ingest.stages.validation import final_status, validate  # noqa: PLC0415

    validated = validate(request.created_at.date(), extracted)
    # The files' authenticity now counts the balances validation checked.
    results = [_verdict(f.result, validated) for f in files]
    status = final_status(results)
    document = RequestDocument(
        request_id=request.request_id,
        reference=request.reference,
        status=status,
        status_label=status.label,
        created_at=request.created_at,
        updated_at=svc.clock(),
        files=results,
        accounts=validated.accounts,
        warnings=validated.warnings,
    )
    svc.blobs.put(document_key(request), document.model_dump_json().encode())
    if not svc.status.set_status(request_id, RequestStatus.OCR_INTEGRATION_STARTED, status):
        _undo_if_deleted(svc, request)
        return None  # deleted, or another worker finished it first (its document stands)
    log.info("request finished", extra={"request_id": request_id, "status": status})
    if svc.on_finished is not None:
        svc.on_finished(svc, request, document)
    return document


def _verdict(result: FileResult, validated: Validated) -> FileResult:
    """A file's result once the request is validated: its authenticity counts the balances validation
    checked, and a file without a statement of its own is accepted as a page of another file's
    statement, or rejected NOT_A_STATEMENT."""
    name = result.name
    if name in validated.not_statements:
        # As a file rejected when it is read: what was read of it is not shown.
        read = {"pages": None, "method": None, "ocr_confidence": None, "authenticity": None}
        return _rejected_result(result.model_copy(update=read), NotAStatement(validated.not_statements[name]))
    if result.status is FileStatus.PENDING:
        result = result.model_copy(update={"status": FileStatus.ACCEPTED})
    if name in validated.authenticity:
        result = result.model_copy(update={"authenticity": validated.authenticity[name]})
    return result


def _finished_again(svc: Services, request: RequestRecord) -> None:
    """A task for a request that is already terminal: a duplicate, or the task of a worker that died.

    The worker that makes a request terminal runs `on_finished` after the transition; if it dies in
    between, its task comes back (the queue redelivers what was not acknowledged) and finds the request
    terminal. Once the hook has had time to finish, it is run again here: the hook must be idempotent
    (webhooks skip a request whose outcome is recorded), and so a webhook is delivered at least once.
    Duplicate tasks arriving while the first worker is still running the hook leave it alone.
    """
    if svc.on_finished is None or svc.clock() - request.updated_at < HOOK_GRACE:
        return
    log.info("request finished earlier: its hook runs again", extra={"request_id": request.request_id})
    svc.on_finished(svc, request, get_document(svc, request.request_id))


def _file_statements(
    name: str, extraction: Extraction, authenticity: Authenticity | None = None
) -> FileStatements:
    from ingest.stages.validation import FileStatements  # noqa: PLC0415

    return FileStatements(
        name,
        extraction.statements,
        unreadable_pages=extraction.unreadable_pages,
        authenticity=authenticity,
        marks=extraction.marks,
    )


def handle(svc: Services, task: Task, attempt: int = 1) -> None:
    """Run one queued task, delivered for the `attempt`-th time. The worker, Lambda and the local drivers
    all call this."""
    if task.kind is TaskKind.EXTRACT and task.file_id is not None:
        process_file(svc, task.request_id, task.file_id, attempt)
    elif task.kind is TaskKind.VALIDATE:
        finish_request(svc, task.request_id)
    else:  # WEBHOOK tasks are the worker's (ingest.webhooks); the local queue never holds one
        raise ValueError(f"malformed task {task}")


# Reading a request back.
def get_document(svc: Services, request_id: str, tenant: str | None = None) -> RequestDocument:
    """The request document: the final one once terminal, else the files' progress so far."""
    request = svc.status.get_request(request_id)
    if request is None or (tenant is not None and request.tenant != tenant):
        raise RequestNotFound(f"no request {request_id}")
    if request.status.terminal:
        return RequestDocument.model_validate_json(svc.blobs.get(document_key(request)))
    return RequestDocument(
        request_id=request.request_id,
        reference=request.reference,
        status=request.status,
        status_label=request.status.label,
        created_at=request.created_at,
        updated_at=request.updated_at,
        files=[f.result for f in svc.status.list_files(request_id)],
    )


def delete_request(svc: Services, request_id: str) -> None:
    """Remove a request's uploads, results and records, for good, whatever step is running for it.

    The blobs go before and after the records. A step still running writes its blob, then finds its
    compare-and-set refused (no records) and removes what it wrote (`_undo_if_deleted`); a blob written
    before the records went is taken by the second pass. The first pass means a delete that dies midway
    leaves the records, so it can be asked for again.
    """
    request = _request(svc, request_id)
    _delete_blobs(svc, request)
    svc.status.delete_request(request_id)
    _delete_blobs(svc, request)


def keep_blob(svc: Services, request: RequestRecord, key: str, data: bytes) -> bool:
    """Write a blob of a request that no compare-and-set follows (a webhook outcome): if the request was
    deleted meanwhile, what was written goes too. Says whether the blob was kept."""
    svc.blobs.put(key, data)
    return not _undo_if_deleted(svc, request)


def _delete_blobs(svc: Services, request: RequestRecord) -> None:
    for prefix in request_prefixes(request):
        svc.blobs.delete_prefix(prefix)


def _gone(svc: Services, request: RequestRecord) -> bool:
    return svc.status.get_request(request.request_id) is None


def _undo_if_deleted(svc: Services, request: RequestRecord) -> bool:
    """After a write of a step: if the request was deleted while the step ran, remove its blobs again
    (the write may have come after the delete's last pass). Says whether it was deleted."""
    if not _gone(svc, request):
        return False
    log.info("request deleted while a step ran: its writes removed", extra={"request_id": request.request_id})
    _delete_blobs(svc, request)
    return True


def _request(svc: Services, request_id: str) -> RequestRecord:
    request = svc.status.get_request(request_id)
    if request is None:
        raise RequestNotFound(f"no request {request_id}")
    return request


def _rejected(
    record: FileRecord, rejection: FileRejected, now: dt.datetime, size: int | None = None
) -> FileRecord:
    result = _rejected_result(record.result, rejection)
    if size is not None:
        result = result.model_copy(update={"size": size})
    return replace(record, stage=FileStage.REJECTED, result=result, updated_at=now)


def _rejected_result(result: FileResult, rejection: FileRejected) -> FileResult:
    return result.model_copy(
        update={
            "status": FileStatus.REJECTED,
            "rejection": Rejection(code=rejection.code, message=rejection.message),
        }
    )


# The local drivers: one process runs every step of a request inline.
def drain(svc: Services) -> None:
    """Run queued tasks until none is left (local backend). A task of a deleted request is dropped."""
    queue = in_process_queue(svc)
    while (task := queue.take()) is not None:
        try:
            handle(svc, task)
        except RequestNotFound:
            log.info("task for a deleted request dropped", extra={"request_id": task.request_id})


def admit_local(
    svc: Services, paths: Sequence[Path], reference: str, tenant: str = LOCAL_TENANT
) -> RequestRecord:
    """Upload stage for local files: create the request (or find the unfinished one) and receive its files.

    The tasks it queues (extraction per file, or validation) are left on `svc.queue` for the caller.
    """
    request = svc.status.find_request(tenant, reference)
    if request is None:
        declared = [DeclaredFile(p.name, p.stat().st_size) for p in paths]
        request, _ = create_request(svc, tenant, reference, declared)
    if not request.status.terminal:
        by_name = {p.name: p for p in paths}
        waiting = [f for f in svc.status.list_files(request.request_id) if f.stage is FileStage.DECLARED]
        for record in waiting:
            path = by_name[record.result.name]  # a resumed request reads the same folder again
            receive_file(svc, request.request_id, record.file_id, path.read_bytes())
        if not waiting:
            # Every file arrived in an earlier run (which then died): hand them on again. Otherwise the
            # last receive_file did, and doing it twice would read every file twice.
            _start_when_complete(svc, request)
    return request


def resume_local(svc: Services) -> int:
    """Queue again the work of every request whose files have all arrived but that is not finished.

    The local queue lives in memory: a local server that stopped lost what was queued. Each file's
    extraction is compare-and-set on its stage, so work done before the stop is not done twice.
    Returns how many requests were handed on.
    """
    if not isinstance(svc.status, ResumableStatusStore):
        raise TypeError("only the local status store lists its unfinished requests")
    resumed = 0
    for request in svc.status.unfinished_requests():
        if all(f.stage is not FileStage.DECLARED for f in svc.status.list_files(request.request_id)):
            _start_when_complete(svc, request)
            resumed += 1
    return resumed


def run_local(
    svc: Services, paths: Sequence[Path], reference: str, tenant: str = LOCAL_TENANT
) -> RequestDocument:
    """One request from local files, run inline to the end (resuming an unfinished one of that reference)."""
    request = admit_local(svc, paths, reference, tenant)
    return run_inline(svc, request.request_id)


def run_inline(svc: Services, request_id: str) -> RequestDocument:
    """Run the queued work of an admitted request in this process, to the end; its document.

    Without a reader of the caller's, the request's files are read one after another by one reader
    child, stopped at the end: a fresh child for each file would copy this process's memory and warm
    up again (see ingest.sandbox).
    """
    if svc.reader is None:
        with Sandbox(read_file) as reader:
            return run_inline(replace(svc, reader=reader), request_id)
    drain(svc)
    finish_request(svc, request_id)
    return get_document(svc, request_id)
