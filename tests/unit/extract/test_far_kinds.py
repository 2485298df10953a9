"""Statements of kinds real banks print that no other test draws, from the countries of issue 14 and
continental Europe's cooperative, savings and postal banks, each read through the text layer against
what was drawn: balance lines that say whose the money is ("Saldo i vår favør", "zu unseren Gunsten",
"a nuestro favor", "solde débiteur") whatever column their figure stands in; three dates on a row
(transaction, posting and value); reference and place columns beside the description; "Rs", which
names several countries' rupees; a fee in a column of its own, which becomes a transaction that says it
is the fee; an account numbered only in a table's title; and a Quebec caisse's folio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from ingest.extract.context import DEFAULT
from ingest.extract.statement import RawStatement
from ingest.extract.table import marker_of, owed_side
from tests.unit.extract.unseen_kinds import (
    Cell,
    Column,
    D,
    Fonts,
    M,
    as_drawn,
    balance_before,
    continental,
    drawn_lines,
    english,
    entries,
    header,
    headings,
    paid_in,
    paid_out,
    read_all,
    read_one,
    running,
    signed,
    spaced,
    swiss,
    table,
)

DAY = dt.timedelta(days=1)


def _read(lines: Sequence[Sequence[Cell]], fonts: Fonts | None = None) -> RawStatement:
    return read_one(drawn_lines([lines]) if fonts is None else drawn_lines([lines], fonts))


# ---- balances that say whose the money is -----------------------------------------------------------


# A Norwegian account's money out and in, in columns of their own, and no running balance.
NORWEGIAN_COLUMNS = [
    Column("Dato", 40, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Forklaring", 110, lambda r: r.description),
    Column("Ut av konto", 430, paid_out(continental), right=True),
    Column("Inn på konto", 520, paid_in(continental), right=True),
]
NORWEGIAN_HEAD = ["Nordlys Sparebank", "Ola Nordmann", "Kontoutskrift 01.03.2025 - 31.03.2025"]


def test_a_norwegian_account_closing_overdrawn_in_the_banks_favour_under_the_money_out(
    unicode_fonts: Fonts,
) -> None:
    """ "Saldo i vår favør" (in our, the bank's, favour) under the rows, its figure bare in the money-out
    column: a balance line, not a transaction, and the account owes it."""
    rows = running(
        M("1200.00"),
        [
            (D(2025, 3, 3), "Husleie mars", "-9400.00"),
            (D(2025, 3, 10), "Kiwi Majorstuen", "-734.50"),
            (D(2025, 3, 20), "Strøm Fjordkraft", "-1280.00"),
        ],
    )
    columns = NORWEGIAN_COLUMNS
    lines = header(NORWEGIAN_HEAD)
    lines += [
        [(110, "Saldo fra kontoutskrift 28.02.2025", False), (520, continental(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(110, "Saldo i vår favør", False), (430, continental(rows[-1].balance), True)],
    ]
    as_drawn(_read(lines, unicode_fonts), rows)


GERMAN_APRIL = [
    (D(2025, 4, 1), "Gehalt April", "2400.00"),
    (D(2025, 4, 3), "Miete", "-950.00"),
    (D(2025, 4, 15), "Lastschrift Telekom", "-39.99"),
]


def test_a_german_account_whose_bare_balances_say_in_whose_favour_they_stand() -> None:
    """One signed Betrag column; the old balance "zu unseren Gunsten" (the bank's: an overdraft) and the
    new one "zu Ihren Gunsten", both printed bare in it: the words give each its sign."""
    rows = running(M("-310.00"), GERMAN_APRIL)
    columns = [
        Column("Buchungstag", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Verwendungszweck", 120, lambda r: r.description),
        Column("Betrag EUR", 540, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    lines = header(["Volksbank Mittelland eG", "Hans Müller", "Kontoauszug 01.04.2025 - 30.04.2025"])
    lines += [
        headings(columns),
        [(120, "Alter Saldo zu unseren Gunsten", False), (540, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(120, "Neuer Saldo zu Ihren Gunsten", False), (540, continental(rows[-1].balance), True)],
    ]
    as_drawn(_read(lines), rows)


def test_a_spanish_account_opening_in_the_holders_favour_and_closing_in_the_banks() -> None:
    """Debe and Haber columns, "Saldo anterior a su favor" in the Haber column and "Saldo final a nuestro
    favor" in the Debe column, each figure bare."""
    rows = running(
        M("840.00"),
        [
            (D(2025, 5, 5), "Recibo luz Iberdrola", "-96.40"),
            (D(2025, 5, 12), "Transferencia alquiler", "-850.00"),
            (D(2025, 5, 28), "Compra Mercadona", "-45.10"),
        ],
    )
    columns = [
        Column("Fecha", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Concepto", 110, lambda r: r.description),
        Column("Debe", 450, paid_out(continental), right=True),
        Column("Haber", 540, paid_in(continental), right=True),
    ]
    lines = header(["Caja Rural del Sur", "Ana García", "Extracto del 01/05/2025 al 31/05/2025"])
    lines += [
        headings(columns),
        [(110, "Saldo anterior a su favor", False), (540, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(110, "Saldo final a nuestro favor", False), (450, continental(rows[-1].balance), True)],
    ]
    as_drawn(_read(lines), rows)


def test_a_french_postal_account_between_two_debit_balances_dated_in_their_labels() -> None:
    """ "Ancien solde débiteur au 28/02/2025" and "Nouveau solde débiteur au 31/03/2025", each bare in
    the Débit column; the value date in a column between the description and the money."""
    rows = running(
        M("-120.40"),
        [
            (D(2025, 3, 4), "VIREMENT DE CAF", "310.00"),
            (D(2025, 3, 11), "PRELEVEMENT EDF", "-78.20"),
            (D(2025, 3, 26), "CARTE X1234 CARREFOUR", "-256.90"),
        ],
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m")),
        Column("Opération", 90, lambda r: r.description),
        Column("Valeur", 330, lambda r: (r.date + DAY).strftime("%d/%m")),
        Column("Débit", 460, paid_out(spaced), right=True),
        Column("Crédit", 550, paid_in(spaced), right=True),
    ]
    lines = header(
        ["Banque Postale du Midi", "M. JEAN DUPONT", "Relevé de compte du 01/03/2025 au 31/03/2025"]
    )
    lines += [
        headings(columns),
        [(90, "Ancien solde débiteur au 28/02/2025", False), (460, spaced(balance_before(rows)), True)],
        *table(columns, rows),
        [(90, "Nouveau solde débiteur au 31/03/2025", False), (460, spaced(rows[-1].balance), True)],
    ]
    read = _read(lines)
    as_drawn(read, rows)
    assert [t.value_date for t in read.transactions] == [r.date + DAY for r in rows]


# ---- columns beside the rows' own -----------------------------------------------------------------


def test_three_dates_on_a_row_the_transaction_date_its_date_and_the_value_date_its_value_date() -> None:
    """Transaction Date, Posting Date and Value Date each in a column: the row's date is the day of the
    transaction, its value date the one under "Value Date" (not the posting date printed before it), and
    no date joins the description."""
    rows = running(
        M("5120.00"),
        [
            (D(2025, 6, 1), "POS PURCHASE COLD STORAGE", "-84.20"),
            (D(2025, 6, 4), "GIRO SALARY", "4800.00"),
            (D(2025, 6, 8), "NETS QR FOODPANDA", "-23.90"),
        ],
    )
    columns = [
        Column("Transaction Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Posting Date", 125, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Value Date", 190, lambda r: (r.date + 2 * DAY).strftime("%d/%m/%Y")),
        Column("Description", 255, lambda r: r.description),
        Column("Withdrawal", 440, paid_out(english), right=True),
        Column("Deposit", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Straits Savings Bank", "TAN WEI MING", "Statement Period: 01/06/2025 to 30/06/2025"])
    read = _read([*lines, headings(columns), *table(columns, rows)])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert [t.value_date for t in read.transactions] == [r.date + 2 * DAY for r in rows]


def test_a_reference_and_a_place_column_beside_the_description_join_it() -> None:
    """Reference and Location columns between the description and the money: their text is part of the
    description, and no figure in them is money."""
    rows = running(
        M("2300.00"),
        [
            (D(2025, 7, 1), "Card purchase", "-42.80"),
            (D(2025, 7, 8), "Salary", "3100.00"),
            (D(2025, 7, 14), "Card purchase", "-118.35"),
        ],
    )
    aside = {
        D(2025, 7, 1): ("REF 8812", "TORONTO ON"),
        D(2025, 7, 8): ("REF 8850", "OTTAWA ON"),
        D(2025, 7, 14): ("REF 8903", "MONTREAL QC"),
    }
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%Y-%m-%d")),
        Column("Description", 110, lambda r: r.description),
        Column("Reference", 220, lambda r: aside[r.date][0]),
        Column("Location", 300, lambda r: aside[r.date][1]),
        Column("Withdrawals", 450, paid_out(english), right=True),
        Column("Deposits", 510, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Maple Credit Union", "JOHN SMITH", "Statement period 2025-07-01 to 2025-07-31"])
    read = _read([*lines, headings(columns), *table(columns, rows)])
    assert entries(read) == [(r.date, f"{r.description} {' '.join(aside[r.date])}", r.amount) for r in rows]


@pytest.mark.parametrize(
    ("address", "currency"),
    [
        ("12 Galle Road, Colombo 03", None),
        ("12 Galle Road, Colombo 03, Sri Lanka", "LKR"),
        ("14 Marine Drive, Mumbai 400002, India", "INR"),
        ("Shahrah-e-Faisal, Karachi, Pakistan", "PKR"),
    ],
)
def test_rupees_headed_rs_are_the_money_of_the_country_named_and_no_money_where_none_is(
    address: str, currency: str | None
) -> None:
    """ "Debit (Rs)", "Credit (Rs)", "Balance (Rs)": India, Pakistan, Sri Lanka, Nepal and Mauritius each
    print "Rs" for their rupee; the country the address names says whose, and with none named (no
    code or name of a money either) the money is not known."""
    rows = running(
        M("15200.00"),
        [(D(2025, 8, 4), "ATM WDL", "-2000.00"), (D(2025, 8, 12), "SALARY CREDIT", "45000.00")],
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Particulars", 110, lambda r: r.description),
        Column("Debit (Rs)", 430, paid_out(english), right=True),
        Column("Credit (Rs)", 500, paid_in(english), right=True),
        Column("Balance (Rs)", 570, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Commercial Bank", "M. PERERA", address, "Statement from 01/08/2025 to 31/08/2025"])
    read = _read([*lines, headings(columns), *table(columns, rows)])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert read.currency == currency


def test_a_fee_charged_beside_its_row_is_a_transaction_that_says_it_is_the_fee() -> None:
    """Debit, Credit, Fee and Balance columns, the balance after the row and its fee: the fee is money out
    of its own, described as the row under its column's heading, and the balance the row's after both."""
    drawn = [
        (D(2025, 9, 2), "CASH WITHDRAWAL ATM 0413", "-200.00", "2.50"),
        (D(2025, 9, 9), "TRANSFER TO J DOE", "-150.00", "1.00"),
        (D(2025, 9, 15), "SALARY", "2500.00", ""),
    ]
    steps = [
        step
        for day, text, amount, fee in drawn
        for step in [(day, text, amount), *([(day, f"Fee: {text}", f"-{fee}")] if fee else [])]
    ]
    rows = running(M("800.00"), steps)
    after = {r.date: r.balance for r in rows}  # each day's last balance: the one after the fee
    lines = header(["Lagos Trust Bank", "ADEBAYO OKAFOR", "Statement Period: 01/09/2025 to 30/09/2025"])
    names = [
        (40, "Date"),
        (110, "Description"),
        (400, "Debit"),
        (460, "Credit"),
        (510, "Fee"),
        (570, "Balance"),
    ]
    lines.append([(x, ("**" if x == 40 else "") + name, x > 110) for x, name in names])
    for day, text, amount, fee in drawn:
        figure = (400 if M(amount) < 0 else 460, english(M(amount)), True)
        charged = [(510, fee, True)] if fee else []
        lines.append([(40, day.strftime("%d/%m/%Y"), False), (110, text, False), figure, *charged])
        lines[-1].append((570, english(after[day]), True))
    read = _read(lines)
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.opening_balance, read.closing_balance) == (M("800.00"), rows[-1].balance)


# ---- the account's number and name ----------------------------------------------------------------


NZ_OCTOBER = [
    (D(2025, 10, 1), "EFTPOS COUNTDOWN", "-82.10"),
    (D(2025, 10, 15), "SALARY ACME LTD", "2900.00"),
]


def test_an_account_numbered_only_in_the_title_of_its_table() -> None:
    """ "Everyday Account 12-3456-7890123-00" in bold over the headings, no label anywhere else: the
    title's number is the account's."""
    rows = running(M("640.00"), NZ_OCTOBER)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Transaction", 120, lambda r: r.description),
        Column("Withdrawals", 430, paid_out(english), right=True),
        Column("Deposits", 500, paid_in(english), right=True),
        Column("Balance", 570, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Kiwi Savings Bank", "MR J SMITH", "Statement period 1 October 2025 to 31 October 2025"])
    lines += [
        [(40, "**Everyday Account 12-3456-7890123-00", False)],
        headings(columns),
        *table(columns, rows),
    ]
    read = _read(lines)
    as_drawn(read, rows)
    assert read.account_number == "12-3456-7890123-00"


# A German savings bank's statement: "Datum | Buchungstext | Betrag | Saldo", one signed amount.
SPARKASSE = ["Sparkasse am Fluss", "Erika Mustermann", "Kontoauszug 01.10.2025 - 31.10.2025"]
GIROKONTO = [
    Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
    Column("Buchungstext", 120, lambda r: r.description),
    Column("Betrag", 500, lambda r: signed(continental(r.amount), r.amount), right=True),
    Column("Saldo", 570, lambda r: continental(r.balance), right=True),
]


def test_a_german_account_numbered_only_in_a_section_heading() -> None:
    """ "Girokonto Konto 1234 5678 90" as the heading of the table's section: the number, spaced as
    printed, is the account's."""
    rows = running(
        M("640.00"),
        [(D(2025, 10, 1), "Kartenzahlung REWE", "-82.10"), (D(2025, 10, 15), "Gehalt", "2900.00")],
    )
    columns = GIROKONTO
    lines = header(SPARKASSE)
    lines += [[(40, "**Girokonto Konto 1234 5678 90", False)], headings(columns), *table(columns, rows)]
    read = _read(lines)
    as_drawn(read, rows)
    assert read.account_number == "1234 5678 90"


def test_a_quebec_caisse_numbering_the_account_by_its_folio_and_dating_rows_by_day_and_month() -> None:
    """A French Quebec statement: "Folio 123456" under the member's address, rows dated "03 JANV." under
    Retraits, Dépôts and Solde, and the previous balance on a row of its own."""
    rows = running(
        M("1520.35"),
        [
            (D(2025, 1, 3), "Paie Employeur", "1840.00"),
            (D(2025, 1, 9), "Retrait GA", "-100.00"),
            (D(2025, 1, 21), "Paiement facture Hydro-Québec", "-143.27"),
        ],
    )
    columns = [
        Column("Date", 40, lambda r: f"{r.date.day:02d} JANV."),
        Column("Description", 110, lambda r: r.description),
        Column("Retraits", 430, paid_out(spaced), right=True),
        Column("Dépôts", 500, paid_in(spaced), right=True),
        Column("Solde", 570, lambda r: spaced(r.balance), right=True),
    ]
    address = "88 RUE DU PORT, LÉVIS QC G6V 4Z2"
    lines = header(
        [
            "Caisse populaire du Lac",
            "MARIE TREMBLAY",
            address,
            "Folio 123456",
            "Relevé du 1er janvier 2025 au 31 janvier 2025",
        ]
    )
    lines += [
        headings(columns),
        [(110, "Solde précédent", False), (570, spaced(balance_before(rows)), True)],
        *table(columns, rows),
    ]
    read = _read(lines)
    as_drawn(read, rows)
    assert (read.account_number, read.holder_address) == ("123456", address)


@pytest.mark.parametrize(
    ("label", "owed"),
    [
        ("Saldo i vår favør", -1),
        ("Saldo i Deres favør", 1),
        ("Saldo i vor favør", -1),
        ("Alter Saldo zu unseren Gunsten", -1),
        ("Neuer Saldo zu Ihren Gunsten", 1),
        ("Saldo final a nuestro favor", -1),
        ("Saldo deudor", -1),
        ("Ancien solde créditeur au 28/02/2025", 1),
        ("Nouveau solde débiteur", -1),
        ("SALDO INIZIALE A VOSTRO DEBITO", -1),
        ("SALDO FINALE A VOSTRO CREDITO", 1),
        ("Saldo devedor", -1),
        ("Nieuw saldo in uw voordeel", 1),
        ("Closing balance in our favour", -1),
        ("Borç bakiye", -1),
        ("Saldovortrag zu unseren Gunsten", -1),
        ("Saldo anterior", 0),
    ],
)
def test_the_words_of_a_balance_line_that_say_whose_the_money_is(label: str, owed: int) -> None:
    """Whose each label says the balance is, in the languages that say it: -1 the bank's (owed to it),
    +1 the holder's, 0 where the line says nothing of it or names no balance."""
    assert owed_side(DEFAULT, label) == owed
    assert marker_of(DEFAULT, label, has_date=False) is not None
    assert marker_of(DEFAULT, "Transfer in our favour", has_date=False) is None  # names no balance


# ---- the holder -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bank", "holder"),
    [
        ("Merlion Savings Bank", "LIM MEI LING"),  # "Mei" is May in Dutch and Indonesian
        ("Spaarbank Kempen", "Jan Peeters"),  # "Jan" is January
        ("PostFinance Bern", "Herr Peter Muster"),
        ("Zürcher Landbank", "Frau Anna Meier"),
    ],
)
def test_a_holders_name_alone_under_the_bank_with_a_month_or_a_title_in_it(bank: str, holder: str) -> None:
    """The holder's name printed alone under the bank's, no address block: a month's name among its
    words, or the title before it ("Herr", "Frau"), does not make it any less a name."""
    rows = running(M("950.00"), NZ_OCTOBER)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Description", 110, lambda r: r.description),
        Column("Amount", 480, lambda r: signed(english(r.amount), r.amount), right=True),
        Column("Balance", 565, lambda r: english(r.balance), right=True),
    ]
    lines = header([bank, holder, "Statement 01/10/2025 - 31/10/2025", "Account 1234567890"])
    read = _read([*lines, headings(columns), *table(columns, rows)])
    assert entries(read) == [(r.date, r.description, r.amount) for r in rows]
    assert (read.holder_name, read.holder_address) == (holder, None)


def test_a_postal_current_account_numbered_after_its_kind() -> None:
    """ "Compte Courant Postal n° 1234567A020": the words of the account's kind stand between the label
    and the number, which is the account's."""
    rows = running(
        M("410.00"),
        [(D(2025, 3, 4), "VIREMENT DE CAF", "310.00"), (D(2025, 3, 11), "PRELEVEMENT EDF", "-78.20")],
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Opération", 110, lambda r: r.description),
        Column("Débit", 460, paid_out(spaced), right=True),
        Column("Crédit", 550, paid_in(spaced), right=True),
    ]
    lines = header(
        [
            "Banque Postale du Midi",
            "M. JEAN DUPONT",
            "Relevé de compte du 01/03/2025 au 31/03/2025",
            "Compte Courant Postal n° 1234567A020",
        ]
    )
    lines += [
        headings(columns),
        [(110, "Ancien solde créditeur au 28/02/2025", False), (550, spaced(balance_before(rows)), True)],
        *table(columns, rows),
        [(110, "Nouveau solde créditeur au 31/03/2025", False), (550, spaced(rows[-1].balance), True)],
    ]
    read = _read(lines)
    as_drawn(read, rows)
    assert (read.account_number, read.account_type) == ("1234567A020", "CHEQUING")


@pytest.mark.parametrize(
    ("head", "labels"),
    [
        (
            ["Cassa di Risparmio del Tirreno", "ROSSI MARIO", "Estratto conto dal 01/04/2025 al 30/04/2025"],
            ("Saldo iniziale", "Saldo contabile al 30/04/2025", "Saldo disponibile al 30/04/2025"),
        ),
        (
            ["Harbour Savings Bank", "ROSSI MARIO", "Statement from 01/04/2025 to 30/04/2025"],
            ("Opening balance", "Closing balance", "Available balance"),
        ),
    ],
)
def test_an_available_balance_under_the_closing_one_is_neither_a_row_nor_the_closing(
    head: list[str], labels: tuple[str, str, str]
) -> None:
    """Under the rows, the book balance ("Saldo contabile al ...") and then the available one, less the
    holds not yet booked: the first closes the statement, the second is no transaction and no closing."""
    rows = running(
        M("2310.00"),
        [(D(2025, 4, 2), "PAGAMENTO POS COOP", "-45.30"), (D(2025, 4, 27), "STIPENDIO APRILE", "1900.00")],
    )
    columns = [
        Column("Data operazione", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Data valuta", 125, lambda r: (r.date + DAY).strftime("%d/%m/%Y")),
        Column("Descrizione", 200, lambda r: r.description),
        Column("Importo", 560, lambda r: signed(continental(r.amount), r.amount), right=True),
    ]
    opening, closing, available = labels
    lines = [
        *header(head),
        headings(columns),
        [(200, opening, False), (560, continental(balance_before(rows)), True)],
        *table(columns, rows),
        [(200, closing, False), (560, continental(rows[-1].balance), True)],
        [(200, available, False), (560, continental(rows[-1].balance - M("45.30")), True)],
    ]
    as_drawn(_read(lines), rows)


# ---- figures and names as type sets them --------------------------------------------------------


def test_a_swiss_account_whose_thousands_are_marked_with_a_typographic_apostrophe(
    unicode_fonts: Fonts,
) -> None:
    """ "6’200.00": the apostrophe between thousands set as a right single quotation mark, as Swiss
    banks' typesetting prints it, in every amount and balance."""
    rows = running(
        M("4210.10"),
        [
            (D(2025, 3, 3), "Lohn März", "6200.00"),
            (D(2025, 3, 5), "Miete", "-1850.00"),
            (D(2025, 3, 17), "Migros Bern", "-64.35"),
        ],
    )

    def typeset(value: M) -> str:
        return signed(f"{abs(value):,.2f}".replace(",", "\u2019"), value)

    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%Y")),
        Column("Text", 110, lambda r: r.description),
        Column("Betrag", 420, lambda r: typeset(r.amount), right=True),
        Column("Saldo", 565, lambda r: typeset(r.balance), right=True),
    ]
    lines = header(
        ["Bank Linth", "Frau Anna Meier", "Kontoauszug 01.03.2025 - 31.03.2025", "Privatkonto CHF"]
    )
    read = _read([*lines, headings(columns), *table(columns, rows)], unicode_fonts)
    as_drawn(read, rows)
    assert read.currency == "CHF"


def test_a_bank_whose_name_opens_with_credit_is_the_institution_not_its_client() -> None:
    """ "Crédit Mutuel du Val" over the client's name: "Crédit" heads columns in English, but in a
    name of several words it names a bank, as "Banque" and "Caisse" do."""
    rows = running(
        M("3120.00"),
        [(D(2025, 3, 3), "PRLV SEPA LOYER", "-1250.00"), (D(2025, 3, 25), "VIR SALAIRE", "2480.00")],
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 110, lambda r: r.description),
        Column("Débit", 400, paid_out(spaced), right=True),
        Column("Crédit", 480, paid_in(spaced), right=True),
        Column("Solde", 560, lambda r: spaced(r.balance), right=True),
    ]
    lines = header(["Crédit Mutuel du Val", "M. PIERRE MARTIN", "Relevé du 01/03/2025 au 31/03/2025"])
    read = _read([*lines, headings(columns), *table(columns, rows)])
    as_drawn(read, rows)
    assert (read.institution, read.holder_name) == ("Crédit Mutuel du Val", "M. PIERRE MARTIN")


def test_a_period_printed_year_first_with_slashes_is_the_statements_not_its_rows_span() -> None:
    """ "EXTRATO DE 2025/09/01 A 2025/09/30" over rows dated by day and month only ("02.09"): the
    period is the one printed, year first and parted by slashes, not the days of the first and last row."""
    rows = running(
        M("2310.45"),
        [(D(2025, 9, 2), "COMPRA CONTINENTE LISBOA", "-63.20"), (D(2025, 9, 10), "TRF SALARIO", "1450.00")],
    )
    columns = [
        Column("DATA LANC.", 40, lambda r: r.date.strftime("%d.%m")),
        Column("DATA VALOR", 100, lambda r: r.date.strftime("%d.%m")),
        Column("DESCRITIVO", 165, lambda r: r.description),
        Column("DEBITO", 400, paid_out(continental), right=True),
        Column("CREDITO", 470, paid_in(continental), right=True),
        Column("SALDO", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(
        ["Banco Atlântico", "JOAO SILVA", "EXTRATO DE 2025/09/01 A 2025/09/30", "CONTA 0123456789"]
    )
    lines += [
        headings(columns),
        [(165, "SALDO INICIAL", False), (560, continental(balance_before(rows)), True)],
        *table(columns, rows),
    ]
    read = _read(lines)
    as_drawn(read, rows)
    assert (read.period_start, read.period_end, read.period_from_rows) == (
        D(2025, 9, 1),
        D(2025, 9, 30),
        False,
    )


# A deposit first, then two payments: with no opening line, only the column says the first is money in.
SALARY_MARCH = [
    (D(2025, 3, 3), "Transfer ACME salary", "2150.00"),
    (D(2025, 3, 9), "Card payment grocer", "-84.20"),
    (D(2025, 3, 21), "Rent March", "-900.00"),
]
BELGIAN_MAY = [
    (D(2025, 5, 2), "Paiement Bancontact Delhaize", "-45.30"),
    (D(2025, 5, 25), "Virement salaire", "2100.00"),
]


def _belgian(head: list[str], names: tuple[str, str, str], labels: tuple[str, str]) -> RawStatement:
    """A statement of BELGIAN_MAY as Belgian banks print one, read and asserted as drawn: the date, the
    description and one amount signed + or - under `names`, the balances before and after the rows
    under `labels` (the first set just above the headings)."""
    rows = running(M("950.00"), BELGIAN_MAY)

    def plus_minus(value: M) -> str:
        return ("-" if value < 0 else "+") + continental(value)

    columns = [
        Column(names[0], 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column(names[1], 110, lambda r: r.description),
        Column(names[2], 565, lambda r: plus_minus(r.amount), right=True),
    ]
    lines = header(head)
    lines += [
        [(110, labels[0], False), (565, plus_minus(balance_before(rows)), True)],
        headings(columns),
        *table(columns, rows),
        [(110, labels[1], False), (565, plus_minus(rows[-1].balance), True)],
    ]
    read = _read(lines)
    as_drawn(read, rows)
    return read


@pytest.mark.parametrize(
    ("head", "names", "labels"),
    [
        (
            [
                "Spaarbank Kempen",
                "Jan Peeters",
                "Rekeninguittreksel van 01-05-2025 tot 31-05-2025",
                "Rekeningnummer BE68 5390 0754 7034",
            ],
            ("Datum", "Omschrijving", "Bedrag in EUR"),
            ("Vorig saldo", "Nieuw saldo"),
        ),
        (
            [
                "Banque Mosane",
                "Jan Peeters",
                "Extrait de compte du 01-05-2025 au 31-05-2025",
                "Compte BE68 5390 0754 7034",
            ],
            ("Date", "Communication", "Montant"),
            ("Ancien solde", "Nouveau solde"),
        ),
    ],
)
def test_a_belgian_statement_and_account_under_the_holder_are_no_address(
    head: list[str], names: tuple[str, str, str], labels: tuple[str, str]
) -> None:
    """ "Rekeninguittreksel" / "Extrait de compte ... du ... au ..." (the statement, as Belgian banks title
    it in Dutch and French) and the account's number under the holder's name: neither is the holder's
    address; the description headed "Communication" (the payment's message)."""
    read = _belgian(head, names, labels)
    assert (read.holder_name, read.holder_address) == ("Jan Peeters", None)
    assert (read.period_start, read.period_end) == (D(2025, 5, 1), D(2025, 5, 31))
    assert (read.account_number, read.currency) == ("BE68 5390 0754 7034", "EUR")


def test_a_description_headed_in_a_word_no_lexicon_holds_under_a_balance_line() -> None:
    """ "Date | Zahlungsgrund | Montant" under "Ancien solde +950,00": a heading no lexicon holds between
    the dates and the money heads the descriptions; the balance line above is no part of the headings,
    and its figure opens the statement."""
    _belgian(
        ["Banque Mosane", "Marie Dubois", "Relevé du 01-05-2025 au 31-05-2025"],
        ("Date", "Zahlungsgrund", "Montant"),
        ("Ancien solde", "Nouveau solde"),
    )


@pytest.mark.parametrize(
    ("money", "paid_first"),
    [
        (("Withdrawals", "Remittances"), False),
        (("Remittances", "Withdrawals"), True),
        (("Disbursements", "Deposits"), False),
    ],
)
def test_money_in_or_out_headed_in_a_word_no_lexicon_holds_beside_the_other_side(
    money: tuple[str, str], paid_first: bool
) -> None:
    """ "Withdrawals | Remittances | Balance", the money in headed in a word no lexicon holds, before the
    balance or before the money out; or the money out so headed ("Disbursements") beside "Deposits":
    the unknown heading is the other side's column, and a deposit is not read as one more payment."""
    rows = running(
        M("1200.00"),
        SALARY_MARCH,
    )
    out, into = (paid_out, paid_in) if not paid_first else (paid_in, paid_out)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Narrative", 110, lambda r: r.description),
        Column(money[0], 400, out(english), right=True),
        Column(money[1], 480, into(english), right=True),
        Column("Balance", 565, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Harbour Savings Bank", "MARY MURPHY", "Statement 1 March 2025 to 31 March 2025"])
    # No opening line: the first balance, less a first row read on the wrong side, would open the
    # statement with another figure and every balance would still follow.
    as_drawn(_read([*lines, headings(columns), *table(columns, rows)]), rows)


def test_a_foreign_amount_a_date_and_a_time_inside_descriptions_stay_text_as_printed() -> None:
    """ "AMAZON.COM USD 12.50 RATE 1.3520", "TRANSFER 03/03/2025 REF 4471", "ATM 21.03 14:32": figures,
    a date and a time of day in the description column are its text, printed as they were (the code a
    space before its figure), and rows dated without leading zeros ("3.3.2025")."""
    rows = running(
        M("1200.00"),
        [
            (D(2025, 3, 3), "AMAZON.COM USD 12.50 RATE 1.3520", "-16.90"),
            (D(2025, 3, 9), "TRANSFER 03/03/2025 REF 4471", "500.00"),
            (D(2025, 3, 21), "ATM 21.03 14:32 KIOSK 12", "-100.00"),
        ],
    )
    columns = [
        Column("Date", 40, lambda r: f"{r.date.day}.{r.date.month}.{r.date.year}"),
        Column("Description", 100, lambda r: r.description),
        Column("Debit", 420, paid_out(english), right=True),
        Column("Credit", 490, paid_in(english), right=True),
        Column("Balance", 565, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Harbour Savings Bank", "MARY MURPHY", "Statement 1 March 2025 to 31 March 2025"])
    as_drawn(_read([*lines, headings(columns), *table(columns, rows)]), rows)


@pytest.mark.parametrize(
    ("opening_label", "closing_label", "opening"),
    [
        ("Inngående saldo", "Utgående saldo i vår favør", M("1200.00")),
        ("Solde débiteur au 28/02/2025", "Solde débiteur au 31/03/2025", M("-120.40")),
    ],
)
def test_balances_in_a_box_above_the_rows_whose_labels_say_the_bank_is_owed(
    opening_label: str, closing_label: str, opening: M, unicode_fonts: Fonts
) -> None:
    """A summary above the table: the opening and closing balances, each figure bare beside a label that
    says whose the money is ("i vår favør", "solde débiteur"): an overdraft, below zero."""
    rows = running(
        opening,
        [
            (D(2025, 3, 3), "Husleie mars", "-1400.00"),
            (D(2025, 3, 10), "Kiwi Majorstuen", "-34.50"),
            (D(2025, 3, 25), "Lønn mars", "210.00"),
        ],
    )
    columns = NORWEGIAN_COLUMNS
    lines = header(NORWEGIAN_HEAD)
    lines += [
        [(40, opening_label, False), (330, continental(opening), True)],
        [(40, closing_label, False), (330, continental(rows[-1].balance), True)],
        [],
        headings(columns),
        *table(columns, rows),
    ]
    as_drawn(_read(lines, unicode_fonts), rows)


@pytest.mark.parametrize(
    ("title", "days"),
    [
        # the first statement of the year: a day of December, then January's
        ("Kontoauszug Nr. 1/2025", [D(2024, 12, 30), D(2025, 1, 2), D(2025, 1, 9), D(2025, 1, 20)]),
        # the last of the year: December's, then its first days of January
        ("Kontoauszug Nr. 12/2024", [D(2024, 12, 2), D(2024, 12, 16), D(2024, 12, 30), D(2025, 1, 2)]),
        # made on a day of January: the rows are the days before it
        ("Kontoauszug vom 06.01.2025", [D(2024, 12, 30), D(2024, 12, 31), D(2025, 1, 3), D(2025, 1, 3)]),
    ],
)
def test_rows_without_a_year_from_december_into_january_under_one_printed_year(
    title: str, days: list[D]
) -> None:
    """Rows dated "30.12." to "02.01." and one year on the page, in a statement's number ("Nr. 1/2025")
    or the day it was made ("vom 06.01.2025"): the year printed is the one most rows fall in (or the
    one of the day it was made), the other rows' the year before or after, so the rows run in order."""
    rows = running(
        M("1200.00"),
        [
            (day, f"Buchung {n}", amount)
            for n, (day, amount) in enumerate(
                zip(days, ["2150.00", "-84.20", "-900.00", "-4.20"], strict=True)
            )
        ],
    )
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.")),
        Column("Buchungstext", 110, lambda r: r.description),
        Column("Betrag", 470, lambda r: signed(continental(r.amount), r.amount), right=True),
        Column("Saldo", 560, lambda r: continental(r.balance), right=True),
    ]
    lines = header(["Sparkasse am Fluss", "Erika Mustermann", title])
    as_drawn(_read([*lines, headings(columns), *table(columns, rows)]), rows)


@pytest.mark.parametrize(
    "titles",
    [
        ("Girokonto 1234 5678 90", "Sparkonto 9876 5432 10"),
        ("Everyday Account 12-3456-7890123-00", "Online Saver 12-3456-7890123-01"),
    ],
)
def test_two_accounts_each_titled_by_its_kind_and_number_are_two_statements(titles: tuple[str, str]) -> None:
    """A current account's table, then a savings account's, each under a bold title of its kind and its
    number with no label ("Girokonto 1234 5678 90", "Online Saver 12-3456-7890123-01"): each number
    begins a statement of its own, with its own rows and balances, not one list of both."""
    current = running(
        M("640.00"),
        [(D(2025, 10, 1), "Kartenzahlung REWE", "-82.10"), (D(2025, 10, 15), "Gehalt", "2900.00")],
    )
    savings = running(M("5000.00"), [(D(2025, 10, 31), "Zinsen", "1.25")])
    columns = GIROKONTO
    lines = header(SPARKASSE)
    for title, rows in zip(titles, (current, savings), strict=True):
        lines += [[(40, "**" + title, False)], headings(columns), *table(columns, rows), []]
    first, second = read_all(drawn_lines([lines]))
    as_drawn(first, current)
    as_drawn(second, savings)
    numbers = tuple(" ".join(w for w in title.split() if w[0].isdigit()) for title in titles)
    assert (first.account_number, second.account_number) == numbers
    assert (first.account_type, second.account_type) == ("CHEQUING", "SAVINGS")


def test_a_swiss_account_carried_over_overdrawn_and_closing_in_the_holders_favour_in_francs(
    unicode_fonts: Fonts,
) -> None:
    """ "Saldovortrag zu unseren Gunsten CHF 310.00" under the headings and "Saldo zu Ihren Gunsten CHF
    ..." under the rows, the code before each figure in the balance column, the running balance printed
    on some rows only: the words sign each balance (the carried-over one an overdraft), and the code the
    balances print is the account's money."""
    rows = running(
        M("-310.00"),
        [
            (D(2025, 3, 3), "Lohn März", "6200.00"),
            (D(2025, 3, 5), "Miete", "-1850.00"),
            (D(2025, 3, 17), "Migros Bern", "-64.35"),
        ],
    )
    columns = [
        Column("Datum", 40, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Text", 100, lambda r: r.description),
        Column("Belastung", 380, paid_out(swiss), right=True),
        Column("Gutschrift", 450, paid_in(swiss), right=True),
        Column("Valuta", 470, lambda r: r.date.strftime("%d.%m.%y")),
        Column("Saldo", 570, lambda r: swiss(r.balance) if r.date.day != 5 else "", right=True),
    ]
    lines = header(["Raiffeisenbank Aaretal", "Herr Peter Muster", "Kontoauszug 01.03.2025 - 31.03.2025"])
    lines += [
        headings(columns),
        [(100, "Saldovortrag zu unseren Gunsten", False), (570, "CHF " + swiss(-balance_before(rows)), True)],
        *table(columns, rows),
        [(100, "Saldo zu Ihren Gunsten", False), (570, "CHF " + swiss(rows[-1].balance), True)],
    ]
    read = _read(lines, unicode_fonts)
    as_drawn(read, rows)
    assert (read.currency, read.holder_name) == ("CHF", "Herr Peter Muster")


@pytest.mark.parametrize(
    ("out", "into", "balance"),
    [
        ("Outflow", "Inflow", "Balance"),
        ("Spent", "Received", "Balance"),
        ("Uitgaven", "Ontvangsten", "Saldo"),
    ],
)
def test_money_columns_headed_as_outflow_and_inflow_or_spent_and_received(
    out: str, into: str, balance: str
) -> None:
    """Money out and in headed "Outflow | Inflow", "Spent | Received" (a budgeting app's and a digital
    bank's words) or in Dutch "Uitgaven | Ontvangsten", and no opening line: the first row, a deposit,
    is money in, and the balance before it opens the statement."""
    rows = running(
        M("1200.00"),
        SALARY_MARCH,
    )
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d-%m-%Y")),
        Column("Description", 110, lambda r: r.description),
        Column(out, 400, paid_out(english), right=True),
        Column(into, 480, paid_in(english), right=True),
        Column(balance, 565, lambda r: english(r.balance), right=True),
    ]
    lines = header(["Harbour Savings Bank", "MARY MURPHY", "Statement 01-03-2025 to 31-03-2025"])
    as_drawn(_read([*lines, headings(columns), *table(columns, rows)]), rows)
