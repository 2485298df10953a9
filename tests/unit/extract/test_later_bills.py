"""A card bill's table of what later bills will charge ("Próximas faturas", "Upcoming instalments"):
its rows, dated after the bill closes (or on the day of the first purchase, before it opens), are no
transactions of this bill, while this month's instalment, dated in the period, is."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import D, M, continental, drawn_lines, english, header, read_one

BILL = [
    (D(2025, 8, 14), "Loja das Tintas", M("-214.30")),
    (D(2025, 8, 19), "Posto Rio Claro", M("-180.00")),
    (D(2025, 8, 25), "Pagamento recebido", M("1100.00")),
    (D(2025, 9, 2), "Eletro Casa - Parcela 2/6", M("-95.50")),
]
MONTHS = {1: "JAN", 2: "FEV", 3: "MAR", 8: "AGO", 9: "SET", 10: "OUT", 11: "NOV", 12: "DEZ"}


def _day(day: D) -> str:
    return f"{day.day:02d} {MONTHS[day.month]}"


@pytest.mark.parametrize("heading", ["Próximas faturas", "Compras parceladas", "Lançamentos futuros"])
@pytest.mark.parametrize("own_headings", [False, True], ids=["rows-under-the-title", "headings-again"])
def test_a_brazilian_bill_leaves_out_the_instalments_of_later_bills(heading: str, own_headings: bool) -> None:
    """Under the month's rows, a titled list of the instalments the next bills will charge, with or
    without the column headings printed again: the bill's transactions and balances are the month's."""
    previous = M("-1100.00")
    new = previous + sum(a for *_, a in BILL)
    lines = header(
        [
            "Banco Ipê S.A.",
            "JULIANA MOREIRA COSTA",
            "Fatura do cartão de crédito - período de 10/08/2025 a 09/09/2025",
            "VALORES EM R$",
        ]
    )
    lines += [
        [(40, "Fatura anterior", False), (300, continental(previous), True)],
        [(40, "Total a pagar", False), (300, continental(new), True)],
        [],
        [(40, "**Data", False), (110, "Descrição", False), (560, "Valor", True)],
    ]
    for day, text, amount in BILL:
        shown = ("-" if amount > 0 else "") + continental(amount)
        lines.append([(40, _day(day), False), (110, text, False), (560, shown, True)])
    lines += [[], [(40, "**" + heading, False)]]
    if own_headings:
        lines.append([(40, "**Data", False), (110, "Descrição", False), (560, "Valor", True)])
    for n, month in enumerate((10, 11, 12), start=3):
        lines.append(
            [
                (40, f"02 {MONTHS[month]}", False),
                (110, f"Eletro Casa - Parcela {n}/6", False),
                (560, "95,50", True),
            ]
        )
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == BILL
    assert (read.opening_balance, read.closing_balance) == (previous, new)


def test_an_english_bill_leaves_out_upcoming_instalments_dated_by_their_purchase() -> None:
    """ "Upcoming instalments" lists each plan by the day it was bought, months before this bill
    opened: those rows are no more this bill's than the ones dated after it closes."""
    rows = [
        (D(2025, 3, 4), "GREENLEAF GROCERS", M("-62.15")),
        (D(2025, 3, 11), "PAYMENT - THANK YOU", M("300.00")),
        (D(2025, 3, 20), "CITYLINK RAIL", M("-18.40")),
    ]
    previous = M("-300.00")
    new = previous + sum(a for *_, a in rows)
    lines = header(
        [
            "Harbour Card Services",
            "ALEX MORGAN",
            "Statement period 01/03/2025 to 31/03/2025",
            f"Previous balance {english(-previous)}",
            f"New balance {english(-new)}",
        ]
    )
    lines += [[(40, "**Date", False), (110, "Transaction details", False), (560, "Amount", True)]]
    for day, text, amount in rows:
        shown = english(-amount) + (" CR" if amount > 0 else "")
        lines.append([(40, day.strftime("%d/%m/%Y"), False), (110, text, False), (560, shown, True)])
    lines += [[], [(40, "**Upcoming instalments", False)]]
    lines.append([(40, "12/11/2024", False), (110, "HOMEWARE PLAN 5 OF 12", False), (560, "41.60", True)])
    lines.append([(40, "28/01/2025", False), (110, "LAPTOP PLAN 3 OF 24", False), (560, "55.00", True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == rows
    assert read.closing_balance == new


def test_rows_under_such_a_title_dated_in_the_period_stay_transactions() -> None:
    """The title alone drops nothing: rows it heads that the period holds are this bill's."""
    previous = M("-1100.00")
    new = previous + sum(a for *_, a in BILL)
    lines = header(
        [
            "Banco Ipê S.A.",
            "JULIANA MOREIRA COSTA",
            "Fatura do cartão de crédito - período de 10/08/2025 a 09/09/2025",
            "VALORES EM R$",
        ]
    )
    lines += [
        [(40, "Fatura anterior", False), (300, continental(previous), True)],
        [(40, "Total a pagar", False), (300, continental(new), True)],
        [],
        [(40, "**Data", False), (110, "Descrição", False), (560, "Valor", True)],
    ]
    for n, (day, text, amount) in enumerate(BILL):
        if n == 3:
            lines.append([(40, "**Compras parceladas", False)])
        shown = ("-" if amount > 0 else "") + continental(amount)
        lines.append([(40, _day(day), False), (110, text, False), (560, shown, True)])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount) for t in read.transactions] == BILL
