"""The embedded backend: blobs in a directory, records in SQLite (WAL), work in an in-process queue."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ingest.backends.base import FileRecord, RequestRecord, Task
from ingest.codes import FileStage, RequestStatus
from ingest.models import FileResult

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    request_id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    reference TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    callback_url TEXT
);
CREATE INDEX IF NOT EXISTS requests_by_reference ON requests (tenant, reference, created_at);
CREATE TABLE IF NOT EXISTS files (
    request_id TEXT NOT NULL REFERENCES requests (request_id) ON DELETE CASCADE,
    file_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    stage TEXT NOT NULL,
    result TEXT NOT NULL,
    declared_size INTEGER,
    etag TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (request_id, file_id)
);
"""


class DirectoryBlobStore:
    """Blobs as files under a root directory; writes are atomic (temp file + rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        # Judged on the key's own parts: resolving the path cost a system call per folder on every get
        # and put, and the store's folders are only ever made by put.
        parts = PurePosixPath(key).parts
        if not parts or parts[0] == "/" or ".." in parts:
            raise ValueError("blob key escapes the store")
        return self.root.joinpath(*parts)

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        tmp = self._written(path, data)
        try:
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def put_new(self, key: str, data: bytes) -> bool:
        """Store `data` only if the key holds nothing yet; False (and nothing changed) if it does.

        The bytes are written whole to a temporary file, then linked to the key's name: the link
        fails when the name exists, so a second writer can neither replace nor half-write the first.
        """
        path = self._path(key)
        tmp = self._written(path, data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        finally:
            os.unlink(tmp)
        return True

    @staticmethod
    def _written(path: Path, data: bytes) -> str:
        """A temporary file beside `path` holding `data` (mode 0600, as mkstemp makes it)."""
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        except FileNotFoundError:  # a key's first blob; trying mkdir before every put cost a system call
            private_folder(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except BaseException:
            os.unlink(tmp)
            raise
        return tmp

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None

    def delete_prefix(self, prefix: str) -> int:
        path = self._path(prefix)
        if path.is_dir():
            count = sum(1 for p in path.rglob("*") if p.is_file())
            # A delete and a step's own clean-up (see pipeline.delete_request) may remove the same files.
            while path.is_dir():
                with contextlib.suppress(FileNotFoundError):
                    shutil.rmtree(path)
            return count
        if path.is_file():
            path.unlink()
            return 1
        return 0


class SqliteStatusStore:
    """Requests and files in SQLite (WAL); one connection per process and thread, so any process may use it.

    The connection is kept open: closing the last connection to a WAL database checkpoints it, which cost
    a disk write per status change when every call opened its own.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        private_folder(path.parent)
        # Made 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        with self._connect() as db:
            # Switching to WAL takes an exclusive lock; do it once, not on every open by every worker.
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # Keyed by process too: a connection must not cross a fork (a pool worker inherits the store).
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or self._local.pid != os.getpid():
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db, self._local.pid = db, os.getpid()
        yield db

    def create_request(self, request: RequestRecord, files: list[FileRecord]) -> None:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(
                    "INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        request.request_id,
                        request.tenant,
                        request.reference,
                        request.status.value,
                        request.created_at.isoformat(),
                        request.updated_at.isoformat(),
                        request.callback_url,
                    ),
                )
                db.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", map(_file_row, files))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def get_request(self, request_id: str) -> RequestRecord | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM requests WHERE request_id = ?", (request_id,)).fetchone()
        return _request(row) if row else None

    def find_request(self, tenant: str, reference: str) -> RequestRecord | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM requests WHERE tenant = ? AND reference = ? ORDER BY created_at DESC LIMIT 1",
                (tenant, reference),
            ).fetchone()
        return _request(row) if row else None

    def unfinished_requests(self) -> list[RequestRecord]:
        """Requests not yet terminal, oldest first: what a restarted local server has left to do."""
        return self._requests_by_end(terminal=False)

    def finished_requests(self) -> list[RequestRecord]:
        """Terminal requests, oldest first: whose webhooks a restarted local server checks."""
        return self._requests_by_end(terminal=True)

    def _requests_by_end(self, terminal: bool) -> list[RequestRecord]:
        ended = [status.value for status in RequestStatus if status.terminal]
        test = "IN" if terminal else "NOT IN"
        with self._connect() as db:
            rows = db.execute(
                f"SELECT * FROM requests WHERE status {test} ({', '.join('?' * len(ended))})"  # noqa: S608
                " ORDER BY created_at",
                ended,
            ).fetchall()
        return [_request(row) for row in rows]

    def list_files(self, request_id: str) -> list[FileRecord]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM files WHERE request_id = ? ORDER BY seq", (request_id,)
            ).fetchall()
        return [_file(row) for row in rows]

    def update_file(self, record: FileRecord, expected: FileStage) -> bool:
        row = _file_row(record)
        with self._connect() as db:
            cursor = db.execute(
                "UPDATE files SET seq = ?, stage = ?, result = ?, declared_size = ?, etag = ?, updated_at = ?"
                " WHERE request_id = ? AND file_id = ? AND stage = ?",
                (*row[2:], row[0], row[1], expected.value),
            )
            return cursor.rowcount == 1

    def set_status(self, request_id: str, expected: RequestStatus, new: RequestStatus) -> bool:
        with self._connect() as db:
            cursor = db.execute(
                "UPDATE requests SET status = ?, updated_at = ? WHERE request_id = ? AND status = ?",
                (new.value, _now().isoformat(), request_id, expected.value),
            )
            return cursor.rowcount == 1

    def delete_request(self, request_id: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM requests WHERE request_id = ?", (request_id,))


class LocalQueue:
    """An in-process FIFO; the driver that owns it drains it (`ingest backfill`, `ingest api`)."""

    def __init__(self) -> None:
        self._tasks: deque[Task] = deque()
        self._lock = threading.Lock()

    def send(self, task: Task) -> None:
        with self._lock:
            self._tasks.append(task)

    def take(self) -> Task | None:
        with self._lock:
            return self._tasks.popleft() if self._tasks else None


def private_folder(path: Path) -> None:
    """Make `path` and any missing parents readable by this user only (0700): they hold statements."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile
            folder.mkdir(mode=0o700)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _file_row(f: FileRecord) -> tuple[object, ...]:
    return (
        f.request_id,
        f.file_id,
        f.seq,
        f.stage.value,
        f.result.model_dump_json(),
        f.declared_size,
        f.etag,
        f.updated_at.isoformat(),
    )


def _file(row: tuple[object, ...]) -> FileRecord:
    request_id, file_id, seq, stage, result, declared_size, etag, updated_at = row
    return FileRecord(
        request_id=str(request_id),
        file_id=str(file_id),
        seq=int(str(seq)),
        stage=FileStage(str(stage)),
        result=FileResult.model_validate_json(str(result)),
        declared_size=None if declared_size is None else int(str(declared_size)),
        etag=None if etag is None else str(etag),
        updated_at=dt.datetime.fromisoformat(str(updated_at)),
    )


def _request(row: tuple[object, ...]) -> RequestRecord:
    request_id, tenant, reference, status, created_at, updated_at, callback_url = row
    return RequestRecord(
        request_id=str(request_id),
        tenant=str(tenant),
        reference=str(reference),
        status=RequestStatus(str(status)),
        created_at=dt.datetime.fromisoformat(str(created_at)),
        updated_at=dt.datetime.fromisoformat(str(updated_at)),
        callback_url=None if callback_url is None else str(callback_url),
    )
