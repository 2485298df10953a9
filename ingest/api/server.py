"""`ingest api`: the HTTP API on uvicorn (strict HTTP/1.1 parsing by h11), the same App that Lambda runs.

The server in front of the App refuses what a proxy could read differently: h11 answers 400 and closes
the connection on a malformed request line, an oversized head, a `Content-Length` that is not digits or
two that disagree; this module adds an HTTP version other than 1.0 or 1.1, and `Content-Length` with
`Transfer-Encoding`. A request head must arrive within strict_h11.HEADER_TIMEOUT_S, each body chunk within
BODY_IDLE_TIMEOUT_S and the whole body within its deadline; connections are capped at
MAX_CONNECTIONS. JSON bodies are read whole (they are small); uploads stream through the FormReader,
whose policy is checked before the file is read.

With the local backend it also serves the signed upload endpoint and processes requests in a
background thread as their files arrive. With the aws backend, uploads go to S3 and `ingest worker`
(or the Lambda worker) does the processing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import sys
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ingest import pipeline, webhooks
from ingest.api.app import App, Response, error_response
from ingest.api.openapi import ErrorCode
from ingest.api.uploads import FORM_OVERHEAD_BYTES, UPLOAD_PATH, LocalUploads, UploadRefused
from ingest.backends.base import UploadSigner
from ingest.errors import UsageError
from ingest.sandbox import Sandbox
from ingest.services import Services, open_services
from ingest.settings import Settings
from ingest.signing import Secret, signing_secret

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger("ingest.api")

BODY_IDLE_TIMEOUT_S = 15.0  # longest wait for the next chunk of a body
JSON_BODY_DEADLINE_S = 30.0  # a whole JSON body
UPLOAD_DEADLINE_S = 300.0  # a whole upload: 20 MB at under 70 KB/s still arrives
MAX_JSON_BODY_BYTES = 1024 * 1024  # POST /requests with 24 files is a few KiB
MAX_CONNECTIONS = 64  # beyond it uvicorn answers 503 at once
MAX_HEAD_BYTES = 16 * 1024  # request line and headers; h11 answers 400 past it
KEEP_ALIVE_S = 5

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Processor:
    """The local backend's worker: one thread that drains the in-process queue when nudged."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ingest-processor", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        # One reader child for the files this thread reads, kept from one file to the next (see
        # ingest.sandbox); it is tied to the thread that started it, and dies with the server.
        svc = replace(self.svc, reader=Sandbox(pipeline.read_file))
        while True:
            self._wake.wait()
            self._wake.clear()
            try:
                pipeline.drain(svc)
            except Exception as e:  # one failing task must not stop the processing of the others
                log.error("processing failed", extra={"error": type(e).__name__})
                self._wake.set()  # the tasks queued behind it run now, not at the next upload


def build_app(settings: Settings) -> App:
    """The App for the configured backend, with its upload signer, (local) background processor and
    webhook senders.

    Its secrets are read here, once: a missing, empty or short one stops the start (UsageError).
    """
    svc = open_services(settings)
    uploads: UploadSigner
    if settings.backend == "aws":
        from ingest.backends.aws import S3BlobStore, S3Uploads  # noqa: PLC0415

        assert isinstance(svc.blobs, S3BlobStore)
        return App(svc, S3Uploads(svc.blobs))
    deliveries = webhooks.LocalDeliveries(svc, webhooks.Sender.from_settings(settings))
    # Before any processing: a request that ends from now on is queued by its hook, not twice.
    if queued := deliveries.resume():
        log.info("webhooks of finished requests queued again", extra={"requests": queued})
    svc = replace(svc, on_finished=deliveries.on_finished)
    secret = signing_secret(settings, Secret.UPLOAD)
    assert secret is not None  # the local backend always has one
    uploads = LocalUploads(secret, settings.home / "incoming")
    app = App(svc, uploads)  # checks INGEST_PUBLIC_URL before a thread starts
    processor = Processor(svc)
    app.on_upload = processor.wake
    if resumed := pipeline.resume_local(svc):
        log.info("unfinished requests resumed", extra={"requests": resumed})
        processor.wake()
    return app


class BodyTimeout(Exception):
    """The client stopped sending its body, or sends it too slowly."""


class Asgi:
    """The ASGI application: framing checks, bounded body reads, then the App (in a thread)."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan and websocket: nothing to set up, nothing served
        method, path = str(scope["method"]), str(scope["path"])
        headers = _headers(scope)
        log.info("%s %s", method, path[:200])
        if refusal := _framing_refusal(scope, headers):
            await _send(send, error_response(400, ErrorCode.MALFORMED_REQUEST, refusal), close=True)
            return
        try:
            content_length = int(headers["content-length"]) if "content-length" in headers else None
        except ValueError:  # h11 lets digits only through; kept as a second line of defence
            content_length = -1
        if content_length is not None and content_length < 0:
            await _send(send, error_response(400, ErrorCode.MALFORMED_REQUEST, "Bad Content-Length."), True)
            return
        try:
            if path == UPLOAD_PATH and method == "POST" and isinstance(self.app.uploads, LocalUploads):
                response = await self._upload(self.app.uploads, headers, content_length, receive)
            else:
                body = await _read_body(receive, content_length, MAX_JSON_BODY_BYTES, JSON_BODY_DEADLINE_S)
                response = await asyncio.to_thread(self.app.handle, method, path, headers, body)
        except UploadRefused as e:
            # Refused before the body was read: the rest of it is never read, so the connection closes.
            await _send(send, error_response(e.status, e.code, e.message), close=True)
            return
        except BodyTimeout:
            message = "The body did not arrive in time."
            await _send(send, error_response(408, ErrorCode.REQUEST_TIMEOUT, message), close=True)
            return
        await _send(send, response)

    async def _upload(
        self, uploads: LocalUploads, headers: dict[str, str], content_length: int | None, receive: Receive
    ) -> Response:
        limit = self.app.svc.settings.limits.max_file_bytes + FORM_OVERHEAD_BYTES
        if content_length is not None and content_length > limit:
            message = f"The body is over the {limit} bytes this server accepts."
            raise UploadRefused(413, ErrorCode.UPLOAD_TOO_LARGE, message)
        reader = uploads.receive(headers.get("content-type", ""), content_length, self.app.svc.clock())
        try:
            async for chunk in _chunks(receive, limit, UPLOAD_DEADLINE_S):
                reader.feed(chunk)
            received = reader.finish()
        except BaseException:
            reader.close()
            raise
        return await asyncio.to_thread(self.app.store_upload, received)


def _headers(scope: Scope) -> dict[str, str]:
    """Header names lowered; a repeated header keeps every value, comma-joined (h11 vetted framing)."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _framing_refusal(scope: Scope, headers: dict[str, str]) -> str | None:
    """Why this request's framing is refused, beyond what h11 refuses itself; None when it is sound."""
    if scope.get("http_version") not in ("1.0", "1.1"):
        return "Only HTTP/1.0 and HTTP/1.1 are served."
    # h11 caps a head that arrives in pieces; one that arrives whole is measured here.
    head = len(scope["raw_path"]) + len(scope["query_string"])
    head += sum(len(name) + len(value) + 4 for name, value in scope["headers"])
    if head > MAX_HEAD_BYTES:
        return f"The request line and headers are over {MAX_HEAD_BYTES} bytes."
    if "transfer-encoding" in headers and "content-length" in headers:
        # Two framings: a proxy in front may have used the other one (request smuggling).
        return "Send Content-Length or Transfer-Encoding, not both."
    return None


async def _chunks(receive: Receive, limit: int, deadline_s: float) -> Any:
    """The body's chunks as they arrive; BodyTimeout when slow, UploadRefused past `limit` bytes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + deadline_s
    total = 0
    while True:
        wait = min(BODY_IDLE_TIMEOUT_S, deadline - loop.time())
        if wait <= 0:
            raise BodyTimeout
        try:
            message = await asyncio.wait_for(receive(), wait)
        except TimeoutError:
            raise BodyTimeout from None
        if message["type"] == "http.disconnect":
            raise BodyTimeout
        chunk = bytes(message.get("body", b""))
        total += len(chunk)
        if total > limit:
            raise UploadRefused(413, ErrorCode.UPLOAD_TOO_LARGE, f"The body is over {limit} bytes.")
        if chunk:
            yield chunk
        if not message.get("more_body", False):
            return


async def _read_body(receive: Receive, content_length: int | None, limit: int, deadline_s: float) -> bytes:
    if content_length is not None and content_length > limit:
        raise UploadRefused(413, ErrorCode.UPLOAD_TOO_LARGE, f"The body is over {limit} bytes.")
    return b"".join([chunk async for chunk in _chunks(receive, limit, deadline_s)])


async def _send(send: Send, response: Response, close: bool = False) -> None:
    headers = [(name.lower().encode(), value.encode()) for name, value in response.headers.items()]
    headers.append((b"content-length", str(len(response.body)).encode()))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


def public_url(settings: Settings, host: str, port: int) -> str:
    """INGEST_PUBLIC_URL, else the bound address when it is loopback (a developer's machine)."""
    if settings.public_url is not None:
        return settings.public_url
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise UsageError(
            f"set INGEST_PUBLIC_URL to the base URL clients reach this API at (listening on {host})"
        )
    return f"http://{host}:{port}" if ":" not in host else f"http://[{host}]:{port}"


def make_server(settings: Settings, host: str, port: int) -> tuple[uvicorn.Server, socket.socket]:
    """The uvicorn server for the App, and its bound socket (port 0 picks a free one)."""
    import uvicorn  # noqa: PLC0415  (the Lambda image never serves HTTP itself)

    from ingest.api.strict_h11 import StrictH11Protocol  # noqa: PLC0415

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family, backlog=MAX_CONNECTIONS)
    try:
        if settings.backend == "local":  # its upload URLs point at this server
            url = public_url(settings, host, sock.getsockname()[1])
            settings = settings.model_copy(update={"public_url": url})
        app = build_app(settings)
    except BaseException:
        sock.close()
        raise
    config = uvicorn.Config(
        Asgi(app),
        http=StrictH11Protocol,
        lifespan="off",
        log_config=None,
        access_log=False,  # the App logs each request itself, escaped
        server_header=False,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=KEEP_ALIVE_S,
        h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        timeout_graceful_shutdown=10,
    )
    return uvicorn.Server(config), sock


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT. Port 0 picks a free port; the address is printed on stderr."""
    server, sock = make_server(settings, host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    print(f"ingest api: listening on http://{bound_host!s}:{bound_port}", file=sys.stderr, flush=True)
    server.run(sockets=[sock])
