"""Statements printed in Finnish, Czech, Slovak, Hungarian, Romanian, Malay, Greek and Croatian, each
language's own headings, balance words, dates and money, read through the text layer; and each told
by its own words, without taking an old language's pages."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract.dates import parse_full
from ingest.extract.lexicon import fold, language_of
from ingest.extract.pages import MIN_LAYER_QUALITY, reads_as_language, text_quality
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    as_drawn,
    assert_header,
    continental,
    drawn_lines,
    english,
    header,
    headings,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    signed,
    spaced,
    table,
)

DAY = dt.timedelta(days=1)


# ---- Finnish -------------------------------------------------------------------------------------

FINNISH_MARCH = [
    (D(2025, 3, 3), "Palkka maaliskuu", "3420.00"),
    (D(2025, 3, 5), "Korttiosto K-Market Tampere", "-84.35"),
    (D(2025, 3, 10), "Vuokra As Oy Koivukuja", "-950.00"),
    (D(2025, 3, 18), "MobilePay Liisa Korhonen", "40.00"),
    (D(2025, 3, 27), "Palvelumaksu", "-5.90"),
]


def test_a_finnish_account_with_value_dates_veloitus_and_hyvitys(unicode_fonts: Fonts) -> None:
    """Kirjauspäivä beside Arvopäivä, Selite, Veloitus and Hyvitys in two columns and the Saldo; a
    "Tiliote" with the period in dates, the account as an IBAN, the currency labelled "Valuutta"."""
    rows = running(M("1210.45"), FINNISH_MARCH)
    head = [
        "Pirkanmaan Osuuspankki",
        "Matti Virtanen",
        "Tiliote 01.03.2025 - 31.03.2025",
        "Tilinumero: FI21 1234 5600 0007 85",
        "Valuutta: EUR",
    ]
    columns = [
        Column("Kirjauspäivä", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Arvopäivä", 115, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Selite", 190, lambda r: r.description),
        Column("Veloitus", 400, paid_out(spaced), right=True),
        Column("Hyvitys", 475, paid_in(spaced), right=True),
        Column("Saldo", 555, lambda r: spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(
        read, account="FI21 1234 5600 0007 85", currency="EUR", start=D(2025, 3, 1), end=D(2025, 3, 31)
    )


# ---- Czech ---------------------------------------------------------------------------------------

CZECH_MARCH = [
    (D(2025, 3, 3), "Mzda za únor", "42300.00"),
    (D(2025, 3, 6), "Platba kartou Albert Brno", "-1245.90"),
    (D(2025, 3, 12), "Nájemné březen", "-15500.00"),
    (D(2025, 3, 19), "Příchozí platba Petr Dvořák", "800.00"),
    (D(2025, 3, 31), "Poplatek za vedení účtu", "-49.00"),
]


def test_a_czech_account_with_one_signed_castka_and_koruna_after_every_figure(unicode_fonts: Fonts) -> None:
    """Datum printed "3. 3. 2025" (a space after each point), Popis transakce, one signed Částka and the
    Zůstatek, each figure followed by "Kč"; the opening and closing balances as labelled lines, the
    period "za období .. - ..", the currency labelled "Měna"."""
    rows = running(M("18250.40"), CZECH_MARCH)
    head = [
        "Moravská spořitelna, a.s.",
        "Jana Nováková",
        "Výpis z účtu za období 01.03.2025 - 31.03.2025",
        "Číslo účtu: 2401234567/0800",
        "Měna: CZK",
        f"Počáteční zůstatek: {spaced(M('18250.40'))} Kč",
        f"Konečný zůstatek: {spaced(rows[-1].balance)} Kč",
    ]
    columns = [
        Column("Datum", 40, lambda r: f"{r.date.day}. {r.date.month}. {r.date.year}"),
        Column("Popis transakce", 120, lambda r: r.description),
        Column("Částka", 440, lambda r: signed(spaced(r.amount), r.amount) + " Kč", right=True),
        Column("Zůstatek", 555, lambda r: spaced(r.balance) + " Kč", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(read, account="2401234567/0800", currency="CZK", start=D(2025, 3, 1), end=D(2025, 3, 31))


# ---- Slovak --------------------------------------------------------------------------------------

SLOVAK_APRIL = [
    (D(2025, 4, 1), "Výplata mzdy", "1850.00"),
    (D(2025, 4, 4), "Platba kartou Tesco Košice", "-62.18"),
    (D(2025, 4, 10), "Trvalý príkaz nájom", "-480.00"),
    (D(2025, 4, 22), "Úhrada od Márie Kováčovej", "35.00"),
]


def test_a_slovak_account_with_booking_and_value_dates_and_a_signed_suma(unicode_fonts: Fonts) -> None:
    """Dátum zaúčtovania beside Dátum valuty, Popis, one signed Suma and the Zostatok; the period with
    the months' names as a date prints them, the money known from the Slovak IBAN alone."""
    rows = running(M("612.30"), SLOVAK_APRIL)
    head = [
        "Východoslovenská banka, a.s.",
        "Martin Horváth",
        "Výpis z účtu za obdobie 1. apríla 2025 - 30. apríla 2025",
        "IBAN: SK31 1200 0000 1987 4263 7541",
    ]
    columns = [
        Column("Dátum zaúčtovania", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Dátum valuty", 135, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Popis", 215, lambda r: r.description),
        Column("Suma", 450, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Zostatok", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(
        read,
        account="SK31 1200 0000 1987 4263 7541",
        currency="EUR",
        start=D(2025, 4, 1),
        end=D(2025, 4, 30),
    )


# ---- Hungarian -----------------------------------------------------------------------------------

HUNGARIAN_MARCH = [
    (D(2025, 3, 3), "Munkabér február", "485000.00"),
    (D(2025, 3, 5), "Kártyás vásárlás SPAR Debrecen", "-12450.00"),
    (D(2025, 3, 10), "Átutalás Nagy Éva részére", "-60000.00"),
    (D(2025, 3, 20), "Jóváírás Szabó László", "25000.00"),
    (D(2025, 3, 31), "Számlavezetési díj", "-1490.00"),
]


def test_a_hungarian_account_with_year_first_dates_closed_by_a_point(unicode_fonts: Fonts) -> None:
    """Könyvelés dátuma printed "2025.03.05." (year first, each part closed by a point), Közlemény,
    Terhelés and Jóváírás in two columns and the Egyenleg; the period with the month's name between year
    and day; the holder's postal code alone on its line before the town, which is no year of the period."""
    rows = running(M("231400.00"), HUNGARIAN_MARCH)
    head = [
        "Alföldi Kereskedelmi Bank Zrt.",
        "Kiss Péter",
        "Petőfi Sándor utca 12.",
        "4025 Debrecen",
        "Számlakivonat 2025. március 1. - 2025. március 31.",
        "Számlaszám: 11773016-12345678-00000000",
        "Pénznem: HUF",
    ]
    columns = [
        Column("Könyvelés dátuma", 40, lambda r: r.date.strftime("%Y.%m.%d.")),
        Column("Közlemény", 130, lambda r: r.description),
        Column("Terhelés", 395, paid_out(spaced), right=True),
        Column("Jóváírás", 475, paid_in(spaced), right=True),
        Column("Egyenleg", 555, lambda r: spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(
        read,
        account="11773016-12345678-00000000",
        currency="HUF",
        start=D(2025, 3, 1),
        end=D(2025, 3, 31),
    )


# ---- Romanian ------------------------------------------------------------------------------------

ROMANIAN_APRIL = [
    (D(2025, 4, 1), "Încasare salariu", "6400.00"),
    (D(2025, 4, 3), "Plată card Kaufland Cluj", "-318.45"),
    (D(2025, 4, 9), "Transfer către Maria Ionescu", "-1200.00"),
    (D(2025, 4, 17), "Rambursare comision", "15.00"),
    (D(2025, 4, 30), "Comision administrare cont", "-9.50"),
]


def test_a_romanian_account_with_debit_and_credit_columns_and_its_money_labelled_moneda(
    unicode_fonts: Fonts,
) -> None:
    """Data, Descriere, Debit, Credit and Sold; the Sold inițial and Sold final as labelled lines; the
    money named only by its code after "Moneda:" (RON is also a name, so no code elsewhere)."""
    rows = running(M("2105.75"), ROMANIAN_APRIL)
    head = [
        "Banca Comercială Carpatica S.A.",
        "Ion Popescu",
        "Extras de cont pentru perioada 01.04.2025 - 30.04.2025",
        "Număr cont: 2511 0045 6789",
        "Moneda: RON",
        f"Sold inițial: {continental(M('2105.75'))}",
        f"Sold final: {continental(rows[-1].balance)}",
    ]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Descriere", 115, lambda r: r.description),
        Column("Debit", 395, paid_out(continental), right=True),
        Column("Credit", 475, paid_in(continental), right=True),
        Column("Sold", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(read, account="2511 0045 6789", currency="RON", start=D(2025, 4, 1), end=D(2025, 4, 30))


# ---- Malay ---------------------------------------------------------------------------------------

MALAY_MARCH = [
    (D(2025, 3, 3), "GAJI MAC 2025", "5200.00"),
    (D(2025, 3, 6), "PEMBELIAN KAD DEBIT MYDIN", "-187.60"),
    (D(2025, 3, 12), "PINDAHAN DANA KE SITI AMINAH", "-500.00"),
    (D(2025, 3, 21), "PINDAHAN DANA DARIPADA ALI", "250.00"),
    (D(2025, 3, 31), "CAJ PERKHIDMATAN", "-1.00"),
]


def test_a_malay_account_with_an_amaun_and_a_baki_in_ringgit() -> None:
    """Tarikh, Butiran Transaksi, one signed Amaun (RM) and the Baki (RM); the Baki Awal as the
    table's first row, the period in the months' Malay names joined by "hingga"."""
    rows = running(M("1830.25"), MALAY_MARCH)
    opening = Drawn(D(2025, 3, 1), "BAKI AWAL", M("0"), M("1830.25"))
    head = [
        "Bank Rakyat Nusantara Berhad",
        "Ahmad bin Ismail",
        "Penyata Akaun bagi tempoh 1 Mac 2025 hingga 31 Mac 2025",
        "Nombor Akaun: 1234 5678 9012",
    ]
    columns = [
        Column("Tarikh", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Butiran Transaksi", 110, lambda r: r.description),
        Column(
            "Amaun (RM)", 450, lambda r: signed(english(r.amount), r.amount) if r.amount else "", right=True
        ),
        Column("Baki (RM)", 555, lambda r: english(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, before=[opening])
    assert_header(read, account="1234 5678 9012", currency="MYR", start=D(2025, 3, 1), end=D(2025, 3, 31))


# ---- Greek ---------------------------------------------------------------------------------------

GREEK_MARCH = [
    (D(2025, 3, 3), "Μισθοδοσία Μαρτίου", "1450.00"),
    (D(2025, 3, 5), "Αγορά με κάρτα ΣΚΛΑΒΕΝΙΤΗΣ", "-76.42"),
    (D(2025, 3, 11), "Ανάληψη ΑΤΜ Σύνταγμα", "-200.00"),
    (D(2025, 3, 19), "Πληρωμή λογαριασμού ΔΕΗ", "-93.15"),
    (D(2025, 3, 31), "Τόκοι", "0.37"),
]


@pytest.mark.parametrize("capitals", [False, True], ids=["as-printed", "in-capitals"])
def test_a_greek_account_with_debit_and_credit_columns_and_its_headings_in_greek_letters(
    unicode_fonts: Fonts, capitals: bool
) -> None:
    """Ημερομηνία, Αιτιολογία, Χρέωση and Πίστωση in two columns and the Υπόλοιπο, printed with their
    accents or in capitals (where Σ ends a word as ς in small letters); the period in Greek months'
    names, the account as a Greek IBAN."""
    rows = running(M("842.60"), GREEK_MARCH)
    head = [
        "Τράπεζα Αιγαίου Α.Ε.",
        "Γιώργος Παπαδόπουλος",
        "Κίνηση λογαριασμού για την περίοδο 1 Μαρτίου 2025 έως 31 Μαρτίου 2025",
        "IBAN: GR16 0110 1250 0000 0001 2300 695",
    ]
    names = ["Ημερομηνία", "Αιτιολογία", "Χρεώσεις", "Πιστώσεις", "Υπόλοιπο"]
    if capitals:
        names = [fold(name).upper() for name in names]
    columns = [
        Column(names[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(names[1], 115, lambda r: r.description),
        Column(names[2], 395, paid_out(continental), right=True),
        Column(names[3], 475, paid_in(continental), right=True),
        Column(names[4], 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(
        read,
        account="GR16 0110 1250 0000 0001 2300 695",
        currency="EUR",
        start=D(2025, 3, 1),
        end=D(2025, 3, 31),
    )


# ---- Croatian ------------------------------------------------------------------------------------

CROATIAN_APRIL = [
    (D(2025, 4, 2), "Plaća za ožujak", "1480.00"),
    (D(2025, 4, 4), "Kartično plaćanje Konzum Zagreb", "-54.37"),
    (D(2025, 4, 14), "Trajni nalog najamnina", "-450.00"),
    (D(2025, 4, 23), "Uplata Ana Kovačić", "60.00"),
    (D(2025, 4, 30), "Naknada za vođenje računa", "-3.50"),
]


def test_a_croatian_account_whose_dates_close_with_a_point(unicode_fonts: Fonts) -> None:
    """Datum knjiženja and Datum valute printed "02.04.2025." (the year closed by a point), Opis,
    Isplata and Uplata in two columns and the Stanje; the period "za razdoblje .. - .." in the months'
    names, each year closed by a point too, the currency labelled "Valuta"."""
    rows = running(M("935.12"), CROATIAN_APRIL)
    head = [
        "Jadranska banka d.d.",
        "Ivan Horvat",
        "Izvod po računu za razdoblje 1. travnja 2025. - 30. travnja 2025.",
        "IBAN: HR12 1001 0051 8630 0016 0",
        "Valuta: EUR",
    ]
    columns = [
        Column("Datum knjiženja", 40, lambda r: r.date.strftime("%d.%m.%Y.")),
        Column("Datum valute", 125, lambda r: (r.date + DAY).strftime("%d.%m.%Y.")),
        Column("Opis", 205, lambda r: r.description),
        Column("Isplata", 400, paid_out(continental), right=True),
        Column("Uplata", 475, paid_in(continental), right=True),
        Column("Stanje", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(
        read, account="HR12 1001 0051 8630 0016 0", currency="EUR", start=D(2025, 4, 1), end=D(2025, 4, 30)
    )


# "listopada" names October in Croatian and November in Polish: each statement's language tells which.
LISTOPAD = {"hr": 10, "pl": 11}


@pytest.mark.parametrize(
    ("language", "head", "names", "printed"),
    [
        (
            "hr",
            [
                "Jadranska banka d.d.",
                "Ivan Horvat",
                "Izvod po računu za razdoblje {start} - {end}",
                "Stranica 1, izvod je izrađen prema ugovoru koji ste sklopili",
            ],
            ["Datum knjiženja", "Opis", "Iznos", "Stanje"],
            "{day}. listopada {year}.",
        ),
        (
            "pl",
            [
                "Bank Pomorski S.A.",
                "Ewa Wójcik",
                "Wyciąg z rachunku za okres od {start} do {end}",
                "Strona 1",
            ],
            ["Data operacji", "Opis operacji", "Kwota", "Saldo"],
            "{day} listopada {year}",
        ),
    ],
)
def test_a_month_name_two_languages_share_is_read_in_the_statements_language(
    unicode_fonts: Fonts, language: str, head: list[str], names: list[str], printed: str
) -> None:
    """Rows and the period dated "2. listopada 2025." read October in a Croatian statement, and "2
    listopada 2025" November in a Polish one, though the merged month table names the word once."""
    month = LISTOPAD[language]
    rows = running(M("935.12"), [(D(2025, month, day), text, amount) for day, text, amount in LISTOPAD_ROWS])

    def named(day: dt.date) -> str:
        return printed.format(day=day.day, year=day.year)

    last = D(2025, month + 1, 1) - DAY
    lines = [line.format(start=named(D(2025, month, 1)), end=named(last)) for line in head]
    columns = [
        Column(names[0], 40, lambda r: named(r.date)),
        Column(names[1], 140, lambda r: r.description),
        Column(names[2], 440, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(names[3], 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn([*lines, "IBAN: HR12 1001 0051 8630 0016 0"], columns, rows, unicode_fonts)
    assert [t.date for t in read.transactions] == [r.date for r in rows]
    assert (read.period_start, read.period_end) == (D(2025, month, 1), last)


LISTOPAD_ROWS = [
    (2, "Plaća Pracodawca", "1480.00"),
    (9, "Konzum Zagreb Rossmann", "-54.37"),
    (17, "Najamnina czynsz", "-450.00"),
    (28, "Uplata przelew", "60.00"),
]


# ---- dates and detection -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("15.01.2024.", D(2024, 1, 15)),  # Croatian: the year closed by a point
        ("2024.01.15.", D(2024, 1, 15)),  # Hungarian: year first, each part closed by a point
        ("2024. 01. 15.", D(2024, 1, 15)),
        ("15. 3. 2025", D(2025, 3, 15)),  # Czech and Slovak: a space after each point
        ("15. maaliskuuta 2025", D(2025, 3, 15)),
        ("15. března 2025", D(2025, 3, 15)),
        ("15. apríla 2025", D(2025, 4, 15)),
        ("2025. március 15.", D(2025, 3, 15)),  # Hungarian: year, month's name, day
        ("2025. ápr. 15.", D(2025, 4, 15)),
        ("15 iulie 2025", D(2025, 7, 15)),
        ("15 Ogos 2025", D(2025, 8, 15)),
        ("15 Δεκεμβρίου 2025", D(2025, 12, 15)),
        ("15 ΔΕΚΕΜΒΡΙΟΥ 2025", D(2025, 12, 15)),
        ("15. siječnja 2025", D(2025, 1, 15)),
        ("15. siječnja 2025.", D(2025, 1, 15)),
    ],
)
def test_each_new_language_prints_its_dates(printed: str, date: dt.date) -> None:
    assert parse_full(printed) == date


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tiliote ajalta 01.03.2025 - 31.03.2025, sivu 1 / 2, tilin tapahtumat ja saldo sekä kulut", "fi"),
        (
            "Výpis z účtu za období březen 2025 pro klienta v Praze, strana 1 z 2, s údaji, "
            "které jsou podle data",
            "cs",
        ),
        (
            "Výpis z účtu za obdobie marec 2025 pre klienta v Žiline, strana 1 z 2, s údajmi, "
            "ktoré sa uvádzajú podľa dátumu",
            "sk",
        ),
        ("Számlakivonat a tárgyidőszak forgalmáról, az Ön részére, 1. oldal, egy számla szerint", "hu"),
        ("Extras de cont pentru perioada martie 2025, pagina 1 din 2, este emis prin sistem", "ro"),
        ("Penyata akaun bagi tempoh Mac 2025, sila semak baki akaun daripada transaksi", "ms"),
        ("Κίνηση λογαριασμού για την περίοδο Μαρτίου, σελίδα 1 από 2, του δικαιούχου και της τράπεζας", "el"),
        (
            "Izvod po računu za razdoblje ožujak 2025, stranica 1 od 2, koji je izrađen prema ugovoru",
            "hr",
        ),
        ("Rekening koran periode Maret 2025, halaman 1 dari 3, untuk nasabah yang terhormat", "id"),
        ("Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025 dla Jana Kowalskiego, strona 1 z 2", "pl"),
        ("Extracto de la cuenta del mes de marzo, hoja 1 de 2, con su saldo y los movimientos que es", "es"),
        ("Statement of your account for the period from 1 March to 31 March, page 1 of 2", "en"),
    ],
)
def test_each_new_language_is_told_by_its_own_words_and_no_old_page_changes(text: str, language: str) -> None:
    assert language_of(fold(text).split()) == language


def test_greek_capitals_fold_to_the_letters_of_their_small_forms() -> None:
    """ "ΧΡΕΩΣΕΙΣ" lowers to a final ς where "Χρεώσεις" is printed with it, and a word cut after a σ
    keeps it: one letter to the reader, the accents stripped as Latin ones are."""
    assert fold("ΧΡΕΩΣΕΙΣ") == fold("Χρεώσεις") == fold("χρεωσεισ") == "χρεωσεισ"
    assert fold("Υπόλοιπο") == fold("ΥΠΟΛΟΙΠΟ") == "υπολοιπο"


def test_a_greek_text_layer_is_good_text_in_a_language_the_reader_knows() -> None:
    """Greek letters are letters of a word, with vowels, as Latin ones are: a Greek page's text layer is
    kept, not taken for a broken font's encoding and read again by OCR."""
    head = "Κίνηση λογαριασμού για την περίοδο 1 Μαρτίου 2025 έως 31 Μαρτίου 2025 Τράπεζα Αιγαίου Α.Ε."
    headings = "Ημερομηνία Αιτιολογία Χρεώσεις Πιστώσεις Υπόλοιπο"
    rows = running(M("842.60"), GREEK_MARCH)
    words = [*head.split(), *headings.split()]
    for row in rows:
        words += [row.date.strftime("%d/%m/%Y"), *row.description.split(), continental(row.amount)]
        words.append(continental(row.balance))
    assert text_quality(words) >= MIN_LAYER_QUALITY
    assert reads_as_language(words * 2)


PENDING = running(
    M("0"), [(D(2025, 4, 29), "Booking.com Amsterdam", "-96.00"), (D(2025, 4, 30), "Uber", "-18.40")]
)


@pytest.mark.parametrize(
    ("head", "names", "title"),
    [
        (
            ["Moravská spořitelna, a.s.", "Jana Nováková", "Výpis z účtu za období 01.04.2025 - 30.04.2025"],
            ["Datum", "Popis transakce", "Částka", "Zůstatek"],
            "Blokované transakce",
        ),
        (
            ["Jadranska banka d.d.", "Ivan Horvat", "Izvod za razdoblje 01.04.2025. - 30.04.2025."],
            ["Datum", "Opis", "Iznos", "Stanje"],
            "Transakcije na čekanju",
        ),
        (
            ["Τράπεζα Αιγαίου Α.Ε.", "Γιώργος Παπαδόπουλος", "Περίοδος 01/04/2025 - 30/04/2025"],
            ["Ημερομηνία", "Αιτιολογία", "Ποσό", "Υπόλοιπο"],
            "Εκκρεμείς συναλλαγές",
        ),
    ],
)
def test_a_table_of_pending_transactions_titled_in_a_new_language_adds_no_rows(
    unicode_fonts: Fonts, head: list[str], names: list[str], title: str
) -> None:
    """The account's rows, then a table of what is authorised but not yet posted under its title in the
    statement's language: the transactions are the posted rows only."""
    rows = running(M("935.12"), CROATIAN_APRIL)
    columns = [
        Column(names[0], 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column(names[1], 120, lambda r: r.description),
        Column(names[2], 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(names[3], 550, lambda r: continental(r.balance), right=True),
    ]
    lines = [
        *header(head),
        headings(columns),
        *table(columns, rows),
        [],
        [(40, "**" + title, False)],
        headings(columns[:3]),
        *table(columns[:3], PENDING),
    ]
    as_drawn(read_one(drawn_lines([lines], unicode_fonts)), rows)


def test_the_new_moneys_signs_are_no_names_an_english_page_prints_in_other_senses() -> None:
    """ "Ft" (forint), "lei" (leu) and "Kč" (koruna) are signs after a figure, not names of money read
    anywhere on a page: a Florida holder named Lei, in Ft Lauderdale, keeps the dollar of the address."""
    rows = running(
        M("1520.40"), [(D(2025, 4, 2), "Publix", "-84.10"), (D(2025, 4, 15), "Payroll", "1900.00")]
    )
    head = [
        "Sunrise Community Bank",
        "LEI ZHANG",
        "120 Las Olas Blvd",
        "Ft Lauderdale, FL 33301",
        "Statement period 04/01/2025 - 04/30/2025",
        "Account number 123456789",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 450, lambda r: signed("$" + english(r.amount), r.amount), right=True),
        Column("Balance", 555, lambda r: "$" + english(r.balance), right=True),
    ]
    assert read_drawn(head, columns, rows).currency == "USD"
