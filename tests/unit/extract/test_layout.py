"""Lines from words: clustering by height, and mending words a text layer or OCR split."""

from __future__ import annotations

from decimal import Decimal

from ingest.extract.amounts import parse_money
from ingest.extract.layout import cluster_lines, mend, unspaced
from ingest.extract.words import Word


def _w(text: str, x0: float, x1: float, top: float = 100.0) -> Word:
    return Word(text, x0, x1, top, top + 8.0)


def test_words_of_one_baseline_with_jitter_are_one_line_in_x_order() -> None:
    words = [_w("CAFE", 226, 246, 101.5), _w("25/07", 58, 78, 104.0), _w("SUNNY", 200, 225, 103.9)]
    [line] = cluster_lines(words, page=1)
    assert line.text == "25/07 SUNNY CAFE"


def test_lines_a_row_apart_stay_apart() -> None:
    words = [_w("a", 10, 15, 100.0), _w("b", 10, 15, 111.4), _w("c", 10, 15, 122.8)]
    assert [ln.text for ln in cluster_lines(words, page=1)] == ["a", "b", "c"]


def test_letter_spaced_label_is_one_word() -> None:
    words = mend([_w("Ope", 360, 374), _w("ning", 376, 394), _w("Balance", 397, 428)])
    assert [w.text for w in words] == ["Opening", "Balance"]


def test_summary_figure_split_by_letter_spacing_is_one_amount() -> None:
    words = mend([_w("6,0", 514, 526), _w("00.04", 527, 548)])
    assert [w.text for w in words] == ["6,000.04"]


def test_figure_split_at_thousands_space_is_one_amount() -> None:
    [word] = mend([_w("1", 500, 505), _w("234,56", 508, 538)])
    money = parse_money(word.text)
    assert money is not None and money.signed == Decimal("1234.56")
    assert (word.x0, word.x1) == (500, 538)


def test_a_count_a_space_before_a_figure_split_at_its_thousands_space_stays_a_word_of_its_own() -> None:
    """ "3 1 250,00" (three credits, 1 250,00 in all): the figure is joined, the count is not joined to it."""
    count, figure = mend([_w("3", 490, 495), _w("1", 497, 502), _w("250,00", 504, 530)])
    money = parse_money(figure.text)
    assert count.text == "3"
    assert money is not None and money.magnitude == Decimal("1250.00")


def test_a_sign_a_space_before_a_figure_split_at_its_thousands_space_is_the_figures() -> None:
    words = mend([_w("R", 488, 495), _w("1", 497, 502), _w("250,00", 504, 530)])
    assert len(words) == 1
    money = parse_money(words[0].text)
    assert money is not None and money.magnitude == Decimal("1250.00")


def test_separate_words_are_not_joined() -> None:
    words = mend(
        [_w("PAYMENT", 100, 140), _w("THANK", 143, 170), _w("12.00", 300, 325), _w("15.00", 328, 353)]
    )
    assert [w.text for w in words] == ["PAYMENT", "THANK", "12.00", "15.00"]


def test_word_cut_with_no_gap_is_one_word() -> None:
    words = mend([_w("H", 45, 50), _w("SBC", 50, 66), _w("UK", 68, 78)])
    assert [w.text for w in words] == ["HSBC", "UK"]


def test_ocr_confidence_of_a_joined_word_is_the_lower() -> None:
    left = Word("6,0", 514, 526, 100, 108, 91.0)
    right = Word("00.04", 527, 548, 100, 108, 62.0)
    [joined] = mend([left, right])
    assert joined.confidence == 62.0


def test_slanted_ocr_page_is_levelled_into_rows() -> None:
    from ingest.extract.layout import deskew

    slope = 0.015  # a photo about one degree off
    words = []
    for row in range(12):
        y = 100.0 + 14 * row
        for x, text in ((50, "01/06"), (120, "SHOP"), (160, "NAME"), (380, "12.00"), (520, "1,000.00")):
            words.append(Word(text, x, x + 30, y + slope * x, y + slope * x + 8, 90.0))
    lines = cluster_lines(deskew(words), page=1)
    assert len(lines) == 12
    assert all(line.text == "01/06 SHOP NAME 12.00 1,000.00" for line in lines)


def test_letter_spaced_words_are_one_word() -> None:
    """A text layer gives each letter of letter-spaced lettering its own word: "G O O G L E"."""
    letters = [Word(c, 10 + 8 * i, 15 + 8 * i, 100, 108) for i, c in enumerate("GOOGLE")]
    words = [
        *letters,
        Word("PLAY", 70, 90, 100, 108),
        Word("A", 100, 105, 100, 108),
        Word("B", 108, 113, 100, 108),
    ]
    [line] = cluster_lines(words, 1)
    assert [w.text for w in line.words] == ["GOOGLE", "PLAY", "A", "B"]


def test_letter_spaced_words_are_cut_at_word_spaces_by_their_own_pitch() -> None:
    """Lettering spaced wider than a normal word space still reads as words: the run's letter
    spacing (0.75 of the letter height here) is its pitch, and a gap twice as wide is a word space."""
    x, words = 10.0, []
    for text in ("GOOGLE", "PAY"):
        for c in text:
            words.append(Word(c, x, x + 5, 100, 108))
            x += 5 + 6
        x += 8
    words.append(Word("ONLINE", x + 10, x + 40, 100, 108))
    [line] = cluster_lines(words, 1)
    assert [w.text for w in line.words] == ["GOOGLE", "PAY", "ONLINE"]


def test_a_sign_after_letter_spaced_letters_stays_the_figures() -> None:
    """A minus set apart after a run of spaced letters (a text layer's "A B C" then "- 12.50") is the
    sign of the figure after it, not a letter of the run."""
    size = 9.0
    letters = [Word(c, 100 + 8 * n, 105 + 8 * n, 100, 100 + size) for n, c in enumerate("ABC-")]
    figure = Word("12.50", 134, 156, 100, 100 + size)
    assert [w.text for w in unspaced([*letters, figure])] == ["ABC", "-", "12.50"]
