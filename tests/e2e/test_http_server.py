"""`ingest api` over real sockets: strict HTTP/1.1 framing, JSON errors, timeouts, and uploads that cost
nothing before their signature holds.

Framing is tested against the real command (a process); the timeouts against the same server run in
this process with short deadlines, so that they take a second, not a minute.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from ingest.api import server as api_server
from ingest.api import strict_h11
from ingest.settings import Limits, Settings
from tests.e2e.ingest_procs import Proc, base_env, start_api

KEYS = {"key-a": "tenant-a"}
KEY_A = {"x-api-key": "key-a"}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Proc, str]]:
    home = tmp_path_factory.mktemp("api")
    proc, base_url = start_api(base_env(home / "home"), home / "api.log")
    try:
        yield proc, base_url
    finally:
        proc.stop()


def _address(base_url: str) -> tuple[str, int]:
    host, port = base_url.removeprefix("http://").split(":")
    return host, int(port)


class Answer:
    """What came back on a raw connection: the status, headers and body, and whether it was closed."""

    def __init__(self, raw: bytes, closed: bool) -> None:
        self.raw, self.closed = raw, closed
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/1.1 ") else None
        self.headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}

    def json(self) -> Any:
        return json.loads(self.body)


def exchange(address: tuple[str, int], data: bytes, wait_s: float = 3.0) -> Answer:
    """Send `data`, then read until the server closes the connection or stays silent for `wait_s`."""
    with socket.create_connection(address, timeout=wait_s) as conn:
        # The server may answer and close before reading it all: what is read below says so.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            conn.sendall(data)
        received = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                return Answer(received, closed=False)
            except ConnectionResetError:
                return Answer(received, closed=True)
            if not chunk:
                return Answer(received, closed=True)
            received += chunk


MALFORMED = {
    "version-9.9": b"GET /requests/abc HTTP/9.9\r\nHost: x\r\n\r\n",
    "64-KiB-request-line": b"GET /" + b"a" * 65536 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    "content-length-plus-sign": b"POST /requests HTTP/1.1\r\nHost: x\r\nContent-Length: +49\r\n\r\n" + b"{}",
    "two-content-lengths": (
        b"POST /requests HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}"
    ),
    "content-length-with-chunked": (
        b"POST /requests HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    ),
}


@pytest.mark.parametrize("data", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_framing_is_400_and_the_connection_closed(api: tuple[Proc, str], data: bytes) -> None:
    proc, base_url = api
    answer = exchange(_address(base_url), data)
    assert answer.status == 400, answer.raw[:300]
    assert answer.json()["code"] == "MALFORMED_REQUEST"
    assert answer.closed
    assert "Traceback" not in proc.output()


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "TRACE"])
@pytest.mark.parametrize("path", ["/requests", "/requests/abc", "/nothing"])
def test_methods_no_route_answers_are_json_405(api: tuple[Proc, str], method: str, path: str) -> None:
    _, base_url = api
    response = requests.request(method, f"{base_url}{path}", headers={"x-api-key": "key-a"}, timeout=10)
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/json"
    if method != "HEAD":  # a HEAD answer has no body
        assert response.json()["code"] == "METHOD_NOT_ALLOWED"


def test_openapi_document_is_served_without_a_key(api: tuple[Proc, str]) -> None:
    _, base_url = api
    response = requests.get(f"{base_url}/openapi.json", timeout=10)
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.1")
    assert {"/requests", "/requests/{id}"} <= set(document["paths"])


def _many_parts(count: int) -> tuple[bytes, bytes]:
    """An unsigned multipart body of `count` tiny fields: its head and its body."""
    part = b'--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n12345678\r\n'
    body = part * count + b"--b--\r\n"
    head = (
        b"POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    return head, body


def test_an_unsigned_upload_of_many_parts_is_refused_before_its_body_is_read(api: tuple[Proc, str]) -> None:
    head, body = _many_parts(300_000)
    assert len(body) > 17_000_000
    started = time.monotonic()
    # Only the first MiB is sent: a server that reads the whole body first never answers.
    answer = exchange(_address(api[1]), head + body[: 1024 * 1024], wait_s=5)
    assert answer.status == 400, answer.raw[:300]
    assert answer.json()["code"] == "MALFORMED_REQUEST"
    assert answer.closed
    assert time.monotonic() - started < 3


def test_an_upload_over_the_server_limit_is_413_before_reading(api: tuple[Proc, str]) -> None:
    head = (
        b"POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
        b"Content-Length: " + str(Limits().max_file_bytes * 2).encode() + b"\r\n\r\n"
    )
    answer = exchange(_address(api[1]), head)
    assert answer.status == 413
    assert answer.json()["code"] == "UPLOAD_TOO_LARGE"
    assert answer.closed


# The same server in this process, with short deadlines.
@contextmanager
def served(home: Path, limits: Limits | None = None) -> Iterator[tuple[str, int]]:
    settings = Settings(home=home, api_keys=KEYS, limits=limits or Limits())
    server, sock = api_server.make_server(settings, "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield sock.getsockname()[:2]
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture
def short_deadlines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(strict_h11, "HEADER_TIMEOUT_S", 0.5)
    monkeypatch.setattr(api_server, "BODY_IDLE_TIMEOUT_S", 0.5)


@pytest.mark.parametrize(
    "data", [b"", b"GET /requests/abc HTTP/1.1\r\nHost: x\r\n"], ids=["nothing", "half-a-head"]
)
def test_a_head_that_does_not_arrive_in_time_closes_the_connection(
    tmp_path: Path, short_deadlines: None, data: bytes
) -> None:
    with served(tmp_path) as address:
        started = time.monotonic()
        answer = exchange(address, data, wait_s=5)
    assert answer.closed
    assert time.monotonic() - started < 3


def test_a_body_that_stops_arriving_is_408(tmp_path: Path, short_deadlines: None) -> None:
    head = b"POST /requests HTTP/1.1\r\nHost: x\r\nx-api-key: key-a\r\nContent-Length: 100\r\n\r\n"
    with served(tmp_path) as address:
        started = time.monotonic()
        answer = exchange(address, head + b'{"reference"', wait_s=5)
    assert answer.status == 408
    assert answer.json()["code"] == "REQUEST_TIMEOUT"
    assert answer.closed
    assert time.monotonic() - started < 3


def test_a_keep_alive_connection_serves_a_second_request(tmp_path: Path) -> None:
    request = b"GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
    with served(tmp_path) as address, socket.create_connection(address, timeout=5) as conn:
        for _ in range(2):
            conn.sendall(request)
            received = b""
            while b"\r\n\r\n" not in received:
                received += conn.recv(65536)
            assert received.startswith(b"HTTP/1.1 200 ")
            answer = Answer(received, closed=False)
            body = answer.body
            while len(body) < int(answer.headers["content-length"]):
                body += conn.recv(65536)


def test_an_upload_for_a_deleted_request_is_a_json_403(tmp_path: Path) -> None:
    with served(tmp_path) as (host, port):
        base_url = f"http://{host}:{port}"
        declared = {"reference": "r", "files": [{"name": "a.pdf", "size": 100}]}
        created = requests.post(f"{base_url}/requests", json=declared, headers=KEY_A, timeout=10).json()
        gone = requests.delete(f"{base_url}/requests/{created['request_id']}", headers=KEY_A, timeout=10)
        assert gone.status_code == 204
        [offer] = created["uploads"]
        assert offer["url"] == f"{base_url}/uploads"
        refused = requests.post(
            offer["url"], data=offer["fields"], files={"file": ("a.pdf", b"%PDF-1.7\n")}, timeout=10
        )
    assert refused.status_code == 403
    assert refused.json()["code"] == "UPLOAD_FORBIDDEN"
    assert list((tmp_path / "incoming").iterdir()) == []  # its temporary file is gone
