"""The words of statements, one data file per language (`<code>.toml`) with the same classes in each.

The reader never holds a phrase of its own: it asks `ALL` (every language at once, since a file does not
say which it is written in) or one language's `Lexicon`. Phrases are written as printed; they are folded
(lower case, accents stripped) once here, so the reader matches folded text against folded phrases.
A language's file names every class of `Lexicon` (the language is the file's name) and nothing else.
Adding a language is adding one file, which names the language's Tesseract data (`make setup` installs
the data every file names) and the script its letters are, and naming the file in `_CODES`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, for matching words in any of the languages."""
    if text.isascii():
        return text.lower()
    # Turkish prints a dotless ı whose capital (I) lowers to i, and Greek a final ς that its capital (Σ)
    # lowers to σ inside a word: each pair is one letter here.
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ı", "i").replace("ς", "σ"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


Phrases = tuple[str, ...]


# Compared and hashed by identity: what a step derives from a lexicon (its patterns) is cached per lexicon.
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Every class of words a statement prints, in one language."""

    language: str  # ISO 639-1 code
    tesseract: str  # the name of Tesseract's data for the language ("eng", "deu")
    # The script its letters are, as Tesseract's OSD names it ("Latin", "Greek"): a scanned page in a script
    # the first reading's data lacks is read again in the language written in it (see `ocr.script_language`).
    script: str
    # Table headings, by the column they name.
    date_headings: Phrases  # the transaction or booking date
    value_date_headings: Phrases  # the value (or posting) date printed beside it
    # The day the holder made the transaction (a purchase), which is the row's date whatever other
    # date (booking, posting) is printed beside it, and in whichever order.
    transaction_date_headings: Phrases
    description_headings: Phrases
    debit_headings: Phrases  # money out, unsigned
    credit_headings: Phrases  # money in, unsigned
    amount_headings: Phrases  # one signed or marked amount
    # The amount left of a payment after its fee ("Net amount"), which the balance takes: beside an amount
    # heading, it heads the row's amount and the other the payment as it came.
    net_headings: Phrases
    balance_headings: Phrases  # the running balance
    other_headings: Phrases  # columns the reader does not use (reference, type)
    # A column of fees the row bears ("Charge", "Service fee"), which its balance may or may not include.
    fee_headings: Phrases
    # A column that says something of each row but not what it was (whether it completed, its category, a
    # card's merchant category code and reward points): no part of its description.
    aside_headings: Phrases
    nothing_words: Phrases  # what a cell prints for none ("Nil", "N/A"): neither a figure nor text
    # Rows and labels that are balances or totals, not transactions.
    opening_balance: Phrases
    closing_balance: Phrases
    brought_forward: Phrases  # a page's first row: the balance carried over
    carried_forward: Phrases  # a page's last row: the balance carried over
    amount_due: Phrases  # a card's closing balance as a bill states it
    totals: Phrases  # the first word(s) of a totals line
    summary_lines: Phrases  # activity summaries printed among rows ("net amount of monthly activity")
    # A card bill's table of what later bills will charge ("próximas faturas", "compras parceladas").
    future_headings: Phrases
    # The statement's own interest, fees and taxes on them ("Interest paid", "Habenzinsen", "Frais"), which
    # a bank books on the statement's closing day and may list undated after the dated rows.
    own_charges: Phrases
    # Transactions authorised but not yet posted ("Pending transactions", "Vorgemerkte Umsätze"): a table
    # under such a heading lists none of the statement's rows; one of them where a row's date would be
    # ("Pending") marks that row not posted.
    pending_headings: Phrases
    # A note under a purchase abroad, or the heading of a column beside it: the amount in its own money and
    # the rate it was converted at, no money of the row's.
    exchange_rate_words: Phrases
    dated_balance_labels: Phrases  # "balance on <date>"
    # Words beside a balance's label that say whose the money is, and so its sign: owed to the bank
    # ("in our favour", "zu unseren Gunsten", "solde débiteur") or the holder's ("in your favour").
    owed_to_bank: Phrases
    owed_to_holder: Phrases
    # Sign markers printed beside a figure or as its own column.
    debit_markers: Phrases
    credit_markers: Phrases
    # Header labels.
    account_labels: Phrases
    sort_code_labels: Phrases
    # The label of a bank's code that one country's accounts are given with ("sort code": GB, "BSB": AU)
    # -> that country (ISO 3166): the country, and so the money, of an account whose figures name none.
    bank_code_countries: Mapping[str, str]
    iban_labels: Phrases
    bare_account_labels: Phrases  # "account" alone: a more specific label's number wins
    member_labels: Phrases  # a credit union's member's number: any label of the account itself wins
    label_verbs: Phrases  # set between a label and its value in a sentence ("Your account number is 1234")
    others_account_words: Phrases  # "bank" before "account": a payee's account, not the holder's
    bic_labels: Phrases
    holder_labels: Phrases
    name_labels: Phrases
    address_labels: Phrases
    currency_labels: Phrases
    # The money (an ISO 4217 code) of the one country whose banks print statements in the language, where
    # one does: a statement in Norwegian that names no money is in kroner. None where several countries do.
    home_currency: Phrases
    currency_names: Mapping[str, str]  # "pound sterling" -> GBP
    statement_date_labels: Phrases
    period_start_labels: Phrases
    period_end_labels: Phrases
    period_words: Phrases  # words that make a line the statement period ("period", "Zeitraum")
    period_connectors: Phrases  # "<date> to <date>"
    # Dates.
    months: Mapping[str, int]  # full names and abbreviations
    weekdays: Phrases
    ordinal_suffixes: Phrases  # "1st", "1er"
    before_month: Phrases  # words running text prints right before a month name ("due date is June 30")
    time_marks: Phrases  # what follows a time of day printed beside a row's date ("08:53:35 PM")
    year_marks: Phrases  # what follows a date's year ("31.03.2025 г.")
    date_joiners: Phrases  # set between a written-out date's day, month and year ("1 de agosto de 2025")
    day_marks: Phrases  # what follows a date's day ("2025 m. balandžio 1 d.")
    # What the statement is, and who issued it.
    account_types: tuple[tuple[str, str], ...]  # (phrase, AccountType value)
    card_cues: Phrases  # phrases only a card statement prints
    card_payments: Phrases  # how a card statement describes what it owes back: a payment to it, a refund
    institution_cues: Phrases  # words in a financial institution's name
    strong_institution_cues: Phrases  # words that name a bank and nothing else
    legal_forms: Phrases  # "plc", "AG", "S.A."
    legal_form_misreads: Mapping[str, str]  # OCR's "ple" for "plc"
    # Words that show a line is not a name: labels, greetings, prose.
    label_words: Phrases  # words of labels and headings, which a text layer may print letter-spaced
    field_words: Phrases  # words that make a line a label or heading, not a name or an address
    not_a_name: Phrases  # words that make a line prose or a title, not the name of a bank or a person
    name_particles: Phrases  # lower-case words inside a name ("Bank of …", "Caisse des …", "van …")
    name_titles: Phrases  # titles before a person's name ("Mr", "Sig.ra", "Herr"), without a closing point
    page_furniture: Phrases  # "page", "continued": printed on every page, never a row
    page_of_words: Phrases  # the word between a page's number and the statement's count ("2 of 3")
    function_words: Phrases  # the commonest short words of running text, to tell the language
    # a country's name -> its ISO 3166 code, for the countries whose money prints a sign others share
    # ("$", "FCFA") or whose statements may print their figures bare, naming the country in an address
    countries: Mapping[str, str]
    postcodes: Mapping[str, str]  # country (ISO 3166) -> regex of the postal code line printed there


def _fold_all(value: object) -> object:
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, tuple):
        return tuple(_fold_all(v) for v in value)
    if isinstance(value, Mapping):
        return {fold(k): v for k, v in value.items()}
    return value


def folded(lexicon: Lexicon) -> Lexicon:
    """The lexicon with every phrase folded (postal-code regexes are kept as written)."""
    kept = ("postcodes", "language", "tesseract", "script", "account_types", "home_currency")
    values: dict[str, Any] = {
        f.name: getattr(lexicon, f.name) if f.name in kept else _fold_all(getattr(lexicon, f.name))
        for f in fields(Lexicon)
    }
    values["account_types"] = tuple((fold(phrase), kind) for phrase, kind in lexicon.account_types)
    return Lexicon(**values)


def merged(lexicons: Iterable[Lexicon]) -> Lexicon:
    """One lexicon holding every phrase of these, each once, in the order first seen."""
    items = list(lexicons)
    # Tesseract reads in several languages at once named as one: "eng+fra".
    values: dict[str, Any] = {name: "+".join(getattr(lx, name) for lx in items) for name in _NAMES}
    for f in fields(Lexicon):
        if f.name in _NAMES:
            continue
        parts = [getattr(lx, f.name) for lx in items]
        if isinstance(parts[0], Mapping):
            joined: dict[str, int | str] = {}
            for part in parts:
                for key, value in part.items():
                    joined.setdefault(key, value)
            values[f.name] = joined
        else:
            values[f.name] = tuple(dict.fromkeys(p for part in parts for p in part))
    return Lexicon(**values)


# The fields that name the language rather than list its words.
_NAMES = ("language", "tesseract", "script")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _phrases(value: object) -> Phrases | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _pairs(value: object) -> tuple[tuple[str, str], ...] | None:
    if isinstance(value, list) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) for s in v) for v in value
    ):
        return tuple((phrase, kind) for phrase, kind in value)
    return None


def _table(kind: type) -> Callable[[object], dict[str, object] | None]:
    def read(value: object) -> dict[str, object] | None:
        if isinstance(value, dict) and all(type(v) is kind for v in value.values()):
            return dict(value)
        return None

    return read


# How each type of class is written in a file (annotations are text: `from __future__ import annotations`).
_READERS: dict[str, tuple[str, Callable[[object], object | None]]] = {
    "str": ("a text", _text),
    "Phrases": ("a list of phrases", _phrases),
    "tuple[tuple[str, str], ...]": ("a list of [phrase, value] pairs", _pairs),
    "Mapping[str, str]": ("a table of phrases to text", _table(str)),
    "Mapping[str, int]": ("a table of phrases to numbers", _table(int)),
}


def parse(language: str, text: str) -> Lexicon:
    """The lexicon a language's file writes (phrases as printed, not folded); ValueError, naming the
    file and the class, when the file misses a class, names one `Lexicon` does not have, or writes
    one in the wrong shape."""
    return _lexicon(language, _toml(language, text))


def _toml(language: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"lexicon file {language}.toml is not valid TOML: {error}") from error


def _lexicon(language: str, data: Mapping[str, Any]) -> Lexicon:
    """The lexicon of a language's file as TOML reads it (see `parse`)."""
    source = f"lexicon file {language}.toml"
    classes = {f.name: f for f in fields(Lexicon) if f.name != "language"}
    missing = [name for name in classes if name not in data]
    unknown = sorted(set(data) - set(classes))
    if missing:
        raise ValueError(f"{source} misses classes {missing}")
    if unknown:
        raise ValueError(f"{source} names classes a lexicon does not have: {unknown}")
    values: dict[str, Any] = {"language": language}
    for name, field in classes.items():
        shape, read = _READERS[str(field.type)]
        value = read(data[name])
        if value is None:
            raise ValueError(f"{source}: {name} must be {shape}")
        values[name] = value
    return Lexicon(**values)


def load(language: str) -> Lexicon:
    """The lexicon of this language (ISO 639-1 code) as its file, shipped in this package, writes it."""
    return parse(language, _file_text(language))


def _file_text(language: str) -> str:
    return resources.files(__name__).joinpath(f"{language}.toml").read_text(encoding="utf-8")


KEPT = Path(__file__).with_name("__pycache__")  # where the files' parsed data is kept (see `_load_all`)


def _load_all(codes: Sequence[str]) -> list[Lexicon]:
    """The lexicons of these languages, as `load` reads each.

    Parsing TOML is most of loading them (~30 ms of CPU, at the start of every process that reads
    files): what the files parse to is kept as JSON, which loads in about 1 ms, beside the package's
    bytecode and under the same rule (`sys.dont_write_bytecode`), named by a digest of the files' text
    so that a file edited is parsed again.
    """
    texts = {code: _file_text(code) for code in codes}
    digest = hashlib.sha256("\0".join(f"{code}\0{text}" for code, text in texts.items()).encode())
    kept = KEPT / f"lexicon-{digest.hexdigest()[:20]}.json"
    with contextlib.suppress(OSError, ValueError, LookupError, TypeError):  # none kept, or not whole
        kept_data = json.loads(kept.read_text(encoding="utf-8"))
        return [_lexicon(code, kept_data[code]) for code in codes]
    data = {code: _toml(code, text) for code, text in texts.items()}
    if not sys.dont_write_bytecode:
        _keep(kept, data)
    return [_lexicon(code, data[code]) for code in codes]


def _keep(path: Path, data: dict[str, Any]) -> None:
    """Write the files' parsed data where `_load_all` looks for it, replacing any of older files; a
    package that cannot be written to (installed read-only) parses its files at every start."""
    with contextlib.suppress(OSError, TypeError, ValueError):
        path.parent.mkdir(exist_ok=True)
        for old in path.parent.glob("lexicon-*.json"):
            old.unlink(missing_ok=True)
        written = path.with_name(f"{path.name}.{os.getpid()}")
        written.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(written, path)  # whole or not at all: other processes may be loading it


_CODES = (
    "en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "id", "tr", "da", "no",
    "fi", "cs", "sk", "hu", "ro", "ms", "el", "hr", "ca", "ru", "uk", "bg", "sr", "sl",
    "et", "lv", "lt", "vi",
)  # fmt: skip

# Each language's phrases as its file writes them, marks and all ("nợ"), by language.
WRITTEN: Mapping[str, Lexicon] = {lx.language: lx for lx in _load_all(_CODES)}
LANGUAGES: tuple[Lexicon, ...] = tuple(folded(lexicon) for lexicon in WRITTEN.values())
BY_LANGUAGE: Mapping[str, Lexicon] = {lx.language: lx for lx in LANGUAGES}


def _shared_currency_names(languages: tuple[Lexicon, ...]) -> Mapping[str, frozenset[str]]:
    """The names of money that languages give different codes ("kr": SEK, DKK, NOK), with those codes:
    only the page's language, or the country it names, tells which one a statement means."""
    codes: dict[str, set[str]] = {}
    for lx in languages:
        for name, code in lx.currency_names.items():
            codes.setdefault(name, set()).add(code)
    return {name: frozenset(named) for name, named in codes.items() if len(named) > 1}


SHARED_CURRENCY_NAMES: Mapping[str, frozenset[str]] = _shared_currency_names(LANGUAGES)


def _shared_month_names(languages: tuple[Lexicon, ...]) -> Mapping[str, Mapping[str, int]]:
    """The names of months that languages give different months ("listopad": October in Croatian,
    November in Polish and Czech), with each language's month: only the statement's language tells."""
    months: dict[str, dict[str, int]] = {}
    for lx in languages:
        for name, month in lx.months.items():
            months.setdefault(name, {})[lx.language] = month
    return {name: meant for name, meant in months.items() if len(set(meant.values())) > 1}


SHARED_MONTH_NAMES: Mapping[str, Mapping[str, int]] = _shared_month_names(LANGUAGES)
# Every language at once names a money only where the name means one code in all of them.
ALL: Lexicon = replace(
    merged(LANGUAGES),
    currency_names={
        name: code
        for name, code in merged(LANGUAGES).currency_names.items()
        if name not in SHARED_CURRENCY_NAMES
    },
)


def _telling_words(languages: tuple[Lexicon, ...]) -> dict[str, frozenset[str]]:
    """Per language, the words that tell a page is printed in it: its function words, and the single
    words of the period line and the page furniture that every statement of it prints ("vom", "Seite",
    "relevé") where no other language prints the same word ("page" is English and French: neither)."""
    printed = {
        lx.language: frozenset(w for w in (*lx.period_words, *lx.page_furniture) if " " not in w)
        for lx in languages
    }
    telling = {}
    for lx in languages:
        elsewhere = frozenset().union(
            *(printed[o.language] | frozenset(o.function_words) for o in languages if o is not lx)
        )
        telling[lx.language] = frozenset(lx.function_words) | (printed[lx.language] - elsewhere)
    return telling


TELLING_WORDS: Mapping[str, frozenset[str]] = _telling_words(LANGUAGES)
# The same, word by word: the languages a word tells, in `TELLING_WORDS`' order (a page's words are
# looked up once each, not once for every language).
_TOLD_BY: Mapping[str, tuple[str, ...]] = {
    word: tuple(language for language, telling in TELLING_WORDS.items() if word in telling)
    for word in frozenset().union(*TELLING_WORDS.values())
}


def _every_phrase(lexicon: Lexicon) -> frozenset[str]:
    """Every phrase a lexicon holds, of any class."""
    phrases: set[str] = set()
    for f in fields(Lexicon):
        value = getattr(lexicon, f.name)
        if f.name == "account_types":
            phrases.update(phrase for phrase, _ in value)
        elif isinstance(value, Mapping | tuple):
            phrases.update(value)
    return frozenset(phrases)


def _telling_labels(languages: tuple[Lexicon, ...]) -> dict[str, re.Pattern[str]]:
    """Per language, a pattern of the labels a statement prints in it (its period's, its account's and
    holder's, its balances') that no other language holds as a phrase of any class ("số tài khoản",
    "saldo inicial"; not "saldo", nor "iban"): the labels tell a page's language where it prints no
    running text."""
    held = {lx.language: _every_phrase(lx) for lx in languages}
    holders = Counter(phrase for phrases in held.values() for phrase in phrases)  # languages, by phrase
    telling = {}
    for lx in languages:
        labels = {
            *lx.period_words,
            *lx.period_start_labels,
            *lx.statement_date_labels,
            *lx.account_labels,
            *lx.holder_labels,
            *lx.currency_labels,
            *lx.opening_balance,
            *lx.closing_balance,
        }
        # A label no other language holds: this one is the only one holding it (uniting every other
        # language's phrases, for each language, took half of this function's ~20 ms).
        labels = {label for label in labels if holders[label] == 1}
        alternatives = "|".join(re.escape(label) for label in sorted(labels, key=lambda x: (-len(x), x)))
        telling[lx.language] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if labels else r"(?!)")
    return telling


_TELLING_LABELS: Mapping[str, re.Pattern[str]] = _telling_labels(LANGUAGES)


def labels_language(text: str) -> str | None:
    """The language of a page's labels (folded text): the one whose telling labels (`_telling_labels`)
    it prints at least twice and more than twice as often as any other's; None when none stands out."""
    counts = Counter({language: len(pattern.findall(text)) for language, pattern in _TELLING_LABELS.items()})
    ranked = counts.most_common(2)
    if ranked[0][1] < _LABELS_MIN or ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return ranked[0][0]


_LABELS_MIN = 2


def language_of(words: Iterable[str]) -> str | None:
    """The language of running text (folded words): the one whose telling words (`TELLING_WORDS`) it
    uses most, at least four times and more than twice as often as any other's, or, of two close ones,
    the one its words that only one of them has tell; None when none stands out."""
    words = list(words)
    counts = Counter(language for word in words for language in _TOLD_BY.get(word, ()))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LANGUAGE_MIN_WORDS:
        return None
    if len(ranked) == 2 and ranked[0][1] <= 2 * ranked[1][1]:
        return _told_apart(words, ranked[0][0], ranked[1][0])
    return ranked[0][0]


def _told_apart(words: Iterable[str], first: str, second: str) -> str | None:
    """Of two languages that share many words (Danish and Norwegian print "og", "til", "ikke"), the
    one whose words the other lacks are printed more than twice as often; None when neither's are."""
    only = {
        first: TELLING_WORDS[first] - TELLING_WORDS[second],
        second: TELLING_WORDS[second] - TELLING_WORDS[first],
    }
    counts = Counter(language for word in words for language, telling in only.items() if word in telling)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


_LANGUAGE_MIN_WORDS = 4
