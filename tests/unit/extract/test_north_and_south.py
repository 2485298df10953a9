"""Statements of North America, Oceania and the UK's smaller lenders that no other test draws: a credit
union's share accounts one after another in one table, Canadian accounts headed in two languages with the
dollar in every money heading, a chequing account dating its rows right of the money, Australian balances
marked CR or DR with page totals, and a last page of cheque images, read through the text layer."""

from __future__ import annotations

import datetime as dt

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
    spaced,
    statement,
    table,
    totals,
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
    ending-balance row, a holiday club without activity between them; dividends are a row of the savings,
    and a year-to-date dividend line and the yield earned under it are no rows."""
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
        [(40, "**ID 0002 HOLIDAY CLUB", False)],
        [(40, "02/01", False), (95, "Balance Forward", False), (560, "75.00", True)],
        [(40, "02/28", False), (95, "Ending Balance", False), (560, "75.00", True)],
        [],
        *_share("ID 0010 SHARE DRAFT", draft, D(2025, 2, 1), D(2025, 2, 28)),
    ]
    first, club, second = read_all(drawn_lines([lines]))
    as_drawn(first, savings)
    assert (club.transactions, club.opening_balance, club.closing_balance) == ([], M("75.00"), M("75.00"))
    as_drawn(second, draft)
    assert (first.account_type, second.account_type) == ("SAVINGS", "CHEQUING")
    assert first.account_number == club.account_number == second.account_number == "0048213"
    assert (
        first.institution == club.institution == second.institution == "Cascade Valley Federal Credit Union"
    )


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
        [
            (c.x, ("**" if n == 0 else "") + text, c.right)
            for n, (c, text) in enumerate(zip(columns, over, strict=True))
        ],
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
    out1, in1 = totals(first)
    out_all, in_all = totals(rows)
    page1 = [
        *lines,
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


def test_a_member_statement_titling_and_summing_up_each_share_account_above_a_table_of_its_own() -> None:
    """The same member's share accounts, each under a title naming it and its share number, with its
    beginning balance, deposits and withdrawals on one line and its ending balance under it, then its own
    table of withdrawals, deposits and running balance: each account its own statement."""
    savings = running(M("2310.40"), SHARE_SAVINGS)
    draft = running(M("212.77"), SHARE_DRAFT)
    columns = [
        Column("Date", 40, _us),
        Column("Description", 100, lambda r: r.description),
        Column("Withdrawals", 400, paid_out(english), right=True),
        Column("Deposits", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Bitterroot Teachers Credit Union",
            "DANIEL K OYELARAN",
            "45 WILLOW BEND, MISSOULA MT 59801",
            "Member Number 771904",
            "Statement Period 02/01/2025 - 02/28/2025",
        ]
    )
    for title, rows in (
        ("REGULAR SHARE SAVINGS  Share 00", savings),
        ("SHARE DRAFT CHECKING  Share 10", draft),
    ):
        out, into = totals(rows)
        lines += [
            [(40, f"##{title}", False)],
            [
                (40, "Beginning Balance", False),
                (170, english(balance_before(rows)), True),
                (200, "Deposits", False),
                (320, english(into), True),
                (340, "Withdrawals", False),
                (460, english(out), True),
            ],
            [(40, "Ending Balance", False), (170, english(rows[-1].balance), True)],
            [],
            headings(columns),
            *table(columns, rows),
            [],
        ]
    first, second = read_all(drawn_lines([lines]))
    as_drawn(first, savings)
    as_drawn(second, draft)
    assert (first.account_type, second.account_type) == ("SAVINGS", "CHEQUING")
    assert first.institution == second.institution == "Bitterroot Teachers Credit Union"
    assert first.holder_name == second.holder_name == "DANIEL K OYELARAN"


CANADIAN_ROWS = [
    (D(2025, 4, 2), "Mobile cheque deposit", "500.00"),
    (D(2025, 4, 8), "Debit card purchase DEPANNEUR ST-ROCH", "-23.45"),
    (D(2025, 4, 15), "Payroll deposit NORTHWIND", "1200.00"),
    (D(2025, 4, 22), "Insurance premium", "-88.10"),
]


@pytest.mark.parametrize(
    "headed",
    [
        "Date | Transactions | Amounts / withdrawn ($) | Amounts / deposited ($) | Balance ($)",
        "Date | Description | Amounts deducted from / your account ($)"
        " | Amounts added to / your account ($) | Balance ($)",
        "Date | Description | Cheques & Debits ($) | Deposits & Credits ($) | Balance ($)",
    ],
)
def test_a_canadian_account_naming_its_money_columns_in_words_wrapped_over_two_lines(headed: str) -> None:
    """Canadian chequing accounts head their money columns with a phrase ("Amounts withdrawn ($)",
    "Amounts added to your account ($)") too long for the column, wrapped over two lines, or with an
    ampersand ("Cheques & Debits ($)"); `headed` gives the headings, " / " where a heading wraps."""
    rows = running(M("310.00"), CANADIAN_ROWS)
    day, text, out, into, balance = headed.split(" | ")
    columns = [
        Column(day, 40, lambda r: r.date.strftime("%b %d")),
        Column(text, 100, lambda r: r.description),
        Column(out, 400, paid_out(english), right=True),
        Column(into, 480, paid_in(english), right=True),
        Column(balance, 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Maple Ridge Bank",
            "PRIYA SANDHU",
            "12 KING ST W, TORONTO ON M5H 1A1",
            "Account number 1234-5678901",
            "Statement period April 1, 2025 to April 30, 2025",
        ]
    )
    wrapped = [(c.x, c.heading.split(" / ")[0], c.right) for c in columns if " / " in c.heading]
    if wrapped:
        lines.append(wrapped)
    lines += [
        [
            (c.x, ("**" if n == 0 else "") + c.heading.split(" / ")[-1], c.right)
            for n, c in enumerate(columns)
        ],
        *table(columns, rows),
    ]
    read = read_one(drawn_lines([lines]))
    as_drawn(read, rows)
    assert read.currency == "CAD"


US_SECTIONED = [
    (D(2024, 12, 20), "ACH DEPOSIT HOLLIS FREIGHT PAYROLL", "1500.00"),
    (D(2025, 1, 3), "MOBILE DEPOSIT", "220.00"),
    (D(2024, 12, 18), "DEBIT CARD PURCHASE FUEL", "-45.10"),
    (D(2025, 1, 8), "ONLINE PAYMENT CITY ELECTRIC", "-130.00"),
]


def test_sections_of_credits_and_debits_across_new_year_each_with_its_subtotal() -> None:
    """A US checking statement from mid-December to mid-January: deposits and other credits, then
    withdrawals and other debits, each section dated by month and day and closed by its total; the rows
    of each section take the year of their month."""
    opening = M("800.00")
    closing = opening + sum(M(a) for *_, a in US_SECTIONED)
    credits, debits = US_SECTIONED[:2], US_SECTIONED[2:]
    lines = header(
        [
            "Prairie Plains Bank",
            "MICHAEL J OKAFOR",
            "918 ELM ST, DES MOINES IA 50309",
            "Statement period 12/12/2024 through 01/10/2025",
            "Account number 7730112958",
        ]
    )

    def section(title: str, rows: list[tuple[dt.date, str, str]], sign: int) -> Lines:
        total = sum(M(a) for *_, a in rows) * sign
        return [
            [(40, f"**{title}", False)],
            [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
            *[
                [(40, d.strftime("%m/%d"), False), (110, t, False), (560, english(M(a)), True)]
                for d, t, a in rows
            ],
            [(110, f"Total {title.lower()}", False), (560, english(total), True)],
            [],
        ]

    lines += [
        [(40, "Beginning balance", False), (300, f"${english(opening)}", True)],
        [(40, "Ending balance", False), (300, f"${english(closing)}", True)],
        [],
        *section("Deposits and other credits", credits, 1),
        *section("Withdrawals and other debits", debits, -1),
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted((d, t, M(a)) for d, t, a in US_SECTIONED)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


SOCIETY_ROWS = [
    (D(2025, 5, 2), "CARD PURCHASE HIGHLAND GROCERS", "-31.20"),
    (D(2025, 5, 2), "TOTAL ENERGIES FUEL 4411", "-58.00"),
    (D(2025, 5, 9), "FASTER PAYMENT FROM A SMITH", "200.00"),
    (D(2025, 5, 9), "TOTAL FITNESS MEMBERSHIP", "-29.99"),
]


def test_a_last_row_whose_merchant_opens_like_a_total_under_its_days_date_printed_once() -> None:
    """A UK building society dates only the first row of each day; a merchant's name opens with "TOTAL"
    on the last row of the statement, where no row after it can show the balance chain broken: its
    running balance follows on from the row above by its amount, so it is a transaction."""
    rows = running(M("640.00"), SOCIETY_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %y")),
        Column("Description", 100, lambda r: r.description),
        Column("Money out", 400, paid_out(english), right=True),
        Column("Money in", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Thistle Building Society",
            "MR ANGUS REID",
            "4 LOCH VIEW, PERTH PH1 5AB",
            "Account number 55012345",
            "Statement period 1 May 2025 to 31 May 2025",
        ]
    )
    body = table(columns, rows)
    undated = [line if n % 2 == 0 else line[1:] for n, line in enumerate(body)]
    lines += [
        headings(columns),
        [(100, "Balance brought forward", False), (560, english(balance_before(rows)), True)],
        *undated,
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


NZ_ROWS = [
    (D(2025, 3, 3), "Direct Credit", "2450.00"),
    (D(2025, 3, 5), "Automatic Payment", "-600.00"),
    (D(2025, 3, 12), "Eftpos Purchase", "-84.50"),
]
NZ_FIELDS = {
    "Direct Credit": ("KIWI WORKS", "SALARY", "MARCH"),
    "Automatic Payment": ("HARBOUR LETS", "RENT", "FLAT 2"),
    "Eftpos Purchase": ("FRESHMART", "4829", ""),
}


def test_a_new_zealand_account_with_particulars_code_and_reference_columns() -> None:
    """A New Zealand account prints the payer's particulars, code and reference in columns of their own
    between the kind of transaction and the money, between opening and closing balance rows: they are
    the description's, and no amount."""
    rows = running(M("1530.00"), NZ_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Transaction", 85, lambda r: r.description),
        Column("Particulars", 180, lambda r: NZ_FIELDS[r.description][0]),
        Column("Code", 260, lambda r: NZ_FIELDS[r.description][1]),
        Column("Reference", 315, lambda r: NZ_FIELDS[r.description][2]),
        Column("Withdrawals", 440, paid_out(english), right=True),
        Column("Deposits", 500, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Southern Cross Bank",
            "MS ARIA TE WHATA",
            "17 PONSONBY RD, AUCKLAND 1011",
            "Account number 12-3456-0123456-00",
            "Statement period 1 March 2025 to 31 March 2025",
        ]
    )
    lines += [
        headings(columns),
        [(40, "01 Mar", False), (85, "Opening Balance", False), (560, english(balance_before(rows)), True)],
        *table(columns, rows),
        [(40, "31 Mar", False), (85, "Closing Balance", False), (560, english(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [
        (r.date, " ".join(filter(None, (r.description, *NZ_FIELDS[r.description]))), r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


CARD_ROWS = [
    (D(2024, 11, 2), "Woolstore Newtown NS AUS", "-64.90"),
    (D(2024, 11, 5), "Direct Credit 012345 KOALA PTY SALARY", "2140.00"),
    (D(2024, 11, 8), "Transfer To Rent Account", "-900.00"),
]


def test_an_australian_card_row_labelling_its_value_date_on_a_line_under_its_description() -> None:
    """An Australian account prints under a card purchase the card's last digits and "Value Date:" with
    the day the purchase was made, before the day it was booked: that date is the row's value date and
    no part of its description; balances carry a dollar sign and CR."""
    rows = running(M("912.35"), CARD_ROWS)
    made = D(2024, 10, 31)

    def details(row: Drawn) -> str:
        if "AUS" not in row.description:
            return row.description
        return f"{row.description}\nCard xx4821\nValue Date: {made:%d/%m/%Y}"

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Transaction", 95, details),
        Column("Debit", 390, paid_out(english), right=True),
        Column("Credit", 470, paid_in(english), right=True),
        Column("Balance", 560, lambda r: f"${english(r.balance)} CR", right=True),
    ]
    head = [
        "Gum Tree Bank",
        "MR LIAM CHEN",
        "9 OCEAN ST, BONDI NSW 2026",
        "Account Number 06 2000 1234 5678",
        "Statement Period 1 Nov 2024 - 30 Nov 2024",
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [
        (r.date, r.description + (" Card xx4821" if "AUS" in r.description else ""), r.amount) for r in rows
    ]
    assert [t.value_date for t in read.transactions] == [made, None, None]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


@pytest.mark.parametrize("headed", ["£Out | £In | £Balance", "Out £ | In £ | Balance £"])
def test_a_building_society_setting_the_pound_sign_before_or_after_each_money_heading(headed: str) -> None:
    """A UK building society heads its money columns with the pound sign joined before the word
    ("£Out") or after it: either names the account's currency."""
    rows = running(M("640.00"), [*SOCIETY_ROWS[:3], (D(2025, 5, 12), "DIRECT DEBIT COUNCIL TAX", "-142.00")])
    out, into, balance = headed.split(" | ")
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 110, lambda r: r.description),
        Column(out, 400, paid_out(english), right=True),
        Column(into, 480, paid_in(english), right=True),
        Column(balance, 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Heather Building Society",
        "MRS ISLA GRANT",
        "22 BURN ROAD, INVERNESS IV2 3AB",
        "Account number 0412 7789",
        "Statement period 1 May 2025 to 31 May 2025",
    ]
    read = read_one(statement(head, columns, rows))
    as_drawn(read, rows)
    assert read.currency == "GBP"


def test_checks_marked_where_their_numbers_break_sequence_are_each_a_transaction() -> None:
    """A US checking statement lists checks by number, date and amount, a star after a number where the
    sequence breaks and a note under the list saying so: every check is money out, the note no row."""
    checks = [
        ("1043", D(2025, 3, 11), "125.00"),
        ("1045*", D(2025, 3, 17), "48.19"),
        ("1046", D(2025, 3, 20), "60.00"),
    ]
    opening = M("1288.04")
    closing = opening + M("900.00") - sum(M(a) for *_, a in checks)
    lines = header(
        [
            "First Granary Bank",
            "TOMAS R ESQUIVEL",
            "411 MAIN ST, SALINA KS 67401",
            "Account Number 20031877",
            "Statement Period 03/01/2025 through 03/31/2025",
        ]
    )
    lines += [
        [(40, "Beginning Balance", False), (300, english(opening), True)],
        [(40, "Ending Balance", False), (300, english(closing), True)],
        [],
        [(40, "**Deposits", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
        [(40, "03/04", False), (110, "DEPOSIT", False), (560, "900.00", True)],
        [],
        [(40, "**Checks", False)],
        [(40, "**Number", False), (110, "Date", False), (560, "Amount", True)],
        *[[(40, n, False), (110, d.strftime("%m/%d"), False), (560, a, True)] for n, d, a in checks],
        [(40, "* Indicates a break in check number sequence", False)],
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted((t.date, t.amount) for t in read.transactions) == sorted(
        [(D(2025, 3, 4), M("900.00")), *((d, -M(a)) for _, d, a in checks)]
    )
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


def test_a_quebec_caisse_statement_of_two_accounts_each_between_its_balance_rows_over_two_pages() -> None:
    """A Quebec caisse's statement in French: the operations account runs over the page under its title
    repeated with "(suite)", then closes on its closing-balance row; the savings account follows under
    its own title with a balance-forward row of another figure: two statements, each with its rows."""
    operations = running(M("212.77"), SHARE_DRAFT)
    savings = running(M("2310.40"), SHARE_SAVINGS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Description", 90, lambda r: r.description),
        Column("Retrait", 400, lambda r: spaced(r.amount) if r.amount < 0 else "", right=True),
        Column("Dépôt", 480, lambda r: spaced(r.amount) if r.amount > 0 else "", right=True),
        Column("Solde", 560, lambda r: spaced(r.balance), right=True),
    ]

    def forward(rows: list[Drawn]) -> list[Cell]:
        return [(90, "Solde reporté", False), (560, spaced(balance_before(rows)), True)]

    def closed(rows: list[Drawn]) -> list[Cell]:
        return [(90, "Solde de fermeture", False), (560, spaced(rows[-1].balance), True)]

    first = header(
        [
            "Caisse populaire du Fleuve",
            "GENEVIEVE LAPOINTE",
            "310 RUE DES ERABLES, RIMOUSKI QC G5L 2B4",
            "Relevé de compte du 1er février 2025 au 28 février 2025",
        ]
    )
    first += [
        [(40, "##Compte avec opérations", False)],
        headings(columns),
        forward(operations),
        *table(columns, operations[:3]),
    ]
    second = [
        [(40, "##Compte avec opérations (suite)", False)],
        headings(columns),
        *table(columns, operations[3:]),
        closed(operations),
        [],
        [(40, "##Épargne à rendement", False)],
        headings(columns),
        forward(savings),
        *table(columns, savings),
        closed(savings),
    ]
    one, two = read_all(drawn_lines([first, second]))
    as_drawn(one, operations)
    as_drawn(two, savings)
    assert (one.account_type, two.account_type) == (None, "SAVINGS")
    assert one.holder_name == two.holder_name == "GENEVIEVE LAPOINTE"
    assert one.institution == two.institution == "Caisse populaire du Fleuve"


COMBINED_CHECKING = [
    (D(2025, 3, 3), "PURCHASE AUTHORIZED ON 03/01 FRESH MART", "-54.20"),
    (D(2025, 3, 7), "ORBITAL LABS PAYROLL", "2310.00"),
    (D(2025, 3, 12), "ONLINE TRANSFER TO SAVINGS", "-400.00"),
]
COMBINED_SAVINGS = [
    (D(2025, 3, 12), "ONLINE TRANSFER FROM CHECKING", "400.00"),
    (D(2025, 3, 31), "INTEREST PAYMENT", "0.17"),
]


@pytest.mark.parametrize("balances", [True, False])
def test_a_combined_statement_whose_accounts_are_titled_by_name_and_number_without_a_label(
    balances: bool,
) -> None:
    """A US bank's combined statement: each account titled by its product name and number (no label
    before the number), its beginning and ending balances dated on the lines under the title, then its
    transaction history with deposits before withdrawals, with or without the ending daily balance of
    each row (`balances`): each account its own statement, the savings after the checking."""
    checking = running(M("1480.35"), COMBINED_CHECKING)
    savings = running(M("6200.00"), COMBINED_SAVINGS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d")),
        Column("Description", 90, lambda r: r.description),
        Column("Deposits/Additions", 330, paid_in(english), right=True),
        Column("Withdrawals/Subtractions", 468, paid_out(english), right=True),
        Column("Ending daily balance", 560, lambda r: english(r.balance) if balances else "", right=True),
    ]
    lines = header(
        [
            "Granite Peak Bank",
            "ROBERT A LINDQVIST",
            "77 ALDER WAY, PORTLAND OR 97205",
            "Statement period March 1, 2025 - March 31, 2025",
        ]
    )
    for title, rows in (("Everyday Checking 4410228190", checking), ("Way2Grow Savings 4410775302", savings)):
        lines += [
            [(40, f"##{title}", False)],
            [(40, "Beginning balance on 3/1", False), (300, f"${english(balance_before(rows))}", True)],
            [(40, "Ending balance on 3/31", False), (300, f"${english(rows[-1].balance)}", True)],
            [],
            [(40, "**Transaction history", False)],
            headings(columns),
            *table(columns, rows),
            [],
        ]
    first, second = read_all(drawn_lines([lines]))
    as_drawn(first, checking)
    as_drawn(second, savings)
    assert (first.account_type, second.account_type) == ("CHEQUING", "SAVINGS")
    assert first.institution == second.institution == "Granite Peak Bank"


def test_interest_and_average_balance_lines_under_a_savings_table_are_no_rows() -> None:
    """A US savings account sums the period up under its table, each figure in the amount column where
    no running balance is printed: interest paid this period and year to date, the yield earned, the
    average daily balance, the days in the period. Every row above prints its balance; these lines are
    no transactions, whatever words they are in."""
    rows = running(M("6200.00"), COMBINED_SAVINGS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d")),
        Column("Description", 90, lambda r: r.description),
        Column("Amount", 470, lambda r: english(r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = header(
        [
            "Granite Peak Bank",
            "ROBERT A LINDQVIST",
            "77 ALDER WAY, PORTLAND OR 97205",
            "Account number 4410775302",
            "Statement period March 1, 2025 - March 31, 2025",
        ]
    )
    summed = [
        ("Interest paid this period", "0.17"),
        ("Interest paid year-to-date", "1.52"),
        ("Annual percentage yield earned", "0.10%"),
        ("Average daily balance", "6,380.11"),
        ("Days in statement period", "31"),
    ]
    lines += [
        headings(columns),
        [(90, "Beginning Balance", False), (560, english(balance_before(rows)), True)],
        *table(columns, rows),
        *[[(90, text, False), (470, figure, True)] for text, figure in summed],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)
