"""Header fields of statements from banks never seen (the money, the account, the holder, the dates) where
they are printed in a way no other test draws, each drawn as its kind prints it and read through the text
layer against what was drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from tests.unit.extract.test_english_kinds import (
    test_checks_paid_side_by_side_under_a_number_heading_the_other_banks_print as checks_paid,
)
from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    M,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_all,
    read_drawn,
    read_one,
    running,
    spaced,
    table,
)

ROWS = [
    (D(2025, 5, 2), "CARD PAYMENT TO GREENGROCER 01MAY", "-23.40"),
    (D(2025, 5, 9), "SALARY NORTHWIND TRADING", "2315.00"),
    (D(2025, 5, 16), "DIRECT DEBIT CITY COUNCIL RATES", "-142.00"),
    (D(2025, 5, 23), "TRANSFER TO SAVINGS", "-500.00"),
]

COLUMNS = [
    Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
    Column("Description", 110, lambda r: r.description),
    Column("Paid out", 400, paid_out(english), right=True),
    Column("Paid in", 470, paid_in(english), right=True),
    Column("Balance", 550, lambda r: english(r.balance), right=True),
]


# ---- the money of a statement that prints bare figures, from the country its account is held in --------


def _bare(head: Sequence[str]) -> str | None:
    """The currency read from a statement whose figures carry no sign, under these header lines."""
    return read_drawn(head, COLUMNS, running(M("1250.00"), ROWS)).currency


@pytest.mark.parametrize(
    ("head", "money"),
    [
        # A British account is given with its bank's sort code.
        (["Fernleigh Bank plc", "MRS A N OTHER", "Sort code 20-45-77  Account number 43115320"], "GBP"),
        # A British address ends in its postcode.
        (["Fernleigh Bank plc", "MRS A N OTHER", "14 MILL LANE", "YORK YO1 7HH", "Account 43115320"], "GBP"),
        # An Australian account is given with its BSB.
        (["Wattle Savings Bank", "MS J CITIZEN", "BSB 062-000  Account number 1234 5678"], "AUD"),
        # A New Zealand address ends in its country's name.
        (
            [
                "Tasman Bank",
                "J K TAMIHANA",
                "22 RIVER ROAD",
                "HAMILTON 3204",
                "NEW ZEALAND",
                "Account 1234567",
            ],
            "NZD",
        ),
        # A phone number dialled from abroad names the country ("+64").
        (["Tasman Bank", "J K TAMIHANA", "Help line +64 9 300 1234", "Account 1234567"], "NZD"),
    ],
)
def test_bare_figures_are_in_the_money_of_the_country_the_account_is_held_in(
    head: list[str], money: str
) -> None:
    assert _bare(head) == money


def test_bare_figures_with_nothing_naming_a_country_name_no_money() -> None:
    """Where nothing the statement prints tells the country, no money is made up."""
    assert _bare(["Fernleigh Bank", "MRS A N OTHER", "Account 43115320"]) is None


# ---- the dirham and the dinar printed after every figure --------------------------------------------------

MAGHREB_ROWS = [
    (D(2025, 3, 3), "VIREMENT RECU SALAIRE MARS", "9850.00"),
    (D(2025, 3, 7), "RETRAIT GAB AGENCE CENTRE", "-1500.00"),
    (D(2025, 3, 14), "PAIEMENT CARTE MARJANE", "-642.35"),
    (D(2025, 3, 28), "FRAIS DE TENUE DE COMPTE", "-25.00"),
]


@pytest.mark.parametrize(("sign", "money"), [("DH", "MAD"), ("DA", "DZD")])
def test_a_maghreb_account_printing_its_sign_after_every_figure(sign: str, money: str) -> None:
    """Moroccan and Algerian banks print their money's sign after each figure ("1 234,56 DH", "DA"), in
    French: Date | Libellé | Débit | Crédit | Solde, and nothing else names the money."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit", 380, lambda r: f"{spaced(r.amount)} {sign}" if r.amount < 0 else "", right=True),
        Column("Crédit", 465, lambda r: f"{spaced(r.amount)} {sign}" if r.amount > 0 else "", right=True),
        Column("Solde", 555, lambda r: f"{spaced(r.balance)} {sign}", right=True),
    ]
    head = [
        "Banque de l'Atlas",
        "M. KARIM BENNANI",
        "Compte n° 0071 2345 6789 0012",
        "Relevé du 01/03/2025 au 31/03/2025",
    ]
    read = read_drawn(head, columns, running(M("4210.60"), MAGHREB_ROWS))
    assert read.currency == money


CARD_ROWS = [
    (D(2025, 12, 9), "LIBRERIA DEL PUERTO", "-162.61"),
    (D(2025, 12, 15), "O SEU PAGAMENTO", "1019.74"),
    (D(2025, 12, 21), "FARMACIA NOVA", "-45.00"),
]


@pytest.mark.parametrize("purchase", ["COMPRA", "OPERAÇÃO"])
def test_a_sign_in_letters_that_is_a_word_of_the_language_stays_a_word_of_its_heading(purchase: str) -> None:
    """Algeria's dinar printed after a figure, "DA", is a word of Portuguese too: a Portuguese card heads the
    date of each purchase "DATA DA COMPRA" over two lines beside its posting date, which is the value date."""
    rows = running(M("1968.53"), [(D(2025, 12, 4), "GASOLINERA RUTA PORTO", "-69.38"), *CARD_ROWS])
    posted = {row.date: row.date + dt.timedelta(days=2) for row in rows}
    head = [
        "Banco Fernhill",
        "Beatriz Pereira",
        "Conta n.º 0035 0123 4567 8901",
        "Período 01.12.2025 a 31.12.2025",
    ]
    lines = [
        *([(40, text, False)] for text in head),
        [
            (40, "**DATA", False),
            (120, "DATA DA", False),
            (210, "DESCRIÇÃO", False),
            (470, "MONTANTE", True),
            (555, "SALDO", True),
        ],
        [(40, "**LANÇAMENTO", False), (120, purchase, False)],
        *(
            [
                (40, f"{posted[r.date]:%d/%m/%Y}", False),
                (120, f"{r.date:%d/%m/%Y}", False),
                (210, r.description, False),
                (470, continental(r.amount), True),
                (555, continental(r.balance), True),
            ]
            for r in rows
        ),
    ]
    read = read_one(drawn_lines([lines]))
    assert [(t.date, t.value_date, t.amount) for t in read.transactions] == [
        (r.date, posted[r.date], r.amount) for r in rows
    ]


# ---- Thailand's Buddhist-era years ------------------------------------------------------------------

THAI_ROWS = [
    (D(2025, 3, 3), "TRANSFER FROM SOMSRI JAIDEE", "15000.00"),
    (D(2025, 3, 10), "ATM WITHDRAWAL SILOM", "-2000.00"),
    (D(2025, 3, 17), "BILL PAYMENT ELECTRICITY", "-1245.50"),
    (D(2025, 3, 25), "PROMPTPAY TO NOODLE SHOP", "-85.00"),
]
BUDDHIST_ERA = 543  # Thailand's calendar counts its years from 543 years before the common era's


def _buddhist(day: dt.date, digits: int) -> str:
    """The date as Thai banks print it, its Buddhist-era year in four digits or its last two."""
    year = day.year + BUDDHIST_ERA
    return f"{day:%d/%m}/{year % 10**digits:0{digits}d}"


@pytest.mark.parametrize("digits", [4, 2])
def test_a_thai_account_dated_in_buddhist_era_years(digits: int) -> None:
    """Thai banks date rows and periods in the Buddhist era (2568 is 2025), its year printed in four
    digits or two ("03/03/68"), the period's in four."""
    columns = [
        Column("Date", 40, lambda r: _buddhist(r.date, digits)),
        Column("Description", 110, lambda r: r.description),
        Column("Withdrawal", 400, paid_out(english), right=True),
        Column("Deposit", 470, paid_in(english), right=True),
        Column("Balance", 550, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Siam Riverside Bank Public Company Limited",
        "MR SOMCHAI JAIDEE",
        "Account No. 123-4-56789-0",
        f"Statement Period {_buddhist(D(2025, 3, 1), 4)} - {_buddhist(D(2025, 3, 31), 4)}",
        "Currency: THB",
    ]
    read = read_drawn(head, columns, running(M("32100.00"), THAI_ROWS))
    assert (read.period_start, read.period_end) == (D(2025, 3, 1), D(2025, 3, 31))


# ---- Catalan dates: "d'" before a month's vowel, and the months' abbreviations ------------------------

CATALAN_ROWS = [
    (D(2025, 8, 4), "TRANSFERÈNCIA A FAVOR NÒMINA", "2240.00"),
    (D(2025, 8, 12), "REBUT AIGÜES DE BARCELONA", "-38.61"),
    (D(2025, 9, 3), "COMPRA TARGETA BONPREU", "-72.15"),
    (D(2025, 10, 1), "REINTEGRAMENT CAIXER", "-100.00"),
    (D(2025, 12, 9), "REBUT ASSEGURANÇA DE LA LLAR", "-212.30"),
]
# Catalan's months as its dates print them: the name whole, "de" before a consonant and "d'" before a
# vowel ("4 d'agost de 2025"), or abbreviated ("3 set. 2025").
CATALAN_MONTHS = {
    8: ("agost", "ag."),
    9: ("setembre", "set."),
    10: ("octubre", "oct."),
    12: ("desembre", "des."),
}


def _catalan(day: dt.date, style: str = "'") -> str:
    """The date in Catalan words, "d" and the apostrophe `style` before a vowel; or abbreviated where
    `style` is "abbreviated"."""
    whole, abbreviated = CATALAN_MONTHS[day.month]
    if style == "abbreviated":
        return f"{day.day} {abbreviated} {day.year}"
    joiner = f"d{style}" if whole[0] in "aeiou" else "de "
    return f"{day.day} {joiner}{whole} de {day.year}"


@pytest.mark.parametrize("style", ["'", "’", "abbreviated"])
def test_a_catalan_account_dating_its_rows_and_period_in_words(style: str) -> None:
    """A Catalan statement dates its period and its rows in words: "del 4 d'agost de 2025 al 9 de desembre
    de 2025" (the apostrophe straight or typeset), or each month abbreviated ("9 des. 2025")."""
    rows = running(M("1890.42"), CATALAN_ROWS)
    columns = [
        Column("Data", 40, lambda r: _catalan(r.date, style)),
        Column("Concepte", 150, lambda r: r.description),
        Column("Import", 470, lambda r: ("-" if r.amount < 0 else "") + continental(r.amount), right=True),
        Column("Saldo", 555, lambda r: continental(r.balance), right=True),
    ]
    first, last = CATALAN_ROWS[0][0], CATALAN_ROWS[-1][0]
    head = [
        "Caixa de la Plana",
        "Extracte de compte corrent",
        "Sr. JORDI PUIG I SOLER",
        f"Període: del {_catalan(first, style)} al {_catalan(last, style)}",
        "IBAN ES12 2100 0813 6101 2345 6789",
        "Moviments del compte amb els seus saldos, pels imports en euros",
    ]
    read = read_drawn(head, columns, rows)
    assert (read.period_start, read.period_end) == (first, last)


# ---- the account's number among the other numbers a header prints ----------------------------------------


def _numbered(head: Sequence[str]) -> str | None:
    """The account number read from a statement under these header lines."""
    return read_drawn(head, COLUMNS, running(M("1250.00"), ROWS)).account_number


@pytest.mark.parametrize(
    "head",
    [
        # A credit union numbers its member, then the account, each under a bare label.
        [
            "Cascade Valley Federal Credit Union",
            "ELENA M HOLLOWAY",
            "Member Number 0048213",
            "Account 0048213-01",
        ],
        ["Cascade Valley Federal Credit Union", "ELENA M HOLLOWAY", "Member # 0048213  Account 0048213-01"],
        # The number told in a sentence.
        ["Fernleigh Bank plc", "MRS A N OTHER", "Your account number is 0048213-01"],
    ],
)
def test_the_accounts_own_number_among_the_members_and_in_a_sentence(head: list[str]) -> None:
    assert _numbered(head) == "0048213-01"


# ---- the holder's name: opened by a title, over a long stacked block or alone -------------------------


def _holder(head: Sequence[str], columns: Sequence[Column] = COLUMNS) -> tuple[str | None, str | None]:
    """The holder's name and address read from a statement under these header lines."""
    read = read_drawn(head, columns, running(M("1250.00"), ROWS))
    return read.holder_name, read.holder_address


@pytest.mark.parametrize(
    ("head", "name", "address"),
    [
        # The statement's lines stacked over the mailing block, at its x.
        (
            [
                "Fernleigh Bank plc",
                "Statement of account",
                "1 May 2025 to 31 May 2025",
                "Account 43115320",
                "MRS A N OTHER",
                "14 MILL LANE",
                "YORK",
                "YO1 7HH",
            ],
            "MRS A N OTHER",
            "14 MILL LANE, YORK, YO1 7HH",
        ),
        (
            [
                "Fernleigh Bank plc",
                "Current Account",
                "Statement number 42",
                "Branch Leeds Central",
                "MR J SMITH",
                "14 MILL LANE",
                "LEEDS LS6 2AB",
            ],
            "MR J SMITH",
            "14 MILL LANE, LEEDS LS6 2AB",
        ),
        # A long address: flat, house, street, district, town and postcode under the name.
        (
            [
                "Fernleigh Bank plc",
                "MR J SMITH",
                "FLAT 3",
                "RIVERSIDE HOUSE",
                "14 MILL LANE",
                "HEADINGLEY",
                "LEEDS",
                "LS6 2AB",
                "Account 43115320",
            ],
            "MR J SMITH",
            "FLAT 3, RIVERSIDE HOUSE, 14 MILL LANE, HEADINGLEY, LEEDS, LS6 2AB",
        ),
    ],
)
def test_a_titled_name_opens_the_mailing_block_under_the_statements_own_lines(
    head: list[str], name: str, address: str
) -> None:
    assert _holder(head) == (name, address)


@pytest.mark.parametrize(
    ("head", "address"),
    [
        (
            [
                "Fernleigh Bank plc",
                "Current Account",
                "Sort code 20-45-77",
                "Statement number 42",
                "JOHN SMITH",
                "14 MILL LANE",
                "LEEDS LS6 2AB",
            ],
            "14 MILL LANE, LEEDS LS6 2AB",
        ),
        (
            [
                "Fernleigh Bank plc",
                "Statement of account",
                "Period 1 May 2025 to 31 May 2025",
                "Account 43115320",
                "JOHN SMITH",
                "THE OLD RECTORY",
                "14 MILL LANE",
                "LEEDS LS6 2AB",
            ],
            "THE OLD RECTORY, 14 MILL LANE, LEEDS LS6 2AB",
        ),
    ],
)
def test_the_statements_own_lines_stacked_over_an_untitled_mailing_block_are_no_part_of_it(
    head: list[str], address: str
) -> None:
    """Lines printing the statement's labels ("Statement number", "Account") stacked at the block's x
    end it above: the name under them is the holder's."""
    assert _holder(head) == ("JOHN SMITH", address)


ITALIAN_COLUMNS = [
    Column("Data", 40, lambda r: r.date.strftime("%d/%m/%Y")),
    Column("Descrizione", 110, lambda r: r.description),
    Column("Addebiti", 400, paid_out(continental), right=True),
    Column("Accrediti", 470, paid_in(continental), right=True),
    Column("Saldo", 550, lambda r: continental(r.balance), right=True),
]


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("Sig. Mario Rossi", ITALIAN_COLUMNS),
        ("Sig.ra Maria Grazia De Luca Bianchi", ITALIAN_COLUMNS),
        ("MR JOHN ALEXANDER MACKENZIE SMITH", COLUMNS),
    ],
)
def test_a_titled_name_printed_alone_is_the_holders_however_long(name: str, columns: list[Column]) -> None:
    """A name printed alone, opened by its title ("Sig.", "Sig.ra", "MR"), of up to six words after it."""
    head = ["Banca del Lago", "Estratto conto corrente", name, "Conto n. 000012345678"]
    assert _holder(head, columns) == (name, None)


# ---- a balance labelled by the bare word and its date -------------------------------------------------

FINNISH_ROWS = [
    (D(2025, 2, 3), "PALKKA POHJOISTUULI OY", "2480.00"),
    (D(2025, 2, 10), "K-MARKET KALLIO", "-64.35"),
    (D(2025, 2, 17), "HSL MOBIILI", "-3.10"),
    (D(2025, 2, 24), "VUOKRA ASUNTO OY", "-890.00"),
]


def test_a_finnish_account_opening_and_closing_on_balances_labelled_by_their_dates() -> None:
    """A Finnish statement states its balances as "Saldo 31.01.2025 1 250,00" and "Saldo 28.02.2025 ...":
    the bare word and the day, the earlier the opening balance and the later the closing one."""
    rows = running(M("1250.00"), FINNISH_ROWS)
    columns = [
        Column("Kirjauspäivä", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Selite", 130, lambda r: r.description),
        Column("Määrä", 470, lambda r: ("-" if r.amount < 0 else "+") + spaced(r.amount), right=True),
    ]
    head = [
        "Pohjolan Säästöpankki",
        "Tiliote 1.2.2025 - 28.2.2025",
        "MATTI MEIKÄLÄINEN",
        "Tili FI21 1234 5600 0007 85",
        f"Saldo 31.01.2025 {spaced(M('1250.00'))}",
        f"Saldo 28.02.2025 {spaced(rows[-1].balance)}",
    ]
    read = read_drawn(head, columns, rows)
    assert (read.opening_balance, read.closing_balance) == (M("1250.00"), rows[-1].balance)


# ---- checks paid, their date headed "Paid" alone ---------------------------------------------------------


@pytest.mark.parametrize("first", ["Number", "Check #"])
@pytest.mark.parametrize("per_line", [2, 3])
def test_checks_whose_date_column_is_headed_paid_alone(first: str, per_line: int) -> None:
    """Checks paid side by side, each check's number beside the day it was paid, headed "Paid" alone."""
    checks_paid(first, "Paid", per_line)


# ---- a Hong Kong integrated account: each section its own number ---------------------------------------

HK_SAVINGS = [
    (D(2025, 1, 3), "FPS TRANSFER TO CHAN TAI MAN", "-1500.00"),
    (D(2025, 1, 10), "PAYROLL HARBOUR TRADING LTD", "38500.00"),
    (D(2025, 1, 24), "AUTOPAY HK ELECTRIC", "-684.00"),
]
HK_CURRENT = [
    (D(2025, 1, 6), "CHEQUE 000123", "-2400.00"),
    (D(2025, 1, 15), "TRANSFER FROM SAVINGS", "5000.00"),
    (D(2025, 1, 28), "EPS PAYMENT PARKNSHOP", "-312.40"),
]


def test_a_hong_kong_integrated_accounts_first_section_is_numbered_by_its_own_title() -> None:
    """A Hong Kong integrated statement numbers the integrated account in its header, then titles each
    section by its kind and its own number ("HKD Savings 012-345678-833"): each section is that account,
    the first too."""
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b")),
        Column("Transaction Details", 100, lambda r: r.description),
        Column("Deposit", 390, paid_in(english), right=True),
        Column("Withdrawal", 470, paid_out(english), right=True),
        Column("Balance", 560, lambda r: english(r.balance), right=True),
    ]
    savings, current = running(M("20412.55"), HK_SAVINGS), running(M("8100.00"), HK_CURRENT)
    lines = header(
        [
            "Victoria Harbour Bank Limited",
            "MR CHAN SIU MING",
            "FLAT 12B, 8 KING'S ROAD, NORTH POINT, HONG KONG",
            "Integrated Account Statement",
            "Integrated Account Number 012-345678-838",
            "Statement date 31 January 2025",
        ]
    )
    for title, rows in (
        ("HKD Savings 012-345678-833", savings),
        ("HKD Current Account 012-345678-001", current),
    ):
        lines += [[(40, "**" + title, False)], headings(columns), *table(columns, rows), []]
    first, second = read_all(drawn_lines([lines]))
    assert entries(first) == [(r.date, r.description, r.amount) for r in savings]
    assert entries(second) == [(r.date, r.description, r.amount) for r in current]
    assert (first.account_number, second.account_number) == ("012-345678-833", "012-345678-001")
