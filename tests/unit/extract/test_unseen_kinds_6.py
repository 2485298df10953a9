"""Statements in European languages as their banks print them, each read through the text layer against
what was drawn: German cooperative banks' "Bu-Tag Wert Vorgang" over figures marked S or H, with no
heading over the money; each day's bookings under "Buchungsdatum: <date>"; Swiss card bills in German,
French and Italian with the money abroad beside the francs; card bills that never say they are one,
told by their payment's words; balances labelled in words of their own at either end of the rows; a
Spanish online list's "Disponible"; one report of two accounts; a Spanish card's purchases only."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pytest

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    D,
    Entry,
    Lines,
    M,
    bold,
    continental,
    drawn_lines,
    header,
    net,
    read_all,
    read_drawn_pages,
    swiss,
)


def _as_drawn(read: RawStatement, rows: Sequence[Entry], opening: str) -> None:
    """Asserts the rows as drawn (date, amount) and the balances around them."""
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(amount)) for day, _, amount in rows]
    assert (read.opening_balance, read.closing_balance) == (M(opening), M(opening) + net(rows))


# ---- "Bu-Tag Wert Vorgang": no heading over the money, each figure marked S or H -------------------

GIRO = [
    (D(2025, 12, 31), "Abschluss lt. Anlage 1 PN:905", "-12.40"),
    (D(2026, 1, 2), "Basislastschrift PN:931", "-12.99"),
    (D(2026, 1, 5), "Kartenzahlung girocard PN:801", "-23.47"),
    (D(2026, 1, 15), "Gutschrift PN:166", "2450.00"),
    (D(2026, 1, 20), "Dauerauftrag PN:900", "-820.00"),
    (D(2026, 1, 27), "Lastschrift PN:931", "-64.10"),
    (D(2026, 1, 29), "Echtzeitüberweisung PN:801", "105.30"),
]
GIRO_DETAILS = [
    [],
    ["Spotify AB", "EREF: 1234567890 MREF: ABC", "CRED: DE12ZZZ00000012345"],
    ["REWE Markt GmbH Stuttgart", "2026-01-04T18:22 Debitk.0 2027-12"],
    ["Cafe Blum GmbH Lohn Januar"],
    ["Miete Marienplatz 4", "IBAN: DE44500105175407324931 BIC: INGDDEFFXXX"],
    ["Stadtwerke Stuttgart", "Abschlag Strom 01/2026 MREF: SW-22-881"],
    ["Erika Mustermann", "Rückzahlung Auslage"],
]
GIRO_HEAD = [
    "VR Bank Musterstadt eG",
    "EUR-Konto Kontonummer 1234567",
    "Kontoauszug 1/2026          Erstellt am 31.01.2026",
    "IBAN: DE12 6009 0100 0001 2345 67",
    "Herrn Max Muster",
]
BU_TAG = [(40, "Bu-Tag", False), (80, "Wert", False), (120, "Vorgang", False)]


def _marked(value: object) -> str:
    """1.234,56 H for money in, 1.234,56 S for money out."""
    amount = M(str(value))
    return continental(amount) + (" H" if amount >= 0 else " S")


def _bookings(rows: Sequence[Entry], details: Sequence[Sequence[str]], x: float = 560) -> Lines:
    """Each booking: its day and value day (day and month), what it was and its figure marked S or H at
    `x`, then its details on lines of their own under the text."""
    lines: Lines = []
    for (day, text, amount), more in zip(rows, details, strict=True):
        stamp = day.strftime("%d.%m.")
        lines.append([(40, stamp, False), (80, stamp, False), (120, text, False), (x, _marked(amount), True)])
        lines += [[(120, line, False)] for line in more]
    return lines


@pytest.mark.parametrize("pages", [1, 2])
def test_a_german_cooperative_banks_bu_tag_wert_vorgang_over_figures_marked_s_or_h(pages: int) -> None:
    """ "Bu-Tag | Wert | Vorgang" and no heading over the money: each booking's figure stands at the right
    marked S (money out) or H (money in), its details on the lines under it, between "alter
    Kontostand vom" and "neuer Kontostand vom" lines; over two sheets the balance is carried by
    "Übertrag auf Blatt 2" and "Übertrag von Blatt 1" under a footnote; a table of the charges booked
    (figures at the left) after the closing balance is none of the bookings."""
    opening = "812.40"
    split = 4 if pages == 2 else len(GIRO)
    first: Lines = [*header(GIRO_HEAD), bold(BU_TAG)]
    first.append([(120, "alter Kontostand vom 30.12.2025", False), (560, _marked(opening), True)])
    first += _bookings(GIRO[:split], GIRO_DETAILS[:split])
    carried = M(opening) + net(GIRO[:split])
    last = first
    if pages == 2:
        first += [
            [(120, "Übertrag auf Blatt 2", False), (560, _marked(carried), True)],
            [],
            [(40, "Bitte beachten Sie die Hinweise auf der Rückseite", False)],
        ]
        last = [[(40, "VR Bank Musterstadt eG    Kontoauszug 1/2026    Blatt 2", False)], [], bold(BU_TAG)]
        last.append([(120, "Übertrag von Blatt 1", False), (560, _marked(carried), True)])
        last += _bookings(GIRO[split:], GIRO_DETAILS[split:])
    closing = M(opening) + net(GIRO)
    last.append([(120, "neuer Kontostand vom 30.01.2026", False), (560, _marked(closing), True)])
    last += [
        [],
        [(40, "**Anlage 1", False)],
        [(60, "9,90", False), (120, "Kontoführung", False)],
        [(60, "2,50", False), (120, "Porto", False)],
        [(60, "12,40", False), (120, "Summe Abschluss", False)],
    ]
    read = read_drawn_pages([first] if pages == 1 else [first, last])
    _as_drawn(read, GIRO, opening)


# ---- "Angaben zu den Umsätzen": each day's bookings under "Buchungsdatum: <date>" ------------------

DAYS = [
    (D(2021, 2, 1), "Lastschrift", "-56.87"),
    (D(2021, 2, 1), "Gutschrift", "127.50"),
    (D(2021, 2, 8), "Kartenzahlung", "-23.10"),
    (D(2021, 2, 15), "Überweisung", "-400.00"),
    (D(2021, 2, 26), "Gutschrift", "2310.00"),
]
VALUED = [D(2021, 2, 1), D(2021, 1, 29), D(2021, 2, 6), D(2021, 2, 15), D(2021, 2, 26)]
DAYS_DETAILS = [
    ["Stadtwerke Musterstadt", "Mandatsref: M-998877 Gläubiger-ID: DE98ZZZ09999999999"],
    ["Max Mustermann", "End-to-End-Ref.: NOTPROVIDED"],
    ["REWE SAGT DANKE 4711", "2021-02-06T12:01 Karte 1 2023-12"],
    ["Erika Musterfrau", "Miete Februar"],
    ["Arbeitgeber GmbH", "Gehalt Februar 2021"],
]


def _minus_after(value: object) -> str:
    """1.234,56, a minus after the money out."""
    amount = M(str(value))
    return continental(amount) + ("-" if amount < 0 else "")


@pytest.mark.parametrize("sides", [False, True], ids=["betrag", "lasten-gunsten"])
@pytest.mark.parametrize("figures_last", [False, True], ids=["first-line", "last-line"])
def test_a_german_account_heading_each_days_bookings_buchungsdatum_under_angaben_zu_den_umsaetzen(
    sides: bool, figures_last: bool
) -> None:
    """ "Angaben zu den Umsätzen | Valuta | Betrag in EUR" (or the sides "zu Ihren Lasten | zu Ihren
    Gunsten"), no column of booking days: each day's bookings under a line "Buchungsdatum: 01.02.2021",
    each booking its kind, then the counterparty and references on lines of their own, the value day
    (some a day or two before the booking) and the figure (a minus after the money out) on its first
    line or its last: each booking is of its day, its value day its own, and no day's line is part of
    a description."""
    money: Lines = (
        [[(470, "zu Ihren Lasten", True), (560, "zu Ihren Gunsten", True)]]
        if sides
        else [[(560, "Betrag in EUR", True)]]
    )
    headings = [(40, "Angaben zu den Umsätzen", False), (330, "Valuta", False), *money[0]]

    def figure(amount: str) -> tuple[float, str, bool]:
        if sides:
            return (470 if M(amount) < 0 else 560, continental(M(amount)), True)
        return (560, _minus_after(amount), True)

    opening = "1234.56"
    lines: Lines = [
        *header(["Handelsbank Nord", "Kontoauszug vom 26.02.2021", "IBAN DE12 3004 0000 0123 4567 00"]),
        bold(headings),
        [(40, "Alter Kontostand vom 29.01.2021", False), (560, _minus_after(opening), True)],
    ]
    for n, ((day, kind, amount), details) in enumerate(zip(DAYS, DAYS_DETAILS, strict=True)):
        if n == 0 or DAYS[n - 1][0] != day:
            lines.append([(40, "Buchungsdatum: " + day.strftime("%d.%m.%Y"), False)])
        texts = [kind, *details]
        cells = [[(40, text, False)] for text in texts]
        cells[-1 if figures_last else 0] += [(330, VALUED[n].strftime("%d.%m"), False), figure(amount)]
        lines += cells
    closing = M(opening) + net(DAYS)
    lines.append([(40, "Neuer Kontostand vom 26.02.2021", False), (560, _minus_after(closing), True)])
    read = read_drawn_pages([lines])
    _as_drawn(read, DAYS, opening)
    assert [t.value_date for t in read.transactions] == VALUED
    assert not any("Buchungsdatum" in t.description for t in read.transactions)


def test_a_purchase_date_labelled_under_each_row_of_a_table_dated_by_booking_day_dates_no_other_row() -> None:
    """ "Datum | Text | Belastung | Gutschrift | Saldo", each card purchase's own day on a line under it
    ("Kaufdatum: 02.03.2024"): the table heads its booking days, so a labelled date among its rows is a
    row's detail, never the day of the rows after it."""
    rows = [
        (D(2024, 3, 4), "Einkauf Debitkarte Coop Zürich", D(2024, 3, 2), "-86.35"),
        (D(2024, 3, 6), "Einkauf Debitkarte Migros Bern", D(2024, 3, 5), "-45.10"),
        (D(2024, 3, 11), "Einkauf Debitkarte SBB Basel", D(2024, 3, 9), "-22.80"),
        (D(2024, 3, 25), "Gutschrift Lohn Muster AG", None, "6250.00"),
    ]
    opening = "3540.20"
    headings = [
        (40, "Datum", False),
        (90, "Text", False),
        (400, "Belastung", True),
        (470, "Gutschrift", True),
    ]
    lines: Lines = [
        *header(["Bank AG", "Kontoauszug 01.03.2024 - 31.03.2024", "Privatkonto CH93 0076 2011 6238 5295 7"]),
        bold([*headings, (560, "Saldo", True)]),
        [(90, "Saldovortrag", False), (560, swiss(M(opening)), True)],
    ]
    balance = M(opening)
    for day, text, bought, amount in rows:
        balance += M(amount)
        side = 400 if M(amount) < 0 else 470
        lines.append(
            [(40, day.strftime("%d.%m.%Y"), False), (90, text, False), (side, swiss(abs(M(amount))), True)]
        )
        lines[-1].append((560, swiss(balance), True))
        lines += [[(90, "Kaufdatum: " + bought.strftime("%d.%m.%Y"), False)]] if bought else []
    _as_drawn(read_drawn_pages([lines]), [(day, text, amount) for day, text, _, amount in rows], opening)


# ---- a Swiss card bill: the money abroad beside the francs, and its balances in three languages ----

BILL_WORDS = {
    "de": (
        ["Datum", "Valuta", "Detail", "Währung", "Betrag", "Betrag CHF"],
        "Saldovortrag letzte Rechnung",
        "Ihre Zahlung - Danke",
        "Total zu unseren Gunsten",
        "Rechnung vom 20.01.2024",
    ),
    "fr": (
        ["Date", "Valeur", "Détail", "Devise", "Montant", "Montant CHF"],
        "Solde de la facture précédente",
        "Votre paiement - merci",
        "Total en notre faveur",
        "Facture du 20.01.2024",
    ),
    "it": (
        ["Data", "Valuta", "Dettaglio", "Divisa", "Importo", "Importo CHF"],
        "Saldo fattura precedente",
        "Il suo pagamento - grazie",
        "Totale a nostro favore",
        "Fattura del 20.01.2024",
    ),
}


@pytest.mark.parametrize("language", list(BILL_WORDS))
def test_a_swiss_card_bill_with_the_money_abroad_beside_the_francs_between_its_balances(
    language: str,
) -> None:
    """A Swiss card bill in German, French or Italian: "Date | Value | Detail | Currency | Amount |
    Amount CHF", a purchase abroad printing its money and figure beside the francs it cost (the left
    amount no row's: only the right one's heading names the money), the purchases bare and the payment
    with a minus, between the balance brought from the last bill and the total owed ("zu unseren
    Gunsten", "en notre faveur", "a nostro favore"): purchases come out negative, the payment positive,
    the balances owed negative."""
    headings, brought, payment, owed, title = BILL_WORDS[language]
    rows = [  # (day of purchase, day booked, detail, money abroad, amount as the account sees it)
        (D(2023, 12, 22), D(2023, 12, 23), payment, None, "1234.50"),
        (D(2023, 12, 27), D(2023, 12, 28), "Migros Lausanne CH", None, "-45.60"),
        (D(2023, 12, 29), D(2024, 1, 2), "SBB CFF FFS Bern CH", None, "-88.00"),
        (D(2024, 1, 3), D(2024, 1, 4), "Amazon.de Luxembourg LU", ("EUR", "59.90"), "-57.35"),
        (D(2024, 1, 8), D(2024, 1, 9), "Coop Pronto Lugano CH", None, "-23.45"),
        (D(2024, 1, 15), D(2024, 1, 16), "Restaurant du Lac Genève CH", None, "-1086.00"),
    ]
    opening = "-1234.50"
    closing = M(opening) + sum(M(amount) for *_, amount in rows)
    places = [(40, False), (90, False), (140, False), (380, False), (470, True), (560, True)]
    lines: Lines = [
        *header(["Kartendienst AG", title, "4321 XXXX XXXX 1234", "Periode 21.12.2023 - 20.01.2024"]),
        bold([(x, heading, right) for (x, right), heading in zip(places, headings, strict=True)]),
        [(140, brought, False), (560, swiss(-M(opening)), True)],
    ]
    for bought, booked, detail, abroad, amount in rows:
        line = [(40, bought.strftime("%d.%m.%y"), False), (90, booked.strftime("%d.%m.%y"), False)]
        line += [(140, detail, False), (560, swiss(-M(amount)), True)]
        lines.append(line + ([(380, abroad[0], False), (470, abroad[1], True)] if abroad else []))
    lines.append([(140, owed, False), (560, swiss(-closing), True)])
    read = read_drawn_pages([lines])
    _as_drawn(read, [(bought, detail, amount) for bought, _, detail, _, amount in rows], opening)
    assert [t.value_date for t in read.transactions] == [booked for _, booked, *_ in rows]
    assert "Amazon.de Luxembourg LU" in [t.description for t in read.transactions]


# ---- a card bill's first line: the balance brought from the bill before, in words of its own -------

CARD = [
    (D(2024, 1, 2), "Ausgleich Kreditkartenabrechnung", "456.12"),
    (D(2023, 12, 28), "AMAZON EU S.A R.L., LUXEMBOURG", "-34.99"),
    (D(2024, 1, 4), "LIDL DIENSTLEISTUNG", "-18.20"),
    (D(2024, 1, 9), "BOOKING.COM AMSTERDAM", "-310.00"),
    (D(2024, 1, 11), "Gutschrift AMAZON EU", "34.99"),
]


@pytest.mark.parametrize(
    "brought", ["Saldo aus letzter Abrechnung", "Saldovortrag aus Vorabrechnung", "Saldo der Vorabrechnung"]
)
def test_a_german_card_bill_opening_with_the_last_bills_balance_in_words_of_its_own(brought: str) -> None:
    """ "Kaufdatum | Buchungsdatum | Verwendungszweck | Betrag EUR", each figure with its side after it
    (a minus for what is owed), the first line undated and labelled by the balance of the bill before in
    words of its own, before every purchase: the opening balance, no transaction; "Neuer Saldo" closes."""

    def sided(value: object) -> str:
        amount = M(str(value))
        return continental(amount) + ("-" if amount < 0 else "+")

    opening = "-456.12"
    headings = [(40, "Kaufdatum", False), (100, "Buchungsdatum", False), (175, "Verwendungszweck", False)]
    lines: Lines = [
        *header(["Sparkasse Musterstadt", "Kreditkartenabrechnung", "Abrechnungsdatum 15.01.2024"]),
        bold([*headings, (560, "Betrag EUR", True)]),
        [(175, brought, False), (560, sided(opening), True)],
    ]
    for day, text, amount in CARD:
        booked = max(day, D(2024, 1, 2)).strftime("%d.%m.%y")
        lines.append([(40, day.strftime("%d.%m.%y"), False), (100, booked, False), (175, text, False)])
        lines[-1].append((560, sided(amount), True))
    lines.append([(175, "Neuer Saldo", False), (560, sided(M(opening) + net(CARD)), True)])
    _as_drawn(read_drawn_pages([lines]), CARD, opening)


# ---- a card bill that never says it is one: its payment's words "- thank you" tell it --------------

THANKED = {
    "de": (
        ["Datum", "Buchung", "Beschreibung", "Land", "Währung", "Betrag", "Kurs", "Betrag CHF"],
        "Zahlung - Danke",
    ),
    "fr": (
        ["Date", "Comptab.", "Description", "Pays", "Devise", "Montant", "Cours", "Montant CHF"],
        "Paiement - merci",
    ),
    "it": (
        ["Data", "Contab.", "Descrizione", "Paese", "Divisa", "Importo", "Corso", "Importo CHF"],
        "Pagamento - grazie",
    ),
    "es": (
        ["Fecha", "Contab.", "Descripción", "País", "Divisa", "Importe", "Cambio", "Importe EUR"],
        "Pago - gracias",
    ),
}


@pytest.mark.parametrize("language", list(THANKED))
def test_a_card_bill_whose_header_names_no_card_told_by_its_payment_thanked_for(language: str) -> None:
    """A monthly bill whose header says nothing of a card ("Monatsrechnung"), the purchases printed bare
    and one payment with a minus, worded "Zahlung - Danke" ("Paiement - merci", "Pagamento - grazie",
    "Pago - gracias"), each purchase abroad with its country, money, figure and rate before the amount
    in the bill's money: the payment to the card is money in, the purchases money out, the balances
    owed negative (read as an account's, every sign would come out turned round)."""
    headings, payment = THANKED[language]
    rows = [  # (day of purchase, day booked, text, country, money abroad, amount as the account sees it)
        (D(2023, 12, 22), D(2023, 12, 23), payment, None, None, "1234.50"),
        (D(2023, 12, 27), D(2023, 12, 28), "Migros Zürich", "CHE", None, "-45.60"),
        (D(2024, 1, 3), D(2024, 1, 4), "Amazon.de", "LUX", ("EUR", "59.90", "0.9574"), "-57.35"),
        (D(2024, 1, 8), D(2024, 1, 9), "Coop Pronto Basel", "CHE", None, "-23.45"),
        (D(2024, 1, 15), D(2024, 1, 16), "Hotel Adlon Berlin", "DEU", ("EUR", "320.00", "0.9500"), "-304.00"),
    ]
    opening = "-1234.50"
    closing = M(opening) + sum(M(amount) for *_, amount in rows)
    places = [(40, False), (85, False), (135, False), (280, False), (315, False), (400, True), (450, True)]
    places.append((560, True))
    lines: Lines = [
        *header(["Kartendienst AG", "Monatsrechnung per 20.01.2024", "Herr Hans Muster"]),
        bold([(x, heading, right) for (x, right), heading in zip(places, headings, strict=True)]),
        [(135, "Saldo", False), (560, swiss(-M(opening)), True)],
    ]
    for bought, booked, text, country, abroad, amount in rows:
        line = [(40, bought.strftime("%d.%m.%y"), False), (85, booked.strftime("%d.%m.%y"), False)]
        line += [(135, text, False), (560, swiss(-M(amount)), True)]
        line += [(280, country, False)] if country else []
        lines.append(
            line
            + ([(315, abroad[0], False), (400, abroad[1], True), (450, abroad[2], True)] if abroad else [])
        )
    lines.append([(135, "Saldo", False), (560, swiss(-closing), True)])
    read = read_drawn_pages([lines])
    _as_drawn(read, [(bought, text, amount) for bought, _, text, *_, amount in rows], opening)
    assert [t.description for t in read.transactions] == [text for _, _, text, *_ in rows]


# ---- balances labelled at a date in words no lexicon lists, set off by stars ----------------------

BOOKED = [
    (D(2020, 1, 2), "LASTSCHRIFT Stadtwerke", "-85.00"),
    (D(2020, 1, 3), "KARTENZAHLUNG EDEKA", "-42.17"),
    (D(2020, 1, 15), "GUTSCHRIFT Gehalt", "2750.00"),
    (D(2020, 1, 31), "ABSCHLUSS", "-3.50"),
]


@pytest.mark.parametrize("label", ["*** Kontostand zum", "Saldo zum", "*** Kontostand am"])
def test_a_german_account_between_balances_labelled_at_a_date_over_its_rows_and_under_them(
    label: str,
) -> None:
    """ "Text/Verwendungszweck | Buchung | Valuta | Soll | Haben", the balance at the day before the first
    booking over the rows and at the last day under them, each labelled alike ("Kontostand zum
    31.12.2019", perhaps set off by stars) with its side after it ("1.234,56 +"): the opening and the
    closing balance, no transactions."""

    def sided(value: Decimal) -> str:
        return continental(value) + (" -" if value < 0 else " +")

    opening = "1234.56"
    headings = [(40, "Text/Verwendungszweck", False), (330, "Buchung", False), (390, "Valuta", False)]
    lines: Lines = [
        *header(
            ["Direktbank AG", "Kontoauszug 1/2020 vom 31.01.2020", "Girokonto DE12 7012 0400 0123 4567 89"]
        ),
        bold([*headings, (470, "Soll", True), (560, "Haben", True)]),
        [(40, f"{label} 31.12.2019", False), (560, sided(M(opening)), True)],
    ]
    for day, text, amount in BOOKED:
        stamp = day.strftime("%d.%m.%y")
        side = 470 if M(amount) < 0 else 560
        lines.append(
            [
                (40, text, False),
                (330, stamp, False),
                (390, stamp, False),
                (side, continental(M(amount)), True),
            ]
        )
    lines.append([(40, f"{label} 31.01.2020", False), (560, sided(M(opening) + net(BOOKED)), True)])
    _as_drawn(read_drawn_pages([lines]), BOOKED, opening)


# ---- a Spanish online list: the balance after each movement headed "Disponible" -------------------


def test_a_spanish_online_list_of_movements_whose_running_balance_is_headed_disponible() -> None:
    """ "F.Valor | Fecha | Concepto | Movimiento | Importe | Divisa | Disponible | Divisa": the balance
    after each movement headed as what is available, each figure with its money after it: the running
    balance, which gives the opening and closing balances no line prints."""
    moves = [
        (D(2022, 3, 1), "TRANSFERENCIA DE LAURA GOMEZ", "150.00"),
        (D(2022, 3, 3), "COMPRA TARJETA MERCADONA", "-54.20"),
        (D(2022, 3, 8), "RECIBO NATURGY", "-61.33"),
        (D(2022, 3, 28), "NOMINA ACME SA", "1900.00"),
    ]
    headings = [
        (40, "F.Valor", False),
        (90, "Fecha", False),
        (140, "Concepto", False),
        (330, "Movimiento", False),
    ]
    headings += [
        (450, "Importe", True),
        (470, "Divisa", False),
        (545, "Disponible", True),
        (550, "Divisa", False),
    ]
    lines: Lines = [
        *header(["Banco Ejemplo", "Movimientos de la cuenta ES76 0182 0000 0000 0000 0000"]),
        bold(headings),
    ]
    balance = M("980.40")
    for day, text, amount in moves:
        balance += M(amount)
        stamp = day.strftime("%d/%m/%Y")
        kind = "Pago" if M(amount) < 0 else "Abono"
        lines.append([(40, stamp, False), (90, stamp, False), (140, text, False), (330, kind, False)])
        lines[-1] += [
            (450, amount.replace(".", ","), True),
            (470, "EUR", False),
            (545, continental(balance), True),
        ]
        lines[-1].append((550, "EUR", False))
    read = read_drawn_pages([lines])
    _as_drawn(read, moves, "980.40")
    assert [t.balance for t in read.transactions] == [M("1130.40"), M("1076.20"), M("1014.87"), M("2914.87")]


@pytest.mark.parametrize("payment", ["Zahlung erhalten. Besten Dank", "Lastschrifteinzug vom 02.01.2024"])
def test_a_german_card_bill_told_by_its_payment_received_or_collected(payment: str) -> None:
    """ "Monatsabrechnung", no word of a card: the purchases bare, the payment to the card with a minus,
    worded as received with thanks or as the bill's sum collected from the holder's account: the
    payment is money in, the purchases money out, the balances owed negative."""
    rows = [
        (D(2024, 1, 2), payment, "456.12"),
        (D(2023, 12, 28), "AMAZON EU S.A R.L., LUXEMBOURG", "-34.99"),
        (D(2024, 1, 4), "LIDL DIENSTLEISTUNG", "-18.20"),
        (D(2024, 1, 9), "BOOKING.COM AMSTERDAM", "-310.00"),
    ]
    opening = "-456.12"
    lines: Lines = [
        *header(["Kartengesellschaft", "Monatsabrechnung Januar 2024", "Herrn Max Muster"]),
        bold([(40, "Datum", False), (100, "Beschreibung", False), (560, "Betrag in EUR", True)]),
        [(100, "Saldo Vormonat", False), (560, continental(-M(opening)), True)],
    ]
    for day, text, amount in rows:
        printed = ("-" if M(amount) > 0 else "") + continental(M(amount))
        lines.append([(40, day.strftime("%d.%m.%y"), False), (100, text, False), (560, printed, True)])
    lines.append([(100, "Neuer Saldo", False), (560, continental(-(M(opening) + net(rows))), True)])
    _as_drawn(read_drawn_pages([lines]), rows, opening)


# ---- one report of two accounts, each between its old and new balance ------------------------------

REPORT_HEADINGS = [(40, "Buchungstag", False), (105, "Wertstellung", False), (170, "Vorgang", False)]


def _report_rows(rows: Sequence[Entry]) -> Lines:
    """Each booking: its day twice, what it was, and its figure signed at the right."""
    stamps = [day.strftime("%d.%m.%Y") for day, _, _ in rows]
    return [
        [(40, stamp, False), (105, stamp, False), (170, text, False), (560, _signed_before(amount), True)]
        for stamp, (_, text, amount) in zip(stamps, rows, strict=True)
    ]


def _signed_before(value: object) -> str:
    amount = M(str(value))
    return ("-" if amount < 0 else "+") + continental(amount)


def test_a_german_report_of_a_current_account_then_a_card_each_between_its_old_and_new_balance() -> None:
    """A bank's monthly report of the holder's accounts: the current account, then the card, each titled,
    its "Alter Saldo" over its own table and its "Neuer Saldo" closing it: two statements, each between
    its own balances (the card's opening follows a closing of another figure)."""
    giro = [
        (D(2020, 1, 2), "Lastschrift SPOTIFY AB", "-9.99"),
        (D(2020, 1, 15), "Überweisung Gehalt Januar", "2800.00"),
        (D(2020, 1, 20), "Kartenabrechnung 12/2019", "-245.30"),
    ]
    card = [
        (D(2019, 12, 30), "Umsatz AMAZON EU", "-34.99"),
        (D(2020, 1, 20), "Ausgleich vom Girokonto", "245.30"),
        (D(2020, 1, 22), "Umsatz BAHN.DE", "-89.90"),
    ]
    lines: Lines = header(["Direktbank AG", "Finanzreport Nr. 01 per 03.02.2020", "Herrn Max Muster"])
    for title, opening, rows in (("Girokonto 1234567890", "1234.56", giro), ("Kreditkarte", "-245.30", card)):
        lines += [
            [(40, "##" + title, False)],
            [(40, "Alter Saldo", False), (560, _signed_before(opening), True)],
        ]
        lines += [bold([*REPORT_HEADINGS, (560, "Umsatz in EUR", True)]), *_report_rows(rows)]
        lines += [[(40, "Neuer Saldo", False), (560, _signed_before(M(opening) + net(rows)), True)], []]
    first, second = read_all(drawn_lines([lines]))
    _as_drawn(first, giro, "1234.56")
    _as_drawn(second, card, "-245.30")


def test_a_page_repeating_the_statements_balances_over_its_carried_rows_starts_no_other_account() -> None:
    """One account over two pages, each page opening with the statement's old and new balance, the first
    ending on the balance carried to the second: the second page's rows go on from the first's."""
    rows = [
        (D(2020, 1, 2), "Lastschrift SPOTIFY AB", "-9.99"),
        (D(2020, 1, 15), "Gutschrift Gehalt Januar", "2800.00"),
        (D(2020, 1, 20), "Kartenzahlung EDEKA", "-45.30"),
        (D(2020, 1, 27), "Dauerauftrag Miete", "-950.00"),
    ]
    opening = "1234.56"
    balances: Lines = [
        [(40, "Alter Saldo", False), (560, _signed_before(opening), True)],
        [(40, "Neuer Saldo", False), (560, _signed_before(M(opening) + net(rows)), True)],
        [],
    ]
    headings = bold([*REPORT_HEADINGS, (560, "Umsatz in EUR", True)])
    carried = _signed_before(M(opening) + net(rows[:2]))
    first: Lines = [*header(["Direktbank AG", "Kontoauszug Nr. 01 per 31.01.2020"]), *balances, headings]
    first += [*_report_rows(rows[:2]), [(170, "Übertrag auf Seite 2", False), (560, carried, True)]]
    second: Lines = [[(40, "Direktbank AG   Seite 2", False)], *balances, headings]
    second += [[(170, "Übertrag von Seite 1", False), (560, carried, True)], *_report_rows(rows[2:])]
    [read] = read_all(drawn_lines([first, second]))
    _as_drawn(read, rows, opening)


@pytest.mark.parametrize("title", ["Extracto de tarjeta", "EXTRACTO TARJETA VISA"])
def test_a_spanish_card_statement_of_purchases_only_printed_bare(title: str) -> None:
    """A card's statement titled as one ("Extracto de tarjeta"), its purchases printed bare, no payment
    among them and their sum to be charged to the holder's account: every purchase is money out."""
    rows = [
        (D(2022, 1, 3), "MERCADONA VALENCIA", "-54.20"),
        (D(2022, 1, 5), "AMAZON EU SARL", "-34.99"),
        (D(2022, 1, 9), "RENFE VIAJEROS", "-61.00"),
        (D(2022, 1, 14), "REPSOL ESTACION 1234", "-45.00"),
    ]
    lines: Lines = [
        *header(
            [
                "Banco Ejemplo",
                title,
                "VISA CLASSIC 4940 XXXX XXXX 1234",
                "Periodo del 16/12/2021 al 15/01/2022",
            ]
        ),
        bold([(40, "Fecha", False), (110, "Concepto", False), (560, "Importe", True)]),
    ]
    for day, text, amount in rows:
        lines.append(
            [(40, day.strftime("%d/%m/%Y"), False), (110, text, False), (560, continental(M(amount)), True)]
        )
    lines.append([(110, "Total operaciones del periodo", False), (560, continental(net(rows)), True)])
    lines.append([(40, "Este importe se cargará en su cuenta el 05/02/2022", False)])
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(amount)) for day, _, amount in rows]
