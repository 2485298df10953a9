"""Where things were read: boxes in page fractions, for rows from their words and for header fields.

Nothing here changes what is read. A row's box is the union of the words the table gave it; a header
field's box is found afterwards, by looking in the header lines for the words that print its value.
Boxes are fractions of the page as stored: OCR read a page image it may have turned upright and
levelled, and its boxes are turned back onto the stored image.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache

from ingest.extract.amounts import parse_money
from ingest.extract.layout import Line
from ingest.extract.lexicon import fold
from ingest.extract.statement import Box
from ingest.extract.words import PageWords, Word

PageSizes = Mapping[int, PageWords]  # the pages of a file by number: their size and how OCR turned them

_NOT_ALNUM = re.compile(r"[\W_]+")


def union_box(words: Iterable[Word], page: int, sizes: PageSizes) -> Box | None:
    """The smallest box holding these words, in fractions of the page; None without words or size."""
    chosen = list(words)
    frame = sizes.get(page)
    if not chosen or frame is None or frame.width <= 0 or frame.height <= 0:
        return None
    x0, x1 = min([w.x0 for w in chosen]), max([w.x1 for w in chosen])
    top, bottom = min([w.top for w in chosen]), max([w.bottom for w in chosen])
    if not frame.skew and not frame.quarter_turn:
        # A page read as stored (every text layer): its corners are the box's own, in fractions.
        u0, u1, v0, v1 = x0 / frame.width, x1 / frame.width, top / frame.height, bottom / frame.height
        return Box(
            page=page,
            x0=_fraction(min(u0, u1)),
            y0=_fraction(min(v0, v1)),
            x1=_fraction(max(u0, u1)),
            y1=_fraction(max(v0, v1)),
        )
    corners = [stored_point(frame, x, y) for x in (x0, x1) for y in (top, bottom)]
    return Box(
        page=page,
        x0=_fraction(min(x for x, _ in corners)),
        y0=_fraction(min(y for _, y in corners)),
        x1=_fraction(max(x for x, _ in corners)),
        y1=_fraction(max(y for _, y in corners)),
    )


def stored_point(frame: PageWords, x: float, y: float) -> tuple[float, float]:
    """A point of the page as read, in fractions of the page as stored (before OCR turned it)."""
    width, height = frame.width, frame.height
    if frame.skew:
        # The image was turned `skew` degrees clockwise about its centre: turn the point back.
        angle = math.radians(frame.skew)
        dx, dy = x - width / 2, y - height / 2
        x = width / 2 + dx * math.cos(angle) + dy * math.sin(angle)
        y = height / 2 - dx * math.sin(angle) + dy * math.cos(angle)
    u, v = x / width, y / height
    # Then a quarter turn clockwise: the stored image's top-left corner went to the read one's ...
    if frame.quarter_turn == 90:
        return v, 1 - u  # ... top-right
    if frame.quarter_turn == 180:
        return 1 - u, 1 - v  # ... bottom-right
    if frame.quarter_turn == 270:
        return 1 - v, u  # ... bottom-left
    return u, v


def row_box(words: Sequence[Word], page: int, sizes: PageSizes) -> Box | None:
    """A table row's box on its first page.

    A row wrapped over a page break carries words of the next page, printed near its top; the row's
    own lines are at or below its first word, so words well above that belong to the next page.
    """
    if not words:
        return None
    first = words[0]
    reach = first.top - (first.bottom - first.top)
    return union_box((w for w in words if w.top >= reach), page, sizes)


def _fraction(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)


def text_box(lines: Sequence[Line], text: str | None, sizes: PageSizes) -> Box | None:
    """The box of the first run of words that prints `text` (letters and digits compared, any case).

    A value joined from several printed parts (an address's lines, joined with ", ") is the union of
    its parts found on the page of its first part.
    """
    if not text:
        return None
    parts = [p for p in (_key(part) for part in text.split(", ")) if p]
    keyed = [(line, [_key(w.text) for w in line.words]) for line in lines]
    found: list[tuple[int, list[Word]]] = []
    for part in parts:
        hit = _spelled(keyed, part)
        if hit is not None and (not found or hit[0] == found[0][0]):
            found.append(hit)
    if not found:
        return None
    return union_box((w for _, words in found for w in words), found[0][0], sizes)


def money_box(lines: Sequence[Line], value: Decimal | None, sizes: PageSizes, places: int = 2) -> Box | None:
    """The box of the first figure printed with this magnitude (a sign is the reader's judgement),
    read as money with `places` decimals."""
    if value is None:
        return None
    magnitude = abs(value)
    # The digits any print of the magnitude holds, whatever its grouping, sign or leading zeros.
    digits = _digits(f"{magnitude:.{places}f}").lstrip("0")

    def prints(words: Sequence[Word]) -> bool:
        if digits not in "".join(_digits(w.text) for w in words):
            return False
        texts = ("".join(w.text for w in words), " ".join(w.text for w in words))
        money = parse_money(texts[0], places) or parse_money(texts[1], places)
        return money is not None and money.magnitude == magnitude

    return _found(_run(lines, prints, 3), sizes)


def period_box(
    lines: Sequence[Line],
    period: tuple[dt.date | None, dt.date | None],
    read: Callable[[Sequence[Line]], tuple[dt.date | None, dt.date | None]],
    sizes: PageSizes,
) -> Box | None:
    """The line (or two lines) from which `read` gives this period."""
    if period == (None, None):
        return None
    # A date prints its day in digits: lines without one state no period, and are not read.
    dated = [any(c.isdigit() for c in line.text) for line in lines]
    for size in (1, 2):  # a line that states it alone, else a label and its dates on two lines
        for index, line in enumerate(lines):
            span = lines[index : index + size]
            if (
                len(span) == size
                and span[-1].page == line.page
                and any(dated[index : index + size])
                and read(span) == period
            ):
                return union_box((w for ln in span for w in ln.words), line.page, sizes)
    return None


def _found(hit: tuple[int, list[Word]] | None, sizes: PageSizes) -> Box | None:
    return union_box(hit[1], hit[0], sizes) if hit is not None else None


def _run(
    lines: Sequence[Line], matches: Callable[[Sequence[Word]], bool], longest: int
) -> tuple[int, list[Word]] | None:
    """The first run of consecutive words on one line that `matches`, at most `longest` words long
    (a run never needs more words than its text has characters)."""
    for line in lines:
        words = line.words
        for start in range(len(words)):
            for stop in range(start + 1, min(len(words), start + longest) + 1):
                if matches(words[start:stop]):
                    return line.page, list(words[start:stop])
    return None


def _spelled(keyed: Sequence[tuple[Line, Sequence[str]]], key: str) -> tuple[int, list[Word]] | None:
    """The first run of consecutive words on one line whose keys spell `key`, at most as many words
    as it has characters. Each line comes with its words' keys: a run's key is theirs joined."""
    for line, keys in keyed:
        for start in range(len(keys)):
            spelled = ""
            for stop in range(start + 1, min(len(keys), start + len(key)) + 1):
                spelled += keys[stop - 1]
                if spelled == key:
                    return line.page, list(line.words[start:stop])
                if not key.startswith(spelled):
                    break  # a longer run only adds letters
    return None


# Pure functions of a word's text, asked again of the same header lines for each field.
@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text))


@lru_cache(maxsize=16384)
def _digits(text: str) -> str:
    """The decimal digits of a text, in order, as ASCII (the money pattern's `\\d` is any of them)."""
    return "".join(str(int(c)) for c in text if c.isdecimal())
