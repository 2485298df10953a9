"""OCR languages follow the lexicon: `make setup` installs Tesseract's data for each language the lexicon
knows, and a page is read again in the language its words show, Polish, Swedish, Indonesian, Turkish,
Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Malay, Greek, Croatian, Slovenian, Estonian,
Latvian, Lithuanian and Vietnamese too; a page in a script the first reading's data has no letters for is
read again in the language its script is."""

from __future__ import annotations

import re
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from ingest.extract import lexicon as lexicon_package
from ingest.extract import ocr
from ingest.extract.lexicon import LANGUAGES, fold
from ingest.extract.pages import OCR_LANG, read_pages
from ingest.extract.reader import read_statements
from ingest.settings import Limits
from ingest.stages.upload import PDF
from tests.unit.extract.test_cyrillic import RUSSIAN_CARD
from tests.unit.extract.test_new_languages import GREEK_MARCH, HUNGARIAN_MARCH
from tests.unit.extract.test_unseen_languages import POLISH_MARCH
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Fonts,
    M,
    as_drawn,
    continental,
    dejavu,
    paid_in,
    paid_out,
    running,
    signed,
    spaced,
    statement,
)
from tests.unit.ocr.pages import image_pdf, render

MAKEFILE = Path(__file__).resolve().parents[3] / "Makefile"
DOCKERFILE = MAKEFILE.parent / "infra" / "Dockerfile"


def test_make_setup_installs_the_ocr_data_each_lexicon_names() -> None:
    recipe = subprocess.run(
        ["make", "--dry-run", "--always-make", "tesseract"],
        cwd=MAKEFILE.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    [listed] = re.findall(r"for lang in ([a-z_ ]+); do", recipe)
    assert sorted(listed.split()) == sorted(lexicon.tesseract for lexicon in LANGUAGES)
    assert {"eng", "deu", "pol", "nor"} <= set(listed.split())


def test_the_worker_image_installs_the_ocr_data_each_lexicon_names() -> None:
    """The image builds without `make setup`: its apt-get line names each language's data itself."""
    named = set(re.findall(r"\btesseract-ocr-([a-z_]+)\b", DOCKERFILE.read_text(encoding="utf-8")))
    assert {lexicon.tesseract for lexicon in LANGUAGES} <= named


def test_every_lexicon_file_is_a_language_the_reader_knows() -> None:
    files = resources.files(lexicon_package).iterdir()
    named = {path.name.removesuffix(".toml") for path in files if path.name.endswith(".toml")}
    assert named == {lexicon.language for lexicon in LANGUAGES}


@pytest.mark.parametrize(
    ("words", "data"),
    [
        ("Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025 strona 1 z 2 dla klienta", "pol"),
        ("Kontoutdrag för perioden 2025-03-01 till 2025-03-31 sida 1 av 2 och saldo från kontot", "swe"),
        (
            "Rekening Koran periode 01/03/2025 s/d 31/03/2025 halaman 1 dari 2 untuk nasabah yang terhormat",
            "ind",
        ),
        ("Hesap özeti dönem 01.03.2025 - 31.03.2025 sayfa 1 bu ekstre için bilgiler", "tur"),
        ("Kontoudtog for perioden side 1 af 2 og saldo til jeres konto hvis ikke andet", "dan"),
        ("Kontoutskrift 01.03.2025 - 31.03.2025 gjelder beløpet som blir trukket etter avtale", "nor"),
        ("Tiliote ajalta 01.03.2025 - 31.03.2025 sivu 1 / 2 tilin tapahtumat ja saldo sekä kulut", "fin"),
        ("Výpis z účtu za období 01.03.2025 - 31.03.2025 pro klienta v Praze, které jsou podle data", "ces"),
        (
            "Výpis z účtu za obdobie 01.03.2025 - 31.03.2025 pre klienta v Žiline, ktoré sa podľa",
            "slk",
        ),
        ("Számlakivonat a tárgyidőszak forgalmáról az ügyfél részére egy számla szerint", "hun"),
        (
            "Extras de cont pentru perioada 01.03.2025 - 31.03.2025 pagina 1 din 2 este emis prin",
            "ron",
        ),
        ("Penyata akaun bagi tempoh 01/03/2025 hingga 31/03/2025 sila semak baki akaun daripada bank", "msa"),
        ("Κίνηση λογαριασμού για την περίοδο 01/03/2025 - 31/03/2025 σελίδα 1 από 2 του δικαιούχου", "ell"),
        ("Izvod po računu za razdoblje 01.03.2025. - 31.03.2025. koji je izrađen prema ugovoru ili", "hrv"),
        (
            "Izpisek prometa za obdobje 01.03.2025 - 31.03.2025 ki ga prosimo preverite ter skladno s tem",
            "slv",
        ),
        ("Kontoväljavõte perioodi 01.03.2025 - 31.03.2025 kohta palun kontrollige ning teie saldo", "est"),
        ("Konta izraksts par periodu 01.03.2025 - 31.03.2025 lūdzam pārbaudīt jūsu atlikums tiek", "lav"),
        ("Sąskaitos išrašas laikotarpiui 01.03.2025 - 31.03.2025 prašome patikrinti jūsų likutis yra", "lit"),
        (
            "Sao kê tài khoản của quý khách theo các giao dịch được thực hiện trong kỳ này từ 01/03/2025",
            "vie",
        ),
    ],
)
def test_a_page_in_a_new_language_is_read_again_in_its_own_data(
    monkeypatch: pytest.MonkeyPatch, words: str, data: str
) -> None:
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset(lx.tesseract for lx in LANGUAGES))
    assert ocr.reading_language(words.split(), OCR_LANG) == data


def test_a_scanned_polish_statement_is_read_in_polish_with_its_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real engine: the first page is read in English, shows it is Polish, and is read again in
    Polish, so "Płatność kartą" keeps its letters and every row its figures."""
    fonts, decided = _scanned_in(monkeypatch, "Polish", "pol")
    rows = running(M("1204.18"), POLISH_MARCH)
    head = [
        "Bank Spółdzielczy w Lesznie",
        "Katarzyna Wiśniewska",
        "Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025 dla klienta, strona 1 z 1",
        "Numer rachunku: 61 1090 1014 0000 0712 1981 2874",
    ]
    columns = [
        Column("Data operacji", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Opis operacji", 130, lambda r: r.description),
        Column("Kwota", 430, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po operacji", 555, lambda r: spaced(r.balance), right=True),
    ]
    pdf = statement(head, columns, rows, fonts=fonts)
    [read] = read_statements(list(read_pages(Limits(), image_pdf(render(pdf)), PDF)))
    assert decided == ["pol"]
    as_drawn(read, rows)
    assert (read.period_start, read.period_end) == (
        rows[0].date.replace(day=1),
        rows[-1].date.replace(day=31),
    )


@pytest.mark.parametrize(
    ("words", "data"),
    [
        ("Statement of your account for the period from 1 March to 31 March page 1 of 2", "eng"),
        ("Kontoauszug vom 01.03.2025 bis 31.03.2025 Seite 1 von 2 für das Girokonto und die Umsätze", "deu"),
        ("Relevé de compte du 01/03/2025 au 31/03/2025 page 1 sur 2 pour le compte et les opérations", "fra"),
    ],
)
def test_a_page_in_an_old_language_is_read_as_before_with_every_new_one_installed(
    monkeypatch: pytest.MonkeyPatch, words: str, data: str
) -> None:
    every = frozenset(lexicon.tesseract for lexicon in LANGUAGES)
    monkeypatch.setattr(ocr, "installed_languages", lambda: every)
    assert ocr.reading_language(words.split(), OCR_LANG) == data


def test_a_scanned_hungarian_statement_is_read_in_hungarian_with_its_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real engine: the first page is read in English, shows it is Hungarian, and is read again in
    Hungarian (its ő and ű), and every row keeps its date, printed year first and closed by a point."""
    fonts, decided = _scanned_in(monkeypatch, "Hungarian", "hun")
    rows = running(M("231400.00"), HUNGARIAN_MARCH)
    head = [
        "Alföldi Kereskedelmi Bank Zrt.",
        "Kiss Péter",
        "Számlakivonat a tárgyidőszak forgalmáról az ügyfél részére, egy számla szerint",
        "Időszak: 2025.03.01. - 2025.03.31.",
        "Számlaszám: 11773016-12345678-00000000",
    ]
    columns = [
        Column("Könyvelés dátuma", 40, lambda r: r.date.strftime("%Y.%m.%d.")),
        Column("Közlemény", 130, lambda r: r.description),
        Column("Összeg", 450, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Egyenleg", 555, lambda r: spaced(r.balance), right=True),
    ]
    pdf = statement(head, columns, rows, fonts=fonts)
    [read] = read_statements(list(read_pages(Limits(), image_pdf(render(pdf)), PDF)))
    assert decided == ["hun"]
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]


def test_a_script_the_reading_data_lacks_names_the_lexicon_languages_written_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Greek is the Greek lexicon's alone, Cyrillic the Russian, Ukrainian, Bulgarian and Serbian
    lexicons' (read at once); Latin is the script English data reads already, nor is the script of a
    page OSD could not tell or one no lexicon language is written in (Arabic) a reason to read it again."""
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset(lx.tesseract for lx in LANGUAGES))
    assert ocr.script_language("Greek", OCR_LANG) == "ell"
    assert ocr.script_language("Cyrillic", OCR_LANG) == "rus+ukr+bul+srp"
    assert ocr.script_language("Latin", OCR_LANG) is None
    assert ocr.script_language("Greek", "ell") is None
    assert ocr.script_language("Arabic", OCR_LANG) is None
    assert ocr.script_language(None, OCR_LANG) is None
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng"}))
    assert ocr.script_language("Greek", OCR_LANG) is None


def test_a_scanned_greek_statement_is_read_again_in_greek_as_its_script_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real engine: English data reads Greek letters as Latin look-alikes ("Tpaneca" for Τράπεζα), in
    which no language's words stand out; Tesseract's OSD names the page's script Greek, and the page is
    read again in Greek, so its descriptions keep their letters and its period its Greek months."""
    fonts, decided = _scanned_in(monkeypatch, "Greek", "ell", "osd")
    rows = running(M("842.60"), GREEK_MARCH)
    head = [
        "Τράπεζα Αιγαίου Α.Ε.",
        "Γιώργος Παπαδόπουλος",
        "Κίνηση λογαριασμού για την περίοδο 1 Μαρτίου 2025 έως 31 Μαρτίου 2025",
    ]
    columns = [
        Column("Ημερομηνία", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Αιτιολογία", 115, lambda r: r.description),
        Column("Χρεώσεις", 395, paid_out(continental), right=True),
        Column("Πιστώσεις", 475, paid_in(continental), right=True),
        Column("Υπόλοιπο", 555, lambda r: continental(r.balance), right=True),
    ]
    pdf = statement(head, columns, rows, fonts=fonts)
    [read] = read_statements(list(read_pages(Limits(), image_pdf(render(pdf)), PDF)))
    assert decided == ["ell"]
    # Folded: OCR reads Greek's μ as the micro sign µ, one letter to the reader.
    assert [(t.date, fold(t.description), t.amount, t.balance) for t in read.transactions] == [
        (r.date, fold(r.description), r.amount, r.balance) for r in rows
    ]
    assert (read.period_start, read.period_end) == (
        rows[0].date.replace(day=1),
        rows[-1].date.replace(day=31),
    )


def _scanned_in(monkeypatch: pytest.MonkeyPatch, language: str, *data: str) -> tuple[Fonts, list[str]]:
    """For a statement in this language drawn and read as a scan by the real engine: the fonts that draw
    its letters, and the list the OCR data its first page is read in goes into (skipped where Tesseract
    lacks the data or no font draws the letters)."""
    if not set(data) <= ocr.installed_languages():
        pytest.skip(f"Tesseract has no {language} data here ({', '.join(data)}; make setup installs it)")
    fonts = dejavu()
    if fonts is None:
        pytest.skip(f"no DejaVu Sans font to draw {language} letters with")
    decided: list[str] = []
    first_page = ocr.ocr_first_page

    def recording(*args: object, **kwargs: object) -> tuple[object, str]:
        page, lang = first_page(*args, **kwargs)  # type: ignore[arg-type]
        decided.append(lang)
        return page, lang

    monkeypatch.setattr(ocr, "ocr_first_page", recording)
    return fonts, decided


def test_a_scanned_russian_statement_is_read_again_in_the_cyrillic_languages_as_its_script_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real engine: English data reads Cyrillic letters as Latin look-alikes, in which no language's
    words stand out; OSD names the page's script Cyrillic, and the page is read again in the languages
    written in it (Russian, Ukrainian, Bulgarian and Serbian at once), so its headings, balances and
    figures are read."""
    fonts, decided = _scanned_in(monkeypatch, "Russian", "rus", "ukr", "bul", "srp", "osd")
    rows = running(M("3520.18"), RUSSIAN_CARD)
    head = [
        "АО Волжский коммерческий банк",
        "Иванов Сергей Петрович",
        "Выписка по счёту за период с 01.04.2025 по 30.04.2025",
        "Номер счёта: 40817810099910004312",
    ]
    columns = [
        Column("Дата операции", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Описание операции", 110, lambda r: r.description),
        Column("Приход", 420, paid_in(spaced), right=True),
        Column("Расход", 490, paid_out(spaced), right=True),
        Column("Остаток", 560, lambda r: spaced(r.balance), right=True),
    ]
    pdf = statement(head, columns, rows, fonts=fonts)
    [read] = read_statements(list(read_pages(Limits(), image_pdf(render(pdf)), PDF)))
    assert decided == ["rus+ukr+bul+srp"]
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.period_start, read.period_end) == (D(2025, 4, 1), D(2025, 4, 30))
