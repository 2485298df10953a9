"""Content rules on drawn pages: each fires on the trace an edit leaves and stays quiet on the layout
a statement generator draws."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from devtools import tamper
from ingest.authenticity import assess, content, judge
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Signal
from ingest.stages.upload import PDF
from tests.unit.authenticity.pdfs import AMOUNTS, RIGHT, Draw, content_signals, pdf, row_y, table


def _codes(data: bytes) -> set[SignalCode]:
    return {s.code for s in content_signals(data)}


def _whiteout(canvas: Canvas, row: int, text: str, font: str = "Helvetica") -> None:
    y = row_y(row)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(RIGHT - 45, y - 2.5, 46, 11, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(font, 9)
    canvas.drawRightString(RIGHT, y, text)


def test_a_generated_table_raises_no_signal() -> None:
    assert content_signals(pdf(table)) == []


def test_whiteout_and_retype_is_covered_text_with_where_it_is() -> None:
    data = pdf(lambda c: (table(c), _whiteout(c, 2, "2,950.00")))

    covered = [s for s in content_signals(data) if s.code is SignalCode.COVERED_TEXT]

    assert len(covered) == 1
    signal = covered[0]
    assert signal.severity is Severity.HIGH and signal.page == 1
    assert signal.bbox is not None
    # The white box sits left of the column's right edge (500 of 612 points), on the third row.
    assert 0.70 < signal.bbox.x0 < signal.bbox.x1 < 0.83
    assert abs(signal.bbox.y0 - (792 - row_y(2) - 9) / 792) < 0.02
    assert "2,950" not in signal.message + signal.evidence  # never the statement's contents


def test_a_cell_background_drawn_before_its_text_is_not_a_whiteout() -> None:
    def shaded(canvas: Canvas) -> None:
        canvas.setFillColorRGB(0.9, 0.9, 0.9)
        canvas.rect(RIGHT - 45, row_y(2) - 2.5, 46, 11, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        table(canvas)

    assert _codes(pdf(shaded)) == set()


def test_the_same_words_drawn_again_on_a_fresh_background_are_not_an_edit() -> None:
    # A template that blanks its footer and draws it again, word for word.
    def footer(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(60, 80, "Registered office: 1 Centenary Square")
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(55, 76, 300, 12, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Times-Roman", 7)
        canvas.drawString(60, 80, "Registered office: 1 Centenary Square")

    assert SignalCode.COVERED_TEXT not in _codes(pdf(footer))


def test_a_box_hiding_text_with_nothing_over_it_is_hidden_text() -> None:
    def redacted(canvas: Canvas) -> None:
        table(canvas)
        canvas.rect(RIGHT - 45, row_y(4) - 2.5, 46, 11, stroke=0, fill=1)

    assert _codes(pdf(redacted)) == {SignalCode.HIDDEN_TEXT}


def test_two_figures_at_the_same_place_overlap() -> None:
    def twice(canvas: Canvas) -> None:
        table(canvas)
        canvas.drawRightString(RIGHT, row_y(3), "7,450.00")  # over "1,450.00", no white box

    signals = [s for s in content_signals(pdf(twice)) if s.code is SignalCode.OVERLAPPING_TEXT]
    assert [s.severity for s in signals] == [Severity.HIGH]


def _over_a_letter(mark: str) -> Draw:
    """A heading whose "E" after "REL" has `mark` drawn over it as a glyph of its own."""

    def draw(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFont("Times-Roman", 10)
        canvas.drawString(60, 740, "RELEVE DE COMPTE")
        canvas.drawString(60 + canvas.stringWidth("REL", "Times-Roman", 10) + 1.5, 742, mark)

    return draw


def test_an_accent_drawn_over_its_letter_is_one_letter_not_overlapping_text() -> None:
    assert (
        _codes(pdf(_over_a_letter("\u00b4"))) == set()
    )  # an acute accent, as TeX-like generators compose it
    retyped = [s for s in content_signals(pdf(_over_a_letter("A"))) if s.code is SignalCode.OVERLAPPING_TEXT]
    assert [s.severity for s in retyped] == [Severity.MEDIUM]


def test_a_bold_overprint_of_the_same_text_is_not_overlapping_text() -> None:
    def bold(canvas: Canvas) -> None:
        table(canvas)
        canvas.drawString(60.3, 720, "STATEMENT OF ACCOUNT")
        canvas.drawString(60, 720, "STATEMENT OF ACCOUNT")

    assert SignalCode.OVERLAPPING_TEXT not in _codes(pdf(bold))


def _pasted(canvas: Canvas) -> None:
    """The table with the figure of row 3 typed in Courier, which nothing else on the page uses."""
    table(canvas, skip=3)
    canvas.setFont("Courier", 9)
    canvas.drawRightString(RIGHT, row_y(3), "1,450.00")


def test_a_figure_in_a_font_nothing_else_uses_is_a_font_island() -> None:
    islands = [s for s in content_signals(pdf(_pasted)) if s.code is SignalCode.FONT_ISLAND]
    assert len(islands) == 1 and "Courier" in islands[0].evidence


def test_a_font_used_by_text_with_digits_but_no_figure_is_not_an_island() -> None:
    def numbered(canvas: Canvas) -> None:
        table(canvas, skip=3)
        canvas.setFont("Courier", 9)
        canvas.drawRightString(RIGHT, row_y(3), "1,450.00")
        canvas.drawString(60, row_y(12), "Page 2 of 3")  # digits, but no amount or date

    assert SignalCode.FONT_ISLAND not in _codes(pdf(numbered))


def test_a_bold_total_whose_font_the_labels_share_is_not_an_island() -> None:
    def total(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(130, row_y(8), "TOTAL")
        canvas.drawRightString(RIGHT, row_y(8), "8,710.10")

    assert SignalCode.FONT_ISLAND not in _codes(pdf(total))


def _coloured(
    *colours: tuple[int, tuple[float, float, float]], ink: tuple[float, float, float] = (0, 0, 0)
) -> Draw:
    """The table with its text in `ink` and the amounts of the given rows in their own colours."""
    by_row = dict(colours)

    def draw(canvas: Canvas) -> None:
        for row, amount in enumerate(AMOUNTS):
            canvas.setFont("Helvetica", 9)
            canvas.setFillColorRGB(*ink)
            canvas.drawString(60, row_y(row), f"2024-11-{row + 1:02d}")
            canvas.drawString(130, row_y(row), "CARD PURCHASE")
            canvas.setFillColorRGB(*by_row.get(row, ink))
            canvas.drawRightString(RIGHT, row_y(row), amount)

    return draw


def test_a_negative_balance_printed_in_red_is_emphasis_not_an_island() -> None:
    assert SignalCode.FONT_ISLAND not in _codes(pdf(_coloured((3, (0.8, 0, 0)))))


def test_a_figure_retyped_in_black_among_dark_grey_ones_is_an_island() -> None:
    retyped = pdf(_coloured((3, (0, 0, 0)), ink=(0.2, 0.2, 0.2)))
    islands = [s for s in content_signals(retyped) if s.code is SignalCode.FONT_ISLAND]
    assert len(islands) == 1 and "colour #000000" in islands[0].evidence


def test_a_red_figure_retyped_in_another_red_is_an_island() -> None:
    retyped = pdf(_coloured((1, (0.8, 0, 0)), (3, (1, 0, 0)), (5, (0.8, 0, 0))))
    assert any("#ff0000" in s.evidence for s in content_signals(retyped) if s.code is SignalCode.FONT_ISLAND)


def test_digits_of_one_figure_from_two_fonts() -> None:
    def mixed(canvas: Canvas) -> None:
        table(canvas, skip=1)
        canvas.setFont("Helvetica", 9)
        width = canvas.stringWidth("6.15", "Helvetica", 9)
        canvas.drawRightString(RIGHT, row_y(1), "6.15")
        canvas.setFont("Times-Roman", 9)
        canvas.drawRightString(RIGHT - width, row_y(1), "8")

    assert SignalCode.MIXED_FONT_FIGURE in _codes(pdf(mixed))


def test_a_figure_raised_off_its_line() -> None:
    def raised(canvas: Canvas) -> None:
        table(canvas, skip=5)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(RIGHT, row_y(5) + 1.6, "112.40")

    signals = [s for s in content_signals(pdf(raised)) if s.code is SignalCode.MISALIGNED_FIGURE]
    assert [s.severity for s in signals] == [Severity.MEDIUM]
    assert "+1.60 pt" in signals[0].evidence


def test_a_figure_raised_less_than_its_tolerance_is_on_its_line() -> None:
    def raised(canvas: Canvas) -> None:
        table(canvas, skip=5)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(RIGHT, row_y(5) + 0.9, "112.40")  # under 0.12 of 9 pt

    assert SignalCode.MISALIGNED_FIGURE not in _codes(pdf(raised))


def test_a_figure_off_its_columns_right_edge() -> None:
    def shifted(canvas: Canvas) -> None:
        table(canvas, skip=4)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(RIGHT + 1.3, row_y(4), "23.99")

    signals = [s for s in content_signals(pdf(shifted)) if s.code is SignalCode.MISALIGNED_FIGURE]
    assert [s.severity for s in signals] == [Severity.LOW]


def test_amounts_in_parentheses_aligned_on_the_bracket_are_in_their_column() -> None:
    def brackets(canvas: Canvas) -> None:
        table(canvas, skip=4)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(RIGHT, row_y(4), "(23.99)")

    assert SignalCode.MISALIGNED_FIGURE not in _codes(pdf(brackets))


def test_a_totals_block_aligned_on_its_last_characters_shares_its_edge_with_a_bracketed_figure() -> None:
    # Totals right-aligned a point left of the table's column: the figures end together, the bracketed
    # one on its bracket, as right-aligned text ends on its last character whatever it is.
    def totals(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFont("Helvetica", 9)
        for row, figure in enumerate(("330,509.02", "12,000.00", "(51.00)"), start=len(AMOUNTS) + 1):
            canvas.drawString(130, row_y(row), "TOTAL")
            canvas.drawRightString(RIGHT - 1.0, row_y(row), figure)

    assert SignalCode.MISALIGNED_FIGURE not in _codes(pdf(totals))


def _background(canvas: Canvas) -> None:
    """A picture covering the page (a scan, or a form printed as one image under real text)."""
    canvas.drawImage(ImageReader(Image.new("L", (200, 260), 255)), 0, 0, 612, 792)


def test_a_scanned_page_is_left_to_the_ocr_layer() -> None:
    # A page that is one big picture: its text layer's fonts and places are an OCR engine's.
    def scan(canvas: Canvas) -> None:
        _background(canvas)
        table(canvas)
        canvas.drawRightString(RIGHT, row_y(3), "7,450.00")

    assert content_signals(pdf(scan)) == []


def test_a_whiteout_on_a_page_that_is_mostly_a_picture_is_still_covered_text() -> None:
    # No OCR engine draws boxes over its text: a box hiding text, retyped on, is a white-out there too.
    def form(canvas: Canvas) -> None:
        _background(canvas)
        table(canvas, font="Times-Roman")
        _whiteout(canvas, 2, "2,540.00")

    assert _codes(pdf(form)) == {SignalCode.COVERED_TEXT}


def _verdict(data: bytes) -> Verdict:
    """The file's verdict from its structure and metadata and its pages' content, as the reader judges it."""
    return judge(assess(data, PDF, content_signals(data))).verdict


def _boxed(red: float, green: float, blue: float) -> bytes:
    """The table with a filled box over the fifth row's amount and nothing written on it."""

    def draw(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFillColorRGB(red, green, blue)
        canvas.rect(RIGHT - 45, row_y(4) - 2.5, 46, 11, stroke=0, fill=1)

    return pdf(draw)


@pytest.mark.parametrize(
    ("fill", "seen"), [((0, 0, 0), "visible redaction"), ((1, 1, 1), "nothing written over it")]
)
def test_a_box_over_text_with_nothing_written_on_it_is_a_redaction_that_leaves_the_file_clean(
    fill: tuple[float, float, float], seen: str
) -> None:
    data = _boxed(*fill)

    signals = content_signals(data)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert seen in signals[0].message
    assert _verdict(data) is Verdict.CLEAN


def test_a_whiteout_with_a_figure_retyped_on_it_stays_suspect() -> None:
    data = pdf(lambda c: (table(c), _whiteout(c, 4, "1,540.00")))

    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in [(s.code, s.severity) for s in content_signals(data)]
    assert _verdict(data) is Verdict.SUSPECT


def _banner(words: str, raised: float = -1.0) -> bytes:
    """A web page's fixed banner printed over the table's last row (drawn after it, in a dark fill, its
    own words in white on it, `raised` that far above the row's baseline), as a browser prints a cookie
    notice or a chat button."""

    def draw(canvas: Canvas) -> None:
        table(canvas)
        canvas.setFillColorRGB(0.13, 0.13, 0.13)
        canvas.rect(40, row_y(6) - 8, 530, 24, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, row_y(6) + raised, words)

    return pdf(draw)


def test_a_banner_whose_words_hide_figures_is_a_weak_sign_not_a_retype() -> None:
    signals = content_signals(_banner("We use cookies to make our site work. Accept all cookies"))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert "page element" in signals[0].message
    assert _verdict(_banner("We use cookies to make our site work.")) is Verdict.CLEAN


@pytest.mark.parametrize("words", ["Balance 3,383.06", "Call 0800 555 0123"])
def test_a_box_with_a_digit_written_on_it_over_figures_stays_covered_text(words: str) -> None:
    # What is written over hidden figures holds a digit, on their line: it may be a retype.
    assert (SignalCode.COVERED_TEXT, Severity.HIGH) in {
        (s.code, s.severity) for s in content_signals(_banner(words))
    }


def test_a_banner_whose_figures_stand_off_the_lines_it_hides_is_a_weak_sign() -> None:
    # Its text half a line above the row it hides: no retype stands there.
    signals = content_signals(_banner("Call 0800 555 0123", raised=7.0))

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.HIDDEN_TEXT, Severity.LOW)]
    assert "lines it hides" in signals[0].message


def _noted(over_figure: bool) -> bytes:
    """The table with a text box added as a FreeText annotation: over a figure, the changed figure on a
    white background (`devtools.tamper`'s edit), else a note in the margin beside a row."""
    data = pdf(table)
    if over_figure:
        return tamper.tamper(data, "annotation")
    with pikepdf.open(io.BytesIO(data)) as document:
        document.pages[0].obj["/Annots"] = pikepdf.Array(
            [
                document.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot,
                        Subtype=pikepdf.Name.FreeText,
                        Rect=[510, row_y(2) - 2, 600, row_y(2) + 10],
                        Contents=pikepdf.String("rent 2024"),
                        DA=pikepdf.String("/Helv 9 Tf 0 g"),
                    )
                )
            ]
        )
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def test_a_figure_retyped_in_a_text_box_annotation_over_it_is_covered_text() -> None:
    data = _noted(over_figure=True)

    signals = content_signals(data)

    assert [(s.code, s.severity) for s in signals] == [(SignalCode.COVERED_TEXT, Severity.HIGH)]
    assert "annotation" in signals[0].message
    assert _verdict(data) is Verdict.SUSPECT


def test_a_note_added_beside_the_figures_gives_no_signal() -> None:
    assert content_signals(_noted(over_figure=False)) == []


def test_annotations_that_fail_to_be_read_leave_the_pages_other_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pikepdf.open(io.BytesIO(pdf(_pasted))) as document:
        note = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[560, 740, 580, 760]
        )
        document.pages[0].obj["/Annots"] = pikepdf.Array([document.make_indirect(note)])
        out = io.BytesIO()
        document.save(out)

    def hostile(*args: object) -> list[Signal]:
        raise RuntimeError("an annotation pdfium cannot read")

    monkeypatch.setattr(content, "laid_over", hostile)

    assert SignalCode.FONT_ISLAND in _codes(out.getvalue())
