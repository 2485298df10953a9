"""The reading context: the lexicon and tolerances a reading is given are the ones it uses."""

from __future__ import annotations

from decimal import Decimal

from ingest.extract.context import DEFAULT, ReadContext, Tolerances
from ingest.extract.layout import cluster_lines
from ingest.extract.lexicon import LANGUAGES
from ingest.extract.reader import read_statements
from ingest.extract.table import Role, find_header
from tests.unit.extract.builder import page, right

ENGLISH = next(lexicon for lexicon in LANGUAGES if lexicon.language == "en")
GERMAN_HEADER = (100.0, [(40, "Datum"), (100, "Buchungstext"), (330, "Soll"), (420, "Haben"), (510, "Saldo")])


def test_a_header_is_found_in_the_words_of_the_lexicon_given() -> None:
    [line] = cluster_lines(page([GERMAN_HEADER]).words, 1)
    header = find_header(DEFAULT, line)
    assert header is not None
    assert [c.role for c in header.columns] == [Role.DATE, Role.DESC, Role.DEBIT, Role.CREDIT, Role.BALANCE]
    assert find_header(ReadContext(lexicon=ENGLISH), line) is None


def test_the_gap_that_ends_a_table_is_the_one_given_in_line_heights() -> None:
    header = (100.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")])
    rows = [
        header,
        (115.0, [(40, "Nov 01"), (100, "PAYROLL"), right(460, "500.00"), right(550, "1,500.00")]),
        # Five line heights (8 points each) below the row above.
        (163.0, [(40, "Nov 02"), (100, "GROCERY"), right(460, "-20.00"), right(550, "1,480.00")]),
    ]
    [default] = read_statements([page(rows)])
    [wide] = read_statements([page(rows)], ReadContext(tolerances=Tolerances(table_gap=6.0)))
    assert [t.amount for t in default.transactions] == [Decimal("500.00")]
    assert [t.amount for t in wide.transactions] == [Decimal("500.00"), Decimal("-20.00")]


def test_rows_of_a_yen_statement_are_read_without_decimals() -> None:
    rows = [
        (30.0, [(40, "Sakura Trust Bank")]),
        (60.0, [(40, "Account number: 1234-5678901"), (330, "Currency: JPY")]),
        (72.0, [(40, "Statement period: Nov 1, 2024 to Nov 30, 2024")]),
        (100.0, [(40, "Date"), (100, "Description"), (420, "Amount"), (510, "Balance")]),
        (115.0, [(40, "Nov 01"), (100, "SALARY"), right(460, "300,000"), right(550, "1,300,000")]),
        (127.0, [(40, "Nov 02"), (100, "RENT"), right(460, "-85,000"), right(550, "1,215,000")]),
    ]
    [statement] = read_statements([page(rows)])
    assert statement.currency == "JPY"
    assert [t.amount for t in statement.transactions] == [Decimal(300000), Decimal(-85000)]
    assert [t.balance for t in statement.transactions] == [Decimal(1300000), Decimal(1215000)]
    assert statement.opening_balance == Decimal(1000000)
