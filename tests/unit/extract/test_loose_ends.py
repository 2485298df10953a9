"""Kinds of statement of issue 14 that read wrong until drawn: rows grouped under a day's date printed
alone, with the day's totals of money in and out; the opening and closing balances of Polish and Turkish
statements in the forms their banks print. Each is drawn as such banks print it and read through the
text layer against what was drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.unit.extract.unseen_kinds import (
    Column,
    Drawn,
    Lines,
    M,
    balance_before,
    continental,
    dejavu,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    read_one,
    running,
    signed,
    spaced,
    table,
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
    under: str = "",
) -> Lines:
    """The rows under the date of their day printed alone on a line (bold); under it, where `sums` names
    them, the day's total of money in over the rows in and its total of money out over the rows out,
    each row printed `bare` (its side said by the total over it) or signed; where `under` is given, each
    row's figure on a line of its own under the description, beside that text (the counterparty)."""
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
            for r in side:
                figure = (560, money(r.amount) if bare else signed(money(r.amount), r.amount), True)
                lines += (
                    [[(110, r.description, False)], [(110, under, False), figure]]
                    if under
                    else [[(110, r.description, False), figure]]
                )
    return lines


def _read_by_day(
    head: list[str], balances: tuple[str, str], lines: Lines, money: Callable[[M], str], under: str = ""
) -> None:
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
    described = [(r.date, f"{r.description} {under}".strip(), r.amount) for r in DAYS]
    assert sorted(entries(read)) == sorted(described)
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


def test_an_app_statement_grouped_by_day_prints_each_rows_figure_under_its_description() -> None:
    """Nubank kind, each row over two lines: what it was, then the counterparty with the figure beside
    it; the day's date alone over its totals lines still dates every row of the day."""
    party = "JOANA LIMA - •••.123.456-•• - BCO EXEMPLO (0001) Agência: 1 Conta: 5678-9"
    lines = _by_day(
        lambda d: f"{d.day:02d} JUN {d.year}",
        ("Total de entradas", "Total de saídas"),
        continental,
        bare=True,
        under=party,
    )
    _read_by_day(
        ["Banco Roxo S.A.", "PEDRO HENRIQUE ALVES", "Agência 0001   Conta 98765432-1"],
        ("Saldo inicial", "Saldo final do período"),
        lines,
        continental,
        party,
    )


# A day's heading opens with its weekday: a date of six words ("lunes, 2 de junio de 2025"), and a
# Portuguese working day is named in full with "-feira" ("segunda-feira, 2 de junho de 2025").
_ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_PT_WEEKDAYS = [
    "Segunda-feira",
    "Terça-feira",
    "Quarta-feira",
    "Quinta-feira",
    "Sexta-feira",
    "Sábado",
    "Domingo",
]


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
        (
            ["Banco Verde S.A.", "JOANA LIMA", "Extrato de 01/06/2025 a 30/06/2025"],
            ("Saldo anterior", "Saldo final"),
            lambda d: f"{_PT_WEEKDAYS[d.weekday()]}, {d.day} de junho de {d.year}",
            None,
            continental,
        ),
        (
            ["Banco Nuevo S.A.", "ANA PÉREZ", "Extracto del 01/06/2025 al 30/06/2025"],
            ("Saldo inicial", "Saldo final"),
            lambda d: f"{_ES_WEEKDAYS[d.weekday()]}, {d.day} de junio de {d.year}",
            None,
            continental,
        ),
    ],
    ids=["english", "german", "spanish-totals", "portuguese-weekday", "spanish-weekday"],
)
def test_a_day_printed_alone_heads_the_rows_under_it_in_any_language(
    head: list[str],
    balances: tuple[str, str],
    day: Callable[[dt.date], str],
    sums: tuple[str, str] | None,
    money: Callable[[M], str],
) -> None:
    """A neobank's rows under the day's date alone on a line ("Monday, 2 June 2025", "02.06.2025",
    "Segunda-feira, 2 de junho de 2025"), each signed, or bare under the day's totals of money in and
    out ("Total de entradas", "Total de salidas"): every row takes its day's date."""
    _read_by_day(head, balances, _by_day(day, sums, money, bare=sums is not None), money)


# ---- opening and closing balances by their labels --------------------------------------------------------


def _labelled(
    head: list[str],
    columns: list[Column],
    rows: list[Drawn],
    labels: tuple[str, str],
    money: Callable[[M], str],
    *,
    where: str,
) -> None:
    """A table of signed amounts and no running balance, the opening and closing balances only by their
    labels: above the table or summed up under it (label and figure, the figure left of the money
    columns), or as its first and last rows ("in-table"). Asserts the rows and both balances as drawn."""
    fonts = dejavu()
    assert fonts is not None
    opening, closing = money(balance_before(rows)), money(rows[-1].balance)
    x, edge = columns[1].x, columns[-1].x
    summary: Lines = [
        [(40, labels[0], False), (300, opening, True)],
        [(40, labels[1], False), (300, closing, True)],
    ]
    drawn = {
        "above": [*summary, [], headings(columns), *table(columns, rows)],
        "below": [headings(columns), *table(columns, rows), [], *summary],
        "in-table": [
            headings(columns),
            [(x, labels[0], False), (edge, opening, True)],
            *table(columns, rows),
            [(x, labels[1], False), (edge, closing, True)],
        ],
    }
    read = read_one(drawn_lines([[*header(head), *drawn[where]]], fonts))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)


WHERE = ["above", "below", "in-table"]


PL = running(
    M("2480.15"),
    [
        (dt.date(2025, 4, 2), "Przelew na rachunek JAN KOWALSKI", "-120.40"),
        (dt.date(2025, 4, 9), "Wynagrodzenie FIRMA SP. Z O.O.", "3200.00"),
        (dt.date(2025, 4, 17), "Zakup przy użyciu karty BIEDRONKA", "-89.99"),
        (dt.date(2025, 4, 28), "Spłata kredytu", "-1500.00"),
    ],
)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(
    "labels",
    [
        ("Saldo poprzednie", "Saldo końcowe"),
        ("Saldo początkowe", "Saldo końcowe"),
        ("Saldo otwarcia", "Saldo zamknięcia"),
    ],
)
def test_a_polish_statement_gives_its_balances_by_their_usual_labels(
    labels: tuple[str, str], where: str
) -> None:
    """ "Data operacji | Opis operacji | Kwota", figures "1 234,56", the balances labelled as Polish banks
    label them, above the table, under it or as its first and last rows."""
    columns = [
        Column("Data operacji", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Opis operacji", 120, lambda r: r.description),
        Column("Kwota", 460, lambda r: signed(spaced(r.amount), r.amount), right=True),
    ]
    head = ["Bank Przykładowy S.A.", "ANNA NOWAK", "Wyciąg za okres 01.04.2025 - 30.04.2025"]
    _labelled(head, columns, PL, labels, spaced, where=where)


TR = running(
    M("2480.15"),
    [
        (dt.date(2025, 4, 2), "EFT GELEN AHMET YILMAZ", "-120.40"),
        (dt.date(2025, 4, 9), "MAAŞ ÖDEMESİ ABC A.Ş.", "3200.00"),
        (dt.date(2025, 4, 17), "POS HARCAMA MİGROS", "-89.99"),
        (dt.date(2025, 4, 28), "KREDİ KARTI ÖDEMESİ", "-1500.00"),
    ],
)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(
    "labels",
    [
        ("Önceki bakiye", "Dönem sonu bakiye"),
        ("Devreden bakiye", "Son bakiye"),
        ("Dönem başı bakiyesi", "Dönem sonu bakiyesi"),
        ("Önceki dönem bakiyesi", "Kapanış bakiyesi"),
        ("Devir bakiyesi", "Dönem sonu bakiyesi"),
    ],
)
def test_a_turkish_statement_gives_its_balances_by_their_usual_labels(
    labels: tuple[str, str], where: str
) -> None:
    """ "Tarih | Açıklama | Tutar", figures "1.234,56", the balances labelled as Turkish banks label them:
    "bakiye" after a word that names it alone, "bakiyesi" after a noun phrase ("dönem sonu bakiyesi")."""
    columns = [
        Column("Tarih", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Açıklama", 120, lambda r: r.description),
        Column("Tutar", 460, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    head = ["Örnek Bankası A.Ş.", "AYŞE DEMİR", "Hesap Özeti 01.04.2025 - 30.04.2025"]
    _labelled(head, columns, TR, labels, continental, where=where)


@pytest.mark.parametrize(
    ("head", "labels", "money"),
    [
        (
            ["Some Bank plc", "ALEX JONES", "Statement 1 April 2025 to 30 April 2025"],
            ("Opening balance", "Closing balance"),
            english,
        ),
        (
            ["Some Bank plc", "ALEX JONES", "Statement 1 April 2025 to 30 April 2025"],
            ("Previous balance", "New balance"),
            english,
        ),
        (
            ["Beispielbank AG", "MAX MUSTER", "Kontoauszug 01.04.2025 bis 30.04.2025"],
            ("Alter Kontostand", "Neuer Kontostand"),
            continental,
        ),
    ],
    ids=["opening-closing", "previous-new", "german"],
)
def test_the_balances_summed_up_under_the_rows_beside_their_labels_are_the_statements(
    head: list[str], labels: tuple[str, str], money: Callable[[M], str]
) -> None:
    """ "Opening balance 2,480.15" and "Closing balance 3,969.76" printed under the table, each figure
    beside its label left of the money columns: the statement's balances, no rows of its table (they
    were read as text of the table before, and the balances as none)."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 460, lambda r: signed(money(r.amount), r.amount), right=True),
    ]
    rows = [
        Drawn(r.date, text, r.amount, r.balance)
        for r, text in zip(PL, ["TESCO", "SALARY", "AMAZON", "RENT"], strict=True)
    ]
    _labelled(head, columns, rows, labels, money, where="below")


# ---- a neobank's money out and money in, in the languages it prints them ---------------------------------

NEO = [
    (dt.date(2025, 6, 2), "-120.40"),
    (dt.date(2025, 6, 9), "3200.00"),
    (dt.date(2025, 6, 17), "-89.99"),
    (dt.date(2025, 6, 28), "-1500.00"),
]


@dataclass(frozen=True)
class _Neobank:
    head: list[str]
    names: list[str]  # the headings: date, description, money out, money in, balance
    texts: list[str]  # the rows' descriptions
    labels: tuple[str, str]  # the opening and closing balances'
    money: Callable[[M], str]
    day: Callable[[dt.date], str]
    currency: str


@pytest.mark.parametrize(
    "neobank",
    [
        _Neobank(
            ["Revolut Bank UAB", "ION POPESCU", "Extras de cont RON", "1 iunie 2025 - 30 iunie 2025"],
            ["Dată", "Descriere", "Bani ieșiți", "Bani intrați", "Sold"],
            ["Kaufland", "Transfer de la ANA", "Petrom", "Chirie"],
            ("Sold inițial", "Sold final"),
            lambda v: continental(v) + " RON",
            lambda d: f"{d.day} iun. {d.year}",
            "RON",
        ),
        _Neobank(
            ["Revolut Bank UAB", "KOVÁCS ANNA", "HUF kivonat", "2025. június 1. - 2025. június 30."],
            ["Dátum", "Leírás", "Kimenő pénz", "Bejövő pénz", "Egyenleg"],
            ["Spar", "Átutalás ANNA", "MOL", "Lakbér"],
            ("Nyitó egyenleg", "Záró egyenleg"),
            lambda v: spaced(v) + " Ft",
            lambda d: f"{d.year}. jún. {d.day}.",
            "HUF",
        ),
        _Neobank(
            ["Revolut Bank UAB", "ИВАН ПЕТРОВ", "Извлечение BGN", "1 юни 2025 г. - 30 юни 2025 г."],
            ["Дата", "Описание", "Изходящи", "Входящи", "Салдо"],
            ["Била", "Превод от АНА", "Шел", "Наем"],
            ("Начално салдо", "Крайно салдо"),
            lambda v: spaced(v) + " лв.",
            lambda d: f"{d.day} юни {d.year} г.",
            "BGN",
        ),
    ],
    ids=["romanian", "hungarian", "bulgarian"],
)
def test_a_neobank_heads_its_money_out_and_in_as_outgoing_and_incoming_in_the_pages_language(
    neobank: _Neobank,
) -> None:
    """ "Date | Description | Money out | Money in | Balance" as a neobank prints it in Romanian ("Bani
    ieșiți | Bani intrați"), Hungarian ("Kimenő pénz | Bejövő pénz") and Bulgarian ("Изходящи |
    Входящи"), each figure with its money's code or sign after it ("120,40 RON"): the rows were none
    before, and a code that is a name elsewhere ("RON") was read into the descriptions."""
    fonts = dejavu()
    assert fonts is not None
    money, day = neobank.money, neobank.day
    rows = running(M("2480.15"), [(d, text, a) for (d, a), text in zip(NEO, neobank.texts, strict=True)])
    names = neobank.names
    columns = [
        Column(names[0], 40, lambda r: day(r.date)),
        Column(names[1], 120, lambda r: r.description),
        Column(names[2], 400, lambda r: money(r.amount) if r.amount < 0 else "", right=True),
        Column(names[3], 480, lambda r: money(r.amount) if r.amount > 0 else "", right=True),
        Column(names[4], 560, lambda r: money(r.balance), right=True),
    ]
    lines: Lines = [
        *header(neobank.head),
        [(40, neobank.labels[0], False), (300, money(balance_before(rows)), True)],
        [(40, neobank.labels[1], False), (300, money(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    read = read_one(drawn_lines([lines], fonts))
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.balance for t in read.transactions] == [r.balance for r in rows]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.currency == neobank.currency
