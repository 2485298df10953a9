"""Webhooks: signed, retried with backoff on failures worth retrying, the outcome recorded; sent to
public addresses only, to the address that was checked, never along a redirect, within one deadline."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme

from ingest import pipeline
from ingest.api.app import App
from ingest.api.server import build_app
from ingest.backends.base import RequestRecord
from ingest.codes import FileStatus, RejectionCode, RequestStatus
from ingest.models import FileResult, Rejection, RequestDocument
from ingest.pipeline import DeclaredFile, create_request, get_document, receive_file
from ingest.services import Services, open_services
from ingest.settings import Settings
from ingest.webhooks import (
    SIGNATURE_HEADER,
    CallbackRefused,
    Sender,
    deliver,
    public_address,
    resolve_callback,
    sign,
    verify,
    webhook_key,
)
from tests.unit.test_pipeline import MINIMAL_PDF, _fake_read

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
    """A loopback endpoint that answers with the given statuses in turn (a redirect to `location`)."""

    def __init__(
        self, statuses: list[int], location: str = "", before_answer: Callable[[], object] = lambda: None
    ) -> None:
        self.calls: list[tuple[dict[str, str], bytes]] = []
        calls, answers = self.calls, iter(statuses)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                calls.append(
                    (dict(self.headers.items()), self.rfile.read(int(self.headers["Content-Length"])))
                )
                before_answer()
                self.send_response(next(answers, 204))
                if location:
                    self.send_header("Location", location)
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
    outcome = deliver(receiver.url, SECRET, DOCUMENT, allow_private=True, backoff_s=0.5, sleep=waits.append)
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
    outcome = deliver(receiver.url, SECRET, DOCUMENT, allow_private=True, sleep=lambda s: None)
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (False, 1, 400)


def test_an_unreachable_endpoint_uses_every_attempt() -> None:
    outcome = deliver(
        "http://127.0.0.1:9/hook", SECRET, DOCUMENT, allow_private=True, attempts=3, sleep=lambda s: None
    )
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


def finished_request(
    svc: Services, tenant: str = "tenant-a", callback_url: str | None = None
) -> RequestRecord:
    """A request that ended (no files; its document written) with `callback_url`."""
    request, _ = create_request(svc, tenant, "loan-42", [], callback_url=callback_url)
    svc.status.set_status(request.request_id, RequestStatus.AWAITING_FILES, DOCUMENT.status)
    document = DOCUMENT.model_copy(update={"request_id": request.request_id})
    svc.blobs.put(f"results/{tenant}/{request.request_id}/document.json", document.model_dump_json().encode())
    return request


def _sender_with_callback(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Sender, Services, RequestRecord]:
    """The sender with a secret set, local services, and a finished request whose callback is `receiver`."""
    monkeypatch.setenv("INGEST_WEBHOOK_SECRET", SECRET.decode())
    settings = Settings(home=tmp_path, webhook_allow_private=True)
    svc = open_services(settings)
    return Sender.from_settings(settings), svc, finished_request(svc, callback_url=receiver.url)


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_the_outcome_is_recorded_next_to_the_document(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sender, svc, request = _sender_with_callback(receiver, tmp_path, monkeypatch)
    sender.send(svc, request.request_id)
    recorded = json.loads(svc.blobs.get(webhook_key(request)))
    assert recorded["delivered"] is True
    assert recorded["status_code"] == 204
    assert recorded["url"] == receiver.url


@pytest.mark.parametrize("receiver", [[400, 204]], indirect=True)
def test_a_request_whose_outcome_is_recorded_is_not_sent_again(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A delivery may be asked for again (see pipeline.finish_request); the first outcome stands."""
    sender, svc, request = _sender_with_callback(receiver, tmp_path, monkeypatch)
    sender.send(svc, request.request_id)
    sender.send(svc, request.request_id)
    assert len(receiver.calls) == 1  # refused, and not sent again by the second run
    assert json.loads(svc.blobs.get(webhook_key(request)))["delivered"] is False


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_the_tenant_default_applies_without_a_callback_url(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INGEST_WEBHOOK_SECRET", raising=False)
    monkeypatch.setenv("INGEST_CALLBACK_URLS", f"tenant-a={receiver.url}")
    settings = Settings(home=tmp_path, webhook_allow_private=True)
    svc = open_services(settings)
    Sender.from_settings(settings).send(svc, finished_request(svc).request_id)
    # Signed with the secret generated under INGEST_HOME, readable only by its owner.
    secret_file = tmp_path / "webhook-secret"
    assert secret_file.stat().st_mode & 0o077 == 0
    headers, body = receiver.calls[0]
    assert verify(secret_file.read_text().strip().encode(), headers[SIGNATURE_HEADER], body)


def fake_dns(names: dict[str, list[str]]) -> Callable[..., list[tuple[Any, ...]]]:
    """A resolver answering `names` from the table (an address per lookup, the last repeated); address
    literals as the system does."""
    lookups = {name: iter(answers) for name, answers in names.items()}
    last: dict[str, str] = {}
    system = socket.getaddrinfo

    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in lookups:
            return list(system(host, port, *args, **kwargs))
        address = last[host] = next(lookups[host], last.get(host, ""))
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    return resolve


# Each address family of the issue's SSRF finding, and their IPv6 spellings.
REFUSED_URLS = [
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/hook",
    "https://192.168.1.1/hook",
    "https://172.16.5.4/hook",
    "https://[fd00::1]/hook",
    "https://0.0.0.0/hook",
    "https://127.0.0.1/hook",
    "https://[::1]/hook",
    "https://[::]/hook",
    "https://[fe80::1]/hook",
    "https://224.0.0.1/hook",
    "https://[ff02::1]/hook",
    "https://240.0.0.1/hook",
    "https://100.64.0.1/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[::ffff:169.254.169.254]/hook",
    "https://[::ffff:a9fe:a9fe]/hook",
    "https://[64:ff9b::a9fe:a9fe]/hook",
    "http://lender.example/hook",
    "ftp://lender.example/hook",
    "https://user:pw@lender.example/hook",
]


@pytest.mark.parametrize("url", REFUSED_URLS)
def test_callbacks_to_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(CallbackRefused):
        resolve_callback(url, allow_private=False, resolve=fake_dns({"lender.example": ["93.184.215.14"]}))


def test_names_that_resolve_to_private_addresses_are_refused() -> None:
    dns = fake_dns({"metadata.google.internal": ["169.254.169.254"], "mixed.example": ["10.0.0.1"]})
    for url in ("https://metadata.google.internal/computeMetadata/v1/", "https://mixed.example/hook"):
        with pytest.raises(CallbackRefused):
            resolve_callback(url, allow_private=False, resolve=dns)
    public = resolve_callback(
        "https://lender.example:8443/h?x=1", False, fake_dns({"lender.example": ["93.184.215.14"]})
    )
    assert (public.host, public.port, public.path, public.address) == (
        "lender.example",
        8443,
        "/h?x=1",
        "93.184.215.14",
    )


def test_ipv4_mapped_and_embedded_addresses_are_judged_by_their_ipv4_address() -> None:
    assert not public_address(ipaddress.ip_address("::ffff:10.0.0.1"))
    assert not public_address(ipaddress.ip_address("2002:a9fe:a9fe::1"))  # 6to4 of 169.254.169.254
    assert public_address(ipaddress.ip_address("::ffff:93.184.215.14"))
    assert public_address(ipaddress.ip_address("2606:4700::1111"))


def test_allow_private_is_for_local_development_only() -> None:
    assert resolve_callback("http://127.0.0.1:9/hook", allow_private=True).address == "127.0.0.1"
    with pytest.raises(CallbackRefused):
        resolve_callback("http://127.0.0.1:9/hook", allow_private=False)
    assert Settings.from_env({"INGEST_WEBHOOK_ALLOW_PRIVATE": "1"}).webhook_allow_private
    assert not Settings.from_env({}).webhook_allow_private


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_a_name_that_turns_private_after_creation_gets_nothing(receiver: Receiver) -> None:
    """DNS rebinding: public when the request was created, loopback when the webhook is sent."""
    port = receiver.server.server_address[1]
    dns = fake_dns({"rebind.example": ["93.184.215.14", "127.0.0.1"]})
    url = f"https://rebind.example:{port}/hook"
    resolve_callback(url, allow_private=False, resolve=dns)
    outcome = deliver(url, SECRET, DOCUMENT, resolve=dns, sleep=lambda s: None)
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (False, 1, None)
    assert "public address" in (outcome.error or "")
    assert receiver.calls == []


@pytest.fixture
def metadata() -> Iterator[Receiver]:
    r = Receiver([200])
    yield r
    r.close()


@pytest.mark.parametrize("receiver", [[302]], indirect=True)
def test_a_redirect_to_the_metadata_address_is_not_followed(receiver: Receiver, metadata: Receiver) -> None:
    port = metadata.server.server_address[1]
    target = f"http://127.0.0.1:{port}/latest/meta-data/iam/security-credentials/"
    redirecting = Receiver([302, 302, 302, 302], location=target)
    try:
        outcome = deliver(redirecting.url, SECRET, DOCUMENT, allow_private=True, sleep=lambda s: None)
    finally:
        redirecting.close()
    assert (outcome.delivered, outcome.attempts, outcome.status_code) == (False, 1, 302)
    assert "redirects are not followed" in (outcome.error or "")
    assert len(redirecting.calls) == 1
    assert metadata.calls == []


class TlsReceiver:
    """An https endpoint on 127.0.0.1 whose certificate names `cert_name`; records Host and SNI."""

    def __init__(self, ca: trustme.CA, cert_name: str) -> None:
        self.hosts: list[str] = []
        self.server_names: list[str | None] = []
        hosts = self.hosts

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                hosts.append(self.headers["Host"])
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(cert_name).configure_cert(context)
        context.sni_callback = lambda sock, name, ctx: self.server_names.append(name)  # type: ignore[assignment,func-returns-value]
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_https_goes_to_the_checked_address_with_the_name_for_sni_host_and_certificate() -> None:
    """One lookup per attempt: a second lookup would answer an address where nothing listens."""
    ca = trustme.CA()
    client = ssl.create_default_context()
    ca.configure_trust(client)
    good, wrong = TlsReceiver(ca, "hooks.example"), TlsReceiver(ca, "someone-else.example")
    try:
        dns = fake_dns({"hooks.example": ["127.0.0.1", "127.0.0.2"]})
        outcome = deliver(
            f"https://hooks.example:{good.port}/hook",
            SECRET,
            DOCUMENT,
            allow_private=True,
            attempts=1,
            resolve=dns,
            tls=client,
        )
        assert (outcome.delivered, outcome.status_code) == (True, 204)
        assert good.hosts == [f"hooks.example:{good.port}"]
        assert good.server_names == ["hooks.example"]

        # The certificate is checked against the name, not the address connected to.
        dns = fake_dns({"hooks.example": ["127.0.0.1"]})
        refused = deliver(
            f"https://hooks.example:{wrong.port}/hook",
            SECRET,
            DOCUMENT,
            allow_private=True,
            attempts=1,
            resolve=dns,
            tls=client,
        )
        assert (refused.delivered, refused.status_code) == (False, None)
        assert refused.error == "SSLCertVerificationError"
        assert wrong.hosts == []
    finally:
        good.close()
        wrong.close()


class DrippingReceiver:
    """Accepts a webhook, then answers one byte a second, forever: a receiver that never quite times out."""

    def __init__(self) -> None:
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/hook"
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 10_000:
                if self._stop.wait(1.0):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    def close(self) -> None:
        self._stop.set()
        self.listener.close()


@pytest.fixture
def dripping() -> Iterator[DrippingReceiver]:
    r = DrippingReceiver()
    yield r
    r.close()


def test_one_deadline_bounds_the_whole_exchange(dripping: DrippingReceiver) -> None:
    """A byte a second keeps any per-read timeout from firing; the attempt's deadline still ends it."""
    started = time.monotonic()
    outcome = deliver(dripping.url, SECRET, DOCUMENT, allow_private=True, attempts=1, timeout_s=2.0)
    assert time.monotonic() - started < 4.0
    assert (outcome.delivered, outcome.status_code, outcome.error) == (False, None, "TimeoutError")


def _wait(condition: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def _submit(app: App, tenant: str, callback_url: str | None = None) -> str:
    """A one-file request through the local server's own path: created, its file received, processed."""
    request, files = create_request(
        app.svc, tenant, "loan", [DeclaredFile("a.pdf")], callback_url=callback_url
    )
    receive_file(app.svc, request.request_id, files[0].file_id, MINIMAL_PDF + tenant.encode())
    assert app.on_upload is not None
    app.on_upload()
    return request.request_id


def _outcome(svc: Services, request: RequestRecord) -> dict[str, Any]:
    try:
        return dict(json.loads(svc.blobs.get(webhook_key(request))))
    except KeyError:
        return {}


def _terminal(app: App, request_id: str) -> Callable[[], bool]:
    return lambda: get_document(app.svc, request_id).status.terminal


def test_a_dripping_receiver_does_not_delay_another_tenants_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dripping: DrippingReceiver
) -> None:
    monkeypatch.setattr(pipeline, "read_file", _fake_read)
    monkeypatch.setenv("INGEST_WEBHOOK_SECRET", SECRET.decode())
    monkeypatch.delenv("INGEST_CALLBACK_URLS", raising=False)
    app = build_app(
        Settings(home=tmp_path / "home", webhook_allow_private=True, public_url="http://127.0.0.1:8080")
    )
    slow = _submit(app, "tenant-a", callback_url=dripping.url)
    assert _wait(_terminal(app, slow), 30)
    assert _wait(lambda: dripping.connections == 1, 10)  # its webhook is being dripped an answer

    started = time.monotonic()
    other = _submit(app, "tenant-b")
    assert _wait(_terminal(app, other), 10)
    assert time.monotonic() - started < 5
    ended = app.svc.status.get_request(slow)
    assert ended is not None
    with pytest.raises(KeyError):  # the slow delivery is still under way
        app.svc.blobs.get(webhook_key(ended))


@pytest.mark.parametrize("receiver", [[204]], indirect=True)
def test_a_request_that_ended_before_a_crash_has_its_webhook_sent_when_the_server_starts(
    receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server was killed after the request became terminal and before its webhook's outcome was kept."""
    monkeypatch.setenv("INGEST_WEBHOOK_SECRET", SECRET.decode())
    monkeypatch.delenv("INGEST_CALLBACK_URLS", raising=False)
    settings = Settings(
        home=tmp_path / "home", webhook_allow_private=True, public_url="http://127.0.0.1:8080"
    )
    before = open_services(settings)
    unsent = finished_request(before, callback_url=receiver.url)
    sent = finished_request(before, callback_url=receiver.url)
    before.blobs.put(webhook_key(sent), b"{}")  # its outcome was kept: not sent again
    finished_request(before)  # no callback: nothing to send

    app = build_app(settings)  # the server starting again

    assert _wait(lambda: len(receiver.calls) == 1, 10)
    headers, body = receiver.calls[0]
    assert verify(SECRET, headers[SIGNATURE_HEADER], body)
    assert json.loads(body)["request_id"] == unsent.request_id
    assert _wait(lambda: _outcome(app.svc, unsent).get("delivered") is True, 5)
    time.sleep(0.5)
    assert len(receiver.calls) == 1


def test_a_request_deleted_while_its_webhook_is_sent_keeps_no_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INGEST_WEBHOOK_SECRET", SECRET.decode())
    settings = Settings(
        home=tmp_path / "home", webhook_allow_private=True, public_url="http://127.0.0.1:8080"
    )
    svc = open_services(settings)
    doomed: list[str] = []
    receiver = Receiver([204], before_answer=lambda: pipeline.delete_request(svc, doomed[0]))
    try:
        request = finished_request(svc, callback_url=receiver.url)
        doomed.append(request.request_id)
        outcome = Sender.from_settings(settings).send(svc, request.request_id)
    finally:
        receiver.close()
    assert outcome is not None and outcome.delivered
    assert [p for p in (tmp_path / "home" / "blobs").rglob("*") if request.request_id in p.as_posix()] == []
