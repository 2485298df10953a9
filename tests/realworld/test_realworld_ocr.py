"""Real scans: blank pages end UNREADABLE without OCR noise, and a good OCR layer is kept as it is."""

from __future__ import annotations

import pytest

from devtools.realworld import EXTERNAL
from devtools.samplegen.badfiles import blank_pdf
from ingest.codes import ExtractionMethod
from ingest.errors import Unreadable
from ingest.extract.pages import read_pages
from ingest.settings import Limits
from ingest.stages.extraction import extract
from ingest.stages.integration import integrate
from ingest.stages.upload import PDF


def _blank_pages_give_no_words(data: bytes) -> None:
    pages = list(read_pages(Limits(), data, PDF))
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert all(p.words == () for p in pages)


def _blank_pages_are_unreadable(data: bytes) -> None:
    with pytest.raises(Unreadable):
        extract(Limits(), data, integrate(Limits(), data, PDF))


def test_four_blank_pages_give_no_words() -> None:
    _blank_pages_give_no_words(blank_pdf(pages=4))


def test_four_blank_pages_are_unreadable() -> None:
    _blank_pages_are_unreadable(blank_pdf(pages=4))


@pytest.mark.external
def test_four_real_blank_pages_give_no_words() -> None:
    _blank_pages_give_no_words((EXTERNAL / "4_pages_blank.pdf").read_bytes())


@pytest.mark.external
def test_four_real_blank_pages_are_unreadable() -> None:
    _blank_pages_are_unreadable((EXTERNAL / "4_pages_blank.pdf").read_bytes())


@pytest.mark.external
def test_monopoly_scan_keeps_its_good_ocr_layer() -> None:
    """The statement is a 150 ppi scan with an OCR text layer of good quality: no need to OCR again."""
    pages = list(read_pages(Limits(), (EXTERNAL / "monopoly_example_statement.pdf").read_bytes(), PDF))
    assert [p.method for p in pages] == [ExtractionMethod.TEXT] * 4
    texts = {w.text for p in pages for w in p.words}
    assert {"SAVORY", "MORNING", "(412.16)"} <= texts
