"""Statements of the kinds of issue 14, each varied in a way no corpus draws, rendered with reportlab.

A statement here is a header block and one table whose columns are given in order, each a heading and a
function from a row to its text (`statement`), or pages of lines laid out cell by cell (`drawn_lines`),
where the same columns give the headings and rows of as many tables as a page holds; the truth is what
was drawn, never the program's output.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas

from ingest.codes import WarningCode
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.settings import Limits
from ingest.stages.upload import PDF
from ingest.stages.validation import FileStatements, validate

D = dt.date
M = Decimal


@dataclass(frozen=True)
class Drawn:
    """One transaction as drawn, with the running balance after it."""

    date: dt.date
    description: str
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Column:
    heading: str
    x: float  # left edge, or right edge where `right`
    text: Callable[[Drawn], str]
    right: bool = False


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


HELVETICA = Fonts("Helvetica", "Helvetica-Bold")


def dejavu() -> Fonts | None:
    """DejaVu Sans, which has the letters Helvetica lacks (Polish ą, ł, ś), registered with reportlab;
    reportlab finds it where the system keeps its fonts (Debian's fonts-dejavu-core, which fontconfig
    pulls in). None where it is not installed."""
    try:
        pdfmetrics.registerFont(TTFont("DejaVuSans", "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"))
    except TTFError:
        return None
    return Fonts("DejaVuSans", "DejaVuSans-Bold")


Entry = tuple[dt.date, str, str]  # (date, description, amount signed as the account sees it)


def running(opening: Decimal, rows: Sequence[Entry]) -> list[Drawn]:
    """Rows (date, description, amount) with the balance each leads to from `opening`."""
    out: list[Drawn] = []
    balance = opening
    for day, text, amount in rows:
        balance += M(amount)
        out.append(Drawn(day, text, M(amount), balance))
    return out


def net(rows: Sequence[Entry]) -> Decimal:
    """What the rows move the balance by: the sum of their amounts."""
    return sum((M(amount) for *_, amount in rows), M(0))


def daily_balances(opening: Decimal, rows: Sequence[Entry]) -> list[tuple[dt.date, Decimal]]:
    """Each day's ending balance from `opening`, for the days the rows move it."""
    balance, ends = opening, {}
    for day, _, amount in sorted(rows):
        balance += M(amount)
        ends[day] = balance
    return sorted(ends.items())


def as_read(rows: Sequence[Entry]) -> list[tuple[dt.date, str, Decimal]]:
    """The rows as `entries` gives the transactions read: (date, description, amount)."""
    return [(day, text, M(amount)) for day, text, amount in rows]


def balance_before(rows: Sequence[Drawn]) -> Decimal:
    """The balance the first of these rows follows on from: the statement's opening balance."""
    return rows[0].balance - rows[0].amount


def statement(
    head: Sequence[str],
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    *,
    over: Sequence[str] = (),
    per_page: int = 0,
    fonts: Fonts = HELVETICA,
) -> bytes:
    """A4 pages: the header lines at the top left, then the table; `over`, a line of headings set
    just above the header's (the same columns in another language); `per_page` rows at most on a page
    (all where 0), each further page opening with the table's headings again; `fonts`, the regular
    and bold faces (registered with reportlab) for letters Helvetica lacks."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    y = height - 50
    c.setFont(fonts.bold, 13)
    c.drawString(40, y, head[0])
    c.setFont(fonts.regular, 9)
    for line in head[1:]:
        y -= 13
        c.drawString(40, y, line)
    y -= 30
    _draw_headings(c, columns, over, y, fonts)
    for index, row in enumerate(rows):
        if per_page and index and index % per_page == 0:
            c.showPage()
            y = height - 50
            _draw_headings(c, columns, over, y, fonts)
        y -= 13
        # A cell's text may take several lines ("date\ntime"): the row takes as many as its tallest cell.
        cells = [(column, column.text(row).split("\n")) for column in columns]
        for column, lines in cells:
            for n, line in enumerate(lines):
                (c.drawRightString if column.right else c.drawString)(column.x, y - 11 * n, line)
        y -= 11 * (max(len(lines) for _, lines in cells) - 1)
    c.save()
    return buffer.getvalue()


def _draw_headings(
    c: canvas.Canvas, columns: Sequence[Column], over: Sequence[str], y: float, fonts: Fonts
) -> None:
    c.setFont(fonts.bold, 9)
    for column, heading in zip(columns, over, strict=False):
        (c.drawRightString if column.right else c.drawString)(column.x, y + 10, heading)
    for column in columns:
        (c.drawRightString if column.right else c.drawString)(column.x, y, column.heading)
    c.setFont(fonts.regular, 9)


def swiss(value: Decimal, *, trailing: bool = False) -> str:
    """1'234.56, a minus after the figure where `trailing`, else before it."""
    text = f"{abs(value):,.2f}".replace(",", "'")
    if value >= 0:
        return text
    return text + "-" if trailing else "-" + text


def english(value: Decimal) -> str:
    return f"{abs(value):,.2f}"


def spaced(value: Decimal) -> str:
    """1 234,56: a space between thousands, a comma before the cents (Poland, Sweden)."""
    return f"{abs(value):,.2f}".replace(",", " ").replace(".", ",")


def continental(value: Decimal) -> str:
    """1.234,56: points between thousands, a comma before the cents."""
    return f"{abs(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def whole(value: Decimal) -> str:
    """1.234.567: points between thousands and no cents (Chile's pesos, Indonesia's rupiah, Vietnam's
    đồng)."""
    return f"{abs(value):,.0f}".replace(",", ".")


def whole_spaced(value: Decimal) -> str:
    """1 250 000: spaces between thousands and no cents, as francs CFA are printed."""
    return f"{abs(value):,.0f}".replace(",", " ")


def indian(value: Decimal) -> str:
    """1,23,456.78: the last three digits, then groups of two, as India prints its figures."""
    units, cents = f"{abs(value):.2f}".split(".")
    head, groups = units[:-3], [units[-3:]]
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(groups) + "." + cents


def whole_where_round(style: Callable[[Decimal], str]) -> Callable[[Decimal], str]:
    """A figure in `style`, without its cents where it is a round amount ("6,000" for 6,000.00)."""

    def shown(value: Decimal) -> str:
        text = style(value)
        return text[:-3] if value == value.to_integral_value() else text

    return shown


def round_amounts_whole(
    style: Callable[[Decimal], str], balances: Callable[[Decimal], str] | None = None
) -> list[Column]:
    """ "Date | Particulars | Debit | Credit | Balance", each figure in the given style, a round amount
    printed without its cents, every other figure with them; each balance in `balances` (`style` when
    none: with its cents)."""
    shown = whole_where_round(style)
    balance = balances or style
    return [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Particulars", 100, lambda r: r.description),
        Column("Debit", 390, lambda r: shown(r.amount) if r.amount < 0 else "", right=True),
        Column("Credit", 470, lambda r: shown(r.amount) if r.amount > 0 else "", right=True),
        Column("Balance", 560, lambda r: balance(r.balance), right=True),
    ]


def signed(text: str, value: Decimal) -> str:
    """A figure's text with a minus before it where `value` is negative."""
    return ("-" if value < 0 else "") + text


def leading(value: Decimal) -> str:
    """1,234.56, and a minus before the figure where it is negative."""
    return signed(english(value), value)


def paid_out(style: Callable[[Decimal], str]) -> Callable[[Drawn], str]:
    """The text of a column of money out: a row's amount in `style` where it is negative, else none."""
    return lambda row: style(row.amount) if row.amount < 0 else ""


def paid_in(style: Callable[[Decimal], str]) -> Callable[[Drawn], str]:
    """The text of a column of money in: a row's amount in `style` where it is positive, else none."""
    return lambda row: style(row.amount) if row.amount > 0 else ""


def wrapped(text: str, width: int) -> str:
    """A description cut into lines of `width` characters at most, at spaces."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def totals(rows: Sequence[Drawn]) -> tuple[Decimal, Decimal]:
    """The money out and the money in of these rows, each a sum of figures above zero."""
    out = sum((-r.amount for r in rows if r.amount < 0), Decimal(0))
    return out, sum((r.amount for r in rows if r.amount > 0), Decimal(0))


# Warnings a statement read as drawn never earns: each would say a row or a balance was read wrong.
ROW_WARNINGS = {
    WarningCode.BalanceMismatch,
    WarningCode.TransactionIncomplete,
    WarningCode.TransactionsWrongOrder,
    WarningCode.NoTransactions,
    WarningCode.ValidateCurrency,
}


def row_warnings(read: RawStatement, today: dt.date) -> set[WarningCode]:
    """The warnings of `ROW_WARNINGS` that validation gives the one account read."""
    [account] = validate(today, [FileStatements("statement.pdf", [read])]).accounts
    return {w.code for w in account.warnings} & ROW_WARNINGS


def read_all(pdf: bytes) -> list[RawStatement]:
    """The statements read from a PDF's text layer."""
    return read_statements(list(read_pages(Limits(), pdf, PDF)))


def read_one(pdf: bytes) -> RawStatement:
    """The one statement read from a PDF's text layer."""
    [read] = read_all(pdf)
    return read


def read_drawn_pages(pages: Sequence[Sequence[Sequence[Cell]]], fonts: Fonts = HELVETICA) -> RawStatement:
    """The one statement read from pages of lines drawn cell by cell (`drawn_lines`)."""
    return read_one(drawn_lines(pages, fonts))


def entries(read: RawStatement) -> list[tuple[dt.date | None, str, Decimal | None]]:
    """The transactions read, each as (date, description, amount)."""
    return [(t.date, t.description, t.amount) for t in read.transactions]


def as_drawn(read: RawStatement, rows: Sequence[Drawn]) -> None:
    """Asserts that the statement read holds the rows as drawn and the balances around them."""
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.opening_balance == balance_before(rows)
    assert read.closing_balance == rows[-1].balance


def assert_header(read: RawStatement, *, account: str, currency: str, start: dt.date, end: dt.date) -> None:
    """Asserts that the statement read names the account, the money and the period as drawn."""
    assert (read.account_number, read.currency) == (account, currency)
    assert (read.period_start, read.period_end) == (start, end)


def read_drawn(
    head: Sequence[str],
    columns: Sequence[Column],
    rows: list[Drawn],
    fonts: Fonts = HELVETICA,
    *,
    before: Sequence[Drawn] = (),
    after: Sequence[Drawn] = (),
) -> RawStatement:
    """The statement drawn with these rows, read, after asserting that it holds them as drawn; `before`
    and `after`, rows printed above and below them that are no transactions (a balance brought or
    carried forward)."""
    read = read_one(statement(head, columns, [*before, *rows, *after], fonts=fonts))
    as_drawn(read, rows)
    return read


Cell = tuple[float, str, bool]  # (x, text, right-aligned at x)
Lines = list[list[Cell]]


def header(lines: Sequence[str]) -> Lines:
    """The header lines at the top left, the first (the bank's name) in larger type, then a gap."""
    return [[(40, ("##" if n == 0 else "") + text, False)] for n, text in enumerate(lines)] + [[]]


def bold(cells: Sequence[Cell]) -> list[Cell]:
    """A line of headings: drawn bold, as `drawn_lines` draws a line whose first text opens with "**"."""
    (x, text, at_right), *rest = cells
    return [(x, "**" + text, at_right), *rest]


def headings(columns: Sequence[Column]) -> list[Cell]:
    """The columns' headings as one bold line."""
    return [
        (column.x, ("**" if n == 0 else "") + column.heading, column.right)
        for n, column in enumerate(columns)
    ]


def table(columns: Sequence[Column], rows: Sequence[Drawn]) -> Lines:
    """A line a row, each column's text at its x; a column with no text for a row draws nothing there."""
    return [[(c.x, text, c.right) for c in columns if (text := c.text(row))] for row in rows]


def drawn_lines(
    pages: Sequence[Sequence[Sequence[Cell]]],
    fonts: Fonts = HELVETICA,
    *,
    size: tuple[float, float] = A4,
    turn: int = 0,
    under: Callable[[canvas.Canvas, float, Sequence[Cell]], None] | None = None,
) -> bytes:
    """Pages of `size` (A4 where not given) of lines 13 points apart from the top, each line cells at
    their x; a line whose first cell's text opens with "**" is drawn bold (a heading), with "##" bold
    and larger (a title). An empty line leaves a gap. `fonts`, the regular and bold faces (registered
    with reportlab); `turn` (90, 180 or 270), each page stored turned back by as much and marked
    /Rotate so that a viewer turns it level; `under`, what to draw under each line's text (a cell's
    border, a shaded band) given the canvas, the line's baseline and its cells."""
    buffer = io.BytesIO()
    width, height = size
    stored = (height, width) if turn % 180 else (width, height)
    c = canvas.Canvas(buffer, pagesize=stored)
    for number, lines in enumerate(pages):
        if number:
            c.showPage()
        # (x, y) of the level page goes where a viewer turning the sheet by `turn` shows it.
        c.translate(*{0: (0, 0), 90: (height, 0), 180: (width, height), 270: (0, width)}[turn % 360])
        c.rotate(turn)
        y = height - 50
        for line in lines:
            if under is not None:
                under(c, y, line)
            mark = line[0][1][:2] if line else ""
            c.setFont(fonts.bold if mark in ("**", "##") else fonts.regular, 13 if mark == "##" else 9)
            for x, text, at_right in line:
                shown = text.removeprefix(mark) if mark in ("**", "##") else text
                (c.drawRightString if at_right else c.drawString)(x, y, shown)
            y -= 13
    c.save()
    if not turn % 360:
        return buffer.getvalue()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        for page in pdf.pages:
            page.Rotate = turn % 360
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
