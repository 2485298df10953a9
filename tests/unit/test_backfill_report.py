"""What an operator sees of a backfill: progress with pages/s and time left, and the summary table."""

from __future__ import annotations

import io

from ingest.backfill import Outcome, Progress, summary_table
from ingest.codes import RequestStatus


def _outcomes() -> list[Outcome]:
    return [
        Outcome("customer-a", RequestStatus.COMPLETED, accepted=1, accounts=1, transactions=38, pages=3),
        Outcome(
            "loose.pdf",
            RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR,
            accepted=1,
            rejected=1,
            accounts=1,
            transactions=20,
            warnings=2,
            pages=2,
            rejections=(("locked.pdf", "ENCRYPTED_FILE", "The PDF is password-protected."),),
        ),
    ]


def test_progress_off_a_terminal_is_a_line_per_request_with_rate_failures_and_time_left() -> None:
    stream = io.StringIO()
    progress = Progress(stream)
    first, second = _outcomes()
    progress(first, 1, 4)
    progress(second, 2, 4)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("[1/4] customer-a: COMPLETED (")
    assert "0 not completed" in lines[0]
    assert lines[1].startswith("[2/4] loose.pdf: OCR_COMPLETED_WITH_PARTIAL_ERROR (")
    assert "1 not completed" in lines[1]
    assert all("pages/s" in line and " s left)" in line for line in lines)
    assert "\x1b" not in stream.getvalue()  # no terminal codes in a log


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_a_bar_of_requests_done_that_ends_at_the_last() -> None:
    stream = _Terminal()
    progress = Progress(stream)
    first, second = _outcomes()
    progress(first, 1, 2)
    progress(second, 2, 2)
    assert progress.bar is not None
    assert progress.bar.finished
    shown = stream.getvalue()
    assert "requests" in shown
    assert "2/2" in shown
    assert "1 not completed" in shown


def test_summary_has_a_row_per_request_totals_and_every_rejection() -> None:
    report = summary_table(_outcomes())
    rows = [line.split() for line in report.splitlines() if line.startswith(("customer-a", "loose.pdf"))]
    assert rows == [
        ["customer-a", "COMPLETED", "3", "1", "0", "1", "38", "0"],
        ["loose.pdf", "OCR_COMPLETED_WITH_PARTIAL_ERROR", "2", "1", "1", "1", "20", "2"],
    ]
    [totals] = [line.split() for line in report.splitlines() if line.startswith("2 requests")]
    assert totals == ["2", "requests", "1", "completed", "5", "2", "1", "2", "58", "2"]
    assert "  loose.pdf / locked.pdf: ENCRYPTED_FILE: The PDF is password-protected." in report
