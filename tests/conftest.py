"""Shared fixtures: a fresh local backend per test; `external` tests skip without the external statements."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from devtools.realworld import EXTERNAL
from ingest.sandbox import Sandbox
from ingest.services import Services, open_services
from ingest.settings import Settings

# Tests read pages in this process too, outside the pipeline's reader child, which sets this for the
# Tesseract processes it starts: one OpenMP thread each (several were 4-6 times slower on 2 cores).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Real statements that may not be copied into the repository live beside it; without them, say so.

    CI sets INGEST_REALWORLD_REQUIRED=1: there, a missing folder is an error, not a reason to skip.
    """
    if EXTERNAL.is_dir():
        return
    if os.environ.get("INGEST_REALWORLD_REQUIRED") == "1":
        raise pytest.UsageError(
            f"INGEST_REALWORLD_REQUIRED=1 but the external real statements are not in {EXTERNAL}"
        )
    skip = pytest.mark.skip(
        reason=f"needs the copyleft real statements (not in the repository), expected in {EXTERNAL}; "
        "set INGEST_REALWORLD to their folder to run it"
    )
    for item in items:
        if item.get_closest_marker("external"):
            item.add_marker(skip)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def services(settings: Settings) -> Services:
    return open_services(settings)


@pytest.fixture
def fake_aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """boto3 in-process against moto's `mock_aws`: a region, test credentials, no endpoint elsewhere."""
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")


@pytest.fixture
def reader_children(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The reader child each `Sandbox.run` keeps for the next file (None when it keeps none), in order."""
    children: list[int | None] = []
    run = Sandbox.run

    def run_and_note_the_child(self: Sandbox[object], *args: object, **limits: Any) -> object:
        answer = run(self, *args, **limits)
        children.append(self.child_pid)
        return answer

    monkeypatch.setattr(Sandbox, "run", run_and_note_the_child)
    return children
