"""More layouts of the countries of issue 14 as public statement-reading projects show their banks print
them, each drawn under made-up names and read through the text layer against what was drawn: Singapore's
accounts ("Withdrawal | Deposit | Balance", a balance brought forward), a Nigerian account ("Trans. Date |
Value Date | Narration | Debit | Credit | Balance"), Spanish accounts ("Fecha Operación | Fecha Valor |
Concepto | Importe | Saldo"), Swiss accounts in French and Italian, an Australian account whose balances
are marked "CR"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

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
    dejavu,
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
)

MONTH = [
    (D(2025, 3, 3), "NETS PURCHASE FAIRPRICE", "-84.35"),
    (D(2025, 3, 5), "SALARY NORTHWIND PTE LTD", "6850.00"),
    (D(2025, 3, 10), "FAST PAYMENT TO J TAN", "-2150.00"),
    (D(2025, 3, 28), "SERVICE CHARGE", "-5.00"),
]


def _later(row: Drawn) -> dt.date:
    """A payment out's value date, the day after it was made; money in is valued the day it came."""
    return row.date + dt.timedelta(days=1 if row.amount < 0 else 0)


# ---- Singapore -------------------------------------------------------------------------------------------

# A Singapore bank's consolidated statement (benjamin-awd/monopoly, src/monopoly/banks/dbs/dbs.py).
_LION_CITY = [
    "Lion City Bank",
    "Consolidated Statement",
    "Details as at 31 Mar 2025",
    "Savings Account 120-34567-8",
]
_WITHDRAWAL_MINUS_DEPOSIT_PLUS = [
    Column("Date", 40, lambda r: f"{r.date:%d %b}"),
    Column("Description", 100, lambda r: r.description),
    Column("Withdrawal (-)", 400, paid_out(english), right=True),
    Column("Deposit (+)", 480, paid_in(english), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]


def test_a_singapore_account_dated_day_and_month_with_its_balance_brought_and_carried_forward() -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/ocbc/ocbc.py (its account's header "Withdrawal Deposit
    Balance", the period's end after "TO" as "31 MAR 2025"): "Transaction Date | Value Date | Description
    | Withdrawal | Deposit | Balance", rows dated "03 MAR", a "BALANCE B/F" row before them and "BALANCE
    C/F" after; a payment out valued the day after it was made."""
    rows = running(M("1203.85"), MONTH)
    columns = [
        Column("Transaction Date", 40, lambda r: f"{r.date:%d %b}".upper()),
        Column("Value Date", 130, lambda r: f"{_later(r):%d %b}".upper() if r.amount else ""),
        Column("Description", 190, lambda r: r.description),
        Column("Withdrawal", 400, paid_out(english), right=True),
        Column("Deposit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = ["Straits Bank", "STATEMENT OF ACCOUNT", "1 MAR 2025 TO 31 MAR 2025", "Account No. 501-123456-001"]
    brought = Drawn(D(2025, 3, 1), "BALANCE B/F", M(0), balance_before(rows))
    carried = Drawn(D(2025, 3, 31), "BALANCE C/F", M(0), rows[-1].balance)
    read = read_drawn(head, columns, rows, before=[brought], after=[carried])
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]


def test_a_singapore_account_headed_withdrawal_minus_and_deposit_plus() -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/dbs/dbs.py (its consolidated statement's header "Date
    Description Withdrawal (-) Deposit (+) Balance", its date "Details as at 31 Mar 2025"): "Balance
    Brought Forward" on the first line and "Balance Carried Forward" on the last."""
    rows = running(M("1203.85"), MONTH)
    brought = Drawn(D(2025, 3, 1), "Balance Brought Forward", M(0), balance_before(rows))
    carried = Drawn(D(2025, 3, 31), "Balance Carried Forward", M(0), rows[-1].balance)
    read_drawn(_LION_CITY, _WITHDRAWAL_MINUS_DEPOSIT_PLUS, rows, before=[brought], after=[carried])


# ---- Nigeria ---------------------------------------------------------------------------------------------

LAGOS = [
    (D(2025, 3, 3), "POS PURCHASE SHOPRITE LEKKI", "-18450.00"),
    (D(2025, 3, 5), "TRANSFER FROM NORTHWIND LTD SALARY", "450000.00"),
    (D(2025, 3, 10), "NIP TRANSFER TO ADEBAYO OKON", "-25000.00"),
    (D(2025, 3, 28), "SMS ALERT CHARGES", "-100.00"),
]


def test_a_nigerian_account_with_trans_date_value_date_narration_debit_credit_balance() -> None:
    """Seen in public Nigerian statement parsers (a bank's header "Trans. Date Value Date Reference Debits
    Credits Balance Remarks", dates "03-Mar-2025"): "Trans. Date | Value Date | Narration | Debit |
    Credit | Balance", naira figures with commas, "Opening Balance" and "Closing Balance" in the
    header."""
    rows = running(M("120450.75"), LAGOS)
    columns = [
        Column("Trans. Date", 40, lambda r: f"{r.date:%d-%b-%Y}"),
        Column("Value Date", 100, lambda r: f"{_later(r):%d-%b-%Y}"),
        Column("Narration", 160, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Guaranty Lagoon Bank",
        "Customer Statement",
        "Account No: 0123456789  Currency: NGN",
        "Period: 01-Mar-2025 to 31-Mar-2025",
        f"Opening Balance {english(balance_before(rows))}",
        f"Closing Balance {english(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]
    assert read.currency == "NGN"


# ---- Spain -----------------------------------------------------------------------------------------------

MADRID = [
    (D(2025, 3, 3), "COMPRA TARJ. MERCADONA MADRID", "-84.35"),
    (D(2025, 3, 5), "NOMINA NORTEVIENTO SL", "2184.99"),
    (D(2025, 3, 10), "RECIBO IBERLUZ ENERGIA", "-123.17"),
    (D(2025, 3, 28), "TRANSFERENCIA A ANA GARCIA", "-500.00"),
]


def test_a_spanish_account_with_its_operation_and_value_dates_and_one_signed_amount() -> None:
    """Seen in public Spanish statement readers (a bank's "extracto" headed "Fecha Operación Fecha Valor
    Concepto Importe Saldo", figures "1.234,56" and "-84,35"): the period "Del 01/03/2025 al
    31/03/2025", the balances "Saldo anterior" and "Saldo final" in the header."""
    rows = running(M("1310.45"), MADRID)
    columns = [
        Column("Fecha Operación", 40, lambda r: f"{r.date:%d/%m/%Y}"),
        Column("Fecha Valor", 130, lambda r: f"{_later(r):%d/%m/%Y}"),
        Column("Concepto", 200, lambda r: r.description),
        Column("Importe", 480, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Banco Meseta",
        "Extracto de cuenta",
        "Cuenta ES12 0049 1234 5012 3456 7890",
        "Del 01/03/2025 al 31/03/2025",
        f"Saldo anterior {continental(balance_before(rows))} EUR",
        f"Saldo final {continental(rows[-1].balance)} EUR",
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]
    assert read.currency == "EUR"


def test_a_spanish_account_with_debit_and_credit_columns_headed_cargo_and_abono() -> None:
    """Seen in public Spanish statement readers ("F. Oper. F. Valor Concepto Cargo Abono Saldo", dates
    "03/03"): the money out under "Cargo", the money in under "Abono", the year only in the period."""
    rows = running(M("1310.45"), MADRID)
    columns = [
        Column("F. Oper.", 40, lambda r: f"{r.date:%d/%m}"),
        Column("F. Valor", 90, lambda r: f"{_later(r):%d/%m}"),
        Column("Concepto", 150, lambda r: r.description),
        Column("Cargo", 400, paid_out(continental), right=True),
        Column("Abono", 480, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Caja del Ebro",
        "Extracto",
        "Periodo: 01/03/2025 - 31/03/2025",
        "IBAN ES91 2100 0418 4502 0005 1332",
    ]
    before = Drawn(D(2025, 3, 1), "SALDO ANTERIOR", M(0), balance_before(rows))
    read = read_drawn(head, columns, rows, before=[before])
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]


# ---- Switzerland: French, Italian, German -----------------------------------------------------------------

GENEVA = [
    (D(2025, 3, 3), "Achat carte de débit Migros Genève", "-84.35"),
    (D(2025, 3, 5), "Crédit Alpacier SA Salaire mars", "6850.00"),
    (D(2025, 3, 10), "Ordre permanent Régie du Lac", "-2150.00"),
    (D(2025, 3, 31), "Frais de tenue de compte", "-5.00"),
]

TICINO = [
    (D(2025, 3, 3), "Acquisto carta di debito Coop Lugano", "-84.35"),
    (D(2025, 3, 5), "Accredito Alpacciaio SA Salario marzo", "6850.00"),
    (D(2025, 3, 10), "Ordine permanente Amministrazione Ceresio", "-2150.00"),
    (D(2025, 3, 31), "Spese di tenuta conto", "-5.00"),
]

_ZURICH = [
    "Zürichsee Bank",
    "Kontoauszug",
    "Privatkonto CH69 0070 0110 0012 3456 7",
    "01.03.2025 - 31.03.2025",
]


@pytest.mark.parametrize(
    ("rows_", "head", "headings_", "dated", "carried"),
    [
        # Seen in public Swiss statement readers (headers "Date Texte Débit Crédit Valeur Solde", figures
        # "6'850.00"): "Relevé de compte", "Solde reporté" before the rows.
        pytest.param(
            GENEVA,
            [
                "Banque du Léman",
                "Relevé de compte",
                "Compte privé CH93 0076 2011 6238 5295 7",
                "Du 01.03.2025 au 31.03.2025",
            ],
            [("Date", 40), ("Texte", 90), ("Débit", 360), ("Crédit", 430), ("Valeur", 445), ("Solde", 560)],
            "%d.%m.%y",
            "Solde reporté",
            id="french",
        ),
        # Seen in public Swiss statement readers (headers "Data Testo Addebito Accredito Valuta Saldo"):
        # "Estratto conto", "Saldo riportato" before the rows, figures "6'850.00".
        pytest.param(
            TICINO,
            [
                "Banca del Ceresio",
                "Estratto conto",
                "Conto privato CH38 8080 8001 2345 6789 0",
                "Dal 01.03.2025 al 31.03.2025",
            ],
            [
                ("Data", 40),
                ("Testo", 100),
                ("Addebito", 370),
                ("Accredito", 440),
                ("Valuta", 450),
                ("Saldo", 560),
            ],
            "%d.%m.%Y",
            "Saldo riportato",
            id="italian",
        ),
        # benjamin-awd/monopoly, src/monopoly/banks/zkb/zkb.py (a Swiss bank's statement, its German
        # headings "Datum Buchungstext Belastung Gutschrift Valuta Saldo"): "Saldovortrag" before the rows.
        pytest.param(
            GENEVA,
            _ZURICH,
            [
                ("Datum", 40),
                ("Buchungstext", 90),
                ("Belastung", 360),
                ("Gutschrift", 430),
                ("Valuta", 445),
                ("Saldo", 560),
            ],
            "%d.%m.%y",
            "Saldovortrag",
            id="german",
        ),
    ],
)
def test_a_swiss_account_with_debit_credit_value_and_balance(
    rows_: list[tuple[dt.date, str, str]],
    head: list[str],
    headings_: list[tuple[str, float]],
    dated: str,
    carried: str,
) -> None:
    """A Swiss account in French, Italian or German: "Date | Text | Debit | Credit | Value | Balance" in
    its language, figures "6'850.00", each day made and valued printed as `dated`, the balance carried
    over (`carried`) on a row before the rows."""
    rows = running(M("1203.85"), rows_)
    date, text, debit, credit, value, balance = headings_
    columns = [
        Column(*date, lambda r: f"{r.date:{dated}}"),
        Column(*text, lambda r: r.description),
        Column(*debit, paid_out(swiss), right=True),
        Column(*credit, paid_in(swiss), right=True),
        Column(*value, lambda r: f"{_later(r):{dated}}" if r.amount else ""),
        Column(*balance, lambda r: swiss(r.balance), right=True),
    ]
    before = Drawn(D(2025, 3, 1), carried, M(0), balance_before(rows))
    read = read_drawn(head, columns, rows, before=[before])
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]
    assert read.currency == "CHF"


# ---- Australia: balances marked CR -----------------------------------------------------------------------


def _read_harbour_bank(rows: list[Drawn], balance: Callable[[Drawn], str]) -> RawStatement:
    """An Australian account's "Date | Transaction | Debit | Credit | Balance", rows dated "03 Mar", the
    year only in the period, between "OPENING BALANCE" and "CLOSING BALANCE" rows, each balance printed
    by `balance`: read, after asserting that it holds the rows as drawn."""
    columns = [
        Column("Date", 40, lambda r: f"{r.date:%d %b}"),
        Column("Transaction", 90, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 470, paid_in(english), right=True),
        Column("Balance", 560, balance, right=True),
    ]
    head = [
        "Harbour Bank of Australia",
        "Statement Period 1 Mar 2025 - 31 Mar 2025",
        "BSB 062-000 Account Number 1234 5678",
    ]
    opening = Drawn(D(2025, 3, 1), "OPENING BALANCE", M(0), balance_before(rows))
    closing = Drawn(D(2025, 3, 31), "CLOSING BALANCE", M(0), rows[-1].balance)
    return read_drawn(head, columns, rows, before=[opening], after=[closing])


def test_an_australian_account_whose_balances_are_marked_cr_and_opened_by_an_opening_balance_row() -> None:
    """Seen in public Australian statement parsers (a bank's "Date Transaction Debit Credit Balance",
    balances "$1,234.56 CR", rows "03 Mar", "OPENING BALANCE" and "CLOSING BALANCE" rows): the year
    only in the period."""
    rows = running(M("1203.85"), MONTH)
    read = _read_harbour_bank(rows, lambda r: "$" + english(r.balance) + " CR")
    assert read.currency == "AUD"


def test_a_nigerian_account_whose_date_headings_are_two_words_set_without_a_space() -> None:
    """A public Nigerian statement reader's bank (its first_bank_statement reader in the bank_statement_reader
    package: headings "TransDate | Reference | Transaction Details | ValueDate | Withdrawal | Deposit |
    Balance", dates "03-Mar-25", an "Opening Balance" row): "ValueDate" heads the value dates, which
    stay out of the descriptions."""
    rows = running(M("120450.75"), LAGOS)
    columns = [
        Column("TransDate", 40, lambda r: f"{r.date:%d-%b-%y}"),
        Column("Reference", 100, lambda r: f"FT{r.date:%m%d}12"),
        Column("Transaction Details", 150, lambda r: r.description),
        Column("ValueDate", 360, lambda r: f"{_later(r):%d-%b-%y}"),
        Column("Withdrawal", 470, paid_out(english), right=True),
        Column("Deposit", 530, paid_in(english), right=True),
        Column("Balance", 588, lambda r: english(r.balance), right=True),
    ]
    head = ["Delta Crest Bank", "Statement of Account", "Account No 3012345678 NGN", "01-Mar-25 to 31-Mar-25"]
    opening = Drawn(D(2025, 3, 1), "Opening Balance", M(0), balance_before(rows))
    read = read_one(statement(head, columns, [opening, *rows]))
    assert [(t.date, t.value_date, t.amount) for t in read.transactions] == [
        (r.date, _later(r), r.amount) for r in rows
    ]
    assert all(t.description.endswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_nigerian_account_printing_each_row_s_remarks_right_of_its_balance() -> None:
    """Seen in public Nigerian statement parsers (a bank's header "Trans. Date Value. Date Reference Debits
    Credits Balance Originating Branch Remarks"): the description is the last column, right of the
    balance; "Value. Date" with a point after its first word."""
    rows = running(M("120450.75"), LAGOS)
    columns = [
        Column("Trans. Date", 30, lambda r: f"{r.date:%d-%b-%Y}"),
        Column("Value. Date", 85, lambda r: f"{_later(r):%d-%b-%Y}"),
        Column("Reference", 140, lambda r: f"{r.date:%m%d}4411"),
        Column("Debits", 240, paid_out(english), right=True),
        Column("Credits", 300, paid_in(english), right=True),
        Column("Balance", 360, lambda r: english(r.balance), right=True),
        Column("Remarks", 370, lambda r: r.description),
    ]
    head = [
        "Guaranty Lagoon Bank",
        "Customer Statement",
        "Account No: 0123456789",
        "Currency: NGN",
        "Period: 01-Mar-2025 to 31-Mar-2025",
        f"Opening Balance {english(balance_before(rows))}",
        f"Closing Balance {english(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]


def test_a_nigerian_app_account_with_money_in_before_money_out_and_naira_signs() -> None:
    """Seen in public Nigerian statement parsers (a digital bank's "Date/Time | Money In | Money out |
    Category | To / From | Description | Balance", figures "₦450,000.00"): money in left of money out,
    each row's date with its time of day."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans (which has the naira sign) is not installed")
    rows = running(M("120450.75"), LAGOS)

    def naira(value: Decimal) -> str:
        return "₦" + english(value)

    columns = [
        Column("Date/Time", 30, lambda r: f"{r.date:%d/%m/%y} 10:15"),
        Column("Money In", 170, paid_in(naira), right=True),
        Column("Money out", 240, paid_out(naira), right=True),
        Column("Description", 260, lambda r: r.description),
        Column("Balance", 575, lambda r: naira(r.balance), right=True),
    ]
    head = [
        "Kudi Microfinance Bank",
        "Account Statement",
        "Account Number 2012345678",
        "01/03/2025 - 31/03/2025",
        f"Opening Balance {naira(balance_before(rows))}",
        f"Closing Balance {naira(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows, fonts)
    assert read.currency == "NGN"


def test_a_spanish_account_printing_the_concept_before_its_dates() -> None:
    """Seen in public Spanish statement readers (a savings bank's "Concepto | Fecha | Fecha valor |
    Importe | Saldo"): the description first, then the day made and the value date."""
    rows = running(M("1310.45"), MADRID)
    columns = [
        Column("Concepto", 40, lambda r: r.description),
        Column("Fecha", 260, lambda r: f"{r.date:%d/%m/%Y}"),
        Column("Fecha valor", 330, lambda r: f"{_later(r):%d/%m/%Y}"),
        Column("Importe", 480, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Caja Levante",
        "Extracto de movimientos",
        "Cuenta ES91 2100 0418 4502 0005 1332",
        "Del 01/03/2025 al 31/03/2025",
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [_later(r) for r in rows]


def test_an_australian_account_overdrawn_at_its_opening_its_balances_marked_dr_then_cr() -> None:
    """Seen in public Australian statement parsers (balances "$120.40 DR" while overdrawn, "CR" once in
    credit): an "OPENING BALANCE" row in debit, the salary bringing the account into credit."""
    rows = running(M("-120.40"), MONTH)
    read = _read_harbour_bank(rows, lambda r: f"${english(r.balance)} {'CR' if r.balance >= 0 else 'DR'}")
    assert read.opening_balance < 0 < read.closing_balance


# ---- more kinds read as drawn ----------------------------------------------------------------------------

PAYNOW = [
    (D(2025, 3, 3), "Point-of-Sale Transaction\nFAIRPRICE FINEST SG\n1234-5678-9012-3456", "-84.35"),
    (D(2025, 3, 5), "GIRO Salary\nNORTHWIND PTE LTD\nSALA MAR", "6850.00"),
    (D(2025, 3, 10), "FAST Payment / Receipt\nTO J TAN\nOTHR 20250310", "-2150.00"),
    (D(2025, 3, 28), "Service Charge", "-5.00"),
]


@pytest.mark.parametrize("money_on", ["first", "last"])
def test_a_singapore_account_whose_descriptions_run_over_lines_with_the_figures_on_one_of_them(
    money_on: str,
) -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/dbs/dbs.py (its accounts read with descriptions over
    several lines, "Withdrawal (-) | Deposit (+)"): each row's text over up to three lines, its figures
    on its first line or on its last, between "Balance Brought Forward" and "Balance Carried
    Forward"."""
    rows = running(M("1203.85"), PAYNOW)
    columns = _WITHDRAWAL_MINUS_DEPOSIT_PLUS
    lines = header(_LION_CITY)
    lines.append(headings(columns))
    lines.append([(100, "Balance Brought Forward", False), (560, english(balance_before(rows)), True)])
    for row in rows:
        parts = row.description.split("\n")
        figures: list[Cell] = [(c.x, text, c.right) for c in columns[2:] if (text := c.text(row))]
        at = 0 if money_on == "first" else len(parts) - 1
        for n, part in enumerate(parts):
            day: list[Cell] = [(40, f"{row.date:%d %b}", False)] if n == 0 else []
            lines.append([*day, (100, part, False), *(figures if n == at else [])])
    lines.append([(100, "Balance Carried Forward", False), (560, english(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


_ITALIAN_MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def test_a_swiss_account_in_italian_dated_with_its_months_in_words() -> None:
    """Seen in public Swiss statement readers (Italian statements dated "3 mar 2025"): "Data | Testo |
    Addebito | Accredito | Saldo", the period "Dal 1 marzo 2025 al 31 marzo 2025"."""
    rows = running(M("1203.85"), TICINO)
    columns = [
        Column("Data", 40, lambda r: f"{r.date.day} {_ITALIAN_MONTHS[r.date.month - 1]} {r.date.year}"),
        Column("Testo", 100, lambda r: r.description),
        Column("Addebito", 370, paid_out(swiss), right=True),
        Column("Accredito", 440, paid_in(swiss), right=True),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]
    head = [
        "Banca del Ceresio",
        "Estratto conto",
        "Conto privato CH38 8080 8001 2345 6789 0",
        "Dal 1 marzo 2025 al 31 marzo 2025",
    ]
    before = Drawn(D(2025, 3, 1), "Saldo riportato", M(0), balance_before(rows))
    read = read_drawn(head, columns, rows, before=[before])
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


def test_a_swiss_account_overdrawn_its_balances_with_a_minus_after_the_figure() -> None:
    """Seen in public Swiss statement readers (balances in debit printed "203.85-"): "Datum | Text |
    Belastung | Gutschrift | Saldo", "Saldovortrag" in debit, the salary bringing it into credit."""
    rows = running(M("-203.85"), GENEVA)
    columns = [
        Column("Datum", 40, lambda r: f"{r.date:%d.%m.%Y}"),
        Column("Text", 100, lambda r: r.description),
        Column("Belastung", 370, paid_out(swiss), right=True),
        Column("Gutschrift", 440, paid_in(swiss), right=True),
        Column("Saldo", 560, lambda r: swiss(r.balance, trailing=True), right=True),
    ]
    before = Drawn(D(2025, 3, 1), "Saldovortrag", M(0), balance_before(rows))
    read = read_drawn(_ZURICH, columns, rows, before=[before])
    assert read.opening_balance == M("-203.85")


# ---- Singapore: card bills -------------------------------------------------------------------------------

SG_CARD = [
    (D(2025, 2, 27), "GRAB *RIDE SINGAPORE SG", "-16.45"),
    (D(2025, 3, 2), "COLD STORAGE SINGAPORE", "-84.99"),
    (D(2025, 3, 8), "PAYMENT - INTERNET BANKING", "500.00"),
    (D(2025, 3, 15), "SHOPEE SINGAPORE", "-23.17"),
]


def _credit_marked(value: Decimal) -> str:
    """84.99 owed, "500.00 CR" paid."""
    return english(value) + (" CR" if value > 0 else "")


def _bracketed(value: Decimal) -> str:
    """84.99 owed, "(500.00)" paid."""
    return f"({english(value)})" if value > 0 else english(value)


@pytest.mark.parametrize(
    ("title", "headings_", "figure", "opening", "closing"),
    [
        (
            "STATEMENT DATE 24 Mar 2025",
            [(40, "**DATE", False), (100, "DESCRIPTION", False), (560, "AMOUNT (S$)", True)],
            _credit_marked,
            "PREVIOUS BALANCE",
            "NEW BALANCE",
        ),
        (
            "Statement Date 24-03-2025",
            [(40, "**TRANSACTION DATE", False), (130, "DESCRIPTION", False), (560, "AMOUNT (SGD)", True)],
            _bracketed,
            "LAST MONTH'S BALANCE",
            "TOTAL AMOUNT DUE",
        ),
    ],
    ids=["CR after payments", "payments in brackets"],
)
def test_a_singapore_card_bill_dated_day_and_month_across_two_months(
    title: str, headings_: list[Cell], figure: Callable[[Decimal], str], opening: str, closing: str
) -> None:
    """benjamin-awd/monopoly, src/monopoly/banks/dbs/dbs.py and src/monopoly/banks/ocbc/ocbc.py (their
    cards' headers "DATE ... DESCRIPTION ... AMOUNT" and "TRANSACTION DATE ... DESCRIPTION ... AMOUNT",
    rows dated "%d %b", a previous balance read before the rows): payments marked "CR" after the figure
    or bracketed, the statement's date the only year printed."""
    previous = M("-812.40")
    total = previous + sum((M(a) for *_, a in SG_CARD), Decimal(0))
    lines: Lines = header(
        ["Lion City Bank", "Credit Card Statement", title, "Card number 4119 1100 1234 5678"]
    )
    lines += [headings_, [(100, opening, False), (560, figure(previous), True)]]
    lines += [
        [(40, f"{day:%d %b}".upper(), False), (100, text, False), (560, figure(M(amount)), True)]
        for day, text, amount in SG_CARD
    ]
    lines.append([(100, closing, False), (560, figure(total), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(day, text, M(amount)) for day, text, amount in SG_CARD]
    assert (read.opening_balance, read.closing_balance) == (previous, total)
    assert read.account_type == "CREDIT_CARD"
