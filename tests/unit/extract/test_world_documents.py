"""Whole documents real banks print that no other test draws: a consolidated statement of several accounts,
a wallet in several currencies, page furniture between the rows (continued notes, per-page subtotals carried
over, a repeated header mid-page, a footer of the bank's address and regulation, a last page of notices), and
layouts of Brazil, Mexico, Italy, Belgium, France, UK challenger banks and US card bills with the summary
lines and tables of each that are no transactions, read through the text layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Lines,
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
    read_all,
    read_drawn_pages,
    running,
    signed,
    table,
    totals,
)

DAY = dt.timedelta(days=1)


def _read_all(pages: Sequence[Sequence[Sequence[Cell]]]) -> list[RawStatement]:
    return read_all(drawn_lines(pages))


def _columns(names: str, date: str, style: Callable[[M], str] = english) -> list[Column]:
    """Date, description, money out, money in and the balance where most tables here print them;
    `names`, their headings joined by " | ", and `date`, the format of the rows' dates."""
    day, text, out, into, balance = names.split(" | ")
    return [
        Column(day, 40, lambda r: r.date.strftime(date)),
        Column(text, 110, lambda r: r.description),
        Column(out, 400, paid_out(style), right=True),
        Column(into, 480, paid_in(style), right=True),
        Column(balance, 560, lambda r: style(r.balance), right=True),
    ]


# ---- several accounts or currencies in one file ------------------------------------------------------

HARBOR = ["Harbor Point Bank", "ROBERT A LINDQVIST", "77 ALDER WAY, PORTLAND OR 97205"]
HARBOR_COLUMNS = _columns("Date | Description | Withdrawals | Deposits | Balance", "%m/%d")


def _harbor_account(title: str, number: str, opening: M, closing: M) -> Lines:
    """An account's part of a consolidated statement of March 2025: its title, number and balances."""
    return [
        [(40, f"##{title}", False)],
        [(40, f"Account number {number}", False)],
        [(40, "Beginning balance on March 1, 2025", False), (560, english(opening), True)],
        [(40, "Ending balance on March 31, 2025", False), (560, english(closing), True)],
        [],
    ]


CHECKING = [
    (D(2025, 3, 3), "DEBIT CARD PURCHASE FRESH MARKET", "-54.20"),
    (D(2025, 3, 7), "DIRECT DEPOSIT ORBITAL LABS PAYROLL", "2310.00"),
    (D(2025, 3, 12), "ONLINE TRANSFER TO SAVINGS", "-400.00"),
    (D(2025, 3, 21), "CHECK 2217", "-125.00"),
]
SAVINGS = [
    (D(2025, 3, 12), "ONLINE TRANSFER FROM CHECKING", "400.00"),
    (D(2025, 3, 31), "INTEREST PAYMENT", "3.17"),
]


def test_a_consolidated_statement_gives_each_account_its_own_statement_after_a_summary_of_them_all() -> None:
    """ "Your accounts at a glance" lists both accounts with their opening and closing balances; then the
    checking account, then the savings account, each with its number, its balances and its table."""
    checking = running(M("1480.35"), CHECKING)
    savings = running(M("6200.00"), SAVINGS)
    lines = header([*HARBOR, "Statement period March 1, 2025 through March 31, 2025"])
    lines += [
        [(40, "##Your accounts at a glance", False)],
        [(40, "**Account", False), (250, "Number", False), (470, "Opening", True), (560, "Closing", True)],
        [
            (40, "Premier Checking", False),
            (250, "4410-228190", False),
            (470, english(balance_before(checking)), True),
            (560, english(checking[-1].balance), True),
        ],
        [
            (40, "High Yield Savings", False),
            (250, "4410-775302", False),
            (470, english(balance_before(savings)), True),
            (560, english(savings[-1].balance), True),
        ],
        [],
        *_harbor_account("Premier Checking", "4410-228190", balance_before(checking), checking[-1].balance),
        headings(HARBOR_COLUMNS),
        *table(HARBOR_COLUMNS, checking),
        [],
        *_harbor_account("High Yield Savings", "4410-775302", balance_before(savings), savings[-1].balance),
        headings(HARBOR_COLUMNS),
        *table(HARBOR_COLUMNS, savings),
    ]
    first, second = _read_all([lines])
    as_drawn(first, checking)
    as_drawn(second, savings)
    assert (first.account_number, second.account_number) == ("4410-228190", "4410-775302")
    assert first.holder_name == second.holder_name == "ROBERT A LINDQVIST"


WALLET = {
    "EUR": [
        (D(2025, 4, 2), "Card payment Boulangerie Lumiere", "-8.40"),
        (D(2025, 4, 9), "Converted from GBP", "250.00"),
        (D(2025, 4, 18), "Card payment Rail Europa", "-96.30"),
    ],
    "GBP": [
        (D(2025, 4, 1), "Top-up by bank transfer", "600.00"),
        (D(2025, 4, 9), "Converted to EUR", "-214.75"),
        (D(2025, 4, 22), "Sent to Priya Raman", "-45.00"),
    ],
    "USD": [
        (D(2025, 4, 5), "Received from Northgate Inc", "1200.00"),
        (D(2025, 4, 28), "Card payment Cloudhost", "-19.99"),
    ],
}
LUMO = ["Lumo Money", "Amelie Durand"]
LUMO_COLUMNS = _columns("Date | Description | Money out | Money in | Balance", "%d %b %Y")


def _wallet_section(code: str, rows: Sequence[Drawn]) -> Lines:
    """A currency's section of a wallet's statement: its title, its balances and its table's headings."""
    return [
        [(40, f"##{code} statement", False)],
        [(40, "Opening balance", False), (300, f"{english(balance_before(rows))} {code}", True)],
        [(40, "Closing balance", False), (300, f"{english(rows[-1].balance)} {code}", True)],
        [],
        headings(LUMO_COLUMNS),
    ]


def test_a_wallet_in_several_currencies_gives_one_statement_per_currency() -> None:
    """A multi-currency wallet prints one section per currency, each titled by its code with its own
    opening and closing balance and table; no section prints an account number of its own."""
    openings = {"EUR": M("35.10"), "GBP": M("120.00"), "USD": M("0.00")}
    drawn = {code: running(openings[code], rows) for code, rows in WALLET.items()}
    pages: list[Lines] = []
    for number, (code, rows) in enumerate(drawn.items()):
        lines = header([*LUMO, "Statement 1 April 2025 to 30 April 2025"]) if number == 0 else []
        pages.append([*lines, *_wallet_section(code, rows), *table(LUMO_COLUMNS, rows)])
    reads = _read_all(pages)
    assert [r.currency for r in reads] == list(drawn)
    for read, rows in zip(reads, drawn.values(), strict=True):
        as_drawn(read, rows)


# ---- page furniture ------------------------------------------------------------------------------

LONG = [
    (D(2025, 5, 2), "CB CARREFOUR MARKET", "-63.18"),
    (D(2025, 5, 3), "VIR SEPA LOYER MAI", "-780.00"),
    (D(2025, 5, 6), "CB PHARMACIE DU PORT", "-12.40"),
    (D(2025, 5, 9), "VIR SEPA SALAIRE ATELIER BLEU", "2450.00"),
    (D(2025, 5, 13), "PRLV SEPA ORANGE SA", "-29.99"),
    (D(2025, 5, 16), "RETRAIT DAB NANTES", "-40.00"),
    (D(2025, 5, 22), "CB LIBRAIRIE COIFFARD", "-27.50"),
    (D(2025, 5, 27), "VIR SEPA REMBOURSEMENT MUTUELLE", "46.20"),
]
COASTLINE = [
    "Coastline Bank",
    "Ms Helen Carter",
    "9 Quay Road, Bristol BS8 1TH",
    "Statement 1 May 2025 to 31 May 2025",
    "Account number 20458813",
]
COASTLINE_COLUMNS = _columns("Date | Details | Paid out | Paid in | Balance", "%d/%m/%Y")


def test_page_furniture_between_rows_is_no_transaction() -> None:
    """Each page ends "Continued on next page" with a subtotal of its columns and the bank's address and
    regulatory lines; the next opens with the subtotal carried over; the header is printed again
    mid-page; a last page holds notices only."""
    rows = running(M("1312.64"), LONG)
    heading = headings(COASTLINE_COLUMNS)

    def sums(part: Sequence[Drawn]) -> tuple[str, str]:
        out, into = totals(part)
        return english(out), english(into)

    footer: Lines = [
        [],
        [
            (
                40,
                "Coastline Bank plc, 14 Harbour Street, Bristol BS1 4QA. Registered in England No. 2065.",
                False,
            )
        ],
        [
            (
                40,
                "Authorised by the Prudential Regulation Authority, Financial Services Register 106054.",
                False,
            )
        ],
    ]
    first = header(COASTLINE)
    first += [heading, [(110, "Balance brought forward", False), (560, english(balance_before(rows)), True)]]
    first += [*table(COASTLINE_COLUMNS, rows[:3]), heading, *table(COASTLINE_COLUMNS, rows[3:5])]
    out, into = sums(rows[:5])
    first += [[(110, "Subtotal", False), (400, out, True), (480, into, True)]]
    first += [[(40, "Continued on next page", False)], *footer]
    second: Lines = [heading, [(110, "Subtotal brought forward", False), (400, out, True), (480, into, True)]]
    second += table(COASTLINE_COLUMNS, rows[5:])
    out, into = sums(rows)
    second += [[(110, "Total", False), (400, out, True), (480, into, True)]]
    second += [[(110, "Balance carried forward", False), (560, english(rows[-1].balance), True)], *footer]
    notices: Lines = [
        [(40, "##Important information", False)],
        [(40, "From 1 July 2025 the overdraft rate will be 39.9% EAR (variable).", False)],
        [
            (
                40,
                "Eligible deposits are protected up to 85,000 by the Financial Services Compensation Scheme.",
                False,
            )
        ],
        [(40, "Call us on 0345 600 2290, lines open 8am to 8pm, 7 days a week.", False)],
        *footer,
    ]
    read = read_drawn_pages([first, second, notices])
    as_drawn(read, rows)
    assert read.account_number == "20458813"


def test_transport_and_report_lines_carry_a_french_pages_totals_and_are_no_rows() -> None:
    """A French statement carries each page's column totals over: "A reporter" at the foot, "Report"
    at the head of the next page."""
    rows = running(M("905.00"), LONG)
    columns = [
        Column("Date opé.", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Date valeur", 110, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Libellé", 180, lambda r: r.description),
        Column("Débit", 450, paid_out(continental), right=True),
        Column("Crédit", 540, paid_in(continental), right=True),
    ]
    heading = headings(columns)

    def summed(label: str, part: Sequence[Drawn]) -> list[Cell]:
        out, into = totals(part)
        return [(180, label, False), (450, continental(out), True), (540, continental(into), True)]

    first = header(
        [
            "Banque de l'Estuaire",
            "Mme Claire Le Goff",
            "12 quai de la Fosse 44000 Nantes",
            "Relevé de compte du 01/05/2025 au 31/05/2025",
            "Compte courant n° 00042117750",
        ]
    )
    first += [heading, [(180, "SOLDE AU 30/04/2025", False), (540, continental(balance_before(rows)), True)]]
    first += [*table(columns, rows[:4]), summed("A reporter", rows[:4])]
    second: Lines = [heading, summed("Report", rows[:4])]
    second += [*table(columns, rows[4:]), summed("Total des opérations", rows)]
    second += [[(180, "Nouveau solde au 31/05/2025", False), (540, continental(rows[-1].balance), True)]]
    read = read_drawn_pages([first, second])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


# ---- countries ---------------------------------------------------------------------------------

BR = [
    (D(2025, 6, 2), "PIX TRANSF MARIANA 02/06", "-150.00"),
    (D(2025, 6, 2), "PAG BOLETO ENERGISA", "-212.37"),
    (D(2025, 6, 5), "TED RECEBIDA EMPRESA SOL", "3850.00"),
    (D(2025, 6, 9), "COMPRA CARTAO DROGASIL", "-48.90"),
    (D(2025, 6, 9), "TARIFA PACOTE SERVICOS", "-32.50"),
]


def test_a_brazilian_account_whose_daily_balance_lines_are_no_rows() -> None:
    """ "SALDO ANTERIOR" opens the list and "SALDO DO DIA" closes each day, their figures in the balance
    column with a D or C after them; the rows print their value only, a minus after a debit."""
    rows = running(M("-85.40"), BR)

    def marked(value: M) -> str:
        return continental(value) + (" D" if value < 0 else " C")

    lines = header(
        [
            "Banco Planalto S.A.",
            "CARLOS EDUARDO NUNES",
            "Extrato de conta corrente - período de 01/06/2025 a 30/06/2025",
            "Agência 0457 Conta corrente 10023-4",
        ]
    )
    lines += [
        [
            (40, "**Data", False),
            (100, "Lançamentos", False),
            (460, "Valor (R$)", True),
            (550, "Saldo (R$)", True),
        ],
        [(40, "30/05", False), (100, "SALDO ANTERIOR", False), (550, marked(balance_before(rows)), True)],
    ]
    for n, r in enumerate(rows):
        value = continental(r.amount) + ("-" if r.amount < 0 else "")
        lines.append([(40, r.date.strftime("%d/%m"), False), (100, r.description, False), (460, value, True)])
        if n + 1 == len(rows) or rows[n + 1].date != r.date:
            lines.append(
                [
                    (40, r.date.strftime("%d/%m"), False),
                    (100, "SALDO DO DIA", False),
                    (550, marked(r.balance), True),
                ]
            )
    read = read_drawn_pages([lines])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "BRL"


MX_CARD = [
    (D(2025, 7, 3), D(2025, 7, 4), "OXXO INSURGENTES", M("-86.50")),
    (D(2025, 7, 6), D(2025, 7, 8), "LIVERPOOL PERISUR", M("-2349.00")),
    (D(2025, 7, 10), D(2025, 7, 10), "PAGO RECIBIDO GRACIAS", M("3000.00")),
    (D(2025, 7, 15), D(2025, 7, 16), "UBER TRIP CDMX", M("-142.30")),
]


def test_a_mexican_card_with_an_operation_and_a_charge_date_and_a_summary_of_its_cut() -> None:
    """ "Fecha de operación | Fecha de cargo | Descripción | Monto": purchases printed bare, the payment
    with a minus; the summary gives "Saldo anterior" and "Saldo al corte" and the minimum payment."""
    previous = M("-1830.25")
    new = previous + sum(a for *_, a in MX_CARD)
    lines = header(
        [
            "Banco Meridiano",
            "SOFIA HERNANDEZ RUIZ",
            "AV. CUAUHTEMOC 145, COL. NARVARTE, 03020 CIUDAD DE MEXICO",
            "Tarjeta de crédito Clásica terminación 4417",
            "Periodo del 01/07/2025 al 31/07/2025",
        ]
    )
    lines += [
        [(40, "Saldo anterior", False), (300, f"${english(previous)}", True)],
        [(40, "Pagos y abonos", False), (300, "-$3,000.00", True)],
        [(40, "Compras y cargos", False), (300, f"${english(M('2577.80'))}", True)],
        [(40, "Saldo al corte", False), (300, f"${english(new)}", True)],
        [(40, "Pago mínimo", False), (300, "$205.00", True)],
        [],
        [
            (40, "**Fecha de operación", False),
            (140, "Fecha de cargo", False),
            (230, "Descripción", False),
            (560, "Monto", True),
        ],
    ]
    for day, charged, text, amount in MX_CARD:
        shown = signed(f"${english(amount)}", -amount)
        lines.append(
            [
                (40, day.strftime("%d/%m/%Y"), False),
                (140, charged.strftime("%d/%m/%Y"), False),
                (230, text, False),
                (560, shown, True),
            ]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == [(day, text, amount) for day, _, text, amount in MX_CARD]
    assert [t.value_date for t in read.transactions] == [charged for _, charged, *_ in MX_CARD]
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


IT = [
    (D(2025, 9, 1), "PAGAMENTO POS ESSELUNGA", "-64.12"),
    (D(2025, 9, 4), "BONIFICO A VOSTRO FAVORE DA ROSSI SRL", "1980.00"),
    (D(2025, 9, 10), "ADDEBITO DIRETTO TIM SPA", "-29.90"),
    (D(2025, 9, 19), "PRELIEVO BANCOMAT", "-100.00"),
]


def test_an_italian_account_between_its_saldo_iniziale_and_saldo_finale_lines() -> None:
    """No running balance: "Saldo iniziale" opens the table, "Saldo finale" closes it, and "Saldo contabile"
    and "Saldo disponibile" under it repeat the closing balance."""
    rows = running(M("3410.07"), IT)
    lines = header(
        [
            "Banca Valle d'Oro",
            "Marco Esposito",
            "Via Toledo 220, 80134 Napoli",
            "Estratto conto dal 01/09/2025 al 30/09/2025",
            "Conto corrente n. 000045519872",
            "Divisa EUR",
        ]
    )
    columns = [
        Column("Data contabile", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data valuta", 115, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descrizione operazioni", 185, lambda r: r.description),
        Column("Addebiti", 450, paid_out(continental), right=True),
        Column("Accrediti", 540, paid_in(continental), right=True),
    ]
    lines += [
        headings(columns),
        [(185, "Saldo iniziale", False), (540, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(185, "Saldo finale", False), (540, continental(rows[-1].balance), True)],
        [],
        [(40, "Saldo contabile", False), (300, continental(rows[-1].balance), True)],
        [(40, "Saldo disponibile", False), (300, continental(rows[-1].balance), True)],
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert read.currency == "EUR"


BE = [
    (D(2025, 2, 3), "Delhaize Leuven", "NL20 INGB 0001 2345 67", "-38.45"),
    (D(2025, 2, 5), "Vlaamse Huisvesting", "BE71 0961 2345 6769", "-725.00"),
    (D(2025, 2, 25), "Brouwerij De Kroon NV", "BE68 5390 0754 7034", "2675.30"),
]


def test_a_belgian_account_with_af_or_bij_and_the_counterpartys_iban_on_a_line_under_each_row() -> None:
    """ "Datum | Omschrijving | Af/Bij | Bedrag (EUR)": under each row its counterparty's IBAN and a
    communication; the IBAN's digit groups are no amounts and the previous and new balance close it."""
    rows = running(M("1102.18"), [(day, name, amount) for day, name, _, amount in BE])
    lines = header(
        [
            "Kempenbank",
            "Lotte Peeters",
            "Naamsestraat 40, 3000 Leuven",
            "Rekeninguittreksel van 01-02-2025 tot 28-02-2025",
            "Rekeningnummer BE43 0689 9999 9501",
        ]
    )
    lines += [
        [(40, "Vorig saldo", False), (560, continental(balance_before(rows)), True)],
        [],
        [
            (40, "**Datum", False),
            (110, "Omschrijving", False),
            (420, "Af/Bij", False),
            (560, "Bedrag (EUR)", True),
        ],
    ]
    for r, (_, _, iban, _) in zip(rows, BE, strict=True):
        lines += [
            [
                (40, r.date.strftime("%d-%m-%Y"), False),
                (110, r.description, False),
                (420, "Af" if r.amount < 0 else "Bij", False),
                (560, continental(r.amount), True),
            ],
            [(110, f"IBAN: {iban}", False)],
            [(110, "Mededeling: factuur februari", False)],
        ]
    lines += [[], [(40, "Nieuw saldo", False), (560, continental(rows[-1].balance), True)]]
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for t, (_, name, iban, _) in zip(read.transactions, BE, strict=True):
        assert t.description.startswith(name) and iban in t.description
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


MONZO = [
    (D(2025, 10, 1), "Pret A Manger", "Card payment", "-6.85"),
    (D(2025, 10, 2), "Sam Okafor", "Reference: Flat bills Oct", "-412.50"),
    (D(2025, 10, 3), "Brightwave Studio Ltd", "Reference: SALARY OCT", "2260.00"),
    (D(2025, 10, 8), "Transport for London", "Card payment", "-14.40"),
]


def test_a_uk_challenger_account_with_the_counterparty_first_and_the_reference_below() -> None:
    """ "Date | Description | (GBP) Amount | (GBP) Balance": each row the counterparty on its line, the kind
    of payment or its reference on the line below, the amount signed."""
    rows = running(M("318.22"), [(day, name, amount) for day, name, _, amount in MONZO])
    lines = header(
        [
            "Nimbus Bank",
            "Olivia Bennett",
            "Flat 3, 18 Camden Road, London NW1 9DP",
            "Personal account statement 01/10/2025 - 31/10/2025",
            "Account number 41927730   Sort code 04-00-04",
        ]
    )
    lines.append(
        [
            (40, "**Date", False),
            (110, "Description", False),
            (470, "(GBP) Amount", True),
            (560, "(GBP) Balance", True),
        ]
    )
    for r, (_, _, note, _) in zip(rows, MONZO, strict=True):
        amount = signed(english(r.amount), r.amount)
        lines += [
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (110, r.description, False),
                (470, amount, True),
                (560, english(r.balance), True),
            ],
            [(110, note, False)],
        ]
    read = read_drawn_pages([lines])
    assert entries(read) == [(day, f"{name} {note}", M(amount)) for day, name, note, amount in MONZO]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "GBP"


US_CARD = [
    (D(2025, 11, 4), D(2025, 11, 5), "SAFEWAY #1744 DENVER CO", M("-82.16")),
    (D(2025, 11, 9), D(2025, 11, 9), "PAYMENT THANK YOU", M("600.00")),
    (D(2025, 11, 12), D(2025, 11, 13), "SHELL OIL 5744 AURORA CO", M("-45.02")),
    (D(2025, 11, 20), D(2025, 11, 21), "DELTA AIR 0062345 ATLANTA GA", M("-388.60")),
    (D(2025, 11, 30), D(2025, 11, 30), "PURCHASE INTEREST CHARGE", M("-21.48")),
]


def test_a_us_card_bill_whose_summary_and_interest_charge_table_are_no_transactions() -> None:
    """The account summary (Previous Balance, Payments, Purchases, Fees Charged, Interest Charged, New
    Balance) above the activity, and the interest charge calculation below it, each print figures."""
    previous = M("-1245.90")
    new = previous + sum(a for *_, a in US_CARD)
    lines = header(
        [
            "Summit Card Services",
            "DANIEL K MORENO",
            "4200 FRANKLIN ST, DENVER CO 80216",
            "Opening/Closing Date 11/01/25 - 11/30/25",
            "Account Number: XXXX XXXX XXXX 6621",
        ]
    )
    lines += [
        [(40, "**ACCOUNT SUMMARY", False)],
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "Payment, Credits", False), (300, "-$600.00", True)],
        [(40, "Purchases", False), (300, "+$515.78", True)],
        [(40, "Fees Charged", False), (300, "$0.00", True)],
        [(40, "Interest Charged", False), (300, "+$21.48", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [],
        [(40, "**ACCOUNT ACTIVITY", False)],
        [
            (40, "**Trans Date", False),
            (110, "Post Date", False),
            (180, "Description", False),
            (560, "Amount", True),
        ],
    ]
    for day, posted, text, amount in US_CARD:
        shown = signed(english(amount), -amount)
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (110, posted.strftime("%m/%d"), False),
                (180, text, False),
                (560, shown, True),
            ]
        )
    lines += [
        [],
        [(40, "**INTEREST CHARGES", False)],
        [
            (40, "**Type of Balance", False),
            (250, "Annual Percentage Rate (APR)", True),
            (420, "Balance Subject to Interest Rate", True),
            (560, "Interest Charge", True),
        ],
        [
            (40, "Purchases", False),
            (250, "24.99% (v)", True),
            (420, "$1,031.44", True),
            (560, "$21.48", True),
        ],
        [(40, "Cash Advances", False), (250, "29.99% (v)", True), (420, "$0.00", True), (560, "$0.00", True)],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == [(day, text, amount) for day, _, text, amount in US_CARD]
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


def test_a_wallet_whose_currency_sections_share_a_page_each_with_a_table_of_its_balances() -> None:
    """Revolut kind: one page, a section per currency, each opening with a balance summary table
    ("Product | Opening balance | Money out | Money in | Closing balance") and then its transactions,
    every figure with its currency's sign."""
    signs = {"EUR": "€", "GBP": "£"}
    openings = {"EUR": M("35.10"), "GBP": M("120.00")}
    drawn = {code: running(openings[code], WALLET[code]) for code in signs}
    lines = header([*LUMO, "12 Rue Oberkampf, 75011 Paris"])
    for code, rows in drawn.items():
        sign = signs[code]

        def money(value: M, sign: str = sign) -> str:
            return signed(sign + english(value), value)

        out, into = totals(rows)
        columns = _columns("Date | Description | Money out | Money in | Balance", "%b %d, %Y", money)
        lines += [
            [(40, f"##{code} Statement", False)],
            [(40, "Generated on 2 May 2025", False)],
            [],
            [(40, "**Balance summary", False)],
            [
                (40, "**Product", False),
                (300, "Opening balance", True),
                (380, "Money out", True),
                (460, "Money in", True),
                (560, "Closing balance", True),
            ],
            [
                (40, "Account (Current Account)", False),
                (300, money(balance_before(rows)), True),
                (380, money(out), True),
                (460, money(into), True),
                (560, money(rows[-1].balance), True),
            ],
            [],
            [(40, "**Account transactions from 1 April 2025 to 30 April 2025", False)],
            headings(columns),
            *table(columns, rows),
            [],
        ]
    reads = _read_all([lines])
    assert [r.currency for r in reads] == list(drawn)
    for read, rows in zip(reads, drawn.values(), strict=True):
        as_drawn(read, rows)


US_CHARGES = [
    (D(2025, 8, 2), "TRADER JOE S #552 PORTLAND OR", M("-61.40")),
    (D(2025, 8, 8), "Payment Thank You-Mobile", M("350.00")),
    (D(2025, 8, 15), "NW NATURAL GAS 800-422-4012 OR", M("-73.18")),
    (D(2025, 8, 26), "PURCHASE INTEREST CHARGE", M("-17.92")),
]


def test_a_card_bills_fee_and_interest_totals_and_year_to_date_totals_are_no_transactions() -> None:
    """Under the activity: "TOTAL FEES FOR THIS PERIOD", "TOTAL INTEREST FOR THIS PERIOD" and the year's
    totals ("Total fees charged in 2025"), each with a dollar figure in the amount column."""
    previous = M("-912.55")
    new = previous + sum(a for *_, a in US_CHARGES)
    lines = header(
        [
            "Cascade Card Services",
            "EMMA J PARK",
            "310 NW 23RD AVE, PORTLAND OR 97210",
            "Opening/Closing Date 07/27/25 - 08/26/25",
            "Account Number: XXXX XXXX XXXX 3390",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [],
        [
            (40, "**Date of Transaction", False),
            (150, "Merchant Name or Transaction Description", False),
            (560, "$ Amount", True),
        ],
    ]
    for day, text, amount in US_CHARGES:
        shown = signed(english(amount), -amount)
        lines.append([(40, day.strftime("%m/%d"), False), (150, text, False), (560, shown, True)])
    lines += [
        [(150, "TOTAL FEES FOR THIS PERIOD", False), (560, "$0.00", True)],
        [(150, "TOTAL INTEREST FOR THIS PERIOD", False), (560, "$17.92", True)],
        [],
        [(40, "**2025 Totals Year-to-Date", False)],
        [(40, "Total fees charged in 2025", False), (560, "$39.00", True)],
        [(40, "Total interest charged in 2025", False), (560, "$104.37", True)],
    ]
    read = read_drawn_pages([lines])
    assert entries(read) == [(day, text, amount) for day, text, amount in US_CHARGES]
    assert (read.opening_balance, read.closing_balance) == (previous, new)


def test_a_last_page_of_notices_with_a_table_of_fees_gives_no_rows() -> None:
    """The statement's last page lists the account's fees in a table of its own (service, price) and
    notices: none of it is a transaction."""
    rows = running(M("1640.00"), LONG[:5])
    first = header(COASTLINE)
    first += [
        headings(COASTLINE_COLUMNS),
        [(110, "Balance brought forward", False), (560, english(balance_before(rows)), True)],
        *table(COASTLINE_COLUMNS, rows),
    ]
    notices: Lines = [
        [(40, "##Your fees explained", False)],
        [(40, "**Service", False), (300, "When", False), (560, "Price", True)],
        [(40, "Unarranged overdraft", False), (300, "per month", False), (560, "10.00", True)],
        [(40, "Foreign cash withdrawal", False), (300, "each", False), (560, "2.99", True)],
        [(40, "Replacement card", False), (300, "each", False), (560, "5.00", True)],
        [],
        [
            (
                40,
                "Please check your statement and tell us at once about any entry you do not recognise.",
                False,
            )
        ],
    ]
    read = read_drawn_pages([first, notices])
    as_drawn(read, rows)


NU = [
    (D(2025, 6, 2), "Transferência recebida pelo Pix JOANA LIMA", "1200.00"),
    (D(2025, 6, 2), "Compra no débito PADARIA REAL", "-18.50"),
    (D(2025, 6, 4), "Pagamento de boleto CLARO SA", "-99.90"),
    (D(2025, 6, 4), "Transferência enviada pelo Pix RAFAEL SOUZA", "-250.00"),
    (D(2025, 6, 4), "Rendimento líquido", "0.87"),
    (D(2025, 6, 9), "Compra no débito FARMACIA PAGUE MENOS", "-42.10"),
]


def test_a_brazilian_app_statement_grouped_by_day_with_totals_of_entries_and_exits() -> None:
    """Nubank kind: a day heading ("02 JUN 2025") with "Total de entradas" and "Total de saídas" of that
    day, the day's rows under it without a date of their own, no running balance; "Saldo inicial" and
    "Saldo final do período" above."""
    rows = running(M("512.30"), NU)
    lines = header(
        [
            "Banco Roxo S.A.",
            "PEDRO HENRIQUE ALVES",
            "CPF •••.123.456-••   Agência 0001   Conta 98765432-1",
            "01 DE JUNHO DE 2025 a 30 DE JUNHO DE 2025   VALORES EM R$",
        ]
    )
    lines += [
        [(40, "Saldo inicial", False), (560, continental(balance_before(rows)), True)],
        [(40, "Saldo final do período", False), (560, continental(rows[-1].balance), True)],
        [],
        [(40, "**Movimentações", False)],
    ]
    months = {6: "JUN"}
    for day in sorted({r.date for r in rows}):
        those = [r for r in rows if r.date == day]
        out, into = totals(those)
        dated: list[Cell] = [(40, f"{day.day:02d} {months[day.month]} {day.year}", False)]
        if into:
            lines.append([*dated, (110, "Total de entradas", False), (560, f"+ {continental(into)}", True)])
            lines += [
                [(110, r.description, False), (560, continental(r.amount), True)]
                for r in those
                if r.amount > 0
            ]
        if out:
            lines.append(
                [
                    *(dated if not into else []),
                    (110, "Total de saídas", False),
                    (560, f"- {continental(out)}", True),
                ]
            )
            lines += [
                [(110, r.description, False), (560, continental(r.amount), True)]
                for r in those
                if r.amount < 0
            ]
    read = read_drawn_pages([lines])
    got = sorted(entries(read))
    assert got == sorted((r.date, r.description, r.amount) for r in rows)
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == "BRL"


ES_CURRENT = [
    (D(2025, 1, 3), "RECIBO IBERDROLA CLIENTES", "-64.30"),
    (D(2025, 1, 10), "TRANSFERENCIA A CUENTA AHORRO", "-300.00"),
    (D(2025, 1, 28), "NOMINA ENERO TALLERES NORTE SL", "1875.00"),
]
ES_SAVINGS = [
    (D(2025, 1, 10), "TRANSFERENCIA DESDE CUENTA CORRIENTE", "300.00"),
    (D(2025, 1, 31), "ABONO INTERESES", "1.12"),
]


def test_a_spanish_global_position_then_two_accounts_each_between_its_own_balances() -> None:
    """ "Posición global" lists both accounts; then each account, its IBAN, "Saldo anterior" and
    "Saldo final" and a table "F. Oper. | F. Valor | Concepto | Importe | Saldo"."""
    current = running(M("2210.45"), ES_CURRENT)
    savings = running(M("8000.00"), ES_SAVINGS)
    columns = [
        Column("F. Oper.", 40, lambda r: r.date.strftime("%d/%m")),
        Column("F. Valor", 100, lambda r: r.date.strftime("%d/%m")),
        Column("Concepto", 160, lambda r: r.description),
        Column("Importe", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(
        [
            "Banco del Duero",
            "LAURA MARTIN SANZ",
            "CALLE MAYOR 14, 47001 VALLADOLID",
            "Extracto del 01/01/2025 al 31/01/2025",
            "Moneda: EUR",
        ]
    )
    lines += [
        [(40, "##Posición global", False)],
        [(40, "Cuenta corriente", False), (560, continental(current[-1].balance), True)],
        [(40, "Cuenta ahorro", False), (560, continental(savings[-1].balance), True)],
        [],
    ]
    for title, iban, rows in (
        ("Cuenta corriente", "ES91 2100 0418 4502 0005 1332", current),
        ("Cuenta ahorro", "ES79 2100 0813 6101 2345 6789", savings),
    ):
        lines += [
            [(40, f"##{title}", False)],
            [(40, f"IBAN {iban}", False)],
            [(40, "Saldo anterior", False), (560, continental(balance_before(rows)), True)],
            [(40, "Saldo final", False), (560, continental(rows[-1].balance), True)],
            [],
            headings(columns),
            *table(columns, rows),
            [],
        ]
    first, second = _read_all([lines])
    as_drawn(first, current)
    as_drawn(second, savings)
    assert (first.currency, second.currency) == ("EUR", "EUR")


DE = [
    (D(2025, 3, 3), "ÜBERTRAG AUF SPARKONTO 4711", "-500.00"),
    (D(2025, 3, 5), "KARTENZAHLUNG REWE MARKT KÖLN", "-48.27"),
    (D(2025, 3, 7), "GEHALT MÄRZ FEINWERK GMBH", "3120.55"),
    (D(2025, 3, 14), "LASTSCHRIFT STADTWERKE KÖLN", "-96.00"),
    (D(2025, 3, 21), "DAUERAUFTRAG MIETE", "-1150.00"),
]
VOLKSBANK = [
    "Rheinische Volksbank eG",
    "Herrn Jonas Becker",
    "Aachener Str. 112, 50674 Köln",
    "Kontoauszug 3/2025 vom 01.03.2025 bis 31.03.2025",
    "IBAN DE89 3704 0044 0532 0130 00",
]
DE_COLUMNS = [
    Column("Buchungstag", 40, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Wert", 105, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Vorgang", 160, lambda r: r.description),
    Column("Soll", 470, paid_out(continental), right=True),
    Column("Haben", 550, paid_in(continental), right=True),
]


def test_a_german_account_carries_its_balance_over_the_page_while_a_transfer_is_called_uebertrag() -> None:
    """ "Übertrag auf Blatt 2" closes page 1 and "Übertrag von Blatt 1" opens page 2, each with the
    balance; a transfer to the holder's savings is printed "ÜBERTRAG AUF SPARKONTO" and stays a row."""
    rows = running(M("1830.40"), DE)
    heading = headings(DE_COLUMNS)
    first = header(VOLKSBANK)
    first += [heading, [(160, "Alter Kontostand", False), (550, continental(balance_before(rows)), True)]]
    first += table(DE_COLUMNS, rows[:3])
    first.append([(160, "Übertrag auf Blatt 2", False), (550, continental(rows[2].balance), True)])
    second: Lines = [
        heading,
        [(160, "Übertrag von Blatt 1", False), (550, continental(rows[2].balance), True)],
    ]
    second += table(DE_COLUMNS, rows[3:])
    second.append([(160, "Neuer Kontostand", False), (550, continental(rows[-1].balance), True)])
    read = read_drawn_pages([first, second])
    as_drawn(read, rows)


def test_a_portuguese_account_whose_pages_carry_their_totals_as_a_transportar_and_transporte() -> None:
    """ "Data Mov. | Data Valor | Descritivo | Débito | Crédito | Saldo Contabilístico": page 1 ends with
    "A transportar" and its column totals, page 2 opens with "Transporte"."""
    rows = running(
        M("2310.44"),
        [
            (D(2025, 3, 3), "TRF DE RUI CARVALHO", "400.00"),
            (D(2025, 3, 6), "COMPRA CONTINENTE BRAGA", "-56.31"),
            (D(2025, 3, 10), "PAG SERV EDP COMERCIAL", "-72.90"),
            (D(2025, 3, 18), "LEVANTAMENTO MB BRAGA", "-60.00"),
            (D(2025, 3, 25), "VENCIMENTO MARÇO", "1580.00"),
        ],
    )
    columns = [
        Column("Data Mov.", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Data Valor", 100, lambda r: (r.date + DAY).strftime("%d-%m-%Y")),
        Column("Descritivo", 165, lambda r: r.description),
        Column("Débito", 390, paid_out(continental), right=True),
        Column("Crédito", 460, paid_in(continental), right=True),
        Column("Saldo Contabilístico", 560, lambda r: continental(r.balance), right=True),
    ]
    heading = headings(columns)

    def carried(label: str, part: Sequence[Drawn]) -> list[Cell]:
        out, into = totals(part)
        return [(165, label, False), (390, continental(out), True), (460, continental(into), True)]

    first = header(
        [
            "Banco Atlântico Norte",
            "Maria Sousa Pereira",
            "Rua das Flores 21, 4050-262 Porto",
            "Extrato de 01/03/2025 a 31/03/2025",
            "Conta à ordem n.º 0033 0000 45123456789 05",
            "Moeda EUR",
        ]
    )
    first += [heading, [(165, "Saldo inicial", False), (560, continental(balance_before(rows)), True)]]
    first += [*table(columns, rows[:3]), carried("A transportar", rows[:3])]
    second: Lines = [heading, carried("Transporte", rows[:3]), *table(columns, rows[3:])]
    second.append([(165, "Saldo final", False), (560, continental(rows[-1].balance), True)])
    read = read_drawn_pages([first, second])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


WISE_DETAILS = {
    "EUR": ["IBAN BE12 9670 2154 3392"],
    "GBP": ["Account number 31926819", "Sort code 23-14-70"],
}


def test_a_wallet_whose_currency_sections_each_print_their_own_account_details() -> None:
    """Wise kind: each currency's section prints the details to pay into it (an IBAN for euros, an
    account number and sort code for pounds), then its balances and its table."""
    openings = {"EUR": M("35.10"), "GBP": M("120.00")}
    drawn = {code: running(openings[code], WALLET[code]) for code in WISE_DETAILS}
    columns = _columns("Date | Description | Outgoing | Incoming | Balance", "%d %B %Y")
    pages: list[Lines] = []
    for number, (code, rows) in enumerate(drawn.items()):
        lines = header([*LUMO, "12 Rue Oberkampf, 75011 Paris"]) if number == 0 else []
        lines += [
            [(40, f"##{code} statement", False)],
            [(40, "1 April 2025 - 30 April 2025", False)],
            *[[(40, detail, False)] for detail in WISE_DETAILS[code]],
            [(40, f"{code} on 1 April 2025", False), (300, f"{english(balance_before(rows))} {code}", True)],
            [(40, f"{code} on 30 April 2025", False), (300, f"{english(rows[-1].balance)} {code}", True)],
            [],
            headings(columns),
            *table(columns, rows),
        ]
        pages.append(lines)
    first, second = _read_all(pages)
    as_drawn(first, drawn["EUR"])
    as_drawn(second, drawn["GBP"])
    assert (first.currency, second.currency) == ("EUR", "GBP")
    assert (first.account_number or "").startswith("BE12")
    assert second.account_number == "31926819"


CARDHOLDERS = {
    "ANNA K LUND": [
        (D(2025, 9, 3), "WHOLE FOODS MKT MINNEAPOLIS MN", M("-112.64")),
        (D(2025, 9, 17), "XCEL ENERGY ONLINE PMT", M("-88.20")),
    ],
    "ERIK T LUND": [
        (D(2025, 9, 6), "HOLIDAY STATIONSTORE 0412", M("-51.33")),
        (D(2025, 9, 20), "TARGET T-1375 ST PAUL MN", M("-64.95")),
    ],
}


def test_a_card_listing_each_cardholders_transactions_apart_is_one_statement() -> None:
    """A card account with two cards prints the payments, then each cardholder's purchases under "<name>
    Card ending <digits>" with a total per card: one account, one statement."""
    payment = (D(2025, 9, 10), "PAYMENT - THANK YOU", M("450.00"))
    previous = M("-702.18")
    new = previous + payment[2] + sum(a for rows in CARDHOLDERS.values() for *_, a in rows)
    heading: list[Cell] = [(40, "**Trans Date", False), (110, "Description", False), (560, "Amount", True)]
    lines = header(
        [
            "Northstar Card Services",
            "ANNA K LUND",
            "2200 LYNDALE AVE S, MINNEAPOLIS MN 55405",
            "Statement period 08/26/25 to 09/25/25",
            "Account number ending in 8842",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [],
        [(40, "**Payments and Credits", False)],
        heading,
        [
            (40, payment[0].strftime("%m/%d"), False),
            (110, payment[1], False),
            (560, f"-{english(payment[2])}", True),
        ],
        [],
    ]
    for (name, rows), ending in zip(CARDHOLDERS.items(), ("8842", "3107"), strict=True):
        lines += [[(40, f"**{name} Card ending {ending}", False)], heading]
        lines += [
            [(40, day.strftime("%m/%d"), False), (110, text, False), (560, english(amount), True)]
            for day, text, amount in rows
        ]
        total = english(sum((a for *_, a in rows), M(0)))
        lines += [[(110, f"Total for card ending {ending}", False), (560, total, True)], []]
    read = read_drawn_pages([lines])
    expected = [payment, *(row for rows in CARDHOLDERS.values() for row in rows)]
    assert sorted(entries(read)) == sorted(expected)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


def test_a_consolidated_statement_whose_middle_account_had_no_activity_keeps_all_three_apart() -> None:
    """Checking, then a savings account that prints only its balances and "No activity this period",
    then a money market account: three statements, the middle one without transactions."""
    checking = running(M("1480.35"), CHECKING)
    market = running(M("10250.00"), [(D(2025, 3, 31), "DIVIDEND", "21.40")])
    idle = M("3000.00")
    lines = header([*HARBOR, "Statement period March 1, 2025 through March 31, 2025"])
    lines += _harbor_account(
        "Premier Checking", "4410-228190", balance_before(checking), checking[-1].balance
    )
    lines += [headings(HARBOR_COLUMNS), *table(HARBOR_COLUMNS, checking), []]
    lines += _harbor_account("Holiday Savings", "4410-661045", idle, idle)
    lines += [[(40, "No activity this period.", False)], []]
    lines += _harbor_account("Money Market", "4410-900277", balance_before(market), market[-1].balance)
    lines += [headings(HARBOR_COLUMNS), *table(HARBOR_COLUMNS, market)]
    first, second, third = _read_all([lines])
    as_drawn(first, checking)
    assert (second.account_number, second.transactions) == ("4410-661045", [])
    assert (second.opening_balance, second.closing_balance) == (idle, idle)
    as_drawn(third, market)
    assert [r.account_number for r in (first, third)] == ["4410-228190", "4410-900277"]


def test_a_challenger_bank_heading_its_money_columns_in_and_out() -> None:
    """Starling kind: "Date | Type | Transaction | In | Out | Balance", the type of payment in a column
    of its own left of the counterparty."""
    kinds = ["CONTACTLESS", "FASTER PAYMENT", "DIRECT DEBIT", "FASTER PAYMENT"]
    rows = running(
        M("742.18"),
        [
            (D(2025, 10, 2), "Gail's Bakery", "-4.60"),
            (D(2025, 10, 3), "Harrow Lane Design Ltd", "1985.00"),
            (D(2025, 10, 6), "Thames Water", "-38.75"),
            (D(2025, 10, 9), "Tom Fielding", "-120.00"),
        ],
    )
    lines = header(
        [
            "Lark Bank",
            "Chloe Harper",
            "41 Mill Road, Cambridge CB1 2AD",
            "Statement 01/10/2025 to 31/10/2025",
            "Account number 60441287   Sort code 60-83-71",
        ]
    )
    lines.append(
        [
            (40, "**Date", False),
            (100, "Type", False),
            (200, "Transaction", False),
            (420, "In", True),
            (490, "Out", True),
            (560, "Balance", True),
        ]
    )
    for r, kind in zip(rows, kinds, strict=True):
        lines.append(
            [
                (40, r.date.strftime("%d/%m/%Y"), False),
                (100, kind, False),
                (200, r.description, False),
                (490 if r.amount < 0 else 420, f"£{english(r.amount)}", True),
                (560, f"£{english(r.balance)}", True),
            ]
        )
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    for t, r in zip(read.transactions, rows, strict=True):
        assert r.description in t.description
    assert (read.opening_balance, read.closing_balance, read.currency) == (
        balance_before(rows),
        rows[-1].balance,
        "GBP",
    )


def test_a_running_page_header_repeating_the_account_and_period_on_every_page_is_no_row() -> None:
    """Every page opens with the bank's name, the account number, the period and "Page n of 3"; the
    table's header is printed again on page 2 and not on page 3."""
    rows = running(M("1312.64"), [*LONG, (D(2025, 5, 30), "CB BOULANGERIE PAUL", "-6.80")])
    heading = headings(COASTLINE_COLUMNS)

    def top(number: int) -> Lines:
        return [
            [(40, "Coastline Bank", False), (560, f"Page {number} of 3", True)],
            [(40, "Account number 20458813", False), (560, "1 May 2025 to 31 May 2025", True)],
            [],
        ]

    first = top(1) + header(
        ["Ms Helen Carter", "9 Quay Road, Bristol BS8 1TH", "Statement 1 May 2025 to 31 May 2025"]
    )
    first += [
        heading,
        [(110, "Balance brought forward", False), (560, english(balance_before(rows)), True)],
        *table(COASTLINE_COLUMNS, rows[:3]),
    ]
    second = [*top(2), heading, *table(COASTLINE_COLUMNS, rows[3:6])]
    third = [*top(3), *table(COASTLINE_COLUMNS, rows[6:])]
    third.append([(110, "Balance carried forward", False), (560, english(rows[-1].balance), True)])
    read = read_drawn_pages([first, second, third])
    as_drawn(read, rows)
    assert read.account_number == "20458813"


NU_CARD = [
    (D(2025, 5, 12), "Mercadolivre*Loja Sol", M("-189.90")),
    (D(2025, 5, 15), "Uber *Trip", M("-23.90")),
    (D(2025, 5, 20), "Pagamento recebido", M("850.00")),
    (D(2025, 5, 28), "Magazine Luiza - Parcela 3/10", M("-120.00")),
]


def test_a_brazilian_card_bill_opened_by_the_last_bill_with_its_rows_dated_by_day_and_month() -> None:
    """A card bill lists the month's purchases and the payment, "DD MMM" with the year in the period,
    between "Fatura anterior" (what the last bill left) and "Total a pagar"."""
    previous = M("-850.00")
    new = previous + sum(a for *_, a in NU_CARD)
    lines = header(
        [
            "Banco Roxo S.A.",
            "PEDRO HENRIQUE ALVES",
            "Fatura do cartão de crédito - período de 06/05/2025 a 05/06/2025",
            "VALORES EM R$",
        ]
    )
    lines += [
        [(40, "Fatura anterior", False), (300, continental(previous), True)],
        [(40, "Total a pagar", False), (300, continental(new), True)],
        [],
        [(40, "**Data", False), (110, "Descrição", False), (560, "Valor", True)],
    ]
    months = {5: "MAI", 6: "JUN", 7: "JUL"}
    for day, text, amount in NU_CARD:
        shown = signed(continental(amount), -amount)
        lines.append(
            [(40, f"{day.day:02d} {months[day.month]}", False), (110, text, False), (560, shown, True)]
        )
    read = read_drawn_pages([lines])
    assert entries(read) == NU_CARD
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    assert read.account_type == "CREDIT_CARD"


US_DEPOSITS = [(D(2025, 4, 4), "Deposit", M("1250.00")), (D(2025, 4, 18), "Mobile Deposit", M("310.45"))]
US_DEBITS = [(D(2025, 4, 11), "ACH Debit MidAmerican Energy", M("-96.14"))]
US_CHECKS = [
    (1201, D(2025, 4, 7), M("85.00")),
    (1202, D(2025, 4, 9), M("1200.00")),
    (1203, D(2025, 4, 14), M("42.18")),
    (1205, D(2025, 4, 22), M("60.00")),
    (1206, D(2025, 4, 25), M("19.99")),
]


@pytest.mark.parametrize("per_line", [2, 3])
def test_checks_paid_printed_two_or_three_to_a_line_are_each_a_transaction(per_line: int) -> None:
    """A US checking statement lists deposits, then "Checks paid" two or three to a line ("Check No.
    Date paid Amount Check No. Date paid Amount"), each check a withdrawal described by its number,
    then electronic withdrawals in a table of their own and a notice across the page."""
    opening = M("2204.61")
    closing = opening + sum(a for *_, a in (*US_DEPOSITS, *US_DEBITS)) - sum(a for *_, a in US_CHECKS)
    lines = header(
        [
            "Prairie State Bank",
            "MICHAEL J OKAFOR",
            "918 ELM ST, DES MOINES IA 50309",
            "Statement period 04/01/2025 through 04/30/2025",
            "Account number 7730112958",
        ]
    )
    lines += [
        [(40, "Beginning balance", False), (300, f"${english(opening)}", True)],
        [(40, "Ending balance", False), (300, f"${english(closing)}", True)],
        [],
        [(40, "**Deposits and additions", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
        *[
            [(40, day.strftime("%m/%d"), False), (110, text, False), (560, english(amount), True)]
            for day, text, amount in US_DEPOSITS
        ],
        [],
        [(40, "**Checks paid", False)],
    ]
    width = 520 // per_line  # each set of columns: number, date, amount right-aligned at its end
    starts = [40 + n * width for n in range(per_line)]
    heading: list[Cell] = []
    for x in starts:
        heading += [(x, "Check No.", False), (x + 55, "Date paid", False), (x + width - 20, "Amount", True)]
    lines.append([(heading[0][0], "**" + heading[0][1], False), *heading[1:]])
    for first in range(0, len(US_CHECKS), per_line):
        line: list[Cell] = []
        for x, (number, day, amount) in zip(starts, US_CHECKS[first : first + per_line], strict=False):
            line += [
                (x, str(number), False),
                (x + 55, day.strftime("%m/%d"), False),
                (x + width - 20, english(amount), True),
            ]
        lines.append(line)
    lines += [
        [],
        [(40, "**Electronic withdrawals", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
        *[
            [(40, day.strftime("%m/%d"), False), (110, text, False), (560, english(-amount), True)]
            for day, text, amount in US_DEBITS
        ],
        [],
        [(40, "An image of each check paid is available in online banking for seven years.", False)],
    ]
    read = read_drawn_pages([lines])
    got = sorted(entries(read))
    expected = [*US_DEPOSITS, *US_DEBITS, *((d, str(n), -a) for n, d, a in US_CHECKS)]
    assert got == sorted(expected)
    assert (read.opening_balance, read.closing_balance) == (opening, closing)


def test_a_combined_statement_repeating_the_primary_account_number_atop_every_page_keeps_its_accounts() -> (
    None
):
    """A combined statement prints the primary account's number in the header of every page; the savings
    account's table runs on to page 2 under that header, and stays the savings account's."""
    checking = running(M("1480.35"), CHECKING)
    savings = running(M("6200.00"), [*SAVINGS, (D(2025, 3, 31), "BONUS INTEREST", "5.00")])
    heading = headings(HARBOR_COLUMNS)

    def top(number: int) -> Lines:
        return [[(40, "Primary account number 4410-228190", False), (560, f"Page {number} of 2", True)], []]

    def account(title: str, number: str, rows: Sequence[Drawn]) -> Lines:
        return [*_harbor_account(title, number, balance_before(rows), rows[-1].balance), heading]

    first = top(1) + header([*HARBOR, "Combined statement March 1, 2025 through March 31, 2025"])
    first += [*account("Premier Checking", "4410-228190", checking), *table(HARBOR_COLUMNS, checking), []]
    first += [*account("High Yield Savings", "4410-775302", savings), *table(HARBOR_COLUMNS, savings[:2])]
    second = [*top(2), heading, *table(HARBOR_COLUMNS, savings[2:])]
    reads = _read_all([first, second])
    assert [r.account_number for r in reads] == ["4410-228190", "4410-775302"]
    as_drawn(reads[0], checking)
    as_drawn(reads[1], savings)


def test_a_french_account_between_ancien_solde_and_solde_en_euros_with_a_line_of_totaux() -> None:
    """LCL kind: "DATE | LIBELLE | VALEUR | DEBIT | CREDIT", dates dd.mm, "ANCIEN SOLDE" opens the list,
    "TOTAUX" sums the columns and "SOLDE EN EUROS" closes it, the balance in the Crédit column."""
    rows = running(M("1905.00"), LONG[:6])
    lines = header(
        [
            "Crédit du Val de Loire",
            "M. ANTOINE ROUSSEL",
            "4 RUE NATIONALE 37000 TOURS",
            "RELEVE DE COMPTE du 01.05.2025 au 31.05.2025",
            "COMPTE DE DEPOTS N° 0742 0012345K",
        ]
    )
    columns = [
        Column("DATE", 40, lambda r: r.date.strftime("%d.%m")),
        Column("LIBELLE", 90, lambda r: r.description),
        Column("VALEUR", 330, lambda r: (r.date + DAY).strftime("%d.%m.%y")),
        Column("DEBIT", 450, paid_out(continental), right=True),
        Column("CREDIT", 540, paid_in(continental), right=True),
    ]
    out, into = totals(rows)
    lines += [
        headings(columns),
        [(90, "ANCIEN SOLDE", False), (540, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(90, "TOTAUX", False), (450, continental(out), True), (540, continental(into), True)],
        [(90, "SOLDE EN EUROS", False), (540, continental(rows[-1].balance), True)],
    ]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert read.currency == "EUR"


def test_a_us_card_with_reference_and_account_number_columns_between_description_and_amount() -> None:
    """ "Transaction Date | Posting Date | Description | Reference Number | Account Number | Amount": the long
    reference and the card's last digits are no figures of the row."""
    previous = M("-388.21")
    new = previous + sum(a for *_, a in US_CARD)
    lines = header(
        [
            "Summit Card Services",
            "DANIEL K MORENO",
            "4200 FRANKLIN ST, DENVER CO 80216",
            "Statement Closing Date 11/30/2025   Billing period 11/01/25 - 11/30/25",
            "Account Number: XXXX XXXX XXXX 6621",
            f"Previous Balance ${english(previous)}",
            f"New Balance Total ${english(new)}",
        ]
    )
    lines.append(
        [
            (40, "**Transaction Date", False),
            (125, "Posting Date", False),
            (190, "Description", False),
            (340, "Reference Number", False),
            (450, "Account Number", False),
            (560, "Amount", True),
        ]
    )
    for n, (day, posted, text, amount) in enumerate(US_CARD):
        shown = signed(english(amount), -amount)
        lines.append(
            [
                (40, day.strftime("%m/%d"), False),
                (125, posted.strftime("%m/%d"), False),
                (190, text, False),
                (340, f"2471{n}0345{n}87{n}1{n}92", False),
                (450, "6621", False),
                (560, shown, True),
            ]
        )
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(day, amount) for day, _, _, amount in US_CARD]
    for t, (_, _, text, _) in zip(read.transactions, US_CARD, strict=True):
        assert t.description.startswith(text)
    assert (read.opening_balance, read.closing_balance) == (previous, new)


ING = [
    (D(2025, 4, 1), "Albert Heijn 1403", "NL20INGB0001234567", "BA", "-42.18", "Betaalautomaat"),
    (D(2025, 4, 3), "Werkgever Delta BV", "NL02ABNA0123456789", "OV", "3120.00", "Overschrijving"),
    (D(2025, 4, 7), "Woningstichting Eigen Haard", "NL91RABO0315273637", "IC", "-1245.00", "Incasso"),
    (D(2025, 4, 12), "Tikkie Sanne", "NL44RABO0123456789", "GT", "18.50", "Online bankieren"),
]


def test_a_dutch_account_with_counter_account_code_af_bij_and_kind_of_transfer_columns() -> None:
    """ING kind: "Datum | Naam / Omschrijving | Rekening | Code | Af Bij | Bedrag (EUR) | Mutatiesoort":
    the counterparty's IBAN, a code of two letters and the kind of transfer in columns of their own,
    Af or Bij saying the side of an unsigned amount."""
    rows = running(M("912.40"), [(day, name, amount) for day, name, _, _, amount, _ in ING])
    lines = header(
        [
            "Polderbank N.V.",
            "J. de Vries",
            "Kerkstraat 5, 3511 AB Utrecht",
            "Periode 01-04-2025 t/m 30-04-2025",
            "Rekeningnummer NL91 ABNA 0417 1643 00",
            f"Beginsaldo {continental(balance_before(rows))}",
            f"Eindsaldo {continental(rows[-1].balance)}",
        ]
    )
    lines.append(
        [
            (40, "**Datum", False),
            (95, "Naam / Omschrijving", False),
            (250, "Rekening", False),
            (345, "Code", False),
            (375, "Af Bij", False),
            (460, "Bedrag (EUR)", True),
            (475, "Mutatiesoort", False),
        ]
    )
    for r, (_, _, iban, code, _, kind) in zip(rows, ING, strict=True):
        lines.append(
            [
                (40, r.date.strftime("%d-%m-%Y"), False),
                (95, r.description, False),
                (250, iban, False),
                (345, code, False),
                (375, "Af" if r.amount < 0 else "Bij", False),
                (460, continental(r.amount), True),
                (475, kind, False),
            ]
        )
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.startswith(r.description)
    assert (read.opening_balance, read.closing_balance, read.currency) == (
        balance_before(rows),
        rows[-1].balance,
        "EUR",
    )


def test_a_footer_giving_another_iban_to_pay_into_does_not_cut_the_statement() -> None:
    """Each page ends with the bank's own IBAN to pay the bill into, and page 2 repeats the header: the
    holder's account goes on, one statement (another IBAN starts another only with its own balance)."""
    rows = running(M("1830.40"), DE)
    heading = headings(DE_COLUMNS)
    footer: Lines = [
        [],
        [(40, "Zahlungen bitte an IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001", False)],
    ]
    first = header([*VOLKSBANK, f"Alter Kontostand {continental(balance_before(rows))}"])
    first += [heading, *table(DE_COLUMNS, rows[:3]), *footer]
    second: Lines = [heading, *table(DE_COLUMNS, rows[3:])]
    second += [[(160, "Neuer Kontostand", False), (550, continental(rows[-1].balance), True)], *footer]
    read = read_drawn_pages([first, second])
    as_drawn(read, rows)
    assert read.account_number == "DE89 3704 0044 0532 0130 00"


def test_a_wallet_currency_section_running_over_a_page_before_the_next_currency() -> None:
    """The euro section's table runs on to page 2 without its header; the pound section follows it on
    that page with its own title, balances and header."""
    eur = running(M("35.10"), [*WALLET["EUR"], (D(2025, 4, 27), "Card payment Musee d'Orsay", "-16.00")])
    gbp = running(M("120.00"), WALLET["GBP"])
    first = header([*LUMO, "Statement 1 April 2025 to 30 April 2025"])
    first += [*_wallet_section("EUR", eur), *table(LUMO_COLUMNS, eur[:2])]
    second = [*table(LUMO_COLUMNS, eur[2:]), [], *_wallet_section("GBP", gbp), *table(LUMO_COLUMNS, gbp)]
    reads = _read_all([first, second])
    assert [r.currency for r in reads] == ["EUR", "GBP"]
    as_drawn(reads[0], eur)
    as_drawn(reads[1], gbp)
