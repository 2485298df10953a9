"""Production-chain signals: which software made and last saved the file, when, and whether its two
metadata records (the Info dictionary and XMP) agree.

A bank's statement comes out of document-generation software (report engines, PDF libraries) once.
A consumer PDF editor, a word processor or an image editor in the chain means someone re-made or
re-saved it; each has innocent explanations, so none is strong alone. A print driver is weaker still:
an applicant who prints the bank's web page or its PDF viewer to PDF makes a new file that is no edit,
and whatever was changed on the way shows in the content, not here (LOW). What the generator writes
itself is not a sign either: a statement re-issued from the bank's archive keeps its first CreationDate
(a late ModDate is LOW unless an editor or print driver saved the file), and a generator built on a PDF
library may name one tool in Info and the other in XMP, or write one record's time in the wrong zone.
Nor is a template: a PDF library that fills a form the bank designed in a word processor or a layout
editor keeps the template's Creator and CreationDate, and names itself after the template's Producer
("Microsoft® Word 2016; modified using iText® 5.5.13"): the file was last written by the library.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from typing import Any

from ingest.codes import Severity, SignalCode
from ingest.models import Signal
from ingest.sandbox import outside_the_allowance

# Software names as they appear in Producer/Creator (XMP CreatorTool, EXIF Software), lower case.
# Consumer PDF editors and online editing sites, word processors, image and layout editors.
EDITORS = (
    "pdf expert", "ilovepdf", "smallpdf", "sejda", "pdfescape", "pdf-xchange", "phantompdf",
    "foxit pdf editor", "nitro", "pdfelement", "wondershare", "pdffiller", "dochub", "soda pdf",
    "pdf candy", "pdf24", "acrobat pro", "acrobat standard", "pdf editor", "pdfsam", "preview",
    "microsoft word", "microsoft® word", "libreoffice", "openoffice", "google docs", "pages",
    "wps office", "photoshop", "gimp", "illustrator", "indesign", "canva", "inkscape", "coreldraw",
    "affinity", "pixelmator", "paint.net", "snapseed", "docfly", "xodo", "updf", "lightpdf", "hipdf",
    "pdfsimpli", "formswift", "pdf reader pro", "foxit reader", "foxit pdf reader", "master pdf",
    "able2extract", "bluebeam",
)  # fmt: skip
# Print-to-PDF: operating systems' and browsers' print drivers and virtual printers. The makers of
# editors ship virtual printers named after them ("Foxit Reader PDF Printer", "Foxit PhantomPDF Printer",
# "PDF-XChange Printer 2012", "Nitro PDF PrimoPDF"): a name that names a printer is the printer's.
PRINT_DRIVERS = (
    "print to pdf", "quartz pdfcontext", "skia/pdf", "cutepdf", "pdfcreator", "bullzip", "primopdf",
    "dopdf", "novapdf", "printer", "microsoft: print",
)  # fmt: skip
# An editor's own steps that make a PDF from paper: Acrobat's OCR ("Adobe Acrobat Pro (64-bit) 23 Paper
# Capture Plug-in") and its conversion of a scanned picture ("Adobe Acrobat 21.1 Image Conversion
# Plug-in"). Named so, the file is a scan captured as a scanner's or an OCR engine's output is, not an
# editor's save; what was changed on the scan shows in its pictures and text layer (the scan checks), and
# what Acrobat retouched after, in its marks and revisions. Not a capture "with ClearScan", which replaces
# the scan's picture by text in fonts made for it, to be edited as text.
CAPTURE_STEPS = ("paper capture plug-in", "image conversion plug-in")
_EDITABLE_CAPTURE = "clearscan"
MAX_SAVE_GAP = dt.timedelta(days=1)  # a file saved again later than this after its creation was modified
MAX_CLOCK_SKEW = dt.timedelta(minutes=2)  # Info and XMP dates written by one save agree within this
_ANY_ZONE = dt.timedelta(hours=14)  # the widest UTC offset
_EXIF_SOFTWARE = 0x0131
# How a PDF library that fills or stamps an existing file names itself after that file's Producer (iText
# 2 to 8 and the libraries built on it).
_MODIFIED_USING = re.compile(r";\s*modified using\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")  # the letters of a software name's word, without marks
_PDF_DATE = re.compile(
    r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?)?"
)


def pdf_signals(pdf: Any, signed_at: dt.datetime | None = None) -> list[Signal]:
    """Signals of an opened pikepdf document's metadata. `signed_at`: when a signature that covers the
    whole file and verifies was made; a ModDate then is the signing tool's save, no later edit."""
    info, xmp = _info(pdf), _xmp(pdf)
    producers = (info.get("/Producer", ""), xmp.get("Producer", ""))
    # A library that filled a template: the Creator and the Producer before the library's name are the
    # template's, which the bank made; the file is the library's.
    filled = any(_MODIFIED_USING.search(name) for name in producers)
    signals = _software(
        producer=_last_producer(info, xmp),
        creator="" if filled else info.get("/Creator") or xmp.get("CreatorTool", ""),
    )
    # Whether any record names software that re-makes files: then a later save is that software's.
    named = [*map(_last_writer, producers)]
    if not filled:
        named += [info.get("/Creator", ""), xmp.get("CreatorTool", "")]
    resaved = any(_editor(name) or _match(name, PRINT_DRIVERS) for name in named)
    created, modified = pdf_date(info.get("/CreationDate")), pdf_date(info.get("/ModDate"))
    at_signing = (
        signed_at is not None and modified is not None and _apart(modified, signed_at) <= MAX_CLOCK_SKEW
    )
    if (
        created is not None
        and modified is not None
        and not at_signing
        and (later := _after(created, modified)) > MAX_SAVE_GAP
    ):
        signals.append(
            Signal(
                code=SignalCode.MODIFIED_LATER,
                # Only document-generation software named: the bank's own system saved it again (a
                # statement re-issued from its archive keeps its first CreationDate).
                severity=Severity.MEDIUM if resaved else Severity.LOW,
                message=f"The file was modified {_span(later)} after it was created"
                + ("." if resaved else ", by the software that made it (a re-issued copy does this)."),
                evidence=f"CreationDate {created.isoformat()}, ModDate {modified.isoformat()}",
            )
        )
    signals += _disagreements(info, xmp, resaved=resaved)
    return signals


def editor(pdf: Any) -> str | None:
    """The editor an opened document's Producer names (Info's, else XMP's), if any."""
    return _editor(_last_producer(_info(pdf), _xmp(pdf)))


def _editor(name: str) -> str | None:
    """The editor a software name names, unless it names a print driver (an editor's maker's printer) or
    the editor's capture of a scan."""
    captured = _match(name, CAPTURE_STEPS) and _EDITABLE_CAPTURE not in name.lower()
    if _match(name, PRINT_DRIVERS) or captured:
        return None
    return _match(name, EDITORS)


def _info(pdf: Any) -> dict[str, str]:
    """The Info dictionary's entries as text, keyed by their names ("/Producer"), if the file has one."""
    return {str(k): str(v) for k, v in pdf.docinfo.items()} if "/Info" in pdf.trailer else {}


def _last_producer(info: dict[str, str], xmp: dict[str, str]) -> str:
    """The software that wrote the file last, as its Producer names it (Info's, else XMP's)."""
    return _last_writer(info.get("/Producer", "") or xmp.get("Producer", ""))


def _last_writer(producer: str) -> str:
    """The software a Producer names as the file's last writer: a library that filled or stamped a file
    names itself after that file's Producer ("Adobe InDesign CS6; modified using iText 5.5.13")."""
    return _MODIFIED_USING.split(producer)[-1]


def image_signals(data: bytes) -> list[Signal]:
    """Signals of a picture's EXIF: the software that last saved it."""
    with outside_the_allowance():  # Pillow is loaded with the first picture read (`ingest.extract.pages`)
        from PIL import Image  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as image:
            software = str(image.getexif().get(_EXIF_SOFTWARE) or "")
    except Exception:  # a picture the reader could read but whose EXIF is damaged says nothing here
        return []
    tool = _editor(software)
    if tool is None:
        return []
    return [
        Signal(
            code=SignalCode.EDITOR_SOFTWARE,
            severity=Severity.MEDIUM,
            message="The picture was last saved by an image editor, not by a camera or a scanner.",
            evidence=f"EXIF Software names {tool}",
        )
    ]


def _software(producer: str, creator: str) -> list[Signal]:
    signals = []
    for field, value, severity in (
        ("Producer", producer, Severity.MEDIUM),  # the software that wrote the file last
        ("Creator", creator, Severity.LOW),  # the software the document was authored in
    ):
        if (tool := _editor(value)) is not None:
            signals.append(
                Signal(
                    code=SignalCode.EDITOR_SOFTWARE,
                    severity=severity,
                    message=f"The file's {field} is an editor ({tool}), not document-generation software.",
                    evidence=f"{field}: {value.strip()[:80]}",
                )
            )
        elif (tool := _match(value, PRINT_DRIVERS)) is not None:
            signals.append(
                Signal(
                    code=SignalCode.PRINT_DRIVER,
                    severity=Severity.LOW,  # a copy printed by the applicant: no edit of its own
                    message=f"The file was printed to PDF ({tool}), not issued as a PDF by the bank.",
                    evidence=f"{field}: {value.strip()[:80]}",
                )
            )
    return signals


def _match(value: str, names: tuple[str, ...]) -> str | None:
    found = _pattern(names).search(value.lower())
    return found.group(0) if found else None


@functools.cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the names, as a whole word or words, not a module another product's name and a dot name
    ("Aspose.Pages" is a PDF library, not Apple's Pages; a site's "www.ilovepdf.com" names the site)."""
    names_any = "|".join(re.escape(n) for n in names)
    return re.compile(r"(?<![a-z])(?:(?<=www\.)|(?<![a-z]\.))(?:" + names_any + r")(?![a-z])")


def _xmp(pdf: Any) -> dict[str, str]:
    """Producer, CreatorTool and ModifyDate from the XMP packet, if any (local names as keys)."""
    if "/Metadata" not in pdf.Root:
        return {}
    try:
        meta = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        fields = {str(k).rsplit("}", 1)[-1]: v for k, v in meta.items()}
    except Exception:  # unreadable XMP: there is nothing to compare
        return {}
    return {
        k: str(fields[k]) for k in ("Producer", "CreatorTool", "ModifyDate") if isinstance(fields.get(k), str)
    }


def _disagreements(info: dict[str, str], xmp: dict[str, str], *, resaved: bool) -> list[Signal]:
    """METADATA_MISMATCH: a tool that rewrote one record and left the other as it was. Two products
    named, or two times, is MEDIUM beside an editor or print driver or with each other; one of them alone,
    among document-generation software only, is LOW: a generator built on a PDF library may name each
    in one record, or stamp its template's time in one."""
    found = []
    producer, xmp_producer = info.get("/Producer", "").strip(), xmp.get("Producer", "").strip()
    if producer and xmp_producer and not _one_product(producer, xmp_producer):
        found.append(f"Producer: Info {producer[:60]!r}, XMP {xmp_producer[:60]!r}")
    modified, xmp_modified = pdf_date(info.get("/ModDate")), _xmp_date(xmp.get("ModifyDate"))
    if (
        modified is not None
        and xmp_modified is not None
        and _apart(modified, xmp_modified) > MAX_CLOCK_SKEW
        and not _same_wall_clock(modified, xmp_modified)
    ):
        found.append(f"modified: Info {modified.isoformat()}, XMP {xmp_modified.isoformat()}")
    if not found:
        return []
    return [
        Signal(
            code=SignalCode.METADATA_MISMATCH,
            severity=Severity.MEDIUM if resaved or len(found) > 1 else Severity.LOW,
            message=(
                "The file's two metadata records (Info and XMP) disagree: "
                "one was rewritten without the other."
            ),
            evidence="; ".join(found),
        )
    ]


def _one_product(a: str, b: str) -> bool:
    """The two names name one product: the words before the version of one begin the other's ("iText®
    7.1.15 ©2000-2021 iText Group NV" and "iText 7.1.15", "PDFlib+PDI 9.3" and "PDFlib 9.3", as two
    parts of one library write them; not "Adobe PDF Library" and "Adobe Acrobat Pro")."""
    ours, theirs = _product(a), _product(b)
    shorter = min(len(ours), len(theirs))
    return shorter > 0 and ours[:shorter] == theirs[:shorter]


def _product(name: str) -> list[str]:
    """A software name's words before its first one with a digit (a version), lower case, marks left out."""
    words = []
    for part in name.lower().split():
        if any(ch.isdigit() for ch in part):
            break
        words += _WORD.findall(part)
    return words


def _same_wall_clock(a: dt.datetime, b: dt.datetime) -> bool:
    """The same clock reading, labelled with different zones: one save, its local time written as UTC
    (or with another offset) in one record."""
    return abs(a.replace(tzinfo=None) - b.replace(tzinfo=None)) <= MAX_CLOCK_SKEW


def pdf_date(value: str | None) -> dt.datetime | None:
    """A PDF date (D:YYYYMMDDHHmmSS+HH'mm'); naive when it states no valid offset."""
    match = _PDF_DATE.match(value.strip()) if value else None
    if match is None:
        return None
    year, month, day, hour, minute, second, zulu, sign, tz_hours, tz_minutes = match.groups()
    try:
        when = dt.datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
        )
        if zulu:
            return when.replace(tzinfo=dt.UTC)
        if sign:
            offset = dt.timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
            return when.replace(tzinfo=dt.timezone(offset if sign == "+" else -offset))
    except ValueError:
        return None
    return when


def _xmp_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _comparable(a: dt.datetime, b: dt.datetime) -> bool:
    return (a.tzinfo is None) == (b.tzinfo is None)


def _after(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """How long after `start` `end` is; with an offset missing on either, any time zone is allowed."""
    if _comparable(start, end):
        return end - start
    return end.replace(tzinfo=None) - start.replace(tzinfo=None) - _ANY_ZONE


def _apart(a: dt.datetime, b: dt.datetime) -> dt.timedelta:
    return max(_after(a, b), _after(b, a), dt.timedelta(0))


def _span(delta: dt.timedelta) -> str:
    days = delta.days
    if days >= 60:
        return f"{days // 30} months"
    return f"{days} days" if days > 1 else "a day"
