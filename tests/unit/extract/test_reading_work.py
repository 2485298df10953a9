"""What the reader does not do again: work whose answer it already has, or cannot use."""

from __future__ import annotations

import pytest

from ingest.extract import reader
from ingest.extract.layout import Line
from ingest.extract.reader import read_statements
from ingest.extract.table import TableHeader

from .builder import page, right

ROWS = 20


def _statement_page() -> list[tuple[float, list[tuple[float, str]]]]:
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (40.0, [(50.0, "Account number 12345678")]),
        (60.0, [(50.0, "Date"), (120.0, "Description"), right(430.0, "Amount"), right(530.0, "Balance")]),
    ]
    balance = 1000
    for n in range(ROWS):
        balance -= 5
        rows.append(
            (
                80.0 + 14 * n,
                [
                    (50.0, f"{n + 1:02d}/03/2025"),
                    (120.0, f"SHOP {n}"),
                    right(430.0, "-5.00"),
                    right(530.0, f"{balance}.00"),
                ],
            )
        )
    rows.append((100.0 + 14 * ROWS, [(50.0, "Thank you for banking with us")]))
    return rows


def test_the_lines_a_table_takes_are_not_searched_for_a_header(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    search = reader.find_header

    def counted(ctx: reader.ReadContext, line: Line, below: Line | None = None) -> TableHeader | None:
        asked.append(line.text)
        return search(ctx, line, below)

    monkeypatch.setattr(reader, "find_header", counted)
    [statement] = read_statements([page(_statement_page())])
    assert len(statement.transactions) == ROWS
    assert not any(text.startswith(f"{n + 1:02d}/03/2025") for n in range(ROWS) for text in asked)
    assert len(asked) <= 3  # the account's line, the header's, the line under the table
