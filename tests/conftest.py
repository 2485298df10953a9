"""Shared fixtures: a fresh local backend per test, and the real statements beside the project."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.services import Services, open_services
from ingest.settings import Settings

# Tests read pages in this process too, outside the pipeline's reader child, which sets this for the
# Tesseract processes it starts: one OpenMP thread each (several were 4-6 times slower on 2 cores).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT.parent / "shared" / "realworld"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def services(settings: Settings) -> Services:
    return open_services(settings)


@pytest.fixture
def realworld() -> Path:
    if not REALWORLD.is_dir():
        pytest.fail(f"the shared real statements are missing: expected {REALWORLD}")
    return REALWORLD
