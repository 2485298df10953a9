"""Nine more invented layouts, of the kinds real statements take that the first seven do not.

Each reproduces a kind of document seen in the world, never one bank's design (issue 14): rows
without a year (the year only in a heading or the period, which may cross a year end), two dates
per row in either order, a card statement that says nothing of cards in its header, debit and
credit columns with one of them empty, summary lines and a daily-balance table around the rows,
old/new balance lines and brought-forward rows, sections per kind of transaction, a counterparty on
the line above the row, multi-line descriptions, foreign-currency lines under a row, five languages,
`1.234,56`, `1 234,56`, `1'234.56`, trailing minus, and a mobile-money statement with times of day,
reference ids and no running balance. They are registered apart (`world_more.WORLD_LAYOUTS`) so that the
committed corpus, whose bytes and figures are pinned, does not move.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4, letter

from devtools.samplegen import fake
from devtools.samplegen import formats as fmt
from devtools.samplegen.layouts import (
    A4_HEIGHT,
    GREY,
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
from devtools.samplegen.pdfkit import Column, Pager, Row, TableStyle, draw_table, wrap

ZERO = Decimal("0")
WALLET = "wallet"  # the mobile-money profile of devtools.samplegen.fake
BLACK = Color(0, 0, 0)
Drawn = tuple[list[list[int]], list[list[Decimal | None]]]

# A purchase abroad on a card: the country code that ends its description, and the currency and
# exchange rate (account currency per unit) printed on the line under it.
FOREIGN = {
    "IT": ("EUR", 0.93, 0.97),
    "FR": ("EUR", 0.93, 0.97),
    "DE": ("EUR", 0.93, 0.97),
    "GB": ("GBP", 1.08, 1.14),
}
# How an issuer of each country words the rate and prints the foreign amount (Swiss unless listed).
FOREIGN_NOTES: dict[str, tuple[str, Callable[[Decimal], str], str]] = {
    "de": ("Kurs", fmt.eu, ","),
    "es": ("TIPO DE CAMBIO", fmt.eu, ","),
    "fr": ("TAUX DE CHANGE", fmt.fr, ","),
    "it": ("CAMBIO", fmt.eu, ","),
    "nl": ("KOERS", fmt.eu, ","),
    "pt": ("CÂMBIO", fmt.eu, ","),
}


def dress(layout: Layout, statements: Sequence[Statement], rng: random.Random, *, first: bool) -> None:
    """What the rows print beyond a date, a description and an amount: a second date when the
    layout has one (0-3 days later, within the period), a foreign-currency line under a purchase abroad.

    A wallet cannot be overdrawn: its `first` statement opens high enough to stay in credit.
    """
    for statement in statements:
        lowest = min(statement.running_balances(), default=statement.opening)
        if first and WALLET in layout.profiles and lowest < 0:
            statement.opening += -lowest + fake.money(rng, 5000, 60000)
        statement.transactions = [_dressed(layout, statement, txn, rng) for txn in statement.transactions]


def _dressed(layout: Layout, statement: Statement, txn: Txn, rng: random.Random) -> Txn:
    if layout.second_date:
        lag = rng.choice((0, 0, 0, 1, 1, 2, 3))
        txn = replace(txn, value_date=min(txn.date + dt.timedelta(days=lag), statement.period_end))
    code = txn.description.rsplit(" ", 1)[-1]
    # a purchase in the account's own currency is no purchase abroad, wherever it was made
    if code in FOREIGN and txn.amount < 0 and FOREIGN[code][0] != statement.currency:
        currency, low, high = FOREIGN[code]
        rate = Decimal(str(round(rng.uniform(low, high), 5)))
        foreign = (-txn.amount / rate).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        word, show, mark = FOREIGN_NOTES.get(layout.country, ("Kurs", fmt.ch, "."))
        rate_text = f"{rate:.5f}".replace(".", mark)
        txn = replace(txn, notes=(f"{currency} {show(foreign)} {word} {rate_text}",))
    return txn


# --- shared row building ------------------------------------------------------------------------

Cells = Callable[[Txn], dict[str, str]]


def rows_of(
    statement: Statement,
    style: TableStyle,
    *,
    width: float,
    cells: Cells,
    balance: Callable[[Decimal], str] | None = None,
    above: bool = False,
    refs: Sequence[int] | None = None,
) -> tuple[list[Row], list[Decimal | None]]:
    """Rows of the given transactions (all by default), and the running balance each prints.

    With `above`, a description printed over several lines puts its first (the counterparty) on the
    line above the one that holds the date and amounts; foreign-currency notes go under the description.
    """
    running = statement.running_balances()
    rows: list[Row] = []
    printed: list[Decimal | None] = [None] * len(statement.transactions)
    for i in range(len(statement.transactions)) if refs is None else refs:
        txn = statement.transactions[i]
        head: list[str] = []
        body = txn.printed_text
        if above and len(txn.printed_lines) > 1:
            head, body = [txn.printed_lines[0]], " ".join(txn.printed_lines[1:])
        lines = head + wrap(body, style.font, style.size, width) + list(txn.notes)
        values = cells(txn)
        if balance is not None:
            printed[i] = running[i]
            values["balance"] = balance(running[i])
        row_cells = {key: [""] * len(head) + [value] for key, value in values.items()}
        row_cells["description"] = lines
        rows.append(Row(cells=row_cells, ref=i))
    return rows, printed


def debit_credit(debit: str, credit: str, show: Callable[[Decimal], str]) -> Cells:
    """Money out under `debit`, money in under `credit`, unsigned: the other column stays empty."""
    return lambda txn: {debit if txn.amount < 0 else credit: show(txn.shown_amount)}


def with_dates(date: Callable[[dt.date], str], amounts: Cells) -> Cells:
    """The transaction date under 'date', the second date (if printed) under 'value', then amounts."""

    def cells(txn: Txn) -> dict[str, str]:
        out = {"date": date(txn.date)}
        if txn.value_date is not None:
            out["value"] = date(txn.value_date)
        return out | amounts(txn)

    return cells


def trailing_minus(show: Callable[[Decimal], str]) -> Callable[[Decimal], str]:
    return lambda value: f"{show(value)}-" if value < 0 else show(value)


def leading_minus(show: Callable[[Decimal], str]) -> Callable[[Decimal], str]:
    return lambda value: f"-{show(value)}" if value < 0 else show(value)


def footer(canvas: Any, pager: Pager, total: int, left: str, *, x0: float, x1: float, y: float = 30) -> None:
    canvas.setFont("Helvetica", 7)
    canvas.setFillColor(GREY)
    canvas.drawString(x0, y, left)
    canvas.drawRightString(x1, y, f"{pager.page} / {total}")
    canvas.setFillColor(BLACK)


def period_number(s: Statement) -> int:
    """A statement's number in its year, as headings print it ("Nr. 3/2025")."""
    return s.period_end.month


# --- 1. Kontorhaus: German current account, Buchungstag/Wert 'dd.mm.', Soll/Haben, Neuer Kontostand ---


def render_kontorhaus(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    blue = Color(0.0, 0.25, 0.5)
    style = TableStyle(
        columns=(
            Column("date", ("Buchung",), 45, 40),
            Column("value", ("Wert",), 88, 40),
            Column("description", ("Vorgang / Verwendungszweck",), 135, 250),
            Column("debit", ("Soll EUR",), 390, 75, "right"),
            Column("credit", ("Haben EUR",), 475, 75, "right"),
        ),
        rule_color=Color(0.8, 0.85, 0.9),
        left=40,
        right=555,
        row_gap=4,
    )
    money = trailing_minus(fmt.eu)
    heading = f"Kontoauszug Nr. {period_number(s)}/{s.period_end.year}"
    span = f"vom {fmt.dd_mm_yyyy(s.period_start)} bis {fmt.dd_mm_yyyy(s.period_end)}"

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(blue)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, A4_HEIGHT - 50, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawRightString(555, A4_HEIGHT - 50, heading)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(555, A4_HEIGHT - 63, span)
            if pager.page > 1:
                canvas.drawString(40, A4_HEIGHT - 75, f"IBAN {s.account_number}")
                return A4_HEIGHT - 100
            canvas.setFont("Helvetica", 6.5)
            canvas.drawString(45, A4_HEIGHT - 100, f"{s.institution} · Postfach 1180 · 34001 Kassel")
            block(canvas, 45, A4_HEIGHT - 115, holder_lines(s), font="Helvetica", size=10, leading=13)
            pairs(
                canvas,
                330,
                A4_HEIGHT - 100,
                [("IBAN", s.account_number), ("Kontoart", "Girokonto"), ("Währung", s.currency)],
                dx=60,
                size=8.5,
            )
            pairs(
                canvas,
                45,
                A4_HEIGHT - 200,
                [(f"Alter Kontostand am {fmt.dd_mm_yyyy(s.period_start)}", money(s.opening))],
                dx=0,
                align_right=300,
            )
            return A4_HEIGHT - 235

        def end(pager: Pager) -> None:
            footer(canvas, pager, total, f"{s.institution} · erfundene Bank für Testauszüge", x0=40, x1=555)

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=245,
            cells=with_dates(lambda d: fmt.dd_mm(d, ".", "."), debit_credit("debit", "credit", fmt.eu)),
        )
        out, into = totals(s)
        summary = Row(
            {"description": ["Summe der Umsätze"], "debit": [fmt.eu(out)], "credit": [fmt.eu(into)]},
            bold=True,
        )
        pages = draw_table(pager, style, [*rows, summary])
        pager.y -= 8
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(45, pager.y, f"Neuer Kontostand am {fmt.dd_mm_yyyy(s.period_end)}")
        canvas.drawRightString(550, pager.y, f"EUR {money(s.printed_closing)}")
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 2. Alcornoque: Spanish, 'EXTRACTO DE MES AAAA', F. Oper./F. Valor 'dd/mm', Debe/Haber/Saldo ----


def render_alcornoque(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    wine = Color(0.5, 0.05, 0.15)
    style = TableStyle(
        columns=(
            Column("date", ("F. Oper.",), 42, 36),
            Column("value", ("F. Valor",), 80, 36),
            Column("description", ("Concepto",), 122, 210),
            Column("debit", ("Debe",), 335, 65, "right"),
            Column("credit", ("Haber",), 405, 65, "right"),
            Column("balance", ("Saldo",), 480, 70, "right"),
        ),
        header_fill=Color(0.95, 0.9, 0.9),
        rule_color=Color(0.85, 0.75, 0.75),
        left=38,
        right=555,
        size=7.5,
    )
    signed = leading_minus(fmt.eu)
    months = sorted({(d.year, d.month) for d in (s.period_start, s.period_end)})
    title = " - ".join(f"{fmt.MONTHS_ES[m - 1]} {y}" for y, m in months)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(wine)
            canvas.rect(38, A4_HEIGHT - 62, 4, 26, stroke=0, fill=1)
            canvas.setFont("Helvetica-Bold", 14)
            canvas.drawString(48, A4_HEIGHT - 50, s.institution.upper())
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawRightString(555, A4_HEIGHT - 50, f"EXTRACTO DE {title}")
            if pager.page > 1:
                canvas.setFont("Helvetica", 8)
                canvas.drawRightString(555, A4_HEIGHT - 63, f"Cuenta {s.account_number}")
                return A4_HEIGHT - 95
            pairs(
                canvas,
                42,
                A4_HEIGHT - 95,
                [
                    ("Titular", s.holder_name or ""),
                    ("Producto", "Cuenta corriente"),
                    ("Cuenta", s.account_number),
                    ("Divisa", s.currency),
                ],
                dx=55,
                size=8.5,
            )
            block(canvas, 340, A4_HEIGHT - 95, holder_lines(s), font="Helvetica", size=9.5, leading=12)
            return A4_HEIGHT - 175

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution}, entidad ficticia. Documento de prueba.",
                x0=38,
                x1=555,
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=205,
            cells=with_dates(lambda d: fmt.dd_mm(d, "/"), debit_credit("debit", "credit", fmt.eu)),
            balance=signed,
        )
        out, into = totals(s)
        opening = Row({"description": ["SALDO ANTERIOR"], "balance": [signed(s.opening)]}, bold=True)
        moves = Row(
            {"description": ["TOTAL MOVIMIENTOS"], "debit": [fmt.eu(out)], "credit": [fmt.eu(into)]},
            bold=True,
        )
        closing = Row({"description": ["SALDO FINAL"], "balance": [signed(s.printed_closing)]}, bold=True)
        pages = draw_table(pager, style, [opening, *rows, moves, closing])
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 3. Ponterosso: Italian, Data contabile/Data valuta, Addebiti/Accrediti, balances as rows ------


def render_ponterosso(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    green = Color(0.05, 0.35, 0.25)
    style = TableStyle(
        columns=(
            Column("date", ("Data", "contabile"), 40, 50),
            Column("value", ("Data", "valuta"), 95, 50),
            Column("description", ("", "Descrizione operazioni"), 150, 200),
            Column("debit", ("", "Addebiti"), 360, 85, "right"),
            Column("credit", ("", "Accrediti"), 455, 95, "right"),
        ),
        header_color=green,
        rule_color=green,
        vertical_rules=True,
        left=36,
        right=555,
    )

    def balance_row(label: str, value: Decimal) -> Row:
        return Row({"description": [label], "credit" if value >= 0 else "debit": [fmt.eu(value)]}, bold=True)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(green)
            canvas.setFont("Times-Bold", 17)
            canvas.drawString(40, A4_HEIGHT - 52, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Times-Roman", 10)
            canvas.drawString(40, A4_HEIGHT - 68, "Estratto conto corrente")
            canvas.drawRightString(
                555,
                A4_HEIGHT - 52,
                f"Periodo dal {fmt.dd_mm_yyyy(s.period_start, '/')} al {fmt.dd_mm_yyyy(s.period_end, '/')}",
            )
            if pager.page > 1:
                return A4_HEIGHT - 100
            block(canvas, 330, A4_HEIGHT - 105, holder_lines(s), font="Times-Roman", size=10, leading=12)
            pairs(
                canvas,
                40,
                A4_HEIGHT - 105,
                [
                    ("Conto corrente n.", s.account_number),
                    ("Intestato a", s.holder_name or ""),
                    ("Divisa", s.currency),
                ],
                dx=90,
                font="Times-Roman",
                bold="Times-Bold",
            )
            return A4_HEIGHT - 180

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution} S.p.A. - banca immaginaria, documento di prova",
                x0=40,
                x1=555,
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=195,
            cells=with_dates(lambda d: fmt.dd_mm_yyyy(d, "/"), debit_credit("debit", "credit", fmt.eu)),
        )
        out, into = totals(s)
        moves = Row(
            {"description": ["Totale movimenti"], "debit": [fmt.eu(out)], "credit": [fmt.eu(into)]}, bold=True
        )
        table = [
            balance_row(f"SALDO INIZIALE AL {fmt.dd_mm_yyyy(s.period_start, '/')}", s.opening),
            *rows,
            moves,
            balance_row(f"SALDO FINALE AL {fmt.dd_mm_yyyy(s.period_end, '/')}", s.printed_closing),
        ]
        pages = draw_table(pager, style, table)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 4. Lindeboom: Dutch, counterparty above the row, Af/Bij, Rentedatum after the description ----


def render_lindeboom(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    orange = Color(0.85, 0.4, 0.0)
    style = TableStyle(
        columns=(
            Column("date", ("Datum",), 42, 55),
            Column("description", ("Naam / Omschrijving",), 100, 235),
            Column("value", ("Rentedatum",), 340, 55),
            Column("debit", ("Af",), 400, 70, "right"),
            Column("credit", ("Bij",), 480, 70, "right"),
        ),
        zebra=Color(0.99, 0.95, 0.9),
        rule_color=None,
        left=38,
        right=555,
        row_gap=5,
    )
    money = leading_minus(fmt.eu)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(orange)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(40, A4_HEIGHT - 52, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(555, A4_HEIGHT - 45, "Rekeningoverzicht")
            period = f"Periode {fmt.dd_mm_yyyy(s.period_start, '-')} t/m {fmt.dd_mm_yyyy(s.period_end, '-')}"
            canvas.drawRightString(555, A4_HEIGHT - 58, period)
            if pager.page > 1:
                canvas.drawString(40, A4_HEIGHT - 70, f"Rekening {s.account_number}")
                return A4_HEIGHT - 95
            block(canvas, 42, A4_HEIGHT - 100, holder_lines(s), font="Helvetica", size=10, leading=13)
            pairs(
                canvas,
                330,
                A4_HEIGHT - 100,
                [
                    ("Rekeningnummer", s.account_number),
                    ("Soort rekening", "Betaalrekening"),
                    ("Valuta", s.currency),
                ],
                dx=80,
                size=8.5,
            )
            out, into = totals(s)
            canvas.setStrokeColor(orange)
            canvas.rect(38, A4_HEIGHT - 222, 517, 60, stroke=1, fill=0)
            y = pairs(
                canvas,
                48,
                A4_HEIGHT - 178,
                [
                    (f"Vorig saldo {fmt.dd_mm_yyyy(s.period_start, '-')}", money(s.opening)),
                    (f"Nieuw saldo {fmt.dd_mm_yyyy(s.period_end, '-')}", money(s.printed_closing)),
                ],
                dx=0,
                align_right=270,
            )
            pairs(
                canvas,
                300,
                A4_HEIGHT - 178,
                [("Totaal af", fmt.eu(out)), ("Totaal bij", fmt.eu(into))],
                dx=0,
                align_right=545,
            )
            return y - 40

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution} is een verzonnen bank; dit overzicht is testmateriaal.",
                x0=40,
                x1=555,
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=230,
            cells=with_dates(lambda d: fmt.dd_mm_yyyy(d, "-"), debit_credit("debit", "credit", fmt.eu)),
            above=True,
        )
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 5. Serra da Estrela: Portuguese, Data mov./Data valor 'dd-mm', Débito/Crédito/Saldo, 1 234,56 ---


def render_estrela(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    slate = Color(0.2, 0.25, 0.3)
    style = TableStyle(
        columns=(
            Column("date", ("Data mov.",), 42, 42),
            Column("value", ("Data valor",), 90, 42),
            Column("description", ("Descritivo",), 140, 200),
            Column("debit", ("Débito",), 345, 65, "right"),
            Column("credit", ("Crédito",), 415, 65, "right"),
            Column("balance", ("Saldo",), 485, 70, "right"),
        ),
        header_fill=slate,
        header_color=white,
        rule_color=Color(0.8, 0.8, 0.8),
        left=38,
        right=558,
        size=7.5,
    )
    signed = leading_minus(fmt.fr)
    start_text = f"{s.period_start.day} de {fmt.MONTHS_PT[s.period_start.month - 1]}"
    if s.period_start.year != s.period_end.year:
        start_text += f" de {s.period_start.year}"
    period = (
        f"{start_text} a {s.period_end.day} de {fmt.MONTHS_PT[s.period_end.month - 1]} de {s.period_end.year}"
    )

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(slate)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, A4_HEIGHT - 50, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawString(40, A4_HEIGHT - 68, "EXTRATO DE CONTA")
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(558, A4_HEIGHT - 68, f"Período: {period}")
            if pager.page > 1:
                return A4_HEIGHT - 95
            block(canvas, 330, A4_HEIGHT - 100, holder_lines(s), font="Helvetica", size=10, leading=13)
            pairs(
                canvas,
                40,
                A4_HEIGHT - 100,
                [("Conta à ordem n.º", s.account_number), ("Moeda", s.currency)],
                dx=90,
                size=8.5,
            )
            return A4_HEIGHT - 160

        def end(pager: Pager) -> None:
            footer(canvas, pager, total, f"{s.institution}: banco fictício, extrato de teste.", x0=40, x1=558)

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=195,
            cells=with_dates(lambda d: fmt.dd_mm(d, "-"), debit_credit("debit", "credit", fmt.fr)),
            balance=signed,
        )
        opening = Row({"description": ["SALDO ANTERIOR"], "balance": [signed(s.opening)]}, bold=True)
        closing = Row({"description": ["SALDO FINAL"], "balance": [signed(s.printed_closing)]}, bold=True)
        pages = draw_table(pager, style, [opening, *rows, closing])
        out, into = totals(s)
        debits = sum(t.amount < 0 for t in s.transactions)
        pager.y -= 10
        pairs(
            canvas,
            140,
            pager.y,
            [
                (f"N.º de movimentos a débito: {debits}", fmt.fr(out)),
                (f"N.º de movimentos a crédito: {len(s.transactions) - debits}", fmt.fr(into)),
            ],
            dx=0,
            align_right=480,
            size=8,
        )
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 6. Edelweiss: Swiss card account in German, 1'234.56 with trailing minus, posting date first ---


def render_edelweiss(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    red = Color(0.75, 0.1, 0.1)
    style = TableStyle(
        columns=(
            Column("value", ("Buchung",), 45, 42),
            Column("date", ("Einkauf",), 92, 42),
            Column("description", ("Beschreibung",), 142, 300),
            Column("amount", ("Betrag CHF",), 470, 85, "right"),
        ),
        rule_color=Color(0.85, 0.85, 0.85),
        left=40,
        right=555,
    )

    def owed(value: Decimal) -> str:
        # the issuer prints what is owed to it; the holder's side is the opposite sign
        return trailing_minus(fmt.ch)(-value)

    due = s.period_end + dt.timedelta(days=20)

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(red)
            canvas.rect(40, A4_HEIGHT - 60, 18, 18, stroke=0, fill=1)
            canvas.setFillColor(white)
            canvas.rect(47, A4_HEIGHT - 57, 4, 12, stroke=0, fill=1)
            canvas.rect(43, A4_HEIGHT - 53, 12, 4, stroke=0, fill=1)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 14)
            canvas.drawString(65, A4_HEIGHT - 56, s.institution)
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(555, A4_HEIGHT - 48, "Monatsrechnung")
            canvas.drawRightString(555, A4_HEIGHT - 60, f"Rechnungsdatum {fmt.dd_mm_yyyy(s.period_end)}")
            if pager.page > 1:
                canvas.drawString(65, A4_HEIGHT - 72, f"Konto {s.account_number}")
                return A4_HEIGHT - 100
            block(canvas, 45, A4_HEIGHT - 110, holder_lines(s), font="Helvetica", size=10, leading=13)
            out, into = totals(s)
            pairs(
                canvas,
                320,
                A4_HEIGHT - 100,
                [
                    ("Konto", s.account_number),
                    ("Abrechnungsperiode", f"{fmt.dd_mm_yy(s.period_start)} - {fmt.dd_mm_yy(s.period_end)}"),
                    ("Währung", s.currency),
                    ("Saldo letzte Rechnung", owed(s.opening)),
                    ("Belastungen", fmt.ch(out)),
                    ("Zahlungen und Gutschriften", f"{fmt.ch(into)}-"),
                    ("Neuer Saldo zu unseren Gunsten", owed(s.printed_closing)),
                ],
                dx=0,
                align_right=555,
                size=8.5,
            )
            canvas.setFont("Helvetica", 8)
            canvas.drawString(
                45, A4_HEIGHT - 200, f"Zahlbar bis {fmt.dd_mm_yyyy(due)}: Mindestbetrag CHF 50.00"
            )
            return A4_HEIGHT - 235

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution}, erfundene Herausgeberin - Testdokument",
                x0=40,
                x1=555,
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=290,
            cells=with_dates(fmt.dd_mm_yy, lambda t: {"amount": owed(t.shown_amount)}),
        )
        opening = Row({"description": ["Saldo letzte Rechnung"], "amount": [owed(s.opening)]}, bold=True)
        closing = Row(
            {"description": ["Neuer Saldo zu unseren Gunsten"], "amount": [owed(s.printed_closing)]},
            bold=True,
        )
        pages = draw_table(pager, style, [opening, *rows, closing])
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, A4)


# --- 7. Harbourline: US, sections per kind of transaction, 'MM/DD', daily ending balances ----------


def render_harbourline(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    navy = Color(0.05, 0.2, 0.4)
    txns = s.transactions
    checks = [i for i, t in enumerate(txns) if t.description.startswith("CHECK #")]
    deposits = [i for i, t in enumerate(txns) if t.amount > 0]
    withdrawals = [i for i, t in enumerate(txns) if t.amount < 0 and i not in checks]

    def style(description: str) -> TableStyle:
        return TableStyle(
            columns=(
                Column("date", ("Date",), 50, 40),
                Column("description", (description,), 100, 330),
                Column("amount", ("Amount",), 460, 100, "right"),
            ),
            rule_color=Color(0.85, 0.88, 0.92),
            left=45,
            right=567,
        )

    sections = (
        ("DEPOSITS AND ADDITIONS", "Description", deposits, "Total Deposits and Additions"),
        ("ELECTRONIC WITHDRAWALS", "Description", withdrawals, "Total Electronic Withdrawals"),
        ("CHECKS PAID", "Check number", checks, "Total Checks Paid"),
    )
    period = f"{fmt.long_en(s.period_start)} through {fmt.long_en(s.period_end)}"
    running = s.running_balances()
    day_end: dict[dt.date, Decimal] = {t.date: running[i] for i, t in enumerate(txns)}

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(navy)
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(45, 750, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica", 8.5)
            canvas.drawRightString(567, 755, period)
            canvas.drawRightString(567, 743, f"Account Number: {s.account_number}")
            if pager.page > 1:
                return 715
            y = block(canvas, 50, 705, holder_lines(s), font="Helvetica", size=10, leading=13)
            canvas.setFont("Helvetica", 8)
            canvas.drawString(50, y - 12, f"Currency: {s.currency}")
            out, into = totals(s)
            check_total = sum((-txns[i].amount for i in checks), ZERO)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawString(330, 705, "CHECKING SUMMARY")
            pairs(
                canvas,
                330,
                690,
                [
                    (
                        "Beginning Balance",
                        f"${fmt.us(s.opening)}" if s.opening >= 0 else f"-${fmt.us(s.opening)}",
                    ),
                    (f"{len(deposits)} Deposits and Additions", fmt.us(into)),
                    (f"{len(withdrawals)} Electronic Withdrawals", f"-{fmt.us(out - check_total)}"),
                    (f"{len(checks)} Checks Paid", f"-{fmt.us(check_total)}"),
                    (
                        "Ending Balance",
                        f"${fmt.us(s.printed_closing)}"
                        if s.printed_closing >= 0
                        else f"-${fmt.us(s.printed_closing)}",
                    ),
                ],
                dx=0,
                align_right=565,
                size=8.5,
            )
            return 600

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution} is a fictional bank. Member of nothing.",
                x0=45,
                x1=567,
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        pages: dict[int, int] = {}
        for heading, label, refs, total_label in sections:
            if not refs:
                continue
            if pager.y < 160:
                pager.break_page()
            canvas.setFillColor(navy)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawString(45, pager.y, heading)
            canvas.setFillColor(BLACK)
            pager.y -= 18
            table = style(label)
            rows, _ = rows_of(
                s,
                table,
                width=320,
                cells=lambda t: {"date": fmt.mm_dd(t.date), "amount": fmt.us(abs(t.amount))},
                refs=refs,
            )
            section_total = sum((abs(txns[i].amount) for i in refs), ZERO)
            pages |= draw_table(
                pager,
                table,
                [
                    *rows,
                    Row({"description": [total_label], "amount": [f"${fmt.us(section_total)}"]}, bold=True),
                ],
            )
            pager.y -= 14
        days = sorted(day_end)
        balance_style = TableStyle(
            columns=tuple(
                column
                for k in range(3)
                for column in (
                    Column(f"date{k}", ("Date",), 50 + k * 175, 40),
                    Column(f"balance{k}", ("Amount",), 95 + k * 175, 95, "right"),
                )
            ),
            rule_color=None,
            left=45,
            right=567,
        )
        if pager.y < 140:
            pager.break_page()
        canvas.setFillColor(navy)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(45, pager.y, "DAILY ENDING BALANCE")
        canvas.setFillColor(BLACK)
        pager.y -= 18
        balance_rows = []
        for start_at in range(0, len(days), 3):
            cells: dict[str, list[str]] = {}
            for k, day in enumerate(days[start_at : start_at + 3]):
                cells[f"date{k}"] = [fmt.mm_dd(day)]
                cells[f"balance{k}"] = [leading_minus(fmt.us)(day_end[day])]
            balance_rows.append(Row(cells))
        draw_table(pager, balance_style, balance_rows)
        pager.finish()
        return [ordered(pages, len(txns))], [[None] * len(txns)]

    return render_each(statements, draw, letter)


# --- 8. Baobab: mobile money, newest first, date and time, Money In/Money Out, reference ids -------


def _stamp(txn: Txn, index: int) -> str:
    return hashlib.sha256(f"{txn.date}|{txn.description}|{txn.amount}|{index}".encode()).hexdigest()


def render_baobab(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    leaf = Color(0.2, 0.45, 0.15)
    style = TableStyle(
        columns=(
            Column("date", ("Transaction Date",), 40, 95),
            Column("description", ("Transaction Detail",), 140, 150),
            Column("credit", ("Money In (NGN)",), 295, 75, "right"),
            Column("debit", ("Money Out (NGN)",), 375, 80, "right"),
            Column("reference", ("Transaction ID",), 465, 95),
        ),
        header_fill=Color(0.9, 0.95, 0.88),
        rule_color=Color(0.88, 0.88, 0.88),
        left=36,
        right=560,
        size=7.5,
    )
    # times of day rise through each day; rows print newest first
    times: dict[int, str] = {}
    by_day: dict[dt.date, list[int]] = {}
    for i, txn in enumerate(s.transactions):
        by_day.setdefault(txn.date, []).append(i)
    for refs in by_day.values():
        step = 50_000 // len(refs)
        for k, i in enumerate(refs):
            second = 25_000 + k * step + int(_stamp(s.transactions[i], i)[:6], 16) % max(step - 1, 1)
            times[i] = f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"

    def cells(txn: Txn) -> dict[str, str]:
        i = s.transactions.index(txn)
        key = "credit" if txn.amount > 0 else "debit"
        sign = "+" if txn.amount > 0 else "-"
        return {
            "date": f"{fmt.dd_mm_yyyy(txn.date, '/')} {times[i]}",
            key: f"{sign}{fmt.us(txn.shown_amount)}",
            "reference": _stamp(txn, i)[8:22].upper(),
        }

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(leaf)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(40, A4_HEIGHT - 50, s.institution)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawRightString(560, A4_HEIGHT - 50, "Account Statement")
            if pager.page > 1:
                return A4_HEIGHT - 80
            out, into = totals(s)
            y = pairs(
                canvas,
                40,
                A4_HEIGHT - 80,
                [
                    ("Name", s.holder_name or ""),
                    ("Address", s.holder_address or ""),
                    ("Account Number", s.account_number),
                    ("Opening Balance", f"NGN {fmt.us(s.opening)}"),
                    ("Closing Balance", f"NGN {fmt.us(s.printed_closing)}"),
                ],
                dx=85,
                size=8.5,
            )
            pairs(
                canvas,
                320,
                A4_HEIGHT - 80,
                [
                    (
                        "Statement Period",
                        f"{fmt.dd_mm_yyyy(s.period_start, '/')} - {fmt.dd_mm_yyyy(s.period_end, '/')}",
                    ),
                    ("Total Money In", f"NGN {fmt.us(into)}"),
                    ("Total Money Out", f"NGN {fmt.us(out)}"),
                ],
                dx=85,
                size=8.5,
            )
            return y - 20

        def end(pager: Pager) -> None:
            footer(
                canvas,
                pager,
                total,
                f"{s.institution} is fictional; this statement is test data.",
                x0=40,
                x1=560,
            )

        pager = Pager(canvas, 55, start, end)
        pager.begin()
        newest_first = list(range(len(s.transactions)))[::-1]
        rows, balances = rows_of(s, style, width=145, cells=cells, above=True, refs=newest_first)
        pages = draw_table(pager, style, rows)
        pager.finish()
        return [ordered(pages, len(s.transactions))], [balances]

    return render_each(statements, draw, A4)


# --- 9. Wattlebird: Australian card account, what is owed shown negative, Debits/Credits/Balance ---


def render_wattlebird(statements: Sequence[Statement]) -> Rendered:
    s = statements[0]
    gold = Color(0.8, 0.55, 0.0)
    style = TableStyle(
        columns=(
            Column("date", ("Date",), 50, 40),
            Column("description", ("Transaction details",), 95, 240),
            Column("debit", ("Debits",), 340, 70, "right"),
            Column("credit", ("Credits",), 415, 70, "right"),
            Column("balance", ("Balance",), 490, 72, "right"),
        ),
        header_fill=Color(1.0, 0.95, 0.82),
        rule_color=Color(0.9, 0.85, 0.7),
        left=45,
        right=567,
    )
    signed = leading_minus(fmt.us)

    def dollars(value: Decimal) -> str:
        return f"-${fmt.us(value)}" if value < 0 else f"${fmt.us(value)}"

    def day(date: dt.date) -> str:
        return f"{date.day:02d} {fmt.MONTHS_EN[date.month - 1]}"

    period = f"{fmt.day_month_en(s.period_start)} - {fmt.day_month_en(s.period_end)}"

    def draw(canvas: Any, total: int) -> Drawn:
        def start(pager: Pager) -> float:
            canvas.setFillColor(gold)
            canvas.circle(58, 752, 11, stroke=0, fill=1)
            canvas.setFillColor(BLACK)
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawString(76, 746, s.institution)
            canvas.setFont("Helvetica", 9)
            canvas.drawRightString(567, 755, "Flex account statement")
            canvas.drawRightString(567, 743, f"Statement period {period}")
            if pager.page > 1:
                canvas.drawString(76, 732, f"Account number {s.account_number}")
                return 705
            y = block(canvas, 50, 700, holder_lines(s), font="Helvetica", size=10, leading=13)
            canvas.setFont("Helvetica", 8)
            canvas.drawString(50, y - 12, f"All amounts in Australian dollars ({s.currency})")
            out, into = totals(s)
            pairs(
                canvas,
                330,
                700,
                [
                    ("Account number", s.account_number),
                    ("Opening balance", dollars(s.opening)),
                    ("Purchases and charges", f"${fmt.us(out)}"),
                    ("Payments and refunds", f"${fmt.us(into)}"),
                    ("Closing balance", dollars(s.printed_closing)),
                ],
                dx=0,
                align_right=565,
                size=8.5,
            )
            return 600

        def end(pager: Pager) -> None:
            footer(
                canvas, pager, total, f"{s.institution} is a fictional issuer; test statement.", x0=45, x1=567
            )

        pager = Pager(canvas, 60, start, end)
        pager.begin()
        rows, balances = rows_of(
            s,
            style,
            width=235,
            cells=lambda t: {"date": day(t.date)} | debit_credit("debit", "credit", fmt.us)(t),
            balance=signed,
        )
        opening = Row(
            {
                "date": [day(s.period_start)],
                "description": ["Opening balance"],
                "balance": [signed(s.opening)],
            },
            bold=True,
        )
        closing = Row(
            {
                "date": [day(s.period_end)],
                "description": ["Closing balance"],
                "balance": [signed(s.printed_closing)],
            },
            bold=True,
        )
        pages = draw_table(pager, style, [opening, *rows, closing])
        pager.finish()
        return [ordered(pages, len(rows))], [balances]

    return render_each(statements, draw, letter)


FIRST_WORLD_LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout(
            "kontorhaus", "Kontorhaus Bank AG", "de", ("de",), (CHEQUING,), "EUR", 20, render_kontorhaus, True
        ),
        Layout(
            "alcornoque", "Banco Alcornoque", "es", ("es",), (CHEQUING,), "EUR", 1, render_alcornoque, True
        ),
        Layout(
            "ponterosso", "Banca Ponterosso", "it", ("it",), (CHEQUING,), "EUR", 1, render_ponterosso, True
        ),
        Layout(
            "lindeboom", "Lindeboom Bank", "nl", ("nl-nl",), (CHEQUING,), "EUR", 1, render_lindeboom, True
        ),
        Layout(
            "estrela", "Banco Serra da Estrela", "pt", ("pt",), (CHEQUING,), "EUR", 1, render_estrela, True
        ),
        Layout(
            "edelweiss",
            "Edelweiss Finanz AG",
            "ch",
            ("ch-card",),
            (CREDIT_CARD,),
            "CHF",
            15,
            render_edelweiss,
            True,
        ),
        Layout(
            "harbourline",
            "Harbourline Savings Bank",
            "us",
            ("us",),
            (CHEQUING,),
            "USD",
            16,
            render_harbourline,
        ),
        Layout("baobab", "Baobab Wallet", "ng", (WALLET,), (None,), "NGN", 1, render_baobab),
        Layout(
            "wattlebird", "Wattlebird Bank", "au", ("au-card",), (CREDIT_CARD,), "AUD", 15, render_wattlebird
        ),
    )
}
