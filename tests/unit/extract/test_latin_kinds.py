"""Kinds of issue 14 that statements of Latin America and continental Europe print and no other test
draws: a summary box with an average balance above rows dated by the day and a month's abbreviation
across New Year, dates printed once a day, a numeric code column before the description, two balance
columns side by side, labelled old and new balances in the language of each country, read through the
text layer."""

from __future__ import annotations

from collections.abc import Sequence

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
