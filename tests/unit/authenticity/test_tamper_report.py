"""devtools.tamper's report counts each distinct original once, under however many names, and its copies."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from devtools import tamper
from tests.unit.authenticity.pdfs import pdf, table


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_file_under_two_names_is_counted_once_with_its_edited_copies(tmp_path: Path) -> None:
    statement = pdf(table)
    other = pdf(partial(table, font="Courier"))
    vendored = _write(tmp_path / "vendored" / "statement.pdf", statement)
    external = _write(tmp_path / "external" / "statement-copy.pdf", statement)
    different = _write(tmp_path / "external" / "other.pdf", other)
    lines: list[str] = []

    counts = tamper.report([vendored, different, external], ("metadata",), lines.append)

    assert {row: sum(c.values()) for row, c in counts.items()} == {
        "original": 2,
        tamper.COMMENTED: 2,
        "metadata": 2,
    }
    folded = [line for line in lines if "same bytes" in line]
    assert len(folded) == 1
    assert folded[0].startswith("statement-copy.pdf:") and "as statement.pdf" in folded[0]
    assert any(line.startswith("1 duplicate") for line in lines)


def test_distinct_keeps_the_first_name_of_equal_bytes_and_names_what_it_folded(tmp_path: Path) -> None:
    first, second, third = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"

    unique, folded = tamper.distinct([(first, b"%PDF-1 x"), (second, b"%PDF-1 y"), (third, b"%PDF-1 x")])

    assert [path for path, _ in unique] == [first, second]
    assert folded == [(third, first)]
