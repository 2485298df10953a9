"""Operator logs: one line per event with its ids and figures, never statement contents."""

from __future__ import annotations

import logging
import sys

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


class FieldsFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = " ".join(f"{name}={getattr(record, name)}" for name in FIELDS if hasattr(record, name))
        return f"{line} {extras}" if extras else line


def configure(verbosity: int = 0) -> None:
    """Log to stderr: warnings by default, -v for progress events, -vv for debugging."""
    level = logging.WARNING - 10 * min(verbosity, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(FieldsFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Third-party parsers log file contents at debug level; keep them at warnings whatever -v says.
    for noisy in ("pdfminer", "pdfplumber", "PIL", "botocore", "boto3", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
