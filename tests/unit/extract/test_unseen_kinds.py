"""Kinds of issue 14 varied as no corpus draws them (a balance left of the amounts, amounts with a
currency symbol and a CR/DR suffix, two dates the other way round), read through the text layer."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    english,
    entries,
    paid_in,
    read_drawn,
    read_one,
    running,
    statement,
    swiss,
)

DAY = dt.timedelta(days=1)
ROWS = [
    (D(2025, 3, 3), "KAUF COOP BERN", "-84.35"),
    (D(2025, 3, 5), "LOHN TALWERK AG", "5210.00"),
    (D(2025, 3, 9), "DAUERAUFTRAG MIETE", "-1850.00"),
    (D(2025, 3, 17), "BANCOMAT BAHNHOF", "-200.00"),
]


def test_a_balance_column_left_of_the_amounts_in_swiss_figures_with_a_trailing_minus() -> None:
    rows = running(M("3120.40"), ROWS)
    head = [
        "Bank Talgrund AG",
        "Herr Urs Meier",
        "Bahnhofstrasse 4, 3011 Bern",
        "Kontoauszug vom 01.03.2025 bis 31.03.2025",
        "Konto CH93 0076 2011 6238 5295 7",
        "Währung CHF",
    ]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Text", 110, lambda r: r.description),
        Column("Saldo", 400, lambda r: swiss(r.balance, trailing=True), right=True),
        Column("Betrag", 520, lambda r: swiss(r.amount, trailing=True), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "CHF"


def test_a_signed_amount_column_with_a_currency_symbol_and_a_cr_or_dr_suffix() -> None:
    rows = running(
        M("912.18"),
        [
            (D(2024, 10, 2), "CARD PURCHASE GREENGROCER", "-23.90"),
            (D(2024, 10, 4), "SALARY NORTHWIND LTD", "2450.00"),
            (D(2024, 10, 8), "DIRECT DEBIT COUNCIL TAX", "-131.00"),
            (D(2024, 10, 15), "CASH WITHDRAWAL", "-60.00"),
        ],
    )
    head = [
        "Ashgrove Bank plc",
        "Ms Ada Lowe",
        "12 Mill Lane, York YO1 7HH",
        "Statement period 1 October 2024 to 31 October 2024",
        "Account number 40-11-22 71234567",
    ]

    def suffixed(value: M) -> str:
        return "£" + english(value) + (" DR" if value < 0 else " CR")

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Details", 120, lambda r: r.description),
        Column("Amount", 430, lambda r: suffixed(r.amount), right=True),
        Column("Balance", 540, lambda r: suffixed(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "GBP"


def test_two_dates_on_a_row_value_date_first_with_the_month_in_words() -> None:
    rows = running(
        M("1500.00"),
        [
            (D(2025, 1, 30), "TRANSFERENCIA RECIBIDA ANA RUIZ", "300.00"),
            (D(2025, 2, 3), "RECIBO LUZ ENERGIA SUR", "-64.12"),
            (D(2025, 2, 11), "COMPRA TARJETA MERCADO CENTRAL", "-41.80"),
        ],
    )
    head = [
        "Banco Ribera",
        "Lucia Gomez Diaz",
        "Calle Mayor 8, 28013 Madrid",
        "Extracto del 15/01/2025 al 14/02/2025",
        "Cuenta ES91 2100 0418 4502 0005 1332",
    ]

    def euro(value: M) -> str:
        text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return ("-" if value < 0 else "") + text

    columns = [
        Column("F. valor", 40, lambda r: (r.date + DAY).strftime("%d-%m-%Y")),
        Column("F. operación", 110, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Concepto", 190, lambda r: r.description),
        Column("Importe", 450, lambda r: euro(r.amount), right=True),
        Column("Saldo", 540, lambda r: euro(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.value_date, t.amount) for t in read.transactions] == [
        (r.date, r.date + DAY, r.amount) for r in rows
    ]
    assert read.closing_balance == rows[-1].balance


def test_a_wallet_in_money_in_and_money_out_columns_each_figure_with_its_currency_code() -> None:
    """No heading or label names the currency: every figure carries its code, as the times of day
    follow the dates."""
    rows = running(
        M("15000.00"),
        [
            (D(2025, 4, 2), "Transfer from ADEBAYO OKONKWO", "25000.00"),
            (D(2025, 4, 2), "Airtime purchase MTN", "-1000.00"),
            (D(2025, 4, 6), "Transfer to CHIAMAKA EZE", "-7500.50"),
        ],
    )
    head = [
        "Kudi Wallet",
        "Funke Adeyemi",
        "14 Allen Avenue, Ikeja, Lagos",
        "Statement period 01/04/2025 - 30/04/2025",
        "Wallet number 8031234567",
    ]

    def naira(value: M) -> str:
        return "NGN " + english(value)

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y") + " 10:42:17"),
        Column("Description", 150, lambda r: r.description),
        Column("Money In", 400, lambda r: naira(r.amount) if r.amount > 0 else "--", right=True),
        Column("Money Out", 470, lambda r: naira(r.amount) if r.amount < 0 else "--", right=True),
        Column("Balance", 550, lambda r: naira(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "NGN"


WALLET = [
    (D(2024, 3, 12), "Transfer from TUNDE BAKARE", "12000.00"),
    (D(2024, 3, 12), "Airtime purchase", "-500.00"),
    (D(2024, 3, 14), "Transfer to GRACE OBI", "-4200.00"),
]


def _wallet(time_heading: str, time_of: Callable[[Drawn], str], head: list[str]) -> list[Column]:
    return [
        Column(time_heading, 40, time_of),
        Column(head[0], 160, lambda r: r.description),
        Column(head[1], 420, paid_in(english), right=True),
        Column(head[2], 490, lambda r: english(-r.amount) if r.amount < 0 else "", right=True),
        Column(head[3], 560, lambda r: english(r.balance), right=True),
    ]


def test_a_wallet_whose_date_and_time_column_is_headed_time() -> None:
    """Mobile-money statements head the column of each transfer's date and time of day "Time"."""
    rows = running(M("3000.00"), WALLET)
    head = ["Kudi Wallet", "Funke Adeyemi", "Statement period 01/03/2024 - 31/03/2024"]
    columns = _wallet(
        "Time",
        lambda r: r.date.strftime("%d %b %Y") + " 14:05:33",
        ["Description", "Money In", "Money Out", "Balance"],
    )
    read_drawn(head, columns, rows)


def test_a_wallet_whose_date_and_time_column_is_headed_heure_in_french() -> None:
    rows = running(M("3000.00"), WALLET)
    head = ["Portefeuille Kudi", "Awa Diop", "Relevé du 01/03/2024 au 31/03/2024"]
    columns = _wallet(
        "Heure",
        lambda r: r.date.strftime("%Y-%m-%d") + " 14:05",
        ["Libellé", "Crédit", "Débit", "Solde"],
    )
    read_drawn(head, columns, rows)


def test_a_time_column_beside_the_date_column_is_not_a_second_date() -> None:
    rows = running(M("3000.00"), WALLET)
    head = ["Kudi Wallet", "Funke Adeyemi", "Statement period 01/03/2024 - 31/03/2024"]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Time", 100, lambda r: "14:05"),
        *_wallet("", str, ["Description", "Money In", "Money Out", "Balance"])[1:],
    ]
    read = read_drawn(head, columns, rows)
    assert all(t.value_date is None for t in read.transactions)


def test_a_page_opening_on_an_undated_row_whose_first_line_holds_a_heading_word() -> None:
    # The date printed on a day's first row only, a narrow description wrapped over lines and the
    # figures on its last: the second page opens on the day's undated row, its first line "VISA DEBIT"
    # set close under the repeated headings. It is a row, not the headings' second line.
    rows = running(
        M("1000.00"),
        [
            (D(2024, 12, 16), "DIRECT DEBIT OUTBACK ENERGY", "-51.88"),
            (D(2024, 12, 16), "TRANSFER FROM T KOWALSKI REF 040650", "96.14"),
            (D(2024, 12, 18), "TRANSFER FROM M FITZGERALD REF 290842", "325.73"),
            (D(2024, 12, 18), "VISA DEBIT PURCHASE BANKSIA GROCER TOOWOOMBA QLD", "-75.10"),
            (D(2024, 12, 19), "TRANSFER TO T KOWALSKI NETBANK REF 424040", "-294.41"),
            (D(2024, 12, 19), "EFTPOS BANKSIA GROCER FREMANTLE WA", "-138.90"),
            (D(2024, 12, 20), "DIRECT DEBIT PLATYPUS MOBILE", "-146.65"),
        ],
    )
    days = {row.date: row for row in reversed(rows)}  # each day's first row

    def wrapped(row: Drawn) -> list[str]:
        return textwrap.wrap(row.description, 14)

    def amount(row: Drawn) -> str:
        suffix = "CR" if row.amount > 0 else "DR"
        return "\n" * (len(wrapped(row)) - 1) + f"{english(row.amount)} {suffix}"

    head = ["Fernhill Bank", "MR T KOWALSKI", "Account 062-000 1234 5678", "Period 01/12/2024 to 31/12/2024"]
    columns = [
        Column("POST DATE", 40, lambda r: r.date.strftime("%d %b %Y") if days[r.date] is r else ""),
        Column("TRANSACTION", 99, lambda r: "\n".join(wrapped(r))),
        Column("AMOUNT", 265, amount, right=True),
    ]
    read = read_one(statement(head, columns, rows, per_page=3))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
