"""Kinds of issue 14 that public statements of Latin America and of continental Europe print and no other
test draws: whole pesos grouped by points under day-and-month dates, days printed without a leading zero
and a period written year first, a money-in column before the money-out one, and branch and document
columns between the description and the money, read through the text layer."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
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
    read_one,
    running,
    signed,
    statement,
    swiss,
    table,
    totals,
    whole,
)

PESOS = [
    (D(2025, 3, 3), "TRASPASO DE CAMILA ROJAS", "450000"),
    (D(2025, 3, 5), "PAGO EN LINEA AGUA ANDINA", "-23790"),
    (D(2025, 3, 12), "CHEQUE PAGADO POR CAJA", "-150000"),
    (D(2025, 3, 18), "COMPRA NACIONAL FERRETERIA", "-8400"),
    (D(2025, 3, 27), "DEPOSITO EN EFECTIVO", "1200000"),
]


def test_a_chilean_account_of_whole_pesos_under_day_and_month_dates_with_branch_and_document() -> None:
    """A current account of Chile: rows dated by day and month only (the year in the period), each
    figure whole and grouped by points, the money out headed "cheques o cargos" and the money in
    "depósitos o abonos", a branch and a document number between the description and the money."""
    rows = running(M("312480"), PESOS)
    head = [
        "Banco Cordillera",
        "Cartola de Cuenta Corriente N° 37",
        "Señor(a) Tomás Araya Fuentes",
        "Desde 01/03/2025 Hasta 31/03/2025",
    ]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Detalle de transacción", 80, lambda r: r.description),
        Column("Sucursal", 250, lambda _: "OF. CENTRAL"),
        Column("N° Docto", 350, _document, right=True),
        Column("Cheques o cargos", 430, paid_out(whole), right=True),
        Column("Depósitos o abonos", 500, paid_in(whole), right=True),
        Column("Saldo", 560, lambda r: whole(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    # Columns before the money that the reader does not use are read with the description, as everywhere.
    assert entries(read) == [(r.date, f"{r.description} OF. CENTRAL {_document(r)}", r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


def _document(row: Drawn) -> str:
    return f"{row.date.day * 7919 % 100000:05d}"


def test_a_colombian_account_with_days_unpadded_and_its_period_written_year_first() -> None:
    """A savings account of Colombia: rows dated "3/03" (day and month, the day without a leading zero),
    the period written year first ("2025/03/01"), a signed amount in English figures, a branch and a
    document column before it."""
    rows = running(
        M("1845200.00"),
        [
            (D(2025, 3, 3), "ABONO INTERESES AHORROS", "312.45"),
            (D(2025, 3, 4), "PAGO PSE EMPRESA ENERGIA", "-187450.00"),
            (D(2025, 3, 9), "TRANSFERENCIA DESDE NEQUI", "600000.00"),
            (D(2025, 3, 15), "RETIRO CAJERO CENTRO", "-300000.00"),
            (D(2025, 3, 31), "CUOTA MANEJO TARJETA DEBITO", "-14900.00"),
        ],
    )
    head = [
        "Banco del Valle de Aburrá",
        "ESTADO DE CUENTA AHORROS",
        "Valentina Ospina Restrepo",
        "DESDE: 2025/03/01 HASTA: 2025/03/31",
    ]
    columns = [
        Column("FECHA", 40, lambda r: f"{r.date.day}/{r.date.month:02d}"),
        Column("DESCRIPCIÓN", 80, lambda r: r.description),
        Column("SUCURSAL", 270, lambda _: ""),
        Column("DCTO.", 360, lambda _: ""),
        Column("VALOR", 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("SALDO", 560, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


SWISS = [
    (D(2025, 4, 1), "GUTSCHRIFT LOHN APRIL", "6240.00"),
    (D(2025, 4, 2), "DAUERAUFTRAG MIETE", "-1950.00"),
    (D(2025, 4, 8), "KARTE EINKAUF MIGRANT MARKT", "-84.35"),
    (D(2025, 4, 16), "TWINT AN L. KELLER", "-35.00"),
]


def test_a_swiss_account_printing_its_money_in_column_before_its_money_out() -> None:
    """A postal account of Switzerland: the money in (Gutschrift) left of the money out (Lastschrift),
    the value day after them, figures grouped by apostrophes."""
    rows = running(M("2310.60"), SWISS)
    head = ["Postkonto Helvetia", "Frau Anna Widmer", "Kontoauszug 01.04.2025 - 30.04.2025"]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Text", 95, lambda r: r.description),
        Column("Gutschrift", 360, paid_in(swiss), right=True),
        Column("Lastschrift", 430, paid_out(swiss), right=True),
        Column("Valuta", 445, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(
    "words",
    [
        ["Data Operazione", "Data Valuta", "Entrate", "Uscite", "Descrizione"],
        ["Fecha", "Fecha valor", "Ingresos", "Gastos", "Concepto"],
    ],
)
def test_money_in_and_out_columns_before_the_description(words: list[str]) -> None:
    """An online bank's export of Italy or Spain: both dates, then the money in and the money out, the
    description last and wide."""
    rows = running(
        M("980.15"),
        [
            (D(2025, 5, 2), "Bonifico da Giulia Conti stipendio", "2150.00"),
            (D(2025, 5, 6), "Pagamento carta supermercato", "-64.20"),
            (D(2025, 5, 19), "Addebito diretto utenza gas", "-91.75"),
        ],
    )
    head = ["Banca Online Piana", "Paolo Ferri", "Periodo dal 01/05/2025 al 31/05/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 115, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[2], 250, paid_in(continental), right=True),
        Column(words[3], 320, paid_out(continental), right=True),
        Column(words[4], 335, lambda r: r.description),
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [r.date for r in rows]


def test_a_brazilian_account_whose_balance_shows_only_on_its_first_and_letter_spaced_last_line() -> None:
    """An account of Brazil: each amount marked C or D after it, no running balance on the rows, the
    balance printed only on the first line ("Saldo Anterior") and the last, whose label is letter-spaced
    ("S A L D O"); a lot number between the day and the description (the row's number, no part of its
    description) and a document number after it."""
    rows = running(
        M("1532.40"),
        [
            (D(2025, 6, 2), "Pix - Recebido Joana Prado", "850.00"),
            (D(2025, 6, 5), "Pagamento de Boleto Condominio", "-612.35"),
            (D(2025, 6, 12), "Compra com Cartao Padaria Sol", "-27.90"),
            (D(2025, 6, 20), "Transferencia Enviada Pix", "-300.00"),
        ],
    )

    def marked(value: M) -> str:
        return continental(value) + (" D" if value < 0 else " C")

    opening = balance_before(rows)
    head = [
        "Banco Atlântico do Sul",
        "Cliente: Rafael Nunes Teixeira",
        "Extrato de conta corrente",
        "Período: 01/06/2025 a 30/06/2025",
    ]
    columns = [
        Column("Dia", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Lote", 105, lambda r: "" if r.amount == 0 else "14397"),
        Column("Histórico", 150, lambda r: r.description),
        Column("Documento", 380, lambda r: "" if r.amount == 0 else f"{r.date.day:02d}0611"),
        Column("Valor R$", 480, lambda r: marked(r.amount) if r.amount else "", right=True),
        Column("Saldo", 560, lambda r: marked(r.balance) if r.amount == 0 else "", right=True),
    ]
    first = Drawn(D(2025, 5, 30), "Saldo Anterior", M(0), opening)
    last = Drawn(D(2025, 6, 30), "S A L D O", M(0), rows[-1].balance)
    read = read_one(statement(head, columns, [first, *rows, last]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert [t.description for t in read.transactions] == [
        f"{r.description} {r.date.day:02d}0611" for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (opening, rows[-1].balance)


def test_a_peruvian_account_dating_its_rows_by_the_day_joined_to_the_month_in_letters() -> None:
    """An account of Peru: each row dated "03MAR" (the day and the month's abbreviation in one word),
    the year in the period, a processing and a value date, money out and in under headings that name
    both words of each side ("CARGOS / DEBE")."""
    rows = running(
        M("2890.00"),
        [
            (D(2025, 3, 3), "HABER MENSUAL PLANILLA", "3450.00"),
            (D(2025, 3, 7), "RETIRO CAJERO AGENTE", "-400.00"),
            (D(2025, 3, 14), "PAGO SERVICIO LUZ", "-138.60"),
            (D(2025, 3, 28), "COMPRA POS FARMACIA", "-56.90"),
        ],
    )
    head = [
        "Banco Andino del Pacífico",
        "ESTADO DE CUENTA DE AHORROS",
        "ROSA QUISPE MAMANI",
        "DEL 01/03/2025 AL 31/03/2025",
    ]
    months = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"]

    def joined(row: Drawn) -> str:
        return f"{row.date.day:02d}{months[row.date.month - 1]}"

    columns = [
        Column("FECHA PROC.", 40, joined),
        Column("FECHA VALOR", 105, joined),
        Column("DESCRIPCION", 170, lambda r: r.description),
        Column("CARGOS / DEBE", 420, paid_out(english), right=True),
        Column("ABONOS / HABER", 490, paid_in(english), right=True),
        Column("SALDO", 560, lambda r: english(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date for r in rows]


def test_a_belgian_account_numbering_its_rows_before_the_date_between_old_and_new_solde() -> None:
    """An account of Belgium in French: each row numbered ("0001") before its date, dates with dashes,
    a signed amount and no running balance, the old and new balances on lines above and below."""
    rows = running(
        M("1875.20"),
        [
            (D(2025, 4, 2), "VIREMENT EUROPEEN DE DUPONT MARC", "1420.00"),
            (D(2025, 4, 4), "PAIEMENT PAR CARTE BOULANGERIE", "-8.40"),
            (D(2025, 4, 15), "DOMICILIATION ASSURANCE AUTO", "-96.15"),
        ],
    )
    head = ["Banque des Ardennes", "Mme Claire Lambert", "Extrait de compte n° 4 du 01-04-2025 au 30-04-2025"]
    amount = Column(
        "Montant EUR", 540, lambda r: ("+" if r.amount > 0 else "-") + continental(r.amount), right=True
    )
    columns = [
        Column("N°", 40, lambda r: f"{rows.index(r) + 1:04d}"),
        Column("Date", 75, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Description", 135, lambda r: r.description),
        Column("Valeur", 400, lambda r: r.date.strftime("%d-%m-%Y")),
        amount,
    ]
    lines = [
        *header(head),
        [(40, "Ancien solde au 31-03-2025", False), (540, continental(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(40, "Nouveau solde au 30-04-2025", False), (540, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_an_argentine_account_between_a_saldo_anterior_row_and_a_saldo_al_row() -> None:
    """An account of Argentina: the table opens on a row of the balance brought in ("SALDO ANTERIOR")
    and closes on one of the balance on the last day ("SALDO AL 31/03/25"), each with a figure in the
    balance column only; dates with two-digit years."""
    rows = running(
        M("154320.75"),
        [
            (D(2025, 3, 4), "TRANSFERENCIA RECIBIDA CBU", "98000.00"),
            (D(2025, 3, 6), "DEBITO AUTOMATICO TELEFONIA", "-12450.30"),
            (D(2025, 3, 10), "IMPUESTO LEY 25413 DEB", "-74.70"),
            (D(2025, 3, 21), "EXTRACCION CAJERO", "-40000.00"),
        ],
    )
    head = ["Banco de la Llanura", "Resumen de cuenta", "Martina Sosa", "Período: 01/03/25 al 31/03/25"]
    columns = [
        Column("FECHA", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("CONCEPTO", 95, lambda r: r.description),
        Column("DÉBITO", 400, paid_out(continental), right=True),
        Column("CRÉDITO", 480, paid_in(continental), right=True),
        Column("SALDO", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = [
        *header(head),
        headings(columns),
        [(95, "SALDO ANTERIOR", False), (560, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(95, "SALDO AL 31/03/25", False), (560, continental(rows[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


@pytest.mark.parametrize("opening_above", [False, True], ids=["under the header", "above the header"])
def test_a_german_account_heading_its_money_columns_betrag_soll_and_betrag_haben(opening_above: bool) -> None:
    """A savings bank's account of Germany: the money out and in headed "Betrag Soll EUR" and "Betrag
    Haben EUR", the balance on dated lines opening and closing the rows ("Kontostand am ..."); the
    opening one set under the header or just above it, where it is no first line of the headings."""
    rows = running(
        M("2210.45"),
        [
            (D(2025, 2, 3), "Lohn/Gehalt Firma Berger GmbH", "2875.00"),
            (D(2025, 2, 4), "Miete Februar Dauerauftrag", "-980.00"),
            (D(2025, 2, 11), "Kartenzahlung Drogeriemarkt", "-23.85"),
        ],
    )
    head = ["Sparkasse am Fluss", "Frau Jana Schuster", "Kontoauszug 2/2025"]
    opening = [
        (40, "Kontostand am 31.01.2025, Auszug Nr. 1", False),
        (560, continental(balance_before(rows)), True),
    ]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Erläuterung", 110, lambda r: r.description),
        Column("Betrag Soll EUR", 460, paid_out(continental), right=True),
        Column("Betrag Haben EUR", 560, paid_in(continental), right=True),
    ]
    lines = (
        header(head)
        + ([opening, headings(columns)] if opening_above else [headings(columns), opening])
        + table(columns, rows)
        + [[(40, "Kontostand am 28.02.2025 um 20:00 Uhr", False), (560, continental(rows[-1].balance), True)]]
    )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


GERMAN = [
    (D(2025, 8, 4), "Lastschrift Stadtwerke Abschlag", "-74.00"),
    (D(2025, 8, 11), "Gutschrift Steuererstattung Finanzamt", "412.56"),
    (D(2025, 8, 19), "Kartenzahlung Buchhandlung am Markt", "-18.90"),
]

# A German account's "Buchung | Valuta | Vorgang | Soll | Haben": days "04.08." (the year printed apart),
# each figure a sign and a space before it ("- 74,00", "+ 412,56").
SOLL_HABEN = [
    Column("Buchung", 40, lambda r: r.date.strftime("%d.%m.")),
    Column("Valuta", 90, lambda r: r.date.strftime("%d.%m.")),
    Column("Vorgang", 140, lambda r: r.description),
    Column("Soll", 470, lambda r: "- " + continental(r.amount) if r.amount < 0 else "", right=True),
    Column("Haben", 555, lambda r: "+ " + continental(r.amount) if r.amount > 0 else "", right=True),
]


def test_a_german_account_printing_each_rows_year_on_the_line_under_its_day_and_month() -> None:
    """A German account whose booking and value days are printed "04.08." with the year on the line
    under each ("2025"), beside the second line of the description; the money out and in each under
    Soll and Haben with a sign a space before the figure ("- 74,00", "+ 412,56")."""
    rows = running(M("1240.00"), GERMAN)
    head = [
        "Bank am Rhein AG",
        "Kontoauszug",
        "Kontoinhaber: Lena Hoffmann",
        "Auszug 8 vom 01.08.2025 bis 31.08.2025",
    ]
    columns = SOLL_HABEN
    lines = [*header(head), headings(columns)]
    for cells in table(columns, rows):
        lines += [cells, [(40, "2025", False), (90, "2025", False), (140, "SEPA Referenz 0815", False)]]
    lines += [[(40, "Neuer Saldo", False), (555, "+ " + continental(rows[-1].balance), True)]]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert [t.description for t in read.transactions] == [f"{r.description} SEPA Referenz 0815" for r in rows]
    assert read.closing_balance == rows[-1].balance


@pytest.mark.parametrize("overdrawn", [False, True], ids=["in credit", "overdrawn"])
def test_a_german_account_whose_old_and_new_balance_lines_mark_the_side_after_the_figure(
    overdrawn: bool,
) -> None:
    """A direct bank's account of Germany: days without a year ("04.08."), money out and in under
    "Belastung in EUR" and "Gutschrift in EUR", then "ALTER KONTOSTAND 1.240,00 H EUR" and "NEUER
    KONTOSTAND ... S EUR" under the rows: H (Haben) a balance in credit, S (Soll) one overdrawn."""
    opening = M("-320.00") if overdrawn else M("1240.00")
    rows = running(opening, GERMAN)

    def balance(value: M) -> str:
        return continental(value) + (" S" if value < 0 else " H") + " EUR"

    head = [
        "Kreditbank Nord",
        "Herrn Jonas Richter",
        "Kontoauszug Nummer 008 / 2025 vom 01.08.2025 bis 31.08.2025",
    ]
    columns = [
        Column("Bu.Tag", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Wert", 85, lambda r: r.date.strftime("%d.%m.")),
        Column("Wir haben für Sie gebucht", 130, lambda r: r.description),
        Column("Belastung in EUR", 470, paid_out(continental), right=True),
        Column("Gutschrift in EUR", 555, paid_in(continental), right=True),
    ]
    lines = [
        *header(head),
        headings(columns),
        *table(columns, rows),
        [(130, "ALTER KONTOSTAND", False), (555, balance(opening), True)],
        [(130, "NEUER KONTOSTAND", False), (555, balance(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (opening, rows[-1].balance)


def test_a_german_account_whose_balance_labels_put_the_date_before_the_figure() -> None:
    """A fund platform's cash account of Germany: "Kontostand alt: 31.07.2025 1.240,00 EUR" above the
    table and "Kontostand neu: ..." under it, each with the day between the label and the figure; the
    value day before the description, the amount signed, its currency in a column of its own."""
    rows = running(M("1240.00"), GERMAN)
    head = ["Fondsbank Süd GmbH", "Kontoauszug-Nr. 8", "Herrn Felix Braun"]
    columns = [
        Column("Buchungstag", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Valuta", 110, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Buchungstext", 180, lambda r: r.description),
        Column("Betrag", 500, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Währung", 515, lambda _: "EUR"),
    ]
    lines = [
        *header(head),
        [(40, f"Kontostand alt: 31.07.2025 {continental(balance_before(rows))} EUR", False)],
        headings(columns),
        *table(columns, rows),
        [(40, f"Kontostand neu: 31.08.2025 {continental(rows[-1].balance)} EUR", False)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_dutch_account_dated_by_day_and_month_with_a_dash_between_begin_and_end_balances() -> None:
    """An account of the Netherlands: rows dated "03-04" (day and month parted by a dash, the year in
    the period "t/m"), money out and in headed "Bedrag af" and "Bedrag bij", the balance at the start
    above the table and the one at the end under it, each with its day."""
    rows = running(
        M("2145.30"),
        [
            (D(2025, 4, 3), "Albert Markt Utrecht betaalautomaat", "-46.12"),
            (D(2025, 4, 8), "Salaris april Werkgever BV", "2780.00"),
            (D(2025, 4, 22), "Zorgverzekering incasso", "-142.85"),
        ],
    )
    head = [
        "Coöperatieve Polderbank",
        "Rekeningafschrift",
        "De heer S. de Vries",
        "Periode 01-04-2025 t/m 30-04-2025",
    ]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d-%m")),
        Column("Omschrijving", 95, lambda r: r.description),
        Column("Bedrag af", 470, paid_out(continental), right=True),
        Column("Bedrag bij", 555, paid_in(continental), right=True),
    ]
    lines = [
        *header(head),
        [(40, "Beginsaldo per 31-03-2025", False), (555, continental(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(40, "Eindsaldo per 30-04-2025", False), (555, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_french_account_whose_period_opens_on_the_first_written_1er_and_rows_lack_a_year() -> None:
    """A postal bank's account of France: the period in words opening on "1er" ("du 1er octobre 2025
    au 31 octobre 2025"), rows dated by day and month ("07/10"), money out and in headed with the
    euro ("Débit (€)", "Crédit (€)"), the old balance a row of the table and the new one under it."""
    rows = running(
        M("875.40"),
        [
            (D(2025, 10, 2), "VIREMENT DE M DUBOIS LOYER", "650.00"),
            (D(2025, 10, 7), "CARTE X1234 SUPERMARCHE DU PORT", "-83.27"),
            (D(2025, 10, 15), "PRELEVEMENT EDF CLIENTS", "-61.00"),
        ],
    )
    head = [
        "Banque du Courrier",
        "Relevé de vos comptes",
        "Mme Sophie Bernard",
        "du 1er octobre 2025 au 31 octobre 2025",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Opérations", 90, lambda r: r.description),
        Column("Débit (€)", 470, paid_out(continental), right=True),
        Column("Crédit (€)", 555, paid_in(continental), right=True),
    ]
    lines = [
        *header(head),
        headings(columns),
        [(90, "Ancien solde au 30/09/2025", False), (555, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(90, "Nouveau solde au 31/10/2025", False), (555, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.period_start, read.period_end) == (D(2025, 10, 1), D(2025, 10, 31))


def test_a_tunisian_account_in_dinars_printed_with_three_decimals() -> None:
    """An account of Tunisia in French: dinars printed with three decimals and a space between
    thousands ("1 250,500"), the currency named in the header, money out and in, a running balance."""
    rows = running(
        M("3412.750"),
        [
            (D(2025, 9, 1), "VIREMENT SALAIRE SEPTEMBRE", "2450.000"),
            (D(2025, 9, 4), "RETRAIT DAB CENTRE VILLE", "-200.000"),
            (D(2025, 9, 12), "FACTURE STEG ELECTRICITE", "-87.315"),
            (D(2025, 9, 25), "COMMISSION TENUE DE COMPTE", "-6.500"),
        ],
    )

    def dinars(value: M) -> str:
        return f"{abs(value):,.3f}".replace(",", " ").replace(".", ",")

    head = [
        "Banque de Carthage",
        "Extrait de compte",
        "M. Karim Ben Salah",
        "Devise : TND",
        "Période du 01/09/2025 au 30/09/2025",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit", 400, lambda r: dinars(r.amount) if r.amount < 0 else "", right=True),
        Column("Crédit", 480, lambda r: dinars(r.amount) if r.amount > 0 else "", right=True),
        Column("Solde", 560, lambda r: dinars(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "TND"


def test_a_mexican_account_dated_day_month_in_letters_and_two_digit_year_parted_by_dashes() -> None:
    """An account of Mexico: rows dated "04-MAR-25", money in headed before money out ("Monto del
    depósito", "Monto del retiro"), a running balance, each figure after a dollar sign."""
    rows = running(
        M("15230.40"),
        [
            (D(2025, 3, 4), "DEPOSITO DE NOMINA", "18500.00"),
            (D(2025, 3, 6), "PAGO TARJETA DE CREDITO", "-6200.00"),
            (D(2025, 3, 13), "RETIRO EN CAJERO AUTOMATICO", "-2000.00"),
            (D(2025, 3, 27), "COMPRA TIENDA DEPARTAMENTAL", "-1348.75"),
        ],
    )
    months = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]

    def day(row: Drawn) -> str:
        return f"{row.date.day:02d}-{months[row.date.month - 1]}-{row.date.year % 100:02d}"

    def pesos(value: M) -> str:
        return "$" + english(value)

    head = [
        "Banco del Norte Regio",
        "Estado de Cuenta Enlace Personal",
        "Alejandra Garza Treviño",
        "Periodo del 01/03/2025 al 31/03/2025",
    ]
    columns = [
        Column("FECHA", 40, day),
        Column("DESCRIPCIÓN / ESTABLECIMIENTO", 105, lambda r: r.description),
        Column("MONTO DEL DEPÓSITO", 400, paid_in(pesos), right=True),
        Column("MONTO DEL RETIRO", 480, paid_out(pesos), right=True),
        Column("SALDO", 560, lambda r: pesos(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_german_account_heading_its_descriptions_angaben_zu_den_umsaetzen_with_a_minus_after() -> None:
    """A German account: the description headed "Angaben zu den Umsätzen", the value day after it,
    one amount "Betrag in EUR" with a minus after the money out ("74,00-"), and the balance lines
    naming their currency before the day ("Kontostand in EUR am 31.07.2025")."""
    rows = running(M("1240.00"), GERMAN)
    head = ["Handelsbank Elbe", "Herrn Paul Krüger", "Kontoauszug vom 31.08.2025"]
    columns = [
        Column("Buchungsdatum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Angaben zu den Umsätzen", 120, lambda r: r.description),
        Column("Valuta", 400, lambda r: r.date.strftime("%d.%m.")),
        Column(
            "Betrag in EUR", 555, lambda r: continental(r.amount) + ("-" if r.amount < 0 else ""), right=True
        ),
    ]
    lines = [
        *header(head),
        headings(columns),
        [(120, "Kontostand in EUR am 31.07.2025", False), (555, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(120, "Neuer Kontostand in EUR am 31.08.2025", False), (555, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [r.date for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_swiss_account_heading_its_money_in_the_plural_belastungen_and_gutschriften() -> None:
    """A cooperative bank's account of Switzerland: money out and in headed in the plural
    ("Belastungen", "Gutschriften"), the value day after them, a running balance in apostrophe groups."""
    rows = running(M("2310.60"), SWISS)
    head = ["Genossenschaftsbank Seeland", "Herr Beat Schmid", "Kontoauszug 01.04.2025 - 30.04.2025"]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Text", 105, lambda r: r.description),
        Column("Belastungen", 370, paid_out(swiss), right=True),
        Column("Gutschriften", 440, paid_in(swiss), right=True),
        Column("Valuta", 455, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Saldo", 565, lambda r: swiss(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date for r in rows]


def test_a_french_account_dating_its_rows_by_day_and_month_parted_by_a_point() -> None:
    """A regional bank's account of France: both dates printed "07.10" (a point between day and month,
    no year: no figure for all its look), "Ancien solde créditeur au 30.09.2025" opening the table and
    "Nouveau solde créditeur au 31.10.2025" closing it, with a line of totals before it."""
    rows = running(
        M("1520.35"),
        [
            (D(2025, 10, 2), "VIREMENT EN VOTRE FAVEUR SALAIRE", "2310.00"),
            (D(2025, 10, 7), "PAIEMENT PAR CARTE PHARMACIE", "-18.60"),
            (D(2025, 10, 21), "PRELEVEMENT MUTUELLE SANTE", "-54.90"),
        ],
    )
    head = ["Caisse Régionale du Val", "M. Julien Moreau", "Relevé de compte du 01.10.2025 au 31.10.2025"]
    columns = [
        Column("Date opé.", 40, lambda r: r.date.strftime("%d.%m")),
        Column("Date valeur", 90, lambda r: r.date.strftime("%d.%m")),
        Column("Libellé des opérations", 150, lambda r: r.description),
        Column("Débit", 470, paid_out(continental), right=True),
        Column("Crédit", 555, paid_in(continental), right=True),
    ]
    out, into = totals(rows)
    lines = [
        *header(head),
        headings(columns),
        [
            (150, "Ancien solde créditeur au 30.09.2025", False),
            (555, continental(balance_before(rows)), True),
        ],
        *table(columns, rows),
        [(150, "Total des opérations", False), (470, continental(out), True), (555, continental(into), True)],
        [(150, "Nouveau solde créditeur au 31.10.2025", False), (555, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_spanish_account_with_the_value_date_between_the_description_and_the_amount() -> None:
    """An account of Spain: the operation day, the description, then the value day ("F. valor"), a
    signed amount and the balance, days and months only ("04/03"), the year in the period."""
    rows = running(
        M("2210.45"),
        [
            (D(2025, 3, 4), "TRANSFERENCIA DE LUCIA PEREZ", "350.00"),
            (D(2025, 3, 10), "RECIBO COMPAÑIA ELECTRICA", "-64.38"),
            (D(2025, 3, 18), "COMPRA TARJ. SUPERMERCADO", "-41.07"),
        ],
    )
    head = ["Banco del Mediterráneo", "Jorge Martín Ruiz", "Extracto del 01/03/2025 al 31/03/2025"]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Concepto", 90, lambda r: r.description),
        Column("F. valor", 330, lambda r: (r.date + dt.timedelta(days=1)).strftime("%d/%m")),
        Column("Importe", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + dt.timedelta(days=1) for r in rows]


def test_a_spanish_online_account_with_category_columns_before_the_description() -> None:
    """An online bank's account of Spain: the value day, a category and a subcategory, then the
    description, amounts and balances headed with the euro sign ("IMPORTE (€)", "SALDO (€)")."""
    rows = running(
        M("980.15"),
        [
            (D(2025, 5, 2), "Nómina recibida Empresa Sol SL", "1890.00"),
            (D(2025, 5, 6), "Pago en Mercado Central", "-37.45"),
            (D(2025, 5, 19), "Recibo Gimnasio Norte", "-29.90"),
        ],
    )
    head = ["Banco Digital Ibérico", "Marta Sánchez López", "Movimientos del 01/05/2025 al 31/05/2025"]
    columns = [
        Column("F. VALOR", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("CATEGORÍA", 105, lambda r: "Ingresos" if r.amount > 0 else "Compras"),
        Column("SUBCATEGORÍA", 175, lambda r: "Nómina" if r.amount > 0 else "Otros"),
        Column("DESCRIPCIÓN", 255, lambda r: r.description),
        Column("IMPORTE (€)", 490, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("SALDO (€)", 560, lambda r: continental(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_peruvian_account_printing_the_sol_sign_before_every_figure() -> None:
    """An account of Peru: "S/" before each figure ("S/ 1,250.00"), a signed amount and a running
    balance: the money is the sol, and no "S/" is left in a description."""
    rows = running(
        M("3120.50"),
        [
            (D(2025, 6, 2), "ABONO REMUNERACIONES", "2650.00"),
            (D(2025, 6, 9), "PAGO RECIBO AGUA POTABLE", "-58.20"),
            (D(2025, 6, 17), "TRANSF. A CUENTA TERCEROS", "-500.00"),
        ],
    )

    def soles(value: M) -> str:
        return ("-" if value < 0 else "") + "S/ " + english(value)

    head = [
        "Caja Municipal del Sur",
        "Estado de cuenta de ahorros",
        "Luis Huamán Torres",
        "Del 01/06/2025 al 30/06/2025",
    ]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descripción", 110, lambda r: r.description),
        Column("Monto", 460, lambda r: soles(r.amount), right=True),
        Column("Saldo", 555, lambda r: soles(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "PEN"


def test_a_german_app_account_printing_the_description_before_the_booking_day() -> None:
    """A mobile bank's account of Germany: the counterparty first with its kind of payment on the line
    under it, then the booking day, then the amount with the euro sign after it ("-12,34€"); the
    balances in a summary above the table ("Alter Kontostand", "Neuer Kontostand")."""
    rows = running(M("1240.00"), GERMAN)
    head = ["Mobilbank Berlin", "Kontoauszug August 2025", "Mia Lehmann"]
    columns = [
        Column("Beschreibung", 40, lambda r: r.description),
        Column("Verbuchungsdatum", 330, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Betrag", 555, lambda r: signed(continental(r.amount), r.amount) + "€", right=True),
    ]
    lines = [
        *header(head),
        [(40, "Alter Kontostand", False), (250, "+" + continental(balance_before(rows)) + "€", True)],
        [(40, "Neuer Kontostand", False), (250, "+" + continental(rows[-1].balance) + "€", True)],
        [],
        headings(columns),
    ]
    for cells in table(columns, rows):
        lines += [cells, [(40, "Mastercard • Alltag", False)]]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    # The bullet between the card and the kind of spending is a stray mark, as everywhere.
    assert [t.description for t in read.transactions] == [f"{r.description} Mastercard Alltag" for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "EUR"


def test_a_portuguese_account_dating_its_rows_year_first_with_dashes() -> None:
    """An account of Portugal: both dates printed year first ("2025-03-04"), money out and in,
    the balance after each row, "Saldo inicial" and "Saldo final" lines around the rows."""
    rows = running(
        M("1890.00"),
        [
            (D(2025, 3, 4), "TRF RECEBIDA ANA COSTA", "420.00"),
            (D(2025, 3, 11), "COMPRA CONTINENTE LISBOA", "-76.43"),
            (D(2025, 3, 24), "PAGAMENTO DE SERVICOS EDP", "-58.10"),
        ],
    )
    head = [
        "Banco Lusitano",
        "Extrato de conta à ordem",
        "Maria Ferreira",
        "Período: 2025-03-01 a 2025-03-31",
    ]
    columns = [
        Column("Data mov.", 40, lambda r: r.date.isoformat()),
        Column("Data valor", 105, lambda r: r.date.isoformat()),
        Column("Descrição", 175, lambda r: r.description),
        Column("Débito", 400, paid_out(continental), right=True),
        Column("Crédito", 480, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = [
        *header(head),
        headings(columns),
        [(175, "Saldo inicial", False), (560, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(175, "Saldo final", False), (560, continental(rows[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


def test_a_german_account_whose_old_and_new_balance_stand_under_their_labels_in_boxes() -> None:
    """A German account whose header boxes print their labels on one line and the values on the
    next: "Alter Saldo" over "EUR + 1.240,00" beside the IBAN, "Neuer Saldo" over the new one under
    the rows; dates "04.08." with the year under them, money under Soll and Haben."""
    rows = running(M("1240.00"), GERMAN)
    columns = SOLL_HABEN
    lines = [
        *header(["Bank am Main AG", "Kontoauszug", "Kontoinhaber: Tim Wagner"]),
        [(40, "Auszug", False), (90, "Seite", False), (140, "IBAN", False), (480, "Alter Saldo", False)],
        [
            (40, "8", False),
            (90, "1", False),
            (140, "DE12 5001 0517 0648 4898 90", False),
            (480, "EUR", False),
            (555, "+ " + continental(balance_before(rows)), True),
        ],
        [],
        headings(columns),
    ]
    for cells in table(columns, rows):
        lines += [cells, [(40, "2025", False), (90, "2025", False), (140, "Kartennummer 4711", False)]]
    lines += [
        [],
        [(40, "Filialnummer", False), (140, "Kontonummer", False), (480, "Neuer Saldo", False)],
        [
            (40, "500", False),
            (140, "0648489 00", False),
            (480, "EUR", False),
            (555, "+ " + continental(rows[-1].balance), True),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
