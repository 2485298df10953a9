"""Webhooks: signed, retried with backoff on failures worth retrying, and the outcome recorded."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.backends.base import RequestRecord
from ingest.codes import FileStatus, RejectionCode, RequestStatus
from ingest.models import FileResult, Rejection, RequestDocument
from ingest.pipeline import Services, open_services
from ingest.settings import Settings
from ingest.webhooks import SIGNATURE_HEADER, deliver, deliver_for, sign, verify, webhook_key

SECRET = b"webhook-secret-of-at-least-32-bytes"
NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
DOCUMENT = RequestDocument(
    request_id="req-1",
    reference="loan-42",
    status=RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR,
    status_label=RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR.label,
    created_at=NOW,
    updated_at=NOW,
    files=[
        FileResult(file_id="f1", name="march.pdf", size=10, status=FileStatus.ACCEPTED),
        FileResult(
            file_id="f2",
            name="locked.pdf",
            size=10,
            status=FileStatus.REJECTED,
            rejection=Rejection(code=RejectionCode.ENCRYPTED_FILE, message="m"),
        ),
    ],
)


class Receiver:
    """A loopback endpoint that answers with the given statuses in turn."""

    def __init__(self, statuses: list[int]) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        calls, answers = self.calls, iter(statuses)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                calls.append(
                    (dict(self.headers.items()), self.rfile.read(int(self.headers["Content-Length"])))
                )
                self.send_response(next(answers, 204))
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(request: pytest.FixtureRequest) -> Iterator[Receiver]:
    r = Receiver(request.param)
    yield r
    r.close()


@pytest.mark.parametrize("receiver", [[500, 503, 204]], indirect=True)
def test_retries_with_backoff_until_delivered(receiver: Receiver) -> None:
    waits: list[float] = []
    outcome = deliver(receiver.url, SECRET, DOCUMENT, backoff_s=0.5, sleep=waits.append)
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (True, 3, 204)
    assert waits == [0.5, 1.0]
    headers, body = receiver.calls[-1]
    assert verify(SECRET, headers[SIGNATURE_HEADER], body)
    summary = json.loads(body)
    assert summary["status"] == "OCR_COMPLETED_WITH_PARTIAL_ERROR"
    assert summary["files"][1] == {
        "file_id": "f2",
        "name": "locked.pdf",
        "status": "REJECTED",
        "rejection": "ENCRYPTED_FILE",
    }


@pytest.mark.parametrize("receiver", [[400]], indirect=True)
def test_a_client_error_is_not_retried(receiver: Receiver) -> None:
    outcome = deliver(receiver.url, SECRET, DOCUMENT, sleep=lambda s: None)
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (False, 1, 400)


def test_an_unreachable_endpoint_uses_every_attempt() -> None:
    outcome = deliver("http://127.0.0.1:9/hook", SECRET, DOCUMENT, attempts=3, sleep=lambda s: None)
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (False, 3, None)
    assert outcome.error


def test_signatures_are_checked_for_body_secret_and_age() -> None:
    body = b'{"status": "COMPLETED"}'
    header = sign(SECRET, int(time.time()), body)
    assert verify(SECRET, header, body)
    assert not verify(SECRET, header, body + b" ")
    assert not verify(b"other", header, body)
    assert not verify(SECRET, sign(SECRET, int(time.time()) - 3600, body), body)
    assert not verify(SECRET, "garbage", body)


def _hook_with_callback(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Callable[[Services, RequestRecord, RequestDocument], None], Services, RequestRecord]:
    """The webhook hook with a secret set, local services, and a request whose callback is `receiver`."""
    monkeypatch.setenv("INGEST_WEBHOOK_SECRET", SECRET.decode())
    settings = Settings(home=tmp_path)
    request = RequestRecord(
        "req-1", "tenant-a", "loan-42", DOCUMENT.status, NOW, NOW, callback_url=receiver.url
    )
    return deliver_for(settings), open_services(settings), request


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_the_outcome_is_recorded_next_to_the_document(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook, svc, request = _hook_with_callback(receiver, tmp_path, monkeypatch)
    hook(svc, request, DOCUMENT)
    recorded = json.loads(svc.blobs.get(webhook_key(request)))
    assert recorded["delivered"] is True
    assert recorded["status_code"] == 204
    assert recorded["url"] == receiver.url


@pytest.mark.parametrize("receiver", [[400, 204]], indirect=True)
def test_a_request_whose_outcome_is_recorded_is_not_sent_again(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook may run again for one request (see pipeline.finish_request); the first outcome stands."""
    hook, svc, request = _hook_with_callback(receiver, tmp_path, monkeypatch)
    hook(svc, request, DOCUMENT)
    hook(svc, request, DOCUMENT)
    assert len(receiver.calls) == 1  # refused, and not sent again by the second run
    assert json.loads(svc.blobs.get(webhook_key(request)))["delivered"] is False


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_the_tenant_default_applies_without_a_callback_url(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INGEST_WEBHOOK_SECRET", raising=False)
    monkeypatch.setenv("INGEST_CALLBACK_URLS", f"tenant-a={receiver.url}")
    settings = Settings(home=tmp_path)
    request = RequestRecord("req-1", "tenant-a", "loan-42", DOCUMENT.status, NOW, NOW)
    deliver_for(settings)(open_services(settings), request, DOCUMENT)
    # Signed with the secret generated under INGEST_HOME, readable only by its owner.
    secret_file = tmp_path / "webhook-secret"
    assert secret_file.stat().st_mode & 0o077 == 0
    headers, body = receiver.calls[0]
    assert verify(secret_file.read_text().strip().encode(), headers[SIGNATURE_HEADER], body)
