"""Webhooks: when a request ends, POST its summary to the lender, signed, retried, and the outcome kept.

The callback URL is the request's own `callback_url`, else the tenant's default
(`INGEST_CALLBACK_URLS="tenant-a=https://...,tenant-b=https://..."`). The body is signed with
HMAC-SHA256 under `INGEST_WEBHOOK_SECRET` (local backend: a secret generated once under
`INGEST_HOME`), in the header `X-Ingest-Signature: t=<unix time>,v1=<hex of HMAC("<t>.<body>")>`.
Delivery is attempted a few times with exponential backoff; the outcome is stored next to the
document as `results/<tenant>/<request_id>/webhook.json`, and a request whose outcome is stored is not
sent again. Delivery is at least once: a worker that died before storing the outcome leaves its task to
be redelivered, and the pipeline runs the hook again (see `pipeline.finish_request`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ingest.models import RequestDocument
from ingest.settings import Settings
from ingest.signing import Secret, signing_secret

if TYPE_CHECKING:
    from ingest.backends.base import RequestRecord
    from ingest.pipeline import Services

log = logging.getLogger("ingest.webhooks")

SIGNATURE_HEADER = "X-Ingest-Signature"
ATTEMPTS = 4
BACKOFF_S = 1.0  # waits 1, 2, 4 s between attempts
TIMEOUT_S = 10.0
SIGNATURE_TOLERANCE_S = 300  # receivers should refuse older signatures (replays)
_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


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


def valid_callback_url(url: str) -> bool:
    """https anywhere; plain http only to this machine (a lending app's laptop, tests)."""
    parsed = urllib.parse.urlsplit(url)
    if not parsed.hostname:
        return False
    return parsed.scheme == "https" or (parsed.scheme == "http" and parsed.hostname in _LOOPBACK)


@dataclass(frozen=True, slots=True)
class Delivery:
    """The recorded outcome of one webhook."""

    url: str
    delivered: bool
    attempts: int
    status_code: int | None
    error: str | None
    finished_at: str


def deliver(
    url: str,
    secret: bytes,
    document: RequestDocument,
    *,
    attempts: int = ATTEMPTS,
    backoff_s: float = BACKOFF_S,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """POST the summary until a 2xx answer, a client error (4xx other than 408/429), or out of attempts."""
    body = json.dumps(summary(document)).encode()
    status_code: int | None = None
    error: str | None = None
    attempt = 0
    for attempt in range(1, attempts + 1):
        request = urllib.request.Request(  # noqa: S310  (scheme checked by valid_callback_url)
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(secret, int(time.time()), body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310
                status_code, error = response.status, None
        except urllib.error.HTTPError as e:
            status_code, error = e.code, f"HTTP {e.code}"
        except (urllib.error.URLError, OSError) as e:
            status_code, error = None, type(e).__name__
        if status_code is not None and 200 <= status_code < 300:
            break
        if status_code is not None and 400 <= status_code < 500 and status_code not in (408, 429):
            break  # the receiver refuses this body; sending it again will not help
        if attempt < attempts:
            sleep(backoff_s * 2 ** (attempt - 1))
    delivered = status_code is not None and 200 <= status_code < 300
    return Delivery(url, delivered, attempt, status_code, error, dt.datetime.now(dt.UTC).isoformat())


def tenant_callbacks(env: Mapping[str, str]) -> dict[str, str]:
    """`INGEST_CALLBACK_URLS="tenant-a=https://...,tenant-b=https://..."` -> {tenant: url}."""
    pairs = (item.split("=", 1) for item in env.get("INGEST_CALLBACK_URLS", "").split(",") if "=" in item)
    return {tenant.strip(): url.strip() for tenant, url in pairs}


def webhook_key(request: RequestRecord) -> str:
    return f"results/{request.tenant}/{request.request_id}/webhook.json"


def _recorded(svc: Services, request: RequestRecord) -> bool:
    """Whether this request's webhook outcome is already kept (the hook may run again; see pipeline)."""
    try:
        svc.blobs.get(webhook_key(request))
    except KeyError:
        return False
    return True


def deliver_for(settings: Settings) -> Callable[[Services, RequestRecord, RequestDocument], None]:
    """The `on_finished` hook: deliver the webhook a finished request asks for, and record the outcome."""
    secret = signing_secret(settings, Secret.WEBHOOK)
    defaults = tenant_callbacks(os.environ)

    def on_finished(svc: Services, request: RequestRecord, document: RequestDocument) -> None:
        url = request.callback_url or defaults.get(request.tenant)
        if not url or _recorded(svc, request):
            return
        if secret is None:
            outcome = Delivery(
                url, False, 0, None, "no INGEST_WEBHOOK_SECRET", dt.datetime.now(dt.UTC).isoformat()
            )
        else:
            outcome = deliver(url, secret, document)
        svc.blobs.put(webhook_key(request), json.dumps(asdict(outcome)).encode())
        log.info(
            "webhook delivered" if outcome.delivered else "webhook failed",
            extra={"request_id": request.request_id, "status": outcome.status_code, "error": outcome.error},
        )

    return on_finished
