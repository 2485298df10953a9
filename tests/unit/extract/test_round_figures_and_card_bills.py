"""Kinds of statement the reader misread after earlier sessions (issue 14), each drawn as its kind prints
it and read through the text layer against what was drawn: a card bill in Debit and Credit columns whose
payments are worded in no lexicon's words; whole figures bracketed and grouped by spaces; a round
balance printed whole beside an amount with cents; a description's day and time beside comma decimals
and round amounts; a money's sign after its figures, joined or a space apart; a card's reward points
printed under a purchase; a card bill named only by a figure that card bills print (its cash limit, the
least the holder must pay back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import pytest

from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from tests.unit.extract.builder import Item, page, right
from tests.unit.extract.unseen_kinds import (
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
    header,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    round_amounts_whole,
    running,
    spaced,
    whole_spaced,
    whole_where_round,
)

# ---- a card bill in Debit and Credit columns, its payments worded in no lexicon's words ----------------

CARD_ROWS = [
    (D(2025, 8, 2), "WOOLIES 1204 BONDI JUNCTION", "-86.45"),
    (D(2025, 8, 5), "QANTAS AIRWAYS SYDNEY", "-412.00"),
    (D(2025, 8, 11), "BPAY 5512 0098 1123", "1200.00"),
    (D(2025, 8, 14), "NETFLIX.COM MELBOURNE", "-16.99"),
    (D(2025, 8, 19), "CALTEX RANDWICK", "-71.30"),
    (D(2025, 8, 23), "OSKO 4471 K NGUYEN", "150.00"),
    (D(2025, 8, 28), "DAN MURPHYS KENSINGTON", "-58.20"),
]


@pytest.mark.parametrize("ends", [True, False], ids=["balance lines", "running only"])
def test_a_card_bill_in_debit_and_credit_columns_whose_payments_are_in_no_lexicon(ends: bool) -> None:
    """A card account's statement that names itself in no words the reader knows: "Date | Details |
    Debit | Credit | Balance", its purchases under Debit, its payments ("BPAY ...", "OSKO ...": words no
    lexicon holds) under Credit, fewer than the purchases, and every balance printed bare and rising
    with the Debit column (with or without opening and closing lines). The columns' headings say which
    side each row is, and the balances, rising with the debits, are what is owed: the purchases are
    money out, not the columns turned round."""
    rows = running(M("-1630.25"), CARD_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y") if r.amount else ""),
        Column("Details", 120, lambda r: r.description),
        Column("Debit", 400, paid_out(english), right=True),
        Column("Credit", 480, paid_in(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Harbour Mutual",
        "MS LINH NGUYEN",
        "Account number 4622 1180 0045 7731",
        "Statement period 1 August 2025 to 31 August 2025",
    ]
    opening = Drawn(D(2025, 8, 1), "Opening balance", M(0), balance_before(rows))
    closing = Drawn(D(2025, 8, 31), "Closing balance", M(0), rows[-1].balance)
    read_drawn(head, columns, rows, before=[opening] if ends else (), after=[closing] if ends else ())


# An account paid into more often than paid from: a shop's takings, a few bills.
TAKINGS_ROWS = [
    (D(2025, 5, 2), "CARD TAKINGS 0205", "412.60"),
    (D(2025, 5, 3), "CARD TAKINGS 0305", "388.15"),
    (D(2025, 5, 6), "RENT MAY", "-950.00"),
    (D(2025, 5, 9), "CARD TAKINGS 0905", "501.20"),
    (D(2025, 5, 12), "CARD TAKINGS 1205", "276.40"),
    (D(2025, 5, 16), "CASH LODGED", "300.00"),
    (D(2025, 5, 20), "ELECTRICITY", "-184.35"),
]


def test_an_account_paid_into_most_under_headings_no_lexicon_holds_is_no_card() -> None:
    """ "Date | Description | Incomings | Outgoings | Balance", the money headed in words no lexicon
    holds, money in first and more often than money out, the balance printed bare: no heading names
    either side, so the balances alone say which is which, and they say an account's, not a card's
    (a card's payments are fewer than its purchases only where its headings name them)."""
    rows = running(M("2210.00"), TAKINGS_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Incomings", 400, paid_in(english), right=True),
        Column("Outgoings", 480, paid_out(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = ["Harbourside Mutual", "JOHN DOE", "Statement period 01/05/2025 to 31/05/2025", "Account 12345678"]
    read_drawn(head, columns, rows)


# ---- whole figures grouped by spaces, money out in brackets -----------------------------------------

YAOUNDE_ROWS = [
    (D(2025, 4, 2), "RETRAIT GAB BASTOS", "-100000"),
    (D(2025, 4, 4), "VIREMENT SALAIRE", "1850000"),
    (D(2025, 4, 9), "PAIEMENT LOYER AVRIL", "-1100000"),
    (D(2025, 4, 15), "FRAIS TENUE DE COMPTE", "-3500"),
    (D(2025, 4, 22), "VERSEMENT ESPECES", "250000"),
]


def test_money_out_bracketed_in_whole_figures_grouped_by_spaces() -> None:
    """A Central African account in CFA francs: "Date | Libellé | Montant | Solde", every figure whole
    with its thousands set apart by spaces, money out bracketed ("(1 100 000)"), so a text layer cuts it
    into "(1", "100" and "000)": the three are one figure, money out."""
    rows = running(M("2500000"), YAOUNDE_ROWS)

    def amount(row: Drawn) -> str:
        return f"({whole_spaced(row.amount)})" if row.amount < 0 else whole_spaced(row.amount)

    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 100, lambda r: r.description),
        Column("Montant", 460, amount, right=True),
        Column("Solde", 565, lambda r: whole_spaced(r.balance), right=True),
    ]
    head = [
        "Banque du Littoral",
        "M. PAUL ESSOMBA",
        "Numéro de compte CM21 10005 00001 01234567890 12",
        "Devise : XAF",
        "Période du 01/04/2025 au 30/04/2025",
    ]
    read_drawn(head, columns, rows)


ROUND_ROWS = [
    (D(2025, 6, 2), "POS PURCHASE CHECKERS", "-1486.35"),
    (D(2025, 6, 4), "SALARY KAROO LOGISTICS", "18950.00"),
    (D(2025, 6, 7), "CASH WITHDRAWAL ATM", "-2500.00"),
    (D(2025, 6, 9), "RENT TO LANDLORD", "-11000.00"),
    (D(2025, 6, 30), "MONTHLY FEE", "-110.00"),
]


def test_money_out_bracketed_round_and_grouped_by_spaces_beside_figures_with_cents() -> None:
    """ "Date | Description | Amount | Balance", thousands set apart by spaces, money out bracketed and
    a round amount printed whole ("(11 000)", "(2 500)") where every other figure prints its cents
    ("(1 486.35)"): the bracketed whole figure is one figure, money out."""

    def amount(row: Drawn) -> str:
        text = whole_where_round(english)(row.amount).replace(",", " ")
        return f"({text})" if row.amount < 0 else text

    rows = running(M("7310.45"), ROUND_ROWS)
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 100, lambda r: r.description),
        Column("Amount", 460, amount, right=True),
        Column("Balance", 560, lambda r: english(r.balance).replace(",", " "), right=True),
    ]
    head = [
        "Karoo Mutual Bank",
        "MS T MOKOENA",
        "Account number 2041873390",
        "Statement period: 01 June 2025 to 30 June 2025",
    ]
    read_drawn(head, columns, rows)


# ---- a round balance printed whole beside an amount with cents ----------------------------------------

# The balance comes round (6,000.00 and 3,500.00) after a row whose amount prints its cents.
ROUND_BALANCE_ROWS = [
    (D(2025, 6, 2), "POS 4417 SPAR KILIMANI NAIROBI", "-1486.35"),
    (D(2025, 6, 4), "SALARY JUNE MERIDIAN AGRO LTD", "2950.50"),
    (D(2025, 6, 7), "ATM WITHDRAWAL KENYATTA AVENUE", "-2500.00"),
    (D(2025, 6, 9), "STANDING ORDER RENT", "-2950.50"),
    (D(2025, 6, 20), "INTEREST CREDIT", "12.47"),
]


@pytest.mark.parametrize("style", [english, continental], ids=["1,234.56", "1.234,56"])
def test_a_round_balance_printed_whole_beside_an_amount_with_cents(style: Callable[[Decimal], str]) -> None:
    """ "Date | Particulars | Debit | Credit | Balance", every round figure printed whole ("2,500",
    "6,000") and every other with its cents: a balance that comes round beside an amount with cents
    ("1,486.35" then "6,000") is that many units, its mark the thousands' (the line's figures set their
    cents apart by the other), not three decimals."""
    rows = running(M("7486.35"), ROUND_BALANCE_ROWS)
    assert M("6000") in {r.balance for r in rows}  # the kind drawn: a round balance beside cents
    columns = round_amounts_whole(style, balances=whole_where_round(style))
    head = [
        "Rift Valley Commercial Bank",
        "JANE WANJIKU MWANGI",
        "Account Number 0110283746501",
        "Currency KES",
        "Statement Period 01/06/2025 to 30/06/2025",
    ]
    read_drawn(head, columns, rows)


# ---- dates of day and month beside comma decimals and round amounts printed whole -----------------------

# Card payments and cash drawn name the day and time they were made, "02.06 14.32", in their text.
HAMBURG_ROWS = [
    (D(2025, 6, 2), "Kartenzahlung 01.06 18.47 REWE Markt", "-48.35"),
    (D(2025, 6, 5), "Gehalt Juni Nordlicht GmbH", "2850.00"),
    (D(2025, 6, 12), "Bargeldauszahlung 12.06 09.15 Geldautomat", "-200.00"),
    (D(2025, 6, 16), "Kartenzahlung 14.06 11.02 IKEA Moorfleet", "-1100.00"),
    (D(2025, 6, 23), "Lastschrift Stadtwerke", "-86.40"),
]


def test_dates_of_day_and_month_in_descriptions_beside_comma_decimals_and_round_amounts() -> None:
    """A German account: "Datum | Vorgang | Soll | Haben | Saldo", a card payment's or cash
    withdrawal's day and time in its text ("12.06 09.15", points between), every round amount printed
    whole ("200", "1.100", "2.850") and the balance with its cents ("1.320,10"): the description's
    points are no decimal marks of the line's figures, which set their cents apart by a comma, so the
    whole figures are that many euros."""
    rows = running(M("1520.10"), HAMBURG_ROWS)
    shown = whole_where_round(continental)
    columns = [
        Column("Datum", 30, lambda r: r.date.strftime("%d.%m")),
        Column("Vorgang", 80, lambda r: r.description),
        Column("Soll", 400, lambda r: shown(r.amount) if r.amount < 0 else "", right=True),
        Column("Haben", 480, lambda r: shown(r.amount) if r.amount > 0 else "", right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    head = [
        "Hanse Sparkasse",
        "Frau Lena Vogt",
        "IBAN DE12 2005 0550 1234 5678 90",
        "Kontoauszug 6/2025 vom 01.06.2025 bis 30.06.2025",
    ]
    read_drawn(head, columns, rows)


# ---- a money's sign after its figures ------------------------------------------------------------------

LINE = 12.0  # points from one printed line to the next


def _word_page(
    head: Sequence[str], headings: Sequence[Item], lines: Sequence[Sequence[Item]]
) -> RawStatement:
    """The one statement of a page of words (letters no standard font draws): the `head` lines, the
    `headings`, then a line for each of `lines`."""
    rows: list[tuple[float, Sequence[Item]]] = [
        (30.0 + LINE * i, [(40, text)]) for i, text in enumerate(head)
    ]
    rows.append((150.0, headings))
    rows += [(165.0 + LINE * n, items) for n, items in enumerate(lines)]
    [read] = read_statements([page(rows)])
    return read


SEOUL_ROWS = [
    (D(2025, 7, 1), "GS25 GANGNAM", "-4500"),
    (D(2025, 7, 3), "SALARY HANBIT TECH", "3250000"),
    (D(2025, 7, 8), "KT MOBILE", "-68000"),
    (D(2025, 7, 15), "COUPANG", "-127800"),
    (D(2025, 7, 25), "TRANSFER KIM MINJI", "-500000"),
]


@pytest.mark.parametrize(
    ("sign", "code", "mark"),
    [("원", "KRW", ","), ("円", "JPY", ","), (" ₫", "VND", "."), (" đ", "VND", ".")],
    ids=["won", "yen", "dong", "dong in letters"],
)
def test_a_moneys_sign_printed_after_each_figure_in_whole_units(sign: str, code: str, mark: str) -> None:
    """An account in a money without cents printed in English by an Asian bank: "Date | Description |
    Withdrawal | Deposit | Balance", each figure followed by its money's sign, joined or a space apart
    ("1,500원", "1,500円", "1.500 ₫"): the sign is the figure's, not text, and names the money; the
    figures are whole units."""
    rows = running(M("1845000"), SEOUL_ROWS)

    def shown(value: Decimal) -> str:
        return f"{abs(value):,.0f}".replace(",", mark) + sign

    headings = [(30, "Date"), (110, "Description"), right(380, "Withdrawal"), right(470, "Deposit")]
    lines = [
        [
            (30, r.date.strftime("%Y.%m.%d")),
            (110, r.description),
            right(380 if r.amount < 0 else 470, shown(r.amount)),
            right(560, shown(r.balance)),
        ]
        for r in rows
    ]
    head = ["Hanbit Bank", "KIM JISOO", "Account No. 110-234-567890", "Period 2025.07.01 - 2025.07.31"]
    read = _word_page(head, [*headings, right(560, "Balance")], lines)
    as_drawn(read, rows)
    assert read.currency == code


PRAHA_ROWS = [
    (D(2025, 5, 2), "Platba kartou ALBERT", "-412.35"),
    (D(2025, 5, 5), "Mzda KVETEN", "38500.00"),
    (D(2025, 5, 9), "Vyber z bankomatu", "-1500.00"),
    (D(2025, 5, 14), "Najem", "-14000.00"),
    (D(2025, 5, 21), "Spotify", "-199.00"),
]


def test_round_korunas_printed_whole_with_the_sign_after_them() -> None:
    """A Czech app bank: "Datum | Popis | Částka | Zůstatek", every figure followed by "Kč" and grouped
    by spaces, a round amount printed whole ("1 500 Kč") and every other with its cents ("412,35 Kč"):
    the whole figure, its sign after it, is that many korunas."""
    rows = running(M("25310.45"), PRAHA_ROWS)
    shown = whole_where_round(spaced)
    headings = [(30, "Datum"), (100, "Popis"), right(460, "Částka"), right(560, "Zůstatek")]
    lines = [
        [
            (30, r.date.strftime("%d.%m.%Y")),
            (100, r.description),
            right(460, ("-" if r.amount < 0 else "") + shown(r.amount) + " Kč"),
            right(560, spaced(r.balance) + " Kč"),
        ]
        for r in rows
    ]
    head = [
        "Vltava Banka a.s.",
        "Jana Nováková",
        "Číslo účtu 123456789/0800",
        "Výpis za období 01.05.2025 - 31.05.2025",
    ]
    read = _word_page(head, headings, lines)
    as_drawn(read, rows)
    assert read.currency == "CZK"


# ---- a card's reward points printed under a purchase -----------------------------------------------------

# (day, description, signed amount as the holder sees it, points the purchase earned)
MILES_ROWS = [
    (D(2025, 3, 17), "REWE Markt Hamburg-Altona", "-64.18", 32),
    (D(2025, 3, 19), "Lufthansa AG Frankfurt", "-418.60", 209),
    (D(2025, 3, 24), "Ausgleich Vorsaldo Lastschrift", "312.45", 0),
    (D(2025, 3, 28), "Deutsche Bahn Fernverkehr", "-129.90", 64),
    (D(2025, 4, 2), "Shell Station Lübeck", "-42.40", 21),
]


@pytest.mark.parametrize(
    ("points", "language"),
    [
        ("Prämienmeilen +{}", "de"),
        ("Meilen {}", "de"),
        ("Points earned {}", "en"),
        ("Bonus points +{}", "en"),
    ],
)
def test_reward_points_printed_under_a_card_purchase_are_no_part_of_it(points: str, language: str) -> None:
    """A card bill that prints under each purchase the miles or points it earned ("Prämienmeilen +21",
    "Points earned 21"): a count of points is no money and says nothing of what was bought, so it is
    neither an amount nor part of the purchase's description."""
    previous = M("-312.45")
    rows = running(previous, [(d, t, a) for d, t, a, _ in MILES_ROWS])
    earned = {(r.date, r.description): n for r, (*_, n) in zip(rows, MILES_ROWS, strict=True)}

    def figure(value: Decimal) -> str:
        return (
            continental(value) + (" -" if value < 0 else " +")
            if language == "de"
            else english(value) + ("" if value < 0 else " CR")
        )

    words = {
        "de": ("Belegdatum", "Umsatz", "Betrag in EUR", "Saldo letzte Abrechnung", "Neuer Saldo"),
        "en": ("Date", "Transaction details", "Amount", "Previous balance", "New balance"),
    }[language]
    lines: Lines = header(
        [
            "Nordsee Kartenbank AG",
            "Frau Lena Vogt" if language == "de" else "MS LENA VOGT",
            "Kreditkartenabrechnung vom 15.04.2025" if language == "de" else "Credit card statement",
            "Abrechnungszeitraum 16.03.2025 - 15.04.2025"
            if language == "de"
            else "Statement period 16/03/2025 to 15/04/2025",
            "Kartennummer 4548 74XX XXXX 1234" if language == "de" else "Card number 4548 74XX XXXX 1234",
        ]
    )
    lines.append([(40, "**" + words[0], False), (120, words[1], False), (560, words[2], True)])
    lines.append([(120, words[3], False), (560, figure(previous), True)])
    for r in rows:
        day = r.date.strftime("%d.%m.%Y" if language == "de" else "%d/%m/%Y")
        lines.append([(40, day, False), (120, r.description, False), (560, figure(r.amount), True)])
        if n := earned[(r.date, r.description)]:
            lines.append([(120, points.format(n), False)])
    lines.append([(120, words[4], False), (560, figure(rows[-1].balance), True)])
    read = read_one(drawn_lines([lines]))
    as_drawn(read, rows)


# ---- a card bill named by the figures a bill prints ----------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Credit limit $6,000.00",
        "Payment Due By 25 September 2025",
        "Minimum Amount Due $35.00",
        "Minimum repayment $35.00",
        "Cash limit $1,000.00",
    ],
)
def test_a_card_bill_named_only_by_a_figure_a_card_bill_prints(label: str) -> None:
    """ "Date | Details | Amount | Balance", each purchase bare, each payment with a minus and worded as no
    lexicon holds ("BPAY ..."), every balance bare: the rows and balances read the same as an account's
    with every sign turned round, so only the header tells, and it names no card, only a figure that a
    card bill prints and an account does not (its credit or cash limit, the least the holder must pay
    back, the day it is due)."""
    rows = running(M("-1630.25"), [row for row in CARD_ROWS if "OSKO" not in row[1]])
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Details", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: ("-" if r.amount > 0 else "") + english(r.amount), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Harbour Mutual",
        "MS LINH NGUYEN",
        "Account number 4622 1180 0045 7731",
        "Statement period 1 August 2025 to 31 August 2025",
        label,
    ]
    read_drawn(head, columns, rows)
