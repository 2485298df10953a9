"""Printed money -> Decimal and sign marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.extract.amounts import money_places, parse_money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1 234.56", "1234.56"),
        ("1'234.56", "1234.56"),
        ("2.853.82", "2853.82"),
        ("+1.002.853.82", "1002853.82"),
        ("1234.56", "1234.56"),
        ("1234,56", "1234.56"),
        ("0.04", "0.04"),
        ("12,345,678.90", "12345678.90"),
        ("-45.00", "-45.00"),
        ("\u221245.00", "-45.00"),
        ("(412.16)", "-412.16"),
        ("45.00-", "-45.00"),
        ("45.00DR", "-45.00"),
        ("45.00 Dr", "-45.00"),
        ("45.00CR", "45.00"),
        ("+45.00", "45.00"),
        ("$4,325.28", "4325.28"),
        ("-$1,187.52", "-1187.52"),
        ("$1,187.52-", "-1187.52"),
        ("€7.957,16", "7957.16"),
        ("£618.35", "618.35"),
        ("8 342,86 $", "8342.86"),
        ("S$22,058.11", "22058.11"),
        ("CAD 12.00", "12.00"),
        ("204.22OD", "-204.22"),
    ],
)
def test_money_formats(text: str, value: str) -> None:
    money = parse_money(text)
    assert money is not None, text
    assert money.signed == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "2024",
        "239",
        "1,234",
        "12.5",
        "1.2345",
        "REF",
        "",
        "12/07",
        "4471",
        "(12.00",
        "1,23,4.56",
        "12.07.20",
        "1.234.5",
    ],
)
def test_not_money(text: str) -> None:
    assert parse_money(text) is None


def test_bare_figure_has_no_sign_mark() -> None:
    money = parse_money("12.00")
    assert money is not None
    assert money.negative is None and money.marker is None


def test_currency_from_symbol_or_code() -> None:
    assert (m := parse_money("£5.00")) is not None and m.currency == "GBP"
    assert (m := parse_money("€5,00")) is not None and m.currency == "EUR"
    assert (m := parse_money("CAD 5.00")) is not None and m.currency == "CAD"
    assert (m := parse_money("$5.00")) is not None and m.currency is None


def test_credit_mark_is_explicitly_positive() -> None:
    money = parse_money("2.559,09CR")
    assert money is not None
    assert money.negative is False and money.marker == "CR" and money.signed == Decimal("2559.09")


@pytest.mark.parametrize(
    ("text", "places", "value"),
    [
        ("¥12,000", 0, "12000"),
        ("1.234.567", 0, "1234567"),
        ("-3,500", 0, "-3500"),
        ("540", 0, "540"),
        ("1,234.567", 3, "1234.567"),
        ("1.234,567", 3, "1234.567"),
        ("(12.500)", 3, "-12.500"),
        ("0.125 DR", 3, "-0.125"),
    ],
)
def test_money_with_the_currency_decimal_places(text: str, places: int, value: str) -> None:
    money = parse_money(text, places)
    assert money is not None
    assert money.signed == Decimal(value)
    assert money.signed.as_tuple().exponent == -places


@pytest.mark.parametrize(("text", "places"), [("12.50", 0), ("12.50", 3), ("1,234.56", 3), ("12,000", 2)])
def test_figures_with_other_decimal_places_are_not_money(text: str, places: int) -> None:
    assert parse_money(text, places) is None


def test_places_follow_the_currency_unless_the_figures_say_otherwise() -> None:
    assert money_places("JPY", ["12,000", "3,500", "8,500"]) == 0
    assert money_places("KWD", ["1.250", "0.500"]) == 3
    assert money_places("EUR", ["12,000"]) == 2
    # A GBP statement that names yen in passing still prints its money with two places.
    assert money_places("JPY", ["12.50", "3.10", "JPY"]) == 2


@pytest.mark.parametrize(
    ("text", "value"), [("45,00 € -", "-45.00"), ("45.00–", "-45.00"), ("1 234,56 € −", "-1234.56")]
)
def test_a_trailing_minus_after_the_currency_or_as_a_dash(text: str, value: str) -> None:
    money = parse_money(text)
    assert money is not None
    assert money.signed == Decimal(value)


def test_the_naira_cedi_and_real_signs_name_their_currencies() -> None:
    assert [
        (m.magnitude, m.currency) for t in ("₦1,200.00", "₵45.10", "R$ 12,00") if (m := parse_money(t))
    ] == [
        (Decimal("1200.00"), "NGN"),
        (Decimal("45.10"), "GHS"),
        (Decimal("12.00"), "BRL"),
    ]
