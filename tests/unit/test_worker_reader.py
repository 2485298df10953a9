"""The AWS worker reads its files as a backfill worker does: one reader child, kept from file to file."""

from __future__ import annotations

from pathlib import Path

from ingest import pipeline, worker
from ingest.backends.base import TaskKind
from ingest.codes import FileStatus
from ingest.pipeline import DeclaredFile, create_request, receive_file
from ingest.services import in_process_queue
from ingest.settings import Settings
from tests.unit.ocr.pages import statement_pdf


def test_a_worker_reads_file_after_file_in_one_kept_reader_child(tmp_path: Path) -> None:
    svc = worker.worker_services(Settings(home=tmp_path / "home"))
    assert svc.reader is not None
    files = {"march.pdf": statement_pdf(), "april.pdf": statement_pdf(size=12)}
    request, records = create_request(svc, "t", "kept", [DeclaredFile(name) for name in files])
    for record in records:
        receive_file(svc, request.request_id, record.file_id, files[record.result.name])
    readers = []
    try:
        queue = in_process_queue(svc)
        while (task := queue.take()) is not None:
            pipeline.handle(svc, task)
            if task.kind is TaskKind.EXTRACT:
                readers.append(svc.reader.child_pid)
    finally:
        svc.reader.close()
    assert len(readers) == 2
    assert readers[0] is not None and readers[0] == readers[1], "each file had a reader child of its own"
    document = pipeline.get_document(svc, request.request_id)
    assert [f.status for f in document.files] == [FileStatus.ACCEPTED, FileStatus.ACCEPTED]
    assert svc.reader.child_pid is None
