"""Bank accounts of the English-speaking countries in conventions no other test draws, each read through
the text layer against what was drawn: rows listed newest first with each day's balance on a line of
its own under the day's rows."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Lines,
    M,
    english,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    drawn_lines,
    running,
)

# ---- newest first, each day's balance under its rows ------------------------------------------------

LATEST_FIRST = [
    (D(2023, 1, 3), "ATM WITHDRAWAL 0042", "-200.00"),
    (D(2023, 1, 3), "TRANSFER FROM J SMITH", "1250.00"),
    (D(2023, 1, 9), "DIRECT DEBIT INSURANCE", "-84.20"),
    (D(2023, 1, 16), "CARD PURCHASE SUPERMART", "-56.75"),
    (D(2023, 1, 16), "SALARY ACME LTD", "3400.00"),
    (D(2023, 1, 24), "BILL PAYMENT ELECTRICITY", "-190.10"),
]


@pytest.mark.parametrize("label", ["End of day balance", "Ending daily balance"])
def test_rows_listed_newest_first_with_each_days_balance_on_a_line_under_them(label: str) -> None:
    """The latest day at the top, its rows newest first and a line under each day printing its balance
    at the day's end: the first of those lines is the closing balance, the last one less its day's rows
    the opening, every row read once in the order printed."""
    rows = running(M("1500.00"), LATEST_FIRST)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
    ]
    lines: Lines = header(
        [
            "Lagoon Savings Bank",
            "Account Statement",
            "Period: 01-Jan-2023 to 31-Jan-2023",
            "Account Number: 0123456789",
            "Currency: NGN",
        ]
    )
    lines.append(headings([*columns, Column("Balance", 560, str, right=True)]))
    for day in sorted({r.date for r in rows}, reverse=True):
        of_day = [r for r in rows if r.date == day]
        lines += [[(c.x, text, c.right) for c in columns if (text := c.text(r))] for r in reversed(of_day)]
        lines.append([(120, label, False), (560, english(of_day[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in reversed(rows)
    ]
    assert (read.opening_balance, read.closing_balance) == (M("1500.00"), rows[-1].balance)
