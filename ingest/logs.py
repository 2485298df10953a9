"""Operator logs: one line per event with its ids and figures, never statement contents.

Control characters (a path's `%0a` or `%1b`, say) are printed escaped, so a client cannot forge or
colour a line. Three rules keep statement contents out, at every verbosity:
- our own records print their fixed message and the whitelisted FIELDS only;
- other libraries' records print at WARNING and above only, and without their arguments: pdfminer, for
  one, logs content-stream operands ("... because %r is not a valid int") and, at DEBUG, every token;
- tracebacks keep their frames and the exception's type, never its message, which may quote the file.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from types import TracebackType

# Only these record attributes are printed: ids, stages, codes and figures. Statement text never is.
FIELDS = (
    "request_id",
    "file_id",
    "reference",
    "stage",
    "status",
    "rejection",
    "files",
    "pages",
    "seconds",
    "error",
    "where",
)

OWN = "ingest"
# Set to WARNING whatever -v says: their debug output is file contents, and slow to produce.
NOISY = ("pdfminer", "pdfplumber", "PIL", "pikepdf", "pytesseract", "botocore", "boto3", "urllib3", "moto")
WITHHELD = "(message withheld: it may quote the file)"
_WARNING_HEAD = re.compile(r"^(.*?:\d+: \w+):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def _own(record: logging.LogRecord) -> bool:
    return record.name == OWN or record.name.startswith(OWN + ".")


class FieldsFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        if record.name == "py.warnings":
            # "path:line: Category: message": keep where and what kind, not the message.
            where = _WARNING_HEAD.match(record.getMessage())
            record = _replace_message(record, f"{where.group(1)} {WITHHELD}" if where else WITHHELD)
        elif not _own(record) and record.args:
            # The template is the library's own text; the arguments are what it read from the file.
            record = _replace_message(record, WITHHELD if record.msg == "%s" else str(record.msg))
        message = record.getMessage()
        if _CONTROL.search(message):
            record = _replace_message(record, printable(message))
        line = super().format(record)
        extras = " ".join(
            f"{name}={printable(str(getattr(record, name)))}" for name in FIELDS if hasattr(record, name)
        )
        return f"{line} {extras}" if extras else line

    def formatException(self, ei: ExcInfo) -> str:
        kind, _, tb = ei
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        return f"Traceback (most recent call last):\n{frames}{kind.__name__ if kind else 'None'}"


def printable(text: str) -> str:
    """`text` with its control characters escaped as Python writes them (`\\n`, `\\x1b`)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _replace_message(record: logging.LogRecord, message: str) -> logging.LogRecord:
    return logging.makeLogRecord({**record.__dict__, "msg": message, "args": None})


class _QuietThirdParty(logging.Filter):
    """Below WARNING, only our own records pass: any other library's debug output may be content."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or _own(record)


def configure(verbosity: int = 0) -> None:
    """Log to stderr: warnings by default, -v for progress events, -vv for debugging."""
    level = logging.WARNING - 10 * min(verbosity, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(FieldsFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_QuietThirdParty())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # Python warnings become records too, so the rules above apply
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
