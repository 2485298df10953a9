"""Statements of North America, Oceania and the UK's smaller lenders that no other test draws: a credit
union's share accounts one after another in one table, Canadian accounts headed in two languages with the
dollar in every money heading, a chequing account dating its rows right of the money, Australian balances
marked CR or DR with page totals, and a last page of cheque images, read through the text layer."""

from __future__ import annotations

import datetime as dt

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    as_drawn,
    balance_before,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_all,
    read_one,
    running,
    table,
)


def _us(row: Drawn) -> str:
    return row.date.strftime("%m/%d")


# ---- a credit union's share accounts ---------------------------------------------------------------

SHARE_SAVINGS = [
    (D(2025, 2, 10), "OVERDRAFT PROTECTION TRANSFER TO SHARE DRAFT", "-150.00"),
    (D(2025, 2, 28), "DIVIDEND EARNED", "1.84"),
]
SHARE_DRAFT = [
    (D(2025, 2, 3), "POS DEBIT GREENLEAF GROCERY", "-86.12"),
    (D(2025, 2, 7), "ACH CREDIT TIMBERLINE MILLS PAYROLL", "1420.55"),
    (D(2025, 2, 9), "SHARE DRAFT 1184", "-1500.00"),
    (D(2025, 2, 10), "OVERDRAFT PROTECTION TRANSFER FROM SHARE SAVINGS", "150.00"),
    (D(2025, 2, 21), "ATM WITHDRAWAL 5TH AND PINE", "-60.00"),
]

CU_COLUMNS = [
    Column("Date", 40, _us),
    Column("Transaction Description", 95, lambda r: r.description),
    Column("Amount", 470, lambda r: ("-" if r.amount < 0 else "") + english(r.amount), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]


def _share(title: str, rows: list[Drawn], first: dt.date, last: dt.date) -> Lines:
    """One share account of the member: its title, a balance-forward row, its rows, its ending balance."""
    return [
        [(40, f"**{title}", False)],
        [
            (40, first.strftime("%m/%d"), False),
            (95, "Balance Forward", False),
            (560, english(balance_before(rows)), True),
        ],
        *table(CU_COLUMNS, rows),
        [
            (40, last.strftime("%m/%d"), False),
            (95, "Ending Balance", False),
            (560, english(rows[-1].balance), True),
        ],
        [],
    ]


def test_a_credit_unions_share_accounts_each_between_its_balance_forward_and_ending_balance() -> None:
    """A US credit union lists the member's share savings and share draft (checking) one after the other
    under one set of headings, each opened by its suffix and name, a balance-forward row and closed by an
    ending-balance row; dividends are a row of the savings, and a year-to-date dividend line and the yield
    earned under each account are no rows."""
    savings = running(M("2310.40"), SHARE_SAVINGS)
    draft = running(M("212.77"), SHARE_DRAFT)
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
        headings(CU_COLUMNS),
        *_share("ID 0001 SHARE SAVINGS", savings, D(2025, 2, 1), D(2025, 2, 28)),
        [(95, "Dividends Paid Year To Date", False), (560, "3.61", True)],
        [(95, "Annual Percentage Yield Earned 0.95%", False)],
        [],
        *_share("ID 0010 SHARE DRAFT", draft, D(2025, 2, 1), D(2025, 2, 28)),
    ]
    first, second = read_all(drawn_lines([lines]))
    as_drawn(first, savings)
    as_drawn(second, draft)
    assert (first.account_type, second.account_type) == ("SAVINGS", "CHEQUING")
    assert first.account_number == second.account_number == "0048213"


# ---- Canada -------------------------------------------------------------------------------------------

CA_ROWS = [
    (D(2024, 12, 18), "Interac e-Transfer from J. TREMBLAY", "250.00"),
    (D(2024, 12, 23), "Online bill payment HYDRO-QUEBEC", "-131.48"),
    (D(2024, 12, 30), "Monthly plan fee", "-16.95"),
    (D(2025, 1, 3), "Payroll deposit NORDVENT INC", "1875.20"),
    (D(2025, 1, 9), "Point of sale purchase METRO PLUS", "-94.37"),
]


def test_a_canadian_account_headed_in_two_languages_with_the_dollar_in_each_money_heading() -> None:
    """A Canadian chequing account across New Year: French headings over English ones, each money heading
    closing on "($)", an opening-balance row first and a closing-balance row last, both with the balance
    only, rows dated by month abbreviation and day without a year."""
    rows = running(M("1042.18"), CA_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%b %d")),
        Column("Description", 100, lambda r: r.description),
        Column("Withdrawals ($)", 400, paid_out(english), right=True),
        Column("Deposits ($)", 480, paid_in(english), right=True),
        Column("Balance ($)", 560, lambda r: english(r.balance), right=True),
    ]
    over = ["Date", "Description", "Retraits ($)", "Dépôts ($)", "Solde ($)"]
    lines = header(
        [
            "Banque Boreale du Canada",
            "MARC-ANDRE GAGNON",
            "48 RUE SAINT-JEAN, QUEBEC QC G1R 1N8",
            "Account number / Numero de compte 04821-9930187",
            "From December 16, 2024 to January 15, 2025",
        ]
    )
    lines += [
        [(c.x, ("**" if n == 0 else "") + text, c.right) for n, (c, text) in enumerate(zip(columns, over))],
        headings(columns),
        [(40, "Dec 16", False), (100, "Opening balance", False), (560, english(balance_before(rows)), True)],
        *table(columns, rows),
        [(40, "Jan 15", False), (100, "Closing balance", False), (560, english(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    as_drawn(read, rows)
    assert read.currency == "CAD"


TD_ROWS = [
    (D(2023, 12, 29), "E-TRANSFER CA1HXK92", "-400.00"),
    (D(2023, 12, 29), "INS PREMIUM NORTHSTAR", "-88.40"),
    (D(2024, 1, 2), "DEPOSIT", "3150.00"),
    (D(2024, 1, 4), "SEND E-TFR CA7PLQ21", "-75.00"),
    (D(2024, 1, 30), "MONTHLY ACCOUNT FEE", "-19.00"),
]


def test_a_chequing_account_dating_its_rows_right_of_the_money_by_month_joined_to_day() -> None:
    """A Canadian business chequing account: description, cheque/debit and deposit/credit columns, then the
    date printed as the month's abbreviation joined to the day ("DEC29"), then the balance; a balance-
    forward row opens it, its period runs from one year into the next."""
    rows = running(M("32356.57"), TD_ROWS)
    columns = [
        Column("DESCRIPTION", 40, lambda r: r.description),
        Column("CHEQUE/DEBIT", 330, paid_out(english), right=True),
        Column("DEPOSIT/CREDIT", 420, paid_in(english), right=True),
        Column("DATE", 440, lambda r: r.date.strftime("%b%d").upper()),
        Column("BALANCE", 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Laurentian Trust",
            "2175754 ALBERTA LTD",
            "27 CLEARVIEW WAY UNIT 110 RED DEER AB T4P 0M9",
            "Account No. 7898-5267240",
            "Statement Period DEC 29/23 - JAN 31/24",
        ]
    )
    lines += [
        headings(columns),
        [(40, "BALANCE FORWARD", False), (440, "DEC29", False), (560, english(balance_before(rows)), True)],
        *table(columns, rows),
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


# ---- Australia ----------------------------------------------------------------------------------------

AU_ROWS = [
    (D(2024, 11, 2), "EFTPOS WOOLSTORE NEWTOWN", "-64.90"),
    (D(2024, 11, 5), "DIRECT CREDIT SALARY KOALA PTY", "2140.00"),
    (D(2024, 11, 6), "BPAY RENT PAYMENT", "-2600.00"),
    (D(2024, 11, 12), "ATM WITHDRAWAL SURRY HILLS", "-100.00"),
    (D(2024, 11, 19), "TRANSFER FROM SAVER", "700.00"),
    (D(2024, 11, 26), "ACCOUNT FEE", "-5.00"),
]


def _cr_dr(value: M) -> str:
    return f"{english(value)} {'CR' if value >= 0 else 'DR'}"


def test_an_australian_account_marking_balances_cr_or_dr_with_totals_at_the_foot_of_each_page() -> None:
    """An Australian everyday account over two pages: "Transaction Details", balances marked CR or DR as
    it goes overdrawn and back, an opening-balance row, a line of the page's totals of withdrawals and
    deposits at the foot of the first page and the period's totals over the closing-balance row."""
    rows = running(M("412.35"), AU_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Transaction Details", 95, lambda r: r.description),
        Column("Withdrawals ($)", 390, paid_out(english), right=True),
        Column("Deposits ($)", 470, paid_in(english), right=True),
        Column("Balance ($)", 560, lambda r: _cr_dr(r.balance), right=True),
    ]
    lines = header(
        [
            "Wattle Mutual Bank",
            "MS CHLOE A PARRISH",
            "5/112 KING ST, NEWTOWN NSW 2042",
            "BSB 633-000  Account Number 1489 2207",
            "Statement Period 1 Nov 2024 to 30 Nov 2024",
        ]
    )
    first, second = rows[:3], rows[3:]
    out1, in1 = (
        sum((-r.amount for r in first if r.amount < 0), M(0)),
        sum((r.amount for r in first if r.amount > 0), M(0)),
    )
    out_all = sum((-r.amount for r in rows if r.amount < 0), M(0))
    in_all = sum((r.amount for r in rows if r.amount > 0), M(0))
    page1 = lines + [
        headings(columns),
        [(40, "01 Nov", False), (95, "OPENING BALANCE", False), (560, _cr_dr(balance_before(rows)), True)],
        *table(columns, first),
        [(95, "Totals at end of page", False), (390, english(out1), True), (470, english(in1), True)],
        [(95, "Transactions continued on next page", False)],
    ]
    page2 = [
        [(40, "Wattle Mutual Bank  Statement continued", False)],
        [],
        headings(columns),
        *table(columns, second),
        [(95, "Totals at end of period", False), (390, english(out_all), True), (470, english(in_all), True)],
        [(40, "30 Nov", False), (95, "CLOSING BALANCE", False), (560, _cr_dr(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([page1, page2]))
    as_drawn(read, rows)
    assert read.currency == "AUD"


# ---- cheque images -------------------------------------------------------------------------------------

US_ROWS = [
    (D(2025, 3, 4), "DEPOSIT", "900.00"),
    (D(2025, 3, 11), "CHECK 1043", "-125.00"),
    (D(2025, 3, 17), "CHECK 1044", "-48.19"),
    (D(2025, 3, 25), "ACH DEBIT PRAIRIE GAS CO", "-77.30"),
]


def test_a_last_page_of_check_images_captioned_by_number_date_and_amount_gives_no_rows() -> None:
    """A community bank's checking statement whose last page shows the paid checks as images, two to a
    line, each captioned with its number, the date paid and the amount: the checks are already rows."""
    rows = running(M("1288.04"), US_ROWS)
    columns = [
        Column("Date", 40, _us),
        Column("Description", 100, lambda r: r.description),
        Column("Debits", 400, paid_out(english), right=True),
        Column("Credits", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    page1 = header(
        [
            "First Granary Bank",
            "TOMAS R ESQUIVEL",
            "411 MAIN ST, SALINA KS 67401",
            "Account Number 20031877",
            "Statement Period 03/01/2025 through 03/31/2025",
        ]
    )
    page1 += [
        [(40, "Beginning Balance", False), (300, english(balance_before(rows)), True)],
        [(40, "Ending Balance", False), (300, english(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    page2: Lines = [[(40, "##Check Images", False)], []]
    for number, day, amount in (("1043", "03/11/2025", "125.00"), ("1044", "03/17/2025", "48.19")):
        page2 += [
            [(40, f"Check {number}", False), (200, f"Date {day}", False), (300, f"Amount ${amount}", False)]
        ]
        page2 += [[(40, "[check image]", False)], [], [], []]
    as_drawn(read_one(drawn_lines([page1, page2])), rows)
