"""Kinds of statement issue 14 names, each drawn the way banks print it and read through the text layer
against what was drawn: interest listed undated after the dated rows, a bare deposit beside a wrong
opening balance, balance labels of Portuguese and Spanish banks, a continuation page without headings
whose columns sit elsewhere than page 1's, and a table of fees under a statement without transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from ingest.codes import WarningCode
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    balance_before,
    bold,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    leading,
    paid_in,
    paid_out,
    read_one,
    running,
    statement,
    table,
)


def _columns(shift: float = 0.0) -> list[Column]:
    """Date | Description | Paid out | Paid in | Balance, every column `shift` points to the right."""
    return [
        Column("Date", 40 + shift, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110 + shift, lambda r: r.description),
        Column("Paid out", 400 + shift, paid_out(english), right=True),
        Column("Paid in", 480 + shift, paid_in(english), right=True),
        Column("Balance", 560 + shift, lambda r: english(r.balance), right=True),
    ]


HARBOUR = [
    "Harbour Savings Bank",
    "Mr Owen Pritchard",
    "Statement 1 May 2025 to 31 May 2025",
    "Account number 61093357",
]
MAY = [
    (D(2025, 5, 2), "CARD PAYMENT TESCO STORES", "-63.18"),
    (D(2025, 5, 3), "STANDING ORDER RENT", "-780.00"),
    (D(2025, 5, 9), "SALARY ATELIER BLUE LTD", "2450.00"),
    (D(2025, 5, 13), "DIRECT DEBIT VODAFONE", "-29.99"),
    (D(2025, 5, 22), "CARD PAYMENT WATERSTONES", "-27.50"),
    (D(2025, 5, 27), "REFUND INSURANCE CO", "46.20"),
]


# ---- interest listed undated after the dated rows ---------------------------------------------------


@pytest.mark.parametrize(("text", "amount"), [("Interest paid", "0.42"), ("Monthly account fee", "-5.00")])
def test_interest_or_a_fee_listed_undated_after_rows_dated_each_on_its_own_day_is_of_the_closing_day(
    text: str, amount: str
) -> None:
    """Every row prints its date, no two on one day, then "Interest paid 0.42" with no date and no title
    above it: the bank books its own interest and fees on the statement's last day, so the line is of
    the period's end (31 May), not of the row above (27 May)."""
    rows = running(M("1200.00"), [*MAY, (D(2025, 5, 31), text, amount)])
    undated = Column("Date", 40, lambda r: "" if r.description == text else r.date.strftime("%d/%m/%Y"))
    columns = [undated, *_columns()[1:]]
    read = read_one(drawn_lines([[*header(HARBOUR), headings(columns), *table(columns, rows)]]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_row_undated_after_the_last_dated_one_naming_no_charge_is_of_the_day_above() -> None:
    """The same rows, the last day's second row printed without its date (a day's date printed once)
    and naming no interest or fee: it is of the day above."""
    rows = running(M("1200.00"), [*MAY, (D(2025, 5, 27), "CARD PAYMENT BOOTS", "-12.40")])
    undated = Column("Date", 40, lambda r: "" if r is rows[-1] else r.date.strftime("%d/%m/%Y"))
    columns = [undated, *_columns()[1:]]
    read = read_one(drawn_lines([[*header(HARBOUR), headings(columns), *table(columns, rows)]]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- a bare deposit beside a wrong stated opening balance ---------------------------------------------

ACCOUNT_ROWS = [
    (D(2025, 3, 3), "TRANSFER FROM SAVINGS", "200.00"),
    (D(2025, 3, 7), "GROCERY MART 0412", "-54.20"),
    (D(2025, 3, 12), "ELECTRIC CO DIRECT DEBIT", "-120.00"),
    (D(2025, 3, 20), "PAYROLL ACME LTD", "900.00"),
]
HEAD = ["Riverside Mutual", "JANE ROE", "Statement period 01/03/2025 to 31/03/2025", "Account 44120987"]


def _signed_columns(shown: Callable[[M], str], balance: bool) -> list[Column]:
    """Date | Description | Amount, each figure as `shown` prints it, and a running balance where
    `balance`."""
    return [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 460, lambda r: shown(r.amount), right=True),
        *([Column("Balance", 560, lambda r: english(r.balance), right=True)] if balance else []),
    ]


@pytest.mark.parametrize("balance", [True, False], ids=["running balance", "no running balance"])
@pytest.mark.parametrize(
    "shown",
    [leading, lambda a: english(a) + ("-" if a < 0 else ""), lambda a: english(a) + (" DR" if a < 0 else "")],
    ids=["-54.20", "54.20-", "54.20 DR"],
)
def test_a_bare_deposit_in_a_column_that_marks_only_money_out_keeps_its_side_beside_a_wrong_opening(
    shown: Callable[[M], str], balance: bool
) -> None:
    """One Amount column that marks money out ("-54.20") and prints money in bare, under an opening
    balance line wrong by twice the first row's amount (a deposit): the bare figure is money in as
    surely as the minus makes the others money out, so it is not turned round to meet the opening;
    the break stays for validation to report (BalanceMismatch)."""
    rows = running(M("1500.00"), ACCOUNT_ROWS)
    wrong = balance_before(rows) + 2 * rows[0].amount
    head = [*HEAD, f"Opening balance {english(wrong)}", f"Closing balance {english(rows[-1].balance)}"]
    read = read_one(statement(head, _signed_columns(shown, balance), rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (wrong, rows[-1].balance)
    [account] = validate(dt.date(2025, 4, 2), [FileStatements("march.pdf", [read])]).accounts
    assert WarningCode.BalanceMismatch in [w.code for w in account.warnings]


def test_a_bare_figure_in_a_column_that_marks_both_sides_is_still_decided_by_the_balances() -> None:
    """A column that prints "+900.00" and "-54.20" and one figure bare (a misprint of its sign): the
    column gives that figure no side, and the running balances decide it as before."""
    rows = running(M("1500.00"), ACCOUNT_ROWS)

    def shown(a: M) -> str:
        return english(a) if a == rows[1].amount else ("+" if a > 0 else "-") + english(a)

    read = read_one(statement(HEAD, _signed_columns(shown, True), rows))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- balance labels of Portuguese and Spanish banks ------------------------------------------------------

LISBON = [
    (D(2025, 4, 2), "COMPRA CONTINENTE LISBOA", "-48.37"),
    (D(2025, 4, 7), "TRF RECEBIDA SALARIO", "1350.00"),
    (D(2025, 4, 14), "PAGAMENTO SERVICOS EDP", "-61.20"),
    (D(2025, 4, 23), "LEVANTAMENTO ATM PORTO", "-100.00"),
]
PT_HEAD = ["Banco Atlântico", "MARIA SILVA", "Extrato de 01-04-2025 a 30-04-2025", "Conta n.º 0123 4567 8901"]
PT_COLUMNS = [
    Column("Data", 40, lambda r: r.date.strftime("%d-%m-%Y")),
    Column("Descritivo", 110, lambda r: r.description),
    Column("Débito", 400, paid_out(continental), right=True),
    Column("Crédito", 480, paid_in(continental), right=True),
]


@pytest.mark.parametrize("where", ["above", "under"])
@pytest.mark.parametrize("labels", [("Saldo inicial", "Saldo líquido"), ("SALDO ANTERIOR", "SALDO LIQUIDO")])
def test_a_portuguese_saldo_liquido_is_the_closing_balance(labels: tuple[str, str], where: str) -> None:
    """ "Saldo líquido" (the net balance: what the account holds at the statement's date) beside the
    opening balance, above the table or under it, and no running balance: the statement's closing
    balance, and no row."""
    rows = running(M("812.45"), LISBON)
    x = 300 if where == "above" else 480
    box = [
        [(40, labels[0], False), (x, continental(balance_before(rows)), True)],
        [(40, labels[1], False), (x, continental(rows[-1].balance), True)],
        [],
    ]
    table_lines = [headings(PT_COLUMNS), *table(PT_COLUMNS, rows)]
    lines = [*header(PT_HEAD), *(box + table_lines if where == "above" else [*table_lines, [], *box])]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_spanish_saldo_pendiente_under_the_rows_is_no_transaction() -> None:
    """ "Saldo pendiente" (what remains outstanding, which a card bill prints after the payments and
    a loan beside its principal) under an account's rows: no transaction, and not the closing balance
    the running balances end at."""
    rows = running(
        M("812.45"),
        [
            (D(2025, 4, 2), "COMPRA MERCADONA VALENCIA", "-48.37"),
            (D(2025, 4, 7), "TRANSFERENCIA NOMINA", "1350.00"),
            (D(2025, 4, 14), "RECIBO IBERDROLA", "-61.20"),
        ],
    )
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Concepto", 110, lambda r: r.description),
        Column("Cargo", 400, paid_out(continental), right=True),
        Column("Abono", 480, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Banco del Turia",
        "LUCIA GARCIA",
        "Extracto del 01/04/2025 al 30/04/2025",
        "Cuenta 0049 1500 05 1234567890",
    ]
    lines = [*header(head), headings(columns), *table(columns, rows), []]
    lines.append([(40, "Saldo pendiente", False), (560, continental(M("300.00")), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.closing_balance == rows[-1].balance


# ---- a continuation page without headings whose columns sit elsewhere --------------------------------


def _narrow(shift: float) -> list[Column]:
    """Date | Description | Paid out | Paid in | Balance on a narrower page, `shift` points to the right."""
    return [
        Column("Date", 40 + shift, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 100 + shift, lambda r: r.description),
        Column("Paid out", 340 + shift, paid_out(english), right=True),
        Column("Paid in", 420 + shift, paid_in(english), right=True),
        Column("Balance", 500 + shift, lambda r: english(r.balance), right=True),
    ]


MONTH = [
    (D(2025, 5, day), f"CARD PAYMENT STORE {day:02d}", f"-{day}.{day:02d}" if day % 3 else f"{day * 10}.00")
    for day in range(1, 29)
]


@pytest.mark.parametrize(("first", "then"), [(0, 50), (50, 0), (10, 80), (80, 10)])
def test_a_continuation_page_without_headings_is_read_where_its_own_columns_stand(
    first: float, then: float
) -> None:
    """Page 1 prints the headings over its rows; page 2 carries the table on without headings, every
    column 50 to 70 points left or right of page 1's (other margins): its figures stand flush at the
    distance from page 1's columns that page 1's did from its headings once the page is read shifted by
    it, so its rows are read there, each figure in its own column, not lost or read a column over."""
    rows = running(M("1200.00"), MONTH)
    page_one = [*header(HARBOUR), headings(_narrow(first)), *table(_narrow(first), rows[:14])]
    page_two = [[], *table(_narrow(then), rows[14:])]
    read = read_one(drawn_lines([page_one, page_two]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


# ---- a table of fees under a statement without transactions -------------------------------------------


@pytest.mark.parametrize(
    "headings_printed", [("Date", "Description", "Amount"), ("Effective date", "Fee", "Amount")]
)
@pytest.mark.parametrize("note", ["", "There were no transactions on your account this period."])
@pytest.mark.parametrize("since", ["01/07/2025", "01/01/2025"], ids=["to come", "in force"])
def test_a_table_of_fees_to_come_under_a_statement_without_transactions_is_no_transaction(
    headings_printed: tuple[str, str, str], note: str, since: str
) -> None:
    """A month in which nothing moved (opening and closing balance the same, printed above), then
    "Changes to our fees", a small table dated from a day after the period ("01/07/2025 Monthly account
    fee 7.50"), or before it (the fees in force since), under headings a transaction table may print:
    the statement has no transactions, and is validated NoTransactions without a BalanceMismatch."""
    date, text, figure = headings_printed
    lines = [
        *header(HARBOUR),
        [(40, "Opening balance", False), (300, "1,250.00", True)],
        [(40, "Closing balance", False), (300, "1,250.00", True)],
        [],
        *([[(40, note, False)], []] if note else []),
        [(40, "##Changes to our fees", False)],
        bold([(40, date, False), (130, text, False), (480, figure, True)]),
        [(40, since, False), (130, "Monthly account fee", False), (480, "7.50", True)],
        [(40, since, False), (130, "Cash withdrawal abroad", False), (480, "2.00", True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert (read.transactions, read.opening_balance, read.closing_balance) == ([], M("1250.00"), M("1250.00"))
    [account] = validate(dt.date(2025, 6, 3), [FileStatements("may.pdf", [read])]).accounts
    warned = [w.code for w in account.warnings]
    assert WarningCode.NoTransactions in warned
    assert WarningCode.BalanceMismatch not in warned


def test_rows_of_a_period_whose_balances_agree_are_kept_when_they_fall_in_it() -> None:
    """The same box of equal balances over a transfer out and back within the period: the rows are the
    month's, netting to nothing, and are kept."""
    rows = running(
        M("1250.00"),
        [
            (D(2025, 5, 6), "TRANSFER TO SAVINGS", "-300.00"),
            (D(2025, 5, 20), "TRANSFER FROM SAVINGS", "300.00"),
        ],
    )
    columns = [c for c in _columns() if c.heading != "Balance"]
    lines = [
        *header(HARBOUR),
        [(40, "Opening balance", False), (300, "1,250.00", True)],
        [(40, "Closing balance", False), (300, "1,250.00", True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- the statement's own charges listed undated, in the languages of Europe's banks ---------------------

OWN_CHARGES = {
    "de": (
        ["Sparkasse Musterstadt", "Herrn Max Mustermann", "Kontoauszug 5/2025 vom 01.05.2025 bis 31.05.2025"],
        ("Datum", "Buchungstext", "Soll", "Haben", "Saldo"),
        ("Abrechnung Zinsen/Entgelte", "Habenzinsen"),
    ),
    "fr": (
        ["Banque du Rhône", "M. Jean Dupont", "Relevé du 01/05/2025 au 31/05/2025"],
        ("Date", "Libellé", "Débit", "Crédit", "Solde"),
        ("Frais de tenue de compte", "Intérêts créditeurs"),
    ),
    "it": (
        ["Banca del Po", "Sig. Mario Rossi", "Estratto conto dal 01/05/2025 al 31/05/2025"],
        ("Data", "Descrizione", "Addebiti", "Accrediti", "Saldo"),
        ("Commissioni tenuta conto", "Interessi creditori"),
    ),
    "nl": (
        ["Bank Zeeland", "Dhr. J. de Vries", "Rekeningafschrift 01-05-2025 t/m 31-05-2025"],
        ("Datum", "Omschrijving", "Af", "Bij", "Saldo"),
        ("Kosten betaalpakket", "Creditrente"),
    ),
}


@pytest.mark.parametrize("language", sorted(OWN_CHARGES))
def test_a_fee_and_interest_listed_undated_after_the_rows_are_of_the_closing_day_in_each_language(
    language: str,
) -> None:
    """A German, French, Italian or Dutch account whose rows each print their own date, then the
    quarter's fee and the interest credited, undated ("Abrechnung Zinsen/Entgelte", "Habenzinsen"):
    both of the period's last day."""
    head, names, (fee, interest) = OWN_CHARGES[language]
    moves = [
        (D(2025, 5, 2), "KARTENZAHLUNG REWE 4711", "-63.18"),
        (D(2025, 5, 9), "GEHALT MUSTER GMBH", "2450.00"),
        (D(2025, 5, 22), "UEBERWEISUNG MIETE", "-780.00"),
        (D(2025, 5, 31), fee, "-4.95"),
        (D(2025, 5, 31), interest, "0.37"),
    ]
    rows = running(M("1200.00"), moves)
    columns = [
        Column(
            names[0], 40, lambda r: "" if r.description in (fee, interest) else r.date.strftime("%d.%m.%Y")
        ),
        Column(names[1], 110, lambda r: r.description),
        Column(names[2], 400, paid_out(continental), right=True),
        Column(names[3], 480, paid_in(continental), right=True),
        Column(names[4], 560, lambda r: continental(r.balance), right=True),
    ]
    read = read_one(drawn_lines([[*header(head), headings(columns), *table(columns, rows)]]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]


# ---- a limit printed under the rows in the balance column --------------------------------------------------


@pytest.mark.parametrize("gap", [False, True], ids=["right under", "after a gap"])
@pytest.mark.parametrize(
    "label", ["Overdraft limit", "Arranged overdraft limit", "Credit limit", "Available credit"]
)
def test_a_limit_printed_under_the_rows_in_the_balance_column_is_not_the_closing_balance(
    label: str, gap: bool
) -> None:
    """ "Overdraft limit 2,000.00" under the rows, its figure in the balance column: no balance label
    names it and the running balances end at another figure, so it is no balance of the account's
    (the closing balance is where the running balances end) and no row."""
    rows = running(M("1200.00"), MAY)
    columns = _columns()
    lines = [*header(HARBOUR), headings(columns), *table(columns, rows), *([[]] if gap else [])]
    lines.append([(110, label, False), (560, "2,000.00", True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_a_closing_line_under_the_rows_in_no_lexicons_words_that_the_chain_ends_at_is_the_closing() -> None:
    """A line under the rows whose label no lexicon holds, its figure the last running balance: still
    the closing balance, and no row."""
    rows = running(M("1200.00"), MAY)
    columns = _columns()
    lines = [*header(HARBOUR), headings(columns), *table(columns, rows)]
    lines.append(
        [(110, "Balance on the last day of the month", False), (560, english(rows[-1].balance), True)]
    )
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.closing_balance == rows[-1].balance


# ---- the opening balance printed under the rows ---------------------------------------------------------

TURIA = [
    "Banco del Turia",
    "LUCIA GARCIA",
    "Extracto del 01/04/2025 al 30/04/2025",
    "Cuenta 0049 1500 05 1234567890",
]
VALENCIA = [
    (D(2025, 4, 2), "COMPRA MERCADONA VALENCIA", "-48.37"),
    (D(2025, 4, 7), "TRANSFERENCIA NOMINA", "1350.00"),
    (D(2025, 4, 14), "RECIBO IBERDROLA", "-61.20"),
    (D(2025, 4, 23), "REINTEGRO CAJERO", "-100.00"),
]


@pytest.mark.parametrize("then", ["Saldo disponible", ""], ids=["then the balance available", "alone"])
def test_an_opening_balance_printed_under_the_rows_the_chain_starts_from_is_not_the_closing(
    then: str,
) -> None:
    """ "Saldo anterior 812,45" in a summary under the rows, then only the balance available (no
    closing label) or nothing: the running balances start from it and end at another figure, so it is
    the opening balance, and the closing is where the running balances end, not the opening's figure."""
    rows = running(M("812.45"), VALENCIA)
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Concepto", 110, lambda r: r.description),
        Column("Cargo", 400, paid_out(continental), right=True),
        Column("Abono", 480, paid_in(continental), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = [*header(TURIA), headings(columns), *table(columns, rows), []]
    lines.append([(110, "Saldo anterior", False), (560, continental(balance_before(rows)), True)])
    if then:
        lines.append([(110, then, False), (560, continental(rows[-1].balance + 500), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


def test_an_opening_balance_under_rows_without_running_balances_is_the_opening_by_its_own_label() -> None:
    """The same summary under rows that print no running balance: "Saldo anterior" is a label of the
    opening balance's own, so its figure is the opening, and the statement, printing only the balance
    available after it, states no closing balance (not the opening's figure)."""
    rows = running(M("812.45"), VALENCIA)
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Concepto", 110, lambda r: r.description),
        Column("Cargo", 400, paid_out(continental), right=True),
        Column("Abono", 480, paid_in(continental), right=True),
    ]
    lines = [*header(TURIA), headings(columns), *table(columns, rows), []]
    lines.append([(40, "Saldo anterior", False), (480, continental(balance_before(rows)), True)])
    lines.append([(40, "Saldo disponible", False), (480, continental(rows[-1].balance + 500), True)])
    read = read_one(drawn_lines([lines]))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), None)
