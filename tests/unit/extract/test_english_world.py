"""English-language statements of countries the other drawn kinds leave out (India, South Africa, Malaysia,
the Philippines, Ireland, the Gulf, East and West Africa), each in its own words and figures, read through
the text layer."""

from __future__ import annotations

import datetime as dt

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    M,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    indian,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    statement,
    table,
)

DAY = dt.timedelta(days=1)


def _day_month_year(row: Drawn) -> str:
    return f"{row.date.day} {row.date:%b %Y}"


SPACED_ROWS = [
    (D(2025, 7, 1), "BY TRANSFER-NEFT*KKBK0000958*N18225*SUNRISE TRADERS", "48500.00"),
    (D(2025, 7, 4), "TO TRANSFER-UPI/DR/518412/MEENA S/SBIN/meena@okicici", "-2350.00"),
    (D(2025, 7, 9), "ATM WDL-ATM CASH 4821 MG ROAD PUNE", "-10000.00"),
    (D(2025, 7, 21), "DEBIT-ACHDr NACH00000000041 LIC OF INDIA", "-6812.40"),
]


def test_an_indian_account_with_transaction_and_value_dates_with_the_month_in_words_and_a_reference() -> None:
    """Indian state-bank kind: "Txn Date | Value Date | Description | Ref No./Cheque No. | Debit | Credit |
    Balance", both dates `4 Jul 2025` (a day without its leading zero, spaces inside), the reference column
    between the description and the money, figures in lakh grouping."""
    rows = running(M("131240.55"), SPACED_ROWS)
    head = [
        "Malabar State Bank",
        "Account Name : Mrs. KAVITHA NAIR",
        "Address : 14 Lake Road, Kochi 682011",
        "Account Number : 00000032718845123",
        "Statement from 1 Jul 2025 to 31 Jul 2025",
        "Currency : INR",
    ]
    columns = [
        Column("Txn Date", 30, _day_month_year),
        Column("Value Date", 92, lambda r: _day_month_year(Drawn(r.date + DAY, "", r.amount, r.balance))),
        Column("Description", 155, lambda r: r.description[:34]),
        Column("Ref No./Cheque No.", 330, lambda r: "TRF" + r.date.strftime("%d%m") + "77"),
        Column("Debit", 465, paid_out(indian), right=True),
        Column("Credit", 515, paid_in(indian), right=True),
        Column("Balance", 575, lambda r: indian(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("131240.55"), rows[-1].balance)
    assert read.currency == "INR"


def test_an_indian_account_numbering_its_rows_with_dr_or_cr_and_cheque_and_branch_after_the_balance() -> None:
    """Indian private-bank kind: "S.No | Transaction Date | Value Date | Particulars | Amount | Debit/Credit |
    Balance | Cheque Number | Branch Name": a serial number opens each row, the side is a word of its own,
    and two columns printed right of the balance belong to no figure."""
    rows = running(M("56020.00"), SPACED_ROWS)
    head = [
        "Western Ghats Bank Ltd",
        "Customer Name : RAHUL DESHPANDE",
        "Scheme : SAVINGS ACCOUNT   Currency : INR",
        "Account No : 918010045522761",
        "Statement of account for the period 01/07/2025 to 31/07/2025",
    ]
    numbers = {r.date: str(n) for n, r in enumerate(rows, start=1)}  # the serial number of each row
    columns = [
        Column("S.No", 22, lambda r: numbers[r.date]),
        Column("Txn Date", 42, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Value Date", 92, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Particulars", 142, lambda r: r.description[:30]),
        Column("Amount", 355, lambda r: indian(r.amount), right=True),
        Column("Debit/Credit", 362, lambda r: "DR" if r.amount < 0 else "CR"),
        Column("Balance", 470, lambda r: indian(r.balance), right=True),
        Column("Chq No", 478, lambda r: "004512" if r.amount < -5000 else ""),
        Column("Branch", 520, lambda r: "PUNE CAMP"),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("56020.00"), rows[-1].balance)
    # "Debit/Credit" heads one column of side words, not a column of debits and one of credits.
    assert read.tables == (("DATE", "VALUE_DATE", "DESC", "AMOUNT", "OTHER", "BALANCE", "OTHER", "OTHER"),)
    assert not any("PUNE" in t.description or "004512" in t.description for t in read.transactions)


ZA_ROWS = [
    (D(2025, 3, 3), "POS Purchase Corner Spaza Rondebosch 412345*9901", "-412.35"),
    (D(2025, 3, 7), "Magtape Credit Salary Karoo Logistics", "18950.00"),
    (D(2025, 3, 11), "Internet Pmt To City Of Tshwane Rates", "-1873.10"),
    (D(2025, 3, 25), "App Prepaid Airtime 0821234567", "-99.00"),
]


def cr_when_in(value: M) -> str:
    """A figure bare when money went out (or the account is overdrawn), with `Cr` after it otherwise."""
    return english(value) + ("Cr" if value > 0 else "")


def test_a_south_african_account_marking_credits_cr_and_debits_bare_beside_accrued_bank_charges() -> None:
    """South African cheque-account kind: "Date | Description | Amount | Balance | Accrued Bank Charges",
    rows dated `03 Mar` with the year in the period, a credit and a balance in credit marked "Cr", a debit
    printed bare, and a small charge accrued on some rows in a column right of the balance that moves no
    balance."""
    rows = running(M("2210.40"), ZA_ROWS)
    head = [
        "Highveld National Bank",
        "MR T MOKOENA",
        "PO BOX 1123, PRETORIA, 0001",
        "Statement Period : 01 March 2025 to 31 March 2025",
        "Cheque Account : 62845510293",
    ]
    columns = [
        Column("Date", 35, lambda r: r.date.strftime("%d %b")),
        Column("Description", 80, lambda r: r.description),
        Column("Amount", 390, lambda r: cr_when_in(r.amount), right=True),
        Column("Balance", 470, lambda r: cr_when_in(r.balance), right=True),
        Column("Accrued Bank Charges", 485, lambda r: "3.50" if r.amount < -1000 else ""),
    ]
    read = read_drawn(head, columns, rows)
    # The charges column is read as no figure of the row's, and its figures stay out of the description.
    assert read.tables == (("DATE", "DESC", "AMOUNT", "BALANCE", "OTHER"),)


def test_a_south_african_account_overdrawn_prints_its_balances_bare() -> None:
    """The same kind overdrawn: a balance without "Cr" is owed, and the chain proves it."""
    rows = running(M("-5400.00"), ZA_ROWS)
    columns = [
        Column("Date", 35, lambda r: r.date.strftime("%d %b")),
        Column("Description", 80, lambda r: r.description),
        Column("Amount", 390, lambda r: cr_when_in(r.amount), right=True),
        Column("Balance", 470, lambda r: cr_when_in(r.balance), right=True),
    ]
    head = [
        "Highveld National Bank",
        "MR T MOKOENA",
        "Statement Period : 01 March 2025 to 31 March 2025",
        "Cheque Account : 62845510293",
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def test_a_malaysian_account_with_a_trailing_plus_or_minus_and_beginning_and_ending_balance_lines() -> None:
    """Malaysian kind: "ENTRY DATE | VALUE DATE | TRANSACTION DESCRIPTION | TRANSACTION AMOUNT | STATEMENT
    BALANCE", dates `dd/mm/yy`, each amount followed by "+" or "-", a BEGINNING BALANCE row first and an
    ENDING BALANCE line after the rows."""
    rows = running(
        M("3120.45"),
        [
            (D(2025, 4, 2), "FPX PAYMENT TNB ELECTRICITY", "-146.20"),
            (D(2025, 4, 5), "TRANSFER FR A/C SITI AMINAH", "500.00"),
            (D(2025, 4, 18), "DEBIT CARD PURCHASE MYDIN SUBANG", "-88.90"),
            (D(2025, 4, 30), "PROFIT PAID", "1.27"),
        ],
    )
    head = [
        "Selangor Ummah Bank Berhad",
        "NURUL HUDA BINTI ISMAIL",
        "NO 8 JALAN SS15/4, 47500 SUBANG JAYA",
        "STATEMENT DATE : 30/04/25",
        "ACCOUNT NUMBER : 1622 0145 8831",
    ]

    def plus_minus(value: M) -> str:
        return english(value) + ("-" if value < 0 else "+")

    # The balance lines print no date and no amount.
    columns = [
        Column("ENTRY DATE", 30, lambda r: r.date.strftime("%d/%m/%y") if r.amount else ""),
        Column("VALUE DATE", 90, lambda r: r.date.strftime("%d/%m/%y") if r.amount else ""),
        Column("TRANSACTION DESCRIPTION", 150, lambda r: r.description),
        Column("TRANSACTION AMOUNT", 450, lambda r: plus_minus(r.amount) if r.amount else "", right=True),
        Column("STATEMENT BALANCE", 560, lambda r: english(r.balance), right=True),
    ]
    opening = Drawn(D(2025, 4, 1), "BEGINNING BALANCE", M(0), M("3120.45"))
    closing = Drawn(D(2025, 4, 30), "ENDING BALANCE :", M(0), rows[-1].balance)
    read_drawn(head, columns, rows, before=[opening], after=[closing])


def test_an_irish_account_dating_only_the_first_row_of_each_day() -> None:
    """Irish kind: "Date | Details | Debit € | Credit € | Balance €", the date printed on a day's first row
    only and the balance on its last, opened by a BALANCE FORWARD row."""
    rows = running(
        M("1843.22"),
        [
            (D(2025, 2, 3), "VDP-TESCO STORES 3341", "-54.18"),
            (D(2025, 2, 3), "VDC-CIRCLE K BLANCH", "-40.00"),
            (D(2025, 2, 3), "D/D ELECTRIC IRELAND", "-92.50"),
            (D(2025, 2, 6), "SALARY LIFFEY PHARMA", "2315.60"),
            (D(2025, 2, 11), "ATM CASH O'CONNELL ST", "-100.00"),
            (D(2025, 2, 11), "VDP-DUNNES STORES", "-61.07"),
        ],
    )
    head = [
        "Liffey Allied Bank",
        "SIOBHAN O'BRIEN",
        "22 Griffith Avenue, Dublin 9",
        "Statement date 28 Feb 2025",
        "IBAN: IE29 LIFB 9311 5212 3456 78",
    ]
    forward = Drawn(D(2025, 2, 1), "BALANCE FORWARD", M(0), M("1843.22"))
    first = {r.date: r for r in reversed([forward, *rows])}
    last = {r.date: r for r in [forward, *rows]}
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d %b %Y") if first[r.date] is r else ""),
        Column("Details", 100, lambda r: r.description),
        Column("Debit €", 400, paid_out(english), right=True),
        Column("Credit €", 470, paid_in(english), right=True),
        Column("Balance €", 560, lambda r: english(r.balance) if last[r.date] is r else "", right=True),
    ]
    read = read_one(statement(head, columns, [forward, *rows]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("1843.22"), rows[-1].balance)
    assert read.currency == "EUR"


def test_an_indian_account_marking_every_balance_cr_in_brackets_under_sided_money_headings() -> None:
    """Indian kind: "Sl. No. | Date | Description | Chq/Ref No | Withdrawal (Dr) | Deposit (Cr) | Balance",
    `dd-mm-yyyy` dates and each balance followed by "(Cr)"."""
    rows = running(M("8450.00"), SPACED_ROWS)
    head = [
        "Konkan Mahindra Bank",
        "SURESH PATIL",
        "Account No. 7412589630",
        "Period 01-07-2025 to 31-07-2025",
        "Currency INR",
    ]
    numbers = {r.date: str(n) for n, r in enumerate(rows, start=1)}
    columns = [
        Column("Sl. No.", 22, lambda r: numbers[r.date]),
        Column("Date", 55, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Description", 110, lambda r: r.description[:30]),
        Column("Chq/Ref No", 285, lambda r: "UPI-" + r.date.strftime("%d%m") + "3310"),
        Column("Withdrawal (Dr)", 420, paid_out(indian), right=True),
        Column("Deposit (Cr)", 490, paid_in(indian), right=True),
        Column("Balance", 575, lambda r: indian(r.balance) + "(Cr)", right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("8450.00"), rows[-1].balance)


def test_an_indian_account_with_the_value_date_before_the_transaction_date_and_money_headed_inr() -> None:
    """Indian kind: "S No. | Value Date | Transaction Date | Transaction Remarks | Withdrawal
    Amount (INR ) | Deposit Amount (INR ) | Balance (INR )": the transaction date is the row's, though the
    value date is printed first."""
    rows = running(M("20000.00"), SPACED_ROWS)
    head = [
        "Godavari Bank Limited",
        "ANIL REDDY",
        "Account Number 000401234567",
        "Period 01/07/2025 - 31/07/2025",
    ]
    numbers = {r.date: str(n) for n, r in enumerate(rows, start=1)}
    columns = [
        Column("S No.", 22, lambda r: numbers[r.date]),
        Column("Value Date", 48, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Transaction Date", 100, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Transaction Remarks", 180, lambda r: r.description[:20]),
        Column("Withdrawal Amount (INR )", 400, paid_out(indian), right=True),
        Column("Deposit Amount (INR )", 500, paid_in(indian), right=True),
        Column("Balance (INR )", 575, lambda r: indian(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.value_date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.date + DAY, r.amount, r.balance) for r in rows
    ]
    assert read.currency == "INR"


def test_an_indian_account_printing_the_value_date_in_brackets_under_the_date_and_money_headed_rs() -> None:
    """Indian kind: "Date(Value Date) | Particulars | Ref No./Cheque No. | Debit(Rs) | Credit(Rs) |
    Balance(Rs)", `05-Jul-25` with "(06-Jul-25)" under it."""
    rows = running(M("15000.00"), SPACED_ROWS)
    head = [
        "Coromandel Overseas Bank",
        "PRIYA RAMAN",
        "Account Number : 112201000045671",
        "Period 01-Jul-2025 to 31-Jul-2025",
    ]
    columns = [
        Column("Date(Value Date)", 30, lambda r: f"{r.date:%d-%b-%y}\n({r.date + DAY:%d-%b-%y})"),
        Column("Particulars", 110, lambda r: r.description[:30]),
        Column("Ref No./Cheque No.", 275, lambda r: "TRF" + r.date.strftime("%d%m")),
        Column("Debit(Rs)", 440, paid_out(indian), right=True),
        Column("Credit(Rs)", 505, paid_in(indian), right=True),
        Column("Balance(Rs)", 575, lambda r: indian(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.value_date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.date + DAY, r.amount, r.balance) for r in rows
    ]


def test_a_south_african_account_with_a_charge_column_whose_fees_move_no_balance() -> None:
    """South African kind: "Date | Transaction Description | Charge | Debit Amount | Credit Amount |
    Balance": a fee and a letter for its kind in the charge column are levied later, not on the row."""
    rows = running(M("4120.80"), ZA_ROWS)
    head = [
        "Vaal Allied Bank",
        "MRS N DLAMINI",
        "Cheque Account Number: 40-7788-1122",
        "Statement period 01/03/2025 - 31/03/2025",
    ]
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Transaction Description", 90, lambda r: r.description),
        Column("Charge", 365, lambda r: "4.75 T" if r.amount < 0 else "", right=True),
        Column("Debit Amount", 440, paid_out(english), right=True),
        Column("Credit Amount", 510, paid_in(english), right=True),
        Column("Balance", 575, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_south_african_account_dated_month_then_day_right_of_the_money_with_service_fee_marks() -> None:
    """South African kind: "Details | Service Fee | Debits | Credits | Date | Balance", the date `03 25`
    (month, a space, day) right of the money, debits and an overdrawn balance with a trailing minus,
    `##` in the service-fee column of rows that bear one."""
    rows = running(M("-310.25"), ZA_ROWS)
    head = [
        "Umhlanga Standard Bank",
        "MS L NAIDOO",
        "Statement from 01 March 2025 to 31 March 2025",
        "Account number 10 123 456 789",
    ]

    def trailing(value: M) -> str:
        return english(value) + ("-" if value < 0 else "")

    columns = [
        Column("Details", 35, lambda r: r.description),
        Column("Service Fee", 300, lambda r: "##" if r.amount < 0 else ""),
        Column("Debits", 410, lambda r: trailing(r.amount) if r.amount < 0 else "", right=True),
        Column("Credits", 470, paid_in(english), right=True),
        Column("Date", 482, lambda r: r.date.strftime("%m %d")),
        Column("Balance", 570, lambda r: trailing(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_an_indian_account_whose_narrow_columns_wrap_the_dates_year_and_the_description() -> None:
    """Indian state-bank kind in narrow columns: "1 Jul" over "2025" in both date columns, the description
    wrapped over three lines, the figures on the row's first line."""
    rows = running(M("131240.55"), SPACED_ROWS)
    head = [
        "Malabar State Bank",
        "Account Name : Mrs. KAVITHA NAIR",
        "Account Number : 00000032718845123",
        "Statement from 1 Jul 2025 to 31 Jul 2025",
    ]

    def wrapped(text: str, width: int) -> str:
        return "\n".join(text[n : n + width] for n in range(0, len(text), width))

    columns = [
        Column("Txn Date", 30, lambda r: f"{r.date.day} {r.date:%b}\n{r.date:%Y}"),
        Column("Value Date", 80, lambda r: f"{r.date.day} {r.date:%b}\n{r.date:%Y}"),
        Column("Description", 135, lambda r: wrapped(r.description, 20)),
        Column("Ref No./Cheque No.", 255, lambda r: "TRF" + r.date.strftime("%d%m") + "77"),
        Column("Debit", 420, paid_out(indian), right=True),
        Column("Credit", 495, paid_in(indian), right=True),
        Column("Balance", 570, lambda r: indian(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.value_date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.date, r.amount, r.balance) for r in rows
    ]
    # Read line by line: the description's first line, the reference beside it, then the lines under.
    assert [t.description.replace(" ", "") for t in read.transactions] == [
        (r.description[:20] + "TRF" + r.date.strftime("%d%m") + "77" + r.description[20:]).replace(" ", "")
        for r in rows
    ]


def test_an_indian_account_with_dr_amount_and_cr_amount_columns_and_a_branch_column() -> None:
    """Indian public-sector kind: "Txn No. | Txn Date | Description | Branch Name | Dr Amount |
    Cr Amount | Balance", each balance followed by " Cr"."""
    rows = running(M("9100.00"), SPACED_ROWS)
    head = [
        "Kaveri National Bank",
        "Name : LATA IYER",
        "Account No : 3344556677",
        "Period : 01/07/2025 to 31/07/2025",
    ]
    columns = [
        Column("Txn No.", 22, lambda r: "S" + r.date.strftime("%d%m") + "1"),
        Column("Txn Date", 62, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Description", 112, lambda r: r.description[:24]),
        Column("Branch Name", 255, lambda r: "MYSORE RD"),
        Column("Dr Amount", 400, paid_out(indian), right=True),
        Column("Cr Amount", 470, paid_in(indian), right=True),
        Column("Balance", 570, lambda r: indian(r.balance) + " Cr", right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("9100.00"), rows[-1].balance)


def test_an_irish_account_headed_payments_out_and_payments_in_parted_by_a_dash() -> None:
    """Irish kind: "Date | Transaction details | Payments - out | Payments - in | Balance", the date on a
    day's first row only, opened by a BALANCE FORWARD row."""
    rows = running(
        M("612.40"),
        [
            (D(2025, 5, 2), "POS SUPERVALU RATHMINES", "-38.15"),
            (D(2025, 5, 2), "365 ONLINE TRANSFER TO SAVINGS", "-200.00"),
            (D(2025, 5, 9), "PAYROLL CORRIB FOODS", "1840.25"),
            (D(2025, 5, 15), "DIRECT DEBIT BORD GAIS", "-76.30"),
        ],
    )
    forward = Drawn(D(2025, 5, 1), "BALANCE FORWARD", M(0), M("612.40"))
    first = {r.date: r for r in reversed([forward, *rows])}
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d %b %Y") if first[r.date] is r else ""),
        Column("Transaction details", 100, lambda r: r.description),
        Column("Payments - out", 400, paid_out(english), right=True),
        Column("Payments - in", 475, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Shannon Bank of Ireland",
        "MR CIARAN WALSH",
        "Your account number 41235566",
        "Statement date 31 May 2025",
    ]
    read = read_one(statement(head, columns, [forward, *rows]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("612.40"), rows[-1].balance)


def test_a_mobile_money_statement_with_a_summary_by_kind_of_transfer_before_its_detailed_rows() -> None:
    """East African wallet kind: a summary of money paid in and out by kind of transfer (no dates, a total
    line) above the detailed statement, whose rows are listed newest first with the details over two
    lines and each withdrawal printed with a minus."""
    rows = running(
        M("3400.00"),
        [
            (D(2025, 6, 2), "Merchant Payment to 512345 - GREENLEAF GROCERS", "-640.00"),
            (D(2025, 6, 4), "Funds received from 2547****381 - ANNE WANJIRU", "1500.00"),
            (D(2025, 6, 9), "Pay Bill to 400200 - WATER COMPANY Acc. 7731", "-1210.00"),
            (D(2025, 6, 12), "Customer Transfer to 2547****902 - OMONDI J", "-300.00"),
        ],
    )
    receipts = {r: f"TF{r.date.day:02d}QK7{n}ZP" for n, r in enumerate(rows)}
    columns = [
        Column("Receipt No.", 30, lambda r: receipts[r]),
        Column("Completion Time", 100, lambda r: r.date.strftime("%Y-%m-%d") + " 10:15:42"),
        Column("Details", 190, lambda r: r.description),
        Column("Transaction Status", 330, lambda r: "COMPLETED"),
        Column("Paid In", 470, paid_in(english), right=True),
        Column("Withdrawn", 520, lambda r: "-" + english(r.amount) if r.amount < 0 else "", right=True),
        Column("Balance", 575, lambda r: english(r.balance), right=True),
    ]

    def details(row: Drawn) -> list[list[Cell]]:
        first, rest = row.description.split(" - ")
        line = [(c.x, c.text(row), c.right) for c in columns if c.text(row)]
        return [
            [(x, first if text == row.description else text, right) for x, text, right in line],
            [(190, rest, False)],
        ]

    summary = [
        [(30, "**TRANSACTION TYPE", False), (420, "PAID IN", True), (520, "PAID OUT", True)],
        [(30, "SEND MONEY:", False), (420, "0.00", True), (520, "300.00", True)],
        [(30, "RECEIVED MONEY:", False), (420, "1,500.00", True), (520, "0.00", True)],
        [(30, "PAY BILL:", False), (420, "0.00", True), (520, "1,210.00", True)],
        [(30, "MERCHANT PAYMENT:", False), (420, "0.00", True), (520, "640.00", True)],
        [(30, "TOTAL:", False), (420, "1,500.00", True), (520, "2,150.00", True)],
        [],
    ]
    page = [
        *header(
            [
                "M-WALLET STATEMENT",
                "Customer Name: Grace Achieng",
                "Mobile Number: 0722 000 111",
                "Statement Period: 01 Jun 2025 - 30 Jun 2025",
            ]
        ),
        [(30, "##SUMMARY", False)],
        *summary,
        [(30, "##DETAILED STATEMENT", False)],
        headings(columns),
        *(line for row in reversed(rows) for line in details(row)),
    ]
    read = read_one(drawn_lines([page]))
    assert sorted((t.date, t.amount, t.balance) for t in read.transactions) == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("3400.00"), rows[-1].balance)


def test_a_south_african_account_whose_balance_takes_the_fee_printed_beside_a_row() -> None:
    """South African kind: "Date | Description | Money In | Money Out | Fee* | Balance", money out and the
    fee each with a minus, and the balance after both: the fee is money out of its own, after its row
    (where a charges column moves no balance, see the accrued charges above, it is no transaction),
    described as the fee its column's heading names."""
    fees = {D(2025, 3, 11): M("-3.50"), D(2025, 3, 25): M("-0.60")}
    rows = running(
        M("2500.00"),
        [
            step
            for day, text, amount in ZA_ROWS
            for step in [
                (day, text, amount),
                *([(day, f"Fee: {text}", str(fees[day]))] if day in fees else []),
            ]
        ],
    )
    # Each fee is printed on its row's line: the row's balance is the one after its fee.
    printed = [
        Drawn(r.date, r.description, r.amount, after.balance if r.date in fees else r.balance)
        for r, after in zip(rows, [*rows[1:], rows[-1]], strict=True)
        if r.amount != fees.get(r.date)
    ]
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 90, lambda r: r.description),
        Column("Money In", 400, paid_in(english), right=True),
        Column("Money Out", 460, lambda r: "-" + english(r.amount) if r.amount < 0 else "", right=True),
        Column("Fee*", 505, lambda r: "-" + english(fees[r.date]) if r.date in fees else "", right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    head = ["Karoo Savings Bank", "MR J VAN WYK", "Account 1234567890", "From 01/03/2025 to 31/03/2025"]
    read = read_one(statement(head, columns, printed))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [
        None if r.date in fees and r.amount != fees[r.date] else r.balance for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("2500.00"), rows[-1].balance)


def test_money_headings_with_their_side_in_brackets_keep_the_width_the_figures_print_under() -> None:
    """West African kind: "Withdrawal(DR) | Deposit(CR)" set without a space, headings set from the left
    and figures right-aligned past their ends, "0.00" printed in the column a row leaves empty: the zero
    at the end of the credit heading is no balance."""
    rows = running(
        M("74210.50"),
        [
            (D(2025, 8, 1), "NIP TRANSFER TO ADEBAYO K", "-12500.00"),
            (D(2025, 8, 4), "SALARY AUG OKONKWO AND SONS", "185000.00"),
            (D(2025, 8, 12), "POS PURCHASE LEKKI MART", "-8340.25"),
        ],
    )
    columns = [
        Column("Trans Date", 30, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Narration", 95, lambda r: r.description),
        Column("Value Date", 300, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Withdrawal(DR)", 445, lambda r: english(r.amount) if r.amount < 0 else "0.00", right=True),
        Column("Deposit(CR)", 501, lambda r: english(r.amount) if r.amount > 0 else "0.00", right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    titles = [(30, "**Trans Date", False), (95, "Narration", False), (300, "Value Date", False)]
    money_titles = [(368, "Withdrawal(DR)", False), (440, "Deposit(CR)", False), (509, "Balance", False)]
    head = [
        "Lagoon Trust Bank",
        "CHIOMA NWOSU",
        "Account Number 0123456789",
        "Period 01-Aug-2025 to 31-Aug-2025",
    ]
    read = read_one(drawn_lines([[*header(head), [*titles, *money_titles], *table(columns, rows)]]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def test_a_gulf_account_naming_its_currency_in_brackets_after_each_money_heading() -> None:
    """Gulf kind: "Date | Description | Debit (AED) | Credit (AED) | Balance (AED)", every balance marked
    "Cr", the currency named only in the headings."""
    rows = running(
        M("15420.00"),
        [
            (D(2025, 6, 3), "POS-PURCHASE CARD NO.4321XXXXXX7788 SPINNEYS", "-412.60"),
            (D(2025, 6, 5), "SALARY TRANSFER FROM DESERT LOGISTICS LLC", "18500.00"),
            (D(2025, 6, 17), "DEWA BILL PAYMENT MOBILE BANKING", "-689.35"),
        ],
    )
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 90, lambda r: r.description),
        Column("Debit (AED)", 400, paid_out(english), right=True),
        Column("Credit (AED)", 475, paid_in(english), right=True),
        Column("Balance (AED)", 570, lambda r: english(r.balance) + " Cr", right=True),
    ]
    head = [
        "Falcon National Bank",
        "MR AHMED AL MANSOORI",
        "Account Number 1012345678901",
        "Period 01/06/2025 to 30/06/2025",
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "AED"


def test_a_philippine_account_dated_by_month_name_and_day_between_beginning_and_ending_balances() -> None:
    """Philippine kind: "DATE | DESCRIPTION | CHECK NO. | DEBIT | CREDIT | BALANCE", rows dated `Jun 05`
    with the year in the period, a BEGINNING BALANCE row and an ENDING BALANCE row."""
    rows = running(
        M("25310.75"),
        [
            (D(2025, 6, 5), "ATM WITHDRAWAL MAKATI AVE", "-5000.00"),
            (D(2025, 6, 13), "CHECK ENCASHMENT", "-12000.00"),
            (D(2025, 6, 15), "PAYROLL CREDIT", "32500.00"),
        ],
    )
    opening = Drawn(D(2025, 6, 1), "BEGINNING BALANCE", M(0), rows[0].balance - rows[0].amount)
    closing = Drawn(D(2025, 6, 30), "ENDING BALANCE", M(0), rows[-1].balance)
    columns = [
        Column("DATE", 30, lambda r: r.date.strftime("%b %d")),
        Column("DESCRIPTION", 90, lambda r: r.description),
        Column("CHECK NO.", 280, lambda r: "0004417" if "CHECK" in r.description else ""),
        Column("DEBIT", 410, paid_out(english), right=True),
        Column("CREDIT", 485, paid_in(english), right=True),
        Column("BALANCE", 570, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Luzon Island Bank",
        "MARIA CLARA SANTOS",
        "ACCOUNT NUMBER 1234-5678-90",
        "PERIOD COVERED JUNE 01, 2025 - JUNE 30, 2025",
    ]
    read = read_one(statement(head, columns, [opening, *rows, closing]))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("25310.75"), rows[-1].balance)
