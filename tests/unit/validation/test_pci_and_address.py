"""Card numbers found by Luhn and masked to the last four; postal addresses judged complete or not."""

from __future__ import annotations

import pytest

from ingest.checks import address_lacks
from ingest.pci import find_card_numbers, luhn_valid, mask_card_numbers


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("CARD 4111111111111111", "CARD ************1111"),
        ("CARD 4111-1111-1111-1111 REF 77", "CARD ****-****-****-1111 REF 77"),
        ("AMEX 3782 822463 10005 PAID", "AMEX **** ****** *0005 PAID"),
        ("VISA 4222222222222", "VISA *********2222"),  # 13 digits
        ("DISCOVER 6011 0009 9013 9424", "DISCOVER **** **** **** 9424"),
        ("MC 2223 0031 2200 3222", "MC **** **** **** 3222"),  # Mastercard 2-series
        ("REF 20240115 5555 5555 5555 4444", "REF 20240115 **** **** **** 4444"),  # a date before it
    ],
)
def test_card_numbers_are_masked_to_the_last_four_digits(text: str, masked: str) -> None:
    assert mask_card_numbers(text)[0] == masked


@pytest.mark.parametrize(
    "text",
    [
        "CARD 4111 1111 1111 1112",  # fails Luhn
        "REF 9111111111111111",  # passes Luhn, but no card issuer starts with 9
        "DD FIE 40058834132904",  # passes Luhn, starts like Visa, but Visa numbers are never 14 digits
        "REF 555555555555444400",  # Mastercard numbers have 16 digits: this run has 18
        "TEL 514 555 0199",  # too short
        "AMOUNT 1,234.56 BAL 4111.11",
        "ACCT 411111111111111111111",  # 21 digits: not a card number
        "E-TRANSFER CA4Y7vB3",
    ],
)
def test_other_digit_runs_are_not_card_numbers(text: str) -> None:
    assert find_card_numbers(text) == []
    assert mask_card_numbers(text)[0] == text


def test_luhn() -> None:
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")


@pytest.mark.parametrize(
    "address",
    [
        "2210 CHEMIN SAINTE-FOY, MONTREAL QC H2X 3K8",
        "2210 Chemin Sainte-Foy\nMontréal QC H2X3K8",
        "10 Downing Street, London SW1A 2AA",
        "12 HIGH STREET LONDON SW1A 1AA",
        "1600 Pennsylvania Ave NW, Washington, DC 20500",
        "12 rue de Rivoli, 75001 Paris",
        "Keizersgracht 120, 1015 CW Amsterdam",
        "2210 MAIN ST 45402 DAYTON OH",
        "1234 MAIN ST APT 3, SPRINGFIELD, IL 62701",
        # As OCR reads them: 0 as O, 8 as B, 5 as S.
        "2492 WILLOW LANE, MONTREAL QC A5E OBO",
        "311 HARBOUR ROAD, OTTAWA ON S5V 783",
        "840 HARBOUR ROAD, TORONTO ON NOM 8P6",
        "12 High Street, York, YO1O 5SB",
    ],
)
def test_complete_addresses(address: str) -> None:
    assert address_lacks(address) == []


@pytest.mark.parametrize(
    ("address", "lacking"),
    [
        ("2210 CHEMIN SAINTE-FOY, MONTREAL QC", ["postal code"]),
        ("2210 CHEMIN SAINTE-FOY, H2X 3K8", ["city"]),
        ("2210 CHEMIN SAINTE-FOY", ["postal code", "city"]),
        ("12 rue de Rivoli", ["postal code", "city"]),
        ("12 BOSSES ROAD, SPRINGFIELD", ["postal code"]),
        ("2210 MAIN ST, SUITE 123 456", ["postal code"]),
    ],
)
def test_incomplete_addresses(address: str, lacking: list[str]) -> None:
    assert address_lacks(address) == lacking
