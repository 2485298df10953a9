"""The engines reading needs installed, checked when a command starts rather than file by file.

Light on purpose: a command checks before it loads any reader, and a process that only admits requests
never loads them.
"""

from __future__ import annotations

import shutil

from ingest.errors import EngineMissing

# The program pytesseract runs, by its default name (`pytesseract.pytesseract.tesseract_cmd`).
TESSERACT_PROGRAM = "tesseract"


def require_ocr_engine() -> None:
    """Raise EngineMissing unless the Tesseract program can be found: said at start, not file by file."""
    if shutil.which(TESSERACT_PROGRAM) is None:
        raise EngineMissing(
            f"Tesseract OCR is not installed (no `{TESSERACT_PROGRAM}` program on PATH), and scanned "
            "statements and photos cannot be read without it. Install it with the data of the languages "
            "statements are read in (Debian/Ubuntu: `apt-get install tesseract-ocr tesseract-ocr-eng "
            "tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-spa tesseract-ocr-ita tesseract-ocr-nld "
            "tesseract-ocr-por`; "
            "macOS: `brew install tesseract tesseract-lang`; or `make setup`), then run the command again"
        )
