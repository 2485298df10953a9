"""Layers point one way: backends know the ports, never the pipeline; one module owns the key layout."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from ingest.backends.base import RequestRecord
from ingest.blobkeys import (
    UploadKey,
    document_key,
    extraction_key,
    parse_upload_key,
    request_prefixes,
    upload_key,
)
from ingest.codes import RequestStatus

NOW = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
REQUEST = RequestRecord("req-1", "tenant-a", "ref", RequestStatus.AWAITING_FILES, NOW, NOW)


def test_no_backend_imports_the_pipeline_or_the_services() -> None:
    script = (
        "import sys, ingest.backends.aws, ingest.backends.local, ingest.backends.memory; "
        "sys.exit(len({'ingest.pipeline', 'ingest.services'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_an_upload_key_parses_back_into_its_parts() -> None:
    key = upload_key(REQUEST, "file-9")
    assert parse_upload_key(key) == UploadKey("tenant-a", "req-1", "file-9")


@pytest.mark.parametrize(
    "key",
    [
        "results/tenant-a/req-1/file-9.json",
        "requests/tenant-a/req-1",
        "requests/tenant-a/req-1/file-9/extra",
        "requests/tenant-a//file-9",
        "elsewhere/requests/tenant-a/req-1/file-9",
    ],
)
def test_a_key_outside_the_upload_layout_is_not_an_upload(key: str) -> None:
    assert parse_upload_key(key) is None


def test_every_key_of_a_request_is_under_its_prefixes() -> None:
    keys = [upload_key(REQUEST, "f"), extraction_key(REQUEST, "f"), document_key(REQUEST)]
    prefixes = request_prefixes(REQUEST)
    assert all(any(k.startswith(p) for p in prefixes) for k in keys)
    other = RequestRecord("req-10", "tenant-a", "ref", RequestStatus.AWAITING_FILES, NOW, NOW)
    assert not any(upload_key(other, "f").startswith(p) for p in prefixes)  # an id sharing the prefix text
