"""Statements of fintechs, neobanks and mobile wallets in forms no other test draws, read through the text
layer against what was drawn: a multi-currency wallet's section listed newest first under only the
balance it ends at, each row's date opening the line of its card and transaction id under the
description; a neobank's rows in Swedish ("Pengar ut | Pengar in | Saldo") under its balance summary; the
same neobank's tables of reverted and pending payments after the rows, and its exchange rate under a
row; an Indian payments app's rows signed by a "Debit"/"Credit" type column; a Ghanaian wallet's amount
printed bare between its fees and the balances before and after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Lines,
    M,
    balance_before,
    bold,
    dejavu,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    read_all,
    read_one,
    running,
    signed,
    table,
    totals,
)


def _warned(read: RawStatement, today: dt.date) -> list[WarningCode]:
    """The codes of the warnings the statement's account is given."""
    [account] = validate(today, [FileStatements("statement.pdf", [read])]).accounts
    return [w.code for w in account.warnings]


def _balances(read: RawStatement, rows: Sequence[Drawn]) -> None:
    """Asserts the running balances read and the balances around the rows (in date order)."""
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    first, last = min(rows, key=lambda r: r.date), max(rows, key=lambda r: r.date)
    assert (read.opening_balance, read.closing_balance) == (balance_before([first]), last.balance)


# ---- Wise: newest first, only the balance it ends at, the date opening the line under each row -----------

WISE = [
    (D(2025, 11, 1), "Card transaction of 32.40 EUR issued by Google Gsuite Dublin", "-32.40", "CARD"),
    (D(2025, 11, 2), "Received money from JAN DE VRIES with reference 727763", "400.00", "TRANSFER"),
    (D(2025, 11, 4), "Sent money to HAUSVERWALTUNG MEIER GMBH", "-1000.00", "TRANSFER"),
    (D(2025, 11, 6), "Cashback", "0.59", "BALANCE_CASHBACK"),
    (D(2025, 11, 10), "Card transaction of 617.79 EUR issued by Europcar Madrid", "100.00", "CARD"),
    (D(2025, 11, 26), "Card transaction of 88.49 EUR issued by Claude.ai Subscription ANTHROPIC.COM", "-88.49", "CARD"),
]


def test_a_wallet_section_listed_newest_first_under_only_its_closing_balance_with_dates_under_the_rows() -> None:
    """Wise kind as it prints today: "EUR on 30 November 2025 [GMT] 697.15 EUR" the only balance above
    "Description | Incoming | Outgoing | Amount" (the last the balance after each row), rows newest first,
    each description over a line opening with its date, then its card and transaction id ("27 November
    2025 Card ending in 9924 ALEX JONES Transaction: CARD-3166196743"), a long description wrapped; the
    opening balance is the oldest row's balance before it."""
    rows = running(M("1516.94"), [(day, text, amount) for day, text, amount, _ in WISE])
    kinds = {r.date: kind for r, (*_, kind) in zip(rows, WISE, strict=True)}
    lines: Lines = [
        *header(["Wise Europe SA", "Rue du Trône 100, 3rd floor", "Brussels", "1050", "Belgium"]),
        [(40, "##EUR statement", False)],
        [(40, "1 November 2025 [GMT+01:00] - 30 November 2025 [GMT+01:00]", False)],
        [(40, "Generated on: 11 December 2025", False)],
        [(40, "**Account Holder", False), (300, "**IBAN", False), (450, "**Swift/BIC", False)],
        [(40, "ALEX JONES", False), (300, "BE61 9051 1531 4617", False), (450, "TRWIBEB1XXX", False)],
        [(40, "Kerkstraat 12, 1017 GB Amsterdam", False)],
        [],
        [(40, "EUR on 30 November 2025 [GMT+01:00]", False), (560, f"{english(rows[-1].balance)} EUR", True)],
        [],
        bold([(40, "Description", False), (400, "Incoming", True), (480, "Outgoing", True), (560, "Amount", True)]),
    ]
    for r in reversed(rows):
        kind = kinds[r.date]
        ident = f"{kind}-31{r.date.day:02d}6196743"
        card = "Card ending in 9924 ALEX JONES " if kind == "CARD" else ""
        money = (400, english(r.amount), True) if r.amount > 0 else (480, signed(english(r.amount), r.amount), True)
        text = r.description
        first, rest = (text, "") if len(text) < 60 else (text[:60].rsplit(" ", 1)[0], text[len(text[:60].rsplit(" ", 1)[0]) + 1 :])
        lines.append([(40, first, False), money, (560, english(r.balance), True)])
        if rest:
            lines.append([(40, rest, False)])
        lines += [[(40, f"{r.date.day} {r.date:%B %Y} {card}Transaction: {ident}", False)], []]
    lines.append([(40, "Wise is the trading name of Wise Europe SA, a Payment Institution authorised by the", False)])
    read = read_one(drawn_lines([lines]))
    newest_first = list(reversed(rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in newest_first]
    # Each description opens with what the row says it was; its date is no part of it.
    for t, r in zip(read.transactions, newest_first, strict=True):
        assert t.description.startswith(r.description), (t.description, r.description)
        assert r.date.strftime("%B") not in t.description
    _balances(read, newest_first)
    assert (read.currency, read.account_number) == ("EUR", "BE61 9051 1531 4617")
    assert (read.period_start, read.period_end) == (D(2025, 11, 1), D(2025, 11, 30))
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 12, 11))
