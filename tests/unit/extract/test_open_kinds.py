"""Kinds of issue 14 that real statements of banks the reader had not seen printed, each drawn as such a
statement prints it: what is drawn is the truth, and every transaction must be read to the cent."""

from __future__ import annotations

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    as_drawn,
    continental,
    drawn_lines,
    header,
    headings,
    read_one,
    running,
    signed,
    table,
)

# ---- the year's end told by the statement's own number, not by a card's expiry ---------------------


def test_a_cards_expiry_above_the_statements_number_does_not_say_which_end_of_the_year_it_is() -> None:
    """Rows by day and month from December into January under "Kontoauszug Nr. 1/2025", the card's
    expiry "gültig bis 11/2025" printed above it: only the statement's number says the printed year is
    January's (an expiry late in the year had made it December's and every row a year late)."""
    rows = running(
        M("950.00"),
        [
            (D(2024, 12, 30), "Kartenzahlung Bäckerei", "-8.40"),
            (D(2025, 1, 2), "Gutschrift Gehalt", "2150.00"),
            (D(2025, 1, 3), "Kartenzahlung Apotheke", "-14.20"),
        ],
    )
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(
        ["Sparkasse am Fluss", "Erika Mustermann", "Karte gültig bis 11/2025", "Kontoauszug Nr. 1/2025"]
    )
    as_drawn(read_one(drawn_lines([[*lines, headings(columns), *table(columns, rows)]])), rows)
