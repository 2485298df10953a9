"""Card numbers (PANs) in free text: find the Luhn-valid ones and mask all but the last four digits."""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "*"
MIN_PAN_DIGITS = 13
MAX_PAN_DIGITS = 19
_ANY_LONG = frozenset(range(16, MAX_PAN_DIGITS + 1))
# Digit groups joined by at most one space or dash, as card numbers are printed ("4111 1111-1111 1111").
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])\d+(?:[ -]\d+)*(?![0-9A-Za-z])")
_GROUP = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class CardNumber:
    """Where a card number sits in a text; the digits themselves are not kept."""

    start: int
    end: int
    last4: str


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum of a string of digits."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def find_card_numbers(text: str) -> list[CardNumber]:
    """Luhn-valid 13-19 digit card numbers in `text`, spaces and dashes allowed between digit groups.

    A longer run of groups (a reference followed by a card number, say) is searched group by group, so a
    card number inside it is still found.
    """
    found: list[CardNumber] = []
    for run in _DIGIT_RUN.finditer(text):
        groups = [(run.start() + g.start(), run.start() + g.end()) for g in _GROUP.finditer(run.group())]
        first = 0
        while first < len(groups):
            match = _longest_card_from(text, groups, first)
            if match is None:
                first += 1
                continue
            last, digits = match
            found.append(CardNumber(start=groups[first][0], end=groups[last][1], last4=digits[-4:]))
            first = last + 1
    return found


def _longest_card_from(text: str, groups: list[tuple[int, int]], first: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    digits = ""
    for last in range(first, len(groups)):
        start, end = groups[last]
        digits += text[start:end]
        if len(digits) > MAX_PAN_DIGITS:
            break
        if len(digits) in card_lengths(digits) and len(set(digits)) > 1 and luhn_valid(digits):
            best = (last, digits)
    return best


def card_lengths(digits: str) -> frozenset[int]:
    """The lengths a card number with these leading digits has (empty when no card network issues it).

    One in ten random digit runs passes Luhn, so bank references (a 14-digit direct-debit reference
    starting with 4, say) are told apart by the networks' prefixes and lengths.
    """
    if len(digits) < 4:
        return frozenset()
    two, three, four = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":  # Visa
        return frozenset({13, 16, 19})
    if 51 <= two <= 55 or 2221 <= four <= 2720:  # Mastercard
        return frozenset({16})
    if two in (34, 37):  # American Express
        return frozenset({15})
    if two == 36:  # Diners Club International
        return frozenset(range(14, MAX_PAN_DIGITS + 1))
    if digits[0] in "56" or two in (35, 38, 39) or 300 <= three <= 305:
        return _ANY_LONG  # Maestro, Discover, UnionPay, JCB, other Diners ranges
    return frozenset()


def mask_card_numbers(text: str) -> tuple[str, list[CardNumber]]:
    """`text` with every card number's digits masked except the last four; separators are kept."""
    cards = find_card_numbers(text)
    if not cards:
        return text, []
    pieces: list[str] = []
    cursor = 0
    for card in cards:
        pieces.append(text[cursor : card.start])
        pieces.append(mask_digits(text[card.start : card.end]))
        cursor = card.end
    pieces.append(text[cursor:])
    return "".join(pieces), cards


def mask_digits(value: str, keep: int = 4) -> str:
    """Every digit of `value` but the last `keep` replaced by the mask; other characters unchanged."""
    total = sum(c.isdigit() for c in value)
    seen = 0
    out: list[str] = []
    for char in value:
        if char.isdigit():
            seen += 1
            out.append(char if seen > total - keep else MASK)
        else:
            out.append(char)
    return "".join(out)
