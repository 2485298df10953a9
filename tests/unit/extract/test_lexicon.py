"""Every language's lexicon fills every class, and the reader finds its words in any of them."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from ingest.extract.lexicon import ALL, LANGUAGES, Lexicon, fold

_CLASSES = [f.name for f in fields(Lexicon) if f.name != "language"]


def test_the_languages_a_statement_may_be_printed_in() -> None:
    assert {lx.language for lx in LANGUAGES} >= {"en", "fr", "de", "es", "it", "nl", "pt"}


@pytest.mark.parametrize("lexicon", LANGUAGES, ids=lambda lx: lx.language)
@pytest.mark.parametrize("name", _CLASSES)
def test_each_language_fills_every_class(lexicon: Lexicon, name: str) -> None:
    assert getattr(lexicon, name), f"{lexicon.language} has no {name}"


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
