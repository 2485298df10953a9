"""Kinds of statement issue 14 names, each drawn the way banks print it and read through the text layer
against what was drawn: a table that centres each row's figures in its text with every line set evenly
apart."""

from __future__ import annotations

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Lines,
    M,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_drawn_pages,
    running,
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
