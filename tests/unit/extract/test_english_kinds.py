"""English-language statements of the US, the UK, Ireland, Canada, Australia and New Zealand in layouts the
other drawn kinds leave out, each drawn as its kind prints it and read through the text layer against what
was drawn."""

from __future__ import annotations

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
    balance_before,
    bold,
    daily_balances,
    drawn_lines,
    english,
    entries,
    header,
    leading,
    net,
    read_all,
    read_drawn,
    read_one,
    running,
)

Style = Callable[[Decimal], str]


# ---- a US checking statement in sections, with its checks two to a line and its daily ledger balances ----

US_DEPOSITS = [
    (D(2025, 4, 4), "ACME CORP DES:PAYROLL ID:0045521 INDN:RIVERA,DANA CO ID:1234567890 PPD", "2150.00"),
    (D(2025, 4, 18), "ACME CORP DES:PAYROLL ID:0045522 INDN:RIVERA,DANA CO ID:1234567890 PPD", "2150.00"),
    (D(2025, 4, 21), "Online Banking transfer from SAV 4471 Confirmation# 2210458831", "300.00"),
]
US_WITHDRAWALS = [
    (D(2025, 4, 2), "CHECKCARD 0401 WHOLEFDS MKT 10234 AUSTIN TX 24431065091", "-84.12"),
    (D(2025, 4, 7), "AUSTIN ENERGY DES:UTIL PYMT ID:883120 INDN:DANA RIVERA CO ID:9000012 WEB", "-131.77"),
    (D(2025, 4, 15), "Zelle payment to MARCUS LEE Conf# j8k2m1q9x", "-250.00"),
    (D(2025, 4, 28), "ATM 04/28 #000004521 WITHDRWL CONGRESS AVE AUSTIN TX", "-200.00"),
]
US_CHECKS = [
    (D(2025, 4, 9), "1042", "-1450.00"),
    (D(2025, 4, 14), "1043", "-65.00"),
    (D(2025, 4, 22), "1045", "-120.40"),
]
US_FEES = [(D(2025, 4, 30), "Monthly Maintenance Fee", "-12.00")]


def _us_section(title: str, rows: list[Entry], style: Style) -> Lines:
    """A section: its title, "Date | Description | Amount", its rows dated mm/dd/yy, its total line."""
    return [
        [(40, f"**{title}", False)],
        [(40, "**Date", False), (100, "Description", False), (560, "Amount", True)],
        *[
            [(40, d.strftime("%m/%d/%y"), False), (100, t, False), (560, style(M(a)), True)]
            for d, t, a in rows
        ],
        [(40, f"Total {title.lower()}", False), (560, style(net(rows)), True)],
        [],
    ]


def _daily_ledger(opening: Decimal, rows: list[Entry]) -> Lines:
    """ "Daily ledger balances": each day's balance, three days to a line."""
    daily = dict(daily_balances(opening, rows))
    days = sorted(daily)
    lines: Lines = [
        [(40, "**Daily ledger balances", False)],
        bold(
            [
                cell
                for n in range(3)
                for cell in ((40 + 180 * n, "Date", False), (180 + 180 * n, "Balance ($)", True))
            ]
        ),
    ]
    for first in range(0, len(days), 3):
        line: list[Cell] = []
        for n, day in enumerate(days[first : first + 3]):
            line += [(40 + 180 * n, day.strftime("%m/%d"), False), (180 + 180 * n, english(daily[day]), True)]
        lines.append(line)
    return lines


def _us_checking(style: Style) -> Lines:
    opening = M("1873.29")
    every = [*US_DEPOSITS, *US_WITHDRAWALS, *US_CHECKS, *US_FEES]
    closing = opening + net(every)
    lines = header(
        [
            "Lone Star National Bank",
            "DANA RIVERA",
            "2207 BLUEBONNET LN",
            "AUSTIN TX 78704",
            "Your Advantage Plus Banking",
            "for April 1, 2025 to April 30, 2025",
            "Account number: 4881 2043 7719",
        ]
    )
    lines += [
        [(40, "**Account summary", False)],
        [(40, "Beginning balance on April 1, 2025", False), (330, f"${english(opening)}", True)],
        [(40, "Deposits and other additions", False), (330, style(net(US_DEPOSITS)), True)],
        [(40, "Withdrawals and other subtractions", False), (330, style(net(US_WITHDRAWALS)), True)],
        [(40, "Checks", False), (330, style(net(US_CHECKS)), True)],
        [(40, "Service fees", False), (330, style(net(US_FEES)), True)],
        [(40, "Ending balance on April 30, 2025", False), (330, f"${english(closing)}", True)],
        [],
        *_us_section("Deposits and other additions", US_DEPOSITS, style),
        *_us_section("Withdrawals and other subtractions", US_WITHDRAWALS, style),
        [(40, "**Checks", False)],
    ]
    # Two checks to a line: date, number and amount, then again.
    sets = [(0, 280), (270, 560)]
    lines.append(
        bold(
            [
                cell
                for left, end in sets
                for cell in (
                    (40 + left, "Date", False),
                    (100 + left, "Check #", False),
                    (end, "Amount", True),
                )
            ]
        )
    )
    for first in range(0, len(US_CHECKS), 2):
        line: list[Cell] = []
        for (left, end), (day, number, amount) in zip(sets, US_CHECKS[first : first + 2], strict=False):
            line += [
                (40 + left, day.strftime("%m/%d/%y"), False),
                (100 + left, number, False),
                (end, style(M(amount)), True),
            ]
        lines.append(line)
    lines += [
        [(40, "Total checks", False), (560, style(net(US_CHECKS)), True)],
        [(40, "* There is a gap in sequential check numbers", False)],
        [],
        *_us_section("Service fees", US_FEES, style),
        *_daily_ledger(opening, every),
    ]
    return lines


def test_a_us_checking_statement_whose_checks_print_two_to_a_line_above_their_total() -> None:
    """A US checking statement: an account summary, then "Deposits and other additions", "Withdrawals
    and other subtractions", "Checks" (date, check number and amount, two checks to a line, headed
    "Check #") and "Service fees", each section closed by its total, the money out printed with a minus
    (or bare, its section saying the side), and a table of daily ledger balances three days to a line:
    every check is a withdrawal described by its number, no total line and no daily balance is a row."""
    for style in (leading, english):
        read = read_one(drawn_lines([_us_checking(style)]))
        every = [*US_DEPOSITS, *US_WITHDRAWALS, *US_CHECKS, *US_FEES]
        assert sorted(entries(read)) == sorted(as_read(every))
        assert (read.opening_balance, read.closing_balance) == (M("1873.29"), M("1873.29") + net(every))
        assert read.account_number == "4881 2043 7719"


# ---- a US card numbered only by the card's last digits ------------------------------------------------

CARD_ROWS = [
    (D(2025, 5, 3), "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA", "-54.10"),
    (D(2025, 5, 9), "AUTOPAY PAYMENT - THANK YOU", "410.25"),
    (D(2025, 5, 14), "SHELL OIL 57442301 DENVER CO", "-38.60"),
    (D(2025, 5, 17), "KING SOOPERS #0012 DENVER CO", "-92.44"),
]
SECOND_CARD = [(D(2025, 5, 11), "REI #42 DENVER CO", "-120.00")]


def _card_rows(rows: list[Entry]) -> Lines:
    return [
        [(40, d.strftime("%m/%d"), False), (110, t, False), (560, leading(-M(a)), True)] for d, t, a in rows
    ]


def test_a_card_numbered_only_as_the_card_ending_in_its_last_digits_keeps_one_account_for_two_cards() -> None:
    """A US card bill whose header numbers it only "Visa Signature Card ending in 4417" (no account-number
    label), its activity printed from the issuer's side (payments with a minus), a second card of the
    account titled by its holder and "Card ending 3107" above its own rows: the account is numbered by
    the first card, and the second card's title starts no other statement."""
    previous = M("-410.25")
    every = [*CARD_ROWS, *SECOND_CARD]
    new = previous + net(every)
    lines = header(
        [
            "Front Range Bank",
            "JORDAN A PRICE",
            "1402 ASPEN WAY, DENVER CO 80203",
            "Visa Signature Card ending in 4417",
            "Billing Period 04/21/2025 - 05/20/2025",
            "Payment Due Date 06/15/2025",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [],
        bold([(40, "Trans Date", False), (110, "Description", False), (560, "Amount", True)]),
        *_card_rows(CARD_ROWS),
        [],
        [(40, "**CASEY PRICE Card ending 3107", False)],
        bold([(40, "Trans Date", False), (110, "Description", False), (560, "Amount", True)]),
        *_card_rows(SECOND_CARD),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(every))
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_number == "4417"
    assert read.account_type == "CREDIT_CARD"


# ---- a credit union's share accounts, each numbered in its title under the member's number -----------

SAVINGS_ROWS = [
    (D(2025, 2, 10), "TRANSFER TO SHARE DRAFT", "-150.00"),
    (D(2025, 2, 28), "DIVIDEND EARNED", "1.84"),
]
DRAFT_ROWS = [
    (D(2025, 2, 3), "POS DEBIT GREENLEAF GROCERY", "-86.12"),
    (D(2025, 2, 7), "ACH CREDIT TIMBERLINE MILLS PAYROLL", "1420.55"),
    (D(2025, 2, 10), "TRANSFER FROM SHARE SAVINGS", "150.00"),
]


def _share(title: str, opening: Decimal, rows: list[Entry]) -> Lines:
    balance = opening
    lines: Lines = [
        [(40, f"**{title}", False)],
        [(40, "02/01", False), (95, "Previous Balance", False), (560, english(opening), True)],
    ]
    for day, text, amount in rows:
        balance += M(amount)
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (95, text, False),
                (470, leading(M(amount)), True),
                (560, english(balance), True),
            ]
        )
    return [*lines, [(40, "02/28", False), (95, "New Balance", False), (560, english(balance), True)], []]


def test_a_credit_unions_share_accounts_numbered_in_their_titles_are_not_the_members_number() -> None:
    """A credit union's statement numbers the member in its header ("Member Number 0048213") and each
    share account in its own title ("REGULAR SHARE SAVINGS Account Number 0048213-S01", or "Acct#"):
    each account is its own number, not the member's; titled without a number, each is the member's."""
    titles = [
        (
            "REGULAR SHARE SAVINGS Account Number 0048213-S01",
            "SHARE DRAFT CHECKING Account Number 0048213-S10",
        ),
        ("PRIMARY SAVINGS Acct# 7734450001", "SHARE DRAFT Acct# 7734450010"),
        ("PRIMARY SAVINGS", "SHARE DRAFT CHECKING"),
    ]
    for (first, second), numbers in zip(
        titles,
        [("0048213-S01", "0048213-S10"), ("7734450001", "7734450010"), ("0048213", "0048213")],
        strict=True,
    ):
        lines = header(
            [
                "Cascade Valley Federal Credit Union",
                "ELENA M HOLLOWAY",
                "2208 CEDAR HOLLOW RD, SPOKANE WA 99203",
                "Member Number 0048213",
                "Statement Period 02/01/2025 - 02/28/2025",
            ]
        )
        lines += [
            bold(
                [
                    (40, "Date", False),
                    (95, "Transaction Description", False),
                    (470, "Amount", True),
                    (560, "Balance", True),
                ]
            ),
            *_share(first, M("2310.40"), SAVINGS_ROWS),
            *_share(second, M("212.77"), DRAFT_ROWS),
        ]
        savings, draft = read_all(drawn_lines([lines]))
        assert entries(savings) == as_read(SAVINGS_ROWS)
        assert entries(draft) == as_read(DRAFT_ROWS)
        assert (savings.opening_balance, draft.opening_balance) == (M("2310.40"), M("212.77"))
        assert (savings.account_number, draft.account_number) == numbers
        assert (savings.account_type, draft.account_type) == ("SAVINGS", "CHEQUING")


# ---- a card bill in parts titled PAYMENTS and PURCHASES, printing no balances ------------------------

PAID = [(D(2025, 4, 25), "PAYMENT RECEIVED - THANK YOU", "350.00")]
CHARGED = [
    (D(2025, 4, 22), "GREENLEAF GROCERS", "-62.15"),
    (D(2025, 4, 28), "CITYLINK RAIL", "-18.40"),
    (D(2025, 5, 2), "CORNER BOOKS", "-12.00"),
]


def test_a_card_bills_payments_part_is_money_in_without_balances_to_prove_it() -> None:
    """A card bill printing every figure bare under one Amount heading, its rows under "PAYMENTS" and
    "PURCHASES" (either first), and no previous or new balance to turn a part round by: the part whose
    every row is a payment to the card is money in, the purchases money out."""
    for parts in ([("PAYMENTS", PAID), ("PURCHASES", CHARGED)], [("PURCHASES", CHARGED), ("PAYMENTS", PAID)]):
        lines = header(
            [
                "Harbour Card Services",
                "ALEX MORGAN",
                "Statement period 20/04/2025 to 19/05/2025",
                "Visa credit card",
            ]
        )
        lines.append(bold([(40, "Date", False), (110, "Description", False), (560, "Amount", True)]))
        for title, rows in parts:
            lines.append([(40, title, False)])
            lines += [
                [(40, d.strftime("%d/%m/%Y"), False), (110, t, False), (560, english(M(a)), True)]
                for d, t, a in rows
            ]
        read = read_one(drawn_lines([lines]))
        assert entries(read) == [(d, t, M(a)) for _, rows in parts for d, t, a in rows]
        assert read.account_type == "CREDIT_CARD"


# ---- a UK account between balances dated in their labels, without a running balance ------------------

UK_ROWS = [
    (D(2025, 3, 3), "CARD PAYMENT TO SAINSBURYS S/MKTS", "-45.10"),
    (D(2025, 3, 5), "BANK GIRO CREDIT REF ACME LTD", "600.00"),
    (D(2025, 3, 11), "DIRECT DEBIT TO THAMES WATER", "-88.99"),
    (D(2025, 3, 28), "INTEREST PAID", "0.42"),
]


def _out_and_in(out: str, into: str) -> Lines:
    """The UK rows under "Date | Description | `out` | `into`", dated "03 Mar", each amount unsigned in
    the column of its side."""
    return [
        bold([(40, "Date", False), (100, "Description", False), (470, out, True), (560, into, True)]),
        *[
            [
                (40, d.strftime("%d %b"), False),
                (100, t, False),
                (470 if M(a) < 0 else 560, english(M(a)), True),
            ]
            for d, t, a in UK_ROWS
        ],
    ]


def test_balances_dated_in_their_labels_without_a_year_beside_or_over_their_figures() -> None:
    """A UK account printing no running balance, its balances only as "Balance on 1 March £812.40" and
    "Balance on 31 March" (the day and month, the year the period's), beside their figures or as a
    row of labels over a row of figures with the money paid in and out between them: the opening and
    closing balances."""
    opening = M("812.40")
    closing = opening + net(UK_ROWS)
    paid_in = net([r for r in UK_ROWS if M(r[2]) > 0])
    first, last = "Balance on 1 March", "Balance on 31 March"
    beside: Lines = [
        [(40, first, False), (300, f"£{english(opening)}", True)],
        [(40, last, False), (300, f"£{english(closing)}", True)],
    ]
    over: Lines = [
        bold(
            [
                (40, first, False),
                (180, "Total paid in", False),
                (300, "Total paid out", False),
                (420, last, False),
            ]
        ),
        [
            (40, f"£{english(opening)}", False),
            (180, f"£{english(paid_in)}", False),
            (300, f"£{english(paid_in - net(UK_ROWS))}", False),
            (420, f"£{english(closing)}", False),
        ],
    ]
    for balances in (beside, over):
        lines = header(
            [
                "Thames Valley Bank plc",
                "Mr C Park",
                "8 High Street",
                "Reading RG1 2AB",
                "Sort code 20-45-77 Account number 55120833",
                "1 March 2025 to 31 March 2025",
            ]
        )
        lines += [
            *balances,
            [],
            *_out_and_in("Money out", "Money in"),
        ]
        read = read_one(drawn_lines([lines]))
        assert entries(read) == as_read(UK_ROWS)
        assert (read.opening_balance, read.closing_balance) == (opening, closing)


@pytest.mark.parametrize(
    ("opening_label", "closing_label"),
    [
        ("Balance from last statement", "New balance"),
        ("Balance last statement", "Statement balance"),
        ("Previous Balance", "Present Balance"),
        ("Old balance", "New balance"),
    ],
)
def test_balance_labels_naming_the_last_statement_or_the_present_one(
    opening_label: str, closing_label: str
) -> None:
    """A savings account printing its balances only in labelled lines above a table without a running
    balance, in words the other drawn kinds do not use: the opening and closing balances."""
    opening = M("812.40")
    lines = header(
        [
            "Harbour Savings Bank",
            "Mr C Park",
            "8 High Street",
            "Reading RG1 2AB",
            "Account number 55120833",
            "1 March 2025 to 31 March 2025",
        ]
    )
    lines += [
        [(40, opening_label, False), (330, f"£{english(opening)}", True)],
        [(40, closing_label, False), (330, f"£{english(opening + net(UK_ROWS))}", True)],
        [],
        *_out_and_in("Withdrawals", "Deposits"),
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(UK_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, opening + net(UK_ROWS))


# ---- a combined statement: the checking account above, then a savings account on its own page --------

SAVINGS_IN = [
    (D(2025, 4, 15), "Online Banking transfer from CHK 7719 Confirmation# 1170043321", "500.00"),
    (D(2025, 4, 30), "Interest Earned", "1.12"),
]
SAVINGS_OUT = [(D(2025, 4, 21), "Online Banking transfer to CHK 7719 Confirmation# 2210458831", "-300.00")]


def test_a_checking_and_a_savings_account_in_one_statement_each_in_sections_between_its_balances() -> None:
    """The US checking statement above, then on page 2 the holder's savings account titled in large type
    ("Advantage Savings"), its own number, summary, sections and daily ledger balances: two statements,
    each with its own rows and balances, the savings one of the same bank and named a savings account
    by its title."""
    opening = M("10450.00")
    savings = [*SAVINGS_IN, *SAVINGS_OUT]
    closing = opening + net(savings)
    page_two = [
        [(40, "##Advantage Savings", False)],
        [(40, "DANA RIVERA", False)],
        [(40, "Account number: 4881 2043 9921", False)],
        [],
        [(40, "**Account summary", False)],
        [(40, "Beginning balance on April 1, 2025", False), (330, f"${english(opening)}", True)],
        [(40, "Deposits and other additions", False), (330, english(net(SAVINGS_IN)), True)],
        [(40, "Withdrawals and other subtractions", False), (330, leading(net(SAVINGS_OUT)), True)],
        [(40, "Ending balance on April 30, 2025", False), (330, f"${english(closing)}", True)],
        [],
        *_us_section("Deposits and other additions", SAVINGS_IN, leading),
        *_us_section("Withdrawals and other subtractions", SAVINGS_OUT, leading),
        *_daily_ledger(opening, savings),
    ]
    checking, saving = read_all(drawn_lines([_us_checking(leading), page_two]))
    every = [*US_DEPOSITS, *US_WITHDRAWALS, *US_CHECKS, *US_FEES]
    assert sorted(entries(checking)) == sorted(as_read(every))
    assert sorted(entries(saving)) == sorted(as_read(savings))
    assert (saving.opening_balance, saving.closing_balance) == (opening, closing)
    assert (checking.account_number, saving.account_number) == ("4881 2043 7719", "4881 2043 9921")
    assert saving.institution == checking.institution == "Lone Star National Bank"
    assert saving.account_type == "SAVINGS"


# ---- Australia, a UK building society's passbook account, New Zealand and Ireland --------------------


def _chained(opening: Decimal, rows: list[Entry]) -> list[Decimal]:
    """The running balance after each row."""
    balances, balance = [], opening
    for *_, amount in rows:
        balance += M(amount)
        balances.append(balance)
    return balances


def _sided(amount: Decimal, out_x: float, in_x: float) -> Cell:
    """A figure in the money-out column where it is below zero, else in the money-in column."""
    return (out_x if amount < 0 else in_x, english(amount), True)


AU_ROWS = [
    (D(2025, 3, 3), "Direct Debit 062934 TELSTRA CORP", "-89.00"),
    (D(2025, 3, 6), "Salary ACME PTY LTD", "3120.55"),
    (D(2025, 3, 12), "Transfer to xx4471 NetBank Rent", "-1800.00"),
    (D(2025, 3, 20), "Wdl ATM BONDI JUNCTION NSW 282103", "-2000.00"),
    (D(2025, 3, 27), "Fast Transfer From J SMITH Dinner", "45.50"),
]


def _cr_dr(value: Decimal) -> str:
    return f"${english(value)} {'CR' if value >= 0 else 'DR'}"


def test_an_australian_account_between_its_opening_and_closing_rows_marked_cr_or_dr_and_a_summary_line() -> (
    None
):
    """An Australian transaction account: "Date | Transaction | Debit | Credit | Balance", rows dated
    "03 Mar", an OPENING BALANCE row dated with its year first and a CLOSING BALANCE row last, every
    balance "$... CR" (or "DR" once overdrawn), then "Opening balance - Total debits + Total credits =
    Closing balance" over its four figures, which no row is."""
    opening = M("612.18")
    balances = _chained(opening, AU_ROWS)
    debits = -net([r for r in AU_ROWS if M(r[2]) < 0])
    lines = header(
        [
            "Harbourside Bank of Australia",
            "MS JANE CITIZEN",
            "12 EXAMPLE ST",
            "BONDI NSW 2026",
            "Account Number 06 2000 12345678",
            "Period 1 Mar 2025 - 31 Mar 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (95, "Transaction", False),
                (390, "Debit", True),
                (470, "Credit", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "01 Mar 2025", False), (95, "OPENING BALANCE", False), (560, _cr_dr(opening), True)],
        *[
            [(40, d.strftime("%d %b"), False), (95, t, False), _sided(M(a), 390, 470), (560, _cr_dr(b), True)]
            for (d, t, a), b in zip(AU_ROWS, balances, strict=True)
        ],
        [(40, "31 Mar 2025", False), (95, "CLOSING BALANCE", False), (560, _cr_dr(balances[-1]), True)],
        [],
        [
            (40, "Opening balance", False),
            (160, "- Total debits", False),
            (280, "+ Total credits", False),
            (400, "= Closing balance", False),
        ],
        [
            (40, _cr_dr(opening), False),
            (160, f"${english(debits)}", False),
            (280, f"${english(net(AU_ROWS) + debits)}", False),
            (400, _cr_dr(balances[-1]), False),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(AU_ROWS)
    assert [t.balance for t in read.transactions] == balances
    assert (read.opening_balance, read.closing_balance) == (opening, balances[-1])
    assert read.currency == "AUD"


PASSBOOK_ROWS = [
    (D(2025, 1, 6), "CSH", "-250.00"),
    (D(2025, 1, 15), "TFR", "1000.00"),
    (D(2025, 2, 3), "DD", "-64.20"),
    (D(2025, 3, 31), "INT", "18.44"),
]


def test_a_building_society_passbook_account_describing_each_row_by_a_code() -> None:
    """A UK building society's passbook-style statement: "Date | Description | Withdrawals | Receipts |
    Balance", dates printed "06JAN25", each row described only by a short code (CSH, TFR, DD, INT),
    between balance brought and carried forward rows."""
    opening = M("5210.00")
    balances = _chained(opening, PASSBOOK_ROWS)
    lines = header(
        [
            "Northfield Building Society",
            "Mr P Hargreaves",
            "7 Mill Lane",
            "Halifax HX1 2AB",
            "Instant Saver Account number 0123-456789",
            "Statement date 31 March 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (110, "Description", False),
                (330, "Withdrawals", True),
                (440, "Receipts", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "01JAN25", False), (110, "BALANCE BROUGHT FORWARD", False), (560, english(opening), True)],
        *[
            [
                (40, d.strftime("%d%b%y").upper(), False),
                (110, t, False),
                _sided(M(a), 330, 440),
                (560, english(b), True),
            ]
            for (d, t, a), b in zip(PASSBOOK_ROWS, balances, strict=True)
        ],
        [(40, "31MAR25", False), (110, "BALANCE CARRIED FORWARD", False), (560, english(balances[-1]), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(PASSBOOK_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balances[-1])
    assert read.account_type == "SAVINGS"


NZ_ROWS = [
    (D(2025, 6, 2), "Eftpos", "Countdown Ponsonby", "-76.30"),
    (D(2025, 6, 5), "Automatic Payment", "Rent Lees Property", "-450.00"),
    (D(2025, 6, 9), "Direct Credit", "Kiwi Tech Ltd Wages", "2210.00"),
    (D(2025, 6, 16), "Visa Purchase", "Z Energy Newmarket", "-88.10"),
]


def test_a_new_zealand_account_printing_each_rows_kind_over_its_payee_and_figures() -> None:
    """A New Zealand account: "Date | Transaction Details | Withdrawals | Deposits | Balance", each row on
    two lines, its date and kind ("Automatic Payment") first, its payee with its figures under them,
    dates "02 JUN" in capitals, between opening and closing balance rows."""
    opening = M("1320.45")
    rows = [(d, f"{kind} {payee}", a) for d, kind, payee, a in NZ_ROWS]
    balances = _chained(opening, rows)
    lines = header(
        [
            "Tasman Bank New Zealand Limited",
            "J K TAMIHANA",
            "22 RIVER ROAD",
            "HAMILTON 3204",
            "Go Account 01-0242-0123456-00",
            "Statement period 1 June 2025 to 30 June 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (100, "Transaction Details", False),
                (380, "Withdrawals", True),
                (470, "Deposits", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "01 JUN", False), (100, "OPENING BALANCE", False), (560, english(opening), True)],
    ]
    for (day, kind, payee, amount), balance in zip(NZ_ROWS, balances, strict=True):
        lines.append([(40, day.strftime("%d %b").upper(), False), (100, kind, False)])
        lines.append([(100, payee, False), _sided(M(amount), 380, 470), (560, english(balance), True)])
    lines.append([(40, "30 JUN", False), (100, "CLOSING BALANCE", False), (560, english(balances[-1]), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(rows)
    assert (read.opening_balance, read.closing_balance) == (opening, balances[-1])
    assert read.account_number == "01-0242-0123456-00"


# ---- checks paid under the headings other banks print ---------------------------------------------------

PAID_CHECKS = [
    (D(2025, 4, 9), "1042", "-1450.00"),
    (D(2025, 4, 14), "1043", "-65.00"),
    (D(2025, 4, 22), "1045", "-120.40"),
    (D(2025, 4, 23), "1046", "-20.00"),
    (D(2025, 4, 25), "1047", "-33.33"),
]


@pytest.mark.parametrize("per_line", [2, 3])
@pytest.mark.parametrize(
    ("first", "second"), [("Number", "Date Paid"), ("Chk #", "Date"), ("Check #", "Date"), ("Date", "Number")]
)
def test_checks_paid_side_by_side_under_a_number_heading_the_other_banks_print(
    first: str, second: str, per_line: int
) -> None:
    """ "Checks paid" two or three to a line, the check's number headed "Number", "Chk #" or "Check #"
    (or the date first, the number headed "Number" after it), closed by a total line: each check a
    withdrawal described by its number, the total no row."""
    deposit = (D(2025, 4, 4), "PAYROLL ACME", "2150.00")
    opening = M("1873.29")
    closing = opening + net([deposit, *PAID_CHECKS])
    number_first = first != "Date"
    width = 520 // per_line
    lines = header(
        [
            "Prairie State Bank",
            "MICHAEL J OKAFOR",
            "918 ELM ST, DES MOINES IA 50309",
            "Statement period 04/01/2025 through 04/30/2025",
            "Account number 7730112958",
        ]
    )
    lines += [
        [(40, "Beginning balance", False), (300, f"${english(opening)}", True)],
        [(40, "Ending balance", False), (300, f"${english(closing)}", True)],
        [],
        [(40, "**Deposits", False)],
        bold([(40, "Date", False), (110, "Description", False), (560, "Amount", True)]),
        [
            (40, deposit[0].strftime("%m/%d"), False),
            (110, deposit[1], False),
            (560, english(M(deposit[2])), True),
        ],
        [],
        [(40, "**Checks paid", False)],
        bold(
            [
                cell
                for n in range(per_line)
                for cell in (
                    (40 + n * width, first, False),
                    (95 + n * width, second, False),
                    (15 + (n + 1) * width, "Amount", True),
                )
            ]
        ),
    ]
    for start in range(0, len(PAID_CHECKS), per_line):
        line: list[Cell] = []
        for n, (day, check, amount) in enumerate(PAID_CHECKS[start : start + per_line]):
            texts = (check, day.strftime("%m/%d")) if number_first else (day.strftime("%m/%d"), check)
            line += [
                (40 + n * width, texts[0], False),
                (95 + n * width, texts[1], False),
                (15 + (n + 1) * width, english(M(amount)), True),
            ]
        lines.append(line)
    lines.append([(40, "Total checks", False), (560, english(-net(PAID_CHECKS)), True)])
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read([deposit, *PAID_CHECKS]))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- the bank's name atop the mailing block, in the same type ------------------------------------------


def test_a_credit_unions_name_printed_atop_the_mailing_block_in_its_type_is_not_the_holder() -> None:
    """A credit union prints its name in the type of the address under it, as the first line of the
    block stacked at one x down to the holder's postcode: the bank is that line, the holder the next."""
    rows = [
        (D(2025, 3, 3), "POS PURCHASE SAFEWAY 1234", "-45.10"),
        (D(2025, 3, 5), "DEPOSIT MOBILE CHECK", "600.00"),
    ]
    balances = _chained(M("812.40"), rows)
    lines: Lines = [
        [(40, text, False)]
        for text in (
            "Evergreen Schools Credit Union",
            "CHRIS PARK",
            "88 PINE AVE",
            "OLYMPIA WA 98501",
            "Account Number 55120833",
            "Statement Period 03/01/2025 - 03/31/2025",
        )
    ]
    lines += [
        [],
        bold(
            [(40, "Date", False), (100, "Description", False), (460, "Amount", True), (560, "Balance", True)]
        ),
        *[
            [
                (40, d.strftime("%m/%d"), False),
                (100, t, False),
                (460, leading(M(a)), True),
                (560, english(b), True),
            ]
            for (d, t, a), b in zip(rows, balances, strict=True)
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(rows)
    assert (read.institution, read.holder_name) == ("Evergreen Schools Credit Union", "CHRIS PARK")
    assert read.holder_address == "88 PINE AVE, OLYMPIA WA 98501"


def test_a_card_bill_titled_by_its_product_does_not_take_the_holders_name_for_the_bank() -> None:
    """A card bill titled by the card's product name ("Summit Rewards Visa"), no bank named in words the
    header knows, the holder's name alone on the line under it: the holder's name is the holder's, never
    the bank's as well."""
    lines = header(
        [
            "Summit Rewards Visa",
            "JORDAN A PRICE",
            "1402 ASPEN WAY, DENVER CO 80203",
            "Card ending in 4417",
            "Billing Period 04/21/2025 - 05/20/2025",
            "Previous Balance $410.25",
            "New Balance $92.70",
        ]
    )
    lines += [
        bold([(40, "Trans Date", False), (110, "Description", False), (560, "Amount", True)]),
        *_card_rows(CARD_ROWS[:3]),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(CARD_ROWS[:3]))
    assert read.holder_name == "JORDAN A PRICE"
    assert read.institution != read.holder_name


@pytest.mark.parametrize(
    "period",
    ["Open Date: 04/21/2025 - Close Date: 05/20/2025", "Opening Date 04/21/25 Closing Date 05/20/25"],
)
def test_a_card_bills_period_as_its_open_and_close_dates(period: str) -> None:
    """A US card bill states its period as the dates its cycle opened and closed, each after its own
    label: the period, not the span of the rows."""
    lines = header(
        [
            "Front Range Bank",
            "JORDAN A PRICE",
            "1402 ASPEN WAY, DENVER CO 80203",
            "Card ending in 4417",
            period,
        ]
    )
    lines += [
        bold([(40, "Trans Date", False), (110, "Description", False), (560, "Amount", True)]),
        *_card_rows(CARD_ROWS),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read(CARD_ROWS))
    assert (read.period_start, read.period_end) == (D(2025, 4, 21), D(2025, 5, 20))
    assert not read.period_from_rows


IE_ROWS = [
    (D(2025, 5, 2), "D/D ELECTRIC IRELAND", "-112.40"),
    (D(2025, 5, 6), "POS TESCO STORES 3312", "-58.70"),
    (D(2025, 5, 9), "LODGEMENT SALARY TECHCO", "2880.00"),
    (D(2025, 5, 20), "ATM DUBLIN 2 O CONNELL ST", "-100.00"),
    (D(2025, 5, 30), "SERVICE CHARGE", "-6.00"),
]


def test_an_irish_account_in_withdrawals_and_lodgements_columns_its_balances_marked_cr() -> None:
    """An Irish current account: "Date | Transaction Details | Withdrawals | Lodgements | Balance", every
    balance marked "CR", between a BALANCE FORWARD row and a CLOSING BALANCE row, numbered by its IBAN:
    money paid in is a lodgement, the euro the IBAN's country's."""
    opening = M("1840.22")
    balances = _chained(opening, IE_ROWS)
    lines = header(
        [
            "Liffey Savings Bank DAC",
            "Ms Aoife Byrne",
            "14 Harbour Road",
            "Howth, Co. Dublin D13 X2Y4",
            "IBAN: IE29 AIBK 9311 5212 3456 78",
            "Statement Date 31 May 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (110, "Transaction Details", False),
                (390, "Withdrawals", True),
                (470, "Lodgements", True),
                (560, "Balance", True),
            ]
        ),
        [(40, "01 May 2025", False), (110, "BALANCE FORWARD", False), (560, f"{english(opening)} CR", True)],
        *[
            [
                (40, d.strftime("%d %b %Y"), False),
                (110, t, False),
                _sided(M(a), 390, 470),
                (560, f"{english(b)} CR", True),
            ]
            for (d, t, a), b in zip(IE_ROWS, balances, strict=True)
        ],
        [
            (40, "31 May 2025", False),
            (110, "CLOSING BALANCE", False),
            (560, f"{english(balances[-1])} CR", True),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(IE_ROWS)
    assert (read.opening_balance, read.closing_balance) == (opening, balances[-1])
    assert (read.account_number, read.currency) == ("IE29 AIBK 9311 5212 3456 78", "EUR")


CA_ROWS = [
    (D(2025, 3, 3), "Online Banking payment", "4421 ROGERS", "-95.20"),
    (D(2025, 3, 3), "Contactless Interac purchase", "0041 LOBLAWS", "-64.18"),
    (D(2025, 3, 7), "Payroll Deposit", "MAPLE LEAF FOODS", "2240.10"),
    (D(2025, 3, 14), "e-Transfer sent", "J TREMBLAY", "-300.00"),
    (D(2025, 3, 14), "Monthly fee", "PLAN", "-4.00"),
]


def test_a_canadian_account_dating_a_days_first_row_and_balancing_its_last_each_row_over_two_lines() -> None:
    """A Canadian chequing account: "Date | Description | Cheques & Debits ($) | Deposits & Credits ($) |
    Balance ($)", each row its kind over its payee with the figures on the payee's line, the date printed
    on a day's first row only and the balance on its last, between opening and closing balance rows."""
    opening = M("3120.45")
    rows = [(d, f"{kind} {payee}", a) for d, kind, payee, a in CA_ROWS]
    balances = _chained(opening, rows)
    lines = header(
        [
            "Royal Maple Bank",
            "ANNE GAGNON",
            "55 KING ST W",
            "TORONTO ON M5K 1A2",
            "Your account number: 01234-5067891",
            "From February 28, 2025 to March 27, 2025",
        ]
    )
    lines += [
        [(40, "**Details of your account activity", False)],
        bold(
            [
                (40, "Date", False),
                (95, "Description", False),
                (400, "Cheques & Debits ($)", True),
                (480, "Deposits & Credits ($)", True),
                (560, "Balance ($)", True),
            ]
        ),
        [(40, "28 Feb", False), (95, "Opening Balance", False), (560, english(opening), True)],
    ]
    for n, ((day, kind, payee, amount), balance) in enumerate(zip(CA_ROWS, balances, strict=True)):
        first_of_day = n == 0 or CA_ROWS[n - 1][0] != day
        last_of_day = n == len(CA_ROWS) - 1 or CA_ROWS[n + 1][0] != day
        lines.append([*([(40, day.strftime("%d %b"), False)] if first_of_day else []), (95, kind, False)])
        lines.append(
            [
                (95, payee, False),
                _sided(M(amount), 400, 480),
                *([(560, english(balance), True)] if last_of_day else []),
            ]
        )
    lines.append([(40, "27 Mar", False), (95, "Closing Balance", False), (560, english(balances[-1]), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(rows)
    assert (read.opening_balance, read.closing_balance) == (opening, balances[-1])
    assert read.currency == "CAD"


@pytest.mark.parametrize("heading", [False, True], ids=["on-each-figure", "in-the-headings"])
def test_the_australian_dollar_printed_au_dollar_on_each_figure_or_in_the_money_headings(
    heading: bool,
) -> None:
    """An Australian account printing its dollar "AU$" before every figure (or in brackets after each money
    heading): its figures read, and the money Australia's."""
    rows = AU_ROWS[:3]
    balances = _chained(M("2612.18"), rows)
    sign, mark = ("", " (AU$)") if heading else ("AU$", "")
    lines = header(
        [
            "Harbourside Bank",
            "MS JANE CITIZEN",
            "Account Number 06 2000 12345678",
            "Period 1 Mar 2025 - 31 Mar 2025",
        ]
    )
    lines += [
        bold(
            [
                (40, "Date", False),
                (110, "Description", False),
                (460, f"Amount{mark}", True),
                (560, f"Balance{mark}", True),
            ]
        ),
        *[
            [
                (40, d.strftime("%d/%m"), False),
                (110, t, False),
                (460, ("-" if M(a) < 0 else "") + sign + english(M(a)), True),
                (560, sign + english(b), True),
            ]
            for (d, t, a), b in zip(rows, balances, strict=True)
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(rows)
    assert [t.balance for t in read.transactions] == balances
    assert read.currency == "AUD"


@pytest.mark.parametrize("mark", [" -", ":", " #"])
def test_accounts_titled_by_their_kind_a_dash_and_their_number_are_numbered_so(mark: str) -> None:
    """A Canadian credit union's statement of two accounts, each titled "CHEQUING - 0012345678" (or
    "CHEQUING: 0012345678", "CHEQUING # 0012345678") above a table of its own between its opening and
    closing balance rows: each statement numbered by its title."""
    chequing = [
        (D(2025, 4, 3), "DEBIT CARD PURCHASE SAVE ON FOODS", "-45.10"),
        (D(2025, 4, 15), "PAYROLL DEPOSIT", "1500.00"),
    ]
    savings = [(D(2025, 4, 20), "TRANSFER FROM CHEQUING", "200.00"), (D(2025, 4, 30), "INTEREST", "0.87")]
    lines = header(
        [
            "Pacific Coast Credit Union",
            "ANNE LEE",
            "55 MAIN ST",
            "VANCOUVER BC V5K 0A1",
            "Statement Period April 1, 2025 to April 30, 2025",
        ]
    )
    for title, opening, rows in (
        (f"CHEQUING{mark} 0012345678", M("1200.00"), chequing),
        (f"SAVINGS{mark} 0012345699", M("5300.00"), savings),
    ):
        balances = _chained(opening, rows)
        lines += [
            [(40, f"**{title}", False)],
            bold(
                [
                    (40, "Date", False),
                    (100, "Description", False),
                    (400, "Withdrawals", True),
                    (480, "Deposits", True),
                    (560, "Balance", True),
                ]
            ),
            [(40, "Apr 01", False), (100, "Opening Balance", False), (560, english(opening), True)],
            *[
                [
                    (40, d.strftime("%b %d"), False),
                    (100, t, False),
                    _sided(M(a), 400, 480),
                    (560, english(b), True),
                ]
                for (d, t, a), b in zip(rows, balances, strict=True)
            ],
            [(40, "Apr 30", False), (100, "Closing Balance", False), (560, english(balances[-1]), True)],
            [],
        ]
    first, second = read_all(drawn_lines([lines]))
    assert (entries(first), entries(second)) == (
        as_read(chequing),
        as_read(savings),
    )
    assert (first.account_number, second.account_number) == ("0012345678", "0012345699")
    assert (first.account_type, second.account_type) == ("CHEQUING", "SAVINGS")


def test_an_account_labelled_acct_alone_is_numbered_by_it() -> None:
    """ "Acct: 123-456789-0", the label abbreviated and alone: the account's number."""
    lines = header(["Cascade Bank", "CHRIS PARK", "88 PINE AVE", "OLYMPIA WA 98501", "Acct: 123-456789-0"])
    lines += [
        bold(
            [
                (40, "Date", False),
                (100, "Description", False),
                (470, "Withdrawals", True),
                (560, "Deposits", True),
            ]
        ),
        *[
            [(40, d.strftime("%m/%d/%Y"), False), (100, t, False), _sided(M(a), 470, 560)]
            for d, t, a in UK_ROWS
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == as_read(UK_ROWS)
    assert read.account_number == "123-456789-0"


def _plus_for_credits(value: Decimal) -> str:
    """ "+500.00" for money in, "1,234.56" bare for money out."""
    return ("+" if value > 0 else "") + english(value)


def test_an_amount_column_signing_only_its_credits_with_a_plus_prints_its_debits_bare() -> None:
    """ "Date | Description | Amount" and no balance column: money in printed "+500.00", money out bare
    ("1,234.56"); the bare figures are money out, the balances stated in the header."""
    rows = running(
        M("2840.15"),
        [
            (D(2025, 5, 2), "Salary May Northwind Ltd", "3150.00"),
            (D(2025, 5, 6), "Rent transfer", "-1234.56"),
            (D(2025, 5, 12), "Grocery Mart", "-86.40"),
            (D(2025, 5, 19), "Refund Online Store", "42.99"),
            (D(2025, 5, 27), "Electricity bill", "-118.75"),
        ],
    )
    head = [
        "Harbourside Savings Bank",
        "JORDAN LEE",
        "Account number: 40112233",
        "Statement period: 01/05/2025 to 31/05/2025",
        f"Opening balance: {english(balance_before(rows))}",
        f"Closing balance: {english(rows[-1].balance)}",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 540, lambda r: _plus_for_credits(r.amount), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize("day", ["01/05/2025", "30/04/2025"])
def test_a_balance_on_a_date_followed_by_a_colon_at_the_periods_start_opens_it(day: str) -> None:
    """ "Balance on 01/05/2025: 2,840.15" (or on the day before the period) above the rows, a plain
    "Closing balance" beside it: the balance dated at or before the period's first day opens it."""
    rows = running(
        M("2840.15"),
        [
            (D(2025, 5, 2), "Salary May Northwind Ltd", "3150.00"),
            (D(2025, 5, 6), "Rent transfer", "-1234.56"),
            (D(2025, 5, 19), "Refund Online Store", "42.99"),
        ],
    )
    head = [
        "Harbourside Savings Bank",
        "JORDAN LEE",
        "Account number: 40112233",
        "Statement period: 01/05/2025 to 31/05/2025",
        f"Balance on {day}: {english(balance_before(rows))}",
        f"Closing balance: {english(rows[-1].balance)}",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Paid out", 430, lambda r: english(r.amount) if r.amount < 0 else "", right=True),
        Column("Paid in", 500, lambda r: english(r.amount) if r.amount > 0 else "", right=True),
    ]
    read_drawn(head, columns, rows)
