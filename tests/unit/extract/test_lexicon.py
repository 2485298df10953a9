"""Every language's lexicon fills every class, its file holds nothing else, and the reader finds its words
in any of them."""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

import ingest.extract.lexicon as lexicon_module
from ingest.extract.lexicon import ALL, LANGUAGES, Lexicon, fold, folded, parse

_CLASSES = [f.name for f in fields(Lexicon) if f.name != "language"]
# Turkish, Finnish, Hungarian, Estonian and Vietnamese number a page "Sayfa 1/3", "Sivu 1 / 3",
# "1/3. oldal", "Leht 1 / 2", "Trang 1/3".
_PAGES_BY_SLASH = ("tr", "fi", "hu", "et", "vi")
# Russian, Ukrainian and Bulgarian print a mark after a date's year ("31.03.2025 г."), Latvian and
# Lithuanian one between the year and the rest of a date that begins with it ("2025. gada 1. aprīlis",
# "2025 m. balandžio 1 d."); the others none.
_YEARS_MARKED = ("ru", "uk", "bg", "lv", "lt")
# Spanish, Portuguese and Catalan join a written-out date's parts with a word ("1 de agosto de 2025"),
# Vietnamese its month and year ("05 tháng 06 năm 2025").
_DATES_JOINED = ("es", "pt", "ca", "vi")
# Lithuanian prints a mark after a written date's day ("2025 m. balandžio 1 d."); the others none.
_DAYS_MARKED = ("lt",)
# Only a few countries' banks give an account with a code no other country's print: Britain's sort code,
# Australia's BSB (English), Mexico's CLABE (Spanish), Denmark's reg. nr., Sweden's clearing number and
# Ukraine's MFO.
_BANK_CODES_OF_ONE = ("en", "es", "da", "sv", "uk")
# Credit unions number their members in English-speaking countries; the sentences that tell a label's value
# ("Your account number is 1234") are drawn in the languages whose verb is known here.
_MEMBERS_NUMBERED = ("en",)
_LABEL_VERBS = ("en", "fr", "de", "es", "it", "nl", "pt", "ca", "sv", "da", "no")
# The Nordic languages, Finnish, Hungarian, Greek and the Cyrillic ones print a holder's name bare.
_NAMES_TITLED = ("en", "fr", "de", "es", "it", "pt", "nl", "ca", "pl", "cs", "sk", "ro", "id", "ms", "tr")
# The languages whose statements one country's banks print, in that country's money.
_ONE_COUNTRYS = (
    "cs", "da", "el", "et", "fi", "hu", "id", "lt", "lv", "no", "pl", "sk", "sl", "tr", "uk", "vi",
)  # fmt: skip
# The languages whose wallets and payment services head what is left of a payment after its fee on its own.
_NETTED = ("en", "da", "de", "es", "fr", "id", "it", "nl", "no", "pl", "pt", "sv", "tr")


def test_the_languages_a_statement_may_be_printed_in() -> None:
    assert {lx.language for lx in LANGUAGES} >= {"en", "fr", "de", "es", "it", "nl", "pt"}


# The classes a language leaves empty by its nature, and where.
_EMPTY = (
    {("page_of_words", language) for language in _PAGES_BY_SLASH}
    | {("year_marks", lx.language) for lx in LANGUAGES if lx.language not in _YEARS_MARKED}
    | {("date_joiners", lx.language) for lx in LANGUAGES if lx.language not in _DATES_JOINED}
    | {("day_marks", lx.language) for lx in LANGUAGES if lx.language not in _DAYS_MARKED}
    | {("bank_code_countries", lx.language) for lx in LANGUAGES if lx.language not in _BANK_CODES_OF_ONE}
    | {("member_labels", lx.language) for lx in LANGUAGES if lx.language not in _MEMBERS_NUMBERED}
    | {("label_verbs", lx.language) for lx in LANGUAGES if lx.language not in _LABEL_VERBS}
    | {("name_titles", lx.language) for lx in LANGUAGES if lx.language not in _NAMES_TITLED}
    | {("home_currency", lx.language) for lx in LANGUAGES if lx.language not in _ONE_COUNTRYS}
    | {("net_headings", lx.language) for lx in LANGUAGES if lx.language not in _NETTED}
)


@pytest.mark.parametrize(
    ("lexicon", "name"),
    [
        pytest.param(lx, name, id=f"{name}-{lx.language}")
        for name in _CLASSES
        for lx in LANGUAGES
        if (name, lx.language) not in _EMPTY
    ],
)
def test_each_language_fills_every_class(lexicon: Lexicon, name: str) -> None:
    assert getattr(lexicon, name), f"{lexicon.language} has no {name}"


def test_a_class_is_empty_only_in_the_languages_that_print_none_of_it() -> None:
    """Turkish, Finnish and Hungarian number a page "Sayfa 1/3" (no word between, the slash every
    language reads); only Russian, Ukrainian and Bulgarian print a mark after a date's year; only Spanish,
    Portuguese and Catalan join a written-out date's parts with a word; English, French, German and others
    are printed in several countries, each in its own money."""
    names = {name for name, _ in _EMPTY}
    assert {(n, lx.language) for lx in LANGUAGES for n in names if not getattr(lx, n)} == _EMPTY


@pytest.mark.parametrize("lexicon", LANGUAGES, ids=lambda lx: lx.language)
def test_every_month_is_named(lexicon: Lexicon) -> None:
    assert set(lexicon.months.values()) == set(range(1, 13))


@pytest.mark.parametrize("lexicon", LANGUAGES, ids=lambda lx: lx.language)
def test_postal_code_patterns_compile(lexicon: Lexicon) -> None:
    for pattern in lexicon.postcodes.values():
        re.compile(pattern)


def test_phrases_are_folded_once() -> None:
    """The reader matches folded text: every phrase is stored folded, so "Débit" finds "débit"."""
    assert "debit" in ALL.debit_headings
    assert "haben" in ALL.credit_headings and "abono" in ALL.credit_headings and "bij" in ALL.credit_headings
    assert all(p == fold(p) for p in ALL.opening_balance + ALL.closing_balance)


def test_no_phrase_names_one_document() -> None:
    """Vocabulary is true of statements in general: no trace of the sample generator's footers."""
    words = {
        w
        for f in _CLASSES
        for value in [getattr(ALL, f)]
        if isinstance(value, tuple)
        for p in value
        if isinstance(p, str)
        for w in p.split()
    }
    assert "fictional" not in words


_ITALIAN = resources.files("ingest.extract.lexicon").joinpath("it.toml").read_text(encoding="utf-8")
_TOTALS = re.compile(r"^totals = .*\n", re.MULTILINE)


def test_a_language_file_reads_as_its_lexicon() -> None:
    italian = parse("it", _ITALIAN)
    assert italian.language == "it"
    assert italian.totals == ("totale", "totali", "subtotale")
    assert italian.months["gennaio"] == 1
    assert ("carta di credito", "CREDIT_CARD") in italian.account_types
    (loaded,) = (lx for lx in LANGUAGES if lx.language == "it")
    assert all(getattr(folded(italian), f.name) == getattr(loaded, f.name) for f in fields(Lexicon))


def test_a_file_missing_a_class_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"it\.toml misses classes \['totals'\]"):
        parse("it", _TOTALS.sub("", _ITALIAN, count=1))


def test_a_file_naming_an_unknown_class_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"it\.toml names classes a lexicon does not have: \['total'\]"):
        parse("it", 'total = ["totale"]\n' + _ITALIAN)


def test_a_class_in_the_wrong_shape_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"it\.toml: totals must be a list of phrases"):
        parse("it", _TOTALS.sub('totals = "totale"\n', _ITALIAN, count=1))
    with pytest.raises(ValueError, match=r"it\.toml: months must be a table of phrases to numbers"):
        parse("it", _ITALIAN.replace("gennaio = 1", 'gennaio = "1"'))


def test_a_file_that_is_not_toml_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"it\.toml is not valid TOML"):
        parse("it", _ITALIAN + "totals = [\n")


def _same(a: Lexicon, b: Lexicon) -> bool:
    return all(
        getattr(a, f.name) == getattr(b, f.name) and type(getattr(a, f.name)) is type(getattr(b, f.name))
        for f in fields(Lexicon)
    )


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The lexicon files' parsed data kept in a scratch folder, bytecode written."""
    monkeypatch.setattr(lexicon_module, "KEPT", tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def test_the_files_parsed_data_is_kept_and_read_back_as_the_same_lexicons(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = ("it", "de", "el")
    as_written = [lexicon_module.load(code) for code in codes]
    parsed = lexicon_module._load_all(codes)
    assert len(list(kept.glob("lexicon-*.json"))) == 1

    def no_toml(language: str, text: str) -> dict[str, object]:
        raise AssertionError(f"{language}.toml parsed again")

    monkeypatch.setattr(lexicon_module, "_toml", no_toml)
    again = lexicon_module._load_all(codes)
    assert [lx.language for lx in again] == list(codes)
    assert all(_same(a, b) for a, b in zip(parsed, again, strict=True))
    assert all(_same(a, b) for a, b in zip(as_written, again, strict=True))


def test_a_file_edited_is_parsed_again(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon_module._load_all(("it",))
    before = set(kept.glob("lexicon-*.json"))
    edited = _ITALIAN.replace('"subtotale"', '"subtotale", "totale parziale"')
    assert edited != _ITALIAN
    monkeypatch.setattr(lexicon_module, "_file_text", lambda language: edited)
    (italian,) = lexicon_module._load_all(("it",))
    assert "totale parziale" in italian.totals
    after = set(kept.glob("lexicon-*.json"))
    assert len(after) == 1 and after != before  # the older files' data is not left behind


@pytest.mark.parametrize("broken", ["{", "[]", '{"it": {}}', '{"de": {}}'])
def test_kept_data_cut_short_or_of_another_shape_is_parsed_again(kept: Path, broken: str) -> None:
    (italian,) = lexicon_module._load_all(("it",))
    (path,) = kept.glob("lexicon-*.json")
    path.write_text(broken, encoding="utf-8")
    (again,) = lexicon_module._load_all(("it",))
    assert _same(again, italian)
    assert path.read_text(encoding="utf-8") != broken  # written whole again


def test_nothing_is_kept_where_bytecode_is_not_written(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (italian,) = lexicon_module._load_all(("it",))
    assert _same(italian, parse("it", _ITALIAN))
    assert not list(kept.iterdir())


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in resources.files("ingest.extract.lexicon").iterdir() if p.name.endswith(".toml")),
)
def test_no_phrase_is_listed_twice_in_a_class(name: str) -> None:
    """A phrase a class lists twice, as written, is a sign two edits added it without seeing each other:
    one place for each word (spellings that fold to one, "período" and "periodo", are both printed)."""
    classes = tomllib.loads(resources.files("ingest.extract.lexicon").joinpath(name).read_text("utf-8"))
    for cls, value in classes.items():
        if isinstance(value, list) and all(isinstance(p, str) for p in value):
            repeated = sorted({p for p in value if value.count(p) > 1})
            assert not repeated, f"{name}: {cls} lists {repeated} more than once"
