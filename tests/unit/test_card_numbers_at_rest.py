"""A full card number read from a statement is masked at extraction, before anything is stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.stages.extraction import _without_card_numbers
from ingest.stages.validation import FileStatements, validate

CARD = "4111 1111 1111 1111"  # a Luhn-valid test PAN


def _statement() -> RawStatement:
    row = RawTransaction(dt.date(2026, 11, 20), f"REFUND CARD {CARD} SHOP", Decimal("5.00"), None, 1, 1.0)
    return RawStatement(institution="Bank", account_number="123-456", transactions=[row])


def test_extraction_masks_card_numbers_and_keeps_only_the_last_four() -> None:
    statement = _without_card_numbers(_statement())

    row = statement.transactions[0]
    assert CARD not in row.description
    assert row.description.endswith("1111 SHOP")
    assert row.masked_cards == ("1111",)


def test_validation_still_warns_about_a_card_number_masked_at_extraction() -> None:
    statement = _without_card_numbers(_statement())

    validated = validate(dt.date(2026, 11, 26), [FileStatements("a.pdf", [statement])])

    codes = {w.code for w in validated.accounts[0].warnings}
    assert WarningCode.PciNonCompliantCardNumber in codes
    assert CARD not in validated.accounts[0].model_dump_json()
