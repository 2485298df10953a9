"""Furniture that card bills and bank statements print around their transactions and that no other test
draws: a rewards summary and a minimum-payment warning table under a card's activity, a table of
instalment plans and one of promotional balances each dated and in money, a card's summary box printed
beside its activity, and a bank account's lines of average balance, overdraft limit and counts of
deposits and withdrawals, and a daily balance table printed beside the transactions, read through the
text layer."""

from __future__ import annotations

from collections.abc import Sequence

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Lines,
    M,
    as_drawn,
    balance_before,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_drawn_pages,
    running,
    signed,
    table,
)

# A card's rows from the holder's side: purchases, fees and interest below zero, payments above.
RIVER_CARD = [
    (D(2025, 4, 3), "GREENLEAF MARKET 0412 TUCSON AZ", M("-64.27")),
    (D(2025, 4, 8), "AUTOPAY PAYMENT RECEIVED", M("350.00")),
    (D(2025, 4, 11), "DESERT SUN FUEL 88 TUCSON AZ", M("-41.90")),
    (D(2025, 4, 19), "PINECONE BOOKS ONLINE", M("-27.35")),
    (D(2025, 4, 24), "CANYON VIEW DINER PHOENIX AZ", M("-53.80")),
    (D(2025, 4, 30), "INTEREST CHARGE ON PURCHASES", M("-14.62")),
]

RIVER_HEAD = [
    "Saguaro Card Services",
    "LUCIA M ORTEGA",
    "915 E SPEEDWAY BLVD, TUCSON AZ 85719",
    "Statement closing date 04/30/25",
    "Billing period 04/01/25 - 04/30/25",
    "Account number ending in 5518",
]


def _card_activity(rows: Sequence[tuple[D, str, M]]) -> Lines:
    """The activity of a card: purchases bare, payments with a minus, under date, description, amount."""
    lines: Lines = [[(40, "**Date", False), (110, "Description", False), (560, "Amount", True)]]
    for day, text, amount in rows:
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (110, text, False),
                (560, signed(english(amount), -amount), True),
            ]
        )
    return lines


def test_a_card_bills_rewards_summary_and_minimum_payment_warning_are_no_transactions() -> None:
    """Under the activity a rewards summary (points earned, bonus, redeemed, balance, cash back in dollars)
    and the warning of what paying only the minimum costs (years, a monthly figure, a total, savings)."""
    previous = M("-820.40")
    new = previous + sum(a for *_, a in RIVER_CARD)
    lines = header(RIVER_HEAD)
    lines += [
        [(40, "Previous balance", False), (300, f"${english(previous)}", True)],
        [(40, "New balance", False), (300, f"${english(new)}", True)],
        [(40, "Minimum payment due", False), (300, "$35.00", True)],
        [(40, "Payment due date", False), (300, "05/25/25", True)],
        [],
        [(40, "**Transactions", False)],
        *_card_activity(RIVER_CARD),
        [],
        [(40, "**Rewards Summary", False)],
        [(40, "Points earned on purchases this period", False), (560, "187", True)],
        [(40, "Bonus points", False), (560, "1,500", True)],
        [(40, "Points redeemed", False), (560, "-2,000", True)],
        [(40, "Points available", False), (560, "24,316", True)],
        [(40, "Cash back earned this period", False), (560, "$3.74", True)],
        [],
        [(40, "**Minimum Payment Warning", False)],
        [
            (40, "**If you make no additional charges and each month you pay", False),
            (380, "You will pay off the balance in about", True),
            (560, "And you will end up paying about", True),
        ],
        [(40, "Only the minimum payment", False), (380, "6 years", True), (560, "$1,512", True)],
        [(40, "$41", False), (380, "3 years", True), (560, "$1,463 (Savings = $49)", True)],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == RIVER_CARD
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


def test_a_card_bills_instalment_plans_and_promotional_balances_are_no_transactions() -> None:
    """After the activity, a table of instalment plans (plan, start date, original amount, monthly
    payment, payments left, remaining balance) and one of promotional balances (type, rate, until a date,
    balance): each of their lines opens with a date or carries one, and prints figures."""
    previous = M("-2410.75")
    new = previous + sum(a for *_, a in RIVER_CARD)
    lines = header(RIVER_HEAD)
    lines += [
        [(40, "Previous balance", False), (300, f"${english(previous)}", True)],
        [(40, "New balance", False), (300, f"${english(new)}", True)],
        [],
        *_card_activity(RIVER_CARD),
        [],
        [(40, "**Your Plans", False)],
        [
            (40, "**Start date", False),
            (110, "Plan", False),
            (320, "Original amount", True),
            (400, "Monthly payment", True),
            (470, "Payments left", True),
            (560, "Remaining balance", True),
        ],
        [
            (40, "11/14/24", False),
            (110, "PLAN 1 CASA HOGAR FURNITURE", False),
            (320, "1,200.00", True),
            (400, "100.00", True),
            (470, "7", True),
            (560, "700.00", True),
        ],
        [
            (40, "02/03/25", False),
            (110, "PLAN 2 BRIGHTLINE LAPTOPS", False),
            (320, "960.00", True),
            (400, "80.00", True),
            (470, "10", True),
            (560, "800.00", True),
        ],
        [],
        [(40, "**Promotional Balances", False)],
        [
            (40, "**Balance type", False),
            (250, "Rate", True),
            (330, "Expires", True),
            (560, "Balance", True),
        ],
        [
            (40, "Balance transfer", False),
            (250, "0.00%", True),
            (330, "09/30/25", True),
            (560, "$650.00", True),
        ],
        [
            (40, "Purchase promotion", False),
            (250, "4.99%", True),
            (330, "12/31/25", True),
            (560, "$0.00", True),
        ],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == RIVER_CARD
    assert (read.opening_balance, read.closing_balance) == (previous, new)


def test_a_card_summary_box_printed_beside_the_activity_is_no_part_of_it() -> None:
    """The summary box (previous balance, payments, purchases, interest, new balance, credit limit,
    available credit) printed in a narrow column right of the activity, line for line beside its rows."""
    previous = M("-512.06")
    new = previous + sum(a for *_, a in RIVER_CARD)
    paid = sum((a for *_, a in RIVER_CARD if a > 0), M(0))
    bought = -sum((a for _, t, a in RIVER_CARD if a < 0 and "INTEREST" not in t), M(0))
    box = [
        ("**Account Summary", ""),
        ("Previous balance", f"${english(previous)}"),
        ("Payments", f"-${english(paid)}"),
        ("Purchases", f"+${english(bought)}"),
        ("Interest charged", "+$14.62"),
        ("New balance", f"${english(new)}"),
        ("Credit limit", "$5,000.00"),
        ("Available credit", f"${english(5000 + new)}"),
    ]
    lines = header(RIVER_HEAD)
    activity = [
        [(40, "**Date", False), (90, "Description", False), (330, "Amount", True)],
        *(
            [
                (40, day.strftime("%m/%d"), False),
                (90, text, False),
                (330, signed(english(amount), -amount), True),
            ]
            for day, text, amount in RIVER_CARD
        ),
    ]
    for n in range(max(len(activity), len(box))):
        line: list[Cell] = list(activity[n]) if n < len(activity) else []
        if n < len(box):
            label, figure = box[n]
            line.append((390, label, False))
            if figure:
                line.append((560, figure, True))
        lines.append(line)
    read = read_drawn_pages([lines])
    assert entries(read) == RIVER_CARD
    assert (read.opening_balance, read.closing_balance) == (previous, new)


CHECKING = [
    (D(2025, 6, 2), "PAYROLL DEPOSIT MESA LOGISTICS", "2140.00"),
    (D(2025, 6, 3), "RENT PAYMENT ONLINE", "-1150.00"),
    (D(2025, 6, 9), "ATM WITHDRAWAL 4TH AVE", "-80.00"),
    (D(2025, 6, 13), "CITY WATER UTILITIES", "-46.18"),
    (D(2025, 6, 16), "PAYROLL DEPOSIT MESA LOGISTICS", "2140.00"),
    (D(2025, 6, 21), "GROCERY OUTLET 221", "-96.44"),
    (D(2025, 6, 27), "TRANSFER FROM SAVINGS", "300.00"),
]

COLUMNS = [
    Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
    Column("Description", 110, lambda r: r.description),
    Column("Withdrawals", 400, paid_out(english), right=True),
    Column("Deposits", 480, paid_in(english), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]

MESA_HEAD = [
    "Mesa Federal Credit Union",
    "RAFAEL D SOTO",
    "48 CAMINO REAL, LAS CRUCES NM 88001",
    "Statement period 06/01/2025 to 06/30/2025",
    "Account number 7730-215548",
]


def test_a_bank_accounts_average_balance_overdraft_limit_and_counts_are_no_transactions() -> None:
    """Above the table: the beginning and ending balances, the number of deposits and of withdrawals each
    with its total, the average daily balance, the overdraft limit and the interest paid year to date."""
    rows = running(M("615.20"), CHECKING)
    into = [r.amount for r in rows if r.amount > 0]
    out = [-r.amount for r in rows if r.amount < 0]
    lines = header(MESA_HEAD)
    lines += [
        [(40, "Beginning balance", False), (300, english(balance_before(rows)), True)],
        [(40, f"{len(into)} Deposits and other credits", False), (300, english(sum(into, M(0))), True)],
        [(40, f"{len(out)} Withdrawals and other debits", False), (300, english(sum(out, M(0))), True)],
        [(40, "Ending balance", False), (300, english(rows[-1].balance), True)],
        [(40, "Average daily balance", False), (300, "2,018.77", True)],
        [(40, "Overdraft limit", False), (300, "500.00", True)],
        [(40, "Interest paid year to date", False), (300, "1.86", True)],
        [],
        headings(COLUMNS),
        *table(COLUMNS, rows),
        [],
        [(40, "Number of deposits: 3", False)],
        [(40, "Number of withdrawals: 4", False)],
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)


def test_a_daily_balance_table_printed_beside_the_transactions_is_no_part_of_them() -> None:
    """The transactions on the left half of the page and, right of them, a table of each day's ending
    balance (date, balance) that runs line for line beside the rows."""
    rows = running(M("615.20"), CHECKING)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d")),
        Column("Description", 80, lambda r: r.description),
        Column("Amount", 330, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 390, lambda r: english(r.balance), right=True),
    ]
    daily = [("**Date", "Daily balance")] + [(r.date.strftime("%m/%d"), english(r.balance)) for r in rows]
    lines = header(MESA_HEAD)
    lines += [
        [(40, "Beginning balance", False), (300, english(balance_before(rows)), True)],
        [(40, "Ending balance", False), (300, english(rows[-1].balance), True)],
        [],
    ]
    body = [headings(columns), *table(columns, rows)]
    for n, line in enumerate(body):
        day, figure = daily[n]
        lines.append([*line, (450, day, False), (560, figure, True)])
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
