"""Image clean-up: skew, blank pages, uneven light, odd pixel modes and resolutions."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, ImageFilter

from ingest.extract.images import (
    OCR_DPI,
    PATTERN_BLUR_IN,
    PATTERN_PAPER,
    PATTERN_TINT_WINDOW_IN,
    _local_paper,
    _open_specks,
    _reduce,
    _running,
    _running_max,
    _running_min,
    _runs_along_rows,
    blank_blocks,
    clean_page,
    dotted_rules,
    max_filter,
    median3,
    patterned_shading,
    rotate_quarter,
    sideways_lines,
    to_gray,
)
from tests.unit.ocr.pages import render, statement_pdf


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return render(statement_pdf())


@pytest.mark.parametrize("angle", [-4.0, -1.5, 2.0, 3.5])
def test_skew_is_measured_and_undone(page: Image.Image, angle: float) -> None:
    tilted = page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    cleaned = clean_page(tilted, 300)
    assert cleaned.skew == pytest.approx(angle, abs=0.25)
    assert cleaned.image is not None
    assert abs(clean_page(cleaned.image, 300).skew) < 0.3  # straight after the correction


def test_straight_page_is_not_resampled(page: Image.Image) -> None:
    cleaned = clean_page(page, 300)
    assert cleaned.skew == pytest.approx(0.0, abs=0.2)
    assert cleaned.image is page  # no rotation, relighting or rescaling: the render goes to OCR as is


def test_blank_page_is_recognised_without_ocr() -> None:
    paper = Image.new("L", (2550, 3300), 250)
    noise = np.random.default_rng(1).normal(0, 3, (3300, 2550))
    specks = Image.fromarray(np.clip(np.asarray(paper) + noise, 0, 255).astype(np.uint8))
    assert clean_page(specks, 300).blank


def test_one_line_of_text_is_not_blank() -> None:
    footer = render(statement_pdf(("Page 4 of 4",), size=9))
    assert not clean_page(footer, 300).blank


def test_uneven_light_is_flattened(page: Image.Image) -> None:
    values = np.asarray(page, dtype=np.float32)
    height, width = values.shape
    ys, xs = np.mgrid[0:height, 0:width]
    shadow = 0.45 + 0.55 * (xs / width) * (1 - 0.4 * ys / height)  # dark left edge, as under a phone
    photo = Image.fromarray((values * shadow).astype(np.uint8))
    cleaned = clean_page(photo, 300)
    assert cleaned.relit and cleaned.image is not None
    paper = np.asarray(cleaned.image)[50:150]  # a band of bare paper above the text
    assert paper.min() > 200 and paper.mean() > 240


def test_low_resolution_scan_is_brought_to_ocr_resolution(page: Image.Image) -> None:
    scan = page.reduce(2)  # 150 dpi
    cleaned = clean_page(scan, 150)
    assert cleaned.dpi == pytest.approx(OCR_DPI)
    assert cleaned.image is not None and cleaned.image.width == pytest.approx(page.width, abs=2)


@pytest.mark.parametrize("mode", ["1", "P", "RGB", "RGBA", "I;16", "LA", "CMYK"])
def test_every_pixel_mode_becomes_8_bit_grey(page: Image.Image, mode: str) -> None:
    source = (
        page.convert(mode) if mode != "I;16" else Image.fromarray(np.asarray(page, dtype=np.uint16) * 256)
    )
    gray = to_gray(source)
    assert gray.mode == "L"
    assert np.asarray(gray)[0, 0] > 200  # paper stays white, including transparent and 16-bit pixels


def test_quarter_turns_are_lossless(page: Image.Image) -> None:
    turned = rotate_quarter(rotate_quarter(page, 90), 270)
    assert turned.size == page.size
    assert np.array_equal(np.asarray(turned), np.asarray(page))


def _ruled_page(dash: tuple[float, float] | None = None, *, ruled: bool = True) -> Image.Image:
    """Twelve rows of a table, each with a rule under it (unless not `ruled`): solid, or dashed as
    `dash` (on, off) points."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for row in range(12):
        y = 700 - row * 22
        # Print of both weights, with the long thin strokes a rule's finder could take for dashes.
        pdf.setFont("Times-Roman" if row % 2 else "Helvetica-Bold", 11)
        pdf.drawString(60, y, f"JUL 0{row % 9 + 1} TEMPTATION ELECTRIC {row * 7 + 3}.15 ==== TTTTTT")
        pdf.setLineWidth(0.6)
        if dash is not None:
            pdf.setDash(*dash)
        if ruled:
            pdf.line(50, y - 7, 560, y - 7)  # a row separator, as zebra tables print them
    pdf.showPage()
    pdf.save()
    return render(buffer.getvalue())


def test_table_rules_are_erased_and_text_kept() -> None:
    page = _ruled_page()
    cleaned = clean_page(page, 300)
    assert cleaned.image is not None
    before, after = np.asarray(page) < 128, np.asarray(cleaned.image) < 128
    rule_rows = [r for r in range(before.shape[0]) if before[r].mean() > 0.5]  # the rules span the page
    assert rule_rows and not any(after[r].mean() > 0.5 for r in rule_rows)
    text_rows = [r for r in range(before.shape[0]) if 0 < before[r].mean() <= 0.5]
    assert after[text_rows].sum() == pytest.approx(before[text_rows].sum(), rel=0.02)


def _boxed_headings(*, banner: bool = False) -> Image.Image:
    """Table headings in a box a line of print tall, its right side just after the last heading (as
    "AMOUNT (SGD)|" prints); with `banner`, white headings in a dark filled band between the rules."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setLineWidth(0.8)
    pdf.rect(50, 600, 480, 16, stroke=1, fill=1 if banner else 0)
    pdf.setFillGray(1.0 if banner else 0.0)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(56, 605, "TRANSACTION DATE")
    pdf.drawString(200, 605, "DESCRIPTION")
    pdf.drawRightString(529, 605, "AMOUNT (SGD)")
    pdf.showPage()
    pdf.save()
    return render(buffer.getvalue())


def test_the_sides_of_a_box_round_headings_are_erased_and_the_headings_kept() -> None:
    """Tesseract read a band's sides as "|" and "]" and stretched the headings' boxes down to its rules."""
    page = _boxed_headings()
    cleaned = clean_page(page, 300)
    assert cleaned.image is not None
    before, after = np.asarray(page) < 128, np.asarray(cleaned.image) < 128
    inch = 300 / 72
    band = slice(round((792 - 614) * inch), round((792 - 602) * inch))  # inside the box, clear of its rules
    for x in (50, 530):  # the sides
        side = slice(round((x - 1) * inch), round((x + 1) * inch))
        assert before[band, side].any() and not after[band, side].any()
    text = slice(round(55 * inch), round(528 * inch))
    assert after[band, text].sum() == pytest.approx(before[band, text].sum(), rel=0.02)


def test_letters_touching_the_rules_above_and_below_them_are_kept() -> None:
    """Tall print set tight between two rules that run on either side of it: its stems reach both
    rules, but a box's side stands where the rules end."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setLineWidth(0.8)
    pdf.line(50, 614, 560, 614)
    pdf.line(50, 601.5, 560, 601.5)
    pdf.setFont("Helvetica-Bold", 17)
    pdf.drawString(120, 602, "HILL TRAIL 1,114.11")
    pdf.showPage()
    pdf.save()
    page = render(buffer.getvalue())
    cleaned = clean_page(page, 300)
    assert cleaned.image is not None
    inch = 300 / 72
    band = slice(round((792 - 612) * inch), round((792 - 604) * inch))
    text = slice(round(110 * inch), round(400 * inch))
    before, after = np.asarray(page)[band, text] < 128, np.asarray(cleaned.image)[band, text] < 128
    assert before.any()
    assert after.sum() >= 0.9 * before.sum()


def test_a_dark_banner_between_two_rules_keeps_its_white_headings() -> None:
    page = _boxed_headings(banner=True)
    cleaned = clean_page(page, 300)
    assert cleaned.image is not None
    inch = 300 / 72
    band = slice(round((792 - 614) * inch), round((792 - 602) * inch))
    text = slice(round(55 * inch), round(528 * inch))
    before, after = np.asarray(page)[band, text] > 128, np.asarray(cleaned.image)[band, text] > 128
    assert before.any()
    assert (before & ~after).sum() < 0.02 * before.sum()  # the white lettering is still set in the dark


@pytest.mark.parametrize("dash", [(1.0, 1.0), (2.0, 1.5), (0.6, 1.8)])
@pytest.mark.parametrize("angle", [0.0, 0.25])
def test_dotted_row_separators_are_found_and_text_kept(dash: tuple[float, float], angle: float) -> None:
    """Tesseract reads the dashes under a card statement's rows as letters and glues them to the row
    (or drops the row): "JUL 15 JUL 16 PAYMENT" came back as "Wiis Uie -rAyaNT"."""

    def drawn(page: Image.Image) -> npt.NDArray[np.bool_]:
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        return np.asarray(turned, dtype=np.uint8) < 160

    dashed = _ruled_page(dash).rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    text = drawn(_ruled_page(None, ruled=False))
    dashes = drawn(_ruled_page(dash)) & ~max_filter(text.view(np.uint8), 2).astype(bool)
    found = dotted_rules(dashed, 300)
    assert dashes.sum() > 1000
    assert found[dashes].mean() > 0.95  # the dashes' ink is all found
    assert found[text].mean() < 0.005  # and the print's strokes are left


@pytest.mark.parametrize("blur", [0.6, 0.8])
def test_dotted_row_separators_a_cheap_scanner_blurred_are_found_whole(blur: float) -> None:
    """At 200 dpi a scanner's blur spreads each dot over three pixel rows: taken for strokes of print,
    the dots over a card statement's first columns stayed, and Tesseract dropped the dates under them
    ("JUL 15 JUL 18" of a TD statement) or the whole row."""
    dpi = 200
    document = _ruled_page((1.0, 1.0))
    plain = _ruled_page(None, ruled=False)
    scale = dpi / 300
    size = (round(document.width * scale), round(document.height * scale))

    def scanned(page: Image.Image) -> Image.Image:
        return page.resize(size, Image.Resampling.LANCZOS).filter(ImageFilter.GaussianBlur(blur))

    text = np.asarray(scanned(plain), dtype=np.uint8) < 160
    ink = np.asarray(scanned(document), dtype=np.uint8) < 160
    dashes = ink & ~max_filter(text.view(np.uint8), 2).astype(bool)
    found = dotted_rules(scanned(document), dpi)
    assert dashes.sum() > 500
    assert found[dashes].mean() > 0.95  # the dots' ink is found along the whole rule
    assert found[text].mean() < 0.005  # and the print's strokes are left


def _margin_page() -> Image.Image:
    """A table's rows, a reference printed up the right margin, a redaction bar and a dark banner with
    white lettering: letter paper at 300 dpi."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Times-Roman", 10)
    for row in range(20):
        y = 640 - row * 14
        pdf.drawString(
            60, y, f"AUG {row % 28 + 1} AUG {row % 28 + 2}  UBER CA HELP.UBER.COM  ${row * 3 + 4}.99"
        )
    pdf.rect(330, 400, 220, 250, stroke=0, fill=1)  # a redaction bar
    pdf.rect(60, 700, 300, 30, stroke=0, fill=1)  # a banner...
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(70, 708, "Start saving today at td.com")  # ...with its words in white
    pdf.setFillGray(0)
    pdf.saveState()
    pdf.translate(596, 500)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "TDSTM21000_2265971_008 0303204 HRI - - 03 - 02 - 02")  # up the margin
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return render(buffer.getvalue())


def test_a_line_printed_up_the_margin_is_found_and_the_rows_kept() -> None:
    """Tesseract read TD's reference up the margin a glyph at a time ("N", "=", "8"), each glued to the
    row beside it, and the table ended there."""
    page = _margin_page()
    small = _reduce(page, 300)
    found = sideways_lines(small, _local_paper(small))
    ink = small < 128
    columns = np.flatnonzero(found.any(axis=0)) * 300 / 100 / 300 * 72  # in points
    assert found.sum() > 50 and columns.min() > 585 and columns.max() < 605  # the margin's line only
    rows = ink[:, : 330 * 100 // 72]  # the table's print, left of the bar
    assert not found[:, : 330 * 100 // 72][rows].any()


def _stacked_figures_page() -> Image.Image:
    """A card's rows set tight, their figures right-aligned with one digit before the point, so that the
    digits stack in a narrow column down the page: letter paper at 300 dpi."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Times-Roman", 10)
    for row in range(16):
        y = 600 - row * 10  # set solid
        pdf.drawString(60, y, f"{row % 28 + 1:02d}/07  BUS/MRT {row * 7919 % 99999:05d}  SINGAPORE")
        pdf.drawRightString(420, y, f"{row * 7 % 10}.{row * 13 % 100:02d}")
    pdf.showPage()
    pdf.save()
    return render(buffer.getvalue())


def test_figures_stacked_one_per_row_are_no_line_up_the_margin() -> None:
    """The monopoly example at 200 dpi: the one digit before the point of each of a column's figures,
    printed on rows set tight, was taken for a line printed up the page and erased (".20" read "20"). The
    pieces of a line up the page do not stand on the rows of print beside it; stacked figures do."""
    page = _stacked_figures_page()
    small = _reduce(page, 300)
    found = sideways_lines(small, _local_paper(small))
    figures = slice(round(390 * 100 / 72), round(425 * 100 / 72))
    assert not found[:, figures].any()


def test_a_blank_dark_block_is_found_and_a_banner_with_lettering_kept() -> None:
    page = _margin_page()
    small = _reduce(page, 300)
    found = blank_blocks(small)
    height = small.shape[0]

    def at(x: float, y: float) -> bool:  # points from the bottom left, as drawn
        return bool(found[round(height - y * 100 / 72), round(x * 100 / 72)])

    assert at(440, 520)  # the bar
    # Nothing of the banner: neither its lettering nor the dark between its words (a table's heading
    # band, erased in pieces, leaves its words as islands the reader no longer sees as a heading).
    top, bottom = round(height - 730 * 100 / 72), round(height - 700 * 100 / 72)
    assert not found[top:bottom, round(60 * 100 / 72) : round(360 * 100 / 72)].any()


def test_a_page_of_print_has_no_dotted_rules(page: Image.Image) -> None:
    assert not dotted_rules(page.convert("L"), 300).any()


def test_photo_is_cut_from_the_desk_and_its_banner_kept(page: Image.Image) -> None:
    from PIL import ImageDraw

    printed = page.copy()
    draw = ImageDraw.Draw(printed)
    draw.rectangle((0, 0, printed.width, 250), fill=40)  # a full-bleed banner at the top of the page
    draw.rectangle((300, 100, 1400, 160), fill=255)  # its white lettering, roughly
    photo = Image.new("L", (printed.width + 400, printed.height + 400), 60)  # the desk
    photo.paste(printed, (200, 200))
    cleaned = clean_page(photo, 300)
    assert cleaned.image is not None
    values = np.asarray(cleaned.image)
    assert values[:100, :100].min() > 200 and values[-100:, -100:].min() > 200  # desk gone
    # The page was cut out of the photo: about its own size again, with a small margin.
    assert cleaned.image.width == pytest.approx(page.width * 1.1, rel=0.05)
    # The banner at its top keeps a dark surround around its white lettering.
    top = values[: values.shape[0] // 8]
    assert (top < 128).mean() > 0.05


def test_low_resolution_scan_loses_its_specks_and_grey_stripes(page: Image.Image) -> None:
    low = page.resize((page.width * 2 // 3, page.height * 2 // 3), Image.Resampling.BOX)  # 200 dpi
    scan = np.asarray(low, dtype=np.float32)
    striped = scan.copy()
    for top in range(0, striped.shape[0], 40):  # zebra rows of light grey paper, as in ruled tables
        striped[top : top + 20] *= 0.88
    specks = np.random.default_rng(3).random(striped.shape) < 0.002  # isolated dark pixels: noise
    striped[specks] = 60
    cleaned = clean_page(Image.fromarray(striped.astype(np.uint8)), 200)
    assert cleaned.relit and cleaned.image is not None
    values = np.asarray(cleaned.image)
    bare = values[:200]  # paper above the text: stripes and specks only
    assert (bare < 128).sum() == 0 and np.median(bare) == 255  # no speck left dark, stripes white
    text = np.asarray(clean_page(low, 200).image) < 128
    # The print is kept: its strokes only thin at their anti-aliased edges, lifted with the paper.
    assert 0.6 * text.sum() < (values < 128).sum() <= 1.05 * text.sum()


@pytest.mark.parametrize("shape", [(1, 1), (2, 7), (9, 4), (300, 211)])
def test_fast_median_is_pillows_median(shape: tuple[int, int]) -> None:
    """The 3x3 median that quietens low-resolution scans, exactly as Pillow's MedianFilter gives it."""
    noisy = Image.fromarray(np.random.default_rng(2).integers(0, 256, shape, dtype=np.uint8), mode="L")
    expected = np.asarray(noisy.filter(ImageFilter.MedianFilter(3)))
    assert np.array_equal(np.asarray(median3(noisy)), expected)


@pytest.mark.parametrize("half_width", [1, 3, 8])
def test_paper_level_is_the_brightest_value_nearby(half_width: int) -> None:
    values = np.random.default_rng(3).integers(0, 256, (40, 23), dtype=np.uint8)
    padded = np.pad(values, half_width, mode="edge")
    window = 2 * half_width + 1
    expected = np.array(
        [[padded[y : y + window, x : x + window].max() for x in range(23)] for y in range(40)], dtype=np.uint8
    )
    assert np.array_equal(max_filter(values, half_width), expected)


@pytest.mark.parametrize("window", [1, 2, 5, 10, 30])
@pytest.mark.parametrize("axis", [0, 1])
def test_running_maximum_and_minimum_are_the_window_extremes_with_edges_repeated(
    window: int, axis: int
) -> None:
    values = np.random.default_rng(5).integers(0, 256, (23, 17), dtype=np.uint8)
    half = window // 2
    padding = [(0, 0), (0, 0)]
    padding[axis] = (half, half)
    padded = np.pad(values, padding, mode="edge")
    windows = [np.take(padded, range(i, i + window), axis=axis) for i in range(values.shape[axis])]
    highest = np.stack([w.max(axis=axis) for w in windows], axis=axis)
    lowest = np.stack([w.min(axis=axis) for w in windows], axis=axis)
    assert np.array_equal(_running_max(values, window, axis), highest)
    assert np.array_equal(_running_min(values, window, axis), lowest)


@pytest.mark.parametrize("window", [2, 3, 6, 11])
def test_running_and_and_or_down_packed_columns_are_the_running_extremes_of_their_bits(window: int) -> None:
    ink = np.random.default_rng(window).random((41, 29)) < 0.6
    packed = np.packbits(ink, axis=1)
    as_bits = ink.view(np.uint8)

    def unpacked(bits: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
        return np.unpackbits(bits, axis=1, count=ink.shape[1])

    assert np.array_equal(
        unpacked(_running(np.bitwise_and, packed, window, axis=0)), _running_min(as_bits, window, axis=0)
    )
    assert np.array_equal(
        unpacked(_running(np.bitwise_or, packed, window, axis=0)), _running_max(as_bits, window, axis=0)
    )


@pytest.mark.parametrize("length", [1, 4, 9])
def test_long_runs_along_rows_are_those_a_walk_along_each_row_finds(length: int) -> None:
    mask = np.random.default_rng(4).random((30, 41)) < 0.7
    expected = np.zeros_like(mask)
    for y in range(mask.shape[0]):
        x = 0
        while x < mask.shape[1]:
            end = x
            while end < mask.shape[1] and mask[y, end]:
                end += 1
            if end - x >= length:
                expected[y, x:end] = True
            x = end + 1
    assert np.array_equal(_runs_along_rows(mask, length), expected)


def test_patterns_are_lifted_band_by_band_as_over_the_whole_page(page: Image.Image) -> None:
    """Each shaded band is worked on by itself: the page comes out as the whole page worked on at once."""
    shaded = _dotted(_dotted(page, 400, 470), 1500, 1600)
    cells = np.zeros((page.height // 6 + 1, page.width // 6 + 1), dtype=bool)
    cells[66:79, 20:300] = True
    cells[250:267, 100:200] = True
    cells[252:260, 350:380] = True
    values = np.asarray(shaded, dtype=np.uint8)
    blurred = np.asarray(shaded.filter(ImageFilter.GaussianBlur(PATTERN_BLUR_IN * 300)), dtype=np.float32)
    tint = max_filter(blurred.astype(np.uint8), round(PATTERN_TINT_WINDOW_IN * 300)).astype(np.float32)
    lifted = np.minimum(blurred * (255.0 / np.maximum(tint, 1.0) * (255.0 / PATTERN_PAPER)), 255.0)
    rows = np.minimum(
        (np.arange(page.height) * (cells.shape[0] / page.height)).astype(np.intp), cells.shape[0] - 1
    )
    cols = np.minimum(
        (np.arange(page.width) * (cells.shape[1] / page.width)).astype(np.intp), cells.shape[1] - 1
    )
    expected = np.where(cells[rows][:, cols], lifted.astype(np.uint8), values)
    assert np.array_equal(np.asarray(_open_specks(shaded, cells, 300)), expected)


def _dotted(page: Image.Image, top: int, bottom: int) -> Image.Image:
    """The page with a band shaded as real statements print it: a dot every 5 px (60 lines per inch at
    300 dpi), 2 px wide, over the print between `top` and `bottom`."""
    values = np.asarray(page.convert("L"), dtype=np.uint8).copy()
    dots = np.full((bottom - top, values.shape[1]), 255, dtype=np.uint8)
    for y in range(0, bottom - top, 5):
        for dy in (0, 1):
            if y + dy < bottom - top:
                dots[y + dy, ::5] = 110
                dots[y + dy, 1::5] = 110
    values[top:bottom] = np.minimum(values[top:bottom], dots)
    return Image.fromarray(values, mode="L")


def test_dotted_shading_is_lifted_and_the_words_on_it_kept(page: Image.Image) -> None:
    """Tesseract takes a dotted band for a picture and drops the table headings printed on it."""
    original = np.asarray(page.convert("L"), dtype=np.uint8)
    rows = np.flatnonzero((original < 128).any(axis=1))
    top, bottom = int(rows[0]) - 30, int(rows[0]) + 150  # a band over the page's first lines of print
    cleaned = clean_page(_dotted(page, top, bottom), 300)
    assert cleaned.image is not None
    band = np.asarray(cleaned.image, dtype=np.uint8)[top + 10 : bottom - 10]
    printed = original[top + 10 : bottom - 10]
    paper = printed == 255
    assert np.mean(band[paper] >= 230) > 0.97  # the dots are gone from the paper between the words
    assert np.mean(band[printed < 64] < 160) > 0.9  # and the words' strokes are still there
    far = slice(bottom + 150, None)  # well clear of the band, the page is as it was
    assert np.array_equal(np.asarray(cleaned.image, dtype=np.uint8)[far], original[far])


def test_flat_grey_and_plain_print_are_not_taken_for_a_pattern(page: Image.Image) -> None:
    assert not patterned_shading(page.convert("L"), 300).any()
    grey = np.minimum(np.asarray(page.convert("L"), dtype=np.uint8), 215).astype(np.uint8)
    assert not patterned_shading(Image.fromarray(grey, mode="L"), 300).any()


def test_the_top_of_a_line_of_capitals_is_not_a_dotted_rule() -> None:
    """A photographed synthetic statement lost the bars of its T's ("TORONTO" read "IORONIO"): the top
    of a line of capitals is thin ink in many pieces too, but the letters' stems stand right under it."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for row in range(30):
        pdf.setFont(["Helvetica", "Times-Roman", "Courier"][row % 3], 7 + row % 4)
        pdf.drawString(
            40, 740 - row * 16, "TIDEWATER HARDWARE TORONTO ON  PRE-AUTHORIZED DEBIT BRIGHTWATER TTT"
        )
    pdf.showPage()
    pdf.save()
    for dpi in (300, 228):  # a scan, and a phone's picture of the page
        for blur in (0.6, 1.0):
            page = render(buffer.getvalue(), dpi).filter(ImageFilter.GaussianBlur(blur))
            assert not dotted_rules(page, dpi).any()


def test_a_page_turned_a_quarter_keeps_its_lines_for_orientation_detection(page: Image.Image) -> None:
    """Every line of a page scanned sideways runs down it: erased as margin lines, OSD saw a blank page."""
    turned = page.convert("L").transpose(Image.Transpose.ROTATE_90)
    small = _reduce(turned, 300)
    assert not sideways_lines(small, _local_paper(small)).any()
