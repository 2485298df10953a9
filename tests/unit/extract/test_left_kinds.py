"""Misreads earlier work on issue 14 found and left, each drawn as a statement of its kind and read
through the text layer against what was drawn: "Dr | Cr" as bare money headings beside "(Dr)" as a
note after one; the Dutch minus "-/-" before or after a figure; rows without a year that turn the
year under one printed year after a number ("Nr. 1/2025"); a card bill dated "per", "as of" or "au"
the day its period ends; checks described by a mark ("^", "*") where their numbers break sequence."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from ingest.extract.amounts import parse_money
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    M,
    as_drawn,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    signed,
    statement,
    table,
)

# ---- "Dr | Cr": bare money headings ------------------------------------------------------------------

INDIAN_ROWS = [
    (D(2025, 8, 2), "NEFT CR ACME PAYROLL", "62500.00"),
    (D(2025, 8, 5), "UPI KIRANA STORE", "-1240.50"),
    (D(2025, 8, 11), "ATM WDL MG ROAD", "-5000.00"),
    (D(2025, 8, 19), "ACH D ELECTRICITY BOARD", "-2315.00"),
]


@pytest.mark.parametrize(("debit", "credit"), [("Dr", "Cr"), ("DR", "CR"), ("Dr.", "Cr.")])
def test_bare_dr_and_cr_head_the_money_out_and_in_columns(debit: str, credit: str) -> None:
    """India's, Nigeria's and building societies' "Date | Narration | Chq No | Dr | Cr | Balance": the
    bare abbreviations head the money out and in, as "(Dr)" after a heading only notes it."""
    rows = running(M("18420.75"), INDIAN_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Narration", 100, lambda r: r.description),
        Column(debit, 420, paid_out(english), right=True),
        Column(credit, 490, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    head = ["Deccan Cooperative Bank", "RAVI KUMAR", "Statement from 01/08/2025 to 31/08/2025"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def test_a_note_in_brackets_after_each_money_heading_still_heads_one_column() -> None:
    """ "Withdrawals (Dr)" and "Lodgements (Cr)", the note a word of its own: one column each, not two."""
    rows = running(M("740.10"), [(D(2025, 8, 1), "TRANSFER FROM SAVINGS", "9000.00"), *INDIAN_ROWS[1:]])
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Details", 100, lambda r: r.description),
        Column("Withdrawals (Dr)", 420, paid_out(english), right=True),
        Column("Lodgements (Cr)", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    head = ["Lagos Mutual Bank", "ADEBAYO OKAFOR", "Statement from 01/08/2025 to 31/08/2025"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- the Dutch minus "-/-" ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["-/- 12,50", "12,50 -/-", "-/-12,50", "12,50-/-"])
def test_the_dutch_slashed_minus_before_or_after_a_figure_is_money_out(text: str) -> None:
    assert parse_money(text) is not None
    assert parse_money(text).signed == Decimal("-12.50")  # type: ignore[union-attr]


DUTCH_ROWS = [
    (D(2025, 5, 2), "Salaris mei Werkgever BV", "2780.00"),
    (D(2025, 5, 6), "Albert Markt Utrecht", "-46.12"),
    (D(2025, 5, 21), "Zorgverzekering incasso", "-142.85"),
]


@pytest.mark.parametrize("after", [False, True])
def test_a_dutch_account_marking_money_out_with_the_slashed_minus(after: bool) -> None:
    """One "Bedrag" column, money out printed "-/- 46,12" (or "46,12 -/-"), a space between the mark
    and the figure, money in bare; the old and new balances around the rows."""

    def amount(value: Decimal) -> str:
        figure = continental(value)
        if value >= 0:
            return figure
        return f"{figure} -/-" if after else f"-/- {figure}"

    rows = running(M("1312.40"), DUTCH_ROWS)
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column("Bedrag", 540, lambda r: amount(r.amount), right=True),
    ]
    head = ["Coöperatieve Polderbank", "De heer S. de Vries", "Periode 01-05-2025 t/m 31-05-2025"]
    lines: list[list[Cell]] = [
        *header(head),
        [(110, "Beginsaldo", False), (540, amount(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(110, "Eindsaldo", False), (540, amount(rows[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


# ---- rows without a year that turn the year under one printed year ------------------------------------


@pytest.mark.parametrize(
    ("title", "days"),
    [
        # the year's first statement: more rows of the old year's December than of January
        ("Kontoauszug Nr. 1/2025", [D(2024, 12, 29), D(2024, 12, 30), D(2025, 1, 2)]),
        # the year's last: more rows of the new year's January than of December
        ("Kontoauszug Nr. 12/2024", [D(2024, 12, 30), D(2025, 1, 2), D(2025, 1, 3)]),
        # a month and its year: January's statement, December's last days in it
        ("Auszug 01/2025", [D(2024, 12, 30), D(2024, 12, 31), D(2025, 1, 3)]),
    ],
)
def test_the_number_before_the_one_printed_year_says_which_end_of_it_the_rows_turn(
    title: str, days: list[D]
) -> None:
    """Rows dated by day and month from December into January and one year on the page, after a
    statement's count or a month ("Nr. 1/2025", "Nr. 12/2024", "01/2025"): a number early in the year
    makes the printed year January's, a late one December's, whichever month holds more rows."""
    rows = running(
        M("950.00"),
        [
            (day, f"Buchung {n}", amount)
            for n, (day, amount) in enumerate(zip(days, ["-84.20", "2150.00", "-4.20"], strict=True))
        ],
    )
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(["Sparkasse am Fluss", "Erika Mustermann", title])
    as_drawn(read_one(drawn_lines([[*lines, headings(columns), *table(columns, rows)]])), rows)


# ---- a card bill dated "as of" the day it closes -------------------------------------------------------

CARD_ROWS = [
    (D(2025, 3, 28), "PAYMENT THANK YOU", M("450.00")),
    (D(2025, 4, 3), "GREENLEAF GROCERS", M("-62.15")),
    (D(2025, 4, 14), "CITYLINK RAIL", M("-18.40")),
    (D(2025, 4, 22), "BOOKSHOP ON THE SQUARE", M("-31.90")),
]


@pytest.mark.parametrize(
    ("title", "due", "money", "dated"),
    [
        ("Kartenabrechnung per 25.04.2025", "Zahlbar bis 15.05.2025", continental, "%d.%m.%Y"),
        ("Statement as of 25/04/2025", "Payment due date 15/05/2025", english, "%d/%m/%Y"),
        ("Relevé au 25/04/2025", "Prélevé le 15/05/2025", continental, "%d/%m/%Y"),
    ],
)
def test_a_card_bill_dated_as_of_a_day_ends_its_period_on_that_day(
    title: str, due: str, money: Callable[[Decimal], str], dated: str
) -> None:
    """A card bill titled with the day it closes ("Kartenabrechnung per 25.04.2025", "Statement as of",
    "Relevé au") and no period: the period ends that day, not on the day payment is due nor on the
    last row's; purchases printed bare, payments with a minus."""
    lines = header(["Harbour Card Services", "ALEX MORGAN", title, due])
    lines += [[(40, "**Date", False), (110, "Description", False), (560, "Amount", True)]]
    for day, text, amount in CARD_ROWS:
        shown = ("-" if amount > 0 else "") + money(amount)
        lines.append([(40, day.strftime(dated), False), (110, text, False), (560, shown, True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == CARD_ROWS
    assert read.period_end == D(2025, 4, 25)


# ---- checks whose numbers break the sequence, marked "*" or "^" ----------------------------------------

CHECKS = [
    (1043, D(2025, 3, 11), M("125.00")),
    (1045, D(2025, 3, 17), M("48.19")),
    (1048, D(2025, 3, 20), M("60.00")),
]


def _checks_paid(mark: str, headings: list[Cell], row: Callable[[int, D, Decimal], list[Cell]]) -> None:
    """A US checking statement's deposit, then its "Checks paid" under these headings, each check's
    cells drawn by `row`, and a note under the list saying what the mark means: read, each check is
    money out described by its number, the mark and the note no part of it."""
    opening = M("1288.04")
    closing = opening + M("900.00") - sum(a for *_, a in CHECKS)
    lines = header(
        [
            "First Granary Bank",
            "TOMAS R ESQUIVEL",
            "411 MAIN ST, SALINA KS 67401",
            "Account Number 20031877",
            "Statement Period 03/01/2025 through 03/31/2025",
        ]
    )
    lines += [
        [(40, "Beginning Balance", False), (300, english(opening), True)],
        [(40, "Ending Balance", False), (300, english(closing), True)],
        [],
        [(40, "**Deposits", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
        [(40, "03/04", False), (110, "DEPOSIT", False), (560, "900.00", True)],
        [],
        [(40, "**Checks Paid", False)],
        headings,
        *(row(number, day, amount) for number, day, amount in CHECKS),
        [(40, f"{mark} Indicates a break in check number sequence", False)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [
        (D(2025, 3, 4), "DEPOSIT", M("900.00")),
        *((day, str(number), -amount) for number, day, amount in CHECKS),
    ]
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


@pytest.mark.parametrize("mark", ["*", "^"])
def test_a_check_whose_description_is_a_mark_is_described_by_its_number(mark: str) -> None:
    """ "Check No. | Description | Date Paid | Amount", the description of every check a mark alone."""
    _checks_paid(
        mark,
        [
            (40, "**Check No.", False),
            (110, "Description", False),
            (330, "Date Paid", False),
            (560, "Amount", True),
        ],
        lambda number, day, amount: [
            (40, str(number), False),
            (110, mark, False),
            (330, day.strftime("%m/%d"), False),
            (560, english(amount), True),
        ],
    )


@pytest.mark.parametrize("mark", ["*", "^"])
def test_a_check_number_with_a_mark_joined_where_the_sequence_breaks_is_the_number(mark: str) -> None:
    """ "Check No. | Date Paid | Amount", a mark joined to each number after a gap ("1045*")."""
    _checks_paid(
        mark,
        [(40, "**Check No.", False), (110, "Date Paid", False), (560, "Amount", True)],
        lambda number, day, amount: [
            (40, f"{number}{mark}" if number != CHECKS[0][0] else str(number), False),
            (110, day.strftime("%m/%d"), False),
            (560, english(amount), True),
        ],
    )


# ---- an account marking every figure S or H is no card ----------------------------------------------

SOLL_HABEN = [
    (D(2025, 7, 2), "KAUF/DIENSTLEISTUNG KIOSK SEEBLICK THUN", "-90.26"),
    (D(2025, 7, 6), "GUTSCHRIFT BERGBAHNEN AG LOHN", "4915.70"),
    (D(2025, 7, 7), "KAUF/DIENSTLEISTUNG BERGBECK AG AARAU", "-10.87"),
    (D(2025, 7, 26), "GUTSCHRIFT GIRO AUS KONTO", "457.28"),
    (D(2025, 7, 31), "PREIS FUER KONTOFUEHRUNG", "-7.91"),
]


def test_an_account_marking_every_figure_s_or_h_under_a_balance_marked_h_is_no_card() -> None:
    """Every figure marked S (Soll) or H (Haben), its credits salaries and repayments: a card marking
    every figure prints its charges as its column's rule, but the old balance printed H above the table
    is the holder's money, which no card bill prints: an account, its signs as marked."""
    rows = running(M("495.15"), SOLL_HABEN)

    def marked(value: Decimal) -> str:
        return f"{abs(value):.2f} {'S' if value < 0 else 'H'}"

    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Text", 100, lambda r: r.description),
        Column("Betrag CHF", 500, lambda r: marked(r.amount), right=True),
    ]
    head = [
        "Fernhill Bank AG",
        "Seraina Frei",
        "Zeitraum 01.07.2025 bis 31.07.2025",
        f"Saldo alt {marked(balance_before(rows))}",
        f"Schlusssaldo {marked(rows[-1].balance)}",
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.account_type is None
