"""The Lambda adapters, driven by canned events from tests/events/ on moto (in process)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from moto import mock_aws

from devtools.realworld import VENDORED
from ingest.backends.base import FileRecord, RequestRecord
from ingest.codes import FileStage, RequestStatus
from ingest.models import FileResult
from tests.unit.test_api_webhooks import fake_dns

EVENTS = Path(__file__).resolve().parents[1] / "events"
REQUEST_ID = "0b8c6f0e-3d4a-4a57-9c1e-5d1f2a7b9e10"  # the ids the canned events carry
FILE_ID = "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99"
TENANT = "acme bank"  # a space: its key arrives URL-encoded as "acme+bank"
STATEMENT = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20190610.pdf"


@dataclass
class FakeContext:
    function_name: str = "ingest-worker"
    memory_limit_in_mb: int = 2048
    invoked_function_arn: str = "arn:aws:lambda:eu-west-2:123456789012:function:ingest-worker"
    aws_request_id: str = "52fdfc07-2182-454f-963f-5f0f9a621d72"

    def get_remaining_time_in_millis(self) -> int:
        return 300_000


def _event(name: str) -> dict[str, Any]:
    return dict(json.loads((EVENTS / name).read_text()))


@pytest.fixture
def handlers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-2")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("INGEST_BACKEND", "aws")
    monkeypatch.setenv("INGEST_BUCKET", "ingest-uploads-example")
    monkeypatch.setenv("INGEST_TABLE", "ingest-example")
    monkeypatch.setenv("INGEST_QUEUE", "ingest-work")
    monkeypatch.setenv("INGEST_API_KEYS", f"key-acme:{TENANT},key-other:other-tenant")
    # The canned request's callback host, answered as a public address (no DNS answers it here).
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"lender.example": ["93.184.215.14"]}))
    with mock_aws():
        from ingest.api import lambda_handlers
        from ingest.backends.aws import init_resources
        from ingest.settings import Settings

        for cached in (lambda_handlers._settings, lambda_handlers._app, lambda_handlers._worker_services):
            cached.cache_clear()
        init_resources(Settings.from_env())
        yield lambda_handlers
        for cached in (lambda_handlers._settings, lambda_handlers._app, lambda_handlers._worker_services):
            cached.cache_clear()


def _seed(handlers: Any, data: bytes) -> None:
    """The request the canned events name, declared with one file whose bytes are already in S3."""
    svc = handlers._worker_services()
    now = dt.datetime.now(dt.UTC)
    request = RequestRecord(REQUEST_ID, TENANT, "loan-42", RequestStatus.AWAITING_FILES, now, now)
    record = FileRecord(
        REQUEST_ID,
        FILE_ID,
        0,
        FileStage.DECLARED,
        FileResult(file_id=FILE_ID, name="march.pdf", size=len(data)),
    )
    svc.status.create_request(request, [record])
    svc.blobs.put(f"requests/{TENANT}/{REQUEST_ID}/{FILE_ID}", data)


def test_object_created_event_records_the_arrival_once(handlers: Any) -> None:
    _seed(handlers, STATEMENT.read_bytes())
    event = _event("sqs_s3_object_created.json")
    assert handlers.worker_handler(event, FakeContext()) == {"batchItemFailures": []}
    status = handlers._worker_services().status
    [record] = status.list_files(REQUEST_ID)
    assert record.stage is FileStage.UPLOADED
    assert record.etag == "0f343b0931126a20f133d67c2b018a3b"
    assert record.result.content_type == "application/pdf"
    request = status.get_request(REQUEST_ID)
    assert request is not None
    assert request.status is RequestStatus.OCR_INTEGRATION_STARTED

    # The same event again (S3 and SQS deliver at least once): nothing changes.
    assert handlers.worker_handler(event, FakeContext()) == {"batchItemFailures": []}
    assert status.list_files(REQUEST_ID) == [record]


def test_s3_test_event_is_ignored(handlers: Any) -> None:
    assert handlers.worker_handler(_event("sqs_s3_test_event.json"), FakeContext()) == {
        "batchItemFailures": []
    }


def test_only_the_failed_message_of_a_batch_comes_back(handlers: Any) -> None:
    _seed(handlers, STATEMENT.read_bytes())
    event = _event("sqs_mixed_batch.json")
    result = handlers.worker_handler(event, FakeContext())
    assert result == {"batchItemFailures": [{"itemIdentifier": event["Records"][1]["messageId"]}]}


def test_an_event_for_an_unknown_request_is_dropped_not_retried(handlers: Any) -> None:
    # No request seeded: an object someone put under requests/ without declaring it.
    assert handlers.worker_handler(_event("sqs_s3_object_created.json"), FakeContext()) == {
        "batchItemFailures": []
    }


def test_api_creates_a_request_with_presigned_posts(handlers: Any) -> None:
    response = handlers.api_handler(_event("apigw_v2_post_requests.json"), FakeContext())
    assert response["statusCode"] == 201
    body = json.loads(response["body"])
    assert body["status"] == "AWAITING_FILES"
    assert [u["name"] for u in body["uploads"]] == ["march.pdf", "april scan.png"]
    for upload in body["uploads"]:
        assert upload["method"] == "POST"
        assert upload["fields"]["key"] == f"requests/{TENANT}/{body['request_id']}/{upload['file_id']}"


def test_api_reads_base64_bodies(handlers: Any) -> None:
    response = handlers.api_handler(_event("apigw_v2_post_requests_base64.json"), FakeContext())
    assert response["statusCode"] == 201


def test_api_get_is_202_in_progress_and_private_to_the_tenant(handlers: Any) -> None:
    _seed(handlers, b"%PDF-1.7")
    mine = handlers.api_handler(_event("apigw_v2_get_request.json"), FakeContext())
    assert mine["statusCode"] == 202
    assert json.loads(mine["body"])["status"] == "AWAITING_FILES"
    theirs = handlers.api_handler(_event("apigw_v2_get_request_other_tenant.json"), FakeContext())
    assert theirs["statusCode"] == 404
    assert json.loads(theirs["body"])["code"] == "SESSION_NONEXISTENT"
    anonymous = handlers.api_handler(_event("apigw_v2_get_request_no_key.json"), FakeContext())
    assert anonymous["statusCode"] == 401


def test_api_malformed_body_is_400(handlers: Any) -> None:
    response = handlers.api_handler(_event("apigw_v2_post_requests_malformed.json"), FakeContext())
    assert response["statusCode"] == 400
    assert json.loads(response["body"])["code"] == "MALFORMED_REQUEST"


def test_authorizer_knows_the_api_keys(handlers: Any) -> None:
    assert handlers.authorizer_handler(_event("apigw_v2_authorizer_request.json"), FakeContext()) == {
        "isAuthorized": True
    }
    bad = handlers.authorizer_handler(_event("apigw_v2_authorizer_request_bad_key.json"), FakeContext())
    assert bad == {"isAuthorized": False}


def test_events_are_what_aws_sends() -> None:
    # Keys in S3 notifications are URL-encoded; the canned event keeps that.
    body = json.loads(_event("sqs_s3_object_created.json")["Records"][0]["body"])
    assert "+" in body["Records"][0]["s3"]["object"]["key"]
    assert base64.b64decode(_event("apigw_v2_post_requests_base64.json")["body"]).startswith(b"{")


def test_a_different_upload_after_arrival_is_ignored(handlers: Any) -> None:
    _seed(handlers, STATEMENT.read_bytes())
    event = _event("sqs_s3_object_created.json")
    assert handlers.worker_handler(event, FakeContext()) == {"batchItemFailures": []}
    status = handlers._worker_services().status
    before = status.list_files(REQUEST_ID)
    body = json.loads(event["Records"][0]["body"])
    body["Records"][0]["s3"]["object"]["eTag"] = "ffffffffffffffffffffffffffffffff"
    event["Records"][0]["body"] = json.dumps(body)
    assert handlers.worker_handler(event, FakeContext()) == {"batchItemFailures": []}
    assert status.list_files(REQUEST_ID) == before
