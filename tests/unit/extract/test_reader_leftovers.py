"""Gaps of the reader that earlier sessions left (issue 14), each drawn as word lists and read against
what was drawn: a day's rows that run onto a page where no day heading follows; stacked headings that
name the net amount; Vietnamese statements (a month's period after a slash, the money their labels
tell, "Nợ" and "Có" alone as headings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

import pytest

from ingest.extract.lexicon import fold
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.extract.words import PageWords
from tests.unit.extract.builder import Item, page, right
from tests.unit.extract.unseen_kinds import whole

D = dt.date
M = Decimal

LINE = 12.0  # points from one printed line to the next

# ---- a day's rows gone on over a page break with no further day heading --------------------------------

# (day, description, signed amount): two days, the last with three rows.
DAYS = [
    (D(2025, 6, 2), "Salario ACME", M("100.00")),
    (D(2025, 6, 2), "Padaria Real", M("-3.50")),
    (D(2025, 6, 5), "Aluguel", M("-300.00")),
    (D(2025, 6, 5), "Mercado", M("-40.00")),
    (D(2025, 6, 5), "Onibus", M("-5.00")),
]
OPENING = M("500.00")


Rows = Sequence[tuple[float, list[Item]]]


def _pages(head: Rows, lines: Sequence[list[Item]], cuts: Sequence[int]) -> RawStatement:
    """The one statement of `head` and `lines` over pages cut before each of `cuts`: every page after
    the first under the holder's name (the page's own header block), each numbered at its foot."""
    bounds = [0, *cuts, len(lines)]
    pages: list[PageWords] = []
    for number, (start, end) in enumerate(pairwise(bounds), 1):
        top, above = (
            (200.0, list(head)) if number == 1 else (80.0, [(40.0, [(40, "PEDRO ALVES   Statement")])])
        )
        rows = [(top + LINE * i, items) for i, items in enumerate(lines[start:end])]
        foot = (700.0, [(40, f"Page {number} of {len(bounds) - 1}")])
        pages.append(page([*above, *rows, foot], number))
    [statement] = read_statements(pages)
    return statement


def _head(closing: Decimal) -> list[tuple[float, list[Item]]]:
    return [
        (30.0, [(40, "Kite Money Ltd")]),
        (60.0, [(40, "PEDRO ALVES"), (330, "Account number: 12345678")]),
        (72.0, [(330, "Statement period: 1 June 2025 to 30 June 2025")]),
        (120.0, [(40, "Opening balance"), right(550, f"{OPENING:.2f}")]),
        (132.0, [(40, "Closing balance"), right(550, f"{closing:.2f}")]),
    ]


def _days_with_totals() -> list[list[Item]]:
    """An app's rows: each day's date alone on a line, under it the day's total of money in over its rows
    in and its total of money out over its rows out, each row's figure bare."""
    lines: list[list[Item]] = []
    for day in sorted({d for d, _, _ in DAYS}):
        lines.append([(40, f"{day:%d} JUN {day:%Y}")])
        for label, sign, side in (("Total money in", "+", 1), ("Total money out", "-", -1)):
            those = [(text, amount) for d, text, amount in DAYS if d == day and amount * side > 0]
            if those:
                lines.append([(110, label), right(550, f"{sign} {abs(sum(a for _, a in those)):.2f}")])
            lines += [[(110, text), right(550, f"{abs(amount):.2f}")] for text, amount in those]
    return lines


@pytest.mark.parametrize("left", [1, 2, 3, 4])
def test_an_app_statements_last_day_goes_on_at_the_next_pages_head_with_no_day_heading(left: int) -> None:
    """Rows grouped under each day's date printed alone (with the day's totals of money in and out), no
    column headings; the page breaks inside the last day (after its heading, its totals line or a row),
    and the next page prints the day's other rows with no date: they are still that day's."""
    lines = _days_with_totals()
    closing = OPENING + sum(amount for _, _, amount in DAYS)
    read = _pages(_head(closing), lines, [len(lines) - left])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == DAYS


def test_a_day_grouped_table_without_a_balance_goes_on_at_the_next_pages_head() -> None:
    """ "Date | Description | Amount", each day's date alone over its rows, no running balance: the last
    day's rows printed at the next page's head, undated, are that day's."""
    lines: list[list[Item]] = [[(40, "Date"), (110, "Description"), (520, "Amount")]]
    for day in sorted({d for d, _, _ in DAYS}):
        lines.append([(40, f"{day.day} June {day:%Y}")])
        lines += [[(110, text), right(550, f"{amount:.2f}")] for d, text, amount in DAYS if d == day]
    closing = OPENING + sum(amount for _, _, amount in DAYS)
    read = _pages(_head(closing), lines, [len(lines) - 2])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == DAYS


def test_an_app_statements_last_day_goes_on_over_two_page_breaks() -> None:
    """The last day's rows run over two pages after the one that prints its heading: the rows of each
    are still that day's."""
    lines = _days_with_totals()
    closing = OPENING + sum(amount for _, _, amount in DAYS)
    read = _pages(_head(closing), lines, [len(lines) - 2, len(lines) - 1])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == DAYS


def test_a_date_alone_under_a_page_of_dated_rows_is_no_day_the_next_pages_head_goes_on_in() -> None:
    """Rows that each print their date, page 1 ending with a date alone under them (the day it was
    printed) and page 2 opening with a figure beside a label over its own header: the label's line is no
    row of that day, as the table prints no day's date alone over its rows."""
    heading: list[Item] = [(40, "Date"), (110, "Description"), (520, "Amount")]
    rows = [[(40, f"{d:%d/%m/%Y}"), (110, text), right(550, f"{amount:.2f}")] for d, text, amount in DAYS]
    lines = [heading, *rows[:2], [(40, "30/06/2025")], [(110, "Debits this page"), right(550, "345.00")]]
    lines += [heading, *rows[2:]]
    closing = OPENING + sum(amount for _, _, amount in DAYS)
    read = _pages(_head(closing), lines, [4])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == DAYS


def test_a_tables_only_day_goes_on_at_the_next_pages_head() -> None:
    """ "Date | Description | Amount" over one day's date alone and its rows, the page breaking inside
    that day: the rows at the next page's head, undated, are still that day's, though the table prints no
    earlier day's date alone."""
    one_day = [row for row in DAYS if row[0] == D(2025, 6, 5)]
    lines: list[list[Item]] = [[(40, "Date"), (110, "Description"), (520, "Amount")], [(40, "5 June 2025")]]
    lines += [[(110, text), right(550, f"{amount:.2f}")] for _, text, amount in one_day]
    closing = OPENING + sum(amount for _, _, amount in one_day)
    read = _pages(_head(closing), lines, [len(lines) - 2])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == one_day


# ---- stacked headings that name the net amount ----------------------------------------------------------

# (day, description, gross, fee): a payment as it came, the fee taken from it, and what was left (net).
SALES = [
    (D(2025, 6, 2), "Sale INV-1001", M("100.00"), M("3.00")),
    (D(2025, 6, 5), "Sale INV-1002", M("50.00"), M("1.50")),
    (D(2025, 6, 9), "Sale INV-1003", M("42.00"), M("1.00")),
]


def test_an_amount_heading_stacked_over_net_heads_the_rows_amount_beside_the_gross_one() -> None:
    """ "Amount" over "gross", "Fee", "Amount" over "net", "Balance" (the amounts' headings each on two
    lines): the net amount is the row's, which the balance takes, and the gross one no part of its
    description."""
    balance = OPENING
    rows: list[tuple[float, list[Item]]] = [
        (170.0, [(40, "Date"), (100, "Description"), right(380, "Amount"), right(440, "Fee")]),
        (170.0, [right(500, "Amount"), right(550, "Balance")]),
        (180.0, [right(380, "gross"), right(500, "net")]),
    ]
    for n, (day, text, gross, fee) in enumerate(SALES):
        balance += gross - fee
        figures = [right(380, f"{gross:.2f}"), right(440, f"{fee:.2f}"), right(500, f"{gross - fee:.2f}")]
        rows.append(
            (195.0 + LINE * n, [(40, f"{day:%d/%m/%Y}"), (100, text), *figures, right(550, f"{balance}")])
        )
    [read] = read_statements([page([*_head(balance)[:3], *rows])])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (day, text, gross - fee) for day, text, gross, fee in SALES
    ]


# ---- Vietnamese statements ------------------------------------------------------------------------------

# (day, description, signed amount) in đồng, and the balance before them.
JUNE = [
    (D(2025, 6, 3), "Thanh toan QR tai Circle K", M("-45000")),
    (D(2025, 6, 5), "Nhan luong thang 5", M("18500000")),
    (D(2025, 6, 12), "Chuyen tien nha", M("-6200000")),
]
DONG_BEFORE = M("4250000")


def _vietnamese(head: Sequence[str], headings: Sequence[str] = ("Ghi nợ", "Ghi có")) -> RawStatement:
    """The one statement of a page of `head` lines, its opening balance, "Ngày | Diễn giải" and the
    `headings` of money out and in, and its closing balance under its rows; no running balance."""
    rows: list[tuple[float, list[Item]]] = [(30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)]
    rows += [
        (130.0, [(40, "Số dư đầu kỳ"), right(560, whole(DONG_BEFORE))]),
        (150.0, [(40, "Ngày"), (130, "Diễn giải"), right(480, headings[0]), right(560, headings[1])]),
    ]
    for n, (day, text, amount) in enumerate(JUNE):
        figure = right(480 if amount < 0 else 560, whole(amount))
        rows.append((165.0 + LINE * n, [(40, f"{day:%d/%m/%Y}"), (130, text), figure]))
    closing = DONG_BEFORE + sum(amount for _, _, amount in JUNE)
    rows.append((165.0 + LINE * len(JUNE) + 10, [(40, "Số dư cuối kỳ"), right(560, whole(closing))]))
    [statement] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in statement.transactions] == JUNE
    return statement


def test_a_vietnamese_statement_that_names_no_money_is_in_dong_as_its_labels_tell() -> None:
    """No "Loại tiền" line and no running text, only labels ("SAO KÊ TÀI KHOẢN", "Từ ngày", "Chủ tài
    khoản", "Số tài khoản"): the labels tell the statement is Vietnamese, so its money is đồng."""
    head = [
        "Ngân hàng TMCP Sông Hồng",
        "SAO KÊ TÀI KHOẢN",
        "Từ ngày 01/06/2025 đến ngày 30/06/2025",
        "Chủ tài khoản: NGUYEN VAN AN",
        "Số tài khoản: 0071000123456",
    ]
    assert _vietnamese(head).currency == "VND"


@pytest.mark.parametrize("title", ["SAO KÊ TÀI KHOẢN THÁNG 6/2025", "Kỳ sao kê: Tháng 06/2025"])
def test_a_statement_titled_by_its_month_and_year_after_a_slash_covers_that_month(title: str) -> None:
    """ "Tháng 6/2025" (the sixth month of 2025) on the statement's title line: its period is June."""
    head = ["Ngân hàng TMCP Sông Hồng", title, "Chủ tài khoản: NGUYEN VAN AN", "Loại tiền: VND"]
    read = _vietnamese(head)
    assert (read.period_start, read.period_end) == (D(2025, 6, 1), D(2025, 6, 30))


@pytest.mark.parametrize(
    "dated",
    [
        "Statement date: 15/Jun/2025",
        "Statement date: 15 Jun 2025",
        "Kontoauszug vom 15. Juni 2025",
        "Fecha del extracto: 15 de junio de 2025",
    ],
)
def test_a_statement_dated_by_a_day_of_a_month_is_not_titled_by_that_month(dated: str) -> None:
    """ "Statement date: 15/Jun/2025" names a day, not the month the statement covers: the period holds
    the rows, from May's to June's, where June alone would leave May's row outside it."""
    rows = [(D(2025, 5, 20), "Card purchase Metro", M("-45.00")), (D(2025, 6, 10), "Salary", M("1500.00"))]
    head = ["Harbour Bank", "JOHN SMITH", dated, "Account number 12345678"]
    lines: list[tuple[float, list[Item]]] = [(30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)]
    headings: list[Item] = [(40, "Date"), (110, "Description"), right(460, "Debit"), right(520, "Credit")]
    lines += [
        (120.0, [*headings, right(580, "Balance")]),
        (135.0, [(110, "Opening balance"), right(580, "200.00")]),
    ]
    balance = M("200.00")
    for n, (day, text, amount) in enumerate(rows):
        balance += amount
        figure = right(460 if amount < 0 else 520, f"{abs(amount):.2f}")
        lines.append(
            (150.0 + LINE * n, [(40, f"{day:%d/%m/%Y}"), (110, text), figure, right(580, f"{balance:.2f}")])
        )
    [read] = read_statements([page(lines)])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == rows
    assert read.period_start is not None and read.period_end is not None
    assert all(read.period_start <= t.date <= read.period_end for t in read.transactions)


@pytest.mark.parametrize(
    "period",
    ["Período: 1 de dezembro a 31 de dezembro de 2025", "Periodo: 1 de diciembre al 31 de diciembre de 2025"],
)
def test_a_period_written_out_whose_start_leaves_its_year_to_the_end_is_read_whole(period: str) -> None:
    """ "1 de dezembro a 31 de dezembro de 2025": the start's year is the end's, as in "1 December - 31
    December 2025"; the period is the month, though the rows run from the 2nd to the 29th."""
    rows = [(D(2025, 12, 2), "Compra Mercado", M("-45.00")), (D(2025, 12, 29), "Salario", M("1500.00"))]
    head = ["Banco Serra", "EXTRATO DE CONTA", period, "Conta 6291.453454.030"]
    lines: list[tuple[float, list[Item]]] = [(30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)]
    headings: list[Item] = [(40, "Data"), (110, "Descrição"), right(460, "Débito"), right(520, "Crédito")]
    lines += [
        (120.0, [*headings, right(580, "Saldo")]),
        (135.0, [(110, "Saldo anterior"), right(580, "200,00")]),
    ]
    balance = M("200.00")
    for n, (day, text, amount) in enumerate(rows):
        balance += amount
        figure = right(460 if amount < 0 else 520, f"{abs(amount):.2f}".replace(".", ","))
        saldo = right(580, f"{balance:.2f}".replace(".", ","))
        lines.append((150.0 + LINE * n, [(40, f"{day:%d/%m/%Y}"), (110, text), figure, saldo]))
    [read] = read_statements([page(lines)])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == rows
    assert (read.period_start, read.period_end) == (D(2025, 12, 1), D(2025, 12, 31))


@pytest.mark.parametrize("sides", [("Có", "Nợ"), ("Nợ", "Có"), ("CÓ", "NỢ")])
def test_no_and_co_alone_head_money_out_and_in_where_the_header_is_vietnamese(sides: tuple[str, str]) -> None:
    """ "Nợ" (owed: money out) and "Có" (money in) alone head the money columns beside "Ngày | Diễn
    giải", in either order, with no balance to prove either side: the headings say which is which,
    though "Nợ" folds to the "No." other languages head a number with."""
    head = ["Ngân hàng TMCP Sông Hồng", "SAO KÊ TÀI KHOẢN", "Chủ tài khoản: NGUYEN VAN AN", "Loại tiền: VND"]
    rows: list[tuple[float, list[Item]]] = [(30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)]
    rows.append((150.0, [(40, "Ngày"), (130, "Diễn giải"), right(480, sides[0]), right(560, sides[1])]))
    money_out = 480 if fold(sides[0]) == "no" else 560
    for n, (day, text, amount) in enumerate(JUNE):
        figure = right(money_out if amount < 0 else 1040 - money_out, whole(amount))
        rows.append((165.0 + LINE * n, [(40, f"{day:%d/%m/%Y}"), (130, text), figure]))
    [read] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == JUNE


def test_no_beside_english_headings_still_heads_a_number() -> None:
    """ "No. | Date | Description | Debit | Credit": beside English headings "No." heads the rows' numbers,
    not money out, though "Nợ" folds to it."""
    rows: list[tuple[float, list[Item]]] = [*_head(OPENING)[:3]]
    rows.append(
        (150.0, [(40, "No."), (70, "Date"), (140, "Description"), right(480, "Debit"), right(560, "Credit")])
    )
    for n, (day, text, amount) in enumerate(DAYS, 1):
        figure = right(480 if amount < 0 else 560, f"{abs(amount):.2f}")
        rows.append((153.0 + LINE * n, [(40, str(n)), (70, f"{day:%d/%m/%Y}"), (140, text), figure]))
    [read] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == DAYS


def test_no_beside_vietnamese_headings_that_name_money_out_heads_a_number() -> None:
    """ "No. | Ngày | Diễn giải | Ghi nợ | Ghi có": "Ghi nợ" heads money out, so "No.", though it folds to
    the "Nợ" that heads money out alone beside Vietnamese headings, heads the rows' numbers."""
    head = ["Ngân hàng TMCP Sông Hồng", "SAO KÊ TÀI KHOẢN", "Chủ tài khoản: NGUYEN VAN AN", "Loại tiền: VND"]
    rows: list[tuple[float, list[Item]]] = [(30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)]
    headings: list[Item] = [
        (20, "No."),
        (60, "Ngày"),
        (140, "Diễn giải"),
        right(480, "Ghi nợ"),
        right(560, "Ghi có"),
    ]
    rows.append((150.0, headings))
    for n, (day, text, amount) in enumerate(JUNE, 1):
        figure = right(480 if amount < 0 else 560, whole(amount))
        rows.append((153.0 + LINE * n, [(20, str(n)), (60, f"{day:%d/%m/%Y}"), (140, text), figure]))
    [read] = read_statements([page(rows)])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == JUNE
