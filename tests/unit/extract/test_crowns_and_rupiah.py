"""Statements whose only mark of their money is a sign several languages share ("kr": Swedish, Danish
and Norwegian crowns), told by the page's language or the country it names; Danish and Norwegian pages
told apart by the words only one of them prints; rupiah printed without cents."""

from __future__ import annotations

import pytest

from ingest.extract.amounts import money_places
from ingest.extract.context import DEFAULT
from ingest.extract.header import named_currency
from ingest.extract.lexicon import fold, language_of
from tests.unit.extract.unseen_kinds import Column, D, Drawn, Fonts, M, read_drawn, running, whole


def spaced(value: M) -> str:
    """-1 234,56: a space between thousands, a comma before the cents, a minus before money out."""
    text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",")
    return "-" + text if value < 0 else text


def dotted(value: M) -> str:
    """-1.234,56: points between thousands (Denmark, Norway)."""
    text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return "-" + text if value < 0 else text


HOUSEHOLD_JUNE = [
    (D(2025, 6, 2), "Løn juni", "28450.00"),
    (D(2025, 6, 4), "Husleje Boligselskabet", "-8900.00"),
    (D(2025, 6, 11), "Dagligvarer Netto", "-612.35"),
    (D(2025, 6, 19), "Overførsel fra opsparing", "1500.00"),
    (D(2025, 6, 27), "Forsikring", "-1240.00"),
]


def test_a_swedish_account_whose_figures_carry_kr_after_them_is_in_swedish_crowns() -> None:
    """No currency label, code or name in words: "kr" after every amount and balance, and a Swedish
    notice under the header; the crowns are Sweden's because the page is Swedish."""
    rows = running(M("3120.00"), HOUSEHOLD_JUNE)
    head = [
        "Sparbanken Österlen",
        "Maria Andersson",
        "Kontoutdrag 2025-06-01 - 2025-06-30",
        "Om du har frågor om ditt konto eller en transaktion, kontakta oss och vi hjälper till.",
        "Kontonummer 8105-9 944 123 456",
    ]
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Text", 120, lambda r: r.description),
        Column("Belopp", 460, lambda r: spaced(r.amount) + " kr", right=True),
        Column("Saldo", 555, lambda r: spaced(r.balance) + " kr", right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "SEK"


def test_a_danish_account_whose_figures_carry_kr_with_a_point_is_in_danish_crowns(
    unicode_fonts: Fonts,
) -> None:
    """ "kr." after every figure and a Danish notice ("Hvis du har spørgsmål ..."): Danish crowns, and
    the sign is no part of the descriptions."""
    rows = running(M("950.40"), HOUSEHOLD_JUNE)
    head = [
        "Midtjysk Andelskasse",
        "Søren Madsen",
        "Kontoudtog 01.06.2025 til 30.06.2025",
        "Hvis du har spørgsmål til kontoen, bliver du kontaktet, og vi hjælper dig gennem det hele.",
        "Kontonr. 0004412345",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Tekst", 120, lambda r: r.description),
        Column("Beløb", 460, lambda r: dotted(r.amount) + " kr.", right=True),
        Column("Saldo", 555, lambda r: dotted(r.balance) + " kr.", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert read.currency == "DKK"


def test_a_norwegian_account_with_kr_before_every_figure_is_in_the_crowns_of_the_country_named(
    unicode_fonts: Fonts,
) -> None:
    """ "kr 1 234,56": the sign before the figure, no notice to tell the language by, and the holder's
    address naming the country (Norge)."""
    rows = running(M("2210.00"), HOUSEHOLD_JUNE)
    head = [
        "Sparebanken Nordkyst",
        "Kari Nordmann",
        "Storgata 12, 9008 Tromsø, Norge",
        "Kontoutskrift 01.06.2025 - 30.06.2025",
        "Kontonummer 4321.56.78901",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Forklaring", 120, lambda r: r.description),
        Column("Beløp", 460, lambda r: "kr " + spaced(r.amount), right=True),
        Column("Saldo", 555, lambda r: "kr " + spaced(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert read.currency == "NOK"


def test_a_norwegian_account_with_kr_after_its_figures_and_a_norwegian_notice_is_not_danish(
    unicode_fonts: Fonts,
) -> None:
    """A notice in Norwegian, which prints "og", "til" and "ikke" as Danish does, and words Danish
    spells otherwise ("blir", "etter", "gjelder"): Norwegian crowns, not Danish ones."""
    rows = running(M("640.00"), HOUSEHOLD_JUNE)
    head = [
        "Fjordbanken",
        "Ola Hansen",
        "Kontoutskrift 01.06.2025 - 30.06.2025",
        "Beløpet blir trukket etter avtale og gjelder ikke for kreditt til andre kontoer.",
        "Kontonummer 1503.22.41877",
    ]
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Forklaring", 120, lambda r: r.description),
        Column("Beløp", 460, lambda r: dotted(r.amount) + " kr", right=True),
        Column("Saldo", 555, lambda r: dotted(r.balance) + " kr", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert read.currency == "NOK"


def test_kr_inside_a_word_names_no_money() -> None:
    """ "kr" is looked for as a word of its own: "Kreditkort" and "Kr.-Nr" print none."""
    assert named_currency(DEFAULT, fold("Kreditkort Kredit Kundenr Krone"), "da") is None
    assert named_currency(DEFAULT, fold("Saldo 1.234,56 kr. i alt"), "da") == "DKK"
    assert named_currency(DEFAULT, fold("Saldo 1.234,56 kr i alt"), None) is None  # no language, no country


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Beløpet blir trukket etter avtale og gjelder ikke for kreditt. Har du spørsmål om kontoen, "
            "ta kontakt med oss. Side 1 av 2",
            "no",
        ),
        (
            "Beløbet bliver trukket efter aftale og gælder ikke for kredit. Hvis du har spørgsmål til "
            "kontoen, så kontakt os. Side 1 af 2",
            "da",
        ),
        ("Vi minner om at det er ditt ansvar å kontrollere kontoutskriften og melde feil til oss", "no"),
        ("Du kan se alle posteringer mellem perioderne og hvad der gælder for jeres konto og vores", "da"),
        ("Om du har frågor om ditt konto eller transaktionerna, kontakta oss och vi hjälper till", "sv"),
    ],
)
def test_danish_and_norwegian_are_told_apart_by_the_words_only_one_prints(text: str, language: str) -> None:
    assert language_of(fold(text).split()) == language


def test_words_danish_and_norwegian_share_tell_neither() -> None:
    """ "og", "til", "ikke", "hvis" alone are printed in both: no language stands out."""
    assert language_of(fold("og til ikke hvis og til ikke denne").split()) is None


# ---- rupiah printed whole ----------------------------------------------------------------------------

WHOLE_JULY = [
    (D(2025, 7, 1), "Setoran Tunai Cabang", "4500000"),
    (D(2025, 7, 4), "Transfer ke Wayan Sudarma", "-1275000"),
    (D(2025, 7, 10), "Pembayaran Tagihan Air", "-318500"),
    (D(2025, 7, 22), "Transfer dari Putu Ayu", "820000"),
    (D(2025, 7, 30), "Biaya Administrasi Bulanan", "-15000"),
]


def test_an_indonesian_account_in_debet_and_kredit_columns_printed_without_cents() -> None:
    """Every figure whole, grouped by points ("1.275.000"), the money labelled IDR: read as rupiah, not
    as thousandths ("845.500" is no 845.5)."""
    rows = running(M("1963250"), WHOLE_JULY)
    head = [
        "Bank Perkreditan Nusa",
        "Nama : Made Wirawan",
        "Nomor Rekening : 7730012345",
        "Periode : 01/07/2025 s/d 31/07/2025",
        "Mata Uang : IDR",
    ]
    columns = [
        Column("Tanggal", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Keterangan", 120, lambda r: r.description),
        Column("Debet", 370, lambda r: whole(r.amount) if r.amount < 0 else "", right=True),
        Column("Kredit", 460, lambda r: whole(r.amount) if r.amount > 0 else "", right=True),
        Column("Saldo", 555, lambda r: whole(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "IDR"


@pytest.mark.parametrize("spaced_sign", [False, True], ids=["Rp1.275.000", "Rp 1.275.000 DB"])
def test_an_indonesian_account_with_rp_before_every_whole_figure(spaced_sign: bool) -> None:
    """ "Rp" before each whole figure, joined to it or a space apart with DB and CR after it: the sign
    is the figure's, the money rupiah, no "Rp" left in the descriptions."""
    rows = running(M("640000"), WHOLE_JULY)
    head = [
        "Bank Digital Sentosa",
        "Komang Ayu",
        "Rekening Koran 01/07/2025 - 31/07/2025",
        "No. Rekening 5512 3344",
    ]

    def mutation(row: Drawn) -> str:
        if spaced_sign:
            return "Rp " + whole(row.amount) + (" DB" if row.amount < 0 else " CR")
        return ("-" if row.amount < 0 else "") + "Rp" + whole(row.amount)

    columns = [
        Column("Tanggal", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Keterangan", 120, lambda r: r.description),
        Column("Mutasi", 460, mutation, right=True),
        Column("Saldo", 555, lambda r: ("Rp " if spaced_sign else "Rp") + whole(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "IDR"


def test_figures_with_cents_are_not_read_as_whole_for_a_few_grouped_counts() -> None:
    """A statement printing cents keeps them, whatever grouped whole numbers it also prints."""
    assert money_places("IDR", ["1.275.000", "845.500", "12.500", "5.000.000"]) == 0
    assert money_places("EUR", ["1.275,00", "845,50", "12.500", "5.000.000", "1.000.000", "3.000"]) == 2
    assert money_places(None, ["1.000", "2.000", "3.000"]) == 2  # too few to tell
