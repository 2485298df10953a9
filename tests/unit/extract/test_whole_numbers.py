"""Whole numbers a text layer prints in a money column that are no round amount, read through the text
layer against what was drawn."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    as_drawn,
    drawn_lines,
    english,
    header,
    headings,
    read_one,
    running,
    table,
)

ROWS = running(
    M("7310.45"),
    [
        (D(2025, 6, 2), "POS SPAR KILIMANI", "-1486.35"),
        (D(2025, 6, 4), "SALARY JUNE MERIDIAN", "118950.00"),
        (D(2025, 6, 7), "ATM WITHDRAWAL", "-2500.00"),
        (D(2025, 6, 9), "STANDING ORDER RENT", "-450.10"),
    ],
)
COLUMNS = [
    Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
    Column("Particulars", 100, lambda r: r.description),
    Column("Debit", 390, lambda r: english(-r.amount) if r.amount < 0 else "", right=True),
    Column("Credit", 470, lambda r: english(r.amount) if r.amount > 0 else "", right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]
HEAD = [
    "Rift Valley Commercial Bank",
    "JANE WANJIKU MWANGI",
    "Account Number 0110283746501",
    "Currency KES",
    "Statement Period 01/06/2025 to 30/06/2025",
]


@pytest.mark.parametrize("x", [390, 560], ids=["under Debit", "under Balance"])
def test_a_page_number_under_a_money_column_just_below_the_rows_is_no_line_of_description(x: float) -> None:
    """Each page's number alone at its foot, right-aligned under a money column, the line after the
    page's last row: not the last row's description's last word."""
    first = [*header(HEAD), headings(COLUMNS), *table(COLUMNS, ROWS[:2]), [(x, "1", True)]]
    second = [headings(COLUMNS), *table(COLUMNS, ROWS[2:]), [(x, "2", True)]]
    as_drawn(read_one(drawn_lines([first, second])), ROWS)


def test_a_number_of_a_description_run_on_under_the_other_money_column_is_no_round_amount() -> None:
    """A credit whose description runs on under the empty Debit column and ends in a reference grouped
    as thousands are ("REF 123 456"): the reference is the description's, not a round debit beside the
    credit."""
    rows = running(
        M("7310.45"),
        [
            (D(2025, 6, 2), "POS SPAR KILIMANI", "-1486.35"),
            (D(2025, 6, 4), "TRANSFER FROM SAVINGS ACCOUNT BY MOBILE BANKING REF 123 456", "118950.00"),
            (D(2025, 6, 7), "ATM WITHDRAWAL", "-2500.10"),
        ],
    )
    debit = next(c for c in COLUMNS if c.heading == "Debit")
    # As drawn, the description (Helvetica 9 pt from its column's left edge) ends under Debit's heading.
    assert 100 + stringWidth(rows[1].description, "Helvetica", 9) > debit.x - stringWidth(
        "Debit", "Helvetica-Bold", 9
    )
    as_drawn(read_one(drawn_lines([[*header(HEAD), headings(COLUMNS), *table(COLUMNS, rows)]])), rows)
