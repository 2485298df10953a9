"""Edited copies of real statements, made the way fraudsters make them, to test authenticity against.

Each kind changes one figure of a transaction table (two of its digits swapped) or only the metadata:

- `whiteout-other-font`: a white box over the figure and the new figure typed on it in Helvetica;
- `whiteout-same-font`: the same, typed in the figure's own font (simple fonts only);
- `stream-edit`: the digits changed inside the page's content stream, saved as an incremental update;
- `edit-in-place`: the figure taken out of its text object and typed at its place in Helvetica, with no
  box, as a desktop editor's "edit text" tool does (Foxit, Nitro, PDF-XChange), which names itself in
  Info's Producer and dates the save;
- `incremental`: the white-out and retype appended as an incremental update, the original bytes kept;
- `rewrite`: the content-stream edit, then the whole file re-written by another tool (a consumer
  editor's Producer, a new ModDate);
- `online-editor`: the white-out and retype, then the whole file as an online editing site returns it
  (its library's Producer and the day's ModDate, no XMP, a new document ID);
- `metadata`: only the Info dictionary: an editor's Producer and a ModDate months after creation;
- `annotation`: the changed figure typed in a text box (a FreeText annotation, white behind it) laid
  over the figure, the page's content untouched and the metadata kept;
- `annotation-box`, `annotation-ink`, `annotation-polygon`: the figure hidden under an annotation in the
  paper's colour (a rectangle filled white, strokes of a white marker, a polygon filled white, as
  viewers' comment tools and online editors draw them) and the changed figure typed on it in a stamp
  (a Stamp annotation whose appearance is the text), the page's content untouched;
- `annotation-tinted`: the same, the figure hidden under a rectangle filled in a light grey (not the
  paper's colour: a tint band's, a form field's) and the changed figure typed on it in a stamp;
- `annotation-picture`: a picture of the changed figure typed on white pasted over the figure (a Stamp
  annotation holding an image, as a viewer's "add image" tool makes one);
- `missing-glyph`: the white-out retyped in the figure's own embedded subset font, changed to a digit
  the subset lacks, which is typed in Helvetica (as an editor does without the glyph);
- `invisible-text`: the changed figure typed at the figure's place in text render mode 3 (invisible), the
  visible figure kept: a program reading the text takes another figure than a person sees;
- `hidden-layer`: the same, typed visibly but inside an optional-content layer that is off by default
  (a viewer does not draw it; the text layer holds it);
- `page-splice`: the last page that prints figures replaced by a page of another statement, drawn by
  another generator in a font the file does not use; Info and XMP kept;
- `scan-text-layer`: on a scanned page with an OCR text layer (a scan without one is made searchable
  first, by Tesseract's PDF output), one figure of the layer changed while the picture keeps the old;
- `scan-patch`: on a scanned page stored as JPEG, a figure OCR found painted over in the paper's colour
  and retyped in the picture itself, saved again with the picture's own tables;
- `scan-paste`: the same, but another amount of the page cut from the picture and pasted in its place;
- `scan-requality`, `scan-paste-requality`: the retype of `scan-patch`, the paste of `scan-paste`, saved
  at an image editor's usual quality (EDITOR_QUALITY) instead of the picture's own tables.

`python -m devtools.tamper --report` reads every distinct original (tests/data/real and samples/; a file
whose bytes another name already brought is folded into it and said so), a copy of it
carrying harmless annotations (`commented`: links, a highlight, a stamp, notes; it must read as the
original does) and each of its edited copies through the pipeline's reader and validation, and prints
the verdict rates and what authenticity costs against the reader's own time on the text pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import io
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pikepdf
import pytesseract
from PIL import Image, ImageDraw, ImageFont
from PIL.JpegImagePlugin import JpegImageFile
from reportlab.pdfgen.canvas import Canvas

from devtools.realworld import EXTERNAL, ROOT, VENDORED
from ingest.authenticity import ContentReader, assess, judge
from ingest.codes import ExtractionMethod, Verdict
from ingest.errors import FileRejected
from ingest.extract.pages import read_pages
from ingest.models import Authenticity
from ingest.pipeline import read_file
from ingest.settings import Settings
from ingest.stages.upload import PDF, inspect_upload
from ingest.stages.validation import FileStatements, validate

KINDS = (
    "whiteout-other-font",
    "whiteout-same-font",
    "stream-edit",
    "edit-in-place",
    "incremental",
    "rewrite",
    "online-editor",
    "metadata",
    "annotation",
    "annotation-box",
    "annotation-ink",
    "annotation-polygon",
    "annotation-tinted",
    "annotation-picture",
    "missing-glyph",
    "invisible-text",
    "hidden-layer",
    "page-splice",
    "scan-text-layer",
    "scan-patch",
    "scan-paste",
    "scan-requality",
    "scan-paste-requality",
)
CONSUMER_PRODUCER = "iLovePDF"
DESKTOP_PRODUCER = "PDF-XChange Editor 10.1.1.381"  # a desktop editor's "edit text"
ONLINE_PRODUCER = "SAMBox 2.3.4 (www.sejda.org)"  # the library an online editing site saves with
COMMENTED = "commented"  # the report's row of originals carrying harmless annotations (`commented`)
# The annotations that hide a figure in the paper's colour, in a tint, or under a picture.
COVERS = ("annotation-box", "annotation-ink", "annotation-polygon", "annotation-tinted", "annotation-picture")
TINT = (0.8, 0.8, 0.8)  # the fill of `annotation-tinted`'s cover: a light grey, darker than any paper
EDITOR_QUALITY = 90  # an image editor's usual JPEG quality ("high"), finer than a scanner's
PICTURE_SCALE = 4  # pixels a point of a pasted picture
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF space
_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d{1,3}(?:\.\d{3})*,\d{2}$")


class NotApplicable(Exception):
    """This kind of edit cannot be made on this file (no figure it can change)."""


@dataclass(frozen=True)
class Figure:
    """A printed amount on a page: where, in which font, and the text it will become."""

    page: int  # 0-based
    text: str
    changed: str
    x0: float
    top: float  # pdfplumber: from the top of the page
    x1: float
    bottom: float
    baseline: float  # PDF space
    size: float
    font: str  # BaseFont as pdfplumber names it


def originals() -> list[Path]:
    """The untouched files: the vendored real statements and the generated samples (PDFs)."""
    return sorted(VENDORED.rglob("*.pdf")) + sorted((ROOT / "samples").rglob("*.pdf"))


def tamper(data: bytes, kind: str) -> bytes:
    """An edited copy of a PDF; NotApplicable when the file offers nothing this kind can change."""
    if kind in ("metadata", "stream-edit", "incremental") and _encrypted(data):
        # Objects appended to an encrypted file must be encrypted with its key: not done here.
        raise NotApplicable("an encrypted file cannot take a plain incremental update")
    if kind == "metadata":
        return _metadata_only(data)
    if kind == "stream-edit":
        return _stream_edit(data, incremental=True)
    if kind == "edit-in-place":
        return _edit_in_place(data)
    if kind == "rewrite":
        return _rewrite(_stream_edit(data, incremental=False))
    if kind == "page-splice":
        return _page_splice(data)
    if kind == "scan-patch":
        return _scan_patch(data, _retype)
    if kind == "scan-paste":
        return _scan_patch(data, _paste)
    if kind == "scan-requality":
        return _scan_patch(data, _retype, quality=EDITOR_QUALITY)
    if kind == "scan-paste-requality":
        return _scan_patch(data, _paste, quality=EDITOR_QUALITY)
    if kind == "scan-text-layer":
        return _scan_text_layer(data if _layout(data).layered else searchable(data))
    figure = next(iter(_layout(data).figures), None)
    if figure is None:
        raise NotApplicable("no figure to change")
    if kind == "incremental":
        return _whiteout_incremental(data, figure)
    if kind == "annotation":
        return _annotation(data, figure)
    if kind in COVERS:
        return _covered_by_annotations(data, figure, kind)
    if kind == "online-editor":
        return _online_editor(_whiteout(data, figure, same_font=False))
    if kind == "missing-glyph":
        return _missing_glyph(data)
    if kind in ("invisible-text", "hidden-layer"):
        return _unseen_figure(data, figure, layer=kind == "hidden-layer")
    return _whiteout(data, figure, same_font=kind == "whiteout-same-font")


def _encrypted(data: bytes) -> bool:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return bool(pdf.is_encrypted)


# ---- finding a figure --------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """What the edits need of a PDF's text, from one pdfplumber parse of each page (that parse is most
    of an edit's time, and every kind of edit of a file asks the same)."""

    figures: tuple[Figure, ...]  # in the order edits try them (see `_figures`)
    digits: Mapping[str, frozenset[str]]  # the digits each font draws in the file
    fonts: frozenset[str]  # the fonts that draw text, without a subset's prefix
    printing: tuple[int, ...]  # the pages that print at least four amounts
    text: tuple[bool, ...]  # each page: whether it draws text
    layered: bool  # a page with text and pictures: a scan's text layer


@functools.lru_cache(maxsize=4)
def _layout(data: bytes) -> Layout:
    figures: list[Figure] = []
    digits: dict[str, set[str]] = defaultdict(set)
    printing: list[int] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):
            figures.extend(_figures(index, page))
            for char in page.chars:
                if char["text"].isdigit():
                    digits[char["fontname"]].add(char["text"])
            if sum(bool(_AMOUNT.match(w["text"])) for w in page.extract_words()) >= 4:
                printing.append(index)
        return Layout(
            figures=tuple(figures),
            digits={font: frozenset(drawn) for font, drawn in digits.items()},
            fonts=frozenset(c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars),
            printing=tuple(printing),
            text=tuple(bool(page.chars) for page in pdf.pages),
            layered=any(page.chars and page.images for page in pdf.pages),
        )


def _figures(index: int, page: Any) -> Iterator[Figure]:
    """Amounts printed in upright text, from the middle of the page's list (a transaction's, not a total)."""
    words = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance=1.5)
    amounts = [w for w in words if _AMOUNT.match(w["text"]) and w.get("upright", True)]
    ordered = amounts[len(amounts) // 2 :] + amounts[: len(amounts) // 2]
    for word in ordered:
        changed = _swap_digits(word["text"])
        if changed is None:
            continue
        chars = [
            c
            for c in page.chars
            if c["x0"] >= word["x0"] - 0.1 and c["x1"] <= word["x1"] + 0.1 and abs(c["top"] - word["top"]) < 1
        ]
        if not chars:
            continue
        yield Figure(
            page=index,
            text=word["text"],
            changed=changed,
            x0=float(word["x0"]),
            top=float(word["top"]),
            x1=float(word["x1"]),
            bottom=float(word["bottom"]),
            baseline=float(chars[0]["matrix"][5]),
            size=float(word["size"]),
            font=str(word["fontname"]),
        )


def _swap_digits(text: str) -> str | None:
    """The figure with its first two different neighbouring digits swapped (only glyphs it already has)."""
    digits = [i for i, c in enumerate(text) if c.isdigit()][1:]  # a leading zero would give it away
    for a, b in pairwise(digits):
        if text[a] != text[b]:
            chars = list(text)
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    return None


# ---- white-out and retype ----------------------------------------------------------------------


def _whiteout(data: bytes, figure: Figure, *, same_font: bool) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[figure.page]
        font = _own_font(page, figure.font) if same_font else None
        if same_font and font is None:
            raise NotApplicable("the figure's font is not a simple font this edit can type in")
        name = font or page.add_resource(_helvetica(), pikepdf.Name.Font, prefix="TF")
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"Q\n" + _patch(page, figure, str(name))))
        out = io.BytesIO()
        pdf.save(out)  # the whole file re-written; Info and XMP kept as they were
        return out.getvalue()


def _whiteout_incremental(data: bytes, figure: Figure) -> bytes:
    """The white-out appended after the original bytes: a new content stream and the page pointing to it."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[figure.page]
        number = int(pdf.trailer.Size)
        resources = pikepdf.Dictionary(_dictionary(page.obj.get("/Resources")))
        fonts = pikepdf.Dictionary(_dictionary(resources.get("/Font")))
        fonts["/TFedit"] = _helvetica()
        resources["/Font"] = fonts
        page.obj["/Resources"] = resources
        contents = page.obj.get("/Contents")
        existing = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
        # The original content may leave its graphics state changed: it goes between q and Q.
        page.obj["/Contents"] = pikepdf.Array(
            [pikepdf.Name("/TAMPERSAVE"), *existing, pikepdf.Name("/TAMPERPATCH")]
        )
        page_dict = (
            page.obj.unparse(resolved=True)
            .replace(b"/TAMPERSAVE", b"%d 0 R" % number)
            .replace(b"/TAMPERPATCH", b"%d 0 R" % (number + 1))
        )
        objects = {
            page.obj.objgen[0]: page_dict,
            number: _stream_object(b"q\n"),
            number + 1: _stream_object(b"Q\n" + _patch(page, figure, "/TFedit")),
        }
        return _append_update(data, pdf, objects, size=number + 2)


def _dictionary(value: Any) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, pikepdf.Dictionary) else {}


def _stream_object(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def _patch(page: Any, figure: Figure, font: str) -> bytes:
    top = float(page.mediabox[3])
    x0, x1 = figure.x0 - 0.5, figure.x1 + 0.5
    y0, y1 = top - figure.bottom - 0.5, top - figure.top + 0.5
    return b"q 1 1 1 rg %.2f %.2f %.2f %.2f re f Q\n" % (x0, y0, x1 - x0, y1 - y0) + _typed(figure, font)


def _typed(figure: Figure, font: str) -> bytes:
    """The changed figure typed at the figure's place and size in `font` (a resource name)."""
    return b"BT 0 0 0 rg %s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n" % (
        font.encode(),
        figure.size,
        figure.x0,
        figure.baseline,
        figure.changed.encode("latin-1"),
    )


def _missing_glyph(data: bytes) -> bytes:
    """A figure whited out and retyped in its own embedded subset font, changed to a digit the subset
    does not hold: that digit typed in Helvetica, as an editor does when the font lacks the glyph."""
    layout = _layout(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for figure in layout.figures:
            missing = sorted(set("0123456789") - layout.digits.get(figure.font, frozenset()))
            page = pdf.pages[figure.page]
            own = _own_font(page, figure.font) if "+" in figure.font and missing else None
            if own is None:
                continue  # not an embedded subset typed in as ASCII, or one that holds every digit
            at = [i for i, c in enumerate(figure.text) if c.isdigit()][1]  # not a leading digit
            changed = figure.text[:at] + missing[0] + figure.text[at + 1 :]
            name = page.add_resource(_helvetica(), pikepdf.Name.Font, prefix="TF")
            top = float(page.mediabox[3])
            box = b"q 1 1 1 rg %.2f %.2f %.2f %.2f re f Q\n" % (
                figure.x0 - 0.5,
                top - figure.bottom - 0.5,
                figure.x1 - figure.x0 + 1,
                figure.bottom - figure.top + 1,
            )
            pieces = ((own, changed[:at]), (str(name), changed[at]), (own, changed[at + 1 :]))
            shown = b" ".join(
                b"%s %.2f Tf (%s) Tj" % (font.encode(), figure.size, text.encode("latin-1"))
                for font, text in pieces
            )
            typed = b"BT 0 0 0 rg 1 0 0 1 %.2f %.2f Tm %s ET\n" % (figure.x0, figure.baseline, shown)
            page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"Q\n" + box + typed))
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    raise NotApplicable("no figure in an embedded subset font that lacks a digit")


def _unseen_figure(data: bytes, figure: Figure, *, layer: bool) -> bytes:
    """The changed figure typed at the figure's place where no viewer draws it: in render mode 3, or
    inside an optional-content group that the document's default configuration leaves off."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[figure.page]
        name = str(page.add_resource(_helvetica(), pikepdf.Name.Font, prefix="TF"))
        typed = _typed(figure, name)
        if layer:
            group = pdf.make_indirect(
                pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Layer 2"))
            )
            # Replaced, not merged, if the file had layers: only the forger's own layer is off then.
            default = pikepdf.Dictionary(Order=[group], OFF=[group])
            pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[group], D=default)
            mark = page.add_resource(group, pikepdf.Name.Properties, prefix="OC")
            typed = b"/OC %s BDC\n" % str(mark).encode() + typed + b"EMC\n"
        else:
            typed = typed.replace(b"BT ", b"BT 3 Tr ", 1)
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"Q\n" + typed))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _helvetica() -> pikepdf.Dictionary:
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )


def _own_font(page: Any, base_font: str) -> str | None:
    """The page's resource name of the figure's font, if it is a simple font typed in as ASCII."""
    fonts = page.obj.get("/Resources", {}).get("/Font", {})
    for name, font in fonts.items():
        if str(font.get("/BaseFont", "")).lstrip("/") == base_font and font.get("/Subtype") in (
            pikepdf.Name.Type1,
            pikepdf.Name.TrueType,
        ):
            return str(name)
    return None


# ---- a text box added as an annotation ------------------------------------------------------------


def _annotation(data: bytes, figure: Figure) -> bytes:
    """A FreeText annotation over the figure, drawn on a white background with the changed figure (as a
    viewer's "add text" tool makes one), the page's content untouched."""

    def note(pdf: Any, rect: Rect) -> list[pikepdf.Dictionary]:
        x0, y0, x1, y1 = rect
        look = _appearance(
            pdf,
            b"1 1 1 rg 0 0 %.2f %.2f re f " % (x1 - x0, y1 - y0) + _typed_on(figure, rect),
            rect,
            Font=pikepdf.Dictionary(Helv=_helvetica()),
        )
        return [
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.FreeText,
                Rect=list(rect),
                Contents=pikepdf.String(figure.changed),
                DA=pikepdf.String(b"/Helv %.2f Tf 0 g" % figure.size),
                C=[1, 1, 1],
                F=4,
                AP=pikepdf.Dictionary(N=look),
            )
        ]

    return _annotated(data, figure, note)


def _covered_by_annotations(data: bytes, figure: Figure, kind: str) -> bytes:
    """The figure hidden under an annotation in the paper's colour or a tint and the changed figure typed
    on it in a text stamp (`kind` says which cover), or a picture of the changed figure pasted over it."""

    def cover(pdf: Any, rect: Rect) -> list[pikepdf.Dictionary]:
        if kind == "annotation-picture":
            return [_picture_stamp(pdf, figure, rect)]
        if kind == "annotation-ink":
            hider = _white_ink(pdf, rect)
        elif kind == "annotation-polygon":
            hider = _white_polygon(pdf, rect)
        elif kind == "annotation-tinted":
            hider = _white_box(pdf, rect, TINT)
        else:
            hider = _white_box(pdf, rect)
        return [hider, _text_stamp(pdf, figure, rect)]

    return _annotated(data, figure, cover)


def _annotated(data: bytes, figure: Figure, make: Callable[[Any, Rect], list[pikepdf.Dictionary]]) -> bytes:
    """The file with the annotations `make` gives for the figure's box (a point wider each way) added to
    its page, the page's content untouched; the whole file re-written, Info and XMP kept as they were."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[figure.page]
        top = float(page.mediabox[3])
        rect = (figure.x0 - 1, top - figure.bottom - 1, figure.x1 + 1, top - figure.top + 1)
        added = [pdf.make_indirect(annotation) for annotation in make(pdf, rect)]
        annots = page.obj.get("/Annots")
        page.obj["/Annots"] = pikepdf.Array([*(annots or []), *added])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _appearance(pdf: Any, content: bytes, rect: Rect, **resources: Any) -> pikepdf.Stream:
    """An annotation's normal appearance: a form the size of its rectangle, drawn from its corner."""
    x0, y0, x1, y1 = rect
    look: pikepdf.Stream = pdf.make_stream(
        content,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, x1 - x0, y1 - y0],
        Resources=pikepdf.Dictionary(**resources),
    )
    return look


def _typed_on(figure: Figure, rect: Rect) -> bytes:
    """The changed figure typed in Helvetica (/Helv) at its place, in an appearance drawn from `rect`."""
    return b"BT 0 0 0 rg /Helv %.2f Tf 1 0 0 1 1 %.2f Tm (%s) Tj ET" % (
        figure.size,
        figure.baseline - rect[1],
        figure.changed.encode("latin-1"),
    )


def _annotation_of(subtype: str, rect: Rect, look: pikepdf.Stream, **entries: Any) -> pikepdf.Dictionary:
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name(subtype),
        Rect=list(rect),
        F=4,
        AP=pikepdf.Dictionary(N=look),
        **entries,
    )


def _white_box(pdf: Any, rect: Rect, colour: tuple[float, float, float] = (1, 1, 1)) -> pikepdf.Dictionary:
    """A rectangle filled white (or `colour`) without a border (a comment tool's rectangle, a site's
    "whiteout")."""
    x0, y0, x1, y1 = rect
    fill = b"%.2f %.2f %.2f rg" % colour
    look = _appearance(pdf, fill + b" 0 0 %.2f %.2f re f" % (x1 - x0, y1 - y0), rect)
    return _annotation_of("/Square", rect, look, C=list(colour), IC=list(colour), BS=pikepdf.Dictionary(W=0))


def _white_ink(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    """A white marker's stroke along the box, as wide as the box is tall, with round ends (freehand ink)."""
    x0, y0, x1, y1 = rect
    width = y1 - y0
    middle = width / 2
    look = _appearance(
        pdf,
        b"1 1 1 RG %.2f w 1 J 1 j %.2f %.2f m %.2f %.2f l S"
        % (width, middle, middle, x1 - x0 - middle, middle),
        rect,
    )
    stroke = [x0 + middle, y0 + middle, x1 - middle, y0 + middle]
    return _annotation_of("/Ink", rect, look, C=[1, 1, 1], BS=pikepdf.Dictionary(W=width), InkList=[stroke])


def _white_polygon(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    """A polygon filled white around the box, its ends pointed a little past it (clicked corner by corner)."""
    x0, y0, x1, y1 = rect
    width, height = x1 - x0, y1 - y0
    outline = [(1, 0), (width - 1, 0), (width, height / 2), (width - 1, height), (1, height), (0, height / 2)]
    path = b" ".join(b"%.2f %.2f %s" % (x, y, b"m" if i == 0 else b"l") for i, (x, y) in enumerate(outline))
    look = _appearance(pdf, b"1 1 1 rg " + path + b" h f", rect)
    vertices = [v for x, y in outline for v in (x0 + x, y0 + y)]
    return _annotation_of("/Polygon", rect, look, C=[1, 1, 1], IC=[1, 1, 1], Vertices=vertices)


def _text_stamp(pdf: Any, figure: Figure, rect: Rect) -> pikepdf.Dictionary:
    """The changed figure as a stamp whose appearance is the typed text, nothing behind it."""
    look = _appearance(pdf, _typed_on(figure, rect), rect, Font=pikepdf.Dictionary(Helv=_helvetica()))
    return _annotation_of("/Stamp", rect, look, Name=pikepdf.Name("/Figure"))


def _picture_stamp(pdf: Any, figure: Figure, rect: Rect) -> pikepdf.Dictionary:
    """A picture of the changed figure typed on white, as a stamp over the box (an "add image" tool)."""
    x0, y0, x1, y1 = rect
    image = Image.new("RGB", (round((x1 - x0) * PICTURE_SCALE), round((y1 - y0) * PICTURE_SCALE)), "white")
    font = ImageFont.load_default(size=round(figure.size * PICTURE_SCALE))
    baseline = (y1 - figure.baseline) * PICTURE_SCALE
    ImageDraw.Draw(image).text(
        (PICTURE_SCALE, baseline), figure.changed, fill="black", font=font, anchor="ls"
    )
    picture = pdf.make_stream(
        zlib.compress(image.tobytes()),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=image.width,
        Height=image.height,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.FlateDecode,
    )
    look = _appearance(
        pdf,
        b"q %.2f 0 0 %.2f 0 0 cm /Im Do Q" % (x1 - x0, y1 - y0),
        rect,
        XObject=pikepdf.Dictionary(Im=picture),
    )
    return _annotation_of("/Stamp", rect, look, Name=pikepdf.Name("/Image"))


# ---- an original that carries harmless annotations -----------------------------------------------


def commented(data: bytes) -> bytes:
    """The original as readers annotate a statement without changing a figure: a link over each figure of
    a page (as an online banking print links its rows), a yellow highlight over one figure, a red box
    round another, a red "RECEIVED" stamp across a third, a sticky note, a blue ink signature and a white
    box in the margins; the whole file re-written, Info and XMP kept. NotApplicable without a figure."""
    figures = _layout(data).figures
    if not figures:
        raise NotApplicable("no figure to annotate")
    number = figures[0].page
    on_page = [f for f in figures if f.page == number]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[number]
        left, bottom, right, top = (float(v) for v in page.mediabox)
        boxes = [(f.x0 - 1, top - f.bottom - 1, f.x1 + 1, top - f.top + 1) for f in on_page]
        notes = [_link(box) for box in boxes]
        notes.append(_highlight(pdf, boxes[0]))
        if len(boxes) > 1:
            notes.append(_red_box(pdf, boxes[1]))
        if len(boxes) > 2:
            notes.append(_received_stamp(pdf, boxes[2]))
        notes.append(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Text,
                Rect=[right - 24, top - 24, right - 6, top - 6],
                Contents=pikepdf.String("Rent paid from this account"),
                Name=pikepdf.Name.Comment,
            )
        )
        notes.append(_signature(pdf, (left + 40, bottom + 2, left + 160, bottom + 14)))
        corner = (left + 1, bottom + 1, left + 13, bottom + 13)
        notes.append(_white_box(pdf, corner))
        annots = page.obj.get("/Annots")
        page.obj["/Annots"] = pikepdf.Array([*(annots or []), *(pdf.make_indirect(n) for n in notes)])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _link(rect: Rect) -> pikepdf.Dictionary:
    action = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://bank.example/tx"))
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=list(rect), Border=[0, 0, 0], A=action
    )


def _highlight(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    x0, y0, x1, y1 = rect
    glaze = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, BM=pikepdf.Name.Multiply)
    look = _appearance(
        pdf, b"/G gs 1 1 0 rg 0 0 %.2f %.2f re f" % (x1 - x0, y1 - y0), rect, ExtGState={"/G": glaze}
    )
    return _annotation_of("/Highlight", rect, look, C=[1, 1, 0], QuadPoints=[x0, y1, x1, y1, x0, y0, x1, y0])


def _red_box(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    x0, y0, x1, y1 = rect
    look = _appearance(pdf, b"1 0 0 RG 1 w 0.5 0.5 %.2f %.2f re S" % (x1 - x0 - 1, y1 - y0 - 1), rect)
    return _annotation_of("/Square", rect, look, C=[1, 0, 0], BS=pikepdf.Dictionary(W=1))


def _received_stamp(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    """A red "RECEIVED" typed across the box, nothing behind it (a stamp tool's)."""
    x0, y0, x1, y1 = rect
    wide = (x0 - 20, y0 - 4, x1 + 20, y1 + 4)
    look = _appearance(
        pdf,
        b"BT 0.8 0 0 rg /Helv 12 Tf 1 0 0 1 2 4 Tm (RECEIVED) Tj ET",
        wide,
        Font=pikepdf.Dictionary(Helv=_helvetica()),
    )
    return _annotation_of("/Stamp", wide, look, Name=pikepdf.Name.Approved)


def _signature(pdf: Any, rect: Rect) -> pikepdf.Dictionary:
    x0, y0 = rect[:2]
    look = _appearance(pdf, b"0 0 0.6 RG 1.2 w 1 J 2 4 m 30 10 l 60 2 l 90 10 l 118 4 l S", rect)
    stroke = [x0 + 2, y0 + 4, x0 + 30, y0 + 10, x0 + 60, y0 + 2, x0 + 90, y0 + 10, x0 + 118, y0 + 4]
    return _annotation_of("/Ink", rect, look, C=[0, 0, 0.6], InkList=[stroke])


# ---- a page of another statement put in -----------------------------------------------------------

SPLICE_FONTS = ("Times-Roman", "Courier", "Helvetica")  # the donor's font: the first the file does not use


def _page_splice(data: bytes) -> bytes:
    """The last page that prints figures replaced by a page of another statement (a table of dates,
    descriptions and amounts, drawn by another generator in a font the file does not use), as a page
    is spliced in to hide the one that was there; the file saved again, Info and XMP kept."""
    layout = _layout(data)
    printing = layout.printing
    if len(printing) < 2:
        raise NotApplicable("fewer than two pages that print figures")
    font = next((f for f in SPLICE_FONTS if f not in layout.fonts), None)
    if font is None:
        raise NotApplicable("the file uses every donor font")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        target = printing[-1]
        width, height = (float(v) for v in pdf.pages[target].mediabox[2:])
        with pikepdf.open(io.BytesIO(_donor_page(width, height, font))) as donor:
            pdf.pages[target] = donor.pages[0]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _donor_page(width: float, height: float, font: str) -> bytes:
    """One page of another statement's transactions, drawn in `font`."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    canvas.setFont(font, 9)
    balance = 2314.70
    for row in range(30):
        y = height - 90 - 14 * row
        amount = 12.35 + 37.1 * (row % 7)
        balance -= amount
        canvas.drawString(50, y, f"{row % 28 + 1:02d}/04/2025")
        canvas.drawString(120, y, f"CARD PAYMENT {row + 100}")
        canvas.drawRightString(width - 140, y, f"{amount:,.2f}")
        canvas.drawRightString(width - 50, y, f"{balance:,.2f}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


# ---- editing the content stream ------------------------------------------------------------------


def _stream_edit(data: bytes, *, incremental: bool) -> bytes:
    """Swap two digits of a figure where the content stream spells it out."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        figure, stream, content, literal = _spelled_out(data, pdf)
        edited = content.replace(literal, b"(" + figure.changed.encode("latin-1") + b")")
        if incremental:
            objects = {stream.objgen[0]: _stream_object(edited)}
            return _append_update(data, pdf, objects, size=int(pdf.trailer.Size))
        stream.write(edited)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _spelled_out(data: bytes, pdf: Any) -> tuple[Figure, pikepdf.Stream, bytes, bytes]:
    """The first figure a content stream of its page spells out once, as a string literal: the figure,
    the stream, its content and the literal."""
    for figure in _layout(data).figures:
        contents: Any = pdf.pages[figure.page].obj.get("/Contents")
        for stream in list(contents) if isinstance(contents, pikepdf.Array) else [contents]:
            if not isinstance(stream, pikepdf.Stream):
                continue
            content = stream.read_bytes()
            literal = b"(" + figure.text.encode("latin-1") + b")"
            if content.count(literal) == 1:
                return figure, stream, content, literal
    raise NotApplicable("no figure spelled out in a content stream")


def _edit_in_place(data: bytes) -> bytes:
    """The figure taken out of its text object and typed again at its place in the editor's font, with no
    box (as a desktop editor's "edit text" tool does); the file re-written with the editor's Producer and
    the day's ModDate in Info, XMP left as it was."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        figure, stream, content, literal = _spelled_out(data, pdf)
        stream.write(content.replace(literal, b"()"))
        page = pdf.pages[figure.page]
        name = page.add_resource(_helvetica(), pikepdf.Name.Font, prefix="TF")
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"Q\n" + _typed(figure, str(name))))
        pdf.docinfo["/Producer"] = DESKTOP_PRODUCER
        pdf.docinfo["/ModDate"] = _later_date(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _online_editor(data: bytes) -> bytes:
    """The file as an online editing site returns it: re-written whole by its library, which names itself
    in Producer and dates the save, drops the XMP packet and starts a new document ID."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/Producer"] = ONLINE_PRODUCER
        pdf.docinfo["/ModDate"] = _later_date(pdf)
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()


def _rewrite(data: bytes) -> bytes:
    """The file re-written by a consumer editor: its Producer, and a ModDate of the day of the edit."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/Producer"] = CONSUMER_PRODUCER
        pdf.docinfo["/ModDate"] = _later_date(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _metadata_only(data: bytes) -> bytes:
    """Only the Info dictionary changes, in an incremental update: the content is untouched."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pikepdf.Dictionary({str(k): v for k, v in pdf.docinfo.items()})
        info["/Producer"] = pikepdf.String(CONSUMER_PRODUCER)
        info["/ModDate"] = pikepdf.String(_later_date(pdf))
        if "/Info" in pdf.trailer and pdf.trailer.Info.is_indirect:
            number, size = pdf.trailer.Info.objgen[0], int(pdf.trailer.Size)
        else:
            number = size = int(pdf.trailer.Size)
        return _append_update(data, pdf, {number: info.unparse()}, size=max(size, number + 1), info=number)


def _later_date(pdf: Any) -> str:
    """A PDF date 90 days after the file's creation (or its modification), else a fixed recent one."""
    raw = str(pdf.docinfo.get("/CreationDate") or pdf.docinfo.get("/ModDate") or "")
    match = re.match(r"D:(\d{8})", raw)
    start = dt.datetime.strptime(match.group(1), "%Y%m%d") if match else dt.datetime(2025, 1, 1)
    return (start + dt.timedelta(days=90)).strftime("D:%Y%m%d120000Z")


def _append_update(
    data: bytes, pdf: Any, objects: dict[int, bytes], size: int, info: int | None = None
) -> bytes:
    """The original bytes, then these objects and a cross-reference section pointing back to the last,
    in the same form as the last (a table, or a stream for files that use cross-reference streams)."""
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    info_number = info
    if info_number is None and "/Info" in pdf.trailer and pdf.trailer.Info.is_indirect:
        info_number = pdf.trailer.Info.objgen[0]
    keys = b"/Root %d 0 R" % pdf.Root.objgen[0] + (b" /Info %d 0 R" % info_number if info_number else b"")
    if "/ID" in pdf.trailer:
        keys += b" /ID " + pdf.trailer.ID.unparse()
    xref = len(out)
    if data[previous : previous + 4] == b"xref":
        size = max(size, max(objects) + 1)
        out += b"xref\n0 1\n0000000000 65535 f \n"
        for number, offset in sorted(offsets.items()):
            out += b"%d 1\n%010d 00000 n \n" % (number, offset)
        out += b"trailer\n<< /Size %d /Prev %d %s >>\n" % (size, previous, keys)
    else:
        stream_number = max(size, max(objects) + 1)
        offsets[stream_number] = xref
        rows = b"".join(
            b"\x01" + offset.to_bytes(4, "big") + b"\x00\x00" for _, offset in sorted(offsets.items())
        )
        index = b" ".join(b"%d 1" % number for number in sorted(offsets))
        out += (
            b"%d 0 obj\n<< /Type /XRef /Size %d /Prev %d /W [1 4 2] /Index [%s] %s /Length %d >>\nstream\n"
            % (
                stream_number,
                stream_number + 1,
                previous,
                index,
                keys,
                len(rows),
            )
        )
        out += rows + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# ---- a patch painted into a scanned page ----------------------------------------------------------


def _scan_patch(data: bytes, edit: Callable[[Image.Image], bool], quality: int | None = None) -> bytes:
    """The first scanned page's JPEG picture with one OCR-found figure changed by `edit` (`_retype`,
    `_paste`), saved again with the picture's own tables (as an image editor keeps them), or at
    `quality` (as one saves at its own setting)."""
    text = _layout(data).text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):
            if text[index]:
                continue  # a picture under text drawn as text is a background, not a scanned page
            pictures = [pikepdf.PdfImage(raw) for raw in _streams(page.get_images().values())]
            if not pictures:
                continue
            picture = max(pictures, key=lambda p: p.width * p.height)
            if picture.width * picture.height < 0.5 * float(page.mediabox[2]) * float(page.mediabox[3]):
                continue  # a logo, not a scan (at least 1 pixel per point for a page)
            if picture.filters != ["/DCTDecode"]:
                continue  # only JPEG pictures are checked for retouches
            with Image.open(io.BytesIO(picture.obj.read_raw_bytes())) as original:
                if not isinstance(original, JpegImageFile) or original.mode not in ("L", "RGB"):
                    continue
                tables = original.quantization
                image = original.copy()
            if not edit(image):
                continue
            out = io.BytesIO()
            if quality is None:
                image.save(out, "JPEG", qtables=tables)
            else:
                image.save(out, "JPEG", quality=quality)
            picture.obj.write(out.getvalue(), filter=pikepdf.Name.DCTDecode)
            saved = io.BytesIO()
            pdf.save(saved)
            return saved.getvalue()
    raise NotApplicable("no scanned page with a JPEG picture and a figure OCR can find")


def _streams(objects: Iterable[Any]) -> list[pikepdf.Stream]:
    return [o for o in objects if isinstance(o, pikepdf.Stream)]


def _ocr_amounts(image: Image.Image) -> list[tuple[str, int, int, int, int]]:
    """The amounts OCR finds in the picture that have two digits to swap: text, left, top, width, height."""
    found = pytesseract.image_to_data(image.convert("L"), output_type=pytesseract.Output.DICT)
    return [
        (text, found["left"][i], found["top"][i], found["width"][i], found["height"][i])
        for i, text in enumerate(found["text"])
        if _AMOUNT.match(text) and _swap_digits(text)
    ]


def _paste(image: Image.Image) -> bool:
    """Another amount of the page copied over the middle one, right-aligned where it was (a figure cut from
    elsewhere in the scan and pasted in its place, as a forger keeps the print's look)."""
    amounts = _ocr_amounts(image)
    if len(amounts) < 2:
        return False
    middle = len(amounts) // 2
    _, left, top, width, height = amounts[middle]
    donors = [a for a in amounts if a[0] != amounts[middle][0]]
    if not donors:
        return False
    _, d_left, d_top, d_width, d_height = donors[0]
    pad = max(2, height // 4)
    _paint_paper(image, (left, top, width, height), pad)
    piece = image.crop((d_left - pad, d_top - pad, d_left + d_width + pad, d_top + d_height + pad))
    image.paste(piece, (left + width - d_width - pad, top - pad))
    return True


def _paint_paper(image: Image.Image, box: tuple[int, int, int, int], pad: int) -> None:
    """Paint over an OCR box (left, top, width, height), `pad` wider each way, in the paper's colour
    around it."""
    left, top, width, height = box
    pixels = np.asarray(image.convert("L"))
    paper = int(np.percentile(pixels[max(0, top - height) : top + 2 * height, left : left + width], 90))
    fill: Any = (paper,) * len(image.getbands()) if len(image.getbands()) > 1 else paper
    ImageDraw.Draw(image).rectangle(
        (left - pad, top - pad, left + width + pad, top + height + pad), fill=fill
    )


def _retype(image: Image.Image) -> bool:
    """Paint over the middle amount OCR finds (in the paper's colour) and type the changed figure."""
    boxes = _ocr_amounts(image)
    if not boxes:
        return False
    text, left, top, width, height = boxes[len(boxes) // 2]
    _paint_paper(image, (left, top, width, height), max(2, height // 3))
    ink: Any = (20,) * len(image.getbands()) if len(image.getbands()) > 1 else 20
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(8, int(height * 1.3)))
    draw.text((left, top - height // 6), _swap_digits(text) or text, fill=ink, font=font)
    return True


# ---- a figure changed in a scan's text layer ------------------------------------------------------


@functools.lru_cache(maxsize=2)  # the report's searchable copy of a scan, and its scan-text-layer edit
def searchable(data: bytes) -> bytes:
    """A scanned PDF made searchable the way OCR tools do it: each page's picture with Tesseract's
    invisible text layer over it (NotApplicable for a file whose pages are not single pictures)."""
    merged = pikepdf.new()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            pictures = _streams(page.get_images().values())
            if len(pictures) != 1:
                raise NotApplicable("not a scan: a page is not one picture")
            try:
                image = pikepdf.PdfImage(pictures[0]).as_pil_image()
            except (pikepdf.PdfError, NotImplementedError) as e:
                raise NotApplicable("a picture this edit does not decode") from e
            dpi = round(image.width / (float(page.mediabox[2]) / 72))
            image.info["dpi"] = (dpi, dpi)
            single = pytesseract.image_to_pdf_or_hocr(image, extension="pdf", config=f"--dpi {dpi}")
            with pikepdf.open(io.BytesIO(single)) as one:
                merged.pages.extend(one.pages)
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def _scan_text_layer(data: bytes) -> bytes:
    """The middle amount of the first page that has one, changed in the (UTF-16 hex) text layer."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for figure in _layout(data).figures:
            page = pdf.pages[figure.page]
            contents: Any = page.obj.get("/Contents")
            for stream in list(contents) if isinstance(contents, pikepdf.Array) else [contents]:
                content = stream.read_bytes()
                for space in ("", " "):  # Tesseract ends each word with a space
                    old = b"<" + (figure.text + space).encode("utf-16-be").hex().upper().encode() + b">"
                    if content.count(old) != 1:
                        continue
                    new = b"<" + (figure.changed + space).encode("utf-16-be").hex().upper().encode() + b">"
                    stream.write(content.replace(old, new))
                    out = io.BytesIO()
                    pdf.save(out)
                    return out.getvalue()
    raise NotApplicable("no figure of a text layer spelled out as Tesseract writes it")


# ---- the report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    authenticity: Authenticity | None  # None: rejected
    reader_s: float  # the reader's own time on the text pages
    assess_s: float  # authenticity's time on them
    text_pages: int


def read(data: bytes, name: str, *, timed: bool = False) -> Outcome:
    """The file through the pipeline's reader and validation; `timed`: authenticity's cost measured
    apart on a second reading (text files only)."""
    limits = Settings().limits
    try:
        upload = inspect_upload(limits, data)
        extraction = read_file(limits, data, upload.content_type)
    except FileRejected:
        return Outcome(None, 0.0, 0.0, 0)
    judged = judge(extraction.signals)
    validated = validate(dt.date.today(), [FileStatements(name, extraction.statements, authenticity=judged)])
    if not timed or extraction.method is not ExtractionMethod.TEXT:
        return Outcome(validated.authenticity[name], 0.0, 0.0, 0)
    return Outcome(validated.authenticity[name], *_timing(limits, data, upload.content_type))


def _timing(limits: Any, data: bytes, content_type: str) -> tuple[float, float, int]:
    if content_type != PDF:
        return 0.0, 0.0, 0
    content = ContentReader(data)
    spent = 0.0

    def timed(page: Any, textpage: Any, words: Any, objects: Any) -> None:
        nonlocal spent
        started = time.process_time()
        content.page(page, textpage, words, objects)
        spent += time.process_time() - started

    started = time.process_time()
    pages = list(read_pages(limits, data, content_type, on_pdf_page=timed))
    total = time.process_time() - started
    started = time.process_time()
    assess(data, content_type, content.finish())
    return total - spent, spent + time.process_time() - started, len(pages)


def report(paths: list[Path], kinds: tuple[str, ...], out: Callable[[str], None]) -> dict[str, Counter[str]]:
    """Verdict counts for the originals, their commented copies (which must read as the original does)
    and each kind of edited copy; prints a table and the cost."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    reader_s = assess_s = 0.0
    pages = 0
    files, folded = distinct([(path, path.read_bytes()) for path in paths])
    for dropped, kept in folded:
        out(f"{_shown(dropped)}: the same bytes as {_shown(kept)}, counted once as it")
    if folded:
        out(f"{len(folded)} duplicate files folded (sha256 of the bytes), the first name of each kept")
    for path, data in list(files):
        if "scan" in path.parent.name and not _layout(data).layered:
            files.append((path.with_name(f"{path.stem}.searchable.pdf"), searchable(data)))
    for path, data in files:
        original = read(data, path.name, timed=True)
        if original.authenticity is None:
            continue  # rejected (protected, unreadable): nothing to judge
        counts["original"][original.authenticity.verdict] += 1
        reader_s, assess_s, pages = (
            reader_s + original.reader_s,
            assess_s + original.assess_s,
            pages + original.text_pages,
        )
        missed = (
            []
            if original.authenticity.verdict is Verdict.CLEAN
            else [f"original {original.authenticity.verdict}"]
        )
        for kind in (COMMENTED, *kinds):
            try:
                copy = commented(data) if kind == COMMENTED else tamper(data, kind)
            except NotApplicable:
                counts[kind]["n/a"] += 1
                continue
            outcome = read(copy, path.name)
            verdict = outcome.authenticity.verdict if outcome.authenticity else "REJECTED"
            counts[kind][verdict] += 1
            if verdict != (original.authenticity.verdict if kind == COMMENTED else Verdict.SUSPECT):
                missed.append(f"{kind} {verdict}")
        out(f"{_shown(path)}: {'; '.join(missed) or 'as expected'}")
    out("")
    out(f"{'files':22} {'n':>3} {'CLEAN':>6} {'REVIEW':>7} {'SUSPECT':>8} {'n/a':>4}")
    for kind in ("original", COMMENTED, *kinds):
        c = counts[kind]
        n = sum(v for k, v in c.items() if k != "n/a")
        row = [f"{c[v] / n:.0%}" if n else "-" for v in (Verdict.CLEAN, Verdict.REVIEW, Verdict.SUSPECT)]
        out(f"{kind:22} {n:>3} {row[0]:>6} {row[1]:>7} {row[2]:>8} {c['n/a']:>4}")
    if pages:
        out("")
        out(
            f"cost on {pages} text pages: reader {1000 * reader_s / pages:.1f} ms/page, "
            f"authenticity {1000 * assess_s / pages:.1f} ms/page ({assess_s / reader_s:.1%} of the reader)"
        )
    return counts


def distinct(files: list[tuple[Path, bytes]]) -> tuple[list[tuple[Path, bytes]], list[tuple[Path, Path]]]:
    """Each file once by its content (sha256 of the bytes), under the first name it comes with, and the
    names folded into it (dropped, kept): the vendored real statements are copies of external ones."""
    kept: dict[str, Path] = {}
    unique: list[tuple[Path, bytes]] = []
    folded: list[tuple[Path, Path]] = []
    for path, data in files:
        digest = hashlib.sha256(data).hexdigest()
        if digest in kept:
            folded.append((path, kept[digest]))
        else:
            kept[digest] = path
            unique.append((path, data))
    return unique, folded


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.tamper", description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="verdict rates on originals and edited copies")
    parser.add_argument(
        "--external", action="store_true", help="also the real statements beside the checkout"
    )
    parser.add_argument("--kind", choices=KINDS, help="write one edited copy of FILE to OUT")
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.report:
        paths = originals() + (sorted(EXTERNAL.rglob("*.pdf")) if args.external else [])
        report(paths, KINDS, print)
        return 0
    if args.kind and args.file and args.out:
        args.out.write_bytes(tamper(args.file.read_bytes(), args.kind))
        return 0
    parser.print_usage(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
