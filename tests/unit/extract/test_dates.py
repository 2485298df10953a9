"""Printed dates: formats, day/month order per statement, the year from the period."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract.dates import (
    NumericOrder,
    PartialDate,
    numeric_order,
    parse_full,
    parse_partial,
    printed_years,
    resolve,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-03", D(2024, 11, 3)),
        ("03 Nov 2024", D(2024, 11, 3)),
        ("3 November 2024", D(2024, 11, 3)),
        ("Nov 3, 2024", D(2024, 11, 3)),
        ("November 3rd, 2024", D(2024, 11, 3)),
        ("03-NOV-24", D(2024, 11, 3)),
        ("1er novembre 2024", D(2024, 11, 1)),
        ("3 déc. 2024", D(2024, 12, 3)),
        ("3 fevrier 2025", D(2025, 2, 3)),
        ("15 août 2024", D(2024, 8, 15)),
        ("10 May 19", D(2019, 5, 10)),
        ("03.11.2024", D(2024, 11, 3)),
    ],
)
def test_full_dates(text: str, expected: dt.date) -> None:
    assert parse_full(text) == expected


@pytest.mark.parametrize("text", ["Total", "12.50", "2024", "13/13", "Nov", "32 Jan", "REF 123"])
def test_not_dates(text: str) -> None:
    pd = parse_partial(text)
    assert pd is None or (pd.year is None and not pd.candidates())


def test_a_field_over_twelve_decides_day_first() -> None:
    dates = [p for t in ("03/04", "05/04", "17/04") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates) is NumericOrder.DAY_FIRST


def test_a_field_over_twelve_decides_month_first() -> None:
    dates = [p for t in ("04/03", "04/05", "04/17") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates) is NumericOrder.MONTH_FIRST


def test_ambiguous_dates_take_the_reading_that_runs_in_order() -> None:
    # 01/02, 01/03, 02/03: month-first is Jan 2, Jan 3, Feb 3 (in order); day-first is Feb 1, Mar 1, Mar 2.
    # Both run in order, so add one that only month-first keeps in order.
    dates = [p for t in ("01/02", "01/09", "02/03") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates) is NumericOrder.MONTH_FIRST


def test_without_evidence_the_hint_decides() -> None:
    dates = [p for t in ("01/01", "02/02") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates, NumericOrder.MONTH_FIRST) is NumericOrder.MONTH_FIRST
    assert numeric_order(dates) is NumericOrder.DAY_FIRST


def test_year_inferred_across_december_january() -> None:
    period = (D(2024, 12, 15), D(2025, 1, 14))
    december = parse_partial("Dec 20")
    january = parse_partial("Jan 03")
    assert december is not None and january is not None
    assert resolve(december, NumericOrder.DAY_FIRST, period, None) == D(2024, 12, 20)
    assert resolve(january, NumericOrder.DAY_FIRST, period, None) == D(2025, 1, 3)


def test_year_inferred_for_numeric_dates_in_french_order() -> None:
    period = (D(2024, 12, 1), D(2025, 1, 31))
    late = parse_partial("28/12")
    early = parse_partial("02/01")
    assert late is not None and early is not None
    assert resolve(late, NumericOrder.DAY_FIRST, period, None) == D(2024, 12, 28)
    assert resolve(early, NumericOrder.DAY_FIRST, period, None) == D(2025, 1, 2)


def test_without_period_the_fallback_year_is_used() -> None:
    pd = parse_partial("02/07")
    assert pd is not None
    assert resolve(pd, NumericOrder.DAY_FIRST, (None, None), 2023) == D(2023, 7, 2)
    assert resolve(pd, NumericOrder.DAY_FIRST, (None, None), None) is None


def test_impossible_day_is_no_date() -> None:
    pd = parse_partial("30/02")
    assert pd is not None
    assert resolve(pd, NumericOrder.DAY_FIRST, (None, None), 2024) is None


def test_dates_within_one_month_decide_the_order_by_their_span() -> None:
    # 11/01, 11/05, 11/12 run in order either way; month-first keeps them within November.
    dates = [p for t in ("11/01", "11/05", "11/12") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates) is NumericOrder.MONTH_FIRST
    dates = [p for t in ("01/11", "05/11", "12/11") if (p := parse_partial(t)) is not None]
    assert numeric_order(dates) is NumericOrder.DAY_FIRST


def test_ocr_letters_for_digits_in_a_date() -> None:
    assert parse_full("O1 Jun 24") == D(2024, 6, 1)
    assert parse_full("l2/03/2024") == D(2024, 3, 12)
    assert parse_full("1 oct. 2024") == D(2024, 10, 1)


def test_ocr_specks_at_the_edges_of_a_date() -> None:
    assert parse_full("‘01.09.2025") == D(2025, 9, 1)
    assert parse_full("01.09.2025|") == D(2025, 9, 1)


def test_a_month_first_date_with_a_two_digit_year_after_a_slash() -> None:
    """Some Canadian statements print their period "JAN 31/25 - FEB 28/25" and rows "JAN03"."""
    assert parse_partial("JAN 31/25") == PartialDate(a=31, b=1, year=25, numeric=False)
    assert parse_partial("FEB28/25") == PartialDate(a=28, b=2, year=25, numeric=False)
    assert parse_partial("JAN03") == PartialDate(a=3, b=1, year=None, numeric=False)


def test_a_month_that_is_also_a_weekday_reads_as_the_month() -> None:
    """ "MAR 01/24" is March 1st, not a Tuesday ("mar.", mardi) in a 24th month."""
    assert parse_partial("MAR 01/24") == PartialDate(a=1, b=3, year=24, numeric=False)
    assert parse_partial("mar. 5 nov.") == PartialDate(a=5, b=11, year=None, numeric=False)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("SYDNEY NSW 2000", []),  # a state's postcode
        ("Bondi Junction NSW, 2022", []),
        ("Balance EUR 2024", []),  # a currency's amount
        ("Statement DEC 2024", [2024]),  # a month's abbreviation leads to its year
        ("31 DE DICIEMBRE DE 2022", [2022]),  # so does a word of the language
        ("Kontoauszug Nr. 1/2017", [2017]),
        ("IBAN DE31 2001 0020 0000", []),  # groups of an account number
    ],
)
def test_a_year_printed_alone_is_not_a_number_owned_by_a_code_before_it(text: str, years: list[int]) -> None:
    assert printed_years(text) == years


def test_a_day_and_month_whose_middle_dot_ocr_lost_is_still_read() -> None:
    """Postbank photographed at 170 dpi: "26.01." came back "2601."; its closing dot still shows a date."""
    assert parse_partial("2601.") == PartialDate(a=26, b=1, year=None, numeric=True)
    assert parse_partial("2601") is None  # a number, not a date
    assert parse_partial("2020.") is None  # no month 20
