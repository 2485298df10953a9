"""Per page, the cheapest good source of words: the text layer when usable, else OCR of a render."""

from __future__ import annotations

import io
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.extract import pdftext
from ingest.extract.amounts import CURRENCY_SYMBOLS
from ingest.extract.lexicon import ALL, fold
from ingest.extract.pdftext import UNMAPPED, TextLayer, curve_count, read_text_layer
from ingest.extract.words import PageWords, trusted
from ingest.sandbox import outside_the_allowance
from ingest.settings import Limits
from ingest.stages.upload import PDF

if TYPE_CHECKING:
    from PIL import Image

    from ingest.extract.ocr import OcrOptions

# OCR (and with it numpy and the page clean-up) is loaded where a file's first page goes to OCR, not
# with the readers: a digital file never uses it (see `_default_options`).

# Statements come in the lexicon's languages. A file is read in English first; once its first page
# shows another language (French, German, ...), that page is read again in it and so is the rest of
# the file. `eng+fra` on every page costs more and still reads REÇU as REGU where English is
# confident, and it dresses English text in accents ("CR À OKAFOR").
OCR_LANG = "eng"
FRENCH_LANG = "fra"
MIN_TEXT_WORDS = 5  # fewer words than this on a page that also holds a picture: read the picture
# A page where images cover this share of the page is a scan; its text layer, if any, came from OCR.
SCAN_IMAGE_SHARE = 0.5
MIN_SCAN_LAYER_WORDS = 30  # an OCR layer this thin over a scan missed most of the page
LONE_PICTURE_COVER = 0.9  # a single picture covering this share of the page is a scan, read as stored
DARK_LEVEL = 128  # a lone picture whose pixels are mostly darker than this is rendered, not read as stored
# Share of a text layer's characters that must sit in plausible tokens (words, numbers, dates).
MIN_LAYER_QUALITY = 0.75
MIN_SCAN_LAYER_QUALITY = 0.85  # stricter for an OCR layer over a scan: it may be a poor engine's output
# English and French prose has 35-45% vowels; a layer far outside that is a broken font encoding.
VOWEL_SHARE_RANGE = (0.2, 0.6)
_MIN_LETTERS_FOR_VOWELS = 40
# Vector art this busy on a page without text may be text drawn as outlines: render it to find out.
MAX_PLAIN_CURVES = 20

_AFFIX = "-+\"'“”‘’«»()[]{}.,:;!?*#"
# A sign of money one character long before a figure or after it ("₦1,200.00", "1.500.000₫"); a date and
# time joined by a "T" (ISO).
_MONEY_SIGN = re.escape(
    "".join(sorted({"$", *(s for s in CURRENCY_SYMBOLS if len(s) == 1 and not s.isalpha())}))
)
_NUMBER = re.compile(
    rf"^[-+−]?[{_MONEY_SIGN}]?\d[\d,.'’ /:-]*(?:T\d[\d:.]*)?%?[{_MONEY_SIGN}]?(?:CR|DR|-)?$", re.IGNORECASE
)
_JOINERS = frozenset("'’-.&/")
_VOWELS = frozenset("aeiouyAEIOUYαεηιουωΑΕΗΙΟΥΩаеёиоуыэюяієїАЕЁИОУЫЭЮЯІЄЇ")  # Latin, Greek and Cyrillic


@dataclass(frozen=True, slots=True)
class LayerVerdict:
    """Whether a page's text layer can be used instead of OCR, and why."""

    usable: bool
    reason: str
    # Its words read as a language: the fonts it is drawn in map glyphs to the right letters.
    read_as_language: bool = False
    over_scan: bool = False  # a usable layer over a scan: an OCR engine's reading of the picture


@dataclass(frozen=True, slots=True)
class PageObjects:
    """One walk over the objects a page draws (inside forms too), for the reader's judgement of its text
    layer (the share pictures cover) and the checks of how it is drawn (authenticity), so that the page
    is walked once: each object's place in the drawing order counts from 1 over every object."""

    texts: dict[int, int]  # a text object's address: its place in the drawing order
    paths: list[tuple[int, pdftext.Matrix | None, int]]  # address, its form's placement, place in order
    pictures: list[pdftext.Box]  # where each picture lies on the page
    picture_objects: list[int]  # each picture's address, in the order of `pictures`

    def image_share(self, page: pdfium.PdfPage) -> float:
        """The share of the page the pictures cover (`pdftext.image_share`)."""
        # Without a picture no crop box is asked for.
        return pdftext.covered_share(page, self.pictures) if self.pictures else 0.0


def walk_objects(page: pdfium.PdfPage) -> PageObjects:
    """The page's objects, walked once (`PageObjects`)."""
    texts: dict[int, int] = {}
    paths: list[tuple[int, pdftext.Matrix | None, int]] = []
    pictures: list[pdftext.Box] = []
    picture_objects: list[int] = []
    text, path, image = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE
    for seq, (obj, kind, form) in enumerate(pdftext.page_objects(page), start=1):
        if kind == text:
            texts[obj] = seq
        elif kind == path:
            paths.append((obj, form, seq))
        elif kind == image:
            pictures.append(pdftext.placed_bounds(obj, form))
            picture_objects.append(obj)
    return PageObjects(texts, paths, pictures, picture_objects)


# Called with each PDF page as the reader has it open in pdfium (the page, its text page, its text
# layer: the words and every character read from it, and its objects as the reader walked them), for
# checks that read what the page draws (authenticity: fonts, colours, filled shapes, pictures) without
# parsing the file, walking the page or asking pdfium about its characters again.
PageHook = Callable[[pdfium.PdfPage, pdfium.PdfTextPage, TextLayer, PageObjects], None]


def read_pages(
    limits: Limits,
    data: bytes,
    content_type: str,
    ocr: OcrOptions | None = None,
    on_pdf_page: PageHook | None = None,
    *,
    scan_layers: bool = True,
) -> Iterator[PageWords]:
    """Yield each page's words in order, holding one page image at a time. `scan_layers`: read a scan's
    usable OCR layer (else the scan's picture is OCRed)."""
    language = _Language(ocr, limits.file_timeout_s)
    if content_type == PDF:
        yield from _pdf_pages(limits, data, language, on_pdf_page, scan_layers=scan_layers)
    else:
        yield from _image_pages(limits, data, language)


def _image_pages(limits: Limits, data: bytes, language: _Language) -> Iterator[PageWords]:
    with outside_the_allowance():  # see `page_image`
        from PIL import Image, ImageSequence  # noqa: PLC0415

    with _OcrPool(language, limits.ocr_threads) as pool, Image.open(io.BytesIO(data)) as image:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            known = _metadata_dpi(frame)
            dpi = known or image_dpi(frame)
            # A frame of a multi-page image is the file's one image, seeked: a page read later needs a copy.
            page = frame.copy() if pool.parallel else frame
            yield from pool.read(page, number, dpi, dpi_known=known is not None)
        yield from pool.drain()


def _pdf_pages(
    limits: Limits,
    data: bytes,
    language: _Language,
    on_page: PageHook | None = None,
    *,
    scan_layers: bool = True,
) -> Iterator[PageWords]:
    with ExitStack() as stack:
        document = pdfium.PdfDocument(data)
        stack.callback(document.close)
        pool = stack.enter_context(_OcrPool(language, limits.ocr_threads))
        fonts_read: set[str] = set()  # fonts of the pages whose words read as a language
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            textpage = page.get_textpage()
            try:
                layer = read_text_layer(page, textpage, number)
                fonts = page_fonts(layer)
                objects = walk_objects(page)
                verdict = judge_text_layer(
                    layer.words, page, fonts=fonts, fonts_read=frozenset(fonts_read), objects=objects
                )
                if verdict.read_as_language:
                    fonts_read |= fonts
                if on_page is not None:
                    on_page(page, textpage, layer, objects)
            finally:
                textpage.close()
            words = layer.words
            if verdict.usable and (scan_layers or not verdict.over_scan):
                page.close()
                yield from pool.done(replace(words, scan_layer=True) if verdict.over_scan else words)
                continue
            image, dpi = page_image(page, limits.dpi)
            page.close()
            yield from pool.read(image, number, dpi)
            del image
        yield from pool.drain()


class _Language:
    """A file's OCR language: decided on its first page with words, then kept for the rest."""

    def __init__(self, options: OcrOptions | None, timeout_s: float) -> None:
        self.options = options  # the caller's, or the default ones made with the first page read
        self.timeout_s = timeout_s
        # A language other than the default was chosen by the caller: there is nothing to decide.
        self.decided = options is not None and options.lang != OCR_LANG

    def read(self, image: Image.Image, number: int, dpi: float, *, dpi_known: bool = True) -> PageWords:
        options = self.options = self.options or _default_options(self.timeout_s)
        from ingest.extract import ocr  # noqa: PLC0415  (loaded with the options)

        if self.decided:
            return ocr.ocr_page(image, number, dpi, options, dpi_known=dpi_known)
        page, lang = ocr.ocr_first_page(
            image, number, dpi, options, dpi_known=dpi_known, language_of=_language
        )
        if trusted(page):
            self.decided = True
            self.options = replace(options, lang=lang)
        return page


def _default_options(timeout_s: float) -> OcrOptions:
    """A file's OCR options, made when its first page goes to OCR (alone: its language is not decided).

    OCR is loaded then, with numpy and the page clean-up (~50 ms of CPU that a digital file never needs),
    in a reader child beside the file's memory allowance rather than within it.
    """
    with outside_the_allowance():
        from ingest.extract.ocr import OcrOptions  # noqa: PLC0415

    return OcrOptions(lang=OCR_LANG, timeout_s=timeout_s)


class _OcrPool:
    """OCR of a file's pages a few at a time, yielded in page order.

    Tesseract lets go of Python's lock while it reads (in process) or runs as a process of its own (the
    CLI), so threads here use several cores: one long scan does not hold up a batch on one core. At
    most `threads` pages are in flight (each holds its image), so memory stays flat however long the
    file. The language is decided on the first page with words, so pages are read one by one until it
    is.
    """

    def __init__(self, language: _Language, threads: int) -> None:
        self.language = language
        self.threads = max(1, threads)
        self.pending: deque[Future[PageWords]] = deque()
        self.executor: ThreadPoolExecutor | None = None

    @property
    def parallel(self) -> bool:
        """Whether the next page will be read in the background (else it is read before `read` returns)."""
        return self.threads > 1 and self.language.decided

    def __enter__(self) -> _OcrPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def read(
        self, image: Image.Image, number: int, dpi: float, *, dpi_known: bool = True
    ) -> Iterator[PageWords]:
        """Start reading a page; yield the pages before it that are done, oldest first."""
        if not self.parallel:
            yield from self.drain()
            yield self.language.read(image, number, dpi, dpi_known=dpi_known)
            return
        if self.executor is None:
            self.executor = ThreadPoolExecutor(self.threads, thread_name_prefix="ocr")
        self.pending.append(self.executor.submit(self.language.read, image, number, dpi, dpi_known=dpi_known))
        while len(self.pending) >= self.threads:
            yield self.pending.popleft().result()

    def done(self, page: PageWords) -> Iterator[PageWords]:
        """A page read without OCR: it follows the pages still being read."""
        if not self.pending:
            yield page
            return
        finished: Future[PageWords] = Future()
        finished.set_result(page)
        self.pending.append(finished)

    def drain(self) -> Iterator[PageWords]:
        while self.pending:
            yield self.pending.popleft().result()


def _language(texts: list[str]) -> str:
    """The language a first page read in the default language shows it is printed in."""
    from ingest.extract.ocr import reading_language  # noqa: PLC0415  (loaded by the page read: `_Language`)

    return reading_language(texts, OCR_LANG)


def page_image(page: pdfium.PdfPage, dpi: int) -> tuple[Image.Image, float]:
    """The page as an image to OCR, and its resolution.

    A scanner's page is one picture covering the page, with or without an invisible OCR layer over it
    (a searchable scan): decoding the picture as stored takes milliseconds, where rendering the page at
    `dpi` takes 70-140 ms, and resampling it adds nothing. Anything else (several visible objects, a
    rotated page or picture) is rendered.

    Pillow (pdfium's images become its images) is loaded with the first picture a reader reads, beside
    that file's memory allowance, as OCR is (`_default_options`): a digital file never needs it.
    """
    with outside_the_allowance():
        import PIL.Image  # noqa: F401, PLC0415
    scan = _lone_picture(page)
    if scan is not None:
        return scan
    return page.render(scale=dpi / 72, grayscale=True).to_pil(), float(dpi)


def _lone_picture(page: pdfium.PdfPage) -> tuple[Image.Image, float] | None:
    if page.get_rotation() != 0:
        return None
    objects = [o for o in page.get_objects(max_depth=1) if not _invisible_text(o)]
    if len(objects) != 1 or not isinstance(objects[0], pdfium.PdfImage):
        return None
    picture = objects[0]
    width, height = page.get_size()
    a, b, c, d, _, _ = picture.get_matrix().get()
    left, bottom, right, top = picture.get_bounds()
    covers = (right - left) * (top - bottom) >= LONE_PICTURE_COVER * width * height
    if b != 0 or c != 0 or a <= 0 or d <= 0 or not covers:
        return None  # turned, mirrored or partial: the render shows what the reader sees
    if _colour_space(picture, page) == pdfium_c.FPDF_COLORSPACE_UNKNOWN:
        # An image mask (a stencil, as some scanners store bilevel pages) has no colours of its own:
        # its stored bits say where the fill colour is painted, and a Decode array can swap them.
        # Decoded as stored, such a page comes out as a negative; the render shows the print.
        return None
    pixels_wide, _ = picture.get_px_size()
    try:
        image = picture.get_bitmap(render=False).to_pil()
    except pdfium.PdfiumError:
        return None
    if _mostly_dark(image):
        return None  # not paper as stored (an inverting Decode pdfium did not apply): render it
    return image, pixels_wide / (a / 72)


def _invisible_text(obj: pdfium.PdfObject) -> bool:
    """Text drawn in no colour: the OCR layer a searchable scan lays over its picture."""
    return bool(
        obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT
        and pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
    )


def _colour_space(picture: pdfium.PdfImage, page: pdfium.PdfPage) -> int:
    metadata = pdfium_c.FPDF_IMAGEOBJ_METADATA()
    if not pdfium_c.FPDFImageObj_GetImageMetadata(picture.raw, page.raw, metadata):
        return int(pdfium_c.FPDF_COLORSPACE_UNKNOWN)
    return int(metadata.colorspace)


def _mostly_dark(image: Image.Image) -> bool:
    """A scanned page is mostly paper: a picture whose typical pixel is dark is not one as stored."""
    from PIL import Image  # noqa: PLC0415  (loaded by `page_image`)

    size = (max(1, image.width // 8), max(1, image.height // 8))
    histogram = image.resize(size, Image.Resampling.NEAREST).convert("L").histogram()
    return sum(histogram[:DARK_LEVEL]) > sum(histogram) / 2


def judge_text_layer(
    words: PageWords,
    page: pdfium.PdfPage,
    *,
    fonts: frozenset[str] = frozenset(),
    fonts_read: frozenset[str] = frozenset(),
    objects: PageObjects | None = None,
) -> LayerVerdict:
    """Use the text layer unless it is missing, thin over a scan, or garbage (mojibake, broken fonts).

    `fonts` are the fonts the page's text is drawn in, `fonts_read` those of the file's pages already
    shown to read as a language. A font's encoding is the same on every page: a page drawn only in
    fonts already read right (a continuation page of shop names and figures, without a language's
    common words) is not a broken encoding. `objects`: the page's objects, when the caller walked them.
    """
    share = objects.image_share(page) if objects is not None else pdftext.image_share(page)
    scan = share >= SCAN_IMAGE_SHARE
    if len(words.words) < MIN_TEXT_WORDS:
        if scan or share > 0.1 or curve_count(page) > MAX_PLAIN_CURVES:
            return LayerVerdict(False, "little or no text over an image")
        return LayerVerdict(True, "a page with little text and nothing else to read")
    if scan and len(words.words) < MIN_SCAN_LAYER_WORDS:
        return LayerVerdict(False, "an OCR layer that covers little of the scan")
    texts = [w.text for w in words.words]
    quality = text_quality(texts)
    if quality < (MIN_SCAN_LAYER_QUALITY if scan else MIN_LAYER_QUALITY):
        return LayerVerdict(False, f"a garbled text layer (quality {quality:.2f})")
    unmapped = sum(UNMAPPED in t for t in texts)
    if unmapped >= MIN_UNMAPPED_GLYPHS:
        return LayerVerdict(False, f"glyphs without characters ({unmapped} words)")
    language = reads_as_language(texts)
    # An OCR layer's words are the engine's, whatever its font; a font pdfium cannot name ("") is no one.
    vouched = not scan and bool(fonts) and "" not in fonts and fonts <= fonts_read
    if language is False and not vouched:
        return LayerVerdict(False, "a text layer in no language the reader knows (a broken font encoding)")
    return LayerVerdict(
        True, f"a usable text layer (quality {quality:.2f})", read_as_language=bool(language), over_scan=scan
    )


def page_fonts(layer: TextLayer) -> frozenset[str]:
    """The names of the fonts a page's text is drawn in, subset tag kept (each subset has its own
    encoding); "" for text drawn in no font pdfium can name."""
    return frozenset(map(pdftext.font_name, {obj.font for obj in layer.objects.values()}))


def reads_as_language(texts: Iterable[str]) -> bool | None:
    """Whether the words read as one of the lexicon's languages: enough of them are its common words,
    headings or labels; None when there are too few words to tell (a page of few words, none of them
    known, is no language). A font whose encoding maps glyphs to the wrong letters
    ("hontoauszugWmostbank") passes every test of characters, and fails this one."""
    tokens = [fold(t.strip(_AFFIX)) for t in texts]
    alphabetic = [t for t in tokens if len(t) >= 2 and t.isalpha()]
    if len(alphabetic) < _MIN_FEW_WORDS:
        return None
    if len(alphabetic) < _MIN_WORDS_FOR_LANGUAGE:
        # Too few words to measure a share (a one-page statement), but a page of a language still
        # prints some of its words: a heading, a label, a month (of three letters or more: two-letter
        # words, "os", "am", come up by chance among wrong letters). One of them tells too little to
        # vouch for the page's fonts.
        return None if any(len(t) >= 3 and t in _KNOWN_WORDS for t in alphabetic) else False
    known = sum(t in _KNOWN_WORDS for t in alphabetic)
    return known / len(alphabetic) >= MIN_KNOWN_SHARE


MIN_UNMAPPED_GLYPHS = 3  # more than a stray symbol: words of the page would be read without letters
MIN_KNOWN_SHARE = 0.06  # of a page's words: real statements show 10-65% (common words, labels, headings)
_MIN_WORDS_FOR_LANGUAGE = 40
_MIN_FEW_WORDS = 12  # fewer words than this may all be names and codes: nothing tells their language
_KNOWN_WORDS = frozenset(
    word
    for name in (
        "function_words",
        "label_words",
        "field_words",
        "not_a_name",
        "page_furniture",
        "date_headings",
        "description_headings",
        "debit_headings",
        "credit_headings",
        "amount_headings",
        "net_headings",
        "balance_headings",
        "opening_balance",
        "closing_balance",
    )
    for phrase in getattr(ALL, name)
    for word in phrase.split()
) | frozenset(ALL.months)


def text_quality(texts: Iterable[str]) -> float:
    """Share of characters in tokens a statement prints: words, numbers, amounts, dates, codes.

    Mojibake (`Ã©`), unmapped glyphs (`(cid:12)`), private-use and control characters, and OCR noise
    (`l|1~`) all fall outside; so does text from a broken font encoding, caught by its vowel share.
    """
    scores = [scored for scored in map(_scored, texts) if scored is not None]
    if not scores:
        return 0.0
    total, good, letters, vowels = map(sum, zip(*scores, strict=True))
    quality = good / total
    if letters >= _MIN_LETTERS_FOR_VOWELS:
        low, high = VOWEL_SHARE_RANGE
        if not low <= vowels / letters <= high:
            quality = min(quality, 0.5)
    return quality


@lru_cache(maxsize=8192)  # a pure function of the word: a statement prints most of its words on every page
def _scored(text: str) -> tuple[int, int, int, int] | None:
    """One word's share of `text_quality`: (characters, characters in good tokens, letters, vowels); None
    for a lone dash or bracket, which is layout, neither good nor bad."""
    token = text.strip(_AFFIX)
    if not token:
        return None
    good = 0
    if _NUMBER.match(token) or _plain_word(token):
        good = len(text)
    elif _code(token):
        # Long references (HCBS12345) are ordinary; short letter-digit mixes (l1I) are OCR noise.
        good = len(text) if len(token) >= 5 else len(text) // 2
    letters = vowels = 0
    for char in token:
        if char.isalpha():
            letters += 1
            vowels += _base(char) in _VOWELS
    return len(text), good, letters, vowels


def _plain_word(token: str) -> bool:
    core = token.rstrip("'’s") or token
    if not all(_alphabet_letter(c) or c in _JOINERS for c in core) or not any(c.isalpha() for c in core):
        return False
    letters = [c for c in core if c.isalpha()]
    # Case the way print has it: lower, UPPER, Title, or a brand's one inner capital (McDonald, eBay).
    inner_capitals = sum(c.isupper() for c in letters[1:])
    return core.isupper() or inner_capitals <= 1


def _code(token: str) -> bool:
    return all(_alphabet_letter(c) or c.isdigit() or c in "-/#()*" for c in token)


def _alphabet_letter(char: str) -> bool:
    """A letter of the alphabets the lexicon's languages print: Latin, Greek and Cyrillic."""
    return char.isalpha() and (ord(char) < 0x250 or 0x370 <= ord(char) < 0x500)


def _base(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def image_dpi(image: Image.Image) -> float:
    """The image's resolution: its own metadata when believable, else one that fits a paper page."""
    known = _metadata_dpi(image)
    if known is not None:
        return known
    # Photos carry camera metadata (often 72 dpi) that says nothing about the paper: assume the
    # page fills the frame's short side as a Letter/A4 page width would.
    return max(min(image.size) / 8.5, 50.0)


def _metadata_dpi(image: Image.Image) -> float | None:
    info = image.info.get("dpi")
    if isinstance(info, tuple) and info and 100 <= float(info[0]) <= 1200:
        inches = min(image.size) / float(info[0])
        if 2.5 <= inches <= 17:  # the metadata describes paper-sized pixels
            return float(info[0])
    return None
