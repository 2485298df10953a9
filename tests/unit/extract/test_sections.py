"""Section headings: a table of money in, of money out, or of daily balances."""

from __future__ import annotations

from decimal import Decimal as M

from ingest.extract.context import DEFAULT
from ingest.extract.layout import Line, cluster_lines
from ingest.extract.sections import direction, section_heading, sectioned, sides_by_balance
from ingest.extract.table import Role, find_header, is_balance_table
from tests.unit.extract.builder import lines_of, page


def _line(text: str, top: float = 100.0) -> Line:
    [line] = cluster_lines(page([(top, [(40, text)])]).words, 1)
    return line


def test_a_heading_of_deposits_is_money_in_and_one_of_withdrawals_or_checks_money_out() -> None:
    assert direction(DEFAULT, _line("DEPOSITS AND ADDITIONS")) is Role.CREDIT
    assert direction(DEFAULT, _line("Electronic Withdrawals")) is Role.DEBIT
    assert direction(DEFAULT, _line("CHECKS PAID")) is Role.DEBIT
    assert direction(DEFAULT, _line("Abonos")) is Role.CREDIT


def test_a_heading_naming_both_sides_or_neither_decides_nothing() -> None:
    assert direction(DEFAULT, _line("Payments and credits")) is None
    assert direction(DEFAULT, _line("Account activity")) is None
    assert direction(DEFAULT, None) is None


def test_no_in_a_title_is_a_word_not_the_vietnamese_heading_of_money_out() -> None:
    """ "Nợ" alone heads money out in Vietnamese and folds to "no", which English heads a number with and
    Spanish and English titles print as a word: beside a side's name it leaves that side."""
    assert direction(DEFAULT, _line("Abonos no aplicados")) is Role.CREDIT
    assert direction(DEFAULT, _line("DEPOSITS - NO ACTIVITY")) is Role.CREDIT


def test_a_title_naming_the_kind_of_account_is_no_section_of_money_in() -> None:
    """A card statement's continuation page prints "CREDIT CARD" just above its table's header."""
    assert direction(DEFAULT, _line("CREDIT CARD")) is None
    assert direction(DEFAULT, _line("TARJETA DE CRÉDITO")) is None
    assert direction(DEFAULT, _line("Credit card deposits")) is Role.CREDIT  # the rest still names a side


def test_a_daily_balance_table_is_titled_by_a_balance_heading() -> None:
    assert is_balance_table(DEFAULT, _line("DAILY ENDING BALANCE"))
    assert is_balance_table(DEFAULT, _line("Saldos diarios"))
    assert not is_balance_table(DEFAULT, _line("Balance"))  # one word: a column heading, not a table title
    assert not is_balance_table(DEFAULT, _line("DEPOSITS AND ADDITIONS"))


def test_the_section_heading_is_the_short_line_just_above_the_header() -> None:
    lines = lines_of(
        [
            (60.0, [(40, "Beginning Balance $5,169.49")]),
            (100.0, [(40, "ELECTRONIC WITHDRAWALS")]),
            (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        ]
    )
    assert section_heading(DEFAULT, lines, 2) is lines[1]
    assert section_heading(DEFAULT, lines, 1) is None  # a line with figures titles nothing
    header_row = (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")])
    far = lines_of([(40.0, [(40, "WITHDRAWALS")]), header_row])
    assert section_heading(DEFAULT, far, 1) is None


def test_the_amount_column_of_a_section_takes_its_side() -> None:
    lines = lines_of(
        [
            (100.0, [(40, "ELECTRONIC WITHDRAWALS")]),
            (114.0, [(50, "Date"), (100, "Description"), (530, "Amount")]),
        ]
    )
    header = find_header(DEFAULT, lines[1])
    assert header is not None
    roles = [c.role for c in sectioned(DEFAULT, header, lines[0]).columns]
    assert roles == [Role.DATE, Role.DESC, Role.DEBIT]
    assert sectioned(DEFAULT, header, _line("Account activity")) is header


def test_the_balances_turn_round_the_one_section_a_heading_named_wrongly() -> None:
    # A card's "Payments" read as money out: only turning that section takes -100.00 to -50.00.
    totals = [M("-50.00"), M("-20.00"), M("-120.00")]
    assert sides_by_balance(totals, M("-100.00"), M("-50.00")) == (1, 1, -1)
    # A section without rows is left as it is; sections that agree as read are not touched.
    assert sides_by_balance([M("-50.00"), M("0"), M("-20.00")], M("0"), M("-30.00")) == (1, 1, -1)
    assert sides_by_balance([M("-50.00"), M("40.00")], M("100.00"), M("90.00")) is None


def test_the_balances_decide_nothing_when_several_ways_or_none_agree() -> None:
    assert sides_by_balance([M("10.00"), M("10.00")], M("0"), M("0")) is None  # either one turned
    assert sides_by_balance([M("10.00"), M("5.00")], M("0"), M("1.00")) is None
    assert sides_by_balance([M("10.00"), M("5.00")], None, M("15.00")) is None
