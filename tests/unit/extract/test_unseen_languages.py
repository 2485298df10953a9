"""Statements printed in Polish, Swedish, Indonesian, Turkish, Danish and Norwegian, which no sample draws:
accounts with a signed amount and a running balance, with debit and credit columns, with a sign
printed beside every figure, each read through the text layer; and the languages read before, still
told as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract.dates import parse_partial
from ingest.extract.lexicon import fold, language_of
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    assert_header,
    continental,
    english,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    signed,
    spaced,
    statement,
)

DAY = dt.timedelta(days=1)


# ---- Polish --------------------------------------------------------------------------------------

POLISH_MARCH = [
    (D(2025, 3, 3), "Przelew przychodzący Jan Nowak", "2500.00"),
    (D(2025, 3, 5), "Płatność kartą Biedronka Kraków", "-187.45"),
    (D(2025, 3, 10), "Wypłata z bankomatu", "-400.00"),
    (D(2025, 3, 17), "Opłata za prowadzenie rachunku", "-9.99"),
    (D(2025, 3, 28), "Zwrot podatku", "1320.00"),
]


def test_a_polish_account_with_operation_and_booking_dates_and_a_signed_amount(unicode_fonts: Fonts) -> None:
    """Data operacji beside Data księgowania (the row's date is the operation's), one signed Kwota and
    the Saldo po operacji; a period line "za okres od .. do ..", a 26-digit account number in seven
    groups."""
    rows = running(M("1204.18"), POLISH_MARCH)
    head = [
        "Bank Spółdzielczy w Lesznie",
        "Katarzyna Wiśniewska",
        "ul. Lipowa 12, 64-100 Leszno",
        "Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025",
        "Numer rachunku: 61 1090 1014 0000 0712 1981 2874",
        "Waluta: PLN",
    ]
    columns = [
        Column("Data operacji", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Data księgowania", 120, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Opis operacji", 225, lambda r: r.description),
        Column("Kwota", 430, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po operacji", 555, lambda r: spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert_header(
        read,
        account="61 1090 1014 0000 0712 1981 2874",
        currency="PLN",
        start=D(2025, 3, 1),
        end=D(2025, 3, 31),
    )
    assert read.holder_name == "Katarzyna Wiśniewska"


POLISH_FEBRUARY = [
    (D(2025, 2, 3), "Wynagrodzenie za styczeń", "6850.00"),
    (D(2025, 2, 4), "Czynsz za mieszkanie", "-2300.00"),
    (D(2025, 2, 11), "Zakupy spożywcze Lidl", "-312.67"),
    (D(2025, 2, 19), "Przelew od Anny Zielińskiej", "150.00"),
    (D(2025, 2, 25), "Rachunek za prąd", "-214.30"),
]


def test_a_polish_account_with_obciazenia_and_uznania_and_zloty_after_every_figure(
    unicode_fonts: Fonts,
) -> None:
    """Money out and in in two columns, each figure followed by "zł" (no code anywhere), the opening and
    closing balances as labelled lines, the period with the months' names as a date prints them."""
    rows = running(M("4012.50"), POLISH_FEBRUARY)
    head = [
        "Bank Nadwiślański S.A.",
        "Tomasz Kaczmarek",
        "Zestawienie operacji za okres 1 lutego 2025 - 28 lutego 2025",
        "Numer rachunku: PL27 1140 2004 0000 3502 7654 3210",
        f"Saldo początkowe: {spaced(M('4012.50'))} zł",
        f"Saldo końcowe: {spaced(rows[-1].balance)} zł",
    ]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%Y-%m-%d")),
        Column("Opis", 120, lambda r: r.description),
        Column("Obciążenia", 380, paid_out(lambda value: spaced(value) + " zł"), right=True),
        Column("Uznania", 465, paid_in(lambda value: spaced(value) + " zł"), right=True),
        Column("Saldo", 555, lambda r: spaced(r.balance) + " zł", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert_header(
        read,
        account="PL27 1140 2004 0000 3502 7654 3210",
        currency="PLN",
        start=D(2025, 2, 1),
        end=D(2025, 2, 28),
    )


POLISH_CARD = [
    (D(2025, 3, 4), "ALLEGRO.PL POZNAN", "-249.99"),
    (D(2025, 3, 9), "ORLEN STACJA 1234 GDANSK", "-310.42"),
    (D(2025, 3, 15), "Spłata karty - dziękujemy", "500.00"),
    (D(2025, 3, 21), "ZABKA Z1234 WARSZAWA", "-23.80"),
]


def test_a_polish_credit_card_whose_purchases_print_unsigned_and_payments_with_a_minus(
    unicode_fonts: Fonts,
) -> None:
    """A card's statement ("karty kredytowej", as the title inflects it) printing what is owed: each
    purchase unsigned, the repayment with a minus, the previous and closing debt as labelled lines;
    its "limit kredytowy" makes it no line of credit."""
    rows = running(M("-812.30"), POLISH_CARD)
    head = [
        "Bank Nadwiślański S.A.",
        "Tomasz Kaczmarek",
        "Zestawienie operacji karty kredytowej za okres 01.03.2025 - 31.03.2025",
        "Numer karty: 4556 **** **** 1234",
        "Limit kredytowy: 10 000,00 PLN",
        f"Saldo poprzednie: {spaced(M('812.30'))} PLN",
        f"Saldo końcowe: {spaced(-rows[-1].balance)} PLN",
    ]
    columns = [
        Column("Data transakcji", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Data księgowania", 125, lambda r: (r.date + 2 * DAY).strftime("%d.%m.%Y")),
        Column("Opis", 225, lambda r: r.description),
        Column("Kwota (PLN)", 520, lambda r: signed(spaced(r.amount), -r.amount), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + 2 * DAY for r in rows]
    assert read.account_type == "CREDIT_CARD"
    assert_header(
        read, account="4556 **** **** 1234", currency="PLN", start=D(2025, 3, 1), end=D(2025, 3, 31)
    )


# ---- Swedish -------------------------------------------------------------------------------------

SWEDISH_MARCH = [
    (D(2025, 3, 3), "Lön Mars", "28450.00"),
    (D(2025, 3, 4), "Hyra Bostadsbolaget", "-9800.00"),
    (D(2025, 3, 7), "Kortköp ICA Kvantum Uppsala", "-1245.60"),
    (D(2025, 3, 12), "Swish från Erik Lindqvist", "350.00"),
    (D(2025, 3, 26), "Autogiro Elbolaget", "-612.00"),
]


def test_a_swedish_account_with_booking_and_value_days_and_a_signed_amount() -> None:
    """Bokföringsdag and Valutadag as ISO dates, Text, one signed Belopp and the Saldo; "Kontoutdrag"
    with the period in dates joined by a dash."""
    rows = running(M("5320.15"), SWEDISH_MARCH)
    head = [
        "Sparbanken Mälardalen",
        "Sofia Bergström",
        "Kontoutdrag 2025-03-01 - 2025-03-31",
        "Kontonummer 8214-9 934 567 891",
        "Valuta SEK",
    ]
    columns = [
        Column("Bokföringsdag", 40, lambda r: r.date.isoformat()),
        Column("Valutadag", 120, lambda r: (r.date + DAY).isoformat()),
        Column("Text", 200, lambda r: r.description),
        Column("Belopp", 460, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(read, account="8214-9 934 567 891", currency="SEK", start=D(2025, 3, 1), end=D(2025, 3, 31))


SWEDISH_APRIL = [
    (D(2025, 4, 1), "Insättning Pensionsmyndigheten", "14200.00"),
    (D(2025, 4, 8), "Uttag bankomat Centrum", "-1000.00"),
    (D(2025, 4, 15), "Betalning bankgiro Telia", "-449.00"),
    (D(2025, 4, 22), "Ränta", "3.12"),
]


def test_a_swedish_account_with_deposits_and_withdrawals_and_opening_and_closing_rows() -> None:
    """Insättningar and Uttag in two columns; Ingående and Utgående saldo printed as the table's first
    and last rows; the period in words with "till"; the currency named "svenska kronor"."""
    rows = running(M("812.40"), SWEDISH_APRIL)
    opening = Drawn(D(2025, 4, 1), "Ingående saldo", M("0"), M("812.40"))
    closing = Drawn(D(2025, 4, 30), "Utgående saldo", M("0"), rows[-1].balance)
    head = [
        "Norrlands Bank AB",
        "Lars Holmberg",
        "Kontoutdrag för perioden 1 april 2025 till 30 april 2025",
        "Konto 5412 0038 271",
        "Alla belopp i svenska kronor",
    ]
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Text", 120, lambda r: r.description),
        Column("Insättningar", 380, paid_in(spaced), right=True),
        Column("Uttag", 465, paid_out(spaced), right=True),
        Column("Saldo", 555, lambda r: spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, before=[opening], after=[closing])
    assert_header(read, account="5412 0038 271", currency="SEK", start=D(2025, 4, 1), end=D(2025, 4, 30))


# ---- Indonesian ----------------------------------------------------------------------------------

INDONESIAN_MARCH = [
    (D(2025, 3, 3), "TRSF E-BANKING CR GAJI MARET", "12500000.00"),
    (D(2025, 3, 5), "TARIKAN ATM JAKARTA SELATAN", "-1500000.00"),
    (D(2025, 3, 12), "KARTU DEBIT INDOMARET KEMANG", "-287450.00"),
    (D(2025, 3, 20), "BI-FAST DB BIAYA TXN", "-2500.00"),
    (D(2025, 3, 31), "BUNGA", "4312.55"),
]


@pytest.mark.parametrize("opening_row", [False, True], ids=["balances-from-the-rows", "saldo-awal-row"])
def test_an_indonesian_account_with_one_mutasi_marked_db_or_cr_and_days_without_a_year(
    opening_row: bool,
) -> None:
    """TANGGAL printed as day and month only, the year given by the period's month ("PERIODE : MARET
    2025"); one MUTASI column whose figures are followed by DB or CR; a branch column between; with or
    without the opening balance printed as the first row, "SALDO AWAL"."""
    rows = running(M("3250000.00"), INDONESIAN_MARCH)
    first = Drawn(D(2025, 3, 1), "SALDO AWAL", M("0"), M("3250000.00"))
    head = [
        "BANK NUSANTARA RAYA",
        "REKENING TAHAPAN",
        "DEWI LESTARI",
        "NO. REKENING : 0481234567",
        "PERIODE : MARET 2025",
        "MATA UANG : IDR",
    ]
    columns = [
        Column("TANGGAL", 40, lambda r: r.date.strftime("%d/%m")),
        Column("KETERANGAN", 100, lambda r: r.description),
        Column("CBG", 330, lambda r: "0123" if r.amount else ""),
        Column(
            "MUTASI",
            460,
            lambda r: english(r.amount) + (" DB" if r.amount < 0 else " CR") if r.amount else "",
            right=True,
        ),
        Column("SALDO", 555, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, [first, *rows] if opening_row else rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert [t.description.removesuffix(" 0123") for t in read.transactions] == [r.description for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("3250000.00"), rows[-1].balance)
    assert_header(read, account="0481234567", currency="IDR", start=D(2025, 3, 1), end=D(2025, 3, 31))


INDONESIAN_APRIL = [
    (D(2025, 4, 2), "Setoran Tunai", "5000000.00"),
    (D(2025, 4, 7), "Pembayaran Listrik PLN", "-845000.00"),
    (D(2025, 4, 15), "Transfer ke Budi Santoso", "-1250000.00"),
    (D(2025, 4, 25), "Transfer dari Siti Rahayu", "750000.00"),
    (D(2025, 4, 28), "Biaya Administrasi", "-12500.00"),
]


def test_an_indonesian_account_with_debet_and_kredit_columns_and_a_labelled_summary() -> None:
    """Tanggal Transaksi, Uraian Transaksi, Debet, Kredit and Saldo with figures grouped by points;
    "Periode Transaksi : .. s/d .."; Saldo Awal and Saldo Akhir printed as labelled lines."""
    rows = running(M("2183450.00"), INDONESIAN_APRIL)
    head = [
        "Bank Pembangunan Sentosa",
        "Nama : Agus Prasetyo",
        "Nomor Rekening : 1230-01-004567-53-8",
        "Periode Transaksi : 01/04/2025 s/d 30/04/2025",
        "Mata Uang : IDR",
        f"Saldo Awal : {continental(M('2183450.00'))}",
        f"Saldo Akhir : {continental(rows[-1].balance)}",
    ]
    columns = [
        Column("Tanggal Transaksi", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Uraian Transaksi", 130, lambda r: r.description),
        Column("Debet", 370, paid_out(continental), right=True),
        Column("Kredit", 460, paid_in(continental), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert_header(
        read, account="1230-01-004567-53-8", currency="IDR", start=D(2025, 4, 1), end=D(2025, 4, 30)
    )


INDONESIAN_MAY = [
    (D(2025, 5, 2), "Top Up dari Rekening", "1000000.00"),
    (D(2025, 5, 3), "Pembayaran QRIS Kopi Kenangan", "-58000.00"),
    (D(2025, 5, 9), "Pembelian Pulsa", "-100000.00"),
    (D(2025, 5, 18), "Cashback", "5000.00"),
]


def test_an_indonesian_account_with_rupiah_before_every_figure_and_the_time_in_wib() -> None:
    """Tanggal & Waktu holding the date and the time of day in Western Indonesian Time, "Rp" before
    every figure and a minus before money out; the currency known from the sign alone."""
    rows = running(M("215300.00"), INDONESIAN_MAY)
    head = [
        "Bank Digital Kepulauan",
        "Rina Wulandari",
        "Rekening Koran periode 01/05/2025 - 31/05/2025",
        "No. Rekening 9001 2345 6789",
    ]
    columns = [
        Column("Tanggal & Waktu", 40, lambda r: r.date.strftime("%d/%m/%Y") + " 14:05 WIB"),
        Column("Keterangan", 170, lambda r: r.description),
        Column("Nominal", 440, lambda r: signed("Rp " + continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: "Rp " + continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert_header(read, account="9001 2345 6789", currency="IDR", start=D(2025, 5, 1), end=D(2025, 5, 31))


# ---- detection -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wyciąg z rachunku za okres od 01.03.2025 do 31.03.2025 dla Jana Kowalskiego, strona 1 z 2", "pl"),
        ("Kontoutdrag för perioden, sida 1 av 2: saldo och transaktioner från ditt konto", "sv"),
        ("Rekening koran periode Maret 2025, halaman 1 dari 3, untuk nasabah yang terhormat", "id"),
        ("Hesap özeti dönem 01.03.2025 - 31.03.2025, sayfa 1, bu ekstre için bilgiler", "tr"),
        ("Kontoudtog for perioden, side 1 af 2, og saldo til jeres konto hvis ikke andet", "da"),
        ("Statement of your account for the period from 1 March to 31 March, page 1 of 2", "en"),
        (
            "Kontoauszug vom 01.03.2025 bis 31.03.2025 für das Girokonto, Seite 1 von 2, mit der Übersicht",
            "de",
        ),
        ("Relevé de compte du 1er au 31 mars pour le compte courant, page 1 sur 2, des opérations", "fr"),
        ("Extrato da conta do mês de março, folha 1, com os movimentos a débito e a crédito", "pt"),
    ],
)
def test_each_language_is_told_by_its_own_words_and_no_new_one_takes_an_old_ones(
    text: str, language: str
) -> None:
    assert language_of(fold(text).split()) == language


def test_a_german_page_naming_a_polish_month_abbreviation_stays_german() -> None:
    """German's "Sie" would be August's abbreviation in Polish: it is no month, and the page stays
    German."""
    assert parse_partial("12 Sie") is None
    assert language_of(fold("Bitte prüfen Sie den Kontoauszug und die Umsätze der Seite").split()) == "de"


# ---- Turkish -------------------------------------------------------------------------------------

TURKISH_MARCH = [
    (D(2025, 3, 3), "MAAŞ ÖDEMESİ", "42500.00"),
    (D(2025, 3, 5), "KİRA ÖDEMESİ AHMET YILMAZ", "-15000.00"),
    (D(2025, 3, 11), "POS MİGROS KADIKÖY", "-1843.75"),
    (D(2025, 3, 19), "FAST GELEN AYŞE DEMİR", "750.00"),
    (D(2025, 3, 27), "ELEKTRİK FATURASI", "-962.40"),
]


def test_a_turkish_account_in_capitals_with_a_value_date_and_tl_after_every_figure(
    unicode_fonts: Fonts,
) -> None:
    """İŞLEM TARİHİ beside VALÖR, one signed TUTAR and the BAKİYE, each figure followed by TL; the
    headings in capitals, whose dotted and dotless i are one letter to the reader."""
    rows = running(M("8120.35"), TURKISH_MARCH)
    head = [
        "Anadolu Ticaret Bankası A.Ş.",
        "Elif Şahin",
        "HESAP ÖZETİ - Dönem: 01.03.2025 - 31.03.2025",
        "IBAN: TR33 0006 1005 1978 6457 8413 26",
    ]
    columns = [
        Column("İŞLEM TARİHİ", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("VALÖR", 125, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("AÇIKLAMA", 200, lambda r: r.description),
        Column("TUTAR", 450, lambda r: signed(continental(r.amount), r.amount) + " TL", right=True),
        Column("BAKİYE", 555, lambda r: continental(r.balance) + " TL", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(
        read,
        account="TR33 0006 1005 1978 6457 8413 26",
        currency="TRY",
        start=D(2025, 3, 1),
        end=D(2025, 3, 31),
    )


TURKISH_APRIL = [
    (D(2025, 4, 1), "Havale Gelen Mehmet Kaya", "3200.00"),
    (D(2025, 4, 9), "Kredi Kartı Ödemesi", "-2750.50"),
    (D(2025, 4, 16), "Nakit Çekim ATM", "-1000.00"),
    (D(2025, 4, 30), "Faiz", "18.42"),
]


def test_a_turkish_account_with_borc_and_alacak_and_a_balance_carried_over(unicode_fonts: Fonts) -> None:
    """Borç and Alacak in two columns, the Devreden Bakiye printed as the table's first row, the
    period with the months' names, the currency named in words."""
    rows = running(M("2405.10"), TURKISH_APRIL)
    carried = Drawn(D(2025, 4, 1), "Devreden Bakiye", M("0"), M("2405.10"))
    head = [
        "Ege Katılım Bankası",
        "Can Öztürk",
        "Hesap Hareketleri 1 Nisan 2025 - 30 Nisan 2025",
        "Hesap No: 1045-6789012",
        "Para Birimi: Türk Lirası",
    ]
    columns = [
        Column("Tarih", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Açıklama", 115, lambda r: r.description),
        Column("Borç", 380, paid_out(continental), right=True),
        Column("Alacak", 465, paid_in(continental), right=True),
        Column("Bakiye", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts, before=[carried])
    assert_header(read, account="1045-6789012", currency="TRY", start=D(2025, 4, 1), end=D(2025, 4, 30))


def test_turkish_capitals_fold_to_the_letters_of_their_small_forms() -> None:
    """ "AÇIKLAMA" lowers to "açiklama" but is printed "Açıklama" in small letters: one heading."""
    assert fold("AÇIKLAMA") == fold("Açıklama") == "aciklama"
    assert fold("İŞLEM TARİHİ") == fold("işlem tarihi")


# ---- Danish --------------------------------------------------------------------------------------

DANISH_MARCH = [
    (D(2025, 3, 3), "Løn marts", "31250.00"),
    (D(2025, 3, 4), "Husleje Boligselskabet", "-8900.00"),
    (D(2025, 3, 10), "Dankort Netto Aarhus", "-412.35"),
    (D(2025, 3, 18), "MobilePay fra Mette Jensen", "275.00"),
    (D(2025, 3, 31), "Gebyr", "-25.00"),
]


def test_a_danish_account_with_an_interest_date_and_a_signed_amount(unicode_fonts: Fonts) -> None:
    """Dato, Rentedato, Tekst, one signed Beløb and the Saldo; "Kontoudtog" with the period in dates
    joined by "til", the registration number and the account number on one line."""
    rows = running(M("6740.80"), DANISH_MARCH)
    head = [
        "Vestjysk Sparekasse",
        "Mads Christensen",
        "Kontoudtog 01.03.2025 til 31.03.2025",
        "Reg.nr. 9070 Kontonr. 0001234567",
        "Valuta DKK",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Rentedato", 110, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Tekst", 195, lambda r: r.description),
        Column("Beløb", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(read, account="0001234567", currency="DKK", start=D(2025, 3, 1), end=D(2025, 3, 31))


DANISH_APRIL = [
    (D(2025, 4, 1), "Indbetaling kontant", "2000.00"),
    (D(2025, 4, 7), "Hævning automat", "-500.00"),
    (D(2025, 4, 14), "Betalingsservice El", "-734.60"),
    (D(2025, 4, 28), "Renter", "1.85"),
]


def test_a_danish_account_with_withdrawals_and_deposits_and_primo_and_ultimo_balances(
    unicode_fonts: Fonts,
) -> None:
    """Hævninger and Indsætninger in two columns; Primo saldo and Ultimo saldo as labelled lines; the
    currency named in words."""
    rows = running(M("1320.00"), DANISH_APRIL)
    head = [
        "Fynske Bank A/S",
        "Ida Sørensen",
        "Kontoudtog for perioden 1. april 2025 - 30. april 2025",
        "Kontonummer 5301 0045 6789",
        "Alle beløb i danske kroner",
        f"Primo saldo {continental(M('1320.00'))}",
        f"Ultimo saldo {continental(rows[-1].balance)}",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Tekst", 115, lambda r: r.description),
        Column("Hævninger", 380, paid_out(continental), right=True),
        Column("Indsætninger", 465, paid_in(continental), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert_header(read, account="5301 0045 6789", currency="DKK", start=D(2025, 4, 1), end=D(2025, 4, 30))


def test_a_turkish_account_whose_description_follows_the_money_and_whose_currency_is_labelled_tl(
    unicode_fonts: Fonts,
) -> None:
    """Tarih/Saat, the transaction's number, Tutar and Bakiye, then Açıklama last; no figure carries a
    sign of its money, which only "Para Birimi: TL" names."""
    rows = running(M("8120.35"), TURKISH_MARCH)
    head = [
        "Anadolu Ticaret Bankası A.Ş.",
        "Elif Şahin",
        "Hesap Hareketleri 01/03/2025 - 31/03/2025",
        "IBAN: TR33 0006 1005 1978 6457 8413 26",
        "Para Birimi: TL",
    ]
    columns = [
        Column("Tarih/Saat", 40, lambda r: r.date.strftime("%d/%m/%Y") + " 10:15"),
        Column("İşlem No", 135, lambda r: "98" + r.date.strftime("%m%d")),
        Column("Tutar", 265, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Bakiye", 345, lambda r: continental(r.balance), right=True),
        Column("Açıklama", 365, lambda r: r.description),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert_header(
        read,
        account="TR33 0006 1005 1978 6457 8413 26",
        currency="TRY",
        start=D(2025, 3, 1),
        end=D(2025, 3, 31),
    )


# ---- Norwegian -----------------------------------------------------------------------------------

NORWEGIAN_MARCH = [
    (D(2025, 3, 3), "Lønn Mars", "38200.00"),
    (D(2025, 3, 5), "Husleie Mars", "-12500.00"),
    (D(2025, 3, 12), "Varekjøp Rema 1000 Bergen", "-689.40"),
    (D(2025, 3, 20), "Vipps fra Ingrid Hansen", "450.00"),
    (D(2025, 3, 28), "Strøm Fjordkraft", "-1134.75"),
]


def test_a_norwegian_account_with_money_out_and_in_columns_and_no_running_balance(
    unicode_fonts: Fonts,
) -> None:
    """Dato, Forklaring, Rentedato, "Ut av konto" and "Inn på konto", no balance column: the opening and
    closing balances are the labelled Inngående and Utgående saldo."""
    rows = running(M("4310.25"), NORWEGIAN_MARCH)
    head = [
        "Vestland Sparebank",
        "Ola Nordmann",
        "Kontoutskrift 01.03.2025 - 31.03.2025",
        "Kontonummer 1234.56.78903",
        f"Inngående saldo {continental(M('4310.25'))}",
        f"Utgående saldo {continental(rows[-1].balance)}",
        "Alle beløp i norske kroner",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Forklaring", 115, lambda r: r.description),
        Column("Rentedato", 330, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Ut av konto", 470, paid_out(continental), right=True),
        Column("Inn på konto", 555, paid_in(continental), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(read, account="1234.56.78903", currency="NOK", start=D(2025, 3, 1), end=D(2025, 3, 31))
