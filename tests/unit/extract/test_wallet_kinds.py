"""Wallets' and cards' statements of issue 14, each drawn as a statement of its kind and read through the
text layer against what was drawn: transactions not yet posted, listed under their own heading or
marked "Pending" where their date would be."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    M,
    as_drawn,
    balance_before,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    signed,
    table,
)

# ---- transactions not yet posted ----------------------------------------------------------------------

WALLET_ROWS = running(
    M("1200.00"),
    [
        (D(2025, 6, 3), "Card payment GREENGROCER", "-18.40"),
        (D(2025, 6, 9), "Transfer from J SMITH", "250.00"),
        (D(2025, 6, 21), "Card payment RAIL TICKETS", "-64.90"),
    ],
)
PENDING_ROWS = running(
    M("0"),
    [
        (D(2025, 6, 30), "Card payment COFFEE HOUSE", "-4.20"),
        (D(2025, 6, 30), "Card payment BOOKSHOP", "-12.99"),
    ],
)
WALLET_COLUMNS = [
    Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
    Column("Description", 120, lambda r: r.description),
    Column("Money out", 400, paid_out(english), right=True),
    Column("Money in", 470, paid_in(english), right=True),
    Column("Balance", 550, lambda r: english(r.balance), right=True),
]
WALLET_HEAD = ["Revo Money Ltd", "ALEX JONES", "Statement 1 June 2025 to 30 June 2025"]


def _posted(columns: list[Column]) -> list[list[Cell]]:
    return [
        [(120, "Opening balance", False), (550, english(balance_before(WALLET_ROWS)), True)],
        headings(columns),
        *table(columns, WALLET_ROWS),
        [(120, "Closing balance", False), (550, english(WALLET_ROWS[-1].balance), True)],
    ]


@pytest.mark.parametrize("title", ["Pending transactions", "Pending authorisations (2)"])
@pytest.mark.parametrize("first", [True, False])
def test_a_table_under_a_heading_of_pending_transactions_lists_none_of_the_rows(
    title: str, first: bool
) -> None:
    """A wallet lists what is authorised but not yet posted in a table of its own, above or below the
    posted transactions, without a balance: none of its rows is a transaction of the statement."""
    pending = [
        [(40, "**" + title, False)],
        headings(WALLET_COLUMNS[:4]),
        *table(WALLET_COLUMNS[:4], PENDING_ROWS),
    ]
    posted = [[(40, "**Transactions", False)], *_posted(WALLET_COLUMNS)]
    body = [*pending, [], *posted] if first else [*posted, [], *pending]
    as_drawn(read_one(drawn_lines([[*header(WALLET_HEAD), *body]])), WALLET_ROWS)


def test_rows_under_a_pending_heading_inside_the_table_are_not_posted() -> None:
    """The heading printed among the rows, under the posted ones, in the date column: the rows under
    it, printed in the same columns without a balance, are not the statement's."""
    lines = [
        *header(WALLET_HEAD),
        *_posted(WALLET_COLUMNS)[:-1],
        [(40, "Pending transactions", False)],
        *table(WALLET_COLUMNS[:4], PENDING_ROWS),
        _posted(WALLET_COLUMNS)[-1],
    ]
    as_drawn(read_one(drawn_lines([lines])), WALLET_ROWS)


def test_a_sentence_about_pending_transactions_titles_no_rows() -> None:
    """A note printed above the rows that speaks of pending transactions ("Pending transactions are not
    included") is no heading of theirs: the rows under it are posted."""
    lines = [
        *header(WALLET_HEAD),
        *_posted(WALLET_COLUMNS)[:2],
        [(40, "Pending transactions are not included", False)],
        *_posted(WALLET_COLUMNS)[2:],
    ]
    as_drawn(read_one(drawn_lines([lines])), WALLET_ROWS)


@pytest.mark.parametrize(
    ("head", "words", "title"),
    [
        (
            ["Banco Andino S.A.", "ANA TORRES", "Periodo 01/06/2025 - 30/06/2025"],
            ["Fecha", "Concepto", "Importe", "Saldo", "Saldo inicial", "Saldo final"],
            "Transacciones pendientes",
        ),
        (
            ["Nordbank AG", "Max Mustermann", "Kontoauszug 01.06.2025 - 30.06.2025"],
            ["Datum", "Buchungstext", "Betrag", "Saldo", "Alter Saldo", "Neuer Saldo"],
            "Vorgemerkte Umsätze",
        ),
        (
            ["Banque du Lac", "Mme Claire Martin", "Relevé du 01/06/2025 au 30/06/2025"],
            ["Date", "Libellé", "Montant", "Solde", "Ancien solde", "Nouveau solde"],
            "Opérations en attente",
        ),
    ],
)
def test_a_pending_heading_in_the_statements_language(head: list[str], words: list[str], title: str) -> None:
    """The same wallet's table of transactions not yet posted, titled in Spanish, German and French."""
    date, details, amount, balance, opening, closing = words
    columns = [
        Column(date, 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(details, 120, lambda r: r.description),
        Column(amount, 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column(balance, 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(head),
        [(120, opening, False), (550, english(balance_before(WALLET_ROWS)), True)],
        headings(columns),
        *table(columns, WALLET_ROWS),
        [(120, closing, False), (550, english(WALLET_ROWS[-1].balance), True)],
        [],
        [(40, "**" + title, False)],
        headings(columns[:3]),
        *table(columns[:3], PENDING_ROWS),
    ]
    as_drawn(read_one(drawn_lines([lines])), WALLET_ROWS)


@pytest.mark.parametrize("first", [True, False])
def test_pending_where_a_rows_date_would_be_marks_it_not_posted(first: bool) -> None:
    """A card lists a charge authorised but not yet posted among the rows, "Pending" in its date column
    and no balance beside it."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    marked = [
        [
            (40, "Pending", False),
            (120, r.description, False),
            (470, signed(english(r.amount), r.amount), True),
        ]
        for r in PENDING_ROWS
    ]
    rows = table(columns, WALLET_ROWS)
    lines = [
        *header(WALLET_HEAD),
        [(120, "Opening balance", False), (550, english(balance_before(WALLET_ROWS)), True)],
        headings(columns),
        *([*marked, *rows] if first else [*rows, *marked]),
        [(120, "Closing balance", False), (550, english(WALLET_ROWS[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), WALLET_ROWS)


# ---- the amount in another currency and the rate, in columns of their own --------------------------------

ABROAD_ROWS = running(
    M("1200.00"),
    [
        (D(2025, 6, 3), "Card payment CAFE ROMA", "-18.40"),
        (D(2025, 6, 9), "Top-up from bank", "250.00"),
        (D(2025, 6, 21), "Card payment HOTEL LUX", "-164.90"),
    ],
)
# Each purchase abroad: the amount in its own money, and the rate it was converted at.
ABROAD = {
    "Card payment CAFE ROMA": ("21.50 EUR", "0.8558"),
    "Card payment HOTEL LUX": ("192.70 EUR", "0.8557"),
}


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (
            ["Date", "Description", "Original amount", "Exchange rate", "Amount", "Balance"],
            ["Opening balance", "Closing balance", "Statement 1 June 2025 to 30 June 2025"],
        ),
        (
            ["Date", "Description", "Amount in foreign currency", "FX rate", "Amount", "Balance"],
            ["Opening balance", "Closing balance", "Statement 1 June 2025 to 30 June 2025"],
        ),
        (
            ["Fecha", "Concepto", "Importe original", "Tipo de cambio", "Importe", "Saldo"],
            ["Saldo inicial", "Saldo final", "Periodo 01/06/2025 - 30/06/2025"],
        ),
    ],
)
def test_the_amount_in_another_currency_and_its_rate_are_no_money_of_the_row(
    words: list[str], head: list[str]
) -> None:
    """A wallet prints each purchase abroad in its own money and the rate beside the amount it took: the
    amount moves the balance; the foreign figure is no debit, credit or balance, and neither it nor the
    rate is text of the description."""
    date, details, original, rate, amount, balance = words
    opening, closing, period = head
    columns = [
        Column(date, 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(details, 100, lambda r: r.description),
        Column(original, 310, lambda r: ABROAD.get(r.description, ("", ""))[0], right=True),
        Column(rate, 400, lambda r: ABROAD.get(r.description, ("", ""))[1], right=True),
        Column(amount, 480, lambda r: signed(english(r.amount), r.amount), right=True),
        Column(balance, 555, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(["Revo Money Ltd", "ALEX JONES", period]),
        [(100, opening, False), (555, english(balance_before(ABROAD_ROWS)), True)],
        headings(columns),
        *table(columns, ABROAD_ROWS),
        [(100, closing, False), (555, english(ABROAD_ROWS[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), ABROAD_ROWS)


# ---- a balance dated the period's last day ------------------------------------------------------------


def _posted_in(words: list[str]) -> list[Column]:
    """A table of posted rows without a running balance: date, description, money out, money in."""
    date, details, out, paid = words
    return [
        Column(date, 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(details, 120, lambda r: r.description),
        Column(out, 470, paid_out(english), right=True),
        Column(paid, 550, paid_in(english), right=True),
    ]


POSTED = _posted_in(["Date", "Description", "Money out", "Money in"])


@pytest.mark.parametrize(
    ("period", "opening", "dated", "words"),
    [
        (
            "Statement 1 June 2025 to 30 June 2025",
            "Opening balance",
            "Balance on 30 June 2025",
            ["Date", "Description", "Money out", "Money in"],
        ),
        (
            "Statement 01/06/2025 - 30/06/2025",
            "Opening balance",
            "Balance as at 30/06/2025",
            ["Date", "Description", "Money out", "Money in"],
        ),
        (
            "Kontoauszug 01.06.2025 - 30.06.2025",
            "Alter Saldo",
            "Kontostand am 30.06.2025",
            ["Datum", "Buchungstext", "Soll", "Haben"],
        ),
    ],
)
def test_a_balance_dated_the_periods_last_day_is_the_closing_balance(
    period: str, opening: str, dated: str, words: list[str]
) -> None:
    """A wallet states its opening balance by label and its closing one by the day it stood: the last
    of the period, after every row. The table prints no running balance to close it otherwise."""
    columns = _posted_in(words)
    head = ["Revo Money Ltd", "ALEX JONES", period, f"{opening} {english(balance_before(WALLET_ROWS))}"]
    lines = [
        *header([*head, f"{dated} {english(WALLET_ROWS[-1].balance)}"]),
        headings(columns),
        *table(columns, WALLET_ROWS),
    ]
    as_drawn(read_one(drawn_lines([lines])), WALLET_ROWS)


def test_a_balance_dated_inside_the_period_closes_nothing() -> None:
    """A balance on a day before the period's last ("Balance on 15 June 2025", a mid-month figure) may
    be followed by rows: it is not the closing balance."""
    head = ["Revo Money Ltd", "ALEX JONES", "Statement 1 June 2025 to 30 June 2025"]
    middle = [
        f"Opening balance {english(balance_before(WALLET_ROWS))}",
        f"Balance on 15 June 2025 {english(WALLET_ROWS[1].balance)}",
    ]
    lines = [*header([*head, *middle]), headings(POSTED), *table(POSTED, WALLET_ROWS)]
    assert read_one(drawn_lines([lines])).closing_balance is None


# ---- fees in a column of their own ------------------------------------------------------------------------

# (date, description, amount, fee): a wallet's payments in, each bearing a fee, and one paid out free.
FEE_ROWS = [
    (D(2025, 6, 3), "Payment from CLIENT A", M("120.00"), M("3.78")),
    (D(2025, 6, 9), "Transfer to bank", M("-200.00"), M("0.00")),
    (D(2025, 6, 21), "Payment from CLIENT B", M("75.50"), M("2.49")),
]
FEE_OPENING = M("500.00")
FEE_CLOSING = FEE_OPENING + sum((amount - fee for _, _, amount, fee in FEE_ROWS), M(0))
FEE_HEAD = ["PayFriend Europe S.a r.l.", "ALEX JONES", "Statement 1 June 2025 to 30 June 2025"]


def _fees_as_rows() -> list[tuple[D, str, M]]:
    """The transactions a fee column's rows are: each row, then its fee where it bears one, money out."""
    out: list[tuple[D, str, M]] = []
    for day, text, amount, fee in FEE_ROWS:
        out.append((day, text, amount))
        if fee:
            out.append((day, f"Fee: {text}", -fee))
    return out


def test_a_fee_of_nothing_is_no_transaction() -> None:
    """ "Date | Description | Fee | Amount | Balance", the balance taking each fee after its row: a row
    that bears none prints "0.00" in the fee column, and no fee row follows it."""
    balances = []
    balance = FEE_OPENING
    for _, _, amount, fee in FEE_ROWS:
        balance += amount - fee
        balances.append(balance)
    lines = [
        *header(FEE_HEAD),
        [(120, "Opening balance", False), (570, english(FEE_OPENING), True)],
        [
            (40, "**Date", False),
            (120, "Description", False),
            (450, "Fee", True),
            (500, "Amount", True),
            (570, "Balance", True),
        ],
        *(
            [
                (40, day.strftime("%d/%m/%Y"), False),
                (120, text, False),
                (450, english(fee), True),
                (500, signed(english(amount), amount), True),
                (570, english(after), True),
            ]
            for (day, text, amount, fee), after in zip(FEE_ROWS, balances, strict=True)
        ),
        [(120, "Closing balance", False), (570, english(FEE_CLOSING), True)],
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == _fees_as_rows()
    assert (read.opening_balance, read.closing_balance) == (FEE_OPENING, FEE_CLOSING)


@pytest.mark.parametrize("taken", [True, False])
def test_the_opening_and_closing_balances_say_whether_the_fees_are_taken(taken: bool) -> None:
    """ "Date | Description | Fee | Amount" and no running balance: where the opening balance leads to
    the closing one only with the fees taken, each is money out after its row; where it leads there
    without them, they are charged some other time (accrued), and no row of their own."""
    moved = sum((amount for _, _, amount, _ in FEE_ROWS), M(0))
    closing = FEE_CLOSING if taken else FEE_OPENING + moved
    lines = [
        *header(
            [*FEE_HEAD, f"Opening balance {english(FEE_OPENING)}", f"Closing balance {english(closing)}"]
        ),
        [(40, "**Date", False), (120, "Description", False), (450, "Fee", True), (530, "Amount", True)],
        *(
            [
                (40, day.strftime("%d/%m/%Y"), False),
                (120, text, False),
                (450, english(fee), True),
                (530, signed(english(amount), amount), True),
            ]
            for day, text, amount, fee in FEE_ROWS
        ),
    ]
    read = read_one(drawn_lines([lines]))
    assert entries(read) == (
        _fees_as_rows() if taken else [(day, text, amount) for day, text, amount, _ in FEE_ROWS]
    )
    assert (read.opening_balance, read.closing_balance) == (FEE_OPENING, closing)


@pytest.mark.parametrize(
    "words",
    [
        ["Date", "Description", "Gross", "Fee", "Net", "Balance"],
        ["Date", "Description", "Gross amount", "Fees", "Net amount", "Balance"],
    ],
)
def test_a_payment_gross_of_its_fee_moves_the_balance_by_what_is_left(words: list[str]) -> None:
    """A wallet prints each payment as it came, the fee taken from it and what was left: the net figure
    moves the balance, and the gross one is neither the row's amount nor text of its description."""
    date, details, gross, fee, net, balance = words
    rows = running(FEE_OPENING, [(day, text, str(amount - cut)) for day, text, amount, cut in FEE_ROWS])
    charged = {text: (amount, cut) for _, text, amount, cut in FEE_ROWS}
    columns = [
        Column(date, 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(details, 120, lambda r: r.description),
        Column(
            gross,
            390,
            lambda r: signed(english(charged[r.description][0]), charged[r.description][0]),
            right=True,
        ),
        Column(fee, 450, lambda r: english(charged[r.description][1]), right=True),
        Column(net, 510, lambda r: signed(english(r.amount), r.amount), right=True),
        Column(balance, 570, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(FEE_HEAD),
        [(120, "Opening balance", False), (570, english(FEE_OPENING), True)],
        headings(columns),
        *table(columns, rows),
        [(120, "Closing balance", False), (570, english(rows[-1].balance), True)],
    ]
    as_drawn(read_one(drawn_lines([lines])), rows)


@pytest.mark.parametrize("gross_first", [True, False])
def test_a_currency_code_in_a_column_before_the_fee_and_net_is_the_figures_money(gross_first: bool) -> None:
    """ "USD" on every row in a column of its own before the fee and net figures (and before or after
    the gross one): the money of the figures after it, no text of the description."""
    rows = running(FEE_OPENING, [(day, text, str(amount - cut)) for day, text, amount, cut in FEE_ROWS])
    charged = {text: (amount, cut) for _, text, amount, cut in FEE_ROWS}
    code = Column("Currency", 300 if gross_first else 350, lambda _: "USD")
    gross = Column(
        "Gross",
        390 if gross_first else 320,
        lambda r: signed(english(charged[r.description][0]), charged[r.description][0]),
        right=True,
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        *([code, gross] if gross_first else [gross, code]),
        Column("Fee", 450, lambda r: english(charged[r.description][1]), right=True),
        Column("Net", 510, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    columns = sorted(columns, key=lambda c: c.x)
    lines = [
        *header(FEE_HEAD),
        [(110, "Opening balance", False), (570, english(FEE_OPENING), True)],
        headings(columns),
        *table(columns, rows),
        [(110, "Closing balance", False), (570, english(rows[-1].balance), True)],
    ]
    read = read_one(drawn_lines([lines]))
    as_drawn(read, rows)
    assert read.currency == "USD"
