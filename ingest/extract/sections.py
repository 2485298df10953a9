"""Sectioned statements: a table's own heading says whether it lists money in or money out.

Some statements print one table per kind of transaction ("Deposits and additions", "Electronic
withdrawals", "Checks paid"), each under its own heading with one unsigned Amount column (and beside
them a table of daily balances, which `table` leaves out). The heading words are the column headings
of money in and money out in each language: a "Withdrawals" column and a "Withdrawals" section say the
same thing. A heading that names both sides, or neither, decides nothing; where the statement's
opening and closing balances show the sides as read cannot be right, the one way of turning whole
sections round that makes them agree decides instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import product, takewhile

from ingest.extract.amounts import parse_money
from ingest.extract.context import DEFAULT, ReadContext
from ingest.extract.layout import Line
from ingest.extract.lexicon import Lexicon, fold
from ingest.extract.table import Column, Marker, Role, Row, TableHeader

_CLEAN = re.compile(r"[^a-z0-9'α-ωа-џґ ]")  # folded Latin, Greek and Cyrillic letters
_MAX_HEADING_WORDS = 6  # a section's title is short; a longer line is text


@dataclass(frozen=True, slots=True)
class _Sides:
    money_in: frozenset[str]  # one-word headings of money in: "DEPOSITS AND ADDITIONS" holds "deposits"
    money_out: frozenset[str]
    # A kind of account ("CREDIT CARD", "Tarjeta de crédito"): a statement's title over its table, whose
    # words name no side ("credit" there is no money in).
    account_kinds: re.Pattern[str]


@lru_cache(maxsize=16)
def _sides(lexicon: Lexicon) -> _Sides:
    # A word that also heads a number's column ("no", the English "No." that Vietnamese "Nợ", money
    # out, folds to) names no side in a title.
    common = frozenset(lexicon.function_words) | frozenset(lexicon.other_headings)
    kinds = sorted(
        (_CLEAN.sub(" ", fold(phrase)) for phrase, _ in lexicon.account_types), key=len, reverse=True
    )
    return _Sides(
        money_in=frozenset(p for p in lexicon.credit_headings if " " not in p) - common,
        money_out=frozenset(p for p in lexicon.debit_headings if " " not in p) - common,
        account_kinds=re.compile(r"\b(?:" + "|".join(re.escape(" ".join(k.split())) for k in kinds) + r")\b"),
    )


def section_heading(ctx: ReadContext, lines: Sequence[Line], header_index: int) -> Line | None:
    """The line printed just above a table's header that titles its section: a few words, no figures
    but the count of its rows in brackets and their total after them ("Withdrawals & Debits (3)
    $185.64")."""
    above = line_above(ctx, lines, header_index)
    if above is None:
        return None
    title = _less_count_and_total([w.text for w in above.words])
    if not title or any(c.isdigit() for word in title for c in word) or len(title) > _MAX_HEADING_WORDS:
        return None
    return above


def _less_count_and_total(texts: list[str]) -> list[str]:
    """A title's words less the count of its rows in brackets ("(3)") and their total after it. A figure
    after a label without a count is the label's value ("Credit limit $6,000.00"), not a section's
    total: the line is no title."""
    tail = list(takewhile(_count_or_total, reversed(texts)))
    if not any(_ROW_COUNT.fullmatch(text) for text in tail):
        return texts
    return texts[: len(texts) - len(tail)]


def _count_or_total(text: str) -> bool:
    """A section's count of rows in brackets ("(3)"), or their total, printed after its title."""
    return _ROW_COUNT.fullmatch(text) is not None or parse_money(text) is not None


_ROW_COUNT = re.compile(r"\(\d+\)")  # "(3)": how many rows a section lists


def line_above(ctx: ReadContext, lines: Sequence[Line], header_index: int) -> Line | None:
    """The line printed just above a table's header, close enough to title it."""
    if header_index <= 0:
        return None
    header, above = lines[header_index], lines[header_index - 1]
    if (
        above.page != header.page
        or header.top - above.bottom > ctx.tolerances.section_heading * header.height
    ):
        return None
    return above


def direction(ctx: ReadContext, heading: Line | None) -> Role | None:
    """CREDIT for a section of money in, DEBIT for money out, None when the heading does not say."""
    return None if heading is None else _side_named(ctx, heading.text)


def sided_by_totals(ctx: ReadContext, rows: Sequence[Row]) -> list[Row]:
    """The rows with each bare amount read as the side the totals line above it names.

    An app's statement groups each day's rows under "Total de entradas" and "Total de saídas", the
    rows printed bare in one Amount column: the totals line is the section heading of the rows under
    it. Where any row prints a sign, or the table has columns of each side, the rows say it already.
    """
    amounts = [
        m for r in rows if r.marker is None for role, m in r.amounts.items() if role is not Role.BALANCE
    ]
    if any(m.negative is not None or m.marker for m in amounts) or any(
        Role.DEBIT in r.amounts or Role.CREDIT in r.amounts for r in rows
    ):
        return list(rows)
    out: list[Row] = []
    side: Role | None = None
    for row in rows:
        if row.marker is Marker.TOTAL:
            side = _side_named(ctx, row.description)
        elif row.marker is None and side is not None and Role.AMOUNT in row.amounts:
            amounts_of = {side if role is Role.AMOUNT else role: m for role, m in row.amounts.items()}
            out.append(replace(row, amounts=amounts_of))
            continue
        out.append(row)
    return out


def _side_named(ctx: ReadContext, printed: str) -> Role | None:
    sides = _sides(ctx.lexicon)
    text = " ".join(_CLEAN.sub(" ", fold(printed)).split())
    words = set(sides.account_kinds.sub(" ", text).split())
    money_in, money_out = bool(words & sides.money_in), bool(words & sides.money_out)
    if money_in == money_out:
        return None
    return Role.CREDIT if money_in else Role.DEBIT


def sectioned(
    ctx: ReadContext, header: TableHeader, heading: Line | None, previous: TableHeader | None = None
) -> TableHeader:
    """The header with its one unsigned Amount column read as the money in or out its section heading
    names; unchanged where the table has debit or credit columns of its own, or nothing says a side.

    A header repeated over the next page without its section's heading continues the section before.
    """
    side = direction(ctx, heading)
    if side is None and heading is None and previous is not None:
        side = _continued_side(header, previous)
    roles = [c.role for c in header.columns]
    if side is None or Role.DEBIT in roles or Role.CREDIT in roles or roles.count(Role.AMOUNT) != 1:
        return header
    columns = tuple(Column(side, c.x0, c.x1) if c.role is Role.AMOUNT else c for c in header.columns)
    return replace(header, columns=columns)


def _continued_side(header: TableHeader, previous: TableHeader) -> Role | None:
    """The side of the section before, when this header prints its columns where that one did."""
    if len(header.columns) != len(previous.columns):
        return None
    side: Role | None = None
    for col, before in zip(header.columns, previous.columns, strict=True):
        if abs(col.x0 - before.x0) > 1 or abs(col.x1 - before.x1) > 1:
            return None
        if col.role is Role.AMOUNT and before.role in (Role.DEBIT, Role.CREDIT):
            side = before.role
        elif col.role is not before.role:
            return None
    return side


_MAX_SECTIONS = 8  # sections whose sides are tried together against the balances (2**8 ways)


def sides_by_balance(
    totals: Sequence[Decimal], opening: Decimal | None, closing: Decimal | None
) -> tuple[int, ...] | None:
    """The one way of turning whole sections round (+1 as read, -1 turned) whose totals take the
    opening balance to the closing one, where the sections as read do not; None when the balances are
    missing, already agree, or no one way does it (a heading in no known language, or one that names a
    side it does not list, such as a card's "Payments")."""
    listed = [n for n, total in enumerate(totals) if total]  # a section without rows has no side to turn
    if opening is None or closing is None or not 2 <= len(listed) <= _MAX_SECTIONS:
        return None
    if opening + sum(totals, Decimal(0)) == closing:
        return None
    ways = [
        signs
        for signs in product((1, -1), repeat=len(listed))
        if opening + sum((s * totals[n] for s, n in zip(signs, listed, strict=True)), Decimal(0)) == closing
    ]
    if len(ways) != 1:
        return None
    sides = dict(zip(listed, ways[0], strict=True))
    return tuple(sides.get(n, 1) for n in range(len(totals)))


# Made as the readers load, for the lexicon files are read with: the processes forked to read files
# inherit it instead of each making it on its first.
_sides(DEFAULT.lexicon)
