"""Dates as printed on statements: with or without a year, numeric or with English/French month names.

A printed date is read into a `PartialDate` first. Which of day and month comes first in `03/04` is
decided once per statement from all its dates (`numeric_order`), and a missing year is inferred from
the statement period (`resolve`), so a December-to-January statement gets both years right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

from ingest.extract.lexicon import ALL, SHARED_MONTH_NAMES, fold

MONTHS = ALL.months
_ORDINAL = "(?:" + "|".join(re.escape(o) for o in ALL.ordinal_suffixes if o != ".") + ")"
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4}|\d{2})"
# The word a written-out date sets between its day, month and year ("1 de agosto de 2025"), with the
# space before it and the one after it, which a word elided before a vowel leaves out ("4 d'agost").
DATE_JOINER = (
    "(?: (?:" + "|".join(re.escape(j) + ("" if j.endswith("'") else " ") for j in ALL.date_joiners) + "))"
)
# What closes the year that begins a written date: a point ("2025. március") or the word a language
# marks the year with ("2025. gada", "2025 m."), with the spaces around them.
YEAR_CLOSE = r"(?:\.? (?:" + "|".join(re.escape(m) for m in ALL.year_marks) + r") ?|\. ?)"
_YEAR_FIRST = rf"(?P<year>\d{{4}}){YEAR_CLOSE}"
# The word a language prints after a written date's day ("balandžio 1 d."), with the space before it.
DAY_MARK = "(?: (?:" + "|".join(re.escape(m) for m in ALL.day_marks) + "))"
# A year printed alone, in the years statements are of; not a group of an account number or IBAN printed
# in groups of four ("DE31 2001 0020").
PRINTED_YEAR = re.compile(r"(?<![A-Z\d]{3}\d )\b(19[89]\d|20\d\d)\b(?! [A-Z\d]{3}\d(?:\s|$))")
# A short code of capitals right before a number owns it: a state before its postcode ("NSW 2000"), a
# currency before its amount ("EUR 2024"). A month's abbreviation ("DEC 2024") or a word that leads to
# a year ("DICIEMBRE DE 2022", "PERIOD TO 2024") is no such code.
_CODE_BEFORE = re.compile(r"\b([A-Z]{2,3}),? $")
_WORDS_BEFORE_YEAR = frozenset(MONTHS) | {
    word for phrase in (*ALL.function_words, *ALL.period_words) for word in phrase.split()
}


def printed_years(text: str) -> list[int]:
    """The years printed alone in a line of text, not those that are a postcode or an amount."""
    years = []
    for match in PRINTED_YEAR.finditer(text):
        code = _CODE_BEFORE.search(text, 0, match.start())
        if code is None or fold(code.group(1)) in _WORDS_BEFORE_YEAR:
            years.append(int(match.group(1)))
    return years


_PATTERNS = (
    # "2025-03-04T14:05:09Z": an export's ISO date with its time of day joined by a T (text is folded);
    # "2025.03.04." and "2025. 03. 04.", as Hungarian statements close each part with a point.
    (
        "ymd",
        re.compile(
            r"^(?P<year>\d{4})(?:[-/]|\. ?)(?P<a>\d{1,2})(?:[-/]|\. ?)(?P<b>\d{1,2})"
            r"(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?|\.)?$"
        ),
    ),
    # "20250304": an export's date with no separators, as the year begins it.
    ("ymd", re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<a>0[1-9]|1[0-2])(?P<b>0[1-9]|[12]\d|3[01])$")),
    # "19.01." closes a day and month with the dot German and Nordic statements print after each, and
    # "19.01.2025." the year with the dot Croatian statements print after it.
    ("numeric", re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})(?:[-/.](?P<year>\d{4}|\d{2})\.?|\.)?$")),
    # "1. 4. 2025": a space after each point, as Czech and Slovak print dates, the first of which a text
    # layer may drop ("1.12. 2025"); "1. 4." the day and month alone so, as Slovak statements date
    # their rows under a period that gives the year.
    ("numeric", re.compile(r"^(?P<a>\d{1,2})\. ?(?P<b>\d{1,2})\.(?: (?P<year>\d{4})\.?)?$")),
    # "2601." is "26.01." with the dot between day and month lost to OCR: the closing dot still shows it.
    ("numeric", re.compile(r"^(?P<a>\d{2})(?P<b>\d{2})\.$")),
    # "03-JAN-2025", and "03/ENE/2025" as Mexican and Indian statements print it; "5. ožujka 2025." with
    # the point Croatian closes a year with; "1 de agosto de 2025", written out in Portuguese or Spanish,
    # "4 d'agost de 2025" in Catalan.
    (
        "dmy",
        re.compile(
            rf"^(?P<day>\d{{1,2}}){_ORDINAL}?(?:\. ?|[ \-./]|{DATE_JOINER})?{_MONTH}"
            rf"(?:(?:{DATE_JOINER}|[ ,\-./]*){_YEAR}\.?)?$"
        ),
    ),
    # "2025. március 15.": the year, the month's name and the day, as Hungarian prints them, and
    # "2025 m. balandžio 1 d." with the marks Lithuanian sets after the year and the day; "2025 Mar 15"
    # with a space alone after the year, as wallet apps print a transfer's time.
    (
        "ymd-named",
        re.compile(
            rf"^(?:{_YEAR_FIRST}|(?P<bare_year>\d{{4}}) ){_MONTH} ?(?P<day>\d{{1,2}})(?:\.|{DAY_MARK})?$"
        ),
    ),
    # "2025. gada 1. aprīlis": the year, its mark, the day and the month's name, as Latvian prints them.
    ("ydm-named", re.compile(rf"^{_YEAR_FIRST}(?P<day>\d{{1,2}})\.? ?{_MONTH}$")),
    # "JAN 31/25", "JAN31/25": a two-digit year after a slash, as some Canadian statements print it.
    (
        "mdy",
        re.compile(
            rf"^{_MONTH}[ \-.]?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?[ \-.]*(?P<year>\d{{4}})|/(?P<short_year>\d{{2}}))?$"
        ),
    ),
    ("my", re.compile(rf"^{_MONTH}[ ,\-.]*(?P<year>\d{{4}})$")),
)


class NumericOrder(StrEnum):
    """How a statement writes all-numeric dates."""

    DAY_FIRST = "DAY_FIRST"  # 03/04 is 3 April
    MONTH_FIRST = "MONTH_FIRST"  # 03/04 is March 4


DATE_WORDS = 6  # the most words a printed date takes: "lunes, 1 de agosto de 2025"
NO_MONTH = 0  # a day printed alone ("07" under "Día"): its month is the statement period's


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A printed date before the statement-wide choices. For numeric dates, `a`/`b` are the two fields."""

    a: int  # day, or the first numeric field
    b: int  # month, or the second numeric field; NO_MONTH where the day is printed alone
    year: int | None
    numeric: bool  # True when a/b order is still to be decided
    # A month's name that languages give different months (`SHARED_MONTH_NAMES`): `b` is the month the
    # first language to name it gives, until the statement's language is known (`in_language`).
    month_name: str | None = None

    def candidates(self) -> list[tuple[int, int]]:
        """The (month, day) readings this date allows."""
        if not self.numeric:
            return [(self.b, self.a)]
        return [(m, d) for d, m in ((self.a, self.b), (self.b, self.a)) if 1 <= m <= 12 and 1 <= d <= 31]


def day_alone(day: int) -> PartialDate | None:
    """The day of the month printed alone, its month and year the period's; None where no day is."""
    return PartialDate(a=day, b=NO_MONTH, year=None, numeric=False) if 1 <= day <= 31 else None


# A pure function of its text, asked again of the same words by the table and the header.
@lru_cache(maxsize=16384)
def parse_partial(text: str) -> PartialDate | None:
    """Read one printed date (a few words joined by spaces), or None. A leading weekday is skipped."""
    # OCR leaves specks and quotes at the edges; type sets an elision's apostrophe as ’ ("d’agost"); a
    # footnote's star follows a date its note explains ("01/05/25*").
    clean = fold(text).strip().strip(",;:‘’'`\"|_-").removesuffix("*").replace("’", "'")
    clean = _SPACES.sub(" ", clean).strip()
    # OCR reads 0 as O and 1 as l or I next to digits ("O1 Jun 24"); month names keep their letters.
    clean = _OCR_ZERO.sub("0", clean)
    clean = _OCR_ONE.sub("1", clean)
    # A day read as letters alone ("Ol Jun 25"): only before a month name, where no word is that short.
    clean = _OCR_DAY.sub(lambda m: m[1] if m[1] in _DAY_LIKE_WORDS else m[1].translate(_DIGIT_OF), clean)
    clean = _YEAR_MARK.sub("", clean)  # "31.03.2025 г.": the year's mark is the date's
    # A weekday may share its letters with a month ("mar" is mardi and March): the whole reading first.
    dated = _parse_clean(clean)
    bracketed = _BRACKETED.match(clean)
    if dated is None and bracketed is not None:
        # A second date printed in brackets ("(02-Jul-25)" under its row's date) when it is whole: a
        # bare day and month in brackets may be a negative figure.
        inner = _parse_clean(bracketed[1])
        dated = inner if inner is not None and (inner.year is not None or not inner.numeric) else None
    weekday = _WEEKDAY.match(clean)
    if dated is None and weekday is not None:
        dated = _parse_clean(clean[weekday.end() :])
    return dated


_SPACES = re.compile(r"\s+")
_BRACKETED = re.compile(r"^\((.+)\)$")
_OCR_ZERO = re.compile(r"(?<![a-z])o(?=\d)|(?<=\d)o(?![a-z])")
_OCR_ONE = re.compile(r"(?<![a-z])[il](?=\d)|(?<=\d)[il](?![a-z])")
_DIGIT_OF = str.maketrans("oil|s", "01115")
# A word printed before a month name ("is June 30") is a word, though OCR letters may spell a day.
_DAY_LIKE_WORDS = frozenset(ALL.before_month)
_OCR_DAY = re.compile(
    r"^([oil|s\d]{1,2})(?= ?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)"
)
_YEAR_MARK = re.compile(r"(?<=\d{4}) ?(?:" + "|".join(re.escape(m) for m in ALL.year_marks) + r")$")
_WEEKDAY = re.compile(
    r"^(" + "|".join(re.escape(d) for d in sorted(ALL.weekdays, key=len, reverse=True)) + r")\.?,? "
)


def _parse_clean(clean: str) -> PartialDate | None:
    for kind, pattern in _PATTERNS:
        match = pattern.match(clean)
        if match is None:
            continue
        groups = match.groupdict()
        year = _year(groups.get("year") or groups.get("bare_year") or groups.get("short_year"))
        if kind == "ymd":
            a, b = int(groups["b"]), int(groups["a"])  # day, month
            return _valid(PartialDate(a=a, b=b, year=year, numeric=False))
        if kind == "numeric":
            pd = PartialDate(a=int(groups["a"]), b=int(groups["b"]), year=year, numeric=True)
            return pd if pd.candidates() else None
        name = groups["month"]
        day = int(groups["day"]) if groups.get("day") else 1
        if kind == "my":
            return None  # a month and year is a period label, not a transaction date
        shared = name if name in SHARED_MONTH_NAMES else None
        return _valid(PartialDate(a=day, b=MONTHS[name], year=year, numeric=False, month_name=shared))
    return None


def month_named(name: str, language: str | None) -> int:
    """The month a (folded) month's name means in the statement's language, where languages give it
    different months; the month of the merged table where they do not, or the language is unknown."""
    meant = SHARED_MONTH_NAMES.get(name, {})
    return meant.get(language, MONTHS[name]) if language is not None else MONTHS[name]


def printed_year_first(dates: Sequence[PartialDate]) -> bool:
    """Whether a statement's all-numeric dates of three parts print a year of two digits first
    ("25-04-02" for 2 April 2025, as Swedish, Korean and Japanese statements may): their first part
    stays the same (one year, or two across new year) while their last runs through the days, where a
    day first changes from row to row under one year; the middle one names a month or a quarter's
    months either way (a list over years of interest paid on the 1st of each month names more)."""
    if not dates or any(not d.numeric or d.year is None or not 1 <= d.year <= _DAYS for d in dates):
        return False
    firsts, lasts, months = {d.a for d in dates}, {d.year for d in dates}, {d.b for d in dates}
    return len(firsts) <= _YEARS_IN_A_STATEMENT < len(lasts) and len(months) <= _MONTHS_IN_A_STATEMENT


def as_year_first(date: PartialDate | None) -> PartialDate | None:
    """A date printed year first ("25-04-02") as its parts say: the last is the day, the first the year."""
    if date is None or not date.numeric or date.year is None:
        return date
    return PartialDate(a=date.year, b=date.b, year=date.a, numeric=False)


_DAYS = 31  # the most days of a month
_YEARS_IN_A_STATEMENT = 2  # a statement across new year prints two
_MONTHS_IN_A_STATEMENT = 3  # a quarter's


def in_language(date: PartialDate, language: str | None) -> PartialDate:
    """The date with its month's name read in the statement's language ("listopad" is October in a
    Croatian statement, November in a Polish one)."""
    if date.month_name is None:
        return date
    return replace(date, b=month_named(date.month_name, language))


def numeric_order(dates: Iterable[PartialDate], hint: NumericOrder | None = None) -> NumericOrder:
    """Decide day-first or month-first from the evidence of one statement's dates.

    A field over 12 settles it. Otherwise the reading under which the dates cover the shorter span
    wins (a statement covers weeks, not a year), then the one under which they run in order, then the
    hint (from an address), and day-first last since most of the world writes it.
    """
    dates = [d for d in dates if d.numeric]
    day_first = sum(1 for d in dates if d.a > 12 >= d.b)
    month_first = sum(1 for d in dates if d.b > 12 >= d.a)
    if day_first != month_first:
        return NumericOrder.DAY_FIRST if day_first > month_first else NumericOrder.MONTH_FIRST
    spans = {order: _span(dates, order) for order in NumericOrder}
    if abs(spans[NumericOrder.DAY_FIRST] - spans[NumericOrder.MONTH_FIRST]) > 31:
        return min(spans, key=lambda o: spans[o])
    ordered = {order: _inversions(dates, order) for order in NumericOrder}
    if ordered[NumericOrder.DAY_FIRST] != ordered[NumericOrder.MONTH_FIRST]:
        return min(ordered, key=lambda o: ordered[o])
    return hint or NumericOrder.DAY_FIRST


def month_day(date: PartialDate, order: NumericOrder) -> tuple[int, int] | None:
    """(month, day) of a partial date under the statement's numeric order; None where no month is
    printed."""
    if date.b == NO_MONTH:
        return None
    if not date.numeric:
        return date.b, date.a
    month, day = (date.b, date.a) if order is NumericOrder.DAY_FIRST else (date.a, date.b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day


def resolve(
    date: PartialDate,
    order: NumericOrder,
    period: tuple[dt.date | None, dt.date | None],
    fallback_year: int | None,
) -> dt.date | None:
    """A full date. A missing year is the one that puts the date inside (or nearest) the period, as a
    missing month is."""
    start, end = period
    anchor = end or start
    if date.b == NO_MONTH:
        return _day_in_period(date.a, start or anchor, end or anchor) if anchor else None
    md = month_day(date, order)
    if md is None:
        return None
    month, day = md
    if date.year is not None:
        return _safe_date(full_year(date.year, anchor.year if anchor else fallback_year), month, day)
    if anchor is None:
        return _safe_date(fallback_year, month, day) if fallback_year else None
    best: tuple[int, dt.date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        distance = _distance(candidate, start or anchor, end or anchor)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def parse_full(text: str, order: NumericOrder = NumericOrder.DAY_FIRST) -> dt.date | None:
    """A printed date that carries its year, e.g. in a header line; None otherwise."""
    pd = parse_partial(text)
    if pd is None or pd.year is None:
        return None
    return resolve(pd, order, (None, None), None)


def _day_in_period(day: int, start: dt.date, end: dt.date) -> dt.date | None:
    """The date of this day of the month within the period, else the nearest one to it."""
    first, last = start - dt.timedelta(days=31), end + dt.timedelta(days=31)
    year, month = first.year, first.month
    dates: list[dt.date] = []
    while (year, month) <= (last.year, last.month):
        if (date := _safe_date(year, month, day)) is not None:
            dates.append(date)
        year, month = year + month // 12, month % 12 + 1
    return min(dates, key=lambda d: _distance(d, start, end), default=None)


def _distance(day: dt.date, start: dt.date, end: dt.date) -> int:
    if day < start:
        return (start - day).days
    if day > end:
        return (day - end).days
    return 0


def _span(dates: list[PartialDate], order: NumericOrder) -> int:
    """Days covered by the dates read in this order, around the year (Dec to Jan is a short span)."""
    days = []
    for d in dates:
        md = month_day(d, order)
        if md is None:
            return 366
        days.append(dt.date(2000, md[0], min(md[1], 28)).timetuple().tm_yday)
    if len(set(days)) < 2:
        return 0
    ordered = sorted(set(days))
    gaps = [b - a for a, b in pairwise(ordered)] + [ordered[0] + 366 - ordered[-1]]
    return 366 - max(gaps)


def _inversions(dates: list[PartialDate], order: NumericOrder) -> int:
    keys = []
    for d in dates:
        md = month_day(d, order)
        if md is None:
            return len(dates) + 1
        keys.append((d.year or 0, *md))
    # Some statements run newest first: order in either direction counts.
    return min(sum(1 for x, y in pairwise(keys) if y < x), sum(1 for x, y in pairwise(keys) if y > x))


def _year(text: str | None) -> int | None:
    """The year as printed: two digits stay two digits until the statement's period says which century."""
    return int(text) if text else None


def full_year(year: int, near: int | None = None) -> int:
    """A printed year in full, of the common era: a Buddhist-era year (Thailand's calendar: 2568 is 2025)
    as the common era counts it; two digits are the year of that ending nearest `near` (the statement's
    period), or the Buddhist era's where only its reading is within a year of it, else of this century."""
    if year >= _FIRST_BUDDHIST_YEAR:
        return year - BUDDHIST_ERA
    if year >= 100:
        return year
    if near is None:
        return 2000 + year
    common = min((century + year for century in _centuries(near)), key=lambda y: abs(y - near))
    buddhist = (century + year - BUDDHIST_ERA for century in _centuries(near + BUDDHIST_ERA))
    # "03/03/68" in a statement of 2025: the Buddhist era's year, where only that era's reading is near.
    return next((y for y in buddhist if abs(y - near) <= 1 < abs(common - near)), common)


def _centuries(year: int) -> tuple[int, int, int]:
    """The first years of the century of this year, of the one before and of the one after."""
    century = year // 100 * 100
    return century - 100, century, century + 100


# The years the Buddhist era counts ahead of the common era; no statement is dated in the common era's
# 25th century, so a year from 2400 on is the Buddhist era's (2400 BE is 1857).
BUDDHIST_ERA = 543
_FIRST_BUDDHIST_YEAR = 2400


def _valid(date: PartialDate) -> PartialDate | None:
    if not (1 <= date.b <= 12 and 1 <= date.a <= 31):
        return None
    return date


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
