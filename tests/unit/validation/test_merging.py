"""Statements of one account across files merge into one account: date order, overlaps once, gaps told."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.codes import WarningCode as W
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.stages.validation import FileStatements, validate
from tests.unit.validation.factory import clean, codes


def month(
    start: dt.date,
    end: dt.date,
    opening: Decimal,
    spec: tuple[tuple[dt.date, str, str], ...],
    **changes: object,
) -> RawStatement:
    balance = opening
    transactions = []
    for date, description, amount in spec:
        balance += Decimal(amount)
        transactions.append(
            RawTransaction(date, description, Decimal(amount), balance, page=1, confidence=0.9)
        )
    return clean(
        period_start=start,
        period_end=end,
        opening_balance=opening,
        closing_balance=balance,
        transactions=transactions,
        **changes,
    )


NOV = (
    (dt.date(2024, 11, 3), "GROCERY", "-50.00"),
    (dt.date(2024, 11, 15), "PAYROLL", "1000.00"),
    (dt.date(2024, 11, 28), "RENT", "-800.00"),
)
DEC = (
    (dt.date(2024, 12, 2), "GROCERY", "-40.00"),
    (dt.date(2024, 12, 15), "PAYROLL", "1000.00"),
    (dt.date(2024, 12, 28), "RENT", "-800.00"),
)
TODAY = dt.date(2025, 1, 5)


def in_november(**changes: object) -> RawStatement:
    """The account's November 2024, opening at 100.00."""
    return month(dt.date(2024, 11, 1), dt.date(2024, 11, 30), Decimal("100.00"), NOV, **changes)


def in_december(opening: Decimal | None, **changes: object) -> RawStatement:
    """The account's December 2024, opening at `opening` (November's closing balance, to follow on)."""
    return month(dt.date(2024, 12, 1), dt.date(2024, 12, 31), opening, DEC, **changes)  # type: ignore[arg-type]


def files(*pairs: tuple[str, RawStatement]) -> list[FileStatements]:
    return [FileStatements(file_name=name, statements=[statement]) for name, statement in pairs]


def test_consecutive_months_merge_into_one_account_spanning_both() -> None:
    november = in_november()
    december = in_december(november.closing_balance)
    # Uploaded newest first: the merge still runs oldest first.
    result = validate(TODAY, files(("dec.pdf", december), ("nov.pdf", november)))
    [account] = result.accounts
    assert account.warnings == []
    assert (account.period_start, account.period_end) == (dt.date(2024, 11, 1), dt.date(2024, 12, 31))
    assert account.opening_balance == Decimal("100.00")
    assert account.closing_balance == december.closing_balance
    assert [t.file for t in account.transactions] == ["nov.pdf"] * 3 + ["dec.pdf"] * 3
    assert [t.date for t in account.transactions] == sorted(t.date for t in account.transactions if t.date)


def test_account_numbers_printed_differently_still_merge() -> None:
    november = in_november()
    december = in_december(
        november.closing_balance, account_number="15836 3311884", institution="HARBORVIEW CREDIT UNION"
    )
    [account] = validate(TODAY, files(("nov.pdf", november), ("dec.pdf", december))).accounts
    assert account.warnings == []
    assert account.account_number == "15836-3311884"


def test_overlapping_statements_print_shared_rows_once_but_keep_genuine_same_day_repeats() -> None:
    first = in_november()
    # The second statement repeats Nov 15-30 and has a second, genuine RENT payment on Nov 28.
    second_rows = (
        (dt.date(2024, 11, 15), "PAYROLL", "1000.00"),
        (dt.date(2024, 11, 28), "RENT", "-800.00"),
        (dt.date(2024, 11, 28), "RENT", "-800.00"),
        *DEC,
    )
    second = month(dt.date(2024, 11, 15), dt.date(2024, 12, 31), Decimal("1050.00"), second_rows)
    [account] = validate(TODAY, files(("a.pdf", first), ("b.pdf", second))).accounts
    described = [(t.date, t.description, t.file) for t in account.transactions]
    assert described == [
        (dt.date(2024, 11, 3), "GROCERY", "a.pdf"),
        (dt.date(2024, 11, 15), "PAYROLL", "a.pdf"),
        (dt.date(2024, 11, 28), "RENT", "a.pdf"),
        (dt.date(2024, 11, 28), "RENT", "b.pdf"),
        (dt.date(2024, 12, 2), "GROCERY", "b.pdf"),
        (dt.date(2024, 12, 15), "PAYROLL", "b.pdf"),
        (dt.date(2024, 12, 28), "RENT", "b.pdf"),
    ]
    # The second statement itself printed two RENT rows on one day: that is a duplicate to look at.
    assert W.TransactionDuplicate in codes(account)
    assert W.BalanceMismatch not in codes(account)


def test_same_statement_uploaded_twice_under_two_names_gives_each_row_once() -> None:
    november = in_november()
    [account] = validate(dt.date(2024, 12, 5), files(("a.pdf", november), ("b.pdf", november))).accounts
    assert len(account.transactions) == 3
    assert account.warnings == []


def test_a_missing_month_between_statements_is_a_gap() -> None:
    november = in_november()
    january = month(
        dt.date(2025, 1, 1),
        dt.date(2025, 1, 31),
        Decimal("500.00"),
        ((dt.date(2025, 1, 20), "RENT", "-800.00"),),
    )
    [account] = validate(dt.date(2025, 2, 3), files(("nov.pdf", november), ("jan.pdf", january))).accounts
    assert codes(account) == [W.StatementGap]
    assert "2024-12-01 to 2024-12-31" in account.warnings[0].message


def test_back_to_back_statements_that_do_not_hand_over_the_balance() -> None:
    november = in_november()
    december = in_december(Decimal("999.00"))
    [account] = validate(TODAY, files(("nov.pdf", november), ("dec.pdf", december))).accounts
    assert codes(account) == [W.BalanceMismatch]
    assert "nov.pdf" in account.warnings[0].message
    assert "dec.pdf" in account.warnings[0].message


def test_confidence_of_a_merged_account_is_its_weakest_statement() -> None:
    november = in_november(confidence=0.6)
    december = in_december(november.closing_balance)
    [account] = validate(TODAY, files(("nov.pdf", november), ("dec.pdf", december))).accounts
    assert account.confidence == 0.6


def test_different_accounts_stay_apart() -> None:
    chequing = in_november()
    savings = in_november(account_number="15836-9900112")
    result = validate(dt.date(2024, 12, 5), [FileStatements("both.pdf", [chequing, savings])])
    assert [a.account_number for a in result.accounts] == ["15836-3311884", "15836-9900112"]
    assert all(a.warnings == [] for a in result.accounts)


def test_statements_without_a_number_are_never_merged() -> None:
    first = in_november(account_number=None)
    second = in_november(account_number=None)
    result = validate(dt.date(2024, 12, 5), files(("a.pdf", first), ("b.pdf", second)))
    assert len(result.accounts) == 2
    assert [codes(a) for a in result.accounts] == [[W.AccountNumberIncomplete]] * 2


def test_institution_name_misread_in_one_file_still_merges() -> None:
    november = in_november()
    december = in_december(
        november.closing_balance, institution="Harborvlew Credit Unlon", holder_name="JEAN TREMBIAY"
    )
    [account] = validate(TODAY, files(("nov.pdf", november), ("dec.pdf", december))).accounts
    assert account.warnings == []


def test_statement_without_institution_joins_the_account_with_its_number() -> None:
    november = in_november(institution=None)
    december = in_december(november.closing_balance)
    [account] = validate(TODAY, files(("nov.pdf", november), ("dec.pdf", december))).accounts
    assert account.institution == "Harborview Credit Union"
    assert len(account.transactions) == 6


def test_one_number_in_two_currencies_is_two_accounts() -> None:
    cad = in_november()
    usd = in_november(currency="USD")
    result = validate(dt.date(2024, 12, 5), files(("cad.pdf", cad), ("usd.pdf", usd)))
    assert [a.currency for a in result.accounts] == ["CAD", "USD"]
    assert all(a.warnings == [] for a in result.accounts)


def test_account_numbers_compare_without_spacing_and_with_any_masking() -> None:
    from ingest.merge import normal_number

    assert normal_number("15836-3311884") == normal_number("15836 3311884") == "158363311884"
    assert (
        normal_number("****1884") == normal_number("XXXX-XXXX-1884") == normal_number("•••• 1884") == "*1884"
    )
    assert normal_number("GB29 NWBK 6016 1331 9268 19") == "GB29NWBK60161331926819"


def test_masked_numbers_at_two_institutions_are_not_taken_for_one_account() -> None:
    first = in_november(account_number="****1884")
    other = in_november(account_number="****1884", institution="Northshore Bank")
    result = validate(dt.date(2024, 12, 5), files(("a.pdf", first), ("b.pdf", other)))
    assert [codes(a) for a in result.accounts] == [[W.AccountNumberIncomplete]] * 2


def test_share_accounts_of_one_member_number_in_one_file_stay_apart() -> None:
    """A credit union prints the member's savings, holiday club and share draft under the member's one
    number: three accounts, each with its own balances, the club of no stated kind on its own, where a
    later month of the savings still joins the savings."""
    savings = in_november(account_type="SAVINGS")
    draft = month(
        dt.date(2024, 11, 1), dt.date(2024, 11, 30), Decimal("40.00"), NOV[1:], account_type="CHEQUING"
    )
    club = month(dt.date(2024, 11, 1), dt.date(2024, 11, 30), Decimal("75.00"), (), account_type=None)
    later = in_december(savings.closing_balance, account_type="SAVINGS")
    result = validate(TODAY, [FileStatements("nov.pdf", [savings, club, draft]), *files(("dec.pdf", later))])
    assert [(a.account_type, a.opening_balance, len(a.transactions)) for a in result.accounts] == [
        ("SAVINGS", Decimal("100.00"), 6),
        ("CHEQUING", Decimal("40.00"), 2),
        (None, Decimal("75.00"), 0),
    ]
    assert all(W.BalanceMismatch not in codes(a) for a in result.accounts)
