"""Page words -> lines: words clustered by height on the page, read left to right, with split words mended.

Text layers split words that were set with letter-spacing ("Ope ning Balance", "6,0 00.04"); OCR splits
figures at thousands spaces ("1 234,56"). Fragments are joined only when they sit close together and
the joined text is a known label word or a figure that none of the parts is alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from statistics import median

from ingest.extract.amounts import CURRENCY_SYMBOLS, parse_money
from ingest.extract.lexicon import ALL, fold
from ingest.extract.words import Word, join_adjacent, join_words

# Words of labels and headings; a pair of fragments that joins into one of these is one word.
LABEL_WORDS = frozenset(ALL.label_words)
_SPACED_THOUSANDS = re.compile(r"^[-+(]?\D{0,3}\d{1,3}$")
_THOUSANDS_TAIL = re.compile(r"^\d{3}(?:[ .,]\d{3})*[.,]\d{2}\)?-?$")
_WHOLE_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+\)?-?$")  # 1.250.000: thousands, no decimals


@dataclass(frozen=True, slots=True)
class Line:
    """Words that share a baseline, left to right.

    Its extent, height and text are worked out once, when it is made: the table and header readers ask
    for them again and again (tolerances are relative to the line height).
    """

    words: tuple[Word, ...]
    page: int
    top: float = field(init=False, repr=False, compare=False)
    bottom: float = field(init=False, repr=False, compare=False)
    x1: float = field(init=False, repr=False, compare=False)
    height: float = field(init=False, repr=False, compare=False)  # the median word's
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = self.words
        set_field = object.__setattr__
        set_field(self, "text", " ".join([w.text for w in words]))
        if not words:
            return  # no extent: asking for one fails, as it always has
        set_field(self, "top", min([w.top for w in words]))
        set_field(self, "bottom", max([w.bottom for w in words]))
        set_field(self, "x1", max([w.x1 for w in words]))
        set_field(self, "height", median_of([w.bottom - w.top for w in words]))

    @property
    def x0(self) -> float:
        return self.words[0].x0

    def segments(self, gap: float | None = None) -> list[tuple[Word, ...]]:
        """Runs of words separated by less than `gap` points (default: twice the line height)."""
        limit = 2.0 * self.height if gap is None else gap
        runs: list[list[Word]] = [[self.words[0]]]
        for word in self.words[1:]:
            if word.x0 - runs[-1][-1].x1 > limit:
                runs.append([word])
            else:
                runs[-1].append(word)
        return [tuple(r) for r in runs]


def median_of(values: list[float]) -> float:
    """`statistics.median` of a list, the same figure, without its generality (a line's height is asked
    for every line of every page)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def cluster_lines(words: Iterable[Word], page: int) -> list[Line]:
    """Group words into lines by vertical centre; O(n log n) in the number of words."""
    # OCR may hand a word over with a space before it (" 31552-5714"); no reader expects one.
    trimmed = (w if w.text == w.text.strip() else replace(w, text=w.text.strip()) for w in words)
    ordered = sorted((w for w in trimmed if w.text), key=lambda w: (w.top + w.bottom) / 2)
    if not ordered:
        return []
    heights = sorted(w.bottom - w.top for w in ordered)
    groups = _rows(ordered, 0.45 * heights[len(heights) // 2])
    if any(w.confidence is not None for w in ordered):
        groups = _join_pieces(groups, 0.8 * heights[len(heights) // 2])
    return [Line(words=tuple(mend(unspaced(sorted(g, key=lambda w: w.x0)))), page=page) for g in groups]


def _rows(ordered: Sequence[Word], tolerance: float) -> list[list[Word]]:
    """Words sorted by vertical centre, grouped where a centre lies within `tolerance` of its row's first."""
    rows: list[list[Word]] = []
    centre = float("-inf")
    for word in ordered:
        mid = (word.top + word.bottom) / 2
        if rows and mid - centre <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
            centre = mid
    return rows


def _join_pieces(groups: list[list[Word]], reach: float) -> list[list[Word]]:
    """Join pieces of one OCR row that a warped page set at slightly different heights: pieces
    close in height whose words do not overlap side by side."""
    out: list[list[Word]] = []
    for group in groups:
        if out and _centre(group) - _centre(out[-1]) < reach and not _overlap(out[-1], group):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _centre(group: Sequence[Word]) -> float:
    return median((w.top + w.bottom) / 2 for w in group)


def _overlap(a: Sequence[Word], b: Sequence[Word]) -> bool:
    spans = sorted([(w.x0, w.x1) for w in a] + [(w.x0, w.x1) for w in b])
    return any(right[0] < left[1] - 1 for left, right in pairwise(spans))


def deskew(words: Sequence[Word]) -> list[Word]:
    """Words of a page photographed or scanned at a slant, turned back level.

    The slant is the median slope between neighbouring words of one row. A row that drifts by more
    than a line height across the page would otherwise split into pieces, and columns would lean.
    """
    out = list(words)
    # Rows split where they drift past the clustering tolerance, so the first estimate is short;
    # levelled rows join up, and the next round measures the rest over longer runs.
    for _ in range(3):
        slope = _slope(out)
        if abs(slope) < MIN_SLOPE:
            break
        out = [_turned(word, slope) for word in out]
    return out


def _turned(word: Word, slope: float) -> Word:
    # Small-angle rotation about the page origin (y grows downwards).
    dx = slope * (word.top + word.bottom) / 2
    dy = -slope * (word.x0 + word.x1) / 2
    # The word keeps all it was read with (its confidence, a second reading alone): only its box moves.
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy, bottom=word.bottom + dy)


MIN_SLOPE = 0.003  # about 0.2 degrees: less than that moves nothing by a line over a page
MAX_SLOPE = 0.1  # about 6 degrees: more than that is not a slant but a misread


def _slope(words: Sequence[Word]) -> float:
    ordered = sorted(words, key=lambda w: (w.top + w.bottom) / 2)
    if len(ordered) < 10:
        return 0.0
    heights = sorted(w.bottom - w.top for w in ordered)
    rows = _rows(ordered, 0.45 * heights[len(heights) // 2])
    slopes = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        for left, right in pairwise(row):
            dx = (right.x0 + right.x1 - left.x0 - left.x1) / 2
            if dx > 5:
                slope = (right.top + right.bottom - left.top - left.bottom) / 2 / dx
                if abs(slope) < MAX_SLOPE:
                    slopes.append(slope)
        if len(row) >= 3 and row[-1].x0 - row[0].x1 > 100:
            # The whole row measures the slant more finely than neighbouring words do; count it more.
            dx = (row[-1].x0 + row[-1].x1 - row[0].x0 - row[0].x1) / 2
            slope = (row[-1].top + row[-1].bottom - row[0].top - row[0].bottom) / 2 / dx
            if abs(slope) < MAX_SLOPE:
                slopes.extend([slope] * 3)
    if len(slopes) < 10:
        return 0.0
    slopes.sort()
    return slopes[len(slopes) // 2]


def unspaced(words: Sequence[Word]) -> list[Word]:
    """Letter-spaced words ("G O O G L E  P A Y", "P O S  4 5 1 2  * A D S") as words: a run of single
    glyphs set at one pitch (a text layer gives each glyph of such lettering its own word), letters among
    them, cut where a gap is wider than the run's own letter spacing (a word space). Marks after the
    run's last letter or figure stay apart: a sign ("-") before the figure after it is the figure's."""
    if sum(len(w.text) == 1 for w in words) < MIN_SPACED_LETTERS:
        return list(words)  # too few single letters for any run: most lines, looked at once
    out: list[Word] = []
    run: list[Word] = []
    for word in [*words, None]:
        if word is not None and _spaced_letter(run, word):
            run.append(word)
            continue
        end = len(run)
        while end and not run[end - 1].text.isalnum():
            end -= 1
        letters = sum(w.text.isalpha() for w in run)
        out.extend(_letter_words(run[:end]) + run[end:] if letters >= MIN_SPACED_LETTERS else run)
        run = [word] if word is not None and _single_letter(word) else []
        if word is not None and not run:
            out.append(word)
    return out


MIN_SPACED_LETTERS = 3  # "A B" may be initials; three letters apart at one pitch are one word
SPACED_GAP = 1.0  # of the letter height: the widest letter spacing; a run of letters breaks beyond it
WORD_SPACE = (
    1.6  # a gap this many times the run's letter spacing (and a fifth of a letter more) is a word space
)


def _letter_words(run: Sequence[Word]) -> list[Word]:
    """A run of spaced letters as the words it spells: cut at gaps wider than its letter spacing."""
    gaps = [right.x0 - left.x1 for left, right in pairwise(run)]
    spacing = min(gaps)
    height = median(w.bottom - w.top for w in run)
    words: list[list[Word]] = [[run[0]]]
    for gap, letter in zip(gaps, run[1:], strict=True):
        if gap > max(WORD_SPACE * spacing, spacing + 0.2 * height):
            words.append([letter])
        else:
            words[-1].append(letter)
    out: list[Word] = []
    for letters in words:
        joined = letters[0]
        for letter in letters[1:]:
            joined = join_words(joined, letter)
        out.append(joined)
    return out


def _single_letter(word: Word) -> bool:
    """A text layer's word of one glyph: a letter, a figure or a mark, which lettering spaces alike."""
    return word.confidence is None and len(word.text) == 1 and not word.text.isspace()


def _spaced_letter(run: Sequence[Word], word: Word) -> bool:
    if not run or not _single_letter(word):
        return False
    gap = word.x0 - run[-1].x1
    return 0 <= gap <= SPACED_GAP * (word.bottom - word.top)


def thousands_joined(words: Sequence[Word]) -> list[Word]:
    """The words with each figure printed in groups of thousands set apart by a space, which a text
    layer splits ("312" "760", "-12" "490"), joined: figures printed whole have no decimals for `mend`
    to tell them by, so only money read whole joins them."""

    def joined(left: Word, word: Word) -> Word | None:
        height = max(left.bottom - left.top, word.bottom - word.top, 1.0)
        if not (_SPACED_WHOLE.match(left.text) and _thousands_group(word.text)):
            return None
        return join_words(left, word, " ") if word.x0 - left.x1 <= _GROUP_GAP * height else None

    if not any(_thousands_group(word.text) for word in words[1:]):
        return list(words)  # no group of three digits to join to the word before it: most lines
    return join_adjacent(words, joined)


_SPACED_WHOLE = re.compile(
    r"^[-+(]?\D{0,3}\d{1,3}(?: \d{3})*$"
)  # "-12", "1 234": a head, and groups after it


def _thousands_group(text: str) -> bool:
    """Three digits alone ("234"): what `^\\d{3}$` matches of a word's text (which holds no line end), a
    third of the time (asked of every word of every line)."""
    return len(text) == 3 and text.isdecimal()


_GROUP_GAP = 0.6  # of the line height: a thousands space is a word space, a column's gap is wider


def mend(words: Sequence[Word]) -> list[Word]:
    """Join fragments of one word or one figure that a text layer or OCR split apart."""
    out: list[Word] = []
    for word in words:
        # A join may make what the word before joins to: "R" "1" "234.56" is a sign before "1 234.56".
        joined, left = word, None
        while out and _joinable(out[-1], joined) and (left is None or _joins_on(out[-1], left)):
            left = out.pop()
            joined = join_words(left, joined, _separator(left, joined))
        out.append(joined)
    return out


def _joins_on(before: Word, left: Word) -> bool:
    """Whether a word may join the figure `left` was just joined into: a sign or a mark before it ("R"
    "1" "234.56"), or the digits before a group of three ("1" "234" "567.89"); never another number set a
    space before it ("3" "1" "250,00": a count, then a figure grouped by spaces)."""
    return not any(c.isdigit() for c in before.text) or _thousands_group(left.text)


def _joinable(left: Word, right: Word) -> bool:
    height = max(left.bottom - left.top, right.bottom - right.top, 1.0)
    gap = right.x0 - left.x1
    if gap > 0.6 * height or gap < -0.5 * height:
        return False
    joined = left.text + right.text
    if not any(map(str.isdigit, joined)):
        return _joins_label(left, right, gap, height)
    # "6,0" + "00.04": the parts are not figures, or not whole ones, the join is.
    if (
        parse_money(joined) is not None
        and parse_money(left.text) is None
        and (gap < 0.3 * height or _SPACED_THOUSANDS.match(left.text) is None)
    ):
        return True
    if left.text.lstrip("-+(") in CURRENCY_SYMBOLS and _WHOLE_GROUPED.match(right.text):
        return parse_money(joined, 0) is not None  # "Rp" "1.250.000": a sign and a figure printed whole
    if _SPACED_THOUSANDS.match(left.text) and _THOUSANDS_TAIL.match(right.text) and gap < 0.6 * height:
        return parse_money(left.text + " " + right.text) is not None and parse_money(left.text) is None
    return False


def _joins_label(left: Word, right: Word, gap: float, height: float) -> bool:
    if gap <= 0.1 * height and left.text.isalpha() and right.text.isalpha():
        return True  # no space at all between them: one word the text layer cut in two
    if gap > 0.35 * height:
        return False
    key = fold(left.text + right.text).strip(".:,")
    if key in LABEL_WORDS:
        return (
            fold(left.text).strip(".:,") not in LABEL_WORDS
            or fold(right.text).strip(".:,") not in LABEL_WORDS
        )
    return False


def _separator(left: Word, right: Word) -> str:
    joined = left.text + right.text
    spaced = parse_money(left.text + " " + right.text) is not None
    if parse_money(joined) is None and spaced:
        return " "
    # A currency's code printed a space before its figure ("USD 12.50") keeps the space it was printed with.
    apart = right.x0 - left.x1 > _CODE_SPACE * max(left.bottom - left.top, right.bottom - right.top, 1.0)
    return " " if spaced and apart and left.text.isalpha() else ""


_CODE_SPACE = 0.15  # of the line height: a gap a space wide, not one the text layer cut inside a word
