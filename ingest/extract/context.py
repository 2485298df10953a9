"""What every reading step is told: the lexicon, named tolerances and how far OCR words are trusted.

Steps take the context as their first argument instead of reading module globals, so one reader can
be given one language's lexicon, or other tolerances, without touching another's. Distances are
multiples of the height of the line (or word) they are measured on, so they hold at any print size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.lexicon import ALL, Lexicon


@dataclass(frozen=True, slots=True)
class Tolerances:
    """Distances, as multiples of the line or word height, named for what they tell apart."""

    stacked_header: float = 1.5  # two header lines closer than this are one header printed on two
    heading_gap: float = 2.5  # the words of one heading phrase sit closer than this (OCR)
    # A text layer sets a phrase's words a space apart: a gap wider than this parts two headings.
    text_heading_gap: float = 1.0
    word_space: float = 0.5  # two words on one line this close are one phrase, a space apart
    sign_marker_gap: float = 5.0  # a DR/CR this close right of a figure marks it
    split_decimals_gap: float = 0.6  # "78" ".59": OCR cut one figure at its decimal point
    split_thousands_gap: float = 1.5  # "1" "169,99": OCR cut one figure at its thousands space
    table_gap: float = 4.0  # a wider gap between two lines ends the table
    # ...and wider than this many of the widest gap between its lines so far: rows set far apart (a card
    # statement's, with a blank line between) stay one table where a line between is unread (OCR)
    table_spacing: float = 2.0
    beside_table: float = 1.5  # words ending this far left of a table's first heading are printed beside it
    section_heading: float = 3.0  # a section's title sits this close above its table's header
    wrap_indent: float = 1.0  # the lines of one wrapped description start this close to each other
    row_lean: float = (
        0.6  # a text line whose gap to one row is under this share of its gap to the other is that row's
    )
    cut_row_gap: float = 1.0  # a row's lines a page break cut off sit this close over the next page's rows
    tight_line: float = (
        0.5  # a text line closer than this over the first row, with none above, is its first line
    )


@dataclass(frozen=True, slots=True)
class OcrTrust:
    """OCR word confidences (0-100) under which a reading is taken as doubtful."""

    doubtful_number: float = 50.0  # an account number's digits may be misread
    doubtful_word: float = 60.0  # letters in a money column are a garbled figure, not text
    noise_word: float = 30.0  # a word read with less that names no heading is ink, not a heading


@dataclass(frozen=True, slots=True)
class ReadContext:
    """The settings one reading of a file runs with."""

    lexicon: Lexicon = ALL  # every language at once: a file does not say which it is written in
    places: int = 2  # decimal places money is printed with: its currency's (JPY none, KWD three)
    tolerances: Tolerances = field(default_factory=Tolerances)
    ocr: OcrTrust = field(default_factory=OcrTrust)


DEFAULT = ReadContext()
