"""The ports: where bytes, records and work live. Stages never see these; the pipeline does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

from ingest.codes import FileStage, RequestStatus
from ingest.models import FileResult


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """A request's own row: small, and updated only by compare-and-set on `status`."""

    request_id: str
    tenant: str
    reference: str
    status: RequestStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    callback_url: str | None = None


@dataclass(frozen=True, slots=True)
class FileRecord:
    """A file's row. `stage` is the compare-and-set key; `result` is what clients see of it."""

    request_id: str
    file_id: str
    seq: int  # upload order for the API, name order for backfill; decides which duplicate is kept
    stage: FileStage
    result: FileResult
    declared_size: int | None = None
    etag: str | None = None  # of the stored object, so a repeated upload event is recognised
    updated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


class TaskKind(StrEnum):
    """What a queued message asks a worker to do."""

    EXTRACT = "EXTRACT"  # integrate and extract one file
    VALIDATE = "VALIDATE"  # validate a request whose files are all done, and finish it
    WEBHOOK = "WEBHOOK"  # send a finished request's webhook and record the outcome


@dataclass(frozen=True, slots=True)
class Task:
    kind: TaskKind
    request_id: str
    file_id: str | None = None


class BlobStore(Protocol):
    """Bytes by key; `ingest.blobkeys` owns the layout of the keys."""

    def put(self, key: str, data: bytes) -> None: ...

    def put_new(self, key: str, data: bytes) -> bool:
        """Store `data` only if the key holds nothing yet (atomically); False when it already does."""
        ...

    def get(self, key: str) -> bytes:
        """Raise KeyError when the key does not exist."""
        ...

    def delete_prefix(self, prefix: str) -> int:
        """Delete every key under prefix; return how many."""
        ...


class StatusStore(Protocol):
    """Requests and files. Every state change is a compare-and-set; reads are strongly consistent."""

    def create_request(self, request: RequestRecord, files: list[FileRecord]) -> None: ...

    def get_request(self, request_id: str) -> RequestRecord | None: ...

    def find_request(self, tenant: str, reference: str) -> RequestRecord | None:
        """The newest request of that tenant with that reference (backfill resumes through this)."""
        ...

    def list_files(self, request_id: str) -> list[FileRecord]:
        """The request's files, in `seq` order."""
        ...

    def update_file(self, record: FileRecord, expected: FileStage) -> bool:
        """Write the record only if the stored stage is still `expected`; say whether it was written."""
        ...

    def set_status(self, request_id: str, expected: RequestStatus, new: RequestStatus) -> bool:
        """Move the request from `expected` to `new`; False when it was not at `expected`."""
        ...

    def delete_request(self, request_id: str) -> None: ...


class WorkQueue(Protocol):
    """Hand-offs between stages. Delivery is at least once: handlers must be idempotent."""

    def send(self, task: Task) -> None: ...


@runtime_checkable
class InProcessQueue(WorkQueue, Protocol):
    """A queue that lives in this process and is drained by the driver that owns it (local, library)."""

    def take(self) -> Task | None:
        """The oldest waiting task, or None at once when none is waiting."""
        ...


@runtime_checkable
class ResumableStatusStore(StatusStore, Protocol):
    """A status store that can list what a restarted local server has left to do."""

    def unfinished_requests(self) -> list[RequestRecord]:
        """Requests not yet terminal, oldest first."""
        ...


@dataclass(frozen=True, slots=True)
class UploadOffer:
    """How a client uploads one file: the contract's `uploads[]` entry, less its file_id and name."""

    method: str  # "POST": multipart form, every field then the file in a part named `file`
    url: str
    fields: dict[str, str]
    headers: dict[str, str]
    expires_at: dt.datetime


class UploadSigner(Protocol):
    """Signs short-lived uploads bound to one key, one content type and a size cap.

    AWS: presigned S3 POST (ingest.backends.aws.S3Uploads). Local: HMAC-signed POST to `ingest api`
    itself (ingest.api.uploads.LocalUploads).
    """

    def offer(
        self, key: str, content_type: str, max_bytes: int, expires_at: dt.datetime, base_url: str
    ) -> UploadOffer: ...
