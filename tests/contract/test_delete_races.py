"""A delete is final on both backends: a step that was running for the request writes nothing that stays."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from contract_backends import Backend

from ingest import pipeline
from ingest.backends.aws import S3BlobStore
from ingest.backends.local import DirectoryBlobStore
from ingest.backends.memory import MemoryBlobStore
from ingest.codes import RequestStatus
from ingest.errors import RequestNotFound
from ingest.pipeline import DeclaredFile, create_request, delete_request, get_document, receive_file
from ingest.services import Services
from ingest.settings import Limits
from ingest.stages.extraction import Extraction
from tests.unit.test_pipeline import MINIMAL_PDF, InProcessReader, _fake_read


def stored_keys(svc: Services, request_id: str) -> list[str]:
    """Every blob of the store whose key names the request."""
    if isinstance(svc.blobs, MemoryBlobStore):
        return [key for key in svc.blobs.keys() if request_id in key]  # noqa: SIM118  (a store, not a dict)
    if isinstance(svc.blobs, DirectoryBlobStore):
        root = svc.blobs.root
        return [p.relative_to(root).as_posix() for p in Path(root).rglob("*") if request_id in p.as_posix()]
    assert isinstance(svc.blobs, S3BlobStore)
    pages = svc.blobs.client.get_paginator("list_objects_v2").paginate(Bucket=svc.blobs.bucket)
    return [item["Key"] for page in pages for item in page.get("Contents", []) if request_id in item["Key"]]


def run_queued(backend: Backend, svc: Services) -> None:
    """Run the queued tasks to the end, as the worker does (a task of a deleted request is dropped)."""
    if backend.name in ("local", "memory"):
        pipeline.drain(svc)
        return
    while tasks := backend.received():
        for task in tasks:
            with contextlib.suppress(RequestNotFound):
                pipeline.handle(svc, task)


class DeletedWhileRead:
    """A reader during whose work the request is deleted (`DELETE /requests/{id}` mid-extraction)."""

    def __init__(self, svc: Services, doomed: str) -> None:
        self.svc = svc
        self.doomed = doomed

    def run(self, limits: Limits, data: bytes, content_type: str, **limits_of_the_run: object) -> Extraction:
        if self.svc.status.get_request(self.doomed) is not None:
            delete_request(self.svc, self.doomed)
        return _fake_read(limits, data, content_type)


def test_a_delete_during_extraction_leaves_nothing_and_stops_no_one(backend: Backend) -> None:
    svc = backend.svc
    doomed, doomed_files = create_request(svc, "tenant-a", "doomed", [DeclaredFile("a.pdf")])
    kept, kept_files = create_request(svc, "tenant-b", "kept", [DeclaredFile("b.pdf")])
    svc = replace(svc, reader=DeletedWhileRead(svc, doomed.request_id))  # type: ignore[arg-type]
    receive_file(svc, doomed.request_id, doomed_files[0].file_id, MINIMAL_PDF + b"a")
    receive_file(svc, kept.request_id, kept_files[0].file_id, MINIMAL_PDF + b"b")

    run_queued(backend, svc)

    assert svc.status.get_request(doomed.request_id) is None
    assert svc.status.list_files(doomed.request_id) == []
    assert stored_keys(svc, doomed.request_id) == []  # no results file written after the delete
    assert get_document(svc, kept.request_id).status is RequestStatus.COMPLETED


class DeletedBeforeTheDocument:
    """The blob store as the validator sees it when the delete lands just before its document write."""

    def __init__(self, svc: Services, doomed: str) -> None:
        self.svc = svc
        self.doomed = doomed

    def put(self, key: str, data: bytes) -> None:
        if key.endswith("/document.json"):
            delete_request(self.svc, self.doomed)
        self.svc.blobs.put(key, data)

    def put_new(self, key: str, data: bytes) -> bool:
        return self.svc.blobs.put_new(key, data)

    def get(self, key: str) -> bytes:
        return self.svc.blobs.get(key)

    def delete_prefix(self, prefix: str) -> int:
        return self.svc.blobs.delete_prefix(prefix)


def test_a_document_written_after_the_delete_does_not_stay(backend: Backend) -> None:
    svc = backend.svc
    request, files = create_request(svc, "tenant-a", "doomed", [DeclaredFile("a.pdf")])
    racing = replace(svc, blobs=DeletedBeforeTheDocument(svc, request.request_id), reader=InProcessReader())
    receive_file(racing, request.request_id, files[0].file_id, MINIMAL_PDF)

    run_queued(backend, racing)

    assert svc.status.get_request(request.request_id) is None
    assert stored_keys(svc, request.request_id) == []
