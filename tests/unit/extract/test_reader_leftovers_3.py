"""Kinds of statement the reader misread after earlier sessions (issue 14), each drawn as its kind prints
it and read through the text layer against what was drawn: a stated opening balance wrong by twice the
first row's amount beside a row whose column names its side; a reference column between the date and
the description; "No." and "Nợ" in one header; a card bill in one amount column numbered by the
card, its payments in no lexicon's words; a card's interest and fees listed undated after its rows; a
table printing "0.00" in the money column a row does not use, a day's date on its first row only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    Lines,
    M,
    bold,
    drawn_lines,
    english,
    entries,
    header,
    paid_in,
    paid_out,
    read_all,
    read_drawn,
    read_one,
    running,
    statement,
    whole,
)

# An account's month: money in first, then out, then in again.
ACCOUNT_ROWS = [
    (D(2025, 3, 3), "TRANSFER FROM SAVINGS", "200.00"),
    (D(2025, 3, 7), "GROCERY MART 0412", "-54.20"),
    (D(2025, 3, 12), "ELECTRIC CO DIRECT DEBIT", "-120.00"),
    (D(2025, 3, 20), "PAYROLL ACME LTD", "900.00"),
]

HEAD = ["Harbourside Mutual", "JOHN DOE", "Statement period 01/03/2025 to 31/03/2025", "Account 12345678"]


# ---- a stated opening balance wrong by twice the first row's amount ----------------------------------


@pytest.mark.parametrize(
    ("out", "into"), [("Withdrawals", "Deposits"), ("Debit", "Credit")], ids=["withdrawals", "debit"]
)
@pytest.mark.parametrize("first", [0, 1], ids=["money in first", "money out first"])
def test_an_opening_balance_wrong_by_twice_a_row_printed_in_its_sides_column_is_not_made_good(
    out: str, into: str, first: int
) -> None:
    """ "Date | Description | Withdrawals | Deposits | Balance" under an opening balance line that is
    wrong by exactly twice the first row's amount (a misprint, or another figure read as the
    opening): turning that row round would make the statement balance, but the row is printed in the
    column that names its side, so it keeps the side the page gives it, and the opening stays as
    printed for validation to report the break (BalanceMismatch)."""
    rows = running(M("1500.00"), ACCOUNT_ROWS[first:])
    wrong = rows[0].balance - rows[0].amount + 2 * rows[0].amount
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column(out, 400, paid_out(english), right=True),
        Column(into, 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [*HEAD, f"Opening balance {english(wrong)}", f"Closing balance {english(rows[-1].balance)}"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (wrong, rows[-1].balance)


@pytest.mark.parametrize(
    "shown",
    [
        lambda a: ("+" if a > 0 else "-") + english(a),
        lambda a: english(a) + (" CR" if a > 0 else " DR"),
    ],
    ids=["+ and -", "CR and DR"],
)
def test_an_opening_balance_wrong_by_twice_a_row_whose_sign_is_printed_is_not_made_good(
    shown: Callable[[M], str],
) -> None:
    """The same statement in one signed Amount column, every figure printing its side ("+200.00",
    "54.20 DR"): the first row keeps the side its sign gives it, and the opening stays as printed."""
    rows = running(M("1500.00"), ACCOUNT_ROWS)
    wrong = rows[0].balance - rows[0].amount + 2 * rows[0].amount
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 460, lambda r: shown(r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [*HEAD, f"Opening balance {english(wrong)}", f"Closing balance {english(rows[-1].balance)}"]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (wrong, rows[-1].balance)


# ---- a reference column between the date and the description ----------------------------------------


@pytest.mark.parametrize("heading", ["Ref Number", "Reference", "Ref. No.", "Cheque No."])
@pytest.mark.parametrize("shape", ["digits", "letters and digits"])
def test_a_reference_column_between_the_date_and_the_description_is_no_part_of_it(
    heading: str, shape: str
) -> None:
    """ "Date | Ref Number | Description | Debit | Credit | Balance": each row's reference ("740031",
    "TRF0303A7") printed in a column of its own between the date and the description is the row's
    number, not the start of what it was (as a type column's words there are: "FASTER PAYMENT")."""
    rows = running(M("1500.00"), ACCOUNT_ROWS)
    numbers = {r.date: f"{740031 + 17 * n}" for n, r in enumerate(rows)}
    if shape != "digits":
        numbers = {day: f"TRF{day:%d%m}A{number[-1]}" for day, number in numbers.items()}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(heading, 100, lambda r: numbers[r.date]),
        Column("Description", 170, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    read_drawn(HEAD, columns, rows)


# ---- "No." and "Nợ" in one header ----------------------------------------------------------------------

DONG_ROWS = [
    (D(2025, 6, 3), "Thanh toan QR tai Circle K", "-45000"),
    (D(2025, 6, 5), "Nhan luong thang 5", "18500000"),
    (D(2025, 6, 12), "Chuyen tien nha", "-6200000"),
]


@pytest.mark.parametrize("balances", [True, False], ids=["balances", "no balance"])
@pytest.mark.parametrize("out_first", [True, False], ids=["Nợ | Có", "Có | Nợ"])
def test_no_numbering_the_rows_beside_no_heading_money_out_in_one_vietnamese_header(
    balances: bool, out_first: bool, unicode_fonts: Fonts
) -> None:
    """ "No. | Ngày | Diễn giải | Nợ | Có | Số dư": the rows' numbers under "No." and money out under
    "Nợ", two headings one key ("no") once their marks are set aside. "Nợ" prints the marks Vietnamese
    writes it with, so it heads money out; "No.", which prints none, heads the numbers (a header names
    money out once), with or without balances to prove either."""
    rows = running(M("4250000"), DONG_ROWS)
    numbers = {r.date: str(n) for n, r in enumerate(rows, 1)}
    sides = [Column("Nợ", 400, paid_out(whole), right=True), Column("Có", 480, paid_in(whole), right=True)]
    columns = [
        Column("No.", 30, lambda r: numbers[r.date]),
        Column("Ngày", 60, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Diễn giải", 140, lambda r: r.description),
        *(sides if out_first else sides[::-1]),
        *([Column("Số dư", 560, lambda r: whole(r.balance), right=True)] if balances else []),
    ]
    head = [
        "Ngân hàng TMCP Sông Hồng",
        "SAO KÊ TÀI KHOẢN",
        "Chủ tài khoản: NGUYEN VAN AN",
        "Loại tiền: VND",
        "Từ ngày 01/06/2025 đến ngày 30/06/2025",
    ]
    read = read_one(statement(head, columns, rows, fonts=unicode_fonts))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- a card bill in one amount column, numbered by the card, its payments in no lexicon's words ---------

# Purchases, and payments and a refund worded as no lexicon words them ("BPAY", "OSKO").
CARD_ROWS = [
    (D(2025, 6, 2), "SQ *BLUE BOTTLE COFFEE OAKLAND CA", "-6.75"),
    (D(2025, 6, 5), "PG&E WEB ONLINE 800-743-5000 CA", "-118.32"),
    (D(2025, 6, 11), "BPAY 5512 0098 1123", "500.00"),
    (D(2025, 6, 19), "TRADER JOE S #127 OAKLAND CA", "-71.04"),
    (D(2025, 6, 24), "OSKO 4471 K NGUYEN", "24.99"),
]

MARKS: dict[str, Callable[[str], str]] = {
    "minus": lambda figure: "-" + figure,
    "brackets": lambda figure: f"({figure})",
    "minus after": lambda figure: figure + "-",
}


def _one_column_page(number: str, ends: tuple[M, M], printed: list[tuple[D, str, str]]) -> Lines:
    """A page headed by its account's number, "Previous Balance" and "New Balance" printed bare
    (`ends`), then "Date | Description | Amount", each row's figure as `printed`."""
    lines = header(
        [
            "Golden Gate Bank",
            "MARISOL ORTEGA",
            f"Account Number {number}",
            "Statement Period 05/28/2025 to 06/27/2025",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (330, english(ends[0]), True)],
        [(40, "New Balance", False), (330, english(ends[1]), True)],
        [],
        bold([(40, "Date", False), (110, "Description", False), (560, "Amount", True)]),
    ]
    lines += [
        [(40, f"{day:%d/%m/%Y}", False), (110, text, False), (560, figure, True)]
        for day, text, figure in printed
    ]
    return lines


@pytest.mark.parametrize("number", ["4417 1234 5678 5517", "XXXX XXXX XXXX 5512", "4417 12** **** 5512"])
@pytest.mark.parametrize("mark", list(MARKS), ids=list(MARKS))
def test_a_card_bill_in_one_amount_column_numbered_by_its_card_whatever_its_payments_words(
    number: str, mark: str
) -> None:
    """A card bill that names itself in no words the reader knows, numbered by its card ("4417 1234 5678
    5517", or masked, "XXXX XXXX XXXX 5512"): one Amount column, each purchase bare and each payment
    or refund marked (a minus, brackets), fewer than the purchases, worded in no lexicon's words
    ("BPAY", "OSKO"). The balances chain either way, so the page decides: a card's number and a
    card's rows (the marked ones fewer) make it a card's, its purchases money out and its balances
    owed."""
    rows = [(day, text, M(amount)) for day, text, amount in CARD_ROWS]
    owed = M("932.18")
    new = owed - sum(amount for _, _, amount in rows)
    printed = [(d, t, MARKS[mark](english(a)) if a > 0 else english(a)) for d, t, a in rows]
    read = read_one(drawn_lines([_one_column_page(number, (owed, new), printed)]))
    assert entries(read) == rows
    assert (read.opening_balance, read.closing_balance) == (-owed, -new)
    assert read.account_type == "CREDIT_CARD"


# A shop's account: paid into more often than paid from.
SHOP_ROWS = [
    (D(2025, 6, 2), "CARD TAKINGS 0206", "412.60"),
    (D(2025, 6, 3), "CARD TAKINGS 0306", "388.15"),
    (D(2025, 6, 6), "RENT JUNE", "-950.00"),
    (D(2025, 6, 9), "CARD TAKINGS 0906", "501.20"),
]


@pytest.mark.parametrize(
    "number", ["1204 5566 7788 9012", "4417 1234 5678 5512"], ids=["no network", "no Luhn"]
)
def test_an_account_numbered_in_groups_of_four_that_are_no_cards_is_read_as_an_account(number: str) -> None:
    """The same page for a shop's account paid into more often than paid from, its money in bare and
    its money out with a minus, numbered in four groups of four that no card network issues ("1204
    ...") or that fail a card number's check digit: an account's, its bare figures money in."""
    rows = [(day, text, M(amount)) for day, text, amount in SHOP_ROWS]
    opening = M("2210.00")
    printed = [(d, t, english(a) if a > 0 else "-" + english(a)) for d, t, a in rows]
    read = read_one(
        drawn_lines([_one_column_page(number, (opening, opening + sum(a for _, _, a in rows)), printed)])
    )
    assert entries(read) == rows
    assert read.account_type != "CREDIT_CARD"


# ---- a card's interest and fees listed undated after its rows -------------------------------------------

# A card bill's rows, each dated, two on one day: purchases, a payment.
BILL_ROWS = [
    (D(2025, 6, 2), "SQ *BLUE BOTTLE COFFEE OAKLAND CA", "-6.75"),
    (D(2025, 6, 5), "PG&E WEB ONLINE 800-743-5000 CA", "-118.32"),
    (D(2025, 6, 11), "ONLINE PAYMENT THANK YOU", "500.00"),
    (D(2025, 6, 19), "TRADER JOE S #127 OAKLAND CA", "-71.04"),
    (D(2025, 6, 19), "SHELL OIL 5744 OAKLAND CA", "-48.10"),
]
INTEREST = [("INTEREST CHARGED ON PURCHASES", "-12.34"), ("INTEREST CHARGED ON CASH ADVANCES", "-3.10")]
CLOSING_DAY = D(2025, 6, 27)


def _card_bill(title: str | None, after: list[tuple[str, str]], counted: bool) -> tuple[Lines, M, M]:
    """A card bill, "Date | Description | Amount", each charge bare and each payment marked CR, then
    the lines `after` undated under `title` (none where None), each figure bare; the previous and new
    balances printed above, the new one counting those lines where `counted`. With the balances."""
    previous = M("-932.18")
    new = previous + sum(M(a) for _, _, a in BILL_ROWS) + (sum(M(a) for _, a in after) if counted else 0)
    lines = header(
        [
            "Golden Gate Bank",
            "MARISOL ORTEGA",
            "Platinum Card Account Number Ending in 5512",
            f"Statement Period 05/28/2025 to {CLOSING_DAY:%m/%d/%Y}",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (330, f"${english(previous)}", True)],
        [(40, "New Balance", False), (330, f"${english(new)}", True)],
        [],
        bold([(40, "Date", False), (110, "Description", False), (560, "Amount", True)]),
    ]
    for day, text, amount in BILL_ROWS:
        figure = english(M(amount)) + (" CR" if M(amount) > 0 else "")
        lines.append([(40, f"{day:%m/%d}", False), (110, text, False), (560, figure, True)])
    if title is not None:
        lines.append(bold([(40, title, False)]))
    lines += [[(110, text, False), (560, english(M(amount)), True)] for text, amount in after]
    return lines, previous, new


@pytest.mark.parametrize("title", [None, "INTEREST CHARGED", "Fees and Interest", "INTEREST"])
def test_a_cards_interest_listed_undated_after_its_rows_is_of_its_closing_day(title: str | None) -> None:
    """A card bill whose every row prints its date (two on one day), then its interest, undated
    ("INTEREST CHARGED ON PURCHASES 12.34"), under a title of its own or none: the new balance counts
    the interest, so it is money out of the bill, dated by its closing day (not the day of the row
    above, as a row under a day's date printed once is), and each line its own row."""
    lines, previous, new = _card_bill(title, INTEREST, counted=True)
    read = read_one(drawn_lines([lines]))
    charged = [(CLOSING_DAY, text, M(amount)) for text, amount in INTEREST]
    assert entries(read) == [*((d, t, M(a)) for d, t, a in BILL_ROWS), *charged]
    assert (read.opening_balance, read.closing_balance) == (previous, new)


def test_totals_listed_undated_under_a_title_after_a_cards_rows_are_no_rows_the_balances_need() -> None:
    """The same bill with the year's totals of fees and interest listed under a title after its rows
    ("Total fees charged in 2025 35.00"), which its new balance does not count: no rows."""
    totals = [("Total fees charged in 2025", "35.00"), ("Total interest charged in 2025", "120.50")]
    lines, previous, new = _card_bill("2025 Totals Year-to-Date", totals, counted=False)
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(d, t, M(a)) for d, t, a in BILL_ROWS]
    assert (read.opening_balance, read.closing_balance) == (previous, new)


# ---- both money columns filled on every row, a zero in the one not used -------------------------------

CASH_DAYS = [
    (D(2025, 3, 3), "ATM WITHDRAWAL MG ROAD", "-100.00"),
    (D(2025, 3, 3), "ATM WITHDRAWAL MG ROAD", "-100.00"),
    (D(2025, 3, 7), "NEFT SALARY ACME LTD", "2500.00"),
    (D(2025, 3, 9), "UPI GROCER", "-45.10"),
]


def _zero_filled(rows: list[Drawn], *, under: Lines | None = None) -> Lines:
    """A page of "Date | Narration | Debit | Credit", each row printing "0.00" in the money column it does
    not use and a day's date on its first row only, no balance anywhere; then the `under` lines."""
    lines = header(["Harbourside Mutual", "Statement of account", "Account 12345678"])
    lines.append(
        bold([(40, "Date", False), (110, "Narration", False), (470, "Debit", True), (560, "Credit", True)])
    )
    for n, r in enumerate(rows):
        cells = [
            (110, r.description, False),
            (470, english(-r.amount) if r.amount < 0 else "0.00", True),
            (560, english(r.amount) if r.amount > 0 else "0.00", True),
        ]
        first_of_day = n == 0 or rows[n - 1].date != r.date
        lines.append([(40, r.date.strftime("%d/%m/%Y"), False), *cells] if first_of_day else cells)
    return lines + (under or [])


def test_a_days_second_row_of_its_first_rows_figure_with_a_zero_beside_it_is_a_row() -> None:
    """Under its day's first row of 100.00, a second of 100.00 printed undated with "0.00" beside it prints
    what the rows above it add up to, and is a withdrawal all the same: a row moves money one way."""
    rows = running(M("1000.00"), CASH_DAYS)
    [read] = read_all(drawn_lines([_zero_filled(rows)]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


def test_a_line_adding_up_rows_of_one_column_with_a_zero_beside_it_is_their_total() -> None:
    withdrawals = [row for row in CASH_DAYS if M(row[2]) < 0]
    rows = running(M("1000.00"), withdrawals)
    out = -sum((r.amount for r in rows), M(0))
    total = [(110, "Movements", False), (470, english(out), True), (560, "0.00", True)]
    [read] = read_all(drawn_lines([_zero_filled(rows, under=[total])]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
