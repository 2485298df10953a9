"""How figures and dates are printed: the number styles and date styles the layouts mix."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
MONTHS_FR_FULL = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

MONTHS_ES = (
    "ENERO",
    "FEBRERO",
    "MARZO",
    "ABRIL",
    "MAYO",
    "JUNIO",
    "JULIO",
    "AGOSTO",
    "SEPTIEMBRE",
    "OCTUBRE",
    "NOVIEMBRE",
    "DICIEMBRE",
)
MONTHS_PT = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


def number(value: Decimal, thousands: str = ",", decimal: str = ".") -> str:
    """The magnitude of `value` grouped by thousands; keeps every decimal it has (at least two)."""
    magnitude = abs(value)
    exponent = magnitude.as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    text = f"{magnitude:.{places}f}"
    whole, frac = text.split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return thousands.join(groups) + decimal + frac


def us(value: Decimal) -> str:
    """1,234.56"""
    return number(value)


def fr(value: Decimal) -> str:
    """1 234,56"""
    return number(value, " ", ",")


def eu(value: Decimal) -> str:
    """1.234,56"""
    return number(value, ".", ",")


def ch(value: Decimal) -> str:
    """1'234.56"""
    return number(value, "'", ".")


def mon_dd(date: dt.date) -> str:
    """Nov 03"""
    return f"{MONTHS_EN[date.month - 1]} {date.day:02d}"


def dd_mon_yy(date: dt.date) -> str:
    """03 Nov 24"""
    return f"{date.day:02d} {MONTHS_EN[date.month - 1]} {date.year % 100:02d}"


def long_en(date: dt.date) -> str:
    """November 3, 2024"""
    return f"{MONTHS_EN_FULL[date.month - 1]} {date.day}, {date.year}"


def short_en(date: dt.date) -> str:
    """Nov 3, 2024"""
    return f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year}"


def day_month_en(date: dt.date) -> str:
    """3 November 2024"""
    return f"{date.day} {MONTHS_EN_FULL[date.month - 1]} {date.year}"


def dd_mon_fr(date: dt.date) -> str:
    """05 nov."""
    return f"{date.day:02d} {MONTHS_FR[date.month - 1]}"


def long_fr(date: dt.date) -> str:
    """5 novembre 2024"""
    return f"{date.day} {MONTHS_FR_FULL[date.month - 1]} {date.year}"


def mm_dd_yyyy(date: dt.date) -> str:
    """11/03/2024"""
    return f"{date.month:02d}/{date.day:02d}/{date.year}"


def mm_dd(date: dt.date) -> str:
    """11/03"""
    return f"{date.month:02d}/{date.day:02d}"


def dd_mm_yyyy(date: dt.date, sep: str = ".") -> str:
    """03.11.2024"""
    return f"{date.day:02d}{sep}{date.month:02d}{sep}{date.year}"


def dd_mm(date: dt.date, sep: str = ".", end: str = "") -> str:
    """19.01. (with end=".") or 19/01"""
    return f"{date.day:02d}{sep}{date.month:02d}{end}"


def dd_mm_yy(date: dt.date, sep: str = ".") -> str:
    """03.11.24"""
    return f"{date.day:02d}{sep}{date.month:02d}{sep}{date.year % 100:02d}"
