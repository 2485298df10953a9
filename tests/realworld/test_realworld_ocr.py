"""Real scans: blank pages end UNREADABLE without OCR noise, and a good OCR layer is kept as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.codes import ExtractionMethod
from ingest.errors import Unreadable
from ingest.extract.pages import read_pages
from ingest.settings import Limits
from ingest.stages.extraction import extract
from ingest.stages.integration import integrate
from ingest.stages.upload import PDF

REALWORLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "realworld"


def test_four_blank_pages_give_no_words() -> None:
    pages = list(read_pages(Limits(), (REALWORLD / "4_pages_blank.pdf").read_bytes(), PDF))
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert all(p.words == () for p in pages)


def test_four_blank_pages_are_unreadable() -> None:
    data = (REALWORLD / "4_pages_blank.pdf").read_bytes()
    with pytest.raises(Unreadable):
        extract(Limits(), data, integrate(Limits(), data, PDF))


def test_monopoly_scan_keeps_its_good_ocr_layer() -> None:
    """The statement is a 150 ppi scan with an OCR text layer of good quality: no need to OCR again."""
    pages = list(read_pages(Limits(), (REALWORLD / "monopoly_example_statement.pdf").read_bytes(), PDF))
    assert [p.method for p in pages] == [ExtractionMethod.TEXT] * 4
    texts = {w.text for p in pages for w in p.words}
    assert {"SAVORY", "MORNING", "(412.16)"} <= texts
