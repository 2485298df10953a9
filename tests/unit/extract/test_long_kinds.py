"""Long statements, card bills of several countries, mobile-money wallets and sectioned US layouts of
issue 14, each drawn over the pages a real bank spreads it on: a running header and footer on every
page, a balance carried from page to page in the statement's language, table headings repeated or not,
a row whose description runs onto the next page, a section "continued" there."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest

from ingest.codes import ExtractionMethod
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.settings import Limits
from ingest.stages.upload import PDF
from tests.unit.extract.builder import Item, page
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
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    spaced,
    swiss,
    table,
    totals,
)

FOOT_LINE = 58  # the line a page's footer is drawn from, near the foot of an A4 page


def _lines(columns: Sequence[Column], rows: Sequence[Drawn]) -> list[tuple[int, list[Cell]]]:
    """A row's lines with the index of the row each belongs to: a cell whose text takes several lines
    ("name\nreference") puts each further line under its first, alone."""
    out: list[tuple[int, list[Cell]]] = []
    for index, row in enumerate(rows):
        cells = [(c, c.text(row).split("\n")) for c in columns]
        for n in range(max(len(texts) for _, texts in cells)):
            out.append(
                (index, [(c.x, texts[n], c.right) for c, texts in cells if len(texts) > n and texts[n]])
            )
    return out


def _pages(
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    breaks: Sequence[int],
    *,
    top: Callable[[int], Lines],
    foot: Callable[[int], Lines],
    carried: Callable[[Drawn, bool], list[Cell]] | None,
    opening: list[Cell] | None = None,
    closing: list[Cell] | None = None,
    repeat_headings: bool = True,
) -> list[Lines]:
    """The rows' lines spread over pages, a new page before each line index in `breaks` (which may fall
    between the lines of one row): every page opens with `top(n)` and the table headings (on later pages
    only where `repeat_headings`), then page 1 with `opening`, later pages with the balance brought over
    `carried(row, False)`; every page but the last ends with the balance carried over `carried(row, True)`
    (after the last row whose first line the page holds), the last with `closing`; `foot(n)` is drawn
    at the foot of each."""
    lines = _lines(columns, rows)
    starts = [0, *breaks]
    ends = [*breaks, len(lines)]
    pages: list[Lines] = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        sheet: Lines = top(number)
        if number == 1 or repeat_headings:
            sheet.append(headings(columns))
        brought = rows[lines[start - 1][0]] if number > 1 else None
        if brought is not None and carried is not None:
            sheet.append(carried(brought, False))
        if number == 1 and opening:
            sheet.append(opening)
        sheet += [cells for _, cells in lines[start:end]]
        if end < len(lines) and carried is not None:
            sheet.append(carried(rows[lines[end - 1][0]], True))
        if end == len(lines) and closing:
            sheet.append(closing)
        sheet += [[] for _ in range(FOOT_LINE - len(sheet))]
        pages.append(sheet + foot(number))
    return pages


def _as_drawn(pages: Sequence[Lines], rows: Sequence[Drawn], fonts: Fonts = HELVETICA) -> RawStatement:
    """Asserts that the statement drawn on these pages (in `fonts`) reads as its rows (a description
    over several lines read as one, its lines joined by a space) between the balances around them."""
    read = read_one(drawn_lines(pages, fonts))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description.replace("\n", " "), r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    return read


GIRO = [
    (D(2025, 3, 3), "SEPA-Lastschrift\nStadtwerke Bielefeld GmbH\nAbschlag Strom 03/2025", "-84.00"),
    (D(2025, 3, 4), "Kartenzahlung\nEDEKA Schmidt Bielefeld", "-63.41"),
    (D(2025, 3, 6), "Gutschrift\nLohn/Gehalt 03/2025\nWeserland Logistik GmbH", "2874.19"),
    (D(2025, 3, 7), "Dauerauftrag\nMiete Wohnung 3 OG\nHausverwaltung Klee", "-925.00"),
    (D(2025, 3, 10), "Bargeldauszahlung\nGA 4711 Jahnplatz", "-100.00"),
    (D(2025, 3, 12), "SEPA-Lastschrift\nAllianz Versicherungs-AG\nKfz-Versicherung 2025", "-412.70"),
    (D(2025, 3, 14), "Kartenzahlung\nDM Drogerie Markt", "-23.85"),
    (D(2025, 3, 17), "Gutschrift\nErstattung Finanzamt Bielefeld\nEinkommensteuer 2023", "318.00"),
    (D(2025, 3, 19), "SEPA-Überweisung\nAnna Krüger\nGeburtstag Oma", "-50.00"),
    (D(2025, 3, 21), "Kartenzahlung\nAral Tankstelle Herford", "-71.22"),
    (D(2025, 3, 24), "SEPA-Lastschrift\nTelekom Deutschland GmbH\nRechnung 03/25", "-39.95"),
    (D(2025, 3, 26), "Kartenzahlung\nIKEA Bielefeld", "-149.00"),
    (D(2025, 3, 28), "Entgelt\nKontoführung 03/2025", "-6.90"),
    (D(2025, 3, 31), "Zinsen/Entgelte\nAbschluss 31.03.2025", "-2.14"),
]


def _giro_top(number: int) -> Lines:
    first = header(
        [
            "Sparkasse Ostwestfalen",
            "Herrn Tobias Wendt",
            "Jöllenbecker Str. 58, 33613 Bielefeld",
        ]
    )
    running_head: Lines = [
        [(40, "Kontoauszug 3/2025", False), (300, "Girokonto", False), (560, f"Blatt {number} von 4", True)],
        [(40, "IBAN DE12 4805 0161 0043 2198 77", False), (560, "01.03.2025 - 31.03.2025", True)],
        [],
    ]
    return (first if number == 1 else []) + running_head


def _giro_foot(number: int) -> Lines:
    return [
        [
            (
                40,
                "Sparkasse Ostwestfalen, Anstalt des öffentlichen Rechts, Amtsgericht Bielefeld HRA 12345",
                False,
            )
        ],
        [(40, "BIC SPOWDE3BXXX  Vorstand: Dr. K. Hahn, M. Lutter  USt-IdNr. DE 124 009 871", False)],
    ]


GIRO_COLUMNS = [
    Column("Buchung", 40, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Valuta", 100, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Vorgang / Verwendungszweck", 165, lambda r: r.description),
    Column("Soll EUR", 470, paid_out(continental), right=True),
    Column("Haben EUR", 555, paid_in(continental), right=True),
]


def _uebertrag(row: Drawn, leaving: bool) -> list[Cell]:
    column = 470 if row.balance < 0 else 555
    return [(165, "Übertrag", False), (column, continental(row.balance), True)]


@pytest.mark.parametrize("repeat_headings", [True, False], ids=["headings-on-each-page", "headings-once"])
def test_a_german_account_over_four_pages_carrying_its_balance_as_uebertrag(repeat_headings: bool) -> None:
    """A Sparkasse-like statement: each page opens with "Kontoauszug 3/2025 ... Blatt n von 4" and the
    IBAN (and the table's headings, or not) and ends with the bank's register and board; "Übertrag" with
    the balance closes each page and opens the next; a standing order's purpose runs from the foot of
    page 1 onto page 2."""
    rows = running(M("1206.33"), GIRO)
    opening = [(165, "Kontostand am 28.02.2025", False), (555, continental(balance_before(rows)), True)]
    closing = [(165, "Kontostand am 31.03.2025", False), (555, continental(rows[-1].balance), True)]
    pages = _pages(
        GIRO_COLUMNS,
        rows,
        (9, 21, 29),
        top=_giro_top,
        foot=_giro_foot,
        carried=_uebertrag,
        opening=opening,
        closing=closing,
        repeat_headings=repeat_headings,
    )
    _as_drawn(pages, rows)


ESTRATTO = [
    (D(2025, 6, 3), "PAGAMENTO POS\nESSELUNGA MILANO VIALE UMBRIA", "-86.40"),
    (D(2025, 6, 5), "BONIFICO A VOSTRO FAVORE\nDA: STUDIO RANZANI SRL\nCAUSALE: STIPENDIO MAGGIO", "2150.00"),
    (D(2025, 6, 6), "ADDEBITO SDD\nA2A ENERGIA SPA", "-118.27"),
    (D(2025, 6, 9), "PRELIEVO BANCOMAT\nATM 03069 MILANO", "-200.00"),
    (
        D(2025, 6, 12),
        "BONIFICO DISPOSTO\nA FAVORE: CONDOMINIO VIA PADOVA 12\nCAUSALE: RATA GIUGNO",
        "-310.00",
    ),
    (D(2025, 6, 16), "PAGAMENTO POS\nFARMACIA SAN BABILA", "-24.90"),
    (D(2025, 6, 20), "ADDEBITO SDD\nFASTWEB SPA FATTURA 06", "-29.95"),
    (D(2025, 6, 24), "PAGAMENTO POS\nCOOP LOMBARDIA", "-57.12"),
    (D(2025, 6, 30), "COMPETENZE DI CHIUSURA", "-5.00"),
]


def test_an_italian_account_with_no_balance_column_carrying_saldo_a_riportare_and_riporto() -> None:
    """ "Data contabile | Data valuta | Descrizione operazioni | Addebiti | Accrediti": no running balance,
    "Saldo a riportare" at the foot of each page and "Riporto" at the head of the next; the bank's running
    header and footer on each of three pages."""
    rows = running(M("3418.66"), ESTRATTO)
    columns = [
        Column("Data contabile", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data valuta", 110, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descrizione operazioni", 180, lambda r: r.description),
        Column("Addebiti", 470, paid_out(continental), right=True),
        Column("Accrediti", 555, paid_in(continental), right=True),
    ]

    def top(number: int) -> Lines:
        first = header(["Banca Lombarda di Credito", "Sig.ra Chiara Colombo", "Via Padova 12, 20127 Milano"])
        lines: Lines = [
            [(40, "Estratto conto al 30/06/2025", False), (560, f"Pagina {number} di 3", True)],
            [(40, "Conto corrente n. 000012345678 - IBAN IT60 X054 2811 1010 0000 0123 456", False)],
            [],
        ]
        return (first if number == 1 else []) + lines

    def foot(number: int) -> Lines:
        return [
            [(40, "Banca Lombarda di Credito S.p.A. - Capitale sociale Euro 120.000.000 - ABI 05428", False)]
        ]

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [
            (180, "Saldo a riportare" if leaving else "Riporto", False),
            (555, continental(row.balance), True),
        ]

    opening = [(180, "Saldo iniziale al 31/05/2025", False), (555, continental(balance_before(rows)), True)]
    closing = [(180, "Saldo finale al 30/06/2025", False), (555, continental(rows[-1].balance), True)]
    pages = _pages(
        columns,
        rows,
        (8, 15),
        top=top,
        foot=foot,
        carried=carried,
        opening=opening,
        closing=closing,
        repeat_headings=False,
    )
    _as_drawn(pages, rows)


ROMAND = [
    (D(2025, 4, 1), "Ordre permanent\nLoyer avril Gérance Ruchonnet", "-1850.00"),
    (D(2025, 4, 3), "Achat Maestro\nMigros Lausanne Flon", "-94.35"),
    (D(2025, 4, 7), "Versement salaire\nLémanic Ingénierie SA", "6240.80"),
    (D(2025, 4, 9), "eBill\nSwisscom (Suisse) SA", "-79.00"),
    (D(2025, 4, 14), "Retrait Bancomat\nLausanne Gare", "-300.00"),
    (D(2025, 4, 17), "Paiement LSV\nAssura-Basis SA prime avril", "-412.60"),
    (D(2025, 4, 22), "Achat Maestro\nCoop Pronto Renens", "-18.75"),
    (D(2025, 4, 25), "Virement TWINT\nJulien Favre", "45.00"),
    (D(2025, 4, 30), "Frais de tenue de compte", "-5.00"),
]


def test_a_swiss_french_account_carrying_a_transporter_and_report_over_three_pages() -> None:
    """ "Date | Texte | Débit | Crédit | Valeur | Solde" in francs printed 1'234.56: "A transporter" with
    the balance closes a page, "Report" opens the next."""
    rows = running(M("8412.25"), ROMAND)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Texte", 90, lambda r: r.description),
        Column("Débit", 360, paid_out(swiss), right=True),
        Column("Crédit", 430, paid_in(swiss), right=True),
        Column("Valeur", 445, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Solde", 560, lambda r: swiss(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        first = header(
            ["Banque Cantonale du Léman", "Madame Sophie Rochat", "Avenue de Cour 14, 1007 Lausanne"]
        )
        lines: Lines = [
            [(40, "Extrait de compte privé CHF", False), (560, f"Page {number}/3", True)],
            [
                (40, "IBAN CH93 0076 7000 E520 3456 7", False),
                (560, "Période du 01.04.2025 au 30.04.2025", True),
            ],
            [],
        ]
        return (first if number == 1 else []) + lines

    def foot(number: int) -> Lines:
        return [
            [
                (
                    40,
                    "Sans réclamation dans les 30 jours, cet extrait est réputé approuvé.",
                    False,
                )
            ]
        ]

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(90, "A transporter" if leaving else "Report", False), (560, swiss(row.balance), True)]

    opening = [(90, "Solde reporté", False), (560, swiss(balance_before(rows)), True)]
    closing = [(90, "Solde en votre faveur", False), (560, swiss(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (7, 13), top=top, foot=foot, carried=carried, opening=opening, closing=closing
    )
    read = _as_drawn(pages, rows)
    assert read.currency == "CHF"


SANTANDERISH = [
    (D(2025, 1, 2), "RECIBO COMUNIDAD PROP. C/ ALCALA 120", "-65.00"),
    (D(2025, 1, 3), "COMPRA TARJ. 5540 MERCADONA MADRID", "-72.18"),
    (D(2025, 1, 7), "TRANSFERENCIA DE GOMEZ RUIZ MARIA", "250.00"),
    (D(2025, 1, 9), "RECIBO IBERDROLA CLIENTES SAU", "-96.34"),
    (D(2025, 1, 13), "RETIRADA EFECTIVO CAJERO", "-120.00"),
    (D(2025, 1, 15), "COMPRA TARJ. 5540 EL CORTE INGLES", "-154.99"),
    (D(2025, 1, 20), "BIZUM DE PABLO SANZ", "30.00"),
    (D(2025, 1, 27), "NOMINA ENERO CONSULTORA MERIDIANO SL", "2310.45"),
    (D(2025, 1, 29), "RECIBO MOVISTAR", "-48.90"),
    (D(2025, 1, 31), "COMISION MANTENIMIENTO", "-8.00"),
]


def test_a_spanish_account_carrying_suma_y_sigue_and_suma_anterior_with_its_totals() -> None:
    """ "F. Oper. | F. Valor | Concepto | Importe | Saldo", amounts signed: "Suma y sigue" closes a page
    with the page's debits, credits and balance, "Suma anterior" opens the next with the same figures."""
    rows = running(M("1893.27"), SANTANDERISH)
    columns = [
        Column("F. Oper.", 40, lambda r: r.date.strftime("%d/%m")),
        Column("F. Valor", 85, lambda r: r.date.strftime("%d/%m")),
        Column("Concepto", 135, lambda r: r.description),
        Column("Importe", 470, lambda r: ("-" if r.amount < 0 else "") + continental(r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        first = header(["Banco Castellano", "D. Álvaro Moreno Gil", "C/ Alcalá 120, 28009 Madrid"])
        lines: Lines = [
            [(40, "EXTRACTO DE ENERO 2025", False), (560, f"Hoja {number} de 3", True)],
            [(40, "Cuenta ES91 2100 0418 4502 0005 1332", False)],
            [],
        ]
        return (first if number == 1 else []) + lines

    def foot(number: int) -> Lines:
        return [
            [
                (
                    40,
                    "Banco Castellano, S.A. Reg. Merc. Madrid T. 1.234, F. 56, H. M-7890. NIF A12345678",
                    False,
                )
            ]
        ]

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [
            (135, "SUMA Y SIGUE" if leaving else "SUMA ANTERIOR", False),
            (555, continental(row.balance), True),
        ]

    opening = [(135, "SALDO ANTERIOR", False), (555, continental(balance_before(rows)), True)]
    pages = _pages(columns, rows, (4, 8), top=top, foot=foot, carried=carried, opening=opening)
    _as_drawn(pages, rows)


Entry = tuple[dt.date, str, M]  # a card's row as the holder's money: a purchase below zero


def _card_read(pages: Sequence[Lines], rows: Sequence[Entry], previous: M) -> RawStatement:
    """The card drawn on these pages, read, after asserting its rows and its balances as what the holder
    owes (below zero): the previous bill's, and the new one the rows lead to."""
    read = read_one(drawn_lines(pages))
    assert entries(read) == list(rows)
    assert (read.opening_balance, read.closing_balance) == (previous, previous + sum(a for *_, a in rows))
    assert read.account_type == "CREDIT_CARD"
    return read


KARTE = [
    (D(2025, 3, 17), D(2025, 3, 18), "REWE Markt Hamburg-Altona", M("-64.18")),
    (D(2025, 3, 19), D(2025, 3, 21), "AMAZON.COM SEATTLE", M("-41.58")),
    (D(2025, 3, 19), D(2025, 3, 21), "Auslandseinsatzentgelt 1,75%", M("-0.73")),
    (D(2025, 3, 24), D(2025, 3, 24), "Ausgleich Vorsaldo Lastschrift", M("312.45")),
    (D(2025, 3, 28), D(2025, 3, 31), "Deutsche Bahn Fernverkehr", M("-129.90")),
    (D(2025, 4, 2), D(2025, 4, 3), "Shell Station Lübeck", M("-72.40")),
    (D(2025, 4, 8), D(2025, 4, 9), "Gutschrift Zalando SE", M("49.95")),
    (D(2025, 4, 11), D(2025, 4, 14), "Lufthansa AG Frankfurt", M("-418.60")),
]


def test_a_german_card_bill_marking_charges_with_a_trailing_minus_over_two_pages() -> None:
    """A "Kreditkartenabrechnung": "Belegdatum | Buchungsdatum | Umsatz | Betrag in EUR", each figure
    followed by "-" (a charge) or "+" (a credit), a purchase abroad with its dollars and rate on the line
    under it; the old balance opens the list ("Saldo letzte Abrechnung"), "Übertrag" carries it over the
    page, "Neuer Saldo" closes it and a box gives the minimum the account will be debited."""
    previous = M("-312.45")
    new = previous + sum(a for *_, a in KARTE)

    def figure(value: M) -> str:
        return continental(value) + (" -" if value < 0 else " +")

    def row(entry: tuple[dt.date, dt.date, str, M]) -> list[Cell]:
        bought, booked, text, amount = entry
        return [
            (40, bought.strftime("%d.%m.%Y"), False),
            (105, booked.strftime("%d.%m.%Y"), False),
            (180, text, False),
            (560, figure(amount), True),
        ]

    heading: list[Cell] = [
        (40, "**Belegdatum", False),
        (105, "Buchungsdatum", False),
        (180, "Umsatz", False),
        (560, "Betrag in EUR", True),
    ]
    first = header(
        [
            "Nordsee Kartenbank AG",
            "Frau Lena Vogt",
            "Kreditkartenabrechnung vom 15.04.2025",
            "Abrechnungszeitraum 16.03.2025 - 15.04.2025",
            "Kartennummer 4548 74XX XXXX 1234",
        ]
    )
    first += [
        [(40, "Mindestbetrag", False), (250, "50,00 EUR", True), (300, "fällig am 25.04.2025", False)],
        [(40, "Verfügungsrahmen", False), (250, "3.000,00 EUR", True)],
        [],
        heading,
        [(180, "Saldo letzte Abrechnung", False), (560, figure(previous), True)],
        row(KARTE[0]),
        row(KARTE[1]),
        [(180, "USD 45,00 Kurs 1,082300", False)],
        *[row(entry) for entry in KARTE[2:5]],
        [(180, "Übertrag", False), (560, figure(previous + sum(e[3] for e in KARTE[:5])), True)],
    ]
    second: Lines = [
        [(40, "Kreditkartenabrechnung vom 15.04.2025", False), (560, "Seite 2 von 2", True)],
        [],
        heading,
        [(180, "Übertrag", False), (560, figure(previous + sum(e[3] for e in KARTE[:5])), True)],
        *[row(entry) for entry in KARTE[5:]],
        [(180, "Neuer Saldo", False), (560, figure(new), True)],
    ]
    read = _card_read([first, second], [(d, t, a) for d, _, t, a in KARTE], previous)
    assert [t.value_date for t in read.transactions] == [booked for _, booked, *_ in KARTE]


ZUERICH = [
    (D(2025, 3, 27), "Ihre Zahlung - Besten Dank", M("1245.30")),
    (D(2025, 3, 29), "Migros Zürich Oerlikon", M("-87.35")),
    (D(2025, 4, 2), "SBB CFF FFS Online", M("-156.00")),
    (D(2025, 4, 5), "Booking.com Amsterdam", M("-231.45")),
    (D(2025, 4, 5), "Bearbeitungsgebühr 1.75%", M("-4.05")),
    (D(2025, 4, 12), "Coop Pronto Winterthur", M("-23.90")),
    (D(2025, 4, 18), "Gutschrift Galaxus AG", M("89.00")),
    (D(2025, 4, 22), "Digitec Galaxus AG", M("-399.00")),
]


def test_a_swiss_card_bill_with_charge_and_credit_columns_and_a_conversion_under_a_purchase() -> None:
    """ "Datum | Beschreibung | Belastung CHF | Gutschrift CHF": the payment and a refund in the credit
    column, the rest charged; the last bill's balance ("Saldo vorherige Rechnung") opens the list, a
    purchase in euros prints its amount and rate on the line under it, "Total zu unseren Gunsten" is the
    new balance, and a box beside the address asks for a minimum by a date."""
    previous = M("-1245.30")
    new = previous + sum(a for *_, a in ZUERICH)
    lines = header(
        [
            "Helvetische Kartendienste AG",
            "Herr Marco Brunner",
            "Seestrasse 8, 8002 Zürich",
            "Kartenabrechnung per 25.04.2025",
            "Visa Gold 4921 XXXX XXXX 7720",
        ]
    )
    lines += [
        [(40, "Mindestzahlung", False), (250, "CHF 50.00", True), (300, "zahlbar bis 20.05.2025", False)],
        [(40, "Limite", False), (250, "CHF 10'000.00", True)],
        [],
        [
            (40, "**Datum", False),
            (110, "Beschreibung", False),
            (470, "Belastung CHF", True),
            (555, "Gutschrift CHF", True),
        ],
        [(110, "Saldo vorherige Rechnung", False), (470, swiss(-previous), True)],
    ]
    for day, text, amount in ZUERICH:
        column = 470 if amount < 0 else 555
        lines.append(
            [(40, day.strftime("%d.%m.%y"), False), (110, text, False), (column, swiss(-amount), True)]
        )
        if text.startswith("Booking"):
            lines.append([(110, "EUR 241.10 Kurs 0.959975", False)])
    lines += [[], [(110, "Total zu unseren Gunsten", False), (470, swiss(-new), True)]]
    read = _card_read([lines], ZUERICH, previous)
    assert read.currency == "CHF"
    # The day the minimum is payable by ("zahlbar bis") is no end of the period.
    assert read.period_end is None or read.period_end <= D(2025, 4, 25)


TARJETA = [
    (D(2025, 2, 3), "MERCADONA VALENCIA", M("-58.20")),
    (D(2025, 2, 5), "PAGO RECIBIDO GRACIAS", M("640.15")),
    (D(2025, 2, 9), "REPSOL E.S. PATERNA", M("-62.00")),
    (D(2025, 2, 14), "ZARA HOME VALENCIA", M("-89.95")),
    (D(2025, 2, 17), "COMPRA APLAZADA MEDIAMARKT CUOTA 3/6", M("-108.33")),
    (D(2025, 2, 21), "DEVOLUCION ZARA HOME VALENCIA", M("29.99")),
    (D(2025, 2, 26), "RENFE VIAJEROS MADRID", M("-43.60")),
]


def test_a_spanish_card_statement_with_a_locality_column_and_an_instalment_row() -> None:
    """An "Extracto de tarjeta": "Fecha | Concepto | Localidad | Importe", the payment and a refund
    with a minus, this month's instalment of a deferred purchase as one row; "Saldo anterior", "Nuevo
    saldo" and the minimum payment and its charge date in a box above."""
    previous = M("-640.15")
    new = previous + sum(a for *_, a in TARJETA)
    lines = header(
        [
            "Banco Mediterráneo",
            "Dña. Carmen Soler Martí",
            "EXTRACTO DE TARJETA VISA CLASSIC - FEBRERO 2025",
            "Periodo de liquidación: del 01/02/2025 al 28/02/2025",
            "Tarjeta nº 4940 19** **** 0852",
        ]
    )
    lines += [
        [(40, "Saldo anterior", False), (260, continental(-previous), True)],
        [(40, "Nuevo saldo", False), (260, continental(-new), True)],
        [(40, "Pago mínimo", False), (260, "30,00", True)],
        [(40, "Fecha de cargo", False), (260, "05/03/2025", True)],
        [],
        [(40, "**Fecha", False), (100, "Concepto", False), (350, "Localidad", False), (555, "Importe", True)],
    ]
    for day, text, amount in TARJETA:
        place = text.split()[-1] if text.split()[-1] in ("VALENCIA", "PATERNA", "MADRID") else ""
        shown = text.removesuffix(" " + place) if place else text
        lines.append(
            [
                (40, day.strftime("%d/%m/%Y"), False),
                (100, shown, False),
                *([(350, place, False)] if place else []),
                (555, ("-" if amount > 0 else "") + continental(amount), True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(d, a) for d, _, a in TARJETA]
    assert [t.description.split()[0] for t in read.transactions] == [t.split()[0] for _, t, _ in TARJETA]
    assert (read.opening_balance, read.closing_balance) == (previous, new)


OZ_CARD = [
    (D(2025, 3, 2), "WOOLWORTHS 3214 SURRY HILLS", M("-84.60")),
    (D(2025, 3, 4), "NETFLIX.COM LOS GATOS", M("-16.99")),
    (D(2025, 3, 4), "INTERNATIONAL TRANSACTION FEE", M("-0.51")),
    (D(2025, 3, 9), "PAYMENT RECEIVED, THANK YOU", M("950.00")),
    (D(2025, 3, 12), "OPAL TRANSPORT SYDNEY", M("-50.00")),
    (D(2025, 3, 15), "BUNNINGS 5521 ALEXANDRIA", M("-132.45")),
    (D(2025, 3, 19), "CHEMIST WAREHOUSE SYDNEY", M("-27.80")),
    (D(2025, 3, 22), "QANTAS AIRWAYS MASCOT", M("-389.00")),
    (D(2025, 3, 25), "REFUND BUNNINGS 5521", M("32.45")),
    (D(2025, 3, 28), "UBER *EATS SYDNEY", M("-41.20")),
]


def test_an_australian_card_over_two_pages_marking_credits_cr_with_a_conversion_line() -> None:
    """ "Date | Transaction details | Amount ($)": charges bare, the payment and a refund "CR", a
    purchase in US dollars with its foreign amount on the line under it; the summary box (opening
    balance, closing balance, minimum payment, due date) above, "Continued over" and "Continued" with
    the page's own running header between the pages."""
    previous = M("-950.00")
    new = previous + sum(a for *_, a in OZ_CARD)
    heading: list[Cell] = [
        (40, "**Date", False),
        (110, "Transaction details", False),
        (560, "Amount ($)", True),
    ]

    def row(day: dt.date, text: str, amount: M) -> list[Cell]:
        shown = english(amount) + (" CR" if amount > 0 else "")
        return [(40, day.strftime("%d %b"), False), (110, text, False), (560, shown, True)]

    first = header(
        [
            "Southern Cross Card Services",
            "MR LIAM O'CONNOR",
            "12 Crown St, Surry Hills NSW 2010",
            "Statement period 01 Mar 2025 - 31 Mar 2025",
            "Card number 5520 00XX XXXX 3391",
        ]
    )
    first += [
        [(40, "Opening balance", False), (300, f"${english(previous)}", True)],
        [(40, "Closing balance", False), (300, f"${english(new)}", True)],
        [(40, "Minimum payment due", False), (300, "$38.00", True)],
        [(40, "Due date", False), (300, "21 Apr 2025", True)],
        [],
        heading,
        row(*OZ_CARD[0]),
        row(*OZ_CARD[1]),
        [(110, "USD 10.99", False)],
        *[row(*r) for r in OZ_CARD[2:6]],
        [(560, "Continued over", True)],
    ]
    second: Lines = [
        [(40, "Southern Cross Card Services", False), (560, "Page 2 of 2", True)],
        [(40, "Card number 5520 00XX XXXX 3391", False)],
        [],
        [(40, "**Transactions (continued)", False)],
        heading,
        *[row(*r) for r in OZ_CARD[6:]],
        [],
        [(110, "Closing balance", False), (560, english(new), True)],
    ]
    read = _card_read([first, second], OZ_CARD, previous)
    assert read.currency == "AUD"


LION_CARD = [
    (D(2025, 4, 28), "PAYMENT VIA GIRO - THANK YOU", M("1512.60")),
    (D(2025, 5, 2), "NTUC FAIRPRICE-BEDOK", M("-76.35")),
    (D(2025, 5, 6), "GRAB *RIDES SINGAPORE", M("-18.40")),
    (D(2025, 5, 9), "IPP COURTS 6/12 MTHS", M("-125.00")),
    (D(2025, 5, 13), "SHOPEE SINGAPORE", M("-64.90")),
    (D(2025, 5, 17), "AMAZON WEB SERVICES LUXEMBOURG", M("-42.11")),
    (D(2025, 5, 20), "CASHBACK", M("8.25")),
]


def test_a_singapore_card_dating_rows_by_day_and_month_with_a_previous_balance_row_and_a_subtotal() -> None:
    """ "Trans Date | Post Date | Description | Amount (S$)" with "02 MAY" and no year, "PREVIOUS
    BALANCE" the first row, credits "CR", an instalment plan's month as a row, a purchase in euros with
    its foreign amount under it, "SUB-TOTAL" and "TOTAL BALANCE DUE" under the rows."""
    previous = M("-1512.60")
    new = previous + sum(a for *_, a in LION_CARD)
    lines = header(
        [
            "Lion City Bank",
            "TAN WEI MING",
            "Blk 123 Bedok North Ave 3 #05-67 Singapore 460123",
            "Statement Date 25 May 2025",
            "Payment Due Date 16 Jun 2025",
        ]
    )
    lines += [
        [(40, "LION CITY PLATINUM VISA 4119-XXXX-XXXX-2087", False)],
        [],
        [
            (40, "**TRANS DATE", False),
            (105, "POST DATE", False),
            (170, "DESCRIPTION", False),
            (560, "AMOUNT (S$)", True),
        ],
        [(170, "PREVIOUS BALANCE", False), (560, english(previous), True)],
    ]
    for day, text, amount in LION_CARD:
        shown = english(amount) + (" CR" if amount > 0 else "")
        lines.append(
            [
                (40, day.strftime("%d %b").upper(), False),
                (105, (day + dt.timedelta(days=1)).strftime("%d %b").upper(), False),
                (170, text, False),
                (560, shown, True),
            ]
        )
        if text.startswith("AMAZON"):
            lines.append([(170, "FOREIGN CURRENCY EUR 28.60", False)])
    charged = -sum(a for *_, a in LION_CARD)
    lines += [
        [(170, "SUB-TOTAL", False), (560, english(charged) + (" CR" if charged < 0 else ""), True)],
        [],
        [(170, "TOTAL BALANCE DUE", False), (560, english(new), True)],
        [(170, "MINIMUM PAYMENT", False), (560, "50.00", True)],
    ]
    _card_read([lines], LION_CARD, previous)


MAPLE_CARD = [
    (D(2025, 2, 28), "METRO 455 TORONTO ON", M("-92.17")),
    (D(2025, 3, 3), "PAYMENT - THANK YOU / PAIEMENT - MERCI", M("812.40")),
    (D(2025, 3, 6), "TIM HORTONS #2211 TORONTO ON", M("-8.45")),
    (D(2025, 3, 11), "AIR CANADA 0142 WINNIPEG MB", M("-486.30")),
    (D(2025, 3, 18), "PETRO-CANADA 88213 OAKVILLE ON", M("-61.04")),
    (D(2025, 3, 24), "AMZN MKTP CA WWW.AMAZON.CA ON", M("-37.99")),
]


def test_a_canadian_card_with_transaction_and_posting_dates_by_month_name_across_its_cycle() -> None:
    """ "TRANS DATE | POST DATE | DESCRIPTION | AMOUNT ($)": "FEB 28  MAR 01" and no year, the payment
    with a minus; the summary (previous statement balance, payments, purchases, new balance, minimum
    payment, due date) above, the cycle from February into March."""
    previous = M("-812.40")
    new = previous + sum(a for *_, a in MAPLE_CARD)
    lines = header(
        [
            "Northern Maple Bank",
            "SARAH TREMBLAY",
            "88 Queen St W, Toronto ON M5H 2N2",
            "Statement period: Feb 25, 2025 to Mar 24, 2025",
            "Account number: 4510 XXXX XXXX 6231",
        ]
    )
    paid = sum((a for *_, a in MAPLE_CARD if a > 0), M(0))
    bought = -sum((a for *_, a in MAPLE_CARD if a < 0), M(0))
    lines += [
        [(40, "Previous statement balance", False), (300, f"${english(previous)}", True)],
        [(40, "Payments & credits", False), (300, f"-${english(paid)}", True)],
        [(40, "Purchases & debits", False), (300, f"${english(bought)}", True)],
        [(40, "New balance", False), (300, f"${english(new)}", True)],
        [(40, "Minimum payment", False), (300, "$10.00", True)],
        [(40, "Payment due date", False), (300, "Apr 14, 2025", True)],
        [],
        [
            (40, "**TRANS DATE", False),
            (105, "POST DATE", False),
            (170, "DESCRIPTION", False),
            (560, "AMOUNT ($)", True),
        ],
    ]
    for day, text, amount in MAPLE_CARD:
        lines.append(
            [
                (40, day.strftime("%b %d").upper(), False),
                (105, (day + dt.timedelta(days=1)).strftime("%b %d").upper(), False),
                (170, text, False),
                (560, ("-" if amount > 0 else "") + english(amount), True),
            ]
        )
    _card_read([lines], MAPLE_CARD, previous)


NAIRA_DAYS = [
    (D(2025, 7, 1), "Transfer from ADEBAYO OLUWASEUN", "45000.00"),
    (D(2025, 7, 1), "Airtime MTN 08031234567", "-2000.00"),
    (D(2025, 7, 2), "Transfer to CHIDINMA OKAFOR", "-15500.00"),
    (D(2025, 7, 3), "POS Purchase SHOPRITE LEKKI", "-23870.50"),
    (D(2025, 7, 4), "Electricity IKEDC Prepaid 45012345678", "-10000.00"),
    (D(2025, 7, 6), "Transfer from EMEKA NWOSU", "12000.00"),
    (D(2025, 7, 8), "Transfer to MAMA IYABO FOODS", "-6300.00"),
    (D(2025, 7, 9), "Data Bundle AIRTEL 10GB", "-3500.00"),
    (D(2025, 7, 11), "Interest Earned", "38.42"),
    (D(2025, 7, 12), "Transfer to BOLT TECHNOLOGY", "-4250.00"),
    (D(2025, 7, 15), "Salary from ZENITH LOGISTICS LTD", "350000.00"),
    (D(2025, 7, 15), "Transfer to LANDLORD ADEWALE", "-150000.00"),
    (D(2025, 7, 18), "DSTV Subscription 7023456789", "-19700.00"),
    (D(2025, 7, 21), "POS Purchase JUMIA NIGERIA", "-31450.00"),
    (D(2025, 7, 24), "Transfer from FUNKE ALABI", "7500.00"),
    (D(2025, 7, 28), "Betting SPORTYBET", "-5000.00"),
]


def _naira(value: M) -> str:
    return "₦" + english(value)


@pytest.mark.parametrize(
    ("breaks", "repeat_headings"),
    [((12, 24), True), ((13, 25), False)],
    ids=["rows-whole-headings-again", "times-cut-no-headings"],
)
def test_a_nigerian_app_bank_statement_over_three_pages_with_the_time_under_each_date(
    unicode_fonts: Fonts, breaks: tuple[int, int], repeat_headings: bool
) -> None:
    """A Kuda-like statement: "Date/Time | Money In | Money Out | Category | Description | Balance" with
    the naira sign before every figure, each row's time on the line under its date, the app's footer on
    each page, no balance carried between pages, the headings printed again on each page, or not and a
    row's time cut from its date by the page; the summary above states the opening and closing balances."""
    rows = running(M("18250.75"), NAIRA_DAYS)
    kinds = {True: "inward transfer", False: "outward transfer"}
    columns = [
        Column("Date/Time", 30, lambda r: r.date.strftime("%d/%m/%y") + f"\n{8 + r.date.day % 12:02d}:14:07"),
        Column("Money In", 150, lambda r: _naira(r.amount) if r.amount > 0 else "", right=True),
        Column("Money Out", 220, lambda r: _naira(r.amount) if r.amount < 0 else "", right=True),
        Column("Category", 230, lambda r: kinds[r.amount > 0]),
        Column("Description", 320, lambda r: r.description),
        Column("Balance", 575, lambda r: _naira(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        if number > 1:
            return [[(30, "Account Statement", False), (575, f"Page {number} of 3", True)], []]
        first = header(
            [
                "Kudi Microfinance Bank",
                "Account Statement",
                "OLUWASEUN TEMITOPE ADEBAYO",
                "Account Number 2004561234",
                "01/07/2025 - 31/07/2025",
            ]
        )
        summary: Lines = [
            [(30, "Opening Balance", False), (200, _naira(balance_before(rows)), True)],
            [(30, "Closing Balance", False), (200, _naira(rows[-1].balance), True)],
            [
                (30, "Money In", False),
                (200, _naira(sum((r.amount for r in rows if r.amount > 0), M(0))), True),
            ],
            [
                (30, "Money Out", False),
                (200, _naira(-sum((r.amount for r in rows if r.amount < 0), M(0))), True),
            ],
            [],
        ]
        return [*first, *summary]

    def foot(number: int) -> Lines:
        return [[(30, "Licensed by the Central Bank of Nigeria. Deposits insured by NDIC.", False)]]

    pages = _pages(columns, rows, breaks, top=top, foot=foot, carried=None, repeat_headings=repeat_headings)
    read = _as_drawn(pages, rows, unicode_fonts)
    assert read.currency == "NGN"


def test_a_nigerian_wallet_with_a_signed_amount_the_balance_after_a_channel_and_a_reference(
    unicode_fonts: Fonts,
) -> None:
    """An OPay-like wallet: "Trans. Time | Value Date | Description | Debit/Credit(₦) | Balance After(₦) |
    Channel | Transaction Reference", each figure signed "+" or "-" under the heading of both sides, the
    time of day under the date, the description wrapped in its narrow column, the reference a long
    number; two pages, the headings on each."""
    rows = running(M("5120.40"), NAIRA_DAYS[:12])
    references = {r: f"2507{r.date.day:02d}1{n:02d}{7731 + n}" for n, r in enumerate(rows)}
    channels = ["Mobile", "POS", "Web", "USSD"]
    columns = [
        Column("Trans. Time", 30, lambda r: r.date.strftime("%d %b %Y") + "\n14:22:05"),
        Column("Value Date", 92, lambda r: (r.date + dt.timedelta(days=1)).strftime("%d %b %Y")),
        Column("Description", 155, lambda r: "\n".join(textwrap.wrap(r.description, 17))),
        Column("Debit/Credit(₦)", 330, lambda r: ("+" if r.amount > 0 else "-") + english(r.amount), True),
        Column("Balance After(₦)", 425, lambda r: english(r.balance), right=True),
        Column("Channel", 432, lambda r: channels[r.date.day % 4]),
        Column("Transaction Reference", 478, lambda r: references[r]),
    ]

    def top(number: int) -> Lines:
        if number > 1:
            return []
        return header(
            [
                "OPal Digital Services Limited",
                "Wallet Account Statement",
                "Account Name: NGOZI BLESSING EZE",
                "Account Number: 8123456789",
                "Period: 01 Jul 2025 - 31 Jul 2025",
                f"Opening Balance: ₦{english(balance_before(rows))}",
                f"Closing Balance: ₦{english(rows[-1].balance)}",
            ]
        )

    def foot(number: int) -> Lines:
        return [[(30, f"Page {number} of 2", False)]]

    pages = _pages(columns, rows, (14,), top=top, foot=foot, carried=None)
    read = _as_drawn(pages, rows, unicode_fonts)
    assert read.currency == "NGN"
    assert [t.value_date for t in read.transactions] == [r.date + dt.timedelta(days=1) for r in rows]


def test_a_business_wallet_with_no_running_balance_between_a_summary_and_its_totals(
    unicode_fonts: Fonts,
) -> None:
    """A Moniepoint-like business account: "Date | Narration | Reference | Debit | Credit", no balance
    column, the opening and closing balances in a summary above and the totals of each column under the
    last row on the third page; the reference, in a column between the narration and the money, is the
    description's (as every column of text there is)."""
    rows = running(M("84210.00"), NAIRA_DAYS)
    references = {r: f"MNP{r.date.day:02d}{n:03d}7{n % 3}" for n, r in enumerate(rows)}
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%Y-%m-%d") + "T10:41:33"),
        Column("Narration", 150, lambda r: r.description),
        Column("Reference", 350, lambda r: references[r]),
        Column("Debit", 490, paid_out(english), right=True),
        Column("Credit", 570, paid_in(english), right=True),
    ]
    spent, received = totals(rows)

    def top(number: int) -> Lines:
        if number > 1:
            return [[(30, "Statement of Account - 01/07/2025 to 31/07/2025", False)], []]
        return [
            *header(["Moniepay Microfinance Bank", "ADEOLA STORES AND SUPPLIES", "Account 6071234590"]),
            [(30, "Statement Period", False), (300, "01/07/2025 to 31/07/2025", True)],
            [(30, "Opening Balance", False), (300, _naira(balance_before(rows)), True)],
            [(30, "Total Debit", False), (300, _naira(spent), True)],
            [(30, "Total Credit", False), (300, _naira(received), True)],
            [(30, "Closing Balance", False), (300, _naira(rows[-1].balance), True)],
            [],
        ]

    def foot(number: int) -> Lines:
        return [[(30, f"Page {number} of 3", False), (570, "Generated by Moniepay", True)]]

    closing = [(150, "Total", False), (490, english(spent), True), (570, english(received), True)]
    pages = _pages(columns, rows, (6, 12), top=top, foot=foot, carried=None, closing=closing)
    described = [replace(r, description=f"{r.description} {references[r]}") for r in rows]
    read = _as_drawn(pages, described, unicode_fonts)
    assert read.currency == "NGN"
    # Pages of names, ISO times and naira figures are no garbled text layer to be read again by OCR.
    layers = read_pages(Limits(), drawn_lines(pages, unicode_fonts), PDF)
    assert [page.method for page in layers] == [ExtractionMethod.TEXT] * 3


CHASE_IN = [
    (D(2025, 1, 3), "Payroll Deposit Ridgeway Health PPD ID: 9111111101", M("1842.66")),
    (D(2025, 1, 8), "Zelle Payment From Maria Lopez Wfct0Xkq2Bdn", M("120.00")),
    (D(2025, 1, 10), "Remote Online Deposit 1", M("350.00")),
    (D(2025, 1, 17), "Payroll Deposit Ridgeway Health PPD ID: 9111111101", M("1842.66")),
    (D(2025, 1, 22), "IRS Treas 310 Tax Ref PPD ID: 9999999999", M("612.00")),
    (D(2025, 1, 31), "Payroll Deposit Ridgeway Health PPD ID: 9111111101", M("1842.66")),
]
CHECKS = [
    (1041, D(2025, 1, 6), M("-1450.00")),
    (1042, D(2025, 1, 14), M("-85.00")),
    (1044, D(2025, 1, 27), M("-240.00")),
]
CHASE_OUT = [
    (D(2025, 1, 2), "Card Purchase 01/01 Safeway #1204 Seattle WA Card 4421", M("-96.18")),
    (D(2025, 1, 6), "Comcast Xfinity Online Pmt PPD ID: 0000020522", M("-89.99")),
    (D(2025, 1, 9), "Card Purchase 01/08 Shell Oil 5744 Seattle WA Card 4421", M("-52.40")),
    (D(2025, 1, 13), "Puget Sound Energy Online Pmt PPD ID: 9101109991", M("-143.27")),
    (D(2025, 1, 15), "Card Purchase 01/14 Amazon Mktpl*Rt4Ab Amzn.Com/Bill WA Card 4421", M("-38.64")),
    (D(2025, 1, 21), "Atm Withdrawal 01/21 1200 4th Ave Seattle WA Card 4421", M("-200.00")),
    (D(2025, 1, 24), "Discover E-Payment 8812 Web ID: 2510020270", M("-412.50")),
    (D(2025, 1, 28), "Card Purchase 01/27 Trader Joe's #131 Seattle WA Card 4421", M("-67.33")),
    (D(2025, 1, 30), "Zelle Payment To James Park Jpm99Ax7R2Ck", M("-60.00")),
]


@pytest.mark.parametrize("continued", ["titled", "bare"])
def test_a_us_checking_statement_whose_sections_run_on_over_three_pages_as_continued(continued: str) -> None:
    """Deposits and additions, checks paid (number, date paid, amount; a break in the numbers marked
    "*"), electronic withdrawals, each under its title and headings and closed by its total; the
    withdrawals run from page 2 onto page 3, under "(continued)" and its headings again or under the
    page's running header alone; the daily
    ending balances are a table of their own, three to a line; every page repeats the period, the
    account number and "Page n of 3"."""
    every = sorted([*CHASE_IN, *((day, f"Check # {n}", a) for n, day, a in CHECKS), *CHASE_OUT])
    opening = M("2214.37")
    closing = opening + sum(a for *_, a in every)

    def top(number: int) -> Lines:
        return [
            [(40, "January 01, 2025 through January 31, 2025", False), (560, f"Page {number} of 3", True)],
            [(40, "Account Number: 000000829164553", False)],
            [],
        ]

    def money(value: M) -> str:
        return ("-" if value < 0 else "") + english(value)

    def section(title: str, rows: Sequence[Entry]) -> Lines:
        return [
            [(40, f"**{title}", False)],
            [(40, "**DATE", False), (95, "DESCRIPTION", False), (560, "AMOUNT", True)],
            *[[(40, d.strftime("%m/%d"), False), (95, t, False), (560, money(a), True)] for d, t, a in rows],
        ]

    def total(title: str, rows: Sequence[Entry]) -> Lines:
        return [[(40, f"**Total {title}", False), (560, "$" + money(sum(a for *_, a in rows)), True)], []]

    first = [
        *top(1),
        *header(
            [
                "Cascade National Bank, N.A.",
                "ELENA M VASQUEZ",
                "2207 E UNION ST APT 3",
                "SEATTLE WA 98122-4410",
            ]
        ),
        [(40, "**CHECKING SUMMARY", False), (300, "Total Checking", False)],
        [(40, "Beginning Balance", False), (400, f"${english(opening)}", True)],
        [(40, "Deposits and Additions", False), (400, english(sum(a for *_, a in CHASE_IN)), True)],
        [(40, "Checks Paid", False), (400, money(sum(a for *_, a in CHECKS)), True)],
        [(40, "Electronic Withdrawals", False), (400, money(sum(a for *_, a in CHASE_OUT)), True)],
        [(40, "Ending Balance", False), (400, f"${english(closing)}", True)],
        [],
        *section("DEPOSITS AND ADDITIONS", CHASE_IN),
        *total("Deposits and Additions", CHASE_IN),
        [(40, "**CHECKS PAID", False)],
        [
            (40, "**CHECK NO.", False),
            (110, "DESCRIPTION", False),
            (330, "DATE PAID", False),
            (560, "AMOUNT", True),
        ],
    ]
    for n, day, amount in CHECKS:
        mark = " *" if n - 1 not in {c for c, *_ in CHECKS} and n != CHECKS[0][0] else ""
        first.append(
            [
                (40, f"{n}{mark}", False),
                (110, "^", False),
                (330, day.strftime("%m/%d"), False),
                (560, english(amount), True),
            ]
        )
    first += [
        *total("Checks Paid", CHECKS),
        [
            (
                40,
                "* All of your recent checks may not be on this statement, either because they haven't",
                False,
            )
        ],
        [(40, "cleared yet or they were listed on one of your previous statements.", False)],
    ]
    second = [*top(2), *section("ELECTRONIC WITHDRAWALS", CHASE_OUT[:5])]
    third = [
        *top(3),
        *(
            section("ELECTRONIC WITHDRAWALS (continued)", CHASE_OUT[5:])
            if continued == "titled"
            else section("", CHASE_OUT[5:])[2:]
        ),
        *total("Electronic Withdrawals", CHASE_OUT),
        [(40, "**DAILY ENDING BALANCE", False)],
        [
            (40, "**DATE", False),
            (130, "AMOUNT", True),
            (220, "DATE", False),
            (310, "AMOUNT", True),
            (400, "DATE", False),
            (490, "AMOUNT", True),
        ],
    ]
    days = sorted({d for d, *_ in every})
    balances = {d: opening + sum(a for day, _, a in every if day <= d) for d in days}
    for start in range(0, len(days), 3):
        line: list[Cell] = []
        for k, d in enumerate(days[start : start + 3]):
            line += [(40 + 180 * k, d.strftime("%m/%d"), False), (130 + 180 * k, english(balances[d]), True)]
        third.append(line)
    read = read_one(drawn_lines([first, second, third]))
    assert sorted((t.date, t.amount) for t in read.transactions) == sorted((d, a) for d, _, a in every)
    assert {t.description for t in read.transactions} >= {t for _, t, _ in [*CHASE_IN, *CHASE_OUT]}
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


HIGH_STREET = [
    (D(2025, 5, 1), "DD THAMES WATER\nREF 0042193377", "-38.50"),
    (D(2025, 5, 2), "CARD PAYMENT TO TESCO STORES 2231\nON 01 MAY", "-54.12"),
    (D(2025, 5, 6), "BANK GIRO CREDIT\nREF ACME PAYROLL LTD", "2215.40"),
    (D(2025, 5, 9), "SO MR J PATEL\nRENT MAY", "-750.00"),
    (D(2025, 5, 13), "CARD PAYMENT TO TFL TRAVEL CH\nON 12 MAY", "-18.90"),
    (D(2025, 5, 16), "CASH WITHDRAWAL\nLLOYDS BANK 16MAY", "-60.00"),
    (D(2025, 5, 20), "DD BRITISH GAS\nREF 8800123412", "-72.00"),
    (D(2025, 5, 27), "FASTER PAYMENT FROM\nS KHAN DINNER", "25.00"),
]


@pytest.mark.parametrize(
    ("breaks", "repeat_headings"), [((6, 12), True), ((7, 13), False)], ids=["rows-whole", "rows-cut"]
)
def test_a_uk_account_whose_pages_end_continued_in_the_description_column(
    breaks: tuple[int, int], repeat_headings: bool
) -> None:
    """ "Date | Payment type and details | Paid out | Paid in | Balance", each row over two lines; each
    page but the last ends "Continued on next page" under the details, the next opens with its headings
    and no balance brought forward, or with the second line of a row the page cut and no headings."""
    rows = running(M("1044.18"), HIGH_STREET)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %y")),
        Column("Payment type and details", 100, lambda r: r.description),
        Column("Paid out", 400, paid_out(english), right=True),
        Column("Paid in", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        lines: Lines = [
            [(40, "Your Current Account", False), (560, f"Page {number} of 3", True)],
            [(40, "Sort code 30-94-12   Account number 41822093", False)],
            [],
        ]
        if number == 1:
            lines += header(["Albion Bank", "MR ARJUN MEHTA", "Statement 1 May 2025 to 31 May 2025"])
        return lines

    def foot(number: int) -> Lines:
        return [[(40, "Albion Bank plc. Registered in England and Wales no. 2065.", False)]]

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(100, "Continued on next page", False)] if leaving else []

    opening = [(100, "BALANCE FROM PREVIOUS STATEMENT", False), (560, english(balance_before(rows)), True)]
    closing = [(100, "BALANCE CARRIED FORWARD", False), (560, english(rows[-1].balance), True)]
    pages = _pages(
        columns,
        rows,
        breaks,
        top=top,
        foot=foot,
        carried=carried,
        opening=opening,
        closing=closing,
        repeat_headings=repeat_headings,
    )
    _as_drawn(pages, rows)


def test_a_german_account_dating_rows_by_day_and_month_with_one_signed_amount_column() -> None:
    """A Postbank-like statement: "Buchung/Wert | Vorgang/Buchungsinformation | Betrag (EUR)" with both days
    "03.03./03.03." and no year (the year only in "Kontoauszug März 2025"), each amount marked "-" or
    "+" before it with a space, the balance carried "Übertrag" with its sign over four pages."""
    rows = running(M("1206.33"), GIRO)

    def marked(value: M) -> str:
        return ("- " if value < 0 else "+ ") + continental(value)

    columns = [
        Column("Buchung/Wert", 40, lambda r: r.date.strftime("%d.%m./%d.%m.")),
        Column("Vorgang/Buchungsinformation", 120, lambda r: r.description),
        Column("Betrag (EUR)", 555, lambda r: marked(r.amount), right=True),
    ]

    def top(number: int) -> Lines:
        lines: Lines = [
            [(40, "Kontoauszug März 2025", False), (560, f"Seite {number} / 4", True)],
            [(40, "Girokonto IBAN DE31 1001 0010 0987 6543 21", False)],
            [],
        ]
        return (
            header(["Postfach Bank", "Herrn Tobias Wendt", "Jöllenbecker Str. 58, 33613 Bielefeld"])
            if number == 1
            else []
        ) + lines

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(120, "Übertrag", False), (555, marked(row.balance), True)]

    opening = [(120, "Alter Kontostand", False), (555, marked(balance_before(rows)), True)]
    closing = [(120, "Neuer Kontostand", False), (555, marked(rows[-1].balance), True)]
    pages = _pages(
        columns,
        rows,
        (9, 21, 29),
        top=top,
        foot=_giro_foot,
        carried=carried,
        opening=opening,
        closing=closing,
    )
    read = _as_drawn(pages, rows)
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


PESA = [
    (D(2025, 6, 1), "Funds received from\n2547****381 - ANNE WANJIRU", "2500.00"),
    (D(2025, 6, 2), "Merchant Payment to 512345\nGREENLEAF GROCERS", "-640.00"),
    (D(2025, 6, 4), "Pay Bill to 888880\nKPLC PREPAID Acc. 37112233", "-1000.00"),
    (D(2025, 6, 7), "Customer Transfer to\n2547****902 - OMONDI JAMES", "-300.00"),
    (D(2025, 6, 9), "Customer Withdrawal At Agent\nTill 301122 - QUICKMART KILIMANI", "-2000.00"),
    (D(2025, 6, 12), "Business Payment from 303030\nACME SALARIES", "18500.00"),
    (D(2025, 6, 15), "Pay Bill to 247247\nEQUITY PAYBILL Acc. LOAN", "-4200.00"),
    (D(2025, 6, 18), "Buy Goods Till 880011\nNAIVAS WESTLANDS", "-1320.50"),
    (D(2025, 6, 22), "Airtime Purchase\n0722000111", "-100.00"),
    (D(2025, 6, 27), "Funds received from\n2547****114 - PETER KAMAU", "750.00"),
]


def test_a_mobile_money_statement_newest_first_over_three_pages_with_a_transfer_cut_by_a_page() -> None:
    """An M-Pesa-like full statement: "Receipt No. | Completion Time | Details | Transaction Status | Paid
    In | Withdrawn | Balance", the newest transfer first, the details over two lines, withdrawals with a
    minus; the details of two transfers run from the foot of a page onto the next, under the
    headings again, where they are no part of the transfer below them."""
    rows = running(M("1210.75"), PESA)
    newest_first = list(reversed(rows))
    receipts = {r: f"TF{r.date.day:02d}QK7{n}ZP" for n, r in enumerate(rows)}
    columns = [
        Column("Receipt No.", 30, lambda r: receipts[r]),
        Column("Completion Time", 95, lambda r: r.date.strftime("%Y-%m-%d") + " 10:15:42"),
        Column("Details", 185, lambda r: r.description),
        Column("Transaction Status", 330, lambda r: "Completed"),
        Column("Paid In", 460, lambda r: english(r.amount) if r.amount > 0 else "", right=True),
        Column("Withdrawn", 515, lambda r: "-" + english(r.amount) if r.amount < 0 else "", right=True),
        Column("Balance", 575, lambda r: english(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        if number > 1:
            return []
        return header(
            [
                "M-WALLET STATEMENT",
                "Customer Name: Grace Achieng",
                "Mobile Number: 0722 000 111",
                "Statement Period: 01 Jun 2025 - 30 Jun 2025",
            ]
        )

    def foot(number: int) -> Lines:
        return [
            [
                (30, f"Page {number} of 3", False),
                (575, "Disclaimer: this record is produced for you only", True),
            ]
        ]

    pages = _pages(columns, newest_first, (9, 17), top=top, foot=foot, carried=None)
    read = read_one(drawn_lines(pages))
    # The status, in a column of its own between the details and the money, is no part of them.
    found = [(t.date, t.description, t.amount) for t in read.transactions]
    assert sorted(found) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


PORTENO = [
    (D(2025, 8, 1), "DEB. AUTOM. DE SERV. EDENOR", "-18450.32"),
    (D(2025, 8, 4), "TRANSF. RECIBIDA CUIT 20-31234567-8", "350000.00"),
    (D(2025, 8, 5), "COMPRA DEBITO SUPERMERCADO DIA", "-42318.90"),
    (D(2025, 8, 8), "EXTRACCION CAJERO AUTOMATICO", "-60000.00"),
    (D(2025, 8, 12), "IMPUESTO LEY 25413 DEB.", "-1012.44"),
    (D(2025, 8, 15), "PAGO TARJETA VISA", "-185320.00"),
    (D(2025, 8, 19), "TRANSF. ENVIADA ALQUILER", "-210000.00"),
    (D(2025, 8, 25), "ACREDITACION HABERES", "980500.00"),
    (D(2025, 8, 29), "COMISION MANTENIMIENTO CUENTA", "-8900.00"),
]


def test_an_argentine_account_carrying_its_balance_as_transporte_at_the_foot_and_head_of_pages() -> None:
    """ "FECHA | CONCEPTO | DÉBITO | CRÉDITO | SALDO" in pesos printed 1.234,56: "SALDO ANTERIOR" opens
    the list, "TRANSPORTE" with the balance closes page 1 and 2 and opens the next, "SALDO AL 31/08/2025"
    closes it."""
    rows = running(M("125430.18"), PORTENO)
    columns = [
        Column("FECHA", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("CONCEPTO", 95, lambda r: r.description),
        Column("DÉBITO", 390, paid_out(continental), right=True),
        Column("CRÉDITO", 475, paid_in(continental), right=True),
        Column("SALDO", 560, lambda r: continental(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        lines: Lines = [
            [(40, "RESUMEN DE CUENTA - CAJA DE AHORRO EN PESOS", False), (560, f"Hoja {number} de 3", True)],
            [(40, "CBU 0720000788000012345678", False), (560, "Período 01/08/2025 al 31/08/2025", True)],
            [],
        ]
        return (
            header(["Banco del Río de la Plata", "GONZALEZ MARTIN EZEQUIEL", "AV. CORRIENTES 1234 CABA"])
            if number == 1
            else []
        ) + lines

    def foot(number: int) -> Lines:
        return [
            [
                (
                    40,
                    "Los depósitos en pesos cuentan con la garantía de hasta $ 25.000.000.",
                    False,
                )
            ]
        ]

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(95, "TRANSPORTE", False), (560, continental(row.balance), True)]

    opening = [(95, "SALDO ANTERIOR", False), (560, continental(balance_before(rows)), True)]
    closing = [(95, "SALDO AL 31/08/2025", False), (560, continental(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (3, 6), top=top, foot=foot, carried=carried, opening=opening, closing=closing
    )
    _as_drawn(pages, rows)


WALLET_ABOVE = [
    (D(2025, 6, 13), "CashBox Interest", M("3.79")),
    (D(2025, 6, 12), "Send to ADAEZE OBI", M("-4100.00")),
    (D(2025, 6, 12), "Buy Data bundle", M("-1970.00")),
    (D(2025, 6, 11), "Send to TUNDE BAKARE", M("-1600.00")),
    (D(2025, 6, 10), "Send to IFEOMA NNADI", M("-1000.00")),
    (D(2025, 6, 9), "Received from KUNLE ADEYEMI", M("25000.00")),
    (D(2025, 6, 8), "CashBox Interest", M("6.14")),
]


def test_a_wallet_printing_some_counterparties_just_above_their_row_with_one_at_the_head_of_a_page() -> None:
    """A PalmPay-like wallet, newest first: "Transaction Date | Transaction Detail | Money In | Money Out
    | Transaction ID"; where a transfer names its counterparty, the name is set just above the row's
    line, the row's own detail left blank; page 2 opens with such a name above its row, the page break
    between it and the row before."""
    heading = (
        150.0,
        [
            (26, "Transaction Date"),
            (139, "Transaction Detail"),
            (252, "Money In"),
            (371, "Money Out"),
            (476, "Transaction ID"),
        ],
    )
    pages: list[list[tuple[float, list[Item]]]] = [
        [
            (60.0, [(26, "Wallet Statement")]),
            (80.0, [(26, "Statement Period 06/08/2025 - 06/13/2025")]),
            heading,
        ],
        [heading],
    ]
    top = {0: 175.0, 1: 175.0}
    for n, (day, text, amount) in enumerate(WALLET_ABOVE):
        sheet = 0 if n < 4 else 1
        figure = (252, f"+{amount}") if amount > 0 else (371, f"{amount}")
        row: list[Item] = [
            (26, day.strftime("%m/%d/%Y")),
            (68, "10:08:13 AM"),
            figure,
            (476, f"0000xx{n}x0000"),
        ]
        if text.startswith(("Send to", "Received from")):
            pages[sheet].append((top[sheet] - 4, [(139, text)]))
        else:
            row.insert(2, (139, text))
        pages[sheet].append((top[sheet], row))
        top[sheet] += 25
    [read] = read_statements([page(rows, number=k + 1) for k, rows in enumerate(pages)])
    assert entries(read) == WALLET_ABOVE


HIGH_STREET_LAST = [
    (D(2025, 9, 1), "VIS\nCAFFE NERO LONDON", "-4.85"),
    (D(2025, 9, 2), "DD\nOCTOPUS ENERGY", "-96.00"),
    (D(2025, 9, 3), "CR\nACME PAYROLL LTD SALARY", "2480.33"),
    (D(2025, 9, 5), "SO\nJ PATEL RENT SEPT", "-850.00"),
    (D(2025, 9, 8), "VIS\nSAINSBURYS S/MKTS", "-62.40"),
    (D(2025, 9, 10), "ATM\nCASH NOTEMACHINE", "-40.00"),
    (D(2025, 9, 15), "BP\nS KHAN DINNER", "-25.00"),
    (D(2025, 9, 22), "DD\nVIRGIN MEDIA", "-48.50"),
]


def test_an_account_printing_each_rows_amount_on_its_last_line_cut_by_a_page_between_its_lines() -> None:
    """ "Date | Payment type and details | Paid out | Paid in | Balance", each row's type on its first line
    and the amount on the last, with the details; a row's first line ends page 1 above "BALANCE CARRIED
    FORWARD", its last opens page 2 under "BALANCE BROUGHT FORWARD"."""
    rows = running(M("612.04"), HIGH_STREET_LAST)

    def lines_of(row: Drawn) -> Lines:
        kind, details = row.description.split("\n")
        money = [
            (400 if row.amount < 0 else 480, english(row.amount), True),
            (560, english(row.balance), True),
        ]
        return [
            [(40, row.date.strftime("%d %b %y"), False), (110, kind, False)],
            [(110, details, False), *money],
        ]

    heading: list[Cell] = [
        (40, "**Date", False),
        (110, "Payment type and details", False),
        (400, "Paid out", True),
        (480, "Paid in", True),
        (560, "Balance", True),
    ]
    body = [line for row in rows for line in lines_of(row)]
    cut = 7  # the fourth row's first line is the last of page 1
    carried = rows[2].balance
    first = [
        *header(["Albion Bank", "MR ARJUN MEHTA", "Statement 1 September 2025 to 30 September 2025"]),
        heading,
        [(110, "BALANCE BROUGHT FORWARD", False), (560, english(balance_before(rows)), True)],
        *body[:cut],
        [(110, "BALANCE CARRIED FORWARD", False), (560, english(carried), True)],
    ]
    second = [
        heading,
        [(110, "BALANCE BROUGHT FORWARD", False), (560, english(carried), True)],
        *body[cut:],
        [(110, "BALANCE CARRIED FORWARD", False), (560, english(rows[-1].balance), True)],
    ]
    _as_drawn([first, second], rows)


LAGOS = [
    (D(2025, 9, 1), "TRANSFER FROM\nOKONKWO CHINEDU", "150000.00"),
    (D(2025, 9, 2), "POS PURCHASE\nSPAR LEKKI", "-23450.00"),
    (D(2025, 9, 3), "ELECTRONIC\nTRANSFER LEVY", "-50.00"),
    (D(2025, 9, 5), "NIP TRANSFER TO\nADEBAYO FOLAKE\nSCHOOL FEES", "-85000.00"),
    (D(2025, 9, 8), "ATM WDL GTB\nADMIRALTY WAY", "-20000.00"),
    (D(2025, 9, 12), "AIRTIME MTN\n08031234567", "-2000.00"),
    (D(2025, 9, 15), "SALARY SEPT\nHALCYON ENERGY", "620000.00"),
    (D(2025, 9, 19), "SMS ALERT\nCHARGES AUG", "-280.00"),
    (D(2025, 9, 24), "TRANSFER TO\nMR BAKARE RENT", "-300000.00"),
]


def test_a_nigerian_account_whose_remarks_are_the_last_column_wrapped_over_lines_and_pages() -> None:
    """ "Trans. Date | Value Date | Reference | Debits | Credits | Balance | Originating Branch | Remarks":
    the description is the last column, narrow, each row's remarks wrapped over two or three lines, one
    row's from the foot of page 1 onto page 2 under the headings again."""
    rows = running(M("84512.37"), LAGOS)
    columns = [
        Column("Trans. Date", 25, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Value Date", 85, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Reference", 145, lambda r: f"{r.date.day:02d}{abs(int(r.amount)) % 997:04d}"),
        Column("Debits", 255, paid_out(english), right=True),
        Column("Credits", 320, paid_in(english), right=True),
        Column("Balance", 390, lambda r: english(r.balance), right=True),
        Column("Originating Branch", 398, lambda r: "E-CHANNELS"),
        Column("Remarks", 495, lambda r: r.description),
    ]

    def top(number: int) -> Lines:
        if number > 1:
            return []
        return [
            *header(
                [
                    "Guaranty Coast Bank",
                    "Customer Statement",
                    "ADEOLA FUNMILAYO OGUNDIPE",
                    "Account No: 0123456789",
                ]
            ),
            [(25, "Period: 01-Sep-2025 to 30-Sep-2025", False)],
            [(25, "Opening Balance", False), (250, english(balance_before(rows)), True)],
            [(25, "Closing Balance", False), (250, english(rows[-1].balance), True)],
            [],
        ]

    def foot(number: int) -> Lines:
        return [[(25, f"Page {number} of 2", False)]]

    pages = _pages(columns, rows, (10,), top=top, foot=foot, carried=None)
    read = _as_drawn(pages, rows)
    assert read.currency is None or read.currency == "NGN"


DIFFERE = [
    (D(2025, 4, 2), "CB CARREFOUR MARKET 01/04", M("-64.37")),
    (D(2025, 4, 5), "CB SNCF INTERNET 04/04", M("-89.00")),
    (D(2025, 4, 9), "CB PHARMACIE DU CENTRE 08/04", M("-18.60")),
    (D(2025, 4, 12), "AVOIR CB DECATHLON 11/04", M("29.99")),
    (D(2025, 4, 15), "CB AMAZON PAYMENTS 14/04", M("-42.10")),
    (D(2025, 4, 19), "CB TOTALENERGIES 18/04", M("-71.25")),
    (D(2025, 4, 24), "CB FNAC PARIS 23/04", M("-129.90")),
    (D(2025, 4, 28), "CB BOULANGERIE MARIE 27/04", M("-8.40")),
]


def test_a_french_deferred_debit_card_listing_its_operations_with_subtotals_carried_over_the_page() -> None:
    """A "Relevé des opérations carte à débit différé": "Date | Libellé | Débit | Crédit" in euros
    printed 1 234,56, a refund in the credit column, "A reporter" with the page's totals at its foot and
    "Report" at the head of the next, then the month's total debited from the account on a date: no
    balance but the total."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit", 470, paid_out(spaced), right=True),
        Column("Crédit", 555, paid_in(spaced), right=True),
    ]
    rows = running(M("0"), [(d, t, str(a)) for d, t, a in DIFFERE])
    spent, refunded = totals(rows[:5])

    def sums(label: str) -> list[Cell]:
        return [(110, label, False), (470, spaced(spent), True), (555, spaced(refunded), True)]

    first = header(
        [
            "Banque du Val de Loire",
            "M. Julien Moreau",
            "Relevé des opérations carte à débit différé",
            "Carte Visa n° 4974 XXXX XXXX 5521 - opérations du 01/04/2025 au 30/04/2025",
        ]
    )
    first += [headings(columns), *table(columns, rows[:5]), sums("A reporter")]
    out, into = totals(rows)
    second: Lines = [
        headings(columns),
        sums("Report"),
        *table(columns, rows[5:]),
        [(110, "Total des opérations", False), (470, spaced(out), True), (555, spaced(into), True)],
        [(110, f"Montant débité sur votre compte le 02/05/2025 : {spaced(out - into)} EUR", False)],
    ]
    read = read_one(drawn_lines([first, second]))
    assert entries(read) == DIFFERE


US_CREDITS = [
    (D(2025, 10, 14), "AUTOMATIC PAYMENT - THANK YOU", M("1150.00")),
    (D(2025, 10, 21), "RETURN: BEST BUY 00012 SEATTLE WA", M("89.99")),
]
US_PURCHASES = [
    (D(2025, 10, 5), "STARBUCKS STORE 10421 SEATTLE WA", M("-6.45")),
    (D(2025, 10, 7), "QFC #5842 SEATTLE WA", M("-78.12")),
    (D(2025, 10, 9), "BEST BUY 00012 SEATTLE WA", M("-89.99")),
    (D(2025, 10, 12), "ALASKA AIR 0272345678 SEATTLE WA", M("-412.60")),
    (D(2025, 10, 16), "NETFLIX.COM LOS GATOS CA", M("-15.49")),
    (D(2025, 10, 18), "SHELL OIL 57442211 BELLEVUE WA", M("-54.30")),
    (D(2025, 10, 23), "UBER *TRIP HELP.UBER.COM CA", M("-23.80")),
    (D(2025, 10, 27), "COSTCO WHSE #0001 SEATTLE WA", M("-187.44")),
]
US_INTEREST = [(D(2025, 11, 3), "PURCHASE INTEREST CHARGE", M("-18.27"))]


def test_a_us_card_whose_activity_runs_over_pages_in_sections_with_fees_and_interest_after() -> None:
    """ "ACCOUNT ACTIVITY": "Date of Transaction | Merchant Name or Transaction Description | $ Amount",
    payments and credits with a minus, then purchases bare, continued on page 2 under "ACCOUNT ACTIVITY
    (CONTINUED)"; then fees charged (none) and interest charged, each section with its total for the
    period, and the year-to-date totals, which are no transactions."""
    every = [*US_CREDITS, *US_PURCHASES, *US_INTEREST]
    previous = M("-1150.00")
    new = previous + sum(a for *_, a in every)
    heading: list[Cell] = [
        (40, "**Date of", False),
        (110, "Merchant Name or Transaction Description", False),
        (560, "$ Amount", True),
    ]
    heading2: list[Cell] = [(40, "**Transaction", False)]

    def row(day: dt.date, text: str, amount: M) -> list[Cell]:
        return [
            (40, day.strftime("%m/%d"), False),
            (110, text, False),
            (560, ("-" if amount > 0 else "") + english(amount), True),
        ]

    first = header(
        [
            "Cascade Card Services",
            "ELENA M VASQUEZ",
            "2207 E UNION ST APT 3, SEATTLE WA 98122",
            "Opening/Closing Date 10/04/25 - 11/03/25",
            "Account Number: XXXX XXXX XXXX 4421",
        ]
    )
    first += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "Payment, Credits", False), (300, f"-${english(sum(a for *_, a in US_CREDITS))}", True)],
        [(40, "Purchases", False), (300, f"+${english(sum(a for *_, a in US_PURCHASES))}", True)],
        [(40, "Interest Charged", False), (300, f"+${english(US_INTEREST[0][2])}", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [(40, "Minimum Payment Due", False), (300, "$40.00", True)],
        [(40, "Payment Due Date", False), (300, "11/28/25", True)],
        [],
        [(40, "**ACCOUNT ACTIVITY", False)],
        heading,
        heading2,
        [(110, "**PAYMENTS AND OTHER CREDITS", False)],
        *[row(*r) for r in US_CREDITS],
        [(110, "**PURCHASES AND ADJUSTMENTS", False)],
        *[row(*r) for r in US_PURCHASES[:5]],
    ]
    second: Lines = [
        [(40, "ELENA M VASQUEZ", False), (560, "Page 2 of 3", True)],
        [(40, "Statement Date: 11/03/25", False)],
        [],
        [(40, "**ACCOUNT ACTIVITY (CONTINUED)", False)],
        heading,
        heading2,
        *[row(*r) for r in US_PURCHASES[5:]],
        [(110, "**FEES CHARGED", False)],
        [(110, "TOTAL FEES FOR THIS PERIOD", False), (560, "$0.00", True)],
        [(110, "**INTEREST CHARGED", False)],
        *[row(*r) for r in US_INTEREST],
        [(110, "TOTAL INTEREST FOR THIS PERIOD", False), (560, f"${english(US_INTEREST[0][2])}", True)],
        [],
        [(40, "**2025 Totals Year-to-Date", False)],
        [(40, "Total fees charged in 2025", False), (300, "$39.00", True)],
        [(40, "Total interest charged in 2025", False), (300, "$112.54", True)],
    ]
    third: Lines = [
        [(40, "ELENA M VASQUEZ", False), (560, "Page 3 of 3", True)],
        [],
        [(40, "##INTEREST CHARGES", False)],
        [
            (40, "**Balance Type", False),
            (250, "Annual Percentage Rate (APR)", False),
            (560, "Interest Charges", True),
        ],
        [(40, "Purchases", False), (250, "24.99%(v)", False), (560, "$18.27", True)],
        [(40, "Cash Advances", False), (250, "29.99%(v)", False), (560, "$0.00", True)],
    ]
    _card_read([first, second, third], every, previous)


def test_a_spanish_account_carrying_the_sums_of_debe_and_haber_as_suma_y_sigue() -> None:
    """ "FECHA | F. VALOR | CONCEPTO | DEBE | HABER | SALDO": "SUMA Y SIGUE" closes each page with the sums
    of the two columns so far (no balance), "SUMA ANTERIOR" opens the next with the same sums."""
    rows = running(M("1893.27"), SANTANDERISH)
    columns = [
        Column("FECHA", 40, lambda r: r.date.strftime("%d-%m")),
        Column("F. VALOR", 85, lambda r: r.date.strftime("%d-%m")),
        Column("CONCEPTO", 140, lambda r: r.description),
        Column("DEBE", 400, paid_out(continental), right=True),
        Column("HABER", 475, paid_in(continental), right=True),
        Column("SALDO", 555, lambda r: continental(r.balance), right=True),
    ]
    index = {r: n for n, r in enumerate(rows)}

    def top(number: int) -> Lines:
        lines: Lines = [
            [(40, "EXTRACTO DE CUENTA DEL 01-01-2025 AL 31-01-2025", False), (560, f"Hoja {number}", True)],
            [(40, "IBAN ES91 2100 0418 4502 0005 1332", False)],
            [],
        ]
        return (header(["Banco Castellano", "D. Álvaro Moreno Gil"]) if number == 1 else []) + lines

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        out, into = totals(rows[: index[row] + 1])
        label = "SUMA Y SIGUE" if leaving else "SUMA ANTERIOR"
        return [(140, label, False), (400, continental(out), True), (475, continental(into), True)]

    opening = [(140, "SALDO ANTERIOR", False), (555, continental(balance_before(rows)), True)]
    closing = [(140, "SALDO FINAL", False), (555, continental(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (4, 8), top=top, foot=lambda n: [], carried=carried, opening=opening, closing=closing
    )
    _as_drawn(pages, rows)


NORTH_AND_EAST = [
    (D(2025, 5, 2), "IKEA\nREF 20250502-0141", "-149.90"),
    (D(2025, 5, 5), "SPOTIFY\nREF 20250505-0288", "-11.99"),
    (D(2025, 5, 9), "ACME LOGISTICS\nREF 20250509-0017", "3250.00"),
    (D(2025, 5, 14), "LIDL\nREF 20250514-0533", "-42.37"),
    (D(2025, 5, 20), "SHELL\nREF 20250520-0902", "-61.00"),
    (D(2025, 5, 27), "ZALANDO\nREF 20250527-0315", "18.95"),
]
# Per language: the headings (date, description, out, in, balance), the first and last balance labels,
# the label carrying the balance off a page and the one bringing it onto the next, and the figures' style.
CARRIED_IN = {
    "nl": (
        ("Datum", "Omschrijving", "Af", "Bij", "Saldo"),
        ("Vorig saldo", "Nieuw saldo"),
        ("Over te brengen", "Transport"),
        continental,
    ),
    "pl": (
        ("Data operacji", "Opis operacji", "Obciążenia", "Uznania", "Saldo"),
        ("Saldo początkowe", "Saldo końcowe"),
        ("Do przeniesienia", "Z przeniesienia"),
        spaced,
    ),
    "sv": (
        ("Bokföringsdag", "Text", "Uttag", "Insättningar", "Saldo"),
        ("Ingående saldo", "Utgående saldo"),
        ("Överförs till nästa sida", "Överfört från föregående sida"),
        spaced,
    ),
    "tr": (
        ("İşlem Tarihi", "Açıklama", "Borç", "Alacak", "Bakiye"),
        ("Devreden bakiye", "Kapanış bakiyesi"),
        ("Nakli yekün", "Nakli yekün"),
        continental,
    ),
    "da": (
        ("Dato", "Tekst", "Hævninger", "Indsætninger", "Saldo"),
        ("Primo saldo", "Ultimo saldo"),
        ("Overføres til næste side", "Overført saldo"),
        continental,
    ),
    "no": (
        ("Dato", "Forklaring", "Ut av konto", "Inn på konto", "Saldo"),
        ("Inngående saldo", "Utgående saldo"),
        ("Overføres til neste side", "Saldo overført"),
        continental,
    ),
}


@pytest.mark.parametrize("language", sorted(CARRIED_IN))
def test_a_balance_carried_over_pages_in_the_words_of_each_language(
    language: str, unicode_fonts: Fonts
) -> None:
    """One account over three pages in each language: the balance carried off each page and onto the next
    in that language's words, the headings on every page, a row's second line cut onto the next page."""
    names, (first, last), (off, on), style = CARRIED_IN[language]
    rows = running(M("2210.40"), NORTH_AND_EAST)
    columns = [
        Column(names[0], 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column(names[1], 115, lambda r: r.description),
        Column(names[2], 400, paid_out(style), right=True),
        Column(names[3], 480, paid_in(style), right=True),
        Column(names[4], 560, lambda r: style(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        return header(["Nordic Baltic Bank", "Anna Berg", "01.05.2025 - 31.05.2025"]) if number == 1 else []

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(115, off if leaving else on, False), (560, style(row.balance), True)]

    opening = [(115, first, False), (560, style(balance_before(rows)), True)]
    closing = [(115, last, False), (560, style(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (5, 9), top=top, foot=lambda n: [], carried=carried, opening=opening, closing=closing
    )
    _as_drawn(pages, rows, unicode_fonts)


@pytest.mark.parametrize(
    "names",
    [
        ("Date", "Narration", "Outflow", "Inflow", "Balance"),
        ("Date", "Details", "Withdrawals", "Lodgements", "Balance"),
        ("Transaction Date", "Description", "Spent", "Received", "Balance"),
        ("Txn Date", "Remarks", "Debit", "Credit", "Balance"),
        ("Created At", "Description", "Debit", "Credit", "Balance"),
    ],
)
def test_a_neobank_statement_over_two_pages_under_the_money_headings_apps_print(
    names: tuple[str, ...],
) -> None:
    """Money out and in headed as apps and the banks of Ireland and Nigeria print them ("Outflow | Inflow",
    "Withdrawals | Lodgements", "Spent | Received"), the date as "Txn Date" or "Created At": each names its
    column, over two pages with the headings on each."""
    rows = running(M("18250.75"), NAIRA_DAYS[:10])
    columns = [
        Column(names[0], 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(names[1], 120, lambda r: r.description),
        Column(names[2], 400, paid_out(english), right=True),
        Column(names[3], 480, paid_in(english), right=True),
        Column(names[4], 565, lambda r: english(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        return (
            header(["Lagoon Digital Bank", "CHIOMA ADA EZE", "Statement 01/07/2025 - 31/07/2025"])
            if number == 1
            else []
        )

    opening = [(120, "Opening Balance", False), (565, english(balance_before(rows)), True)]
    closing = [(120, "Closing Balance", False), (565, english(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (6,), top=top, foot=lambda n: [], carried=None, opening=opening, closing=closing
    )
    _as_drawn(pages, rows)


SAME_DAYS = [
    (D(2025, 3, 3), "CARD PAYMENT TESCO STORES", "-23.40"),
    (D(2025, 3, 3), "CARD PAYMENT COSTA COFFEE", "-3.95"),
    (D(2025, 3, 5), "BACS ACME PAYROLL LTD", "2150.00"),
    (D(2025, 3, 5), "DD COUNCIL TAX", "-142.00"),
    (D(2025, 3, 5), "DD EE LIMITED", "-35.00"),
    (D(2025, 3, 10), "ATM CASH WITHDRAWAL", "-50.00"),
    (D(2025, 3, 10), "TFR TO SAVINGS", "-300.00"),
]


def test_a_day_whose_rows_run_over_a_page_break_dates_the_rows_after_it() -> None:
    """The date printed on a day's first row only, the running balance on its last; the 5 March rows run
    from page 1 onto page 2, past the balance carried and brought forward, where no date is printed again."""
    rows = running(M("745.12"), SAME_DAYS)
    first_of_day = {r.date: r for r in reversed(rows)}
    last_of_day = {r.date: r for r in rows}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %y") if first_of_day[r.date] is r else ""),
        Column("Payment type and details", 100, lambda r: r.description),
        Column("Paid out", 400, paid_out(english), right=True),
        Column("Paid in", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance) if last_of_day[r.date] is r else "", right=True),
    ]

    def top(number: int) -> Lines:
        return (
            header(["Albion Bank", "MR ARJUN MEHTA", "Statement 1 March 2025 to 31 March 2025"])
            if number == 1
            else []
        )

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        label = "BALANCE CARRIED FORWARD" if leaving else "BALANCE BROUGHT FORWARD"
        return [(100, label, False), (560, english(row.balance), True)]

    opening = [(100, "BALANCE BROUGHT FORWARD", False), (560, english(balance_before(rows)), True)]
    closing = [(100, "BALANCE CARRIED FORWARD", False), (560, english(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (3,), top=top, foot=lambda n: [], carried=carried, opening=opening, closing=closing
    )
    _as_drawn(pages, rows)


MAPLE_DAYS = [
    (D(2025, 4, 1), "Online Banking payment - 4417\nROGERS", "-112.45"),
    (D(2025, 4, 1), "Interac purchase - 3310\nLOBLAWS #1021", "-86.30"),
    (D(2025, 4, 4), "Payroll Deposit\nNORTHWIND SYSTEMS", "2310.75"),
    (D(2025, 4, 8), "e-Transfer sent\nMARIE TREMBLAY", "-250.00"),
    (D(2025, 4, 8), "Monthly fee", "-4.00"),
    (D(2025, 4, 15), "Online transfer to Deposit Account-1122", "-500.00"),
    (D(2025, 4, 22), "e-Transfer received\nJEAN GAGNON", "60.00"),
    (D(2025, 4, 28), "Insurance\nSUN LIFE", "-47.90"),
]


def test_a_canadian_chequing_account_whose_activity_continues_on_page_two_under_its_title() -> None:
    """ "Date | Description | Cheques & Debits ($) | Deposits & Credits ($) | Balance ($)": the balance on
    a day's last row only, descriptions over two lines; "Details of your account activity" continues on
    page 2 as "Details of your account activity - continued" above its headings again."""
    rows = running(M("1318.06"), MAPLE_DAYS)
    last_of_day = {r.date: r for r in rows}
    first_of_day = {r.date: r for r in reversed(rows)}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b") if first_of_day[r.date] is r else ""),
        Column("Description", 90, lambda r: r.description),
        Column("Cheques & Debits ($)", 390, paid_out(english), right=True),
        Column("Deposits & Credits ($)", 480, paid_in(english), right=True),
        Column(
            "Balance ($)", 560, lambda r: english(r.balance) if last_of_day[r.date] is r else "", right=True
        ),
    ]

    def top(number: int) -> Lines:
        if number == 1:
            return [
                *header(
                    ["Royal Maple Bank", "ISABELLE ROY", "1200 RUE SAINTE-CATHERINE O, MONTREAL QC H3B 1K9"]
                ),
                [(40, "Your account statement - From April 1, 2025 to April 30, 2025", False)],
                [(40, "Account number: 01234 567-890-1", False)],
                [],
                [(40, "**Details of your account activity", False)],
            ]
        return [
            [(40, "Royal Maple Bank", False), (560, "2 of 2", True)],
            [],
            [(40, "**Details of your account activity - continued", False)],
        ]

    opening = [(90, "Opening balance", False), (560, english(balance_before(rows)), True)]
    closing = [(90, "Closing balance", False), (560, english(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (8,), top=top, foot=lambda n: [], carried=None, opening=opening, closing=closing
    )
    read = _as_drawn(pages, rows)
    assert read.currency == "CAD"


def test_a_six_page_statement_of_a_quarter_carrying_its_balance_over_every_page() -> None:
    """A quarter's statement over six pages, the month's rows three times: "Übertrag" at every page's
    foot and head, the purposes of rows cut by several of the pages, the running header and footer on
    each."""
    quarter = [
        (day.replace(month=month), text, amount) for month in (1, 2, 3) for day, text, amount in GIRO[:-1]
    ]
    rows = running(M("1206.33"), quarter)

    def top(number: int) -> Lines:
        first = header(
            ["Sparkasse Ostwestfalen", "Herrn Tobias Wendt", "Jöllenbecker Str. 58, 33613 Bielefeld"]
        )
        running_head: Lines = [
            [
                (40, "Kontoauszug 1/2025", False),
                (300, "Girokonto", False),
                (560, f"Blatt {number} von 6", True),
            ],
            [(40, "IBAN DE12 4805 0161 0043 2198 77", False), (560, "01.01.2025 - 31.03.2025", True)],
            [],
        ]
        return (first if number == 1 else []) + running_head

    opening = [(165, "Kontostand am 31.12.2024", False), (555, continental(balance_before(rows)), True)]
    closing = [(165, "Kontostand am 31.03.2025", False), (555, continental(rows[-1].balance), True)]
    pages = _pages(
        GIRO_COLUMNS,
        rows,
        (17, 35, 52, 70, 87),
        top=top,
        foot=_giro_foot,
        carried=_uebertrag,
        opening=opening,
        closing=closing,
    )
    read = _as_drawn(pages, rows)
    assert (read.period_start, read.period_end) == (D(2025, 1, 1), D(2025, 3, 31))


def test_a_last_page_holding_only_the_balance_brought_over_and_the_closing_balance() -> None:
    """The rows end at the foot of page 3 with "Übertrag"; page 4 holds the running header, "Übertrag",
    the closing balance and the bank's notices: no row, and the closing balance is the statement's."""
    rows = running(M("1206.33"), GIRO)
    opening = [(165, "Kontostand am 28.02.2025", False), (555, continental(balance_before(rows)), True)]
    pages = _pages(
        GIRO_COLUMNS, rows, (9, 21), top=_giro_top, foot=_giro_foot, carried=_uebertrag, opening=opening
    )
    last = pages[-1][: -len(_giro_foot(3))]
    while not last[-1]:
        last.pop()
    pages[-1] = [
        *last,
        _uebertrag(rows[-1], True),
        *[[] for _ in range(FOOT_LINE - len(last) - 1)],
        *_giro_foot(3),
    ]
    pages.append(
        [
            *_giro_top(4),
            headings(GIRO_COLUMNS),
            _uebertrag(rows[-1], False),
            [(165, "Kontostand am 31.03.2025", False), (555, continental(rows[-1].balance), True)],
            [],
            [
                (
                    40,
                    "Bitte prüfen Sie diesen Kontoauszug. Einwendungen binnen sechs Wochen.",
                    False,
                )
            ],
            [
                (
                    40,
                    "Guthaben sind nach dem Einlagensicherungsgesetz entschädigungsfähig.",
                    False,
                )
            ],
            *_giro_foot(4),
        ]
    )
    _as_drawn(pages, rows)


KAART = [
    (D(2025, 3, 3), D(2025, 3, 4), "ALBERT HEIJN 1403 AMSTERDAM NL", M("-23.45")),
    (D(2025, 3, 6), D(2025, 3, 7), "NS GROEP IZ NS REIZIGERS UTRECHT NL", M("-48.60")),
    (D(2025, 3, 10), D(2025, 3, 10), "UW BETALING, DANK U", M("612.30")),
    (D(2025, 3, 14), D(2025, 3, 17), "BOL.COM UTRECHT NL", M("-89.99")),
    (D(2025, 3, 19), D(2025, 3, 20), "AIRBNB * HMQ2 DUBLIN IE", M("-312.00")),
    (D(2025, 3, 24), D(2025, 3, 25), "TERUGBOEKING BOL.COM UTRECHT NL", M("29.99")),
]
NL_MONTHS = {3: "mrt", 4: "apr"}


def test_a_dutch_card_bill_marking_each_figure_af_or_bij_after_it() -> None:
    """A Dutch card statement: "Datum transactie | Datum verwerking | Omschrijving | Bedrag in EUR", days
    as "03 mrt" with no year, each figure followed by "Af" (charged) or "Bij" (paid or refunded); the
    last statement's balance ("Vorig openstaand saldo") and the new one ("Nieuw openstaand saldo")
    marked the same way above the rows, what to pay ("Te betalen") under them."""
    previous = M("-612.30")
    new = previous + sum(a for *_, a in KAART)

    def day(value: dt.date) -> str:
        return f"{value.day:02d} {NL_MONTHS[value.month]}"

    def marked(value: M) -> str:
        return spaced(value).replace(" ", ".") + (" Af" if value < 0 else " Bij")

    lines = header(
        [
            "Nederlandse Kaartdiensten",
            "Dhr. P. de Vries",
            "Overzicht van 27 februari 2025 tot en met 27 maart 2025",
            "Visa Card 4543 XXXX XXXX 7712",
        ]
    )
    lines += [
        [(40, "Vorig openstaand saldo", False), (300, marked(previous), True)],
        [(40, "Nieuw openstaand saldo", False), (300, marked(new), True)],
        [],
        [
            (40, "**Datum transactie", False),
            (130, "Datum verwerking", False),
            (230, "Omschrijving", False),
            (560, "Bedrag in EUR", True),
        ],
        *[
            [(40, day(d), False), (130, day(p), False), (230, t, False), (560, marked(a), True)]
            for d, p, t, a in KAART
        ],
        [],
        [(230, "Te betalen", False), (560, marked(new), True)],
        [(230, "Minimaal te betalen", False), (560, "45,00", True)],
    ]
    read = _card_read([lines], [(d, t, a) for d, _, t, a in KAART], previous)
    assert [t.value_date for t in read.transactions] == [p for _, p, *_ in KAART]


def test_a_swiss_german_account_with_the_value_date_after_the_money_carrying_uebertrag() -> None:
    """ "Datum | Text | Belastung | Gutschrift | Valuta | Saldo" in francs printed 1'234.56, the purposes
    over two lines, "Übertrag" with the balance at the foot of page 1 and the head of page 2."""
    rows = running(M("8412.25"), GIRO)
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Text", 90, lambda r: r.description),
        Column("Belastung", 360, paid_out(swiss), right=True),
        Column("Gutschrift", 430, paid_in(swiss), right=True),
        Column("Valuta", 445, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]

    def top(number: int) -> Lines:
        lines: Lines = [
            [(40, "Kontoauszug Privatkonto CHF", False), (560, f"Seite {number}/2", True)],
            [(40, "IBAN CH93 0076 7000 E520 3456 7", False), (560, "01.03.2025 - 31.03.2025", True)],
            [],
        ]
        return (header(["Zürcher Landbank", "Frau Sophie Rochat"]) if number == 1 else []) + lines

    def carried(row: Drawn, leaving: bool) -> list[Cell]:
        return [(90, "Übertrag", False), (560, swiss(row.balance), True)]

    opening = [(90, "Saldovortrag", False), (560, swiss(balance_before(rows)), True)]
    closing = [(90, "Saldo zu Ihren Gunsten", False), (560, swiss(rows[-1].balance), True)]
    pages = _pages(
        columns, rows, (9,), top=top, foot=lambda n: [], carried=carried, opening=opening, closing=closing
    )
    read = _as_drawn(pages, rows)
    assert read.currency == "CHF"


@pytest.mark.parametrize(
    "note",
    [
        "USD 10.99",
        "Foreign amount USD 10.99",
        "Orig. amount 10.99 USD",
        "10.99 USD @ 1.5460",
        "IMPORTE EN DIVISA 10,99 USD",
    ],
)
def test_the_foreign_amount_under_a_purchase_abroad_is_no_part_of_its_description(note: str) -> None:
    """The amount in the currency of a purchase abroad, printed on the line under it alone, after words
    naming it or before the rate it was converted at, belongs to the purchase and is not its
    description."""
    previous = M("-950.00")
    lines = header(
        ["Southern Cross Card Services", "MR LIAM O'CONNOR", "Statement period 01 Mar 2025 - 31 Mar 2025"]
    )
    lines += [
        [(40, "Opening balance", False), (300, f"${english(previous)}", True)],
        [
            (40, "Closing balance", False),
            (300, f"${english(previous + sum(a for *_, a in OZ_CARD[:4]))}", True),
        ],
        [],
        [(40, "**Date", False), (110, "Transaction details", False), (560, "Amount ($)", True)],
    ]
    for day, text, amount in OZ_CARD[:4]:
        shown = english(amount) + (" CR" if amount > 0 else "")
        lines.append([(40, day.strftime("%d %b"), False), (110, text, False), (560, shown, True)])
        if text.startswith("NETFLIX"):
            lines.append([(110, note, False)])
    _card_read([lines], OZ_CARD[:4], previous)


WRAPPED_MONEY_WORDS = {
    # the rows after it print their signs now one way, now the other
    "mixed": [
        (D(2025, 6, 2), "VISA DEBIT\nPURCHASE", "-12.00"),
        (D(2025, 6, 3), "SALARY ACME LTD", "2000.00"),
        (D(2025, 6, 4), "CARD\nPURCHASE", "-5.00"),
        (D(2025, 6, 5), "REFUND ACME STORE", "15.00"),
        (D(2025, 6, 6), "DIRECT DEBIT GAS", "-40.00"),
    ],
    # a minus, then three credits printed bare: a one-word line between rows signed apart titles nothing
    "other_sign_after": [
        (D(2025, 6, 2), "VISA DEBIT\nPURCHASE", "-12.00"),
        (D(2025, 6, 3), "SALARY ACME LTD", "2000.00"),
        (D(2025, 6, 4), "REFUND ACME STORE", "15.00"),
        (D(2025, 6, 5), "TRANSFER FROM SAVINGS", "40.00"),
        (D(2025, 6, 6), "PAYMENT\nRECEIVED", "25.00"),
    ],
}


@pytest.mark.parametrize("kind", sorted(WRAPPED_MONEY_WORDS))
def test_a_description_wrapped_onto_a_money_word_stays_the_rows(kind: str) -> None:
    """An account printing one signed amount: "VISA DEBIT" over "PURCHASE", "PAYMENT" over "RECEIVED" is
    one row's description, not a section's title, however the rows after it print their signs."""
    rows = running(M("512.80"), WRAPPED_MONEY_WORDS[kind])
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 470, lambda r: ("-" if r.amount < 0 else "") + english(r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    pages = _pages(
        columns,
        rows,
        (),
        top=lambda n: header(["Harbour Bank", "ALEX MORGAN", "Statement 01/06/2025 to 30/06/2025"]),
        foot=lambda n: [],
        carried=None,
    )
    _as_drawn(pages, rows)
