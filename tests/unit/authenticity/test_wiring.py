"""Authenticity through the stages: read in the reader, scored with the balances validation checked,
reported on the file and, when SUSPECT, as SuspectedTampering on its account."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from devtools import tamper
from ingest.authenticity import judge
from ingest.codes import FileStatus, Severity, SignalCode, Verdict, WarningCode
from ingest.models import Signal
from ingest.pipeline import Services, read_file, run_local
from ingest.settings import Limits
from ingest.stages.upload import PDF
from ingest.stages.validation import FileStatements, validate
from tests.conftest import ROOT
from tests.unit.validation.factory import TODAY, clean

SAMPLE = ROOT / "samples" / "bluefern-two-months" / "statement-2025-01.pdf"


def _judged(*signals: Signal) -> FileStatements:
    return FileStatements("november.pdf", [clean()], authenticity=judge(list(signals)))


def test_balances_that_do_not_reconcile_feed_the_files_score() -> None:
    broken = clean(closing_balance=clean().closing_balance + Decimal("100.00"))  # type: ignore[operator]

    validated = validate(TODAY, [FileStatements("november.pdf", [broken], authenticity=judge([]))])

    judged = validated.authenticity["november.pdf"]
    assert [(s.code, s.severity) for s in judged.signals] == [(SignalCode.BALANCE_BREAK, Severity.MEDIUM)]
    assert judged.verdict is Verdict.REVIEW  # a misread figure breaks the chain too: not SUSPECT alone


def test_a_suspect_file_puts_suspected_tampering_on_its_account_naming_the_signals() -> None:
    covered = Signal(code=SignalCode.COVERED_TEXT, severity=Severity.HIGH, page=1, message="seen")

    validated = validate(TODAY, [_judged(covered)])

    warnings = [w for w in validated.accounts[0].warnings if w.code is WarningCode.SuspectedTampering]
    assert len(warnings) == 1
    assert "november.pdf" in warnings[0].message and "COVERED_TEXT" in warnings[0].message
    assert "3311884" not in warnings[0].message


def test_a_review_file_raises_no_warning() -> None:
    editor = Signal(code=SignalCode.EDITOR_SOFTWARE, severity=Severity.MEDIUM, message="seen")
    validated = validate(TODAY, [_judged(editor)])
    assert WarningCode.SuspectedTampering not in {w.code for w in validated.accounts[0].warnings}


def test_the_reader_returns_the_signals_of_a_whited_out_sample() -> None:
    data = tamper.tamper(SAMPLE.read_bytes(), "whiteout-other-font")
    codes = {s.code for s in read_file(Limits(), data, PDF).signals}
    assert SignalCode.COVERED_TEXT in codes


def test_a_whited_out_statement_is_suspect_in_the_document(services: Services, tmp_path: Path) -> None:
    edited = tmp_path / "statement.pdf"
    edited.write_bytes(tamper.tamper(SAMPLE.read_bytes(), "whiteout-other-font"))
    original = tmp_path / "statement-original.pdf"
    original.write_bytes(SAMPLE.read_bytes())
    as_of = dt.datetime(2025, 2, 10, 12, tzinfo=dt.UTC)

    document = run_local(replace(services, clock=lambda: as_of), [edited, original], "tampered")

    verdicts = {f.name: f.authenticity.verdict for f in document.files if f.authenticity}
    assert verdicts == {"statement.pdf": Verdict.SUSPECT, "statement-original.pdf": Verdict.CLEAN}
    assert all(f.status is FileStatus.ACCEPTED for f in document.files)
    warnings = [w for a in document.accounts for w in a.warnings if w.code is WarningCode.SuspectedTampering]
    assert len(warnings) == 1 and "statement.pdf" in warnings[0].message
