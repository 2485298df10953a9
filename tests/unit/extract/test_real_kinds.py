"""Kinds of real statements, on hand-built word boxes: German tables, value dates, summaries, balances."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.extract.amounts import parse_money
from ingest.extract.dates import NumericOrder, parse_partial, resolve
from ingest.extract.reader import read_statements
from tests.unit.extract.builder import page, right

D = dt.date
M = Decimal


def test_day_and_month_closed_by_a_dot_take_the_year_of_the_period() -> None:
    """German rows print "19.01." and leave the year to the heading "vom 01.01.2020 bis 02.02.2020"."""
    rows = [
        (40.0, [(40, "Kontoauszug vom 01.01.2020 bis 02.02.2020")]),
        (80.0, [(40, "Buchung"), (90, "Wert"), (140, "Vorgang"), (400, "Soll"), (470, "Haben")]),
        (95.0, [(40, "19.01."), (90, "19.01."), (140, "Gutschr. SEPA"), right(500, "+154,00")]),
        (107.0, [(40, "21.01."), (90, "22.01."), (140, "SDD Lastschr"), right(430, "-125,80")]),
        (119.0, [(140, "TELEFON AG")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.value_date, t.amount) for t in statement.transactions]
    assert got == [
        (D(2020, 1, 19), D(2020, 1, 19), M("154.00")),
        (D(2020, 1, 21), D(2020, 1, 22), M("-125.80")),
    ]
    assert statement.transactions[1].description == "SDD Lastschr TELEFON AG"


def test_a_value_date_printed_under_the_booking_date() -> None:
    rows = [
        (80.0, [(40, "Buchung"), (140, "Buchung / Verwendungszweck"), (480, "Betrag (EUR)")]),
        (95.0, [(40, "07.12.2021"), (140, "Gutschrift RANDI ZAKARIA"), right(520, "183,68")]),
        (107.0, [(40, "08.12.2021"), (140, "Referenz: ZV01003")]),
        (119.0, [(40, "09.12.2021"), (140, "Lastschrift STADTWERKE"), right(520, "-205,90")]),
        (131.0, [(40, "09.12.2021")]),
        (143.0, [(140, "Neuer Saldo"), right(520, "-22,22")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.value_date, t.amount) for t in statement.transactions]
    assert got == [
        (D(2021, 12, 7), D(2021, 12, 8), M("183.68")),
        (D(2021, 12, 9), D(2021, 12, 9), M("-205.90")),
    ]
    assert statement.closing_balance == M("-22.22")


def test_an_activity_summary_wrapped_over_two_lines_is_no_transaction() -> None:
    rows = [
        (80.0, [(40, "DATE"), (100, "DESCRIPTION"), (480, "AMOUNT($)")]),
        (95.0, [(40, "AUG 9"), (100, "NETFLIX.COM"), right(520, "$7.99")]),
        (107.0, [(40, "AUG 12"), (100, "INTERNET CHATHAM"), right(520, "$55.31")]),
        (130.0, [(100, "NET AMOUNT OF MONTHLY"), right(520, "$63.30")]),
        (141.0, [(100, "ACTIVITY")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.description for t in statement.transactions] == ["NETFLIX.COM", "INTERNET CHATHAM"]


def test_running_balances_give_the_opening_and_closing_balances() -> None:
    """No balance is labelled: the first row's balance less its amount opened, the last closed."""
    rows = [
        (80.0, [(40, "Date"), (100, "Narration"), (330, "Debit"), (400, "Credit"), (480, "Balance")]),
        (95.0, [(40, "01-May-2026"), (100, "CHARGES"), right(370, "50.00"), right(520, "531,085.04")]),
        (
            107.0,
            [(40, "06-May-2026"), (100, "TRANSFER IN"), right(440, "300,000.00"), right(520, "831,085.04")],
        ),
    ]
    [statement] = read_statements([page(rows)])
    assert statement.opening_balance == M("531135.04")
    assert statement.closing_balance == M("831085.04")


def test_soll_and_haben_markers_sign_a_figure() -> None:
    debit, credit = parse_money("1.234,56 S"), parse_money("1.234,56 H")
    assert debit is not None and debit.signed == M("-1234.56")
    assert credit is not None and credit.signed == M("1234.56")


def test_month_names_of_every_language() -> None:
    for text, month in (
        ("3. März 2022", 3),
        ("5 ene 2022", 1),
        ("7 maggio 2022", 5),
        ("9 mei 2022", 5),
        ("2 março 2022", 3),
    ):
        date = parse_partial(text)
        assert date is not None and (date.b, date.year) == (month, 2022), text


def test_indian_grouping_is_read() -> None:
    money = parse_money("1,23,456.78")
    assert money is not None and money.magnitude == M("123456.78")


def test_a_two_digit_year_takes_the_century_of_the_period() -> None:
    date = parse_partial("31/12/99")
    assert date is not None
    assert resolve(date, NumericOrder.DAY_FIRST, (None, D(2000, 1, 15)), None) == D(1999, 12, 31)


def test_a_statement_titled_by_its_month_gives_the_year_across_new_year() -> None:
    """ "Kontoauszug Dezember 2021": a row printed "03.01." belongs to January 2022."""
    rows = [
        (40.0, [(40, "Kontoauszug Dezember 2021")]),
        (80.0, [(40, "Datum"), (140, "Buchungstext"), (480, "Betrag")]),
        (95.0, [(40, "30.12."), (140, "Miete"), right(520, "-850,00")]),
        (107.0, [(40, "03.01."), (140, "Gehalt"), right(520, "2.100,00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.date for t in statement.transactions] == [D(2021, 12, 30), D(2022, 1, 3)]
    assert (statement.period_start, statement.period_end) == (D(2021, 12, 1), D(2021, 12, 31))


def test_a_count_of_movements_under_the_table_is_no_transaction() -> None:
    """Portuguese statements close with "N.º de movimentos a débito: 32  3424,99": a summary."""
    rows = [
        (40.0, [(40, "Período: 1 de junho a 30 de junho de 2024")]),
        (80.0, [(40, "Data mov."), (140, "Descritivo"), (380, "Débito"), (450, "Crédito"), (520, "Saldo")]),
        (95.0, [(140, "SALDO ANTERIOR"), right(560, "100,00")]),
        (107.0, [(40, "02-06"), (140, "COMPRA MERCEARIA"), right(410, "10,00"), right(560, "90,00")]),
        (119.0, [(40, "04-06"), (140, "VENCIMENTO"), right(480, "50,00"), right(560, "140,00")]),
        (131.0, [(140, "SALDO FINAL"), right(560, "140,00")]),
        (150.0, [(140, "N.º de movimentos a débito: 1"), right(480, "10,00")]),
        (162.0, [(140, "N.º de movimentos a crédito: 1"), right(480, "50,00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-10.00"), M("50.00")]
    assert (statement.opening_balance, statement.closing_balance) == (M("100.00"), M("140.00"))


def test_the_balance_of_the_last_bill_opens_a_german_card_bill() -> None:
    rows = [
        (80.0, [(40, "Buchung"), (140, "Beschreibung"), (480, "Betrag CHF")]),
        (95.0, [(140, "Saldo letzte Rechnung"), right(520, "789.58")]),
        (107.0, [(40, "17.11.24"), (140, "KIOSK SEEBLICK"), right(520, "157.43")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.description for t in statement.transactions] == ["KIOSK SEEBLICK"]
    assert statement.opening_balance is not None and abs(statement.opening_balance) == M("789.58")


def test_a_card_in_debit_and_credit_columns_owing_below_zero_keeps_the_columns_way_round() -> None:
    """Charges under Debit, a payment under Credit, the balance owed printed negative in the box:
    read as printed, opening + credits - debits is the closing; the columns are not swapped."""
    rows = [
        (40.0, [(40, "Credit card statement"), (330, "Credit limit"), right(520, "3,000.00")]),
        (52.0, [(330, "Previous balance"), right(520, "-500.00")]),
        (64.0, [(330, "New balance"), right(520, "-580.00")]),
        (80.0, [(40, "Date"), (140, "Description"), (400, "Debit"), (470, "Credit")]),
        (95.0, [(40, "03/01/2025"), (140, "GROCER TORONTO"), right(440, "120.00")]),
        (107.0, [(40, "03/05/2025"), (140, "PAYMENT RECEIVED"), right(510, "100.00")]),
        (119.0, [(40, "03/09/2025"), (140, "CAFE ONLINE"), right(440, "60.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.amount for t in statement.transactions] == [M("-120.00"), M("100.00"), M("-60.00")]
    assert (statement.opening_balance, statement.closing_balance) == (M("-500.00"), M("-580.00"))


def test_a_date_heading_wrapped_with_its_last_word_under_its_first_names_one_date_column() -> None:
    """A heading "Transaction Date" over "Posted" is one, not a description heading and a second date,
    above a wallet's dates with a time of day."""
    rows = [
        (80.0, [(40, "Transaction Date"), (160, "Details"), (330, "Money In"), (410, "Money Out")]),
        (90.0, [(40, "Posted")]),
        (105.0, [(40, "01/12/2025 10:49:07"), (160, "EMEKA NWOSU"), right(460, "5,957.54")]),
        (117.0, [(40, "02/12/2025 11:53:21"), (160, "AIRTIME TOP-UP"), right(370, "995.03")]),
    ]
    [statement] = read_statements([page(rows)])
    got = [(t.date, t.value_date, t.amount) for t in statement.transactions]
    assert got == [(D(2025, 12, 1), None, M("-5957.54")), (D(2025, 12, 2), None, M("995.03"))]


def test_a_group_of_an_iban_is_no_year_for_rows_printed_without_one() -> None:
    """A continuation page prints "19.01." rows and the IBAN in groups of four ("DE31 2001 0020 ..."): 2001 is
    no year of its rows. The year a page does print alone still dates them."""
    table = [
        (80.0, [(40, "Buchung"), (90, "Wert"), (140, "Vorgang"), (400, "Soll"), (470, "Haben")]),
        (95.0, [(40, "19.01."), (90, "19.01."), (140, "Gutschr. SEPA"), right(500, "+154,00")]),
        (107.0, [(40, "21.01."), (90, "22.01."), (140, "SDD Lastschr"), right(430, "-125,80")]),
    ]
    iban = (40.0, [(40, "IBAN"), (90, "DE31 2001 0020 9999 9999 99")])
    [statement] = read_statements([page([iban, *table])])
    assert [t.date for t in statement.transactions] == [None, None]
    [statement] = read_statements([page([iban, (60.0, [(40, "Januar 2020")]), *table])])
    assert [t.date for t in statement.transactions] == [D(2020, 1, 19), D(2020, 1, 21)]


def test_a_postcode_after_its_state_is_not_the_year_of_rows_printed_without_one() -> None:
    """ "SYDNEY NSW 2000" twice in the addresses, the year printed once: rows take the year, not the
    postcode."""
    rows = [
        (40.0, [(40, "Harbour Bank, 1 George St, SYDNEY NSW 2000")]),
        (55.0, [(40, "J Citizen, 5 Pitt St, SYDNEY NSW 2000")]),
        (70.0, [(40, "Transaction list 2024")]),
        (90.0, [(40, "Date"), (140, "Description"), (480, "Amount")]),
        (105.0, [(40, "02/07"), (140, "COFFEE HOUSE"), right(520, "-4.50")]),
        (117.0, [(40, "05/07"), (140, "SALARY"), right(520, "2,100.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [t.date for t in statement.transactions] == [D(2024, 7, 2), D(2024, 7, 5)]
