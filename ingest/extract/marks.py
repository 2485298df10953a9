"""What a file prints that ties it to another file's statement: names, numbers, web addresses, dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.extract.amounts import parse_money
from ingest.extract.dates import NumericOrder, parse_full, parse_partial
from ingest.extract.layout import Line, cluster_lines
from ingest.extract.words import PageWords

_WEB = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,6}$")
_AFFIX = "-+\"'“”‘’«»()[]{}.,:;!?*#<>|"
# A web address's last labels of this length or less are its country and kind ("co.uk", "com.au");
# the label before them is the name it is registered under.
MAX_SUFFIX_LABEL = 3
_CENTS = re.compile(r"\d[.,]\d\d\b")
_DATE_WORDS = (1, 2, 3)  # a printed date is one word ("15/08/2016") to three ("August 15, 2016")
MIN_NAME_LENGTH = 3  # shorter labels ("my", "ib") are too likely to be printed by anyone


@dataclass(frozen=True, slots=True)
class Marks:
    """A file's marks: the names of the web addresses it prints (a bank prints its own on every page of
    a statement, terms included), and, for a file in which no statement was read, its words as read, in
    reading order (to find another statement's account number or bank's name in them)."""

    web_names: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    # Of a file in which no statement was read: its lines that print a date and an amount, as a
    # transaction does (rows no table's headings stand over: a statement's last page, photographed alone).
    rows: int = 0
    # Of such a file: the dates it prints with their year (an all-numeric one read both ways), among
    # them the statement date a later page repeats ("STATEMENT DATE: August 15, 2016").
    dates: tuple[dt.date, ...] = ()


def marks_of(pages: Sequence[PageWords], *, words: bool) -> Marks:
    """The marks of a file's pages; its words and rows too when `words`."""
    texts = [w.text for page in pages for w in page.words]
    names = dict.fromkeys(n for n in map(web_name, texts) if n)
    if not words:
        return Marks(web_names=tuple(names))
    lines = [line for page in pages for line in cluster_lines(page.words, page.number)]
    dates = dict.fromkeys(d for line in lines for d in _full_dates(line))
    return Marks(
        web_names=tuple(names), words=tuple(texts), rows=sum(map(_row_like, lines)), dates=tuple(dates)
    )


def _full_dates(line: Line) -> Iterator[dt.date]:
    texts = [w.text for w in line.words]
    for size in _DATE_WORDS:
        for i in range(len(texts) - size + 1):
            for order in NumericOrder:
                date = parse_full(" ".join(texts[i : i + size]), order)
                if date is not None:
                    yield date


def _row_like(line: Line) -> bool:
    """Whether a line prints a day's date and an amount with its cents, as a transaction's row does."""
    texts = [w.text for w in line.words]
    dated = any(
        parse_partial(" ".join(texts[i : i + size])) is not None
        for size in _DATE_WORDS
        for i in range(len(texts) - size + 1)
    )
    return dated and any(_CENTS.search(t) and parse_money(t) is not None for t in texts)


def web_name(text: str) -> str | None:
    """The name a web or e-mail address is registered under ("www.hsbc.co.uk" gives "hsbc"), or None."""
    if "." not in text:
        return None  # most words of every page: no address, and nothing to strip or fold
    address = text.strip(_AFFIX).casefold().rpartition("@")[2]
    if not _WEB.match(address):
        return None
    labels = address.split(".")
    while len(labels) > 1 and len(labels[-1]) <= MAX_SUFFIX_LABEL:
        labels.pop()
    if len(labels) == len(address.split(".")):
        return None  # no country or kind at its end: not an address ("page.total")
    name = labels[-1]
    return name if len(name) >= MIN_NAME_LENGTH and name != "www" else None
