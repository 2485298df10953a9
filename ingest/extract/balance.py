"""The balance is the checksum: signs, swapped columns and OCR digit slips are settled against it.

Running balances split a statement into groups (the rows since the last printed balance); a group
reconciles when the previous balance plus its amounts gives the printed balance. The opening and
closing balances do the same for the whole statement. Nothing is changed to make a figure fit
except where the evidence is printed on the page: a sign decided by the running balance, or, on OCR
pages only, one digit that OCR commonly confuses, or a figure OCR garbled whose text still shows the
digits the balances require ("114 57=" for 114.57). A figure nothing on the page shows stays unread
(None), never filled in from the balances.

Every such repair, and every verdict of the balance, is a `Decision` recorded on its row; a row's
confidence is computed once from its OCR confidence and its decisions, whatever order they came in.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from ingest.extract.amounts import CURRENCY_SYMBOLS, parse_money
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
    "9": "5",
}


def confusable_slip(read: str, true: str) -> bool:
    """Whether the digits `read` are `true` with one digit OCR mistakes for another ("2028" for 2026)."""
    if len(read) != len(true):
        return False
    diffs = [(x, y) for x, y in zip(read, true, strict=True) if x != y]
    return len(diffs) == 1 and diffs[0][1] in CONFUSABLE.get(diffs[0][0], "")


class Decision(StrEnum):
    """What settling a statement decided about one row."""

    CONFIRMED = "CONFIRMED"  # the balance proves the figures as read
    SETTLED = "SETTLED"  # the row's group balances once a repair recorded in it is made
    SIGN_FROM_BALANCE = "SIGN_FROM_BALANCE"  # the printed sign was missing or contradicted
    OCR_REPAIRED = "OCR_REPAIRED"  # a figure OCR slipped or garbled, read as the balance requires
    REFOUND = "REFOUND"  # a line read as a total line, taken back as a row because the balance needs it
    DATE_FROM_ORDER = "DATE_FROM_ORDER"  # a date OCR slipped by one digit, read as the table's order needs
    UNMOVED = "UNMOVED"  # a failed or reversed row: its balance is the one before it, no money moved
    UNRECONCILED = "UNRECONCILED"  # the group's amounts do not lead to its printed balance
    UNCHECKED = "UNCHECKED"  # no balance anywhere to check the row against
    INCOMPLETE = "INCOMPLETE"  # the row has no date or no amount


# What each decision leaves of a row's confidence. Repairs weigh on the figures as read, before the
# balance confirms them; verdicts weigh on the row as it stands.
REPAIRS: dict[Decision, float] = {
    Decision.SIGN_FROM_BALANCE: 0.9,
    Decision.OCR_REPAIRED: 0.5,
    Decision.REFOUND: 0.8,
    Decision.DATE_FROM_ORDER: 0.8,
}
VERDICTS: dict[Decision, float] = {
    Decision.UNRECONCILED: 0.6,
    Decision.UNCHECKED: 0.85,
    Decision.INCOMPLETE: 0.5,
}
CONFIRMED_DOUBT = 0.5  # share of the OCR doubt left once the balance confirms a row


@dataclass(slots=True)
class Draft:
    """A transaction being settled: `settle` works on its own copies and hands them back."""

    date: dt.date | None
    description: str
    amount: Decimal | None
    balance: Decimal | None
    page: int
    words: list[Word] = field(default_factory=list)
    ocr_confidence: float = 1.0  # how well OCR read the row's words (1.0 on a text layer)
    decisions: list[Decision] = field(default_factory=list)
    guessed: bool = False  # the amount is an OCR whole number that may have lost its decimal point
    balance_guessed: bool = False  # the same, for the running balance
    amount_text: str | None = None  # OCR only: the text read where the amount is printed
    text_sign: int = 0  # the sign that column gives an amount: -1 money out, +1 money in, 0 either
    balance_text: str | None = None  # OCR only: the text where a balance is printed but was not read
    value_date: dt.date | None = None  # a second date printed on the row (value or posting date)
    day: tuple[int, int] | None = None  # (month, day) printed where no year was found for them

    @property
    def reconciled(self) -> bool | None:
        """Whether the balance proved the row (as read or repaired); None: nothing to check against."""
        if Decision.CONFIRMED in self.decisions or Decision.SETTLED in self.decisions:
            return True
        return False if Decision.UNRECONCILED in self.decisions else None

    @property
    def confidence(self) -> float:
        """The OCR confidence less every repair, the doubt halved if the balance confirms the row,
        less every verdict: a product, so the order the decisions were taken in does not count."""
        confidence = self.ocr_confidence
        decisions = self.decisions  # counted in the list itself: a row has one or two
        # A decision not taken multiplies by one: it is passed by.
        for decision, factor in REPAIRS.items():
            if decision in decisions:
                confidence *= factor ** decisions.count(decision)
        if Decision.CONFIRMED in decisions:
            confidence = 1.0 - (1.0 - confidence) * CONFIRMED_DOUBT
        for decision, factor in VERDICTS.items():
            if decision in decisions:
                confidence *= factor ** decisions.count(decision)
        return confidence

    @property
    def reported_confidence(self) -> float:
        """The confidence as a transaction reports it: within 0 and 1, to three places."""
        return round(max(0.0, min(1.0, self.confidence)), 3)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the checksum said about a statement, and its rows as settled (in the order given)."""

    confidence: float
    balanced: bool | None  # opening + sum == closing; None when either is missing
    drafts: tuple[Draft, ...] = ()


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


def settle(
    drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None, *, ocr: bool, places: int = 2
) -> Outcome:
    """Check every group against its balance; decide signs and OCR slips the balance proves.

    The drafts handed in are left as they are: the outcome carries settled copies, in the same order,
    without the rows that moved no money (UNMOVED: a failed transfer). `places` are the decimal places
    the currency's amounts are printed with (for OCR texts).
    """
    settled = [replace(d, decisions=list(d.decisions)) for d in drafts]
    if ocr:
        _read_garbled_balances(settled, opening, places)
    any_balance = _settle_groups(settled, opening, ocr=ocr, places=places)
    settled = [d for d in settled if Decision.UNMOVED not in d.decisions]
    for d in settled:
        # A whole number read where a figure was expected, and nothing proved it: not a figure.
        if d.guessed and d.reconciled is not True:
            d.amount = None
        if d.balance_guessed and d.reconciled is not True:
            d.balance = None
    balanced = _balanced(settled, opening, closing, ocr=ocr, places=places)
    for d in settled:
        if d.reconciled is None:
            d.decisions.extend(_verdict(balanced, any_balance))
        if d.date is None or d.amount is None:
            d.decisions.append(Decision.INCOMPLETE)
    return Outcome(
        confidence=_statement_confidence(settled, balanced), balanced=balanced, drafts=tuple(settled)
    )


def _settle_groups(drafts: Sequence[Draft], opening: Decimal | None, *, ocr: bool, places: int) -> bool:
    """Settle each group that has a balance before it; whether the statement prints any balance."""
    groups = list(_groups(drafts, opening))
    previous = opening
    proven = True  # whether the balance before the group is proven: the opening, or a row confirmed
    for number, (_, group, printed) in enumerate(groups):
        if previous is None:
            previous = printed
            proven = False
            continue
        following = groups[number + 1][1] if number + 1 < len(groups) else None
        if proven and _unmoved(previous, group, printed):
            _decide(group, Decision.UNMOVED)
            continue
        proven = True
        if _reconciles(previous, group, printed):
            _decide(group, Decision.CONFIRMED)
        elif ocr and _fix_balance(previous, group, following, places):
            pass
        elif not (
            _fix_sign(previous, group, printed, stated=number == 0)
            or (
                ocr
                and (
                    _fix_digit(previous, group, printed, places)
                    or _fix_several(previous, group, printed, places)
                )
            )
        ):
            _decide(group, Decision.UNRECONCILED)
            proven = False
        previous = group[-1].balance
    return bool(groups)


def _unmoved(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    """Whether a row whose amount is printed left the proven balance before it as it was: a wallet's
    failed or reversed transfer, listed with its figure though no money moved."""
    return len(group) == 1 and printed == previous and bool(group[0].amount)


def _balanced(
    drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None, *, ocr: bool, places: int
) -> bool | None:
    """Whether opening plus every amount gives closing; on OCR pages, the rows after the last
    printed balance may first be repaired against the closing balance."""
    if opening is None or closing is None:
        return None
    if _reconciles(opening, drafts, closing):
        return True
    tail = _tail(drafts)
    if ocr and tail:
        last = next((d.balance for d in reversed(drafts) if d.balance is not None), opening)
        if _fix_digit(last, tail, closing, places) or _fix_several(last, tail, closing, places):
            return _reconciles(opening, drafts, closing)
    return False


def _verdict(balanced: bool | None, any_balance: bool) -> list[Decision]:
    """What the statement as a whole says of a row no printed balance checked."""
    if balanced:
        return [Decision.CONFIRMED]
    if balanced is False and not any_balance:
        return [Decision.UNRECONCILED]
    if not any_balance:
        return [Decision.UNCHECKED]
    return []


def _decide(group: Sequence[Draft], decision: Decision) -> None:
    for d in group:
        d.decisions.append(decision)


def _read_garbled_balances(drafts: Sequence[Draft], opening: Decimal | None, places: int) -> None:
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
            if amount is not None and reads_as(draft.balance_text, previous + amount, places):
                _repaired_balance(draft, previous + amount)
            elif amount is None and index + 1 < len(drafts):
                after = drafts[index + 1]
                proven = after.balance is not None and not after.balance_guessed
                if proven and after.amount is not None and not after.guessed:
                    assert after.balance is not None and after.amount is not None
                    balance = after.balance - after.amount
                    if reads_as(draft.balance_text, balance, places) and _shows(
                        draft, balance - previous, places
                    ):
                        draft.amount = balance - previous
                        draft.guessed = False
                        draft.decisions.append(Decision.OCR_REPAIRED)
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
    draft.decisions.append(Decision.OCR_REPAIRED)


def _tail(drafts: Sequence[Draft]) -> list[Draft]:
    tail: list[Draft] = []
    for d in reversed(drafts):
        if d.balance is not None:
            break
        tail.insert(0, d)
    return tail


def _reconciles(previous: Decimal, group: Sequence[Draft], printed: Decimal) -> bool:
    return previous + sum((d.amount for d in group if d.amount is not None), Decimal(0)) == printed


def _fix_balance(
    previous: Decimal, group: Sequence[Draft], following: Sequence[Draft] | None, places: int
) -> bool:
    """On OCR pages: the printed balance, read with one confusable digit changed or with a leading
    digit more or less (a currency sign read as a digit, or a digit as the sign: "$27.87" for
    527.87), or read alone as another figure ("8.78" for 608.78, alone "608.78"), is the one the rows
    lead to, and the next rows lead on from it.

    The rows may lead to it with one figure as OCR read it again alone ("$38.78" for 838.78 after a
    day whose 88.25 was read 83.25, and alone 88.25): both are taken only where the next rows lead on.
    A balance whose own reading alone is what the rows lead to ("4,791.38", alone 4,791.35) is taken
    where the next rows do not lead on as read: their own misread figures, settled from it next, may
    be why.
    """
    holder = group[-1]
    printed = holder.balance
    if printed is None or not any(w.confidence is not None for w in holder.words):
        return False
    if any(d.guessed for d in group):
        return False
    reached = previous + sum((d.amount for d in group if d.amount is not None), Decimal(0))
    ways: list[tuple[Draft | None, Decimal]] = [(None, reached)]
    if following is not None:
        ways += [(d, reached - (d.amount or 0) + again) for d in group for again in _read_again(d, places)]
    read_again = _figure_read_again(holder.words, printed, places)
    found = [
        (d, needed) for d, needed in ways if _slipped_balance(printed, needed, places) or needed in read_again
    ]
    if following is not None:
        after = following[-1].balance
        found = [
            (d, needed)
            for d, needed in found
            if (after is not None and _reconciles(needed, following, after))
            or (d is None and needed in read_again)
        ]
    if len(found) != 1:
        return False
    draft, needed = found[0]
    if draft is not None:
        draft.amount = needed - (reached - (draft.amount or 0))
        draft.decisions.append(Decision.OCR_REPAIRED)
    holder.balance = needed
    holder.decisions.append(Decision.OCR_REPAIRED)
    _decide(group, Decision.SETTLED)
    return True


def _slipped_balance(printed: Decimal, needed: Decimal, places: int) -> bool:
    """Whether `printed` is `needed` read with one confusable digit changed or a leading digit more or
    less."""
    return _one_slip(printed, needed, places) or _sign_slip(printed, needed, places) == needed


def _fix_sign(previous: Decimal, group: Sequence[Draft], printed: Decimal, *, stated: bool) -> bool:
    """One row of the group with the opposite sign makes it balance: the balance decides that sign.

    Where the balance before the group is the one the statement states (`stated`: the opening, not a
    balance printed over the row), a row printed in a column that names its side keeps it: the page
    says which side the row is on, and an opening balance wrong by twice its amount is reported, not
    made good by turning the row round.
    """
    total = sum((d.amount for d in group if d.amount is not None), Decimal(0))
    matches = [d for d in group if d.amount is not None and previous + total - 2 * d.amount == printed]
    if len(matches) != 1 or (stated and matches[0].text_sign):
        return False
    draft = matches[0]
    assert draft.amount is not None
    draft.amount = -draft.amount
    draft.decisions.append(Decision.SIGN_FROM_BALANCE)
    _decide(group, Decision.SETTLED)
    return True


def _fix_digit(previous: Decimal, group: Sequence[Draft], printed: Decimal, places: int) -> bool:
    """On OCR pages: one amount, read with one confusable digit changed, or garbled where the print
    still shows its digits ("114 57=", "$12.71", "9$1...31-"), makes the group balance.

    The figure a second reading of the amount alone gave ("88.25" where the page read 83.25) makes
    the group balance as well. Where several would, the one whose own text shows the figure exactly,
    each look-alike mark read as the digit it resembles and no digit changed ("$9.00" for 59.00), or
    whose second reading is it, is the one: a figure read cleanly one confusable digit away ("36.25"
    for 86.25) is weaker evidence than a garbled one whose marks spell the figure out.
    """
    total = sum((d.amount for d in group if d.amount is not None), Decimal(0))
    found: list[tuple[Draft, Decimal]] = []
    for draft in group:
        if not any(w.confidence is not None for w in draft.words):
            continue
        needed = printed - previous - (total - (draft.amount or 0))
        if needed == 0:
            continue
        slip = draft.amount is not None and not draft.guessed and _one_slip(draft.amount, needed, places)
        if slip or _shows(draft, needed, places) or needed in _read_again(draft, places):
            found.append((draft, needed))
    if len(found) > 1:
        found = [
            (d, needed)
            for d, needed in found
            if _spells(d, needed, places) or needed in _read_again(d, places)
        ]
    if len(found) != 1:
        return False
    draft, needed = found[0]
    draft.amount = needed
    draft.decisions.append(Decision.OCR_REPAIRED)
    _decide(group, Decision.SETTLED)
    return True


def _shows(draft: Draft, needed: Decimal, places: int) -> bool:
    """Whether the OCR text printed in the amount's column shows `needed`, on the column's side."""
    if draft.amount_text is None or needed * draft.text_sign < 0:
        return False
    return reads_as(draft.amount_text, needed, places)


def _read_again(draft: Draft, places: int) -> list[Decimal]:
    """The figures a second reading of the amount's own word alone gave (see `_figure_read_again`).

    A zero has no sign to give them ("0.00" read where a photo's 50.00 is paid out, alone 50.00): they
    take the sign of the amount's column, or either where no one column is it, for the balance to prove.
    """
    if draft.guessed:
        return []
    if draft.amount is None:
        found = _unread_figure_read_again(draft, places)
    else:
        found = _figure_read_again(draft.words, draft.amount, places)
        if draft.amount != 0:
            return found
    signs = (draft.text_sign,) if draft.text_sign else (-1, 1)
    return [abs(again) * sign for again in found for sign in signs]


def _unread_figure_read_again(draft: Draft, places: int) -> list[Decimal]:
    """The figures a reading alone gave the words read where an amount no figure was read stands ("49"
    for a photo's 54.99, read alone "54.99" without confidence): without a sign, for the balance to
    prove."""
    if draft.amount_text is None:
        return []
    shown = draft.amount_text.split()
    found = []
    for w in draft.words:
        again = parse_money(w.alternative, places) if w.alternative and w.text in shown else None
        if again is not None:
            found.append(again.magnitude)
    return found


def _figure_read_again(words: Sequence[Word], figure: Decimal | None, places: int) -> list[Decimal]:
    """The figures a second reading alone of the word `figure` was read from gave, with its sign: OCR
    reads a doubtful figure again (see `ingest.extract.ocr`), and keeps another figure it reads."""
    if figure is None:
        return []
    found = []
    for w in _read_from(words, figure, places):
        again = parse_money(w.alternative, places) if w.alternative else None
        if again is not None:
            found.append(again.magnitude.copy_sign(figure))
    return found


def second_reading(words: Sequence[Word], figure: Decimal | None, places: int) -> str | None:
    """The text OCR gave the word `figure` was read from when it read that word again alone (see
    `_figure_read_again`), or None: kept with a row for the chain through a statement's joined pages."""
    return next((w.alternative for w in _read_from(words, figure, places) if w.alternative), None)


def _read_from(words: Sequence[Word], figure: Decimal | None, places: int) -> list[Word]:
    """The words whose digits are those of `figure`: the ones it was read from."""
    if figure is None:
        return []
    digits = re.sub(r"\D", "", f"{abs(figure):.{places}f}").lstrip("0")
    return [w for w in words if re.sub(r"\D", "", w.text).lstrip("0") == digits]


def _spells(draft: Draft, needed: Decimal, places: int) -> bool:
    """Whether the OCR text of the amount's column, look-alike marks read as digits, is `needed`
    exactly: a garbled figure that shows it, not a clean one a digit away."""
    if draft.amount_text is None or needed * draft.text_sign < 0:
        return False
    if not any(c in LOOKALIKES for c in draft.amount_text):
        return False
    target = f"{abs(needed):.{places}f}".replace(".", "")
    return target in _readings(draft.amount_text)


# Marks OCR reads in place of a digit on statement fonts.
LOOKALIKES: dict[str, str] = {
    "S": "5", "s": "5", "$": "5", "§": "5", "O": "0", "o": "0", "Q": "0", "D": "0", "l": "1",
    "I": "1", "i": "1", "|": "1", "!": "1", ")": "1", "]": "1", "L": "1", "B": "83", "T": "7", "Z": "2",
    "z": "2", "G": "6", "g": "9", "A": "4",
}  # fmt: skip
# Beyond this the text is noise, not a garbled figure: a bold "$11.85" blurred on a photo reads "SIL8S".
_MAX_LOOKALIKES = 4


def reads_as(text: str, figure: Decimal, places: int = 2) -> bool:
    """Whether a garbled OCR figure shows `figure`: its digits in order, where each look-alike mark
    is either the digit it resembles or a stray, and at most one digit is a confusable slip.

    Only a figure the balance already requires is tested, so the text serves as evidence that the
    print shows that figure, never as the source of one. A figure read with one decimal more than its
    currency's ("4.600" for 4.60: a speck after it read as a digit) shows it without that one.
    """
    target = f"{abs(figure):.{places}f}".replace(".", "")
    for reading in _readings(text):
        if reading == target or confusable_slip(reading, target):
            return True
    speck = re.search(rf"[.,]\d{{{places + 1}}}$", text) if places else None
    return speck is not None and reads_as(text[:-1], figure, places)


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


def _shown(draft: Draft, places: int) -> list[Decimal]:
    """The amounts a garbled OCR figure may show, each exactly, on its column's side."""
    if draft.amount_text is None:
        return []
    values = {Decimal(int(r)) / 10**places for r in _readings(draft.amount_text) if len(r) >= 3}
    signs = (draft.text_sign,) if draft.text_sign else (-1, 1)
    return sorted(v * sign for v in values if v for sign in signs)


_MAX_UNKNOWNS = 3  # garbled amounts one pair of balances may settle together
_MAX_CHOICES = 20_000  # combinations tried; more means texts too noisy to settle anything


def _fix_several(previous: Decimal, group: Sequence[Draft], printed: Decimal, places: int) -> bool:
    """On OCR pages: two or three garbled amounts between two printed balances, where exactly one
    choice among the figures each garbled text shows makes the group balance.

    A figure printed without the currency sign the column's other figures carry may have had the
    sign read as its first digit ("348.56" for $48.56): it is one of them, shown both ways. So is a
    figure OCR read again alone as another figure: as read, and as read again.
    """
    signed = _sign_carried(group)
    slipped = [d for d in group if signed and _sign_may_be_digit(d)]
    # A figure read again alone as another: as read, or as read again.
    read_again = {
        id(d): [d.amount, *again] for d in group if d.amount is not None and (again := _read_again(d, places))
    }
    unknown = [d for d in group if d.amount is None or d.guessed or d in slipped or id(d) in read_again]
    if not 2 <= len(unknown) <= _MAX_UNKNOWNS and not ((slipped or read_again) and len(unknown) == 1):
        return False
    if any(not any(w.confidence is not None for w in d.words) for d in unknown):
        return False
    known = sum((d.amount for d in group if d not in unknown and d.amount is not None), Decimal(0))
    needed = printed - previous - known
    choices = [
        _without_first_digit(d.amount, places)
        if d in slipped
        else read_again[id(d)]
        if id(d) in read_again
        else _shown(d, places)
        for d in unknown
    ]
    if not all(choices) or math.prod(len(c) for c in choices) > _MAX_CHOICES:
        return False
    found = [combo for combo in itertools.product(*choices) if sum(combo, Decimal(0)) == needed]
    if len(found) != 1:
        return False
    for draft, value in zip(unknown, found[0], strict=True):
        if value != draft.amount or draft.guessed:
            draft.decisions.append(Decision.OCR_REPAIRED)
        draft.amount = value
        draft.guessed = False
    _decide(group, Decision.SETTLED)
    return True


# Of the group's figures read, at least this many, and this share, print a currency sign before them
# for the column to be said to carry it.
_MIN_SIGNED = 2
_SIGNED_SHARE = 0.5


def _sign_carried(group: Sequence[Draft]) -> bool:
    """Whether the amounts of the group print a currency sign against their figures ("$48.56")."""
    read = [d for d in group if d.amount is not None and not d.guessed]
    signed = sum(_prints_sign(d) for d in read)
    return signed >= _MIN_SIGNED and signed >= _SIGNED_SHARE * len(read)


def _prints_sign(draft: Draft) -> bool:
    """Whether the word the amount was read from prints a currency sign before the figure (other words
    of the row may print one: a wrapped line's figure, a note)."""
    assert draft.amount is not None
    digits = re.sub(r"\D", "", str(abs(draft.amount)))
    return any(
        w.text.lstrip("+-(").startswith(tuple(CURRENCY_SYMBOLS))
        for w in draft.words
        if re.sub(r"\D", "", w.text) == digits
    )


def _sign_may_be_digit(draft: Draft) -> bool:
    """An OCR amount read without its column's sign, with a first digit the sign may have been."""
    return (
        draft.amount is not None
        and not draft.guessed
        and abs(draft.amount) >= 10
        and any(w.confidence is not None for w in draft.words)
        and not _prints_sign(draft)
    )


def _without_first_digit(amount: Decimal | None, places: int) -> list[Decimal]:
    """The amount as read, and as read with its first digit taken for a currency sign."""
    assert amount is not None
    text = f"{abs(amount):.{places}f}"
    return [amount, Decimal(text[1:]).copy_sign(amount)]


def _one_slip(read: Decimal, needed: Decimal, places: int) -> bool:
    """Whether `needed` is `read` with one confusable digit swapped, or with its decimal point lost."""
    if (read < 0) != (needed < 0):
        return False
    if places and abs(read) == abs(needed) * 10**places and abs(needed) >= 1:
        return True
    return confusable_slip(f"{abs(read):.{places}f}", f"{abs(needed):.{places}f}")


def stated_balances(
    drafts: Sequence[Draft], opening: Decimal | None, closing: Decimal | None, places: int = 2
) -> tuple[Decimal | None, Decimal | None]:
    """On OCR pages: the opening and closing balances as the running balances prove them, where OCR
    misread the currency sign printed against the stated figure's first digit.

    A sign set tight against a figure ("£533.87") is read as one more digit ("3866.39" for £366.39)
    or takes the digit with it ("$33.87"). The running balances prove a value when they chain: the
    first row's balance less its amount, plus every amount, is the last row's balance. A stated
    figure they contradict is taken as they show it only when the two differ by that one leading
    glyph; any other disagreement is left for the balance check to report.
    """
    chained = [d for d in drafts if d.amount is not None and not d.guessed]
    if not drafts or len(chained) != len(drafts) or drafts[0].balance is None or drafts[-1].balance is None:
        return opening, closing
    if drafts[0].balance_guessed or drafts[-1].balance_guessed:
        return opening, closing
    first = drafts[0].balance - (drafts[0].amount or Decimal(0))
    last = drafts[-1].balance
    if first + sum((d.amount or Decimal(0) for d in drafts), Decimal(0)) != last:
        return opening, closing
    return _sign_slip(opening, first, places), _sign_slip(closing, last, places)


def _sign_slip(read: Decimal | None, proven: Decimal, places: int) -> Decimal | None:
    """`proven` where `read` is it with one leading digit more or less (a currency sign misread), else
    `read`."""
    if read is None or read == proven or (read < 0) != (proven < 0):
        return read
    a, b = f"{abs(read):.{places}f}", f"{abs(proven):.{places}f}"
    shorter, longer = sorted((a, b), key=len)
    # The sign's glyph before the first digit, or fused into it with the next one read apart.
    slipped = len(longer) == len(shorter) + 1 and shorter in (longer[1:], longer[0] + longer[2:])
    return proven if slipped else read


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
