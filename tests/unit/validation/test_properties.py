"""Properties over many drawn statements: clean ones never warn, merging never loses or invents a row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract.statement import RawStatement, RawTransaction
from ingest.stages.validation import FileStatements, validate
from tests.unit.validation.factory import clean

START = dt.date(2024, 3, 1)
END = dt.date(2024, 3, 31)

cents = st.integers(min_value=-500_000, max_value=500_000).filter(bool).map(lambda c: Decimal(c).scaleb(-2))
descriptions = st.sampled_from(["GROCERY", "PAYROLL", "RENT", "COFFEE 4412", "FUEL", "REFUND 0042-77"])


@st.composite
def clean_statements(
    draw: st.DrawFn, start: dt.date = START, end: dt.date = END, opening: Decimal | None = None
) -> RawStatement:
    """A statement that reconciles, in date order, with no two rows alike and one in its last days."""
    days = (end - start).days
    opening = draw(cents) if opening is None else opening
    drawn = draw(
        st.lists(
            st.tuples(st.integers(0, days), descriptions, cents),
            min_size=1,
            max_size=25,
            unique_by=lambda row: (row[0], row[1], row[2]),
        )
    )
    drawn.append((days, "MONTHLY FEE", Decimal("-4.95")))
    drawn.sort(key=lambda row: row[0])
    balance = opening
    transactions = []
    for offset, description, amount in drawn:
        balance += amount
        when = start + dt.timedelta(days=offset)
        transactions.append(RawTransaction(when, description, amount, balance, page=1, confidence=0.9))
    printed_balances = draw(st.booleans())
    if not printed_balances:
        transactions = [
            RawTransaction(t.date, t.description, t.amount, None, t.page, t.confidence) for t in transactions
        ]
    return clean(
        period_start=start,
        period_end=end,
        opening_balance=opening,
        closing_balance=balance,
        transactions=transactions,
    )


@settings(max_examples=80, deadline=None)
@given(clean_statements(), st.booleans())
def test_clean_statements_raise_no_warning(statement: RawStatement, newest_first: bool) -> None:
    if newest_first:
        statement.transactions.reverse()
    result = validate(END + dt.timedelta(days=2), [FileStatements("march.pdf", [statement])])
    [account] = result.accounts
    assert account.warnings == []
    assert sorted(t.amount for t in account.transactions if t.amount) == sorted(
        t.amount for t in statement.transactions if t.amount
    )


@settings(max_examples=50, deadline=None)
@given(clean_statements(), st.integers(1, 3))
def test_the_same_statement_read_from_several_files_merges_into_itself(
    statement: RawStatement, copies: int
) -> None:
    files = [FileStatements(f"copy-{n}.pdf", [statement]) for n in range(copies)]
    [account] = validate(END + dt.timedelta(days=2), files).accounts
    assert [(t.date, t.description, t.amount) for t in account.transactions] == [
        (t.date, t.description, t.amount) for t in statement.transactions
    ]
    assert {t.file for t in account.transactions} == {"copy-0.pdf"}
    assert account.warnings == []


def march_then_april() -> st.SearchStrategy[tuple[RawStatement, RawStatement]]:
    return clean_statements().flatmap(
        lambda march: st.tuples(
            st.just(march),
            clean_statements(dt.date(2024, 4, 1), dt.date(2024, 4, 30), opening=march.closing_balance),
        )
    )


@settings(max_examples=50, deadline=None)
@given(march_then_april())
def test_consecutive_statements_keep_every_row(months: tuple[RawStatement, RawStatement]) -> None:
    march, april = months
    files = [FileStatements("april.pdf", [april]), FileStatements("march.pdf", [march])]
    [account] = validate(dt.date(2024, 5, 2), files).accounts
    assert account.warnings == []
    assert [t.file for t in account.transactions] == ["march.pdf"] * len(march.transactions) + [
        "april.pdf"
    ] * len(april.transactions)
    assert account.opening_balance == march.opening_balance
    assert account.closing_balance == april.closing_balance
