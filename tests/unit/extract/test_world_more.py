"""More kinds of statements of the world, on hand-built word boxes: remarks printed right of the
figures, one balance label for the old and the new balance, account numbers in digit groups, card
issuers' names, `dd-Mon-yyyy` periods."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.extract.reader import read_statements
from tests.unit.extract.builder import Item, page, right

D = dt.date
M = Decimal


def test_remarks_printed_right_of_the_figures_are_the_description_not_the_reference_or_branch() -> None:
    """Nigerian bank statements print reference and branch columns before the figures and the
    description ("Remarks") last: only the remarks describe the row."""
    rows = [
        (40.0, [(30, "Iroko Trust Bank"), (400, "Customer Statement")]),
        (60.0, [(30, "Amaka Okafor"), (300, "Account No 0650242185")]),
        (72.0, [(30, "21 Allen Avenue"), (300, "Currency NGN")]),
        (84.0, [(30, "294822 Enugu"), (300, "Period 01-Dec-2025 To 31-Dec-2025")]),
        (110.0, [(30, "Trans."), (82, "Value."), (405, "Originating")]),
        (
            120.0,
            [
                (30, "Date"),
                (82, "Date"),
                (134, "Reference"),
                (235, "Debits"),
                (298, "Credits"),
                (369, "Balance"),
                (405, "Branch"),
                (465, "Remarks"),
            ],
        ),
        (
            136.0,
            [
                (30, "02-Dec-2025"),
                (82, "02-Dec-2025"),
                (134, "28586831"),
                right(256, "2,146.37"),
                right(396, "3,620.06"),
                (405, "WUSE II"),
                (465, "Data bundle"),
            ],
        ),
        (
            150.0,
            [
                (30, "08-Dec-2025"),
                (82, "09-Dec-2025"),
                (134, "47089742"),
                right(322, "44,069.32"),
                right(396, "47,689.38"),
                (405, "HEAD OFFICE"),
                (465, "TUNDE ADEYEMI Transfer"),
            ],
        ),
        (160.0, [(465, "from")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.value_date, t.description, t.amount) for t in statement.transactions] == [
        (D(2025, 12, 2), D(2025, 12, 2), "Data bundle", M("-2146.37")),
        (D(2025, 12, 8), D(2025, 12, 9), "TUNDE ADEYEMI Transfer from", M("44069.32")),
    ]
    assert (statement.period_start, statement.period_end) == (D(2025, 12, 1), D(2025, 12, 31))
    assert statement.currency == "NGN"
    assert (statement.holder_name, statement.holder_address) == (
        "Amaka Okafor",
        "21 Allen Avenue, 294822 Enugu",
    )


def test_one_balance_label_before_the_rows_is_the_opening_and_after_them_the_closing() -> None:
    """German savings banks print "Kontostand am <date>" for the old balance and the new one."""
    rows = [
        (40.0, [(40, "Kontoauszug 1/2026"), (300, "IBAN DE67 4305 0001 7882 0429 74")]),
        (80.0, [(45, "Buchungstag"), (105, "Wert"), (165, "Erläuterung"), (470, "Betrag")]),
        (96.0, [(165, "Kontostand am 31.12.2025, Auszug Nr. 12"), right(555, "1.000,00")]),
        (
            110.0,
            [
                (45, "02.01.2026"),
                (105, "02.01.2026"),
                (165, "Kartenzahlung Frischemarkt"),
                right(555, "-48,35"),
            ],
        ),
        (124.0, [(45, "05.01.2026"), (105, "07.01.2026"), (165, "Gehalt Klinikum"), right(555, "2.467,95")]),
        (140.0, [(165, "Kontostand am 31.01.2026 um 20:15 Uhr"), right(555, "3.419,60")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-48.35"), M("2467.95")]
    assert (statement.opening_balance, statement.closing_balance) == (M("1000.00"), M("3419.60"))


def test_an_account_number_printed_in_digit_groups_may_open_with_a_short_one() -> None:
    """Australian statements print the branch number and the account together ("06 2132 19639321")."""
    rows = [
        (40.0, [(56, "Kurrajong Bank"), (400, "Account Number 06 2132 19639321")]),
        (60.0, [(330, "Period 1 December 2025 - 31 December 2025")]),
        (80.0, [(45, "Date"), (95, "Transaction"), (330, "Debit"), (400, "Credit"), (470, "Balance")]),
        (96.0, [(45, "01 Dec 2025"), (95, "OPENING BALANCE"), right(565, "$718.65 CR")]),
        (110.0, [(45, "02 Dec"), (95, "EFTPOS WATTLE CAFE"), right(395, "133.97"), right(565, "$584.68 CR")]),
        (124.0, [(45, "04 Dec"), (95, "DIRECT DEBIT POWER"), right(395, "600.00"), right(565, "$15.32 DR")]),
    ]
    [statement] = read_statements([page(rows)])
    assert statement.account_number == "06 2132 19639321"
    assert [t.amount for t in statement.transactions] == [M("-133.97"), M("-600.00")]
    assert statement.opening_balance == M("718.65")


def test_a_card_issuer_named_card_services_is_the_institution_not_the_holder_below() -> None:
    rows = [
        (40.0, [(40, "MERLION CARD SERVICES"), (420, "CREDIT CARD STATEMENT")]),
        (52.0, [(300, "Statement period 15 DEC 2024 to 14 JAN 2025")]),
        (70.0, [(45, "WEI MING ISMAIL")]),
        (82.0, [(45, "160 CLEMENTI RD")]),
        (94.0, [(45, "SINGAPORE 543717")]),
        (120.0, [(45, "TRANS"), (92, "POST")]),
        (130.0, [(45, "DATE"), (92, "DATE"), (140, "DESCRIPTION"), (480, "AMOUNT (SGD)")]),
        (146.0, [(140, "PREVIOUS BALANCE"), right(560, "1,746.32")]),
        (160.0, [(45, "16 DEC"), (92, "19 DEC"), (140, "HAWKER PAY SINGAPORE SG"), right(560, "169.94")]),
        (174.0, [(45, "21 DEC"), (92, "21 DEC"), (140, "PAYMENT VIA GIRO"), right(560, "1,420.94 CR")]),
    ]
    [statement] = read_statements([page(rows)])
    assert statement.institution == "MERLION CARD SERVICES"
    assert statement.holder_name == "WEI MING ISMAIL"


def test_an_account_summary_printed_beside_the_first_rows_is_no_part_of_them() -> None:
    """US card statements print the account summary in a box left of page 1's rows, line for line
    beside them; the rows keep their own words and the summary still gives the balances. The table
    titles its sections among the rows, and its date heading is stacked ("Date of" over "Transaction")."""
    rows = [
        (40.0, [(40, "Sequoia Card Services"), (400, "Opening/Closing Date 12/15/25 - 01/14/26")]),
        (110.0, [(40, "ACCOUNT SUMMARY"), (215, "Date of")]),
        (120.0, [(215, "Transaction"), (275, "Merchant Name or Transaction Description"), (542, "$ Amount")]),
        (134.0, [(40, "Previous Balance"), right(195, "$1,979.15"), (270, "PAYMENTS AND OTHER CREDITS")]),
        (
            146.0,
            [
                (40, "Purchases"),
                right(195, "+$286.83"),
                (215, "12/17"),
                (270, "PAYMENT RECEIVED"),
                right(572, "-394.40"),
            ],
        ),
        (158.0, [(40, "New Balance"), right(195, "$1,871.58"), (215, "PURCHASE")]),
        (170.0, [(215, "12/16"), (270, "SKYLINE AIR VANCOUVER BC"), right(572, "124.31")]),
        (
            182.0,
            [
                (40, "Payment Due Date 02/08/26"),
                (215, "12/28"),
                (270, "BLUE HERON CAFE"),
                right(572, "162.52"),
            ],
        ),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (D(2025, 12, 17), "PAYMENT RECEIVED", M("394.40")),
        (D(2025, 12, 16), "SKYLINE AIR VANCOUVER BC", M("-124.31")),
        (D(2025, 12, 28), "BLUE HERON CAFE", M("-162.52")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (M("-1979.15"), M("-1871.58"))


def test_rows_read_as_total_lines_are_taken_back_where_the_balance_chain_needs_them() -> None:
    """A merchant named like a total ("TOTAL FUEL STATION"), on a row under its day's date printed
    once, reads as a total line; the running balances show the rows are missing, and between which
    rows: they are taken back there, with the day's date."""
    rows = [
        (40.0, [(40, "Statement period 1 March 2025 to 31 March 2025")]),
        (80.0, [(40, "Date"), (100, "Description"), (330, "Debit"), (410, "Credit"), (490, "Balance")]),
        (96.0, [(40, "01 Mar"), (100, "Opening balance"), right(560, "1,000.00")]),
        (110.0, [(40, "03 Mar"), (100, "CORNER CAFE"), right(380, "12.50"), right(560, "987.50")]),
        (124.0, [(100, "TOTAL FUEL STATION"), right(380, "60.00"), right(560, "927.50")]),
        (138.0, [(40, "05 Mar"), (100, "SALARY ACME"), right(460, "2,000.00"), right(560, "2,927.50")]),
        (152.0, [(100, "TOTAL FUEL STATION"), right(380, "40.00")]),
        (166.0, [(100, "BAKERY"), right(380, "7.50"), right(560, "2,880.00")]),
        (180.0, [(40, "31 Mar"), (100, "Closing balance"), right(560, "2,880.00")]),
        (194.0, [(100, "Total"), right(380, "120.00"), right(460, "2,000.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (D(2025, 3, 3), "CORNER CAFE", M("-12.50")),
        (D(2025, 3, 3), "TOTAL FUEL STATION", M("-60.00")),
        (D(2025, 3, 5), "SALARY ACME", M("2000.00")),
        (D(2025, 3, 5), "TOTAL FUEL STATION", M("-40.00")),
        (D(2025, 3, 5), "BAKERY", M("-7.50")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (M("1000.00"), M("2880.00"))


def test_the_last_line_of_a_description_that_names_a_side_stays_in_it() -> None:
    """A one-word line under a row ("WITHDRAWAL") ends its description; only a title of words
    enough ("PAYMENTS AND OTHER CREDITS") is a section's, not the row's."""
    rows = [
        (80.0, [(40, "Date"), (100, "Description"), (330, "Debit"), (410, "Credit"), (490, "Balance")]),
        (96.0, [(40, "02/03/2025"), (100, "ATM CASH"), right(380, "100.00"), right(560, "900.00")]),
        (106.0, [(100, "WITHDRAWAL")]),
        (120.0, [(40, "03/03/2025"), (100, "CORNER CAFE"), right(380, "12.50"), right(560, "887.50")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.description for t in statement.transactions] == ["ATM CASH WITHDRAWAL", "CORNER CAFE"]


def _owed_rows(payment: str) -> list[tuple[float, list[Item]]]:
    return [
        (40.0, [(76, "Wattlebird Bank"), (400, "Statement period 15 December 2025 - 14 January 2026")]),
        (
            80.0,
            [(50, "Date"), (95, "Transaction details"), (340, "Debits"), (415, "Credits"), (490, "Balance")],
        ),
        (96.0, [(50, "15 Dec"), (95, "Opening balance"), right(562, "-1,200.00")]),
        (
            110.0,
            [(50, "16 Dec"), (95, "WATTLE CAFE FREMANTLE WA"), right(370, "12.50"), right(562, "-1,212.50")],
        ),
        (124.0, [(50, "20 Dec"), (95, payment), right(450, "500.00"), right(562, "-712.50")]),
        (138.0, [(50, "22 Dec"), (95, "KOOKABURRA BOOKS"), right(370, "40.00"), right(562, "-752.50")]),
    ]


def test_a_balance_owed_throughout_that_only_payments_lower_is_a_card_account() -> None:
    """An Australian card account prints what is owed as a negative balance in Debits/Credits columns
    and names no card: its rows say it is one, and its figures already read from the holder's side."""
    [statement] = read_statements([page(_owed_rows("PAYMENT RECEIVED THANK YOU"))])
    assert statement.account_type == "CREDIT_CARD"
    assert [t.amount for t in statement.transactions] == [M("-12.50"), M("500.00"), M("-40.00")]
    assert (statement.opening_balance, statement.closing_balance) == (M("-1200.00"), M("-752.50"))


def test_an_overdrawn_account_paid_into_by_a_salary_is_no_card() -> None:
    [statement] = read_statements([page(_owed_rows("SALARY REEF LOGISTICS"))])
    assert statement.account_type is None


def test_a_date_printed_right_of_the_money_columns_with_the_year_in_the_period() -> None:
    rows = [
        (40.0, [(300, "Statement Period: MAR 01/24 - MAR 31/24")]),
        (
            80.0,
            [(40, "DESCRIPTION"), (250, "WITHDRAWALS"), (330, "DEPOSITS"), (400, "DATE"), (480, "BALANCE")],
        ),
        (96.0, [(40, "BALANCE FORWARD"), (400, "MAR01"), right(540, "1,000.00")]),
        (110.0, [(40, "CORNER CAFE"), right(305, "12.50"), (400, "MAR03"), right(540, "987.50")]),
        (124.0, [(40, "PAYROLL DEP ACME"), right(375, "2,000.00"), (400, "MAR05"), right(540, "2,987.50")]),
    ]
    [statement] = read_statements([page(rows)])
    assert (statement.period_start, statement.period_end) == (D(2024, 3, 1), D(2024, 3, 31))
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (D(2024, 3, 3), "CORNER CAFE", M("-12.50")),
        (D(2024, 3, 5), "PAYROLL DEP ACME", M("2000.00")),
    ]
