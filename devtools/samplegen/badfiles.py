"""Files a request may carry that must be rejected, each with the rejection code it must get."""

from __future__ import annotations

import io
import zipfile

import pikepdf

from devtools.samplegen.pdfkit import new_canvas
from ingest.codes import RejectionCode

BAD_KINDS: dict[str, RejectionCode] = {
    "encrypted": RejectionCode.ENCRYPTED_FILE,
    "truncated": RejectionCode.CORRUPT_FILE,
    "docx": RejectionCode.UNSUPPORTED_FILE_TYPE,
    "empty": RejectionCode.EMPTY_FILE,
    "duplicate": RejectionCode.DUPLICATE_FILE,
    "blank": RejectionCode.UNREADABLE,
    "letter": RejectionCode.NOT_A_STATEMENT,
}

PASSWORD = "statement-1234"  # noqa: S105 (the published password of the encrypted sample)


def encrypted(pdf: bytes) -> bytes:
    """The statement behind a user password. RC4 with a fixed id keeps the bytes reproducible."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.save(
            out,
            encryption=pikepdf.Encryption(
                user=PASSWORD, owner=PASSWORD + "-owner", R=4, aes=False, metadata=False
            ),
            static_id=True,
        )
    return out.getvalue()


def truncated(pdf: bytes) -> bytes:
    """The first 60% of the statement: no cross-reference table and no end-of-file marker."""
    return pdf[: len(pdf) * 6 // 10]


def docx_renamed() -> bytes:
    """A minimal Word document (a zip), to be named .pdf."""
    out = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bank statement (draft)</w:t></w:r></w:p>'
        "</w:body></w:document>",
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), body)
    return out.getvalue()


def blank_pdf(pages: int = 2) -> bytes:
    """Pages with nothing on them."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (612, 792), "blank")
    for _ in range(pages):
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def letter_pdf() -> bytes:
    """A readable page that is no statement: a letter, with no account and no transaction table."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (612, 792), "letter")
    canvas.setFont("Helvetica", 11)
    lines = (
        "Dear customer,",
        "",
        "Thank you for choosing us for your home insurance. Your new policy documents",
        "are enclosed. Please read them carefully and keep them in a safe place.",
        "If anything is unclear, our advisers are happy to help on weekdays.",
        "",
        "Kind regards,",
        "The customer care team",
    )
    y = 700.0
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 16
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
