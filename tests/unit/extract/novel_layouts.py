"""Layouts drawn here with reportlab, unlike any in the generator: the extractor must read them cold.

Each function renders a PDF and returns its ground truth (what was drawn), never program output.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

from tests.unit.extract.unseen_kinds import english

D = dt.date
CENT = Decimal("0.01")


@dataclass
class Truth:
    institution: str
    holder_name: str | None
    holder_address: str | None
    account_number: str
    account_type: str | None
    currency: str
    period: tuple[dt.date, dt.date]
    opening: Decimal
    transactions: list[tuple[dt.date, str, Decimal]] = field(default_factory=list)

    @property
    def closing(self) -> Decimal:
        return self.opening + sum((t[2] for t in self.transactions), Decimal(0))


def _fr(value: Decimal, signed: bool = False) -> str:
    text = f"{abs(value):,.2f}".replace(",", "\u00a0").replace(".", ",")
    return ("-" if signed and value < 0 else "") + text


def _draw(
    rng: random.Random, start: dt.date, end: dt.date, count: int, words: list[str]
) -> list[tuple[dt.date, str, Decimal]]:
    day = start
    out = []
    for _ in range(count):
        day = min(end, day + dt.timedelta(days=rng.choice([0, 0, 1, 2])))
        text = rng.choice(words)
        amount = Decimal(rng.randint(100, 60000)) / 100
        out.append(
            (day, text, amount if text.startswith(("VIREMENT RECU", "DEPOSIT", "PAYMENT")) else -amount)
        )
    return out


def french_bank(wrap_last: bool, seed: int = 1) -> tuple[bytes, Truth]:
    """Débit/Crédit/Solde, a value-date column, dd/mm across December-January, page totals."""
    rng = random.Random(seed)
    start, end = D(2024, 12, 15), D(2025, 1, 14)
    lines = [
        "PAIEMENT CARTE|SUPERMARCHE DU LAC ANNECY",
        "VIREMENT RECU|EMPLOYEUR SA SALAIRE",
        "PRELEVEMENT|EDF FACTURE MENSUELLE",
        "RETRAIT DAB",
        "CHEQUE N 1234567",
    ]
    truth = Truth(
        institution="Banque Populaire des Alpes",
        holder_name="M. PIERRE DUPONT",
        holder_address="12 AVENUE DES TILLEULS, 74000 ANNECY",
        account_number="30004 00123 0001234567 89",
        account_type="CHEQUING",
        currency="EUR",
        period=(start, end),
        opening=Decimal("1523.40"),
    )
    truth.transactions = _draw(rng, start, end, 40, lines)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4

    def page_head(number: int) -> float:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, height - 50, truth.institution)
        c.setFont("Helvetica", 9)
        c.drawString(40, height - 70, f"Relevé de compte courant - page {number}")
        c.drawRightString(width - 40, height - 70, f"Compte n° {truth.account_number}")
        c.drawRightString(width - 40, height - 82, "Du 15/12/2024 au 14/01/2025")
        return height - 120

    def table_head(y: float) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Date")
        c.drawString(85, y, "Valeur")
        c.drawString(135, y, "Nature de l'opération")
        for x, label in ((400, "Débit"), (470, "Crédit"), (540, "Solde")):
            c.drawCentredString(x, y, label)
        c.setFont("Helvetica", 9)
        return y - 16

    y = page_head(1)
    for k, text in enumerate(["M. PIERRE DUPONT", "12 AVENUE DES TILLEULS", "74000 ANNECY"]):
        c.drawString(330, y - 12 * k, text)
    c.drawString(40, height - 200, "Ancien solde au 15/12/2024")
    c.drawRightString(300, height - 200, _fr(truth.opening, True) + " €")
    c.drawString(40, height - 212, "Nouveau solde au 14/01/2025")
    c.drawRightString(300, height - 212, _fr(truth.closing, True) + " €")
    y = table_head(height - 250)
    c.drawString(135, y, "SOLDE PRECEDENT")
    c.drawRightString(565, y, _fr(truth.opening, True))
    y -= 12
    page, previous, page_debits, balance = 1, None, Decimal(0), truth.opening
    for day, text, amount in truth.transactions:
        first, _, second = text.partition("|")
        if y < 100:
            c.drawString(135, y - 4, "Total de la page")
            c.drawRightString(420, y - 4, _fr(page_debits))
            c.drawString(40, 50, "Banque Populaire des Alpes - SA au capital de 1 000 000 € - RCS Annecy")
            c.showPage()
            page += 1
            y = table_head(page_head(page))
            page_debits, previous = Decimal(0), None
        balance += amount
        page_debits += -amount if amount < 0 else 0
        shown = day.strftime("%d/%m") if day != previous else ""
        column = 420 if amount < 0 else 490
        c.drawString(40, y, shown)
        c.drawString(85, y, day.strftime("%d/%m"))
        c.drawString(135, y, first)
        if second and wrap_last:
            y -= 11
            c.drawString(135, y, second)
        c.drawRightString(column, y, _fr(amount))
        c.drawRightString(565, y, _fr(balance, True))
        if second and not wrap_last:
            y -= 11
            c.drawString(135, y, second)
        y -= 13
        previous = day
    c.drawString(135, y, "NOUVEAU SOLDE")
    c.drawRightString(565, y, _fr(truth.closing, True))
    c.drawString(40, 50, "Banque Populaire des Alpes - SA au capital de 1 000 000 € - RCS Annecy")
    c.save()
    truth.transactions = [(d, t.replace("|", " "), a) for d, t, a in truth.transactions]
    return buffer.getvalue(), truth


def us_credit_union(seed: int = 2) -> tuple[bytes, Truth]:
    """Posted / Transaction Description / Amount / Balance, -$ amounts, MM/DD, a masked member number."""
    rng = random.Random(seed)
    start, end = D(2024, 11, 1), D(2024, 11, 30)
    truth = Truth(
        institution="Lone Star Community Credit Union",
        holder_name="JOHN Q PUBLIC",
        holder_address="4410 OAK HOLLOW DR, AUSTIN, TX 78704",
        account_number="*****6789",
        account_type="CHEQUING",
        currency="USD",
        period=(start, end),
        opening=Decimal("2812.33"),
    )
    words = [
        "ACH DEBIT NETFLIX.COM",
        "POS DEBIT WALMART #1234 AUSTIN TX",
        "DEPOSIT MOBILE CHECK",
        "ATM WITHDRAWAL",
    ]
    truth.transactions = _draw(rng, start, end, 30, words)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    _, height = letter
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 40, truth.institution)
    c.setFont("Helvetica", 9)
    for k, text in enumerate(["JOHN Q PUBLIC", "4410 OAK HOLLOW DR", "AUSTIN, TX 78704"]):
        c.drawString(40, height - 90 - 11 * k, text)
    c.drawString(330, height - 90, f"Member Number: {truth.account_number}")
    c.drawString(330, height - 101, "Statement Period: 11/01/2024 - 11/30/2024")
    c.drawString(40, height - 150, "SHARE DRAFT CHECKING")
    c.drawString(
        40,
        height - 165,
        f"Previous Balance ${english(truth.opening)}    New Balance ${english(truth.closing)}",
    )
    y = height - 200
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Posted")
    c.drawString(95, y, "Transaction Description")
    c.drawRightString(450, y, "Amount")
    c.drawRightString(560, y, "Balance")
    c.setFont("Helvetica", 9)
    balance = truth.opening
    for day, text, amount in truth.transactions:
        y -= 12
        balance += amount
        c.drawString(40, y, day.strftime("%m/%d"))
        c.drawString(95, y, text)
        c.drawRightString(450, y, ("-" if amount < 0 else "") + "$" + english(amount))
        c.drawRightString(560, y, ("-" if balance < 0 else "") + "$" + english(balance))
    c.save()
    return buffer.getvalue(), truth


def card_with_cr_payments(seed: int = 3) -> tuple[bytes, Truth]:
    """A card statement: charges unsigned, payments marked CR, a balance owed, Dec-Jan without years."""
    rng = random.Random(seed)
    start, end = D(2024, 12, 10), D(2025, 1, 9)
    truth = Truth(
        institution="Aurora Trust Bank",
        holder_name="MARIE LEBLANC",
        holder_address="88 RUE KING O, SHERBROOKE QC J1H 1P4",
        account_number="4520 XXXX XXXX 1184",
        account_type="CREDIT_CARD",
        currency="CAD",
        period=(start, end),
        opening=Decimal("-640.15"),
    )
    words = [
        "RESTO CHEZ NOUS SHERBROOKE",
        "PAYMENT RECEIVED THANK YOU",
        "STM TRANSIT MONTREAL",
        "LIBRAIRIE DU QUARTIER",
    ]
    truth.transactions = _draw(rng, start, end, 18, words)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    _, height = letter
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, height - 45, truth.institution)
    c.setFont("Helvetica", 9)
    c.drawString(40, height - 62, "Visa Infinite credit card statement")
    for k, text in enumerate(["MARIE LEBLANC", "88 RUE KING O", "SHERBROOKE QC J1H 1P4"]):
        c.drawString(40, height - 100 - 11 * k, text)
    c.drawString(320, height - 100, "Card number")
    c.drawRightString(570, height - 100, truth.account_number)
    c.drawString(320, height - 111, "Statement period")
    c.drawRightString(570, height - 111, "Dec 10, 2024 to Jan 9, 2025")
    c.drawString(320, height - 122, "Previous balance")
    c.drawRightString(570, height - 122, f"${english(truth.opening)}")
    c.drawString(320, height - 133, "New balance")
    c.drawRightString(570, height - 133, f"${english(truth.closing)}")
    c.drawString(320, height - 144, "Minimum payment due")
    c.drawRightString(570, height - 144, "$10.00")
    y = height - 190
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "TRANS DATE")
    c.drawString(110, y, "DESCRIPTION")
    c.drawRightString(560, y, "AMOUNT ($)")
    c.setFont("Helvetica", 9)
    for day, text, amount in truth.transactions:
        y -= 12
        c.drawString(40, y, day.strftime("%b %d").upper())
        c.drawString(110, y, text)
        c.drawRightString(560, y, english(amount) + (" CR" if amount > 0 else ""))
    c.save()
    return buffer.getvalue(), truth


def uk_two_accounts(seed: int = 4) -> tuple[bytes, list[Truth]]:
    """Two accounts in one file; Money out / Money in / Balance with DR balances when overdrawn; the
    first table runs over a page without a repeated header; ISO dates."""
    rng = random.Random(seed)
    start, end = D(2025, 3, 1), D(2025, 3, 31)
    common = {
        "institution": "Kestrel Building Society",
        "holder_name": "Ms A N Other",
        "holder_address": "7 Mill Lane, Otley, LS21 1AA",
        "currency": "GBP",
        "period": (start, end),
    }
    current = Truth(
        account_number="20-44-91 55667788", account_type="CHEQUING", opening=Decimal("120.50"), **common
    )
    saver = Truth(
        account_number="20-44-91 99001122", account_type="SAVINGS", opening=Decimal("5000.00"), **common
    )
    current.transactions = _draw(
        rng, start, end, 70, ["CARD PAYMENT TESCO STORES", "DIRECT DEBIT COUNCIL TAX"]
    )
    saver.transactions = [(D(2025, 3, 31), "INTEREST PAID", Decimal("12.34"))]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    _, height = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, height - 45, "Kestrel Building Society")
    c.setFont("Helvetica", 9)
    for k, text in enumerate(["Ms A N Other", "7 Mill Lane", "Otley", "LS21 1AA"]):
        c.drawString(40, height - 90 - 11 * k, text)
    c.drawString(330, height - 90, "Statement period 1 March 2025 to 31 March 2025")
    y = height - 170

    def table(truth: Truth, title: str, y: float) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"{title}   Account number {truth.account_number}")
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 14, "Opening balance")
        c.drawRightString(250, y - 14, "£" + english(truth.opening))
        c.drawString(40, y - 26, "Closing balance")
        c.drawRightString(250, y - 26, "£" + english(truth.closing) + (" DR" if truth.closing < 0 else ""))
        y -= 50
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Date")
        c.drawString(110, y, "Details")
        c.drawRightString(420, y, "Money out")
        c.drawRightString(490, y, "Money in")
        c.drawRightString(560, y, "Balance")
        c.setFont("Helvetica", 9)
        balance = truth.opening
        for day, text, amount in truth.transactions:
            y -= 12
            if y < 60:
                c.drawString(
                    40, 40, "Kestrel Building Society is authorised by the Prudential Regulation Authority."
                )
                c.showPage()
                c.setFont("Helvetica", 9)
                c.drawString(40, height - 40, "Kestrel Building Society - continued")
                y = height - 80
            balance += amount
            c.drawString(40, y, day.isoformat())
            c.drawString(110, y, text)
            c.drawRightString(420 if amount < 0 else 490, y, english(amount))
            c.drawRightString(560, y, english(balance) + (" DR" if balance < 0 else ""))
        return y - 40

    y = table(current, "Everyday Current Account", y)
    table(saver, "Easy Access Savings", y)
    c.save()
    return buffer.getvalue(), [current, saver]


def stacked_header_with_reference(seed: int = 5) -> tuple[bytes, Truth]:
    """A header set on two lines, a reference column, +/- signed amounts with a space, forward rows
    on every page, three pages."""
    rng = random.Random(seed)
    start, end = D(2024, 6, 1), D(2024, 6, 30)
    truth = Truth(
        institution="Meridian Savings Bank",
        holder_name="DR. ELENA VOSS",
        holder_address="1200 HARBOUR ST, UNIT 4, VANCOUVER BC V6B 1A1",
        account_number="004-88812-3",
        account_type="CHEQUING",
        currency="CAD",
        period=(start, end),
        opening=Decimal("4410.00"),
    )
    words = [
        "DEPOSIT PAYROLL",
        "PAYMENT HYDRO ONE",
        "INTERAC PURCHASE SAFEWAY",
        "TRANSFER TO TFSA",
        "CHEQUE 118",
    ]
    truth.transactions = _draw(rng, start, end, 75, words)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=letter)
    _, height = letter

    def page_head() -> float:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, height - 40, "Meridian Savings Bank")
        c.setFont("Helvetica", 8)
        c.drawString(330, height - 40, "Chequing Account Statement")
        c.drawString(330, height - 50, "June 1, 2024 - June 30, 2024")
        c.drawString(330, height - 60, f"Account: {truth.account_number}")
        return height - 90

    def table_head(y: float) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Transaction")
        c.drawString(40, y - 9, "Date")
        c.drawString(100, y - 9, "Description")
        c.drawString(300, y - 9, "Reference")
        c.drawRightString(460, y, "Amount")
        c.drawRightString(460, y - 9, "($)")
        c.drawRightString(560, y, "Balance")
        c.drawRightString(560, y - 9, "($)")
        c.setFont("Helvetica", 8)
        return y - 24

    y = page_head()
    for k, text in enumerate(["DR. ELENA VOSS", "1200 HARBOUR ST, UNIT 4", "VANCOUVER BC V6B 1A1"]):
        c.drawString(40, y - 10 * k, text)
    c.drawString(330, y, "Opening Balance")
    c.drawRightString(560, y, english(truth.opening))
    c.drawString(330, y - 10, "Closing Balance")
    c.drawRightString(560, y - 10, english(truth.closing))
    y = table_head(y - 60)
    balance = truth.opening
    for number, (day, text, amount) in enumerate(truth.transactions):
        if y < 70:
            c.drawString(100, y, "Balance carried forward")
            c.drawRightString(560, y, english(balance))
            c.drawString(40, 30, "Meridian Savings Bank. Member of CDIC.")
            c.showPage()
            y = table_head(page_head())
            c.drawString(100, y, "Balance brought forward")
            c.drawRightString(560, y, english(balance))
            y -= 10
        balance += amount
        c.drawString(40, y, day.strftime("%b %d"))
        c.drawString(100, y, text)
        c.drawString(300, y, f"REF{100000 + number}")
        c.drawRightString(460, y, ("- " if amount < 0 else "+ ") + english(amount))
        c.drawRightString(560, y, english(balance))
        y -= 10
    c.drawString(40, 30, "Meridian Savings Bank. Member of CDIC.")
    c.save()
    truth.transactions = [(d, f"{t} REF{100000 + n}", a) for n, (d, t, a) in enumerate(truth.transactions)]
    return buffer.getvalue(), truth
