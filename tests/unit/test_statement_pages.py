"""A photographed page of a statement's terms and notes, uploaded as a file of its own, is one of that
statement's pages; a picture that nothing ties to the request's statements is still not a statement."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import ingest
from ingest.codes import FileStatus, RejectionCode, RequestStatus, WarningCode
from ingest.extract.marks import marks_of, web_name
from ingest.extract.pages import read_pages
from ingest.models import RequestDocument
from ingest.settings import Limits
from ingest.stages.upload import PDF
from tests.unit.ocr.pages import encoded, render, statement_pdf

BANK = "Northgate Savings Bank"
WEB = "www.northgatebank.co.uk"
NUMBER = "0042-7788123"
HEADER = (BANK, "Statement of account", f"Account number {NUMBER}")
TABLE = (  # date, description, amount, balance
    ("Date", "Description", "Amount", "Balance"),
    ("02 Mar 2026", "Opening balance", "", "1,000.00"),
    ("03 Mar 2026", "CITYCABS.COM TRIP", "-45.00", "955.00"),
    ("05 Mar 2026", "SALARY ACME LTD", "2,000.00", "2,955.00"),
)
# A statement's page of terms and notes: prose, no account details, no table.
NOTES = (
    "Interest and charges",
    "Credit interest is calculated daily on the cleared credit",
    "balance and paid monthly. Debit interest is charged on",
    "overdrawn balances. If you have a complaint, please",
    "tell us first; you may refer it to the Ombudsman.",
)


def _statement() -> bytes:
    """A one-page statement with a text layer, its table in columns, its web address at the foot."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 780.0
    for line in HEADER:
        pdf.drawString(50, y, line)
        y -= 18
    y -= 18
    for date, description, amount, balance in TABLE:
        pdf.drawString(50, y, date)
        pdf.drawString(140, y, description)
        pdf.drawRightString(420, y, amount)
        pdf.drawRightString(520, y, balance)
        y -= 18
    pdf.drawString(50, 60, f"Call us or visit {WEB}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _photo(lines: tuple[str, ...]) -> bytes:
    """A page as a phone's JPEG of it."""
    return encoded(render(statement_pdf(lines), dpi=200), "JPEG", dpi=200, quality=85)


def _read(*files: tuple[str, bytes]) -> RequestDocument:
    return ingest.read([("statement.pdf", _statement()), *files])


def _file(document: RequestDocument, name: str) -> tuple[FileStatus, RejectionCode | None]:
    result = next(f for f in document.files if f.name == name)
    return result.status, result.rejection.code if result.rejection else None


@pytest.mark.parametrize(
    "tie",
    [f"More about our charges at {WEB}", f"{BANK} is a member of the deposit scheme", f"Account {NUMBER}"],
    ids=["web address", "bank's name", "account number"],
)
def test_a_notes_page_that_names_the_statement_is_one_of_its_pages(tie: str) -> None:
    document = _read(("IMG_0002.jpg", _photo((*NOTES, tie))))
    assert _file(document, "IMG_0002.jpg") == (FileStatus.ACCEPTED, None)
    assert document.status is RequestStatus.COMPLETED
    assert document.warnings == []  # prose: no rows of its own, none missing
    [account] = document.accounts
    assert [t.file for t in account.transactions] == ["statement.pdf", "statement.pdf"]


@pytest.mark.parametrize(
    "lines",
    [
        ("CORNER CAFE", "1 Flat white 3.20", "1 Croissant 2.10", "TOTAL 5.30", "www.cornercafe.com"),
        ("Your trip with CityCabs", "Fare 45.00", "Thank you for riding", "www.citycabs.com"),
        ("Riverside Bank", "Dear customer,", *NOTES, "www.riversidebank.com"),
    ],
    ids=["receipt", "receipt of a shop the statement paid", "another bank's letter"],
)
def test_a_picture_nothing_ties_to_the_statement_is_not_a_statement(lines: tuple[str, ...]) -> None:
    document = _read(("IMG_0003.jpg", _photo(lines)))
    assert _file(document, "IMG_0003.jpg") == (FileStatus.REJECTED, RejectionCode.NOT_A_STATEMENT)
    [rejected] = [f for f in document.files if f.rejection]
    assert rejected.rejection is not None and "web address" in rejected.rejection.message
    assert document.status is RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    assert [a.account_number for a in document.accounts] == [NUMBER]


def test_a_page_of_rows_without_headings_is_the_statements_and_said_to_be_unread() -> None:
    rows = ("09 Mar 2026 CARD PAYMENT -12.50 2,942.50", "11 Mar 2026 CARD PAYMENT -20.00 2,922.50")
    document = _read(("IMG_0004.jpg", _photo((*rows, f"Questions? {WEB}"))))
    assert _file(document, "IMG_0004.jpg") == (FileStatus.ACCEPTED, None)
    [unread] = [w for w in document.warnings if w.code is WarningCode.PageUnreadable]
    assert "IMG_0004.jpg" in unread.message and "2 lines" in unread.message


def test_a_notes_page_alone_is_not_a_statement() -> None:
    document = ingest.read([("IMG_0002.jpg", _photo((*NOTES, f"More at {WEB}")))])
    assert _file(document, "IMG_0002.jpg") == (FileStatus.REJECTED, RejectionCode.NOT_A_STATEMENT)
    assert document.status is RequestStatus.OCR_FILES_INTEGRATION_FAILURE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("www.hsbc.co.uk", "hsbc"),
        ("(www.hsbc.co.uk).", "hsbc"),
        ("help@northgatebank.com", "northgatebank"),
        ("co.uk", None),
        ("e.g.", None),
        ("1,234.56", None),
        ("page.total", None),
    ],
)
def test_a_web_address_names_what_it_is_registered_under(text: str, name: str | None) -> None:
    assert web_name(text) == name


def test_a_page_marks_the_dates_it_prints_with_their_year_either_way_round() -> None:
    lines = ("STATEMENT DATE: August 15, 2016", "Paid on 03/04/2016 at 10:15", "Effective from 1 August")
    pages = list(read_pages(Limits(), statement_pdf(lines), PDF))
    marks = marks_of(pages, words=True)
    assert set(marks.dates) == {dt.date(2016, 8, 15), dt.date(2016, 4, 3), dt.date(2016, 3, 4)}
    assert marks.rows == 0  # dates, but no amounts
