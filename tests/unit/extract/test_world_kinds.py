"""Kinds of statements of the world, on hand-built word boxes: counterparties above rows, mobile money,
sections per kind of transaction, cards known by their rows, foreign-currency notes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.extract.reader import read_statements
from tests.unit.extract.builder import page, right

D = dt.date
M = Decimal


def test_a_counterparty_printed_just_above_its_row_opens_that_row() -> None:
    """Dutch statements print the counterparty on a line of its own, set closer to its row than to
    the row above; the description begins with it."""
    rows = [
        (60.0, [(40, "Periode 01-01-2024 t/m 31-01-2024")]),
        (80.0, [(40, "Datum"), (100, "Naam / Omschrijving"), (400, "Af"), (480, "Bij")]),
        (96.0, [(100, "D. de Graaf")]),
        (106.0, [(40, "03-01-2024"), (100, "Overschrijving terugbetaling"), right(500, "283,57")]),
        (121.0, [(100, "Geldautomaat Grote Markt")]),
        (131.0, [(40, "06-01-2024"), (100, "Opname pas 198"), right(420, "181,48")]),
        (146.0, [(40, "07-01-2024"), (100, "Kosten betaalpakket"), right(420, "5,75")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("D. de Graaf Overschrijving terugbetaling", M("283.57")),
        ("Geldautomaat Grote Markt Opname pas 198", M("-181.48")),
        ("Kosten betaalpakket", M("-5.75")),
    ]


def test_a_mobile_money_row_leaves_its_time_of_day_and_reference_id_out_of_the_description() -> None:
    rows = [
        (
            80.0,
            [
                (40, "Transaction Date"),
                (150, "Transaction Detail"),
                (300, "Money In"),
                (380, "Money Out"),
                (460, "Transaction ID"),
            ],
        ),
        (
            96.0,
            [
                (40, "06/13/2026 06:38:19 AM"),
                (150, "CashBox Interest"),
                right(340, "+3.79"),
                (460, "x000x0xx0x00x"),
            ],
        ),
        (117.0, [(150, "Send to")]),
        (121.0, [(40, "06/11/2026 08:53:35 PM"), right(420, "-1600.00"), (460, "0000xxxx0x00")]),
        (
            146.0,
            [(40, "06/11/2026 01:37:28 PM"), (150, "Stamp Duty"), right(420, "-50.00"), (460, "00000000")],
        ),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == [
        (D(2026, 6, 13), "CashBox Interest", M("3.79")),
        (D(2026, 6, 11), "Send to", M("-1600.00")),
        (D(2026, 6, 11), "Stamp Duty", M("-50.00")),
    ]


def test_sections_of_deposits_withdrawals_and_checks_sign_their_amounts_and_daily_balances_are_no_rows() -> (
    None
):
    rows = [
        (40.0, [(40, "April 16, 2025 through May 15, 2025")]),
        (60.0, [(330, "Beginning Balance"), right(560, "$1,000.00")]),
        (72.0, [(330, "Ending Balance"), right(560, "$1,650.00")]),
        (100.0, [(40, "DEPOSITS AND ADDITIONS")]),
        (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (128.0, [(50, "04/20"), (100, "ACH DEPOSIT PAYROLL"), right(560, "1,000.00")]),
        (141.0, [(100, "Total Deposits and Additions"), right(560, "$1,000.00")]),
        (170.0, [(40, "ELECTRONIC WITHDRAWALS")]),
        (184.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (198.0, [(50, "04/24"), (100, "DEBIT CARD PURCHASE FUEL"), right(560, "100.00")]),
        (211.0, [(50, "05/14"), (100, "MONTHLY SERVICE FEE"), right(560, "10.00")]),
        (240.0, [(40, "CHECKS PAID")]),
        (254.0, [(50, "Date"), (100, "Check number"), (530, "Amount")]),
        (268.0, [(50, "05/07"), (100, "CHECK #10486"), right(560, "240.00")]),
        (300.0, [(40, "DAILY ENDING BALANCE")]),
        (314.0, [(50, "Date"), (160, "Amount"), (225, "Date"), (335, "Amount")]),
        (328.0, [(50, "04/20"), right(200, "2,000.00"), (225, "04/24"), right(375, "1,900.00")]),
        (341.0, [(50, "05/07"), right(200, "1,660.00"), (225, "05/14"), right(375, "1,650.00")]),
    ]
    [statement] = read_statements([page(rows)])
    got = sorted((t.date, t.description, t.amount) for t in statement.transactions)
    assert got == [
        (D(2025, 4, 20), "ACH DEPOSIT PAYROLL", M("1000.00")),
        (D(2025, 4, 24), "DEBIT CARD PURCHASE FUEL", M("-100.00")),
        (D(2025, 5, 7), "CHECK #10486", M("-240.00")),
        (D(2025, 5, 14), "MONTHLY SERVICE FEE", M("-10.00")),
    ]
    total = sum((t.amount for t in statement.transactions if t.amount is not None), M(0))
    assert (
        statement.opening_balance is not None
        and statement.opening_balance + total == statement.closing_balance
    )


def test_a_card_bill_is_known_by_its_rows_and_its_purchase_date_is_the_row_date() -> None:
    """A Swiss card bill names itself in no words the header knows; its posting date comes first."""
    rows = [
        (40.0, [(40, "Abrechnungsperiode 15.11.24 - 14.12.24")]),
        (80.0, [(40, "Buchung"), (90, "Einkauf"), (140, "Beschreibung"), (480, "Betrag CHF")]),
        (95.0, [(140, "Saldo letzte Rechnung"), right(520, "789.58")]),
        (108.0, [(40, "17.11.24"), (90, "16.11.24"), (140, "MUSEUM SHOP LONDON GB"), right(520, "157.43")]),
        (118.0, [(140, "GBP140.08 Kurs 1.12383")]),
        (131.0, [(40, "26.11.24"), (90, "25.11.24"), (140, "ZAHLUNGSEINGANG"), right(523, "622.20-")]),
        (144.0, [(40, "02.12.24"), (90, "01.12.24"), (140, "BERGBECK AG CHUR CH"), right(520, "54.03")]),
        (157.0, [(140, "Neuer Saldo"), right(520, "378.84")]),
    ]
    [statement] = read_statements([page(rows)])
    assert statement.account_type == "CREDIT_CARD"
    assert [(t.date, t.value_date, t.description, t.amount) for t in statement.transactions] == [
        (D(2024, 11, 16), D(2024, 11, 17), "MUSEUM SHOP LONDON GB", M("-157.43")),
        (D(2024, 11, 25), D(2024, 11, 26), "ZAHLUNGSEINGANG", M("622.20")),
        (D(2024, 12, 1), D(2024, 12, 2), "BERGBECK AG CHUR CH", M("-54.03")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (M("-789.58"), M("-378.84"))


def test_a_section_goes_on_over_the_page_and_a_daily_balance_table_opens_the_next() -> None:
    """Page 2 repeats the withdrawals header without its heading; a page 3 starts with daily balances."""
    first = [
        (40.0, [(40, "April 16, 2025 through May 15, 2025")]),
        (60.0, [(330, "Beginning Balance"), right(560, "$1,000.00")]),
        (72.0, [(330, "Ending Balance"), right(560, "$880.00")]),
        (100.0, [(40, "ELECTRONIC WITHDRAWALS")]),
        (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (128.0, [(50, "04/24"), (100, "DEBIT CARD PURCHASE FUEL"), right(560, "100.00")]),
    ]
    second = [
        (42.0, [(456, "Account Number: 049509350")]),
        (70.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (86.0, [(50, "05/14"), (100, "MONTHLY SERVICE FEE"), right(560, "20.00")]),
    ]
    third = [
        (69.0, [(40, "DAILY ENDING BALANCE")]),
        (88.0, [(50, "Date"), (160, "Amount"), (225, "Date"), (335, "Amount")]),
        (104.0, [(50, "04/24"), right(200, "900.00"), (225, "05/14"), right(375, "880.00")]),
    ]
    [statement] = read_statements([page(first), page(second, number=2), page(third, number=3)])
    assert [(t.date, t.amount) for t in statement.transactions] == [
        (D(2025, 4, 24), M("-100.00")),
        (D(2025, 5, 14), M("-20.00")),
    ]


def test_the_balances_turn_round_a_section_its_heading_signed_wrongly() -> None:
    """On a card, "Payments" lists money in, though the same word heads money out on a bank account."""
    rows = [
        (40.0, [(40, "Statement period: March 1, 2025 to March 31, 2025")]),
        (52.0, [(40, "Credit limit"), right(300, "$5,000.00")]),
        (64.0, [(40, "Previous balance"), right(300, "$100.00")]),
        (76.0, [(40, "New balance"), right(300, "$50.00")]),
        (100.0, [(40, "PURCHASES")]),
        (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (128.0, [(50, "03/04"), (100, "GROCER"), right(560, "50.00")]),
        (141.0, [(50, "03/09"), (100, "BOOKSHOP"), right(560, "20.00")]),
        (170.0, [(40, "PAYMENTS")]),
        (184.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        (198.0, [(50, "03/15"), (100, "ONLINE TRANSFER FROM CHEQUING"), right(560, "120.00")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("GROCER", M("-50.00")),
        ("BOOKSHOP", M("-20.00")),
        ("ONLINE TRANSFER FROM CHEQUING", M("120.00")),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (M("-100.00"), M("-50.00"))


def test_a_foreign_currency_note_that_carries_the_figures_of_its_row_is_not_its_description() -> None:
    """Where a row's figures print on its last line, a purchase abroad prints them on its note's."""
    rows = [
        (60.0, [(40, "Periode 01-04-2024 t/m 30-04-2024")]),
        (80.0, [(40, "Datum"), (100, "Omschrijving"), (480, "Bedrag")]),
        (96.0, [(40, "02-04-2024"), (100, "HOTEL MIRADOR")]),
        (106.0, [(100, "LONDON GB")]),
        (116.0, [(100, "GBP 207,58 KOERS 1,11470"), right(500, "231,39")]),
        (131.0, [(40, "05-04-2024"), (100, "CAFE CENTRAL")]),
        (141.0, [(100, "UTRECHT NL"), right(500, "12,40")]),
    ]
    [statement] = read_statements([page(rows)])
    assert [(t.description, t.amount) for t in statement.transactions] == [
        ("HOTEL MIRADOR LONDON GB", M("231.39")),
        ("CAFE CENTRAL UTRECHT NL", M("12.40")),
    ]
