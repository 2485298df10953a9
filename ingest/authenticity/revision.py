"""Revision-history signals: what the file's own structure keeps of the saves after the first.

A PDF saved incrementally keeps every earlier revision in front of the update that follows it, so an
edit saved that way can be seen by comparing each revision's pages with the last. Acrobat marks text it
retouched (`TouchUp_TextEdit`); each save by a different tool may start a new document ID.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from typing import Any

import pikepdf

from ingest.codes import Severity, SignalCode
from ingest.models import Signal

MIN_REVISION_BYTES = 256  # a prefix shorter than this is not a document of its own
_EOF = re.compile(rb"%%EOF[ \t\f\0]*(?:\r\n|\r|\n)?")
# The first (permanent) element of a trailer's document ID, hex or literal string.
_FIRST_ID = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\.)*\))")
_TOUCHUP = b"TouchUp_TextEdit"


def signals(data: bytes, pdf: Any) -> list[Signal]:
    """Signals of a PDF's bytes and its opened pikepdf document (the last revision)."""
    ends = list(_earlier_revisions(data))
    # The last revision's pages are compared only with earlier ones: a file saved once is only read for
    # Acrobat's retouch marks.
    latest, touched = _fingerprint(pdf, compared=bool(ends))
    found = _touchup(touched)
    for number, end in enumerate(ends, start=1):
        earlier = _open(data[:end])
        if earlier is None:
            continue  # a linearized file's first-page section, or a damaged prefix: not a revision
        with earlier:
            changed = _changed_pages(_fingerprint(earlier)[0], latest)
        if changed:
            pages = ", ".join(str(p) for p in changed[:10])
            found.append(
                Signal(
                    code=SignalCode.CONTENT_UPDATED,
                    severity=Severity.HIGH,
                    page=changed[0],
                    message=(
                        f"The file was saved again after revision {number} and the later save changed "
                        f"the content or fonts of page{'s' if len(changed) > 1 else ''} {pages}."
                    ),
                    evidence=f"revision {number} ends at byte {end} of {len(data)}",
                )
            )
            break  # the earliest changed revision says it; later ones add nothing
    ids = list(dict.fromkeys(m.group(1) for m in _FIRST_ID.finditer(data)))
    if len(ids) > 1:
        found.append(
            Signal(
                code=SignalCode.ID_HISTORY,
                severity=Severity.MEDIUM,
                message=(
                    f"The file's revisions carry {len(ids)} different document IDs: "
                    "it was saved again by another tool."
                ),
                evidence=f"{len(ids)} distinct permanent IDs in the trailers",
            )
        )
    return found


def _earlier_revisions(data: bytes) -> Iterator[int]:
    """Where each revision but the last ends."""
    ends = [m.end() for m in _EOF.finditer(data)]
    for end in ends[:-1]:
        if end >= MIN_REVISION_BYTES and data[end:].strip():
            yield end


def _open(prefix: bytes) -> Any:
    try:
        return pikepdf.open(io.BytesIO(prefix), attempt_recovery=False)
    except pikepdf.PdfError:
        return None


_PageFingerprint = tuple[str, frozenset[tuple[str, str]]]


def _fingerprint(pdf: Any, *, compared: bool = True) -> tuple[list[_PageFingerprint], list[int]]:
    """Per page: a digest of its content streams and its fonts (resource name, object), when the pages
    are to be `compared` (else none); and the pages whose content carries Acrobat's retouch mark."""
    pages = []
    touched: list[int] = []
    for number, page in enumerate(pdf.pages, start=1):
        digest = hashlib.sha256()
        for stream in _contents(page.obj):
            content = stream.read_bytes()
            if compared:
                digest.update(content)
            if _TOUCHUP in content and touched[-1:] != [number]:
                touched.append(number)
        if compared:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            pages.append((digest.hexdigest(), frozenset((str(k), repr(v.objgen)) for k, v in fonts.items())))
    return pages, touched


def _contents(page: Any) -> list[Any]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return [c for c in contents if isinstance(c, pikepdf.Stream)]
    return [contents] if isinstance(contents, pikepdf.Stream) else []


def _changed_pages(earlier: list[_PageFingerprint], latest: list[_PageFingerprint]) -> list[int]:
    changed = [n for n, (a, b) in enumerate(zip(earlier, latest, strict=False), start=1) if a != b]
    if len(earlier) != len(latest):
        changed += list(range(min(len(earlier), len(latest)) + 1, max(len(earlier), len(latest)) + 1))
    return changed


def _touchup(pages: list[int]) -> list[Signal]:
    """TOUCHUP_EDIT: Acrobat's marked-content tag for text retouched by hand."""
    if not pages:
        return []
    listed = ", ".join(str(p) for p in pages[:10])
    return [
        Signal(
            code=SignalCode.TOUCHUP_EDIT,
            severity=Severity.HIGH,
            page=pages[0],
            message=f"Text was edited by hand in Acrobat on page{'s' if len(pages) > 1 else ''} {listed}.",
            evidence="marked-content tag /TouchUp_TextEdit in the page's content stream",
        )
    ]
