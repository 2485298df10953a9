"""Layouts of the countries of issue 14 as public statement-reading projects show their banks print them
(their notes, patterns and sample lines), each drawn under made-up names and read through the text layer
against what was drawn: Canadian accounts and cards dated "Jan. 3" or "Dec 3" across New Year with the
period's year printed once, card rows numbered before their dates or with reference and conversion lines
under them; German accounts and cards whose dates, signs and money headings stand on two lines, a card's
purchase abroad in its own money; a Swiss account in English; an Australian account dated with two-digit
years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    as_drawn,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    signed,
    statement,
    swiss,
)

# (day, description, signed amount): a month that runs over New Year.
NEW_YEAR = [
    (D(2024, 12, 5), "POINT OF SALE PURCHASE METRO 221", "-46.45"),
    (D(2024, 12, 11), "PAYROLL DEP NORTHWIND INC", "2184.99"),
    (D(2024, 12, 20), "E-TRANSFER SENT J SMITH", "-500.00"),
    (D(2024, 12, 28), "HYDRO BILL PAYMENT", "-123.17"),
    (D(2025, 1, 2), "MONTHLY FEE", "-16.95"),
]


def _abbreviated(day: dt.date) -> str:
    """ "Jan. 3", "May 3": the month's abbreviation with a point (none where the name is whole), then
    the day."""
    month = day.strftime("%b")
    return f"{month if month == 'May' else month + '.'} {day.day}"


def _canadian_columns(out: str, into: str, date: Column) -> list[Column]:
    return [
        date,
        Column("Description", 100, lambda r: r.description),
        Column(out, 430, paid_out(english), right=True),
        Column(into, 500, paid_in(english), right=True),
        Column("Balance ($)", 560, lambda r: english(r.balance), right=True),
    ]


# ---- Canada: the period's end alone ---------------------------------------------------------------------


def test_a_canadian_account_for_the_period_ending_in_january_dates_its_december_rows_the_year_before() -> (
    None
):
    """Seen in public notes on reading Canadian and US statements ("For the Period Ending January 31,
    2024" as the line that dates a statement): "For the period ending January 2, 2025" above rows
    dated "Dec. 5" to "Jan. 2", the money headings on two lines ("Amounts deducted" over "from your
    account ($)"): the December rows are of 2024."""
    rows = running(M("2310.45"), NEW_YEAR)
    columns = _canadian_columns(
        "from your account ($)", "to your account ($)", Column("Date", 40, lambda r: _abbreviated(r.date))
    )
    head = [
        "Maple Leaf Bank",
        "Everyday Banking",
        "Account number 1234 5678-901",
        "For the period ending January 2, 2025",
    ]
    pdf = statement(head, columns, rows, over=["", "", "Amounts deducted", "Amounts added", ""])
    read = read_one(pdf)
    as_drawn(read, rows)
    assert (read.period_start, read.period_end) == (D(2024, 12, 5), D(2025, 1, 2))


def test_a_canadian_account_for_a_period_whose_year_is_printed_once_at_its_end() -> None:
    """Seen in a public balance-based parser of Canadian chequing statements (its period pattern "For
    Jan 1 to Jan 31, 2025"): "For Dec 3 to Jan 2, 2025", rows "Dec 5" to "Jan 2"."""
    rows = running(M("2310.45"), NEW_YEAR)
    columns = _canadian_columns(
        "Withdrawals ($)", "Deposits ($)", Column("Date", 40, lambda r: f"{r.date:%b} {r.date.day}")
    )
    head = ["Great Lakes Bank", "Account Statement", "Account number 01-23456", "For Dec 3 to Jan 2, 2025"]
    read = read_drawn(head, columns, rows)
    assert (read.period_start, read.period_end) == (D(2024, 12, 3), D(2025, 1, 2))


def test_a_canadian_account_whose_balances_are_dated_in_words_after_their_labels() -> None:
    """A Canadian kind (derekmoreau/bank-statement-transactions, README: e-statements read by the balance
    deltas): "Opening Balance on December 3, 2024 $2,310.45" and "Closing Balance on January 2, 2025",
    the period "Dec 3 2024 to Jan 2 2025" with no commas, "Amounts withdrawn ($) | Amounts deposited
    ($)"."""
    rows = running(M("2310.45"), NEW_YEAR)
    columns = _canadian_columns(
        "withdrawn ($)", "deposited ($)", Column("Date", 40, lambda r: f"{r.date:%b} {r.date.day}")
    )
    columns[1] = Column("Transactions", 100, lambda r: r.description)
    head = [
        "Atlantic Bank",
        "Basic Bank Account",
        "Account number 12345 01234 56",
        "Dec 3 2024 to Jan 2 2025",
        f"Opening Balance on December 3, 2024 ${english(balance_before(rows))}",
        f"Closing Balance on January 2, 2025 ${english(rows[-1].balance)}",
    ]
    read = read_one(statement(head, columns, rows, over=["", "", "Amounts", "Amounts", ""]))
    as_drawn(read, rows)


# ---- Canada: a card bill opening on its previous total balance -----------------------------------------

CARD_MONTH = [
    (D(2024, 12, 5), "COFFEE HOUSE #4412 TORONTO ON", "-6.45"),
    (D(2024, 12, 11), "ONLINE BOOKSTORE ON", "-84.99"),
    (D(2024, 12, 20), "PAYMENT RECEIVED - THANK YOU", "500.00"),
    (D(2024, 12, 28), "DRUG MART #822", "-23.17"),
    (D(2025, 1, 2), "GAS STATION 9931 OTTAWA", "-61.30"),
]


def test_a_canadian_card_bill_opens_on_its_previous_total_balance_and_closes_on_its_total_balance() -> None:
    """Seen in public card-statement parsers (a Canadian card's rows matched as two "Mon. D" dates, a
    description and a figure with "CR" after credits; issuers' closing balance read as "New Balance" or
    "Total Balance"): "TRANS DATE | POSTING DATE | DESCRIPTION | AMOUNT ($)", "Previous total balance,
    Dec. 2, 2024 $812.40" and "Total balance $..." in the header: the card owes what they say."""
    rows = running(M("-812.40"), CARD_MONTH)
    columns = [
        Column("TRANS DATE", 40, lambda r: _abbreviated(r.date)),
        Column("POSTING DATE", 100, lambda r: _abbreviated(r.date + dt.timedelta(days=1))),
        Column("DESCRIPTION", 170, lambda r: r.description),
        Column("AMOUNT ($)", 560, lambda r: english(r.amount) + (" CR" if r.amount > 0 else ""), right=True),
    ]
    head = [
        "Maple Leaf Bank",
        "Mastercard Statement",
        "Card number 5191 23XX XXXX 4410",
        "Statement period Dec. 3, 2024 - Jan. 3, 2025",
        f"Previous total balance, Dec. 2, 2024 ${english(balance_before(rows))}",
        f"Total balance ${english(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert read.account_type == "CREDIT_CARD"


# ---- Germany ---------------------------------------------------------------------------------------------

GIRO = [
    (D(2025, 3, 3), "Lastschrift STADTWERKE NORDHEIM", "-84.55"),
    (D(2025, 3, 5), "Gutschrift NORDWIND GMBH", "2184.99"),
    (D(2025, 3, 12), "Ueberweisung ANNA BERGER", "-120.00"),
    (D(2025, 3, 28), "Dauerauftrag/Terminueberw. HAUSVERWALTUNG", "-950.00"),
]


def test_a_german_account_printing_the_value_date_under_the_booking_date() -> None:
    """Seen in public parsing notes on a German direct bank's "Kontoauszug" ("Buchung" over "Valuta" in the
    first column, "Buchung / Verwendungszweck", "Betrag (EUR)"): each row's booking date on its first
    line, its value date under it beside the second line of its purpose, then "Mandat:" and "Referenz:"
    lines; "Alter Saldo" and "Neuer Saldo" around the rows."""
    rows = running(M("1310.45"), GIRO)
    lines: Lines = header(["Hafen Direktbank", "Girokonto Nummer 5401234567", "Kontoauszug März 2025"])
    lines += [
        [(40, "**Buchung", False), (110, "Buchung / Verwendungszweck", False), (560, "Betrag (EUR)", True)],
        [(40, "**Valuta", False)],
        [(110, "Alter Saldo", False), (560, continental(balance_before(rows)), True)],
    ]
    for n, row in enumerate(rows):
        lines += [
            [
                (40, f"{row.date:%d.%m.%Y}", False),
                (110, row.description, False),
                (560, signed(continental(row.amount), row.amount), True),
            ],
            [
                (40, f"{row.date + dt.timedelta(days=n % 2):%d.%m.%Y}", False),
                (110, f"RECHNUNG {n + 1}", False),
            ],
            [(110, f"Mandat: M{4711 + n}", False)],
            [(110, f"Referenz: R{90001 + n}", False)],
        ]
    lines.append([(110, "Neuer Saldo", False), (560, continental(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert [t.value_date for t in read.transactions] == [
        r.date + dt.timedelta(days=n % 2) for n, r in enumerate(rows)
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_german_account_with_its_old_and_new_balance_and_a_sign_before_every_amount() -> None:
    """btbest/parse-kontoauszug (README: a German bank's "Finanzreport"): "Buchungstag | Valuta | Vorgang |
    Buchungstext | Umsatz in EUR", every amount signed ("+2.184,99", "-84,55"), "Alter Kontostand EUR"
    and "Neuer Kontostand EUR" in the header."""
    rows = running(M("1310.45"), GIRO)
    columns = [
        Column("Buchungstag", 40, lambda r: f"{r.date:%d.%m.%Y}"),
        Column("Valuta", 100, lambda r: f"{r.date:%d.%m.%Y}"),
        Column("Vorgang", 160, lambda r: r.description.split()[0]),
        Column("Buchungstext", 290, lambda r: r.description.split(maxsplit=1)[1]),
        Column(
            "Umsatz in EUR", 560, lambda r: ("+" if r.amount > 0 else "-") + continental(r.amount), right=True
        ),
    ]
    head = [
        "Hafenbank AG",
        "Finanzreport Nr. 03 per 31.03.2025",
        "Girokonto 1234567890",
        f"Alter Kontostand EUR {continental(balance_before(rows))}",
        f"Neuer Kontostand EUR {continental(rows[-1].balance)}",
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# (day of the receipt, day of the booking, description, signed amount): a German card's month.
CARD = [
    (D(2023, 12, 27), D(2023, 12, 28), "EDEKA MARKT, Ammerland", "-42.05"),
    (D(2023, 12, 29), D(2024, 1, 2), "LUFTREISE AG, HAMBURG", "-1039.94"),
    (D(2024, 1, 3), D(2024, 1, 3), "Lastschrift", "812.40"),
    (D(2024, 1, 10), D(2024, 1, 11), "BUCHLADEN KIEL, Kiel", "-18.90"),
]


Abroad = tuple[str, str, str]  # a purchase abroad: its money, its figure in it, the rate


def _side(value: Decimal) -> str:
    """1.234,56 - (owed) or 1.234,56 + (paid): the side a space after the figure."""
    return continental(value) + (" -" if value < 0 else " +")


def _card_bill(
    rows: Sequence[tuple[dt.date, dt.date, str, str]], previous: Decimal, abroad: Mapping[int, Abroad]
) -> tuple[Lines, Decimal]:
    """A German card bill ("Datum Beleg | Datum Buchung | Angabe des Unternehmens / Verwendungszweck |
    Betrag in EUR", each heading on two lines, each figure with its side after it) between "Saldo
    letzte Abrechnung" (`previous`) and "Neuer Saldo", and that new balance; where `abroad` names rows
    (by their place), "Währung | Betrag | Kurs" between the description and the amount, filled for
    those rows only."""
    lines: Lines = header(
        ["Nordkredit Bank AG", "Kreditkartenabrechnung", "Ihre Abrechnung vom 22.12.2023 bis 22.01.2024"]
    )
    foreign: list[Cell] = (
        [(330, "Währung", False), (420, "Betrag", True), (480, "Kurs", True)] if abroad else []
    )
    lines += [
        [
            (40, "**Datum", False),
            (90, "Datum", False),
            (140, "Angabe des Unternehmens /", False),
            *foreign,
            (560, "Betrag in", True),
        ],
        [
            (40, "**Beleg", False),
            (90, "Buchung", False),
            (140, "Verwendungszweck", False),
            (560, "EUR", True),
        ],
        [(90, "22.12.23", False), (140, "Saldo letzte Abrechnung", False), (560, _side(previous), True)],
    ]
    balance = previous
    for n, (made, booked, text, amount) in enumerate(rows):
        balance += M(amount)
        money, figure, rate = abroad.get(n, ("", "", ""))
        cells: list[Cell] = [(330, money, False), (420, figure, True), (480, rate, True)] if money else []
        lines.append(
            [
                (40, f"{made:%d.%m.%y}", False),
                (90, f"{booked:%d.%m.%y}", False),
                (140, text, False),
                *cells,
                (560, _side(M(amount)), True),
            ]
        )
    lines.append([(140, "Neuer Saldo", False), (560, _side(balance), True)])
    return lines, balance


def test_a_german_card_bill_headed_betrag_in_over_its_currency_with_the_side_after_each_figure() -> None:
    """robbeofficial/dkbparse (README: a German bank's card statements) and public parsing notes on the
    same card ("Datum Beleg | Datum Buchung | Angabe des Unternehmens / Verwendungszweck | Betrag in
    EUR", each heading on two lines, "1.039,94 -" and "812,40 +"): "Betrag in" over "EUR" is the
    amount's one heading (not "Betrag" and a column of money in), and the "+" after a payment its
    side."""
    previous = M("-812.40")
    lines, balance = _card_bill(CARD, previous, abroad={})
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(made, text, M(amount)) for made, _, text, amount in CARD]
    assert (read.opening_balance, read.closing_balance) == (previous, balance)
    assert read.account_type == "CREDIT_CARD"


# ---- Australia: two-digit years --------------------------------------------------------------------------


def test_an_australian_account_dated_with_two_digit_years_and_balances_signed_by_plus_and_equals() -> None:
    """Seen in public Australian statement parsers (a debit/credit/balance template that stops at "CLOSING
    BALANCE"): "DATE | TRANSACTION DESCRIPTION | DEBIT | CREDIT | BALANCE", rows "03/03/25", the period
    "01/03/25 - 31/03/25", "Opening Balance + $310.45" and "Closing Balance = $..."."""
    rows: list[Drawn] = running(
        M("310.45"), [(d.replace(2025, 3, min(d.day, 28)), t, a) for d, t, a in NEW_YEAR]
    )
    columns = [
        Column("DATE", 40, lambda r: f"{r.date:%d/%m/%y}"),
        Column("TRANSACTION DESCRIPTION", 100, lambda r: r.description),
        Column("DEBIT", 400, paid_out(english), right=True),
        Column("CREDIT", 480, paid_in(english), right=True),
        Column("BALANCE", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Southern Cross Bank",
        "Statement Period 01/03/25 - 31/03/25",
        "BSB 032-000 Account No 123 456",
        f"Opening Balance + ${english(balance_before(rows))}",
        f"Closing Balance = ${english(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "AUD"


def test_a_german_card_bill_prints_a_purchase_abroad_in_its_money_and_rate_left_of_the_amount_in_euro() -> (
    None
):
    """The same card's notes: "Währung | Betrag | Kurs" between the description and "Betrag in" over
    "EUR", filled for a purchase abroad only ("USD 25,00 1,0850"): the figure right of the rate is the
    row's amount in euro, the one left of it the purchase's in its own money, and neither they nor the
    rate are part of the description; "EUR" under "Betrag in" is the header's, its money."""
    abroad = {3: ("USD", "25,00", "1,0850")}
    rows = [*CARD[:3], (D(2024, 1, 8), D(2024, 1, 9), "APP STORE, SAN FRANCISCO", "-23.04"), CARD[3]]
    previous = M("-812.40")
    lines, balance = _card_bill(rows, previous, abroad)
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(made, text, M(amount)) for made, _, text, amount in rows]
    assert [t.value_date for t in read.transactions] == [booked for _, booked, _, _ in rows]
    assert (read.opening_balance, read.closing_balance) == (previous, balance)
    assert read.currency == "EUR"


# ---- Canada: card bills of more kinds ----------------------------------------------------------------

SCOTIA = [
    (D(2025, 6, 25), D(2025, 6, 26), "COFFEE HOUSE #4412 HALIFAX NS", "-6.45"),
    (D(2025, 6, 30), D(2025, 7, 2), "ONLINE STORE TORONTO ON", "-34.05"),
    (D(2025, 7, 8), D(2025, 7, 8), "PAYMENT FROM - *****12*3456", "155.96"),
    (D(2025, 7, 15), D(2025, 7, 16), "DRUG MART #822 HALIFAX NS", "-23.17"),
]


def test_a_canadian_card_bill_numbering_its_rows_before_their_dates_marking_credits_by_a_minus_after() -> (
    None
):
    """benjamin-awd/monopoly, src/monopoly/banks/scotiabank/scotiabank.py (its card's header "REF.# DATE
    DATE DETAILS AMOUNT($)", "Previous balance, Jun 23/25", credits "155.96-"): a reference number
    before the dates, a payment marked by a minus after its figure, sub-totals of credits and debits
    under the rows and the new balance under them."""
    previous = M("-812.40")
    closing = previous + sum((M(a) for *_, a in SCOTIA), Decimal(0))
    lines: Lines = header(
        [
            "Atlantic Bank",
            "Credit Card Statement",
            "Statement period Jun 24, 2025 - Jul 23, 2025",
            "Account # 4537 XXXX XXXX 1234",
            f"Previous balance, Jun 23/25 ${english(previous)}",
        ]
    )
    lines.append(
        [
            (40, "**REF.#", False),
            (80, "DATE", False),
            (120, "DATE", False),
            (170, "DETAILS", False),
            (560, "AMOUNT($)", True),
        ]
    )
    for n, (made, posted, text, amount) in enumerate(SCOTIA):
        figure = english(M(amount)) + ("-" if M(amount) > 0 else "")
        lines.append(
            [
                (40, f"{n + 1:03d}", False),
                (80, f"{made:%b} {made.day}", False),
                (120, f"{posted:%b} {posted.day}", False),
                (170, text, False),
                (560, figure, True),
            ]
        )
    lines += [
        [(170, "SUB-TOTAL CREDITS", False), (560, "155.96-", True)],
        [(170, "SUB-TOTAL DEBITS", False), (560, "63.67", True)],
        [],
        [(40, f"New balance ${english(closing)}", False)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(made, text, M(amount)) for made, _, text, amount in SCOTIA]
    assert (read.opening_balance, read.closing_balance) == (previous, closing)
    assert read.account_type == "CREDIT_CARD"


def test_a_canadian_card_bill_with_a_reference_line_and_a_conversion_under_its_rows() -> None:
    """derekmoreau/bank-statement-transactions (README: a Canadian card's description spillover, its
    posting dates) and public card parsers' notes ("Foreign Currency-USD 25.00", "Exchange rate-"):
    "TRANSACTION / POSTING DATE | ACTIVITY DESCRIPTION | AMOUNT ($)", dates "DEC 05", a long reference
    number under each row and a purchase abroad's money and rate under its own, payments "-$500.00",
    the period "FROM DEC 03 TO JAN 02, 2025" with its year once."""
    previous = M("-812.40")
    closing = previous + sum((M(a) for _, _, a in CARD_MONTH), Decimal(0))
    lines: Lines = header(
        [
            "Maple Leaf Bank",
            "Visa Statement",
            "STATEMENT FROM DEC 03 TO JAN 02, 2025",
            f"PREVIOUS STATEMENT BALANCE ${english(previous)}",
        ]
    )
    lines += [
        [(40, "**TRANSACTION", False), (100, "POSTING", False)],
        [
            (40, "**DATE", False),
            (100, "DATE", False),
            (160, "ACTIVITY DESCRIPTION", False),
            (560, "AMOUNT ($)", True),
        ],
    ]
    for n, (day, text, amount) in enumerate(CARD_MONTH):
        figure = ("-" if M(amount) > 0 else "") + "$" + english(M(amount))
        lines += [
            [
                (40, f"{day:%b %d}".upper(), False),
                (100, f"{day + dt.timedelta(days=1):%b %d}".upper(), False),
                (160, text, False),
                (560, figure, True),
            ],
            [(160, f"7449{n}2143400{n}8123456789{n}", False)],
        ]
        if n == 1:
            lines += [[(160, "Foreign Currency-USD 62.40", False)], [(160, "Exchange rate-1.362019", False)]]
    lines.append([(160, "NEW BALANCE", False), (560, "$" + english(closing), True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(a)) for day, _, a in CARD_MONTH]
    assert all(
        t.description.startswith(text) and "Exchange" not in t.description
        for t, (_, text, _) in zip(read.transactions, CARD_MONTH, strict=True)
    )
    assert (read.opening_balance, read.closing_balance) == (previous, closing)


# ---- Switzerland ----------------------------------------------------------------------------------------

ZURICH = [
    (D(2025, 3, 3), "Debit card purchase\nMigros Zuerich HB\nCard no. XXXX 1234", "-84.35"),
    (D(2025, 3, 5), "Credit\nAlpenstahl AG\nSalary March", "6850.00"),
    (D(2025, 3, 10), "Standing order\nHausverwaltung Limmat", "-2150.00"),
    (D(2025, 3, 31), "Account fee", "-5.00"),
]


def test_a_swiss_account_in_english_with_the_value_date_between_the_money_and_the_balance() -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/zkb/zkb.py (its header "Date Booking text Debit CHF
    Credit CHF", "Balance as of:", transactions over several lines): "Date | Booking text | Debit CHF |
    Credit CHF | Value date | Balance CHF", figures "6'850.00", each row's text over up to three
    lines, a balance carried forward on the first line."""
    rows = running(M("1203.85"), ZURICH)
    columns = [
        Column("Date", 40, lambda r: f"{r.date:%d.%m.%Y}" if r.amount else ""),
        Column("Booking text", 100, lambda r: r.description),
        Column("Debit CHF", 360, lambda r: swiss(-r.amount) if r.amount < 0 else "", right=True),
        Column("Credit CHF", 430, lambda r: swiss(r.amount) if r.amount > 0 else "", right=True),
        Column("Value date", 445, lambda r: f"{r.date:%d.%m.%Y}" if r.amount else ""),
        Column("Balance CHF", 560, lambda r: swiss(r.balance), right=True),
    ]
    head = [
        "Limmat Cantonal Bank",
        "Account statement",
        "Private account CH12 0070 0110 0012 3456 7",
        "01.03.2025 - 31.03.2025",
        "Balance as of: 31.03.2025",
    ]
    carried = Drawn(D(2025, 3, 1), "Balance carried forward", M(0), balance_before(rows))
    read = read_one(statement(head, columns, [carried, *rows]))
    assert entries(read) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "CHF"


# ---- the US: a period over two lines ---------------------------------------------------------------------

CHECKING = [
    (D(2026, 1, 5), "ATM REBATE", "4.50"),
    (D(2026, 1, 9), "ACH DEBIT CITY UTILITIES", "-123.17"),
    (D(2026, 1, 15), "DIRECT DEPOSIT NORTHWIND", "2184.99"),
    (D(2026, 1, 28), "CHECK 1042", "-500.00"),
]


@pytest.mark.parametrize(
    "period",
    [["Statement Period January 1-31, 2026"], ["Statement Period", "January 1, 2026 to", "January 31, 2026"]],
    ids=["one line", "two lines"],
)
def test_a_us_checking_account_whose_period_runs_over_two_lines(period: list[str]) -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/schwab_bank/schwab_bank.py (its period "January 1-30,
    2026" on one line, or "January 31, 2026 to" over "February 27, 2026"; its header "Posted Description
    Debits Credits Balance", every figure after a "$"): the line that ends on "to" goes on with the
    period's end on the next."""
    rows = running(M("2310.45"), CHECKING)
    columns = [
        Column("Posted", 40, lambda r: f"{r.date:%m/%d}"),
        Column("Description", 100, lambda r: r.description),
        Column("Debits", 400, lambda r: "$" + english(r.amount) if r.amount < 0 else "", right=True),
        Column("Credits", 480, lambda r: "$" + english(r.amount) if r.amount > 0 else "", right=True),
        Column("Balance", 560, lambda r: "$" + english(r.balance), right=True),
    ]
    head = [
        "Pacific Brokerage Bank",
        "Checking Account Statement",
        *period,
        "Account Number 4400-12345678",
        f"Beginning Balance ${english(balance_before(rows))}",
        f"Ending Balance ${english(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert (read.period_start, read.period_end) == (D(2026, 1, 1), D(2026, 1, 31))
