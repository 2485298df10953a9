"""The services a pipeline step works through: the ports of the configured backend, and its settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingest.backends.base import BlobStore, InProcessQueue, RequestRecord, StatusStore, WorkQueue
from ingest.settings import Settings

if TYPE_CHECKING:
    from ingest.models import RequestDocument
    from ingest.sandbox import Sandbox
    from ingest.stages.extraction import Extraction


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Services:
    """The ports a pipeline step works through, and the settings it obeys."""

    settings: Settings
    blobs: BlobStore
    status: StatusStore
    queue: WorkQueue
    clock: Callable[[], dt.datetime] = field(default=utcnow)
    # Called once, by the step that makes a request terminal (webhooks; see ingest.webhooks).
    on_finished: Callable[[Services, RequestRecord, RequestDocument], None] | None = None
    # Reads file after file in one kept child (a backfill worker's); None: a fresh child for each file.
    reader: Sandbox[Extraction] | None = None
    # Deliveries of a task that fails on our side before its file is rejected PROCESSING_ERROR: 1 where
    # nothing redelivers (local), more where the queue hands a failed task back (AWS).
    attempts: int = 1


def open_services(settings: Settings) -> Services:
    """The ports for the configured backend. AWS code is imported only when it is used."""
    if settings.backend == "aws":
        from ingest.backends.aws import PROCESSING_ATTEMPTS, open_aws_ports  # noqa: PLC0415  (no boto3 locally)

        blobs, status, queue = open_aws_ports(settings)
        return Services(settings, blobs, status, queue, attempts=PROCESSING_ATTEMPTS)
    from ingest.backends.local import DirectoryBlobStore, LocalQueue, SqliteStatusStore  # noqa: PLC0415

    return Services(
        settings=settings,
        blobs=DirectoryBlobStore(settings.home / "blobs"),
        status=SqliteStatusStore(settings.home / "ingest.db"),
        queue=LocalQueue(),
    )


def in_process_queue(svc: Services) -> InProcessQueue:
    """The services' queue, for a driver that drains it itself; TypeError for a remote queue."""
    if not isinstance(svc.queue, InProcessQueue):
        raise TypeError("only an in-process queue can be drained")
    return svc.queue
