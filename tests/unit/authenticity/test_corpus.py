"""The developers' corpus: the real statements and samples as issued stay clear of SUSPECT, and every
edited copy devtools.tamper makes of them is SUSPECT."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools import tamper
from ingest.codes import Verdict
from tests.conftest import ROOT

# Redacted by their publisher in a consumer PDF editor ("Edited with PDF Expert", a box over the
# holder's details; see tests/data/real's provenance): edited after issue, so REVIEW is the truth.
REDACTED_IN_AN_EDITOR = frozenset({"td_emerald_visa_2014-08.pdf", "td_emerald_visa_2016-08.pdf"})
MAX_REVIEW_SHARE = 0.10


def _originals() -> list[Path]:
    return [p for p in tamper.originals() if p.name not in REDACTED_IN_AN_EDITOR]


def _text_originals() -> list[Path]:
    """The originals read from their text layer: the ones whose figures an editor can retype."""
    return [p for p in _originals() if "scan" not in p.parent.name and "protected" not in p.name]


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.fixture(scope="module")
def verdicts() -> dict[str, Verdict | None]:
    """Every original's verdict (None: rejected), the redacted ones included, by file name."""
    found = {}
    for path in tamper.originals():
        outcome = tamper.read(path.read_bytes(), path.name)
        found[_id(path)] = outcome.authenticity.verdict if outcome.authenticity else None
    return found


@pytest.mark.slow
def test_originals_are_never_suspect_and_rarely_review(verdicts: dict[str, Verdict | None]) -> None:
    judged = {
        name: v
        for name, v in verdicts.items()
        if v is not None and Path(name).name not in REDACTED_IN_AN_EDITOR
    }
    assert len(judged) >= 15
    assert [name for name, v in judged.items() if v is Verdict.SUSPECT] == []
    review = [name for name, v in judged.items() if v is Verdict.REVIEW]
    assert len(review) <= MAX_REVIEW_SHARE * len(judged), review


@pytest.mark.slow
@pytest.mark.parametrize("path", _text_originals(), ids=_id)
def test_every_edited_copy_is_suspect(path: Path) -> None:
    data = path.read_bytes()
    missed = []
    for kind in tamper.KINDS:
        try:
            copy = tamper.tamper(data, kind)
        except tamper.NotApplicable:
            continue
        outcome = tamper.read(copy, path.name)
        verdict = outcome.authenticity.verdict if outcome.authenticity else None
        if verdict is not Verdict.SUSPECT:
            missed.append(f"{kind}: {verdict}")
    assert missed == []


@pytest.mark.slow
def test_the_files_redacted_in_an_editor_are_seen_as_edited(verdicts: dict[str, Verdict | None]) -> None:
    redacted = {name: v for name, v in verdicts.items() if Path(name).name in REDACTED_IN_AN_EDITOR}
    assert len(redacted) == len(REDACTED_IN_AN_EDITOR)
    assert all(v in (Verdict.REVIEW, Verdict.SUSPECT) for v in redacted.values()), redacted


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["scan-patch", "scan-text-layer", "scan-requality", "scan-paste-requality"])
def test_a_figure_edited_in_a_scanned_page_is_suspect(kind: str) -> None:
    scans = [p for p in _originals() if "scan" in p.parent.name]
    assert scans
    for path in scans:
        outcome = tamper.read(tamper.tamper(path.read_bytes(), kind), path.name)
        assert outcome.authenticity is not None and outcome.authenticity.verdict is Verdict.SUSPECT


@pytest.mark.slow
def test_the_scans_made_searchable_stay_clean() -> None:
    for path in [p for p in _originals() if "scan" in p.parent.name]:
        outcome = tamper.read(tamper.searchable(path.read_bytes()), path.name)
        assert outcome.authenticity is not None and outcome.authenticity.verdict is Verdict.CLEAN
