"""A moto server on loopback for the tests, with DynamoDB's one guarantee moto leaves out.

DynamoDB applies each conditional write atomically: of two updates racing on one item under the same
condition, one wins and the other gets ConditionalCheckFailedException. moto checks the condition and
then writes with no lock between, so on its threaded server both can win, and a test of the project's
compare-and-set would fail for moto's reason, not the project's. DynamoDB requests are therefore handled
one at a time here; S3 and SQS (long polls included) stay concurrent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

_DYNAMODB_TARGET = "DynamoDB_"  # the X-Amz-Target prefix of every DynamoDB API call


class _OneDynamoDBRequestAtATime:
    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not environ.get("HTTP_X_AMZ_TARGET", "").startswith(_DYNAMODB_TARGET):
            return self.app(environ, start_response)
        with self.lock:
            return list(self.app(environ, start_response))  # the whole answer, before the next request


@contextmanager
def moto_server() -> Iterator[str]:
    """Serve moto on a free loopback port for the duration; yields its endpoint URL."""
    app = _OneDynamoDBRequestAtATime(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=MotoRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        thread.join()
