"""Settling against the balance: repairs are recorded decisions; the drafts handed in stay as they were."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ingest.extract.balance import Decision, Draft, settle, stated_balances
from ingest.extract.words import Word

M = Decimal


def _draft(amount: str, balance: str | None, confidence: float = 1.0) -> Draft:
    return Draft(
        date=dt.date(2024, 11, 1),
        description="ROW",
        amount=M(amount),
        balance=M(balance) if balance is not None else None,
        page=1,
        ocr_confidence=confidence,
    )


def test_settle_leaves_the_drafts_handed_in_unchanged() -> None:
    # The second row's sign is contradicted by the running balance: settling turns it round.
    drafts = [_draft("50.00", "150.00"), _draft("20.00", "130.00")]
    outcome = settle(drafts, M("100.00"), M("130.00"), ocr=False)
    assert [d.amount for d in outcome.drafts] == [M("50.00"), M("-20.00")]
    assert [d.amount for d in drafts] == [M("50.00"), M("20.00")]
    assert all(not d.decisions for d in drafts)


def test_a_sign_the_balance_decides_is_recorded_on_its_row() -> None:
    outcome = settle(
        [_draft("50.00", "150.00"), _draft("20.00", "130.00")], M("100.00"), M("130.00"), ocr=False
    )
    first, second = outcome.drafts
    assert first.decisions == [Decision.CONFIRMED]
    assert Decision.SIGN_FROM_BALANCE in second.decisions
    assert second.reconciled is True
    assert second.confidence == 0.9
    assert outcome.balanced is True


def test_confidence_does_not_depend_on_the_order_of_the_decisions() -> None:
    decisions = [Decision.OCR_REPAIRED, Decision.CONFIRMED, Decision.INCOMPLETE]
    one = _draft("1.00", None, confidence=0.8)
    one.decisions = list(decisions)
    other = _draft("1.00", None, confidence=0.8)
    other.decisions = list(reversed(decisions))
    # 0.8 repaired (x0.5) is 0.4; confirmed, its doubt 0.6 is halved to 0.3 (0.7); incomplete, x0.5.
    assert one.confidence == other.confidence == 0.35


def test_a_group_the_balance_does_not_prove_is_unreconciled() -> None:
    outcome = settle([_draft("50.00", "170.00")], M("100.00"), M("170.00"), ocr=False)
    [row] = outcome.drafts
    assert row.decisions == [Decision.UNRECONCILED]
    assert row.reconciled is False
    assert row.confidence == 0.6


def test_a_stated_balance_whose_currency_sign_ocr_read_as_a_digit_is_taken_as_the_rows_prove_it() -> None:
    """HSBC at 200 dpi: "£366.39" read as 3866.39, "£533.87" as "$33.87"; the running balances chain."""
    drafts = [_draft("-56.00", "477.87"), _draft("50.00", "527.87")]
    assert stated_balances(drafts, M("33.87"), M("5527.87")) == (M("533.87"), M("527.87"))
    assert stated_balances(drafts, M("533.87"), M("5827.87")) == (M("533.87"), M("527.87"))


def test_a_stated_balance_the_rows_contradict_otherwise_is_left_for_the_check_to_report() -> None:
    drafts = [_draft("-56.00", "477.87"), _draft("50.00", "527.87")]
    assert stated_balances(drafts, M("534.87"), M("627.87")) == (M("534.87"), M("627.87"))
    broken = [_draft("-56.00", "477.87"), _draft("50.00", "528.87")]  # the rows do not chain
    assert stated_balances(broken, M("33.87"), M("5528.87")) == (M("33.87"), M("5528.87"))
    unread = [_draft("-56.00", "477.87"), _draft("50.00", None)]
    assert stated_balances(unread, M("33.87"), None) == (M("33.87"), None)


def _read(amount: str, balance: str | None) -> Draft:
    """A row OCR read: its words carry OCR confidences."""
    draft = _draft(amount, balance, confidence=0.9)
    draft.words = [Word(amount, 0, 10, 0, 10, confidence=63.0)]
    return draft


def test_a_5_ocr_read_as_a_9_is_read_as_the_balance_proves() -> None:
    """HSBC at 300 dpi: 5.55 paid out was read 5.59, and the day's balance did not reconcile."""
    drafts = [_read("-25.20", None), _read("-5.59", "5773.89"), _read("-50.00", "5723.89")]
    outcome = settle(drafts, M("5804.64"), M("5723.89"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-25.20"), M("-5.55"), M("-50.00")]
    assert [d.balance for d in outcome.drafts] == [None, M("5773.89"), M("5723.89")]
    assert Decision.OCR_REPAIRED in outcome.drafts[1].decisions
    assert outcome.balanced is True


def test_a_running_balance_whose_first_digit_ocr_read_as_a_currency_sign_is_read_as_the_rows_prove() -> None:
    """HSBC photographed at 170 dpi: the last row's balance 527.87 was read "$27.87"."""
    drafts = [_read("-56.00", "477.87"), _read("50.00", "27.87")]
    outcome = settle(drafts, M("533.87"), M("527.87"), ocr=True)
    assert [d.balance for d in outcome.drafts] == [M("477.87"), M("527.87")]
    assert Decision.OCR_REPAIRED in outcome.drafts[1].decisions
    assert outcome.balanced is True


def test_a_running_balance_off_by_more_than_a_leading_digit_is_left_unreconciled() -> None:
    drafts = [_read("-56.00", "477.87"), _read("50.00", "27.88")]
    outcome = settle(drafts, M("533.87"), M("527.87"), ocr=True)
    assert outcome.drafts[1].balance == M("27.88")
    assert Decision.UNRECONCILED in outcome.drafts[1].decisions


def _garbled(text: str, amount: str | None) -> Draft:
    """A row whose amount OCR read from a garbled text (`amount` as the reader took it, if any)."""
    draft = _read(amount or "0", None)
    draft.amount = M(amount) if amount is not None else None
    draft.amount_text = text
    return draft


def test_a_figure_whose_marks_spell_the_needed_amount_outranks_clean_figures_a_digit_away() -> None:
    """A card statement scanned at 200 dpi: 59.00 was read "$9.00"; 36.25 and 238.79, read cleanly, are
    each one confusable digit (3 for 8) from a figure that would also close the statement."""
    drafts = [_garbled("36.25", "-36.25"), _garbled("238.79", "-238.79"), _garbled("$9.00", "-9.00")]
    outcome = settle(drafts, M("-100.00"), M("-434.04"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-36.25"), M("-238.79"), M("-59.00")]
    assert Decision.OCR_REPAIRED in outcome.drafts[2].decisions
    assert outcome.balanced is True


def test_two_clean_figures_a_digit_away_from_closing_the_statement_are_left_unreconciled() -> None:
    drafts = [_garbled("36.25", "-36.25"), _garbled("238.79", "-238.79"), _garbled("9.00", "-9.00")]
    outcome = settle(drafts, M("-100.00"), M("-434.04"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-36.25"), M("-238.79"), M("-9.00")]
    assert outcome.balanced is False


def _read_again(amount: str, again: str | None, balance: str | None = None) -> Draft:
    """A row whose amount OCR read with doubt and, read again alone, as `again`."""
    draft = _read(amount, balance)
    draft.words = [Word(amount.lstrip("-"), 0, 10, 0, 10, confidence=79.0, alternative=again)]
    return draft


def test_a_figure_read_again_alone_as_the_balance_requires_is_taken() -> None:
    """A photo: 88.25 paid out was read 89.25 (no slip the balance repairs alone), and read alone 88.25."""
    drafts = [_read("-63.43", None), _read_again("-89.25", "88.25"), _read("-17.35", "831.97")]
    outcome = settle(drafts, M("1001.00"), M("831.97"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-63.43"), M("-88.25"), M("-17.35")]
    assert Decision.OCR_REPAIRED in outcome.drafts[1].decisions
    assert outcome.balanced is True


def test_a_figure_whose_lost_first_digit_a_second_reading_found_is_taken_beside_an_unread_one() -> None:
    """HSBC photographed at 170 dpi: 99.77 was read 9.77 (alone, enlarged: 99.77) in a day whose other
    garbled figure shows 2.68."""
    unread = _garbled("2.6B", None)
    drafts = [unread, _read_again("-9.77", "99.77"), _read("-33.93", "1000.00")]
    outcome = settle(drafts, M("1136.38"), M("1000.00"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-2.68"), M("-99.77"), M("-33.93")]
    assert outcome.balanced is True


def _unread_read_again(text: str, again: str) -> Draft:
    """A row whose amount OCR read as no figure (`text`) and, read again alone, as `again`."""
    draft = _garbled(text, None)
    draft.words = [Word(text, 0, 10, 0, 10, confidence=38.0, alternative=again)]
    draft.text_sign = 1
    return draft


def test_an_unread_amount_whose_reading_alone_the_balance_requires_is_taken() -> None:
    """HSBC photographed at 170 dpi: 54.99 paid in was read "49" at 38, alone "54.99" at 37."""
    drafts = [_unread_read_again("49", "54.99"), _read("-2500.00", "2546.16")]
    outcome = settle(drafts, M("4991.17"), M("2546.16"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("54.99"), M("-2500.00")]
    assert Decision.OCR_REPAIRED in outcome.drafts[0].decisions
    assert outcome.balanced is True


def test_an_unread_amount_whose_reading_alone_the_balance_does_not_require_stays_unread() -> None:
    drafts = [_unread_read_again("49", "4.99"), _read("-2500.00", "2546.16")]
    outcome = settle(drafts, M("4991.17"), M("2546.16"), ocr=True)
    assert outcome.drafts[0].amount is None
    assert outcome.balanced is not True


def test_a_second_reading_the_balance_does_not_require_is_left() -> None:
    drafts = [_read("-63.43", None), _read_again("-89.25", "88.26"), _read("-17.35", "831.97")]
    outcome = settle(drafts, M("1001.00"), M("831.97"), ocr=True)
    assert outcome.drafts[1].amount == M("-89.25")
    assert Decision.UNRECONCILED in outcome.drafts[1].decisions


def _garbled_day(next_balance: str) -> list[Draft]:
    """HSBC photographed at 170 dpi: a day's balance 838.78 was read "$38.78", and its 88.25 read 83.25
    (alone, 88.25); each alone leaves the day unreconciled. The next day ends at `next_balance`."""
    return [
        _read("-63.43", None),
        _read_again("-83.25", "88.25"),
        _read("-17.35", "38.78"),
        _read("-50.00", next_balance),
    ]


def test_a_garbled_day_balance_and_a_figure_read_again_are_taken_together_where_the_next_day_leads_on() -> (
    None
):
    outcome = settle(_garbled_day("788.78"), M("1007.81"), M("788.78"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-63.43"), M("-88.25"), M("-17.35"), M("-50.00")]
    assert [d.balance for d in outcome.drafts][2:] == [M("838.78"), M("788.78")]
    assert outcome.balanced is True


def test_a_garbled_day_balance_the_next_day_does_not_lead_on_from_is_left() -> None:
    outcome = settle(_garbled_day("780.00"), M("1007.81"), M("780.00"), ocr=True)
    assert outcome.drafts[1].amount == M("-83.25")
    assert outcome.drafts[2].balance == M("38.78")


def test_a_running_balance_read_again_alone_as_the_rows_lead_to_is_taken_before_a_digit_slip() -> None:
    """HSBC photographed at 170 dpi: a day's balance 608.78 was read "8.78" (alone, 608.78); read as
    printed, it made 110.00 paid out look like a 710.00 whose 7 OCR took for a 1."""
    last = _read("-110.00", "8.78")
    last.words.append(Word("8.78", 20, 30, 0, 10, confidence=28.0, alternative="608.78"))
    drafts = [_read("-10.99", None), _read("-16.99", None), last]
    outcome = settle(drafts, M("746.76"), M("608.78"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-10.99"), M("-16.99"), M("-110.00")]
    assert outcome.drafts[2].balance == M("608.78")
    assert Decision.OCR_REPAIRED in outcome.drafts[2].decisions
    assert outcome.balanced is True


def test_a_zero_read_again_alone_as_another_figure_takes_the_sign_the_balance_proves() -> None:
    """First Bank photographed at 170 dpi: 50.00 paid out was read "0.00" beside the 0.00 printed in the
    credits (alone, 50.00); a zero has no sign to give the figure read again."""
    drafts = [_read("-26.88", "973.12"), _read_again("0", "50.00"), _read("-7.00", "916.12")]
    outcome = settle(drafts, M("1000.00"), M("916.12"), ocr=True)
    assert [d.amount for d in outcome.drafts] == [M("-26.88"), M("-50.00"), M("-7.00")]
    assert Decision.OCR_REPAIRED in outcome.drafts[1].decisions
    assert outcome.balanced is True


def test_a_zero_read_again_alone_takes_its_columns_sign_where_one_column_prints_it() -> None:
    drafts = [_read("-26.88", "973.12"), _read_again("0", "50.00"), _read("-7.00", "1016.12")]
    drafts[1].text_sign = -1  # printed in the debits: only money out
    outcome = settle(drafts, M("1000.00"), M("1016.12"), ocr=True)
    assert outcome.drafts[1].amount == M("0")
    assert outcome.balanced is False


def test_a_balance_read_alone_as_the_rows_lead_to_is_taken_where_the_next_day_has_a_figure_unread() -> None:
    """HSBC photographed at 170 dpi: a day's balance 4,791.35 was read 4,791.38 (alone, 4,791.35); the
    next day's 50.00 was read "$0.00", so that day did not lead on from either as read."""
    day = _read("-100.00", "4791.38")
    day.words.append(Word("4,791.38", 20, 30, 0, 10, confidence=39.0, alternative="4,791.35"))
    unread = _garbled("$0.00", None)
    drafts = [day, unread, _read("-17.99", "4723.36")]
    outcome = settle(drafts, M("4891.35"), M("4723.36"), ocr=True)
    assert outcome.drafts[0].balance == M("4791.35")
    assert [d.amount for d in outcome.drafts] == [M("-100.00"), M("-50.00"), M("-17.99")]
    assert outcome.balanced is True
