"""Each Lambda role can run every path its function has, and nothing more.

The functions' own handlers run their paths on moto (create, get while waiting and once done, delete;
an upload's arrival through to the webhook), and every AWS call they make is recorded as the IAM action
and resource it needs. Each call must be allowed by one statement of its function's role in
infra/template.yaml, and each statement must be needed by some call.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from botocore.client import BaseClient
from botocore.exceptions import ClientError
from moto import mock_aws

from tests.e2e.ingest_procs import TEXT_STATEMENT, WebhookReceiver

TEMPLATE = Path(__file__).resolve().parents[2] / "infra" / "template.yaml"
EVENTS = Path(__file__).resolve().parents[1] / "events"
REGION, ACCOUNT = "eu-west-2", "123456789012"
BUCKET, TABLE, QUEUE = "ingest-uploads-roles", "ingest-roles", "ingest-roles-work"
# The SQS event source mapping polls with the worker's role: these it needs though the code never calls them.
EVENT_SOURCE_NEEDS = ("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes")


@dataclass(frozen=True)
class Need:
    """One IAM action on one resource, with the listing prefix where S3 checks one."""

    action: str
    resource: str
    prefix: str | None = None


def _bucket_arn(bucket: str) -> str:
    return f"arn:aws:s3:::{bucket}"


def _needs(service: str, operation: str, params: dict[str, Any]) -> list[Need]:
    if service == "s3":
        arn = _bucket_arn(params["Bucket"])
        if operation == "ListObjectsV2":
            return [Need("s3:ListBucket", arn, params.get("Prefix", ""))]
        if operation == "DeleteObjects":
            return [Need("s3:DeleteObject", f"{arn}/{o['Key']}") for o in params["Delete"]["Objects"]]
        action = {"HeadObject": "GetObject"}.get(operation, operation)
        return [Need(f"s3:{action}", f"{arn}/{params['Key']}")]
    if service == "dynamodb":
        tables = params["RequestItems"] if operation == "BatchWriteItem" else [params["TableName"]]
        return [
            Need(f"dynamodb:{operation}", f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{t}") for t in tables
        ]
    if service == "sqs":
        name = params["QueueName"] if "QueueName" in params else params["QueueUrl"].rsplit("/", 1)[1]
        return [Need(f"sqs:{operation}", f"arn:aws:sqs:{REGION}:{ACCOUNT}:{name}")]
    if service == "secretsmanager":
        return [Need(f"secretsmanager:{operation}", params["SecretId"])]
    raise AssertionError(f"no IAM mapping for {service}:{operation}")


class Recorder:
    def __init__(self) -> None:
        self.on = False
        self.needs: list[Need] = []


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Recorder, dict[str, str]]]:
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in {
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "INGEST_BACKEND": "aws",
        "INGEST_BUCKET": BUCKET,
        "INGEST_TABLE": TABLE,
        "INGEST_QUEUE": QUEUE,
        "INGEST_WEBHOOK_ALLOW_PRIVATE": "1",
        "OMP_THREAD_LIMIT": "1",
    }.items():
        monkeypatch.setenv(name, value)
    recorder = Recorder()
    original = BaseClient._make_api_call

    def recording(client: BaseClient, operation: str, params: dict[str, Any]) -> Any:
        service = client.meta.service_model.service_name
        if recorder.on:
            recorder.needs.extend(_needs(service, operation, params))
        try:
            return original(client, operation, params)
        except ClientError as e:
            if recorder.on and service == "s3" and e.response["Error"]["Code"] in ("NoSuchKey", "404"):
                # S3 answers 404 for a missing key only to a caller that may list the bucket (no
                # prefix is checked then); to any other it answers 403, and the code sees an error.
                recorder.needs.append(Need("s3:ListBucket", _bucket_arn(params["Bucket"])))
            raise

    monkeypatch.setattr(BaseClient, "_make_api_call", recording)
    with mock_aws():
        import boto3

        from ingest.api import lambda_handlers
        from ingest.backends.aws import init_resources
        from ingest.settings import Settings

        init_resources(Settings.from_env())
        # As the template sets it: the queue's URL (its Ref), so no function looks the URL up.
        monkeypatch.setenv("INGEST_QUEUE", boto3.client("sqs").get_queue_url(QueueName=QUEUE)["QueueUrl"])
        secrets = boto3.client("secretsmanager")
        arns = {
            "ApiKeysSecret": secrets.create_secret(Name="keys", SecretString="key-a:tenant-a")["ARN"],
            "WebhookSecret": secrets.create_secret(Name="hook", SecretString="w" * 64)["ARN"],
        }
        cached = (lambda_handlers._settings, lambda_handlers._app, lambda_handlers._worker_services)
        for function in cached:
            function.cache_clear()
        yield recorder, arns
        for function in cached:
            function.cache_clear()


def _api_event(method: str, path: str, body: str = "") -> dict[str, Any]:
    event = copy.deepcopy(json.loads((EVENTS / "apigw_v2_get_request.json").read_text()))
    event["rawPath"] = event["requestContext"]["http"]["path"] = path
    event["requestContext"]["http"]["method"] = method
    event["routeKey"] = f"{method} {path}"
    event["headers"]["x-api-key"] = "key-a"
    event["body"] = body
    return dict(event)


def _s3_created(key: str, size: int, etag: str) -> dict[str, Any]:
    sqs = json.loads((EVENTS / "sqs_s3_object_created.json").read_text())
    body = json.loads(sqs["Records"][0]["body"])
    body["Records"][0]["s3"]["bucket"] = {"name": BUCKET, "arn": _bucket_arn(BUCKET)}
    body["Records"][0]["s3"]["object"].update(
        key=urllib.parse.quote_plus(key, safe="/"), size=size, eTag=etag
    )
    sqs["Records"][0]["body"] = json.dumps(body)
    return dict(sqs)


def _run_worker(recorder: Recorder, event: dict[str, Any]) -> None:
    """Hand the event to the worker, then every message the pipeline queues, as the event source does."""
    from ingest.api import lambda_handlers
    from ingest.backends.aws import SqsQueue
    from ingest.worker import as_lambda_event

    while True:
        recorder.on = True
        assert lambda_handlers.worker_handler(event, None) == {"batchItemFailures": []}
        recorder.on = False
        queue = SqsQueue(QUEUE)
        messages = queue.receive(10, wait_s=0)
        for message in messages:
            queue.delete(message["ReceiptHandle"])
        if not messages:
            return
        event = as_lambda_event(messages, queue)


def _cold_start() -> None:
    """A function's own execution environment: nothing cached from another function's."""
    from ingest.api import lambda_handlers

    for function in (lambda_handlers._settings, lambda_handlers._app, lambda_handlers._worker_services):
        function.cache_clear()


def _paths(
    recorder: Recorder, arns: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> dict[str, list[Need]]:
    """Every path of the three functions, run once; the needs of each function."""
    import boto3

    from ingest.api import lambda_handlers

    statement = TEXT_STATEMENT.read_bytes()
    needs: dict[str, list[Need]] = {}
    monkeypatch.setenv("INGEST_API_KEYS_SECRET_ID", arns["ApiKeysSecret"])
    recorder.on = True
    assert lambda_handlers.authorizer_handler(
        json.loads((EVENTS / "apigw_v2_authorizer_request.json").read_text())
        | {"headers": {"x-api-key": "key-a"}},
        None,
    ) == {"isAuthorized": True}
    needs["AuthorizerFunction"], recorder.needs = recorder.needs, []
    _cold_start()
    with WebhookReceiver() as hook:
        body = {
            "reference": "r",
            "callback_url": hook.url,
            "files": [{"name": "s.pdf", "size": len(statement)}],
        }
        created = json.loads(
            lambda_handlers.api_handler(_api_event("POST", "/requests", json.dumps(body)), None)["body"]
        )
        request_id = created["request_id"]
        [upload] = created["uploads"]
        # The client's POST to the presigned URL runs with the API role's signature.
        recorder.needs.append(Need("s3:PutObject", f"{_bucket_arn(BUCKET)}/{upload['fields']['key']}"))
        waiting = lambda_handlers.api_handler(_api_event("GET", f"/requests/{request_id}"), None)
        assert waiting["statusCode"] == 202
        recorder.on = False
        needs["ApiFunction"], recorder.needs = recorder.needs, []

        monkeypatch.delenv("INGEST_API_KEYS_SECRET_ID")
        monkeypatch.setenv("INGEST_WEBHOOK_SECRET_ID", arns["WebhookSecret"])
        _cold_start()
        stored = boto3.client("s3").put_object(Bucket=BUCKET, Key=upload["fields"]["key"], Body=statement)
        _run_worker(recorder, _s3_created(upload["fields"]["key"], len(statement), stored["ETag"].strip('"')))
        hook.wait()
        needs["WorkerFunction"], recorder.needs = recorder.needs, []

    monkeypatch.setenv("INGEST_API_KEYS_SECRET_ID", arns["ApiKeysSecret"])
    monkeypatch.delenv("INGEST_WEBHOOK_SECRET_ID")
    _cold_start()
    recorder.on = True
    done = lambda_handlers.api_handler(_api_event("GET", f"/requests/{request_id}"), None)
    assert done["statusCode"] == 200, done["body"]
    assert (
        lambda_handlers.api_handler(_api_event("DELETE", f"/requests/{request_id}"), None)["statusCode"]
        == 204
    )
    recorder.on = False
    needs["ApiFunction"] += recorder.needs
    return needs


# The template's statements, with its references resolved to the names used here.
def _resolve(value: Any, arns: dict[str, str]) -> str:
    if isinstance(value, str):
        return value
    if "Fn::Sub" in value:
        return str(value["Fn::Sub"]).replace("${UploadBucket.Arn}", _bucket_arn(BUCKET))
    if "Fn::GetAtt" in value:
        return {
            "UploadBucket": _bucket_arn(BUCKET),
            "StatusTable": f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{TABLE}",
            "WorkQueue": f"arn:aws:sqs:{REGION}:{ACCOUNT}:{QUEUE}",
        }[value["Fn::GetAtt"][0]]
    if "Ref" in value:
        return arns[value["Ref"]]
    raise AssertionError(f"unresolved {value}")


@dataclass(frozen=True)
class Grant:
    actions: tuple[str, ...]
    resources: tuple[str, ...]
    prefixes: tuple[str, ...] | None  # StringLike s3:prefix, when the statement has that condition

    def allows(self, need: Need) -> bool:
        if need.action not in self.actions or not any(
            fnmatch.fnmatchcase(need.resource, r) for r in self.resources
        ):
            return False
        if self.prefixes is None:
            return True
        return need.prefix is not None and any(fnmatch.fnmatchcase(need.prefix, p) for p in self.prefixes)


def _grants(function: dict[str, Any], arns: dict[str, str]) -> list[Grant]:
    grants = []
    for policy in function["Properties"].get("Policies", []):
        for statement in policy["Statement"]:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            resources = (
                statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
            )
            like = statement.get("Condition", {}).get("StringLike", {}).get("s3:prefix")
            grants.append(
                Grant(
                    tuple(actions),
                    tuple(_resolve(r, arns) for r in resources),
                    None if like is None else tuple(like if isinstance(like, list) else [like]),
                )
            )
    return grants


def test_each_role_allows_every_call_of_its_function_and_nothing_unused(
    aws: tuple[Recorder, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cfnlint.decode import cfn_yaml

    recorder, arns = aws
    template = dict(cfn_yaml.load(str(TEMPLATE)))
    needs = _paths(recorder, arns, monkeypatch)
    needs["WorkerFunction"] += [
        Need(a, f"arn:aws:sqs:{REGION}:{ACCOUNT}:{QUEUE}") for a in EVENT_SOURCE_NEEDS
    ]
    for name, function_needs in needs.items():
        grants = _grants(template["Resources"][name], arns)
        denied = sorted({n for n in function_needs if not any(g.allows(n) for g in grants)}, key=str)
        assert not denied, f"{name} is denied {denied}"
        for grant in grants:
            for action in grant.actions:
                for resource in grant.resources:
                    used = [
                        n
                        for n in function_needs
                        if n.action == action and fnmatch.fnmatchcase(n.resource, resource)
                    ]
                    assert used, f"{name} is granted {action} on {resource}, which none of its paths uses"
