"""Synthetic bank statements with ground truth: seven invented layouts, scans, photos, defects, bad files.

Regenerate the committed demo requests and golden cases (deterministic, byte-identical):

    .venv/bin/python -m ingest.samplegen.demo

Write a corpus of N requests in several variants:

    .venv/bin/python -m ingest.samplegen OUT --count 42 --seed 0 --variants text,scan200
"""

from __future__ import annotations

from ingest.samplegen.corpus import VARIANTS, BuiltRequest, RequestPlan, StatementFile, build, write_corpus
from ingest.samplegen.defects import DEFECTS
from ingest.samplegen.layouts import LAYOUTS
from ingest.samplegen.scans import scan

__all__ = [
    "DEFECTS",
    "LAYOUTS",
    "VARIANTS",
    "BuiltRequest",
    "RequestPlan",
    "StatementFile",
    "build",
    "scan",
    "write_corpus",
]
