"""Kinds of statements real banks print that no other test draws: a US balance printed once a day, Australian
balances marked CR or DR, Singapore's brought- and carried-forward rows, an Indian account with a value date
and a cheque or reference column, a French account with no running balance between its old and new balance
lines, a UK account with a column of payment types, a charge card in sections of payments and new charges, a
bank account listed newest first, francs CFA of Central Africa, read through the text layer."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    M,
    as_drawn,
    balance_before,
    english,
    entries,
    header,
    headings,
    indian,
    paid_in,
    paid_out,
    read_drawn_pages,
    read_one,
    running,
    signed,
    spaced,
    statement,
    table,
    totals,
    whole_spaced,
)

DAY = dt.timedelta(days=1)


US_DAYS = [
    (D(2025, 3, 3), "Online Transfer From Savings", "500.00"),
    (D(2025, 3, 3), "Purchase Corner Grocer Boise", "-63.12"),
    (D(2025, 3, 5), "ACH Debit City Water Utility", "-48.90"),
    (D(2025, 3, 10), "Payroll Deposit Northwind", "1875.40"),
    (D(2025, 3, 10), "Check 1042", "-300.00"),
    (D(2025, 3, 10), "ATM Withdrawal Main St", "-100.00"),
    (D(2025, 3, 14), "Recurring Payment Streamflix", "-15.99"),
]


def test_an_ending_daily_balance_printed_on_the_last_row_of_each_day_only() -> None:
    """US banks print the balance once a day, on the day's last row, under "Ending daily balance"."""
    rows = running(M("2410.55"), US_DAYS)
    last_of_day = {r.date: r for r in rows}
    lines = header(
        [
            "Pine Valley Bank",
            "Jordan Ellis",
            "1420 Cedar Lane, Boise, ID 83702",
            "Statement period March 1, 2025 - March 31, 2025",
            "Account number 4455667788",
            f"Beginning balance on 3/1 ${english(balance_before(rows))}",
            f"Ending balance on 3/31 ${english(rows[-1].balance)}",
        ]
    )
    columns = [
        Column("Date", 40, lambda r: f"{r.date.month}/{r.date.day}"),
        Column("Description", 80, lambda r: r.description),
        Column("Deposits/Additions", 360, paid_in(english), right=True),
        Column("Withdrawals/Subtractions", 470, paid_out(english), right=True),
        Column(
            "Ending daily balance",
            570,
            lambda r: english(r.balance) if last_of_day[r.date] is r else "",
            right=True,
        ),
    ]
    lines += [headings(columns), *table(columns, rows)]
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert [t.balance for t in read.transactions] == [
        r.balance if last_of_day[r.date] is r else None for r in rows
    ]
    # The bank's name in larger type over the mailing block is no part of it.
    assert (read.institution, read.holder_name) == ("Pine Valley Bank", "Jordan Ellis")


AU_ROWS = [
    (D(2025, 3, 3), "Direct Debit Rent Harbour Realty", "-450.00"),
    (D(2025, 3, 7), "Salary Southern Cross Pty Ltd", "2300.00"),
    (D(2025, 3, 9), "Card Purchase Woolworths Newtown", "-86.45"),
    (D(2025, 3, 18), "Transfer To Savings NetBank", "-500.00"),
]


def test_balances_marked_cr_or_dr_between_an_opening_and_a_closing_balance_row() -> None:
    """Australian banks print every balance "$1,234.56 CR" (DR while overdrawn) and open and close the
    table with rows that carry a balance only."""
    rows = running(M("140.20"), AU_ROWS)

    def balance(value: M) -> str:
        return f"${english(value)} {'CR' if value >= 0 else 'DR'}"

    lines = header(
        [
            "Coastal Mutual Bank",
            "Olivia Nguyen",
            "14 Harbour Street, Newtown NSW 2042",
            "Statement period 1 Mar 2025 - 31 Mar 2025",
            "Account Number 062 000 12345678",
        ]
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Transaction", 90, lambda r: r.description),
        Column("Debit", 390, paid_out(english), right=True),
        Column("Credit", 460, paid_in(english), right=True),
        Column("Balance", 560, lambda r: balance(r.balance), right=True),
    ]
    lines.append(headings(columns))
    lines.append(
        [(40, "01 Mar 2025", False), (90, "OPENING BALANCE", False), (560, balance(M("140.20")), True)]
    )
    lines += table(columns, rows)
    lines.append(
        [(40, "31 Mar 2025", False), (90, "CLOSING BALANCE", False), (560, balance(rows[-1].balance), True)]
    )
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert read.transactions[0].balance == M("-309.80")
    # "$" in a statement addressed to a state and a four-digit postcode is Australia's dollar.
    assert read.currency == "AUD"
    assert read.holder_name == "Olivia Nguyen"


SG_ROWS = [
    (D(2025, 4, 2), "FAST PAYMENT TO TAN WEI MING", "-250.00"),
    (D(2025, 4, 4), "NETS PURCHASE FAIRPRICE TAMPINES", "-63.40"),
    (D(2025, 4, 10), "GIRO SALARY ORCHID LOGISTICS", "4820.00"),
    (D(2025, 4, 15), "BILL PAYMENT SP SERVICES", "-131.27"),
    (D(2025, 4, 21), "ATM WITHDRAWAL BEDOK", "-200.00"),
]


def test_balance_brought_and_carried_forward_rows_at_each_page_are_no_transactions() -> None:
    """Singapore and Indian banks open each page with "Balance Brought Forward", close it with "Balance
    Carried Forward" and end with a row of totals."""
    rows = running(M("1204.33"), SG_ROWS)
    opening = balance_before(rows)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Withdrawal (SGD)", 390, paid_out(english), right=True),
        Column("Deposit (SGD)", 470, paid_in(english), right=True),
        Column("Balance (SGD)", 560, lambda r: english(r.balance), right=True),
    ]
    heading = headings(columns)
    first = header(
        [
            "Lion City Savings Bank",
            "Lim Mei Ling",
            "Blk 512 Bedok North Ave 3, #08-221, Singapore 460512",
            "Statement of Account for the period 01/04/2025 to 30/04/2025",
            "Account No. 012-345678-9",
        ]
    )
    first += [heading, [(110, "Balance Brought Forward", False), (560, english(opening), True)]]
    first += table(columns, rows[:3])
    first.append([(110, "Balance Carried Forward", False), (560, english(rows[2].balance), True)])
    second: list[list[Cell]] = [
        heading,
        [(110, "Balance Brought Forward", False), (560, english(rows[2].balance), True)],
    ]
    second += table(columns, rows[3:])
    out, into = totals(rows)
    second.append([(110, "Total", False), (390, english(out), True), (470, english(into), True)])
    second.append([(110, "Balance Carried Forward", False), (560, english(rows[-1].balance), True)])
    read = read_drawn_pages([first, second])
    as_drawn(read, rows)
    assert read.currency == "SGD"


IN_ROWS = [
    (D(2025, 5, 2), "UPI-RAMESH KUMAR-OKAXIS", "-1500.00"),
    (D(2025, 5, 5), "NEFT CR-ACME SOFTWARE PVT", "125000.00"),
    (D(2025, 5, 9), "ATW-412345XXXXXX9012-ANDHERI", "-10000.00"),
    (D(2025, 5, 14), "ACH D- HDFC LIFE PREMIUM", "-23456.50"),
]


def test_an_indian_account_with_a_reference_and_a_value_date_between_narration_and_amounts() -> None:
    """ "Date Narration Chq./Ref.No. Value Dt Withdrawal Amt. Deposit Amt. Closing Balance", dd/mm/yy and
    lakh grouping: the reference stays out of the amounts, the value date is kept."""
    rows = running(M("84210.75"), IN_ROWS)
    head = [
        "Deccan Commercial Bank",
        "MR ARJUN MEHTA",
        "FLAT 12 SEA VIEW CHS, ANDHERI WEST, MUMBAI 400053",
        "Statement From : 01/05/2025 To : 31/05/2025",
        "Account No : 50100123456789",
        "Currency : INR",
    ]
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Narration", 75, lambda r: r.description),
        Column("Chq./Ref.No.", 230, _reference),
        Column("Value Dt", 315, lambda r: (r.date + DAY).strftime("%d/%m/%y")),
        Column("Withdrawal Amt.", 425, paid_out(indian), right=True),
        Column("Deposit Amt.", 495, paid_in(indian), right=True),
        Column("Closing Balance", 570, lambda r: indian(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    # A reference column before the money is read with the description, as everywhere.
    assert [t.description for t in read.transactions] == [f"{r.description} {_reference(r)}" for r in rows]
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("84210.75"), rows[-1].balance)
    # "From : <date> To : <date>": the period, its connector set as a label.
    assert (read.period_start, read.period_end) == (D(2025, 5, 1), D(2025, 5, 31))
    assert (read.holder_name, read.currency) == ("MR ARJUN MEHTA", "INR")


def _reference(row: Drawn) -> str:
    return "0000" + row.date.strftime("%d%m") + "41235678"


FR_ROWS = [
    (D(2025, 3, 3), "PRLV SEPA EDF CLIENTS PARTICULIERS", "-84.20"),
    (D(2025, 3, 5), "CARTE X4821 04/03 MONOPRIX LYON", "-37.65"),
    (D(2025, 3, 10), "VIR SEPA RECU DE SOCIETE GENERALE DES EAUX", "2150.00"),
    (D(2025, 3, 17), "RETRAIT DAB 15/03 LYON BELLECOUR", "-60.00"),
]


@pytest.mark.parametrize("opening", [M("1234.56"), M("-2234.56")])
def test_a_french_account_between_its_old_and_new_solde_crediteur_lines_with_a_total_of_operations(
    opening: M,
) -> None:
    """No running balance: "SOLDE CREDITEUR AU" (or DEBITEUR, its figure in the Débit column, while
    overdrawn) opens and closes the table, "TOTAL DES OPERATIONS" sums each column, dates are dd.mm
    with the year in the period."""
    rows = running(opening, FR_ROWS)

    def solde(day: str, value: M) -> list[Cell]:
        side = "CREDITEUR" if value >= 0 else "DEBITEUR"
        return [(90, f"SOLDE {side} AU {day}", False), (540 if value >= 0 else 450, spaced(value), True)]

    lines = header(
        [
            "Banque du Rhône",
            "M. JULIEN MOREAU",
            "8 RUE DES LILAS 69003 LYON",
            "RELEVE DE COMPTE CHEQUES du 1er mars 2025 au 31 mars 2025",
            "Compte n° 00012345678",
            "Montants exprimés en euros",
        ]
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d.%m")),
        Column("Nature des opérations", 90, lambda r: r.description),
        Column("Valeur", 330, lambda r: (r.date + DAY).strftime("%d.%m")),
        Column("Débit", 450, paid_out(spaced), right=True),
        Column("Crédit", 540, paid_in(spaced), right=True),
    ]
    lines += [headings(columns), solde("28.02.2025", opening), *table(columns, rows)]
    out, into = totals(rows)
    lines.append([(90, "TOTAL DES OPERATIONS", False), (450, spaced(out), True), (540, spaced(into), True)])
    lines.append(solde("31.03.2025", rows[-1].balance))
    read = read_drawn_pages([lines])
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))
    assert (read.holder_name, read.currency) == ("M. JULIEN MOREAU", "EUR")


UK_ROWS = [
    (D(2025, 3, 3), "OCTOPUS ENERGY", "-96.00", "DD"),
    (D(2025, 3, 4), "TESCO STORES 3341", "-24.18", "DEB"),
    (D(2025, 3, 7), "J WHITFIELD RENT", "-650.00", "SO"),
    (D(2025, 3, 14), "BROOKFIELD LTD SALARY", "2140.55", "BGC"),
    (D(2025, 3, 20), "A SMITH DINNER", "-18.50", "FPO"),
]


def test_a_uk_account_with_a_column_of_payment_types_and_money_headings_naming_the_pound() -> None:
    """ "Date Description Type Money In (£) Money Out (£) Balance (£)", dates "03 Mar 25": the type code
    is its own column between the description and the money."""
    kinds = {r[0]: r[3] for r in UK_ROWS}
    rows = running(M("812.40"), [r[:3] for r in UK_ROWS])
    head = [
        "Thames Valley Bank",
        "Mr Daniel Hughes",
        "22 Elm Grove, Reading RG1 5AB",
        "Statement 01 March 2025 to 31 March 2025",
        "Account number 12345678 Sort code 30-12-45",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %y")),
        Column("Description", 100, lambda r: r.description),
        Column("Type", 290, lambda r: kinds[r.date]),
        Column("Money In (£)", 400, paid_in(english), right=True),
        Column("Money Out (£)", 480, paid_out(english), right=True),
        Column("Balance (£)", 560, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert [t.description for t in read.transactions] == [f"{r.description} {kinds[r.date]}" for r in rows]
    assert (read.holder_name, read.currency) == ("Mr Daniel Hughes", "GBP")
    assert (read.opening_balance, read.closing_balance) == (M("812.40"), rows[-1].balance)


def test_a_charge_card_in_sections_of_payments_and_credits_and_of_new_charges() -> None:
    """A charge card lists "Payments and Credits" printed "-$50.00" apart from "New Charges" printed
    bare, each section with its own headings; the summary gives the previous and the new balance."""
    payments = [
        (D(2025, 2, 20), "AUTOPAY PAYMENT RECEIVED - THANK YOU", M("1230.00")),
        (D(2025, 3, 2), "RETURN OUTDOOR GEAR CO SEATTLE WA", M("50.00")),
    ]
    charges = [
        (D(2025, 2, 16), "BLUE CUP COFFEE ROASTERS SEATTLE WA", M("-4.75")),
        (D(2025, 2, 22), "OUTDOOR GEAR CO SEATTLE WA", M("-189.99")),
        (D(2025, 3, 1), "CITY PARKING METER SEATTLE WA", M("-12.00")),
        (D(2025, 3, 9), "AIRLINE TICKET PORTLAND OR", M("-321.40")),
    ]
    previous = M("-1230.00")
    new = previous + sum(a for _, _, a in payments + charges)
    lines = header(
        [
            "Evergreen Charge Card",
            "JANE DOE",
            "1200 PIKE ST APT 4, SEATTLE WA 98101",
            "Statement period 02/15/25 to 03/14/25",
            "Account Ending 7-41005",
        ]
    )
    lines += [
        [(40, "Previous Balance", False), (300, f"${english(previous)}", True)],
        [(40, "Payments/Credits", False), (300, f"-${english(sum(a for _, _, a in payments))}", True)],
        [(40, "New Charges", False), (300, f"+${english(-sum(a for _, _, a in charges))}", True)],
        [(40, "New Balance", False), (300, f"${english(new)}", True)],
        [],
        [(40, "**Payments and Credits", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
    ]
    for day, text, amount in payments:
        lines.append(
            [(40, day.strftime("%m/%d/%y"), False), (110, text, False), (560, f"-${english(amount)}", True)]
        )
    lines += [
        [],
        [(40, "**New Charges", False)],
        [(40, "**Date", False), (110, "Description", False), (560, "Amount", True)],
    ]
    for day, text, amount in charges:
        lines.append(
            [(40, day.strftime("%m/%d/%y"), False), (110, text, False), (560, f"${english(amount)}", True)]
        )
    read = read_drawn_pages([lines])
    assert sorted(entries(read)) == sorted(payments + charges)
    assert (read.opening_balance, read.closing_balance) == (previous, new)
    # Charges lower what the holder has (the bill prints what is owed bare): from the holder's side.
    assert read.account_type == "CREDIT_CARD"
    assert read.holder_name == "JANE DOE"


NEWEST_FIRST = [
    (D(2025, 8, 1), "SALARY GREENFIELD COOPERATIVE", "3100.00"),
    (D(2025, 8, 4), "POS SHOPRITE LEKKI", "-45600.00"),
    (D(2025, 8, 11), "TRANSFER TO CHIOMA EZE", "-20000.00"),
    (D(2025, 8, 19), "AIRTIME PURCHASE", "-1500.00"),
]


def test_a_bank_account_listed_newest_first_with_debit_credit_and_balance_columns() -> None:
    """Some banks print the latest transaction at the top: each balance is the one before the row above."""
    rows = running(M("120000.00"), NEWEST_FIRST)
    head = [
        "Lagoon Commercial Bank",
        "Tunde Bakare",
        "15 Admiralty Way, Lekki, Lagos",
        "Statement period 01-Aug-2025 to 31-Aug-2025",
        "Account Number 0123456789",
        "Currency NGN",
    ]
    columns = [
        Column("Trans Date", 40, lambda r: r.date.strftime("%d-%b-%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, list(reversed(rows))))
    assert sorted(entries(read), key=lambda t: t[0] or D(1, 1, 1)) == [
        (r.date, r.description, r.amount) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (M("120000.00"), rows[-1].balance)


def test_francs_cfa_of_a_statement_from_central_africa_are_xaf() -> None:
    """ "FCFA" names the franc of West Africa (XOF) and of Central Africa (XAF) alike: a statement
    addressed in Cameroon, Gabon, Congo, Chad, the Central African Republic or Equatorial Guinea is XAF."""
    rows = running(
        M("215000"),
        [
            (D(2025, 5, 2), "Virement reçu Etablissements Fotso", "150000"),
            (D(2025, 5, 6), "Retrait GAB Akwa", "-50000"),
            (D(2025, 5, 12), "Frais de tenue de compte", "-2500"),
        ],
    )

    head = [
        "Banque du Wouri",
        "Jean-Paul Mbarga",
        "BP 1234 Douala, Cameroun",
        "Relevé de compte du 01/05/2025 au 31/05/2025",
        "Compte n° 10005 00012 12345678901 23",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit (FCFA)", 400, paid_out(whole_spaced), right=True),
        Column("Crédit (FCFA)", 480, paid_in(whole_spaced), right=True),
        Column("Solde (FCFA)", 560, lambda r: whole_spaced(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    as_drawn(read, rows)
    assert read.currency == "XAF"


MX_ROWS = [
    (D(2025, 1, 3), "SPEI RECIBIDO NOMINA ACME SA", "18500.00"),
    (D(2025, 1, 6), "PAGO TARJETA DE CREDITO", "-6200.00"),
    (D(2025, 1, 9), "OXXO DEPOSITO", "1500.00"),
    (D(2025, 1, 14), "DOMICILIACION CFE", "-842.30"),
]


def test_a_mexican_account_printing_the_operation_and_the_settlement_balance() -> None:
    """Mexican banks print two balances on a row, the operation's and the settlement's; a deposit
    made in cash settles later, so the second may lag the first: the first is the running balance."""
    rows = running(M("3200.00"), MX_ROWS)
    settled = {r.date: r.balance - (r.amount if r.description.startswith("OXXO") else 0) for r in rows}
    head = [
        "Banco del Bajío Central",
        "María Guadalupe Hernández",
        "Periodo del 01/01/2025 al 31/01/2025",
        "No. de Cuenta 0123456789",
        "Moneda MXN",
    ]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Descripción", 90, lambda r: r.description),
        Column("Cargos", 340, paid_out(english), right=True),
        Column("Abonos", 410, paid_in(english), right=True),
        Column("Saldo Operación", 490, lambda r: english(r.balance), right=True),
        Column("Saldo Liquidación", 570, lambda r: english(settled[r.date]), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    as_drawn(read, rows)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def test_rows_printed_by_month_and_day_across_new_year_take_each_its_year() -> None:
    """ "Dec 30" then "Jan 02" in a statement from December 16 to January 15: the year turns."""
    rows = running(
        M("905.10"),
        [
            (D(2024, 12, 18), "Grocery Outlet Eugene", "-54.20"),
            (D(2024, 12, 30), "Direct Deposit Riverbend Mills", "1620.00"),
            (D(2025, 1, 2), "Mortgage Payment Cascade Lending", "-1180.00"),
            (D(2025, 1, 10), "Electric Bill EWEB", "-96.45"),
        ],
    )
    head = [
        "Willamette Federal Credit Union",
        "Chris Parker",
        "88 Alder St, Eugene, OR 97401",
        "Statement Period: Dec 16, 2024 through Jan 15, 2025",
        "Account Number: 000987654",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%b %d")),
        Column("Description", 100, lambda r: r.description),
        Column("Amount", 460, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    as_drawn(read, rows)
    assert (read.period_start, read.period_end) == (D(2024, 12, 16), D(2025, 1, 15))
