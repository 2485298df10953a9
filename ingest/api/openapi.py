"""The API's bodies as pydantic models, and the OpenAPI 3.1 document made from them (GET /openapi.json)."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

from ingest.models import RequestDocument


class ErrorCode(StrEnum):
    """Codes of the API's error bodies `{"code", "message"}`."""

    UNAUTHORIZED = "UNAUTHORIZED"  # 401: no x-api-key, or one that maps to no tenant
    SESSION_NONEXISTENT = "SESSION_NONEXISTENT"  # 404: no such request for this tenant
    MALFORMED_REQUEST = "MALFORMED_REQUEST"  # 400: the body (or its HTTP framing) is not what is expected
    FILE_TOO_LARGE = "FILE_TOO_LARGE"  # 413: a declared size over the byte limit
    TOO_MANY_FILES = "TOO_MANY_FILES"  # 413: more files than a request may have
    UPLOAD_TOO_LARGE = "UPLOAD_TOO_LARGE"  # 413: an upload (or a body) over its size cap
    UPLOAD_EXPIRED = "UPLOAD_EXPIRED"  # 403: an upload after its policy expired
    UPLOAD_FORBIDDEN = "UPLOAD_FORBIDDEN"  # 403: an upload whose policy or signature does not match
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"  # 408: the body did not arrive in time
    NOT_FOUND = "NOT_FOUND"  # 404: no such route
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"  # 405: no route answers this method here
    INTERNAL_ERROR = "INTERNAL_ERROR"  # 500: a bug or an outage; nothing about the request leaks


class ErrorBody(BaseModel):
    code: ErrorCode
    message: str


class DeclaredFileBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1, max_length=255)
    size: int = Field(ge=0)
    content_type: str = Field(
        default="application/octet-stream", pattern=r"^[\w.+-]+/[\w.+-]+$", max_length=100
    )


class CreateRequestBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    reference: str = Field(min_length=1, max_length=200)
    callback_url: str | None = Field(default=None, max_length=2000)
    files: list[DeclaredFileBody] = Field(min_length=1)


class UploadBody(BaseModel):
    """One signed upload: send `fields` then the file (POST form), or the bytes with `headers` (PUT)."""

    file_id: str
    name: str
    method: str = Field(pattern=r"^(POST|PUT)$")
    url: str
    fields: dict[str, str]
    headers: dict[str, str]
    expires_at: str


class CreatedRequestBody(BaseModel):
    request_id: str
    reference: str
    status: str
    uploads: list[UploadBody]


_ERRORS = {
    "400": "Malformed body or HTTP framing",
    "401": "Missing or unknown x-api-key",
    "405": "No route answers this method here",
}


def _answer(description: str, schema: str | None) -> dict[str, Any]:
    if schema is None:
        return {"description": description}
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {"description": description, "content": {"application/json": {"schema": ref}}}


def _errors(*statuses: str) -> dict[str, Any]:
    return {status: _answer(_ERRORS.get(status, "Refused"), "ErrorBody") for status in statuses}


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the HTTP API; every schema comes from the models above."""
    _, schemas = models_json_schema(
        [
            (CreateRequestBody, "validation"),
            (CreatedRequestBody, "serialization"),
            (RequestDocument, "serialization"),
            (ErrorBody, "serialization"),
        ],
        ref_template="#/components/schemas/{model}",
    )
    request_id = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^[A-Za-z0-9-]{1,64}$"},
    }
    keyed: list[dict[str, list[str]]] = [{"apiKey": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "ingest", "version": "1", "description": "Bank statements in; accounts out."},
        "components": {
            "schemas": schemas["$defs"],
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}},
        },
        "security": keyed,
        "paths": {
            "/requests": {
                "post": {
                    "operationId": "createRequest",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/CreateRequestBody"}}
                        },
                    },
                    "responses": {
                        "201": _answer("Created, with one signed upload per file", "CreatedRequestBody"),
                        **_errors("400", "401", "405", "413"),
                    },
                }
            },
            "/requests/{id}": {
                "parameters": [request_id],
                "get": {
                    "operationId": "getRequest",
                    "responses": {
                        "200": _answer("The final request document", "RequestDocument"),
                        "202": _answer("The request document so far", "RequestDocument"),
                        **_errors("401", "404", "405"),
                    },
                },
                "delete": {
                    "operationId": "deleteRequest",
                    "responses": {"204": _answer("Deleted", None), **_errors("401", "404", "405")},
                },
            },
            "/openapi.json": {
                "get": {
                    "operationId": "getOpenApi",
                    "security": [],
                    "responses": {"200": {"description": "This document"}},
                }
            },
        },
    }
