"""Duplicate deliveries handled by parallel workers at once: every file and transaction counts once.

On the aws backend the work goes through `worker.process_batch`, the function Lambda and `ingest worker`
call, with the S3 event S3 itself queued; on the local backend through the same pipeline steps.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from contract_backends import Backend

from devtools.realworld import VENDORED
from ingest import pipeline
from ingest.backends.base import FileRecord, RequestRecord, StatusStore, Task
from ingest.blobkeys import upload_key
from ingest.codes import FileStage, RequestStatus
from ingest.models import RequestDocument
from ingest.pipeline import DeclaredFile
from ingest.services import Services, open_services
from ingest.settings import Settings

STATEMENT = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20190610.pdf"
WORKERS = 4


class CountingStatus:
    """The backend's status store, counting the transitions that won."""

    def __init__(self, inner: StatusStore) -> None:
        self.inner = inner
        self.file_wins: list[FileStage] = []
        self.status_wins: list[RequestStatus] = []
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def update_file(self, record: FileRecord, expected: FileStage) -> bool:
        won = self.inner.update_file(record, expected)
        if won:
            with self._lock:
                self.file_wins.append(record.stage)
        return won

    def set_status(self, request_id: str, expected: RequestStatus, new: RequestStatus) -> bool:
        won = self.inner.set_status(request_id, expected, new)
        if won:
            with self._lock:
                self.status_wins.append(new)
        return won


def _all_at_once(work: Callable[[], object]) -> None:
    start = threading.Barrier(WORKERS)
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            work()
        except BaseException as e:  # surfaced below, in the test's thread
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors


def _transactions(document: RequestDocument) -> list[tuple[object, ...]]:
    return [(t.date, t.description, t.amount, t.balance) for a in document.accounts for t in a.transactions]


def test_parallel_duplicate_deliveries_count_once(backend: Backend, tmp_path: Path) -> None:
    counting = CountingStatus(backend.svc.status)
    finished: list[str] = []
    svc: Services = replace(
        backend.svc,
        status=counting,
        on_finished=lambda s, request, document: finished.append(request.request_id),
    )
    data = STATEMENT.read_bytes()
    request, records = pipeline.create_request(
        svc, "tenant-a", "loan", [DeclaredFile("statement.pdf", len(data))]
    )
    file_id = records[0].file_id

    # The upload arrives, and its event is delivered to every worker at once.
    arrive = _arrival(backend, svc, request, file_id, data)
    _all_at_once(arrive)
    tasks = backend.received()
    assert tasks, "no extraction task was queued"
    # Each queued task handed to every worker at once, stage after stage. (Repeats of a task, queued by
    # the repeated arrivals, would be more of the same: run each distinct task once per round.)
    while tasks:
        for task in dict.fromkeys(tasks):
            _all_at_once(_runner(backend, svc, task))
        tasks = backend.received()

    assert counting.file_wins == [FileStage.UPLOADED, FileStage.EXTRACTED]
    # Each transition won once. Their order in the list is not asserted: a worker that won one
    # transition may record it after another worker has already won the next.
    assert Counter(counting.status_wins) == Counter(
        [RequestStatus.OCR_FILES_UPLOADED, RequestStatus.OCR_INTEGRATION_STARTED, RequestStatus.COMPLETED]
    )
    assert finished == [request.request_id]
    document = pipeline.get_document(svc, request.request_id, "tenant-a")
    assert _transactions(document) == _transactions(_uninterrupted(tmp_path))


def _arrival(
    backend: Backend, svc: Services, request: RequestRecord, file_id: str, data: bytes
) -> Callable[[], object]:
    if backend.name != "aws":
        return lambda: pipeline.receive_file(svc, request.request_id, file_id, data)
    from ingest.worker import process_batch

    svc.blobs.put(upload_key(request, file_id), data)  # S3 queues its ObjectCreated event
    event = _sqs_event(_s3_event_bodies(backend))

    def deliver() -> None:
        assert process_batch(svc, event) == {"batchItemFailures": []}

    return deliver


def _s3_event_bodies(backend: Backend) -> list[str]:
    """The event bodies S3 itself queued, keys URL-encoded as S3 sends them."""
    from ingest.backends.aws import SqsQueue

    queue = backend.svc.queue
    assert isinstance(queue, SqsQueue)
    bodies = []
    while messages := queue.receive(10, 1):
        for m in messages:
            if "Records" in json.loads(m["Body"]):
                bodies.append(m["Body"])
            queue.delete(m["ReceiptHandle"])
        if bodies:
            break
    assert bodies and "%2F" in bodies[0]
    return bodies


def _sqs_event(bodies: list[str]) -> dict[str, Any]:
    return {
        "Records": [
            {
                "messageId": f"m-{i}",
                "receiptHandle": f"r-{i}",
                "body": body,
                "attributes": {},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:q",
                "awsRegion": "us-east-1",
            }
            for i, body in enumerate(bodies)
        ]
    }


def _runner(backend: Backend, svc: Services, task: Task) -> Callable[[], object]:
    if backend.name != "aws":
        return lambda: pipeline.handle(svc, task)
    from ingest.backends.aws import task_body
    from ingest.worker import process_batch

    event = _sqs_event([task_body(task)])
    return lambda: process_batch(svc, event)


def _uninterrupted(tmp_path: Path) -> RequestDocument:
    path = tmp_path / "reference" / "statement.pdf"
    path.parent.mkdir()
    path.write_bytes(STATEMENT.read_bytes())
    svc = open_services(Settings(home=tmp_path / "reference-home"))
    return pipeline.run_local(svc, [path], "reference")
