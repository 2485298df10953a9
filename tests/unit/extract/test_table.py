"""Tables read from small word lists: columns from the header, rows, wraps, markers, several accounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ingest.codes import ExtractionMethod
from ingest.extract.context import DEFAULT
from ingest.extract.layout import cluster_lines
from ingest.extract.lexicon import ALL
from ingest.extract.reader import read_statements
from ingest.extract.table import (
    Marker,
    Role,
    _groups_spread,
    _names_a_date,
    _vocabulary,
    find_header,
    marker_of,
    read_row_line,
)
from ingest.extract.words import PageWords, Word
from tests.unit.extract.builder import Item, page, right

D = dt.date
M = Decimal

HEADER_BLOCK = [
    (30.0, [(40, "Maple Leaf Bank")]),
    (60.0, [(40, "JEAN TREMBLAY"), (330, "Account number: 15836-3311884")]),
    (72.0, [(40, "2210 CHEMIN SAINTE-FOY"), (330, "Statement period: Nov 1, 2024 to Nov 30, 2024")]),
    (84.0, [(40, "MONTREAL QC H2X 3K8")]),
    (120.0, [(40, "Opening balance"), right(300, "$1,000.00")]),
    (132.0, [(40, "Closing balance"), right(300, "$1,249.50")]),
]
DEBIT_CREDIT_HEADER = (
    170.0,
    [(40, "Date"), (100, "Description"), (330, "Withdrawals"), (420, "Deposits"), (510, "Balance")],
)


def test_header_words_give_the_columns() -> None:
    [line] = cluster_lines(page([DEBIT_CREDIT_HEADER]).words, 1)
    header = find_header(DEFAULT, line)
    assert header is not None
    assert [c.role for c in header.columns] == [Role.DATE, Role.DESC, Role.DEBIT, Role.CREDIT, Role.BALANCE]


def test_a_rows_word_that_is_only_part_of_a_date_heading_does_not_make_it_a_header_candidate() -> None:
    """Malay "Tarikh Pos" heads the posting date: "pos" names no date alone ("POS PURCHASE" is a card
    row), so a row printing it is spared the header's reading, while the heading is still read whole."""
    [row] = cluster_lines(page([(200.0, [(100, "POS PURCHASE GROCER"), right(400, "12.50")])]).words, 1)
    assert not _names_a_date(DEFAULT.lexicon, row)
    heading = (
        170.0,
        [(40, "Tarikh Pos"), (130, "Keterangan"), (330, "Debit"), (420, "Kredit"), (510, "Baki")],
    )
    [line] = cluster_lines(page([heading]).words, 1)
    assert _names_a_date(DEFAULT.lexicon, line)
    header = find_header(DEFAULT, line)
    assert header is not None
    assert header.columns[0].role is Role.DATE


@pytest.mark.parametrize("after", ["", "|", "_", "]"])
def test_a_heading_with_its_note_in_brackets_keeps_the_whole_word_as_its_column(after: str) -> None:
    """ "Deposit(CR)" heads a credit column as wide as the word, note and all, as the figures under it
    are set; OCR may read a rule's bar or a shading's edge after it ("Deposit(CR)|")."""
    words = [Word("Date", 40, 60, 100, 108), Word("Details", 100, 130, 100, 108)]
    words += [Word(f"Deposit(CR){after}", 330, 390, 100, 108), Word("Balance", 420, 460, 100, 108)]
    [line] = cluster_lines(words, 1)
    header = find_header(DEFAULT, line)
    assert header is not None
    credit = header.columns[header.role_index(Role.CREDIT)]
    assert (credit.x0, credit.x1) == (330, 390)


@pytest.mark.parametrize(
    "headings",
    [
        ("TransDate", "ValueDate", "Details", "Amount", "Balance"),
        ("İşlemTarihi", "ValörTarihi", "Açıklama", "Tutar", "Bakiye"),
    ],
)
def test_date_headings_of_two_capitalised_words_set_without_a_space_head_their_columns(
    headings: tuple[str, ...],
) -> None:
    """ "TransDate", and in any alphabet "İşlemTarihi" (Turkish "İşlem Tarihi"): the two words a heading
    is, set without a space, head the transaction and the value dates."""
    heading = (170.0, list(zip((40, 110, 180, 420, 510), headings, strict=True)))
    [line] = cluster_lines(page([heading]).words, 1)
    header = find_header(DEFAULT, line)
    assert header is not None
    assert [c.role for c in header.columns] == [
        Role.DATE,
        Role.VALUE_DATE,
        Role.DESC,
        Role.AMOUNT,
        Role.BALANCE,
    ]


def test_a_summary_box_is_not_a_table_header() -> None:
    rows = [(100.0, [(40, "STATEMENT DATE PAYMENT DUE DATE TOTAL CREDIT LIMIT TOTAL MINIMUM DUE")])]
    [line] = cluster_lines(page(rows).words, 1)
    assert find_header(DEFAULT, line) is None


def test_debit_credit_columns_wrapped_descriptions_and_markers() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Balance forward"), right(550, "1,000.00")]),
        (
            197.0,
            [(40, "Nov 02"), (100, "PAYROLL DEPOSIT ACME"), right(460, "500.00"), right(550, "1,500.00")],
        ),
        (209.0, [(100, "REF 123456")]),
        (221.0, [(40, "Nov 05"), (100, "GROCERY STORE"), right(370, "200.50"), right(550, "1,299.50")]),
        (233.0, [(100, "COFFEE SHOP"), right(370, "50.00"), right(550, "1,249.50")]),
        (245.0, [(100, "Total"), right(370, "250.50"), right(460, "500.00")]),
        (300.0, [(40, "Deposits are insured up to the limit. Keep this statement for your records please.")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.description, t.amount, t.balance) for t in statement.transactions]
    assert got == [
        (D(2024, 11, 2), "PAYROLL DEPOSIT ACME REF 123456", M("500.00"), M("1500.00")),
        (D(2024, 11, 5), "GROCERY STORE", M("-200.50"), M("1299.50")),
        (D(2024, 11, 5), "COFFEE SHOP", M("-50.00"), M("1249.50")),
    ]
    assert statement.opening_balance == M("1000.00")
    assert statement.closing_balance == M("1249.50")
    assert statement.institution == "Maple Leaf Bank"
    assert statement.holder_name == "JEAN TREMBLAY"
    assert statement.holder_address == "2210 CHEMIN SAINTE-FOY, MONTREAL QC H2X 3K8"
    assert statement.account_number == "15836-3311884"
    assert statement.currency == "CAD"
    assert (statement.period_start, statement.period_end) == (D(2024, 11, 1), D(2024, 11, 30))
    assert statement.confidence > 0.95
    assert all(t.confidence == 1.0 for t in statement.transactions)


def test_amount_on_the_last_line_of_a_wrapped_row() -> None:
    rows = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$880.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "01 Nov"), (100, "BALANCE BROUGHT FORWARD"), right(550, "1,000.00")]),
        (197.0, [(40, "03 Nov"), (100, "VIS CORNER STORE")]),
        (209.0, [(100, "MONTREAL QC"), right(370, "20.00")]),
        (221.0, [(100, "DD HYDRO QUEBEC")]),
        (233.0, [(100, "MONTHLY PLAN"), right(370, "100.00"), right(550, "880.00")]),
        (245.0, [(40, "30 Nov"), (100, "BALANCE CARRIED FORWARD"), right(550, "880.00")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.description, t.amount) for t in statement.transactions]
    assert got == [
        (D(2024, 11, 3), "VIS CORNER STORE MONTREAL QC", M("-20.00")),
        (D(2024, 11, 3), "DD HYDRO QUEBEC MONTHLY PLAN", M("-100.00")),
    ]


def test_single_signed_amount_column_with_every_sign_mark() -> None:
    rows = [
        (30.0, [(40, "Northwind Bank")]),
        (60.0, [(40, "Account No. 9981-22"), (330, "Period: 2024-12-15 - 2025-01-14")]),
        (80.0, [(40, "Opening balance 100.00"), (330, "Closing balance 60.00")]),
        (170.0, [(40, "Date"), (100, "Details"), (480, "Amount")]),
        (185.0, [(40, "12/20"), (100, "SHOP A"), right(520, "10.00-")]),
        (197.0, [(40, "12/28"), (100, "SHOP B"), right(520, "(20.00)")]),
        (209.0, [(40, "01/02"), (100, "REFUND"), right(520, "5.00CR")]),
        (221.0, [(40, "01/03"), (100, "FEE"), right(520, "5.00DR")]),
        (233.0, [(40, "01/13"), (100, "SHOP C"), right(520, "-10.00")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.amount) for t in statement.transactions]
    assert got == [
        (D(2024, 12, 20), M("-10.00")),
        (D(2024, 12, 28), M("-20.00")),
        (D(2025, 1, 2), M("5.00")),
        (D(2025, 1, 3), M("-5.00")),
        (D(2025, 1, 13), M("-10.00")),
    ]
    assert statement.opening_balance + sum(t.amount for t in statement.transactions if t.amount) == M("60.00")


def test_french_layout_with_spaced_thousands() -> None:
    rows = [
        (30.0, [(40, "Caisse des Érables")]),
        (50.0, [(40, "Relevé de compte"), (330, "Période du 1er décembre 2024 au 31 décembre 2024")]),
        (70.0, [(40, "Numéro de compte : 815-22190-4")]),
        (82.0, [(40, "Devise : EUR")]),
        (100.0, [(40, "Solde d'ouverture"), right(300, "2 000,00 €")]),
        (112.0, [(40, "Solde de clôture"), right(300, "3 134,56 €")]),
        (170.0, [(40, "Date"), (100, "Libellé"), (330, "Retraits"), (420, "Dépôts"), (510, "Solde")]),
        (185.0, [(40, "02 déc."), (100, "VIREMENT SALAIRE"), right(460, "1 234,56"), right(550, "3 234,56")]),
        (197.0, [(40, "03 déc."), (100, "CB BOULANGERIE"), right(370, "100,00"), right(550, "3 134,56")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.description, t.amount, t.balance) for t in statement.transactions]
    assert got == [
        (D(2024, 12, 2), "VIREMENT SALAIRE", M("1234.56"), M("3234.56")),
        (D(2024, 12, 3), "CB BOULANGERIE", M("-100.00"), M("3134.56")),
    ]
    assert statement.account_number == "815-22190-4"
    assert statement.currency == "EUR"
    assert statement.opening_balance == M("2000.00")
    assert statement.closing_balance == M("3134.56")
    assert (statement.period_start, statement.period_end) == (D(2024, 12, 1), D(2024, 12, 31))


def test_header_repeated_on_the_next_page_and_page_totals_skipped() -> None:
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$1,070.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "SHOP ONE"), right(370, "10.00"), right(550, "990.00")]),
        (197.0, [(100, "Page total"), right(370, "10.00")]),
        (760.0, [(40, "Maple Leaf Bank - page 1 of 2")]),
    ]
    second = [
        (30.0, [(40, "Maple Leaf Bank")]),
        (60.0, [(330, "Account number: 15836-3311884")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 20"), (100, "DEPOSIT"), right(460, "80.00"), right(550, "1,070.00")]),
        (760.0, [(40, "Maple Leaf Bank - page 2 of 2")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.description, t.amount, t.page) for t in statement.transactions] == [
        ("SHOP ONE", M("-10.00"), 1),
        ("DEPOSIT", M("80.00"), 2),
    ]


def test_a_continuation_page_without_a_header_whose_rows_print_figures_on_their_last_line() -> None:
    """No line of the next page prints a date and figures together: each row's figures are on its
    description's last line, under its dated first line."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$880.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "DIRECT DEBIT")]),
        (195.0, [(100, "SHIRE RATES"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(40, "Nov 20"), (100, "EFTPOS WATTLE")]),
        (195.0, [(100, "CAFE"), right(370, "20.00"), right(550, "880.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.description, t.amount, t.page) for t in statement.transactions] == [
        ("DIRECT DEBIT SHIRE RATES", M("-100.00"), 1),
        ("EFTPOS WATTLE CAFE", M("-20.00"), 2),
    ]


def test_a_continuation_page_whose_first_row_wraps_over_seven_lines_keeps_its_date_and_first_word() -> None:
    """A direct debit prints its creditor, mandate and invoice on lines of their own: its figures on the
    seventh line are still the dated first line's row, not an undated row of the day before."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$880.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "DIRECT DEBIT")]),
        (195.0, [(100, "SHIRE RATES"), right(370, "100.00"), right(550, "900.00")]),
    ]
    wrapped = ["SDD", "TELEFONIA", "AURORA", "MANDATO", "76241083 FATTURA"]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(40, "Nov 20"), (100, "ADDEBITO")]),
        *((195.0 + 10 * i, [(100, text)]) for i, text in enumerate(wrapped)),
        (245.0, [(100, "001343775"), right(370, "20.00"), right(550, "880.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (D(2024, 11, 2), "DIRECT DEBIT SHIRE RATES", M("-100.00")),
        (D(2024, 11, 20), "ADDEBITO " + " ".join(wrapped) + " 001343775", M("-20.00")),
    ]


def test_a_first_row_dated_in_words_under_the_header_is_a_row_not_a_second_heading_line() -> None:
    """ "Dec 1, 2024 POS PURCHASE" under the header prints no figure ("purchase" is also a heading word):
    its date in words shows it is a row, whose figures print on its last line."""
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date Posted"), (110, "Transaction Details"), (330, "Amount"), (510, "Balance")]),
        (180.0, [(40, "Dec 1, 2024"), (110, "POS PURCHASE")]),
        (190.0, [(110, "CORNERSTONE"), right(370, "155.27-"), right(550, "844.73")]),
        (203.0, [(40, "Dec 3, 2024"), (110, "ONLINE PURCHASE")]),
        (213.0, [(110, "PAPERKITE"), right(370, "19.01-"), right(550, "825.72")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 12, 1), "POS PURCHASE CORNERSTONE", M("-155.27")),
        (dt.date(2024, 12, 3), "ONLINE PURCHASE PAPERKITE", M("-19.01")),
    ]


def test_a_header_wrapped_over_three_lines_keeps_its_last_heading_word_out_of_the_first_row() -> None:
    """ "Merchant name / or transaction / description" wraps its heading over three lines: the third,
    heading words only, set as close as the second, is the header's, not the start of the first row's
    description (whose figures print on its last line)."""
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Post Date"), (110, "Merchant Name"), (510, "Amount")]),
        (180.0, [(110, "or Transaction")]),
        (190.0, [(110, "Description")]),
        (203.0, [(40, "Nov 3, 2024"), (110, "PAYMENT - THANK")]),
        (213.0, [(110, "YOU"), right(550, "449.67")]),
        (226.0, [(40, "Nov 4, 2024"), (110, "LANTERN")]),
        (236.0, [(110, "BOOKS"), right(550, "-17.71")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("PAYMENT - THANK YOU", M("449.67")),
        ("LANTERN BOOKS", M("-17.71")),
    ]


def test_a_continuation_page_without_a_header_that_opens_with_an_undated_row_of_the_day_before() -> None:
    """Dates printed on a day's first row only: the next page's first rows go on with that day."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$830.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "SHOP TWO"), right(370, "50.00"), right(550, "850.00")]),
        (197.0, [(40, "Nov 20"), (100, "SHOP THREE"), right(370, "20.00"), right(550, "830.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "SHOP TWO", M("-50.00")),
        (dt.date(2024, 11, 20), "SHOP THREE", M("-20.00")),
    ]


def test_a_continuation_page_that_opens_with_an_undated_row_whose_figures_print_on_its_last_line() -> None:
    """The day goes on over the page, and its row wraps: the lines of description above its figures are
    the row's, not the page's heading."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$830.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "DEBIT CARD")]),
        (195.0, [(100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "DEBIT CARD")]),
        (195.0, [(100, "PURCHASE")]),
        (205.0, [(100, "SHOP TWO"), right(370, "50.00"), right(550, "850.00")]),
        (218.0, [(40, "Nov 20"), (100, "DEBIT CARD")]),
        (228.0, [(100, "SHOP THREE"), right(370, "20.00"), right(550, "830.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "DEBIT CARD SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "DEBIT CARD PURCHASE SHOP TWO", M("-50.00")),
        (dt.date(2024, 11, 20), "DEBIT CARD SHOP THREE", M("-20.00")),
    ]


def test_a_page_without_a_header_whose_only_row_is_undated_with_its_description_wrapped_under_it() -> None:
    """The day's last row alone on the next page, figures on its first line and the rest of its
    description under them: a sum and the balance it leads to make it a row, no more rows needed."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$850.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "CASH WITHDRAWAL"), right(370, "50.00"), right(550, "850.00")]),
        (195.0, [(100, "HIGH STREET")]),
        (205.0, [(100, "BRANCH")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "CASH WITHDRAWAL HIGH STREET BRANCH", M("-50.00")),
    ]


def test_a_page_without_a_header_whose_only_row_is_undated_above_the_closing_balance() -> None:
    """The day's last row alone on the next page, then the closing balance: the row is the table's."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$850.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "SHOP TWO"), right(370, "50.00"), right(550, "850.00")]),
        (197.0, [(100, "Closing balance"), right(550, "850.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "SHOP TWO", M("-50.00")),
    ]


def test_a_page_without_a_header_of_undated_rows_only_each_with_its_figures_on_its_last_line() -> None:
    """The day's last rows fill the next page, no date among them and no row after them: each prints a
    sum and the balance it leads to under its wrapped description."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$830.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "CARD PURCHASE")]),
        (195.0, [(100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "CARD PURCHASE")]),
        (195.0, [(100, "SHOP TWO"), right(370, "50.00"), right(550, "850.00")]),
        (205.0, [(100, "CARD PURCHASE")]),
        (215.0, [(100, "SHOP THREE"), right(370, "20.00"), right(550, "830.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "CARD PURCHASE SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "CARD PURCHASE SHOP TWO", M("-50.00")),
        (dt.date(2024, 11, 2), "CARD PURCHASE SHOP THREE", M("-20.00")),
    ]


def test_a_page_heading_set_close_above_a_continued_row_is_not_the_first_line_of_its_description() -> None:
    """The bank's name and the period head the next page, close above an undated row printing its
    figures first: they start elsewhere than the row's description, so they are not its lines."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$830.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "DEBIT CARD"), right(370, "100.00"), right(550, "900.00")]),
        (195.0, [(100, "SHOP ONE")]),
    ]
    second = [
        (44.0, [(82, "Maple Leaf Bank of Canada")]),  # over the description column, left of its edge
        (60.0, [(100, "DEBIT CARD"), right(370, "50.00"), right(550, "850.00")]),
        (70.0, [(100, "SHOP TWO")]),
        (80.0, [(40, "Nov 20"), (100, "DEBIT CARD"), right(370, "20.00"), right(550, "830.00")]),
        (90.0, [(100, "SHOP THREE")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("DEBIT CARD SHOP ONE", M("-100.00")),
        ("DEBIT CARD SHOP TWO", M("-50.00")),
        ("DEBIT CARD SHOP THREE", M("-20.00")),
    ]


def test_a_brought_forward_row_on_a_page_without_a_header_is_not_the_statements_opening_balance() -> None:
    """The next page opens with the balance brought forward, then rows whose figures print on their
    last line: the row belongs to the table, and the opening balance is still the first page's."""
    first = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "DIRECT DEBIT")]),
        (195.0, [(100, "SHIRE RATES"), right(370, "100.00"), right(550, "900.00")]),
        (208.0, [(100, "Balance carried forward"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "Balance b/f"), right(550, "900.00")]),
        (198.0, [(40, "Nov 20"), (100, "DEPOSIT FROM")]),
        (208.0, [(100, "SOPHIE COTE"), right(460, "80.00"), right(550, "980.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("DIRECT DEBIT SHIRE RATES", M("-100.00")),
        ("DEPOSIT FROM SOPHIE COTE", M("80.00")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (M("1000.00"), M("980.00"))


def test_a_page_without_a_header_whose_only_row_is_undated_under_the_balance_brought_forward() -> None:
    """The day goes on over the page: the balance brought forward opens the page's part of the table,
    so the one undated row under it is the day's, though no more rows follow it."""
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$850.00")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "SHOP ONE"), right(370, "100.00"), right(550, "900.00")]),
        (198.0, [(100, "Balance carried forward"), right(550, "900.00")]),
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(100, "Balance b/f"), right(550, "900.00")]),
        (198.0, [(100, "SHOP TWO"), right(370, "50.00"), right(550, "850.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (dt.date(2024, 11, 2), "SHOP ONE", M("-100.00")),
        (dt.date(2024, 11, 2), "SHOP TWO", M("-50.00")),
    ]


def test_continuation_page_without_its_own_header() -> None:
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$1,070.00")]),
        DEBIT_CREDIT_HEADER,
    ]
    first += [
        (
            185.0 + 12 * i,
            [(40, "Nov 02"), (100, f"SHOP {i}"), right(370, "1.00"), right(550, f"{999 - i}.00")],
        )
        for i in range(10)
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(40, "Nov 20"), (100, "DEPOSIT"), right(460, "80.00"), right(550, "1,070.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert len(statement.transactions) == 11
    assert statement.transactions[-1].description == "DEPOSIT"


def test_two_accounts_in_one_file() -> None:
    rows = [
        (30.0, [(40, "Maple Leaf Bank")]),
        (60.0, [(40, "JEAN TREMBLAY"), (330, "Combined statement")]),
        (72.0, [(40, "2210 CHEMIN SAINTE-FOY"), (330, "Statement period: Nov 1, 2024 to Nov 30, 2024")]),
        (84.0, [(40, "MONTREAL QC H2X 3K8")]),
        (120.0, [(40, "Chequing account"), (330, "Account number 111-222")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "10.00"), right(550, "90.00")]),
        (209.0, [(40, "Nov 30"), (100, "Closing balance"), right(550, "90.00")]),
        (260.0, [(40, "Savings account"), (330, "Account number 333-444")]),
        (
            290.0,
            [(40, "Date"), (100, "Description"), (330, "Withdrawals"), (420, "Deposits"), (510, "Balance")],
        ),
        (305.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "500.00")]),
        (317.0, [(40, "Nov 15"), (100, "INTEREST"), right(460, "1.25"), right(550, "501.25")]),
        (329.0, [(40, "Nov 30"), (100, "Closing balance"), right(550, "501.25")]),
    ]
    first, second = read_statements([page(rows)])
    assert (first.account_number, first.account_type) == ("111-222", "CHEQUING")
    assert (second.account_number, second.account_type) == ("333-444", "SAVINGS")
    assert [t.amount for t in first.transactions] == [M("-10.00")]
    assert [t.amount for t in second.transactions] == [M("1.25")]
    assert (first.opening_balance, first.closing_balance) == (M("100.00"), M("90.00"))
    assert (second.opening_balance, second.closing_balance) == (M("500.00"), M("501.25"))
    assert second.holder_name == "JEAN TREMBLAY"
    assert second.transactions[0].date == D(2024, 11, 15)


def test_columns_assigned_backwards_are_caught_by_the_running_balance() -> None:
    # The figures under "Deposits" take money out: the balances say so.
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(460, "10.00"), right(550, "90.00")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(460, "15.00"), right(550, "75.00")]),
        (221.0, [(40, "Nov 04"), (100, "REFUND"), right(370, "5.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-10.00"), M("-15.00"), M("5.00")]


def test_the_running_balance_decides_a_sign_the_print_leaves_out() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")]),
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SALARY"), right(460, "50.00"), right(550, "150.00")]),
        (209.0, [(40, "Nov 03"), (100, "RENT"), right(460, "70.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows)])
    rent = statement.transactions[1]
    assert rent.amount == M("-70.00")
    assert rent.confidence < 1.0
    assert statement.transactions[0].confidence == 1.0


def test_ocr_digit_slip_is_read_the_way_the_balance_proves() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "13.00"), right(550, "82.00")]),  # 18.00 printed
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=88.0)])
    first, second = statement.transactions
    assert first.amount == M("-18.00")
    assert first.confidence < second.confidence <= 1.0


def test_text_layer_figures_are_never_changed_to_fit() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "13.00"), right(550, "82.00")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows)])
    first, second = statement.transactions
    assert first.amount == M("-13.00")
    assert first.confidence < 1.0
    assert second.confidence == 1.0
    assert statement.confidence < 0.9


def test_low_ocr_confidence_lowers_the_transaction_confidence() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "10.00"), right(550, "90.00")]),
    ]
    [sharp] = read_statements([page(rows, confidence=95.0)])
    [blurred] = read_statements([page(rows, confidence=55.0)])
    assert blurred.transactions[0].confidence < sharp.transactions[0].confidence
    assert blurred.confidence < sharp.confidence


def test_posting_date_column_is_not_part_of_the_description() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (160.0, [(40, "Trans."), (90, "Post")]),
        (170.0, [(40, "date"), (90, "date"), (150, "Description"), (480, "Amount")]),
        (185.0, [(40, "Nov 16"), (90, "Nov 17"), (150, "GREENLEAF GROCERS"), right(520, "10.98")]),
    ]
    [statement] = read_statements([page(rows)])
    [txn] = statement.transactions
    assert (txn.date, txn.description) == (D(2024, 11, 16), "GREENLEAF GROCERS")


def test_overdrawn_balance_printed_with_a_separate_d_marker() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "BALANCE BROUGHT FORWARD"), right(550, "618.35")]),
        (197.0, [(40, "Nov 02"), (100, "RENT"), right(370, "822.57"), right(550, "204.22"), (553, "D")]),
    ]
    [statement] = read_statements([page(rows)])
    [txn] = statement.transactions
    assert (txn.amount, txn.balance) == (M("-822.57"), M("-204.22"))
    assert txn.confidence == 1.0


def test_total_merchant_row_with_a_date_is_a_transaction() -> None:
    assert marker_of(DEFAULT, "TOTAL ENERGIES STATION 42", has_date=True) is None
    assert marker_of(DEFAULT, "Total", has_date=False) is not None
    assert marker_of(DEFAULT, "Solde reporté", has_date=True) is not None


def test_credit_card_charges_are_money_out() -> None:
    rows = [
        (30.0, [(40, "Quartz Card Services")]),
        (60.0, [(40, "Card number ****5071"), (330, "Credit limit $5,000.00")]),
        (72.0, [(40, "Statement period Feb 15, 2025 - Mar 14, 2025")]),
        (84.0, [(40, "Previous balance"), right(300, "$100.00")]),
        (96.0, [(40, "New balance"), right(300, "$130.00")]),
        (170.0, [(40, "Date"), (100, "Description"), (480, "Amount")]),
        (185.0, [(40, "Feb 20"), (100, "PAYMENT THANK YOU"), right(520, "(100.00)")]),
        (197.0, [(40, "Mar 02"), (100, "BOOKSHOP"), right(520, "130.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("100.00"), M("-130.00")]
    assert (statement.opening_balance, statement.closing_balance) == (M("-100.00"), M("-130.00"))
    assert statement.account_type == "CREDIT_CARD"
    assert statement.account_number == "****5071"


def test_a_notice_printed_inside_the_table_does_not_end_it() -> None:
    rows = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "PAYROLL"), right(460, "500.00"), right(550, "1,500.00")]),
        (
            197.0,
            [(40, "Your overdraft rate changes on December 1. See the enclosed notice for the new terms.")],
        ),
        (209.0, [(40, "Nov 05"), (100, "GROCERY STORE"), right(370, "250.50"), right(550, "1,249.50")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.description for t in statement.transactions] == ["PAYROLL", "GROCERY STORE"]


def test_date_column_to_the_right_of_the_description() -> None:
    rows = [
        *HEADER_BLOCK,
        (
            170.0,
            [
                (40, "Description"),
                (260, "Cheque/Debit"),
                (340, "Deposit/Credit"),
                (430, "Date"),
                (510, "Balance"),
            ],
        ),
        (185.0, [(40, "PAYROLL ACME"), right(400, "500.00"), (430, "NOV02"), right(550, "1,500.00")]),
        (197.0, [(40, "GROCERY STORE"), right(310, "250.50"), (430, "NOV05"), right(550, "1,249.50")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.description, t.amount) for t in statement.transactions]
    assert got == [
        (D(2024, 11, 2), "PAYROLL ACME", M("500.00")),
        (D(2024, 11, 5), "GROCERY STORE", M("-250.50")),
    ]


def test_wrapped_description_running_past_the_middle_between_headings() -> None:
    rows = [
        *HEADER_BLOCK,
        (170.0, [(40, "Date"), (100, "Description"), (390, "Debit"), (460, "Credit"), (530, "Balance")]),
        (
            185.0,
            [
                (40, "Nov 02"),
                (100, "BILL PAYMENT CITY OF HALIFAX"),
                right(410, "54.33"),
                right(570, "945.67"),
            ],
        ),
        (197.0, [(100, "ACCOUNT 202379858 CONFIRMATION 94140349 VIA")]),
        (209.0, [(100, "ONLINE BANKING")]),
        (221.0, [(100, "POS PURCHASE PINECONE PHARMACY"), right(410, "6.27"), right(570, "939.40")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.description for t in statement.transactions] == [
        "BILL PAYMENT CITY OF HALIFAX ACCOUNT 202379858 CONFIRMATION 94140349 VIA ONLINE BANKING",
        "POS PURCHASE PINECONE PHARMACY",
    ]


def test_wrapped_row_continued_over_a_page_break() -> None:
    first = [
        *HEADER_BLOCK,
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 02"), (100, "PAYROLL"), right(460, "500.00"), right(550, "1,500.00")]),
        (197.0, [(40, "Nov 05"), (100, "BILL PAYMENT CITY"), right(370, "250.50"), right(550, "1,249.50")]),
    ]
    second = [DEBIT_CREDIT_HEADER, (185.0, [(100, "OF HALIFAX")])]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [t.description for t in statement.transactions] == ["PAYROLL", "BILL PAYMENT CITY OF HALIFAX"]


def test_year_of_rows_from_the_statement_date_when_no_period_is_printed() -> None:
    rows = [
        (30.0, [(40, "Northwind Bank")]),
        (60.0, [(40, "Account No. 9981-22"), (330, "Statement date: January 14, 2025")]),
        (170.0, [(40, "Date"), (100, "Details"), (480, "Amount")]),
        (185.0, [(40, "Dec 20"), (100, "SHOP A"), right(520, "-10.00")]),
        (197.0, [(40, "Jan 03"), (100, "SHOP B"), right(520, "-20.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.date for t in statement.transactions] == [D(2024, 12, 20), D(2025, 1, 3)]


def test_two_periods_of_one_account_in_one_file_are_two_statements() -> None:
    def month(name: str, first: str, last: str, *, opening: str, closing: str, amount: str) -> list:
        return [
            (30.0, [(40, "Maple Leaf Bank")]),
            (60.0, [(40, "JEAN TREMBLAY"), (330, "Account number: 15836-3311884")]),
            (72.0, [(40, "2210 CHEMIN SAINTE-FOY"), (330, f"Statement period: {first} to {last}")]),
            (84.0, [(40, "MONTREAL QC H2X 3K8")]),
            (120.0, [(40, "Opening balance"), right(300, opening)]),
            (132.0, [(40, "Closing balance"), right(300, closing)]),
            DEBIT_CREDIT_HEADER,
            (185.0, [(40, f"{name} 02"), (100, "SHOP"), right(370, amount), right(550, closing)]),
        ]

    pages = [
        page(
            month("Nov", "Nov 1, 2024", "Nov 30, 2024", opening="100.00", closing="90.00", amount="10.00"), 1
        ),
        page(
            month("Dec", "Dec 1, 2024", "Dec 31, 2024", opening="90.00", closing="70.00", amount="20.00"), 2
        ),
    ]
    november, december = read_statements(pages)
    assert (november.period_start, november.closing_balance) == (D(2024, 11, 1), M("90.00"))
    assert (december.period_start, december.opening_balance) == (D(2024, 12, 1), M("90.00"))
    assert [t.date for t in december.transactions] == [D(2024, 12, 2)]


def test_table_without_header_words_is_read_from_its_rows() -> None:
    rows = [
        (30.0, [(40, "Northwind Bank")]),
        (60.0, [(40, "Account No. 9981-22"), (330, "Period: 2024-11-01 - 2024-11-30")]),
        (80.0, [(40, "Opening balance 100.00"), (330, "Closing balance 165.00")]),
        (185.0, [(40, "2024-11-02"), (110, "SALARY"), right(460, "100.00"), right(550, "200.00")]),
        (197.0, [(40, "2024-11-03"), (110, "RENT"), right(460, "30.00"), right(550, "170.00")]),
        (209.0, [(40, "2024-11-04"), (110, "SHOP"), right(460, "5.00"), right(550, "165.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("SALARY", M("100.00")),
        ("RENT", M("-30.00")),
        ("SHOP", M("-5.00")),
    ]


def test_ocr_figure_that_lost_its_decimal_point_is_read_as_the_balance_proves() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "1800"), right(550, "82.00")]),
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    first, second = statement.transactions
    assert first.amount == M("-18.00")
    assert first.confidence < second.confidence


def test_ocr_whole_number_nothing_proves_is_no_amount() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "1800"), right(550, "50.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    [txn] = statement.transactions
    assert txn.amount is None
    assert txn.confidence < 0.5


def test_ocr_slip_in_a_running_balance_is_read_as_the_rows_prove() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "18.00"), right(550, "32.00")]),  # 82.00 printed
        (209.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "2.00"), right(550, "80.00")]),
    ]
    [statement] = read_statements([page(rows, confidence=90.0)])
    first, second = statement.transactions
    assert (first.amount, first.balance) == (M("-18.00"), M("82.00"))
    assert second.amount == M("-2.00")


def test_a_line_with_only_a_balance_is_not_a_transaction() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 01"), (100, "Solde créditeur"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "10.00"), right(550, "90.00")]),
        (209.0, [(40, "Nov 02"), (100, "End of day balance"), right(550, "90.00")]),
        (221.0, [(40, "Nov 03"), (100, "SHOP"), right(370, "5.00"), right(550, "85.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-10.00"), M("-5.00")]
    assert statement.opening_balance == M("100.00")


def test_continuation_page_below_a_long_footer() -> None:
    first = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$1,070.00")]),
        DEBIT_CREDIT_HEADER,
    ]
    first += [(185.0, [(40, "Nov 02"), (100, "SHOP"), right(370, "10.00"), right(550, "990.00")])]
    first += [
        (600.0 + 12 * i, [(40, f"Terms and conditions apply to every account, clause {i} of the agreement.")])
        for i in range(6)
    ]
    second = [
        (40.0, [(40, "Maple Leaf Bank - continued")]),
        (185.0, [(40, "Nov 20"), (100, "DEPOSIT"), right(460, "80.00"), right(550, "1,070.00")]),
    ]
    [statement] = read_statements([page(first, 1), page(second, 2)])
    assert [t.description for t in statement.transactions] == ["SHOP", "DEPOSIT"]


def test_dr_cr_printed_in_a_column_of_its_own() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date"), (100, "Description"), (400, "Amount"), (450, "Dr/Cr")]),
        (185.0, [(40, "Nov 02"), (100, "SALARY"), right(430, "500.00"), (455, "CR")]),
        (197.0, [(40, "Nov 03"), (100, "RENT"), right(430, "450.00"), (455, "DR")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("500.00"), M("-450.00")]


def test_figure_printed_with_three_decimals_is_read_as_printed() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")]),
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "TRANSFER"), right(460, "184.772-"), right(550, "84.77-")]),
    ]
    [statement] = read_statements([page(rows)])
    [txn] = statement.transactions
    assert txn.amount == M("-184.772")  # validation reports the third decimal
    assert txn.balance == M("-84.77")


def test_ocr_date_box_drawn_too_wide_still_dates_its_row() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")]),
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(460, "-10.00"), right(550, "90.00")]),
    ]
    words = list(page(rows, confidence=90.0).words)
    date = next(w for w in words if w.text == "02" and w.top == 197.0)
    month = next(w for w in words if w.text == "Nov" and w.top == 197.0)
    wide = Word("07.11.2024", month.x0, date.x1 + 150, 197.0, 205.0, 40.0)
    words = [w for w in words if w not in (date, month)] + [wide]
    [statement] = read_statements([PageWords(1, 612.0, 792.0, tuple(words), ExtractionMethod.OCR)])
    assert statement.transactions[0].date == D(2024, 11, 7)


def test_statement_printed_newest_first_is_checked_oldest_first() -> None:
    rows = [
        *HEADER_BLOCK[:5],
        (132.0, [(40, "Closing balance"), right(300, "$1,249.50")]),
        DEBIT_CREDIT_HEADER,
        (185.0, [(40, "Nov 05"), (100, "COFFEE SHOP"), right(370, "50.00"), right(550, "1,249.50")]),
        (197.0, [(40, "Nov 04"), (100, "GROCERY STORE"), right(370, "200.50"), right(550, "1,299.50")]),
        (209.0, [(40, "Nov 02"), (100, "PAYROLL"), right(460, "500.00"), right(550, "1,500.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-50.00"), M("-200.50"), M("500.00")]
    assert all(t.confidence == 1.0 for t in statement.transactions)
    assert statement.confidence > 0.95


def test_amount_column_marking_only_credits_prints_debits_bare() -> None:
    rows = [
        *HEADER_BLOCK[:4],
        (170.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")]),
        (185.0, [(40, "Nov 01"), (100, "Opening balance"), right(550, "100.00")]),
        (197.0, [(40, "Nov 02"), (100, "SHOP"), right(460, "$10.00"), right(550, "90.00")]),
        (209.0, [(40, "Nov 03"), (100, "REFUND"), right(460, "$5.00 CR"), right(550, "95.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-10.00"), M("5.00")]
    assert all(t.confidence == 1.0 for t in statement.transactions)  # read as printed, not repaired


def test_a_balance_phrase_marks_a_line_it_is_begins_or_ends_but_not_one_it_sits_inside() -> None:
    assert marker_of(DEFAULT, "Opening balance", has_date=False) is Marker.OPENING
    assert marker_of(DEFAULT, "Opening balance 1 Mar", has_date=True) is Marker.OPENING
    assert marker_of(DEFAULT, "Balance brought forward", has_date=True) is Marker.OPENING
    assert marker_of(DEFAULT, "New balance:", has_date=False) is Marker.CLOSING
    assert marker_of(DEFAULT, "Transfer of opening balance to savings", has_date=True) is None
    assert marker_of(DEFAULT, "Reopening balance fee", has_date=True) is None


def test_a_plain_balance_word_marks_a_line_alone_or_before_figures_and_filler_words_only() -> None:
    # A one-word phrase ("Report", "Übertrag") is a word of other uses too: drawn from the lexicon.
    word = next(p for p in ALL.brought_forward if p.isalpha()).title()
    filler = next(w for w in ALL.function_words if w.isalpha() and w.title() != word)
    assert marker_of(DEFAULT, word, has_date=False) is Marker.OPENING
    assert marker_of(DEFAULT, f"{word} {filler} 30/04", has_date=True) is Marker.OPENING
    assert marker_of(DEFAULT, f"{word} Zqxv", has_date=True) is None  # a word of no use in any lexicon
    assert marker_of(DEFAULT, f"{word} 30/04 Zqxv", has_date=True) is None
    assert marker_of(DEFAULT, f"Zqxv {word}", has_date=True) is None  # only a longer phrase may end a line


def test_an_activity_summary_is_a_total_whole_or_cut_after_three_words() -> None:
    assert marker_of(DEFAULT, "Net amount of monthly activity", has_date=True) is Marker.TOTAL
    assert marker_of(DEFAULT, "Credit(s) this period 4", has_date=False) is Marker.TOTAL
    assert marker_of(DEFAULT, "Net amount of", has_date=True) is Marker.TOTAL  # the rest wrapped below
    assert marker_of(DEFAULT, "Net amount", has_date=True) is None  # two words say too little


# Headings read into columns; the header's last line, where it matters, is `ends_on` (0: the first).
@pytest.mark.parametrize(
    ("rows", "roles", "ends_on"),
    [
        pytest.param(
            # "Date" and "Amount" on the first line make a header of their own; "Settlement / date" and
            # "Electronic / Withdrawals" are columns only with the second line.
            [
                (
                    100.0,
                    [
                        (40, "Date"),
                        (100, "Settlement"),
                        (160, "Details"),
                        (330, "Electronic"),
                        (420, "Credit"),
                    ],
                ),
                (109.0, [(100, "date"), (330, "Withdrawals")]),
            ],
            [Role.DATE, Role.VALUE_DATE, Role.DESC, Role.DEBIT, Role.CREDIT],
            1,
            id="headings_wrapped_over_two_lines_name_every_column_though_the_first_line_heads_some",
        ),
        pytest.param(
            [
                (
                    100.0,
                    [DEBIT_CREDIT_HEADER[1][0], (100, "Details"), (330, "Withdrawals"), (510, "Balance")],
                ),
                (109.0, [(40, "03/11"), (100, "Balance forward"), right(560, "1,000.00")]),
            ],
            [Role.DATE, Role.DESC, Role.DEBIT, Role.BALANCE],
            0,
            id="a_first_row_set_close_under_the_header_is_not_read_as_its_second_line",
        ),
        pytest.param(
            # "Date / Date / Amount" under "Process / Settlement / Transaction / Running balance": the
            # second line alone is a header without description and balance.
            [
                (
                    100.0,
                    [
                        (40, "Process"),
                        (100, "Settlement"),
                        (160, "Transactions"),
                        (330, "Transaction"),
                        (420, "Running"),
                    ],
                ),
                (109.0, [(40, "date"), (100, "date"), (330, "amount"), (420, "balance")]),
            ],
            [Role.DATE, Role.VALUE_DATE, Role.DESC, Role.AMOUNT, Role.BALANCE],
            None,
            id="wrapped_headings_whose_second_line_alone_reads_as_a_header_are_read_with_their_first",
        ),
        pytest.param(
            # "Auftraggeber/Empfänger" is printed as one word; the lexicon writes it so too.
            [
                (
                    100.0,
                    [(40, "Buchungstag"), (120, "Auftraggeber/Empfänger"), (330, "Betrag"), (420, "Saldo")],
                )
            ],
            [Role.DATE, Role.DESC, Role.AMOUNT, Role.BALANCE],
            None,
            id="a_heading_whose_words_a_slash_parts_names_its_column",
        ),
        pytest.param(
            [(100.0, [(40, "Dt."), (100, "Descritivo"), (330, "Saídas"), (420, "Saldo")])],
            [Role.DATE, Role.DESC, Role.DEBIT, Role.BALANCE],
            None,
            id="an_abbreviated_date_heading_of_two_letters_heads_a_table",
        ),
        pytest.param(
            # "F." over "contable": neither word alone is only a date heading's ("saldo contable" is a
            # balance), the two together are.
            [
                (100.0, [(40, "F."), (100, "MOVIMIENTO"), (330, "CARGO"), (420, "ABONO")]),
                (110.0, [(40, "CONTABLE")]),
            ],
            [Role.DATE, Role.DESC, Role.DEBIT, Role.CREDIT],
            None,
            id="a_date_heading_of_one_letter_over_a_word_it_shares_with_other_headings_heads_a_table",
        ),
        pytest.param(
            # "Importo" alone is a signed amount; "Importo / addebitato" is money out.
            [
                (100.0, [(40, "Data"), (100, "Dettagli"), (270, "Accrediti"), (353, "Importo")]),
                (110.0, [(353, "addebitato")]),
            ],
            [Role.DATE, Role.DESC, Role.CREDIT, Role.DEBIT],
            1,
            id="a_second_header_line_of_heading_words_only_completes_the_headings_above",
        ),
        pytest.param(
            # Rows print the value date under the booking date: "Valuta" under "Buchung" heads that second
            # line of each row, and the header stays the first line's.
            [
                (100.0, [(40, "Buchung"), (100, "Buchung / Verwendungszweck"), (400, "Betrag (EUR)")]),
                (110.0, [(40, "Valuta")]),
            ],
            [Role.DATE, Role.VALUE_DATE, Role.DESC, Role.AMOUNT],
            0,
            id="a_value_date_heading_stacked_under_the_booking_date_is_not_read_as_a_column_of_its_own",
        ),
        pytest.param(
            # "Fecha movimiento" is a date heading; "Fecha" and "Movimiento" printed side by side over a
            # date and a description column are two.
            [(100.0, [(40, "Fecha"), (72, "Movimiento"), (288, "Importe"), (364, "Saldo")])],
            [Role.DATE, Role.DESC, Role.AMOUNT, Role.BALANCE],
            None,
            id="a_date_heading_that_would_swallow_the_description_heading_beside_it_is_two_headings",
        ),
        pytest.param(
            # "Posted" and "Date" ten points apart head two columns, not one "Posted Date": a text layer
            # sets the words of one heading a space apart.
            [(100.0, [(40, "Posted"), (80, "Date"), (130, "Description"), (330, "Amount")])],
            [Role.DATE, Role.VALUE_DATE, Role.DESC, Role.AMOUNT],
            None,
            id="two_headings_a_column_gap_apart_are_two_columns_in_a_text_layer",
        ),
    ],
)
def test_headings_name_their_columns(
    rows: list[tuple[float, list[Item]]], roles: list[Role], ends_on: int | None
) -> None:
    lines = cluster_lines(page(rows).words, 1)
    header = find_header(DEFAULT, *lines)
    assert header is not None
    assert [c.role for c in header.columns] == roles
    if ends_on is not None:
        assert header.bottom == lines[ends_on].bottom


# A value date printed in its column beside a description that runs on into that column.
@pytest.mark.parametrize(
    ("rows", "dated", "description"),
    [
        pytest.param(
            # A short heading over a long description: its text runs on past the middle of the gap, into
            # the zone of the value-date column beside it; the date there is still the value date.
            [
                (40.0, [(40, "Periodo 01.12.2025 al 31.12.2025")]),
                (80.0, [(40, "Data"), (100, "Causale"), (230, "Val."), (330, "Dare"), (420, "Avere")]),
                (
                    96.0,
                    [
                        (40, "01.12.2025"),
                        (100, "PAGAMENTO POS LIBRERIA IL"),
                        (230, "02.12.2025"),
                        right(360, "95,50"),
                    ],
                ),
                (108.0, [(100, "GELSO MODENA")]),
            ],
            (D(2025, 12, 1), D(2025, 12, 2), M("-95.50")),
            "PAGAMENTO POS LIBRERIA IL GELSO MODENA",
            id="a_description_running_into_the_value_date_column_keeps_its_words",
        ),
        pytest.param(
            [
                (40.0, [(40, "Period January 1, 2025 to January 31, 2025")]),
                (80.0, [(40, "Txn Date"), (100, "Details"), (232, "Val"), (330, "Debits"), (420, "Credits")]),
                (
                    96.0,
                    [
                        (40, "Jan 6, 2025"),
                        (100, "DEBIT CARD PURCHASE HOLLOW"),
                        (232, "Jan 9, 2025"),
                        right(360, "11.99"),
                    ],
                ),
                (108.0, [(100, "TREE PHARMACY")]),
            ],
            (D(2025, 1, 6), D(2025, 1, 9), M("-11.99")),
            "DEBIT CARD PURCHASE HOLLOW TREE PHARMACY",
            id="a_value_date_of_several_words_is_found_beside_a_description_running_into_its_column",
        ),
        pytest.param(
            [
                (40.0, [(40, "Period 01/12/2025 to 31/12/2025")]),
                (80.0, [(40, "Posted"), (110, "Val"), (160, "Payment Details"), (360, "Amount")]),
                (
                    96.0,
                    [
                        (40, "Dec 9, 2025"),
                        (110, "Dec 11, 2025"),
                        (170, "E-TRANSFER SENT"),
                        right(400, "298.93 DR"),
                    ],
                ),
            ],
            (D(2025, 12, 9), D(2025, 12, 11), M("-298.93")),
            "E-TRANSFER SENT",
            id="the_year_of_a_value_date_printed_past_its_short_heading_is_the_dates",
        ),
        pytest.param(
            # "DO" ends the description's line (and is a weekday somewhere): it stays the description's.
            [
                (40.0, [(40, "Período 01/10/2025 a 31/10/2025")]),
                (
                    80.0,
                    [(40, "Dt."), (100, "Histórico"), (230, "Data valor"), (330, "Débito"), (420, "Crédito")],
                ),
                (
                    96.0,
                    [
                        (40, "07/10/2025"),
                        (110, "COMPRA FARMACIA DO"),
                        (230, "10/10/2025"),
                        right(370, "54,38"),
                    ],
                ),
                (108.0, [(110, "LARGO FARO")]),
            ],
            (D(2025, 10, 7), D(2025, 10, 10), M("-54.38")),
            "COMPRA FARMACIA DO LARGO FARO",
            id="a_description_word_left_of_the_value_date_heading_is_not_read_into_the_date",
        ),
    ],
)
def test_a_value_date_is_read_beside_a_description_running_into_its_column(
    rows: list[tuple[float, list[Item]]], dated: tuple[dt.date, dt.date, Decimal], description: str
) -> None:
    [statement] = read_statements([page(rows)])
    [txn] = statement.transactions
    assert (txn.date, txn.value_date, txn.amount) == dated
    assert txn.description == description


def test_a_section_title_naming_one_column_is_not_read_into_the_header_under_it() -> None:
    rows = [
        (100.0, [(40, "CHECKS PAID")]),
        (112.0, [(40, "Date"), (100, "Check number"), (330, "Amount")]),
    ]
    first, second = cluster_lines(page(rows).words, 1)
    assert find_header(DEFAULT, first, second) is None
    header = find_header(DEFAULT, second)
    assert header is not None
    assert [c.role for c in header.columns] == [Role.DATE, Role.OTHER, Role.AMOUNT]


def test_a_heading_that_names_a_currency_names_its_column_in_any_currency() -> None:
    """ "Umsatz" alone heads a description; "Umsatz EUR" (the lexicon's) is an amount, and so is
    "Umsatz CHF" on a franc account."""
    rows = [(100.0, [(40, "Datum"), (100, "Verwendungszweck"), (321, "UMSATZ CHF"), (420, "Saldo")])]
    [line] = cluster_lines(page(rows).words, 1)
    header = find_header(DEFAULT, line)
    assert header is not None
    assert [c.role for c in header.columns] == [Role.DATE, Role.DESC, Role.AMOUNT, Role.BALANCE]
    assert header.currency == "CHF"


def test_balances_carried_over_a_page_break_are_neither_the_opening_nor_the_closing() -> None:
    """Without a summary box, the balances a page break carries over (printed after the first page's
    rows and before the next page's) are not the statement's opening and closing balances."""
    head = (80.0, [(40, "Date"), (100, "Description"), (330, "Amount"), (420, "Balance")])
    first = [
        (40.0, [(40, "Period 01/03/2025 to 31/03/2025")]),
        head,
        (96.0, [(40, "03/03/2025"), (100, "GROCER"), right(370, "-20.00"), right(460, "980.00")]),
        (108.0, [(40, "05/03/2025"), (100, "PAYROLL"), right(370, "500.00"), right(460, "1,480.00")]),
        (120.0, [(100, "Balance carried forward"), right(460, "1,480.00")]),
    ]
    second = [
        head,
        (96.0, [(100, "Balance brought forward"), right(460, "1,480.00")]),
        (108.0, [(40, "20/03/2025"), (100, "RENT"), right(370, "-700.00"), right(460, "780.00")]),
    ]
    [statement] = read_statements([page(first), page(second, number=2)])
    assert [t.amount for t in statement.transactions] == [M("-20.00"), M("500.00"), M("-700.00")]
    # the first and last running balances tell them instead
    assert (statement.opening_balance, statement.closing_balance) == (M("1000.00"), M("780.00"))


def test_a_title_in_larger_type_over_the_header_is_not_its_first_line() -> None:
    """A title ("CREDIT CARD") printed just above a header wrapped over two lines heads no column."""
    title = page([(60.0, [(480, "CREDIT CARD")])]).words
    title = [Word(w.text, w.x0, w.x1, 58.0, 69.0, None) for w in title]  # an 11-point title
    rows = [(78.0, [(40, "Date"), (100, "Details"), (330, "Transaction")]), (88.0, [(330, "Amount")])]
    lines = cluster_lines([*title, *page(rows).words], 1)
    assert len(lines) == 3
    assert find_header(DEFAULT, lines[0], lines[1]) is None
    header = find_header(DEFAULT, lines[1], lines[2])
    assert header is not None and [c.role for c in header.columns] == [Role.DATE, Role.DESC, Role.AMOUNT]


def test_a_heading_whose_ocr_box_reaches_the_band_below_does_not_stack_the_next_line_onto_the_header() -> (
    None
):
    """A card statement's photo: "DESCRIPTION", printed in a tinted band, came back from OCR in a box
    reaching the band's lower edge, so "FOOBAR CREDIT CARD" under the headings read as their second
    line ("TRANSACTION" over "CREDIT", a credit column) and no row was dated."""

    def word(text: str, x0: float, x1: float, top: float, bottom: float) -> Word:
        return Word(text, x0, x1, top, bottom, confidence=96.0)

    words = (
        word("TRANSACTION", 90.7, 139.7, 414.0, 419.3),
        word("DATE", 141.8, 159.8, 413.8, 419.3),
        word("DESCRIPTION", 228.5, 276.5, 411.4, 422.4),
        word("AMOUNT", 507.1, 536.4, 414.2, 419.5),
        word("(SGD)", 538.3, 557.0, 414.5, 421.0),
        word("FOOBAR", 91.2, 120.2, 430.1, 435.6),
        word("CREDIT", 122.4, 148.8, 429.8, 435.6),
        word("CARD", 151.4, 171.8, 429.8, 435.4),
    )
    first, second = cluster_lines(PageWords(1, 642.0, 857.0, words, ExtractionMethod.OCR).words, 1)
    header = find_header(DEFAULT, first, second)
    assert header is not None
    assert [c.role for c in header.columns] == [Role.DATE, Role.DESC, Role.AMOUNT]


def test_a_page_that_prints_no_year_keeps_each_rows_month_and_day_for_the_statement_it_continues() -> None:
    """A second page photographed alone ("25.01." and no year anywhere): its rows have no date, and
    validation dates them from the page they continue."""
    rows = [
        (100.0, [(40, "Buchung"), (100, "Vorgang"), (330, "Soll"), (420, "Haben")]),
        (116.0, [(40, "25.01."), (100, "Scheckeinreichung"), right(470, "+1.830,00")]),
        (130.0, [(40, "26.01."), (100, "SEPA Überw. Einzel"), right(380, "-31,50")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.date for t in statement.transactions] == [None, None]
    assert [t.day for t in statement.transactions] == [(1, 25), (1, 26)]


def test_a_heading_over_words_apart_heads_each_and_over_a_heading_run_on_heads_it_once() -> None:
    """ "SALDO" over "OPERACIÓN" and "LIQUIDACIÓN" set apart heads each of them (two balance columns);
    "AMOUNTS" over "TO YOUR ACCOUNT", words a space apart, is one heading run on over two lines."""
    vocabulary = _vocabulary(DEFAULT.lexicon)
    apart = [("saldo", Word("SALDO", 505, 545, 100, 108))]
    apart += [("operacion", Word("OPERACIÓN", 480, 520, 110, 118))]
    apart += [("liquidacion", Word("LIQUIDACIÓN", 532, 580, 110, 118))]
    spread = _groups_spread(vocabulary, apart, DEFAULT.tolerances.word_space)
    assert [(k, w.x0) for k, w in spread if k == "saldo"] == [("saldo", 480), ("saldo", 532)]
    run_on = [("amounts", Word("AMOUNTS", 300, 345, 100, 108))]
    run_on += [(k, Word(k.upper(), x0, x1, 110, 118)) for k, x0, x1 in (("to", 290, 300), ("your", 303, 325))]
    run_on += [("account", Word("ACCOUNT", 328, 360, 110, 118))]
    assert _groups_spread(vocabulary, run_on, DEFAULT.tolerances.word_space) == run_on[1:] + run_on[:1]


def test_a_line_read_under_two_headers_in_turn_takes_each_headers_columns() -> None:
    """The columns of the header whose lines are being read are kept from one line to the next: a line
    read under another header, then under the first again, is read by each one's own columns."""
    swapped = (
        170.0,
        [(40, "Date"), (100, "Description"), (330, "Deposits"), (420, "Withdrawals"), (510, "Balance")],
    )
    headers = []
    for printed in (DEBIT_CREDIT_HEADER, swapped):
        [heading] = cluster_lines(page([printed]).words, 1)
        header = find_header(DEFAULT, heading)
        assert header is not None
        headers.append(header)
    [row] = cluster_lines(page([(200.0, [(40, "Nov 3"), (100, "COFFEE"), right(380, "4.50")])]).words, 1)
    read = [set(read_row_line(DEFAULT, headers[n], row).amounts) for n in (0, 1, 0, 1)]
    assert read == [{Role.DEBIT}, {Role.CREDIT}, {Role.DEBIT}, {Role.CREDIT}]
