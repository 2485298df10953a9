"""The Lambda edge: thin adapters from events to the same functions `ingest api` and `ingest worker` call.

- `api_handler`: API Gateway HTTP API (payload v2) -> App.handle.
- `authorizer_handler`: the HTTP API's Lambda authorizer: is `x-api-key` a known key?
- `worker_handler`: SQS batch -> worker.process_batch, answering partial batch failures.

Services are opened once per execution environment (on the first event), not per event.
"""

from __future__ import annotations

import base64
import functools
import hmac
from typing import Any

from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2, event_source
from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import (
    APIGatewayAuthorizerEventV2,
)

from ingest import logs, worker
from ingest.api.app import App
from ingest.api.server import build_app
from ingest.services import Services
from ingest.settings import Settings


@functools.cache
def _settings() -> Settings:
    logs.configure(1)
    return Settings.from_env()


@functools.cache
def _app() -> App:
    return build_app(_settings())


@functools.cache
def _worker_services() -> Services:
    return worker.worker_services(_settings())


@event_source(data_class=APIGatewayProxyEventV2)
def api_handler(event: APIGatewayProxyEventV2, context: Any) -> dict[str, Any]:
    body = event.body or ""
    raw = base64.b64decode(body) if event.is_base64_encoded else body.encode()
    response = _app().handle(event.request_context.http.method, event.raw_path, event.headers, raw)
    return {
        "statusCode": response.status,
        "headers": response.headers,
        "body": response.body.decode(),
        "isBase64Encoded": False,
    }


@event_source(data_class=APIGatewayAuthorizerEventV2)
def authorizer_handler(event: APIGatewayAuthorizerEventV2, context: Any) -> dict[str, Any]:
    """Simple-response authorizer; the app checks the key again and maps it to the tenant."""
    key = (event.headers or {}).get("x-api-key", "")
    known = any(key and hmac.compare_digest(k.encode(), key.encode()) for k in _settings().api_keys)
    return {"isAuthorized": bool(known)}


def worker_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return worker.process_batch(_worker_services(), event, context)
