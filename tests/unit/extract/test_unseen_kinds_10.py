"""Statements of fintechs, neobanks and mobile wallets in forms no other test draws, read through the text
layer against what was drawn: a multi-currency wallet's section listed newest first under only the
balance it ends at, each row's date opening the line of its card and transaction id under the
description; a neobank's rows in Swedish ("Pengar ut | Pengar in | Saldo") under its balance summary; the
same neobank's tables of reverted and pending payments after the rows, and its exchange rate under a
row; an Indian payments app's rows signed by a "Debit"/"Credit" type column; a Ghanaian wallet's amount
printed bare between its fees and the balances before and after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from ingest.codes import WarningCode
from ingest.extract.statement import RawStatement
from ingest.stages.validation import FileStatements, validate
from tests.unit.extract.unseen_kinds import (
    HELVETICA,
    Column,
    D,
    Drawn,
    Lines,
    M,
    balance_before,
    bold,
    continental,
    dejavu,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    read_all,
    read_one,
    running,
    signed,
    table,
    totals,
    wrapped,
)


def _warned(read: RawStatement, today: dt.date) -> list[WarningCode]:
    """The codes of the warnings the statement's account is given."""
    [account] = validate(today, [FileStatements("statement.pdf", [read])]).accounts
    return [w.code for w in account.warnings]


def _balances(read: RawStatement, rows: Sequence[Drawn]) -> None:
    """Asserts the running balances read and the balances around the rows (in date order)."""
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    first, last = min(rows, key=lambda r: r.date), max(rows, key=lambda r: r.date)
    assert (read.opening_balance, read.closing_balance) == (balance_before([first]), last.balance)


# ---- Wise: newest first, only the balance it ends at, the date opening the line under each row -----------

WISE = [
    (D(2025, 11, 1), "Card transaction of 32.40 EUR issued by Google Gsuite Dublin", "-32.40"),
    (D(2025, 11, 2), "Received money from JAN DE VRIES with reference 727763", "400.00"),
    (D(2025, 11, 4), "Sent money to HAUSVERWALTUNG MEIER GMBH", "-1000.00"),
    (D(2025, 11, 6), "Cashback", "0.59"),
    (D(2025, 11, 10), "Card transaction of 617.79 EUR issued by Europcar Madrid", "100.00"),
    (
        D(2025, 11, 26),
        "Card transaction of 88.49 EUR issued by Claude.ai Subscription ANTHROPIC.COM",
        "-88.49",
    ),
]
WISE_USD = [
    (D(2025, 11, 3), "Received money from GUSTO with reference 021000028330932", "8000.00"),
    (D(2025, 11, 9), "Card transaction of 10.00 USD issued by Aqua Voice AQUAVOICE.COM", "-10.00"),
    (D(2025, 11, 12), "Sent money to ALEX JONES", "-6000.00"),
    (D(2025, 11, 20), "Card transaction of 24.80 USD issued by Figma FIGMA.COM", "-24.80"),
]
WISE_DETAILS = {
    "EUR": {"IBAN": "BE61 9051 1531 4617", "Swift/BIC": "TRWIBEB1XXX"},
    "USD": {"Account number": "563252420989629", "Routing number": "084009519", "Swift/BIC": "TRWIUS35XXX"},
}


def _day_first(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _month_first(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _wise_section(code: str, rows: Sequence[Drawn], when: Callable[[dt.date], str] = _day_first) -> Lines:
    """A currency's section as Wise prints it: its title and period, "Account Holder" and the details to
    pay in each over its value, its balance on the period's last day, then its rows newest first, each
    description (wrapped past 60 letters) with its money and the balance after it, over a line of its
    date, the card it was paid with and its transaction id."""
    details = WISE_DETAILS[code]
    lines: Lines = [
        [(40, f"##{code} statement", False)],
        [(40, f"{when(D(2025, 11, 1))} [GMT+01:00] - {when(D(2025, 11, 30))} [GMT+01:00]", False)],
        [(40, "Generated on: 11 December 2025", False)],
        bold(
            [
                (40, "Account Holder", False),
                *[(300 + 130 * n, label, False) for n, label in enumerate(details)],
            ]
        ),
        [
            (40, "ALEX JONES", False),
            *[(300 + 130 * n, value, False) for n, value in enumerate(details.values())],
        ],
        [(40, "Kerkstraat 12, 1017 GB Amsterdam", False)],
        [],
        [
            (40, f"{code} on {when(D(2025, 11, 30))} [GMT+01:00]", False),
            (560, f"{english(rows[-1].balance)} {code}", True),
        ],
        [],
        bold(
            [
                (40, "Description", False),
                (400, "Incoming", True),
                (480, "Outgoing", True),
                (560, "Amount", True),
            ]
        ),
    ]
    for r in reversed(rows):
        kind = "CARD" if r.description.startswith("Card") else "TRANSFER"
        card = "Card ending in 9924 ALEX JONES " if kind == "CARD" else ""
        money = (
            (400, english(r.amount), True)
            if r.amount > 0
            else (480, signed(english(r.amount), r.amount), True)
        )
        first, *rest = wrapped(r.description, 60).split("\n")
        lines += [
            [(40, first, False), money, (560, english(r.balance), True)],
            *[[(40, text, False)] for text in rest],
        ]
        lines += [[(40, f"{when(r.date)} {card}Transaction: {kind}-31{r.date.day:02d}6196743", False)], []]
    return lines


def _wise_as_drawn(read: RawStatement, code: str, rows: Sequence[Drawn]) -> None:
    """Asserts a Wise section read as drawn: its rows newest first, each described as it opens (its date
    no part of it), their balances, the section's money, number, holder and period."""
    newest_first = list(reversed(rows))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in newest_first]
    for t, r in zip(read.transactions, newest_first, strict=True):
        assert t.description.startswith(r.description), (t.description, r.description)
        assert r.date.strftime("%B") not in t.description
    _balances(read, newest_first)
    number = next(v for k, v in WISE_DETAILS[code].items() if k in ("IBAN", "Account number"))
    assert (read.currency, read.account_number) == (code, number)
    # "Account Holder | IBAN | Swift/BIC" over their values: the holder is the name under its label.
    assert read.holder_name == "ALEX JONES"
    assert (read.period_start, read.period_end) == (D(2025, 11, 1), D(2025, 11, 30))
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 12, 11))


WISE_HEAD = ["Wise Europe SA", "Rue du Trône 100, 3rd floor", "Brussels", "1050", "Belgium"]


@pytest.mark.parametrize("when", [_day_first, _month_first], ids=["day-first", "month-first"])
def test_a_wallet_section_listed_newest_first_under_only_its_closing_balance_with_dates_under_the_rows(
    when: Callable[[dt.date], str],
) -> None:
    """Wise kind as it prints today: "EUR on 30 November 2025 [GMT+01:00] 697.15 EUR" the only balance
    above "Description | Incoming | Outgoing | Amount" (the last the balance after each row), rows newest
    first, each description over a line opening with its date ("27 November 2025", or "November 27,
    2025" where the holder reads dates month first), then its card and transaction id ("Card ending in
    9924 ALEX JONES Transaction: CARD-3166196743"), a long description wrapped; the opening balance is
    the oldest row's balance before it. The period's time zone ("[GMT+01:00]") ends no date."""
    rows = running(M("1516.94"), WISE)
    lines = [*header(WISE_HEAD), *_wise_section("EUR", rows, when)]
    lines.append(
        [(40, "Wise is the trading name of Wise Europe SA, a Payment Institution authorised by", False)]
    )
    _wise_as_drawn(read_one(drawn_lines([lines])), "EUR", rows)


def test_a_wallets_currency_sections_each_newest_first_under_only_its_closing_balance() -> None:
    """Wise kind, two currencies in one file, a page each: the euro section numbered by its IBAN, the
    dollar one by its account and routing numbers, each listed newest first under only the balance it
    ends at; the dollar balance opened at nothing."""
    eur, usd = running(M("1516.94"), WISE), running(M("0.00"), WISE_USD)
    pages = [
        [*header(WISE_HEAD), *_wise_section("EUR", eur)],
        [*header(WISE_HEAD), *_wise_section("USD", usd)],
    ]
    first, second = read_all(drawn_lines(pages))
    _wise_as_drawn(first, "EUR", eur)
    _wise_as_drawn(second, "USD", usd)


# ---- Revolut in Swedish: "Pengar ut | Pengar in | Saldo" under its balance summary -------------------------

SWEDISH = [
    (D(2024, 5, 1), "Påfyllning med *1889", "40000.00"),
    (D(2024, 5, 1), "Transfer to LINA BERG", "-12500.00"),
    (D(2024, 5, 7), "Kortbetalning till ICA Maxi Arboga", "-1284.50"),
    (D(2024, 5, 18), "Betalning från ERIK SVENSSON", "650.00"),
    (D(2024, 5, 29), "Växlat till EUR", "-5000.00"),
]


def _sek(value: M) -> str:
    return f"{english(value)} SEK"


def _balance_summary(
    names: Sequence[str], products: Sequence[str], rows: Sequence[Drawn], money: Callable[[M], str]
) -> Lines:
    """A neobank's balance summary: "Product | Opening balance | Money out | Money in | Closing balance"
    in the page's words (`names`), then a line of each product (the account, a total) with the rows'
    balances and the sums of their money out and in."""
    out, into = totals(rows)
    figures = (balance_before(rows), out, into, rows[-1].balance)
    places = (260, 360, 460, 560)
    return [
        bold([(40, names[0], False), *[(x, name, True) for x, name in zip(places, names[1:], strict=True)]]),
        *[
            [(40, product, False), *[(x, money(f), True) for x, f in zip(places, figures, strict=True)]]
            for product in products
        ],
    ]


def test_a_neobank_statement_in_swedish_with_money_out_and_in_and_a_balance_summary() -> None:
    """Revolut kind in Swedish: "Utdrag för SEK", a balance summary ("Produkt | Öppningssaldo | Pengar ut |
    Pengar in | Stängningssaldo") over the rows' "Datum | Beskrivning | Pengar ut | Pengar in | Saldo",
    dates "1 maj 2024", every figure followed by "SEK"."""
    rows = running(M("164.67"), SWEDISH)
    columns = [
        Column("Datum", 40, lambda r: f"{r.date.day} maj {r.date.year}"),
        Column("Beskrivning", 120, lambda r: r.description),
        Column("Pengar ut", 400, lambda r: _sek(r.amount) if r.amount < 0 else "", right=True),
        Column("Pengar in", 480, lambda r: _sek(r.amount) if r.amount > 0 else "", right=True),
        Column("Saldo", 560, lambda r: _sek(r.balance), right=True),
    ]
    summary = ("Produkt", "Öppningssaldo", "Pengar ut", "Pengar in", "Stängningssaldo")
    lines: Lines = [
        *header(["Revolut", "Utdrag för SEK", "Skapad den 3 jun. 2024", "Revolut Bank UAB"]),
        [(40, "LINA BERG", False)],
        [(40, "Västermovägen 10c, 732 49 Arboga", False)],
        [(40, "IBAN: LT76 3250 0940 4454 4889", False)],
        [(40, "BIC: REVOLT21", False)],
        [],
        [(40, "**Saldosammanfattning", False)],
        *_balance_summary(summary, ["Konto (Löpande Konto)", "Totalt"], rows, _sek),
        [],
        [(40, "**Kontotransaktioner från 1 maj 2024 till 31 maj 2024", False)],
        headings(columns),
        *table(columns, rows),
    ]
    read = read_one(drawn_lines([lines], dejavu() or HELVETICA))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    _balances(read, rows)
    assert (read.currency, read.account_number) == ("SEK", "LT76 3250 0940 4454 4889")
    assert (read.period_start, read.period_end) == (D(2024, 5, 1), D(2024, 5, 31))
    assert WarningCode.BalanceMismatch not in _warned(read, D(2024, 6, 3))


# ---- Revolut: reverted and pending payments after the rows, an exchange rate under a row ----------------

REVOLUT = [
    (D(2025, 3, 1), "Top-Up by *4417", "300.00"),
    (D(2025, 3, 4), "Amazon US", "-19.84"),
    (D(2025, 3, 9), "Transfer from SAM TAYLOR", "45.00"),
    (D(2025, 3, 15), "Tesco Stores 3297", "-23.61"),
    (D(2025, 3, 28), "To GBP Holiday Vault", "-100.00"),
]
RATE = "Revolut Rate £1.00 = $1.2600 (ECB rate £1.00 = $1.2618)"
CARD = [(120, "Card: 459678******4417", False)]
# A payment abroad's money under its row: on a line of its own over the rate, or at the rate line's end
# where the row's money out stands.
ABROAD: dict[str, Lines] = {
    "own line": [
        [(120, "To: Amazon, Seattle", False)],
        CARD,
        [(120, "USD 25.00", False)],
        [(120, RATE, False)],
    ],
    "after the rate": [
        [(120, "To: Amazon, Seattle", False)],
        CARD,
        [(120, RATE, False), (400, "$25.00", True)],
    ],
}


@pytest.mark.parametrize("abroad", list(ABROAD), ids=list(ABROAD))
def test_reverted_and_pending_payments_after_a_neobanks_rows_are_no_transactions(abroad: str) -> None:
    """Revolut kind: after "Account transactions from 1 March 2025 to 31 March 2025" and its rows, a table
    "Reverted from ..." of payments taken back and one "Pending from ..." of payments not yet taken, each
    "Date | Description | Money out | Money in" with no balance: neither moves the balance, so none of
    their rows is the statement's. A payment abroad prints under it where it went, the card, its money
    and the rate ("Revolut Rate £1.00 = $1.2600 (ECB rate ...)"), the money abroad on a line of its own
    or at the rate's end under the money out: neither that money nor the rate is any row's."""
    rows = running(M("412.30"), REVOLUT)
    under = {
        "Amazon US": ABROAD[abroad],
        "Tesco Stores 3297": [[(120, "To: Tesco Stores 3297, London", False)], CARD],
    }
    pound = lambda v: signed("£" + english(v), v)  # noqa: E731
    columns = [
        Column("Date", 40, lambda r: f"{r.date.day} {r.date:%b %Y}"),
        Column("Description", 120, lambda r: r.description),
        Column("Money out", 400, lambda r: pound(-r.amount) if r.amount < 0 else "", right=True),
        Column("Money in", 480, lambda r: pound(r.amount) if r.amount > 0 else "", right=True),
        Column("Balance", 560, lambda r: pound(r.balance), right=True),
    ]
    aside = [
        Drawn(D(2025, 3, 12), "Uber Eats", M("-31.20"), M(0)),
        Drawn(D(2025, 3, 30), "Netflix.com", M("-10.99"), M(0)),
    ]
    summary = ("Product", "Opening balance", "Money out", "Money in", "Closing balance")
    lines: Lines = [
        *header(["Revolut Ltd", "GBP Statement", "Generated on the 1 Apr 2025", "SAM JONES"]),
        [(40, "Account number 54172291", False)],
        [(40, "Sort code 04-00-75", False)],
        [],
        [(40, "**Balance summary", False)],
        *_balance_summary(summary, ["Account (Current Account)"], rows, pound),
        [],
        [(40, "**Account transactions from 1 March 2025 to 31 March 2025", False)],
        headings(columns),
    ]
    for row in rows:
        lines += [*table(columns, [row]), *under.get(row.description, [])]
    for title, drawn in (("Reverted", aside[:1]), ("Pending", aside[1:])):
        lines += [
            [],
            [(40, f"**{title} from 1 March 2025 to 31 March 2025", False)],
            headings(columns[:4]),
            *table(columns[:4], drawn),
        ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.startswith(r.description)
        assert "Rate" not in t.description and "25.00" not in t.description
    _balances(read, rows)
    assert (read.currency, read.account_number) == ("GBP", "54172291")
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 4, 1))


# ---- an Indian payments app: the side of each amount in a "Type" column, no balance --------------------

UPI = [
    (D(2025, 3, 2), "Paid to Swiggy", "-245.00"),
    (D(2025, 3, 5), "Received from RAHUL SHARMA", "1500.00"),
    (D(2025, 3, 9), "Paid to Airtel Prepaid", "-299.00"),
    (D(2025, 3, 14), "Paid to Reliance Fresh", "-1268.40"),
    (D(2025, 3, 21), "Received from PRIYA NAIR", "2750.00"),
]


def test_a_payments_app_statement_whose_type_column_says_debit_or_credit_beside_a_bare_amount() -> None:
    """PhonePe kind: "Date | Transaction Details | Type | Amount", each date over its time ("Mar 02, 2025"
    over "10:22 am"), each detail over its transaction id, UTR number and the account paid from or into,
    "DEBIT" or "CREDIT" in the type column beside the bare rupee amount ("₹1,268.40"); no balance is
    printed, so none is read and none is wrong."""
    fonts = dejavu()
    assert fonts is not None
    rows = running(M(0), UPI)
    lines: Lines = [
        *header(["PhonePe", "Transaction Statement for 9876543210", "Mar 01, 2025 - Mar 31, 2025"]),
        bold(
            [
                (40, "Date", False),
                (150, "Transaction Details", False),
                (420, "Type", False),
                (560, "Amount", True),
            ]
        ),
    ]
    for n, r in enumerate(rows):
        side, account = (
            ("DEBIT", "Paid by XXXXXX1234") if r.amount < 0 else ("CREDIT", "Credited to XXXXXX1234")
        )
        lines += [
            [
                (40, f"{r.date:%b %d, %Y}", False),
                (150, r.description, False),
                (420, side, False),
                (560, f"₹{english(r.amount)}", True),
            ],
            [(40, f"{10 + n}:22 am", False), (150, f"Transaction ID T25030{n}1022{n}8811", False)],
            [(150, f"UTR No. 50611234567{n}", False)],
            [(150, account, False)],
            [],
        ]
    read = read_one(drawn_lines([lines], fonts))
    assert [(t.date, t.amount) for t in read.transactions] == [(r.date, r.amount) for r in rows]
    for t, r in zip(read.transactions, rows, strict=True):
        assert t.description.startswith(r.description)
    assert read.currency == "INR"
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 4, 1))


# ---- a Ghanaian wallet: a bare amount between its fees and the balances before and after it -----------

MOMO = [
    (D(2025, 4, 2), "CASH_IN", "Cash in from agent KWAME STORES", "500.00", "0.00"),
    (D(2025, 4, 3), "TRANSFER", "Transfer to 0244123456 AMA MENSAH", "-150.00", "0.00"),
    (D(2025, 4, 8), "PAYMENT", "Payment to ECG PREPAID", "-80.00", "0.00"),
    (D(2025, 4, 15), "CASH_OUT", "Cash out at agent KWAME STORES", "-200.00", "2.00"),
    (D(2025, 4, 22), "TRANSFER", "Transfer from 0209876543 KOFI ASANTE", "320.00", "0.00"),
]


def test_a_wallet_printing_a_bare_amount_and_the_balance_before_and_after_each_transfer() -> None:
    """MTN MoMo kind of Ghana: "Transaction Date | Trans. Type | Description | Amount | Fees | Bal Before |
    Bal After", every amount bare whichever way it went, a cash-out's fee in its own column taken with
    it: the balances before and after each transfer tell its side, the first "Bal Before" the opening
    balance and the last "Bal After" the closing one."""
    before = M("64.35")
    lines: Lines = [
        *header(
            ["MTN Mobile Money Ghana", "MOBILE MONEY STATEMENT", "Name: ABENA OWUSU", "MSISDN: 233244556677"]
        ),
        [(20, "Period: 01-04-2025 to 30-04-2025", False)],
        [(20, "Currency: GHS", False)],
        [],
        bold(
            [
                (20, "Transaction Date", False),
                (100, "Trans. Type", False),
                (160, "Description", False),
                (390, "Amount", True),
                (430, "Fees", True),
                (495, "Bal Before", True),
                (570, "Bal After", True),
            ]
        ),
    ]
    expected: list[tuple[dt.date, M]] = []
    balance = before
    for n, (day, kind, text, amount, fee) in enumerate(MOMO):
        after = balance + M(amount) - M(fee)
        lines.append(
            [
                (20, f"{day:%d-%m-%Y} {9 + n:02d}:14", False),
                (100, kind, False),
                (160, text, False),
                (390, english(M(amount)), True),
                (430, fee, True),
                (495, english(balance), True),
                (570, english(after), True),
            ]
        )
        expected.append((day, M(amount)))
        if M(fee):
            expected.append((day, -M(fee)))
        balance = after
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.amount) for t in read.transactions] == expected
    assert [t.description for t in read.transactions if not t.description.startswith("Fee")] == [
        f"{kind} {text}" for _, kind, text, *_ in MOMO
    ]
    assert (read.opening_balance, read.closing_balance) == (before, balance)
    assert read.currency == "GHS"
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 5, 1))


# ---- a Brazilian app's card bill: its rows under a title of their period, no column headings ------------

NU_BILL = [
    (D(2025, 5, 4), "Ifood *Ifood", "-45.90"),
    (D(2025, 5, 7), "Uber *Trip", "-23.45"),
    (D(2025, 5, 10), "Pagamento em 10 MAI", "900.00"),
    (D(2025, 5, 16), "Mercadolivre*Loja Sol - Parcela 2/6", "-189.90"),
    (D(2025, 5, 27), "Drogasil Sao Paulo", "-62.37"),
]


def test_a_card_bill_listing_its_rows_under_a_title_of_their_period_with_no_column_headings() -> None:
    """Nubank kind: "TRANSAÇÕES DE 03 MAI A 03 JUN" over rows "04 MAI | Ifood *Ifood | 45,90" and no
    headings over the columns, the payment with a minus ("−900,00"), the year only in the due date
    ("Data de vencimento: 10 JUN 2025"); the last bill and what is now owed in the summary above."""
    fonts = dejavu()
    assert fonts is not None
    months = {5: "MAI", 6: "JUN"}
    previous = M("-900.00")
    owed = previous + sum((M(a) for *_, a in NU_BILL), M(0))
    real = lambda v: "R$ " + continental(v)  # noqa: E731
    lines: Lines = [
        *header(
            [
                "Nu Pagamentos S.A.",
                "Olá, MARIA SILVA. Esta é a sua fatura de junho.",
                "Data de vencimento: 10 JUN 2025",
                "Período vigente: 03 MAI a 03 JUN",
            ]
        ),
        [(40, "**RESUMO DA FATURA ATUAL", False)],
        [(40, "Fatura anterior", False), (300, real(previous), True)],
        [(40, "Pagamento recebido", False), (300, "−" + real(M("900.00")), True)],
        [(40, "Total de compras de todos os cartões", False), (300, real(M("321.62")), True)],
        [(40, "Total a pagar", False), (300, real(owed), True)],
        [],
        [(40, "**TRANSAÇÕES DE 03 MAI A 03 JUN", False)],
        *[
            [
                (40, f"{day.day:02d} {months[day.month]}", False),
                (110, text, False),
                (560, ("−" if M(a) > 0 else "") + continental(M(a)), True),
            ]
            for day, text, a in NU_BILL
        ],
    ]
    read = read_one(drawn_lines([lines], fonts))
    assert entries(read) == [(day, text, M(a)) for day, text, a in NU_BILL]
    assert (read.opening_balance, read.closing_balance) == (previous, owed)
    assert (read.currency, read.account_type) == ("BRL", "CREDIT_CARD")
    assert WarningCode.BalanceMismatch not in _warned(read, D(2025, 6, 3))
