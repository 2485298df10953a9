"""Seven more invented layouts, of kinds of real statements the nine of `world` do not show.

Each is a kind of document, never one bank's design (issue 14): a Singapore-style card statement
(two cards with a sub-total each, `CR` on credits, previous and new balance, `12 JAN` dates, no
running balance); an Australian transaction account (balances with a `CR`/`DR` suffix, opening
and closing balances as dated rows, a summary printed as labels over values); a German savings
bank's statement (one signed amount column, the same "Kontostand am" words for the old and the new
balance); a Nigerian bank account (`02-Jan-2025` dates, reference and branch columns, the
description printed to the right of the amounts); a US card statement (the account summary beside
page 1's rows, sections titled among them, year-to-date totals after them); a Swiss account
(money in before money out, the value date after them); and a Canadian chequing account (the date
right of the money columns as `JAN03`, the year only in the period). Registered with the others
in `WORLD_LAYOUTS`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4, letter

from devtools.samplegen import formats as fmt
from devtools.samplegen.layouts import (
    A4_HEIGHT,
    Layout,
    Rendered,
    block,
    holder_lines,
    ordered,
    pairs,
    render_each,
    totals,
)
from devtools.samplegen.model import CHEQUING, CREDIT_CARD, Statement, Txn
from devtools.samplegen.pdfkit import Column, Pager, Row, TableStyle, draw_table
from devtools.samplegen.world import (
    BLACK,
    FIRST_WORLD_LAYOUTS,
    WALLET,
    Drawn,
    debit_credit,
    footer,
    leading_minus,
    period_number,
    rows_of,
    with_dates,
)


def _digest(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def day_mon(date: dt.date) -> str:
    """12 JAN"""
    return f"{date.day:02d} {fmt.MONTHS_EN[date.month - 1].upper()}"


def day_mon_year(date: dt.date) -> str:
    """12 JAN 2025"""
    return f"{day_mon(date)} {date.year}"


# --- 10. Merlion: Singapore card, two cards with sub-totals, CR credits, previous/new balance -----


def owed_cr(value: Decimal) -> str:
    """A card issuer's figure from the holder's side: what is owed unsigned, a credit marked CR."""
    return fmt.us(-value) if value < 0 else f"{fmt.us(value)} CR"


def supplementary_card(s: Statement) -> tuple[list[int], list[int]]:
    """The rows of the principal card (with every payment) and of the supplementary card."""
    second = [
        i
        for i, t in enumerate(s.transactions)
        if t.amount < 0 and _digest(s.account_number, i, t.date) % 5 < 2
    ]
    first = [i for i in range(len(s.transactions)) if i not in second]
    return first, second


def render_merlion(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    red = Color(0.7, 0.1, 0.15)
    style = TableStyle(
        columns=(
            Column("date", ("TRANS", "DATE"), 45, 42),
            Column("value", ("POST", "DATE"), 92, 42),
            Column("description", ("", "DESCRIPTION"), 140, 300),
            Column("amount", ("", "AMOUNT (SGD)"), 460, 100, "right"),
        ),
        rule_color=None,
        left=40,
        right=565,
        row_gap=2,
    )
    principal, supplementary = supplementary_card(s)
    other_number = f"{s.account_number[:-4]}{_digest(s.account_number) % 10_000:04d}"
    cards = ((s.account_number, principal), (other_number, supplementary))
    due = s.period_end + dt.timedelta(days=25)

    def card_rows(number: str, refs: list[int]) -> list[Row]:
        rows, _ = rows_of(
            s,
            style,
            width=290,
            cells=with_dates(day_mon, lambda t: {"amount": owed_cr(t.shown_amount)}),
            refs=refs,
        )
        heading = Row({"description": [f"VISA PLATINUM CARD {number}", s.holder_name or ""]}, bold=True)
        spent = sum((s.transactions[i].amount for i in refs), Decimal(0))
        return [heading, *rows, Row({"description": ["SUB-TOTAL"], "amount": [owed_cr(spent)]}, bold=True)]

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(red)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(40, A4_HEIGHT - 50, s.institution.upper())
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawRightString(565, A4_HEIGHT - 48, "CREDIT CARD STATEMENT")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(
                565,
                A4_HEIGHT - 60,
                f"Statement period {day_mon_year(s.period_start)} to {day_mon_year(s.period_end)}",
            )
            if pager.page > 1:
                return A4_HEIGHT - 90
            block(canvas, 45, A4_HEIGHT - 100, holder_lines(s), font="Helvetica", size=9.5, leading=12)
            canvas.setStrokeColor(red)
            canvas.rect(320, A4_HEIGHT - 178, 245, 88, stroke=1, fill=0)
            pairs(
                canvas,
                328,
                A4_HEIGHT - 104,
                [
                    ("STATEMENT DATE", day_mon_year(s.period_end)),
                    ("CARD NUMBER", s.account_number),
                    ("CREDIT LIMIT", "S$12,000.00"),
                    ("MINIMUM PAYMENT", "S$50.00"),
                    ("PAYMENT DUE DATE", day_mon_year(due)),
                ],
                dx=0,
                align_right=557,
                size=8,
                leading=14,
            )
            return A4_HEIGHT - 205

        def end(pager: Pager) -> None:
            footer(
                canvas, pager, total, f"{s.institution} is an invented issuer; test statement.", x0=40, x1=565
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        previous = Row({"description": ["PREVIOUS BALANCE"], "amount": [owed_cr(s.opening)]}, bold=True)
        table = [previous]
        for number, refs in cards:
            if refs:
                table += card_rows(number, refs)
        table.append(Row({"description": ["NEW BALANCE"], "amount": [owed_cr(s.printed_closing)]}, bold=True))
        pages = draw_table(pager, style, table)
        pager.y -= 10
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(45, pager.y, f"Please pay by {day_mon_year(due)} to avoid a late payment charge.")
        pager.finish()
        return [ordered(pages, len(s.transactions))], [[None] * len(s.transactions)]

    return render_each(statements, draw, A4)


# --- 11. Kurrajong: Australian transaction account, balances with CR/DR, dated balance rows -------


def with_cr_dr(value: Decimal) -> str:
    """$1,234.56 CR in credit, $12.34 DR overdrawn."""
    return f"${fmt.us(value)} {'DR' if value < 0 else 'CR'}"


def render_kurrajong(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    ochre = Color(0.75, 0.45, 0.1)
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 45, 45),
            Column("description", ("Transaction",), 95, 230),
            Column("debit", ("Debit",), 330, 65, "right"),
            Column("credit", ("Credit",), 400, 65, "right"),
            Column("balance", ("Balance",), 470, 95, "right"),
        ),
        rule_color=Color(0.85, 0.85, 0.85),
        left=40,
        right=567,
    )
    period = f"{fmt.day_month_en(s.period_start)} - {fmt.day_month_en(s.period_end)}"

    def dated(date: dt.date) -> str:
        return f"{date.day:02d} {fmt.MONTHS_EN[date.month - 1]}"

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(ochre)
            canvas.rect(40, 742, 8, 30, stroke=0, fill=1)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(56, 752, s.institution)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(567, 762, f"Statement {period_number(s)} (Page {pager.page} of {total})")
            canvas.drawRightString(567, 750, f"Account Number {s.account_number}")
            if pager.page > 1:
                return 715
            y = block(canvas, 50, 700, holder_lines(s), font="Helvetica", size=10, leading=13)
            pairs(
                canvas, 330, 700, [("Period", period), ("Account type", "Everyday Account")], dx=70, size=8.5
            )
            out, into = totals(s)
            labels = ("Opening balance", "Total debits", "Total credits", "Closing balance")
            values = (
                with_cr_dr(s.opening),
                f"${fmt.us(out)}",
                f"${fmt.us(into)}",
                with_cr_dr(s.printed_closing),
            )
            top = min(y, 650) - 20
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawString(45, top, "Account Summary")
            for k, (label, value) in enumerate(zip(labels, values, strict=True)):
                x = 170 + k * 100
                canvas.setFont("Helvetica", 8)
                canvas.drawRightString(x + 60, top - 16, label)
                canvas.setFont("Helvetica-Bold", 9)
                canvas.drawRightString(x + 60, top - 29, value)
            canvas.setFont("Helvetica", 7)
            canvas.drawString(45, top - 45, f"All amounts in Australian dollars ({s.currency}).")
            return top - 75

        def end(pager: Pager) -> None:
            footer(
                canvas, pager, total, f"{s.institution} is an invented bank; test statement.", x0=40, x1=567
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=225,
            cells=lambda t: {"date": dated(t.date)} | debit_credit("debit", "credit", fmt.us)(t),
            balance=with_cr_dr,
        )

        def balance_row(date: dt.date, label: str, value: Decimal) -> Row:
            return Row(
                {
                    "date": [f"{dated(date)} {date.year}"],
                    "description": [label],
                    "balance": [with_cr_dr(value)],
                },
                bold=True,
            )

        table = [
            balance_row(s.period_start, "OPENING BALANCE", s.opening),
            *rows,
            balance_row(s.period_end, "CLOSING BALANCE", s.printed_closing),
        ]
        pages = draw_table(pager, style, table)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


# --- 12. Auental: German savings bank, one signed Betrag column, "Kontostand am" old and new ------


def render_auental(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    red = Color(0.85, 0.0, 0.0)
    style = TableStyle(
        columns=(
            Column("date", ("Buchungstag",), 45, 55),
            Column("value", ("Wert",), 105, 55),
            Column("description", ("Erläuterung",), 165, 280),
            Column("amount", ("Betrag",), 470, 85, "right"),
        ),
        rule_color=None,
        left=40,
        right=555,
        row_gap=5,
    )
    signed = leading_minus(fmt.eu)
    before = s.period_start - dt.timedelta(days=1)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(red)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, A4_HEIGHT - 50, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(555, A4_HEIGHT - 45, f"Kontoauszug {period_number(s)}/{s.period_end.year}")
            canvas.drawRightString(555, A4_HEIGHT - 57, f"Blatt {pager.page}/{total}")
            canvas.drawString(40, A4_HEIGHT - 70, f"Girokonto  IBAN {s.account_number}  Währung {s.currency}")
            if pager.page > 1:
                return A4_HEIGHT - 100
            block(canvas, 45, A4_HEIGHT - 110, holder_lines(s), font="Helvetica", size=10, leading=13)
            return A4_HEIGHT - 190

        def end(pager: Pager) -> None:
            footer(canvas, pager, total, f"{s.institution} · erfundenes Institut · Testauszug", x0=40, x1=555)

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=275,
            cells=with_dates(fmt.dd_mm_yyyy, lambda t: {"amount": signed(t.shown_amount)}),
        )
        opening = Row(
            {
                "description": [f"Kontostand am {fmt.dd_mm_yyyy(before)}, Auszug Nr. {period_number(s)}"],
                "amount": [signed(s.opening)],
            },
            bold=True,
        )
        pages = draw_table(pager, style, [opening, *rows])
        pager.y -= 6
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(165, pager.y, f"Kontostand am {fmt.dd_mm_yyyy(s.period_end)} um 20:15 Uhr")
        canvas.drawRightString(555, pager.y, signed(s.printed_closing))
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 13. Iroko: Nigerian bank account, dd-Mon-yyyy, reference and branch, remarks right of amounts -


def dd_mon_yyyy(date: dt.date) -> str:
    """02-Jan-2025"""
    return f"{date.day:02d}-{fmt.MONTHS_EN[date.month - 1]}-{date.year}"


def render_iroko(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    orange = Color(0.85, 0.35, 0.0)
    style = TableStyle(
        columns=(
            Column("date", ("Trans.", "Date"), 30, 50),
            Column("value", ("Value.", "Date"), 82, 50),
            Column("reference", ("", "Reference"), 134, 60),
            Column("debit", ("", "Debits"), 196, 60, "right"),
            Column("credit", ("", "Credits"), 262, 60, "right"),
            Column("balance", ("", "Balance"), 328, 68, "right"),
            Column("branch", ("Originating", "Branch"), 405, 55),
            Column("description", ("", "Remarks"), 465, 105),
        ),
        header_fill=Color(0.98, 0.9, 0.82),
        rule_color=Color(0.88, 0.88, 0.88),
        left=28,
        right=570,
        size=7,
        leading=9,
    )
    branches = ("IKEJA", "LEKKI", "HEAD OFFICE", "WUSE II")

    def cells(txn: Txn) -> dict[str, str]:
        key = _digest(txn.date, txn.description, txn.amount)
        return with_dates(dd_mon_yyyy, debit_credit("debit", "credit", fmt.us))(txn) | {
            "reference": f"{key % 10**8:08d}",
            "branch": branches[key % len(branches)],
        }

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(orange)
            canvas.rect(28, A4_HEIGHT - 62, 542, 28, stroke=0, fill=1)
            canvas.setFillColor(white)
            canvas.setFont("Helvetica-Bold", 14)
            canvas.drawString(36, A4_HEIGHT - 53, s.institution)
            canvas.drawRightString(562, A4_HEIGHT - 53, "Customer Statement")
            canvas.setFillColor(BLACK)
            if pager.page > 1:
                return A4_HEIGHT - 85
            out, into = totals(s)
            block(canvas, 36, A4_HEIGHT - 85, holder_lines(s), font="Helvetica-Bold", size=9, leading=12)
            pairs(
                canvas,
                300,
                A4_HEIGHT - 85,
                [
                    ("Account No", s.account_number),
                    ("Account Type", "Current Account"),
                    ("Currency", s.currency),
                    ("Period", f"{dd_mon_yyyy(s.period_start)} To {dd_mon_yyyy(s.period_end)}"),
                    ("Opening Balance", fmt.us(s.opening)),
                    ("Total Debit", fmt.us(out)),
                    ("Total Credit", fmt.us(into)),
                    ("Closing Balance", fmt.us(s.printed_closing)),
                ],
                dx=0,
                align_right=562,
                size=8,
                leading=12,
            )
            return A4_HEIGHT - 190

        def end(pager: Pager) -> None:
            footer(canvas, pager, total, f"{s.institution} Plc is invented; test statement.", x0=30, x1=570)

        pager = Pager(canvas, 55, start, end)
        pager.begin()
        rows, balances = rows_of(s, style, width=100, cells=cells, balance=leading_minus(fmt.us))
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 14. Sequoia: US card, account summary beside the page-1 rows, sections, year-to-date totals --


def card_section(txn: Txn) -> int:
    """Which section of a US card statement prints the row: payments and credits, purchases, fees,
    interest."""
    if txn.amount > 0:
        return 0
    if txn.description.startswith("INTEREST"):
        return 3
    return 2 if txn.description.endswith("FEE") else 1


def render_sequoia(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    green = Color(0.1, 0.35, 0.2)
    style = TableStyle(
        columns=(
            Column("date", ("Date of", "Transaction"), 215, 50),
            Column("description", ("", "Merchant Name or Transaction Description"), 270, 220),
            Column("amount", ("", "$ Amount"), 500, 72, "right"),
        ),
        rule_color=None,
        left=210,
        right=572,
        row_gap=2,
    )
    txns = s.transactions
    titles = ("PAYMENTS AND OTHER CREDITS", "PURCHASE", "FEES CHARGED", "INTEREST CHARGED")
    sections = [[i for i, t in enumerate(txns) if card_section(t) == k] for k in range(4)]
    charged = [sum((-txns[i].amount for i in refs), Decimal(0)) for refs in sections]
    opened = f"{s.period_start:%m/%d/%y} - {s.period_end:%m/%d/%y}"
    year = s.period_end.year

    def money(value: Decimal) -> str:
        """What the issuer prints: a charge bare, a payment or credit with a minus."""
        return f"-{fmt.us(value)}" if value > 0 else fmt.us(-value)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(green)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, 750, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(572, 755, f"Opening/Closing Date {opened}")
            canvas.drawRightString(572, 744, f"Account Number: {s.account_number}")
            if pager.page > 1:
                return 715
            block(canvas, 45, 715, holder_lines(s), font="Helvetica", size=9.5, leading=12)
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawString(40, 640, "ACCOUNT SUMMARY")
            y = pairs(
                canvas,
                40,
                626,
                [
                    ("Previous Balance", f"${fmt.us(-s.opening)}"),
                    ("Payment, Credits", f"-${fmt.us(-charged[0])}"),
                    ("Purchases", f"+${fmt.us(charged[1])}"),
                    ("Fees Charged", f"+${fmt.us(charged[2])}"),
                    ("Interest Charged", f"+${fmt.us(charged[3])}"),
                    ("New Balance", f"${fmt.us(-s.printed_closing)}"),
                ],
                dx=0,
                align_right=195,
                size=7.5,
                leading=11,
            )
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawString(40, y - 8, "PAYMENT INFORMATION")
            pairs(
                canvas,
                40,
                y - 22,
                [
                    ("Minimum Payment Due", "$35.00"),
                    ("Payment Due Date", f"{s.period_end + dt.timedelta(days=25):%m/%d/%y}"),
                ],
                dx=0,
                align_right=195,
                size=7.5,
                leading=11,
            )
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawString(215, 655, "ACCOUNT ACTIVITY")
            return 640

        def end(pager: Pager) -> None:
            footer(
                canvas, pager, total, f"{s.institution} is an invented issuer; test statement.", x0=40, x1=572
            )

        pager = Pager(canvas, 70, start, end)
        pager.begin()
        table: list[Row] = []
        for k, refs in enumerate(sections):
            if not refs:
                continue
            rows, _ = rows_of(
                s,
                style,
                width=215,
                cells=lambda t: {"date": f"{t.date:%m/%d}", "amount": money(t.amount)},
                refs=refs,
            )
            table += [Row({"date": [titles[k]]}, bold=True), *rows]
            if k >= 2:
                name = "FEES" if k == 2 else "INTEREST"
                table.append(
                    Row(
                        {
                            "description": [f"TOTAL {name} FOR THIS PERIOD"],
                            "amount": [f"${fmt.us(charged[k])}"],
                        },
                        bold=True,
                    )
                )
        pages = draw_table(pager, style, table)
        pager.y -= 14
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(215, pager.y, f"{year} Totals Year-to-Date")
        pairs(
            canvas,
            215,
            pager.y - 13,
            [
                (f"Total fees charged in {year}", f"${fmt.us(charged[2] + Decimal('39.00'))}"),
                (f"Total interest charged in {year}", f"${fmt.us(charged[3] + Decimal('61.27'))}"),
            ],
            dx=0,
            align_right=572,
            size=8,
        )
        pager.finish()
        return [ordered(pages, len(txns))], [[None] * len(txns)]

    return render_each(statements, draw, letter)


# --- 15. Rigi: Swiss account, Gutschrift before Lastschrift, Valuta after them, 1'234.56, dd.mm.yy --


def render_rigi(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    red = Color(0.8, 0.1, 0.1)
    style = TableStyle(
        columns=(
            Column("date", ("Datum",), 42, 40),
            Column("description", ("Text",), 88, 220),
            Column("credit", ("Gutschrift",), 312, 62, "right"),
            Column("debit", ("Lastschrift",), 380, 62, "right"),
            Column("value", ("Valuta",), 452, 40),
            Column("balance", ("Saldo",), 495, 62, "right"),
        ),
        rule_color=Color(0.85, 0.85, 0.85),
        left=38,
        right=560,
        size=7.5,
    )

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(red)
            canvas.rect(38, A4_HEIGHT - 58, 14, 14, stroke=0, fill=1)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 13)
            canvas.drawString(58, A4_HEIGHT - 56, s.institution)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(560, A4_HEIGHT - 48, "Kontoauszug")
            period = f"{fmt.dd_mm_yyyy(s.period_start)} - {fmt.dd_mm_yyyy(s.period_end)}"
            canvas.drawRightString(560, A4_HEIGHT - 60, f"Periode {period}")
            if pager.page > 1:
                return A4_HEIGHT - 90
            block(canvas, 330, A4_HEIGHT - 110, holder_lines(s), font="Helvetica", size=10, leading=13)
            pairs(
                canvas,
                42,
                A4_HEIGHT - 110,
                [
                    ("Privatkonto", s.account_number),
                    ("Kontoinhaber", s.holder_name or ""),
                    ("Währung", s.currency),
                ],
                dx=70,
                size=8.5,
            )
            return A4_HEIGHT - 180

        def end(pager: Pager) -> None:
            footer(canvas, pager, total, f"{s.institution} ist erfunden; Testauszug.", x0=40, x1=560)

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=215,
            cells=with_dates(fmt.dd_mm_yy, debit_credit("debit", "credit", fmt.ch)),
            balance=leading_minus(fmt.ch),
        )
        out, into = totals(s)
        table = [
            Row(
                {
                    "date": [fmt.dd_mm_yy(s.period_start)],
                    "description": ["Saldovortrag"],
                    "balance": [leading_minus(fmt.ch)(s.opening)],
                },
                bold=True,
            ),
            *rows,
            Row({"description": ["Total"], "credit": [fmt.ch(into)], "debit": [fmt.ch(out)]}, bold=True),
            Row(
                {
                    "date": [fmt.dd_mm_yy(s.period_end)],
                    "description": ["Kontostand"],
                    "balance": [leading_minus(fmt.ch)(s.printed_closing)],
                },
                bold=True,
            ),
        ]
        pages = draw_table(pager, style, table)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 16. Muskoka: Canadian chequing, the date right of the money columns, `JAN03`, `JAN 31/25` -----


def mon_dd_compact(date: dt.date) -> str:
    """JAN03"""
    return f"{fmt.MONTHS_EN[date.month - 1].upper()}{date.day:02d}"


def render_muskoka(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    green = Color(0.15, 0.45, 0.2)
    style = TableStyle(
        columns=(
            Column("description", ("DESCRIPTION",), 45, 230),
            Column("withdrawals", ("WITHDRAWALS",), 280, 75, "right"),
            Column("deposits", ("DEPOSITS",), 362, 70, "right"),
            Column("date", ("DATE",), 445, 40),
            Column("balance", ("BALANCE",), 490, 75, "right"),
        ),
        font="Courier",
        bold_font="Courier-Bold",
        size=8,
        rule_color=None,
        left=40,
        right=570,
    )

    def short(date: dt.date) -> str:
        return f"{fmt.MONTHS_EN[date.month - 1].upper()} {date.day:02d}/{date.year % 100:02d}"

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(green)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, 752, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(570, 756, "Statement of Account")
            canvas.drawRightString(
                570, 744, f"Statement Period: {short(s.period_start)} - {short(s.period_end)}"
            )
            canvas.drawRightString(570, 732, f"Account No. {s.account_number}")
            if pager.page > 1:
                return 700
            block(canvas, 50, 700, holder_lines(s), font="Helvetica", size=10, leading=13)
            canvas.setFont("Helvetica", 8)
            canvas.drawString(330, 700, "EVERY DAY CHEQUING ACCOUNT")
            canvas.drawString(330, 688, f"Currency {s.currency}")
            return 620

        def end(pager: Pager) -> None:
            footer(
                canvas, pager, total, f"{s.institution} is an invented bank; test statement.", x0=40, x1=570
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=225,
            cells=lambda t: (
                {"date": mon_dd_compact(t.date)} | debit_credit("withdrawals", "deposits", fmt.us)(t)
            ),
            balance=leading_minus(fmt.us),
        )
        table = [
            Row(
                {
                    "description": ["BALANCE FORWARD"],
                    "date": [mon_dd_compact(s.period_start)],
                    "balance": [leading_minus(fmt.us)(s.opening)],
                }
            ),
            *rows,
            Row(
                {
                    "description": ["CLOSING BALANCE"],
                    "date": [mon_dd_compact(s.period_end)],
                    "balance": [leading_minus(fmt.us)(s.printed_closing)],
                }
            ),
        ]
        pages = draw_table(pager, style, table)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


MORE_LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout(
            "merlion",
            "Merlion Card Services",
            "sg",
            ("sg-card",),
            (CREDIT_CARD,),
            "SGD",
            15,
            render_merlion,
            True,
        ),
        Layout("kurrajong", "Kurrajong Bank", "au", ("au",), (CHEQUING,), "AUD", 1, render_kurrajong),
        Layout("auental", "Sparkasse Auental", "de", ("de",), (CHEQUING,), "EUR", 1, render_auental, True),
        Layout("iroko", "Iroko Trust Bank", "ng", (WALLET,), (CHEQUING,), "NGN", 1, render_iroko, True),
        Layout(
            "sequoia", "Sequoia Card Services", "us", ("card",), (CREDIT_CARD,), "USD", 15, render_sequoia
        ),
        Layout("rigi", "Rigi Kantonalbank", "ch", ("ch",), (CHEQUING,), "CHF", 1, render_rigi, True),
        Layout("muskoka", "Muskoka Trust", "ca", ("ca",), (CHEQUING,), "CAD", 1, render_muskoka),
    )
}
WORLD_LAYOUTS: dict[str, Layout] = FIRST_WORLD_LAYOUTS | MORE_LAYOUTS  # issue 14's kinds, in corpus order
