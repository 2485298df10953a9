"""Sectioned statements, summary lines and balances of the countries of issue 14 as public statement
parsers show their banks print them (their section lists, patterns and sample lines), each drawn under
made-up names and read through the text layer against what was drawn: US checking statements whose
sections carry their own headings, totals and counts, checks several to a line with reference numbers,
balance tables beside or after them; totals rows and "totals at end of page" lines inside a table; balances
opening and closing a table in the forms banks print them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
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
    leading,
    net,
    read_one,
    signed,
)

Style = Callable[[Decimal], str]


def _trailing(value: Decimal) -> str:
    """1,234.56, and a minus after the figure where it is money out."""
    return english(value) + ("-" if value < 0 else "")


def _out_and_in(rows: Sequence[tuple[object, ...]]) -> tuple[Decimal, Decimal]:
    """What the rows (their amount last) take out and put in, each summed as a positive figure."""
    amounts = [M(str(row[-1])) for row in rows]
    return sum((-a for a in amounts if a < 0), M(0)), sum((a for a in amounts if a > 0), M(0))


def _split_rows(
    opening: Decimal, rows: Sequence[Entry], day: Callable[[dt.date], str], xs: tuple[float, float, float]
) -> tuple[Lines, Decimal]:
    """Each row drawn with its date, its text, its amount under money out or in and the balance after it,
    at `xs` (money out, money in, balance); and the balance the rows close on."""
    lines: Lines = []
    balance = opening
    out_x, in_x, balance_x = xs
    for date, text, amount in rows:
        balance += M(amount)
        at = out_x if M(amount) < 0 else in_x
        cells = [(40, day(date), False), (90, text, False), (at, english(M(amount)), True)]
        lines.append([*cells, (balance_x, english(balance), True)])
    return lines, balance


def _month_day(day: dt.date) -> str:
    """ "May 3", "May15": the month's abbreviation and the day, the space lost before a two-digit day."""
    return f"{day:%b}{'' if day.day > 9 else ' '}{day.day}"


# ---- a US checking statement: deposits and withdrawals by kind, checks with reference numbers -----------

USB_CUSTOMER = [(D(2025, 5, 8), "Customer Deposit", "1200.00")]
USB_OTHER_IN = [
    (D(2025, 5, 2), "Electronic Deposit From NORTHWIND PAYROLL", "3500.00"),
    (D(2025, 5, 15), "Mobile Banking Deposit", "200.00"),
]
USB_CARD = [
    (D(2025, 5, 10), "Debit Card Purchase On 050925 HARVEST MARKET ST PAUL MN", "-67.43"),
    (D(2025, 5, 19), "Debit Card Purchase On 051825 CITY PARKING RAMP MN", "-12.00"),
]
USB_OTHER_OUT = [
    (D(2025, 5, 5), "Electronic Withdrawal To XCEL ENERGY", "-95.00"),
    (D(2025, 5, 21), "Electronic Withdrawal To LAKES MORTGAGE CO", "-1412.55"),
]
USB_CHECKS = [
    (D(2025, 5, 8), "2011", "8316639870", "-350.00"),
    (D(2025, 5, 20), "2013", "8316640112", "-84.00"),
    (D(2025, 5, 27), "2014", "8316641905", "-1150.00"),
]


def _usb_section(title: str, rows: Sequence[Entry]) -> Lines:
    """A section titled by its kind, headed "Date | Description of Transaction | Ref Number | Amount",
    the first figure with its dollar apart ("$ 3,500.00"), the money out with a minus after it, its
    total right under the amounts."""
    lines: Lines = [
        [(40, f"**{title}", False)],
        bold(
            [
                (40, "Date", False),
                (90, "Description of Transaction", False),
                (420, "Ref Number", False),
                (560, "Amount", True),
            ]
        ),
    ]
    for n, (day, text, amount) in enumerate(rows):
        figure = ("$ " if n == 0 else "") + _trailing(M(amount))
        reference = f"{8654420000 + 37 * n + day.day}"
        lines.append(
            [(40, _month_day(day), False), (90, text, False), (420, reference, False), (560, figure, True)]
        )
    lines += [[(330, f"Total {title}", False), (560, "$ " + _trailing(net(rows)), True)], []]
    return lines


def test_a_us_checking_statement_by_kind_of_deposit_and_withdrawal_with_checks_and_balances_apart() -> None:
    """U.S. Bank's statements as public parsers read them (their sections "Customer Deposits", "Other
    Deposits", "Card Withdrawals", "Other Withdrawals", "Checks Presented Conventionally", "Balance
    Summary"; rows "May 3 ... $ 3,500.00" and "May10 ... 67.43-"): an account summary counting each kind
    beside its sum, each section under its title and headings and closed by "Total ...", the checks two
    to a line as "Check | Date | Ref Number | Amount" with a gap in their numbers marked "*" and closed by
    "Conventional Checks Paid (3)", then the ending balance of each day that moved, three to a line: every
    row read with its side, no total, count or daily balance a row."""
    opening = M("2214.37")
    checks = [(d, f"Check {n}", a) for d, n, _, a in USB_CHECKS]
    every = [*USB_CUSTOMER, *USB_OTHER_IN, *USB_CARD, *USB_OTHER_OUT, *checks]
    closing = opening + net(every)
    lines = header(
        [
            "Prairie National Bank",
            "MARGARET L OKONKWO",
            "1840 GRAND AVE",
            "SAINT PAUL MN 55105-1718",
            "Statement Period: May 1, 2025 through May 31, 2025",
            "Account Number: 1 047 2251 8840",
        ]
    )
    lines += [
        [(40, "**ACCOUNT SUMMARY", False)],
        bold([(40, "Beginning Balance on May 1", False), (330, "$ " + english(opening), True)]),
    ]
    for title, rows in [
        ("Customer Deposits", USB_CUSTOMER),
        ("Other Deposits", USB_OTHER_IN),
        ("Card Withdrawals", USB_CARD),
        ("Other Withdrawals", USB_OTHER_OUT),
        ("Checks Paid", checks),
    ]:
        lines.append([(40, title, False), (250, f"{len(rows)}", True), (330, _trailing(net(rows)), True)])
    lines += [
        [(40, "Ending Balance on May 31, 2025", False), (330, "$ " + english(closing), True)],
        [],
        [(40, "**Customer Deposits", False)],
        bold(
            [(40, "Number", False), (110, "Date", False), (180, "Ref Number", False), (330, "Amount", True)]
        ),
        *[
            [(110, _month_day(d), False), (180, "8654421123", False), (330, english(M(a)), True)]
            for d, _, a in USB_CUSTOMER
        ],
        [(150, "Total Customer Deposits", False), (330, "$ " + english(net(USB_CUSTOMER)), True)],
        [],
        *_usb_section("Other Deposits", USB_OTHER_IN),
        *_usb_section("Card Withdrawals", USB_CARD),
        *_usb_section("Other Withdrawals", USB_OTHER_OUT),
        [(40, "**Checks Presented Conventionally", False)],
    ]
    sets = [0, 270]
    lines.append(
        bold(
            [
                cell
                for left in sets
                for cell in (
                    (40 + left, "Check", False),
                    (80 + left, "Date", False),
                    (130 + left, "Ref Number", False),
                    (290 + left, "Amount", True),
                )
            ]
        )
    )
    numbers = {int(n) for _, n, _, _ in USB_CHECKS}
    for first in range(0, len(USB_CHECKS), 2):
        line: list[Cell] = []
        for left, (day, number, reference, amount) in zip(sets, USB_CHECKS[first : first + 2], strict=False):
            gap = "*" if int(number) - 1 not in numbers and int(number) != min(numbers) else ""
            line += [
                (40 + left, number + gap, False),
                (80 + left, _month_day(day), False),
                (130 + left, reference, False),
                (290 + left, english(M(amount)), True),
            ]
        lines.append(line)
    lines += [
        [
            (40, "* Gap in check sequence", False),
            (330, f"Conventional Checks Paid ({len(USB_CHECKS)})", False),
            (560, "$ " + _trailing(net(checks)), True),
        ],
        [],
        [(40, "**Balance Summary", False)],
        bold(
            [
                cell
                for n in range(3)
                for cell in ((40 + 180 * n, "Date", False), (190 + 180 * n, "Ending Balance", True))
            ]
        ),
    ]
    daily = daily_balances(opening, every)
    for first in range(0, len(daily), 3):
        row: list[Cell] = []
        for n, (day, figure) in enumerate(daily[first : first + 3]):
            row += [(40 + 180 * n, _month_day(day), False), (190 + 180 * n, english(figure), True)]
        lines.append(row)
    lines.append([(40, "Balances only appear for days reflecting change.", False)])
    read = read_one(drawn_lines([lines]))
    assert sorted((t.date, t.amount) for t in read.transactions) == sorted((d, M(a)) for d, _, a in every)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a US checking account in one table: check numbers in a column, a balance at each day's end --------

WF_ROWS = [
    (D(2025, 5, 2), "", "Purchase authorized on 05/01 Harvest Market Portland OR S385121", "-67.43"),
    (D(2025, 5, 2), "", "Northwind Inc Payroll 250502 Xxxxx4471 Okafor Daniel", "2150.00"),
    (D(2025, 5, 6), "1187", "Check", "-420.00"),
    (D(2025, 5, 9), "", "PGE Web Online Xxxxx1102 Daniel Okafor", "-131.77"),
    (D(2025, 5, 9), "", "ATM Withdrawal authorized on 05/09 1200 SW 5th Ave Portland OR", "-200.00"),
    (D(2025, 5, 16), "", "Mobile Deposit : Ref Number :418160742114", "325.00"),
    (D(2025, 5, 23), "1188", "Check", "-96.50"),
    (D(2025, 5, 30), "", "Monthly Service Fee", "-10.00"),
]


def _wf_statement(opening: Decimal) -> Lines:
    every = [(d, t if not n else f"{n} {t}", a) for d, n, t, a in WF_ROWS]
    closing = opening + net(every)
    money_out, money_in = _out_and_in(WF_ROWS)
    lines = header(
        [
            "Cascade Pacific Bank, N.A.",
            "DANIEL OKAFOR",
            "2231 SE TAYLOR ST",
            "PORTLAND OR 97214-3318",
            "Everyday Checking",
            "May 31, 2025  Page 1 of 1",
            "Account number: 7720184466",
        ]
    )
    lines += [
        [(40, "**Activity summary", False)],
        [(40, "Beginning balance on 5/1", False), (330, f"${english(opening)}", True)],
        [(40, "Deposits/Additions", False), (330, english(money_in), True)],
        [(40, "Withdrawals/Subtractions", False), (330, "- " + english(money_out), True)],
        [(40, "Ending balance on 5/31", False), (330, f"${english(closing)}", True)],
        [],
        [(40, "**Transaction history", False)],
        [],
        bold(
            [
                (40, "", False),
                (75, "Check", False),
                (390, "Deposits/", True),
                (460, "Withdrawals/", True),
                (560, "Ending daily", True),
            ]
        )[1:],
        bold(
            [
                (40, "Date", False),
                (75, "Number", False),
                (120, "Description", False),
                (390, "Additions", True),
                (460, "Subtractions", True),
                (560, "balance", True),
            ]
        ),
    ]
    balance = opening
    for n, (day, number, text, amount) in enumerate(WF_ROWS):
        balance += M(amount)
        last_of_day = n + 1 == len(WF_ROWS) or WF_ROWS[n + 1][0] != day
        line: list[Cell] = [(40, f"{day.month}/{day.day}", False)]
        if number:
            line.append((75, number, False))
        line.append((120, text, False))
        line.append((390, english(M(amount)), True) if M(amount) > 0 else (460, english(M(amount)), True))
        if last_of_day:
            line.append((560, english(balance), True))
        lines.append(line)
    lines += [
        [(40, "Ending balance on 5/31", False), (560, english(closing), True)],
        [],
        [
            (40, "**Totals", False),
            (390, f"${english(money_in)}", True),
            (460, f"${english(money_out)}", True),
        ],
        [],
        [(40, "The Ending Daily Balance does not reflect any pending withdrawals or holds", False)],
    ]
    return lines


def test_a_us_checking_account_in_one_table_with_check_numbers_and_a_balance_at_each_days_end() -> None:
    """Wells Fargo's checking statements as public parsers read them ("Date | Check Number | Description
    | Deposits/Credits | Withdrawals/Debits | Ending daily balance", dates "M/D", the daily ending balance
    on the last transaction line of each day): the money headings over two lines, checks numbered in a
    column of their own, "Ending balance on 5/31" under the rows and "Totals" of each side under it:
    every row read with its side, the totals no row, the balances those the summary prints."""
    opening = M("1204.18")
    read = read_one(drawn_lines([_wf_statement(opening)]))
    every = [(d, a) for d, _, _, a in WF_ROWS]
    assert sorted((t.date, t.amount) for t in read.transactions) == sorted((d, M(a)) for d, a in every)
    assert (read.opening_balance, read.closing_balance) == (opening, opening + sum(M(a) for _, a in every))
    assert [t.description for t in read.transactions][2] == "Check"  # its number: no part of it


# ---- a Canadian account closing on a totals row whose last figure is the closing balance ----------------

BMO_ROWS = [
    (D(2025, 5, 2), "Debit Card Purchase, METRO 221 TORONTO", "-46.45"),
    (D(2025, 5, 9), "Direct Deposit, NORTHWIND PAY", "2184.99"),
    (D(2025, 5, 14), "Pre-Authorized Payment, TORONTO HYDRO", "-123.17"),
    (D(2025, 5, 22), "INTERAC e-Transfer Sent", "-500.00"),
    (D(2025, 5, 30), "Plan Fee", "-16.95"),
]


def test_a_canadian_account_between_its_opening_balance_row_and_its_closing_totals_row() -> None:
    """Seen in public Canadian statement parsers (a bank's "Amounts deducted from your account ($) |
    Amounts added to your account ($) | Balance ($)", an "Opening balance" row and a "Closing totals"
    row after the last): the closing row prints the money out and in of the period beside the closing
    balance, no transaction; the balances are the first and the last the table prints."""
    opening = M("1310.45")
    lines = header(
        [
            "Bank of the Laurentians",
            "Everyday Banking Statement",
            "For the period ending May 31, 2025",
            "Primary Chequing Account # 2231 1234-567",
        ]
    )
    lines += [
        bold([(40, "", False), (330, "Amounts deducted", True), (430, "Amounts added", True)])[1:],
        bold(
            [
                (40, "Date", False),
                (90, "Description", False),
                (330, "from your account ($)", True),
                (430, "to your account ($)", True),
                (540, "Balance ($)", True),
            ]
        ),
        [(40, "May 1", False), (90, "Opening balance", False), (540, english(opening), True)],
    ]
    drawn, balance = _split_rows(opening, BMO_ROWS, lambda day: f"{day:%b} {day.day}", (330, 430, 540))
    lines += drawn
    out, into = _out_and_in(BMO_ROWS)
    lines.append(
        [
            (90, "Closing totals", False),
            (330, english(out), True),
            (430, english(into), True),
            (540, english(balance), True),
        ]
    )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(BMO_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- an Australian account whose pages close on their totals, and the period on its own ----------------

ANZ_ROWS = [
    (D(2025, 5, 1), "EFTPOS WOOLWORTHS 3021 FITZROY", "-84.35"),
    (D(2025, 5, 2), "PAY/SALARY FROM NORTHWIND PTY", "3250.00"),
    (D(2025, 5, 5), "ANZ INTERNET BANKING BPAY AGL", "-212.60"),
    (D(2025, 5, 9), "TRANSFER TO J NGUYEN", "-150.00"),
    (D(2025, 5, 13), "VISA DEBIT PURCHASE CARD 4417 MYKI", "-30.00"),
    (D(2025, 5, 20), "EFTPOS COLES 0771 RICHMOND", "-96.20"),
    (D(2025, 5, 27), "TRANSFER FROM S NGUYEN", "120.00"),
    (D(2025, 5, 30), "ACCOUNT SERVICING FEE", "-5.00"),
]


def test_an_australian_account_whose_pages_close_on_totals_at_end_of_page_and_of_period() -> None:
    """Seen in public Australian statement parsers (an everyday account's "Date | Transaction Details |
    Withdrawals ($) | Deposits ($) | Balance ($)", "OPENING BALANCE" as its first row, "TOTALS AT END OF
    PAGE" under each page's rows and "TOTALS AT END OF PERIOD" under the last, each printing the sums of
    the withdrawals and deposits and, at the period's end, the closing balance): no total is a row."""
    opening = M("1203.85")
    columns = [
        (40, "Date", False),
        (100, "Transaction Details", False),
        (390, "Withdrawals ($)", True),
        (470, "Deposits ($)", True),
        (560, "Balance ($)", True),
    ]

    def row(day: dt.date, text: str, amount: str, balance: Decimal) -> list[Cell]:
        at = 390 if M(amount) < 0 else 470
        return [
            (40, f"{day:%d %b}".upper(), False),
            (100, text, False),
            (at, english(M(amount)), True),
            (560, english(balance), True),
        ]

    def totals(rows: Sequence[Entry], label: str, balance: Decimal | None) -> list[Cell]:
        out, into = _out_and_in(rows)
        cells: list[Cell] = [
            (100, label, False),
            (390, f"${english(out)}", True),
            (470, f"${english(into)}", True),
        ]
        return cells + ([(560, f"${english(balance)}", True)] if balance is not None else [])

    balances, balance = [], opening
    for _, _, amount in ANZ_ROWS:
        balance += M(amount)
        balances.append(balance)
    first = header(
        [
            "Southern Cross Banking Group",
            "ACCESS ADVANTAGE STATEMENT",
            "01 MAY 2025 TO 31 MAY 2025",
            "Branch Number (BSB) 013-006  Account Number 4417-22831",
        ]
    )
    first += [
        bold(columns),
        [(40, "01 MAY", False), (100, "OPENING BALANCE", False), (560, english(opening), True)],
        *[row(d, t, a, b) for (d, t, a), b in zip(ANZ_ROWS[:5], balances, strict=False)],
        totals(ANZ_ROWS[:5], "TOTALS AT END OF PAGE", None),
    ]
    second = [
        [(40, "ACCESS ADVANTAGE STATEMENT  Account Number 4417-22831", False)],
        [],
        bold(columns),
        *[row(d, t, a, b) for (d, t, a), b in zip(ANZ_ROWS[5:], balances[5:], strict=True)],
        totals(ANZ_ROWS[5:], "TOTALS AT END OF PAGE", None),
        totals(ANZ_ROWS, "TOTALS AT END OF PERIOD", balance),
    ]
    read = read_one(drawn_lines([first, second]))
    assert entries(read) == as_read(ANZ_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a US account headed "Amount Subtracted | Amount Added" -----------------------------------------------

CITI_ROWS = [
    (D(2025, 5, 2), "Debit Card Purchase 05/01 HARVEST MARKET NEW YORK NY", "-67.43"),
    (D(2025, 5, 5), "ACH Electronic Credit NORTHWIND INC PAYROLL", "2150.00"),
    (D(2025, 5, 12), "ACH Electronic Debit CON ED OF NY", "-131.77"),
    (D(2025, 5, 19), "Zelle Sent J RIVERA", "-250.00"),
]


def test_a_us_account_whose_money_columns_are_headed_amount_subtracted_and_amount_added() -> None:
    """Seen in public US statement parsers (a bank's checking activity headed "Date | Description |
    Amount Subtracted | Amount Added | Balance", its first row "Beginning Balance:" and its last "Ending
    Balance:" before "Total Subtracted/Added"): the money out is subtracted, the money in added."""
    opening = M("918.45")
    lines = header(
        [
            "Empire Federal Bank, N.A.",
            "CHECKING ACTIVITY",
            "Statement Period May 1 - May 31, 2025",
            "Account 40012297315",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (90, "Description", False),
                (400, "Amount Subtracted", True),
                (480, "Amount Added", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "05/01", False), (90, "Beginning Balance:", False), (560, english(opening), True)],
    ]
    drawn, balance = _split_rows(opening, CITI_ROWS, lambda day: f"{day:%m/%d}", (400, 480, 560))
    lines += drawn
    out, into = _out_and_in(CITI_ROWS)
    lines += [
        [(40, "05/31", False), (90, "Ending Balance:", False), (560, english(balance), True)],
        [(90, "Total Subtracted/Added", False), (400, english(out), True), (480, english(into), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(CITI_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a US online bank signing each amount apart from its dollar ---------------------------------------

ONLINE_ROWS = [
    (D(2025, 5, 2), "Debit Card Purchase - HARVEST MARKET RICHMOND VA", "Debit", "-67.43"),
    (D(2025, 5, 5), "Deposit from NORTHWIND INC PAYROLL", "Credit", "2150.00"),
    (D(2025, 5, 12), "Withdrawal to DOMINION ENERGY", "Debit", "-131.77"),
    (D(2025, 5, 31), "Monthly Interest Paid", "Credit", "0.42"),
]


def test_a_us_online_account_signing_each_amount_apart_from_its_dollar_between_its_balance_rows() -> None:
    """Seen in public US statement parsers (an online bank's "DATE | DESCRIPTION | CATEGORY | AMOUNT |
    BALANCE", its first row "Opening Balance" and its last "Closing Balance", amounts "- $67.43" and
    "+ $2,150.00", the sign a space before the dollar, balances "$1,234.56"): the sign is the amount's,
    the category no side."""
    opening = M("1204.18")
    lines = header(
        [
            "Riverbend 360 Bank",
            "360 Checking...4471",
            "STATEMENT PERIOD May 1 - May 31, 2025",
            "Account Number 36004471",
        ]
    )
    lines += [
        bold(
            [
                (40, "DATE", False),
                (90, "DESCRIPTION", False),
                (360, "CATEGORY", False),
                (480, "AMOUNT", True),
                (560, "BALANCE", True),
            ]
        ),
        [(40, "May 1", False), (90, "Opening Balance", False), (560, f"${english(opening)}", True)],
    ]
    balance = opening
    for day, text, kind, amount in ONLINE_ROWS:
        balance += M(amount)
        sign = "- " if M(amount) < 0 else "+ "
        lines.append(
            [
                (40, f"{day:%b} {day.day}", False),
                (90, text, False),
                (360, kind, False),
                (480, f"{sign}${english(M(amount))}", True),
                (560, f"${english(balance)}", True),
            ]
        )
    lines.append([(40, "May 31", False), (90, "Closing Balance", False), (560, f"${english(balance)}", True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(d, M(a)) for d, _, _, a in ONLINE_ROWS]
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a US checking statement counting each kind in its summary, a card's summary inside a section -------

CH_IN = [
    (D(2025, 6, 6), "Northwind Inc Payroll PPD ID: 9000123456", "2150.00"),
    (D(2025, 6, 20), "Northwind Inc Payroll PPD ID: 9000123456", "2150.00"),
]
CH_CARD = [
    (D(2025, 6, 3), "Card Purchase 06/02 Harvest Market Columbus OH Card 4421", "-67.43"),
    (D(2025, 6, 9), "ATM Withdrawal 06/09 1200 High St Columbus OH Card 4421", "-200.00"),
    (D(2025, 6, 16), "Card Purchase 06/15 City Parking Columbus OH Card 4421", "-12.00"),
    (D(2025, 6, 24), "Recurring Card Purchase 06/23 Streamflix.Com CA Card 4421", "-15.99"),
]
CH_OUT = [
    (D(2025, 6, 11), "AEP Ohio Online Pmt PPD ID: 1310001234", "-131.77"),
    (D(2025, 6, 27), "Zelle Payment To James Park Jpm99Ax7R2Ck", "-60.00"),
]
CH_FEES = [(D(2025, 6, 30), "Monthly Service Fee", "-12.00")]


def _ch_section(title: str, rows: Sequence[Entry]) -> Lines:
    return [
        [(40, f"**{title}", False)],
        bold([(40, "DATE", False), (95, "DESCRIPTION", False), (560, "AMOUNT", True)]),
        *[
            [
                (40, f"{d:%m/%d}", False),
                (95, t, False),
                (560, leading(M(a)), True),
            ]
            for d, t, a in rows
        ],
    ]


def _ch_total(title: str, rows: Sequence[Entry]) -> Lines:
    total = net(rows)
    return [
        [(40, f"**Total {title}", False), (560, signed("$" + english(total), total), True)],
        [],
    ]


def test_a_us_checking_statement_counting_each_kind_and_summing_a_cards_rows_inside_their_section() -> None:
    """Chase's checking statements as public parsers read them ("CHECKING SUMMARY" with "INSTANCES
    AMOUNT" beside each kind, "ATM & DEBIT CARD WITHDRAWALS" followed by an "ATM & DEBIT CARD SUMMARY"
    that names the card and sums its withdrawals, purchases and credits): the counts are no money, the
    card's summary lines no rows, and the fees section under them is money out."""
    opening = M("1204.18")
    every = [*CH_IN, *CH_CARD, *CH_OUT, *CH_FEES]
    closing = opening + net(every)
    atm = sum((M(a) for d, t, a in CH_CARD if t.startswith("ATM")), M(0))
    lines = header(
        [
            "Buckeye Chase Bank, N.A.",
            "June 01, 2025 through June 30, 2025",
            "Account Number: 000000829164553",
            "ELENA M VASQUEZ",
            "2207 E MAIN ST APT 3",
            "COLUMBUS OH 43205-4410",
        ]
    )
    lines += [
        [(40, "**CHECKING SUMMARY", False), (250, "Total Checking", False)],
        bold([(40, "", False), (400, "INSTANCES", True), (520, "AMOUNT", True)])[1:],
        [(40, "Beginning Balance", False), (520, f"${english(opening)}", True)],
        [(40, "Deposits and Additions", False), (400, "2", True), (520, english(net(CH_IN)), True)],
        [
            (40, "ATM & Debit Card Withdrawals", False),
            (400, "4", True),
            (520, "-" + english(net(CH_CARD)), True),
        ],
        [(40, "Electronic Withdrawals", False), (400, "2", True), (520, "-" + english(net(CH_OUT)), True)],
        [(40, "Fees", False), (400, "1", True), (520, "-" + english(net(CH_FEES)), True)],
        [(40, "Ending Balance", False), (400, "9", True), (520, f"${english(closing)}", True)],
        [],
        *_ch_section("DEPOSITS AND ADDITIONS", CH_IN),
        *_ch_total("Deposits and Additions", CH_IN),
        *_ch_section("ATM & DEBIT CARD WITHDRAWALS", CH_CARD),
        *_ch_total("ATM & Debit Card Withdrawals", CH_CARD),
        [(40, "**ATM & DEBIT CARD SUMMARY", False)],
        [(40, "Elena Vasquez Card 4421", False)],
        [(60, "Total ATM Withdrawals & Debits", False), (560, f"${english(atm)}", True)],
        [(60, "Total Card Purchases", False), (560, f"${english(net(CH_CARD) - atm)}", True)],
        [(60, "Total Card Deposits & Credits", False), (560, "$0.00", True)],
        [(40, "ATM & Debit Card Totals", False)],
        [(60, "Total ATM Withdrawals & Debits", False), (560, f"${english(atm)}", True)],
        [(60, "Total Card Purchases", False), (560, f"${english(net(CH_CARD) - atm)}", True)],
        [(60, "Total Card Deposits & Credits", False), (560, "$0.00", True)],
        [],
        *_ch_section("ELECTRONIC WITHDRAWALS", CH_OUT),
        *_ch_total("Electronic Withdrawals", CH_OUT),
        *_ch_section("FEES", CH_FEES),
        *_ch_total("Fees", CH_FEES),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a US statement with a card's subtotal inside its withdrawals ----------------------------------------

BOA_CARD = [
    (D(2025, 4, 2), "CHECKCARD 0401 WHOLEFDS MKT 10234 AUSTIN TX", "-84.12"),
    (D(2025, 4, 11), "CHECKCARD 0410 SHELL OIL 57442301 AUSTIN TX", "-41.30"),
]
BOA_OTHER = [
    (D(2025, 4, 7), "AUSTIN ENERGY DES:UTIL PYMT ID:883120 INDN:DANA RIVERA CO ID:9000012 WEB", "-131.77"),
    (D(2025, 4, 15), "Zelle payment to MARCUS LEE Conf# j8k2m1q9x", "-250.00"),
]
BOA_IN = [
    (D(2025, 4, 4), "ACME CORP DES:PAYROLL ID:0045521 INDN:RIVERA,DANA CO ID:1234567890 PPD", "2150.00")
]


def test_a_us_statement_whose_withdrawals_list_a_cards_rows_under_its_number_and_their_subtotal() -> None:
    """Bank of America's statements as public parsers read them ("Withdrawals and other subtractions"
    listing a debit card's rows under "Card account # XXXX XXXX XXXX 4421" and "Subtotal for card
    account # XXXX XXXX XXXX 4421", then "Less other debits" and the other rows, then the section's
    total): the card's line is no account number of the statement's, the subtotal no row."""
    opening = M("1873.29")
    every = [*BOA_IN, *BOA_CARD, *BOA_OTHER]
    closing = opening + net(every)

    lines = header(
        [
            "Lone Star National Bank",
            "DANA RIVERA",
            "2207 BLUEBONNET LN",
            "AUSTIN TX 78704",
            "Your Adv Plus Banking",
            "for April 1, 2025 to April 30, 2025",
            "Account number: 4881 2043 7719",
        ]
    )
    lines += [
        [(40, "**Account summary", False)],
        [(40, "Beginning balance on April 1, 2025", False), (330, f"${english(opening)}", True)],
        [(40, "Deposits and other additions", False), (330, leading(net(BOA_IN)), True)],
        [
            (40, "Withdrawals and other subtractions", False),
            (330, leading(net(BOA_CARD + BOA_OTHER)), True),
        ],
        [(40, "Ending balance on April 30, 2025", False), (330, f"${english(closing)}", True)],
        [],
        [(40, "**Deposits and other additions", False)],
        bold([(40, "Date", False), (100, "Description", False), (560, "Amount", True)]),
        *[[(40, f"{d:%m/%d/%y}", False), (100, t, False), (560, leading(M(a)), True)] for d, t, a in BOA_IN],
        [(40, "Total deposits and other additions", False), (560, f"${english(net(BOA_IN))}", True)],
        [],
        [(40, "**Withdrawals and other subtractions", False)],
        bold([(40, "Date", False), (100, "Description", False), (560, "Amount", True)]),
        [(40, "Card account # XXXX XXXX XXXX 4421", False)],
        *[
            [(40, f"{d:%m/%d/%y}", False), (100, t, False), (560, leading(M(a)), True)]
            for d, t, a in BOA_CARD
        ],
        [
            (40, "Subtotal for card account # XXXX XXXX XXXX 4421", False),
            (560, leading(net(BOA_CARD)), True),
        ],
        [(40, "Less other debits", False)],
        *[
            [(40, f"{d:%m/%d/%y}", False), (100, t, False), (560, leading(M(a)), True)]
            for d, t, a in BOA_OTHER
        ],
        [
            (40, "Total withdrawals and other subtractions", False),
            (560, "-$" + english(net(BOA_CARD + BOA_OTHER)), True),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)
    assert read.account_number == "4881 2043 7719"


# ---- a US statement telling each section's count and total in a sentence over its rows -----------------

PNC_IN = [
    (D(2025, 8, 1), "Direct Deposit - Payroll Northwind Logistics", "1842.16"),
    (D(2025, 8, 15), "Direct Deposit - Payroll Northwind Logistics", "1842.16"),
]
PNC_OUT = [
    (D(2025, 8, 4), "Debit Card Purchase Giant Eagle 4471 Pittsburgh PA", "-96.20"),
    (D(2025, 8, 5), "ACH Web Duquesne Light Bill Pmt", "-112.40"),
    (D(2025, 8, 18), "Online Transfer To Savings 0022", "-250.00"),
]


def test_a_us_statement_telling_each_sections_count_and_total_in_a_sentence_over_its_rows() -> None:
    """PNC's statements as public parsers read them ("Deposits and Other Additions" over "There were 2
    Deposits and Other Additions totaling $3,684.32.", "Date posted | Amount | Description", the amount
    before the text): the sentence is no row, its figure no balance, and "Debit" opening a description
    just right of a figure is the description's first word, no DR mark of the figure's."""
    opening = M("918.45")
    every = [*PNC_IN, *PNC_OUT]
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
                (200, "Deposits and", False),
                (330, "Checks and other", False),
                (470, "Ending balance", False),
            ]
        ),
        bold([(40, "", False), (200, "other additions", False), (330, "deductions", False)])[1:],
        [
            (40, english(opening), False),
            (200, english(net(PNC_IN)), False),
            (330, english(-net(PNC_OUT)), False),
            (470, english(closing), False),
        ],
        [],
        [(40, "**Activity Detail", False)],
    ]
    for title, rows in [("Deposits and Other Additions", PNC_IN), ("Checks and Other Deductions", PNC_OUT)]:
        lines += [
            [(40, f"**{title}", False)],
            [(40, f"There were {len(rows)} {title} totaling ${english(net(rows))}.", False)],
            bold([(40, "Date posted", False), (150, "Amount", True), (180, "Description", False)]),
            *[[(40, f"{d:%m/%d}", False), (150, english(M(a)), True), (180, t, False)] for d, t, a in rows],
            [],
        ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a daily balance table printed beside the rows ------------------------------------------------------

SIDE_ROWS = [
    (D(2025, 5, 2), "POS PURCHASE HARVEST MARKET", "-67.43"),
    (D(2025, 5, 2), "POS PURCHASE CORNER PHARMACY", "-18.20"),
    (D(2025, 5, 5), "DIRECT DEPOSIT NORTHWIND", "2150.00"),
    (D(2025, 5, 5), "SHARE DRAFT 1203", "-45.00"),
    (D(2025, 5, 12), "ACH DEBIT CITY WATER", "-58.21"),
    (D(2025, 5, 19), "SHARE DRAFT 1204", "-300.00"),
    (D(2025, 5, 27), "ATM WITHDRAWAL", "-60.00"),
]


def test_a_daily_balance_table_printed_beside_the_rows_on_the_same_lines_is_no_part_of_them() -> None:
    """A credit union's account whose rows ("Date | Description | Amount") fill the left of the page and
    whose daily balances ("Date | Balance") stand in a narrow table at the right, line for line beside
    them, a line for each day the rows moved it: the balances are neither rows nor the rows' balances
    (two rows of a day stand beside two days' balances); the account's are in its header."""
    opening = M("704.16")
    closing = opening + net(SIDE_ROWS)
    daily = daily_balances(opening, SIDE_ROWS)
    lines = header(
        [
            "Willamette Valley Credit Union",
            "Statement Period 05/01/2025 - 05/31/2025",
            "Member Number 118842",
            "Share Draft Checking 118842-09",
            f"Previous Balance {english(opening)}",
            f"New Balance {english(closing)}",
        ]
    )
    lines += [
        [
            (40, "**Date", False),
            (90, "Description", False),
            (360, "Amount", True),
            (420, "Date", False),
            (560, "Balance", True),
        ]
    ]
    for n, (day, text, amount) in enumerate(SIDE_ROWS):
        line: list[Cell] = [
            (40, f"{day:%m/%d}", False),
            (90, text, False),
            (360, english(M(amount)) + ("-" if M(amount) < 0 else ""), True),
        ]
        if n < len(daily):
            line += [(420, f"{daily[n][0]:%m/%d}", False), (560, english(daily[n][1]), True)]
        lines.append(line)
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SIDE_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a German account dating each row by day and month, the years on the line under them ---------------

HANSE = [
    (
        D(2024, 12, 2),
        D(2024, 12, 2),
        "SEPA-Lastschrift von Stadtwerke Nordhafen GmbH",
        "Strom Abschlag",
        "-84.35",
    ),
    (
        D(2024, 12, 27),
        D(2024, 12, 27),
        "SEPA-Überweisung von Nordwind Logistik AG",
        "Gehalt Dezember",
        "2184.99",
    ),
    (D(2024, 12, 30), D(2025, 1, 2), "Kartenzahlung girocard", "REWE Markt Hamburg", "-56.12"),
]


@pytest.mark.parametrize("years", [True, False], ids=["years-under", "no-years"])
def test_a_german_account_whose_value_date_runs_into_the_next_year_printed_under_it(years: bool) -> None:
    """Seen in a public parser of a German bank's statements ("Buchung Valuta Vorgang" over rows dated
    "28.12." with "2024 2024" on the line under the two dates, each amount signed a space before its
    figure, "- 45,00" under Soll and "+ 2.150,00" under Haben; "Alter Saldo" and "Neuer Saldo"): a
    card payment booked on 30 December and valued on 2 January, "2024 2025" under its dates, has the
    value date of the next year; without the years printed, the value date nearest the booking."""
    opening = M("1310.45")
    lines = header(
        [
            "Hanse Nordbank AG",
            "Kontoauszug vom 01.12.2024 bis 31.12.2024",
            "Konto 0123456 00  IBAN DE12 5007 0024 0123 4560 00",
        ]
    )
    lines += [
        [
            (40, "Alter Saldo per 30.11.2024", False),
            (440, "EUR", False),
            (560, "+ " + continental(opening), True),
        ],
        [],
        bold(
            [
                (40, "Buchung", False),
                (90, "Valuta", False),
                (140, "Vorgang", False),
                (480, "Soll", True),
                (560, "Haben", True),
            ]
        ),
    ]
    balance = opening
    for day, valued, text, more, amount in HANSE:
        balance += M(amount)
        figure = (
            (480, "- " + continental(M(amount)), True)
            if M(amount) < 0
            else (560, "+ " + continental(M(amount)), True)
        )
        lines.append(
            [(40, f"{day:%d.%m.}", False), (90, f"{valued:%d.%m.}", False), (140, text, False), figure]
        )
        dates: list[Cell] = [(40, f"{day:%Y}", False), (90, f"{valued:%Y}", False)] if years else []
        lines.append([*dates, (140, more, False)])
    lines += [
        [],
        [
            (40, "Neuer Saldo per 31.12.2024", False),
            (440, "EUR", False),
            (560, "+ " + continental(balance), True),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.value_date, t.amount) for t in read.transactions] == [
        (d, v, M(a)) for d, v, _, _, a in HANSE
    ]
    assert [t.description for t in read.transactions] == [f"{t} {m}" for _, _, t, m, _ in HANSE]
    assert (read.opening_balance, read.closing_balance) == (opening, balance)


# ---- a credit union's account balanced from its last statement to this one -------------------------------

SHARE_DRAFT = [
    (D(2025, 5, 2), "POS PURCHASE HARVEST MARKET", "-67.43"),
    (D(2025, 5, 5), "DIRECT DEPOSIT NORTHWIND", "2150.00"),
    (D(2025, 5, 12), "ACH DEBIT CITY WATER", "-58.21"),
]


def _labels_over_values(opening: Decimal, closing: Decimal) -> Lines:
    out, into = _out_and_in(SHARE_DRAFT)
    return [
        bold(
            [
                (40, "Balance Last Statement", False),
                (180, "Deposits", False),
                (280, "Withdrawals", False),
                (400, "Balance This Statement", False),
            ]
        ),
        [
            (40, english(opening), False),
            (180, english(into), False),
            (280, english(out), False),
            (400, english(closing), False),
        ],
        [],
    ]


def _dotted(label: str, day: dt.date, figure: Decimal) -> Lines:
    return [[(40, f"{label} ..................... {day:%m/%d/%y}", False), (360, english(figure), True)]]


@pytest.mark.parametrize("form", ["labels-over-values", "dot-leaders"])
def test_a_credit_unions_account_closing_on_its_balance_this_statement(form: str) -> None:
    """Seen in public parsers of US credit unions' and community banks' statements ("Last Statement
    Previous Balance This Statement Current Balance Total Credits Total Debits" as a summary's
    labels; "BALANCE LAST STATEMENT ...... 04/30/25 1,234.56" and "BALANCE THIS STATEMENT ......
    05/31/25 2,345.67" around the rows, dot leaders between each label and its date): the balance
    this statement is the closing balance, the balance last statement the opening one."""
    opening = M("704.16")
    closing = opening + net(SHARE_DRAFT)
    lines = header(
        [
            "Willamette Valley Credit Union",
            "Statement Period 05/01/2025 - 05/31/2025",
            "Member Number 118842",
        ]
    )
    if form == "labels-over-values":
        lines += _labels_over_values(opening, closing)
    lines += [[(40, "**SHARE DRAFT CHECKING 118842-09", False)]]
    if form == "dot-leaders":
        lines += _dotted("BALANCE LAST STATEMENT", D(2025, 4, 30), opening)
    lines += [
        bold([(40, "Date", False), (90, "Description", False), (360, "Amount", True)]),
        *[
            [
                (40, f"{d:%m/%d}", False),
                (90, t, False),
                (360, english(M(a)) + ("-" if M(a) < 0 else ""), True),
            ]
            for d, t, a in SHARE_DRAFT
        ],
    ]
    if form == "dot-leaders":
        lines += [
            *_dotted("BALANCE THIS STATEMENT", D(2025, 5, 31), closing),
            [(40, "TOTAL CREDITS (1) .........................", False), (360, "2,150.00", True)],
            [(40, "TOTAL DEBITS (2) ..........................", False), (360, "125.64", True)],
        ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(SHARE_DRAFT)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- sections titled with their count and total, set apart from the rows above ------------------------

TITLED_IN = [
    (D(2025, 3, 3), "Payroll Northwind Inc", "2150.00"),
    (D(2025, 3, 17), "Mobile Deposit", "150.00"),
]
TITLED_OUT = [
    (D(2025, 3, 4), "POS Harvest Market", "-67.43"),
    (D(2025, 3, 10), "ACH City Water", "-58.21"),
    (D(2025, 3, 20), "ATM Withdrawal", "-60.00"),
]


@pytest.mark.parametrize("balances", [True, False], ids=["balances", "no-balances"])
def test_a_sections_title_with_its_count_and_total_names_its_side_and_is_no_row_above(balances: bool) -> None:
    """Seen in public parsers of US banks' statements (a section's title line printing how many rows it
    holds and their sum, "Deposits & Credits (2) $2,300.00", over "Date | Description | Amount", the
    figures bare): the next section's title, set apart from the rows above it and just over its own
    header, is no row of the section above, and its words name its side, its count and total after
    them, whether or not the header prints the balances that would prove it."""
    opening = M("704.16")
    closing = opening + net(TITLED_IN) + net(TITLED_OUT)
    balance_lines = [f"Previous Balance {english(opening)}", f"Current Balance {english(closing)}"]
    lines = header(
        [
            "Keystone Citizens Savings Bank",
            "PRIYA DESAI",
            "Beginning March 1, 2025 through March 31, 2025",
            "Account Number: 1104488120",
            *(balance_lines if balances else []),
        ]
    )
    for title, rows in (("Deposits & Credits", TITLED_IN), ("Withdrawals & Debits", TITLED_OUT)):
        lines += [
            [(40, f"**{title} ({len(rows)})", False), (360, f"${english(net(rows))}", True)],
            bold([(40, "Date", False), (100, "Description", False), (360, "Amount", True)]),
            *[[(40, f"{d:%m/%d}", False), (100, t, False), (360, english(M(a)), True)] for d, t, a in rows],
            [],
        ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read([*TITLED_IN, *TITLED_OUT]))
    if balances:
        assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- each day's balance several days to a line, under a title no lexicon holds and no headings -----------


@pytest.mark.parametrize("title", ["DAILY BALANCE SUMMARY", "Daily Ledger Balances", "Balance by Date"])
def test_days_balances_set_several_to_a_line_without_headings_under_the_last_section_are_no_rows(
    title: str,
) -> None:
    """Seen in public parsers of US banks' statements (a last table of the balance at each day's end,
    "04/02 1,789.17 04/04 3,939.17 04/07 3,807.40", titled "Daily Balance Summary" or the like, its
    headings left out): lines of dates each followed by one figure, a date standing under no date
    column of the section above, end that section; none of them is a row."""
    opening = M("1873.29")
    every = [*BOA_IN, *BOA_CARD, *BOA_OTHER]
    closing = opening + net(every)

    lines = header(
        [
            "Lone Star National Bank",
            "DANA RIVERA",
            "for April 1, 2025 to April 30, 2025",
            "Account number: 4881 2043 7719",
            f"Beginning balance {english(opening)}",
            f"Ending balance {english(closing)}",
        ]
    )
    for section, rows in (
        ("Deposits and other additions", BOA_IN),
        ("Withdrawals and other subtractions", [*BOA_CARD, *BOA_OTHER]),
    ):
        lines += [
            [(40, f"**{section}", False)],
            bold([(40, "Date", False), (100, "Description", False), (560, "Amount", True)]),
            *[
                [(40, f"{d:%m/%d/%y}", False), (100, t, False), (560, leading(M(a)), True)]
                for d, t, a in rows
            ],
            [],
        ]
    lines.append([(40, f"**{title}", False)])
    daily = daily_balances(opening, every)
    for first in range(0, len(daily), 3):
        line: list[Cell] = []
        for n, (day, figure) in enumerate(daily[first : first + 3]):
            line += [(40 + 180 * n, f"{day:%m/%d}", False), (180 + 180 * n, english(figure), True)]
        lines.append(line)
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- a US card bill whose parts are titled and totalled by the card holder's name and card ----------------

CARD_PAYMENTS = [(D(2025, 5, 14), D(2025, 5, 14), "RIVERBEND MOBILE PYMT", "450.00")]
CARD_PURCHASES = [
    (D(2025, 5, 3), D(2025, 5, 4), "HARVEST MARKET RICHMOND VA", "-67.43"),
    (D(2025, 5, 9), D(2025, 5, 10), "SHELL OIL 5744 RICHMOND VA", "-41.30"),
    (D(2025, 5, 20), D(2025, 5, 21), "AMAZON.COM SEATTLE WA", "-129.99"),
]


@pytest.mark.parametrize("summary", [True, False], ids=["summary", "no-summary"])
def test_a_card_bills_total_labelled_after_the_holders_name_and_a_colon_is_no_row(summary: bool) -> None:
    """Seen in public parsers of a US card issuer's bills ("Trans Date | Post Date | Description |
    Amount", dates "May 03", each part titled "D HARTLEY #4417: Payments, Credits and Adjustments" and
    "D HARTLEY #4417: Transactions", the purchases closed by "D HARTLEY #4417: Total Transactions
    $238.72", payments printed "- $450.00"): a label after a name and a colon names the line as it
    would alone, so the total is no row, whether or not a summary's balances show it."""
    previous = M("-1204.18")
    every = [*CARD_PAYMENTS, *CARD_PURCHASES]
    new = previous + sum((M(a) for *_, a in every), M(0))
    spent = -sum((M(a) for *_, a in CARD_PURCHASES), M(0))
    lines = header(
        [
            "Riverbend Card Services",
            "Platinum Mastercard ending in 4417",
            "May 1, 2025 - May 31, 2025 | 31 days in Billing Cycle",
        ]
    )
    if summary:
        lines += [
            [(40, "Previous Balance", False), (200, f"${english(previous)}", True)],
            [(40, "Payments", False), (200, "- $450.00", True)],
            [(40, "Transactions", False), (200, f"+ ${english(spent)}", True)],
            [(40, "Interest Charged", False), (200, "+ $0.00", True)],
            [(40, "New Balance", False), (200, f"= ${english(new)}", True)],
            [],
        ]
    lines += [
        [(40, "**Transactions", False)],
        bold(
            [
                (40, "Trans Date", False),
                (100, "Post Date", False),
                (160, "Description", False),
                (560, "Amount", True),
            ]
        ),
        [(40, "**D HARTLEY #4417: Payments, Credits and Adjustments", False)],
        *[
            [
                (40, f"{d:%b %d}", False),
                (100, f"{p:%b %d}", False),
                (160, t, False),
                (560, f"- ${english(M(a))}", True),
            ]
            for d, p, t, a in CARD_PAYMENTS
        ],
        [(40, "**D HARTLEY #4417: Transactions", False)],
        *[
            [
                (40, f"{d:%b %d}", False),
                (100, f"{p:%b %d}", False),
                (160, t, False),
                (560, f"${english(M(a))}", True),
            ]
            for d, p, t, a in CARD_PURCHASES
        ],
        [(160, "D HARTLEY #4417: Total Transactions", False), (560, f"${english(spent)}", True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read([(d, t, a) for d, _, t, a in every]))
    assert [t.value_date for t in read.transactions] == [p for _, p, _, _ in every]
    if summary:
        assert (read.opening_balance, read.closing_balance) == (previous, new)
