"""Statements of English-speaking (and Canadian French) banks no other test draws, each as its issuer
prints it and read through the text layer against what was drawn: accounts of the UK, Ireland, New
Zealand, Australia and Canada whose date stands once over each day's rows, some with the balance only at
the day's end, under "Money out | Money in | Balance" and the like; a Quebec account's "Retrait | Dépôt
| Solde" opening on "Solde reporté"; a charge card's payments and credits, then each card member's new
charges, credits marked "CR" or "-$", purchases abroad noted under the row; a US account listing its
deposits and deductions with the amount before the description, its checks side by side, and a daily
balance table beside them; sections whose withdrawals carry a minus after the figure; a card dated by
transaction then posting with "- $" before its credits; a card-account app's "Type" and "Net Amount"
columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

from ingest.codes import WarningCode
from tests.unit.extract.unseen_kinds import (
    Cell,
    D,
    Entry,
    Lines,
    M,
    as_read,
    bold,
    daily_balances,
    drawn_lines,
    english,
    entries,
    header,
    net,
    read_all,
    read_drawn_pages,
    row_warnings,
    running,
    spaced,
    totals,
    wrapped,
)

# ---- accounts whose date stands once over each day's rows ---------------------------------------------

ACCOUNT = [
    (D(2025, 3, 3), "CARD PAYMENT TO CORNER GROCER", "-45.20"),
    (D(2025, 3, 3), "DIRECT DEBIT CITY ENERGY", "-62.00"),
    (D(2025, 3, 7), "SALARY HARBOUR WORKS LTD", "2150.00"),
    (D(2025, 3, 12), "STANDING ORDER RENT J BLOGGS", "-850.00"),
    (D(2025, 3, 12), "TRANSFER FROM A SMITH", "40.00"),
    (D(2025, 3, 12), "CASH MACHINE WITHDRAWAL", "-100.00"),
    (D(2025, 3, 20), "INTEREST PAID", "0.84"),
]
OPENING = M("1234.56")


def ordinal(day: dt.date) -> str:
    """ "3rd Mar": the day with its English ordinal suffix, then the month's short name."""
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {day:%b}"


FRENCH_MONTHS = {3: "MARS"}


@dataclass(frozen=True)
class Issuer:
    """How one bank prints an account: its title lines, its columns in order (heading, x, role: "date",
    "type", "desc", "fee", "out", "in", "balance"; figures right-aligned at x), the date of a row, the
    label of the opening line, whether the date stands only over a day's first row and the balance
    only by its last, how a figure is printed, and the currency the page names (None: none named)."""

    title: Sequence[str]
    columns: Sequence[tuple[str, float, str]]
    date: Callable[[dt.date], str]
    opening: str
    once_a_day: bool
    day_end_balance: bool
    figure: Callable[[M], str] = english
    currency: str | None = None
    closing: str | None = None
    opening_dated: bool = False  # the opening line dated the period's first day


UK_TITLE = ["Statement", "MR JOHN BLOGGS", "Sort code 20-00-00  Account number 12345678"]
ENGLISH_COLUMNS = ("Date", "Description", "Money out", "Money in", "Balance")

ISSUERS = {
    "barclays": Issuer(
        ["Harbour Bank UK PLC", *UK_TITLE, "1 Mar - 31 Mar 2025"],
        [
            ("Date", 40, "date"),
            ("Description", 90, "desc"),
            ("Money out £", 400, "out"),
            ("Money in £", 480, "in"),
            ("Balance £", 560, "balance"),
        ],
        lambda d: f"{d.day} {d:%b}",
        "Start balance",
        once_a_day=True,
        day_end_balance=True,
        currency="GBP",
        opening_dated=True,
    ),
    "natwest": Issuer(
        ["Westgate Bank", *UK_TITLE, "Period Covered 01 MAR 2025 to 31 MAR 2025"],
        [
            ("Date", 40, "date"),
            ("Description", 110, "desc"),
            ("Paid In(£)", 400, "in"),
            ("Withdrawn(£)", 480, "out"),
            ("Balance(£)", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %Y}".upper(),
        "BROUGHT FORWARD",
        once_a_day=True,
        day_end_balance=False,
        currency="GBP",
        opening_dated=True,
    ),
    "nationwide": Issuer(
        ["Countryside Building Society", *UK_TITLE, "Statement date 31 March 2025"],
        [
            ("Date", 40, "date"),
            ("Description", 90, "desc"),
            ("£Out", 400, "out"),
            ("£In", 480, "in"),
            ("£Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b}",
        "Balance from statement 41 dated 28/02/2025",
        once_a_day=True,
        day_end_balance=True,
        currency="GBP",
    ),
    "santander": Issuer(
        ["Sanctum Bank UK", *UK_TITLE, "Your account summary for 1st Mar 2025 to 31st Mar 2025"],
        [
            ("Date", 40, "date"),
            ("Description", 100, "desc"),
            ("Money in", 400, "in"),
            ("Money out", 480, "out"),
            ("Balance", 560, "balance"),
        ],
        ordinal,
        "Balance brought forward from 28th Feb Statement",
        once_a_day=False,
        day_end_balance=False,
        closing="Balance carried forward to next statement",
    ),
    "bank_of_ireland": Issuer(
        [
            "Bank of the Isle",
            "Current Account Statement",
            "MS MAIRE NI BHRAIN",
            "IBAN IE29 AIBK 9311 5212 3456 78",
            "Statement date 31 Mar 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction details", 110, "desc"),
            ("Payments - out", 400, "out"),
            ("Payments - in", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %Y}",
        "BALANCE FORWARD",
        once_a_day=True,
        day_end_balance=True,
        currency="EUR",
    ),
    "aib": Issuer(
        [
            "Allied Isle Bank",
            "Statement of Account",
            "MS MAIRE NI BHRAIN",
            "IBAN IE29 AIBK 9311 5212 3456 78",
            "Date of Statement 31 Mar 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Details", 110, "desc"),
            ("Debit €", 400, "out"),
            ("Credit €", 480, "in"),
            ("Balance €", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %Y}",
        "BALANCE FORWARD",
        once_a_day=True,
        day_end_balance=True,
        currency="EUR",
    ),
    "asb": Issuer(
        [
            "Kauri Savings Bank",
            "Statement",
            "MR J BLOGGS",
            "Account 12-3456-0123456-00",
            "Statement period 1 March 2025 to 31 March 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction", 90, "desc"),
            ("Withdrawals", 400, "out"),
            ("Deposits", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b}",
        "Opening Balance",
        once_a_day=False,
        day_end_balance=False,
        closing="Closing Balance",
    ),
    "kiwibank": Issuer(
        [
            "Fernbird Bank",
            "Account statement",
            "J BLOGGS",
            "38-9000-0123456-00",
            "1 March 2025 to 31 March 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction", 90, "desc"),
            ("Withdrawals", 400, "out"),
            ("Deposits", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b}",
        "OPENING BALANCE",
        once_a_day=True,
        day_end_balance=False,
    ),
    "bendigo": Issuer(
        [
            "Goldfields Bank",
            "Statement",
            "MR J BLOGGS",
            "Account number 123456789",
            "Statement period 01 Mar 2025 - 31 Mar 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction", 100, "desc"),
            ("Withdrawals", 400, "out"),
            ("Deposits", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %y}",
        "Opening Balance",
        once_a_day=False,
        day_end_balance=False,
        closing="Closing Balance",
    ),
    "macquarie": Issuer(
        [
            "Harbourside Bank Limited",
            "transaction account statement",
            "MR J BLOGGS",
            "account no. 123456789",
            "statement period 1 Mar 25 to 31 Mar 25",
        ],
        [
            ("transaction", 40, "date"),
            ("description", 100, "desc"),
            ("debits", 400, "out"),
            ("credits", 480, "in"),
            ("balance", 560, "balance"),
        ],
        lambda d: f"{d:%b %d}",
        "OPENING BALANCE",
        once_a_day=False,
        day_end_balance=False,
        closing="CLOSING BALANCE AS AT 31 Mar 25",
    ),
    "cibc": Issuer(
        [
            "Maple Imperial Bank",
            "Account Statement",
            "JOHN BLOGGS",
            "Account number 12-34567",
            "For Mar 1 to Mar 31, 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Description", 90, "desc"),
            ("Withdrawals ($)", 400, "out"),
            ("Deposits ($)", 480, "in"),
            ("Balance ($)", 560, "balance"),
        ],
        lambda d: f"{d:%b} {d.day}",
        "Opening balance",
        once_a_day=True,
        day_end_balance=False,
        closing="Closing balance",
        opening_dated=True,
    ),
    "tsb": Issuer(
        ["Thistle Savings Bank", *UK_TITLE, "Statement period 01 March 2025 to 31 March 2025"],
        [
            ("Date", 40, "date"),
            ("Payment type", 90, "type"),
            ("Details", 160, "desc"),
            ("Money out (£)", 400, "out"),
            ("Money in (£)", 480, "in"),
            ("Balance (£)", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %y}",
        "STATEMENT OPENING BALANCE",
        once_a_day=False,
        day_end_balance=False,
        currency="GBP",
    ),
    "bnz": Issuer(
        [
            "Southern Cross Bank",
            "Statement",
            "J BLOGGS",
            "Account 02-0100-0123456-00",
            "1 March 2025 to 31 March 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction", 80, "desc"),
            ("Particulars", 270, "particulars"),
            ("Code", 330, "code"),
            ("Reference", 370, "reference"),
            ("Withdrawals", 460, "out"),
            ("Deposits", 510, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b}",
        "Opening Balance",
        once_a_day=False,
        day_end_balance=False,
        closing="Closing Balance",
    ),
    "desjardins": Issuer(
        [
            "Caisse Populaire du Fleuve",
            "Relevé de compte",
            "JEAN TREMBLAY",
            "Folio 123456",
            "Période du 1 mars 2025 au 31 mars 2025",
        ],
        [
            ("Date", 40, "date"),
            ("Code", 90, "type"),
            ("Description", 130, "desc"),
            ("Frais", 330, "fee"),
            ("Retrait", 400, "out"),
            ("Dépôt", 480, "in"),
            ("Solde", 560, "balance"),
        ],
        lambda d: f"{d:%d} {FRENCH_MONTHS[d.month]}",
        "Solde reporté",
        once_a_day=False,
        day_end_balance=False,
        figure=spaced,
        opening_dated=True,
    ),
}


def _described(issuer: Issuer, amount: M, description: str) -> list[tuple[str, str]]:
    """The texts a row prints beside its description, by role in the columns' order: the description
    and, where the issuer prints them, the code of the row's kind ("RA" a withdrawal, "DI" a deposit)
    and the payment's particulars, code and reference a New Zealand payer gives it."""
    texts = {
        "type": "DI" if amount > 0 else "RA",
        "desc": description,
        "particulars": "J BLOGGS",
        "code": "MAR25",
        "reference": f"{abs(amount):.0f}",
    }
    return [(role, texts[role]) for _, _, role in issuer.columns if role in texts]


def _issuer_lines(issuer: Issuer, rows: Sequence[Entry]) -> Lines:
    drawn = running(OPENING, rows)
    xs = {role: x for _, x, role in issuer.columns}
    lines = header(issuer.title)
    lines.append(bold([(x, text, role not in ("date", "type", "desc")) for text, x, role in issuer.columns]))
    start = [(xs["date"], issuer.date(D(2025, 3, 1)), False)] if issuer.opening_dated else []
    lines.append([*start, (xs["desc"], issuer.opening, False), (560, issuer.figure(OPENING), True)])
    for n, row in enumerate(drawn):
        first = n == 0 or drawn[n - 1].date != row.date
        last = n == len(drawn) - 1 or drawn[n + 1].date != row.date
        cells: list[Cell] = []
        if first or not issuer.once_a_day:
            cells.append((xs["date"], issuer.date(row.date), False))
        cells += [(xs[role], text, False) for role, text in _described(issuer, row.amount, row.description)]
        side = "in" if row.amount > 0 else "out"
        cells.append((xs[side], issuer.figure(row.amount), True))
        if last or not issuer.day_end_balance:
            cells.append((xs["balance"], issuer.figure(row.balance), True))
        lines.append(cells)
    if issuer.closing:
        lines.append([(xs["desc"], issuer.closing, False), (560, issuer.figure(drawn[-1].balance), True)])
    return lines


@pytest.mark.parametrize("name", sorted(ISSUERS))
def test_an_account_as_its_issuer_prints_it_reads_as_drawn(name: str) -> None:
    """Each issuer's columns in its own words and order ("Money out | Money in", "Paid In | Withdrawn",
    "Payments - out | Payments - in", "Retrait | Dépôt | Solde"), an opening line in its words ("Start
    balance", "BROUGHT FORWARD", "Balance from statement 41 dated ...", "Solde reporté"), dates in its
    form ("3 Mar", "03 MAR 2025", "3rd Mar", "Mar 03", "03 MARS"), some printing the date once over a
    day's rows and the balance only by the day's last: every row read once with its day and side, the
    opening and closing balances those printed, the money the page names, and no warning."""
    issuer = ISSUERS[name]
    read = read_drawn_pages([_issuer_lines(issuer, ACCOUNT)])
    described = [" ".join(text for _, text in _described(issuer, M(a), t)) for _, t, a in ACCOUNT]
    assert entries(read) == [(d, text, M(a)) for (d, _, a), text in zip(ACCOUNT, described, strict=True)]
    assert (read.opening_balance, read.closing_balance) == (OPENING, OPENING + net(ACCOUNT))
    if issuer.currency:
        assert read.currency == issuer.currency
    assert row_warnings(read, D(2025, 4, 2)) == set()


# ---- a savings account printing money out in brackets ------------------------------------------------

SAVINGS = [
    (D(2025, 3, 1), "Interest Paid", "3.12"),
    (D(2025, 3, 4), "EFT Withdrawal to CHEQUING", "-500.00"),
    (D(2025, 3, 15), "EFT Deposit from PAYROLL", "1200.00"),
    (D(2025, 3, 28), "Internet Withdrawal to Tax-Free Savings", "-250.00"),
]


def test_an_account_printing_money_out_in_brackets_between_opening_and_closing_rows() -> None:
    """ "Transaction Date | Transaction Description | Amount ($) | Balance ($)", money out in brackets,
    the opening and closing balances rows of the table dated the period's first and last days."""
    opening = M("5210.40")
    drawn = running(opening, SAVINGS)

    def figure(value: M) -> str:
        return f"({english(value)})" if value < 0 else english(value)

    lines = header(
        [
            "Orange Door Bank",
            "Savings Account Statement",
            "JANE DOE",
            "Account Number 3012345678",
            "Statement Period: March 1, 2025 to March 31, 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Transaction Date", False),
                (130, "Transaction Description", False),
                (460, "Amount ($)", True),
                (560, "Balance ($)", True),
            ]
        ),
        [(40, "01 Mar 2025", False), (130, "Opening Balance", False), (560, english(opening), True)],
        *[
            [
                (40, f"{r.date:%d %b %Y}", False),
                (130, r.description, False),
                (460, figure(r.amount), True),
                (560, english(r.balance), True),
            ]
            for r in drawn
        ],
        [
            (40, "31 Mar 2025", False),
            (130, "Closing Balance", False),
            (560, english(drawn[-1].balance), True),
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(SAVINGS)
    assert (read.opening_balance, read.closing_balance) == (opening, drawn[-1].balance)
    assert row_warnings(read, D(2025, 4, 2)) == set()


# ---- a charge card: payments and credits, then each card member's new charges --------------------------

PAYMENTS = [(D(2025, 2, 21), "MOBILE PAYMENT - THANK YOU", "1204.33")]
CREDITS = [(D(2025, 3, 2), "ACME OUTFITTERS RETURN NEW YORK NY", "25.00")]
CHARGES = {
    ("JANE Q CITIZEN", "1-71004"): [
        (D(2025, 2, 15), "BLUE BOTTLE COFFEE SAN FRANCISCO CA", "-6.75"),
        (D(2025, 2, 18), "HOTEL LUTETIA PARIS", "-345.12"),
        (D(2025, 3, 5), "DELTA AIR LINES ATLANTA GA", "-412.60"),
    ],
    ("JOHN CITIZEN", "1-71012"): [
        (D(2025, 2, 25), "SHELL OIL 57442 HOUSTON TX", "-48.20"),
        (D(2025, 3, 1), "NETFLIX.COM LOS GATOS CA", "-15.49"),
    ],
}


@pytest.mark.parametrize("credit", ["-$", "CR"])
def test_a_charge_card_lists_payments_and_credits_then_each_members_new_charges(credit: str) -> None:
    """ "Closing Date 03/14/25", the previous and new balances above; "Payments and Credits" then "New
    Charges", each card member's charges under the member's name and "Card Ending 1-71004"; a credit
    printed "-$1,204.33" or "$1,204.33 CR"; a charge abroad noting the money it was made in and the rate
    on the lines under it; totals under each section: every charge money out, every payment and
    credit money in, the balances owed as drawn."""
    charges = [row for rows in CHARGES.values() for row in rows]
    every = [*PAYMENTS, *CREDITS, *charges]
    previous = -M("1204.33")
    new = previous + net(every)

    def figure(amount: str) -> str:
        value = M(amount)
        if value < 0:
            return "$" + english(value)
        return "-$" + english(value) if credit == "-$" else "$" + english(value) + " CR"

    def listed(rows: Sequence[Entry], star: str = "") -> Lines:
        out: Lines = []
        for day, text, amount in rows:
            out.append(
                [(40, f"{day:%m/%d/%y}" + star, False), (110, text, False), (560, figure(amount), True)]
            )
            if "PARIS" in text:
                out += [
                    [(110, "Foreign Spend Amount: 300.00 EURO", False)],
                    [(110, "Commission Amount: 0.00  Currency Exchange Rate: 1.1504", False)],
                ]
        return out

    lines = header(
        [
            "The Platinum Card",
            "JANE Q CITIZEN",
            "200 VESEY ST",
            "NEW YORK NY 10285-0001",
            "Account Ending 1-71004",
        ]
    )
    lines += [
        [(40, "Closing Date 03/14/25", False), (300, "Next Closing Date 04/13/25", False)],
        [(40, "Previous Balance", False), (250, "$" + english(previous), True)],
        [(40, "Payments/Credits", False), (250, "-$" + english(net([*PAYMENTS, *CREDITS])), True)],
        [(40, "New Charges", False), (250, "+$" + english(net(charges)), True)],
        [(40, "New Balance", False), (250, "$" + english(new), True)],
        [],
        [(40, "##Payments and Credits", False)],
        [(40, "**Detail", False), (300, "*Indicates posting date", False)],
        bold([(40, "Payments", False), (560, "Amount", True)]),
        *listed(PAYMENTS, "*"),
        bold([(40, "Credits", False), (560, "Amount", True)]),
        *listed(CREDITS),
        [(40, "Total Payments and Credits", False), (560, figure(str(net([*PAYMENTS, *CREDITS]))), True)],
        [],
        [(40, "##New Charges", False)],
        [(40, "**Detail", False)],
    ]
    for (member, card), rows in CHARGES.items():
        lines += [
            [(40, "**" + member, False)],
            bold([(40, "Card Ending " + card, False), (560, "Amount", True)]),
            *listed(rows),
        ]
    lines.append([(40, "Total New Charges", False), (560, "$" + english(-net(charges)), True)])
    read = read_drawn_pages([lines])
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.currency == "USD"
    assert row_warnings(read, D(2025, 3, 20)) - {WarningCode.TransactionsWrongOrder} == set()


# ---- a US account with the amount before the description and side-by-side tables ------------------------

ADDITIONS = [
    (D(2025, 1, 3), "Direct Deposit Payroll Acme Corp", "1850.00"),
    (D(2025, 1, 17), "Mobile Deposit", "240.00"),
    (D(2025, 1, 31), "Direct Deposit Payroll Acme Corp", "1850.00"),
]
CHECKS = [
    (D(2025, 1, 6), "1021 0069876543", "-120.00"),
    (D(2025, 1, 9), "1022 0099876544", "-1450.00"),
    (D(2025, 1, 14), "1023 0149876545", "-35.50"),
    (D(2025, 1, 22), "1025 0229876546", "-210.00"),
]
DEDUCTIONS = [
    (D(2025, 1, 7), "Debit Card Purchase Grocery Outlet", "-86.14"),
    (D(2025, 1, 15), "Web Pmt Electric Company", "-132.77"),
    (D(2025, 1, 27), "ATM Withdrawal 0042 Main St", "-200.00"),
]


def test_a_us_account_with_the_amount_before_the_description_and_tables_side_by_side() -> None:
    """A balance summary in a row of headings over a row of figures ("Beginning balance | Deposits and
    other additions | Checks and other deductions | Ending balance"); "Deposits and Other Additions" and
    "Banking/Debit Card Withdrawals" under "Date posted | Amount | Description"; "Checks and Substitute
    Checks" two columns of "Date paid | Check number | Amount | Reference number" side by side; a "Daily
    Balance Detail" of "Date | Ledger balance" three times across: every deposit and deduction read once
    with its side, checks described by their number and reference (the text beside their figures, as
    every reference column joins the description), the daily balances no rows."""
    opening = M("2315.42")
    every = [*ADDITIONS, *CHECKS, *DEDUCTIONS]
    closing = opening + net(every)
    out = -net([*CHECKS, *DEDUCTIONS])

    def section(title: str, rows: Sequence[Entry]) -> Lines:
        return [
            [(40, "**" + title, False)],
            bold([(40, "Date", False), (140, "Amount", True), (160, "Description", False)]),
            bold([(40, "posted", False)]),
            *[
                [(40, f"{d:%m/%d}", False), (140, english(abs(M(a))), True), (160, t, False)]
                for d, t, a in rows
            ],
            [],
        ]

    lines = header(
        [
            "Keystone National Bank",
            "Virtual Wallet Spend Statement",
            "JOHN Q PUBLIC",
            "For the period 01/01/2025 to 01/31/2025",
            "Primary account number: 12-3456-7890",
        ]
    )
    lines += [
        bold(
            [
                (40, "Beginning", False),
                (170, "Deposits and", False),
                (300, "Checks and", False),
                (430, "Ending", False),
            ]
        ),
        bold(
            [
                (40, "balance", False),
                (170, "other additions", False),
                (300, "other deductions", False),
                (430, "balance", False),
            ]
        ),
        [
            (110, english(opening), True),
            (260, english(net(ADDITIONS)), True),
            (390, english(out), True),
            (520, english(closing), True),
        ],
        [],
        [(40, "##Activity Detail", False)],
        *section("Deposits and Other Additions", ADDITIONS),
        [(40, "**Checks and Substitute Checks", False)],
        bold(
            [
                (40, "Date", False),
                (80, "Check", False),
                (180, "Amount", True),
                (200, "Reference", False),
                (300, "Date", False),
                (340, "Check", False),
                (440, "Amount", True),
                (460, "Reference", False),
            ]
        ),
        bold(
            [
                (40, "paid", False),
                (80, "number", False),
                (200, "number", False),
                (300, "paid", False),
                (340, "number", False),
                (460, "number", False),
            ]
        ),
    ]
    for left, right in zip(CHECKS[0::2], CHECKS[1::2], strict=True):
        row: list[Cell] = []
        for x, (day, text, amount) in ((40, left), (300, right)):
            row += [
                (x, f"{day:%m/%d}", False),
                (x + 40, text.split()[0], False),
                (x + 140, english(M(amount)), True),
                (x + 160, text.split()[1], False),
            ]
        lines.append(row)
    lines += [[], *section("Banking/Debit Card Withdrawals and Purchases", DEDUCTIONS)]
    days = daily_balances(opening, every)
    lines += [
        [(40, "**Daily Balance Detail", False)],
        bold(
            [(40 + 180 * k, "Date", False) for k in range(3)]
            + [(200 + 180 * k, "Ledger balance", True) for k in range(3)]
        ),
    ]
    for start in range(0, len(days), 3):
        cells: list[Cell] = []
        for k, (day, balance) in enumerate(days[start : start + 3]):
            cells += [(40 + 180 * k, f"{day:%m/%d}", False), (200 + 180 * k, english(balance), True)]
        lines.append(cells)
    read = read_drawn_pages([lines])
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert row_warnings(read, D(2025, 2, 3)) - {WarningCode.TransactionsWrongOrder} == set()


# ---- sections whose withdrawals carry a minus after the figure ------------------------------------------

# Each description ends with the row's reference number, printed in a column of its own.
CUSTOMER_DEPOSITS = [
    (D(2025, 4, 4), "Deposit 8654321001", "600.00"),
    (D(2025, 4, 18), "Deposit 8654321002", "425.25"),
]
CARD_WITHDRAWALS = [
    (D(2025, 4, 2), "Debit Purchase - VISA On 040125 HY-VEE MINNEAPOLIS MN 2400000001", "-56.78"),
    (D(2025, 4, 10), "Debit Purchase - VISA On 040925 TARGET ST PAUL MN 2400000002", "-112.40"),
]
OTHER_WITHDRAWALS = [(D(2025, 4, 15), "Electronic Withdrawal To XCEL ENERGY 5500000003", "-97.31")]


def test_sections_whose_withdrawals_carry_a_minus_after_the_figure() -> None:
    """ "Customer Deposits", "Card Withdrawals" and "Other Withdrawals" each under "Date | Description
    of Transaction | Ref Number | Amount", dated "Apr 2", withdrawals printed "56.78-", each section's
    total under it; a "Balance Summary" of "Date | Ending Balance" after them: every row once with its
    side, the balance summary no rows, the beginning and ending balances those of the account summary."""
    opening = M("842.19")
    every = [*CUSTOMER_DEPOSITS, *CARD_WITHDRAWALS, *OTHER_WITHDRAWALS]
    closing = opening + net(every)

    def figure(amount: M) -> str:
        return english(amount) + ("-" if amount < 0 else "")

    def section(title: str, rows: Sequence[Entry]) -> Lines:
        return [
            [(40, "**" + title, False)],
            bold(
                [
                    (40, "Date", False),
                    (90, "Description of Transaction", False),
                    (420, "Ref Number", False),
                    (560, "Amount", True),
                ]
            ),
            *[
                [
                    (40, f"{d:%b} {d.day}", False),
                    (90, t.rsplit(" ", 1)[0], False),
                    (420, t.rsplit(" ", 1)[1], False),
                    (560, figure(M(a)), True),
                ]
                for d, t, a in rows
            ],
            [(300, "Total " + title, False), (560, "$ " + figure(net(rows)), True)],
            [],
        ]

    lines = header(
        [
            "Twin Rivers Bank",
            "SILVER CHECKING",
            "JANE DOE",
            "Account Number: 1 234 5678 9012",
            "Statement Period: Apr 1, 2025 through Apr 30, 2025",
        ]
    )
    lines += [
        [(40, "**ACCOUNT SUMMARY", False)],
        [(40, "Beginning Balance on Apr 1", False), (300, "$ " + english(opening), True)],
        [(40, "Customer Deposits", False), (300, english(net(CUSTOMER_DEPOSITS)), True)],
        [(40, "Card Withdrawals", False), (300, figure(net(CARD_WITHDRAWALS)), True)],
        [(40, "Other Withdrawals", False), (300, figure(net(OTHER_WITHDRAWALS)), True)],
        [(40, "Ending Balance on Apr 30, 2025", False), (300, "$ " + english(closing), True)],
        [],
        *section("Customer Deposits", CUSTOMER_DEPOSITS),
        *section("Card Withdrawals", CARD_WITHDRAWALS),
        *section("Other Withdrawals", OTHER_WITHDRAWALS),
        [(40, "**Balance Summary", False)],
        bold(
            [
                (40, "Date", False),
                (200, "Ending Balance", True),
                (260, "Date", False),
                (420, "Ending Balance", True),
            ]
        ),
    ]
    ends = daily_balances(opening, every)
    for left, right in zip(ends[0::2], ends[1::2], strict=False):
        lines.append(
            [
                (40, f"{left[0]:%b} {left[0].day}", False),
                (200, english(left[1]), True),
                (260, f"{right[0]:%b} {right[0].day}", False),
                (420, english(right[1]), True),
            ]
        )
    read = read_drawn_pages([lines])
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert row_warnings(read, D(2025, 5, 2)) - {WarningCode.TransactionsWrongOrder} == set()


# ---- a card dated by transaction, then posting, "- $" before its credits ---------------------------------

CARD_PAYMENTS = [(D(2024, 7, 28), "CAPITAL PAYMENT AUTOPAY", "150.00")]
CARD_TRANSACTIONS = [
    (D(2024, 7, 20), "H-E-B #455 SAN MARCOS TX", "-5.82"),
    (D(2024, 7, 24), "WALMART.COM WALMART.COM AR", "14.05"),
    (D(2024, 8, 2), "SPOTIFY USA 877-7781161 NY", "-10.99"),
    (D(2024, 8, 9), "CHEVRON 0203344 AUSTIN TX", "-38.47"),
]


def test_a_card_dated_by_transaction_then_posting_with_a_minus_and_dollar_apart() -> None:
    """ "Trans Date | Post Date | Description | Amount" with dates "Jul 20" over a period spanning two
    months, credits printed "- $14.05" (the minus set apart from the dollar sign), payments under
    "Payments, Credits and Adjustments" and charges under "JANE DOE #1234: Transactions": every charge
    money out, every payment and refund money in, balances owed as printed."""
    every = [*CARD_PAYMENTS, *CARD_TRANSACTIONS]
    previous = -M("150.00")
    new = previous + net(every)

    def figure(amount: M) -> str:
        return ("- $" if amount > 0 else "$") + english(amount)

    def listed(rows: Sequence[Entry]) -> Lines:
        return [
            [
                (40, f"{d:%b} {d.day}", False),
                (100, f"{d + dt.timedelta(days=2):%b} {(d + dt.timedelta(days=2)).day}", False),
                (160, t, False),
                (560, figure(M(a)), True),
            ]
            for d, t, a in rows
        ]

    lines = header(
        [
            "Venture Card",
            "JANE DOE",
            "Jul 12, 2024 - Aug 11, 2024 | 31 days in Billing Cycle",
            "Account ending in 1234",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (250, "$" + english(previous), True)],
        [(40, "Payments", False), (250, "- $" + english(net(CARD_PAYMENTS)), True)],
        [(40, "New Balance", False), (250, "= $" + english(new), True)],
        [(40, "Minimum Payment Due", False), (250, "$25.00", True)],
        [(40, "Payment Due Date", False), (250, "Sep 6, 2024", True)],
        [],
        [(40, "##Transactions", False)],
        bold(
            [
                (40, "Trans Date", False),
                (100, "Post Date", False),
                (160, "Description", False),
                (560, "Amount", True),
            ]
        ),
        [(40, "**JANE DOE #1234: Payments, Credits and Adjustments", False)],
        *listed(CARD_PAYMENTS),
        [(40, "**JANE DOE #1234: Transactions", False)],
        *listed(CARD_TRANSACTIONS),
        [
            (40, "JANE DOE #1234: Total Transactions", False),
            (560, "$" + english(net(CARD_TRANSACTIONS)), True),
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(every)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert row_warnings(read, D(2024, 8, 15)) - {WarningCode.TransactionsWrongOrder} == set()


# ---- a card-account app's "Type" and "Net Amount" columns ----------------------------------------------

# Each description ends with the row's type, printed in a column of its own.
APP = [
    (D(2025, 5, 2), "Uber Eats Purchase", "-23.40"),
    (D(2025, 5, 9), "Payroll Acme Logistics Deposit", "1320.55"),
    (D(2025, 5, 12), "ATM Withdrawal Allpoint Withdrawal", "-60.00"),
    (D(2025, 5, 19), "Transfer to Savings Transfer", "-200.00"),
]


def test_an_app_account_with_type_amount_net_amount_and_settlement_date_columns() -> None:
    """ "Transaction Date | Description | Type | Amount | Net Amount | Settlement Date", every figure
    signed "-$23.40" or "$1,320.55" twice (amount and net amount the same), the settlement date after
    them: one row per transaction, the settlement date its value date, no balance per row, the
    beginning and ending balances those of the summary."""
    opening = M("410.00")
    closing = opening + net(APP)

    def figure(amount: M) -> str:
        return ("-" if amount < 0 else "") + "$" + english(amount)

    lines = header(
        [
            "Bluebell Checking Account Statement",
            "JANE DOE",
            "Account number 123456789012",
            "Statement Period May 1, 2025 - May 31, 2025",
        ]
    )
    lines += [
        [(40, "Beginning balance", False), (250, figure(opening), True)],
        [(40, "Ending balance", False), (250, figure(closing), True)],
        [],
        [(40, "##Transactions", False)],
        bold(
            [
                (40, "Transaction Date", False),
                (130, "Description", False),
                (300, "Type", False),
                (420, "Amount", True),
                (490, "Net Amount", True),
                (500, "Settlement Date", False),
            ]
        ),
        *[
            [
                (40, f"{d:%m/%d/%Y}", False),
                (130, t.rsplit(" ", 1)[0], False),
                (300, t.rsplit(" ", 1)[1], False),
                (420, figure(M(a)), True),
                (490, figure(M(a)), True),
                (500, f"{d + dt.timedelta(days=1):%m/%d/%Y}", False),
            ]
            for d, t, a in APP
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(APP)
    assert [t.value_date for t in read.transactions] == [d + dt.timedelta(days=1) for d, *_ in APP]
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert row_warnings(read, D(2025, 6, 2)) == set()


# ---- a day's rows carried over a page break, the date printed once ---------------------------------------

OVER_THE_BREAK = [
    (D(2025, 3, 3), "Card Payment to Corner Grocer", "-45.20"),
    (D(2025, 3, 5), "Direct Debit to City Energy", "-62.00"),
    (D(2025, 3, 7), "Bill Payment from Harbour Works", "2150.00"),
    (D(2025, 3, 7), "Card Payment to Metro Rail", "-12.40"),
    (D(2025, 3, 7), "Card Payment to Book Nook", "-18.99"),
    (D(2025, 3, 12), "Standing Order to J Bloggs Rent", "-850.00"),
]


@pytest.mark.parametrize("detail", [False, True], ids=["one line", "detail under"])
def test_a_days_rows_carried_over_a_page_break_keep_the_date_printed_once_above_it(detail: bool) -> None:
    """ "Date | Description | Money out | Money in | Balance", the date printed over a day's first row
    only, the balance by its last; the page ends inside a day under "Balance carried forward" and the
    next page opens with the headings and "Balance brought forward" before the day's other rows, which
    print no date; each row's reference on the line under it (where drawn): every row of that day
    keeps the date printed on the page before, the forwarded balances are no rows."""
    drawn = running(OPENING, OVER_THE_BREAK)
    columns = bold(
        [
            (40, "Date", False),
            (90, "Description", False),
            (400, "Money out", True),
            (480, "Money in", True),
            (560, "Balance", True),
        ]
    )
    pages: list[Lines] = [header(["Harbour Bank UK PLC", *UK_TITLE, "1 Mar - 31 Mar 2025"]), []]
    pages[0] += [columns, [(40, "1 Mar", False), (90, "Start balance", False), (560, english(OPENING), True)]]
    page = 0
    for n, row in enumerate(drawn):
        if n == 4:  # the page breaks inside 7 March, before its last row
            carried = english(drawn[3].balance)
            pages[0].append([(90, "Balance carried forward", False), (560, carried, True)])
            pages[1] += [columns, [(90, "Balance brought forward", False), (560, carried, True)]]
            page = 1
        first = n == 0 or drawn[n - 1].date != row.date
        last = n == len(drawn) - 1 or drawn[n + 1].date != row.date
        cells: list[Cell] = [(40, f"{row.date.day} {row.date:%b}", False)] if first else []
        cells += [(90, row.description, False), (400 if row.amount < 0 else 480, english(row.amount), True)]
        cells += [(560, english(row.balance), True)] if last else []
        pages[page].append(cells)
        if detail:
            pages[page].append([(90, f"Ref: {row.date:%d%m}{n:03d}", False)])
    read = read_drawn_pages(pages)
    assert [(t.date, t.amount) for t in read.transactions] == [(d, M(a)) for d, _, a in OVER_THE_BREAK]
    assert [t.description.split(" Ref: ")[0] for t in read.transactions] == [t for _, t, _ in OVER_THE_BREAK]
    assert (read.opening_balance, read.closing_balance) == (OPENING, OPENING + net(OVER_THE_BREAK))
    assert row_warnings(read, D(2025, 4, 2)) == set()


# ---- a card with the merchant's category beside each purchase -------------------------------------------

DISCOVER = [
    (D(2025, 1, 28), "INTERNET PAYMENT - THANK YOU", "300.00"),
    (D(2025, 1, 14), "TRADER FOODS #552 SEATTLE WA", "-64.18"),
    (D(2025, 1, 19), "CITY CINEMAS 0042 SEATTLE WA", "-27.50"),
    (D(2025, 2, 2), "PUGET ENERGY BILLPAY", "-88.06"),
]
CATEGORIES = {"TRADER": "Supermarkets", "CITY": "Merchandise", "PUGET": "Services"}


@pytest.mark.parametrize("address", [True, False], ids=["address", "no address"])
def test_a_card_printing_each_purchases_merchant_category_between_description_and_amount(
    address: bool,
) -> None:
    """ "Trans. date | Post date | Purchases | Merchant Category | Amount": the payment under "Payments
    and Credits" printed "-$300.00", each purchase's category in a column of its own after the
    merchant, no part of the description; dates "Jan 14", the period's "01/10/2025 - 02/09/2025" month
    first, as it reads as a period only so, whether or not a US address says so too."""
    previous = -M("412.35")
    new = previous + net(DISCOVER)
    lines = header(
        [
            "It Card",
            "JANE DOE",
            *(["1500 PINE ST APT 4", "SEATTLE WA 98101"] if address else []),
            "Account number ending in 6789",
            "Open to Close Date: 01/10/2025 - 02/09/2025",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (250, "$" + english(previous), True)],
        [(40, "Payments and Credits", False), (250, "-$300.00", True)],
        [(40, "Purchases", False), (250, "+$" + english(M("179.74")), True)],
        [(40, "New Balance", False), (250, "$" + english(new), True)],
        [(40, "Minimum Payment Due", False), (250, "$35.00", True)],
        [],
        bold([(40, "Trans.", False), (90, "Post", False)]),
        bold(
            [
                (40, "date", False),
                (90, "date", False),
                (150, "Purchases", False),
                (380, "Merchant Category", False),
                (560, "Amount", True),
            ]
        ),
    ]
    for day, text, amount in DISCOVER:
        posted = day + dt.timedelta(days=1)
        category = [(380, CATEGORIES[text.split()[0]], False)] if text.split()[0] in CATEGORIES else []
        figure = "-$" + english(M(amount)) if M(amount) > 0 else "$" + english(M(amount))
        lines.append(
            [
                (40, f"{day:%b %d}", False),
                (90, f"{posted:%b %d}", False),
                (150, text, False),
                *category,
                (560, figure, True),
            ]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(DISCOVER)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert row_warnings(read, D(2025, 2, 12)) - {WarningCode.TransactionsWrongOrder} == set()


# ---- a Quebec statement of two accounts, each opening on its balance carried over -----------------------

EOP = [
    (D(2025, 3, 3), "Retrait au GA Caisse du Fleuve", "-100.00"),
    (D(2025, 3, 10), "Paie Compagnie Nordique", "1850.25"),
    (D(2025, 3, 14), "Paiement facture Hydro", "-142.37"),
]
EPARGNE = [
    (D(2025, 3, 10), "Virement de EOP", "200.00"),
    (D(2025, 3, 31), "Intérêt", "0.61"),
]


def test_a_quebec_statement_of_two_accounts_each_opening_on_its_balance_carried_over() -> None:
    """ "Date | Code | Description | Frais | Retrait | Dépôt | Solde" under each account's title, each
    opening on "Solde reporté" and its figure ("1 234,56"): two statements, each with its own rows and
    balances, the codes of the rows before their descriptions."""
    sections = [
        ("Compte avec opérations EOP", M("512.40"), EOP),
        ("Épargne à rendement ER", M("3000.00"), EPARGNE),
    ]
    lines = header(
        [
            "Caisse Populaire du Fleuve",
            "Relevé de compte",
            "JEAN TREMBLAY",
            "Folio 123456",
            "Période du 1 mars 2025 au 31 mars 2025",
        ]
    )
    for title, opening, rows in sections:
        lines += [
            [(40, "**" + title, False)],
            bold(
                [
                    (40, "Date", False),
                    (90, "Code", False),
                    (130, "Description", False),
                    (330, "Frais", False),
                    (400, "Retrait", True),
                    (480, "Dépôt", True),
                    (560, "Solde", True),
                ]
            ),
            [(40, "01 MARS", False), (130, "Solde reporté", False), (560, spaced(opening), True)],
        ]
        for row in running(opening, rows):
            code = "DI" if row.amount > 0 else "RA"
            lines.append(
                [
                    (40, f"{row.date:%d} MARS", False),
                    (90, code, False),
                    (130, row.description, False),
                    (400 if row.amount < 0 else 480, spaced(row.amount), True),
                    (560, spaced(row.balance), True),
                ]
            )
        lines.append([])
    reads = read_all(drawn_lines([lines]))
    assert len(reads) == len(sections)
    for read, (_, opening, rows) in zip(reads, sections, strict=True):
        codes = ["DI " if M(a) > 0 else "RA " for _, _, a in rows]
        assert entries(read) == [(d, code + t, M(a)) for (d, t, a), code in zip(rows, codes, strict=True)]
        assert (read.opening_balance, read.closing_balance) == (opening, opening + net(rows))


# ---- the balances of the period in a summary above the rows, in the issuer's words -----------------------

SUMMARY_LABELS = [
    ("Start balance", "Money in", "Money out", "End balance"),
    ("Balance on 1 March 2025", "Total money in", "Total money out", "Balance on 31 March 2025"),
    ("Your opening balance", "Payments in", "Payments out", "Your closing balance"),
    (
        "Opening balance on Mar 1, 2025",
        "Total deposits",
        "Total withdrawals",
        "Closing balance on Mar 31, 2025",
    ),
    ("Balance brought forward", "Paid in", "Paid out", "Balance carried forward"),
    ("Solde précédent", "Dépôts", "Retraits", "Nouveau solde"),
]


@pytest.mark.parametrize("labels", SUMMARY_LABELS, ids=lambda labels: labels[0])
def test_the_periods_balances_in_a_summary_above_the_rows_in_the_issuers_words(
    labels: tuple[str, str, str, str],
) -> None:
    """A summary box above the table ("Start balance | Money in | Money out | End balance", "Balance on
    1 March 2025 ...", "Solde précédent ... Nouveau solde"), the table printing no opening row: the
    opening and closing balances those of the summary, its totals no rows."""
    drawn = running(OPENING, ACCOUNT)
    out, into = totals(drawn)
    opening, paid_in, paid_out, closing = labels
    lines = header(["Harbour Bank", *UK_TITLE, "1 March 2025 to 31 March 2025"])
    lines += [
        [(40, opening, False), (330, english(OPENING), True)],
        [(40, paid_in, False), (330, english(into), True)],
        [(40, paid_out, False), (330, english(out), True)],
        [(40, closing, False), (330, english(drawn[-1].balance), True)],
        [],
        bold(
            [
                (40, "Date", False),
                (90, "Description", False),
                (400, "Money out", True),
                (480, "Money in", True),
                (560, "Balance", True),
            ]
        ),
        *[
            [
                (40, f"{r.date:%d %b}", False),
                (90, r.description, False),
                (400 if r.amount < 0 else 480, english(r.amount), True),
                (560, english(r.balance), True),
            ]
            for r in drawn
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(ACCOUNT)
    assert (read.opening_balance, read.closing_balance) == (OPENING, drawn[-1].balance)
    assert row_warnings(read, D(2025, 4, 2)) == set()


# ---- descriptions over several lines, the figures on their first or their last -------------------------

WRAPPED = [
    (D(2025, 3, 3), "Card Transaction 1234 02MAR25 CORNER GROCER LONDON GB", "-45.20"),
    (D(2025, 3, 3), "Direct Debit CITY ENERGY REF 99887766", "-62.00"),
    (D(2025, 3, 7), "Automated Credit HARBOUR WORKS SALARY FP 07/03/25 1045", "2150.00"),
    (D(2025, 3, 12), "Standing Order J BLOGGS RENT", "-850.00"),
    (D(2025, 3, 20), "Cash Withdrawal LLOYDS BANK 20MAR", "-100.00"),
]


@pytest.mark.parametrize("at", ["first", "last"])
@pytest.mark.parametrize("once_a_day", [False, True], ids=["dated", "day once"])
def test_descriptions_over_several_lines_with_the_figures_on_their_first_or_last(
    at: str, once_a_day: bool
) -> None:
    """ "Date | Description | Paid In(£) | Withdrawn(£) | Balance(£)", each description wrapped over two or
    three lines, the figures on its first line or its last; the date on the first line, or only over
    the day's first row: every row read once with all of its description, its day and its side."""
    drawn = running(OPENING, WRAPPED)
    lines = header(["Westgate Bank", *UK_TITLE, "Period Covered 01 MAR 2025 to 31 MAR 2025"])
    lines += [
        bold(
            [
                (40, "Date", False),
                (110, "Description", False),
                (400, "Paid In(£)", True),
                (480, "Withdrawn(£)", True),
                (560, "Balance(£)", True),
            ]
        ),
        [(40, "01 MAR 2025", False), (110, "BROUGHT FORWARD", False), (560, english(OPENING), True)],
    ]
    for n, row in enumerate(drawn):
        parts = wrapped(row.description, 28).split("\n")
        figures = [
            (480 if row.amount < 0 else 400, english(row.amount), True),
            (560, english(row.balance), True),
        ]
        dated = not once_a_day or n == 0 or drawn[n - 1].date != row.date
        for k, part in enumerate(parts):
            cells: list[Cell] = [(40, f"{row.date:%d %b %Y}".upper(), False)] if k == 0 and dated else []
            cells.append((110, part, False))
            if k == (0 if at == "first" else len(parts) - 1):
                cells += figures
            lines.append(cells)
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(WRAPPED)
    assert (read.opening_balance, read.closing_balance) == (OPENING, drawn[-1].balance)
    assert row_warnings(read, D(2025, 4, 2)) == set()


# ---- an online bank's account with the side in a column of words and a sign apart from the dollar -----


@pytest.mark.parametrize("sign", ["- $", "-$"])
def test_an_account_naming_each_rows_side_in_a_column_and_signing_it_apart_from_the_dollar(sign: str) -> None:
    """ "DATE | DESCRIPTION | CATEGORY | AMOUNT | BALANCE": each row's side named "Debit" or "Credit" in
    its category column, its amount signed "- $45.20" or "+ $2,150.00", its balance "$1,189.36", the
    opening and closing balances rows of the table: every row with its side, the side words no part of
    the description."""
    drawn = running(OPENING, ACCOUNT)
    lines = header(
        [
            "Harbourview 360 Checking",
            "JOHN BLOGGS",
            "12 LAKE ST",
            "RICHMOND VA 23219",
            "Account ending in 4321",
            "STATEMENT PERIOD Mar 1 - Mar 31, 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "DATE", False),
                (90, "DESCRIPTION", False),
                (330, "CATEGORY", False),
                (470, "AMOUNT", True),
                (560, "BALANCE", True),
            ]
        ),
        [(40, "Mar 1", False), (90, "Opening Balance", False), (560, "$" + english(OPENING), True)],
        *[
            [
                (40, f"{r.date:%b} {r.date.day}", False),
                (90, r.description, False),
                (330, "Credit" if r.amount > 0 else "Debit", False),
                (470, ("+ $" if r.amount > 0 else sign) + english(r.amount), True),
                (560, "$" + english(r.balance), True),
            ]
            for r in drawn
        ],
        [
            (40, "Mar 31", False),
            (90, "Closing Balance", False),
            (560, "$" + english(drawn[-1].balance), True),
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == as_read(ACCOUNT)
    assert (read.opening_balance, read.closing_balance) == (OPENING, drawn[-1].balance)
    assert read.currency == "USD"
    assert row_warnings(read, D(2025, 4, 2)) == set()
