"""Statement header fields from the lines around the table: who, which account, which period, balances.

Labels are found in every language of the lexicon; a label's value is the text after it on the same
line, or the text printed under it. Where there is no label (the holder's mailing block, the bank's
name), the block is recognised by its shape: lines stacked at one x ending in a postal code, or the
most prominent bank-like name at the top of the first page.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile

from ingest.extract.amounts import (
    CFA_COUNTRIES,
    COUNTRY_CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DIALLING_CODES,
    DOLLAR_COUNTRIES,
    IBAN_CURRENCIES,
    LABELLED_CODES,
    RUPEE_COUNTRIES,
    Money,
    SideMark,
    is_sign_marker,
    parse_money,
)
from ingest.extract.cards import numbered_as_a_card
from ingest.extract.context import DEFAULT, ReadContext
from ingest.extract.dates import (
    DATE_JOINER,
    DATE_WORDS,
    DAY_MARK,
    YEAR_CLOSE,
    NumericOrder,
    PartialDate,
    full_year,
    in_language,
    month_day,
    month_named,
    parse_partial,
)
from ingest.extract.layout import Line, thousands_joined
from ingest.extract.lexicon import ALL, BY_LANGUAGE, SHARED_CURRENCY_NAMES, fold, language_of
from ingest.extract.statement import StatementFields
from ingest.extract.table import owed_side
from ingest.extract.words import Word, join_adjacent, join_words

_OPENING_LABELS = (*ALL.opening_balance, *ALL.brought_forward)
_CLOSING_LABELS = (*ALL.closing_balance, *ALL.carried_forward, *ALL.amount_due)
# Labels that hold a closing one and name another figure: a card's least payment ("Lägsta belopp att
# betala" holds "belopp att betala").
_CLOSING_RIVALS = (*_OPENING_LABELS, *ALL.card_cues)
_ACCOUNT_LABELS = (*ALL.account_labels, *ALL.iban_labels, *ALL.member_labels)
# An IBAN label is bare too: a plain account number printed beside it is the one to report.
_BARE_ACCOUNT_LABELS = frozenset((*ALL.bare_account_labels, *ALL.iban_labels))
_OTHERS_ACCOUNT = frozenset(ALL.others_account_words)
_MEMBER_LABELS = frozenset(ALL.member_labels)
_NAME_TITLES = frozenset(ALL.name_titles)
_HOLDER_LABELS = ALL.holder_labels
_NAME_LABELS = ALL.name_labels
_ADDRESS_LABELS = ALL.address_labels
_CURRENCY_LABELS = ALL.currency_labels
_TYPE_WORDS = ALL.account_types
# The labels of the fields a header prints beside the holder's name, each over its value.
_OTHER_FIELDS = frozenset(
    (*_ACCOUNT_LABELS, *ALL.bic_labels, *ALL.sort_code_labels, *_ADDRESS_LABELS, *_CURRENCY_LABELS)
)


def _words(phrases: Sequence[str]) -> str:
    """A regex alternative of whole phrases."""
    return r"\b(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"


_CARD_CUE = re.compile(_words(ALL.card_cues))
_INSTITUTION_CUES = re.compile(_words(ALL.institution_cues))
_STRONG_CUES = re.compile(_words(ALL.strong_institution_cues))
_NOT_A_NAME = re.compile(_words(ALL.not_a_name))
_LABELISH = re.compile(_words(ALL.field_words))
_POSTCODE = re.compile("|".join(f"(?:{p})" for p in ALL.postcodes.values()))
_ACCOUNT_VALUE = re.compile(r"^[A-Z0-9*•xX#\-./]*[0-9*•xX][A-Z0-9*•xX#\-./]*$")
_MONTH_NAMES = "|".join(re.escape(m) for m in sorted(ALL.months, key=len, reverse=True))
_ORDINAL = "(?:" + "|".join(re.escape(o) for o in ALL.ordinal_suffixes) + ")"
_RANGE = "(?:" + "|".join(re.escape(c) for c in sorted(ALL.period_connectors, key=len, reverse=True)) + ")"
# Every date below begins with a digit or a month's name: looked for only where one of those begins (a
# position that cannot start one is passed over at once, not tried against each month's name).
_DATE_START = "".join(sorted({re.escape(m[0]) for m in ALL.months}))
_DATE_IN_TEXT = re.compile(
    rf"(?=[\d{_DATE_START}])"
    # 2025-09-01, and 2025/09/01 as South Africa prints it; "2025.09.01." and "01.09.2025." closed by a
    # point, as Hungarian and Croatian print them
    rf"(\d{{4}}([-/.])\d{{1,2}}\2\d{{1,2}}(?:\.(?!\d))?"
    rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}(?:\.(?!\d))?"
    # "1. 3. 2025", a space after each point, as Czech and Slovak print them
    rf"|\b\d{{1,2}}\. \d{{1,2}}\. \d{{4}}\b"
    rf"|\b\d{{1,2}}[-/](?:{_MONTH_NAMES})[-/]\d{{2,4}}\b"
    rf"|\b(?:{_MONTH_NAMES})\.? ?\d{{1,2}}/\d{{2}}\b"
    # "1 de marzo de 2025", "4 d'agost", and "1 de marzo" that leaves its year to the period's end
    rf"|\b\d{{1,2}}{DATE_JOINER}(?:{_MONTH_NAMES})(?:{DATE_JOINER}\d{{4}})?\b"
    # "1 Mar 2025", and "1 Mar 25" with the two-digit year Australian statements print
    rf"|\b\d{{1,2}}{_ORDINAL}? ?(?:{_MONTH_NAMES})\b\.?,?(?: \d{{4}}(?:\.(?!\d))?| \d{{2}}(?![\d.,:/]))?"
    rf"|\b(?:{_MONTH_NAMES})\b\.? \d{{1,2}}{_ORDINAL}?(?:, ?\d{{4}}| \d{{4}})?"
    # 2025. március 1. (Hungarian), 2025 m. kovo 1 d. (Lithuanian), 2025. gada 1. marts (Latvian)
    rf"|\b\d{{4}}{YEAR_CLOSE}(?:(?:{_MONTH_NAMES})\b\.? ?\d{{1,2}}(?:\.|{DAY_MARK})?(?!\d)"
    rf"|\d{{1,2}}\.? ?(?:{_MONTH_NAMES})\b\.?)"
    r")"
)
_MONTH_WORD = rf"\b({_MONTH_NAMES})\b\.?"
_MONTH_DAYS = re.compile(_MONTH_WORD + rf" (\d{{1,2}}){_ORDINAL}? ?{_RANGE} ?(\d{{1,2}}),? (\d{{4}})")
_DAYS_MONTH = re.compile(rf"\b(\d{{1,2}}){_ORDINAL}? ?{_RANGE} ?(\d{{1,2}}) " + _MONTH_WORD + r",? (\d{4})")
_STATEMENT_DATE_LABELS = ALL.statement_date_labels
_START_LABELS = ALL.period_start_labels
_END_LABELS = ALL.period_end_labels
_NAMED_END_LABELS = tuple(label for label in _END_LABELS if " " in label)  # "end date", "data fine"
# "01/05/2025 To : 31/05/2025": the connector may be set as a label, with a colon after it.
# The time zone an app prints after a period's first day ("1 March 2025 [GMT+01:00] - 31 March 2025"),
# which says when its days began, not where the period ends.
_TIME_ZONE = r"(?:[\[(]?\b(?:gmt|utc)(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?[\])]?\s*)"
_CONNECTOR = re.compile(rf"^\s*{_TIME_ZONE}?{_RANGE}\s*:?\s*$")


@dataclass(slots=True)
class HeaderFields(StatementFields):
    """What the lines outside the table say about the statement."""

    opening_balance: Money | None = None
    closing_balance: Money | None = None
    credit_card: bool = False
    statement_date: dt.date | None = None  # the date the statement was issued, where printed


def read_header(
    ctx: ReadContext, lines: Sequence[Line], order: NumericOrder, language: str | None = None
) -> HeaderFields:
    """Every header field that these lines state, first statement wins; a month's name that languages
    give different months is read in the statement's `language`."""
    fields = HeaderFields()
    fields.account_number = account_number(ctx, lines) or card_alone(lines)
    opening = labelled_money(lines, _OPENING_LABELS, rivals=_CLOSING_LABELS, places=ctx.places)
    closing = labelled_money(lines, _CLOSING_LABELS, rivals=_CLOSING_RIVALS, places=ctx.places)
    fields.period_start, fields.period_end = period(ctx, lines, order, language)
    fields.statement_date = labelled_date(lines, _STATEMENT_DATE_LABELS, order, language)
    if opening is None or closing is None:
        # A box whose labels wrap over two lines ("Opening" over "Balance") over its figures.
        joined = _labels_joined(lines, ctx.places)
        if joined is not None:
            opening = opening or labelled_money(
                joined, _OPENING_LABELS, rivals=_CLOSING_LABELS, places=ctx.places
            )
            closing = closing or labelled_money(
                joined, _CLOSING_LABELS, rivals=_CLOSING_RIVALS, places=ctx.places
            )
    if opening is None or closing is None:
        dated = dated_balances(lines, order, language, fields.period_end)
        dated_opening, dated_closing = _dated_ends(dated, fields.period_start, fields.period_end)
        opening, closing = opening or dated_opening, closing or dated_closing
    fields.opening_balance, fields.closing_balance = opening, closing
    fields.holder_name, fields.holder_address = holder(lines)
    fields.institution = institution(lines, fields.holder_name)
    text = " ".join(fold(line.text) for line in lines)
    short = _short_texts(lines)
    if fields.institution:
        # "Savings" in the bank's name names the bank, not the account.
        text = text.replace(fold(fields.institution), " ")
        short = short.replace(fold(fields.institution), " ")
    # A title or label names the account better than the terms and conditions do.
    fields.account_type = account_type(short) or account_type(text)
    fields.credit_card = (
        fields.account_type == "CREDIT_CARD" or _CARD_CUE.search(_short_texts(lines)) is not None
    )
    if _card_named_first(short):
        # A bill's minimum payment or credit limit, above any other kind named ("Savings = $49" in the
        # warning of what paying only the minimum costs), names a card.
        fields.account_type = "CREDIT_CARD"
    if fields.credit_card and fields.account_type is None:
        fields.account_type = "CREDIT_CARD"
    fields.currency = franc_of(ctx, lines, currency(ctx, lines, text))
    return fields


# ---- labels ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    line_index: int
    start: int  # index of the label's first word in the line
    end: int  # index after the label's last word


def _keys(line: Line) -> list[str]:
    return [_key(w.text) for w in line.words]


# Pure functions of their text, asked again of the same lines by each field's labels.
@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return fold(_without_money(text)).replace("’", "'").strip(":;,.")


def _without_money(text: str) -> str:
    """A word without the ISO code of money joined to it by a hyphen ("EUR-Konto", "Konto-EUR",
    "USD-ACCOUNT"): the code names the account's money, and the word is the label it joins."""
    parts = text.strip(":;,.").split("-")
    if len(parts) == 2 and all(parts) and sum(part in CURRENCY_CODES for part in parts) == 1:
        return parts[1] if parts[0] in CURRENCY_CODES else parts[0]
    return text


@lru_cache(maxsize=64)
def _labels_by_first_word(labels: tuple[str, ...]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """Each label's words, by the word it begins with, longest label first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for label in sorted((tuple(label.split()) for label in labels), key=len, reverse=True):
        grouped.setdefault(label[0], []).append(label)
    return {first: tuple(group) for first, group in grouped.items()}


def _find_label(lines: Sequence[Line], labels: Sequence[str]) -> list[_Hit]:
    """Every place one of the labels is printed, longest label first at each position."""
    by_first_word = _labels_by_first_word(tuple(labels))
    index = _index(lines)
    # Only where a label's first word is printed can one begin: reading order, as the line is read.
    starts = sorted(
        place for first in by_first_word.keys() & index.places.keys() for place in index.places[first]
    )
    hits = []
    free = (-1, 0)  # the first place after the last label found: a label's own words start none
    for place in starts:
        if place < free:
            continue
        line_index, start = place
        keys = index.keys[line_index]
        label = next((lb for lb in by_first_word[keys[start]] if keys[start : start + len(lb)] == lb), None)
        if label is not None:
            hits.append(_Hit(line_index, start, start + len(label)))
            free = (line_index, start + len(label))
    return hits


@dataclass(frozen=True, slots=True)
class _Index:
    """The lines' words as labels are matched, and where each such word is printed (line, position)."""

    lines: tuple[Line, ...]
    keys: tuple[tuple[str, ...], ...]
    places: Mapping[str, list[tuple[int, int]]]


def _index(lines: Sequence[Line]) -> _Index:
    """The index of these lines, made once for all the header's labels (each field looks for its own)."""
    last = _LAST_INDEX[0]
    if last is not None and len(last.lines) == len(lines) and all(map(operator.is_, last.lines, lines)):
        return last
    keys = tuple(tuple(_keys(line)) for line in lines)
    places: dict[str, list[tuple[int, int]]] = {}
    for line_index, line_keys in enumerate(keys):
        for start, key in enumerate(line_keys):
            places.setdefault(key, []).append((line_index, start))
    made = _Index(tuple(lines), keys, places)
    _LAST_INDEX[0] = made
    return made


# The index of the lines last asked about: a header's fields all ask about the same lines, in turn.
_LAST_INDEX: list[_Index | None] = [None]


def _after(line: Line, hit: _Hit) -> list[Word]:
    """Words after a label on its line, without the colon, up to the next wide gap."""
    words = list(line.words[hit.end :])
    while words and words[0].text in (":", "-", "#", "no", "No"):
        words = words[1:]
    if not words:
        return []
    # Key-value pairs are often set far apart: the value is the next run, however far.
    run = [words[0]]
    for word in words[1:]:
        if word.x0 - run[-1].x1 > 2.0 * line.height:
            break
        run.append(word)
    return run


def _below(lines: Sequence[Line], hit: _Hit) -> list[Word]:
    """The run of words printed under a label (on the next line, starting under the label)."""
    line = lines[hit.line_index]
    if hit.line_index + 1 >= len(lines):
        return []
    below = lines[hit.line_index + 1]
    if below.page != line.page or below.top - line.bottom > 2.0 * line.height:
        return []
    x0 = line.words[hit.start].x0 - 2
    x1 = line.words[hit.end - 1].x1 + 2
    values = below.segments()
    for segment in values:
        if segment[0].x0 < x1 and segment[-1].x1 > x0:
            return list(segment)
    # A row of headings over a row of values, one under each, right-aligned figures running past
    # their heading's end ("Alter Kontostand" over "+2.853.82"): the value in the heading's place.
    headings = line.segments()
    if len(headings) == len(values) > 1:
        place = next((i for i, s in enumerate(headings) if s[0] is line.words[hit.start]), None)
        if place is not None:
            return list(values[place])
    return []


def labelled_money(
    lines: Sequence[Line], labels: Sequence[str], rivals: Sequence[str] = (), *, places: int = 2
) -> Money | None:
    """The figure printed with the first of these labels that has one; not where the label is part of
    a longer rival printed there ("statement balance", a closing label, in "PREVIOUS STATEMENT BALANCE");
    `places`, the decimals of the file's money (none for whole rupiah)."""
    rival_hits = _find_label(lines, rivals) if rivals else []
    for hit in _find_label(lines, labels):
        if any(_outranks(rival, hit) for rival in rival_hits):
            continue
        line = lines[hit.line_index]
        money = first_money(list(line.words[hit.end :]), places)
        if money is not None:
            return _owned(line.words[hit.start :], money)
        # A figure under its label takes its side from the label's own words: a box of labels over
        # figures prints other labels beside it ("Debetný obrat", the debits' turnover).
        for words in (_below(lines, hit), _coded_below(lines, hit)):
            money = first_money(words, places)
            if money is not None:
                return _owned(_label_run(line, hit), money)
    return None


def _labels_joined(lines: Sequence[Line], places: int) -> list[Line] | None:
    """The lines with each row of labels wrapped over two lines over a row of figures ("Opening |
    Payment/ | Total" over "Balance | Credits | Dues" over the figures) made one line, each label's
    words together, the upper line's first; None where no labels wrap so."""
    out = list(lines)
    joined = False
    for i in range(len(lines) - 2, 0, -1):
        # Joining shortens `out` only from `i` on: the lines at i - 1, i and i + 1 are always there.
        upper, lower, figures = out[i - 1], out[i], out[i + 1]
        if not _wrapped_labels(upper, lower, figures, places):
            continue
        words: list[Word] = []
        for segment in upper.segments():
            words += segment
            words += [w for w in lower.words if segment[0].x0 - upper.height <= w.x0 <= segment[-1].x1]
        out[i - 1 : i + 1] = [Line(tuple(words), upper.page)]
        joined = True
    return out if joined else None


def _wrapped_labels(upper: Line, lower: Line, figures: Line, places: int) -> bool:
    """Whether two lines of words without figures, set close one over the other, are a row of labels
    wrapped over both, each word of the lower under a label of the upper, over a line of as many
    figures as the upper line has labels."""
    if not (upper.page == lower.page == figures.page) or not upper.words or not lower.words:
        return False
    if any(c.isdigit() for c in upper.text + lower.text) or lower.top - upper.bottom > upper.height:
        return False
    labels = upper.segments()
    if len(labels) < 2 or figures.top - lower.bottom > 2.0 * lower.height:
        return False
    under = [w for w in lower.words if any(s[0].x0 - upper.height <= w.x0 <= s[-1].x1 for s in labels)]
    values = [w for w in figures.words if parse_money(w.text, places) is not None]
    return len(under) == len(lower.words) and len(values) == len(labels) == len(figures.segments())


def _label_run(line: Line, hit: _Hit) -> list[Word]:
    """The label's words and those printed close after it, up to the next gap between headings."""
    segment = next(s for s in line.segments() if line.words[hit.start] in s)
    return list(segment[segment.index(line.words[hit.start]) :])


def _owned(words: Sequence[Word], money: Money) -> Money:
    """A balance with the sign the words from its label up to its figure give it: owed to the bank
    ("Utgående saldo i vår favør", "Solde débiteur au ...") or the holder's ("zu Ihren Gunsten"), marked
    as a DR or CR beside it would mark it; else as printed."""
    side = owed_side(
        DEFAULT, " ".join(w.text for w in takewhile(lambda w: parse_money(w.text) is None, words))
    )
    if side < 0:
        return replace(money, negative=True, marker=SideMark.DR)
    if side > 0:
        return replace(money, negative=False, marker=SideMark.CR)
    return money


def _outranks(rival: _Hit, hit: _Hit) -> bool:
    """Whether a longer label printed on the same line holds this one."""
    return (
        rival.line_index == hit.line_index
        and rival.start <= hit.start
        and hit.end <= rival.end
        and rival.end - rival.start > hit.end - hit.start
    )


def _coded_below(lines: Sequence[Line], hit: _Hit) -> list[Word]:
    """A figure printed under a label after its currency code, set apart from it ("EUR   +5.314,05")."""
    code = _below(lines, hit)
    if len(code) != 1 or code[0].text.strip("():") not in CURRENCY_CODES:
        return []
    below = lines[hit.line_index + 1]
    return [w for w in below.words if w.x0 > code[-1].x1][:1]


def _short_texts(lines: Sequence[Line]) -> str:
    """Labels and titles, not prose: runs of at most eight words (terms and conditions mention cards)."""
    return " | ".join(
        fold(" ".join(w.text for w in segment))
        for line in lines
        for segment in line.segments()
        if len(segment) <= 8
    )


def first_money(words: Sequence[Word], places: int = 2) -> Money | None:
    """The first figure among these words, with a DR/CR printed apart from it."""
    if places == 0:
        words = thousands_joined(words)  # money printed whole: "312 760 Ft"
    for index, word in enumerate(words):
        # "=$811.83": a summary set as an equation ("Previous Balance ... + New Charges = New Balance")
        # prints its equals sign against the result, no sign of the figure's (OCR may read a minus so).
        printed = word.text.removeprefix("=") if word.confidence is None else word.text
        money = parse_money(printed, places)
        if money is None:
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        apart = after is not None and after.x0 - word.x1 < 2 * (word.bottom - word.top)
        if money.marker is None and after is not None and apart and is_sign_marker(after.text):
            return parse_money(word.text + after.text.rstrip("."), places) or money
        return money
    return None


def dated_balances(
    lines: Sequence[Line], order: NumericOrder, language: str | None, end: dt.date | None = None
) -> list[tuple[dt.date, Money]]:
    """Balances printed with a date in their label, in date order: the figure after the label, or
    under it (a row of labels over a row of figures); a date without its year ("Balance on 1 March")
    takes the year of the period that ends on `end`."""
    found = []
    for hit in _find_label(lines, _DATED_BALANCE_LABELS):
        words = list(lines[hit.line_index].words[hit.end :])
        date = _date_in(words, order, language, end)
        money = next((m for w in words if (m := parse_money(w.text)) is not None), None)
        money = money or first_money(_below(lines, hit))
        if date is not None and money is not None:
            found.append((date, _owned(lines[hit.line_index].words[hit.start :], money)))
    return sorted(found, key=lambda f: f[0])


def _dated_ends(
    dated: Sequence[tuple[dt.date, Money]], start: dt.date | None, end: dt.date | None
) -> tuple[Money | None, Money | None]:
    """The opening and closing balances that balances printed with a date state: the earlier and the
    later of two days ("Balance on 1 November 2024 ... Balance on 30 November 2024"); else one dated
    at or before the period's first day, the opening balance, and one dated its last day, the closing
    balance ("Balance on 30 June 2025"), which no row moves after."""
    if len(dated) >= 2 and dated[0][0] < dated[-1][0]:
        return dated[0][1], dated[-1][1]
    opening = dated[0][1] if dated and start is not None and dated[0][0] <= start else None
    closing = dated[-1][1] if dated and end is not None and dated[-1][0] == end else None
    return opening, closing


_DATED_BALANCE_LABELS = ALL.dated_balance_labels


# ---- account -----------------------------------------------------------------------------------


def account_number(ctx: ReadContext, lines: Sequence[Line], *, strict: bool = False) -> str | None:
    """The account number as printed (masks kept); not an IBAN when a plain number is printed.

    `strict` reads only explicit account-number labels, for telling one account from the next.
    """
    found: list[tuple[int, str]] = []
    for hit in _find_label(lines, _ACCOUNT_LABELS):
        keys = _keys(lines[hit.line_index])
        label = keys[hit.start : hit.end]
        before = keys[hit.start - 1] if hit.start > 0 else ""
        phrase = " ".join(label)
        rank = _label_rank(phrase, before)
        if strict and (rank or hit.line_index > 0):
            continue
        for words in (_after(lines[hit.line_index], hit), _below(lines, hit)):
            value = _account_value(words)
            if value is not None:
                found.append((rank, value))
                break
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1]


def _label_rank(label: str, before: str) -> int:
    """How surely a label's number is the account's, the least the surest: a specific label 0; a bare
    one, or one after a word that makes it another's account ("Bank account"), 1; a member's number 2."""
    if label in _MEMBER_LABELS:
        return 2
    return 1 if before in _OTHERS_ACCOUNT or label in _BARE_ACCOUNT_LABELS else 0


def titled_account(line: Line) -> str | None:
    """The number a line titles an account with after its kind, and nothing else but a dash or a mark
    between, or the account's money after it ("Girokonto 1234 5678 90", "Online Saver
    12-3456-7890123-01", "CHEQUING - 0012345678", "SAVINGS: 0012345699", "Privatkonto CH93 ... CHF"): where
    accounts follow one another titled so, each number begins the next statement. Six digits at least: a
    year after a kind ("Savings 2025") is none."""
    titled = _name_and_number(line)
    if titled is None or not _ACCOUNT_KIND.search(fold(titled[0])):
        return None
    return titled[1]


def _name_and_number(line: Line) -> tuple[str, str] | None:
    """A line that is a name of a few words and a number after it, and nothing else but a mark between
    or the number's money after it: the name (perhaps empty) and the number, of six digits at least."""
    named = list(takewhile(lambda w: _named(w.text.rstrip(_TITLE_MARKS)), line.words))
    if len(named) > _TITLE_WORDS:
        return None
    rest = list(dropwhile(lambda w: w.text.strip(_TITLE_MARKS) in _NUMBER_SIGNS, line.words[len(named) :]))
    if len(rest) > 1 and rest[-1].text in CURRENCY_CODES:
        rest = rest[:-1]  # the account's money after its number ("Privatkonto CH93 0076 ... CHF")
    value = _account_value(rest)
    if value is None or value != " ".join(w.text for w in rest) or sum(map(str.isdigit, value)) < 6:
        return None
    return " ".join(w.text for w in named), value


def card_alone(lines: Sequence[Line]) -> str | None:
    """A masked card number on a line of its own, perhaps after the card's name ("VISA 4940 XXXX XXXX
    1234"): unlabelled, it is still the statement's, as no account but a card is numbered so."""
    for line in lines:
        alone = _name_and_number(line)
        if alone is not None and _masked_card_number(alone[1]):
            return alone[1]
    return None


def _named(text: str) -> bool:
    """A word of a title's name: letters, perhaps joined by hyphens ("Visa-Card")."""
    return all(part.isalpha() for part in text.split("-"))


def _masked_card_number(value: str) -> bool:
    """Whether a number as printed is a payment card's with some of its digits masked ("4998 XXXX XXXX
    1234"): no account but a card is printed so."""
    return numbered_as_a_card(value) and any(c in _MASKS for c in value)


_MASKS = "*•xX"  # printed in place of an account's hidden digits


_ACCOUNT_KIND = re.compile(_words([kind for kind, _ in ALL.account_types]))
_TITLE_WORDS = 3  # "Everyday Account", "Compte chèques"
_TITLE_MARKS = "-–—#:"  # set between a title's kind and its number
_NUMBER_SIGNS = frozenset({"", "n°"})  # a title's mark alone, or the sign of a number ("Livret A n° 1234567")


def iban(lines: Sequence[Line]) -> str | None:
    """The first IBAN printed after an IBAN label on these lines (or just below it)."""
    for hit in _find_label(lines, ALL.iban_labels):
        for words in (_after(lines[hit.line_index], hit), _below(lines, hit)):
            value = _account_value(words)
            if value is not None:
                return value
    return None


def opening_stated(lines: Sequence[Line]) -> bool:
    """Whether these lines state an opening balance with its figure."""
    return stated_opening(lines) is not None


def stated_opening(lines: Sequence[Line]) -> Money | None:
    """The opening balance these lines state with its label, as printed."""
    return labelled_money(lines, ALL.opening_balance, rivals=_CLOSING_LABELS)


def stated_closing(lines: Sequence[Line]) -> Money | None:
    """The closing balance these lines state with its label, as printed."""
    return labelled_money(lines, _CLOSING_LABELS, rivals=_CLOSING_RIVALS)


def _account_value(words: Sequence[Word]) -> str | None:
    parts: list[str] = []
    rejoined = _rejoined(words)
    for index, word in enumerate(rejoined):
        text = word.text.strip(":,;")
        if word.confidence is not None:
            text = _iban_check_digits(text)
        lone = not parts and _short_number(text) and not _grouped(rejoined[index:])
        if not (_ACCOUNT_VALUE.match(text) or _bank_code(parts, text)) or lone:
            # The account's money may stand between its label and its number ("Konto EUR 1234567890").
            if parts or not (fold(text).strip(".") in _ACCOUNT_FILLERS or text in CURRENCY_CODES):
                break
            continue
        parts.append(text)
        if len(parts) >= _MOST_GROUPS:
            break
    value = " ".join(parts)
    if parse_partial(value) is not None or _COUNT_IN_YEAR.fullmatch(value):
        return None  # a date, or a statement's number in its year ("Estratto conto n. 6/2025")
    digits = sum(c.isdigit() for c in value)
    masked = sum(c in _MASKS for c in value)
    if digits >= 4 or (digits >= 2 and masked >= 2):
        return value
    return None


_COUNT_IN_YEAR = re.compile(r"\d{1,3}/(?:19|20)\d{2}")
# The longest IBAN (34 characters) printed in groups of four; a Polish account number is seven groups.
_MOST_GROUPS = 9


def _bank_code(parts: Sequence[str], text: str) -> bool:
    """The letters of a bank code in an IBAN printed in groups ("NL63 LNDB 0263530116")."""
    return len(parts) == 1 and _IBAN_HEAD.match(parts[0]) is not None and text.isalpha() and text.isupper()


_IBAN_HEAD = re.compile(r"^[A-Z]{2}\d{2}$")  # an IBAN's first group: its country and check digits


def _iban_check_digits(text: str) -> str:
    """An IBAN whose check digits OCR read as letters ("NLOOORRY..."): they are always digits."""
    match = _IBAN_OCR.match(text)
    if match is None:
        return text
    return text[:2] + match.group(1).translate(_AS_DIGIT) + text[4:]


_IBAN_OCR = re.compile(r"^[A-Z]{2}([0-9OILS]{2})(?=[A-Z0-9]*\d)[A-Z0-9]{11,30}$")  # 15 to 34 long


def _rejoined(words: Sequence[Word]) -> list[Word]:
    """OCR words that touch are one word OCR split ("****261" "0"): no printed space is so narrow."""

    def joined(last: Word, word: Word) -> Word | None:
        if (
            word.confidence is not None
            and last.confidence is not None
            and word.x0 - last.x1 < _TOUCHING * min(w.bottom - w.top for w in (last, word))
        ):
            return join_words(last, word)
        return None

    return join_adjacent(words, joined)


_TOUCHING = 0.35  # of the letter height: OCR boxes of words a space apart stand about 0.5 apart


def _grouped(words: Sequence[Word]) -> bool:
    """A number printed in digit groups from a short one ("06 2132 19639321"): eight digits at least."""
    groups = list(takewhile(lambda w: w.text.isdigit(), words[:4]))
    return len(groups) >= 2 and sum(len(w.text) for w in groups) >= 8


def _short_number(text: str) -> bool:
    """A lone figure too short to start an account number (a day, a page number)."""
    return text.isdigit() and len(text) < 3


# Words between an account label and its number ("Account ending in", "Compte n°").
# Words between a label and its number: the label's own, the kind of account ("Compte courant postal
# n° 1234567A020", "Savings Account No. 1234") and the verb of a sentence ("Your account number is 1234").
_ACCOUNT_FILLERS = frozenset(
    {"#", "-"}
    | _NUMBER_SIGNS
    | {w for label in _ACCOUNT_LABELS for w in label.split()}
    | {w for kind, _ in ALL.account_types for w in kind.split()}
    | set(ALL.label_verbs)
)


def account_type(text: str) -> str | None:
    """The kind of account, where the statement names it: the first one named."""
    found = [(position, kind) for cue, kind in _TYPE_WORDS if (position := text.find(cue)) >= 0]
    return min(found)[1] if found else None


def _card_named_first(short: str) -> bool:
    """Whether a card's cue comes before any kind of account named in these labels and titles."""
    cue = _CARD_CUE.search(short)
    if cue is None:
        return False
    named = [position for name, _ in _TYPE_WORDS if (position := short.find(name)) >= 0]
    return not named or cue.start() < min(named)


def currency(ctx: ReadContext, lines: Sequence[Line], text: str) -> str | None:
    """The currency: a labelled or printed ISO code, else a symbol, else the dollar of the address."""
    for hit in _find_label(lines, _CURRENCY_LABELS):
        after = _after(lines[hit.line_index], hit)
        for word in (*after, *_below(lines, hit)):
            printed = word.text.strip("():,.")
            if printed.upper() in CURRENCY_CODES or printed in LABELLED_CODES:
                return printed.upper()
        # The sign alone after its label ("Para birimi: TL"), as a money whose code is no word prints it.
        sign = CURRENCY_SYMBOLS.get(after[0].text.strip("():,.")) if after else None
        if sign is not None:
            return sign
    titled = next((code for line in lines if (code := _account_money(line)) is not None), None)
    if titled is not None:
        return titled
    counts = printed_currencies(lines)
    if counts:
        return max(counts, key=lambda c: counts[c])
    named = named_currency(ctx, text, language_of(text.split()))
    if named is not None:
        return named
    if "$" in text:
        return dollar_of(ctx, lines)
    if _RUPEES.search(text):
        return rupee_of(ctx, lines)
    if "£" in text:
        return "GBP"
    if "€" in text:
        return "EUR"
    return None


def _account_money(line: Line) -> str | None:
    """The ISO code a line joins to its word for an account, by a hyphen or as the next word, perhaps a
    little word between ("EUR-Konto", "Konto-EUR", "USD Account", "Compte en EUR"): the money of the
    account it titles. A word set apart is a code only beside a word for an account in small letters
    ("ALL ACCOUNT ACTIVITY" names no lek)."""
    for word in line.words:
        parts = word.text.strip(":,.()").split("-")
        if len(parts) != 2:
            continue
        for code, name in (parts, parts[::-1]):
            if code in CURRENCY_CODES and _names_an_account(name):
                return code
    texts = [w.text.strip(":,.()") for w in line.words]
    for index, text in enumerate(texts):
        if fold(text) not in _ACCOUNT_WORDS or text.isupper():
            continue
        after = texts[index + 1 : index + 3]
        if after[:1] and fold(after[0]) in _FUNCTION_WORDS:
            after = after[1:]
        for near in (texts[index - 1 : index], after[:1]):
            if near and near[0] in CURRENCY_CODES:
                return near[0]
    return None


_ACCOUNT_WORDS = frozenset(label for label in ALL.bare_account_labels if " " not in label)


def _names_an_account(text: str) -> bool:
    """Whether a word is a word for an account, or a kind of one ("Konto", "Girokonto", "Account")."""
    folded = fold(text)
    return folded in _ACCOUNT_WORDS or _ACCOUNT_KIND.fullmatch(folded) is not None


def language_currency(language: str | None) -> str | None:
    """The money of the one country whose banks print statements in this language: a statement that
    names no money, and no country the account is held in, is in it (a Norwegian account in kroner)."""
    lexicon = BY_LANGUAGE.get(language or "")
    return lexicon.home_currency[0] if lexicon is not None and len(lexicon.home_currency) == 1 else None


def named_currency(
    ctx: ReadContext, text: str, language: str | None, around: str | None = None
) -> str | None:
    """The money folded text names in words, each name a word of its own ("kr" is no part of "kredit"):
    a name of the page's language first, then one any language gives a single code. A name languages
    share ("kr": SEK, DKK or NOK) means the page's language's money, else the money of the country
    the text (or the folded text `around` it) names."""
    page = BY_LANGUAGE.get(language or "")
    own = page.currency_names if page is not None else {}
    for names in (own, ctx.lexicon.currency_names):
        code = next((code for name, code in names.items() if _names(name, text)), None)
        if code is not None:
            return code
    for name, codes in SHARED_CURRENCY_NAMES.items():
        if _names(name, text):
            # An ISO 4217 code begins with the ISO 3166 code of the country whose money it is.
            country = _named_country(ctx, around or text, {code[:2]: code for code in codes})
            if country is not None:
                return next(code for code in codes if code.startswith(country))
    return None


def _names(name: str, text: str) -> bool:
    """Whether the text prints the name as words of their own."""
    return name in text and _name_pattern(name).search(text) is not None


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def printed_currencies(lines: Sequence[Line]) -> Counter[str]:
    """How often each ISO code is printed on these lines, as a word or on a figure."""
    counts: Counter[str] = Counter()
    for line in lines:
        for word in line.words:
            bare = word.text.strip("():,.[]")
            if bare in CURRENCY_CODES:
                counts[bare] += 1
            elif not bare.isalpha() and (code := CURRENCY_SYMBOLS.get(bare)):
                counts[code] += 1  # "VALORES EM R$": a sign that names one money, apart from a figure
            money = parse_money(word.text)
            if money is not None and money.currency:
                counts[money.currency] += 1
    return counts


def iban_currency(lines: Sequence[Line]) -> str | None:
    """The money of the country of the first valid IBAN printed on these lines (in groups or in one
    word): the account's, where nothing else names it."""
    for line in lines:
        words = [w.text.strip(":,;.()") for w in line.words]
        for start, word in enumerate(words):
            if _IBAN_START.match(word) is None or word[:2] not in IBAN_CURRENCIES:
                continue
            joined = word
            for group in words[start + 1 :]:
                if _iban_valid(joined) or not group.isalnum() or len(joined + group) > _IBAN_LONGEST:
                    break
                joined += group
            if _iban_valid(joined):
                return IBAN_CURRENCIES[word[:2]]
    return None


def home_currency(ctx: ReadContext, lines: Sequence[Line]) -> str | None:
    """The money of the country an account is held in, for a statement whose figures and labels name
    none (a British or New Zealand account printing bare figures): the country of the bank code its
    number is given with ("Sort code", "BSB"), else the country its address ends in, else its postal
    codes, else its international phone numbers. None where the statement names no country."""
    text = "\n".join(line.text for line in lines)
    country = (
        _bank_code_country(ctx, lines)
        or _address_country(ctx, lines)
        or _postcode_country(ctx, text, _HOME_POSTCODES)
        or _dialled_country(ctx, text)
    )
    return COUNTRY_CURRENCIES.get(country) if country is not None else None


def _bank_code_country(ctx: ReadContext, lines: Sequence[Line]) -> str | None:
    """The country of the first bank code printed under a label that one country's banks print."""
    countries = {tuple(label.split()): code for label, code in ctx.lexicon.bank_code_countries.items()}
    for hit in _find_label(lines, tuple(ctx.lexicon.bank_code_countries)):
        value = (_after(lines[hit.line_index], hit) or _below(lines, hit))[:1]
        if value and any(c.isdigit() for c in value[0].text):
            return countries.get(tuple(_keys(lines[hit.line_index])[hit.start : hit.end]))
    return None


def _address_country(ctx: ReadContext, lines: Sequence[Line]) -> str | None:
    """The country an address names on a line of its own, or after its last comma ("..., New Zealand"):
    the one named most often."""
    ends = (fold(line.text).rsplit(",", 1)[-1].strip(" .") for line in lines)
    return _most(Counter(country for end in ends if (country := ctx.lexicon.countries.get(end))))


def _iban_valid(text: str) -> bool:
    """Whether the text is an IBAN whose check digits hold (ISO 13616: the number mod 97 is 1)."""
    if not _IBAN_WHOLE.match(text):
        return False
    moved = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_IBAN_START = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]*$")
_IBAN_WHOLE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")
_IBAN_LONGEST = 34


def dollar_of(ctx: ReadContext, lines: Sequence[Line]) -> str | None:
    """Which dollar a bare "$" means, from the strongest clue the statement gives: the postal codes
    printed, else the countries it names, else its international phone numbers, else its language."""
    joined = "\n".join(line.text for line in lines)
    for clue in (_postcode_country, _named_dollar_country, _dialled_country, _language_country):
        country = clue(ctx, joined)
        if country is not None:
            return DOLLAR_COUNTRIES[country]
    return None


def franc_of(ctx: ReadContext, lines: Sequence[Line], code: str | None) -> str | None:
    """The franc CFA a statement means: "FCFA" is read as West Africa's (XOF), but a statement that
    names a country of Central Africa, and no code, is in XAF."""
    if code != "XOF" or any(w.text.strip("():,.[]") == "XOF" for line in lines for w in line.words):
        return code
    country = _named_country(ctx, "\n".join(line.text for line in lines), CFA_COUNTRIES)
    return code if country is None else CFA_COUNTRIES[country]


# The postal codes that tell a dollar country apart, in the order they are tried (a town then four
# digits is Singapore's and others' too: Australia is told by the state before its code).
_DOLLAR_POSTCODES = ("CA", "US", "AU")
_DIALLED = re.compile(
    r"(?<![\w+])\+(" + "|".join(sorted(DIALLING_CODES, key=len, reverse=True)) + r")(?=[ .\-(]?\d)"
)


# The postal codes that tell the country of an account whose figures are bare: those of the dollars, and
# Britain's (letters and digits no other country's codes take).
_HOME_POSTCODES = (*_DOLLAR_POSTCODES, "GB")


def _postcode_country(
    ctx: ReadContext, text: str, countries: Sequence[str] = _DOLLAR_POSTCODES
) -> str | None:
    postcodes = ctx.lexicon.postcodes
    return next(
        (c for c in countries if c in postcodes and re.search(postcodes[c], text, re.MULTILINE)),
        None,
    )


def _named_dollar_country(ctx: ReadContext, text: str) -> str | None:
    return _named_country(ctx, text, DOLLAR_COUNTRIES)


def rupee_of(ctx: ReadContext, lines: Sequence[Line]) -> str | None:
    """Which rupee "Rs" means: the money of the country the statement names (India's, Pakistan's, Sri
    Lanka's, ...); None where it names none of them."""
    country = _named_country(ctx, "\n".join(line.text for line in lines), RUPEE_COUNTRIES)
    return RUPEE_COUNTRIES[country] if country is not None else None


_RUPEES = re.compile(r"(?<![\w.])rs\.?(?!\w)")  # "Rs", "Rs." in folded text, not in "Mrs" or "RS12"


def _named_country(ctx: ReadContext, text: str, among: Mapping[str, str]) -> str | None:
    """The country among these that the text names most often."""
    folded = fold(text).replace("’", "'")
    named = Counter(
        country
        for name, country in ctx.lexicon.countries.items()
        if country in among
        for _ in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
    )
    return _most(named)


def _dialled_country(ctx: ReadContext, text: str) -> str | None:
    return _most(Counter(DIALLING_CODES[code] for code in _DIALLED.findall(text)))


def _language_country(ctx: ReadContext, text: str) -> str | None:
    """Dollar statements printed in French are Canadian."""
    return "CA" if language_of(fold(text).split()) == "fr" else None


def _most(counts: Counter[str]) -> str | None:
    """The one country named most often; None when none is, or two are as often."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# ---- period ------------------------------------------------------------------------------------


def period(
    ctx: ReadContext, lines: Sequence[Line], order: NumericOrder, language: str | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The statement period: the first "<date> to <date>" (or "du ... au ...") that reads as one, its
    months' names read in the statement's `language`."""
    for text in _period_texts(lines):
        matches = list(_DATE_IN_TEXT.finditer(text))
        for first, second in pairwise(matches):
            if not _CONNECTOR.match(text[first.end() : second.start()]):
                continue
            end = _full(parse_partial(second.group(0)), order, None, language)
            if end is None:
                continue
            start = _full(parse_partial(first.group(0)), order, end, language)
            if start is not None and start <= end and (end - start).days <= 400:
                return start, end
        yearless = _yearless_start(text, order, language)
        if yearless is not None:
            return yearless
        shared = _shared_month(text, language)
        if shared is not None:
            return shared
    start, end = _labelled_period(lines, order, language)
    if (start, end) == (None, None):
        return _named_month(lines, language)
    return start, end


def period_order(lines: Sequence[Line]) -> NumericOrder | None:
    """The order a period of two all-numeric dates is printed in, where it reads as a period in one
    order only ("01/10/2025 - 02/09/2025": 10 January to 9 February, for 1 October to 2 September runs
    backwards); None where no such period is printed."""
    for text in _period_texts(lines):
        matches = list(_DATE_IN_TEXT.finditer(text))
        for first, second in pairwise(matches):
            start, end = parse_partial(first.group(0)), parse_partial(second.group(0))
            if start is None or end is None or not (start.numeric and end.numeric):
                continue
            if not _CONNECTOR.match(text[first.end() : second.start()]):
                continue
            orders = [order for order in NumericOrder if _reads_as_a_period(start, end, order)]
            if len(orders) == 1:
                return orders[0]
    return None


def _reads_as_a_period(first: PartialDate, second: PartialDate, order: NumericOrder) -> bool:
    end = _full(second, order, None, None)
    start = _full(first, order, end, None) if end is not None else None
    return start is not None and end is not None and start <= end and (end - start).days <= 400


def _yearless_start(text: str, order: NumericOrder, language: str | None) -> tuple[dt.date, dt.date] | None:
    """ "vom 01.03. bis 31.03.2025", "du 01/03 au 31/03/2025": a period whose first day is printed
    without its year, which the last day's gives, and as the last day is (a page's number before a
    date, "Seite 1/2 - 31.03.2025", is none)."""
    for match in _YEARLESS_START.finditer(text):
        second = _DATE_IN_TEXT.match(text, match.end())
        if second is None or not _printed_alike(match.group(1), second.group(0)):
            continue
        end = _full(parse_partial(second.group(0)), order, None, language)
        if end is None:
            continue
        start = _full(parse_partial(match.group(1)), order, end, language)
        if start is not None and start <= end and (end - start).days <= 400:
            return start, end
    return None


# A day and month without a year, a connector, and (looked for after it) the period's last day.
_YEARLESS_START = re.compile(rf"(?<![\d.,/-])(\d{{1,2}}[/.\-]\d{{1,2}}\.?)\s*{_RANGE}\s*:?\s*(?=\d)")


def _printed_alike(day_and_month: str, date: str) -> bool:
    """Whether a day and month are printed as a whole date's first two parts are: the same mark after
    the first, and both in two digits where the date pads a part with a zero ("01.03." beside
    "31.03.2025", not "1/2" beside it): a statement prints its dates in one form."""
    start, end = _FIRST_PARTS.match(day_and_month), _FIRST_PARTS.match(date)
    if start is None or end is None or start[2] != end[2]:
        return False
    padded = end[1].startswith("0") or end[3].startswith("0")
    return not padded or len(start[1]) == len(start[3]) == 2


_FIRST_PARTS = re.compile(r"(\d+)([/.\-])(\d+)")


def _period_texts(lines: Sequence[Line]) -> Iterator[str]:
    """Each line's text, folded; a line that ends on a connector ("January 1, 2026 to") joined with the
    next, which prints the period's end."""
    texts = [fold(line.text).replace("’", "'") for line in lines]
    for n, text in enumerate(texts):
        following = texts[n + 1] if n + 1 < len(texts) else None
        yield f"{text} {following}" if following is not None and _ENDS_ON_CONNECTOR.search(text) else text


_ENDS_ON_CONNECTOR = re.compile(rf"\s{_RANGE}\s*:?$")


def _named_month(lines: Sequence[Line], language: str | None) -> tuple[dt.date | None, dt.date | None]:
    """A statement titled by its month ("Extracto de enero 2022", "Kontoauszug Dezember 2021") covers it."""
    for line in lines:
        text = fold(line.text)
        if not _PERIOD_TITLE.search(text):
            continue
        match = next(
            (m for m in _MONTH_YEAR.finditer(text) if not _DAY_BEFORE.search(text, 0, m.start())), None
        )
        if match is not None:
            year, month = int(match[2]), month_named(match[1], language)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return dt.date(year, month, 1), following - dt.timedelta(days=1)
    return None, None


_PERIOD_TITLE = re.compile(_words(ALL.period_words))
# "Dezember 2021", "enero de 2022", and the year after a slash: "JUN/2025", "Tháng 6/2025".
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\b\.?(?:{DATE_JOINER}| |/)((?:19|20)\d\d)\b")
# A day before a month's name makes it a date's, not a title's: "Statement date: 15/Jun/2025", "15 Jun
# 2025", "15. Juni 2025", "15 de junio de 2025".
_DAY_BEFORE = re.compile(rf"\d(?:[ /.-]|\. |{DATE_JOINER})$")


def _shared_month(text: str, language: str | None) -> tuple[dt.date, dt.date] | None:
    """ "November 1 - 30, 2024" or "1 - 30 novembre 2024": one month named for both days."""
    for pattern, order in ((_MONTH_DAYS, ("m", "a", "b", "y")), (_DAYS_MONTH, ("a", "b", "m", "y"))):
        match = pattern.search(text)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month, year = month_named(parts["m"], language), int(parts["y"])
        try:
            start, end = dt.date(year, month, int(parts["a"])), dt.date(year, month, int(parts["b"]))
        except ValueError:
            continue
        if start <= end:
            return start, end
    return None


def _labelled_period(
    lines: Sequence[Line], order: NumericOrder, language: str | None
) -> tuple[dt.date | None, dt.date | None]:
    """Start and end printed as two labelled fields. An end label of one word ("bis", "hasta") without a
    start is the period's only on a line that names the period: else it dates a payment ("zahlbar bis")."""
    start = labelled_date(lines, _START_LABELS, order, language)
    end = labelled_date(lines, _END_LABELS, order, language)
    if start is None:
        titled = [line for line in lines if _PERIOD_TITLE.search(fold(line.text))]
        end = labelled_date(lines, _NAMED_END_LABELS, order, language) or labelled_date(
            titled, _END_LABELS, order, language
        )
    if start is not None and end is not None and not start <= end:
        return None, None
    return start, end


def labelled_date(
    lines: Sequence[Line], labels: Sequence[str], order: NumericOrder, language: str | None
) -> dt.date | None:
    """A date printed after (or under) one of these labels."""
    for hit in _find_label(lines, labels):
        for words in (_after(lines[hit.line_index], hit), _below(lines, hit)):
            value = _date_in(words, order, language)
            if value is not None:
                return value
    return None


def _date_in(
    words: Sequence[Word], order: NumericOrder, language: str | None, end: dt.date | None = None
) -> dt.date | None:
    for size in range(min(DATE_WORDS, len(words)), 0, -1):
        date = _full(parse_partial(" ".join(w.text for w in words[:size])), order, end, language)
        if date is not None:
            return date
    return None


def _full(
    date: PartialDate | None, order: NumericOrder, end: dt.date | None, language: str | None
) -> dt.date | None:
    if date is None:
        return None
    md = month_day(in_language(date, language), order)
    if md is None:
        return None
    month, day = md
    year = None if date.year is None else full_year(date.year, end.year if end else None)
    if year is None:
        if end is None:
            return None
        year = end.year if (month, day) <= (end.month, end.day) else end.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---- page numbers ------------------------------------------------------------------------------


def printed_pages(lines: Sequence[Line]) -> tuple[tuple[int, int], ...]:
    """Each page number these lines print with the statement's count of pages ("Page 2 of 3", "Seite 2
    von 3", "2/3" after a page word or alone on its line, "2 of 3" ending a line or a run of words
    apart from the rest of it), as (number, count), in the order printed."""
    found: list[tuple[int, int]] = []
    for line in lines:
        text = fold(line.text)
        match = _PAGE_NUMBER.search(text) or _PAGE_FRACTION.match(text)
        if match is None and _PAGE_COUNT.search(text):  # where a run of words may end with one
            runs = (fold(" ".join(w.text for w in run)) for run in line.segments())
            match = next(filter(None, map(_PAGE_COUNT_AT_END.search, runs)), None)
        if match is None:
            continue
        number, count = int(match[1]), int(match[2])
        if 1 <= number <= count:
            found.append((number, count))
    return tuple(found)


def _of_word(word: str) -> str:
    """The word as OCR may print it: its letter o read as a zero ("1 0F 3", or "10F3" run together)."""
    return "".join("[o0]" if c == "o" else re.escape(c) for c in word)


_PAGE_WORDS = "|".join(
    re.escape(w) for w in sorted(ALL.page_furniture, key=len, reverse=True) if " " not in w
)
_OF = "(?:" + "|".join(_of_word(w) for w in sorted(ALL.page_of_words, key=len, reverse=True)) + ")"
_PAGE_NUMBER = re.compile(rf"\b(?:{_PAGE_WORDS})\b\.?\s*:?\s*(\d{{1,3}})\s*(?:{_OF}|/)\s*(\d{{1,3}})\b")
_PAGE_COUNT = re.compile(rf"\d\s*{_OF}\s*\d")
_PAGE_COUNT_AT_END = re.compile(rf"(?:^|\s)(\d{{1,3}})\s*{_OF}\s*(\d{{1,3}})\s*$")
_PAGE_FRACTION = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")


# ---- holder and institution --------------------------------------------------------------------


def holder(lines: Sequence[Line]) -> tuple[str | None, str | None]:
    """The holder's name and address: a holder label, else the mailing block, else a name label."""
    name = _labelled_name(lines, _HOLDER_LABELS)
    address = None
    for hit in _find_label(lines, _ADDRESS_LABELS):
        block = _block_from(lines, hit.line_index, _after(lines[hit.line_index], hit))
        if block:
            address = ", ".join(block)
            break
    bank = institution(lines)
    block_name, block_address = _mailing_block(lines, bank)
    if name is None:
        name = block_name or _labelled_name(lines, _NAME_LABELS)
    if name is None and block_address is None:
        name = _lone_name(lines, bank)
    if address is None:
        address = block_address
    if address is None and name is not None:
        address = _under_name(lines, name)
    return name, address


def _labelled_name(lines: Sequence[Line], labels: Sequence[str]) -> str | None:
    for hit in _find_label(lines, labels):
        after = _after(lines[hit.line_index], hit)
        if fold(" ".join(w.text for w in after)).strip(" :") in _OTHER_FIELDS:
            # A row of labels over a row of values ("Account Holder   IBAN   Swift/BIC"): the name is
            # under its label, and the next label is no name.
            after = []
        words = after or _below(lines, hit)
        text = " ".join(w.text for w in words).strip(" :")
        # "Customer Statement" is a title that opens with a name label, not a label and a name.
        if (
            text
            and not any(c.isdigit() for c in text)
            and len(text.split()) <= 8
            and not _NOT_A_NAME.search(fold(text))
        ):
            return text
    return None


def _block_from(lines: Sequence[Line], index: int, first: Sequence[Word]) -> list[str]:
    """A labelled address: the value after the label, then the lines under it, to the postal code."""
    if not first:
        return []
    parts = [" ".join(w.text for w in first)]
    x0 = first[0].x0
    previous = lines[index]
    for line in lines[index + 1 : index + 4]:
        if line.page != previous.page or line.top - previous.bottom > 1.2 * previous.height:
            break
        segment = _segment_at(line, x0)
        if not segment or _POSTCODE.search(parts[-1]):
            break
        parts.append(" ".join(w.text for w in segment))
        previous = line
    return parts


def _segment_at(line: Line, x0: float) -> tuple[Word, ...] | None:
    for segment in line.segments():
        if abs(segment[0].x0 - x0) < 3:
            return segment
    return None


def _mailing_block(lines: Sequence[Line], bank: str | None = None) -> tuple[str | None, str | None]:
    """Lines stacked at one x on the first page, one of which holds a postal code.

    The block's first line is the name unless it starts with a house number (no name printed), or is
    the `bank`'s name printed over the block in the same type, surely a bank's (the holder's is the
    next).
    """
    first_page = lines[0].page if lines else 0
    page_lines = [ln for ln in lines if ln.page == first_page]
    for index, line in enumerate(page_lines):
        for segment in line.segments():
            text = " ".join(w.text for w in segment)
            ocr = any(w.confidence is not None for w in segment)
            fixed = _ocr_postcode(text) if ocr else text
            if not _is_postal(fixed) or parse_money(segment[-1].text) is not None:
                continue
            block = _block_up(page_lines, index, segment) + _block_down(page_lines, index, segment)
            if len(block) < 2:
                continue
            block = [fixed if part == text else part for part in block]
            if block[0] == bank and len(block) >= 3 and _STRONG_CUES.search(fold(bank)):
                block = block[1:]
            if block[0][:1].isdigit():
                return None, ", ".join(block)
            return block[0], ", ".join(block[1:])
    return None, None


_CA_LOOSE = re.compile(r"\b(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),? ([A-Z0-9]{3}) ?([A-Z0-9]{3})$")
_AS_LETTER = str.maketrans("01527", "OISZT")  # not 8: it stands for B and for S alike
_AS_DIGIT = str.maketrans("OILSBZG", "0115826")
_UK_LOOSE = re.compile(
    r"(?:^|, |\b[A-Z][a-z]+ )(?P<area>[A-Z]{1,2})(?P<district>[\dOIl|!S])(?P<sub>[A-Z\d]?) "
    r"(?P<sector>[\dOILSBZG])(?P<unit>[A-Z]{2})$"
)


def _ocr_postcode(text: str) -> str:
    """A Canadian postal code after a province, with OCR's letter/digit confusions undone by position
    (letter-digit-letter digit-letter-digit), or a British one whose digits OCR read as marks or
    letters ("HG! SBR", "YOI0 2BW": the district and the sector are digits); other text is returned
    as read."""
    uk = _UK_LOOSE.search(text)
    if uk is not None:
        district = uk["district"].translate(_AS_DIGIT).replace("!", "1").replace("|", "1").replace("l", "1")
        sector = uk["sector"].translate(_AS_DIGIT)
        return f"{text[: uk.start('area')]}{uk['area']}{district}{uk['sub']} {sector}{uk['unit']}"
    match = _CA_LOOSE.search(text)
    if match is None:
        return text
    code = match.group(2) + match.group(3)
    fixed = "".join(
        c.translate(_AS_LETTER) if i % 2 == 0 else c.translate(_AS_DIGIT) for i, c in enumerate(code)
    )
    if not re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", fixed):
        return text
    return text[: match.start(2)] + fixed[:3] + " " + fixed[3:]


def _is_postal(text: str) -> bool:
    """A line that ends an address: it holds a postal code, and is not a dated label line."""
    if not _POSTCODE.search(text):
        return False
    words = [fold(w).strip(".,") for w in text.split()]
    return not any(w in ALL.months for w in words) and not _LABELISH.search(" ".join(words))


def _block_up(lines: Sequence[Line], index: int, last: Sequence[Word]) -> list[str]:
    """The lines above `last` that start at its x, skipping lines of a column printed beside it."""
    x0 = last[0].x0
    parts = [" ".join(w.text for w in last)]
    top = lines[index].top
    height = lines[index].height
    for line in reversed(lines[max(0, index - 12) : index]):
        if top - line.bottom > 1.2 * height:
            break
        segment = _segment_at(line, x0)
        if segment is None:
            continue
        text = " ".join(w.text for w in segment)
        if ":" in text or parse_money(segment[-1].text) is not None or len(parts) >= _TITLED_BLOCK_LINES:
            break
        if _POSTCODE.search(text) or line.height < _RETURN_ADDRESS * height:
            break  # a whole address on one line, in small type over the window: the sender's
        if line.height > _TITLE * height:
            break  # the bank's name or the statement's title over the block, in larger type
        titled = _titled(text.split())
        if not titled and _STATEMENTS_OWN.search(fold(text)):
            break  # the statement's own line stacked over the block ("Statement number 42", "Account 1234")
        parts.insert(0, text)
        top = line.top
        if titled:
            return parts  # the holder's name, its title first, opens the block
    # Without a titled name to open it, a block is a name and a few lines of address at most: lines
    # stacked higher are the statement's own (its title, its account, its period).
    return parts[-_BLOCK_LINES:]


def _titled(words: Sequence[str]) -> bool:
    """Whether these words are a person's name after its title ("Sig.ra Maria Grazia De Luca", "MR J
    SMITH")."""
    return len(words) >= 2 and _a_title(words[0])


def _a_title(word: str) -> bool:
    """Whether a word is a title a name may open with ("Sig.", "MR", "Exmo.")."""
    return fold(word).rstrip(".") in _NAME_TITLES


_BLOCK_LINES = 5
# Words of the statement's own lines, which no name or address prints: its labels and headings, and the
# labels of its account.
_STATEMENTS_OWN = re.compile(_words((*ALL.field_words, *_ACCOUNT_LABELS)))
_TITLED_BLOCK_LINES = 8  # a titled name over a long address: flat, house, street, district, town, code


_RETURN_ADDRESS = 0.8  # of the block's letter height: a sender's line printed smaller over the window
_TITLE = 1.25  # of the block's letter height: a title printed larger over the block is no part of it


def _block_down(lines: Sequence[Line], index: int, last: Sequence[Word]) -> list[str]:
    """Further postal lines under `last` at its x (a country, a second postcode line)."""
    x0 = last[0].x0
    parts: list[str] = []
    bottom = lines[index].bottom
    height = lines[index].height
    for line in lines[index + 1 : index + 6]:
        if line.top - bottom > 1.2 * height:
            break
        segment = _segment_at(line, x0)
        if segment is None:
            continue
        text = " ".join(w.text for w in segment)
        if ":" in text or parse_money(segment[-1].text) is not None or not _is_postal(text):
            break
        parts.append(text)
        bottom = line.bottom
    return parts


def _under_name(lines: Sequence[Line], name: str) -> str | None:
    """Address lines stacked under the holder's name where the block has no postal code."""
    target = fold(name)
    for index, line in enumerate(lines):
        for segment in line.segments():
            if fold(" ".join(w.text for w in segment)) != target:
                continue
            parts: list[str] = []
            bottom, height = line.bottom, line.height
            for below in lines[index + 1 : index + 8]:
                if below.page != line.page or below.top - bottom > 1.2 * height or len(parts) >= 4:
                    break
                under = _segment_at(below, segment[0].x0)
                if under is None:
                    continue
                text = " ".join(w.text for w in under)
                if (
                    ":" in text
                    or parse_money(under[-1].text) is not None
                    or _LABELISH.search(fold(text))
                    or _find_label([below], _ACCOUNT_LABELS)  # the account's number: the address ended
                ):
                    break
                parts.append(text)
                bottom = below.bottom
            return ", ".join(parts) if parts else None
    return None


def _lone_name(lines: Sequence[Line], skip: str | None) -> str | None:
    """A person's name printed alone near the top of the first page, when nothing else names the holder."""
    if not lines:
        return None
    first_page = lines[0].page
    for line in lines:
        if line.page != first_page:
            break
        for segment in line.segments():
            words = [w.text for w in segment]
            text = " ".join(words)
            titled = _titled(words)
            most = _TITLED_NAME_WORDS if titled else _NAME_WORDS
            if not 2 <= len(words) <= most or (skip and fold(text) == fold(skip)):
                continue
            # A particle between a name's parts is printed small ("W. de Boer", "Jan van der Berg"), or
            # elided onto the next part ("Marie d'Aubigné").
            if not words[0][:1].isupper() or not all(
                _name_part(w) and w.replace("-", "").replace("'", "").replace(".", "").isalpha()
                for w in words
            ):
                continue
            # A title ("Sig.", "Exmo. Senhor") may be a word that makes other lines no name ("Gentile Sig.
            # ..."): the name after its titles is judged alone.
            key = fold(" ".join(dropwhile(_a_title, words)))
            if not key:
                continue
            if _INSTITUTION_CUES.search(key) or _NOT_A_NAME.search(key) or _LABELISH.search(key):
                continue
            if _ACCOUNT_KIND.search(key):
                continue  # the account's title ("Privatkonto CHF"), no person's name
            # Months' names are names too ("Jan Peeters", "LIM MEI LING"): only a line mostly of them is none.
            if 2 * sum(fold(w).strip(".") in ALL.months for w in words) > len(words):
                continue
            return text
    return None


_NAME_WORDS = 4  # "LIM MEI LING", "Jan van der Berg"
_TITLED_NAME_WORDS = 7  # a title opens the name: "Sig.ra Maria Grazia De Luca Bianchi"


# A name the header could be the bank's: (strength, position, -height, name), the least is the best.
# Strength 0: a word only banks' names have; 1: a word financial names have; 2: a title alone at the
# top of the first page; 3: the name a legal notice opens with. Position: lower down, or a later
# page, is worse; larger lettering is better.
_Candidate = tuple[int, float, float, str]


def institution(lines: Sequence[Line], holder: str | None = None) -> str | None:
    """The bank's name: a bank-like name, the most prominent near the top of the first page; else the
    largest text at the top of the first page; never the `holder`'s name, where it is known."""
    if not lines:
        return None
    first_page = lines[0].page
    candidates = [
        c for number, line in enumerate(lines) for c in _named_in(line, number, first_page) if c[3] != holder
    ]
    if not candidates:
        return None
    best = min(candidates)
    best = (*best[:3], _without_marks(best[3]))
    if best[0] == 2:
        # Without a cue word, only the largest lettering at the top counts as a name.
        best = min((c for c in candidates if c[0] == 2), key=lambda c: (c[2], c[1]))
    return best[3]


def _named_in(line: Line, number: int, first_page: int) -> list[_Candidate]:
    """The names of the bank that this line (the `number`th of the header) may print."""
    found: list[_Candidate] = []
    segments = line.segments()
    for printed in segments:
        segment = _without_logo_glyph(printed)
        text = " ".join(w.text for w in segment).strip()
        if segment and segment[-1].confidence is not None:
            text = _legal_form(text)
        key = fold(text)
        height = max(w.bottom - w.top for w in segment)
        position = (0 if line.page == first_page else 10_000) + line.top
        if len(segment) > 6:
            # A legal notice opens with the issuer's name ("Northbank plc is authorised by ...").
            named = _name_opening(segment)
            if named is not None and not _NOT_A_NAME.search(fold(named)):
                found.append((3, position, -height, named))
            if not _long_name(segment):
                continue
        if "www" in key or "@" in key or any(c.isdigit() for c in text) or ":" in text:
            continue
        if _NOT_A_NAME.search(key):
            continue
        # A title stands alone on its line, or opens it in larger lettering than the rest ("Baobab
        # Wallet" over "Account Statement"); "Chequing" beside "Account type" is a value.
        title = (
            line.page == first_page and number < 4 and len(segment) <= 4 and _stands_out(printed, segments)
        )
        strength = _name_strength(key, title=title)
        if strength is not None:
            found.append((strength, position - 5 * height, -height, text))
    return found


def _long_name(segment: Sequence[Word]) -> bool:
    """Whether a segment of many words is a name, not a sentence: each word capitalised, or a particle or
    a word that joins a name's parts ("Caisse Régionale de Crédit Mutuel de l'Est et du Centre")."""
    return len(segment) <= _LONG_NAME_WORDS and all(
        _name_part(w.text) or fold(w.text) in _FUNCTION_WORDS for w in segment
    )


def _name_part(word: str) -> bool:
    """Whether a word may be a part of a name: capitalised, elided onto a capitalised part ("l'Est",
    "d'Aubigné", "dell'Emilia"), or a particle between its parts ("de", "van der")."""
    return word[:1].isupper() or word.rpartition("'")[2][:1].isupper() or fold(word) in _NAME_PARTICLES


_LONG_NAME_WORDS = 12  # "Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Ile-de-France"
_FUNCTION_WORDS = frozenset(ALL.function_words)


def _stands_out(segment: tuple[Word, ...], segments: Sequence[tuple[Word, ...]]) -> bool:
    """Whether a segment is its line's only one, or its first in lettering larger than the others'."""
    if len(segments) == 1:
        return True
    others = max(w.bottom - w.top for other in segments[1:] for w in other)
    return segment is segments[0] and min(w.bottom - w.top for w in segment) > _TITLE_SIZE * others


_TITLE_SIZE = 1.2  # a title's lettering, against the rest of its line


def account_titled(name: str) -> str | None:
    """The kind of account a name read as a bank's names, where nothing in it surely names a bank
    ("Advantage Savings", an account's title in large type): None for a bank's name."""
    key = fold(name)
    return None if _STRONG_CUES.search(key) else account_type(key)


def _name_strength(key: str, *, title: bool) -> int | None:
    """How surely a short folded text is a bank's name (see `_Candidate`); None: it is not one."""
    if _STRONG_CUES.search(key):
        return 0
    # "Crédit" names banks in French and heads columns in English: a cue word that opens a name of two
    # words or more counts as no label there ("Crédit Mutuel du Val", not "Credit" alone), unless the
    # name is a kind of account or card ("Credit Card", "Credit Limit").
    cues = set(_INSTITUTION_CUES.findall(key))
    kind = _ACCOUNT_KIND.search(key) or _CARD_CUE.search(key)
    opening = set() if kind else {c for c in cues if key.startswith(c + " ")}
    if cues and not set(_LABELISH.findall(key)) - opening:
        return 1
    if title and not _LABELISH.search(key):
        return 2
    return None


def _name_opening(words: Sequence[Word]) -> str | None:
    """The bank's name that opens a sentence: capitalised words up to a word naming a bank, and the
    legal form after it."""
    run: list[str] = []
    for word in words[:8]:
        if not (word.text[:1].isupper() or fold(word.text) in _NAME_PARTICLES):
            break
        run.append(word.text)
    key = fold(" ".join(run))
    cues = list(_STRONG_CUES.finditer(key))
    if not cues:
        return None
    count = len(key[: cues[-1].end()].split())
    if count < len(words) and fold(words[count].text).strip(",") in ALL.legal_forms:
        count += 1
    return " ".join(w.text for w in words[:count]).rstrip(",")


_NAME_PARTICLES = frozenset(ALL.name_particles)


def _legal_form(name: str) -> str:
    """A company's legal form at the end of a name, as OCR misreads it ("Bank ple" is "Bank plc")."""
    head, _, last = name.rpartition(" ")
    fixed = ALL.legal_form_misreads.get(fold(last))
    if not head or fixed is None:
        return name
    return f"{head} {fixed.upper() if last.isupper() else fixed}"


def _without_logo_glyph(segment: tuple[Word, ...]) -> tuple[Word, ...]:
    """Drop a logo that OCR read as a letter or two before a name: marks far taller than the
    lettering beside them."""
    if len(segment) < 2 or len(segment[0].text) > 2:
        return segment
    rest = sorted(w.bottom - w.top for w in segment[1:])
    return segment[1:] if segment[0].bottom - segment[0].top > 1.5 * rest[len(rest) // 2] else segment


def _without_marks(text: str) -> str:
    """Drop a logo's leftovers before a name: leading words of brackets and marks without letters."""
    words = text.split()
    while len(words) > 1 and (
        any(c in "()[]|{}<>" for c in words[0]) or not any(c.isalpha() for c in words[0])
    ):
        words = words[1:]
    return " ".join(words)
