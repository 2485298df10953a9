"""Layouts the generator never drew, rendered to real PDFs and read through the text-layer path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.settings import Limits
from ingest.stages.upload import PDF
from tests.unit.extract.novel_layouts import (
    Truth,
    card_with_cr_payments,
    french_bank,
    stacked_header_with_reference,
    uk_two_accounts,
    us_credit_union,
)

LAYOUTS: dict[str, Callable[[], tuple[bytes, Truth]]] = {
    "french_amount_on_last_line": lambda: french_bank(wrap_last=True),
    "french_amount_on_first_line": lambda: french_bank(wrap_last=False),
    "us_credit_union": us_credit_union,
    "card_with_cr_payments": card_with_cr_payments,
    "stacked_header_with_reference": stacked_header_with_reference,
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_novel_layout_reads_as_drawn(name: str) -> None:
    pdf, truth = LAYOUTS[name]()
    [statement] = read_statements(list(read_pages(Limits(), pdf, PDF)))
    got = [(t.date, " ".join(t.description.split()), t.amount) for t in statement.transactions]
    assert got == truth.transactions
    assert (statement.opening_balance, statement.closing_balance) == (truth.opening, truth.closing)
    assert (statement.period_start, statement.period_end) == truth.period
    assert statement.institution == truth.institution
    assert statement.holder_name == truth.holder_name
    assert statement.holder_address == truth.holder_address
    assert statement.account_number == truth.account_number
    assert statement.account_type == truth.account_type
    assert statement.currency == truth.currency
    assert statement.confidence > 0.95


def test_two_accounts_one_running_over_a_page_without_its_header() -> None:
    pdf, truths = uk_two_accounts()
    statements = read_statements(list(read_pages(Limits(), pdf, PDF)))
    assert len(statements) == len(truths)
    for statement, truth in zip(statements, truths, strict=True):
        got = [(t.date, t.description, t.amount) for t in statement.transactions]
        assert got == truth.transactions
        assert (statement.opening_balance, statement.closing_balance) == (truth.opening, truth.closing)
        assert statement.account_number == truth.account_number
        assert statement.account_type == truth.account_type
        assert (statement.holder_name, statement.holder_address) == (truth.holder_name, truth.holder_address)
        assert statement.institution == truth.institution
