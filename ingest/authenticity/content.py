"""Content signals: what the drawing of a text page shows about edits (white-out, retyping, pasted figures).

It reads each page the reader has open in pdfium (`drawing`: characters with their font, size and colour,
filled shapes, pictures, in drawing order), taking the characters its text layer read, so it costs no
second parse of the file. Every tolerance is relative to the font size of the characters concerned.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.authenticity.annotations import laid_over
from ingest.authenticity.drawing import (
    FIGURE_MARK,
    LINE_TOLERANCE,
    Char,
    Clips,
    Run,
    Shape,
    Style,
    extent,
    font_names,
    read_drawing,
    unseen,
)
from ingest.authenticity.guard import guarded
from ingest.authenticity.places import PageFrame, where
from ingest.codes import Severity, SignalCode
from ingest.extract.pages import SCAN_IMAGE_SHARE, PageObjects, walk_objects
from ingest.extract.pdftext import UNMAPPED, TextLayer
from ingest.models import Box, Signal
from ingest.sandbox import outside_the_allowance

if TYPE_CHECKING:
    from ingest.authenticity.scans import ScanChecks

# A filled shape larger than this share of the page is a background or a panel, not a white-out patch.
MAX_PATCH_SHARE = 0.2
MIN_PATCH_SIDE = 2.0  # points: thinner shapes are rules and borders, which hide nothing
# A box whose fill is darker than this lightness (0 black, 1 white) is a visible redaction bar: it shows
# that something was hidden. One in the paper's colour hides it unseen; with nothing written over it
# either is a redaction (LOW), with other text written over it a white-out (COVERED_TEXT, HIGH).
DARK_FILL = 0.5
# Cells of one row share their top and bottom, and one ends where the next begins, within this share of
# the font size of the text in them.
CELL_SLACK = 0.25
# Two characters "at the same place" when their boxes share this much of the smaller one.
SAME_PLACE_OVERLAP = 0.6
# A character this many times the size of another it is drawn over, or of the page's text, is a
# watermark or a stamp.
WATERMARK_SIZE = 2.0
# Unicode categories of accents drawn as glyphs of their own (combining marks, spacing accents, modifiers).
DIACRITICS = frozenset({"Mn", "Sk", "Lm"})
# Within a line, a gap wider than this share of the font size separates two words.
WORD_GAP = 0.25
# Text objects on a line that overlap by less than this share of the font size only touch: a character
# sharing SAME_PLACE_OVERLAP of the narrowest glyph's width (about a fifth of the size) reaches further.
RUN_SLIVER = 0.1
# A figure whose baseline sits this far (share of its size) from its line's is off the line; beyond
# LINE_TOLERANCE it would be on a line of its own.
BASELINE_OFF = 0.12
ALIGN_SLACK = 0.5  # points: right edges within this are one column
MIN_COLUMN = 4  # figures sharing a right edge before it counts as a column
MISALIGNED_MAX = 0.25  # share of the font size: further off, the figure belongs to another column
ISLAND_MAX_FIGURES = 2
# A figure in its column's font and size whose colour differs from the column's by this much in some
# channel (of 255) is emphasised, not retyped: black among dark grey figures differs by about 50, red
# among black by 200.
HIGHLIGHT_GAP = 96  # a style used by at most this many figures and by nothing else is an island
MAX_SIGNALS_PER_RULE = 5  # per file: more findings of one rule add nothing to the verdict

_AMOUNT = re.compile(r"^[-+(]?[$€£¥₦]?\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}\)?(?:-|CR|DR)?$", re.IGNORECASE)
# Every figure's text holds a separator between two digits (an amount's decimal mark, a date's
# separator): a word whose text holds none is no figure, nor is any word cut from it.
_FIGURE_CORE = re.compile(r"\d[.,/-]\d")
_DIGIT = re.compile(r"\d")
_HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
# The weights a font name may spell after its family, from the lightest (the regular, "Roman", "Book"
# or none, is 400), the compound ones before the words they hold.
_WEIGHTS = (
    ("extralight", 200), ("ultralight", 200), ("thin", 100), ("hairline", 100), ("light", 300),
    ("medium", 500), ("semibold", 600), ("demibold", 600), ("demi", 600), ("extrabold", 800),
    ("ultrabold", 800), ("bold", 700), ("black", 900), ("heavy", 900),
)  # fmt: skip
_REGULAR = 400
# The lightest weight that emphasises: an editor that lacks a light font types in the family's regular.
_EMPHASIS_WEIGHT = 500
_FAMILY_END = re.compile(r"[-, ]")  # a font name's family ends at a hyphen, a comma or a space
_FOUNDRY_SUFFIX = re.compile(r"(?:PSMT|MT|PS)$")  # Monotype's and PostScript's tags ("ArialMT")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?$")
_new = tuple.__new__  # a token made without its class's Python constructor (a page has hundreds)
_X0 = operator.attrgetter("x0")
_TEXT = operator.attrgetter("text")
_STYLE = operator.attrgetter("style")
_BASELINE = operator.attrgetter("baseline")
_MARKED = operator.attrgetter("marked")


def _is_amount(text: str) -> bool:
    return (text[-1:].isdigit() or text[-1:] in ")-RrD") and bool(_AMOUNT.match(text))


class _Token(NamedTuple):  # a tuple: a page has hundreds
    """A word rebuilt from characters by position (not drawing order, so a pasted digit joins its figure):
    what the rules ask of it, kept instead of its characters."""

    amount: bool
    figure: bool  # an amount or a numeric date
    digits: str  # its digits' text
    digit_styles: dict[Style, int]  # how many of its digits each style draws, in the order they come
    styles: frozenset[Style]  # of all its characters
    size: float  # its largest character's
    bounds: tuple[float, float, float, float]  # its characters' box in PDF space
    right_edge: float  # where its last digit ends: a column of amounts aligns its digits, whatever follows
    last_x1: float  # where its last character ends
    baselines: list[float]  # its characters', one each

    @classmethod
    def of(cls, chars: Sequence[Char]) -> _Token:
        texts = list(map(_TEXT, chars))
        text = "".join(texts)
        amount = _is_amount(text)
        digits = list(itertools.compress(chars, map(str.isdigit, texts)))
        last = chars[-1].x1
        return cls(
            amount,
            amount or bool(_NUMERIC_DATE.match(text)),
            "".join(map(_TEXT, digits)),
            dict(Counter(map(_STYLE, digits))),
            frozenset(map(_STYLE, chars)),
            max(c.size for c in chars),
            extent(chars),
            digits[-1].x1 if digits else last,
            last,
            list(map(_BASELINE, chars)),
        )

    @classmethod
    def of_run(cls, run: Run, start: int, stop: int) -> _Token:
        """The word of one text object's characters `start` to `stop` (`Run.pieces`: in place order, no
        two one glyph), read from the text layer's characters without making them."""
        drawn = run.drawn
        if stop - start == len(drawn):
            text, bounds = run.text, (run.x0, run.y0, run.x1, run.y1)
        else:
            drawn = drawn[start:stop]
            text = "".join([char[0] for char in drawn])
            boxes = [char[8] for char in drawn]  # left, top, right, bottom
            bounds = (
                boxes[0][0],
                min([box[3] for box in boxes]),
                max([box[2] for box in boxes]),
                max([box[1] for box in boxes]),
            )
        amount = _is_amount(text)
        # A character's text is one character, or the letters of a ligature: its digits are the text's.
        digits = "".join(filter(str.isdigit, text))
        last = edge = drawn[-1][8][2]
        if digits and not drawn[-1][0].isdigit():
            edge = next(char[8][2] for char in reversed(drawn) if char[0].isdigit())
        style = run.style
        return _new(
            cls,
            (
                amount,
                amount or _NUMERIC_DATE.match(text) is not None,
                digits,
                {style: len(digits)} if digits else {},
                frozenset((style,)),
                run.size,
                bounds,
                edge,
                last,
                [run.baseline] * len(drawn),
            ),
        )

    @classmethod
    def no_figure(cls, run: Run, chars: int | None = None) -> _Token:
        """One text object's words that hold no figure, as one word: what the rules ask of words that are
        no figure (their style, their `chars` characters' baselines; all of the object's by default). Its
        box is the object's."""
        return _new(
            cls,
            (
                False,
                False,
                "",
                {},
                frozenset((run.style,)),
                run.size,
                (run.x0, run.y0, run.x1, run.y1),
                run.x1,
                run.x1,
                [run.baseline] * (len(run.drawn) if chars is None else chars),
            ),
        )


class _Figure(NamedTuple):
    """A figure kept for the file-wide checks: what they ask of its word, in one tuple (a file has
    thousands of figures, and each object kept until the end is one more for the garbage collector to
    walk)."""

    frame: PageFrame
    digit_styles: dict[Style, int]
    right_edge: float
    size: float
    bounds: tuple[float, float, float, float]
    baseline: float  # the median of its characters'


class _Line(NamedTuple):
    """A line of the page that holds a figure: the words of its text objects with digits, and its text
    objects without."""

    tokens: list[_Token]
    words: list[Run]
    spread: float  # from the lowest baseline of its text objects to the highest


@dataclass
class ContentReader:
    """Looks at each text page as the reader passes it, then judges the file's figures as a whole."""

    data: bytes = b""  # the file's bytes, for what pdfium cannot read (`annotations.laid_over`)
    signals: list[Signal] = field(default_factory=list)
    _figures: list[_Figure] = field(default_factory=list)
    _styles: set[Style] = field(default_factory=set)  # of the characters outside figures
    _scans: ScanChecks | None = None  # pages that are mostly a picture, once there is one

    def page(
        self,
        page: pdfium.PdfPage,
        textpage: pdfium.PdfTextPage,
        layer: TextLayer,
        objects: PageObjects | None = None,
    ) -> None:
        """Read one PDF page the reader has open, with its text layer and the objects the reader walked
        (`pages.PageHook`; without them the page is walked here)."""
        guarded(self._page, None, page, layer, objects)

    def _page(self, page: pdfium.PdfPage, layer: TextLayer, objects: PageObjects | None) -> None:
        walked = objects if objects is not None else walk_objects(page)
        drawing = read_drawing(
            page, layer, walked, min_side=MIN_PATCH_SIDE, max_share=MAX_PATCH_SHARE
        )  # its filled shapes: patches that could hide text
        frame, runs, patches = drawing.frame, drawing.runs, drawing.shapes
        clips = Clips(page)
        if runs and patches:
            self.signals += _covered_text(frame, runs, patches, clips)
        if runs and pdfium_c.FPDFPage_GetAnnotCount(page.raw):
            # Annotations are a family of their own: failing on a hostile file costs their findings only.
            self.signals += guarded(laid_over, [], frame, page, runs, self.data)
        self.signals += _invisible_figures(frame, runs, walked.pictures)
        if drawing.image_share >= SCAN_IMAGE_SHARE:
            # Mostly a picture: a scan whose text may be an OCR engine's, whose fonts and places say
            # nothing; but no OCR engine draws boxes over its text, so a white-out is one here too, and
            # its figures must be the picture's. An OCR layer's lines follow the scan's skew, which the
            # rows here do not: its words are cut from each text object's characters (an OCR engine
            # writes a word or a line per object).
            amounts = [t for run in runs if run.digits for t in _figure_words((run,)) if t.amount]
            self._scans = self._scans or _scan_checks()
            self._scans.page(page, frame, [(t.bounds, t.digits) for t in amounts], walked)
            return
        rows = _rows(runs)
        self.signals += _overlapping_text(frame, rows, clips)
        lines: list[_Line] = []
        styles = self._styles
        for row in rows:
            if not any(map(_MARKED, row)):
                # No amount or numeric date without one of their separators: its words are no figures,
                # and text without a digit counts by its text object's style.
                styles.update(map(_STYLE, row))
                continue
            # Text without a digit counts by its text object: its style, and its baseline in its line's.
            figures = [run for run in row if run.digits]
            words = [run for run in row if not run.digits]
            styles.update(map(_STYLE, words))
            baselines = list(map(_BASELINE, row))
            lines.append(_Line(_figure_words(figures), words, max(baselines) - min(baselines)))
        tokens = [token for line in lines for token in line.tokens]
        kept = self._figures
        for token in tokens:
            if token.figure:
                kept.append(
                    _new(
                        _Figure,
                        (
                            frame,
                            token.digit_styles,
                            token.right_edge,
                            token.size,
                            token.bounds,
                            _middle(token.baselines),
                        ),
                    )
                )
            else:
                styles.update(token.styles)
        self.signals += _mixed_fonts(frame, tokens)
        self.signals += _off_baseline(frame, lines)
        self.signals += _off_column(frame, tokens)

    def finish(self) -> list[Signal]:
        """The page signals and the file-wide ones (font islands, scans), at most a few per rule."""
        signals = self.signals + _font_islands(self._figures, self._styles) + _foreign_pages(self._figures)
        if self._scans is not None:
            signals += guarded(self._scans.finish, [])
        kept: list[Signal] = []
        for code in dict.fromkeys(s.code for s in signals):
            kept += [s for s in signals if s.code is code][:MAX_SIGNALS_PER_RULE]
        return kept


def _scan_checks() -> ScanChecks:
    """The scan family's checks, loaded with a file's first page that is mostly a picture (with numpy and
    OCR: a digital file's pages never need them), in a reader child beside the file's memory allowance."""
    with outside_the_allowance():
        from ingest.authenticity.scans import ScanChecks  # noqa: PLC0415

    return ScanChecks()


def _covered_text(
    frame: PageFrame, runs: Sequence[Run], shapes: Sequence[Shape], clips: Clips
) -> list[Signal]:
    """COVERED_TEXT / HIDDEN_TEXT: a filled shape drawn after text that it hides (a white-out). Only the
    characters of the text objects a shape reaches are looked at, and of them only those their clip
    lets be drawn (a cell's text running past its cell is not drawn, and the next cell's box hides
    nothing of it). Neither is a cell's text that runs on under the next cells' backgrounds where no
    clip cuts it (`_runs_on`): those backgrounds paint over it, and it is left out of `clips` for
    the checks after this one; nor a watermark's letters under the boxes drawn after them."""
    first = min(r.seq for r in runs)
    # A shape drawn before any text is a background, which hides nothing.
    later = [shape for shape in shapes if shape.seq > first]
    if not later:
        return []
    by_height = _ByHeight(runs)
    body: float | None = None  # the size of the page's text (the median of its text objects')
    signals = []
    for shape in later:
        reached = [runs[i] for i in by_height.reaching(shape)]
        # The characters of the text drawn before it are made first: those of the text drawn after it
        # only where it hides some.
        inside = _inside(shape, [run for run in reached if run.seq < shape.seq])
        if not inside:
            continue  # only text drawn after it reaches it
        filled = shape.filled_at()
        under = [
            (run, c)
            for run, c in inside
            if filled((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2) and clips.shows(run, c)
        ]
        if body is None:
            body = median(run.size for run in runs)
        running_on = {run: _runs_on(run, shape, shapes) for run, _ in under}
        clips.paint_over([c for run, c in under if running_on[run]])
        # Nor are a watermark's letters, far larger than the page's text, under boxes drawn after them.
        hidden = [c for run, c in under if not running_on[run] and c.size < WATERMARK_SIZE * body]
        if not hidden:
            continue
        over = [
            c
            for run, c in _inside(shape, [run for run in reached if run.seq > shape.seq])
            if filled((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2) and clips.shows(run, c)
        ]
        if over and _drawn_again(hidden, over):
            continue  # the same words drawn again on a fresh background (a template's overlay)
        box = frame.box(shape.x0, shape.y0, shape.x1, shape.y1)
        evidence = (
            f"filled shape (colour {shape.colour}) drawn after {len(hidden)} characters "
            f"in {font_names(hidden)}"
        )
        if over and (not_retyped := _not_retyped(hidden, over)):
            # A web page's fixed header, banner or button printed over the rows under it, with text of its
            # own. Its hidden characters are drawn nowhere, nor overlap its text.
            clips.paint_over(hidden)
            signals.append(
                Signal(
                    code=SignalCode.HIDDEN_TEXT,
                    severity=Severity.LOW,
                    page=frame.number,
                    bbox=box,
                    message=(
                        f"A box with text of its own hides {len(hidden)} characters of other text "
                        f"{where(box)}, and {not_retyped}: a page element laid over the text (a web page's "
                        "banner or button, printed with it), not a retype."
                    ),
                    evidence=evidence + f"; {len(over)} characters drawn over it, {not_retyped}",
                )
            )
            continue
        dark = shape.lightness < DARK_FILL
        labelled = dark and not _may_hold_digit(hidden) and not _may_hold_digit(over)
        if over and (labelled or not _figure_near(hidden, over, runs)):
            # No figure under or on the box, nor on the hidden text's lines: a name, an address or an
            # account number a publisher redacted with a label on its bar, or anonymised with others; or
            # changed. A row of the table holds its figures, so a payee changed in it unseen is a retype,
            # as is any digit of a figure; words over words on a bar in sight are a label wherever it
            # lies. One finding: the text the box hides is drawn nowhere, nor overlaps what is written on it.
            clips.paint_over(hidden)
            evidence += f"; {len(over)} characters drawn over it in {font_names(over)}, no figure"
            signals.append(_relabelled(frame, box, len(hidden), evidence, dark=dark))
            continue
        if over:
            code, severity = SignalCode.COVERED_TEXT, Severity.HIGH
            message = (
                f"Text is written over a filled box that hides {len(hidden)} characters of other text "
                f"{where(box)}: the way a figure is whited out and retyped."
            )
            evidence += f"; {len(over)} characters drawn over it in {font_names(over)}"
        else:
            # Nothing retyped: text taken out of view (a publisher's redaction) adds or changes no figure,
            # and a transaction taken out breaks the balances, which the arithmetic signal weighs.
            code, severity = SignalCode.HIDDEN_TEXT, Severity.LOW
            if shape.lightness < DARK_FILL:
                message = (
                    f"A dark box hides {len(hidden)} characters of text {where(box)}: a visible redaction."
                )
            else:
                message = (
                    f"A box in a light colour hides {len(hidden)} characters of text {where(box)}, unseen, "
                    f"with nothing written over it: a redaction, not a retype."
                )
        signals.append(
            Signal(
                code=code, severity=severity, page=frame.number, bbox=box, message=message, evidence=evidence
            )
        )
    return signals


def _invisible_figures(
    frame: PageFrame, runs: Sequence[Run], pictures: Sequence[tuple[float, float, float, float]]
) -> list[Signal]:
    """INVISIBLE_TEXT: figures drawn in a render mode that paints nothing (invisible, or clip only) on a
    page whose other text is seen. The reader takes its figures from the text layer, which holds them,
    while a person looking at the page sees something else or nothing: a figure hidden that way only
    fools a machine. Invisible text over a picture that holds more of it than of visible text is that
    picture's OCR layer (a scanned page, a receipt scanned into the page, a page number a tool stamped
    over a scan); a page whose text is all invisible draws
    its letters some other way (a scan, or letters as paths with a layer to search them by), and is not
    judged here."""
    hidden = [
        run
        for run in runs
        if run.marked and unseen(run.obj) and any(token.figure for token in _figure_words((run,)))
    ]
    if not hidden:
        return []
    seen = [run for run in runs if not unseen(run.obj)]
    if not seen:
        return []
    unseen_runs = [run for run in runs if unseen(run.obj)]
    scanned = [
        picture
        for picture in pictures
        if sum(_holds(picture, run) for run in unseen_runs) > sum(_holds(picture, run) for run in seen)
    ]
    hidden = [run for run in hidden if not any(_holds(picture, run) for picture in scanned)]
    if not hidden:
        return []
    box = frame.box(
        min(run.x0 for run in hidden),
        min(run.y0 for run in hidden),
        max(run.x1 for run in hidden),
        max(run.y1 for run in hidden),
    )
    return [
        Signal(
            code=SignalCode.INVISIBLE_TEXT,
            severity=Severity.HIGH,
            page=frame.number,
            bbox=box,
            message=(
                f"Figures {where(box)} are in the page's text but drawn invisibly, among visible text: "
                "a reader of the file takes figures that no one looking at the page sees."
            ),
            evidence=(
                f"{len(hidden)} text objects with figures in an invisible render mode, "
                "no OCR layer of a picture"
            ),
        )
    ]


def _holds(picture: tuple[float, float, float, float], run: Run) -> bool:
    """Whether the middle of a text object lies on a picture (x0, y0, x1, y1 in PDF space)."""
    x, y = (run.x0 + run.x1) / 2, (run.y0 + run.y1) / 2
    return picture[0] <= x <= picture[2] and picture[1] <= y <= picture[3]


def _may_hold_digit(chars: Sequence[Char]) -> bool:
    """A character holds a digit, or is a glyph read as UNMAPPED, which may be one."""
    return any(_DIGIT.search(c.text) or c.text == UNMAPPED for c in chars)


def _figure_near(hidden: Sequence[Char], over: Sequence[Char], runs: Sequence[Run]) -> bool:
    """A figure (a digit, a separator, a digit: `_FIGURE_CORE`) stands on a line of the hidden
    characters (their text objects' characters in place, the hidden ones among them, so that a digit
    whited out inside a figure, or a figure drawn a glyph at a time, is one) or in what is written
    over them; a glyph read as UNMAPPED may be a digit of one."""
    if any(c.text == UNMAPPED for c in (*hidden, *over)):
        return True
    lines = sorted({c.baseline for c in hidden})
    on_lines = [
        c
        for run in runs
        if (i := bisect_left(lines, run.baseline - LINE_TOLERANCE * run.size)) < len(lines)
        and lines[i] <= run.baseline + LINE_TOLERANCE * run.size
        for c in run.chars
    ]
    return any(
        _FIGURE_CORE.search("".join(c.text for c in sorted(chars, key=_X0))) for chars in (on_lines, over)
    )


def _relabelled(frame: PageFrame, box: Box, hidden: int, evidence: str, *, dark: bool) -> Signal:
    """HIDDEN_TEXT / COVERED_TEXT: text written over a box that hides other text, no figure hidden or
    written: on a dark bar a visible redaction's label (LOW); on a light box details put in place of
    others, an anonymised name or a changed one, which a person judges (MEDIUM)."""
    if dark:
        code, severity = SignalCode.HIDDEN_TEXT, Severity.LOW
        message = (
            f"A dark box hides {hidden} characters of text {where(box)}, with a label written on it and no "
            "figure under it or on it: a visible redaction."
        )
    else:
        code, severity = SignalCode.COVERED_TEXT, Severity.MEDIUM
        message = (
            f"Text is written over a box that hides {hidden} characters of other text {where(box)}, and no "
            "figure is hidden or written: an anonymised name, address or account number, or a changed one."
        )
    return Signal(
        code=code, severity=severity, page=frame.number, bbox=box, message=message, evidence=evidence
    )


def _not_retyped(hidden: Sequence[Char], over: Sequence[Char]) -> str:
    """Why the text written over a box retypes none of the text it hides ("" when it may): the hidden
    characters hold a digit and those over them none (nor a glyph read as UNMAPPED, which may be one),
    so a hidden figure was taken out of view, not changed (which the balances tell); or none of them
    stands on a line of the hidden text, where a retype stands."""
    if any(c.text.isdigit() for c in hidden) and not _may_hold_digit(over):
        return "none of the figures it hides is written over it"
    lines = sorted({c.baseline for c in hidden})
    on_a_line = any(
        (i := bisect_left(lines, c.baseline - LINE_TOLERANCE * c.size)) < len(lines)
        and lines[i] <= c.baseline + LINE_TOLERANCE * c.size
        for c in over
    )
    return "" if on_a_line else "nothing written over it stands on the lines it hides"


def _inside(shape: Shape, runs: Iterable[Run]) -> list[tuple[Run, Char]]:
    """The characters of these text objects whose middle lies inside the shape's box, with their object."""
    return [
        (run, c)
        for run in runs
        for c in run.chars
        if shape.x0 < (c.x0 + c.x1) / 2 < shape.x1 and shape.y0 < (c.y0 + c.y1) / 2 < shape.y1
    ]


def _runs_on(run: Run, shape: Shape, shapes: Sequence[Shape]) -> bool:
    """The text object starts left of the shape, in a cell drawn before it (a filled box holding its
    first character) that ends where the shape begins, in the shape's row (the same top and bottom):
    a cell's text running on under the backgrounds of the cells after it, as a report engine that draws
    cell by cell without clipping paints them. A box over a figure hides the figure's first character."""
    if not run.x0 < shape.x0:
        return False
    first = run.chars[0]
    x, y = (first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2
    slack = CELL_SLACK * run.size
    return any(
        cell.seq < run.seq
        and cell.x0 <= x <= cell.x1
        and cell.y0 <= y <= cell.y1
        and cell.x1 <= shape.x0 + slack
        and abs(cell.y0 - shape.y0) <= slack
        and abs(cell.y1 - shape.y1) <= slack
        for cell in shapes
    )


class _ByHeight:
    """A page's text objects by the bottom of their box, to find the few a box reaches without measuring
    every other one against it."""

    def __init__(self, runs: Sequence[Run]) -> None:
        self._runs = runs
        # A box with no place (NaN) reaches nothing.
        placed = [i for i, r in enumerate(runs) if not any(map(math.isnan, (r.x0, r.x1, r.y0, r.y1)))]
        self._placed = sorted(placed, key=lambda i: runs[i].y0)  # ties in the text page's order
        self._bottoms = [runs[i].y0 for i in self._placed]
        self._tallest = max((runs[i].y1 - runs[i].y0 for i in placed), default=0.0)

    def reaching(self, shape: Shape) -> list[int]:
        """The indices, in order, of the text objects whose box overlaps the shape's."""
        # Those whose bottom lies below the shape's top, and by less than the tallest box (and a point
        # for rounding) under its bottom; then measured.
        lo = bisect_left(self._bottoms, shape.y0 - self._tallest - 1.0)
        hi = bisect_left(self._bottoms, shape.y1)
        runs = self._runs
        return sorted(
            i
            for i in self._placed[lo:hi]
            if runs[i].x1 > shape.x0
            and runs[i].x0 < shape.x1
            and runs[i].y1 > shape.y0
            and runs[i].y0 < shape.y1
        )


def _reading(chars: Iterable[Char]) -> list[str]:
    """The characters' texts in reading order (lines top down, left to right)."""
    return [c.text for c in sorted(chars, key=lambda c: (-round(c.baseline), c.x0))]


def _drawn_again(hidden: Sequence[Char], over: Sequence[Char]) -> bool:
    """The hidden characters' text is drawn again among the characters over them, in reading order. A
    glyph whose font maps it to no letters (read as UNMAPPED) stands for any one glyph that holds no
    digit: a tool that saved the file again may lose one font's map of a glyph (a ligature) and not the
    other's; digits must be drawn again as they were."""
    ours, theirs = _reading(hidden), _reading(over)
    if UNMAPPED not in ours and UNMAPPED not in theirs:
        return "".join(ours) in "".join(theirs)
    return any(
        all(map(_same_glyph, ours, itertools.islice(theirs, start, None)))
        for start in range(len(theirs) - len(ours) + 1)
    )


def _same_glyph(a: str, b: str) -> bool:
    """The two glyphs' texts may be one glyph's: equal, or one UNMAPPED and the other without a digit."""
    return a == b or (a == UNMAPPED and not _DIGIT.search(b)) or (b == UNMAPPED and not _DIGIT.search(a))


def _overlapping_text(frame: PageFrame, rows: Sequence[Sequence[Run]], clips: Clips) -> list[Signal]:
    """OVERLAPPING_TEXT: two different characters of about one size drawn at the same place (retyped over
    the original). Only the characters of text objects that reach into each other on a line are
    compared, those their clip lets be drawn; a character far larger than the one under it is a
    watermark or a stamp, which no retype is (it is made to pass for the text it replaces). A glyph
    read as UNMAPPED differs from no glyph without a digit (`_same_glyph`)."""
    clashing: list[Char] = []
    for runs in rows:
        row = _overlapping_chars(runs, clips)
        # Only a character that the next one starts inside can share its place with any later one.
        starts = [i for i, (c, after) in enumerate(itertools.pairwise(row)) if after.x0 < c.x1]
        for i in starts:
            c = row[i]
            for other in itertools.islice(row, i + 1, None):
                overlap = c.x1 - other.x0
                if overlap <= 0:
                    break
                # Cheap first: sharing SAME_PLACE_OVERLAP of the smaller box takes that much of its width.
                narrower = min(c.x1 - c.x0, other.x1 - other.x0)
                if (
                    overlap >= SAME_PLACE_OVERLAP * narrower
                    and not _same_glyph(c.text, other.text)
                    and not _accented(c.text, other.text)
                    and max(c.size, other.size) < WATERMARK_SIZE * min(c.size, other.size)
                    and _same_place(c, other)
                ):
                    clashing += (c, other)
    signals = []
    for group in _groups(list(dict.fromkeys(clashing))):
        digits = any(c.text.isdigit() for c in group)
        box = _chars_box(frame, group)
        signals.append(
            Signal(
                code=SignalCode.OVERLAPPING_TEXT,
                severity=Severity.HIGH if digits else Severity.MEDIUM,
                page=frame.number,
                bbox=box,
                message=(
                    f"Two different {'figures' if digits else 'texts'} are drawn at the same place "
                    f"{where(box)}."
                ),
                evidence=f"{len(group)} characters overlap others; fonts {font_names(group)}",
            )
        )
    return signals


def _accented(a: str, b: str) -> bool:
    """A diacritic drawn over a letter: one accented letter, as generators that compose accents draw it."""
    return (_diacritic(a) and not b.isdigit()) or (_diacritic(b) and not a.isdigit())


def _diacritic(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text) in DIACRITICS


def _same_place(a: Char, b: Char) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    if width <= 0 or height <= 0:
        return False
    smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
    return smaller > 0 and width * height >= SAME_PLACE_OVERLAP * smaller


def _groups(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters close together (within a font size) as one finding."""
    groups: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (-c.baseline, c.x0)):
        last = groups[-1][-1] if groups else None
        if last is not None and abs(last.baseline - c.baseline) < c.size and c.x0 - last.x1 < c.size:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _rows(runs: Sequence[Run]) -> list[list[Run]]:
    """Text objects in lines by baseline, each line left to right."""
    ordered = sorted(runs, key=_X0)
    ordered.sort(key=_BASELINE, reverse=True)  # stable: each line stays left to right
    rows: list[list[Run]] = []
    for run in ordered:
        if rows and rows[-1][0].baseline - run.baseline <= LINE_TOLERANCE * run.size:
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=_X0)
    return rows


def _overlapping_chars(row: Sequence[Run], clips: Clips) -> list[Char]:
    """The characters, left to right, of the line's text objects (in the order they start) that reach
    into another one by more than a sliver, and that their clip lets be drawn: only theirs can share
    a place."""
    # Most lines have none: no object starts before the furthest end of the ones before it.
    furthest = -math.inf
    for run in row:
        if furthest > run.x0 + RUN_SLIVER * run.size:
            break
        furthest = run.x1 if run.x1 > furthest else furthest
    else:
        return []
    involved: set[int] = set()
    reaching: list[tuple[float, int]] = []  # the objects so far that reach past the current start
    for i, run in enumerate(row):
        start = run.x0 + RUN_SLIVER * run.size
        reaching = [(x1, j) for x1, j in reaching if x1 > start]
        for _, j in reaching:
            involved.update((j, i))
        reaching.append((run.x1, i))
    return sorted((c for i in sorted(involved) for c in row[i].chars if clips.shows(row[i], c)), key=_X0)


def _words(row: Sequence[Char]) -> list[_Token]:
    """A line's words, cut at gaps."""
    last = row[0]
    word = [last]
    words = [word]
    for c in itertools.islice(row, 1, None):
        if c.x0 - last.x1 > WORD_GAP * (c.size if c.size > last.size else last.size):
            word = []
            words.append(word)
        word.append(c)
        last = c
    return [_Token.of(word) for word in words]


def _words_by_place(runs: Sequence[Run]) -> list[_Token]:
    """The words of a line's text objects, cut from all their characters sorted by place."""
    return _words(sorted((c for run in runs for c in run.chars), key=_X0))


def _figure_words(runs: Sequence[Run]) -> list[_Token]:
    """The words of a line's text objects (left to right), cut as `_words` cuts their characters sorted by
    place. Where each object's characters are drawn left to right and none starts before the last
    character of the object before it (their order by place is their order here), a word within one
    object is read from its characters without making them, and an object whose text holds no separator
    between two digits (`_FIGURE_CORE`) and joins neither neighbour's word is one word that is no figure
    (its words would be no more); else the characters are made and sorted."""
    # Where an object's last character and the next one's first are one word's.
    joins = [
        after.drawn[0][8][0] - run.drawn[-1][8][2]
        <= WORD_GAP * (after.size if after.size > run.size else run.size)
        for run, after in itertools.pairwise(runs)
    ]
    joins.append(False)  # the last object joins no object after it
    tokens: list[_Token] = []
    plain: dict[Run, int] = {}  # characters of words cut from an object that are no figure, by object
    word: list[tuple[Run, int, int]] = []  # the pieces of the word being read, which may go on
    before = False  # the object's first piece joins the object before's last
    last_left = -math.inf
    for run, after in zip(runs, joins, strict=True):
        if run.x0 < last_left:
            return _words_by_place(runs)
        if before or after or (run.marked and _FIGURE_CORE.search(run.text)):
            cut = run.pieces(WORD_GAP * run.size)
            if cut is None:
                return _words_by_place(runs)
            if len(cut) == 1 and not before and not after:  # the object is one word, as most are
                if word:
                    _add_word(word, tokens, plain)
                    word = []
                tokens.append(_Token.of_run(run, 0, len(run.drawn)))
                last_left = run.drawn[-1][8][0]
                continue  # `before` stays False: this object joins no object after it
            # A piece is a word of its own but where its first joins the object before's last.
            for start, stop in cut:
                if word and not before:
                    _add_word(word, tokens, plain)
                    word = []
                word.append((run, start, stop))
                before = False
        elif run.in_place_order():
            tokens.append(_Token.no_figure(run))
        else:
            return _words_by_place(runs)
        before = after
        last_left = run.drawn[-1][8][0]
    if word:
        _add_word(word, tokens, plain)
    if plain:
        tokens += [_Token.no_figure(run, chars) for run, chars in plain.items()]
    return tokens


def _add_word(word: list[tuple[Run, int, int]], tokens: list[_Token], plain: dict[Run, int]) -> None:
    """Adds the word of these pieces to `tokens`, in the order words come; a word cut from an object
    without a separator of a figure is no figure: of those only the object's style and their characters'
    baselines count, so their characters are counted in `plain` by object, to make one word each."""
    if len(word) > 1:
        tokens.append(_Token.of([c for run, start, stop in word for c in run.chars[start:stop]]))
        return
    run, start, stop = word[0]
    if stop - start < len(run.drawn) and not FIGURE_MARK.search(_piece_text(run, start, stop)):
        plain[run] = plain.get(run, 0) + stop - start
    else:
        tokens.append(_Token.of_run(run, start, stop))


def _piece_text(run: Run, start: int, stop: int) -> str:
    """The text of a run's characters `start` to `stop`."""
    if len(run.text) == len(run.drawn):  # a character a letter: the text's letters are the characters'
        return run.text[start:stop]
    return "".join([char[0] for char in run.drawn[start:stop]])


def _middle(values: list[float]) -> float:
    """The median, without sorting the values of a word on one baseline (most words)."""
    first = values[0]
    return first if values.count(first) == len(values) else median(values)


def _chars_box(frame: PageFrame, chars: Sequence[Char]) -> Box:
    return frame.box(*extent(chars))


def _figure_signal(
    frame: PageFrame,
    token: _Token | _Figure,
    code: SignalCode,
    severity: Severity,
    *,
    seen: str,
    evidence: str,
) -> Signal:
    """A finding about one figure; `seen` says what, after "A figure on page N, ... down"."""
    box = frame.box(*token.bounds)
    return Signal(
        code=code,
        severity=severity,
        page=frame.number,
        bbox=box,
        message=f"A figure {where(box)} {seen}.",
        evidence=evidence,
    )


def _mixed_fonts(frame: PageFrame, tokens: Sequence[_Token]) -> list[Signal]:
    """MIXED_FONT_FIGURE: the digits of one figure come from different fonts or sizes."""
    signals = []
    for token in tokens:
        if not token.figure or len(drawn := set(token.digit_styles)) < 2:
            continue
        styles = {style[:2] for style in drawn}  # font, and size to the half point
        if len(styles) >= 2:
            signals.append(
                _figure_signal(
                    frame,
                    token,
                    SignalCode.MIXED_FONT_FIGURE,
                    Severity.HIGH,
                    seen=f"has digits from {len(styles)} fonts",
                    evidence="; ".join(f"{font} {size:g} pt" for font, size in sorted(styles)),
                )
            )
    return signals


def _off_baseline(frame: PageFrame, lines: Sequence[_Line]) -> list[Signal]:
    """MISALIGNED_FIGURE: a figure sits a little above or below the line it is printed on: the baseline
    of the text that is no figure nearest left of it (its label or description, which a retype leaves
    as it was), else the median of the line's. A line across the page may hold two blocks set at two
    pitches (a summary beside a table), whose baselines differ by a little."""
    signals = []
    for line in lines:
        amounts = [t for t in line.tokens if t.amount]
        if not amounts or len(line.tokens) + len(line.words) < 2:
            continue
        if line.spread <= BASELINE_OFF * min(t.size for t in amounts):
            continue  # every baseline and every median of them lie within the spread
        words = [b for run in line.words for b in itertools.repeat(run.baseline, len(run.text))]
        # Each text that is no figure: where it starts and ends, and its baseline. The words that are no
        # figure cut from a text object have the object's box, which reaches past a figure cut from it
        # too (a tool that writes a line as one object, as Ghostscript does): text that starts left of the
        # figure and reaches past it on the figure's very baseline is its own object's, nearest to it.
        labels = [(run.x0, run.x1, run.baseline) for run in line.words]
        labels += [(t.bounds[0], t.bounds[2], _middle(t.baselines)) for t in line.tokens if not t.figure]
        for token in amounts:
            start, base = token.bounds[0], median(token.baselines)
            left = [(min(x1, start), b) for x0, x1, b in labels if x1 <= start or (x0 < start and b == base)]
            if left:
                line_base = max(left)[1]
            else:
                line_base = median([*words, *(b for t in line.tokens if t is not token for b in t.baselines)])
            if abs(base - line_base) > BASELINE_OFF * token.size:
                signals.append(
                    _figure_signal(
                        frame,
                        token,
                        SignalCode.MISALIGNED_FIGURE,
                        Severity.MEDIUM,
                        seen="sits off the baseline of the line it is printed on",
                        evidence=(
                            f"{base - line_base:+.2f} pt from the line's baseline, font size {token.size:g}"
                        ),
                    )
                )
    return signals


def _off_column(frame: PageFrame, tokens: Sequence[_Token]) -> list[Signal]:
    """MISALIGNED_FIGURE: an amount whose right edge misses its column's by a little."""
    amounts = [t for t in tokens if t.amount]
    ends = [(t.right_edge, t.last_x1) for t in amounts]
    columns = _columns(ends)
    signals = []
    for token, (digit, last) in zip(amounts, ends, strict=True):
        for column in columns:
            if abs(digit - column) <= ALIGN_SLACK or abs(last - column) <= ALIGN_SLACK:
                break
        else:
            if any(
                t is not token
                and (abs(t.right_edge - digit) <= ALIGN_SLACK or abs(t.last_x1 - last) <= ALIGN_SLACK)
                for t in amounts
            ):
                # Figures sharing an edge of their own, by their last digits or, as right-aligned text
                # ends, their last characters (a bracket): a second column or a totals block.
                continue
            near = [c for c in columns if abs(last - c) <= MISALIGNED_MAX * token.size]
            if near:
                signals.append(
                    _figure_signal(
                        frame,
                        token,
                        SignalCode.MISALIGNED_FIGURE,
                        Severity.LOW,
                        seen="is off the right alignment of its column",
                        evidence=f"right edge {last - near[0]:+.2f} pt from the column's",
                    )
                )
    return signals


def _columns(ends: Sequence[tuple[float, float]]) -> list[float]:
    """The right edges (to the tenth of a point, left to right) that at least MIN_COLUMN amounts end at
    within ALIGN_SLACK, by their last digit or their last character, each further than ALIGN_SLACK from
    the ones before. `ends`: each amount's (last digit's, last character's)."""
    # Each amount once at each of its ends, by place: an edge's members are found by bisection. An end
    # with no place (NaN) is at no edge.
    at = sorted((end, i) for i, pair in enumerate(ends) for end in set(pair) if not math.isnan(end))
    places = [end for end, _ in at]
    columns: list[float] = []
    for edge in sorted({round(end, 1) for end in set(places)}):
        if any(abs(edge - column) <= ALIGN_SLACK for column in columns):
            continue
        # Widened by far more than a rounding error, then measured as the rule says.
        near = at[bisect_left(places, edge - 2 * ALIGN_SLACK) : bisect_right(places, edge + 2 * ALIGN_SLACK)]
        if len({i for end, i in near if abs(end - edge) <= ALIGN_SLACK}) >= MIN_COLUMN:
            columns.append(edge)
    return columns


def _font_islands(figures: Sequence[_Figure], other_text: set[Style]) -> list[Signal]:
    """FONT_ISLAND: a style (font, size, colour) that only one or two figures in a column use."""
    uses: Counter[Style] = Counter(style for figure in figures for style in figure.digit_styles)
    rare = {s for s, n in uses.items() if n <= ISLAND_MAX_FIGURES and s not in other_text}
    signals = []
    for figure in figures if rare else ():
        if rare.isdisjoint(figure.digit_styles):
            continue
        frame = figure.frame
        islands = [s for s in set(figure.digit_styles) if s in rare]
        edge = figure.right_edge
        page = [f for f in figures if f.frame.number == frame.number]
        column = [
            f
            for f in page
            if f is not figure
            and abs(f.right_edge - edge) <= ALIGN_SLACK + 0.5 * figure.size
            and set(islands).isdisjoint(f.digit_styles)
        ]
        if len(column) < MIN_COLUMN - 1:
            continue  # a lone figure in a style of its own (a total, a heading) is layout
        counted: Counter[Style] = Counter()
        for f in column:
            counted.update(f.digit_styles)
        usual = counted.most_common(1)[0][0]
        # Above or under every figure of its column: an opening or closing balance, one brought or
        # carried forward, a total.
        end = _under(figure, column) or all(f.baseline < figure.baseline for f in column)
        islands = [s for s in islands if not _highlight(s, usual, uses) and not _emphasis(s, usual, end=end)]
        if not islands:
            continue
        font, size, colour = islands[0]
        # A row of figures all in rare styles, under all of the column's: a totals row drawn in a font
        # of its own by design, or the last row retyped in full; a person tells which.
        totals = _totals_row(figure, page, column, rare)
        signals.append(
            _figure_signal(
                frame,
                figure,
                SignalCode.FONT_ISLAND,
                Severity.MEDIUM if totals else Severity.HIGH,
                seen=f"is printed in a font, size or colour that no other text of the file uses, unlike the "
                f"{len(column)} figures of its column"
                + (", on a row under them whose figures all are" if totals else ""),
                evidence=f"{font} {size:g} pt colour {colour}; "
                f"its column uses {usual[0]} {usual[1]:g} pt colour {usual[2]}",
            )
        )
    return signals


def _foreign_pages(figures: Sequence[_Figure]) -> list[Signal]:
    """FONT_ISLAND (MEDIUM): a page whose figures (a column's worth) are printed in font families that the
    figures of no other page use, where the other pages' figures share one: a page of another statement
    put in its place (a splice). A statement's generator prints its tables in the same fonts on every
    page; a summary page in another family, or two systems' statements merged, is for a person to judge."""
    counted = Counter(figure.frame.number for figure in figures)
    pages = sorted(n for n, count in counted.items() if count >= MIN_COLUMN)
    if len(pages) < 2:
        return []  # most statements: one page of figures
    fonts: dict[int, set[str]] = {n: set() for n in pages}
    frames: dict[int, PageFrame] = {}
    for figure in figures:
        if (mine := fonts.get(figure.frame.number)) is not None:
            mine.update(style[0] for style in figure.digit_styles)
            frames[figure.frame.number] = figure.frame
    families = {n: {_family(font)[0] for font in fonts[n]} for n in pages}
    signals = []
    for number in pages:
        others = [families[n] for n in pages if n != number]
        if any(families[number] & theirs for theirs in others):
            continue
        if len(others) > 1 and not set.intersection(*others):
            continue  # the other pages share no font either: fonts named page by page, no page put in
        if len(others) == 1 and number == pages[0]:
            continue  # of two pages, the later one is named
        frame = frames[number]
        box = frame.box(frame.left, frame.bottom, frame.left + frame.width, frame.bottom + frame.height)
        signals.append(
            Signal(
                code=SignalCode.FONT_ISLAND,
                severity=Severity.MEDIUM,
                page=number,
                bbox=box,
                message=(
                    f"The figures of page {number} are printed in fonts that the figures of no other page "
                    "use: the way a page of another statement is put in."
                ),
                evidence=(
                    f"page {number}: {', '.join(sorted(families[number]))}; other pages: "
                    f"{', '.join(sorted(set().union(*others)))}"
                ),
            )
        )
    return signals


def _totals_row(
    figure: _Figure, page: Sequence[_Figure], column: Sequence[_Figure], rare: set[Style]
) -> bool:
    """The figure's row holds another figure, every figure of it drawn in rare styles only, and lies
    under every figure of the figure's column."""
    if not _under(figure, column):
        return False
    base = figure.baseline
    row = [f for f in page if abs(f.baseline - base) <= LINE_TOLERANCE * figure.size]
    return len(row) > 1 and all(f.digit_styles and rare.issuperset(f.digit_styles) for f in row)


def _under(figure: _Figure, column: Sequence[_Figure]) -> bool:
    """The figure lies under every figure of its column (a total, a closing balance)."""
    return all(f.baseline > figure.baseline for f in column)


def _highlight(style: Style, usual: Style, figures: Iterable[Style]) -> bool:
    """The column's own font and size in a colour conspicuously unlike every other colour the file's
    figures have in them: a statement's emphasis (a negative balance in red), not a retype, which is
    made to pass for the figures around it (black over dark grey, or one red over another)."""
    if style[:2] != usual[:2] or (ours := _rgb(style[2])) is None:
        return False
    others = [_rgb(s[2]) for s in figures if s[:2] == style[:2] and s != style]
    return all(
        theirs is not None and max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) >= HIGHLIGHT_GAP
        for theirs in others
    )


def _emphasis(style: Style, usual: Style, *, end: bool) -> bool:
    """The column's font family in a heavier weight at its size, medium or bolder (a total or a closing
    balance in bold), or, for a figure at an `end` of the column, at a larger size and no lighter: a
    statement's emphasis, not a retype, which is made to look like the figures around it (the regular
    among light figures is what an editor types in when it lacks the light font)."""
    family, weight = _family(style[0])
    usual_family, usual_weight = _family(usual[0])
    if family != usual_family:
        return False
    if style[1] == usual[1]:
        return weight > usual_weight and weight >= _EMPHASIS_WEIGHT
    return end and style[1] > usual[1] and weight >= usual_weight


def _family(font: str) -> tuple[str, int]:
    """A font name's family and its weight ("Arial-BoldMT": "Arial", 700; "ArialMT": "Arial", 400;
    "Segoe UI Semibold": "Segoe", 600), by the PostScript naming convention: the family, then a
    hyphen, a comma or a space, then its weight and style."""
    family, *rest = _FAMILY_END.split(font, maxsplit=1)
    style = rest[0].lower() if rest else ""
    weight = next((value for word, value in _WEIGHTS if word in style), _REGULAR)
    return _FOUNDRY_SUFFIX.sub("", family), weight


def _rgb(colour: str) -> tuple[int, int, int] | None:
    """A "#rrggbb" colour's channels (None for a colour that could not be told)."""
    if not _HEX_COLOUR.match(colour):
        return None
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
