"""Revision history, production chain and signature rules, on files edited the way editors save them."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import Image

from devtools import tamper
from ingest.authenticity import assess, judge
from ingest.codes import Severity, SignalCode, Verdict
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import content_signals, pdf, signed, table


@pytest.fixture(scope="module")
def statement() -> bytes:
    return pdf(table)


def _codes(data: bytes) -> set[SignalCode]:
    return {s.code for s in assess(data, PDF)}


def _with_info(data: bytes, **info: str) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as document:
        for key, value in info.items():
            document.docinfo[f"/{key}"] = value
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def test_a_generated_statement_is_clean(statement: bytes) -> None:
    assert assess(statement, PDF) == []


def test_an_incremental_update_that_changes_a_page_is_content_updated(statement: bytes) -> None:
    edited = tamper.tamper(statement, "stream-edit")
    assert edited.startswith(statement)  # the original revision is still there, in front

    updated = [s for s in assess(edited, PDF) if s.code is SignalCode.CONTENT_UPDATED]

    assert [(s.severity, s.page) for s in updated] == [(Severity.HIGH, 1)]


def test_an_incremental_update_of_the_metadata_only_is_not_a_content_update(statement: bytes) -> None:
    edited = tamper.tamper(statement, "metadata")
    assert edited.startswith(statement)
    assert SignalCode.CONTENT_UPDATED not in _codes(edited)


def test_a_linearized_file_is_not_taken_for_an_update(statement: bytes) -> None:
    with pikepdf.open(io.BytesIO(statement)) as document:
        out = io.BytesIO()
        document.save(out, linearize=True)
    assert out.getvalue().count(b"%%EOF") == 2
    assert _codes(out.getvalue()) == set()


def test_acrobat_touchup_mark() -> None:
    with pikepdf.open(io.BytesIO(pdf(table))) as document:
        page = document.pages[0]
        page.contents_add(
            pikepdf.Stream(document, b"/Span <</ActualText (x)>> BDC /TouchUp_TextEdit MP EMC\n")
        )
        out = io.BytesIO()
        document.save(out)
    assert SignalCode.TOUCHUP_EDIT in _codes(out.getvalue())


def test_revisions_with_different_document_ids(statement: bytes) -> None:
    edited = tamper.tamper(statement, "metadata")
    first = pikepdf.open(io.BytesIO(statement)).trailer.ID[0].unparse()
    changed = edited[: len(statement)] + edited[len(statement) :].replace(first, b"<" + b"ab" * 16 + b">", 1)

    assert SignalCode.ID_HISTORY in _codes(changed)
    assert SignalCode.ID_HISTORY not in _codes(edited)


@pytest.mark.parametrize(
    ("field", "value", "code", "severity"),
    [
        ("Producer", "Edited with PDF Expert by Readdle", SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        ("Producer", "SAMBox 2.3.4 (www.sejda.org)", SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        ("Producer", "DocFly", SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        ("Producer", "Foxit PDF Reader 2023.2", SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        ("Producer", "PDF-XChange Editor 10.1.1.381", SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        ("Producer", "Microsoft: Print To PDF", SignalCode.PRINT_DRIVER, Severity.LOW),
        ("Producer", "Skia/PDF m120", SignalCode.PRINT_DRIVER, Severity.LOW),
        ("Creator", "Microsoft® Word for Microsoft 365", SignalCode.EDITOR_SOFTWARE, Severity.LOW),
    ],
)
def test_editors_and_print_drivers_in_the_production_chain(
    statement: bytes, field: str, value: str, code: SignalCode, severity: Severity
) -> None:
    signals = assess(_with_info(statement, **{field: value}), PDF)
    assert [(s.code, s.severity) for s in signals] == [(code, severity)]


@pytest.mark.parametrize(
    "producer", ["ReportLab PDF Library", "iText 5.5.13", "Actuate Content Services", "Adobe PDF Library 15"]
)
def test_document_generation_software_is_not_an_editor(statement: bytes, producer: str) -> None:
    assert _codes(_with_info(statement, Producer=producer)) == set()


@pytest.mark.parametrize(
    ("creator", "producer", "found"),
    [
        # A library that filled a template made in an editor wrote the file last.
        (
            "Microsoft® Word 2016",
            "Microsoft® Word 2016; modified using iText® 5.5.13 ©2000-2018 iText Group NV (AGPL-version)",
            [],
        ),
        ("Adobe Photoshop CC", "Adobe Photoshop CC; modified using iTextSharp™ 5.5.10 ©2000-2016 iText", []),
        # The last writer named is what counts, whatever came before it.
        (
            "JasperReports",
            "iText 2.1.7 by 1T3XT; modified using PDF-XChange Editor 9.5",
            [SignalCode.EDITOR_SOFTWARE],
        ),
    ],
)
def test_the_production_chain_is_judged_by_the_last_writer_a_producer_names(
    statement: bytes, creator: str, producer: str, found: list[SignalCode]
) -> None:
    data = _with_info(statement, Producer=producer, Creator=creator)
    assert [s.code for s in assess(data, PDF)] == found


def test_modified_months_after_creation(statement: bytes) -> None:
    late = _with_info(statement, CreationDate="D:20250105090000Z", ModDate="D:20250410120000Z")
    same_day = _with_info(statement, CreationDate="D:20250105090000Z", ModDate="D:20250105093000+01'00'")

    assert SignalCode.MODIFIED_LATER in _codes(late)
    assert SignalCode.MODIFIED_LATER not in _codes(same_day)


def test_info_rewritten_without_its_xmp(statement: bytes) -> None:
    with pikepdf.open(io.BytesIO(statement)) as document:
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdf:Producer"] = "Bank Statement Engine 4.2"
        out = io.BytesIO()
        document.save(out)
    agreeing = out.getvalue()

    assert SignalCode.METADATA_MISMATCH not in _codes(agreeing)
    assert SignalCode.METADATA_MISMATCH in _codes(_with_info(agreeing, Producer="Smallpdf.com"))


def test_bytes_added_after_a_signature(statement: bytes) -> None:
    with pikepdf.open(io.BytesIO(statement)) as document:
        signature = pikepdf.Dictionary(
            Type=pikepdf.Name.Sig, ByteRange=pikepdf.Array([0, 100, 200, 300]), Contents=pikepdf.String(b"0")
        )
        field = document.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Sig, T="sig", V=signature))
        document.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
        out = io.BytesIO()
        document.save(out)
    signals = [s for s in assess(out.getvalue(), PDF) if s.code is SignalCode.SIGNED_THEN_CHANGED]
    assert len(signals) == 1 and "500" in signals[0].evidence


def test_a_picture_saved_by_an_image_editor() -> None:
    def jpeg(software: str | None) -> bytes:
        image = Image.new("L", (40, 40), 255)
        exif = Image.Exif()
        if software:
            exif[0x0131] = software
        out = io.BytesIO()
        image.save(out, "JPEG", exif=exif)
        return out.getvalue()

    assert [s.code for s in assess(jpeg("Adobe Photoshop 25.0"), "image/jpeg")] == [
        SignalCode.EDITOR_SOFTWARE
    ]
    assert assess(jpeg("iOS 17.1"), "image/jpeg") == []
    assert assess(jpeg(None), "image/jpeg") == []


def test_a_file_the_structure_checks_cannot_open_gives_no_signal_and_no_error() -> None:
    assert assess(b"%PDF-1.7\n garbage", PDF) == []


def test_metadata_edit_alone_is_suspect(statement: bytes) -> None:
    # An editor's Producer and a save months later: two medium signs.
    assert judge(assess(tamper.tamper(statement, "metadata"), PDF)).verdict is Verdict.SUSPECT


@pytest.mark.parametrize("rsa_key", [False, True], ids=["ecdsa", "rsa"])
def test_a_valid_signature_over_the_whole_file_vouches_for_its_production_chain(
    statement: bytes, rsa_key: bool
) -> None:
    data = signed(statement, producer="Microsoft Word", rsa_key=rsa_key)

    signals = assess(data, PDF)

    assert {(s.code, s.severity) for s in signals} == {
        (SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM),
        (SignalCode.SIGNED_WHOLE_FILE, Severity.NONE),
    }
    assert (judge(signals).score, judge(signals).verdict) == (100, Verdict.CLEAN)
    assert judge([s for s in signals if s.code is not SignalCode.SIGNED_WHOLE_FILE]).verdict is Verdict.REVIEW


def test_a_byte_changed_inside_a_signed_range_breaks_the_signature(statement: bytes) -> None:
    data = signed(statement)
    at = data.index(b"/Type /Page") + len(b"/Type /Pa")  # "Page" becomes "Pbge": the file still opens
    changed = data[:at] + b"b" + data[at + 1 :]

    codes = _codes(changed)

    assert SignalCode.SIGNATURE_BROKEN in codes and SignalCode.SIGNED_WHOLE_FILE not in codes


def test_an_update_saved_after_signing_is_not_covered(statement: bytes) -> None:
    data = signed(statement)
    with pikepdf.open(io.BytesIO(data)) as document:
        size = int(document.trailer.Size)
        updated = tamper._append_update(data, document, {size: b"<< /Note (added) >>"}, size=size + 1)

    assert _codes(updated) == {SignalCode.SIGNED_THEN_CHANGED}


def _validation_data_added(data: bytes, *, info: dict[str, str] | None = None, note: bool = False) -> bytes:
    """The signed file with the update a PAdES B-LT signer appends after signing: a /DSS dictionary in the
    catalog holding the certificates and an OCSP response, and (`info`) the Info record rewritten as
    iText's save does; `note`: the same update also puts a text note on page 1."""
    with pikepdf.open(io.BytesIO(data)) as document:
        size = int(document.trailer.Size)
        certificate, response, dss = size, size + 1, size + 2
        root = document.Root
        root["/DSS"] = pikepdf.Name("/DSSREF")
        objects = {
            certificate: tamper._stream_object(b"0\x82 a certificate"),
            response: tamper._stream_object(b"0\x82 an OCSP response"),
            dss: b"<< /Certs [%d 0 R] /OCSPs [%d 0 R] >>" % (certificate, response),
            root.objgen[0]: root.unparse(resolved=True).replace(b"/DSSREF", b"%d 0 R" % dss),
        }
        if info is not None:
            record = {**{str(k): str(v) for k, v in document.docinfo.items()}, **info}
            objects[size + 3] = pikepdf.Dictionary(record).unparse()
        if note:
            page = document.pages[0].obj
            page["/Annots"] = pikepdf.Array([pikepdf.Name("/NOTE")])
            objects[size + 4] = b"<< /Type /Annot /Subtype /Text /Rect [40 40 60 60] /Contents (ok) >>"
            objects[page.objgen[0]] = page.unparse(resolved=True).replace(b"/NOTE", b"%d 0 R" % (size + 4))
        return tamper._append_update(
            data, document, objects, size=size + 5, info=size + 3 if info is not None else None
        )


@pytest.mark.parametrize("info", [None, {"/ModDate": "D:20250105090130Z"}], ids=["dss", "dss-and-info"])
def test_validation_data_added_after_signing_is_no_change(
    statement: bytes, info: dict[str, str] | None
) -> None:
    # PAdES B-LT: the signer appends what checks its certificate (ISO 32000-2 12.8.4.3) after signing,
    # as banks' sealing services do; the signed revision's pages are the document's.
    honest = _validation_data_added(signed(statement), info=info)
    signals = assess(honest, PDF)

    assert {s.code for s in signals} == {SignalCode.SIGNED_WHOLE_FILE}
    assert judge(signals).verdict is Verdict.CLEAN
    # The same file with a figure whited out and retyped in a later update is changed after signing.
    forged = tamper.tamper(honest, "incremental")
    signals = assess(forged, PDF, content_signals(forged))
    assert {SignalCode.SIGNED_THEN_CHANGED, SignalCode.CONTENT_UPDATED} <= {s.code for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT


def test_validation_data_grown_after_a_later_signature_is_no_change(statement: bytes) -> None:
    # PAdES B-LTA: the signed revision already holds a DSS (the first signature's), and the update after
    # the last signature rewrites that DSS with more certificates: the DSS's own objects may change.
    first = _validation_data_added(signed(statement))
    with pikepdf.open(io.BytesIO(first)) as document:
        document.Root.DSS.Certs.append(document.make_stream(b"0\x82 a second certificate"))
        out = io.BytesIO()
        document.save(out)
    later = signed(out.getvalue())
    with pikepdf.open(io.BytesIO(later)) as document:
        dss = document.Root.DSS
        size = int(document.trailer.Size)
        grown = dss.unparse(resolved=True).replace(b"]", b" %d 0 R]" % size, 1)
        objects = {size: tamper._stream_object(b"0\x82 the time stamp's certificate"), dss.objgen[0]: grown}
        updated = tamper._append_update(later, document, objects, size=size + 1)
    with pikepdf.open(io.BytesIO(updated)) as document:
        assert len(document.Root.DSS.Certs) == 3  # the update is the file's last word

    assert _codes(updated) == {SignalCode.SIGNED_WHOLE_FILE}


def test_an_update_adding_validation_data_and_anything_else_is_a_change_after_signing(
    statement: bytes,
) -> None:
    updated = _validation_data_added(signed(statement), note=True)

    assert _codes(updated) == {SignalCode.SIGNED_THEN_CHANGED}


def test_a_signature_leaving_out_more_than_its_own_value_vouches_for_nothing(statement: bytes) -> None:
    # A range that skips bytes besides the signature's own value: they could say anything.
    codes = _codes(signed(statement, skip=10))

    assert SignalCode.SIGNED_WHOLE_FILE not in codes and SignalCode.SIGNATURE_BROKEN not in codes
    assert SignalCode.SIGNED_WHOLE_FILE in _codes(signed(statement))


@pytest.mark.parametrize("field_type", ["/Sig", "/Tx"])
def test_a_signature_or_form_field_added_by_an_incremental_save_is_no_sign_of_editing(
    statement: bytes, field_type: str
) -> None:
    # Signing tools append the signature field and its widget to the issued file, as a bank's
    # signing step does, and a bank's chain may append a form field the same way: the pages' content
    # and fonts, and the document's first ID, stay as issued.
    with pikepdf.open(io.BytesIO(statement)) as document:
        size = int(document.trailer.Size)
        page = document.pages[0].obj
        page["/Annots"] = pikepdf.Array([pikepdf.Name("/WIDGET")])
        document.Root["/AcroForm"] = pikepdf.Dictionary(
            Fields=pikepdf.Array([pikepdf.Name("/WIDGET")]), SigFlags=3
        )
        widget = b"<< /Type /Annot /Subtype /Widget /FT %s /T (Field1) /Rect [0 0 0 0] /P %d 0 R >>"
        reference = b"%d 0 R" % size
        objects = {
            page.objgen[0]: page.unparse(resolved=True).replace(b"/WIDGET", reference),
            document.Root.objgen[0]: document.Root.unparse(resolved=True).replace(b"/WIDGET", reference),
            size: widget % (field_type.encode(), page.objgen[0]),
        }
        updated = tamper._append_update(statement, document, objects, size=size + 1)

    assert updated.startswith(statement) and updated.count(b"%%EOF") == 2
    with pikepdf.open(io.BytesIO(updated)) as document:
        assert str(document.pages[0].obj.Annots[0].FT) == field_type  # the update is the file's last word
    assert assess(updated, PDF) == []


@pytest.mark.parametrize(
    ("creator", "producer", "verdict"),
    [
        ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365", Verdict.REVIEW),
        ("Microsoft® Word 2016", "Microsoft: Print To PDF", Verdict.CLEAN),  # two weak signs
        ("LibreOffice Writer", "LibreOffice 7.6", Verdict.REVIEW),
    ],
)
def test_a_bank_that_issues_from_a_word_processor_or_print_driver_is_at_most_review(
    statement: bytes, creator: str, producer: str, verdict: Verdict
) -> None:
    # Saved once, as issued: the chain alone is one medium sign at most, never enough for SUSPECT.
    issued = "D:20250105090000Z"
    data = _with_info(statement, Creator=creator, Producer=producer, CreationDate=issued, ModDate=issued)
    signals = assess(data, PDF)
    assert signals
    assert judge(signals).verdict is verdict


def test_a_print_driver_that_writes_info_and_xmp_alike_is_no_metadata_mismatch(statement: bytes) -> None:
    # A print driver writes both records in one save: the same Producer (its own spacing and case in
    # XMP) and the same time, in Info with an offset and in XMP in UTC.
    with pikepdf.open(io.BytesIO(statement)) as document:
        with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdf:Producer"] = "microsoft:  print to pdf"
            meta["xmp:ModifyDate"] = "2025-01-05T08:00:00Z"
        document.docinfo["/Producer"] = "Microsoft: Print To PDF"
        document.docinfo["/CreationDate"] = "D:20250105090000+01'00'"
        document.docinfo["/ModDate"] = "D:20250105090000+01'00'"
        out = io.BytesIO()
        document.save(out)
    printed = out.getvalue()

    signals = assess(printed, PDF)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PRINT_DRIVER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN
    # The same driver's Info rewritten later by another tool, its XMP left as printed, disagrees.
    rewritten = _with_info(printed, Producer="Smallpdf.com", ModDate="D:20250410120000Z")
    assert SignalCode.METADATA_MISMATCH in _codes(rewritten)
