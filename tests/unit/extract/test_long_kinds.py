"""Long statements, card bills of several countries, mobile-money wallets and sectioned US layouts of
issue 14, each drawn over the pages a real bank spreads it on: a running header and footer on every
page, a balance carried from page to page in the statement's language, table headings repeated or not,
a row whose description runs onto the next page, a section "continued" there."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    balance_before,
    continental,
    drawn_lines,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    swiss,
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
    (the row the last whose first line the page holds), the last with `closing`; `foot(n)` is drawn at
    the foot of each."""
    lines = _lines(columns, rows)
    starts = [0, *breaks]
    ends = [*breaks, len(lines)]
    pages: list[Lines] = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        page: Lines = top(number)
        if number == 1 or repeat_headings:
            page.append(headings(columns))
        brought = rows[lines[start - 1][0]] if number > 1 else None
        if brought is not None and carried is not None:
            page.append(carried(brought, False))
        if number == 1 and opening:
            page.append(opening)
        page += [cells for _, cells in lines[start:end]]
        if end < len(lines) and carried is not None:
            page.append(carried(rows[lines[end - 1][0]], True))
        if end == len(lines) and closing:
            page.append(closing)
        page += [[] for _ in range(FOOT_LINE - len(page))]
        pages.append(page + foot(number))
    return pages


def _as_drawn(pages: Sequence[Lines], rows: Sequence[Drawn]) -> RawStatement:
    """Asserts that the statement drawn on these pages reads as its rows (a description over several
    lines read as one, its lines joined by a space) between the balances around them."""
    read = read_one(drawn_lines(pages))
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


def test_a_german_account_over_four_pages_carrying_its_balance_as_uebertrag_with_a_row_split_by_a_page() -> (
    None
):
    """A Sparkasse-like statement: each page opens with "Kontoauszug 3/2025 ... Blatt n von 4" and the
    IBAN and ends with the bank's register and board; "Übertrag" with the balance closes each page and
    opens the next; a standing order's purpose runs from the foot of page 1 onto page 2."""
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
    )
    _as_drawn(pages, rows)


def test_the_same_account_heading_its_table_on_the_first_page_only() -> None:
    """Later pages hold the running header, "Übertrag" and the rows, without the table's headings."""
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
        repeat_headings=False,
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
