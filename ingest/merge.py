"""Statements of one account across files: grouping, overlap de-duplication, date order, gaps and joins."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from difflib import SequenceMatcher

from ingest.checks import Part, chronological, normal_text, warning
from ingest.codes import WarningCode
from ingest.models import DataWarning, Transaction

_MASKING = re.compile(r"[*•●·#]|X{2,}")
_NOT_NUMBER = re.compile(r"[^0-9A-Z*]")
_STARS = re.compile(r"\*+")
_NOT_ALNUM = re.compile(r"[\W_]+")

SAME_NAME_RATIO = 0.85  # names this alike are one name misread (OCR), not two


def normal_number(number: str | None) -> str:
    """An account number compared for sameness: no spacing or dashes; any run of masking is one `*`."""
    text = _NOT_NUMBER.sub("", _MASKING.sub("*", (number or "").upper()))
    return _STARS.sub("*", text)


def normal_name(name: str | None) -> str:
    """An institution or holder name compared for sameness: letters and digits only, any case."""
    return _NOT_ALNUM.sub("", (name or "").casefold())


def group_parts(parts: Sequence[Part]) -> list[list[Part]]:
    """Statements of the same account: the same number at the same institution, in first-seen order.

    Institution names that differ only by a misread letter or two are the same institution, and a
    statement whose institution was not read joins the one account with its number. A statement
    without an account number is an account of its own: nothing says it is another's. An account
    number printed with different currencies is one account per currency.
    """
    groups: list[tuple[str, str, list[tuple[int, Part]]]] = []  # institution, number, statements
    unnamed: list[tuple[int, Part]] = []
    for index, part in enumerate(parts):
        number = normal_number(part.statement.account_number)
        institution = normal_name(part.statement.institution)
        if not number:
            groups.append((institution, "", [(index, part)]))
        elif not institution:
            unnamed.append((index, part))
        else:
            home = next((g for g in groups if g[1] == number and same_name(g[0], institution)), None)
            if home is None:
                groups.append((institution, number, [(index, part)]))
            else:
                home[2].append((index, part))
    for index, part in unnamed:
        number = normal_number(part.statement.account_number)
        homes = [g for g in groups if g[1] == number]
        if len(homes) == 1:
            homes[0][2].append((index, part))
        else:
            groups.append(("", number, [(index, part)]))
    ordered = sorted((sorted(g[2], key=lambda pair: pair[0]) for g in groups), key=lambda g: g[0][0])
    result: list[list[Part]] = []
    for group in ordered:
        for same_currency in _by_currency([part for _, part in group]):
            result.extend(_by_account_type(same_currency))
    return [sorted(group, key=_start) for group in result]


def same_name(a: str, b: str) -> bool:
    """Two normalised names for one institution or person (an OCR slip or two allowed)."""
    return a == b or SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO


def _by_currency(group: list[Part]) -> list[list[Part]]:
    by_currency: dict[str, list[Part]] = defaultdict(list)
    for part in group:
        by_currency[(part.statement.currency or "").upper()].append(part)
    stated = [c for c in by_currency if c]
    if len(stated) <= 1:
        return [group]
    # An unstated currency joins the first stated one.
    by_currency[stated[0]] = by_currency.pop("", []) + by_currency[stated[0]]
    return [by_currency[c] for c in stated]


def _by_account_type(group: list[Part]) -> list[list[Part]]:
    """A credit union prints its member's share accounts (savings, share draft, a holiday club) in one
    file under the member's one number: where one file holds statements of that number of different
    kinds of account, each kind is an account of its own, and so is each statement of no stated kind
    in such a file. A statement of no stated kind from another file joins the first kind."""
    mixed = {
        name
        for name in {p.file_name for p in group}
        if len({p.statement.account_type for p in group if p.file_name == name and p.statement.account_type})
        > 1
    }
    if not mixed:
        return [group]
    kinds: dict[str, list[Part]] = defaultdict(list)
    alone: list[list[Part]] = []
    for part in group:
        if part.statement.account_type is None and part.file_name in mixed:
            alone.append([part])
        else:
            kinds[part.statement.account_type or ""].append(part)
    stated = [k for k in kinds if k]
    kinds[stated[0]] = kinds.pop("", []) + kinds[stated[0]]
    return [*(kinds[k] for k in stated), *alone]


def _start(part: Part) -> dt.date:
    coverage = part.coverage
    return coverage[0] if coverage else dt.date.max


def merged_transactions(parts: Sequence[Part]) -> list[Transaction]:
    """Every statement's transactions in date order (stable), with rows repeated by overlapping statements
    printed once.

    A row of a later statement is a repeat when an earlier statement covers its date and printed a row
    of the same date, description and amount not already matched. Two such rows in one statement are
    two transactions, and both stay.
    """
    kept: list[tuple[dt.date, Transaction]] = []
    earlier: Counter[tuple[dt.date, str, Decimal | None]] = Counter()
    covered: list[tuple[dt.date, dt.date]] = []
    for part in parts:
        available = earlier.copy()
        mine: list[tuple[dt.date, str, Decimal | None]] = []
        for index, when in _dated_rows(part):
            t = part.transactions[index]
            key = (when, normal_text(t.description), t.amount)
            if t.date and available[key] and any(lo <= t.date <= hi for lo, hi in covered):
                available[key] -= 1
                continue
            kept.append((when, t))
            mine.append(key)
        earlier.update(mine)
        if part.coverage:
            covered.append(part.coverage)
    return [t for _, t in sorted(kept, key=lambda pair: pair[0])]


def _dated_rows(part: Part) -> list[tuple[int, dt.date]]:
    """Row indexes oldest first, each with the date it sorts by: an undated row keeps its neighbour's."""
    order = chronological(part)
    fallback = next((part.transactions[i].date for i in order if part.transactions[i].date), None)
    last = fallback or (part.coverage[0] if part.coverage else dt.date.min)
    rows = []
    for index in order:
        last = part.transactions[index].date or last
        rows.append((index, last))
    return rows


def joins(label: str, parts: Sequence[Part]) -> list[DataWarning]:
    """StatementGap where consecutive statements leave days uncovered; BalanceMismatch where back-to-back
    statements do not hand over the balance (one's closing is the next one's opening)."""
    found: list[DataWarning] = []
    previous: Part | None = None
    for part in parts:
        s = part.statement
        if not (s.period_start and s.period_end):
            continue
        if previous is not None:
            p = previous.statement
            assert p.period_end is not None
            if s.period_start > p.period_end + dt.timedelta(days=1):
                found.append(
                    warning(
                        WarningCode.StatementGap,
                        f"No statement of {label} covers {p.period_end + dt.timedelta(days=1)} to "
                        f"{s.period_start - dt.timedelta(days=1)}, between {previous.file_name} and "
                        f"{part.file_name}.",
                    )
                )
            elif (
                s.period_start == p.period_end + dt.timedelta(days=1)
                and p.closing_balance is not None
                and s.opening_balance is not None
                and p.closing_balance != s.opening_balance
            ):
                found.append(
                    warning(
                        WarningCode.BalanceMismatch,
                        f"The closing balance {p.closing_balance} of {previous.file_name} is not the "
                        f"opening balance {s.opening_balance} of {part.file_name}, the next statement "
                        f"of {label}.",
                    )
                )
        if (
            previous is None
            or previous.statement.period_end is None
            or s.period_end > previous.statement.period_end
        ):
            previous = part
    return found
