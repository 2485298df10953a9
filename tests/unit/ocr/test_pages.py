"""Per-page choice of text layer or OCR, and every image format a statement arrives in."""

from __future__ import annotations

import io
import pickle
import time
import zlib

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.codes import ExtractionMethod
from ingest.extract import images, ocr
from ingest.extract.lexicon import fold, language_of
from ingest.extract.ocr import OcrOptions, OcrWord, Tesseract
from ingest.extract.pages import FRENCH_LANG, OCR_LANG, image_dpi, page_image, read_pages, text_quality
from ingest.extract.words import trusted
from ingest.settings import Limits
from ingest.stages.upload import BMP, JPEG, PDF, PNG, TIFF, WEBP
from tests.unit.ocr.pages import (
    LINES,
    CrashingEngine,
    FakeEngine,
    encoded,
    image_pdf,
    render,
    statement_pdf,
    word,
)

LIMITS = Limits()


def options(engine: object) -> OcrOptions:
    return OcrOptions(engine=engine, lang=OCR_LANG, timeout_s=30)  # type: ignore[arg-type]


def test_good_text_layer_is_used_and_never_ocred() -> None:
    pages = list(read_pages(LIMITS, statement_pdf(), PDF, options(CrashingEngine())))
    assert [p.method for p in pages] == [ExtractionMethod.TEXT]
    assert "PAYROLL" in {w.text for w in pages[0].words}


def test_image_only_pdf_is_ocred_with_boxes_in_points() -> None:
    engine = FakeEngine(words=[word("PAYROLL", left=300, top=600)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert page.method is ExtractionMethod.OCR
    [(width, height, dpi)] = engine.reads
    assert (width, height, dpi) == pytest.approx((2550, 3300, 300), abs=2)
    assert (page.width, page.height) == pytest.approx((612, 792), abs=0.5)
    [found] = page.words
    assert (found.x0, found.top, found.confidence) == pytest.approx((72.0, 144.0, 95.0))


def _garbled_pdf() -> bytes:
    """Text whose characters came out as mojibake, drawn over nothing else: what broken fonts give."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 11)
    for n in range(20):
        pdf.drawString(60, 720 - 18 * n, "Ã©tÂ¤ Â§Ã¨ â€™Ã® Ã¢â€ Ã‚Â© ¤¤¥ Ã¯Â¿Â½")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_garbage_text_layer_is_ocred_instead() -> None:
    engine = FakeEngine(words=[word("PAYROLL")])
    [page] = read_pages(LIMITS, _garbled_pdf(), PDF, options(engine))
    assert page.method is ExtractionMethod.OCR
    assert len(engine.reads) == 1


def test_scan_with_a_thin_ocr_layer_is_ocred_again() -> None:
    """A scanned page whose invisible text layer holds a couple of words missed the rest of the page."""
    scan = render(statement_pdf())
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawImage(ImageReader(scan), 0, 0, width=612, height=792)
    text = pdf.beginText(60, 720)
    text.setTextRenderMode(3)  # invisible, as OCR tools write it
    text.textLine("Northwind Savings")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    engine = FakeEngine(words=[word("PAYROLL")])
    [page] = read_pages(LIMITS, buffer.getvalue(), PDF, options(engine))
    assert page.method is ExtractionMethod.OCR


def test_a_searchable_scan_is_read_from_its_picture_as_stored() -> None:
    """The invisible OCR layer over a scanner's picture does not make the page a drawing to render:
    the picture is decoded at its own resolution, not resampled by a render."""
    full = render(statement_pdf())
    scan = full.resize((full.width // 2, full.height // 2))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawImage(ImageReader(scan), 0, 0, width=612, height=792)
    text = pdf.beginText(60, 720)
    text.setTextRenderMode(3)
    text.textLine("Northwind Savings statement")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    image, dpi = page_image(page, 300)
    assert image.size == scan.size
    assert dpi == pytest.approx(scan.width / (612 / 72))


@pytest.mark.parametrize(
    "text",
    [
        "Ã©tÃ© Ã‰TÃ‰ relevÃ© â€™",  # UTF-8 read as Latin-1
        "(cid:12)(cid:44)(cid:7) (cid:80)(cid:80)",  # glyphs without a Unicode mapping
        "Wkh Vwdwhphqw ri Dffrxqw Edodqfh Zlwkgudzdo Wudqvihu Sdbphqw Ghsrvlw Fkhtxh Wrwdo Qxpehu",
        "l|1 ~;: ^^ }{ \ue000\ue001 \x07\x08",
    ],
)
def test_garbage_scores_low(text: str) -> None:
    assert text_quality(text.split()) < 0.75


@pytest.mark.parametrize(
    "text", [" ".join(LINES), "Dépôts Retraits Solde 1 234,56 $ 12/03/2025 RÉF. HCBS12345(12345)"]
)
def test_statement_text_scores_high(text: str) -> None:
    assert text_quality(text.split()) > 0.9


@pytest.mark.parametrize(
    ("fmt", "content_type", "extra"),
    [
        ("PNG", PNG, {}),
        ("JPEG", JPEG, {"quality": 80}),
        ("BMP", BMP, {}),
        ("WEBP", WEBP, {"quality": 80}),
        ("TIFF", TIFF, {"compression": "group4"}),
    ],
)
def test_every_image_format_is_ocred(fmt: str, content_type: str, extra: dict[str, object]) -> None:
    scan = render(statement_pdf())
    image = scan.convert("1") if extra.get("compression") == "group4" else scan
    engine = FakeEngine(words=[word("PAYROLL")])
    [page] = read_pages(LIMITS, encoded(image, fmt, **extra), content_type, options(engine))
    assert page.method is ExtractionMethod.OCR and [w.text for w in page.words] == ["PAYROLL"]
    assert page.width == pytest.approx(
        612, abs=1
    )  # 300 dpi metadata, or the page-width estimate for BMP/WEBP


def test_multi_page_tiff_gives_every_page() -> None:
    first, second = render(statement_pdf()), render(statement_pdf(LINES[:3]))
    buffer = io.BytesIO()
    first.save(
        buffer, format="TIFF", save_all=True, append_images=[second], dpi=(300, 300), compression="tiff_lzw"
    )
    engine = FakeEngine(words=[word("PAYROLL")])
    pages = list(read_pages(LIMITS, buffer.getvalue(), TIFF, options(engine)))
    assert [p.number for p in pages] == [1, 2]
    assert len(engine.reads) == 2


def test_blank_image_gives_no_words_without_calling_the_engine() -> None:
    blank = Image.new("L", (2550, 3300), 255)
    [page] = read_pages(LIMITS, encoded(blank, "PNG"), PNG, options(CrashingEngine()))
    assert page.words == ()


def test_low_confidence_page_is_read_but_not_trusted() -> None:
    """Noise read at low confidence is kept apart, not dropped: extraction leaves the page out and says so."""
    engine = FakeEngine(
        words=[word("12/03", 38.0), word("1,234.56", 41.0), word("DEPOSIT", 35.0), word("~", 20.0)]
    )
    [page] = read_pages(LIMITS, encoded(render(statement_pdf()), "PNG"), PNG, options(engine))
    assert [w.text for w in page.words] == ["12/03", "1,234.56", "DEPOSIT"]
    assert not trusted(page)


def test_language_is_not_decided_on_a_page_ocr_distrusts() -> None:
    engine = FakeEngine(words=[word(w.text, 40.0) for w in FRENCH])
    tiff = _tiff(render(statement_pdf()), render(statement_pdf()))
    list(read_pages(LIMITS, tiff, TIFF, options(engine)))
    assert engine.langs == [OCR_LANG, OCR_LANG]  # garbage is no evidence of a language


def test_specks_read_as_symbols_are_dropped() -> None:
    engine = FakeEngine(words=[word("PAYROLL"), word("|", 55.0), word("2,310.00", 91.0)])
    [page] = read_pages(LIMITS, encoded(render(statement_pdf()), "PNG"), PNG, options(engine))
    assert [w.text for w in page.words] == ["PAYROLL", "2,310.00"]


def test_a_logo_read_as_marks_at_low_confidence_is_dropped_and_doubted_figures_kept() -> None:
    """A bank's emblem beside its name comes out as "«X>" at 20-30: it is no part of the name."""
    engine = FakeEngine(
        words=[word("«X>", 28.0), word("HSBC"), word("-£5.00", 25.0), word("(CR)", 20.0), word("Ltd.", 25.0)]
    )
    [page] = read_pages(LIMITS, encoded(render(statement_pdf()), "PNG"), PNG, options(engine))
    assert [w.text for w in page.words] == ["HSBC", "-£5.00", "(CR)", "Ltd."]


def test_phone_photo_metadata_is_not_taken_for_paper_resolution() -> None:
    photo = Image.new("L", (3024, 4032), 255)
    photo.info["dpi"] = (72, 72)  # what cameras write; the page is about 8.5 in across the frame
    assert image_dpi(photo) == pytest.approx(3024 / 8.5)


def test_engine_and_options_pickle_into_worker_processes() -> None:
    restored = pickle.loads(pickle.dumps(OcrOptions(engine=Tesseract(psm=6), lang="eng+fra")))
    assert restored == OcrOptions(engine=Tesseract(psm=6), lang="eng+fra")


def test_scanned_page_is_read_as_stored_not_rendered() -> None:
    """A 200-dpi scan in a PDF comes out at its own 200 dpi: clean-up resamples once, not twice."""
    import pypdfium2 as pdfium

    from ingest.extract.pages import page_image

    scan = render(statement_pdf(), dpi=200)
    document = pdfium.PdfDocument(image_pdf(scan, dpi=200))
    image, dpi = page_image(document[0], 300)
    assert dpi == pytest.approx(200, abs=0.5)
    assert image.size == scan.size


def test_page_drawn_as_text_is_rendered() -> None:
    import pypdfium2 as pdfium

    from ingest.extract.pages import page_image

    document = pdfium.PdfDocument(statement_pdf())
    image, dpi = page_image(document[0], 300)
    assert dpi == 300 and image.size == pytest.approx((2550, 3300), abs=2)


def test_engine_is_told_the_resolution_only_when_the_file_states_it() -> None:
    """An estimated resolution misleads Tesseract's layout analysis; a stated one sets word spacing."""
    scan = render(statement_pdf())
    stated, estimated = FakeEngine(words=[word("PAYROLL")]), FakeEngine(words=[word("PAYROLL")])
    list(read_pages(LIMITS, encoded(scan, "PNG"), PNG, options(stated)))
    buffer = io.BytesIO()
    scan.save(buffer, format="JPEG", quality=85)  # no resolution in the file, as phone photos come
    list(read_pages(LIMITS, buffer.getvalue(), JPEG, options(estimated)))
    assert [dpi for _, _, dpi in stated.reads] == [300]
    assert [dpi for _, _, dpi in estimated.reads] == [None]


FRENCH = [
    word(w)
    for w in ["Relevé", "de", "compte", "du", "1", "au", "30", "novembre", "pour", "le", "compte", "de", "la"]
]
ENGLISH = [
    word(w) for w in ["Statement", "of", "the", "account", "for", "the", "period", "from", "March", "to"]
]


def _tiff(*pages: Image.Image) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=list(pages[1:]), dpi=(300, 300))
    return buffer.getvalue()


def test_french_statement_is_read_again_in_french_and_so_are_its_next_pages() -> None:
    """With English first, Tesseract reads REÇU as REGU; a French file is read with French alone."""
    engine = FakeEngine(words=FRENCH)
    tiff = _tiff(render(statement_pdf()), render(statement_pdf(LINES[:3])))
    list(read_pages(LIMITS, tiff, TIFF, options(engine)))
    assert engine.langs == [OCR_LANG, FRENCH_LANG, FRENCH_LANG]


def test_french_first_page_is_read_again_from_the_same_clean_image() -> None:
    engine = FakeEngine(words=FRENCH)
    photo = io.BytesIO()
    render(statement_pdf()).rotate(2, fillcolor=255).save(photo, format="JPEG", quality=85)
    list(read_pages(LIMITS, photo.getvalue(), JPEG, options(engine)))
    assert engine.langs == [OCR_LANG, FRENCH_LANG]
    assert engine.images[0] is engine.images[1]  # cleaned once: deskewed and relit once


def test_english_statement_is_read_once() -> None:
    engine = FakeEngine(words=ENGLISH)
    list(read_pages(LIMITS, encoded(render(statement_pdf()), "PNG"), PNG, options(engine)))
    assert engine.langs == [OCR_LANG]


def test_language_is_decided_on_the_first_page_with_words() -> None:
    engine = FakeEngine(words=FRENCH)
    tiff = _tiff(Image.new("L", (2550, 3300), 255), render(statement_pdf()), render(statement_pdf()))
    list(read_pages(LIMITS, tiff, TIFF, options(engine)))
    assert engine.langs == [OCR_LANG, FRENCH_LANG, FRENCH_LANG]  # the blank page is not read at all


def test_a_language_the_caller_chose_is_kept() -> None:
    engine = FakeEngine(words=ENGLISH)
    tiff = _tiff(render(statement_pdf()), render(statement_pdf()), render(statement_pdf()))
    pages = list(read_pages(LIMITS, tiff, TIFF, OcrOptions(engine=engine, lang=FRENCH_LANG, timeout_s=30)))
    assert engine.langs == [FRENCH_LANG] * 3
    assert [p.number for p in pages] == [1, 2, 3]


def _with_picture_as(pdf: bytes, samples: Image.Image, **entries: object) -> bytes:
    """The PDF with its lone picture's samples and dictionary entries replaced, as other tools write them."""
    document = pikepdf.open(io.BytesIO(pdf))
    [picture] = document.pages[0].get_images().values()
    picture.write(zlib.compress(samples.tobytes()), filter=pikepdf.Name.FlateDecode)
    picture.BitsPerComponent = 1 if samples.mode == "1" else 8
    for key, value in entries.items():
        if value is None:
            del picture[f"/{key}"]
        else:
            picture[f"/{key}"] = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _paper_share(image: Image.Image) -> float:
    return float((np.asarray(image.convert("L")) > 128).mean())


@pytest.mark.parametrize(
    ("bilevel", "entries"),
    [
        (False, {"Decode": pikepdf.Array([1, 0])}),  # grey samples stored as a negative
        (True, {"Decode": pikepdf.Array([1, 0])}),  # bilevel samples stored as a negative
        (True, {"ColorSpace": None, "ImageMask": True, "Decode": pikepdf.Array([1, 0])}),  # a stencil
        (True, {"ColorSpace": None, "ImageMask": True}),  # a stencil painting its 0 bits
    ],
)
def test_picture_with_an_inverting_decode_array_is_not_read_as_a_negative(
    bilevel: bool, entries: dict[str, object]
) -> None:
    import pypdfium2 as pdfium

    from ingest.extract.pages import page_image

    scan = render(statement_pdf())
    samples = scan.point(lambda v: 255 if v > 128 else 0).convert("1") if bilevel else scan
    stencil_of_zeros = entries.get("ImageMask") and "Decode" not in entries
    if not stencil_of_zeros:
        samples = ImageOps.invert(samples.convert("L")).convert(samples.mode)  # ink stored as 1 / light
    document = pdfium.PdfDocument(_with_picture_as(image_pdf(scan), samples, **entries))
    image, dpi = page_image(document[0], 300)
    assert dpi == pytest.approx(300, abs=0.5)
    assert _paper_share(image) > 0.9  # paper is white and the print dark, as the page shows


def test_a_text_layer_in_no_known_language_is_not_read() -> None:
    """A font whose encoding maps glyphs to other letters gives plausible words of no language."""
    from ingest.extract.pages import reads_as_language

    german = (
        "Kontoauszug Nr. 1/2017 vom 01.01.2017 bis 31.01.2017 Alter Saldo Buchungstag Wertstellung "
        "Verwendungszweck Betrag Lastschrift Stadtwerke Miete Gehalt der Firma und die Bank mit dem Konto "
    )
    shifted = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in german)  # glyphs one code off
    assert reads_as_language((german * 3).split())
    assert not reads_as_language((shifted * 3).split())


SHOP_ROWS = tuple(
    f"{day:02d}-12 {shop} Betaalautomaat pas {day * 37 % 900} {day * 3.15:.2f} {9000 - day * 41.5:,.2f}"
    for day, shop in enumerate(
        ["BAKKERIJ KORENAAR ZWOLLE", "DROGISTERIJ ZONNEBLOEM LEIDEN", "SLAGERIJ VERMEULEN BREDA"] * 4, start=1
    )
)


def _pages_pdf(*pages: tuple[str, tuple[str, ...]]) -> bytes:
    """A PDF of one page per (font, lines)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for font, lines in pages:
        pdf.setFont(font, 11)
        for n, line in enumerate(lines):
            pdf.drawString(60, 720 - 18 * n, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_continuation_page_of_shop_names_in_the_fonts_of_a_page_read_as_words_is_not_ocred() -> None:
    """A page of merchant names and figures shows few of a language's common words; drawn in the
    fonts a page before it read right, it is no broken encoding (OCR there reads references as amounts)."""
    first = ("Helvetica", LINES * 3)
    both = list(
        read_pages(LIMITS, _pages_pdf(first, ("Helvetica", SHOP_ROWS)), PDF, options(CrashingEngine()))
    )
    assert [p.method for p in both] == [ExtractionMethod.TEXT, ExtractionMethod.TEXT]
    assert "ZONNEBLOEM" in {w.text for w in both[1].words}
    # Alone, or drawn in a font no page read, the same page is still judged by its words.
    engine = FakeEngine(words=[word("PAYROLL")])
    [alone] = read_pages(LIMITS, _pages_pdf(("Helvetica", SHOP_ROWS)), PDF, options(engine))
    other_font = list(read_pages(LIMITS, _pages_pdf(first, ("Courier", SHOP_ROWS)), PDF, options(engine)))
    assert alone.method is ExtractionMethod.OCR
    assert [p.method for p in other_font] == [ExtractionMethod.TEXT, ExtractionMethod.OCR]


GERMAN = [
    word(w)
    for w in [
        "Kontoauszug",
        "für",
        "das",
        "Girokonto",
        "der",
        "Kundin",
        "und",
        "die",
        "Umsätze",
        "von",
        "März",
    ]
]


# A short statement page: fewer words than a page of running text, each line as a German bank prints it.
SHORT_GERMAN = (
    "Girokonto Kontoauszug Nr. 1/2020",
    "Herrn Max Mustermann Musterstrasse 12 10115 Berlin",
    "IBAN DE12 1001 0010 0123 4567 89 Auszug vom 31.01.2020",
    "Buchung Wert Vorgang Soll Haben",
    "Alter Kontostand vom 31.12.2019 1.520,40",
    "02.01. 02.01. Lastschrift Stadtwerke Berlin 84,35",
    "05.01. 05.01. Gutschrift Gehalt Firma GmbH 2.210,00",
    "09.01. 09.01. Dauerauftrag Miete Wohnung 850,00",
    "20.01. 20.01. Bargeldauszahlung Geldautomat 200,00",
    "Neuer Kontostand vom 31.01.2020 2.596,05",
)


def _shifted(line: str) -> str:
    """The line as a font without a character map gives it: each letter's code one off."""
    return "".join(chr(ord(c) + 1) if c.isalpha() else c for c in line)


def test_a_short_page_in_a_broken_font_encoding_is_ocred_and_the_same_page_read_right_is_not() -> None:
    """A one-page statement has fewer words than a page of running text; too few of them are words of
    any language either way when its font maps every glyph to another letter ("Mbtutdisjgu")."""
    engine = FakeEngine(words=[word("PAYROLL")])
    [broken] = read_pages(
        LIMITS, _pages_pdf(("Helvetica", tuple(map(_shifted, SHORT_GERMAN)))), PDF, options(engine)
    )
    [right] = read_pages(LIMITS, _pages_pdf(("Helvetica", SHORT_GERMAN)), PDF, options(CrashingEngine()))
    assert (broken.method, right.method) == (ExtractionMethod.OCR, ExtractionMethod.TEXT)


def test_german_statement_is_read_again_in_german_and_so_are_its_next_pages() -> None:
    """Every language of the lexicon is read in its own data, not only French."""
    engine = FakeEngine(words=GERMAN)
    tiff = _tiff(render(statement_pdf()), render(statement_pdf(LINES[:3])))
    list(read_pages(LIMITS, tiff, TIFF, options(engine)))
    assert engine.langs == [OCR_LANG, "deu", "deu"]


def test_a_language_whose_data_is_missing_is_not_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine set up without `make setup` reads German in English rather than failing the file."""
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng", "fra"}))
    assert ocr.reading_language([w.text for w in GERMAN], OCR_LANG) == OCR_LANG
    assert ocr.reading_language([w.text for w in FRENCH], OCR_LANG) == FRENCH_LANG


def test_the_ocr_threads_of_a_process_clean_one_page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # A clean-up's arrays peak at many times the page image: two at once doubled a scan's peak memory.
    active, most = [0], [0]
    clean = images.clean_page

    def counted(image: Image.Image, dpi: float, *, scanned: bool = True) -> object:
        active[0] += 1
        most[0] = max(most[0], active[0])
        try:
            time.sleep(0.05)  # long enough for a second thread to arrive while this one cleans
            return clean(image, dpi, scanned=scanned)
        finally:
            active[0] -= 1

    monkeypatch.setattr(ocr, "clean_page", counted)
    frames = [render(statement_pdf(LINES[: 3 + n])) for n in range(4)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    engine = FakeEngine(words=[word("PAYROLL", left=300 + 40 * n) for n in range(8)])
    pages = list(read_pages(Limits(ocr_threads=2), buffer.getvalue(), TIFF, options(engine)))
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert len(engine.reads) == 4
    assert most[0] == 1


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("09,12.2021", "09.12.2021"),
        ("25,01.", "25.01."),
        ("09.12,2021", "09.12.2021"),
        ("1.234,56", "1.234,56"),  # a figure keeps its marks
        ("12,50", "12,50"),
    ],
)
def test_a_dates_point_ocr_read_as_a_comma_is_a_point_again(read: str, kept: str) -> None:
    """ING at 300 dpi: "09,12.2021" was no date, and the row took the date of the row before."""
    engine = FakeEngine(words=[word(read, left=300, top=600)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert [w.text for w in page.words] == [kept]


def _read_line(read: list[str]) -> list[str]:
    """The words read_pages keeps of one line OCR read as `read`, its words a space's width apart."""
    words, left = [], 300
    for text in read:
        words.append(word(text, left=left, top=600))
        left += 30 * len(text) + 20  # a space's width apart, well within a word's height
    engine = FakeEngine(words=words)
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    return [w.text for w in page.words]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        (["17", "Dee", "19"], ["17", "Dec", "19"]),  # day, month, year
        (["Nav", "4"], ["Nov", "4"]),  # month first, nothing after its day
        (["17", "Dee", "Road"], ["17", "Dee", "Road"]),  # a word follows: an address, no date
        (["River", "Dee"], ["River", "Dee"]),  # no day beside it
        (["3", "Max", "21"], ["3", "Max", "21"]),  # no look-alike letter makes it a month
        (["3", "Mav", "21"], ["3", "May", "21"]),
        (["04", "Jal", "25"], ["04", "Jul", "25"]),  # a blurred u read as an a (an HSBC photo)
        (["IS", "Dee", "22"], ["15", "Dec", "22"]),  # its day read as look-alike marks too
        (["IS", "Dee", "Road"], ["IS", "Dee", "Road"]),
        (["ISS", "Dee", "22"], ["ISS", "Dee", "22"]),  # no day's length
    ],
)
def test_a_months_name_read_with_one_letter_slipped_beside_a_day_is_that_month(
    read: list[str], kept: list[str]
) -> None:
    """HSBC at 200 dpi: "17 Dee 19" was no date, and the day's rows took the date of the day before."""
    assert _read_line(read) == kept


def test_a_weekdays_name_one_slip_from_a_month_is_that_month_in_a_column_of_months() -> None:
    """TD at 300 dpi: "JUE 21" (a serif L read as an E) was no date, and the row took the date of the row
    before; "jue" is also a weekday's name (Spanish jueves), a month only where months stand."""
    dated = [["JUL", "20", "JUL", "21"], ["JUE", "21", "JUL", "21"], ["JUL", "23", "JUL", "24"], ["JUL", "8"]]
    assert _read_table(dated, apart=100)[1] == ["JUL", "21", "JUL", "21"]


def test_a_weekdays_name_beside_its_day_stays_a_weekday() -> None:
    assert _read_table(
        [["Jue", "21", "COMPRA"], ["Vie", "22", "COMPRA"], ["Lun", "25", "COMPRA"]], apart=100
    ) == [
        ["Jue", "21", "COMPRA"],
        ["Vie", "22", "COMPRA"],
        ["Lun", "25", "COMPRA"],
    ]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        (["AUGI5", "AUG15", "RETAIL"], ["AUG", "15", "AUG", "15", "RETAIL"]),  # both dates of a row
        (["AUG", "6", "AUG7", "Amazon"], ["AUG", "6", "AUG", "7", "Amazon"]),  # after the first date
        (["Jan21.", "POS", "PURCHASE"], ["Jan", "21", "POS", "PURCHASE"]),  # a speck after the day
        (["Jan22._", "INTERAC"], ["Jan", "22", "INTERAC"]),  # a row's rule after it, read as marks
        (["UBER", "CA", "JUL31", "2PJZZ"], ["UBER", "CA", "JUL31", "2PJZZ"]),  # in a description
        (["UBER", "CA", "JUL31.", "2PJZZ"], ["UBER", "CA", "JUL31.", "2PJZZ"]),
        (["AUGIS", "CASH"], ["AUGIS", "CASH"]),  # no digit: nothing shows a day
        (["MAR99", "CASH"], ["MAR99", "CASH"]),  # no day of a month
    ],
)
def test_a_months_name_and_its_day_read_as_one_word_are_split(read: list[str], kept: list[str]) -> None:
    """TD at 300 dpi beside a picture: "AUGI5 AUGI5 RETAIL INTEREST" was no date, nor "AUG 6 AUG7"'s
    posting date."""
    assert _read_line(read) == kept


def test_a_day_run_into_its_month_is_boxed_without_the_speck_after_it() -> None:
    """ "Jan22._": the day's box holds its two digits' share of the word's width, not the rule's end read
    as marks after it (the month's three letters hold three shares)."""
    engine = FakeEngine(words=[word("Jan22._", left=300, top=600), word("INTERAC", left=530, top=600)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    month, day, _ = page.words
    assert (month.text, day.text) == ("Jan", "22")
    assert day.x0 == pytest.approx(month.x1)
    assert day.x1 - day.x0 == pytest.approx((month.x1 - month.x0) * 2 / 3)


def _read_table(rows: list[list[str]], apart: int = 60) -> list[list[str]]:
    """The words read_pages keeps of lines OCR read as `rows`, each as `_read_line` lays its words out,
    from one left edge (so that a line's first words stand in a column), `apart` pixels apart."""
    words = []
    for line, row in enumerate(rows):
        left = 300
        for text in row:
            words.append(word(text, left=left, top=600 + apart * line))
            left += 30 * len(text) + 20
    engine = FakeEngine(words=words)
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    lines: dict[float, list[str]] = {}
    for w in page.words:
        lines.setdefault(w.top, []).append(w.text)
    return list(lines.values())


DATED = [["AUG", "9", "AUG", "11", "NETFLIX"], ["AUG", "12", "AUG", "13", "TSI"], ["AUG13", "AUG15", "FEE"]]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        (["AUGIS", "AUGIS", "CASH"], ["AUG", "15", "AUG", "15", "CASH"]),  # both dates of a row
        (["AUGI", "AUG15", "CASH"], ["AUG", "1", "AUG", "15", "CASH"]),
        (["AUGIS", "CASH", "INTEREST"], ["AUG", "15", "CASH", "INTEREST"]),
        (["FEE", "AUGIS", "CASH"], ["FEE", "AUGIS", "CASH"]),  # not where the dates stand
        (["AUGXS", "CASH", "FEE"], ["AUGXS", "CASH", "FEE"]),  # X is no digit's look-alike
    ],
)
def test_a_day_run_into_its_month_in_look_alike_marks_alone_is_a_day_in_a_column_of_dates(
    read: list[str], kept: list[str]
) -> None:
    """TD 2014 photographed: "AUGIS AUGIS CASH INTEREST" (AUG 15) under a column of AUG dates was no date,
    and the day's three rows were lost."""
    assert _read_table([*DATED, read])[-1] == kept


def test_a_months_name_in_a_column_of_dates_is_not_split_into_a_day() -> None:
    """A month's own name ("JULI", July, as "MARS" is March) is not JUL 1, wherever it stands."""
    dated = [["JULI", "2020", "Miete"], ["JULI", "2020", "Strom"], ["JULI", "2020", "Gas"], ["JULI", "2020"]]
    assert _read_table(dated)[-1] == ["JULI", "2020"]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        (["AUG", "9", "AUG", "I1", "NETFLIX"], ["AUG", "9", "AUG", "11", "NETFLIX"]),
        (["JUL", "31", "AUG", "|", "UBER"], ["JUL", "31", "AUG", "1", "UBER"]),
        (["AUG", "I1", "NETFLIX"], ["AUG", "11", "NETFLIX"]),  # the month opens its line
        (["AUG", "12.", "AUG13", "INTERNET"], ["AUG", "12", "AUG", "13", "INTERNET"]),  # a speck as a point
        (["JUL31", "AUG", "|", "UBER"], ["JUL", "31", "AUG", "1", "UBER"]),
        (["O01", "Nov", "19", "CR"], ["1", "Nov", "19", "CR"]),  # a speck read before a day before its month
        (["Ol", "May", "19", "CR"], ["1", "May", "19", "CR"]),
        (["I", "May", "be", "late"], ["I", "May", "be", "late"]),  # no year after the month: no date
        (["PAID", "MAY", "I", "THINK"], ["PAID", "MAY", "I", "THINK"]),  # no date stands there
        (["JUL", "31", "AUG", "O"], ["JUL", "31", "AUG", "O"]),  # no day of a month
    ],
)
def test_a_day_read_as_look_alike_marks_beside_its_month_is_that_day(
    read: list[str], kept: list[str]
) -> None:
    """TD at 300 and 200 dpi: "AUG I1" and "AUG |" were no dates, nor HSBC's "O01 Nov 19" at 200 dpi, and
    their rows took the date before."""
    assert _read_line(read) == kept


@pytest.mark.parametrize(("mark", "kept"), [("§", "5"), ("S", "5"), ("I", "1")])
def test_a_day_read_as_a_look_alike_mark_smaller_than_its_month_is_that_day(mark: str, kept: str) -> None:
    """TD at 200 dpi: "AUG §" was no date, its blurred 5 read as a mark half the height of "AUG" and set
    farther from it than its own height, and the row took the date of the row before."""
    month = OcrWord(text="AUG", left=300, top=600, width=90, height=40, confidence=90.0)
    day = OcrWord(text=mark, left=420, top=610, width=12, height=20, confidence=90.0)
    shop = word("UBER", left=500, top=600)
    engine = FakeEngine(words=[month, day, shop])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert [w.text for w in page.words] == ["AUG", kept, "UBER"]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("27107", "27/07"),  # its slash read as a 1
        ("27|07", "27/07"),
        ("2707", "27/07"),  # its slash lost (a photographed card statement's "0707")
        ("2713", "2713"),  # no day and month
        ("27/07", "27/07"),
        ("12345", "12345"),  # no day and month
        ("271", "271"),  # not the column's shape
        ("2023", "2023"),  # a year: no day and month
    ],
)
def test_a_dates_slash_read_as_a_digit_in_a_column_of_dates_is_a_slash_again(read: str, kept: str) -> None:
    """A card statement at 200 dpi: "27107" was no date, and its row took the date of the row before; so
    was a photographed one's "0707"."""
    column = [word(f"2{day}/07", left=100, top=600 + 60 * day) for day in range(4)]
    engine = FakeEngine(words=[*column, word(read, left=104, top=900)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert [w.text for w in page.words][-1] == kept


def test_a_figure_beside_a_column_of_dates_keeps_its_digits() -> None:
    column = [word(f"2{day}/07", left=100, top=600 + 60 * day) for day in range(4)]
    engine = FakeEngine(words=[*column, word("27107", left=600, top=900), word("11", left=100, top=1000)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert [w.text for w in page.words][-2:] == ["27107", "11"]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("5;773.89", "5,773.89"),
        ("-1;204.80", "-1,204.80"),
        ("12;30", "12;30"),  # no figure's shape: left as read
        ("Note;", "Note;"),
    ],
)
def test_a_figures_comma_read_as_a_semicolon_is_a_comma_again(read: str, kept: str) -> None:
    """HSBC at 300 dpi: the day's balance "5;773.89" was no figure, and the day's rows went unchecked."""
    engine = FakeEngine(words=[word(read, left=300, top=600)])
    [page] = read_pages(LIMITS, image_pdf(render(statement_pdf())), PDF, options(engine))
    assert [w.text for w in page.words] == [kept]


def test_a_german_first_page_without_running_text_is_read_as_german(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first page of headings and rows, none of German's little words of prose on it, still prints
    the period line ("vom … bis …") and the page furniture every German statement prints."""
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng", "fra", "deu"}))
    page = "Kontoauszug: Girokonto vom 01.01.2020 bis 02.02.2020 Auszug Seite IBAN Alter Kontostand"
    assert ocr.reading_language(page.split(), OCR_LANG) == "deu"
    assert language_of(fold(page).split()) == "de"


def test_a_word_two_languages_print_tells_neither() -> None:
    # "page" is English and French: counted for both, four of them would tie a French page with English.
    assert language_of(fold("Relevé du 1 au 30 suite page page page page").split()) == "fr"
