"""Money as printed on statements -> Decimal, with the sign marks banks use (-, (), trailing -, DR/CR).

Only figures with exactly two decimals count as money: that alone tells `1,234.56` from `1.234,56`
from `1 234,56`, and keeps reference numbers and years in descriptions out of the amount columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.extract.lexicon import ALL

# Symbols and codes that may stick to a figure; the value is the ISO code they imply, if any.
CURRENCY_SYMBOLS: dict[str, str | None] = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "S$": "SGD",
    "CA$": "CAD",
    "C$": "CAD",
    "US$": "USD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "$": None,  # a dollar, but which one the address or a code must tell
}
# Countries whose postal codes tell which dollar a bare "$" is, in the order they are tried.
DOLLAR_COUNTRIES = {"CA": "CAD", "US": "USD"}
CURRENCY_CODES = frozenset(
    {
        "CAD",
        "USD",
        "EUR",
        "GBP",
        "SGD",
        "AUD",
        "NZD",
        "CHF",
        "HKD",
        "JPY",
        "INR",
        "MXN",
        "ZAR",
        "SEK",
        "NOK",
        "DKK",
    }
)

_SPACE = "[ \u00a0\u202f\u2009]"
_DEBIT_MARKS = frozenset(ALL.debit_markers)
_CREDIT_MARKS = frozenset(ALL.credit_markers) - _DEBIT_MARKS


def _marker_pattern(markers: frozenset[str]) -> str:
    """Markers of a debit or a credit: words in any case, single letters only as capitals ("D", "S")."""
    words = sorted(markers, key=len, reverse=True)
    return "|".join(f"(?i:{re.escape(m)})" if len(m) > 1 else re.escape(m.upper()) for m in words)


_MARK = _marker_pattern(_DEBIT_MARKS | _CREDIT_MARKS)
_SYMBOL = "(?:" + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)) + ")"
_CODE = "(?:" + "|".join(sorted(CURRENCY_CODES)) + ")"
_CORE = (
    r"(?P<core>"
    r"\d{1,3}(?:,\d{3})+\.\d{2}"  # 1,234.56
    r"|\d{1,2}(?:,\d{2})+,\d{3}\.\d{2}"  # 1,23,456.78 (India: lakhs and crores)
    r"|\d{1,3}(?:\.\d{3})+,\d{2}"  # 1.234,56
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+[.,]\d{{2}}"  # 1 234,56 and 1 234.56
    r"|\d{1,3}(?:'\d{3})+\.\d{2}"  # 1'234.56
    r"|\d+[.,]\d{2}"  # 1234.56 and 1234,56
    r")"
)
_MONEY = re.compile(
    rf"^(?P<lead>[-+\u2212\u2013]?)(?P<open>\(?)(?:{_CODE}{_SPACE}?)?(?P<sym>{_SYMBOL})?{_SPACE}?"
    rf"(?P<lead2>[-+\u2212\u2013]?){_SPACE}?{_CORE}{_SPACE}?(?P<sym2>{_SYMBOL})?(?P<close>\)?)"
    rf"(?P<trail>[-+\u2212]?){_SPACE}?(?P<code2>{_CODE})?{_SPACE}?(?P<mark>{_MARK})?\.?$"
)
MINUS_CHARS = "-\u2212\u2013"


@dataclass(frozen=True, slots=True)
class Money:
    """A printed figure: its magnitude and what the print says about its sign."""

    magnitude: Decimal
    negative: bool | None  # True: printed as a debit/negative; False: explicitly positive/CR; None: bare
    marker: str | None = None  # "DR" or "CR" when printed
    currency: str | None = None  # ISO code implied by a symbol or code next to the figure
    whole: bool = False  # an OCR whole number where a figure belongs: its decimal point may be lost

    @property
    def signed(self) -> Decimal:
        """The value with the printed sign; a bare figure counts as positive."""
        return -self.magnitude if self.negative else self.magnitude


def parse_money(text: str) -> Money | None:
    """Parse one printed figure; None when the text is not money with two decimals."""
    text = text.strip()
    if not text or not any(c.isdigit() for c in text):
        return None
    match = _MONEY.match(text)
    if match is None:
        return None
    if bool(match["open"]) != bool(match["close"]):
        return None
    magnitude = _to_decimal(match["core"])
    mark = match["mark"]
    # DR, DB, OD (overdrawn), S (Soll) and their kin mean a debit; CR, H (Haben) and theirs a credit.
    marker = None if not mark else "DR" if mark.lower() in _DEBIT_MARKS else "CR"
    signs = [match["lead"], match["lead2"], match["trail"]]
    negative: bool | None = None
    if any(s and s in MINUS_CHARS for s in signs) or match["open"] or marker == "DR":
        negative = True
    elif any(s == "+" for s in signs) or marker == "CR":
        negative = False
    symbol = match["sym"] or match["sym2"]
    currency = match["code2"] or (CURRENCY_SYMBOLS.get(symbol) if symbol else None)
    code_match = re.match(rf"^[-+\u2212\u2013]?\(?({_CODE})", text)
    if code_match:
        currency = code_match.group(1)
    return Money(magnitude=magnitude, negative=negative, marker=marker, currency=currency)


def is_sign_marker(text: str) -> bool:
    """A DR/CR word printed apart from its figure."""
    return re.fullmatch(_MARK, text.strip().rstrip(".")) is not None


def _to_decimal(core: str) -> Decimal:
    digits = re.sub(r"[ \u00a0\u202f\u2009',.]", "", core)
    # Every accepted form ends in a separator and two decimals.
    return Decimal(digits[:-2] + "." + digits[-2:])
