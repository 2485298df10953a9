"""The score and verdict thresholds, as the module docstring and the README state them."""

from __future__ import annotations

import pytest

from ingest.authenticity import judge
from ingest.codes import Severity, SignalCode, Verdict
from ingest.models import Signal


def _signal(code: SignalCode, severity: Severity) -> Signal:
    return Signal(code=code, severity=severity, message="seen")


@pytest.mark.parametrize(
    ("severities", "score", "verdict"),
    [
        ([], 100, Verdict.CLEAN),
        ([Severity.LOW], 90, Verdict.CLEAN),
        ([Severity.LOW, Severity.LOW], 80, Verdict.CLEAN),
        ([Severity.LOW, Severity.LOW, Severity.LOW], 70, Verdict.REVIEW),
        ([Severity.MEDIUM], 70, Verdict.REVIEW),
        ([Severity.MEDIUM, Severity.LOW], 60, Verdict.REVIEW),
        ([Severity.MEDIUM, Severity.MEDIUM], 40, Verdict.SUSPECT),
        ([Severity.HIGH], 45, Verdict.SUSPECT),
        ([Severity.HIGH, Severity.HIGH], 0, Verdict.SUSPECT),
    ],
)
def test_score_and_verdict_from_severities(severities: list[Severity], score: int, verdict: Verdict) -> None:
    codes = list(SignalCode)
    judged = judge([_signal(codes[i], s) for i, s in enumerate(severities)])
    assert (judged.score, judged.verdict) == (score, verdict)


def test_one_rule_firing_often_counts_once_at_its_strongest() -> None:
    many = [_signal(SignalCode.MISALIGNED_FIGURE, Severity.LOW)] * 8
    assert judge(many).verdict is Verdict.CLEAN
    assert judge([*many, _signal(SignalCode.MISALIGNED_FIGURE, Severity.MEDIUM)]).score == 70


def test_a_whole_file_signature_cancels_the_production_chain_only() -> None:
    signature = _signal(SignalCode.SIGNED_WHOLE_FILE, Severity.NONE)
    editor = _signal(SignalCode.EDITOR_SOFTWARE, Severity.MEDIUM)
    whiteout = _signal(SignalCode.COVERED_TEXT, Severity.HIGH)

    assert judge([signature]).score == 100
    assert judge([editor]).verdict is Verdict.REVIEW
    assert (judge([editor, signature]).score, judge([editor, signature]).verdict) == (100, Verdict.CLEAN)
    # A forger can sign an edited file with a certificate of their own: content signs keep their weight.
    assert judge([editor, whiteout, signature]).verdict is Verdict.SUSPECT
