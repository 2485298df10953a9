"""Synthetic bank statements with ground truth: invented layouts, scans, photos, defects, bad files.

Seven layouts (`LAYOUTS`) make the committed corpus; sixteen more (`WORLD_LAYOUTS`, issue 14) reproduce
kinds of real statements the seven do not teach, and are written with `--layouts world`.

Regenerate the committed demo requests and golden cases (deterministic, byte-identical):

    .venv/bin/python -m devtools.samplegen.demo

Write a corpus of N requests in several variants:

    .venv/bin/python -m devtools.samplegen OUT --count 42 --seed 0 --variants text,scan200
"""

from __future__ import annotations

from devtools.samplegen.corpus import VARIANTS, BuiltRequest, RequestPlan, StatementFile, build, write_corpus
from devtools.samplegen.defects import DEFECTS
from devtools.samplegen.layouts import LAYOUTS
from devtools.samplegen.scans import scan
from devtools.samplegen.world_more import WORLD_LAYOUTS

__all__ = [
    "DEFECTS",
    "LAYOUTS",
    "VARIANTS",
    "WORLD_LAYOUTS",
    "BuiltRequest",
    "RequestPlan",
    "StatementFile",
    "build",
    "scan",
    "write_corpus",
]
