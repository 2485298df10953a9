"""Kinds of issue 14 in the languages the lexicon knows, as no corpus draws them: mobile-money wallets
worded in French, Portuguese and Spanish, bank accounts of Portugal, Italy and the Netherlands with value
dates and their own debit/credit headings, a date column whose heading no lexicon knows, and figures that
each carry their currency code, read through the text layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    as_drawn,
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
    whole_spaced,
)

DAY = dt.timedelta(days=1)


WALLET_FR = [
    (D(2025, 5, 3), "Dépôt agent Marché Sandaga", "25000"),
    (D(2025, 5, 3), "Achat crédit téléphonique", "-1000"),
    (D(2025, 5, 7), "Transfert vers Moussa Ndiaye", "-7500"),
    (D(2025, 5, 12), "Paiement facture électricité", "-12350"),
]


def test_a_french_wallet_in_francs_cfa_with_its_code_after_every_figure() -> None:
    """A West African wallet: date and time in one column, a signed amount and the balance, each figure
    without cents and followed by FCFA; no label names the currency."""
    rows = running(M("4200"), WALLET_FR)
    head = [
        "Portefeuille Sahel Mobile",
        "Aminata Fall",
        "Relevé de compte du 01/05/2025 au 31/05/2025",
        "Numéro de compte 221771234567",
    ]
    columns = [
        Column("Date et heure", 40, lambda r: r.date.strftime("%d/%m/%Y") + " 09:14:02"),
        Column("Opération", 160, lambda r: r.description),
        Column("Montant", 440, lambda r: signed(whole_spaced(r.amount), r.amount) + " FCFA", right=True),
        Column("Solde", 550, lambda r: whole_spaced(r.balance) + " FCFA", right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "XOF"


WALLET_PT = [
    (D(2025, 2, 1), "Depósito no agente Maputo Baixa", "3500.00"),
    (D(2025, 2, 1), "Compra de recarga", "-150.00"),
    (D(2025, 2, 4), "Transferência para Joana Macuácua", "-1200.00"),
    (D(2025, 2, 9), "Pagamento de água", "-480.50"),
]


@pytest.mark.parametrize("time_heading", ["Data/Hora", "Data e hora", "Hora"])
def test_a_portuguese_wallet_whose_date_and_time_column_is_headed_by_the_time(time_heading: str) -> None:
    rows = running(M("820.00"), WALLET_PT)
    head = [
        "Carteira Móvel Índico",
        "Ana Cossa",
        "Extrato de 01/02/2025 a 28/02/2025",
        "Conta 841234567",
    ]
    columns = [
        Column(time_heading, 40, lambda r: r.date.strftime("%d/%m/%Y") + " 11:20:45"),
        Column("Descrição", 160, lambda r: r.description),
        Column("Entrada", 400, paid_in(continental), right=True),
        Column("Saída", 470, paid_out(continental), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


WALLET_ES = [
    (D(2025, 6, 2), "Transferencia recibida de Martina López", "15000.00"),
    (D(2025, 6, 3), "Pago con QR Almacén Don Pedro", "-2340.50"),
    (D(2025, 6, 5), "Recarga de celular", "-1000.00"),
    (D(2025, 6, 9), "Rendimientos", "12.35"),
]


@pytest.mark.parametrize("time_heading", ["Fecha y hora", "Hora", "Fecha/Hora"])
def test_a_spanish_wallet_whose_date_and_time_column_is_headed_by_the_time(time_heading: str) -> None:
    rows = running(M("5400.00"), WALLET_ES)
    head = [
        "Billetera Pampa Pagos",
        "Lucas Fernández",
        "Resumen del 01/06/2025 al 30/06/2025",
        "CVU 0000003100012345678901",
    ]
    columns = [
        Column(time_heading, 40, lambda r: r.date.strftime("%d/%m/%Y") + " 18:02"),
        Column("Descripción", 150, lambda r: r.description),
        Column("ID de la operación", 330, _operation),
        Column("Valor", 480, lambda r: "$ " + signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: "$ " + continental(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    # A reference column between the description and the money is read with the description, as
    # everywhere; "Valor" is the amount here, as no other heading names one.
    assert [(t.date, t.description, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, f"{r.description} {_operation(r)}", r.amount, None) for r in rows
    ]
    assert read.opening_balance == balance_before(rows)
    assert read.closing_balance == rows[-1].balance


def _operation(row: Drawn) -> str:
    return "8123" + row.date.strftime("%m%d")


@pytest.mark.parametrize(
    ("time_heading", "date_text"),
    [
        ("Datum/Uhrzeit", "%d.%m.%Y 08:15"),
        ("Data e ora", "%d/%m/%Y 08:15"),
        ("Datum en tijd", "%d-%m-%Y 08:15"),
        ("Tijd", "%d-%m-%Y 08:15"),
        ("Ora", "%d/%m/%Y 08:15"),
        ("Uhrzeit", "%d.%m.%Y 08:15"),
    ],
)
def test_a_wallet_whose_date_and_time_heading_is_german_italian_or_dutch(
    time_heading: str, date_text: str
) -> None:
    rows = running(
        M("640.00"),
        [
            (D(2025, 7, 1), "SEPA 1001", "250.00"),
            (D(2025, 7, 2), "POS 2002", "-35.20"),
            (D(2025, 7, 8), "ATM 3003", "-100.00"),
        ],
    )
    head = ["Wallet 24", "Eva Rossi", "01.07.2025 - 31.07.2025"]
    columns = [
        Column(time_heading, 40, lambda r: r.date.strftime(date_text)),
        Column("Details", 160, lambda r: r.description),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
        Column("Betrag", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_portuguese_account_with_value_dates_and_debit_and_credit_columns() -> None:
    rows = running(
        M("2310.44"),
        [
            (D(2025, 3, 3), "TRF DE RUI CARVALHO", "400.00"),
            (D(2025, 3, 6), "COMPRA CONTINENTE BRAGA", "-56.31"),
            (D(2025, 3, 10), "PAG SERV EDP COMERCIAL", "-72.90"),
            (D(2025, 3, 25), "VENCIMENTO MARÇO", "1580.00"),
        ],
    )
    head = [
        "Banco Atlântico Norte",
        "Maria Sousa Pereira",
        "Rua das Flores 21, 4050-262 Porto",
        "Extrato de 01/03/2025 a 31/03/2025",
        "Conta à ordem n.º 0033 0000 45123456789 05",
        "Moeda EUR",
    ]
    columns = [
        Column("Data Mov.", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Data Valor", 100, lambda r: (r.date + DAY).strftime("%d-%m-%Y")),
        Column("Descritivo", 165, lambda r: r.description),
        Column("Débito", 400, paid_out(continental), right=True),
        Column("Crédito", 470, paid_in(continental), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert read.currency == "EUR"


def test_an_italian_account_with_value_dates_and_addebiti_and_accrediti() -> None:
    rows = running(
        M("5120.00"),
        [
            (D(2025, 4, 1), "BONIFICO DA LUCA BIANCHI", "750.00"),
            (D(2025, 4, 3), "PAGAMENTO POS SUPERMERCATO", "-87.45"),
            (D(2025, 4, 15), "ADDEBITO SDD ENEL ENERGIA", "-112.30"),
            (D(2025, 4, 27), "STIPENDIO APRILE", "2240.00"),
        ],
    )
    head = [
        "Banca del Lago",
        "Giulia Ferraro",
        "Via Roma 12, 20121 Milano",
        "Estratto conto dal 01/04/2025 al 30/04/2025",
        "Conto corrente n. 000012345678",
    ]
    columns = [
        Column("Data contabile", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Data valuta", 115, lambda r: (r.date + DAY).strftime("%d/%m/%y")),
        Column("Descrizione operazione", 185, lambda r: r.description),
        Column("Addebiti", 440, paid_out(continental), right=True),
        Column("Accrediti", 520, paid_in(continental), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


def test_a_dutch_account_with_af_and_bij_columns_and_an_interest_date() -> None:
    rows = running(
        M("1845.10"),
        [
            (D(2025, 1, 2), "ALBERT HEIJN 1403 UTRECHT", "-42.18"),
            (D(2025, 1, 6), "SALARIS JANUARI", "2890.00"),
            (D(2025, 1, 9), "HUUR WONING", "-1150.00"),
            (D(2025, 1, 20), "TERUGBETALING ZORGVERZEKERING", "64.00"),
        ],
    )
    head = [
        "Polderbank N.V.",
        "J. de Vries",
        "Kerkstraat 5, 3511 AB Utrecht",
        "Rekeningafschrift 01-01-2025 t/m 31-01-2025",
        "Rekeningnummer NL91 ABNA 0417 1643 00",
    ]
    columns = [
        Column("Boekdatum", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Rentedatum", 105, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Omschrijving", 175, lambda r: r.description),
        Column("Af", 420, paid_out(continental), right=True),
        Column("Bij", 490, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize("heading", ["Posted", "Effective", "Settled"])
def test_a_date_column_under_a_heading_no_lexicon_knows_is_found_from_its_dates(heading: str) -> None:
    rows = running(
        M("980.00"),
        [
            (D(2025, 8, 4), "PAYROLL DEPOSIT ACME", "1800.00"),
            (D(2025, 8, 5), "POS PURCHASE GROCER", "-64.20"),
            (D(2025, 8, 11), "ONLINE TRANSFER TO SAVINGS", "-500.00"),
        ],
    )
    head = [
        "Prairie Credit Union",
        "Sam Taylor",
        "Statement period 08/01/2025 to 08/31/2025",
        "Account number 100234567",
    ]
    columns = [
        Column(heading, 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 450, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize("where", ["before", "after"])
def test_every_figure_carries_the_currency_code_before_or_after_it(where: str) -> None:
    rows = running(
        M("12500.00"),
        [
            (D(2025, 9, 1), "GIRO SALARY LION CITY PTE LTD", "5200.00"),
            (D(2025, 9, 3), "NETS PAYMENT HAWKER CENTRE", "-8.50"),
            (D(2025, 9, 10), "FAST TRANSFER TO TAN WEI", "-300.00"),
        ],
    )
    head = [
        "Merlion Savings Bank",
        "Lim Mei Ling",
        "Statement period 01 Sep 2025 to 30 Sep 2025",
        "Account number 123-456789-0",
    ]

    def coded(value: M) -> str:
        text = signed(english(value), value)
        return f"SGD {text}" if where == "before" else f"{text} SGD"

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 450, lambda r: coded(r.amount), right=True),
        Column("Balance", 550, lambda r: coded(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "SGD"


@pytest.mark.parametrize(
    ("date_heading", "time_heading", "words"),
    [
        ("Fecha", "Hora", ["Concepto", "Importe", "Saldo"]),
        ("Data", "Hora", ["Descrição", "Montante", "Saldo"]),
        ("Datum", "Uhrzeit", ["Verwendungszweck", "Betrag", "Saldo"]),
        ("Datum", "Tijd", ["Omschrijving", "Bedrag", "Saldo"]),
    ],
)
def test_a_time_column_beside_the_date_column_is_no_value_date_in_any_language(
    date_heading: str, time_heading: str, words: list[str]
) -> None:
    rows = running(
        M("300.00"),
        [
            (D(2025, 3, 4), "REF 1001", "120.00"),
            (D(2025, 3, 4), "REF 1002", "-45.60"),
            (D(2025, 3, 9), "REF 1003", "-20.00"),
        ],
    )
    head = ["Wallet 24", "Eva Rossi", "01.03.2025 - 31.03.2025"]
    columns = [
        Column(date_heading, 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column(time_heading, 105, lambda r: "14:05:09"),
        Column(words[0], 160, lambda r: r.description),
        Column(words[1], 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[2], 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert all(t.value_date is None for t in read.transactions)


def test_a_mobile_money_statement_with_the_receipt_number_before_the_completion_time() -> None:
    """An East African wallet: the receipt number first, then when the transfer completed, its details
    and status, money paid in and withdrawn (a minus on each withdrawal) and the balance."""
    rows = running(
        M("1250.00"),
        [
            (D(2025, 2, 3), "Customer Transfer to JOHN KAMAU", "-500.00"),
            (D(2025, 2, 3), "Funds received from MARY W", "2000.00"),
            (D(2025, 2, 6), "Pay Bill to 888880 KPLC", "-1000.00"),
            (D(2025, 2, 8), "Buy Goods MAMA MBOGA", "-235.00"),
        ],
    )
    head = [
        "M-WALLET STATEMENT",
        "Customer Name: Peter Otieno",
        "Mobile Number: 0711222333",
        "Statement Period: 01 Feb 2025 - 28 Feb 2025",
    ]
    receipts = iter(["SB31XK2L9P", "SB32AB7Q1R", "SB61ZZ0M3T", "SB82QW5E6Y"])
    receipt_of = {r: next(receipts) for r in rows}
    columns = [
        Column("Receipt No.", 30, lambda r: receipt_of[r]),
        Column("Completion Time", 95, lambda r: r.date.strftime("%Y-%m-%d") + " 13:45:09"),
        Column("Details", 185, lambda r: r.description),
        Column("Status", 345, lambda r: "Completed"),
        Column("Paid In", 445, paid_in(english), right=True),
        Column("Withdrawn", 510, lambda r: "-" + english(-r.amount) if r.amount < 0 else "", right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert [t.description for t in read.transactions] == [r.description for r in rows]


@pytest.mark.parametrize("where", ["after", "before"])
def test_a_dutch_account_with_af_or_bij_printed_in_a_column_of_its_own(where: str) -> None:
    rows = running(
        M("910.00"),
        [
            (D(2025, 5, 2), "JUMBO AMSTERDAM", "-31.45"),
            (D(2025, 5, 5), "SALARIS MEI", "2300.00"),
            (D(2025, 5, 9), "NS REIZIGERS", "-18.20"),
        ],
    )
    head = [
        "Grachtenbank N.V.",
        "P. Jansen",
        "Rekeningafschrift 01-05-2025 t/m 31-05-2025",
        "Rekeningnummer NL20 INGB 0001 2345 67",
    ]
    before = where == "before"
    mark = Column("Af/Bij", 360 if before else 470, lambda r: "Af" if r.amount < 0 else "Bij")
    amount = Column("Bedrag (EUR)", 465 if before else 455, lambda r: continental(r.amount), right=True)
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Omschrijving", 110, lambda r: r.description),
        *([mark, amount] if before else [amount, mark]),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_mexican_account_with_months_in_capitals_between_slashes() -> None:
    rows = running(
        M("8450.00"),
        [
            (D(2025, 1, 3), "DEPOSITO DE NOMINA", "15200.00"),
            (D(2025, 1, 7), "PAGO TARJETA OXXO", "-356.90"),
            (D(2025, 1, 15), "TRANSFERENCIA SPEI ENVIADA", "-4000.00"),
        ],
    )
    head = [
        "Banco del Bajío Norte",
        "Jorge Ramírez Soto",
        "Periodo del 01/ENE/2025 al 31/ENE/2025",
        "Cuenta 0123456789",
        "Moneda MXN",
    ]
    months = ["ENE", "FEB", "MAR"]
    columns = [
        Column("Fecha", 40, lambda r: f"{r.date.day:02d}/{months[r.date.month - 1]}/{r.date.year}"),
        Column("Descripción", 115, lambda r: r.description),
        Column("Retiros", 400, paid_out(english), right=True),
        Column("Depósitos", 475, paid_in(english), right=True),
        Column("Saldo", 550, lambda r: english(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "MXN"


def test_a_french_account_with_the_euro_sign_after_every_figure_and_months_in_words() -> None:
    rows = running(
        M("1523.40"),
        [
            (D(2025, 1, 6), "PRLV SEPA EDF", "-78.00"),
            (D(2025, 1, 9), "VIR SALAIRE JANVIER", "2450.00"),
            (D(2025, 1, 20), "CB CARREFOUR 18/01", "-112.37"),
        ],
    )
    head = [
        "Banque des Tilleuls",
        "Mme Claire Martin",
        "12 rue des Lilas, 69003 Lyon",
        "Relevé du 1 janvier 2025 au 31 janvier 2025",
        "Compte n° 30004 00821 00012345678 21",
    ]
    months = ["janv.", "févr.", "mars"]

    def euros(value: M) -> str:
        return signed(f"{abs(value):,.2f}".replace(",", " ").replace(".", ","), value) + " €"

    columns = [
        Column("Date", 40, lambda r: f"{r.date.day:02d} {months[r.date.month - 1]} {r.date.year}"),
        Column("Libellé", 120, lambda r: r.description),
        Column("Montant", 460, lambda r: euros(r.amount), right=True),
        Column("Solde", 550, lambda r: euros(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "EUR"


def test_a_brazilian_account_whose_rows_print_the_day_and_month_only() -> None:
    rows = running(
        M("3200.00"),
        [
            (D(2025, 3, 5), "PIX RECEBIDO JOAO SILVA", "850.00"),
            (D(2025, 3, 7), "PAGTO BOLETO CONDOMINIO", "-620.45"),
            (D(2025, 3, 12), "COMPRA CARTAO PADARIA", "-23.90"),
        ],
    )
    head = [
        "Banco Serra Verde S.A.",
        "Ana Paula Costa",
        "Extrato de 01/03/2025 a 31/03/2025",
        "Agência 1234 Conta 56789-0",
    ]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Lançamentos", 95, lambda r: r.description),
        Column("Valor (R$)", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo (R$)", 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "BRL"


@pytest.mark.parametrize(
    ("sign", "code", "style"),
    [("KSh", "KES", english), ("Ksh", "KES", english), ("RM", "MYR", english), ("TSh", "TZS", english)],
)
def test_a_wallet_whose_figures_carry_the_local_sign_of_its_money(
    sign: str, code: str | None, style: Callable[[M], str]
) -> None:
    rows = running(
        M("2500.00"),
        [
            (D(2025, 4, 2), "Received from ALICE", "1500.00"),
            (D(2025, 4, 3), "Paid to SHOP 22", "-420.00"),
            (D(2025, 4, 9), "Airtime", "-100.00"),
        ],
    )
    head = ["Pocket Wallet", "Brian Otieno", "Statement period 01/04/2025 - 30/04/2025"]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 460, lambda r: signed(f"{sign} {style(r.amount)}", r.amount), right=True),
        Column("Balance", 550, lambda r: f"{sign} {style(r.balance)}", right=True),
    ]
    read = read_drawn(head, columns, rows)
    if code is not None:
        assert read.currency == code


SIMPLE = [
    (D(2025, 3, 4), "PAGAMENTO POS BAR CENTRALE", "-12.50"),
    (D(2025, 3, 6), "BONIFICO RICEVUTO ROSSI", "1300.00"),
    (D(2025, 3, 11), "PRELIEVO ATM", "-250.00"),
]


def test_a_description_column_printed_before_the_date_column() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = [
        "Banca Colline Unite",
        "Marco Neri",
        "Estratto conto dal 01/03/2025 al 31/03/2025",
        "Conto n. 000055512345",
    ]
    columns = [
        Column("Descrizione", 40, lambda r: r.description),
        Column("Data", 300, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Importo", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_wallet_export_with_iso_date_and_time_joined_by_a_t() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Wallet 24", "Marco Neri", "Statement period 01/03/2025 - 31/03/2025"]
    columns = [
        Column("Date", 40, lambda r: r.date.isoformat() + "T14:05:09"),
        Column("Description", 160, lambda r: r.description),
        Column("Amount", 460, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_figures_grouped_by_no_break_spaces_with_a_true_minus() -> None:
    rows = running(M("1640.30"), SIMPLE)
    head = [
        "Banque des Tilleuls",
        "Mme Claire Martin",
        "Relevé du 01/03/2025 au 31/03/2025",
        "Compte n° 30004 00821 00012345678 21",
    ]

    def french(value: M) -> str:
        text = f"{abs(value):,.2f}".replace(",", "\u00a0").replace(".", ",")
        return ("\u2212" if value < 0 else "") + text

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 120, lambda r: r.description),
        Column("Montant", 460, lambda r: french(r.amount), right=True),
        Column("Solde", 550, lambda r: french(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_negative_figures_in_brackets_around_the_currency_code() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = [
        "Merlion Savings Bank",
        "Lim Mei Ling",
        "Statement period 01 Mar 2025 to 31 Mar 2025",
        "Account number 123-456789-0",
    ]

    def bracketed(value: M) -> str:
        return f"(SGD {english(value)})" if value < 0 else f"SGD {english(value)}"

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 460, lambda r: bracketed(r.amount), right=True),
        Column("Balance", 550, lambda r: bracketed(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "SGD"


def test_a_brazilian_account_with_d_or_c_after_every_figure() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = [
        "Banco Serra Verde S.A.",
        "Ana Paula Costa",
        "Extrato de 01/03/2025 a 31/03/2025",
        "Agência 1234 Conta 56789-0",
    ]

    def marked(value: M) -> str:
        return continental(value) + (" D" if value < 0 else " C")

    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Histórico", 110, lambda r: r.description),
        Column("Valor", 460, lambda r: marked(r.amount), right=True),
        Column("Saldo", 550, lambda r: marked(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(
    "words",
    [
        ["Date", "Description", "Amount", "Balance Before", "Balance After"],
        ["Date", "Libellé", "Montant", "Solde avant", "Solde après"],
        ["Data", "Descrição", "Valor", "Saldo anterior", "Saldo após"],
        ["Fecha", "Descripción", "Importe", "Saldo anterior", "Saldo posterior"],
    ],
)
def test_a_wallet_printing_the_balance_before_and_after_each_transfer(words: list[str]) -> None:
    rows = running(
        M("5000.00"),
        [
            (D(2025, 6, 2), "P2P 0801", "2000.00"),
            (D(2025, 6, 3), "BILL 0802", "-750.00"),
            (D(2025, 6, 5), "CASH OUT 0803", "-1200.00"),
        ],
    )
    head = ["Wallet 24", "Awa Diop", "01/06/2025 - 30/06/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 380, lambda r: signed(english(r.amount), r.amount), right=True),
        Column(words[3], 470, lambda r: english(r.balance - r.amount), right=True),
        Column(words[4], 560, lambda r: english(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


def _value_dated(words: list[str]) -> list[Column]:
    """ "Date | Value date | Description | Amount | Balance" under these five headings, each row valued
    the day after it was booked, its amount signed, figures "1.234,56"."""
    return [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column(words[2], 180, lambda r: r.description),
        Column(words[3], 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[4], 550, lambda r: continental(r.balance), right=True),
    ]


@pytest.mark.parametrize(
    "words",
    [
        ["Data Lanç.", "Data Val.", "Descrição", "Montante", "Saldo"],
        ["Dt. Mov.", "Dt. Valor", "Descritivo", "Montante", "Saldo"],
        ["Data Reg.", "Data Val.", "Descrizione", "Importo", "Saldo"],
        ["Data Oper.", "Valuta", "Causale", "Importo", "Saldo"],
        ["Date opé.", "Date val.", "Libellé", "Montant", "Solde"],
        ["F. Contable", "F. Valor", "Concepto", "Importe", "Saldo"],
        ["Buchungsdat.", "Wertst.", "Verwendungszweck", "Betrag", "Saldo"],
        ["Boekdat.", "Valutadat.", "Omschrijving", "Bedrag", "Saldo"],
    ],
)
def test_booking_and_value_date_headings_printed_abbreviated(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banca Colline Unite", "Marco Neri", "01/03/2025 - 31/03/2025"]
    columns = _value_dated(words)
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


@pytest.mark.parametrize("where", ["before", "after"])
def test_dr_or_cr_in_a_column_of_its_own_apart_from_the_amount(where: str) -> None:
    rows = running(
        M("45210.00"),
        [
            (D(2025, 1, 2), "UPI/PAY/CHAI POINT", "-120.00"),
            (D(2025, 1, 3), "NEFT/SALARY/ACME INFOTECH", "85000.00"),
            (D(2025, 1, 8), "ATM WDL MG ROAD", "-5000.00"),
        ],
    )
    head = [
        "Deccan Co-operative Bank",
        "Ravi Kumar",
        "Statement from 01-01-2025 to 31-01-2025",
        "Account No 000123456789",
    ]
    before = where == "before"
    mark = Column("Dr/Cr", 330 if before else 480, lambda r: "DR" if r.amount < 0 else "CR")
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Narration", 110, lambda r: r.description),
        *([mark] if before else []),
        Column("Amount", 450 if before else 420, lambda r: english(r.amount), right=True),
        *([] if before else [mark]),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(("after", "code"), [(" XAF", "XAF"), (" FCFA", "XOF"), ("", None)])
def test_a_wallet_in_francs_with_a_spaced_sign_before_every_amount(after: str, code: str | None) -> None:
    """A Central or West African wallet: "+ 25 000" and "- 1 000", no cents; the currency is named
    after each figure, or only in the header."""
    rows = running(M("4200"), WALLET_FR)
    head = [
        "Portefeuille Sahel Mobile",
        "Aminata Fall",
        "Relevé de compte du 01/05/2025 au 31/05/2025",
        "Numéro de compte 237671234567",
        *([] if after else ["Devise XAF"]),
    ]

    def sign(value: M) -> str:
        return ("- " if value < 0 else "+ ") + whole_spaced(value) + after

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Heure", 100, lambda r: "09:14"),
        Column("Libellé", 160, lambda r: r.description),
        Column("Montant", 440, lambda r: sign(r.amount), right=True),
        Column("Solde", 550, lambda r: whole_spaced(r.balance) + after, right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == (code or "XAF")


@pytest.mark.parametrize(
    "words",
    [
        ["Dia", "Descrição", "Montante", "Saldo"],
        ["Día", "Concepto", "Importe", "Saldo"],
        ["Giorno", "Descrizione", "Importo", "Saldo"],
        ["When", "Description", "Amount", "Balance"],
        ["Op.", "Omschrijving", "Bedrag", "Saldo"],
    ],
)
def test_a_date_column_whose_heading_no_language_knows_in_any_language(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banca Colline Unite", "Marco Neri", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[3], 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(
    ("words", "code", "style"),
    [
        (["Date", "Libellé", "Montant (FCFA)", "Solde (FCFA)"], "XOF", whole_spaced),
        (["Fecha", "Concepto", "Monto (ARS)", "Saldo (ARS)"], "ARS", continental),
        (["Fecha", "Concepto", "Monto (CLP)", "Saldo (CLP)"], "CLP", continental),
        (["Date", "Description", "Amount (KWD)", "Balance (KWD)"], "KWD", lambda v: f"{abs(v):,.3f}"),
        (["Date", "Description", "Amount (PKR)", "Balance (PKR)"], "PKR", english),
    ],
)
def test_the_currency_named_in_the_money_headings_only(
    words: list[str], code: str, style: Callable[[M], str]
) -> None:
    rows = running(M("4200"), WALLET_FR)
    head = ["Wallet 24", "Awa Diop", "01/05/2025 - 31/05/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 460, lambda r: signed(style(r.amount), r.amount), right=True),
        Column(words[3], 550, lambda r: style(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == code


@pytest.mark.parametrize("clock", ["14h05", "14:05 Uhr", "14:05 h", "2:05 p.m.", "14:05:09"])
def test_a_time_of_day_as_each_language_writes_it_after_the_date(clock: str) -> None:
    rows = running(M("4200"), WALLET_FR)
    head = ["Portefeuille Sahel Mobile", "Aminata Fall", "Relevé du 01/05/2025 au 31/05/2025", "Devise XOF"]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y") + " " + clock),
        Column("Libellé", 160, lambda r: r.description),
        Column("Montant", 440, lambda r: signed(whole_spaced(r.amount), r.amount), right=True),
        Column("Solde", 550, lambda r: whole_spaced(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(("sign", "code"), [("Kz", "AOA"), ("MZN", "MZN")])
def test_a_wallet_whose_sign_follows_every_figure(sign: str, code: str) -> None:
    rows = running(M("820.00"), WALLET_PT)
    head = ["Carteira Móvel Índico", "Ana Cossa", "Extrato de 01/02/2025 a 28/02/2025"]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descrição", 110, lambda r: r.description),
        Column("Montante", 460, lambda r: signed(continental(r.amount), r.amount) + " " + sign, right=True),
        Column("Saldo", 550, lambda r: continental(r.balance) + " " + sign, right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == code


def test_an_italian_account_whose_description_is_the_last_column() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banca Colline Unite", "Marco Neri", "Estratto conto dal 01/03/2025 al 31/03/2025"]
    columns = [
        Column("Data contabile", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data valuta", 115, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Importo", 250, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Descrizione operazione", 280, lambda r: r.description),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.description, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.date + DAY) for r in rows
    ]


def test_a_spanish_account_whose_headings_close_their_abbreviation_without_a_space() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banco Ribera", "Lucia Gomez Diaz", "Extracto del 01/03/2025 al 31/03/2025"]
    columns = [
        Column("F.Oper.", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("F.Valor", 110, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Concepto", 180, lambda r: r.description),
        Column("Importe", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


def test_a_german_account_printing_booking_and_value_day_in_one_column_parted_by_a_slash() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Bank Talgrund AG", "Herr Urs Meier", "Kontoauszug vom 01.03.2025 bis 31.03.2025"]
    columns = [
        Column(
            "Buchung/Wert", 40, lambda r: r.date.strftime("%d.%m.") + "/" + (r.date + DAY).strftime("%d.%m.")
        ),
        Column("Vorgang/Buchungsinformation", 120, lambda r: r.description),
        Column("Soll", 460, paid_out(continental), right=True),
        Column("Haben", 550, paid_in(continental), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.description, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.date + DAY) for r in rows
    ]


def test_a_swiss_account_with_the_value_date_after_the_money_columns() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Bank Talgrund AG", "Herr Urs Meier", "Kontoauszug vom 01.03.2025 bis 31.03.2025"]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Text", 95, lambda r: r.description),
        Column("Belastung", 360, paid_out(continental), right=True),
        Column("Gutschrift", 430, paid_in(continental), right=True),
        Column("Valuta", 445, lambda r: (r.date + DAY).strftime("%d.%m.%y")),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


@pytest.mark.parametrize(
    "words",
    [
        ["Data", "Valor", "Descrição", "Montante", "Saldo"],
        ["Fecha", "Valor", "Concepto", "Importe", "Saldo"],
    ],
)
def test_valor_beside_a_date_and_an_amount_heading_is_the_value_date(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banco Ribera", "Lucia Gomez Diaz", "01/03/2025 - 31/03/2025"]
    columns = _value_dated(words)
    read = read_drawn(head, columns, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


def test_an_instalment_printed_as_a_fraction_in_a_card_description_is_no_date() -> None:
    rows = running(
        M("0.00"),
        [
            (D(2025, 5, 3), "COMPRA TIENDA SOL CUOTA 02/06", "-15000.00"),
            (D(2025, 5, 9), "SUPERMERCADO DIA", "-8420.50"),
            (D(2025, 5, 20), "SU PAGO EN PESOS", "20000.00"),
        ],
    )
    head = [
        "Banco del Plata",
        "Tarjeta de crédito",
        "Lucas Fernández",
        "Resumen del 01/05/2025 al 31/05/2025",
    ]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Descripción", 110, lambda r: r.description),
        Column("Importe", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.description, t.value_date) for t in read.transactions] == [
        (r.date, r.description, None) for r in rows
    ]


@pytest.mark.parametrize(
    ("grouping", "after"), [(" ", " F CFA"), (".", " F CFA"), (".", " FCFA"), (" ", " XOF")]
)
def test_francs_cfa_grouped_by_points_or_spaces_with_the_currency_in_two_words(
    grouping: str, after: str
) -> None:
    rows = running(M("4200"), WALLET_FR)
    head = ["Portefeuille Sahel Mobile", "Aminata Fall", "Relevé du 01/05/2025 au 31/05/2025"]

    def francs(value: M) -> str:
        return f"{abs(value):,.0f}".replace(",", grouping) + after

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Montant", 440, lambda r: signed(francs(r.amount), r.amount), right=True),
        Column("Solde", 550, lambda r: francs(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "XOF"


@pytest.mark.parametrize("language", ["en", "fr", "pt"])
def test_a_wallet_listing_the_newest_transfer_first(language: str) -> None:
    rows = running(M("3000.00"), WALLET_PT)
    words = {
        "en": ["Date", "Description", "Amount", "Balance"],
        "fr": ["Date", "Libellé", "Montant", "Solde"],
        "pt": ["Data", "Descrição", "Montante", "Saldo"],
    }[language]
    head = ["Wallet 24", "Ana Cossa", "01/02/2025 - 28/02/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[3], 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, list(reversed(rows))))
    assert sorted((t.date, t.description, t.amount, t.balance) for t in read.transactions) == sorted(
        (r.date, r.description, r.amount, r.balance) for r in rows
    )
    assert read.opening_balance == balance_before(rows)
    assert read.closing_balance == rows[-1].balance


@pytest.mark.parametrize(
    ("words", "marks"),
    [
        (["Date", "Libellé", "Sens", "Montant", "Solde"], ("D", "C")),
        (["Fecha", "Concepto", "D/H", "Importe", "Saldo"], ("D", "H")),
        (["Data", "Descrição", "D/C", "Montante", "Saldo"], ("D", "C")),
    ],
)
def test_a_sign_column_of_letters_between_the_description_and_the_amount(
    words: list[str], marks: tuple[str, str]
) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banco Ribera", "Lucia Gomez Diaz", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 370, lambda r: marks[0] if r.amount < 0 else marks[1]),
        Column(words[3], 460, lambda r: continental(r.amount), right=True),
        Column(words[4], 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_german_account_with_s_or_h_in_a_column_of_its_own() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Bank Talgrund AG", "Herr Urs Meier", "Kontoauszug vom 01.03.2025 bis 31.03.2025"]
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 440, lambda r: continental(r.amount), right=True),
        Column("S/H", 470, lambda r: "S" if r.amount < 0 else "H"),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(
    "words",
    [
        ["Giorno", "Valuta", "Descrizione", "Dare", "Avere"],
        ["Día", "F. Valor", "Concepto", "Cargo", "Abono"],
        ["Dia", "Data Valor", "Descrição", "Débito", "Crédito"],
    ],
)
def test_a_date_column_under_an_unknown_heading_beside_a_known_value_date(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banca Colline Unite", "Marco Neri", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column(words[2], 180, lambda r: r.description),
        Column(words[3], 460, paid_out(continental), right=True),
        Column(words[4], 550, paid_in(continental), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.description, t.amount, t.value_date) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.date + DAY) for r in rows
    ]


@pytest.mark.parametrize(
    "words",
    [
        ["Date", "Description", "Retraits/Withdrawals", "Dépôts/Deposits", "Solde/Balance"],
        [
            "Date / Fecha",
            "Description / Descripción",
            "Debits / Cargos",
            "Credits / Abonos",
            "Balance / Saldo",
        ],
        ["Datum/Date", "Omschrijving/Description", "Af/Debit", "Bij/Credit", "Saldo/Balance"],
    ],
)
def test_bilingual_headings_naming_each_column_twice(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banque des Tilleuls", "Claire Martin", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 390, paid_out(english), right=True),
        Column(words[3], 470, paid_in(english), right=True),
        Column(words[4], 560, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_bilingual_headings_stacked_one_language_over_the_other() -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banque des Tilleuls", "Claire Martin", "01/03/2025 - 31/03/2025"]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Retraits", 390, paid_out(english), right=True),
        Column("Dépôts", 470, paid_in(english), right=True),
        Column("Solde", 560, lambda r: english(r.balance), right=True),
    ]
    over = ["", "", "Withdrawals", "Deposits", "Balance"]
    as_drawn(read_one(statement(head, columns, rows, over=over)), rows)


@pytest.mark.parametrize(
    "words",
    [
        ["Date", "Description", "Currency", "Amount", "Balance"],
        ["Date", "Libellé", "Devise", "Montant", "Solde"],
        ["Fecha", "Concepto", "Divisa", "Importe", "Saldo"],
        ["Datum", "Buchungstext", "Währung", "Betrag", "Saldo"],
    ],
)
def test_a_currency_column_printing_the_code_on_every_row(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Wise Pocket Ltd", "Marco Neri", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 110, lambda r: r.description),
        Column(words[2], 340, lambda r: "EUR"),
        Column(words[3], 460, lambda r: signed(english(r.amount), r.amount), right=True),
        Column(words[4], 550, lambda r: english(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "EUR"


@pytest.mark.parametrize(
    "period",
    [
        "Periodo: del 1 de marzo de 2025 al 31 de marzo de 2025",
        "Período: de 1 de março de 2025 a 31 de março de 2025",
        "Période du 1er mars 2025 au 31 mars 2025",
        "Periodo dal 1 marzo 2025 al 31 marzo 2025",
        "Zeitraum: 1. März 2025 bis 31. März 2025",
        "Periode 1 maart 2025 t/m 31 maart 2025",
    ],
)
def test_a_statement_period_written_in_words_in_each_language(period: str) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banca Colline Unite", "Marco Neri", period]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descrizione", 110, lambda r: r.description),
        Column("Importo", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


@pytest.mark.parametrize(
    "words",
    [
        ["Trans. Time", "Description", "Debit", "Credit", "Balance"],
        ["Date", "Libellé", "Débit", "Crédit", "Solde"],
        ["Data", "Descrição", "Débito", "Crédito", "Saldo"],
    ],
)
def test_a_wallet_printing_each_rows_time_under_its_date(words: list[str]) -> None:
    rows = running(M("3000.00"), WALLET_PT)
    head = ["Wallet 24", "Ana Cossa", "01/02/2025 - 28/02/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y") + "\n14:05:09"),
        Column(words[1], 120, lambda r: r.description),
        Column(words[2], 400, paid_out(english), right=True),
        Column(words[3], 480, paid_in(english), right=True),
        Column(words[4], 560, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


def test_a_wallet_printing_each_rows_date_and_description_on_two_lines() -> None:
    rows = running(M("3000.00"), WALLET_PT)
    head = ["Wallet 24", "Ana Cossa", "01/02/2025 - 28/02/2025"]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y") + "\n14:05:09"),
        Column("Description", 120, lambda r: r.description + "\nRef 7781" + r.date.strftime("%d")),
        Column("Amount", 480, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, rows))
    assert entries(read) == [(r.date, f"{r.description} Ref 7781{r.date:%d}", r.amount) for r in rows]


@pytest.mark.parametrize(
    "words",
    [
        ["Date", "ID Transaction", "Type", "Détails", "Montant", "Solde", "Statut"],
        ["Data", "ID Transação", "Tipo", "Detalhes", "Valor", "Saldo", "Estado"],
        ["Fecha", "ID", "Tipo", "Detalle", "Monto", "Saldo", "Estado"],
    ],
)
def test_a_wallet_with_its_transfer_id_type_and_status_in_columns_of_their_own(words: list[str]) -> None:
    rows = running(M("3000.00"), WALLET_PT)
    head = ["Wallet 24", "Ana Cossa", "01/02/2025 - 28/02/2025"]
    columns = [
        Column(words[0], 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 85, lambda r: "TX" + r.date.strftime("%m%d") + "77"),
        Column(words[2], 150, lambda r: "P2P"),
        Column(words[3], 185, lambda r: r.description),
        Column(words[4], 440, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[5], 500, lambda r: continental(r.balance), right=True),
        Column(words[6], 515, lambda r: "OK"),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in rows
    ]
    assert all(r.description in t.description for t, r in zip(read.transactions, rows, strict=True))
    assert all("OK" not in t.description.split() for t in read.transactions)


@pytest.mark.parametrize(
    "words",
    [
        ["Data Mov.", "Descritivo", "Montante", "Saldo Contabilístico", "Saldo Disponível"],
        ["Fecha", "Concepto", "Importe", "Saldo Contable", "Saldo Disponible"],
        ["Date", "Description", "Amount", "Ledger Balance", "Available Balance"],
    ],
)
def test_a_ledger_and_an_available_balance_printed_side_by_side(words: list[str]) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Banco Atlântico Norte", "Maria Sousa Pereira", "01/03/2025 - 31/03/2025"]
    columns = [
        Column(words[0], 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(words[1], 100, lambda r: r.description),
        Column(words[2], 380, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column(words[3], 470, lambda r: continental(r.balance), right=True),
        Column(words[4], 560, lambda r: continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]


@pytest.mark.parametrize("mark", [" -", " +"])
def test_a_sign_printed_a_space_after_its_figure(mark: str) -> None:
    rows = running(M("640.30"), SIMPLE)
    head = ["Bank Talgrund AG", "Herr Urs Meier", "Kontoauszug vom 01.03.2025 bis 31.03.2025"]

    def after(value: M) -> str:
        if value < 0:
            return continental(value) + " -"
        return continental(value) + (" +" if mark == " +" else "")

    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 460, lambda r: after(r.amount), right=True),
        Column("Saldo", 550, lambda r: continental(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Av. Corrientes 1234, Buenos Aires, Argentina", "ARS"),
        ("Av. Providencia 1550, Santiago, Chile", "CLP"),
        ("Tel. +598 2 915 0000, Montevideo", "UYU"),
    ],
)
def test_a_peso_wallet_printing_the_dollar_sign_names_its_country(address: str, code: str) -> None:
    rows = running(M("5400.00"), WALLET_ES)
    head = ["Billetera Pampa Pagos", "Lucas Fernández", address, "Resumen del 01/06/2025 al 30/06/2025"]
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descripción", 110, lambda r: r.description),
        Column("Monto", 470, lambda r: "$ " + signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 555, lambda r: "$ " + continental(r.balance), right=True),
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == code


def test_a_dutch_export_with_af_bij_words_between_the_counter_account_and_the_amount() -> None:
    rows = running(
        M("910.00"),
        [
            (D(2025, 5, 2), "JUMBO AMSTERDAM", "-31.45"),
            (D(2025, 5, 5), "SALARIS MEI", "2300.00"),
            (D(2025, 5, 9), "NS REIZIGERS", "-18.20"),
        ],
    )
    head = ["Grachtenbank N.V.", "P. Jansen", "Rekeningafschrift 01-05-2025 t/m 31-05-2025"]
    columns = [
        Column("Datum", 30, lambda r: r.date.strftime("%Y%m%d")),
        Column("Naam / Omschrijving", 80, lambda r: r.description),
        Column("Tegenrekening", 230, lambda r: "NL20INGB0001234567"),
        Column("Code", 340, lambda r: "BA"),
        Column("Af Bij", 370, lambda r: "Af" if r.amount < 0 else "Bij"),
        Column("Bedrag (EUR)", 470, lambda r: continental(r.amount), right=True),
        Column("Mutatiesoort", 480, lambda r: "Betaalautomaat"),
    ]
    read = read_one(statement(head, columns, rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    assert all(t.description.startswith(r.description) for t, r in zip(read.transactions, rows, strict=True))
