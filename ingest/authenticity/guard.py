"""One family's failure on a hostile file costs that family's findings only, and is logged without
the file's contents."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import PurePath
from typing import TypeVar

log = logging.getLogger("ingest.authenticity")

T = TypeVar("T")


def guarded(check: Callable[..., T], fallback: T, *args: object) -> T:
    """check(*args), or `fallback` if it fails (logged by type and place only: a parser's message may
    quote the file)."""
    try:
        return check(*args)
    except Exception as e:
        frames = traceback.extract_tb(e.__traceback__)
        where = f"{'/'.join(PurePath(frames[-1].filename).parts[-2:])}:{frames[-1].lineno}" if frames else "?"
        log.warning("authenticity check failed", extra={"error": type(e).__name__, "where": where})
        return fallback
