"""Statements of Estonia, Latvia and Lithuania printed in their own languages, each in the words, dates
and figures its banks print ("Kontoväljavõte", "Konta izraksts", "Sąskaitos išrašas"; dates "03.03.2025";
figures "1 234,56"), read through the text layer against what was drawn: the rows, their signs and
balances, the balances around them, the currency and the account's number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ingest.extract.statement import RawStatement
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Drawn,
    Fonts,
    Lines,
    M,
    balance_before,
    drawn_lines,
    header,
    headings,
    paid_in,
    paid_out,
    read_one,
    running,
    signed,
    spaced,
    table,
)

DAY = dt.timedelta(days=1)


def _day(row: Drawn) -> str:
    return row.date.strftime("%d.%m.%Y")


def _described(row: Drawn) -> str:
    return row.description


def _balance(row: Drawn) -> str:
    return spaced(row.balance)


def _line(label: str, figure: str) -> list[Cell]:
    return [(40, label, False), (560, figure, True)]


def _read(
    head: Sequence[str],
    columns: Sequence[Column],
    rows: Sequence[Drawn],
    fonts: Fonts,
    *,
    opening: str,
    closing: str,
) -> RawStatement:
    """The one statement read from a page of the header lines, the `opening` balance's line, the table
    and the `closing` balance's line under it."""
    lines: Lines = [*header(head), _line(opening, spaced(balance_before(rows))), headings(columns)]
    lines += [*table(columns, rows), _line(closing, spaced(rows[-1].balance))]
    return read_one(drawn_lines([lines], fonts))


def _as_drawn(read: RawStatement, rows: Sequence[Drawn], *, account: str) -> None:
    """The rows as drawn (dates, descriptions, signed amounts, running balances), the balances around
    them, the account's number, euros (the money of the three countries), and the period: the month of
    the rows, from its first day to its last."""
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, r.balance) for r in rows
    ]
    assert (read.opening_balance, read.closing_balance) == (balance_before(rows), rows[-1].balance)
    assert read.account_number == account
    assert read.currency == "EUR"
    first = rows[0].date.replace(day=1)
    assert (read.period_start, read.period_end) == (
        first,
        (first + dt.timedelta(days=31)).replace(day=1) - DAY,
    )


EE = [
    (D(2025, 3, 3), "Kaardimakse Rimi Tallinn", "-54.32"),
    (D(2025, 3, 10), "Töötasu märts", "1985.00"),
    (D(2025, 3, 18), "Püsimakse Eesti Energia", "-1088.10"),
    (D(2025, 3, 25), "Sularaha väljavõtmine pangaautomaat", "-100.00"),
]


def test_an_estonian_account_with_deebet_and_kreedit_between_algsaldo_and_loppsaldo(
    unicode_fonts: Fonts,
) -> None:
    """An Estonian account: "Kuupäev | Selgitus | Deebet | Kreedit | Saldo" under "Kontoväljavõte",
    "Algsaldo" above the rows and "Lõppsaldo" under them, no money named but the home one."""
    rows = running(M("1240.55"), EE)
    columns = [
        Column("Kuupäev", 40, _day),
        Column("Selgitus", 110, _described),
        Column("Deebet", 400, paid_out(spaced), right=True),
        Column("Kreedit", 480, paid_in(spaced), right=True),
        Column("Saldo", 560, _balance, right=True),
    ]
    head = [
        "Põhjaranniku Pank AS",
        "Kontoväljavõte 01.03.2025 - 31.03.2025",
        "Mari Tamm",
        "Konto: EE38 2200 2210 2014 5685",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Algsaldo", closing="Lõppsaldo")
    _as_drawn(read, rows, account="EE38 2200 2210 2014 5685")


EE_SIGNED = [
    (D(2025, 4, 2), "Kaardimakse Selver", "-32.10"),
    (D(2025, 4, 9), "Laekumine Jaan Kask", "250.00"),
    (D(2025, 4, 22), "Teenustasu", "-2.50"),
]


def test_an_estonian_account_with_one_signed_summa_column(unicode_fonts: Fonts) -> None:
    """An Estonian account printing each movement signed under "Summa" beside its "Saldo", its period
    written out: "1. aprill 2025 kuni 30. aprill 2025"."""
    rows = running(M("3120.00"), EE_SIGNED)
    columns = [
        Column("Kuupäev", 40, _day),
        Column("Selgitus", 110, _described),
        Column("Summa", 470, lambda r: signed(spaced(r.amount), r.amount), right=True),
        Column("Saldo", 560, _balance, right=True),
    ]
    head = [
        "Liivimaa Pank",
        "Kontoväljavõte 1. aprill 2025 kuni 30. aprill 2025",
        "Jaan Kask",
        "IBAN EE47 1000 0010 2014 5685",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Algsaldo", closing="Lõppsaldo")
    _as_drawn(read, rows, account="EE47 1000 0010 2014 5685")


LV = [
    (D(2025, 5, 2), "Karšu maksājums Maxima Rīga", "-41.87"),
    (D(2025, 5, 8), "Alga par aprīli", "1650.00"),
    (D(2025, 5, 15), "Komunālie maksājumi Rīgas ūdens", "-1234.56"),
    (D(2025, 5, 28), "Skaidras naudas izņemšana bankomātā", "-60.00"),
]


def test_a_latvian_account_with_debets_and_kredits_between_sakuma_and_beigu_atlikums(
    unicode_fonts: Fonts,
) -> None:
    """A Latvian account: "Datums | Apraksts | Debets | Kredīts | Atlikums" under "Konta izraksts",
    "Sākuma atlikums" above the rows and "Beigu atlikums" under them."""
    rows = running(M("2310.40"), LV)
    columns = [
        Column("Datums", 40, _day),
        Column("Apraksts", 110, _described),
        Column("Debets", 400, paid_out(spaced), right=True),
        Column("Kredīts", 480, paid_in(spaced), right=True),
        Column("Atlikums", 560, _balance, right=True),
    ]
    head = [
        "Daugavas Banka",
        "Konta izraksts 01.05.2025 - 31.05.2025",
        "Jānis Bērziņš",
        "Konts: LV80 BANK 0000 4351 9500 1",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Sākuma atlikums", closing="Beigu atlikums")
    _as_drawn(read, rows, account="LV80 BANK 0000 4351 9500 1")


LT = [
    (D(2025, 6, 3), "Mokėjimas kortele Iki Vilnius", "-23.45"),
    (D(2025, 6, 10), "Darbo užmokestis", "1420.00"),
    (D(2025, 6, 17), "Komunaliniai mokesčiai Ignitis", "-1076.30"),
    (D(2025, 6, 26), "Grynųjų pinigų išėmimas bankomate", "-50.00"),
]


def test_a_lithuanian_account_with_debetas_and_kreditas_between_pradinis_and_galutinis_likutis(
    unicode_fonts: Fonts,
) -> None:
    """A Lithuanian account: "Data | Aprašymas | Debetas | Kreditas | Likutis" under "Sąskaitos
    išrašas", "Pradinis likutis" above the rows and "Galutinis likutis" under them."""
    rows = running(M("980.15"), LT)
    columns = [
        Column("Data", 40, _day),
        Column("Aprašymas", 110, _described),
        Column("Debetas", 400, paid_out(spaced), right=True),
        Column("Kreditas", 480, paid_in(spaced), right=True),
        Column("Likutis", 560, _balance, right=True),
    ]
    head = [
        "Nemuno Bankas",
        "Sąskaitos išrašas 01.06.2025 - 30.06.2025",
        "Petras Kazlauskas",
        "Sąskaita: LT12 1000 0111 0100 1000",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Pradinis likutis", closing="Galutinis likutis")
    _as_drawn(read, rows, account="LT12 1000 0111 0100 1000")


# The months as Latvian names them in a date that begins with its year ("2025. gada 1. maijs"), and as
# Lithuanian does ("2025 m. birželio 1 d.").
LV_MONTHS = (
    "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
    "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris",
)  # fmt: skip
LT_MONTHS = (
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
    "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
)  # fmt: skip


def _latvian(day: dt.date) -> str:
    return f"{day.year}. gada {day.day}. {LV_MONTHS[day.month - 1]}"


def _lithuanian(day: dt.date) -> str:
    return f"{day.year} m. {LT_MONTHS[day.month - 1]} {day.day} d."


def test_a_latvian_account_dated_year_first_in_words(unicode_fonts: Fonts) -> None:
    """A Latvian account whose period and rows are dated year first, in words: "Periods: 2025. gada
    1. maijs - 2025. gada 31. maijs", each row "2025. gada 2. maijs"."""
    rows = running(M("2310.40"), LV)
    columns = [
        Column("Datums", 40, lambda r: _latvian(r.date)),
        Column("Apraksts", 200, _described),
        Column("Debets", 430, paid_out(spaced), right=True),
        Column("Kredīts", 490, paid_in(spaced), right=True),
        Column("Atlikums", 560, _balance, right=True),
    ]
    first = rows[0].date.replace(day=1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - DAY
    head = [
        "Daugavas Banka",
        "Konta izraksts",
        f"Periods: {_latvian(first)} - {_latvian(last)}",
        "Jānis Bērziņš",
        "Konts: LV80 BANK 0000 4351 9500 1",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Sākuma atlikums", closing="Beigu atlikums")
    _as_drawn(read, rows, account="LV80 BANK 0000 4351 9500 1")


def test_a_lithuanian_account_dated_year_first_in_words(unicode_fonts: Fonts) -> None:
    """A Lithuanian account whose period and rows are dated year first, in words, the year and the day
    marked: "Laikotarpis: 2025 m. birželio 1 d. - 2025 m. birželio 30 d.", each row "2025 m. birželio
    3 d."."""
    rows = running(M("980.15"), LT)
    columns = [
        Column("Data", 40, lambda r: _lithuanian(r.date)),
        Column("Aprašymas", 200, _described),
        Column("Debetas", 430, paid_out(spaced), right=True),
        Column("Kreditas", 490, paid_in(spaced), right=True),
        Column("Likutis", 560, _balance, right=True),
    ]
    first = rows[0].date.replace(day=1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - DAY
    head = [
        "Nemuno Bankas",
        "Sąskaitos išrašas",
        f"Laikotarpis: {_lithuanian(first)} - {_lithuanian(last)}",
        "Petras Kazlauskas",
        "Sąskaita: LT12 1000 0111 0100 1000",
    ]
    read = _read(head, columns, rows, unicode_fonts, opening="Pradinis likutis", closing="Galutinis likutis")
    _as_drawn(read, rows, account="LT12 1000 0111 0100 1000")
