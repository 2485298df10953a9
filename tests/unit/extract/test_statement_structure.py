"""The structure of whole statements over pages and accounts (issue 14): a wallet's currency or a
bank's account without activity among others, pages turned for display, a table whose columns shift
from page to page, page totals, a summary box or an account number printed atop every page, an empty
period between balances brought and carried forward; each drawn as a bank prints it and read through
the text layer."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from ingest.codes import WarningCode
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    as_drawn,
    balance_before,
    drawn_lines,
    english,
    header,
    headings,
    paid_in,
    paid_out,
    read_all,
    read_one,
    running,
    table,
    totals,
)


def _columns(shift: float = 0.0, date: str = "%d/%m/%Y") -> list[Column]:
    """Date | Description | Paid out | Paid in | Balance, every column `shift` points to the right."""
    return [
        Column("Date", 40 + shift, lambda r: r.date.strftime(date)),
        Column("Description", 110 + shift, lambda r: r.description),
        Column("Paid out", 400 + shift, paid_out(english), right=True),
        Column("Paid in", 480 + shift, paid_in(english), right=True),
        Column("Balance", 560 + shift, lambda r: english(r.balance), right=True),
    ]


def _carried(label: str, balance: M, shift: float = 0.0) -> list[Cell]:
    """A balance brought or carried forward: its label under the descriptions, its figure under the
    balances."""
    return [(110 + shift, label, False), (560 + shift, english(balance), True)]


COASTLINE = [
    "Coastline Bank",
    "Ms Helen Carter",
    "9 Quay Road, Bristol BS8 1TH",
    "Statement 1 May 2025 to 31 May 2025",
    "Account number 20458813",
]
MAY = [
    (D(2025, 5, 2), "CARD PAYMENT TESCO STORES", "-63.18"),
    (D(2025, 5, 3), "STANDING ORDER RENT", "-780.00"),
    (D(2025, 5, 9), "SALARY ATELIER BLUE LTD", "2450.00"),
    (D(2025, 5, 13), "DIRECT DEBIT VODAFONE", "-29.99"),
    (D(2025, 5, 22), "CARD PAYMENT WATERSTONES", "-27.50"),
    (D(2025, 5, 24), "CASH WITHDRAWAL BRISTOL", "-40.00"),
    (D(2025, 5, 27), "REFUND INSURANCE CO", "46.20"),
    (D(2025, 5, 29), "CARD PAYMENT BOOTS", "-12.40"),
]


# ---- a wallet's currency without activity ------------------------------------------------------------

LUMO = ["Lumo Money", "Amelie Durand", "Statement 1 April 2025 to 30 April 2025"]
LUMO_COLUMNS = _columns(date="%d %b %Y")
EUR = [
    (D(2025, 4, 2), "Card payment Boulangerie Lumiere", "-8.40"),
    (D(2025, 4, 9), "Converted from GBP", "250.00"),
]
GBP = [
    (D(2025, 4, 1), "Top-up by bank transfer", "600.00"),
    (D(2025, 4, 9), "Converted to EUR", "-214.75"),
]


def _currency(code: str, opening: M, closing: M) -> Lines:
    """A currency's section of a wallet: its title and its balances in its code."""
    return [
        [(40, f"##{code} statement", False)],
        [(40, "Opening balance", False), (300, f"{english(opening)} {code}", True)],
        [(40, "Closing balance", False), (300, f"{english(closing)} {code}", True)],
        [],
    ]


def _idle(code: str, balance: M, note: str) -> Lines:
    """The section of a currency without activity: its title, its balances, and a note or nothing."""
    return [*_currency(code, balance, balance), *([[(40, note, False)], []] if note else [])]


def _active(code: str, rows: Sequence[Drawn]) -> Lines:
    return [
        *_currency(code, balance_before(rows), rows[-1].balance),
        headings(LUMO_COLUMNS),
        *table(LUMO_COLUMNS, rows),
        [],
    ]


@pytest.mark.parametrize("note", ["", "No transactions in this period"])
@pytest.mark.parametrize("where", ["between", "last", "first"])
def test_a_wallet_currency_without_activity_is_a_statement_of_its_own_between_its_balances(
    where: str, note: str
) -> None:
    """A wallet prints every currency it holds: one that did not move prints its title and balances
    and no table (or a note that nothing happened), between, after or before the currencies that did.
    Each currency is its own statement, the idle one without rows and opening where it closes."""
    eur, gbp = running(M("35.10"), EUR), running(M("120.00"), GBP)
    idle = _idle("USD", M("10.00"), note)
    sections = {
        "between": [_active("EUR", eur), idle, _active("GBP", gbp)],
        "last": [_active("EUR", eur), _active("GBP", gbp), idle],
        "first": [idle, _active("EUR", eur), _active("GBP", gbp)],
    }[where]
    reads = read_all(drawn_lines([[*header(LUMO), *(line for section in sections for line in section)]]))
    codes = {"between": ["EUR", "USD", "GBP"], "last": ["EUR", "GBP", "USD"], "first": ["USD", "EUR", "GBP"]}
    assert [r.currency for r in reads] == codes[where]
    by_code = {r.currency: r for r in reads}
    as_drawn(by_code["EUR"], eur)
    as_drawn(by_code["GBP"], gbp)
    usd = by_code["USD"]
    assert (usd.transactions, usd.opening_balance, usd.closing_balance) == ([], M("10.00"), M("10.00"))


def test_two_wallet_currencies_without_activity_after_the_one_that_moved_are_two_statements() -> None:
    eur = running(M("35.10"), EUR)
    lines = [
        *header(LUMO),
        *_active("EUR", eur),
        *_idle("USD", M("10.00"), ""),
        *_idle("GBP", M("0.00"), "No transactions in this period"),
    ]
    reads = read_all(drawn_lines([lines]))
    assert [r.currency for r in reads] == ["EUR", "USD", "GBP"]
    as_drawn(reads[0], eur)
    assert [(r.transactions, r.opening_balance, r.closing_balance) for r in reads[1:]] == [
        ([], M("10.00"), M("10.00")),
        ([], M("0.00"), M("0.00")),
    ]


def test_a_note_naming_another_currency_under_a_wallets_table_starts_no_statement() -> None:
    """ "Fees for payments in USD are 2.00 USD" under the euro table names another currency twice but
    states no balance of it: the euro statement's closing balance under it stays the euro's."""
    eur = running(M("35.10"), EUR)
    lines = [
        *header(LUMO),
        [(40, "##EUR statement", False)],
        [(40, "Opening balance", False), (300, f"{english(balance_before(eur))} EUR", True)],
        [],
        headings(LUMO_COLUMNS),
        *table(LUMO_COLUMNS, eur),
        [],
        [(40, "Fees for payments in USD are 2.00 USD each.", False)],
        [(40, "Closing balance", False), (300, f"{english(eur[-1].balance)} EUR", True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), eur)


@pytest.mark.parametrize("note", ["", "No transactions in this period"])
def test_a_wallet_currency_printing_its_headings_over_no_row_ends_where_the_next_currency_is_titled(
    note: str,
) -> None:
    """The idle currency prints its table's headings and nothing under them (or a note that nothing
    happened): the next currency's title, in larger type than the headings, and its balances are no
    part of that empty table."""
    eur, gbp = running(M("35.10"), EUR), running(M("120.00"), GBP)
    idle = [
        *_idle("USD", M("10.00"), ""),
        headings(LUMO_COLUMNS),
        *([[(110, note, False)]] if note else []),
        [],
    ]
    lines = [*header(LUMO), *_active("EUR", eur), *idle, *_active("GBP", gbp)]
    reads = read_all(drawn_lines([lines]))
    assert [r.currency for r in reads] == ["EUR", "USD", "GBP"]
    as_drawn(reads[0], eur)
    assert (reads[1].transactions, reads[1].opening_balance, reads[1].closing_balance) == (
        [],
        M("10.00"),
        M("10.00"),
    )
    as_drawn(reads[2], gbp)


# ---- pages turned for display --------------------------------------------------------------------

WIDE_COLUMNS = [
    Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
    Column("Description", 120, lambda r: r.description),
    Column("Paid out", 620, paid_out(english), right=True),
    Column("Paid in", 710, paid_in(english), right=True),
    Column("Balance", 800, lambda r: english(r.balance), right=True),
]


def _draw(c: canvas.Canvas, lines: Lines, height: float) -> None:
    y = height - 50
    for line in lines:
        mark = line[0][1][:2] if line else ""
        c.setFont("Helvetica-Bold" if mark in ("**", "##") else "Helvetica", 9)
        for x, text, at_right in line:
            shown = text.removeprefix(mark) if mark in ("**", "##") else text
            (c.drawRightString if at_right else c.drawString)(x, y, shown)
        y -= 13


def _landscape_stored_upright(lines: Lines, rotate: int, *, portrait_first: Lines | None = None) -> bytes:
    """A landscape page stored as a portrait sheet whose text runs up (`rotate` 90) or down (270) it,
    marked /Rotate so that a viewer turns it level: how many producers store a wide table. Where
    `portrait_first` is given, a portrait page of those lines comes before it."""
    width, height = landscape(A4)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    if portrait_first is not None:
        _draw(c, portrait_first, A4[1])
        c.showPage()
    if rotate == 90:
        c.translate(height, 0)  # (x, y) of the level page goes to (height - y, x) on the sheet
        c.rotate(90)
    else:
        c.translate(0, width)  # to (y, width - x)
        c.rotate(-90)
    _draw(c, lines, height)
    c.showPage()
    c.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        pdf.pages[-1].Rotate = rotate
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_landscape_page_stored_turned_with_rotate_reads_as_displayed(rotate: int) -> None:
    rows = running(M("1312.64"), MAY)
    lines = header(COASTLINE)
    lines += [
        headings(WIDE_COLUMNS),
        [(120, "Balance brought forward", False), (800, english(balance_before(rows)), True)],
        *table(WIDE_COLUMNS, rows),
        [(120, "Balance carried forward", False), (800, english(rows[-1].balance), True)],
    ]
    read = read_one(_landscape_stored_upright(lines, rotate))
    as_drawn(read, rows)
    assert read.account_number == "20458813"


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_table_going_on_from_a_portrait_page_onto_a_landscape_one_under_its_headings_again(
    rotate: int,
) -> None:
    """The rows begin on a portrait page and go on over a landscape page stored turned, which prints
    the headings again at its own, wider, places."""
    rows = running(M("1312.64"), MAY)
    columns = _columns()
    first = [
        *header(COASTLINE),
        headings(columns),
        _carried("Balance brought forward", balance_before(rows)),
        *table(columns, rows[:4]),
        _carried("Balance carried forward", rows[3].balance),
    ]
    second = [
        headings(WIDE_COLUMNS),
        [(120, "Balance brought forward", False), (800, english(rows[3].balance), True)],
        *table(WIDE_COLUMNS, rows[4:]),
        [(120, "Balance carried forward", False), (800, english(rows[-1].balance), True)],
    ]
    as_drawn(read_one(_landscape_stored_upright(second, rotate, portrait_first=first)), rows)


# ---- a table over pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("shift", [-30, 30])
def test_a_continuation_page_without_headings_printed_with_the_other_margin_reads_its_rows(
    shift: int,
) -> None:
    """Printed for both sides of the sheet, every second page sets the whole table `shift` points
    further right or left, under no headings of its own, between balances brought and carried forward."""
    rows = running(M("1312.64"), MAY)
    first, second = _columns(), _columns(shift)
    page_1 = [
        *header(COASTLINE),
        headings(first),
        _carried("Balance brought forward", balance_before(rows)),
        *table(first, rows[:4]),
        _carried("Balance carried forward", rows[3].balance),
    ]
    page_2 = [
        _carried("Balance brought forward", rows[3].balance, shift),
        *table(second, rows[4:]),
        _carried("Balance carried forward", rows[-1].balance, shift),
    ]
    as_drawn(read_one(drawn_lines([page_1, page_2])), rows)


@pytest.mark.parametrize("label", ["Total this page", "Page totals"])
def test_a_pages_totals_labelled_under_the_dates_with_the_balance_reached_are_no_row(label: str) -> None:
    """Each page ends with its totals labelled in the date column, the money out, the money in and the
    balance the page reached each under its own column."""
    rows = running(M("1312.64"), MAY)
    columns = _columns()

    def page_totals(part: Sequence[Drawn]) -> list[Cell]:
        out, into = totals(part)
        return [
            (40, label, False),
            (400, english(out), True),
            (480, english(into), True),
            (560, english(part[-1].balance), True),
        ]

    page_1 = [
        *header(COASTLINE),
        headings(columns),
        _carried("Balance brought forward", balance_before(rows)),
        *table(columns, rows[:4]),
        page_totals(rows[:4]),
        [(40, "Continued on next page", False)],
    ]
    page_2 = [headings(columns), *table(columns, rows[4:]), page_totals(rows[4:])]
    as_drawn(read_one(drawn_lines([page_1, page_2])), rows)


def test_a_summary_box_printed_atop_every_page_belongs_to_one_statement() -> None:
    """Every page repeats the statement's summary (opening balance, money in and out, closing
    balance) above the rows it carries on with: one statement, opening and closing as the box says."""
    rows = running(M("1312.64"), MAY)
    columns = _columns()
    out, into = totals(rows)
    box: Lines = [
        [(40, "**Account summary", False)],
        [(40, "Opening balance", False), (300, english(balance_before(rows)), True)],
        [(40, "Money in", False), (300, english(into), True)],
        [(40, "Money out", False), (300, english(out), True)],
        [(40, "Closing balance", False), (300, english(rows[-1].balance), True)],
        [],
    ]
    pages = []
    for n, part in enumerate((rows[:3], rows[3:6], rows[6:])):
        top = (
            header(COASTLINE)
            if n == 0
            else [[(40, "##Coastline Bank", False)], [(40, COASTLINE[-1], False)], []]
        )
        pages.append(
            [
                *top,
                *box,
                headings(columns),
                _carried("Balance brought forward", balance_before(part)),
                *table(columns, part),
                _carried("Balance carried forward", part[-1].balance),
            ]
        )
    [read] = read_all(drawn_lines(pages))
    as_drawn(read, rows)


def test_accounts_told_apart_only_by_the_number_atop_their_pages() -> None:
    """A current account over two pages, then a savings account on the third: no title, only the page
    header's account number says whose rows a page holds."""
    current = running(M("1312.64"), MAY[:5])
    savings = running(M("8000.00"), [(D(2025, 5, 13), "TRANSFER FROM CURRENT", "500.00")])
    columns = _columns()

    def top(number: str, page: int) -> Lines:
        return [
            [(40, "##Coastline Bank", False), (560, f"Page {page} of 3", True)],
            [(40, "Ms Helen Carter", False)],
            [(40, f"Account number {number}", False), (560, "Statement 1 May 2025 to 31 May 2025", True)],
            [],
        ]

    def part(rows: Sequence[Drawn], opening: M) -> Lines:
        return [
            headings(columns),
            _carried("Balance brought forward", opening),
            *table(columns, rows),
            _carried("Balance carried forward", rows[-1].balance),
        ]

    pages = [
        top("20458813", 1) + part(current[:3], balance_before(current)),
        top("20458813", 2) + part(current[3:], current[2].balance),
        top("73310456", 3) + part(savings, balance_before(savings)),
    ]
    first, second = read_all(drawn_lines(pages))
    as_drawn(first, current)
    as_drawn(second, savings)
    assert (first.account_number, second.account_number) == ("20458813", "73310456")


def _account(title: str, number: str, opening: M, rows: Sequence[Drawn], idle: Lines, *, mark: str) -> Lines:
    """An account's part of a statement of several: its title (in larger type where `mark` is "##",
    as the rows where it is "") with its number and balances over its table's headings, then its rows,
    or `idle` where it has none."""
    closing = rows[-1].balance if rows else opening
    return [
        [(40, f"{mark}{title}", False)],
        [(40, f"Account number {number}", False)],
        [(40, "Opening balance", False), (300, english(opening), True)],
        [(40, "Closing balance", False), (300, english(closing), True)],
        [],
        headings(_columns()),
        *(table(_columns(), rows) if rows else idle),
        [],
    ]


@pytest.mark.parametrize("mark", ["##", ""], ids=["titled", "plain"])
@pytest.mark.parametrize("idle", [[], [[(110, "No transactions this period", False)]]], ids=["bare", "noted"])
def test_an_account_without_activity_printing_its_headings_between_two_others_keeps_all_three_apart(
    idle: Lines, mark: str
) -> None:
    """The middle account prints its headings over no row: the third account's title, number and
    balances under them begin its own statement, not rows of the idle one."""
    current = running(M("1312.64"), MAY[:5])
    savings = running(M("8000.00"), [(D(2025, 5, 13), "TRANSFER FROM CURRENT", "500.00")])
    lines = header(COASTLINE[:4])
    lines += _account("Current Account", "20458813", balance_before(current), current, [], mark=mark)
    lines += _account("Holiday Saver", "55512345", M("300.00"), [], idle, mark=mark)
    lines += _account("Instant Saver", "73310456", balance_before(savings), savings, [], mark=mark)
    first, second, third = read_all(drawn_lines([lines]))
    as_drawn(first, current)
    assert (second.transactions, second.opening_balance, second.closing_balance) == (
        [],
        M("300.00"),
        M("300.00"),
    )
    as_drawn(third, savings)
    assert [r.account_number for r in (first, second, third)] == ["20458813", "55512345", "73310456"]


# ---- an empty period ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dated", [True, False])
def test_an_empty_period_between_balances_brought_and_carried_forward_has_no_row(dated: bool) -> None:
    """Under the headings only the balance brought forward and the same balance carried forward, each
    dated the period's first or last day or not: no transaction, and both balances read."""
    columns = _columns()

    def marker(day: int, label: str) -> list[Cell]:
        return [*([(40, f"{day:02d}/05/2025", False)] if dated else []), *_carried(label, M("1250.00"))]

    lines = [
        *header(COASTLINE),
        headings(columns),
        marker(1, "Balance brought forward"),
        [(110, "No transactions this period", False)],
        marker(31, "Balance carried forward"),
    ]
    read = read_one(drawn_lines([lines]))
    assert (read.transactions, read.opening_balance, read.closing_balance) == ([], M("1250.00"), M("1250.00"))


def test_an_empty_period_is_validated_as_an_account_without_transactions_whose_balances_agree() -> None:
    """The account of an empty period is warned NoTransactions (DESIGN.md), and its balances, which
    agree, raise no BalanceMismatch: no row was made up to move them."""
    lines = [
        *header(COASTLINE),
        [(40, "Opening balance", False), (300, "1,250.00", True)],
        [(40, "Closing balance", False), (300, "1,250.00", True)],
        [],
        headings(_columns()),
        [(110, "No transactions this period", False)],
    ]
    read = read_one(drawn_lines([lines]))
    assert read.transactions == []
    [account] = validate(dt.date(2025, 6, 3), [FileStatements("may.pdf", [read])]).accounts
    warned = [w.code for w in account.warnings]
    assert WarningCode.NoTransactions in warned
    assert WarningCode.BalanceMismatch not in warned
    assert (account.opening_balance, account.closing_balance) == (M("1250.00"), M("1250.00"))
