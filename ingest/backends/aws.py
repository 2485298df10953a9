"""The AWS backend: uploads and results in S3, records in one DynamoDB table, work in SQS with a DLQ.

Only the AWS entry points import this module, so boto3 stays out of local runs.

Table layout (single table, keys `PK`/`SK`, TTL on `expires_at`):

| item | PK | SK | holds |
|---|---|---|---|
| request | `REQ#<request_id>` | `REQUEST` | tenant, reference, status, times, callback_url |
| file | `REQ#<request_id>` | `FILE#<file_id>` | seq, stage, the file's result (small JSON), etag |
| reference lookup | `TENANT#<tenant>` | `REF#<quoted reference>#<created_at>#<request_id>` | request_id |

Documents and extraction results are S3 objects under `results/`, never table items.
One SQS queue carries both S3 event notifications and the pipeline's own tasks (JSON `{"kind", ...}`);
the worker tells them apart by shape.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from ingest.backends.base import FileRecord, RequestRecord, Task, TaskKind, UploadOffer
from ingest.blobkeys import RESULTS, UPLOADS
from ingest.codes import FileStage, RequestStatus
from ingest.errors import UsageError
from ingest.models import FileResult
from ingest.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.service_resource import Table
    from mypy_boto3_s3.client import S3Client
    from mypy_boto3_s3.type_defs import ObjectIdentifierTypeDef
    from mypy_boto3_secretsmanager.client import SecretsManagerClient
    from mypy_boto3_sqs.client import SQSClient

log = logging.getLogger("ingest.aws")

RETENTION_DAYS = 30  # records (TTL), documents and results (S3 lifecycle on results/)
RAW_UPLOAD_DAYS = 7  # uploaded statements (S3 lifecycle on requests/)
WORKER_BATCH_SIZE = 4  # messages per worker batch (Lambda BatchSize, `ingest worker` receive count)
WORKER_TIMEOUT_S = 600  # a batch's time budget: WORKER_BATCH_SIZE files at the default 120 s, plus slack
VISIBILITY_TIMEOUT_S = 6 * WORKER_TIMEOUT_S  # AWS's advice for Lambda SQS sources: at least 6x
MAX_RECEIVE_COUNT = 5  # deliveries before a message goes to the DLQ
# Deliveries of a task that failed on our side (a bug, a missing engine) before its file is rejected
# PROCESSING_ERROR: fewer than MAX_RECEIVE_COUNT, so the file is decided before the message is parked.
PROCESSING_ATTEMPTS = 3
# How soon such a task comes back, per delivery so far: sooner than the visibility timeout (an hour),
# which would keep the applicant waiting for hours; spaced, so a passing outage can pass.
PROCESSING_RETRY_S = 60
SSE: Literal["AES256"] = "AES256"

_REQUEST_SK = "REQUEST"
# What S3 answers a conditional put (If-None-Match: *) when the key exists, or while another write races.
_KEY_TAKEN = ("PreconditionFailed", "ConditionalRequestConflict")


def _pk(request_id: str) -> str:
    return f"REQ#{request_id}"


def _file_sk(file_id: str) -> str:
    return f"FILE#{file_id}"


def _reference_prefix(reference: str) -> str:
    # Quoted so that a reference containing '#' cannot be read as a prefix of another one.
    return f"REF#{urllib.parse.quote(reference, safe='')}#"


def _expires_at(created_at: dt.datetime) -> int:
    return int((created_at + dt.timedelta(days=RETENTION_DAYS)).timestamp())


def _require(value: str | None, variable: str) -> str:
    if not value:
        raise UsageError(f"the aws backend needs {variable}")
    return value


def read_secret(secret_id: str) -> str:
    """A Secrets Manager secret's string (API keys, the webhook secret), read once at start."""
    client: SecretsManagerClient = boto3.client("secretsmanager")
    try:
        return client.get_secret_value(SecretId=secret_id)["SecretString"]
    except (ClientError, KeyError) as e:
        raise UsageError(f"cannot read the secret {secret_id}: {type(e).__name__}") from None


# Blobs.
class S3BlobStore:
    """Bytes by key in one bucket, every object encrypted at rest (SSE)."""

    def __init__(self, bucket: str, client: S3Client | None = None) -> None:
        self.bucket = bucket
        # SigV4 everywhere: presigned POST policies signed with V2 are refused in newer regions.
        self.client: S3Client = client or boto3.client("s3", config=Config(signature_version="s3v4"))

    def put(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=data, ServerSideEncryption=SSE)

    def put_new(self, key: str, data: bytes) -> bool:
        try:
            self.client.put_object(
                Bucket=self.bucket, Key=key, Body=data, ServerSideEncryption=SSE, IfNoneMatch="*"
            )
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in _KEY_TAKEN:
                return False
            raise
        return True

    def get(self, key: str) -> bytes:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=key)
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise KeyError(key) from None
            raise
        return response["Body"].read()

    def delete_prefix(self, prefix: str) -> int:
        count = 0
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix):
            keys: list[ObjectIdentifierTypeDef] = [{"Key": item["Key"]} for item in page.get("Contents", [])]
            if keys:
                response = self.client.delete_objects(
                    Bucket=self.bucket, Delete={"Objects": keys, "Quiet": True}
                )
                # A refused key (AccessDenied) comes back in the answer, not as an exception.
                if errors := response.get("Errors"):
                    codes = sorted({str(e.get("Code")) for e in errors})
                    raise PermissionError(f"{len(errors)} objects not deleted: {', '.join(codes)}")
                count += len(keys)
        return count


class S3Uploads:
    """Presigned POST uploads straight to S3: one key, one content type, a size range, a short life."""

    def __init__(self, blobs: S3BlobStore) -> None:
        self.blobs = blobs

    def offer(
        self, key: str, content_type: str, max_bytes: int, expires_at: dt.datetime, base_url: str
    ) -> UploadOffer:
        expires_in = max(1, math.ceil((expires_at - dt.datetime.now(dt.UTC)).total_seconds()))
        # The exact-key condition is added by boto3 because the key has no ${filename}.
        post = self.blobs.client.generate_presigned_post(
            Bucket=self.blobs.bucket,
            Key=key,
            Fields={"Content-Type": content_type, "x-amz-server-side-encryption": SSE},
            Conditions=[
                ["content-length-range", 0, max_bytes],
                {"Content-Type": content_type},
                {"x-amz-server-side-encryption": SSE},
            ],
            ExpiresIn=expires_in,
        )
        return UploadOffer("POST", post["url"], dict(post["fields"]), {}, expires_at)


# Records.
class ConditionRefused(Exception):
    """A conditional write found the item in another state; `branch` names the failed condition."""

    def __init__(self, branch: str) -> None:
        super().__init__(branch)
        self.branch = branch


# Every transition's condition is a conjunction of named branches. A refused write reports the first
# branch that the stored item fails, read from the item DynamoDB returns on a failed check.
_FILE_EXISTS = "file exists"
_FILE_AT_EXPECTED_STAGE = "file at expected stage"
_REQUEST_EXISTS = "request exists"
_REQUEST_AT_EXPECTED_STATUS = "request at expected status"
_REQUEST_ID_UNUSED = "request id unused"


class DynamoStatusStore:
    """Requests and files in one DynamoDB table: conditional writes, strongly consistent reads."""

    def __init__(self, table_name: str) -> None:
        self.table_name = table_name
        self._local = threading.local()

    @property
    def table(self) -> Table:
        # boto3 resources are not thread-safe: one per thread (the local API server is threaded).
        table: Table | None = getattr(self._local, "table", None)
        if table is None:
            table = boto3.session.Session().resource("dynamodb").Table(self.table_name)
            self._local.table = table
        return table

    def create_request(self, request: RequestRecord, files: list[FileRecord]) -> None:
        expires_at = _expires_at(request.created_at)
        # Files first and the request item last: a request is visible only once all of it is written.
        for record in files:
            self._put_new({**_file_item(record), "expires_at": expires_at})
        self.table.put_item(
            Item={
                "PK": f"TENANT#{request.tenant}",
                "SK": f"{_reference_prefix(request.reference)}{request.created_at.isoformat()}"
                f"#{request.request_id}",
                "request_id": request.request_id,
                "expires_at": expires_at,
            }
        )
        self._put_new({**_request_item(request), "expires_at": expires_at})

    def _put_new(self, item: dict[str, Any]) -> None:
        try:
            self.table.put_item(
                Item=item,
                ConditionExpression="attribute_not_exists(PK)",  # _REQUEST_ID_UNUSED
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as e:
            if _condition_failed(e):
                raise ConditionRefused(_REQUEST_ID_UNUSED) from None
            raise

    def get_request(self, request_id: str) -> RequestRecord | None:
        response = self.table.get_item(Key={"PK": _pk(request_id), "SK": _REQUEST_SK}, ConsistentRead=True)
        item = response.get("Item")
        return _request(item) if item else None

    def find_request(self, tenant: str, reference: str) -> RequestRecord | None:
        response = self.table.query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :prefix)",
            ExpressionAttributeValues={":pk": f"TENANT#{tenant}", ":prefix": _reference_prefix(reference)},
            ScanIndexForward=False,
            ConsistentRead=True,
        )
        for item in response.get("Items", []):  # newest first; skip lookups of deleted requests
            request = self.get_request(str(item["request_id"]))
            if request is not None:
                return request
        return None

    def list_files(self, request_id: str) -> list[FileRecord]:
        items = self._query(request_id, "FILE#")
        return sorted((_file(item) for item in items), key=lambda f: f.seq)

    def _query(self, request_id: str, prefix: str) -> Iterator[Mapping[str, Any]]:
        kwargs: dict[str, Any] = {
            "KeyConditionExpression": "PK = :pk AND begins_with(SK, :prefix)",
            "ExpressionAttributeValues": {":pk": _pk(request_id), ":prefix": prefix},
            "ConsistentRead": True,
        }
        if not prefix:
            kwargs["KeyConditionExpression"] = "PK = :pk"
            kwargs["ExpressionAttributeValues"] = {":pk": _pk(request_id)}
        while True:
            response = self.table.query(**kwargs)
            yield from response.get("Items", [])
            if "LastEvaluatedKey" not in response:
                return
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def update_file(self, record: FileRecord, expected: FileStage) -> bool:
        item = _file_item(record)
        try:
            self.table.update_item(
                Key={"PK": item["PK"], "SK": item["SK"]},
                UpdateExpression=(
                    "SET seq = :seq, stage = :stage, #result = :result, updated_at = :updated_at"
                    + (", declared_size = :declared_size" if "declared_size" in item else "")
                    + (", etag = :etag" if "etag" in item else "")
                ),
                # _FILE_EXISTS AND _FILE_AT_EXPECTED_STAGE
                ConditionExpression="attribute_exists(PK) AND stage = :expected",
                ExpressionAttributeNames={"#result": "result"},
                ExpressionAttributeValues={
                    ":expected": expected.value,
                    **{f":{name}": value for name, value in item.items() if name not in ("PK", "SK")},
                },
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as e:
            if not _condition_failed(e):
                raise
            branch = _FILE_AT_EXPECTED_STAGE if _old_item(e) else _FILE_EXISTS
            log.debug(
                "file transition refused",
                extra={"request_id": record.request_id, "file_id": record.file_id, "error": branch},
            )
            return False
        return True

    def set_status(self, request_id: str, expected: RequestStatus, new: RequestStatus) -> bool:
        try:
            self.table.update_item(
                Key={"PK": _pk(request_id), "SK": _REQUEST_SK},
                UpdateExpression="SET #status = :new, updated_at = :now",
                # _REQUEST_EXISTS AND _REQUEST_AT_EXPECTED_STATUS
                ConditionExpression="attribute_exists(PK) AND #status = :expected",
                ExpressionAttributeNames={"#status": "status"},
                ExpressionAttributeValues={
                    ":new": new.value,
                    ":expected": expected.value,
                    ":now": dt.datetime.now(dt.UTC).isoformat(),
                },
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
            )
        except ClientError as e:
            if not _condition_failed(e):
                raise
            branch = _REQUEST_AT_EXPECTED_STATUS if _old_item(e) else _REQUEST_EXISTS
            log.debug("request transition refused", extra={"request_id": request_id, "error": branch})
            return False
        return True

    def delete_request(self, request_id: str) -> None:
        request = self.get_request(request_id)
        with self.table.batch_writer() as batch:
            for item in list(self._query(request_id, "")):
                batch.delete_item(Key={"PK": item["PK"], "SK": item["SK"]})
        if request is not None:
            prefix = _reference_prefix(request.reference)
            self.table.delete_item(
                Key={
                    "PK": f"TENANT#{request.tenant}",
                    "SK": f"{prefix}{request.created_at.isoformat()}#{request.request_id}",
                }
            )


def _condition_failed(e: ClientError) -> bool:
    return e.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException"


def _old_item(e: ClientError) -> bool:
    return bool(e.response.get("Item"))


def _request_item(r: RequestRecord) -> dict[str, Any]:
    item: dict[str, Any] = {
        "PK": _pk(r.request_id),
        "SK": _REQUEST_SK,
        "request_id": r.request_id,
        "tenant": r.tenant,
        "reference": r.reference,
        "status": r.status.value,
        "created_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
    }
    if r.callback_url is not None:
        item["callback_url"] = r.callback_url
    return item


def _request(item: Mapping[str, Any]) -> RequestRecord:
    return RequestRecord(
        request_id=str(item["request_id"]),
        tenant=str(item["tenant"]),
        reference=str(item["reference"]),
        status=RequestStatus(str(item["status"])),
        created_at=dt.datetime.fromisoformat(str(item["created_at"])),
        updated_at=dt.datetime.fromisoformat(str(item["updated_at"])),
        callback_url=str(item["callback_url"]) if "callback_url" in item else None,
    )


def _file_item(f: FileRecord) -> dict[str, Any]:
    item: dict[str, Any] = {
        "PK": _pk(f.request_id),
        "SK": _file_sk(f.file_id),
        "seq": f.seq,
        "stage": f.stage.value,
        "result": f.result.model_dump_json(),
        "updated_at": f.updated_at.isoformat(),
    }
    if f.declared_size is not None:
        item["declared_size"] = f.declared_size
    if f.etag is not None:
        item["etag"] = f.etag
    return item


def _file(item: Mapping[str, Any]) -> FileRecord:
    request_id = str(item["PK"]).removeprefix("REQ#")
    return FileRecord(
        request_id=request_id,
        file_id=str(item["SK"]).removeprefix("FILE#"),
        seq=int(item["seq"]),
        stage=FileStage(str(item["stage"])),
        result=FileResult.model_validate_json(str(item["result"])),
        declared_size=int(item["declared_size"]) if "declared_size" in item else None,
        etag=str(item["etag"]) if "etag" in item else None,
        updated_at=dt.datetime.fromisoformat(str(item["updated_at"])),
    )


# Work.
def task_body(task: Task) -> str:
    """A task as an SQS message body."""
    body: dict[str, str] = {"kind": task.kind.value, "request_id": task.request_id}
    if task.file_id is not None:
        body["file_id"] = task.file_id
    return json.dumps(body)


def parse_task(body: Mapping[str, Any]) -> Task:
    file_id = body.get("file_id")
    return Task(
        TaskKind(str(body["kind"])), str(body["request_id"]), None if file_id is None else str(file_id)
    )


class SqsQueue:
    """Tasks as JSON messages on the SQS queue that also receives the bucket's upload events."""

    def __init__(self, queue: str, client: SQSClient | None = None) -> None:
        self.client: SQSClient = client or boto3.client("sqs")
        self.url = queue if queue.startswith(("https://", "http://")) else _queue_url(self.client, queue)

    def send(self, task: Task) -> None:
        self.client.send_message(QueueUrl=self.url, MessageBody=task_body(task))

    def receive(self, max_messages: int = WORKER_BATCH_SIZE, wait_s: int = 20) -> list[dict[str, Any]]:
        """Long-poll for up to `max_messages`; the raw messages, with attributes."""
        response = self.client.receive_message(
            QueueUrl=self.url,
            MaxNumberOfMessages=max_messages,
            WaitTimeSeconds=wait_s,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        )
        return [dict(m) for m in response.get("Messages", [])]

    def delete(self, receipt_handle: str) -> None:
        self.client.delete_message(QueueUrl=self.url, ReceiptHandle=receipt_handle)

    def retry_after(self, receipt_handle: str, seconds: int) -> None:
        """Hand a received message back, to be delivered again in `seconds`."""
        self.client.change_message_visibility(
            QueueUrl=self.url, ReceiptHandle=receipt_handle, VisibilityTimeout=seconds
        )


def _queue_arn(client: SQSClient, url: str) -> str:
    return client.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


def _queue_url(client: SQSClient, name: str) -> str:
    return client.get_queue_url(QueueName=name)["QueueUrl"]


def open_aws_ports(settings: Settings) -> tuple[S3BlobStore, DynamoStatusStore, SqsQueue]:
    """The bucket, table and queue the settings name (see ingest.services.open_services)."""
    return (
        S3BlobStore(_require(settings.bucket, "INGEST_BUCKET")),
        DynamoStatusStore(_require(settings.table, "INGEST_TABLE")),
        SqsQueue(_require(settings.queue, "INGEST_QUEUE")),
    )


# `ingest init`: everything created if missing, and brought to the expected settings if present.
def init_resources(settings: Settings) -> None:
    bucket = _require(settings.bucket, "INGEST_BUCKET")
    table = _require(settings.table, "INGEST_TABLE")
    queue = _require(settings.queue, "INGEST_QUEUE")
    s3 = boto3.client("s3")
    sqs = boto3.client("sqs")
    _init_bucket(s3, bucket)
    _init_table(table)
    queue_arn = _init_queues(sqs, queue, bucket)
    s3.put_bucket_notification_configuration(
        Bucket=bucket,
        NotificationConfiguration={
            "QueueConfigurations": [
                {
                    "Id": "ingest-uploads",
                    "QueueArn": queue_arn,
                    "Events": ["s3:ObjectCreated:*"],
                    # Results are written under results/: only client uploads may start work.
                    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": UPLOADS}]}},
                }
            ]
        },
    )
    log.info("resources ready", extra={"reference": f"s3://{bucket} dynamodb:{table} sqs:{queue}"})


def _init_bucket(s3: S3Client, bucket: str) -> None:
    try:
        s3.head_bucket(Bucket=bucket)
    except ClientError:
        region = s3.meta.region_name
        if region in (None, "us-east-1"):
            s3.create_bucket(Bucket=bucket)
        else:
            s3.create_bucket(
                Bucket=bucket,
                CreateBucketConfiguration={"LocationConstraint": region},  # type: ignore[typeddict-item]
            )
    s3.put_public_access_block(
        Bucket=bucket,
        PublicAccessBlockConfiguration={
            "BlockPublicAcls": True,
            "IgnorePublicAcls": True,
            "BlockPublicPolicy": True,
            "RestrictPublicBuckets": True,
        },
    )
    s3.put_bucket_encryption(
        Bucket=bucket,
        ServerSideEncryptionConfiguration={
            "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": SSE}}]
        },
    )
    s3.put_bucket_lifecycle_configuration(
        Bucket=bucket,
        LifecycleConfiguration={
            "Rules": [
                {
                    "ID": "expire-uploads",
                    "Filter": {"Prefix": UPLOADS},
                    "Status": "Enabled",
                    "Expiration": {"Days": RAW_UPLOAD_DAYS},
                },
                {
                    "ID": "expire-results",
                    "Filter": {"Prefix": RESULTS},
                    "Status": "Enabled",
                    "Expiration": {"Days": RETENTION_DAYS},
                },
            ]
        },
    )


def _init_table(name: str) -> None:
    dynamodb = boto3.client("dynamodb")
    try:
        dynamodb.describe_table(TableName=name)
    except dynamodb.exceptions.ResourceNotFoundException:
        dynamodb.create_table(
            TableName=name,
            AttributeDefinitions=[
                {"AttributeName": "PK", "AttributeType": "S"},
                {"AttributeName": "SK", "AttributeType": "S"},
            ],
            KeySchema=[
                {"AttributeName": "PK", "KeyType": "HASH"},
                {"AttributeName": "SK", "KeyType": "RANGE"},
            ],
            BillingMode="PAY_PER_REQUEST",
            SSESpecification={"Enabled": True},
        )
        dynamodb.get_waiter("table_exists").wait(TableName=name)
    ttl = dynamodb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
    if ttl.get("TimeToLiveStatus") not in ("ENABLED", "ENABLING"):
        dynamodb.update_time_to_live(
            TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"}
        )


def _init_queues(sqs: SQSClient, queue: str, bucket: str) -> str:
    name = queue.rsplit("/", 1)[-1]
    dlq_url = _ensure_queue(sqs, f"{name}-dlq", {"MessageRetentionPeriod": str(14 * 24 * 3600)})
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    url = _ensure_queue(
        sqs,
        name,
        {
            "VisibilityTimeout": str(VISIBILITY_TIMEOUT_S),
            "ReceiveMessageWaitTimeSeconds": "20",
            "RedrivePolicy": json.dumps(
                {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": MAX_RECEIVE_COUNT}
            ),
        },
    )
    arn = _queue_arn(sqs, url)
    # Only this bucket's notifications may write to the queue.
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "bucket-notifications",
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": arn,
                "Condition": {"ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}},
            }
        ],
    }
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps(policy)})
    return arn


def _ensure_queue(sqs: SQSClient, name: str, attributes: dict[str, str]) -> str:
    try:
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
    except ClientError:
        return sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]  # type: ignore[arg-type]
    sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)  # type: ignore[arg-type]
    return url
