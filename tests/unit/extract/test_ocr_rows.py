"""Tables as OCR reads them off low-resolution scans: lost headings, split and garbled figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from ingest.codes import ExtractionMethod
from ingest.extract.balance import reads_as
from ingest.extract.context import DEFAULT
from ingest.extract.dates import PartialDate, parse_partial
from ingest.extract.layout import cluster_lines
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.extract.table import Role, complete_header, find_header
from ingest.extract.words import PageWords, Word
from tests.unit.extract.builder import HEIGHT, page, right, words_of

D = dt.date
M = Decimal

HEADER_BLOCK = [
    (30.0, [(40, "Maple Leaf Bank")]),
    (60.0, [(40, "JEAN TREMBLAY"), (330, "Account number: 15836-3311884")]),
    (72.0, [(40, "2210 CHEMIN SAINTE-FOY"), (330, "Statement period: Nov 1, 2024 to Nov 30, 2024")]),
    (84.0, [(40, "MONTREAL QC H2X 3K8")]),
]
DEBIT_CREDIT_HEADER = (
    170.0,
    [(40, "Date"), (100, "Description"), (330, "Withdrawals"), (420, "Deposits"), (510, "Balance")],
)
AMOUNT_HEADER = (170.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")])
OPENING = (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")])


def _amounts(rows: list[tuple[float, list[tuple[float, str]]]], ocr: bool = True) -> list[Decimal | None]:
    [statement] = read_statements([page(rows, confidence=90.0 if ocr else None)])
    return [t.amount for t in statement.transactions]


# ---- dates ------------------------------------------------------------------------------------


def test_a_day_ocr_read_as_letters_is_a_day_before_a_month_name() -> None:
    assert parse_partial("Ol Jun 25") == PartialDate(a=1, b=6, year=25, numeric=False)
    assert parse_partial("lO nov.") == PartialDate(a=10, b=11, year=None, numeric=False)
    assert parse_partial("Il déc.") == PartialDate(a=11, b=12, year=None, numeric=False)
    assert parse_partial("OS Jun 25") == PartialDate(a=5, b=6, year=25, numeric=False)
    assert parse_partial("oil") is None  # no month name: a word, not a date
    assert parse_partial("ol Junk") is None
    assert parse_partial("is June 30") is None  # a word before a date


def test_a_speck_before_a_date_is_not_part_of_it() -> None:
    assert parse_partial("| Jan 10") == PartialDate(a=10, b=1, year=None, numeric=False)
    assert parse_partial("Jan11-") == PartialDate(a=11, b=1, year=None, numeric=False)


def test_a_dated_row_whose_date_ocr_read_as_letters_keeps_its_date() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Ol Nov"), (100, "RENT SHARE REF")]),
        (209.0, [(100, "113672"), right(370, "40.00"), right(550, "60.00")]),
        (221.0, [(40, "03 Nov"), (100, "PAYROLL")]),
        (233.0, [(100, "ACME LTD"), right(460, "20.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.date, t.amount, t.description) for t in statement.transactions] == [
        (D(2024, 11, 1), M("-40.00"), "RENT SHARE REF 113672"),
        (D(2024, 11, 3), M("20.00"), "PAYROLL ACME LTD"),
    ]


def _two_dated_page(noise: Word) -> PageWords:
    """A card's table headed "Transaction date | Posting date", stacked, beside a box of other print,
    over rows printing both dates; `noise` is read among the headings."""
    header = [
        Word("TRANSACTION", 49.0, 92.0, 164.0, 169.0, 94.0),
        Word("POSTING", 97.0, 123.0, 164.0, 169.0, 94.0),
        Word("DATE", 49.0, 65.0, 172.0, 178.0, 47.0),
        noise,
        Word("ACTIVITY", 132.0, 168.0, 172.0, 178.0, 80.0),
        Word("DESCRIPTION", 171.0, 210.0, 172.0, 176.0, 97.0),
        Word("AMOUNT(S)", 309.0, 345.0, 169.0, 179.0, 91.0),
        Word("Shop", 368.0, 384.0, 166.0, 180.0, 96.0),
        Word("0nline", 386.0, 426.0, 169.0, 181.0, 43.0),
        Word("today.com", 428.0, 491.0, 165.0, 181.0, 88.0),
    ]
    words = [
        *words_of(30.0, [(40, "Maple Leaf Bank")], 90.0),
        *words_of(72.0, [(330, "Statement period: Nov 1, 2024 to Nov 30, 2024")], 90.0),
        *header,
        *words_of(184.0, [(47, "NOV 03"), (95, "NOV 04"), (140, "BOOKSHOP"), right(345, "25.00")], 90.0),
        *words_of(198.0, [(47, "NOV 06"), (95, "NOV 08"), (140, "GROCERY STORE"), right(345, "50.00")], 90.0),
    ]
    return PageWords(number=1, width=612.0, height=792.0, words=tuple(words), method=ExtractionMethod.OCR)


@pytest.mark.parametrize(
    ("text", "x0", "x1"),
    [("_—sSiDATE__", 69.0, 129.0), ("—_iDATE_", 72.0, 126.0), ("_—=DATEz__", 67.0, 124.0)],
)
def test_ink_ocr_read_with_next_to_no_confidence_in_a_header_does_not_join_two_date_columns(
    text: str, x0: float, x1: float
) -> None:
    # A box's rule read with the second "DATE" as one word spanning both date columns' headings.
    noise = Word(text, x0, x1, 172.0, 178.0, confidence=5.0)
    [statement] = read_statements([_two_dated_page(noise)])
    assert [(t.date, t.value_date, t.description) for t in statement.transactions] == [
        (D(2024, 11, 3), D(2024, 11, 4), "BOOKSHOP"),
        (D(2024, 11, 6), D(2024, 11, 8), "GROCERY STORE"),
    ]


def test_two_heading_words_ocr_ran_together_over_a_box_s_ink_are_two_headings() -> None:
    """TD at 200 dpi: "ACTIVITY DESCRIPTION" read "—ACTIVITYDESCRIPTION," at confidence 5 was taken for the
    box's ink, the header read with the previous balance's line under it, "BALANCE" a column of it, and
    the statement lost its opening balance."""
    header = [
        Word("DATE", 40.0, 60.0, 170.0, 178.0, 45.0),
        Word("—ACTIVITYDESCRIPTION,", 100.0, 190.0, 170.0, 178.0, 5.0),
        Word("AMOUNT", 420.0, 450.0, 170.0, 178.0, 90.0),
    ]
    rows = [
        (181.0, [(100, "PREVIOUS STATEMENT BALANCE"), right(465, "$100.00")]),
        (197.0, [(40, "Nov 02"), (100, "GROCER"), right(465, "$20.00")]),
        (209.0, [(40, "Nov 03"), (100, "HARDWARE"), right(465, "$30.00")]),
        (221.0, [(100, "NEW BALANCE"), right(465, "$150.00")]),
    ]
    words = [*page([*HEADER_BLOCK, *rows], confidence=90.0).words, *header]
    [statement] = read_statements([PageWords(1, 612.0, 792.0, tuple(words), ExtractionMethod.OCR)])
    assert [(t.description, abs(t.amount or 0)) for t in statement.transactions] == [
        ("GROCER", M("20.00")),
        ("HARDWARE", M("30.00")),
    ]
    assert abs(statement.opening_balance or 0) == M("100.00")


# ---- table extent -----------------------------------------------------------------------------


def test_a_line_ocr_garbled_in_the_date_column_does_not_end_a_table_of_wrapped_rows() -> None:
    # The rows' amounts sit on their last line and dates only on a day's first row: the lines after
    # the garbled one show rows going on though none of them has a date and a figure together.
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "#$ Nov"), (100, "RENT SHARE REF")]),
        (209.0, [(100, "113672"), right(370, "40.00"), right(550, "60.00")]),
        (221.0, [(100, "CR ACME LTD")]),
        (233.0, [(100, "PAYROLL"), right(460, "20.00"), right(550, "80.00")]),
        (245.0, [(40, "05 Nov"), (100, "COFFEE")]),
        (257.0, [(100, "SHOP"), right(370, "5.00"), right(550, "75.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.amount for t in statement.transactions] == [M("-40.00"), M("20.00"), M("-5.00")]
    assert statement.transactions[2].date == D(2024, 11, 5)


@pytest.mark.parametrize("unread", [2, 3, 4])
def test_rows_set_a_blank_line_apart_stay_one_table_where_ocr_left_a_row_s_second_line_unread(
    unread: int,
) -> None:
    # A card statement leaves a blank line between rows, so its gaps are near the table's end gap
    # already; with a row's second line unread, the gap from that row to the next is wider still,
    # yet not twice the widest gap the rows above keep.
    pitch = 4.0 * HEIGHT  # from a row's last line to the next row, a blank line between
    rows: list[tuple[float, list[tuple[float, str]]]] = [*HEADER_BLOCK, AMOUNT_HEADER]
    top = AMOUNT_HEADER[0] + pitch
    for day in range(1, 6):
        rows.append((top, [(40, f"Nov {day:02d}"), (100, f"RIDE {day} HELP"), right(460, f"{day}.25")]))
        top += 1.5 * HEIGHT
        if day != unread:
            rows.append((top, [(100, "help.ride.co")]))
        top += pitch
    amounts = _amounts(rows)
    assert amounts == [M(f"{day}.25") for day in range(1, 6)]


def test_a_wide_gap_under_a_table_s_last_row_still_ends_it() -> None:
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "PAYROLL"), right(460, "500.00")]),
        (197.0, [(40, "Nov 02"), (100, "GROCERY"), right(460, "-20.00")]),
        # Six line heights under the last row: not a row of the table, though dated with a figure.
        (253.0, [(40, "Nov 30"), (100, "Minimum payment due"), right(460, "10.00")]),
    ]
    assert [abs(a or 0) for a in _amounts(rows)] == [M("500.00"), M("20.00")]


def test_a_line_printed_wholly_right_of_the_rows_does_not_end_the_table() -> None:
    # A card's rows beside a panel of offers: one line of the panel stands alone between two rows, and
    # the row under it lost its date to OCR, so no dated row with a figure follows soon after.
    rows = [
        *HEADER_BLOCK,
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount")]),
        (185.0, [(40, "Nov 01"), (100, "BOOKSHOP"), right(460, "25.00"), (500, "Shop online")]),
        (197.0, [(40, "Nov 02"), (100, "GROCERY"), right(460, "50.00")]),
        (209.0, [(500, "Visit rewards")]),
        (221.0, [(40, "N0vY"), (100, "CAFE"), right(460, "5.00"), (500, "and save")]),
        (233.0, [(100, "FOREIGN CURRENCY 4.00 USD")]),
        (245.0, [(100, "EXCHANGE RATE 1.25")]),
        (257.0, [(40, "Nov 05"), (100, "BOOKS"), right(460, "12.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.date, abs(t.amount or 0)) for t in statement.transactions] == [
        (D(2024, 11, 1), M("25.00")),
        (D(2024, 11, 2), M("50.00")),
        (D(2024, 11, 2), M("5.00")),
        (D(2024, 11, 5), M("12.00")),
    ]


def test_print_right_of_a_tables_last_money_column_is_no_part_of_its_rows_on_ocr_pages() -> None:
    # TD at 200 dpi: OCR read the panel of offers beside a card's rows into their lines, and the summary
    # line under the rows read "NET AMOUNT OF MONTHLY merchandise! ACTIVITY", a transaction.
    rows = [
        *HEADER_BLOCK,
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount")]),
        (185.0, [(40, "Nov 01"), (100, "BOOKSHOP"), right(460, "25.00"), (500, "Shop online for")]),
        (197.0, [(40, "Nov 02"), (100, "GROCERY"), right(460, "50.00"), (500, "exclusive")]),
        (
            209.0,
            [(100, "NET AMOUNT OF MONTHLY"), right(460, "$75.00"), (500, "merchandise!"), (300, "ACTIVITY")],
        ),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.description, abs(t.amount or 0)) for t in statement.transactions] == [
        ("BOOKSHOP", M("25.00")),
        ("GROCERY", M("50.00")),
    ]
    # A garbled figure a photo's drifting columns carried past the edge (Postbank's "+1.830.00°") stays.
    rows.insert(-1, (203.0, [(40, "Nov 03"), (100, "CHEQUE"), (480, "+1.830.00°")]))
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.amount_text for t in statement.transactions if t.description == "CHEQUE"] == ["+1.830.00°"]


def test_print_right_of_a_tables_last_money_column_is_no_part_of_its_rows_continued_on_an_ocr_page() -> None:
    # TD 2014 photographed, its last page of rows (no headings read) beside a panel of offers: the
    # summary line under the rows read "NET AMOUNT OF MONTHLY merchandise!", a transaction of the last
    # day, and every row took the panel's words.
    first = [
        *HEADER_BLOCK,
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount")]),
        (185.0, [(40, "Nov 01"), (100, "BOOKSHOP"), right(460, "25.00")]),
        (197.0, [(40, "Nov 02"), (100, "GROCERY"), right(460, "50.00")]),
    ]
    continued = [
        (60.0, [(40, "Nov 03"), (100, "CAFE"), right(460, "5.00"), (500, "Shop online for")]),
        (72.0, [(40, "Nov 04"), (100, "INTEREST"), right(460, "0.15"), (500, "exclusive")]),
        (84.0, [(100, "NET AMOUNT OF MONTHLY"), right(460, "$80.15"), (500, "merchandise!")]),
        (96.0, [(100, "ACTIVITY")]),
    ]
    [statement] = read_statements([page(first, confidence=90.0), page(continued, 2, confidence=90.0)])
    assert [(t.description, abs(t.amount or 0)) for t in statement.transactions] == [
        ("BOOKSHOP", M("25.00")),
        ("GROCERY", M("50.00")),
        ("CAFE", M("5.00")),
        ("INTEREST", M("0.15")),
    ]


# ---- a balance heading OCR lost ---------------------------------------------------------------

LOST_BALANCE_HEADING = (170.0, [(40, "Date"), (100, "Description"), (330, "Withdrawals"), (420, "Deposits")])
Movement = tuple[float, str, str, str, str]  # (top, date, description, signed amount, balance after it)
MOVEMENTS: list[Movement] = [
    (197.0, "Nov 02", "PAYROLL", "500.00", "600.00"),
    (209.0, "Nov 03", "GROCERY STORE", "-50.00", "550.00"),
    (221.0, "Nov 04", "BOOKSHOP", "-25.00", "525.00"),
    (233.0, "Nov 05", "REFUND", "5.00", "530.00"),
]


def _drawn(movement: Movement) -> tuple[float, list[tuple[float, str]]]:
    """A row under `LOST_BALANCE_HEADING`: money out under "Withdrawals", money in under "Deposits", each
    figure unsigned, and the balance right of them."""
    top, day, text, amount, balance = movement
    under = 370 if amount.startswith("-") else 460
    return (top, [(40, day), (100, text), right(under, amount.removeprefix("-")), right(550, balance)])


def _as_read(movements: list[Movement]) -> list[tuple[str, Decimal, Decimal]]:
    """The movements as the transactions read should give them: (description, amount, balance)."""
    return [(text, M(amount), M(balance)) for _, _, text, amount, balance in movements]


ROWS_WITH_BALANCES = [OPENING, *[_drawn(movement) for movement in MOVEMENTS]]


def test_balances_right_of_every_heading_are_a_balance_column_the_header_lost() -> None:
    rows = [*HEADER_BLOCK, LOST_BALANCE_HEADING, *ROWS_WITH_BALANCES]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.amount, t.balance) for t in statement.transactions] == [
        (amount, balance) for _, amount, balance in _as_read(MOVEMENTS)
    ]
    assert statement.opening_balance == M("100.00")
    assert all(t.confidence > 0.9 for t in statement.transactions)  # every row reconciles


def test_a_text_layer_header_takes_figures_right_of_it_as_balances_only_where_they_chain() -> None:
    # A text layer does not lose headings, but may print one no lexicon holds ("Sold", "Zůstatek"):
    # figures right of them all are the balance where they run by the rows' amounts, else no amount.
    lines = cluster_lines(page([LOST_BALANCE_HEADING, *ROWS_WITH_BALANCES]).words, 1)
    header = find_header(DEFAULT, lines[0])
    assert header is not None
    assert [c.role for c in complete_header(DEFAULT, header, lines[1:]).columns][-1] is Role.BALANCE
    paid_abroad = ["412.50", "41.25", "20.60", "4.12"]  # each row's amount in the currency it was paid in
    unchained = [
        (top, [*items[:-1], right(550, figure)])
        for (top, items), figure in zip(ROWS_WITH_BALANCES[1:], paid_abroad, strict=True)
    ]
    lines = cluster_lines(page([LOST_BALANCE_HEADING, OPENING, *unchained]).words, 1)
    assert [c.role for c in complete_header(DEFAULT, header, lines[1:]).columns][-1] is Role.OTHER


def test_a_few_stray_figures_right_of_the_table_are_not_a_column() -> None:
    rows = [LOST_BALANCE_HEADING, *ROWS_WITH_BALANCES[:2]]
    lines = cluster_lines(page(rows, confidence=90.0).words, 1)
    header = find_header(DEFAULT, lines[0])
    assert header is not None
    assert complete_header(DEFAULT, header, lines[1:]) is header
    completed = complete_header(
        DEFAULT, header, cluster_lines(page(ROWS_WITH_BALANCES, confidence=90.0).words, 1)
    )
    assert [c.role for c in completed.columns][-1] is Role.BALANCE


# ---- figures OCR split or garbled -------------------------------------------------------------


def test_a_figure_ocr_cut_at_its_decimal_point_is_one_figure() -> None:
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "SHOP"), (429, "78 .59-"), right(550, "21.41")]),
    ]
    assert _amounts(rows) == [M("-78.59")]


def test_a_garbled_amount_is_read_as_the_balance_proves_when_the_print_shows_it() -> None:
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "CHECK #10466"), (425, "14 57="), right(550, "85.43")]),
        (209.0, [(40, "Nov 03"), (100, "FUEL"), right(465, "9$1...31-"), right(550, "-5.88")]),
        (221.0, [(40, "Nov 04"), (100, "REFUND"), right(465, "$12.71"), right(550, "506.83")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.amount, t.description) for t in statement.transactions] == [
        (M("-14.57"), "CHECK #10466"),
        (M("-91.31"), "FUEL"),
        (M("512.71"), "REFUND"),
    ]
    assert all(t.confidence < 0.6 for t in statement.transactions)


def test_a_garbled_amount_the_print_does_not_show_stays_unread_but_is_reported() -> None:
    # 118.05 would balance, but "4248:.05-" does not show it: no figure is made up.
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "FUEL"), right(465, "4248:.05-"), right(550, "-18.05")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(465, "2.00-"), right(550, "-20.05")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    fuel, shop = statement.transactions
    assert (fuel.description, fuel.amount) == ("FUEL", None)
    assert fuel.confidence < 0.5
    assert shop.amount == M("-2.00")


def test_a_garbled_running_balance_is_not_part_of_the_description() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "PAYROLL"), right(460, "3,081.82"), (520, "57525: 92")]),
        (209.0, [(40, "Nov 03"), (100, "PHARMACY"), right(370, "10.00"), (520, "Si,37 5% 24")]),
        (221.0, [(40, "Nov 04"), (100, "TRANSFER"), right(370, "20.00"), (520, "§.151,82 CR")]),
        (233.0, [(40, "Nov 05"), (100, "SHOP"), right(370, "1.82"), right(550, "3,150.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("PAYROLL", M("3081.82")),
        ("PHARMACY", M("-10.00")),
        ("TRANSFER", M("-20.00")),
        ("SHOP", M("-1.82")),
    ]


def test_a_minus_ocr_read_as_a_tilde_is_a_minus() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "ATM"), right(370, "120.00"), right(550, "~20.00")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "5.00"), right(550, "-25.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.balance for t in statement.transactions] == [M("-20.00"), M("-25.00")]
    assert all(t.confidence > 0.9 for t in statement.transactions)  # every row reconciles


def test_a_figure_in_brackets_whose_opening_one_ocr_lost_is_in_brackets() -> None:
    """The monopoly example photographed at 170 dpi: a card's credit "(1.38)" read "1.38)" was no figure,
    and the row was left without its amount."""

    def amounts(credit: str) -> list[Decimal | None]:
        rows = [
            *HEADER_BLOCK,
            (170.0, [(40, "Date"), (100, "Description"), (420, "Amount")]),
            (185.0, [(40, "Nov 01"), (100, "BOOKSHOP"), right(465, "25.00")]),
            (197.0, [(40, "Nov 02"), (100, "CASH REBATE"), right(465, credit)]),
            (209.0, [(100, "TOTAL"), right(465, "23.62")]),
        ]
        [statement] = read_statements([page(rows, confidence=90.0)])
        return [t.amount for t in statement.transactions]

    assert amounts("1.38)") == amounts("(1.38)")
    assert None not in amounts("(1.38)")


def test_what_a_garbled_figure_shows() -> None:
    assert reads_as("114 57=", M("-114.57"))
    assert reads_as("$12.71", M("512.71"))
    assert reads_as("9$1...31-", M("-91.31"))
    assert reads_as("6. 33>", M("8.33"))  # one confusable digit
    assert reads_as("127:..7T=", M("-127.77"))
    assert reads_as("7.4)", M("7.41"))  # a blurred 1 read as a bracket
    assert reads_as("5 3]", M("5.31"))  # HSBC at 200 dpi: as a square bracket, its point lost
    assert reads_as("(7.41)", M("7.41"))  # a bracketed figure is still its digits
    assert reads_as("TAI", M("7.41"))  # HSBC at 300 dpi: every digit read as a letter, 4 as A
    assert reads_as("SIL8S", M("11.85"))  # TD photographed at 170 dpi: a bold "$11.85", its 1 read as L
    assert not reads_as("SIL8S", M("12.85"))
    assert reads_as("4.600", M("4.60"))  # HSBC photographed at 170 dpi: a speck after 4.60 read as a 0
    assert not reads_as("4.600", M("4.61"))
    assert not reads_as("46.00", M("4.60"))  # a point read where it is printed: another figure
    assert not reads_as("4248:.05-", M("-118.05"))
    assert not reads_as("SIS", M("55.53"))
    assert not reads_as("6. 33>", M("4.33"))  # 6 is not read for 4
    assert not reads_as("$$$$1", M("55551.00"))  # more look-alikes than digits: noise


def test_a_word_ocr_read_with_a_space_before_it_is_read_trimmed() -> None:
    words = (
        Word("Account", 40, 70, 60, 68, 90.0),
        Word("number:", 73, 108, 60, 68, 90.0),
        Word(" 31552-57145430352", 135, 218, 60, 68, 26.0),
    )
    [line] = cluster_lines(words, 1)
    assert [w.text for w in line.words] == ["Account", "number:", "31552-57145430352"]
    pw = PageWords(number=1, width=612, height=792, words=words, method=ExtractionMethod.OCR)
    [statement] = read_statements([pw])
    assert statement.account_number == "31552-57145430352"


def test_a_row_whose_amount_ocr_read_as_doubtful_letters_is_reported_without_an_amount() -> None:
    # "SIS" where 55.53 is printed: the row is not a balance line, its amount stays unread.
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "COPPER KETTLE"), right(550, "44.47")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "4.47"), right(550, "40.00")]),
    ]
    words = [*page(rows, confidence=92.0).words, *words_of(197.0, [right(370, "SIS")], confidence=55.0)]
    pw = PageWords(number=1, width=612, height=792, words=tuple(words), method=ExtractionMethod.OCR)
    [statement] = read_statements([pw])
    kettle, shop = statement.transactions
    assert (kettle.description, kettle.amount, kettle.balance) == ("COPPER KETTLE", None, M("44.47"))
    assert shop.amount == M("-4.47")
    # Read with confidence, every mark a digit's look-alike, it is still no sure figure: the row is kept
    # without its amount and reported, never guessed.
    sure = [*page(rows, confidence=92.0).words, *words_of(197.0, [right(370, "SIS")], confidence=92.0)]
    pw = PageWords(number=1, width=612, height=792, words=tuple(sure), method=ExtractionMethod.OCR)
    [statement] = read_statements([pw])
    kettle, _ = statement.transactions
    assert (kettle.description, kettle.amount, kettle.balance) == ("COPPER KETTLE", None, M("44.47"))
    assert kettle.confidence < 0.5
    # A word read with confidence that holds a letter no digit looks like is text, not a figure: the line
    # shows only a balance.
    text = [*page(rows, confidence=92.0).words, *words_of(197.0, [right(370, "SKY")], confidence=92.0)]
    pw = PageWords(number=1, width=612, height=792, words=tuple(text), method=ExtractionMethod.OCR)
    [statement] = read_statements([pw])
    assert [t.description for t in statement.transactions] == ["SHOP"]


def test_a_figure_ocr_cut_at_its_thousands_separator_is_one_figure() -> None:
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "5,317.25")]),
        (197.0, [(40, "Nov 02"), (100, "TRANSFER"), right(465, "254.76"), (516, "5;"), right(550, "572.01")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    [txn] = statement.transactions
    assert (txn.amount, txn.balance) == (M("254.76"), M("5572.01"))


def test_a_figure_whose_separators_ocr_read_as_spaces_is_one_figure() -> None:
    """First Bank photographed at 170 dpi: 438,664.68 was read "438" "664" "68", on a row and on the
    closing line under it, and the statement closed at 438."""
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "5,317.25")]),
        (197.0, [(40, "Nov 02"), (100, "TRANSFER"), right(465, "254.76"), right(550, "5 572 01")]),
        (209.0, [(100, "Closing balance"), right(550, "5 572 01")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    [txn] = statement.transactions
    assert (txn.amount, txn.balance) == (M("254.76"), M("5572.01"))
    assert statement.closing_balance == M("5572.01")


@pytest.mark.parametrize("read", ["5,572 01", "5.572 01"])
def test_a_figure_whose_decimal_point_alone_ocr_read_as_a_space_is_one_figure(read: str) -> None:
    """First Bank at 200 dpi: 438,664.68 read "438,664" "68" (or "438.664" "68") on the last row and the
    closing line under it, and the statement closed at 438.664."""
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "5,317.25")]),
        (197.0, [(40, "Nov 02"), (100, "TRANSFER"), right(465, "254.76"), right(550, read)]),
        (209.0, [(100, "Closing balance"), right(550, read)]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    [txn] = statement.transactions
    assert (txn.amount, txn.balance) == (M("254.76"), M("5572.01"))
    assert statement.closing_balance == M("5572.01")


def test_a_year_ocr_slipped_between_rows_of_one_year_is_theirs() -> None:
    """First Bank photographed at 170 dpi: "08-May-2028" between rows of 7 and 8 May 2026, a blurred 6
    read as 8."""

    def dated(date: str, top: float) -> tuple[float, list[tuple[float, str]]]:
        return (top, [(40, date), (100, "TRANSFER"), right(465, "-10.00"), right(550, "")])

    rows = [
        (30.0, [(40, "Maple Leaf Bank")]),
        (60.0, [(40, "JEAN TREMBLAY"), (330, "Account number: 15836-3311884")]),
        (72.0, [(40, "2210 CHEMIN SAINTE-FOY"), (330, "Statement period: May 1, 2026 to May 31, 2026")]),
        (84.0, [(40, "MONTREAL QC H2X 3K8")]),
        AMOUNT_HEADER,
    ]
    rows += [dated(d, 185.0 + 12 * n) for n, d in enumerate(["07-May-2026", "08-May-2028", "08-May-2026"])]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.date for t in statement.transactions] == [D(2026, 5, 7), D(2026, 5, 8), D(2026, 5, 8)]
    # The date moved is a repair: the row says it is less sure than the rows read as printed.
    first, moved, last = (t.confidence for t in statement.transactions)
    assert moved < first == last
    # A year that with its neighbours' would not stand between them is no slip of theirs.
    rows[-2] = dated("20-May-2028", rows[-2][0])
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert statement.transactions[1].date == D(2028, 5, 20)


def test_a_day_ocr_slipped_out_of_the_tables_order_is_the_one_day_that_puts_it_back() -> None:
    """HSBC at 200 dpi: "08 Jan 20" read "05 Jan 20" after rows of 7 January, on a statement's last day,
    and its day's rows were dated the 5th."""

    def row(top: float, date: str, amount: str, balance: str = "") -> tuple[float, list[tuple[float, str]]]:
        return (top, [(40, date), (100, "TRANSFER"), right(370, amount), right(550, balance)])

    def read(days: list[str]) -> RawStatement:
        balance = M("100.00")
        rows = [*HEADER_BLOCK, DEBIT_CREDIT_HEADER, OPENING]
        for n, day in enumerate(days):
            balance -= 10
            rows.append(row(197.0 + 12 * n, f"{day} Nov" if day else "", "10.00", f"{balance:.2f}"))
        [statement] = read_statements([page(rows, confidence=90.0)])
        return statement

    def dates(days: list[str]) -> list[dt.date | None]:
        return [t.date for t in read(days).transactions]

    # The rows moved say so in their confidence; the rows read as printed do not.
    confidences = [t.confidence for t in read(["03", "07", "05", ""]).transactions]
    assert confidences[2] == confidences[3] < confidences[0] == confidences[1]
    assert dates(["03", "07", "05", ""]) == [D(2024, 11, 3), D(2024, 11, 7), D(2024, 11, 8), D(2024, 11, 8)]
    # Slipped the other way: "28" for 23 between the 22nd and the 24th.
    assert dates(["22", "28", "24"]) == [D(2024, 11, 22), D(2024, 11, 23), D(2024, 11, 24)]
    # Dates that break their order twice keep an order of their own; a day in order shows no slip.
    assert dates(["07", "03", "09", "05"]) == [D(2024, 11, d) for d in (7, 3, 9, 5)]
    assert dates(["03", "05", "07"]) == [D(2024, 11, d) for d in (3, 5, 7)]


def test_garbled_running_balances_are_read_as_the_rows_prove_when_the_print_shows_them() -> None:
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "9,305.71")]),
        # Amount read, balance garbled: the balance before plus the amount.
        (197.0, [(40, "Nov 02"), (100, "INSURANCE"), right(465, "129.03-"), (516, "9,176 -68")]),
        # Both garbled: the next row's balance less its amount, and what is left is the amount.
        (209.0, [(40, "Nov 03"), (100, "CHECK"), (425, "395 88="), (516, "8S,780.8O")]),
        (221.0, [(40, "Nov 04"), (100, "FUEL"), right(465, "10.80-"), right(550, "8,770.00")]),
        # A balance the print does not show stays unread.
        (233.0, [(40, "Nov 05"), (100, "SHOP"), right(465, "20.00-"), (516, "ac 8 Be 25")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.amount, t.balance) for t in statement.transactions] == [
        (M("-129.03"), M("9176.68")),
        (M("-395.88"), M("8780.80")),
        (M("-10.80"), M("8770.00")),
        (M("-20.00"), None),
    ]


def test_two_garbled_amounts_between_two_balances_are_read_when_one_choice_fits() -> None:
    # Neither the first row's balance nor the second's is readable; the third row's balance closes
    # the three rows, and only -49.34 (from "49'. 34-") and -395.88 (from "B95. 88-", B for 3) fit.
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "9,355.05")]),
        (197.0, [(40, "Nov 02"), (100, "PHARMACY"), (430, "49'. 34-"), (516, "9,305. ype")]),
        (209.0, [(40, "Nov 03"), (100, "INSURANCE"), right(465, "129.03-"), (516, "ac 8 Be 25")]),
        (221.0, [(40, "Nov 04"), (100, "TRANSFER"), (430, "B95. 88-"), right(550, "8,780.80")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.amount for t in statement.transactions] == [M("-49.34"), M("-129.03"), M("-395.88")]
    # Where the print shows no choice that fits, nothing is made up.
    unfit = [
        *rows[:-1],
        (221.0, [(40, "Nov 04"), (100, "TRANSFER"), (430, "B96. 88-"), right(550, "8,780.80")]),
    ]
    [statement] = read_statements([page(unfit, confidence=90.0)])
    assert [t.amount for t in statement.transactions] == [None, M("-129.03"), None]


def test_a_whole_number_read_as_a_balance_that_nothing_proves_does_not_close_a_group() -> None:
    # "9,176" is no balance; left standing, 9.176 would split the rows into groups that cannot add up.
    rows = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), (430, "1 45-"), (516, "9,176")]),
        (209.0, [(40, "Nov 03"), (100, "FUEL"), right(465, "20.00-"), right(550, "78.55")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [(t.amount, t.balance) for t in statement.transactions] == [
        (M("-1.45"), None),
        (M("-20.00"), M("78.55")),
    ]


def test_a_speck_in_a_money_column_does_not_make_a_continuation_line_a_row() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "VIS THE COPPER KETTLE"), right(370, "39.90"), right(550, "60.10")]),
        (209.0, [(100, "HARROGATE")]),
        (221.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "0.10"), right(550, "60.00")]),
    ]
    words = [*page(rows, confidence=92.0).words, *words_of(209.0, [(360, "i")], confidence=40.0)]
    pw = PageWords(number=1, width=612, height=792, words=tuple(words), method=ExtractionMethod.OCR)
    [statement] = read_statements([pw])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("VIS THE COPPER KETTLE HARROGATE", M("-39.90")),
        ("SHOP", M("-0.10")),
    ]


# ---- pages and accounts -----------------------------------------------------------------------


def test_a_first_page_whose_header_ocr_lost_is_read_with_the_header_of_the_next_page() -> None:
    first = [
        *HEADER_BLOCK,
        (170.0, [(100, "Description"), (330, "Withdrawals")]),  # "Date", "Deposits", "Balance" lost
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "PAYROLL"), right(460, "500.00"), right(550, "600.00")]),
        (209.0, [(40, "Nov 03"), (100, "GROCERY STORE"), right(370, "50.00"), right(550, "550.00")]),
    ]
    second = [
        (60.0, [(330, "Account number: 15836-3311884")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 20"), (100, "BOOKSHOP"), right(370, "25.00"), right(550, "525.00")]),
    ]
    [statement] = read_statements([page(first, 1, confidence=90.0), page(second, 2, confidence=90.0)])
    assert [(t.description, t.amount, t.balance) for t in statement.transactions] == [
        ("PAYROLL", M("500.00"), M("600.00")),
        ("GROCERY STORE", M("-50.00"), M("550.00")),
        ("BOOKSHOP", M("-25.00"), M("525.00")),
    ]


def test_a_first_page_read_with_a_later_header_that_lost_its_balance_heading_keeps_its_own_amounts() -> None:
    # Neither page's header reads whole: the second page's lost "Balance", which its rows' figures right
    # of every heading give back; the first page's, read under it, shows that column by its own rows,
    # not the nearest named one ("Deposits"), which took each balance for money in.
    pharmacy: Movement = (245.0, "Nov 06", "PHARMACY", "-10.00", "520.00")
    first = [
        *HEADER_BLOCK,
        (170.0, [(100, "Description"), (330, "Withdrawals")]),  # "Date", "Deposits", "Balance" lost
        *ROWS_WITH_BALANCES[:3],
    ]
    second = [
        (60.0, [(330, "Account number: 15836-3311884")]),
        (170.0, [*LOST_BALANCE_HEADING[1]]),
        (185.0, [(100, "Balance brought forward"), right(550, "550.00")]),
        *ROWS_WITH_BALANCES[3:],
        _drawn(pharmacy),
    ]
    [statement] = read_statements([page(first, 1, confidence=90.0), page(second, 2, confidence=90.0)])
    assert [(t.description, t.amount, t.balance) for t in statement.transactions] == _as_read(
        [*MOVEMENTS, pharmacy]
    )
    assert all(t.confidence > 0.9 for t in statement.transactions)  # every row reconciles


def _card_pages(first_number: str, first_confidence: float) -> list[PageWords]:
    header = (170.0, [(40, "Date"), (100, "Description"), (480, "Amount")])
    first = [
        (30.0, [(40, "Quillstone Card Services")]),
        (60.0, [(40, "CHLOE PRYCE"), (340, "Card number")]),
        (72.0, [(40, "2532 KINGFISHER WAY")]),
        (84.0, [(40, "MONTREAL QC P5J 9P1"), (340, "Statement period: Feb 15, 2024 - Mar 14, 2024")]),
        header,
        (185.0, [(40, "Feb 16"), (100, "HARDWARE"), right(520, "193.61")]),
    ]
    second = [
        (40.0, [(340, "Card number ****1705")]),
        header,
        (185.0, [(40, "Feb 20"), (100, "SKYLINE AIR"), right(520, "126.47")]),
    ]
    number = words_of(60.0, [(528, first_number)], confidence=first_confidence)
    page_one = page(first, 1, confidence=92.0)
    page_one = PageWords(1, 612, 792, (*page_one.words, *number), ExtractionMethod.OCR)
    return [page_one, page(second, 2, confidence=92.0)]


def test_an_account_number_ocr_doubted_one_character_off_the_next_page_is_one_account() -> None:
    [statement] = read_statements(_card_pages("****4705", first_confidence=26.0))
    assert statement.account_number == "****1705"
    assert [t.description for t in statement.transactions] == ["HARDWARE", "SKYLINE AIR"]


def test_account_numbers_one_character_apart_read_with_confidence_are_two_accounts() -> None:
    first, second = read_statements(_card_pages("****4705", first_confidence=92.0))
    assert (first.account_number, second.account_number) == ("****4705", "****1705")


@pytest.mark.parametrize("debit", ["§3.75", "$3.75"])
def test_a_debit_ocr_garbled_beside_a_printed_zero_credit_is_the_amount_the_balances_prove(
    debit: str,
) -> None:
    """First Bank prints 0.00 in the column a row does not use: its "§3.75" debit (a 5 read as §) was
    read as an amount of nothing, and the balances did not reconcile; photographed, "$3.75" was read as
    3.75, and the zero beside it hid the debit's text from the balance."""
    rows = [
        *HEADER_BLOCK,
        (120.0, [(40, "Opening balance"), right(300, "1,000.00")]),
        DEBIT_CREDIT_HEADER,
        (
            190.0,
            [(40, "Nov 3"), (100, "TRANSFER"), right(380, "50.00"), right(470, "0.00"), right(560, "950.00")],
        ),
        (
            205.0,
            [
                (40, "Nov 8"),
                (100, "SMS ALERT"),
                right(380, debit),
                right(470, "0.00"),
                right(560, "896.25"),
            ],
        ),
        (
            220.0,
            [(40, "Nov 9"), (100, "PAYMENT"), right(380, "0.00"), right(470, "100.00"), right(560, "996.25")],
        ),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.amount for t in statement.transactions] == [M("-50.00"), M("-53.75"), M("100.00")]


def test_a_closing_figure_ocr_misread_in_the_header_gives_way_to_the_closing_row_the_rows_lead_to() -> None:
    """ING's photo: the summary box's "Neuer Saldo -717,36" lost its minus; the closing row under the
    table kept it, and the opening balance and the rows lead there."""
    rows = [
        *HEADER_BLOCK,
        (120.0, [(40, "Opening balance"), right(300, "-100.00")]),
        (132.0, [(40, "Closing balance"), right(300, "130.00")]),
        DEBIT_CREDIT_HEADER,
        (190.0, [(40, "Nov 3"), (100, "TRANSFER"), right(380, "50.00")]),
        (205.0, [(40, "Nov 8"), (100, "REFUND"), right(470, "20.00")]),
        (220.0, [(40, "Nov 30"), (100, "Closing balance"), right(560, "-130.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert (statement.opening_balance, statement.closing_balance) == (M("-100.00"), M("-130.00"))


def test_an_opening_figure_ocr_misread_in_the_header_gives_way_to_the_balance_brought_forward() -> None:
    """HSBC photographed at 170 dpi: the summary box's "Opening Balance 1,315.61" was read "1,31" "5.61";
    the balance brought forward atop the table kept it, and the rows lead on from it."""
    rows = [
        *HEADER_BLOCK,
        (120.0, [(40, "Opening balance"), right(300, "1.31")]),
        (132.0, [(40, "Closing balance"), right(300, "1,225.61")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 1"), (100, "Balance brought forward"), right(560, "1,315.61")]),
        (197.0, [(40, "Nov 3"), (100, "TRANSFER"), right(380, "50.00")]),
        (209.0, [(40, "Nov 3"), (100, "SHOP"), right(380, "40.00"), right(560, "1,225.61")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert (statement.opening_balance, statement.closing_balance) == (M("1315.61"), M("1225.61"))
    # On a text layer the header's figure stands: no OCR misread it.
    [statement] = read_statements([page(rows)])
    assert statement.opening_balance == M("1.31")


def test_an_amount_ocr_read_with_letters_for_most_digits_keeps_its_row() -> None:
    # "$0.15" read "SO.1S": letters outnumber digits, yet it has a figure's shape in the amount column.
    # The row is kept; the balance reads it as 0.15 where it proves that, else it stays unread.
    proven = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "INTEREST CHARGE"), right(465, "SO.1S"), right(550, "100.15")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(465, "2.00-"), right(550, "98.15")]),
    ]
    [statement] = read_statements([page(proven, confidence=90.0)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("INTEREST CHARGE", M("0.15")),
        ("SHOP", M("-2.00")),
    ]
    assert statement.transactions[0].confidence < 0.6
    unproven = [
        *HEADER_BLOCK,
        AMOUNT_HEADER,
        (197.0, [(40, "Nov 02"), (100, "INTEREST CHARGE"), right(465, "SO.1S")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(465, "2.00-")]),
        (221.0, [(40, "Nov 04"), (100, "CAFE"), right(465, "3.10-")]),
    ]
    [statement] = read_statements([page(unproven, confidence=90.0)])
    interest, shop, cafe = statement.transactions
    assert (interest.description, interest.amount) == ("INTEREST CHARGE", None)
    assert interest.confidence < 0.5
    assert (shop.amount, cafe.amount) == (M("-2.00"), M("-3.10"))


def test_an_amount_ocr_read_as_a_digit_and_look_alike_letters_keeps_its_row_and_balance() -> None:
    # "7.41" read "7Al" with confidence, its point lost, 4 and 1 read as letters: a garbled figure in
    # the Paid out column, not text. The row and its printed balance stay; the balance reads 7.41 where
    # it proves it, else the amount stays unread and the row is reported.
    proven = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "DIRECT DEBIT"), right(370, "12.99")]),
        (209.0, [(100, "GROCER"), right(370, "7Al"), right(550, "79.60")]),
        (221.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "77.60")]),
    ]
    [statement] = read_statements([page(proven, confidence=90.0)])
    assert [(t.description, t.amount, t.balance) for t in statement.transactions] == [
        ("DIRECT DEBIT", M("-12.99"), None),
        ("GROCER", M("-7.41"), M("79.60")),
        ("SHOP", M("-2.00"), M("77.60")),
    ]
    assert statement.transactions[1].confidence < 0.6
    unproven = [*proven[:-2], (209.0, [(100, "GROCER"), right(370, "7Al"), right(550, "79.00")])]
    [statement] = read_statements([page(unproven, confidence=90.0)])
    _, grocer = statement.transactions
    assert (grocer.description, grocer.amount, grocer.balance) == ("GROCER", None, M("79.00"))
    assert grocer.confidence < 0.5


def test_an_amount_read_confidently_as_look_alikes_only_is_read_as_the_balance_proves() -> None:
    # "7.41" read "TAI" at 80: its point lost and every digit a look-alike letter (T for 7, A for 4, I for
    # 1). The row and its balance stay; the balance reads 7.41 where it proves it, else the amount stays
    # unread and the row is reported.
    proven = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "DIRECT DEBIT"), right(370, "12.99")]),
        (209.0, [(100, "GROCER"), right(370, "TAI"), right(550, "79.60")]),
        (221.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "77.60")]),
    ]
    [statement] = read_statements([page(proven, confidence=80.0)])
    assert [(t.description, t.amount, t.balance) for t in statement.transactions] == [
        ("DIRECT DEBIT", M("-12.99"), None),
        ("GROCER", M("-7.41"), M("79.60")),
        ("SHOP", M("-2.00"), M("77.60")),
    ]
    assert statement.transactions[1].confidence < 0.6
    unproven = [*proven[:-2], (209.0, [(100, "GROCER"), right(370, "TAI"), right(550, "79.00")])]
    [statement] = read_statements([page(unproven, confidence=80.0)])
    _, grocer = statement.transactions
    assert (grocer.description, grocer.amount, grocer.balance) == ("GROCER", None, M("79.00"))
    assert grocer.confidence < 0.5


@pytest.mark.parametrize("slope", [0.0, 0.012, -0.02])
def test_a_figure_read_again_alone_keeps_its_second_reading_on_a_slanted_photo(slope: float) -> None:
    # "99.77" read "9.77" with doubt on the page, alone "99.77": the balance takes the second reading.
    # A photographed page is read at a slant (about 0.7 and 1.1 degrees here) and levelled word by word
    # before its lines are found; the second reading goes with its word.
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "GROCER"), right(370, "9.77")]),
        (209.0, [(100, "CAFE"), right(370, "1.75"), right(550, "-1.52")]),
    ]
    level = page(rows, confidence=90.0)
    words = [replace(w, confidence=74.0, alternative="99.77") if w.text == "9.77" else w for w in level.words]
    slanted = [replace(w, top=w.top + slope * w.x0, bottom=w.bottom + slope * w.x0) for w in words]
    [statement] = read_statements([replace(level, words=tuple(slanted))])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("GROCER", M("-99.77")),
        ("CAFE", M("-1.75")),
    ]


def test_a_figure_no_balance_of_its_page_proves_keeps_its_second_reading_for_the_pages_joined() -> None:
    # A photographed page that prints no balance after "9.77" (alone "99.77"): the row keeps both
    # readings, for the chain through the statement's other photographed pages to prove one.
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "GROCER"), right(370, "9.77")]),
        (209.0, [(100, "CAFE"), right(370, "1.75")]),
    ]
    level = page(rows, confidence=90.0)
    words = [replace(w, confidence=74.0, alternative="99.77") if w.text == "9.77" else w for w in level.words]
    [statement] = read_statements([replace(level, words=tuple(words))])
    grocer, cafe = statement.transactions
    assert (grocer.amount, grocer.amount_again) == (M("-9.77"), "99.77")
    assert cafe.amount_again is None


def test_a_currency_sign_read_as_a_digit_is_settled_by_the_balance_where_the_column_prints_signs() -> None:
    # "$48.56" read "348.56" beside "SO.1S" for $0.15, in a column whose other figures print "$": of the
    # readings each shows, only 48.56 and 0.15 take the opening balance to the closing one.
    summary = [
        (100.0, [(40, "Previous balance"), right(550, "$100.00")]),
        (112.0, [(40, "New balance"), right(550, "$23.29")]),
    ]
    rows = [
        *HEADER_BLOCK,
        *summary,
        AMOUNT_HEADER,
        (197.0, [(40, "Nov 02"), (100, "GROCER"), right(465, "-$20.00")]),
        # A note on the row prints a sign of its own; the figure read does not.
        (209.0, [(40, "Nov 03"), (100, "HARDWARE"), (200, '$10"'), right(465, "-348.56")]),
        (221.0, [(40, "Nov 04"), (100, "REFUND"), right(465, "$12.00")]),
        (233.0, [(40, "Nov 05"), (100, "INTEREST"), right(465, "-SO.1S")]),
        (245.0, [(40, "Nov 06"), (100, "CAFE"), right(465, "-$20.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    assert [t.amount for t in statement.transactions] == [
        M("-20.00"), M("-48.56"), M("12.00"), M("-0.15"), M("-20.00")
    ]  # fmt: skip
    amounts = statement.transactions
    assert max(amounts[1].confidence, amounts[3].confidence) < 0.6 < amounts[0].confidence


def test_a_figure_printed_with_a_plus_under_an_accounts_debit_heading_is_money_in() -> None:
    """Postbank photographed: "+ 2.780,70" is printed under Haben, right of Soll, and the drifting
    columns of a photo set it under Soll; the bank's own plus says which way it runs."""
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        OPENING,
        (197.0, [(40, "Nov 02"), (100, "SALARY"), right(380, "+2,780.70")]),
        (209.0, [(40, "Nov 03"), (100, "RENT"), right(380, "-850.00")]),
        (221.0, [(40, "Nov 04"), (100, "CHEQUE DEPOSIT"), right(380, "+1,83O.00°"), right(550, "3,860.70")]),
    ]
    assert _amounts(rows) == [M("2780.70"), M("-850.00"), M("1830.00")]


def test_zeros_read_among_look_alike_marks_are_no_sure_figures_and_are_read_as_the_balance_proves() -> None:
    """HSBC photographed at 170 dpi: 500.00 and 50.00 paid out were read "$00.00" and "$0.00", sure
    zeros, and the day's balance could not settle them."""
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "1,000.00")]),
        (197.0, [(40, "Nov 02"), (100, "RENT"), right(380, "$00.00")]),
        (209.0, [(40, "Nov 02"), (100, "GYM"), right(380, "$0.00")]),
        (221.0, [(40, "Nov 02"), (100, "SHOP"), right(380, "20.00"), right(550, "430.00")]),
    ]
    assert _amounts(rows) == [M("-500.00"), M("-50.00"), M("-20.00")]
    # Where the balance proves no figure the marks may show, they are reported unread, not as zeros.
    unfit = [*rows[:-1], (221.0, [(40, "Nov 02"), (100, "SHOP"), right(380, "20.00"), right(550, "410.00")])]
    assert _amounts(unfit) == [None, None, M("-20.00")]
