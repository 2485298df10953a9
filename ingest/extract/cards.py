"""A card statement known by its rows: purchases printed bare, the holder's payments marked.

A card bill need not say it is one in words the header reader knows ("Monatsrechnung", a bank's own
product name). Its rows say it: in one signed Amount column, a bank account marks its money out
(a minus, DR, parentheses), which is most rows, of every kind; a card marks what is owed to the
holder, which is few rows, and each of them is a payment to the card ("IHRE ZAHLUNG BESTEN DANK",
"PAYMENT - THANK YOU"). Both read the same against their balances, so only the rows can tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.amounts import Money
from ingest.extract.lexicon import ALL, fold
from ingest.extract.table import Role, Row

_PAYMENT = re.compile(r"\b(" + "|".join(re.escape(p) for p in ALL.card_payments) + r")\b")


def _marked(money: Money) -> bool:
    """Printed as the exception of its column: a minus, parentheses or CR (DR marks a charge)."""
    return money.marker == "CR" or (money.negative is True and money.marker != "DR")


def _payment(description: str) -> bool:
    return _PAYMENT.search(" ".join(fold(description).split())) is not None


def prints_like_a_card(rows: Sequence[Row]) -> bool:
    """Whether rows with one signed amount print it as a card does: the marked rows fewer than the
    bare ones, and every marked row a payment to the card."""
    signed = [
        (row, money)
        for row in rows
        if row.marker is None
        and (money := row.amounts.get(Role.AMOUNT)) is not None
        and Role.DEBIT not in row.amounts
        and Role.CREDIT not in row.amounts
    ]
    marked = [row for row, money in signed if _marked(money)]
    bare = [row for row, money in signed if money.negative is None and money.marker is None]
    return bool(marked) and len(marked) < len(bare) and all(_payment(row.description) for row in marked)
