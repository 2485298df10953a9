"""Transactions of a request document as CSV rows; the document as JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace

from ingest.codes import RequestStatus
from ingest.export import CSV_COLUMNS, document_json, transactions_csv
from ingest.models import RequestDocument
from tests.unit.validation.factory import clean, rows, run


def document(*statements: object) -> RequestDocument:
    validated = run(*statements)  # type: ignore[arg-type]
    now = dt.datetime(2024, 12, 5, 12, 0, tzinfo=dt.UTC)
    return RequestDocument(
        request_id="r-1",
        reference="jean",
        status=RequestStatus.COMPLETED,
        status_label=RequestStatus.COMPLETED.label,
        created_at=now,
        updated_at=now,
        accounts=validated.accounts,
        warnings=validated.warnings,
    )


def test_one_csv_row_per_transaction_with_the_printed_figures() -> None:
    statement = clean()
    parsed = list(csv.DictReader(io.StringIO(transactions_csv(document(statement)))))
    assert len(parsed) == len(statement.transactions)
    first, raw = parsed[0], statement.transactions[0]
    assert tuple(first) == CSV_COLUMNS
    assert first == {
        "account_number": "15836-3311884",
        "institution": "Harborview Credit Union",
        "date": "2024-11-01",
        "description": "E-TRANSFER RECEIVED SOPHIE COTE",
        "amount": "3383.06",
        "balance": str(raw.balance),
        "file": "november.pdf",
        "page": "1",
    }
    assert [r["amount"] for r in parsed] == [f"{t.amount:.2f}" for t in statement.transactions]


def test_csv_carries_masked_card_numbers_and_masked_account_numbers() -> None:
    transactions = rows()
    transactions[0] = replace(transactions[0], description="CARD 5555 5555 5555 4444")
    text = transactions_csv(document(clean(transactions=transactions, account_number="****1884")))
    assert "5555 5555 5555 4444" not in text
    assert "**** **** **** 4444" in text
    assert "****1884" in text


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    transactions = rows()
    transactions[0] = replace(transactions[0], description='=HYPERLINK("http://x.example")')
    [row] = list(
        csv.DictReader(io.StringIO(transactions_csv(document(clean(transactions=transactions[:1])))))
    )
    assert row["description"].startswith("'=")
    assert row["amount"] == "3383.06"


def test_missing_values_are_empty_cells() -> None:
    transactions = [replace(rows()[0], amount=None, balance=None, date=None)]
    [row] = list(csv.DictReader(io.StringIO(transactions_csv(document(clean(transactions=transactions))))))
    assert (row["date"], row["amount"], row["balance"]) == ("", "", "")


def test_no_account_gives_the_header_alone() -> None:
    assert transactions_csv(document()) == ",".join(CSV_COLUMNS) + "\n"


def test_json_is_the_document() -> None:
    doc = document(clean())
    assert RequestDocument.model_validate_json(document_json(doc)) == doc
    assert json.loads(document_json(doc))["accounts"][0]["transactions"][0]["amount"] == "3383.06"
