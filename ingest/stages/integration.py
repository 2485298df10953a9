"""Integration stage: open the file, tell corrupt from encrypted, enforce page and pixel limits.

Every limit is checked from what the file declares before the expensive part is done: the page count
before any page is read, a content stream's inflated size while inflating it (stopping at the budget),
an image's dimensions before a pixel is decoded.
"""

from __future__ import annotations

import io
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pikepdf

from ingest.errors import CorruptFile, EncryptedFile, FileRejected, FileTooLarge, Unreadable
from ingest.sandbox import outside_the_allowance
from ingest.settings import Limits
from ingest.stages.upload import PDF

# A statement page's drawing instructions are tens of kilobytes, a dense vector page a few megabytes.
# Past this a page is a decompression bomb: inflating and parsing it would take minutes and gigabytes.
MAX_PAGE_CONTENT_BYTES = 16 * 1024 * 1024
# A line of text needs about ten pixels of height; an image smaller than this on a side holds no
# statement, and Tesseract refuses images of under a few pixels.
MIN_IMAGE_SIDE = 16
# Readers look for the end-of-file marker in the last kilobyte; without it the download was cut short.
_EOF_WINDOW = 1024
_INFLATE_CHUNK = 1024 * 1024
_MAX_XOBJECT_DEPTH = 8  # forms inside forms; deeper nesting in a statement is a hostile file


@dataclass(frozen=True, slots=True)
class Integrated:
    """A file known to open cleanly and to be within limits."""

    content_type: str
    pages: int


def integrate(limits: Limits, data: bytes, content_type: str) -> Integrated:
    """Open the file and check it; raise the rejection that applies."""
    pages = _pdf_pages(limits, data) if content_type == PDF else _image_frames(limits, data)
    return Integrated(content_type=content_type, pages=pages)


def _too_many_pages(count: int, limits: Limits) -> FileTooLarge:
    return FileTooLarge(f"The file has {count} pages; the limit is {limits.max_pages}")


def _pdf_pages(limits: Limits, data: bytes) -> int:
    # No recovery: a statement that opens only after repair may be missing rows, which is worse than none.
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptFile("The PDF has no end-of-file marker: it was cut short")
    try:
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
            count = len(pdf.pages)  # walks the page tree only; no page content is read
            if count > limits.max_pages:
                raise _too_many_pages(count, limits)
            for page in pdf.pages:
                _check_page(limits, page)
            damaged = bool(pdf.get_warnings())
    except pikepdf.PasswordError as e:
        raise EncryptedFile() from e
    except (FileRejected, MemoryError):
        raise
    except Exception as e:  # pikepdf's own errors, or a type error on a malformed object: not clean
        if "bad_alloc" in str(e):  # qpdf reports running out of memory only in its message
            raise FileTooLarge("Reading the file needs more memory than a statement can") from e
        raise CorruptFile("The PDF cannot be read") from e
    if damaged:
        raise CorruptFile("The PDF is damaged and opens only after repair")
    if count == 0:
        raise CorruptFile("The PDF has no pages")
    return count


def _check_page(limits: Limits, page: pikepdf.Page) -> None:
    """Touch what every reader will need: the page box, and the content streams within budget."""
    _ = page.mediabox
    budget = _Budget(MAX_PAGE_CONTENT_BYTES)
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents] if contents is not None else []
    for stream in streams:
        if isinstance(stream, pikepdf.Stream):
            budget.spend(stream)
    _check_xobjects(limits, page.obj.get("/Resources"), budget, depth=0, seen=set())


def _check_xobjects(
    limits: Limits, resources: object, budget: _Budget, depth: int, seen: set[tuple[int, int]]
) -> None:
    """Images within the pixel limit; form XObjects (content of their own) within the page's budget."""
    if not isinstance(resources, pikepdf.Dictionary):
        return
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return
    for key in xobjects.keys():  # noqa: SIM118  (a pikepdf Dictionary iterates differently)
        xobject = xobjects.get(key)
        if not isinstance(xobject, pikepdf.Stream):
            continue
        if xobject.is_indirect:
            if xobject.objgen in seen:
                continue
            seen.add(xobject.objgen)
        subtype = xobject.get("/Subtype")
        if subtype == pikepdf.Name.Image:
            width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
            if width * height > limits.max_megapixels * 1_000_000:
                raise FileTooLarge(
                    f"An image in the PDF is {width}x{height} pixels; "
                    f"the limit is {limits.max_megapixels:g} megapixels"
                )
        elif subtype == pikepdf.Name.Form:
            if depth >= _MAX_XOBJECT_DEPTH:
                raise CorruptFile("The PDF nests drawings deeper than any statement does")
            budget.spend(xobject)
            _check_xobjects(limits, xobject.get("/Resources"), budget, depth + 1, seen)


class _Budget:
    """The decoded bytes a page's content may take; spending past it raises FileTooLarge."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self, stream: pikepdf.Stream) -> None:
        self.left -= _decoded_size(stream, self.left)
        if self.left < 0:
            raise FileTooLarge("A page of the PDF inflates to far more than a statement page holds")
        stream.read_bytes()  # within budget, so safe to decode; qpdf records any damage as a warning


def _decoded_size(stream: pikepdf.Stream, budget: int) -> int:
    """The stream's decoded size, inflating at most budget + 1 bytes of it (so a bomb stops early)."""
    filters = stream.get("/Filter")
    chain = list(filters) if isinstance(filters, pikepdf.Array) else [] if filters is None else [filters]
    if any(f != pikepdf.Name.FlateDecode for f in chain):
        # Other filters are rare in content streams; they decode under the sandbox's memory ceiling.
        return len(stream.read_bytes())
    chunks: Iterable[bytes] = [stream.read_raw_bytes()]
    for _ in chain:
        chunks = _inflate(chunks)
    size = 0
    try:
        for chunk in chunks:
            size += len(chunk)
            if size > budget:
                break
    except zlib.error as e:
        raise CorruptFile("A stream of the PDF is damaged") from e
    return size


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Inflate a zlib stream given in pieces, yielding at most _INFLATE_CHUNK bytes at a time."""
    inflater = zlib.decompressobj()
    for chunk in chunks:
        pending = chunk
        while pending and not inflater.eof:
            if out := inflater.decompress(pending, _INFLATE_CHUNK):
                yield out
            pending = inflater.unconsumed_tail
    while not inflater.eof and (out := inflater.decompress(b"", _INFLATE_CHUNK)):
        yield out


def _image_frames(limits: Limits, data: bytes) -> int:
    with outside_the_allowance():  # Pillow is loaded with the first picture read (`ingest.extract.pages`)
        from PIL import Image  # noqa: PLC0415

    max_pixels = int(limits.max_megapixels * 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Image.open reads only the header, so the dimensions are known before any pixel is decoded.
            with Image.open(io.BytesIO(data)) as image:
                frames = 0
                # Frame by frame, stopping one past the page limit: a TIFF can chain thousands of frames.
                while frames <= limits.max_pages:
                    try:
                        image.seek(frames)
                    except EOFError:
                        break
                    frames += 1
                    width, height = image.size
                    if width * height > max_pixels:
                        raise FileTooLarge(
                            f"Page {frames} is {width}x{height} pixels; "
                            f"the limit is {limits.max_megapixels:g} megapixels"
                        )
                    if min(width, height) < MIN_IMAGE_SIDE:
                        raise Unreadable(f"Page {frames} is only {width}x{height} pixels")
                if frames > limits.max_pages:
                    raise FileTooLarge(f"The file has more than {limits.max_pages} pages")
                image.seek(0)
                image.verify()
    except (FileRejected, MemoryError):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise FileTooLarge("The image is too large to decode safely") from e
    except Exception as e:  # Pillow raises OSError, SyntaxError, struct.error... on a damaged header
        raise CorruptFile("The image cannot be decoded") from e
    if frames == 0:
        raise CorruptFile("The image has no pages")
    return frames
