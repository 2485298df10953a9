"""Statements in conventions no other test draws, each read through the text layer against what was drawn:
tables drawn from cells, whose headings sit at their columns' left edges over figures right-aligned at
the other edge; each day's balance on a line of its own; figures ending descriptions; an amount heading
over the headings of its sides; dates printed year first with two digits."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ingest.extract.dates import parse_partial, printed_year_first
from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    balance_before,
    bold,
    drawn_lines,
    english,
    header,
    headings,
    leading,
    paid_in,
    paid_out,
    read_one,
    running,
    table,
)


def _as_drawn(read: RawStatement, rows: Sequence[Drawn]) -> None:
    """Asserts the rows as drawn with their running balances, and the balances around them."""
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# ---- headings at their columns' left edges ---------------------------------------------------------

CELLS = [
    (D(2025, 4, 2), "POS PURCHASE FRESHMART 0231", "-45.60"),
    (D(2025, 4, 4), "SALARY TRANSFER GLOBEX LTD", "3250.00"),
    (D(2025, 4, 9), "UTILITY BILL CITY POWER", "-210.35"),
    (D(2025, 4, 15), "ATM CASH WITHDRAWAL", "-1000.00"),
    (D(2025, 4, 22), "INWARD TRANSFER J DOE", "125.50"),
    (D(2025, 4, 23), "CARD PURCHASE BOOKSHOP", "-12.99"),
    (D(2025, 4, 27), "STANDING ORDER GYM", "-35.00"),
]
CELLS_HEAD = [
    "Harbour City Bank",
    "Statement of Account",
    "Period: 01/04/2025 to 30/04/2025",
    "Customer: ANNA LEE",
    "Account No: 001-234567-890",
]


def _cell_row(row: Drawn, mark: str = "") -> list[Cell]:
    """A row of cells: date and description at their cells' left edges, the amount right-aligned at
    the right edge of the money out or money in cell, the balance (and `mark` after it) at the right
    edge of its own."""
    return [
        (40, row.date.strftime("%d/%m/%Y"), False),
        (110, row.description, False),
        (415 if row.amount < 0 else 495, english(row.amount), True),
        (575, english(row.balance) + mark, True),
    ]


@pytest.mark.parametrize("mark", ["", " Cr"])
@pytest.mark.parametrize("balance_heading", [(500, False), (575, True)], ids=["left", "right"])
def test_money_headings_at_their_cells_left_edges_over_figures_at_the_right_edges(
    mark: str, balance_heading: tuple[float, bool]
) -> None:
    """ "Date | Description | Debit | Credit | Balance", each heading at its cell's left edge and each
    figure right-aligned at the cell's right edge, just short of the next heading: a figure lies
    nearer the next heading than its own, and is its own heading's all the same; so is a balance
    marked "Cr" a space after it, and the balances under a heading right-aligned over them."""
    rows = running(M("2410.75"), CELLS)
    x, at_right = balance_heading
    headings: list[Cell] = [
        (40, "Date", False),
        (110, "Description", False),
        (330, "Debit", False),
        (420, "Credit", False),
        (x, "Balance", at_right),
    ]
    lines: Lines = [*header(CELLS_HEAD), bold(headings), *(_cell_row(r, mark) for r in rows)]
    _as_drawn(read_one(drawn_lines([lines])), rows)


def test_a_table_of_cells_over_two_pages_whose_wide_figures_reach_back_under_their_own_headings() -> None:
    """The same table under "Withdrawals" and "Deposits", wider headings that "1,000.00" reaches back
    under, over two pages, the second with no headings of its own: each page's figures are read under
    the headings they start right of."""
    rows = running(M("2410.75"), CELLS)
    headings: list[Cell] = [
        (40, "Date", False),
        (110, "Description", False),
        (330, "Withdrawals", False),
        (420, "Deposits", False),
        (500, "Balance", False),
    ]
    first: Lines = [*header(CELLS_HEAD), bold(headings), *(_cell_row(r) for r in rows[:4])]
    second: Lines = [[(40, "Harbour City Bank - page 2", False)], [], *(_cell_row(r) for r in rows[4:])]
    _as_drawn(read_one(drawn_lines([first, second])), rows)


def test_a_signed_amount_heading_at_its_cells_left_edge_beside_the_balance_heading() -> None:
    """ "Date | Description | Amount | Balance", the signed amount right-aligned just short of the
    balance heading: it is the row's amount, not its balance."""
    rows = running(M("2410.75"), CELLS)
    headings: list[Cell] = [
        (40, "Date", False),
        (110, "Description", False),
        (420, "Amount", False),
        (500, "Balance", False),
    ]
    lines: Lines = [*header(CELLS_HEAD), bold(headings)]
    lines += [
        [
            (40, r.date.strftime("%d/%m/%Y"), False),
            (110, r.description, False),
            (495, leading(r.amount), True),
            (575, english(r.balance), True),
        ]
        for r in rows
    ]
    _as_drawn(read_one(drawn_lines([lines])), rows)


# ---- each day's balance on a line of its own under the day's rows ----------------------------------

DAYS = [
    (D(2025, 4, 2), "CARD PAYMENT 0231", "-45.60"),
    (D(2025, 4, 2), "TRANSFER RECEIVED 7781", "3250.00"),
    (D(2025, 4, 9), "DIRECT DEBIT 5521", "-210.35"),
    (D(2025, 4, 15), "CASH WITHDRAWAL 0042", "-100.00"),
    (D(2025, 4, 15), "TRANSFER RECEIVED 9034", "25.50"),
]
DAY_BALANCES = {
    "es": (["Fecha", "Concepto", "Cargo", "Abono", "Saldo"], "SALDO DEL DIA", "Extracto de cuenta"),
    "pt": (["Data", "Histórico", "Débito", "Crédito", "Saldo"], "SALDO DO DIA", "Extrato de conta corrente"),
    "fr": (["Date", "Libellé", "Débit", "Crédit", "Solde"], "SOLDE DU JOUR", "Relevé de compte"),
    "de": (["Datum", "Buchungstext", "Soll", "Haben", "Saldo"], "TAGESSALDO", "Kontoauszug"),
    "it": (["Data", "Descrizione", "Dare", "Avere", "Saldo"], "SALDO GIORNALIERO", "Estratto conto"),
    "en": (["Date", "Description", "Debit", "Credit", "Balance"], "END OF DAY BALANCE", "Account statement"),
}


@pytest.mark.parametrize("language", sorted(DAY_BALANCES))
def test_each_days_balance_on_a_line_under_its_rows_tells_the_opening_balance(language: str) -> None:
    """ "Date | Description | Debit | Credit | Balance" with no balance on the rows: under each day's
    rows a line of its own prints the day's balance in the balance column ("SALDO DEL DIA"), and no
    line prints the opening balance. The first day's balance less that day's rows opened the period;
    the last day's closed it."""
    rows = running(M("2410.75"), DAYS)
    words, daily, title = DAY_BALANCES[language]
    head = ["Ridgeway Bank", title, "01/04/2025 - 30/04/2025", "ANNA LEE", "IBAN GB29 NWBK 6016 1331 9268 19"]
    at = [(40, False), (110, False), (400, True), (480, True), (560, True)]
    lines: Lines = [
        *header(head),
        bold([(x, word, right) for (x, right), word in zip(at, words, strict=True)]),
    ]
    for n, r in enumerate(rows):
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (110, r.description, False),
                (400 if r.amount < 0 else 480, english(r.amount), True),
            ]
        )
        if n + 1 == len(rows) or rows[n + 1].date != r.date:
            lines.append([(110, daily, False), (560, english(r.balance), True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# ---- a figure ending the description ---------------------------------------------------------------

FIGURED = [
    (D(2025, 4, 2), "TRANSFER 1,000.00 TO SAVINGS 12.50", "-1000.00"),
    (D(2025, 4, 4), "INV 2025.04 PAYMENT RECEIVED 3,250.00", "3250.00"),
    (D(2025, 4, 9), "ATM WITHDRAWAL 200.00", "-200.00"),
    (D(2025, 4, 11), "FX 100.00 USD AT 1.3521", "-135.21"),
]


def test_a_figure_ending_the_description_a_space_after_its_words_is_text_beside_the_rows_own() -> None:
    """ "Date | Description | Debit | Credit | Balance", descriptions that end with a figure a space
    after their words ("... PAYMENT RECEIVED 3,250.00"), the row's own figure under its heading further
    right: the first is the description's, however near the money out heading it ends."""
    rows = running(M("2410.75"), FIGURED)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines: Lines = [*header(CELLS_HEAD), headings(columns), *table(columns, rows)]
    _as_drawn(read_one(drawn_lines([lines])), rows)


# ---- an amount's heading over the headings of its sides --------------------------------------------


@pytest.mark.parametrize("note", ["", "(Rs.)"])
@pytest.mark.parametrize("sides", [("Dr", "Cr"), ("Debit", "Credit"), ("Withdrawal", "Deposit")])
def test_an_amount_heading_centred_over_money_out_and_money_in_headings_titles_them(
    sides: tuple[str, str], note: str
) -> None:
    """ "Date | Particulars | Amount | Balance" over a second line "Dr | Cr" set under "Amount", each side
    centred in its own cell so that "Amount" touches neither, and the money's note in brackets under
    "Balance": the sides head the money columns, and the first row's money out is money out, though no
    balance before it says so. The note is the heading's, no word of a first row's."""
    rows = running(M("2410.75"), CELLS[:5])
    first: list[Cell] = [(40, "Date", False), (110, "Particulars", False), (393, "Amount", False)]
    second: list[Cell] = [(400, sides[0], True), (480, sides[1], True)]
    lines: Lines = [
        *header(CELLS_HEAD),
        bold([*first, (560, "Balance", True)]),
        bold([*second, (560, note, True)] if note else second),
    ]
    lines += [
        [
            (40, r.date.strftime("%d/%m/%Y"), False),
            (110, r.description, False),
            (400 if r.amount < 0 else 480, english(r.amount), True),
            (560, english(r.balance), True),
        ]
        for r in rows
    ]
    _as_drawn(read_one(drawn_lines([lines])), rows)


# ---- dates printed year first with two digits --------------------------------------------------------


@pytest.mark.parametrize("period", ["2025-04-01 - 2025-04-30", "25-04-01 - 25-04-30"])
@pytest.mark.parametrize("mark", ["-", ".", "/"])
def test_rows_dated_year_first_with_two_digits_are_of_the_year_printed_first(mark: str, period: str) -> None:
    """Each row dated "25-04-02" (year, month and day, as Swedish, Korean and Japanese statements may
    print them), the period printed whole or the same way: the first part stays the same from row to
    row while the last runs through the days, so the first is the year and the last the day, not 25
    April 2002."""
    rows = running(M("2410.75"), CELLS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime(f"%y{mark}%m{mark}%d")),
        Column("Description", 110, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [*CELLS_HEAD[:2], f"Period: {period}", *CELLS_HEAD[3:]]
    _as_drawn(read_one(drawn_lines([[*header(head), headings(columns), *table(columns, rows)]])), rows)


@pytest.mark.parametrize(
    "printed",
    [
        ["02-04-25", "04-04-25", "09-04-25", "15-04-25"],  # day first, one year
        ["04/02/25", "04/04/25", "04/09/25", "04/15/25"],  # month first, one year
        ["01-01-22", "01-02-22", "01-03-22", "01-04-22", "01-01-23", "01-01-24"],  # the 1st over years
        ["25-04-02", "25-04-09"],  # two days: too few to tell
    ],
)
def test_dates_that_do_not_run_through_the_days_in_their_last_part_are_not_year_first(
    printed: list[str],
) -> None:
    dates = [parse_partial(text) for text in printed]
    assert all(d is not None for d in dates)
    assert not printed_year_first([d for d in dates if d is not None])
