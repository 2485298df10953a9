"""Sectioned statements: a table's own heading says whether it lists money in, money out, or balances.

Some statements print one table per kind of transaction ("Deposits and additions", "Electronic
withdrawals", "Checks paid"), each under its own heading with one unsigned Amount column, and beside
them a table of daily balances that lists no transactions at all. The heading words are the column
headings of money in and money out in each language (a "Withdrawals" column and a "Withdrawals"
section say the same thing); a heading that names both, or neither, decides nothing, and the balances
settle the signs instead (see `balance`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.extract.layout import Line
from ingest.extract.lexicon import ALL, fold
from ingest.extract.table import Column, Role, TableHeader

_CLEAN = re.compile(r"[^a-z0-9' ]")
# One-word headings of money in and money out: "DEPOSITS AND ADDITIONS" holds "deposits".
_IN_WORDS = frozenset(p for p in ALL.credit_headings if " " not in p) - frozenset(ALL.function_words)
_OUT_WORDS = frozenset(p for p in ALL.debit_headings if " " not in p) - frozenset(ALL.function_words)
# A table of balances is headed by a balance heading of more than one word ("Daily ending balance").
_BALANCE_TABLES = frozenset(
    key for p in ALL.balance_headings if len((key := " ".join(_CLEAN.sub(" ", p).split())).split()) > 1
)
_HEADING_GAP = 3.0  # line heights: a section heading sits this close above its table's header


def _words(line: Line) -> list[str]:
    return _CLEAN.sub(" ", fold(line.text)).split()


def section_heading(lines: Sequence[Line], header_index: int) -> Line | None:
    """The line printed just above a table's header that titles its section: words without figures."""
    if header_index <= 0:
        return None
    header, above = lines[header_index], lines[header_index - 1]
    if above.page != header.page or header.top - above.bottom > _HEADING_GAP * header.height:
        return None
    if any(c.isdigit() for c in above.text) or len(above.words) > 6:
        return None
    return above


def direction(heading: Line | None) -> Role | None:
    """CREDIT for a section of money in, DEBIT for money out, None when the heading does not say."""
    if heading is None:
        return None
    words = set(_words(heading))
    money_in, money_out = bool(words & _IN_WORDS), bool(words & _OUT_WORDS)
    if money_in == money_out:
        return None
    return Role.CREDIT if money_in else Role.DEBIT


def is_balance_table(line: Line) -> bool:
    """Whether a line titles a table of balances ("Daily ending balance"), whose rows are no transactions."""
    return " ".join(_words(line)) in _BALANCE_TABLES


def sectioned(header: TableHeader, heading: Line | None) -> TableHeader:
    """The header with its one unsigned Amount column read as the money in or out its section heading
    names; unchanged where the table has debit or credit columns of its own, or the heading says neither."""
    side = direction(heading)
    roles = [c.role for c in header.columns]
    if side is None or Role.DEBIT in roles or Role.CREDIT in roles or roles.count(Role.AMOUNT) != 1:
        return header
    columns = tuple(Column(side, c.x0, c.x1) if c.role is Role.AMOUNT else c for c in header.columns)
    return replace(header, columns=columns)
