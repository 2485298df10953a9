"""Defect knobs: each puts exactly one problem into a statement and names the warnings it must raise."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from devtools.samplegen.model import Statement, Txn
from ingest.codes import WarningCode

# Defects that move the request date rather than change the printed statement.
STALE = "stale"  # request 60 days after the period: nothing in the last 30 or 15 days
STALE_15 = "stale15"  # last transaction 22 days before the request: within 30 days, not 15

DEFECTS = (
    "no_holder",
    "no_address",
    "address_incomplete",
    "masked_account",
    "wrong_order",
    "duplicate",
    "balance_mismatch",
    "three_decimals",
    "card_number",
    "no_transactions",
    STALE,
    STALE_15,
)


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, char in enumerate(reversed(payload)):
        digit = int(char)
        if i % 2 == 0:  # every second digit from the right, counting the check digit as first
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    """A Luhn-valid 16-digit number in the 4xxx range (not a real card)."""
    payload = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return payload + luhn_check_digit(payload)


def mask_card(number: str) -> str:
    """Keep the last four digits; every other digit becomes *."""
    return "*" * (len(number) - 4) + number[-4:]


def as_of(defect: str | None, statements: Sequence[Statement]) -> dt.date:
    """The request date the truth assumes: a few days after the period, unless the defect is staleness."""
    last = statements[-1]
    if defect == STALE:
        return last.period_end + dt.timedelta(days=60)
    if defect == STALE_15:
        return max(t.date for t in last.transactions) + dt.timedelta(days=22)
    return last.period_end + dt.timedelta(days=3)


def apply(defect: str, statements: Sequence[Statement], rng: random.Random) -> None:
    """Put `defect` into a file's statements (holder defects into all, the others into the first)."""
    first = statements[0]
    txns = first.transactions
    if defect == "no_holder":
        for s in statements:
            s.holder_name = None
            s.warnings += [WarningCode.NoHolder, WarningCode.KycIncomplete]
    elif defect == "no_address":
        for s in statements:
            s.address = ()
            s.warnings += [WarningCode.NoAddress, WarningCode.KycIncomplete]
    elif defect == "address_incomplete":
        for s in statements:
            s.address = s.address[:1]
            s.warnings.append(WarningCode.AddressIncomplete)
    elif defect == "masked_account":
        for s in statements:
            s.account_number = "****" + "".join(c for c in s.account_number if c.isdigit())[-4:]
            s.warnings.append(WarningCode.AccountNumberIncomplete)
    elif defect == "wrong_order":
        i = len(txns) // 3
        j = next(k for k in range(i + 1, len(txns)) if txns[k].date > txns[i].date)
        txns.insert(i, txns.pop(j))
        first.warnings.append(WarningCode.TransactionsWrongOrder)
    elif defect == "duplicate":
        i = next(k for k in range(len(txns) // 2, len(txns)) if txns[k].amount < 0)
        txns.insert(i + 1, txns[i])
        first.warnings.append(WarningCode.TransactionDuplicate)
    elif defect == "balance_mismatch":
        first.misprinted_closing = first.closing + rng.choice((Decimal("100.00"), Decimal("-90.00")))
        first.warnings.append(WarningCode.BalanceMismatch)
    elif defect == "three_decimals":
        i = next(k for k in range(len(txns) // 2, len(txns)) if txns[k].amount < 0)
        # a third digit of 1-4 rounds back to the true cents whichever rounding is used
        extra = Decimal(rng.randint(1, 4)) * Decimal("0.001")
        txns[i] = dataclasses.replace(txns[i], printed_amount=txns[i].amount - extra)
        first.warnings.append(WarningCode.ValidateCurrency)
    elif defect == "card_number":
        i = next(k for k in range(len(txns) // 2, len(txns)) if txns[k].amount < 0)
        number = card_number(rng)
        txn = txns[i]
        txns[i] = Txn(
            date=txn.date,
            description=f"{txn.description} CARD {mask_card(number)}",
            amount=txn.amount,
            printed_lines=(f"{txn.description} CARD {number}",),
        )
        first.warnings.append(WarningCode.PciNonCompliantCardNumber)
    elif defect == "no_transactions":
        first.transactions = []
        first.warnings += [
            WarningCode.NoTransactions,
            WarningCode.NoLastMonthTransaction,
            WarningCode.NoLast15DaysTransaction,
        ]
    elif defect == STALE:
        for s in statements:
            s.warnings += [WarningCode.NoLastMonthTransaction, WarningCode.NoLast15DaysTransaction]
    elif defect == STALE_15:
        for s in statements:
            s.warnings.append(WarningCode.NoLast15DaysTransaction)
    else:
        raise ValueError(f"unknown defect {defect!r}; expected one of {', '.join(DEFECTS)}")
