"""Accounts and cards of India, South Africa, Malaysia, the Philippines, Mexico and Brazil in forms no
other test draws, each read through the text layer against what was drawn: every row's dates, amount
and balance, the balances around the rows, the money and what validation warns of the rows. Days
printed month first with a two-digit year; headings in Malay over their English; money in left of
money out; posting and transaction dates beside a fee column; pages footed by a note naming the closing
balance; a period across New Year with days printed without their year; each day closed by a line of
its balance; figures followed by a lone D or C; a code before each description; and card bills whose
closing balance is labelled "Total Outstanding", "Total Payment Due" or "Total desta fatura", whose
instalments print their number like a day, or whose charges carry a plus and payments a minus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

import pytest

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
    M,
    balance_before,
    continental,
    dejavu,
    drawn_lines,
    english,
    header,
    headings,
    indian,
    paid_in,
    paid_out,
    read_one,
    running,
    table,
    totals,
    wrapped,
)

DAY = dt.timedelta(days=1)
MESES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
# What validation warns of when rows or balances are read wrong (the others are the header's: a holder's
# address these drawings may leave out).
ROW_WARNINGS = {
    WarningCode.TransactionIncomplete,
    WarningCode.TransactionsWrongOrder,
    WarningCode.TransactionDuplicate,
    WarningCode.BalanceMismatch,
    WarningCode.ValidateCurrency,
}


def _warnings(read: RawStatement, today: dt.date) -> list[WarningCode]:
    """What validation warns of on the one account the statement holds."""
    [account] = validate(today, [FileStatements("statement.pdf", [read])]).accounts
    return [w.code for w in account.warnings]


def _as_drawn(
    read: RawStatement,
    rows: Sequence[Drawn],
    *,
    currency: str | None,
    balances: Sequence[Decimal | None] | None = None,
    value_dates: Sequence[dt.date | None] | None = None,
) -> None:
    """Asserts every row as drawn (date, value date, description, amount, balance printed on it: each
    row's running balance unless `balances` says otherwise), the balances around the rows, the money, and
    that validation finds nothing wrong with the rows."""
    printed = [r.balance for r in rows] if balances is None else list(balances)
    second = [None] * len(rows) if value_dates is None else list(value_dates)
    assert [(t.date, t.value_date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, value, r.description, r.amount, balance)
        for r, value, balance in zip(rows, second, printed, strict=True)
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == currency
    assert not set(_warnings(read, rows[-1].date + 30 * DAY)) & ROW_WARNINGS


def _line(cells: Sequence[Cell | None]) -> list[Cell]:
    """A line of the cells given, leaving out those a row has no text for."""
    return [cell for cell in cells if cell is not None and cell[1]]


# ---- the Philippines: days printed month first with a two-digit year ---------------------------------

MANILA = [
    (D(2025, 6, 3), "ATM WITHDRAWAL SM MEGAMALL", "-5000.00"),
    (D(2025, 6, 5), "FUND TRANSFER FROM JUAN DELA CRUZ", "12500.00"),
    (D(2025, 6, 9), "BILLS PAYMENT MERALCO", "-3412.75"),
    (D(2025, 6, 11), "POS PURCHASE PUREGOLD QC", "-2208.40"),
    (D(2025, 6, 15), "PAYROLL CREDIT ACME PHILS INC", "28750.00"),
    (D(2025, 6, 24), "CHECK ENCASHMENT", "-10000.00"),
    (D(2025, 6, 30), "INTEREST EARNED", "4.12"),
    (D(2025, 6, 30), "WITHHOLDING TAX", "-0.82"),
]


def _month_first(titles: Sequence[str], *between: Column) -> list[Column]:
    """Date (month first) | Description | the columns `between` | money out | money in | Balance, headed
    by `titles` in that order (none for `between`)."""
    date, description, out, into, balance = titles
    return [
        Column(date, 30, lambda r: r.date.strftime("%m/%d/%y")),
        Column(description, 110, lambda r: r.description),
        *between,
        Column(out, 420, paid_out(english), right=True),
        Column(into, 490, paid_in(english), right=True),
        Column(balance, 560, lambda r: english(r.balance), right=True),
    ]


def _forward(label: str, rows: Sequence[Drawn]) -> list[Cell]:
    """A line of the balance the rows follow on from, under the description's heading."""
    return [(110, label, False), (560, english(balance_before(rows)), True)]


def _check(row: Drawn) -> str:
    """The number a row prints in the CHECK NO. column: a check's only."""
    return "000381" if "CHECK" in row.description else ""


def test_a_philippine_account_dating_its_rows_month_first_with_a_two_digit_year() -> None:
    """Philippine kind: "POSTING DATE | DESCRIPTION | CHECK NO. | DEBIT | CREDIT | BALANCE", each row
    dated month first with a two-digit year ("06/03/25" is the 3rd of June), as is the period printed
    in the header ("06/01/25 TO 06/30/25"), the days before the 13th alike either way: the period's
    last day and the rows past the 12th tell the order, and every day is read month first."""
    rows = running(M("41230.55"), MANILA)
    head = [
        "Visayas Commercial Banking Corp.",
        "STATEMENT OF ACCOUNT - SAVINGS",
        "MARIA CLARA SANTOS",
        "PERIOD COVERED : 06/01/25 TO 06/30/25",
        "ACCOUNT NUMBER : 0043-2211-8876",
        "CURRENCY : PHP",
    ]
    columns = _month_first(
        ("POSTING DATE", "DESCRIPTION", "DEBIT", "CREDIT", "BALANCE"), Column("CHECK NO.", 300, _check)
    )
    lines = [*header(head), headings(columns), _forward("BALANCE FORWARD", rows), *table(columns, rows)]
    read = read_one(drawn_lines([lines]))
    # A check's number is read with the description, as every reference column is.
    _as_drawn(
        read, [replace(r, description=f"{r.description} {_check(r)}".strip()) for r in rows], currency="PHP"
    )
    assert (read.period_start, read.period_end) == (D(2025, 6, 1), D(2025, 6, 30))


# ---- Malaysia: headings in Malay over their English, each description over lines ---------------------

KL = [
    (D(2025, 4, 2), "FPX PAYMENT FR A/C", "TENAGA NASIONAL BERHAD", "-146.20"),
    (D(2025, 4, 5), "TRANSFER TO A/C", "SITI AMINAH BINTI OMAR", "-500.00"),
    (D(2025, 4, 7), "IBG CREDIT", "SYARIKAT MAJU JAYA SDN BHD", "4850.00"),
    (D(2025, 4, 18), "DEBIT CARD PURCHASE", "MYDIN SUBANG JAYA", "-88.90"),
    (D(2025, 4, 30), "PROFIT PAID", "", "1.27"),
]


def test_a_malaysian_account_headed_in_malay_over_english_with_each_counterparty_under_its_row() -> None:
    """Malaysian kind: each heading printed in Malay over its English ("TARIKH MASUK" over "ENTRY DATE",
    "TARIKH NILAI" over "VALUE DATE", "BUTIR URUSNIAGA" over "TRANSACTION DESCRIPTION", "JUMLAH
    URUSNIAGA" over "TRANSACTION AMOUNT", "BAKI PENYATA" over "STATEMENT BALANCE"), each amount followed
    by "+" or "-", the counterparty on the line under its row, the value date a day after the entry
    date, a BEGINNING BALANCE line first and ENDING BALANCE, TOTAL CREDIT and TOTAL DEBIT lines after."""
    rows = running(M("3120.45"), [(day, f"{kind} {who}".strip(), amount) for day, kind, who, amount in KL])
    head = [
        "Semenanjung Banking Berhad",
        "NURUL HUDA BINTI ISMAIL",
        "NO 8 JALAN SS15/4, 47500 SUBANG JAYA",
        "TARIKH PENYATA / STATEMENT DATE : 30/04/25",
        "NOMBOR AKAUN / ACCOUNT NUMBER : 1622 0145 8831",
    ]
    lines: Lines = header(head)
    titles = [
        ("TARIKH MASUK", "ENTRY DATE", 30, False),
        ("TARIKH NILAI", "VALUE DATE", 95, False),
        ("BUTIR URUSNIAGA", "TRANSACTION DESCRIPTION", 160, False),
        ("JUMLAH URUSNIAGA", "TRANSACTION AMOUNT", 470, True),
        ("BAKI PENYATA", "STATEMENT BALANCE", 560, True),
    ]
    lines.append(
        [(x, ("**" if n == 0 else "") + malay, right) for n, (malay, _, x, right) in enumerate(titles)]
    )
    lines.append([(x, ("**" if n == 0 else "") + eng, right) for n, (_, eng, x, right) in enumerate(titles)])
    lines.append([(160, "BEGINNING BALANCE", False), (560, english(balance_before(rows)), True)])
    for r, (_, kind, who, _) in zip(rows, KL, strict=True):
        sign = "-" if r.amount < 0 else "+"
        lines.append(
            [
                (30, r.date.strftime("%d/%m/%y"), False),
                (95, (r.date + DAY).strftime("%d/%m/%y"), False),
                (160, kind, False),
                (470, english(r.amount) + sign, True),
                (560, english(r.balance), True),
            ]
        )
        if who:
            lines.append([(160, who, False)])
    money_out, money_in = totals(rows)
    lines += [
        [(160, "ENDING BALANCE :", False), (560, english(rows[-1].balance), True)],
        [(160, "TOTAL CREDIT :", False), (470, english(money_in), True)],
        [
            (160, "TOTAL DEBIT :", False),
            (470, english(money_out), True),
        ],
    ]
    read = read_one(drawn_lines([lines]))
    # No money is named: the reader names none.
    _as_drawn(read, rows, currency=None, value_dates=[r.date + DAY for r in rows])


# ---- India: a card bill whose figures are each followed by a lone D or C -----------------------------

CARD = [
    (D(2025, 8, 3), "AMAZON PAY INDIA PRIVATE BANGALORE", "-12499.00"),
    (D(2025, 8, 5), "PAYMENT RECEIVED 000PYMT20250805", "18500.00"),
    (D(2025, 8, 9), "SWIGGY BANGALORE", "-486.50"),
    (D(2025, 8, 14), "RELIANCE DIGITAL MUMBAI", "-134999.00"),
    (D(2025, 8, 20), "FUEL SURCHARGE REVERSAL", "25.00"),
]


@pytest.mark.parametrize("due", ["Total Outstanding", "Total Payment Due"])
def test_an_indian_card_bill_following_each_figure_with_a_lone_d_or_c(due: str) -> None:
    """Indian credit-card kind: "Date | Transaction Details | Amount (₹)", each figure in lakhs followed by
    "D" (a purchase) or "C" (a payment or refund) a space apart, rows dated "03 Aug 25", the previous
    balance and the total owed ("Total Outstanding", "Total Payment Due") on labelled lines above the rows,
    each with its D: the letters are the figures' sides, never a part of the descriptions, and the bill's
    balances are what is owed."""
    owed = M("18500.00")
    rows = running(-owed, CARD)

    def sided(value: Decimal) -> str:
        return indian(value) + (" D" if value < 0 else " C")

    head = [
        "Deccan Card Services Limited",
        "Credit Card Statement",
        "Name : ANANYA KRISHNAN",
        "Credit Card Number : XXXX XXXX XXXX 4417",
        "Statement Date : 22 Aug 2025",
        "Statement Period : 23 Jul 2025 to 22 Aug 2025",
    ]
    lines: Lines = header(head)
    lines += [
        [(30, "Previous Balance (₹)", False), (300, sided(-owed), True)],
        [(30, f"{due} (₹)", False), (300, sided(rows[-1].balance), True)],
        [],
        [(30, "**Date", False), (110, "Transaction Details", False), (560, "Amount (₹)", True)],
    ]
    lines += [
        [(30, r.date.strftime("%d %b %y"), False), (110, r.description, False), (560, sided(r.amount), True)]
        for r in rows
    ]
    fonts = dejavu()
    if fonts is None:
        pytest.skip("no font with the rupee sign")
    read = read_one(drawn_lines([lines], fonts))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == [
        (r.date, r.description, r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (-owed, rows[-1].balance)
    assert read.currency == "INR"
    assert not set(_warnings(read, D(2025, 9, 1))) & ROW_WARNINGS


# ---- South Africa: a period across New Year, its days printed without their year ---------------------

SUMMER = [
    (D(2024, 12, 16), "POS PURCHASE CHECKERS HYPER 4417", "-1845.30"),
    (D(2024, 12, 20), "FNB APP PAYMENT TO LANDLORD", "-9500.00"),
    (D(2024, 12, 24), "MAGTAPE CREDIT SALARY DEC", "24800.00"),
    (D(2024, 12, 31), "INTEREST ON CREDIT BALANCE", "12.44"),
    (D(2025, 1, 2), "DEBIT ORDER DISCOVERY HEALTH", "-4236.00"),
    (D(2025, 1, 8), "ATM CASH WITHDRAWAL SANDTON", "-2000.00"),
    (D(2025, 1, 14), "MONTHLY ACCOUNT FEE", "-199.00"),
]


def test_a_south_african_account_across_new_year_with_days_printed_without_their_year() -> None:
    """South African kind: "Date | Description | Amount | Balance | Accrued Bank Charges" over a period
    from the 15th of December to the 14th of January, rows dated "16 Dec" and "02 Jan" with no year, every
    credit and balance in credit followed by "Cr" joined to its figure, the opening and closing balances
    on labelled lines above the rows with their "Cr": December's days are of the period's first year and
    January's of its second."""
    rows = running(M("3410.85"), SUMMER)

    def cr(value: Decimal) -> str:
        return english(value) + ("Cr" if value > 0 else "")

    head = [
        "Karoo First Bank",
        "MS LERATO DLAMINI",
        "14 JACARANDA STREET, PRETORIA, 0181",
        "Statement Period : 15 December 2024 to 14 January 2025",
        "Gold Cheque Account : 62845510293",
        f"Opening Balance {cr(balance_before(rows))}",
        f"Closing Balance {cr(rows[-1].balance)}",
    ]
    lines: Lines = header(head)
    lines.append(
        [
            (35, "**Date", False),
            (85, "Description", False),
            (390, "Amount", True),
            (470, "Balance", True),
            (485, "Accrued Bank Charges", False),
        ]
    )
    for r in rows:
        charge = "6.50" if r.amount < -2000 else ""
        lines.append(
            _line(
                [
                    (35, r.date.strftime("%d %b"), False),
                    (85, r.description, False),
                    (390, cr(r.amount), True),
                    (470, cr(r.balance), True),
                    (540, charge, True),
                ]
            )
        )
    read = read_one(drawn_lines([lines]))
    # No money is named: the reader names none.
    _as_drawn(read, rows, currency=None)


# ---- Brazil: each day closed by a line of its balance ------------------------------------------------

PAULISTA = [
    (D(2025, 3, 5), "PIX TRANSF MARIA S05/03", "-150,00"),
    (D(2025, 3, 5), "PAG BOLETO ENEL SP", "-287,43"),
    (D(2025, 3, 7), "TED RECEBIDA ACME LTDA", "6.200,00"),
    (D(2025, 3, 12), "CARTAO DEBITO PADARIA REAL", "-38,90"),
    (D(2025, 3, 12), "PIX RECEBIDO JOAO P", "75,00"),
    (D(2025, 3, 20), "TAR PACOTE SERVICOS", "-52,90"),
]


def test_a_brazilian_account_closing_each_day_on_a_line_of_the_days_available_balance() -> None:
    """Brazilian kind: "data | lançamentos | valor (R$) | saldo (R$)", rows dated "05/03" (the year in the
    period), money out with a minus before it, no balance on the rows but a line under each day's last
    row ("SALDO TOTAL DISPONÍVEL DIA") printing the day's balance, the first line "SALDO ANTERIOR": those
    lines are no transactions, the first opens the rows and the last closes them."""
    entries = [(day, text, amount.replace(".", "").replace(",", ".")) for day, text, amount in PAULISTA]
    rows = running(M("1843.10"), entries)
    head = [
        "Banco Bandeirante S.A.",
        "extrato conta corrente",
        "RAFAEL COSTA OLIVEIRA",
        "agência 0412 conta 45871-3",
        "período de visualização: 01/03/2025 até 31/03/2025",
    ]
    lines: Lines = header(head)
    lines.append(
        [
            (30, "**data", False),
            (90, "lançamentos", False),
            (450, "valor (R$)", True),
            (550, "saldo (R$)", True),
        ]
    )
    lines.append(
        [(30, "28/02", False), (90, "SALDO ANTERIOR", False), (550, continental(balance_before(rows)), True)]
    )
    for n, r in enumerate(rows):
        lines.append(
            [
                (30, r.date.strftime("%d/%m"), False),
                (90, r.description, False),
                (450, ("-" if r.amount < 0 else "") + continental(r.amount), True),
            ]
        )
        if n + 1 == len(rows) or rows[n + 1].date != r.date:
            lines.append(
                [
                    (30, r.date.strftime("%d/%m"), False),
                    (90, "SALDO TOTAL DISPONÍVEL DIA", False),
                    (550, continental(r.balance), True),
                ]
            )
    read = read_one(drawn_lines([lines]))
    # The day's balance is on a line of its own, none on a row; "(R$)" names the money.
    _as_drawn(read, rows, currency="BRL", balances=[None] * len(rows))


# ---- Brazil: every figure and balance followed by a lone D or C --------------------------------------

SAVINGS = [
    (D(2025, 6, 2), "DEB CONV ÁGUA SABESP", "-96,12"),
    (D(2025, 6, 4), "SAQUE ATM 24H", "-1.200,00"),
    (D(2025, 6, 6), "CRED SALARIO PREFEITURA", "4.312,77"),
    (D(2025, 6, 16), "PAG FONE VIVO", "-119,99"),
    (D(2025, 6, 27), "ENVIO PIX CARLOS M", "-2.500,00"),
]


def test_a_brazilian_account_following_every_value_and_balance_with_a_lone_d_or_c() -> None:
    """Brazilian state-bank kind: "Data Mov. | Nr. Doc. | Histórico | Valor | Saldo", each value and each
    balance followed by "D" or "C" a space apart, the balance overdrawn before the salary comes in
    ("1.012,36 D") and in credit after it, a document number between the date and the text, a "SALDO
    ANTERIOR" row first: the letters are the figures' sides, the balances' too."""
    entries = [(day, text, amount.replace(".", "").replace(",", ".")) for day, text, amount in SAVINGS]
    rows = running(M("283.76"), entries)

    def sided(value: Decimal) -> str:
        return continental(value) + (" D" if value < 0 else " C")

    head = [
        "Caixa Federal de Poupança",
        "Extrato por período",
        "Cliente: ANA BEATRIZ SOUZA",
        "Agência: 1679 Operação: 001 Conta: 00021874-5",
        "Período: 01/06/2025 a 30/06/2025",
    ]
    lines: Lines = header(head)
    lines.append(
        [
            (30, "**Data Mov.", False),
            (100, "Nr. Doc.", False),
            (170, "Histórico", False),
            (460, "Valor", True),
            (560, "Saldo", True),
        ]
    )
    lines.append(
        [
            (30, "30/05/2025", False),
            (100, "000000", False),
            (170, "SALDO ANTERIOR", False),
            (460, "0,00 C", True),
            (560, sided(balance_before(rows)), True),
        ]
    )
    lines += [
        [
            (30, r.date.strftime("%d/%m/%Y"), False),
            (100, f"{r.date.day:02d}{n:04d}", False),
            (170, r.description, False),
            (460, sided(r.amount), True),
            (560, sided(r.balance), True),
        ]
        for n, r in enumerate(rows, 1)
    ]
    read = read_one(drawn_lines([lines]))
    # No money is named: the reader names none.
    _as_drawn(read, rows, currency=None)


# ---- Mexico: a code before each description, the balances in a summary above the rows ----------------

GUADALAJARA = [
    (D(2025, 3, 3), D(2025, 3, 3), "T17 SPEI ENVIADO BANORTE", "-3500.00"),
    (D(2025, 3, 4), D(2025, 3, 4), "N06 PAGO CUENTA DE TERCERO", "-1250.50"),
    (D(2025, 3, 8), D(2025, 3, 10), "Y45 DEPOSITO EFECTIVO PRACTIC", "8000.00"),
    (D(2025, 3, 15), D(2025, 3, 15), "W02 DEPOSITO DE NOMINA", "18432.10"),
    (D(2025, 3, 21), D(2025, 3, 21), "P14 PAGO TARJETA DE CREDITO", "-9800.00"),
    (D(2025, 3, 28), D(2025, 3, 29), "G30 COMPRA OXXO ZAPOPAN", "-187.40"),
]


def _reference(n: int) -> str:
    """The reference the `n`th row prints."""
    return f"00{4471230 + 17 * n}"


def test_a_mexican_account_with_a_code_before_each_description_and_its_balances_in_a_summary() -> None:
    """Mexican kind: "FECHA OPER | LIQ | DESCRIPCIÓN | REFERENCIA | CARGOS | ABONOS" with no running
    balance, both dates "08/MAR" (the year in the period), each description opened by the bank's code of
    its kind ("T17", "Y45"), a summary above the rows with "Saldo Anterior", "Depósitos / Abonos (+)",
    "Retiros / Cargos (-)" and "Saldo Final": the code is the description's, the settlement date the
    value date, and the summary's balances open and close the rows."""
    rows = running(M("12450.75"), [(day, text, amount) for day, _, text, amount in GUADALAJARA])

    def day_month(day: dt.date) -> str:
        return f"{day.day:02d}/{MESES[day.month - 1]}"

    money_out, money_in = totals(rows)
    head = [
        "Banco Occidental de México, S.A.",
        "Estado de Cuenta",
        "ROBERTO HERNÁNDEZ LÓPEZ",
        "Periodo DEL 01/03/2025 AL 31/03/2025",
        "No. de Cuenta 0187654321",
        "Moneda: MXN",
    ]
    lines: Lines = header(head)
    lines += [
        [(40, "Saldo Anterior", False), (300, english(balance_before(rows)), True)],
        [(40, "Depósitos / Abonos (+)", False), (300, english(money_in), True)],
        [(40, "Retiros / Cargos (-)", False), (300, english(money_out), True)],
        [(40, "Saldo Final", False), (300, english(rows[-1].balance), True)],
    ]
    settled = {r.date: on for r, (_, on, _, _) in zip(rows, GUADALAJARA, strict=True)}
    reference = {r.date: _reference(n) for n, r in enumerate(rows)}
    columns = [
        Column("FECHA OPER", 30, lambda r: day_month(r.date)),
        Column("LIQ", 90, lambda r: day_month(settled[r.date])),
        Column("DESCRIPCIÓN", 140, lambda r: r.description),
        Column("REFERENCIA", 340, lambda r: reference[r.date]),
        Column("CARGOS", 480, paid_out(english), right=True),
        Column("ABONOS", 560, paid_in(english), right=True),
    ]
    lines += [[], headings(columns), *table(columns, rows)]
    read = read_one(drawn_lines([lines]))
    _as_drawn(
        read,
        [replace(r, description=f"{r.description} {_reference(n)}") for n, r in enumerate(rows)],
        currency="MXN",
        balances=[None] * len(rows),
        value_dates=[settled for _, settled, _, _ in GUADALAJARA],
    )


# ---- Malaysia: each day's date on its first row only, headings in two languages ----------------------

PENANG = [
    (D(2025, 3, 3), "DUITNOW TRANSFER", "AHMAD BIN YUSOF", "-250.00"),
    (D(2025, 3, 3), "ATM WITHDRAWAL", "PB ATM JLN MASJID", "-300.00"),
    (D(2025, 3, 10), "SALARY CREDIT", "KILANG MAJU SDN BHD", "5120.00"),
    (D(2025, 3, 17), "JOMPAY", "SYABAS WATER BILL", "-42.60"),
    (D(2025, 3, 31), "PROFIT", "", "2.05"),
]


def test_a_malaysian_account_dated_by_day_and_month_on_each_days_first_row_in_two_languages() -> None:
    """Malaysian kind: "DATE | TRANSACTION | DEBIT | CREDIT | BALANCE" over "TARIKH | URUSNIAGA | DEBIT |
    KREDIT | BAKI", rows dated "03/03" (the year in the statement's date, the only date of the header) on a
    day's first row only, each counterparty on the line under its row, "Balance From Last Statement"
    first and "Closing Balance In This Statement" last."""
    rows = running(
        M("1864.30"), [(day, f"{kind} {who}".strip(), amount) for day, kind, who, amount in PENANG]
    )
    head = [
        "Pulau Pinang Bank Berhad",
        "LIM MEI LING",
        "12 LORONG BUNGA 3, 11600 JELUTONG",
        "STATEMENT DATE / TARIKH PENYATA : 31 MAR 2025",
        "ACCOUNT NUMBER / NOMBOR AKAUN : 4-1234567-08",
    ]
    lines: Lines = header(head)
    titles = [
        ("DATE", "TARIKH", 30, False),
        ("TRANSACTION", "URUSNIAGA", 90, False),
        ("DEBIT", "DEBIT", 400, True),
    ]
    titles += [("CREDIT", "KREDIT", 480, True), ("BALANCE", "BAKI", 560, True)]
    for n in (0, 1):
        lines.append(
            [(x, ("**" if i == 0 else "") + pair[n], right) for i, (*pair, x, right) in enumerate(titles)]
        )
    lines.append([(90, "Balance From Last Statement", False), (560, english(balance_before(rows)), True)])
    for n, (r, (_, kind, who, _)) in enumerate(zip(rows, PENANG, strict=True)):
        first = n == 0 or rows[n - 1].date != r.date
        lines.append(
            _line(
                [
                    (30, r.date.strftime("%d/%m") if first else "", False),
                    (90, kind, False),
                    (400, english(r.amount) if r.amount < 0 else "", True),
                    (480, english(r.amount) if r.amount > 0 else "", True),
                    (560, english(r.balance), True),
                ]
            )
        )
        if who:
            lines.append([(90, who, False)])
    lines.append([(90, "Closing Balance In This Statement", False), (560, english(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    _as_drawn(read, rows, currency=None)


# ---- India: the money in left of the money out, a mode column ----------------------------------------

MUMBAI = [
    (D(2025, 4, 2), "UPI/DR/509221/SWIGGY/YESB/paytm", "-486.00"),
    (D(2025, 4, 5), "NEFT-HDFCN52025040512-ACME TECH", "184250.00"),
    (D(2025, 4, 7), "ATM/CASH/APR07/ANDHERI", "-10000.00"),
    (D(2025, 4, 12), "BIL/ONL/000123/TATA POWER", "-3412.75"),
    (D(2025, 4, 20), "INT.PD:01-01-2025 TO 31-03-2025", "1234.00"),
    (D(2025, 4, 28), "CMS/ RENT PAYMENT", "-45000.00"),
]


def _mode(row: Drawn) -> str:
    """The mode a row prints: a transfer's only (read with the description, before it)."""
    return "NEFT" if row.description.startswith("NEFT") else ""


def test_an_indian_account_with_deposits_left_of_withdrawals_and_a_mode_column() -> None:
    """Indian private-bank kind: "DATE | MODE** | PARTICULARS | DEPOSITS | WITHDRAWALS | BALANCE", the money
    in left of the money out, dates "02-04-2025", the mode column mostly empty, figures in lakhs, a "B/F"
    row first."""
    rows = running(M("212345.60"), MUMBAI)
    head = [
        "Konkan Bank Limited",
        "Statement of Transactions in Savings Account Number: 000401523456",
        "MR. ROHAN DESHPANDE",
        "FLAT 12, SEA VIEW CHS, ANDHERI WEST, MUMBAI 400058",
        "Period: April 01, 2025 - April 30, 2025",
    ]
    columns = [
        Column("DATE", 30, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("MODE**", 95, _mode),
        Column("PARTICULARS", 160, lambda r: r.description),
        Column("DEPOSITS", 420, paid_in(indian), right=True),
        Column("WITHDRAWALS", 495, paid_out(indian), right=True),
        Column("BALANCE", 570, lambda r: indian(r.balance), right=True),
    ]
    opening: list[Cell] = [
        (30, "01-04-2025", False),
        (160, "B/F", False),
        (570, indian(balance_before(rows)), True),
    ]
    lines = [*header(head), headings(columns), opening, *table(columns, rows)]
    read = read_one(drawn_lines([lines]))
    _as_drawn(
        read,
        [replace(r, description=f"{_mode(r)} {r.description}".strip()) for r in rows],
        currency=None,
    )


# ---- South Africa: posting and transaction dates, fees in a column of their own ----------------------

CAPE = [
    (D(2025, 5, 2), D(2025, 5, 1), "Card Purchase: Pick n Pay Claremont", "-412.85", ""),
    (D(2025, 5, 5), D(2025, 5, 5), "Payment Received: Salary Acme", "18500.00", ""),
    (D(2025, 5, 6), D(2025, 5, 6), "Cash Withdrawal: ATM Rondebosch", "-1000.00", "-10.00"),
    (D(2025, 5, 12), D(2025, 5, 10), "Recurring Immediate Payment: Rent", "-7500.00", "-2.00"),
    (D(2025, 5, 31), D(2025, 5, 31), "Interest Received", "8.77", ""),
]


def test_a_south_african_account_dated_by_posting_and_transaction_with_its_fees_in_a_column() -> None:
    """South African app-bank kind: "Posting Date | Transaction Date | Description | Money In | Money Out |
    Fee | Balance", both dates "02/05/2025", money out and fees with a minus, the balance after the row's
    fee: the row is dated by its transaction, its posting the value date, and a fee is money out of its
    own after its row, described as its column's heading names it."""
    moves: list[tuple[dt.date, str, str]] = []
    posted_on: list[dt.date] = []
    for posted, done, text, amount, fee in CAPE:
        moves += [(done, text, amount), *([(done, f"Fee: {text}", fee)] if fee else [])]
        posted_on += [posted] * (2 if fee else 1)
    rows = running(M("2315.40"), moves)
    head = [
        "Table Mountain Bank Limited",
        "Mr Sipho Ndlovu",
        "22 Main Road, Rondebosch, Cape Town, 7700",
        "Statement period: 01/05/2025 to 31/05/2025",
        "Account: Savings 1482736590",
    ]
    lines: Lines = header(head)
    lines.append(
        [
            (30, "**Posting Date", False),
            (95, "Transaction Date", False),
            (170, "Description", False),
            (400, "Money In", True),
            (460, "Money Out", True),
            (505, "Fee", True),
            (570, "Balance", True),
        ]
    )
    balance = balance_before(rows)
    for posted, done, text, amount, fee in CAPE:
        balance += M(amount) + (M(fee) if fee else 0)
        lines.append(
            _line(
                [
                    (30, posted.strftime("%d/%m/%Y"), False),
                    (95, done.strftime("%d/%m/%Y"), False),
                    (170, text, False),
                    (400, english(M(amount)) if M(amount) > 0 else "", True),
                    (460, "-" + english(M(amount)) if M(amount) < 0 else "", True),
                    (505, fee, True),
                    (570, english(balance), True),
                ]
            )
        )
    read = read_one(drawn_lines([lines]))
    fee_after = [n + 1 < len(rows) and rows[n + 1].description.startswith("Fee: ") for n in range(len(rows))]
    _as_drawn(
        read,
        rows,
        currency=None,
        balances=[None if fee else r.balance for r, fee in zip(rows, fee_after, strict=True)],
        value_dates=posted_on,
    )


# ---- the Philippines: month first where every day reads either way -----------------------------------


def test_a_philippine_account_whose_rows_all_fall_before_the_13th_dated_month_first() -> None:
    """The same kind whose rows all fall on days before the 13th ("06/03/25" to "06/12/25"), so that each
    reads as a day either way: the period, printed in words ("June 01, 2025 to June 30, 2025"), puts
    every row in June, which only month first does."""
    rows = running(M("41230.55"), [row for row in MANILA if row[0].day <= 12])
    head = [
        "Visayas Commercial Banking Corp.",
        "MARIA CLARA SANTOS",
        "Statement Period: June 01, 2025 to June 30, 2025",
        "Account Number: 0043-2211-8876",
    ]
    columns = _month_first(("Date", "Description", "Debit", "Credit", "Balance"))
    lines = [*header(head), headings(columns), _forward("Balance Forward", rows), *table(columns, rows)]
    read = read_one(drawn_lines([lines]))
    _as_drawn(read, rows, currency=None)


# ---- India: two pages, each footed by a note that names the closing balance --------------------------

NAGPUR = [
    (D(2025, 4, 2), "UPI SWIGGY SWIGGY@ICICI ICIC0DC0099 509221", "0000509221486123", "-486.00"),
    (D(2025, 4, 5), "NEFT CR HDFC0000001 ACME TECHNOLOGIES PVT LTD", "0000004052025512", "184250.00"),
    (D(2025, 4, 7), "ATW 416021XXXXXX1234 S1AW0123 NAGPUR", "0000000000004217", "-10000.00"),
    (D(2025, 4, 12), "BILLPAY TATA POWER MUMBAI", "0000000000031245", "-3412.75"),
    (D(2025, 4, 20), "CREDIT INTEREST CAPITALISED", "0000000000000000", "1234.00"),
    (D(2025, 4, 22), "IMPS 509912345678 RAHUL S SBIN XXXXXXX2345", "0000509912345678", "-2500.00"),
    (D(2025, 4, 28), "CHQ PAID MICR INWARD CLEARING RENT", "0000000000000112", "-45000.00"),
    (D(2025, 4, 30), "UPI ZOMATO ZOMATO@HDFC HDFC0000001 512099", "0000512099331456", "-612.40"),
]


def _hdfc_page(number: int, rows: Sequence[Drawn]) -> Lines:
    """A page of the Indian private-bank kind: the bank's header again, the headings, the rows and the
    footer every page prints."""
    lines: Lines = header(
        [
            "Vidarbha Commercial Bank Ltd",
            f"Page No .: {number}",
            "MR. ROHAN DESHPANDE",
            "12 CIVIL LINES, NAGPUR 440001",
            "Account No : 50100123456789",
            "Statement From : 01/04/2025 To : 30/04/2025",
        ]
    )
    lines.append(
        [
            (30, "**Date", False),
            (75, "Narration", False),
            (225, "Chq./Ref.No.", False),
            (312, "Value Dt", False),
            (425, "Withdrawal Amt.", True),
            (495, "Deposit Amt.", True),
            (570, "Closing Balance", True),
        ]
    )
    for r in rows:
        [(_, _, reference, _)] = [row for row in NAGPUR if row[0] == r.date]
        first, *rest = wrapped(r.description, 26).split("\n")
        lines.append(
            _line(
                [
                    (30, r.date.strftime("%d/%m/%y"), False),
                    (75, first, False),
                    (225, reference, False),
                    (312, (r.date + DAY).strftime("%d/%m/%y"), False),
                    (425, indian(r.amount) if r.amount < 0 else "", True),
                    (495, indian(r.amount) if r.amount > 0 else "", True),
                    (570, indian(r.balance), True),
                ]
            )
        )
        lines += [[(75, line, False)] for line in rest]
    footer = [
        "*Closing balance includes funds earmarked for hold and uncleared funds",
        "Contents of this statement will be considered correct if no error is reported within 30 days",
        "of receipt of statement. The address on this statement is that on record with the Bank.",
    ]
    return [*lines, [], *([(30, text, False)] for text in footer)]
    return lines


def test_an_indian_account_over_two_pages_each_footed_by_a_note_on_its_closing_balance() -> None:
    """Indian private-bank kind over two pages: "Date | Narration | Chq./Ref.No. | Value Dt | Withdrawal
    Amt. | Deposit Amt. | Closing Balance", each page headed again and footed by the bank's note
    ("*Closing balance includes funds earmarked for hold...") and its terms, the statement summary after
    the last row (labels over their figures: Opening Balance, Dr Count, Cr Count, Debits, Credits, Closing
    Bal): the note names no balance, the summary's figures open and close the rows."""
    rows = running(M("212345.60"), [(day, text, amount) for day, text, _, amount in NAGPUR])
    out, into = totals(rows)
    summary: Lines = [
        [(30, "STATEMENT SUMMARY :-", False)],
        [
            (30, "Opening Balance", False),
            (150, "Dr Count", False),
            (220, "Cr Count", False),
            (350, "Debits", True),
            (450, "Credits", True),
            (560, "Closing Bal", True),
        ],
        [
            (30, indian(balance_before(rows)), False),
            (150, str(sum(r.amount < 0 for r in rows)), False),
            (220, str(sum(r.amount > 0 for r in rows)), False),
            (350, indian(out), True),
            (450, indian(into), True),
            (560, indian(rows[-1].balance), True),
        ],
    ]
    first, second = _hdfc_page(1, rows[:5]), _hdfc_page(2, rows[5:])
    read = read_one(drawn_lines([first, [*second[:-4], [], *summary, *second[-4:]]]))
    # The reference printed beside a narration's first line is read into it there, as everywhere.
    described = []
    for r, (_, _, reference, _) in zip(rows, NAGPUR, strict=True):
        first, *rest = wrapped(r.description, 26).split("\n")
        described.append(replace(r, description=" ".join([first, reference, *rest])))
    _as_drawn(
        read,
        described,
        currency=None,
        value_dates=[r.date + DAY for r in rows],
    )


# ---- Brazil: a card bill whose purchases in instalments print their instalment like a day ------------

FATURA = [
    (D(2025, 1, 30), "PAGAMENTO EFETUADO", "1.234,56"),
    (D(2025, 2, 3), "MAGAZINE LUIZA 02/10", "-189,90"),
    (D(2025, 2, 7), "IFOOD *RESTAURANTE SABOR", "-45,30"),
    (D(2025, 2, 12), "POSTO IPIRANGA CENTRO", "-210,00"),
    (D(2025, 2, 18), "AMAZON MARKETPLACE 01/03", "-399,00"),
    (D(2025, 2, 25), "UBER *TRIP", "-23,45"),
]


def test_a_brazilian_card_bill_whose_instalments_print_their_number_like_a_day_and_month() -> None:
    """Brazilian card kind: "DATA | ESTABELECIMENTO | VALOR EM R$" under "Lançamentos: compras e saques",
    rows dated "03/02" (the year in the bill's dates), a purchase in instalments ending in its number
    ("MAGAZINE LUIZA 02/10", the second of ten), the payment of the last bill with a minus, the last bill
    ("Total da fatura anterior") and this one ("Total desta fatura") on labelled lines above the rows:
    the instalment's number is the description's, no day, and the balances are what is owed."""
    entries = [(day, text, amount.replace(".", "").replace(",", ".")) for day, text, amount in FATURA]
    owed = M("1234.56")
    rows = running(-owed, entries)
    head = [
        "Banco Paulistano S.A.",
        "Cartão de crédito Platinum",
        "Titular: MARIANA ALVES PEREIRA",
        "Cartão final 5521",
        "Emissão: 27/02/2025 Vencimento: 10/03/2025",
    ]
    lines: Lines = header(head)
    lines += [
        [(30, "Total da fatura anterior", False), (300, continental(owed), True)],
        [(30, "Total desta fatura", False), (300, continental(-rows[-1].balance), True)],
        [],
        [(30, "Lançamentos: compras e saques", False)],
        [(30, "**DATA", False), (90, "ESTABELECIMENTO", False), (560, "VALOR EM R$", True)],
    ]
    lines += [
        [
            (30, r.date.strftime("%d/%m"), False),
            (90, r.description, False),
            (560, ("-" if r.amount > 0 else "") + continental(r.amount), True),
        ]
        for r in rows
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.value_date, t.description, t.amount) for t in read.transactions] == [
        (r.date, None, r.description, r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (-owed, rows[-1].balance)
    assert read.currency == "BRL"
    assert not set(_warnings(read, D(2025, 3, 1))) & ROW_WARNINGS


# ---- Mexico: a card bill whose charges carry a plus and whose payments a minus -----------------------

TARJETA = [
    (D(2025, 3, 2), D(2025, 3, 3), "OXXO ZAPOPAN JAL", "-87.50"),
    (D(2025, 3, 5), D(2025, 3, 5), "PAGO TARJETA DE CREDITO BMOVIL", "6500.00"),
    (D(2025, 3, 9), D(2025, 3, 10), "LIVERPOOL GUADALAJARA", "-3249.00"),
    (D(2025, 3, 14), D(2025, 3, 15), "NETFLIX.COM", "-219.00"),
    (D(2025, 3, 22), D(2025, 3, 24), "GASOLINERA PEMEX 1234", "-950.30"),
    (D(2025, 3, 30), D(2025, 4, 1), "COMISION ANUALIDAD", "-1150.00"),
]


def test_a_mexican_card_bill_printing_a_plus_before_each_charge_and_a_minus_before_each_payment() -> None:
    """Mexican card kind: "Fecha de la operación | Fecha de cargo | Descripción del movimiento | Monto",
    both dates "02-mar-2025", each charge "+ $87.50" and each payment "- $6,500.00" (signed as the debt
    sees them), the last period's debt ("Adeudo del periodo anterior") and this one's ("Saldo deudor
    total") on labelled lines above the rows: a plus adds to what is owed, and the balances are debts."""
    owed = M("6500.00")
    rows = running(-owed, [(day, text, amount) for day, _, text, amount in TARJETA])

    def debt_signed(value: Decimal) -> str:
        return ("- $" if value > 0 else "+ $") + english(value)

    head = [
        "Banco del Pacífico México, S.A.",
        "Estado de cuenta Tarjeta de Crédito Oro",
        "LAURA GUTIÉRREZ RAMOS",
        "Número de tarjeta: 4152 31XX XXXX 7788",
        "Periodo: 01-mar-2025 al 31-mar-2025",
    ]
    lines: Lines = header(head)
    lines += [
        [(30, "Adeudo del periodo anterior", False), (330, "$" + english(owed), True)],
        [(30, "Saldo deudor total", False), (330, "$" + english(-rows[-1].balance), True)],
        [],
        [
            (30, "**Fecha de la operación", False),
            (140, "Fecha de cargo", False),
            (230, "Descripción del movimiento", False),
            (560, "Monto", True),
        ],
    ]
    lines += [
        [
            (30, r.date.strftime("%d-") + MESES[r.date.month - 1].lower() + r.date.strftime("-%Y"), False),
            (
                140,
                charged.strftime("%d-") + MESES[charged.month - 1].lower() + charged.strftime("-%Y"),
                False,
            ),
            (230, r.description, False),
            (560, debt_signed(r.amount), True),
        ]
        for r, (_, charged, _, _) in zip(rows, TARJETA, strict=True)
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.value_date, t.description, t.amount) for t in read.transactions] == [
        (r.date, charged, r.description, r.amount)
        for r, (_, charged, _, _) in zip(rows, TARJETA, strict=True)
    ]
    assert (read.opening_balance, read.closing_balance) == (-owed, rows[-1].balance)
    assert read.currency == "MXN"
    assert not set(_warnings(read, D(2025, 4, 5))) & ROW_WARNINGS
