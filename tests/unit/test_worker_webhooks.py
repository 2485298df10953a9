"""The AWS worker's webhooks: a task of their own, sent with the worker role's own permissions, at least once.

AWS is moto's, in this process, with IAM enforced: the worker runs as a user holding the worker role's
S3 statements from infra/template.yaml. S3 answers a missing object with 404 (NoSuchKey) to a role
allowed s3:ListBucket on the bucket and with 403 to one that is not; only the 404 reads as "no outcome
recorded yet", and any 403 fails the task, which is retried, never sent blind.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import boto3
import pytest
from cfnlint.decode import cfn_yaml
from moto import mock_aws
from moto.core import enable_iam_authentication

from ingest import webhooks, worker
from ingest.backends.aws import S3BlobStore, SqsQueue, init_resources
from ingest.backends.base import TaskKind
from ingest.codes import RequestStatus
from ingest.pipeline import DeclaredFile, create_request, get_document, receive_file
from ingest.services import Services
from ingest.settings import Settings
from tests.unit.test_api_webhooks import SECRET, Receiver
from tests.unit.test_pipeline import MINIMAL_PDF, InProcessReader
from tests.unit.test_template import TEMPLATE

NAME = "ingest-hooks-test"
REGION = "us-east-1"


def _arn(reference: Any) -> str:
    """The ARN a template reference to the bucket names (`!GetAtt UploadBucket.Arn`, or a `!Sub` of it)."""
    if isinstance(reference, str):
        return reference
    text = reference.get("Fn::Sub") or "${" + ".".join(reference["Fn::GetAtt"]) + "}"
    for name, value in {
        "${UploadBucket.Arn}": f"arn:aws:s3:::{NAME}",
        "${UploadBucket}": NAME,
        "${AWS::Partition}": "aws",
    }.items():
        text = text.replace(name, value)
    return str(text)


def worker_policy(without: str = "") -> dict[str, Any]:
    """The worker role's S3 statements from the template (less one action), references resolved.

    moto judges other services' calls against the resource "*" only, so their statements cannot be
    checked this way; they are granted whole here, and S3 (this test's subject) is held to the template.
    """
    function = cfn_yaml.load(str(TEMPLATE))["Resources"]["WorkerFunction"]
    statements: list[dict[str, Any]] = [
        {"Effect": "Allow", "Action": ["dynamodb:*", "sqs:*"], "Resource": "*"}
    ]
    for policy in function["Properties"]["Policies"]:
        for statement in policy["Statement"]:
            listed = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            actions = [a for a in listed if a.startswith("s3:") and a != without]
            resources = (
                statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            )
            if actions:
                statements.append(
                    {"Effect": "Allow", "Action": actions, "Resource": [_arn(r) for r in resources]}
                )
    return {"Version": "2012-10-17", "Statement": statements}


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Settings]:
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    for name, value in {
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "INGEST_WEBHOOK_SECRET": SECRET.decode(),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("INGEST_CALLBACK_URLS", raising=False)
    with mock_aws():
        settings = Settings(
            backend="aws", home=tmp_path, bucket=NAME, table=NAME, queue=NAME, webhook_allow_private=True
        )
        init_resources(settings)
        yield settings


def run_as_worker_role(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, policy: dict[str, Any]
) -> Settings:
    """From now on, this process's AWS calls are a user's that holds `policy` only; the worker's settings
    as the template gives them (the queue by URL)."""
    queue_url = boto3.client("sqs").get_queue_url(QueueName=NAME)["QueueUrl"]
    iam = boto3.client("iam")
    iam.create_user(UserName="worker")
    iam.put_user_policy(UserName="worker", PolicyName="worker", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName="worker")["AccessKey"]
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key["AccessKeyId"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", key["SecretAccessKey"])
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)  # it keeps the credentials it first read
    return settings.model_copy(update={"queue": queue_url})


def finished_with_callback(settings: Settings, url: str) -> tuple[Services, str]:
    """A request run to its end by the worker's own steps (fake reader); its WEBHOOK task queued."""
    svc = replace(worker.worker_services(settings), reader=InProcessReader())
    request, files = create_request(svc, "tenant-a", "loan", [DeclaredFile("a.pdf")], callback_url=url)
    receive_file(svc, request.request_id, files[0].file_id, MINIMAL_PDF)
    return svc, request.request_id


def drain_until_webhook(svc: Services) -> list[dict[str, Any]]:
    """Run the queue's pipeline messages; return the WEBHOOK messages, received and left undeleted.

    A webhook received again while the drain goes on (its visibility timeout ran out on a slow machine) is
    the same message: it is kept once, with its newest receipt.
    """
    assert isinstance(svc.queue, SqsQueue)
    webhook_messages: dict[str, dict[str, Any]] = {}
    while messages := svc.queue.receive(10, 0):
        for m in messages:
            if json.loads(m["Body"]).get("kind") == TaskKind.WEBHOOK:
                webhook_messages[m["MessageId"]] = m
            else:
                worker.handle_received(svc, svc.queue, [m])
    return list(webhook_messages.values())


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver([204])
    yield r
    r.close()


def test_the_webhook_is_a_task_of_its_own_sent_with_the_worker_roles_permissions(
    aws: Settings, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc, request_id = finished_with_callback(aws, receiver.url)
    hooks = drain_until_webhook(svc)
    assert get_document(svc, request_id).status is RequestStatus.COMPLETED
    assert len(hooks) == 1 and receiver.calls == []  # queued, not sent on the processing path

    role_settings = run_as_worker_role(monkeypatch, aws, worker_policy())
    with enable_iam_authentication():
        role_svc = worker.worker_services(role_settings)  # clients made with the role's keys
        assert isinstance(role_svc.queue, SqsQueue)
        worker.handle_received(role_svc, role_svc.queue, hooks)  # webhook.json missing: a 404, not "none"
        assert len(receiver.calls) == 1
        worker.handle_received(role_svc, role_svc.queue, hooks)  # a redelivery: the outcome is kept
    assert len(receiver.calls) == 1
    request = svc.status.get_request(request_id)
    assert request is not None
    assert json.loads(svc.blobs.get(webhooks.webhook_key(request)))["delivered"] is True


def test_a_403_on_the_outcome_is_an_error_not_a_missing_outcome(
    aws: Settings, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without s3:GetObject the outcome cannot be read: the task fails (and is retried), nothing is sent."""
    svc, _ = finished_with_callback(aws, receiver.url)
    hooks = drain_until_webhook(svc)
    role_settings = run_as_worker_role(monkeypatch, aws, worker_policy(without="s3:GetObject"))
    with enable_iam_authentication():
        role_svc = worker.worker_services(role_settings)
        result = worker.process_batch(role_svc, worker.as_lambda_event(hooks, role_svc.queue))  # type: ignore[arg-type]
    assert [f["itemIdentifier"] for f in result["batchItemFailures"]] == [hooks[0]["MessageId"]]
    assert receiver.calls == []


def test_a_worker_that_dies_sending_the_webhook_has_its_task_redelivered(
    aws: Settings, receiver: Receiver
) -> None:
    svc, _ = finished_with_callback(aws, receiver.url)
    assert isinstance(svc.queue, SqsQueue)
    svc.queue.client.set_queue_attributes(QueueUrl=svc.queue.url, Attributes={"VisibilityTimeout": "1"})
    assert len(drain_until_webhook(svc)) == 1  # received by a worker that died (kill -9): never deleted
    time.sleep(1.5)
    hooks = drain_until_webhook(svc)
    assert len(hooks) == 1  # back after the visibility timeout
    worker.handle_received(svc, svc.queue, hooks)
    assert len(receiver.calls) == 1
    assert drain_until_webhook(svc) == []


def test_a_delete_the_role_may_not_make_is_an_error_not_a_silent_leftover(
    aws: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """S3 reports refused keys inside DeleteObjects' answer; a delete that left objects must say so."""
    blobs = S3BlobStore(NAME)
    blobs.put("results/t/r/document.json", b"{}")
    policy = {
        "Version": "2012-10-17",
        # AWS authorises ListObjectsV2 by s3:ListBucket; moto from 5.2.6 asks for s3:ListObjectsV2 by
        # that name, so both are granted: the listing must pass for DeleteObjects' refusal to be seen.
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["s3:ListBucket", "s3:ListObjectsV2", "s3:GetObject"],
                "Resource": "*",
            }
        ],
    }
    run_as_worker_role(monkeypatch, aws, policy)
    with enable_iam_authentication(), pytest.raises(PermissionError, match="AccessDenied"):
        S3BlobStore(NAME).delete_prefix("results/t/r/")
    assert blobs.get("results/t/r/document.json") == b"{}"
