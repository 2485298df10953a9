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
from devtools.samplegen.model import CREDIT_CARD, Statement, Txn
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
    # Drawn apart again (draw_kind): a current account keeps every byte it printed before.
    kind: str = "account"  # account | card | wallet
    says_card: str = "no"  # yes: the header names the statement a card's
    box_extras: tuple[str, ...] = ()  # card: the minimum payment's and the credit limit's labels
    clock: str = "no"  # yes: a time of day after each row's date (wallets)

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
            "kind": self.kind,
            **({"card.header": self.says_card} if self.kind == "card" else {}),
            **({f"{self.kind}.lang": self.locale.language} if self.kind != "account" else {}),
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


def _phrase(rng: random.Random, phrases: Sequence[str]) -> str:
    """One of the lexicon's phrases, drawn with one `rng.random()` however many it lists.

    `rng.choice` draws as many bits as the list's length needs, and draws again when they fall
    outside it: a phrase added to the lexicon then moved every later draw of the plan (its dates,
    rows and figures), so that one seed made another corpus after each change of the reader's
    vocabulary. Drawn this way, a new phrase changes which phrase a statement prints, nothing else.
    """
    return phrases[int(rng.random() * len(phrases))]


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
        "amount": (*lexicon.amount_headings, *lexicon.net_headings),
        "balance": lexicon.balance_headings,
    }
    headings = {
        key: _cased(_phrase(rng, [h for p in roles[key] if (h := _in_currency(p, locale.currency))]), case)
        for key in keys
    }
    if balance == "none":
        del headings["balance"]
    opening = _phrase(rng, lexicon.opening_balance)
    closing = _phrase(rng, lexicon.closing_balance)
    forward = _phrase(rng, (*lexicon.brought_forward, *lexicon.opening_balance))
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
        headings["reference"] = _cased(_phrase(rng, references), variation.case)
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
            _cased(_phrase(rng, lexicon.carried_forward), variation.case),
            _cased(_phrase(rng, lexicon.brought_forward), variation.case),
        ),
    )


# Where a card or a wallet comes from, drawn as a current account's locale is. A card's figures are
# the issuer's side by default (what is owed plain, a payment marked) as most card statements print.
CARD_LOCALES = tuple(loc for loc in LOCALES if loc.language in ("en", "de"))
CARD_PROFILES = {
    "au": ("au-card",),
    "de": ("ch-card",),
    "ch": ("ch-card",),
    **{country: (f"{country}-card",) for country in ("es", "fr", "it", "nl", "pt")},
}
CARD_SIGNS = ("owed-cr", "owed-minus", "owed-parens", "minus", "columns")
WALLET_LOCALE = Locale(
    "en", "ng", "wallet", "NGN", "Fernhill Wallet", ("us",), ("dmy/", "d mon y", "dmy-"), ("columns",)
)
# Cards and wallets in the other lexicon languages, each with its country's own number and date
# formats (a wallet's rows keep the wallet's transfers; its words are the language's headings).
OTHER_CARD_LOCALES = tuple(loc for loc in LOCALES if loc.language not in ("en", "de"))
OTHER_WALLET_LOCALES = tuple(
    replace(loc, profile="wallet", institution="Fernhill Wallet", signs=("columns",))
    for loc in LOCALES
    if loc.language != "en" and loc.country != "ch"
)


def _in_language(locale: Locale, others: Sequence[Locale], rng: random.Random) -> Locale:
    """A card's or a wallet's locale in any lexicon language: two in five keep the English or German
    one drawn first (so those plans keep their bytes), the others take one of the other languages'."""
    return locale if rng.random() < 0.4 else rng.choice(others)


def draw_kind(variation: Variation, rng: random.Random, languages: random.Random) -> Variation:
    """The statement's kind: a current account (as drawn), a credit card or a mobile-money wallet.

    A card prints purchases and payments with the sign conventions cards use, a transaction and a
    posting date in either order, the balance owed with a minimum payment and a credit limit in a box,
    and a header that may or may not say "card"; a wallet prints one row per transfer with its time
    of day and a transaction id, money in and money out apart, a balance on every row or none.
    """
    kind = rng.choice(("account", "account", "account", "card", "card", "wallet"))
    if kind == "account":
        return variation
    if kind == "card":
        locale = _in_language(rng.choice(CARD_LOCALES), OTHER_CARD_LOCALES, languages)
        signs = rng.choice(CARD_SIGNS)
        balance = rng.choice(("none", "none", "every"))
        second = rng.choice(("before", "first", "none"))  # first: the posting date left of the date
    else:
        locale, signs, second = (
            _in_language(WALLET_LOCALE, OTHER_WALLET_LOCALES, languages),
            "columns",
            "none",
        )
        balance = rng.choice(("every", "none"))
    lexicon = load(locale.language)
    case = variation.case
    keys = ["date", "description"] + (["debit", "credit"] if signs == "columns" else ["amount"])
    keys += ["balance"] if balance != "none" else []
    roles: dict[str, Sequence[str]] = {
        "date": lexicon.transaction_date_headings if second != "none" else lexicon.date_headings,
        "value": lexicon.date_headings,
        "description": lexicon.description_headings,
        "debit": lexicon.debit_headings,
        "credit": lexicon.credit_headings,
        "amount": (*lexicon.amount_headings, *lexicon.net_headings),
        "balance": lexicon.balance_headings,
    }
    if second != "none":
        keys.append("value")
    headings = {
        key: _cased(_phrase(rng, [h for p in roles[key] if (h := _in_currency(p, locale.currency))]), case)
        for key in keys
    }
    if second != "none":  # the posting date's heading is one the transaction date's is not
        postings = [h for h in lexicon.date_headings if h not in lexicon.transaction_date_headings]
        headings["value"] = _cased(_phrase(rng, postings), case)
    if kind == "wallet":
        ids = [h for h in lexicon.other_headings if not set(h.split()) & {"dr", "cr", "d", "c"}]
        headings["reference"] = _cased(_phrase(rng, ids), case)
    says_card = rng.choice(("yes", "no")) if kind == "card" else "no"
    extras = tuple(_cased(cue, case) for cue in CARD_BOX.get(locale.language, ())) if kind == "card" else ()
    return replace(
        variation,
        locale=locale,
        numbers=rng.choice(locale.numbers),
        dates=rng.choice(locale.dates),
        signs=signs,
        second_date=second,
        money_order=rng.choice(("debit-first", "credit-first")) if signs == "columns" else "single",
        headings=headings,
        balance=balance,
        ends="box",
        repeat=rng.choice(("yes", "yes", "no")),
        box_labels=(
            _cased(_phrase(rng, lexicon.opening_balance), case),
            _cased(_phrase(rng, lexicon.closing_balance), case),
        ),
        dates_once="no",
        overdrawn="no",
        forward="no",
        kind=kind,
        says_card=says_card,
        box_extras=extras,
        clock="yes" if kind == "wallet" else "no",
    )


# A card's box beside the balances: the lexicon's card cues naming the minimum payment and the limit.
CARD_BOX = {
    "en": ("minimum payment", "credit limit"),
    "de": ("mindestzahlung", "kreditrahmen"),
    "es": ("pago mínimo", "límite de crédito"),
    "fr": ("paiement minimum", "limite de crédit"),
    "it": ("pagamento minimo", "limite di credito"),
    "nl": ("minimaal te betalen", "bestedingslimiet"),
    "pt": ("pagamento mínimo", "limite de crédito"),
}


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
        # a card issuer's side: what is owed (money out) plain, money in marked
        "owed-cr": lambda v: f"{show(v)} {lexicon.credit_markers[0]}" if v > 0 else show(-v),
        "owed-minus": lambda v: f"-{show(v)}" if v > 0 else show(-v),
        "owed-parens": lambda v: f"({show(v)})" if v > 0 else show(-v),
    }
    return styles[variation.signs]


def _columns(variation: Variation, date_width: float, longest_word: float) -> list[Column]:
    """The table's columns left to right, the description taking what the others leave."""
    order = ["date"]
    if variation.second_date == "before":
        order.append("value")
    if variation.second_date == "first":
        order.insert(0, "value")
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
    # a word, the heading's too ("AUFTRAGGEBER/EMPFÄNGER"), is never wider than its column
    heading_word = max(
        stringWidth(w, HEADING_FONT, TABLE_SIZE) for w in variation.headings["description"].split(" ")
    )
    description = max(description, longest_word + 4, heading_word + 2)
    widths["description"] = description
    columns, x = [], left
    for key in order:
        align: Align = "left" if key in ("date", "value", "description", "reference") else "right"
        # a heading wider than its column wraps onto lines of its own, as printed headings do
        title = tuple(wrap(variation.headings[key], HEADING_FONT, TABLE_SIZE, widths[key]))
        columns.append(Column(key, title, x, widths[key], align))
        x += widths[key] + gap
    return columns


def card_title(lexicon: Lexicon) -> str:
    """What a card statement's header calls it: the lexicon's phrase for the credit-card type."""
    return next(phrase for phrase, kind in lexicon.account_types if kind == "CREDIT_CARD")


def _card_box(variation: Variation, s: Statement) -> list[tuple[str, str]]:
    """A card's minimum payment (a twentieth of what is owed, at least 25) and its credit limit."""
    if not variation.box_extras:
        return []
    owed = max(-s.printed_closing, Decimal("0"))
    minimum = min(owed, max(Decimal("25.00"), (owed / 20).quantize(Decimal("0.01"))))
    limit = Decimal(max(int(owed) // 1000 + 2, 3) * 1000)
    figures = (NUMBERS[variation.numbers](minimum), NUMBERS[variation.numbers](limit))
    return list(zip(variation.box_extras, figures, strict=True))


def _times(txns: Sequence[Txn]) -> dict[tuple[dt.date, str, Decimal], str]:
    """A time of day for each row, rising through each day (rows print in time order)."""
    by_day: dict[dt.date, list[Txn]] = {}
    for txn in txns:
        by_day.setdefault(txn.date, []).append(txn)
    times = {}
    for day_txns in by_day.values():
        step = 50_000 // len(day_txns)
        for k, txn in enumerate(day_txns):
            digest = hashlib.sha256(f"{txn.date}|{txn.description}|{txn.amount}".encode()).hexdigest()
            second = 25_000 + k * step + int(digest[:6], 16) % max(step - 1, 1)
            times[(txn.date, txn.description, txn.amount)] = (
                f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
            )
    return times


def _longest_word(statements: Sequence[Statement]) -> float:
    """The widest word of the descriptions, or foreign-currency note (printed on one line), if wider."""
    words = [w for s in statements for t in s.transactions for w in (*t.printed_text.split(" "), *t.notes)]
    return max((stringWidth(w, "Helvetica", TABLE_SIZE) for w in words), default=0.0)


def render(variation: Variation) -> Callable[[Sequence[Statement]], Rendered]:
    """The renderer of one variation (a layout's `render`)."""
    lexicon = load(variation.locale.language)
    months = _month_names(lexicon)
    day = DATE_STYLES[variation.dates]
    show = NUMBERS[variation.numbers]
    signed = _signed(variation, lexicon)
    wide_date = max(len(day(dt.date(2025, 12, 28), months)) + 9 * (variation.clock == "yes"), 5) * 4.6
    clock: dict[tuple[dt.date, str, Decimal], str] = {}  # a wallet's rows: the time of day each prints

    def cells(txn: Txn) -> dict[str, str]:
        out = {"date": day(txn.date, months)}
        if variation.clock == "yes":
            out["date"] += f" {clock[(txn.date, txn.description, txn.amount)]}"
        if txn.value_date is not None and variation.second_date != "none":
            out["value"] = day(txn.value_date, months)
        if "reference" in variation.headings:
            digest = hashlib.sha256(f"{txn.date}|{txn.description}|{txn.amount}".encode()).hexdigest()
            out["reference"] = f"{int(digest[:10], 16) % 10**9:09d}"
            if variation.kind == "wallet":  # a wallet's transaction ids are long, letters and figures
                out["reference"] = digest[10:26].upper()
        if variation.signs == "columns":
            out["debit" if txn.amount < 0 else "credit"] = show(txn.shown_amount)
        else:
            out["amount"] = signed(txn.shown_amount)
        return out

    def draw_all(statements: Sequence[Statement]) -> Rendered:
        s = statements[0]
        for statement in statements:
            clock.update(_times(statement.transactions))
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
                if variation.says_card == "yes":
                    canvas.setFont("Helvetica-Bold", 11)
                    canvas.drawRightString(555, A4_HEIGHT - 66, _cased(card_title(lexicon), "upper"))
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
                            *_card_box(variation, s),
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
    from devtools.samplegen.corpus import (  # noqa: PLC0415
        RequestPlan,
        StatementFile,
        draw_statements,
        next_world_period,
    )

    rng = random.Random(f"vary:{seed}:{index}")  # noqa: S311 (test data, not secrets)
    variation = draw_more(draw_variation(rng), random.Random(f"vary-more:{seed}:{index}"))  # noqa: S311
    variation = draw_kind(
        variation,
        random.Random(f"vary-kind:{seed}:{index}"),  # noqa: S311
        random.Random(f"vary-language:{seed}:{index}"),  # noqa: S311
    )
    locale = variation.locale
    profile = locale.profile
    if variation.kind == "card":
        profile = random.Random(f"vary-card:{seed}:{index}").choice(  # noqa: S311
            CARD_PROFILES.get(locale.country, ("card", "sg-card"))
        )
    layout = Layout(
        "vary",
        locale.institution,
        locale.country,
        (profile,),
        (CREDIT_CARD if variation.kind == "card" else None,),
        locale.currency,
        1,
        render(variation),
        variation.second_date != "none",
    )
    year = rng.choice((2024, 2025))
    month = 12 if index % 2 == 0 else rng.randint(1, 11)
    counts = [rng.randint(*rows)]
    statements = draw_statements(layout, rng, year, month, counts=counts)
    if variation.kind == "card":  # a card's number is printed masked but for its last four digits
        digits = "".join(c for c in statements[0].account_number if c.isdigit())
        statements[0].account_number = f"XXXX XXXX XXXX {digits[-4:]}"
    if variation.overdrawn == "yes":  # the lowest balance falls a little below zero
        lowest = min(statements[0].running_balances(), default=statements[0].opening)
        statements[0].opening -= lowest + Decimal(rng.randint(5000, 40000)) / 100
    world.dress(layout, statements, rng, first=True)
    files = [StatementFile(f"statement-{year}-{month:02d}", layout, statements)]
    reference = f"v{seed}-{index:04d}-vary-{locale.language}{locale.country}"
    if variation.kind != "account":
        reference += f"-{variation.kind}"
    if index % 4 == 1:
        files.append(next_world_period(layout, rng, year, month, counts=counts, previous=statements))
        reference += "-2periods"
    as_of = defects.as_of(None, [s for f in files for s in f.statements])
    return RequestPlan(reference=reference, as_of=as_of, files=files, variation=variation.factors())
