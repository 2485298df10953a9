"""Extraction stage: words from the text layer or OCR, then rows, then the statements."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ingest.authenticity import ContentReader, assess
from ingest.codes import ExtractionMethod
from ingest.errors import NotAStatement, Unreadable
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.models import Signal
from ingest.pci import mask_card_numbers
from ingest.settings import Limits
from ingest.stages.integration import Integrated

MIN_OCR_CONFIDENCE = 40.0  # mean word confidence under which OCR output is not trusted


@dataclass(frozen=True, slots=True)
class Extraction:
    pages: int
    method: ExtractionMethod
    ocr_confidence: float | None
    statements: list[RawStatement] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)  # authenticity, from the file itself


def extract(limits: Limits, data: bytes, integrated: Integrated) -> Extraction:
    """Read the statements of one integrated file and its signs of editing; raise UNREADABLE or
    NOT_A_STATEMENT."""
    content = ContentReader()
    pages = list(read_pages(limits, data, integrated.content_type, on_pdf_page=content.page))
    methods = {page.method for page in pages}
    method = methods.pop() if len(methods) == 1 else ExtractionMethod.MIXED
    scores = [w.confidence for page in pages for w in page.words if w.confidence is not None]
    ocr_confidence = round(sum(scores) / len(scores), 1) if scores else None
    if not any(page.words for page in pages):
        raise Unreadable(f"None of the {len(pages)} pages has any text")
    if ocr_confidence is not None and method is ExtractionMethod.OCR and ocr_confidence < MIN_OCR_CONFIDENCE:
        raise Unreadable(
            f"The text could not be read with confidence (OCR confidence {ocr_confidence:.0f}/100)"
        )
    statements = [_without_card_numbers(s) for s in read_statements(pages)]
    if not statements:
        raise NotAStatement()
    return Extraction(
        pages=len(pages),
        method=method,
        ocr_confidence=ocr_confidence,
        statements=statements,
        signals=assess(data, integrated.content_type, content.finish()),
    )


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
