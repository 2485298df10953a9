"""Misreads earlier work on issue 14 found and left, each drawn as a statement of its kind and read
through the text layer against what was drawn: "Dr | Cr" as bare money headings beside "(Dr)" as a
note after one; the Dutch minus "-/-" before or after a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.extract.amounts import parse_money
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    M,
    as_drawn,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    statement,
    table,
)

# ---- "Dr | Cr": bare money headings ------------------------------------------------------------------

INDIAN_ROWS = [
    (D(2025, 8, 2), "NEFT CR ACME PAYROLL", "62500.00"),
    (D(2025, 8, 5), "UPI KIRANA STORE", "-1240.50"),
    (D(2025, 8, 11), "ATM WDL MG ROAD", "-5000.00"),
    (D(2025, 8, 19), "ACH D ELECTRICITY BOARD", "-2315.00"),
]


@pytest.mark.parametrize(("debit", "credit"), [("Dr", "Cr"), ("DR", "CR"), ("Dr.", "Cr.")])
def test_bare_dr_and_cr_head_the_money_out_and_in_columns(debit: str, credit: str) -> None:
    """India's, Nigeria's and building societies' "Date | Narration | Chq No | Dr | Cr | Balance": the
    bare abbreviations head the money out and in, as "(Dr)" after a heading only notes it."""
    rows = running(M("18420.75"), INDIAN_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Narration", 100, lambda r: r.description),
        Column(debit, 420, paid_out(english), right=True),
        Column(credit, 490, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    head = ["Deccan Cooperative Bank", "RAVI KUMAR", "Statement from 01/08/2025 to 31/08/2025"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def test_a_note_in_brackets_after_each_money_heading_still_heads_one_column() -> None:
    """ "Withdrawals (Dr)" and "Lodgements (Cr)", the note a word of its own: one column each, not two."""
    rows = running(M("740.10"), [(D(2025, 8, 1), "TRANSFER FROM SAVINGS", "9000.00"), *INDIAN_ROWS[1:]])
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Details", 100, lambda r: r.description),
        Column("Withdrawals (Dr)", 420, paid_out(english), right=True),
        Column("Lodgements (Cr)", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    head = ["Lagos Mutual Bank", "ADEBAYO OKAFOR", "Statement from 01/08/2025 to 31/08/2025"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- the Dutch minus "-/-" ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["-/- 12,50", "12,50 -/-", "-/-12,50", "12,50-/-"])
def test_the_dutch_slashed_minus_before_or_after_a_figure_is_money_out(text: str) -> None:
    assert parse_money(text) is not None
    assert parse_money(text).signed == Decimal("-12.50")  # type: ignore[union-attr]


DUTCH_ROWS = [
    (D(2025, 5, 2), "Salaris mei Werkgever BV", "2780.00"),
    (D(2025, 5, 6), "Albert Markt Utrecht", "-46.12"),
    (D(2025, 5, 21), "Zorgverzekering incasso", "-142.85"),
]


@pytest.mark.parametrize("after", [False, True])
def test_a_dutch_account_marking_money_out_with_the_slashed_minus(after: bool) -> None:
    """One "Bedrag" column, money out printed "-/- 46,12" (or "46,12 -/-"), a space between the mark
    and the figure, money in bare; the old and new balances around the rows."""

    def amount(value: Decimal) -> str:
        figure = continental(value)
        if value >= 0:
            return figure
        return f"{figure} -/-" if after else f"-/- {figure}"

    rows = running(M("1312.40"), DUTCH_ROWS)
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column("Bedrag", 540, lambda r: amount(r.amount), right=True),
    ]
    head = ["Coöperatieve Polderbank", "De heer S. de Vries", "Periode 01-05-2025 t/m 31-05-2025"]
    lines: list[list[Cell]] = [
        *header(head),
        [(110, "Beginsaldo", False), (540, amount(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(110, "Eindsaldo", False), (540, amount(rows[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)
