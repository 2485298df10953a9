"""A Brazilian account statement whose period is printed "Entre <date> e <date>", with two-digit years on
the rows, a document-number column, credits and debits apart and the last statement's balance as the
first row ("SALDO ANTERIOR", dated before the period)."""

from __future__ import annotations

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    as_drawn,
    continental,
    read_one,
    running,
    statement,
)

DECEMBER = [
    (D(2025, 12, 1), "PIX RECEBIDO LUCAS F", "950.00"),
    (D(2025, 12, 3), "PAGTO ELETRON COBRANCA", "-318.42"),
    (D(2025, 12, 10), "TRANSF PIX ENVIADA", "-275.00"),
    (D(2025, 12, 16), "RENDIMENTO POUPANCA", "4.18"),
    (D(2025, 12, 19), "COMPRA CARTAO DEBITO", "-61.35"),
]


def test_a_period_printed_between_two_dates_joined_by_e_is_the_statements(unicode_fonts: Fonts) -> None:
    """The period ends on the day printed after "e", not on the last row's day."""
    rows = running(M("1480.20"), DECEMBER)
    first = Drawn(D(2025, 11, 28), "SALDO ANTERIOR", M("0"), M("1480.20"))
    head = [
        "Banco Cerrado Internet Banking",
        "Nome: BEATRIZ LIMA ROCHA",
        "Extrato de: Ag: 0412 | Conta: 77105-3 | Entre 01/12/2025 e 31/12/2025",
    ]
    columns = [
        Column("Data", 40, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Histórico", 95, lambda r: r.description),
        Column("Docto.", 290, lambda r: ""),
        Column("Crédito (R$)", 390, lambda r: continental(r.amount) if r.amount > 0 else "", right=True),
        Column("Débito (R$)", 470, lambda r: continental(r.amount) if r.amount < 0 else "", right=True),
        Column("Saldo (R$)", 555, lambda r: continental(r.balance), right=True),
    ]
    read = read_one(statement(head, columns, [first, *rows], fonts=unicode_fonts))
    as_drawn(read, rows)
    assert (read.period_start, read.period_end) == (D(2025, 12, 1), D(2025, 12, 31))
    assert read.currency == "BRL"
