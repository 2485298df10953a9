"""Extraction stage: words from the text layer or OCR, then rows, then the statements."""

from __future__ import annotations

import contextlib
import sys
import traceback
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ingest.authenticity import ContentReader, assess
from ingest.codes import ExtractionMethod
from ingest.errors import CorruptFile, Unreadable
from ingest.extract.marks import Marks, marks_of
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.extract.words import PageWords, trusted
from ingest.models import Signal
from ingest.pci import mask_card_numbers
from ingest.settings import Limits
from ingest.stages.integration import Integrated

# The libraries that parse a file's bytes. An exception raised inside one of them is the file's fault
# (a damaged PDF, a broken image); any other is ours (a bug, a missing engine).
PARSERS = frozenset({"pdfminer", "pdfplumber", "pypdfium2", "pypdfium2_raw", "pikepdf", "PIL"})


@dataclass(frozen=True, slots=True)
class Extraction:
    pages: int
    method: ExtractionMethod
    ocr_confidence: float | None  # over the pages read with confidence
    statements: list[RawStatement] = field(default_factory=list)
    unreadable_pages: tuple[int, ...] = ()  # pages OCR could not read with confidence, left out
    signals: list[Signal] = field(default_factory=list)  # authenticity, from the file itself
    # What may tie the file to a statement read from another file of its request (see `Marks`).
    marks: Marks = field(default_factory=Marks)


def extract(limits: Limits, data: bytes, integrated: Integrated) -> Extraction:
    """Read the statements of one integrated file and its signs of editing; raise UNREADABLE or
    NOT_A_STATEMENT."""
    content = ContentReader(data)
    pages = _read_pages(limits, data, integrated.content_type, content)
    read = _read(pages)
    if any(page.scan_layer for page in pages) and any(map(misread, read.statements)):
        # A scanning tool's OCR layer whose figures break the statement's balances: the pictures are
        # read again by OCR, and that reading kept where its balances hold.
        again = _read_pages(limits, data, integrated.content_type, content=None, scan_layers=False)
        with contextlib.suppress(Unreadable):
            if not any(map(misread, (second := _read(again)).statements)):
                read = second
    return replace(read, signals=assess(data, integrated.content_type, content.finish()))


def _read(pages: list[PageWords]) -> Extraction:
    """The statements of the file's pages, and how they were read; raise UNREADABLE."""
    methods = {page.method for page in pages}
    method = methods.pop() if len(methods) == 1 else ExtractionMethod.MIXED
    if not any(page.words for page in pages):
        raise Unreadable(f"None of the {len(pages)} pages has any text")
    unreadable = tuple(page.number for page in pages if page.words and not trusted(page))
    if not any(trusted(page) for page in pages):
        raise Unreadable(f"OCR could not read any of the {len(pages)} pages with confidence")
    # A page OCR distrusts is left out: its words are likely garbage, and it is reported instead.
    pages = [page if trusted(page) else replace(page, words=()) for page in pages]
    scores = [w.confidence for page in pages for w in page.words if w.confidence is not None]
    ocr_confidence = round(sum(scores) / len(scores), 1) if scores else None
    statements = [_without_card_numbers(s) for s in read_statements(pages)]
    return Extraction(
        pages=len(pages),
        method=method,
        ocr_confidence=ocr_confidence,
        statements=statements,
        unreadable_pages=unreadable,
        # A file without a statement of its own may be a page of one read from another file (its
        # terms and notes, photographed apart): validation decides, with every file of the request.
        marks=marks_of(pages, words=not statements),
    )


def _read_pages(
    limits: Limits, data: bytes, content_type: str, content: ContentReader | None, *, scan_layers: bool = True
) -> list[PageWords]:
    """Every page's words (shown to `content`'s checks, when given); a parser's failure on the file's
    bytes is CORRUPT_FILE, any other is raised."""
    hook = content.page if content is not None else None
    try:
        return list(read_pages(limits, data, content_type, on_pdf_page=hook, scan_layers=scan_layers))
    except Exception as e:
        if not isinstance(e, MemoryError) and raised_by_parser(e):
            raise CorruptFile(f"The file could not be parsed ({type(e).__name__})") from e
        raise


def misread(statement: RawStatement) -> bool:
    """Whether the statement's printed balances show some figure of it misread: its running balances, or
    its closing balance, do not follow from the amounts before them whichever way they run (money in
    raising the balance, or, as a card's balance owed, lowering it) and in whichever order the rows are
    printed (oldest or newest first). Rows without an amount are not checked across."""
    rows = statement.transactions
    return all(
        _breaks(statement.opening_balance, ordered, statement.closing_balance, sign)
        for ordered in (rows, rows[::-1])
        for sign in (1, -1)
    )


def _breaks(opening: Decimal | None, rows: list[RawTransaction], closing: Decimal | None, sign: int) -> bool:
    running, pending, known = opening, Decimal(0), True
    for row in rows:
        if row.amount is None:
            known = False
        else:
            pending += sign * row.amount
        if row.balance is None:
            continue
        if running is not None and known and running + pending != row.balance:
            return True
        running, pending, known = row.balance, Decimal(0), True
    return running is not None and closing is not None and known and running + pending != closing


def raised_by_parser(error: BaseException) -> bool:
    """Whether the innermost frame outside the standard library that raised `error` is a parser's."""
    for frame, _ in reversed(list(traceback.walk_tb(error.__traceback__))):
        package = str(frame.f_globals.get("__name__", "")).partition(".")[0]
        if package not in sys.stdlib_module_names:
            return package in PARSERS
    return False


def _without_card_numbers(statement: RawStatement) -> RawStatement:
    """Mask card numbers as soon as they are read, so no full number is ever stored or logged."""
    rows = []
    for row in statement.transactions:
        description, cards = mask_card_numbers(row.description)
        rows.append(
            replace(row, description=description, masked_cards=tuple(c.last4 for c in cards))
            if cards
            else row
        )
    statement.transactions = rows
    return statement
