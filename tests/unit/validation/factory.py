"""Statements built in tests: a clean one that raises no warning, and one-defect variants of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.models import Account
from ingest.stages.validation import FileStatements, Validated, validate

TODAY = dt.date(2024, 12, 5)
START = dt.date(2024, 11, 1)
END = dt.date(2024, 11, 30)
OPENING = Decimal("8342.86")

# (day of November, description, amount): the balance runs from OPENING.
CLEAN_ROWS = (
    (1, "E-TRANSFER RECEIVED SOPHIE COTE", "3383.06"),
    (4, "HYDRO-QUEBEC BILL PAYMENT", "-112.40"),
    (9, "METRO PLUS #123 MONTREAL", "-86.15"),
    (15, "PAYROLL DEPOSIT ACME INC", "2450.00"),
    (22, "RENT PAYMENT", "-1450.00"),
    (28, "INTERAC PURCHASE PHARMAPRIX", "-23.99"),
)


def rows(
    spec: tuple[tuple[int, str, str], ...] = CLEAN_ROWS, opening: Decimal = OPENING
) -> list[RawTransaction]:
    """Transactions of November 2024 with their running balances, in the order given."""
    balance = opening
    out = []
    for day, description, amount in spec:
        balance += Decimal(amount)
        out.append(
            RawTransaction(
                date=dt.date(2024, 11, day),
                description=description,
                amount=Decimal(amount),
                balance=balance,
                page=1,
                confidence=0.98,
            )
        )
    return out


def clean(**changes: object) -> RawStatement:
    """A complete statement that reconciles; keyword arguments replace its fields."""
    transactions = rows()
    statement = RawStatement(
        institution="Harborview Credit Union",
        holder_name="JEAN TREMBLAY",
        holder_address="2210 CHEMIN SAINTE-FOY, MONTREAL QC H2X 3K8",
        account_number="15836-3311884",
        account_type="CHEQUING",
        currency="CAD",
        period_start=START,
        period_end=END,
        opening_balance=OPENING,
        closing_balance=transactions[-1].balance,
        transactions=transactions,
        confidence=0.97,
    )
    return replace(statement, **changes)  # type: ignore[arg-type]


def run(*statements: RawStatement, today: dt.date = TODAY, file_name: str = "november.pdf") -> Validated:
    return validate(today, [FileStatements(file_name=file_name, statements=list(statements))])


def codes(account: Account) -> list[WarningCode]:
    return [w.code for w in account.warnings]
