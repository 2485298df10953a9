"""The HTTP API as one pure function of (method, path, headers, body), shared by `ingest api` and Lambda.

Routes (see DESIGN.md, "HTTP API"):
- `POST /requests`: declare the files; answers signed uploads, one per file.
- `GET /requests/{id}`: the request document; 202 while in progress, 200 once terminal.
- `GET /requests/{id}/review`: the review page (HTML) of the request.
- `DELETE /requests/{id}`: remove the request's uploads, results and records.
- `POST /uploads`: the local backend's own upload endpoint (signed policy, no API key).
- `GET /openapi.json`: the OpenAPI 3.1 document of these routes (no API key).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pydantic import ValidationError

from ingest import pipeline
from ingest.api.openapi import CreatedRequestBody, CreateRequestBody, ErrorCode, UploadBody, openapi_document
from ingest.api.uploads import UPLOAD_PATH, LocalUploads, Received, UploadRefused
from ingest.backends.base import UploadSigner
from ingest.blobkeys import upload_key
from ingest.errors import RequestNotFound, UsageError
from ingest.pipeline import DeclaredFile
from ingest.services import Services
from ingest.webhooks import CallbackRefused, resolve_callback

log = logging.getLogger("ingest.api")

UPLOAD_EXPIRY = dt.timedelta(minutes=15)  # upload URLs are short-lived
SIZE_SLACK_BYTES = 4096  # a declared size may be a little off (a client that counts differently)
SIZE_SLACK_RATIO = 0.01
_REQUEST_PATH = re.compile(r"^/requests/([A-Za-z0-9-]{1,64})/?$")
_REVIEW_PATH = re.compile(r"^/requests/([A-Za-z0-9-]{1,64})/review/?$")
METHODS = frozenset({"GET", "POST", "DELETE"})  # the methods some route answers


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


class ApiError(Exception):
    def __init__(self, status: int, code: ErrorCode | str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = str(code)
        self.message = message


def json_response(status: int, payload: object) -> Response:
    return Response(status, json.dumps(payload).encode())


def error_response(status: int, code: ErrorCode | str, message: str) -> Response:
    return json_response(status, {"code": str(code), "message": message})


class App:
    """Routes a request to its handler; every answer, error or not, is a JSON Response."""

    def __init__(
        self,
        svc: Services,
        uploads: UploadSigner,
        on_upload: Callable[[], None] | None = None,
    ) -> None:
        if isinstance(uploads, LocalUploads) and svc.settings.public_url is None:
            raise UsageError("set INGEST_PUBLIC_URL: the base URL clients reach this API at")
        self.svc = svc
        self.uploads = uploads
        self.on_upload = on_upload  # the local server's nudge to its background processor

    def handle(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Response:
        lowered = {name.lower(): value for name, value in headers.items()}
        return self._answer(lambda: self._route(method.upper(), path.split("?", 1)[0], lowered, body))

    def _answer(self, route: Callable[[], Response]) -> Response:
        """The route's response, or the JSON error an exception maps to."""
        try:
            return route()
        except ApiError as e:
            return error_response(e.status, e.code, e.message)
        except UploadRefused as e:
            return error_response(e.status, e.code, e.message)
        except Exception as e:
            # Only the type is logged: a message could quote request contents.
            log.error("api error", extra={"error": type(e).__name__})
            return error_response(500, ErrorCode.INTERNAL_ERROR, "Something went wrong; try again later.")

    def _route(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Response:
        if method not in METHODS:  # HEAD, OPTIONS and the rest: no route answers them
            raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, f"No route answers {method[:20]}.")
        if path == "/openapi.json":
            if method != "GET":
                raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, "Use GET /openapi.json.")
            return json_response(200, openapi_document())
        if path.rstrip("/") == "/requests":
            if method != "POST":
                raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, "Use POST /requests.")
            return self.create(self._tenant(headers), headers, body)
        if match := _REQUEST_PATH.match(path):
            request_id = match.group(1)
            if method == "GET":
                return self.get(self._tenant(headers), request_id)
            if method == "DELETE":
                return self.delete(self._tenant(headers), request_id)
            raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, "Use GET or DELETE /requests/{id}.")
        if match := _REVIEW_PATH.match(path):
            if method != "GET":
                raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, "Use GET /requests/{id}/review.")
            return self.review(self._tenant(headers), match.group(1))
        if path == UPLOAD_PATH and isinstance(self.uploads, LocalUploads):
            if method != "POST":
                raise ApiError(405, ErrorCode.METHOD_NOT_ALLOWED, "Use POST with the upload's form fields.")
            return self.upload(self.uploads, headers, body)
        raise ApiError(404, ErrorCode.NOT_FOUND, f"No route {method} {path[:200]}.")

    def _tenant(self, headers: Mapping[str, str]) -> str:
        key = headers.get("x-api-key", "")
        for known, tenant in self.svc.settings.api_keys.items():
            if key and hmac.compare_digest(known.encode(), key.encode()):
                return tenant
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "Send a valid API key in the x-api-key header.")

    def create(self, tenant: str, headers: Mapping[str, str], body: bytes) -> Response:
        try:
            declared = CreateRequestBody.model_validate_json(body)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise ApiError(400, ErrorCode.MALFORMED_REQUEST, f"{where}: {first['msg']}") from None
        limits = self.svc.settings.limits
        if len(declared.files) > limits.max_files:
            raise ApiError(
                413, ErrorCode.TOO_MANY_FILES, f"A request may have at most {limits.max_files} files."
            )
        for f in declared.files:
            if f.size > limits.max_file_bytes:
                raise ApiError(
                    413,
                    ErrorCode.FILE_TOO_LARGE,
                    f"{f.name} is {f.size} bytes; the limit is {limits.max_file_bytes} bytes per file.",
                )
        if declared.callback_url is not None:
            try:
                resolve_callback(declared.callback_url, self.svc.settings.webhook_allow_private)
            except CallbackRefused as e:
                raise ApiError(400, ErrorCode.MALFORMED_REQUEST, str(e)) from None
        request, records = pipeline.create_request(
            self.svc,
            tenant,
            declared.reference,
            [DeclaredFile(f.name, f.size) for f in declared.files],
            callback_url=declared.callback_url,
        )
        expires_at = self.svc.clock() + UPLOAD_EXPIRY
        uploads = []
        for record, f in zip(records, declared.files, strict=True):
            slack = max(SIZE_SLACK_BYTES, int(f.size * SIZE_SLACK_RATIO))
            offer = self.uploads.offer(
                upload_key(request, record.file_id),
                f.content_type,
                min(f.size + slack, limits.max_file_bytes),
                expires_at,
                self.svc.settings.public_url or "",
            )
            uploads.append(
                UploadBody(
                    file_id=record.file_id,
                    name=f.name,
                    method=offer.method,
                    url=offer.url,
                    fields=offer.fields,
                    headers=offer.headers,
                    expires_at=offer.expires_at.isoformat(),
                )
            )
        created = CreatedRequestBody(
            request_id=request.request_id,
            reference=request.reference,
            status=request.status.value,
            uploads=uploads,
        )
        return Response(201, created.model_dump_json().encode())

    def get(self, tenant: str, request_id: str) -> Response:
        try:
            document = pipeline.get_document(self.svc, request_id, tenant)
        except RequestNotFound:
            raise _not_found(request_id) from None
        return Response(document.status.http_status, document.model_dump_json().encode())

    def review(self, tenant: str, request_id: str) -> Response:
        from ingest.review import review_page  # noqa: PLC0415  (page rendering stays out of other routes)

        try:
            page = review_page(self.svc, request_id, tenant)
        except RequestNotFound:
            raise _not_found(request_id) from None
        return Response(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})

    def delete(self, tenant: str, request_id: str) -> Response:
        request = self.svc.status.get_request(request_id)
        if request is None or request.tenant != tenant:
            raise _not_found(request_id)
        pipeline.delete_request(self.svc, request_id)
        return Response(204, b"", {})

    def upload(self, uploads: LocalUploads, headers: Mapping[str, str], body: bytes) -> Response:
        """A whole upload body at once; `ingest api` streams it through the same FormReader instead."""
        reader = uploads.receive(headers.get("content-type", ""), len(body), self.svc.clock())
        reader.feed(body)
        return self._store_upload(reader.finish())

    def store_upload(self, received: Received) -> Response:
        """Record an upload its policy allowed; its temporary file is discarded either way."""
        return self._answer(lambda: self._store_upload(received))

    def _store_upload(self, received: Received) -> Response:
        try:
            _, tenant, request_id, file_id = received.key.split("/")
            request = self.svc.status.get_request(request_id)
            if request is None or request.tenant != tenant:
                raise ApiError(403, ErrorCode.UPLOAD_FORBIDDEN, "This upload's request no longer exists.")
            try:
                pipeline.receive_file(self.svc, request_id, file_id, received.path.read_bytes())
            except RequestNotFound:
                raise ApiError(
                    403, ErrorCode.UPLOAD_FORBIDDEN, "This upload's file was not declared."
                ) from None
        finally:
            received.discard()
        if self.on_upload is not None:
            self.on_upload()
        return Response(204, b"", {})


def _not_found(request_id: str) -> ApiError:
    return ApiError(404, ErrorCode.SESSION_NONEXISTENT, f"No request {request_id}.")
