"""Kinds of issue 14 that statements of Latin America and continental Europe print and no other test
draws: a summary box with an average balance above rows dated by the day and a month's abbreviation
across New Year, dates printed once a day, a numeric code column before the description, two balance
columns side by side, labelled old and new balances in the language of each country, read through the
text layer."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ingest.extract.dates import parse_full
from ingest.extract.lexicon import fold, language_of
from tests.unit.extract.unseen_kinds import (
    HELVETICA,
    Cell,
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
    read_one,
    running,
    swiss,
    totals,
    whole,
)


def _as_drawn(pages: Sequence[Lines], rows: Sequence[Drawn], fonts: Fonts = HELVETICA) -> None:
    read = read_one(drawn_lines(pages, fonts))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions if t.balance is not None] in ([], [r.balance for r in rows])
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


MX = [
    (D(2024, 12, 18), "DEPOSITO EN EFECTIVO", "5000.00"),
    (D(2024, 12, 23), "PAGO DE SERVICIO CFE", "-842.00"),
    (D(2024, 12, 30), "SPEI ENVIADO RENTA", "-7500.00"),
    (D(2025, 1, 2), "SPEI RECIBIDO NOMINA", "18250.50"),
    (D(2025, 1, 9), "COMPRA TARJETA DEBITO SORIANA", "-1236.45"),
]
MX_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def _mx_day(day: D) -> str:
    return f"{day.day:02d}/{MX_MONTHS[day.month - 1]}"


def test_a_mexican_account_across_new_year_under_a_summary_with_an_average_balance() -> None:
    """An account of Mexico from the 16th of December to the 15th of January: a summary box (the balance
    before, the deposits, the withdrawals, the balance after, the average balance and the days of the
    period) above a table whose rows are dated "18/DIC" (no year), a reference column of digits before
    the charges and the credits, and a line of the payment's tracking key under each row."""
    rows = running(M("12840.30"), MX)
    out, into = totals(rows)
    lines = header(
        [
            "Banco Mercantil del Golfo",
            "ESTADO DE CUENTA",
            "LAURA PATRICIA GÓMEZ HERRERA",
            "Periodo DEL 16/DIC/2024 AL 15/ENE/2025",
            "No. de Cuenta 0198765432",
        ]
    )
    lines += [
        [(40, "Saldo anterior", False), (300, english(balance_before(rows)), True)],
        [(40, "Depósitos / Abonos (+)", False), (300, english(into), True)],
        [(40, "Retiros / Cargos (-)", False), (300, english(out), True)],
        [(40, "Saldo final", False), (300, english(rows[-1].balance), True)],
        [(40, "Saldo promedio", False), (300, "15,402.18", True)],
        [(40, "Días del periodo", False), (300, "31", True)],
        [],
        [
            (40, "**Fecha", False),
            (95, "Descripción", False),
            (300, "Referencia", False),
            (420, "Cargos", True),
            (490, "Abonos", True),
            (560, "Saldo", True),
        ],
    ]
    for n, r in enumerate(rows):
        money = (420 if r.amount < 0 else 490, english(r.amount), True)
        lines.append(
            [
                (40, _mx_day(r.date), False),
                (95, r.description, False),
                (300, f"{4410 + 37 * n:07d}", False),
                money,
                (560, english(r.balance), True),
            ]
        )
        lines.append([(95, f"CLAVE DE RASTREO MBAN{9100 + n}", False)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert (read.period_start, read.period_end) == (D(2024, 12, 16), D(2025, 1, 15))


BR = [
    (D(2025, 5, 2), "TRANSF PIX RECEBIDA", "1500.00"),
    (D(2025, 5, 2), "PAGTO ELETRON COBRANCA", "-389.90"),
    (D(2025, 5, 2), "TARIFA BANCARIA CESTA", "-45.00"),
    (D(2025, 5, 7), "SAQUE TERMINAL 24H", "-300.00"),
    (D(2025, 5, 12), "DEPOSITO EM DINHEIRO", "820.00"),
    (D(2025, 5, 12), "COMPRA CARTAO DEB MERCADO", "-212.37"),
]


def test_a_brazilian_account_dating_only_each_days_first_row_with_credits_before_debits() -> None:
    """An account of Brazil: "Data | Histórico | Docto. | Crédito (R$) | Débito (R$) | Saldo (R$)", the
    money in left of the money out, the debits printed with a minus, the date printed on the first row
    of each day only, a SALDO ANTERIOR row opening the table and a Total row under it."""
    rows = running(M("2310.55"), BR)
    out, into = totals(rows)
    lines = header(
        [
            "Banco Serra Azul S.A.",
            "Extrato Mensal - Conta Corrente",
            "Cliente: MARIANA COSTA RIBEIRO",
            "Período: 01/05/2025 a 31/05/2025",
            "Agência: 1234 | Conta: 0098765-1",
        ]
    )
    lines += [
        [
            (40, "**Data", False),
            (100, "Histórico", False),
            (300, "Docto.", False),
            (400, "Crédito (R$)", True),
            (480, "Débito (R$)", True),
            (560, "Saldo (R$)", True),
        ],
        [
            (40, "30/04/2025", False),
            (100, "SALDO ANTERIOR", False),
            (560, continental(balance_before(rows)), True),
        ],
    ]
    for n, r in enumerate(rows):
        first = n == 0 or rows[n - 1].date != r.date
        money = (
            (480, "-" + continental(r.amount), True) if r.amount < 0 else (400, continental(r.amount), True)
        )
        cells: list[Cell] = [(40, r.date.strftime("%d/%m/%Y"), False)] if first else []
        cells += [(100, r.description, False), (300, f"{n + 1:06d}", False), money]
        cells.append((560, continental(r.balance), True))
        lines.append(cells)
    lines.append(
        [
            (100, "Total", False),
            (400, continental(into), True),
            (480, "-" + continental(out), True),
            (560, continental(rows[-1].balance), True),
        ]
    )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, f"{r.description} {n + 1:06d}", r.amount) for n, r in enumerate(rows)]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "BRL"


AR = [
    (D(2025, 6, 3), "TRANSFERENCIA RECIBIDA CBU", "1250.00"),
    (D(2025, 6, 9), "EXTRACCION CAJERO AUTOMATICO", "-400.00"),
    (D(2025, 6, 16), "COMISION MANTENIMIENTO CUENTA", "-4.50"),
    (D(2025, 6, 24), "COMPRA DEBITO AMAZON", "-86.75"),
]


def test_an_argentine_dollar_savings_account_between_saldo_inicial_and_saldo_final_lines() -> None:
    """A savings account in dollars of Argentina ("Caja de ahorro en U$S"): dates with a two-digit year,
    "Débito" and "Crédito" columns, a voucher number column, the balance in points and commas, and the
    old and new balances on labelled lines above and below the table."""
    rows = running(M("3120.40"), AR)
    lines = header(
        [
            "Banco de la Llanura",
            "Resumen de cuenta - Caja de ahorro en U$S",
            "Titular: GONZALO MARTÍN FERREYRA",
            "Período: 01/06/2025 al 30/06/2025",
            "Cuenta N° 4021-0009876/3",
        ]
    )
    lines += [
        [(40, "Saldo inicial al 31/05/2025", False), (560, "U$S " + continental(balance_before(rows)), True)],
        [],
        [
            (40, "**Fecha", False),
            (95, "Concepto", False),
            (290, "Comprobante", False),
            (410, "Débito", True),
            (485, "Crédito", True),
            (560, "Saldo", True),
        ],
    ]
    for n, r in enumerate(rows):
        money = (410 if r.amount < 0 else 485, continental(r.amount), True)
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%y"), False),
                (95, r.description, False),
                (290, f"{58000 + 113 * n}", False),
                money,
                (560, continental(r.balance), True),
            ]
        )
    lines += [
        [],
        [(40, "Saldo final al 30/06/2025", False), (560, "U$S " + continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [
        (r.date, f"{r.description} {58000 + 113 * n}", r.amount) for n, r in enumerate(rows)
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "USD"


IT = [
    (D(2025, 4, 1), D(2025, 4, 1), "48", "BONIFICO A VOSTRO FAVORE STIPENDIO", "2380.00"),
    (D(2025, 4, 3), D(2025, 4, 2), "43", "PAGAMENTO POS SUPERMERCATO", "-64.18"),
    (D(2025, 4, 10), D(2025, 4, 10), "26", "BONIFICO DISPOSTO AFFITTO", "-750.00"),
    (D(2025, 4, 15), D(2025, 4, 14), "50", "PRELIEVO BANCOMAT", "-200.00"),
    (D(2025, 4, 30), D(2025, 3, 31), "66", "COMPETENZE DI CHIUSURA", "-12.40"),
]


def test_an_italian_account_with_a_causale_code_column_and_a_saldo_disponibile_under_the_contabile() -> None:
    """An account of Italy: "Data contabile | Data valuta | Causale | Descrizione | Dare | Avere", the
    causale a two-digit code, no running balance, "Saldo iniziale" above and "Saldo contabile finale"
    below the table, then a "Saldo disponibile" that a pending hold makes smaller: the closing balance is
    the one the rows lead to."""
    drawn = running(M("1540.62"), [(d, text, amount) for d, _, _, text, amount in IT])
    out, into = totals(drawn)
    lines = header(
        [
            "Banca Popolare delle Colline",
            "Estratto conto corrente n. 000012345678",
            "Intestato a: ROSSI GIULIA",
            "Periodo dal 01/04/2025 al 30/04/2025",
        ]
    )
    lines += [
        [(40, "Saldo iniziale al 31/03/2025", False), (540, continental(balance_before(drawn)), True)],
        [],
        [
            (40, "**Data contabile", False),
            (110, "Data valuta", False),
            (170, "Causale", False),
            (215, "Descrizione", False),
            (470, "Dare", True),
            (540, "Avere", True),
        ],
    ]
    for (booked, valued, code, text, _), r in zip(IT, drawn, strict=True):
        lines.append(
            [
                (40, booked.strftime("%d/%m/%Y"), False),
                (110, valued.strftime("%d/%m/%Y"), False),
                (180, code, False),
                (215, text, False),
                (470 if r.amount < 0 else 540, continental(r.amount), True),
            ]
        )
    lines += [
        [(215, "Totale movimenti", False), (470, continental(out), True), (540, continental(into), True)],
        [],
        [(40, "Saldo contabile finale al 30/04/2025", False), (540, continental(drawn[-1].balance), True)],
        [(40, "Saldo disponibile al 30/04/2025", False), (540, continental(drawn[-1].balance - 150), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in drawn]
    assert [t.value_date for t in read.transactions] == [valued for _, valued, _, _, _ in IT]
    assert all(text in t.description for t, (_, _, _, text, _) in zip(read.transactions, IT, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)


NL = [
    (D(2025, 3, 3), "Albert Heijn 1234 Utrecht", "Betaalautomaat", "-54.12"),
    (D(2025, 3, 5), "Werkgever Holland BV", "Salaris maart", "3120.00"),
    (D(2025, 3, 11), "Woningstichting Eigen Haard", "Huur april", "-985.40"),
    (D(2025, 3, 20), "Zorgverzekeraar Lauwers", "Premie maart", "-142.85"),
]


def test_a_dutch_account_between_vorig_and_nieuw_saldo_with_the_counterparty_on_lines_under_rows() -> None:
    """An account of the Netherlands: "Datum | Omschrijving | Af | Bij", no running balance, the
    counterparty's IBAN and the payment's description on lines under each row, "Vorig saldo" and "Nieuw
    saldo" as lines of the table in the money column of their side, "Totaal" under the rows."""
    rows = running(M("1802.33"), [(d, name, amount) for d, name, _, amount in NL])
    out, into = totals(rows)
    lines = header(
        [
            "Polderbank N.V.",
            "Rekeningafschrift nr. 3",
            "Dhr. J.P. de Vries",
            "Periode 1 maart 2025 t/m 31 maart 2025",
            "IBAN NL02ABNA0123456789",
        ]
    )
    lines += [
        [(40, "**Datum", False), (110, "Omschrijving", False), (470, "Af", True), (550, "Bij", True)],
        [(110, "Vorig saldo", False), (550, continental(balance_before(rows)), True)],
    ]
    for n, ((_, _, note, _), r) in enumerate(zip(NL, rows, strict=True)):
        lines += [
            [
                (40, r.date.strftime("%d-%m-%Y"), False),
                (110, r.description, False),
                (470 if r.amount < 0 else 550, continental(r.amount), True),
            ],
            [(110, f"NL{40 + n}RABO03000{n}1234", False)],
            [(110, f"Omschrijving: {note}", False)],
        ]
    lines += [
        [(110, "Totaal", False), (470, continental(out), True), (550, continental(into), True)],
        [(110, "Nieuw saldo", False), (550, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


AT = [
    (D(2025, 3, 3), D(2025, 3, 3), "Gehalt März Firma Berger GmbH", "2845.60"),
    (D(2025, 3, 4), D(2025, 3, 5), "Bezahlung Karte BILLA DANKT", "-38.27"),
    (D(2025, 3, 10), D(2025, 3, 10), "Dauerauftrag Miete Wohnung", "-890.00"),
    (D(2025, 3, 21), D(2025, 3, 20), "Abbuchung Wiener Stadtwerke", "-76.50"),
]


def _plus(value: M) -> str:
    """+1.234,56 or -1.234,56: a sign before every figure."""
    return ("-" if value < 0 else "+") + continental(value)


def test_an_austrian_account_numbered_by_month_and_year_with_a_sign_before_every_figure() -> None:
    """An account of Austria: "Kontoauszug Nr. 3/2025" the only year, rows dated "03.03." with the value
    date after the text, one amount column with a plus or minus before every figure, and "Alter
    Kontostand" and "Neuer Kontostand" above and below the table."""
    rows = running(M("4120.15"), [(d, text, amount) for d, _, text, amount in AT])
    lines = header(
        [
            "Alpenländische Sparkasse",
            "Kontoauszug Nr. 3/2025",
            "Frau Mag. Katharina Huber",
            "IBAN AT61 1904 3002 3457 3201",
        ]
    )
    lines += [
        [(40, "Alter Kontostand", False), (550, _plus(balance_before(rows)), True)],
        [],
        [
            (40, "**Buchungsdatum", False),
            (120, "Buchungstext", False),
            (380, "Valuta", False),
            (550, "Betrag EUR", True),
        ],
    ]
    for (_, valued, _, _), r in zip(AT, rows, strict=True):
        lines.append(
            [
                (40, r.date.strftime("%d.%m."), False),
                (120, r.description, False),
                (380, valued.strftime("%d.%m."), False),
                (550, _plus(r.amount), True),
            ]
        )
    lines += [[], [(40, "Neuer Kontostand", False), (550, _plus(rows[-1].balance), True)]]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [valued for _, valued, _, _ in AT]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


PT = [
    (D(2025, 2, 3), "TRF RECEBIDA SALARIO", "1650.00"),
    (D(2025, 2, 5), "COMPRA CONTINENTE LISBOA", "-73.41"),
    (D(2025, 2, 12), "PAG SERV EDP COMERCIAL", "-58.90"),
    (D(2025, 2, 19), "LEVANTAMENTO MULTIBANCO", "-100.00"),
]


def test_a_portuguese_account_with_an_accounting_and_an_available_balance_column() -> None:
    """An account of Portugal: "Data mov. | Data valor | Descritivo | Débito | Crédito | Saldo
    contabilístico | Saldo disponível", the available balance a held amount under the accounting one on
    every row; the accounting balance is the running one."""
    rows = running(M("932.10"), [(d, text, amount) for d, text, amount in PT])
    lines = header(
        [
            "Caixa Atlântica de Depósitos",
            "Extrato de conta à ordem",
            "ANA SOFIA MARQUES PEREIRA",
            "Período de 01-02-2025 a 28-02-2025",
            "Conta N.º 0123456789012",
        ]
    )
    lines += [
        [(40, "**Data", False), (95, "Data", False), (480, "Saldo", True), (555, "Saldo", True)],
        [
            (40, "**mov.", False),
            (95, "valor", False),
            (150, "Descritivo", False),
            (350, "Débito", True),
            (410, "Crédito", True),
            (480, "contabilístico", True),
            (555, "disponível", True),
        ],
        [(150, "SALDO INICIAL", False), (480, continental(balance_before(rows)), True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d-%m-%Y"), False),
                (95, r.date.strftime("%d-%m-%Y"), False),
                (150, r.description, False),
                (350 if r.amount < 0 else 410, continental(r.amount), True),
                (480, continental(r.balance), True),
                (555, continental(r.balance - 25), True),
            ]
        )
    lines.append([(150, "SALDO FINAL", False), (480, continental(rows[-1].balance), True)])
    _as_drawn([lines], rows)


FI = [
    (D(2025, 3, 4), "K-MARKET KESKUSTA", "-23.85"),
    (D(2025, 3, 5), "PALKKA MAALISKUU", "2410.00"),
    (D(2025, 3, 12), "VUOKRA HUHTIKUU", "-780.00"),
    (D(2025, 3, 25), "HELEN OY SÄHKÖ", "-61.30"),
]


def _finnish(value: M) -> str:
    """+1 234,56 or -1 234,56: a space between thousands and a sign before every figure."""
    text = f"{abs(value):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if value < 0 else "+") + text


def test_a_finnish_account_between_alkusaldo_and_loppusaldo_with_a_sign_before_every_amount() -> None:
    """An account of Finland: "Kirjauspäivä | Arvopäivä | Saaja/Maksaja | Määrä EUR", dates "04.03."
    without a year, each amount signed (a plus before money in), no running balance, "Alkusaldo" and
    "Loppusaldo" lines with the dates they stand on."""
    rows = running(M("1310.44"), FI)
    lines = header(
        [
            "Pohjoinen Säästöpankki",
            "TILIOTE",
            "Matti Virtanen",
            "Ajalta 01.03.2025 - 31.03.2025",
            "Tilinumero FI21 1234 5600 0007 85",
        ]
    )
    lines += [
        [(40, "Alkusaldo 28.02.2025", False), (550, _finnish(balance_before(rows)), True)],
        [],
        [
            (40, "**Kirjauspäivä", False),
            (115, "Arvopäivä", False),
            (180, "Saaja/Maksaja", False),
            (550, "Määrä EUR", True),
        ],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d.%m."), False),
                (115, r.date.strftime("%d.%m."), False),
                (180, r.description, False),
                (550, _finnish(r.amount), True),
            ]
        )
    lines += [[], [(40, "Loppusaldo 31.03.2025", False), (550, _finnish(rows[-1].balance), True)]]
    _as_drawn([lines], rows)


CH = [
    (D(2025, 5, 2), "ACCREDITO SALARIO MAGGIO", "5480.00"),
    (D(2025, 5, 6), "ADDEBITO LSV CASSA MALATI", "-412.35"),
    (D(2025, 5, 14), "PAGAMENTO CARTA MIGROS LUGANO", "-96.80"),
    (D(2025, 5, 28), "ORDINE PERMANENTE AFFITTO", "-1850.00"),
]


def test_a_swiss_account_in_italian_with_apostrophe_thousands_and_the_value_date_after_the_text() -> None:
    """An account of Ticino: "Data | Testo | Valuta | Addebito | Accredito | Saldo" with figures grouped
    by apostrophes and points before the cents, "Saldo riportato" as the table's first row and "Saldo
    finale" under it, in francs."""
    rows = running(M("12405.70"), CH)
    lines = header(
        [
            "Banca Cantonale del Sottoceneri",
            "Estratto conto privato",
            "Sig. Marco Bernasconi",
            "Periodo 01.05.2025 - 31.05.2025",
            "Conto CHF 0123-456789-01",
        ]
    )
    lines += [
        [
            (40, "**Data", False),
            (95, "Testo", False),
            (330, "Valuta", False),
            (430, "Addebito", True),
            (495, "Accredito", True),
            (560, "Saldo", True),
        ],
        [(95, "Saldo riportato", False), (560, swiss(balance_before(rows)), True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d.%m.%y"), False),
                (95, r.description, False),
                (330, r.date.strftime("%d.%m.%y"), False),
                (430 if r.amount < 0 else 495, swiss(r.amount), True),
                (560, swiss(r.balance), True),
            ]
        )
    lines.append([(95, "Saldo finale", False), (560, swiss(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "CHF"


CO = [
    (D(2025, 8, 1), "ABONO NOMINA EMPRESA", "4250000.00"),
    (D(2025, 8, 4), "PAGO PSE SERVICIOS PUBLICOS", "-318450.00"),
    (D(2025, 8, 11), "RETIRO CAJERO", "-600000.00"),
    (D(2025, 8, 19), "GMF 4X1000", "-3673.80"),
]


def _peso(value: M) -> str:
    return "$ " + ("-" if value < 0 else "") + continental(value)


def test_a_colombian_account_with_the_peso_sign_before_every_figure_and_a_summary_of_its_month() -> None:
    """An account of Colombia: "Fecha | Descripción | Valor | Saldo", "$" before every figure grouped by
    points with a comma before the cents, a minus after the sign of money out, and above the table a
    summary: "Saldo anterior", "Total abonos", "Total cargos", "Saldo actual"."""
    rows = running(M("1284300.25"), CO)
    out, into = totals(rows)
    lines = header(
        [
            "Banco de los Andes Colombia",
            "Extracto cuenta de ahorros",
            "SANTIAGO LÓPEZ MEJÍA",
            "Desde 2025/08/01 Hasta 2025/08/31",
            "Número de cuenta 123-456789-01",
        ]
    )
    lines += [
        [(40, "Saldo anterior", False), (200, _peso(balance_before(rows)), True)],
        [(40, "Total abonos", False), (200, _peso(into), True)],
        [(40, "Total cargos", False), (200, _peso(out), True)],
        [(40, "Saldo actual", False), (200, _peso(rows[-1].balance), True)],
        [],
        [(40, "**Fecha", False), (100, "Descripción", False), (460, "Valor", True), (560, "Saldo", True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m"), False),
                (100, r.description, False),
                (460, _peso(r.amount), True),
                (560, _peso(r.balance), True),
            ]
        )
    _as_drawn([lines], rows)


FR = [
    (D(2025, 1, 3), "PRLV SEPA FREE MOBILE", "-19.99"),
    (D(2025, 1, 6), "VIR SEPA RECU EMPLOYEUR SALAIRE", "2315.42"),
    (D(2025, 1, 14), "CARTE X1234 13/01 BOULANGERIE", "-8.60"),
    (D(2025, 1, 27), "CHEQUE 0001234", "-150.00"),
]


def test_a_french_account_opened_by_a_solde_crediteur_dated_row_in_the_credit_column_on_two_pages() -> None:
    """An account of France over two pages: "Date | Date valeur | Opération | Débit EUROS | Crédit
    EUROS", "SOLDE CREDITEUR AU 31/12/2024" as the table's first row, each row with a reference line
    under it, the page's total carried as "SOUS TOTAL" at its foot, "Total des mouvements" and "SOLDE
    CREDITEUR AU 31/01/2025" closing the table on the second page."""
    rows = running(M("845.10"), FR)
    out, into = totals(rows)
    heads = [
        (40, "**Date", False),
        (95, "Date valeur", False),
        (160, "Opération", False),
        (470, "Débit EUROS", True),
        (550, "Crédit EUROS", True),
    ]
    first = header(
        [
            "Crédit Coopératif de l'Ouest",
            "RELEVÉ DE COMPTE",
            "M. Julien Lefèvre",
            "Période du 01/01/2025 au 31/01/2025",
            "Compte courant n° 00012345601",
        ]
    )
    first += [
        heads,
        [(160, "SOLDE CREDITEUR AU 31/12/2024", False), (550, continental(balance_before(rows)), True)],
    ]

    def lines_of(part: Sequence[Drawn], start: int) -> Lines:
        out: Lines = []
        for n, r in enumerate(part, start):
            out += [
                [
                    (40, r.date.strftime("%d/%m/%Y"), False),
                    (95, r.date.strftime("%d/%m/%Y"), False),
                    (160, r.description, False),
                    (470 if r.amount < 0 else 550, continental(r.amount), True),
                ],
                [(160, f"REF: 2025{n:04d}XZ", False)],
            ]
        return out

    first += lines_of(rows[:2], 0)
    page_out, page_in = totals(rows[:2])
    first.append(
        [(160, "SOUS TOTAL", False), (470, continental(page_out), True), (550, continental(page_in), True)]
    )
    second: Lines = [heads, *lines_of(rows[2:], 2)]
    second += [
        [(160, "Total des mouvements", False), (470, continental(out), True), (550, continental(into), True)],
        [(160, "SOLDE CREDITEUR AU 31/01/2025", False), (550, continental(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([first, second]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


PL = [
    (D(2025, 4, 1), "PRZELEW PRZYCHODZACY WYNAGRODZENIE", "6420.00"),
    (D(2025, 4, 3), "PLATNOSC KARTA BIEDRONKA", "-87.45"),
    (D(2025, 4, 10), "PRZELEW WYCHODZACY CZYNSZ", "-1850.00"),
    (D(2025, 4, 22), "WYPLATA BANKOMAT", "-300.00"),
]


def test_a_polish_account_summing_its_charges_and_credits_between_saldo_poczatkowe_and_koncowe(
    unicode_fonts: Fonts,
) -> None:
    """An account of Poland: the opening balance, the sums of charges and credits and the closing balance
    as labelled lines above the table ("Saldo początkowe", "Suma obciążeń", "Suma uznań", "Saldo
    końcowe"), then "Data | Opis operacji | Kwota | Saldo po operacji" with dates "01.04.2025"."""
    rows = running(M("2204.18"), PL)
    out, into = totals(rows)
    pl = [
        "Bank Nadwiślański S.A.",
        "Wyciąg z rachunku nr 4/2025",
        "Anna Kowalska",
        "Okres: 01.04.2025 - 30.04.2025",
        "Numer rachunku PL61 1090 1014 0000 0712 1981 2874",
    ]
    lines = header(pl)
    lines += [
        [(40, "Saldo początkowe", False), (300, continental(balance_before(rows)) + " PLN", True)],
        [(40, "Suma obciążeń", False), (300, continental(out) + " PLN", True)],
        [(40, "Suma uznań", False), (300, continental(into) + " PLN", True)],
        [(40, "Saldo końcowe", False), (300, continental(rows[-1].balance) + " PLN", True)],
        [],
        [
            (40, "**Data", False),
            (110, "Opis operacji", False),
            (460, "Kwota", True),
            (560, "Saldo po operacji", True),
        ],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d.%m.%Y"), False),
                (110, r.description, False),
                (460, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            ]
        )
    _as_drawn([lines], rows, unicode_fonts)


MX_DAYS = [
    (D(2025, 1, 2), "SPEI RECIBIDO BANORTE", "9800.00"),
    (D(2025, 1, 2), "PAGO TARJETA DE CREDITO", "-3200.00"),
    (D(2025, 1, 6), "RETIRO CAJERO AUTOMATICO", "-1500.00"),
    (D(2025, 1, 13), "DOMICILIACION TELMEX", "-599.00"),
    (D(2025, 1, 13), "COMPRA OXXO GAS", "-700.00"),
    (D(2025, 1, 28), "DEPOSITO EFECTIVO PRACTIC", "2500.00"),
]


def test_a_mexican_account_dating_rows_twice_and_printing_its_balances_on_each_days_last_row() -> None:
    """An account of Mexico: "FECHA OPER | LIQ | DESCRIPCIÓN | REFERENCIA | CARGOS | ABONOS | OPERACIÓN |
    LIQUIDACIÓN", both dates "02/ENE", the operation and settlement balances printed on the last row of
    each day only, and the reference on the line under each row."""
    rows = running(M("4150.75"), MX_DAYS)
    lines = header(
        [
            "Banco Azteca del Pacífico",
            "Estado de Cuenta Libretón",
            "JOSÉ ANTONIO RUIZ MORALES",
            "Periodo DEL 01/01/2025 AL 31/01/2025",
            "No. de Cuenta 0456789123",
        ]
    )
    lines += [
        [(40, "Saldo de Operación Inicial", False), (300, english(balance_before(rows)), True)],
        [(40, "Saldo Final", False), (300, english(rows[-1].balance), True)],
        [],
        [(40, "**FECHA", False), (520, "SALDO", True)],
        [
            (40, "**OPER", False),
            (75, "LIQ", False),
            (110, "DESCRIPCIÓN", False),
            (270, "REFERENCIA", False),
            (385, "CARGOS", True),
            (440, "ABONOS", True),
            (505, "OPERACIÓN", True),
            (575, "LIQUIDACIÓN", True),
        ],
    ]
    for n, r in enumerate(rows):
        cells: list[Cell] = [
            (40, _mx_day(r.date), False),
            (75, _mx_day(r.date), False),
            (110, r.description, False),
            (270, f"00{7310 + n}", False),
            (385 if r.amount < 0 else 440, english(r.amount), True),
        ]
        if n + 1 == len(rows) or rows[n + 1].date != r.date:
            cells += [(505, english(r.balance), True), (575, english(r.balance), True)]
        lines += [cells, [(110, f"RFC {['GOMJ', 'TELM', 'OXXG'][n % 3]}800101AB{n}", False)]]
    read = read_one(drawn_lines([lines]))
    rfc = [f"RFC {['GOMJ', 'TELM', 'OXXG'][n % 3]}800101AB{n}" for n in range(len(rows))]
    # The reference, a column the reader does not use, and the line under the row are its description.
    assert entries(read) == [
        (r.date, f"{r.description} 00{7310 + n} {rfc[n]}", r.amount) for n, r in enumerate(rows)
    ]
    closing_days = [n + 1 == len(rows) or rows[n + 1].date != r.date for n, r in enumerate(rows)]
    assert [t.balance for t in read.transactions] == [
        r.balance if last else None for r, last in zip(rows, closing_days, strict=True)
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


CL_DAYS = [
    (D(2025, 9, 1), "ABONO REMUNERACIONES", "1850000"),
    (D(2025, 9, 1), "PAC SEGURO AUTOMOTRIZ", "-45900"),
    (D(2025, 9, 4), "GIRO CAJERO AUTOMATICO", "-200000"),
    (D(2025, 9, 4), "TRANSFERENCIA A TERCEROS", "-350000"),
    (D(2025, 9, 4), "COMPRA REDCOMPRA LIDER", "-62480"),
    (D(2025, 9, 22), "DEPOSITO CHEQUE OTRO BANCO", "120000"),
]


def test_a_chilean_account_printing_its_daily_balance_on_the_last_row_of_each_day() -> None:
    """A current account of Chile in whole pesos: "Fecha | Descripción | N° Docto | Cargos | Abonos |
    Saldo Diario", the balance printed once a day, on its last row; "Saldo inicial" and "Saldo final"
    under their labels in a box above the table."""
    rows = running(M("428300"), CL_DAYS)
    out, into = totals(rows)

    lines = header(
        [
            "Banco del Pacífico Sur",
            "Cartola Histórica Cuenta Corriente",
            "Sr(a). Francisca Muñoz Soto",
            "Período: 01/09/2025 al 30/09/2025",
            "Cuenta N° 00-123-45678-09",
        ]
    )
    lines += [
        [
            (40, "Saldo inicial", False),
            (160, "Total cargos", False),
            (280, "Total abonos", False),
            (400, "Saldo final", False),
        ],
        [
            (40, whole(balance_before(rows)), False),
            (160, whole(out), False),
            (280, whole(into), False),
            (400, whole(rows[-1].balance), False),
        ],
        [],
        [
            (40, "**Fecha", False),
            (90, "Descripción", False),
            (300, "N° Docto", False),
            (420, "Cargos", True),
            (490, "Abonos", True),
            (560, "Saldo Diario", True),
        ],
    ]
    for n, r in enumerate(rows):
        cells: list[Cell] = [
            (40, r.date.strftime("%d/%m"), False),
            (90, r.description, False),
            (300, f"{n + 1:04d}", False),
            (420 if r.amount < 0 else 490, whole(r.amount), True),
        ]
        if n + 1 == len(rows) or rows[n + 1].date != r.date:
            cells.append((560, whole(r.balance), True))
        lines.append(cells)
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


IT_PAGES = [
    (D(2025, 6, 3), "BONIFICO SEPA DA ALFA SRL", "1980.00"),
    (D(2025, 6, 5), "ADDEBITO SDD ENEL ENERGIA", "-87.32"),
    (D(2025, 6, 9), "PAGAMENTO POS ESSELUNGA", "-54.10"),
    (D(2025, 6, 16), "PRELIEVO ATM", "-250.00"),
    (D(2025, 6, 23), "BONIFICO SEPA A CONDOMINIO", "-320.00"),
    (D(2025, 6, 30), "IMPOSTA DI BOLLO", "-8.55"),
]


def test_an_italian_account_whose_every_page_closes_on_the_banks_share_capital_in_euro() -> None:
    """An account of Italy over two pages, each closing on the bank's legal lines as Italian banks
    print them: its share capital in euro ("Capitale sociale Euro 1.234.567.890,00 interamente
    versato"), its register and ABI numbers and the page's number; "Data | Valuta | Descrizione |
    Uscite | Entrate | Saldo" between "Saldo iniziale" and "Saldo finale" rows."""
    rows = running(M("3210.45"), IT_PAGES)
    heads = [
        (40, "**Data", False),
        (95, "Valuta", False),
        (150, "Descrizione", False),
        (420, "Uscite", True),
        (490, "Entrate", True),
        (560, "Saldo", True),
    ]
    footer = [
        [],
        [
            (
                40,
                "Banca Alpina Lombarda S.p.A. - Capitale sociale Euro 1.234.567.890,00 interamente versato",
                False,
            )
        ],
        [(40, "Iscritta all'Albo delle Banche n. 5361 - Codice ABI 03069 - P. IVA 10810700152", False)],
    ]

    def lines_of(part: Sequence[Drawn]) -> Lines:
        return [
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (95, r.date.strftime("%d/%m/%Y"), False),
                (150, r.description, False),
                (420 if r.amount < 0 else 490, continental(r.amount), True),
                (560, continental(r.balance), True),
            ]
            for r in part
        ]

    first = header(
        [
            "Banca Alpina Lombarda",
            "Estratto conto n. 6/2025",
            "Sig.ra CHIARA BIANCHI",
            "Periodo dal 01/06/2025 al 30/06/2025",
            "IBAN IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    first += [heads, [(150, "Saldo iniziale", False), (560, continental(balance_before(rows)), True)]]
    first += [*lines_of(rows[:3]), *footer, [(500, "Pagina 1 di 2", False)]]
    second: Lines = [heads, *lines_of(rows[3:])]
    second += [[(150, "Saldo finale", False), (560, continental(rows[-1].balance), True)], *footer]
    second.append([(500, "Pagina 2 di 2", False)])
    _as_drawn([first, second], rows)


BR_FUTURE = [
    (D(2025, 7, 1), "PIX RECEBIDO FULANO", "700.00"),
    (D(2025, 7, 8), "BOLETO PAGO CONDOMINIO", "-612.40"),
    (D(2025, 7, 15), "TED RECEBIDA SALARIO", "4350.00"),
    (D(2025, 7, 22), "DEBITO AUTOMATICO SABESP", "-96.18"),
]


def test_a_brazilian_account_followed_by_a_table_of_future_entries_adds_none_of_them() -> None:
    """An account of Brazil: "Data | Lançamentos | Valor (R$) | Saldo (R$)" with a minus after the money
    out and "SALDO ANTERIOR" and "SALDO FINAL" rows, then a table of "Lançamentos futuros" (debits
    scheduled after the period) under its title with its own headings: they are no transactions."""
    rows = running(M("1022.60"), BR_FUTURE)

    def trailing(value: M) -> str:
        return continental(value) + ("-" if value < 0 else "")

    lines = header(
        [
            "Banco Cerrado S.A.",
            "Extrato de conta corrente",
            "RAFAEL ALMEIDA SANTOS",
            "Período de 01/07/2025 a 31/07/2025",
            "Agência 0321 Conta 45678-9",
        ]
    )
    heads = [
        (40, "**Data", False),
        (100, "Lançamentos", False),
        (460, "Valor (R$)", True),
        (550, "Saldo (R$)", True),
    ]
    lines += [
        heads,
        [(40, "30/06", False), (100, "SALDO ANTERIOR", False), (550, trailing(balance_before(rows)), True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m"), False),
                (100, r.description, False),
                (460, trailing(r.amount), True),
                (550, trailing(r.balance), True),
            ]
        )
    lines += [
        [(40, "31/07", False), (100, "SALDO FINAL", False), (550, trailing(rows[-1].balance), True)],
        [],
        [(40, "##Lançamentos futuros", False)],
        [(40, "**Data", False), (100, "Lançamentos", False), (460, "Valor (R$)", True)],
        [(40, "05/08", False), (100, "DEBITO AUTOMATICO VIVO", False), (460, "129,90-", True)],
        [(40, "10/08", False), (100, "FINANCIAMENTO PARCELA 07/24", False), (460, "1.045,33-", True)],
    ]
    _as_drawn([lines], rows)


IT_BOX = [
    (D(2025, 10, 2), "ACCREDITO PENSIONE INPS", "1420.00"),
    (D(2025, 10, 6), "UTENZA TELECOM ITALIA", "-32.90"),
    (D(2025, 10, 17), "PAGAMENTO F24", "-415.00"),
    (D(2025, 10, 27), "RICARICA CARTA PREPAGATA", "-100.00"),
]


def test_an_italian_account_summed_up_in_a_box_of_labels_over_their_figures_with_no_balance_column() -> None:
    """An account of Italy: a box of labels on one line over their figures on the next ("Saldo iniziale
    | Totale entrate | Totale uscite | Saldo finale"), then "Data operazione | Data valuta | Descrizione |
    Importo" with one signed amount and no running balance."""
    rows = running(M("5012.34"), IT_BOX)
    out, into = totals(rows)
    lines = header(
        [
            "Banca del Tirreno",
            "Estratto conto al 31/10/2025",
            "Sig. LUCA ESPOSITO",
            "Periodo dal 01/10/2025 al 31/10/2025",
            "Conto corrente n. 000045678901",
        ]
    )
    lines += [
        [
            (40, "Saldo iniziale", False),
            (170, "Totale entrate", False),
            (300, "Totale uscite", False),
            (430, "Saldo finale", False),
        ],
        [
            (40, continental(balance_before(rows)), False),
            (170, continental(into), False),
            (300, continental(out), False),
            (430, continental(rows[-1].balance), False),
        ],
        [],
        [
            (40, "**Data operazione", False),
            (125, "Data valuta", False),
            (190, "Descrizione", False),
            (550, "Importo", True),
        ],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (125, r.date.strftime("%d/%m/%Y"), False),
                (190, r.description, False),
                (550, ("-" if r.amount < 0 else "+") + continental(r.amount), True),
            ]
        )
    _as_drawn([lines], rows)


BE = [
    (D(2025, 3, 3), "BETALING MET DEBETKAART DELHAIZE", "-46.75"),
    (D(2025, 3, 7), "STORTING LOON MAART", "2740.00"),
    (D(2025, 3, 14), "DOMICILIERING PROXIMUS", "-52.99"),
    (D(2025, 3, 26), "OVERSCHRIJVING HUUR", "-875.00"),
]


def _after_sign(value: M) -> str:
    """1.234,56 + or 1.234,56 -: the sign after the figure, a space apart."""
    return continental(value) + (" -" if value < 0 else " +")


def test_a_belgian_account_signing_every_figure_after_it_between_vorig_and_nieuw_saldo_dated() -> None:
    """An account of Belgium in Dutch: "Uittreksel nr. 3", "Vorig saldo op 28-02-2025" and "Nieuw saldo op
    31-03-2025" as lines with their dates, the rows numbered "0011" before the description, the date
    and the value date "03-03" after it, and one amount whose sign stands after it a space apart."""
    rows = running(M("1630.48"), BE)
    lines = header(
        [
            "Vlaamse Spaarbank",
            "Uittreksel nr. 3",
            "Mevrouw Els Peeters",
            "Zichtrekening BE68 5390 0754 7034",
        ]
    )
    lines += [
        [(40, "Vorig saldo op 28-02-2025", False), (550, _after_sign(balance_before(rows)), True)],
        [],
        [
            (40, "**Nr", False),
            (70, "Omschrijving", False),
            (350, "Datum", False),
            (400, "Valuta", False),
            (550, "Bedrag EUR", True),
        ],
    ]
    for n, r in enumerate(rows):
        lines.append(
            [
                (40, f"{11 + n:04d}", False),
                (70, r.description, False),
                (350, r.date.strftime("%d-%m"), False),
                (400, r.date.strftime("%d-%m"), False),
                (550, _after_sign(r.amount), True),
            ]
        )
    lines += [[], [(40, "Nieuw saldo op 31-03-2025", False), (550, _after_sign(rows[-1].balance), True)]]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


ES = [
    (D(2025, 2, 3), D(2025, 2, 3), "TRANSFERENCIA RECIBIDA NOMINA EMPRESA SL", "1875.00"),
    (D(2025, 2, 4), D(2025, 2, 5), "RECIBO IBERDROLA CLIENTES", "-64.27"),
    (D(2025, 2, 11), D(2025, 2, 11), "PAGO BIZUM A LUCIA", "-25.00"),
    (D(2025, 2, 24), D(2025, 2, 22), "COMPRA TARJ. MERCADONA", "-93.48"),
]


def test_a_spanish_account_printing_the_concept_before_both_its_dates() -> None:
    """An account of Spain: "Concepto | Fecha | Fecha valor | Importe | Saldo", the description first,
    then the day of the operation and its value day, each "03/02/2025", a signed amount and the balance
    with the euro sign after every figure; a long description runs past the middle of the gap before
    the date column, and stays the description."""
    drawn = running(M("2407.16"), [(d, text, amount) for d, _, text, amount in ES])

    def euro(value: M) -> str:
        return ("-" if value < 0 else "") + continental(value) + " €"

    lines = header(
        [
            "Caja Rural del Ebro",
            "Extracto de movimientos",
            "D. PABLO GARCÍA NAVARRO",
            "Desde 01/02/2025 hasta 28/02/2025",
            "IBAN ES91 2100 0418 4502 0005 1332",
        ]
    )
    lines += [
        [
            (40, "**Concepto", False),
            (270, "Fecha", False),
            (330, "Fecha valor", False),
            (470, "Importe", True),
            (560, "Saldo", True),
        ]
    ]
    for (_, valued, _, _), r in zip(ES, drawn, strict=True):
        lines.append(
            [
                (40, r.description, False),
                (270, r.date.strftime("%d/%m/%Y"), False),
                (330, valued.strftime("%d/%m/%Y"), False),
                (470, euro(r.amount), True),
                (560, euro(r.balance), True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in drawn]
    assert [t.value_date for t in read.transactions] == [valued for _, valued, _, _ in ES]
    assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)


MX_DAY_ONLY = [
    (D(2025, 3, 3), "DEPOSITO EN EFECTIVO SUC 0412", "3500.00"),
    (D(2025, 3, 7), "PAGO TDC HSBC", "-2750.00"),
    (D(2025, 3, 14), "TRANSFERENCIA SPEI RECIBIDA", "9800.00"),
    (D(2025, 3, 21), "CARGO DOMICILIADO IZZI", "-649.00"),
    (D(2025, 3, 28), "RETIRO EN CAJERO", "-2000.00"),
]
# The same account cut on the 15th: the days after it are the first month's, the rest the second's.
MX_DAY_ONLY_CUT = [
    (D(2025, 2, 18), "DEPOSITO EN EFECTIVO SUC 0412", "3500.00"),
    (D(2025, 2, 28), "PAGO TDC HSBC", "-2750.00"),
    (D(2025, 3, 3), "TRANSFERENCIA SPEI RECIBIDA", "9800.00"),
    (D(2025, 3, 10), "CARGO DOMICILIADO IZZI", "-649.00"),
    (D(2025, 3, 15), "RETIRO EN CAJERO", "-2000.00"),
]


@pytest.mark.parametrize(
    ("drawn", "period"),
    [
        (MX_DAY_ONLY, "Período del 01/03/2025 al 31/03/2025"),
        (MX_DAY_ONLY_CUT, "Período del 16/02/2025 al 15/03/2025"),
    ],
)
def test_a_mexican_account_dating_its_rows_by_the_day_alone_in_a_dia_column(
    drawn: list[tuple[D, str, str]], period: str
) -> None:
    """An account of Mexico whose first column, headed "Día", prints the day of the month alone ("07"):
    the month and year are the period's, the month the day falls in within it where the period spans
    two; "Retiro/Cargo" and "Depósito/Abono" headings, each figure with the dollar sign before it, and
    an address in Mexico City that makes "$" the Mexican peso."""
    rows = running(M("6120.40"), drawn)

    def pesos(value: M) -> str:
        return "$" + english(value)

    lines = header(
        [
            "Banco Nacional del Centro",
            "ESTADO DE CUENTA CUENTA FLEXIBLE",
            "ALEJANDRA TORRES VEGA",
            "AV INSURGENTES SUR 1234, COL DEL VALLE, BENITO JUAREZ, CDMX, C.P. 03100",
            period,
            "Número de cuenta 4056123987",
        ]
    )
    lines += [
        [
            (40, "**Día", False),
            (75, "Descripción", False),
            (270, "Referencia/Serial", False),
            (420, "Retiro/Cargo", True),
            (505, "Depósito/Abono", True),
            (565, "Saldo", True),
        ],
        [(75, "SALDO INICIAL", False), (565, pesos(balance_before(rows)), True)],
    ]
    for n, r in enumerate(rows):
        lines.append(
            [
                (45, f"{r.date.day:02d}", False),
                (75, r.description, False),
                (270, f"{88120 + 7 * n}", False),
                (420 if r.amount < 0 else 505, pesos(r.amount), True),
                (565, pesos(r.balance), True),
            ]
        )
    lines.append([(75, "SALDO FINAL", False), (565, pesos(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [
        (r.date, f"{r.description} {88120 + 7 * n}", r.amount) for n, r in enumerate(rows)
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "MXN"


PL_LAST = [
    (
        D(2025, 5, 5),
        "Przelew przychodzący",
        "4800.00",
        ["Tytuł: WYNAGRODZENIE ZA KWIECIEN", "Nazwa nadawcy: ABC SP. Z O.O."],
    ),
    (D(2025, 5, 6), "Płatność kartą", "-132.47", ["Lokalizacja: Adres: LIDL WARSZAWA"]),
    (D(2025, 5, 12), "Przelew na telefon", "-50.00", ["Tytuł: ZA PIZZE", "Nazwa odbiorcy: JAN NOWAK"]),
    (D(2025, 5, 20), "Zlecenie stałe", "-2100.00", ["Tytuł: CZYNSZ MAJ"]),
]


def test_a_polish_account_whose_description_runs_over_lines_in_the_last_column_after_the_balance(
    unicode_fonts: Fonts,
) -> None:
    """An account of Poland: "Data operacji | Data waluty | Typ transakcji | Kwota | Saldo po transakcji
    | Opis transakcji", the kind of transaction before the money, its description after the balance
    over as many labelled lines as it takes."""
    rows = running(M("1730.12"), [(d, kind, amount) for d, kind, amount, _ in PL_LAST])

    def zl(value: M) -> str:
        return ("-" if value < 0 else "") + f"{abs(value):,.2f}".replace(",", " ").replace(".", ",")

    lines = header(
        [
            "Bank Powszechny Wisły",
            "Zestawienie operacji",
            "Katarzyna Wiśniewska",
            "Za okres od 01.05.2025 do 31.05.2025",
            "Numer rachunku: PL27 1140 2004 0000 3002 0135 5387",
        ]
    )
    lines += [
        [
            (40, "**Data", False),
            (95, "Data", False),
            (150, "Typ", False),
            (330, "Kwota", True),
            (400, "Saldo po", True),
            (415, "Opis transakcji", False),
        ],
        [
            (40, "**operacji", False),
            (95, "waluty", False),
            (150, "transakcji", False),
            (400, "transakcji", True),
        ],
        [(40, "Saldo początkowe", False), (400, zl(balance_before(rows)), True)],
    ]
    for (_, _, _, notes), r in zip(PL_LAST, rows, strict=True):
        lines.append(
            [
                (40, r.date.strftime("%Y-%m-%d"), False),
                (95, r.date.strftime("%Y-%m-%d"), False),
                (150, r.description, False),
                (330, zl(r.amount), True),
                (400, zl(r.balance), True),
                (415, notes[0], False),
            ]
        )
        lines += [[(415, note, False)] for note in notes[1:]]
    lines.append([(40, "Saldo końcowe", False), (400, zl(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines], unicode_fonts))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    # The description column's lines, each row's whole; the kind of transaction, a column of its own
    # before the money, may or may not be read with it.
    assert [
        t.description.removeprefix(f"{kind} ")
        for t, (_, kind, _, _) in zip(read.transactions, PL_LAST, strict=True)
    ] == [" ".join(notes) for _, _, _, notes in PL_LAST]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "PLN"


SE_EXPORT = [
    (D(2025, 4, 1), "Lön", "Arbetsgivaren AB", "28450.00"),
    (D(2025, 4, 2), "Kortköp", "ICA Kvantum Malmö", "-612.30"),
    (D(2025, 4, 8), "Autogiro", "Telia Sverige", "-399.00"),
    (D(2025, 4, 25), "Swish", "Erik Johansson", "-250.00"),
]


def test_a_swedish_account_printing_the_amount_second_and_the_texts_between_it_and_the_balance() -> None:
    """An account of Sweden listed as a bank prints its export: "Bokföringsdag | Belopp | Rubrik |
    Mottagare/Avsändare | Saldo", the signed amount before the texts, spaced thousands and a comma."""
    rows = running(M("15204.55"), [(d, f"{kind} {who}", amount) for d, kind, who, amount in SE_EXPORT])

    def kronor(value: M) -> str:
        return ("-" if value < 0 else "") + f"{abs(value):,.2f}".replace(",", " ").replace(".", ",")

    lines = header(
        [
            "Sydsvenska Sparbanken",
            "Kontoutdrag Privatkonto",
            "Karin Lindqvist",
            "Period 2025-04-01 - 2025-04-30",
            "Kontonummer 8327-9 123 456 789-0",
        ]
    )
    lines += [
        [
            (40, "**Bokföringsdag", False),
            (180, "Belopp", True),
            (200, "Rubrik", False),
            (300, "Mottagare/Avsändare", False),
            (560, "Saldo", True),
        ]
    ]
    for (_, kind, who, _), r in zip(SE_EXPORT, rows, strict=True):
        lines.append(
            [
                (40, r.date.isoformat(), False),
                (180, kronor(r.amount), True),
                (200, kind, False),
                (300, who, False),
                (560, kronor(r.balance), True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


PE = [
    (D(2025, 3, 3), "DEP.EFECTIVO", "VEN", "LIMA", "14:05", "1500.00"),
    (D(2025, 3, 4), "COMPRA PLAZA VEA", "POS", "SURCO", "19:42", "-86.40"),
    (D(2025, 3, 10), "TRAN.CTAS.TERC.BM", "BM", "LIMA", "08:15", "-350.00"),
    (D(2025, 3, 18), "RETIRO ATM BCO", "ATM", "MIRAFLO", "22:03", "-200.00"),
]


def test_a_peruvian_account_with_channel_place_operation_and_time_columns_before_one_signed_amount() -> None:
    """An account of Peru: "FECHA PROC. | FECHA VALOR | DESCRIPCIÓN | MED. ATEN. | LUGAR | NUMOP | HORA |
    CARGO/ABONO | SALDO CONTABLE": the channel, the place, the operation's number and the time of day
    in columns of their own between the description and the money, which one column headed by both
    sides prints signed."""
    rows = running(M("2310.25"), [(d, text, amount) for d, text, _, _, _, amount in PE])
    lines = header(
        [
            "Banco del Rímac",
            "ESTADO DE CUENTA DE AHORROS",
            "SR. JORGE LUIS QUISPE MAMANI",
            "DEL 01/03/2025 AL 31/03/2025",
            "CUENTA 191-12345678-0-55 MONEDA SOLES",
        ]
    )
    lines += [
        [
            (40, "**FECHA", False),
            (80, "FECHA", False),
            (120, "DESCRIPCIÓN", False),
            (250, "MED.", False),
            (290, "LUGAR", False),
            (345, "NUMOP", False),
            (395, "HORA", False),
            (495, "CARGO/ABONO", True),
            (565, "SALDO", True),
        ],
        [(40, "**PROC.", False), (80, "VALOR", False), (250, "ATEN.", False), (565, "CONTABLE", True)],
    ]
    for n, ((_, _, channel, place, time, _), r) in enumerate(zip(PE, rows, strict=True)):
        lines.append(
            [
                (40, r.date.strftime("%d%b").upper(), False),
                (80, r.date.strftime("%d%b").upper(), False),
                (120, r.description, False),
                (250, channel, False),
                (290, place, False),
                (345, f"{4120 + 31 * n:06d}", False),
                (395, time, False),
                (495, ("-" if r.amount < 0 else "") + english(r.amount), True),
                (565, english(r.balance), True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "PEN"


AR_PAREN = [
    (D(2025, 7, 1), "ACREDITACION HABERES", "845000.00"),
    (D(2025, 7, 2), "DEBITO AUTOMATICO EDENOR", "-38450.20"),
    (D(2025, 7, 9), "TRANSFERENCIA ENVIADA CBU", "-120000.00"),
    (D(2025, 7, 15), "IMPUESTO LEY 25413", "-5785.08"),
    (D(2025, 7, 28), "PAGO TARJETA VISA", "-610330.15"),
]


def test_an_argentine_account_printing_money_out_in_brackets_and_ending_overdrawn() -> None:
    """An account of Argentina: "Fecha | Concepto | Importe | Saldo" with money out in brackets in
    points and commas ("(38.450,20)"), the balance overdrawn at the end and printed in brackets too,
    "$" before every figure, the old balance as "Saldo anterior" and the new as "Saldo al 31/07/2025"."""
    rows = running(M("52000.00"), AR_PAREN)

    def peso(value: M) -> str:
        text = "$ " + continental(value)
        return f"({text})" if value < 0 else text

    lines = header(
        [
            "Banco del Litoral",
            "Resumen de Cuenta Corriente en Pesos",
            "MARTINA SOFÍA BENÍTEZ",
            "Av. Corrientes 1234, C1043AAZ Buenos Aires, Argentina",
            "Período: 01/07/2025 al 31/07/2025",
        ]
    )
    lines += [
        [(40, "**Fecha", False), (100, "Concepto", False), (460, "Importe", True), (560, "Saldo", True)],
        [(100, "Saldo anterior", False), (560, peso(balance_before(rows)), True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%y"), False),
                (100, r.description, False),
                (460, peso(r.amount), True),
                (560, peso(r.balance), True),
            ]
        )
    lines.append([(100, "Saldo al 31/07/2025", False), (560, peso(rows[-1].balance), True)])
    _as_drawn([lines], rows)
    assert read_one(drawn_lines([lines])).currency == "ARS"


IT_SCALARE = [
    (D(2025, 3, 3), "BONIFICO DA MARIO ROSSI", "650.00"),
    (D(2025, 3, 10), "PAGAMENTO UTENZE HERA", "-118.42"),
    (D(2025, 3, 17), "ADDEBITO CARTA DI CREDITO", "-845.30"),
    (D(2025, 3, 31), "ACCREDITO INTERESSI", "0.35"),
]


def test_an_italian_account_whose_movements_are_followed_by_a_scalare_of_balances_by_value_date() -> None:
    """An account of Italy: the movements between "Saldo iniziale" and "Saldo finale" rows, then the
    "scalare" Italian banks print for the interest: each value date with the balance from it, the days
    it stood and its "numeri" (balance times days, whole), under their own headings. They are no rows."""
    rows = running(M("2210.15"), IT_SCALARE)
    lines = header(
        [
            "Banca Adriatica di Risparmio",
            "Estratto conto n. 3/2025",
            "Sig. GIOVANNI FERRARI",
            "Periodo dal 01/03/2025 al 31/03/2025",
            "IBAN IT40 S054 2811 1010 0000 0123 456",
        ]
    )
    lines += [
        [
            (40, "**Data", False),
            (95, "Valuta", False),
            (150, "Descrizione", False),
            (420, "Dare", True),
            (490, "Avere", True),
            (560, "Saldo", True),
        ],
        [(150, "Saldo iniziale", False), (560, continental(balance_before(rows)), True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%y"), False),
                (95, r.date.strftime("%d/%m/%y"), False),
                (150, r.description, False),
                (420 if r.amount < 0 else 490, continental(r.amount), True),
                (560, continental(r.balance), True),
            ]
        )
    lines += [
        [(150, "Saldo finale", False), (560, continental(rows[-1].balance), True)],
        [],
        [(40, "##Scalare per il calcolo degli interessi", False)],
        [
            (40, "**Data valuta", False),
            (200, "Saldo", True),
            (260, "Giorni", True),
            (380, "Numeri debitori", True),
            (500, "Numeri creditori", True),
        ],
    ]
    starts = [D(2025, 3, 1), *(r.date for r in rows[:-1])]
    balances = [balance_before(rows), *(r.balance for r in rows[:-1])]
    ends = [*(r.date for r in rows[:-1]), D(2025, 3, 31)]
    for start, balance, end in zip(starts, balances, ends, strict=True):
        days = (end - start).days
        lines.append(
            [
                (40, start.strftime("%d/%m/%Y"), False),
                (200, continental(balance), True),
                (260, str(days), True),
                (380, "0", True),
                (500, f"{int(balance * days):,}".replace(",", "."), True),
            ]
        )
    _as_drawn([lines], rows)
    # "Estratto conto n. 3/2025" numbers the statement within its year: the account is the IBAN's.
    assert read_one(drawn_lines([lines])).account_number == "IT40 S054 2811 1010 0000 0123 456"


ES_INTEREST = [
    (D(2025, 5, 2), "TRANSFERENCIA RECIBIDA NOMINA", "2150.00"),
    (D(2025, 5, 6), "RECIBO ENDESA ENERGIA", "-71.23"),
    (D(2025, 5, 19), "PAGO CON TARJETA EL CORTE INGLES", "-245.60"),
    (D(2025, 5, 31), "ABONO DE INTERESES", "0.42"),
]


def test_a_spanish_account_closing_on_a_settlement_of_interest_with_its_dates_and_rates() -> None:
    """An account of Spain: the movements, then the settlement of the interest the account earned, with
    the period it covers, the average balance, the rate, the gross interest and the tax withheld, each
    labelled on a line of its own. They are no rows."""
    rows = running(M("1320.00"), ES_INTEREST)
    lines = header(
        [
            "Banco de Castilla y León",
            "Extracto de cuenta corriente",
            "Dña. MARÍA JOSÉ FERNÁNDEZ RUIZ",
            "Periodo: 01/05/2025 - 31/05/2025",
            "IBAN ES76 0049 1500 0512 3456 7892",
        ]
    )
    lines += [
        [
            (40, "**F. Oper.", False),
            (95, "F. Valor", False),
            (150, "Concepto", False),
            (470, "Importe", True),
            (560, "Saldo", True),
        ]
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (95, r.date.strftime("%d/%m/%Y"), False),
                (150, r.description, False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            ]
        )
    lines += [
        [],
        [(40, "##Liquidación de intereses", False)],
        [(40, "Periodo de liquidación del 01/04/2025 al 30/04/2025", False)],
        [(40, "Saldo medio", False), (300, "2.874,35", True)],
        [(40, "Tipo de interés nominal 0,18 %", False)],
        [(40, "Intereses brutos", False), (300, "0,52", True)],
        [(40, "Retención IRPF 19 %", False), (300, "0,10", True)],
        [(40, "Intereses netos abonados el 31/05/2025", False), (300, "0,42", True)],
    ]
    _as_drawn([lines], rows)


DE_CLOSE = [
    (D(2025, 6, 2), "Gutschrift Gehalt Juni", "3412.80"),
    (D(2025, 6, 4), "Lastschrift Stadtwerke Bochum", "-96.00"),
    (D(2025, 6, 16), "Kartenzahlung EDEKA", "-64.37"),
    (D(2025, 6, 30), "Abschluss Entgelte", "-7.95"),
]


def test_a_german_account_closing_on_a_rechnungsabschluss_of_its_fees_and_interest() -> None:
    """An account of Germany: "Buchungstag | Wert | Vorgang | Betrag EUR" between the old and new balance
    lines, then the account's settlement ("Rechnungsabschluss") listing the fees and the interest of the
    quarter with the dates they cover and their sum, booked on the table's last row. They are no rows."""
    rows = running(M("812.44"), DE_CLOSE)

    def betrag(value: M) -> str:
        return continental(value) + (" -" if value < 0 else " +")

    lines = header(
        [
            "Ruhrländische Volksbank eG",
            "Kontoauszug 6/2025",
            "Herrn Thomas Schneider",
            "Auszug vom 01.06.2025 bis 30.06.2025",
            "IBAN DE02 1203 0000 0000 2020 51",
        ]
    )
    lines += [
        [(40, "Alter Kontostand vom 31.05.2025", False), (550, betrag(balance_before(rows)), True)],
        [],
        [(40, "**Bu-Tag", False), (90, "Wert", False), (140, "Vorgang", False), (550, "Betrag EUR", True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d.%m."), False),
                (90, r.date.strftime("%d.%m."), False),
                (140, r.description, False),
                (550, betrag(r.amount), True),
            ]
        )
    lines += [
        [(40, "Neuer Kontostand vom 30.06.2025", False), (550, betrag(rows[-1].balance), True)],
        [],
        [(40, "##Rechnungsabschluss zum 30.06.2025", False)],
        [(40, "Kontoführung 01.04.2025 - 30.06.2025", False), (400, "6,00 -", True)],
        [(40, "Buchungsposten 12 x 0,15", False), (400, "1,80 -", True)],
        [(40, "Zinsen 01.04.2025 - 30.06.2025 0,000 %", False), (400, "0,00", True)],
        [(40, "Porto", False), (400, "0,15 -", True)],
        [(40, "Summe Abschluss", False), (400, "7,95 -", True)],
    ]
    _as_drawn([lines], rows)


BR_PAGES = [
    (D(2025, 8, 1), "PIX RECEBIDO ANA LIMA", "350.00"),
    (D(2025, 8, 4), "PAGAMENTO BOLETO NET", "-129.90"),
    (D(2025, 8, 6), "TED RECEBIDA EMPRESA X", "5200.00"),
    (D(2025, 8, 8), "CARTAO DEBITO PADARIA", "-23.50"),
    (D(2025, 8, 12), "PIX ENVIADO ALUGUEL", "-1800.00"),
    (D(2025, 8, 19), "SAQUE 24H BANCO", "-200.00"),
    (D(2025, 8, 25), "RENDIMENTO POUPANCA", "12.44"),
]


def test_a_brazilian_account_over_two_pages_each_opening_on_the_balance_brought_from_the_last() -> None:
    """An account of Brazil over two pages, each headed again by the bank, the branch and account, the
    period and "Página n/2"; each page's table opens on a "SALDO ANTERIOR" row, the second's the balance
    the first page ended on, and a "SALDO DO DIA" row closes each day with a transaction."""
    rows = running(M("910.35"), BR_PAGES)
    heads = [
        (40, "**Data", False),
        (100, "Lançamentos", False),
        (460, "Valor (R$)", True),
        (550, "Saldo (R$)", True),
    ]

    def figure(value: M) -> str:
        return ("-" if value < 0 else "") + continental(value)

    def page(number: int, part: Sequence[Drawn], before: M) -> Lines:
        lines = header(
            [
                "Banco Paulista S.A.",
                "Extrato mensal de conta corrente - Agência 0123 Conta 45678-9",
                "Cliente: FERNANDA OLIVEIRA",
                "Período: 01/08/2025 a 31/08/2025",
            ]
        )
        lines += [heads, [(40, "", False), (100, "SALDO ANTERIOR", False), (550, figure(before), True)]]
        for n, r in enumerate(part):
            lines.append(
                [
                    (40, r.date.strftime("%d/%m"), False),
                    (100, r.description, False),
                    (460, figure(r.amount), True),
                ]
            )
            if n + 1 == len(part) or part[n + 1].date != r.date:
                lines.append([(100, "SALDO DO DIA", False), (550, figure(r.balance), True)])
        return [*lines, [], [(500, f"Página {number}/2", False)]]

    pages = [page(1, rows[:4], balance_before(rows)), page(2, rows[4:], rows[3].balance)]
    _as_drawn(pages, rows)


MX_PAGES = [
    (D(2025, 10, 1), "DEPOSITO NOMINA EMPRESA", "14250.00"),
    (D(2025, 10, 3), "PAGO SERVICIO TELMEX", "-389.00"),
    (D(2025, 10, 3), "COMPRA WALMART SUC 1234", "-1875.40"),
    (D(2025, 10, 10), "TRASPASO A CUENTA TERCEROS", "-3000.00"),
    (D(2025, 10, 17), "RETIRO CAJERO RED", "-1500.00"),
    (D(2025, 10, 24), "PAGO TARJETA CREDITO", "-5000.00"),
    (D(2025, 10, 31), "INTERESES GANADOS", "3.12"),
    (D(2025, 10, 31), "ISR RETENIDO", "-0.56"),
]


def test_a_mexican_account_over_three_pages_each_headed_again_with_its_summary_on_the_first() -> None:
    """An account of Mexico over three pages, each headed again by the bank, the statement's title, the
    account and the period, and footed by its number ("Página 1 de 3") and the bank's legal name; the
    first page's summary (the balance before and after, the deposits, the withdrawals, the average
    balance and the commissions charged) over the table; a day's rows cut by a page break."""
    rows = running(M("6540.90"), MX_PAGES)
    out, into = totals(rows)
    heads = [
        (40, "**FECHA", False),
        (95, "CONCEPTO", False),
        (400, "RETIROS", True),
        (480, "DEPÓSITOS", True),
        (560, "SALDO", True),
    ]

    def page(number: int, part: Sequence[Drawn], summary: Lines) -> Lines:
        lines = header(
            [
                "Banco del Noreste",
                "ESTADO DE CUENTA - CUENTA DE CHEQUES",
                "CUENTA 0123456789   PERIODO DEL 01/10/2025 AL 31/10/2025",
            ]
        )
        lines += [*summary, heads]
        for r in part:
            lines.append(
                [
                    (40, f"{r.date.day:02d}/{MX_MONTHS[r.date.month - 1]}", False),
                    (95, r.description, False),
                    (400 if r.amount < 0 else 480, english(r.amount), True),
                    (560, english(r.balance), True),
                ]
            )
        return [
            *lines,
            [],
            [
                (40, "Banco del Noreste, S.A., Institución de Banca Múltiple", False),
                (500, f"Página {number} de 3", False),
            ],
        ]

    summary: Lines = [
        [(40, "Saldo anterior", False), (300, english(balance_before(rows)), True)],
        [(40, "Depósitos", False), (300, english(into), True)],
        [(40, "Retiros", False), (300, english(out), True)],
        [(40, "Saldo final", False), (300, english(rows[-1].balance), True)],
        [(40, "Saldo promedio", False), (300, "9,812.44", True)],
        [(40, "Comisiones cobradas", False), (300, "0.00", True)],
        [],
    ]
    pages = [page(1, rows[:2], summary), page(2, rows[2:6], []), page(3, rows[6:], [])]
    _as_drawn(pages, rows)


CA = [
    (D(2025, 3, 3), D(2025, 3, 3), "TRANSFERÈNCIA A FAVOR NÒMINA", "2240.00"),
    (D(2025, 3, 5), D(2025, 3, 4), "REBUT AIGÜES DE BARCELONA", "-38.61"),
    (D(2025, 3, 11), D(2025, 3, 11), "COMPRA TARGETA BONPREU", "-72.15"),
    (D(2025, 3, 26), D(2025, 3, 24), "REINTEGRAMENT CAIXER", "-100.00"),
]


def test_a_catalan_account_with_the_concept_first_and_its_value_date_headed_data_valor() -> None:
    """An account of Catalonia printed in Catalan: "Concepte | Data | Data valor | Import | Saldo", the
    balance brought in as "Saldo anterior" above the table and the last as "Saldo final" under it;
    "Data valor" heads the value date, as Spanish's "Fecha valor" does."""
    rows = running(M("1890.42"), [(d, text, amount) for d, _, text, amount in CA])
    lines = header(
        [
            "Caixa de la Plana",
            "Extracte de compte corrent",
            "Sr. JORDI PUIG I SOLER",
            "Període: del 01/03/2025 al 31/03/2025",
            "IBAN ES12 2100 0813 6101 2345 6789",
            "Moviments del compte amb els seus saldos, pels imports en euros",
        ]
    )
    lines += [
        [(40, "Saldo anterior", False), (560, continental(balance_before(rows)), True)],
        [],
        [
            (40, "**Concepte", False),
            (270, "Data", False),
            (330, "Data valor", False),
            (470, "Import", True),
            (560, "Saldo", True),
        ],
    ]
    for (_, valued, _, _), r in zip(CA, rows, strict=True):
        lines.append(
            [
                (40, r.description, False),
                (270, r.date.strftime("%d/%m/%Y"), False),
                (330, valued.strftime("%d/%m/%Y"), False),
                (470, ("-" if r.amount < 0 else "") + continental(r.amount), True),
                (560, continental(r.balance), True),
            ]
        )
    lines += [[], [(40, "Saldo final", False), (560, continental(rows[-1].balance), True)]]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [valued for _, valued, _, _ in CA]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Extracte del compte amb els moviments i els saldos dels mesos de març, pàgina 1 de 2", "ca"),
        ("Extracto de la cuenta del mes de marzo, hoja 1 de 2, con su saldo y los movimientos que es", "es"),
        ("Relevé de compte du mois de mars, page 1 de 2, avec les opérations et le solde des", "fr"),
        ("Estratto conto del mese di marzo, pagina 1 di 2, con il saldo e i movimenti per la", "it"),
    ],
)
def test_catalan_is_told_by_its_own_words_and_its_neighbours_pages_stay_theirs(
    text: str, language: str
) -> None:
    assert language_of(fold(text).split()) == language


WORDS_DATED = [
    (D(2025, 7, 3), "TRANSFERENCIA RECIBIDA", "2450.00"),
    (D(2025, 7, 5), "PAGO RECIBO LUZ", "-78.15"),
    (D(2025, 7, 20), "COMISION MANTENIMIENTO", "-9.99"),
]


@pytest.mark.parametrize(
    ("opening", "closing", "headings"),
    [
        ("Saldo al 30 de junio de 2025", "Saldo al 31 de julio de 2025", ("Fecha", "Concepto", "Importe")),
        ("Saldo em 30 de junho de 2025", "Saldo em 31 de julho de 2025", ("Data", "Histórico", "Valor")),
    ],
)
def test_balances_labelled_with_their_day_written_out_in_words_open_and_close_the_statement(
    opening: str, closing: str, headings: tuple[str, str, str]
) -> None:
    """An account of Argentina or Brazil stating its balances only in lines dated in words, the day,
    the month's name and the year joined by "de" ("Saldo al 30 de junio de 2025"), above a table of
    signed amounts without a running balance: the earlier is the opening balance, the later the
    closing one."""
    rows = running(M("1520.40"), WORDS_DATED)
    lines = header(["Banco del Plata", "Resumen de cuenta", "LUCÍA FERNÁNDEZ"])
    lines += [
        [(40, opening, False), (300, continental(balance_before(rows)), True)],
        [(40, closing, False), (300, continental(rows[-1].balance), True)],
        [],
        [(40, "**" + headings[0], False), (110, headings[1], False), (500, headings[2], True)],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (110, r.description, False),
                (500, ("-" if r.amount < 0 else "") + continental(r.amount), True),
            ]
        )
    _as_drawn([lines], rows)


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("1 de agosto de 2025", D(2025, 8, 1)),
        ("30 de junho de 2025", D(2025, 6, 30)),
        ("4 de març de 2025", D(2025, 3, 4)),
    ],
)
def test_a_day_written_out_with_de_between_its_parts_is_a_date(printed: str, day: D) -> None:
    assert parse_full(printed) == day


BR_INTER = [
    (D(2025, 8, 1), 'Pix recebido: "Cp :60701190-MARIANA SOUZA"', "500.00"),
    (D(2025, 8, 1), 'Compra no debito: "PADARIA PAO QUENTE"', "-23.50"),
    (D(2025, 8, 4), 'Pagamento efetuado: "CONTA DE LUZ ENEL"', "-187.32"),
    (D(2025, 8, 11), 'Pix enviado: "Cp :18236120-JOAO PEREIRA"', "-250.00"),
    (D(2025, 8, 11), 'Estorno: "PADARIA PAO QUENTE"', "23.50"),
]
PT_MONTHS = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto"]


@pytest.mark.parametrize("day_balance", [True, False])
def test_a_brazilian_digital_account_grouping_its_rows_under_days_written_out_in_words(
    day_balance: bool,
) -> None:
    """A digital bank's account of Brazil printed without column headings: the rows grouped under each
    day written out in words ("1 de Agosto de 2025") with the day's balance ("Saldo do dia: R$ 1.234,56")
    on the same line, or alone; each row the description, the value with "R$" after its sign ("-R$
    23,50") and the balance after it."""
    rows = running(M("1820.00"), BR_INTER)

    def reais(value: M) -> str:
        return ("-" if value < 0 else "") + "R$ " + continental(value)

    lines = header(
        [
            "Banco Digital Horizonte S.A.",
            "Extrato Conta Corrente",
            "Cliente: LUCAS MARTINS FERREIRA",
            "Período: 01/08/2025 a 31/08/2025",
            "Agência 0001 Conta 1234567-8",
        ]
    )
    for n, r in enumerate(rows):
        if n == 0 or rows[n - 1].date != r.date:
            day = [d for d in rows if d.date == r.date][-1]
            balance: list[Cell] = [(420, "Saldo do dia:", False), (560, reais(day.balance), True)]
            written = f"{r.date.day} de {PT_MONTHS[r.date.month - 1]} de {r.date.year}"
            lines += [[], [(40, written, False), *(balance if day_balance else [])]]
        lines.append(
            [(40, r.description, False), (470, reais(r.amount), True), (560, reais(r.balance), True)]
        )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


BR_BRACKETED = [
    (D(2025, 8, 3), "Pix - Recebido", "2450.00"),
    (D(2025, 8, 5), "Pagamento de Boleto", "-78.15"),
    (D(2025, 8, 12), "Compra com Cartão", "-1112.37"),
    (D(2025, 8, 20), "Transferência recebida", "300.00"),
]


@pytest.mark.parametrize("apart", [True, False])
def test_a_brazilian_account_signing_every_figure_with_a_plus_or_minus_in_brackets_after_it(
    apart: bool,
) -> None:
    """An account of Brazil: each value and balance followed by its sign in brackets ("389,90 (-)",
    "1.500,00 (+)"), a space apart or joined to the figure, from a "Saldo Anterior" row on."""
    rows = running(M("1520.40"), BR_BRACKETED)

    def bracketed(value: M) -> str:
        return continental(value) + (" " if apart else "") + ("(-)" if value < 0 else "(+)")

    lines = header(
        [
            "Banco do Cerrado S.A.",
            "Extrato de conta corrente",
            "Cliente: PAULO HENRIQUE DIAS",
            "Período: 01/08/2025 a 31/08/2025",
        ]
    )
    lines += [
        [(40, "**Data", False), (110, "Histórico", False), (450, "Valor R$", True), (550, "Saldo R$", True)],
        [
            (40, "31/07/2025", False),
            (110, "Saldo Anterior", False),
            (550, bracketed(balance_before(rows)), True),
        ],
    ]
    for r in rows:
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (110, r.description, False),
                (450, bracketed(r.amount), True),
                (550, bracketed(r.balance), True),
            ]
        )
    _as_drawn([lines], rows)
