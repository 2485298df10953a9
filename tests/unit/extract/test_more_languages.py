"""Statements in the lexicon's newer languages of kinds no other test draws in them, each read through the
text layer: Italian balance lines dated before their figure, balance rows in the Avere column and totals
carried over the page; card bills in Italian, Turkish (one with instalment and points columns),
Indonesian, Swedish (with a column of foreign amounts) and Dutch (balances under their labels, Af or Bij
after every figure); Polish descriptions over labelled lines, the counterparty and the title in two
columns, an account overdrawn in PLN; rows dated by the day and the month's name in Indonesian and Dutch,
by day.month in Norwegian and Danish, or by four digits ("0901") in Norwegian; three dates on a Swedish
row; Norwegian and Danish balance lines; Turkish accounts with the lira sign before every figure or a
label column; Indonesian descriptions repeating the transfer's amount and D or K in a column of its own;
headings broken inside a word over two lines; and the money of a valid IBAN's country where nothing else
names it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from ingest.extract.header import iban_currency
from ingest.extract.layout import Line, cluster_lines
from ingest.extract.words import Word
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    as_drawn,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_drawn,
    read_drawn_pages,
    read_one,
    running,
    signed,
    spaced,
    statement,
    table,
    totals,
    whole,
)

DAY = dt.timedelta(days=1)


# ---- Italian -------------------------------------------------------------------------------------

ITALIAN_APRIL = [
    (D(2025, 4, 2), "BONIFICO A VOSTRO FAVORE DA ROSSI SRL", "1850.00"),
    (D(2025, 4, 7), "PAGAMENTO POS ESSELUNGA MILANO", "-64.38"),
    (D(2025, 4, 14), "ADDEBITO SDD ENEL ENERGIA", "-97.12"),
    (D(2025, 4, 22), "PRELIEVO ATM", "-200.00"),
    (D(2025, 4, 30), "COMPETENZE DI CHIUSURA", "-4.50"),
]


def test_an_italian_account_whose_balance_lines_date_the_balance_before_its_figure() -> None:
    """Data contabile, Data valuta, Descrizione, Uscite and Entrate with no running balance; "Saldo
    iniziale al <date>" above the table and "Saldo finale al <date>" under its line of totals, each
    date printed before the figure it dates."""
    rows = running(M("2310.45"), ITALIAN_APRIL)
    out, into = totals(rows)
    lines = header(
        [
            "Banca del Lago di Como",
            "Giulia Ferrari",
            "Via Garibaldi 18, 22100 Como",
            "Estratto conto corrente dal 01/04/2025 al 30/04/2025",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    columns = [
        Column("Data contabile", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data valuta", 112, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Descrizione", 180, lambda r: r.description),
        Column("Uscite", 470, paid_out(continental), right=True),
        Column("Entrate", 555, paid_in(continental), right=True),
    ]
    lines += [
        [(40, "Saldo iniziale al 31/03/2025", False), (555, continental(balance_before(rows)), True)],
        [],
        headings(columns),
        *table(columns, rows),
        [(180, "Totale movimenti", False), (470, continental(out), True), (555, continental(into), True)],
        [(40, "Saldo finale al 30/04/2025", False), (555, continental(rows[-1].balance), True)],
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.currency, read.period_start, read.period_end) == ("EUR", D(2025, 4, 1), D(2025, 4, 30))


ITALIAN_CARD = [
    (D(2025, 3, 18), "AMAZON EU SARL LUSSEMBURGO", "-59.90"),
    (D(2025, 3, 24), "IPERCOOP BOLOGNA", "-132.45"),
    (D(2025, 4, 1), "PAGAMENTO RICEVUTO GRAZIE", "420.00"),
    (D(2025, 4, 6), "TRENITALIA ROMA", "-48.50"),
    (D(2025, 4, 11), "FARMACIA CENTRALE", "-21.30"),
]


def test_an_italian_card_bill_over_two_months_owing_its_purchases_unsigned() -> None:
    """A credit card's statement from the 16th to the 15th: Data operazione beside Data registrazione,
    the Importo in euro unsigned for purchases and with a minus for the payment; the previous and the
    new balance owed as labelled lines."""
    rows = running(M("-420.00"), ITALIAN_CARD)
    head = [
        "Cassa di Risparmio dell'Emilia",
        "Paolo Bianchi",
        "Estratto conto carta di credito dal 16/03/2025 al 15/04/2025",
        "Numero carta 5312 **** **** 7781",
        "Limite di credito 3.000,00",
        f"Saldo precedente {continental(M('420.00'))}",
        f"Nuovo saldo {continental(-rows[-1].balance)}",
    ]
    columns = [
        Column("Data operazione", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data registrazione", 130, lambda r: (r.date + 2 * DAY).strftime("%d/%m/%Y")),
        Column("Descrizione", 235, lambda r: r.description),
        Column("Importo in euro", 555, lambda r: signed(continental(r.amount), -r.amount), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + 2 * DAY for r in rows]
    assert read.account_type == "CREDIT_CARD"
    assert (read.currency, read.period_start, read.period_end) == ("EUR", D(2025, 3, 16), D(2025, 4, 15))


# ---- Polish --------------------------------------------------------------------------------------

POLISH_MAY = [
    (
        D(2025, 5, 5),
        "Przelew przychodzący",
        ["Nadawca: Zakład Usług Komunalnych", "Tytuł: zwrot nadpłaty"],
        "84.20",
    ),
    (D(2025, 5, 8), "Przelew wychodzący", ["Odbiorca: Jan Kowalski", "Tytuł: czynsz maj"], "-1900.00"),
    (D(2025, 5, 12), "Płatność kartą", ["Lokalizacja: Rossmann Wrocław", "Karta: 4246 **** 1187"], "-56.99"),
    (
        D(2025, 5, 26),
        "Przelew przychodzący",
        ["Nadawca: Pracodawca Sp. z o.o.", "Tytuł: wynagrodzenie"],
        "7240.00",
    ),
]


def test_a_polish_account_whose_rows_describe_the_counterparty_and_title_on_labelled_lines_under_them(
    unicode_fonts: Fonts,
) -> None:
    """Data operacji and Data waluty, the kind of transaction on the row's line and under it the
    counterparty, the title or the card, each line opening with its label; a signed Kwota and the Saldo
    po transakcji. The lines under a row are its description."""
    rows = running(M("2903.55"), [(day, kind, amount) for day, kind, _, amount in POLISH_MAY])
    lines = header(
        [
            "Bank Śląski Spółdzielczy",
            "Agnieszka Nowicka",
            "Wyciąg z rachunku nr 5/2025 za okres 01.05.2025 - 31.05.2025",
            "Rachunek: PL61 1090 1014 0000 0712 1981 2874",
            "Waluta rachunku: PLN",
        ]
    )
    columns = [
        Column("Data operacji", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Data waluty", 115, lambda r: (r.date + DAY).strftime("%d.%m.%Y")),
        Column("Opis operacji", 190, lambda r: r.description),
        Column("Kwota", 430, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po transakcji", 555, lambda r: spaced(r.balance), right=True),
    ]
    lines.append(headings(columns))
    for row, (_, _, notes, _) in zip(rows, POLISH_MAY, strict=True):
        lines += [*table(columns, [row]), *([(190, note, False)] for note in notes)]
    read = read_one(drawn_lines([lines], unicode_fonts))
    assert entries(read) == [
        (day, " ".join([kind, *notes]), M(amount)) for day, kind, notes, amount in POLISH_MAY
    ]
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.currency, read.period_start, read.period_end) == ("PLN", D(2025, 5, 1), D(2025, 5, 31))


# ---- Turkish -------------------------------------------------------------------------------------

TURKISH_CARD = [
    (D(2025, 3, 17), "MİGROS KADIKÖY İSTANBUL", "-842.60"),
    (D(2025, 3, 22), "SHELL ATAŞEHİR", "-1250.00"),
    (D(2025, 3, 28), "KART ÖDEMESİ", "2100.00"),
    (D(2025, 4, 3), "TRENDYOL.COM", "-619.90"),
    (D(2025, 4, 9), "YEMEKSEPETİ", "-187.40"),
]


def test_a_turkish_card_bill_between_the_last_bills_debt_and_this_ones(unicode_fonts: Fonts) -> None:
    """A credit card's statement ("Kredi Kartı Hesap Özeti") cut on the 14th: the last bill's debt
    ("Önceki Dönem Borcu") and this bill's ("Dönem Borcu") as labelled lines beside the minimum and the
    due date; İşlem Tarihi, Açıklama and Tutar (TL), purchases unsigned, the payment with a minus."""
    rows = running(M("-2340.15"), TURKISH_CARD)
    head = [
        "Boğaziçi Bankası A.Ş.",
        "Mehmet Yılmaz",
        "Kredi Kartı Hesap Özeti",
        "Dönem: 15.03.2025 - 14.04.2025",
        "Kart No: 4543 60** **** 2291",
        "Son Ödeme Tarihi: 24.04.2025",
        f"Önceki Dönem Borcu: {continental(M('2340.15'))} TL",
        f"Dönem Borcu: {continental(-rows[-1].balance)} TL",
        f"Asgari Ödeme Tutarı: {continental(M('1120.00'))} TL",
    ]
    columns = [
        Column("İşlem Tarihi", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Açıklama", 130, lambda r: r.description),
        Column("Tutar (TL)", 555, lambda r: signed(continental(r.amount), -r.amount), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert read.account_type == "CREDIT_CARD"
    assert (read.currency, read.period_start, read.period_end) == ("TRY", D(2025, 3, 15), D(2025, 4, 14))


TURKISH_MAY = [
    (D(2025, 5, 2), "MAAŞ ÖDEMESİ", "41250.00"),
    (D(2025, 5, 3), "KİRA EFT", "-18000.00"),
    (D(2025, 5, 9), "FATURA ÖDEME İGDAŞ", "-934.28"),
    (D(2025, 5, 20), "FAST GELEN AYŞE KAYA", "1500.00"),
]


def test_a_turkish_account_printing_the_lira_sign_before_every_figure_and_the_time_under_the_date(
    unicode_fonts: Fonts,
) -> None:
    """Tarih holding the day on one line and the time of day on the next, Açıklama, a signed İşlem Tutarı
    and the Bakiye, each figure opened by the lira sign ₺: the currency is known from the sign alone."""
    rows = running(M("3875.60"), TURKISH_MAY)
    head = [
        "Marmara Dijital Bank A.Ş.",
        "Zeynep Arslan",
        "Hesap Hareketleri 01.05.2025 - 31.05.2025",
        "IBAN: TR12 0001 0012 3456 7890 1234 56",
    ]
    columns = [
        Column("Tarih", 40, lambda r: r.date.strftime("%d.%m.%Y") + "\n09:41"),
        Column("Açıklama", 125, lambda r: r.description),
        Column("İşlem Tutarı", 450, lambda r: signed("₺" + continental(r.amount), r.amount), right=True),
        Column("Bakiye", 555, lambda r: "₺" + continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert (read.currency, read.period_start, read.period_end) == ("TRY", D(2025, 5, 1), D(2025, 5, 31))


# ---- Indonesian ----------------------------------------------------------------------------------

INDONESIAN_JULY = [
    (D(2025, 7, 18), "TRANSFER MASUK DARI BUDI SANTOSO", "1500000"),
    (D(2025, 7, 25), "PEMBAYARAN PLN PASCABAYAR", "-412750"),
    (D(2025, 8, 1), "GAJI BULAN JULI", "9250000"),
    (D(2025, 8, 4), "TARIK TUNAI ATM", "-1000000"),
    (D(2025, 8, 12), "BIAYA ADMINISTRASI", "-15000"),
]


def test_an_indonesian_account_dated_by_the_day_and_the_months_indonesian_abbreviation() -> None:
    """Rows dated "18 Jul", "04 Agu" with no year, the period from the 15th of July to the 14th of
    August written with the months' names; whole rupiah in Debet and Kredit columns and the Saldo."""
    rows = running(M("4200000"), INDONESIAN_JULY)
    months = {7: "Jul", 8: "Agu"}
    head = [
        "Bank Rakyat Sejahtera",
        "Siti Rahmawati",
        "Rekening Koran Periode 15 Juli 2025 s/d 14 Agustus 2025",
        "No. Rekening: 0123-01-456789-50-3",
        "Mata Uang: IDR",
    ]
    columns = [
        Column("Tanggal", 40, lambda r: f"{r.date.day:02d} {months[r.date.month]}"),
        Column("Keterangan", 100, lambda r: r.description),
        Column("Debet", 380, paid_out(whole), right=True),
        Column("Kredit", 465, paid_in(whole), right=True),
        Column("Saldo", 555, lambda r: whole(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert (read.currency, read.period_start, read.period_end) == ("IDR", D(2025, 7, 15), D(2025, 8, 14))


INDONESIAN_CARD = [
    (D(2025, 4, 22), "TOKOPEDIA JAKARTA", "-1249000"),
    (D(2025, 4, 28), "PERTAMINA SPBU 34-12", "-350000"),
    (D(2025, 5, 2), "PEMBAYARAN - TERIMA KASIH", "2000000"),
    (D(2025, 5, 10), "GRAB* FOOD JAKARTA", "-86500"),
]


def test_an_indonesian_card_bill_marking_its_payment_cr_between_the_last_and_the_new_bill() -> None:
    """A credit card's bill ("Tagihan Kartu Kredit"): Tanggal Transaksi beside Tanggal Pembukuan,
    Keterangan and Jumlah (Rp) in whole rupiah, purchases bare and the payment followed by CR; the last
    bill ("Tagihan Sebelumnya") and the new one ("Tagihan Baru") as labelled lines."""
    rows = running(M("-2000000"), INDONESIAN_CARD)
    head = [
        "Bank Mandala Indonesia",
        "Andi Wijaya",
        "TAGIHAN KARTU KREDIT",
        "Periode Tagihan 20/04/2025 - 19/05/2025",
        "Nomor Kartu 4365 **** **** 8812",
        "Tanggal Jatuh Tempo 03/06/2025",
        f"Tagihan Sebelumnya {whole(M('2000000'))}",
        f"Tagihan Baru {whole(-rows[-1].balance)}",
    ]
    columns = [
        Column("Tanggal Transaksi", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Tanggal Pembukuan", 135, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Keterangan", 235, lambda r: r.description),
        Column("Jumlah (Rp)", 555, lambda r: whole(r.amount) + (" CR" if r.amount > 0 else ""), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert read.account_type == "CREDIT_CARD"
    assert (read.currency, read.period_start, read.period_end) == ("IDR", D(2025, 4, 20), D(2025, 5, 19))


# ---- Dutch ---------------------------------------------------------------------------------------

DUTCH_MARCH = [
    (D(2025, 3, 3), "Albert Heijn 1234 Utrecht", "-73.18"),
    (D(2025, 3, 10), "Belastingdienst teruggave", "412.00"),
    (D(2025, 3, 17), "Vattenfall termijnbedrag", "-128.00"),
    (D(2025, 3, 25), "Salaris maart Bakker BV", "3015.44"),
]


def test_a_dutch_account_dating_its_rows_by_the_day_and_the_months_dutch_abbreviation() -> None:
    """Boekdatum and Rentedatum as "03 mrt" with no year, the period written with the months' names and
    "t/m"; Omschrijving, one Bedrag with its side in words after it ("Af", "Bij"), and the old and new
    balance as labelled lines."""
    rows = running(M("1544.90"), DUTCH_MARCH)
    head = [
        "Zuiderbank N.V.",
        "Sanne de Vries",
        "Rekeningafschrift periode 1 maart 2025 t/m 31 maart 2025",
        "Rekeningnummer NL84 ZUID 0417 1643 00",
        f"Vorig saldo {continental(M('1544.90'))}",
        f"Nieuw saldo {continental(rows[-1].balance)}",
    ]
    columns = [
        Column("Boekdatum", 40, lambda r: r.date.strftime("%d") + " mrt"),
        Column("Rentedatum", 100, lambda r: (r.date + DAY).strftime("%d") + " mrt"),
        Column("Omschrijving", 170, lambda r: r.description),
        Column("Bedrag", 500, lambda r: continental(r.amount), right=True),
        Column("", 510, lambda r: "Af" if r.amount < 0 else "Bij"),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.currency, read.period_start, read.period_end) == ("EUR", D(2025, 3, 1), D(2025, 3, 31))


# ---- Swedish -------------------------------------------------------------------------------------

SWEDISH_CARD = [
    (D(2025, 2, 3), "ICA KVANTUM", "Uppsala", None, "-612.40"),
    (D(2025, 2, 9), "HOTEL ALMIRANTE", "Barcelona", ("EUR", "118.00"), "-1346.92"),
    (D(2025, 2, 14), "INBETALNING", "", None, "3000.00"),
    (D(2025, 2, 20), "AMAZON.COM", "Seattle", ("USD", "42.99"), "-468.31"),
    (D(2025, 2, 26), "SJ AB", "Stockholm", None, "-395.00"),
]


def test_a_swedish_card_bill_with_the_foreign_amount_and_its_currency_in_columns_of_their_own() -> None:
    """A credit card's bill: Datum, Specifikation, Ort, Valuta and "Utl. belopp" (the amount abroad, in
    its own money) printed only on purchases abroad, then the Belopp in kronor, purchases unsigned and
    the payment with a minus; the foreign figures are no amounts of the account."""
    rows = running(M("-1820.00"), [(day, text, amount) for day, text, _, _, amount in SWEDISH_CARD])
    head = [
        "Nordkort Bank AB",
        "Erik Lindqvist",
        "Kontoutdrag kreditkort 2025-02-01 - 2025-02-28",
        "Kortnummer 5213 **** **** 4420",
        "Kreditgräns 30 000,00 kr",
        f"Ingående saldo {spaced(M('1820.00'))}",
        f"Utgående saldo {spaced(-rows[-1].balance)}",
        "Betala in beloppet till vårt bankgiro senast 2025-03-28 och ange ditt OCR-nummer. Sida 1 av 1",
    ]
    abroad = {day: foreign for day, _, _, foreign, _ in SWEDISH_CARD}
    places = {day: place for day, _, place, _, _ in SWEDISH_CARD}
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Specifikation", 110, lambda r: r.description),
        Column("Ort", 260, lambda r: places[r.date]),
        Column("Valuta", 350, lambda r: abroad[r.date][0] if abroad[r.date] else ""),
        Column(
            "Utl. belopp", 460, lambda r: spaced(M(abroad[r.date][1])) if abroad[r.date] else "", right=True
        ),
        Column("Belopp", 555, lambda r: signed(spaced(r.amount), -r.amount), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.startswith(r.description)
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_type == "CREDIT_CARD"
    assert read.currency == "SEK"


# ---- Danish --------------------------------------------------------------------------------------

DANISH_MAY = [
    (D(2025, 5, 2), "Dankort-køb Netto", "-312.75"),
    (D(2025, 5, 9), "Husleje maj", "-7450.00"),
    (D(2025, 5, 28), "Løn maj", "24310.50"),
    (D(2025, 5, 30), "Overførsel til opsparing", "-5000.00"),
]


def test_a_danish_account_opened_by_the_balance_carried_from_the_last_statement_and_closed_by_ny_saldo(
    unicode_fonts: Fonts,
) -> None:
    """Dato, Tekst, Beløb and Saldo; the table's first row the balance carried from the last statement
    ("Saldo fra sidste kontoudtog"), the last row the new balance ("Ny saldo"), each with a figure in
    the balance column only."""
    rows = running(M("2146.30"), DANISH_MAY)
    carried = Drawn(D(2025, 5, 1), "Saldo fra sidste kontoudtog", M("0"), M("2146.30"))
    new = Drawn(D(2025, 5, 31), "Ny saldo", M("0"), rows[-1].balance)
    head = [
        "Sjællands Andelskasse",
        "Freja Nielsen",
        "Kontoudtog 01.05.2025 - 31.05.2025",
        "Konto 9070 0012345678",
        "Valuta DKK",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Tekst", 115, lambda r: r.description),
        Column(
            "Beløb", 460, lambda r: signed(continental(r.amount), r.amount) if r.amount else "", right=True
        ),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts, before=[carried], after=[new])
    assert (read.currency, read.period_start, read.period_end) == ("DKK", D(2025, 5, 1), D(2025, 5, 31))


# ---- the money of an IBAN's country --------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("IBAN IT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"),
        ("Rekening NL84ZUID0417164300", "NL84ZUID0417164300"),
    ],
)
def test_a_valid_iban_names_its_countrys_money_where_nothing_else_does(printed: str, code: str) -> None:
    assert iban_currency(_lines([code])) == "EUR"  # the same number printed in one word
    assert iban_currency(_lines([printed])) == "EUR"


@pytest.mark.parametrize(
    "printed",
    [
        "Flat 2, 14 Greenwich Road, London SE10 9NF",  # a postcode's district shaped as an IBAN's head
        "IBAN NL85 ZUID 0417 1643 00",  # one check digit off
    ],
)
def test_a_postcode_or_an_iban_whose_check_digits_fail_names_no_money(printed: str) -> None:
    assert iban_currency(_lines([printed])) is None


def _lines(texts: Sequence[str]) -> list[Line]:
    """Lines of words a space apart, one line per text."""
    words = [
        Word(text, 40.0 + 30 * n, 40.0 + 30 * n + 25, 100.0 + 13 * i, 109.0 + 13 * i, None)
        for i, line in enumerate(texts)
        for n, text in enumerate(line.split())
    ]
    return cluster_lines(words, 1)


# ---- more Italian and Nordic kinds ---------------------------------------------------------------

ITALIAN_MAY = [
    (D(2025, 5, 5), "DISPOSIZIONE DI BONIFICO", "-350.00"),
    (D(2025, 5, 12), "VERSAMENTO CONTANTI", "500.00"),
    (D(2025, 5, 19), "PAGAMENTO UTENZE", "-81.64"),
    (D(2025, 5, 27), "EMOLUMENTI", "2140.00"),
]


def test_an_italian_account_whose_opening_and_closing_rows_print_the_balance_in_the_avere_column() -> None:
    """Data and Valuta with two-digit years, Dare and Avere; the table opens with a SALDO INIZIALE row and
    closes with a SALDO FINALE row, each printing the balance (in the holder's favour) in the Avere column
    as a credit would be: no transactions, the balances."""
    rows = running(M("1275.30"), ITALIAN_MAY)
    lines = header(
        [
            "Banca Popolare del Tirreno",
            "Lucia Marino",
            "Estratto conto al 31/05/2025",
            "Conto corrente n. 000012345678",
            "Divisa EUR",
        ]
    )
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Valuta", 90, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Dare", 330, paid_out(continental), right=True),
        Column("Avere", 410, paid_in(continental), right=True),
        Column("Descrizione operazioni", 425, lambda r: r.description),
    ]
    lines += [
        headings(columns),
        [
            (40, "01/05/25", False),
            (410, continental(balance_before(rows)), True),
            (425, "SALDO INIZIALE", False),
        ],
        *table(columns, rows),
        [(40, "31/05/25", False), (410, continental(rows[-1].balance), True), (425, "SALDO FINALE", False)],
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)


NORWEGIAN_MAY = [
    (D(2025, 5, 2), "Varekjøp Rema 1000 Bergen", "-284.90"),
    (D(2025, 5, 6), "Husleie mai", "-9800.00"),
    (D(2025, 5, 15), "Lønn", "31450.00"),
    (D(2025, 5, 21), "Vipps Kari Hansen", "-450.00"),
]


def test_a_norwegian_account_dating_its_rows_by_day_and_month_parted_by_a_point_with_no_year(
    unicode_fonts: Fonts,
) -> None:
    """Dato and Rentedato printed "02.05" (day and month, no year, no closing point: a shape a figure
    with two decimals shares), Forklaring, one signed Beløp and the Saldo; the year given by the period."""
    rows = running(M("16125.40"), NORWEGIAN_MAY)
    head = [
        "Fjordkysten Sparebank",
        "Kari Nordmann",
        "Kontoutskrift for perioden 01.05.2025 - 31.05.2025",
        "Kontonummer 3201.45.67890",
        "Valuta NOK",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m")),
        Column("Rentedato", 90, lambda r: (r.date + DAY).strftime("%d.%m")),
        Column("Forklaring", 160, lambda r: r.description),
        Column("Beløp", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.currency, read.period_start, read.period_end) == ("NOK", D(2025, 5, 1), D(2025, 5, 31))


ITALIAN_JUNE = [
    (D(2025, 6, 3), "PAGAMENTO POS CONAD", "-42.18"),
    (D(2025, 6, 5), "BONIFICO DA BIANCHI ANNA", "300.00"),
    (D(2025, 6, 9), "ADDEBITO SDD TELEPASS", "-27.40"),
    (D(2025, 6, 16), "PRELIEVO ATM", "-150.00"),
    (D(2025, 6, 23), "ACCREDITO STIPENDIO", "1980.00"),
    (D(2025, 6, 30), "IMPOSTA DI BOLLO", "-8.55"),
]


def test_an_italian_account_carrying_its_totals_over_the_page_as_a_riportare_and_riporto() -> None:
    """Two pages of Dare and Avere with no running balance: the first ends with the line "A RIPORTARE"
    giving the totals of the page, the second opens with "RIPORTO" repeating them;
    neither is a transaction."""
    rows = running(M("845.60"), ITALIAN_JUNE)
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Valuta", 100, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descrizione", 170, lambda r: r.description),
        Column("Dare", 460, paid_out(continental), right=True),
        Column("Avere", 550, paid_in(continental), right=True),
    ]
    first, second = rows[:3], rows[3:]
    out, into = totals(first)
    carried = [
        (170, "A RIPORTARE", False),
        (460, continental(out), True),
        (550, continental(into), True),
    ]
    page_one = header(
        [
            "Banca Agricola Mantovana",
            "Stefano Galli",
            "Estratto conto dal 01/06/2025 al 30/06/2025",
            "Conto corrente n. 000098765432   Divisa EUR",
        ]
    )
    page_one += [
        [(40, "Saldo iniziale", False), (550, continental(balance_before(rows)), True)],
        [],
        headings(columns),
        *table(columns, first),
        carried,
        [],
        [(40, "Pagina 1 di 2", False)],
    ]
    page_two = [
        headings(columns),
        [(170, "RIPORTO", False), (460, continental(out), True), (550, continental(into), True)],
        *table(columns, second),
        [],
        [(40, "Saldo finale", False), (550, continental(rows[-1].balance), True)],
        [(40, "Pagina 2 di 2", False)],
    ]
    read = read_drawn_pages([page_one, page_two])
    as_drawn(read, rows)


POLISH_JUNE = [
    (D(2025, 6, 2), "Opłata za kartę", "-7.00"),
    (D(2025, 6, 4), "Przelew na telefon BLIK", "-250.00"),
    (D(2025, 6, 10), "Wpłata własna", "400.00"),
    (D(2025, 6, 27), "Wynagrodzenie czerwiec", "5120.00"),
]


def test_a_polish_account_overdrawn_into_its_limit_with_iso_dates_and_pln_after_every_figure(
    unicode_fonts: Fonts,
) -> None:
    """Data księgowania as ISO dates, Opis, Kwota and Saldo each followed by "PLN", the balance below zero
    (the overdraft limit in use) printed with its minus until the salary: signed balances, not a card."""
    rows = running(M("-312.40"), POLISH_JUNE)
    head = [
        "Bank Mazowiecki S.A.",
        "Piotr Zieliński",
        "Zestawienie operacji od 2025-06-01 do 2025-06-30",
        "Rachunek: 12 1240 5918 1111 0000 4567 8901",
        "Limit w koncie: 2 000,00 PLN",
    ]
    columns = [
        Column("Data księgowania", 40, lambda r: r.date.isoformat()),
        Column("Opis", 135, lambda r: r.description),
        Column("Kwota", 440, lambda r: signed(spaced(r.amount), r.amount) + " PLN", right=True),
        Column("Saldo", 555, lambda r: signed(spaced(r.balance), r.balance) + " PLN", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert read.account_type != "CREDIT_CARD"
    assert (read.currency, read.period_start, read.period_end) == ("PLN", D(2025, 6, 1), D(2025, 6, 30))


INDONESIAN_JUNE = [
    (D(2025, 6, 2), "TRANSFER DARI PT MAJU JAYA", "7500000.00"),
    (D(2025, 6, 4), "PEMBELIAN PULSA", "-100000.00"),
    (D(2025, 6, 11), "TARIK TUNAI", "-1500000.00"),
    (D(2025, 6, 20), "BUNGA", "12450.00"),
]


def test_an_indonesian_account_with_d_or_k_in_a_column_of_its_own_beside_the_nominal() -> None:
    """Tanggal, Uraian, Nominal unsigned and a column "D/K" holding D (debet) or K (kredit) beside it,
    then the Saldo: the letter signs the figure."""
    rows = running(M("2400000.00"), INDONESIAN_JUNE)
    head = [
        "Bank Tani Nusantara",
        "Hendra Gunawan",
        "Rekening Koran Periode 01/06/2025 - 30/06/2025",
        "No. Rekening 0234567891",
        "Mata Uang IDR",
    ]
    columns = [
        Column("Tanggal", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Uraian", 110, lambda r: r.description),
        Column("Nominal", 420, lambda r: continental(r.amount), right=True),
        Column("D/K", 435, lambda r: "D" if r.amount < 0 else "K"),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


DUTCH_CARD = [
    (D(2025, 2, 21), "APPLE.COM/BILL ITUNES.COM IE", "-0.99"),
    (D(2025, 2, 27), "BOL.COM UTRECHT NL", "-54.98"),
    (D(2025, 3, 4), "IDEAL BETALING, DANK U", "120.50"),
    (D(2025, 3, 11), "NS GROEP IZ REIZIGERS UTRECHT NL", "-31.00"),
]


def test_a_dutch_card_bill_with_its_balances_under_their_labels_and_af_or_bij_after_every_figure() -> None:
    """A credit card's statement: the last and the new balance owed printed under their labels in a
    box beside the totals paid and spent, each owed figure followed by "Af"; Datum transactie and
    Datum verwerking as the day and the month's abbreviation closed by a point, Omschrijving, then the
    Bedrag in euro and its side, "Af" for a purchase and "Bij" for the payment."""
    rows = running(M("-120.50"), DUTCH_CARD)
    out, into = totals(rows)
    lines = header(
        [
            "Kaartdienst Nederland B.V.",
            "J.P. Visser",
            "Creditcard-overzicht 20 februari 2025 t/m 19 maart 2025",
            "Kaartnummer **** **** **** 4417",
            "Bestedingslimiet € 2.500,00",
        ]
    )
    months = {2: "feb.", 3: "mrt."}
    columns = [
        Column("Datum transactie", 40, lambda r: f"{r.date.day} {months[r.date.month]}"),
        Column("Datum verwerking", 125, lambda r: f"{(r.date + DAY).day} {months[(r.date + DAY).month]}"),
        Column("Omschrijving", 215, lambda r: r.description),
        Column("Bedrag in euro", 520, lambda r: continental(r.amount), right=True),
        Column("", 528, lambda r: "Af" if r.amount < 0 else "Bij"),
    ]
    lines += [
        [
            (40, "Vorig openstaand saldo", False),
            (170, "Totaal ontvangen betalingen", False),
            (310, "Totaal nieuwe uitgaven", False),
            (440, "Nieuw openstaand saldo", False),
        ],
        [
            (40, f"€ {continental(balance_before(rows))} Af", False),
            (170, f"€ {continental(into)}", False),
            (310, f"€ {continental(out)}", False),
            (440, f"€ {continental(rows[-1].balance)} Af", False),
        ],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert read.account_type == "CREDIT_CARD"
    assert (read.currency, read.period_start, read.period_end) == ("EUR", D(2025, 2, 20), D(2025, 3, 19))


TURKISH_JUNE = [
    (D(2025, 6, 3), "A101 MAĞAZA ÜSKÜDAR", "Market", "-312.45"),
    (D(2025, 6, 5), "EFT GELEN MURAT DEMİR", "Transfer", "2500.00"),
    (D(2025, 6, 12), "TÜRK TELEKOM FATURA", "Fatura", "-289.90"),
    (D(2025, 6, 18), "ATM PARA ÇEKME", "Nakit", "-1000.00"),
]


def test_a_turkish_account_with_a_label_column_before_the_amount_and_a_receipt_number_after_the_balance(
    unicode_fonts: Fonts,
) -> None:
    """Tarih, Açıklama, an Etiket (the kind of spending) column, a signed Tutar and the Bakiye, then the
    Dekont No of each row: the receipt number is no figure and no part of the description, which the
    label may close."""
    rows = running(M("5400.00"), [(day, text, amount) for day, text, _, amount in TURKISH_JUNE])
    labels = {day: label for day, _, label, _ in TURKISH_JUNE}
    head = [
        "Karadeniz Yatırım Bankası A.Ş.",
        "Ahmet Çelik",
        "Hesap Hareketleri 01.06.2025 - 30.06.2025",
        "IBAN: TR64 0006 2000 1230 0006 2987 45",
        "Para Birimi: TL",
    ]
    columns = [
        Column("Tarih", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Açıklama", 105, lambda r: r.description),
        Column("Etiket", 290, lambda r: labels[r.date]),
        Column("Tutar", 420, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Bakiye", 495, lambda r: continental(r.balance), right=True),
        Column("Dekont No", 510, lambda r: "4471" + r.date.strftime("%d%m")),
    ]
    read = read_one(statement(head, columns, rows, fonts=unicode_fonts))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.startswith(r.description) and "4471" not in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "TRY"


SWEDISH_MAY = [
    (D(2025, 5, 2), "ICA NARA SODERMALM", "-214.50"),
    (D(2025, 5, 8), "SWISH BETALNING E ANDERSSON", "-350.00"),
    (D(2025, 5, 23), "LON MAJ", "31200.00"),
    (D(2025, 5, 27), "HYRA MAJ", "-8950.00"),
]


def test_a_swedish_account_with_booking_transaction_and_value_days_each_in_its_column() -> None:
    """Three dates on a row: Bokföringsdag first, Transaktionsdag (the day of the purchase, the row's
    date) second and Valutadag third, then Referens, Beskrivning, a signed Belopp and the Bokfört saldo."""
    rows = running(M("4820.75"), SWEDISH_MAY)
    head = [
        "Västkustens Sparbank",
        "Anna Johansson",
        "Kontoutdrag 2025-05-01 - 2025-05-31",
        "Kontonummer 8327-9 123 456 789-0",
        "Valuta SEK",
    ]
    columns = [
        Column("Bokföringsdag", 40, lambda r: (r.date + DAY).isoformat()),
        Column("Transaktionsdag", 112, lambda r: r.date.isoformat()),
        Column("Valutadag", 192, lambda r: (r.date + 2 * DAY).isoformat()),
        Column("Referens", 250, lambda r: "REF" + r.date.strftime("%m%d")),
        Column("Beskrivning", 305, lambda r: r.description),
        Column("Belopp", 500, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Bokfört saldo", 570, lambda r: spaced(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.endswith(r.description) and r.date.isoformat() not in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


POLISH_JULY = [
    (D(2025, 7, 1), "Spółdzielnia Zorza", "Opłata lipiec lokal 12", "-640.00"),
    (D(2025, 7, 9), "Marta Lewandowska", "Zwrot za bilety", "120.00"),
    (D(2025, 7, 25), "ZUS Oddział Gdańsk", "Świadczenie lipiec", "2810.55"),
]


def test_a_polish_account_with_the_counterparty_and_the_title_in_two_columns(unicode_fonts: Fonts) -> None:
    """Data księgowania and Data waluty, then "Nadawca / Odbiorca" and "Tytułem" in columns of their
    own, the Kwota operacji signed and the Saldo po operacji: both texts are the description."""
    rows = running(
        M("1534.20"), [(day, f"{name} {title}", amount) for day, name, title, amount in POLISH_JULY]
    )
    parts = {day: (name, title) for day, name, title, _ in POLISH_JULY}
    head = [
        "Bank Pomorski S.A.",
        "Ewa Wójcik",
        "Wyciąg z rachunku za okres 01.07.2025 - 31.07.2025",
        "Rachunek: PL10 1050 0099 7603 1234 5678 9123",
        "Waluta: PLN",
    ]
    columns = [
        Column("Data księgowania", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Data waluty", 138, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Nadawca / Odbiorca", 205, lambda r: parts[r.date][0]),
        Column("Tytułem", 315, lambda r: parts[r.date][1]),
        Column("Kwota operacji", 490, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po operacji", 585, lambda r: spaced(r.balance), right=True),
    ]
    read_drawn(head, columns, rows, unicode_fonts)


INDONESIAN_AUGUST = [
    (D(2025, 8, 4), ["TRSF E-BANKING DB", "0408/FTSCY/WS95031", "350000.00", "BUDI SANTOSO"], "-350000.00"),
    (D(2025, 8, 6), ["BYR VIA E-BANKING", "PLN PRABAYAR"], "-202500.00"),
    (
        D(2025, 8, 15),
        ["TRSF E-BANKING CR", "1508/FTSCY/WS95117", "4750000.00", "PT SINAR ABADI"],
        "4750000.00",
    ),
    (D(2025, 8, 20), ["TARIKAN ATM 20/08"], "-500000.00"),
]


def test_an_indonesian_account_whose_descriptions_run_over_lines_repeating_the_transfer_amount() -> None:
    """TANGGAL as day and month, a KETERANGAN over several lines (the kind of transfer, its reference,
    the amount again as a bare figure, the counterparty), MUTASI followed by DB or CR and the SALDO: the
    figure repeated in the description is no transaction and no amount of its row."""
    rows = running(
        M("1840000.00"), [(day, " ".join(lines), amount) for day, lines, amount in INDONESIAN_AUGUST]
    )
    lines = header(
        [
            "BANK SAMUDRA NUSANTARA",
            "REKENING TAHAPAN",
            "RUDI HARTONO",
            "NO. REKENING : 0614455321",
            "PERIODE : AGUSTUS 2025",
            "MATA UANG : IDR",
        ]
    )
    columns = [
        Column("TANGGAL", 40, lambda r: r.date.strftime("%d/%m")),
        Column("KETERANGAN", 100, lambda r: r.description),
        Column("CBG", 300, lambda r: ""),
        Column("MUTASI", 450, lambda r: english(r.amount) + (" DB" if r.amount < 0 else ""), right=True),
        Column("SALDO", 555, lambda r: english(r.balance), right=True),
    ]
    lines.append(headings(columns))
    for row, (_, texts, _) in zip(rows, INDONESIAN_AUGUST, strict=True):
        lines.append(
            [
                (40, row.date.strftime("%d/%m"), False),
                (100, texts[0], False),
                (300, "0998", False),
                (450, english(row.amount) + (" DB" if row.amount < 0 else ""), True),
                (555, english(row.balance), True),
            ]
        )
        lines += [[(100, text, False)] for text in texts[1:]]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    # The branch code of the CBG column is text beside the description's first line, not a figure.
    assert [t.description.replace(" 0998", "") for t in read.transactions] == [r.description for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.currency, read.period_start, read.period_end) == ("IDR", D(2025, 8, 1), D(2025, 8, 31))


NORWEGIAN_JANUARY = [
    (D(2025, 1, 9), "Til: Fjordkraft AS", "-387.40"),
    (D(2025, 1, 13), "Fra: Ola Hansen", "13307.00"),
    (D(2025, 1, 20), "Til: Bergen kommune", "-2450.00"),
    (D(2025, 1, 31), "Gebyr nettbank", "-3.00"),
]


def test_a_norwegian_account_dating_its_rows_by_day_and_month_in_four_digits_after_the_description(
    unicode_fonts: Fonts,
) -> None:
    """Forklaring first, then Rentedato, "Ut av konto" and "Inn på konto", Bokført and Arkivref, both
    dates printed as four digits, the day then the month ("0901"); the opening balance carried "fra
    kontoutskrift" of the last period's end, the closing one "i Deres favør". The archive reference is
    no date and no figure."""
    rows = running(M("5210.35"), NORWEGIAN_JANUARY)
    lines = header(
        [
            "Vestlandet Sparebank ASA",
            "Jarle Berg",
            "Kontoutskrift for perioden 01.01.2025 - 31.01.2025",
            "Kontonummer 9710.05.12345",
        ]
    )
    columns = [
        Column("Forklaring", 40, lambda r: r.description),
        Column("Rentedato", 250, lambda r: (r.date + DAY).strftime("%d%m")),
        Column("Ut av konto", 380, paid_out(continental), right=True),
        Column("Inn på konto", 460, paid_in(continental), right=True),
        Column("Bokført", 475, lambda r: r.date.strftime("%d%m")),
        Column("Arkivref", 525, lambda r: "99" + r.date.strftime("%d%m")),
    ]
    lines += [
        [(40, "Saldo fra kontoutskrift 31.12.2024", False), (460, continental(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(40, "Saldo i Deres favør", False), (460, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines], unicode_fonts))
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert [t.description for t in read.transactions] == [r.description for r in rows]
    assert (read.period_start, read.period_end) == (D(2025, 1, 1), D(2025, 1, 31))


def test_a_year_under_a_rows_day_and_month_that_reads_as_day_and_month_stays_the_year() -> None:
    """Rows dated "14.08." with the year on the line under each: "2012" holds a day and a month too
    (the 20th of December), but a line with no figure beside it prints a year, not a row."""
    rows = running(
        M("940.00"),
        [
            (D(2012, 8, 14), "Lastschrift Stadtwerke", "-61.20"),
            (D(2012, 8, 27), "Gutschrift Gehalt", "2210.00"),
        ],
    )
    columns = [
        Column("Buchung", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Valuta", 90, lambda r: r.date.strftime("%d.%m.")),
        Column("Vorgang", 140, lambda r: r.description),
        Column("Soll", 470, paid_out(continental), right=True),
        Column("Haben", 555, paid_in(continental), right=True),
    ]
    lines = [
        *header(["Bank am Main AG", "Kontoauszug", "Auszug 8 vom 01.08.2012 bis 31.08.2012"]),
        headings(columns),
    ]
    for cells in table(columns, rows):
        lines += [cells, [(40, "2012", False), (90, "2012", False)]]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.amount, r.date) for r in rows
    ]


TURKISH_CARD_MAY = [
    (D(2025, 5, 16), "TEKNOSA ANKARA", "2/6", "-1249.83"),
    (D(2025, 5, 19), "MİGROS ÇANKAYA", "", "-684.20"),
    (D(2025, 5, 24), "ÖDEMENİZ İÇİN TEŞEKKÜRLER", "", "4500.00"),
    (D(2025, 6, 2), "OPET AKARYAKIT", "", "-1520.00"),
]


def test_a_turkish_card_bill_with_an_instalment_column_and_a_column_of_points_earned(
    unicode_fonts: Fonts,
) -> None:
    """İşlem Tarihi, Açıklama, Taksit (which of a purchase's instalments this bill charges, "2/6"), the
    Tutar (TL) owed and the Puan each purchase earned: the instalment is no second date, and the points
    are no figures of the account nor text of the description."""
    rows = running(M("-4820.10"), [(day, text, amount) for day, text, _, amount in TURKISH_CARD_MAY])
    instalments = {day: part for day, _, part, _ in TURKISH_CARD_MAY}
    head = [
        "Anadolu Ticaret Bankası A.Ş.",
        "Selin Aydın",
        "Kredi Kartı Hesap Özeti",
        "Hesap Kesim Tarihi: 14.06.2025",
        "Dönem: 15.05.2025 - 14.06.2025",
        "Kart No: 5571 24** **** 6630",
        f"Önceki Dönem Borcu: {continental(M('4820.10'))} TL",
        f"Dönem Borcu: {continental(-rows[-1].balance)} TL",
    ]
    columns = [
        Column("İşlem Tarihi", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Açıklama", 120, lambda r: r.description),
        Column("Taksit", 330, lambda r: instalments[r.date]),
        Column("Tutar (TL)", 460, lambda r: signed(continental(r.amount), -r.amount), right=True),
        Column("Puan", 540, lambda r: continental(-r.amount / 100) if r.amount < 0 else "", right=True),
    ]
    read = read_one(statement(head, columns, rows, fonts=unicode_fonts))
    assert [(t.date, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.amount, None) for r in rows
    ]
    # The instalment, printed beside the description, may close it; the points never do.
    assert [t.description.removesuffix(" 2/6") for t in read.transactions] == [r.description for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_type == "CREDIT_CARD"


NORWEGIAN_FEBRUARY = [
    (D(2025, 2, 3), "Varekjøp Kiwi Sandnes", "-412.30"),
    (D(2025, 2, 14), "Lønn februar", "38950.00"),
    (D(2025, 2, 20), "Overføring sparekonto", "-10000.00"),
]


def test_a_norwegian_account_whose_balance_lines_print_the_date_and_the_code_before_the_figure(
    unicode_fonts: Fonts,
) -> None:
    """ "Saldo forrige utskrift per <date> NOK <figure>" above the table and "Ny saldo per <date> NOK
    <figure>" under it; Dato, Forklarende tekst, "Ut av konto", "Inn på konto" and Rentedato."""
    rows = running(M("7315.90"), NORWEGIAN_FEBRUARY)
    lines = header(
        ["Nordfjord Bank ASA", "Ingrid Solberg", "Kontoutskrift for februar 2025", "Konto 1503.22.48810"]
    )
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Forklarende tekst", 95, lambda r: r.description),
        Column("Ut av konto", 380, paid_out(spaced), right=True),
        Column("Inn på konto", 470, paid_in(spaced), right=True),
        Column("Rentedato", 490, lambda r: r.date.strftime("%d.%m.%y")),
    ]
    lines += [
        [
            (40, "Saldo forrige utskrift per 31.01.2025", False),
            (380, "NOK", False),
            (470, spaced(balance_before(rows)), True),
        ],
        headings(columns),
        *table(columns, rows),
        [(40, "Ny saldo per 28.02.2025", False), (380, "NOK", False), (470, spaced(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines], unicode_fonts))
    as_drawn(read, rows)
    assert (read.currency, read.period_start, read.period_end) == ("NOK", D(2025, 2, 1), D(2025, 2, 28))


SAVINGS_NOVEMBER = [
    (D(2025, 11, 3), "Zahlung an DE89 3704 0044 0532 0130 00", "-2000.00"),
    (D(2025, 11, 17), "Zahlung von DE89 3704 0044 0532 0130 00", "500.00"),
    (D(2025, 11, 30), "Zinsen", "18.42"),
]


def test_headings_broken_inside_a_word_over_two_lines_in_narrow_columns_are_read_whole() -> None:
    """A Nordic bank's savings account printed in German, its narrow columns breaking each long heading
    inside the word ("Buchungsda" over "tum", "Zahlungseinga" over "ng"): the two pieces are one
    heading, and the money in and out columns are told apart."""
    rows = running(M("12024.40"), SAVINGS_NOVEMBER)
    head = [
        "Fjell Bank, Zweigniederlassung Deutschland",
        "Max Mustermann",
        "Transaktionen für Periode 01.11.2025 - 30.11.2025",
        f"Vorheriger Saldo EUR {continental(M('12024.40'))}",
        f"Aktueller Saldo EUR {continental(rows[-1].balance)}",
    ]
    lines = header(head)
    lines += [
        [
            (40, "**Buchungsda", False),
            (100, "Valutadatu", False),
            (160, "Beschreibung", False),
            (400, "Zahlungseinga", False),
            (480, "Zahlungsausga", False),
        ],
        [(40, "**tum", False), (100, "m", False), (400, "ng", False), (480, "ng", False)],
    ]
    for r in rows:
        day = r.date.strftime("%d.%m.%Y")
        money = (400 if r.amount > 0 else 480, continental(r.amount), False)
        lines.append([(40, day, False), (100, day, False), (160, r.description, False), money])
    read = read_drawn_pages([lines])
    as_drawn(read, rows)


DANISH_MARCH_NO_YEAR = [
    (D(2025, 3, 4), "Dankort-køb Føtex", "-245.60"),
    (D(2025, 3, 12), "MobilePay fra Jonas", "300.00"),
    (D(2025, 3, 27), "Løn marts", "22480.75"),
]


def test_a_danish_account_whose_period_names_the_year_once_after_both_days_and_rows_print_day_and_month(
    unicode_fonts: Fonts,
) -> None:
    """ "Kontoudtog nr. 3 for perioden 1. marts - 31. marts 2025": the year printed once, after the last
    day; rows dated "04.03" with no year, Tekst, a signed Beløb and the Saldo."""
    rows = running(M("3120.40"), DANISH_MARCH_NO_YEAR)
    head = [
        "Jyllands Andelsbank",
        "Søren Mortensen",
        "Kontoudtog nr. 3 for perioden 1. marts - 31. marts 2025",
        "Konto 7890 0004561237",
        "Valuta DKK",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m")),
        Column("Tekst", 100, lambda r: r.description),
        Column("Beløb", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert (read.currency, read.period_start, read.period_end) == ("DKK", D(2025, 3, 1), D(2025, 3, 31))
