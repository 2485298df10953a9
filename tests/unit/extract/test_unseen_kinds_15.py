"""Statements of English-language bank accounts of countries no other test draws, each as its issuer
prints it and read through the text layer against what was drawn: a Kenyan account's "Transaction Date
| Value Date | Narrative | Money Out | Money In | Balance" in KES; a UAE account's "Debit | Credit |
Balance" with "Cr" or "Dr" after each balance, in AED; a Pakistani account's "Withdrawal | Deposit |
Balance" in PKR; a Bangladeshi, a Sri Lankan, an Egyptian and a Saudi account's "Debit | Credit |
Balance" and the like; a Hong Kong account's "Deposit | Withdrawal | Balance" in HKD."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pytest

from tests.unit.extract.unseen_kinds import (
    D,
    Entry,
    Lines,
    M,
    as_read,
    balance_before,
    bold,
    dejavu,
    drawn_lines,
    english,
    entries,
    header,
    net,
    read_all,
    read_drawn_pages,
    row_warnings,
    running,
)

ACCOUNT = [
    (D(2025, 3, 3), "POS PURCHASE CITY SUPERMARKET", "-1245.50"),
    (D(2025, 3, 3), "ATM WITHDRAWAL MAIN BRANCH", "-2000.00"),
    (D(2025, 3, 7), "SALARY CREDIT HARBOUR WORKS LTD", "85150.00"),
    (D(2025, 3, 12), "FUNDS TRANSFER TO J DOE", "-12500.00"),
    (D(2025, 3, 12), "INWARD REMITTANCE A SMITH", "4000.00"),
    (D(2025, 3, 20), "SERVICE CHARGES", "-115.00"),
    (D(2025, 3, 28), "PROFIT CREDITED", "23.84"),
]
OPENING = M("10234.56")


def cr_dr(value: M) -> str:
    """1,234.56 Cr: a balance with "Cr" after it where in the holder's favour, "Dr" where overdrawn."""
    return f"{english(abs(value))} {'Dr' if value < 0 else 'Cr'}"


@dataclass(frozen=True)
class Issuer:
    """How one bank prints an account: its title lines, its columns in order (heading, x, role: "date",
    "value" (the value date), "desc", "ref" (a reference or cheque number), "out", "in", "balance";
    figures right-aligned at x), the date of a row, the label of the opening and closing lines, how a
    balance is printed, and the currency the page names."""

    title: Sequence[str]
    columns: Sequence[tuple[str, float, str]]
    date: Callable[[dt.date], str]
    opening: str
    currency: str
    closing: str | None = None
    balance: Callable[[M], str] = english


TITLE = ["JOHN DOE", "Account Number 0123456789012"]
PERIOD = "Statement Period: 01/03/2025 to 31/03/2025"

ISSUERS = {
    "kenya": Issuer(
        ["Equator Bank Kenya Limited", "Account Statement", *TITLE, "Currency: KES", PERIOD],
        [
            ("Transaction Date", 40, "date"),
            ("Value Date", 110, "value"),
            ("Narrative", 180, "desc"),
            ("Money Out", 400, "out"),
            ("Money In", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d-%m-%Y}",
        "Opening Balance",
        "KES",
        closing="Closing Balance",
    ),
    "kenya_reference": Issuer(
        ["Highlands Commercial Bank", "Statement of Account", *TITLE, "Currency: KES", PERIOD],
        [
            ("Transaction Date", 40, "date"),
            ("Value Date", 120, "value"),
            ("Transaction Details", 190, "desc"),
            ("Reference", 375, "ref"),
            ("Money Out", 470, "out"),
            ("Money In", 515, "in"),
            ("Ledger Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %Y}".upper(),
        "Balance B/F",
        "KES",
    ),
    "bangladesh_cheque": Issuer(
        ["Padma Bank Limited", "Statement of Account", *TITLE, "Currency: BDT", PERIOD],
        [
            ("Txn Date", 40, "date"),
            ("Description", 100, "desc"),
            ("Cheque No.", 330, "ref"),
            ("Debit", 420, "out"),
            ("Credit", 490, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d/%m/%Y}",
        "Opening Balance",
        "BDT",
    ),
    "uae": Issuer(
        ["Gulf National Bank PJSC", "Statement of Account", *TITLE, "Account Currency AED", PERIOD],
        [
            ("Date", 40, "date"),
            ("Value Date", 100, "value"),
            ("Description", 160, "desc"),
            ("Debit", 380, "out"),
            ("Credit", 460, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d/%m/%Y}",
        "BALANCE BROUGHT FORWARD",
        "AED",
        balance=cr_dr,
    ),
    "pakistan": Issuer(
        ["Indus Commercial Bank Limited", "Account Statement", *TITLE, "Currency PKR", PERIOD],
        [
            ("Date", 40, "date"),
            ("Value Date", 100, "value"),
            ("Particulars", 160, "desc"),
            ("Withdrawal", 400, "out"),
            ("Deposit", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d-%b-%Y}",
        "Opening Balance",
        "PKR",
        closing="Closing Balance",
    ),
    "bangladesh": Issuer(
        ["Delta Bank PLC", "Statement of Account", *TITLE, "Currency: BDT", PERIOD],
        [
            ("Trans Date", 40, "date"),
            ("Particulars", 110, "desc"),
            ("Debit", 400, "out"),
            ("Credit", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d-%b-%y}",
        "Balance Forward",
        "BDT",
    ),
    "sri_lanka": Issuer(
        ["Island Commercial Bank PLC", "Statement of Account", *TITLE, "Currency LKR", PERIOD],
        [
            ("Date", 40, "date"),
            ("Description", 100, "desc"),
            ("Debits", 400, "out"),
            ("Credits", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d/%m/%Y}",
        "B/F BALANCE",
        "LKR",
        closing="C/F BALANCE",
    ),
    "egypt": Issuer(
        ["Nile National Bank", "Account Statement", *TITLE, "Currency: EGP", PERIOD],
        [
            ("Booking Date", 40, "date"),
            ("Value Date", 110, "value"),
            ("Description", 180, "desc"),
            ("Debit", 400, "out"),
            ("Credit", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b %Y}",
        "Opening Balance",
        "EGP",
        closing="Closing Balance",
    ),
    "hong_kong": Issuer(
        [
            "Harbour Banking Corporation Limited",
            "Integrated Account Statement",
            *TITLE,
            PERIOD,
            "HKD Savings",
        ],
        [
            ("Date", 40, "date"),
            ("Transaction Details", 90, "desc"),
            ("Deposit", 400, "in"),
            ("Withdrawal", 480, "out"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%d %b}",
        "B/F BALANCE",
        "HKD",
    ),
    "saudi": Issuer(
        ["Desert Commercial Bank", "Account Statement", *TITLE, "Currency SAR", PERIOD],
        [
            ("Date", 40, "date"),
            ("Description", 100, "desc"),
            ("Debit", 400, "out"),
            ("Credit", 480, "in"),
            ("Balance", 560, "balance"),
        ],
        lambda d: f"{d:%Y-%m-%d}",
        "Opening Balance",
        "SAR",
        closing="Closing Balance",
    ),
}


def _reference(day: dt.date, amount: M) -> str:
    """The reference or cheque number a row prints: one of its own, made of its day and amount."""
    return f"{day:%d}{abs(amount):06.0f}"


def _headings(columns: Sequence[tuple[str, float, str]], words: Callable[[str, str], str]) -> Lines:
    """A bold line of the columns' headings, each the words given its heading and role, those over
    figures right-aligned."""
    return [bold([(x, words(text, role), role in ("out", "in", "balance")) for text, x, role in columns])]


def _issuer_lines(issuer: Issuer, rows: Sequence[Entry] = ACCOUNT) -> Lines:
    """The issuer's page of these rows after its opening line, then its closing line where it prints one."""
    xs = {role: x for _, x, role in issuer.columns}
    lines = header(issuer.title) + _headings(issuer.columns, lambda text, _: text)
    lines.append([(xs["desc"], issuer.opening, False), (560, issuer.balance(OPENING), True)])
    drawn = running(OPENING, rows)
    for row in drawn:
        side = "in" if row.amount > 0 else "out"
        dates = [(xs[role], issuer.date(row.date), False) for role in ("date", "value") if role in xs]
        reference = [(xs["ref"], _reference(row.date, row.amount), False)] if "ref" in xs else []
        lines.append(
            [
                *dates,
                (xs["desc"], row.description, False),
                *reference,
                (xs[side], english(abs(row.amount)), True),
                (560, issuer.balance(row.balance), True),
            ]
        )
    if issuer.closing:
        lines.append([(xs["desc"], issuer.closing, False), (560, issuer.balance(drawn[-1].balance), True)])
    return lines


@pytest.mark.parametrize("name", sorted(ISSUERS))
def test_an_account_as_its_issuer_prints_it_reads_as_drawn(name: str) -> None:
    """Each issuer's columns in its own words and order, a value date beside the transaction's where it
    prints one, balances with "Cr" after them: every row read once with its day and side, the opening
    and closing balances those printed, the money the page names, and no warning."""
    issuer = ISSUERS[name]
    read = read_drawn_pages([_issuer_lines(issuer)])
    has_reference = any(role == "ref" for *_, role in issuer.columns)
    described = [(d, f"{text} {_reference(d, M(a))}" if has_reference else text, a) for d, text, a in ACCOUNT]
    assert entries(read) == as_read(described)
    assert (read.opening_balance, read.closing_balance) == (OPENING, OPENING + net(ACCOUNT))
    assert read.currency == issuer.currency
    assert row_warnings(read, D(2025, 4, 2)) == set()


def test_an_account_overdrawn_prints_its_balances_with_dr_after_them() -> None:
    """A UAE account drawn below zero, each balance then printed bare with "Dr" after it: the balances
    read below zero where so marked, every row on its side."""
    rows = [(D(2025, 3, 3), "CHEQUE PAID 000123", "-15000.00"), *ACCOUNT[1:]]
    drawn = running(OPENING, rows)
    assert any(row.balance < 0 for row in drawn)
    read = read_drawn_pages([_issuer_lines(ISSUERS["uae"], rows)])
    assert entries(read) == as_read(rows)
    assert (read.opening_balance, read.closing_balance) == (OPENING, drawn[-1].balance)
    assert row_warnings(read, D(2025, 4, 2)) == set()


IN_US_DOLLARS = [
    (D(2025, 3, 5), "TELEGRAPHIC TRANSFER IN", "1500.00"),
    (D(2025, 3, 18), "FX CONVERSION TO HKD", "-400.00"),
]


def test_a_hong_kong_account_s_savings_in_hkd_then_its_foreign_currency_savings() -> None:
    """ "HKD Savings" then "Foreign Currency Savings" with the currency's code on a line of its own,
    each under "Date | Transaction Details | Deposit | Withdrawal | Balance" between "B/F BALANCE" and
    "C/F BALANCE": each currency a statement of its own, with its own rows and balances."""
    sections = [
        ("HKD", "HKD Savings", running(OPENING, ACCOUNT)),
        ("USD", "Foreign Currency Savings", running(M("2310.00"), IN_US_DOLLARS)),
    ]
    columns = ISSUERS["hong_kong"].columns
    xs = {role: x for _, x, role in columns}
    lines = header(["Harbour Banking Corporation Limited", "Integrated Account Statement", *TITLE, PERIOD])
    for code, title, drawn in sections:
        lines.append([(40, "**" + title, False)])
        if code != "HKD":  # a foreign currency's code on a line of its own under its section's title
            lines.append([(40, code, False)])
        lines += _headings(columns, lambda text, _: text)
        lines.append([(xs["desc"], "B/F BALANCE", False), (560, english(balance_before(drawn)), True)])
        for row in drawn:
            side = "in" if row.amount > 0 else "out"
            lines.append(
                [
                    (xs["date"], f"{row.date:%d %b}", False),
                    (xs["desc"], row.description, False),
                    (xs[side], english(abs(row.amount)), True),
                    (560, english(row.balance), True),
                ]
            )
        lines += [[(xs["desc"], "C/F BALANCE", False), (560, english(drawn[-1].balance), True)], []]
    reads = read_all(drawn_lines([lines]))
    assert [read.currency for read in reads] == [code for code, _, _ in sections]
    for read, (_, _, drawn) in zip(reads, sections, strict=True):
        assert entries(read) == [(r.date, r.description, r.amount) for r in drawn]
        assert (read.opening_balance, read.closing_balance) == (balance_before(drawn), drawn[-1].balance)


ARABIC_HEADINGS = {"date": "التاريخ", "desc": "البيان", "out": "مدين", "in": "دائن", "balance": "الرصيد"}


def test_a_saudi_account_printing_its_headings_in_english_over_arabic() -> None:
    """A Saudi account's English side, each heading printed again in Arabic under it and the title in
    both: the Arabic words head the same columns, every row read once with its day and side."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("DejaVu Sans is not installed")
    issuer = ISSUERS["saudi"]
    lines = _issuer_lines(replace(issuer, title=[*issuer.title[:2], "كشف حساب", *issuer.title[2:]]))
    at = next(n for n, line in enumerate(lines) if line and line[0][1].startswith("**"))
    lines[at + 1 : at + 1] = _headings(issuer.columns, lambda _, role: ARABIC_HEADINGS[role])
    read = read_drawn_pages([lines], fonts)
    assert entries(read) == as_read(ACCOUNT)
    assert (read.opening_balance, read.closing_balance) == (OPENING, OPENING + net(ACCOUNT))
    assert read.currency == "SAR"
    assert row_warnings(read, D(2025, 4, 2)) == set()


ADDRESSES = {
    "kenya": "P.O. Box 30000-00100, Nairobi, Kenya",
    "uae": "P.O. Box 777, Dubai, United Arab Emirates",
    "pakistan": "Shahrah-e-Faisal, Karachi, Pakistan",
    "bangladesh": "Motijheel C/A, Dhaka 1000, Bangladesh",
    "sri_lanka": "21 Galle Road, Colombo 03, Sri Lanka",
    "egypt": "5 Tahrir Square, Cairo, Egypt",
    "hong_kong": "1 Queen's Road Central, Hong Kong",
    "saudi": "King Fahd Road, Riyadh 11411, Saudi Arabia",
}


@pytest.mark.parametrize("name", sorted(ADDRESSES))
def test_an_account_whose_page_names_no_money_is_in_the_money_of_the_country_of_its_address(
    name: str,
) -> None:
    """The same accounts with no currency printed anywhere, the holder's address ending in the country's
    name: the account is in that country's money, its rows read as drawn."""
    issuer = ISSUERS[name]
    holder, number = TITLE
    title = [*issuer.title[:2], holder, ADDRESSES[name], number, PERIOD]
    read = read_drawn_pages([_issuer_lines(replace(issuer, title=title))])
    assert entries(read) == as_read(ACCOUNT)
    assert read.currency == issuer.currency
