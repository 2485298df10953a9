"""Integration stage: open the file, tell corrupt from encrypted, enforce page and pixel limits."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import pikepdf
from PIL import Image

from ingest.errors import CorruptFile, EncryptedFile, FileTooLarge
from ingest.settings import Limits
from ingest.stages.upload import PDF


@dataclass(frozen=True, slots=True)
class Integrated:
    """A file known to open cleanly and to be within limits."""

    content_type: str
    pages: int


def integrate(limits: Limits, data: bytes, content_type: str) -> Integrated:
    """Open the file and check it; raise the rejection that applies."""
    pages = _pdf_pages(data) if content_type == PDF else _image_frames(limits, data)
    if pages > limits.max_pages:
        raise FileTooLarge(f"The file has {pages} pages; the limit is {limits.max_pages}")
    return Integrated(content_type=content_type, pages=pages)


def _pdf_pages(data: bytes) -> int:
    # No recovery: a statement that opens only after repair may be missing rows, which is worse than none.
    try:
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
            count = len(pdf.pages)
            for page in pdf.pages:
                _check_page(page)
            damaged = bool(pdf.get_warnings())
    except pikepdf.PasswordError as e:
        raise EncryptedFile() from e
    except (pikepdf.PdfError, RecursionError, ValueError, TypeError, KeyError) as e:
        raise CorruptFile("The PDF cannot be read") from e
    if damaged:
        raise CorruptFile("The PDF is damaged and opens only after repair")
    if count == 0:
        raise CorruptFile("The PDF has no pages")
    return count


def _check_page(page: pikepdf.Page) -> None:
    """Touch what every reader will need: the page box and the content streams decode."""
    _ = page.mediabox
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents] if contents is not None else []
    for stream in streams:
        if isinstance(stream, pikepdf.Stream):
            stream.read_bytes()


def _image_frames(limits: Limits, data: bytes) -> int:
    max_pixels = int(limits.max_megapixels * 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Image.open reads only the header, so the dimensions are known before any pixel is decoded.
            with Image.open(io.BytesIO(data)) as image:
                frames = getattr(image, "n_frames", 1)
                for index in range(frames):
                    image.seek(index)
                    width, height = image.size
                    if width * height > max_pixels:
                        raise FileTooLarge(
                            f"Page {index + 1} is {width}x{height} pixels; "
                            f"the limit is {limits.max_megapixels:g} megapixels"
                        )
                image.seek(0)
                image.verify()
    except FileTooLarge:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise FileTooLarge("The image is too large to decode safely") from e
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise CorruptFile("The image cannot be decoded") from e
    return frames
