"""ingest: bank statements in, structured accounts and transactions out.

`ingest.read(files)` is the library API (see `ingest.library.read`): the request document of some files,
computed in-process. Importing this package loads nothing else and changes no process-wide state; the
readers are loaded on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.library import read as read

__version__ = "0.1.0"
__all__ = ["read"]


def __getattr__(name: str) -> object:
    # Loaded when first asked for, so the command line starts without the readers (PEP 562).
    if name == "read":
        from ingest.library import read  # noqa: PLC0415

        return read
    raise AttributeError(f"module 'ingest' has no attribute {name!r}")
