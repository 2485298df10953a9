"""Files built byte by byte for tests: real statements' look-alikes, broken files and hostile ones."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence

import pikepdf
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

STATEMENT_LINES = (
    "Northgate Savings Bank",
    "Statement of account",
    "Account number 0042-7788123",
    "Date        Description                     Amount     Balance",
    "02 Mar 2026  Opening balance                             1,000.00",
    "03 Mar 2026  GROCER MARKET STREET            -45.00        955.00",
    "05 Mar 2026  SALARY ACME LTD               2,000.00      2,955.00",
)


def text_pdf(lines: Sequence[str] = STATEMENT_LINES, pages: int = 1) -> bytes:
    """A PDF with a text layer (compressed content streams), as online banking produces."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
    for _ in range(pages):
        y = 800.0
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def encrypted_pdf(user: str, owner: str) -> bytes:
    """text_pdf() saved with AES-256 encryption; user="" means it opens without a password."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(text_pdf())) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=user, owner=owner, R=6))
    return out.getvalue()


def flip_in_first_stream(data: bytes) -> bytes:
    """Flip bits in the middle of the first stream's compressed bytes, as a bad download does."""
    start = data.index(b"stream", data.index(b"/FlateDecode")) + len(b"stream\n")
    end = data.index(b"endstream", start)
    middle = (start + end) // 2
    damaged = bytearray(data)
    for offset in range(middle, min(middle + 8, end)):
        damaged[offset] ^= 0xA5
    return bytes(damaged)


def docx_bytes() -> bytes:
    """A minimal Word document (a zip), which people rename to .pdf."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as docx:
        docx.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        docx.writestr("word/document.xml", "<w:document><w:body>Statement</w:body></w:document>")
    return out.getvalue()


HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Online banking</title></head><body>Session expired</body></html>\n"
)


def many_pages_pdf(count: int) -> bytes:
    pdf = pikepdf.new()
    for _ in range(count):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def inflating_pdf(inflated_bytes: int, flate_layers: int = 1) -> bytes:
    """One page whose content stream is a few hundred KB compressed and inflated_bytes decoded."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    content = deflate_repeated(b"0 0 m\n" * (1024 * 1024 // 6), max(1, inflated_bytes // (1024 * 1024)))
    for _ in range(flate_layers - 1):
        content = zlib.compress(content, 9)
    stream = pikepdf.Stream(pdf, content)
    stream.Filter = pikepdf.Array([pikepdf.Name.FlateDecode] * flate_layers)
    pdf.pages[0].Contents = pdf.make_indirect(stream)
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def deflate_repeated(chunk: bytes, times: int) -> bytes:
    """zlib data that inflates to chunk * times, made in milliseconds: the chunk is compressed once
    after a full flush (which resets the compressor's state), and its bytes are repeated."""
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(chunk, checksum)
    end = compressor.flush()[:-4] + struct.pack(">I", checksum)  # the final block, then our checksum
    return first + again * (times - 1) + end


def raw_pdf(objects: Sequence[bytes]) -> bytes:
    """A PDF written by hand, objects numbered from 1 (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), extra, content)


TEXT_CONTENT = b"BT /F1 12 Tf 50 800 Td (Statement of account 0042 opening balance 1000.00) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def nested_arrays_pdf(depth: int) -> bytes:
    """A valid page carrying an array nested `depth` levels deep (parsers that recurse blow the stack)."""
    nested = b"[" * depth + b"]" * depth
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> /Nested " + nested + b" >>",
            _stream(TEXT_CONTENT),
            _FONT,
        ]
    )


def nested_page_tree_pdf(depth: int) -> bytes:
    """One page at the bottom of a page tree `depth` levels of /Pages deep."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    page = 2 + depth
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2)
    )
    objects += [_stream(TEXT_CONTENT), _FONT]
    return raw_pdf(objects)


def nested_forms_pdf(depth: int) -> bytes:
    """Form XObjects drawing each other `depth` levels deep."""
    forms = 4
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << /XObject << /X 5 0 R >> >> >>" % forms,
        _stream(b"/X Do"),
    ]
    for level in range(depth):
        number = 5 + level
        inner = b" /Resources << /XObject << /X %d 0 R >> >>" % (number + 1) if level < depth - 1 else b""
        body = b"/X Do" if level < depth - 1 else TEXT_CONTENT
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]" + inner))
    return raw_pdf(objects)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header declares width x height grey pixels, with a tiny (bomb-like) data stream."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = zlib.compress(b"\0" * 4096, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


def blank_png(width: int, height: int) -> bytes:
    """An honest white greyscale PNG of width x height, written without ever holding its pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\0" + b"\xff" * width  # filter byte "none", then the row's pixels
    chunks = _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", deflate_repeated(row, height))
    return b"\x89PNG\r\n\x1a\n" + chunks + _png_chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header is rewritten to declare width x height."""
    out = io.BytesIO()
    Image.new("L", (64, 64), 255).save(out, "JPEG")
    data = bytearray(out.getvalue())
    frame = data.index(b"\xff\xc0")  # SOF0: marker, length(2), precision(1), height(2), width(2)
    data[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def tiff_frames(count: int, size: tuple[int, int] = (64, 64)) -> bytes:
    frames = [Image.new("L", size, 255) for _ in range(count)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def image_bytes(size: tuple[int, int], image_format: str = "PNG", text: str = "") -> bytes:
    image = Image.new("L", size, 255)
    if text:
        ImageDraw.Draw(image).text((8, 8), text, fill=0)
    out = io.BytesIO()
    image.save(out, image_format)
    return out.getvalue()
