"""Data-quality checks on one printed statement or one merged account; each returns warnings, never fixes."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from ingest.codes import WarningCode
from ingest.extract.amounts import minor_units
from ingest.extract.statement import RawStatement
from ingest.models import DataWarning, Transaction
from ingest.pci import CardNumber

LAST_MONTH_DAYS = 30
LAST_15_DAYS = 15
MAX_PER_CODE = 10  # findings of one code on one account before the rest are summed up in one warning

# Masking as printed: stars or bullets anywhere, or a run of X or # standing in for digits.
_MASKED = re.compile(r"[*•●·]|[Xx#]{2,}")
# Postal codes, with the digit/letter slips OCR makes (0/O, 5/S, 8/B, 1/I...) allowed in each place;
# a match must still hold a real digit and, where the shape has letters, two real letters.
_OCR_DIGIT = "[0-9OISBZG]"
_OCR_LETTER = "[A-Z0-9]"
_POSTAL_CODES = (
    # Canada: A1A 1A1
    re.compile(rf"\b{_OCR_LETTER}{_OCR_DIGIT}{_OCR_LETTER} ?{_OCR_DIGIT}{_OCR_LETTER}{_OCR_DIGIT}\b"),
    # United Kingdom: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA
    re.compile(rf"\b[A-Z]{{1,2}}{_OCR_DIGIT}[A-Z0-9]? ?{_OCR_DIGIT}[A-Z]{{2}}\b"),
)
# Numeric postal codes (US ZIP, France, Germany...); first on the first line, such digits are a house number.
_NUMERIC_POSTAL_CODE = re.compile(rf"\b{_OCR_DIGIT}{{4,5}}(?:-\d{{4}})?\b")
_WORD = re.compile(r"[^\W\d_][^\W\d_'.-]+")
_REGION_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class Part:
    """One printed statement of one file, its transactions as they will appear in the document."""

    file_name: str
    statement: RawStatement
    transactions: list[Transaction]  # printed order; card numbers already masked
    cards: list[list[CardNumber]]  # card numbers masked in each transaction's description

    @property
    def coverage(self) -> tuple[dt.date, dt.date] | None:
        """The days this statement speaks for: its period, else the span of its dated rows."""
        s = self.statement
        if s.period_start and s.period_end:
            return s.period_start, s.period_end
        dates = [t.date for t in self.transactions if t.date]
        return (min(dates), max(dates)) if dates else None


def warning(code: WarningCode, message: str) -> DataWarning:
    return DataWarning(code=code, message=message)


def ending(number: str | None) -> str:
    """An account number as messages show it: its last four digits at most, never the whole number."""
    digits = "".join(c for c in number or "" if c.isdigit())
    if not digits:
        return "without a readable number"
    if len(digits) > 4 or (_MASKED.search(number or "") and len(digits) == 4):
        return f"ending {digits[-4:]}"
    return "with a short number"


def row(part: Part, index: int) -> str:
    """Where a transaction is and what it says, for a message."""
    t = part.transactions[index]
    date = t.date.isoformat() if t.date else "no date"
    amount = str(t.amount) if t.amount is not None else "no amount"
    description = t.description if len(t.description) <= 40 else t.description[:39] + "…"
    return f"{part.file_name} page {t.page}, transaction {index + 1} ({date}, {description!r}, {amount})"


# --- one printed statement --------------------------------------------------------------------------


def incomplete_transactions(part: Part) -> list[DataWarning]:
    """TransactionIncomplete: a row without a date, description or amount."""
    found = []
    for index, t in enumerate(part.transactions):
        missing = [
            name
            for name, absent in (
                ("date", t.date is None),
                ("description", not t.description.strip()),
                ("amount", t.amount is None),
            )
            if absent
        ]
        if missing:
            found.append(
                warning(
                    WarningCode.TransactionIncomplete,
                    f"The transaction at {row(part, index)} has no {' or '.join(missing)}.",
                )
            )
    return found


def printed_descending(part: Part) -> bool:
    """True when the statement prints newest first (some banks do).

    The dates decide when they move; when they do not (every row on one day), the running balances do.
    """
    steps = _date_steps(part)
    if any(b > a for a, b in steps):
        return False
    if any(b < a for a, b in steps):
        return True
    indexes = list(range(len(part.transactions)))
    return _balances_run(part, indexes[::-1]) and not _balances_run(part, indexes)


def _balances_run(part: Part, order: list[int]) -> bool:
    """Whether each printed balance follows from the one before it in this order (either sign)."""
    known: list[tuple[Decimal, Decimal, Decimal]] = []
    for a, b in pairwise(order):
        before, t = part.transactions[a].balance, part.transactions[b]
        if before is not None and t.amount is not None and t.balance is not None:
            known.append((before, t.amount, t.balance))
    return bool(known) and any(
        all(before + sign * amount == after for before, amount, after in known) for sign in (1, -1)
    )


def chronological(part: Part) -> list[int]:
    """Row indexes oldest first, as the running balance runs: printed order, or reversed for newest first."""
    indexes = list(range(len(part.transactions)))
    return indexes[::-1] if printed_descending(part) else indexes


def wrong_order(part: Part) -> list[DataWarning]:
    """TransactionsWrongOrder: the printed dates go both forwards and backwards."""
    steps = _date_steps(part)
    forwards = sum(b > a for a, b in steps)
    backwards = sum(b < a for a, b in steps)
    if not (forwards and backwards):
        return []
    dated = [(i, t.date) for i, t in enumerate(part.transactions) if t.date]
    if forwards < backwards:
        dated.reverse()
    misplaced: list[int] = []
    latest: dt.date | None = None
    for index, date in dated:
        if latest is not None and date < latest:
            misplaced.append(index)
        latest = date if latest is None else max(latest, date)
    direction = "oldest first" if forwards >= backwards else "newest first"
    first = misplaced[0]
    more = f" ({len(misplaced)} rows out of place)" if len(misplaced) > 1 else ""
    return [
        warning(
            WarningCode.TransactionsWrongOrder,
            f"Transactions of {part.file_name} are not in date order: the statement runs {direction}, "
            f"but {row(part, first)} is out of place{more}.",
        )
    ]


def _date_steps(part: Part) -> list[tuple[dt.date, dt.date]]:
    dates = [t.date for t in part.transactions if t.date]
    return list(pairwise(dates))


def balance_mismatches(part: Part) -> list[DataWarning]:
    """BalanceMismatch: opening + amounts != closing, closing != last running balance, chain breaks.

    Card and loan statements often print what is owed, so the balance moves against the signed amount;
    a statement that reconciles that way throughout is consistent, and none of its checks fire.
    """
    asset = _balance_findings(part, 1)
    if asset and not _balance_findings(part, -1):
        return []
    return asset


@dataclass(frozen=True, slots=True)
class _Break:
    """A printed running balance that does not follow from the one before it."""

    index: int  # the row
    nth: int  # its place among the rows that print a balance
    printed: Decimal
    expected: Decimal
    source: str  # what it should follow from, for the message
    start: Decimal


@dataclass(frozen=True, slots=True)
class _Walk:
    """The running balances of a part, walked in time order."""

    breaks: list[_Break]
    last: Decimal | None  # the last running balance printed (the opening balance if none is)
    last_index: int | None  # the row that prints it
    carried: Decimal | None  # `last` plus the amounts after it, when every one of them was read
    slack: Decimal  # how far those amounts may be off, printed with more places than the currency has


def _balance_findings(part: Part, sign: int) -> list[DataWarning]:
    places = minor_units(part.statement.currency)
    walk = _walk(part, sign, places)
    return [*_chain_warnings(part, walk.breaks), *_closing_findings(part, sign, places, walk)]


def _walk(part: Part, sign: int, places: int) -> _Walk:
    """Each running balance checked against the one before it plus the amounts between."""
    breaks: list[_Break] = []
    running = part.statement.opening_balance
    source = "the opening balance"
    last_printed: int | None = None
    nth = 0
    pending = slack = Decimal(0)
    pending_known = True
    for index in chronological(part):
        t = part.transactions[index]
        if t.amount is None:
            pending_known = False
        else:
            pending += sign * t.amount
            slack += _excess(t.amount, places)
        if t.balance is None:
            continue
        if (
            running is not None
            and pending_known
            and _differ(running + pending, t.balance, slack, places, running)
        ):
            breaks.append(_Break(index, nth, t.balance, running + pending, source, running))
        source = f"the running balance at {row(part, index)}"
        running, last_printed, nth = t.balance, index, nth + 1
        pending, slack, pending_known = Decimal(0), Decimal(0), True
    carried = running + pending if running is not None and pending_known else None
    return _Walk(breaks, running, last_printed, carried, slack)


def _closing_findings(part: Part, sign: int, places: int, walk: _Walk) -> list[DataWarning]:
    """The closing balance against the last running balance carried on, and against the opening
    balance plus every amount."""
    s = part.statement
    closing, opening = s.closing_balance, s.opening_balance
    after_last = None  # the last running balance carried to the end of the rows
    if (
        closing is not None
        and walk.last_index is not None
        and walk.last is not None
        and walk.carried is not None
        and _differ(walk.carried, closing, walk.slack, places, walk.last)
    ):
        after_last = walk.carried
    from_opening = None  # opening + every amount
    amounts = [t.amount for t in part.transactions if t.amount is not None]
    if opening is not None and closing is not None and len(amounts) == len(part.transactions):
        total = sum((sign * a for a in amounts), Decimal(0))
        slack = sum((_excess(a, places) for a in amounts), Decimal(0))
        if _differ(opening + total, closing, slack, places, opening):
            from_opening = opening + total
    if after_last is not None and walk.last_index is not None:
        last = f"the last running balance {walk.last} at {row(part, walk.last_index)}"
        if after_last != walk.last:
            last += f" (the rows after it take it to {after_last})"
        also = (
            f", and from the opening balance {opening} plus the {len(amounts)} transactions, "
            f"which give {from_opening}"
        )
        message = (
            f"The closing balance {closing} of {part.file_name} differs from {last}"
            + (also if from_opening is not None else "")
            + "."
        )
        return [warning(WarningCode.BalanceMismatch, message)]
    if from_opening is not None:
        message = (
            f"In {part.file_name}, the opening balance {opening} and the {len(amounts)} transactions "
            f"give {from_opening}, but the closing balance is {closing}."
        )
        return [warning(WarningCode.BalanceMismatch, message)]
    return []


def _chain_warnings(part: Part, breaks: list[_Break]) -> list[DataWarning]:
    """One warning per break; a single misread balance breaks the chain into and out of it: one warning."""
    found = []
    k = 0
    while k < len(breaks):
        b = breaks[k]
        after = breaks[k + 1] if k + 1 < len(breaks) else None
        if (
            after is not None
            and after.nth == b.nth + 1
            and after.printed - after.expected == b.expected - b.printed
        ):
            found.append(
                warning(
                    WarningCode.BalanceMismatch,
                    f"The running balance {b.printed} at {row(part, b.index)} does not fit the rows around "
                    f"it: they give {b.expected} there, and the next running balance follows from that.",
                )
            )
            k += 2
            continue
        found.append(
            warning(
                WarningCode.BalanceMismatch,
                f"The running balance {b.printed} at {row(part, b.index)} does not follow from {b.source} "
                f"{b.start}: the amounts since give {b.expected}.",
            )
        )
        k += 1
    return found


def _differ(expected: Decimal, printed: Decimal, slack: Decimal, places: int, start: Decimal) -> bool:
    """Whether two balances disagree by more than the extra decimals of the figures behind them explain.

    With every figure valid for the currency the slack is zero and the comparison is exact; a figure
    with a third decimal is a ValidateCurrency finding, and its stray fraction is not a second one.
    """
    slack += _excess(printed, places) + _excess(start, places)
    return abs(expected - printed) > slack


def _excess(value: Decimal, places: int) -> Decimal:
    """How far a figure is from the nearest valid value of its currency (0 for a valid one)."""
    if not _too_precise(value, places):
        return Decimal(0)
    try:
        return abs(value - value.quantize(Decimal(1).scaleb(-places)))
    except InvalidOperation:
        return Decimal(0)


def currency_values(part: Part) -> list[DataWarning]:
    """ValidateCurrency: an amount or balance with more decimals than the currency has."""
    currency = part.statement.currency
    places = minor_units(currency)
    name = currency or "the currency"
    found = []
    for label, value in (
        ("opening balance", part.statement.opening_balance),
        ("closing balance", part.statement.closing_balance),
    ):
        if value is not None and _too_precise(value, places):
            found.append(
                warning(
                    WarningCode.ValidateCurrency,
                    f"The {label} {value} of {part.file_name} is not a valid amount in {name}.",
                )
            )
    for index, t in enumerate(part.transactions):
        for label, value in (("amount", t.amount), ("balance", t.balance)):
            if value is not None and _too_precise(value, places):
                found.append(
                    warning(
                        WarningCode.ValidateCurrency,
                        f"The {label} {value} at {row(part, index)} is not a valid amount in {name}.",
                    )
                )
    return found


def _too_precise(value: Decimal, places: int) -> bool:
    # The exponent, not a remainder: a remainder of an absurdly long OCR'd figure overflows the context.
    if not value.is_finite():
        return True
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -places:
        return False  # as written, no more places than the currency has ("12.50", "540")
    exponent = value.normalize().as_tuple().exponent  # "1.230" is 1.23
    return isinstance(exponent, int) and exponent < -places


def card_numbers(part: Part) -> list[DataWarning]:
    """PciNonCompliantCardNumber: a full card number was printed in a description (it is masked now)."""
    return [
        warning(
            WarningCode.PciNonCompliantCardNumber,
            f"The description at {row(part, index)} contained a full card number ending "
            f"{', '.join(c.last4 for c in cards)}; it is masked in this document.",
        )
        for index, cards in enumerate(part.cards)
        if cards
    ]


# --- one merged account -----------------------------------------------------------------------------


def kyc(label: str, name: str | None, address: str | None) -> list[DataWarning]:
    """NoHolder, NoAddress, AddressIncomplete and KycIncomplete."""
    found = []
    no_name = not (name and name.strip())
    if no_name:
        found.append(warning(WarningCode.NoHolder, f"No account-holder name was found for {label}."))
    if not (address and address.strip()):
        found.append(warning(WarningCode.NoAddress, f"No address was found for {label}."))
        address = None
    else:
        lacking = address_lacks(address)
        if lacking:
            found.append(
                warning(
                    WarningCode.AddressIncomplete,
                    f"The address of {label} has no {' or '.join(lacking)}.",
                )
            )
    if no_name or address is None:
        missing = " and ".join(
            what for what, absent in (("holder name", no_name), ("address", address is None)) if absent
        )
        found.append(warning(WarningCode.KycIncomplete, f"KYC is incomplete for {label}: no {missing}."))
    return found


def address_lacks(address: str) -> list[str]:
    """What a postal address is missing of a postal code and a city (empty when both are there)."""
    lines = [line.strip() for line in re.split(r"[,\n]", address) if line.strip()]
    postal: tuple[int, int, int] | None = None  # line, start, end
    for number, line in enumerate(lines):
        span = _postal_code(line.upper(), house_number_first=number == 0)
        if span:
            postal = (number, *span)
            break
    lacking = [] if postal else ["postal code"]
    if not _has_city(lines, postal):
        lacking.append("city")
    return lacking


def _postal_code(line: str, *, house_number_first: bool) -> tuple[int, int] | None:
    for pattern in _POSTAL_CODES:
        for match in pattern.finditer(line):
            text = match.group()
            if any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) >= 2:
                return match.span()
    for match in _NUMERIC_POSTAL_CODE.finditer(line):
        if sum(c.isdigit() for c in match.group()) >= 3 and not (house_number_first and match.start() == 0):
            return match.span()
    return None


def _has_city(lines: list[str], postal: tuple[int, int, int] | None) -> bool:
    def words(text: str) -> list[str]:
        return [w for w in _WORD.findall(text) if not _REGION_CODE.match(w)]

    if len(lines) > 1:
        rest = list(lines[1:])
        if postal and postal[0] > 0:
            line = rest[postal[0] - 1]
            rest[postal[0] - 1] = line[: postal[1]] + " " + line[postal[2] :]
        return any(words(line) for line in rest)
    if not lines or postal is None:
        return False
    # One line: the city is the word printed beside the postal code.
    line = lines[0]
    return bool(words(line[: postal[1]])[-1:] or words(line[postal[2] :])[:1])


def account_number(label: str, number: str | None) -> list[DataWarning]:
    """AccountNumberIncomplete: no number, or one printed partly masked."""
    if not (number and number.strip()):
        return [warning(WarningCode.AccountNumberIncomplete, f"No account number was found for {label}.")]
    digits = sum(c.isdigit() for c in number)
    if _MASKED.search(number) or digits < 4:
        return [
            warning(
                WarningCode.AccountNumberIncomplete,
                f"The account number of {label} is printed incomplete or partly masked.",
            )
        ]
    return []


def no_transactions(
    label: str, transactions: Sequence[Transaction], start: dt.date | None, end: dt.date | None
) -> list[DataWarning]:
    """NoTransactions: nothing in the account's period."""
    inside = [
        t for t in transactions if t.date is None or start is None or end is None or start <= t.date <= end
    ]
    if inside:
        return []
    period = f" between {start} and {end}" if start and end else ""
    return [warning(WarningCode.NoTransactions, f"{sentence(label)} has no transactions{period}.")]


def duplicates(label: str, transactions: Sequence[Transaction]) -> list[DataWarning]:
    """TransactionDuplicate: two or more transactions of the account share date, description and amount."""
    groups: dict[tuple[dt.date, str, Decimal], list[Transaction]] = defaultdict(list)
    for t in transactions:
        if t.date is not None and t.amount is not None and t.description.strip():
            groups[(t.date, normal_text(t.description), t.amount)].append(t)
    found = []
    for (date, _, amount), same in groups.items():
        if len(same) > 1:
            where = "; ".join(f"{t.file} page {t.page}" for t in same)
            found.append(
                warning(
                    WarningCode.TransactionDuplicate,
                    f"{sentence(label)} has {len(same)} transactions on {date} of {amount} "
                    f"described {same[0].description!r} ({where}).",
                )
            )
    return found


def recent_activity(label: str, today: dt.date, dates: Iterable[dt.date]) -> list[DataWarning]:
    """NoLastMonthTransaction and NoLast15DaysTransaction, counted back from the request's date."""
    latest = max(dates, default=None)
    since = f"the last transaction is dated {latest}" if latest else "there is no dated transaction"
    found = []
    for code, days in (
        (WarningCode.NoLastMonthTransaction, LAST_MONTH_DAYS),
        (WarningCode.NoLast15DaysTransaction, LAST_15_DAYS),
    ):
        if latest is None or latest < today - dt.timedelta(days=days):
            found.append(
                warning(
                    code,
                    f"{sentence(label)} has no transaction in the {days} days before {today}; {since}.",
                )
            )
    return found


def sentence(text: str) -> str:
    """`text` starting a sentence (unlike str.capitalize, the rest keeps its case)."""
    return text[:1].upper() + text[1:]


def normal_text(text: str) -> str:
    """Text compared for sameness: case and spacing do not count."""
    return " ".join(text.casefold().split())


def capped(warnings: Sequence[DataWarning], limit: int = MAX_PER_CODE) -> list[DataWarning]:
    """At most `limit` warnings of each code; the rest are counted in one more warning of that code."""
    seen: dict[WarningCode, int] = defaultdict(int)
    kept: list[DataWarning] = []
    for w in warnings:
        seen[w.code] += 1
        if seen[w.code] <= limit:
            kept.append(w)
    for code, count in seen.items():
        if count > limit:
            kept.append(warning(code, f"{count - limit} more {code} findings like the ones above."))
    return kept
