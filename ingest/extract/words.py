"""The word and page model shared by the text-layer and OCR paths."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ingest.codes import ExtractionMethod


@dataclass(frozen=True, slots=True)
class Word:
    """One word box. Coordinates are PDF points (1/72 inch) from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float | None = None  # OCR word confidence 0..100; None for a text layer
    alternative: str | None = None  # OCR only: another figure the word read as alone (see balance)


def join_words(left: Word, right: Word, separator: str = "") -> Word:
    """One word from two a reader cut apart: their texts joined, their boxes united, the lower confidence."""
    confidences = [c for c in (left.confidence, right.confidence) if c is not None]
    return Word(
        text=left.text + separator + right.text,
        x0=left.x0,
        x1=right.x1,
        top=min(left.top, right.top),
        bottom=max(left.bottom, right.bottom),
        confidence=min(confidences) if confidences else None,
    )


def join_adjacent(words: Iterable[Word], join: Callable[[Word, Word], Word | None]) -> list[Word]:
    """The words, left to right, with each word `join` unites with the one before it taken into that
    one (`join` returns the united word, or None to keep the two apart)."""
    out: list[Word] = []
    for word in words:
        joined = join(out[-1], word) if out else None
        if joined is None:
            out.append(word)
        else:
            out[-1] = joined
    return out


# A page whose OCR words average under this confidence is not trusted: its words are likely garbage. It
# is read all the same; extraction leaves it out and says so (see `trusted`).
MIN_PAGE_CONFIDENCE = 45.0


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of one page, however they were read."""

    number: int  # 1-based page number within the file
    width: float  # points
    height: float  # points
    words: tuple[Word, ...]
    method: ExtractionMethod  # TEXT or OCR for a single page
    # How OCR turned the page image before reading it, so a box can be mapped back onto the image as
    # stored: a quarter turn clockwise (0, 90, 180, 270), then `skew` degrees clockwise about the centre.
    quarter_turn: int = 0
    skew: float = 0.0
    # Read from the OCR layer a scanning tool laid over the page's picture: another engine's reading,
    # which the statement's balances may show wrong (see `extraction`).
    scan_layer: bool = False

    @property
    def ocr_confidence(self) -> float | None:
        """Mean OCR word confidence, or None for a text-layer page or a page without words."""
        scores = [w.confidence for w in self.words if w.confidence is not None]
        return sum(scores) / len(scores) if scores else None


def trusted(page: PageWords) -> bool:
    """Whether a page has words OCR read with confidence (a text-layer page with words always has)."""
    confidence = page.ocr_confidence
    return bool(page.words) and (confidence is None or confidence >= MIN_PAGE_CONFIDENCE)
