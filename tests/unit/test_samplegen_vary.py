"""The varied statements of the generator: deterministic, worded by the lexicon, and printing the truth."""

from __future__ import annotations

import io
import os
import random
import re
import subprocess
import sys
from dataclasses import fields, replace
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from devtools.samplegen import vary
from devtools.samplegen.corpus import BuiltRequest, build, plan_vary_request
from ingest.extract.lexicon import Lexicon, fold, load

ROLES = {
    "date": "date_headings",
    "value": "value_date_headings",
    "description": "description_headings",
    "debit": "debit_headings",
    "credit": "credit_headings",
    "amount": "amount_headings net_headings",
    "balance": "balance_headings",
    "reference": "other_headings",
}


def test_a_varied_request_is_the_same_bytes_and_truth_each_time() -> None:
    first, again = build(plan_vary_request(5, 0)), build(plan_vary_request(5, 0))
    assert first.files == again.files
    assert first.truth == again.truth
    assert first.truth["variation"]["lang"] == again.truth["variation"]["lang"]


# Prints a digest of a few varied requests' bytes and truth, as one process of the corpus makes them.
_DIGEST = """
import hashlib, json
from devtools.samplegen.corpus import build, plan_vary_request
digest = hashlib.sha256()
for index in range(4):
    built = build(plan_vary_request(index, 42))
    for name in sorted(built.files):
        digest.update(name.encode() + built.files[name])
    digest.update(json.dumps(built.truth, sort_keys=True).encode())
print(digest.hexdigest())
"""


def test_one_seed_makes_the_same_varied_requests_in_processes_of_different_hash_seeds() -> None:
    """Nothing the generator draws follows the order of a set or of string hashes."""
    root = Path(__file__).resolve().parents[2]
    digests = set()
    for hash_seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
        run = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=root,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(run.stdout.strip())
    assert len(digests) == 1, digests


def _one_more_phrase(lexicon: Lexicon) -> Lexicon:
    """The lexicon with a phrase added at the end of every list of phrases, as a change of the
    reader's vocabulary adds one."""
    grown = {}
    for f in fields(Lexicon):
        value = getattr(lexicon, f.name)
        if isinstance(value, tuple) and value and all(isinstance(p, str) for p in value):
            grown[f.name] = (*value, f"{value[0]} neu")
    return replace(lexicon, **grown)


def test_a_phrase_added_to_the_lexicon_leaves_a_seeds_statements_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The words a varied statement prints come from the reader's lexicon, which grows: a seed's
    dates, rows, figures, holders and accounts stay what they were (seed 42 drew 2004 rows before the
    lexicon named a few wallet columns more, and 1982 after)."""
    before = [plan_vary_request(index, 42) for index in range(12)]
    monkeypatch.setattr(vary, "load", lambda language: _one_more_phrase(load(language)))
    after = [plan_vary_request(index, 42) for index in range(12)]
    changed_headings = 0
    for index, (old, new) in enumerate(zip(before, after, strict=True)):
        assert [f.statements for f in new.files] == [f.statements for f in old.files], index
        assert new.as_of == old.as_of
        changed_headings += any(h.endswith("neu") for k, h in new.variation.items() if k.startswith("h."))
    assert changed_headings  # the added phrases were drawn somewhere: the lexicon was the grown one


def test_every_heading_is_one_the_lexicon_of_its_language_lists_for_that_column() -> None:
    for index in range(40):
        variation = vary.draw_more(
            vary.draw_variation(random.Random(f"t:{index}")),
            random.Random(f"m:{index}"),
        )
        lexicon = load(variation.locale.language)
        for key, heading in variation.headings.items():
            listed = {
                fold(vary._in_currency(p, "EUR") or p)
                for name in ROLES[key].split()
                for p in getattr(lexicon, name)
            }
            currency = variation.locale.currency.lower()
            assert fold(heading).replace(currency, "eur") in listed, (key, heading)


def _pages_holding_their_amounts(built: BuiltRequest, index: int) -> list[list[str]]:
    """Each file's pages as text, once every truth amount, in the number style the variation drew, is
    asserted to be on the page it says."""
    show = vary.NUMBERS[built.truth["variation"]["numbers"]]
    files = []
    for name, data in built.files.items():
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        for txn in (t for a in built.truth["accounts"] for t in a["transactions"] if t["file"] == name):
            assert show(abs(Decimal(txn["amount"]))) in pages[txn["page"] - 1], (index, txn)
        files.append(pages)
    return files


def test_a_varied_statement_prints_every_amount_of_its_truth() -> None:
    """Each truth amount's figure, in the number style the variation drew, is on the page it says."""
    for index in (0, 3, 7):
        built = build(plan_vary_request(index, 1))
        _pages_holding_their_amounts(built, index)


def test_a_current_account_keeps_the_variation_it_drew_before_kinds() -> None:
    for index in range(30):
        before = vary.draw_more(vary.draw_variation(random.Random(f"t:{index}")), random.Random(f"m:{index}"))
        after = vary.draw_kind(before, random.Random(f"k:{index}"), random.Random(f"l:{index}"))
        assert after.kind in ("account", "card", "wallet")
        if after.kind == "account":
            assert after is before


def test_cards_and_wallets_print_every_amount_of_their_truth_and_wallets_a_time_of_day() -> None:
    kinds: set[str] = set()
    for index in range(12):
        built = build(plan_vary_request(index, 20))
        kind = built.truth["variation"]["kind"]
        if kind == "account":
            continue
        kinds.add(kind)
        for pages in _pages_holding_their_amounts(built, index):
            if kind == "wallet":
                assert re.search(r"\d\d:\d\d:\d\d", pages[0]), index
            else:
                assert built.truth["accounts"][0]["account_type"] == "CREDIT_CARD"
    assert kinds == {"card", "wallet"}


def test_cards_and_wallets_are_drawn_in_every_lexicon_language() -> None:
    languages: dict[str, set[str]] = {"card": set(), "wallet": set()}
    for index in range(300):
        before = vary.draw_more(vary.draw_variation(random.Random(f"t:{index}")), random.Random(f"m:{index}"))
        after = vary.draw_kind(before, random.Random(f"k:{index}"), random.Random(f"l:{index}"))
        if after.kind != "account":
            languages[after.kind].add(after.locale.language)
            if after.kind == "card":  # the box's minimum payment and limit are the language's card cues
                cues = {fold(c) for c in load(after.locale.language).card_cues}
                assert {fold(label) for label in after.box_extras} <= cues, after.box_extras
    every = {"de", "en", "es", "fr", "it", "nl", "pt"}
    assert languages == {"card": every, "wallet": every}


def test_no_heading_word_is_wider_than_its_column() -> None:
    """A heading's word wider than its column would run into the next heading ("EMPFÄNGERUMSATZ")."""
    for index in range(60):
        variation = vary.draw_more(
            vary.draw_variation(random.Random(f"t:{index}")), random.Random(f"m:{index}")
        )
        variation = vary.draw_kind(variation, random.Random(f"k:{index}"), random.Random(f"l:{index}"))
        for column in vary._columns(variation, 40.0, 30.0):
            words = variation.headings[column.key].split(" ")
            widest = max(stringWidth(w, vary.HEADING_FONT, vary.TABLE_SIZE) for w in words)
            assert widest <= column.width, (index, column.key, variation.headings[column.key])


def test_a_foreign_currency_note_fits_the_description_column_on_one_line() -> None:
    """A note under a purchase abroad ("GBP 45,26 TAUX DE CHANGE 1,13439") is never wider than the
    description column: it would run into the amount beside it."""
    noted = 0
    for index in range(40):
        plan = plan_vary_request(index, 10)
        variation = plan.variation
        if variation["kind"] != "card":
            continue
        statements = [s for f in plan.files for s in f.statements]
        notes = [n for s in statements for t in s.transactions for n in t.notes]
        noted += bool(notes)
        width = vary._longest_word(statements)
        assert all(stringWidth(n, "Helvetica", vary.TABLE_SIZE) <= width for n in notes)
    assert noted
