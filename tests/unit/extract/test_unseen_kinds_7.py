"""Card bills and mobile-money statements in conventions no other test draws, read through the text layer
against what was drawn: a wallet dating each transfer year first with the month's name ("2025 Mar 15
06:22:57"); cards printing the transaction's and the posting date side by side, day first with the
month's name ("03 May 06 May"), a credit's "CR" on the line under its figure, a sub-total as the only
new balance, the opening as "BALANCE PREVIOUS STATEMENT", a footnote's star after a date and an equals
sign before the new balance, titles over headings wrapped in two lines, a section's title right under
the headings, "Tran date", "Sale Date" and "Date Processed" headings, a purchase abroad noted by its
money's name, and "Details | Foreign Spending | Amount" with no date heading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Lines,
    M,
    balance_before,
    english,
    entries,
    header,
    headings,
    net,
    read_drawn_pages,
    running,
    table,
    totals,
)

# ---- a wallet dating its transfers year first -------------------------------------------------------

WALLET = [
    (D(2025, 3, 2), "Transfer from CHIDI OKAFOR", "15000.00"),
    (D(2025, 3, 3), "Airtime Purchase 08031234567", "-1000.00"),
    (D(2025, 3, 3), "Transfer to AMAKA NWOSU Access Bank", "-7500.00"),
    (D(2025, 3, 9), "POS Payment LEKKI MART", "-3250.50"),
    (D(2025, 3, 15), "Savings Interest Earned", "12.34"),
]


@pytest.mark.parametrize("time_under", [False, True])
def test_a_wallet_dating_each_transfer_year_first_with_the_months_name_and_its_time(time_under: bool) -> None:
    """ "Trans. Time | Value Date | Description | Debit/Credit | Balance After | Channel | Transaction
    Reference": the time of a transfer printed "2025 Mar 02 10:22:57" (the time on the line under it, or
    beside it), one signed amount, the balance after each row."""
    rows = running(M("2350.00"), WALLET)

    def time(day: dt.date) -> str:
        return f"{day:%Y %b %d}" + ("\n" if time_under else " ") + f"{8 + day.day % 9:02d}:22:57"

    columns = [
        Column("Trans. Time", 20, lambda r: time(r.date)),
        Column("Value Date", 125, lambda r: f"{r.date:%d %b %Y}"),
        Column("Description", 185, lambda r: r.description),
        Column("Debit/Credit", 400, lambda r: ("+" if r.amount > 0 else "-") + english(r.amount), right=True),
        Column("Balance After", 465, lambda r: english(r.balance), right=True),
        Column("Channel", 475, lambda r: "E-Channel" if "Transfer" in r.description else "POS"),
        Column("Transaction Reference", 520, lambda r: f"2503{r.date.day:02d}0{r.date.day}11"),
    ]
    lines = [
        *header(["Wallet Account Statement", "Account Name CHINEDU OBI", "Account Number 8123456789"]),
        [(20, "Period 01 Mar 2025 - 31 Mar 2025", False)],
        [(20, "Opening Balance", False), (200, english(balance_before(rows)), True)],
        [(260, "Total Debit", False), (420, english(totals(rows)[0]), True)],
        [(20, "Closing Balance", False), (200, english(rows[-1].balance), True)],
        [(260, "Total Credit", False), (420, english(totals(rows)[1]), True)],
        [],
        headings(columns),
    ]
    for row in table(columns, rows):
        # a cell of two lines: its first line on the row's, its second on a line under it
        lines.append([(x, text.split("\n")[0], right) for x, text, right in row])
        under = [(x, text.split("\n")[1], right) for x, text, right in row if "\n" in text]
        lines += [under] if under else []
    read = read_drawn_pages([lines])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_number == "8123456789"


# ---- a card dating its rows twice, day first with the month's name ----------------------------------

CARD = [
    (D(2024, 5, 3), "COFFEE HAVEN 100112 SINGAPORE SG", M("-25.50")),
    (D(2024, 5, 6), "GROCERWORLD MART 200233 SINGAPORE SG", M("-42.30")),
    (D(2024, 5, 15), "PAYMENT - THANK YOU", M("120.00")),
    (D(2024, 5, 18), "PIZZA PALACE 400566 SINGAPORE SG", M("-60.00")),
]


def test_a_card_with_transaction_and_posting_dates_day_first_under_headings_over_three_lines() -> None:
    """ "Transaction | Posting | Amount" over "Description" over "Date | Date | (SGD)": each row dated
    "03 May 06 May", the posting day no year of the first date; the balance of the last statement a
    row of its own, payments marked CR."""
    previous = M("-120.00")
    new = previous + net([(d, s, str(a)) for d, s, a in CARD])
    lines = header(["Credit Card Statement", "JORDAN TANAKA", "Statement Date : 18 Jun 2024"])
    lines += [
        [(40, "Previous Balance", False), (300, english(previous), True)],
        [(40, "New Balance", False), (300, english(new), True)],
        [],
        [(40, "**Transaction", False), (120, "Posting", False), (560, "Amount", True)],
        [(200, "**Description", False)],
        [(40, "**Date", False), (120, "Date", False), (560, "(SGD)", True)],
        [(200, "BALANCE FROM PREVIOUS STATEMENT", False), (560, english(previous), True)],
    ]
    posted = [day + dt.timedelta(days=3) for day, *_ in CARD]
    for (day, text, amount), post in zip(CARD, posted, strict=True):
        figure = english(amount) + ("CR" if amount > 0 else "")
        lines.append(
            [
                (40, f"{day:%d %b}", False),
                (120, f"{post:%d %b}", False),
                (200, text, False),
                (560, figure, True),
            ]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == CARD
    assert [t.value_date for t in read.transactions] == posted
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- a card marking its credits CR on the line under the figure --------------------------------------

CREDITED = [
    (D(2025, 1, 5), "PAYMENT BY TELEPHONE/INTERNET BANKING", M("250.00")),
    (D(2025, 1, 7), "CAFE AURORA CENTRAL", M("-40.00")),
    (D(2025, 1, 12), "METRO GROCERS OUTLET", M("-25.50")),
    (D(2025, 1, 16), "REFUND HARBOUR BOOKS", M("12.00")),
    (D(2025, 1, 19), "HARBOUR BOOKS AND GIFTS", M("-34.50")),
]


def test_a_card_printing_cr_on_the_line_under_a_credits_figure() -> None:
    """A narrow amount column wraps a credit's "CR" onto a line of its own under the figure; the
    balances box prints "Opening Balance - New Credits + New Debits = Closing Balance" with the figures
    under their labels; rows dated "05.01.25"."""
    opening = M("-250.00")
    closing = opening + sum(amount for *_, amount in CREDITED)
    credits = sum(a for *_, a in CREDITED if a > 0)
    debits = -sum(a for *_, a in CREDITED if a < 0)
    lines = header(["The Platinum Credit Card", "Statement of Account", "Prepared for MEI LING TAN"])
    lines += [
        [
            (60, "Opening Balance S$", False),
            (170, "New Credits S$", False),
            (270, "New Debits S$", False),
            (370, "Closing Balance S$", False),
            (480, "Minimum payment S$", False),
        ],
        [
            (120, english(opening), True),
            (125, "-", False),
            (220, english(credits), True),
            (225, "+", False),
            (320, english(debits), True),
            (325, "=", False),
            (420, english(closing), True),
            (530, "50.00", True),
        ],
        [],
        [(40, "Statement Period From 21.12.2024 to 20.01.2025", False)],
        [],
        [(40, "**Details", False), (400, "Foreign Spending", False), (560, "Amount S$", True)],
    ]
    for day, text, amount in CREDITED:
        lines.append([(40, f"{day:%d.%m.%y}", False), (130, text, False), (560, english(amount), True)])
        lines += [[(560, "CR", True)]] if amount > 0 else []
    lines.append([(40, "Total of New Transactions for MEI LING TAN", False), (560, english(debits), True)])
    read = read_drawn_pages([lines])
    assert entries(read) == CREDITED
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert read.account_type == "CREDIT_CARD"


# ---- a card closing on its sub-total, no line labelled its new balance ----------------------------------

SUBTOTALLED = [
    (D(2023, 11, 5), "PAYMENT - INTERNET BANKING", M("1200.00")),
    (D(2023, 10, 24), "DAYBREAK BAKERY", M("-8.75")),
    (D(2023, 10, 28), "RIVERSIDE PHARMACY", M("-120.00")),
    (D(2023, 11, 2), "GRANITE HARDWARE", M("-60.50")),
    (D(2023, 11, 9), "ARBOR FINE FOODS", M("-250.01")),
]


def test_a_card_bill_closing_on_the_sub_total_its_previous_balance_and_rows_lead_to() -> None:
    """A card's section under its number: the previous balance a row of its own, the payment "1,200.00
    CR", the new purchases under the holder's name (dated before the payment: listed by kind), then
    "SUB-TOTAL:", "TOTAL:" and a grand total, each the balance now owed; no line says "new balance"."""
    previous = M("-1200.00")
    owed = previous + sum(amount for *_, amount in SUBTOTALLED)
    lines = header(["Lion City Cards", "PRIYA RAMESH", "45 Marina Crescent #08-11", "SINGAPORE 654321"])
    lines += [
        [(60, "**STATEMENT DATE", False), (200, "CREDIT LIMIT", False), (330, "MINIMUM PAYMENT", False)],
        [(60, "20 Nov 2023", False), (200, "$10,000.00", False), (330, "$50.00", False)],
        [],
        [(40, "**DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT (S$)", True)],
        [],
        [(40, "VISA SIGNATURE CARD NO.: 4111 2222 3333 4444", False)],
        [(100, "PREVIOUS BALANCE", False), (560, english(previous), True)],
    ]
    for day, text, amount in SUBTOTALLED:
        if day == D(2023, 10, 24):
            lines += [[], [(40, "NEW TRANSACTIONS PRIYA RAMESH", False)]]
        figure = english(amount) + (" CR" if amount > 0 else "")
        lines.append([(40, f"{day:%d %b}".upper(), False), (100, text, False), (560, figure, True)])
    lines += [
        [],
        [(450, "SUB-TOTAL:", False), (560, english(owed), True)],
        [],
        [(450, "TOTAL:", False), (560, english(owed), True)],
        [],
        [(250, "GRAND TOTAL FOR ALL CARD ACCOUNTS:", False), (560, english(owed), True)],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == SUBTOTALLED
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a card opening on "balance previous statement" -----------------------------------------------------

BRACKETED = [
    (D(2024, 6, 3), "FAST INCOMING PAYMENT", M("412.16")),
    (D(2024, 6, 8), "ONLINE MARKETPLACE SINGAPORE SG", M("-35.90")),
    (D(2024, 6, 12), "KOPITIAM SINGAPORE SG", M("-6.80")),
    (D(2024, 6, 20), "TELCO RECURRING SINGAPORE SG", M("-48.15")),
]


def test_a_card_opening_on_the_balance_previous_statement_with_its_payment_in_brackets() -> None:
    """Under the card's number and holder, "BALANCE PREVIOUS STATEMENT" (the words of the opening
    balance in another order) opens the rows; the payment printed in brackets, purchases bare, a
    sub-total and a grand total after."""
    previous = M("-412.16")
    owed = previous + sum(amount for *_, amount in BRACKETED)
    lines = header(
        ["Rewards World Card", "LIM WEI JIE", "Statement Date June 24, 2024", "Minimum Payment Due $50.00"]
    )
    lines += [
        [(40, "**DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT (SGD)", True)],
        [(40, "REWARDS WORLD CARD 5425 2334 3010 9903 - LIM WEI JIE", False)],
        [(100, "BALANCE PREVIOUS STATEMENT", False), (560, english(previous), True)],
    ]
    for day, text, amount in BRACKETED:
        figure = f"({english(amount)})" if amount > 0 else english(amount)
        lines.append([(40, f"{day:%d %b}".upper(), False), (100, text, False), (560, figure, True)])
    lines += [
        [(380, "SUB-TOTAL", False), (560, english(owed), True)],
        [],
        [(380, "GRAND TOTAL", False), (560, english(owed), True)],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == BRACKETED
    assert (read.opening_balance, read.closing_balance) == (previous, owed)
    assert read.account_type == "CREDIT_CARD"


# ---- a card whose summary is an equation and whose payment's date carries a footnote's star -------------

STARRED = [
    (D(2025, 1, 5), "MOBILE PAYMENT - THANK YOU", M("250.00")),
    (D(2025, 1, 7), "CORNER COFFEE SAN FRANCISCO CA", M("-40.00")),
    (D(2025, 1, 12), "NATURAL FOODS MKT 10234 OAKLAND CA", M("-125.50")),
    (D(2025, 1, 19), "RAIL TICKETS 8005551234 DC", M("-84.00")),
]


@pytest.mark.parametrize("equals", ["=", ""])
def test_a_card_whose_payment_date_carries_a_star_and_whose_new_balance_follows_an_equals_sign(
    equals: str,
) -> None:
    """ "Previous Balance $812.33 / Payments/Credits -$250.00 / New Charges +$249.50 / New Balance
    =$811.83": the summary an equation, its result printed against the equals sign; the payment dated
    "01/05/25*" (a footnote's star), under "Payments" without a date heading, the charges under "New
    Charges" / "Detail"."""
    previous = M("-812.33")
    owed = previous + sum(amount for *_, amount in STARRED)
    charges = -sum(a for *_, a in STARRED if a < 0)
    lines = header(["Cash Back Everyday Card", "Prepared for JOHN Q SMITH", "Closing Date 01/20/25"])
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "Payments/Credits", False), (300, "-$250.00", True)],
        [(40, "New Charges", False), (300, f"+${english(charges)}", True)],
        [(40, "New Balance", False), (300, f"{equals}${english(owed)}", True)],
        [],
        [(40, "**Payments", False), (300, "Details", False), (560, "Amount", True)],
        [(40, "01/05/25*", False), (110, STARRED[0][1], False), (560, "-$250.00", True)],
        [],
        [(40, "**New Charges", False)],
        [(40, "**Detail", False)],
    ]
    for day, text, amount in STARRED[1:]:
        lines.append([(40, f"{day:%m/%d/%y}", False), (110, text, False), (560, f"${english(amount)}", True)])
    lines += [[(40, "Total New Charges", False), (560, f"${english(charges)}", True)]]
    read = read_drawn_pages([lines])
    assert entries(read) == STARRED
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a card listing payments and charges apart, each under a title over headings wrapped in two ---------

APART = [
    (D(2025, 2, 3), "PAYMENT THANK YOU/PAIEMENT MERCI", M("500.00")),
    (D(2025, 1, 28), "PHARMACY #1234 TORONTO ON", M("-23.45")),
    (D(2025, 2, 1), "RIDESHARE CANADA TORONTO ON", M("-31.20")),
    (D(2025, 2, 9), "FUEL STATION MARKHAM ON", M("-58.00")),
]


@pytest.mark.parametrize("categories", [False, True])
def test_a_card_whose_payments_and_charges_stand_under_titles_over_headings_wrapped_in_two(
    categories: bool,
) -> None:
    """ "Your payments" over "Trans | Post" over "date | date | Description | Amount($)", then "Your new
    charges and credits" over the same headings: the titles name a kind of money ("payments",
    "charges", "credits"), no column of the table; the charges beside a column of spend categories
    where `categories`, no part of their description."""
    previous = M("-702.11")
    owed = previous + sum(amount for *_, amount in APART)
    charges = -sum(a for *_, a in APART if a < 0)
    spend = [(400, "Spend Categories", False)] if categories else []

    def headings_in_two(extra: list[tuple[float, str, bool]]) -> list[list[tuple[float, str, bool]]]:
        return [
            [(40, "**Trans", False), (90, "Post", False), *extra],
            [
                (40, "**date", False),
                (90, "date", False),
                (150, "Description", False),
                (560, "Amount($)", True),
            ],
        ]

    lines = header(["Visa Infinite Card", "ANNA LEE", "Statement period January 20 to February 19, 2025"])
    lines += [
        [(40, "Credit limit", False), (300, "$8,000.00", True)],
        [(40, "Previous balance", False), (300, f"${english(previous)}", True)],
        [(40, "Total balance", False), (300, f"${english(owed)}", True)],
        [],
        [(40, "**Your payments", False)],
        *headings_in_two([]),
        [(40, "Feb 03", False), (90, "Feb 03", False), (150, APART[0][1], False), (560, "500.00", True)],
        [(40, "Total payments", False), (560, "$500.00", True)],
        [],
        [(40, "**Your new charges and credits", False)],
        *headings_in_two(spend),
    ]
    kinds = ["Health and Education", "Transportation", "Transportation"]
    for (day, text, amount), kind in zip(APART[1:], kinds, strict=True):
        posted = day + dt.timedelta(days=2)
        lines.append(
            [
                (40, f"{day:%b %d}", False),
                (90, f"{posted:%b %d}", False),
                (150, text, False),
                *([(400, kind, False)] if categories else []),
                (560, english(amount), True),
            ]
        )
    lines += [[(40, "Total for 4500 XXXX XXXX 1234", False), (560, f"${english(charges)}", True)]]
    read = read_drawn_pages([lines])
    assert entries(read) == APART
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a card's first section title set right under its headings ------------------------------------------

SECTIONED = [
    (D(2025, 1, 5), "INTERNET PAYMENT - THANK YOU", M("250.00")),
    (D(2025, 1, 7), "DEPARTMENT STORE 00012345 MINNEAPOLIS MN", M("-40.00")),
    (D(2025, 1, 12), "FUEL 57444 DENVER CO", M("-45.50")),
    (D(2025, 1, 19), "INTEREST CHARGE ON PURCHASES", M("-9.12")),
]


def test_a_card_whose_first_section_title_stands_right_under_its_headings() -> None:
    """ "Trans. Date | Post Date | Description | Amount", and right under it, in the headings' type,
    "PAYMENTS AND CREDITS" from the first column on: the first section's title, no second line of the
    headings (read so, a column of credits between the two dates took every posting date); then
    "PURCHASES" and "INTEREST CHARGED"; payments "-$250.00", charges "$40.00"."""
    previous = M("-812.33")
    owed = previous + sum(amount for *_, amount in SECTIONED)
    lines = header(
        ["Cash Back Card", "Account number ending in 1234", "Open to Close Date: 12/21/2024 - 01/20/2025"]
    )
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "New Balance", False), (300, f"${english(owed)}", True)],
        [],
        [
            (40, "**Trans. Date", False),
            (110, "Post Date", False),
            (180, "Description", False),
            (560, "Amount", True),
        ],
        [(40, "**PAYMENTS AND CREDITS", False)],
    ]
    _posted_as_drawn(lines, SECTIONED, {1: "**PURCHASES", 3: "**INTEREST CHARGED"}, (previous, owed))


# ---- a card dated by posting then by transaction, the latter headed "Tran date" -------------------------

POSTED_FIRST = [
    (D(2024, 8, 2), "PAYMENT - THANK YOU", M("900.00")),
    (D(2024, 8, 4), "GROCER SINGAPORE SG", M("-45.20")),
    (D(2024, 8, 9), "HOLIDAY LETS LONDON GB", M("-312.77")),
    (D(2024, 8, 15), "FOREIGN TRANSACTION FEE", M("-10.32")),
]


def test_a_card_dated_by_posting_then_by_transaction_headed_tran_date() -> None:
    """ "Post date | Tran date | Description | Amount(SGD)", dates "04AUG" run together: the transaction's
    date is the row's, the posting date its value date, whichever stands first; a purchase abroad
    prints its own money on the line under it."""
    previous = M("-900.00")
    owed = previous + sum(amount for *_, amount in POSTED_FIRST)
    lines = header(
        ["Revolution Credit Card", "WONG MEI", "Statement Date 21 AUG 2024", "Credit Limit SGD 10,000"]
    )
    lines += [
        [
            (40, "**Post date", False),
            (100, "Tran date", False),
            (170, "Description", False),
            (560, "Amount(SGD)", True),
        ],
        [(170, "Previous Statement Balance", False), (560, english(previous), True)],
    ]
    posted = [day + dt.timedelta(days=2) for day, *_ in POSTED_FIRST]
    for (day, text, amount), post in zip(POSTED_FIRST, posted, strict=True):
        figure = english(amount) + ("CR" if amount > 0 else "")
        lines.append(
            [
                (40, f"{post:%d%b}".upper(), False),
                (100, f"{day:%d%b}".upper(), False),
                (170, text, False),
                (560, figure, True),
            ]
        )
        lines += [[(170, "GBP 178.50", False)]] if "LONDON" in text else []
    lines += [[(170, "Statement Balance", False), (560, english(owed), True)]]
    read = read_drawn_pages([lines])
    assert entries(read) == POSTED_FIRST
    assert [t.value_date for t in read.transactions] == posted
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a card's purchase abroad noted in its money's name, under a second cardholder's title ---------------

ABROAD = [
    (D(2023, 11, 5), "PAYMENT - INTERNET/WIRELESS", M("1200.00")),
    (D(2023, 10, 24), "DAYBREAK BAKERY SINGAPORE SG", M("-8.75")),
    (D(2023, 10, 28), "ONLINE MARKETPLACE SEATTLE US", M("-27.44")),
    (D(2023, 11, 2), "GRANITE HARDWARE SINGAPORE SG", M("-60.50")),
    (D(2023, 11, 9), "ARBOR FINE FOODS SINGAPORE SG", M("-250.01")),
]


@pytest.mark.parametrize("money", ["U. S. DOLLAR", "U.S. DOLLAR", "US DOLLAR"])
def test_a_card_noting_a_purchase_abroad_by_its_moneys_name_under_the_row(money: str) -> None:
    """A purchase abroad prints the amount in the money it was made in on the line under it, the money
    named in words, its initials set apart by points ("U. S. DOLLAR 20.25"): no part of the description.
    The new transactions stand under each cardholder's title, the main one's and a supplementary one's."""
    previous = M("-1200.00")
    owed = previous + sum(amount for *_, amount in ABROAD)
    lines = header(
        ["Lion City Cards", "PRIYA RAMESH", "Statement Date 20 Nov 2023", "Credit Limit $10,000.00"]
    )
    lines += [
        [(40, "**DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT (S$)", True)],
        [],
        [(40, "VISA SIGNATURE CARD NO.: 4111 2222 3333 4444", False)],
        [(100, "PREVIOUS BALANCE", False), (560, english(previous), True)],
        [(40, "05 NOV", False), (100, ABROAD[0][1], False), (560, "1,200.00 CR", True)],
        [],
    ]
    for n, (day, text, amount) in enumerate(ABROAD[1:]):
        titles = {0: "NEW TRANSACTIONS PRIYA RAMESH", 2: "NEW TRANSACTIONS RAVI RAMESH"}
        lines += [[(40, titles[n], False)]] if n in titles else []
        lines.append([(40, f"{day:%d %b}".upper(), False), (100, text, False), (560, english(amount), True)])
        lines += [[(100, f"{money} 20.25", False)]] if "SEATTLE" in text else []
    lines += [[(450, "SUB-TOTAL:", False), (560, english(owed), True)]]
    read = read_drawn_pages([lines])
    assert entries(read) == ABROAD
    assert (read.opening_balance, read.closing_balance) == (previous, owed)
    assert read.currency == "SGD"


# ---- a card dated as processed, then as transacted, with the card used in a column of its own ------------

PROCESSED = [
    (D(2025, 3, 3), "SUPERMARKET 3342 MELBOURNE", M("-72.15")),
    (D(2025, 3, 7), "PAYMENT THANKYOU 412345", M("800.00")),
    (D(2025, 3, 11), "FUEL EXPRESS FITZROY", M("-55.02")),
    (D(2025, 3, 22), "OVERSEAS TXN FEE", M("-1.20")),
]


@pytest.mark.parametrize("card_used", [False, True])
def test_a_card_dated_as_processed_then_as_transacted_under_headings_in_two_lines(card_used: bool) -> None:
    """ "Date / Processed | Date of / Transaction | Card / Used | Transaction Details | Amount (A$)": the
    date of the transaction is the row's, the day processed its value date; the last digits of the card
    used in a column of their own are no part of the description; credits "$800.00 CR"."""
    previous = M("-933.40")
    owed = previous + sum(amount for *_, amount in PROCESSED)
    used = [(160, "Card", False)] if card_used else []
    lines = header(
        ["Frequent Flyer Card", "Statement Period 01/03/2025 - 31/03/2025", "Credit Limit $15,000.00"]
    )
    lines += [
        [(40, "Opening Balance", False), (300, f"${english(previous)}", True)],
        [(40, "Closing Balance", False), (300, f"${english(owed)}", True)],
        [],
        [
            (40, "**Date", False),
            (100, "Date of", False),
            *used,
            (210, "Transaction Details", False),
            (560, "Amount (A$)", True),
        ],
        [
            (40, "**Processed", False),
            (100, "Transaction", False),
            *([(160, "Used", False)] if card_used else []),
        ],
    ]
    processed = [day + dt.timedelta(days=1) for day, *_ in PROCESSED]
    for (day, text, amount), done in zip(PROCESSED, processed, strict=True):
        lines.append(
            [
                (40, f"{done:%d/%m/%Y}", False),
                (100, f"{day:%d/%m/%Y}", False),
                *([(160, "1234", False)] if card_used else []),
                (210, text, False),
                (560, f"${english(amount)}" + (" CR" if amount > 0 else ""), True),
            ]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == PROCESSED
    assert [t.value_date for t in read.transactions] == processed
    assert (read.opening_balance, read.closing_balance) == (previous, owed)


# ---- a card headed "Details | Foreign Spending | Amount", its dates under the details' heading ----------

SPENT_ABROAD = [
    (D(2025, 1, 5), "PAYMENT BY TELEPHONE/INTERNET BANKING", M("250.00")),
    (D(2025, 1, 7), "CAFE AURORA CENTRAL", M("-40.00")),
    (D(2025, 1, 12), "ONLINE STORE SEATTLE", M("-27.44")),
    (D(2025, 1, 19), "HARBOUR BOOKS AND GIFTS", M("-34.50")),
]


@pytest.mark.parametrize("spent", ["USD 20.25", "20.25 USD"])
def test_a_card_headed_details_foreign_spending_and_amount_without_a_date_heading(spent: str) -> None:
    """No heading names the date: each row opens with its date where "Details" begins, its description
    after it; a purchase abroad prints what it cost in that money under "Foreign Spending", no part of
    the description and not the amount in the card's money; a credit's "CR" under its figure."""
    opening = M("-250.00")
    closing = opening + sum(amount for *_, amount in SPENT_ABROAD)
    lines = header(["The Platinum Card", "Statement of Account", "Prepared for MEI LING TAN"])
    lines += [
        [(40, "Opening Balance S$", False), (300, english(opening), True)],
        [(40, "Closing Balance S$", False), (300, english(closing), True)],
        [],
        [(40, "**Details", False), (400, "Foreign Spending", False), (560, "Amount S$", True)],
    ]
    for day, text, amount in SPENT_ABROAD:
        abroad = [(400, spent, False)] if "SEATTLE" in text else []
        lines.append(
            [(40, f"{day:%d.%m.%y}", False), (130, text, False), *abroad, (560, english(amount), True)]
        )
        lines += [[(560, "CR", True)]] if amount > 0 else []
    read = read_drawn_pages([lines])
    assert entries(read) == SPENT_ABROAD
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a card headed "Sale Date", its first section's title under the headings ----------------------------

SOLD = [
    (D(2025, 1, 5), "ONLINE PAYMENT, THANK YOU", M("250.00")),
    (D(2025, 1, 7), "GROCER #123 BROOKLYN NY", M("-40.00")),
    (D(2025, 1, 12), "POWER CO 800-752-6633 NY", M("-125.50")),
    (D(2025, 1, 19), "TRANSIT PAYGO NEW YORK NY", M("-2.90")),
]


def test_a_card_headed_sale_date_with_its_first_sections_title_across_the_headings_under_it() -> None:
    """ "Sale Date | Post Date | Description | Amount" (the sale is the transaction), and under it
    "Payments, Credits and Adjustments" in the headings' type, one phrase from the first column across
    the second: a title, no second line of the headings; then "Standard Purchases"."""
    previous = M("-812.33")
    owed = previous + sum(amount for *_, amount in SOLD)
    lines = header(["Double Cash Card", "Member Since 2015", "Billing Period: 12/21/24-01/20/25"])
    lines += [
        [(40, "Previous balance", False), (300, f"${english(previous)}", True)],
        [(40, "New balance", False), (300, f"${english(owed)}", True)],
        [],
        [
            (40, "**Sale Date", False),
            (110, "Post Date", False),
            (180, "Description", False),
            (560, "Amount", True),
        ],
        [(40, "**Payments, Credits and Adjustments", False)],
    ]
    _posted_as_drawn(lines, SOLD, {1: "**Standard Purchases"}, (previous, owed))


def _posted_as_drawn(
    lines: Lines,
    rows: Sequence[tuple[dt.date, str, Decimal]],
    titles: dict[int, str],
    balances: tuple[Decimal, Decimal],
) -> None:
    """Draws the rows under `lines`, each "MM/DD | MM/DD | description | amount" dated the day it was
    made and posted the day after, a payment "-$250.00" and a charge "$40.00", each section's title over
    its first row (`titles` by row), and asserts them read as drawn, with the posting dates as value
    dates, between the opening and closing `balances`."""
    posted = [day + dt.timedelta(days=1) for day, *_ in rows]
    for n, ((day, text, amount), post) in enumerate(zip(rows, posted, strict=True)):
        lines += [[(40, titles[n], False)]] if n in titles else []
        figure = ("-$" if amount > 0 else "$") + english(amount)
        lines.append(
            [
                (40, f"{day:%m/%d}", False),
                (110, f"{post:%m/%d}", False),
                (180, text, False),
                (560, figure, True),
            ]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == list(rows)
    assert [t.value_date for t in read.transactions] == posted
    assert (read.opening_balance, read.closing_balance) == balances


# ---- a card closing on its outstanding balance ----------------------------------------------------------

OUTSTANDING = [
    (D(2025, 2, 3), "FINEST GROCER SINGAPORE", M("-35.20")),
    (D(2025, 2, 5), "Cashback", M("2.10")),
    (D(2025, 2, 8), "RIDE HAILING SINGAPORE", M("-14.60")),
    (D(2025, 2, 14), "Payment received", M("300.00")),
]


@pytest.mark.parametrize("opening_label", ["Previous balance", "Previous outstanding balance"])
def test_a_card_whose_new_balance_is_its_outstanding_balance(opening_label: str) -> None:
    """The summary states what is owed as the "Outstanding balance" (after the "Previous balance", or the
    "Previous outstanding balance"); credits "+S$2.10", charges "S$35.20"."""
    previous = M("-512.00")
    owed = previous + sum(amount for *_, amount in OUTSTANDING)
    lines = header(["Card Statement", "Statement date 20 Feb 2025", "Credit limit S$5,000.00"])
    lines += [
        [(40, opening_label, False), (300, f"S${english(previous)}", True)],
        [(40, "Outstanding balance", False), (300, f"S${english(owed)}", True)],
        [],
        [(40, "**Transaction date", False), (150, "Description", False), (560, "Amount (SGD)", True)],
    ]
    for day, text, amount in OUTSTANDING:
        figure = ("+S$" if amount > 0 else "S$") + english(amount)
        lines.append([(40, f"{day:%d %b %Y}", False), (150, text, False), (560, figure, True)])
    read = read_drawn_pages([lines])
    assert entries(read) == OUTSTANDING
    assert (read.opening_balance, read.closing_balance) == (previous, owed)
