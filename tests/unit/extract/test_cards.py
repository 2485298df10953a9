"""A card statement told by its rows: few marked rows, each a payment to the card."""

from __future__ import annotations

from ingest.extract.amounts import parse_money
from ingest.extract.cards import prints_like_a_card, signs_like_an_account
from ingest.extract.context import DEFAULT
from ingest.extract.table import Role, Row


def _row(description: str, amount: str) -> Row:
    money = parse_money(amount)
    assert money is not None
    return Row(date=None, description=description, amounts={Role.AMOUNT: money}, page=1)


def test_bare_purchases_and_a_marked_payment_are_a_card() -> None:
    rows = [
        _row("MUSEUM SHOP LONDON GB", "157.43"),
        _row("ZAHLUNGSEINGANG", "622.20-"),
        _row("KIOSK SEEBLICK ZUERICH CH", "192.23"),
        _row("IHRE ZAHLUNG BESTEN DANK", "635.91-"),
        _row("BEARBEITUNGSGEBUEHR AUSLAND", "5.68"),
    ]
    assert prints_like_a_card(DEFAULT, rows)
    card = [_row("NETFLIX.COM", "7.99"), _row("PAYMENT - THANK YOU", "211.00CR"), _row("CAFE", "3.50")]
    assert prints_like_a_card(DEFAULT, card)


def test_a_bank_account_marks_its_money_out_of_every_kind() -> None:
    rows = [
        _row("COMPRA MERCEARIA AZUL", "-62.20"),
        _row("LEVANTAMENTO AV. CENTRAL", "-26.61"),
        _row("VENCIMENTO MUNICIPIO", "1243.03"),
    ]
    assert not prints_like_a_card(DEFAULT, rows)


def test_a_marked_row_that_is_no_payment_to_the_card_leaves_it_undecided() -> None:
    rows = [_row("GROCER", "12.00"), _row("CAFE", "3.00"), _row("ATM WITHDRAWAL", "-40.00")]
    assert not prints_like_a_card(DEFAULT, rows)
    # A charge marked DR and bare payments: the way round of a bank account, not of a card.
    assert not prints_like_a_card(DEFAULT, [_row("PAYMENT RECEIVED", "100.00"), _row("SHOP", "5.00DR")])


def test_a_card_that_signs_its_charges_as_money_out_prints_the_holders_side() -> None:
    rows = [
        _row("SKYLINE AIR VANCOUVER BC", "-224.40"),
        _row("PAYMENT RECEIVED", "884.10"),
        _row("PAYMENT VIA GIRO", "30.13"),
        _row("PIXELWORKS ONLINE", "-102.80"),
        _row("BLUE HERON CAFE", "-28.16"),
    ]
    assert signs_like_an_account(DEFAULT, rows)
    assert not prints_like_a_card(DEFAULT, rows)


def test_a_card_printing_charges_bare_is_not_read_from_the_holders_side() -> None:
    issuer = [_row("SHOP", "12.00"), _row("CAFE", "3.00"), _row("PAYMENT - THANK YOU", "211.00CR")]
    assert not signs_like_an_account(DEFAULT, issuer)
    # a bare row that is no payment to the card (a salary) is no card's holder-side print
    mixed = [_row("SHOP", "-12.00"), _row("CAFE", "-3.00"), _row("SALARY ACME", "1500.00")]
    assert not signs_like_an_account(DEFAULT, mixed)


def test_a_card_whose_balances_print_below_zero_signs_from_the_holders_side() -> None:
    # Charges with a minus, payments bare in a wording no lexicon lists: the balances, owed and
    # printed below zero, say the holder's side (an issuer prints what is owed bare).
    rows = [
        _row("ORCHARD BOOKS", "-113.25"),
        _row("PAYMENT BY BANK GIRO", "1,403.17"),
        _row("KOPI", "-79.54"),
    ]
    opening, closing = parse_money("-1,278.35"), parse_money("-156.70")
    assert signs_like_an_account(DEFAULT, rows, (opening, closing))
    assert not signs_like_an_account(DEFAULT, rows)
    # an issuer's balance owed, printed bare, or a credit to the holder marked CR, says nothing
    assert not signs_like_an_account(DEFAULT, rows, (parse_money("1,278.35"), closing))
    assert not signs_like_an_account(DEFAULT, rows, (parse_money("156.70CR"),))


def test_an_italian_card_repaid_by_a_debit_to_the_current_account_signs_from_the_holders_side() -> None:
    # An Italian card is repaid by debiting the holder's current account ("ADDEBITO IN CONTO"): that
    # bare row is the payment to the card. The balances cross zero (owed at the start, in credit at the
    # end), so they say nothing of the side; the payment does.
    rows = [
        _row("ADDEBITO IN CONTO", "1.182,64"),
        _row("AIRPORT PARKING LONDON GB", "-83,03"),
        _row("CAFE CENTRAL TORINO IT", "-87,81"),
        _row("QUOTA ANNUALE", "-4,79"),
    ]
    assert signs_like_an_account(DEFAULT, rows, (parse_money("-933,04"), parse_money("532,32")))
