"""Statements whose page geometry no other test draws, read through the text layer against what was
drawn: a landscape page, upright or stored upside down; a card bill's first page printing its rows in
two columns side by side; a row whose description carries over the page break; running headers and
footers printing figures (page numbers, the account number, a date, the page's total) between the rows
of a table carried on; a table drawn with cell borders and shaded alternate rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import zip_longest

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.unit.extract.test_statement_structure import COASTLINE, MAY
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    as_drawn,
    balance_before,
    bold,
    drawn_lines,
    english,
    header,
    headings,
    net,
    paid_in,
    paid_out,
    read_one,
    row_warnings,
    running,
    table,
)

OPENING = M("1312.64")
AFTER = D(2025, 6, 2)  # the day the statements are validated on


def columns(shift: float = 0.0, wide: float = 0.0) -> list[Column]:
    """Date | Description | Paid out | Paid in | Balance, every column `shift` points to the right and
    the money `wide` points further (a landscape page's wider description)."""
    return [
        Column("Date", 40 + shift, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110 + shift, lambda r: r.description),
        Column("Paid out", 400 + shift + wide, paid_out(english), right=True),
        Column("Paid in", 480 + shift + wide, paid_in(english), right=True),
        Column("Balance", 560 + shift + wide, lambda r: english(r.balance), right=True),
    ]


def carried(label: str, balance: M, shift: float = 0.0, wide: float = 0.0) -> list[Cell]:
    """A balance brought or carried forward: its label under the descriptions, its figure under the
    balances."""
    return [(110 + shift, label, False), (560 + shift + wide, english(balance), True)]


# ---- a landscape page ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "turn"),
    [(landscape(A4), 0), (landscape(A4), 180), (A4, 180), (landscape(A4), 90), (landscape(A4), 270)],
    ids=["landscape", "landscape upside down", "portrait upside down", "landscape turned", "turned back"],
)
def test_a_landscape_or_upside_down_page_reads_as_a_viewer_shows_it(
    size: tuple[float, float], turn: int
) -> None:
    """The table over a landscape sheet's width (its money columns far to the right), or a page stored
    upside down (or a quarter turn) and marked /Rotate so that a viewer shows it level: every row, its
    balances and no warning."""
    rows = running(OPENING, MAY)
    wide = 240.0 if size[0] > size[1] else 0.0
    cols = columns(wide=wide)
    lines = [
        *header(COASTLINE),
        headings(cols),
        carried("Balance brought forward", OPENING, wide=wide),
        *table(cols, rows),
        carried("Balance carried forward", rows[-1].balance, wide=wide),
    ]
    read = read_one(drawn_lines([lines], size=size, turn=turn))
    as_drawn(read, rows)
    assert read.account_number == "20458813"
    assert row_warnings(read, AFTER) == set()


# ---- a card bill's first page in two columns ------------------------------------------------------------

CARD = [
    (D(2025, 3, 1), "CORNER GROCER LONDON", "-45.20"),
    (D(2025, 3, 2), "METRO RAIL TICKETS", "-12.40"),
    (D(2025, 3, 3), "PAYMENT RECEIVED THANK YOU", "400.00"),
    (D(2025, 3, 5), "BOOK NOOK LTD", "-18.99"),
    (D(2025, 3, 8), "CITY ENERGY", "-62.00"),
    (D(2025, 3, 9), "PETROL STATION A40", "-55.10"),
    (D(2025, 3, 11), "CAFE ROMA", "-8.60"),
    (D(2025, 3, 14), "PHARMACY PLUS", "-14.25"),
    (D(2025, 3, 17), "REFUND BOOK NOOK LTD", "18.99"),
    (D(2025, 3, 20), "HOME STORE", "-120.00"),
    (D(2025, 3, 22), "STREAMING SERVICE", "-9.99"),
    (D(2025, 3, 25), "BAKERY ON HIGH ST", "-6.45"),
]
LATER = [
    (D(2025, 3, 27), "GARDEN CENTRE", "-32.80"),
    (D(2025, 3, 29), "TAXI FARE CITY CABS", "-17.50"),
]


def card_column(x: float, rows: Sequence[tuple[dt.date, str, str]], wrapped: bool) -> Lines:
    """A column of card rows at `x` (its left edge): the day, the merchant, and the figure right-aligned
    245 points on, a credit marked CR; where `wrapped`, every other row's reference on a line of its own
    under its merchant."""
    lines: Lines = []
    for n, (day, text, amount) in enumerate(rows):
        figure = english(M(amount)) + (" CR" if M(amount) > 0 else "")
        lines.append([(x, f"{day:%d %b}", False), (x + 45, text, False), (x + 245, figure, True)])
        if wrapped and n % 2:
            lines.append([(x + 45, f"REF {day:%d%m}{n:02d}", False)])
    return lines


def card_headings(x: float) -> list[Cell]:
    return [(x, "Date", False), (x + 45, "Transaction", False), (x + 245, "Amount", True)]


@pytest.mark.parametrize(
    ("wrapped", "broken"),
    [(False, False), (True, False), (True, True)],
    ids=["one line each", "references under rows", "a reference over the column break"],
)
@pytest.mark.parametrize("split", [6, 7, 5], ids=["even", "one more on the left", "more on the right"])
@pytest.mark.parametrize("more", [False, True], ids=["one page", "then a page in one column"])
def test_a_card_bills_first_page_printing_its_rows_in_two_columns_side_by_side(
    split: int, wrapped: bool, broken: bool, more: bool
) -> None:
    """A card bill's first page prints its rows in two columns of "Date | Transaction | Amount" side by
    side, the left column read down first, then the right (each row's reference under it, where
    drawn, so that the columns' rows fall on different lines; where `broken`, the left column's last
    reference at the top of the right column, parted from its row as a page break parts one); where
    `more`, the rows go on over a second page in one column under its headings at the left: every row
    in that order, none lost, between the previous and the new balance."""
    rows = CARD + (LATER if more else [])
    previous = M("-412.35")
    owed = previous + net(rows)
    lines = header(["Lion Card Services", "Credit card statement", "MS HELEN CARTER"])
    lines += [
        [(40, "Card number 4111 **** **** 4821", False)],
        [(40, "Statement date 31 Mar 2025", False)],
        [(40, "Previous balance", False), (300, english(-previous), True)],
        [(40, "New balance", False), (300, english(-owed), True)],
        [],
        bold(card_headings(40) + card_headings(310)),
    ]
    left, right = card_column(40, CARD[:split], wrapped), card_column(310, CARD[split:], wrapped)
    if broken and len(left[-1]) == 1:
        # The left column's last row's reference at the top of the right column, as a page break parts it.
        right = [[(x + 270, text, at_right) for x, text, at_right in left.pop()], *right]
    lines += [a + b for a, b in zip_longest(left, right, fillvalue=[])]
    pages = [lines]
    if more:
        pages.append([bold(card_headings(40)), *card_column(40, LATER, wrapped)])
    read = read_one(drawn_lines(pages))
    assert [(t.date, t.amount) for t in read.transactions] == [(d, M(a)) for d, _, a in rows]
    assert [t.description.split(" REF ")[0] for t in read.transactions] == [t for _, t, _ in rows]
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a description carried over the page break ----------------------------------------------------------


def two_lines(cols: Sequence[Column], row: Drawn, figures_last: bool) -> Lines:
    """A row over two lines, its reference ("REF 4471") on the second, its figures on the first line
    or (where `figures_last`) on the last, its date on the first."""
    date, _, *figures = table(cols, [row])[0]
    first: list[Cell] = [date, (110, row.description, False)]
    second: list[Cell] = [(110, "REF 4471", False)]
    return [first, second + figures] if figures_last else [first + figures, second]


@pytest.mark.parametrize("top", [False, True], ids=["page top", "under a running header"])
@pytest.mark.parametrize("place", ["before headings", "after headings", "no headings"])
@pytest.mark.parametrize("figures_last", [False, True], ids=["figures first", "figures last"])
def test_a_rows_description_carried_over_the_page_break_is_one_row(
    place: str, top: bool, figures_last: bool
) -> None:
    """Each row over two lines, its date on the first and its figures on the first or the last; page 1
    ends after the fourth row's first line, and its second line stands at the top of page 2 (under the
    page's running header, where `top`), before the repeated headings or after them or with none: it
    ends that row, with its figures where they print there, and is no row of its own."""
    rows = running(OPENING, MAY)
    cols = columns()
    body = [line for row in rows for line in two_lines(cols, row, figures_last)]
    first = [*header(COASTLINE), headings(cols), *body[:7]]
    rest = body[7:]
    if place == "before headings":
        rest = [rest[0], headings(cols), *rest[1:]]
    elif place == "after headings":
        rest = [headings(cols), *rest]
    rest = [*(running_head(2, 2) if top else []), *rest]
    read = read_one(drawn_lines([first, rest]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert [t.description for t in read.transactions] == [r.description + " REF 4471" for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert row_warnings(read, AFTER) == set()


# ---- running headers and footers between the rows ---------------------------------------------------------


def running_head(page: int, pages: int) -> Lines:
    """What a bank prints atop each page after the first: its name and the page's number, the account's
    number and the statement's date, each figure right-aligned under the money columns."""
    return [
        [(40, "Harbour Bank", False), (560, f"Page {page} of {pages}", True)],
        [(40, "Account number", False), (400, "20458813", True), (560, "31/05/2025", True)],
        [],
    ]


def running_foot(part: Sequence[Drawn], page: int, pages: int) -> Lines:
    """What a bank prints under each page's rows: the page's totals under the money, then a footer of
    the page's number, the statement's date and the bank's registration number."""
    out = sum((-r.amount for r in part if r.amount < 0), M(0))
    into = sum((r.amount for r in part if r.amount > 0), M(0))
    return [
        [(110, "Page totals", False), (400, english(out), True), (480, english(into), True)],
        [],
        [(40, "31/05/2025", False), (300, f"{page}/{pages}", False), (560, "Registered no. 1029384", True)],
    ]


@pytest.mark.parametrize("repeated", [True, False], ids=["headings repeated", "headings once"])
def test_running_headers_and_footers_printing_figures_between_the_rows_are_no_rows(repeated: bool) -> None:
    """The table carried over three pages, each page opening with a running header (the page's number
    "Page 2 of 3", the account number and a date under the money columns), then the headings again
    (where `repeated`), and closing with the page's totals and a footer ("31/05/2025  2/3"): none of
    them a row, every row as drawn."""
    rows = running(OPENING, MAY)
    cols = columns()
    parts = [rows[:3], rows[3:6], rows[6:]]
    pages: list[Lines] = []
    for n, part in enumerate(parts, start=1):
        top = header(COASTLINE) if n == 1 else running_head(n, len(parts))
        over = [headings(cols)] if repeated or n == 1 else []
        pages.append([*top, *over, *table(cols, part), *running_foot(part, n, len(parts))])
    read = read_one(drawn_lines(pages))
    as_drawn(read, rows)
    assert row_warnings(read, AFTER) == set()


# ---- cell borders and shaded rows ---------------------------------------------------------------------


def ruled(c: canvas.Canvas, y: float, line: Sequence[Cell]) -> None:
    """Each line of the table in a bordered band, every other one shaded grey, each column's cell boxed
    by vertical rules between the columns."""
    if not line or line[0][0] != 40:
        return
    shaded = int(y) // 13 % 2 == 0
    c.setFillGray(0.85 if shaded else 1.0)
    c.setStrokeGray(0.3)
    c.rect(35, y - 4, 530, 13, stroke=1, fill=1)
    for x in (105, 330, 410, 490):
        c.line(x, y - 4, x, y + 9)
    c.setFillGray(0)


def test_a_table_drawn_with_cell_borders_and_shaded_alternate_rows_reads_as_drawn() -> None:
    """Every line of the table boxed, the columns parted by rules and every other row shaded: the
    borders and shading are no text, every row as drawn."""
    rows = running(OPENING, MAY)
    cols = columns()
    lines = [*header(COASTLINE), headings(cols), *table(cols, rows)]
    read = read_one(drawn_lines([lines], under=ruled))
    as_drawn(read, rows)
    assert row_warnings(read, AFTER) == set()


# ---- headings repeated with the columns shifted ------------------------------------------------------------


def test_headings_repeated_on_each_page_over_columns_shifted_and_a_date_column_wider() -> None:
    """Page 2 prints the headings again, each column 25 points further right and the money columns
    further still (a wider description); the balances carried between pages are no rows."""
    rows = running(OPENING, MAY)
    first_cols, later_cols = columns(), columns(shift=-15, wide=25)
    first = [
        *header(COASTLINE),
        headings(first_cols),
        carried("Balance brought forward", OPENING),
        *table(first_cols, rows[:5]),
        carried("Balance carried forward", rows[4].balance),
    ]
    later = [
        headings(later_cols),
        carried("Balance brought forward", rows[4].balance, -15, 25),
        *table(later_cols, rows[5:]),
        carried("Balance carried forward", rows[-1].balance, -15, 25),
    ]
    read = read_one(drawn_lines([first, later]))
    as_drawn(read, rows)
    assert row_warnings(read, AFTER) == set()
