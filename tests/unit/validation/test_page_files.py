"""The pages of one statement uploaded as separate files are one statement, whatever their names and order."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ingest.codes import WarningCode as W
from ingest.extract.marks import Marks
from ingest.extract.statement import RawStatement, RawTransaction
from ingest.stages.validation import FileStatements, validate
from tests.unit.validation.factory import CLEAN_ROWS, END, OPENING, START, TODAY, clean, codes, rows

ALL_ROWS = rows()


def pages() -> list[RawStatement]:
    """The clean statement as a phone brings it in, a page a file: the first page prints the header and
    the summary box (opening and closing balance), the others only a balance brought forward and one
    carried forward; the third page's first row is dated on the page before (dates printed once a day)."""
    first = clean(transactions=ALL_ROWS[:2])
    second = RawStatement(
        opening_balance=ALL_ROWS[1].balance,
        closing_balance=ALL_ROWS[3].balance,
        transactions=ALL_ROWS[2:4],
        confidence=0.9,
    )
    third = RawStatement(
        opening_balance=ALL_ROWS[3].balance,
        closing_balance=ALL_ROWS[-1].balance,
        transactions=[replace(ALL_ROWS[4], date=None), ALL_ROWS[5]],
        confidence=0.95,
    )
    return [first, second, third]


def files(statements: list[RawStatement], names: list[str]) -> list[FileStatements]:
    return [FileStatements(name, [s]) for name, s in zip(names, statements, strict=True)]


def test_page_photos_uploaded_out_of_order_are_one_account() -> None:
    first, second, third = pages()
    uploaded = files([third, first, second], ["IMG_0412.jpg", "IMG_0388.jpg", "IMG_0391.jpg"])
    [account] = validate(TODAY, uploaded).accounts
    assert [t.amount for t in account.transactions] == [Decimal(a) for _, _, a in CLEAN_ROWS]
    assert [t.file for t in account.transactions] == ["IMG_0388.jpg"] * 2 + ["IMG_0391.jpg"] * 2 + [
        "IMG_0412.jpg"
    ] * 2
    assert account.account_number == "15836-3311884"
    assert account.opening_balance == OPENING
    assert account.closing_balance == ALL_ROWS[-1].balance
    assert account.confidence == 0.9  # the least trusted page
    assert W.BalanceMismatch not in codes(account)
    assert W.TransactionIncomplete not in codes(account)


def test_a_row_dated_on_the_page_before_takes_that_date() -> None:
    first, second, third = pages()
    [account] = validate(TODAY, files([second, third, first], ["b.jpg", "c.jpg", "a.jpg"])).accounts
    assert account.transactions[4].date == ALL_ROWS[3].date
    assert account.transactions[4].description == ALL_ROWS[4].description


def test_rows_a_continuation_page_prints_without_a_year_take_the_year_of_the_statement_it_continues() -> None:
    """Postbank's second page prints "25.01." and no year anywhere: read alone, its rows had no date."""
    first, second, third = pages()
    undated = [_without_year(t) for t in third.transactions]
    third = replace(third, transactions=undated)
    [account] = validate(TODAY, files([third, second, first], ["c.jpg", "b.jpg", "a.jpg"])).accounts
    # The first row is dated on the page before (dates printed once a day); the second printed its own.
    assert [t.date for t in account.transactions] == [
        *(t.date for t in ALL_ROWS[:4]),
        ALL_ROWS[3].date,
        ALL_ROWS[5].date,
    ]
    assert W.TransactionIncomplete not in codes(account)


def _without_year(row: RawTransaction) -> RawTransaction:
    """A row as a page that prints no year is read: its month and day, no date."""
    if row.date is None:
        return row
    return replace(row, date=None, day=(row.date.month, row.date.day))


def test_a_page_without_a_year_that_continues_nothing_keeps_its_rows_undated() -> None:
    first, second, third = pages()
    undated = [_without_year(t) for t in third.transactions]
    third = replace(third, opening_balance=Decimal("1.00"), transactions=undated)
    accounts = validate(TODAY, files([first, second, third], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    assert [t.date for a in accounts for t in a.transactions if t.file == "c.jpg"] == [None, None]


def test_a_page_that_does_not_open_where_another_ends_stays_apart() -> None:
    first, second, third = pages()
    third = replace(third, opening_balance=third.opening_balance + Decimal("0.01"))  # type: ignore[operator]
    accounts = validate(TODAY, files([first, second, third], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    assert [len(a.transactions) for a in accounts] == [4, 2]


def test_statements_of_two_periods_that_chain_stay_two_statements_of_one_account() -> None:
    """A month's closing balance opens the next month: those are two statements, not two pages."""
    november = clean()
    december = clean(
        period_start=dt.date(2024, 12, 1),
        period_end=dt.date(2024, 12, 31),
        opening_balance=november.closing_balance,
        closing_balance=november.closing_balance,
        transactions=[],
    )
    [account] = validate(TODAY, files([november, december], ["nov.pdf", "dec.pdf"])).accounts
    assert account.period_start == november.period_start
    assert account.period_end == december.period_end
    assert account.opening_balance == november.opening_balance


def test_a_page_another_account_prints_is_not_joined() -> None:
    first, second, _ = pages()
    other = replace(second, account_number="99999-0000001")
    accounts = validate(TODAY, files([first, other], ["a.jpg", "b.jpg"])).accounts
    assert len(accounts) == 2


def test_two_pages_opening_where_one_ends_are_left_apart() -> None:
    """Nothing says which of the two follows: joining either would be a guess."""
    first, second, _ = pages()
    twin = replace(
        second, transactions=[replace(t, description=t.description + " X") for t in second.transactions]
    )
    accounts = validate(TODAY, files([first, second, twin], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    assert sorted(len(a.transactions) for a in accounts) == [2, 2, 2]


def test_a_notice_page_repeating_the_header_joins_its_statement() -> None:
    """A page of terms that prints the account's header (sort code before the number) and no rows."""
    statement = clean()
    notice = RawStatement(institution=statement.institution, account_number="00-11-22 15836-3311884")
    [account] = validate(TODAY, files([notice, statement], ["p2.jpg", "p1.jpg"])).accounts
    assert len(account.transactions) == len(CLEAN_ROWS)
    assert W.NoTransactions not in codes(account)


def test_a_statement_joined_with_a_notice_page_closes_where_its_last_page_of_rows_does() -> None:
    """HSBC's photographed pages: the notice page, joined last, prints no balance, and the statement
    took its first page's closing balance (here none) instead of its last page's."""
    first, second, third = pages()
    first = replace(first, closing_balance=None)  # page 1 prints no summary of the statement's end
    notice = RawStatement(institution=first.institution, account_number=first.account_number)
    uploaded = files([notice, third, first, second], ["d.jpg", "c.jpg", "a.jpg", "b.jpg"])
    [account] = validate(TODAY, uploaded).accounts
    assert account.closing_balance == ALL_ROWS[-1].balance
    assert W.BalanceMismatch not in codes(account)


def test_a_first_pages_summary_box_closes_a_statement_whose_last_page_prints_no_closing() -> None:
    """The last page read without its closing balance: the summary box of page 1 says where the
    statement ends."""
    first, second, third = pages()
    third = replace(third, closing_balance=None)
    [account] = validate(TODAY, files([third, first, second], ["c.jpg", "a.jpg", "b.jpg"])).accounts
    assert first.closing_balance == ALL_ROWS[-1].balance  # the summary box's, not page 1's rows' end
    assert account.closing_balance == ALL_ROWS[-1].balance
    assert W.BalanceMismatch not in codes(account)


def test_a_first_pages_carried_forward_does_not_close_a_statement_whose_last_page_prints_none() -> None:
    """Postbank's photographed pages: page 1 prints no summary, only where its rows end (carried
    forward), and the last page's closing balance was not read: the statement's closing is unknown, not
    page 1's carried-forward figure."""
    first, second, third = pages()
    first = replace(first, closing_balance=ALL_ROWS[1].balance)
    third = replace(third, closing_balance=None)
    [account] = validate(TODAY, files([third, first, second], ["c.jpg", "a.jpg", "b.jpg"])).accounts
    assert len(account.transactions) == len(CLEAN_ROWS)
    assert account.closing_balance is None


def test_pages_of_one_file_are_left_to_the_reader() -> None:
    """Two statements one file holds were told apart by the reader; validation does not join them."""
    first, second, _ = pages()
    accounts = validate(TODAY, [FileStatements("both.pdf", [first, second])]).accounts
    assert len(accounts) == 2


def test_a_page_whose_rows_go_back_in_time_is_not_a_continuation() -> None:
    first, second, _ = pages()
    earlier = [replace(t, date=dt.date(2024, 10, 30)) for t in second.transactions]
    accounts = validate(TODAY, files([first, replace(second, transactions=earlier)], ["a", "b"])).accounts
    assert len(accounts) == 2


def card_pages(*, turned: bool) -> list[RawStatement]:
    """A card statement photographed a page at a time: the first page opens with the previous balance
    (money owed is negative) and ends with no balance; the last prints no balance brought forward and
    closes with the new balance. Read alone, the last page shows nothing of a card (`turned`: it was
    read as an account's, every sign the other way round)."""
    spec = (
        (1, "PAYMENT - THANK YOU", "211.00"),
        (4, "DOMINOS PIZZA", "-39.07"),
        (9, "WIND MOBILE", "-48.59"),
    )
    more = (
        (15, "AMAZON.CA REFUND", "26.52"),
        (22, "NETFLIX.COM", "-7.99"),
        (28, "RETAIL INTEREST", "-80.07"),
    )
    opening = Decimal("-6619.48")
    first_rows = rows(spec, opening)
    last_rows = rows(more, first_rows[-1].balance or Decimal(0))
    closing = last_rows[-1].balance
    assert closing is not None
    sign = -1 if turned else 1
    first = clean(
        account_type="CREDIT_CARD",
        opening_balance=opening,
        closing_balance=None,
        transactions=[replace(t, balance=None) for t in first_rows],
    )
    last = RawStatement(
        period_start=START,
        period_end=END,
        closing_balance=sign * closing,
        transactions=[replace(t, amount=sign * (t.amount or 0), balance=None) for t in last_rows],
        confidence=0.9,
    )
    return [first, last]


def test_a_card_statements_last_page_without_a_balance_brought_forward_joins_its_first() -> None:
    """TD's photographed pages came back as two accounts: the later page prints no previous balance."""
    first, last = card_pages(turned=False)
    [account] = validate(TODAY, files([last, first], ["IMG_7258.jpg", "IMG_1881.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["IMG_1881.jpg"] * 3 + ["IMG_7258.jpg"] * 3
    assert account.opening_balance == Decimal("-6619.48")
    assert account.closing_balance == last.closing_balance
    assert W.BalanceMismatch not in codes(account)


def test_a_page_read_against_the_cards_convention_joins_with_its_signs_turned() -> None:
    first, last = card_pages(turned=True)
    [account] = validate(TODAY, files([first, last], ["IMG_1881.jpg", "IMG_7258.jpg"])).accounts
    assert [t.amount for t in account.transactions][3:] == [
        Decimal("26.52"),
        Decimal("-7.99"),
        Decimal("-80.07"),
    ]
    assert account.closing_balance == -(last.closing_balance or 0)
    assert W.BalanceMismatch not in codes(account)


def test_a_first_page_read_against_the_cards_convention_joins_with_its_signs_turned() -> None:
    """TD's first page, read alone, showed nothing of a card; only its last page did."""
    first, last = card_pages(turned=False)
    first = _turned_round(replace(first, account_type=None))
    last = replace(last, account_type="CREDIT_CARD")
    [account] = validate(TODAY, files([last, first], ["IMG_8682.jpg", "IMG_2341.jpg"])).accounts
    assert account.opening_balance == Decimal("-6619.48")
    assert [t.amount for t in account.transactions][:3] == [
        Decimal("211.00"),
        Decimal("-39.07"),
        Decimal("-48.59"),
    ]
    assert account.account_type == "CREDIT_CARD"
    assert W.BalanceMismatch not in codes(account)


def _turned_round(statement: RawStatement) -> RawStatement:
    def neg(value: Decimal | None) -> Decimal | None:
        return -value if value is not None else None

    return replace(
        statement,
        opening_balance=neg(statement.opening_balance),
        closing_balance=neg(statement.closing_balance),
        transactions=[replace(t, amount=neg(t.amount)) for t in statement.transactions],
    )


def test_a_page_printing_no_period_joins_the_statement_whose_period_holds_its_rows() -> None:
    """A later page printed no period: the span of its own rows, read as its period, is not another one."""
    first, last = card_pages(turned=False)
    dates = [t.date for t in last.transactions if t.date]
    last = replace(last, period_start=min(dates), period_end=max(dates))
    [account] = validate(TODAY, files([first, last], ["a.jpg", "b.jpg"])).accounts
    assert len(account.transactions) == 6


def test_a_later_page_of_another_period_stays_apart_though_its_sums_would_chain() -> None:
    first, last = card_pages(turned=False)
    december = [replace(t, date=(t.date or START) + dt.timedelta(days=30)) for t in last.transactions]
    last = replace(last, period_start=END + dt.timedelta(days=1), period_end=END + dt.timedelta(days=31))
    accounts = validate(TODAY, files([first, replace(last, transactions=december)], ["a", "b"])).accounts
    assert len(accounts) == 2


def test_a_bank_name_read_from_a_later_pages_logo_does_not_keep_apart_pages_the_sums_join() -> None:
    first, last = card_pages(turned=False)
    last = replace(last, institution="EMERALD")
    [account] = validate(TODAY, files([first, last], ["a.jpg", "b.jpg"])).accounts
    assert len(account.transactions) == 6
    assert account.institution == first.institution


def test_pages_whose_sums_do_not_prove_the_join_stay_apart() -> None:
    """A row OCR missed on the last page: nothing proves it continues the first, and nothing is guessed."""
    first, last = card_pages(turned=False)
    last = replace(last, transactions=last.transactions[:-1])
    accounts = validate(TODAY, files([first, last], ["a.jpg", "b.jpg"])).accounts
    assert [len(a.transactions) for a in accounts] == [3, 2]


def test_two_first_pages_that_one_last_page_could_close_stay_apart() -> None:
    first, last = card_pages(turned=False)
    refunded = rows(((9, "RETURNED ITEM", "5.00"), (9, "RETURNED ITEM FEE", "-5.00")))
    other = replace(first, transactions=[*first.transactions, *(replace(t, balance=None) for t in refunded)])
    accounts = validate(TODAY, files([first, other, last], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    # Either first page may be the one it continues: the last page stays an account of its own.
    assert any({t.file for t in a.transactions} == {"c.jpg"} for a in accounts)


def _notes(*words: str, web_names: tuple[str, ...] = ()) -> FileStatements:
    """A file in which no statement was read: a page of prose."""
    prose = ("Credit", "interest", "is", "calculated", "daily", "and", "paid", "monthly.")
    return FileStatements("IMG_0002.jpg", [], marks=Marks(web_names=web_names, words=(*prose, *words)))


def _not_statements(notes: FileStatements, web_names: tuple[str, ...] = ()) -> dict[str, str]:
    statement = FileStatements("IMG_0001.jpg", [clean()], marks=Marks(web_names=web_names))
    return validate(TODAY, [statement, notes]).not_statements


def test_a_page_printing_the_statements_account_number_in_groups_is_its_page() -> None:
    assert _not_statements(_notes("Account", "15836", "3311884")) == {}


def test_a_page_printing_the_statements_bank_is_its_page() -> None:
    assert _not_statements(_notes("HARBORVIEW", "CREDIT", "UNION", "is", "regulated.")) == {}


def test_a_page_naming_the_web_address_the_statement_prints_is_its_page() -> None:
    assert _not_statements(_notes("Visit", "Harborview."), web_names=("harborview",)) == {}
    assert _not_statements(_notes(web_names=("harborview",)), web_names=("harborview",)) == {}


def test_a_bank_name_or_number_inside_other_words_ties_nothing() -> None:
    found = _not_statements(_notes("HARBORVIEWCREDITUNION", "Call", "1583633118849", "support."))
    assert list(found) == ["IMG_0002.jpg"]
    assert "names the bank, account number, web address or statement date" in found["IMG_0002.jpg"]


def test_a_page_alone_is_not_a_statement_without_a_reason_of_its_own() -> None:
    assert validate(TODAY, [_notes("Harborview")]).not_statements == {"IMG_0002.jpg": ""}


def test_a_page_printing_the_statements_closing_date_is_its_page() -> None:
    assert _not_statements(_notes_dated(END)) == {}
    assert list(_not_statements(_notes_dated(END - dt.timedelta(days=1)))) == ["IMG_0002.jpg"]


def _notes_dated(day: dt.date) -> FileStatements:
    notes = _notes("Statement", "date")
    return replace(notes, marks=replace(notes.marks, dates=(day,)))


def numbered_pages(later_number: str) -> list[RawStatement]:
    """A statement's first page (the IBAN in its header, no closing balance) and its last page, which
    prints the account number again and the closing balance, but OCR misread a row's sign on it: the
    sums no longer prove the join."""
    first, last = card_pages(turned=False)
    first = replace(first, account_type=None, account_number="DE31 2001 0020 9999 9999 99")
    misread = [replace(last.transactions[0], amount=-(last.transactions[0].amount or 0))]
    last = replace(last, account_number=later_number, transactions=misread + last.transactions[1:])
    return [first, last]


def test_a_last_page_printing_the_first_pages_account_number_joins_it_though_a_row_was_misread() -> None:
    """Postbank's photographed pages came back as two accounts: a sign misread on the second page, whose
    header prints only the account part of the IBAN the first page prints."""
    first, last = numbered_pages("9999999999")
    [account] = validate(TODAY, files([last, first], ["IMG_2612.jpg", "IMG_0552.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["IMG_0552.jpg"] * 3 + ["IMG_2612.jpg"] * 3
    assert account.closing_balance == last.closing_balance
    assert W.BalanceMismatch in codes(account)  # reported, not fixed


def test_a_last_page_of_another_account_number_of_the_same_bank_stays_apart() -> None:
    first, last = numbered_pages("8888888888")
    accounts = validate(TODAY, files([last, first], ["b.jpg", "a.jpg"])).accounts
    assert [len(a.transactions) for a in accounts] == [3, 3]


def test_a_last_page_printing_a_masked_or_short_number_is_not_joined_by_it() -> None:
    for number in ("****9999", "99"):
        first, last = numbered_pages(number)
        accounts = validate(TODAY, files([first, last], ["a.jpg", "b.jpg"])).accounts
        assert len(accounts) == 2, number


def test_two_first_pages_of_one_account_number_leave_its_last_page_apart() -> None:
    first, last = numbered_pages("9999999999")
    other = replace(first, period_start=None, period_end=None)
    accounts = validate(TODAY, files([first, other, last], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    assert any({t.file for t in a.transactions} == {"c.jpg"} for a in accounts)


def paged(statement: RawStatement, number: int, count: int) -> RawStatement:
    return replace(statement, printed_pages=((number, count),))


def td_pages() -> tuple[RawStatement, RawStatement]:
    """TD's photographed card statement: page 1 of 3 names the card; page 3 of 3 prints no header that
    does, so it was read as an account's (every sign the other way round), and OCR lost a row of it,
    so the sums prove nothing. Page 2 of 3 is terms and offers, no rows. Neither page prints a period:
    each has the span of its own rows."""
    first, last = card_pages(turned=True)
    last = replace(last, transactions=last.transactions[:-1])
    spans = []
    for page in (first, last):
        dates = [t.date for t in page.transactions if t.date]
        spans.append(replace(page, period_start=min(dates), period_end=max(dates), period_from_rows=True))
    return paged(spans[0], 1, 3), paged(spans[1], 3, 3)


def test_pages_numbered_out_of_one_count_join_in_page_order_in_the_cards_convention() -> None:
    first, last = td_pages()
    [account] = validate(TODAY, files([last, first], ["IMG_7258.jpg", "IMG_1881.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["IMG_1881.jpg"] * 3 + ["IMG_7258.jpg"] * 2
    assert [t.amount for t in account.transactions][3:] == [Decimal("26.52"), Decimal("-7.99")]
    assert account.closing_balance == -(last.closing_balance or 0)
    assert W.BalanceMismatch in codes(account)  # the row OCR lost is reported, not made up


def test_pages_numbered_out_of_another_count_stay_apart() -> None:
    first, last = td_pages()
    accounts = validate(TODAY, files([first, paged(last, 3, 4)], ["a.jpg", "b.jpg"])).accounts
    assert len(accounts) == 2


def test_a_numbered_page_of_another_account_or_period_stays_apart() -> None:
    first, last = td_pages()
    other_account = replace(first, account_number="15836-3311884")
    december = [replace(t, date=(t.date or START) + dt.timedelta(days=30)) for t in last.transactions]
    other_period = replace(
        last,
        period_start=END + dt.timedelta(days=1),
        period_end=END + dt.timedelta(days=31),
        period_from_rows=False,
        transactions=december,
    )
    for head, tail in ((first, replace(last, account_number="99999-0000001")), (first, other_period)):
        accounts = validate(TODAY, files([head, tail], ["a.jpg", "b.jpg"])).accounts
        assert len(accounts) == 2
    assert len(validate(TODAY, files([other_account, last], ["a.jpg", "b.jpg"])).accounts) == 1


def test_three_numbered_pages_join_each_to_the_nearest_number() -> None:
    first, second, third = pages()
    first, second = replace(first, closing_balance=None), replace(second, opening_balance=None)
    second = replace(second, closing_balance=None)
    third = replace(third, opening_balance=None)
    numbered = [paged(first, 1, 3), paged(second, 2, 3), paged(third, 3, 3)]
    [account] = validate(TODAY, files(numbered[::-1], ["c.jpg", "b.jpg", "a.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["a.jpg"] * 2 + ["b.jpg"] * 2 + ["c.jpg"] * 2
    assert W.BalanceMismatch not in codes(account)


def test_two_pages_of_one_number_that_either_could_follow_stay_apart() -> None:
    first, last = td_pages()
    twin = replace(
        last, transactions=[replace(t, description=t.description + " X") for t in last.transactions]
    )
    accounts = validate(TODAY, files([first, last, twin], ["a.jpg", "b.jpg", "c.jpg"])).accounts
    assert len(accounts) == 3


def loose_ends(columns: tuple[str, ...]) -> list[RawStatement]:
    """Monopoly's photographed card statement: its second page prints no number, date or period, only
    the table carrying on (its columns as `columns`) to the closing balance; OCR misread a row's figure
    on the first page, so the sums prove nothing."""
    first, last = card_pages(turned=False)
    misread = replace(first.transactions[-1], amount=Decimal("-48.95"))
    table = ("DATE", "DESC", "AMOUNT")
    first = replace(first, transactions=[*first.transactions[:-1], misread], tables=(table,))
    return [first, replace(last, period_start=None, period_end=None, tables=(columns,))]


def test_the_only_loose_ends_of_a_request_in_one_table_are_one_statement() -> None:
    first, last = loose_ends(("DATE", "DESC", "AMOUNT"))
    [account] = validate(TODAY, files([last, first], ["IMG_8527.jpg", "IMG_2225.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["IMG_2225.jpg"] * 3 + ["IMG_8527.jpg"] * 3
    assert W.BalanceMismatch in codes(account)


def test_a_later_page_read_without_its_closing_balance_is_still_a_loose_end() -> None:
    """Monopoly at 170 dpi: read alone, the last page's amount due was no balance (nothing showed a card)."""
    first, last = loose_ends(("DATE", "DESC", "AMOUNT"))
    last = replace(last, closing_balance=None)
    [account] = validate(TODAY, files([last, first], ["b.jpg", "a.jpg"])).accounts
    assert [t.file for t in account.transactions] == ["a.jpg"] * 3 + ["b.jpg"] * 3


def test_loose_ends_of_other_tables_or_beside_another_stay_apart() -> None:
    first, last = loose_ends(("DATE", "DESC", "DEBIT", "CREDIT", "BALANCE"))
    assert len(validate(TODAY, files([first, last], ["a.jpg", "b.jpg"])).accounts) == 2
    first, last = loose_ends(("DATE", "DESC", "AMOUNT"))
    middle = replace(last, closing_balance=None, transactions=last.transactions[:1])
    assert len(validate(TODAY, files([first, last, middle], ["a.jpg", "b.jpg", "c.jpg"])).accounts) == 3


def unbalanced_pages(first_text: str, last_text: str) -> list[RawStatement]:
    """Postbank photographed a page a file: the first page prints only the opening balance, the last only
    the closing one, no running balances; OCR left one amount on each page unread (`first_text` and
    `last_text` are what it read where they are printed), so neither file proves them alone."""
    bare = [replace(t, balance=None) for t in ALL_ROWS]
    first = clean(
        closing_balance=None,
        transactions=[
            replace(bare[0], amount=None, amount_text=first_text, text_sign=1, confidence=0.2),
            *bare[1:3],
        ],
        printed_pages=((1, 2),),
    )
    last = RawStatement(
        account_number=first.account_number,
        closing_balance=ALL_ROWS[-1].balance,
        transactions=[
            bare[3],
            replace(bare[4], amount=None, amount_text=last_text, text_sign=-1, confidence=0.2),
            bare[5],
        ],
        printed_pages=((2, 2),),
        confidence=0.9,
    )
    return [first, last]


def test_amounts_no_page_proves_alone_are_read_as_the_chain_through_the_pages_proves_them() -> None:
    first, last = unbalanced_pages("3,383.O6", "1,45O.00")
    [account] = validate(TODAY, files([last, first], ["IMG_2612.jpg", "IMG_0552.jpg"])).accounts
    assert [t.amount for t in account.transactions] == [Decimal(a) for _, _, a in CLEAN_ROWS]
    assert W.BalanceMismatch not in codes(account)
    assert W.TransactionIncomplete not in codes(account)
    repaired = [account.transactions[0], account.transactions[4]]
    assert all(t.confidence < 0.2 for t in repaired)  # a repair weighs on a row as OCR read it


def test_amounts_stay_unread_where_no_page_prints_the_closing_balance() -> None:
    first, last = unbalanced_pages("3,383.O6", "1,45O.00")
    last = replace(last, closing_balance=None)
    [account] = validate(TODAY, files([last, first], ["b.jpg", "a.jpg"])).accounts
    assert account.transactions[0].amount is None
    assert account.transactions[4].amount is None
    assert W.TransactionIncomplete in codes(account)


def test_an_amount_whose_text_shows_no_figure_the_chain_needs_stays_unread() -> None:
    first, last = unbalanced_pages("3,383.O6", "1,47O.00")
    [account] = validate(TODAY, files([last, first], ["b.jpg", "a.jpg"])).accounts
    assert account.transactions[0].amount is None
    assert W.TransactionIncomplete in codes(account)


def misread_pages(again: str) -> list[RawStatement]:
    """`unbalanced_pages` with every amount read, the second row's (112.40) as 12.40 with doubt, and
    alone as `again`: a digit the page's reading lost. The first page prints no closing balance, so it
    proves neither reading."""
    first, last = unbalanced_pages("3,383.06", "1,450.00")
    lost = ALL_ROWS[1].amount + 100
    misread = replace(
        first.transactions[1], amount=lost, amount_text=str(-lost), text_sign=-1, amount_again=again
    )
    first = replace(
        first,
        transactions=[
            replace(first.transactions[0], amount=ALL_ROWS[0].amount),
            misread,
            first.transactions[2],
        ],
    )
    last = replace(
        last,
        transactions=[
            replace(t, amount=r.amount) for t, r in zip(last.transactions, ALL_ROWS[3:], strict=True)
        ],
    )
    return [first, last]


def test_a_second_reading_no_page_proves_alone_is_taken_where_the_chain_through_the_pages_does() -> None:
    """HSBC photographed a page a file: "83.25" read with doubt, alone "88.25", on a page whose rows end
    without a balance; the chain from the first page's opening to the last page's closing proves it."""
    first, last = misread_pages(str(-ALL_ROWS[1].amount))
    [account] = validate(TODAY, files([last, first], ["IMG_3101.jpg", "IMG_2987.jpg"])).accounts
    assert [t.amount for t in account.transactions] == [Decimal(a) for _, _, a in CLEAN_ROWS]
    assert W.BalanceMismatch not in codes(account)
    assert account.transactions[1].confidence < first.transactions[1].confidence


def test_a_second_reading_the_chain_through_the_pages_does_not_prove_is_left() -> None:
    first, last = misread_pages(str(-ALL_ROWS[1].amount + 60))
    [account] = validate(TODAY, files([last, first], ["b.jpg", "a.jpg"])).accounts
    assert account.transactions[1].amount == first.transactions[1].amount
    assert W.BalanceMismatch in codes(account)


def test_a_second_reading_the_balances_around_it_prove_is_taken_where_another_row_stays_unread() -> None:
    """HSBC photographed a page a file: "88.25" read "83.25" with doubt (alone "88.25") on a page whose
    day ends on the next photo's balance, and on another page a figure read "49": the balances around
    the first prove its second reading, though nothing proves the second and the statement stays short."""
    first, second, third = pages()
    misread = replace(
        ALL_ROWS[1], amount=ALL_ROWS[1].amount + 100, balance=None, amount_text="12.40", text_sign=-1
    )
    first = replace(
        first,
        transactions=[ALL_ROWS[0], replace(misread, amount_again=str(-ALL_ROWS[1].amount))],
        printed_pages=((1, 3),),
    )
    unread = replace(ALL_ROWS[5], amount=None, balance=None, amount_text="49", text_sign=-1)
    third = replace(third, transactions=[*third.transactions[:1], unread], printed_pages=((3, 3),))
    second = replace(second, printed_pages=((2, 3),))
    [account] = validate(TODAY, files([third, first, second], ["c.jpg", "a.jpg", "b.jpg"])).accounts
    assert account.transactions[1].amount == ALL_ROWS[1].amount
    assert account.transactions[5].amount is None
    assert W.TransactionIncomplete in codes(account)


def test_a_running_balance_the_next_pages_rows_prove_is_read_as_they_prove_it() -> None:
    """HSBC photographed a page a file: a day's last row read "83.25" with doubt (alone "88.25") and its
    balance 538.78 read "$38.78", the 5 taken for a sign; the day's rows lead there with the second
    reading, and the next photo's rows lead on from it."""
    first, second, third = pages()
    misread = replace(
        ALL_ROWS[1],
        amount=ALL_ROWS[1].amount + 100,
        balance=ALL_ROWS[1].balance - 10_000,
        amount_text="12.40",
        text_sign=-1,
        amount_again=str(-ALL_ROWS[1].amount),
    )
    first = replace(
        first,
        closing_balance=ALL_ROWS[-1].balance,
        transactions=[ALL_ROWS[0], misread],
        printed_pages=((1, 3),),
    )
    second = replace(second, printed_pages=((2, 3),))
    third = replace(third, printed_pages=((3, 3),))
    [account] = validate(TODAY, files([third, first, second], ["c.jpg", "a.jpg", "b.jpg"])).accounts
    assert [t.amount for t in account.transactions] == [Decimal(a) for _, _, a in CLEAN_ROWS]
    assert account.transactions[1].balance == ALL_ROWS[1].balance
    assert W.BalanceMismatch not in codes(account)


def test_a_card_charge_no_page_proves_alone_is_read_as_the_chain_through_the_pages_proves_it() -> None:
    """TD's card statement photographed at 170 dpi: a bold "$11.85" was read "SIL8S" on the first page,
    which prints the previous balance; only the last prints the new one. The pages join by their numbers.
    Balances owed are the holder's (negative), as are the charges: the last page, which names no card, was
    read as an account's and is turned to the card's convention when joined."""
    first, last = card_pages(turned=True)
    unread = replace(first.transactions[1], amount=None, amount_text="$39.O7", text_sign=0, confidence=0.2)
    first = paged(replace(first, transactions=[first.transactions[0], unread, first.transactions[2]]), 1, 2)
    last = paged(last, 2, 2)
    [account] = validate(TODAY, files([last, first], ["IMG_7258.jpg", "IMG_1881.jpg"])).accounts
    assert account.transactions[1].amount == Decimal("-39.07")
    assert W.BalanceMismatch not in codes(account)
    assert W.TransactionIncomplete not in codes(account)
