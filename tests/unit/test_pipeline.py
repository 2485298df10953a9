"""The request story on the local backend: transitions are compare-and-set and safe to repeat."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.backends.base import RequestRecord, Task, TaskKind
from ingest.codes import ExtractionMethod, FileStage, FileStatus, RejectionCode, RequestStatus
from ingest.errors import RequestNotFound
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.models import RequestDocument
from ingest.pipeline import DeclaredFile, create_request, drain, get_document, receive_file
from ingest.services import Services
from ingest.settings import Limits
from ingest.stages.extraction import Extraction

MINIMAL_PDF = b"%PDF-1.4\n" + b"0" * 64


def _fake_read(limits: Limits, data: bytes, content_type: str) -> Extraction:
    """Stands in for integration + extraction: one statement with one transaction per file."""
    statement = RawStatement(
        institution="Test Bank",
        account_number=f"12-{data[-1]}",  # files ending differently are different accounts
        opening_balance=Decimal("10.00"),
        closing_balance=Decimal("5.00"),
        transactions=[RawTransaction(None, "FEE", Decimal("-5.00"), Decimal("5.00"), page=1, confidence=1.0)],
    )
    return Extraction(pages=1, method=ExtractionMethod.TEXT, ocr_confidence=None, statements=[statement])


class InProcessReader:
    """The fake reader in this process, no child: for steps whose fakes a child would not see."""

    def run(self, limits: Limits, data: bytes, content_type: str, **limits_of_the_run: object) -> Extraction:
        return _fake_read(limits, data, content_type)


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "read_file", _fake_read)


def test_request_waits_for_every_declared_file(services: Services, fake_reader: None) -> None:
    request, files = create_request(services, "t", "ref", [DeclaredFile("a.pdf"), DeclaredFile("b.pdf")])
    receive_file(services, request.request_id, files[0].file_id, MINIMAL_PDF + b"a")
    assert get_document(services, request.request_id).status is RequestStatus.AWAITING_FILES

    receive_file(services, request.request_id, files[1].file_id, MINIMAL_PDF + b"b")
    assert get_document(services, request.request_id).status is RequestStatus.OCR_INTEGRATION_STARTED
    drain(services)

    document = get_document(services, request.request_id)
    assert document.status is RequestStatus.COMPLETED
    assert [f.status for f in document.files] == [FileStatus.ACCEPTED, FileStatus.ACCEPTED]
    assert len(document.accounts) == 2


def test_duplicate_keeps_the_first_in_upload_order(services: Services, fake_reader: None) -> None:
    request, files = create_request(services, "t", "ref", [DeclaredFile("z.pdf"), DeclaredFile("a.pdf")])
    for record in files:
        receive_file(services, request.request_id, record.file_id, MINIMAL_PDF)
    drain(services)

    document = get_document(services, request.request_id)
    assert document.status is RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    first, second = document.files
    assert (first.name, first.status) == ("z.pdf", FileStatus.ACCEPTED)
    assert second.rejection is not None
    assert second.rejection.code is RejectionCode.DUPLICATE_FILE
    assert "z.pdf" in second.rejection.message


def test_repeated_arrival_and_redelivered_tasks_change_nothing(services: Services, fake_reader: None) -> None:
    request, files = create_request(services, "t", "ref", [DeclaredFile("a.pdf")])
    receive_file(services, request.request_id, files[0].file_id, MINIMAL_PDF)
    receive_file(services, request.request_id, files[0].file_id, MINIMAL_PDF)  # a repeated S3 event
    drain(services)
    first = get_document(services, request.request_id)

    pipeline.process_file(services, request.request_id, files[0].file_id)  # a redelivered message
    pipeline.finish_request(services, request.request_id)
    drain(services)

    again = get_document(services, request.request_id)
    assert again == first
    assert sum(len(a.transactions) for a in again.accounts) == 1


def test_all_rejected_is_integration_failure(services: Services) -> None:
    request, files = create_request(services, "t", "ref", [DeclaredFile("empty.pdf"), DeclaredFile("x.docx")])
    receive_file(services, request.request_id, files[0].file_id, b"")
    receive_file(services, request.request_id, files[1].file_id, b"PK\x03\x04" + b"\0" * 40)
    drain(services)

    document = get_document(services, request.request_id)
    assert document.status is RequestStatus.OCR_FILES_INTEGRATION_FAILURE
    assert [f.rejection.code for f in document.files if f.rejection] == [
        RejectionCode.EMPTY_FILE,
        RejectionCode.UNSUPPORTED_FILE_TYPE,
    ]
    assert [w.code for w in document.warnings] == ["NoAccounts"]


def test_extraction_is_queued_once_per_file(services: Services) -> None:
    request, files = create_request(services, "t", "ref", [DeclaredFile("a.pdf")])
    receive_file(services, request.request_id, files[0].file_id, MINIMAL_PDF)
    task = services.queue.take()  # type: ignore[attr-defined]
    assert (task.kind, task.file_id) == (TaskKind.EXTRACT, files[0].file_id)
    assert services.status.list_files(request.request_id)[0].stage is FileStage.UPLOADED


def test_unknown_request_and_other_tenant_are_not_found(services: Services) -> None:
    request, _ = create_request(services, "tenant-a", "ref", [DeclaredFile("a.pdf")])
    with pytest.raises(RequestNotFound):
        get_document(services, "no-such-id")
    with pytest.raises(RequestNotFound):
        get_document(services, request.request_id, tenant="tenant-b")
    assert get_document(services, request.request_id, tenant="tenant-a").reference == "ref"


def test_run_local_resumes_an_unfinished_request(
    services: Services, fake_reader: None, tmp_path: Path
) -> None:
    paths = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for i, path in enumerate(paths):
        path.write_bytes(MINIMAL_PDF + bytes([i]))
    request, files = create_request(
        services, pipeline.LOCAL_TENANT, "ref", [DeclaredFile(p.name) for p in paths]
    )
    receive_file(services, request.request_id, files[0].file_id, paths[0].read_bytes())  # then the run died

    document = pipeline.run_local(services, paths, "ref")

    assert document.request_id == request.request_id
    assert document.status is RequestStatus.COMPLETED
    assert len(document.files) == 2


def test_a_hook_lost_with_its_worker_runs_when_the_task_comes_back(
    services: Services, fake_reader: None
) -> None:
    """The worker that ends a request dies after the transition, before its hook (a webhook) has run."""
    ran: list[RequestStatus] = []

    def dies(svc: Services, request: RequestRecord, document: RequestDocument) -> None:
        raise RuntimeError("the worker died here")

    def hook(svc: Services, request: RequestRecord, document: RequestDocument) -> None:
        ran.append(document.status)

    request, files = create_request(services, "t", "ref", [DeclaredFile("a.pdf")])
    receive_file(services, request.request_id, files[0].file_id, MINIMAL_PDF)
    with pytest.raises(RuntimeError):
        drain(replace(services, on_finished=dies))
    assert get_document(services, request.request_id).status is RequestStatus.COMPLETED

    # The unacknowledged task is redelivered. Soon after the end (a duplicate task while the first
    # worker may still be running the hook) it leaves the hook alone; later, the hook runs once more.
    task = Task(TaskKind.VALIDATE, request.request_id)
    ended = services.status.get_request(request.request_id)
    assert ended is not None
    for late, expected in ((dt.timedelta(seconds=5), []), (pipeline.HOOK_GRACE, [RequestStatus.COMPLETED])):
        pipeline.handle(
            replace(services, on_finished=hook, clock=lambda late=late: ended.updated_at + late), task
        )
        assert ran == expected
