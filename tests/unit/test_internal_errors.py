"""Our failures are ours: a bug or a missing engine is PROCESSING_ERROR (retried first on AWS), never the
applicant's CORRUPT_FILE; a damaged file that breaks a parser is still CORRUPT_FILE."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from moto import mock_aws
from PIL import Image

from ingest import pipeline, worker
from ingest.backends.aws import MAX_RECEIVE_COUNT, PROCESSING_ATTEMPTS, SqsQueue, init_resources, task_body
from ingest.backends.base import Task, TaskKind
from ingest.codes import FileStage, FileStatus, RejectionCode
from ingest.errors import CorruptFile, EngineMissing
from ingest.pipeline import DeclaredFile, create_request, receive_file, run_local
from ingest.services import Services, in_process_queue, open_services
from ingest.settings import Limits, Settings
from ingest.stages import extraction
from tests.unit.ocr.pages import statement_pdf

SECRET = "JOHN Q CUSTOMER 12345678"
ROOT = Path(__file__).resolve().parents[2]


def _table_bug(limits: Limits, data: bytes, content_type: str) -> object:
    """A reader with a bug of ours: a lookup the code assumed would succeed."""
    columns: dict[str, int] = {}
    return columns[SECRET]


def test_a_bug_in_the_reader_is_PROCESSING_ERROR_not_CORRUPT_FILE(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pipeline, "read_file", _table_bug)
    statement = tmp_path / "statement.pdf"
    statement.write_bytes(statement_pdf())
    with caplog.at_level(logging.INFO):
        document = run_local(services, [statement], "bug")
    [result] = document.files
    assert result.status is FileStatus.REJECTED
    assert result.rejection is not None
    assert result.rejection.code is RejectionCode.PROCESSING_ERROR
    assert result.rejection.message == (
        "We could not read this file because of a problem on our side; it has been logged; "
        "you do not need to upload it again."
    )
    # The operator sees what failed and where; the statement's contents appear nowhere.
    [failure] = [r for r in caplog.records if r.getMessage() == "reader failed"]
    assert failure.error == "KeyError"  # type: ignore[attr-defined]
    assert "_table_bug" in failure.where  # type: ignore[attr-defined]
    assert SECRET not in caplog.text
    assert SECRET not in document.model_dump_json()


def _sqs_event(task: Task, receive_count: int) -> dict[str, object]:
    return {
        "Records": [
            {
                "messageId": f"message-{receive_count}",
                "receiptHandle": "handle",
                "body": task_body(task),
                "attributes": {"ApproximateReceiveCount": str(receive_count)},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:ingest",
                "awsRegion": "us-east-1",
            }
        ]
    }


def test_on_aws_a_failure_of_ours_is_retried_before_the_file_is_rejected(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert PROCESSING_ATTEMPTS < MAX_RECEIVE_COUNT, "the file must be decided before its task is parked"
    monkeypatch.setattr(pipeline, "read_file", _table_bug)
    svc = replace(services, attempts=PROCESSING_ATTEMPTS)
    request, [record] = create_request(svc, "t", "retried", [DeclaredFile("statement.pdf")])
    receive_file(svc, request.request_id, record.file_id, statement_pdf())
    task = in_process_queue(svc).take()
    assert task == Task(TaskKind.EXTRACT, request.request_id, record.file_id)

    for receive_count in range(1, PROCESSING_ATTEMPTS):
        answer = worker.process_batch(svc, _sqs_event(task, receive_count))
        # Handed back for redelivery: the failure may be passing (a dependency, a deploy in progress).
        assert answer == {"batchItemFailures": [{"itemIdentifier": f"message-{receive_count}"}]}
        [stored] = svc.status.list_files(request.request_id)
        assert stored.stage is FileStage.UPLOADED

    answer = worker.process_batch(svc, _sqs_event(task, PROCESSING_ATTEMPTS))
    assert answer == {"batchItemFailures": []}
    [stored] = svc.status.list_files(request.request_id)
    assert stored.result.rejection is not None
    assert stored.result.rejection.code is RejectionCode.PROCESSING_ERROR


def _pages_from(reader: object) -> object:
    def read_pages(limits: Limits, data: bytes, content_type: str, **hooks: object) -> object:
        return reader()  # type: ignore[operator]

    return read_pages


def test_a_parser_failing_on_the_files_bytes_is_CORRUPT_FILE(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        extraction, "read_pages", _pages_from(lambda: Image.open(io.BytesIO(b"\x89PNG broken")))
    )
    with pytest.raises(CorruptFile):
        extraction.extract(Limits(), b"", extraction.Integrated("image/png", 1))


def test_a_failure_in_our_own_code_is_not_blamed_on_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction, "read_pages", _pages_from(lambda: {}["page"]))
    with pytest.raises(KeyError):
        extraction.extract(Limits(), b"", extraction.Integrated("image/png", 1))


def _without_tesseract(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "bin"
    empty.mkdir()
    return {**os.environ, "PATH": str(empty), "INGEST_HOME": str(tmp_path / "home")}


@pytest.mark.parametrize("command", [["run", "{pdf}"], ["backfill", "{dir}", "--out", "{dir}/out"]])
def test_a_missing_tesseract_stops_the_command_at_start_saying_how_to_install_it(
    tmp_path: Path, command: list[str]
) -> None:
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(statement_pdf())  # a text PDF: the old code read it and never noticed
    args = [a.format(pdf=pdf, dir=tmp_path) for a in command]
    done = subprocess.run(
        [sys.executable, "-m", "ingest", *args],
        check=False,
        env=_without_tesseract(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert "Tesseract OCR is not installed" in done.stderr
    assert "apt-get install tesseract-ocr" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "home").exists(), "nothing may be processed"


def test_a_worker_without_tesseract_refuses_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EngineMissing):
        worker.worker_services(Settings(home=tmp_path / "home"))
    assert not (tmp_path / "home").exists()


@pytest.mark.usefixtures("fake_aws_credentials")
def test_on_sqs_a_task_that_failed_on_our_side_comes_back_soon_and_is_decided_on_its_last_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Left to the visibility timeout (an hour), each retry would keep the applicant waiting that long.
    monkeypatch.setattr(pipeline, "read_file", _table_bug)
    monkeypatch.setattr(worker, "PROCESSING_RETRY_S", 0)  # back at once, so the test need not wait
    with mock_aws():
        settings = Settings(backend="aws", home=tmp_path, bucket="retry", table="retry", queue="retry")
        init_resources(settings)
        svc = open_services(settings)
        assert isinstance(svc.queue, SqsQueue)
        request, [record] = create_request(svc, "t", "retried", [DeclaredFile("statement.pdf")])
        receive_file(svc, request.request_id, record.file_id, statement_pdf())

        deliveries = []
        for _ in range(PROCESSING_ATTEMPTS + 2):
            messages = [m for m in svc.queue.receive(10, 0) if '"EXTRACT"' in m["Body"]]
            deliveries += [int(m["Attributes"]["ApproximateReceiveCount"]) for m in messages]
            worker.handle_received(svc, svc.queue, messages)
        assert deliveries == list(range(1, PROCESSING_ATTEMPTS + 1))
        [stored] = svc.status.list_files(request.request_id)
        assert stored.result.rejection is not None
        assert stored.result.rejection.code is RejectionCode.PROCESSING_ERROR
