"""End to end on the AWS backend: a real moto server on loopback; `ingest init`, `api`, `worker` as processes.

Uploads go over plain HTTP to the presigned S3 POST URLs; S3 notifies SQS; workers run the pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
import requests
from ingest_procs import (
    ROOT,
    Proc,
    WebhookReceiver,
    assert_three_file_outcome,
    base_env,
    poll_document,
    running,
    start_api,
    three_files,
    transactions,
    uninterrupted,
    upload,
)

from ingest.webhooks import SIGNATURE_HEADER, verify
from tests.motoserver import moto_server

WEBHOOK_SECRET = "webhook-secret-for-this-test-0123456789"


@pytest.fixture
def aws_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A moto server on a free loopback port, and the environment that points `ingest` at it."""
    with moto_server() as endpoint:
        yield _env(tmp_path, endpoint)


def _env(tmp_path: Path, endpoint: str) -> dict[str, str]:
    suffix = uuid.uuid4().hex[:8]
    env = base_env(tmp_path / "home")
    env.update(
        INGEST_BACKEND="aws",
        INGEST_BUCKET=f"ingest-e2e-{suffix}",
        INGEST_TABLE=f"ingest-e2e-{suffix}",
        INGEST_QUEUE=f"ingest-e2e-{suffix}",
        INGEST_WEBHOOK_SECRET=WEBHOOK_SECRET,
        AWS_ENDPOINT_URL=endpoint,
        AWS_DEFAULT_REGION="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
    )
    return env


def _init(env: dict[str, str]) -> None:
    for _ in range(2):  # idempotent: the second run finds everything in place
        done = subprocess.run(
            [sys.executable, "-m", "ingest", "init"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode()


def _client(env: dict[str, str], service: str) -> Any:
    return boto3.client(
        service,
        endpoint_url=env["AWS_ENDPOINT_URL"],
        region_name=env["AWS_DEFAULT_REGION"],
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def _queue_depths(env: dict[str, str]) -> dict[str, int]:
    sqs = _client(env, "sqs")
    depths = {}
    for name in (env["INGEST_QUEUE"], f"{env['INGEST_QUEUE']}-dlq"):
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        depths[name] = int(attributes["ApproximateNumberOfMessages"]) + int(
            attributes["ApproximateNumberOfMessagesNotVisible"]
        )
    return depths


def _create(base_url: str, files: list[tuple[str, bytes, str]], **extra: object) -> dict[str, Any]:
    body = {
        "reference": "loan-7",
        "files": [{"name": n, "size": len(d), "content_type": t} for n, d, t in files],
    }
    response = requests.post(
        f"{base_url}/requests", json={**body, **extra}, headers={"x-api-key": "key-a"}, timeout=10
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_three_files_through_s3_sqs_and_two_workers(aws_env: dict[str, str], tmp_path: Path) -> None:
    _init(aws_env)
    files = three_files()
    api, base_url = start_api(aws_env, tmp_path / "api.log")
    try:
        with (
            WebhookReceiver() as hook,
            running(["worker"], aws_env, tmp_path / "worker-1.log") as w1,
            running(["worker"], aws_env, tmp_path / "worker-2.log") as w2,
        ):
            created = _create(base_url, files, callback_url=hook.url)
            request_id = created["request_id"]
            offers = {o["name"]: o for o in created["uploads"]}
            for offer in offers.values():
                assert offer["url"].startswith(aws_env["AWS_ENDPOINT_URL"])
                assert offer["fields"]["key"].startswith(f"requests/tenant-a/{request_id}/")
            for name, data, content_type in files:
                assert upload(offers[name], name, data, content_type).status_code in (200, 201, 204)
            # The same object again: a second S3 event with the same key and ETag.
            name, data, content_type = files[0]
            assert upload(offers[name], name, data, content_type).status_code in (200, 201, 204)

            def logs() -> str:
                return "\n".join(p.output() for p in (api, w1, w2))

            document = poll_document(base_url, request_id, "key-a", diagnostics=logs)
            assert_three_file_outcome(document, uninterrupted(tmp_path, files))

            other = requests.get(
                f"{base_url}/requests/{request_id}", headers={"x-api-key": "key-b"}, timeout=10
            )
            assert other.status_code == 404
            assert other.json() == {"code": "SESSION_NONEXISTENT", "message": other.json()["message"]}

            hook.wait()
            headers, body = hook.calls[0]
            assert verify(WEBHOOK_SECRET.encode(), headers[SIGNATURE_HEADER], body)
            assert json.loads(body)["status"] == "OCR_COMPLETED_WITH_PARTIAL_ERROR"
            time.sleep(1)
            assert len(hook.calls) == 1  # one terminal transition, one webhook

            # Uploads are encrypted at rest; results never started work (prefix filter); nothing failed.
            s3 = _client(aws_env, "s3")
            head = s3.head_object(
                Bucket=aws_env["INGEST_BUCKET"], Key=offers["statement.pdf"]["fields"]["key"]
            )
            assert head["ServerSideEncryption"] == "AES256"
            assert "outside the upload layout" not in logs()
            deadline = time.monotonic() + 15
            while any(_queue_depths(aws_env).values()) and time.monotonic() < deadline:
                time.sleep(0.5)
            assert not any(_queue_depths(aws_env).values()), _queue_depths(aws_env)
    finally:
        api.stop()


def test_worker_killed_mid_stage_has_its_message_redelivered(aws_env: dict[str, str], tmp_path: Path) -> None:
    _init(aws_env)
    # A short visibility timeout, so the redelivery after the crash comes within the test.
    sqs = _client(aws_env, "sqs")
    queue_url = sqs.get_queue_url(QueueName=aws_env["INGEST_QUEUE"])["QueueUrl"]
    sqs.set_queue_attributes(QueueUrl=queue_url, Attributes={"VisibilityTimeout": "4"})
    name, data, content_type = three_files()[1]  # the scan: OCR keeps the worker busy for a while
    api, base_url = start_api(aws_env, tmp_path / "api.log")
    first = Proc(["worker"], aws_env, tmp_path / "worker-1.log")
    try:
        created = _create(base_url, [(name, data, content_type)])
        request_id = created["request_id"]
        file_id = created["uploads"][0]["file_id"]
        assert upload(created["uploads"][0], name, data, content_type).status_code in (200, 201, 204)

        # Mid-stage: the file is being extracted (request started, file still pending, a message in flight).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            document = requests.get(
                f"{base_url}/requests/{request_id}", headers={"x-api-key": "key-a"}, timeout=10
            ).json()
            attributes = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])["Attributes"]
            if (
                document["status"] == "OCR_INTEGRATION_STARTED"
                and document["files"][0]["status"] == "PENDING"
                and int(attributes["ApproximateNumberOfMessagesNotVisible"]) >= 1
            ):
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the worker never got to extraction:\n{first.output()}")
        first.stop(sig=9)  # SIGKILL to the worker's process group, its OCR child included

        with running(["worker"], aws_env, tmp_path / "worker-2.log") as second:
            document = poll_document(base_url, request_id, "key-a", diagnostics=second.output)
        assert document["status"] == "COMPLETED"
        assert document["files"][0]["status"] == "ACCEPTED"
        # Same outcome as an uninterrupted run of the same file, transaction for transaction.
        assert transactions(document) == transactions(uninterrupted(tmp_path, [(name, data, content_type)]))
        processed = [
            line
            for line in (first.output() + second.output()).splitlines()
            if "file processed" in line and f"file_id={file_id}" in line
        ]
        assert len(processed) == 1, processed  # the stage completed once, after the redelivery
    finally:
        first.stop()
        api.stop()
