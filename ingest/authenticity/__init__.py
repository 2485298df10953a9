"""Authenticity: signs that a statement was edited after its bank issued it, and one verdict from them.

Each family of signals has its module: `revision` (incremental saves that changed pages, Acrobat's
retouch marks, document-ID history), `production` (editors and print drivers in Producer/Creator,
late modification, Info against XMP), `content` (white-out and retyping, overlapping text, font
islands, mixed-font figures, figures off their column or line), `signature` (a signature that leaves
bytes out, one broken, or one that vouches for the whole file), `scans` (pasted patches in a page's
picture, a text layer that disagrees with it) and `arithmetic` (balances that do not reconcile, from
validation). Every signal says what was
seen and where in plain words, never the statement's contents.

The score is computed once, by `judge`, from the signals' severities: it starts at 100 and each signal
code takes off the weight of its strongest finding (HIGH 55, MEDIUM 30, LOW 10), counted once however
often the code fires, so one noisy rule cannot sink a file alone. A finding in the file's favour
(severity NONE: a valid signature covering every byte, SIGNED_WHOLE_FILE) takes nothing off, and
cancels the production chain's signals (editor, print driver, late modification, Info against XMP):
whoever signed vouched for the file as saved. It does not cancel the other families: a forger can
sign an edited file with a certificate of their own, and the trust store that would tell is not here.
The verdict:

- CLEAN: score >= 80 (nothing, or up to two weak signs);
- REVIEW: 50 <= score < 80 (one medium sign, or a few weak ones);
- SUSPECT: score < 50 (one strong sign, or two medium ones).

`assess` runs in the sandboxed reader child with the file's bytes, so a hostile file that breaks a
parser here breaks only that family's findings, never the worker or the file's reading.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf

from ingest.authenticity import layers, production, revision, signature
from ingest.authenticity.arithmetic import balance_signals
from ingest.authenticity.content import ContentReader
from ingest.authenticity.guard import guarded
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Authenticity, Box, Signal
from ingest.sandbox import outside_the_allowance
from ingest.stages.upload import PDF

__all__ = ["ContentReader", "assess", "balance_signals", "judge"]

WEIGHTS = {Severity.HIGH: 55, Severity.MEDIUM: 30, Severity.LOW: 10, Severity.NONE: 0}
# What a save by other software leaves in the metadata. A valid signature over the whole file vouches
# for the file as it was signed, metadata included: these codes weigh nothing beside one.
PRODUCTION = frozenset(
    {
        SignalCode.EDITOR_SOFTWARE,
        SignalCode.PRINT_DRIVER,
        SignalCode.MODIFIED_LATER,
        SignalCode.METADATA_MISMATCH,
    }
)
CLEAN_FROM = 80  # scores from here up are CLEAN
REVIEW_FROM = 50  # scores from here up to CLEAN_FROM are REVIEW; under it, SUSPECT
_NONE: list[Signal] = []  # what a family that failed found (never appended to)


def judge(signals: Sequence[Signal]) -> Authenticity:
    """The file's score and verdict from its signals (the one place they are computed)."""
    signed = any(s.code is SignalCode.SIGNED_WHOLE_FILE for s in signals)
    strongest: dict[str, int] = {}
    for s in signals:
        weight = 0 if signed and s.code in PRODUCTION else WEIGHTS[s.severity]
        strongest[s.code] = max(strongest.get(s.code, 0), weight)
    score = max(0, 100 - sum(strongest.values()))
    if score >= CLEAN_FROM:
        verdict = Verdict.CLEAN
    elif score >= REVIEW_FROM:
        verdict = Verdict.REVIEW
    else:
        verdict = Verdict.SUSPECT
    return Authenticity(verdict=verdict, score=score, signals=list(signals))


def _picture(data: bytes) -> list[Signal]:
    """The scan family on an uploaded JPEG picture (the whole picture is the page)."""
    with outside_the_allowance():  # loaded with the first picture read (see `content._scan_checks`)
        from ingest.authenticity import scans  # noqa: PLC0415

    return scans.pasted_patches(data, 1, Box(page=1, x0=0, y0=0, x1=1, y1=1))


def assess(data: bytes, content_type: str, content: Sequence[Signal] = ()) -> list[Signal]:
    """The file's signals: its structure and metadata read here, plus the content signals the reader's
    pages gave (`ContentReader`)."""
    if content_type != PDF:
        return [*content, *guarded(production.image_signals, _NONE, data), *guarded(_picture, _NONE, data)]
    pdf = guarded(pikepdf.open, None, io.BytesIO(data))
    if pdf is None:  # the reader could read it; its structure cannot be judged here
        return list(content)
    with pdf:
        signed = guarded(signature.read, signature.NONE, data, pdf)
        return [
            *guarded(revision.signals, _NONE, data, pdf),
            *guarded(layers.signals, _NONE, pdf),
            *guarded(production.pdf_signals, _NONE, pdf, signed.whole_file_signed_at),
            *signed.signals,
            *content,
        ]
