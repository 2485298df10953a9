"""Statements of retail banks of France, Italy, Portugal, the Netherlands, Germany, Spain, Poland, Sweden
and Turkey in the forms their banks print that no other test draws: rows dated without a year or twice,
balances brought and carried over pages, totals of the period under the rows, signs after the figures
or in columns of their own, and figures grouped by points, spaces or apostrophes; each read through the
text layer against what was drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    D,
    Drawn,
    Fonts,
    Lines,
    M,
    balance_before,
    continental,
    header,
    read_drawn_pages,
    running,
    spaced,
    totals,
)

DAY = dt.timedelta(days=1)


def _as_drawn(read: RawStatement, rows: Sequence[Drawn], *, running_balance: bool = False) -> None:
    """Asserts the rows as drawn, with their descriptions' lines joined by one space, and the balances
    around them."""
    assert [(t.date, " ".join(t.description.split()), t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in rows
    ]
    if running_balance:
        assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def _cells(*cells: Cell) -> list[Cell]:
    return list(cells)


# ---- French --------------------------------------------------------------------------------------

FR_POSTAL = [
    (D(2025, 2, 14), "PRELEVEMENT DE FREE MOBILE", "-19.99"),
    (D(2025, 2, 17), "CARTE X1234 15/02 MONOPRIX PARIS", "-42.18"),
    (D(2025, 2, 24), "VIREMENT DE CAF DE PARIS", "312.45"),
    (D(2025, 3, 3), "VIREMENT DE SOCIETE GENERALE D ETUDES SALAIRE", "2180.00"),
    (D(2025, 3, 10), "ACHAT CB LEROY MERLIN 08.03.25", "-1249.90"),
]


def test_a_french_postal_account_between_ancien_and_nouveau_solde_with_totals_and_days_without_a_year() -> (
    None
):
    """ "Date | Opérations | Débit (€) | Crédit (€)": each row's day and month only, the year from a period
    that runs over two months; "Ancien solde au" and "Nouveau solde au" dated, their figures in the
    credit column; "Total des opérations" summing each column between them; figures grouped by spaces."""
    rows = running(M("1530.62"), FR_POSTAL)
    out, into = totals(rows)
    lines = header(
        [
            "Banque Postale du Centre",
            "Relevé de vos comptes",
            "M JEAN MARTIN",
            "Relevé n° 2 du 13 février 2025 au 12 mars 2025",
            "Compte Courant Postal n° 1234567X020",
        ]
    )
    lines += [
        _cells(
            (40, "**Date", False),
            (90, "Opérations", False),
            (470, "Débit (€)", True),
            (560, "Crédit (€)", True),
        ),
        _cells((90, "Ancien solde au 12/02/2025", False), (560, spaced(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m"), False), (90, r.description, False), (x, spaced(r.amount), True)
            )
        )
    lines += [
        _cells((90, "Total des opérations", False), (470, spaced(out), True), (560, spaced(into), True)),
        _cells((90, "Nouveau solde au 12/03/2025", False), (560, spaced(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert (read.period_start, read.period_end) == (D(2025, 2, 13), D(2025, 3, 12))


FR_NEW_YEAR = [
    (D(2024, 12, 18), "PRLV SEPA ASSURANCE HABITATION", "-31.50"),
    (D(2024, 12, 23), "CARTE 21/12 FNAC MONTPARNASSE", "-189.00"),
    (D(2024, 12, 31), "INTERETS CREDITEURS", "4.12"),
    (D(2025, 1, 6), "VIREMENT RECU PENSION RETRAITE", "1640.30"),
    (D(2025, 1, 13), "RETRAIT DAB 12.01 LYON", "-80.00"),
]


def test_a_french_account_across_new_year_dated_by_day_and_month_parted_by_points_twice_a_row() -> None:
    """ "Date opé. | Date valeur | Libellé des opérations | Débit | Crédit": both days "18.12" without a
    year in a statement from December to January; "Ancien solde créditeur au" and "Nouveau solde
    créditeur au" with their dates in dots; figures grouped by points."""
    rows = running(M("842.77"), FR_NEW_YEAR)
    out, into = totals(rows)
    lines = header(
        [
            "Caisse Régionale de Crédit Mutuel de l'Est",
            "Mme CLAIRE DUBOIS",
            "Date d'arrêté : 15 janvier 2025",
            "Compte de dépôt n° 00012345601",
        ]
    )
    lines += [
        _cells(
            (40, "**Date opé.", False),
            (90, "Date valeur", False),
            (150, "Libellé des opérations", False),
            (470, "Débit", True),
            (560, "Crédit", True),
        ),
        _cells(
            (150, "Ancien solde créditeur au 15.12.2024", False),
            (560, continental(balance_before(rows)), True),
        ),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m"), False),
                (90, (r.date + DAY).strftime("%d.%m"), False),
                (150, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines += [
        _cells(
            (150, "Total des opérations", False),
            (470, continental(out), True),
            (560, continental(into), True),
        ),
        _cells(
            (150, "Nouveau solde créditeur au 15.01.2025", False), (560, continental(rows[-1].balance), True)
        ),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    # A bank's name of many words is no sentence of a legal notice; "compte de dépôt" is a current account.
    assert read.institution == "Caisse Régionale de Crédit Mutuel de l'Est"
    assert (read.holder_name, read.account_number) == ("Mme CLAIRE DUBOIS", "00012345601")
    assert read.account_type == "CHEQUING"


# ---- Italian -------------------------------------------------------------------------------------

IT_QUARTER = [
    (D(2025, 1, 8), "PAGAMENTO POS ESSELUNGA MILANO", "-86.40"),
    (D(2025, 1, 27), "BONIFICO A VOSTRO FAVORE STIPENDIO GENNAIO", "1985.00"),
    (D(2025, 2, 3), "ADDEBITO SDD ENEL ENERGIA", "-112.37"),
    (D(2025, 2, 27), "BONIFICO A VOSTRO FAVORE STIPENDIO FEBBRAIO", "1985.00"),
    (D(2025, 3, 14), "PRELIEVO BANCOMAT", "-250.00"),
    (D(2025, 3, 31), "COMPETENZE DI CHIUSURA", "-6.50"),
]


def test_an_italian_account_over_a_quarter_between_saldo_iniziale_and_finale_rows_with_two_digit_years() -> (
    None
):
    """ "Data contabile | Data valuta | Descrizione operazione | Dare | Avere", both days "08/01/25";
    "SALDO INIZIALE" and "SALDO FINALE" rows in the avere column, "TOTALE MOVIMENTI" summing each column
    before the last."""
    rows = running(M("3204.15"), IT_QUARTER)
    out, into = totals(rows)
    lines = header(
        [
            "Banca Popolare della Brianza",
            "Estratto conto corrente dal 01/01/2025 al 31/03/2025",
            "Intestato a: ROSSI MARIO",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    lines += [
        _cells(
            (40, "**Data contabile", False),
            (110, "Data valuta", False),
            (170, "Descrizione operazione", False),
            (470, "Dare", True),
            (560, "Avere", True),
        ),
        _cells(
            (40, "01/01/25", False),
            (170, "SALDO INIZIALE", False),
            (560, continental(balance_before(rows)), True),
        ),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%y"), False),
                (110, r.date.strftime("%d/%m/%y"), False),
                (170, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines += [
        _cells(
            (170, "TOTALE MOVIMENTI", False), (470, continental(out), True), (560, continental(into), True)
        ),
        _cells(
            (40, "31/03/25", False), (170, "SALDO FINALE", False), (560, continental(rows[-1].balance), True)
        ),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert read.currency == "EUR"


# ---- Portuguese ----------------------------------------------------------------------------------

PT_MARCH = [
    (D(2025, 3, 3), "TRF P/ JOAO SILVA RENDA", "-650.00"),
    (D(2025, 3, 5), "COMPRA 4321 PINGO DOCE LISBOA", "-54.32"),
    (D(2025, 3, 10), "TRF DE EMPRESA XYZ LDA ORDENADO", "1420.00"),
    (D(2025, 3, 18), "LEVANTAMENTO ATM MULTIBANCO", "-100.00"),
    (D(2025, 3, 25), "COMISSAO MANUTENCAO CONTA", "-5.20"),
]


def test_a_portuguese_account_dated_by_month_and_day_of_the_period_between_saldo_inicial_and_final() -> None:
    """ "DATA LANC. | DATA VALOR | DESCRITIVO | DÉBITO | CRÉDITO | SALDO": each day "3.03" without a year
    (day and month parted by a point), "SALDO INICIAL" opening the table and "SALDO FINAL" closing it
    with a running balance; figures grouped by spaces."""
    rows = running(M("2315.40"), PT_MARCH)
    lines = header(
        [
            "Banco Comercial do Tejo",
            "EXTRATO DE CONTA",
            "MARIA SANTOS FERREIRA",
            "PERÍODO DE 2025/03/01 A 2025/03/31",
            "CONTA N.º 45289971234",
        ]
    )
    lines += [
        _cells(
            (40, "**DATA LANC.", False),
            (100, "DATA VALOR", False),
            (160, "DESCRITIVO", False),
            (400, "DÉBITO", True),
            (480, "CRÉDITO", True),
            (560, "SALDO", True),
        ),
        _cells((160, "SALDO INICIAL", False), (560, spaced(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 400 if r.amount < 0 else 480
        day = f"{r.date.day}.{r.date.month:02d}"
        lines.append(
            _cells(
                (40, day, False),
                (100, day, False),
                (160, r.description, False),
                (x, spaced(r.amount), True),
                (560, spaced(r.balance), True),
            )
        )
    lines.append(_cells((160, "SALDO FINAL", False), (560, spaced(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, running_balance=True)


# ---- Dutch ---------------------------------------------------------------------------------------

NL_MARCH = [
    (D(2025, 3, 3), "Albert Heijn 1403 Utrecht", "-67.85"),
    (D(2025, 3, 4), "Salaris maart Bouwbedrijf De Vries BV", "2845.00"),
    (D(2025, 3, 10), "Huur maart Woonstichting", "-1125.00"),
    (D(2025, 3, 17), "Tikkie van P. Jansen", "23.50"),
    (D(2025, 3, 24), "Zorgverzekering premie", "-148.20"),
]


def test_a_dutch_account_dated_day_month_with_dashes_between_beginsaldo_and_eindsaldo_and_a_totaal() -> None:
    """ "Datum | Omschrijving | Bedrag af | Bedrag bij": rows "03-03" without a year, the period "van
    01-03-2025 t/m 31-03-2025"; "Beginsaldo" above the table, "Totaal" of each column and "Eindsaldo"
    under it."""
    rows = running(M("1312.44"), NL_MARCH)
    out, into = totals(rows)
    lines = header(
        [
            "Coöperatieve Spaarbank Noord",
            "Rekeningafschrift",
            "Dhr. W. de Boer",
            "Periode van 01-03-2025 t/m 31-03-2025",
            "Rekeningnummer NL91 ABNA 0417 1643 00",
        ]
    )
    lines += [
        _cells((40, "Beginsaldo", False), (560, continental(balance_before(rows)), True)),
        [],
        _cells(
            (40, "**Datum", False),
            (100, "Omschrijving", False),
            (470, "Bedrag af", True),
            (560, "Bedrag bij", True),
        ),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d-%m"), False),
                (100, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines += [
        _cells((100, "Totaal", False), (470, continental(out), True), (560, continental(into), True)),
        _cells((40, "Eindsaldo", False), (560, continental(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert read.account_number == "NL91 ABNA 0417 1643 00"
    assert read.holder_name == "Dhr. W. de Boer"  # the particle between the name's parts printed small


# ---- German --------------------------------------------------------------------------------------

DE_POSTAL = [
    (D(2025, 3, 3), "Lastschrift Stadtwerke Bonn Abschlag", "-78.00"),
    (D(2025, 3, 5), "Kartenzahlung REWE Markt GmbH", "-54.21"),
    (D(2025, 3, 28), "Gutschrift Lohn/Gehalt Muster GmbH", "2950.00"),
    (D(2025, 3, 31), "Dauerauftrag Miete", "-1150.00"),
]


def test_a_german_account_dating_each_row_buchung_slash_wert_in_one_column_without_a_year() -> None:
    """ "Buchung/Wert | Vorgang/Buchungsinformation | Soll | Haben": each row "03.03./04.03." (booking and
    value day in one cell, no year), money out with a minus and a space, money in with a plus; "Alter
    Kontostand" and "Neuer Kontostand" lines with a signed figure."""
    rows = running(M("845.30"), DE_POSTAL)
    lines = header(
        [
            "Bundespostbank Filiale Köln",
            "Kontoauszug: Girokonto",
            "Auszug 3 vom 01.03.2025 bis 31.03.2025",
            "IBAN DE89 3704 0044 0532 0130 00",
            "Herrn Peter Schmidt",
        ]
    )
    lines += [
        _cells((40, "Alter Kontostand", False), (560, "+ " + continental(balance_before(rows)), True)),
        [],
        _cells(
            (40, "**Buchung/Wert", False),
            (120, "Vorgang/Buchungsinformation", False),
            (470, "Soll", True),
            (560, "Haben", True),
        ),
    ]
    for r in rows:
        cell = (
            (470, "- " + continental(r.amount), True)
            if r.amount < 0
            else (560, "+ " + continental(r.amount), True)
        )
        dates = r.date.strftime("%d.%m.") + "/" + (r.date + DAY).strftime("%d.%m.")
        lines.append(_cells((40, dates, False), (120, r.description, False), cell))
    lines.append(_cells((40, "Neuer Kontostand", False), (560, "+ " + continental(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


def test_a_german_account_with_a_trailing_sign_after_every_amount_between_kontostand_am_lines() -> None:
    """ "Datum | Erläuterung | Betrag": each amount followed by its sign ("54,21-", "2.950,00+"); the
    opening balance "Kontostand am 28.02.2025, Auszug Nr. 2" and the closing one "Kontostand am
    31.03.2025 um 20:15 Uhr"."""
    rows = running(M("845.30"), DE_POSTAL)
    lines = header(
        [
            "Kreissparkasse Rhein-Sieg",
            "Girokonto 1234567890, IBAN DE12 3705 0299 1234 5678 90",
            "Kontoauszug 3/2025 Blatt 1",
            "Herrn Peter Schmidt",
        ]
    )
    lines += [
        _cells((40, "**Datum", False), (100, "Erläuterung", False), (560, "Betrag", True)),
        _cells(
            (40, "Kontostand am 28.02.2025, Auszug Nr. 2", False),
            (560, continental(balance_before(rows)), True),
        ),
    ]
    for r in rows:
        sign = "-" if r.amount < 0 else "+"
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (100, r.description, False),
                (560, continental(r.amount) + sign, True),
            )
        )
    lines.append(
        _cells(
            (40, "Kontostand am 31.03.2025 um 20:15 Uhr", False), (560, continental(rows[-1].balance), True)
        )
    )
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


# ---- Spanish -------------------------------------------------------------------------------------

ES_MARCH = [
    (D(2025, 3, 3), "RECIBO IBERDROLA CLIENTES", "-64.12"),
    (D(2025, 3, 5), "COMPRA TARJ. 5402 MERCADONA VALENCIA", "-83.45"),
    (D(2025, 3, 10), "TRANSFERENCIA DE NOMINA EMPRESA SL", "1890.00"),
    (D(2025, 3, 14), "BIZUM DE LAURA GOMEZ", "25.00"),
    (D(2025, 3, 20), "RETIRADA EFECTIVO CAJERO", "-150.00"),
    (D(2025, 3, 27), "ADEUDO SEGURO HOGAR", "-22.90"),
]


def test_a_spanish_account_over_two_pages_carried_by_suma_y_sigue_with_days_without_a_year() -> None:
    """ "F.OPER. | F.VALOR | CONCEPTO | IMPORTE | SALDO": days "03/03" without a year, the year in the
    title "EXTRACTO DE MARZO 2025"; "SALDO ANTERIOR" opening the table, "SUMA Y SIGUE" closing the first
    page with the running balance and "SUMA ANTERIOR" opening the second."""
    rows = running(M("1204.33"), ES_MARCH)

    def figure(value: M) -> str:
        return ("-" if value < 0 else "") + continental(value)

    def row(r: Drawn) -> list[Cell]:
        return _cells(
            (40, r.date.strftime("%d/%m"), False),
            (90, (r.date + DAY).strftime("%d/%m"), False),
            (140, r.description, False),
            (470, figure(r.amount), True),
            (560, figure(r.balance), True),
        )

    titles = _cells(
        (40, "**F.OPER.", False),
        (90, "F.VALOR", False),
        (140, "CONCEPTO", False),
        (470, "IMPORTE", True),
        (560, "SALDO", True),
    )
    head = header(
        [
            "Banco del Turia",
            "EXTRACTO DE MARZO 2025",
            "D. ANTONIO RUIZ LOPEZ",
            "IBAN ES76 0081 0200 1000 0123 4567",
        ]
    )
    first = [*head, titles, _cells((140, "SALDO ANTERIOR", False), (560, figure(balance_before(rows)), True))]
    first += [row(r) for r in rows[:3]] + [
        _cells((140, "SUMA Y SIGUE", False), (560, figure(rows[2].balance), True))
    ]
    second = [*head, titles, _cells((140, "SUMA ANTERIOR", False), (560, figure(rows[2].balance), True))]
    second += [row(r) for r in rows[3:]]
    read = read_drawn_pages([first, second])
    _as_drawn(read, rows, running_balance=True)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


# ---- carried over pages, grouped by no-break spaces, signed after the figure ---------------------

NBSP = "\u00a0"


def test_a_french_account_grouping_thousands_by_a_no_break_space_with_labels_over_two_lines() -> None:
    """Figures "1 249,90" whose space is a no-break one, as French word processors print them; each
    label's second line under the first, the money on the first."""
    rows = running(M("11530.62"), FR_POSTAL)
    out, into = totals(rows)

    def fig(value: M) -> str:
        return spaced(value).replace(" ", NBSP)

    lines = header(
        [
            "Banque de Savoie",
            "Relevé de compte du 13/02/2025 au 12/03/2025",
            "M JEAN MARTIN",
            "N° de compte 00012345678",
        ]
    )
    lines += [
        _cells(
            (40, "**Date", False),
            (90, "Valeur", False),
            (150, "Libellé", False),
            (470, "Débit", True),
            (560, "Crédit", True),
        ),
        _cells((150, "Ancien solde", False), (560, fig(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m"), False),
                (90, r.date.strftime("%d/%m"), False),
                (150, r.description, False),
                (x, fig(r.amount), True),
            )
        )
        lines.append(_cells((150, "REF 000" + r.date.strftime("%d%m"), False)))
    lines += [
        _cells((150, "Total des opérations", False), (470, fig(out), True), (560, fig(into), True)),
        _cells((150, "Nouveau solde", False), (560, fig(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert [" ".join(t.description.split()) for t in read.transactions] == [
        r.description + " REF 000" + r.date.strftime("%d%m") for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_french_account_carrying_its_column_totals_over_the_page_a_reporter_and_report() -> None:
    """Two pages: the first closes on "Total à reporter" of the debits and the credits so far, the
    second opens on "Report" of the same sums; neither is a balance nor a row."""
    rows = running(M("1530.62"), FR_POSTAL)
    out, into = totals(rows[:3])
    titles = _cells(
        (40, "**Date", False), (90, "Libellé", False), (470, "Débit", True), (560, "Crédit", True)
    )
    head = header(
        [
            "Banque de Savoie",
            "Relevé de compte du 13/02/2025 au 12/03/2025",
            "M JEAN MARTIN",
            "N° de compte 00012345678",
        ]
    )

    def row(r: Drawn) -> list[Cell]:
        x = 470 if r.amount < 0 else 560
        return _cells(
            (40, r.date.strftime("%d/%m/%Y"), False),
            (90, r.description, False),
            (x, continental(r.amount), True),
        )

    first = [
        *head,
        titles,
        _cells((90, "Ancien solde au 12/02/2025", False), (560, continental(balance_before(rows)), True)),
    ]
    first += [row(r) for r in rows[:3]]
    first.append(
        _cells((90, "Total à reporter", False), (470, continental(out), True), (560, continental(into), True))
    )
    second = [
        *head,
        titles,
        _cells((90, "Report", False), (470, continental(out), True), (560, continental(into), True)),
    ]
    second += [row(r) for r in rows[3:]]
    all_out, all_in = totals(rows)
    second += [
        _cells(
            (90, "Total des opérations", False),
            (470, continental(all_out), True),
            (560, continental(all_in), True),
        ),
        _cells((90, "Nouveau solde au 12/03/2025", False), (560, continental(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([first, second])
    _as_drawn(read, rows)


def test_a_german_account_with_s_and_h_after_every_figure_carried_by_ubertrag_over_two_pages() -> None:
    """ "Bu-Tag | Wert | Vorgang | Betrag EUR": days "03.03." without a year, every figure followed by S
    or H; "alter Kontostand vom 28.02.2025" and "neuer Kontostand vom 31.03.2025", the balance carried
    "Übertrag auf Blatt 2" and "Übertrag von Blatt 1"."""
    rows = running(M("845.30"), DE_POSTAL)

    def fig(value: M) -> str:
        return continental(value) + (" S" if value < 0 else " H")

    titles = _cells(
        (40, "**Bu-Tag", False), (90, "Wert", False), (140, "Vorgang", False), (560, "Betrag EUR", True)
    )
    head = header(
        [
            "Volksbank Mittelhessen eG",
            "Kontoauszug 3/2025",
            "Herrn Peter Schmidt",
            "IBAN DE02 5139 0000 0012 3456 78",
        ]
    )

    def row(r: Drawn) -> list[Cell]:
        return _cells(
            (40, r.date.strftime("%d.%m."), False),
            (90, r.date.strftime("%d.%m."), False),
            (140, r.description, False),
            (560, fig(r.amount), True),
        )

    first = [
        *head,
        _cells((140, "alter Kontostand vom 28.02.2025", False), (560, fig(balance_before(rows)), True)),
        titles,
    ]
    first += [row(r) for r in rows[:2]] + [
        _cells((140, "Übertrag auf Blatt 2", False), (560, fig(rows[1].balance), True))
    ]
    second = [*head, titles, _cells((140, "Übertrag von Blatt 1", False), (560, fig(rows[1].balance), True))]
    second += [row(r) for r in rows[2:]] + [
        _cells((140, "neuer Kontostand vom 31.03.2025", False), (560, fig(rows[-1].balance), True))
    ]
    read = read_drawn_pages([first, second])
    _as_drawn(read, rows)


PL_MARCH = [
    (D(2025, 3, 3), "PRZELEW PRZYCHODZĄCY WYNAGRODZENIE", "7240.00"),
    (D(2025, 3, 4), "PŁATNOŚĆ KARTĄ LIDL WARSZAWA", "-134.56"),
    (D(2025, 3, 11), "PRZELEW BLIK NA TELEFON", "-50.00"),
    (D(2025, 3, 20), "ZLECENIE STAŁE CZYNSZ", "-1850.00"),
]


def test_a_polish_account_stacking_the_operation_and_currency_dates_in_one_column(
    unicode_fonts: Fonts,
) -> None:
    """ "Data operacji / Data waluty" over one column, the operation's day over the value day; "Saldo
    otwarcia" and "Saldo zamknięcia" lines."""
    rows = running(M("2312.07"), PL_MARCH)

    def fig(value: M) -> str:
        return ("-" if value < 0 else "") + spaced(value)

    lines = header(
        [
            "Bank Pocztowy Wschód S.A.",
            "Wyciąg z rachunku nr 3/2025",
            "Okres: 01.03.2025 - 31.03.2025",
            "Anna Nowak",
            "Nr rachunku 12 1020 1026 0000 1102 0123 4567",
        ]
    )
    lines += [
        _cells((40, "Saldo otwarcia", False), (560, fig(balance_before(rows)) + " PLN", True)),
        [],
        _cells(
            (40, "**Data operacji", False),
            (120, "Opis transakcji", False),
            (470, "Kwota", True),
            (560, "Saldo po transakcji", True),
        ),
        _cells((40, "Data waluty", False)),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (120, r.description, False),
                (470, fig(r.amount), True),
                (560, fig(r.balance), True),
            )
        )
        lines.append(_cells((40, (r.date + DAY).strftime("%d.%m.%Y"), False)))
    lines.append(_cells((40, "Saldo zamknięcia", False), (560, fig(rows[-1].balance) + " PLN", True)))
    read = read_drawn_pages([lines], unicode_fonts)
    _as_drawn(read, rows, running_balance=True)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


SE_MARCH = [
    (D(2025, 3, 3), "LÖN", "28450.00"),
    (D(2025, 3, 4), "HYRA", "-9800.00"),
    (D(2025, 3, 7), "ICA KVANTUM", "-1245.60"),
    (D(2025, 3, 12), "SWISH ERIK L", "350.00"),
]


def test_a_swedish_account_with_the_ledger_day_before_the_transaction_day() -> None:
    """ "Reskontradatum | Transaktionsdatum | Text | Belopp | Saldo": the day booked first, the day of the
    transaction second; the row is dated by the transaction."""
    rows = running(M("5320.15"), SE_MARCH)
    lines = header(
        [
            "Handelsbanken Norr",
            "Kontoutdrag 2025-03-01 - 2025-03-31",
            "Sofia Bergström",
            "Kontonummer 6123 123 456 789",
        ]
    )
    lines += [
        _cells(
            (40, "**Reskontradatum", False),
            (120, "Transaktionsdatum", False),
            (210, "Text", False),
            (470, "Belopp", True),
            (560, "Saldo", True),
        ),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, (r.date + DAY).isoformat(), False),
                (120, r.date.isoformat(), False),
                (210, r.description, False),
                (470, ("-" if r.amount < 0 else "") + spaced(r.amount), True),
                (560, spaced(r.balance), True),
            )
        )
    read = read_drawn_pages([lines])
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.balance) for r in rows
    ]


TR_MARCH = [
    (D(2025, 3, 3), "MAAŞ ÖDEMESİ", "42500.00"),
    (D(2025, 3, 5), "KİRA ÖDEMESİ", "-15000.00"),
    (D(2025, 3, 11), "POS MİGROS", "-1843.75"),
]


def test_a_turkish_account_between_onceki_bakiye_and_donem_sonu_bakiye(unicode_fonts: Fonts) -> None:
    """ "Önceki Dönem Bakiyesi" opening the table and "Dönem Sonu Bakiyesi" closing it; the period a month
    in words."""
    rows = running(M("8120.35"), TR_MARCH)
    lines = header(
        [
            "Marmara Bankası A.Ş.",
            "Hesap Özeti",
            "Dönem: Mart 2025",
            "Elif Şahin",
            "IBAN: TR33 0006 1005 1978 6457 8413 26",
        ]
    )
    lines += [
        _cells((40, "**Tarih", False), (100, "Açıklama", False), (470, "Tutar", True), (560, "Bakiye", True)),
        _cells((100, "Önceki Dönem Bakiyesi", False), (560, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (100, r.description, False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    lines.append(_cells((100, "Dönem Sonu Bakiyesi", False), (560, continental(rows[-1].balance), True)))
    read = read_drawn_pages([lines], unicode_fonts)
    _as_drawn(read, rows, running_balance=True)


# ---- more forms ----------------------------------------------------------------------------------


def test_a_spanish_online_account_listing_its_latest_movements_first() -> None:
    """Newest first: "Fecha | Fecha valor | Concepto | Importe | Saldo", the balance after each row."""
    rows = running(M("1204.33"), ES_MARCH)

    def figure(value: M) -> str:
        return ("-" if value < 0 else "") + continental(value) + " EUR"

    lines = header(
        [
            "Banco del Turia",
            "Movimientos de la cuenta",
            "Desde 01/03/2025 hasta 31/03/2025",
            "D. ANTONIO RUIZ LOPEZ",
            "IBAN ES76 0081 0200 1000 0123 4567",
        ]
    )
    lines.append(
        _cells(
            (40, "**Fecha", False),
            (100, "Fecha valor", False),
            (160, "Concepto", False),
            (470, "Importe", True),
            (560, "Saldo", True),
        )
    )
    for r in reversed(rows):
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, r.date.strftime("%d/%m/%Y"), False),
                (160, r.description, False),
                (470, figure(r.amount), True),
                (560, figure(r.balance), True),
            )
        )
    read = read_drawn_pages([lines])
    assert sorted((t.date, t.description, t.amount) for t in read.transactions) == sorted(
        (r.date, r.description, r.amount) for r in rows
    )
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


MONTHS = {
    "fr": ["janv.", "févr.", "mars"],
    "it": ["gen", "feb", "mar"],
    "es": ["ene", "feb", "mar"],
    "pt": ["jan", "fev", "mar"],
    "de": ["Jan.", "Feb.", "März"],
    "nl": ["jan", "feb", "mrt"],
}
HEADS = {
    "fr": ("Date", "Libellé", "Débit", "Crédit", "Solde", "Relevé de compte du 01/01/2025 au 31/03/2025"),
    "it": ("Data", "Descrizione", "Dare", "Avere", "Saldo", "Estratto conto dal 01/01/2025 al 31/03/2025"),
    "es": ("Fecha", "Concepto", "Cargos", "Abonos", "Saldo", "Extracto desde 01/01/2025 hasta 31/03/2025"),
    "pt": ("Data", "Descritivo", "Débito", "Crédito", "Saldo", "Extrato de 01/01/2025 a 31/03/2025"),
    "de": ("Datum", "Buchungstext", "Soll", "Haben", "Saldo", "Kontoauszug vom 01.01.2025 bis 31.03.2025"),
    "nl": ("Datum", "Omschrijving", "Af", "Bij", "Saldo", "Rekeningafschrift van 01-01-2025 t/m 31-03-2025"),
}
QUARTER = [
    (D(2025, 1, 8), "PAYMENT ONE", "-86.40"),
    (D(2025, 1, 27), "SALARY TWO", "1985.00"),
    (D(2025, 2, 3), "DIRECT DEBIT THREE", "-112.37"),
    (D(2025, 3, 14), "CASH FOUR", "-250.00"),
]


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_rows_dated_by_day_and_the_months_abbreviation_without_a_year(language: str) -> None:
    """Rows dated "08 janv.", "08 gen", "08 Jan.", "08 mrt" in each language's abbreviations, the year
    only in the period."""
    rows = running(M("3204.15"), QUARTER)
    date_h, desc_h, out_h, in_h, bal_h, period = HEADS[language]
    lines = header(["Bank", period, "IBAN DE89 3704 0044 0532 0130 00"])
    lines.append(
        _cells(
            (40, "**" + date_h, False),
            (100, desc_h, False),
            (380, out_h, True),
            (470, in_h, True),
            (560, bal_h, True),
        )
    )
    for r in rows:
        day = f"{r.date.day:02d} {MONTHS[language][r.date.month - 1]}"
        x = 380 if r.amount < 0 else 470
        lines.append(
            _cells(
                (40, day, False),
                (100, r.description, False),
                (x, continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, running_balance=True)


CH_MARCH = [
    (D(2025, 3, 3), "Einkauf Migros Zürich", "-84.35"),
    (D(2025, 3, 7), "Gutschrift Lohn", "6250.00"),
    (D(2025, 3, 10), "Dauerauftrag Miete", "-2150.00"),
    (D(2025, 3, 21), "Bezug Bancomat", "-200.00"),
]


@pytest.mark.parametrize("total", ["Umsatztotal", "Total"])
def test_a_swiss_account_with_valuta_after_its_money_and_a_saldovortrag_and_umsatztotal(total: str) -> None:
    """ "Datum | Text | Belastung | Gutschrift | Valuta | Saldo" with apostrophes; "Saldovortrag" over the
    rows, "Umsatztotal" (or "Total") of each column and "Kontostand per" under them; the holder under
    the account's title "Privatkonto CHF"."""
    rows = running(M("1234.50"), CH_MARCH)
    out, into = totals(rows)

    def fig(value: M) -> str:
        return f"{abs(value):,.2f}".replace(",", "'")

    lines = header(
        [
            "Zürcher Landbank",
            "Kontoauszug 01.03.2025 - 31.03.2025",
            "Privatkonto CHF",
            "IBAN CH93 0076 2011 6238 5295 7",
            "Frau Anna Meier",
        ]
    )
    lines += [
        _cells(
            (40, "**Datum", False),
            (100, "Text", False),
            (360, "Belastung", True),
            (430, "Gutschrift", True),
            (440, "Valuta", False),
            (560, "Saldo", True),
        ),
        _cells((100, "Saldovortrag", False), (560, fig(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 360 if r.amount < 0 else 430
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%y"), False),
                (100, r.description, False),
                (x, fig(r.amount), True),
                (440, r.date.strftime("%d.%m.%y"), False),
                (560, fig(r.balance), True),
            )
        )
    lines += [
        _cells((100, total, False), (360, fig(out), True), (430, fig(into), True)),
        _cells((100, "Kontostand per 31.03.2025", False), (560, fig(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, running_balance=True)
    assert read.currency == "CHF"
    assert read.holder_name == "Frau Anna Meier"  # not "Privatkonto CHF", the account's title above it


def test_a_dutch_account_between_vorig_and_nieuw_saldo_with_totals_bij_and_af_as_labelled_lines() -> None:
    """ "Boekdatum | Omschrijving | Bedrag", each amount followed by + or -; under the rows "Vorig saldo",
    "Totaal bij", "Totaal af" and "Nieuw saldo" as labelled lines."""
    rows = running(M("1312.44"), NL_MARCH)
    out, into = totals(rows)
    lines = header(
        [
            "Nederlandse Volksbank",
            "Afschrift 3 van 01-03-2025 t/m 31-03-2025",
            "Mevr. A. Visser",
            "NL02 ABNA 0123 4567 89",
        ]
    )
    lines += [
        _cells((40, "**Boekdatum", False), (110, "Omschrijving", False), (560, "Bedrag", True)),
    ]
    for r in rows:
        sign = "-" if r.amount < 0 else "+"
        lines.append(
            _cells(
                (40, r.date.strftime("%d-%m-%Y"), False),
                (110, r.description, False),
                (560, continental(r.amount) + " " + sign, True),
            )
        )
    lines += [
        [],
        _cells((40, "Vorig saldo", False), (560, continental(balance_before(rows)) + " +", True)),
        _cells((40, "Totaal bij", False), (560, continental(into) + " +", True)),
        _cells((40, "Totaal af", False), (560, continental(out) + " -", True)),
        _cells((40, "Nieuw saldo", False), (560, continental(rows[-1].balance) + " +", True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


DE_OVERDRAWN = [
    (D(2025, 3, 3), "Lastschrift Stadtwerke", "-78.00"),
    (D(2025, 3, 5), "Kartenzahlung REWE", "-254.21"),
    (D(2025, 3, 28), "Gutschrift Gehalt", "950.00"),
    (D(2025, 3, 31), "Dauerauftrag Miete", "-1150.00"),
]


def test_a_german_account_overdrawn_with_a_minus_after_its_balances_in_soll_eur_and_haben_eur() -> None:
    """ "Soll EUR | Haben EUR | Saldo EUR", the overdrawn balance with a minus after it; "Alter Saldo" and
    "Neuer Saldo" rows."""
    rows = running(M("-123.40"), DE_OVERDRAWN)

    def fig(value: M) -> str:
        return continental(value) + ("-" if value < 0 else "")

    lines = header(
        [
            "Sparda-Bank Südwest eG",
            "Kontoauszug Nr. 3 vom 01.03.2025 bis 31.03.2025",
            "Herrn Karl Weber",
            "IBAN DE44 5001 0517 5407 3249 31",
        ]
    )
    lines += [
        _cells(
            (40, "**Buchungstag", False),
            (110, "Valuta", False),
            (170, "Vorgang", False),
            (380, "Soll EUR", True),
            (470, "Haben EUR", True),
            (560, "Saldo EUR", True),
        ),
        _cells((170, "Alter Saldo", False), (560, fig(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 380 if r.amount < 0 else 470
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (110, r.date.strftime("%d.%m.%Y"), False),
                (170, r.description, False),
                (x, continental(r.amount), True),
                (560, fig(r.balance), True),
            )
        )
    lines.append(_cells((170, "Neuer Saldo", False), (560, fig(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, running_balance=True)


def test_a_french_account_summed_up_in_a_box_over_its_rows() -> None:
    """A box of "Solde au .. | Total débits | Total crédits | Solde au .." over its figures above the table,
    the money columns headed "Débit €" and "Crédit €"."""
    rows = running(M("1530.62"), FR_POSTAL)
    out, into = totals(rows)
    lines = header(
        [
            "Banque de Savoie",
            "Relevé de compte du 13/02/2025 au 12/03/2025",
            "M JEAN MARTIN",
            "N° de compte 00012345678",
        ]
    )
    lines += [
        _cells(
            (40, "**Solde au 12/02/2025", False),
            (200, "Total débits", False),
            (320, "Total crédits", False),
            (440, "Solde au 12/03/2025", False),
        ),
        _cells(
            (40, spaced(balance_before(rows)) + " €", False),
            (200, spaced(out) + " €", False),
            (320, spaced(into) + " €", False),
            (440, spaced(rows[-1].balance) + " €", False),
        ),
        [],
        _cells(
            (40, "**Date", False), (100, "Libellé", False), (470, "Débit €", True), (560, "Crédit €", True)
        ),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, r.description, False),
                (x, spaced(r.amount), True),
            )
        )
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


# ---- balances owed, years given once, sides in words ---------------------------------------------

FR_OVERDRAWN = [
    (D(2025, 2, 14), "PRELEVEMENT DE FREE MOBILE", "-19.99"),
    (D(2025, 2, 17), "CARTE X1234 15/02 MONOPRIX PARIS", "-42.18"),
    (D(2025, 2, 24), "VIREMENT DE CAF DE PARIS", "312.45"),
    (D(2025, 3, 10), "ACHAT CB LEROY MERLIN 08.03.25", "-449.90"),
]


def test_a_french_account_overdrawn_between_solde_debiteur_lines_in_the_debit_column() -> None:
    """ "SOLDE DEBITEUR AU" before and after the rows, each figure in the debit column: the balances
    are owed."""
    rows = running(M("-130.62"), FR_OVERDRAWN)
    out, into = totals(rows)
    lines = header(
        [
            "Banque de Savoie",
            "Relevé de compte du 13/02/2025 au 12/03/2025",
            "M JEAN MARTIN",
            "N° de compte 00012345678",
        ]
    )
    lines += [
        _cells((40, "**Date", False), (90, "Libellé", False), (470, "Débit", True), (560, "Crédit", True)),
        _cells((90, "SOLDE DEBITEUR AU 12/02/2025", False), (470, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m"), False),
                (90, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines += [
        _cells(
            (90, "TOTAL DES OPERATIONS", False), (470, continental(out), True), (560, continental(into), True)
        ),
        _cells((90, "SOLDE DEBITEUR AU 12/03/2025", False), (470, continental(rows[-1].balance), True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


def test_an_italian_account_whose_saldo_iniziale_stands_in_the_dare_column_overdrawn() -> None:
    """The opening balance in the dare column, owed to the bank; the closing one in avere, back in credit."""
    rows = running(M("-230.15"), IT_QUARTER)
    _out, _into = totals(rows)
    lines = header(
        [
            "Banca Popolare della Brianza",
            "Estratto conto corrente dal 01/01/2025 al 31/03/2025",
            "Intestato a: ROSSI MARIO",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    lines += [
        _cells(
            (40, "**Data", False),
            (100, "Valuta", False),
            (170, "Descrizione", False),
            (470, "Dare", True),
            (560, "Avere", True),
        ),
        _cells((170, "SALDO INIZIALE", False), (470, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (100, r.date.strftime("%d.%m.%Y"), False),
                (170, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    end = rows[-1].balance
    lines.append(_cells((170, "SALDO FINALE", False), ((470 if end < 0 else 560), continental(end), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


def test_a_german_account_dated_by_day_and_month_whose_year_only_the_statements_number_gives() -> None:
    """ "Kontoauszug Nr. 3/2025" the only year printed; rows "03.03." in Bu-Tag and Wert; "alter" and
    "neuer Kontostand" undated."""
    rows = running(M("845.30"), DE_POSTAL)
    lines = header(
        ["Volksbank Mittelhessen eG", "Kontoauszug Nr. 3/2025", "Herrn Peter Schmidt", "Kontonummer 12345678"]
    )
    lines += [
        _cells(
            (40, "**Bu-Tag", False),
            (90, "Wert", False),
            (140, "Vorgang", False),
            (470, "Soll", True),
            (560, "Haben", True),
        ),
        _cells((140, "alter Kontostand", False), (560, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m."), False),
                (90, r.date.strftime("%d.%m."), False),
                (140, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines.append(_cells((140, "neuer Kontostand", False), (560, continental(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


def test_a_dutch_account_with_an_af_bij_column_and_the_kind_of_each_booking_after_the_amount() -> None:
    """ "Datum | Naam / Omschrijving | Af Bij | Bedrag (EUR) | Mutatiesoort": the side in words before the
    unsigned amount, the kind of booking after it; "Vorig saldo" and "Nieuw saldo" marked "Bij"."""
    rows = running(M("1312.44"), NL_MARCH)
    lines = header(
        [
            "Nederlandse Volksbank",
            "Afschrift van 01-03-2025 t/m 31-03-2025",
            "Mevr. A. Visser",
            "Rekening NL91 ABNA 0417 1643 00",
        ]
    )
    lines += [
        _cells(
            (40, "Vorig saldo", False), (400, continental(balance_before(rows)), True), (410, "Bij", False)
        ),
        [],
        _cells(
            (40, "**Datum", False),
            (100, "Naam / Omschrijving", False),
            (290, "Af Bij", False),
            (400, "Bedrag (EUR)", True),
            (410, "Mutatiesoort", False),
        ),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d-%m-%Y"), False),
                (100, r.description, False),
                (290, "Af" if r.amount < 0 else "Bij", False),
                (400, continental(r.amount), True),
                (410, "Betaalautomaat" if r.amount < 0 else "Overschrijving", False),
            )
        )
    lines += [
        [],
        _cells((40, "Nieuw saldo", False), (400, continental(rows[-1].balance), True), (410, "Bij", False)),
    ]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_spanish_account_between_saldo_a_lines_dated_before_and_after_the_rows() -> None:
    """ "Saldo a 28/02/2025" over the table and "Saldo a 31/03/2025" under it, the euro sign after each;
    "Cargo | Abono | Saldo"; the holder after "Titular:"."""
    rows = running(M("1204.33"), ES_MARCH)
    lines = header(
        [
            "Banco del Turia",
            "Extracto de movimientos",
            "Del 01/03/2025 al 31/03/2025",
            "Titular: ANTONIO RUIZ LOPEZ",
            "Cuenta: ES76 0081 0200 1000 0123 4567",
        ]
    )
    lines += [
        _cells((40, "Saldo a 28/02/2025", False), (560, continental(balance_before(rows)) + " €", True)),
        [],
        _cells(
            (40, "**Fecha", False),
            (100, "Concepto", False),
            (380, "Cargo", True),
            (470, "Abono", True),
            (560, "Saldo", True),
        ),
    ]
    for r in rows:
        x = 380 if r.amount < 0 else 470
        lines.append(
            _cells(
                (40, r.date.strftime("%d-%m-%Y"), False),
                (100, r.description, False),
                (x, continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    lines += [
        [],
        _cells((40, "Saldo a 31/03/2025", False), (560, continental(rows[-1].balance) + " €", True)),
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, running_balance=True)
    assert read.holder_name == "ANTONIO RUIZ LOPEZ"


PT_CARD = [
    (D(2025, 3, 3), "COMPRA CONTINENTE LISBOA", "-54.32"),
    (D(2025, 3, 5), "COMPRA GALP ENERGIA", "-61.10"),
    (D(2025, 3, 12), "PAGAMENTO RECEBIDO OBRIGADO", "300.00"),
    (D(2025, 3, 18), "COMPRA WORTEN AMOREIRAS", "-129.99"),
]


def test_a_portuguese_card_bill_between_saldo_anterior_and_saldo_em_divida() -> None:
    """A card's bill: "Saldo anterior" and "Saldo em dívida" its debts before and after, purchases in the
    debit column; the card's number after "Cartão N.º"."""
    rows = running(M("-412.50"), PT_CARD)
    lines = header(
        [
            "Banco Comercial do Tejo",
            "Extrato do Cartão de Crédito",
            "Período de 2025-03-01 a 2025-03-31",
            "MARIA SANTOS FERREIRA",
            "Cartão N.º 4532 **** **** 9012",
            "Limite de crédito: 2 500,00 EUR",
        ]
    )
    lines += [
        _cells((40, "Saldo anterior", False), (560, continental(-balance_before(rows)), True)),
        [],
        _cells(
            (40, "**Data mov.", False),
            (100, "Data valor", False),
            (160, "Descritivo", False),
            (470, "Débito", True),
            (560, "Crédito", True),
        ),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d-%m-%Y"), False),
                (100, (r.date + DAY).strftime("%d-%m-%Y"), False),
                (160, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines += [[], _cells((40, "Saldo em dívida", False), (560, continental(-rows[-1].balance), True))]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert read.account_type == "CREDIT_CARD"


# ---- descriptions holding figures ----------------------------------------------------------------

IT_POS = [
    (
        D(2025, 1, 8),
        "PAGAMENTO POS",
        "DEL 07.01.2025 ORE 12.31 CARTA 1234 ESSELUNGA MILANO DI EUR 35,00",
        "-35.00",
    ),
    (D(2025, 1, 10), "PRELIEVO BANCOMAT", "DEL 10.01.2025 ORE 09.02 DI EUR 250,00 SPORTELLO", "-250.00"),
    (D(2025, 1, 27), "BONIFICO A VOSTRO FAVORE", "DA MUSTERMANN SRL STIPENDIO GENNAIO", "1985.00"),
    (D(2025, 1, 29), "PAGAMENTO POS ESTERO", "DEL 27.01.2025 CARTA 1234 AMAZON US DI USD 42,50", "-40.82"),
]


def test_an_italian_account_whose_rows_print_the_card_payment_and_its_amount_on_a_second_line() -> None:
    """ "Data | Valuta | Descrizione operazione | Uscite | Entrate", a wide description column: each card
    payment's second line tells its day, hour and amount ("... DI EUR 35,00"), ending the line or amid
    its words, short of the money columns' headings; that figure is the description's, no second row."""
    rows = running(M("1204.15"), [(d, a + " " + b, x) for d, a, b, x in IT_POS])
    lines = header(
        [
            "Banca Popolare della Brianza",
            "Estratto conto dal 01/01/2025 al 31/01/2025",
            "Intestato a: ROSSI MARIO",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    lines += [
        _cells(
            (40, "**Data", False),
            (90, "Valuta", False),
            (140, "Descrizione operazione", False),
            (500, "Uscite", True),
            (560, "Entrate", True),
        ),
        _cells((140, "SALDO INIZIALE", False), (560, continental(balance_before(rows)), True)),
    ]
    for (day, first, second, _), r in zip(IT_POS, rows, strict=True):
        column = 500 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, day.strftime("%d/%m/%Y"), False),
                (90, day.strftime("%d/%m/%Y"), False),
                (140, first, False),
                (column, continental(r.amount), True),
            )
        )
        lines.append(_cells((140, second, False)))
    lines.append(_cells((140, "SALDO FINALE", False), (560, continental(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


FR_CARD_ABROAD = [
    (D(2025, 3, 3), "CARTE X1234 01/03 AMAZON EU SARL", "-23.99"),
    (D(2025, 3, 5), "CARTE X1234 03/03 UBER USD 18,40", "-17.00"),
    (D(2025, 3, 10), "VIR SEPA RECU SALAIRE", "2100.00"),
    (D(2025, 3, 12), "RETRAIT DAB 11/03 50,00EUR PARIS 11", "-50.00"),
]


def test_a_french_account_whose_labels_print_days_and_amounts_of_their_own() -> None:
    """Labels holding the card payment's day ("01/03"), the amount in the foreign money ("USD 18,40") or
    the cash taken ("50,00EUR"); "Valeur" between the label and the money."""
    rows = running(M("530.62"), FR_CARD_ABROAD)
    lines = header(
        [
            "Banque de Savoie",
            "Relevé de compte du 01/03/2025 au 31/03/2025",
            "M JEAN MARTIN",
            "N° de compte 00012345678",
        ]
    )
    lines += [
        _cells(
            (40, "**Date", False),
            (90, "Libellé", False),
            (340, "Valeur", False),
            (470, "Débit", True),
            (560, "Crédit", True),
        ),
        _cells((90, "SOLDE CREDITEUR AU 28.02.2025", False), (560, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m"), False),
                (90, r.description, False),
                (340, r.date.strftime("%d.%m"), False),
                (x, continental(r.amount), True),
            )
        )
    lines.append(
        _cells((90, "SOLDE CREDITEUR AU 31.03.2025", False), (560, continental(rows[-1].balance), True))
    )
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


DE_LONG = [
    (
        D(2025, 3, 3),
        "SEPA-Lastschrift",
        [
            "Stadtwerke Bonn GmbH",
            "Abschlag März 2025 Vertrag 4711",
            "Mandat MR-12345 Gläubiger-ID DE98ZZZ09999999999",
        ],
        "-78.00",
    ),
    (D(2025, 3, 5), "Kartenzahlung", ["REWE Markt GmbH Bonn", "2025-03-04T18:22 Karte 1 2027-12"], "-54.21"),
    (D(2025, 3, 28), "Gehalt/Rente", ["Muster GmbH", "Lohn März 2025 Personalnr. 12345"], "2950.00"),
]


def test_a_german_account_whose_bookings_run_over_three_detail_lines() -> None:
    """The kind of each booking on its dated line with the amount, then the counterparty, the purpose and
    the mandate on lines of their own."""
    rows = running(M("845.30"), [(d, a + " " + " ".join(b), x) for d, a, b, x in DE_LONG])
    lines = header(
        [
            "Stadtsparkasse Bonn",
            "Kontoauszug 3/2025",
            "Zeitraum 01.03.2025 bis 31.03.2025",
            "Herrn Peter Schmidt",
            "IBAN DE89 3704 0044 0532 0130 00",
        ]
    )
    lines += [
        _cells(
            (40, "**Buchungstag", False),
            (110, "Wert", False),
            (170, "Buchungstext", False),
            (560, "Betrag EUR", True),
        ),
        _cells((170, "Kontostand am 28.02.2025", False), (560, continental(balance_before(rows)), True)),
    ]
    for (d, a, b, _x), r in zip(DE_LONG, rows, strict=True):
        lines.append(
            _cells(
                (40, d.strftime("%d.%m.%Y"), False),
                (110, d.strftime("%d.%m.%Y"), False),
                (170, a, False),
                (560, ("-" if r.amount < 0 else "") + continental(r.amount), True),
            )
        )
        for t in b:
            lines.append(_cells((170, t, False)))
    lines.append(_cells((170, "Kontostand am 31.03.2025", False), (560, continental(rows[-1].balance), True)))
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


# ---- cards and histories -----------------------------------------------------------------------

ES_CARD = [
    (D(2025, 3, 3), "MERCADONA VALENCIA", "-64.12"),
    (D(2025, 3, 8), "REPSOL ESTACION 2231", "-55.00"),
    (D(2025, 3, 15), "PAGO RECIBO TARJETA", "300.00"),
    (D(2025, 3, 21), "AMAZON.ES", "-29.99"),
]


def test_a_spanish_card_bill_with_its_number_after_tarjeta_n() -> None:
    """A card's bill: purchases unsigned, the payment with a minus; "Saldo anterior" and "Saldo final"
    its debts; the card's number after "Tarjeta nº"."""
    rows = running(M("-412.50"), ES_CARD)
    lines = header(
        [
            "Banco del Turia",
            "Extracto de tarjeta de crédito",
            "Periodo del 01/03/2025 al 31/03/2025",
            "D. ANTONIO RUIZ LOPEZ",
            "Tarjeta nº 4940 **** **** 1234",
            "Límite de crédito: 3.000,00 EUR",
        ]
    )
    lines += [
        _cells((40, "Saldo anterior", False), (560, continental(-balance_before(rows)) + " EUR", True)),
        [],
        _cells((40, "**Fecha", False), (100, "Comercio", False), (560, "Importe", True)),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, r.description, False),
                (560, ("-" if r.amount > 0 else "") + continental(r.amount), True),
            )
        )
    lines += [[], _cells((40, "Saldo final", False), (560, continental(-rows[-1].balance) + " EUR", True))]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)
    assert read.account_type == "CREDIT_CARD"
    assert read.account_number == "4940 **** **** 1234"


TR_CARD = [
    (D(2025, 3, 3), "MİGROS KADIKÖY", "-843.75"),
    (D(2025, 3, 8), "SHELL PETROL", "-1250.00"),
    (D(2025, 3, 15), "ÖDEMENİZ İÇİN TEŞEKKÜRLER", "5000.00"),
    (D(2025, 3, 21), "TRENDYOL", "-329.99"),
]


def test_a_turkish_card_bill_between_the_last_periods_debt_and_this_ones(unicode_fonts: Fonts) -> None:
    """ "Önceki Dönem Borcu" and "Dönem Borcu" the debts before and after; the statement's cut-off and
    payment days as labelled lines; each figure followed by TL."""
    rows = running(M("-6120.50"), TR_CARD)
    lines = header(
        [
            "Marmara Bankası A.Ş.",
            "Kredi Kartı Hesap Özeti",
            "Hesap Kesim Tarihi: 31.03.2025",
            "Son Ödeme Tarihi: 10.04.2025",
            "Elif Şahin",
            "Kart Numarası: 5421 **** **** 1234",
        ]
    )
    lines += [
        _cells((40, "Önceki Dönem Borcu", False), (560, continental(-balance_before(rows)) + " TL", True)),
        [],
        _cells((40, "**İşlem Tarihi", False), (120, "Açıklama", False), (560, "Tutar", True)),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (120, r.description, False),
                (560, ("-" if r.amount > 0 else "") + continental(r.amount) + " TL", True),
            )
        )
    lines += [[], _cells((40, "Dönem Borcu", False), (560, continental(-rows[-1].balance) + " TL", True))]
    read = read_drawn_pages([lines], unicode_fonts)
    _as_drawn(read, rows)
    assert read.account_type == "CREDIT_CARD"


PL_PERIOD = [
    (D(2025, 3, 3), "PRZELEW PRZYCHODZĄCY", "7240.00"),
    (D(2025, 3, 4), "PŁATNOŚĆ KARTĄ LIDL", "-134.56"),
    (D(2025, 3, 20), "ZLECENIE STAŁE CZYNSZ", "-1850.00"),
]


def test_a_polish_account_history_from_od_to_do_with_the_booking_day_first(unicode_fonts: Fonts) -> None:
    """ "Historia rachunku od .. do .." in ISO days; "Data księgowania" before "Data transakcji": the
    row is dated by the transaction; PLN after every figure."""
    rows = running(M("2312.07"), PL_PERIOD)
    lines = header(
        [
            "Bank Pocztowy Wschód S.A.",
            "Historia rachunku od 2025-03-01 do 2025-03-31",
            "Anna Nowak",
            "Numer rachunku: PL61 1090 1014 0000 0712 1981 2874",
        ]
    )
    lines += [
        _cells(
            (40, "**Data księgowania", False),
            (145, "Data transakcji", False),
            (240, "Opis", False),
            (470, "Kwota", True),
            (560, "Saldo", True),
        ),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, (r.date + DAY).isoformat(), False),
                (145, r.date.isoformat(), False),
                (240, r.description, False),
                (470, ("-" if r.amount < 0 else "") + spaced(r.amount) + " PLN", True),
                (560, spaced(r.balance) + " PLN", True),
            )
        )
    read = read_drawn_pages([lines], unicode_fonts)
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


# ---- the holder's name printed alone ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Exmo. Senhor João Silva",  # two titles before the name
        "Dhr. J. van den Berg",  # particles printed small between the name's parts
        "Sra. María José de la Fuente",
        "Mme Marie-Claire d'Aubigné",  # a particle elided onto the name's next part
    ],
)
def test_a_holders_name_printed_alone_under_the_banks_with_titles_and_particles(name: str) -> None:
    """The holder's name alone on a line under the bank's, no address with it: titles before it, and
    particles in small letters or elided inside it, are a name's."""
    rows = running(M("1530.62"), FR_POSTAL)
    lines = header(["Banco Atlântico", name, "Conta n.º 45289971234"])
    lines.append(
        _cells((40, "**Data", False), (100, "Descrição", False), (470, "Valor", True), (560, "Saldo", True))
    )
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, r.description, False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    read = read_drawn_pages([lines])
    assert read.holder_name == name
    assert read.institution == "Banco Atlântico"


@pytest.mark.parametrize(
    "label", ["Montant total des débits et crédits", "Umsätze gesamt", "Bewegungen im Zeitraum"]
)
def test_a_line_under_the_rows_summing_both_money_columns_is_their_total_in_any_words(label: str) -> None:
    """Debit and credit columns and no running balance: an undated line whose figures are the sums of
    the two columns is their total, however it is labelled; no row moves money both ways at once."""
    rows = running(M("3204.15"), QUARTER)
    out, into = totals(rows)
    lines = header(["Banque de Savoie", "Relevé de compte du 01/01/2025 au 31/03/2025"])
    lines.append(
        _cells((40, "**Date", False), (100, "Libellé", False), (470, "Débit", True), (560, "Crédit", True))
    )
    for r in rows:
        x = 470 if r.amount < 0 else 560
        lines.append(
            _cells(
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, r.description, False),
                (x, continental(r.amount), True),
            )
        )
    lines.append(_cells((100, label, False), (470, continental(out), True), (560, continental(into), True)))
    read = read_drawn_pages([lines])
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in rows
    ]


IT_ONLINE = [
    (D(2025, 3, 3), "Pagamento Visa Debit", "ESSELUNGA MILANO VIA ROMA", "-35.40"),
    (D(2025, 3, 5), "Bonifico SEPA Italia", "ORD: MUSTERMANN SRL STIPENDIO", "1985.00"),
    (D(2025, 3, 12), "Prelievo Bancomat", "ATM 04123 MILANO", "-100.00"),
    (D(2025, 3, 20), "Addebito SDD", "ENEL ENERGIA SPA BOLLETTA", "-84.21"),
]


def test_an_italian_online_account_printing_its_money_before_two_columns_of_description() -> None:
    """ "Data Operazione | Data Valuta | Entrate | Uscite | Descrizione | Descrizione Completa": the money
    in and out before the descriptions, money out with a minus; the balances as labelled lines."""
    rows = running(M("2204.15"), [(d, a + " " + b, x) for d, a, b, x in IT_ONLINE])
    lines = header(
        [
            "Banca Digitale Lombarda",
            "Movimenti conto corrente dal 01/03/2025 al 31/03/2025",
            "Intestatario: ROSSI MARIO",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    lines += [
        _cells((40, "Saldo iniziale", False), (180, continental(balance_before(rows)), True)),
        [],
        _cells(
            (40, "**Data Operazione", False),
            (120, "Data Valuta", False),
            (230, "Entrate", True),
            (290, "Uscite", True),
            (300, "Descrizione", False),
            (410, "Descrizione Completa", False),
        ),
    ]
    for (day, kind, detail, _), r in zip(IT_ONLINE, rows, strict=True):
        money = (
            (230, continental(r.amount), True) if r.amount > 0 else (290, "-" + continental(r.amount), True)
        )
        lines.append(
            _cells(
                (40, day.strftime("%d/%m/%Y"), False),
                (120, day.strftime("%d/%m/%Y"), False),
                money,
                (300, kind, False),
                (410, detail, False),
            )
        )
    lines += [[], _cells((40, "Saldo finale", False), (180, continental(rows[-1].balance), True))]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows)


def _postal_page(head: Sequence[str], rows: Sequence[Drawn], form: str) -> Lines:
    """A page of the `head` lines over "Datum | Text | Betrag | Saldo", each row dated in `form`."""
    lines = header(head)
    lines.append(
        _cells((40, "**Datum", False), (100, "Text", False), (470, "Betrag", True), (560, "Saldo", True))
    )
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime(form), False),
                (100, r.description, False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    return lines


@pytest.mark.parametrize(
    ("period", "form"),
    [
        ("Kontoauszug vom 01.03. bis 31.03.2025", "%d.%m."),
        ("Abrechnungszeitraum 01.03. - 31.03.2025", "%d.%m."),
        ("Relevé du 01/03 au 31/03/2025", "%d/%m"),
        ("Extracto del 01/03 al 31/03/2025", "%d/%m"),
    ],
)
def test_a_period_printing_the_year_only_on_its_last_day_dates_rows_without_a_year(
    period: str, form: str
) -> None:
    """The period's first day printed without its year, which its last day's gives; each row's day and
    month only."""
    rows = running(M("845.30"), DE_POSTAL)
    read = read_drawn_pages(
        [_postal_page(["Kreissparkasse Rhein-Sieg", period, "Konto 1234567890"], rows, form)]
    )
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]


@pytest.mark.parametrize("page", ["Seite 1/2 - 31.03.2025", "Page 2/3 - 31/03/2025"])
def test_a_pages_number_before_a_date_is_no_first_day_of_the_period(page: str) -> None:
    """A page's number printed before the statement's date, over the line that prints the period, is no
    day and month of a period whose year only its last day prints: a statement prints its dates in one
    form, and these two do not share it ("1/2" beside "31.03.2025", "2/3" beside "31/03/2025")."""
    rows = running(M("845.30"), DE_POSTAL)
    head = [
        "Kreissparkasse Rhein-Sieg",
        page,
        "Kontoauszug vom 01.03.2025 bis 31.03.2025",
        "Konto 1234567890",
    ]
    read = read_drawn_pages([_postal_page(head, rows, "%d.%m.%Y")])
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


WEEKDAYS = {
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
}


@pytest.mark.parametrize("language", sorted(WEEKDAYS))
@pytest.mark.parametrize("case", [str.capitalize, str.upper], ids=["capitalised", "capitals"])
def test_rows_dated_with_the_days_abbreviated_name_before_the_date(
    language: str, case: Callable[[str], str]
) -> None:
    """ "Gio 08/01/2025", "MIÉ 08/01/2025": the day of the week, abbreviated, before each row's date."""
    rows = running(M("3204.15"), QUARTER)
    date_h, desc_h, out_h, in_h, bal_h, period = HEADS[language]
    lines = header(["Bank", period])
    lines.append(
        _cells(
            (40, "**" + date_h, False),
            (120, desc_h, False),
            (380, out_h, True),
            (470, in_h, True),
            (560, bal_h, True),
        )
    )
    for r in rows:
        day = case(WEEKDAYS[language][r.date.weekday()])
        lines.append(
            _cells(
                (40, day + " " + r.date.strftime("%d/%m/%Y"), False),
                (120, r.description, False),
                (380 if r.amount < 0 else 470, continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    _as_drawn(read_drawn_pages([lines]), rows, running_balance=True)


TR_WEEK = [
    (D(2025, 3, 3), "MAAŞ ÖDEMESİ", "42500.00"),
    (D(2025, 3, 5), "KİRA ÖDEMESİ", "-15000.00"),
    (D(2025, 3, 11), "POS MİGROS", "-1843.75"),
    (D(2025, 3, 14), "ELEKTRİK FATURASI", "-962.40"),
]
TR_DAYS = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
TR_MONTHS = ["Oca", "Şub", "Mar"]


@pytest.mark.parametrize(
    "dated",
    [
        lambda d: f"{d.day} {TR_MONTHS[d.month - 1]} {d.year} {TR_DAYS[d.weekday()]} 07:51:32",
        lambda d: f"{TR_DAYS[d.weekday()]} {d.strftime('%d.%m.%Y')}",
    ],
    ids=["day-between-date-and-time", "day-before-date"],
)
def test_a_turkish_account_dating_its_rows_with_the_days_abbreviated_name(
    unicode_fonts: Fonts, dated: Callable[[dt.date], str]
) -> None:
    """ "3 Mar 2025 Pzt 07:51:32", "Sal 04.03.2025": the day of the week abbreviated after the date and
    before its time, or before the date; no part of the description."""
    rows = running(M("8120.35"), TR_WEEK)
    lines = header(["Marmara Bankası A.Ş.", "Hesap Hareketleri 01.03.2025 - 31.03.2025", "Elif Şahin"])
    lines.append(
        _cells((40, "**Tarih", False), (200, "Açıklama", False), (470, "Tutar", True), (560, "Bakiye", True))
    )
    for r in rows:
        lines.append(
            _cells(
                (40, dated(r.date), False),
                (200, r.description, False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            )
        )
    _as_drawn(read_drawn_pages([lines], unicode_fonts), rows, running_balance=True)


@pytest.mark.parametrize(
    ("book", "available"),
    [("SALDO FINALE CONTABILE", "SALDO FINALE DISPONIBILE"), ("SALDO FINALE", "NUOVO SALDO DISPONIBILE")],
)
def test_an_italian_account_closing_on_its_book_balance_and_then_the_balance_available(
    book: str, available: str
) -> None:
    """Two closing lines one after the other under the rows, the book balance and then what is
    available (less what is held): the statement closes on the first, which its rows lead to."""
    rows = running(M("3204.15"), IT_QUARTER)
    lines = header(["Banca Popolare della Brianza", "Estratto conto dal 01/01/2025 al 31/03/2025"])
    lines += [
        _cells(
            (40, "**Data", False),
            (100, "Valuta", False),
            (170, "Descrizione", False),
            (470, "Dare", True),
            (560, "Avere", True),
        ),
        _cells((170, "SALDO INIZIALE", False), (560, continental(balance_before(rows)), True)),
    ]
    for r in rows:
        lines.append(
            _cells(
                (40, r.date.strftime("%d.%m.%Y"), False),
                (100, r.date.strftime("%d.%m.%Y"), False),
                (170, r.description, False),
                (470 if r.amount < 0 else 560, continental(r.amount), True),
            )
        )
    lines += [
        _cells((170, book, False), (560, continental(rows[-1].balance), True)),
        _cells((170, available, False), (560, continental(rows[-1].balance - 500), True)),
    ]
    _as_drawn(read_drawn_pages([lines]), rows)
