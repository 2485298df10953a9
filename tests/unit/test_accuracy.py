"""The arithmetic of `make accuracy`: transactions matched on date, amount and description; value dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from devtools.accuracy import Score, score_request
from ingest.models import Account, Holder, Transaction


def _truth(transactions: list[dict[str, Any]]) -> dict[str, Any]:
    account = {
        "institution": None,
        "holder": {"name": None, "address": None},
        "account_number": "1234",
        "account_type": None,
        "currency": None,
        "period_start": None,
        "period_end": None,
        "opening_balance": None,
        "closing_balance": None,
        "transactions": transactions,
    }
    return {"reference": "r", "accounts": [account]}


def _found(rows: list[tuple[str, str, str, str | None]]) -> Account:
    return Account(
        holder=Holder(),
        account_number="1234",
        transactions=[
            Transaction(
                date=dt.date.fromisoformat(date),
                description=description,
                amount=Decimal(amount),
                value_date=dt.date.fromisoformat(value) if value else None,
                file="f.pdf",
                page=1,
                confidence=1.0,
            )
            for date, amount, description, value in rows
        ],
    )


def test_value_dates_are_scored_on_the_rows_whose_truth_prints_one() -> None:
    truth = _truth(
        [
            {"date": "2026-03-01", "amount": "-5.00", "description": "Shop", "value_date": "2026-03-02"},
            {"date": "2026-03-01", "amount": "-6.00", "description": "Fee", "value_date": "2026-03-01"},
            {"date": "2026-03-02", "amount": "7.00", "description": "Pay"},
        ]
    )
    found = _found(
        [
            ("2026-03-01", "-5.00", "SHOP", "2026-03-02"),
            ("2026-03-01", "-6.00", "Fee", None),
            ("2026-03-02", "7.00", "Pay", "2026-03-03"),
        ]
    )
    score = Score()
    score_request(score, truth, [found])
    assert (score.matched, score.value_dated, score.value_matched) == (3, 2, 1)
    assert score.value_date_accuracy == 0.5


def test_a_corpus_without_value_dates_has_no_value_date_figure() -> None:
    score = Score()
    truth = _truth([{"date": "2026-03-01", "amount": "-5.00", "description": "Shop"}])
    score_request(score, truth, [_found([("2026-03-01", "-5.00", "Shop", None)])])
    assert score.value_date_accuracy is None
