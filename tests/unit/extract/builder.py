"""Small word lists for extraction tests: a page is rows of phrases placed at x positions."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.codes import ExtractionMethod
from ingest.extract.layout import Line, cluster_lines
from ingest.extract.words import PageWords, Word

CHAR = 5.0  # points per character at the test font size
HEIGHT = 8.0
SPACE = 3.0

Item = tuple[float, str]  # (x0, phrase); a phrase is split into words one space apart


def right(x1: float, text: str) -> Item:
    """A phrase right-aligned at x1, as figures in money columns are printed."""
    return (x1 - _width(text), text)


def words_of(top: float, items: Sequence[Item], confidence: float | None = None) -> list[Word]:
    out = []
    for x0, phrase in items:
        x = x0
        for token in phrase.split(" "):
            if not token:
                x += CHAR
                continue
            width = CHAR * len(token)
            out.append(Word(token, x, x + width, top, top + HEIGHT, confidence))
            x += width + SPACE
    return out


def page(
    rows: Sequence[tuple[float, Sequence[Item]]],
    number: int = 1,
    confidence: float | None = None,
) -> PageWords:
    """One page from (top, items) rows; `confidence` marks every word as read by OCR."""
    words = [w for top, items in rows for w in words_of(top, items, confidence)]
    method = ExtractionMethod.TEXT if confidence is None else ExtractionMethod.OCR
    return PageWords(number=number, width=612.0, height=792.0, words=tuple(words), method=method)


def lines_of(rows: Sequence[tuple[float, Sequence[Item]]], confidence: float | None = None) -> list[Line]:
    """The lines of one page from (top, items) rows, as the reader clusters its words."""
    return cluster_lines(page(rows, confidence=confidence).words, 1)


def _width(text: str) -> float:
    tokens = [t for t in text.split(" ") if t]
    return CHAR * sum(len(t) for t in tokens) + SPACE * (len(tokens) - 1)
