"""The text layer's words from pdfium: the words pdfplumber's rules make, on pages as displayed."""

from __future__ import annotations

import ctypes
import io
from pathlib import Path

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from devtools.realworld import real_file
from ingest.extract.pdftext import (
    UNMAPPED,
    TextLayer,
    curve_count,
    has_surrogates,
    image_share,
    read_text_layer,
    text_layer_words,
)
from tests.conftest import ROOT

SAMPLES = sorted(p for p in (ROOT / "samples").rglob("statement-*.pdf") if "protected" not in p.name)
H_TOLERANCE = 0.5  # points: the same glyph advance
V_TOLERANCE = 1.0  # points: font descents as pdfium and pdfminer each read them


def _plumber_words(page: pdfplumber.page.Page) -> list[tuple[str, float, float, float, float]]:
    return [
        (w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
        if w["text"].strip()
    ]


@pytest.mark.parametrize("path", SAMPLES, ids=[f"{p.parent.name}/{p.name}" for p in SAMPLES])
def test_words_are_the_words_pdfplumber_makes(path: Path) -> None:
    with pdfplumber.open(path) as plumber:
        document = pdfium.PdfDocument(path)
        try:
            for number, (theirs, page) in enumerate(zip(plumber.pages, document, strict=True), start=1):
                expected = _plumber_words(theirs)
                ours = text_layer_words(page, number)
                assert (ours.width, ours.height) == pytest.approx((theirs.width, theirs.height))
                assert [w.text for w in ours.words] == [w[0] for w in expected]
                for word, (_, x0, x1, top, bottom) in zip(ours.words, expected, strict=True):
                    # pdfminer gives a glyph missing from a standard font's metrics (the euro) no width.
                    right = x1 if x1 > x0 else word.x1
                    assert (word.x0, word.x1) == pytest.approx((x0, right), abs=H_TOLERANCE), word
                    assert (word.top, word.bottom) == pytest.approx((top, bottom), abs=V_TOLERANCE), word
        finally:
            document.close()


def _turned_page(rotate: int) -> pdfium.PdfPage:
    """A portrait page whose table line runs up the page, so that it is level once turned by `rotate`."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 600))
    drawing.saveState()
    drawing.translate(100, 100)
    drawing.rotate(90)
    drawing.setFont("Helvetica", 12)
    drawing.drawString(0, 0, "Opening balance 1,234.56")
    drawing.restoreState()
    drawing.showPage()
    drawing.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        pdf.pages[0].Rotate = rotate
        out = io.BytesIO()
        pdf.save(out)
    return pdfium.PdfDocument(out.getvalue())[0]


def test_a_page_turned_for_display_reads_as_displayed() -> None:
    words = text_layer_words(_turned_page(90), 1)
    assert (words.width, words.height) == (600, 400)
    assert [w.text for w in words.words] == ["Opening", "balance", "1,234.56"]
    assert words.words[0].x0 == pytest.approx(100, abs=1)  # the line's start, 100 pt from the left
    assert len({round(w.top) for w in words.words}) == 1  # one line


def test_text_turned_on_an_unturned_page_is_not_read_as_a_line() -> None:
    words = text_layer_words(_turned_page(0), 1)
    assert "Opening" not in [w.text for w in words.words]  # a column of letters, as pdfplumber gives it


def test_a_hyphen_that_ends_a_line_is_a_hyphen() -> None:
    path = real_file("de/ing_2022-01.pdf")
    assert path is not None, "the vendored real statements are part of the repository"
    document = pdfium.PdfDocument(path)
    try:
        texts = [
            w.text for number in range(len(document)) for w in text_layer_words(document[number], 1).words
        ]
    finally:
        document.close()
    assert not [t for t in texts if "\x02" in t]
    assert any(t.endswith("-") for t in texts)


def test_images_and_curves_are_counted_from_pdfium_objects() -> None:
    scan = next((ROOT / "samples").rglob("*scan*/*.pdf"), None)
    assert scan is not None
    document = pdfium.PdfDocument(scan)
    try:
        assert image_share(document[0]) > 0.5
    finally:
        document.close()
    text = pdfium.PdfDocument(SAMPLES[0])
    try:
        assert image_share(text[0]) < 0.1
    finally:
        text.close()


def test_bent_paths_are_curves_and_ruled_lines_are_not() -> None:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 600))
    drawing.rect(10, 10, 100, 20)
    drawing.line(10, 50, 300, 50)
    drawing.bezier(10, 100, 50, 150, 100, 50, 150, 100)
    drawing.circle(200, 300, 20)
    drawing.showPage()
    drawing.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        assert curve_count(document[0]) == 2
    finally:
        document.close()


def test_images_and_curves_drawn_inside_a_form_are_counted_with_the_page() -> None:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 600))
    drawing.beginForm("letterhead")
    drawing.drawImage(ImageReader(Image.new("L", (20, 30), 128)), 0, 0, width=200, height=300)
    drawing.bezier(10, 400, 50, 450, 100, 350, 150, 400)
    drawing.endForm()
    drawing.doForm("letterhead")
    drawing.showPage()
    drawing.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        assert image_share(document[0]) == pytest.approx(0.25)
        assert curve_count(document[0]) == 1
    finally:
        document.close()


def test_an_image_drawn_inside_a_form_covers_what_the_form_places_on_the_page() -> None:
    # A 200 x 300 picture in a form drawn half size, twice, at (20, 30) and (220, 330): pdfium gives the
    # picture its bounds in the form's space, where it covers a quarter of the page.
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 600))
    drawing.beginForm("letterhead")
    drawing.drawImage(ImageReader(Image.new("L", (20, 30), 128)), 0, 0, width=200, height=300)
    drawing.endForm()
    for x, y in ((20, 30), (220, 330)):
        drawing.saveState()
        drawing.translate(x, y)
        drawing.scale(0.5, 0.5)
        drawing.doForm("letterhead")
        drawing.restoreState()
    drawing.showPage()
    drawing.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        assert image_share(document[0]) == pytest.approx(2 * 100 * 150 / (400 * 600))
    finally:
        document.close()


def _paid_and_fee_layer() -> TextLayer:
    """The text layer of a page with "Paid 12.50" in Helvetica 12 on the baseline at 500, in black, and
    "Fee" in Courier 10 at 480, in red."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 600))
    drawing.setFont("Helvetica", 12)
    drawing.drawString(100, 500, "Paid 12.50")
    drawing.setFont("Courier", 10)
    drawing.setFillColorRGB(1, 0, 0)
    drawing.drawString(100, 480, "Fee")
    drawing.showPage()
    drawing.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        page = document[0]
        textpage = page.get_textpage()
        layer = read_text_layer(page, textpage, 1)
        textpage.close()
    finally:
        document.close()
    return layer


def test_the_layer_hands_on_every_drawn_character_with_its_text_object_and_pdfiums_box() -> None:
    layer = _paid_and_fee_layer()
    assert [w.text for w in layer.words.words] == ["Paid", "12.50", "Fee"]
    assert "".join(c[0] for c in layer.chars) == "Paid 12.50Fee"
    objects = [c[7] for c in layer.chars]
    assert all(objects) and objects[0] == objects[9] != objects[10]  # one object per string drawn
    left, top, right, bottom = layer.chars[0][8]  # PDF space: y up, around the baseline at 500
    assert left == pytest.approx(100, abs=1) and bottom < 500 < top < 500 + 12 and right > left


def test_the_layer_hands_on_each_text_objects_run_with_its_extent_and_what_it_is_drawn_with() -> None:
    layer = _paid_and_fee_layer()
    assert [run.text for run in layer.runs()] == ["Paid12.50", "Fee"]  # spaces left out
    # The layer's own characters (as the words read them), spaces left out, in drawing order.
    assert [c for run in layer.runs() for c in run.chars] == [c for c in layer.chars if c[0] > " "]
    for run in layer.runs():
        assert {c[7] for c in run.chars} == {run.obj}
        boxes = [c[8] for c in run.chars]  # left, top, right, bottom
        assert (run.x0, run.y0, run.x1, run.y1) == (
            min(b[0] for b in boxes),
            min(b[3] for b in boxes),
            max(b[2] for b in boxes),
            max(b[1] for b in boxes),
        )
    paid, fee = (layer.objects[run.obj] for run in layer.runs())
    assert (paid.font_size, fee.font_size) == (12, 10)
    assert paid.matrix is not None and paid.matrix[5] == pytest.approx(500)  # its translation: the baseline
    assert fee.matrix is not None and fee.matrix[5] == pytest.approx(480)
    assert paid.font and fee.font and paid.font != fee.font
    assert (paid.fill, fee.fill) == (0x000000, 0xFF0000)  # what the glyphs are painted in


def _real_words(relative: str, page: int) -> tuple[list[str], list[str]]:
    """pdfplumber's words (upright, as the reader took them before) and ours, on one page of a real file."""
    path = real_file(relative)
    assert path is not None, "the vendored real statements are part of the repository"
    with pdfplumber.open(path) as plumber:
        theirs = [
            w["text"]
            for w in plumber.pages[page - 1].extract_words(x_tolerance=1.5, extra_attrs=["upright"])
            if w["text"].strip() and w["upright"]
        ]
    document = pdfium.PdfDocument(path)
    try:
        ours = [w.text for w in text_layer_words(document[page - 1], page).words]
    finally:
        document.close()
    return theirs, ours


@pytest.mark.parametrize(
    ("relative", "page"),
    [("de/ing_2022-01.pdf", 1), ("de/ing_2022-01.pdf", 2), ("ca/td_emerald_visa_2014-08.pdf", 2)],
)
def test_turned_text_between_lines_keeps_the_order_of_the_lines_around_it(relative: str, page: int) -> None:
    # A margin note drawn between two parts of the page cuts the page's characters into runs, as in
    # pdfplumber: clustering the upright characters of both parts together reorders their lines.
    theirs, ours = _real_words(relative, page)
    assert ours == theirs


def test_glyphs_placed_one_by_one_keep_their_advance() -> None:
    # Postbank places each glyph of "1/2" on its own; pdfium adds a line end after each, at a made-up
    # place inside the glyph, which is no word gap.
    _, ours = _real_words("de/postbank_demokonto_2020-01.pdf", 1)
    assert "1/2" in ours


def test_letters_of_a_diagonal_watermark_join_no_word() -> None:
    # pdfminer counts the letters of Postbank's diagonal MUSTER watermark upright and glues them to the
    # words they cross ('MSTADTWERKE', 'eEUR'), which then read as watermarks and are lost.
    theirs, ours = _real_words("de/postbank_demokonto_2020-01.pdf", 1)
    assert "MSTADTWERKE" in theirs
    assert "STADTWERKE" in ours
    assert not [t for t in ours if t != "STADTWERKE" and t.endswith("STADTWERKE")]


def test_a_word_ends_where_its_last_glyph_advance_ends_when_the_text_matrix_sets_the_font_size() -> None:
    # Postbank sets a 1-point font scaled by the text matrix; pdfium places the spaces it adds after such
    # a glyph inside its ink, which cut 'EUR' short and lost the statement's closing balance.
    path = real_file("de/postbank_demokonto_2020-01.pdf")
    assert path is not None
    with pdfplumber.open(path) as plumber:
        theirs = {
            (w["text"], round(w["top"])): w["x1"] for w in plumber.pages[1].extract_words(x_tolerance=1.5)
        }
    document = pdfium.PdfDocument(path)
    try:
        ours = text_layer_words(document[1], 2).words
    finally:
        document.close()
    compared = [(w.x1, theirs[(w.text, round(w.top))]) for w in ours if (w.text, round(w.top)) in theirs]
    agreeing = [mine == pytest.approx(expected, abs=H_TOLERANCE) for mine, expected in compared]
    assert len(compared) > 100
    assert sum(agreeing) >= 0.95 * len(compared)


@pytest.mark.parametrize("size", [4.5, 5.0, 9.0])
def test_words_placed_one_by_one_in_small_type_part_at_a_space_narrower_than_the_word_gap(
    size: float,
) -> None:
    """A generator that places each word on its own leaves no space character, only a space's width
    of gap: in 5-point type that is under `WORD_GAP` ("CRJWHITFIELD" read as one word)."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 200))
    drawing.setFont("Helvetica", size)
    x = 40.0
    for word in ("CR", "J", "WHITFIELD"):
        drawing.drawString(x, 100, word)
        x += drawing.stringWidth(word + " ", "Helvetica", size)
    drawing.save()
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    assert [w.text for w in text_layer_words(page, 1).words] == ["CR", "J", "WHITFIELD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Balance 1,234.56", False),
        ("\ud7ff\ue000\ufffe\uffff\u0100\u00d8", False),  # next to the halves, and low bytes 0xD8-0xDF
        ("cash \U0001d7d8", True),  # a character beyond 16 bits: two halves
        ("\udc00", True),  # a lone half
    ],
)
def test_a_page_text_holds_surrogates_only_for_characters_beyond_16_bits(text: str, expected: bool) -> None:
    data = text.encode("utf-16-le", "surrogatepass")
    units = (ctypes.c_ushort * (len(data) // 2 + 1)).from_buffer_copy(data + b"\0\0")
    assert has_surrogates(units, len(data) // 2) is expected
    # Only the first `count` units are looked at: the terminating unit and beyond are not text.
    assert has_surrogates(units, 0) is False


def _reencoded_layer() -> tuple[TextLayer, list[tuple[int, ...]]]:
    """The text layer of a page with "BAD ADD" in Helvetica whose 'A' is re-encoded to a glyph name no
    character is known for, and "Fee" and "3.50" drawn apart on the line below (pdfium adds a space
    between them); with what pypdfium2's own declarations of pdfium's calls say of each character on
    the text page: (index, generated, unmapped, text object, loose box as left, top, right, bottom,
    origin x)."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=(400, 200))
    drawing.setFont("Helvetica", 12)
    drawing.drawString(40, 120, "BAD ADD")
    drawing.setFont("Courier", 10)
    drawing.drawString(40, 100, "Fee")
    drawing.drawString(100, 100, "3.50")
    drawing.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        for font in pdf.pages[0].Resources.Font.values():
            if font.BaseFont == "/Helvetica":
                font.Encoding = pikepdf.Dictionary(
                    Type=pikepdf.Name.Encoding,
                    BaseEncoding=pikepdf.Name.WinAnsiEncoding,
                    Differences=pikepdf.Array([65, pikepdf.Name("/zzunknown")]),
                )
        out = io.BytesIO()
        pdf.save(out)
    document = pdfium.PdfDocument(out.getvalue())
    try:
        page = document[0]
        textpage = page.get_textpage()
        layer = read_text_layer(page, textpage, 1)
        x, y = ctypes.c_double(), ctypes.c_double()
        told = []
        for index in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
            obj = ctypes.cast(pdfium_c.FPDFText_GetTextObject(textpage.raw, index), ctypes.c_void_p).value
            told.append(
                (
                    index,
                    pdfium_c.FPDFText_IsGenerated(textpage.raw, index),
                    pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, index),
                    obj,
                    (left, top, right, bottom),
                    x.value,
                )
            )
        textpage.close()
    finally:
        document.close()
    return layer, told


def test_a_glyph_its_font_maps_to_no_character_reads_as_unmapped() -> None:
    layer, _ = _reencoded_layer()
    assert [w.text for w in layer.words.words] == [f"B{UNMAPPED}D", f"{UNMAPPED}DD", "Fee", "3.50"]


def test_each_character_reads_as_pypdfium2s_own_declarations_of_pdfiums_calls_read_it() -> None:
    # The calls made for every character are declared apart from pypdfium2's, for speed: they must read
    # what pypdfium2's read, flags, text objects and boxes alike.
    layer, told = _reencoded_layer()
    chars = {char[6]: char for char in layer.chars}
    generated = [index for index, was_generated, *_ in told if was_generated == 1]
    assert generated and not set(generated) & set(chars)  # the space pdfium adds is no character
    assert len(chars) == len("BAD ADD") + len("Fee3.50")  # the drawn space is one
    for index, _, unmapped, obj, box, origin_x in told:
        if index in chars:
            text, x0, x1, *_, char_obj, char_box = chars[index]
            assert (text == UNMAPPED) == (unmapped == 1)
            assert (char_obj, char_box) == (obj, box)
            # The page's crop box starts at 0; a glyph before a drawn space ends where the space starts.
            assert x0 == min(origin_x, box[2])
            assert x1 == box[2] or chars.get(index + 1, ("",))[0] == " "
