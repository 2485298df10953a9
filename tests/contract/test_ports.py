"""BlobStore, StatusStore and WorkQueue keep the same promises on every backend."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from contract_backends import Backend

from ingest.backends.base import BlobStore, FileRecord, RequestRecord, StatusStore, Task, TaskKind, WorkQueue
from ingest.codes import FileStage, FileStatus, RequestStatus
from ingest.models import FileResult

NOW = dt.datetime(2026, 3, 4, 12, 30, tzinfo=dt.UTC)


def _request(
    request_id: str = "req-1", tenant: str = "tenant-a", reference: str = "ref", at: dt.datetime = NOW
) -> RequestRecord:
    return RequestRecord(
        request_id=request_id,
        tenant=tenant,
        reference=reference,
        status=RequestStatus.AWAITING_FILES,
        created_at=at,
        updated_at=at,
        callback_url="https://lender.example/hook",
    )


def _files(request_id: str = "req-1", count: int = 3) -> list[FileRecord]:
    # Declared out of seq order on purpose: list_files must sort by seq.
    return [
        FileRecord(
            request_id=request_id,
            file_id=f"file-{seq}",
            seq=seq,
            stage=FileStage.DECLARED,
            result=FileResult(file_id=f"file-{seq}", name=f"{seq}.pdf", size=100 + seq),
            declared_size=100 + seq,
            updated_at=NOW,
        )
        for seq in reversed(range(count))
    ]


# BlobStore
def test_blob_round_trip_is_byte_exact(blobs: BlobStore) -> None:
    data = bytes(range(256)) * 10
    blobs.put("requests/t/r/f", data)
    assert blobs.get("requests/t/r/f") == data
    blobs.put("requests/t/r/f", b"second")
    assert blobs.get("requests/t/r/f") == b"second"


def test_missing_blob_is_key_error(blobs: BlobStore) -> None:
    with pytest.raises(KeyError):
        blobs.get("requests/t/r/nothing")


def test_delete_prefix_removes_that_request_only(blobs: BlobStore) -> None:
    for key in ("requests/t/r1/a", "requests/t/r1/b", "results/t/r1/doc.json", "requests/t/r10/a"):
        blobs.put(key, b"x")
    assert blobs.delete_prefix("requests/t/r1/") == 2
    assert blobs.delete_prefix("requests/t/r1/") == 0
    with pytest.raises(KeyError):
        blobs.get("requests/t/r1/a")
    assert blobs.get("requests/t/r10/a") == b"x"  # a sibling whose id shares the prefix text
    assert blobs.get("results/t/r1/doc.json") == b"x"


# StatusStore
def test_request_and_files_round_trip(status: StatusStore) -> None:
    status.create_request(_request(), _files())
    assert status.get_request("req-1") == _request()
    files = status.list_files("req-1")
    assert [f.seq for f in files] == [0, 1, 2]
    assert files == sorted(_files(), key=lambda f: f.seq)


def test_unknown_request_reads_as_none(status: StatusStore) -> None:
    assert status.get_request("no-such-request") is None
    assert status.list_files("no-such-request") == []


def test_file_transition_is_compare_and_set(status: StatusStore) -> None:
    status.create_request(_request(), _files())
    record = status.list_files("req-1")[0]
    result = record.result.model_copy(update={"sha256": "ab" * 32, "content_type": "application/pdf"})
    uploaded = replace(record, stage=FileStage.UPLOADED, result=result, etag='"etag-1"')
    assert status.update_file(uploaded, expected=FileStage.DECLARED)
    # The same transition again (a redelivered message) is refused and changes nothing.
    rejected = replace(
        record,
        stage=FileStage.REJECTED,
        result=record.result.model_copy(update={"status": FileStatus.REJECTED}),
    )
    assert not status.update_file(rejected, expected=FileStage.DECLARED)
    assert status.list_files("req-1")[0] == uploaded
    missing = replace(uploaded, file_id="file-none")
    assert not status.update_file(missing, expected=FileStage.UPLOADED)


def test_request_transition_is_compare_and_set(status: StatusStore) -> None:
    status.create_request(_request(), _files())
    assert status.set_status("req-1", RequestStatus.AWAITING_FILES, RequestStatus.OCR_FILES_UPLOADED)
    assert not status.set_status("req-1", RequestStatus.AWAITING_FILES, RequestStatus.OCR_FILES_UPLOADED)
    stored = status.get_request("req-1")
    assert stored is not None
    assert stored.status is RequestStatus.OCR_FILES_UPLOADED
    assert stored.updated_at >= NOW
    assert not status.set_status("no-such-request", RequestStatus.AWAITING_FILES, RequestStatus.COMPLETED)


def test_find_request_is_per_tenant_and_newest_first(status: StatusStore) -> None:
    status.create_request(_request("old", reference="loan#1"), [])
    status.create_request(_request("new", reference="loan#1", at=NOW + dt.timedelta(hours=1)), [])
    status.create_request(_request("other", reference="loan", tenant="tenant-a"), [])
    status.create_request(_request("theirs", reference="loan#1", tenant="tenant-b"), [])
    found = status.find_request("tenant-a", "loan#1")
    assert found is not None
    assert found.request_id == "new"
    other = status.find_request("tenant-a", "loan")
    assert other is not None
    assert other.request_id == "other"  # "loan" is not a prefix match of "loan#1"
    assert status.find_request("tenant-c", "loan#1") is None


def test_delete_request_removes_request_and_files(status: StatusStore) -> None:
    status.create_request(_request(), _files())
    status.delete_request("req-1")
    assert status.get_request("req-1") is None
    assert status.list_files("req-1") == []
    assert status.find_request("tenant-a", "ref") is None


@pytest.mark.parametrize("workers", [8])
def test_concurrent_transitions_have_one_winner(backend: Backend, workers: int) -> None:
    """Real concurrency: threads on SQLite, threads on the moto server over HTTP."""
    status = backend.svc.status
    status.create_request(_request(), _files())
    record = replace(status.list_files("req-1")[0], stage=FileStage.UPLOADED)
    start = threading.Barrier(workers)
    file_wins: list[bool] = []
    status_wins: list[bool] = []

    def contend() -> None:
        start.wait()
        file_wins.append(status.update_file(record, expected=FileStage.DECLARED))
        status_wins.append(
            status.set_status("req-1", RequestStatus.AWAITING_FILES, RequestStatus.OCR_FILES_UPLOADED)
        )

    threads = [threading.Thread(target=contend) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert file_wins.count(True) == 1
    assert status_wins.count(True) == 1


# WorkQueue
def test_sent_tasks_are_delivered_intact(backend: Backend, queue: WorkQueue) -> None:
    tasks = [Task(TaskKind.EXTRACT, "req-1", f"file-{i}") for i in range(3)] + [
        Task(TaskKind.VALIDATE, "req-1")
    ]
    for task in tasks:
        queue.send(task)
    received = backend.received()
    assert sorted(received, key=str) == sorted(tasks, key=str)
