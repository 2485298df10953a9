"""The arithmetic of `make accuracy-real`: one-to-one matching on date and amount, P/R/F1, pooling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from devtools.accuracy_real import Match, Row, cases, match, pooled, read_balances, read_truth
from devtools.realworld import VENDORED

MAR_1 = dt.date(2026, 3, 1)
MAR_2 = dt.date(2026, 3, 2)


def row(date: dt.date, amount: str, description: str = "") -> Row:
    return Row(date, Decimal(amount), description)


def test_equal_date_and_amount_match_whatever_the_description() -> None:
    m = match([row(MAR_1, "-10.00", "COFFEE")], [row(MAR_1, "-10.00", "TEA")])
    assert (m.expected, m.found, m.matched) == (1, 1, 1)
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    assert m.description_agreement == 0.0


def test_another_date_another_amount_or_sign_do_not_match() -> None:
    expected = [row(MAR_1, "-10.00")]
    for found in (row(MAR_2, "-10.00"), row(MAR_1, "-10.01"), row(MAR_1, "10.00")):
        assert match(expected, [found]).matched == 0


def test_matching_is_one_to_one() -> None:
    # Two expected purchases of the same day and amount; three found: one is extra.
    expected = [row(MAR_1, "-4.20"), row(MAR_1, "-4.20"), row(MAR_2, "100")]
    found = [row(MAR_1, "-4.20"), row(MAR_1, "-4.20"), row(MAR_1, "-4.20"), row(MAR_2, "100.00")]
    m = match(expected, found)
    assert (m.expected, m.found, m.matched) == (3, 4, 3)
    assert m.precision == 0.75
    assert m.recall == 1.0
    assert m.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_precision_recall_and_f1_of_a_partial_result() -> None:
    expected = [row(MAR_1, "-1"), row(MAR_1, "-2"), row(MAR_1, "-3"), row(MAR_1, "-4")]
    found = [row(MAR_1, "-1"), row(MAR_1, "-2"), row(MAR_2, "-3")]
    m = match(expected, found)
    assert (m.precision, m.recall) == (pytest.approx(2 / 3), 0.5)
    assert m.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_nothing_found_scores_zero_and_nothing_expected_nothing_found_scores_one() -> None:
    none_found = match([row(MAR_1, "-1")], [])
    assert (none_found.recall, none_found.f1) == (0.0, 0.0)
    assert match([], []).f1 == 1.0
    assert match([], [row(MAR_1, "-1")]).precision == 0.0


def test_rows_without_a_date_or_amount_never_match() -> None:
    m = match([row(MAR_1, "-1")], [Row(None, Decimal(-1)), Row(MAR_1, None)])
    assert (m.found, m.matched) == (2, 0)


def test_descriptions_agree_after_case_punctuation_and_spacing_and_pair_at_best() -> None:
    expected = [row(MAR_1, "-5", "Uber BV help.uber.co"), row(MAR_1, "-5", "Kindl"), row(MAR_2, "-7", "Rent")]
    found = [row(MAR_1, "-5", "KINDL"), row(MAR_1, "-5", "UBER  BV HELP UBER CO"), row(MAR_2, "-7", "Food")]
    m = match(expected, found)
    assert (m.matched, m.described, m.agreeing) == (3, 3, 2)
    assert m.description_agreement == pytest.approx(2 / 3)


def test_truth_without_descriptions_gives_no_description_figure() -> None:
    m = match([row(MAR_1, "-5"), row(MAR_2, "7")], [row(MAR_1, "-5", "SOMETHING"), row(MAR_2, "7")])
    assert m.matched == 2
    assert m.description_agreement is None


def test_pooled_counts_every_row_of_every_file() -> None:
    a = Match(expected=10, found=8, matched=8, described=8, agreeing=4)
    b = Match(expected=2, found=4, matched=0)
    total = pooled([a, b])
    assert (total.expected, total.found, total.matched) == (12, 12, 8)
    assert total.f1 == pytest.approx(8 / 12)
    assert total.description_agreement == 0.5
    # Pooled is not the mean of the files' F1: the larger file weighs more.
    assert (a.f1 + b.f1) / 2 != pytest.approx(total.f1)


def test_the_vendored_truth_is_found_and_agrees_with_its_stated_balances() -> None:
    """Every vendored statement has a truth, and each expected CSV sums from its opening to its closing."""
    balances = read_balances()
    vendored = {c.name: c for c in cases() if c.path.is_relative_to(VENDORED)}
    assert {p.relative_to(VENDORED).as_posix() for p in VENDORED.rglob("*.pdf")} == set(vendored)
    for name, case in vendored.items():
        if case.rows is None or name not in balances:
            continue
        stated = balances[name]
        total = sum((r.amount for r in case.rows if r.amount is not None), Decimal(0))
        assert stated.opening + total == stated.closing, name


def test_read_truth_can_leave_out_leading_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("date,description,amount\n2026-03-01,LAST MONTH'S BALANCE,-4.00\n2026-03-02,SHOP,-1.50\n")
    assert read_truth(path, skip=1) == [row(MAR_2, "-1.50", "SHOP")]


def test_value_dates_are_scored_on_matched_rows_whose_truth_has_one() -> None:
    expected = [
        Row(MAR_1, Decimal("-5"), "A", MAR_2),
        Row(MAR_1, Decimal("-6"), "B", MAR_1),
        Row(MAR_2, Decimal("7"), "C"),  # no value date in the truth: not counted
        Row(MAR_2, Decimal("-8"), "D", MAR_2),  # not found: not counted
    ]
    found = [
        Row(MAR_1, Decimal("-5"), "A", MAR_2),
        Row(MAR_1, Decimal("-6"), "B"),  # the value date lost
        Row(MAR_2, Decimal("7"), "C", MAR_2),
    ]
    m = match(expected, found)
    assert (m.matched, m.value_dated, m.value_agreeing) == (3, 2, 1)
    assert m.value_date_agreement == 0.5
    assert match([row(MAR_1, "-5")], [row(MAR_1, "-5")]).value_date_agreement is None
    assert pooled([m, m]).value_date_agreement == 0.5


def test_read_truth_reads_the_value_date_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("date,description,amount,balance,value_date\n2026-03-01,SHOP,-1.50,,2026-03-02\n")
    assert read_truth(path) == [Row(MAR_1, Decimal("-1.50"), "SHOP", MAR_2)]
