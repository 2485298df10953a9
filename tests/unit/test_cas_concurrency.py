"""Compare-and-set on the SQLite status store under real concurrency: of racing writers, exactly one wins."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.backends.base import FileRecord, RequestRecord
from ingest.backends.local import SqliteStatusStore
from ingest.codes import FileStage, RequestStatus
from ingest.models import FileResult

RACERS = 12
ROUNDS = 15


def _race(store_path: Path, attempt: Callable[[SqliteStatusStore, int], bool]) -> list[int]:
    """Run attempt(store, i) on RACERS threads released together; the indexes that won."""
    barrier = threading.Barrier(RACERS)

    def racer(i: int) -> bool:
        store = SqliteStatusStore(store_path)  # a connection of its own, as a separate worker has
        barrier.wait()
        return attempt(store, i)

    with ThreadPoolExecutor(RACERS) as pool:
        results = list(pool.map(racer, range(RACERS)))
    return [i for i, won in enumerate(results) if won]


def _request(store: SqliteStatusStore, number: int, stage: FileStage) -> tuple[RequestRecord, FileRecord]:
    now = dt.datetime.now(dt.UTC)
    request = RequestRecord(
        f"req-{number}", "tenant", f"ref-{number}", RequestStatus.OCR_FILES_UPLOADED, now, now
    )
    record = FileRecord(
        request.request_id, "file-1", 0, stage, FileResult(file_id="file-1", name="a.pdf", size=1)
    )
    store.create_request(request, [record])
    return request, record


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "ingest.db"
    SqliteStatusStore(path)
    return path


def test_one_of_many_racing_file_transitions_wins(store_path: Path) -> None:
    store = SqliteStatusStore(store_path)
    for number in range(ROUNDS):
        _, record = _request(store, number, FileStage.UPLOADED)

        def extract(racer: SqliteStatusStore, i: int, record: FileRecord = record) -> bool:
            # Half the racers extract the file, half reject it: different targets, one expected stage.
            stage = FileStage.EXTRACTED if i % 2 else FileStage.REJECTED
            result = record.result.model_copy(update={"pages": i})
            return racer.update_file(replace(record, stage=stage, result=result), expected=FileStage.UPLOADED)

        winners = _race(store_path, extract)
        assert len(winners) == 1, winners
        [stored] = store.list_files(record.request_id)
        assert stored.result.pages == winners[0]  # the stored row is the winner's, whole
        assert stored.stage is (FileStage.EXTRACTED if winners[0] % 2 else FileStage.REJECTED)


def test_one_of_many_racing_status_transitions_wins(store_path: Path) -> None:
    store = SqliteStatusStore(store_path)
    for number in range(ROUNDS):
        request, _ = _request(store, number, FileStage.UPLOADED)

        def start(racer: SqliteStatusStore, i: int, request_id: str = request.request_id) -> bool:
            return racer.set_status(
                request_id, RequestStatus.OCR_FILES_UPLOADED, RequestStatus.OCR_INTEGRATION_STARTED
            )

        assert len(_race(store_path, start)) == 1
        stored = store.get_request(request.request_id)
        assert stored is not None and stored.status is RequestStatus.OCR_INTEGRATION_STARTED


def test_a_stale_writer_loses_after_the_stage_moved_on(store_path: Path) -> None:
    store = SqliteStatusStore(store_path)
    _, record = _request(store, 0, FileStage.UPLOADED)
    assert store.update_file(replace(record, stage=FileStage.EXTRACTED), expected=FileStage.UPLOADED)
    assert not store.update_file(replace(record, stage=FileStage.REJECTED), expected=FileStage.UPLOADED)
    assert [f.stage for f in store.list_files(record.request_id)] == [FileStage.EXTRACTED]
