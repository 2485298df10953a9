"""Where the real statements live: those vendored into the repository, and the external folder beside it."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Real statements under a permissive licence, copied into the repository with their provenance.
VENDORED = ROOT / "tests" / "data" / "real"

# Real statements that may not be copied (copyleft), kept beside a checkout; INGEST_REALWORLD overrides.
EXTERNAL = Path(os.environ.get("INGEST_REALWORLD") or ROOT.parent / "shared" / "realworld")


def real_file(relative: str) -> Path | None:
    """The real statement at `relative` (e.g. "hsbc/x.pdf"), vendored first, else external; None if absent."""
    for folder in (VENDORED, EXTERNAL):
        path = folder / relative
        if path.is_file():
            return path
    return None
