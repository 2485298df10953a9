"""The blob-key layout, in one place: where a request's uploads, extraction results and document live.

Uploads are `requests/<tenant>/<request_id>/<file_id>`: the AWS backend's upload URLs are bound to
that key and its arrival events name it, so it is built and parsed here and nowhere else. What the
pipeline derives from them lives under `results/<tenant>/<request_id>/`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.backends.base import RequestRecord

UPLOADS = "requests/"  # what clients upload; the only prefix whose new objects start work
RESULTS = "results/"  # what the pipeline writes: extraction results, documents, webhook outcomes


@dataclass(frozen=True, slots=True)
class UploadKey:
    """The parts of an upload's key."""

    tenant: str
    request_id: str
    file_id: str


def upload_key(request: RequestRecord, file_id: str) -> str:
    return f"{UPLOADS}{request.tenant}/{request.request_id}/{file_id}"


def parse_upload_key(key: str) -> UploadKey | None:
    """The parts of an upload key; None for a key outside the upload layout."""
    if not key.startswith(UPLOADS):
        return None
    parts = key[len(UPLOADS) :].split("/")
    if len(parts) != 3 or not all(parts):  # tenant, request, file
        return None
    tenant, request_id, file_id = parts
    return UploadKey(tenant, request_id, file_id)


def result_key(request: RequestRecord, name: str) -> str:
    """A result of the request's, e.g. `document.json`."""
    return f"{RESULTS}{request.tenant}/{request.request_id}/{name}"


def extraction_key(request: RequestRecord, file_id: str) -> str:
    return result_key(request, f"{file_id}.json")


def document_key(request: RequestRecord) -> str:
    return result_key(request, "document.json")


def request_prefixes(request: RequestRecord) -> tuple[str, str]:
    """Every key of the request's is under one of these: its uploads, then its results."""
    return f"{UPLOADS}{request.tenant}/{request.request_id}/", result_key(request, "")
