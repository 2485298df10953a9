"""Signature signals: a digital signature whose byte range leaves part of the file out.

A signature covers the bytes named by its /ByteRange. Bytes after that range were added once the file
was signed; what they changed, the revision history tells.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from ingest.codes import Severity, SignalCode
from ingest.models import Signal

MAX_FIELDS = 64  # form fields looked at; a statement has a handful


def signals(data: bytes, pdf: Any) -> list[Signal]:
    """SIGNED_THEN_CHANGED for a signature that does not cover the whole file."""
    form = pdf.Root.get("/AcroForm")
    fields = form.get("/Fields") if isinstance(form, pikepdf.Dictionary) else None
    if not isinstance(fields, pikepdf.Array):
        return []
    covered = []
    for field in list(fields)[:MAX_FIELDS]:
        value = field.get("/V") if isinstance(field, pikepdf.Dictionary) else None
        byte_range = value.get("/ByteRange") if isinstance(value, pikepdf.Dictionary) else None
        if field.get("/FT") != pikepdf.Name.Sig or not isinstance(byte_range, pikepdf.Array):
            continue
        numbers = [int(n) for n in byte_range if isinstance(n, int)]
        if len(numbers) == 4:
            covered.append(numbers[2] + numbers[3])
    if not covered or max(covered) >= len(data.rstrip()):
        return []
    added = len(data) - max(covered)
    return [
        Signal(
            code=SignalCode.SIGNED_THEN_CHANGED,
            severity=Severity.MEDIUM,
            message=f"The file was signed, then {added} bytes were added after the signature.",
            evidence=f"signatures cover the first {max(covered)} of {len(data)} bytes",
        )
    ]
