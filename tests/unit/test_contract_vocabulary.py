"""The contract's codes, labels and document shape: what clients and outside checks rely on."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from ingest.codes import RejectionCode, RequestStatus, WarningCode
from ingest.errors import REJECTIONS, FileRejected
from ingest.models import Account, RequestDocument, Transaction, request_schema
from ingest.settings import Settings, parse_api_keys


@pytest.mark.parametrize(
    ("status", "label", "http"),
    [
        (RequestStatus.OCR_FILES_UPLOADED, "Ocr Files Uploaded", 202),
        (RequestStatus.OCR_INTEGRATION_STARTED, "Ocr Integration Started", 202),
        (RequestStatus.COMPLETED, "Completed", 200),
        (RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR, "Ocr Completed With Partial Error", 200),
        (RequestStatus.OCR_FILES_INTEGRATION_FAILURE, "Ocr Files Integration Failure", 200),
        (RequestStatus.AWAITING_FILES, "Awaiting Files", 202),
    ],
)
def test_request_status_labels_and_http_codes(status: RequestStatus, label: str, http: int) -> None:
    assert status.label == label
    assert status.http_status == http


def test_every_rejection_code_has_one_exception_with_advice() -> None:
    assert set(REJECTIONS) == set(RejectionCode)
    for code, cls in REJECTIONS.items():
        error = cls("Detail here")
        assert isinstance(error, FileRejected)
        assert error.code is code
        assert error.message.startswith("Detail here. ")
        assert len(cls.advice) > 20


def test_contract_warning_codes_exist() -> None:
    contract = {
        "NoAccounts", "NoHolder", "NoAddress", "AddressIncomplete", "KycIncomplete",
        "AccountNumberIncomplete", "TransactionIncomplete", "NoTransactions", "TransactionsWrongOrder",
        "TransactionDuplicate",
        "BalanceMismatch", "ValidateCurrency", "NoLastMonthTransaction", "NoLast15DaysTransaction",
        "PciNonCompliantCardNumber", "AccountDuplicate",
    }  # fmt: skip
    assert contract <= {code.value for code in WarningCode}


def test_money_is_a_two_place_decimal_string_on_the_wire() -> None:
    transaction = Transaction(
        date=dt.date(2024, 11, 1), description="FEE", amount=Decimal("-45"), balance=Decimal("1234.5"),
        file="a.pdf", page=1, confidence=1.0,
    )  # fmt: skip
    wire = json.loads(transaction.model_dump_json())
    assert wire["amount"] == "-45.00"
    assert wire["balance"] == "1234.50"
    assert wire["date"] == "2024-11-01"
    assert Transaction.model_validate_json(transaction.model_dump_json()).amount == Decimal("-45.00")


def test_schema_describes_the_contract_fields() -> None:
    schema = request_schema()
    props = schema["properties"]
    assert isinstance(props, dict)
    for name in ("request_id", "reference", "status", "status_label", "files", "accounts", "warnings"):
        assert name in props
    defs = schema["$defs"]
    assert isinstance(defs, dict)
    account = defs["Account"]["properties"]
    for name in ("institution", "holder", "account_number", "account_type", "currency", "period_start",
                 "period_end", "opening_balance", "closing_balance", "transactions", "warnings"):  # fmt: skip
        assert name in account
    assert defs["Transaction"]["properties"]["amount"]["anyOf"][0]["type"] == "string"


def test_ingest_schema_command_prints_the_models_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ingest", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == json.loads(json.dumps(request_schema()))


def test_a_command_whose_reader_stops_reading_ends_quietly_as_a_closed_pipe_ends_a_program() -> None:
    """`ingest schema | head -1`: the rest of the output goes nowhere, with no traceback on stderr."""
    with subprocess.Popen(
        [sys.executable, "-m", "ingest", "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader gone before a byte was read
        errors = process.stderr.read().decode()
    assert (process.returncode, errors) == (141, "")


def test_document_round_trips_through_json() -> None:
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    document = RequestDocument(
        request_id="r", reference="ref", status=RequestStatus.COMPLETED, status_label="Completed",
        created_at=now, updated_at=now, accounts=[Account(opening_balance=Decimal("8342.86"))],
    )  # fmt: skip
    assert RequestDocument.model_validate_json(document.model_dump_json()) == document


def test_settings_read_limits_and_api_keys_from_env() -> None:
    settings = Settings.from_env(
        {"INGEST_MAX_PAGES": "7", "INGEST_API_KEYS": "k1:tenant-a, k2:tenant-b", "INGEST_HOME": "/x"}
    )
    assert settings.limits.max_pages == 7
    assert settings.api_keys == {"k1": "tenant-a", "k2": "tenant-b"}
    assert parse_api_keys("") == {}
