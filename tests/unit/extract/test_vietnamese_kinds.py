"""Statements of Viet Nam printed in Vietnamese, each in the words, dates and figures its banks print
("SAO KÊ TÀI KHOẢN", "Ngày giao dịch | Diễn giải | Ghi nợ | Ghi có | Số dư", "Số dư đầu kỳ"; dates
"03/06/2025"; đồng without decimals, "1.234.567" or "1,234,567"), read through the text layer against what
was drawn: the rows, their signs and balances, the balances around them, the currency and the account's
number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Fonts,
    Lines,
    M,
    balance_before,
    drawn_lines,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    signed,
    table,
    whole,
)

DAY = dt.timedelta(days=1)
Style = Callable[[Decimal], str]


def commas(value: Decimal) -> str:
    """1,234,567: đồng, no decimals, commas between thousands."""
    return f"{abs(value):,.0f}"


def _day(row: Drawn) -> str:
    return row.date.strftime("%d/%m/%Y")


def _described(row: Drawn) -> str:
    return row.description


def _line(label: str, figure: str) -> list[Cell]:
    return [(40, label, False), (560, figure, True)]


def _read(
    head: Sequence[str],
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    fonts: Fonts,
    style: Style,
    *,
    under: Sequence[list[Cell]] = (),
) -> RawStatement:
    """The one statement read from a page of the header lines, "Số dư đầu kỳ" above the table, "Số dư
    cuối kỳ" under it, and the `under` lines after that."""
    lines: Lines = [*header(head), _line("Số dư đầu kỳ", style(balance_before(rows))), headings(columns)]
    lines += [*table(columns, rows), _line("Số dư cuối kỳ", style(rows[-1].balance)), *under]
    return read_one(drawn_lines([lines], fonts))


def _as_drawn(read: RawStatement, rows: Sequence[Drawn], *, account: str, holder: str) -> None:
    """The rows as drawn (dates, descriptions, signed amounts, running balances), the balances around
    them, the account's number and holder, đồng (the money of the one country), and the period: the
    month of the rows, from its first day to its last."""
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.holder_name) == (account, holder)
    assert read.currency == "VND"
    first = rows[0].date.replace(day=1)
    assert (read.period_start, read.period_end) == (
        first,
        (first + dt.timedelta(days=31)).replace(day=1) - DAY,
    )


JUNE = [
    (D(2025, 6, 3), "Thanh toan QR tai Circle K", "-45000"),
    (D(2025, 6, 5), "Nhan luong thang 5 CONG TY AN PHAT", "18500000"),
    (D(2025, 6, 12), "Chuyen tien tien nha thang 6", "-6200000"),
    (D(2025, 6, 20), "Rut tien mat tai ATM", "-2000000"),
    (D(2025, 6, 28), "Tra no khoan vay tieu dung", "-3150000"),
]


def test_an_account_with_ghi_no_and_ghi_co_between_so_du_dau_ky_and_cuoi_ky(unicode_fonts: Fonts) -> None:
    """An account: "Ngày giao dịch | Diễn giải | Ghi nợ | Ghi có | Số dư" under "SAO KÊ
    TÀI KHOẢN", its period "Từ ngày 01/06/2025 đến ngày 30/06/2025", figures "1,234,567"."""
    rows = running(M("4250000"), JUNE)
    columns = [
        Column("Ngày giao dịch", 40, _day),
        Column("Diễn giải", 120, _described),
        Column("Ghi nợ", 400, paid_out(commas), right=True),
        Column("Ghi có", 480, paid_in(commas), right=True),
        Column("Số dư", 560, lambda r: commas(r.balance), right=True),
    ]
    head = [
        "Ngân hàng TMCP Sông Hồng",
        "SAO KÊ TÀI KHOẢN",
        "Từ ngày 01/06/2025 đến ngày 30/06/2025",
        "Chủ tài khoản: NGUYEN VAN AN",
        "Số tài khoản: 0071000123456",
        "Loại tiền: VND",
    ]
    read = _read(head, columns, rows, unicode_fonts, commas)
    _as_drawn(read, rows, account="0071000123456", holder="NGUYEN VAN AN")


MAY = [
    (D(2025, 5, 2), "Thanh toan hoa don dien EVN", "-1234567"),
    (D(2025, 5, 9), "Nhan chuyen khoan tu TRAN THI BINH", "5000000"),
    (D(2025, 5, 16), "Phi quan ly tai khoan", "-11000"),
    (D(2025, 5, 27), "Thanh toan the tai Winmart", "-389000"),
]


def test_an_account_with_so_tien_ghi_no_and_ghi_co_and_a_value_date(unicode_fonts: Fonts) -> None:
    """An account printing "Ngày giao dịch | Ngày hiệu lực | Nội dung | Số tiền ghi nợ | Số tiền ghi có |
    Số dư", figures "1.234.567"."""
    rows = running(M("12800000"), MAY)
    columns = [
        Column("Ngày giao dịch", 40, _day),
        Column("Ngày hiệu lực", 120, _day),
        Column("Nội dung", 195, _described),
        Column("Số tiền ghi nợ", 410, paid_out(whole), right=True),
        Column("Số tiền ghi có", 485, paid_in(whole), right=True),
        Column("Số dư", 560, lambda r: whole(r.balance), right=True),
    ]
    head = [
        "Ngân hàng Phương Nam",
        "SAO KÊ TÀI KHOẢN",
        "Từ ngày 01/05/2025 đến ngày 31/05/2025",
        "Tên tài khoản: LE MINH CHAU",
        "Số tài khoản: 19031234567012",
        "Loại tiền: VND",
    ]
    read = _read(head, columns, rows, unicode_fonts, whole)
    _as_drawn(read, rows, account="19031234567012", holder="LE MINH CHAU")


APRIL = [
    (D(2025, 4, 1), "Nap tien dien thoai Viettel", "-100000"),
    (D(2025, 4, 8), "Hoan tien giao dich", "250000"),
    (D(2025, 4, 15), "Thanh toan Shopee", "-1480000"),
    (D(2025, 4, 29), "Nhan tien tu PHAM QUOC HUY", "3000000"),
]


def test_an_account_with_one_signed_so_tien_column(unicode_fonts: Fonts) -> None:
    """An account printing each movement signed under "Số tiền" beside its "Số dư", figures
    "-1.234.567"."""
    rows = running(M("2150000"), APRIL)
    columns = [
        Column("Ngày", 40, _day),
        Column("Mô tả", 110, _described),
        Column("Số tiền", 470, lambda r: signed(whole(r.amount), r.amount), right=True),
        Column("Số dư", 560, lambda r: whole(r.balance), right=True),
    ]
    head = [
        "Ngân hàng Cửu Long",
        "SAO KÊ TÀI KHOẢN",
        "Từ ngày 01/04/2025 đến ngày 30/04/2025",
        "Khách hàng: HOANG THI MAI",
        "Số tài khoản: 1028765432",
        "Loại tiền: VND",
    ]
    read = _read(head, columns, rows, unicode_fonts, whole)
    _as_drawn(read, rows, account="1028765432", holder="HOANG THI MAI")


MARCH = [
    (D(2025, 3, 4), "Chuyen khoan den NGUYEN THI LAN", "-2500000"),
    (D(2025, 3, 10), "Luong thang 2", "15200000"),
    (D(2025, 3, 21), "Thanh toan Grab", "-86000"),
]


def test_an_account_with_its_period_written_out_and_its_tong_phat_sinh(unicode_fonts: Fonts) -> None:
    """An account whose period is written out, "Từ ngày 01 tháng 03 năm 2025 đến ngày 31 tháng 03 năm
    2025", its movements totalled under the closing balance ("Tổng phát sinh"): no row."""
    rows = running(M("3980000"), MARCH)
    columns = [
        Column("Ngày GD", 40, _day),
        Column("Diễn giải", 110, _described),
        Column("Phát sinh nợ", 400, paid_out(whole), right=True),
        Column("Phát sinh có", 480, paid_in(whole), right=True),
        Column("Số dư", 560, lambda r: whole(r.balance), right=True),
    ]
    out = sum((-r.amount for r in rows if r.amount < 0), M(0))
    into = sum((r.amount for r in rows if r.amount > 0), M(0))
    head = [
        "Ngân hàng Đông Á Châu",
        "SAO KÊ TÀI KHOẢN",
        "Từ ngày 01 tháng 03 năm 2025 đến ngày 31 tháng 03 năm 2025",
        "Chủ tài khoản: VO THANH TUNG",
        "Số tài khoản: 0451000987654",
        "Loại tiền: VND",
    ]
    total: list[Cell] = [(40, "Tổng phát sinh", False), (400, whole(out), True), (480, whole(into), True)]
    read = _read(head, columns, rows, unicode_fonts, whole, under=[total])
    _as_drawn(read, rows, account="0451000987654", holder="VO THANH TUNG")


CARD = [
    (D(2025, 7, 2), "Highlands Coffee Ha Noi", "-125000"),
    (D(2025, 7, 9), "Thanh toan the tin dung", "3500000"),
    (D(2025, 7, 14), "Tiki.vn", "-2349000"),
    (D(2025, 7, 25), "Vietjet Air", "-1870000"),
]


def test_a_card_bill_with_purchases_bare_and_the_payment_signed_between_du_no_dau_and_cuoi_ky(
    unicode_fonts: Fonts,
) -> None:
    """A credit card: "Ngày giao dịch | Nội dung giao dịch | Số tiền" under "SAO KÊ THẺ TÍN DỤNG",
    purchases printed bare and the payment with a minus, "Dư nợ đầu kỳ" and "Dư nợ cuối kỳ" lines (the
    debt), the card's number and its holder ("Chủ thẻ"): no running balance, đồng."""
    rows = running(M("-3500000"), CARD)
    columns = [
        Column("Ngày giao dịch", 40, _day),
        Column("Nội dung giao dịch", 130, _described),
        Column("Số tiền", 550, lambda r: signed(whole(r.amount), -r.amount), right=True),
    ]
    head = [
        "Ngân hàng Hải Vân",
        "SAO KÊ THẺ TÍN DỤNG",
        "Từ ngày 01/07/2025 đến ngày 31/07/2025",
        "Chủ thẻ: DANG THU HA",
        "Số thẻ: 4221 **** **** 5678",
        "Loại tiền: VND",
    ]
    lines: Lines = [*header(head), _line("Dư nợ đầu kỳ", whole(balance_before(rows))), headings(columns)]
    lines += [*table(columns, rows), _line("Dư nợ cuối kỳ", whole(rows[-1].balance))]
    read = read_one(drawn_lines([lines], unicode_fonts))
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, None) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.holder_name, read.account_type, read.currency) == (
        "4221 **** **** 5678",
        "DANG THU HA",
        "CREDIT_CARD",
        "VND",
    )
