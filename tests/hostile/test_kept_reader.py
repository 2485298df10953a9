"""Hostile files through a backfill worker's kept reader child: each gets the verdict a fresh child gives,
and the file after it is read as if the hostile one had never been there."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.codes import RejectionCode
from ingest.pipeline import read_file, run_local
from ingest.sandbox import Sandbox
from ingest.services import Services, open_services
from ingest.settings import Limits, Settings
from tests.hostile.makers import text_pdf
from tests.hostile.test_hostile_inputs import HOSTILE, TIME_LIMIT_S, children

_references = itertools.count()


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Services]:
    svc = open_services(Settings(home=tmp_path / "home", limits=Limits(file_timeout_s=TIME_LIMIT_S)))
    before = children()
    with Sandbox(read_file) as reader:
        yield replace(svc, reader=reader)
    assert children() == before, "a reader process was left behind"


def read(svc: Services, tmp_path: Path, name: str, data: bytes) -> RejectionCode | None:
    path = tmp_path / f"{next(_references)}-{name}"
    path.write_bytes(data)
    [file] = run_local(svc, [path], path.name).files
    return file.rejection.code if file.rejection else None


@pytest.mark.parametrize(("name", "make", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file_gets_its_verdict_and_the_next_file_a_sound_reader(
    kept: Services, tmp_path: Path, name: str, make: Callable[[], bytes], expected: RejectionCode
) -> None:
    assert kept.reader is not None
    assert read(kept, tmp_path, "before.pdf", text_pdf()) is None
    reader = kept.reader.child_pid
    assert reader is not None, "a good statement's reader was not kept"
    assert read(kept, tmp_path, name, make()) is expected
    assert kept.reader.child_pid is None, "the reader that rejected a hostile file was kept"
    assert reader not in children()
    assert read(kept, tmp_path, "after.pdf", text_pdf()) is None


def test_good_statements_share_one_reader(kept: Services, tmp_path: Path) -> None:
    assert kept.reader is not None
    pids = set()
    for number in range(3):
        assert read(kept, tmp_path, f"statement-{number}.pdf", text_pdf()) is None
        pids.add(kept.reader.child_pid)
    assert len(pids) == 1
    assert None not in pids
