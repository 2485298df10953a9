"""What the generator draws before rendering: statements and their transactions, the ground truth."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ingest.codes import WarningCode

CHEQUING = "CHEQUING"
SAVINGS = "SAVINGS"
CREDIT_CARD = "CREDIT_CARD"


@dataclass(frozen=True, slots=True)
class Txn:
    """One transaction as the statement prints it, with the values the extractor should report."""

    date: dt.date
    description: str  # the truth: printed lines joined by one space (a card number masked)
    amount: Decimal  # signed from the holder's side: negative is money out; two places
    printed_lines: tuple[str, ...] = ()  # description as printed when it differs from `description`
    printed_amount: Decimal | None = None  # a figure printed differently (three-decimal defect)
    value_date: dt.date | None = None  # a second date printed on the row (value or posting date)
    notes: tuple[str, ...] = ()  # lines printed under the row that are not its description (foreign currency)

    @property
    def shown_amount(self) -> Decimal:
        return self.amount if self.printed_amount is None else self.printed_amount

    @property
    def printed_text(self) -> str:
        return " ".join(self.printed_lines) if self.printed_lines else self.description

    def with_date(self, date: dt.date) -> Txn:
        return replace(self, date=date)


@dataclass(slots=True)
class Statement:
    """One account's statement for one period, in printed order."""

    institution: str
    holder_name: str | None
    address: tuple[str, ...]  # printed lines; empty when no address is printed
    account_number: str  # as printed
    account_type: str | None  # CHEQUING | SAVINGS | CREDIT_CARD, or None where the statement does not say
    currency: str  # ISO 4217
    period_start: dt.date
    period_end: dt.date
    opening: Decimal  # holder's side: a card's amount owed is negative
    transactions: list[Txn] = field(default_factory=list)
    misprinted_closing: Decimal | None = None  # the balance-mismatch defect prints this instead
    warnings: list[WarningCode] = field(default_factory=list)  # expected on this account

    @property
    def closing(self) -> Decimal:
        """The true closing balance: opening plus every amount."""
        return self.opening + sum((t.amount for t in self.transactions), Decimal("0"))

    @property
    def printed_closing(self) -> Decimal:
        return self.closing if self.misprinted_closing is None else self.misprinted_closing

    @property
    def holder_address(self) -> str | None:
        return ", ".join(self.address) if self.address else None

    def running_balances(self) -> list[Decimal]:
        """The balance after each transaction, in printed order."""
        balances = []
        balance = self.opening
        for txn in self.transactions:
            balance += txn.amount
            balances.append(balance)
        return balances
