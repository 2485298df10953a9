"""Kinds of statement that public statement-reading projects show banks print (their fixtures, patterns and
sample lines), which the other drawn kinds leave out: each is drawn as its kind prints it, under made-up
names, and read through the text layer against what was drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Entry,
    Lines,
    M,
    as_read,
    bold,
    continental,
    daily_balances,
    drawn_lines,
    english,
    entries,
    header,
    indian,
    net,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    swiss,
)


def _ordinal(day: dt.date, month: str = "%b") -> str:
    """ "3rd Jan": the day with its English ordinal suffix, then the month."""
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day.strftime(month)}"


# ---- a UK account dated by ordinal days, its longer rows over two lines with the money on the last -----

UK_ROWS = [
    (D(2025, 1, 2), "CARD PAYMENT TO TESCO STORES 2231 ON 31-12-2024", "-42.18"),
    (D(2025, 1, 3), "DIRECT DEBIT PAYMENT TO THAMES WATER REF 88120451 MANDATE NO 0031", "-38.50"),
    (D(2025, 1, 12), "BANK GIRO CREDIT REF HOLLYBANK LTD SALARY", "2140.00"),
    (D(2025, 1, 21), "FASTER PAYMENTS RECEIPT REF RENT SHARE FROM A NWOSU", "450.00"),
    (D(2025, 1, 22), "STANDING ORDER VIA FASTER PAYMENT TO LANDLORD REFERENCE FLAT 4", "-925.00"),
    (D(2025, 1, 23), "CARD PAYMENT TO TFL TRAVEL CH ON 22-01-2025", "-7.40"),
]


def _uk_ordinal_account() -> tuple[Lines, Decimal, Decimal]:
    opening = M("1204.33")
    lines = header(
        [
            "Marlow & Kent Bank",
            "Mr Oluwaseun Nwosu",
            "14 Pembroke Road, Reading RG1 4QT",
            "Account number 41229087 Sort code 09-01-28",
            "Your account summary for 1st January 2025 to 31st January 2025",
        ]
    )
    lines += [
        [(40, "Balance brought forward from 31st Dec Statement", False), (330, f"£{english(opening)}", True)],
        [(40, "Total money in:", False), (330, f"£{english(M('2590.00'))}", True)],
        [(40, "Total money out:", False), (330, f"£{english(M('1013.08'))}", True)],
        [(40, "Your balance at close of business 31st Jan 2025", False), (330, "£2,781.25", True)],
        [],
        bold(
            [
                (40, "Date", False),
                (100, "Description", False),
                (420, "Money in", True),
                (490, "Money out", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "1st Jan", False), (100, "BALANCE BROUGHT FORWARD", False), (560, english(opening), True)],
    ]
    balance = opening
    for day, text, amount in UK_ROWS:
        balance += M(amount)
        money = [
            (420 if M(amount) > 0 else 490, english(M(amount)), True),
            (560, english(balance), True),
        ]
        # A description too long for its column runs on under it; the money stands on its last line.
        words = text.split(" ")
        first, rest = " ".join(words[:6]), " ".join(words[6:])
        if rest:
            lines += [[(40, _ordinal(day), False), (100, first, False)], [(100, rest, False), *money]]
        else:
            lines.append([(40, _ordinal(day), False), (100, text, False), *money])
    lines.append(
        [(40, "31st Jan", False), (100, "BALANCE CARRIED FORWARD", False), (560, english(balance), True)]
    )
    return lines, opening, balance


def test_a_uk_account_dated_by_ordinal_days_with_its_longer_rows_run_over_two_lines() -> None:
    """A UK current account whose rows are dated "2nd Jan", "12th Jan" (the year only in its period, "1st
    January 2025 to 31st January 2025"), headed "Money in | Money out | Balance" between a balance
    brought forward and a balance carried forward row, each longer description run onto a second line
    that carries the money: every row, whole, and the balances either side."""
    lines, opening, closing = _uk_ordinal_account()
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(UK_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert (read.period_start, read.period_end) == (D(2025, 1, 1), D(2025, 1, 31))


# ---- a US card bill naming each group of rows by its kind in the margin of the group's first row ------

CARD_GROUPS: list[tuple[str, list[Entry]]] = [
    ("Payments and Credits", [(D(2024, 12, 20), "INTERNET PAYMENT - THANK YOU", "180.00")]),
    (
        "Merchandise",
        [
            (D(2024, 12, 18), "TARGET 00021 SPRINGFIELD IL", "-64.19"),
            (D(2025, 1, 4), "AMAZON.COM*RT4KX0 SEATTLE WA", "-23.97"),
        ],
    ),
    ("Restaurants", [(D(2024, 12, 22), "CULVERS OF CHATHAM CHATHAM IL", "-18.42")]),
    (
        "Gasoline",
        [
            (D(2024, 12, 27), "CASEYS #3312 SPRINGFIELD IL", "-41.05"),
            (D(2025, 1, 9), "SHELL OIL 5744 DECATUR IL", "-37.66"),
        ],
    ),
]


def _card_by_kind(kind_column: bool) -> tuple[Lines, Decimal, Decimal]:
    previous = M("-412.60")  # owed to the bank
    every = [row for _, rows in CARD_GROUPS for row in rows]
    new = previous + net(every)
    lines = header(
        [
            "Prairie Card Services",
            "ALAN J MORETTI",
            "88 WALNUT ST, SPRINGFIELD IL 62704",
            "Account ending in 6021",
            "Open Date: Dec 15, 2024 - Close Date: Jan 14, 2025",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (330, f"${english(previous)}", True)],
        [(40, "Payments and Credits", False), (330, f"-${english(M('180.00'))}", True)],
        [(40, "Purchases", False), (330, f"+${english(M('185.29'))}", True)],
        [(40, "New Balance", False), (330, f"${english(new)}", True)],
        [],
        [(40, "**Transactions", False)],
        bold(
            [
                (150, "Trans. date", False),
                (210, "Post date", False),
                (270, "Description", False),
                (560, "Amount", True),
            ]
        ),
    ]
    for kind, rows in CARD_GROUPS:
        for n, (day, text, amount) in enumerate(rows):
            # From the issuer's side: a purchase adds to what is owed, a payment takes from it.
            figure = ("-" if M(amount) > 0 else "") + f"$ {english(M(amount))}"
            posted = day + dt.timedelta(days=1)
            line: list[Cell] = [
                (150, day.strftime("%b %-d"), False),
                (210, posted.strftime("%b %-d"), False),
                (270, text, False),
                (560, figure, True),
            ]
            if n == 0 and kind_column:
                line.insert(0, (40, kind, False))
            lines.append(line)
    return lines, previous, new


def test_a_card_bill_naming_each_group_of_rows_by_its_kind_left_of_the_groups_first_row() -> None:
    """A US card bill whose rows ("Trans. date | Post date | ... | Amount", dated "Dec 18" across new year
    under "Open Date: Dec 15, 2024 - Close Date: Jan 14, 2025") fall in groups each named by its kind in
    the left margin of its first row ("Payments and Credits", "Merchandise", "Restaurants"), purchases
    printed bare and the payment with a minus: the kind is no part of the row, each row keeps its own
    purchase date and year, and the balances open and close it."""
    for kind_column in (True, False):
        lines, previous, new = _card_by_kind(kind_column)
        read = read_one(drawn_lines([lines]))
        every = [row for _, rows in CARD_GROUPS for row in rows]
        assert entries(read) == as_read(every)
        assert (read.opening_balance, read.closing_balance) == (previous, new)
        assert read.account_type == "CREDIT_CARD"


# ---- a credit union printing the amount between the date and the description, in sections ------------

CU_DEPOSITS = [
    (D(2025, 3, 3), "Deposit ACH PAYROLL CASCADIA HEALTH", "1812.40"),
    (D(2025, 3, 17), "Deposit ACH PAYROLL CASCADIA HEALTH", "1812.40"),
    (D(2025, 3, 31), "Dividend", "0.38"),
]
CU_WITHDRAWALS = [
    (D(2025, 3, 4), "Withdrawal POS #410022 SAFEWAY 1523 TACOMA WA", "-96.21"),
    (D(2025, 3, 10), "Withdrawal ACH PUGET SOUND ENERGY BILLPAY", "-143.77"),
    (D(2025, 3, 18), "Withdrawal Transfer To Loan 0042", "-385.00"),
    (D(2025, 3, 25), "Withdrawal ATM #1107 6TH AVE TACOMA WA", "-60.00"),
]


def _cu_section(title: str, rows: list[Entry], style: Callable[[Decimal], str]) -> Lines:
    return [
        [(40, f"**{title}", False)],
        bold([(40, "Date", False), (150, "Amount", True), (180, "Description", False)]),
        *[[(40, d.strftime("%m/%d"), False), (150, style(M(a)), True), (180, t, False)] for d, t, a in rows],
        [],
    ]


def _brackets(value: Decimal) -> str:
    return f"({english(value)})" if value < 0 else english(value)


def test_a_credit_union_printing_the_amount_between_the_date_and_the_description_in_sections() -> None:
    """A US credit union's share draft in sections "Deposits" and "Withdrawals", each headed "Date | Amount
    | Description" with the amount right-aligned before the description, the withdrawals in brackets (or
    bare, their section saying the side), between a beginning and an ending balance: every row with its
    side, and no description takes the figure."""
    opening = M("704.16")
    closing = opening + net(CU_DEPOSITS) + net(CU_WITHDRAWALS)
    for style in (_brackets, english):
        lines = header(
            [
                "Rainier Shores Credit Union",
                "PRIYA DESAI",
                "4410 N PEARL ST, TACOMA WA 98407",
                "Statement Period: 03/01/2025 - 03/31/2025",
                "Account Number: 0008841203",
            ]
        )
        lines += [
            [(40, "**Share Draft Checking", False)],
            [(40, "Beginning Balance", False), (330, english(opening), True)],
            [(40, "Ending Balance", False), (330, english(closing), True)],
            [],
            *_cu_section("Deposits", CU_DEPOSITS, style),
            *_cu_section("Withdrawals", CU_WITHDRAWALS, style),
        ]
        read = read_one(drawn_lines([lines]))
        assert sorted(entries(read)) == sorted(as_read([*CU_DEPOSITS, *CU_WITHDRAWALS]))
        assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a Singapore card bill with the previous balance and subtotals inside its table --------------------

SG_ROWS = [
    (D(2025, 2, 3), "NTUC FAIRPRICE-JURONG PT SINGAPORE", "-86.45"),
    (D(2025, 2, 6), "GRAB*A-7XQ2L0K3 SINGAPORE", "-14.30"),
    (D(2025, 2, 10), "PAYMENT - INTERNET BANKING", "1203.88"),
    (D(2025, 2, 14), "SHOPEE SINGAPORE MP SINGAPORE", "-59.90"),
    (D(2025, 2, 20), "REFUND SHOPEE SINGAPORE MP", "19.90"),
    (D(2025, 2, 27), "SINGTEL MOBILE BILL SINGAPORE", "-45.60"),
]


def test_a_singapore_card_bill_opening_its_table_on_the_previous_balance_and_closing_on_totals() -> None:
    """A Singapore card bill: "Post Date | Trans Date | Description of Transaction | Transaction Amount
    SGD", rows dated "03 FEB" (the year in "Statement Date 28 Feb 2025"), the table opening on a
    "PREVIOUS BALANCE" line and closing on "SUB-TOTAL" and "TOTAL AMOUNT DUE" lines,
    payments and refunds marked "CR" after the figure: no balance line or total is a row, and the
    previous and total balances open and close it."""
    previous = M("-1203.88")
    new = previous + net(SG_ROWS)
    lines = header(
        [
            "Merlion Commercial Bank",
            "TAN WEI LING",
            "BLK 221 JURONG EAST ST 21 #08-114 SINGAPORE 600221",
            "Statement Date 28 Feb 2025",
            "VISA PLATINUM 4119-2204-7781-3306",
        ]
    )
    lines += [
        bold(
            [
                (40, "Post Date", False),
                (100, "Trans Date", False),
                (160, "Description of Transaction", False),
                (560, "Transaction Amount SGD", True),
            ]
        ),
        [(160, "PREVIOUS BALANCE", False), (560, english(previous), True)],
    ]
    for day, text, amount in SG_ROWS:
        figure = english(M(amount)) + (" CR" if M(amount) > 0 else "")
        lines.append(
            [
                (40, (day + dt.timedelta(days=1)).strftime("%d %b").upper(), False),
                (100, day.strftime("%d %b").upper(), False),
                (160, text, False),
                (560, figure, True),
            ]
        )
    lines += [
        [(160, "SUB-TOTAL", False), (560, english(new), True)],
        [],
        [(160, "TOTAL AMOUNT DUE", False), (560, english(new), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SG_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


# ---- a US card bill with credits and charges in columns of their own, a reference between -------------

WF_ROWS = [
    (D(2025, 6, 2), "SQ *BLUE BOTTLE COFFEE OAKLAND CA", "-6.75"),
    (D(2025, 6, 5), "PG&E WEB ONLINE 800-743-5000 CA", "-118.32"),
    (D(2025, 6, 11), "ONLINE PAYMENT THANK YOU", "500.00"),
    (D(2025, 6, 19), "TRADER JOE S #127 OAKLAND CA", "-71.04"),
    (D(2025, 6, 24), "RETURN REI #88 BERKELEY CA", "24.99"),
]


def _reference(n: int) -> str:
    return f"2449216{n}FS2GY{n}QK7X"


def test_a_card_bill_with_credits_and_charges_columns_and_a_reference_number_between() -> None:
    """A US card bill: "Trans Date | Post Date | Reference Number | Description | Credits | Charges", a long
    reference number between the dates and the description, each figure bare in its column, the header
    naming no card in words the reader knows: the reference is no amount (nor any part of the
    description: the row's number, in a column of its own between the date and the description), the
    charges are money out, and the balances, printed bare and chaining only as what is owed, are the
    card's debt."""
    previous = M("-932.18")
    new = previous + net(WF_ROWS)
    lines = header(
        [
            "Golden Gate Card Company",
            "MARISOL ORTEGA",
            "2219 BROADWAY, OAKLAND CA 94612",
            "Account Number Ending in 5512",
            "Statement Period 05/28/2025 to 06/27/2025",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (330, f"${english(previous)}", True)],
        [(40, "New Balance", False), (330, f"${english(new)}", True)],
        [],
        bold(
            [
                (40, "Trans", False),
                (80, "Post", False),
                (120, "Reference Number", False),
                (250, "Description", False),
                (490, "Credits", True),
                (560, "Charges", True),
            ]
        ),
    ]
    for n, (day, text, amount) in enumerate(WF_ROWS):
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (80, (day + dt.timedelta(days=2)).strftime("%m/%d"), False),
                (120, _reference(n), False),
                (250, text, False),
                (490 if M(amount) > 0 else 560, english(M(amount)), True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(WF_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


# ---- an Australian card dated by processing and by transaction, its figures headed A$ ------------------

AU_ROWS = [
    (D(2025, 7, 1), "WOOLWORTHS 3317 BONDI JUNCT NS", "-112.40"),
    (D(2025, 7, 4), "OPAL TRANSPORT SYDNEY", "-20.00"),
    (D(2025, 7, 9), "PAYMENT RECEIVED, THANK YOU", "750.00"),
    (D(2025, 7, 15), "UBER *EATS SYDNEY", "-36.85"),
    (D(2025, 7, 28), "NETFLIX.COM MELBOURNE", "-18.99"),
]


def test_an_australian_card_dated_by_processing_then_by_transaction_in_australian_dollars() -> None:
    """An Australian card statement: "Date processed | Date of transaction | Transaction details | Amount
    (A$)", rows dated "01 Jul" and "30 Jun" (the year in the period), the opening and closing balances as
    lines inside the table, payments marked "-" : each row dated by its transaction."""
    opening = M("-750.00")
    closing = opening + net(AU_ROWS)
    lines = header(
        [
            "Southern Cross Banking Corporation",
            "MS HARPER QUINN",
            "7/21 CURLEWIS ST, BONDI BEACH NSW 2026",
            "Statement period 30 Jun 2025 - 29 Jul 2025",
            "Card number 5520 XXXX XXXX 9104",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date processed", False),
                (110, "Date of transaction", False),
                (200, "Transaction details", False),
                (560, "Amount (A$)", True),
            ]
        ),
        [(200, "OPENING BALANCE", False), (560, english(-opening), True)],
    ]
    for day, text, amount in AU_ROWS:
        figure = ("-" if M(amount) > 0 else "") + english(M(amount))
        lines.append(
            [
                (40, (day + dt.timedelta(days=1)).strftime("%d %b"), False),
                (110, day.strftime("%d %b"), False),
                (200, text, False),
                (560, figure, True),
            ]
        )
    lines.append([(200, "CLOSING BALANCE", False), (560, english(-closing), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(AU_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert read.currency == "AUD"


# ---- a US checking statement in sections of additions and deductions, the amount before the text ------

PNC_SECTIONS: list[tuple[str, list[Entry]]] = [
    (
        "Deposits and Other Additions",
        [
            (D(2025, 8, 1), "Direct Deposit - Payroll Allegheny Steel", "1650.22"),
            (D(2025, 8, 15), "Direct Deposit - Payroll Allegheny Steel", "1650.22"),
            (D(2025, 8, 20), "Mobile Deposit", "85.00"),
        ],
    ),
    (
        "Checks and Substitute Checks",
        [(D(2025, 8, 6), "Check 2214", "-300.00"), (D(2025, 8, 26), "Check 2215", "-42.50")],
    ),
    (
        "Banking/Debit Card Withdrawals and Purchases",
        [
            (D(2025, 8, 4), "1837 Debit Card Purchase Giant Eagle #62 Pittsburgh PA", "-73.18"),
            (D(2025, 8, 12), "1837 Debit Card Purchase Sheetz 0411 Monroeville PA", "-48.09"),
        ],
    ),
    (
        "Online and Electronic Banking Deductions",
        [
            (D(2025, 8, 5), "ACH Web Duquesne Light Bill Pmt", "-112.40"),
            (D(2025, 8, 18), "Online Transfer To Savings 0022", "-250.00"),
        ],
    ),
]


def test_a_checking_statement_in_sections_of_additions_and_deductions_the_amount_before_the_text() -> None:
    """A US checking statement whose activity is in sections titled by kind ("Deposits and Other
    Additions", "Checks and Substitute Checks", "Banking/Debit Card Withdrawals and Purchases", "Online
    and Electronic Banking Deductions"), each headed "Date posted | Amount | Description" with the amount
    before the text, each closed by its total, and a daily balance detail under them: a section whose
    title names no side in known words takes the side the balances prove, and no total or daily balance
    is a row."""
    opening = M("918.45")
    every = [row for _, rows in PNC_SECTIONS for row in rows]
    closing = opening + net(every)
    lines = header(
        [
            "Three Rivers National Bank",
            "DOMINIC A KOWALSKI",
            "519 GRANT AVE, PITTSBURGH PA 15209",
            "Virtual Wallet Spend Statement",
            "For the period 08/01/2025 to 08/31/2025",
            "Primary account number: 10-4472-9031",
        ]
    )
    lines += [
        [(40, "**Balance Summary", False)],
        bold(
            [
                (40, "Beginning balance", False),
                (160, "Deposits and other additions", False),
                (320, "Checks and other deductions", False),
                (470, "Ending balance", False),
            ]
        ),
        [
            (40, english(opening), False),
            (160, english(net(PNC_SECTIONS[0][1])), False),
            (320, english(-net(every[3:])), False),
            (470, english(closing), False),
        ],
        [],
        [(40, "**Activity Detail", False)],
    ]
    for title, rows in PNC_SECTIONS:
        lines += [
            [(40, f"**{title}", False)],
            bold([(40, "Date posted", False), (150, "Amount", True), (180, "Description", False)]),
            *[
                [(40, d.strftime("%m/%d"), False), (150, english(M(a)), True), (180, t, False)]
                for d, t, a in rows
            ],
            [(40, f"Total {title.lower()}", False), (150, english(net(rows)), True)],
            [],
        ]
    daily = daily_balances(opening, every)
    lines += [
        [(40, "**Daily Balance Detail", False)],
        bold([(40, "Date", False), (150, "Balance", True), (250, "Date", False), (360, "Balance", True)]),
    ]
    for first in range(0, len(daily), 2):
        line: list[Cell] = []
        for n, (day, figure) in enumerate(daily[first : first + 2]):
            line += [(40 + 210 * n, day.strftime("%m/%d"), False), (150 + 210 * n, english(figure), True)]
        lines.append(line)
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- sections titled by two words of one side joined by an ampersand, closed by a current balance ----


def test_sections_titled_with_an_ampersand_between_their_two_words_for_the_side() -> None:
    """Sections titled "Deposits & Credits" and "Withdrawals & Debits", headed "Date | Amount |
    Description": the ampersand joins two words of one side, each section takes its side."""
    opening = M("704.16")
    closing = opening + net(CU_DEPOSITS) + net(CU_WITHDRAWALS)
    lines = header(
        [
            "Keystone Citizens Savings Bank",
            "PRIYA DESAI",
            "4410 N PEARL ST, PROVIDENCE RI 02904",
            "Beginning March 1, 2025 through March 31, 2025",
            "Account Number: 1104488120",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (330, english(opening), True)],
        [(40, "Current Balance", False), (330, english(closing), True)],
        [],
        *_cu_section("Deposits & Credits", CU_DEPOSITS, english),
        *_cu_section("Withdrawals & Debits", CU_WITHDRAWALS, english),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read([*CU_DEPOSITS, *CU_WITHDRAWALS]))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a prepaid debit account with the kind of each row in a column after its text ----------------------

PREPAID_ROWS = [
    (D(2025, 9, 2), "PAYROLL DIRECT DEP LAKESIDE LOGISTICS", "Deposit", "612.40"),
    (D(2025, 9, 3), "MONTHLY FEE", "Fee", "-7.95"),
    (D(2025, 9, 5), "WALGREENS #5521 MILWAUKEE WI", "Purchase", "-23.16"),
    (D(2025, 9, 9), "ATM WITHDRAWAL 2201 N MAIN ST", "Withdrawal", "-60.00"),
    (D(2025, 9, 12), "CASH DEPOSIT AT RETAILER", "Deposit", "100.00"),
    (D(2025, 9, 19), "SEND TO SAVINGS VAULT", "Transfer", "-150.00"),
]


def test_a_prepaid_account_naming_each_rows_kind_in_a_type_column_between_the_text_and_the_amount() -> None:
    """A prepaid debit account: "Date | Description | Type | Amount | Balance", each row's kind a word in
    the Type column ("Deposit", "Fee", "Withdrawal": words that head money columns elsewhere), the amount
    signed with "+$" or "-$" and the balance after it in dollars: the kind is no side and no amount, and
    each row keeps its own sign."""
    opening = M("41.27")
    lines = header(
        [
            "Lakeshore Prepaid Bank",
            "TASHA R GREENE",
            "3307 W CENTER ST, MILWAUKEE WI 53210",
            "Statement Period 09/01/2025-09/30/2025",
            "Account Number: 7741 0093 2281",
        ]
    )
    lines += [
        [(40, "**DEBIT ACCOUNT TRANSACTIONS", False)],
        bold(
            [
                (40, "Date", False),
                (90, "Description", False),
                (330, "Type", False),
                (470, "Amount", True),
                (560, "Balance", True),
            ]
        ),
    ]
    balance = opening
    for day, text, kind, amount in PREPAID_ROWS:
        balance += M(amount)
        sign = "-" if M(amount) < 0 else "+"
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (90, text, False),
                (330, kind, False),
                (470, f"{sign}${english(M(amount))}", True),
                (560, f"${english(balance)}", True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert [(d, a) for d, _, a in entries(read)] == [(d, M(a)) for d, _, _, a in PREPAID_ROWS]
    # The kind printed after the text may join it, as a type column beside the description does.
    assert all(t in read_t for (_, t, _, _), (_, read_t, _) in zip(PREPAID_ROWS, entries(read), strict=True))
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a Canadian chequing account with the description first and the date right of the money -----------

TD_ROWS = [
    (D(2025, 1, 3), "TIM HORTONS #2231", "-4.35"),
    (D(2025, 1, 3), "PAYROLL DEP HALTON PAVING", "1884.20"),
    (D(2025, 1, 6), "HYDRO ONE BPY", "-96.40"),
    (D(2025, 1, 13), "E-TRANSFER SENT K PATEL", "-120.00"),
    (D(2025, 1, 13), "MONTHLY PLAN FEE", "-17.95"),
    (D(2025, 1, 20), "LOBLAWS #1187", "-88.12"),
]


def test_a_chequing_account_printing_the_description_first_and_each_days_date_right_of_the_money() -> None:
    """A Canadian chequing account: "DESCRIPTION | WITHDRAWALS | DEPOSITS | DATE | BALANCE", the dates
    printed "JAN03" (month and day run together) right of the money, the balance printed on a day's last
    row only, between a "BALANCE FORWARD" row and the closing balance: every row with its date."""
    opening = M("512.88")
    lines = header(
        [
            "Dominion Lakeshore Bank",
            "RAVI PATEL",
            "88 KING ST W, OAKVILLE ON L6K 1B4",
            "Statement From - DEC 31/24 to JAN 31/25",
            "Account No. 1042-5529871",
        ]
    )
    lines += [
        bold(
            [
                (40, "DESCRIPTION", False),
                (330, "WITHDRAWALS", True),
                (410, "DEPOSITS", True),
                (440, "DATE", False),
                (560, "BALANCE", True),
            ]
        ),
        [(40, "BALANCE FORWARD", False), (440, "DEC31", False), (560, english(opening), True)],
    ]
    balance = opening
    for n, (day, text, amount) in enumerate(TD_ROWS):
        balance += M(amount)
        line: list[Cell] = [
            (40, text, False),
            (330 if M(amount) < 0 else 410, english(M(amount)), True),
            (440, day.strftime("%b%d").upper(), False),
        ]
        if n + 1 == len(TD_ROWS) or TD_ROWS[n + 1][0] != day:
            line.append((560, english(balance), True))
        lines.append(line)
    lines.append([(40, "CLOSING BALANCE", False), (440, "JAN31", False), (560, english(balance), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(TD_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a card bill listing its rows in two columns of the page, side by side ------------------------------

SPLIT_ROWS = [
    (D(2025, 3, 1), "MIGROS ZURICH HB", "-42.80"),
    (D(2025, 3, 2), "SBB MOBILE TICKET", "-8.80"),
    (D(2025, 3, 4), "COOP PRONTO BERN", "-15.35"),
    (D(2025, 3, 6), "PAYMENT RECEIVED THANK YOU", "388.40"),
    (D(2025, 3, 9), "GALAXUS.CH", "-129.00"),
    (D(2025, 3, 12), "SPOTIFY AB", "-12.95"),
    (D(2025, 3, 15), "DIGITEC ZURICH", "-59.90"),
    (D(2025, 3, 18), "AVEC SHOP BASEL", "-6.40"),
    (D(2025, 3, 22), "MANOR LUZERN", "-74.10"),
    (D(2025, 3, 27), "SWISSCOM MOBILE", "-49.00"),
]


def test_a_card_bill_listing_its_rows_in_two_columns_of_the_page_side_by_side() -> None:
    """A card bill printing "Date | Description | Amount" twice across the page, its rows running down
    the left half and on down the right one, between the previous and the new balance: every row, read
    left half first, none lost to the other half's."""
    previous = M("-388.40")
    new = previous + net(SPLIT_ROWS)
    lines = header(
        [
            "Helvetia Card Services",
            "Frau Lea Brunner",
            "Seestrasse 18, 8002 Zurich",
            "Statement of 28 March 2025",
            "Card number 5342 XXXX XXXX 7710",
        ]
    )
    lines += [
        [(40, "Previous balance", False), (260, english(-previous), True)],
        [(40, "New balance", False), (260, english(-new), True)],
        [],
        bold(
            [
                (40, "Date", False),
                (90, "Description", False),
                (290, "Amount", True),
                (320, "Date", False),
                (370, "Description", False),
                (560, "Amount", True),
            ]
        ),
    ]
    half = len(SPLIT_ROWS) // 2
    for left, right in zip(SPLIT_ROWS[:half], SPLIT_ROWS[half:], strict=True):
        line: list[Cell] = []
        for x, (day, text, amount) in ((40, left), (320, right)):
            figure = english(M(amount)) + (" CR" if M(amount) > 0 else "")
            line += [(x, day.strftime("%d.%m."), False), (x + 50, text, False), (x + 250, figure, True)]
        lines.append(line)
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SPLIT_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- money columns headed in words no lexicon holds, side by side before the balance -------------------

UNNAMED_ROWS = [
    (D(2025, 5, 2), "SALARY ACME LTD", "2500.00"),
    (D(2025, 5, 5), "GROCERY STORE", "-84.20"),
    (D(2025, 5, 9), "ELECTRIC BILL", "-120.00"),
    (D(2025, 5, 20), "CASH MACHINE", "-200.00"),
]


@pytest.mark.parametrize("order", ["out first", "in first"])
def test_two_money_columns_headed_in_words_no_lexicon_holds_are_the_two_sides_the_balances_tell(
    order: str,
) -> None:
    """ "Date | Description | Outgoings | Incomings | Balance", the money headed in words no lexicon holds
    (either side first), the only money in the first row: the two headings between the description and
    the balance head the two sides, which way round the running balances say, and the first row is
    money in like its column, not out like the rest."""
    rows = running(M("1000.00"), UNNAMED_ROWS)
    sides = [("Outgoings", paid_out(english)), ("Incomings", paid_in(english))]
    if order == "in first":
        sides.reverse()
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        *(Column(heading, x, text, right=True) for (heading, text), x in zip(sides, (400, 480), strict=True)),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = ["Harbourside Mutual", "JOHN DOE", "Statement period 01/05/2025 to 31/05/2025", "Account 12345678"]
    read_drawn(head, columns, rows)


# ---- a card account in Debit and Credit columns whose running balance, printed bare, is what is owed ---

OWED_ROWS = [
    (D(2025, 5, 2), "WOOLWORTHS 1187 SYDNEY", "-84.20"),
    (D(2025, 5, 5), "PAYMENT RECEIVED, THANK YOU", "500.00"),
    (D(2025, 5, 9), "CALTEX BONDI JUNCTION", "-61.00"),
    (D(2025, 5, 20), "NETFLIX.COM MELBOURNE", "-18.99"),
    (D(2025, 5, 21), "QANTAS AIRWAYS MASCOT", "-412.00"),
]


@pytest.mark.parametrize("ends", [True, False])
def test_a_card_in_debit_and_credit_columns_whose_bare_running_balance_is_what_is_owed(ends: bool) -> None:
    """An account titled by its product alone ("Harbour Rewards"), "Date | Transaction details | Debit |
    Credit | Balance", its running balance printed bare and rising with each purchase, falling with
    the payment (with or without opening and closing lines): the purchases are money out and the
    balance is owed, as the columns say and the balances prove; the columns are not turned round."""
    opening = M("-700.00")
    lines = header(
        [
            "Harbour Rewards",
            "JANE CITIZEN",
            "12 OCEAN ST, BONDI NSW 2026",
            "Statement period 01/05/2025 to 31/05/2025",
            "Account number 4567 1234 5678 9012",
        ]
    )
    lines.append(
        bold(
            [
                (40, "Date", False),
                (110, "Transaction details", False),
                (400, "Debit", True),
                (480, "Credit", True),
                (560, "Balance", True),
            ]
        )
    )
    if ends:
        lines.append([(110, "Opening balance", False), (560, english(opening), True)])
    balance = opening
    for day, text, amount in OWED_ROWS:
        balance += M(amount)
        lines.append(
            [
                (40, day.strftime("%d/%m/%Y"), False),
                (110, text, False),
                (400 if M(amount) < 0 else 480, english(M(amount)), True),
                (560, english(balance), True),
            ]
        )
    if ends:
        lines.append([(110, "Closing balance", False), (560, english(balance), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(OWED_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- balance lines labelled in words banks print beyond the common ones, in a box or as rows -----------

LABELLED_ROWS = [
    (D(2025, 5, 2), "SALARY ACME LTD", "2500.00"),
    (D(2025, 5, 5), "GROCERY STORE", "-84.20"),
    (D(2025, 5, 19), "ELECTRIC BILL", "-1120.00"),
]
HEADINGS = {
    "en": ("Date", "Description", "Debit", "Credit"),
    "de": ("Datum", "Buchungstext", "Soll", "Haben"),
    "it": ("Data", "Descrizione", "Addebiti", "Accrediti"),
}


@pytest.mark.parametrize("where", ["box", "rows"])
@pytest.mark.parametrize(
    ("language", "opening_label", "closing_label"),
    [
        ("en", "Opening Ledger Balance", "Closing Ledger Balance"),
        ("en", "Opening Book Balance", "Closing Book Balance"),
        ("en", "Prior Balance", "Current Balance"),
        ("en", "Balance B/Fwd", "Balance C/Fwd"),
        ("de", "Startsaldo", "Schlusssaldo"),
        ("it", "Saldo precedente", "Saldo attuale"),
    ],
)
def test_balance_labels_naming_the_ledger_the_book_the_prior_or_the_current_balance(
    language: str, opening_label: str, closing_label: str, where: str
) -> None:
    """The opening and closing balances labelled "Opening Ledger Balance", "Closing Book Balance",
    "Prior Balance" and "Current Balance", "Balance B/Fwd" and "Balance C/Fwd" (Nigerian, US, Ghanaian
    forms), "Startsaldo", "Saldo attuale", in a box over the table or as its first and last rows, with
    no running balance to find them by: each opens or closes the statement."""
    opening = M("1000.00")
    closing = opening + net(LABELLED_ROWS)
    style = english if language == "en" else continental
    lines = header(
        ["Example Bank", "JOHN DOE", "Statement period 01/05/2025 to 31/05/2025", "Account 12345678"]
    )
    if where == "box":
        lines += [
            [(40, opening_label, False), (330, style(opening), True)],
            [(40, closing_label, False), (330, style(closing), True)],
            [],
        ]
    date, text, debit, credit = HEADINGS[language]
    lines.append(bold([(40, date, False), (110, text, False), (400, debit, True), (480, credit, True)]))
    if where == "rows":
        lines.append([(110, opening_label, False), (480, style(opening), True)])
    for day, description, amount in LABELLED_ROWS:
        side = 400 if M(amount) < 0 else 480
        printed = [(40, day.strftime("%d.%m.%Y"), False), (110, description, False)]
        lines.append([*printed, (side, style(M(amount)), True)])
    if where == "rows":
        lines.append([(110, closing_label, False), (480, style(closing), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(LABELLED_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a table headed in a language no lexicon holds, one side's column printing a single figure ---------


@pytest.mark.parametrize("order", ["out first", "in first"])
def test_a_column_of_one_figure_beside_the_balances_of_a_table_headed_in_no_known_language(
    order: str,
) -> None:
    """ "Tarehe | Maelezo | Kutoa | Kuweka | Salio" (Swahili: no lexicon holds a word of it), the month's
    only money in printed in a column of its own just before the running balance, either side first:
    the figures' own columns are found from the rows, the single figure's too, and the balances say
    which side each is."""
    rows = running(M("1000.00"), UNNAMED_ROWS)
    sides = [("Kutoa", paid_out(english)), ("Kuweka", paid_in(english))]
    if order == "in first":
        sides.reverse()
    columns = [
        Column("Tarehe", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Maelezo", 110, lambda r: r.description),
        *(Column(heading, x, text, right=True) for (heading, text), x in zip(sides, (400, 480), strict=True)),
        Column("Salio", 560, lambda r: english(r.balance), right=True),
    ]
    head = ["Pwani Cooperative Bank", "AMINA HASSAN", "01/05/2025 - 31/05/2025", "12345678"]
    read_drawn(head, columns, rows)


# ---- a card bill whose payment is worded with a comma, signed with a minus, under no card words ---------

COMMA_ROWS = [
    (D(2025, 4, 3), "STARBUCKS STORE 10293 SEATTLE WA", "-6.45"),
    (D(2025, 4, 8), "ONLINE PAYMENT, THANK YOU", "350.00"),
    (D(2025, 4, 12), "SAFEWAY #1442 BELLEVUE WA", "-118.20"),
    (D(2025, 4, 19), "AMAZON MKTPL*2K4RT9 AMZN.COM/BILL WA", "-42.99"),
]


def test_a_card_bill_whose_payment_is_worded_with_a_comma_between_its_words() -> None:
    """A bill under a header naming no card ("Evergreen Rewards"), its purchases bare and its payment
    "ONLINE PAYMENT, THANK YOU" with a minus, between a previous and a new balance printed bare: the
    payment's words say it whatever marks stand between them, so the purchases are money out and the
    balances are owed."""
    previous = M("-350.00")
    new = previous + net(COMMA_ROWS)
    lines = header(
        [
            "Evergreen Rewards",
            "SAM LINDQVIST",
            "5512 15TH AVE NE, SEATTLE WA 98105",
            "Statement period 03/28/2025 - 04/27/2025",
            "Account ending in 3318",
        ]
    )
    lines += [
        [(40, "Previous balance", False), (330, english(previous), True)],
        [(40, "New balance", False), (330, english(new), True)],
        [],
        bold([(40, "Date", False), (110, "Description", False), (560, "Amount", True)]),
    ]
    for day, text, amount in COMMA_ROWS:
        figure = ("-" if M(amount) > 0 else "") + english(M(amount))
        lines.append([(40, day.strftime("%m/%d/%Y"), False), (110, text, False), (560, figure, True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(COMMA_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


# ---- a US card bill whose sections print their totals in a Total column right of the Amount -----------

BOA_SECTIONS: list[tuple[str, list[Entry]]] = [
    ("Payments and Other Credits", [(D(2025, 10, 14), "PAYMENT - THANK YOU", "640.00")]),
    (
        "Purchases and Adjustments",
        [
            (D(2025, 10, 2), "HARRIS TEETER #0214 CHARLOTTE NC", "-87.34"),
            (D(2025, 10, 9), "SHELL OIL 57442839104 MATTHEWS NC", "-46.10"),
            (D(2025, 10, 21), "DUKE ENERGY PAYMENT 800-777-9898 NC", "-133.72"),
        ],
    ),
    ("Interest Charged", [(D(2025, 10, 27), "INTEREST CHARGED ON PURCHASES", "-9.81")]),
]


def test_a_card_bill_whose_sections_close_on_their_total_in_a_total_column_right_of_the_amount() -> None:
    """ "Transaction Date | Posting Date | Description | Reference Number | Account Number | Amount | Total",
    the rows in sections each closed by "TOTAL ... FOR THIS PERIOD" with its sum under "Total", the
    payment signed with a minus: no total is a row, and every row keeps its sign."""
    previous = M("-640.00")
    every = [row for _, rows in BOA_SECTIONS for row in rows]
    new = previous + net(every)
    lines = header(
        [
            "Carolina Piedmont Bank",
            "ANGELA R WHITFIELD",
            "1208 QUEENS RD, CHARLOTTE NC 28207",
            "Statement Closing Date 10/30/2025",
            "Account# 4400 6612 0938 2217",
            f"Previous Balance ${english(previous)}",
            f"New Balance Total ${english(new)}",
        ]
    )
    lines.append(
        bold(
            [
                (40, "Transaction", False),
                (95, "Posting", False),
                (150, "Description", False),
                (350, "Reference Number", False),
                (430, "Account", False),
                (510, "Amount", True),
                (560, "Total", True),
            ]
        )
    )
    lines.append(bold([(40, "Date", False), (95, "Date", False), (430, "Number", False)]))
    for title, rows in BOA_SECTIONS:
        lines.append([(40, f"**{title}", False)])
        for n, (day, text, amount) in enumerate(rows):
            figure = ("-" if M(amount) > 0 else "") + english(M(amount))
            lines.append(
                [
                    (40, day.strftime("%m/%d"), False),
                    (95, (day + dt.timedelta(days=1)).strftime("%m/%d"), False),
                    (150, text, False),
                    (350, f"{n}4417{n}8", False),
                    (430, "2217", False),
                    (510, figure, True),
                ]
            )
        total = -net(rows)
        shown = ("-" if total < 0 else "") + "$" + english(total)
        lines.append([(40, f"TOTAL {title.upper()} FOR THIS PERIOD", False), (560, shown, True)])
        lines.append([])
    read = read_one(drawn_lines([lines]))
    assert [(d, a) for d, _, a in entries(read)] == [(d, M(a)) for d, _, a in every]
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- a Swiss card bill in German, in Belastung and Gutschrift columns, its balances printed bare -------

SWISS_ROWS = [
    (D(2025, 5, 3), "MIGROS ZUERICH HB", "-42.80"),
    (D(2025, 5, 8), "IHRE ZAHLUNG - BESTEN DANK", "388.40"),
    (D(2025, 5, 12), "SBB CFF FFS MOBILE", "-18.60"),
    (D(2025, 5, 20), "GALAXUS.CH ZUERICH", "-129.00"),
]


@pytest.mark.parametrize("in_columns", [True, False])
def test_a_swiss_card_bill_in_german_whose_bare_balances_are_owed(in_columns: bool) -> None:
    """A card bill titled "Rechnung vom 31.05.2025" (no word of a card), "Datum | Beschreibung |
    Belastung | Gutschrift" or one "Betrag CHF" column with the payment's minus, between "Saldo letzte
    Rechnung" and "Neuer Saldo" printed bare in Swiss figures: the charges are money out and the
    balances owed, as the payment's words and the balances prove."""
    previous = M("-388.40")
    new = previous + net(SWISS_ROWS)
    lines = header(
        [
            "Alpenkarten AG",
            "Frau Lea Brunner",
            "Seestrasse 18, 8002 Zürich",
            "Rechnung vom 31.05.2025",
            "Kartennummer 5342 XXXX XXXX 7710",
        ]
    )
    lines += [
        [(40, "Saldo letzte Rechnung", False), (330, swiss(-previous), True)],
        [(40, "Neuer Saldo", False), (330, swiss(-new), True)],
        [],
    ]
    if in_columns:
        lines.append(
            bold(
                [
                    (40, "Datum", False),
                    (110, "Beschreibung", False),
                    (450, "Belastung", True),
                    (540, "Gutschrift", True),
                ]
            )
        )
    else:
        lines.append(bold([(40, "Datum", False), (110, "Beschreibung", False), (540, "Betrag CHF", True)]))
    for day, text, amount in SWISS_ROWS:
        value = M(amount)
        if in_columns:
            figure = (450 if value < 0 else 540, swiss(abs(value)), True)
        else:
            figure = (540, ("-" if value > 0 else "") + swiss(abs(value)), True)
        lines.append([(40, day.strftime("%d.%m.%Y"), False), (110, text, False), figure])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SWISS_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- an Indian card bill whose summary box wraps its labels over two lines above the figures ------------

INDIAN_CARD_ROWS = [
    (D(2025, 5, 3), "SWIGGY BANGALORE", "-642.00"),
    (D(2025, 5, 8), "NETBANKING TRANSFER (Ref# 000012345)", "12480.00"),
    (D(2025, 5, 12), "AMAZON PAY INDIA", "-1299.00"),
    (D(2025, 5, 20), "BPCL FUEL STATION PUNE", "-2100.00"),
    (D(2025, 5, 25), "1% FUEL SURCHARGE WAIVER", "21.00"),
]


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_card_bills_summary_box_with_its_labels_wrapped_over_two_lines_above_the_figures(
    wrapped: bool,
) -> None:
    """An Indian card bill: a box of "Opening Balance | Payment/ Credits | Purchase/ Debits | Finance
    Charges | Total Dues", each label wrapped over two lines (or on one), over a line of their figures;
    rows dated with the time of day, credits marked "Cr": the opening balance and the total dues
    under their wrapped labels open and close the statement."""
    previous = M("-12480.00")
    new = previous + net(INDIAN_CARD_ROWS)
    paid = sum((M(a) for *_, a in INDIAN_CARD_ROWS if M(a) > 0), M(0))
    lines = header(
        [
            "Deccan Bank",
            "RAHUL SHARMA",
            "B-204 Lake View, Pune 411001",
            "Statement Date 31/05/2025",
            "Card No 4321 XXXX XXXX 1234",
        ]
    )
    labels = [
        ("Opening", "Balance"),
        ("Payment/", "Credits"),
        ("Purchase/", "Debits"),
        ("Finance", "Charges"),
    ]
    at = (40, 140, 240, 340)
    if wrapped:
        lines.append(
            [*((x, top, False) for x, (top, _) in zip(at, labels, strict=True)), (440, "Total Dues", False)]
        )
        lines.append([(x, bottom, False) for x, (_, bottom) in zip(at, labels, strict=True)])
    else:
        lines.append(
            [
                *((x, f"{a} {b}", False) for x, (a, b) in zip(at, labels, strict=True)),
                (440, "Total Dues", False),
            ]
        )
    spent = -net(INDIAN_CARD_ROWS) + paid
    figures = [indian(previous), indian(paid), indian(spent), "0.00", indian(new)]
    lines += [[(x, figure, False) for x, figure in zip((*at, 440), figures, strict=True)], []]
    lines.append(
        bold([(40, "Date", False), (150, "Transaction Description", False), (560, "Amount (in Rs.)", True)])
    )
    for day, text, amount in INDIAN_CARD_ROWS:
        figure = indian(M(amount)) + (" Cr" if M(amount) > 0 else "")
        lines.append(
            [(40, day.strftime("%d/%m/%Y 12:34:56"), False), (150, text, False), (560, figure, True)]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(INDIAN_CARD_ROWS)
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- lines summing the statement up under rows that print no running balance -----------------------------

SUMMED_ROWS = [
    (D(2025, 5, 2), "SALARY ACME LTD", "2500.00"),
    (D(2025, 5, 5), "GROCERY STORE", "-84.20"),
    (D(2025, 5, 19), "ELECTRIC BILL", "-1120.00"),
    (D(2025, 5, 20), "CASH WITHDRAWAL", "-40.00"),
]


@pytest.mark.parametrize(
    "summary",
    [
        [("Number of Debits: 3", 400, "1,244.20"), ("Number of Credits: 1", 480, "2,500.00")],
        [("Deposits (1)", 480, "2,500.00"), ("Withdrawals (3)", 400, "1,244.20")],
        [("Average Daily Balance", 480, "2,450.10"), ("Minimum Balance", 480, "500.00")],
        [("Overdraft limit", 480, "500.00")],
        [("Service Charge", 400, "0.00"), ("Interest Earned This Period", 480, "0.00")],
    ],
)
def test_lines_summing_the_statement_up_under_rows_without_running_balances_are_no_rows(
    summary: list[tuple[str, int, str]],
) -> None:
    """Under "Date | Description | Debit | Credit" rows that print no running balance, undated lines
    with a figure sum the statement up ("Number of Debits: 3 1,244.20", "Average Daily Balance",
    "Overdraft limit", "Service Charge 0.00"): the opening balance and the dated rows lead to the
    closing balance without them, so none is a transaction."""
    opening = M("1000.00")
    closing = opening + net(SUMMED_ROWS)
    lines = header(
        ["Example Bank", "JOHN DOE", "Statement period 01/05/2025 to 31/05/2025", "Account 12345678"]
    )
    lines += [
        [(40, "Opening balance", False), (330, english(opening), True)],
        [(40, "Closing balance", False), (330, english(closing), True)],
        [],
        bold([(40, "Date", False), (110, "Description", False), (400, "Debit", True), (480, "Credit", True)]),
    ]
    for day, text, amount in SUMMED_ROWS:
        side = 400 if M(amount) < 0 else 480
        lines.append(
            [(40, day.strftime("%d/%m/%Y"), False), (110, text, False), (side, english(M(amount)), True)]
        )
    lines += [[(110, label, False), (x, figure, True)] for label, x, figure in summary]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SUMMED_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- balance lines parting the label from its figure by a dash, the figure marked CR ---------------------


def test_a_dash_between_a_balance_label_and_its_figure_marked_cr_is_no_minus() -> None:
    """An Australian account stating "Opening balance - $1,000.00 CR" and "Closing balance - $2,295.80 CR"
    above "Date | Transaction | Debit | Credit | Balance" rows whose balances are marked CR: the dash
    parts the label from the figure, which CR says is the holder's."""
    rows = LABELLED_ROWS
    opening = M("1000.00")
    closing = opening + net(rows)
    lines = header(
        [
            "Example Bank",
            "JOHN DOE",
            "Statement period 01/05/2025 to 31/05/2025",
            "BSB 062-000 Account 12345678",
        ]
    )
    lines += [
        [(40, f"Opening balance - ${english(opening)} CR", False)],
        [(40, f"Closing balance - ${english(closing)} CR", False)],
        [],
        bold(
            [
                (40, "Date", False),
                (110, "Transaction", False),
                (400, "Debit", True),
                (480, "Credit", True),
                (560, "Balance", True),
            ]
        ),
    ]
    balance = opening
    for day, text, amount in rows:
        balance += M(amount)
        side = 400 if M(amount) < 0 else 480
        lines.append(
            [
                (40, day.strftime("%d %b"), False),
                (110, text, False),
                (side, english(M(amount)), True),
                (560, f"${english(balance)} CR", True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(rows)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
