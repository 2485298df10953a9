"""The ports under contract test: the local backend, and the aws backend on a real moto server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from contract_backends import Backend

from ingest.backends.base import BlobStore, StatusStore, Task, WorkQueue
from ingest.services import open_services
from ingest.settings import Settings
from tests.motoserver import moto_server

_AWS_ENV = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """One moto server on a free loopback port for the session: real HTTP, real concurrency."""
    with moto_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["local", "memory", "aws"])
def backend(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Backend:
    if request.param in ("local", "memory"):
        from ingest.backends.local import LocalQueue
        from ingest.backends.memory import MemoryBlobStore, MemoryStatusStore

        svc = open_services(Settings(home=tmp_path / "home"))
        if request.param == "memory":  # what ingest.read runs on
            svc = replace(svc, blobs=MemoryBlobStore(), status=MemoryStatusStore())
        assert isinstance(svc.queue, LocalQueue)
        queue = svc.queue

        def taken() -> list[Task]:
            tasks = []
            while (task := queue.take()) is not None:
                tasks.append(task)
            return tasks

        return Backend(request.param, svc, taken)

    endpoint = request.getfixturevalue("moto_endpoint")
    for name, value in {**_AWS_ENV, "AWS_ENDPOINT_URL": endpoint}.items():
        monkeypatch.setenv(name, value)
    from ingest.backends.aws import SqsQueue, init_resources, parse_task

    name = f"contract-{uuid.uuid4().hex[:10]}"
    settings = Settings(backend="aws", home=tmp_path / "home", bucket=name, table=name, queue=name)
    init_resources(settings)
    svc = open_services(settings)
    assert isinstance(svc.queue, SqsQueue)
    sqs = svc.queue

    def received() -> list[Task]:
        import json

        tasks = []
        while messages := sqs.receive(10, 0):
            for m in messages:
                body = json.loads(m["Body"])
                if "kind" in body:
                    tasks.append(parse_task(body))
                sqs.delete(m["ReceiptHandle"])
        return tasks

    return Backend("aws", svc, received)


@pytest.fixture
def blobs(backend: Backend) -> BlobStore:
    return backend.svc.blobs


@pytest.fixture
def status(backend: Backend) -> StatusStore:
    return backend.svc.status


@pytest.fixture
def queue(backend: Backend) -> WorkQueue:
    return backend.svc.queue


def pytest_configure(config: pytest.Config) -> None:
    # botocore must never reach real AWS from these tests, whatever the machine's configuration.
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
