"""Statements of the Czech Republic, Slovakia and Hungary in forms their banks print that no other test
draws: rows dated with a space after each point, the value date under the booking date, or by day and
month alone under a period printed so; rows dated by a year of two digits first, between opening and
closing balance rows, with the money before the text; each read through the text layer against what
was drawn."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract.dates import parse_partial
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    assert_header,
    balance_before,
    read_drawn,
    running,
    signed,
    spaced,
    totals,
)

DAY = dt.timedelta(days=1)

# ---- Czech ---------------------------------------------------------------------------------------

CZECH_DECEMBER = [
    (D(2025, 12, 1), "Příchozí úhrada Mzda listopad", "42300.00"),
    (D(2025, 12, 4), "Platba kartou ALBERT BRNO", "-1245.90"),
    (D(2025, 12, 12), "Jednorázová úhrada Nájemné prosinec", "-15500.00"),
    (D(2025, 12, 31), "Vedení účtu", "-49.00"),
]


def _spaced_date(day: dt.date) -> str:
    """A date as Czech and Slovak statements print it: "1. 12. 2025"."""
    return f"{day.day}. {day.month}. {day.year}"


def test_a_czech_account_with_the_value_date_under_the_booking_date_each_spaced_after_its_points(
    unicode_fonts: Fonts,
) -> None:
    """Each row's booking date "4. 12. 2025" over its value date in one "Datum" column narrower than
    the dates, one signed Částka with "CZK" after each figure, the period "za období: 1. 12. 2025 -
    31. 12. 2025" printed the same way, the balances as labelled lines."""
    rows = running(M("18250.40"), CZECH_DECEMBER)
    head = [
        "Raiffeisenbank a.s.",
        "Výpis z účtu",
        "Jana Nováková",
        "Číslo účtu: 1234567890/5500",
        "za období: 1. 12. 2025 - 31. 12. 2025",
        "Měna: CZK",
        f"Počáteční zůstatek: {spaced(balance_before(rows))} CZK",
        f"Konečný zůstatek: {spaced(rows[-1].balance)} CZK",
    ]
    columns = [
        Column("Datum", 40, lambda r: f"{_spaced_date(r.date)}\n{_spaced_date(r.date + DAY)}"),
        Column("Popis", 120, lambda r: r.description),
        Column("Částka", 555, lambda r: signed(spaced(r.amount), r.amount) + " CZK", right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(read, account="1234567890/5500", currency="CZK", start=D(2025, 12, 1), end=D(2025, 12, 31))


# ---- Slovak --------------------------------------------------------------------------------------

SLOVAK_MARCH = [
    (D(2025, 3, 3), "Platba kartou BILLA Bratislava", "-42.18"),
    (D(2025, 3, 10), "Mzda marec", "1850.00"),
    (D(2025, 3, 17), "Trvalý príkaz nájom", "-480.00"),
    (D(2025, 3, 28), "Poplatok za vedenie účtu", "-4.50"),
]


def test_a_slovak_account_dating_its_rows_by_day_and_month_with_a_space_after_each_point(
    unicode_fonts: Fonts,
) -> None:
    """Each row dated "3. 3." (the day and month, a space after each point, no year) under a period
    "Obdobie: 1. 3. 2025 - 31. 3. 2025" printed the same way, which gives the year; one signed Suma,
    the balances as labelled lines, the account "Účet číslo" with its bank's code."""
    rows = running(M("1520.40"), SLOVAK_MARCH)
    head = [
        "Československá obchodná banka, a.s.",
        "Názov účtu: Peter Novák",
        "Účet číslo: 4001234567/7500",
        "Obdobie: 1. 3. 2025 - 31. 3. 2025",
        "Mena: EUR",
        f"Počiatočný zostatok: {spaced(balance_before(rows))}",
        f"Konečný zostatok: {spaced(rows[-1].balance)}",
    ]
    columns = [
        Column("Dátum", 40, lambda r: f"{r.date.day}. {r.date.month}."),
        Column("Popis", 110, lambda r: r.description),
        Column("Suma", 470, lambda r: signed(spaced(r.amount), r.amount), right=True),
    ]
    read = read_drawn(head, columns, rows, unicode_fonts)
    assert_header(read, account="4001234567/7500", currency="EUR", start=D(2025, 3, 1), end=D(2025, 3, 31))


@pytest.mark.parametrize(
    ("printed", "day", "month", "year"),
    [("3. 3.", 3, 3, None), ("28. 12.", 28, 12, None), ("1. 10.", 1, 10, None), ("1.12. 2025", 1, 12, 2025)],
)
def test_a_day_and_month_with_a_space_after_each_point_is_a_date_its_year_may_follow(
    printed: str, day: int, month: int, year: int | None
) -> None:
    """The day and month alone, or with the year after a space where the text layer lost the space
    after the first point."""
    date = parse_partial(printed)
    assert date is not None and (date.year, {date.a, date.b}) == (year, {day, month})


# ---- Hungarian -----------------------------------------------------------------------------------

HUNGARIAN_JULY = [
    (D(2025, 7, 2), "VÁSÁRLÁS KÁRTYÁVAL SPAR BUDAPEST", "-12480.00"),
    (D(2025, 7, 8), "JÓVÁÍRÁS MUNKABÉR", "501996.00"),
    (D(2025, 7, 15), "ÁTUTALÁS KOVÁCS ANNA", "-250000.00"),
    (D(2025, 7, 28), "SZÁMLAVEZETÉSI DÍJ", "-1590.00"),
]


def test_a_hungarian_account_dated_by_two_digit_years_first_with_its_money_before_the_text(
    unicode_fonts: Fonts,
) -> None:
    """ "Könyvelés dátuma | Értéknap | Összeg | Megnevezés": both dates "25.07.02" (a year of two digits
    first), the signed amount left of the text; a "NYITÓ EGYENLEG" row before the rows and a "ZÁRÓ
    EGYENLEG" row after them, then the credits and debits of the period summed as labelled lines."""
    rows = running(M("78583.00"), HUNGARIAN_JULY)
    out, into = totals(rows)

    def money(row: Drawn) -> str:
        return (
            spaced(row.balance) if "EGYENLEG" in row.description else signed(spaced(row.amount), row.amount)
        )

    opening, closing = balance_before(rows), rows[-1].balance
    columns = [
        Column("Könyvelés dátuma", 40, lambda r: r.date.strftime("%y.%m.%d")),
        Column("Értéknap", 150, lambda r: (r.date + DAY).strftime("%y.%m.%d")),
        Column("Összeg", 300, money, right=True),
        Column("Megnevezés", 320, lambda r: r.description),
    ]
    head = [
        "OTP Bank Nyrt.",
        "Számlakivonat",
        "Kovács Péter",
        "Számlaszám: 11773016-12345678-00000000",
        "Időszak: 2025.07.01 - 2025.07.31",
        "Devizanem: HUF",
    ]
    after = [
        Drawn(D(2025, 7, 31), "ZÁRÓ EGYENLEG", closing, closing),
        Drawn(D(2025, 7, 31), "JÓVÁÍRÁSOK ÖSSZESEN:", into, into),
        Drawn(D(2025, 7, 31), "TERHELÉSEK ÖSSZESEN:", -out, -out),
    ]
    read = read_drawn(
        head,
        columns,
        rows,
        unicode_fonts,
        before=[Drawn(D(2025, 6, 30), "NYITÓ EGYENLEG", opening, opening)],
        after=after,
    )
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]
    assert_header(
        read, account="11773016-12345678-00000000", currency="HUF", start=D(2025, 7, 1), end=D(2025, 7, 31)
    )
