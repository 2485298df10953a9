"""Seven statement layouts from invented banks; each prints statements and reports where rows landed.

Together they cover the variations the extractor must handle (DESIGN.md, "Extraction"): separate
debit and credit columns under four vocabularies, signed amounts, DR/CR suffixes, parentheses and
trailing minus, three number formats and three currency symbols, dates with and without year in
both orders and two languages, wrapped descriptions with the amount on the first or the last line,
dates printed once per day, brought and carried forward rows, page totals, repeated page headers
and footers, two accounts in one file, and a credit-card statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4, letter

from devtools.samplegen import formats as fmt
from devtools.samplegen.model import CHEQUING, CREDIT_CARD, SAVINGS, Statement, Txn
from devtools.samplegen.pdfkit import (
    Column,
    Pager,
    Row,
    TableStyle,
    draw_row,
    draw_table,
    text,
    two_passes,
    wrap,
)

ZERO = Decimal("0")
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.93, 0.93, 0.93)
A4_HEIGHT = float(A4[1])


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered file: the PDF, and per statement and transaction its page and printed balance."""

    pdf: bytes
    pages: list[list[int]]
    balances: list[list[Decimal | None]]


Render = Callable[[Sequence[Statement]], Rendered]


@dataclass(frozen=True, slots=True)
class Layout:
    """One invented bank's statement design and the data it is drawn with."""

    name: str
    institution: str
    country: str  # style of holder names and addresses
    profiles: tuple[str, ...]  # transaction mix per account in the file
    account_types: tuple[str | None, ...]  # one per account in the file; None: not printed
    currency: str
    cycle_day: int  # 1: calendar months; 15: the 15th to the 14th
    render: Render
    second_date: bool = False  # rows print a value or posting date beside the transaction date


# --- shared row building ------------------------------------------------------------------------


def txn_rows(
    statement: Statement,
    *,
    font: str,
    size: float,
    width: float,
    date: Callable[[dt.date], str],
    amounts: Callable[[Txn], dict[str, str]],
    balance: Callable[[Decimal], str] | None,
    date_once_per_day: bool = False,
    balance_at_day_end: bool = False,
    amount_on_last_line: bool = False,
) -> tuple[list[Row], list[Decimal | None]]:
    """Rows for the statement's transactions, and the running balance each one prints (or None)."""
    rows: list[Row] = []
    printed: list[Decimal | None] = []
    running = statement.running_balances()
    txns = statement.transactions
    for i, txn in enumerate(txns):
        lines = wrap(txn.printed_text, font, size, width)
        at = len(lines) - 1 if amount_on_last_line else 0
        pad = [""] * at
        cells: dict[str, list[str]] = {"description": lines}
        if not (date_once_per_day and i > 0 and txns[i - 1].date == txn.date):
            cells["date"] = [date(txn.date)]
        for key, value in amounts(txn).items():
            cells[key] = [*pad, value]
        shown: Decimal | None = None
        day_ends = i == len(txns) - 1 or txns[i + 1].date != txn.date
        if balance is not None and (day_ends or not balance_at_day_end):
            shown = running[i]
            cells["balance"] = [*pad, balance(shown)]
        rows.append(Row(cells=cells, ref=i))
        printed.append(shown)
    return rows, printed


def split_amount(debit: str, credit: str, show: Callable[[Decimal], str]) -> Callable[[Txn], dict[str, str]]:
    """Money out in the `debit` column, money in in the `credit` column, both unsigned."""

    def cells(txn: Txn) -> dict[str, str]:
        return {debit if txn.amount < 0 else credit: show(txn.shown_amount)}

    return cells


def totals(statement: Statement, refs: Sequence[int] | None = None) -> tuple[Decimal, Decimal]:
    """Money out (positive) and money in over the given transactions, or all of them."""
    txns = statement.transactions if refs is None else [statement.transactions[i] for i in refs]
    out = sum((-t.amount for t in txns if t.amount < 0), ZERO)
    into = sum((t.amount for t in txns if t.amount > 0), ZERO)
    return out, into


def pairs(
    canvas: Any,
    x: float,
    y: float,
    items: Sequence[tuple[str, str]],
    *,
    dx: float,
    size: float = 9,
    leading: float = 13,
    font: str = "Helvetica",
    bold: str = "Helvetica-Bold",
    align_right: float = 0,
) -> float:
    """Label/value lines; values right-aligned at `align_right` when given. Returns the y below them."""
    for label, value in items:
        canvas.setFont(font, size)
        canvas.drawString(x, y, label)
        canvas.setFont(bold, size)
        if align_right:
            canvas.drawRightString(align_right, y, value)
        else:
            canvas.drawString(x + dx, y, value)
        y -= leading
    return y


def block(
    canvas: Any,
    x: float,
    y: float,
    lines: Sequence[str],
    *,
    font: str,
    size: float,
    leading: float,
    bold_first: str | None = None,
) -> float:
    for i, line in enumerate(lines):
        canvas.setFont(bold_first if bold_first and i == 0 else font, size)
        canvas.drawString(x, y, line)
        y -= leading
    return y


def holder_lines(statement: Statement) -> list[str]:
    return ([statement.holder_name] if statement.holder_name else []) + list(statement.address)


def render_each(
    statements: Sequence[Statement],
    draw: Callable[[Any, int], tuple[list[list[int]], list[list[Decimal | None]]]],
    size: tuple[float, float],
) -> Rendered:
    pdf, (pages, balances) = two_passes(draw, size, statements[0].institution)
    return Rendered(pdf=pdf, pages=pages, balances=balances)


def ordered(pages: dict[int, int], count: int) -> list[int]:
    return [pages[i] for i in range(count)]


# --- 1. Bluefern: Canadian chequing, Withdrawals/Deposits, "Nov 03", amount on the first line -----


def _dollars(value: Decimal) -> str:
    return f"-${fmt.us(value)}" if value < 0 else f"${fmt.us(value)}"


def _signed_us(value: Decimal) -> str:
    return f"-{fmt.us(value)}" if value < 0 else fmt.us(value)


def render_bluefern(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    teal = Color(0.0, 0.42, 0.45)
    period = f"{fmt.short_en(s.period_start)} to {fmt.short_en(s.period_end)}"
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 50, 40),
            Column("description", ("Description",), 95, 230),
            Column("withdrawals", ("Withdrawals ($)",), 330, 70, "right"),
            Column("deposits", ("Deposits ($)",), 410, 70, "right"),
            Column("balance", ("Balance ($)",), 490, 72, "right"),
        ),
        header_fill=LIGHT,
        rule_color=Color(0.8, 0.85, 0.85),
        left=45,
        right=567,
    )

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            if pager.page == 1:
                canvas.setFillColor(teal)
                canvas.rect(0, 742, 612, 50, stroke=0, fill=1)
                canvas.setFillColor(white)
                canvas.setFont("Helvetica-Bold", 18)
                canvas.drawString(45, 760, s.institution)
                canvas.setFont("Helvetica", 11)
                canvas.drawRightString(567, 760, "Chequing Account Statement")
                canvas.setFillColor(Color(0, 0, 0))
                block(
                    canvas,
                    50,
                    700,
                    holder_lines(s),
                    font="Helvetica",
                    size=10,
                    leading=13,
                    bold_first="Helvetica-Bold" if s.holder_name else None,
                )
                pairs(
                    canvas,
                    330,
                    700,
                    [
                        ("Account number", s.account_number),
                        ("Account type", "Chequing"),
                        ("Currency", s.currency),
                        ("Statement period", period),
                    ],
                    dx=85,
                )
                canvas.setStrokeColor(teal)
                canvas.roundRect(45, 540, 522, 90, 6, stroke=1, fill=0)
                canvas.setFont("Helvetica-Bold", 10)
                canvas.setFillColor(teal)
                canvas.drawString(55, 615, "Your account summary")
                canvas.setFillColor(Color(0, 0, 0))
                out, into = totals(s)
                pairs(
                    canvas,
                    55,
                    598,
                    [
                        (f"Opening balance on {fmt.short_en(s.period_start)}", _dollars(s.opening)),
                        ("Total deposits", f"+ {_dollars(into)}"),
                        ("Total withdrawals", f"- {_dollars(out)}"),
                        (f"Closing balance on {fmt.short_en(s.period_end)}", _dollars(s.printed_closing)),
                    ],
                    dx=0,
                    align_right=400,
                    leading=13,
                )
                return 515
            canvas.setFont("Helvetica-Bold", 11)
            canvas.setFillColor(teal)
            canvas.drawString(45, 760, s.institution)
            canvas.setFillColor(Color(0, 0, 0))
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(567, 760, f"Account {s.account_number}  |  {period}")
            return 730

        def end(pager: Pager) -> None:
            canvas.setStrokeColor(teal)
            canvas.line(45, 48, 567, 48)
            canvas.setFont("Helvetica", 7)
            canvas.setFillColor(GREY)
            canvas.drawString(
                45, 36, f"{s.institution} is a fictional institution. Questions? Call 1-800-555-0199."
            )
            canvas.drawRightString(567, 36, f"Page {pager.page} of {total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 70, start, end)
        pager.begin()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=225,
            date=fmt.mon_dd,
            amounts=split_amount("withdrawals", "deposits", fmt.us),
            balance=_signed_us,
            date_once_per_day=True,
        )
        opening = Row(
            {
                "date": [fmt.mon_dd(s.period_start)],
                "description": ["Opening balance"],
                "balance": [_signed_us(s.opening)],
            },
            bold=True,
        )
        closing = Row(
            {
                "date": [fmt.mon_dd(s.period_end)],
                "description": ["Closing balance"],
                "balance": [_signed_us(s.printed_closing)],
            },
            bold=True,
        )
        pages = draw_table(pager, style, [opening, *rows, closing])
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


# --- 2. Thistledown: UK current account, Paid out/Paid in, "03 Nov 24", amount on the last line ---


def render_thistledown(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    red = Color(0.55, 0.05, 0.1)
    height = A4_HEIGHT
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 45, 50),
            Column("description", ("Payment type and details",), 100, 150),
            Column("out", ("Paid out",), 290, 80, "right"),
            Column("in", ("Paid in",), 380, 80, "right"),
            Column("balance", ("Balance",), 470, 80, "right"),
        ),
        font="Times-Roman",
        bold_font="Times-Bold",
        size=9,
        leading=11,
        rule_color=Color(0.75, 0.75, 0.75),
        left=40,
        right=552,
    )
    # "1 November to 30 November 2024": the year once, unless the period crosses one
    start_month = fmt.MONTHS_EN_FULL[s.period_start.month - 1]
    period = f"{s.period_start.day} {start_month} to {fmt.day_month_en(s.period_end)}"
    if s.period_start.year != s.period_end.year:
        period = f"{fmt.day_month_en(s.period_start)} to {fmt.day_month_en(s.period_end)}"

    def gbp(value: Decimal) -> str:
        return f"-£{fmt.us(value)}" if value < 0 else f"£{fmt.us(value)}"

    def balance_text(value: Decimal) -> str:
        return f"{fmt.us(value)} D" if value < 0 else fmt.us(value)

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFillColor(red)
            canvas.setFont("Times-Bold", 16)
            canvas.drawRightString(552, height - 50, s.institution)
            canvas.setFillColor(Color(0, 0, 0))
            if pager.page == 1:
                block(canvas, 60, height - 110, holder_lines(s), font="Times-Roman", size=10, leading=12)
                canvas.setFont("Times-Bold", 14)
                canvas.drawString(40, height - 200, "Your Current Account statement")
                pairs(
                    canvas,
                    40,
                    height - 222,
                    [
                        ("Account Name", s.holder_name or ""),
                        ("Sortcode", "40-18-27"),
                        ("Account Number", s.account_number),
                        ("Sheet Number", "112"),
                    ],
                    dx=90,
                    font="Times-Roman",
                    bold="Times-Bold",
                )
                canvas.setFont("Times-Roman", 10)
                canvas.drawString(40, height - 280, period)
                canvas.setStrokeColor(red)
                canvas.rect(330, height - 285, 222, 80, stroke=1, fill=0)
                canvas.setFont("Times-Bold", 10)
                canvas.drawString(338, height - 220, "Your Current Account details")
                out, into = totals(s)
                pairs(
                    canvas,
                    338,
                    height - 236,
                    [
                        ("Opening Balance", gbp(s.opening)),
                        ("Payments In", gbp(into)),
                        ("Payments Out", gbp(out)),
                        ("Closing Balance", gbp(s.printed_closing)),
                    ],
                    dx=0,
                    align_right=545,
                    font="Times-Roman",
                    bold="Times-Bold",
                    leading=12,
                )
                return height - 320
            canvas.setFont("Times-Roman", 10)
            canvas.drawString(40, height - 50, s.holder_name or "")
            canvas.drawString(40, height - 64, "Your Current Account statement")
            canvas.drawString(40, height - 78, f"Account Number {s.account_number}   Sortcode 40-18-27")
            return height - 110

        def end(pager: Pager) -> None:
            canvas.setFont("Times-Italic", 7.5)
            canvas.setFillColor(GREY)
            canvas.drawString(
                40,
                30,
                f"{s.institution}. A fictional bank for test statements. Registered office: 1 Thistle Row.",
            )
            canvas.drawRightString(552, 30, f"{pager.page} of {total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        running = s.running_balances()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=150,
            date=fmt.dd_mon_yy,
            amounts=split_amount("out", "in", fmt.us),
            balance=balance_text,
            date_once_per_day=True,
            balance_at_day_end=True,
            amount_on_last_line=True,
        )

        def forward(label: str, value: Decimal) -> Row:
            return Row({"description": [label], "balance": [balance_text(value)]}, bold=True)

        def carried(pager: Pager, refs: list[int]) -> None:
            draw_row(pager, style, forward("BALANCE CARRIED FORWARD", running[refs[-1]]))

        def brought(pager: Pager, refs: list[int]) -> None:
            draw_row(pager, style, forward("BALANCE BROUGHT FORWARD", running[refs[-1]]))

        first = Row(
            {
                "date": [fmt.dd_mon_yy(s.period_start)],
                "description": ["BALANCE BROUGHT FORWARD"],
                "balance": [balance_text(s.opening)],
            },
            bold=True,
        )
        pages = draw_table(
            pager,
            style,
            [first, *rows],
            reserve=style.leading + style.row_gap,
            before_break=carried,
            after_break=brought,
        )
        draw_row(
            pager,
            style,
            Row(
                {
                    "date": [fmt.dd_mon_yy(s.period_end)],
                    "description": ["BALANCE CARRIED FORWARD"],
                    "balance": [balance_text(s.printed_closing)],
                },
                bold=True,
            ),
        )
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 3. Vallon-Doré: French, Retraits/Dépôts/Solde, "05 nov.", 1 234,56, page totals -------------


def render_vallon(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    navy = Color(0.1, 0.15, 0.4)
    height = A4_HEIGHT
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 45, 45),
            Column("description", ("Libellé",), 95, 225),
            Column("out", ("Retraits",), 325, 70, "right"),
            Column("in", ("Dépôts",), 405, 70, "right"),
            Column("balance", ("Solde",), 480, 70, "right"),
        ),
        header_fill=navy,
        header_color=white,
        rule_color=Color(0.7, 0.7, 0.8),
        vertical_rules=True,
        left=40,
        right=555,
    )

    def euro(value: Decimal) -> str:
        return f"-{fmt.fr(value)} €" if value < 0 else f"{fmt.fr(value)} €"

    def signed(value: Decimal) -> str:
        return f"-{fmt.fr(value)}" if value < 0 else fmt.fr(value)

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFillColor(navy)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(40, height - 55, s.institution)
            canvas.setFont("Helvetica-Bold", 13)
            canvas.drawRightString(555, height - 55, "Relevé de compte")
            canvas.setFillColor(Color(0, 0, 0))
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(
                555, height - 70, f"Période du {fmt.long_fr(s.period_start)} au {fmt.long_fr(s.period_end)}"
            )
            if pager.page == 1:
                block(
                    canvas,
                    330,
                    height - 120,
                    holder_lines(s),
                    font="Helvetica",
                    size=10,
                    leading=13,
                    bold_first="Helvetica-Bold" if s.holder_name else None,
                )
                pairs(
                    canvas,
                    40,
                    height - 120,
                    [
                        ("Numéro de compte :", s.account_number),
                        ("Type de compte :", "Compte chèques"),
                        ("Devise :", s.currency),
                    ],
                    dx=95,
                )
                out, into = totals(s)
                canvas.setFillColor(Color(0.92, 0.93, 0.97))
                canvas.rect(40, height - 270, 515, 70, stroke=0, fill=1)
                canvas.setFillColor(Color(0, 0, 0))
                pairs(
                    canvas,
                    50,
                    height - 215,
                    [
                        (f"Solde d'ouverture au {fmt.long_fr(s.period_start)}", euro(s.opening)),
                        ("Total des retraits", euro(out)),
                        ("Total des dépôts", euro(into)),
                        (f"Solde de clôture au {fmt.long_fr(s.period_end)}", euro(s.printed_closing)),
                    ],
                    dx=0,
                    align_right=400,
                    leading=13,
                )
                return height - 300
            canvas.setFont("Helvetica", 9)
            canvas.drawString(40, height - 70, f"Numéro de compte : {s.account_number}")
            return height - 100

        def end(pager: Pager) -> None:
            canvas.setFont("Helvetica", 7)
            canvas.setFillColor(GREY)
            canvas.drawString(40, 30, f"{s.institution} — société fictive, relevé d'exemple.")
            canvas.drawRightString(555, 30, f"Page {pager.page} / {total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        running = s.running_balances()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=220,
            date=fmt.dd_mon_fr,
            amounts=split_amount("out", "in", fmt.fr),
            balance=signed,
        )

        def page_total(pager: Pager, refs: list[int]) -> None:
            out, into = totals(s, refs)
            draw_row(
                pager,
                style,
                Row(
                    {"description": ["Total de la page"], "out": [fmt.fr(out)], "in": [fmt.fr(into)]},
                    bold=True,
                ),
            )

        def brought(pager: Pager, refs: list[int]) -> None:
            draw_row(
                pager,
                style,
                Row({"description": ["Solde reporté"], "balance": [signed(running[refs[-1]])]}, bold=True),
            )

        opening = Row(
            {
                "date": [fmt.dd_mon_fr(s.period_start)],
                "description": ["Solde d'ouverture"],
                "balance": [signed(s.opening)],
            },
            bold=True,
        )
        pages = draw_table(
            pager,
            style,
            [opening, *rows],
            reserve=style.leading + style.row_gap,
            before_break=page_total,
            after_break=brought,
        )
        last_page = [i for i, page in pages.items() if page == pager.page]
        page_total(pager, last_page)
        draw_row(
            pager,
            style,
            Row(
                {
                    "date": [fmt.dd_mon_fr(s.period_end)],
                    "description": ["Solde de clôture"],
                    "balance": [signed(s.printed_closing)],
                },
                bold=True,
            ),
        )
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 4. Pebblecreek: US checking, monospace, one Amount column with trailing minus, MM/DD/YYYY ---


def render_pebblecreek(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    style = TableStyle(
        columns=(
            Column("date", ("DATE",), 50, 70),
            Column("description", ("DESCRIPTION",), 125, 250),
            Column("amount", ("AMOUNT",), 380, 85, "right"),
            Column("balance", ("BALANCE",), 470, 90, "right"),
        ),
        font="Courier",
        bold_font="Courier-Bold",
        size=8.5,
        leading=10.5,
        left=45,
        right=565,
    )

    def trailing(value: Decimal) -> str:
        return f"{fmt.us(value)}-" if value < 0 else fmt.us(value)

    period = f"{fmt.mm_dd_yyyy(s.period_start)} THRU {fmt.mm_dd_yyyy(s.period_end)}"

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFont("Courier-Bold", 14)
            canvas.drawString(45, 750, s.institution)
            canvas.setFont("Courier", 8)
            canvas.drawString(45, 738, "CUSTOMER SERVICE 1-800-555-0142")
            if pager.page == 1:
                block(canvas, 60, 690, holder_lines(s), font="Courier", size=9.5, leading=11.5)
                pairs(
                    canvas,
                    330,
                    700,
                    [
                        ("ACCOUNT NUMBER", s.account_number),
                        ("ACCOUNT TYPE", "PERSONAL CHECKING"),
                        ("CURRENCY", s.currency),
                        ("STATEMENT PERIOD", period),
                    ],
                    dx=0,
                    font="Courier",
                    bold="Courier-Bold",
                    size=8,
                    align_right=565,
                    leading=11,
                )
                canvas.setFont("Courier-Bold", 9)
                canvas.drawString(45, 600, "ACCOUNT SUMMARY")
                canvas.line(45, 596, 565, 596)
                out, into = totals(s)
                pairs(
                    canvas,
                    45,
                    583,
                    [
                        ("BEGINNING BALANCE", f"${trailing(s.opening)}"),
                        ("DEPOSITS AND CREDITS", f"${fmt.us(into)}"),
                        ("WITHDRAWALS AND DEBITS", f"${trailing(-out)}"),
                        ("ENDING BALANCE", f"${trailing(s.printed_closing)}"),
                    ],
                    dx=0,
                    font="Courier",
                    bold="Courier-Bold",
                    size=8.5,
                    align_right=330,
                    leading=11,
                )
                canvas.line(45, 530, 565, 530)
                return 510
            canvas.setFont("Courier", 8)
            canvas.drawString(45, 724, f"ACCOUNT NUMBER {s.account_number}   STATEMENT PERIOD {period}")
            canvas.line(45, 718, 565, 718)
            return 700

        def end(pager: Pager) -> None:
            canvas.setFont("Courier", 7.5)
            canvas.drawCentredString(306, 30, f"PAGE {pager.page} OF {total}")
            canvas.drawString(45, 42, f"{s.institution} - FICTIONAL - FOR TESTING ONLY")

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=245,
            date=fmt.mm_dd_yyyy,
            amounts=lambda t: {"amount": trailing(t.shown_amount)},
            balance=trailing,
        )
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


# --- 5. Orrery: Dutch bank in English, dd.mm.yyyy, 1.234,56 with DR/CR, zebra rows ---------------


def render_orrery(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    green = Color(0.1, 0.45, 0.3)
    height = A4_HEIGHT
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 45, 60),
            Column("description", ("Description",), 110, 240),
            Column("amount", ("Amount (EUR)",), 355, 90, "right"),
            Column("balance", ("Balance (EUR)",), 455, 95, "right"),
        ),
        zebra=Color(0.92, 0.96, 0.93),
        header_color=green,
        rule_color=green,
        left=40,
        right=555,
    )

    def drcr(value: Decimal) -> str:
        return f"{fmt.eu(value)} DR" if value < 0 else f"{fmt.eu(value)} CR"

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFillColor(green)
            canvas.circle(55, height - 50, 12, stroke=0, fill=1)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(75, height - 56, s.institution)
            canvas.setFillColor(Color(0, 0, 0))
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(555, height - 45, "Account statement")
            canvas.drawRightString(
                555, height - 58, f"Period {fmt.dd_mm_yyyy(s.period_start)} - {fmt.dd_mm_yyyy(s.period_end)}"
            )
            if pager.page == 1:
                block(canvas, 45, height - 110, holder_lines(s), font="Helvetica", size=10, leading=13)
                pairs(
                    canvas,
                    320,
                    height - 110,
                    [
                        ("IBAN", s.account_number),
                        ("Account type", "Current account"),
                        ("Currency", s.currency),
                    ],
                    dx=75,
                    size=8.5,
                )
                pairs(
                    canvas,
                    45,
                    height - 200,
                    [
                        (f"Opening balance {fmt.dd_mm_yyyy(s.period_start)}", f"€ {drcr(s.opening)}"),
                        (f"Closing balance {fmt.dd_mm_yyyy(s.period_end)}", f"€ {drcr(s.printed_closing)}"),
                    ],
                    dx=0,
                    align_right=330,
                    size=9.5,
                )
                return height - 250
            canvas.drawString(45, height - 85, f"{s.holder_name or ''}   IBAN {s.account_number}")
            return height - 110

        def end(pager: Pager) -> None:
            canvas.setFont("Helvetica", 7)
            canvas.setFillColor(green)
            canvas.drawString(40, 30, f"{s.institution} · fictional bank · statement for testing")
            canvas.drawRightString(555, 30, f"page {pager.page}/{total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 55, start, end)
        pager.begin()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=235,
            date=fmt.dd_mm_yyyy,
            amounts=lambda t: {"amount": drcr(t.shown_amount)},
            balance=drcr,
        )
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 6. Quillstone: credit card, masked card number, parentheses for credits, no balance column ---


def render_quillstone(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    purple = Color(0.33, 0.15, 0.5)
    style = TableStyle(
        columns=(
            Column("date", ("Trans.", "date"), 50, 45),
            Column("post", ("Post", "date"), 100, 45),
            Column("description", ("", "Description"), 150, 300),
            Column("amount", ("", "Amount ($)"), 470, 90, "right"),
        ),
        header_fill=Color(0.93, 0.9, 0.96),
        rule_color=Color(0.85, 0.8, 0.9),
        left=45,
        right=567,
    )

    def owed(value: Decimal) -> str:
        # a card statement prints what is owed; the holder's side is the opposite sign
        return f"${fmt.us(-value)}" if value <= 0 else f"-${fmt.us(value)}"

    def card_amount(value: Decimal) -> str:
        return f"({fmt.us(value)})" if value > 0 else fmt.us(value)

    period = f"{fmt.short_en(s.period_start)} - {fmt.short_en(s.period_end)}"

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFillColor(purple)
            canvas.setFont("Helvetica-Bold", 17)
            canvas.drawString(45, 745, s.institution)
            canvas.setFont("Helvetica", 10)
            canvas.drawString(45, 730, "Quillstone Rewards Card statement")
            canvas.setFillColor(Color(0, 0, 0))
            if pager.page == 1:
                block(canvas, 45, 690, holder_lines(s), font="Helvetica", size=10, leading=13)
                canvas.setFillColor(Color(0.96, 0.94, 0.98))
                canvas.rect(330, 585, 237, 125, stroke=0, fill=1)
                canvas.setFillColor(Color(0, 0, 0))
                out, into = totals(s)
                y = pairs(
                    canvas,
                    340,
                    695,
                    [
                        ("Card number", s.account_number),
                        ("Account type", "Credit card"),
                        ("Currency", s.currency),
                        ("Statement period", period),
                    ],
                    dx=0,
                    align_right=560,
                    size=8.5,
                    leading=12,
                )
                pairs(
                    canvas,
                    340,
                    y - 4,
                    [
                        ("Previous balance", owed(s.opening)),
                        ("Payments and credits", f"({fmt.us(into)})"),
                        ("Purchases and charges", fmt.us(out)),
                        ("New balance", owed(s.printed_closing)),
                    ],
                    dx=0,
                    align_right=560,
                    size=8.5,
                    leading=12,
                )
                canvas.setFont("Helvetica", 8)
                due = s.period_end + dt.timedelta(days=21)
                canvas.drawString(45, 600, f"Minimum payment $10.00 due by {fmt.short_en(due)}.")
                return 555
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(567, 745, f"Card number {s.account_number}")
            canvas.drawRightString(567, 733, f"Statement period {period}")
            return 700

        def end(pager: Pager) -> None:
            canvas.setFont("Helvetica", 7)
            canvas.setFillColor(GREY)
            canvas.drawString(
                45, 32, f"{s.institution} is fictional. Interest rates shown are examples only."
            )
            canvas.drawRightString(567, 32, f"Page {pager.page} of {total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = txn_rows(
            s,
            font=style.font,
            size=style.size,
            width=295,
            date=fmt.mon_dd,
            amounts=lambda t: {"amount": card_amount(t.shown_amount)},
            balance=None,
        )
        for row, txn in zip(rows, s.transactions, strict=True):
            row.cells["date"] = [fmt.mon_dd(txn.date)]
            row.cells["post"] = [fmt.mon_dd(min(txn.date + dt.timedelta(days=1), s.period_end))]
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


# --- 7. Lanternhill: two accounts in one file, Debit/Credit with $, MM/DD without year -----------


def render_lanternhill(statements: Sequence[Statement]) -> Rendered:
    first = statements[0]
    brown = Color(0.6, 0.3, 0.05)
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 50, 35),
            Column("description", ("Transaction details",), 90, 250),
            Column("debit", ("Debit",), 345, 65, "right"),
            Column("credit", ("Credit",), 415, 65, "right"),
            Column("balance", ("Balance",), 485, 77, "right"),
        ),
        rule_color=Color(0.85, 0.75, 0.65),
        left=45,
        right=567,
    )

    def cad(value: Decimal) -> str:
        return f"(${fmt.us(value)})" if value < 0 else f"${fmt.us(value)}"

    names: dict[str | None, str] = {
        CHEQUING: "Everyday Chequing Account",
        SAVINGS: "High Interest Savings Account",
    }
    period = f"{fmt.long_en(first.period_start)} - {fmt.long_en(first.period_end)}"

    def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
        def start(pager: Pager) -> float:
            canvas.setFillColor(brown)
            canvas.rect(45, 738, 6, 30, stroke=0, fill=1)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(58, 752, first.institution)
            canvas.setFillColor(Color(0, 0, 0))
            canvas.setFont("Helvetica", 9)
            canvas.drawString(58, 740, f"Combined Statement  ·  {period}")
            if pager.page == 1:
                block(
                    canvas,
                    50,
                    700,
                    holder_lines(first),
                    font="Helvetica",
                    size=10,
                    leading=13,
                    bold_first="Helvetica-Bold" if first.holder_name else None,
                )
                canvas.setFont("Helvetica", 8.5)
                canvas.drawString(350, 700, f"All amounts in {first.currency}")
                canvas.setFont("Helvetica-Bold", 9)
                y = 640
                for label, x, align in (
                    ("Account", 50, "left"),
                    ("Account number", 250, "left"),
                    ("Opening balance", 460, "right"),
                    ("Closing balance", 562, "right"),
                ):
                    text(canvas, x, y, label, "right" if align == "right" else "left")
                canvas.setFont("Helvetica", 9)
                for s in statements:
                    y -= 13
                    canvas.drawString(50, y, names[s.account_type])
                    canvas.drawString(250, y, s.account_number)
                    canvas.drawRightString(460, y, cad(s.opening))
                    canvas.drawRightString(562, y, cad(s.printed_closing))
                return y - 35
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(567, 752, first.holder_name or "")
            return 705

        def end(pager: Pager) -> None:
            canvas.setFont("Helvetica", 7)
            canvas.setFillColor(GREY)
            canvas.drawString(
                45, 32, f"{first.institution} (fictional). Keep this statement for your records."
            )
            canvas.drawRightString(567, 32, f"Page {pager.page} of {total}")
            canvas.setFillColor(Color(0, 0, 0))

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        all_pages: list[list[int]] = []
        all_balances: list[list[Decimal | None]] = []
        for s in statements:
            if pager.y < 200:
                pager.break_page()
            canvas.setFillColor(brown)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(45, pager.y, names[s.account_type])
            canvas.setFillColor(Color(0, 0, 0))
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(567, pager.y, f"Account number {s.account_number}")
            pager.y -= 22
            rows, balances = txn_rows(
                s,
                font=style.font,
                size=style.size,
                width=245,
                date=fmt.mm_dd,
                amounts=split_amount("debit", "credit", lambda v: f"${fmt.us(v)}"),
                balance=cad,
            )
            opening = Row(
                {
                    "date": [fmt.mm_dd(s.period_start)],
                    "description": ["Opening balance"],
                    "balance": [cad(s.opening)],
                },
                bold=True,
            )
            closing = Row(
                {
                    "date": [fmt.mm_dd(s.period_end)],
                    "description": ["Closing balance"],
                    "balance": [cad(s.printed_closing)],
                },
                bold=True,
            )
            pages = draw_table(pager, style, [opening, *rows, closing])
            all_pages.append(ordered(pages, len(rows)))
            all_balances.append(balances)
            pager.y -= 25
        pager.finish()
        return all_pages, all_balances

    return render_each(statements, draw, letter)


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("bluefern", "Bluefern Savings Bank", "ca", ("ca",), (CHEQUING,), "CAD", 1, render_bluefern),
        Layout(
            "thistledown", "Thistledown Bank plc", "uk", ("uk",), (CHEQUING,), "GBP", 1, render_thistledown
        ),
        Layout("vallon", "Caisse Vallon-Doré", "fr", ("fr",), (CHEQUING,), "EUR", 1, render_vallon),
        Layout(
            "pebblecreek",
            "PEBBLECREEK FEDERAL BANK",
            "us",
            ("us",),
            (CHEQUING,),
            "USD",
            1,
            render_pebblecreek,
        ),
        Layout("orrery", "Orrery Bank N.V.", "nl", ("nl",), (CHEQUING,), "EUR", 1, render_orrery),
        Layout(
            "quillstone",
            "Quillstone Card Services",
            "ca",
            ("card",),
            (CREDIT_CARD,),
            "CAD",
            15,
            render_quillstone,
        ),
        Layout(
            "lanternhill",
            "Lanternhill Bank",
            "ca",
            ("ca", "savings"),
            (CHEQUING, SAVINGS),
            "CAD",
            1,
            render_lanternhill,
        ),
    )
}
