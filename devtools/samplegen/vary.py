"""Statements whose printing varies, factor by factor, the way banks' statements differ (issue 14).

The world layouts are sixteen fixed designs: a reader can come to fit them. Here every statement is
drawn with its own choice, seeded, of what real banks vary: the language and the country's number
and date formats, the order of the columns and where a value date stands, which of the lexicon's
headings name each column and in what case, how a figure shows its sign (debit and credit columns,
a leading or trailing minus, the language's debit and credit markers, parentheses), a running
balance on every row, at each day's end or not at all, the opening and closing balances in a box
above the table, as rows of the table or nowhere, descriptions wrapped over one to three lines,
and headings repeated or not after a page break. Words come from the lexicon of the language (as
its file prints them), so the variation is the reader's own vocabulary in combinations no fixed
layout holds; the truth is the generator's, as for every layout.

The factors drawn are written into the truth (`variation`), so `devtools.accuracy --layouts vary`
scores each factor's values apart. The committed corpus and the world layouts do not move.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from devtools.samplegen import defects, world
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
)
from devtools.samplegen.model import Statement, Txn
from devtools.samplegen.pdfkit import Align, Column, Pager, Row, TableStyle, draw_row, draw_table, wrap
from ingest.extract.lexicon import Lexicon, load

BLACK = Color(0, 0, 0)
HEADING_FONT = "Helvetica-Bold"  # the table's, as pdfkit.TableStyle draws headings
TABLE_SIZE = 8.0


@dataclass(frozen=True, slots=True)
class Locale:
    """Where a varied statement comes from: its language, and what its country prints."""

    language: str
    country: str  # style of holder names and addresses (devtools.samplegen.fake.person)
    profile: str  # transaction mix (devtools.samplegen.fake.PROFILES)
    currency: str
    institution: str
    numbers: tuple[str, ...]  # number styles the country uses: us 1,234.56 · eu 1.234,56 · fr 1 234,56 · ch
    dates: tuple[str, ...]  # date styles (see DATE_STYLES)
    signs: tuple[str, ...]  # sign conventions (see SIGNS)


# Day-first styles unless named month-first; `sep` is the separator between day and month.
DATE_STYLES: dict[str, Callable[[dt.date, tuple[str, ...]], str]] = {
    "dmy.": lambda d, m: fmt.dd_mm_yyyy(d, "."),
    "dmy/": lambda d, m: fmt.dd_mm_yyyy(d, "/"),
    "dmy-": lambda d, m: fmt.dd_mm_yyyy(d, "-"),
    "dmyy.": lambda d, m: fmt.dd_mm_yy(d, "."),
    "dm.": lambda d, m: fmt.dd_mm(d, ".", "."),  # 31.01.
    "dm/": lambda d, m: fmt.dd_mm(d, "/"),
    "dm-": lambda d, m: fmt.dd_mm(d, "-"),
    "mdy/": lambda d, m: fmt.mm_dd_yyyy(d),
    "md/": lambda d, m: fmt.mm_dd(d),
    "d mon": lambda d, m: f"{d.day:02d} {m[d.month - 1]}",
    "d mon y": lambda d, m: f"{d.day:02d} {m[d.month - 1]} {d.year}",
    "mon d": lambda d, m: f"{m[d.month - 1]} {d.day:02d}",
    "mon d, y": lambda d, m: f"{m[d.month - 1]} {d.day}, {d.year}",
}
NUMBERS: dict[str, Callable[[Decimal], str]] = {"us": fmt.us, "eu": fmt.eu, "fr": fmt.fr, "ch": fmt.ch}
SIGNS = ("columns", "minus", "trailing", "markers", "parens")

LOCALES = (
    Locale("en", "us", "us", "USD", "Fernhill Bank", ("us",), ("mdy/", "md/", "mon d", "mon d, y"), SIGNS),
    Locale("en", "au", "au", "AUD", "Fernhill Bank", ("us",), ("dmy/", "dm/", "d mon", "d mon y"), SIGNS),
    Locale("en", "uk", "uk", "GBP", "Fernhill Bank plc", ("us",), ("dmy/", "d mon", "d mon y"), SIGNS),
    Locale("en", "ca", "ca", "CAD", "Fernhill Bank", ("us",), ("mon d", "mon d, y", "dmy/"), SIGNS),
    Locale("de", "de", "de", "EUR", "Fernhill Bank AG", ("eu",), ("dmy.", "dmyy.", "dm."), SIGNS[:4]),
    Locale("de", "ch", "ch", "CHF", "Fernhill Bank AG", ("ch",), ("dmy.", "dm."), SIGNS[:4]),
    Locale("fr", "fr", "fr", "EUR", "Banque Fernhill", ("fr", "eu"), ("dmy/", "dm/", "d mon"), SIGNS[:4]),
    Locale("es", "es", "es", "EUR", "Banco Fernhill", ("eu",), ("dmy/", "dm/", "dmy-", "d mon"), SIGNS[:4]),
    Locale("it", "it", "it", "EUR", "Banca Fernhill", ("eu",), ("dmy/", "dm/", "dmy."), SIGNS[:4]),
    Locale("nl", "nl", "nl-nl", "EUR", "Fernhill Bank N.V.", ("eu",), ("dmy-", "dm-", "d mon"), SIGNS[:4]),
    Locale("pt", "pt", "pt", "EUR", "Banco Fernhill", ("fr", "eu"), ("dmy-", "dm-", "dmy/"), SIGNS[:4]),
)


@dataclass(frozen=True, slots=True)
class Variation:
    """What one statement's printing chose, factor by factor."""

    locale: Locale
    numbers: str
    dates: str
    signs: str
    second_date: str  # none | before (right after the date) | after (after the description)
    money_order: str  # debit-first | credit-first (with separate columns)
    case: str  # upper | capital | title
    headings: dict[str, str]  # column key -> heading as printed
    balance: str  # every | day-end | none
    ends: str  # box | rows | none: where the opening and closing balances are printed
    wrap: str  # wide | narrow | tight: the description column, and so lines per description
    repeat: str  # yes | no: headings repeated after a page break
    box_labels: tuple[str, str]
    row_labels: tuple[str, str]
    # Drawn apart (draw_more), so that adding them left the factors above as each seed drew them.
    dates_once: str = "no"  # yes: a date printed on the first row of its day only
    amount_line: str = "first"  # first | last: the figures on a wrapped row's first or last line
    overdrawn: str = "no"  # yes: the balance goes below zero
    forward: str = "no"  # yes: carried-forward and brought-forward rows at each page break
    forward_labels: tuple[str, str] = ("", "")

    def factors(self) -> dict[str, str]:
        """Each factor's value, as the accuracy report groups them."""
        return {
            "lang": f"{self.locale.language}-{self.locale.country}",
            "numbers": self.numbers,
            "dates": self.dates,
            "signs": self.signs,
            "vdate": self.second_date,
            "order": self.money_order,
            "case": self.case,
            "balance": self.balance,
            "ends": self.ends,
            "wrap": self.wrap,
            "repeat": self.repeat,
            "once": self.dates_once,
            "figures": self.amount_line,
            "ref": "yes" if "reference" in self.headings else "no",
            "overdrawn": self.overdrawn,
            "forward": self.forward,
            **{f"h.{key}": heading.casefold() for key, heading in self.headings.items()},
        }


def _cased(phrase: str, case: str) -> str:
    if case == "upper":
        return phrase.upper()
    if case == "title":
        return " ".join(word[:1].upper() + word[1:] for word in phrase.split(" "))
    return phrase[:1].upper() + phrase[1:]


def _in_currency(heading: str, currency: str) -> str | None:
    """A heading as a statement in `currency` prints it: a currency it names is the account's; one
    only a sign names ("$", "R$") is left out where the account is not in dollars."""
    if "$" in heading:
        return heading if currency in ("USD", "AUD", "CAD") and "r$" not in heading else None
    return re.sub(r"\b(eur|chf|usd|gbp)\b", currency.lower(), heading)


def draw_variation(rng: random.Random) -> Variation:
    """One statement's choices, each drawn from what its locale prints and its lexicon names."""
    locale = rng.choice(LOCALES)
    lexicon = load(locale.language)
    signs = rng.choice(locale.signs)
    second_date = rng.choice(("none", "none", "before", "after"))
    balance = rng.choice(("every", "every", "day-end", "none"))
    ends = rng.choice(("box", "rows", "none"))
    if balance == "none":
        ends = "box"  # no figure could state the opening balance otherwise
    elif ends == "none" and balance != "every":
        ends = "rows"
    case = rng.choice(("upper", "capital", "title"))
    keys = ["date", "description", "balance"]
    keys += ["debit", "credit"] if signs == "columns" else ["amount"]
    if second_date != "none":
        keys.append("value")
    roles: dict[str, Sequence[str]] = {
        "date": lexicon.date_headings,
        "value": lexicon.value_date_headings,
        "description": lexicon.description_headings,
        "debit": lexicon.debit_headings,
        "credit": lexicon.credit_headings,
        "amount": lexicon.amount_headings,
        "balance": lexicon.balance_headings,
    }
    headings = {
        key: _cased(rng.choice([h for p in roles[key] if (h := _in_currency(p, locale.currency))]), case)
        for key in keys
    }
    if balance == "none":
        del headings["balance"]
    opening = rng.choice(lexicon.opening_balance)
    closing = rng.choice(lexicon.closing_balance)
    forward = rng.choice((*lexicon.brought_forward, *lexicon.opening_balance))
    return Variation(
        locale=locale,
        numbers=rng.choice(locale.numbers),
        dates=rng.choice(locale.dates),
        signs=signs,
        second_date=second_date,
        money_order=rng.choice(("debit-first", "credit-first")) if signs == "columns" else "single",
        case=case,
        headings=headings,
        balance=balance,
        ends=ends,
        wrap=rng.choice(("wide", "narrow", "tight")),
        repeat=rng.choice(("yes", "yes", "no")),
        box_labels=(_cased(opening, case), _cased(closing, case)),
        row_labels=(_cased(forward, case), _cased(closing, case)),
    )


def draw_more(variation: Variation, rng: random.Random) -> Variation:
    """The factors added after the first ones: dates once per day, figures on a wrapped row's last
    line, a reference column, an overdrawn balance, carried and brought forward rows."""
    lexicon = load(variation.locale.language)
    headings = dict(variation.headings)
    if rng.random() < 0.3:
        # a reference or number column; the lexicon's marker columns ("Dr/Cr") are no such column
        references = [h for h in lexicon.other_headings if not set(h.split()) & {"dr", "cr", "d", "c"}]
        headings["reference"] = _cased(rng.choice(references), variation.case)
    balance = variation.balance != "none"
    forward = rng.choice(("no", "no", "yes")) if balance else "no"
    return replace(
        variation,
        headings=headings,
        dates_once=rng.choice(("no", "no", "yes")),
        amount_line=rng.choice(("first", "first", "last")),
        overdrawn=rng.choice(("no", "no", "yes")),
        forward=forward,
        forward_labels=(
            _cased(rng.choice(lexicon.carried_forward), variation.case),
            _cased(rng.choice(lexicon.brought_forward), variation.case),
        ),
    )


def _month_names(lexicon: Lexicon) -> tuple[str, ...]:
    """Each month's shortest name of three letters or more in the lexicon, capitalised."""
    names: dict[int, str] = {}
    for name, month in lexicon.months.items():
        if len(name) >= 3 and (month not in names or len(name) < len(names[month])):
            names[month] = name
    return tuple(names[m][:1].upper() + names[m][1:] for m in range(1, 13))


def _signed(variation: Variation, lexicon: Lexicon) -> Callable[[Decimal], str]:
    """A figure with its sign as the variation prints signed amounts (a balance in every case)."""
    show = NUMBERS[variation.numbers]
    debit, credit = lexicon.debit_markers[0], lexicon.credit_markers[0]
    styles: dict[str, Callable[[Decimal], str]] = {
        "columns": lambda v: f"-{show(v)}" if v < 0 else show(v),
        "minus": lambda v: f"-{show(v)}" if v < 0 else show(v),
        "trailing": lambda v: f"{show(v)}-" if v < 0 else show(v),
        "markers": lambda v: f"{show(v)} {debit if v < 0 else credit}",
        "parens": lambda v: f"({show(v)})" if v < 0 else show(v),
    }
    return styles[variation.signs]


def _columns(variation: Variation, date_width: float, longest_word: float) -> list[Column]:
    """The table's columns left to right, the description taking what the others leave."""
    order = ["date"]
    if variation.second_date == "before":
        order.append("value")
    order.append("description")
    if variation.second_date == "after":
        order.append("value")
    money = ["debit", "credit"] if variation.money_order == "debit-first" else ["credit", "debit"]
    order += money if variation.signs == "columns" else ["amount"]
    if "balance" in variation.headings:
        order.append("balance")
    if "reference" in variation.headings:
        # Right of the figures, as wallets print transaction ids: a column of its own, while one
        # between the description and the figures is read as the description's end.
        order.append("reference")
    widths = {"date": date_width, "value": date_width, "debit": 70.0, "credit": 70.0, "amount": 80.0}
    widths["reference"] = 58.0
    widths["balance"] = 80.0
    for key in (k for k in order if k != "description"):
        # A column is as wide as its heading's longest word, and wide enough for the heading on two
        # lines: printed headings never run into the next column.
        heading = variation.headings[key]
        words = max(stringWidth(word, HEADING_FONT, TABLE_SIZE) for word in heading.split(" "))
        widths[key] = max(widths[key], words + 2, stringWidth(heading, HEADING_FONT, TABLE_SIZE) / 2 + 8)
    gap, left, right = 8.0, 40.0, 555.0
    fixed = sum(widths[k] for k in order if k != "description") + gap * (len(order) - 1)
    room = right - left - fixed
    description = {"wide": room, "narrow": min(room, 120.0), "tight": min(room, 78.0)}[variation.wrap]
    description = max(description, longest_word + 4)  # a word is never wider than its column
    widths["description"] = description
    columns, x = [], left
    for key in order:
        align: Align = "left" if key in ("date", "value", "description", "reference") else "right"
        # a heading wider than its column wraps onto lines of its own, as printed headings do
        title = tuple(wrap(variation.headings[key], HEADING_FONT, TABLE_SIZE, widths[key]))
        columns.append(Column(key, title, x, widths[key], align))
        x += widths[key] + gap
    return columns


def _longest_word(statements: Sequence[Statement]) -> float:
    words = (w for s in statements for t in s.transactions for w in t.printed_text.split(" "))
    return max((stringWidth(w, "Helvetica", TABLE_SIZE) for w in words), default=0.0)


def render(variation: Variation) -> Callable[[Sequence[Statement]], Rendered]:
    """The renderer of one variation (a layout's `render`)."""
    lexicon = load(variation.locale.language)
    months = _month_names(lexicon)
    day = DATE_STYLES[variation.dates]
    show = NUMBERS[variation.numbers]
    signed = _signed(variation, lexicon)
    wide_date = max(len(day(dt.date(2025, 12, 28), months)), 5) * 4.6

    def cells(txn: Txn) -> dict[str, str]:
        out = {"date": day(txn.date, months)}
        if txn.value_date is not None and variation.second_date != "none":
            out["value"] = day(txn.value_date, months)
        if "reference" in variation.headings:
            digest = hashlib.sha256(f"{txn.date}|{txn.description}|{txn.amount}".encode()).hexdigest()
            out["reference"] = f"{int(digest[:10], 16) % 10**9:09d}"
        if variation.signs == "columns":
            out["debit" if txn.amount < 0 else "credit"] = show(txn.shown_amount)
        else:
            out["amount"] = signed(txn.shown_amount)
        return out

    def draw_all(statements: Sequence[Statement]) -> Rendered:
        s = statements[0]
        style = TableStyle(
            columns=_columns(variation, wide_date, _longest_word(statements)),
            rule_color=Color(0.85, 0.85, 0.85),
            left=38,
            right=557,
        )
        separator = "/" if variation.numbers == "us" else "."
        start, stop = fmt.dd_mm_yyyy(s.period_start, separator), fmt.dd_mm_yyyy(s.period_end, separator)
        if variation.locale.country == "us":
            start, stop = fmt.long_en(s.period_start), fmt.long_en(s.period_end)
        period = f"{_cased(lexicon.period_words[0], 'capital')} {start} {lexicon.period_connectors[0]} {stop}"

        def draw(canvas: Any, total: int) -> tuple[list[list[int]], list[list[Decimal | None]]]:
            def start(pager: Pager) -> float:
                canvas.setFont("Helvetica-Bold", 15)
                canvas.drawString(40, A4_HEIGHT - 50, s.institution)
                canvas.setFont("Helvetica", 9)
                canvas.drawRightString(555, A4_HEIGHT - 50, period)
                if pager.page > 1:
                    return A4_HEIGHT - 85
                block(canvas, 45, A4_HEIGHT - 100, holder_lines(s), font="Helvetica", size=10, leading=13)
                y = pairs(
                    canvas,
                    330,
                    A4_HEIGHT - 100,
                    [
                        (_cased(lexicon.account_labels[0], "capital"), s.account_number),
                        (_cased(lexicon.currency_labels[0], "capital"), s.currency),
                    ],
                    dx=90,
                    size=8.5,
                )
                if variation.ends == "box":
                    y = pairs(
                        canvas,
                        330,
                        y - 8,
                        [
                            (variation.box_labels[0], signed(s.opening)),
                            (variation.box_labels[1], signed(s.printed_closing)),
                        ],
                        dx=0,
                        align_right=555,
                        size=8.5,
                    )
                return min(y, A4_HEIGHT - 160) - 25

            def end(pager: Pager) -> None:
                canvas.setFont("Helvetica", 7)
                canvas.setFillColor(GREY)
                canvas.drawString(40, 30, f"{s.institution}")
                canvas.drawRightString(555, 30, f"{pager.page} / {total}")
                canvas.setFillColor(BLACK)

            pager = Pager(canvas, 60, start, end)
            pager.begin()
            rows, balances = world.rows_of(
                s,
                style,
                width=next(c.width for c in style.columns if c.key == "description") - 2,
                cells=cells,
                balance=signed if variation.balance != "none" else None,
            )
            if variation.balance == "day-end":
                txns = s.transactions
                for i, row in enumerate(rows):
                    if i + 1 < len(txns) and txns[i + 1].date == txns[i].date:
                        row.cells.pop("balance", None)
                        balances[i] = None
            txns = s.transactions
            for i, row in enumerate(rows):
                if variation.dates_once == "yes" and i > 0 and txns[i - 1].date == txns[i].date:
                    row.cells.pop("date", None)
                lines = len(row.cells["description"])
                if variation.amount_line == "last" and lines > 1:
                    for key in ("debit", "credit", "amount", "balance"):
                        if key in row.cells:
                            row.cells[key] = [""] * (lines - 1) + row.cells[key][:1]
            running = s.running_balances()

            def forward_row(label: str, on_page: list[int]) -> Row:
                return Row({"description": [label], "balance": [signed(running[on_page[-1]])]})

            def carried(pager: Pager, on_page: list[int]) -> None:
                draw_row(pager, style, forward_row(variation.forward_labels[0], on_page))

            def brought(pager: Pager, on_page: list[int]) -> None:
                draw_row(pager, style, forward_row(variation.forward_labels[1], on_page))

            hooks: dict[str, Any] = {}
            if variation.forward == "yes":
                hooks = {
                    "reserve": style.leading + style.row_gap,
                    "before_break": carried,
                    "after_break": brought,
                }
            table = list(rows)
            if variation.ends == "rows":
                table.insert(
                    0, Row({"description": [variation.row_labels[0]], "balance": [signed(s.opening)]})
                )
                table.append(
                    Row({"description": [variation.row_labels[1]], "balance": [signed(s.printed_closing)]})
                )
            pages = draw_table(pager, style, table, repeat_header=variation.repeat == "yes", **hooks)
            pager.finish()
            return [ordered(pages, len(rows))], [balances]

        return render_each(statements, draw, A4)

    return draw_all


def plan(index: int, seed: int, rows: tuple[int, int]) -> Any:
    """The index-th request of the varied corpus: one statement (one in four: two periods) drawn with
    its own variation; every other one in December, so that rows without a year cross a year end."""
    from devtools.samplegen.corpus import RequestPlan, StatementFile, draw_statements, following  # noqa: PLC0415

    rng = random.Random(f"vary:{seed}:{index}")  # noqa: S311 (test data, not secrets)
    variation = draw_more(draw_variation(rng), random.Random(f"vary-more:{seed}:{index}"))  # noqa: S311
    locale = variation.locale
    layout = Layout(
        "vary",
        locale.institution,
        locale.country,
        (locale.profile,),
        (None,),
        locale.currency,
        1,
        render(variation),
        variation.second_date != "none",
    )
    year = rng.choice((2024, 2025))
    month = 12 if index % 2 == 0 else rng.randint(1, 11)
    counts = [rng.randint(*rows)]
    statements = draw_statements(layout, rng, year, month, counts=counts)
    if variation.overdrawn == "yes":  # the lowest balance falls a little below zero
        lowest = min(statements[0].running_balances(), default=statements[0].opening)
        statements[0].opening -= lowest + Decimal(rng.randint(5000, 40000)) / 100
    world.dress(layout, statements, rng, first=True)
    files = [StatementFile(f"statement-{year}-{month:02d}", layout, statements)]
    reference = f"v{seed}-{index:04d}-vary-{locale.language}{locale.country}"
    if index % 4 == 1:
        next_year, next_month = following(year, month)
        more = draw_statements(layout, rng, next_year, next_month, counts=counts, previous=statements)
        world.dress(layout, more, rng, first=False)
        files.append(StatementFile(f"statement-{next_year}-{next_month:02d}", layout, more))
        reference += "-2periods"
    as_of = defects.as_of(None, [s for f in files for s in f.statements])
    return RequestPlan(reference=reference, as_of=as_of, files=files, variation=variation.factors())
