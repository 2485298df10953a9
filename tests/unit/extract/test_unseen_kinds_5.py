"""Bank accounts of the English-speaking countries in conventions no other test draws, each read through
the text layer against what was drawn: rows listed newest first with each day's balance on a line of
its own under the day's rows; an account's currencies one after another on a page, each between its
balance brought forward and a total line printing the balance it ends at; checks paid under "Check No. |
Description | Date Paid | Amount" with no description, closed by a total line under the numbers; marks
a print stream leaves between the lines in type too small to read."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

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
    drawn_lines,
    english,
    entries,
    header,
    headings,
    net,
    paid_in,
    paid_out,
    read_all,
    read_one,
    running,
    table,
    totals,
)

# ---- newest first, each day's balance under its rows ------------------------------------------------

LATEST_FIRST = [
    (D(2023, 1, 3), "ATM WITHDRAWAL 0042", "-200.00"),
    (D(2023, 1, 3), "TRANSFER FROM J SMITH", "1250.00"),
    (D(2023, 1, 9), "DIRECT DEBIT INSURANCE", "-84.20"),
    (D(2023, 1, 16), "CARD PURCHASE SUPERMART", "-56.75"),
    (D(2023, 1, 16), "SALARY ACME LTD", "3400.00"),
    (D(2023, 1, 24), "BILL PAYMENT ELECTRICITY", "-190.10"),
]


@pytest.mark.parametrize(
    "label", ["End of day balance", "Ending daily balance", "Day end balance", "Closing balance for the day"]
)
@pytest.mark.parametrize("over", [False, True], ids=["under", "over"])
def test_rows_listed_newest_first_with_each_days_balance_on_a_line_of_its_own(label: str, over: bool) -> None:
    """The latest day at the top, its rows newest first and a line under each day's rows (or over them)
    printing its balance at the day's end: the first of those lines is the closing balance, the last
    one less its day's rows the opening, every row read once in the order printed; a label that names a
    closing balance ("Day end balance") ends no rows that print no running balance, as these do not."""
    rows = running(M("1500.00"), LATEST_FIRST)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
    ]
    lines: Lines = header(
        [
            "Lagoon Savings Bank",
            "Account Statement",
            "Period: 01-Jan-2023 to 31-Jan-2023",
            "Account Number: 0123456789",
            "Currency: NGN",
        ]
    )
    lines.append(headings([*columns, Column("Balance", 560, str, right=True)]))
    for day in sorted({r.date for r in rows}, reverse=True):
        of_day = [r for r in rows if r.date == day]
        listed = [[(c.x, text, c.right) for c in columns if (text := c.text(r))] for r in reversed(of_day)]
        balance: list[Cell] = [(120, label, False), (560, english(of_day[-1].balance), True)]
        lines += [balance, *listed] if over else [*listed, balance]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in reversed(rows)
    ]
    assert (read.opening_balance, read.closing_balance) == (M("1500.00"), rows[-1].balance)


# ---- an account's currencies one after another, each closed by a total line with its balance --------

IN_DOLLARS = [
    (D(2024, 5, 2), "FAST PAYMENT TO TAN AH KOW", "-250.00"),
    (D(2024, 5, 3), "SALARY GIRO ACME PTE LTD", "4200.00"),
    (D(2024, 5, 10), "ATM WITHDRAWAL TAMPINES", "-100.00"),
    (D(2024, 5, 31), "INTEREST CREDIT", "0.37"),
]
IN_US_DOLLARS = [
    (D(2024, 5, 8), "INWARD REMITTANCE", "1000.00"),
    (D(2024, 5, 20), "FX CONVERSION", "-500.00"),
]


@pytest.mark.parametrize("named", ["Currency: {}", "Account in {}"])
def test_currencies_of_one_account_each_ending_on_a_total_line_that_prints_its_balance(named: str) -> None:
    """A multi-currency account's sections one after another on a page, each titled by its currency,
    under the same headings, opening on its balance brought forward and ending on a total line that
    prints the money out, the money in and the balance reached: each currency is a statement of its
    own, the second's rows none of the first's."""
    sections = [("SGD", running(M("5120.66"), IN_DOLLARS)), ("USD", running(M("310.00"), IN_US_DOLLARS))]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Description", 100, lambda r: r.description),
        Column("Withdrawals", 400, paid_out(english), right=True),
        Column("Deposits", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines: Lines = header(
        [
            "Straits Orient Bank",
            "Statement of Account",
            "Period: 01 May 2024 to 31 May 2024",
            "Account No. 123-456-789-0",
        ]
    )
    for code, rows in sections:
        out, into = totals(rows)
        lines += [
            [(40, "**Global Currency Account", False)],
            [(40, named.format(code), False)],
            headings(columns),
            [(40, "01 May", False), (100, "BALANCE B/F", False), (560, english(balance_before(rows)), True)],
            *table(columns, rows),
            [
                (100, "Total", False),
                (400, english(out), True),
                (480, english(into), True),
                (560, english(rows[-1].balance), True),
            ],
            [],
        ]
    reads = read_all(drawn_lines([lines]))
    assert [read.currency for read in reads] == [code for code, _ in sections]
    for read, (_, rows) in zip(reads, sections, strict=True):
        assert [(t.date, t.description, t.amount) for t in read.transactions] == [
            (r.date, r.description, r.amount) for r in rows
        ]
        assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# ---- checks paid with no description, their total line under the check numbers ------------------------

CHECKS = [
    (D(2024, 1, 3), "1045", "-450.00"),
    (D(2024, 1, 11), "1046", "-62.10"),
    (D(2024, 1, 12), "1048", "-75.00"),
]
DEPOSITS = [(D(2023, 12, 22), "Payroll Northwind Inc PPD ID: 9111111103", "2000.00")]


@pytest.mark.parametrize("mark", ["", " ^", " *"])
def test_checks_paid_without_a_description_and_their_total_under_the_check_numbers(mark: str) -> None:
    """ "CHECK NO. | DESCRIPTION | DATE PAID | AMOUNT", each check's number (with a mark after it: its
    image, a break in the sequence) and nothing under the description, then "Total Checks Paid" from
    the left margin under the numbers: each check a withdrawal described by its number, the total no
    row, whichever columns its words stand in."""
    opening = M("1523.19")
    closing = opening + net([*DEPOSITS, *CHECKS])
    lines: Lines = header(
        [
            "First Lakeshore Bank N.A.",
            "December 16, 2023 through January 16, 2024",
            "Account Number: 000000987654321",
            "JOHN Q PUBLIC",
        ]
    )
    lines += [
        [(40, "Beginning Balance", False), (480, "$" + english(opening), True)],
        [(40, "Ending Balance", False), (480, "$" + english(closing), True)],
        [],
        [(40, "**DEPOSITS AND ADDITIONS", False)],
        bold([(40, "DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT", True)]),
        *[
            [(40, d.strftime("%m/%d"), False), (100, t, False), (560, "$" + english(M(a)), True)]
            for d, t, a in DEPOSITS
        ],
        [(40, "Total Deposits and Additions", False), (560, "$" + english(net(DEPOSITS)), True)],
        [],
        [(40, "**CHECKS PAID", False)],
        bold(
            [
                (40, "CHECK NO.", False),
                (120, "DESCRIPTION", False),
                (400, "DATE PAID", False),
                (560, "AMOUNT", True),
            ]
        ),
        *[
            [(40, n + mark, False), (400, d.strftime("%m/%d"), False), (560, "$" + english(M(a)), True)]
            for d, n, a in CHECKS
        ],
        [(40, "Total Checks Paid", False), (560, "$" + english(-net(CHECKS)), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert sorted(entries(read)) == sorted(as_read([*DEPOSITS, *CHECKS]))
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


# ---- marks in type too small to read between the lines ----------------------------------------------

CARD_ROWS = [
    (D(2021, 8, 2), "Card Purchase 08/01 Fitness Mania Riverside CA Card 7397", "-49.99"),
    (D(2021, 8, 9), "Recurring Card Purchase 08/07 Uber Pass Help.Uber.Com CA Card 7397", "-24.99"),
    (D(2021, 8, 24), "ATM Withdrawal 08/24 6400 Laurel Canyon B North Hollywo CA Card 7413", "-700.00"),
]
ADDITIONS = [
    (D(2021, 8, 4), "Zelle Payment From Meher Fazal Cofyrdcim9Lw", "700.00"),
    (D(2021, 8, 11), "Remote Online Deposit 1", "2084.00"),
]


def _marked_sections(opening: M, sections: Sequence[tuple[str, str, Sequence[Entry]]], rise: float) -> bytes:
    """A US checking statement's summary and its sections, each between a mark "*start*<name>" and
    "*end*<name>" drawn in white 1-point type at the left margin, `rise` points above the baseline
    of the line after it (the title, the next section's)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    y = letter[1] - 40

    def line(*cells: tuple[float, str, bool], bold: bool = False) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        for x, text, right in cells:
            (c.drawRightString if right else c.drawString)(x, y, text)
        y -= 11

    def mark(text: str) -> None:
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica", 1)
        c.drawString(20, y + rise, text)
        c.setFillColorRGB(0, 0, 0)

    every = [row for _, _, rows in sections for row in rows]
    line((40, "Lakeshore National Bank, N.A.", False))
    line((360, "July 31, 2021 through August 31, 2021", False))
    line((360, "Account Number:", False), (560, "000000651770569", True))
    y -= 10
    mark("*start*summary")
    line((40, "CHECKING SUMMARY", False), bold=True)
    line((40, "Beginning Balance", False), (560, "$" + english(opening), True))
    line((40, "Ending Balance", False), (560, "$" + english(opening + net(every)), True))
    mark("*end*summary")
    y -= 10
    for title, name, rows in sections:
        mark("*start*" + name)
        line((40, title, False), bold=True)
        line((40, "DATE", False), (90, "DESCRIPTION", False), (560, "AMOUNT", True), bold=True)
        for day, text, amount in rows:
            line((40, day.strftime("%m/%d"), False), (90, text, False), (560, english(M(amount)), True))
        line((40, "Total " + title.title(), False), (560, "$" + english(abs(net(rows))), True), bold=True)
        mark("*end*" + name)
        y -= 10
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("rise", [10.0, 12.0, 14.0])
def test_marks_in_type_too_small_to_read_between_the_lines_are_no_part_of_them(rise: float) -> None:
    """A print stream's marks of where each section starts and ends ("*start*atm debit withdrawal"),
    drawn in white 1-point type at the left margin just under the line above (a total line, the
    summary's last): no word of any line, so each total stays a total and every row is read once with
    its side."""
    opening = M("3197.10")
    sections = [
        ("DEPOSITS AND ADDITIONS", "deposits and additions", ADDITIONS),
        ("ATM & DEBIT CARD WITHDRAWALS", "atm debit withdrawal", CARD_ROWS),
    ]
    read = read_one(_marked_sections(opening, sections, rise))
    assert sorted(entries(read)) == sorted(as_read([*ADDITIONS, *CARD_ROWS]))
    assert (read.opening_balance, read.closing_balance) == (opening, opening + net([*ADDITIONS, *CARD_ROWS]))
