"""Statements of fintechs, neobanks and mobile wallets of issue 14, each drawn as such apps print them (their
columns, words, figures and furniture: times of day, reference ids, fees in a column of their own, pots and
conversions, currency sections, no running balance, balances only at the top), read through the text layer
against what was drawn: rows, signs, balances, dates, currency and account number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

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
    read_all,
    read_one,
    running,
    signed,
    spaced,
    table,
    totals,
    wrapped,
)

Money = Callable[[M], str]
DAY = dt.timedelta(days=1)


def _read(lines: Lines) -> RawStatement:
    return read_one(drawn_lines([lines]))


def _stacked(columns: Sequence[Column], rows: Sequence[Drawn], *, apart: bool = False) -> Lines:
    """A row's cells over as many lines as its tallest ("text\\nmore text"), each column at its x; a
    line's gap between rows where `apart`."""
    lines: Lines = []
    for row in rows:
        cells = [(c, c.text(row).split("\n")) for c in columns]
        depth = max(len(texts) for _, texts in cells)
        lines += [[(c.x, t[n], c.right) for c, t in cells if n < len(t) and t[n]] for n in range(depth)]
        lines += [[]] if apart else []
    return lines


def _check(
    read: RawStatement,
    rows: Sequence[Drawn],
    currency: str | None,
    number: str | None,
    *,
    described: Sequence[str] | None = None,
    balances: bool = True,
) -> None:
    """Asserts the rows as drawn (each described as `described` says where given), their running balances
    where `balances`, the balances around them, the account number printed and the currency where its
    code or a sign of one money only is printed (a dollar sign, "Rs." name several)."""
    texts = [r.description for r in rows] if described is None else described
    assert entries(read) == [(r.date, d, r.amount) for r, d in zip(rows, texts, strict=True)]
    if balances:
        assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    if currency is not None:
        assert read.currency == currency
    assert read.account_number == number


def _plus(style: Money) -> Money:
    """A figure signed both ways: "+250.00", "-18.40"."""
    return lambda value: ("+" if value >= 0 else "-") + style(value)


def _sign(symbol: str, style: Money = english, *, after: bool = False) -> Money:
    """A figure with its money's sign before it ("£18.40", "-£18.40") or after it ("18,40 €")."""
    if after:
        return lambda value: signed(style(value), value) + " " + symbol
    return lambda value: signed(symbol + style(value), value)


# ---- Wise: a multi-currency account --------------------------------------------------------------------

WISE_GBP = [
    (D(2025, 3, 3), "Received money from JOHN SMITH with reference RENT SHARE", "650.00"),
    (D(2025, 3, 7), "Card transaction of 12.50 GBP issued by Tesco Stores LONDON", "-12.50"),
    (D(2025, 3, 12), "Converted 100.00 GBP to 115.20 EUR", "-100.00"),
    (D(2025, 3, 12), "Wise fee for converting GBP to EUR", "-0.61"),
    (D(2025, 3, 24), "Sent money to ACME PROPERTY LTD", "-420.00"),
]
WISE_EUR = [
    (D(2025, 3, 12), "Converted 100.00 GBP to 115.20 EUR", "115.20"),
    (D(2025, 3, 15), "Card transaction of 23.80 EUR issued by Bar Centrale ROMA", "-23.80"),
    (D(2025, 3, 29), "Received money from MARIA ROSSI with reference DINNER", "40.00"),
]


def _wise_section(code: str, rows: Sequence[Drawn], details: Sequence[str]) -> Lines:
    """A currency's section: its title, period, account details, its balance, then its table, each row's
    description over a line of its date and a line of its reference, the money in or out and the
    balance after it on the description's line."""
    columns = [
        Column(
            "Description",
            40,
            lambda r: f"{r.description}\n{r.date.day} {r.date:%B %Y}\nTransaction: CARD-{r.date:%d%m}8841",
        ),
        Column("Incoming", 400, paid_in(english), right=True),
        Column(
            "Outgoing", 480, lambda r: signed(english(r.amount), r.amount) if r.amount < 0 else "", right=True
        ),
        Column("Amount", 560, lambda r: english(r.balance), right=True),
    ]
    return [
        [(40, f"##{code} statement", False)],
        [(40, "1 March 2025 [GMT] - 31 March 2025 [GMT]", False)],
        *[[(40, line, False)] for line in details],
        [],
        [(40, f"{code} on 31 March 2025 [GMT]", False), (560, f"{english(rows[-1].balance)} {code}", True)],
        [
            (40, f"{code} on 28 February 2025 [GMT]", False),
            (560, f"{english(balance_before(rows))} {code}", True),
        ],
        [],
        headings(columns),
        *_stacked(columns, rows, apart=True),
    ]


def _wise_described(rows: Sequence[Drawn]) -> list[str]:
    return [f"{r.description} Transaction: CARD-{r.date:%d%m}8841" for r in rows]


def test_a_multi_currency_wallet_with_a_section_per_currency_each_with_its_own_account_details() -> None:
    """Wise kind: one file, a section per currency, each with its own account number (or IBAN), its balance
    at the start and end of the period, and rows whose date and reference are printed under the
    description; conversions and the fee for them are rows of their own."""
    gbp = running(M("1200.00"), WISE_GBP)
    eur = running(M("35.10"), WISE_EUR)
    head = header(["Wise Payments Limited", "ALEX JONES", "56 Shoreditch High Street, London E1 6JJ"])
    lines = [
        *head,
        *_wise_section("GBP", gbp, ["Account number 31926819", "Sort code 23-14-70"]),
        *_wise_section("EUR", eur, ["IBAN BE68 9670 3842 1734", "Swift/BIC TRWIBEB1XXX"]),
    ]
    first, second = read_all(drawn_lines([lines]))
    _check(first, gbp, "GBP", "31926819", described=_wise_described(gbp))
    _check(second, eur, "EUR", "BE68 9670 3842 1734", described=_wise_described(eur))


def test_a_wallet_statement_of_one_currency_with_its_balance_only_at_the_top() -> None:
    """Wise kind, one currency: "Description | Incoming | Outgoing | Amount", the last the balance after each
    row, under the balances at the start and end of the period printed at the top."""
    rows = running(M("1200.00"), WISE_GBP)
    lines = [
        *header(["Wise Payments Limited", "ALEX JONES"]),
        *_wise_section("GBP", rows, ["Account number 31926819", "Sort code 23-14-70"]),
    ]
    _check(_read(lines), rows, "GBP", "31926819", described=_wise_described(rows))


# ---- Revolut: money out, money in, balance ---------------------------------------------------------------

REVOLUT = [
    (D(2025, 6, 2), "Top-Up by Apple Pay", "500.00"),
    (D(2025, 6, 4), "Pret A Manger", "-6.45"),
    (D(2025, 6, 9), "Exchanged to EUR", "-200.00"),
    (D(2025, 6, 14), "To GBP Holiday Vault", "-150.00"),
    (D(2025, 6, 27), "Payment from Sam Taylor", "32.00"),
]


def test_a_neobank_statement_in_pounds_with_its_balance_summary_table_above_the_rows() -> None:
    """Revolut kind: "Date | Description | Money out | Money in | Balance", every figure with the pound sign,
    a line under a row naming what it went to or came from, and a balance summary table ("Product |
    Opening balance | Money out | Money in | Closing balance") above."""
    rows = running(M("1012.30"), REVOLUT)
    pound = _sign("£")
    notes = {
        "Exchanged to EUR": "Exchanged to EUR FX Rate £1 = €1.1720",
        "Pret A Manger": "Card: 459678******4417",
    }
    columns = [
        Column("Date", 40, lambda r: f"{r.date:%b} {r.date.day}, {r.date.year}"),
        Column(
            "Description",
            120,
            lambda r: r.description + ("\n" + notes[r.description] if r.description in notes else ""),
        ),
        Column("Money out", 400, paid_out(pound), right=True),
        Column("Money in", 470, paid_in(pound), right=True),
        Column("Balance", 550, lambda r: pound(r.balance), right=True),
    ]
    out, into = totals(rows)
    lines = [
        *header(["Revolut Ltd", "GBP Statement", "Generated on the Jul 1, 2025", "ALEX JONES"]),
        [(40, "Account number 54172291", False)],
        [(40, "Sort code 04-00-75", False)],
        [],
        [(40, "**Balance summary", False)],
        [
            (40, "**Product", False),
            (300, "Opening balance", True),
            (380, "Money out", True),
            (460, "Money in", True),
            (550, "Closing balance", True),
        ],
        [
            (40, "Account (Current Account)", False),
            (300, pound(balance_before(rows)), True),
            (380, pound(out), True),
            (460, pound(into), True),
            (550, pound(rows[-1].balance), True),
        ],
        [],
        [(40, "**Account transactions from June 1, 2025 to June 30, 2025", False)],
        headings(columns),
        *_stacked(columns, rows),
    ]
    # The rate of an exchange, printed under its row, is no text of its description.
    described = [
        r.description
        + (
            " " + notes[r.description]
            if r.description in notes and "Rate" not in notes[r.description]
            else ""
        )
        for r in rows
    ]
    _check(_read(lines), rows, "GBP", "54172291", described=described)


def test_a_neobank_statement_in_euros_with_an_iban_and_figures_signed_after_by_the_euro() -> None:
    """Revolut kind in euros for a European customer: the IBAN in the header, dates `2 Jun 2025`, money out
    and in columns of figures followed by the euro sign."""
    rows = running(
        M("320.00"),
        [
            (D(2025, 6, 2), "Exchanged from GBP", "234.40"),
            (D(2025, 6, 5), "Lidl Berlin", "-41.17"),
            (D(2025, 6, 11), "Transfer to LENA FISCHER", "-120.00"),
            (D(2025, 6, 19), "Refund from Zalando", "59.95"),
        ],
    )
    euro = _sign("€", after=True)
    columns = [
        Column("Date", 40, lambda r: f"{r.date.day} {r.date:%b %Y}"),
        Column("Description", 120, lambda r: r.description),
        Column("Money out", 400, paid_out(euro), right=True),
        Column("Money in", 470, paid_in(euro), right=True),
        Column("Balance", 550, lambda r: euro(r.balance), right=True),
    ]
    lines = [
        *header(["Revolut Bank UAB", "EUR Statement", "LENA MÜLLER", "IBAN LT12 3250 0123 4567 8901"]),
        [(40, "Opening balance", False), (550, euro(balance_before(rows)), True)],
        [(40, "Closing balance", False), (550, euro(rows[-1].balance), True)],
        [],
        [(40, "**Account transactions from 1 June 2025 to 30 June 2025", False)],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, "EUR", "LT12 3250 0123 4567 8901")


# ---- N26: German, signed figures, no running balance -----------------------------------------------------

N26 = [
    (D(2025, 5, 2), "REWE Markt GmbH", "-34.18"),
    (D(2025, 5, 5), "Arbeitgeber GmbH", "2450.00"),
    (D(2025, 5, 12), "Vermieter Hausverwaltung", "-980.00"),
    (D(2025, 5, 20), "Spotify AB", "-10.99"),
]


def test_a_german_neobank_statement_without_running_balances_between_old_and_new_balance() -> None:
    """N26 kind: "Beschreibung | Verbuchungsdatum | Betrag", each description over a line of its payment
    kind and a line of its value date, every figure signed and followed by the euro sign; the old and
    new balance and the sums of money out and in in a summary after the rows."""
    rows = running(M("1204.55"), N26)
    euro = _sign("€", continental, after=True)
    cards = {"REWE Markt GmbH": "Mastercard • Lebensmittel", "Spotify AB": "Mastercard • Medien"}

    def kind(row: Drawn) -> str:
        return cards.get(row.description, "Gutschrift" if row.amount > 0 else "Lastschrift")

    columns = [
        Column("Beschreibung", 40, lambda r: f"{r.description}\n{kind(r)}\nWertstellung {r.date:%d.%m.%Y}"),
        Column("Verbuchungsdatum", 330, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Betrag", 550, lambda r: ("+" if r.amount > 0 else "") + euro(r.amount), right=True),
    ]
    out, into = totals(rows)
    lines = [
        *header(["N26 Bank AG", "Max Mustermann", "IBAN: DE89 1001 1001 2624 8473 91", "BIC: NTSBDEB1XXX"]),
        [(40, "**Kontoauszug", False), (550, "01.05.2025 bis 31.05.2025", True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
        [],
        [(40, "Alter Kontostand", False), (550, "+" + euro(balance_before(rows)), True)],
        [(40, "Ausgehende Transaktionen", False), (550, euro(-out), True)],
        [(40, "Eingehende Transaktionen", False), (550, "+" + euro(into), True)],
        [(40, "Dein neuer Kontostand", False), (550, "+" + euro(rows[-1].balance), True)],
    ]
    # The bullet between a payment's card and its category is no text of its description; the value date
    # under them ("Wertstellung 02.05.2025") is the row's value date.
    described = [f"{r.description} {kind(r)}".replace(" •", "") for r in rows]
    read = _read(lines)
    _check(read, rows, "EUR", "DE89 1001 1001 2624 8473 91", described=described, balances=False)
    assert [t.value_date for t in read.transactions] == [r.date for r in rows]


# ---- UK app banks: Monzo and Starling --------------------------------------------------------------------

UK_APP = [
    (D(2025, 4, 1), "Salary NORTHSTAR LTD", "2310.45"),
    (D(2025, 4, 2), "Sainsbury's", "-42.18"),
    (D(2025, 4, 3), "Transfer to Holiday pot", "-200.00"),
    (D(2025, 4, 15), "Transfer from Holiday pot", "50.00"),
    (D(2025, 4, 28), "Thames Water", "-38.00"),
]


def _monzo_head(rows: Sequence[Drawn]) -> Lines:
    """A UK app bank's header: the sort code and account number on one line, the period, then the opening
    and closing balances in pounds."""
    return [
        *header(["Monzo Bank Limited", "Jamie Patel", "Sort code: 04-00-04   Account number: 82719304"]),
        [(40, "01/04/2025 - 30/04/2025", False)],
        [(40, "Opening balance", False), (550, "£" + english(balance_before(rows)), True)],
        [(40, "Closing balance", False), (550, "£" + english(rows[-1].balance), True)],
        [],
    ]


def test_a_uk_app_bank_with_signed_amounts_and_balances_headed_by_the_pound() -> None:
    """Monzo kind: "Date | Description | (GBP) Amount | (GBP) Balance", dates dd/mm/yyyy, pot transfers
    as rows, the sort code and account number on one header line."""
    rows = running(M("145.20"), UK_APP)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("(GBP) Amount", 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("(GBP) Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *_monzo_head(rows),
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, "GBP", "82719304")


def test_a_uk_app_bank_with_a_type_column_and_in_and_out_columns() -> None:
    """Starling kind: "Date | Type | Transaction | In | Out | Account Balance", the opening balance as a
    row of the table, spaces (pots) transferred as rows."""
    rows = running(M("145.20"), UK_APP)
    kinds = {True: "FASTER PAYMENT", False: "CONTACTLESS"}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Type", 100, lambda r: kinds[r.amount > 0]),
        Column("Transaction", 190, lambda r: r.description),
        Column("In", 400, paid_in(english), right=True),
        Column("Out", 470, paid_out(english), right=True),
        Column("Account Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(["Starling Bank", "Jamie Patel", "Account number 12345678", "Sort code 60-83-71"]),
        [(40, "Statement period 01/04/2025 to 30/04/2025", False)],
        [],
        headings(columns),
        [
            (40, "01/04/2025", False),
            (190, "Opening Balance", False),
            (550, english(balance_before(rows)), True),
        ],
        *table(columns, rows),
        [(40, "30/04/2025", False), (190, "Closing Balance", False), (550, english(rows[-1].balance), True)],
    ]
    described = [f"{kinds[r.amount > 0]} {r.description}" for r in rows]
    _check(_read(lines), rows, "GBP", "12345678", described=described)


# ---- US neobanks ------------------------------------------------------------------------------------------

US_APP = [
    (D(2025, 7, 1), "Direct Deposit ACME CORP PAYROLL", "1620.33"),
    (D(2025, 7, 3), "Walmart Supercenter #4412", "-84.19"),
    (D(2025, 7, 8), "Transfer to Savings Account", "-250.00"),
    (D(2025, 7, 14), "ATM Withdrawal 7-Eleven", "-42.50"),
    (D(2025, 7, 22), "Cash App*JOHN DOE", "-35.00"),
]
USD = _sign("$")


def test_a_us_neobank_checking_statement_with_a_type_and_a_settlement_date_but_no_balance() -> None:
    """Chime kind: "Transaction Date | Description | Type | Amount | Net Amount | Settlement Date", figures
    with the dollar sign and a minus, the balances only in a summary above: the net amount is the row's,
    the amount beside it the payment as it came."""
    rows = running(M("412.06"), US_APP)
    out, into = totals(rows)
    kinds = {True: "Deposit", False: "Purchase"}
    columns = [
        Column("Transaction Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Type", 300, lambda r: kinds[r.amount > 0]),
        Column("Amount", 400, lambda r: USD(r.amount), right=True),
        Column("Net Amount", 470, lambda r: USD(r.amount), right=True),
        Column("Settlement Date", 490, lambda r: (r.date + DAY).strftime("%m/%d/%Y")),
    ]
    lines = [
        *header(["Chime", "Checking Account Statement", "TAYLOR BROOKS", "Member ID 2291184"]),
        [(40, "Statement Period Jul 1, 2025 - Jul 31, 2025", False)],
        [(40, "Account number 1234567890123", False)],
        [],
        [(40, "**Summary", False)],
        [(40, "Beginning balance on 7/1", False), (300, USD(balance_before(rows)), True)],
        [(40, "Deposits", False), (300, USD(into), True)],
        [(40, "Withdrawals", False), (300, USD(-out), True)],
        [(40, "Ending balance on 7/31", False), (300, USD(rows[-1].balance), True)],
        [],
        [(40, "**Transactions", False)],
        headings(columns),
        *table(columns, rows),
    ]
    described = [f"{r.description} {kinds[r.amount > 0]}" for r in rows]
    read = _read(lines)
    _check(read, rows, None, "1234567890123", described=described, balances=False)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]  # the settlement's day


def test_a_payments_app_monthly_statement_dated_by_month_and_day_without_a_year() -> None:
    """Cash App kind: rows dated "Jul 3" (the year only in the statement's month), "Date | Description |
    Amount | Fee", amounts signed "+ $" and "- $", no running balance, starting and ending balances
    above."""
    rows = running(M("88.12"), [(d, t, a) for d, t, a in US_APP if "Savings" not in t])
    money = lambda v: ("+ " if v > 0 else "- ") + "$" + english(v)  # noqa: E731
    columns = [
        Column("Date", 40, lambda r: f"{r.date:%b} {r.date.day}"),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 470, lambda r: money(r.amount), right=True),
        Column("Fee", 550, lambda _: "$0.00", right=True),
    ]
    lines = [
        *header(["Cash App", "July 2025", "$taylorb", "Account number 8812 7740 1123"]),
        [(40, "Starting balance", False), (300, "$" + english(balance_before(rows)), True)],
        [(40, "Ending balance", False), (300, "$" + english(rows[-1].balance), True)],
        [],
        [(40, "**Transactions", False)],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, None, "8812 7740 1123", balances=False)


def test_a_us_neobank_with_a_signed_amount_and_a_balance_between_beginning_and_ending_rows() -> None:
    """Varo kind: "Date | Description | Amount | Balance", a beginning balance row before the rows and an
    ending balance row after them."""
    rows = running(M("1022.40"), US_APP)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: USD(r.amount), right=True),
        Column("Balance", 550, lambda r: USD(r.balance), right=True),
    ]
    lines = [
        *header(["Varo Bank, N.A.", "Varo Bank Account", "TAYLOR BROOKS", "Account Number: ******4471"]),
        [(40, "Statement Period: 07/01/2025 - 07/31/2025", False)],
        [],
        headings(columns),
        [
            (40, "07/01/2025", False),
            (120, "Beginning Balance", False),
            (550, USD(balance_before(rows)), True),
        ],
        *table(columns, rows),
        [(40, "07/31/2025", False), (120, "Ending Balance", False), (550, USD(rows[-1].balance), True)],
    ]
    _check(_read(lines), rows, None, "******4471")


def test_a_us_fintech_card_account_with_rows_dated_by_month_abbreviation_and_day() -> None:
    """Current kind: "Date | Description | Amount | Balance", dates "Jul 03" under a period line that gives
    the year, opening and closing balances above."""
    rows = running(M("64.00"), US_APP)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%b %d")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: USD(r.amount), right=True),
        Column("Balance", 550, lambda r: USD(r.balance), right=True),
    ]
    lines = [
        *header(["Current", "Spending Account", "TAYLOR BROOKS", "Account ending in 9931"]),
        [(40, "July 1, 2025 - July 31, 2025", False)],
        [(40, "Opening balance", False), (300, USD(balance_before(rows)), True)],
        [(40, "Closing balance", False), (300, USD(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, None, "9931")


# ---- PayPal and Venmo ------------------------------------------------------------------------------------

PAYPAL = [
    (D(2025, 8, 2), "Payment from Emma Stone", M("120.00"), M("3.78")),
    (D(2025, 8, 5), "Express Checkout Payment eBay Inc", M("-45.99"), M("0")),
    (D(2025, 8, 11), "Payment from Lucas Gray", M("60.00"), M("2.04")),
    (D(2025, 8, 19), "Transfer to Bank Account", M("-100.00"), M("0")),
]
# Each row's amount, the one the balance takes, is its net: the payment as it came less its fee.
PAYPAL_ROWS = running(M("15.40"), [(d, t, str(g - f)) for d, t, g, f in PAYPAL])
_CHARGED = {t: (g, f) for _, t, g, f in PAYPAL}


def _gross(row: Drawn) -> str:
    """A PayPal row's payment as it came, with a minus where it went out."""
    gross, _ = _CHARGED[row.description]
    return signed(english(gross), gross)


def _fee(row: Drawn) -> str:
    """A PayPal row's fee, with a minus where one was taken."""
    _, fee = _CHARGED[row.description]
    return signed(english(fee), -fee)


def _paypal_head(rows: Sequence[Drawn]) -> Lines:
    """A PayPal account statement's header, its beginning and ending balances under it."""
    return [
        *header(
            ["PayPal", "Account statement", "August 1, 2025 - August 31, 2025", "Account ID: 7HKQ2M4XQ9L3A"]
        ),
        [(40, "Beginning balance", False), (300, english(balance_before(rows)), True)],
        [(40, "Ending balance", False), (300, english(rows[-1].balance), True)],
        [],
    ]


def test_a_payment_service_activity_statement_with_gross_fee_and_net_and_ids_under_each_row() -> None:
    """PayPal kind: "Date | Description | Currency | Gross | Fee | Net | Balance", the fee negative, a line
    "ID: ..." under each row, the beginning and ending balances in a summary box."""
    rows = PAYPAL_ROWS
    ids = {t: f"ID: {n}AB23456CD78901{n}E" for n, (_, t, _, _) in enumerate(PAYPAL)}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 100, lambda r: f"{r.description}\n{ids[r.description]}"),
        Column("Currency", 290, lambda _: "USD"),
        Column("Gross", 380, _gross, right=True),
        Column("Fee", 430, _fee, right=True),
        Column("Net", 490, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(
            ["PayPal", "Monthly account statement", "August 1, 2025 - August 31, 2025", "emma@example.com"]
        ),
        [(40, "Account ID: 7HKQ2M4XQ9L3A", False)],
        [(40, "**Balance summary", False), (300, "USD", True)],
        [(40, "Beginning balance", False), (300, english(balance_before(rows)), True)],
        [(40, "Ending balance", False), (300, english(rows[-1].balance), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    described = [f"{r.description} {ids[r.description]}" for r in rows]
    _check(_read(lines), rows, "USD", "7HKQ2M4XQ9L3A", described=described)


def test_a_peer_to_peer_app_statement_with_signed_dollar_amounts_and_no_balance() -> None:
    """Venmo kind: "Date | Type | Note | Amount", amounts "+ $25.00" and "- $12.00", beginning and ending
    balances above."""
    rows = running(
        M("40.00"),
        [
            (D(2025, 8, 2), "Payment Pizza night", "-12.00"),
            (D(2025, 8, 9), "Payment Concert tickets", "85.00"),
            (D(2025, 8, 15), "Standard Transfer", "-100.00"),
            (D(2025, 8, 23), "Payment Rent share", "25.00"),
        ],
    )
    money = lambda v: ("+ " if v > 0 else "- ") + "$" + english(v)  # noqa: E731
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Transaction", 110, lambda r: r.description),
        Column("Amount", 550, lambda r: money(r.amount), right=True),
    ]
    lines = [
        *header(["Venmo", "Account Statement", "August 1, 2025 - August 31, 2025", "Sam Rivera @sam-rivera"]),
        [(40, "Account number 9912 0043 7781", False)],
        [(40, "Beginning Balance", False), (300, "$" + english(balance_before(rows)), True)],
        [(40, "Ending Balance", False), (300, "$" + english(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, None, "9912 0043 7781", balances=False)


# ---- Latin America: Nubank, Mercado Pago, Ualá -----------------------------------------------------------


def test_an_argentine_wallet_with_an_operation_id_a_signed_peso_value_and_a_balance() -> None:
    """Mercado Pago kind: "Fecha | Descripción | ID de la operación | Valor | Saldo", figures "$ -1.234,56",
    the CVU in the header, initial and final balances above."""
    rows = running(
        M("18450.00"),
        [
            (D(2025, 5, 2), "Transferencia recibida Juan Perez", "25000.00"),
            (D(2025, 5, 4), "Pago Supermercado Dia", "-8432.15"),
            (D(2025, 5, 9), "Rendimientos", "312.44"),
            (D(2025, 5, 17), "Pago de servicio Edesur", "-14210.00"),
        ],
    )
    peso = lambda v: "$ " + signed(continental(v), v)  # noqa: E731
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Descripción", 110, lambda r: r.description),
        Column("ID de la operación", 300, lambda r: f"10{r.date:%d%m}77412"),
        Column("Valor", 480, lambda r: peso(r.amount), right=True),
        Column("Saldo", 560, lambda r: peso(r.balance), right=True),
    ]
    lines = [
        *header(["Mercado Pago", "RESUMEN DE CUENTA", "LUCIA FERNANDEZ", "CVU: 0000003100012345678901"]),
        [(40, "Periodo: del 1 al 31 de mayo de 2025", False)],
        [(40, "Saldo inicial:", False), (300, peso(balance_before(rows)), True)],
        [(40, "Saldo final:", False), (300, peso(rows[-1].balance), True)],
        [],
        [(40, "**DETALLE DE MOVIMIENTOS", False)],
        headings(columns),
        *table(columns, rows),
    ]
    described = [f"{r.description} 10{r.date:%d%m}77412" for r in rows]
    _check(_read(lines), rows, None, "0000003100012345678901", described=described)


def test_an_argentine_app_account_with_a_signed_amount_and_no_balance() -> None:
    """Ualá kind: "Fecha | Descripción | Monto", dates dd/mm/yyyy, "Saldo inicial" and "Saldo final" in a
    box above the rows, the CVU and alias in the header."""
    rows = running(
        M("5300.00"),
        [
            (D(2025, 5, 3), "Carga de saldo", "20000.00"),
            (D(2025, 5, 6), "Compra con tarjeta Mostaza", "-6450.00"),
            (D(2025, 5, 20), "Transferencia enviada Pedro Gomez", "-4000.00"),
        ],
    )
    peso = lambda v: signed("$ " + continental(v), v)  # noqa: E731
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Descripción", 120, lambda r: r.description),
        Column("Monto", 550, lambda r: peso(r.amount), right=True),
    ]
    lines = [
        *header(
            [
                "Ualá",
                "Resumen de cuenta",
                "MARTIN GOMEZ",
                "CVU 0000007900204512345678",
                "Alias MARTIN.UALA.PESOS",
            ]
        ),
        [(40, "Período 01/05/2025 al 31/05/2025", False)],
        [(40, "Saldo inicial", False), (300, peso(balance_before(rows)), True)],
        [(40, "Saldo final", False), (300, peso(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, None, "0000007900204512345678", balances=False)


# ---- Nigeria: Kuda, Moniepoint, Opay ---------------------------------------------------------------------

NAIRA_ROWS = [
    (D(2025, 6, 2), "Transfer from ADEBAYO OLUWASEUN", "150000.00"),
    (D(2025, 6, 4), "Airtime MTN 08031234567", "-2000.00"),
    (D(2025, 6, 9), "Transfer to CHINEDU OKAFOR", "-45000.00"),
    (D(2025, 6, 9), "Transfer fee", "-10.75"),
    (D(2025, 6, 18), "POS purchase SHOPRITE LEKKI", "-23450.50"),
]
NAIRA = _sign("₦")


def test_a_nigerian_app_bank_with_date_and_time_money_in_before_money_out_and_a_category() -> None:
    """Kuda kind: "Date/Time | Money In | Money out | Category | To / From | Description | Balance", the
    time under the date, the opening and closing balances in a summary above."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(M("12500.00"), NAIRA_ROWS)
    columns = [
        Column("Date/Time", 30, lambda r: f"{r.date:%d/%m/%y}\n{9 + r.date.day % 9:02d}:14:22"),
        Column("Money In", 140, paid_in(NAIRA), right=True),
        Column("Money out", 220, paid_out(NAIRA), right=True),
        Column("Category", 235, lambda r: "inward transfer" if r.amount > 0 else "outward transfer"),
        Column("Description", 330, lambda r: r.description),
        Column("Balance", 570, lambda r: NAIRA(r.balance), right=True),
    ]
    out, into = totals(rows)
    lines = [
        *header(["Kuda Microfinance Bank", "FUNMILAYO ADEYEMI", "Account Number 2011234567", "Currency NGN"]),
        [(30, "01/06/25 - 30/06/25", False)],
        [(30, "**Summary", False)],
        [(30, "Opening Balance", False), (300, NAIRA(balance_before(rows)), True)],
        [(30, "Money In", False), (300, NAIRA(into), True)],
        [(30, "Money Out", False), (300, NAIRA(out), True)],
        [(30, "Closing Balance", False), (300, NAIRA(rows[-1].balance), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    # The category is a column of its own, no text of the description.
    _check(read_one(drawn_lines([lines], fonts)), rows, "NGN", "2011234567")


def test_a_nigerian_business_account_with_a_reference_debit_credit_and_balance() -> None:
    """Moniepoint kind: "Date | Narration | Reference | Debit | Credit | Balance", date and time on one
    line, the reference a long id, opening and closing balances above."""
    rows = running(M("12500.00"), NAIRA_ROWS)
    columns = [
        Column("Date", 30, lambda r: f"{r.date:%Y-%m-%d}T{9 + r.date.day % 9:02d}:14:22"),
        Column("Narration", 140, lambda r: r.description),
        Column("Reference", 320, lambda r: f"MFDS{r.date:%y%m%d}4417"),
        Column("Debit", 440, paid_out(english), right=True),
        Column("Credit", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(
            ["Moniepoint Microfinance Bank", "OKAFOR VENTURES", "Account Number: 5012345678", "Currency: NGN"]
        ),
        [(30, "Period: 2025-06-01 to 2025-06-30", False)],
        [(30, "Opening Balance", False), (300, english(balance_before(rows)), True)],
        [(30, "Closing Balance", False), (300, english(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    described = [f"{r.description} MFDS{r.date:%y%m%d}4417" for r in rows]
    _check(_read(lines), rows, "NGN", "5012345678", described=described)


def test_a_nigerian_wallet_with_transaction_time_value_date_channel_and_reference_after_the_balance() -> None:
    """Opay kind: "Trans. Time | Value Date | Description | Debit(₦) | Credit(₦) | Balance After(₦) |
    Channel | Transaction Reference", the time printed with each row's date."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(M("12500.00"), NAIRA_ROWS)
    columns = [
        Column("Trans. Time", 20, lambda r: f"{r.date:%d %b %Y}\n{9 + r.date.day % 9:02d}:14:22"),
        Column("Value Date", 80, lambda r: f"{r.date:%d %b %Y}"),
        Column("Description", 140, lambda r: r.description),
        Column("Debit(₦)", 340, lambda r: english(-r.amount) if r.amount < 0 else "--", right=True),
        Column("Credit(₦)", 400, lambda r: english(r.amount) if r.amount > 0 else "--", right=True),
        Column("Balance After(₦)", 470, lambda r: english(r.balance), right=True),
        Column("Channel", 480, lambda _: "Mobile"),
        Column("Reference", 520, lambda r: f"25{r.date:%m%d}0141"),
    ]
    lines = [
        *header(["OPay Digital Services Limited", "Account Name BLESSING EZE", "Account Number 8031234567"]),
        [(20, "Period 01 Jun 2025 - 30 Jun 2025", False)],
        [(20, "Opening Balance", False), (300, NAIRA(balance_before(rows)), True)],
        [(20, "Closing Balance", False), (300, NAIRA(rows[-1].balance), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    _check(read_one(drawn_lines([lines], fonts)), rows, "NGN", "8031234567", described=None)


# ---- East and West Africa: M-Pesa, Airtel Money, MTN MoMo -------------------------------------------------

KES_ROWS = [
    (D(2025, 6, 1), "Funds received from 0712345678 JANE WANJIRU", "3500.00"),
    (D(2025, 6, 3), "Customer Transfer to 0722987654 PETER OTIENO", "-1200.00"),
    (D(2025, 6, 3), "Customer Transfer of Funds Charge", "-13.00"),
    (D(2025, 6, 12), "Pay Bill to 888880 KPLC PREPAID Acc. 37112345678", "-1000.00"),
    (D(2025, 6, 20), "Merchant Payment to 123456 NAIVAS SUPERMARKET", "-845.00"),
]


def test_an_east_african_mobile_money_statement_listed_newest_first_with_receipt_numbers_and_status() -> None:
    """M-Pesa kind: "Receipt No. | Completion Time | Details | Transaction Status | Paid In | Withdrawn |
    Balance", newest row first, completion time "2025-06-20 14:22:11", withdrawals printed with a minus,
    no opening or closing balance printed."""
    rows = running(M("2104.50"), KES_ROWS)
    columns = [
        Column("Receipt No.", 20, lambda r: f"TF{r.date.day:02d}AB1X2Y"),
        Column("Completion Time", 80, lambda r: f"{r.date:%Y-%m-%d}\n{9 + r.date.day % 9:02d}:22:11"),
        Column("Details", 165, lambda r: wrapped(r.description, 30)),
        Column("Transaction Status", 345, lambda _: "COMPLETED"),
        Column("Paid In", 475, lambda r: english(r.amount) if r.amount > 0 else "", right=True),
        Column("Withdrawn", 530, lambda r: "-" + english(r.amount) if r.amount < 0 else "", right=True),
        Column("Balance", 580, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(
            ["M-PESA", "MPESA FULL STATEMENT", "Customer Name: WANJIKU KAMAU", "Mobile Number: 0712000111"]
        ),
        [(20, "Statement Period: 01 Jun 2025 - 30 Jun 2025", False)],
        [(20, "Request Date: 01 Jul 2025", False)],
        [],
        [(20, "**DETAILED STATEMENT", False)],
        headings(columns),
        *_stacked(columns, list(reversed(rows))),
    ]
    read = _read(lines)
    # Read in the order printed, newest first; the receipt number left of the date is no description.
    assert entries(read) == [(r.date, r.description, r.amount) for r in reversed(rows)]
    assert [t.balance for t in read.transactions] == [r.balance for r in reversed(rows)]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_number == "0712000111"


def test_an_african_mobile_money_statement_with_a_transaction_id_debit_credit_and_balance() -> None:
    """Airtel Money kind: "Transaction ID | Transaction Date | Description | Status | Debit | Credit |
    Balance", ids of digits first, dates with the time "03-06-2025 14:22", in Kenyan shillings."""
    rows = running(M("2104.50"), KES_ROWS)
    columns = [
        Column("Transaction ID", 20, lambda r: f"7712{r.date.day:02d}4401"),
        Column("Transaction Date", 85, lambda r: f"{r.date:%d-%m-%Y} {9 + r.date.day % 9:02d}:22"),
        Column("Description", 175, lambda r: r.description),
        Column("Status", 420, lambda _: "Success"),
        Column("Debit", 495, paid_out(english), right=True),
        Column("Credit", 535, paid_in(english), right=True),
        Column("Balance", 575, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(["Airtel Money Kenya", "Customer Statement", "Name: KEVIN OCHIENG", "MSISDN: 254733123456"]),
        [(20, "Currency: KES", False)],
        [(20, "From 01-06-2025 To 30-06-2025", False)],
        [(20, "Opening Balance", False), (300, english(balance_before(rows)), True)],
        [(20, "Closing Balance", False), (300, english(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, "KES", "254733123456")


def test_a_ugandan_mobile_money_statement_with_fees_in_their_own_column() -> None:
    """MTN MoMo kind: "Date | Transaction ID | Type | Description | Amount | Fees | Balance", whole
    shillings, the fee of a row taken from the balance with it and listed in its own column."""
    drawn = [
        (D(2025, 6, 2), "Cash In AGENT 256771", M("200000"), M("0")),
        (D(2025, 6, 5), "Transfer to 256772334455 MUGISHA", M("-50000"), M("1000")),
        (D(2025, 6, 11), "Payment UMEME YAKA", M("-35000"), M("500")),
        (D(2025, 6, 24), "Cash Out AGENT 256771", M("-60000"), M("2500")),
    ]
    whole = lambda v: f"{abs(v):,.0f}"  # noqa: E731
    opening = M("18500")
    balance = opening
    lines_rows: list[list[Cell]] = []
    expected: list[tuple[D, str, M]] = []
    for day, text, amount, fee in drawn:
        balance += amount - fee
        lines_rows.append(
            [
                (20, day.strftime("%d/%m/%Y"), False),
                (80, f"71{day:%m%d}3391", False),
                (140, text, False),
                (420, signed(whole(amount), amount), True),
                (480, whole(fee), True),
                (570, whole(balance), True),
            ]
        )
        expected.append((day, f"71{day:%m%d}3391 {text}", amount))
        if fee:
            expected.append((day, f"Fees: 71{day:%m%d}3391 {text}", -fee))
    lines = [
        *header(
            ["MTN Mobile Money Uganda", "Account Statement", "Name: NAKATO SARAH", "Account: 256772001122"]
        ),
        [(20, "Currency: UGX", False)],
        [(20, "Period 01/06/2025 - 30/06/2025", False)],
        [(20, "Opening Balance", False), (300, whole(opening), True)],
        [(20, "Closing Balance", False), (300, whole(balance), True)],
        [],
        [
            (20, "**Date", False),
            (80, "Transaction ID", False),
            (140, "Description", False),
            (420, "Amount", True),
            (480, "Fees", True),
            (570, "Balance", True),
        ],
        *lines_rows,
    ]
    read = _read(lines)
    assert entries(read) == expected
    assert (read.opening_balance, read.closing_balance) == (opening, balance)
    assert read.currency == "UGX"
    assert read.account_number == "256772001122"


# ---- Philippines, India ----------------------------------------------------------------------------------

PHP_ROWS = [
    (D(2025, 7, 1), "Cash-in from BPI", "5000.00"),
    (D(2025, 7, 2), "Payment to MERALCO", "-2314.60"),
    (D(2025, 7, 9), "Send Money to 09171234567", "-1500.00"),
    (D(2025, 7, 16), "Buy Load GLOBE 09170001111", "-99.00"),
]


def test_a_philippine_wallet_with_date_and_time_a_reference_number_and_debit_credit_columns() -> None:
    """GCash kind: "Date and Time | Description | Reference No. | Debit | Credit | Balance", the time with
    the date "2025-07-01 08:14 AM", starting and ending balances above."""
    rows = running(M("820.45"), PHP_ROWS)
    columns = [
        Column("Date and Time", 20, lambda r: f"{r.date:%Y-%m-%d} 08:14 AM"),
        Column("Description", 130, lambda r: r.description),
        Column("Reference No.", 320, lambda r: f"90{r.date:%m%d}12345"),
        Column("Debit", 440, paid_out(english), right=True),
        Column("Credit", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(["GCash", "Transaction History", "JUAN DELA CRUZ", "Mobile No. 09171234567"]),
        [(20, "2025-07-01 to 2025-07-31", False)],
        [],
        headings(columns),
        [(130, "STARTING BALANCE", False), (570, english(balance_before(rows)), True)],
        *table(columns, rows),
        [(130, "ENDING BALANCE", False), (570, english(rows[-1].balance), True)],
    ]
    described = [f"{r.description} 90{r.date:%m%d}12345" for r in rows]
    _check(_read(lines), rows, None, "09171234567", described=described)


def test_a_philippine_digital_bank_with_peso_signed_amounts_and_a_reference_under_each_row() -> None:
    """Maya kind: "Date | Description | Amount | Balance", figures "-₱2,314.60", a reference line under
    each description, the account number and the opening and closing balances above."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(M("820.45"), PHP_ROWS)
    peso = _sign("₱")
    columns = [
        Column("Date", 30, lambda r: f"{r.date:%b} {r.date.day:02d}, {r.date.year}"),
        Column("Description", 120, lambda r: f"{r.description}\nRef. No. 6A{r.date:%m%d}Q"),
        Column("Amount", 470, lambda r: peso(r.amount), right=True),
        Column("Balance", 560, lambda r: peso(r.balance), right=True),
    ]
    lines = [
        *header(
            ["Maya Bank, Inc.", "Statement of Account", "JUAN DELA CRUZ", "Account Number 6123 4567 8901"]
        ),
        [(30, "July 1, 2025 - July 31, 2025", False)],
        [(30, "Opening Balance", False), (300, peso(balance_before(rows)), True)],
        [(30, "Closing Balance", False), (300, peso(rows[-1].balance), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    described = [f"{r.description} Ref. No. 6A{r.date:%m%d}Q" for r in rows]
    _check(read_one(drawn_lines([lines], fonts)), rows, "PHP", "6123 4567 8901", described=described)


def test_an_indian_payments_bank_passbook_with_date_and_time_and_a_signed_rupee_amount() -> None:
    """Paytm kind: "Date & Time | Transaction Details | Amount | Available Balance", the time under the
    date, amounts "+ Rs.250.00" and "- Rs.99.00", the opening and closing balances above."""
    rows = running(
        M("1250.00"),
        [
            (D(2025, 8, 1), "Received from RAHUL SHARMA UPI Ref 524112345678", "2500.00"),
            (D(2025, 8, 3), "Paid to SWIGGY UPI Ref 524312345678", "-486.00"),
            (D(2025, 8, 9), "Mobile Recharge JIO 9876543210", "-299.00"),
            (D(2025, 8, 20), "Paid to ZEPTO UPI Ref 525012345678", "-812.40"),
        ],
    )
    money = lambda v: ("+ " if v > 0 else "- ") + "Rs." + english(v)  # noqa: E731
    columns = [
        Column("Date & Time", 30, lambda r: f"{r.date.day} {r.date:%b %Y}\n2:22 PM"),
        Column("Transaction Details", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: money(r.amount), right=True),
        Column("Available Balance", 560, lambda r: "Rs." + english(r.balance), right=True),
    ]
    lines = [
        *header(["Paytm Payments Bank", "Account Statement", "PRIYA NAIR", "Account Number 919876543210"]),
        [(30, "Statement Period 01 Aug 2025 to 31 Aug 2025", False)],
        [(30, "Opening Balance", False), (300, "Rs." + english(balance_before(rows)), True)],
        [(30, "Closing Balance", False), (300, "Rs." + english(rows[-1].balance), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    _check(_read(lines), rows, None, "919876543210")


# ---- Russia, the Netherlands, Denmark --------------------------------------------------------------------


def test_a_russian_app_bank_statement_with_operation_and_debit_dates_and_signed_rouble_amounts() -> None:
    """Tinkoff kind: "Дата и время операции | Дата списания | Сумма в валюте операции | Описание операции",
    the time under the operation's date, figures "-1 234,56 ₽" and "+25 000,00 ₽", no running balance,
    the balance at the start and end of the period above."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(
        M("12480.50"),
        [
            (D(2025, 6, 2), "Пополнение. Зарплата ООО Ромашка", "85000.00"),
            (D(2025, 6, 4), "Оплата в ПЯТЁРОЧКА 1234 Москва", "-1234.56"),
            (D(2025, 6, 10), "Перевод Иван И.", "-15000.00"),
            (D(2025, 6, 25), "Оплата услуг МТС", "-650.00"),
        ],
    )
    rouble = lambda v: ("+" if v > 0 else "-") + spaced(v) + " ₽"  # noqa: E731
    columns = [
        Column("Дата операции", 30, lambda r: f"{r.date:%d.%m.%Y}\n14:22"),
        Column("Дата списания", 130, lambda r: f"{r.date + DAY:%d.%m.%Y}"),
        Column("Сумма", 300, lambda r: rouble(r.amount), right=True),
        Column("Описание операции", 320, lambda r: r.description),
    ]
    lines = [
        *header(
            [
                "АО «ТБанк»",
                "Справка о движении средств",
                "Иванов Иван Иванович",
                "Номер счета 40817810000012345678",
            ]
        ),
        [(30, "Движение средств за период с 01.06.2025 по 30.06.2025", False)],
        [(30, "Баланс на 01.06.2025", False), (300, spaced(balance_before(rows)) + " ₽", True)],
        [(30, "Баланс на 30.06.2025", False), (300, spaced(rows[-1].balance) + " ₽", True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
    ]
    read = read_one(drawn_lines([lines], fonts))
    _check(read, rows, "RUB", "40817810000012345678", balances=False)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]  # the debit's day


def test_a_dutch_app_bank_statement_with_a_counter_account_under_each_row_and_signed_amounts() -> None:
    """Bunq kind: "Datum | Omschrijving | Bedrag | Saldo", dates "02-06-2025", the counter-account's IBAN
    under each description, amounts "-€ 41,17", begin and end balance lines."""
    rows = running(
        M("845.00"),
        [
            (D(2025, 6, 2), "Albert Heijn 1234 Amsterdam", "-41.17"),
            (D(2025, 6, 6), "Salaris juni Werkgever B.V.", "2875.40"),
            (D(2025, 6, 12), "Huur juni Woonstichting", "-1120.00"),
        ],
    )
    euro = lambda v: signed("€ " + continental(v), v)  # noqa: E731
    iban = "NL91 ABNA 0417 1643 00"
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Omschrijving", 120, lambda r: f"{r.description}\n{iban}"),
        Column("Bedrag", 470, lambda r: euro(r.amount), right=True),
        Column("Saldo", 550, lambda r: euro(r.balance), right=True),
    ]
    lines = [
        *header(["bunq B.V.", "Rekeningafschrift", "J. de Vries", "IBAN NL12 BUNQ 2065 4321 00"]),
        [(40, "Periode 01-06-2025 t/m 30-06-2025", False)],
        [(40, "Beginsaldo", False), (550, euro(balance_before(rows)), True)],
        [],
        headings(columns),
        *_stacked(columns, rows),
        [(40, "Eindsaldo", False), (550, euro(rows[-1].balance), True)],
    ]
    described = [f"{r.description} {iban}" for r in rows]
    _check(_read(lines), rows, "EUR", "NL12 BUNQ 2065 4321 00", described=described)


def test_a_danish_app_bank_statement_with_text_amount_and_balance_between_primo_and_ultimo() -> None:
    """Lunar kind: "Dato | Tekst | Beløb | Saldo", dates "02.06.2025", figures "-1.234,56", the balance
    brought in and out as "Primosaldo" and "Ultimosaldo"."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(
        M("4210.75"),
        [
            (D(2025, 6, 2), "Netto Nørrebro", "-186.25"),
            (D(2025, 6, 5), "Løn juni Arbejdsgiver ApS", "24500.00"),
            (D(2025, 6, 10), "Husleje juni", "-9800.00"),
            (D(2025, 6, 23), "MobilePay Sofie", "-250.00"),
        ],
    )
    kroner = lambda v: signed(continental(v), v)  # noqa: E731
    columns = [
        Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Tekst", 120, lambda r: r.description),
        Column("Beløb", 470, lambda r: kroner(r.amount), right=True),
        Column("Saldo", 550, lambda r: kroner(r.balance), right=True),
    ]
    lines = [
        *header(
            ["Lunar Bank A/S", "Kontoudtog", "Mette Hansen", "Kontonummer 6695 2004123456", "Valuta DKK"]
        ),
        [(40, "Periode 01.06.2025 - 30.06.2025", False)],
        [],
        headings(columns),
        [(120, "Primosaldo", False), (550, kroner(balance_before(rows)), True)],
        *table(columns, rows),
        [(120, "Ultimosaldo", False), (550, kroner(rows[-1].balance), True)],
    ]
    _check(read_one(drawn_lines([lines], fonts)), rows, "DKK", "6695 2004123456")


def test_a_wallet_activity_list_with_a_status_column_where_a_pending_row_moves_no_balance() -> None:
    """PayPal and Cash App kind: "Date | Description | Status | Amount | Balance", each row "Completed"
    but one "Pending", printed without a balance beside it: not posted, no transaction of the statement."""
    rows = PAYPAL_ROWS
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Status", 340, lambda _: "Completed"),
        Column("Amount", 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    pending = [
        (40, "08/30/2025", False),
        (110, "Payment to City Parking", False),
        (340, "Pending", False),
        (470, "-12.00", True),
    ]
    lines = [
        *_paypal_head(rows),
        headings(columns),
        *table(columns, rows),
        pending,
    ]
    _check(_read(lines), rows, None, "7HKQ2M4XQ9L3A")


def test_a_payment_service_heading_the_gross_amount_and_the_net_amount_beside_its_fee() -> None:
    """PayPal kind: "Date | Description | Amount | Fee | Net amount | Balance": the amount as the payment
    came, its fee, and what was left of it, which the balance takes and is the row's amount."""
    rows = PAYPAL_ROWS
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%m/%d/%Y")),
        Column("Description", 100, lambda r: r.description),
        Column("Amount", 370, _gross, right=True),
        Column("Fee", 420, _fee, right=True),
        Column("Net amount", 490, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *_paypal_head(rows),
        headings(columns),
        *table(columns, rows),
    ]
    _check(_read(lines), rows, None, "7HKQ2M4XQ9L3A")


def test_a_wallet_printing_the_time_of_day_in_a_column_of_its_own_beside_the_date() -> None:
    """ "Date | Time | Transaction ID | Description | Debit | Credit | Balance": the time of each transfer
    in a column of its own, neither a second date nor text of the description, nor is the transfer's id
    between the date and the description."""
    rows = running(M("12500.00"), NAIRA_ROWS)
    columns = [
        Column("Date", 20, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Time", 80, lambda r: f"{9 + r.date.day % 9:02d}:14:22"),
        Column("Transaction ID", 125, lambda r: f"TX{r.date:%y%m%d}0441"),
        Column("Description", 205, lambda r: r.description),
        Column("Debit", 440, paid_out(english), right=True),
        Column("Credit", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *header(["PalmPay Limited", "Account Statement", "Name: IBRAHIM MUSA", "Account Number: 8123456789"]),
        [(20, "Statement Period: 01/06/2025 - 30/06/2025", False)],
        [(20, "Opening Balance", False), (300, english(balance_before(rows)), True)],
        [(20, "Closing Balance", False), (300, english(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    read = _read(lines)
    _check(read, rows, None, "8123456789")
    assert [t.value_date for t in read.transactions] == [None] * len(rows)


def test_a_uk_app_bank_payment_abroad_with_its_own_amount_and_rate_on_the_line_under_it() -> None:
    """Monzo kind: a payment abroad prints, under its description, "Amount: USD -15.24. Conversion rate:
    0.787402.": the figure in the other money is no amount of the row, nor the rate."""
    rows = running(M("145.20"), UK_APP)
    abroad = {"Thames Water": "Amount: USD -48.26. Conversion rate: 0.787402."}
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column(
            "Description",
            120,
            lambda r: "\n".join(
                [r.description, *([abroad[r.description]] if r.description in abroad else [])]
            ),
        ),
        Column("(GBP) Amount", 470, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("(GBP) Balance", 550, lambda r: english(r.balance), right=True),
    ]
    lines = [
        *_monzo_head(rows),
        headings(columns),
        *_stacked(columns, rows),
    ]
    # The line of the money abroad and its rate is no text of the description, as everywhere.
    _check(_read(lines), rows, "GBP", "82719304")
