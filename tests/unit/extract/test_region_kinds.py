"""Statements of regions and banks no other test draws, each printing its figures, rows and cells the way
its kind does, read through the text layer against what was drawn: the rand a space before figures
grouped by spaces; round amounts printed without the cents every other figure prints; cells centred
in rows as tall as their longest description; a card bill that only its balances owed name one; an
Indian overdraft in lakhs, its balance's side after it, and round amounts in lakhs printed whole; CFA
francs printed whole in spaced groups."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.unit.extract.unseen_kinds import (
    Column,
    D,
    Drawn,
    M,
    as_drawn,
    continental,
    english,
    indian,
    paid_in,
    paid_out,
    read_drawn,
    read_one,
    round_amounts_whole,
    running,
    signed,
    spaced,
    swiss,
    whole_spaced,
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


@pytest.mark.parametrize(
    "style", [english, continental, spaced, swiss], ids=["1,234.56", "1.234,56", "1 234,56", "1'234.56"]
)
def test_an_account_printing_its_round_amounts_without_their_cents(style: Callable[[Decimal], str]) -> None:
    """A kind of East Africa, South Asia and Latin America: "Date | Particulars | Debit | Credit |
    Balance", where a round amount is printed whole ("2,500", "45,000", "110", "50") and every other
    figure and every balance with its cents: the whole figure is that many units of the money, its
    grouping mark the one the figures with cents group their thousands by (not three decimals), a
    space too, which a text layer cuts the figure at ("2" "500")."""
    rows = running(M("7310.45"), ROUND_ROWS)
    columns = round_amounts_whole(style)
    head = [
        "Rift Valley Commercial Bank",
        "JANE WANJIKU MWANGI",
        "Account Number 0110283746501",
        "Currency KES",
        "Statement Period 01/06/2025 to 30/06/2025",
    ]
    read_drawn(head, columns, rows)


# ---- Cells centred in tall rows ------------------------------------------------------------------------


def _centred(head: Sequence[str], columns: Sequence[Column], rows: Sequence[Drawn], padding: float) -> bytes:
    """An A4 page as a web page's table prints: the header lines, then each row as tall as its tallest
    cell (a cell's lines parted by "\n", 11 points apart) and `padding` above and below, ruled under,
    and every cell's lines centred in the row's height (a one-line date level with the middle of a
    three-line description, or half a line under the first of two)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    y = height - 50
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, head[0])
    c.setFont("Helvetica", 9)
    for line in head[1:]:
        y -= 13
        c.drawString(40, y, line)
    y -= 30
    c.setFont("Helvetica-Bold", 9)
    for column in columns:
        (c.drawRightString if column.right else c.drawString)(column.x, y, column.heading)
    c.setFont("Helvetica", 9)
    y -= 4
    for row in rows:
        cells = [(column, column.text(row).split("\n")) for column in columns]
        tall = 11 * max(len(lines) for _, lines in cells) + 2 * padding
        middle = y - tall / 2
        for column, lines in cells:
            first = middle + 11 * (len(lines) - 1) / 2 - 3  # the baseline of the cell's first line
            for n, line in enumerate(lines):
                (c.drawRightString if column.right else c.drawString)(column.x, first - 11 * n, line)
        y -= tall
        c.line(30, y, 570, y)
    c.save()
    return buffer.getvalue()


CENTRED_ROWS = [
    (D(2025, 4, 1), "Card purchase\nWOOLWORTHS METRO\nSURRY HILLS NSW", "-42.35"),
    (D(2025, 4, 3), "Salary\nHARBOURSIDE MEDIA PTY LTD", "3950.00"),
    (D(2025, 4, 7), "Direct debit\nORIGIN ENERGY\nREF 5512098", "-187.20"),
    (D(2025, 4, 9), "Transfer to\nJ SMITH", "-250.00"),
    (D(2025, 4, 11), "INTEREST", "0.84"),
    (D(2025, 4, 15), "Card purchase\nUBER *TRIP\nSYDNEY", "-23.90"),
]


@pytest.mark.parametrize("padding", [3.0, 6.0])
def test_cells_centred_in_rows_as_tall_as_their_description(padding: float) -> None:
    """An Australian credit union's statement as a web page prints it: "Date | Transaction details |
    Debit | Credit | Balance", each description over two or three lines and the date and figures centred
    beside it, so a row's first lines stand above its figures and its last under them. The gap that
    parts two rows' lines is the rows' padding: the lines above it are the row above's, those under it
    the row below's."""
    rows = running(M("1520.10"), CENTRED_ROWS)
    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Transaction details", 110, lambda r: r.description),
        Column("Debit", 420, paid_out(english), right=True),
        Column("Credit", 490, paid_in(english), right=True),
        Column("Balance", 565, lambda r: english(r.balance), right=True),
    ]
    head = [
        "Coral Coast Credit Union",
        "MR JOHN CITIZEN",
        "Account number 062-000 12345678",
        "Statement period 1 April 2025 to 30 April 2025",
    ]
    read = read_one(_centred(head, columns, rows, padding))
    as_drawn(read, [Drawn(r.date, r.description.replace("\n", " "), r.amount, r.balance) for r in rows])


# ---- A card bill known by its balances -------------------------------------------------------------

CARD_ROWS = [
    (D(2025, 8, 2), "WOOLIES 1204 BONDI JUNCTION", "-86.45"),
    (D(2025, 8, 5), "QANTAS AIRWAYS SYDNEY", "-412.00"),
    (D(2025, 8, 11), "BPAY 5512 0098 1123", "1200.00"),
    (D(2025, 8, 14), "NETFLIX.COM MELBOURNE", "-16.99"),
    (D(2025, 8, 19), "CALTEX RANDWICK", "-71.30"),
    (D(2025, 8, 23), "OSKO 4471 K NGUYEN", "150.00"),
    (D(2025, 8, 28), "DAN MURPHYS KENSINGTON", "-58.20"),
]


@pytest.mark.parametrize("owed", ["-", " DR"], ids=["minus", "DR"])
def test_a_card_bill_whose_payments_alone_carry_a_minus_and_whose_balances_are_owed(owed: str) -> None:
    """A card account's statement that names itself in no words the reader knows, its money in worded
    as no lexicon holds ("BPAY ...", "OSKO ..."): "Date | Details | Amount | Balance", each purchase
    bare, each payment with a minus, and every balance what the holder owes, marked as owed ("-1,234.56"
    or "1,234.56 DR"). Bare purchases that raised a balance owed are money out: the balances, not the
    rows' words, turn the signs round."""
    rows = running(M("-1630.25"), CARD_ROWS)

    def balance(value: Decimal) -> str:
        return "-" + english(value) if owed == "-" else english(value) + owed

    columns = [
        Column("Date", 40, lambda r: r.date.strftime("%d %b %Y")),
        Column("Details", 120, lambda r: r.description),
        Column("Amount", 470, lambda r: signed(english(r.amount), -r.amount), right=True),
        Column("Balance", 560, lambda r: balance(r.balance), right=True),
    ]
    head = [
        "Harbour Mutual",
        "MS LINH NGUYEN",
        "Account number 4622 1180 0045 7731",
        "Statement period 1 August 2025 to 31 August 2025",
    ]
    read_drawn(head, columns, rows)


# ---- India: "1,23,456.78" and a balance's side after it ------------------------------------------------

PUNE_ROWS = [
    (D(2025, 10, 1), "NEFT-HDFC0001234-SHREE GANESH ENTERPRISES", "125000.00"),
    (D(2025, 10, 3), "RTGS-SBIN0004567-MAHALAXMI STEEL PVT LTD", "-342750.50"),
    (D(2025, 10, 8), "CHQ DEP 004512 PUNE MAIN", "18400.00"),
    (D(2025, 10, 14), "UPI-KRISHNA TRANSPORT-OKICICI", "-7850.00"),
    (D(2025, 10, 21), "NEFT-ICIC0000987-DEEPAK AUTO PARTS", "260000.00"),
    (D(2025, 10, 31), "INT COLL OD 01-10 TO 31-10", "-1932.40"),
]


@pytest.mark.parametrize("apart", [False, True], ids=["1,234.00Cr", "1,234.00 Cr"])
def test_an_indian_overdraft_whose_balance_crosses_zero_marked_cr_or_dr_after_it(apart: bool) -> None:
    """Indian current account with an overdraft: "Date | Particulars | Withdrawals | Deposits | Balance",
    figures grouped in lakhs ("3,42,750.50") and each balance followed by its side, "Cr" while
    the holder is in credit and "Dr" once overdrawn, so the balance runs through zero and back: the side,
    not a minus, says which."""
    rows = running(M("96210.75"), PUNE_ROWS)
    gap = " " if apart else ""

    def balance(value: Decimal) -> str:
        return indian(value) + gap + ("Dr" if value < 0 else "Cr")

    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%y")),
        Column("Particulars", 80, lambda r: r.description),
        Column("Withdrawals", 410, paid_out(indian), right=True),
        Column("Deposits", 485, paid_in(indian), right=True),
        Column("Balance", 570, lambda r: balance(r.balance), right=True),
    ]
    head = [
        "Deccan Sahakari Bank Ltd",
        "M/S VITHAL ENGINEERING WORKS",
        "A/c No : 001234500098765  Current Account (OD)",
        "Statement from 01/10/2025 to 31/10/2025",
    ]
    read_drawn(head, columns, rows)


BENGALURU_ROWS = [
    (D(2025, 6, 2), "UPI-SWIGGY-OKHDFC", "-486.35"),
    (D(2025, 6, 4), "NEFT SALARY INFOSYS LTD", "185000.00"),
    (D(2025, 6, 7), "ATM WDL MG ROAD", "-2500.00"),
    (D(2025, 6, 9), "RENT TO LANDLORD", "-45000.00"),
    (D(2025, 6, 12), "RTGS FD BOOKING", "-150000.00"),
    (D(2025, 6, 30), "INT CREDIT", "112.47"),
]


def test_an_indian_account_printing_its_round_amounts_whole_in_lakhs() -> None:
    """Indian co-operative bank's kind: "Date | Particulars | Debit | Credit | Balance", figures in lakhs,
    each round amount printed without its cents ("1,85,000", "1,50,000", "2,500") and every other figure
    and balance with them: the whole figure is that many rupees, its commas grouping lakhs."""
    rows = running(M("731045.45"), BENGALURU_ROWS)
    columns = round_amounts_whole(indian)
    head = [
        "Kaveri Sahakari Bank Ltd",
        "RAVI SHANKAR",
        "Account Number 0110283746501",
        "Statement Period 01/06/2025 to 30/06/2025",
    ]
    read_drawn(head, columns, rows)


# ---- West and Central Africa: "1 250 000" in CFA francs --------------------------------------------------

DAKAR_ROWS = [
    (D(2025, 3, 3), "RETRAIT GAB PLATEAU", "-100000"),
    (D(2025, 3, 5), "VIREMENT SALAIRE SONATEL", "1850000"),
    (D(2025, 3, 9), "PAIEMENT FACTURE SENELEC", "-42350"),
    (D(2025, 3, 15), "FRAIS TENUE DE COMPTE", "-3500"),
    (D(2025, 3, 21), "VIREMENT EMIS LOYER", "-1125000"),
    (D(2025, 3, 25), "VERSEMENT ESPECES AGENCE", "250000"),
]


@pytest.mark.parametrize("named", ["Devise : XOF", "Montants en FCFA", ""], ids=["XOF", "FCFA", "unnamed"])
def test_a_west_african_account_in_cfa_francs_printing_millions_in_spaced_groups(named: str) -> None:
    """Senegalese kind: "Date | Libellé | Débit | Crédit | Solde", every figure a whole number of francs
    with its thousands set apart by spaces, so a text layer cuts a million into three words ("1" "250"
    "000"): the three are one figure, whether the header names the money or not."""
    rows = running(M("1250000"), DAKAR_ROWS)
    columns = [
        Column("Date", 30, lambda r: r.date.strftime("%d/%m/%Y")),
        Column("Libellé", 100, lambda r: r.description),
        Column("Débit", 400, paid_out(whole_spaced), right=True),
        Column("Crédit", 480, paid_in(whole_spaced), right=True),
        Column("Solde", 565, lambda r: whole_spaced(r.balance), right=True),
    ]
    head = [
        "Banque Sahélienne de Dakar",
        "M. MAMADOU DIOP",
        "Numéro de compte SN012 01001 012345678901 45",
        *([named] if named else []),
        "Période du 01/03/2025 au 31/03/2025",
    ]
    read = read_drawn(head, columns, rows)
    assert read.currency == ("XOF" if named else None)
