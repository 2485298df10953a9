"""Content signals: what the drawing of a text page shows about edits (white-out, retyping, pasted figures).

It reads the objects the reader's pdfplumber page already parsed (pdfminer's layout, in drawing order),
so it costs no second parse. Every tolerance is relative to the font size of the characters concerned.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any, NamedTuple

import numpy as np
from pdfminer.layout import LTChar, LTContainer, LTCurve

from ingest.authenticity import scans
from ingest.authenticity.guard import guarded
from ingest.codes import Severity, SignalCode
from ingest.extract.pages import SCAN_IMAGE_SHARE, image_share
from ingest.models import Box, Signal

# A filled shape larger than this share of the page is a background or a panel, not a white-out patch.
MAX_PATCH_SHARE = 0.2
MIN_PATCH_SIDE = 2.0  # points: thinner shapes are rules and borders, which hide nothing
# A box whose fill is darker than this lightness (0 black, 1 white) is a visible redaction bar: it shows
# that something was hidden. One in the paper's colour hides it unseen.
DARK_FILL = 0.5
# Two characters "at the same place" when their boxes share this much of the smaller one.
SAME_PLACE_OVERLAP = 0.6
# Within a line, a gap wider than this share of the font size separates two words.
WORD_GAP = 0.25
LINE_TOLERANCE = 0.35  # baselines within this share of the font size belong to one line
# A figure whose baseline sits this far (share of its size) from its line's is off the line; beyond
# LINE_TOLERANCE it would be on a line of its own.
BASELINE_OFF = 0.12
ALIGN_SLACK = 0.5  # points: right edges within this are one column
MIN_COLUMN = 4  # figures sharing a right edge before it counts as a column
MISALIGNED_MAX = 0.25  # share of the font size: further off, the figure belongs to another column
ISLAND_MAX_FIGURES = 2  # a style used by at most this many figures and by nothing else is an island
MAX_SKEW = 0.05  # text turned by up to ~3 degrees is upright (a scan's OCR layer follows its skew)
MAX_SIGNALS_PER_RULE = 5  # per file: more findings of one rule add nothing to the verdict

_AMOUNT = re.compile(r"^[-+(]?[$€£¥₦]?\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}\)?(?:-|CR|DR)?$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?$")
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_X0 = operator.attrgetter("x0")
_BASELINE = operator.attrgetter("baseline")


class _Char(NamedTuple):  # a tuple: a page has thousands, built in the reader's time
    text: str
    style: tuple[str, float, str]  # font (without its subset prefix), size to the half point, colour
    size: float
    x0: float
    x1: float
    y0: float  # PDF space: from the bottom
    y1: float
    baseline: float
    seq: int  # drawing order on the page

    @property
    def font(self) -> str:
        return self.style[0]


class _Shape(NamedTuple):
    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    dark: bool  # darker than DARK_FILL: a box that shows it hides something
    seq: int


def _is_amount(text: str) -> bool:
    return (text[-1:].isdigit() or text[-1:] in ")-RrD") and bool(_AMOUNT.match(text))


@dataclass(frozen=True, slots=True)
class _Token:
    """A word rebuilt from characters by position (not drawing order, so a pasted digit joins its figure)."""

    chars: tuple[_Char, ...]
    amount: bool
    figure: bool  # an amount or a numeric date

    @classmethod
    def of(cls, chars: Sequence[_Char]) -> _Token:
        text = "".join(c.text for c in chars)
        amount = _is_amount(text)
        return cls(tuple(chars), amount, amount or bool(_NUMERIC_DATE.match(text)))

    @property
    def digits(self) -> tuple[_Char, ...]:
        return tuple(c for c in self.chars if c.text.isdigit())

    @property
    def size(self) -> float:
        return max(c.size for c in self.chars)


@dataclass(frozen=True, slots=True)
class _Page:
    number: int
    left: float
    bottom: float
    width: float
    height: float

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        """Page fractions from the top left, from PDF-space coordinates."""

        def fx(x: float) -> float:
            return min(1.0, max(0.0, round((x - self.left) / self.width, 4)))

        def fy(y: float) -> float:
            return min(1.0, max(0.0, round((self.bottom + self.height - y) / self.height, 4)))

        return Box(page=self.number, x0=fx(x0), y0=fy(y1), x1=fx(x1), y1=fy(y0))

    def where(self, box: Box) -> str:
        return f"on page {self.number}, {box.x0:.0%}-{box.x1:.0%} across and {box.y0:.0%}-{box.y1:.0%} down"


@dataclass
class ContentReader:
    """Looks at each text page as the reader passes it, then judges the file's figures as a whole."""

    signals: list[Signal] = field(default_factory=list)
    _figures: list[tuple[_Page, _Token]] = field(default_factory=list)
    _styles: Counter[tuple[str, float, str]] = field(default_factory=Counter)  # chars outside figures
    _scans: list[scans.ScannedPage] = field(default_factory=list)  # pages that are mostly a picture
    _layer: list[scans.LayerFigure] = field(default_factory=list)  # amounts of their text layers
    _data: bytes = b""  # the file, read again by pdfium for those pages

    def page(self, page: Any, number: int) -> None:
        """Read one pdfplumber page (its layout is already parsed when the reader has taken its words)."""
        guarded(self._page, None, page, number)

    def _page(self, page: Any, number: int) -> None:
        scan = image_share(page) >= SCAN_IMAGE_SHARE
        if scan:
            self._scans.append(scans.ScannedPage(number, (float(page.width), float(page.height))))
            if not self._data:
                self._data = page.pdf.stream.getvalue()
        layout = page.layout
        x0, y0, x1, y1 = (float(v) for v in layout.bbox)
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            return
        where = _Page(number, x0, y0, x1 - x0, y1 - y0)
        chars, shapes = _objects(layout)
        if not chars:
            return
        self.signals += _covered_text(where, chars, shapes)
        if scan:
            # Mostly a picture: a scan whose text may be an OCR engine's, whose fonts and places say
            # nothing; but no OCR engine draws boxes over its text, so a white-out is one here too, and
            # its figures must be the picture's.
            self._scanned_figures(page, number)
            return
        rows = _rows(chars)
        self.signals += _overlapping_text(where, rows)
        lines = [_words(row) for row in rows]
        tokens = [token for line in lines for token in line]
        for token in tokens:
            if token.figure:
                self._figures.append((where, token))
            else:
                self._styles.update(c.style for c in token.chars)
        self.signals += _mixed_fonts(where, tokens)
        self.signals += _off_baseline(where, lines)
        self.signals += _off_column(where, tokens)

    def _scanned_figures(self, page: Any, number: int) -> None:
        """The amounts of a scanned page's text layer, as pdfplumber cuts its words (an OCR layer's
        lines follow the scan's skew, which the rows here do not)."""
        if len(self._layer) >= scans.MAX_LAYER_FIGURES:
            return
        size = (float(page.width), float(page.height))
        for word in page.extract_words():
            if _is_amount(word["text"]):
                self._layer.append(
                    scans.LayerFigure(
                        page=number,
                        box=(float(word["x0"]), float(word["top"]), float(word["x1"]), float(word["bottom"])),
                        page_size=size,
                        digits="".join(c for c in word["text"] if c.isdigit()),
                    )
                )

    def finish(self) -> list[Signal]:
        """The page signals and the file-wide ones (font islands, scans' text layers), at most a few
        per rule."""
        signals = self.signals + _font_islands(self._figures, self._styles)
        if self._scans:
            signals += guarded(scans.scan_signals, [], self._data, self._scans, self._layer)
        kept: list[Signal] = []
        for code in dict.fromkeys(s.code for s in signals):
            kept += [s for s in signals if s.code is code][:MAX_SIGNALS_PER_RULE]
        return kept


def _objects(layout: Any) -> tuple[list[_Char], list[_Shape]]:
    chars: list[_Char] = []
    shapes: list[_Shape] = []
    page_area = float(layout.width) * float(layout.height)
    styles: dict[tuple[object, float, object], tuple[str, float, str]] = {}
    for seq, item in enumerate(_walk(layout)):
        if isinstance(item, LTChar):
            text = item.get_text()
            a, b, c, d, _, f = item.matrix
            if text.isspace() or a <= 0 or d <= 0 or abs(b) > MAX_SKEW * a or abs(c) > MAX_SKEW * d:
                continue  # spaces, and turned text (stamps, margins), which these rules do not read
            size = item.size
            colour = item.graphicstate.ncolor
            key = (item.fontname, size, tuple(colour) if isinstance(colour, list) else colour)
            style = styles.get(key)
            if style is None:
                style = styles[key] = (_font(item.fontname), round(size * 2) / 2, _colour(colour))
            chars.append(_Char(text, style, size, item.x0, item.x1, item.y0, item.y1, f, seq))
        elif isinstance(item, LTCurve) and item.fill:
            width, height = float(item.width), float(item.height)
            if min(width, height) < MIN_PATCH_SIDE or width * height > MAX_PATCH_SHARE * page_area:
                continue
            shapes.append(
                _Shape(
                    float(item.x0),
                    float(item.y0),
                    float(item.x1),
                    float(item.y1),
                    _colour(item.non_stroking_color),
                    _lightness(item.non_stroking_color) < DARK_FILL,
                    seq,
                )
            )
    return chars, shapes


def _walk(container: Any) -> Iterator[Any]:
    """Layout objects in drawing order, form XObjects opened in place."""
    for item in container:
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            yield from _walk(item)
        else:
            yield item


def _colour(value: object) -> str:
    return _colour_name(tuple(value) if isinstance(value, list) else value)


@functools.lru_cache(maxsize=256)
def _colour_name(value: object) -> str:
    if isinstance(value, tuple):
        return ",".join(f"{float(v):.2f}" if isinstance(v, (int, float)) else str(v) for v in value)
    return f"{float(value):.2f}" if isinstance(value, (int, float)) else str(value)


def _lightness(value: object) -> float:
    """0 (black) to 1 (white) for a gray, RGB or CMYK fill; 1 for what cannot be told (a pattern)."""
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return 1.0
    levels = [min(1.0, max(0.0, float(v))) for v in values]  # type: ignore[arg-type]
    if len(levels) == 4:  # CMYK: ink takes light away
        return (1 - max(levels[:3])) * (1 - levels[3])
    return sum(levels) / len(levels)


@functools.lru_cache(maxsize=256)
def _font(name: object) -> str:
    return _SUBSET_PREFIX.sub("", str(name))


def _covered_text(page: _Page, chars: Sequence[_Char], shapes: Sequence[_Shape]) -> list[Signal]:
    """COVERED_TEXT / HIDDEN_TEXT: a filled shape drawn after text that it hides (a white-out)."""
    if not shapes:
        return []
    cx = np.array([(c.x0 + c.x1) / 2 for c in chars])
    cy = np.array([(c.y0 + c.y1) / 2 for c in chars])
    seq = np.array([c.seq for c in chars])
    signals = []
    for shape in shapes:
        inside = (cx > shape.x0) & (cx < shape.x1) & (cy > shape.y0) & (cy < shape.y1)
        hidden = np.flatnonzero(inside & (seq < shape.seq))
        if not hidden.size:
            continue
        over = np.flatnonzero(inside & (seq > shape.seq))
        if over.size and _reading(chars, hidden.tolist()) in _reading(chars, over.tolist()):
            continue  # the same words drawn again on a fresh background (a template's overlay)
        box = page.box(shape.x0, shape.y0, shape.x1, shape.y1)
        hidden_fonts = sorted({chars[int(i)].font for i in hidden})
        evidence = (
            f"filled shape (colour {shape.colour}) drawn after {hidden.size} characters "
            f"in {', '.join(hidden_fonts)}"
        )
        if over.size:
            over_fonts = sorted({chars[int(i)].font for i in over})
            signals.append(
                Signal(
                    code=SignalCode.COVERED_TEXT,
                    severity=Severity.HIGH,
                    page=page.number,
                    bbox=box,
                    message=(
                        f"Text is written over a filled box that hides {hidden.size} characters of other "
                        f"text {page.where(box)}: the way a figure is whited out and retyped."
                    ),
                    evidence=f"{evidence}; {over.size} characters drawn over it in {', '.join(over_fonts)}",
                )
            )
        elif shape.dark:
            signals.append(
                Signal(
                    code=SignalCode.HIDDEN_TEXT,
                    severity=Severity.LOW,
                    page=page.number,
                    bbox=box,
                    message=(
                        f"A dark box hides {hidden.size} characters of text {page.where(box)}: "
                        "a visible redaction."
                    ),
                    evidence=evidence,
                )
            )
        else:
            signals.append(
                Signal(
                    code=SignalCode.HIDDEN_TEXT,
                    severity=Severity.MEDIUM,
                    page=page.number,
                    bbox=box,
                    message=(
                        f"A box in a light colour hides {hidden.size} characters of text "
                        f"{page.where(box)}, unseen."
                    ),
                    evidence=evidence,
                )
            )
    return signals


def _reading(chars: Sequence[_Char], indices: Iterable[int]) -> str:
    """The characters' text in reading order (lines top down, left to right)."""
    return "".join(
        c.text for c in sorted((chars[i] for i in indices), key=lambda c: (-round(c.baseline), c.x0))
    )


def _overlapping_text(page: _Page, rows: Sequence[Sequence[_Char]]) -> list[Signal]:
    """OVERLAPPING_TEXT: two different characters drawn at the same place (retyped over the original)."""
    clashing: list[_Char] = []
    for row in rows:
        for i, c in enumerate(row):
            for other in itertools.islice(row, i + 1, None):
                if other.x0 >= c.x1:
                    break
                if other.text != c.text and _same_place(c, other):
                    clashing += (c, other)
    if not clashing:
        return []
    signals = []
    for group in _groups(list(dict.fromkeys(clashing))):
        digits = any(c.text.isdigit() for c in group)
        box = page.box(
            min(c.x0 for c in group),
            min(c.y0 for c in group),
            max(c.x1 for c in group),
            max(c.y1 for c in group),
        )
        signals.append(
            Signal(
                code=SignalCode.OVERLAPPING_TEXT,
                severity=Severity.HIGH if digits else Severity.MEDIUM,
                page=page.number,
                bbox=box,
                message=(
                    f"Two different {'figures' if digits else 'texts'} are drawn at the same place "
                    f"{page.where(box)}."
                ),
                evidence=f"{len(group)} characters overlap others; fonts {_fonts(group)}",
            )
        )
    return signals


def _fonts(chars: Iterable[_Char]) -> str:
    return ", ".join(sorted({c.font for c in chars}))


def _same_place(a: _Char, b: _Char) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    if width <= 0 or height <= 0:
        return False
    smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
    return smaller > 0 and width * height >= SAME_PLACE_OVERLAP * smaller


def _groups(chars: Sequence[_Char]) -> list[list[_Char]]:
    """Characters close together (within a font size) as one finding."""
    groups: list[list[_Char]] = []
    for c in sorted(chars, key=lambda c: (-c.baseline, c.x0)):
        last = groups[-1][-1] if groups else None
        if last is not None and abs(last.baseline - c.baseline) < c.size and c.x0 - last.x1 < c.size:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _rows(chars: Sequence[_Char]) -> list[list[_Char]]:
    """Characters in lines by baseline, each line left to right."""
    ordered = sorted(chars, key=_X0)
    ordered.sort(key=_BASELINE, reverse=True)  # stable: each line stays left to right
    rows: list[list[_Char]] = []
    for c in ordered:
        if rows and rows[-1][0].baseline - c.baseline <= LINE_TOLERANCE * c.size:
            rows[-1].append(c)
        else:
            rows.append([c])
    for row in rows:
        row.sort(key=_X0)
    return rows


def _words(row: Sequence[_Char]) -> list[_Token]:
    """A line's words, cut at gaps."""
    words: list[list[_Char]] = [[row[0]]]
    for c in row[1:]:
        last = words[-1][-1]
        if c.x0 - last.x1 > WORD_GAP * max(c.size, last.size):
            words.append([])
        words[-1].append(c)
    return [_Token.of(word) for word in words]


def _token_box(page: _Page, token: _Token) -> Box:
    chars = token.chars
    return page.box(
        min(c.x0 for c in chars), min(c.y0 for c in chars), max(c.x1 for c in chars), max(c.y1 for c in chars)
    )


def _mixed_fonts(page: _Page, tokens: Sequence[_Token]) -> list[Signal]:
    """MIXED_FONT_FIGURE: the digits of one figure come from different fonts or sizes."""
    signals = []
    for token in tokens:
        if not token.figure:
            continue
        styles = {(c.font, round(c.size * 2) / 2) for c in token.digits}
        if len(styles) < 2:
            continue
        box = _token_box(page, token)
        signals.append(
            Signal(
                code=SignalCode.MIXED_FONT_FIGURE,
                severity=Severity.HIGH,
                page=page.number,
                bbox=box,
                message=f"The digits of one figure {page.where(box)} come from {len(styles)} fonts.",
                evidence="; ".join(f"{font} {size:g} pt" for font, size in sorted(styles)),
            )
        )
    return signals


def _off_baseline(page: _Page, lines: Sequence[Sequence[_Token]]) -> list[Signal]:
    """MISALIGNED_FIGURE: a figure sits a little above or below the line it is printed on."""
    signals = []
    for line in lines:
        for token in line:
            if not token.amount or len(line) < 2:
                continue
            line_base = median(c.baseline for t in line if t is not token for c in t.chars)
            base = median(c.baseline for c in token.chars)
            if abs(base - line_base) <= BASELINE_OFF * token.size:
                continue
            box = _token_box(page, token)
            signals.append(
                Signal(
                    code=SignalCode.MISALIGNED_FIGURE,
                    severity=Severity.MEDIUM,
                    page=page.number,
                    bbox=box,
                    message=f"A figure {page.where(box)} sits off the baseline of the line it is printed on.",
                    evidence=f"{base - line_base:+.2f} pt from the line's baseline, font size {token.size:g}",
                )
            )
    return signals


def _off_column(page: _Page, tokens: Sequence[_Token]) -> list[Signal]:
    """MISALIGNED_FIGURE: an amount whose right edge misses its column's by a little."""
    amounts = [t for t in tokens if t.amount]
    edges = sorted({round(_right_edge(t), 1) for t in amounts} | {round(t.chars[-1].x1, 1) for t in amounts})
    columns: list[float] = []
    for edge in edges:
        members = sum(
            abs(_right_edge(t) - edge) <= ALIGN_SLACK or abs(t.chars[-1].x1 - edge) <= ALIGN_SLACK
            for t in amounts
        )
        if members >= MIN_COLUMN and not any(abs(edge - c) <= ALIGN_SLACK for c in columns):
            columns.append(edge)
    signals = []
    for token in amounts:
        ends = (_right_edge(token), token.chars[-1].x1)
        if any(abs(end - column) <= ALIGN_SLACK for end in ends for column in columns):
            continue
        if any(t is not token and abs(_right_edge(t) - ends[0]) <= ALIGN_SLACK for t in amounts):
            continue  # figures sharing an edge of their own: a second column or a totals line
        near = [c for c in columns if abs(ends[1] - c) <= MISALIGNED_MAX * token.size]
        if not near:
            continue
        box = _token_box(page, token)
        signals.append(
            Signal(
                code=SignalCode.MISALIGNED_FIGURE,
                severity=Severity.LOW,
                page=page.number,
                bbox=box,
                message=f"A figure {page.where(box)} is off the right alignment of its column.",
                evidence=f"right edge {ends[1] - near[0]:+.2f} pt from the column's",
            )
        )
    return signals


def _right_edge(token: _Token) -> float:
    digits = token.digits
    return digits[-1].x1 if digits else token.chars[-1].x1


def _font_islands(
    figures: Sequence[tuple[_Page, _Token]], other_text: Counter[tuple[str, float, str]]
) -> list[Signal]:
    """FONT_ISLAND: a style (font, size, colour) that only one or two figures in a column use."""
    uses: Counter[tuple[str, float, str]] = Counter()
    for _, token in figures:
        uses.update({c.style for c in token.digits})
    signals = []
    for page, token in figures:
        styles = {c.style for c in token.digits}
        islands = [s for s in styles if uses[s] <= ISLAND_MAX_FIGURES and other_text[s] == 0]
        if not islands:
            continue
        edge = _right_edge(token)
        column = [
            t
            for p, t in figures
            if p.number == page.number
            and t is not token
            and abs(_right_edge(t) - edge) <= ALIGN_SLACK + 0.5 * token.size
            and not {c.style for c in t.digits} & set(islands)
        ]
        if len(column) < MIN_COLUMN - 1:
            continue  # a lone figure in a style of its own (a total, a heading) is layout
        usual = Counter(c.style for t in column for c in t.digits).most_common(1)[0][0]
        box = _token_box(page, token)
        font, size, colour = islands[0]
        signals.append(
            Signal(
                code=SignalCode.FONT_ISLAND,
                severity=Severity.HIGH,
                page=page.number,
                bbox=box,
                message=(
                    f"A figure {page.where(box)} is printed in a font, size or colour that no other text "
                    f"of the file uses, unlike the {len(column)} figures of its column."
                ),
                evidence=(
                    f"{font} {size:g} pt colour {colour}; "
                    f"its column uses {usual[0]} {usual[1]:g} pt colour {usual[2]}"
                ),
            )
        )
    return signals
