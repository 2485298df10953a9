"""Kinds of statement of issue 14 that read wrong until drawn: rows grouped under a day's date printed
alone, with the day's totals of money in and out; each drawn as such banks print it and read through the
text layer against what was drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tests.unit.extract.unseen_kinds import (
    Lines,
    M,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    read_one,
    running,
    signed,
    totals,
)

# ---- rows grouped under a day's heading ----------------------------------------------------------------

DAYS = running(
    M("512.30"),
    [
        (dt.date(2025, 6, 2), "Transferência recebida pelo Pix JOANA LIMA", "1200.00"),
        (dt.date(2025, 6, 2), "Compra no débito PADARIA REAL", "-18.50"),
        (dt.date(2025, 6, 4), "Pagamento de boleto CLARO SA", "-99.90"),
        (dt.date(2025, 6, 4), "Transferência enviada pelo Pix RAFAEL SOUZA", "-250.00"),
        (dt.date(2025, 6, 4), "Rendimento líquido", "0.87"),
        (dt.date(2025, 6, 9), "Compra no débito FARMACIA PAGUE MENOS", "-42.10"),
    ],
)


def _by_day(
    day: Callable[[dt.date], str],
    sums: tuple[str, str] | None,
    money: Callable[[M], str],
    *,
    bare: bool,
) -> Lines:
    """The rows under the date of their day printed alone on a line (bold); under it, where `sums` names
    them, the day's total of money in over the rows in and its total of money out over the rows out,
    each row printed `bare` (its side said by the total over it) or signed."""
    lines: Lines = []
    for date in sorted({r.date for r in DAYS}):
        lines.append([(40, "**" + day(date), False)])
        those = [r for r in DAYS if r.date == date]
        out, into = totals(those)
        for label, total, side in (
            (sums and sums[0], f"+ {money(into)}", [r for r in those if r.amount > 0]),
            (sums and sums[1], f"- {money(out)}", [r for r in those if r.amount < 0]),
        ):
            if side and label:
                lines.append([(110, label, False), (560, total, True)])
            lines += [
                [
                    (110, r.description, False),
                    (560, money(r.amount) if bare else signed(money(r.amount), r.amount), True),
                ]
                for r in side
            ]
    return lines


def _read_by_day(head: list[str], balances: tuple[str, str], lines: Lines, money: Callable[[M], str]) -> None:
    """Reads the statement of `head`, its opening and closing balances labelled `balances`, then `lines`,
    and asserts the rows and balances as drawn (rows of one day in any order)."""
    drawn: Lines = [
        *header(head),
        [(40, balances[0], False), (560, money(balance_before(DAYS)), True)],
        [(40, balances[1], False), (560, money(DAYS[-1].balance), True)],
        [],
        *lines,
    ]
    read = read_one(drawn_lines([drawn]))
    assert sorted(entries(read)) == sorted((r.date, r.description, r.amount) for r in DAYS)
    assert (read.opening_balance, read.closing_balance) == (balance_before(DAYS), DAYS[-1].balance)


def test_an_app_statement_prints_each_day_alone_over_its_totals_of_money_in_and_out_and_its_bare_rows() -> (
    None
):
    """Nubank kind: "02 JUN 2025" alone on a line, then "Total de entradas + 1.200,00" over the day's
    money in and "Total de saídas - 18,50" over its money out, the rows' figures bare: the total lines
    are no rows, each row is its day's and on the side its total names."""
    lines = _by_day(
        lambda d: f"{d.day:02d} JUN {d.year}",
        ("Total de entradas", "Total de saídas"),
        continental,
        bare=True,
    )
    _read_by_day(
        ["Banco Roxo S.A.", "PEDRO HENRIQUE ALVES", "Agência 0001   Conta 98765432-1"],
        ("Saldo inicial", "Saldo final do período"),
        lines,
        continental,
    )


@pytest.mark.parametrize(
    ("head", "balances", "day", "sums", "money"),
    [
        (
            ["Neo Bank Ltd", "ALEX JONES", "Statement 1 June 2025 to 30 June 2025"],
            ("Opening balance", "Closing balance"),
            lambda d: d.strftime("%A, %-d %B %Y"),
            None,
            english,
        ),
        (
            ["Neue Bank AG", "MAX MUSTER", "Kontoauszug 01.06.2025 bis 30.06.2025"],
            ("Alter Kontostand", "Neuer Kontostand"),
            lambda d: d.strftime("%d.%m.%Y"),
            None,
            continental,
        ),
        (
            ["Banco Nuevo S.A.", "ANA PÉREZ", "Extracto del 01/06/2025 al 30/06/2025"],
            ("Saldo inicial", "Saldo final"),
            lambda d: d.strftime("%d/%m/%Y"),
            ("Total de entradas", "Total de salidas"),
            continental,
        ),
    ],
    ids=["english", "german", "spanish-totals"],
)
def test_a_day_printed_alone_heads_the_rows_under_it_in_any_language(
    head: list[str],
    balances: tuple[str, str],
    day: Callable[[dt.date], str],
    sums: tuple[str, str] | None,
    money: Callable[[M], str],
) -> None:
    """A neobank's rows under the day's date alone on a line ("Monday, 2 June 2025", "02.06.2025"), each
    signed, or bare under the day's totals of money in and out ("Total de entradas", "Total de salidas"):
    every row takes its day's date."""
    _read_by_day(head, balances, _by_day(day, sums, money, bare=sums is not None), money)
