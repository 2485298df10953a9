"""The AWS worker: SQS messages in, pipeline steps run, failed messages handed back one by one.

`process_batch` is the one function both drivers call: the Lambda worker with its SQS event, and
`ingest worker`, which long-polls the queue and shapes what it receives as the same event. A message is
either an S3 event notification (an upload arrived) or one of the pipeline's own tasks.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import replace
from types import FrameType
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes import S3Event
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from botocore.exceptions import ClientError

from ingest import pipeline, webhooks
from ingest.backends.aws import PROCESSING_RETRY_S, WORKER_BATCH_SIZE, SqsQueue, parse_task
from ingest.backends.base import TaskKind
from ingest.blobkeys import parse_upload_key
from ingest.errors import ProcessingError, RequestNotFound, UsageError
from ingest.sandbox import Sandbox, loading
from ingest.services import Services, open_services
from ingest.settings import Settings
from ingest.stages.engines import require_ocr_engine

log = logging.getLogger("ingest.worker")


def handle_message(svc: Services, body: str, attempt: int = 1) -> None:
    """Run what one SQS message, delivered for the `attempt`-th time, asks for. Raising hands the message
    back for redelivery."""
    message: dict[str, Any] = json.loads(body)
    if message.get("Event") == "s3:TestEvent":  # sent once when the notification is configured
        return
    if "Records" in message:
        for record in S3Event(message).records:
            if record.event_source == "aws:s3" and record.event_name.startswith("ObjectCreated:"):
                s3_object = record.s3.get_object
                # Keys arrive URL-encoded, spaces as '+'.
                upload_arrived(svc, urllib.parse.unquote_plus(s3_object.key), s3_object.etag or None)
        return
    if "kind" in message:
        task = parse_task(message)
        try:
            if task.kind is TaskKind.WEBHOOK:
                webhooks.Sender.from_settings(svc.settings).send(svc, task.request_id)
            else:
                pipeline.handle(svc, task, attempt)
        except RequestNotFound:  # deleted while its task waited: nothing left to do
            log.warning("task for no known request dropped", extra={"request_id": task.request_id})
        return
    raise ValueError("unrecognised message: neither an S3 event nor a task")


def upload_arrived(svc: Services, key: str, etag: str | None) -> None:
    """An object appeared under `requests/`: record that file's arrival, once per key and ETag."""
    upload = parse_upload_key(key)
    if upload is None:
        log.warning("object outside the upload layout ignored")
        return
    request_id, file_id = upload.request_id, upload.file_id
    request = svc.status.get_request(request_id)
    if request is None:
        # Deleted (its upload URL was still valid): nothing of a deleted request is kept.
        svc.blobs.delete_prefix(key)
        log.warning("upload for no known request removed", extra={"request_id": request_id})
        return
    if request.tenant != upload.tenant:
        log.warning("upload for no known request ignored", extra={"request_id": request_id})
        return
    record = next((f for f in svc.status.list_files(request_id) if f.file_id == file_id), None)
    if record is not None and record.etag is not None and etag is not None and record.etag != etag:
        # A second, different upload to a URL that is still valid: the first one counts.
        log.warning("re-upload after arrival ignored", extra={"request_id": request_id, "file_id": file_id})
        return
    try:
        pipeline.receive_file(svc, request_id, file_id, data=None, etag=etag)
    except RequestNotFound:
        log.warning("upload for no declared file ignored", extra={"request_id": request_id})


def process_batch(svc: Services, event: Mapping[str, Any], context: Any = None) -> dict[str, Any]:
    """Handle an SQS batch; answer `{"batchItemFailures": [...]}` naming only the failed messages."""

    def record_handler(record: SQSRecord) -> None:
        attempt = _delivery(record)
        try:
            handle_message(svc, record.body, attempt)
        except ProcessingError:  # ours, and not yet given up on: try again soon
            _retry_soon(svc, record.receipt_handle, attempt)
            raise

    # Every message failing is reported like any partial failure, not raised, so both drivers see
    # the same answer and a poison message costs its own retries only.
    processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
    response = process_partial_response(
        event=dict(event), record_handler=record_handler, processor=processor, context=context
    )
    return dict(response)


def _retry_soon(svc: Services, receipt_handle: str, attempt: int) -> None:
    if not isinstance(svc.queue, SqsQueue):
        return
    try:
        svc.queue.retry_after(receipt_handle, PROCESSING_RETRY_S * attempt)
    except ClientError as e:  # it comes back after the visibility timeout instead
        log.warning("retry could not be brought forward", extra={"error": type(e).__name__})


def _delivery(record: SQSRecord) -> int:
    """How many times SQS has handed this message out, this time included (1 when it does not say)."""
    return int(record.raw_event.get("attributes", {}).get("ApproximateReceiveCount", 1))


def worker_services(settings: Settings) -> Services:
    """The services a worker runs with: the configured backend; a request that ends queues its webhook;
    one reader child kept from file to file, as a backfill worker's (a fresh child per file forked and
    warmed up again, ~85 ms a file). Both drivers handle messages on one thread, the child's.

    Raises EngineMissing at start, before any message is taken, when Tesseract is not installed.
    The readers are loaded as a command loads them (`ingest.sandbox.loading`): without collecting
    garbage while they import (~70 ms of CPU less), and frozen, so that the reader child forked from
    this process neither scans them nor copies their pages. Both drivers call this once a process.
    """
    require_ocr_engine()
    with loading():
        pipeline.load_readers()  # before the reader child is forked, and before any message is taken
    svc = open_services(settings)
    return replace(svc, on_finished=webhooks.queue_delivery, reader=Sandbox(pipeline.read_file))


def as_lambda_event(messages: list[dict[str, Any]], queue: SqsQueue) -> dict[str, Any]:
    """SQS messages as received by `receive_message`, in the shape Lambda's event source hands over."""
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": m.get("Attributes", {}),
                "messageAttributes": m.get("MessageAttributes", {}),
                "md5OfBody": m.get("MD5OfBody", ""),
                "eventSource": "aws:sqs",
                "eventSourceARN": queue.url,
                "awsRegion": queue.client.meta.region_name,
            }
            for m in messages
        ]
    }


def handle_received(svc: Services, queue: SqsQueue, messages: list[dict[str, Any]]) -> None:
    """Process received messages as one batch; delete those that succeeded."""
    if not messages:
        return
    result = process_batch(svc, as_lambda_event(messages, queue))
    failed = {f["itemIdentifier"] for f in result.get("batchItemFailures", [])}
    for m in messages:
        # A failed message stays: it comes back after the visibility timeout, then goes to the DLQ.
        if m["MessageId"] not in failed:
            queue.delete(m["ReceiptHandle"])


def run_worker(settings: Settings, stop: threading.Event | None = None) -> None:
    """Long-poll the queue until stopped (SIGTERM or SIGINT finish the current batch first)."""
    if settings.backend != "aws":
        raise UsageError("ingest worker is for the aws backend; `ingest api` processes local uploads itself")
    svc = worker_services(settings)
    if not isinstance(svc.queue, SqsQueue):
        raise UsageError("ingest worker needs an SQS queue")
    stop = stop or threading.Event()
    busy = threading.Event()
    if threading.current_thread() is threading.main_thread():

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()
            if not busy.is_set():
                # Idle in a long poll. Messages received just before this are not lost either: they
                # come back after the visibility timeout.
                raise SystemExit(0)

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
    log.info("worker polling", extra={"reference": svc.queue.url})
    try:
        while not stop.is_set():
            messages = svc.queue.receive(WORKER_BATCH_SIZE, wait_s=20)
            busy.set()
            try:
                handle_received(svc, svc.queue, messages)
            finally:
                busy.clear()
    finally:
        if svc.reader is not None:
            svc.reader.close()
