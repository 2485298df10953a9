"""Real statements uploaded a page a file, in shuffled order under names that say nothing, are one account."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from devtools.realworld import VENDORED
from ingest.settings import Limits
from ingest.stages.extraction import extract
from ingest.stages.integration import integrate
from ingest.stages.upload import PDF
from ingest.stages.validation import FileStatements, validate

# An eight-page statement whose later pages open with the balance brought forward, and a savings
# statement whose last page is a notice that repeats the header and prints no rows.
HSBC = [
    VENDORED / "hsbc" / "anonymised_HSBC_UK_CUR_12345678_20200108.pdf",
    VENDORED / "hsbc" / "anonymised_HSBC_UK_SAV_87654321_20210208.pdf",
]
TODAY = dt.date(2026, 1, 1)


def _page_files(path: Path) -> list[bytes]:
    source = pdfium.PdfDocument(path.read_bytes())
    files = []
    for index in range(len(source)):
        single = pdfium.PdfDocument.new()
        single.import_pages(source, [index])
        buffer = io.BytesIO()
        single.save(buffer)
        files.append(buffer.getvalue())
    return files


def _statements(data: bytes, name: str) -> list[FileStatements]:
    extraction = extract(Limits(), data, integrate(Limits(), data, PDF))
    return [FileStatements(name, extraction.statements, marks=extraction.marks)]


@pytest.mark.parametrize("path", HSBC, ids=[p.stem for p in HSBC])
def test_hsbc_pages_as_separate_files_are_the_statement(path: Path) -> None:
    whole = validate(TODAY, _statements(path.read_bytes(), path.name)).accounts
    pages = list(enumerate(_page_files(path), start=1))
    random.Random(path.name).shuffle(pages)
    uploaded = [
        s for number, data in pages for s in _statements(data, f"IMG_{7919 * number % 10_000:04d}.jpg")
    ]
    validated = validate(TODAY, uploaded)
    # Every page is the statement's, its page of terms and notes too (it prints the bank's name).
    assert validated.not_statements == {}
    [account] = validated.accounts
    [expected] = whole
    assert [(t.date, t.amount, t.balance) for t in account.transactions] == [
        (t.date, t.amount, t.balance) for t in expected.transactions
    ]
    assert account.opening_balance == expected.opening_balance
    assert account.closing_balance == expected.closing_balance
    assert account.account_number == expected.account_number
