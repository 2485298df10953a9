"""Property-based tests of `ingest api` against its own OpenAPI document (schemathesis).

Requests are generated from the document, valid and not, sent over a real socket to the server (run
in this process), and every answer must be one the document declares, with the body its schema says,
and never a server error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ingest.api.openapi import openapi_document
from tests.e2e.test_http_server import served

schema = schemathesis.openapi.from_dict(openapi_document())
EXAMPLES = int(os.environ.get("INGEST_FUZZ_EXAMPLES", "12"))


@pytest.fixture(scope="module")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served(tmp_path_factory.mktemp("openapi")) as (host, port):
        yield f"http://{host}:{port}"


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_is_one_the_document_declares(case: schemathesis.Case, api_url: str) -> None:
    response = case.call(base_url=api_url, headers={"x-api-key": "key-a"}, timeout=10)
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
