"""A statement signed after it was made: the signing tool's save writes a ModDate at the signing time,
which is no later edit where the signature covers the whole file and verifies."""

from __future__ import annotations

import datetime as dt
import io

import pikepdf
import pytest

from ingest.authenticity import assess, judge, signature
from ingest.codes import SignalCode, Verdict
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import pdf, signed, table

CREATED = "D:20240401093012+02'00'"


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%SZ")


@pytest.fixture(scope="module")
def statement() -> bytes:
    with pikepdf.open(io.BytesIO(pdf(table))) as document:
        document.docinfo["/CreationDate"] = CREATED
        document.docinfo["/ModDate"] = CREATED
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _codes(data: bytes) -> set[SignalCode]:
    return {s.code for s in assess(data, PDF)}


def test_a_moddate_at_the_signing_time_of_a_whole_file_signature_is_no_late_modification(
    statement: bytes,
) -> None:
    # Signed months after it was made (the signing time is now); the tool's save stamps that time.
    data = signed(statement, modified=_pdf_date(dt.datetime.now(dt.UTC)))

    signals = assess(data, PDF)

    assert {s.code for s in signals} == {SignalCode.SIGNED_WHOLE_FILE}
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_moddate_away_from_the_signing_time_is_still_a_late_modification(statement: bytes) -> None:
    # Modified long after creation and weeks before the signature: a save the signature does not explain.
    weeks_before = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    codes = _codes(signed(statement, modified=_pdf_date(weeks_before)))
    assert {SignalCode.SIGNED_WHOLE_FILE, SignalCode.MODIFIED_LATER} <= codes


def test_a_moddate_at_the_signing_time_of_a_signature_changed_after_is_still_a_late_modification(
    statement: bytes,
) -> None:
    data = signed(statement, modified=_pdf_date(dt.datetime.now(dt.UTC)))
    at = data.index(b"/Type /Page") + len(b"/Type /Pa")  # "Page" becomes "Pbge": the file still opens
    changed = data[:at] + b"b" + data[at + 1 :]

    codes = _codes(changed)

    assert {SignalCode.SIGNATURE_BROKEN, SignalCode.MODIFIED_LATER} <= codes


def test_the_signing_time_is_the_signed_attributes_else_the_signature_dictionarys(statement: bytes) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = signed(statement, signed_on="D:20250101120000Z")
    with pikepdf.open(io.BytesIO(data)) as document:
        read = signature.read(data, document)
        (found,) = signature._signatures(document)
    assert read.whole_file_signed_at is not None
    assert abs(read.whole_file_signed_at - now) < dt.timedelta(minutes=1)
    # A CMS without a signing time among its signed attributes: the dictionary's /M.
    no_cms_time = signature._Signature(found.byte_range, b"", found.subfilter, found.signed_on)
    assert signature._signing_time(no_cms_time) == dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC)
