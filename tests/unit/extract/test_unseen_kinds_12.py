"""Kinds of statement issue 14 names, each drawn the way banks print it and read through the text layer
against what was drawn: a table that centres each row's figures in its text with every line set evenly
apart; a row lost from a table; the booked balance of a summary box as Spanish, Italian and Portuguese
banks name it; the account's money joined to its word for an account ("Konto-EUR"); a value date
labelled after the text of a row's later line; a table of fees dated in the period under balances that
did not move."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Lines,
    M,
    balance_before,
    bold,
    continental,
    english,
    entries,
    header,
    headings,
    leading,
    net,
    paid_in,
    paid_out,
    read_drawn_pages,
    running,
    signed,
    swiss,
    table,
)

HARBOUR = ["Harbour Bank", "JANE DOE", "Account number 12345678", "Statement period 01/03/2024 to 31/03/2024"]

# ---- a row's figures in the middle of its text, every line evenly apart -----------------------------------

CENTRED = [
    Column("Date", 40, lambda r: f"{r.date:%d/%m/%Y}"),
    Column("Description", 100, lambda r: r.description),
    Column("Paid out", 400, paid_out(english), right=True),
    Column("Paid in", 480, paid_in(english), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]
CENTRED_ROWS = [
    (D(2024, 3, 1), "TRANSFER FROM ACME LTD\nREF 000184\nSALARY MARCH", "2450.00"),
    (D(2024, 3, 4), "CARD PAYMENT TESCO STORES", "-42.17"),
    (D(2024, 3, 6), "STANDING ORDER\nTO J SMITH\nRENT MARCH", "-900.00"),
    (D(2024, 3, 9), "DIRECT DEBIT COUNCIL TAX", "-131.00"),
    (D(2024, 3, 14), "CASH WITHDRAWAL\nATM HIGH STREET\nLONDON", "-60.00"),
]


def test_a_table_that_centres_each_rows_figures_in_its_text_set_evenly_apart_reads_each_rows_text() -> None:
    """Cells centred in rows as tall as their longest description (a table from HTML): the date and
    figures of a three-line row sit on its middle line, its first line over them and its last under
    them, every line 13 points apart, so no gap tells which row a line of text belongs to. Text over
    the first row and under the last, and as many lines over each row as under it, do: each row
    keeps its own three lines."""
    rows = running(M("310.25"), CENTRED_ROWS)
    lines: Lines = [*header(HARBOUR), headings(CENTRED)]
    for row in rows:
        texts = row.description.split("\n")
        middle = len(texts) // 2
        for n, text in enumerate(texts):
            figures = [(c.x, c.text(row), c.right) for c in CENTRED if c.heading != "Description"]
            lines.append([(100, text, False), *(figures if n == middle else [])])
    read = read_drawn_pages([lines])
    assert entries(read) == [(r.date, r.description.replace("\n", " "), r.amount) for r in rows]


def test_a_row_the_page_lost_is_reported_between_the_two_rows_the_balance_breaks_between() -> None:
    """The same table printed with one row's line gone (as a tight table may lose it) and every other
    balance as printed: the rows read are returned with a BalanceMismatch that names the row before the
    gap and the row after it, never as a list that looks whole."""
    rows = running(
        M("310.25"), [(day, text.replace("\n", " "), amount) for day, text, amount in CENTRED_ROWS]
    )
    shown = [row for n, row in enumerate(rows) if n != 2]
    read = read_drawn_pages([[*header(HARBOUR), headings(CENTRED), *table(CENTRED, shown)]])
    assert entries(read) == [(r.date, r.description, r.amount) for r in shown]
    [account] = validate(dt.date(2024, 4, 2), [FileStatements("march.pdf", [read])]).accounts
    broken = [w.message for w in account.warnings if w.code is WarningCode.BalanceMismatch]
    around = [f"{r.date.isoformat()}, {r.description!r}" for r in (rows[1], rows[3])]
    assert any(all(row in message for row in around) for message in broken)


# ---- the booked balance named as banks name it, beside an available one ---------------------------------

MOVES = [
    (D(2025, 1, 3), "COMPRA SUPERMERCADO", "-42.10"),
    (D(2025, 1, 9), "NOMINA ENERO", "1500.00"),
    (D(2025, 1, 20), "RECIBO LUZ", "-61.35"),
]
HELD = M("100.00")  # card payments held, not yet booked: the available balance is the booked one less them


@pytest.mark.parametrize(
    ("headings_printed", "labels"),
    [
        (("Fecha", "Concepto", "Importe"), [("Saldo anterior", "opening"), ("Saldo pendiente", "closing")]),
        (
            ("Fecha", "Concepto", "Importe"),
            [("Saldo anterior", "opening"), ("Saldo disponible", "available"), ("Saldo contable", "closing")],
        ),
        (
            ("Data", "Descrizione", "Importo"),
            [
                ("Saldo iniziale", "opening"),
                ("Saldo disponibile", "available"),
                ("Saldo contabile", "closing"),
            ],
        ),
        (
            ("Data", "Descrição", "Valor"),
            [
                ("Saldo inicial", "opening"),
                ("Saldo disponível", "available"),
                ("Saldo contabilístico", "closing"),
            ],
        ),
    ],
    ids=["es pendiente", "es contable", "it contabile", "pt contabilistico"],
)
def test_the_booked_balance_of_a_summary_box_closes_the_statement_beside_the_available_one(
    headings_printed: tuple[str, str, str], labels: list[tuple[str, str]]
) -> None:
    """A box over the table prints the balance brought forward and the balance now, the latter as
    Spanish, Italian and Portuguese banks word it ("Saldo pendiente", "Saldo contable", "Saldo
    contabile", "Saldo contabilístico"), beside it the available balance, less what is held: the
    booked balance is the closing one."""
    date, text, figure = headings_printed
    columns = [
        Column(date, 40, lambda r: f"{r.date:%d/%m/%Y}"),
        Column(text, 100, lambda r: r.description),
        Column(figure, 460, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    rows = running(M("1000.00"), MOVES)
    shown = {
        "opening": balance_before(rows),
        "closing": rows[-1].balance,
        "available": rows[-1].balance - HELD,
    }
    lines = header(
        ["Banco del Sur", "ANA GARCIA", "IBAN ES91 2100 0418 4502 0005 1332", "01/01/2025 - 31/01/2025"]
    )
    lines += [[(40, label, False), (300, continental(shown[kind]), True)] for label, kind in labels]
    lines += [[], headings(columns), *table(columns, rows)]
    read = read_drawn_pages([lines])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (shown["opening"], shown["closing"])


# ---- the account's money joined to its word for an account ---------------------------------------------

BARE = [
    Column("Date", 40, lambda r: f"{r.date:%d/%m/%Y}"),
    Column("Description", 100, lambda r: r.description),
    Column("Amount", 460, lambda r: leading(r.amount), right=True),
    Column("Balance", 560, lambda r: english(r.balance), right=True),
]


@pytest.mark.parametrize(
    ("titles", "money", "number"),
    [
        (["Konto-EUR", "Kontonummer 1234567890"], "EUR", "1234567890"),
        (["Konto-EUR 1234567890"], "EUR", "1234567890"),
        (["EUR-Konto 1234567890"], "EUR", "1234567890"),
        (["Konto EUR 1234567890"], "EUR", "1234567890"),
        (["USD-ACCOUNT 12345678"], "USD", "12345678"),
        (["Account-USD 12345678"], "USD", "12345678"),
    ],
)
def test_the_accounts_money_printed_with_its_word_for_an_account_names_its_currency_and_keeps_its_number(
    titles: list[str], money: str, number: str
) -> None:
    """Figures printed bare under a title that joins the account's money to its word for an account,
    by a hyphen either side or as the word after it, before the account's number: the code is the
    account's currency, and the number after it still the account's."""
    rows = running(
        M("1000.00"), [(D(2025, 1, 3), "TRANSFER IN", "500.00"), (D(2025, 1, 9), "PURCHASE", "-42.10")]
    )
    head = ["Bank Musterstadt", "Max Mustermann", *titles, "Kontoauszug 01.01.2025 bis 31.01.2025"]
    read = read_drawn_pages([[*header(head), headings(BARE), *table(BARE, rows)]])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.currency, read.account_number) == (money, number)


# ---- a value date printed inside a row's description ----------------------------------------------------

SWISS_ROWS = [
    (D(2025, 1, 3), "Zahlung Migros|Karte 1234|Filiale Bern", "-42.10", D(2025, 1, 3)),
    (D(2025, 1, 9), "Gutschrift Lohn|Arbeitgeber AG|Januar", "5000.00", D(2025, 1, 10)),
    (D(2025, 1, 20), "Dauerauftrag Miete|Immo GmbH|Wohnung 3", "-1800.00", D(2025, 1, 17)),
]


SWISS_HEADINGS = [
    (40, "Datum", False),
    (110, "Text", False),
    (420, "Belastung", True),
    (490, "Gutschrift", True),
    (560, "Saldo", True),
]


@pytest.mark.parametrize("line", [1, 2], ids=["second line", "third line"])
@pytest.mark.parametrize("label", ["Valuta", "Valutadatum", "Wert"])
def test_a_value_date_labelled_after_the_text_of_a_rows_later_line_is_its_value_date(
    line: int, label: str
) -> None:
    """A Swiss account's rows of three lines, "Valuta 03.01.2025" printed after the text of the second
    or third (not on a line of its own): that is the row's value date, and no part of its text."""
    rows = running(
        M("1000.00"), [(day, text.replace("|", " "), amount) for day, text, amount, _ in SWISS_ROWS]
    )
    lines: Lines = [
        *header(
            ["Raiffeisenbank Musterdorf", "Hans Muster", "Konto CH93 0076 2011 6238 5295 7", "Währung CHF"]
        ),
        [(40, "Kontoauszug 01.01.2025 - 31.01.2025", False)],
        bold(SWISS_HEADINGS),
        [(110, "Saldovortrag", False), (560, swiss(M("1000.00")), True)],
    ]
    for row, (*_, text, _, value) in zip(rows, SWISS_ROWS, strict=True):
        texts = text.split("|")
        texts[line] += f" {label} {value:%d.%m.%Y}"
        figure = (420 if row.amount < 0 else 490, swiss(abs(row.amount)), True)
        lines.append(
            [
                (40, f"{row.date:%d.%m.%y}", False),
                (110, texts[0], False),
                figure,
                (560, swiss(row.balance), True),
            ]
        )
        lines += [[(110, more, False)] for more in texts[1:]]
    lines.append([(110, "Saldo per 31.01.2025", False), (560, swiss(rows[-1].balance), True)])
    read = read_drawn_pages([lines])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [value for *_, value in SWISS_ROWS]
    assert (read.opening_balance, read.closing_balance) == (M("1000.00"), rows[-1].balance)


# ---- a table of fees dated in the period under a statement without movements ---------------------------

FEES = [(D(2025, 5, 15), "Monthly account fee", "7.50"), (D(2025, 5, 20), "Cash withdrawal abroad", "2.00")]
HARBOUR_MAY = [
    "Harbour Bank",
    "JANE DOE",
    "Account number 12345678",
    "Statement period 01/05/2025 to 31/05/2025",
]
NO_MOVES = "There were no transactions on your account this period."


def _fee_statement(opening: Decimal, closing: Decimal, title: str, note: str) -> RawStatement:
    """A month's statement printing its opening and closing balance, perhaps a note, then a table of
    fees under a title of its own, each fee dated in the period and printed bare."""
    lines: Lines = [
        *header(HARBOUR_MAY),
        [(40, "Opening balance", False), (300, english(opening), True)],
        [(40, "Closing balance", False), (300, english(closing), True)],
        [],
        *([[(40, note, False)], []] if note else []),
        [(40, "##" + title, False)],
        bold([(40, "Date", False), (130, "Description", False), (480, "Amount", True)]),
    ]
    lines += [
        [(40, f"{day:%d/%m/%Y}", False), (130, text, False), (480, amount, True)]
        for day, text, amount in FEES
    ]
    return read_drawn_pages([lines])


@pytest.mark.parametrize("note", ["", NO_MOVES])
def test_a_table_of_fees_dated_in_the_period_under_balances_that_did_not_move_is_no_transaction(
    note: str,
) -> None:
    """Opening and closing balance the same, then "Changes to our fees", each dated in the month and
    printed bare: fees that would move the balance cannot be the bookings of a month in which nothing
    moved; the statement has no transactions, and is validated NoTransactions without a
    BalanceMismatch."""
    read = _fee_statement(M("1250.00"), M("1250.00"), "Changes to our fees", note)
    assert (read.transactions, read.opening_balance, read.closing_balance) == ([], M("1250.00"), M("1250.00"))
    [account] = validate(dt.date(2025, 6, 3), [FileStatements("may.pdf", [read])]).accounts
    warned = [w.code for w in account.warnings]
    assert WarningCode.NoTransactions in warned
    assert WarningCode.BalanceMismatch not in warned


@pytest.mark.parametrize("note", ["", NO_MOVES])
def test_fees_the_balances_moved_by_are_the_accounts_bookings_whatever_note_says_it_had_none(
    note: str,
) -> None:
    """The same table where the closing balance is the opening less the fees: the balances show them
    as the account's bookings, money out, even beside a note that no transactions were made."""
    opening = M("1250.00")
    read = _fee_statement(opening, opening - net(FEES), "Fees charged", note)
    assert entries(read) == [(day, text, -M(amount)) for day, text, amount in FEES]
    [account] = validate(dt.date(2025, 6, 3), [FileStatements("may.pdf", [read])]).accounts
    assert not {WarningCode.NoTransactions, WarningCode.BalanceMismatch} & {w.code for w in account.warnings}
