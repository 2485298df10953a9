"""Statements whose last lines fall where the reader looked for none, read through the text layer against
what was drawn: a card bill's sub-total and total alone at the top of the next page, under no headings;
a German account titled by its month whose fee appendix after the rows prints a period of its own; the
next account's totals over its own table, which end no table of the page before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

from tests.unit.extract.test_unseen_kinds_6 import BU_TAG, GIRO, GIRO_DETAILS, GIRO_HEAD, _bookings, _marked
from tests.unit.extract.test_unseen_kinds_7 import SUBTOTALLED
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Entry,
    Lines,
    M,
    bold,
    drawn_lines,
    english,
    entries,
    header,
    net,
    read_all,
    read_drawn_pages,
    running,
    table,
)

# ---- a card bill's totals alone on the next page ---------------------------------------------------------


def test_a_card_bills_sub_total_and_total_alone_at_the_top_of_the_next_page_close_it() -> None:
    """The rows fill the first page under "DATE | DESCRIPTION | AMOUNT (S$)"; the next page prints no
    headings, only "SUB-TOTAL:" and "TOTAL:", each the balance now owed: they close the bill as they do
    on the rows' page."""
    previous = M("-1200.00")
    owed = previous + sum(amount for *_, amount in SUBTOTALLED)
    first = header(["Lion City Cards", "PRIYA RAMESH", "45 Marina Crescent #08-11", "SINGAPORE 654321"])
    first += [
        [(60, "**STATEMENT DATE", False), (200, "CREDIT LIMIT", False), (330, "MINIMUM PAYMENT", False)],
        [(60, "20 Nov 2023", False), (200, "$10,000.00", False), (330, "$50.00", False)],
        [],
        [(40, "**DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT (S$)", True)],
        [],
        [(40, "VISA SIGNATURE CARD NO.: 4111 2222 3333 4444", False)],
        [(100, "PREVIOUS BALANCE", False), (560, english(previous), True)],
    ]
    for day, text, amount in SUBTOTALLED:
        figure = english(amount) + (" CR" if amount > 0 else "")
        first.append([(40, f"{day:%d %b}".upper(), False), (100, text, False), (560, figure, True)])
    following: Lines = [
        [(40, "Lion City Cards    Page 2 of 2", False)],
        [],
        [(450, "SUB-TOTAL:", False), (560, english(owed), True)],
        [],
        [(450, "TOTAL:", False), (560, english(owed), True)],
    ]
    read = read_drawn_pages([first, following])
    assert entries(read) == SUBTOTALLED
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- the period of the header, not of an appendix after the rows -----------------------------------------


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Kontoauszug Januar 2026", D(2026, 1, 1), D(2026, 1, 31)),
        ("Kontoauszug vom 01.01.2026 bis 30.01.2026", D(2026, 1, 1), D(2026, 1, 30)),
    ],
)
def test_the_period_the_header_prints_wins_over_the_one_an_appendix_after_the_rows_prints(
    title: str, start: dt.date, end: dt.date
) -> None:
    """ "Kontoauszug Januar 2026" (or "vom ... bis ...") over "Bu-Tag | Wert | Vorgang" names the period;
    "Anlage 1" after the closing balance bills the quarter's fees, "Abrechnungszeitraum 01.10.2025 bis
    31.12.2025": that is the fees' period, not the statement's, and begins no statement of its own."""
    opening = "812.40"
    lines: Lines = [*header([*GIRO_HEAD[:2], title, *GIRO_HEAD[3:]]), bold(BU_TAG)]
    lines.append([(120, "alter Kontostand vom 31.12.2025", False), (560, _marked(opening), True)])
    lines += _bookings(GIRO, GIRO_DETAILS)
    closing = M(opening) + net(GIRO)
    lines += [
        [(120, "neuer Kontostand vom 30.01.2026", False), (560, _marked(closing), True)],
        [],
        [(40, "**Anlage 1", False)],
        [(40, "Abrechnungszeitraum 01.10.2025 bis 31.12.2025", False)],
        [(60, "9,90", False), (120, "Kontoführung", False)],
        [(60, "12,40", False), (120, "Summe Abschluss", False)],
    ]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(amount)) for day, _, amount in GIRO]
    assert (read.opening_balance, read.closing_balance) == (M(opening), closing)
    assert (read.period_start, read.period_end) == (start, end)


def _account(number: str, opening: Decimal, rows: Sequence[Entry], *, summed_up: bool) -> Lines:
    """One account's page: its header, "Total money in", "Total money out" and "Closing balance" over
    its table where `summed_up`, then its rows between its opening and closing balance."""
    lines = header(
        ["Harbour Bank", "JANE DOE", f"Account number {number}", "Statement period 01/03/2024 to 31/03/2024"]
    )
    closing = opening + net(rows)
    if summed_up:
        lines += [
            [(40, "Total money in", False), (300, english(sum(M(a) for *_, a in rows if M(a) > 0)), True)],
            [(40, "Total money out", False), (300, english(-sum(M(a) for *_, a in rows if M(a) < 0)), True)],
            [(40, "Closing balance", False), (300, english(closing), True)],
            [],
        ]
    lines += [
        [(40, "**Date", False), (100, "Description", False), (460, "Amount", True), (560, "Balance", True)],
        [(100, "Opening balance", False), (560, english(opening), True)],
    ]
    lines += table(COLUMNS, running(opening, rows))
    lines.append([(100, "Closing balance", False), (560, english(closing), True)])
    return lines


COLUMNS = [
    Column("Date", 40, lambda r: f"{r.date:%d/%m/%Y}"),
    Column("Description", 100, lambda r: r.description),
    Column("Amount", 460, lambda r: english(r.amount), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]
FIRST = [(D(2024, 3, 2), "SHOP ONE", "-10.00"), (D(2024, 3, 5), "SALARY", "100.00")]
SECOND = [(D(2024, 3, 3), "SHOP TWO", "-20.00"), (D(2024, 3, 9), "REFUND", "5.00")]


def test_the_next_accounts_totals_over_its_own_table_end_no_table_of_the_page_before() -> None:
    """A file of two accounts, the second's page summing it up ("Total money in", "Closing balance")
    over its own table: those lines are the second account's, not the end of the first's rows."""
    pages = [_account("11111111", M("50.00"), FIRST, summed_up=False)]
    pages.append(_account("22222222", M("70.00"), SECOND, summed_up=True))
    reads = read_all(drawn_lines(pages))
    assert [r.account_number for r in reads] == ["11111111", "22222222"]
    for read, opening, rows in zip(reads, (M("50.00"), M("70.00")), (FIRST, SECOND), strict=True):
        assert [(t.date, t.amount) for t in read.transactions] == [(day, M(a)) for day, _, a in rows]
        assert (read.opening_balance, read.closing_balance) == (opening, opening + net(rows))
