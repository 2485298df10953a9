"""A line's figures read from each text object's characters without making them are the words the
characters make when sorted by place: the same cuts at gaps, inside an object and between objects."""

from __future__ import annotations

import random

import pytest

from ingest.authenticity.content import WORD_GAP, _figure_words, _Token, _words
from ingest.authenticity.drawing import Run, Style
from ingest.extract.pdftext import TextRun

SIZE = 9.0


def _run(obj: int, texts: str, lefts: list[float], width: float, *, baseline: float, font: str) -> Run:
    top, bottom = baseline + SIZE, baseline - 2
    chars = [
        (text, left, left + width, 0.0, 0.0, True, i, obj, (left, top, left + width, bottom))
        for i, (text, left) in enumerate(zip(texts, lefts, strict=True))
    ]
    run = TextRun(obj, chars, texts, lefts[0], baseline - 2, max(lefts) + width, baseline + SIZE)
    return Run(run, (font, SIZE, "#000000"), SIZE, baseline, obj)


def _line(rng: random.Random) -> list[Run]:
    """Objects of digits and separators on one line, left to right, with gaps inside and between them
    around the words' gap, some starting inside the one before (a digit pasted into a figure)."""
    runs = []
    x = 10.0
    for obj in range(1, rng.randint(2, 5)):
        texts = "".join(rng.choice("0123456789.,/-") for _ in range(rng.randint(1, 9)))
        width = rng.choice((4.5, 5.0))
        lefts = []
        for _ in texts:
            lefts.append(x)
            x += width + rng.choice((0.0, 0.2, WORD_GAP * SIZE, WORD_GAP * SIZE + 0.01, 6.0))
        x += rng.choice((-3 * width, -0.5, 0.0, 0.5, WORD_GAP * SIZE, 4.0))
        baseline = 100.0 + rng.choice((0.0, 0.0, 0.6))
        runs.append(_run(obj, texts, lefts, width, baseline=baseline, font=f"F{obj % 2}"))
    return sorted(runs, key=lambda run: run.x0)


def _by_characters(runs: list[Run]) -> list[_Token]:
    return _words(sorted((c for run in runs for c in run.chars), key=lambda c: c.x0))


def _as_the_rules_see(tokens: list[_Token]) -> tuple[list[_Token], set[Style], list[float]]:
    """The figures, in order; of the words that are no figure only their styles and baselines count."""
    others = [t for t in tokens if not t.figure]
    return (
        [t for t in tokens if t.figure],
        {style for t in others for style in t.styles},
        sorted(b for t in others for b in t.baselines),
    )


@pytest.mark.parametrize("seed", range(40))
def test_figures_read_from_their_objects_are_the_words_of_their_characters(seed: int) -> None:
    runs = _line(random.Random(seed))
    assert _as_the_rules_see(_figure_words(runs)) == _as_the_rules_see(_by_characters(runs))


def test_an_object_without_a_separator_of_a_figure_apart_from_its_neighbours_is_one_word_no_figure() -> None:
    # A reference number "12 345" beside an amount: its two words are no figure, so they are not cut.
    reference = _run(1, "12345", [10.0, 15.0, 26.0, 31.0, 36.0], 5.0, baseline=100.0, font="Helvetica")
    amount = _run(2, "3.50", [60.0, 65.0, 67.0, 72.0], 5.0, baseline=100.5, font="Helvetica")
    tokens = _figure_words([reference, amount])
    assert [(t.figure, t.digits) for t in tokens] == [(False, ""), (True, "350")]
    assert _as_the_rules_see(tokens) == _as_the_rules_see(_by_characters([reference, amount]))


def test_a_figure_split_across_two_objects_is_one_word_with_the_digits_of_both() -> None:
    # "1,2" and "34.56" set side by side in two fonts: one figure, two styles.
    left = _run(1, "1,2", [10.0, 15.0, 17.0], 5.0, baseline=100.0, font="Helvetica")
    right = _run(2, "34.56", [22.0, 27.0, 32.0, 34.0, 39.0], 5.0, baseline=100.0, font="Courier")
    (token,) = _figure_words([left, right])
    assert token.amount
    assert token.digits == "123456"
    assert token.digit_styles == {left.style: 2, right.style: 4}


def test_a_ligature_in_an_object_leaves_its_characters_to_be_made_and_joined() -> None:
    # Two letters sharing one glyph's box: the object is not read in place order from the text layer.
    lefts = [10.0, 10.0, 15.0, 20.0, 25.0, 27.0, 32.0]
    run = _run(1, "fi12.50", lefts, 5.0, baseline=100.0, font="Helvetica")
    assert run.pieces(WORD_GAP * SIZE) is None
    assert _figure_words([run]) == _by_characters([run])
    assert [c.text for c in run.chars][:1] == ["fi"]
