"""The balance is the checksum: signs, swapped columns and OCR digit slips are settled against it.

Running balances split a statement into groups (the rows since the last printed balance); a group
reconciles when the previous balance plus its amounts gives the printed balance. The opening and
closing balances do the same for the whole statement. Nothing is changed to make a figure fit
except where the evidence is printed on the page: a sign decided by the running balance, or, on OCR
pages only, one digit that OCR commonly confuses, or a figure OCR garbled whose text still shows the
digits the balances require ("114 57=" for 114.57). A figure nothing on the page shows stays unread
(None), never filled in from the balances. Each such decision lowers the confidence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from ingest.extract.words import Word

# Digits OCR mistakes for one another on statement fonts.
CONFUSABLE: dict[str, str] = {
    "8": "3605",
    "3": "85",
    "6": "850",
    "0": "86",
    "5": "638",
    "1": "7",
    "7": "1",
}
SIGN_FROM_BALANCE = 0.9  # the printed sign was missing or contradicted, the balance decided it
OCR_REPAIRED = 0.5  # one confusable digit was read differently so the balance holds
UNRECONCILED = 0.6  # the group's amounts do not lead to its printed balance
UNCHECKED = 0.85  # no balance anywhere to check the row against
NO_DATE = 0.5
CONFIRMED_DOUBT = 0.5  # share of the OCR doubt left once the balance confirms a row


@dataclass(slots=True)
class Draft:
    """A transaction being settled: mutable until the statement is done."""

    date: dt.date | None
    description: str
    amount: Decimal | None
    balance: Decimal | None
    page: int
    words: list[Word] = field(default_factory=list)
    confidence: float = 1.0
    reconciled: bool | None = None  # None: nothing to check against
    guessed: bool = False  # the amount is an OCR whole number that may have lost its decimal point
    balance_guessed: bool = False  # the same, for the running balance
    amount_text: str | None = None  # OCR only: the text read where the amount is printed
    text_sign: int = 0  # the sign that column gives an amount: -1 money out, +1 money in, 0 either
    balance_text: str | None = None  # OCR only: the text where a balance is printed but was not read
    value_date: dt.date | None = None  # a second date printed on the row (value or posting date)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the checksum said about a statement."""

    confidence: float
    balanced: bool | None  # opening + sum == closing; None when either is missing


def newest_first(drafts: Sequence[Draft]) -> bool:
    """Whether the rows run newest first: each printed balance is the one below it plus its own
    amount, rather than the one above it plus the amount below."""
    forward = backward = 0
    for above, below in pairwise(drafts):
        if None in (above.balance, below.balance, above.amount, below.amount):
            continue
        assert above.balance is not None and below.balance is not None
        assert above.amount is not None and below.amount is not None
        forward += above.balance + below.amount == below.balance
        backward += below.balance + above.amount == above.balance
    return backward > forward


def orient(drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None) -> int:
    """+1 when the amounts' signs as read agree with the balances, -1 when they all run backwards.

    A table whose Debit and Credit headings were matched to the wrong columns, or a card statement
    that prints charges unsigned against a balance owed, runs backwards.
    """
    forward = _agreement(drafts, opening, 1)
    backward = _agreement(drafts, opening, -1)
    if backward > forward:
        return -1
    if forward == backward == 0 and opening is not None and closing is not None:
        total = sum((d.amount for d in drafts if d.amount is not None), Decimal(0))
        if opening + total != closing and opening - total == closing:
            return -1
    return 1


def _agreement(drafts: Sequence[Draft], opening: Decimal | None, sign: int) -> int:
    score = 0
    for previous, group, printed in _groups(drafts, opening):
        if previous is None:
            continue
        total = sum((d.amount for d in group if d.amount is not None), Decimal(0))
        if previous + sign * total == printed:
            score += len(group)
    return score


def _groups(
    drafts: Sequence[Draft], opening: Decimal | None
) -> Iterator[tuple[Decimal | None, list[Draft], Decimal]]:
    """(balance before, rows, balance printed after) for each run that ends in a printed balance."""
    previous = opening
    group: list[Draft] = []
    for draft in drafts:
        group.append(draft)
        if draft.balance is not None:
            yield previous, group, draft.balance
            previous = draft.balance
            group = []


def settle(drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None, ocr: bool) -> Outcome:
    """Check every group against its balance; decide signs and OCR slips the balance proves."""
    if ocr:
        _read_garbled_balances(drafts, opening)
    groups = list(_groups(drafts, opening))
    any_balance = bool(groups)
    previous = opening
    for number, (_, group, printed) in enumerate(groups):
        if previous is None:
            previous = printed
            continue
        following = groups[number + 1][1] if number + 1 < len(groups) else None
        if _reconciles(previous, group, printed):
            for d in group:
                _confirmed(d)
        elif ocr and _fix_balance(previous, group, following):
            pass
        elif not (
            _fix_sign(previous, group, printed)
            or (ocr and (_fix_digit(previous, group, printed) or _fix_several(previous, group, printed)))
        ):
            for d in group:
                d.reconciled = False
                d.confidence *= UNRECONCILED
        previous = group[-1].balance
    for d in drafts:
        # A whole number read where a figure was expected, and nothing proved it: not a figure.
        if d.guessed and d.reconciled is not True:
            d.amount = None
        if d.balance_guessed and d.reconciled is not True:
            d.balance = None
    total = sum((d.amount for d in drafts if d.amount is not None), Decimal(0))
    balanced = None if opening is None or closing is None else opening + total == closing
    tail = _tail(drafts)
    if balanced is False and ocr and tail and opening is not None and closing is not None:
        # Rows after the last printed balance are checked against the closing balance.
        last = next((d.balance for d in reversed(drafts) if d.balance is not None), opening)
        if _fix_digit(last, tail, closing) or _fix_several(last, tail, closing):
            total = sum((d.amount for d in drafts if d.amount is not None), Decimal(0))
            balanced = opening + total == closing
    for d in drafts:
        if d.reconciled is None:
            if balanced:
                _confirmed(d)
            elif balanced is False and not any_balance:
                d.reconciled = False
                d.confidence *= UNRECONCILED
            elif not any_balance:
                d.confidence *= UNCHECKED
        if d.date is None or d.amount is None:
            d.confidence *= NO_DATE
    return Outcome(confidence=_statement_confidence(drafts, balanced), balanced=balanced)


def _read_garbled_balances(drafts: Sequence[Draft], opening: Decimal | None) -> None:
    """On OCR pages: running balances OCR garbled, read where the rows require one value and the
    garbled text shows it, so each row is checked on its own again.

    A row's balance is the balance before it plus its amount; where its amount is garbled too, the
    next row (both figures read) gives the balance, and the balance before gives the amount. A
    figure is taken only when its own garbled text shows it; a whole number read as a balance that
    nothing proves is dropped, and the rows around it are checked together.
    """
    previous = opening
    for index, draft in enumerate(drafts):
        unread = draft.balance is None or draft.balance_guessed
        if previous is not None and unread and draft.balance_text is not None:
            amount = None if draft.guessed else draft.amount
            if amount is not None and reads_as(draft.balance_text, previous + amount):
                _repaired_balance(draft, previous + amount)
            elif amount is None and index + 1 < len(drafts):
                after = drafts[index + 1]
                proven = after.balance is not None and not after.balance_guessed
                if proven and after.amount is not None and not after.guessed:
                    assert after.balance is not None and after.amount is not None
                    balance = after.balance - after.amount
                    if reads_as(draft.balance_text, balance) and _shows(draft, balance - previous):
                        draft.amount = balance - previous
                        draft.guessed = False
                        draft.confidence *= OCR_REPAIRED
                        _repaired_balance(draft, balance)
        if draft.balance_guessed:
            # A whole number where the balance is printed that the rows do not prove is no balance:
            # left standing it would close a group at a figure that is not one.
            draft.balance, draft.balance_guessed = None, False
        if draft.balance is not None:
            previous = draft.balance
        elif previous is not None and draft.amount is not None and not draft.guessed:
            previous += draft.amount
        else:
            previous = None


def _repaired_balance(draft: Draft, balance: Decimal) -> None:
    draft.balance = balance
    draft.balance_guessed = False
    draft.confidence *= OCR_REPAIRED


def _confirmed(draft: Draft) -> None:
    """The balance proves the figures as read: an OCR doubt about them is halved."""
    draft.reconciled = True
    draft.confidence = 1.0 - (1.0 - draft.confidence) * CONFIRMED_DOUBT


def _tail(drafts: Sequence[Draft]) -> list[Draft]:
    tail: list[Draft] = []
    for d in reversed(drafts):
        if d.balance is not None:
            break
        tail.insert(0, d)
    return tail


def _reconciles(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    return previous + sum((d.amount for d in group if d.amount is not None), Decimal(0)) == printed


def _fix_balance(previous: Decimal, group: Sequence[Draft], following: Sequence[Draft] | None) -> bool:
    """On OCR pages: the printed balance, read with one confusable digit changed, is the one the rows
    lead to, and the next rows lead on from it."""
    holder = group[-1]
    printed = holder.balance
    if printed is None or not any(w.confidence is not None for w in holder.words):
        return False
    needed = previous + sum((d.amount for d in group if d.amount is not None), Decimal(0))
    if not _one_slip(printed, needed) or any(d.guessed for d in group):
        return False
    if following is not None:
        after = following[-1].balance
        if after is None or not _reconciles(needed, following, after):
            return False
    holder.balance = needed
    holder.confidence *= OCR_REPAIRED
    for d in group:
        d.reconciled = True
    return True


def _fix_sign(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    """One row of the group with the opposite sign makes it balance: the balance decides that sign."""
    total = sum((d.amount for d in group if d.amount is not None), Decimal(0))
    matches = [d for d in group if d.amount is not None and previous + total - 2 * d.amount == printed]
    if len(matches) != 1:
        return False
    draft = matches[0]
    assert draft.amount is not None
    draft.amount = -draft.amount
    draft.confidence *= SIGN_FROM_BALANCE
    for d in group:
        d.reconciled = True
    return True


def _fix_digit(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    """On OCR pages: one amount, read with one confusable digit changed, or garbled where the print
    still shows its digits ("114 57=", "$12.71", "9$1...31-"), makes the group balance."""
    total = sum((d.amount for d in group if d.amount is not None), Decimal(0))
    found: list[tuple[Draft, Decimal]] = []
    for draft in group:
        if not any(w.confidence is not None for w in draft.words):
            continue
        needed = printed - previous - (total - (draft.amount or 0))
        if needed == 0:
            continue
        slip = draft.amount is not None and not draft.guessed and _one_slip(draft.amount, needed)
        if slip or _shows(draft, needed):
            found.append((draft, needed))
    if len(found) != 1:
        return False
    draft, needed = found[0]
    draft.amount = needed
    draft.confidence *= OCR_REPAIRED
    for d in group:
        d.reconciled = True
    return True


def _shows(draft: Draft, needed: Decimal) -> bool:
    """Whether the OCR text printed in the amount's column shows `needed`, on the column's side."""
    if draft.amount_text is None or needed * draft.text_sign < 0:
        return False
    return reads_as(draft.amount_text, needed)


# Marks OCR reads in place of a digit on statement fonts.
LOOKALIKES: dict[str, str] = {
    "S": "5", "s": "5", "$": "5", "§": "5", "O": "0", "o": "0", "Q": "0", "D": "0", "l": "1",
    "I": "1", "i": "1", "|": "1", "!": "1", "B": "83", "T": "7", "Z": "2", "z": "2", "G": "6", "g": "9",
}  # fmt: skip
_MAX_LOOKALIKES = 3  # beyond this the text is noise, not a garbled figure


def reads_as(text: str, figure: Decimal) -> bool:
    """Whether a garbled OCR figure shows `figure`: its digits in order, where each look-alike mark
    is either the digit it resembles or a stray, and at most one digit is a confusable slip.

    Only a figure the balance already requires is tested, so the text serves as evidence that the
    print shows that figure, never as the source of one.
    """
    target = f"{abs(figure):.2f}".replace(".", "")
    for reading in _readings(text):
        if reading == target:
            return True
        if len(reading) == len(target):
            diffs = [(x, y) for x, y in zip(reading, target, strict=True) if x != y]
            if len(diffs) == 1 and diffs[0][1] in CONFUSABLE.get(diffs[0][0], ""):
                return True
    return False


def _readings(text: str) -> list[str]:
    """The digit strings a garbled OCR figure may stand for: digits kept, each look-alike mark read
    as a digit it resembles or dropped as a stray, anything else dropped."""
    if sum(c in LOOKALIKES for c in text) > _MAX_LOOKALIKES:
        return []
    readings = [""]
    for c in text:
        if c.isdigit():
            readings = [r + c for r in readings]
        elif c in LOOKALIKES:
            readings = [r + extra for r in readings for extra in ("", *LOOKALIKES[c])]
    return list(dict.fromkeys(readings))


def _shown(draft: Draft) -> list[Decimal]:
    """The amounts a garbled OCR figure may show, each exactly, on its column's side."""
    if draft.amount_text is None:
        return []
    values = {Decimal(int(r)) / 100 for r in _readings(draft.amount_text) if len(r) >= 3}
    signs = (draft.text_sign,) if draft.text_sign else (-1, 1)
    return sorted(v * sign for v in values if v for sign in signs)


_MAX_UNKNOWNS = 3  # garbled amounts one pair of balances may settle together
_MAX_CHOICES = 20_000  # combinations tried; more means texts too noisy to settle anything


def _fix_several(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    """On OCR pages: two or three garbled amounts between two printed balances, where exactly one
    choice among the figures each garbled text shows makes the group balance."""
    unknown = [d for d in group if d.amount is None or d.guessed]
    if not 2 <= len(unknown) <= _MAX_UNKNOWNS:
        return False
    if any(not any(w.confidence is not None for w in d.words) for d in unknown):
        return False
    known = sum((d.amount for d in group if d not in unknown and d.amount is not None), Decimal(0))
    needed = printed - previous - known
    choices = [_shown(d) for d in unknown]
    if not all(choices) or math.prod(len(c) for c in choices) > _MAX_CHOICES:
        return False
    found = [combo for combo in itertools.product(*choices) if sum(combo, Decimal(0)) == needed]
    if len(found) != 1:
        return False
    for draft, value in zip(unknown, found[0], strict=True):
        draft.amount = value
        draft.guessed = False
        draft.confidence *= OCR_REPAIRED
    for d in group:
        d.reconciled = True
    return True


def _one_slip(read: Decimal, needed: Decimal) -> bool:
    """Whether `needed` is `read` with one confusable digit swapped, or with its decimal point lost."""
    if (read < 0) != (needed < 0):
        return False
    if abs(read) == abs(needed) * 100 and abs(needed) >= 1:
        return True
    a, b = f"{abs(read):.2f}", f"{abs(needed):.2f}"
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) == 1 and diffs[0][1] in CONFUSABLE.get(diffs[0][0], "")


def _statement_confidence(drafts: Sequence[Draft], balanced: bool | None) -> float:
    if not drafts:
        return 0.3 if balanced is not True else 0.6
    mean = sum(d.confidence for d in drafts) / len(drafts)
    checked = [d for d in drafts if d.reconciled is not None]
    share = sum(1 for d in checked if d.reconciled) / len(checked) if checked else 0.0
    if balanced is True:
        base = 0.97 + 0.03 * share
    elif balanced is False:
        base = 0.35 + 0.25 * share
    else:
        base = 0.6 + 0.3 * share if checked else 0.6
    return round(max(0.0, min(1.0, base * (0.5 + 0.5 * mean))), 3)
