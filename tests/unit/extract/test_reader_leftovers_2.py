"""Kinds of statement the reader misread after earlier sessions (issue 14), each drawn as its kind prints
it and read through the text layer against what was drawn: a card bill in Debit and Credit columns whose
payments are worded in no lexicon's words, beside an account whose money headings no lexicon holds."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    balance_before,
    english,
    paid_in,
    paid_out,
    read_drawn,
    running,
)

# ---- a card bill in Debit and Credit columns, its payments worded in no lexicon's words ----------------

CARD_ROWS = [
    (D(2025, 8, 2), "WOOLIES 1204 BONDI JUNCTION", "-86.45"),
    (D(2025, 8, 5), "QANTAS AIRWAYS SYDNEY", "-412.00"),
    (D(2025, 8, 11), "BPAY 5512 0098 1123", "1200.00"),
    (D(2025, 8, 14), "NETFLIX.COM MELBOURNE", "-16.99"),
    (D(2025, 8, 19), "CALTEX RANDWICK", "-71.30"),
    (D(2025, 8, 23), "OSKO 4471 K NGUYEN", "150.00"),
    (D(2025, 8, 28), "DAN MURPHYS KENSINGTON", "-58.20"),
]


@pytest.mark.parametrize("ends", [True, False], ids=["balance lines", "running only"])
def test_a_card_bill_in_debit_and_credit_columns_whose_payments_are_in_no_lexicon(ends: bool) -> None:
    """A card account's statement that names itself in no words the reader knows: "Date | Details |
    Debit | Credit | Balance", its purchases under Debit, its payments ("BPAY ...", "OSKO ...": words no
    lexicon holds) under Credit, fewer than the purchases, and every balance printed bare and rising
    with the Debit column (with or without opening and closing lines). The columns' headings say which
    side each row is, and the balances, rising with the debits, are what is owed: the purchases are
    money out, not the columns turned round."""
    rows = running(M("-1630.25"), CARD_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y") if r.amount else ""),
        Column("Details", 120, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Harbour Mutual",
        "MS LINH NGUYEN",
        "Account number 4622 1180 0045 7731",
        "Statement period 1 August 2025 to 31 August 2025",
    ]
    opening = Drawn(D(2025, 8, 1), "Opening balance", M(0), balance_before(rows))
    closing = Drawn(D(2025, 8, 31), "Closing balance", M(0), rows[-1].balance)
    read_drawn(head, columns, rows, before=[opening] if ends else (), after=[closing] if ends else ())


# An account paid into more often than paid from: a shop's takings, a few bills.
TAKINGS_ROWS = [
    (D(2025, 5, 2), "CARD TAKINGS 0205", "412.60"),
    (D(2025, 5, 3), "CARD TAKINGS 0305", "388.15"),
    (D(2025, 5, 6), "RENT MAY", "-950.00"),
    (D(2025, 5, 9), "CARD TAKINGS 0905", "501.20"),
    (D(2025, 5, 12), "CARD TAKINGS 1205", "276.40"),
    (D(2025, 5, 16), "CASH LODGED", "300.00"),
    (D(2025, 5, 20), "ELECTRICITY", "-184.35"),
]


def test_an_account_paid_into_most_under_headings_no_lexicon_holds_is_no_card() -> None:
    """ "Date | Description | Incomings | Outgoings | Balance", the money headed in words no lexicon
    holds, money in first and more often than money out, the balance printed bare: no heading names
    either side, so the balances alone say which is which, and they say an account's, not a card's
    (a card's payments are fewer than its purchases only where its headings name them)."""
    rows = running(M("2210.00"), TAKINGS_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Incomings", 400, paid_in(english), right=True),
        Column("Outgoings", 480, paid_out(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = ["Harbourside Mutual", "JOHN DOE", "Statement period 01/05/2025 to 31/05/2025", "Account 12345678"]
    read_drawn(head, columns, rows)
