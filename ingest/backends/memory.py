"""The in-memory backend: blobs in a dict, records in dicts, for one process that writes nothing to disk.

`ingest.read` runs the pipeline over it; work goes through the local backend's in-process queue.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

from ingest.backends.base import FileRecord, RequestRecord
from ingest.codes import FileStage, RequestStatus


class MemoryBlobStore:
    """Blobs by key in a dict."""

    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def put(self, key: str, data: bytes) -> None:
        with self._lock:
            self._blobs[key] = bytes(data)

    def put_new(self, key: str, data: bytes) -> bool:
        with self._lock:
            if key in self._blobs:
                return False
            self._blobs[key] = bytes(data)
            return True

    def get(self, key: str) -> bytes:
        with self._lock:
            return self._blobs[key]

    def keys(self) -> list[str]:
        """Every key held, for a caller that checks what is left."""
        with self._lock:
            return list(self._blobs)

    def delete_prefix(self, prefix: str) -> int:
        with self._lock:
            doomed = [key for key in self._blobs if key.startswith(prefix)]
            for key in doomed:
                del self._blobs[key]
        return len(doomed)


class MemoryStatusStore:
    """Requests and files in dicts; each compare-and-set holds one lock."""

    def __init__(self) -> None:
        self._requests: dict[str, RequestRecord] = {}
        self._files: dict[str, dict[str, FileRecord]] = {}
        self._lock = threading.Lock()

    def create_request(self, request: RequestRecord, files: list[FileRecord]) -> None:
        with self._lock:
            if request.request_id in self._requests:
                raise ValueError(f"request {request.request_id} exists")
            self._requests[request.request_id] = request
            self._files[request.request_id] = {f.file_id: f for f in files}

    def get_request(self, request_id: str) -> RequestRecord | None:
        with self._lock:
            return self._requests.get(request_id)

    def find_request(self, tenant: str, reference: str) -> RequestRecord | None:
        with self._lock:
            found = [r for r in self._requests.values() if (r.tenant, r.reference) == (tenant, reference)]
        return max(found, key=lambda r: r.created_at, default=None)

    def unfinished_requests(self) -> list[RequestRecord]:
        with self._lock:
            waiting = [r for r in self._requests.values() if not r.status.terminal]
        return sorted(waiting, key=lambda r: r.created_at)

    def list_files(self, request_id: str) -> list[FileRecord]:
        with self._lock:
            files = list(self._files.get(request_id, {}).values())
        return sorted(files, key=lambda f: f.seq)

    def update_file(self, record: FileRecord, expected: FileStage) -> bool:
        with self._lock:
            files = self._files.get(record.request_id, {})
            stored = files.get(record.file_id)
            if stored is None or stored.stage is not expected:
                return False
            files[record.file_id] = record
            return True

    def set_status(self, request_id: str, expected: RequestStatus, new: RequestStatus) -> bool:
        with self._lock:
            stored = self._requests.get(request_id)
            if stored is None or stored.status is not expected:
                return False
            self._requests[request_id] = replace(stored, status=new, updated_at=dt.datetime.now(dt.UTC))
            return True

    def delete_request(self, request_id: str) -> None:
        with self._lock:
            self._requests.pop(request_id, None)
            self._files.pop(request_id, None)
