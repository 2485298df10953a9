"""Real statements of other banks and countries (vendored, MIT/Apache-2.0) against their publishers' rows."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from devtools.realworld import real_file
from ingest.extract.pages import read_pages
from ingest.extract.reader import read_statements
from ingest.extract.statement import RawStatement
from ingest.settings import Limits
from ingest.stages.upload import PDF

# (file, opening, closing) as the statement prints them; None where it prints none we read.
CASES = [
    ("de/postbank_demokonto_2020-01", "2853.82", "5314.05"),
    ("de/ing_2022-01", "-683.68", "-717.36"),
    ("ng/fbn_2026-05", "531135.04", "438664.68"),
    ("ng/palmpay", None, None),
    ("ca/td_emerald_visa_2014-08", "-6619.48", "-6967.31"),
    ("ca/td_emerald_visa_2016-08", "-14436.21", "-15931.36"),
]


def _read(path: Path) -> list[RawStatement]:
    return read_statements(list(read_pages(Limits(), path.read_bytes(), PDF)))


def _expected(name: str) -> list[dict[str, str]]:
    path = real_file(name + ".expected.csv")
    assert path is not None
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize(("name", "opening", "closing"), CASES, ids=[c[0] for c in CASES])
def test_rows_match_the_publishers_rows(name: str, opening: str | None, closing: str | None) -> None:
    path = real_file(name + ".pdf")
    if path is None:
        pytest.skip(f"{name} is not present")
    [statement] = _read(path)
    want = [(_date(r["date"]), Decimal(r["amount"])) for r in _expected(name)]
    got = [(t.date, t.amount) for t in statement.transactions]
    assert sorted(got, key=str) == sorted(want, key=str)
    assert statement.opening_balance == (Decimal(opening) if opening else None)
    assert statement.closing_balance == (Decimal(closing) if closing else None)
    if opening and closing:
        total = sum((t.amount for t in statement.transactions if t.amount is not None), Decimal(0))
        assert statement.opening_balance + total == statement.closing_balance


@pytest.mark.parametrize("name", ["de/postbank_demokonto_2020-01", "ca/td_emerald_visa_2016-08"])
def test_the_second_date_is_the_value_date(name: str) -> None:
    path = real_file(name + ".pdf")
    if path is None:
        pytest.skip(f"{name} is not present")
    [statement] = _read(path)
    want = [(_date(r["date"]), _date(r["value_date"])) for r in _expected(name)]
    assert [(t.date, t.value_date) for t in statement.transactions] == want
