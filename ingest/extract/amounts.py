"""Money as printed on statements -> Decimal, with the sign marks banks use (-, (), trailing -, DR/CR).

Only figures with exactly the currency's decimal places count as money (two for most, none for
JPY or KRW, three for KWD or BHD): that alone tells `1,234.56` from `1.234,56` from `1 234,56`, and
keeps reference numbers and years in descriptions out of the amount columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from ingest.extract.lexicon import ALL

# Symbols and codes that may stick to a figure; the value is the ISO code they imply, if any.
CURRENCY_SYMBOLS: dict[str, str | None] = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "₵": "GHS",
    "R$": "BRL",
    "S$": "SGD",
    "CA$": "CAD",
    "C$": "CAD",
    "US$": "USD",
    "U$S": "USD",  # the dollar of the River Plate's accounts (Argentina, Uruguay), beside their pesos' "$"
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    # The shillings of East Africa, the ringgit, the rupiah, the peso of the Philippines, the kwanza:
    # printed before (or after) every figure of their wallets and accounts.
    "KSh": "KES",
    "Ksh": "KES",
    "TSh": "TZS",
    "USh": "UGX",
    "RM": "MYR",
    "Rp": "IDR",
    "₱": "PHP",
    "Kz": "AOA",
    # Ghana's cedi as its banks print it, and the signs of Asia's and the Middle East's moneys: the taka,
    # the baht, the dong, the won and the shekel, before (or after) every figure.
    "GH₵": "GHS",
    "GH¢": "GHS",
    "৳": "BDT",
    "฿": "THB",
    "₫": "VND",
    "₩": "KRW",
    "₪": "ILS",
    # The won, the yen and the dong as their own scripts write them, after every figure ("1,500원",
    # "1,500円", "1.500 đ").
    "원": "KRW",
    "円": "JPY",
    "đ": "VND",
    # South Africa's rand, printed before every figure ("R1 234.56"), or in a money heading ("Balance (R)").
    "R": "ZAR",
    # Peru's sol, printed "S/" (or "S/.") before every figure (its code, PEN, is an English word).
    "S/": "PEN",
    "S/.": "PEN",
    # Turkey's lira, printed TL after every figure (its code, TRY, is an English word and no code here),
    # or its sign before every figure.
    "TL": "TRY",
    # The koruna, the forint and the leu, printed after every figure: signs, not names a page may print
    # in other senses ("Ft Lauderdale", "KC", the name Lei).
    "Kč": "CZK",
    "Ft": "HUF",
    "lei": "RON",
    "₺": "TRY",
    # The rouble, the hryvnia and the tenge, printed after (or before) every figure of a card's rows.
    "₽": "RUB",
    "₴": "UAH",
    "₸": "KZT",
    # The dirham of Morocco and the dinar of Algeria, printed after every figure ("1 234,56 DH", "DA").
    "DH": "MAD",
    "DA": "DZD",
    "$": None,  # a dollar, but which one the address or a code must tell
    "Rs": None,  # a rupee, whose the country the statement names must tell (RUPEE_COUNTRIES)
    "Rs.": None,
}
SHARED_SIGNS = frozenset(sign for sign, code in CURRENCY_SYMBOLS.items() if code is None)  # "$", "Rs"
# The countries whose money a bare "$" may be (ISO 3166 -> ISO 4217).
DOLLAR_COUNTRIES = {
    "CA": "CAD",
    "US": "USD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "MX": "MXN",
    # The pesos of South America print "$" as Mexico's does.
    "AR": "ARS",
    "CL": "CLP",
    "CO": "COP",
    "UY": "UYU",
}
# The countries whose money "Rs" (a rupee) may be: the country the statement names must tell.
RUPEE_COUNTRIES = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}
# The money of the countries whose accounts have an IBAN and whose statements the lexicon reads: an account
# held there is in its country's money unless the statement prints another (ISO 3166 -> ISO 4217).
_EURO_AREA = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK"
IBAN_CURRENCIES = {
    **dict.fromkeys(_EURO_AREA.split(), "EUR"),
    "CH": "CHF",
    "DK": "DKK",
    "GB": "GBP",
    "NO": "NOK",
    "PL": "PLN",
    "SE": "SEK",
    "TR": "TRY",
    "CZ": "CZK",
    "HU": "HUF",
    "RO": "RON",
    "UA": "UAH",
    "KZ": "KZT",
    "BY": "BYN",
    "RS": "RSD",
}
# The countries of the CFA franc, printed "FCFA" in West Africa (XOF) and Central Africa (XAF) alike.
CFA_COUNTRIES = {
    **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW"), "XOF"),
    **dict.fromkeys(("CM", "GA", "CG", "TD", "CF", "GQ"), "XAF"),
}
# Countries whose own money no shared sign names, whose statements in English may print bare figures
# under "Debit | Credit | Balance", naming the country only in an address.
BARE_FIGURE_COUNTRIES = {"KE": "KES", "AE": "AED", "BD": "BDT", "EG": "EGP", "SA": "SAR"}
# Their international dialling codes; "+1" is left out, as Canada and the United States share it.
DIALLING_CODES = {
    "61": "AU",
    "64": "NZ",
    "65": "SG",
    "852": "HK",
    "52": "MX",
    "54": "AR",
    "56": "CL",
    "57": "CO",
    "598": "UY",
}
# The money of every country above: an account held in one of them, whose figures name no money, is in it.
COUNTRY_CURRENCIES = {
    **IBAN_CURRENCIES,
    **DOLLAR_COUNTRIES,
    **RUPEE_COUNTRIES,
    **CFA_COUNTRIES,
    **BARE_FIGURE_COUNTRIES,
}
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
        "NGN",
        "GHS",
        "KES",
        "MYR",
        "BRL",
        "TZS",
        "UGX",
        "RWF",
        "ZMW",
        "MZN",
        "AOA",
        "XOF",
        "XAF",
        "IDR",
        "PHP",
        # Latin America, South Asia, the Gulf and others whose codes are no words or names a
        # description prints in capitals (not COP, PEN, NPR, RON, TRY, MAD, ALL, BOB)
        "ARS",
        "CLP",
        "UYU",
        "PYG",
        "PKR",
        "BDT",
        "LKR",
        "NPR",
        "MUR",
        "EGP",
        "AED",
        "SAR",
        "QAR",
        "KWD",
        "BHD",
        "OMR",
        "JOD",
        # the Maghreb and Iraq: dinars, three decimals in Tunisia, Libya and Iraq
        "TND",
        "DZD",
        "LYD",
        "IQD",
        "THB",
        "VND",
        "KRW",
        "CNY",
        "TWD",
        "PLN",
        "CZK",
        "HUF",
        "ILS",
        "RUB",
        "UAH",
        "BYN",
        "KZT",
        "BGN",
        "RSD",
    }
)
# Codes that are words or names a description prints in capitals ("RON", "TRY", "PEN"): the money of
# the account only where a currency label names it ("Moneda: RON").
LABELLED_CODES = frozenset({"RON", "TRY", "PEN", "COP", "MAD", "BOB"})

_SPACE = "[ \u00a0\u202f\u2009]"
# The minus, and every dash a producer sets for one where its font or template has none: the hyphen-minus,
# the minus sign, the en dash, the figure dash (a digit wide, for figures) and the em dash.
MINUS_CHARS = "-\u2212\u2013\u2012\u2014"
SLASHED_MINUS = "-/-"  # the minus Dutch bookkeeping sets before or after a figure ("-/- 12,50")
_MINUS_SIGNS = frozenset((*MINUS_CHARS, SLASHED_MINUS))
_APOSTROPHE = "['\u2019]"  # Switzerland's thousands mark, which type often sets as ’
_DEBIT_MARKS = frozenset(ALL.debit_markers)
_CREDIT_MARKS = frozenset(ALL.credit_markers) - _DEBIT_MARKS


def _marker_pattern(markers: frozenset[str]) -> str:
    """Markers of a debit or a credit: words in any case, single letters only as capitals ("D", "S")."""
    words = sorted(markers, key=lambda m: (-len(m), m))  # longest first; the same text in every process
    return "|".join(f"(?i:{re.escape(m)})" if len(m) > 1 else re.escape(m.upper()) for m in words)


_MARK = _marker_pattern(_DEBIT_MARKS | _CREDIT_MARKS)


class SideMark(StrEnum):
    """The side a mark printed beside a figure names, in whatever words ("DR", "Cr", "S", "Haben")."""

    DR = "DR"  # money out of the account, or owed to the bank
    CR = "CR"  # money into the account, or the holder's


def _side_mark(mark: str | None) -> SideMark | None:
    """The side a debit or credit mark names; None where no mark is printed."""
    if not mark:
        return None
    return SideMark.DR if mark.lower() in _DEBIT_MARKS else SideMark.CR


_SYMBOL = "(?:" + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)) + ")"
_CODE = "(?:" + "|".join(sorted(CURRENCY_CODES)) + ")"


# "389,90 (-)", "1.500,00 (+)": the sign in brackets after the figure, as Brazilian statements print it.
_BRACKETED_SIGN = r"\((?P<bsign>[-+\u2212])\)"


@lru_cache(maxsize=8)
def _money_pattern(places: int) -> re.Pattern[str]:
    """A printed figure with `places` decimals, in each grouping style statements use."""
    point, comma, either = (
        (rf"\.\d{{{places}}}", rf",\d{{{places}}}", rf"[.,]\d{{{places}}}") if places else ("", "", "")
    )
    # 2.853.82: dots between thousands and before two decimals (a group of three is never the decimals)
    dotted = r"|\d{1,3}(?:\.\d{3})+\.\d{2}" if places == 2 else ""
    core = (
        r"(?P<core>"
        rf"\d{{1,3}}(?:,\d{{3}})+{point}"  # 1,234.56
        rf"|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}{point}"  # 1,23,456.78 (India: lakhs and crores)
        rf"|\d{{1,3}}(?:\.\d{{3}})+{comma}"  # 1.234,56
        f"{dotted}"
        rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+{either}"  # 1 234,56 and 1 234.56
        rf"|\d{{1,3}}(?:{_APOSTROPHE}\d{{3}})+{point}"  # 1'234.56, 1’234.56
        rf"|\d+{either}"  # 1234.56 and 1234,56
        r")"
    )
    sign = rf"(?:{re.escape(SLASHED_MINUS)}|[+{re.escape(MINUS_CHARS)}])?"
    return re.compile(
        rf"^(?P<lead>{sign})(?P<open>\(?)(?:{_CODE}{_SPACE}?)?(?P<sym>{_SYMBOL})?{_SPACE}?"
        rf"(?P<lead2>{sign}){_SPACE}?{core}{_SPACE}?(?P<sym2>{_SYMBOL})?(?P<close>\)?)"
        rf"{_SPACE}?(?P<trail>{sign}){_SPACE}?(?P<code2>{_CODE})?{_SPACE}?"
        rf"(?:(?P<mark>{_MARK})|\((?P<bracketed>{_MARK})\)|{_BRACKETED_SIGN})?\.?$"
    )


_LEADING_CODE = re.compile(rf"^[+{re.escape(MINUS_CHARS)}]?\(?({_CODE})")


@dataclass(frozen=True, slots=True)
class Money:
    """A printed figure: its magnitude and what the print says about its sign."""

    magnitude: Decimal
    negative: bool | None  # True: printed as a debit/negative; False: explicitly positive/CR; None: bare
    marker: SideMark | None = None  # the side a mark printed beside it names
    currency: str | None = None  # ISO code implied by a symbol or code next to the figure
    whole: bool = False  # an OCR whole number where a figure belongs: its decimal point may be lost

    @property
    def signed(self) -> Decimal:
        """The value with the printed sign; a bare figure counts as positive."""
        return -self.magnitude if self.negative else self.magnitude


# A pure function of its text, asked again of the same figures by the table, the header and the boxes.
@lru_cache(maxsize=16384)
def parse_money(text: str, places: int = 2) -> Money | None:
    """Parse one printed figure; None when the text is not money with `places` decimals."""
    text = text.strip()
    if not text or not any(map(str.isdigit, text)):
        return None
    whole = _whole_with_sign(text) if places else None
    if whole is not None:
        return whole
    if places and "." not in text and "," not in text:
        return None  # each way of printing decimals sets a point or a comma before them
    match = _money_pattern(places).match(text)
    if match is None:
        return None
    if bool(match["open"]) != bool(match["close"]):
        return None
    magnitude = _to_decimal(match["core"], places)
    mark = match["mark"] or match["bracketed"]  # "1,234.56(Cr)"
    # DR, DB, OD (overdrawn), S (Soll) and their kin mean a debit; CR, H (Haben) and theirs a credit.
    marker = _side_mark(mark)
    signs = [match["lead"], match["lead2"], match["trail"], match["bsign"]]
    negative: bool | None = None
    # "- $1,234.56 CR" after a label ("Opening balance - $1,234.56 CR"): the dash parts the label from
    # its figure, whose side the CR says; a figure is never both money out and marked a credit.
    dashed = match["lead"] in _MINUS_SIGNS or match["lead2"] in _MINUS_SIGNS
    if marker == SideMark.CR and dashed and not match["open"] and match["trail"] not in _MINUS_SIGNS:
        negative = False
    elif any(s in _MINUS_SIGNS for s in signs) or match["open"] or marker == SideMark.DR:
        negative = True
    elif any(s == "+" for s in signs) or marker == SideMark.CR:
        negative = False
    symbol = match["sym"] or match["sym2"]
    currency = match["code2"] or (CURRENCY_SYMBOLS.get(symbol) if symbol else None)
    code_match = _LEADING_CODE.match(text)
    if code_match:
        currency = code_match.group(1)
    return Money(magnitude=magnitude, negative=negative, marker=marker, currency=currency)


# A figure in whole units of the money whose own sign (naming one money) is set before it, grouped by
# thousands (or lakhs) or not: "₹486", "₹1,500", "₹1,23,456".
_WHOLE_WITH_SIGN = re.compile(
    "(?P<sym>"
    + "|".join(re.escape(s) for s, code in CURRENCY_SYMBOLS.items() if code and not s.isalpha())
    + ")"
    r"(?P<digits>\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)"
    f"(?P<mark>{_MARK})?"
)


def _whole_with_sign(text: str) -> Money | None:
    """A figure its money's sign opens and no decimals close ("₹486", "₹1,500", "₹486 DEBIT" joined):
    that many whole units of the money, with the side a mark after it says."""
    match = _WHOLE_WITH_SIGN.fullmatch(text)
    if match is None:
        return None
    marker = _side_mark(match["mark"])
    magnitude = Decimal(_GROUPING.sub("", match["digits"]))
    return Money(
        magnitude, None if marker is None else marker == SideMark.DR, marker, CURRENCY_SYMBOLS[match["sym"]]
    )


@lru_cache(maxsize=4096)  # asked of every word of a table's lines, by the table and the header
def is_sign_marker(text: str) -> bool:
    """A DR/CR word printed apart from its figure, bare or in brackets ("(Dr)"), or a sign in
    brackets ("(-)")."""
    return _MARK_ALONE.fullmatch(text.strip().rstrip(".")) is not None


_MARK_ALONE = re.compile(rf"(?:{_MARK})|\((?:{_MARK})\)|{_BRACKETED_SIGN}")
_GROUPING = re.compile(r"[ \u00a0\u202f\u2009',.\u2019]")


def _to_decimal(core: str, places: int) -> Decimal:
    digits = _GROUPING.sub("", core)
    # Every accepted form ends in a separator and `places` decimals (none: no separator).
    return Decimal(digits[:-places] + "." + digits[-places:]) if places else Decimal(digits)


# ISO 4217 minor units where they are not 2.
_MINOR_UNITS = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}  # fmt: skip
_DEFAULT_MINOR_UNITS = 2


def minor_units(currency: str | None) -> int:
    """The decimal places a currency's amounts are printed with."""
    return _MINOR_UNITS.get((currency or "").upper(), _DEFAULT_MINOR_UNITS)


def _printed_whole(words: Sequence[str]) -> bool:
    """Whether the figures are printed whole ("1.250.000", "Rp 845.500"), as the rupiah's and other
    moneys' whose cents fell out of use are: figures in groups of thousands with no decimals, several,
    and more than twice as many as figures with cents."""
    whole = sum(
        len(t) >= _GROUPED_LENGTH
        and _THOUSANDS_GROUP.search(t) is not None
        and parse_money(t, 0) is not None
        and parse_money(t) is None
        for t in words
    )
    if whole < _WHOLE_FIGURES:
        return False  # most files: the figures with cents need not be counted
    cents = sum(parse_money(t) is not None for t in words)
    return whole > 2 * cents


_THOUSANDS_GROUP = re.compile(r"\d[.,'   \u2019]\d{3}(?!\d)")
_GROUPED_LENGTH = 5  # a digit, a thousands mark, three digits: a shorter word is passed over unsearched
_WHOLE_FIGURES = 4  # a few grouped whole numbers (a count, a reference) do not make a money whole


def money_places(currency: str | None, texts: Iterable[str]) -> int:
    """The decimal places to read a statement's money with: its currency's, unless the figures
    printed read as money with two places more often (a currency named in passing is not the one
    the statement keeps)."""
    places = minor_units(currency)
    words = list(texts)
    if places == _DEFAULT_MINOR_UNITS:
        return 0 if _printed_whole(words) else places
    own = sum(parse_money(t, places) is not None for t in words)
    usual = sum(parse_money(t, _DEFAULT_MINOR_UNITS) is not None for t in words)
    return places if own >= usual else _DEFAULT_MINOR_UNITS


# Every file's words are read against the patterns of figures with cents and of whole figures (~3 ms
# of compiling each): made as the readers load, the processes forked to read files inherit them.
_money_pattern(_DEFAULT_MINOR_UNITS)
_money_pattern(0)
