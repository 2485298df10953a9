"""`ingest api`: the HTTP API on a small threaded stdlib server, the same App that Lambda runs.

With the local backend it also serves the signed upload endpoint and processes requests in a
background thread as their files arrive. With the aws backend, uploads go to S3 and `ingest worker`
(or the Lambda worker) does the processing.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType

from ingest import pipeline, webhooks
from ingest.api.app import App, ErrorCode, Response, error_response
from ingest.api.uploads import LocalUploads
from ingest.backends.base import UploadSigner
from ingest.services import Services, open_services
from ingest.settings import Settings

log = logging.getLogger("ingest.api")

FORM_OVERHEAD_BYTES = 64 * 1024  # multipart boundaries and fields around the file


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
        while True:
            self._wake.wait()
            self._wake.clear()
            try:
                pipeline.drain(self.svc)
            except Exception as e:  # one failing task must not stop the processing of the others
                log.error("processing failed", extra={"error": type(e).__name__})
                self._wake.set()  # the tasks queued behind it run now, not at the next upload


def build_app(settings: Settings) -> App:
    """The App for the configured backend, with its upload signer and (local) background processor and
    webhook senders."""
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
    secret = webhooks.stored_secret(settings, "INGEST_UPLOAD_SECRET", "upload-secret")
    assert secret is not None  # the local backend always has one
    uploads = LocalUploads(secret)
    processor = Processor(svc)
    if resumed := pipeline.resume_local(svc):
        log.info("unfinished requests resumed", extra={"requests": resumed})
        processor.wake()
    return App(svc, uploads, on_upload=processor.wake)


def handler_class(app: App, max_body_bytes: int) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "ingest"
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                self._send(
                    error_response(400, ErrorCode.MALFORMED_REQUEST, "Bad Content-Length."), close=True
                )
                return
            if length > max_body_bytes:
                # Refused before reading: an oversized body is never buffered.
                message = f"The body is over the {max_body_bytes} bytes this server accepts."
                self._send(error_response(413, ErrorCode.UPLOAD_TOO_LARGE, message), close=True)
                return
            body = self.rfile.read(length) if length else b""
            self._send(app.handle(self.command, self.path, dict(self.headers.items()), body))

        def _send(self, response: Response, close: bool = False) -> None:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(response.body)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: object) -> None:
            # Paths hold request ids only; no bodies, headers or keys are logged.
            log.info("%s %s", self.command, self.path.split("?", 1)[0])

    return Handler


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT. Port 0 picks a free port; the address is printed on stderr."""
    app = build_app(settings)
    max_body = settings.limits.max_file_bytes + FORM_OVERHEAD_BYTES
    httpd = ThreadingHTTPServer((host, port), handler_class(app, max_body))
    httpd.daemon_threads = True

    def stop(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    bound_host, bound_port = httpd.server_address[:2]
    print(f"ingest api: listening on http://{bound_host!s}:{bound_port}", file=sys.stderr, flush=True)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
