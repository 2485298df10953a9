"""A card statement known by its rows: purchases printed bare, what the card owes back marked; or, in
Debit and Credit columns, a balance owed throughout that only payments and refunds lower.

A card bill need not say it is one in words the header reader knows ("Monatsrechnung", a bank's own
product name). Its rows say it: in one signed Amount column, a bank account marks its money out (a
minus, DR, parentheses), most rows and of every kind; a card marks what it owes the holder, few rows,
each a payment to the card or a refund ("IHRE ZAHLUNG BESTEN DANK", "PAYMENT - THANK YOU"). Both
read the same against their balances (all signs turned round), so only the rows can tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ingest.extract.amounts import Money, SideMark
from ingest.extract.context import ReadContext
from ingest.extract.lexicon import Lexicon, fold
from ingest.extract.table import Role, Row
from ingest.pci import card_lengths, find_card_numbers


@lru_cache(maxsize=16)
def _payments(lexicon: Lexicon) -> re.Pattern[str]:
    phrases = sorted({_words(p) for p in lexicon.card_payments} - {""}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _words(text: str) -> str:
    """Folded text as its words only: "ONLINE PAYMENT, THANK YOU" as the phrase "payment thank you"."""
    return " ".join(_MARKS.sub(" ", fold(text)).split())


_MARKS = re.compile(r"[^\w\s]")


def _marked(money: Money) -> bool:
    """Printed as the exception of its column: a minus, parentheses or CR (DR marks a charge)."""
    return money.marker == SideMark.CR or (money.negative is True and money.marker != SideMark.DR)


def _marked_and_bare(
    rows: Sequence[Row], balances: Sequence[Money | None] = ()
) -> tuple[list[Row], list[Row]]:
    """The transaction rows that print one signed amount: those marked as the exception of their
    column, and those printed as its rule: bare (no sign, no marker), or marked as a charge where every
    row is marked ("23,45 Af" beside "612,30 Bij") and no balance the header prints is marked as the
    holder's money ("Saldo alt 495.15 H": an account's, which no card bill prints)."""
    signed = [
        (row, money)
        for row in rows
        if row.marker is None
        and (money := row.amounts.get(Role.AMOUNT)) is not None
        and Role.DEBIT not in row.amounts
        and Role.CREDIT not in row.amounts
    ]
    marked = [row for row, money in signed if _marked(money)]
    bare = [row for row, money in signed if money.negative is None and money.marker is None]
    if not bare and not any(b is not None and b.marker == SideMark.CR for b in balances):
        bare = [row for row, money in signed if money.marker == SideMark.DR]
    return marked, bare


def _paid_or_refunded(ctx: ReadContext, row: Row) -> bool:
    """Whether a row's description names a payment to the card or a refund."""
    return _payments(ctx.lexicon).search(_words(row.description)) is not None


def paid_in_part(ctx: ReadContext, part: Sequence[Row], rows: Sequence[Row]) -> bool:
    """Whether a part of a card's rows that prints every figure bare (`rows`, all of them) is money
    in: each of its rows a payment to the card or a refund, as a part titled "PAYMENTS" lists them."""
    _, bare = _marked_and_bare(rows)
    listed = [row for row in rows if row.marker is None and row.amounts]
    return bool(part) and len(bare) == len(listed) and all(_paid_or_refunded(ctx, row) for row in part)


def prints_like_a_card(
    ctx: ReadContext, rows: Sequence[Row], balances: Sequence[Money | None] = (), *, numbered: bool = False
) -> bool:
    """Whether rows with one signed amount print it as a card does: the marked rows fewer than the
    bare ones, and every marked row a payment to the card or a refund, however worded where the
    statement is `numbered` by a card's number (`balances`: those the header prints)."""
    marked, bare = _marked_and_bare(rows, balances)
    return (
        bool(marked)
        and len(marked) < len(bare)
        and (numbered or all(_paid_or_refunded(ctx, row) for row in marked))
    )


def charges_signed_plus(rows: Sequence[Row]) -> list[Row]:
    """A card's rows whose one signed column prints what it owes back with a minus and its charges with
    a plus ("- $6,500.00" beside "+ $87.50"): the plus says a charge adds to what is owed, and reads as
    a bare figure does. A column whose only sign is a plus marks its exceptions with it, and stays."""
    signed = [money for row in rows if row.marker is None and (money := row.amounts.get(Role.AMOUNT))]
    if not any(money.negative is True for money in signed):
        return list(rows)
    return [_plus_as_bare(row) if row.marker is None else row for row in rows]


def _plus_as_bare(row: Row) -> Row:
    if not _plus_signed(row):
        return row
    money = row.amounts[Role.AMOUNT]
    return replace(row, amounts={**row.amounts, Role.AMOUNT: replace(money, negative=None)})


def numbered_as_a_card(number: str | None) -> bool:
    """Whether an account's number as printed is a payment card's: whole (a card network's prefix and
    length, Luhn-valid), or in four groups of four with the last shown and the others masked in part
    ("XXXX XXXX XXXX 5512", "4417 12** **** 5512"), the first, where shown, a network's."""
    if number is None:
        return False
    if (match := _CARD_GROUPS.fullmatch(number.strip())) is None:
        return False
    digits = re.sub(r"\D", "", number)
    if len(digits) == _CARD_DIGITS:
        return [card.last4 for card in find_card_numbers(number)] == [digits[-4:]]
    first = match[1]
    return not first.isdigit() or bool(card_lengths(first))


# Four groups of four, digits or marks standing for them, one space or dash apart; the last shown.
_CARD_GROUPS = re.compile(r"([0-9Xx*•]{4})([ -])[0-9Xx*•]{4}\2[0-9Xx*•]{4}\2\d{4}")
_CARD_DIGITS = 16


def owed_by_its_balances(
    ctx: ReadContext,
    rows: Sequence[Row],
    balances: tuple[Money | None, Money | None],
    *,
    sides_named: bool = False,
) -> bool:
    """Whether rows whose money in is fewer than their money out run between the balances printed
    (the opening, the running ones, the closing) only where these, all printed bare, are owed to the
    bank: a card bill (or a loan) that names itself in no words the reader knows. The rows' sides are
    printed, so the balances, not the rows, turn round: money in marked CR in one signed column (CR
    says money in on a card bill as on an account, however its payments are worded), or in Debit and
    Credit columns that headings name (`sides_named`: the balance rising with the Debit column is then
    owed, however the payments are worded), else each money in a payment to the card or a refund
    (columns guessed the other way round would chain as well)."""
    listed = [row for row in rows if row.marker is None and row.amounts]
    marked, _ = _marked_and_bare(rows)
    marked_cr = bool(marked) and all(row.amounts[Role.AMOUNT].marker == SideMark.CR for row in marked)
    sides = [
        side for row in listed if (side := _charge_or_payment(ctx, row, marked_cr, sides_named)) is not None
    ]
    charges = [money for money, charge in sides if charge]
    payments = [money for money, charge in sides if not charge]
    if not payments or len(payments) >= len(charges) or len(sides) != len(listed):
        return False
    opening, closing = balances
    running = [row.amounts.get(Role.BALANCE) for row in listed]
    printed = [m for m in (opening, closing, *running) if m is not None]
    if not all(map(_bare, [*charges, *printed])):
        return False
    # Owed, the charges raise the balance and the payments lower it; the holder's, the other way.
    moves = [money.magnitude if charge else -money.magnitude for money, charge in sides]
    return _chains_owed(moves, running, balances)


def _charge_or_payment(
    ctx: ReadContext, row: Row, marked_cr: bool, sides_named: bool
) -> tuple[Money, bool] | None:
    """A row's money and whether it is a charge (True) or money in (False): with `marked_cr`, in one
    signed column, a charge printed bare and money in marked CR; else, in Debit and Credit columns, a
    debit alone and a credit alone, under a heading that names its side or a payment to the card or a
    refund. None for any other row."""
    if marked_cr:
        money = row.amounts.get(Role.AMOUNT)
        if money is None or Role.DEBIT in row.amounts or Role.CREDIT in row.amounts:
            return None
        if _marked(money):
            return money, False
        return (money, True) if _bare(money) else None
    roles = set(row.amounts) - {Role.BALANCE}
    if roles == {Role.DEBIT}:
        return row.amounts[Role.DEBIT], True
    if roles == {Role.CREDIT} and (sides_named or _paid_or_refunded(ctx, row)):
        return row.amounts[Role.CREDIT], False
    return None


def _chains_owed(
    moves: Sequence[Decimal], running: Sequence[Money | None], ends: tuple[Money | None, Money | None]
) -> bool:
    """Whether every balance printed (`running`, one a row, and the closing one of `ends`) is where the
    balance before it and the rows' `moves` lead when the balances are what is owed, and not every one
    is where they lead when the balances are the holder's, whose moves are the other way round."""
    opening, closing = ends
    owed = holder = opening.magnitude if opening is not None else None
    checks: list[tuple[bool, bool]] = []
    for move, balance in [*zip(moves, running, strict=True), (Decimal(0), closing)]:
        if owed is not None and holder is not None:
            owed, holder = owed + move, holder - move
            if balance is not None:
                checks.append((owed == balance.magnitude, holder == balance.magnitude))
        if balance is not None:
            owed = holder = balance.magnitude
    return bool(checks) and all(o for o, _ in checks) and not all(h for _, h in checks)


def _bare(money: Money) -> bool:
    """Printed with no sign and no marker."""
    return money.negative is None and money.marker is None


def signs_like_an_account(
    ctx: ReadContext, rows: Sequence[Row], balances: Sequence[Money | None] = ()
) -> bool:
    """Whether rows with one signed amount, on a statement its header names a card's, print it from
    the holder's side as a bank account does: the marked rows (charges) more than the bare ones (with
    those of a section of charges), and
    the bare ones, if any, with a payment to the card or a refund among them, or the balances the
    header prints all below zero (what is owed, as the holder sees it; an issuer prints it bare)."""
    marked, bare = _marked_and_bare(rows)
    # A section of charges ("New Charges") prints them bare apart from the payments' signed column.
    charged = [row for row in rows if row.marker is None and _charged_bare(row)]
    # Charges each printed with a plus ("+ $87.50") beside payments with a minus are an issuer's rule.
    plus = [row for row in rows if row.marker is None and _plus_signed(row)]
    return len(marked) > len(bare) + len(charged) + len(plus) and (
        not bare or any(_paid_or_refunded(ctx, row) for row in bare) or _owed_below_zero(balances)
    )


def _plus_signed(row: Row) -> bool:
    """A row whose one figure is in a signed column and printed with a plus."""
    money = row.amounts.get(Role.AMOUNT)
    return (
        money is not None
        and Role.DEBIT not in row.amounts
        and Role.CREDIT not in row.amounts
        and money.negative is False
        and money.marker is None
    )


def _charged_bare(row: Row) -> bool:
    """A row whose one figure is a bare one in a column or section of money out."""
    money = row.amounts.get(Role.DEBIT)
    return (
        money is not None
        and set(row.amounts) <= {Role.DEBIT, Role.BALANCE}
        and money.negative is None
        and money.marker is None
    )


def _owed_below_zero(balances: Sequence[Money | None]) -> bool:
    """Whether balances are printed, each with a minus or in parentheses (not marked CR or DR)."""
    printed = [money for money in balances if money is not None]
    return bool(printed) and all(money.negative is True and money.marker is None for money in printed)


def owes_like_a_card(ctx: ReadContext, rows: Sequence[Row]) -> bool:
    """Whether rows in Debit and Credit columns are a card account's that shows what is owed as a
    negative balance: every balance printed below zero, money in only payments to the card or
    refunds, and fewer of them than charges."""
    rows = [row for row in rows if row.marker is None]
    credits = [row for row in rows if Role.CREDIT in row.amounts]
    debits = [row for row in rows if Role.DEBIT in row.amounts]
    balances = [money for row in rows if (money := row.amounts.get(Role.BALANCE)) is not None]
    return (
        bool(credits)
        and len(credits) < len(debits)
        and bool(balances)
        and all(money.signed < 0 for money in balances)
        and all(_paid_or_refunded(ctx, row) for row in credits)
    )
