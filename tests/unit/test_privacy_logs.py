"""Privacy: the logs of a full run, at every level, hold no statement contents.

Secrets come from the sources: the generator's ground truth for a statement that prints a full card
number, and the text layer of the real HSBC statements. The documents the run produced add what the
program itself read (holders, addresses, account numbers, descriptions).
"""

from __future__ import annotations

import json
import logging
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from devtools.realworld import VENDORED
from devtools.samplegen import LAYOUTS, scan
from devtools.samplegen.corpus import draw_statements
from devtools.samplegen.defects import apply
from devtools.samplegen.model import Statement
from ingest import logs
from ingest.pci import find_card_numbers
from tests.e2e.ingest_procs import ROOT, command_env
from tests.hostile.makers import encrypted_pdf

# Words a log line may hold whatever the statement says: our event names, field names and codes.
MIN_SECRET = 6


def _card_statement() -> tuple[bytes, Statement, str]:
    """A generated statement whose printed descriptions carry a full (Luhn-valid) card number."""
    rng = random.Random(7)
    layout = LAYOUTS["bluefern"]
    statements = draw_statements(layout, rng, 2026, 3, counts=[12] * len(layout.profiles))
    apply("card_number", statements, rng)
    printed = " ".join(t.printed_text for s in statements for t in s.transactions)
    [card] = find_card_numbers(printed)
    pan = re.sub(r"\D", "", printed[card.start : card.end])
    return layout.render(statements).pdf, statements[0], pan


def _ground_truth_secrets(statement: Statement, pan: str) -> set[str]:
    secrets = {statement.account_number, pan, pan[:6], pan[6:12]}
    if statement.holder_name:
        secrets.add(statement.holder_name)
    secrets.update(statement.address)
    secrets.update(t.printed_text for t in statement.transactions)
    return {s for s in secrets if len(s) >= MIN_SECRET}


def _text_layer_secrets(pdf: Path) -> set[str]:
    """Every line and every long word printed on the statement."""
    secrets: set[str] = set()
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            text = page.extract_text() or ""
            for line in text.splitlines():
                secrets.add(line.strip())
                secrets.update(word for word in line.split() if any(c.isdigit() for c in word))
                secrets.update(word for word in line.split() if word.isupper() and len(word) >= MIN_SECRET)
    return {s for s in secrets if len(s) >= MIN_SECRET}


def _document_secrets(document: dict[str, object]) -> set[str]:
    secrets: set[str] = set()
    for account in document["accounts"]:  # type: ignore[attr-defined]
        holder = account["holder"]
        secrets.update(v for v in (holder["name"], holder["address"], account["account_number"]) if v)
        secrets.update(t["description"] for t in account["transactions"])
    return {s for s in secrets if len(s) >= MIN_SECRET}


def _leaks(text: str, secrets: set[str]) -> list[str]:
    folded = text.casefold()
    return sorted(s for s in secrets if s.casefold() in folded)


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, set[str], str]:
    """A backfill folder: the HSBC statements (renamed: their names carry account numbers), a
    generated statement with a card number, a scan of it (the OCR path), and a protected PDF."""
    root = tmp_path / "in"
    secrets: set[str] = set()
    hsbc = root / "hsbc"
    hsbc.mkdir(parents=True)
    for number, pdf in enumerate(sorted((VENDORED / "hsbc").glob("*.pdf")), start=1):
        shutil.copy(pdf, hsbc / f"statement-{number}.pdf")
        secrets |= _text_layer_secrets(pdf)
    pdf, statement, pan = _card_statement()
    card = root / "card"
    card.mkdir()
    (card / "march.pdf").write_bytes(pdf)
    name, scanned = scan(pdf, "scan200", seed=3)
    (card / f"march-scan{Path(name).suffix}").write_bytes(scanned)
    (root / "locked.pdf").write_bytes(encrypted_pdf(user="1234", owner="bank"))
    secrets |= _ground_truth_secrets(statement, pan)
    return root, secrets, pan


@pytest.mark.slow
def test_logs_of_a_full_run_at_debug_hold_no_statement_contents(
    tmp_path: Path, batch: tuple[Path, set[str], str]
) -> None:
    root, secrets, pan = batch
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "ingest", "-vv", "backfill", str(root), "--out", str(out), "--workers", "2"],
        env=command_env(tmp_path / "home", OMP_THREAD_LIMIT="1"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 1, run.stderr  # the protected PDF is rejected
    documents = [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]
    assert len(documents) == 3
    for document in documents:
        secrets |= _document_secrets(document)
    logs_text = run.stderr
    assert "file processed" in logs_text and "request finished" in logs_text  # the run did log, at -v
    assert _leaks(logs_text, secrets) == []
    # The card number is in no log, and in the documents only masked.
    assert pan not in "\n".join(p.read_text() for p in out.glob("*.json"))


def test_the_scan_would_catch_a_leak_if_libraries_logged_freely(capfd: pytest.CaptureFixture[str]) -> None:
    """The control: pdfminer at DEBUG prints the statement's words, and the scan above finds them."""
    pdf = sorted((VENDORED / "hsbc").glob("*.pdf"))[0]
    secrets = _text_layer_secrets(pdf)  # read before logging is opened up
    root = logging.getLogger()
    saved = root.handlers[:], root.level, logging.getLogger("pdfminer").level
    handler = logging.StreamHandler(sys.stderr)
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG)
    logging.getLogger("pdfminer").setLevel(logging.NOTSET)
    try:
        with pdfplumber.open(pdf) as document:
            document.pages[0].extract_words()
        leaked = _leaks(capfd.readouterr().err, secrets)
        assert leaked, "pdfminer at DEBUG should have printed statement words"

        logs.configure(2)
        with pdfplumber.open(pdf) as document:
            document.pages[0].extract_words()
        assert _leaks(capfd.readouterr().err, secrets) == []
    finally:
        logging.captureWarnings(False)
        root.handlers[:], level, pdfminer_level = saved
        root.setLevel(level)
        logging.getLogger("pdfminer").setLevel(pdfminer_level)


def test_library_warnings_print_their_template_not_the_file_text(capfd: pytest.CaptureFixture[str]) -> None:
    import warnings

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    secret = "MR Z TESTNAME 4111111111111111"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            logging.captureWarnings(False)  # whatever an earlier test left
            logs.configure(2)  # inside: pytest records warnings itself; configure routes them to logs
            logging.getLogger("pdfminer.pdfdevice").warning("Cannot render %r", secret)
            logging.getLogger("somelib").debug("token %s", secret)
            warnings.warn(f"odd string {secret}", stacklevel=1)
            logging.captureWarnings(False)
        try:
            raise ValueError(secret)
        except ValueError:
            logging.getLogger("ingest.test").exception("step failed")
        err = capfd.readouterr().err
        assert "Cannot render %r" in err and "step failed" in err and "ValueError" in err
        assert "UserWarning (message withheld" in err
        assert secret not in err
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
