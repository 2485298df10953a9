"""What the extractor reads from a file, before validation: raw statements and their rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import attrgetter
from typing import Any


@dataclass(frozen=True, slots=True)
class Box:
    """Where something was read: a rectangle in fractions of its page (0..1 from the top left)."""

    page: int  # 1-based page of the file
    x0: float
    y0: float
    x1: float
    y1: float

    def __reduce__(self) -> tuple[type[Box], tuple[Any, ...]]:
        return Box, _BOX_FIELDS(self)


@dataclass(frozen=True, slots=True)
class RawTransaction:
    """One printed transaction row, as read. Missing parts stay None; validation warns about them."""

    date: dt.date | None
    description: str
    amount: Decimal | None  # signed: negative is money out of the account
    balance: Decimal | None  # running balance where printed
    page: int  # 1-based page of the file
    confidence: float  # 0..1
    masked_cards: tuple[str, ...] = ()  # last 4 digits of card numbers masked in `description` when read
    bbox: Box | None = None  # the union of the row's words on its page
    value_date: dt.date | None = None  # a second date printed on the row (value or posting date)
    # (month, day) printed on a row that no year was found for (`date` is None): a page that carries
    # on a statement may print no year; the statement it continues gives one.
    day: tuple[int, int] | None = None
    # OCR only: the text read where the amount is printed, and the sign its column gives (-1 out, +1 in,
    # 0 either). A statement whose pages came as separate files is settled again once they are joined:
    # an amount no file's balances proved may be one the chain through them proves its text shows.
    amount_text: str | None = None
    text_sign: int = 0
    # OCR only: another figure the amount's word read as alone (see `balance.second_reading`), which that
    # chain may prove where no one file's balances could.
    amount_again: str | None = None

    def __reduce__(self) -> tuple[type[RawTransaction], tuple[Any, ...]]:
        return RawTransaction, _TRANSACTION_FIELDS(self)


# A reader child hands its rows back pickled: a row and its box are pickled as their fields in order
# and made again by their constructor, instead of through dataclasses' own state methods, which look up
# the class's fields for every row (pickling and unpickling a page's rows 0.39 to 0.21 ms).
_BOX_FIELDS = attrgetter(*(f.name for f in fields(Box)))
_TRANSACTION_FIELDS = attrgetter(*(f.name for f in fields(RawTransaction)))


@dataclass(slots=True)
class StatementFields:
    """Who issued the statement, to whom, for which account and period: as printed, or None."""

    institution: str | None = None
    holder_name: str | None = None
    holder_address: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    currency: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@dataclass(slots=True)
class RawStatement(StatementFields):
    """One account's statement as printed in one file (a file may hold several)."""

    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None
    transactions: list[RawTransaction] = field(default_factory=list)
    confidence: float = 1.0  # 0..1: how far the statement can be trusted
    # Where each header field was read, by its name in the document ("holder.name", "period", ...).
    field_boxes: dict[str, Box] = field(default_factory=dict)
    # "Page 2 of 3" as its pages print it, (number, count) in page order: the pages of one statement
    # uploaded as separate files share the count and follow by number.
    printed_pages: tuple[tuple[int, int], ...] = ()
    period_from_rows: bool = False  # no period is printed: the one given is the span of the rows
    # The columns of each table its rows are read under ("DATE", "DESC", "AMOUNT"), in the order printed:
    # a page that carries a table on prints the columns the page before ends with.
    tables: tuple[tuple[str, ...], ...] = ()
