"""Header fields of statements from banks never seen, read through the text layer against what was
drawn: the card of a report of two accounts numbered by its own masked number under its name; a card
bill whose only identifier is its masked number with no label; an account's money named in its title
("EUR-Konto", "Compte en EUR", "USD Account")."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    D,
    Entry,
    Lines,
    M,
    bold,
    continental,
    drawn_lines,
    english,
    header,
    net,
    read_all,
    read_drawn_pages,
)


def _as_drawn(read: RawStatement, rows: Sequence[Entry], opening: str) -> None:
    """Asserts the rows as drawn (date, amount) and the balances around them."""
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(amount)) for day, _, amount in rows]
    assert (read.opening_balance, read.closing_balance) == (M(opening), M(opening) + net(rows))


def _signed_before(value: object) -> str:
    amount = M(str(value))
    return ("-" if amount < 0 else "+") + continental(amount)


# ---- one report of two accounts: the card numbered by its own masked number under its name ----------

REPORT_HEADINGS = [(40, "Buchungstag", False), (105, "Wertstellung", False), (170, "Vorgang", False)]
GIRO = [
    (D(2020, 1, 2), "Lastschrift SPOTIFY AB", "-9.99"),
    (D(2020, 1, 15), "Überweisung Gehalt Januar", "2800.00"),
    (D(2020, 1, 20), "Kartenabrechnung 12/2019", "-245.30"),
]
CARD = [
    (D(2019, 12, 30), "Umsatz AMAZON EU", "-34.99"),
    (D(2020, 1, 20), "Ausgleich vom Girokonto", "245.30"),
    (D(2020, 1, 22), "Umsatz BAHN.DE", "-89.90"),
]


@pytest.mark.parametrize(
    "card_title",
    [
        "DKB-VISA-Card: 4998 XXXX XXXX 1234",
        "Visa Card 4998 XXXX XXXX 1234",
        "Kreditkarte 4998 XXXX XXXX 1234",
    ],
)
def test_the_second_account_of_a_report_is_numbered_by_the_masked_card_number_under_its_name(
    card_title: str,
) -> None:
    """A report of a current account then a card, each titled above its own "Alter Saldo" ... "Neuer
    Saldo": the card's statement is numbered by the masked card number its title prints after the
    card's name, never by the current account's number before it."""
    lines: Lines = header(["Direktbank AG", "Finanzreport Nr. 01 per 03.02.2020", "Herrn Max Muster"])
    for title, opening, rows in (("Girokonto 1234567890", "1234.56", GIRO), (card_title, "-245.30", CARD)):
        lines += [
            [(40, "##" + title, False)],
            [(40, "Alter Saldo", False), (560, _signed_before(opening), True)],
        ]
        lines += [bold([*REPORT_HEADINGS, (560, "Umsatz in EUR", True)])]
        lines += [
            [
                (40, f"{d:%d.%m.%Y}", False),
                (105, f"{d:%d.%m.%Y}", False),
                (170, t, False),
                (560, _signed_before(a), True),
            ]
            for d, t, a in rows
        ]
        lines += [[(40, "Neuer Saldo", False), (560, _signed_before(M(opening) + net(rows)), True)], []]
    first, second = read_all(drawn_lines([lines]))
    _as_drawn(first, GIRO, "1234.56")
    _as_drawn(second, CARD, "-245.30")
    assert first.account_number == "1234567890"
    assert second.account_number == "4998 XXXX XXXX 1234"


# ---- a card bill whose only identifier is its masked number, unlabelled ---------------------------

BILLS = {
    "en": (
        "Monthly statement 20/01/2024",
        ["Date", "Description", "Amount"],
        "Previous balance",
        "New balance",
    ),
    "de": ("Abrechnung vom 20.01.2024", ["Datum", "Beschreibung", "Betrag"], "Alter Saldo", "Neuer Saldo"),
    "fr": ("Relevé du 20/01/2024", ["Date", "Libellé", "Montant"], "Ancien solde", "Nouveau solde"),
}


@pytest.mark.parametrize("number", ["VISA 4940 XXXX XXXX 1234", "4940 XXXX XXXX 1234"])
@pytest.mark.parametrize("language", list(BILLS))
def test_a_bill_whose_only_identifier_is_an_unlabelled_masked_card_number_is_a_cards(
    language: str, number: str
) -> None:
    """A bill naming no card in words, its only identifier a masked card number on a line of its own
    (the scheme's name beside it or not), the purchases printed bare and the money paid to the card
    with a minus, between balances owed printed bare: the number is the card's, the purchases are money
    out, the payment money in, the balances owed negative."""
    title, headings, brought, owed = BILLS[language]
    rows = [
        (D(2024, 1, 2), "SEPA 0012345678", "456.12"),
        (D(2023, 12, 28), "AMAZON EU S.A R.L., LUXEMBOURG", "-34.99"),
        (D(2024, 1, 4), "LIDL 1234 BERLIN", "-18.20"),
        (D(2024, 1, 9), "BOOKING.COM AMSTERDAM", "-310.00"),
    ]
    opening = "-456.12"
    style = english if language == "en" else continental
    lines: Lines = [
        *header(["Musterbank", title, number, "Max Muster"]),
        bold([(40, headings[0], False), (100, headings[1], False), (560, headings[2], True)]),
        [(100, brought, False), (560, style(M(opening)), True)],
    ]
    for day, text, amount in rows:
        printed = ("-" if M(amount) > 0 else "") + style(M(amount))
        lines.append([(40, day.strftime("%d/%m/%Y"), False), (100, text, False), (560, printed, True)])
    lines.append([(100, owed, False), (560, style(M(opening) + net(rows)), True)])
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, opening)
    assert read.account_number == "4940 XXXX XXXX 1234"


# ---- an account's money named in its title --------------------------------------------------------

TITLED = {
    "de": (["EUR-Konto 1234567", "IBAN CH93 0076 2011 6238 5295 7"], ["Datum", "Text", "Betrag", "Saldo"]),
    "fr": (
        ["Compte en USD 1234567", "IBAN FR76 3000 6000 0112 3456 7890 189"],
        ["Date", "Libellé", "Montant", "Solde"],
    ),
    "en": (["USD Account 12345678", "Sort code 12-34-56"], ["Date", "Description", "Amount", "Balance"]),
    "en-hyphen": (
        ["USD-Account 12345678", "Sort code 12-34-56"],
        ["Date", "Description", "Amount", "Balance"],
    ),
}


@pytest.mark.parametrize("case", list(TITLED))
def test_the_money_an_accounts_title_names_beside_the_word_for_account_is_the_accounts(case: str) -> None:
    """An account titled by its money and the word for an account ("EUR-Konto", "Compte en USD", "USD
    Account"), no figure or heading naming any money, its IBAN's or sort code's country another's: the
    money its title names is the account's."""
    title, headings = TITLED[case]
    money = "EUR" if case == "de" else "USD"
    rows = [
        (D(2024, 3, 4), "Transfer 1001", "-86.35"),
        (D(2024, 3, 11), "Transfer 1002", "1250.00"),
        (D(2024, 3, 25), "Transfer 1003", "-45.10"),
    ]
    style = english if case.startswith("en") else continental
    balance = M("3540.20")
    lines: Lines = [
        *header(["Musterbank", *title, "01.03.2024 - 31.03.2024"]),
        bold(
            [
                (40, headings[0], False),
                (100, headings[1], False),
                (470, headings[2], True),
                (560, headings[3], True),
            ]
        ),
    ]
    for day, text, amount in rows:
        balance += M(amount)
        printed = ("-" if M(amount) < 0 else "") + style(M(amount))
        lines.append(
            [
                (40, day.strftime("%d.%m.%Y"), False),
                (100, text, False),
                (470, printed, True),
                (560, style(balance), True),
            ]
        )
    read = read_drawn_pages([lines])
    assert [(t.date, t.amount) for t in read.transactions] == [(day, M(amount)) for day, _, amount in rows]
    assert read.currency == money


@pytest.mark.parametrize("headed", [False, True], ids=["among-rows", "over-headings"])
@pytest.mark.parametrize("holders", [("MAX MUSTER", "ERIKA MUSTER"), ("Hauptkarte", "Zusatzkarte")])
def test_a_card_bill_listing_each_cards_purchases_under_its_masked_number_is_one_statement(
    holders: tuple[str, str], headed: bool
) -> None:
    """One card bill, each card's purchases under a title of its holder's name (or the card's) and its
    masked number, among the rows or each over the table's headings again: one account, one statement,
    numbered by the first card."""
    rows = [
        (D(2024, 1, 2), "SEPA 0012345678", "456.12"),
        (D(2023, 12, 28), "AMAZON EU S.A R.L., LUXEMBOURG", "-34.99"),
        (D(2024, 1, 4), "LIDL 1234 BERLIN", "-18.20"),
        (D(2024, 1, 9), "BOOKING.COM AMSTERDAM", "-310.00"),
        (D(2024, 1, 11), "BAHN.DE BERLIN", "-89.90"),
    ]
    opening = "-456.12"

    def line(day: object, text: str, amount: str) -> list[tuple[float, str, bool]]:
        printed = ("-" if M(amount) > 0 else "") + continental(M(amount))
        return [(40, f"{day:%d.%m.%Y}", False), (100, text, False), (560, printed, True)]

    headings = bold([(40, "Datum", False), (100, "Beschreibung", False), (560, "Betrag", True)])
    again = [[], headings] if headed else []
    lines: Lines = [
        *header(["Musterbank", "Abrechnung vom 20.01.2024"]),
        headings,
        [(100, "Alter Saldo", False), (560, continental(M(opening)), True)],
        line(*rows[0]),
        [(40, f"**{holders[0]} 4998 XXXX XXXX 1234", False)],
        *again,
        *(line(*row) for row in rows[1:3]),
        [(40, f"**{holders[1]} 4998 XXXX XXXX 5678", False)],
        *again,
        *(line(*row) for row in rows[3:]),
        [(100, "Neuer Saldo", False), (560, continental(M(opening) + net(rows)), True)],
    ]
    read = read_drawn_pages([lines])
    _as_drawn(read, rows, opening)
    assert read.account_number == "4998 XXXX XXXX 1234"
