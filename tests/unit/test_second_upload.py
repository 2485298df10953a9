"""A second upload to the same URL: the first one is the one read, and the recorded sha256 is always that
of the bytes read.

Locally the first arrival is stored with an atomic create, so a second cannot replace it. On AWS a
presigned POST cannot refuse an overwrite: the worker reads the object again when it processes the file,
and a file whose bytes are no longer the ones recorded at arrival is rejected UPLOAD_REPLACED, never read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from moto import mock_aws

from ingest import pipeline, worker
from ingest.api.app import App
from ingest.api.uploads import LocalUploads
from ingest.codes import FileStage, RejectionCode
from ingest.pipeline import DeclaredFile
from ingest.services import Services, open_services
from ingest.settings import Settings
from tests.unit.test_secrets_and_files import at_once

FIRST = b"%PDF-1.7\n% the first upload\n" + b"1" * 5000
SECOND = b"%PDF-1.7\n% the second upload\n" + b"2" * 5000


def _form(fields: dict[str, str], data: bytes) -> tuple[str, bytes]:
    parts = [
        f'--b0undary\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'
        + data
        + b"\r\n"
    )
    return "multipart/form-data; boundary=b0undary", b"".join(parts) + b"--b0undary--\r\n"


def test_concurrent_uploads_to_one_url_record_the_hash_of_the_stored_bytes(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, api_keys={"key-a": "tenant-a"}, public_url="http://127.0.0.1:8080")
    app = App(open_services(settings), LocalUploads(b"s" * 32, tmp_path / "incoming"))
    declared = json.dumps({"reference": "r", "files": [{"name": "a.pdf", "size": len(FIRST)}]}).encode()
    for _ in range(30):
        created = json.loads(app.handle("POST", "/requests", {"x-api-key": "key-a"}, declared).body)
        [offer] = created["uploads"]
        bodies = [_form(offer["fields"], data) for data in (FIRST, SECOND)]
        statuses = at_once(
            lambda body: app.handle("POST", "/uploads", {"content-type": body[0]}, body[1]).status, bodies
        )
        assert statuses == [204, 204]
        [record] = app.svc.status.list_files(created["request_id"])
        stored = app.svc.blobs.get(f"requests/tenant-a/{created['request_id']}/{record.file_id}")
        assert stored in (FIRST, SECOND)
        assert record.result.sha256 == hashlib.sha256(stored).hexdigest()


@pytest.fixture
def aws(fake_aws_credentials: None, tmp_path: Path) -> Iterator[Services]:
    with mock_aws():
        from ingest.backends.aws import init_resources

        settings = Settings(
            backend="aws", home=tmp_path, bucket="ingest-race", table="ingest-race", queue="ingest-race"
        )
        init_resources(settings)
        yield open_services(settings)


def test_an_s3_object_replaced_after_arrival_is_rejected_not_read(aws: Services) -> None:
    from ingest.backends.aws import S3BlobStore

    assert isinstance(aws.blobs, S3BlobStore)
    request, [record] = pipeline.create_request(aws, "tenant-a", "r", [DeclaredFile("a.pdf", len(FIRST))])
    key = pipeline.upload_key(request, record.file_id)
    s3 = aws.blobs.client
    first = s3.put_object(Bucket=aws.blobs.bucket, Key=key, Body=FIRST)["ETag"]
    worker.upload_arrived(aws, key, first.strip('"'))
    second = s3.put_object(Bucket=aws.blobs.bucket, Key=key, Body=SECOND)["ETag"]
    worker.upload_arrived(aws, key, second.strip('"'))  # the second POST's event: ignored
    [arrived] = aws.status.list_files(request.request_id)
    assert arrived.result.sha256 == hashlib.sha256(FIRST).hexdigest()

    pipeline.process_file(aws, request.request_id, record.file_id)
    [processed] = aws.status.list_files(request.request_id)
    assert processed.stage is FileStage.REJECTED
    assert processed.result.rejection is not None
    assert processed.result.rejection.code is RejectionCode.UPLOAD_REPLACED
    assert "uploaded twice" in processed.result.rejection.message


def test_put_new_never_replaces_a_stored_blob(aws: Services, services: Services) -> None:
    for blobs in (aws.blobs, services.blobs):
        assert blobs.put_new("requests/t/r/f", FIRST)
        assert not blobs.put_new("requests/t/r/f", SECOND)
        assert blobs.get("requests/t/r/f") == FIRST


def test_an_arrival_finding_bytes_already_stored_records_those(services: Services) -> None:
    # A second arrival whose bytes lost the race to be stored: the stored (first) bytes are hashed.
    request, [record] = pipeline.create_request(
        services, "tenant-a", "r", [DeclaredFile("a.pdf", len(FIRST))]
    )
    assert services.blobs.put_new(pipeline.upload_key(request, record.file_id), FIRST)
    pipeline.receive_file(services, request.request_id, record.file_id, SECOND)
    [received] = services.status.list_files(request.request_id)
    assert received.result.sha256 == hashlib.sha256(FIRST).hexdigest()
    assert services.blobs.get(pipeline.upload_key(request, record.file_id)) == FIRST
