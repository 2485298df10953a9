"""Webhooks: when a request ends, POST its summary to the lender, signed, retried, and the outcome kept.

The callback URL is the request's own `callback_url`, else the tenant's default
(`INGEST_CALLBACK_URLS="tenant-a=https://...,tenant-b=https://..."`). The body is signed with
HMAC-SHA256 under `INGEST_WEBHOOK_SECRET` (local backend: a secret generated once under
`INGEST_HOME`), in the header `X-Ingest-Signature: t=<unix time>,v1=<hex of HMAC("<t>.<body>")>`.

Callbacks are https to public addresses only (`INGEST_WEBHOOK_ALLOW_PRIVATE=1`, for local
development, also allows http and private targets). The host is resolved and checked when the request
is created and again at each attempt, which connects to the address it checked; redirects are never
followed. Each attempt has one deadline for the whole exchange.

Deliveries run apart from processing: on the local server, a queue and threads of their own; on AWS, a
task of their own (`TaskKind.WEBHOOK`) on the work queue. Delivery is attempted a few times with
exponential backoff; the outcome is stored next to the document as
`results/<tenant>/<request_id>/webhook.json`, and a request whose outcome is stored is not sent again.
Delivery is at least once: a finished request with no stored outcome is sent again, by the redelivered
task on AWS (see `pipeline.finish_request`) and when the local server starts (`LocalDeliveries.resume`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import os
import queue
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ingest import blobkeys, pipeline
from ingest.backends.base import Task, TaskKind
from ingest.models import RequestDocument
from ingest.settings import Settings
from ingest.signing import Secret, signing_secret

if TYPE_CHECKING:
    from ingest.backends.base import RequestRecord
    from ingest.services import Services

log = logging.getLogger("ingest.webhooks")

SIGNATURE_HEADER = "X-Ingest-Signature"
ATTEMPTS = 4
BACKOFF_S = 1.0  # waits 1, 2, 4 s between attempts
TIMEOUT_S = 10.0  # one deadline per attempt: connect, TLS, send and the answer's status line together
SENDER_THREADS = 4  # local server: deliveries in flight at once
SIGNATURE_TOLERANCE_S = 300  # receivers should refuse older signatures (replays)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # an IPv4 address behind a NAT64 gateway


def summary(document: RequestDocument) -> dict[str, object]:
    """What a webhook carries: the outcome and counts, not the statements (GET the document for those)."""
    return {
        "request_id": document.request_id,
        "reference": document.reference,
        "status": document.status.value,
        "status_label": document.status_label,
        "updated_at": document.updated_at.isoformat(),
        "files": [
            {
                "file_id": f.file_id,
                "name": f.name,
                "status": f.status.value,
                "rejection": f.rejection.code.value if f.rejection else None,
            }
            for f in document.files
        ],
        "accounts": len(document.accounts),
        "transactions": sum(len(a.transactions) for a in document.accounts),
    }


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(secret: bytes, header: str, body: bytes, now: float | None = None) -> bool:
    """What a receiver does: check the HMAC and that the signature is recent."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > SIGNATURE_TOLERANCE_S:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


class CallbackRefused(ValueError):
    """A callback URL webhooks are never sent to; the message says why, for the API's 400 answer."""

    transient = False  # whether asking again later may succeed


class CallbackUnresolved(CallbackRefused):
    """The callback's host name does not resolve (now: DNS may answer later)."""

    transient = True


@dataclass(frozen=True, slots=True)
class Target:
    """Where one attempt connects: the URL's name (Host, SNI, certificate) and the address checked."""

    scheme: str
    host: str
    port: int
    path: str
    address: str


Resolver = Callable[..., list[tuple[Any, ...]]]


def public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is on the public internet: not loopback, private, link-local, multicast,
    reserved or unspecified, and not an IPv6 address that embeds one of those (IPv4-mapped, 6to4,
    Teredo, NAT64)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return public_address(embedded)
    return address.is_global and not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def resolve_callback(url: str, allow_private: bool, resolve: Resolver | None = None) -> Target:
    """Check a callback URL and resolve its host: https only and public addresses only, unless
    `allow_private` (local development), which also allows http and private targets.

    Every address the name resolves to must be public (a name that also resolves to a private address
    is refused); the attempt then connects to the first one, the address that was checked.
    """
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme != "https" and not (allow_private and parsed.scheme == "http"):
        raise CallbackRefused("callback_url must be an https URL.")
    if not parsed.hostname or parsed.username is not None or parsed.password is not None:
        raise CallbackRefused("callback_url needs a host name and no user or password.")
    try:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
    except ValueError:
        raise CallbackRefused("callback_url has an invalid port.") from None
    try:
        host = parsed.hostname.encode("idna").decode("ascii")  # the name as DNS, Host and SNI spell it
        found = (resolve or socket.getaddrinfo)(host, port, type=socket.SOCK_STREAM)
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in found]
    except (OSError, UnicodeError, ValueError):
        raise CallbackUnresolved("callback_url's host does not resolve.") from None
    if not addresses:
        raise CallbackUnresolved("callback_url's host does not resolve.")
    if not allow_private and not all(public_address(a) for a in addresses):
        raise CallbackRefused("callback_url must reach a public address, not a private or local one.")
    path = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
    return Target(parsed.scheme, host, port, path, str(addresses[0]))


@dataclass(frozen=True, slots=True)
class Delivery:
    """The recorded outcome of one webhook."""

    url: str
    delivered: bool
    attempts: int
    status_code: int | None
    error: str | None
    finished_at: str


class _PinnedConnection(http.client.HTTPConnection):
    """HTTP(S) to the checked address, never to a second lookup of the name; TLS still checks the name.

    `cut()` ends the exchange from another thread: the one deadline of an attempt.
    """

    def __init__(self, target: Target, timeout_s: float, tls: ssl.SSLContext | None) -> None:
        super().__init__(target.host, target.port, timeout=timeout_s)
        self.target = target
        self.tls = tls
        self.was_cut = False
        self._raw: socket.socket | None = None

    def connect(self) -> None:
        self._raw = socket.create_connection((self.target.address, self.target.port), self.timeout)
        if self.was_cut:
            raise TimeoutError("webhook deadline")
        if self.tls is None:
            self.sock = self._raw
        else:
            # The handshake's timeout bounds the whole handshake, not each read.
            self.sock = self.tls.wrap_socket(self._raw, server_hostname=self.target.host)

    def cut(self) -> None:
        self.was_cut = True
        if self._raw is not None:
            with contextlib.suppress(OSError):
                self._raw.shutdown(socket.SHUT_RDWR)


def _post(target: Target, headers: dict[str, str], body: bytes, timeout_s: float, tls: ssl.SSLContext) -> int:
    """One attempt: connect, send, read the status line, all within `timeout_s`; the HTTP status."""
    connection = _PinnedConnection(target, timeout_s, tls if target.scheme == "https" else None)
    deadline = threading.Timer(timeout_s, connection.cut)
    deadline.start()
    try:
        connection.request("POST", target.path, body, headers)
        return connection.getresponse().status
    except (OSError, http.client.HTTPException):
        if connection.was_cut:
            raise TimeoutError("webhook deadline") from None
        raise
    finally:
        deadline.cancel()
        connection.close()


def deliver(
    url: str,
    secret: bytes,
    document: RequestDocument,
    *,
    allow_private: bool = False,
    attempts: int = ATTEMPTS,
    backoff_s: float = BACKOFF_S,
    timeout_s: float = TIMEOUT_S,
    sleep: Callable[[float], None] = time.sleep,
    resolve: Resolver | None = None,
    tls: ssl.SSLContext | None = None,
) -> Delivery:
    """POST the summary until a 2xx answer, a refusal (3xx, 4xx other than 408/429, a refused URL),
    or out of attempts. Each attempt checks the URL again and connects to the address it checked;
    redirects are never followed."""
    body = json.dumps(summary(document)).encode()
    tls = tls or ssl.create_default_context()
    status_code: int | None = None
    error: str | None = None
    attempt = 0
    for attempt in range(1, attempts + 1):
        status_code, error = None, None
        try:
            target = resolve_callback(url, allow_private, resolve)
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "ingest-webhooks",
                "Connection": "close",
                SIGNATURE_HEADER: sign(secret, int(time.time()), body),
            }
            status_code = _post(target, headers, body, timeout_s, tls)
        except CallbackRefused as e:
            error = str(e)
            if not e.transient:
                break
        except (OSError, http.client.HTTPException) as e:
            error = type(e).__name__
        if status_code is not None:
            if 200 <= status_code < 300:
                break
            redirect = 300 <= status_code < 400
            error = f"HTTP {status_code}" + (": redirects are not followed" if redirect else "")
            if status_code < 500 and status_code not in (408, 429):
                break  # the receiver refuses or redirects this body; sending it again will not help
        if attempt < attempts:
            sleep(backoff_s * 2 ** (attempt - 1))
    delivered = status_code is not None and 200 <= status_code < 300
    return Delivery(url, delivered, attempt, status_code, error, dt.datetime.now(dt.UTC).isoformat())


def tenant_callbacks(env: Mapping[str, str]) -> dict[str, str]:
    """`INGEST_CALLBACK_URLS="tenant-a=https://...,tenant-b=https://..."` -> {tenant: url}."""
    pairs = (item.split("=", 1) for item in env.get("INGEST_CALLBACK_URLS", "").split(",") if "=" in item)
    return {tenant.strip(): url.strip() for tenant, url in pairs}


def webhook_key(request: RequestRecord) -> str:
    return blobkeys.result_key(request, "webhook.json")


def _recorded(svc: Services, request: RequestRecord) -> bool:
    """Whether this request's webhook outcome is already kept (a delivery may be asked for again).

    Only a missing key reads as "not yet": on S3 that is a 404 (NoSuchKey), which S3 answers only to a
    role allowed s3:ListBucket; a 403 is an error, and the delivery task is retried, never sent blind.
    """
    try:
        svc.blobs.get(webhook_key(request))
    except KeyError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Sender:
    """What delivering needs: the signing secret, the tenants' default URLs, and whether private
    targets are allowed."""

    secret: bytes | None
    defaults: Mapping[str, str]
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> Sender:
        return cls(
            signing_secret(settings, Secret.WEBHOOK),
            tenant_callbacks(os.environ),
            settings.webhook_allow_private,
        )

    def url_for(self, request: RequestRecord) -> str | None:
        return request.callback_url or self.defaults.get(request.tenant)

    def send(self, svc: Services, request_id: str) -> Delivery | None:
        """Deliver a finished request's webhook and record the outcome; None when there is nothing to
        send (no URL, an outcome already recorded, a request deleted or not finished)."""
        request = svc.status.get_request(request_id)
        if request is None or not request.status.terminal:
            return None
        url = self.url_for(request)
        if url is None or _recorded(svc, request):
            return None
        if self.secret is None:
            outcome = Delivery(
                url, False, 0, None, "no INGEST_WEBHOOK_SECRET", dt.datetime.now(dt.UTC).isoformat()
            )
        else:
            document = pipeline.get_document(svc, request_id)
            outcome = deliver(url, self.secret, document, allow_private=self.allow_private)
        pipeline.keep_blob(svc, request, webhook_key(request), json.dumps(asdict(outcome)).encode())
        log.info(
            "webhook delivered" if outcome.delivered else "webhook failed",
            extra={"request_id": request_id, "status": outcome.status_code, "error": outcome.error},
        )
        return outcome


def queue_delivery(svc: Services, request: RequestRecord, document: RequestDocument) -> None:
    """The AWS worker's `on_finished` hook: the delivery becomes a task of its own on the queue, so a
    slow receiver holds that task only, and a worker that dies sending it leaves it to be redelivered."""
    if request.callback_url or tenant_callbacks(os.environ).get(request.tenant):
        svc.queue.send(Task(TaskKind.WEBHOOK, request.request_id))


class LocalDeliveries:
    """The local server's deliveries: a queue and threads of their own, so processing never waits on a
    receiver, and a slow receiver holds one sender thread at most."""

    def __init__(self, svc: Services, sender: Sender, threads: int = SENDER_THREADS) -> None:
        self.svc = svc
        self.sender = sender
        self._queue: queue.SimpleQueue[str] = queue.SimpleQueue()
        for n in range(threads):
            threading.Thread(target=self._run, name=f"ingest-webhooks-{n}", daemon=True).start()

    def on_finished(self, svc: Services, request: RequestRecord, document: RequestDocument) -> None:
        """The `on_finished` hook: queue the delivery and return at once."""
        self._queue.put(request.request_id)

    def resume(self) -> int:
        """Queue the delivery of every finished request that has a URL and no recorded outcome: the
        server stopped (or was killed) after the request ended and before the outcome was kept.
        Returns how many were queued."""
        finished = getattr(self.svc.status, "finished_requests", None)
        if finished is None:
            raise TypeError("only the local status store lists its finished requests")
        queued = 0
        for request in finished():
            if self.sender.url_for(request) and not _recorded(self.svc, request):
                self._queue.put(request.request_id)
                queued += 1
        return queued

    def _run(self) -> None:
        while True:
            request_id = self._queue.get()
            try:
                self.sender.send(self.svc, request_id)
            except Exception as e:  # one failed delivery must not stop the sending of the others
                log.error(
                    "webhook delivery failed", extra={"request_id": request_id, "error": type(e).__name__}
                )
