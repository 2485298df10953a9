"""Small PDFs drawn in tests, in a known drawing order, and the content signals of a PDF's pages."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pikepdf
import pypdfium2 as pdfium
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509.oid import NameOID
from reportlab.pdfgen.canvas import Canvas

from ingest.authenticity import ContentReader
from ingest.extract.pdftext import read_text_layer
from ingest.models import Signal

Draw = Callable[[Canvas], None]

# A statement's amount column: right-aligned at x = 500, one row every 14 points.
RIGHT = 500.0
AMOUNTS = ("1,204.50", "86.15", "2,450.00", "1,450.00", "23.99", "112.40", "3,383.06")


def pdf(*pages: Draw) -> bytes:
    """A PDF with one page per drawing function, drawn in the order the function draws."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(612, 792))
    for draw in pages:
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def table(canvas: Canvas, font: str = "Helvetica", skip: int | None = None) -> None:
    """Dated rows with a description and an amount, the amount right-aligned in its column."""
    for row, amount in enumerate(AMOUNTS):
        y = 700 - 14 * row
        canvas.setFont("Helvetica", 9)
        canvas.drawString(60, y, f"2024-11-{row + 1:02d}")
        canvas.drawString(130, y, "CARD PURCHASE")
        if row != skip:
            canvas.setFont(font, 9)
            canvas.drawRightString(RIGHT, y, amount)


def row_y(row: int) -> float:
    return 700 - 14 * row


def content_signals(data: bytes) -> list[Signal]:
    """What ContentReader finds on each page, handed pages the way the reader hands them."""
    reader = ContentReader(data)
    document = pdfium.PdfDocument(data)
    try:
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            textpage = page.get_textpage()
            reader.page(page, textpage, read_text_layer(page, textpage, number))
            textpage.close()
            page.close()
    finally:
        document.close()
    return reader.finish()


def pdfium_documents_opened(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on, what each pdfium document is opened from, in order."""
    opened: list[object] = []
    original = pdfium.PdfDocument

    class Counted(original):  # type: ignore[misc, valid-type]
        def __init__(self, source: object, *args: object, **kwargs: object) -> None:
            opened.append(source)
            super().__init__(source, *args, **kwargs)

    monkeypatch.setattr(pdfium, "PdfDocument", Counted)
    return opened


SIGNATURE_SPACE = 8192  # bytes kept for the CMS signature in /Contents


def signed(
    data: bytes,
    producer: str | None = None,
    *,
    rsa_key: bool = False,
    skip: int = 0,
    modified: str | None = None,
    signed_on: str | None = None,
) -> bytes:
    """The PDF signed over its whole file the way a signing tool does: a signature field whose /Contents
    hole is left out of /ByteRange, filled with a detached CMS signature by a fresh self-signed key (its
    signed attributes hold the time it signs). `skip`: the range also leaves out that many bytes before
    the hole (a wrapping attack's range); `modified`: the ModDate the signing tool writes; `signed_on`:
    the signature dictionary's /M."""
    with pikepdf.open(io.BytesIO(data)) as document:
        if producer:
            document.docinfo["/Producer"] = producer
        if modified:
            document.docinfo["/ModDate"] = modified
        value = pikepdf.Dictionary(
            Type=pikepdf.Name.Sig,
            Filter=pikepdf.Name("/Adobe.PPKLite"),
            SubFilter=pikepdf.Name("/adbe.pkcs7.detached"),
            ByteRange=pikepdf.Array([0, 1_000_000_000, 1_000_000_000, 1_000_000_000]),
            Contents=pikepdf.String(b"\0" * SIGNATURE_SPACE),
        )
        if signed_on:
            value.M = pikepdf.String(signed_on)
        field = document.make_indirect(
            pikepdf.Dictionary(FT=pikepdf.Name.Sig, T=pikepdf.String("Signature1"), V=value)
        )
        document.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]), SigFlags=3)
        out = io.BytesIO()
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, static_id=True)
    unsigned = out.getvalue()
    hole = b"<" + b"00" * SIGNATURE_SPACE + b">"
    start = unsigned.index(hole) - skip
    end = start + skip + len(hole)
    placeholder = b"[ 0 1000000000 1000000000 1000000000 ]"
    byte_range = b"[0 %d %d %d" % (start, end, len(unsigned) - end)
    unsigned = unsigned.replace(placeholder, byte_range.ljust(len(placeholder) - 1) + b"]", 1)
    signature = _cms(unsigned[:start] + unsigned[end:], rsa_key=rsa_key)
    filled = b"<" + signature.hex().encode().ljust(2 * SIGNATURE_SPACE, b"0") + b">"
    return unsigned[: start + skip] + filled + unsigned[end:]


def _cms(content: bytes, *, rsa_key: bool) -> bytes:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
        rsa.generate_private_key(65537, 2048) if rsa_key else ec.generate_private_key(ec.SECP256R1())
    )
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Harborview Credit Union")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(certificate, key, hashes.SHA256())
        .sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
    )
