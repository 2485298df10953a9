"""Statements of France, the Low Countries, the Alps, Central and Eastern Europe, Greece, Turkey, the
Nordic and Baltic countries, Malaysia and Indonesia that no other test draws, each in the words, dates
and figures its banks print, read through the text layer against what was drawn: the rows, their signs,
balances and value dates, the balances around them, the currency and the account's number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    HELVETICA,
    Cell,
    Column,
    D,
    Drawn,
    Fonts,
    Lines,
    M,
    balance_before,
    continental,
    drawn_lines,
    english,
    header,
    headings,
    paid_in,
    paid_out,
    read_all,
    read_one,
    running,
    signed,
    spaced,
    swiss,
    table,
    totals,
)

DAY = dt.timedelta(days=1)


def _read(
    head: Sequence[str],
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    *,
    above: Sequence[Sequence[Cell]] = (),
    first: Sequence[Sequence[Cell]] = (),
    below: Sequence[Sequence[Cell]] = (),
    fonts: Fonts = HELVETICA,
) -> RawStatement:
    """The one statement read from a page of the header lines, the lines `above` the table, the
    table's headings, the lines `first` under them, its rows, and the lines `below` it."""
    lines: Lines = header(head) + [list(c) for c in above] + [headings(columns)] + [list(c) for c in first]
    lines += table(columns, rows) + [list(c) for c in below]
    return read_one(drawn_lines([lines], fonts))


def _as_drawn(
    read: RawStatement,
    rows: Sequence[Drawn],
    *,
    account: str,
    currency: str,
    running_balance: bool = True,
    value: Callable[[Drawn], dt.date] | None = None,
) -> None:
    """Asserts the rows as drawn (dates, descriptions, signed amounts, the running balance where the
    statement prints one, the value dates where `value` gives them), the balances around them, the
    account's number and the currency."""
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in rows
    ]
    printed = [r.balance for r in rows] if running_balance else [None] * len(rows)
    assert [t.balance for t in read.transactions] == printed
    if value is not None:
        assert [t.value_date for t in read.transactions] == [value(r) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_number == account
    assert read.currency == currency


def _entries_joined(read: RawStatement) -> list[tuple[dt.date | None, str, Decimal | None]]:
    """The transactions read, each as (date, description with its lines joined by one space, amount)."""
    return [(t.date, " ".join(t.description.split()), t.amount) for t in read.transactions]


def _dm(day: dt.date) -> str:
    return day.strftime("%d/%m")


def _dmy(day: dt.date, sep: str = "/") -> str:
    return day.strftime(f"%d{sep}%m{sep}%Y")


def _line(label: str, figure: str, x: float = 560) -> list[Cell]:
    return [(40, label, False), (x, figure, True)]


# France ---------------------------------------------------------------------------------------------

FR_CHEQUES = [
    (D(2025, 2, 3), "PRLV SEPA EDF CLIENTS PARTICULIERS", "-84.20"),
    (D(2025, 2, 5), "CB CARREFOUR MARKET 04/02", "-63.47"),
    (D(2025, 2, 10), "VIR SEPA RECU SALAIRE FEVRIER", "2450.00"),
    (D(2025, 2, 14), "CHEQUE N 1234567", "-120.00"),
    (D(2025, 2, 21), "RETRAIT DAB 20/02 PARIS 11", "-60.00"),
]


def test_a_french_account_with_operation_and_value_days_between_ancien_and_nouveau_solde_rows() -> None:
    """France's high-street kind: "Date | Valeur | Nature des opérations | Débit | Crédit", both dates
    "03/02" with no year (the year only in the period), the old balance as the table's first row and the
    new as its last, each in the credit column and dated, a "Total des opérations" line above the new
    balance, and no running balance."""
    rows = running(M("1832.55"), FR_CHEQUES)
    out, into = totals(rows)
    columns = [
        Column("Date", 40, lambda r: _dm(r.date)),
        Column("Valeur", 85, lambda r: _dm(r.date + DAY)),
        Column("Nature des opérations", 135, lambda r: r.description),
        Column("Débit", 470, paid_out(continental), right=True),
        Column("Crédit", 550, paid_in(continental), right=True),
    ]
    head = [
        "Banque Populaire du Val de Loire",
        "RELEVÉ DE COMPTE",
        "M. JEAN-LUC MARCHAND",
        "Du 1er février 2025 au 28 février 2025",
        "Compte courant N° 12345 00012 04567891234 56",
        "Montants exprimés en euros",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[
            [(135, "SOLDE CREDITEUR AU 31/01/2025", False), (550, continental(balance_before(rows)), True)]
        ],
        below=[
            [
                (135, "Total des opérations", False),
                (470, continental(out), True),
                (550, continental(into), True),
            ],
            [
                (135, "NOUVEAU SOLDE CREDITEUR AU 28/02/2025", False),
                (550, continental(rows[-1].balance), True),
            ],
        ],
    )
    _as_drawn(
        read,
        rows,
        account="12345 00012 04567891234 56",
        currency="EUR",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )


FR_LIVRET = [
    (D(2024, 12, 2), "VERSEMENT DEPUIS COMPTE COURANT", "300.00"),
    (D(2024, 12, 16), "RETRAIT VERS COMPTE COURANT", "-450.00"),
    (D(2024, 12, 31), "INTERETS ACQUIS 2024", "187.34"),
    (D(2025, 1, 6), "VERSEMENT PERIODIQUE", "150.00"),
]


def _euros(value: Decimal) -> str:
    """1 234,56 €: a space between thousands, the sign before and the euro after."""
    return signed(spaced(value), value) + " €"


def test_a_french_savings_book_across_new_year_with_a_signed_montant_in_euros_and_a_solde() -> None:
    """A French passbook ("Livret A") from December to January: "Date | Libellé | Montant | Solde",
    rows "02/12" with no year across New Year, every figure "1 234,56 €" with a minus before money out,
    the year's interest as a row, and the balances on "Solde au" lines."""
    rows = running(M("12480.00"), FR_LIVRET)
    columns = [
        Column("Date", 40, lambda r: _dm(r.date)),
        Column("Libellé", 95, lambda r: r.description),
        Column("Montant", 450, lambda r: _euros(r.amount), right=True),
        Column("Solde", 550, lambda r: _euros(r.balance), right=True),
    ]
    head = [
        "Caisse d'Épargne Rhône Alpes",
        "Relevé de votre Livret A",
        "Mme SOPHIE LEFEBVRE",
        "Période du 01/12/2024 au 15/01/2025",
        "N° de compte 04 123 456 789",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Solde au 30/11/2024", _euros(balance_before(rows)))],
        below=[_line("Solde au 15/01/2025", _euros(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="04 123 456 789", currency="EUR")
    assert read.account_type == "SAVINGS"


BE = [
    (D(2025, 3, 3), "Domiciliation Proximus", "-54.99"),
    (D(2025, 3, 7), "Virement de DUPONT MARC loyer garage", "85.00"),
    (D(2025, 3, 12), "Paiement par carte Delhaize Uccle", "-112.36"),
    (D(2025, 3, 25), "Virement salaire mars", "3120.45"),
]


def test_a_belgian_account_with_the_value_date_after_the_text_and_a_signed_montant_between_soldes() -> None:
    """A Belgian account in French: "Extrait n° 3", "Date | Description | Date valeur | Montant en EUR",
    each amount signed "+85,00" or "-54,99", and "Solde précédent" and "Nouveau solde" lines."""
    rows = running(M("2205.18"), BE)
    columns = [
        Column("Date", 40, lambda r: _dmy(r.date, "-")),
        Column("Description", 105, lambda r: r.description),
        Column("Date valeur", 380, lambda r: _dmy(r.date + DAY, "-")),
        Column(
            "Montant en EUR",
            550,
            lambda r: ("+" if r.amount > 0 else "-") + continental(r.amount),
            right=True,
        ),
    ]
    head = [
        "Banque Lambert de Belgique",
        "Extrait n° 3 du 31-03-2025",
        "M. PIERRE VANDENBERGHE",
        "Période du 01-03-2025 au 31-03-2025",
        "IBAN BE68 5390 0754 7034",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Solde précédent au 28-02-2025", "+" + continental(balance_before(rows)) + " EUR")],
        below=[_line("Nouveau solde au 31-03-2025", "+" + continental(rows[-1].balance) + " EUR")],
    )
    _as_drawn(
        read,
        rows,
        account="BE68 5390 0754 7034",
        currency="EUR",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )


NL = [
    (D(2025, 4, 1), "Albert Heijn 1234 AMSTERDAM", "-47.82"),
    (D(2025, 4, 3), "Belastingdienst teruggave", "412.00"),
    (D(2025, 4, 8), "NS Reizigers B.V.", "-23.40"),
    (D(2025, 4, 25), "Salaris april Werkgever B.V.", "3050.75"),
    (D(2025, 4, 28), "Huur mei Woonstichting", "-985.00"),
]


def test_a_dutch_account_with_af_or_bij_in_a_column_of_its_own_before_the_bedrag() -> None:
    """A Dutch account: "Datum | Naam / Omschrijving | Af Bij | Bedrag (EUR)", the side of each
    unsigned amount written "Af" or "Bij" in a column before it, dates "01-04-2025", and the begin and
    end balances on labelled lines."""
    rows = running(M("1540.10"), NL)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Naam / Omschrijving", 110, lambda r: r.description),
        Column("Af Bij", 400, lambda r: "Af" if r.amount < 0 else "Bij"),
        Column("Bedrag (EUR)", 550, lambda r: continental(r.amount), right=True),
    ]
    head = [
        "Lage Landen Bank N.V.",
        "Rekeningafschrift",
        "DHR J. DE VRIES",
        "Periode 01-04-2025 t/m 30-04-2025",
        "Rekeningnummer NL19 LLBK 0417 1643 00",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Beginsaldo per 01-04-2025", continental(balance_before(rows)))],
        below=[_line("Eindsaldo per 30-04-2025", continental(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="NL19 LLBK 0417 1643 00", currency="EUR", running_balance=False)


def test_a_dutch_account_with_boekdatum_and_rentedatum_and_separate_af_and_bij_columns() -> None:
    """A Dutch account: "Boekdatum | Rentedatum | Omschrijving | Af | Bij | Saldo", the interest date
    the day after, and "Vorig saldo" as the table's first row."""
    rows = running(M("820.00"), NL)
    columns = [
        Column("Boekdatum", 40, lambda r: _dmy(r.date, "-")),
        Column("Rentedatum", 100, lambda r: _dmy(r.date + DAY, "-")),
        Column("Omschrijving", 165, lambda r: r.description),
        Column("Af", 420, paid_out(continental), right=True),
        Column("Bij", 485, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Coöperatieve Polderbank U.A.",
        "Rekeningoverzicht april 2025",
        "MEVR. A. BAKKER",
        "IBAN NL65 PLDR 0300 0012 34",
        "Valuta EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(165, "Vorig saldo", False), (560, continental(balance_before(rows)), True)]],
        below=[[(165, "Nieuw saldo", False), (560, continental(rows[-1].balance), True)]],
    )
    _as_drawn(read, rows, account="NL65 PLDR 0300 0012 34", currency="EUR", value=lambda r: r.date + DAY)


LU = [
    (D(2025, 5, 2), "ORDRE PERMANENT LOYER", "-1650.00"),
    (D(2025, 5, 9), "PAIEMENT CARTE CACTUS BELAIR", "-142.18"),
    (D(2025, 5, 27), "VIREMENT SALAIRE MAI", "5480.30"),
    (D(2025, 5, 30), "FRAIS DE TENUE DE COMPTE", "-3.50"),
]


def test_a_luxembourg_account_with_accounting_and_value_dates_and_money_columns_headed_in_euros() -> None:
    """A Luxembourg account: "Date comptable | Date valeur | Libellé | Débit EUR | Crédit EUR | Solde
    EUR", dates "02.05.2025", and the balance before the first row on a line of its own."""
    rows = running(M("6212.40"), LU)
    columns = [
        Column("Date comptable", 40, lambda r: _dmy(r.date, ".")),
        Column("Date valeur", 110, lambda r: _dmy(r.date + DAY, ".")),
        Column("Libellé", 175, lambda r: r.description),
        Column("Débit EUR", 400, paid_out(continental), right=True),
        Column("Crédit EUR", 475, paid_in(continental), right=True),
        Column("Solde EUR", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Banque et Caisse du Grand-Duché",
        "Extrait de compte",
        "M. LUC WEBER",
        "Période du 01.05.2025 au 31.05.2025",
        "IBAN LU28 0019 4006 4475 0000",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(175, "Solde d'ouverture", False), (560, continental(balance_before(rows)), True)]],
        below=[[(175, "Solde de clôture", False), (560, continental(rows[-1].balance), True)]],
    )
    _as_drawn(read, rows, account="LU28 0019 4006 4475 0000", currency="EUR", value=lambda r: r.date + DAY)


# The Alps ----------------------------------------------------------------------------------------------

AT = [
    (D(2025, 6, 2), "Lastschrift Wiener Stadtwerke", "-96.40"),
    (D(2025, 6, 6), "Bezahlung Karte BILLA DANKT 1030", "-38.72"),
    (D(2025, 6, 15), "Gutschrift Gehalt Juni", "2760.00"),
    (D(2025, 6, 20), "Dauerauftrag Miete", "-890.00"),
]


def test_an_austrian_account_with_buchungs_and_valutadatum_and_a_minus_after_each_debit() -> None:
    """An Austrian account: "Buchungsdatum | Buchungstext | Valutadatum | Betrag in EUR", the amounts
    of money out with a minus after them ("96,40-"), the old and new balance as "Alter Kontostand" and
    "Neuer Kontostand" lines."""
    rows = running(M("1408.16"), AT)
    columns = [
        Column("Buchungsdatum", 40, lambda r: _dmy(r.date, ".")),
        Column("Buchungstext", 115, lambda r: r.description),
        Column("Valutadatum", 380, lambda r: _dmy(r.date + DAY, ".")),
        Column(
            "Betrag in EUR", 550, lambda r: continental(r.amount) + ("-" if r.amount < 0 else ""), right=True
        ),
    ]
    head = [
        "Raiffeisenbank Donautal eGen",
        "Kontoauszug Nr. 6/2025",
        "Herrn Mag. Thomas Huber",
        "Zeitraum 01.06.2025 bis 30.06.2025",
        "IBAN AT61 1904 3002 3457 3201",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Alter Kontostand vom 31.05.2025", continental(balance_before(rows)))],
        below=[_line("Neuer Kontostand vom 30.06.2025", continental(rows[-1].balance))],
    )
    _as_drawn(
        read,
        rows,
        account="AT61 1904 3002 3457 3201",
        currency="EUR",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )


CH = [
    (D(2025, 3, 31), "Zinsgutschrift", "42.15"),
    (D(2025, 4, 10), "Übertrag auf Privatkonto", "-2500.00"),
    (D(2025, 5, 2), "Einzahlung Vergütung", "1200.00"),
    (D(2025, 6, 30), "Verrechnungssteuer 35%", "-14.75"),
]


def test_a_swiss_savings_account_with_two_digit_years_and_apostrophe_thousands() -> None:
    """A Swiss savings account in German: "Datum | Text | Belastung | Gutschrift | Valuta | Saldo",
    dates "31.03.25", figures "1'234.56", a "Saldovortrag" row opening the table and the closing
    balance on a "Schlusssaldo" line, in francs (CHF)."""
    rows = running(M("18340.60"), CH)
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Text", 90, lambda r: r.description),
        Column("Belastung", 340, paid_out(swiss), right=True),
        Column("Gutschrift", 410, paid_in(swiss), right=True),
        Column("Valuta", 425, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]
    head = [
        "Zürcher Landbank AG",
        "Kontoauszug Sparkonto",
        "Frau Anna Meier",
        "Periode 01.01.2025 - 30.06.2025",
        "Konto 1234-5678.901 CHF",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[
            [(40, "31.12.24", False), (90, "Saldovortrag", False), (560, swiss(balance_before(rows)), True)]
        ],
        below=[[(90, "Schlusssaldo", False), (560, swiss(rows[-1].balance), True)]],
    )
    _as_drawn(read, rows, account="1234-5678.901", currency="CHF", value=lambda r: r.date)
    assert read.account_type == "SAVINGS"


CH_FR = [
    (D(2025, 9, 1), "Ordre permanent loyer", "-1850.00"),
    (D(2025, 9, 4), "Achat Maestro Migros Lausanne", "-86.35"),
    (D(2025, 9, 25), "Salaire septembre", "6240.80"),
    (D(2025, 9, 29), "TWINT envoi Dubois", "-40.00"),
]


def test_a_swiss_french_account_signing_its_balance_and_amounts_in_one_column_with_apostrophes() -> None:
    """A Swiss account in French: "Date | Texte | Montant | Valeur | Solde", the amount signed
    ("-1'850.00"), the value date after it, balances in francs on "Solde initial" and "Solde final"
    lines."""
    rows = running(M("3118.20"), CH_FR)
    columns = [
        Column("Date", 40, lambda r: _dmy(r.date, ".")),
        Column("Texte", 100, lambda r: r.description),
        Column("Montant", 400, lambda r: swiss(r.amount), right=True),
        Column("Valeur", 420, lambda r: _dmy(r.date, ".")),
        Column("Solde", 560, lambda r: swiss(r.balance), right=True),
    ]
    head = [
        "Banque Cantonale du Léman",
        "Relevé de compte privé",
        "Monsieur Alain Dubois",
        "Période du 01.09.2025 au 30.09.2025",
        "IBAN CH93 0076 2011 6238 5295 7",
        "Monnaie CHF",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Solde initial", "CHF " + swiss(balance_before(rows)))],
        below=[_line("Solde final", "CHF " + swiss(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="CH93 0076 2011 6238 5295 7", currency="CHF", value=lambda r: r.date)


# Central and Eastern Europe -------------------------------------------------------------------------

PL = [
    (D(2025, 3, 3), "PRZELEW PRZYCHODZĄCY WYNAGRODZENIE", "8450.00"),
    (D(2025, 3, 5), "PŁATNOŚĆ KARTĄ BIEDRONKA WARSZAWA", "-156.34"),
    (D(2025, 3, 10), "PRZELEW WYCHODZĄCY CZYNSZ", "-2100.00"),
    (D(2025, 3, 17), "BLIK ZAKUP ALLEGRO", "-1249.99"),
    (D(2025, 3, 24), "WYPŁATA Z BANKOMATU", "-300.00"),
]


def test_a_polish_account_booked_after_its_operation_days_with_space_grouped_signed_amounts(
    unicode_fonts: Fonts,
) -> None:
    """A Polish account: "Data księgowania | Data operacji | Opis operacji | Kwota | Saldo po operacji",
    the booking day printed first and the day of the operation (a day earlier) second, amounts
    "-1 249,99", "Saldo początkowe" and "Saldo końcowe" lines in złoty."""
    rows = running(M("3205.70"), PL)
    columns = [
        Column("Data księgowania", 40, lambda r: _dmy(r.date + DAY, ".")),
        Column("Data operacji", 135, lambda r: _dmy(r.date, ".")),
        Column("Opis operacji", 210, lambda r: r.description),
        Column("Kwota", 470, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po operacji", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Bank Mazowiecki S.A.",
        "Wyciąg z rachunku za okres 01.03.2025 - 31.03.2025",
        "JAN NOWAK",
        "Numer rachunku: PL61 1090 1014 0000 0712 1981 2874",
        "Waluta: PLN",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo początkowe", spaced(balance_before(rows)) + " PLN")],
        below=[_line("Saldo końcowe", spaced(rows[-1].balance) + " PLN")],
        fonts=unicode_fonts,
    )
    _as_drawn(
        read, rows, account="PL61 1090 1014 0000 0712 1981 2874", currency="PLN", value=lambda r: r.date + DAY
    )


def test_a_polish_account_over_three_pages_carrying_saldo_do_przeniesienia(unicode_fonts: Fonts) -> None:
    """A Polish account over three pages: "Data | Opis | Obciążenia | Uznania | Saldo", each page but
    the last closing on a "Saldo do przeniesienia" line and each page but the first opening on "Saldo
    z przeniesienia", the balances carried in both."""
    rows = running(M("12000.00"), [*PL, (D(2025, 3, 28), "PRZELEW NA RACHUNEK OSZCZĘDNOŚCIOWY", "-4000.00")])
    columns = [
        Column("Data", 40, lambda r: _dmy(r.date, ".")),
        Column("Opis", 110, lambda r: r.description),
        Column("Obciążenia", 400, paid_out(spaced), right=True),
        Column("Uznania", 480, paid_in(spaced), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Bank Pomorski S.A.",
        "Wyciąg nr 3/2025 za okres 01.03.2025 - 31.03.2025",
        "KATARZYNA WIŚNIEWSKA",
        "Rachunek: 49 1020 2892 0000 5402 0198 7654",
        "Waluta rachunku: PLN",
    ]
    parts = [rows[:2], rows[2:4], rows[4:]]
    pages: list[Lines] = []
    for n, part in enumerate(parts):
        lines: Lines = header(head) if n == 0 else []
        if n == 0:
            lines.append(_line("Saldo początkowe", spaced(balance_before(rows))))
        lines.append(headings(columns))
        if n:
            lines.append([(110, "Saldo z przeniesienia", False), (560, spaced(balance_before(part)), True)])
        lines += table(columns, part)
        if n < len(parts) - 1:
            lines.append([(110, "Saldo do przeniesienia", False), (560, spaced(part[-1].balance), True)])
        else:
            lines.append([(110, "Saldo końcowe", False), (560, spaced(part[-1].balance), True)])
        lines.append([(480, f"Strona {n + 1} z 3", False)])
        pages.append(lines)
    read = read_one(drawn_lines(pages, unicode_fonts))
    _as_drawn(read, rows, account="49 1020 2892 0000 5402 0198 7654", currency="PLN")


CZ = [
    (D(2025, 2, 3), "Příchozí platba mzda", "42500.00"),
    (D(2025, 2, 4), "Platba kartou Albert Praha", "-1287.50"),
    (D(2025, 2, 12), "Trvalý příkaz nájem", "-15800.00"),
    (D(2025, 2, 20), "Výběr z bankomatu", "-3000.00"),
]


def test_a_czech_account_with_booking_and_value_days_and_debit_and_credit_columns_in_crowns(
    unicode_fonts: Fonts,
) -> None:
    """A Czech account: "Datum zaúčtování | Datum splatnosti | Popis transakce | Debet | Kredit |
    Zůstatek", figures "15 800,00", and "Počáteční zůstatek" and "Konečný zůstatek" lines in CZK."""
    rows = running(M("18230.45"), CZ)
    columns = [
        Column("Datum zaúčtování", 40, lambda r: _dmy(r.date, ".")),
        Column("Datum splatnosti", 115, lambda r: _dmy(r.date, ".")),
        Column("Popis transakce", 195, lambda r: r.description),
        Column("Debet", 410, paid_out(spaced), right=True),
        Column("Kredit", 480, paid_in(spaced), right=True),
        Column("Zůstatek", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Česká spořitelní banka, a.s.",
        "Výpis z účtu č. 2 za období 01.02.2025 - 28.02.2025",
        "Petr Novák",
        "Číslo účtu: 123456789/0800",
        "Měna: CZK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Počáteční zůstatek", spaced(balance_before(rows)) + " CZK")],
        below=[_line("Konečný zůstatek", spaced(rows[-1].balance) + " CZK")],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="123456789/0800", currency="CZK", value=lambda r: r.date)


SK = [
    (D(2025, 7, 1), "Inkaso ZSE Energia", "-64.20"),
    (D(2025, 7, 8), "Platba kartou Tesco Bratislava", "-87.15"),
    (D(2025, 7, 15), "Prijatá platba mzda", "1620.00"),
    (D(2025, 7, 21), "Trvalý príkaz nájom", "-540.00"),
]


def test_a_slovak_account_with_a_signed_suma_and_the_balances_in_a_summary_of_turnovers(
    unicode_fonts: Fonts,
) -> None:
    """A Slovak account: "Dátum | Popis | Suma | Zostatok" with signed amounts in euros, under a summary
    box "Počiatočný zostatok | Kreditný obrat | Debetný obrat | Konečný zostatok" printed as headings
    over one line of figures."""
    rows = running(M("905.33"), SK)
    out, into = totals(rows)
    columns = [
        Column("Dátum", 40, lambda r: _dmy(r.date, ".")),
        Column("Popis", 110, lambda r: r.description),
        Column("Suma", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Zostatok", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Tatranská banka, a.s.",
        "Výpis z účtu za obdobie 01.07.2025 - 31.07.2025",
        "Ing. Martin Horváth",
        "IBAN: SK31 1200 0000 1987 4263 7541",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[
            [
                (40, "Počiatočný zostatok", False),
                (200, "Kreditný obrat", False),
                (330, "Debetný obrat", False),
                (460, "Konečný zostatok", False),
            ],
            [
                (40, continental(balance_before(rows)) + " EUR", False),
                (200, continental(into) + " EUR", False),
                (330, continental(out) + " EUR", False),
                (460, continental(rows[-1].balance) + " EUR", False),
            ],
            [],
        ],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="SK31 1200 0000 1987 4263 7541", currency="EUR")


HU = [
    (D(2025, 1, 3), "Bankkártyás vásárlás SPAR Budapest", "-12490"),
    (D(2025, 1, 10), "Jóváírás munkabér", "685000"),
    (D(2025, 1, 15), "Csoportos beszedés MVM Next", "-18345"),
    (D(2025, 1, 27), "Átutalás lakbér", "-240000"),
]


def _forint(value: Decimal) -> str:
    """1 234 567: whole forints, a space between thousands, a minus before money out."""
    return signed(f"{abs(value):,.0f}".replace(",", " "), value)


def test_a_hungarian_account_in_whole_forints_with_year_first_dates_and_a_value_day(
    unicode_fonts: Fonts,
) -> None:
    """A Hungarian account: "Könyvelés dátuma | Értéknap | Közlemény | Összeg | Egyenleg", dates
    "2025.01.03.", whole forints "-240 000" with no cents, and "Nyitó egyenleg" and "Záró egyenleg"
    lines."""
    rows = running(M("312760"), HU)
    columns = [
        Column("Könyvelés dátuma", 40, lambda r: r.date.strftime("%Y.%m.%d.")),
        Column("Értéknap", 160, lambda r: r.date.strftime("%Y.%m.%d.")),
        Column("Közlemény", 235, lambda r: r.description),
        Column("Összeg", 470, lambda r: _forint(r.amount), right=True),
        Column("Egyenleg", 560, lambda r: _forint(r.balance), right=True),
    ]
    head = [
        "Dunamenti Takarékbank Zrt.",
        "Számlakivonat 2025.01.01. - 2025.01.31.",
        "Kovács Péter",
        "Számlaszám: 11773016-01234567-00000000",
        "Devizanem: HUF",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Nyitó egyenleg", _forint(balance_before(rows)) + " Ft")],
        below=[_line("Záró egyenleg", _forint(rows[-1].balance) + " Ft")],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="11773016-01234567-00000000", currency="HUF", value=lambda r: r.date)


# The months as Hungarian abbreviates them in a date ("2025. jan. 3.").
HU_MONTHS = (
    "jan.", "febr.", "márc.", "ápr.", "máj.", "jún.",
    "júl.", "aug.", "szept.", "okt.", "nov.", "dec.",
)  # fmt: skip
HU_NAMES = (
    "január", "február", "március", "április", "május", "június",
    "július", "augusztus", "szeptember", "október", "november", "december",
)  # fmt: skip


def test_a_hungarian_account_dated_year_first_in_words(unicode_fonts: Fonts) -> None:
    """A Hungarian account whose period is written out year first ("Időszak: 2025. január 1. - 2025.
    január 31.") and whose rows are dated with the month abbreviated ("2025. jan. 3.")."""
    rows = running(M("312760"), HU)
    columns = [
        Column("Dátum", 40, lambda r: f"{r.date.year}. {HU_MONTHS[r.date.month - 1]} {r.date.day}."),
        Column("Közlemény", 150, lambda r: r.description),
        Column("Összeg", 470, lambda r: _forint(r.amount), right=True),
        Column("Egyenleg", 560, lambda r: _forint(r.balance), right=True),
    ]
    first = rows[0].date.replace(day=1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    month = HU_NAMES[first.month - 1]
    head = [
        "Dunamenti Takarékbank Zrt.",
        "Számlakivonat",
        f"Időszak: {first.year}. {month} {first.day}. - {last.year}. {month} {last.day}.",
        "Kovács Péter",
        "Számlaszám: 11773016-01234567-00000000",
        "Devizanem: HUF",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Nyitó egyenleg", _forint(balance_before(rows)) + " Ft")],
        below=[_line("Záró egyenleg", _forint(rows[-1].balance) + " Ft")],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="11773016-01234567-00000000", currency="HUF")
    assert (read.period_start, read.period_end) == (first, last)


RO = [
    (D(2025, 4, 2), "Plata card POS MEGA IMAGE", "-87.45"),
    (D(2025, 4, 2), "Incasare salariu", "6200.00"),
    (D(2025, 4, 9), "Transfer intre conturi", "-1500.00"),
    (D(2025, 4, 14), "Plata factura Enel", "-243.10"),
]


def test_a_romanian_account_closing_each_day_with_its_turnover_and_end_of_day_balance(
    unicode_fonts: Fonts,
) -> None:
    """A Romanian account: "Data | Descriere | Debit | Credit", no running balance on the rows, each
    day's rows followed by "RULAJ ZI" (the day's debits and credits) and "SOLD FINAL ZI" (the balance
    at the day's end), between "SOLD ANTERIOR" and "SOLD FINAL" lines."""
    rows = running(M("2140.60"), RO)
    columns = [
        Column("Data", 40, lambda r: _dmy(r.date, ".")),
        Column("Descriere", 110, lambda r: r.description),
        Column("Debit", 460, paid_out(continental), right=True),
        Column("Credit", 550, paid_in(continental), right=True),
    ]
    lines: Lines = header(
        [
            "Banca Carpatică S.A.",
            "EXTRAS DE CONT perioada 01.04.2025 - 30.04.2025",
            "POPESCU ANDREI",
            "IBAN: RO49 AAAA 1B31 0075 9384 0000",
            "Moneda: RON",
        ]
    )
    lines += [_line("SOLD ANTERIOR", continental(balance_before(rows))), [], headings(columns)]
    days = sorted({r.date for r in rows})
    for day in days:
        of_day = [r for r in rows if r.date == day]
        lines += table(columns, of_day)
        out, into = totals(of_day)
        lines.append(
            [(110, "RULAJ ZI", False), (460, continental(out), True), (550, continental(into), True)]
        )
        lines.append([(110, "SOLD FINAL ZI", False), (550, continental(of_day[-1].balance), True)])
    lines.append(_line("SOLD FINAL", continental(rows[-1].balance)))
    read = read_one(drawn_lines([lines], unicode_fonts))
    _as_drawn(read, rows, account="RO49 AAAA 1B31 0075 9384 0000", currency="RON", running_balance=False)


HR = [
    (D(2025, 5, 5), "Uplata plaće", "1840.00"),
    (D(2025, 5, 6), "Kartično plaćanje KONZUM ZAGREB", "-62.38"),
    (D(2025, 5, 13), "Trajni nalog najam", "-550.00"),
    (D(2025, 5, 22), "Isplata bankomat", "-100.00"),
]


def test_a_croatian_account_with_booking_and_value_dates_and_isplata_and_uplata(
    unicode_fonts: Fonts,
) -> None:
    """A Croatian account: "Datum knjiženja | Datum valute | Opis | Isplata | Uplata | Stanje", dates
    "05.05.2025.", and "Prethodno stanje" and "Novo stanje" lines in euros."""
    rows = running(M("712.90"), HR)
    columns = [
        Column("Datum knjiženja", 40, lambda r: _dmy(r.date, ".") + "."),
        Column("Datum valute", 115, lambda r: _dmy(r.date, ".") + "."),
        Column("Opis", 190, lambda r: r.description),
        Column("Isplata", 410, paid_out(continental), right=True),
        Column("Uplata", 480, paid_in(continental), right=True),
        Column("Stanje", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Jadranska banka d.d.",
        "Izvod po tekućem računu br. 5 za razdoblje 01.05.2025. - 31.05.2025.",
        "IVAN HORVAT",
        "IBAN: HR12 1001 0051 8630 0016 0",
        "Valuta: EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Prethodno stanje", continental(balance_before(rows)))],
        below=[_line("Novo stanje", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="HR12 1001 0051 8630 0016 0", currency="EUR", value=lambda r: r.date)


# Greece and Turkey ------------------------------------------------------------------------------------

GR = [
    (D(2025, 6, 2), "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΣΚΛΑΒΕΝΙΤΗΣ", "-74.32"),
    (D(2025, 6, 5), "ΜΙΣΘΟΔΟΣΙΑ ΙΟΥΝΙΟΥ", "1380.00"),
    (D(2025, 6, 9), "ΠΑΓΙΑ ΕΝΤΟΛΗ ΔΕΗ", "-112.60"),
    (D(2025, 6, 16), "ΑΝΑΛΗΨΗ ΑΤΜ", "-200.00"),
    (D(2025, 6, 23), "ΕΜΒΑΣΜΑ ΕΙΣΕΡΧΟΜΕΝΟ", "450.00"),
    (D(2025, 6, 27), "ΠΛΗΡΩΜΗ ΚΑΡΤΑΣ", "-300.00"),
]


def test_a_greek_account_over_two_pages_carrying_its_balance_in_greek_with_a_value_date(
    unicode_fonts: Fonts,
) -> None:
    """A Greek account over two pages: "Ημερομηνία | Αιτιολογία | Ημ/νία Αξίας | Χρέωση | Πίστωση |
    Υπόλοιπο", the first page closing on "Σε μεταφορά" and the second opening on "Εκ μεταφοράς", the
    old and new balances as "Προηγούμενο υπόλοιπο" and "Νέο υπόλοιπο" rows."""
    rows = running(M("2310.45"), GR)
    columns = [
        Column("Ημερομηνία", 40, lambda r: _dmy(r.date)),
        Column("Αιτιολογία", 110, lambda r: r.description),
        Column("Ημ/νία Αξίας", 330, lambda r: _dmy(r.date)),
        Column("Χρέωση", 430, paid_out(continental), right=True),
        Column("Πίστωση", 495, paid_in(continental), right=True),
        Column("Υπόλοιπο", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Τράπεζα Αιγαίου Α.Ε.",
        "Κίνηση λογαριασμού 01/06/2025 - 30/06/2025",
        "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ",
        "IBAN: GR16 0110 1250 0000 0001 2300 695",
        "Νόμισμα: EUR",
    ]
    first: Lines = [*header(head), headings(columns)]
    first.append([(110, "Προηγούμενο υπόλοιπο", False), (560, continental(balance_before(rows)), True)])
    first += table(columns, rows[:3])
    first.append([(110, "Σε μεταφορά", False), (560, continental(rows[2].balance), True)])
    second: Lines = [headings(columns)]
    second.append([(110, "Εκ μεταφοράς", False), (560, continental(rows[2].balance), True)])
    second += table(columns, rows[3:])
    second.append([(110, "Νέο υπόλοιπο", False), (560, continental(rows[-1].balance), True)])
    read = read_one(drawn_lines([first, second], unicode_fonts))
    _as_drawn(read, rows, account="GR16 0110 1250 0000 0001 2300 695", currency="EUR", value=lambda r: r.date)


TR = [
    (D(2025, 3, 3), "MAAŞ ÖDEMESİ", "45000.00"),
    (D(2025, 3, 4), "POS HARCAMA MİGROS KADIKÖY", "-1234.56"),
    (D(2025, 3, 10), "FAST GİDEN KİRA", "-18500.00"),
    (D(2025, 3, 18), "ATM PARA ÇEKME", "-2000.00"),
]


def _lira(value: Decimal) -> str:
    return continental(value) + " TL"


def test_a_turkish_account_in_borc_and_alacak_columns_with_tl_after_every_figure(
    unicode_fonts: Fonts,
) -> None:
    """A Turkish account: "Tarih | Açıklama | Borç | Alacak | Bakiye", figures "1.234,56 TL", a
    "Devreden Bakiye" row opening the table."""
    rows = running(M("6420.80"), TR)
    columns = [
        Column("Tarih", 40, lambda r: _dmy(r.date, ".")),
        Column("Açıklama", 110, lambda r: r.description),
        Column("Borç", 400, paid_out(_lira), right=True),
        Column("Alacak", 480, paid_in(_lira), right=True),
        Column("Bakiye", 560, lambda r: _lira(r.balance), right=True),
    ]
    head = [
        "Anadolu Katılım Bankası A.Ş.",
        "Hesap Ekstresi 01.03.2025 - 31.03.2025",
        "AYŞE YILMAZ",
        "IBAN: TR33 0006 1005 1978 6457 8413 26",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(110, "DEVREDEN BAKİYE", False), (560, _lira(balance_before(rows)), True)]],
        fonts=unicode_fonts,
    )
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("TR33 0006 1005 1978 6457 8413 26", "TRY")


def test_a_turkish_account_with_the_valor_after_the_transaction_date_and_a_signed_islem_tutari(
    unicode_fonts: Fonts,
) -> None:
    """A Turkish account: "İşlem Tarihi | Valör | Açıklama | İşlem Tutarı | Bakiye", signed amounts,
    the currency on a "Döviz Cinsi" line, "Önceki bakiye" and "Kapanış bakiyesi" lines."""
    rows = running(M("980.15"), TR)
    columns = [
        Column("İşlem Tarihi", 40, lambda r: _dmy(r.date, ".")),
        Column("Valör", 110, lambda r: _dmy(r.date + DAY, ".")),
        Column("Açıklama", 180, lambda r: r.description),
        Column("İşlem Tutarı", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Bakiye", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Ege Yatırım Bankası A.Ş.",
        "Hesap Hareketleri 01.03.2025 - 31.03.2025",
        "MEHMET DEMİR",
        "Hesap No: 1234-5678901",
        "Döviz Cinsi: TL",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Önceki bakiye", continental(balance_before(rows)))],
        below=[_line("Kapanış bakiyesi", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="1234-5678901", currency="TRY", value=lambda r: r.date + DAY)


# The Nordic and Baltic countries ----------------------------------------------------------------------

SE = [
    (D(2025, 10, 1), "Kortköp ICA Nära Södermalm", "-243.50"),
    (D(2025, 10, 3), "Swish från Erik Lind", "500.00"),
    (D(2025, 10, 25), "Lön Oktober", "32150.00"),
    (D(2025, 10, 27), "Autogiro Vattenfall", "-1284.00"),
    (D(2025, 10, 28), "Överföring till sparkonto", "-5000.00"),
]


def test_a_swedish_account_with_bokforingsdag_and_valutadag_and_a_signed_belopp() -> None:
    """A Swedish account: "Bokföringsdag | Valutadag | Text | Belopp | Saldo", ISO dates, figures
    "-1 284,00", "Ingående saldo" and "Utgående saldo" lines."""
    rows = running(M("8420.75"), SE)
    columns = [
        Column("Bokföringsdag", 40, lambda r: r.date.isoformat()),
        Column("Valutadag", 115, lambda r: (r.date + DAY).isoformat()),
        Column("Text", 190, lambda r: r.description),
        Column("Belopp", 470, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Sparbanken Mälardalen AB",
        "Kontoutdrag 2025-10-01 - 2025-10-31",
        "Anna Svensson",
        "Kontonummer 8327-9 123 456 789-0",
        "Valuta SEK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Ingående saldo", spaced(balance_before(rows)))],
        below=[_line("Utgående saldo", spaced(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="8327-9 123 456 789-0", currency="SEK", value=lambda r: r.date + DAY)


SE_CARD = [
    (D(2025, 11, 2), "SAS Airline Stockholm", "-2340.00"),
    (D(2025, 11, 5), "Inbetalning tack", "4500.00"),
    (D(2025, 11, 9), "Clas Ohlson Göteborg", "-389.90"),
    (D(2025, 11, 20), "Systembolaget", "-612.00"),
]


def test_a_swedish_card_bill_whose_purchases_are_bare_and_whose_payment_is_signed_negative() -> None:
    """A Swedish credit card: "Datum | Specifikation | Belopp", purchases printed bare (a debt grows) and
    the payment with a minus, between "Ingående skuld" and "Utgående skuld" lines, the least to pay
    and the day to pay it by above them; read from the holder's side, purchases are money out and the
    debts negative balances."""
    rows = running(M("-3125.40"), SE_CARD)
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Specifikation", 120, lambda r: r.description),
        Column("Belopp", 550, lambda r: signed(spaced(r.amount), -r.amount), right=True),
    ]
    head = [
        "Nordkort Bank AB",
        "Kontoutdrag Kreditkort november 2025",
        "Lars Andersson",
        "Kortnummer 5213 **** **** 4471",
        "Kreditgräns 40 000 kr",
        "Vid frågor om din faktura kan du ringa till oss på 0771-22 11 00",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[
            _line("Lägsta belopp att betala", "500,00 kr"),
            _line("Sista betalningsdag", "2025-12-28"),
            [],
            _line("Ingående skuld", spaced(-balance_before(rows))),
        ],
        below=[_line("Utgående skuld", spaced(-rows[-1].balance))],
    )
    _as_drawn(read, rows, account="5213 **** **** 4471", currency="SEK", running_balance=False)


DK = [
    (D(2025, 8, 1), "Husleje august", "-7850.00"),
    (D(2025, 8, 4), "Dankort Netto Vesterbro", "-312.45"),
    (D(2025, 8, 15), "MobilePay Mette Hansen", "250.00"),
    (D(2025, 8, 29), "Løn august", "28430.00"),
]


def test_a_danish_account_between_saldo_primo_and_saldo_ultimo_dated_by_day_and_month(
    unicode_fonts: Fonts,
) -> None:
    """A Danish account: "Dato | Tekst | Rentedato | Beløb | Saldo", dates "01.08" with the year only in
    the period, figures "1.234,56", and "Saldo primo" and "Saldo ultimo" lines in kroner."""
    rows = running(M("4215.30"), DK)
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m")),
        Column("Tekst", 90, lambda r: r.description),
        Column("Rentedato", 330, lambda r: r.date.strftime("%d.%m")),
        Column("Beløb", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: signed(continental(r.balance), r.balance), right=True),
    ]
    head = [
        "Sønderjysk Sparekasse A/S",
        "Kontoudskrift for perioden 01.08.2025 - 31.08.2025",
        "Jens Nielsen",
        "Kontonummer 9570 0012345678",
        "Beløb i DKK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo primo", continental(balance_before(rows)))],
        below=[_line("Saldo ultimo", signed(continental(rows[-1].balance), rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="9570 0012345678", currency="DKK", value=lambda r: r.date)


NO = [
    (D(2025, 2, 3), "Varekjøp REMA 1000 Grünerløkka", "-287.40"),
    (D(2025, 2, 7), "Vipps Ola Nordmann", "-150.00"),
    (D(2025, 2, 14), "Lønn februar", "41250.00"),
    (D(2025, 2, 20), "Efaktura Telenor", "-499.00"),
]


def test_a_norwegian_account_with_bokfort_and_rentedato_and_ut_of_and_inn_on_the_account(
    unicode_fonts: Fonts,
) -> None:
    """A Norwegian account: "Bokført | Rentedato | Forklaring | Ut av konto | Inn på konto", dates
    "03.02.2025", figures "41 250,00", no running balance, "Inngående saldo" and "Utgående saldo"
    lines."""
    rows = running(M("5340.10"), NO)
    columns = [
        Column("Bokført", 40, lambda r: _dmy(r.date, ".")),
        Column("Rentedato", 105, lambda r: _dmy(r.date + DAY, ".")),
        Column("Forklaring", 175, lambda r: r.description),
        Column("Ut av konto", 470, paid_out(spaced), right=True),
        Column("Inn på konto", 560, paid_in(spaced), right=True),
    ]
    head = [
        "Fjordbanken ASA",
        "Kontoutskrift 01.02.2025 - 28.02.2025",
        "Kari Nordmann",
        "Kontonummer 1503.12.34567",
        "Kontakt oss hvis det er noe som ikke stemmer med beløpet eller transaksjonene i denne oversikten.",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Inngående saldo", spaced(balance_before(rows)))],
        below=[_line("Utgående saldo", spaced(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(
        read,
        rows,
        account="1503.12.34567",
        currency="NOK",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )


FI = [
    (D(2025, 4, 1), "K-Market Kallio", "-34.85"),
    (D(2025, 4, 15), "Palkka huhtikuu", "3120.00"),
    (D(2025, 4, 16), "Vuokra", "-980.00"),
    (D(2025, 4, 22), "Helen Oy sähkö", "-61.20"),
]


def test_a_finnish_account_with_pano_and_otto_columns_and_arvopaiva() -> None:
    """A Finnish account: "Kirjauspäivä | Arvopäivä | Selitys | Pano | Otto | Saldo", dates
    "01.04.2025", "Saldo alussa" and "Saldo lopussa" lines in euros."""
    rows = running(M("1214.65"), FI)
    columns = [
        Column("Kirjauspäivä", 40, lambda r: _dmy(r.date, ".")),
        Column("Arvopäivä", 110, lambda r: _dmy(r.date, ".")),
        Column("Selitys", 180, lambda r: r.description),
        Column("Pano", 410, paid_in(spaced), right=True),
        Column("Otto", 480, paid_out(spaced), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Pohjolan Säästöpankki Oy",
        "Tiliote 01.04.2025 - 30.04.2025",
        "Matti Virtanen",
        "Tilinumero FI21 1234 5600 0007 85",
        "Valuutta EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo alussa", spaced(balance_before(rows)))],
        below=[_line("Saldo lopussa", spaced(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="FI21 1234 5600 0007 85", currency="EUR", value=lambda r: r.date)


BALTIC = [
    (D(2025, 9, 1), "Rimi Hypermarket Riga", "-56.24"),
    (D(2025, 9, 5), "Salary September", "2150.00"),
    (D(2025, 9, 10), "Rent payment", "-620.00"),
    (D(2025, 9, 19), "Bolt ride Tallinn", "-8.90"),
]


def test_a_baltic_account_in_english_with_a_d_or_k_column_beside_the_unsigned_amount() -> None:
    """A Baltic account printed in English: "Date | Beneficiary/Remitter | Details | Amount | D/K", the
    side of each amount "D" (debit) or "K" (kredīts) in a column after it, ISO dates, and "Opening
    balance" and "Closing balance" lines."""
    rows = running(M("1480.00"), BALTIC)
    columns = [
        Column("Date", 40, lambda r: _dmy(r.date, ".")),
        Column("Details", 110, lambda r: r.description),
        Column("Amount", 470, lambda r: english(r.amount), right=True),
        Column("D/K", 500, lambda r: "D" if r.amount < 0 else "K"),
    ]
    head = [
        "Baltic Savings Bank AS",
        "Account statement 01.09.2025 - 30.09.2025",
        "Jānis Bērziņš",
        "Account LV80 BANK 0000 4351 9500 1",
        "Currency EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Opening balance", english(balance_before(rows)), 470)],
        below=[_line("Closing balance", english(rows[-1].balance), 470)],
    )
    _as_drawn(read, rows, account="LV80 BANK 0000 4351 9500 1", currency="EUR", running_balance=False)


# Malaysia and Indonesia ------------------------------------------------------------------------------

MY = [
    (D(2025, 3, 3), "IBG CREDIT GAJI MAC", "5200.00"),
    (D(2025, 3, 5), "DEBIT CARD TESCO AMPANG", "-187.60"),
    (D(2025, 3, 12), "DUITNOW TRSF DR SEWA", "-1200.00"),
    (D(2025, 3, 20), "ATM WITHDRAWAL", "-300.00"),
]


def test_a_malaysian_account_with_entry_and_value_dates_in_two_digit_years_and_a_sign_after_each_amount() -> (
    None
):
    """A Malaysian account: "ENTRY DATE | VALUE DATE | TRANSACTION DESCRIPTION | TRANSACTION AMOUNT |
    STATEMENT BALANCE (RM)", dates "03/03/25", amounts "187.60-" and "5,200.00+", the opening balance a
    "BEGINNING BALANCE" row and the closing one an "ENDING BALANCE" line, in ringgit."""
    rows = running(M("2145.33"), MY)
    columns = [
        Column("ENTRY DATE", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("VALUE DATE", 110, lambda r: r.date.strftime("%d/%m/%y")),
        Column("TRANSACTION DESCRIPTION", 180, lambda r: r.description),
        Column(
            "TRANSACTION AMOUNT",
            415,
            lambda r: english(r.amount) + ("-" if r.amount < 0 else "+"),
            right=True,
        ),
        Column("STATEMENT BALANCE (RM)", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Bank Semenanjung Berhad",
        "STATEMENT DATE : 31/03/25",
        "AHMAD BIN ISMAIL",
        "NO 12 JALAN AMPANG, 50450 KUALA LUMPUR",
        "ACCOUNT NUMBER : 1140-2233-4455",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(180, "BEGINNING BALANCE", False), (560, english(balance_before(rows)), True)]],
        below=[[(180, "ENDING BALANCE :", False), (560, english(rows[-1].balance), True)]],
    )
    _as_drawn(read, rows, account="1140-2233-4455", currency="MYR", value=lambda r: r.date)


ID = [
    (D(2025, 1, 2), "TRSF E-BANKING CR GAJI", "12500000.00"),
    (D(2025, 1, 3), "TARIKAN ATM", "-1000000.00"),
    (D(2025, 1, 10), "TRANSAKSI DEBIT TOKOPEDIA", "-356000.00"),
    (D(2025, 1, 28), "BIAYA ADM", "-15000.00"),
]


def test_an_indonesian_account_marking_debits_db_after_the_mutasi_with_a_closing_summary() -> None:
    """An Indonesian account: "TANGGAL | KETERANGAN | CBG | MUTASI | SALDO", dates "02/01" with the
    year in "PERIODE : JANUARI 2025", the debits marked "DB" after the amount, credits bare, a "SALDO
    AWAL" row opening the table, and under it "SALDO AWAL", "MUTASI CR", "MUTASI DB" and "SALDO
    AKHIR" lines."""
    rows = running(M("4250300.00"), ID)
    out, into = totals(rows)
    columns = [
        Column("TANGGAL", 40, lambda r: _dm(r.date)),
        Column("KETERANGAN", 100, lambda r: r.description),
        Column("CBG", 330, lambda r: "0000"),
        Column("MUTASI", 470, lambda r: english(r.amount) + (" DB" if r.amount < 0 else ""), right=True),
        Column("SALDO", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Bank Nusantara Raya",
        "REKENING TAHAPAN",
        "BUDI SANTOSO",
        "NO. REKENING : 0123456789",
        "PERIODE : JANUARI 2025",
        "MATA UANG : IDR",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[
            [(40, "01/01", False), (100, "SALDO AWAL", False), (560, english(balance_before(rows)), True)]
        ],
        below=[
            [],
            _line("SALDO AWAL :", english(balance_before(rows)), 300),
            _line("MUTASI CR :", english(into), 300),
            _line("MUTASI DB :", english(out), 300),
            _line("SALDO AKHIR :", english(rows[-1].balance), 300),
        ],
    )
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("0123456789", "IDR")


# Two accounts in one file ----------------------------------------------------------------------------

FR_TWO = [
    (D(2025, 6, 2), "VIR SEPA SALAIRE JUIN", "2890.00"),
    (D(2025, 6, 4), "CB LECLERC 03/06", "-96.72"),
    (D(2025, 6, 10), "VIR VERS LIVRET", "-400.00"),
]
FR_TWO_SAVINGS = [
    (D(2025, 6, 10), "VIR DEPUIS COMPTE CHEQUES", "400.00"),
    (D(2025, 6, 30), "INTERETS", "12.40"),
]


def test_a_french_statement_of_two_accounts_each_between_its_own_old_and_new_balance() -> None:
    """One French statement of a current account and a savings book, each headed "Compte ... n°" with
    its table "Date | Libellé | Débit | Crédit" between "Solde précédent" and "Nouveau solde" lines:
    two statements, each with its own rows and balances."""
    current = running(M("640.18"), FR_TWO)
    savings = running(M("5100.00"), FR_TWO_SAVINGS)
    columns = [
        Column("Date", 40, lambda r: _dmy(r.date)),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit", 470, paid_out(continental), right=True),
        Column("Crédit", 550, paid_in(continental), right=True),
    ]
    lines: Lines = header(
        [
            "Crédit Mutuel du Bocage",
            "Relevé de comptes du 01/06/2025 au 30/06/2025",
            "M. PAUL GIRARD",
            "Montants exprimés en euros",
        ]
    )
    for title, rows in (("Compte chèques n° 00020145601", current), ("Livret Bleu n° 00020145602", savings)):
        lines.append([(40, "**" + title, False)])
        lines.append(_line("Solde précédent", continental(balance_before(rows))))
        lines.append(headings(columns))
        lines += table(columns, rows)
        lines.append(_line("Nouveau solde", continental(rows[-1].balance)))
        lines.append([])
    reads = read_all(drawn_lines([lines]))
    assert [r.account_number for r in reads] == ["00020145601", "00020145602"]
    for read, rows in zip(reads, (current, savings), strict=True):
        _as_drawn(read, rows, account=read.account_number or "", currency="EUR", running_balance=False)


def _bilingual(columns: Sequence[Column], under: Sequence[str]) -> list[Lines]:
    """The columns' headings in the country's language, with their English under each on a second line."""
    return [[headings(columns)], [[(c.x, text, c.right) for c, text in zip(columns, under, strict=True)]]]


ID_MANDIRI = [
    (D(2025, 5, 2), "Transfer dari PT SINAR JAYA gaji Mei", "9750000.00"),
    (D(2025, 5, 6), "Pembayaran PLN prabayar", "-502500.00"),
    (D(2025, 5, 14), "Tarik tunai ATM", "-1500000.00"),
    (D(2025, 5, 30), "Biaya administrasi", "-12500.00"),
]


def test_an_indonesian_account_with_its_headings_in_indonesian_over_english_and_whole_rupiah_points() -> None:
    """An Indonesian account: headings "Tanggal | Keterangan | Debet | Kredit | Saldo" with "Date |
    Description | Debit | Credit | Balance" under them, figures "9.750.000,00", and "Saldo Awal" and
    "Saldo Akhir" lines."""
    rows = running(M("3125000.00"), ID_MANDIRI)
    columns = [
        Column("Tanggal", 40, lambda r: _dmy(r.date)),
        Column("Keterangan", 110, lambda r: r.description),
        Column("Debet", 390, paid_out(continental), right=True),
        Column("Kredit", 475, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    top, under = _bilingual(columns, ["Date", "Description", "Debit", "Credit", "Balance"])
    lines: Lines = header(
        [
            "Bank Samudra Indonesia",
            "Rekening Koran / Account Statement",
            "SITI RAHAYU",
            "Periode : 01/05/2025 - 31/05/2025",
            "Nomor Rekening : 123-00-0987654-3",
            "Mata Uang : IDR",
        ]
    )
    lines += [_line("Saldo Awal", continental(balance_before(rows))), [], *top, *under]
    lines += [*table(columns, rows), _line("Saldo Akhir", continental(rows[-1].balance))]
    read = read_one(drawn_lines([lines]))
    _as_drawn(read, rows, account="123-00-0987654-3", currency="IDR")


MY_CIMB = [
    (D(2025, 7, 1), "FUND TRANSFER TO A/C SEWA RUMAH", "-1350.00"),
    (D(2025, 7, 7), "DEBIT CARD PURCHASE 99 SPEEDMART", "-64.30"),
    (D(2025, 7, 25), "SALARY CREDIT JULY", "4820.00"),
    (D(2025, 7, 28), "JOMPAY TNB BILL", "-138.45"),
]


def test_a_malaysian_account_with_malay_headings_over_english_and_its_balance_brought_forward_row() -> None:
    """A Malaysian account: "Tarikh | Diskripsi | No Cek | Pengeluaran | Deposit | Baki" over "Date |
    Description | Cheque No | Withdrawal | Deposit | Balance", figures in ringgit "RM" in the balance's
    heading, the opening balance a "BAKI DIBAWA KE HADAPAN" row (balance brought forward)."""
    rows = running(M("2870.15"), MY_CIMB)
    columns = [
        Column("Tarikh", 40, lambda r: _dmy(r.date)),
        Column("Diskripsi", 105, lambda r: r.description),
        Column("No Cek", 320, lambda r: ""),
        Column("Pengeluaran", 420, paid_out(english), right=True),
        Column("Deposit", 490, paid_in(english), right=True),
        Column("Baki (RM)", 560, lambda r: english(r.balance), right=True),
    ]
    top, under = _bilingual(
        columns, ["Date", "Description", "Cheque No", "Withdrawal", "Deposit", "Balance (RM)"]
    )
    lines: Lines = header(
        [
            "Bank Selat Melaka Berhad",
            "PENYATA AKAUN / STATEMENT OF ACCOUNT",
            "NUR AISYAH BINTI ABDULLAH",
            "Tarikh Penyata / Statement Date : 31/07/2025",
            "No Akaun / Account No : 7012-3456-78",
        ]
    )
    lines += [*top, *under]
    lines.append([(105, "BAKI DIBAWA KE HADAPAN", False), (560, english(balance_before(rows)), True)])
    lines += table(columns, rows)
    lines.append([(105, "BAKI PENUTUP / CLOSING BALANCE", False), (560, english(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    _as_drawn(read, rows, account="7012-3456-78", currency="MYR")


FR_VALUE_FIRST = [
    (D(2025, 10, 3), "PRELEVEMENT FREE MOBILE", "-19.99"),
    (D(2025, 10, 8), "REMISE CHEQUE N 0004512", "350.00"),
    (D(2025, 10, 15), "CARTE 14/10 SNCF INTERNET", "-87.00"),
    (D(2025, 10, 28), "VIREMENT CAF ALLOCATIONS", "312.41"),
]


def test_a_french_account_printing_the_value_date_before_the_operation_date_and_a_running_solde() -> None:
    """A French account whose first column is the value date: "Valeur | Date opé | Libellé | Débit |
    Crédit | Solde", the value a day after the operation yet printed before it, and "Ancien solde" and
    "Nouveau solde" lines."""
    rows = running(M("410.77"), FR_VALUE_FIRST)
    columns = [
        Column("Valeur", 40, lambda r: _dmy(r.date + DAY)),
        Column("Date opé", 105, lambda r: _dmy(r.date)),
        Column("Libellé", 170, lambda r: r.description),
        Column("Débit", 410, paid_out(continental), right=True),
        Column("Crédit", 480, paid_in(continental), right=True),
        Column("Solde", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Crédit Coopératif de Bretagne",
        "Relevé de compte du 01/10/2025 au 31/10/2025",
        "Mme CLAIRE MOREAU",
        "N° de compte 10278 36000 00012345601 42",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Ancien solde au 30/09/2025", continental(balance_before(rows)) + " EUR")],
        below=[_line("Nouveau solde au 31/10/2025", continental(rows[-1].balance) + " EUR")],
    )
    _as_drawn(read, rows, account="10278 36000 00012345601 42", currency="EUR", value=lambda r: r.date + DAY)


NL_SPAAR = [
    (D(2025, 1, 1), "Rente 2024", "84.16"),
    (D(2025, 1, 15), "Overboeking van betaalrekening", "250.00"),
    (D(2025, 2, 3), "Overboeking naar betaalrekening", "-1000.00"),
    (D(2025, 3, 17), "Overboeking van betaalrekening", "250.00"),
]


def test_a_dutch_savings_account_over_a_quarter_with_the_amount_marked_bij_or_af_after_it() -> None:
    """A Dutch savings account over a quarter: "Datum | Omschrijving | Bedrag | Saldo", each amount
    followed by "Bij" or "Af" (no sign), the interest a row of its own, and "Beginsaldo" and "Eindsaldo"
    lines."""
    rows = running(M("8410.00"), NL_SPAAR)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column(
            "Bedrag", 470, lambda r: continental(r.amount) + (" Af" if r.amount < 0 else " Bij"), right=True
        ),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Noordzee Spaarbank N.V.",
        "Kwartaaloverzicht Spaarrekening",
        "DHR P. JANSEN",
        "Periode 01-01-2025 t/m 31-03-2025",
        "IBAN NL37 NZSB 0123 4567 89",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Beginsaldo", continental(balance_before(rows)))],
        below=[_line("Eindsaldo", continental(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="NL37 NZSB 0123 4567 89", currency="EUR")
    assert read.account_type == "SAVINGS"


# A second round: the columns and lines beside the money that banks of these countries print ----------

CZ_SYMBOLS = [
    (D(2025, 9, 1), "Nájemné září", "-14500.00"),
    (D(2025, 9, 5), "ČEZ Prodej záloha", "-1850.00"),
    (D(2025, 9, 12), "Mzda srpen", "38420.00"),
    (D(2025, 9, 22), "Pojišťovna Kooperativa", "-1236.00"),
]


def test_a_czech_account_with_the_counterpartys_account_and_payment_symbols_in_columns_of_their_own(
    unicode_fonts: Fonts,
) -> None:
    """A Czech account: "Datum | Protiúčet | Popis | VS | KS | SS | Částka", the counterparty's account
    "123456789/0100" and the variable, constant and specific symbols (digits) in columns between the text
    and the signed amount, dates "1.9.2025" without leading zeros, and "Počáteční zůstatek" and
    "Konečný zůstatek" lines in CZK."""
    rows = running(M("22140.80"), CZ_SYMBOLS)
    columns = [
        Column("Datum", 40, lambda r: f"{r.date.day}.{r.date.month}.{r.date.year}"),
        Column("Protiúčet", 95, lambda r: f"{1000 + r.date.day * 37}/0{r.date.day:02d}00"),
        Column("Popis", 185, lambda r: r.description),
        Column("VS", 330, lambda r: f"{2025090 + r.date.day}"),
        Column("KS", 390, lambda r: "0308"),
        Column("SS", 420, lambda r: ""),
        Column("Částka", 560, lambda r: signed(spaced(r.amount), r.amount), right=True),
    ]
    head = [
        "Moravská banka, a.s.",
        "Výpis z běžného účtu za období 1.9.2025 - 30.9.2025",
        "Jana Dvořáková",
        "Číslo účtu: 2400123456/2010",
        "Měna: CZK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Počáteční zůstatek", spaced(balance_before(rows)))],
        below=[_line("Konečný zůstatek", spaced(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("2400123456/2010", "CZK")


DK_BOOKED = [
    (D(2024, 12, 27), "Nets Dankort Føtex", "-412.75"),
    (D(2024, 12, 30), "Overførsel fra opsparing", "2000.00"),
    (D(2025, 1, 2), "Husleje januar", "-8200.00"),
    (D(2025, 1, 3), "Løn december", "27315.40"),
]


def test_a_danish_account_across_new_year_with_two_digit_years_and_bogfort_and_valor(
    unicode_fonts: Fonts,
) -> None:
    """A Danish account across New Year: "Bogført | Valør | Tekst | Beløb | Saldo", dates "27.12.24", the
    value day before the booking day, and the balance brought from the last statement as the table's
    first row ("Saldo fra sidste kontoudtog")."""
    rows = running(M("-1240.00"), DK_BOOKED)
    columns = [
        Column("Bogført", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Valør", 95, lambda r: (r.date - DAY).strftime("%d.%m.%y")),
        Column("Tekst", 150, lambda r: r.description),
        Column("Beløb", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: signed(continental(r.balance), r.balance), right=True),
    ]
    head = [
        "Vestjysk Andelskasse",
        "Kontoudtog nr. 12 for perioden 16.12.2024 - 15.01.2025",
        "Mette Jørgensen",
        "Konto 7890 0001234567",
        "Beløb i DKK",
    ]
    opening = signed(continental(balance_before(rows)), balance_before(rows))
    read = _read(
        head,
        columns,
        rows,
        first=[[(150, "Saldo fra sidste kontoudtog", False), (560, opening, True)]],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="7890 0001234567", currency="DKK", value=lambda r: r.date - DAY)


ID_BRI = [
    (D(2025, 2, 3), "NBMB BUDI KE SITI TRANSFER", "-750000.00"),
    (D(2025, 2, 5), "SETORAN TUNAI", "2000000.00"),
    (D(2025, 2, 14), "PEMBELIAN PULSA TELKOMSEL", "-100000.00"),
    (D(2025, 2, 25), "GAJI FEBRUARI PT MAJU", "8450000.00"),
]


def test_an_indonesian_account_with_the_time_beside_each_date_and_a_teller_column() -> None:
    """An Indonesian account: "Tanggal Transaksi | Uraian Transaksi | Teller | Debet | Kredit | Saldo",
    each date "03/02/25" followed by its time "08:15:22", a teller id beside the text, figures
    "750,000.00", the opening and closing balances in a summary under the table ("Saldo Awal", "Total
    Transaksi Debet", "Total Transaksi Kredit", "Saldo Akhir")."""
    rows = running(M("1520000.00"), ID_BRI)
    out, into = totals(rows)
    columns = [
        Column("Tanggal Transaksi", 40, lambda r: r.date.strftime("%d/%m/%y") + " 08:15:22"),
        Column("Uraian Transaksi", 150, lambda r: r.description),
        Column("Teller", 300, lambda r: "8880121"),
        Column("Debet", 410, paid_out(english), right=True),
        Column("Kredit", 485, paid_in(english), right=True),
        Column("Saldo", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Bank Rakyat Nusantara",
        "LAPORAN TRANSAKSI FINANSIAL",
        "Nama : DEWI LESTARI",
        "No. Rekening : 0123-01-004567-50-3",
        "Periode Transaksi : 01/02/25 - 28/02/25",
        "Mata Uang : IDR",
    ]
    read = _read(
        head,
        columns,
        rows,
        below=[
            [],
            [
                (40, "Saldo Awal", False),
                (200, "Total Transaksi Debet", False),
                (340, "Total Transaksi Kredit", False),
                (480, "Saldo Akhir", False),
            ],
            [
                (40, english(balance_before(rows)), False),
                (200, english(out), False),
                (340, english(into), False),
                (480, english(rows[-1].balance), False),
            ],
        ],
    )
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("0123-01-004567-50-3", "IDR")


MY_WRAPPED = [
    (D(2025, 4, 2), "FPX PAYMENT\nTNB ELECTRICITY\n220012345678", "-156.30"),
    (D(2025, 4, 3), "TRANSFER FROM A/C\nMOHD FAIZAL BIN OMAR\nDUIT RAYA", "300.00"),
    (D(2025, 4, 10), "CASH WITHDRAWAL\nMEPS ATM 00123", "-500.00"),
    (D(2025, 4, 25), "SALARY CREDIT\nSYARIKAT ABC SDN BHD", "6100.00"),
]


def test_a_malaysian_account_whose_descriptions_run_over_lines_under_the_amount() -> None:
    """A Malaysian account: each description over two or three lines, the figures on the first, amounts
    "156.30-" and "300.00+", the balance "BEGINNING BALANCE" row and an "ENDING BALANCE" line, in
    ringgit named by "RM" in the headings."""
    rows = running(M("1842.60"), MY_WRAPPED)
    columns = [
        Column("DATE", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("TRANSACTION DESCRIPTION", 105, lambda r: r.description),
        Column("AMOUNT (RM)", 450, lambda r: english(r.amount) + ("-" if r.amount < 0 else "+"), right=True),
        Column("BALANCE (RM)", 560, lambda r: english(r.balance), right=True),
    ]
    lines: Lines = header(
        [
            "Bank Pantai Timur Berhad",
            "STATEMENT OF ACCOUNT",
            "SITI AMINAH BINTI YUSOF",
            "STATEMENT DATE : 30/04/25",
            "ACCOUNT NUMBER : 5621-0098-7712",
        ]
    )
    lines.append(headings(columns))
    lines.append([(105, "BEGINNING BALANCE", False), (560, english(balance_before(rows)), True)])
    for row in rows:
        first, *rest = row.description.split("\n")
        money = english(row.amount) + ("-" if row.amount < 0 else "+")
        lines.append(
            [
                (40, row.date.strftime("%d/%m/%y"), False),
                (105, first, False),
                (450, money, True),
                (560, english(row.balance), True),
            ]
        )
        lines += [[(105, text, False)] for text in rest]
    lines.append([(105, "ENDING BALANCE :", False), (560, english(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert _entries_joined(read) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("5621-0098-7712", "MYR")


NL_ING = [
    (D(2025, 6, 2), "Jumbo Utrecht", "-64.18"),
    (D(2025, 6, 4), "J. de Boer", "120.00"),
    (D(2025, 6, 10), "Vattenfall Klantenservice", "-142.00"),
]


def test_a_dutch_account_printing_the_counterpartys_details_on_labelled_lines_under_each_row() -> None:
    """A Dutch account: "Datum | Naam / Omschrijving | Af Bij | Bedrag (EUR)", each row followed by
    lines of its details ("Omschrijving: ...", "IBAN: NL...", "Datum/Tijd: 02-06-2025 17:45:10"), which
    belong to its description; the balances on "Beginsaldo" and "Eindsaldo" lines."""
    rows = running(M("912.40"), NL_ING)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Naam / Omschrijving", 110, lambda r: r.description),
        Column("Af Bij", 400, lambda r: "Af" if r.amount < 0 else "Bij"),
        Column("Bedrag (EUR)", 550, lambda r: continental(r.amount), right=True),
    ]
    lines: Lines = header(
        [
            "Lage Landen Bank N.V.",
            "Afschrift juni 2025",
            "MEVR. L. VISSER",
            "Periode 01-06-2025 t/m 30-06-2025",
            "Rekeningnummer NL19 LLBK 0417 1643 00",
        ]
    )
    lines.append(_line("Beginsaldo per 01-06-2025", continental(balance_before(rows))))
    lines.append([])
    lines.append(headings(columns))
    details = {}
    for n, row in enumerate(rows):
        lines += table(columns, [row])
        details[n] = [
            f"Omschrijving: Betaling {n + 1} juni",
            f"IBAN: NL{44 + n} RABO 0123 4567 8{n}",
            f"Datum/Tijd: {_dmy(row.date, '-')} 17:45:10",
        ]
        lines += [[(110, text, False)] for text in details[n]]
    lines.append(_line("Eindsaldo per 30-06-2025", continental(rows[-1].balance)))
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for n, (t, r) in enumerate(zip(read.transactions, rows, strict=True)):
        assert t.description.startswith(r.description) and details[n][0] in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("NL19 LLBK 0417 1643 00", "EUR")


HU_CENTS = [
    (D(2025, 5, 2), "POS vásárlás TESCO Debrecen", "-8765.00"),
    (D(2025, 5, 8), "Bejövő átutalás bér", "512300.00"),
    (D(2025, 5, 20), "Közüzemi díj beszedés", "-23410.00"),
]


def test_a_hungarian_account_with_dates_unclosed_by_a_point_and_huf_after_each_figure(
    unicode_fonts: Fonts,
) -> None:
    """A Hungarian account: "Dátum | Értéknap | Megnevezés | Összeg | Egyenleg", dates "2025.05.02", figures
    "-8 765,00 HUF", the opening balance a "Nyitó egyenleg" row at the table's top and the closing one a
    "Záró egyenleg" row at its end."""
    rows = running(M("102450.00"), HU_CENTS)
    columns = [
        Column("Dátum", 40, lambda r: r.date.strftime("%Y.%m.%d")),
        Column("Értéknap", 105, lambda r: r.date.strftime("%Y.%m.%d")),
        Column("Megnevezés", 170, lambda r: r.description),
        Column("Összeg", 470, lambda r: signed(spaced(r.amount), r.amount) + " HUF", right=True),
        Column("Egyenleg", 560, lambda r: spaced(r.balance) + " HUF", right=True),
    ]
    head = [
        "Alföldi Kereskedelmi Bank Zrt.",
        "Bankszámlakivonat 2025.05.01 - 2025.05.31",
        "Nagy Eszter",
        "Bankszámlaszám: 10400137-50526849-73521007",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(170, "Nyitó egyenleg", False), (560, spaced(balance_before(rows)) + " HUF", True)]],
        below=[[(170, "Záró egyenleg", False), (560, spaced(rows[-1].balance) + " HUF", True)]],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="10400137-50526849-73521007", currency="HUF", value=lambda r: r.date)


NO_CARD = [
    (D(2025, 3, 2), "KIWI 512 SAGENE OSLO", "-184.30"),
    (D(2025, 3, 6), "NETFLIX.COM", "-129.00"),
    (D(2025, 3, 15), "INNBETALING", "2500.00"),
    (D(2025, 3, 21), "NORWEGIAN AIR SHUTTLE", "-1899.00"),
]


def test_a_norwegian_card_bill_with_abbreviated_transaction_and_booking_date_headings(
    unicode_fonts: Fonts,
) -> None:
    """A Norwegian credit card: "Trans.dato | Bokf.dato | Beskrivelse | Beløp", the purchase day first and
    the booking day after, purchases bare and the payment with a minus, "Forrige saldo" and "Ny saldo"
    lines, the credit limit and the least payment above them."""
    rows = running(M("-2210.40"), NO_CARD)
    columns = [
        Column("Trans.dato", 40, lambda r: _dmy(r.date, ".")),
        Column("Bokf.dato", 110, lambda r: _dmy(r.date + 2 * DAY, ".")),
        Column("Beskrivelse", 180, lambda r: r.description),
        Column("Beløp", 550, lambda r: signed(spaced(r.amount), -r.amount), right=True),
    ]
    head = [
        "Nordlys Kredittbank ASA",
        "Kontoutskrift kredittkort mars 2025",
        "Ola Hansen",
        "Kortnummer 4921 **** **** 0815",
        "Kredittgrense 50 000,00 kr",
        "Betal minst minstebeløpet innen forfallsdato. Kontakt oss hvis det er noe som ikke stemmer.",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[
            _line("Minstebeløp å betale", "500,00"),
            [],
            _line("Forrige saldo", spaced(-balance_before(rows))),
        ],
        below=[_line("Ny saldo", spaced(-rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(
        read,
        rows,
        account="4921 **** **** 0815",
        currency="NOK",
        running_balance=False,
        value=lambda r: r.date + 2 * DAY,
    )


LU_DE = [
    (D(2025, 8, 1), "Dauerauftrag Miete August", "-1750.00"),
    (D(2025, 8, 11), "Kartenzahlung Auchan Kirchberg", "-96.44"),
    (D(2025, 8, 28), "Gehalt August", "5120.00"),
]


def test_a_luxembourg_account_in_german_with_soll_and_haben_and_saldo_alt_and_neu() -> None:
    """A Luxembourg account in German: "Buchung | Valuta | Buchungstext | Soll | Haben", dates "01.08.2025",
    "Saldo alt" and "Saldo neu" lines with the currency before the figure ("EUR 2.145,30")."""
    rows = running(M("2145.30"), LU_DE)
    columns = [
        Column("Buchung", 40, lambda r: _dmy(r.date, ".")),
        Column("Valuta", 100, lambda r: _dmy(r.date, ".")),
        Column("Buchungstext", 160, lambda r: r.description),
        Column("Soll", 470, paid_out(continental), right=True),
        Column("Haben", 550, paid_in(continental), right=True),
    ]
    head = [
        "Sparkasse an der Mosel S.A.",
        "Kontoauszug 8/2025",
        "Herrn Marc Schmit",
        "IBAN LU12 0019 1234 5678 9000",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo alt", "EUR " + continental(balance_before(rows)))],
        below=[_line("Saldo neu", "EUR " + continental(rows[-1].balance))],
    )
    _as_drawn(
        read,
        rows,
        account="LU12 0019 1234 5678 9000",
        currency="EUR",
        running_balance=False,
        value=lambda r: r.date,
    )


PL_CARD = [
    (D(2025, 5, 3), "ZARA WARSZAWA", "-349.99", ""),
    (D(2025, 5, 9), "BOOKING.COM AMSTERDAM", "-812.44", "187,60 EUR"),
    (D(2025, 5, 20), "SPŁATA KARTY", "1500.00", ""),
    (D(2025, 5, 24), "UBER TRIP", "-42.10", ""),
]


def test_a_polish_card_bill_with_the_amount_in_the_foreign_money_beside_the_amount_in_zloty(
    unicode_fonts: Fonts,
) -> None:
    """A Polish credit card: "Data transakcji | Data księgowania | Opis | Kwota w walucie | Kwota w PLN",
    a purchase abroad printing its euros in a column of their own, the amounts in złoty signed with a
    minus for purchases, "Zadłużenie na początek okresu" and "Zadłużenie na koniec okresu" lines."""
    drawn = running(M("-1210.00"), [(d, t, a) for d, t, a, _ in PL_CARD])
    abroad = {row.description: foreign for row, (_, _, _, foreign) in zip(drawn, PL_CARD, strict=True)}
    columns = [
        Column("Data transakcji", 40, lambda r: _dmy(r.date, ".")),
        Column("Data księgowania", 130, lambda r: _dmy(r.date + DAY, ".")),
        Column("Opis", 225, lambda r: r.description),
        Column("Kwota w walucie", 450, lambda r: abroad[r.description], right=True),
        Column("Kwota w PLN", 550, lambda r: signed(spaced(r.amount), r.amount), right=True),
    ]
    head = [
        "Bank Wiślany S.A.",
        "Zestawienie operacji karty kredytowej za okres 01.05.2025 - 31.05.2025",
        "Tomasz Zieliński",
        "Numer karty: 5375 **** **** 2231",
        "Limit kredytowy: 10 000,00 PLN",
    ]
    read = _read(
        head,
        columns,
        drawn,
        above=[_line("Zadłużenie na początek okresu", spaced(-balance_before(drawn)) + " PLN")],
        below=[_line("Zadłużenie na koniec okresu", spaced(-drawn[-1].balance) + " PLN")],
        fonts=unicode_fonts,
    )
    _as_drawn(
        read,
        drawn,
        account="5375 **** **** 2231",
        currency="PLN",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )


# A third round ---------------------------------------------------------------------------------------

BE_NL = [
    (D(2025, 2, 3), "Overschrijving naar Vlaamse Energie", "-87.50", "+++123/4567/89012+++"),
    (D(2025, 2, 10), "Overschrijving van Peeters Jan", "250.00", "huur februari"),
    (D(2025, 2, 17), "Betaling Bancontact Colruyt Gent", "-64.12", ""),
]


def test_a_belgian_account_in_dutch_with_a_structured_communication_under_a_transfer() -> None:
    """A Belgian account in Dutch: "Datum | Omschrijving | Valuta | Bedrag", each transfer followed by a
    line "Mededeling: +++123/4567/89012+++" (a structured communication of digits and slashes) that is
    no figure, amounts signed, and "Vorig saldo" and "Nieuw saldo" lines."""
    rows = running(M("1432.77"), [(d, t, a) for d, t, a, _ in BE_NL])
    messages = [m for *_, m in BE_NL]
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column("Valuta", 380, lambda r: _dmy(r.date, "-")),
        Column("Bedrag", 550, lambda r: ("+" if r.amount > 0 else "-") + continental(r.amount), right=True),
    ]
    lines: Lines = header(
        [
            "Vlaamse Spaar- en Kredietbank NV",
            "Rekeninguittreksel nr. 2",
            "DHR. KOEN MAES",
            "Periode van 01-02-2025 tot 28-02-2025",
            "IBAN BE71 0961 2345 6769",
        ]
    )
    lines += [_line("Vorig saldo", "+" + continental(balance_before(rows)) + " EUR"), [], headings(columns)]
    for row, message in zip(rows, messages, strict=True):
        lines += table(columns, [row])
        if message:
            lines.append([(110, "Mededeling: " + message, False)])
    lines.append(_line("Nieuw saldo", "+" + continental(rows[-1].balance) + " EUR"))
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.amount, r.date) for r in rows
    ]
    for t, r, message in zip(read.transactions, rows, messages, strict=True):
        assert t.description.startswith(r.description) and message in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("BE71 0961 2345 6769", "EUR")


RO_WORDS = [
    (D(2025, 4, 2), "Cumparare POS Kaufland Cluj", "-215.30"),
    (D(2025, 4, 10), "Incasare transfer Ionescu Maria", "1200.00"),
    (D(2025, 4, 15), "Plata online Digi", "-54.99"),
    (D(2025, 4, 28), "Retragere numerar ATM", "-400.00"),
]

RO_MONTHS = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]


def test_a_romanian_account_dating_its_rows_with_the_month_in_romanian_words(unicode_fonts: Fonts) -> None:
    """A Romanian account: "Data | Detalii tranzacție | Debit | Credit", each row dated "02 aprilie 2025",
    "Sold inițial" and "Sold final" lines in lei, and the card's number under each card purchase."""
    rows = running(M("3310.45"), RO_WORDS)
    columns = [
        Column("Data", 40, lambda r: f"{r.date.day:02d} {RO_MONTHS[r.date.month - 1]} {r.date.year}"),
        Column("Detalii tranzacție", 140, lambda r: r.description),
        Column("Debit", 460, paid_out(continental), right=True),
        Column("Credit", 550, paid_in(continental), right=True),
    ]
    head = [
        "Banca Transilvană S.A.",
        "Extras de cont pentru perioada 01 aprilie 2025 - 30 aprilie 2025",
        "Mihai Georgescu",
        "Cont: RO49 AAAA 1B31 0075 9384 0000",
        "Valuta: RON",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Sold inițial", continental(balance_before(rows)))],
        below=[_line("Sold final", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="RO49 AAAA 1B31 0075 9384 0000", currency="RON", running_balance=False)


PL_CATEGORY = [
    (D(2025, 6, 2), "ŻABKA Z1234 K.1 WARSZAWA", "-23.47", "Jedzenie"),
    (D(2025, 6, 4), "PRZELEW OD ANNA NOWAK", "150.00", "Wpływy"),
    (D(2025, 6, 9), "ORLEN STACJA NR 512", "-284.10", "Transport"),
    (D(2025, 6, 30), "WYNAGRODZENIE CZERWIEC", "9120.00", "Wynagrodzenie"),
]


def test_a_polish_account_with_a_category_column_between_the_description_and_the_amount(
    unicode_fonts: Fonts,
) -> None:
    """A Polish app bank's account: "Data operacji | Data księgowania | Opis operacji | Kategoria | Kwota |
    Saldo po operacji", ISO dates, each row's category (one word) in a column of its own before the
    signed amount."""
    drawn = running(M("1804.66"), [(d, t, a) for d, t, a, _ in PL_CATEGORY])
    category = {r.description: c for r, (*_, c) in zip(drawn, PL_CATEGORY, strict=True)}
    columns = [
        Column("Data operacji", 30, lambda r: r.date.isoformat()),
        Column("Data księgowania", 100, lambda r: (r.date + DAY).isoformat()),
        Column("Opis operacji", 200, lambda r: r.description),
        Column("Kategoria", 345, lambda r: category[r.description]),
        Column("Kwota", 460, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo po operacji", 575, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Bank Nadodrzański S.A.",
        "Elektroniczne zestawienie operacji za okres od 2025-06-01 do 2025-06-30",
        "PIOTR WÓJCIK",
        "Numer rachunku: 82 1140 2004 0000 3102 7654 3210",
        "Waluta: PLN",
    ]
    read = _read(
        head,
        columns,
        drawn,
        above=[_line("Saldo początkowe", spaced(balance_before(drawn)), 575)],
        below=[_line("Saldo końcowe", spaced(drawn[-1].balance), 575)],
        fonts=unicode_fonts,
    )
    assert [(t.date, t.value_date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.date + DAY, r.amount, r.balance) for r in drawn
    ]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, drawn, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)
    assert (read.account_number, read.currency) == ("82 1140 2004 0000 3102 7654 3210", "PLN")


HU_SIDES = [
    (D(2025, 3, 4), "Vásárlás ALDI Győr", "-6420.00"),
    (D(2025, 3, 10), "Átutalás Kiss Anna", "45000.00"),
    (D(2025, 3, 18), "ATM készpénzfelvétel", "-20000.00"),
]


def test_a_hungarian_account_with_terheles_and_jovairas_columns_and_the_balances_in_a_box(
    unicode_fonts: Fonts,
) -> None:
    """A Hungarian account: "Könyvelési nap | Közlemény | Terhelés | Jóváírás | Egyenleg", a box of
    "Nyitó egyenleg | Terhelések összesen | Jóváírások összesen | Záró egyenleg" over their figures
    above the table, figures "45 000,00"."""
    rows = running(M("81230.50"), HU_SIDES)
    out, into = totals(rows)
    columns = [
        Column("Könyvelési nap", 40, lambda r: r.date.strftime("%Y.%m.%d.")),
        Column("Közlemény", 140, lambda r: r.description),
        Column("Terhelés", 400, paid_out(spaced), right=True),
        Column("Jóváírás", 480, paid_in(spaced), right=True),
        Column("Egyenleg", 565, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Tisza Takarék Bank Zrt.",
        "Számlakivonat 2025.03.01. - 2025.03.31.",
        "Szabó Gábor",
        "Számlaszám: 11600006-00000000-12345678",
        "Pénznem: HUF",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[
            [
                (40, "Nyitó egyenleg", False),
                (170, "Terhelések összesen", False),
                (310, "Jóváírások összesen", False),
                (450, "Záró egyenleg", False),
            ],
            [
                (40, spaced(balance_before(rows)), False),
                (170, spaced(out), False),
                (310, spaced(into), False),
                (450, spaced(rows[-1].balance), False),
            ],
            [],
        ],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="11600006-00000000-12345678", currency="HUF")


GR_CARD = [
    (D(2025, 7, 3), "ΣΚΛΑΒΕΝΙΤΗΣ ΑΘΗΝΑ", "-86.40"),
    (D(2025, 7, 9), "AEGEAN AIRLINES", "-312.00"),
    (D(2025, 7, 15), "ΠΛΗΡΩΜΗ ΚΑΡΤΑΣ", "500.00"),
    (D(2025, 7, 22), "ΚΩΤΣΟΒΟΛΟΣ", "-149.90"),
]


def test_a_greek_card_bill_with_purchases_bare_and_the_payment_signed_between_old_and_new_balance(
    unicode_fonts: Fonts,
) -> None:
    """A Greek credit card: "Ημ/νία Συναλλαγής | Περιγραφή | Ποσό", purchases printed bare and the
    payment with a minus, "Προηγούμενο υπόλοιπο" and "Νέο υπόλοιπο" lines (the debt), the credit limit
    and the least payment in the header."""
    rows = running(M("-640.25"), GR_CARD)
    columns = [
        Column("Ημ/νία Συναλλαγής", 40, lambda r: _dmy(r.date)),
        Column("Περιγραφή", 150, lambda r: r.description),
        Column("Ποσό", 550, lambda r: signed(continental(r.amount), -r.amount), right=True),
    ]
    head = [
        "Τράπεζα Ιονίου Α.Ε.",
        "Κατάσταση λογαριασμού πιστωτικής κάρτας 01/07/2025 - 31/07/2025",
        "ΝΙΚΟΛΑΟΥ ΕΛΕΝΗ",
        "Αριθμός κάρτας 4571 **** **** 3306",
        "Πιστωτικό όριο 3.000,00 EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Προηγούμενο υπόλοιπο", continental(-balance_before(rows)))],
        below=[_line("Νέο υπόλοιπο", continental(-rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="4571 **** **** 3306", currency="EUR", running_balance=False)


AT_PARTNER = [
    (D(2025, 10, 1), "Wiener Wohnen", "-712.30", "Miete Oktober Top 12"),
    (D(2025, 10, 6), "SPAR dankt 4711", "-42.85", "POS 06.10. 17:32"),
    (D(2025, 10, 27), "Musterfirma GmbH", "3180.00", "Gehalt 10/2025"),
]


def test_an_austrian_account_with_the_partner_and_the_purpose_in_columns_of_their_own() -> None:
    """An Austrian online bank's account: "Buchungsdatum | Partner | Verwendungszweck | Valuta | Betrag",
    the partner's name and the purpose in two columns, amounts signed "-712,30", and "Kontostand am
    30.09.2025" and "Kontostand am 31.10.2025" lines."""
    drawn = running(M("1905.12"), [(d, t, a) for d, t, a, _ in AT_PARTNER])
    purpose = {r.description: p for r, (*_, p) in zip(drawn, AT_PARTNER, strict=True)}
    columns = [
        Column("Buchungsdatum", 40, lambda r: _dmy(r.date, ".")),
        Column("Partner", 115, lambda r: r.description),
        Column("Verwendungszweck", 240, lambda r: purpose[r.description]),
        Column("Valuta", 400, lambda r: _dmy(r.date, ".")),
        Column("Betrag", 550, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    head = [
        "Alpenländische Sparkasse AG",
        "Kontoauszug 10/2025",
        "Frau Katharina Berger",
        "IBAN AT83 2011 1829 1234 5678",
    ]
    read = _read(
        head,
        columns,
        drawn,
        above=[_line("Kontostand am 30.09.2025", continental(balance_before(drawn)) + " EUR", 550)],
        below=[_line("Kontostand am 31.10.2025", continental(drawn[-1].balance) + " EUR", 550)],
    )
    assert [(t.date, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.amount, r.date) for r in drawn
    ]
    for t, r in zip(read.transactions, drawn, strict=True):
        assert t.description == f"{r.description} {purpose[r.description]}"
    assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)
    assert (read.account_number, read.currency) == ("AT83 2011 1829 1234 5678", "EUR")


# A fourth round: dates and pages ------------------------------------------------------------------------

FI_SHORT = [
    (D(2025, 4, 1), "S-Market Kamppi", "-27.45"),
    (D(2025, 4, 4), "HSL matkakortti", "-64.70"),
    (D(2025, 4, 15), "Palkka", "2980.00"),
    (D(2025, 4, 30), "Vuokra toukokuu", "-1020.00"),
]


def test_a_finnish_account_dating_its_rows_by_day_and_month_closed_by_a_point() -> None:
    """A Finnish account: rows dated "1.4." (the day and month, each closed by a point, no year),
    "Kirjauspäivä | Selitys | Määrä EUR | Saldo" with signed amounts, the year only in the period
    "Tiliote 1.4.2025 - 30.4.2025"."""
    rows = running(M("845.20"), FI_SHORT)
    columns = [
        Column("Kirjauspäivä", 40, lambda r: f"{r.date.day}.{r.date.month}."),
        Column("Selitys", 120, lambda r: r.description),
        Column("Määrä EUR", 470, lambda r: ("+" if r.amount > 0 else "-") + spaced(r.amount), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Järvi-Suomen Osuuspankki",
        "Tiliote 1.4.2025 - 30.4.2025",
        "Liisa Korhonen",
        "Tili FI21 1234 5600 0007 85",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Alkusaldo 31.3.2025", spaced(balance_before(rows)))],
        below=[_line("Loppusaldo 30.4.2025", spaced(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="FI21 1234 5600 0007 85", currency="EUR")


TR_PAGES = [
    (D(2025, 5, 2), "KREDİ KARTI ÖDEMESİ", "-3500.00"),
    (D(2025, 5, 6), "EFT GELEN AHMET KAYA", "1250.00"),
    (D(2025, 5, 12), "FATURA ÖDEME İGDAŞ", "-742.35"),
    (D(2025, 5, 19), "MAAŞ", "52000.00"),
    (D(2025, 5, 23), "POS A101 MAĞAZA", "-389.90"),
    (D(2025, 5, 30), "KİRA ÖDEMESİ", "-20000.00"),
]


def test_a_turkish_account_over_two_pages_repeating_its_header_block_with_a_page_count(
    unicode_fonts: Fonts,
) -> None:
    """A Turkish account over two pages, each opening with the bank, the holder, the IBAN and the period
    again and closing with "Sayfa 1/2", the table "Tarih | Açıklama | İşlem Tutarı | Bakiye" carried on
    without any brought-forward line, the opening balance a "Devreden Bakiye" row."""
    rows = running(M("14250.60"), TR_PAGES)
    columns = [
        Column("Tarih", 40, lambda r: _dmy(r.date, ".")),
        Column("Açıklama", 110, lambda r: r.description),
        Column("İşlem Tutarı", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Bakiye", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Marmara Bankası A.Ş.",
        "Hesap Ekstresi 01.05.2025 - 31.05.2025",
        "ZEYNEP ARSLAN",
        "IBAN: TR33 0006 1005 1978 6457 8413 26",
        "Para Birimi: TL",
    ]
    pages: list[Lines] = []
    for n, part in enumerate((rows[:3], rows[3:])):
        lines: Lines = [*header(head), headings(columns)]
        if n == 0:
            lines.append([(110, "DEVREDEN BAKİYE", False), (560, continental(balance_before(rows)), True)])
        lines += table(columns, part)
        lines += [[], [(500, f"Sayfa {n + 1}/2", False)]]
        pages.append(lines)
    read = read_one(drawn_lines(pages, unicode_fonts))
    _as_drawn(read, rows, account="TR33 0006 1005 1978 6457 8413 26", currency="TRY")


CZ_SIGNED = [
    (D(2025, 11, 3), "Platba kartou Lidl Brno", "-842.60"),
    (D(2025, 11, 10), "Příchozí platba Novák", "3500.00"),
    (D(2025, 11, 17), "Inkaso O2 Czech Republic", "-599.00"),
]


def test_a_czech_account_signing_the_figures_of_its_debit_and_credit_columns_too(
    unicode_fonts: Fonts,
) -> None:
    """A Czech account whose "Odchozí" (outgoing) and "Příchozí" (incoming) columns print their figures
    with a minus and a plus as well ("-842,60", "+3 500,00"), and "Zůstatek"; dates "03.11.2025"."""
    rows = running(M("5120.00"), CZ_SIGNED)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, ".")),
        Column("Popis transakce", 110, lambda r: r.description),
        Column("Odchozí", 400, lambda r: "-" + spaced(r.amount) if r.amount < 0 else "", right=True),
        Column("Příchozí", 480, lambda r: "+" + spaced(r.amount) if r.amount > 0 else "", right=True),
        Column("Zůstatek", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Brněnská spořitelna a.s.",
        "Výpis z účtu 01.11.2025 - 30.11.2025",
        "Tomáš Procházka",
        "Číslo účtu: 19-2000145399/0800",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Počáteční zůstatek", spaced(balance_before(rows)) + " Kč")],
        below=[_line("Konečný zůstatek", spaced(rows[-1].balance) + " Kč")],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="19-2000145399/0800", currency="CZK")


DK_DAYS = [
    (D(2025, 9, 1), "Netto Nørrebro", "-86.25"),
    (D(2025, 9, 1), "MobilePay Lars", "-150.00"),
    (D(2025, 9, 8), "Løn september", "26400.00"),
    (D(2025, 9, 8), "Husleje", "-7900.00"),
    (D(2025, 9, 8), "Forsikring Tryg", "-412.00"),
]


def test_a_danish_account_printing_each_days_date_on_its_first_row_only(unicode_fonts: Fonts) -> None:
    """A Danish account: "Dato | Tekst | Beløb | Saldo", the date printed on a day's first row only, the
    others under it undated, and "Saldo primo" and "Saldo ultimo" lines."""
    rows = running(M("3412.80"), DK_DAYS)
    columns = [
        Column("Dato", 40, lambda r: ""),
        Column("Tekst", 100, lambda r: r.description),
        Column("Beløb", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines: Lines = header(
        [
            "Fynske Bank A/S",
            "Kontoudtog 01.09.2025 - 30.09.2025",
            "Sofie Larsen",
            "Kontonr. 6840 0001239876",
            "Beløb i DKK",
        ]
    )
    lines += [_line("Saldo primo", continental(balance_before(rows))), [], headings(columns)]
    for n, [cells] in enumerate(table(columns, [r]) for r in rows):
        dated = n == 0 or rows[n - 1].date != rows[n].date
        lines.append([(40, _dmy(rows[n].date, "."), False), *cells] if dated else cells)
    lines.append(_line("Saldo ultimo", continental(rows[-1].balance)))
    read = read_one(drawn_lines([lines], unicode_fonts))
    _as_drawn(read, rows, account="6840 0001239876", currency="DKK")


# A fifth round: the short names of the two sides ---------------------------------------------------

NO_SHORT = [
    (D(2025, 6, 2), "Coop Extra Tromsø", "-412.60"),
    (D(2025, 6, 12), "Overføring fra Ingrid", "800.00"),
    (D(2025, 6, 20), "Strøm Fjordkraft", "-1290.00"),
    (D(2025, 6, 25), "Lønn juni", "38900.00"),
]


def test_a_norwegian_account_heading_its_money_columns_ut_and_inn(unicode_fonts: Fonts) -> None:
    """A Norwegian account: "Dato | Forklaring | Rentedato | Ut | Inn | Saldo", the money columns headed
    by the bare "Ut" (out) and "Inn" (in), figures "1 290,00", and "Inngående saldo" and "Utgående saldo"
    lines."""
    rows = running(M("2204.50"), NO_SHORT)
    columns = [
        Column("Dato", 40, lambda r: _dmy(r.date, ".")),
        Column("Forklaring", 105, lambda r: r.description),
        Column("Rentedato", 300, lambda r: _dmy(r.date, ".")),
        Column("Ut", 420, paid_out(spaced), right=True),
        Column("Inn", 490, paid_in(spaced), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Nordkapp Sparebank",
        "Kontoutskrift 01.06.2025 - 30.06.2025",
        "Ingrid Berg",
        "Kontonummer 4730.22.15531",
        "Alle beløp i NOK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Inngående saldo", spaced(balance_before(rows)))],
        below=[_line("Utgående saldo", spaced(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="4730.22.15531", currency="NOK", value=lambda r: r.date)


PL_WN_MA = [
    (D(2025, 8, 1), "OPŁATA ZA PROWADZENIE RACHUNKU", "-9.90"),
    (D(2025, 8, 5), "PRZELEW PRZYCHODZĄCY FAKTURA 12/2025", "12300.00"),
    (D(2025, 8, 14), "ZUS SKŁADKI", "-1773.96"),
    (D(2025, 8, 20), "PRZELEW DO US PIT-5", "-1180.00"),
]


def test_a_polish_business_account_with_its_sides_headed_wn_and_ma(unicode_fonts: Fonts) -> None:
    """A Polish business account in the words of bookkeeping: "Data | Opis operacji | Wn | Ma | Saldo"
    ("Winien", the debit side, and "Ma", the credit side), and "Saldo początkowe" and "Saldo końcowe"
    lines."""
    rows = running(M("6420.15"), PL_WN_MA)
    columns = [
        Column("Data", 40, lambda r: _dmy(r.date, ".")),
        Column("Opis operacji", 110, lambda r: r.description),
        Column("Wn", 420, paid_out(spaced), right=True),
        Column("Ma", 490, paid_in(spaced), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Bank Spółdzielczy w Kłodzku",
        "Wyciąg z rachunku za okres 01.08.2025 - 31.08.2025",
        "KOWALSKI BUDOWNICTWO SP. Z O.O.",
        "Rachunek: PL27 1140 2004 0000 3702 7654 3211",
        "Waluta: PLN",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo początkowe", spaced(balance_before(rows)))],
        below=[_line("Saldo końcowe", spaced(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="PL27 1140 2004 0000 3702 7654 3211", currency="PLN")


CZ_MD_D = [
    (D(2025, 10, 2), "Nákup kartou Albert Ostrava", "-1325.40"),
    (D(2025, 10, 9), "Příchozí úhrada mzda", "41200.00"),
    (D(2025, 10, 20), "Trvalý příkaz nájem", "-16800.00"),
]


def test_a_czech_account_with_its_sides_headed_ma_dati_and_dal(unicode_fonts: Fonts) -> None:
    """A Czech account in the words of bookkeeping: "Datum | Popis | Má dáti | Dal | Zůstatek" (the debit
    and credit sides), figures "16 800,00", "Počáteční zůstatek" and "Konečný zůstatek" lines in CZK."""
    rows = running(M("8840.00"), CZ_MD_D)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, ".")),
        Column("Popis", 110, lambda r: r.description),
        Column("Má dáti", 420, paid_out(spaced), right=True),
        Column("Dal", 490, paid_in(spaced), right=True),
        Column("Zůstatek", 560, lambda r: spaced(r.balance), right=True),
    ]
    head = [
        "Slezská banka a.s.",
        "Výpis z účtu za období 01.10.2025 - 31.10.2025",
        "Lucie Černá",
        "Číslo účtu: 2501234567/2010",
        "Měna: CZK",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Počáteční zůstatek", spaced(balance_before(rows)))],
        below=[_line("Konečný zůstatek", spaced(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="2501234567/2010", currency="CZK")


GR_SIDE = [
    (D(2025, 9, 1), "ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΕΥΔΑΠ", "-38.60"),
    (D(2025, 9, 5), "ΚΑΤΑΘΕΣΗ ΜΕΤΡΗΤΩΝ", "300.00"),
    (D(2025, 9, 10), "ΑΓΟΡΑ POS LIDL ΠΕΙΡΑΙΑ", "-57.12"),
    (D(2025, 9, 30), "ΜΙΣΘΟΔΟΣΙΑ", "1420.00"),
]


def test_a_greek_account_marking_each_amount_x_or_p_in_a_column_after_it(unicode_fonts: Fonts) -> None:
    """A Greek account: "Ημερομηνία | Αιτιολογία | Ποσό | Χ/Π | Υπόλοιπο", each unsigned amount marked
    "Χ" (χρέωση, a debit) or "Π" (πίστωση, a credit) in a column of its own after it, and
    "Προηγούμενο υπόλοιπο" and "Νέο υπόλοιπο" lines."""
    rows = running(M("915.40"), GR_SIDE)
    columns = [
        Column("Ημερομηνία", 40, lambda r: _dmy(r.date)),
        Column("Αιτιολογία", 115, lambda r: r.description),
        Column("Ποσό", 420, lambda r: continental(r.amount), right=True),
        Column("Χ/Π", 440, lambda r: "Χ" if r.amount < 0 else "Π"),
        Column("Υπόλοιπο", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Τράπεζα Θεσσαλίας Α.Ε.",
        "Κίνηση λογαριασμού 01/09/2025 - 30/09/2025",
        "ΓΕΩΡΓΙΟΥ ΔΗΜΗΤΡΗΣ",
        "IBAN: GR16 0110 1250 0000 0001 2300 695",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Προηγούμενο υπόλοιπο", continental(balance_before(rows)))],
        below=[_line("Νέο υπόλοιπο", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="GR16 0110 1250 0000 0001 2300 695", currency="EUR")


NL_SIDES = [
    (D(2025, 3, 3), "Hypotheek maart", "-1184.22"),
    (D(2025, 3, 7), "Zorgtoeslag", "123.00"),
    (D(2025, 3, 21), "Lidl Zwolle", "-56.34"),
]


def test_a_dutch_account_heading_its_sides_af_and_bij_with_the_money_after_them() -> None:
    """A Dutch account: "Datum | Omschrijving | Af (EUR) | Bij (EUR) | Saldo (EUR)", and "Beginsaldo" and
    "Eindsaldo" lines."""
    rows = running(M("2640.90"), NL_SIDES)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column("Af (EUR)", 400, paid_out(continental), right=True),
        Column("Bij (EUR)", 480, paid_in(continental), right=True),
        Column("Saldo (EUR)", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Zuiderzee Bank N.V.",
        "Rekeningafschrift maart 2025",
        "DHR. R. MULDER",
        "Periode 01-03-2025 t/m 31-03-2025",
        "IBAN NL37 NZSB 0123 4567 89",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Beginsaldo", continental(balance_before(rows)))],
        below=[_line("Eindsaldo", continental(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="NL37 NZSB 0123 4567 89", currency="EUR")


# A sixth round: rows over several lines, two moneys in one file ---------------------------------------

FR_WRAPPED = [
    (D(2025, 3, 3), "PRLV SEPA ORANGE SA\nECH/030325 ID EMETTEUR/FR12ZZZ123456\nMDT/ORA-000123", "-39.99"),
    (D(2025, 3, 7), "VIR SEPA RECU /DE M DUPUIS\n/MOTIF REMBOURSEMENT RESTAURANT", "45.00"),
    (D(2025, 3, 12), "CB AUCHAN 11/03\nCARTE 4974XXXXXXXX1234", "-132.47"),
]


def test_a_french_account_whose_labels_run_over_lines_with_the_money_on_the_last(
    unicode_fonts: Fonts,
) -> None:
    """A French account whose libellés run over two or three lines, the date on the first and the amount
    on the last, "Date | Libellé | Valeur | Débit | Crédit", between "SOLDE PRECEDENT" and "NOUVEAU
    SOLDE" lines."""
    rows = running(M("1205.60"), FR_WRAPPED)
    lines: Lines = header(
        [
            "Banque du Val de Seine",
            "Relevé de compte du 01/03/2025 au 31/03/2025",
            "Mme NATHALIE ROUX",
            "IBAN FR76 3000 4000 0312 3456 7890 143",
        ]
    )
    lines.append(_line("SOLDE PRECEDENT AU 28/02/2025", continental(balance_before(rows)) + " EUR"))
    lines.append([])
    lines.append(
        [
            (40, "**Date", False),
            (90, "Libellé", False),
            (370, "Valeur", False),
            (480, "Débit", True),
            (560, "Crédit", True),
        ]
    )
    for row in rows:
        texts = row.description.split("\n")
        for n, text in enumerate(texts):
            cells: list[Cell] = [(90, text, False)]
            if n == 0:
                cells = [(40, _dm(row.date), False), *cells]
            if n == len(texts) - 1:
                cells += [
                    (370, _dm(row.date), False),
                    (480 if row.amount < 0 else 560, continental(row.amount), True),
                ]
            lines.append(cells)
    lines.append(_line("NOUVEAU SOLDE AU 31/03/2025", continental(rows[-1].balance) + " EUR"))
    read = read_one(drawn_lines([lines], unicode_fonts))
    assert _entries_joined(read) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("FR76 3000 4000 0312 3456 7890 143", "EUR")


NL_ABOVE = [
    (D(2025, 5, 2), "Albert Heijn 1403", "Betaalautomaat 17:02 pasnr. 012", "-38.45"),
    (D(2025, 5, 6), "Gemeente Utrecht", "Terugbetaling parkeervergunning", "75.00"),
    (D(2025, 5, 13), "Eneco Services", "Termijnbedrag mei", "-149.00"),
]


def test_a_dutch_account_printing_the_counterparty_on_the_line_above_each_dated_row() -> None:
    """A Dutch account whose rows print the counterparty's name on a line of its own above the dated
    line of the payment's text and figures: "Datum | Omschrijving | Bedrag | Saldo", signed amounts."""
    drawn = running(M("604.12"), [(d, n, a) for d, n, _, a in NL_ABOVE])
    texts = [t for _, _, t, _ in NL_ABOVE]
    lines: Lines = header(
        [
            "Rijnmond Bank N.V.",
            "Rekeningoverzicht mei 2025",
            "MEVR. S. DE GRAAF",
            "IBAN NL65 PLDR 0300 0012 34",
        ]
    )
    lines.append(_line("Beginsaldo", continental(balance_before(drawn))))
    lines.append([])
    lines.append(
        [(40, "**Datum", False), (110, "Omschrijving", False), (470, "Bedrag", True), (560, "Saldo", True)]
    )
    for row, text in zip(drawn, texts, strict=True):
        lines.append([(110, row.description, False)])
        lines.append(
            [
                (40, _dmy(row.date, "-"), False),
                (110, text, False),
                (470, signed(continental(row.amount), row.amount), True),
                (560, continental(row.balance), True),
            ]
        )
    lines.append(_line("Eindsaldo", continental(drawn[-1].balance)))
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in drawn
    ]
    for t, r, text in zip(read.transactions, drawn, texts, strict=True):
        assert r.description in t.description and text in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)
    assert (read.account_number, read.currency) == ("NL65 PLDR 0300 0012 34", "EUR")


ID_TIMED = [
    (D(2025, 5, 2), "Transfer BI-FAST ke ANDI WIJAYA", "-1250000.00"),
    (D(2025, 5, 9), "Top Up GoPay 0812xxxx4567", "-200000.00"),
    (D(2025, 5, 25), "Gaji PT SENTOSA ABADI", "9800000.00"),
]


def test_an_indonesian_account_with_each_rows_time_on_the_line_under_its_date() -> None:
    """An Indonesian app statement: "Tanggal | Keterangan | Nominal (IDR) | Saldo (IDR)", each date
    "02 Mei 2025" with its time "10:15:33 WIB" on the line under it, signed amounts "-1.250.000,00", and
    "Saldo Awal" and "Saldo Akhir" lines."""
    rows = running(M("5340000.00"), ID_TIMED)
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    lines: Lines = header(
        [
            "Bank Mandala Nusantara",
            "e-Statement Periode 01 Mei 2025 - 31 Mei 2025",
            "RINA KARTIKA",
            "Nomor Rekening 1370012345678",
        ]
    )
    lines += [_line("Saldo Awal", continental(balance_before(rows))), []]
    lines.append(
        [
            (40, "**Tanggal", False),
            (130, "Keterangan", False),
            (470, "Nominal (IDR)", True),
            (560, "Saldo (IDR)", True),
        ]
    )
    for row in rows:
        lines.append(
            [
                (40, f"{row.date.day:02d} {months[row.date.month - 1]} {row.date.year}", False),
                (130, row.description, False),
                (470, signed(continental(row.amount), row.amount), True),
                (560, continental(row.balance), True),
            ]
        )
        lines.append([(40, "10:15:33 WIB", False)])
    lines.append(_line("Saldo Akhir", continental(rows[-1].balance)))
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("1370012345678", "IDR")


CH_CHF = [
    (D(2025, 4, 2), "Einkauf Coop Bern", "-64.35"),
    (D(2025, 4, 25), "Lohn April", "7210.00"),
]
CH_EUR = [
    (D(2025, 4, 8), "Hotel Adler Freiburg i.Br.", "-312.00"),
    (D(2025, 4, 16), "Rückerstattung Lufthansa", "148.50"),
]


def test_a_swiss_statement_of_a_franc_account_and_a_euro_account_one_after_the_other() -> None:
    """One Swiss statement of two accounts, each titled with its kind, its number and its money ("Privatkonto
    CH12 ... CHF", "Fremdwährungskonto ... EUR"), each table "Datum | Text | Belastung | Gutschrift |
    Saldo" between its "Saldovortrag" row and a "Schlusssaldo" line: two statements, each in its money."""
    franc = running(M("4120.50"), CH_CHF)
    euro = running(M("980.00"), CH_EUR)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, ".")),
        Column("Text", 100, lambda r: r.description),
        Column("Belastung", 400, paid_out(swiss), right=True),
        Column("Gutschrift", 480, paid_in(swiss), right=True),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]
    lines: Lines = header(["Bank am Aareufer AG", "Kontoauszug 01.04.2025 - 30.04.2025", "Herr Beat Keller"])
    for title, rows in (
        ("Privatkonto CH93 0076 2011 6238 5295 7 CHF", franc),
        ("Fremdwährungskonto CH56 0483 5012 3456 7800 9 EUR", euro),
    ):
        lines.append([(40, "**" + title, False)])
        lines.append(headings(columns))
        lines.append([(100, "Saldovortrag", False), (560, swiss(balance_before(rows)), True)])
        lines += table(columns, rows)
        lines.append([(100, "Schlusssaldo", False), (560, swiss(rows[-1].balance), True)])
        lines.append([])
    reads = read_all(drawn_lines([lines]))
    assert [(r.account_number, r.currency) for r in reads] == [
        ("CH93 0076 2011 6238 5295 7", "CHF"),
        ("CH56 0483 5012 3456 7800 9", "EUR"),
    ]
    for read, rows in zip(reads, (franc, euro), strict=True):
        assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
            (r.date, r.description, r.amount, r.balance) for r in rows
        ]
        assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# A seventh round ---------------------------------------------------------------------------------------

HU_STACKED = [
    (D(2025, 6, 3), "Kártyás vásárlás LIDL Szeged", "-9870.00"),
    (D(2025, 6, 10), "Jóváírás Kovács Béla", "30000.00"),
    (D(2025, 6, 17), "Rezsi beszedés", "-27450.00"),
]


def test_a_hungarian_account_stacking_the_booking_day_over_the_value_day_in_one_column(
    unicode_fonts: Fonts,
) -> None:
    """A Hungarian account whose first column prints the booking day over the value day ("Könyvelés /
    Értéknap", "2025.06.03." over "2025.06.04."), the description and figures on the first line, and
    "Nyitó egyenleg" and "Záró egyenleg" lines."""
    rows = running(M("152300.00"), HU_STACKED)
    lines: Lines = header(
        [
            "Pannon Takarékbank Zrt.",
            "Számlakivonat 2025.06.01. - 2025.06.30.",
            "Tóth Katalin",
            "Számlaszám: 11773016-01234567-00000000",
            "Devizanem: HUF",
        ]
    )
    lines += [_line("Nyitó egyenleg", spaced(balance_before(rows))), []]
    lines.append(
        [
            (40, "**Könyvelés", False),
            (140, "Közlemény", False),
            (470, "Összeg", True),
            (560, "Egyenleg", True),
        ]
    )
    lines.append([(40, "**Értéknap", False)])
    for row in rows:
        lines.append(
            [
                (40, row.date.strftime("%Y.%m.%d."), False),
                (140, row.description, False),
                (470, signed(spaced(row.amount), row.amount), True),
                (560, spaced(row.balance), True),
            ]
        )
        lines.append([(40, (row.date + DAY).strftime("%Y.%m.%d."), False)])
    lines.append(_line("Záró egyenleg", spaced(rows[-1].balance)))
    read = read_one(drawn_lines([lines], unicode_fonts))
    _as_drawn(read, rows, account="11773016-01234567-00000000", currency="HUF", value=lambda r: r.date + DAY)


SE_PENDING = [
    (D(2025, 11, 3), "Hemköp Uppsala", "-318.40"),
    (D(2025, 11, 10), "Swish från Karin", "250.00"),
    (D(2025, 11, 24), "Lön", "29800.00"),
]


def test_a_swedish_account_with_reserved_card_purchases_listed_after_its_rows() -> None:
    """A Swedish account: "Datum | Text | Belopp | Saldo" between "Ingående saldo" and "Utgående saldo",
    then a section "Reserverade belopp" listing card purchases not yet booked, dated and with amounts,
    which are no transactions of the statement."""
    rows = running(M("1510.00"), SE_PENDING)
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Text", 120, lambda r: r.description),
        Column("Belopp", 470, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: spaced(r.balance), right=True),
    ]
    lines: Lines = header(
        [
            "Upplands Sparbank",
            "Kontoutdrag 2025-11-01 - 2025-11-30",
            "Karin Lindqvist",
            "Kontonummer 8214-9 934 512 667-1",
            "Valuta SEK",
        ]
    )
    lines += [_line("Ingående saldo", spaced(balance_before(rows))), [], headings(columns)]
    lines += table(columns, rows)
    lines += [_line("Utgående saldo", spaced(rows[-1].balance)), [], [(40, "**Reserverade belopp", False)]]
    lines += [
        [(40, "2025-11-29", False), (120, "ICA Maxi Gränby", False), (470, "-412,90", True)],
        [(40, "2025-11-30", False), (120, "SL Access", False), (470, "-970,00", True)],
    ]
    read = read_one(drawn_lines([lines]))
    _as_drawn(read, rows, account="8214-9 934 512 667-1", currency="SEK")


GR_PAGES = [
    (D(2025, 8, 1), "ΕΝΟΙΚΙΟ ΑΥΓΟΥΣΤΟΥ", "-550.00"),
    (D(2025, 8, 4), "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΜΑΣΟΥΤΗΣ", "-63.80"),
    (D(2025, 8, 12), "ΕΜΒΑΣΜΑ ΑΠΟ ΠΑΠΑΔΑΚΗ", "200.00"),
    (D(2025, 8, 20), "ΑΝΑΛΗΨΗ ΑΤΜ", "-100.00"),
    (D(2025, 8, 28), "ΜΙΣΘΟΔΟΣΙΑ", "1350.00"),
]


def test_a_greek_account_whose_second_page_carries_on_its_rows_without_headings(unicode_fonts: Fonts) -> None:
    """A Greek account over two pages, the second page's rows printed under the page's own title and no
    headings of the table, balances running on; "Υπόλοιπο έναρξης" above and "Υπόλοιπο λήξης" below."""
    rows = running(M("842.10"), GR_PAGES)
    columns = [
        Column("Ημερομηνία", 40, lambda r: _dmy(r.date)),
        Column("Περιγραφή", 115, lambda r: r.description),
        Column("Χρέωση", 420, paid_out(continental), right=True),
        Column("Πίστωση", 490, paid_in(continental), right=True),
        Column("Υπόλοιπο", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Τράπεζα Κρήτης Α.Ε.",
        "Κίνηση λογαριασμού 01/08/2025 - 31/08/2025",
        "ΚΩΝΣΤΑΝΤΙΝΟΥ ΜΑΡΙΑ",
        "IBAN: GR16 0110 1250 0000 0001 2300 695",
    ]
    first: Lines = [*header(head), _line("Υπόλοιπο έναρξης", continental(balance_before(rows))), []]
    first += [headings(columns), *table(columns, rows[:3])]
    second: Lines = [[(40, "Κίνηση λογαριασμού - σελίδα 2", False)], [], *table(columns, rows[3:])]
    second.append(_line("Υπόλοιπο λήξης", continental(rows[-1].balance)))
    read = read_one(drawn_lines([first, second], unicode_fonts))
    _as_drawn(read, rows, account="GR16 0110 1250 0000 0001 2300 695", currency="EUR")


SI = [
    (D(2025, 3, 3), "Plačilo s kartico Mercator Ljubljana", "-54.32"),
    (D(2025, 3, 10), "Nakazilo plače", "1985.00"),
    (D(2025, 3, 18), "Trajnik Elektro Ljubljana", "-88.10"),
    (D(2025, 3, 25), "Dvig gotovine bankomat", "-100.00"),
]


def test_a_slovenian_account_with_breme_and_dobro_between_zacetno_and_koncno_stanje(
    unicode_fonts: Fonts,
) -> None:
    """A Slovenian account: "Datum knjiženja | Datum valute | Opis | Breme | Dobro | Stanje" (breme, the
    debit; dobro, the credit), dates "03.03.2025", and "Začetno stanje" and "Končno stanje" lines in
    euros."""
    rows = running(M("1240.55"), SI)
    columns = [
        Column("Datum knjiženja", 40, lambda r: _dmy(r.date, ".")),
        Column("Datum valute", 130, lambda r: _dmy(r.date, ".")),
        Column("Opis", 205, lambda r: r.description),
        Column("Breme", 420, paid_out(continental), right=True),
        Column("Dobro", 490, paid_in(continental), right=True),
        Column("Stanje", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Alpska banka d.d.",
        "Izpisek prometa za obdobje od 01.03.2025 do 31.03.2025",
        "Maja Novak",
        "IBAN: SI56 0201 0001 2345 678",
        "Valuta: EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Začetno stanje", continental(balance_before(rows)))],
        below=[_line("Končno stanje", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="SI56 0201 0001 2345 678", currency="EUR", value=lambda r: r.date)


BE_CARD = [
    (D(2025, 4, 3), "DELHAIZE BRUXELLES", "-86.14"),
    (D(2025, 4, 9), "SNCB/NMBS BILLETS", "-24.60"),
    (D(2025, 4, 15), "VOTRE PAIEMENT MERCI", "410.25"),
    (D(2025, 4, 22), "FNAC TOISON D'OR", "-199.00"),
]


def test_a_belgian_card_bill_in_french_with_transaction_and_booking_dates(unicode_fonts: Fonts) -> None:
    """A Belgian credit card in French: "Date transaction | Date comptabilisation | Description | Montant
    en EUR", purchases printed bare and the payment with a minus, between "Solde précédent" and "Nouveau
    solde" (the debt), the credit limit and the date of the direct debit above."""
    rows = running(M("-410.25"), BE_CARD)
    columns = [
        Column("Date transaction", 40, lambda r: _dmy(r.date)),
        Column("Date comptabilisation", 130, lambda r: _dmy(r.date + DAY)),
        Column("Description", 245, lambda r: r.description),
        Column("Montant en EUR", 550, lambda r: signed(continental(r.amount), -r.amount), right=True),
    ]
    head = [
        "Banque de Wallonie SA",
        "Relevé de votre carte de crédit Visa - avril 2025",
        "Mme ISABELLE LAMBERT",
        "Numéro de carte 4532 XXXX XXXX 7788",
        "Limite de crédit 2.500,00 EUR",
        "Le montant du nouveau solde sera débité de votre compte le 10/05/2025",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Solde précédent", continental(-balance_before(rows)))],
        below=[_line("Nouveau solde", continental(-rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(
        read,
        rows,
        account="4532 XXXX XXXX 7788",
        currency="EUR",
        running_balance=False,
        value=lambda r: r.date + DAY,
    )
    assert read.account_type == "CREDIT_CARD"


CH_EPARGNE = [
    (D(2025, 6, 15), "Versement", "2000.00"),
    (D(2025, 9, 2), "Retrait", "-500.00"),
    (D(2025, 12, 31), "Intérêts créanciers", "96.40"),
    (D(2025, 12, 31), "Impôt anticipé 35%", "-33.75"),
]


def test_a_swiss_french_savings_account_closing_its_year_with_interest_and_withholding_tax() -> None:
    """A Swiss savings account in French over a year: "Date | Texte | Débit | Crédit | Valeur | Solde",
    figures "1'234.56", the year's interest and the withholding tax on it as rows of the last day, the
    balance carried in from the year before ("Report") and "Solde en votre faveur" under the rows."""
    rows = running(M("8250.00"), CH_EPARGNE)
    columns = [
        Column("Date", 40, lambda r: _dmy(r.date, ".")),
        Column("Texte", 100, lambda r: r.description),
        Column("Débit", 330, paid_out(swiss), right=True),
        Column("Crédit", 400, paid_in(swiss), right=True),
        Column("Valeur", 420, lambda r: _dmy(r.date, ".")),
        Column("Solde", 560, lambda r: swiss(r.balance), right=True),
    ]
    head = [
        "Caisse d'Épargne du Jura SA",
        "Relevé annuel du compte épargne",
        "Monsieur Pierre Favre",
        "Période du 01.01.2025 au 31.12.2025",
        "IBAN CH93 0076 2011 6238 5295 7",
        "Monnaie CHF",
    ]
    read = _read(
        head,
        columns,
        rows,
        first=[[(40, "01.01.2025", False), (100, "Report", False), (560, swiss(balance_before(rows)), True)]],
        below=[[(100, "Solde en votre faveur", False), (560, swiss(rows[-1].balance), True)]],
    )
    _as_drawn(read, rows, account="CH93 0076 2011 6238 5295 7", currency="CHF", value=lambda r: r.date)
    assert read.account_type == "SAVINGS"


PL_OVERDRAWN = [
    (D(2025, 9, 2), "PRZELEW CZYNSZ WRZESIEŃ", "-2400.00"),
    (D(2025, 9, 8), "PŁATNOŚĆ KARTĄ LIDL", "-187.45"),
    (D(2025, 9, 10), "WYNAGRODZENIE SIERPIEŃ", "6300.00"),
]


def test_a_polish_account_overdrawn_with_a_minus_before_its_balances(unicode_fonts: Fonts) -> None:
    """A Polish account that goes below zero: "Data | Opis | Kwota | Saldo", the balances negative with a
    minus ("-1 245,30"), "Saldo początkowe" and "Saldo końcowe" lines, amounts with PLN after them."""
    rows = running(M("1154.70"), PL_OVERDRAWN)
    columns = [
        Column("Data", 40, lambda r: _dmy(r.date, ".")),
        Column("Opis", 110, lambda r: r.description),
        Column("Kwota", 470, lambda r: signed(spaced(r.amount), r.amount) + " PLN", right=True),
        Column("Saldo", 560, lambda r: signed(spaced(r.balance), r.balance) + " PLN", right=True),
    ]
    head = [
        "Bank Podkarpacki S.A.",
        "Wyciąg z rachunku za okres 01.09.2025 - 30.09.2025",
        "MAREK LEWANDOWSKI",
        "Numer rachunku: PL61 1090 1014 0000 0712 1981 2874",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Saldo początkowe", spaced(balance_before(rows)) + " PLN")],
        below=[_line("Saldo końcowe", spaced(rows[-1].balance) + " PLN")],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="PL61 1090 1014 0000 0712 1981 2874", currency="PLN")


def _sectioned(
    head: Sequence[str],
    titles: tuple[str, str],
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    balances: tuple[list[Cell], list[Cell]],
) -> RawStatement:
    """A statement listing its money in, then its money out, each under its title and the same headings
    of one unsigned amount column, between the opening and closing balance lines."""
    lines: Lines = [*header(head), balances[0], []]
    for title, side in zip(
        titles, ([r for r in rows if r.amount > 0], [r for r in rows if r.amount < 0]), strict=True
    ):
        lines += [[(40, "**" + title, False)], headings(columns), *table(columns, side), []]
    lines.append(balances[1])
    return read_one(drawn_lines([lines]))


NL_SECTIONS = [
    (D(2025, 7, 1), "Huur juli", "-950.00"),
    (D(2025, 7, 3), "Kinderbijslag SVB", "287.00"),
    (D(2025, 7, 12), "Bol.com", "-45.99"),
    (D(2025, 7, 24), "Salaris juli", "2875.40"),
]


def test_a_dutch_account_listing_its_credits_and_debits_in_sections_of_their_own() -> None:
    """A Dutch account listing its "Bijschrijvingen" (credits) and then its "Afschrijvingen" (debits),
    each titled over "Datum | Omschrijving | Bedrag" with unsigned amounts, between "Beginsaldo" and
    "Eindsaldo" lines."""
    rows = running(M("512.30"), NL_SECTIONS)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, "-")),
        Column("Omschrijving", 110, lambda r: r.description),
        Column("Bedrag", 550, lambda r: continental(r.amount), right=True),
    ]
    head = [
        "Hollandse Volksbank N.V.",
        "Rekeningoverzicht juli 2025",
        "DHR. T. SMIT",
        "Periode 01-07-2025 t/m 31-07-2025",
        "IBAN NL37 NZSB 0123 4567 89",
    ]
    read = _sectioned(
        head,
        ("Bijschrijvingen", "Afschrijvingen"),
        columns,
        rows,
        (
            _line("Beginsaldo", continental(balance_before(rows))),
            _line("Eindsaldo", continental(rows[-1].balance)),
        ),
    )
    listed = [r for r in rows if r.amount > 0] + [r for r in rows if r.amount < 0]
    assert sorted((t.date, t.description, t.amount) for t in read.transactions) == sorted(
        (r.date, r.description, r.amount) for r in listed
    )
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("NL37 NZSB 0123 4567 89", "EUR")


SE_SECTIONS = [
    (D(2025, 2, 3), "Hyra februari", "-8900.00"),
    (D(2025, 2, 10), "Swish Erik", "400.00"),
    (D(2025, 2, 14), "ICA Kvantum", "-612.35"),
    (D(2025, 2, 25), "Lön februari", "31200.00"),
]


def test_a_swedish_account_listing_its_deposits_and_withdrawals_in_sections_of_their_own() -> None:
    """A Swedish account listing its "Insättningar" (deposits) and then its "Uttag" (withdrawals), each
    titled over "Datum | Text | Belopp" with unsigned amounts, between "Ingående saldo" and "Utgående
    saldo" lines."""
    rows = running(M("2145.00"), SE_SECTIONS)
    columns = [
        Column("Datum", 40, lambda r: r.date.isoformat()),
        Column("Text", 120, lambda r: r.description),
        Column("Belopp", 550, lambda r: spaced(r.amount), right=True),
    ]
    head = [
        "Norrlands Sparbank",
        "Kontoutdrag 2025-02-01 - 2025-02-28",
        "Erik Johansson",
        "Kontonummer 8327-9 123 456 789-0",
        "Valuta SEK",
    ]
    read = _sectioned(
        head,
        ("Insättningar", "Uttag"),
        columns,
        rows,
        (
            _line("Ingående saldo", spaced(balance_before(rows))),
            _line("Utgående saldo", spaced(rows[-1].balance)),
        ),
    )
    listed = [r for r in rows if r.amount > 0] + [r for r in rows if r.amount < 0]
    assert sorted((t.date, t.description, t.amount) for t in read.transactions) == sorted(
        (r.date, r.description, r.amount) for r in listed
    )
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.account_number, read.currency) == ("8327-9 123 456 789-0", "SEK")


HR_PREVIOUS = [
    (D(2025, 10, 2), "Plaćanje karticom Lidl Split", "-48.27"),
    (D(2025, 10, 10), "Uplata plaće", "1620.00"),
    (D(2025, 10, 21), "Režije HEP", "-74.90"),
]


def test_a_croatian_account_between_the_balance_of_the_last_statement_and_the_new_one(
    unicode_fonts: Fonts,
) -> None:
    """A Croatian account with no running balance: "Datum | Opis | Isplata | Uplata", the opening balance
    on a "Stanje prethodnog izvoda" line (the last statement's balance) and the closing one on "Novo
    stanje"."""
    rows = running(M("512.40"), HR_PREVIOUS)
    columns = [
        Column("Datum", 40, lambda r: _dmy(r.date, ".") + "."),
        Column("Opis", 110, lambda r: r.description),
        Column("Isplata", 470, paid_out(continental), right=True),
        Column("Uplata", 550, paid_in(continental), right=True),
    ]
    head = [
        "Dalmatinska banka d.d.",
        "Izvod po tekućem računu za razdoblje 01.10.2025. - 31.10.2025.",
        "ANA KOVAČ",
        "IBAN: HR12 1001 0051 8630 0016 0",
        "Valuta: EUR",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Stanje prethodnog izvoda", continental(balance_before(rows)))],
        below=[_line("Novo stanje", continental(rows[-1].balance))],
        fonts=unicode_fonts,
    )
    _as_drawn(read, rows, account="HR12 1001 0051 8630 0016 0", currency="EUR", running_balance=False)


RO_ASCII = [
    (D(2025, 5, 5), "Plata POS Carrefour Iasi", "-143.20"),
    (D(2025, 5, 12), "Incasare salariu mai", "5400.00"),
    (D(2025, 5, 20), "Transfer catre economii", "-1000.00"),
]


def test_a_romanian_account_printed_without_its_diacritics() -> None:
    """A Romanian account printed without its letters' marks, as statements made without the font do:
    "Data | Descriere | Debit | Credit | Sold", "Sold initial" and "Sold final" lines, "Extras de cont"."""
    rows = running(M("820.15"), RO_ASCII)
    columns = [
        Column("Data", 40, lambda r: _dmy(r.date, ".")),
        Column("Descriere", 110, lambda r: r.description),
        Column("Debit", 410, paid_out(continental), right=True),
        Column("Credit", 485, paid_in(continental), right=True),
        Column("Sold", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Banca Moldovei de Nord S.A.",
        "Extras de cont pentru perioada 01.05.2025 - 31.05.2025",
        "Ioana Popa",
        "IBAN: RO49 AAAA 1B31 0075 9384 0000",
        "Moneda: RON",
    ]
    read = _read(
        head,
        columns,
        rows,
        above=[_line("Sold initial", continental(balance_before(rows)))],
        below=[_line("Sold final", continental(rows[-1].balance))],
    )
    _as_drawn(read, rows, account="RO49 AAAA 1B31 0075 9384 0000", currency="RON")
