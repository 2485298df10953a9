"""Annotations laid over a statement's figures: a cover in the paper's colour (a filled rectangle, ellipse
or polygon, white marker strokes, a stamp), a box filled in any other opaque colour, or a picture hides a
figure, and text or a picture laid on it retypes it (SUSPECT); alone it is a redaction (a weak sign).
Highlights (a fill that multiplies with the page), rings and marker strokes in a colour, thin lines,
hidden ones and transparent pictures hide nothing."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from ingest.authenticity import judge
from ingest.codes import Severity, SignalCode, Verdict
from tests.unit.authenticity.pdfs import AMOUNTS, RIGHT, content_signals, pdf, row_y, table

ROW = 2  # the figure covered: the third amount of the table
Rect = tuple[float, float, float, float]


def _figure_box(row: int = ROW) -> Rect:
    """The box of the figure of `row` (Helvetica 9, right-aligned at RIGHT), a point wider each way."""
    width = stringWidth(AMOUNTS[row], "Helvetica", 9)
    return RIGHT - width - 1, row_y(row) - 3, RIGHT + 1, row_y(row) + 8


Make = Callable[[pikepdf.Pdf], dict[str, Any]]  # an annotation's entries, made in the document


def _annotated(*annotations: Make) -> bytes:
    """The table with these annotations on its page, in this order."""
    with pikepdf.open(io.BytesIO(pdf(table))) as document:
        made = [
            document.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, **make(document)))
            for make in annotations
        ]
        document.pages[0].obj["/Annots"] = pikepdf.Array(made)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def _look(document: pikepdf.Pdf, content: bytes, **resources: Any) -> pikepdf.Dictionary:
    """An appearance the size of the figure's box, drawn from its corner."""
    width, height = _size()
    stream = document.make_stream(
        content,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, width, height],
        Resources=pikepdf.Dictionary(**resources),
    )
    return pikepdf.Dictionary(N=stream)


def _picture(document: pikepdf.Pdf, *, transparent: bool) -> pikepdf.Stream:
    """A white picture; `transparent`: with a mask that shows only a stroke across it (a signature's)."""
    image = Image.new("RGB", (160, 44), "white")
    stream = document.make_stream(
        zlib.compress(image.tobytes()),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=image.width,
        Height=image.height,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.FlateDecode,
    )
    if transparent:
        mask = Image.new("L", image.size, 0)
        mask.paste(255, (0, 20, 160, 24))
        stream.SMask = document.make_stream(
            zlib.compress(mask.tobytes()),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=mask.width,
            Height=mask.height,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
        )
    return stream


def _size() -> tuple[float, float]:
    x0, y0, x1, y1 = _figure_box()
    return x1 - x0, y1 - y0


def _filled(colour: bytes = b"1 1 1") -> bytes:
    width, height = _size()
    return colour + b" rg 0 0 %.2f %.2f re f" % (width, height)


def _box(colour: bytes = b"1 1 1", flags: int = 4, opacity: float = 1.0) -> Make:
    """A rectangle filled in `colour` over the figure (a comment tool's rectangle, a site's white-out),
    drawn at `opacity` (the annotation's CA, which viewers apply to its whole appearance)."""
    return lambda document: {
        "Subtype": pikepdf.Name.Square,
        "Rect": list(_figure_box()),
        "F": flags,
        "CA": opacity,
        "AP": _look(document, _filled(colour)),
    }


def _shape_without_appearance(subtype: str, interior: list[float]) -> Make:
    """A shape with no appearance of its own: viewers fill it with its interior colour."""
    return lambda document: {"Subtype": pikepdf.Name(subtype), "Rect": list(_figure_box()), "IC": interior}


def _white_polygon(document: pikepdf.Pdf) -> dict[str, Any]:
    width, height = _size()
    look = b"1 1 1 rg 0 0 m %.2f 0 l %.2f %.2f l 0 %.2f l h f" % (width, width, height, height)
    return {"Subtype": pikepdf.Name.Polygon, "Rect": list(_figure_box()), "AP": _look(document, look)}


def _ink(width: float, colour: bytes = b"1 1 1") -> Make:
    """A marker's stroke along the figure, `width` points wide."""
    length, height = _size()
    look = colour + b" RG %.2f w 1 J 0 %.2f m %.2f %.2f l S" % (width, height / 2, length, height / 2)
    return lambda document: {
        "Subtype": pikepdf.Name.Ink,
        "Rect": list(_figure_box()),
        "AP": _look(document, look),
    }


def _paper_stamp(document: pikepdf.Pdf) -> dict[str, Any]:
    look = _look(document, _filled(b"0.98 0.98 0.96"))  # an off-white paper
    return {"Subtype": pikepdf.Name.Stamp, "Rect": list(_figure_box()), "AP": look}


def _text_stamp(document: pikepdf.Pdf) -> dict[str, Any]:
    """The changed figure typed in a stamp, nothing behind it."""
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    look = _look(
        document,
        b"BT 0 g /Helv 9 Tf 1 0 0 1 1 3 Tm (2,540.00) Tj ET",
        Font=pikepdf.Dictionary(Helv=helvetica),
    )
    return {"Subtype": pikepdf.Name.Stamp, "Rect": list(_figure_box()), "AP": look}


def _picture_stamp(*, transparent: bool = False) -> Make:
    """A picture pasted over the figure (a viewer's "add image")."""
    width, height = _size()

    def make(document: pikepdf.Pdf) -> dict[str, Any]:
        picture = _picture(document, transparent=transparent)
        look = _look(
            document,
            b"q %.2f 0 0 %.2f 0 0 cm /Im Do Q" % (width, height),
            XObject=pikepdf.Dictionary(Im=picture),
        )
        return {"Subtype": pikepdf.Name.Stamp, "Rect": list(_figure_box()), "AP": look}

    return make


def _found(data: bytes) -> list[tuple[SignalCode, Severity]]:
    return [(s.code, s.severity) for s in content_signals(data)]


COVERS: dict[str, Make] = {
    "white-box": _box(),
    "white-ellipse-without-appearance": _shape_without_appearance("/Circle", [1, 1, 1]),
    "white-polygon": _white_polygon,
    "white-marker": _ink(width=10),
    "paper-coloured-stamp": _paper_stamp,
}


@pytest.mark.parametrize("cover", sorted(COVERS))
def test_a_figure_hidden_under_a_paper_coloured_annotation_and_retyped_in_a_stamp_is_covered_text(
    cover: str,
) -> None:
    data = _annotated(COVERS[cover], _text_stamp)

    signals = content_signals(data)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert "annotation" in signals[0].message
    assert judge(signals).verdict is Verdict.SUSPECT


def _tinted_stamp(document: pikepdf.Pdf) -> dict[str, Any]:
    """A stamp whose own appearance is a box in a pale tint with the changed figure typed on it."""
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    retype = b" BT 0 g /Helv 9 Tf 1 0 0 1 1 3 Tm (2,540.00) Tj ET"
    look = _look(document, _filled(b"0.93 0.93 0.8") + retype, Font=pikepdf.Dictionary(Helv=helvetica))
    return {"Subtype": pikepdf.Name.Stamp, "Rect": list(_figure_box()), "AP": look}


# Opaque covers in colours that are not the paper's: they hide the figure as a white one does.
TINTED: dict[str, list[Make]] = {
    "light-grey-box": [_box(b"0.8 0.8 0.8"), _text_stamp],
    "pale-yellow-box": [_box(b"1 1 0.8"), _text_stamp],
    "logo-blue-box": [_box(b"0 0.2 0.6"), _text_stamp],
    "pale-green-ellipse-without-appearance": [
        _shape_without_appearance("/Circle", [0.8, 0.95, 0.8]),
        _text_stamp,
    ],
    "stamp-tinted-behind-its-own-figure": [_tinted_stamp],
}


@pytest.mark.parametrize("cover", sorted(TINTED))
def test_a_figure_hidden_under_an_annotation_in_any_opaque_colour_and_retyped_is_covered_text(
    cover: str,
) -> None:
    signals = content_signals(_annotated(*TINTED[cover]))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert "colour" in signals[0].message
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_tinted_cover_whose_drawing_cannot_be_seen_is_taken_as_opaque(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its fill says it is opaque: when the page cannot be drawn to see the digits' ink, the cover hides.
    data = _annotated(*TINTED["light-grey-box"])

    def undrawable(*args: object, **kwargs: object) -> object:
        raise pdfium.PdfiumError("the page cannot be drawn")

    monkeypatch.setattr("ingest.authenticity.annotations._pixels", undrawable)

    assert _found(data) == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def test_a_grey_box_with_nothing_over_it_is_a_redaction_and_the_file_stays_clean() -> None:
    signals = content_signals(_annotated(_box(b"0.8 0.8 0.8")))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


def _highlight(document: pikepdf.Pdf) -> dict[str, Any]:
    """A highlighter's yellow over the figure, multiplied with the page (the figure shows through)."""
    glaze = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, BM=pikepdf.Name.Multiply)
    x0, y0, x1, y1 = _figure_box()
    return {
        "Subtype": pikepdf.Name.Highlight,
        "Rect": [x0, y0, x1, y1],
        "QuadPoints": [x0, y1, x1, y1, x0, y0, x1, y0],
        "AP": _look(document, b"/G gs " + _filled(b"1 1 0"), ExtGState=pikepdf.Dictionary(G=glaze)),
    }


def _half_opaque_box(document: pikepdf.Pdf) -> dict[str, Any]:
    """A grey box filled half opaque (its graphics state's fill alpha): the figure shows through."""
    glaze = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.5)
    look = _look(document, b"/G gs " + _filled(b"0.8 0.8 0.8"), ExtGState=pikepdf.Dictionary(G=glaze))
    return {"Subtype": pikepdf.Name.Square, "Rect": list(_figure_box()), "AP": look}


def _ring(document: pikepdf.Pdf) -> dict[str, Any]:
    """A red ring round the figure, nothing filled inside it."""
    width, height = _size()
    look = b"1 0 0 RG 1 w 0.5 0.5 %.2f %.2f re S" % (width - 1, height - 1)
    return {"Subtype": pikepdf.Name.Square, "Rect": list(_figure_box()), "AP": _look(document, look)}


def _whited_out_and_retyped(subtype: str, **entries: Any) -> Make:
    """An annotation of `subtype` whose appearance whites out the figure and types another on it: what
    viewers draw is an annotation's appearance, whatever its kind."""

    def make(document: pikepdf.Pdf) -> dict[str, Any]:
        helvetica = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        retype = b" BT 0 g /Helv 9 Tf 1 0 0 1 1 3 Tm (2,540.00) Tj ET"
        look = _look(document, _filled() + retype, Font=pikepdf.Dictionary(Helv=helvetica))
        return {"Subtype": pikepdf.Name(subtype), "Rect": list(_figure_box()), "AP": look, **entries}

    return make


@pytest.mark.parametrize(
    ("subtype", "entries"),
    [
        ("/Line", {"L": [0, 0, 1, 1]}),
        ("/Underline", {"QuadPoints": [0, 1, 1, 1, 0, 0, 1, 0]}),
        ("/Redact", {}),
        ("/Text", {}),
        ("/Caret", {}),
        pytest.param(
            "/Widget",
            {"FT": pikepdf.Name.Tx, "T": pikepdf.String("amount")},  # a form's text field, in no form
            marks=pytest.mark.filterwarnings("ignore:.*form widget annotation"),
        ),
    ],
)
def test_a_figure_whited_out_and_retyped_in_any_kind_of_annotation_is_covered_text(
    subtype: str, entries: dict[str, Any]
) -> None:
    signals = content_signals(_annotated(_whited_out_and_retyped(subtype, **entries)))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert subtype[1:] in signals[0].evidence
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_white_box_under_a_text_box_is_one_finding() -> None:
    def text_box(document: pikepdf.Pdf) -> dict[str, Any]:
        return {
            "Subtype": pikepdf.Name.FreeText,
            "Rect": list(_figure_box()),
            "DA": pikepdf.String("/Helv 9 Tf 0 g"),
            "Contents": pikepdf.String("2,540.00"),
        }

    assert _found(_annotated(_box(), text_box)) == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def test_a_text_box_whose_intent_is_half_a_utf16_pair_is_still_covered_text() -> None:
    # The intent (IT) is read to tell a callout; text that decodes to no character must not end the
    # page's checks, and with them the finding.
    def text_box(document: pikepdf.Pdf) -> dict[str, Any]:
        return {
            "Subtype": pikepdf.Name.FreeText,
            "IT": pikepdf.String(b"\xfe\xff\xd8\x00"),  # UTF-16BE: a high surrogate alone
            "Rect": list(_figure_box()),
            "DA": pikepdf.String("/Helv 9 Tf 0 g"),
            "Contents": pikepdf.String("2,540.00"),
        }

    signals = content_signals(_annotated(text_box))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_picture_pasted_over_a_figure_is_covered_text() -> None:
    assert _found(_annotated(_picture_stamp())) == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def test_a_white_box_with_nothing_over_it_is_a_redaction_and_the_file_stays_clean() -> None:
    signals = content_signals(_annotated(_box()))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_stamp_drawn_before_the_white_box_is_under_it_not_a_retype() -> None:
    assert _found(_annotated(_text_stamp, _box())) == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]


@pytest.mark.parametrize(
    "annotation",
    [
        pytest.param(_highlight, id="yellow-highlight"),
        pytest.param(_ring, id="red-ring"),
        pytest.param(_half_opaque_box, id="half-opaque-grey-box"),
        pytest.param(_ink(width=10, colour=b"0.8 0 0"), id="red-marker"),
        pytest.param(_ink(width=0.5), id="thin-white-line"),
        pytest.param(_picture_stamp(transparent=True), id="signature-picture"),
        pytest.param(_box(flags=2), id="hidden-white-box"),
        pytest.param(_box(opacity=0.3), id="translucent-white-box"),
    ],
)
def test_annotations_that_hide_nothing_give_no_signal_with_a_stamp_over_them(annotation: Make) -> None:
    assert _found(_annotated(annotation, _text_stamp)) == []


def _callout(text_box: Rect, leader_end: tuple[float, float], look: bytes = b"", **resources: Any) -> Make:
    """A callout comment (FreeText with IT FreeTextCallout): its text box at `text_box`, its leader
    line from the box to `leader_end`; its Rect spans both, and its RD says how far inside the Rect the
    box lies (left, top, right, bottom). `look`: its appearance's content, drawn in its Rect from its
    corner, with these resources."""
    x0, y0 = min(text_box[0], leader_end[0]), min(text_box[1], leader_end[1])
    x1, y1 = max(text_box[2], leader_end[0]), max(text_box[3], leader_end[1])
    differences = [text_box[0] - x0, y1 - text_box[3], x1 - text_box[2], text_box[1] - y0]

    def make(document: pikepdf.Pdf) -> dict[str, Any]:
        entries = {
            "Subtype": pikepdf.Name.FreeText,
            "IT": pikepdf.Name.FreeTextCallout,
            "Rect": [x0, y0, x1, y1],
            "RD": differences,
            "CL": [leader_end[0], leader_end[1], text_box[0], (text_box[1] + text_box[3]) / 2],
            "DA": pikepdf.String("/Helv 9 Tf 0 g"),
            "Contents": pikepdf.String("see this figure"),
        }
        if look:
            stream = document.make_stream(
                look,
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form,
                BBox=[0, 0, x1 - x0, y1 - y0],
                Resources=pikepdf.Dictionary(**resources),
            )
            entries["AP"] = pikepdf.Dictionary(N=stream)
        return entries

    return make


def test_a_callout_in_the_margin_pointing_at_a_figure_is_not_covered_text() -> None:
    figure = _figure_box()
    in_the_margin = (RIGHT + 20, figure[1] + 30, RIGHT + 100, figure[3] + 50)
    leader_end = ((figure[0] + figure[2]) / 2, (figure[1] + figure[3]) / 2)  # on the figure

    signals = content_signals(_annotated(_callout(in_the_margin, leader_end)))

    assert SignalCode.COVERED_TEXT not in [s.code for s in signals]
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_callout_whose_drawing_cannot_be_seen_is_judged_by_its_whole_rect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its RD is the file's own word: when what it paints over the figure cannot be drawn to be seen,
    # the figure its Rect reaches is taken as written over.
    figure = _figure_box()
    in_the_margin = (RIGHT + 20, figure[1] + 30, RIGHT + 100, figure[3] + 50)
    leader_end = ((figure[0] + figure[2]) / 2, (figure[1] + figure[3]) / 2)
    data = _annotated(_callout(in_the_margin, leader_end))

    def undrawable(*args: object, **kwargs: object) -> object:
        raise pdfium.PdfiumError("the page cannot be drawn")

    monkeypatch.setattr("ingest.authenticity.annotations._pixels", undrawable)

    assert _found(data) == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def _with_page(data: bytes, **entries: Any) -> bytes:
    """The file with these entries set on its page (its MediaBox, its Rotate)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        for key, value in entries.items():
            document.pages[0].obj[f"/{key}"] = value
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


PAGES: dict[str, dict[str, Any]] = {
    # 200 inches square, the largest a PDF may have: the whole page drawn to see a callout's figures
    # would take gigabytes; only the part round them is drawn.
    "largest": {"MediaBox": [0, 0, 14400, 14400]},
    "offset": {"MediaBox": [100, -50, 712, 742]},
    **{f"turned-{degrees}": {"Rotate": degrees} for degrees in (90, 180, 270)},
}


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_callout_is_judged_by_its_drawing_whatever_the_pages_size_or_turn(shape: str) -> None:
    figure = _figure_box()
    in_the_margin = (RIGHT + 20, figure[1] + 30, RIGHT + 100, figure[3] + 50)
    pointing = _callout(in_the_margin, ((figure[0] + figure[2]) / 2, (figure[1] + figure[3]) / 2))

    harmless = content_signals(_with_page(_annotated(pointing), **PAGES[shape]))
    forged = content_signals(_with_page(_annotated(_whiting_out()), **PAGES[shape]))

    assert SignalCode.COVERED_TEXT not in [s.code for s in harmless]
    assert [(s.code, s.severity) for s in forged] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def _whiting_out(typing: bytes = b"") -> Make:
    """A callout whose RD states a text box in the margin, but whose appearance, which viewers draw
    across its whole Rect, is a white box over the figure with another figure typed on it (the glyphs
    drawn after the `typing` operators)."""
    figure = _figure_box()
    in_the_margin = (RIGHT + 20, figure[1] + 30, RIGHT + 100, figure[3] + 50)
    leader_end = (figure[0] - 2, figure[1] - 2)  # its Rect reaches past the figure
    x, y = figure[0] - leader_end[0], figure[1] - leader_end[1]  # the figure's corner in the Rect
    width, height = _size()
    look = b"1 1 1 rg %.2f %.2f %.2f %.2f re f BT 0 g %s /Helv 9 Tf 1 0 0 1 %.2f %.2f Tm (2,540.00) Tj ET" % (
        x,
        y,
        width,
        height,
        typing,
        x + 1,
        y + 3,
    )
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    return _callout(in_the_margin, leader_end, look, Font=pikepdf.Dictionary(Helv=helvetica))


@pytest.mark.parametrize(
    "typing",
    [
        pytest.param(b"", id="retyped"),
        # Glyphs filled and stroked 1.2 points wide: the new ink lands on most of the old digits' boxes.
        pytest.param(b"0 G 2 Tr 1.2 w", id="retyped-in-thickened-glyphs"),
    ],
)
def test_a_callout_whose_appearance_whites_out_a_figure_away_from_its_stated_box_is_covered_text(
    typing: bytes,
) -> None:
    signals = content_signals(_annotated(_whiting_out(typing)))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_callout_drawn_in_the_margin_with_its_arrow_on_a_figure_is_not_covered_text() -> None:
    # What a viewer's callout tool draws: a white text box with a border and its text in the margin,
    # and a black leader line ending in a filled arrowhead on the figure.
    figure = _figure_box()
    in_the_margin = (RIGHT + 20, figure[1] + 30, RIGHT + 100, figure[3] + 50)
    leader_end = ((figure[0] + figure[2]) / 2, (figure[1] + figure[3]) / 2)
    x0, y0 = leader_end[0], leader_end[1]  # the Rect's corner: the leader line's end
    box = (in_the_margin[0] - x0, in_the_margin[1] - y0, in_the_margin[2] - x0, in_the_margin[3] - y0)
    look = (
        b"1 1 1 rg 0 g 1 w %.2f %.2f %.2f %.2f re b "
        b"BT /Helv 9 Tf %.2f %.2f Td (see this figure) Tj ET "
        b"0 0 m %.2f %.2f l S 0 0 m 6 2 l 2 6 l f"
    ) % (box[0], box[1], box[2] - box[0], box[3] - box[1], box[0] + 3, box[1] + 5, box[0], box[1])
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )

    signals = content_signals(
        _annotated(_callout(in_the_margin, leader_end, look, Font=pikepdf.Dictionary(Helv=helvetica)))
    )

    assert SignalCode.COVERED_TEXT not in [s.code for s in signals]
    assert judge(signals).verdict is Verdict.CLEAN


def _openings(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What pikepdf is asked to open from now on."""
    opened: list[object] = []
    real_open = pikepdf.open

    def counted_open(source: Any, *args: Any, **kwargs: Any) -> pikepdf.Pdf:
        opened.append(source)
        return real_open(source, *args, **kwargs)

    monkeypatch.setattr(pikepdf, "open", counted_open)
    return opened


def _link(rect: Rect) -> Make:
    """A link over a figure, as an online banking print links its rows."""
    return lambda document: {"Subtype": pikepdf.Name.Link, "Rect": list(rect), "Border": [0, 0, 0]}


def test_a_pages_callouts_read_their_boxes_from_one_opening_of_the_file_each_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Links first, so that a callout's place among the page's Annots is not its place among the callouts:
    # one callout points at a figure from the margin, the other's text box lies over another figure.
    pointing, covering = _figure_box(), _figure_box(ROW + 2)
    in_the_margin = (RIGHT + 20, pointing[1] + 30, RIGHT + 100, pointing[3] + 50)
    white = b"1 1 1 rg 0 0 %.2f %.2f re f" % (covering[2] - covering[0], covering[3] - covering[1])
    retyped = white + b" BT 0 g /Helv 9 Tf 1 0 0 1 1 3 Tm (9,999.99) Tj ET"
    helvetica = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    data = _annotated(
        _link(pointing),
        _link(covering),
        _callout(in_the_margin, ((pointing[0] + pointing[2]) / 2, (pointing[1] + pointing[3]) / 2)),
        _callout(covering, (RIGHT + 100, covering[3] + 60), retyped, Font=pikepdf.Dictionary(Helv=helvetica)),
    )
    digits = sum(map(str.isdigit, AMOUNTS[ROW + 2]))
    openings = _openings(monkeypatch)

    signals = content_signals(data)

    assert len(openings) == 1
    assert [(s.code, s.evidence.split(" in ")[0]) for s in signals] == [
        (SignalCode.COVERED_TEXT, f"FreeText annotation over {digits} digits")
    ]


def test_a_page_without_a_callout_does_not_open_the_file_again(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _annotated(_box(), _text_stamp)
    openings = _openings(monkeypatch)

    assert _found(data) == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert openings == []


def _stamp(
    rect: Rect,
    words: bytes,
    *,
    fill: bytes = b"0.85 0.95 0.85",
    at: tuple[float, float] = (6, 4),
    size: float = 12,
) -> Make:
    """A comment tool's stamp over `rect`: a box filled in `fill` with `words` typed on it in Helvetica
    `size` at `at` (from the stamp's corner), a border round it, as viewers' "Approved" or "Received"
    stamps draw."""
    width, height = rect[2] - rect[0], rect[3] - rect[1]

    def make(document: pikepdf.Pdf) -> dict[str, Any]:
        helvetica = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        look = (
            b"%s rg 0 0.5 0 RG 2 w 1 1 %.2f %.2f re b BT 0 0.5 0 rg /Helv %.2f Tf %.2f %.2f Td (%s) Tj ET"
            % (
                fill,
                width - 2,
                height - 2,
                size,
                at[0],
                at[1],
                words,
            )
        )
        stream = document.make_stream(
            look,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, width, height],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helvetica)),
        )
        return {"Subtype": pikepdf.Name.Stamp, "Rect": list(rect), "AP": pikepdf.Dictionary(N=stream)}

    return make


def _over_the_figure(width: float = 110, height: float = 26) -> Rect:
    """A stamp's place: across the figure, from under its line, reaching past its end."""
    _, y0, x1, _ = _figure_box()
    return x1 - width + 10, y0 - 8, x1 + 10, y0 - 8 + height


@pytest.mark.parametrize(
    "annotations",
    [
        pytest.param([_stamp(_over_the_figure(), b"RECEIVED")], id="tinted-stamp-with-a-word"),
        pytest.param(
            [_stamp(_over_the_figure(), b"APPROVED", fill=b"1 1 1")], id="paper-coloured-stamp-with-a-word"
        ),
        pytest.param(
            [_stamp(_over_the_figure(130, 23), b"RECEIVED 07.12.2026", at=(6, 2), size=7)],
            id="stamp-with-a-date-under-the-figures-line",
        ),
        pytest.param(
            [_stamp(_over_the_figure(180, 23), b"SEEN 07.12.2026", at=(6, 8), size=9)],
            id="stamp-with-a-date-on-the-figures-line-beside-it",
        ),
        pytest.param(
            [_box(b"1 1 0.6"), _stamp(_over_the_figure(), b"SEEN", fill=b"1 1 1")], id="note-under-a-stamp"
        ),
    ],
)
def test_a_stamp_of_words_laid_over_a_figure_is_no_retype(annotations: list[Make]) -> None:
    # A stamp hides what lies under it, but writes no figure where it hides one: a figure taken out of
    # view changes no figure (the balances tell one taken out), as a publisher's redaction does.
    signals = content_signals(_annotated(*annotations))

    assert SignalCode.COVERED_TEXT not in [s.code for s in signals]
    assert (SignalCode.HIDDEN_TEXT, Severity.LOW) in [(s.code, s.severity) for s in signals]
    assert judge(signals).verdict is Verdict.CLEAN


def _unmapped_font(document: pikepdf.Pdf) -> pikepdf.Dictionary:
    """Helvetica with its codes renamed to glyph names no reader can map to a character, and no
    ToUnicode: what a forger's subset font may draw digits with."""
    names = [pikepdf.Name(f"/g{code}") for code in range(32, 127)]
    encoding = pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[32, *names])
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica, Encoding=encoding
    )


@pytest.mark.parametrize(
    "annotations",
    [
        pytest.param(
            [_stamp(_over_the_figure(), b"PAID"), _text_stamp], id="stamp-of-words-then-the-figure-retyped"
        ),
        pytest.param(
            [_stamp(_figure_box(), b"2,540.00", fill=b"1 1 1", at=(1, 3), size=9)], id="stamp-typing-a-figure"
        ),
        pytest.param(
            [_box(), _stamp(_over_the_figure(), b"PAID 2,540.00", fill=b"1 1 1", at=(10, 11), size=9)],
            id="white-box-then-a-stamp-of-words-and-the-figure-on-its-line",
        ),
    ],
)
def test_a_figure_whited_out_by_annotations_and_retyped_stays_covered_text(annotations: list[Make]) -> None:
    signals = content_signals(_annotated(*annotations))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in [(s.code, s.severity) for s in signals]
    assert judge(signals).verdict is Verdict.SUSPECT


def test_a_figure_retyped_in_a_stamp_whose_glyphs_map_to_no_character_stays_covered_text() -> None:
    # Digits whose font does not say what they are may be any digits: they retype the figure.
    def stamp(document: pikepdf.Pdf) -> dict[str, Any]:
        look = _look(
            document,
            _filled() + b" BT 0 g /F 9 Tf 1 0 0 1 1 3 Tm (2,540.00) Tj ET",
            Font=pikepdf.Dictionary(F=_unmapped_font(document)),
        )
        return {"Subtype": pikepdf.Name.Stamp, "Rect": list(_figure_box()), "AP": look}

    signals = content_signals(_annotated(stamp))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert judge(signals).verdict is Verdict.SUSPECT


@pytest.mark.parametrize("flags", [1, 32, 33], ids=["invisible", "no-view", "both"])
def test_a_retype_in_a_stamp_flagged_not_to_be_shown_is_still_read(flags: int) -> None:
    # Viewers draw a stamp flagged invisible (a flag for kinds they do not know) and print one flagged no
    # view: the flattened page its text is read from holds it whatever its flags say.
    retype = _stamp(_figure_box(), b"2,540.00", fill=b"1 1 1", at=(1, 3), size=9)

    def flagged(document: pikepdf.Pdf) -> dict[str, Any]:
        return {**retype(document), "F": flags}

    signals = content_signals(_annotated(flagged))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]


def test_a_stamp_whose_text_cannot_be_read_is_taken_as_a_retype(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(*args: object) -> object:
        raise pdfium.PdfiumError("the page cannot be flattened")

    monkeypatch.setattr("ingest.authenticity.annotations._drawn_text", unreadable)

    assert _found(_annotated(_stamp(_over_the_figure(), b"RECEIVED"))) == [
        (SignalCode.COVERED_TEXT, Severity.HIGH)
    ]


def _drawn_text_box(words: bytes, fill: bytes = b"1 1 1") -> Make:
    """A text box over the figure with an appearance of its own: its box filled, `words` typed on it
    on the figure's line, as a viewer's typewriter or a redaction label draws it."""

    def make(document: pikepdf.Pdf) -> dict[str, Any]:
        helvetica = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        look = _look(
            document,
            _filled(fill) + b" BT 0 g /Helv 9 Tf 1 0 0 1 1 3 Tm (%s) Tj ET" % words,
            Font=pikepdf.Dictionary(Helv=helvetica),
        )
        return {
            "Subtype": pikepdf.Name.FreeText,
            "Rect": list(_figure_box()),
            "DA": pikepdf.String("/Helv 9 Tf 0 g"),
            "Contents": pikepdf.String(words.decode()),
            "AP": look,
        }

    return make


@pytest.mark.parametrize("words", [b"XXXXX", b"[hidden]"])
def test_a_text_box_drawing_a_label_over_a_figure_is_no_retype(words: bytes) -> None:
    signals = content_signals(_annotated(_drawn_text_box(words)))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert judge(signals).verdict is Verdict.CLEAN


def test_a_text_box_drawing_another_figure_over_a_figure_stays_covered_text() -> None:
    signals = content_signals(_annotated(_drawn_text_box(b"2,540.00")))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert judge(signals).verdict is Verdict.SUSPECT
