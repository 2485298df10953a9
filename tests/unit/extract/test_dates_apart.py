"""Wallets' statements of issue 14 that print no date column: each row's date on a line of its own,
under (or over) its description, the figures on the description's line. Each is drawn as a statement
of its kind and read through the text layer against what was drawn."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    M,
    as_drawn,
    balance_before,
    drawn_lines,
    english,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    signed,
    table,
)

ROWS = running(
    M("842.10"),
    [
        (D(2025, 1, 3), "Card transaction of 12.50 GBP issued by Tesco", "-12.50"),
        (D(2025, 1, 9), "Received money from J Smith with reference Rent", "400.00"),
        (D(2025, 1, 15), "Card transaction of 3.20 GBP issued by Costa", "-3.20"),
        (D(2025, 1, 28), "Sent money to A Jones", "-120.00"),
    ],
)
HEAD = ["Wallet Money Ltd", "ALEX JONES", "Statement 1 January 2025 to 31 January 2025"]


def _amount(row: Drawn) -> str:
    return signed(english(row.amount), row.amount)


def _rows_with_dates_apart(
    columns: list[Column], rows: list[Drawn], date: str, *, over: bool
) -> list[list[Cell]]:
    """Each row's line, and its date alone on a line at the description's left, under it or over it."""
    lines: list[list[Cell]] = []
    for row, line in zip(rows, table(columns, rows), strict=True):
        dated: list[Cell] = [(40, row.date.strftime(date), False)]
        lines.extend([dated, line] if over else [line, dated])
    return lines


@pytest.mark.parametrize("over", [False, True])
def test_a_wallet_table_without_a_date_column_dates_each_row_by_the_line_under_it(over: bool) -> None:
    """ "Description | Amount | Balance", each row's date printed alone under its description (or over
    it): the date is the row's, the description the rest."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns), *_rows_with_dates_apart(columns, ROWS, "%d %B %Y", over=over)]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


def test_incoming_and_outgoing_columns_without_a_date_column() -> None:
    """ "Description | Incoming | Outgoing | Balance": money in and out in columns of their own."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Incoming", 400, paid_in(english), right=True),
        Column("Outgoing", 470, paid_out(english), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns), *_rows_with_dates_apart(columns, ROWS, "%d %B %Y", over=False)]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


def test_a_german_wallet_table_without_a_date_column() -> None:
    """The same in German ("Beschreibung | Betrag | Saldo", "15.01.2025" under each row): no bank's
    words, the lexicon's."""
    columns = [
        Column("Beschreibung", 40, lambda r: r.description),
        Column("Betrag", 470, _amount, right=True),
        Column("Saldo", 550, lambda r: english(r.balance), right=True),
    ]
    head = ["Wallet Money GmbH", "Max Mustermann", "Kontoauszug 01.01.2025 - 31.01.2025"]
    lines = [*header(head), headings(columns), *_rows_with_dates_apart(columns, ROWS, "%d.%m.%Y", over=False)]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


def test_an_ordinary_table_with_a_date_column_reads_as_before() -> None:
    """A date column: each row's date is the one printed on its line, its description all of its text,
    and a dated line of its own under the table (a note) takes no row's date."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(HEAD),
        [(120, "Opening balance", False), (550, english(balance_before(ROWS)), True)],
        headings(columns),
        *table(columns, ROWS),
        [(120, "Closing balance", False), (550, english(ROWS[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


def test_amount_and_balance_headed_alone_over_descriptions_under_no_heading() -> None:
    """ "Amount | Balance" the only headings: the text at their left, under no heading, describes each
    row, and the date under it is the row's."""
    columns = [
        Column("", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(HEAD),
        [(470, "**Amount", True), (550, "Balance", True)],
        *_rows_with_dates_apart(columns, ROWS, "%d %B %Y", over=False),
    ]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


@pytest.mark.parametrize("over", [False, True])
def test_the_table_goes_on_over_a_page_without_its_header(over: bool) -> None:
    """The rows of the second page, under no header of their own, are dated as the first page's."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    first = [
        *header(HEAD),
        headings(columns),
        *_rows_with_dates_apart(columns, ROWS[:2], "%d %B %Y", over=over),
    ]
    second = [[(40, "Page 2", False)], [], *_rows_with_dates_apart(columns, ROWS[2:], "%d %B %Y", over=over)]
    as_drawn(read_one(drawn_lines([first, second])), ROWS)


def test_a_description_wrapped_over_two_lines_takes_the_date_under_both() -> None:
    """A description wrapped under its figures' line, the date under its last line: the date is the
    row's, the description both lines."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns)]
    for row, line in zip(ROWS, table(columns, ROWS), strict=True):
        head, by, tail = row.description.partition(" by ")
        dated: list[Cell] = [(40, row.date.strftime("%d %B %Y"), False)]
        if by:
            lines.extend([[(40, head + " by", False), *line[1:]], [(40, tail, False)], dated])
        else:
            lines.extend([line, dated])
    as_drawn(read_one(drawn_lines([lines])), ROWS)


@pytest.mark.parametrize("clock", ["%d %B %Y 14:32", "%d %b %Y %I:%M %p"])
def test_a_date_line_printing_the_time_of_day_after_the_date_is_the_rows(clock: str) -> None:
    """Each row's date line prints the time of day after the date ("15 January 2025 14:32", "15 Jan 2025
    02:32 PM"): still a line of the row's date alone, and the time no part of the description."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns), *_rows_with_dates_apart(columns, ROWS, clock, over=False)]
    as_drawn(read_one(drawn_lines([lines])), ROWS)


@pytest.mark.parametrize("over", [False, True])
@pytest.mark.parametrize("repeated", [False, True], ids=["continued", "headed-again"])
def test_a_row_and_its_date_line_parted_by_a_page_break(over: bool, repeated: bool) -> None:
    """The second row's figures at the foot of page 1 and its date at the top of page 2 (or its date
    at the foot and its figures over the page), the next page with the headings again or without: each
    date is its own row's, read over both pages, and page 1 with one date line for its two rows is
    still a table."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    body = _rows_with_dates_apart(columns, ROWS, "%d %B %Y", over=over)
    first = [*header(HEAD), headings(columns), *body[:3]]
    second = [[(40, "Page 2", False)], [], *([headings(columns)] if repeated else []), *body[3:]]
    as_drawn(read_one(drawn_lines([first, second])), ROWS)


@pytest.mark.parametrize(
    "more",
    [
        "Transaction: CARD-1234567",
        "Card ending in 1234 ALEX JONES Transaction: CARD-1234567",
        "Reference: Rent",
    ],
)
def test_a_date_line_printing_the_rows_card_or_reference_after_the_date_is_the_rows(more: str) -> None:
    """A wallet prints under each row's description its date, then the card it was paid by or its
    reference on the same line ("15 January 2025   Transaction: CARD-1234567"), no figure: still the
    row's date line, and what follows the date no part of the description or of the header."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Amount", 470, _amount, right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns)]
    for row, line in zip(ROWS, table(columns, ROWS), strict=True):
        lines += [line, [(40, row.date.strftime("%d %B %Y"), False), (180, more, False)]]
    read = read_one(drawn_lines([lines]))
    as_drawn(read, ROWS)
    assert read.account_number is None


def test_an_amount_column_right_of_incoming_and_outgoing_is_the_running_balance() -> None:
    """ "Description | Incoming | Outgoing | Amount": each row's money in or out printed in its column,
    and the last column, headed "Amount", the balance after it (its figures chain by them): the running
    balance, the opening and closing balances its first and last."""
    columns = [
        Column("Description", 40, lambda r: r.description),
        Column("Incoming", 400, paid_in(english), right=True),
        Column(
            "Outgoing", 470, lambda r: signed(english(r.amount), r.amount) if r.amount < 0 else "", right=True
        ),
        Column("Amount", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [*header(HEAD), headings(columns), *_rows_with_dates_apart(columns, ROWS, "%d %B %Y", over=False)]
    read = read_one(drawn_lines([lines]))
    as_drawn(read, ROWS)
    assert [t.balance for t in read.transactions] == [r.balance for r in ROWS]


UK_WRAPPED = [
    (D(2025, 2, 12), "VIS DALES|BAKERY LEEDS", "-114.46"),
    (D(2025, 2, 13), "BP J WHITFIELD|HOLIDAY|COTTAGE|DEPOSIT REF|872072 VIA ONLINE|BANKING", "-255.88"),
    (D(2025, 2, 13), "VIS HILLTOP|PHARMACY YORK", "-45.92"),
    (D(2025, 2, 14), "ATM CASH|NOTEMACHINE|STATION RD", "-222.93"),
    (D(2025, 2, 15), "VIS DALES|BAKERY LEEDS", "-82.99"),
]


def test_a_dated_row_under_a_wrapped_line_of_heading_words_is_a_row_not_a_date_line() -> None:
    """The counter-case: a dated table over two pages, descriptions wrapped a word or two a line, the
    second page carrying on without headings. A wrapped line of heading words ("DEPOSIT REF") read as a
    header without a date column takes the dated rows under it, whose figures no column of it holds,
    for date lines: the page's rows were lost. A line printing a figure is no date line."""
    rows = running(M("942.49"), UK_WRAPPED)

    def lines_of(row: Drawn) -> list[list[Cell]]:
        first, *more = row.description.split("|")
        day = row.date.strftime("%d %b %Y")
        line: list[Cell] = [(40, day, False), (110, first, False), (260, day, False)]
        line += [(420, english(abs(row.amount)) + "-", True), (500, english(row.balance), True)]
        return [line, *([(110, part, False)] for part in more)]

    furniture = header(["Fernhill Bank plc", "Period 01/02/2025 to 28/02/2025"])
    page_one = [*furniture, [(40, "Liam Pryce", False)]]
    page_one += [[(40, "BALANCE AT BEGINNING", False), (300, english(balance_before(rows)), True)]]
    page_one += [[(40, "ENDING BAL", False), (300, english(rows[-1].balance), True)], []]
    heading: list[Cell] = [(40, "**TRANS", False), (110, "DETAILS", False), (260, "VALUE", False)]
    page_one += [[*heading, (420, "TRANSACTION", True), (500, "RUNNING BALANCE", True)]]
    page_one += [[(40, "**DATE", False), (260, "DATE", False), (420, "AMOUNT", True)]]
    page_one += lines_of(rows[0])
    page_two = [*furniture, *(line for row in rows[1:] for line in lines_of(row))]
    read = read_one(drawn_lines([page_one, page_two]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
