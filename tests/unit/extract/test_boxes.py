"""Where rows and header fields were read: boxes in page fractions, checked against the PDF's own words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image, ImageDraw

from ingest.codes import ExtractionMethod
from ingest.extract.amounts import parse_money
from ingest.extract.boxes import money_box, stored_point, text_box
from ingest.extract.images import rotate_quarter
from ingest.extract.layout import Line
from ingest.extract.pages import PDF, read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import Box, RawStatement
from ingest.extract.words import PageWords, Word
from ingest.settings import Limits
from tests.conftest import ROOT

DIGITAL = ROOT / "samples" / "bluefern-two-months" / "statement-2024-12.pdf"
TWO_ACCOUNTS = ROOT / "samples" / "lanternhill-two-accounts" / "statement-2025-08.pdf"


def _statements(path: Path) -> list[RawStatement]:
    return read_statements(list(read_pages(Limits(), path.read_bytes(), PDF)))


def _inside(box: Box, x: float, y: float) -> bool:
    return box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1


def _within_page(box: Box) -> bool:
    return 0 <= box.x0 < box.x1 <= 1 and 0 <= box.y0 < box.y1 <= 1 and box.page >= 1


@pytest.mark.parametrize("path", [DIGITAL, TWO_ACCOUNTS], ids=lambda p: p.parent.name)
def test_every_row_has_a_box_within_its_page(path: Path) -> None:
    statements = _statements(path)
    rows = [t for s in statements for t in s.transactions]
    assert rows
    for row in rows:
        assert row.bbox is not None, row.description
        assert row.bbox.page == row.page
        assert _within_page(row.bbox)


def test_a_rows_box_holds_the_words_that_print_its_amount() -> None:
    """Checked against the words pdfplumber reads from the file, not the reader's own words."""
    with pdfplumber.open(DIGITAL) as pdf:
        pages = {
            n: (page.width, page.height, page.extract_words()) for n, page in enumerate(pdf.pages, start=1)
        }
    rows = [t for s in _statements(DIGITAL) for t in s.transactions]
    for row in rows:
        assert row.bbox is not None and row.amount is not None
        width, height, words = pages[row.page]
        printed = [
            w for w in words if (m := parse_money(w["text"])) is not None and m.magnitude == abs(row.amount)
        ]
        inside = [
            w
            for w in printed
            if _inside(row.bbox, (w["x0"] + w["x1"]) / 2 / width, (w["top"] + w["bottom"]) / 2 / height)
        ]
        assert inside, f"{row.description!r}: no word printing {row.amount} inside {row.bbox}"
        # The box is the row, not the table: no taller than a few lines of print.
        assert row.bbox.y1 - row.bbox.y0 < 0.05


def test_header_fields_have_boxes_around_their_printed_values() -> None:
    statement = _statements(DIGITAL)[0]
    assert {"institution", "holder.name", "holder.address", "account_number", "period"} <= set(
        statement.field_boxes
    )
    assert statement.opening_balance is not None and statement.closing_balance is not None
    assert {"opening_balance", "closing_balance"} <= set(statement.field_boxes)
    with pdfplumber.open(DIGITAL) as pdf:
        page = pdf.pages[0]
        width, height, words = page.width, page.height, page.extract_words()
    for name, box in statement.field_boxes.items():
        assert _within_page(box), name
    name_box = statement.field_boxes["holder.name"]
    first_name = (statement.holder_name or "").split()[0]
    assert any(
        w["text"] == first_name
        and _inside(name_box, (w["x0"] + w["x1"]) / 2 / width, (w["top"] + w["bottom"]) / 2 / height)
        for w in words
    )
    opening = statement.field_boxes["opening_balance"]
    assert any(
        (m := parse_money(w["text"])) is not None
        and m.magnitude == abs(statement.opening_balance)
        and _inside(opening, (w["x0"] + w["x1"]) / 2 / width, (w["top"] + w["bottom"]) / 2 / height)
        for w in words
    )


@pytest.mark.parametrize("quarter_turn", [0, 90, 180, 270])
@pytest.mark.parametrize("skew", [0.0, 2.5, -1.5])
def test_a_point_of_a_turned_and_levelled_page_maps_back_onto_the_stored_image(
    quarter_turn: int, skew: float
) -> None:
    """The same turns OCR applies (`rotate_quarter`, then levelling as `clean_page` does), undone."""
    stored = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(stored).rectangle((140, 590, 160, 610), fill=0)  # a mark centred at (150, 600)
    read = rotate_quarter(stored, quarter_turn).rotate(-skew, fillcolor=255)
    ys, xs = np.nonzero(np.asarray(read) < 128)
    frame = PageWords(1, read.width, read.height, (), ExtractionMethod.OCR, quarter_turn, skew)
    u, v = stored_point(frame, float(xs.mean()), float(ys.mean()))
    assert u == pytest.approx(150 / 600, abs=0.004)
    assert v == pytest.approx(600 / 800, abs=0.004)


_PAGE = {1: PageWords(1, 600.0, 800.0, (), ExtractionMethod.TEXT)}


def _line(*texts: str) -> Line:
    """Words side by side, 40 points apart."""
    return Line(tuple(Word(t, 40.0 * i, 40.0 * i + 30, 100.0, 110.0) for i, t in enumerate(texts)), 1)


@pytest.mark.parametrize(
    "printed",
    [("1.234,50",), ("1", "234,50"), ("01,234.50",), ("(1,234.50)",), ("EUR", "1,234.50"), ("١٢٣٤.٥٠",)],
    ids=["comma-decimals", "space-grouped", "leading-zero", "bracketed", "code-apart", "arabic-indic"],
)
def test_a_money_box_is_found_however_the_figure_is_printed(printed: tuple[str, ...]) -> None:
    """Runs are tried only where their digits hold the figure's: grouping, signs, leading zeros and
    other scripts' digits must not hide a print of it."""
    decoy = _line("Ref", "123450", "2,341.50", "1,234.5")
    line = _line("Balance", *printed, "12.00")
    box = money_box([decoy, line], Decimal("1234.5"), _PAGE)
    figure = line.words[1 : 1 + len(printed)]
    assert box == Box(
        page=1, x0=round(figure[0].x0 / 600, 4), y0=0.125, x1=round(figure[-1].x1 / 600, 4), y1=0.1375
    )


def test_a_text_box_spells_a_value_across_words_cases_and_accents() -> None:
    near_miss = _line("ZOE", "MULLER", "LUDENSCHEID")
    line = _line("Name:", "ZOË", "MÜLLER-", "LÜDENSCHEIDT", "Account")
    box = text_box([near_miss, line], "Zoë Müller-Lüdenscheidt", _PAGE)
    assert box == Box(page=1, x0=round(40 / 600, 4), y0=0.125, x1=round(150 / 600, 4), y1=0.1375)
