"""Statements of regions and banks no other test draws, each printing its figures, rows and cells the way
its kind does, read through the text layer against what was drawn: the rand a space before figures
grouped by spaces; round amounts printed without the cents every other figure prints."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    continental,
    english,
    read_drawn,
    running,
)

# ---- South Africa: "R 2 500.00" ------------------------------------------------------------------------

CAPE_ROWS = [
    (D(2025, 5, 2), "POS PURCHASE CHECKERS RONDEBOSCH", "-412.35"),
    (D(2025, 5, 5), "SALARY KAROO LOGISTICS", "18950.00"),
    (D(2025, 5, 9), "CASH WITHDRAWAL ATM SEA POINT", "-2500.00"),
    (D(2025, 5, 14), "DEBIT ORDER DISCOVERY HEALTH", "-3871.60"),
    (D(2025, 5, 31), "MONTHLY ACCOUNT FEE", "-110.00"),
]


def _rands(decimal: str) -> Callable[[Decimal], str]:
    """A figure as a South African app bank prints it: the rand's R a space before it, thousands set
    apart by spaces, a minus before the R for money out ("-R 2 500.00")."""

    def shown(value: Decimal) -> str:
        figure = f"{abs(value):,.2f}".replace(",", " ").replace(".", decimal)
        return ("-" if value < 0 else "") + "R " + figure

    return shown


@pytest.mark.parametrize("decimal", [".", ","])
def test_a_south_african_account_printing_the_rand_a_space_before_figures_grouped_by_spaces(
    decimal: str,
) -> None:
    """South African kind: "Date | Description | Amount | Balance", every figure "R 2 500.00" (or
    "R 2 500,00"): the R is the figure's sign, not the description's last word, though the figure's
    own thousands space is joined after it."""
    rands = _rands(decimal)
    rows = running(M("6310.45"), CAPE_ROWS)
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 100, lambda r: r.description),
        Column("Amount", 440, lambda r: rands(r.amount), right=True),
        Column("Balance", 560, lambda r: rands(r.balance), right=True),
    ]
    head = [
        "Fynbos Bank Limited",
        "MS T MOKOENA",
        "Account number 2041873390",
        "Statement period: 01 May 2025 to 31 May 2025",
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == "ZAR"


# ---- Round amounts printed whole ---------------------------------------------------------------------

ROUND_ROWS = [
    (D(2025, 6, 2), "POS 4417 SPAR KILIMANI NAIROBI", "-1486.35"),
    (D(2025, 6, 4), "SALARY JUNE MERIDIAN AGRO LTD", "118950.00"),
    (D(2025, 6, 7), "ATM WITHDRAWAL KENYATTA AVENUE", "-2500.00"),
    (D(2025, 6, 9), "STANDING ORDER RENT", "-45000.00"),
    (D(2025, 6, 12), "AIRTIME PURCHASE", "-50.00"),
    (D(2025, 6, 20), "INTEREST CREDIT", "12.47"),
    (D(2025, 6, 30), "LEDGER FEE", "-110.00"),
]


@pytest.mark.parametrize("style", [english, continental], ids=["1,234.56", "1.234,56"])
def test_an_account_printing_its_round_amounts_without_their_cents(style: Callable[[Decimal], str]) -> None:
    """A kind of East Africa, South Asia and Latin America: "Date | Particulars | Debit | Credit |
    Balance", where a round amount is printed whole ("2,500", "45,000", "110", "50") and every other
    figure and every balance with its cents: the whole figure is that many units of the money, its
    grouping mark the one the figures with cents group their thousands by (not three decimals)."""
    rows = running(M("7310.45"), ROUND_ROWS)

    def shown(value: Decimal) -> str:
        text = style(value)
        return text[:-3] if value == value.to_integral_value() else text

    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Particulars", 100, lambda r: r.description),
        Column("Debit", 390, lambda r: shown(r.amount) if r.amount < 0 else "", right=True),
        Column("Credit", 470, lambda r: shown(r.amount) if r.amount > 0 else "", right=True),
        Column("Balance", 560, lambda r: style(r.balance), right=True),
    ]
    head = [
        "Rift Valley Commercial Bank",
        "JANE WANJIKU MWANGI",
        "Account Number 0110283746501",
        "Currency KES",
        "Statement Period 01/06/2025 to 30/06/2025",
    ]
    read_drawn(head, columns, rows)
