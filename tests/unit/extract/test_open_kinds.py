"""Kinds of issue 14 that real statements of banks the reader had not seen printed, each drawn as such a
statement prints it: what is drawn is the truth, and every transaction must be read to the cent."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
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
    read_drawn,
    read_one,
    running,
    signed,
    spaced,
    table,
    whole,
)

# ---- the year's end told by the statement's own number, not by a card's expiry ---------------------


def test_a_cards_expiry_above_the_statements_number_does_not_say_which_end_of_the_year_it_is() -> None:
    """Rows by day and month from December into January under "Kontoauszug Nr. 1/2025", the card's
    expiry "gültig bis 11/2025" printed above it: only the statement's number says the printed year is
    January's (an expiry late in the year had made it December's and every row a year late)."""
    rows = running(
        M("950.00"),
        [
            (D(2024, 12, 30), "Kartenzahlung Bäckerei", "-8.40"),
            (D(2025, 1, 2), "Gutschrift Gehalt", "2150.00"),
            (D(2025, 1, 3), "Kartenzahlung Apotheke", "-14.20"),
        ],
    )
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(
        ["Sparkasse am Fluss", "Erika Mustermann", "Karte gültig bis 11/2025", "Kontoauszug Nr. 1/2025"]
    )
    as_drawn(read_one(drawn_lines([[*lines, headings(columns), *table(columns, rows)]])), rows)


# ---- a balance line naming the kind of account, not whose the money is ---------------------------

CARD_ROWS = [
    (D(2025, 4, 22), "TOKOPEDIA JAKARTA", "-1249000"),
    (D(2025, 5, 2), "PEMBAYARAN - TERIMA KASIH", "2000000"),
    (D(2025, 5, 10), "GRAB* FOOD JAKARTA", "-86500"),
]


def test_a_card_bills_balances_labelled_with_the_cards_kind_are_still_owed() -> None:
    """An Indonesian card bill labelling its balances "Saldo Awal Kartu Kredit" and "Saldo Akhir Kartu
    Kredit": "kredit" there names the kind of account (a credit card), not money in the holder's favour,
    so the balances stay what the holder owes; purchases bare, the payment marked CR."""
    rows = running(M("-2000000"), CARD_ROWS)
    head = [
        "Bank Mandala Indonesia",
        "Andi Wijaya",
        "Periode Tagihan 20/04/2025 - 19/05/2025",
        "Nomor Kartu 4365 **** **** 8812",
        f"Saldo Awal Kartu Kredit {whole(M('2000000'))}",
        f"Saldo Akhir Kartu Kredit {whole(rows[-1].balance)}",
    ]
    columns = [
        Column("Tanggal", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Keterangan", 135, lambda r: r.description),
        Column("Jumlah (Rp)", 555, lambda r: whole(r.amount) + (" CR" if r.amount > 0 else ""), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_turkish_cards_balance_lines_named_bakiyesi_open_and_close_its_rows(unicode_fonts: Fonts) -> None:
    """A Turkish card's table opening with "Önceki dönem borç bakiyesi" and closing with "Dönem sonu borç
    bakiyesi" (the balance's word with its possessive ending, after the word for a debt): balance lines
    owed to the bank, not rows; purchases bare, the payment with a minus."""
    rows = running(
        M("-2000.00"),
        [
            (D(2025, 4, 3), "Market alisverisi", "-184.35"),
            (D(2025, 4, 7), "Odeme tesekkurler", "2000.00"),
            (D(2025, 4, 15), "Elektrik faturasi", "-412.80"),
        ],
    )
    columns = [
        Column("Tarih", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Açıklama", 110, lambda r: r.description),
        Column("Tutar", 555, lambda r: ("-" if r.amount > 0 else "") + continental(r.amount), right=True),
    ]
    lines = header(["Anadolu Bankası", "Ayşe Yılmaz", "Kredi Kartı Hesap Özeti 01.04.2025 - 30.04.2025"])
    lines += [headings(columns), [(110, "Önceki dönem borç bakiyesi", False), (555, "2.000,00", True)]]
    lines += [*table(columns, rows), [(110, "Dönem sonu borç bakiyesi", False), (555, "597,15", True)]]
    as_drawn(read_one(drawn_lines([lines], unicode_fonts)), rows)


# ---- a wallet's failed transfer, listed though no money moved -----------------------------------


def test_a_wallets_failed_transfer_whose_balance_did_not_move_is_no_transaction() -> None:
    """A mobile-money wallet listing a transfer that failed, with its figure and a status, and the
    balance the row above left: the balance says no money moved, so it is no transaction (nor one of
    zero), and the rows that did move money reconcile from the opening balance to the closing one."""
    moved = running(
        M("12500.00"),
        [
            (D(2025, 7, 2), "Transfer from ADEBAYO OLU", "5000.00"),
            (D(2025, 7, 4), "Airtime purchase MTN", "-1000.00"),
            (D(2025, 7, 9), "Transfer to CHIOMA EZE", "-3500.00"),
            (D(2025, 7, 12), "Electricity token IKEDC", "-4200.00"),
        ],
    )
    failed = Drawn(D(2025, 7, 6), "Transfer to CHIOMA EZE", M("-3500.00"), moved[1].balance)
    listed = [*moved[:2], failed, *moved[2:]]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 400, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 480, lambda r: english(r.balance), right=True),
        Column("Status", 500, lambda r: "Failed" if r is failed else "Successful"),
    ]
    lines = header(
        [
            "Sabi Wallet Limited",
            "Wallet Statement",
            "Account Name: NGOZI EZE",
            "Period: 01/07/2025 - 31/07/2025",
            f"Opening Balance: NGN {english(balance_before(moved))}",
            f"Closing Balance: NGN {english(moved[-1].balance)}",
        ]
    )
    as_drawn(read_one(drawn_lines([[*lines, headings(columns), *table(columns, listed)]])), moved)


# ---- dated rates and fees printed under the closing balance ------------------------------------

ACCOUNT_ROWS = [
    (D(2025, 6, 3), "CARD PAYMENT TESCO", "-42.10"),
    (D(2025, 6, 10), "SALARY ACME LTD", "2100.00"),
    (D(2025, 6, 18), "DIRECT DEBIT COUNCIL TAX", "-148.00"),
    (D(2025, 6, 27), "CARD PAYMENT SHELL", "-61.35"),
]


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Interest rates",
            [("Credit interest rate (AER)", 480, "0.25"), ("Overdraft rate (EAR)", 480, "39.90")],
        ),
        ("Interest rates", [("Credit interest rate", 560, "0.25"), ("Overdraft rate", 560, "39.90")]),
        ("Interest rates", [("Credit interest rate", 480, "0.25 %"), ("Overdraft rate", 480, "39.90 %")]),
        (
            "Fees from 01/07/2025",
            [("Monthly account fee", 400, "5.00"), ("Unarranged overdraft fee", 400, "15.00")],
        ),
    ],
    ids=["rates-under-paid-in", "rates-under-balance", "rates-with-percent", "fees-under-paid-out"],
)
def test_dated_rates_or_fees_under_the_closing_balance_are_no_rows(
    title: str, lines: list[tuple[str, float, str]]
) -> None:
    """An account's table ending with its "Closing balance", then a small table of the rates or fees
    that apply from a date, each line dated and its figure under one of the money columns: the
    statement's rows ended with its closing balance, and the closing balance is the one labelled."""
    rows = running(M("1520.40"), ACCOUNT_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Paid out", 400, paid_out(english), right=True),
        Column("Paid in", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    drawn = header(["Harbour Bank", "ALEX MORGAN", "Statement 01/06/2025 to 30/06/2025"])
    drawn += [
        headings(columns),
        [(110, "Opening balance", False), (560, english(balance_before(rows)), True)],
    ]
    drawn += [
        *table(columns, rows),
        [(110, "Closing balance", False), (560, english(rows[-1].balance), True)],
    ]
    drawn += [[], [(40, title, False)]]
    drawn += [[(40, "01/07/2025", False), (110, text, False), (x, figure, True)] for text, x, figure in lines]
    as_drawn(read_one(drawn_lines([drawn])), rows)


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("Interest rates", [("Credit interest (AER)", 480, "0.25"), ("Overdraft (EAR)", 480, "39.90")]),
        ("Fees from 01/07/2025", [("Monthly account fee", 400, "5.00"), ("Overdraft fee", 400, "15.00")]),
    ],
    ids=["rates-under-paid-in", "fees-under-paid-out"],
)
def test_dated_rates_or_fees_under_rows_that_each_print_their_balance_are_no_rows(
    title: str, lines: list[tuple[str, float, str]]
) -> None:
    """The same table of rates or fees under an account's rows, with no closing balance between: every
    row prints the balance it leaves, and these lines print none, so no balance proves them rows."""
    rows = running(M("1520.40"), ACCOUNT_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Paid out", 400, paid_out(english), right=True),
        Column("Paid in", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    drawn = header(["Harbour Bank", "ALEX MORGAN", "Statement 01/06/2025 to 30/06/2025"])
    drawn += [headings(columns), *table(columns, rows), [], [(40, title, False)]]
    drawn += [[(40, "01/07/2025", False), (110, text, False), (x, figure, True)] for text, x, figure in lines]
    read = read_one(drawn_lines([drawn]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.closing_balance == rows[-1].balance


# ---- a side of money that one row uses, in a table without headings or balances ------------------

SALARY_MONTH = [
    (D(2025, 6, 3), "CARD PAYMENT TESCO", "-42.10"),
    (D(2025, 6, 5), "CARD PAYMENT BOOTS", "-12.00"),
    (D(2025, 6, 10), "SALARY ACME LTD", "2100.00"),
    (D(2025, 6, 18), "DIRECT DEBIT COUNCIL TAX", "-148.00"),
    (D(2025, 6, 27), "CARD PAYMENT SHELL", "-61.35"),
    (D(2025, 6, 28), "CARD PAYMENT LIDL", "-23.80"),
]


@pytest.mark.parametrize(
    ("out_x", "in_x", "money"),
    [(400, 480, english), (480, 400, english), (400, 480, spaced)],
    ids=["in-right-of-out", "in-left-of-out", "space-thousands"],
)
def test_the_one_figure_printed_apart_in_a_table_without_headings_is_the_other_side(
    out_x: float, in_x: float, money: Callable[[Decimal], str]
) -> None:
    """A table printed without headings and without a running balance, its rows' money out in one
    column and the month's one salary in another, right or left of it: the figure printed apart is the
    other side, and the opening and closing balances above the table say which side is which."""
    rows = running(M("1520.40"), SALARY_MONTH)
    columns = [
        Column("", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("", 110, lambda r: r.description),
        Column("", out_x, paid_out(money), right=True),
        Column("", in_x, paid_in(money), right=True),
    ]
    lines = header(
        [
            "Harbour Bank",
            "ALEX MORGAN",
            "Statement 01.06.2025 - 30.06.2025",
            f"Opening balance {money(balance_before(rows))}",
            f"Closing balance {money(rows[-1].balance)}",
        ]
    )
    as_drawn(read_one(drawn_lines([[*lines, *table(columns, rows)]])), rows)


# ---- balance lines labelled in a language no lexicon holds -----------------------------------------

ICELANDIC_ROWS = [
    (D(2025, 6, 3), "Kortagreidsla BONUS", "-42.10"),
    (D(2025, 6, 5), "Kortagreidsla KRONAN", "-12.00"),
    (D(2025, 6, 10), "Laun ACME EHF", "2100.00"),
    (D(2025, 6, 18), "Bein greidsla", "-148.00"),
    (D(2025, 6, 27), "Kortagreidsla OLIS", "-61.35"),
]


@pytest.mark.parametrize("headed", [False, True], ids=["no-headings", "headings-no-lexicon-holds"])
def test_undated_figures_first_and_last_that_the_balances_chain_between_are_the_opening_and_closing(
    headed: bool,
) -> None:
    """An Icelandic statement (a language no lexicon holds): "Upphafsstada" before the rows and "Lokastada"
    after them, undated, each figure under the amounts; the first row's balance is the first figure moved
    by its amount and the last row's balance is the last figure, so they are the opening and closing
    balances, no rows."""
    rows = running(M("1520.40"), ICELANDIC_ROWS)
    columns = [
        Column("Dagsetning", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Skyring", 110, lambda r: r.description),
        Column("Upphaed", 480, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Stada", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(["Sparisjodur Vestfjarda", "JON JONSSON", "Reikningur IS140159260076545510730339"])
    lines += [headings(columns)] if headed else []
    lines += [[(110, "Upphafsstada", False), (480, continental(balance_before(rows)), True)]]
    lines += [*table(columns, rows), [(110, "Lokastada", False), (480, continental(rows[-1].balance), True)]]
    as_drawn(read_one(drawn_lines([lines])), rows)


# ---- a card bill's sections titled by one word among its rows ------------------------------------

CARD_PAYMENTS = [(D(2025, 5, 2), "PAYMENT THANK YOU", "500.00")]
CARD_PURCHASES = [
    (D(2025, 4, 22), "GREENLEAF GROCERS", "-62.15"),
    (D(2025, 4, 28), "CITYLINK RAIL", "-18.40"),
    (D(2025, 5, 10), "BOOKSHOP ON THE SQUARE", "-31.90"),
]


@pytest.mark.parametrize("payments_first", [True, False], ids=["payments-first", "purchases-first"])
def test_a_card_bills_sections_titled_payments_and_purchases_are_signed_by_its_balances(
    payments_first: bool,
) -> None:
    """A card bill printing every figure bare under one Amount heading, its rows in two sections each
    titled by one word on a line of its own at the table's left edge ("PAYMENTS", "PURCHASES"): each
    title starts a section, and the previous and new balances say the payments are the other side."""
    sections = [("PAYMENTS", CARD_PAYMENTS), ("PURCHASES", CARD_PURCHASES)]
    sections = sections if payments_first else sections[::-1]
    rows = running(M("-1200.00"), [row for _, part in sections for row in part])
    lines = header(
        [
            "Harbour Card Services",
            "ALEX MORGAN",
            "Statement period 20/04/2025 to 19/05/2025",
            "Visa credit card",
            f"Previous balance {english(-balance_before(rows))}",
            f"New balance {english(-rows[-1].balance)}",
        ]
    )
    lines.append([(40, "**Date", False), (110, "Description", False), (560, "Amount", True)])
    for title, part in sections:
        lines.append([(40, title, False)])
        lines += [
            [(40, d.strftime("%d/%m/%Y"), False), (110, t, False), (560, english(M(a)), True)]
            for d, t, a in part
        ]
    as_drawn(read_one(drawn_lines([lines])), rows)
