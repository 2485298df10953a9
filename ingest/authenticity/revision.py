"""Revision-history signals: what the file's own structure keeps of the saves after the first.

A PDF saved incrementally keeps every earlier revision in front of the update that follows it, so an
edit saved that way can be seen by comparing each revision's pages with the last. An update that changed
what a page drew is HIGH; one that only added to it (the page's earlier content streams all kept, in
order, and its fonts) is MEDIUM: a bank's stamp or a signing tool's mark does that, and so does a line
written into free space, which a person should look at. A later save whose Producer names an editor,
over a first revision that names none, is the file saved again by an editor after it was made
(MODIFIED_LATER, as a late ModDate says where the dates tell). Acrobat marks text it retouched
(`TouchUp_TextEdit`); each save by a different tool may start a new document ID. A linearized file has
a section of its own for the first page, ended like a revision: the bytes its linearization dictionary
says the file has (/L) are one revision.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from typing import Any

import pikepdf

from ingest.authenticity import production
from ingest.codes import Severity, SignalCode
from ingest.models import Signal

MIN_REVISION_BYTES = 256  # a prefix shorter than this is not a document of its own
_EOF = re.compile(rb"%%EOF[ \t\f\0]*(?:\r\n|\r|\n)?")
# The first (permanent) element of a trailer's document ID, hex or literal string.
_FIRST_ID = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\.)*\))")
_TOUCHUP = b"TouchUp_TextEdit"
# A linearization dictionary opens the file (within its first kilobyte, ISO 32000-1 F.2) with the length
# of the file as linearized.
_LINEARIZED = re.compile(rb"<<[^>]*?/Linearized\s[^>]*?/L\s+(\d+)")
_LINEARIZED_WITHIN = 1024
_EOL = 2  # the end of line a writer may leave out of /L after the last %%EOF


def signals(data: bytes, pdf: Any) -> list[Signal]:
    """Signals of a PDF's bytes and its opened pikepdf document (the last revision)."""
    ends = list(_earlier_revisions(data))
    # The last revision's pages are compared only with earlier ones: a file saved once is only read for
    # Acrobat's retouch marks.
    latest, touched = _fingerprint(pdf, compared=bool(ends))
    found = _touchup(touched)
    issued: tuple[int, str | None] | None = None  # the first revision read: its end, the editor it names
    for number, end in enumerate(ends, start=1):
        earlier = _open(data[:end])
        if earlier is None:
            continue  # a linearized file's first-page section, or a damaged prefix: not a revision
        with earlier:
            before = _fingerprint(earlier)[0]
            issued = issued or (end, production.editor(earlier))
        changed = _changed_pages(before, latest)
        if changed:
            pages = ", ".join(str(p) for p in changed[:10])
            plural = "s" if len(changed) > 1 else ""
            added = len(before) == len(latest) and all(
                _added_to(before[p - 1], latest[p - 1]) for p in changed
            )
            found.append(
                Signal(
                    code=SignalCode.CONTENT_UPDATED,
                    severity=Severity.MEDIUM if added else Severity.HIGH,
                    page=changed[0],
                    message=(
                        f"The file was saved again after revision {number} and the later save added "
                        f"content to page{plural} {pages}, keeping what they drew before (a stamp does "
                        "this, and so does a line added)."
                        if added
                        else f"The file was saved again after revision {number} and the later save "
                        f"changed the content or fonts of page{plural} {pages}."
                    ),
                    evidence=f"revision {number} ends at byte {end} of {len(data)}",
                )
            )
            break  # the earliest changed revision says it; later ones add nothing
    if issued is not None and issued[1] is None and (tool := production.editor(pdf)) is not None:
        found.append(
            Signal(
                code=SignalCode.MODIFIED_LATER,
                severity=Severity.MEDIUM,
                message=(
                    f"The file was saved again by an editor ({tool}) after it was made: its first "
                    "revision, which names no editor, is kept in it."
                ),
                evidence=f"revision 1 ends at byte {issued[0]} of {len(data)}; the last save names {tool}",
            )
        )
    ids = list(dict.fromkeys(_id(m.group(1)) for m in _FIRST_ID.finditer(data)))
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


def _id(written: bytes) -> bytes:
    """A document ID's bytes, however a trailer spells them (hex in either case, with spaces, or a
    literal string): a tool that saves an update writes the first ID it kept in its own way."""
    try:
        return bytes(pikepdf.Object.parse(written))
    except (pikepdf.PdfError, TypeError, ValueError):
        return written


def _earlier_revisions(data: bytes) -> Iterator[int]:
    """Where each revision but the last ends (a linearized file's first-page section ends none)."""
    linearized = _LINEARIZED.search(data, 0, _LINEARIZED_WITHIN)
    # The linearized file's own end: an end before it is its first-page section's. A length past the
    # file's is no linearized file's.
    first = int(linearized.group(1)) if linearized else 0
    first = first if first <= len(data) else 0
    ends = [m.end() for m in _EOF.finditer(data)]
    for end in ends[:-1]:
        if end >= MIN_REVISION_BYTES and data[end:].strip() and end >= first - _EOL:
            yield end


def _open(prefix: bytes) -> Any:
    try:
        return pikepdf.open(io.BytesIO(prefix), attempt_recovery=False)
    except pikepdf.PdfError:
        return None


# A page's content (a digest of its streams' bytes together, and one of each stream, in order) and its
# fonts (resource name, object).
_PageFingerprint = tuple[bytes, tuple[bytes, ...], frozenset[tuple[str, str]]]


def _fingerprint(pdf: Any, *, compared: bool = True) -> tuple[list[_PageFingerprint], list[int]]:
    """Per page its fingerprint, when the pages are to be `compared` (else none); and the pages whose
    content carries Acrobat's retouch mark."""
    pages = []
    touched: list[int] = []
    for number, page in enumerate(pdf.pages, start=1):
        whole = hashlib.sha256()
        digests = []
        for stream in _contents(page.obj):
            content = stream.read_bytes()
            if compared:
                whole.update(content)
                digests.append(hashlib.sha256(content).digest())
            if _TOUCHUP in content and touched[-1:] != [number]:
                touched.append(number)
        if compared:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            pages.append(
                (
                    whole.digest(),
                    tuple(digests),
                    frozenset((str(k), repr(v.objgen)) for k, v in fonts.items()),
                )
            )
    return pages, touched


def _added_to(before: _PageFingerprint, after: _PageFingerprint) -> bool:
    """`after` draws what `before` drew and more: its streams hold `before`'s, in a row and in order,
    and its fonts `before`'s."""
    (_, old, old_fonts), (_, new, new_fonts) = before, after
    if not old or not old_fonts <= new_fonts or len(new) <= len(old):
        return False
    return any(new[i : i + len(old)] == old for i in range(len(new) - len(old) + 1))


def _contents(page: Any) -> list[Any]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return [c for c in contents if isinstance(c, pikepdf.Stream)]
    return [contents] if isinstance(contents, pikepdf.Stream) else []


def _changed_pages(earlier: list[_PageFingerprint], latest: list[_PageFingerprint]) -> list[int]:
    changed = [
        n
        for n, (a, b) in enumerate(zip(earlier, latest, strict=False), start=1)
        if (a[0], a[2]) != (b[0], b[2])  # streams cut otherwise, drawing the same, are the same
    ]
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
