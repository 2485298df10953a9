"""Real statements with a text layer, read through the same path the pipeline uses."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from devtools.realworld import EXTERNAL, VENDORED
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.settings import Limits
from ingest.stages.upload import PDF

HSBC = sorted((VENDORED / "hsbc").glob("*.pdf"))


def _read(path: Path) -> list[RawStatement]:
    pages = list(read_pages(Limits(), path.read_bytes(), PDF))
    return read_statements(pages)


def test_the_six_hsbc_statements_are_there() -> None:
    assert len(HSBC) == 6, f"expected six HSBC statements under {VENDORED / 'hsbc'}"


@pytest.mark.parametrize("path", HSBC, ids=[p.stem for p in HSBC])
def test_hsbc_opening_plus_amounts_is_closing(path: Path) -> None:
    [statement] = _read(path)
    assert statement.opening_balance is not None
    assert statement.closing_balance is not None
    assert statement.transactions
    total = sum((t.amount for t in statement.transactions if t.amount is not None), Decimal(0))
    assert statement.opening_balance + total == statement.closing_balance
    assert all(t.amount is not None and t.date is not None for t in statement.transactions)
    assert statement.confidence >= 0.95


@pytest.mark.parametrize("path", HSBC, ids=[p.stem for p in HSBC])
def test_hsbc_running_balances_follow_the_amounts(path: Path) -> None:
    """Every printed running balance is the previous one plus the rows in between."""
    [statement] = _read(path)
    assert statement.opening_balance is not None
    balance = statement.opening_balance
    for txn in statement.transactions:
        assert txn.amount is not None
        balance += txn.amount
        if txn.balance is not None:
            assert txn.balance == balance, txn


@pytest.mark.parametrize("path", HSBC, ids=[p.stem for p in HSBC])
def test_hsbc_forward_rows_are_not_transactions(path: Path) -> None:
    [statement] = _read(path)
    for txn in statement.transactions:
        assert "FORWARD" not in txn.description.upper()


def test_hsbc_dates_printed_once_per_day_carry_over_the_page_break() -> None:
    path = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_12345678_20200108.pdf"
    [statement] = _read(path)
    dates = [t.date for t in statement.transactions]
    assert all(d is not None for d in dates)
    assert dates == sorted(d for d in dates if d is not None)
    assert statement.period_start == dt.date(2019, 12, 9)
    assert statement.period_end == dt.date(2020, 1, 8)


def test_hsbc_header_fields() -> None:
    path = VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_11111111_20190610.pdf"
    [statement] = _read(path)
    assert statement.account_number == "11111111"
    assert statement.currency == "GBP"
    assert statement.holder_name == "Mr Z Testname"
    assert statement.holder_address == "50 Test Street, A Town, West Yorkshire, ZZ1 9AA"
    assert statement.period_start == dt.date(2019, 5, 11)
    assert statement.period_end == dt.date(2019, 6, 10)
    assert statement.opening_balance == Decimal("308.39")
    assert statement.closing_balance == Decimal("366.39")


def test_hsbc_savings_summary_figure_split_by_letter_spacing() -> None:
    """The summary box prints the opening balance as two text-layer words, "6,0" and "00.04"."""
    path = VENDORED / "hsbc" / "anonymised_HSBC_UK_SAV_87654321_20210208.pdf"
    [statement] = _read(path)
    assert statement.opening_balance == Decimal("6000.04")
    assert statement.account_type == "SAVINGS"


@pytest.mark.external
def test_monopoly_example_matches_its_csv() -> None:
    path = EXTERNAL / "monopoly_example_statement.pdf"
    with (EXTERNAL / "monopoly_example_statement.transformed.csv").open(newline="") as f:
        expected_rows = list(csv.DictReader(f))
    opening_row, *expected_rows = expected_rows
    assert opening_row["description"] == "LAST MONTH'S BALANCE"
    [statement] = _read(path)
    assert statement.opening_balance == Decimal(opening_row["amount"])
    got = [(t.date, " ".join(t.description.split()), t.amount) for t in statement.transactions]
    want = [
        (dt.date.fromisoformat(r["date"]), " ".join(r["description"].split()), Decimal(r["amount"]))
        for r in expected_rows
    ]
    assert got == want
