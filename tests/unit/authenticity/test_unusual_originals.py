"""Genuine statements made or passed on in unusual ways: a browser's or an operating system's print to
PDF, document generators the rules do not name, a generator that writes its two metadata records with
two tools, a copy re-issued from the bank's archive, a linearized file, a stamp the bank adds later,
fonts subset per page, and figures drawn in a second font by design. None may read SUSPECT, and those
that are no edit read CLEAN; the edits they look like stay SUSPECT."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import ImageCms
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from devtools import tamper
from ingest.authenticity import assess, judge, revision
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Signal
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import AMOUNTS, RIGHT, Draw, content_signals, pdf, row_y, table


@pytest.fixture(scope="module")
def statement() -> bytes:
    return pdf(table)


def _metadata(data: bytes, info: dict[str, str], xmp: dict[str, str] | None = None) -> bytes:
    """The file saved again with these Info entries and XMP properties ("pdf:Producer")."""
    with pikepdf.open(io.BytesIO(data)) as document:
        if xmp:
            with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                for key, value in xmp.items():
                    meta[key] = value
        for key, value in info.items():
            document.docinfo[f"/{key}"] = value
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _signals(data: bytes) -> list[Signal]:
    """Every family's signals, the content ones as the reader's pages give them."""
    return assess(data, PDF, content_signals(data))


def _found(data: bytes) -> set[tuple[SignalCode, Severity]]:
    return {(s.code, s.severity) for s in _signals(data)}


# ---- printed to PDF by the applicant -------------------------------------------------------------


@pytest.mark.parametrize(
    ("producer", "creator"),
    [
        (
            "Skia/PDF m120",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/120.0.0.0 Safari/537.36",
        ),
        ("macOS Version 14.1 (Build 23B74) Quartz PDFContext", "Safari"),
        ("Microsoft: Print To PDF", ""),
    ],
    ids=["chrome", "safari", "windows"],
)
def test_a_statement_printed_to_pdf_from_the_browser_is_a_weak_sign_and_clean(
    statement: bytes, producer: str, creator: str
) -> None:
    printed = _metadata(statement, {"Producer": producer, "Creator": creator})

    signals = _signals(printed)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PRINT_DRIVER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


# Virtual printers the makers of PDF editors ship, as they name themselves in Producer, beside a save by
# the maker's editor.
MAKERS_PRINTERS = [
    ("Foxit Reader PDF Printer Version 9.4.0.1491", "Foxit PDF Reader 2023.2"),
    ("Foxit PhantomPDF Printer Version 9.1.0.0531", "Foxit PhantomPDF 9.1"),
    (
        "PDF-XChange Printer 2012 (5.5 build 316.1) [Windows 7 Professional x64]",
        "PDF-XChange Editor 10.1.1.381",
    ),
    ("Nitro PDF PrimoPDF", "Nitro Pro 13"),
]


@pytest.mark.parametrize(
    ("printer", "editor"), MAKERS_PRINTERS, ids=["foxit-reader", "phantompdf", "xchange", "primo"]
)
def test_a_statement_printed_through_an_editor_makers_printer_is_a_weak_sign_and_clean(
    statement: bytes, printer: str, editor: str
) -> None:
    # Printed through the printer the viewer installs, as an applicant prints the bank's PDF: a new file,
    # made and saved at once (REVIEW before: the maker's name read as its editor).
    printed = _metadata(
        statement, {"Producer": printer, "CreationDate": "D:20250105120000Z", "ModDate": "D:20250105120000Z"}
    )
    signals = _signals(printed)
    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PRINT_DRIVER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN
    # The same statement saved months after it was made by the maker's editor: an edit.
    edited = _metadata(
        statement, {"Producer": editor, "CreationDate": "D:20250105120000Z", "ModDate": "D:20250605120000Z"}
    )
    signals = _signals(edited)
    assert (SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT


# A paper statement scanned and made searchable in Acrobat: its OCR, or its conversion of the scanned
# picture, names itself in Producer; the OCR is run days after the scan was saved.
CAPTURED = {
    "CreationDate": "D:20250105120000Z",
    "ModDate": "D:20250110120000Z",
    "Creator": "Adobe Acrobat 23.3",
}


@pytest.mark.parametrize(
    "producer",
    [
        "Adobe Acrobat Pro (64-bit) 23 Paper Capture Plug-in",
        "Adobe Acrobat Pro DC 21 Image Conversion Plug-in",
    ],
    ids=["ocr", "conversion"],
)
def test_a_scan_acrobat_captured_is_no_editors_save_and_its_retouch_is_suspect(
    statement: bytes, producer: str
) -> None:
    # SUSPECT before (the editor's name, and its late save): Acrobat's capture of paper is a scan's own
    # production, as a scanner's or an OCR engine's output is; the OCR run later is LOW.
    captured = _metadata(statement, {**CAPTURED, "Producer": producer})
    signals = _signals(captured)
    assert [(s.code, s.severity) for s in signals] == [(SignalCode.MODIFIED_LATER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN
    # Acrobat keeps the capture's name in Producer while text is retouched by hand: the retouch tells.
    with pikepdf.open(io.BytesIO(captured)) as document:
        document.pages[0].contents_add(
            pikepdf.Stream(document, b"/Span <</ActualText (x)>> BDC /TouchUp_TextEdit MP EMC\n")
        )
        out = io.BytesIO()
        document.save(out)
    assert judge(_signals(out.getvalue())).verdict is Verdict.SUSPECT
    # Saved months later by Acrobat itself, under its own name: an editor's late save.
    saved = _metadata(
        captured, {"Producer": "Adobe Acrobat Pro (64-bit) 23.6", "ModDate": "D:20250605120000Z"}
    )
    signals = _signals(saved)
    assert {(SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM), (SignalCode.MODIFIED_LATER, Severity.MEDIUM)} <= {
        (s.code, s.severity) for s in signals
    }
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_statement_printed_from_firefox_names_no_print_driver(statement: bytes) -> None:
    printed = _metadata(
        statement,
        {"Producer": "cairo 1.18.0 (https://cairographics.org)", "Creator": "Mozilla Firefox 121.0"},
    )
    assert _signals(printed) == []


def test_a_statement_printed_from_firefox_through_skia_is_a_weak_sign_and_clean(statement: bytes) -> None:
    # Firefox's Skia print target names Skia's PDF backend and the browser, and dates the file once.
    printed = _metadata(
        statement,
        {
            "Producer": "Skia/PDF m121",
            "Creator": "Firefox",
            "CreationDate": "D:20240305140712+01'00'",
            "ModDate": "D:20240305140712+01'00'",
        },
    )

    signals = _signals(printed)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PRINT_DRIVER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


SAFARI = {
    "Producer": "macOS Version 14.1 (Build 23B74) Quartz PDFContext",
    "Creator": "Safari",
    "Title": "Account activity - Harborview Online Banking",
    "CreationDate": "D:20240305140712Z00'00'",
    "ModDate": "D:20240305140712Z00'00'",
}
_QUARTZ_FONTS = {"TT1": "Helvetica", "TT2": "Helvetica-Bold"}  # resource name: the font Safari set


class _QuartzPage:
    """A page's content as Quartz writes WebKit's drawing: painted white, then in CSS pixels, y down."""

    def __init__(self) -> None:
        self._ops = [
            b"q Q q 0 0 612 792 re W n /Cs1 cs 1 1 1 sc 0 0 612 792 re f",
            b"q 0.75 0 0 -0.75 0 792 cm",
        ]

    def run(
        self,
        font: str,
        size: float,
        x: float,
        y: float,
        text: str,
        *,
        right: bool = False,
        colour: str = "0.13 0.13 0.13",
    ) -> None:
        """A text run whose baseline starts (or, `right`, ends) at x, y, set by a flipped text matrix."""
        if right:
            x -= pdfmetrics.stringWidth(text, _QUARTZ_FONTS[font], size)
        self._ops.append(
            b"/Cs1 cs %s sc BT /%s 1 Tf %.2f 0 0 %.2f %.2f %.2f Tm (%s) Tj ET"
            % (colour.encode(), font.encode(), size, -size, x, y, text.encode("latin-1"))
        )

    def fill(self, x: float, y: float, width: float, height: float, colour: str) -> None:
        self._ops.append(b"/Cs1 cs %s sc %.2f %.2f %.2f %.2f re f" % (colour.encode(), x, y, width, height))

    def content(self) -> bytes:
        return b"\n".join([*self._ops, b"Q Q"])


def _quartz_print() -> bytes:
    """Two pages of an online banking page as Safari prints it through Quartz (macOS's PDFContext): the
    page painted white first, WebKit's CSS pixels flipped into PDF space (a 0.75 scale, y down) and each
    text run set at size 1 by a flipped text matrix, colours in an ICC-based sRGB space, TrueType fonts
    named as subsets, each row's stripe drawn under its text, negatives in red, and Safari's header and
    footer (title and date above, address and page number below)."""
    document = pikepdf.new()
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    srgb = document.make_stream(profile, N=3, Alternate=pikepdf.Name.DeviceRGB)
    fonts = {}
    for tag, (name, base) in enumerate(_QUARTZ_FONTS.items()):
        subset = f"/AAAAA{'BC'[tag]}+{base}"
        fonts[f"/{name}"] = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.TrueType,
            BaseFont=pikepdf.Name(subset),
            Encoding=pikepdf.Name.MacRomanEncoding,
            FirstChar=32,
            LastChar=126,
            Widths=list(pdfmetrics.getFont(base).widths[32:127]),
            FontDescriptor=pikepdf.Dictionary(
                Type=pikepdf.Name.FontDescriptor,
                FontName=pikepdf.Name(subset),
                Flags=32,
                FontBBox=[-166, -225, 1000, 931],
                ItalicAngle=0,
                Ascent=718,
                Descent=-207,
                CapHeight=718,
                StemV=88,
            ),
        )
    balance = 1840.25
    for number in (1, 2):
        drawn = _QuartzPage()
        run, fill = drawn.run, drawn.fill

        run("TT1", 12, 48, 32, "05/03/2024, 14:07")
        run("TT1", 12, 768, 32, SAFARI["Title"], right=True)
        run("TT1", 12, 48, 1032, "https://online.harborview.example/accounts/activity")
        run("TT1", 12, 768, 1032, f"Page {number} of 2", right=True)
        fill(48, 56, 720, 52, "0.08 0.22 0.45")
        run("TT2", 22, 64, 90, "Harborview Credit Union", colour="1 1 1")
        y = 150.0
        for x, heading, right in (
            (56, "Date", False),
            (150, "Description", False),
            (610, "Amount", True),
            (760, "Balance", True),
        ):
            run("TT2", 13, x, y, heading, right=right)
        fill(48, y + 8, 720, 2, "0.4 0.4 0.4")
        for row in range(34):
            y += 24
            if row % 2:
                fill(48, y - 17, 720, 24, "0.94 0.95 0.97")
            amount = round(((row * 53.17 + number * 11) % 420) - 210, 2)
            balance = round(balance + amount, 2)
            run("TT1", 13, 56, y, f"{row % 28 + 1:02d}/02/2024")
            run("TT1", 13, 150, y, "CARD PURCHASE GROCER" if amount < 0 else "TRANSFER FROM SAVINGS")
            red = "0.75 0.1 0.1" if amount < 0 else "0.1 0.45 0.2"
            run("TT1", 13, 610, y, f"{amount:,.2f}", right=True, colour=red)
            run("TT1", 13, 760, y, f"{balance:,.2f}", right=True)
        run("TT2", 13, 150, y + 30, "Closing balance")
        run("TT2", 13, 760, y + 30, f"{balance:,.2f}", right=True)
        page = document.add_blank_page(page_size=(612, 792))
        page.obj.Resources = pikepdf.Dictionary(
            Font=pikepdf.Dictionary(fonts),
            ColorSpace=pikepdf.Dictionary(Cs1=pikepdf.Array([pikepdf.Name.ICCBased, srgb])),
        )
        page.obj.Contents = document.make_stream(drawn.content())
    for key, value in SAFARI.items():
        document.docinfo[f"/{key}"] = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_statement_safari_printed_through_quartz_is_a_weak_sign_and_clean() -> None:
    signals = _signals(_quartz_print())

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.PRINT_DRIVER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


@pytest.mark.parametrize(
    "kind",
    [
        "whiteout-other-font",
        "whiteout-same-font",
        "stream-edit",
        "incremental",
        "annotation",
        *tamper.COVERS,
        "edit-in-place",
    ],
)
def test_a_statement_safari_printed_edited_as_fraudsters_do_is_suspect(kind: str) -> None:
    edited = tamper.tamper(_quartz_print(), kind)
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


def test_a_printed_file_saved_again_months_later_is_a_resave_to_look_at(statement: bytes) -> None:
    # What a viewer that re-saves through the print system writes: its Producer, a ModDate long after.
    resaved = _metadata(
        statement,
        {
            "Producer": "macOS Version 14.1 (Build 23B74) Quartz PDFContext",
            "CreationDate": "D:20250105090000Z",
            "ModDate": "D:20250410120000Z",
        },
    )

    signals = _signals(resaved)

    assert (SignalCode.MODIFIED_LATER, Severity.MEDIUM) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.REVIEW


# ---- document generators -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("producer", "creator"),
    [
        ("Powered By Crystal", "Crystal Reports"),
        ("iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", "JasperReports Library version 6.20.0"),
        ("Apache FOP Version 2.8", "Apache FOP Version 2.8"),
        ("iText 2.1.7 by 1T3XT", "BIRT Report Engine 4.9.0"),
        ("Exstream Dialogue 9.5.306 64-bit", "OpenText Exstream"),
        ("Adobe LiveCycle Output ES4", "Adobe LiveCycle Designer ES 9.0"),
        ("Qt 4.8.7", "wkhtmltopdf 0.12.6"),
        ("Prince 15 (www.princexml.com)", "Prince 15"),
        ("GPL Ghostscript 9.55.0", "PScript5.dll Version 5.2.2"),
        ("PDFlib+PDI 9.3.1 (Win64)", "Statement Composer"),
        ("TCPDF 6.6.2 (http://www.tcpdf.org)", "TCPDF"),
        ("dompdf 2.0.3 + CPDF", "DOMPDF"),
        ("mPDF 8.1.3", "mPDF 8.1.3"),
        ("Microsoft Reporting Services PDF Rendering Extension 14.0", "Microsoft Reporting Services 14.0"),
        ("Aspose.Pages for .NET 23.1", "Aspose.Words for .NET 23.1"),
    ],
)
def test_document_generators_the_rules_do_not_name_give_no_signal(
    statement: bytes, producer: str, creator: str
) -> None:
    assert _signals(_metadata(statement, {"Producer": producer, "Creator": creator})) == []


# ---- Info and XMP ---------------------------------------------------------------------------------


def test_info_and_xmp_written_by_two_parts_of_one_library_agree(statement: bytes) -> None:
    data = _metadata(
        statement,
        {"Producer": "iText® 7.1.15 ©2000-2021 iText Group NV (AGPL-version)"},
        {"pdf:Producer": "iText 7.1.15 (c) iText Group NV"},
    )
    assert _signals(data) == []


def test_a_report_engine_in_one_record_and_its_pdf_library_in_the_other_is_weak(statement: bytes) -> None:
    data = _metadata(
        statement,
        {"Producer": "JasperReports Library version 6.20.0"},
        {"pdf:Producer": "iText 2.1.7 by 1T3XT"},
    )

    signals = _signals(data)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.METADATA_MISMATCH, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


def test_an_editor_in_one_record_against_a_generator_in_the_other_stays_medium(statement: bytes) -> None:
    data = _metadata(statement, {"Producer": "PDF-XChange Editor 10.1"}, {"pdf:Producer": "iText 2.1.7"})
    assert (SignalCode.METADATA_MISMATCH, Severity.MEDIUM) in _found(data)


def test_local_time_written_as_utc_in_xmp_is_one_save(statement: bytes) -> None:
    # The generator's clock reads 12:00 in Paris; it labels the XMP copy UTC.
    written = "D:20240105120000+01'00'"
    data = _metadata(
        statement,
        {"Producer": "PDFlib 9.3", "CreationDate": written, "ModDate": written},
        {"xmp:ModifyDate": "2024-01-05T12:00:00Z"},
    )
    assert _signals(data) == []
    # Another clock reading is another save.
    later = _metadata(data, {}, {"xmp:ModifyDate": "2024-01-05T15:20:00Z"})
    assert SignalCode.METADATA_MISMATCH in {code for code, _ in _found(later)}


# ---- re-issued -----------------------------------------------------------------------------------


def test_a_statement_reissued_by_the_bank_years_later_is_a_weak_sign_and_clean(statement: bytes) -> None:
    reissued = _metadata(
        statement,
        {"Producer": "PDFlib 9.3", "CreationDate": "D:20190105120000Z", "ModDate": "D:20240105120000Z"},
    )

    signals = _signals(reissued)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.MODIFIED_LATER, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_late_save_by_an_editor_stays_medium(statement: bytes) -> None:
    edited = _metadata(
        statement,
        {"Producer": "Nitro Pro 13", "CreationDate": "D:20190105120000Z", "ModDate": "D:20240105120000Z"},
    )
    assert (SignalCode.MODIFIED_LATER, Severity.MEDIUM) in _found(edited)
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


# ---- linearized files and stamps added later -----------------------------------------------------


def _linearized(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as document:
        out = io.BytesIO()
        document.save(out, linearize=True)
        return out.getvalue()


def test_a_linearized_files_first_page_section_is_not_a_revision(statement: bytes) -> None:
    linearized = _linearized(statement)
    updated = tamper.tamper(linearized, "metadata")
    assert linearized.count(b"%%EOF") == 2  # the first-page section ends like a revision

    assert list(revision._earlier_revisions(linearized)) == []
    assert list(revision._earlier_revisions(updated)) == [len(linearized)]


def test_a_linearized_file_edited_by_an_update_is_still_content_updated(statement: bytes) -> None:
    edited = tamper.tamper(_linearized(statement), "stream-edit")
    assert (SignalCode.CONTENT_UPDATED, Severity.HIGH) in _found(edited)
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


def _stamped(data: bytes, *, wrapped: bool) -> bytes:
    """A stamp drawn on page 1 by an incremental update: the page's content kept, a stream added after
    it (`wrapped`: the old content between q and Q, as stamping libraries do) with a font of its own."""
    with pikepdf.open(io.BytesIO(data)) as document:
        page = document.pages[0].obj
        number = int(document.trailer.Size)
        resources = pikepdf.Dictionary(dict(page.Resources.items()))
        fonts = pikepdf.Dictionary(dict(resources.Font.items()))
        fonts["/FStamp"] = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        resources["/Font"] = fonts
        page["/Resources"] = resources
        kept = list(page.Contents) if isinstance(page.Contents, pikepdf.Array) else [page.Contents]
        before, after = pikepdf.Name("/BEFORE"), pikepdf.Name("/AFTER")
        page["/Contents"] = pikepdf.Array([before, *kept, after] if wrapped else [*kept, after])
        stamp = b"q 0 0 0.6 RG 2 w 400 740 150 30 re S Q BT 0 0 0.6 rg /FStamp 10 Tf 410 752 Td (COPY) Tj ET"
        objects = {
            page.objgen[0]: page.unparse(resolved=True)
            .replace(b"/BEFORE", b"%d 0 R" % number)
            .replace(b"/AFTER", b"%d 0 R" % (number + 1)),
            number: b"<< /Length 2 >>\nstream\nq\n\nendstream",
            number + 1: b"<< /Length %d >>\nstream\n" % (len(stamp) + 2) + b"Q\n" + stamp + b"\nendstream",
        }
        return tamper._append_update(data, document, objects, size=number + 2)


@pytest.mark.parametrize("wrapped", [True, False], ids=["wrapped", "appended"])
def test_a_stamp_added_by_a_later_update_is_medium_for_a_person_to_look_at(
    statement: bytes, wrapped: bool
) -> None:
    stamped = _stamped(statement, wrapped=wrapped)
    assert stamped.startswith(statement)

    signals = _signals(stamped)

    assert [(s.code, s.severity, s.page) for s in signals] == [
        (SignalCode.CONTENT_UPDATED, Severity.MEDIUM, 1)
    ]
    assert "added content to page 1" in signals[0].message
    assert judge(signals).verdict is Verdict.REVIEW


def test_a_whiteout_added_by_a_later_update_stays_suspect(statement: bytes) -> None:
    # Added the same way as a stamp, but it hides a figure and retypes it.
    edited = tamper.tamper(statement, "incremental")
    found = _found(edited)
    assert (SignalCode.CONTENT_UPDATED, Severity.MEDIUM) in found
    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in found
    assert judge(_signals(edited)).verdict is Verdict.SUSPECT


# ---- fonts ----------------------------------------------------------------------------------------


def test_one_font_embedded_as_a_subset_per_page_is_one_font() -> None:
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    data = pdf(lambda c: table(c, font="Vera"), lambda c: table(c, font="Vera", skip=3))
    # Page 2's amounts in a subset of their own: a font object with another subset tag.
    with pikepdf.open(io.BytesIO(data)) as document:
        fonts = document.pages[1].obj.Resources.Font
        name = next(k for k, v in fonts.items() if "Vera" in str(v.BaseFont))
        subset = pikepdf.Dictionary(dict(fonts[name].items()))
        subset["/BaseFont"] = pikepdf.Name("/BBBBBB+BitstreamVeraSans-Roman")
        fonts[name] = document.make_indirect(subset)
        out = io.BytesIO()
        document.save(out)
    per_page = out.getvalue()
    assert b"/BBBBBB+BitstreamVeraSans-Roman" in per_page and b"/AAAAAA+BitstreamVeraSans-Roman" in per_page

    assert _signals(per_page) == []


def _table_with_totals(total_font: str, *, balance_font: str = "Helvetica", two_totals: bool = False) -> Draw:
    """Rows of a date, a description, an amount in one of two columns and a running balance; under them a
    totals row labelled in the text's font, its figures in `total_font`: the debits' total (and the
    credits', `two_totals`) and the closing balance."""

    def draw(canvas: Canvas) -> None:
        balance = 5000.0
        for row, amount in enumerate(AMOUNTS[:6]):
            y = row_y(row)
            canvas.setFont("Helvetica", 9)
            canvas.drawString(60, y, f"03/{row + 1:02d}/2024")
            canvas.drawString(130, y, "CARD PURCHASE")
            canvas.drawRightString(RIGHT - 80 if row % 2 else RIGHT - 150, y, amount)
            balance += 10
            canvas.setFont(balance_font, 9)
            canvas.drawRightString(RIGHT, y, f"{balance:,.2f}")
        y = row_y(7)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(130, y, "Totals")
        canvas.setFont(total_font, 9)
        canvas.drawRightString(RIGHT - 150, y, "1,234.56")
        if two_totals:
            canvas.drawRightString(RIGHT - 80, y, "3,456.78")
        canvas.drawRightString(RIGHT, y, "5,060.00")

    return draw


def test_a_totals_row_in_the_bold_of_the_columns_font_is_emphasis_not_an_island() -> None:
    # Only two figures in bold (the debits' total and the closing balance), their label not.
    assert _signals(pdf(_table_with_totals("Helvetica-Bold"))) == []


def test_a_balance_column_in_bold_gives_no_signal() -> None:
    assert _signals(pdf(_table_with_totals("Helvetica-Bold", balance_font="Helvetica-Bold"))) == []


def test_monospaced_amounts_and_a_totals_row_of_three_in_another_font_give_no_signal() -> None:
    assert _signals(pdf(_table_with_totals("Courier-Bold", two_totals=True))) == []


def test_a_totals_row_in_another_family_is_medium_for_a_person_to_look_at() -> None:
    # Only its two figures use the font, under their columns: a total by design, or a last row
    # retyped in full; REVIEW, not SUSPECT.
    signals = _signals(pdf(_table_with_totals("Times-Roman")))

    assert {(s.code, s.severity) for s in signals} == {(SignalCode.FONT_ISLAND, Severity.MEDIUM)}
    assert judge(signals).verdict is Verdict.REVIEW


def test_the_last_rows_figures_retyped_beside_its_date_stay_an_island() -> None:
    # The last row's amount and balance both in a font of their own, under their columns, but beside
    # the row's date in the statement's font: a transaction retyped, not a totals row.
    def retyped(canvas: Canvas) -> None:
        for row, amount in enumerate(AMOUNTS):
            font = "Times-Roman" if row == len(AMOUNTS) - 1 else "Helvetica"
            canvas.setFont("Helvetica", 9)
            canvas.drawString(60, row_y(row), f"03/{row + 1:02d}/2024")
            canvas.setFont(font, 9)
            canvas.drawRightString(RIGHT - 80, row_y(row), amount)
            canvas.drawRightString(RIGHT, row_y(row), f"{5000 + row:,.2f}")

    assert (SignalCode.FONT_ISLAND, Severity.HIGH) in _found(pdf(retyped))


def test_a_figure_retyped_in_the_bold_of_another_family_mid_column_stays_an_island() -> None:
    def retyped(canvas: Canvas) -> None:
        table(canvas, skip=3)
        canvas.setFont("Times-Bold", 9)
        canvas.drawRightString(RIGHT, row_y(3), "1,540.00")

    assert (SignalCode.FONT_ISLAND, Severity.HIGH) in _found(pdf(retyped))


# ---- Type3 fonts, as print-stream converters write them -------------------------------------------

_TYPE3_CHARS = "0123456789.,/- ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _type3_statement(*, font_per_page: bool) -> bytes:
    """Two pages of rows in a Type3 font whose glyphs are drawn in the file (an AFP or line-data
    converter's bitmaps, here bars), at size 1 scaled by the text matrix, with a ToUnicode map; one font
    for the file, or one per page."""
    document = pikepdf.new()
    cmap = "".join(f"<{32 + i:02X}> <{ord(ch):04X}>\n" for i, ch in enumerate(_TYPE3_CHARS))

    def font() -> pikepdf.Object:
        glyphs = {
            f"/g{i}": document.make_stream(b"600 0 0 0 500 700 d1 50 0 400 700 re f")
            for i in range(len(_TYPE3_CHARS))
        }
        return document.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type3,
                FontBBox=[0, 0, 600, 700],
                FontMatrix=[0.001, 0, 0, 0.001, 0, 0],
                CharProcs=pikepdf.Dictionary(glyphs),
                Encoding=pikepdf.Dictionary(
                    Differences=pikepdf.Array(
                        [32, *(pikepdf.Name(f"/g{i}") for i in range(len(_TYPE3_CHARS)))]
                    )
                ),
                FirstChar=32,
                LastChar=32 + len(_TYPE3_CHARS) - 1,
                Widths=[600] * len(_TYPE3_CHARS),
                Resources=pikepdf.Dictionary(),
                ToUnicode=document.make_stream(
                    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
                    b"<00> <FF> endcodespacerange %d beginbfchar\n%s endbfchar endcmap "
                    b"CMapName currentdict /CMap defineresource pop end end"
                    % (len(_TYPE3_CHARS), cmap.encode())
                ),
            )
        )

    shared = font()
    for _ in range(2):
        lines = []
        for row in range(20):
            amount = AMOUNTS[row % len(AMOUNTS)]
            for x, text in (
                (60, f"{row % 28 + 1:02d}/03/2024"),
                (130, "CARD PURCHASE"),
                (RIGHT - 5.4 * len(amount), amount),
            ):
                code = bytes(32 + _TYPE3_CHARS.index(ch) for ch in text).hex().encode()
                lines.append(b"BT /T3 1 Tf 9 0 0 9 %.2f %.2f Tm <%s> Tj ET" % (x, row_y(row), code))
        page = document.add_blank_page(page_size=(612, 792))
        page.obj.Resources = pikepdf.Dictionary(
            Font=pikepdf.Dictionary(T3=font() if font_per_page else shared)
        )
        page.obj.Contents = document.make_stream(b"\n".join(lines))
    document.docinfo["/Producer"] = "AFP2PDF Plus 5.0"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("font_per_page", [False, True], ids=["one-font", "a-font-per-page"])
def test_a_statement_in_type3_fonts_is_clean_and_its_edits_suspect(font_per_page: bool) -> None:
    data = _type3_statement(font_per_page=font_per_page)

    assert _signals(data) == []
    for kind in ("whiteout-other-font", "incremental", "annotation"):
        assert judge(_signals(tamper.tamper(data, kind))).verdict is Verdict.SUSPECT


# ---- redacted and anonymised by their publisher -----------------------------------------------------

HOLDER = (60, 760, "MR JAMES ALBERT CUSTOMER")  # the holder's name above the table, Helvetica 10


def _redacted(
    fill: tuple[float, float, float],
    label: str,
    label_fill: tuple[float, float, float],
    *,
    dated: bool = False,
) -> bytes:
    """The statement with its holder's name under a box drawn after it, `label` typed on the box: how a
    publisher redacts or anonymises a statement before sharing it. `dated`: the statement's date printed
    on the name's line, at the right."""

    def draw(canvas: Canvas) -> None:
        x, y, name = HOLDER
        canvas.setFont("Helvetica", 10)
        canvas.drawString(x, y, name)
        if dated:
            canvas.drawRightString(RIGHT, y, "Statement date 30/11/2024")
        table(canvas)
        canvas.setFillColorRGB(*fill)
        canvas.rect(x - 2, y - 3, 150, 12, stroke=0, fill=1)
        canvas.setFillColorRGB(*label_fill)
        canvas.drawString(x, y, label)

    return pdf(draw)


@pytest.mark.parametrize("dated", [False, True], ids=["alone-on-its-line", "beside-the-date"])
@pytest.mark.parametrize("label", ["REDACTED", "[name withheld]"])
def test_a_dark_bar_over_a_name_with_a_label_on_it_is_a_visible_redaction(label: str, dated: bool) -> None:
    signals = _signals(_redacted((0, 0, 0), label, (1, 1, 1), dated=dated))

    assert {(s.code, s.severity) for s in signals} == {(SignalCode.HIDDEN_TEXT, Severity.LOW)}
    assert judge(signals).verdict is Verdict.CLEAN


@pytest.mark.parametrize(
    ("fill", "label"),
    [((1, 1, 1), "JOHN SMITH"), ((1, 1, 1), "[REDACTED]"), ((0.85, 0.85, 0.85), "Name withheld")],
    ids=["white-box-and-another-name", "white-box-and-a-label", "grey-box-and-a-label"],
)
def test_words_written_over_a_box_hiding_a_name_are_medium_for_a_person_to_look_at(
    fill: tuple[float, float, float], label: str
) -> None:
    # A name anonymised, or changed: no figure is hidden or written, and the one finding is the box.
    signals = _signals(_redacted(fill, label, (0, 0, 0)))

    assert {(s.code, s.severity) for s in signals} == {(SignalCode.COVERED_TEXT, Severity.MEDIUM)}
    assert judge(signals).verdict is Verdict.REVIEW


@pytest.mark.parametrize(
    ("fill", "typed"),
    [((0.1, 0.1, 0.3), (1, 1, 1)), ((1, 1, 1), (0, 0, 0))],
    ids=["white-digits-on-a-dark-band", "black-digits-on-white"],
)
def test_a_figure_hidden_under_a_box_and_retyped_on_it_stays_covered_text(
    fill: tuple[float, float, float], typed: tuple[float, float, float]
) -> None:
    # A closing balance printed white on a dark band is whited out in the band's colour and retyped.
    def draw(canvas: Canvas) -> None:
        table(canvas)
        width = pdfmetrics.stringWidth(AMOUNTS[2], "Helvetica", 9)
        canvas.setFillColorRGB(*fill)
        canvas.rect(RIGHT - width - 1, row_y(2) - 3, width + 2, 11, stroke=0, fill=1)
        canvas.setFillColorRGB(*typed)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(RIGHT, row_y(2), "2,950.00")

    signals = _signals(pdf(draw))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_name_and_its_rows_figure_hidden_under_one_box_and_retyped_stay_covered_text() -> None:
    def draw(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(128, row_y(2) - 3, RIGHT - 126, 11, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(130, row_y(2), "SALARY")
        canvas.drawRightString(RIGHT, row_y(2), "2,950.00")

    signals = _signals(pdf(draw))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_rows_description_whited_out_and_retyped_stays_covered_text() -> None:
    # Words over words in a row of the table, beside its date and its figure: a payee changed (a
    # casino's name made a grocer's), which no publisher's redaction of a name is.
    def draw(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(128, row_y(2) - 3, 90, 11, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(130, row_y(2), "GROCERIES")

    signals = _signals(pdf(draw))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT


def _anonymised(
    line: str, fill: tuple[float, float, float], typed: str, colour: tuple[float, float, float]
) -> bytes:
    """The statement with a line of its holder's details above the table under a box, `typed` on it."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, 760, line)
        table(canvas)
        canvas.setFillColorRGB(*fill)
        canvas.rect(58, 757, 200, 12, stroke=0, fill=1)
        canvas.setFillColorRGB(*colour)
        canvas.drawString(60, 760, typed)

    return pdf(draw)


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("14 Harbour Road, Leeds LS1 4AB", "1 Example Street, Town AB1 2CD"),
        ("Account 12345678", "Account 11111111"),
    ],
    ids=["address", "account-number"],
)
def test_details_without_a_figure_anonymised_on_a_box_are_not_a_retyped_figure(line: str, typed: str) -> None:
    # No figure (a digit, a separator, a digit) on the line nor in what is typed: a house number, a
    # postcode, an account number put in place of others, on a white box for a person to look at, on a
    # dark bar a label.
    light = _signals(_anonymised(line, (1, 1, 1), typed, (0, 0, 0)))
    dark = _signals(_anonymised(line, (0, 0, 0), typed, (1, 1, 1)))

    assert {(s.code, s.severity) for s in light} == {(SignalCode.COVERED_TEXT, Severity.MEDIUM)}
    assert judge(light).verdict is Verdict.REVIEW
    assert {(s.code, s.severity) for s in dark} == {(SignalCode.HIDDEN_TEXT, Severity.LOW)}
    assert judge(dark).verdict is Verdict.CLEAN


def test_one_digit_of_a_figure_drawn_a_glyph_at_a_time_whited_out_and_retyped_stays_covered_text() -> None:
    # Each glyph its own text object (as some print streams write them): the figure is read from the
    # line's characters in place, and one digit changed in it is a retyped figure.
    def draw(canvas: Canvas) -> None:
        table(canvas, skip=2)
        canvas.setFont("Helvetica", 9)
        x = RIGHT - pdfmetrics.stringWidth(AMOUNTS[2], "Helvetica", 9)
        for glyph in AMOUNTS[2]:
            canvas.drawString(x, row_y(2), glyph)
            x += pdfmetrics.stringWidth(glyph, "Helvetica", 9)
        first = RIGHT - pdfmetrics.stringWidth(AMOUNTS[2], "Helvetica", 9)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(first - 0.5, row_y(2) - 2, 5.5, 9, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(first, row_y(2), "7")

    signals = _signals(pdf(draw))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in {(s.code, s.severity) for s in signals}
    assert judge(signals).verdict is Verdict.SUSPECT
