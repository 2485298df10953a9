"""Each contract warning fires on a statement with exactly that defect, and a clean statement raises none."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ingest.codes import WarningCode as W
from ingest.extract.statement import RawTransaction
from tests.unit.validation.factory import CLEAN_ROWS, OPENING, clean, codes, rows, run


def test_clean_statement_raises_no_warning_and_keeps_every_figure() -> None:
    statement = clean()
    result = run(statement)
    assert result.warnings == []
    [account] = result.accounts
    assert account.warnings == []
    assert account.opening_balance == statement.opening_balance
    assert account.closing_balance == statement.closing_balance
    assert [(t.date, t.description, t.amount, t.balance) for t in account.transactions] == [
        (t.date, t.description, t.amount, t.balance) for t in statement.transactions
    ]
    assert {t.file for t in account.transactions} == {"november.pdf"}
    assert account.confidence == statement.confidence


def test_no_statement_gives_request_level_no_accounts() -> None:
    result = run()
    assert result.accounts == []
    assert [w.code for w in result.warnings] == [W.NoAccounts]


def test_missing_holder_name_is_no_holder_and_kyc_incomplete() -> None:
    [account] = run(clean(holder_name=None)).accounts
    assert codes(account) == [W.NoHolder, W.KycIncomplete]


def test_missing_address_is_no_address_and_kyc_incomplete() -> None:
    [account] = run(clean(holder_address=None)).accounts
    assert codes(account) == [W.NoAddress, W.KycIncomplete]


def test_address_without_postal_code_is_incomplete() -> None:
    [account] = run(clean(holder_address="2210 CHEMIN SAINTE-FOY, MONTREAL QC")).accounts
    assert codes(account) == [W.AddressIncomplete]
    assert "postal code" in account.warnings[0].message


def test_address_without_city_is_incomplete() -> None:
    [account] = run(clean(holder_address="2210 CHEMIN SAINTE-FOY")).accounts
    assert codes(account) == [W.AddressIncomplete]


def test_masked_account_number_is_incomplete() -> None:
    [account] = run(clean(account_number="*****-***1884")).accounts
    assert codes(account) == [W.AccountNumberIncomplete]
    assert account.account_number == "*****-***1884"
    assert "account ending 1884 at Harborview Credit Union" in account.warnings[0].message


def test_missing_account_number_is_incomplete() -> None:
    [account] = run(clean(account_number=None)).accounts
    assert codes(account) == [W.AccountNumberIncomplete]


def test_transaction_without_amount_is_incomplete_and_not_reconciled_on_a_guess() -> None:
    transactions = rows()
    transactions[2] = replace(transactions[2], amount=None)
    [account] = run(clean(transactions=transactions)).accounts
    assert codes(account) == [W.TransactionIncomplete]
    assert "november.pdf page 1, transaction 3" in account.warnings[0].message
    assert "amount" in account.warnings[0].message


def test_transaction_without_date_is_incomplete() -> None:
    transactions = rows()
    transactions[3] = replace(transactions[3], date=None)
    [account] = run(clean(transactions=transactions)).accounts
    assert codes(account) == [W.TransactionIncomplete]
    # The undated row stays beside the rows it was printed with.
    assert account.transactions[3].date is None


def test_statement_without_transactions() -> None:
    [account] = run(clean(transactions=[], closing_balance=OPENING)).accounts
    # With no transaction at all there is no recent one either.
    assert codes(account) == [W.NoTransactions, W.NoLastMonthTransaction, W.NoLast15DaysTransaction]


def test_transactions_outside_the_period_leave_the_period_empty() -> None:
    transactions = [replace(t, date=t.date - dt.timedelta(days=40)) for t in rows() if t.date]
    [account] = run(clean(transactions=transactions), today=dt.date(2024, 10, 25)).accounts
    assert codes(account) == [W.NoTransactions]


def test_rows_printed_out_of_date_order() -> None:
    spec = list(CLEAN_ROWS)
    spec[2], spec[3] = spec[3], spec[2]  # balances still run in printed order
    [account] = run(clean(transactions=rows(tuple(spec)))).accounts
    assert codes(account) == [W.TransactionsWrongOrder]
    assert "transaction 4" in account.warnings[0].message
    dates = [t.date for t in account.transactions]
    assert dates == sorted(d for d in dates if d)


def test_newest_first_statement_is_in_date_order() -> None:
    transactions = rows()[::-1]
    [account] = run(clean(transactions=transactions)).accounts
    assert account.warnings == []
    assert [t.date for t in account.transactions] == [t.date for t in rows()]


def test_newest_first_statement_of_a_single_day_is_told_by_its_balances() -> None:
    spec = ((30, "GROCERY", "-12.00"), (30, "PAYROLL", "900.00"), (30, "FEE", "-4.95"))
    transactions = rows(spec)
    statement = clean(transactions=transactions[::-1], closing_balance=transactions[-1].balance)
    [account] = run(statement).accounts
    assert account.warnings == []
    assert [t.description for t in account.transactions] == ["GROCERY", "PAYROLL", "FEE"]


def test_same_date_description_and_amount_twice_in_one_statement_is_kept_and_warned() -> None:
    spec = (*CLEAN_ROWS[:3], (9, "METRO PLUS #123 MONTREAL", "-86.15"), *CLEAN_ROWS[3:])
    statement = clean(transactions=rows(spec))
    statement.closing_balance = statement.transactions[-1].balance
    [account] = run(statement).accounts
    assert codes(account) == [W.TransactionDuplicate]
    assert len(account.transactions) == len(spec)


def test_closing_balance_that_does_not_reconcile() -> None:
    [account] = run(clean(closing_balance=Decimal("12710.01"))).accounts
    assert set(codes(account)) == {W.BalanceMismatch}
    messages = " ".join(w.message for w in account.warnings)
    assert "last running balance" in messages
    assert "opening balance 8342.86" in messages
    assert account.closing_balance == Decimal("12710.01")  # reported, never fixed


def test_opening_and_amounts_do_not_give_the_closing_without_running_balances() -> None:
    transactions = [replace(t, balance=None) for t in rows()]
    [account] = run(clean(transactions=transactions, closing_balance=Decimal("9000.00"))).accounts
    assert codes(account) == [W.BalanceMismatch]


def test_summary_closing_differs_from_last_running_balance_only() -> None:
    # No opening balance printed: only the running balances can check the closing one.
    [account] = run(clean(opening_balance=None, closing_balance=Decimal("12500.00"))).accounts
    assert codes(account) == [W.BalanceMismatch]
    assert "last running balance" in account.warnings[0].message


def test_one_misread_running_balance_is_one_mismatch_where_it_happens() -> None:
    transactions = rows()
    # An OCR digit error in one printed balance: the chain breaks into it and out of it.
    transactions[2] = replace(transactions[2], balance=transactions[2].balance + Decimal("900"))  # type: ignore[operator]
    [account] = run(clean(transactions=transactions)).accounts
    assert codes(account) == [W.BalanceMismatch]
    assert "transaction 3" in account.warnings[0].message
    assert account.transactions[2].balance == transactions[2].balance
    assert account.confidence <= 0.5


def test_a_row_missing_between_two_balances_breaks_the_chain_once() -> None:
    transactions = rows()
    del transactions[2]  # its amount is in every later balance, and in the closing one
    [account] = run(clean(transactions=transactions)).accounts
    messages = [w.message for w in account.warnings]
    assert codes(account) == [W.BalanceMismatch, W.BalanceMismatch]
    # The chain names both rows it breaks between: the last balance that held, and the first that fails.
    assert "transaction 3" in messages[0] and "the running balance at" in messages[0]
    assert "transaction 2" in messages[0]
    assert "opening balance 8342.86" in messages[1]


def test_card_statement_owing_balance_reconciles_either_way() -> None:
    # Some card statements print the amount owed, which grows as purchases (negative amounts) come in.
    spec = ((3, "COFFEE SHOP", "-4.50"), (10, "BOOKSTORE", "-32.10"), (20, "PAYMENT THANK YOU", "100.00"))
    owed = Decimal("250.00")
    transactions = []
    for day, description, amount in spec:
        owed -= Decimal(amount)
        transactions.append(
            RawTransaction(dt.date(2024, 11, day), description, Decimal(amount), owed, page=1, confidence=0.9)
        )
    statement = clean(
        account_type="CREDIT_CARD",
        opening_balance=Decimal("250.00"),
        closing_balance=owed,
        transactions=transactions,
    )
    [account] = run(statement).accounts
    assert account.warnings == []


def test_three_decimal_amount_is_not_valid_currency() -> None:
    transactions = [replace(t, balance=None) for t in rows()]
    transactions[1] = replace(transactions[1], amount=Decimal("-112.405"))
    statement = clean(transactions=transactions, closing_balance=None)
    [account] = run(statement).accounts
    assert codes(account) == [W.ValidateCurrency]
    assert "-112.405" in account.warnings[0].message


def test_yen_with_cents_is_not_valid_currency_but_whole_yen_is() -> None:
    yen = [RawTransaction(dt.date(2024, 11, 20), "KONBINI", Decimal("-540"), None, 1, 0.9)]
    [account] = run(
        clean(currency="JPY", transactions=yen, opening_balance=None, closing_balance=None)
    ).accounts
    assert account.warnings == []
    cents = [replace(yen[0], amount=Decimal("-540.50"))]
    [account] = run(
        clean(currency="JPY", transactions=cents, opening_balance=None, closing_balance=None)
    ).accounts
    assert codes(account) == [W.ValidateCurrency]


def test_no_transaction_in_the_last_15_days() -> None:
    [account] = run(clean(), today=dt.date(2024, 12, 20)).accounts  # last row 2024-11-28
    assert codes(account) == [W.NoLast15DaysTransaction]


def test_no_transaction_in_the_last_month() -> None:
    [account] = run(clean(), today=dt.date(2025, 1, 15)).accounts
    assert codes(account) == [W.NoLastMonthTransaction, W.NoLast15DaysTransaction]
    assert "2024-11-28" in account.warnings[0].message


def test_recent_activity_counts_the_request_date_back_inclusively() -> None:
    [account] = run(clean(), today=dt.date(2024, 11, 28) + dt.timedelta(days=15)).accounts
    assert account.warnings == []


def test_full_card_number_in_a_description_is_masked_and_warned() -> None:
    transactions = rows()
    transactions[2] = replace(transactions[2], description="PAYMENT CARD 4111 1111 1111 1111 METRO")
    result = run(clean(transactions=transactions))
    [account] = result.accounts
    assert codes(account) == [W.PciNonCompliantCardNumber]
    assert account.transactions[2].description == "PAYMENT CARD **** **** **** 1111 METRO"
    document = result.accounts[0].model_dump_json()
    assert "4111 1111 1111 1111" not in document
    assert "4111111111111111" not in document


def test_account_number_under_two_holders_is_a_duplicate() -> None:
    december = clean(
        holder_name="MARIE GAGNON",
        period_start=dt.date(2024, 12, 1),
        period_end=dt.date(2024, 12, 31),
        transactions=[],
        opening_balance=clean().closing_balance,
        closing_balance=clean().closing_balance,
    )
    result = run(clean(), december, today=dt.date(2024, 12, 10))
    [account] = result.accounts
    assert codes(account) == [W.AccountDuplicate]
    assert "MARIE GAGNON" in account.warnings[0].message


def test_account_number_at_two_institutions_is_a_duplicate_on_both() -> None:
    result = run(clean(), clean(institution="Northshore Bank"))
    assert len(result.accounts) == 2
    for account in result.accounts:
        assert codes(account) == [W.AccountDuplicate]


def test_messages_never_show_the_whole_account_number() -> None:
    result = run(
        clean(holder_name=None, closing_balance=Decimal("1.00")), clean(institution="Northshore Bank")
    )
    for account in result.accounts:
        for w in account.warnings:
            assert "3311884" not in w.message
            assert "15836" not in w.message


def test_findings_of_one_code_are_capped_with_a_count() -> None:
    spec = tuple((day, f"PURCHASE {day}", "-1.00") for day in range(1, 19))
    transactions = [replace(t, amount=None) for t in rows(spec)]
    statement = clean(transactions=transactions, closing_balance=transactions[-1].balance)
    [account] = run(statement, today=dt.date(2024, 11, 20)).accounts
    assert codes(account) == [W.TransactionIncomplete] * 11
    assert account.warnings[-1].message.startswith("8 more")


def test_a_third_decimal_is_a_currency_finding_not_also_a_balance_mismatch() -> None:
    # As printed: the amount carries a stray third decimal, the balances and closing the true cents.
    transactions = rows()
    transactions[1] = replace(transactions[1], amount=Decimal("-112.403"))
    [account] = run(clean(transactions=transactions)).accounts
    assert codes(account) == [W.ValidateCurrency]


def test_a_cent_off_is_still_a_balance_mismatch() -> None:
    transactions = rows()
    transactions[1] = replace(transactions[1], amount=Decimal("-112.41"))
    [account] = run(clean(transactions=transactions)).accounts
    assert set(codes(account)) == {W.BalanceMismatch}
