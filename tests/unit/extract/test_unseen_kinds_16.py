"""German-language statements of layouts no other test draws, read through the text layer against what
was drawn: a German savings bank's "Buchungstag | Valuta | Buchungstext | Betrag" with a trailing sign
after each figure between "alter" and "neuer Kontostand"; a direct bank's "Buchungstag | Wertstellung |
Vorgang | Buchungstext | Umsatz in EUR"; "Soll | Haben" columns between balances "im Euro"; an Austrian
"Buchungsdatum | Text | Valuta | Betrag" between "Alter" and "Neuer Saldo"; a Swiss "Datum | Text |
Gutschrift | Lastschrift | Valuta | Saldo" in francs with apostrophes between thousands. Each row's date,
value date, signed amount and (where printed) balance, the balances around them and the currency."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Lines,
    M,
    continental,
    header,
    headings,
    read_drawn_pages,
    running,
    signed,
    swiss,
    table,
)

OPENING = M("1234.56")
# (booking day, text, amount, value day): the value day apart from the booking day on some rows.
ROWS = [
    (D(2025, 5, 2), "Lastschrift Stadtwerke Abschlag Mai", "-84.00", D(2025, 5, 2)),
    (D(2025, 5, 5), "Gehalt Muster GmbH Mai", "2815.40", D(2025, 5, 3)),
    (D(2025, 5, 12), "Kartenzahlung Supermarkt Nord", "-1067.89", D(2025, 5, 10)),
    (D(2025, 5, 20), "Dauerauftrag Miete Wohnung", "-950.00", D(2025, 5, 21)),
    (D(2025, 5, 28), "Gutschrift Erstattung Versicherung", "12.30", D(2025, 5, 28)),
]
DRAWN = running(OPENING, [(day, text, amount) for day, text, amount, _ in ROWS])
VALUE = {row: value for row, (*_, value) in zip(DRAWN, ROWS, strict=True)}
CLOSING = DRAWN[-1].balance


def trailing(value: M) -> str:
    """1.234,56- or 1.234,56+: the sign after the figure."""
    return continental(value) + ("-" if value < 0 else "+")


def day(row: Drawn) -> str:
    return f"{row.date:%d.%m.%Y}"


def value_day(row: Drawn) -> str:
    return f"{VALUE[row]:%d.%m.%Y}"


def sparkasse() -> Lines:
    cols = [
        Column("Buchungstag", 40, day),
        Column("Valuta", 100, value_day),
        Column("Buchungstext", 160, lambda r: r.description),
        Column("Betrag EUR", 560, lambda r: trailing(r.amount), right=True),
    ]
    return [
        *header(["Sparkasse Musterstadt", "Herrn Max Mustermann", "IBAN DE12 3456 7890 1234 5678 90"]),
        [(40, "Kontoauszug 5/2025 vom 01.05.2025 bis 31.05.2025", False)],
        [],
        headings(cols),
        [(160, "alter Kontostand vom 30.04.2025", False), (560, trailing(OPENING), True)],
        *table(cols, DRAWN),
        [(160, "neuer Kontostand vom 31.05.2025", False), (560, trailing(CLOSING), True)],
    ]


def direct_bank() -> Lines:
    cols = [
        Column("Buchungstag", 40, day),
        Column("Wertstellung", 100, value_day),
        # The kind of booking (its text's first word) and the rest of the text: read as one description.
        Column("Vorgang", 170, lambda r: r.description.split(" ", 1)[0]),
        Column("Buchungstext", 240, lambda r: r.description.split(" ", 1)[1]),
        Column("Umsatz in EUR", 560, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    return [
        *header(["Direktbank AG", "Frau Erika Musterfrau", "Girokonto DE98 1203 0000 1234 5678 90"]),
        [(40, "Kontoauszug vom 01.05.2025 bis 31.05.2025", False)],
        [(40, "Alter Kontostand am 30.04.2025", False), (560, continental(OPENING) + " EUR", True)],
        [],
        headings(cols),
        *table(cols, DRAWN),
        [],
        [(40, "Neuer Kontostand am 31.05.2025", False), (560, continental(CLOSING) + " EUR", True)],
    ]


def debit_credit() -> Lines:
    cols = [
        Column("Buchungstag", 40, day),
        Column("Vorgang", 100, lambda r: r.description),
        Column("Valuta", 360, value_day),
        Column("Soll", 480, lambda r: continental(r.amount) if r.amount < 0 else "", right=True),
        Column("Haben", 560, lambda r: continental(r.amount) if r.amount > 0 else "", right=True),
    ]
    return [
        *header(["Handelsbank AG", "Herrn Max Mustermann", "Kontonummer 1234567 00 BLZ 200 400 00"]),
        [(40, "Kontoauszug vom 01.05.2025 bis 31.05.2025", False)],
        [],
        headings(cols),
        [(100, "Kontostand im Euro am 30.04.2025", False), (560, continental(OPENING), True)],
        *table(cols, DRAWN),
        [(100, "Neuer Kontostand im Euro am 31.05.2025", False), (560, continental(CLOSING), True)],
    ]


def austrian() -> Lines:
    cols = [
        Column("Buchungsdatum", 40, day),
        Column("Text", 120, lambda r: r.description),
        Column("Valuta", 380, value_day),
        Column("Betrag", 560, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    return [
        *header(["Sparkasse Alpenland", "Herrn Franz Huber", "IBAN AT61 1904 3002 3457 3201", "Währung EUR"]),
        [(40, "Kontoauszug Nr. 5 vom 01.05.2025 bis 31.05.2025", False)],
        [],
        headings(cols),
        [(120, "Alter Saldo", False), (560, continental(OPENING), True)],
        *table(cols, DRAWN),
        [(120, "Neuer Saldo", False), (560, continental(CLOSING), True)],
    ]


def swiss_francs() -> Lines:
    cols = [
        Column("Datum", 40, lambda r: f"{r.date:%d.%m.%y}"),
        Column("Text", 95, lambda r: r.description),
        Column("Gutschrift", 340, lambda r: swiss(r.amount) if r.amount > 0 else "", right=True),
        Column("Lastschrift", 410, lambda r: swiss(-r.amount) if r.amount < 0 else "", right=True),
        Column("Valuta", 425, lambda r: f"{VALUE[r]:%d.%m.%y}"),
        Column("Saldo", 560, lambda r: swiss(r.balance), right=True),
    ]
    return [
        *header(
            ["Kantonalbank Seeland", "Herr Hans Muster", "Konto CH93 0076 2011 6238 5295 7", "Währung CHF"]
        ),
        [(40, "Kontoauszug 01.05.2025 - 31.05.2025", False)],
        [],
        headings(cols),
        [(95, "Kontostand", False), (560, swiss(OPENING), True)],
        *table(cols, DRAWN),
        [(95, "Kontostand per 31.05.2025", False), (560, swiss(CLOSING), True)],
    ]


def savings_bank_wrapped() -> Lines:
    """The savings bank's rows with the value day printed without its year and the text's purpose on a
    second line under it ("Verwendungszweck" lines)."""
    lines = sparkasse()
    at = next(n for n, line in enumerate(lines) if line and line[0][1].startswith("**"))
    rows: Lines = []
    for row in DRAWN:
        first, _, purpose = row.description.partition(" ")
        rows.append(
            [
                (40, day(row), False),
                (100, f"{VALUE[row]:%d.%m.}", False),
                (160, first, False),
                (560, trailing(row.amount), True),
            ]
        )
        rows.append([(160, purpose, False)])
    return [*lines[: at + 2], *rows, lines[-1]]


def swiss_one_column() -> Lines:
    """A Swiss account's money in one column headed "Belastung/Gutschrift", a debit's minus after it."""
    cols = [
        Column("Datum", 40, lambda r: f"{r.date:%d.%m.%Y}"),
        Column("Text", 110, lambda r: r.description),
        Column("Valuta", 330, lambda r: f"{VALUE[r]:%d.%m.%Y}"),
        Column("Belastung/Gutschrift", 480, lambda r: swiss(r.amount, trailing=True), right=True),
        Column("Saldo CHF", 560, lambda r: swiss(r.balance), right=True),
    ]
    return [
        *header(["Raiffeisenbank Seetal", "Frau Anna Muster", "IBAN CH56 8080 8001 2345 6789 0"]),
        [(40, "Kontoauszug vom 01.05.2025 bis 31.05.2025", False)],
        [],
        headings(cols),
        [(110, "Saldovortrag", False), (560, swiss(OPENING), True)],
        *table(cols, DRAWN),
        [(110, "Saldo per 31.05.2025", False), (560, swiss(CLOSING), True)],
    ]


KINDS: dict[str, tuple[Callable[[], Lines], str, bool]] = {
    "savings bank, trailing signs": (sparkasse, "EUR", False),
    "direct bank, Umsatz in EUR": (direct_bank, "EUR", False),
    "Soll and Haben": (debit_credit, "EUR", False),
    "Austrian Alter and Neuer Saldo": (austrian, "EUR", False),
    "Swiss francs, Gutschrift before Lastschrift": (swiss_francs, "CHF", True),
    "savings bank, purpose under the text": (savings_bank_wrapped, "EUR", False),
    "Swiss francs, Belastung/Gutschrift in one column": (swiss_one_column, "CHF", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_german_language_layout_reads_every_row_with_its_value_date_and_balances(kind: str) -> None:
    """Every row as drawn (date, value date, signed amount, the balance where the table prints one),
    the opening and closing balances and the currency named."""
    draw, currency, balances = KINDS[kind]
    read = read_drawn_pages([draw()])
    got = [(t.date, t.value_date, t.description, t.amount) for t in read.transactions]
    assert got == [(r.date, VALUE[r], r.description, r.amount) for r in DRAWN]
    if balances:
        assert [t.balance for t in read.transactions] == [r.balance for r in DRAWN]
    assert (read.opening_balance, read.closing_balance, read.currency) == (OPENING, CLOSING, currency)
