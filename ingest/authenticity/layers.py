"""Optional content: figures kept in a layer that viewers do not draw by default, which a reader of the
file's text still takes.

A PDF's optional-content groups (layers) are drawn or not as the document's default configuration says
(/OCProperties /D: /BaseState, /ON, /OFF). Text inside a group that is off is in the page's content and in
its text layer, but no viewer shows it: figures there change what a program reads without changing what
a person sees (INVISIBLE_TEXT, HIGH). Words without a figure in such a layer (a print-only "COPY"
watermark) change no figure and are not judged. Only files that have a layer off by default are read
here, so a statement without layers costs a look at its catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pikepdf

from ingest.codes import Severity, SignalCode
from ingest.models import Signal

# A figure in a shown string: a digit, an amount's or a date's separator, a digit (as a simple font
# encodes them; a composite font's glyph codes spell nothing here, and are not judged).
_FIGURE = re.compile(rb"\d[.,/-]\d")
_SHOWS = frozenset({"Tj", "TJ", "'", '"'})
MAX_FORM_DEPTH = 4  # forms drawn inside forms, followed this deep

ObjectId = tuple[int, int]


def signals(pdf: pikepdf.Pdf) -> list[Signal]:
    """INVISIBLE_TEXT for each page that shows figures inside a layer that is off by default."""
    properties = pdf.Root.get("/OCProperties")
    if not isinstance(properties, pikepdf.Dictionary):
        return []
    off = _off_by_default(properties)
    if not off:
        return []
    found = []
    for number, page in enumerate(pdf.pages, start=1):
        figures = _hidden_figures(page.obj, off, hidden=False, depth=0)
        if figures:
            found.append(
                Signal(
                    code=SignalCode.INVISIBLE_TEXT,
                    severity=Severity.HIGH,
                    page=number,
                    message=(
                        f"Page {number} shows figures inside a layer that viewers do not draw: a reader of "
                        "the file's text takes figures that no one looking at the page sees."
                    ),
                    evidence=f"{figures} shown strings with figures in optional content off by default",
                )
            )
    return found


def _off_by_default(properties: pikepdf.Dictionary) -> set[ObjectId]:
    """The optional-content groups the default configuration leaves undrawn."""
    default = properties.get("/D")
    if not isinstance(default, pikepdf.Dictionary):
        return set()
    groups = _ids(properties.get("/OCGs"))
    if default.get("/BaseState") == pikepdf.Name.OFF:
        return groups - _ids(default.get("/ON"))
    return _ids(default.get("/OFF"))


def _ids(value: object) -> set[ObjectId]:
    items: Iterable[object] = value if isinstance(value, pikepdf.Array) else []
    return {item.objgen for item in items if isinstance(item, pikepdf.Object) and item.is_indirect}


def _is_off(content: object, off: set[ObjectId]) -> bool:
    """Whether optional content (a group, or a membership dictionary of groups) is undrawn by default:
    a membership is drawn when any of its groups is (its usual /AnyOn policy)."""
    if not isinstance(content, pikepdf.Dictionary):
        return False
    if content.get("/Type") == pikepdf.Name.OCMD:
        members = content.get("/OCGs")
        groups = list(members) if isinstance(members, pikepdf.Array) else [members]
        return bool(groups) and all(_is_off(group, off) for group in groups)
    return content.is_indirect and content.objgen in off


def _hidden_figures(holder: pikepdf.Object, off: set[ObjectId], *, hidden: bool, depth: int) -> int:
    """How many shown strings with a figure a page or form draws inside content that is off (all it
    draws when `hidden`), following the forms it draws."""
    resources = holder.get("/Resources")
    resources = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()
    named = resources.get("/Properties")
    named = named if isinstance(named, pikepdf.Dictionary) else pikepdf.Dictionary()
    names = {str(key) for key, value in named.items() if _is_off(value, off)}
    forms = resources.get("/XObject")
    forms = forms if isinstance(forms, pikepdf.Dictionary) else pikepdf.Dictionary()
    marks: list[bool] = []  # each open marked-content section: whether it is off
    count = 0
    for instruction in pikepdf.parse_content_stream(holder):
        operands, op = instruction.operands, str(instruction.operator)
        if op == "BDC":
            tag, value = ([*operands, None, None])[:2]
            marks.append(tag == pikepdf.Name.OC and (str(value) in names or _is_off(value, off)))
        elif op == "BMC":
            marks.append(False)
        elif op == "EMC" and marks:
            marks.pop()
        elif op in _SHOWS and (hidden or any(marks)):
            count += sum(bool(_FIGURE.search(text)) for text in _strings(operands))
        elif op == "Do" and depth < MAX_FORM_DEPTH and operands:
            form = forms.get(str(operands[0]))
            if isinstance(form, pikepdf.Stream) and form.get("/Subtype") == pikepdf.Name.Form:
                off_here = hidden or any(marks) or _is_off(form.get("/OC"), off)
                count += _hidden_figures(form, off, hidden=off_here, depth=depth + 1)
    return count


def _strings(operands: Iterable[object]) -> list[bytes]:
    """The strings an operator shows: its string operands, and those of a TJ array (joined, since the
    array's numbers only move the pen)."""
    shown = []
    for operand in operands:
        if isinstance(operand, pikepdf.Array):
            shown.append(b"".join(bytes(item) for item in operand if isinstance(item, pikepdf.String)))
        elif isinstance(operand, pikepdf.String):
            shown.append(bytes(operand))
    return shown
