"""The transaction table: found by its header words, columns taken from the header, rows read under it.

A header is a line (or two stacked lines) naming a date column and at least one money column, in the
words of the context's lexicon. Every line under it is read against those column ranges until something that
cannot be part of the table appears (legal text across the page, a page footer, a wide gap). Rows
that are not transactions (balance brought/carried forward, totals) are set aside as markers.
Descriptions that wrap are joined; whether the amount sits on the first or the last line of a wrapped
row is decided per table from the evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile
from typing import NamedTuple

from ingest.extract.amounts import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    LABELLED_CODES,
    MINUS_CHARS,
    SHARED_SIGNS,
    SLASHED_MINUS,
    Money,
    is_sign_marker,
    parse_money,
)
from ingest.extract.balance import LOOKALIKES
from ingest.extract.context import DEFAULT, ReadContext
from ingest.extract.dates import DATE_WORDS, PRINTED_YEAR, PartialDate, day_alone, parse_partial
from ingest.extract.layout import Line, median_of
from ingest.extract.lexicon import ALL, LANGUAGES, SHARED_CURRENCY_NAMES, WRITTEN, Lexicon, fold
from ingest.extract.words import Word, join_adjacent, join_words


class Role(StrEnum):
    """What a table column holds."""

    DATE = "DATE"  # the transaction (or posting) date
    DESC = "DESC"  # the description
    DEBIT = "DEBIT"  # money out, unsigned
    CREDIT = "CREDIT"  # money in, unsigned
    AMOUNT = "AMOUNT"  # one signed (or marked) amount
    BALANCE = "BALANCE"  # the running balance
    VALUE_DATE = "VALUE_DATE"  # a second date: the value (or posting) date
    OTHER = "OTHER"  # a column we do not use (reference, type)


MONEY_ROLES = (Role.DEBIT, Role.CREDIT, Role.AMOUNT)

_WORD_CLEAN = re.compile(r"[^a-z0-9'α-ωа-џґ]")  # folded Latin, Greek and Cyrillic letters
_DATED = (Role.DATE, Role.VALUE_DATE)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """What the table reader looks for, from one lexicon."""

    # A heading's words as the reader keys them: folded, without punctuation ("f. valor" is "f valor").
    phrase_role: dict[tuple[str, ...], Role]
    fee_phrases: frozenset[tuple[str, ...]]  # the OTHER headings that head a column of fees
    aside_phrases: frozenset[tuple[str, ...]]  # the OTHER headings of columns no part of the description
    net_phrases: frozenset[tuple[str, ...]]  # the AMOUNT headings of what is left of a payment after its fee
    rate_phrases: frozenset[tuple[str, ...]]  # the OTHER headings of a purchase abroad's rate or money
    function_words: frozenset[str]  # the words of a note in brackets after a heading ("(in Rs.)")
    longest_phrase: int
    # Every header names its date column: a word only date headings use makes a line worth reading as one.
    date_words: frozenset[str]
    heading_words: frozenset[str]  # every word of every heading
    currency_words: dict[str, str]  # a currency's name in one word ("fcfa") -> its code
    longest_currency_name: int  # words ("franc cfa"): how far after a figure its currency is looked for
    # A heading word cut short and closed by a point ("Buchungsdat.", "Wertst."): the words it may stand
    # for, by the letters printed.
    abbreviated: dict[str, tuple[str, ...]]
    opening: _Naming  # a line that names an opening balance
    brought_forward: _Naming  # a line that names the balance brought over from the page before
    closing_balance: _Naming  # a line that names the statement's closing balance (not one carried)
    closing: _Naming
    # A card's closing balance as the bill states it ("Total amount due", "Te betalen"), opening a line:
    # the minimum due ("Minimaal te betalen") ends like it.
    amount_due: re.Pattern[str]
    dated_balance: re.Pattern[str]  # a line that opens with a balance label and its date ("Solde au 30/04")
    currency_balance: re.Pattern[str]  # a balance word and the money it is in ("SOLDE EN EUROS")
    # A balance word and the words that say whose the money is ("Saldo i vår favør"): see `_sided_balance`
    sided_balance: re.Pattern[str]
    owed: re.Pattern[str]  # those words, in the group named `bank` where the bank is owed the money
    account_kind: re.Pattern[str]  # a kind of account by name ("kartu kredit"): no word of whose money
    # The money a balance label names in passing, with its function word ("Kontostand in EUR am"): no
    # part of the label.
    currency_aside: re.Pattern[str]
    total: re.Pattern[str]
    summary: re.Pattern[str]  # a line that is an activity summary, or begins with one
    own_charge: re.Pattern[str]  # a description naming the statement's own interest or fee
    summary_starts: frozenset[str]  # the first words of a summary (its rest wrapped below)
    # Headings naming the day of the transaction itself: that column is the row's date.
    transaction_date: frozenset[tuple[str, ...]]
    exchange_note: re.Pattern[str]  # a rate word of a foreign-currency note under a row
    foreign_named: re.Pattern[str]  # a money's name and a figure, all a line prints ("us dollar 20.25")
    time_marks: frozenset[str]  # "PM" after a time of day
    weekdays: frozenset[str]  # a day of the week a date may print between itself and its time
    year_marks: frozenset[str]  # "г." after a date's year
    day_marks: frozenset[str]  # "d." after a date's day
    clock: re.Pattern[str]  # a time of day: "14:05", "14:05:09", and "14h05" where a mark is one letter
    # Headings that name a value date or an amount ("Valor"): the amount, where no other heading does.
    date_or_amount: frozenset[tuple[str, ...]]
    balance_tables: frozenset[str]  # titles of a table of balances ("daily ending balance")
    furniture: frozenset[str]  # a word of page furniture on its own ("continued", "Fortsetzung")


def _heading_roles(lexicon: Lexicon) -> dict[tuple[str, ...], list[Role]]:
    """Each heading phrase's key and the kinds of column it heads, dates first."""
    roles: dict[tuple[str, ...], list[Role]] = {}
    for role, phrases in _headings(lexicon).items():
        for phrase in phrases:
            if key := _key(phrase):
                roles.setdefault(key, []).append(role)
    return roles


def _headings(lexicon: Lexicon) -> dict[Role, tuple[str, ...]]:
    """The heading phrases of each kind of column, dates first."""
    return {
        Role.DATE: (*lexicon.date_headings, *lexicon.transaction_date_headings),
        Role.VALUE_DATE: lexicon.value_date_headings,
        Role.DESC: lexicon.description_headings,
        Role.DEBIT: lexicon.debit_headings,
        Role.CREDIT: lexicon.credit_headings,
        Role.AMOUNT: (*lexicon.amount_headings, *lexicon.net_headings),
        Role.BALANCE: lexicon.balance_headings,
        Role.OTHER: (
            *lexicon.other_headings,
            *lexicon.fee_headings,
            *lexicon.aside_headings,
            *lexicon.exchange_rate_words,
        ),
    }


@lru_cache(maxsize=16)
def _vocabulary(lexicon: Lexicon) -> _Vocabulary:
    # A phrase languages give different kinds of column heads the first language's kind, as a month's
    # name they give different months is read (`dates.month_named`), until its header tells.
    phrase_role = {
        key: next(iter(_SHARED_HEADINGS[key].values()))
        if len(set(roles)) > 1 and key in _SHARED_HEADINGS
        else roles[0]
        for key, roles in _heading_roles(lexicon).items()
    }
    # The headings of a purchase abroad's figures ("Valuta estera") leave a date heading's word
    # ("Valuta") one that names a date.
    abroad = frozenset(_key(p) for p in lexicon.exchange_rate_words)
    # A date heading of several words that holds one naming a date alone ("Tarikh pos", "Posting date")
    # is told by that word: its others ("pos", a card's point of sale in a row) would let rows through
    # the test that spares lines without a date heading.
    # A word that is a date heading alone ("Paid" over the day a check was paid) names a date though
    # other headings hold it too ("Paid in", "Checks paid").
    alone = frozenset(k[0] for k, r in phrase_role.items() if r in _DATED and len(k) == 1)
    date_words = (
        frozenset(w for k, r in phrase_role.items() if r in _DATED for w in (alone.intersection(k) or k))
        - frozenset(
            w
            for k, r in phrase_role.items()
            if r not in _DATED and k not in abroad
            for w in k
            if w not in alone
        )
        - frozenset(lexicon.function_words)
    )
    totals = sorted(lexicon.totals, key=len, reverse=True)
    # "Übertrag von Blatt 1", "Saldovortrag zu unseren Gunsten"
    filler = _filler(
        (*lexicon.function_words, *lexicon.page_furniture, *lexicon.owed_to_bank, *lexicon.owed_to_holder)
    )
    return _Vocabulary(
        phrase_role=phrase_role,
        fee_phrases=frozenset(_key(p) for p in lexicon.fee_headings),
        aside_phrases=frozenset(_key(p) for p in lexicon.aside_headings),
        net_phrases=frozenset(_key(p) for p in lexicon.net_headings),
        rate_phrases=abroad,
        function_words=frozenset(lexicon.function_words),
        longest_phrase=max(len(k) for k in phrase_role),
        date_words=date_words,
        heading_words=frozenset(w for k in phrase_role for w in k),
        currency_words={name: code for name, code in lexicon.currency_names.items() if " " not in name},
        longest_currency_name=max((len(name.split()) for name in lexicon.currency_names), default=1),
        abbreviated=_abbreviations(phrase_role),
        opening=_Naming.of((*lexicon.opening_balance, *lexicon.brought_forward), filler),
        brought_forward=_Naming.of(lexicon.brought_forward, filler),
        closing_balance=_Naming.of(lexicon.closing_balance, filler),
        closing=_Naming.of((*lexicon.closing_balance, *lexicon.carried_forward), filler),
        amount_due=re.compile(rf"\A(?:{_alternatives(lexicon.amount_due)})(?: |\Z)"),
        dated_balance=re.compile(rf"\A(?:{_alternatives(lexicon.dated_balance_labels)}) \d"),
        currency_balance=_balance_in_currency(lexicon),
        sided_balance=_sided_balance(lexicon),
        owed=re.compile(
            rf"(?<!\w)(?:(?P<bank>{_alternatives(lexicon.owed_to_bank)})|{_alternatives(lexicon.owed_to_holder)})(?!\w)"
        ),
        account_kind=re.compile(rf"(?<!\w)(?:{_alternatives([p for p, _ in lexicon.account_types])})(?!\w)"),
        currency_aside=re.compile(
            rf" (?:(?:{_alternatives(lexicon.function_words)}) )?"
            rf"(?:{_alternatives([code.lower() for code in sorted(CURRENCY_CODES)])})(?= |\Z)"
        ),
        total=re.compile(r"^(?:" + "|".join(re.escape(t) for t in totals) + r")\b"),
        summary=re.compile(rf"\A(?:{_alternatives(lexicon.summary_lines)})(?: |\Z)"),
        own_charge=re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.own_charges)})(?!\w)"),
        summary_starts=frozenset(
            line[:space] for line in lexicon.summary_lines for space, c in enumerate(line) if c == " "
        ),
        transaction_date=frozenset(_key(p) for p in lexicon.transaction_date_headings),
        exchange_note=re.compile(
            r"\b(" + "|".join(re.escape(p) for p in lexicon.exchange_rate_words) + r")\b"
        ),
        foreign_named=re.compile(rf"\A(?:{_alternatives(list(lexicon.currency_names))}) \d[\d.,']*\Z"),
        time_marks=frozenset(lexicon.time_marks),
        weekdays=frozenset(lexicon.weekdays),
        year_marks=frozenset(lexicon.year_marks),
        day_marks=frozenset(lexicon.day_marks),
        clock=re.compile(
            r"^\d{1,2}(?:"
            + "|".join([":", *(re.escape(m) for m in lexicon.time_marks if len(m) == 1)])
            + r")\d{2}(?::\d{2})?$"
        ),
        date_or_amount=frozenset(_key(p) for p in lexicon.value_date_headings)
        & frozenset(_key(p) for p in (*lexicon.amount_headings, *lexicon.net_headings)),
        # A table of balances is titled by a balance heading of more than one word.
        balance_tables=frozenset(" ".join(k) for p in lexicon.balance_headings if len(k := _key(p)) > 1),
        furniture=frozenset(p for p in lexicon.page_furniture if " " not in p),
    )


def _abbreviations(phrase_role: dict[tuple[str, ...], Role]) -> dict[str, tuple[str, ...]]:
    words = {w for k in phrase_role for w in k}
    found: dict[str, list[str]] = {}
    for word in sorted(words, key=len):
        for end in range(_SHORTEST_ABBREVIATION, len(word)):
            if word[:end] not in words:
                found.setdefault(word[:end], []).append(word)
    return {cut: tuple(full) for cut, full in found.items()}


_SHORTEST_ABBREVIATION = 4  # letters: "Buch." might be many words


@lru_cache(maxsize=16384)  # each lexicon's phrases are keyed again in the lexicon of every language
def _key(phrase: str) -> tuple[str, ...]:
    """A heading's words as the reader keys them: folded, without punctuation; a slash parts two
    words as it does in a printed header ("Auftraggeber/Empfänger", see _split_slash); a currency
    code stands for any ("Umsatz EUR" is "Umsatz CHF" on a franc account)."""
    keys = (k for w in phrase.replace("/", " ").split() if (k := _WORD_CLEAN.sub("", w)))
    return tuple(_ANY_CURRENCY if k.upper() in CURRENCY_CODES else k for k in keys)


_ANY_CURRENCY = "¤"  # the key of a currency code in a heading


def _shared_headings(
    languages: Mapping[str, Mapping[tuple[str, ...], Role]],
) -> Mapping[tuple[str, ...], Mapping[str, Role]]:
    """The heading phrases that languages give different kinds of column ("nợ", money out in
    Vietnamese, folds to the "no" English heads a number with), with each language's kind, in the
    lexicon's order of languages: the language of a header's other headings tells which
    (`_in_the_headers_language`)."""
    kinds: dict[tuple[str, ...], dict[str, Role]] = {}
    for language, headings in languages.items():
        for key, role in headings.items():
            kinds.setdefault(key, {})[language] = role
    return {key: meant for key, meant in kinds.items() if len(set(meant.values())) > 1}


# Each language's heading phrases and the kind of column each heads (the first of its kinds).
_LANGUAGE_HEADINGS: Mapping[str, Mapping[tuple[str, ...], Role]] = {
    lx.language: {key: roles[0] for key, roles in _heading_roles(lx).items()} for lx in LANGUAGES
}
_SHARED_HEADINGS = _shared_headings(_LANGUAGE_HEADINGS)


def _as_written(heading: str) -> tuple[str, ...]:
    """A heading's words as printed, in lower case with their marks, without punctuation ("Nợ" is
    "nợ", "No." is "no")."""
    words = unicodedata.normalize("NFC", heading.lower()).replace("/", " ").split()
    return tuple(k for w in words if (k := "".join(c for c in w if c.isalnum() or c == "'")))


# The shared heading phrases as each language writes them, marks and all.
_SHARED_AS_WRITTEN: Mapping[str, frozenset[tuple[str, ...]]] = {
    language: frozenset(
        _as_written(phrase)
        for phrases in _headings(lexicon).values()
        for phrase in phrases
        if _key(fold(phrase)) in _SHARED_HEADINGS
    )
    for language, lexicon in WRITTEN.items()
}


class Marker(StrEnum):
    """A table row that is not a transaction."""

    OPENING = "OPENING"  # balance brought forward / opening balance
    CLOSING = "CLOSING"  # balance carried forward / closing balance
    TOTAL = "TOTAL"  # page or column totals
    PENDING = "PENDING"  # a transaction authorised but not yet posted, which no balance holds


@dataclass(frozen=True, slots=True)
class Column:
    role: Role
    x0: float
    x1: float
    # An OTHER column headed as the fees the rows bear: the heading as printed ("Charge", "Service fee").
    fee: str = ""
    # An OTHER column that says something of each row but not what it was (its status, its category).
    aside: bool = False
    booked: bool = False  # a VALUE_DATE column headed as a booking or posting date, not as a value date
    net: bool = False  # an AMOUNT column headed as what is left of a payment after its fee ("Net amount")
    rate: bool = False  # an OTHER column headed as a purchase abroad's exchange rate ("Kurs", "FX rate")
    # Its role guessed from its place, not named by a heading: a heading no lexicon holds beside named
    # columns, or a column of figures in a table with no header line (the balances say which side it is).
    guessed: bool = False


@dataclass(frozen=True, slots=True)
class Fee:
    """A fee a row bears, printed in a column of its own, and that column's heading as printed: the fee
    is money out of its own where the balance takes it, described by the row and the heading."""

    money: Money
    heading: str


@dataclass(frozen=True, slots=True)
class TableHeader:
    """A table's columns, left to right, and where the header sits."""

    columns: tuple[Column, ...]
    page: int
    bottom: float  # the header's lower edge; rows start below it
    currency: str | None = None  # a code or symbol printed in the header, e.g. "Amount (CAD)"
    # The same columns printed again to the right ("Number Date Amount Number Date Amount"): a list
    # set two or three to a line, each further set of columns read as a table of its own.
    beside: tuple[TableHeader, ...] = ()
    # No date column: each row's date is printed on a line of its own, under or over its description
    # (a wallet's "Card transaction of 12.50 GBP" over "15 January 2025"; see `find_dateless_header`).
    dates_apart: bool = False
    # Where a table of daily balances printed right of the rows begins, line for line beside them
    # ("Date | Description | Amount | Date | Balance"): its dates and figures are none of the rows'.
    balances_beside: float | None = None

    def zone(self, index: int) -> tuple[float, float]:
        """The x-range of column `index`: halfway to each neighbour."""
        col = self.columns[index]
        left = (self.columns[index - 1].x1 + col.x0) / 2 if index > 0 else float("-inf")
        right = (col.x1 + self.columns[index + 1].x0) / 2 if index + 1 < len(self.columns) else float("inf")
        return left, right

    def role_index(self, role: Role) -> int | None:
        for i, col in enumerate(self.columns):
            if col.role is role:
                return i
        return None

    @property
    def money_roles(self) -> frozenset[Role]:
        return frozenset(c.role for c in self.columns if c.role in (*MONEY_ROLES, Role.BALANCE))


@dataclass(slots=True)
class RowLine:
    """One printed line under a table header, split into its columns."""

    line: Line
    date: PartialDate | None
    description: str
    amounts: dict[Role, Money]
    words: list[Word]  # the words read as date, description or amounts (for OCR confidences)
    in_desc_zone: bool  # every non-date, non-amount word sits in the description column
    desc_x0: float | None  # where the description text starts
    # OCR only: the text read in each money column, figures or not ("114 57=", "$12.71"), so the
    # balance can tell which figure the print shows when OCR garbled it.
    texts: dict[Role, str] = field(default_factory=dict)
    value_date: PartialDate | None = None  # a second date on the line (value or posting date)
    fee: Fee | None = None  # a fee printed in a column of its own (see `_Columns.fee`)
    # Figures in columns of their own right of the description that are no figure of the row's, left to
    # right (a payment gross of its fee, the balance before the row).
    beside: tuple[Money, ...] = ()
    year: int | None = None  # a year printed alone under the day and month of the row above
    value_year: int | None = None  # the one printed under its value date, where each date has its own
    pending: bool = False  # not yet posted: "Pending" where its date would be, or under such a heading
    # Undated under a title of its own after the dated rows: the statement's own charge ("Interest
    # charged on purchases"), of its closing day, not of the day above.
    apart: bool = False

    @property
    def figures(self) -> bool:
        """Whether the line prints figures, read or too garbled to read (but showing digits)."""
        return bool(self.amounts) or any(c.isdigit() for text in self.texts.values() for c in text)


@dataclass(slots=True)
class Row:
    """One table row after wrapped lines are joined: a transaction, or a marker row."""

    date: PartialDate | None
    description: str
    amounts: dict[Role, Money]
    page: int
    words: list[Word] = field(default_factory=list)
    marker: Marker | None = None
    texts: dict[Role, str] = field(default_factory=dict)  # as on RowLine
    value_date: PartialDate | None = None
    fee: Fee | None = None  # as on RowLine
    beside: tuple[Money, ...] = ()  # as on RowLine
    owed: int = 0  # whose the money is, as a balance line's label says it (see `owed_side`)
    apart: bool = False  # as on RowLine: of the statement's closing day
    # A balance line whose label names the balance before the rows alone ("Saldo anterior"), not one
    # label for the balances before and after them ("Kontostand am"): the opening, wherever printed.
    opens: bool = False
    # Undated, no marker, its description opening with a balance's heading word ("Saldo aus letzter
    # Abrechnung"): a balance line in words no lexicon lists, where it stands before or after every
    # transaction (`carry_dates`).
    balance_named: bool = False

    @property
    def figures(self) -> bool:
        """Whether the row prints figures, read or too garbled to read (but showing digits)."""
        return bool(self.amounts) or any(c.isdigit() for text in self.texts.values() for c in text)


# ---- header -----------------------------------------------------------------------------------


def find_header(ctx: ReadContext, line: Line, below: Line | None = None) -> TableHeader | None:
    """The table header printed on this line (or on this line and the next), if it is one."""
    vocabulary = _vocabulary(ctx.lexicon)
    whole = _rejoined_headings(ctx, vocabulary, line, below) if below is not None else None
    if whole is not None and below is not None:
        return _header_from(ctx, whole, line.page, below.bottom)
    if not _names_a_date(ctx.lexicon, line) and (below is None or not _names_a_date(ctx.lexicon, below)):
        return None  # every header names its date column: a cheap test that spares most lines
    header = _header_from(ctx, line.words, line.page, line.bottom)
    if below is None or _gap_between(line, below) > ctx.tolerances.stacked_header * line.height:
        return header
    if _other_type(line, below):
        return header  # a title over the header ("CREDIT CARD" in a larger type) is not its first line
    if header is not None and _prints_values(ctx, below):
        return header  # the table's first row, set close under its header
    merged = _header_from(
        ctx,
        tuple(sorted((*line.words, *below.words), key=lambda w: w.x0)),
        line.page,
        below.bottom,
        stacked=True,
    )
    if merged is None:
        return header
    # Headings wrapped over two lines ("Settlement / date", "Running / balance") may leave either line
    # a header of some columns only: the two lines together name the rest.
    if header is None:
        # A title over a table ("Checks paid") names one column at most; the first line of wrapped
        # headings names parts of several.
        alone = _header_from(ctx, below.words, below.page, below.bottom)
        if alone is None:
            return merged
        if _prints_values(ctx, line):
            return None  # a dated balance line set just above the header ("Kontostand am <date> <figure>")
        named = _heading_columns(ctx, _header_tokens(vocabulary, line.words)[0])[0]
        # A title naming two headings' words ("DEBIT ACCOUNT TRANSACTIONS") reads as columns set over
        # those of the line under it, where wrapped headings' parts join those under them.
        wrapped = len(named) > 1 and not _overlapping(merged)
        return merged if wrapped and _roles(merged) >= _roles(alone) else None
    # A second line of heading words only ("Description of / transaction", "Importo / addebitato") is
    # the header's, unless reading it so names one column twice (a value date stacked under a date). A
    # line with words no heading holds is the first row's, its description wrapped before its figures
    # ("VISA DEBIT" under "TRANSACTION"), though one of its words names a column.
    if not _only_headings(ctx.lexicon, below):
        return header
    if _title_across(ctx, header, below):
        return header  # "PAYMENTS AND CREDITS" from the first column on: the first section's title
    if _roles(merged) > _roles(header) or _roles(merged) == len(merged.columns):
        return merged
    return header


def find_dateless_header(ctx: ReadContext, line: Line, below: Sequence[Line]) -> TableHeader | None:
    """A header of heading words that names money columns but no date ("Description | Incoming |
    Outgoing | Amount | Balance"), over rows whose dates are printed each on a line of its own, under
    or over the row's description: the rows' own lines show it, no heading does."""
    if _names_a_date(ctx.lexicon, line) or not _only_headings(ctx.lexicon, line):
        return None
    header = _header_from(ctx, line.words, line.page, line.bottom, dateless=True)
    if header is None:
        return None
    opened = _dated_under_the_description(ctx, header, below[:_DATES_APART_LINES])
    if opened is not None:
        return opened
    rows = [read_row_line(ctx, header, under) for under in below[:_DATES_APART_LINES]]
    alone = sum(_date_alone(ctx, row) is not None for row in rows)
    figured = sum(bool(row.amounts) and _line_marker(ctx, row) is None for row in rows)
    # One date line a row: the table's first rows each print one (a lone row, its one; the last row
    # of a page may print its date over the page break).
    return header if alone >= min(2, figured - 1) and alone > 0 and 2 * alone >= figured else None


_DATES_APART_LINES = 12  # the lines under a header without a date column that show its rows' dates


def find_moneyless_header(ctx: ReadContext, line: Line, below: Sequence[Line]) -> TableHeader | None:
    """A header of heading words that names the dates and the description but no money column ("Bu-Tag
    Wert Vorgang"), over rows that print their figures right of every heading, each perhaps with its
    side after it ("845,39 S"): the figures' right edges show the money columns, as `guess_header`
    reads them from rows without a header. A text layer's only: where OCR reads headings, a money
    heading missing is more likely a word lost, which the header of a later page makes up for."""
    if any(w.confidence is not None for w in line.words):
        return None
    if not _names_a_date(ctx.lexicon, line) or not _only_headings(ctx.lexicon, line):
        return None
    edge = max(w.x1 for w in line.words)
    rows = [
        figures
        for under in below[:_DATES_APART_LINES]
        if (
            figures := [w for w in under.words if w.x0 > edge and parse_money(w.text, ctx.places) is not None]
        )
    ]
    columns = [
        c for c in _right_aligned([w for figures in rows for w in figures]) if len(c) >= _MIN_COLUMN_ROWS
    ]
    if not 1 <= len(columns) <= 2:
        return None
    spans = [(min(w.x0 for w in c), max(w.x1 for w in c)) for c in columns]
    money = [
        Column(role, x0, x1, guessed=True)
        for role, (x0, x1) in zip(_money_roles(len(spans), rows), spans, strict=False)
    ]
    return _header_from(ctx, line.words, line.page, line.bottom, money=money)


def _money_roles(count: int, rows: Sequence[Sequence[Word]]) -> list[Role]:
    """The roles of `count` columns of figures, left to right, read from the figures each row prints:
    one column is each row's amount; of two, figures that share rows are the amount and the balance
    after it, figures that take turns the two sides (which is which the running balance settles);
    three are both sides and the balance."""
    if count == 1:
        return [Role.AMOUNT]
    if count == 3:
        return [Role.DEBIT, Role.CREDIT, Role.BALANCE]
    together = sum(1 for figures in rows if len(figures) >= 2)
    return [Role.AMOUNT, Role.BALANCE] if together * 2 >= len(rows) else [Role.DEBIT, Role.CREDIT]


def _dated_under_the_description(
    ctx: ReadContext, header: TableHeader, lines: Sequence[Line]
) -> TableHeader | None:
    """The header with a date column, where the rows under it open each with its date where the
    description's heading begins ("Details" over "05.01.25  CAFE AURORA" ... "40.00"): the date column
    is the dates' span, the description begins after them. None where fewer than most rows with figures
    (two at least) open so."""
    at = header.role_index(Role.DESC)
    if at is None:
        return None
    desc = header.columns[at]
    left, right = header.zone(at)
    dates: list[Word] = []
    texts: list[Word] = []
    figured = 0
    for line in lines:
        words = [w for w in line.words if left <= w.x0 < right]
        if not any(parse_money(w.text, ctx.places) is not None for w in line.words):
            continue
        figured += 1
        date, taken = _date_at_start(words, desc.x1)
        if (
            date is not None
            and len(words) > len(taken)
            and parse_money(words[len(taken)].text, ctx.places) is None
        ):
            dates += taken
            texts.append(words[len(taken)])
    opened = len(texts)
    if opened < 2 or 2 * opened <= figured:
        return None
    x1 = max(w.x1 for w in dates)
    columns = list(header.columns)
    columns[at] = replace(desc, x0=min(w.x0 for w in texts), x1=max(desc.x1, min(w.x0 for w in texts) + 1))
    dated = Column(Role.DATE, min(w.x0 for w in dates), x1)
    return replace(header, columns=(*columns[:at], dated, *columns[at:]))


def _date_alone(ctx: ReadContext, line: RowLine) -> PartialDate | None:
    """The date a line opens with, as a row's date printed on a line of its own: with no figure, its
    time of day may follow ("15 January 2025 14:32"), or the row's card or reference ("15 January 2025
    Card ending in 1234 Transaction: CARD-1234567"), no part of its description; or the date alone
    beside the day's balance ("1 de agosto de 2025  Saldo do dia: R$ 2.296,50"), a balance and no
    amount."""
    if line.date is not None or not line.description:
        return None
    if not line.figures:
        # A figure on the line that no money column of the header takes makes it a row read under
        # the wrong header ("13 Feb 2025 VIS HILLTOP ... 45.92- 526.23" under "DEPOSIT REF"), no date line.
        printed = sorted(line.line.words, key=lambda w: w.x0)
        if any(parse_money(w.text) is not None for w in printed):
            return None
        return parse_partial(line.description) or _date_at_start(printed, float("inf"))[0]
    if set(line.amounts) != {Role.BALANCE} or set(line.texts) - {Role.BALANCE}:
        return None
    words = line.description.split()
    return next(
        (
            date
            for size in range(min(DATE_WORDS, len(words)), 0, -1)
            if (date := parse_partial(" ".join(words[:size]))) is not None
            and not any(c.isdigit() for c in "".join(words[size:]))
        ),
        None,
    )


def _rejoined_headings(
    ctx: ReadContext, vocabulary: _Vocabulary, line: Line, below: Line
) -> tuple[Word, ...] | None:
    """A header whose narrow columns break long headings inside the word ("Buchungsda" over "tum"):
    the words of both lines, each broken heading joined, where every word of the second line is the
    tail of the word it starts under and each joined word is a heading word; else None."""
    if len(below.words) > len(line.words):
        return None
    joined: dict[Word, Word] = {}
    for tail in below.words:
        head = next((w for w in line.words if abs(w.x0 - tail.x0) < _BROKEN_WORD_ALIGN * line.height), None)
        if head is None or head in joined or _heading_key(head.text) in vocabulary.heading_words:
            return None
        if _heading_key(head.text + tail.text) not in vocabulary.heading_words:
            return None
        joined[head] = Word(
            head.text + tail.text, head.x0, max(head.x1, tail.x1), head.top, tail.bottom, head.confidence
        )
    # Measured last: most pairs of lines are rows, whose words join into no heading.
    if _gap_between(line, below) > ctx.tolerances.stacked_header * line.height:
        return None
    return tuple(joined.get(w, w) for w in line.words)


_BROKEN_WORD_ALIGN = 0.5  # of the line height: a broken heading's tail starts where its head does


def wrapped_heading_lines(ctx: ReadContext, above: Line, lines: Sequence[Line]) -> int:
    """How many of these lines, under a header already wrapped over two (`above` its second), wrap
    its headings further ("Merchant name / or transaction / description"): heading words only, each set
    as close under the line above as the header's second line, in the same type."""
    count = 0
    for line in lines:
        if _gap_between(above, line) > ctx.tolerances.stacked_header * above.height:
            break
        if _other_type(above, line) or _prints_values(ctx, line) or not _only_headings(ctx.lexicon, line):
            break
        count += 1
        above = line
    return count


def _title_across(ctx: ReadContext, header: TableHeader, line: Line) -> bool:
    """Whether a line under a header is the title of the first section of its rows ("PAYMENTS AND
    CREDITS", "Payments, Credits and Adjustments"), no second line of its headings: one phrase, its
    words a space apart, from under the first heading on past where the second begins (a heading's
    second line stays under its own heading), or a kind of money in or out named in words enough."""
    words = line.words
    if len(header.columns) < 2 or words[0].x1 >= header.columns[1].x0:
        return False
    space = ctx.tolerances.word_space * line.height
    one_phrase = all(b.x0 - a.x1 <= space for a, b in pairwise(words))
    return (one_phrase and words[-1].x1 > header.columns[1].x0) or titles_a_section(ctx, line.text)


def _overlapping(header: TableHeader) -> bool:
    """Whether two of a header's columns stand one over the other."""
    return any(b.x0 < a.x1 for a, b in pairwise(sorted(header.columns, key=lambda c: c.x0)))


def _other_type(line: Line, below: Line) -> bool:
    """Whether a text layer sets two lines in different sizes of type: a header wrapped over two
    lines keeps one size. (OCR boxes vary in height with the letters they hold, so only text.)"""
    if any(w.confidence is not None for w in (*line.words, *below.words)):
        return False
    return abs(line.height - below.height) > _TYPE_SIZE_SHARE * min(line.height, below.height)


_TYPE_SIZE_SHARE = 0.2  # two sizes of type differ by more than this share of the smaller


def _larger_type(line: Line, row: Line) -> bool:
    """Whether a text layer sets a line in a larger type than a row (OCR boxes vary, so only text)."""
    return _other_type(line, row) and line.height > row.height


def _gap_between(line: Line, below: Line) -> float:
    """The space between two lines, from where most of one's words end to where most of the other's
    begin: one OCR box stretched by a rule or a band's tint beside it does not close it."""
    return median_of([w.top for w in below.words]) - median_of([w.bottom for w in line.words])


def _roles(header: TableHeader) -> int:
    return len({c.role for c in header.columns})


def title_over_headings(ctx: ReadContext, header: TableHeader, next_header: TableHeader, under: Line) -> bool:
    """Whether a header read from a line and the next one (`header`) is a title over headings wrapped
    over two lines ("Your payments" over "Trans | Post" over "date | date | Description | Amount"): the
    header read from the next line and the one under it (`under`, heading words only) names as many
    columns."""
    return _roles(next_header) >= _roles(header) and _only_headings(ctx.lexicon, under)


def _only_headings(lexicon: Lexicon, line: Line) -> bool:
    """Whether a line holds heading words only, or the money they name ("EUR" under "Betrag in"), or
    notes in brackets without a digit ("(Rs.)" under "Balance")."""
    heading_words = _vocabulary(lexicon).heading_words
    return all(
        key in heading_words or key.upper() in CURRENCY_CODES
        for word in line.words
        if not (_CLOSED_NOTE.match(word.text) and not any(c.isdigit() for c in word.text))
        for key in _heading_keys(lexicon, word.text)
        if key
    )


def _prints_values(ctx: ReadContext, line: Line) -> bool:
    """Whether a line prints a figure or a date: a row, not the second line of a header. A date with
    its month in words is two words ("Dec 1, 2024", "31 Jan")."""
    words = [w.text for w in line.words]
    return any(
        parse_money(text, ctx.places) is not None or parse_partial(text) is not None for text in words
    ) or any(parse_partial(f"{a} {b}") is not None for a, b in pairwise(words))


def _names_a_date(lexicon: Lexicon, line: Line) -> bool:
    for last_lexicon, last_line, named in _LAST_NAMED:
        if last_line is line and last_lexicon is lexicon:
            return named  # `find_header` asks of each line again, as the line over the next one
    named = any(_date_heading_word(lexicon, w.text) for w in line.words)
    _LAST_NAMED.appendleft((lexicon, line, named))
    return named


# The lines last asked whether they name a date, and the answers: the line being looked at and the one
# below it.
_LAST_NAMED: deque[tuple[Lexicon, Line, bool]] = deque(maxlen=2)


@lru_cache(maxsize=16384)  # asked of every word of every line, twice (a line, then the one below one)
def _date_heading_word(lexicon: Lexicon, text: str) -> bool:
    if text.isascii() and not any(map(str.isalpha, text)) and _date_keys_lettered(lexicon):
        return False  # a figure, a date, a mark: keys of digits and marks, which no date heading has
    return not _vocabulary(lexicon).date_words.isdisjoint(_heading_keys(lexicon, text))


@lru_cache(maxsize=16)
def _date_keys_lettered(lexicon: Lexicon) -> bool:
    """Whether every key a word is read as to name a date heading holds a letter (a date word, or
    an abbreviation of a heading word): a word of ASCII without letters then names none."""
    vocabulary = _vocabulary(lexicon)
    return all(any(map(str.isalpha, key)) for key in (*vocabulary.date_words, *vocabulary.abbreviated))


@lru_cache(maxsize=16384)  # every line is asked whether it heads a table: its words, again and again
def _heading_keys(lexicon: Lexicon, text: str) -> tuple[str, ...]:
    """A word's keys as a header reads it: parted as its headings are ("Data/Hora", "Datum/Uhrzeit",
    "F.Oper."; `_heading_parts`), each part unabbreviated."""
    vocabulary = _vocabulary(lexicon)
    parts = _heading_pieces(vocabulary, Word(text, 0.0, 1.0, 0.0, 1.0))  # where they sit is of no matter here
    return tuple(_unabbreviated(vocabulary, part.text) for part in parts)


def _unabbreviated(vocabulary: _Vocabulary, text: str) -> str:
    """A heading word's key, or, for a word cut short with a point that no heading holds as printed,
    the heading word it stands for: the one it begins, or the shortest of those it begins when all
    of them alone head one kind of column ("Wertst." for "Wertstellung", "Wertstellungsdatum")."""
    key = _heading_key(text)
    if not text.endswith(".") or key in vocabulary.heading_words:
        return key
    full = vocabulary.abbreviated.get(key, ())
    roles = {vocabulary.phrase_role.get((word,)) for word in full}
    return full[0] if len(full) == 1 or (len(roles) == 1 and None not in roles) else key


@lru_cache(maxsize=16384)  # every line is asked whether it heads a table: its words, again and again
def _heading_key(text: str) -> str:
    """A word as heading phrases are looked up: folded, letters, digits and apostrophes only."""
    return _WORD_CLEAN.sub("", fold(text))


def _header_from(
    ctx: ReadContext,
    words: Sequence[Word],
    page: int,
    bottom: float,
    *,
    stacked: bool = False,
    dateless: bool = False,
    money: Sequence[Column] = (),
) -> TableHeader | None:
    """The header these words print, if they name its columns. `dateless`: a header that names money
    columns and no date, each row's date printed on a line of its own (`find_dateless_header`);
    `money`, the money columns of a header that names none, found from its rows
    (`find_moneyless_header`)."""
    words = _without_notes(ctx.lexicon, [w for w in words if not _heading_noise(ctx, w)])
    tokens, currency = _header_tokens(_vocabulary(ctx.lexicon), words)
    if stacked:
        spread = _groups_spread(_vocabulary(ctx.lexicon), tokens, ctx.tolerances.word_space)
        tokens = _by_stack(spread, ctx.tolerances.word_space)
    columns, known, unknown, transaction_date = _heading_columns(ctx, tokens)
    if not any(c.role is Role.DESC for c in columns):
        # Every list of transactions has a description column: "Fecha | Movimiento" are two
        # headings where a date heading "fecha movimiento" would leave it none.
        split = _heading_columns(ctx, tokens, split_dates=True)
        if any(c.role is Role.DESC for c in split[0]):
            columns, known, unknown, transaction_date = split
    columns = [*_unnamed_columns(tokens, columns), *money]
    roles = [c.role for c in columns]
    if any(r in roles for r in _DATED) is dateless or not any(r in roles for r in MONEY_ROLES):
        return None
    if dateless:
        columns = _described_at_left(columns, words)
    if unknown > known or len(columns) < 3:
        return None
    if stacked:
        columns = _merge_stacked(columns)
    columns = _merge_bilingual(sorted(columns, key=lambda c: c.x0), words)
    sets = _sets_side_by_side(columns)
    if len(sets) > 1:
        first, *others = (
            TableHeader(
                columns=tuple(_described(_one_date(list(cols), None))),
                page=page,
                bottom=bottom,
                currency=currency,
            )
            for cols in sets
        )
        return replace(first, beside=tuple(others))
    if transaction_date is not None and transaction_date not in columns:
        transaction_date = next((c for c in columns if c.x0 <= transaction_date.x0 < c.x1), None)
    columns, balances_beside = _balances_beside(columns)
    currencies = [w for key, w in tokens if key == _ANY_CURRENCY]
    columns = _one_date(_gross_beside_net(_abroad_beside_converted(columns, currencies)), transaction_date)
    if len({c.role for c in columns if c.role in MONEY_ROLES}) != sum(c.role in MONEY_ROLES for c in columns):
        return None  # two "Debit" columns: a summary box, not a transaction table
    return TableHeader(
        columns=tuple(columns),
        page=page,
        bottom=bottom,
        currency=currency,
        dates_apart=dateless,
        balances_beside=balances_beside,
    )


def _without_notes(lexicon: Lexicon, words: Sequence[Word]) -> list[Word]:
    """The words without a footnote's key set among them ("*Indicates posting date" beside "Detail"): a
    run of words whose first opens with a footnote's mark and is no heading word is a note on the rows,
    not a heading, though it names a date."""
    heading_words = _vocabulary(lexicon).heading_words
    return [
        word
        for run in _apart(words)
        if not (
            run[0].text[:1] in _FOOTNOTE_MARKS
            and heading_words.isdisjoint(_heading_keys(lexicon, run[0].text))
        )
        for word in run
    ]


def _balances_beside(columns: list[Column]) -> tuple[list[Column], float | None]:
    """The columns, headings that end in a second date heading and a balance right of the money ("Date
    | Description | Amount | Date | Balance") cut off as a table of daily balances printed beside the
    rows, and where that table begins; unchanged where the headings end otherwise. A date headed as a
    value date there is the rows' own (a value date between the amount and the balance)."""
    if len(columns) < 5 or [c.role for c in columns[-2:]] != [Role.DATE, Role.BALANCE]:
        return columns, None
    rows = columns[:-2]
    if Role.DATE not in {c.role for c in rows} or rows[-1].role not in MONEY_ROLES:
        return columns, None
    return rows, (rows[-1].x1 + columns[-2].x0) / 2


def _heading_noise(ctx: ReadContext, word: Word) -> bool:
    """Whether OCR read a header word with next to no confidence and as no heading word: a rule's or a
    box's ink read with a heading ("_—sSiDATE__"), whose span would stack two columns' headings as one."""
    return (
        word.confidence is not None
        and word.confidence < ctx.ocr.noise_word
        and _vocabulary(ctx.lexicon).heading_words.isdisjoint(_heading_keys(ctx.lexicon, word.text))
    )


def _gross_beside_net(columns: list[Column]) -> list[Column]:
    """The columns, an amount headed beside one headed as what is left after the fee ("Amount | Net
    Amount") read as the payment as it came (gross): the net one is the row's amount, which the balance
    takes, and the gross one no part of the description."""
    amounts = [c for c in columns if c.role is Role.AMOUNT]
    if len(amounts) != 2 or sum(c.net for c in amounts) != 1:
        return columns
    return [
        replace(c, role=Role.OTHER, aside=True) if c.role is Role.AMOUNT and not c.net else c for c in columns
    ]


def _abroad_beside_converted(columns: list[Column], currencies: Sequence[Word]) -> list[Column]:
    """The columns, of two amounts parted by an exchange rate ("Betrag | Kurs | Betrag in EUR"), or of
    which only the right one's heading names a money (`currencies`, the header's words that name one:
    "Währung | Betrag | Betrag CHF"), the left one read as a purchase abroad's figure in its own money:
    the rate converts it into the right one, the row's amount, which the balance takes. Neither the
    figure abroad nor its rate is part of the row's description."""
    amounts = [c for c in columns if c.role is Role.AMOUNT]
    if len(amounts) != 2:
        return columns
    rated = any(amounts[0].x1 <= c.x0 and c.x1 <= amounts[1].x0 for c in columns if c.rate)
    # A money's code names the heading it follows ("Montant CHF", "Betrag in EUR").
    owners = [max((c for c in columns if c.x0 <= w.x0), key=lambda c: c.x0, default=None) for w in currencies]
    named = [any(owner is c for owner in owners) for c in amounts]
    if not rated and named != [False, True]:
        return columns
    return [replace(c, role=Role.OTHER, aside=True) if c is amounts[0] or c.rate else c for c in columns]


def _described_at_left(columns: list[Column], words: Sequence[Word]) -> list[Column]:
    """Columns without a date heading, with a description column at the header's left where none is
    named ("Amount | Balance" right of the descriptions printed under no heading)."""
    if any(c.role is Role.DESC for c in columns):
        return columns
    left = min(w.x0 for w in words)
    return [Column(Role.DESC, left, left), *columns]


def _unnamed_columns(tokens: Sequence[tuple[str, Word]], columns: list[Column]) -> list[Column]:
    """The columns, with one more for each heading no lexicon holds (one or two capitalised words
    between the same two named columns) printed in the place of a column the header lacks
    (`_unnamed_role`), left to right: "Data | Descriere | Credit | Debit" names its description in a
    language no lexicon holds."""
    unnamed = [
        w for key, w in tokens if key != _ANY_CURRENCY and not any(c.x0 <= w.x0 < c.x1 for c in columns)
    ]
    groups: dict[int, list[Word]] = {}
    for word in unnamed:
        groups.setdefault(sum(c.x1 <= word.x0 for c in columns), []).append(word)
    # Between two named columns, headings set a column's gap apart head a column each.
    headings = [(place, run) for place, words in groups.items() for run in _apart(words)]
    for _, words in headings:
        if not 1 <= len(words) <= _UNNAMED_WORDS or not all(w.text[:1].isupper() for w in words):
            return columns
    for place, words in sorted(headings, key=lambda h: h[1][0].x0):
        x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
        before = [c for c in columns if c.x1 <= x0]
        after = [c for c in columns if c.x0 >= x1]
        if len(before) + len(after) != len(columns):
            return columns  # the words stand among a heading's own
        left = max(before, key=lambda c: c.x1) if before else None
        right = min(after, key=lambda c: c.x0) if after else None
        paired = sum(at == place for at, _ in headings) == 2
        role = _unnamed_role(columns, left, right, paired=paired)
        if role is not None:
            columns = sorted([*columns, Column(role, x0, x1, guessed=True)], key=lambda c: c.x0)
    return columns


def _unnamed_role(
    columns: Sequence[Column], left: Column | None, right: Column | None, *, paired: bool = False
) -> Role | None:
    """The column a heading no lexicon holds names, by the columns either side of it: the description
    between the dates and the money ("Date | Zahlungsgrund | Montant"); the other side of the money
    beside a header's only debit or credit column, before the balance or at the end ("Withdrawals |
    Lodgements | Balance"); a column of its own after the balance at the header's end; where the header
    names no money, the first of two headings side by side (`paired`) between the description and the
    balance ("Outgoings | Incomings | Balance"), one side, as the second is the other (the balances turn
    the table round where they run the other way: `orient`). None where it may be anything (a
    reference, a type, a balance: see `complete_header`)."""
    roles = {c.role for c in columns}
    if Role.DESC not in roles:
        between = left is not None and left.role in _DATED and right is not None and right.role in MONEY_ROLES
        return Role.DESC if between else None
    if right is None and left is not None and left.role is Role.BALANCE:
        return Role.OTHER  # after the balance, the header's last ("Init. Br"): a branch's code, not text
    if paired and roles.isdisjoint(MONEY_ROLES) and left is not None and left.role is Role.DESC:
        return Role.DEBIT if right is not None and right.role is Role.BALANCE else None
    sides = roles & {Role.DEBIT, Role.CREDIT}
    if len(sides) != 1 or Role.AMOUNT in roles:
        return None
    beside = (left is not None and left.role in sides and (right is None or right.role is Role.BALANCE)) or (
        right is not None and right.role in sides and left is not None and left.role is Role.DESC
    )
    if not beside:
        return None
    return Role.CREDIT if Role.DEBIT in sides else Role.DEBIT


_UNNAMED_WORDS = 2  # the words of a heading no lexicon holds ("Zahlungsgrund", "Motivo pago")


def _apart(words: Sequence[Word]) -> list[list[Word]]:
    """Words in runs, a new one where a gap wider than the words are tall parts them (a column's)."""
    runs: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if runs and word.x0 - runs[-1][-1].x1 <= _COLUMN_GAP * (word.bottom - word.top):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


_COLUMN_GAP = 1.5  # a gap between headings, in the height of their words: wider than a space


def _groups_spread(
    vocabulary: _Vocabulary, tokens: Sequence[tuple[str, Word]], word_space: float
) -> list[tuple[str, Word]]:
    """A heading of the upper line set over two or more words of the lower one that head nothing alone
    and stand apart ("SALDO" over "OPERACIÓN | LIQUIDACIÓN") heads each of them: a copy of it stands
    over each, so that each is a column of its own ("SALDO OPERACIÓN", "SALDO LIQUIDACIÓN"). Words a
    space apart are one heading run on ("AMOUNTS ADDED" over "TO YOUR ACCOUNT")."""
    top = min((w.top for _, w in tokens), default=0.0)
    upper = [t for t in tokens if t[1].top - top < (t[1].bottom - t[1].top) / 2]
    lower = [t for t in tokens if t not in upper]
    out = list(lower)
    for key, word in upper:
        under = [w for k, w in lower if w.x0 < word.x1 and word.x0 < w.x1]
        spread = (
            len(under) > 1
            and (key,) in vocabulary.phrase_role
            and not any((k,) in vocabulary.phrase_role for k, w in lower if w in under)
            and not any(
                _spaced_after([("", a)], b, word_space)
                for a, b in pairwise(sorted(under, key=lambda w: w.x0))
            )
        )
        out += [(key, replace(word, x0=w.x0, x1=w.x1)) for w in under] if spread else [(key, word)]
    return out


def _by_stack(tokens: Sequence[tuple[str, Word]], word_space: float) -> list[tuple[str, Word]]:
    """Stacked header lines interleave by x: each column's words (those whose spans overlap, as
    "Date of" over "Transaction", or a space apart on one line, as "Transaction Date" over "Posted")
    read top to bottom, each line left to right."""
    stacks: list[list[tuple[str, Word]]] = []
    right = float("-inf")
    for token in sorted(tokens, key=lambda t: t[1].x0):
        if stacks and (token[1].x0 < right or _spaced_after(stacks[-1], token[1], word_space)):
            stacks[-1].append(token)
        else:
            stacks.append([token])
        right = max(right, token[1].x1) if len(stacks[-1]) > 1 else token[1].x1
    return [t for stack in stacks for t in sorted(stack, key=lambda t: (t[1].top, t[1].x0))]


def _spaced_after(stack: Sequence[tuple[str, Word]], word: Word, word_space: float) -> bool:
    """Whether the word follows one of the stack's on its own line, a space after it."""
    height = word.bottom - word.top
    return any(
        abs(other.top - word.top) < height / 2 and 0 <= word.x0 - other.x1 < word_space * height
        for _, other in stack
    )


def _header_tokens(
    vocabulary: _Vocabulary, words: Sequence[Word]
) -> tuple[list[tuple[str, Word]], str | None]:
    """A header line's words as keys to look up, and the currency its headings name, if any."""
    tokens: list[tuple[str, Word]] = []
    currency: str | None = None
    note = False  # inside a note in brackets over several words after a heading ("Amount (in Rs.)")
    for word in words:
        for part in _heading_pieces(vocabulary, word):
            key = _unabbreviated(vocabulary, part.text)
            named = _currency_named(vocabulary, part.text)
            # A sign in letters that is a word of the language is that word ("DA", Algeria's dinar, in
            # "Data da compra").
            a_word = part.text.strip(_HEADING_MARKS).isalpha() and key in vocabulary.function_words
            code = None if a_word else _currency_of(part.text) or named
            if code is not None or not key:
                # A code ("CAD") says more than a "$", which only says some dollar.
                currency = code if code and (currency is None or currency in SHARED_SIGNS) else currency
            opens = part.text.startswith("(") and ")" not in part.text
            if (note or opens) and tokens and (code is not None or key in vocabulary.function_words):
                # "(in Rs.)", "(in INR)": the heading's note, as "(Rs)" in one word is, not a heading.
                before_key, before = tokens[-1]
                tokens[-1] = (before_key, replace(before, x1=max(before.x1, part.x1)))
                note = not part.text.endswith(")")
                continue
            note = False
            if key.upper() in CURRENCY_CODES or named is not None:
                # Part of a heading ("Importo in euro" as "Betrag in EUR"), or the header's currency.
                tokens.append((_ANY_CURRENCY, part))
            elif code is None and key and tokens and _CLOSED_NOTE.match(part.text):
                # "Withdrawal (Dr)": a word in brackets after a heading notes it, where a bare "Dr"
                # heads a column of its own; the heading spans its note, as the figures under it do.
                before_key, before = tokens[-1]
                tokens[-1] = (before_key, replace(before, x1=max(before.x1, part.x1)))
            elif code is None and key:
                tokens.append((key, part))
    return tokens, currency


def _heading_columns(
    ctx: ReadContext, tokens: Sequence[tuple[str, Word]], *, split_dates: bool = False
) -> tuple[list[Column], int, int, Column | None]:
    """The columns the longest heading phrases name, left to right; how many words were headings
    and how many were not; the column headed as the day of the transaction, if one is. With
    `split_dates`, a date heading whose last word is a description heading is read as two."""
    vocabulary = _vocabulary(ctx.lexicon)
    columns: list[Column] = []
    transaction_date: Column | None = None
    either: int | None = None  # the last column headed as a value date or an amount
    sides: int | None = None  # the last column headed by both sides at once ("Debit/Credit")
    known = unknown = 0
    keys = tuple(k for k, _ in tokens)
    phrases: list[tuple[str, ...]] = []  # each column's heading, keyed
    printed: list[str] = []  # and as printed
    i = 0
    while i < len(tokens):
        for size in range(min(vocabulary.longest_phrase, len(tokens) - i), 0, -1):
            phrase = keys[i : i + size]
            role = vocabulary.phrase_role.get(phrase)
            if role is None and _slashed_sides(vocabulary, tokens[i : i + size]):
                role = Role.OTHER  # "Cargo/Abono", as "Debit Credit" heads the amounts' side words
            if role is None:
                continue
            span = [w for _, w in tokens[i : i + size]]
            if size > 1 and _too_spread(ctx, span):
                continue
            if (
                split_dates
                and size > 1
                and role in _DATED
                and vocabulary.phrase_role.get(phrase[-1:]) is Role.DESC
            ):
                continue
            if phrase in vocabulary.date_or_amount:
                either = len(columns)
            if _both_sides(vocabulary, phrase):
                sides = len(columns)
            x0, x1 = min(w.x0 for w in span), max(w.x1 for w in span)
            heading = " ".join(w.text for w in span).strip(_HEADING_MARKS)
            fee = heading if phrase in vocabulary.fee_phrases else ""
            columns.append(
                Column(
                    role,
                    x0,
                    x1,
                    fee=fee,
                    aside=phrase in vocabulary.aside_phrases,
                    net=phrase in vocabulary.net_phrases,
                    rate=phrase in vocabulary.rate_phrases,
                )
            )
            phrases.append(phrase)
            printed.append(heading)
            if phrase in vocabulary.transaction_date and transaction_date is None:
                transaction_date = columns[-1]
            known += size
            i += size
            break
        else:
            unknown += keys[i] != _ANY_CURRENCY  # a currency code no heading holds names the header's
            i += 1
    # "Debit/Credit" heads the side words of the amounts printed beside them; with no column of
    # money else, it heads the amounts themselves, signed.
    amounts = either if either is not None else sides
    if amounts is not None and not any(c.role in MONEY_ROLES for c in columns):
        columns[amounts] = replace(columns[amounts], role=Role.AMOUNT)
    return _in_the_headers_language(columns, phrases, printed), known, unknown, transaction_date


def _in_the_headers_language(
    columns: list[Column], phrases: Sequence[tuple[str, ...]], printed: Sequence[str]
) -> list[Column]:
    """The columns, each headed by a phrase that languages give different kinds of column
    (`_SHARED_HEADINGS`: "Nợ" beside "Ngày | Diễn giải | Có" is money out, "No." beside "Date |
    Description" a number) read as the language that holds every other heading of the header gives it,
    where the languages that do agree on it. A heading printed with marks its key drops is of the
    languages that write it so ("Nợ" is Vietnamese money out, wherever it stands). A header names each
    money column once: a kind of money column another heading names is not the phrase's ("No." beside
    "Ngày | Diễn giải | Ghi nợ", or beside "Nợ", is a number), and where one kind alone is left, the
    phrase heads that kind."""
    if _SHARED_HEADINGS.keys().isdisjoint(phrases):
        return columns
    holding = [
        frozenset(language for language, held in _LANGUAGE_HEADINGS.items() if phrase in held)
        for phrase in phrases
        if phrase not in _SHARED_HEADINGS
    ]
    languages = frozenset.intersection(*holding) if holding else frozenset()
    kinds_of = [
        _kinds_as_printed(_SHARED_HEADINGS.get(phrase, {}), heading)
        for phrase, heading in zip(phrases, printed, strict=True)
    ]
    named = {
        column.role
        for column, phrase in zip(columns, phrases, strict=True)
        if column.role in MONEY_ROLES and phrase not in _SHARED_HEADINGS
    } | {
        role
        for kinds in kinds_of
        if len(roles := set(kinds.values())) == 1
        for role in roles & set(MONEY_ROLES)
    }
    read = []
    for column, kinds in zip(columns, kinds_of, strict=True):
        if len(set(kinds.values())) == 1:
            read.append(replace(column, role=next(iter(kinds.values()))))
            continue
        left = {role for role in kinds.values() if role not in named}
        meant = {role for language, role in kinds.items() if language in languages} & left or left
        read.append(replace(column, role=meant.pop()) if len(meant) == 1 else column)
    return read


def _kinds_as_printed(kinds: Mapping[str, Role], heading: str) -> Mapping[str, Role]:
    """The kinds languages give a shared heading phrase, of those languages that write it with the
    marks it is printed with, where it prints marks its key drops ("Nợ"); all where it prints none
    ("No.", or a "Nợ" whose marks OCR lost) or no language writes it so."""
    if not kinds or fold(heading) == heading.lower():
        return kinds
    written = _as_written(heading)
    return {
        language: role for language, role in kinds.items() if written in _SHARED_AS_WRITTEN[language]
    } or kinds


def _slashed_sides(vocabulary: _Vocabulary, tokens: Sequence[tuple[str, Word]]) -> bool:
    """Whether two headings are one printed word parted by a slash that names money out and money in
    ("Cargo/Abono", "Soll/Haben"): one column, as "Debit Credit" is."""
    return (
        len(tokens) == 2
        and tokens[0][1].x1 == tokens[1][1].x0
        and _both_sides(vocabulary, (tokens[0][0], tokens[1][0]))
    )


def _both_sides(vocabulary: _Vocabulary, phrase: tuple[str, ...]) -> bool:
    """Whether a heading of two words names money out and money in ("debit credit", "soll haben")."""
    roles = {vocabulary.phrase_role.get((word,)) for word in phrase}
    return len(phrase) == 2 and roles == {Role.DEBIT, Role.CREDIT}


def _heading_parts(word: Word) -> list[Word]:
    """A header word as the headings it holds: parted at a slash, after an abbreviation's point set
    without a space ("F.Oper.", "F.Valor" are "F. Oper.", "F. Valor"), and between two capitalised
    words set without one ("TransDate", "ValueDate" are "Trans Date", "Value Date")."""
    return [
        joined
        for part in _split_slash(word)
        for bracket in _split_bracket(part)
        for point in _split_point(bracket)
        for symbol in _split_symbol(point)
        for joined in _split_joined(symbol)
    ]


def _heading_pieces(vocabulary: _Vocabulary, word: Word) -> list[Word]:
    """A header word as its headings (`_heading_parts`), each of two heading words OCR ran together in
    capitals over a box's ink ("—ACTIVITYDESCRIPTION,") as the two."""
    return [piece for part in _heading_parts(word) for piece in _run_together(vocabulary, part)]


def _run_together(vocabulary: _Vocabulary, word: Word) -> list[Word]:
    """A word no heading holds as the two heading words it is, each of three letters or more, run
    together without a space, where one parting only makes it two."""
    key = _heading_key(word.text)
    if key in vocabulary.heading_words or not key.isalpha() or len(key) < 2 * _JOINED_LETTERS:
        return [word]
    cuts = [
        at
        for at in range(_JOINED_LETTERS, len(key) - _JOINED_LETTERS + 1)
        if key[:at] in vocabulary.heading_words and key[at:] in vocabulary.heading_words
    ]
    if len(cuts) != 1:
        return [word]
    letters = [i for i, c in enumerate(word.text) if c.isalpha()]
    if len(letters) != len(key):
        return [word]  # a letter folded into two: where to part it is not known
    start, cut, end = letters[0], letters[cuts[0]], letters[-1] + 1
    return _parted(word, word.text[start:cut], word.text[cut:end], cut)


def _split_joined(word: Word) -> list[Word]:
    """Two capitalised words of three letters or more set without a space, in any alphabet ("ValueDate",
    "İşlemTarihi"), as the two."""
    text = word.text
    if not (text[:1].isupper() and text.isalpha() and not text.isupper()):
        return [word]  # most words: all in capitals or lower case after the first letter
    capitals = [i for i, c in enumerate(text) if c.isupper()]
    if len(capitals) != 2 or not _JOINED_LETTERS <= capitals[1] <= len(text) - _JOINED_LETTERS:
        return [word]
    return _parted(word, text[: capitals[1]], text[capitals[1] :], capitals[1])


_JOINED_LETTERS = 3  # the least letters of each word: "TransDate", not "McKay" nor "NoRef"


_SYMBOL_BEFORE = re.compile(r"^([^\w\s().,/-])([^\W\d_]{2,})$")  # "£Out", "$Balance"


def _split_symbol(word: Word) -> list[Word]:
    """A currency symbol set before a heading without a space ("£Out", "£Balance") names the header's
    currency; the heading keeps the word's width, as the figures under it do."""
    match = _SYMBOL_BEFORE.match(word.text)
    if match is None or match[1] not in CURRENCY_SYMBOLS:
        return [word]
    return [replace(word, text=match[1], x1=word.x0), replace(word, text=match[2])]


_JOINED_ABBREVIATION = re.compile(r"^([^\W\d_]+\.)([^\W\d_]{2,}\.?)$")


def _split_point(word: Word) -> list[Word]:
    match = _JOINED_ABBREVIATION.match(word.text)
    return [word] if match is None else _parted(word, match[1], match[2], len(match[1]))


_BRACKETED_AFTER = re.compile(r"^([^\W\d_]{2,})(\(.*)$")  # "Debit(Rs)", "Date(Value"
_CLOSED_NOTE = re.compile(r"^\([^()]*\)(?:[^\w(]|_)*$")  # "(Rs)", "(CR)|", "(CR)_"


def _split_bracket(word: Word) -> list[Word]:
    """A heading and what it says in brackets set without a space are two words: a note closed in
    the word ("Debit(Rs)", "Deposit(CR)") adds to the heading, which keeps the word's width, as the
    figures under it do (OCR may set a rule's bar after it: "Deposit(CR)|"); a heading opened in it
    ("Date(Value Date)") heads a column of its own."""
    match = _BRACKETED_AFTER.match(word.text)
    if match is None:
        return [word]
    if _CLOSED_NOTE.match(match[2]):
        return [replace(word, text=match[1]), replace(word, text=match[2], x0=word.x1)]
    return _parted(word, match[1], match[2], len(match[1]))


def _split_slash(word: Word) -> list[Word]:
    if "/" not in word.text or word.text.count("/") > 1 or any(c.isdigit() for c in word.text):
        return [word]
    left, right = word.text.split("/")
    if not left or not right:
        return [word]
    return _parted(word, left, right, len(left))


def _parted(word: Word, left: str, right: str, at: int) -> list[Word]:
    """A word as two, `left` and `right`, parted where its `at`-th character ends: a box holds a whole
    word, so each part is given its letters' share of the width."""
    cut = word.x0 + (word.x1 - word.x0) * at / len(word.text)
    return [replace(word, text=left, x1=cut), replace(word, text=right, x0=cut)]


_HEADING_MARKS = "()[]:,.*"  # brackets and marks around a heading's word ("(CAD)", "Fee*")


def _currency_named(vocabulary: _Vocabulary, text: str) -> str | None:
    """The code of a currency a heading names in a word of its language ("Montant (FCFA)")."""
    return vocabulary.currency_words.get(fold(text.strip(_HEADING_MARKS)))


def _currency_of(text: str) -> str | None:
    """An ISO code for a currency word in a header ("(CAD)", "$", "£"); the sign where it names no one
    money ("$" some dollar, "Rs" some rupee)."""
    bare = text.strip(_HEADING_MARKS)
    if bare in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[bare] or bare
    if bare.upper() in CURRENCY_CODES and bare.isupper():
        return bare.upper()
    if re.fullmatch(r"\(([A-Z]{3})\)\w?", text.strip()) and text.strip()[1:4] in CURRENCY_CODES:
        return text.strip()[1:4]
    return None


def _too_spread(ctx: ReadContext, words: Sequence[Word]) -> bool:
    height = max(w.bottom - w.top for w in words)
    ocr = any(w.confidence is not None for w in words)
    gap = ctx.tolerances.heading_gap if ocr else ctx.tolerances.text_heading_gap
    return any(b.x0 - a.x1 > gap * height for a, b in pairwise(words))


def _merge_bilingual(columns: list[Column], words: Sequence[Word]) -> list[Column]:
    """Two headings of one kind parted by a slash ("Retraits/Withdrawals", "Date / Fecha") name one
    column in two languages."""
    merged: list[Column] = []
    for col in columns:
        last = merged[-1] if merged else None
        if last is not None and last.role is col.role and _slash_between(last, col, words):
            merged[-1] = replace(last, x1=max(last.x1, col.x1))
        else:
            merged.append(col)
    return merged


def _slash_between(left: Column, right: Column, words: Sequence[Word]) -> bool:
    return any(
        (w.text == "/" and left.x1 <= w.x0 and w.x1 <= right.x0)
        or ("/" in w.text and w.x0 <= left.x1 and right.x0 <= w.x1)
        for w in words
    )


def _merge_stacked(columns: list[Column]) -> list[Column]:
    """Columns from two stacked lines that overlap in x are one column (e.g. "Paid" over "out")."""
    merged: list[Column] = []
    for col in sorted(columns, key=lambda c: c.x0):
        if merged and col.x0 < merged[-1].x1 and col.role is merged[-1].role:
            last = merged.pop()
            merged.append(
                replace(
                    last,
                    x0=min(last.x0, col.x0),
                    x1=max(last.x1, col.x1),
                    fee=last.fee or col.fee,
                    aside=last.aside or col.aside,
                    net=last.net or col.net,
                )
            )
        else:
            merged.append(col)
    return merged


def _sets_side_by_side(columns: Sequence[Column]) -> list[Sequence[Column]]:
    """The columns as the sets a list printed two or three to a line repeats, left to right; one set
    where the headings do not repeat."""
    roles = [c.role for c in columns]
    for count in _SETS_TO_A_LINE:
        size = len(columns) // count
        if size >= _MIN_SET and size * count == len(columns) and roles == roles[:size] * count:
            return [columns[n * size : (n + 1) * size] for n in range(count)]
    return [columns]


_SETS_TO_A_LINE = (3, 2)
_MIN_SET = 3  # a date, a figure and what the row is


def _described(columns: list[Column]) -> list[Column]:
    """A set of columns without a description column, its rows described by the one column the reader
    does not otherwise use (a check's number)."""
    others = [c for c in columns if c.role is Role.OTHER]
    if any(c.role is Role.DESC for c in columns) or len(others) != 1:
        return columns
    return [replace(c, role=Role.DESC) if c is others[0] else c for c in columns]


def _one_date(columns: list[Column], transaction_date: Column | None) -> list[Column]:
    """One date column is the transaction date: the one headed as the day of the transaction (a
    purchase), else the first headed as a date rather than a value date ("Rentedato" before "Bokført"),
    else the first; any other (value, booking or posting date) is its value date, one headed as a
    booking date marked so: where a value date is printed too, that is the value date."""
    dated = [c for c in columns if c.role in _DATED]
    booked = next((c for c in dated if c.role is Role.DATE), None)
    main = transaction_date if transaction_date in dated else booked or next(iter(dated), None)
    return [
        replace(c, role=Role.DATE if c is main else Role.VALUE_DATE, booked=c.role is Role.DATE)
        if c.role in _DATED
        else c
        for c in columns
    ]


def guess_header(ctx: ReadContext, lines: Sequence[Line]) -> TableHeader | None:
    """Columns read from the rows themselves, for a table printed without header words.

    Rows are lines that start with a date, say what happened in words, and end with a figure (a
    daily-balance table prints a date and figures only: no transactions); the figures' right edges
    cluster into money columns. Two columns whose figures share rows are amount and balance; two that
    take turns are debit and credit (which is which the running balance settles).
    """
    rows: list[tuple[list[Word], list[Word]]] = []
    under_dates: list[list[Word]] = []  # the figures of undated rows under a date line, dated by it
    day_headings: list[list[Word]] = []  # lines of a date alone: a day's heading over its rows
    dates: list[Word] = []  # the date column's words
    dated = False
    for line in lines:
        words = line.words
        if _only_a_date(line):
            day_headings.append(list(words))
            dated = True
            continue
        for size in range(min(DATE_WORDS, len(words) - 1), 0, -1):
            if parse_partial(" ".join(w.text for w in words[:size])) is not None:
                break
        else:
            size = 0
        figures = [w for w in words[size:] if parse_money(w.text, ctx.places) is not None]
        described = len(figures) < len(words) - size
        if size and described and figures and figures[-1] is words[-1]:
            rows.append((list(words[:size]), figures))
        elif not size and dated and described and figures and figures[-1] is words[-1]:
            under_dates.append(figures)
        dated = dated or bool(size)
    if len(under_dates) > len(rows) and len(under_dates) >= 3:
        # More rows under the date lines than date lines that print figures (a day's heading alone, or
        # with the day's balance beside it): the dates may stand apart, each over the rows of its day.
        header = _dates_apart_header(lines, under_dates)
        if header is not None:
            return header
        if day_headings:
            # A day's date alone over its rows and nothing beside them: each row is that day's, as a
            # date printed once a day over the rows under it.
            rows += [([], figures) for figures in under_dates]
            dates += [w for words in day_headings for w in words]
    if len(rows) < 3:
        return None
    clusters = _right_aligned([w for _, figures in rows for w in figures])
    columns_of_rows = [c for c in clusters if len(c) >= max(2, len(rows) // 5)]
    ends = {id(figures[-1]) for _, figures in rows}
    apart = [c for c in clusters if c not in columns_of_rows and all(id(w) in ends for w in c)]
    # Where each row prints its balance last (the second column's figures each end their row), the
    # figures printed apart just before it.
    befores = {id(figures[-2]) for _, figures in rows if len(figures) >= 2}
    balances_last = len(columns_of_rows) == 2 and all(id(w) in ends for w in columns_of_rows[1])
    beside = [
        c
        for c in clusters
        if balances_last
        and c not in columns_of_rows
        and all(id(w) in befores for w in c)
        and c[-1].x1 < columns_of_rows[1][0].x1
    ]
    if len(columns_of_rows) == 1 and len(apart) == 1:
        # One column of figures and a figure or two printed apart, each ending its row: the few rows of
        # the other side (a month's one salary among the payments); the balances say which side is which.
        columns_of_rows = sorted([*columns_of_rows, *apart], key=lambda c: c[0].x1)
    elif len(beside) == 1:
        # The same beside a column of balances: a figure or two printed apart just before the balance.
        columns_of_rows = sorted([*columns_of_rows, *beside], key=lambda c: c[0].x1)
    clusters = columns_of_rows
    if not 1 <= len(clusters) <= 3:
        return None
    spans = [(min(w.x0 for w in c), max(w.x1 for w in c)) for c in clusters]
    roles = _money_roles(len(spans), [figures for _, figures in rows])
    dates += [w for words, _ in rows for w in words]
    date_x0, date_x1 = min(w.x0 for w in dates), max(w.x1 for w in dates)
    columns = [
        Column(Role.DATE, date_x0, date_x1),
        Column(Role.DESC, date_x1 + 4, max(date_x1 + 5, spans[0][0] - 4)),
        *(Column(role, x0, x1, guessed=True) for role, (x0, x1) in zip(roles, spans, strict=True)),
    ]
    return TableHeader(columns=tuple(columns), page=lines[0].page if lines else 0, bottom=0.0)


def _only_a_date(line: Line) -> bool:
    """Whether a line prints a date and nothing else ("Monday, 2 June 2025"): a day's heading over the
    day's rows."""
    return len(line.words) <= DATE_WORDS and parse_partial(line.text) is not None


def _dates_apart_header(lines: Sequence[Line], rows: Sequence[list[Word]]) -> TableHeader | None:
    """Columns read from rows printed under the dates of their days, without header words (each row's
    figures given): the description at the left, then an amount and the balance after it, where most
    rows print both."""
    ends = sorted((figures[-1] for figures in rows), key=lambda w: w.x1)
    befores = [figures[-2] for figures in rows if len(figures) >= 2]
    if 2 * len(befores) < len(rows) or ends[-1].x1 - ends[0].x1 > _SAME_COLUMN:
        return None
    money = [
        Column(Role.AMOUNT, min(w.x0 for w in befores), max(w.x1 for w in befores)),
        Column(Role.BALANCE, min(w.x0 for w in ends), max(w.x1 for w in ends)),
    ]
    left = min(w.x0 for line in lines for w in line.words)
    desc = Column(Role.DESC, left, max(left + 1, money[0].x0 - 4))
    page = lines[0].page if lines else 0
    return TableHeader(columns=(desc, *money), page=page, bottom=0.0, dates_apart=True)


_SAME_COLUMN = 8  # figures whose right edges lie this close stand in one column (as `guess_header` clusters)


def complete_header(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> TableHeader:
    """The header with the running-balance column it does not name, found from the rows under it.

    OCR can lose a heading (a faint "Solde" at the table's edge read as "olde", or not at all), and
    a heading may be in a language no lexicon holds ("Credit | Debit | Sold"); the balances printed
    under it would then be taken for the nearest named column's amounts or the descriptions. Figures
    printed clear of every named column, right of them all, at one right edge, on rows that also carry
    a figure under a named money column, are that column: on OCR pages as they stand, on a text
    layer where they chain as balances by the amounts beside them. Figures there that do not chain
    (each row's amount in the currency it was paid in) are a column of their own, no row's amount.
    """
    header = _amount_as_balance(ctx, _headings_at_left_edges(ctx, header, lines), lines)
    header = _described_under_a_money_heading(ctx, header, lines)
    if header.role_index(Role.BALANCE) is not None or not any(c.role in MONEY_ROLES for c in header.columns):
        return header
    edge = max(c.x1 for c in header.columns)
    named = [c for c in header.columns if c.role in MONEY_ROLES]
    beyond: list[Word] = []  # a figure right of every heading
    under: set[int] = set()  # such figures whose row has an amount
    amounts: dict[int, Decimal] = {}  # the magnitude of the amount under a named column, by word
    for line in lines:
        figures = [w for w in line.words if parse_money(w.text, ctx.places) is not None]
        below = [w for w in figures if any(min(w.x1, c.x1) > max(w.x0, c.x0) for c in named)]
        past = [w for w in figures if w.x0 > edge]
        if len(below) == 1 and len(past) == 1:
            amounts[id(past[0])] = abs(_figure_value(ctx, below[0]))
        beyond.extend(past)
        under.update(id(w) for w in past if below)
    column = max(_right_aligned(beyond), key=len, default=[])
    if len(column) < _MIN_COLUMN_ROWS or not any(id(w) in under for w in column):
        return header
    proven = all(w.confidence is not None for w in column) or _chains(ctx, column, amounts)
    role = Role.BALANCE if proven else Role.OTHER
    added = Column(role, min(w.x0 for w in column), max(w.x1 for w in column))
    return replace(header, columns=(*header.columns, added))


def _described_under_a_money_heading(
    ctx: ReadContext, header: TableHeader, lines: Sequence[Line]
) -> TableHeader:
    """The header with the description column it names as a side of the money: a header without a
    description whose money heading, left of another, stands over words and never a figure with cents
    ("Purchases" over the merchants, "Amount" right of it, as a card titles its section's descriptions)."""
    columns = header.columns
    money = [c for c in columns if c.role in MONEY_ROLES]
    if any(c.role is Role.DESC for c in columns) or len(money) < 2:
        return header
    for column in money[:-1]:
        under = [w for line in lines for w in line.words if min(w.x1, column.x1) > max(w.x0, column.x0)]
        if under and not any(_cents(w.text, ctx.places) for w in under):
            described = replace(column, role=Role.DESC)
            return replace(header, columns=tuple(described if c is column else c for c in columns))
    return header


def _headings_at_left_edges(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> TableHeader:
    """The header with each money column reaching the right edge its figures are printed at, where the
    headings are set at their columns' left edges and the figures right-aligned at the other, as a
    table drawn from cells prints them ("Debit   Credit   Balance" over "45.60   3,250.00   2,365.15"):
    a column of figures then reaches past its own heading into the gap after it, where the nearest
    heading may be the next one. Each column of figures is the one heading's it touches (a heading
    right-aligned over its figures, or set at the left edge of figures as wide), else the heading's
    that starts left of it; one column to a heading, each figure with the marks a space after it
    ("1,234.56 Cr", "8.350 F CFA") the last words of its cell, no text after them before the next
    heading."""
    money = [c for c in header.columns if c.role in _MONEY_OR_BALANCE]
    if not money:
        return header
    cells, after = _figure_cells(ctx, lines, min(c.x0 for c in money))
    widened: dict[int, float] = {}
    for column in _right_aligned(cells):
        left, right = min(w.x0 for w in column), max(w.x1 for w in column)
        touched = [i for i, c in enumerate(header.columns) if min(right, c.x1) > max(left, c.x0)]
        if len(touched) > 1:
            return header
        owner = (
            touched[0]
            if touched
            else max((i for i, c in enumerate(header.columns) if c.x0 < left), default=None)
        )
        if owner is None or owner in widened or header.columns[owner].role not in _MONEY_OR_BALANCE:
            return header
        cell_end = header.columns[owner + 1].x0 if owner + 1 < len(header.columns) else float("inf")
        if any(after[id(w)] < cell_end for w in column):
            return header
        widened[owner] = right
    if all(right <= header.columns[i].x1 for i, right in widened.items()):
        return header
    columns = tuple(replace(c, x1=max(c.x1, widened.get(i, c.x1))) for i, c in enumerate(header.columns))
    return replace(header, columns=columns)


def _figure_cells(
    ctx: ReadContext, lines: Sequence[Line], start: float
) -> tuple[list[Word], dict[int, float]]:
    """The figures of these lines that end right of `start`, each with the marks a space after it as one
    word; with where the text after each starts on its line (no figure: a column's further on), by the
    word."""
    cells: list[Word] = []
    after: dict[int, float] = {}
    for line in lines:
        words = sorted(line.words, key=lambda w: w.x0)
        for n, word in enumerate(words):
            if word.x1 <= start or parse_money(word.text, ctx.places) is None:
                continue
            end = n + 1
            space = ctx.tolerances.text_heading_gap * (word.bottom - word.top)
            while end < len(words) and _mark_after(words[end - 1], words[end], space):
                end += 1
            cell = word if end == n + 1 else replace(word, x1=words[end - 1].x1)  # most figures: no mark
            cells.append(cell)
            text_after = end < len(words) and parse_money(words[end].text, ctx.places) is None
            after[id(cell)] = words[end].x0 if text_after else float("inf")
    return cells, after


def _mark_after(word: Word, following: Word, space: float) -> bool:
    """Whether `following` is a mark set a space after a figure (or after the mark before it): a side,
    a currency, with no digit ("Cr", "INR", "F CFA")."""
    return following.x0 - word.x1 < space and not any(c.isdigit() for c in following.text)


def _right_aligned(figures: Sequence[Word]) -> list[list[Word]]:
    """Figures grouped into columns by their right edges: within `_EDGE_TOLERANCE` of the one before."""
    clusters: list[list[Word]] = []
    for word in sorted(figures, key=lambda w: w.x1):
        if clusters and word.x1 - clusters[-1][-1].x1 <= _EDGE_TOLERANCE:
            clusters[-1].append(word)
        else:
            clusters.append([word])
    return clusters


def _amount_as_balance(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> TableHeader:
    """The header with an Amount column printed right of a money-in and a money-out column
    ("Incoming | Outgoing | Amount") read as the running balance, where its figures chain as balances
    by the figures beside them: each row's amount is printed in or out already."""
    roles = [c.role for c in header.columns]
    if Role.DEBIT not in roles or Role.CREDIT not in roles or roles.count(Role.AMOUNT) != 1:
        return header
    column = header.columns[roles.index(Role.AMOUNT)]
    sides = [c for c in header.columns if c.role in (Role.DEBIT, Role.CREDIT)]
    if any(c.x1 > column.x0 for c in sides):
        return header

    def under(word: Word, col: Column) -> bool:
        return min(word.x1, col.x1) > max(word.x0, col.x0)

    figures: list[Word] = []
    amounts: dict[int, Decimal] = {}  # the magnitude of the amount in or out, by the figure under Amount
    for line in lines:
        printed = [w for w in line.words if parse_money(w.text, ctx.places) is not None]
        at = [w for w in printed if under(w, column)]
        beside = [w for w in printed if any(under(w, c) for c in sides)]
        if len(at) == 1:
            figures.append(at[0])
            if len(beside) == 1:
                amounts[id(at[0])] = abs(_figure_value(ctx, beside[0]))
    if not _chains(ctx, figures, amounts):
        return header
    columns = tuple(replace(c, role=Role.BALANCE) if c is column else c for c in header.columns)
    return replace(header, columns=columns)


def _chains(ctx: ReadContext, figures: Sequence[Word], amounts: dict[int, Decimal]) -> bool:
    """Whether figures printed one a row, top to bottom, run as a balance: each differs from the one
    above by the amount printed on its row, on every row that prints one beside it (at least two);
    or, where the rows are listed newest first, each differs from the one below by the amount printed
    on its own row."""
    ordered = sorted(figures, key=lambda w: w.top)
    return _steps_by(ctx, ordered, amounts) or _steps_by(ctx, ordered[::-1], amounts)


def _steps_by(ctx: ReadContext, figures: Sequence[Word], amounts: dict[int, Decimal]) -> bool:
    """Whether each figure differs from the one before it by the amount printed on its own row."""
    steps = [
        abs(_figure_value(ctx, later) - _figure_value(ctx, earlier)) == amounts[id(later)]
        for earlier, later in pairwise(figures)
        if id(later) in amounts
    ]
    return len(steps) >= _MIN_COLUMN_ROWS - 1 and all(steps)


def _figure_value(ctx: ReadContext, word: Word) -> Decimal:
    """The signed value of a word read as a figure."""
    money = parse_money(word.text, ctx.places)
    return money.signed if money is not None else Decimal(0)


_EDGE_TOLERANCE = 8.0  # points: right-aligned figures of one column end within this of each other
_MIN_COLUMN_ROWS = 3


# ---- lines under a header ---------------------------------------------------------------------


def read_row_line(ctx: ReadContext, header: TableHeader, line: Line) -> RowLine:
    """Split one line into date, description and amounts by the header's column ranges."""
    columns = _columns(header)
    zones = columns.zones
    date_index = header.role_index(Role.DATE)
    date_right = zones[date_index][1] if date_index is not None else float("-inf")
    edge = header.balances_beside
    words = _split_date_pairs(line.words if edge is None else [w for w in line.words if w.x0 < edge])
    date, date_words = _leading_date(header, zones, words)
    rest = [w for w in words if w not in date_words] if date_words else words
    pending = _pending_mark(ctx, rest, date_right) if date is None else []
    if date is not None:
        # A time of day printed after the date ("08:53:35 PM") is part of when, not of what; a
        # receipt number may be printed before the date.
        after = words.index(date_words[-1]) + 1 - len(date_words)
        cut = _year_past_edge(ctx, date, date_words, rest[after:])
        if cut is not None:
            date, date_words = cut
            rest = [w for w in rest if w not in date_words]
        if date.year is not None and rest[after:] and _year_mark(ctx, rest[after]):
            # The year's mark printed after the date ("31.03.2025 г."), past the date column's edge.
            date_words, rest = [*date_words, rest[after]], [*rest[:after], *rest[after + 1 :]]
        if rest[after:] and _day_mark(ctx, date, date_words, rest[after]):
            # The day's mark printed after a date that ends with its day ("2025 m. birželio 10 d."),
            # past the date column's edge.
            date_words, rest = [*date_words, rest[after]], [*rest[:after], *rest[after + 1 :]]
        clock = rest[after : after + _time_of_day(ctx, rest[after:])]
        if clock:
            date_words, rest = [*date_words, *clock], [w for w in rest if w not in clock]
    elif pending:
        date_words, rest = pending, rest[len(pending) :]
    elif rest and (date_right > (rest[0].x0 + rest[0].x1) / 2 or _in_dated_column(header, zones, rest[0])):
        # The time printed under its row's date (or its posting date), on the row's next line.
        clock_words = _time_of_day(ctx, rest)
        date_words, rest = rest[:clock_words], rest[clock_words:]
    years: list[Word] = []
    if date is None:
        # The year of a date wrapped in a narrow column ("1 Jul" over "2025", "04.08." over "2025"):
        # the row's dates', not text.
        years = _wrapped_years(header, zones, rest)
        if years:
            date_words, rest = [*date_words, *years], [w for w in rest if w not in years]
    rest, value_date = _without_other_dates(header, zones, rest)
    if value_date is None and date is not None:
        # Two dates in one date column ("19.01. 19.01."): the second is the value date.
        value_date, value_words = _date_at_start(rest, date_right)
        rest = rest[len(value_words) :] if value_words else rest
    rest = _join_lost_marks(ctx, columns, rest)
    rest = _join_split_figures(ctx, columns, rest)
    rest = _join_split_decimals(ctx, columns, rest)
    rest = _join_lone_signs(ctx, columns, rest)
    cells = _read_cells(ctx, columns, rest)
    if date is None and cells.amounts and _RATE_EQUATION.search(fold(" ".join(w.text for w in rest))):
        # A line setting one money equal to another ("£1.00 = $1.2600") is the rate of the row above:
        # its figures are the note's, none of them money of a row.
        cells = _Cells(desc=list(rest))
    desc_words = _before_own_columns(ctx, columns, sorted(cells.desc, key=lambda w: w.x0))
    if desc_words and all(_footnote_mark(w.text) for w in desc_words):
        # A check described by a mark alone ("^", "*") is described by what its own columns print: its
        # number.
        desc_words = sorted(cells.aside, key=lambda w: w.x0)
    elif not desc_words and cells.amounts:
        # A check described by nothing is described by its number, printed left of the description
        # ("CHECK NO. | DESCRIPTION"), less a mark beside it ("1045 ^"); a reference printed right
        # of it is no description (the row's text may stand on a line of its own).
        left = columns.desc_zone[0]
        desc_words = sorted(
            (w for w in cells.aside if w.x1 <= left and not _footnote_mark(w.text)), key=lambda w: w.x0
        )
    if date is None:
        desc_words = _total_across(ctx, desc_words, [w for w in rest if w not in cells.amount_words])
    shown = {role: [*words, *cells.unread.get(role, [])] for role, words in cells.shown.items()}
    shown.update({role: words for role, words in cells.unread.items() if role not in shown})
    return RowLine(
        line=line,
        date=date,
        description=" ".join(w.text for w in desc_words),
        amounts=cells.amounts,
        words=[
            *date_words,
            *desc_words,
            *cells.amount_words,
            *(w for ws in cells.unread.values() for w in ws),
        ],
        in_desc_zone=cells.in_desc,
        desc_x0=desc_words[0].x0 if desc_words else None,
        texts={
            role: " ".join(w.text for w in sorted(printed, key=lambda w: w.x0))
            for role, printed in shown.items()
            if any(w.confidence is not None for w in printed)
        },
        value_date=value_date,
        fee=cells.fee,
        beside=tuple(cells.beside),
        year=int(years[0].text) if years else None,
        value_year=_value_year(header, zones, years),
        pending=bool(pending),
    )


def _pending_mark(ctx: ReadContext, words: Sequence[Word], date_right: float) -> list[Word]:
    """The words from the first that print, inside the date column, that the row is not yet posted
    ("Pending" where its date would be); none where they print anything else."""
    inside = list(takewhile(lambda w: (w.x0 + w.x1) / 2 < date_right, words))
    for size in range(len(inside), 0, -1):
        if " ".join(fold(w.text) for w in inside[:size]).strip(" *:") in ctx.lexicon.pending_headings:
            return inside[:size]
    return []


def pending_heading(ctx: ReadContext, line: Line) -> bool:
    """Whether a line titles transactions not yet posted ("Pending transactions", "Vorgemerkte Umsätze
    (2)"): one of their headings and no other word, as a sentence about them has ("Pending
    transactions are not included in your balance"), but the period they fell in ("Pending from 1
    March 2025 to 31 March 2025")."""
    text = " ".join(fold(line.text).strip(" *:").split())
    return any(
        text.startswith(phrase) and _only_a_period(ctx, text[len(phrase) :])
        for phrase in ctx.lexicon.pending_headings
    )


def _only_a_period(ctx: ReadContext, text: str) -> bool:
    """Whether text after a heading holds no word but those of a period: dates, months' names and the
    words before and between them ("from", "to")."""
    lexicon = ctx.lexicon
    words = {*lexicon.period_words, *lexicon.period_connectors, *lexicon.months}
    return all(word in words or not any(c.isalpha() for c in word) for word in text.strip(" ()[]:").split())


def _total_across(ctx: ReadContext, desc_words: list[Word], text_words: Sequence[Word]) -> list[Word]:
    """The description of an undated line, or all its words of text where they open with a totals word
    from a column of their own ("Total" and "Checks" under "Check No.", "Paid" under "Description"):
    a total line is one, whatever columns its words stand in, even where none stands under the
    description ("Total Checks Paid" under "Check No.")."""
    if len(text_words) == len(desc_words):
        return desc_words
    words = sorted(text_words, key=lambda w: w.x0)
    total = _vocabulary(ctx.lexicon).total.match(_marker_key(" ".join(w.text for w in words)))
    return words if total is not None else desc_words


@dataclass(frozen=True, slots=True)
class _Columns:
    """A header's columns as one line is read against them."""

    header: TableHeader
    zones: list[tuple[float, float]]  # each column's x-range
    desc_zone: tuple[float, float]  # where description words may sit
    balances: int  # balance columns: a ledger and an available balance may be printed side by side
    money: tuple[tuple[Column, float, float], ...]  # the money and balance columns, each with its x-range

    def money_column(self, word: Word) -> Role | None:
        """The money column a figure belongs to: the one its box overlaps most, else the nearest.

        A figure that lies in the description or date column and touches no money heading is text.
        """
        best: Role | None = None
        best_distance = best_covered = 0.0
        centre = (word.x0 + word.x1) / 2
        inside_money_zone = False
        for col, left, right in self.money:
            if left <= centre < right:
                inside_money_zone = True
            overlap = min(word.x1, col.x1) - max(word.x0, col.x0)
            distance = 0.0 if overlap > 0 else -overlap
            covered = max(overlap, 0.0)
            # The nearest column, and of those touching the figure, the one it overlaps most.
            if (
                best is None
                or distance < best_distance
                or (distance == best_distance and covered > best_covered)
            ):
                best, best_distance, best_covered = col.role, distance, covered
        if best is None:
            return None
        if not inside_money_zone and best_distance > 0:
            return None
        return best

    def in_desc(self, word: Word) -> bool:
        return self.desc_zone[0] <= (word.x0 + word.x1) / 2 < self.desc_zone[1]

    def fee(self, words: Sequence[Word], i: int) -> tuple[int, str]:
        """How many words from the figure ending at `i` on are a fee in a column of its own right of
        the description ("Charge", "Fee"): the figure and a letter after it naming its kind; none where
        the figure lies in no such column. With them, the column's heading as printed."""
        column = self.other_column(words[i])
        if column is None or not self.header.columns[column].fee:
            return 0, ""
        after = words[i + 1] if i + 1 < len(words) else None
        lettered = after is not None and len(after.text) == 1 and after.text.isupper()
        kept = 2 if lettered and after is not None and self.other_column(after) == column else 1
        return kept, self.header.columns[column].fee

    def other_column(self, word: Word) -> int | None:
        """The column right of the description, one the reader does not use, that holds the word."""
        desc = self.header.role_index(Role.DESC)
        if desc is None:
            return None
        centre = (word.x0 + word.x1) / 2
        return next(
            (
                i
                for i, col in enumerate(self.header.columns)
                if i > desc and col.role is Role.OTHER and self.zones[i][0] <= centre < self.zones[i][1]
            ),
            None,
        )

    def before_desc(self, word: Word) -> bool:
        """In a column the reader does not use between the date and the description: where it prints
        digits, the row's number (a reference, a check's number), not the start of its description as
        a kind's words are ("DD", "FASTER PAYMENT")."""
        desc, date = self.header.role_index(Role.DESC), self.header.role_index(Role.DATE)
        if desc is None or date is None:
            return False
        centre = (word.x0 + word.x1) / 2
        return any(
            self.header.columns[i].role is Role.OTHER and self.zones[i][0] <= centre < self.zones[i][1]
            for i in range(date + 1, desc)
        )

    def in_own_column(self, word: Word) -> bool:
        """In a reference or id column of its own, beside a description column: not the description."""
        centre = (word.x0 + word.x1) / 2
        return self.header.role_index(Role.DESC) is not None and any(
            col.role is Role.OTHER and self.zones[i][0] <= centre < self.zones[i][1]
            for i, col in enumerate(self.header.columns)
        )


def _columns(header: TableHeader) -> _Columns:
    """A header's columns as its lines are read against them, worked out once per header."""
    last, columns = _LAST_COLUMNS[0]
    if last is header and columns is not None:
        return columns  # the header whose lines are being read: spared hashing all its columns again
    columns = _columns_of(header)
    _LAST_COLUMNS[0] = (header, columns)
    return columns


# The header last asked about and its columns: a table's lines are read one after another.
_LAST_COLUMNS: list[tuple[TableHeader | None, _Columns | None]] = [(None, None)]


@lru_cache(maxsize=256)  # a header's lines are read one after another, and again by the next steps
def _columns_of(header: TableHeader) -> _Columns:
    zones = [header.zone(i) for i in range(len(header.columns))]
    desc_zone = _desc_zone(header, zones, header.role_index(Role.DESC), header.role_index(Role.DATE))
    balances = sum(c.role is Role.BALANCE for c in header.columns)
    money = tuple(
        (c, *zone) for c, zone in zip(header.columns, zones, strict=True) if c.role in _MONEY_OR_BALANCE
    )
    return _Columns(header, zones, desc_zone, balances, money)


_MONEY_OR_BALANCE = (*MONEY_ROLES, Role.BALANCE)


@dataclass(slots=True)
class _Cells:
    """What one line's words were read as, column by column (built up by `_read_cells` only)."""

    amounts: dict[Role, Money] = field(default_factory=dict)
    amount_words: list[Word] = field(default_factory=list)
    desc: list[Word] = field(default_factory=list)
    in_desc: bool = True  # every description word sits in the description column
    aside: list[Word] = field(default_factory=list)  # words in a column of their own (a check's number)
    unread: dict[Role, list[Word]] = field(default_factory=dict)  # OCR words in a money column, no figure
    shown: dict[Role, list[Word]] = field(default_factory=dict)  # the figures' words in each money column
    fee: Fee | None = None  # a fee in a column of its own: the balance may or may not include it
    beside: list[Money] = field(default_factory=list)  # figures in columns of their own, no row's figure


def _split_date_pairs(words: Sequence[Word]) -> list[Word]:
    """Two dates printed as one word, parted by a slash ("04.03./05.03.", under "Buchung/Wert"), as
    two words: the booking date, then the value date."""
    out: list[Word] = []
    for word in words:
        if "/" not in word.text:
            out.append(word)  # most words: no pair to part
            continue
        parts = word.text.split("/")
        if len(parts) == 2 and all(_PAIRED_DATE.match(p) and parse_partial(p) for p in parts):
            out += _parted(word, parts[0], parts[1], len(parts[0]) + 1)
        else:
            out.append(word)
    return out


# A date that is one of a pair parted by a slash: its own fields parted by points or dashes.
_PAIRED_DATE = re.compile(r"^\d{1,2}[.\-]\d{1,2}[.\-](?:\d{2}(?:\d{2})?)?$")


def _wrapped_years(
    header: TableHeader, zones: Sequence[tuple[float, float]], words: Sequence[Word]
) -> list[Word]:
    """The words that are a year alone in a date column of a line without a date."""
    dated = [zones[i] for i, c in enumerate(header.columns) if c.role in _DATED]
    return [
        w
        for w in words
        if PRINTED_YEAR.fullmatch(w.text) and any(left <= (w.x0 + w.x1) / 2 < right for left, right in dated)
    ]


def _value_year(
    header: TableHeader, zones: Sequence[tuple[float, float]], years: Sequence[Word]
) -> int | None:
    """The year printed alone under the value date, in that date's column beside the row's date column
    ("30.12. 02.01." over "2024 2025"): the value date's own, which may be the next year's."""
    at = header.role_index(Role.VALUE_DATE)
    if at is None:
        return None
    left, right = zones[at]
    return next((int(w.text) for w in years if left <= (w.x0 + w.x1) / 2 < right), None)


def _year_past_edge(
    ctx: ReadContext, date: PartialDate, date_words: Sequence[Word], after: Sequence[Word]
) -> tuple[PartialDate, list[Word]] | None:
    """A written-out date whose year the date column's edge cut off ("3 de setembre" | "de 2025"): the
    date with the words after it, each a space from the last, that give it its year; None where none do."""
    if date.year is not None:
        return None
    run = list(date_words)
    for word in after[: DATE_WORDS - len(run)]:
        if word.x0 - run[-1].x1 > ctx.tolerances.word_space * (word.bottom - word.top):
            return None
        run.append(word)
        longer = parse_partial(" ".join(w.text for w in run))
        if longer is not None and longer.year is not None:
            return longer, run
    return None


def _leading_date(
    header: TableHeader, zones: Sequence[tuple[float, float]], words: Sequence[Word]
) -> tuple[PartialDate | None, list[Word]]:
    """The date printed first in the date column, and its words."""
    date_index = header.role_index(Role.DATE)
    left, right = zones[date_index] if date_index is not None else (0.0, float("-inf"))
    leading = [w for w in words if left <= (w.x0 + w.x1) / 2 < right]
    # The date is the first words in the date column; try the longest reading first. A description
    # printed left of the date column may run into its zone ("... NÒMINA" under "Concepte | Data"):
    # where no date opens it, words ending before the date's heading begins are the description's.
    heading = header.columns[date_index] if date_index is not None else None
    spilled = list(dropwhile(lambda w: w.x1 <= heading.x0, leading)) if heading is not None else leading
    # Most lines spill nothing: their words are read once.
    for start in (leading,) if len(spilled) == len(leading) else (leading, spilled):
        for size in range(min(DATE_WORDS, len(start)), 0, -1):
            parsed = parse_partial(" ".join(w.text for w in start[:size]))
            if parsed is not None and not (
                parsed.year is not None and _day_of_next_date(words, start[:size])
            ):
                return parsed, start[:size]
    if len(leading) == 1 and _DAY.match(leading[0].text) and _priced(words, leading):
        # The day of the month alone ("07" under "Día"): the statement's period gives its month.
        alone = day_alone(int(leading[0].text))
        return (alone, list(leading)) if alone is not None else (None, [])
    if words and left <= words[0].x0 < right:
        # OCR sometimes draws a date's box far too wide; it still starts in the date column.
        parsed = parse_partial(words[0].text)
        return parsed, [words[0]] if parsed is not None else []
    if len(leading) == 2 and all(_TWO_DIGITS.match(w.text) for w in leading):
        # Month and day (or day and month) parted by a space alone ("03 25"), in the date column only:
        # the file's dates together tell which comes first.
        spaced = PartialDate(a=int(leading[0].text), b=int(leading[1].text), year=None, numeric=True)
        return (spaced, list(leading)) if spaced.candidates() else (None, [])
    if leading and _priced(words, leading[:1]):
        joined = _joined_day_month(leading[0])
        if joined is not None:
            return joined, leading[:1]
    return None, []


def _day_of_next_date(words: Sequence[Word], taken: Sequence[Word]) -> bool:
    """Whether the last of a date's words, two digits read as its year ("03 May 06"), is the day of a
    second date the next word's month's name completes ("03 May 06 May": a transaction's and a posting
    date side by side)."""
    last = taken[-1]
    if len(taken) < 2 or not _TWO_DIGITS.match(last.text) or last is words[-1]:
        return False
    second = parse_partial(f"{last.text} {words[words.index(last) + 1].text}")
    return second is not None and not second.numeric


_DAY = re.compile(r"^\d{1,2}$")


_TWO_DIGITS = re.compile(r"^\d{2}$")


def _joined_day_month(word: Word) -> PartialDate | None:
    """Day and month printed as four digits with nothing between ("0901"), in a date column only: the
    file's dates together tell which comes first."""
    if _FOUR_DIGITS.match(word.text) is None:
        return None
    joined = PartialDate(a=int(word.text[:2]), b=int(word.text[2:]), year=None, numeric=True)
    return joined if joined.candidates() else None


_FOUR_DIGITS = re.compile(r"^\d{4}$")


def _priced(words: Sequence[Word], taken: Sequence[Word]) -> bool:
    """Whether a figure is printed on the line beside these words: a year alone under a row's date
    ("2012") prints none."""
    return any(parse_money(w.text) is not None for w in words if w not in taken)


def _read_cells(ctx: ReadContext, columns: _Columns, words: Sequence[Word]) -> _Cells:
    """Each word as a figure in its money column, a garbled figure, or description text."""
    cells = _Cells()
    # Whole numbers, with the money's sign printed after them, used only if their column has no real figure.
    wholes: list[tuple[Word, Role, list[Word]]] = []
    marks: list[Word] = []  # "Af", "Bij" printed under their own headings, apart from the amount
    code: str | None = None
    i = 0
    while i < len(words):
        word = _unmarked_number(words[i])
        if word.confidence is None and _plain_text(word.text, ctx.places):
            if not (_RATE.fullmatch(word.text) and _aside(columns, word)):
                _place_text(ctx, columns, word, cells)  # the rules below, each of which passes it by
            i += 1  # a rate in a column of its own right of the description ("0.8558") is not text
            continue
        money = parse_money(word.text, ctx.places)
        if money is None and word.confidence is not None:
            money = _sign_lookalike(ctx, word.text)
        odd = _odd_figure(word.text, word.confidence is not None) if money is None else None
        whole = money is None and word.confidence is None and _WHOLE_UNITS.fullmatch(word.text) is not None
        if (odd is not None or whole) and (whole_role := columns.money_column(word)) is not None:
            sign, _ = _currency_after(ctx, words, i)  # "1 500 Kč": the money's sign, the figure's
            wholes.append((word, whole_role, sign))
            i += 1 + len(sign)
            continue
        span, money = _with_sign_marker(ctx, columns, words, i, money)
        span, money = _with_code_after(ctx, words, i + len(span) - 1, span, money)
        role = columns.money_column(word) if money is not None else None
        if role is not None and _amid_text(ctx, columns, words, i, i + len(span) - 1):
            role = None  # "... CARTA 1234 DI EUR 35,00 ESSELUNGA MILANO": the description's figure
        if money is not None and role is not None and role not in cells.amounts:
            cells.amounts[role] = money
            cells.amount_words.extend(span)
            cells.shown.setdefault(role, []).extend(span)
            i += len(span)
            continue
        if money is not None and role is Role.BALANCE and columns.balances > 1:
            i += len(span)  # a second balance printed beside the first (ledger and available): not text
            continue
        kept, heading = (
            (0, "") if money is None or role is not None else columns.fee(words, i + len(span) - 1)
        )
        if money is not None and kept:
            # A fee the row bears, in a column of its own, and the letter of its kind: not text.
            cells.fee = cells.fee or Fee(money, heading)
            i += len(span) - 1 + kept
            continue
        if money is not None and role is None and _cents(word.text, ctx.places) and _aside(columns, word):
            # Money in a column of its own right of the description that moves no balance (a payment
            # gross of its fee, its amount in another currency): neither the row's figure nor text.
            cells.beside.append(money)
            i += len(span)
            continue
        if _marks_apart(ctx, columns, word, words[i - 1] if i else None):
            marks.append(word)
        elif _code_apart(ctx, columns, words, i):
            code = word.text  # the currency of the figures after it, in a column of its own: not text
        elif _sign_before_figure(ctx, columns, words, i):
            cells.amount_words.append(word)  # "kr 1 234,50": the figure's sign, not text
        elif not any(c.isalnum() for c in word.text) and columns.in_own_column(word):
            pass  # a mark ("##", "-") in a column of its own beside the description: not text
        elif not _is_noise(word.text) and not (
            _no_figure(word.text) and (columns.money_column(word) is not None or _aside(columns, word))
        ):
            # A number marked with a star in the description is text as printed ("Top-Up by *1889", a
            # card's last digits); only a check's number in a column of its own sheds its mark.
            _place_text(ctx, columns, words[i] if columns.in_desc(word) else word, cells)
        i += 1
    mark = None
    if any(w.confidence is None for w, _, _ in wholes):
        # The decimal mark of the figures in money columns: a description's "12.06 09.15" (a card
        # payment's day and time) reads as figures too, with the other mark.
        mark = _decimal_mark([w for w in words if columns.money_column(w) is not None], ctx.places)
    for word, whole_role, sign in wholes:
        _place_whole(columns, word, whole_role, cells, mark=mark, sign=sign)
    if not _mark_amount(ctx, cells, marks):
        for word in marks:
            _place_text(ctx, columns, word, cells)
    if code is not None:
        cells.amounts = {
            role: money if money.currency else replace(money, currency=code)
            for role, money in cells.amounts.items()
        }
    return cells


def _amid_text(ctx: ReadContext, columns: _Columns, words: Sequence[Word], first: int, last: int) -> bool:
    """Whether the figure of words `first` to `last` is a description's: touching no money heading, it
    stands a space after a word and a space before the next, or before a figure under a money heading,
    or ends a line that is one run of words a space apart (a card payment's amount on its row's second
    line, "... DI EUR 35,00 ESSELUNGA"); a money column's figure is set apart from the text, under its
    heading. A text layer's words only: OCR sets words apart as it reads them."""
    if first == 0 or words[first].confidence is not None or not words[first - 1].text[-1:].isalpha():
        return False
    if any(min(words[last].x1, col.x1) > max(words[first].x0, col.x0) for col, _, _ in columns.money):
        return False
    space = ctx.tolerances.text_heading_gap * (words[first].bottom - words[first].top)
    if last + 1 < len(words):
        after = words[last + 1]
        if words[first].x0 - words[first - 1].x1 >= space:
            return False
        if after.text[:1].isalpha():
            return after.x0 - words[last].x1 < space
        # "... PAYMENT RECEIVED 3,250.00      3,250.00": the row's own figure follows, under its heading.
        return parse_money(after.text, ctx.places) is not None and any(
            min(after.x1, col.x1) > max(after.x0, col.x0) for col, _, _ in columns.money
        )
    return all(right.x0 - left.x1 < space for left, right in pairwise(words[: first + 1]))


_RATE = re.compile(r"\d+[.,]\d+")  # a rate of exchange ("0.8558"): more decimals than money prints


def _before_own_columns(ctx: ReadContext, columns: _Columns, words: list[Word]) -> list[Word]:
    """A description's words (left to right) without what the columns right of it that say something
    of the row but not what it was print (a transfer's status, its category, a card's merchant category
    code and reward points, "Nil" where there are none): the words from the first that stands a column's
    gap from the word before it, each of them in such a column (a description that runs on under the
    next heading runs on at a word's gap)."""
    for n in range(1, len(words)):
        word = words[n]
        if word.x0 - words[n - 1].x1 > ctx.tolerances.text_heading_gap * (word.bottom - word.top) and all(
            (column := columns.other_column(w)) is not None and columns.header.columns[column].aside
            for w in words[n:]
        ):
            return words[:n]
    return words


def _aside(columns: _Columns, word: Word) -> bool:
    """Whether a word stands in a column right of the description that the reader does not use."""
    return columns.other_column(word) is not None


def _cents(text: str, places: int) -> bool:
    """Whether a figure prints its cents ("120.00"), as money does and a reference number does not."""
    return places > 0 and _cents_mark(places).search(text) is not None


@lru_cache(maxsize=16384)  # a pure function of the text, asked of every word of every row line
def _plain_text(text: str, places: int) -> bool:
    """A text layer's word that `_read_cells` reads as text whatever its place on the line: no
    figure, whole or odd; no sign or currency mark; not a mark or a dash standing for nothing."""
    return (
        parse_money(text, places) is None
        and _odd_figure(text, ocr=False) is None
        and _WHOLE_UNITS.fullmatch(text) is None
        and not is_sign_marker(text)
        and text not in CURRENCY_CODES
        and fold(text) not in SHARED_CURRENCY_NAMES
        and any(c.isalnum() for c in text)
        and not _is_noise(text)
        and not _no_figure(text)
    )


def _marks_apart(ctx: ReadContext, columns: _Columns, word: Word, before: Word | None) -> bool:
    """A debit or credit mark printed in a column of its own ("Dr/Cr") or under a debit or credit
    heading ("Af/Bij" beside "Bedrag") of a header that also heads an amount: the amount's sign,
    wherever it stands on the line. Between the description and the amount, the mark's column is
    in reach of long descriptions: there it stands a column's gap apart from the words before it."""
    if not is_sign_marker(word.text) or columns.header.role_index(Role.AMOUNT) is None:
        return False
    if not columns.in_desc(word):
        return columns.money_column(word) in (Role.DEBIT, Role.CREDIT) or columns.in_own_column(word)
    apart = before is None or word.x0 - before.x1 > ctx.tolerances.text_heading_gap * (word.bottom - word.top)
    return apart and columns.in_own_column(word)


def _code_apart(ctx: ReadContext, columns: _Columns, words: Sequence[Word], i: int) -> bool:
    """A currency code in a column of its own ("Currency", "Devise") after the description: a
    column's gap from the words before it, and only figures after it, in money columns or in columns
    the reader does not use (a payment gross of its fee, the fee)."""
    word = words[i]
    if word.text not in CURRENCY_CODES or i == 0 or i + 1 == len(words):
        return False
    height = word.bottom - word.top
    return word.x0 - words[i - 1].x1 > ctx.tolerances.text_heading_gap * height and all(
        columns.money_column(w) is not None or _aside(columns, w) for w in words[i + 1 :]
    )


def _sign_before_figure(ctx: ReadContext, columns: _Columns, words: Sequence[Word], i: int) -> bool:
    """A sign languages share ("kr") printed a space before a figure of a money column."""
    word = words[i]
    if fold(word.text) not in SHARED_CURRENCY_NAMES or i + 1 == len(words):
        return False
    figure = words[i + 1]
    return (
        figure.x0 - word.x1 <= ctx.tolerances.word_space * (word.bottom - word.top)
        and parse_money(figure.text, ctx.places) is not None
        and columns.money_column(figure) is not None
    )


def _mark_amount(ctx: ReadContext, cells: _Cells, marks: Sequence[Word]) -> bool:
    """Sign the line's unsigned amount by the one mark printed apart from it; whether it did."""
    amount = cells.amounts.get(Role.AMOUNT)
    if len(marks) != 1 or amount is None or amount.negative is not None or Role.AMOUNT not in cells.shown:
        return False
    figure = "".join(w.text for w in cells.shown[Role.AMOUNT])
    marked = parse_money(figure + marks[0].text.rstrip("."), ctx.places)
    if marked is None:
        return False
    cells.amounts[Role.AMOUNT] = marked
    cells.amount_words.append(marks[0])
    return True


def _with_sign_marker(
    ctx: ReadContext, columns: _Columns, words: Sequence[Word], i: int, money: Money | None
) -> tuple[list[Word], Money | None]:
    """The figure at `i` with the DR/CR printed right after it, or in a narrow Dr/Cr column beside it."""
    word = words[i]
    if money is None or money.marker is not None or i + 1 >= len(words):
        return [word], money
    marker = words[i + 1]
    gap = ctx.tolerances.sign_marker_gap * (word.bottom - word.top)
    if (
        is_sign_marker(marker.text)
        and marker.x0 - word.x1 < gap
        and not _opens_description(ctx, columns, word, marker)
    ):
        marked = parse_money(word.text + marker.text.rstrip("."), ctx.places)
        if marked is not None:
            return [word, marker], marked
    return [word], money


def _opens_description(ctx: ReadContext, columns: _Columns, figure: Word, word: Word) -> bool:
    """Whether a word right of a figure stands where the description column opens, the figure's column
    left of it ("112.40  Debit Card Purchase" under "Amount | Description"): the description's first
    word, no DR or CR of the figure's."""
    desc = columns.header.role_index(Role.DESC)
    if desc is None:
        return False
    opens = columns.header.columns[desc].x0
    return figure.x1 < opens and word.x0 >= opens - ctx.tolerances.word_space * (word.bottom - word.top)


def _with_code_after(
    ctx: ReadContext, words: Sequence[Word], last: int, span: list[Word], money: Money | None
) -> tuple[list[Word], Money | None]:
    """The figure with the currency code or sign (or the sign a language writes for it, "FCFA")
    printed a space after it ("5,200.00 SGD", "78,00 €"), as statements that print it on every figure
    do; a code before the figure is joined to it when lines are read."""
    if money is None or money.currency is not None:
        return span, money
    after, code = _currency_after(ctx, words, last)
    return [*span, *after], money if code is None else replace(money, currency=code)


def _currency_after(ctx: ReadContext, words: Sequence[Word], last: int) -> tuple[list[Word], str | None]:
    """The words of a currency code or sign printed a space after the figure ending at `last`, and the
    money it names: none where no such words follow, None where the sign names no one money ("kr",
    whose money the page's language tells)."""
    gap = ctx.tolerances.word_space * (words[last].bottom - words[last].top)
    after: list[Word] = []
    longest = _vocabulary(ctx.lexicon).longest_currency_name
    for word in words[last + 1 : last + 1 + longest]:
        if word.x0 - (after[-1] if after else words[last]).x1 > gap:
            break
        after.append(word)
        text = " ".join(w.text for w in after)
        # A code that is a name elsewhere ("RON", "TRY") is the money's where it follows a figure.
        code = (
            text
            if text in CURRENCY_CODES or text in LABELLED_CODES
            else CURRENCY_SYMBOLS.get(text) or ctx.lexicon.currency_names.get(fold(text))
        )
        if code is not None:
            return after, code
        if fold(text) in SHARED_CURRENCY_NAMES:
            return after, None
    return [], None


def _place_text(ctx: ReadContext, columns: _Columns, word: Word, cells: _Cells) -> None:
    """A word that is no figure: a figure OCR garbled, in its money column, or description text."""
    outside = not columns.in_desc(word)
    # Only OCR garbles a figure: a text layer's word (no confidence) is never one, and is not looked at.
    garbled = (
        outside
        and word.confidence is not None
        and (
            _figure_like(word)
            or _figure_shaped(word, ctx.places)
            or _lookalikes_only(word, ctx.places)
            or is_sign_marker(word.text)
            or word.confidence < ctx.ocr.doubtful_word
        )
    )
    garbled_role = columns.money_column(word) if garbled else None
    if garbled_role is not None:
        # A figure OCR garbled ("127:..7T=", "§.262,71 CR", "SIS") is not description text;
        # the balance may read it.
        cells.unread.setdefault(garbled_role, []).append(word)
        return
    if (outside and columns.in_own_column(word)) or (
        any(map(str.isdigit, word.text)) and columns.before_desc(word)
    ):
        cells.aside.append(word)
        return
    cells.in_desc = cells.in_desc and not outside
    cells.desc.append(word)


def _place_whole(
    columns: _Columns, word: Word, role: Role, cells: _Cells, *, mark: str | None, sign: Sequence[Word]
) -> None:
    """A whole number (or a three-decimal figure) in a money column: its figure, if the column has
    none; else a second figure in the column (OCR), or description text. `mark`, the decimal mark of
    the line's figures with cents (a text layer's); `sign`, the money's sign printed after it, the
    figure's as the figure goes."""
    if word.confidence is None:
        alone = not any(r in cells.amounts for r in MONEY_ROLES)
        odd = _text_whole(word.text, mark, alone=alone)
    else:
        # On OCR pages these are guesses the balance must prove.
        odd = _odd_figure(word.text, ocr=True)
        odd = None if odd is None else replace(odd, whole=True)
    if role in cells.amounts or odd is None:
        if word.confidence is not None and not columns.in_desc(word):
            cells.unread.setdefault(role, []).append(word)  # a second figure in one column
        else:
            # Text as `_place_text` places it: a number left in a money column (a page's number) is
            # no line of description.
            cells.in_desc = cells.in_desc and columns.in_desc(word)
            cells.desc += [word, *sign]
        return
    cells.amounts[role] = odd
    cells.amount_words += [word, *sign]
    cells.shown.setdefault(role, []).append(word)


def _text_whole(text: str, mark: str | None, *, alone: bool) -> Money | None:
    """A text layer's figure in a money column that prints no cents where the line's other figures
    print them (`mark`, their decimal mark): a round amount printed whole, where it is the line's only
    amount (`alone`: beside another side's figure it is a number of the description run on under the
    column, "REF 123 456"). Grouped by the mark that is not the decimal one ("2,500" or "1,50,000"
    beside "1,873.10"), that many units; bare ("110"), the same, as a guess the balance must prove (a
    number in a money column may be another's). Grouped by a point, comma or apostrophe that is not the
    line's decimal mark, it is that many units beside another figure too (a round balance beside an
    amount with cents: "6,000" beside "1,486.35"). Else a figure printed with three decimals, as
    `_odd_figure` reads it."""
    whole = _WHOLE_UNITS.fullmatch(text)
    grouping = None if whole is None else whole["mark"] or whole["lakh"]
    # A point, comma or apostrophe that is not the line's decimal mark groups thousands wherever the
    # figure stands ("6,000" beside "1,486.35"); a space, or none, only on the line's only amount.
    set_apart = grouping is not None and grouping != " "
    if whole is not None and mark is not None and (alone or set_apart) and grouping != mark:
        negative = True if whole["lead"] or whole["trail"] else None
        units = Decimal(whole["digits"].replace(grouping or "", ""))
        return Money(magnitude=units, negative=negative, whole=not grouping)
    return _odd_figure(text, ocr=False)


# A figure of whole units: bare, grouped by thousands with one mark ("2,500", "1.500.000", "2'500",
# "2 500"), or by lakhs with commas ("1,50,000").
_WHOLE_UNITS = re.compile(
    r"(?P<lead>[-(]?)"
    r"(?P<digits>\d{1,7}|\d{1,3}(?P<mark>[,.' \u2019])\d{3}(?:(?P=mark)\d{3})*"
    r"|\d{1,2}(?:(?P<lakh>,)\d{2})+,\d{3})"
    r"(?P<trail>\)?-?)"
)


def _decimal_mark(words: Sequence[Word], places: int) -> str | None:
    """The mark the line's figures with cents set before their cents, where they agree on one."""
    if not places:
        return None
    cents = _cents_mark(places)
    marks = {
        found[-1]
        for w in words
        if parse_money(w.text, places) is not None and (found := cents.findall(w.text))
    }
    return marks.pop() if len(marks) == 1 else None


@lru_cache(maxsize=8)
def _cents_mark(places: int) -> re.Pattern[str]:
    """A figure's decimal mark and its cents, with the currency's decimals (made once per `places`,
    not at each asking)."""
    return re.compile(rf"\d([.,])\d{{{places}}}(?!\d)")


def _in_dated_column(header: TableHeader, zones: Sequence[tuple[float, float]], word: Word) -> bool:
    """Whether the word stands in a column of dates (the row's, its value or posting date's)."""
    centre = (word.x0 + word.x1) / 2
    return any(
        col.role in _DATED and zones[i][0] <= centre < zones[i][1] for i, col in enumerate(header.columns)
    )


def _time_of_day(ctx: ReadContext, words: Sequence[Word]) -> int:
    """How many of these words, from the first, print a time of day (with its AM/PM, and the day of the
    week before it: "29 Ağu 2023 Sal 07:51:32"): 0 to 3."""
    vocabulary = _vocabulary(ctx.lexicon)
    day = 1 if len(words) > 1 and fold(words[0].text).rstrip(".,") in vocabulary.weekdays else 0
    if len(words) <= day or not vocabulary.clock.match(fold(words[day].text)):
        return 0
    marked = len(words) > day + 1 and fold(words[day + 1].text) in vocabulary.time_marks
    return day + (2 if marked else 1)


def _year_mark(ctx: ReadContext, word: Word) -> bool:
    """Whether a word is the mark a date prints after its year ("г." after "31.03.2025")."""
    return fold(word.text) in _vocabulary(ctx.lexicon).year_marks


def _day_mark(ctx: ReadContext, date: PartialDate, date_words: Sequence[Word], word: Word) -> bool:
    """Whether a word is the mark a date prints after its day ("d." after "2025 m. birželio 10"): only
    a date that printed its year before its day ends with the day's bare number."""
    ends_with_day = date.year is not None and date_words[-1].text.isdigit()
    return ends_with_day and fold(word.text) in _vocabulary(ctx.lexicon).day_marks


def _date_at_start(words: Sequence[Word], right: float) -> tuple[PartialDate | None, list[Word]]:
    """A date printed first among these words, starting inside the date column (left of `right`)."""
    if not words or words[0].x0 >= right:
        return None, []
    for size in range(min(3, len(words)), 0, -1):
        parsed = parse_partial(" ".join(w.text for w in words[:size]))
        if parsed is not None:
            return parsed, list(words[:size])
    return None, []


def _figure_like(word: Word) -> bool:
    """An OCR word that stands for a figure, however garbled: digits at least as many as letters, or
    digits and only letters OCR reads in place of digits ("7Al" for 7.41, its point lost)."""
    if word.confidence is None:
        return False
    digits = sum(c.isdigit() for c in word.text)
    letters = [c for c in word.text if c.isalpha()]
    return digits > 0 and (len(letters) <= digits or all(c in LOOKALIKES for c in letters))


def _figure_shaped(word: Word, places: int) -> bool:
    """An OCR word with a figure's shape once the marks OCR reads in place of digits are taken for
    them: "SO.1S" for 50.15 (or $0.15), though its letters outnumber its digits."""
    if word.confidence is None or not any(c.isdigit() for c in word.text):
        return False
    digits = "".join("0" if c in LOOKALIKES else c for c in word.text.strip("+-"))
    return re.fullmatch(rf"\d+[.,]\d{{{places}}}", digits) is not None


def _lookalikes_only(word: Word, places: int) -> bool:
    """An OCR word in a money column made only of letters OCR reads in place of digits, as many as a
    figure's digits at the least ("TAI" for 7.41, read with confidence: its point lost and every digit
    a look-alike): a figure the balance may prove, not description text."""
    return word.confidence is not None and len(word.text) > places and all(c in LOOKALIKES for c in word.text)


def _sign_lookalike(ctx: ReadContext, text: str) -> Money | None:
    """A figure whose minus OCR read as a tilde ("~445.85") or a trailing equals sign ("57.20="), or in
    brackets whose opening one OCR lost ("1.38)" for (1.38), a card's credit)."""
    if text[:1] == "~":
        return parse_money("-" + text[1:], ctx.places)
    if text[-1:] == "=":
        return parse_money(text[:-1] + "-", ctx.places)
    if text[-1:] == ")" and "(" not in text:
        return parse_money("(" + text, ctx.places)
    return None


def _join_split_decimals(ctx: ReadContext, columns: _Columns, words: Sequence[Word]) -> list[Word]:
    """Join "78" and ".59-" in one money column: OCR cut the figure at its decimal point."""

    def joined(left: Word, word: Word) -> Word | None:
        if (
            word.confidence is not None
            and left.confidence is not None
            and _UNITS.match(left.text)
            and _DECIMALS.match(word.text)
        ):
            return _one_figure(ctx, columns, left, word, ctx.tolerances.split_decimals_gap)
        return None

    if all(w.confidence is None for w in words):
        return list(words)  # a text layer's line: nothing OCR cut
    return join_adjacent(words, joined)


def _join_lone_signs(ctx: ReadContext, columns: _Columns, words: Sequence[Word]) -> list[Word]:
    """Join "+" or "-" printed a space before or after its figure ("+ 25 000", "12,50 -") in a
    money column."""

    def joined(left: Word, word: Word) -> Word | None:
        sign, figure = (left, word) if left.text in _LONE_SIGNS else (word, left)
        if (
            sign.text in _LONE_SIGNS
            and figure.text not in _LONE_SIGNS
            and parse_money(figure.text, ctx.places) is not None
        ):
            return _one_figure(ctx, columns, left, word, ctx.tolerances.word_space)
        return None

    if not any(w.text in _LONE_SIGNS for w in words):
        return list(words)  # most lines: no sign printed apart
    return join_adjacent(words, joined)


def _one_figure(
    ctx: ReadContext,
    columns: _Columns,
    left: Word,
    word: Word,
    gap: float,
    *,
    separator: str = "",
    places: int | None = None,
) -> Word | None:
    """Two words as the one figure they print: set less than `gap` times their height apart, both in
    one money column, and read together (with `separator` between them) as money with `places`
    decimals (the statement's where None); a figure in brackets may be read before its closing one
    ("(1" "100" of "(1 100 000)")."""
    text = left.text + separator + word.text
    if text.startswith("(") and ")" not in text:
        text += ")"
    if (
        word.x0 - left.x1 < gap * (word.bottom - word.top)
        and (column := columns.money_column(word)) is not None
        and column == columns.money_column(left)
        and parse_money(text, ctx.places if places is None else places) is not None
    ):
        return join_words(left, word, separator)
    return None


_LONE_SIGNS = frozenset(("+", *MINUS_CHARS, SLASHED_MINUS))


_UNITS = re.compile(r"^[-(]?\D{0,3}?\d{1,3}(?:[,. ]\d{3})*$")
_DECIMALS = re.compile(r"^[.,]\d{2}\)?-?$")


def _join_split_figures(ctx: ReadContext, columns: _Columns, words: Sequence[Word]) -> list[Word]:
    """Join "1" and "169,99" when both sit in one money column: OCR cut a figure at its thousands
    space, or at its thousands separator, which it then read as a stray mark ("5;" "572.01"); or a text
    layer cut a round amount printed whole ("2" "500" beside "1 486,35"), which `_text_whole` reads."""

    def joined(left: Word, word: Word) -> Word | None:
        head = _figure_head(left)
        if not _THOUSANDS_HEAD.match(head):
            return None
        gap = ctx.tolerances.split_thousands_gap
        if _thousands_tail(ctx.places).match(word.text):
            return _one_figure(ctx, columns, replace(left, text=head), word, gap, separator=" ")
        if ctx.places and left.confidence is None and word.confidence is None and _GROUPS.match(word.text):
            return _one_figure(ctx, columns, left, word, gap, separator=" ", places=0)
        return None

    if not any(_THOUSANDS_HEAD.match(_figure_head(w)) for w in words[:-1]):
        return list(words)  # most lines: no word a figure's head, so no pair joins and none is made
    return join_adjacent(words, joined)


def _join_lost_marks(ctx: ReadContext, columns: _Columns, words: Sequence[Word]) -> list[Word]:
    """Join "438" "664" "68" in one money column as 438,664.68: on blurred OCR a figure's thousands
    separators and decimal point may read as spaces. The pieces are a head of one to three digits, groups
    of three and the decimals, each closer to the next than a decimal point's gap, or a head that kept its
    separators and the decimals ("438,664" "68", "438.664" "68"); with no group between them, two numbers a
    space apart are as likely two figures."""
    if not ctx.places or all(w.confidence is None for w in words):
        return list(words)  # a text layer's line: nothing OCR lost
    out: list[Word] = []
    n = 0
    while n < len(words):
        end = _lost_marks_end(ctx, columns, words, n)
        if end is None:
            out.append(words[n])
            n += 1
            continue
        joined = replace(words[n], text=re.sub(r"\D", "", words[n].text))  # its separators, if read, dropped
        for piece in words[n + 1 : end - 1]:
            joined = join_words(joined, piece)
        out.append(join_words(joined, words[end - 1], "."))
        n = end
    return out


def _lost_marks_end(ctx: ReadContext, columns: _Columns, words: Sequence[Word], start: int) -> int | None:
    """Where the pieces of a figure whose marks OCR lost, from `start`, end (see `_join_lost_marks`)."""
    column = columns.money_column(words[start])
    if column is None or not (words[start].text.isdigit() or _GROUPED_HEAD.fullmatch(words[start].text)):
        return None
    end = start + 1
    while end < len(words):
        left, word = words[end - 1], words[end]
        close = word.x0 - left.x1 < ctx.tolerances.split_decimals_gap * (word.bottom - word.top)
        if not (close and word.text.isdigit() and columns.money_column(word) == column):
            break
        end += 1
    texts = [w.text for w in words[start:end]]
    if _GROUPED_HEAD.fullmatch(texts[0]):
        grouped = len(texts) == _GROUPED_PIECES and re.fullmatch(rf"\d{{{ctx.places}}}", texts[1])
        return end if grouped else None
    if end - start < _LOST_MARKS_PIECES:
        return None  # a lone number, or two a space apart: no figure to join (most words end here)
    pattern = rf"\d{{1,3}}(?: \d{{3}})+ \d{{{ctx.places}}}"
    return end if re.fullmatch(pattern, " ".join(texts)) else None


_LOST_MARKS_PIECES = 3  # a head, a group of three and the decimals, at the least
_GROUPED_PIECES = 2  # a head read with its thousands separators, and the decimals
_GROUPED_HEAD = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


def _figure_head(word: Word) -> str:
    """The word as the head of a figure cut at its thousands: without the mark OCR read its
    separator as."""
    if word.confidence is not None and word.text[-1:] in _SEPARATOR_LOOKALIKES:
        return word.text[:-1]
    return word.text


_SEPARATOR_LOOKALIKES = ",.;:'"


_WHOLE = re.compile(r"^\d{3,7}$")
_THREE_DECIMALS = re.compile(
    r"^(?P<lead>[-(]?)\D{0,3}?(?P<units>\d{1,7})[.,](?P<frac>\d{3})(?P<trail>\)?-?)$"
)
_FIGURE_ENDS = frozenset(")-\n")  # what either pattern's last character may be, but a digit ("$": "\n")


def _odd_figure(text: str, ocr: bool) -> Money | None:
    """A figure in a money column that is not money with two decimals: a whole number OCR read
    without its decimal point, or a figure printed with three decimals (which validation reports)."""
    if not text[-1:].isdigit() and text[-1:] not in _FIGURE_ENDS:
        return None  # most words of a line: neither pattern can match
    if _WHOLE.match(text):
        if not ocr:
            return None  # a text layer's whole number is a reference, not a figure
        return Money(magnitude=Decimal(text), negative=None, whole=True)
    match = _THREE_DECIMALS.match(text)
    if match is None:
        return None
    negative = True if match["lead"] or match["trail"] else None
    return Money(magnitude=Decimal(f"{match['units']}.{match['frac']}"), negative=negative)


# The groups of thousands after a whole figure's head, with the bracket or minus that closes it.
_GROUPS = re.compile(r"^\d{3}(?: \d{3})*\)?-?$")


# The head of a figure cut at a thousands space: one to three digits, and the groups already joined to
# them ("1" "250" "000", a figure printed whole, joins left to right as "1 250", then "1 250 000").
_THOUSANDS_HEAD = re.compile(r"^[-+(]?\D{0,3}\d{1,3}(?: \d{3})*$")


@lru_cache(maxsize=8)
def _thousands_tail(places: int) -> re.Pattern[str]:
    """The part of a figure after its first thousands space, with the currency's decimals (dinars
    three, pesos none)."""
    decimals = rf"[.,]\d{{{places}}}" if places else ""
    return re.compile(rf"^\d{{3}}(?:[ .,]\d{{3}})*{decimals}\)?-?$")


def _without_other_dates(
    header: TableHeader, zones: list[tuple[float, float]], words: list[Word]
) -> tuple[list[Word], PartialDate | None]:
    """Take out a second date (value or posting date) printed in its own column: the words left, and
    that date, the value date where a booking date is printed beside it too. A column headed as
    something else holds none ("2/6" under "Taksit" is an instalment)."""
    second: PartialDate | None = None
    second_booked = True
    for i, col in enumerate(header.columns):
        if col.role is not Role.VALUE_DATE:
            continue
        left, right = zones[i]
        # Words wholly left of the heading are a description running on into the zone.
        inside = [w for w in words if left <= (w.x0 + w.x1) / 2 < right and w.x1 > col.x0]
        parsed = parse_partial(" ".join(w.text for w in inside)) if inside else None
        taken = inside
        if parsed is None and len(inside) == 1:
            parsed = _joined_day_month(inside[0])
        if parsed is None:
            parsed, taken = _date_among(inside)
        if parsed is not None:
            parsed, taken = _with_year_after(words, parsed, taken)
            words = [w for w in words if w not in taken]
            if second is None or (second_booked and not col.booked):
                second, second_booked = parsed, col.booked
    return words, second


def _with_year_after(
    words: Sequence[Word], parsed: PartialDate, taken: list[Word]
) -> tuple[PartialDate, list[Word]]:
    """A date printed wider than its column's heading ends past the column ("Dec 11, | 2025"): the
    year right after it is the date's, not the description's."""
    after = [w for w in words if w.x0 >= taken[-1].x1 and w not in taken]
    if parsed.year is not None or not after:
        return parsed, taken
    year = min(after, key=lambda w: w.x0)
    longer = (
        parse_partial(" ".join(w.text for w in [*taken, year])) if PRINTED_YEAR.fullmatch(year.text) else None
    )
    return (longer, [*taken, year]) if longer is not None and longer.year is not None else (parsed, taken)


def _date_among(words: Sequence[Word]) -> tuple[PartialDate | None, list[Word]]:
    """The first run of these words that reads as a date, and its words: a description that runs on
    into the next column leaves its text there, beside the date printed in that column."""
    for start in range(len(words)):
        for size in range(min(3, len(words) - start), 0, -1):
            parsed = parse_partial(" ".join(w.text for w in words[start : start + size]))
            if parsed is not None:
                return parsed, list(words[start : start + size])
    return None, []


def _desc_zone(
    header: TableHeader, zones: list[tuple[float, float]], desc_index: int | None, date_index: int | None
) -> tuple[float, float]:
    """Where description words may sit: the description column, or between date and first money column.

    Descriptions run on towards the money columns, past the middle of the gap between the headings:
    they end where the first money heading to their right begins.
    """
    start = desc_index if desc_index is not None else date_index if date_index is not None else -1
    money = [c for i, c in enumerate(header.columns) if c.role in (*MONEY_ROLES, Role.BALANCE) and i > start]
    right = money[0].x0 if money else float("inf")
    if desc_index is not None:
        left = zones[desc_index][0]
        # Some layouts print a type code between the date and the description heading; figures
        # between them ("Debits Credits Balance Remarks") put the description after the money.
        between = header.columns[date_index + 1 : desc_index] if date_index is not None else ()
        if (
            date_index is not None
            and date_index < desc_index
            and not any(c.role in MONEY_ROLES or c.role is Role.BALANCE for c in between)
        ):
            left = min(left, zones[date_index][1])
        return left, max(right, zones[desc_index][1])
    left = zones[date_index][1] if date_index is not None else float("-inf")
    return left, right


def _is_noise(text: str) -> bool:
    """Stray marks a text layer leaves in tables: a lone dot, a bullet, a currency symbol (a sign in
    letters, "RM", "Ksh", may be a word of a description)."""
    stripped = text.strip()
    return stripped in (".", "·", "•", "|", "_", ",") or (
        stripped in CURRENCY_SYMBOLS and not stripped.isalpha()
    )


def _footnote_mark(text: str) -> bool:
    """A word of footnote marks only ("*", "^": a check whose number breaks the sequence, which a note
    under the list explains)."""
    stripped = text.strip()
    return bool(stripped) and not stripped.strip(_FOOTNOTE_MARKS)


_FOOTNOTE_MARKS = "*^†‡"
_MARKED_NUMBER = re.compile(rf"^[{_FOOTNOTE_MARKS}]?(\d+)[{_FOOTNOTE_MARKS}]$|^[{_FOOTNOTE_MARKS}](\d+)$")


def _unmarked_number(word: Word) -> Word:
    """A number with a footnote's mark joined to it ("1045*", "^1046"), a check's, as the number."""
    match = _MARKED_NUMBER.match(word.text)
    return word if match is None else replace(word, text=match[1] or match[2])


def _no_figure(text: str) -> bool:
    """A dash or dashes printed in a money column for "nothing here" ("-", "--", "—"), or a word for
    none ("Nil", "N/A")."""
    stripped = text.strip()
    # nothing left once the dashes are taken off
    return bool(stripped) and (not stripped.strip(MINUS_CHARS) or fold(stripped) in _NOTHING)


_NOTHING = frozenset(ALL.nothing_words)


def marker_of(ctx: ReadContext, description: str, *, has_date: bool) -> Marker | None:
    """Whether a row's description says it is a balance or a total line, not a transaction."""
    return _marker(ctx.lexicon, description, has_date)


# A pure function of its arguments: the steps after the table ask it again of each row's description
# (five times in six, on the bench's statements), and each asking folds it and runs four patterns.
@lru_cache(maxsize=4096)
def _marker(lexicon: Lexicon, description: str, has_date: bool) -> Marker | None:
    vocabulary = _vocabulary(lexicon)
    key = _marker_key(description)
    summary = vocabulary.summary.match(key)
    if summary is not None and _balance_marker(vocabulary, summary.group().strip()) is not None:
        return Marker.TOTAL  # a summary holding a balance's label names the line: "Sold final zi", a day's
    balance = _balance_marker(vocabulary, key)
    if balance is None and vocabulary.currency_aside.search(key):
        balance = _balance_marker(vocabulary, vocabulary.currency_aside.sub("", key))
    if balance is not None:
        return balance
    if not has_date and vocabulary.total.match(key):
        return Marker.TOTAL
    if vocabulary.summary.match(key) or (len(key.split()) >= 3 and key in vocabulary.summary_starts):
        return Marker.TOTAL  # an activity summary printed among the rows, dated or not
    named, colon, label = description.partition(": ")
    if colon and named.strip() and label.strip():
        # A label after whose it is ("D HARTLEY #4417: Total Transactions"): the label names the line.
        return _marker(lexicon, label, has_date)
    return None


def _balance_marker(vocabulary: _Vocabulary, key: str) -> Marker | None:
    closing = vocabulary.closing.names(key) or vocabulary.amount_due.match(key) is not None
    # A closing label that opens the line names it over an opening one that only ends it ("Neuer
    # Kontostand am 31.05.2025" holds "Kontostand am", a label of the balance before the rows).
    if vocabulary.opening.names(key) and not (closing and vocabulary.closing.opens(key)):
        return Marker.OPENING
    if closing:
        return Marker.CLOSING
    named = (vocabulary.dated_balance, vocabulary.currency_balance, vocabulary.sided_balance)
    if any(pattern.search(key) for pattern in named):
        # One label for the balance before the rows and after them: where it stands tells which.
        return Marker.OPENING
    return None


def owed_side(ctx: ReadContext, description: str) -> int:
    """Whose a balance line says its money is: -1 owed to the bank ("Saldo i vår favør", "solde
    débiteur"), +1 the holder's ("zu Ihren Gunsten"), 0 where it does not say. A kind of account the
    line names says nothing of it ("Saldo Akhir Kartu Kredit": the card's, not money in)."""
    return _owed_side(ctx.lexicon, description)


@lru_cache(maxsize=4096)  # a pure function of its arguments, asked of every row's description
def _owed_side(lexicon: Lexicon, description: str) -> int:
    vocabulary = _vocabulary(lexicon)
    said = vocabulary.owed.search(vocabulary.account_kind.sub(" ", _marker_key(description)))
    if said is None:
        return 0
    return -1 if said.group("bank") else 1


def _marker_key(description: str) -> str:
    """A description as balance and total phrases are looked up: folded, without a trailing colon or
    the stars that set a label off ("*** Kontostand zum 31.12.2019"), dot leaders between a label and
    what follows it ("BALANCE THIS STATEMENT........ 05/31/25") a space."""
    key = " ".join(_DOT_LEADER.sub(" ", fold(description).replace("’", "'")).split())
    return re.sub(r"[:.*]+$", "", key.lstrip("* ")).strip()


_DOT_LEADER = re.compile(r"\.{3,}|…+")


def _balance_in_currency(lexicon: Lexicon) -> re.Pattern[str]:
    """A line that is a one-word balance heading and the money it is counted in, a function word
    between ("Solde en euros", "Saldo in EUR"): the balance before the rows or after them."""
    balance = _alternatives([p for p in lexicon.balance_headings if p.isalpha()])
    between = _alternatives(lexicon.function_words)
    money = _alternatives([*lexicon.currency_names, *(code.lower() for code in sorted(CURRENCY_CODES))])
    return re.compile(rf"\A(?:{balance})(?: (?:{between}))? (?:{money})\Z")


def _sided_balance(lexicon: Lexicon) -> re.Pattern[str]:
    """A balance word with words that say whose the money is, at most two words after it ("Saldo final
    a nuestro favor", "solde débiteur") or just before it ("borç bakiye"): a balance line."""
    balance = _alternatives([p for p in lexicon.balance_headings if p.isalpha()])
    owed = _alternatives([*lexicon.owed_to_bank, *lexicon.owed_to_holder])
    return re.compile(
        rf"\b(?:{balance})(?: \S+){{0,2}}? (?:{owed})(?= |\Z)|(?:\A| )(?:{owed}) (?:{balance})\b"
    )


@dataclass(frozen=True, slots=True)
class _Naming:
    """A line that is one of some phrases, or begins or ends with one: one search, not one test a phrase
    (a line is asked this a few times, against a hundred phrases).

    A phrase that is one plain word ("Report", "Transport", "Übertrag") is a word of other uses too
    ("Transport for London", "Übertrag Sparkonto"): it names a line alone, or followed by nothing but
    figures, dates, function words and the words of page furniture ("Report du 30/04")."""

    phrases: re.Pattern[str]  # the phrases of more than a plain word, opening or ending the line
    plain: frozenset[str]  # the phrases of one plain word
    filler: re.Pattern[str]  # what may follow a plain word to the line's end (`_filler`)

    @classmethod
    def of(cls, phrases: Sequence[str], filler: re.Pattern[str]) -> _Naming:
        # Opening the line and followed by a space or its end, or after a space and ending it: the
        # phrases written once (a space before them is group 1), as they compile in proportion.
        alternatives = _alternatives([p for p in phrases if not p.isalpha()])
        pattern = re.compile(rf"(?:\A|( ))(?:{alternatives})(?(1)\Z|(?: |\Z))")
        return cls(pattern, frozenset(p for p in phrases if p.isalpha()), filler)

    def names(self, line: str) -> bool:
        """Whether the (folded) line is named by one of the phrases."""
        return self.phrases.search(line) is not None or self._plain_names(line)

    def opens(self, line: str) -> bool:
        """Whether one of the phrases opens the (folded) line, not only ends it."""
        return self.phrases.match(line) is not None or self._plain_names(line)

    def _plain_names(self, line: str) -> bool:
        # A plain word has no space: only the line's first word can be one.
        first = line.partition(" ")[0]
        return first in self.plain and self.filler.match(line, len(first)) is not None


def _filler(words: Sequence[str]) -> re.Pattern[str]:
    """Words after a plain word naming a line (`_Naming`), each after a space, to the line's end: figures,
    dates and marks, and these words. One pattern for all of a lexicon's namings (the words are many)."""
    filler = "|".join([r"[^\sa-z]+", *(re.escape(w) for w in words)])
    return re.compile(rf"(?: (?:{filler}))*\Z")


def _alternatives(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(phrase) for phrase in phrases) if phrases else "(?!)"  # none: no match


# ---- rows --------------------------------------------------------------------------------------


class Wrap(StrEnum):
    """Where the amount of a wrapped row is printed."""

    FIRST = "FIRST"  # on the first line; further lines continue the description
    LAST = "LAST"  # on the last line; earlier lines open the row


def wrap_mode(ctx: ReadContext, lines: Sequence[RowLine]) -> Wrap:
    """Decide from a table's lines whether amounts sit on the first or the last line of a row."""
    first = last = 0
    if not lines:
        return Wrap.FIRST
    if _each_row_under_its_text(ctx, lines):
        return Wrap.LAST
    for prev, cur, nxt in zip([None, *lines[:-1]], lines, [*lines[1:], None], strict=True):
        if cur.figures or not cur.description:
            continue
        if cur.date is not None and nxt is not None and nxt.figures and nxt.date is None:
            last += 2  # a dated line without an amount opens a row whose amount comes later
        if prev is None or _is_marker_line(ctx, prev):
            last += 1  # nothing above to continue
        if nxt is None or _is_marker_line(ctx, nxt) or (nxt.date is not None and nxt.figures):
            first += 1  # nothing below to complete
        if prev is not None and prev.figures and nxt is not None and nxt.figures:
            here, below = cur.desc_x0, nxt.desc_x0
            if here is not None and below is not None and here > below + 2:
                first += 1  # indented like a continuation of the line above
            elif here is not None and below is not None and here + 2 < below:
                last += 1  # the line below is indented under this one
    return Wrap.LAST if last > first else Wrap.FIRST


def _each_row_under_its_text(ctx: ReadContext, lines: Sequence[RowLine]) -> bool:
    """Whether every row is one line of text (a counterparty) over one line of figures, the table's
    first line text and its last figures: text over the first row and none under the last tells the
    text opens the row below, where lines set evenly apart do not tell it by their gaps."""
    kinds = [
        "T" if _text_only(ctx, line) else "R" if line.figures else "?"
        for line in lines
        if not _is_marker_line(ctx, line)
    ]
    return len(kinds) >= 2 * _ROWS_UNDER_TEXT and "".join(kinds) == "TR" * (len(kinds) // 2)


_ROWS_UNDER_TEXT = 2  # rows at least, each under its line of text, to tell the table's way by


def _is_marker_line(ctx: ReadContext, line: RowLine) -> bool:
    return marker_of(ctx, line.description, has_date=line.date is not None) is not None


def assemble_rows(ctx: ReadContext, lines: Sequence[RowLine], mode: Wrap) -> list[Row]:
    """Join wrapped lines into rows; carry a day's date to the rows printed without one.

    A text line printed closer to one neighbouring row than to the other belongs to it, whatever the
    table's wrap mode (a counterparty printed just above its row, a note just under one). Lines that
    belong to no row (text before the first amount in FIRST mode, text after the last amount in LAST
    mode) are dropped: they are stray marks, not transactions.
    """
    rows: list[Row] = []
    pending: list[RowLine] = []
    leans = _leans(ctx, lines)
    for index, line in enumerate(lines):
        marker = _line_marker(ctx, line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if marker is None and _page_furniture(ctx, line, lines[index - 1] if index else None, following):
            continue
        if marker is None and _footnote(line):
            continue
        lean = leans.get(index)
        if lean is _Lean.UP and rows and rows[-1].marker is None:
            _extend(ctx, rows[-1], line)
            continue
        if marker is None and _figure_under_label(rows, line):
            # A balance printed under its label ("Neuer Saldo" over "EUR + 1.559,66").
            _extend(ctx, rows[-1], line)
            continue
        if mode is Wrap.FIRST and marker is None and _stacked_date(ctx, rows, line, following):
            assert line.date is not None
            rows[-1].value_date = line.date
            _extend(ctx, rows[-1], line)
            continue
        opens = mode is Wrap.LAST or lean is _Lean.DOWN  # the line opens the row below
        if marker is None and not line.figures and opens and (mode is Wrap.LAST or line.date is None):
            pending.append(line)
        elif marker is not None:
            # A day's date alone over the day's totals line ("Total de entradas") dates the rows under it.
            rows += [_row(ctx, [p], None) for p in pending if p.date is not None and not p.description]
            rows.append(_row(ctx, [line], marker))
            if following is None or not pending or following.line.page == pending[-1].line.page:
                pending = []  # else the balance carried over a page break parts a row's lines
        elif opens or line.figures or line.date is not None:
            rows.append(_row(ctx, [*pending, line], None))
            pending = []
        elif rows and rows[-1].marker is None:
            _extend(ctx, rows[-1], line)
        elif (cut := _cut_by_a_page(rows, line)) is not None:
            _extend(ctx, cut, line)
    return [r for r in rows if r.marker is not None or r.figures or r.date is not None]


def _line_marker(ctx: ReadContext, line: RowLine) -> Marker | None:
    """What a line is if not a transaction: not yet posted, or a balance or total line."""
    if line.pending:
        return Marker.PENDING
    return marker_of(ctx, line.description, has_date=line.date is not None) if line.description else None


def _footnote(line: RowLine) -> bool:
    """A line of text that opens with a footnote's mark set apart ("* Indicates a break in check number
    sequence"): the note that explains the mark, no part of the row above."""
    return line.date is None and not line.figures and _footnote_mark(line.line.words[0].text)


def _cut_by_a_page(rows: Sequence[Row], line: RowLine) -> Row | None:
    """The row a page break cut, where a text line follows nothing but the balance carried over the
    break ("Übertrag", "A transporter", "Report"): the last transaction, printed on an earlier page,
    whose description the line goes on with."""
    carried = list(takewhile(lambda row: row.marker is not None, reversed(rows)))
    if not carried or len(carried) == len(rows):
        return None
    cut = rows[-len(carried) - 1]
    return cut if cut.page < line.line.page else None


def _page_furniture(ctx: ReadContext, line: RowLine, before: RowLine | None, after: RowLine | None) -> bool:
    """A text line at the foot or head of a page's rows that opens with a word of page furniture
    ("Continued on next page", "Fortsetzung auf Blatt 3"): no part of the row beside it."""
    if line.date is not None or line.figures or not line.description:
        return False
    page = line.line.page
    if before is not None and after is not None and before.line.page == page == after.line.page:
        return False
    return fold(line.description).split()[0] in _vocabulary(ctx.lexicon).furniture


class _Lean(StrEnum):
    """Which neighbouring row a text line is printed closer to."""

    UP = "UP"  # the row above: a continuation, or a note under it
    DOWN = "DOWN"  # the row below: its first line (a counterparty printed above the row)


def _leans(ctx: ReadContext, lines: Sequence[RowLine]) -> dict[int, _Lean]:
    """For each run of text lines (no date, no figures, no marker) the row it is printed closer to,
    where it is clearly closer to one: a table spaces its rows further apart than a row's lines. A run
    a page break (or a column break) parts from a neighbour has no gap to tell by: it leans as the
    table's other runs lean, where they all lean one way."""
    leans: dict[int, _Lean] = {}
    parted: list[range] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _text_only(ctx, lines[end]):
            end += 1
        if end > start:
            above = lines[start - 1] if start > 0 else None
            below = lines[end] if end < len(lines) else None
            lean = _lean(
                ctx, _gap(above, lines[start]), _gap(lines[end - 1], below), lines[start].line.height
            )
            split = _parting_gap(ctx, lines, start, end)
            if _across_pages(above, lines[start]) or _across_pages(lines[end - 1], below):
                parted.append(range(start, end))
            elif split is not None:
                leans.update(dict.fromkeys(range(start, split), _Lean.UP))
                leans.update(dict.fromkeys(range(split, end), _Lean.DOWN))
            elif lean is not None:
                leans.update(dict.fromkeys(range(start, end), lean))
        start = end + 1
    ways = set(leans.values())
    if len(ways) == 1:
        leans.update(dict.fromkeys((i for run in parted for i in run), ways.pop()))
    centred = _centred_leans(ctx, lines)
    return centred if leans.items() <= centred.items() else leans


def _centred_leans(ctx: ReadContext, lines: Sequence[RowLine]) -> dict[int, _Lean]:
    """The leans of a table that centres each row's figures in its text, where the gaps tell no other
    (every line set evenly apart): as many lines over each row as under it. Text over the table's first
    row rules out amounts on a row's first line, text under its last rules out amounts on its last; only
    where the table prints both, and the lines over and under agree on every row of every page, are
    they its rows' (at least `_CENTRED_ROWS` rows with text on both sides). Else none."""
    leans: dict[int, _Lean] = {}
    centred = 0
    for page in _page_runs(lines):
        rows = [i for i in page if not _text_only(ctx, lines[i])]
        if not rows:
            return {}
        over = rows[0] - page.start  # the text over the page's first row
        for row, below in zip(rows, [*rows[1:], page.stop], strict=True):
            under, over = over, below - row - 1 - over  # as much under the row as over it
            if over < 0:
                return {}
            centred += under > 0
            leans.update(dict.fromkeys(range(row - under, row), _Lean.DOWN))
            leans.update(dict.fromkeys(range(row + 1, row + 1 + under), _Lean.UP))
        if over:
            return {}  # text left under the page's last row that its text over it does not match
    if centred < _CENTRED_ROWS or not (_text_only(ctx, lines[0]) and _text_only(ctx, lines[-1])):
        return {}
    return leans


_CENTRED_ROWS = 2  # rows at least with text both over and under them, to tell a centred table by


def _page_runs(lines: Sequence[RowLine]) -> list[range]:
    """The indices of the lines of each page, in order."""
    runs: list[range] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].line.page != lines[start].line.page:
            runs.append(range(start, index))
            start = index
    return runs


def _parting_gap(ctx: ReadContext, lines: Sequence[RowLine], start: int, end: int) -> int | None:
    """The first line of the row below's part of a run of text lines between two rows of one page, the
    rest the row above's, or None: the run parts at its widest gap between two of its lines, where every
    other gap (the two to the rows as well) is under `row_lean` of it. A table that centres each row's
    cells in a row as tall as its longest description prints text both over and under the figures."""
    if start == 0 or end == len(lines) or end - start < 2:
        return None
    found = [_gap(lines[i - 1], lines[i]) for i in range(start, end + 1)]
    gaps = [gap for gap in found if gap is not None]
    if len(gaps) < len(found):
        return None  # a page break among them
    widest = max(range(1, len(gaps) - 1), key=gaps.__getitem__)
    others = gaps[:widest] + gaps[widest + 1 :]
    return start + widest if all(gap < ctx.tolerances.row_lean * gaps[widest] for gap in others) else None


def _across_pages(upper: RowLine | None, lower: RowLine | None) -> bool:
    """Whether a page break parts two lines, or a column break: the lower line read on from the top of
    a list's next column side by side (see `_gap`)."""
    if upper is None or lower is None:
        return False
    return upper.line.page != lower.line.page or lower.line.top < upper.line.top


def _text_only(ctx: ReadContext, line: RowLine) -> bool:
    return line.date is None and not line.figures and not _is_marker_line(ctx, line)


def _lean(ctx: ReadContext, up: float | None, down: float | None, height: float) -> _Lean | None:
    """UP or DOWN where one gap is under `row_lean` of the other; with no row above, DOWN only for a
    line set tight on the row below (else it is a caption under the header)."""
    share = ctx.tolerances.row_lean
    if down is not None and (up is None or down < share * up):
        return _Lean.DOWN if up is not None or down < ctx.tolerances.tight_line * height else None
    if up is not None and (down is None or up < share * down):
        return _Lean.UP
    return None


def _gap(upper: RowLine | None, lower: RowLine | None) -> float | None:
    """The white space between two lines of one page; None across pages or where there is no line,
    and where the lower line stands higher on the page: a list printed in columns side by side read on
    from the top of its next column, no neighbour of the line before."""
    if upper is None or lower is None or _across_pages(upper, lower):
        return None
    return lower.line.top - upper.line.bottom


def _stacked_date(ctx: ReadContext, rows: Sequence[Row], line: RowLine, following: RowLine | None) -> bool:
    """Whether a dated line without figures is the value date printed under the row above it (a
    layout that prints its amounts on a row's first line, so no row starts without them), rather
    than a day's date printed once above its undated rows."""
    if line.date is None or line.figures or not rows or rows[-1].marker is not None:
        return False
    above = rows[-1]
    if not above.figures or above.value_date is not None or above.date is None:
        return False
    if following is None or following.date is not None or not following.figures:
        return True
    return _is_marker_line(ctx, following)


def _row(ctx: ReadContext, lines: Sequence[RowLine], marker: Marker | None) -> Row:
    """One row of its lines; a foreign-currency note or a count of points under the first line (where
    the figures print on a row's last line, the note's) is no part of its description, as in `_extend`."""
    date = next((ln.date for ln in lines if ln.date is not None), None)
    said = [ln.description for ln in lines if ln.description]
    # Each line under the first is its value date's note, its foreign-currency note, or description.
    notes = [(text, value_date_noted(ctx, text)) for text in said[1:]]
    noted = [date for _, date in notes if date is not None]
    described = said[:1] + [text for text, date in notes if date is None and not _note_aside(ctx, text)]
    amounts: dict[Role, Money] = {}
    for ln in lines:
        for role, money in ln.amounts.items():
            amounts.setdefault(role, money)
    texts: dict[Role, str] = {}
    for ln in lines:
        for role, text in ln.texts.items():
            texts.setdefault(role, text)
    return Row(
        date=date,
        description=" ".join(described),
        amounts=amounts,
        page=lines[0].line.page,
        words=[w for ln in lines for w in ln.words],
        marker=marker,
        texts=texts,
        value_date=next((ln.value_date for ln in lines if ln.value_date is not None), None)
        or next(iter(noted), None),
        fee=next((ln.fee for ln in lines if ln.fee is not None), None),
        beside=tuple(m for ln in lines for m in ln.beside),
        # Asked of every row: one that prints a balance and nothing else is found a balance line later.
        owed=_owed(ctx, lines[0], " ".join(described)),
        apart=lines[0].apart,
        opens=marker is Marker.OPENING and _opens_alone(ctx, " ".join(described)),
        balance_named=date is None and marker is None and _names_a_balance(ctx, said[0] if said else ""),
    )


def _names_a_balance(ctx: ReadContext, description: str) -> bool:
    """Whether a description opens with a word that heads a column of balances alone ("Saldo",
    "Kontostand", "Balance") or alone names a balance brought forward ("Saldovortrag", "Report")."""
    vocabulary = _vocabulary(ctx.lexicon)
    first = _marker_key(description).partition(" ")[0]
    return vocabulary.phrase_role.get((first,)) is Role.BALANCE or first in vocabulary.opening.plain


def _opens_alone(ctx: ReadContext, description: str) -> bool:
    """Whether a balance line's label is one of the opening balance's own ("Saldo anterior"), printed
    without a date: a balance at a date ("Saldo a fecha 30/04/2025") is the balance of that day, at
    either end of the rows."""
    vocabulary = _vocabulary(ctx.lexicon)
    key = _marker_key(description)
    shared = (vocabulary.dated_balance, vocabulary.currency_balance, vocabulary.sided_balance)
    return (
        vocabulary.opening.names(key)
        and not vocabulary.brought_forward.names(key)
        and not any(pattern.search(key) for pattern in shared)
        and not any(c.isdigit() for c in key)
    )


def _owed(ctx: ReadContext, first: RowLine, described: str) -> int:
    """Whose a row's money is, as its label says (see `owed_side`). A line of labels set apart over
    their figures ("Saldo Awal | Total Transaksi Debet | Total Transaksi Kredit | Saldo Akhir") says it
    of a balance only in the balance's own label: the turnover beside it names no side ("Debet")."""
    if first.amounts or first.date is not None:
        return owed_side(ctx, described)  # most rows: no line of labels, whatever its runs of words
    labels = [" ".join(w.text for w in run) for run in first.line.segments()]
    if len(labels) < 2:
        return owed_side(ctx, described)
    vocabulary = _vocabulary(ctx.lexicon)
    balances = [label for label in labels if _balance_marker(vocabulary, _marker_key(label)) is not None]
    return owed_side(ctx, " ".join(balances))


def _figure_under_label(rows: Sequence[Row], line: RowLine) -> bool:
    """Whether an undated line of figures prints the balance the label line above names without one."""
    if not rows or line.date is not None or not line.amounts:
        return False
    above = rows[-1]
    return above.marker in (Marker.OPENING, Marker.CLOSING) and not above.amounts


def _extend(ctx: ReadContext, row: Row, line: RowLine) -> None:
    if line.year is not None:
        # The year under the row's day and month is its dates' ("04.08." over "2025").
        row.date = _in_year(row.date, line.year)
        row.value_date = _in_year(row.value_date, line.value_year or line.year)
    noted = value_date_noted(ctx, line.description)
    if noted is not None and row.value_date is None:
        row.value_date = noted  # "Wertstellung 02.06.2025" under the row: its value date, no text
    elif not _note_aside(ctx, line.description):
        row.description = f"{row.description} {line.description}".strip()
    row.words.extend(line.words)
    for role, money in line.amounts.items():
        row.amounts.setdefault(role, money)
    for role, text in line.texts.items():
        row.texts.setdefault(role, text)
    row.fee = row.fee or line.fee
    row.beside = (*row.beside, *line.beside)


def _in_year(date: PartialDate | None, year: int) -> PartialDate | None:
    return replace(date, year=year) if date is not None and date.year is None else date


_DECIMAL = re.compile(r"\d[.,]\d")
_CODES = "|".join(sorted(CURRENCY_CODES))
# A currency code beside a figure, ending the line or followed by the rate it was converted at, after
# words without figures ("USD 10.99", "Importe en divisa 45,00 USD", "45.00 USD @ 0.6512").
_FOREIGN_AMOUNT = re.compile(
    rf"\A(?:[^\d]*\s)?(?:(?:{_CODES}) ?\d[\d.,']*|\d[\d.,']* ?(?:{_CODES}))(?: ?@ ?\d[\d.,]*)?\Z"
)


def value_date_noted(ctx: ReadContext, text: str) -> PartialDate | None:
    """The date of a line under a row that is its value date after a value date's heading and nothing
    else ("Wertstellung 02.06.2025", "Value Date: 02.06.2025"); None for any other line."""
    words = text.split()
    vocabulary = _vocabulary(ctx.lexicon)
    for size in range(1, min(len(words), vocabulary.longest_phrase + 1)):
        if vocabulary.phrase_role.get(_key(fold(" ".join(words[:size])))) is Role.VALUE_DATE:
            date = parse_partial(" ".join(words[size:]))
            if date is not None:
                return date
    return None


def _note_aside(ctx: ReadContext, text: str) -> bool:
    """Whether a line under a row says something of it but not what it was: its foreign-currency note
    or the points it earned."""
    return exchange_note(ctx, text) or _points_note(ctx, text)


def _points_note(ctx: ReadContext, text: str) -> bool:
    """Whether a line under a row is the count of what a column set aside would print (the points or
    miles a card purchase earned: "Prämienmeilen +21", "Points earned 21", "+21 Meilen"): such a
    column's heading and a whole number, before or after it. No money, and nothing of what was bought."""
    words = text.split()
    if len(words) < 2:
        return False
    aside = _vocabulary(ctx.lexicon).aside_phrases
    return any(
        _POINTS_COUNT.fullmatch(count) is not None and _key(fold(" ".join(label))) in aside
        for count, label in ((words[-1], words[:-1]), (words[0], words[1:]))
    )


_POINTS_COUNT = re.compile(r"[+-]?(?:\d{1,3}(?:[.,']\d{3})+|\d+)")  # "+21", "1.250": a whole number


_INITIAL = re.compile(r"\b([a-z])\.")  # "u.", "s.": a word's initial and its point
_INITIALS_APART = re.compile(r"\b([a-z]) (?=[a-z]\b)")  # "u s dollar": the initials of "us dollar"


def exchange_note(ctx: ReadContext, text: str) -> bool:
    """Whether a line under a row is its foreign-currency note ("GBP140.08 Kurs 1.12383", "FOREIGN
    CURRENCY 3.01 USD @ EXCHANGE RATE 1.33222"): a rate word and a figure, or the amount in another
    currency after words that name it ("USD 10.99", "Originalbetrag 45,00 USD"). It belongs to the row
    above and is not its description."""
    folded = " ".join(fold(text).split())
    if _FOREIGN_AMOUNT.match(" ".join(text.split())) and _DECIMAL.search(folded):
        return True
    # The money named in words, its initials set apart by points ("U. S. DOLLAR 20.25").
    named = _INITIALS_APART.sub(r"\1", _INITIAL.sub(r"\1 ", folded).replace("  ", " "))
    if _vocabulary(ctx.lexicon).foreign_named.match(named) and _DECIMAL.search(folded):
        return True
    if _RATE_EQUATION.search(folded):
        return True
    return _vocabulary(ctx.lexicon).exchange_note.search(folded) is not None and bool(_DECIMAL.search(folded))


# One money set equal to another ("£1.00 = $1.2600", "1 EUR = 1.0842 USD"): a rate, in any language.
_RATE_EQUATION = re.compile(r"\d\s?(?:[a-z]{3}\s?)?=\s?(?:[^\w\s]|[a-z]{3}\s?)?\d")


def carry_dates(ctx: ReadContext, rows: list[Row]) -> list[Row]:
    """Give rows printed without a date the date above them (dates printed once per day), then
    drop the date-only lines that served only for that. Where no row before the last dated one goes
    undated, the undated rows after it are no day's but the statement's own charges, of its closing day
    (`Row.apart`): every one where every row prints its own date (a day printed on two rows), else those
    naming interest or a fee ("Interest paid"), which a day printed once would not leave undated alone.
    A row labelled as a balance (`Row.balance_named`) before every other is the opening balance's line,
    and after rows each dated, the closing balance's."""
    listed = [row for row in rows if row.marker is None and row.figures]
    if listed and listed[0].balance_named:
        listed[0].marker = Marker.OPENING
    dated_each = _dated_each(rows)
    if dated_each is not None:
        last = max(n for n, row in enumerate(rows) if row.date is not None)
        closing = listed[-1]  # undated where labelled as a balance: after the last dated row
        if (
            closing.marker is None
            and closing.balance_named
            and not _names_own_charge(ctx, closing.description)
        ):
            closing.marker = Marker.CLOSING
        for row in rows[last + 1 :]:
            own = dated_each or _names_own_charge(ctx, row.description)
            row.apart = row.apart or (row.marker is None and row.figures and own)
    _carry(rows)
    return [r for r in rows if r.marker is not None or r.figures]


def _dated_each(rows: Sequence[Row]) -> bool | None:
    """Whether transaction rows print each its own date (two of one day one after the other, each
    printing it); None where one with figures goes undated before the last dated one (a day's date
    printed once), or none is dated."""
    listed = [row for row in rows if row.marker is None and row.figures]
    dated = [n for n, row in enumerate(listed) if row.date is not None]
    if not dated or dated != list(range(dated[-1] + 1)):
        return None
    return any(a.date == b.date for a, b in pairwise(listed[: dated[-1] + 1]))


def _names_own_charge(ctx: ReadContext, description: str) -> bool:
    """Whether a row's description names the statement's own interest or fee ("Interest paid")."""
    return _vocabulary(ctx.lexicon).own_charge.search(fold(description)) is not None


def _carry(rows: list[Row]) -> None:
    current: PartialDate | None = None
    for row in rows:
        if row.date is not None:
            current = row.date
        elif current is not None and row.marker is None:
            row.date = current


# ---- table extent ------------------------------------------------------------------------------


def _charges_follow(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> bool:
    """Whether the line under a title among the rows is an undated row: words in the description
    column and a figure in a money column, no date, no balance line or total: the statement's own
    charges listed under their title after the dated rows ("INTEREST CHARGED", then "Interest charged
    on purchases 12.34")."""
    if not lines or find_header(ctx, lines[0]) is not None:
        return False
    row = read_row_line(ctx, header, lines[0])
    return (
        row.date is None
        and bool(row.description)
        and row.in_desc_zone
        and any(role in row.amounts for role in MONEY_ROLES)
        and marker_of(ctx, row.description, has_date=False) is None
    )


def _rows_follow(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> bool:
    """Whether rows go on within these lines, before any other table's header: a dated line with
    figures, or on OCR pages figures after description words alone (the last line of a wrapped row,
    dated on its first line, which OCR may have garbled, or only on the day's first row)."""
    for line in lines:
        if find_header(ctx, line) is not None:
            return False
        row = read_row_line(ctx, header, line)
        ocr = any(w.confidence is not None for w in line.words)
        if row.amounts and (row.date is not None or (ocr and row.description and row.in_desc_zone)):
            return True
    return False


def titles_a_section(ctx: ReadContext, text: str) -> bool:
    """Whether a line names a kind of money in or out as a column heading does, and nothing else, in
    words enough not to be the last line of a description ("PAYMENTS AND OTHER CREDITS", not "DEPOSIT")."""
    return _money_heading_words(ctx, text) >= 2


def titles_by_a_word(ctx: ReadContext, text: str) -> bool:
    """Whether a line is one word that heads money in or out ("PAYMENTS", "PURCHASES"): a section's
    title where it stands among the rows on a line of its own, which no row's description wraps onto."""
    return _money_heading_words(ctx, text) == 1


def _money_heading_words(ctx: ReadContext, text: str) -> int:
    """The words of a line that is a heading of money in or out and nothing else; 0 for any other."""
    key = _key(fold(text))
    return len(key) if _vocabulary(ctx.lexicon).phrase_role.get(key) in MONEY_ROLES else 0


def is_balance_table(ctx: ReadContext, line: Line) -> bool:
    """Whether a line titles a table of balances ("Daily ending balance") or heads one with dates and
    balances only ("Date | Ending Balance | Date | Ending Balance"): its rows are no transactions."""
    key = " ".join(k for w in fold(line.text).split() if (k := _WORD_CLEAN.sub("", w)))
    if key in _vocabulary(ctx.lexicon).balance_tables:
        return True
    if not _names_a_date(ctx.lexicon, line):
        return False
    columns, _, unknown, _ = _heading_columns(ctx, _header_tokens(_vocabulary(ctx.lexicon), line.words)[0])
    roles = {c.role for c in columns}
    return not unknown and Role.BALANCE in roles and roles <= {Role.BALANCE, *_DATED}


@dataclass(frozen=True, slots=True)
class Beside:
    """Lines under a header cut at the table's left edge."""

    inside: list[Line]  # the table's part of each line that has one
    at: list[int]  # each inside line's index among the lines cut
    beside: list[Line]  # what is printed left or right of the table (an account summary beside its rows)

    def consumed(self, end: int) -> int:
        """How many of the lines cut the table takes when it takes `end` of its inside lines."""
        return self.at[end - 1] + 1 if end else 0


def cut_beside(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> Beside:
    """Each line split into the words of the table and the words printed beside it on the left: those
    ending well before the table's first heading begins (a date under its heading overlaps it).

    Where any such words open with a date, they are the table's own first column, whose heading was
    not read: nothing is cut. A summary box printed right of a table that ends in a money column
    (labels each with its figure, well past the last heading's edge) is cut off the same way, and so is
    any print right of such a table on OCR pages, whose lines run on into the print beside the rows (a
    panel of offers read into them: "NET AMOUNT OF MONTHLY merchandise! ACTIVITY"), unless it shows a
    figure's cents.
    """
    left = header.columns[0].x0
    right = _box_on_the_right(ctx, header, lines)
    ocr_edge = right is None and any(w.confidence is not None for line in lines for w in line.words)
    if ocr_edge:
        right = _money_edge(header)
    inside: list[Line] = []
    at: list[int] = []
    beside: list[Line] = []
    for index, line in enumerate(lines):
        edge = left - ctx.tolerances.beside_table * line.height
        outside = tuple(w for w in line.words if w.x1 < edge)
        if outside and any(parse_partial(" ".join(w.text for w in outside[:n])) for n in (1, 2, 3)):
            return Beside(list(lines), list(range(len(lines))), [])
        if _only_a_date(line):
            outside = ()  # a day's date alone over its rows ("Monday, 2 June 2025"), across the edge
        far = _right_of(ctx, right, line)
        if ocr_edge and any(_cents(w.text, ctx.places) for w in far):
            far = ()  # a figure a photo's columns carried past the edge ("+1.830.00°"), not print beside
        outside += far
        kept = tuple(w for w in line.words if w not in outside) if outside else line.words
        if outside:
            beside.append(Line(words=outside, page=line.page))
        if kept:
            inside.append(Line(words=kept, page=line.page) if outside else line)
            at.append(index)
    return Beside(inside, at, beside)


def _right_of(ctx: ReadContext, edge: float | None, line: Line) -> tuple[Word, ...]:
    """The words of a line printed well right of `edge` (none where it is None), unless they open with
    a date or a figure: a column of the table whose heading was not read, or a figure running long."""
    if edge is None:
        return ()
    reach = edge + ctx.tolerances.beside_table * line.height
    far = tuple(w for w in line.words if w.x0 > reach)
    if not far or parse_money(far[0].text) is not None or parse_partial(far[0].text) is not None:
        return ()
    return far


def _box_on_the_right(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> float | None:
    """The right edge of a table ending in a money column where, right of it, at least two lines print
    a label with its figure (previous balance, new balance, credit limit): a summary box set beside the
    rows; None where there is no such box."""
    edge = _money_edge(header)
    labelled = sum(
        1
        for line in lines
        if (far := _right_of(ctx, edge, line)) and any(parse_money(w.text) is not None for w in far[1:])
    )
    return edge if labelled >= _BOX_LINES else None


def _money_edge(header: TableHeader) -> float | None:
    """The right edge of a table that ends in a money column; None for one that ends otherwise."""
    last = header.columns[-1]
    return last.x1 if last.role in (*MONEY_ROLES, Role.BALANCE) else None


_BOX_LINES = 2  # labelled figures right of a table that make a box beside it, not a stray note


def _continues_table(
    ctx: ReadContext, header: TableHeader, row: RowLine, below: Sequence[Line], *, in_a_day: bool = False
) -> bool:
    """Whether a line of a page without its own header is the first row of the table it continues:
    a dated row with figures (on this line or its description's last), or a day's date alone over
    its undated rows; or, where a day's date is
    printed on its first row only, an undated row with figures set close above more rows (the day
    goes on from the page before), or the balance brought forward from the page before, set close
    above the page's rows (one undated row may be all of them); or the first line of such an undated
    row whose figures print on its description's last line; or, where dates stand apart from their
    rows, a day's date over a row with figures. `in_a_day`: the page before ended under a day's date
    printed alone over its rows, so undated rows with a sum, to the page's end, go on with that day."""
    if (
        in_a_day
        and row.date is None
        and row.description
        and row.in_desc_zone
        and _moves_money(row)
        and _rows_to_the_end(ctx, header, row, below, moves=_moves_money, alone=True)
    ):
        return True
    if row.date is not None:
        return (
            bool(row.amounts)
            or _figures_below(ctx, header, row, below)
            or _heads_a_day(ctx, header, row, below)
        )
    if header.dates_apart and below and _date_alone(ctx, row) is not None:
        return bool(read_row_line(ctx, header, below[0]).amounts)
    if not row.amounts and (last := _figures_line(ctx, header, row, below)) is not None:
        figures = read_row_line(ctx, header, below[last])
        wrapped = [row, *(read_row_line(ctx, header, line) for line in below[:last])]
        return _aligned(ctx, [*wrapped, figures]) and _continues_table(
            ctx, header, figures, below[last + 1 :], in_a_day=in_a_day
        )
    if not row.amounts or not row.description or not row.in_desc_zone or not below:
        return False
    if below[0].top - row.line.bottom > ctx.tolerances.table_gap * row.line.height:
        return False
    if _brought_forward(ctx, row) and read_row_line(ctx, header, below[0]).amounts:
        return True
    if _moves_the_balance(row) and (
        _rows_to_the_end(ctx, header, row, below) or _closes_below(ctx, header, below[0])
    ):
        # The day's last rows, alone on the page: undated rows (their descriptions wrapped under or
        # over their figures) to the page's end, or the table's closing balance under them.
        return True
    return (
        _rows_follow(ctx, header, below)
        or _dated_row_follows(ctx, header, below)
        or _day_heading_follows(ctx, header, below)
    )


def _ends_the_table(ctx: ReadContext, row: RowLine) -> bool:
    """Whether the first line printing figures on a page that opens no table of its own ends the table it
    continues: a total or the closing balance, undated, its figure under the table's money ("SUB-TOTAL",
    "TOTAL" alone at the top of the page after the rows). A page that opens a table of its own may print
    its own statement's totals above it (the next statement's summary): those end no table before."""
    marker = marker_of(ctx, row.description, has_date=False)
    return (
        row.date is None
        and row.in_desc_zone
        and bool(row.amounts)
        and marker in (Marker.CLOSING, Marker.TOTAL)
    )


def _cut_lines_above(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> list[RowLine]:
    """The lines of description text set close over the last of these lines, the first row of a page
    without its own header, and starting where its description starts: the rest of the last page's
    last row, which the page break cut (the page's header block is set apart, or elsewhere)."""
    cut: list[RowLine] = []
    first = read_row_line(ctx, header, lines[-1])
    for line, below in reversed(list(pairwise(lines))):
        if below.top - line.bottom > ctx.tolerances.cut_row_gap * line.height:
            break
        row = read_row_line(ctx, header, line)
        if row.date is not None or row.figures or not row.in_desc_zone or not _aligned(ctx, [row, first]):
            break
        if marker_of(ctx, row.description, has_date=False) is not None:
            break
        cut.insert(0, row)
    return cut


def _aligned(ctx: ReadContext, lines: Sequence[RowLine]) -> bool:
    """Whether lines' descriptions start at one left edge, as one row's wrapped description does (a
    page's heading above the first row starts elsewhere)."""
    edges = [line.desc_x0 for line in lines]
    if any(edge is None for edge in edges):
        return False
    starts = [edge for edge in edges if edge is not None]
    return max(starts) - min(starts) <= ctx.tolerances.wrap_indent * max(line.line.height for line in lines)


def _moves_the_balance(row: RowLine) -> bool:
    """Whether a line prints a running balance and a sum moving it, as a transaction does."""
    return Role.BALANCE in row.amounts and _moves_money(row)


def _moves_money(row: RowLine) -> bool:
    """Whether a line prints a sum of money in or out, as a transaction does."""
    return bool(row.amounts.keys() & {Role.AMOUNT, Role.DEBIT, Role.CREDIT})


def _closes_below(ctx: ReadContext, header: TableHeader, line: Line) -> bool:
    """Whether a line is the table's closing balance ("Saldo neu", "Balance carried forward")."""
    under = read_row_line(ctx, header, line)
    return under.date is None and marker_of(ctx, under.description, has_date=False) is Marker.CLOSING


def _rows_to_the_end(
    ctx: ReadContext,
    header: TableHeader,
    row: RowLine,
    below: Sequence[Line],
    *,
    moves: Callable[[RowLine], bool] = _moves_the_balance,
    alone: bool = False,
) -> bool:
    """Whether the lines set close under a row are undated rows like it to the page's end (or a wide
    gap): lines of description, a few at most in a run, and lines printing figures that `moves` (a sum
    and the balance). `alone`: the row may be the only one."""
    above = row.line
    wrapped = 0  # lines of description since the last figures
    for count, line in enumerate(below):
        if line.top - above.bottom > ctx.tolerances.table_gap * line.height:
            return alone or count > 0
        under = read_row_line(ctx, header, line)
        if under.date is not None or not under.in_desc_zone or wrapped == _WRAPPED_LINES:
            return False
        if under.figures and not moves(under):
            return False
        wrapped = 0 if under.figures else wrapped + 1
        above = line
    return alone or bool(below)


def _under_the_closing(ctx: ReadContext, row: RowLine) -> bool:
    """Whether a line under the statement's closing balance ends its rows: dated or printing figures,
    yet moving no balance and naming none (the next account's "Balance Forward" goes on)."""
    return (
        (row.date is not None or row.figures)
        and not _moves_the_balance(row)
        and marker_of(ctx, row.description, has_date=row.date is not None) is None
    )


def _closing_balance(ctx: ReadContext, row: RowLine) -> bool:
    return _names_the_closing(ctx.lexicon, row.description, row.date is not None)


@lru_cache(maxsize=4096)  # a pure function of its arguments, asked of every row with figures
def _names_the_closing(lexicon: Lexicon, description: str, has_date: bool) -> bool:
    if _marker(lexicon, description, has_date) is Marker.TOTAL:
        return False  # a day's balance ("Sold final zi") under the day's rows
    return _vocabulary(lexicon).closing_balance.names(_marker_key(description))


def _brought_forward(ctx: ReadContext, row: RowLine) -> bool:
    return _vocabulary(ctx.lexicon).brought_forward.names(_marker_key(row.description))


def _dated_row_follows(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> bool:
    """Whether the first dated line among these, before any other table's header, is a row whose
    figures print on its description's last line."""
    for index, line in enumerate(lines):
        if find_header(ctx, line) is not None:
            return False
        row = read_row_line(ctx, header, line)
        if row.date is not None:
            return _figures_below(ctx, header, row, lines[index + 1 :])
    return False


def _day_heading_follows(ctx: ReadContext, header: TableHeader, lines: Sequence[Line]) -> bool:
    """Whether, among these lines set close one under another and before any other table's header, a
    day's date alone heads more undated rows: the rows above it are the last day's, gone on over a
    page break."""
    for index, line in enumerate(lines[:_DAY_ROWS]):
        if find_header(ctx, line) is not None:
            return False
        if index and line.top - lines[index - 1].bottom > ctx.tolerances.table_gap * line.height:
            return False
        row = read_row_line(ctx, header, line)
        if row.date is not None:
            return _heads_a_day(ctx, header, row, lines[index + 1 :])
    return False


_DAY_ROWS = 12  # the lines of a day's rows looked through for the next day's heading


def _heads_a_day(ctx: ReadContext, header: TableHeader, row: RowLine, below: Sequence[Line]) -> bool:
    """Whether a date printed alone is a day's heading set close over its undated rows with figures
    (an app groups the day's rows under it)."""
    if row.description or row.figures or not below:
        return False
    if below[0].top - row.line.bottom > ctx.tolerances.table_gap * row.line.height:
        return False
    under = read_row_line(ctx, header, below[0])
    return under.date is None and bool(under.amounts) and bool(under.description)


def _figures_below(ctx: ReadContext, header: TableHeader, row: RowLine, below: Sequence[Line]) -> bool:
    """Whether a line of description is a row whose figures print on its last line."""
    return _figures_line(ctx, header, row, below) is not None


def _figures_line(ctx: ReadContext, header: TableHeader, row: RowLine, below: Sequence[Line]) -> int | None:
    """Where among the lines below a line of description its row prints its figures, if on its last
    line: the lines under it, set as one row's (no wide gap), are its description's until one prints
    the figures, and none of them a date."""
    if not row.description or not row.in_desc_zone:
        return None
    above = row.line
    for index, line in enumerate(below[:_WRAPPED_LINES]):
        if line.top - above.bottom > ctx.tolerances.table_gap * line.height:
            return None
        under = read_row_line(ctx, header, line)
        if under.date is not None or not under.in_desc_zone:
            return None
        if under.amounts:
            return index if under.description else None
        above = line
    return None


# A description wraps over this many lines at most before its figures: a direct debit may print its
# creditor, mandate and invoice each on a line of its own.
_WRAPPED_LINES = 8


class TableRows(NamedTuple):
    """The row lines a table's lines read as, and where among those lines the table stands."""

    rows: list[RowLine]
    start: int  # the index of the first line it takes
    end: int  # the index past the last


def table_lines(
    ctx: ReadContext,
    header: TableHeader,
    lines: Sequence[Line],
    *,
    continued: bool = False,
    in_a_day: bool = False,
    pending: bool = False,
    alone: bool = False,
) -> TableRows:
    """Read lines under a header until the table ends: its row lines, and the lines it takes.

    `continued` is for a page without its own header: rows begin at the first line that reads as a
    dated row with an amount, so the page's own header block is skipped; `in_a_day`, where the page
    before ended under a day's date printed alone over its rows, at undated rows too. `pending`, for a
    table under a heading of transactions not yet posted: its rows are, as are those under such a
    heading among the rows, until another title. `alone`, for a page that opens no table of its own:
    its first line printing figures may be the table's total or closing balance, all its rows before.
    """
    out: list[RowLine] = []
    start: int | None = None if continued else 0
    end = 0
    seen_amount = False
    closed = False  # the statement's closing balance is printed, after rows
    balanced = False  # a row above prints a running balance with the sum moving it
    last_bottom: float | None = None
    spacing = 0.0  # the widest gap between the table's lines so far
    apart = False  # under a title over undated rows after the dated ones (see `_charges_follow`)
    figures_above = False  # a page without its own header printed figures above the line read
    for index, line in enumerate(lines):
        row = read_row_line(ctx, header, line)
        if not row.amounts and row.date is None and is_balance_table(ctx, line):
            break  # a table of daily balances lists no transactions, here or continued over a page
        if _balances_to_a_line(ctx, header, line):
            break  # each day's balance, several days to a line: a table of balances, no rows
        if closed and _under_the_closing(ctx, row) and (balanced or not _moves_money(row)):
            # Dated rates or fees under the closing balance ("Interest rates"): no rows of it. Where the
            # rows print no running balance, one moving money goes on (a day's balance line, "Day end
            # balance", under each day's rows).
            break
        if start is None:
            ends = alone and not figures_above and _ends_the_table(ctx, row)
            if not ends and not _continues_table(ctx, header, row, lines[index + 1 :], in_a_day=in_a_day):
                figures_above = figures_above or bool(row.figures)
                continue
            cut = _cut_lines_above(ctx, header, lines[: index + 1])
            start = index - len(cut)
            out.extend(cut)
            last_bottom = cut[-1].line.bottom if cut else None
        if last_bottom is not None and _table_over(ctx, line, line.top - last_bottom, spacing):
            break  # a wide gap: the table is over
        marked = _marked_from_below(ctx, header, out[-1], line) if out else None
        if marked is not None:
            out[-1], end, last_bottom = marked, index + 1, line.bottom
            continue  # "CR" set under the row's figure, on a line of its own: the figure's side
        across = not row.amounts and row.date is None and not row.in_desc_zone
        if across and find_header(ctx, line) is not None:
            break  # the next table begins
        if seen_amount and not row.figures and row.date is None and _larger_type(line, out[-1].line):
            break  # a title in a larger type than the rows ("EUR statement"): the next section begins
        titled = row.pending or not row.in_desc_zone  # opening left of the descriptions, as a title does
        if not row.figures and row.date is None and titled and pending_heading(ctx, line):
            pending, end = True, index + 1
            continue  # "Pending transactions": the rows under it are not yet posted
        if not row.figures and row.date is None and titles_a_section(ctx, row.description):
            pending, end = False, index + 1
            apart = seen_amount and _charges_follow(ctx, header, lines[index + 1 :])
            continue  # "PAYMENTS AND OTHER CREDITS", "FEES CHARGED": a section's title among the rows
        if across and marker_of(ctx, row.description, has_date=False) is None:
            follows = seen_amount and _rows_follow(ctx, header, lines[index + 1 : index + 4])
            apart = seen_amount and not follows and _charges_follow(ctx, header, lines[index + 1 :])
            if seen_amount and not (follows or apart):
                break  # text across the page: legal notes, a footer, the next section
            if seen_amount:
                pending, end = False, index + 1
                continue  # a notice or a title printed inside the table: neither a row nor its end
            end = index + 1
            continue  # a caption between the header and the first row
        if seen_amount and _balance_under_the_table(ctx, row):
            break  # the balances summed up under the rows, each figure beside its label: no row
        if (
            seen_amount
            and row.date is None
            and last_bottom is not None
            and _titles_next(ctx, lines, index, last_bottom)
        ):
            break  # the next table's title ("Withdrawals & Debits (3) $185.64"), set over its header
        # Printed with its figure: a label over its value ("Neuer Saldo" over "EUR + 1.559,66") still
        # reads the value under it.
        closed = seen_amount and row.figures and _closing_balance(ctx, row)
        seen_amount = seen_amount or bool(row.amounts)
        balanced = balanced or _moves_the_balance(row)
        end = index + 1
        apart = apart and row.date is None
        if row.amounts or row.date is not None or row.description:
            out.append(replace(row, pending=pending or row.pending, apart=apart) if pending or apart else row)
            if last_bottom is not None:
                spacing = max(spacing, line.top - last_bottom)
            last_bottom = line.bottom
    return TableRows(out, start or 0, end)


def _marked_from_below(ctx: ReadContext, header: TableHeader, above: RowLine, line: Line) -> RowLine | None:
    """The row above with its bare figure signed by the side mark ("CR", "DR") that is all a line
    prints, set under that figure in its money column, as narrow columns wrap a figure's mark; None
    where the line is no such mark."""
    if len(line.words) != 1 or not is_sign_marker(line.words[0].text):
        return None
    mark = line.words[0]
    centre = (mark.x0 + mark.x1) / 2
    for index, column in enumerate(header.columns):
        left, right = header.zone(index)
        money = above.amounts.get(column.role)
        if money is None or not left <= centre < right:
            continue
        signed = parse_money(f"{money.magnitude}{mark.text.rstrip('.')}", ctx.places)
        if money.negative is not None or money.marker is not None or signed is None:
            return None
        return replace(
            above,
            amounts={
                **above.amounts,
                column.role: replace(money, negative=signed.negative, marker=signed.marker),
            },
        )
    return None


def _balances_to_a_line(ctx: ReadContext, header: TableHeader, line: Line) -> bool:
    """Whether a line prints dates each followed by one figure and nothing else, two days or more
    ("04/02 1,789.17  04/04 3,939.17"), a date standing under no date column of the table: a table of
    each day's balance set several days to a line (titled in words no lexicon holds), no row. A row
    printing its value date between its amount and its balance stands each date under a date column."""
    words = line.words
    centres: list[float] = []  # each date's
    i = 0
    while i < len(words):
        size = next((n for n in (1, 2) if parse_partial(" ".join(w.text for w in words[i : i + n]))), 0)
        if not size or i + size >= len(words) or parse_money(words[i + size].text, ctx.places) is None:
            return False  # most lines: their first word no date, or no figure after it
        centres.append((words[i].x0 + words[i + size - 1].x1) / 2)
        i += size + 1
    if len(centres) < _BALANCES_TO_A_LINE:
        return False
    dated = [header.zone(i) for i, c in enumerate(header.columns) if c.role in _DATED]
    return any(not any(left <= centre < right for left, right in dated) for centre in centres)


# Days to a line: a row prints one date of its own (and its value date under a column of dates), so one
# date and one figure may be a row whose text is lost; two days' dates, each with its figure, are none.
_BALANCES_TO_A_LINE = 2


def _titles_next(ctx: ReadContext, lines: Sequence[Line], index: int, above: float) -> bool:
    """Whether the line at `index` is set just over the next table's header, closer to it than to the row
    above (`above`, that row's lower edge): that table's title, none of this one's rows, though it prints
    a count and a total."""
    if index + 1 >= len(lines):
        return False
    line, header = lines[index], lines[index + 1]
    below = header.top - line.bottom
    if header.page != line.page or below > ctx.tolerances.section_heading * header.height:
        return False
    if line.top - above <= _TITLE_SET_APART * below:
        return False
    return find_header(ctx, header, lines[index + 2] if index + 2 < len(lines) else None) is not None


# A title is set apart from the rows above it: farther from them than from the header under it by this.
_TITLE_SET_APART = 1.5


def _table_over(ctx: ReadContext, line: Line, gap: float, spacing: float) -> bool:
    """Whether a gap this wide over a line ends the table: wider than a few of the line's heights and
    than the spacing its rows keep."""
    return gap > ctx.tolerances.table_gap * line.height and gap > ctx.tolerances.table_spacing * spacing


def _balance_under_the_table(ctx: ReadContext, row: RowLine) -> bool:
    """Whether an undated line under a table's rows is its opening or closing balance printed with its
    label, the figure left of every money column (a summary set under the table, not in it)."""
    if row.date is not None or row.amounts:
        return False
    if marker_of(ctx, row.description, has_date=False) not in (Marker.OPENING, Marker.CLOSING):
        return False
    return any(parse_money(w.text, ctx.places) is not None for w in row.line.words)


def dated_apart(ctx: ReadContext, lines: Sequence[RowLine]) -> list[RowLine]:
    """The lines of a table without a date column, each date printed on a line of its own taken as
    the date of the row it is printed with: the row whose figures print nearest above it, or below it
    where the table prints its dates over its rows (as more of its dates find a row that way). The
    lines are the table's over all its pages: a row and its date may stand either side of a break."""
    alone = {i: date for i, line in enumerate(lines) if (date := _date_alone(ctx, line)) is not None}
    under = {i: _figures_from(ctx, lines, alone, i, -1) for i in alone}
    over = {i: _figures_from(ctx, lines, alone, i, 1) for i in alone}
    owners = (
        under
        if sum(o is not None for o in under.values()) >= sum(o is not None for o in over.values())
        else over
    )
    dated = {o: i for i, o in owners.items() if o is not None}
    return [
        replace(line, date=alone[dated[i]], words=[*line.words, *lines[dated[i]].words])
        if i in dated
        else line
        for i, line in enumerate(lines)
        if i not in alone
    ]


def labelled_days(ctx: ReadContext, lines: Sequence[RowLine]) -> list[RowLine]:
    """The lines of a table that lists each day's rows under a line naming the day with a date's heading
    ("Buchungsdatum: 01.02.2021"), each such line taken away and its date given to the rows under it,
    up to the next: a row's own date (headed as its value date, "Valuta") is then its value date. Two
    such lines at least: one alone may be a date above the table. (A table that heads a column as the
    day of booking prints no such lines: a date labelled among its rows is a row's detail.)"""
    days = {i: date for i, line in enumerate(lines) if (date := _labelled_day(ctx, line)) is not None}
    if len(days) < _LABELLED_DAYS:
        return list(lines)
    out: list[RowLine] = []
    day: PartialDate | None = None
    for i, line in enumerate(lines):
        if i in days:
            day = days[i]
        elif day is not None and line.amounts and line.date is not None:
            out.append(replace(line, date=day, value_date=line.value_date or line.date))
        elif day is not None and line.amounts and _line_marker(ctx, line) is None:
            out.append(replace(line, date=day))
        else:
            out.append(line)
    return out


_LABELLED_DAYS = 2


def _labelled_day(ctx: ReadContext, line: RowLine) -> PartialDate | None:
    """The date a line without figures names after a date's heading ("Buchungsdatum: 01.02.2021"), with
    its year; else None."""
    if line.date is not None or line.figures:
        return None
    label, _, rest = line.description.partition(" ")
    if not label.endswith(":") or not _date_heading_word(ctx.lexicon, label.rstrip(":")):
        return None
    date = parse_partial(rest)
    return date if date is not None and date.year is not None else None


def _figures_from(
    ctx: ReadContext, lines: Sequence[RowLine], alone: dict[int, PartialDate], index: int, step: int
) -> int | None:
    """The nearest line from `index` on, one way (`step`), that prints a transaction's figures, before
    another date line: the row a date line is printed with."""
    at = index + step
    while 0 <= at < len(lines) and at not in alone:
        if lines[at].amounts and _line_marker(ctx, lines[at]) is None:
            return at
        at += step
    return None


# The vocabulary and patterns of the lexicon files are read with (~18 ms of compiling), made as the
# readers load: the processes forked to read files inherit them instead of each making them on its first.
_vocabulary(DEFAULT.lexicon)
