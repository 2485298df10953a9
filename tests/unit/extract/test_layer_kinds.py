"""Statements whose text layer or columns hold what producers and banks print beside the words a reader
expects: a minus set as a figure dash, figures in Arabic-Indic digits, letter-spaced words, text drawn
where no one sees it, and columns of status, category and reference beside the description."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    Fonts,
    M,
    as_drawn,
    continental,
    dejavu,
    english,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    running,
)

ROWS = running(
    M("1520.40"),
    [
        (D(2025, 3, 3), "CARD PAYMENT GREENGROCER", "-84.35"),
        (D(2025, 3, 5), "SALARY NORTHWIND LTD", "5210.00"),
        (D(2025, 3, 9), "STANDING ORDER RENT", "-1850.00"),
        (D(2025, 3, 17), "CASH WITHDRAWAL", "-200.00"),
    ],
)
HEAD = [
    "Ashgrove Bank plc",
    "Ms Ada Lowe",
    "12 Mill Lane, York YO1 7HH",
    "Statement period 1 March 2025 to 31 March 2025",
    "Account number 40-11-22 71234567",
]


@pytest.mark.parametrize("dash", ["\u2012", "\u2014"])
def test_a_minus_set_as_a_figure_dash_or_an_em_dash_is_a_minus(dash: str) -> None:
    """A producer whose font lacks a minus, or whose template sets figures in figure dashes, prints a
    negative amount and balance with a dash of the width of a digit (U+2012) or a long dash."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")

    def signed(value: M) -> str:
        return (dash if value < 0 else "") + english(value)

    rows = running(M("40.00"), [(r.date, r.description, str(r.amount)) for r in ROWS])
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Description", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: signed(r.amount), right=True),
        Column("Balance", 550, lambda r: signed(r.balance), right=True),
    ]
    assert any(r.balance < 0 for r in rows)  # the balance column is signed too
    read_drawn(HEAD, columns, rows, fonts)


def _arabic_indic(text: str, zero: int) -> str:
    """Text with its digits in the Arabic-Indic digits from `zero` (U+0660, or the Eastern forms of
    U+06F0), a figure's thousands comma and decimal point as the Arabic separators (U+066C, U+066B)."""
    digits = {str(n): chr(zero + n) for n in range(10)}
    return "".join(digits.get(c) or {",": "\u066c", ".": "\u066b"}.get(c, c) for c in text)


@pytest.mark.parametrize("zero", [0x0660, 0x06F0])
def test_figures_and_dates_in_arabic_indic_digits_on_an_english_statement(zero: int) -> None:
    """A bank of the Gulf or of Pakistan prints an English statement's dates and figures in the digits
    of Arabic script, with its own separators."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")

    def shown(text: str) -> str:
        return _arabic_indic(text, zero)

    columns = [
        Column("Date", 40, lambda r: shown(r.date.strftime("%d/%m/%Y"))),
        Column("Description", 120, lambda r: r.description),
        Column("Debit", 400, lambda r: shown(paid_out(english)(r)), right=True),
        Column("Credit", 470, lambda r: shown(paid_in(english)(r)), right=True),
        Column("Balance", 550, lambda r: shown(english(r.balance)), right=True),
    ]
    read_drawn(HEAD, columns, ROWS, fonts)


def test_figures_in_arabic_indic_digits_on_a_french_statement() -> None:
    """A Moroccan or Lebanese bank's French statement, its figures in Arabic-Indic digits grouped with
    the Arabic thousands separator and the decimals after the Arabic decimal separator."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")
    rows: list[Drawn] = running(
        M("2310.00"),
        [
            (D(2025, 4, 2), "PAIEMENT CARTE EPICERIE", "-64.20"),
            (D(2025, 4, 7), "VIREMENT SALAIRE", "7400.00"),
            (D(2025, 4, 12), "PRELEVEMENT LOYER", "-3200.00"),
        ],
    )
    head = [
        "Banque du Littoral",
        "M. Karim Haddad",
        "14 rue des Oliviers, Casablanca",
        "Relevé de compte du 01/04/2025 au 30/04/2025",
        "Numéro de compte 0071 2231 8891",
    ]
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 120, lambda r: r.description),
        Column("Débit", 400, lambda r: _arabic_indic(paid_out(english)(r), 0x0660), right=True),
        Column("Crédit", 470, lambda r: _arabic_indic(paid_in(english)(r), 0x0660), right=True),
        Column("Solde", 550, lambda r: _arabic_indic(english(r.balance), 0x0660), right=True),
    ]
    read_drawn(head, columns, rows, fonts)


# ---- Serbian in Latin letters --------------------------------------------------------------------

SERBIAN_MARCH = [
    (D(2025, 3, 3), "Uplata zarade za februar", "98500.00"),
    (D(2025, 3, 6), "Plaćanje karticom Maxi Beograd", "-3218.40"),
    (D(2025, 3, 14), "Trajni nalog zakup stana", "-45000.00"),
    (D(2025, 3, 20), "Uplata Jovana Jovanović", "2500.00"),
    (D(2025, 3, 31), "Naknada za vođenje računa", "-250.00"),
]


@pytest.mark.parametrize(
    "period",
    [
        "Izvod po tekućem računu za period od 01.03.2025. do 31.03.2025.",
        "Izvod br. 3 za period od 1. marta 2025. do 31. marta 2025.",
    ],
)
def test_a_serbian_account_printed_in_latin_letters(unicode_fonts: Fonts, period: str) -> None:
    """Serbia's banks print their statements in Latin letters as often as in Cyrillic: the same words
    as the Cyrillic ones (Croatian's but where Serbian says its own: "zaduženje", "svrha", "krajnje
    stanje", the months "mart", "avgust"), dates closed by a point, points between thousands."""
    rows = running(M("41230.55"), SERBIAN_MARCH)
    head = [
        "Šumadijska banka a.d. Beograd",
        "Marko Petrović",
        period,
        "Broj računa: 160-0000000123456-78",
        "Valuta računa: RSD",
    ]
    columns = [
        Column("Datum promene", 40, lambda r: r.date.strftime("%d.%m.%Y.") if r.amount else ""),
        Column("Datum valute", 115, lambda r: r.date.strftime("%d.%m.%Y.") if r.amount else ""),
        Column("Svrha plaćanja", 190, lambda r: r.description),
        Column("Zaduženje", 420, paid_out(continental), right=True),
        Column("Odobrenje", 490, paid_in(continental), right=True),
        Column("Stanje", 560, lambda r: continental(r.balance), right=True),
    ]
    opening = Drawn(D(2025, 3, 1), "Početno stanje", M(0), M("41230.55"))
    closing = Drawn(D(2025, 3, 31), "Krajnje stanje", M(0), rows[-1].balance)
    read = read_drawn(head, columns, rows, unicode_fonts, before=[opening], after=[closing])
    assert (read.account_number, read.currency) == ("160-0000000123456-78", "RSD")
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


# ---- Letter-spaced text ----------------------------------------------------------------------------

# Shows a cell's text at (x, y) as a producer sets it, in the font and size set, from its left edge.
Spaced = Callable[[canvas.Canvas, float, float, str], None]
SPACED_ROWS = running(
    M("1520.40"),
    [
        (D(2025, 3, 3), "POS 4512 GOOGLE *ADS", "-84.35"),
        (D(2025, 3, 5), "SALARY NORTHWIND LTD", "5210.00"),
        (D(2025, 3, 9), "TRANSFER TO J A SMITH", "-1850.00"),
        (D(2025, 3, 17), "TFR TO A/C 12-34-56", "-200.00"),
    ],
)


def _char_spacing(points: float) -> Spaced:
    """The text shown with `points` of character spacing (Tc) after every glyph, spaces included."""

    def show(c: canvas.Canvas, x: float, y: float, text: str) -> None:
        shown = c.beginText(x, y)
        shown.setCharSpace(points)
        shown.textOut(text)
        shown.setCharSpace(0)
        c.drawText(shown)

    return show


def _kerned(thousandths: int) -> Spaced:
    """The text shown as one TJ array, each glyph moved `thousandths` of an em from the one before, a
    word gap a space's width more and no space glyph drawn, as layout programs write tracked text."""

    def show(c: canvas.Canvas, x: float, y: float, text: str) -> None:
        space = round(1000 * c.stringWidth(" ", c._fontname, 1))
        parts = []
        for n, glyph in enumerate(text):
            if glyph == " ":
                continue
            if n:
                parts.append(str(-thousandths - (space if text[n - 1] == " " else 0)))
            parts.append(f"({glyph})")
        shown = c.beginText(x, y)
        shown._code.append(f"[{' '.join(parts)}] TJ")
        c.drawText(shown)

    return show


def _letter_spaced_statement(show: Spaced) -> bytes:
    """The statement with its headings and its descriptions letter-spaced by `show`, the figures and
    dates set plainly."""
    columns = [
        Column("DATE", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("DESCRIPTION", 120, lambda r: r.description),
        Column("PAID OUT", 400, paid_out(english), right=True),
        Column("PAID IN", 470, paid_in(english), right=True),
        Column("BALANCE", 550, lambda r: english(r.balance), right=True),
    ]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 50
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, HEAD[0])
    c.setFont("Helvetica", 9)
    for line in HEAD[1:]:
        y -= 13
        c.drawString(40, y, line)
    y -= 30
    c.setFont("Helvetica-Bold", 9)
    for column in columns:
        if column.right:
            c.drawRightString(column.x, y, column.heading)
        else:
            show(c, column.x, y, column.heading)
    c.setFont("Helvetica", 9)
    for row in SPACED_ROWS:
        y -= 13
        for column in columns:
            text = column.text(row)
            if column.right:
                c.drawRightString(column.x, y, text)
            elif column.heading == "DESCRIPTION":
                show(c, column.x, y, text)
            else:
                c.drawString(column.x, y, text)
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "show",
    [_char_spacing(1.5), _char_spacing(2.5), _kerned(200), _kerned(260)],
    ids=["Tc 1.5", "Tc 2.5", "TJ 200", "TJ 260"],
)
def test_letter_spaced_descriptions_and_headings_read_as_words(show: Spaced) -> None:
    """A producer that tracks its headings and descriptions out (character spacing, or kerning in a TJ
    array) sets each glyph apart by about a word gap of plain text or more: the glyphs spaced evenly at
    their run's spacing (letters, figures and marks alike) are one word, and a gap wider by a space still
    parts words, single letters ("J A SMITH") among them."""
    as_drawn(read_one(_letter_spaced_statement(show)), SPACED_ROWS)


# ---- Columns beside the description ----------------------------------------------------------------


def test_a_wallets_transaction_status_column_is_no_part_of_the_details() -> None:
    """A mobile-money statement prints whether each transfer completed in a column of its own between
    the details and the money: "COMPLETED" is what the wallet says of the transfer, not what it was."""
    rows = running(
        M("1210.75"),
        [
            (D(2025, 6, 2), "Customer Transfer to 0712 345678 JOHN MWANGI", "-500.00"),
            (D(2025, 6, 5), "Funds received from 0722 111222 MARY WANJIKU", "2300.00"),
            (D(2025, 6, 9), "Pay Bill to 888880 KPLC PREPAID", "-1200.00"),
            (D(2025, 6, 14), "Buy Goods from NAIVAS SUPERMARKET", "-845.50"),
        ],
    )
    head = [
        "M-WALLET STATEMENT",
        "Customer Name: Grace Achieng",
        "Mobile Number: 0722 000 111",
        "Statement Period: 01 Jun 2025 - 30 Jun 2025",
    ]
    columns = [
        Column("Completion Time", 30, lambda r: r.date.strftime("%Y-%m-%d")),
        Column("Details", 115, lambda r: r.description),
        Column("Transaction Status", 345, lambda r: "COMPLETED"),
        Column("Paid In", 460, paid_in(english), right=True),
        Column("Withdrawn", 515, paid_out(english), right=True),
        Column("Balance", 575, lambda r: english(r.balance), right=True),
    ]
    read_drawn(head, columns, rows)


CATEGORISED = running(
    M("3104.12"),
    [
        (D(2025, 5, 2), "TESCO STORES 2231", "-64.18"),
        (D(2025, 5, 6), "ACME PAYROLL", "2750.00"),
        (D(2025, 5, 11), "SHELL FUEL", "-58.90"),
        (D(2025, 5, 20), "NETFLIX.COM", "-10.99"),
    ],
)
CATEGORIES = {"TESCO STORES 2231": "Groceries", "ACME PAYROLL": "Income", "SHELL FUEL": "Transport"}


def test_a_category_column_beside_the_description_is_not_the_description() -> None:
    """An online bank prints what kind of spending each row is in a column of its own between the
    description and the money: the bank's classing of the row, not what the row was."""
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 90, lambda r: r.description),
        Column("Category", 300, lambda r: CATEGORIES.get(r.description, "Entertainment")),
        Column("Amount", 500, lambda r: ("-" if r.amount < 0 else "") + english(r.amount), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    read_drawn(HEAD, columns, CATEGORISED)


def test_a_cards_mcc_and_reward_points_columns_are_not_the_description() -> None:
    """A card statement prints each purchase's merchant category code and the reward points it
    earned beside the merchant's name; "Nil" where a row earned none."""
    points = {"TESCO STORES 2231": "64", "SHELL FUEL": "58", "NETFLIX.COM": "10"}
    mcc = {"TESCO STORES 2231": "5411", "SHELL FUEL": "5541", "NETFLIX.COM": "4899"}
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 90, lambda r: r.description),
        Column("MCC", 260, lambda r: mcc.get(r.description, "Nil")),
        Column("Reward Points", 320, lambda r: points.get(r.description, "Nil")),
        Column("Amount", 500, lambda r: ("-" if r.amount < 0 else "") + english(r.amount), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    read_drawn(HEAD, columns, CATEGORISED)


@pytest.mark.parametrize("nothing", ["Nil", "NIL", "N/A"])
def test_a_word_for_none_in_a_reference_or_money_column_is_neither_text_nor_a_figure(nothing: str) -> None:
    """An Indian or Nigerian bank prints "Nil" (or "N/A") in a reference column and in the money column a
    row leaves empty, where others leave the cell blank or print a dash."""
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Narration", 90, lambda r: r.description),
        Column("Chq/Ref No", 250, lambda r: nothing),
        Column("Debit", 420, lambda r: english(r.amount) if r.amount < 0 else nothing, right=True),
        Column("Credit", 490, lambda r: english(r.amount) if r.amount > 0 else nothing, right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    read_drawn(HEAD, columns, CATEGORISED)
