"""Kinds of issue 14 that public statements of Latin America and of continental Europe print and no other
test draws: whole pesos grouped by points under day-and-month dates, days printed without a leading zero
and a period written year first, a money-in column before the money-out one, and branch and document
columns between the description and the money, read through the text layer."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    balance_before,
    continental,
    english,
    entries,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
    signed,
    statement,
    swiss,
)

PESOS = [
    (D(2025, 3, 3), "TRASPASO DE CAMILA ROJAS", "450000"),
    (D(2025, 3, 5), "PAGO EN LINEA AGUA ANDINA", "-23790"),
    (D(2025, 3, 12), "CHEQUE PAGADO POR CAJA", "-150000"),
    (D(2025, 3, 18), "COMPRA NACIONAL FERRETERIA", "-8400"),
    (D(2025, 3, 27), "DEPOSITO EN EFECTIVO", "1200000"),
]


def whole(value: M) -> str:
    """1.200.000: points between thousands and no cents, as pesos of Chile are printed."""
    return f"{abs(value):,.0f}".replace(",", ".")


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
