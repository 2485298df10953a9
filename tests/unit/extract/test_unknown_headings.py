"""Transaction tables whose headings no lexicon holds: statements in languages the reader was never
taught (Icelandic, Maltese, Basque, Swahili, Tagalog, Albanian), a table printed with no header line, a
header printed as a picture, and bank wording for a known language's columns; read by the geometry of
their columns and the running balance. And pages that hold dates and figures but no transactions (a
daily-balance table, a summary box, prose, a fee schedule), from which nothing is read."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    as_drawn,
    continental,
    drawn_lines,
    english,
    header,
    paid_in,
    paid_out,
    read_all,
    read_drawn,
    read_one,
    running,
    signed,
    spaced,
    statement,
)

APRIL = running(
    M("1520.40"),
    [
        (D(2025, 4, 2), "Card payment Albert Brno", "-245.90"),
        (D(2025, 4, 7), "Incoming transfer J Novak", "3200.00"),
        (D(2025, 4, 11), "Cash withdrawal ATM 0412", "-1000.00"),
        (D(2025, 4, 18), "Account fee April", "-39.00"),
        (D(2025, 4, 25), "Interest", "2.15"),
    ],
)


def day(pattern: str) -> Callable[[Drawn], str]:
    return lambda row: row.date.strftime(pattern)


def described(row: Drawn) -> str:
    return row.description


def balance(style: Callable[[M], str]) -> Callable[[Drawn], str]:
    return lambda row: style(row.balance)


def amount(style: Callable[[M], str]) -> Callable[[Drawn], str]:
    return lambda row: signed(style(row.amount), row.amount)


ICELANDIC_HEAD = [
    "Sparisjodur Nordurlands",
    "Jon Jonsson",
    "Reikningsyfirlit 1.4.2025 - 30.4.2025",
    "Reikningsnumer: 2401234567",
]


# ---- headers in languages no lexicon holds -----------------------------------------------------


@pytest.mark.parametrize(
    ("head", "columns"),
    [
        pytest.param(
            ICELANDIC_HEAD,
            [
                Column("Dagsetning", 40, day("%d.%m.%Y")),
                Column("Skyring", 110, described),
                Column("Uttekt", 400, paid_out(spaced), right=True),
                Column("Innlogn", 470, paid_in(spaced), right=True),
                Column("Stada", 555, balance(spaced), right=True),
            ],
            id="icelandic-debit-credit-balance",
        ),
        pytest.param(
            ["Bank tal-Ghawdex", "Pawlu Borg", "Statement tal-kont 2025-04-01 - 2025-04-30"],
            [
                Column("Jum", 40, day("%Y-%m-%d")),
                Column("Deskrizzjoni", 120, described),
                Column("Ammont", 450, amount(spaced), right=True),
                Column("Bilanc", 555, balance(spaced), right=True),
            ],
            id="maltese-signed-amount",
        ),
        pytest.param(
            ["Bizkaiko Aurrezki Kutxa", "Miren Etxeberria", "Kontuaren laburpena 1.4.2025 - 30.4.2025"],
            [
                Column("Eguna", 40, day("%d.%m.%Y")),
                Column("Kontzeptua", 120, described),
                Column("Zorra", 400, paid_out(continental), right=True),
                Column("Hartzekoa", 470, paid_in(continental), right=True),
                Column("Saldo", 555, balance(continental), right=True),
            ],
            id="basque-debit-credit-known-balance",
        ),
        pytest.param(
            ["Benki ya Taifa", "Amina Juma", "Taarifa ya akaunti 01/04/2025 - 30/04/2025"],
            [
                Column("Tarehe", 40, day("%d/%m/%Y")),
                Column("Maelezo", 120, described),
                Column("Kutoa", 400, paid_out(english), right=True),
                Column("Kuweka", 470, paid_in(english), right=True),
                Column("Salio", 555, balance(english), right=True),
            ],
            id="swahili-out-in-balance",
        ),
        pytest.param(
            ["Bangko Rural", "Juan dela Cruz", "Pahayag ng account 04/01/2025 - 04/30/2025"],
            [
                Column("Petsa", 40, day("%m/%d/%Y")),
                Column("Paglalarawan", 120, described),
                Column("Ipinasok", 400, paid_in(english), right=True),
                Column("Inilabas", 470, paid_out(english), right=True),
                Column("Natitira", 555, balance(english), right=True),
            ],
            id="tagalog-in-before-out",
        ),
    ],
)
def test_a_header_in_a_language_no_lexicon_holds_is_read_by_its_columns(
    head: list[str], columns: list[Column]
) -> None:
    """No heading is known (or only "Saldo"): the dates at the left, the figures right-aligned and
    the running balance say which column is which; the page names no currency, so none is read."""
    read = read_drawn(head, columns, APRIL)
    assert [t.balance for t in read.transactions] == [r.balance for r in APRIL]
    assert read.currency is None


def test_unknown_headings_beside_known_ones_name_the_description_and_the_balance() -> None:
    """Albanian "Data | Pershkrimi | Kredit | Debit | Gjendja": the date and the two sides of the money
    are known words, the description and the balance are not; the balance printed under "Gjendja" was
    read into the descriptions and every credit taken for a debit."""
    columns = [
        Column("Data", 40, day("%d.%m.%Y")),
        Column("Pershkrimi", 120, described),
        Column("Kredit", 400, paid_in(continental), right=True),
        Column("Debit", 470, paid_out(continental), right=True),
        Column("Gjendja", 555, balance(continental), right=True),
    ]
    head = ["Banka e Bashkuar e Tiranes", "Arben Hoxha", "Pasqyra e llogarise 01.04.2025 - 30.04.2025"]
    read = read_drawn(head, columns, APRIL)
    assert [t.balance for t in read.transactions] == [r.balance for r in APRIL]


# ---- no header line at all ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "columns",
    [
        pytest.param(
            [
                Column("", 40, day("%d.%m.%Y")),
                Column("", 110, described),
                Column("", 400, paid_out(spaced), right=True),
                Column("", 470, paid_in(spaced), right=True),
                Column("", 555, balance(spaced), right=True),
            ],
            id="debit-credit-balance",
        ),
        pytest.param(
            [
                Column("", 40, day("%d.%m.%Y")),
                Column("", 110, described),
                Column("", 400, paid_in(spaced), right=True),
                Column("", 470, paid_out(spaced), right=True),
                Column("", 555, balance(spaced), right=True),
            ],
            id="credit-before-debit",
        ),
        pytest.param(
            [
                Column("", 40, day("%d.%m.%Y")),
                Column("", 110, described),
                Column("", 450, amount(spaced), right=True),
                Column("", 555, balance(spaced), right=True),
            ],
            id="signed-amount-balance",
        ),
    ],
)
def test_a_table_printed_without_a_header_line_is_read_by_its_columns(columns: list[Column]) -> None:
    read_drawn(ICELANDIC_HEAD, columns, APRIL)


def test_a_header_printed_as_a_picture_is_read_as_no_header() -> None:
    """The headings are pixels of an image (a scanned letterhead strip), not words of the text layer:
    the rows under it are read by their columns as where no header is printed."""
    picture = Image.new("RGB", (1100, 30), "white")
    ImageDraw.Draw(picture).text((10, 8), "Dagsetning Skyring    Uttekt     Innlogn    Stada", fill="black")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 50
    for line in ICELANDIC_HEAD:
        c.drawString(40, y, line)
        y -= 13
    y -= 20
    c.drawImage(ImageReader(picture), 40, y, width=520, height=14)
    for row in APRIL:
        y -= 13
        c.drawString(40, y, row.date.strftime("%d.%m.%Y"))
        c.drawString(110, y, row.description)
        figures = [(400, paid_out(spaced)(row)), (470, paid_in(spaced)(row)), (555, spaced(row.balance))]
        for x, text in figures:
            c.drawRightString(x, y, text)
    c.save()
    as_drawn(read_one(buffer.getvalue()), APRIL)


# ---- a known language's headings in a bank's own wording ---------------------------------------


def test_german_umsatz_in_eur_heads_the_signed_amount() -> None:
    """ "Umsatz in EUR" is the signed amount: its "in" is no money-in column (the first debit was read
    as a credit and the opening balance taken from it)."""
    columns = [
        Column("Datum", 40, day("%d.%m.%Y")),
        Column("Verwendungszweck", 110, described),
        Column("Umsatz in EUR", 450, amount(continental), right=True),
        Column("Kontostand", 555, balance(continental), right=True),
    ]
    read = read_drawn(
        ["Sparkasse am See", "Max Muster", "Kontoauszug 01.04.2025 - 30.04.2025"], columns, APRIL
    )
    assert read.currency == "EUR"


def test_indian_wording_with_a_reference_column() -> None:
    """ "Txn Date | Narration | Chq./Ref.No. | Withdrawal Amt. | Deposit Amt. | Closing Balance"."""
    columns = [
        Column("Txn Date", 40, day("%d/%m/%Y")),
        Column("Narration", 110, described),
        Column("Chq./Ref.No.", 240, lambda row: f"{row.date:%m%d}0042"),
        Column("Withdrawal Amt.", 400, paid_out(english), right=True),
        Column("Deposit Amt.", 475, paid_in(english), right=True),
        Column("Closing Balance", 565, balance(english), right=True),
    ]
    head = ["Some Cooperative Bank", "A Customer", "Statement for 01/04/2025 to 30/04/2025"]
    read = read_one(statement(head, columns, APRIL))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, r.balance) for r in APRIL
    ]


# ---- dates and figures that are no transactions ------------------------------------------------


def _cells(rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> list[list[tuple[float, str, bool]]]:
    """Lines of cells, the first at the left, the others right-aligned at their x."""
    return [[(x, text, n > 0) for n, (x, text) in enumerate(zip(xs, row, strict=True))] for row in rows]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            _cells(
                [(f"{r.date:%d.%m.%Y}", spaced(r.balance)) for r in APRIL],
                (40, 200),
            ),
            id="daily-balances",
        ),
        pytest.param(
            _cells(
                [(f"{r.date:%d.%m.%Y}", spaced(r.balance), spaced(r.balance - r.amount)) for r in APRIL],
                (40, 200, 300),
            ),
            id="daily-highest-and-lowest-balance",
        ),
        pytest.param(
            _cells(
                [
                    ("Algsaldo 01.04.2025", "1 520,40"),
                    ("Laekumised kokku", "3 202,15"),
                    ("Valjaminekud kokku", "1 284,90"),
                    ("Loppsaldo 30.04.2025", "3 437,65"),
                ],
                (40, 300),
            ),
            id="summary-box",
        ),
        pytest.param(
            [
                [(40, text, False)]
                for text in [
                    "01.04.2025 muutus kuutasu, mis on nuud 39,00 kuus.",
                    "Alates 15.05.2025 kehtib uus hinnakiri, sularaha valjavott 25,00",
                    "Intressimaar 0,50 % aastas alates 01.06.2025 on 2,15",
                    "Teie kaart aegub 30.06.2025, uus kaart maksab 150,00",
                ]
            ],
            id="prose-with-dates-and-figures",
        ),
        pytest.param(
            _cells(
                [("Konto haldus", "39,00"), ("Sularaha valjavott", "25,00"), ("Paberil valjavote", "30,00")],
                (40, 300),
            ),
            id="fee-schedule",
        ),
    ],
)
def test_dates_and_figures_without_transactions_read_none(lines: list[list[tuple[float, str, bool]]]) -> None:
    reads = read_all(drawn_lines([header(ICELANDIC_HEAD) + lines]))
    assert [t for read in reads for t in read.transactions] == []


def test_a_summary_box_beside_a_debit_credit_table_is_no_balance_column() -> None:
    """A box titled on the header line ("Account Summary", words no heading holds) prints its figures
    right of the money columns, line for line beside the rows: they do not chain as balances by the
    rows' amounts, so they are no column of the table, and no row takes the box's labels."""
    box = [
        ("**Account Summary", ""),
        ("Previous balance", spaced(APRIL[0].balance - APRIL[0].amount)),
        ("Money in", "3 202,15"),
        ("Money out", "1 284,90"),
        ("New balance", spaced(APRIL[-1].balance)),
        ("Overdraft limit", "5 000,00"),
    ]
    activity: list[list[tuple[float, str, bool]]] = [
        [(40, "**Date", False), (110, "Description", False), (300, "Debit", True), (350, "Credit", True)]
    ]
    for row in APRIL:
        x = 300 if row.amount < 0 else 350
        activity.append(
            [
                (40, f"{row.date:%d.%m.%Y}", False),
                (110, row.description, False),
                (x, spaced(row.amount), True),
            ]
        )
    lines = header(ICELANDIC_HEAD)
    for (label, figure), cells in zip(box, activity, strict=True):
        lines.append([*cells, (390, label, False), *([(560, figure, True)] if figure else [])])
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.description, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.description, r.amount, None) for r in APRIL
    ]


def test_figures_right_of_the_money_that_do_not_chain_are_no_balance() -> None:
    """Albanian "Kredit | Debit | Kundervlera": the last column, a heading no lexicon holds, prints
    each row's amount in the currency it was paid in; those figures do not run as a balance by the
    rows' amounts, so no balance is read from them."""
    columns = [
        Column("Data", 40, day("%d.%m.%Y")),
        Column("Pershkrimi", 120, described),
        Column("Kredit", 400, paid_in(continental), right=True),
        Column("Debit", 470, paid_out(continental), right=True),
        Column("Kundervlera", 555, lambda row: continental(row.amount / 5), right=True),
    ]
    head = ["Banka e Bashkuar e Tiranes", "Arben Hoxha", "Pasqyra e llogarise 01.04.2025 - 30.04.2025"]
    read = read_one(statement(head, columns, APRIL))
    assert [(t.date, t.amount, t.balance) for t in read.transactions] == [
        (r.date, r.amount, None) for r in APRIL
    ]


def test_a_daily_balance_table_below_a_headerless_table_adds_no_rows() -> None:
    """No header line, the rows of money, then a titled list of the day's balances (a date and a
    figure at the balance's edge): the transactions are the rows of money only."""
    rows = [
        [
            (40, f"{r.date:%d.%m.%Y}", False),
            (110, r.description, False),
            (450, signed(spaced(r.amount), r.amount), True),
            (555, spaced(r.balance), True),
        ]
        for r in APRIL
    ]
    daily = [[(40, f"{r.date:%d.%m.%Y}", False), (555, spaced(r.balance), True)] for r in APRIL]
    title = [[(40, "**Paevased saldod", False)]]
    as_drawn(read_one(drawn_lines([header(ICELANDIC_HEAD) + rows + [[]] + title + daily])), APRIL)
