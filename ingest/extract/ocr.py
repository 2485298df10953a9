"""Words from page images, through Tesseract (in process, or its program), behind a small engine seam."""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import re
import subprocess
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter, ImageOps

from ingest.codes import ExtractionMethod
from ingest.errors import IngestError, ProcessingTimeout
from ingest.extract.amounts import parse_money
from ingest.extract.balance import LOOKALIKES
from ingest.extract.dates import MONTHS
from ingest.extract.images import MIN_SKEW_DEG, Cleaned, clean_page, rotate_quarter
from ingest.extract.lexicon import ALL, LANGUAGES, TELLING_WORDS, fold
from ingest.extract.words import PageWords, Word, trusted

if TYPE_CHECKING:
    import tesserocr

# Tesseract's bindings (pytesseract, tesserocr) are imported where a page is read, not here: a digital
# file never calls them, and loading them costs every process that loads the readers about 12 ms of CPU.

T = TypeVar("T")

POINTS_PER_INCH = 72.0
# Short letter-only words Tesseract doubts this much are noise (specks, stamps), not text. Longer
# words and figures are kept whatever their score: Tesseract gives some clean figures 0.
MIN_WORD_CONFIDENCE = 30.0
# Upright print reads at 85-95; a page read sideways or upside down averages about 40.
# Under this, ask the engine which way up the page is and read it again.
RETRY_ORIENTATION_BELOW = 70.0
# OSD confidence under which the engine's orientation guess is not acted upon.
MIN_OSD_CONFIDENCE = 2.0
# Dropped columns are looked for at a quarter of OCR resolution, with sizes in inches so that 200 and
# 300 dpi scans are judged alike. A column is at least this much uncovered ink tall per pixel column,
# joined over gaps narrower than a fifth of an inch (letter spacing, decimal points; table columns
# stand further apart), and holds a few separate lines of text: not a stray mark, a logo or one word.
MISSED_FACTOR = 4
MISSED_MIN_INK_IN = 0.16
MISSED_GAP_IN = 0.2
MISSED_ROW_GAP_IN = 0.67  # the blank rows a column may leave between its entries
MISSED_MIN_LINES = 3
MISSED_MAX_LINE_IN = 0.35  # taller than this is a picture, not a line of print
# A block's crop reaches as far as its own rows' ink (a hundreds digit only some rows have), plus
# this margin; the page-wide ink count that found the column is too thin there to show it.
MISSED_WORD_GAP_IN = 0.08
MISSED_MARGIN_IN = 0.05
MISSED_MIN_CONFIDENCE = 60.0
# A row of a table the layout pass dropped whole, as it does beside a picture or a dark banner on the
# same line: a piece of uncovered ink as tall as a line of print (between these, inches) and at least
# MISSED_LINE_MIN_IN wide, cut from the rest by blank rows and by gaps of MISSED_LINE_GAP_IN (wider than
# a space), whose left or right edge is that of words read in MISSED_LINE_ALIGNED or more rows (it
# stands in a column of the page, left- or right-aligned), is read as one line.
MISSED_LINE_MIN_HEIGHT_IN = 0.06
MISSED_LINE_MIN_IN = 0.2
MISSED_LINE_GAP_IN = 0.15
MISSED_LINE_ALIGNED = 3
MAX_MISSED_LINES = 12  # a page: the time a noisy page may take (and as many pieces between words)
# Ink running down unbroken for this long (inches) is a rule or a photographed page's edge, no print (a
# line is at most MISSED_MAX_LINE_IN tall): it would join the rows beside it into one piece.
MISSED_RULE_IN = 1.0
# Ink, for those passes, is what is darker than halfway between the page's paper and its darkest print
# (these percentiles of its pixels): a clean page's print is black, and halfway is mid-grey; a blurred
# photo's small print is grey (at darkest about 100 where its paper is 250), and at mid-grey a figure the
# layout pass dropped ("56.87" at the end of a row's second line) is too thin to be a line of print.
INK_PAPER_PERCENTILE = 90.0
INK_DARKEST_PERCENTILE = 0.5
# A figure holding a mark OCR reads in place of a digit or a minus, read with less confidence than this
# ("$6.87" at 57 for 56.87 at 200 dpi: the page's layout pass reads a line's words together, and a
# blurred 5 takes the shape of a sign; "=205,90" at 28 for -205,90), is read again alone, as one line,
# with this much paper (word heights) around it. Where that reads nothing at all, as on a blurred photo
# whose table rows stand about half a line apart ("500.00", "14.43": the crop reaches into the rows above
# and below), it is read again with only REREAD_TIGHT_MARGIN above and below. The second reading is
# taken when it reads those marks as the digits or the minus they resemble and changes nothing else,
# with this much more confidence and at least REREAD_TRUSTED: it settles marks, never a digit.
REREAD_BELOW = 90.0
REREAD_MARGIN = 1.0
REREAD_TIGHT_MARGIN = 0.5
# The paper around a figure read alone is paper: the print of the rows above and below that the margin
# cuts through, and a table's rules between rows, are painted over with the crop's paper, all but the
# word's own rows and this much (word heights) beyond its box; bare paper is left as scanned. Cut pieces
# of other lines in a line's crop made Tesseract 5.5 (the engine in process) find no line at all where
# 5.3's program read the figure ("5,578.95"), or read it wrong ("78" for 77.15, where alone it reads
# 77.15 at 92).
REREAD_OWN_ROWS = 0.25
REREAD_GAIN = 10.0
REREAD_TRUSTED = 80.0
MAX_REREADS = 24  # a page, the most doubtful first: the time a noisy page may take
# A figure read cleanly with less confidence than REREAD_BELOW ("83.25" at 79 for a photo's blurred
# 88.25, "9.77" at 74 for 99.77 whose first digit the line's reading lost) is read again alone the same
# way. A reading that is another figure is not taken (a second reading is no surer of a digit than the
# first), but kept beside the first as its alternative, for the balance to prove or leave. It is read
# as printed, then enlarged: a digit lost in the page's reading may come back at either. A reading that
# is the same figure with the minus the line's reading lost ("-$161.00" at 90 where a photo's line read
# "$161.00" at 56: a blurred dash is thin) is taken as a mark settled, with REREAD_TRUSTED and
# REREAD_GAIN more confidence. A figure read with confidence and no sign whose print shows a dash just
# before it ("$211.00" at 94 for a photo's "-$211.00": the blurred dash read as nothing, not as a mark)
# is read again alone too, and takes the minus its reading alone gives with REREAD_TRUSTED. A dash is ink
# no word covers, the first mark of the figure's print (within DASH_REACH word heights of its box's left
# edge), no taller than DASH_MAX_HEIGHT of the word and at least DASH_MIN_WIDTH wide, its middle between
# the word's DASH_MIDDLE: flat, where a minus stands, not a digit, a letter or a leader's dot.
DASH_REACH = 1.0
DASH_MAX_HEIGHT = 0.3
DASH_MIN_WIDTH = 0.2
DASH_MIDDLE = (0.3, 0.8)
# A dash is ink darker than the paper by this share of the figure's own contrast: a blurred dash one
# pixel thin is far fainter than the digits beside it. Its length is then measured at half its own depth
# where that is paler (`_dash_length`).
DASH_CONTRAST = 1 / 3
REREAD_SCALES = (1, 2)
# A figure read again alone is read as printed first, then sharpened: on a blurred photo, Tesseract's own
# threshold of the small crop runs a figure's strokes together ("$639" for $63.90, "ssoor" for $80.07,
# "37.99" for $7.99), and an unsharp mask of about the blur's radius (pixels: a lens or a scanner blurs
# by a pixel or two whatever the size of the print) parts them again. The whole page is not sharpened:
# that lost more figures than it gained.
REREAD_SHARPEN_RADIUS = 1.5
REREAD_SHARPEN_PERCENT = 200
# A figure the page's reading failed outright ("2015" at 25 for 27.75 on a clean 300-dpi scan: its
# decimal point lost and two digits misread) is read again alone the same way, when it reads with less
# confidence than this, as digits and a figure's marks that are no figure. The second reading is
# taken when it is a figure with as many digits, read with REREAD_TRUSTED and REREAD_GAIN more; else the
# first figure it reads as alone is kept beside it as its alternative, for the balance to prove or leave
# (a photo's blurred 54.99 read "49" at 38, alone "54.99" at 37: digits lost, which no figure of as many
# digits brings back). Two digits are a failed figure too in a box as long as a figure.
REREAD_FAILED_BELOW = 60.0
# A word read with next to no confidence, as long as a short figure (heights) and not read as one
# ("asecas" at 2 where a photo's blurred "1,346.65" stands), is read again alone too, and so is a word
# read with doubt that is no figure where a column of figures stands ("ans" at 63 for 4,413.37 on a
# balance carried forward): each is taken when it reads as a figure with confidence. A column of
# figures is at least MIN_FIGURE_COLUMN figures whose right edges lie within a word height.
REREAD_FIGURE_MIN_LENGTH = 2.0
MIN_FIGURE_COLUMN = 3
# A word with digits that is no figure standing in a column of figures ("268" for 2.68, "$31" at 92 for
# 5.31) is read again alone, whatever its confidence, and takes a reading that is a figure keeping its
# digits in order, read with REREAD_TRUSTED, with at most this many digits the page's reading lost.
MAX_DIGITS_FOUND = 2
# Two pieces of one figure the page's reading printed apart stand closer than this (word heights), a
# space or two apart; a table's columns stand further apart.
SPLIT_FIGURE_GAP = 1.0
_FIGURE_MARKS = frozenset(".,'-+()/:")
# Digits in groups of three or more joined by a dash ("866-321-8851", "877-946-3184") print a telephone
# number or a reference: a figure prints its minus at an end, never between its digits, and reading one
# again alone finds no figure in it.
_DASHED_DIGITS = re.compile(r"\d{3}-\d{3}")
_DIGIT_OR_MARK = frozenset("0123456789") | frozenset(LOOKALIKES)
_SIGN_LOOKALIKES = frozenset("=~")  # marks OCR reads in place of a minus ("=205,90" for -205,90)
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
# A numeric date whose points OCR read partly as commas ("09,12.2021" for 09.12.2021, "25,01." for
# 25.01.): day and month of two digits each, then a year or a closing point, points and commas mixed. No
# figure prints that shape: a comma or point before the last one is followed by three digits.
_COMMA_DATE = re.compile(r"^\d{2}[.,]\d{2}[.,](?:\d{4})?$")
# A figure with a semicolon where its thousands comma is printed ("5;773.89", "-1;204.80"): a comma read
# with the speck of a blur above it. No figure prints a semicolon.
_SEMICOLON_FIGURE = re.compile(r"^[-+(]?[$£€]?\d{1,3}(?:[;,]\d{3})+\.\d{2}\)?-?$")
# Letters OCR reads in place of another of a like shape on blurred print ("Dee" for Dec, "Nav" for Nov,
# "Jal" for Jul): a month's name one of these slips away from a word printed beside a day is that month.
_LETTER_LOOKALIKES = {
    "a": "eou", "b": "h", "c": "eo", "e": "col", "f": "t", "g": "q", "h": "bn", "i": "lj", "j": "i",
    "l": "it", "n": "hu", "o": "ce", "q": "g", "r": "n", "t": "fl", "u": "nv", "v": "uy", "y": "v",
}  # fmt: skip
# A day after its month's name with a point OCR took a speck for ("AUG 12."); a day is printed before its
# month's name with a point ("12. AUG"), not after it.
_POINTED_DAY = re.compile(r"^\w{1,2}\.$")
_SPECK_MARKS = "._-"  # marks OCR reads a speck or a rule's end as, after a day run into its month
# A numeric date written with slashes ("27/07", "27/07/2023"), and the marks OCR reads in place of its
# slash ("27107", "27l07"); a column of dates holds at least this many of them.
_SLASHED_DATE = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2}|/\d{4})?$")
_SLASH_LOOKALIKES = frozenset("17lI|")
MIN_DATE_COLUMN = 3
# A day and its month's name stand closer than this (word heights) on a date's line.
DATE_WORD_GAP = 1.0
# A page shows it is in another language than the one it was read in when at least this many of that
# language's little words are on it, and more than twice as many as of the language it was read in.
MIN_LANGUAGE_WORDS = 4


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word as the engine saw it, in pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..100
    # Another figure the word read as when read again alone, which the balance may prove (see
    # `_doubtful_figures_reread`); None when it was not read again or read the same.
    alternative: str | None = None


class OcrEngine(Protocol):
    """What the pipeline needs from an OCR engine. Tests substitute fakes that crash or hang."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        """Every word found on the (greyscale, upright) page image; dpi is None when only estimated."""
        ...

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        """Clockwise degrees (0, 90, 180, 270) the page is turned by, or None when unsure."""
        ...

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        """The script the page's letters are, as Tesseract's OSD names it ("Latin", "Greek"), or None
        when there are too few letters to tell. Read at full resolution: at half, a Greek page whose
        capitals and figures Latin shares was named Latin."""
        ...


class OcrError(IngestError):
    """The OCR engine failed on a page for a reason other than a timeout."""


@dataclass(frozen=True, slots=True)
class Tesseract:
    """The Tesseract binary through pytesseract. Frozen and global-free, so it pickles into workers."""

    # One column of text of varying sizes, the page's lines read across its whole width. The fully
    # automatic layout (psm 3) cuts a table into column blocks, and at 200 dpi splits a monospaced
    # amount column into pieces ("67 -16-" for 67.16-): psm 4 read twice as many amounts cleanly
    # there. Its cost: side-by-side header blocks whose lines do not align read worse.
    psm: int = 4

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        # The resolution is given only when known (scans): it sets the word-space threshold, without
        # which monospaced print splits into letters. An estimate is worse than none: told 300 dpi,
        # Tesseract dropped a whole date column of a photo. Told nothing, the CLI estimates the
        # resolution from the letters' size (315 dpi for a photographed HSBC page once cleaned).
        import pytesseract  # noqa: PLC0415  (only where a page is read: see the imports)

        config = f"--psm {self.psm}" + (f" --dpi {dpi}" if dpi else "")
        with _uncompressed(image) as path:
            data = _guarded(
                lambda: pytesseract.image_to_data(
                    path, lang=lang, config=config, timeout=timeout_s, output_type=pytesseract.Output.DICT
                ),
                timeout_s,
            )
        return [
            OcrWord(str(text).strip(), int(left), int(top), int(width), int(height), float(conf))
            for text, conf, left, top, width, height in zip(
                data["text"],
                data["conf"],
                data["left"],
                data["top"],
                data["width"],
                data["height"],
                strict=True,
            )
            if str(text).strip() and float(conf) >= 0
        ]

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        # OSD needs only the shapes of letters to turn a page: half resolution halves its cost and keeps
        # its verdict.
        osd = self._osd(image.reduce(2), dpi // 2, timeout_s)
        rotate = re.search(r"Rotate:\s*(\d+)", osd)
        confidence = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
        if rotate is None or confidence is None or float(confidence.group(1)) < MIN_OSD_CONFIDENCE:
            return None
        return int(rotate.group(1)) % 360

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        named = re.search(r"Script:\s*(\w+)", self._osd(image, dpi, timeout_s))
        return named.group(1) if named else None

    def _osd(self, image: Image.Image, dpi: int, timeout_s: float) -> str:
        """Tesseract's OSD report of the image; empty when there are too few letters to tell, as on
        sparse pages."""
        import pytesseract  # noqa: PLC0415  (only where a page is read)

        config = f"--psm 0 --dpi {dpi}"
        with _uncompressed(image) as path:
            try:
                return _guarded(
                    lambda: str(pytesseract.image_to_osd(path, config=config, timeout=timeout_s)), timeout_s
                )
            except OcrError:
                return ""


@dataclass(frozen=True, slots=True)
class TesseractInProcess(Tesseract):
    """The same Tesseract, called in process through its C API (tesserocr): no program started and no
    model loaded per page. Engines are kept warm for each language (`_Engines`), loaded from the
    system's traineddata (the languages `make setup` installs), and given the CLI's layout mode and
    resolution hint; words and confidences come back as the CLI's do."""

    def read(self, image: Image.Image, dpi: int | None, lang: str, timeout_s: float) -> list[OcrWord]:
        # Told nothing (a photo), the engine does not size the page from its letters as the CLI does:
        # tesserocr hands it the image as a BMP, which carries 96 dpi when the image has none, and
        # Tesseract takes that as the page's. Measured on the real statements photographed page by page
        # (`devtools.ocr_real --forms photo`), that reads them better than telling it the resolution
        # estimated for the page, or leaving it to estimate one as the CLI does: either way TD's 2014
        # card statement (one variant) no longer reconciled and its 2016 one (the other) came apart
        # into two accounts.
        import tesserocr  # noqa: PLC0415  (only where a page is read: see the imports)

        level = tesserocr.RIL.WORD
        words: list[OcrWord] = []
        with _ENGINES.lend(lang, self.psm) as api:
            api.SetImage(image)
            if dpi:
                api.SetSourceResolution(dpi)
            _recognize(api, timeout_s)
            for word in tesserocr.iterate_level(api.GetIterator(), level):
                text = _text(word, level)
                box = word.BoundingBox(level)
                if text and box is not None:
                    left, top, right, bottom = box
                    confidence = float(word.Confidence(level))
                    words.append(OcrWord(text, left, top, right - left, bottom - top, confidence))
        return words

    def orientation(self, image: Image.Image, dpi: int, timeout_s: float) -> int | None:
        # As with the CLI: half resolution to turn a page.
        osd = _detected(image.reduce(2), dpi // 2)
        if not osd or float(osd["orient_conf"]) < MIN_OSD_CONFIDENCE:
            return None
        # Tesseract reports how far the page is turned; the CLI's "Rotate" is the turn that undoes it.
        return (360 - int(osd["orient_deg"])) % 360

    def script(self, image: Image.Image, dpi: int, timeout_s: float) -> str | None:
        osd = _detected(image, dpi)
        return str(osd["script_name"]) if osd else None


def _detected(image: Image.Image, dpi: int) -> dict[str, Any] | None:
    """Tesseract's OSD verdict on the image, in process; none when there are too few letters to tell."""
    import tesserocr  # noqa: PLC0415  (only where a page is read)

    with _ENGINES.lend("osd", tesserocr.PSM.OSD_ONLY) as api:
        api.SetImage(image)
        api.SetSourceResolution(dpi)
        try:
            osd: dict[str, Any] | None = api.DetectOrientationScript()
        except RuntimeError:
            return None
    return osd


def _text(word: tesserocr.PyLTRResultIterator, level: int) -> str:
    """A word's text; none for a word Tesseract found but read no letter of (the CLI leaves it out)."""
    try:
        return str(word.GetUTF8Text(level) or "").strip()
    except RuntimeError:  # tesserocr's "No text returned"
        return ""


class _Engines:
    """This process's idle Tesseract engines by language. A page's reading borrows one (loading it the
    first time) and gives it back, so engines outlive the threads that read a file's pages, and no engine
    is used by two threads at once (Tesseract's are not thread-safe). The layout mode is set on the engine
    lent, not loaded with it: a page read at psm 4 and its figures read again at psm 7 share one engine,
    where an engine per mode loaded the language's model again (~0.12 s of CPU a load, two to four of them
    a reader child)."""

    def __init__(self) -> None:
        self._idle: dict[str, list[tesserocr.PyTessBaseAPI]] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def lend(self, lang: str, psm: int) -> Iterator[tesserocr.PyTessBaseAPI]:
        with self._lock:
            idle = self._idle.setdefault(lang, [])
            api = idle.pop() if idle else None
        if api is None:
            import tesserocr  # noqa: PLC0415  (only where a page is read)

            try:
                api = tesserocr.PyTessBaseAPI(path=tessdata(), lang=lang, psm=psm)
            except RuntimeError as e:
                raise OcrError(f"Tesseract could not load language {lang!r}") from e
        else:
            api.SetPageSegMode(psm)
        try:
            yield api
        finally:
            api.Clear()
            with self._lock:
                idle.append(api)


_ENGINES = _Engines()


def _recognize(api: tesserocr.PyTessBaseAPI, timeout_s: float) -> None:
    started = time.monotonic()
    if api.Recognize(timeout=max(1, round(timeout_s * 1000))):
        return
    if time.monotonic() - started >= timeout_s:
        raise ProcessingTimeout(f"OCR of a page took longer than {timeout_s:g} s")
    raise OcrError("Tesseract could not read the page")


@functools.cache
def tessdata() -> str:
    """The traineddata folder of the system's Tesseract (`TESSDATA_PREFIX`, else the one its program
    lists), so that the languages read in process are those the system installed."""
    configured = os.environ.get("TESSDATA_PREFIX")
    if configured:
        return configured
    import pytesseract  # noqa: PLC0415  (only where a page is read)

    program = str(pytesseract.pytesseract.tesseract_cmd)
    try:
        listing = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrError("Tesseract's program could not list its languages") from e
    found = re.search(r'"([^"]+)"', listing)
    if found is None:
        raise OcrError("Tesseract's program does not say where its languages are")
    return found.group(1)


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """How pages are read: the engine, its languages and the time one call may take."""

    engine: OcrEngine = TesseractInProcess()
    lang: str = "eng"
    timeout_s: float = 120.0


def ocr_page(
    image: Image.Image, number: int, dpi: float, options: OcrOptions, *, dpi_known: bool = True
) -> PageWords:
    """Clean one page image, read it upright, and give word boxes in points like a text layer.

    `dpi_known` is False when the resolution was estimated (a photo): boxes are still scaled by it,
    but the engine is not told it (see `TesseractInProcess.read`).
    """
    page, _ = ocr_first_page(image, number, dpi, options, dpi_known=dpi_known)
    return page


def ocr_first_page(
    image: Image.Image,
    number: int,
    dpi: float,
    options: OcrOptions,
    *,
    dpi_known: bool = True,
    language_of: Callable[[list[str]], str] | None = None,
) -> tuple[PageWords, str]:
    """`ocr_page` for a file's first page, which also tells the file's language: the page and it.

    `language_of` names the language some words are written in (`options.lang` when no other).
    Where the page read in `options.lang` turns out to be in another, it is read again in that one,
    from the same clean image. Cheaper ways were measured and lose accuracy: keeping the first
    reading (English reads REÇU as REGU at 93 and splits "3 542,16"), or reading the page's head
    apart from the rest (Tesseract binarises a crop differently and loses a banner's words).
    Where the page shows no language's words at all, it may be printed in a script `options.lang`
    has no letters for: see `_read_in_its_script`.
    """
    cleaned = _clean(image, dpi, scanned=dpi_known)
    if cleaned.image is None:
        return page_words(number, image.width, image.height, dpi, []), options.lang
    page = _read_upright(image, cleaned, number, dpi, options, dpi_known=dpi_known)
    if language_of is None or not trusted(page):
        return page, options.lang
    texts = [w.text for w in page.words]
    lang = language_of(texts)
    if lang != options.lang:
        options = replace(options, lang=lang)
        page = _read_upright(image, cleaned, number, dpi, options, dpi_known=dpi_known)
    elif not shows_a_language(texts):
        page, options = _read_in_its_script(image, cleaned, page, dpi, options, dpi_known=dpi_known)
    return page, options.lang


def _read_in_its_script(
    image: Image.Image, cleaned: Cleaned, page: PageWords, dpi: float, options: OcrOptions, *, dpi_known: bool
) -> tuple[PageWords, OcrOptions]:
    """A page whose reading shows no language's words, read again in the language of its script when
    Tesseract's OSD names one (`script_language`): data without a script's letters reads them as
    Latin look-alikes ("Tpaneca" for "Τράπεζα"), in which no language's words stand out. OSD is
    unsure of scripts whose letters Latin shares (Greek scores about 1 where Latin scores 3), so the
    second reading is kept only when the engine is more confident of it than of the first.
    """
    assert cleaned.image is not None
    script = options.engine.script(cleaned.image, round(cleaned.dpi), options.timeout_s)
    lang = script_language(script, options.lang)
    if lang is None:
        return page, options
    again = replace(options, lang=lang)
    reread = _read_upright(image, cleaned, page.number, dpi, again, dpi_known=dpi_known)
    if (reread.ocr_confidence or 0.0) > (page.ocr_confidence or 0.0):
        return reread, again
    return page, options


# One page of a process is cleaned at a time: a clean-up's arrays peak at ~20x the page image (~180 MB
# for a 300-dpi letter page), and the OCR threads of a file spend most of their time in Tesseract, so
# another thread's page is read while this one is cleaned, and the peaks no longer add up.
_CLEANING = threading.Lock()


def _clean(image: Image.Image, dpi: float, *, scanned: bool) -> Cleaned:
    with _CLEANING:
        return clean_page(image, dpi, scanned=scanned)


def _read_upright(
    image: Image.Image,
    cleaned: Cleaned,
    number: int,
    dpi: float,
    options: OcrOptions,
    *,
    dpi_known: bool,
) -> PageWords:
    """Read a cleaned page, turned upright first when it reads sideways or upside down."""
    assert cleaned.image is not None
    upright, page_dpi, quarter_turn, skew = cleaned.image, round(cleaned.dpi), 0, cleaned.skew
    words = options.engine.read(upright, page_dpi if dpi_known else None, options.lang, options.timeout_s)
    if _reading_score(words) < RETRY_ORIENTATION_BELOW:
        turn = options.engine.orientation(upright, page_dpi, options.timeout_s)
        if turn:
            # A quarter turn changes which way the lines run, so the skew is measured again.
            turned = _clean(rotate_quarter(image, turn), dpi, scanned=dpi_known)
            if turned.image is not None:
                hint = round(turned.dpi) if dpi_known else None
                retry = options.engine.read(turned.image, hint, options.lang, options.timeout_s)
                if _reading_score(retry) > _reading_score(words):
                    upright, page_dpi, words = turned.image, round(turned.dpi), retry
                    quarter_turn, skew = turn % 360, turned.skew
    hint = page_dpi if dpi_known else None
    words = _doubtful_figures_reread(upright, hint, words, options)
    words = words + _missed_words(upright, page_dpi, hint, words, options)
    kept = [_figure_commas(_date_points(w)) for w in words if _plausible(w)]
    kept = _month_letters(kept)
    kept = _glued_days(_day_marks(kept))
    kept = _date_slashes(kept)
    page = page_words(number, upright.width, upright.height, page_dpi, kept)
    return replace(page, quarter_turn=quarter_turn, skew=skew if abs(skew) >= MIN_SKEW_DEG else 0.0)


def reading_language(texts: Sequence[str], read_in: str) -> str:
    """The Tesseract language a page's words show it is printed in; `read_in`, the one they were read
    in, when no other stands out or the other's data is not installed.

    Each language of the lexicon is counted by its commonest little words ("und", "der"; "et", "du")
    and the words of the period line and page furniture only it prints ("vom", "Seite"), which OCR in
    a neighbouring language still reads: they are short and mostly unaccented.
    """
    counts = _telling_counts(texts)
    best, found = max(counts.items(), key=lambda item: item[1])
    if best == read_in or found < MIN_LANGUAGE_WORDS or found <= 2 * counts[read_in]:
        return read_in
    return best if best in installed_languages() else read_in


def shows_a_language(texts: Sequence[str]) -> bool:
    """Whether a page's words show any language of the lexicon, the one they were read in too."""
    return max(_telling_counts(texts).values()) >= MIN_LANGUAGE_WORDS


def _telling_counts(texts: Sequence[str]) -> Counter[str]:
    """How many of each language's telling words (`TELLING_WORDS`) a page's words hold, by its
    Tesseract data."""
    words = Counter(fold(text.strip(".,:;()")) for text in texts)
    counts: Counter[str] = Counter()
    for lexicon in LANGUAGES:
        telling = TELLING_WORDS[lexicon.language]
        counts[lexicon.tesseract] = sum(n for w, n in words.items() if w in telling)
    return counts


def script_language(script: str | None, read_in: str) -> str | None:
    """The Tesseract language to read a page in whose letters are this script (OSD's name for it), when
    the data it was read in (`read_in`, "eng" or "eng+fra") writes in another: the lexicon languages
    written in it, read at once ("ell"; "rus+ukr", whose words then tell which), when their data is
    installed. None for the script of the data already read in (Latin, whose many languages the words
    read tell apart), and for one no lexicon language is written in."""
    read = frozenset(read_in.split("+"))
    if any(lexicon.script == script for lexicon in LANGUAGES if lexicon.tesseract in read):
        return None
    written = [lexicon.tesseract for lexicon in LANGUAGES if lexicon.script == script]
    if not written or not set(written) <= installed_languages():
        return None
    return "+".join(written)


@functools.cache
def installed_languages() -> frozenset[str]:
    """The languages Tesseract has data for here (`make setup` installs one per lexicon language)."""
    import pytesseract  # noqa: PLC0415  (only where a page is read)

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (OSError, RuntimeError, pytesseract.TesseractError):
        return frozenset()


def _missed_words(
    image: Image.Image, dpi: int, hint: int | None, words: list[OcrWord], options: OcrOptions
) -> list[OcrWord]:
    """Words of the print that the page layout analysis dropped: whole columns, then whole rows, then
    pieces of a row between words read on it.

    The page's ink is reduced once, and each pass looks at what of it no word read so far covers.
    """
    if not isinstance(options.engine, Tesseract):
        return []  # the dropped columns and rows are a trait of Tesseract's layout pass, not of every engine
    ink, engine = _ink(image, MISSED_FACTOR), options.engine
    columns = _missed_columns(
        _Unread.of(image, ink, words, dpi=dpi, hint=hint, engine=engine, options=options)
    )
    lines = _missed_lines(
        _Unread.of(image, ink, words + columns, dpi=dpi, hint=hint, engine=engine, options=options)
    )
    read = words + columns + lines
    thin = _thin_ink(image, MISSED_FACTOR, dpi)
    between = _missed_between(
        _Unread.of(image, thin, read, dpi=dpi, hint=hint, engine=engine, options=options)
    )
    return columns + lines + between


@dataclass(frozen=True, slots=True)
class _Unread:
    """What of a page's print no word read so far covers, and how a piece of it is read again."""

    image: Image.Image
    missed: npt.NDArray[np.bool_]  # the page's ink, reduced by MISSED_FACTOR, that no word's box covers
    words: list[OcrWord]  # the words read so far
    per_inch: float  # pixels of the reduced image per inch
    hint: int | None  # the resolution the engine is told (None for an estimate)
    engine: Tesseract  # the dropped columns and rows are a trait of Tesseract's layout pass
    options: OcrOptions

    @classmethod
    def of(
        cls,
        image: Image.Image,
        ink: npt.NDArray[np.bool_],
        words: list[OcrWord],
        *,
        dpi: int,
        hint: int | None,
        engine: Tesseract,
        options: OcrOptions,
    ) -> _Unread:
        """`ink` is the page's ink reduced by MISSED_FACTOR (`_ink`), `dpi` the image's resolution."""
        missed = _uncovered(ink, words, MISSED_FACTOR)
        return cls(image, missed, words, dpi / MISSED_FACTOR, hint, engine, options)

    def inches(self, length: float) -> int:
        """A length in inches as pixels of the reduced image."""
        return round(length * self.per_inch)

    def read(self, piece: tuple[int, int, int, int], psm: int) -> list[OcrWord]:
        """The confident words read in `piece` (left, top, right, bottom in reduced-image pixels, a margin
        around it added) with the engine told the layout `psm`, clear of the words already read."""
        factor, margin = MISSED_FACTOR, self.inches(MISSED_MARGIN_IN)
        left, top, right, bottom = piece
        box = (
            max(0, (left - margin) * factor),
            max(0, (top - margin) * factor),
            min(self.image.width, (right + margin) * factor),
            min(self.image.height, (bottom + margin) * factor),
        )
        found = []
        for w in replace(self.engine, psm=psm).read(
            _dark_on_light(self.image.crop(box)), self.hint, self.options.lang, self.options.timeout_s
        ):
            moved = OcrWord(w.text, w.left + box[0], w.top + box[1], w.width, w.height, w.confidence)
            if w.confidence >= MISSED_MIN_CONFIDENCE and not any(_overlap(moved, o) for o in self.words):
                found.append(moved)
        return found


def _dark_on_light(crop: Image.Image) -> Image.Image:
    """The crop as dark print on light paper: inverted where it is mostly dark, a banner's light lettering
    (most of its pixels darker than halfway between its darkest and lightest). Tesseract tries a line
    inverted only where it reads it with little confidence, and its 5.5 (the engine in process) read a
    heading's "Date" on a dark banner as "SET" (5.3's program read "Date"; inverted, both do)."""
    pixels = np.asarray(crop)
    darkest, lightest, middle = np.percentile(
        pixels, (INK_DARKEST_PERCENTILE, 100 - INK_DARKEST_PERCENTILE, 50)
    )
    return ImageOps.invert(crop) if middle < (darkest + lightest) / 2 else crop


def _missed_columns(unread: _Unread) -> list[OcrWord]:
    """Words of the print that the page layout analysis dropped, read again as plain blocks.

    Tesseract's layout pass sometimes takes a whole column of a noisy scan (the dates, the balances)
    for a picture and reads nothing there; psm 4 looks for pictures as psm 3 does, only not for
    columns. A column of ink no word covers is cropped and read as a uniform block (psm 6: a layout
    pass would drop it again); only words clear of those already read, and read with confidence, are
    added.
    """
    missed = unread.missed
    rows_with_ink = missed.sum(axis=0)  # per column of pixels: how many uncovered ink pixels
    spans = _runs(rows_with_ink >= MISSED_MIN_INK_IN * unread.per_inch, gap=unread.inches(MISSED_GAP_IN))
    found: list[OcrWord] = []
    for x0, x1 in spans:
        for y0, y1 in _runs(np.asarray(missed[:, x0:x1].any(axis=1)), gap=unread.inches(MISSED_ROW_GAP_IN)):
            left, right = _block_width(missed[y0:y1], x0, x1, gap=unread.inches(MISSED_WORD_GAP_IN))
            if _text_lines(missed[y0:y1, left:right], unread.per_inch) < MISSED_MIN_LINES:
                continue
            found += unread.read((left, y0, right, y1), psm=6)
    return found


def _missed_lines(unread: _Unread) -> list[OcrWord]:
    """Words of rows that the page layout analysis dropped whole, read again line by line.

    Beside a picture or a dark banner printed on the same lines, Tesseract's layout pass may take a
    table's row for part of the picture and read nothing of it. Uncovered ink is cut into pieces at
    blank rows and wide gaps; a piece as tall as a line of print that starts or ends where words read
    in other rows do (a column's edge) is read as one line (psm 7: a layout pass would drop it again),
    and only words clear of those already read, and read with confidence, are added.
    """
    words = unread.words
    if not words:
        return []
    factor = MISSED_FACTOR
    lefts, rights = [w.left for w in words], [w.left + w.width for w in words]

    def at_an_edge(top: int, bottom: int, left: int, right: int) -> bool:
        reach = (bottom - top) * factor
        return _aligned(lefts, left * factor, reach) or _aligned(rights, right * factor, reach)

    return _read_lines(unread, at_an_edge)


def _missed_between(unread: _Unread) -> list[OcrWord]:
    """Words the page layout analysis dropped between two words it read on their line, read as one line.

    A column whose heading and one figure the pass dropped ("Paid out" and a lone 2,000.00 between a
    row's details and its balance, on a photographed savings statement) is neither a column of a few
    lines nor aligned with other rows' words: it is found by standing between words of its own line.
    Its print is found in `unread`'s thin ink (`_thin_ink`: a blurred photo's regular type averages
    out as light as paper), cut into pieces as `_missed_lines` cuts it.
    """
    words = unread.words
    if not words:
        return []
    factor = MISSED_FACTOR
    starts = np.array([w.left for w in words])
    ends = np.array([w.left + w.width for w in words])
    tops = np.array([w.top for w in words])
    bottoms = np.array([w.top + w.height for w in words])

    def between_words(top: int, bottom: int, left: int, right: int) -> bool:
        middle = (top + bottom) * factor // 2
        on_line = (tops <= middle) & (middle <= bottoms)
        return bool(
            np.any(on_line & (ends <= left * factor)) and np.any(on_line & (starts >= right * factor))
        )

    return _read_lines(unread, between_words)


def _read_lines(unread: _Unread, where: Callable[[int, int, int, int], bool]) -> list[OcrWord]:
    """The pieces of `unread`'s missed ink as tall as a line of print that stand `where` (top, bottom,
    left, right), each read as one line (psm 7), at most `MAX_MISSED_LINES` of them."""
    per_inch = unread.per_inch
    found: list[OcrWord] = []
    reads = 0
    for top, bottom, left, right in _pieces(unread.missed, gap=unread.inches(MISSED_LINE_GAP_IN)):
        height, width = (bottom - top) / per_inch, (right - left) / per_inch
        if not MISSED_LINE_MIN_HEIGHT_IN <= height <= MISSED_MAX_LINE_IN or width < MISSED_LINE_MIN_IN:
            continue
        if not where(top, bottom, left, right):
            continue
        if reads == MAX_MISSED_LINES:
            break
        reads += 1
        found += unread.read((left, top, right, bottom), psm=7)
    return found


def _thin_ink(image: Image.Image, factor: int, dpi: int) -> npt.NDArray[np.bool_]:
    """The page's ink reduced by `factor`, a reduced pixel ink where any of its pixels is (thin print
    kept), without rules and page edges (`_upright_rules`), which would join the rows beside them."""
    values = np.asarray(image, dtype=np.uint8)
    height, width = values.shape[0] // factor * factor, values.shape[1] // factor * factor
    ink: npt.NDArray[np.bool_] = _block_minimum(values[:height, :width], factor) < 128
    return ink & ~_upright_rules(ink, round(MISSED_RULE_IN * dpi / factor))


def _block_minimum(values: npt.NDArray[np.uint8], factor: int) -> npt.NDArray[np.uint8]:
    """The darkest pixel of each `factor` by `factor` block of `values` (whose sides are multiples of
    `factor`): the minimum of each block's rows, then of its columns, a slice at a time (a reduction over
    the blocks' own axes took seven times as long: 33 against 5 ms a 300-dpi page)."""
    rows = values[::factor].copy()
    for k in range(1, factor):
        np.minimum(rows, values[k::factor], out=rows)
    darkest = rows[:, ::factor].copy()
    for k in range(1, factor):
        np.minimum(darkest, rows[:, k::factor], out=darkest)
    return darkest


def _upright_rules(ink: npt.NDArray[np.bool_], length: int) -> npt.NDArray[np.bool_]:
    """The ink of `ink` in unbroken upright runs at least `length` pixels long: rules and the page's
    edges, not print."""
    if length < 1 or ink.shape[0] < length:
        return np.zeros_like(ink)
    summed = np.concatenate(
        [np.zeros((1, ink.shape[1]), dtype=np.int32), np.cumsum(ink, axis=0, dtype=np.int32)]
    )
    starts = (summed[length:] - summed[:-length]) == length  # a full run of `length` starts at each
    rules = np.zeros((ink.shape[0] + 1, ink.shape[1]), dtype=np.int32)
    rules[: starts.shape[0]] += starts
    rules[length : length + starts.shape[0]] -= starts
    covered: npt.NDArray[np.bool_] = np.cumsum(rules, axis=0)[:-1] > 0
    return covered


def _aligned(edges: Sequence[int], edge: int, reach: int) -> bool:
    """Whether at least `MISSED_LINE_ALIGNED` of the `edges` are within `reach` of `edge`."""
    return sum(abs(e - edge) <= reach for e in edges) >= MISSED_LINE_ALIGNED


def _ink(image: Image.Image, factor: int) -> npt.NDArray[np.bool_]:
    """The page's ink (pixels darker than `_ink_level`), reduced by `factor`."""
    reduced = np.asarray(image.reduce(factor), dtype=np.uint8)
    ink: npt.NDArray[np.bool_] = reduced < _ink_level(reduced)
    return ink


def _ink_level(grey: npt.NDArray[np.uint8]) -> float:
    """The grey level halfway between a page's paper and its darkest print."""
    paper, darkest = np.percentile(grey, [INK_PAPER_PERCENTILE, INK_DARKEST_PERCENTILE])
    return float(paper + darkest) / 2


def _uncovered(ink: npt.NDArray[np.bool_], words: Sequence[OcrWord], factor: int) -> npt.NDArray[np.bool_]:
    """The page's `ink`, reduced by `factor`, that no word's box covers."""
    covered = np.zeros_like(ink)
    for w in words:
        covered[
            max(0, w.top // factor - 1) : (w.top + w.height) // factor + 2,
            max(0, w.left // factor - 1) : (w.left + w.width) // factor + 2,
        ] = True
    uncovered: npt.NDArray[np.bool_] = ink & ~covered
    return uncovered


def _pieces(ink: npt.NDArray[np.bool_], gap: int, depth: int = 4) -> list[tuple[int, int, int, int]]:
    """(top, bottom, left, right) of the pieces ink falls into, cut at blank rows and at blank columns
    wider than `gap`, again within each piece, `depth` times."""
    pieces: list[tuple[int, int, int, int]] = []
    for top, bottom in _runs(np.asarray(ink.any(axis=1)), gap=0):
        band = ink[top:bottom]
        for left, right in _runs(np.asarray(band.any(axis=0)), gap=gap):
            inner = band[:, left:right]
            rows = _runs(np.asarray(inner.any(axis=1)), gap=0)
            if depth > 1 and (len(rows) > 1 or rows[0] != (0, bottom - top)):
                inside = _pieces(inner, gap, depth - 1)
                pieces.extend((top + t, top + b, left + x0, left + x1) for t, b, x0, x1 in inside)
            else:
                pieces.append((top, bottom, left, right))
    return pieces


def _doubtful_figures_reread(
    image: Image.Image, hint: int | None, words: list[OcrWord], options: OcrOptions
) -> list[OcrWord]:
    """The page's words, each figure read with doubt replaced by its reading alone (as printed, else
    sharpened) when that settles its figure read with more confidence (its box kept), each word of digits
    that is no figure in a column of figures by its reading alone that is a figure keeping its digits, and
    each clean figure read with doubt given another figure it reads as alone for its alternative. `hint`
    is the resolution the engine is told."""
    if not isinstance(options.engine, Tesseract):
        return words  # the line's reading that blurs a digit into a sign is Tesseract's layout pass
    engine = replace(options.engine, psm=7)  # one line of text: the figure and nothing else
    misfits = _misfits_in_figure_columns(words)
    strays = {i for i in misfits if words[i].confidence < REREAD_BELOW and not _has_digit(words[i].text)}
    broken = {
        i
        for i in misfits
        if _has_digit(words[i].text)
        and not _DASHED_DIGITS.search(words[i].text)
        and not _split_figure(words[i], words)
    }
    dashed = {i: found for i, w in enumerate(words) if (found := _dashed(image, w, words)) is not None}
    doubtful = sorted(
        (
            i
            for i, w in enumerate(words)
            if _marked_doubt(w)
            or _failed_figure(w)
            or _failed_word(w)
            or i in strays
            or i in broken
            or i in dashed
            or _doubted_figure(w)
        ),
        key=lambda i: (i not in misfits, words[i].confidence),  # a column's amounts first
    )
    result = list(words)
    for i in doubtful[:MAX_REREADS]:
        w = words[i]
        if _doubted_figure(w) or i in dashed:
            result[i] = _read_again_doubted(image, w, engine, hint, options, dashed=dashed.get(i))
            continue
        alternative = None  # a failed figure's reading alone as a figure, not trusted: for the balance
        # A figure's print the page's reading broke may reach past its box, to its column's edge ("$3.4"
        # for $3.41, its 1 outside the box): it is read alone, and boxed, to there.
        if i in broken and misfits[i] > w.left + w.width:
            w = replace(w, width=misfits[i] - w.left)
        for sharpen in (False, True):
            again = _read_alone(image, w, engine, hint, options, sharpen=sharpen)
            if again is None:
                continue
            text, confidence = again.text, again.confidence
            settled = (
                _resolves(w.text, text)
                or (_failed_figure(w) and _figure_of(w.text, text))
                or ((_failed_word(w) or i in strays) and parse_money(text) is not None)
            )
            if settled and confidence >= max(REREAD_TRUSTED, w.confidence + REREAD_GAIN):
                result[i] = replace(w, text=text, confidence=confidence)
                break
            if i in broken and _keeps_digits(w.text, text) and confidence >= REREAD_TRUSTED:
                result[i] = replace(w, text=text, confidence=confidence)
                break
            if alternative is None and _failed_figure(w) and parse_money(text) is not None:
                alternative = text
        if result[i] is words[i] and alternative is not None:
            result[i] = replace(words[i], alternative=alternative)
    return result


def _read_alone(
    image: Image.Image,
    word: OcrWord,
    engine: Tesseract,
    hint: int | None,
    options: OcrOptions,
    *,
    scale: int = 1,
    sharpen: bool = False,
) -> OcrWord | None:
    """What `engine` reads where `word` stands, cut out with REREAD_MARGIN of paper around it (where that
    reads nothing, REREAD_TIGHT_MARGIN above and below), sharpened if asked and enlarged `scale` times
    (its box is that of the crop as enlarged), or None."""
    for above in (REREAD_MARGIN, REREAD_TIGHT_MARGIN):
        found = _read_in_crop(image, word, engine, hint, options, above=above, scale=scale, sharpen=sharpen)
        if found is not None:
            return found
    return None


def _read_in_crop(
    image: Image.Image,
    word: OcrWord,
    engine: Tesseract,
    hint: int | None,
    options: OcrOptions,
    *,
    above: float,
    scale: int,
    sharpen: bool,
) -> OcrWord | None:
    """`_read_alone` with `above` word heights of paper above and below the word."""
    margin, above_px = round(REREAD_MARGIN * word.height), round(above * word.height)
    box = (
        max(0, word.left - margin),
        max(0, word.top - above_px),
        min(image.width, word.left + word.width + margin),
        min(image.height, word.top + word.height + above_px),
    )
    own_rows = round(REREAD_OWN_ROWS * word.height)
    crop = _paper_beyond(
        image.crop(box), word.top - own_rows - box[1], word.top + word.height + own_rows - box[1]
    )
    if sharpen:
        crop = crop.filter(
            ImageFilter.UnsharpMask(REREAD_SHARPEN_RADIUS, REREAD_SHARPEN_PERCENT, threshold=0)
        )
    if scale != 1:
        crop = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.BICUBIC)
    place = OcrWord(  # the word's box within the crop
        word.text,
        (word.left - box[0]) * scale,
        (word.top - box[1]) * scale,
        word.width * scale,
        word.height * scale,
        word.confidence,
    )
    found = engine.read(crop, hint * scale if hint else None, options.lang, options.timeout_s)
    return _read_in_place(found, place)


def _paper_beyond(crop: Image.Image, top: int, bottom: int) -> Image.Image:
    """The crop with its rows above `top`, and those from `bottom` on, painted with its paper (the level
    of INK_PAPER_PERCENTILE of its pixels) where they hold ink (`_ink_level`): rows of bare paper are left
    as they are, paper painted over paper changing only the grain Tesseract's threshold sees (a photo's
    faint "$3.41", nothing above or below it, read alone at 85 as it stood and at 55 painted over)."""
    pixels = np.array(crop)
    paper, level = np.percentile(pixels, INK_PAPER_PERCENTILE), _ink_level(pixels)
    for rows in (slice(0, max(0, top)), slice(max(0, bottom), None)):
        if (pixels[rows] < level).any():
            pixels[rows] = paper
    return Image.fromarray(pixels)


def _read_again_doubted(
    image: Image.Image,
    word: OcrWord,
    engine: Tesseract,
    hint: int | None,
    options: OcrOptions,
    *,
    dashed: OcrWord | None,
) -> OcrWord:
    """A figure read cleanly with doubt, or printed with a dash before it (`dashed`: its box with the
    dash taken in, see `_dashed`), read alone as printed and enlarged (a digit the page's reading lost
    may come back larger: "99.77" read "9.77"), then sharpened: with the minus it reads with alone,
    confidently, where the page's reading had none; else, read with doubt, with another figure it reads
    as for its alternative; else as it was."""
    first = parse_money(word.text)
    alone = dashed or word
    trusted = REREAD_TRUSTED if dashed else max(REREAD_TRUSTED, word.confidence + REREAD_GAIN)
    for sharpen, scale in itertools.product((False, True), REREAD_SCALES):
        again = _read_alone(image, alone, engine, hint, options, scale=scale, sharpen=sharpen)
        if again is None:
            continue
        if _minus_found(word.text, again.text) and again.confidence >= trusted:
            return replace(alone, text=again.text, confidence=again.confidence)
        figure = parse_money(again.text)
        if (
            _doubted_figure(word)
            and figure is not None
            and first is not None
            and figure.magnitude != first.magnitude
        ):
            return replace(word, alternative=again.text)
    return word


def _dashed(image: Image.Image, word: OcrWord, words: Sequence[OcrWord]) -> OcrWord | None:
    """A figure read without a sign that is printed with a dash before it, its box widened to take the
    dash in, else None. The dash is the first mark of its print, within DASH_REACH word heights either
    side of its box's left edge (Tesseract's box may take in part of a dash it did not read): flat, wide
    and where a minus stands, another mark after it, and no other word covering it."""
    figure = parse_money(word.text)
    if figure is None or figure.negative is not None or word.height <= 0:
        return None
    height, reach = word.height, round(DASH_REACH * word.height)
    left = max(0, word.left - reach)
    grey = np.asarray(image.crop((left, word.top, word.left + word.width, word.top + height)), dtype=np.uint8)
    paper, darkest = float(np.percentile(grey, 90)), float(grey.min())
    ink = grey < paper - DASH_CONTRAST * (paper - darkest)
    marks = _runs(np.asarray(ink[:, : word.left - left + reach].any(axis=0)), gap=0)
    if len(marks) < 2:
        return None
    rows = np.nonzero(ink[:, marks[0][0] : marks[0][1]].any(axis=1))[0]
    start, stop = _dash_length(grey[:, : marks[1][0]], marks[0], paper)
    mark = OcrWord("", left + start, word.top, stop - start, height, 0.0)
    low, high = DASH_MIDDLE
    dash = (
        rows[-1] - rows[0] + 1 <= DASH_MAX_HEIGHT * height
        and stop - start >= DASH_MIN_WIDTH * height
        and low * height <= (rows[0] + rows[-1]) / 2 <= high * height
        and not any(_overlap(mark, other) for other in words if other is not word)
    )
    wider = max(0, word.left - mark.left)
    return replace(word, left=word.left - wider, width=word.width + wider) if dash else None


def _dash_length(grey: npt.NDArray[np.uint8], mark: tuple[int, int], paper: float) -> tuple[int, int]:
    """[start, stop) of the columns of `grey` the mark found at `mark` spans, where it is darker than half
    its own depth wherever that takes in more: a thin stroke blurred is shallower than a figure's strokes,
    not shorter (a 200-dpi scan's minus at 168 beside digits at 103), and the level their contrast sets
    cuts its ends."""
    start, stop = mark
    half = (paper + float(grey[:, start:stop].min())) / 2
    for a, b in _runs(np.asarray((grey < half).any(axis=0)), gap=0):
        if a < stop and b > start:
            return min(a, start), max(b, stop)
    return mark


def _minus_found(first: str, again: str) -> bool:
    """Whether `again` is `first` with a minus before or after it and nothing else changed."""
    return "-" not in first and again in (f"-{first}", f"{first}-")


def _doubted_figure(word: OcrWord) -> bool:
    """A figure read cleanly (no look-alike mark in it) with doubt."""
    return (
        word.confidence < REREAD_BELOW
        and not _marked_figure(word.text)
        and parse_money(word.text) is not None
    )


def _marked_doubt(word: OcrWord) -> bool:
    return word.confidence < REREAD_BELOW and _marked_figure(word.text)


def _failed_figure(word: OcrWord) -> bool:
    """Digits and a figure's marks, read with little confidence, that are no figure ("2015" for 27.75):
    three digits at least, or fewer in a box as long as a figure (a photo's blurred 54.99 read "49" at
    38). Look-alike marks are left to the stricter reading again of marked figures: a second reading may
    take a printed currency sign for a digit ("348.56" for $48.56). A telephone number is none
    (`_DASHED_DIGITS`)."""
    text = word.text
    digits = sum(c.isdigit() for c in text)
    return (
        word.confidence < REREAD_FAILED_BELOW
        and (digits >= 3 or (digits >= 2 and word.width >= REREAD_FIGURE_MIN_LENGTH * word.height))
        and 2 * digits >= len(text)
        and all(c.isdigit() or c in _FIGURE_MARKS for c in text)
        and parse_money(text) is None
        and not _DASHED_DIGITS.search(text)
    )


def _failed_word(word: OcrWord) -> bool:
    """A word read with next to no confidence, as long as a figure, with no digits to go by."""
    return (
        word.confidence < MIN_WORD_CONFIDENCE
        and word.width >= REREAD_FIGURE_MIN_LENGTH * word.height
        and not any(c.isdigit() for c in word.text)
    )


def _misfits_in_figure_columns(words: Sequence[OcrWord]) -> dict[int, int]:
    """The indexes of words that are no figure, standing in a column of figures, and the column's right
    edge: their box reaches under the column's span, their right edge not past its edge by a word
    height."""
    figures = [w for w in words if parse_money(w.text) is not None]
    strays: dict[int, int] = {}
    for i, w in enumerate(words):
        if parse_money(w.text) is not None:
            continue
        right = w.left + w.width
        under = sorted(f.left + f.width for f in figures if f.left < right and w.left < f.left + f.width)
        if len(under) < MIN_FIGURE_COLUMN:
            continue
        edge = under[len(under) // 2]  # the column's right edge, as most of its figures print it
        aligned = [x for x in under if abs(x - edge) <= w.height]
        if len(aligned) >= MIN_FIGURE_COLUMN and right <= edge + w.height:
            strays[i] = edge
    return strays


def _split_figure(word: OcrWord, words: Sequence[OcrWord]) -> bool:
    """Whether a word is one piece of a figure the page's reading printed apart ("6,0" "00.04" for
    6,000.04, which the table joins again): another word with digits stands on its line closer than
    SPLIT_FIGURE_GAP word heights to it. Read alone, its crop would take in the other piece's digits
    ("6,00")."""
    reach = SPLIT_FIGURE_GAP * word.height
    middle = word.top + word.height / 2
    return any(
        other is not word
        and _has_digit(other.text)
        and other.top <= middle <= other.top + other.height
        and (
            0 <= other.left - (word.left + word.width) <= reach
            or 0 <= word.left - (other.left + other.width) <= reach
        )
        for other in words
    )


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _keeps_digits(broken: str, again: str) -> bool:
    """Whether `again` is a figure that keeps the digits of `broken`, a figure's print read as no figure
    ("268" for 2.68, "$31" for 5.31, "49" for 54.99: a point lost, a digit read as a sign, digits run
    together), in their order: each digit of `broken` is one of `again`'s, each look-alike mark one or
    none, and `again` has at most MAX_DIGITS_FOUND digits more."""
    if parse_money(again) is None:
        return False
    found = "".join(c for c in again if c.isdigit())
    # Each digit in order, each look-alike mark its digit or nothing, any digits between.
    kept = ".*".join(c if c.isdigit() else f"[{LOOKALIKES[c]}]?" for c in broken if c in _DIGIT_OR_MARK)
    lost = len(found) - sum(c.isdigit() for c in broken)
    return re.search(kept, found) is not None and lost <= MAX_DIGITS_FOUND


def _figure_of(failed: str, again: str) -> bool:
    """Whether `again` is a figure with as many digits as `failed`: the same glyphs read as a figure, not
    a neighbour's figure or a figure of another length."""
    return parse_money(again) is not None and sum(c.isdigit() for c in again) == sum(
        c.isdigit() for c in failed
    )


def _read_in_place(again: list[OcrWord], place: OcrWord) -> OcrWord | None:
    """The one word of a figure's second reading that stands where the figure stood (`place`, in the
    crop's pixels), or None.

    The paper around the figure may hold a neighbour's edge ("+ 5.314,05": a sign printed apart
    before it), read as a word of its own; a word whose middle falls outside the figure's box is
    that neighbour, not the figure."""
    inside = [w for w in again if _middle_within(w, place)]
    return inside[0] if len(inside) == 1 else None


def _middle_within(word: OcrWord, box: OcrWord) -> bool:
    x, y = word.left + word.width / 2, word.top + word.height / 2
    return box.left <= x <= box.left + box.width and box.top <= y <= box.top + box.height


def _resolves(doubted: str, again: str) -> bool:
    """Whether `again` is `doubted` with its look-alike marks read as the digits or the minus they
    resemble, and nothing else changed: a second reading settles marks, never a digit read as one."""
    if len(again) != len(doubted) or again == doubted:
        return False
    return all(
        a == b or b in LOOKALIKES.get(a, "") or (a in _SIGN_LOOKALIKES and b == "-")
        for a, b in zip(doubted, again, strict=True)
    )


def _marked_figure(text: str) -> bool:
    """Digits with a figure's marks (points, commas, signs) and a mark OCR reads in place of a digit or a
    minus ("$6.87", "1O0.00", "=205,90"), at least half of it digits."""
    digits = sum(c.isdigit() for c in text)
    marked = any(c in LOOKALIKES or c in _SIGN_LOOKALIKES for c in text)
    return (
        marked
        and digits >= 2
        and 2 * digits >= len(text)
        and all(c.isdigit() or c in _FIGURE_MARKS or c in LOOKALIKES or c in _SIGN_LOOKALIKES for c in text)
    )


def _block_width(ink: npt.NDArray[np.bool_], x0: int, x1: int, gap: int) -> tuple[int, int]:
    """[left, right) of the ink in a block's own rows that touches the column found at [x0, x1)."""
    left, right = x0, x1
    for start, stop in _runs(np.asarray(ink.any(axis=0)), gap=gap):
        if start < x1 and stop > x0:
            left, right = min(left, start), max(right, stop)
    return left, right


def _text_lines(ink: npt.NDArray[np.bool_], per_inch: float) -> int:
    """How many separate rows of print, each no taller than a line of text, a block holds."""
    rows = _runs(np.asarray(ink.any(axis=1)), gap=0)
    return sum(1 for y0, y1 in rows if 2 <= y1 - y0 <= MISSED_MAX_LINE_IN * per_inch)


def _runs(flags: npt.NDArray[np.bool_], gap: int) -> list[tuple[int, int]]:
    """[start, end) runs of True, bridging gaps of up to `gap` False values."""
    spans: list[tuple[int, int]] = []
    for i in np.nonzero(flags)[0]:
        index = int(i)
        if spans and index - spans[-1][1] <= gap:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _overlap(a: OcrWord, b: OcrWord) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


def _reading_score(words: list[OcrWord]) -> float:
    """Mean confidence, with a page read sideways counted as badly read, however confident."""
    return _mean_confidence(words) - (50.0 if _sideways(words) else 0.0)


def _sideways(words: list[OcrWord]) -> bool:
    """Tesseract can read a page turned a quarter: confidently, but in boxes taller than wide."""
    long_words = [w for w in words if len(w.text) >= 4]
    tall = sum(w.height > w.width for w in long_words)
    return bool(long_words) and tall > len(long_words) / 2


def _plausible(word: OcrWord) -> bool:
    if word.confidence < MIN_WORD_CONFIDENCE and (
        (len(word.text) <= 2 and not any(c.isdigit() for c in word.text)) or _mostly_symbols(word.text)
    ):
        return False
    # Lone symbols read at middling confidence are specks and table rules, not text.
    return not (_SYMBOLS_ONLY.match(word.text) and word.confidence < 60.0)


def _figure_commas(word: OcrWord) -> OcrWord:
    """A figure whose thousands comma OCR read as a semicolon ("5;773.89"), with its comma back."""
    if ";" in word.text and _SEMICOLON_FIGURE.match(word.text):
        return replace(word, text=word.text.replace(";", ","))
    return word


def _date_points(word: OcrWord) -> OcrWord:
    """A date whose points OCR read partly as commas, with its points back."""
    if "," in word.text and "." in word.text and _COMMA_DATE.match(word.text):
        return replace(word, text=word.text.replace(",", "."))
    return word


def _month_letters(words: list[OcrWord]) -> list[OcrWord]:
    """The words, with a month's name OCR read with one letter slipped ("17 Dee 19") spelt right again.

    A word is taken for a month only beside a day ("17 Dee", "Aue 4"), read in digits or in marks that
    look like them ("IS Dee 22" for 15 Dec 22, its day read as such by `_day_marks`), with a year or nothing
    close on its other side, and only when every month its one slip may stand for is the same month. A
    weekday's name so close to a month's ("Jue 21": jueves, or JUL with its L read as an E) is that month
    only in a column of months' names (`_in_date_column`).
    """
    result = list(words)
    months = [w for w in words if fold(w.text) in MONTHS]
    for i, w in enumerate(words):
        month = _slipped_month(w.text)
        if month is None or (fold(w.text) in ALL.weekdays and not _in_date_column(w, months)):
            continue
        left, right = _neighbour(words, w, -1), _neighbour(words, w, 1)
        for day, other in ((left, right), (right, left)):
            if _day_shaped(day) and (other is None or _is_year(other)):
                result[i] = replace(w, text=month)
                break
    return result


def _glued_days(words: list[OcrWord]) -> list[OcrWord]:
    """The words, with a month's name and its day read as one word ("AUG13", "AUGI5") split in two.

    Only where a date stands, not in a description ("UBER CA JUL31 2PJZZ"): the word opens its line,
    or follows a day, run together or not (the posting date after the transaction date). Its day holds a
    digit and reads as one day of the month, its look-alike marks as the digits they resemble; a day read
    in marks alone ("AUGIS" for AUG 15) is a day only in a column of dates (`_in_date_column`).
    """
    dated = [w for w in words if fold(w.text) in MONTHS or _month_and_day(w.text) is not None]
    splits: dict[int, tuple[str, str]] = {}
    for i, w in enumerate(words):
        split = _month_and_day(w.text)
        if split is None and fold(w.text) not in MONTHS and _in_date_column(w, dated):
            split = _month_and_day(w.text, digit=False)
        if split is not None:
            splits[i] = split
    result: list[OcrWord] = []
    for i, w in enumerate(words):
        before = _neighbour(words, w, -1)
        follows = _date_follows(before) or any(words[k] is before for k in splits)
        if i not in splits or not follows:
            result.append(w)
            continue
        month, day = splits[i]
        # Each part is given its characters' share of the width; a speck left out of the day, none.
        cut = round(w.width * len(month) / len(w.text))
        end = round(w.width * len(w.text.rstrip(_SPECK_MARKS)) / len(w.text))
        result.append(replace(w, text=month, width=cut))
        result.append(replace(w, text=day, left=w.left + cut, width=end - cut))
    return result


def _in_date_column(word: OcrWord, dated: Sequence[OcrWord]) -> bool:
    """Whether `word` stands in a column of dates: at least MIN_DATE_COLUMN words holding a month's name
    with their left edges within its height of its own."""
    return sum(abs(d.left - word.left) <= word.height for d in dated) >= MIN_DATE_COLUMN


def _month_and_day(text: str, *, digit: bool = True) -> tuple[str, str] | None:
    """`text` as a month's name and a day, when it is one run together ("AUG13": "AUG", "13"), a speck
    after the day read as marks ("Jan21.", "Jan22._": the end of a row's rule on a 200-dpi scan) left out,
    as `_day_marks` leaves it out of a day read apart. The day holds a digit unless `digit` is False."""
    text = text.rstrip(_SPECK_MARKS)
    for size in (2, 1):
        month, rest = text[:-size], text[-size:]
        if len(month) < 3 or fold(month) not in MONTHS or (digit and not any(c.isdigit() for c in rest)):
            continue
        day = _day_reading(rest)
        if day is not None:
            return month, day
    return None


def _day_marks(words: list[OcrWord]) -> list[OcrWord]:
    """The words, with a day beside its month's name read partly as look-alike marks ("AUG I1" for
    AUG 11, "AUG |" for AUG 1, "O01 Nov 19" for 01 Nov 19) read as the digits they resemble, and a
    speck after it read as a point ("AUG 12.") left out.

    Only where a date stands: a day after its month's name, where the month opens its line or
    follows a day; a day before its month's name, where the day opens its line or follows a day and
    a year or nothing follows the month. The marks read as one day of the month.
    """
    result = list(words)
    for i, w in enumerate(words):
        text = w.text[:-1] if _POINTED_DAY.match(w.text) else w.text
        if len(text) > 3 or (text == w.text and text.isdigit()):
            continue
        day = _day_reading(text)
        if day is None:
            continue
        before, after = _neighbour(words, w, -1), _neighbour(words, w, 1)
        if before is not None and fold(before.text) in MONTHS:
            dated = _date_follows(_neighbour(words, before, -1))
        elif after is not None and fold(after.text) in MONTHS and len(text) == len(w.text):
            year = _neighbour(words, after, 1)
            dated = _date_follows(before) and (year is None or _is_year(year))
        else:
            dated = False
        if dated:
            result[i] = replace(w, text=day)
    return result


def _date_follows(before: OcrWord | None) -> bool:
    """Whether a date may stand after `before`: at the start of its line, or after a day (alone or
    run together with its month's name), as a posting date follows a transaction date."""
    return before is None or _is_day(before) or _month_and_day(before.text) is not None


def _day_reading(text: str) -> str | None:
    """The one day of a month (1 to 31) that digits and look-alike marks may stand for, else None."""
    readings = [""]
    for c in text:
        if c.isdigit():
            readings = [r + c for r in readings]
        elif c in LOOKALIKES:
            readings = [r + digit for r in readings for digit in LOOKALIKES[c]]
        else:
            return None
    days = {int(r) for r in readings if 1 <= int(r) <= 31}
    return str(days.pop()) if len(days) == 1 else None


def _date_slashes(words: list[OcrWord]) -> list[OcrWord]:
    """The words, with a numeric date whose slash OCR read as a digit or a stroke ("27107" for 27/07), or
    lost ("0707" for 07/07), written with its slash again, where the column it stands in proves the shape.

    A column of dates is at least `MIN_DATE_COLUMN` dates written with slashes in one place, their left
    edges within a word height of one another. A word standing there that has a slash's look-alike
    wherever they have a slash and digits elsewhere, or is their digits alone, is such a date when its
    figures are a day and a month.
    """
    dated = [w for w in words if _SLASHED_DATE.match(w.text)]
    result = list(words)
    for i, w in enumerate(words):
        if len(w.text) < 3 or not all(c.isdigit() or c in _SLASH_LOOKALIKES for c in w.text):
            continue
        shapes = Counter(
            (len(d.text), tuple(at for at, c in enumerate(d.text) if c == "/"))
            for d in dated
            if abs(d.left - w.left) <= w.height
        )
        for (length, slashes), count in shapes.items():
            text = _with_slashes(w.text, length, slashes) if count >= MIN_DATE_COLUMN else None
            if text is not None and _SLASHED_DATE.match(text) and _day_and_month(text):
                result[i] = replace(w, text=text)
                break
    return result


def _with_slashes(text: str, length: int, slashes: tuple[int, ...]) -> str | None:
    """`text` as a date `length` long with slashes at `slashes`: where it reads a slash's look-alike at
    each, or holds the digits alone (each slash lost); else None."""
    if len(text) == length and all(text[at] in _SLASH_LOOKALIKES for at in slashes):
        return "".join("/" if at in slashes else c for at, c in enumerate(text))
    if len(text) == length - len(slashes) and text.isdigit():
        digits = iter(text)
        return "".join("/" if at in slashes else next(digits) for at in range(length))
    return None


def _day_and_month(text: str) -> bool:
    """Whether a slashed date's first two figures are a day and a month, in either order."""
    first, second = (int(part) for part in text.split("/")[:2])
    return min(first, second) >= 1 and max(first, second) <= 31 and min(first, second) <= 12


def _slipped_month(text: str) -> str | None:
    """`text` spelt as the month's name it is one look-alike letter from, when all such are one month."""
    folded = fold(text)
    if len(folded) < 3 or not folded.isalpha() or len(folded) != len(text) or folded in MONTHS:
        return None
    found: dict[int, str] = {}
    for at, letter in enumerate(folded):
        for other in _LETTER_LOOKALIKES.get(letter, ""):
            name = folded[:at] + other + folded[at + 1 :]
            if name in MONTHS:
                found[MONTHS[name]] = (
                    text[:at] + (other.upper() if text[at].isupper() else other) + text[at + 1 :]
                )
    return next(iter(found.values())) if len(found) == 1 else None


def _neighbour(words: Sequence[OcrWord], word: OcrWord, side: int) -> OcrWord | None:
    """The word next to `word` on its line on `side` (-1 left, 1 right), if one stands close: within the
    taller one's height, as a mark read smaller than the letters beside it ("AUG §") stands in their line."""
    middle = word.top + word.height / 2
    close = [
        w
        for w in words
        if w is not word
        and w.top < middle < w.top + w.height
        and 0 <= _gap_between(word, w, side) < DATE_WORD_GAP * max(word.height, w.height)
    ]
    return min(close, key=lambda w: abs(w.left - word.left), default=None)


def _gap_between(word: OcrWord, other: OcrWord, side: int) -> int:
    """The space from `word` to `other` on its `side` (-1 left, 1 right); negative where they overlap."""
    return other.left - (word.left + word.width) if side > 0 else word.left - (other.left + other.width)


def _is_day(word: OcrWord | None) -> bool:
    return word is not None and word.text.isdigit() and len(word.text) <= 2 and 1 <= int(word.text) <= 31


def _day_shaped(word: OcrWord | None) -> bool:
    """Whether a word is a day of a month, in digits or in marks that look like them ("IS" for 15)."""
    return _is_day(word) or (word is not None and len(word.text) <= 2 and _day_reading(word.text) is not None)


def _is_year(word: OcrWord) -> bool:
    return word.text.isdigit() and len(word.text) in (2, 4)


def _mostly_symbols(text: str) -> bool:
    """Fewer letters and digits than other marks: a logo or a picture read as glyphs ("«X>" for a
    bank's emblem), not a word or a figure, which are letters and digits with a sign or a point."""
    return 2 * sum(c.isalnum() for c in text) < len(text)


def _mean_confidence(words: list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def page_words(number: int, width_px: int, height_px: int, dpi: float, words: list[OcrWord]) -> PageWords:
    """Engine words as a page of the shared word model: boxes in points from the top-left."""
    scale = POINTS_PER_INCH / dpi
    return PageWords(
        number=number,
        width=width_px * scale,
        height=height_px * scale,
        words=tuple(
            Word(
                text=w.text,
                x0=w.left * scale,
                x1=(w.left + w.width) * scale,
                top=w.top * scale,
                bottom=(w.top + w.height) * scale,
                confidence=w.confidence,
                alternative=w.alternative,
            )
            for w in words
        ),
        method=ExtractionMethod.OCR,
    )


class _uncompressed:
    """A temporary PGM copy of the image: written in milliseconds, where PNG costs up to 1.6 s a page."""

    def __init__(self, image: Image.Image) -> None:
        self._image = image
        self._path = ""

    def __enter__(self) -> str:
        handle, self._path = tempfile.mkstemp(prefix="ingest-ocr-", suffix=".pgm")
        with os.fdopen(handle, "wb") as stream:
            self._image.save(stream, format="PPM")
        return self._path

    def __exit__(self, *exc: object) -> None:
        os.unlink(self._path)


def _guarded(call: Callable[[], T], timeout_s: float) -> T:
    """Known soft failures become domain errors here, as the engine's own wrapper should."""
    import pytesseract  # noqa: PLC0415  (only where a page is read)

    try:
        return call()
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            raise ProcessingTimeout(f"OCR of a page took longer than {timeout_s:g} s") from e
        raise OcrError(str(e)) from e
    except pytesseract.TesseractError as e:
        raise OcrError(str(e)) from e
