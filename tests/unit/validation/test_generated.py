"""Generated statements with one known defect, read end to end: the warnings match the generator's truth.

The truth comes from what the generator drew (`devtools.samplegen`), never from running the pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from devtools.samplegen.corpus import write_corpus
from devtools.samplegen.defects import DEFECTS
from ingest.models import money_str
from ingest.settings import Limits
from ingest.stages.extraction import extract
from ingest.stages.integration import integrate
from ingest.stages.upload import inspect_upload
from ingest.stages.validation import FileStatements, validate

SEED = 0
# The corpus cycles six scenarios: request 6k+3 carries the k-th defect; the others chosen here are
# clean, single or two periods, over every layout.
DEFECT_REQUESTS = [3 + 6 * k for k in range(len(DEFECTS))]
CLEAN_REQUESTS = [0, 1, 2, 5, 6, 8, 11, 14, 17, 20]
COUNT = max(DEFECT_REQUESTS + CLEAN_REQUESTS) + 1


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, COUNT, seed=SEED)
    return out


def _case(index: int) -> Any:
    defect = DEFECTS[(index - 3) // 6] if index in DEFECT_REQUESTS else None
    name = defect.replace("_", "") if defect else "clean"
    return pytest.param(index, id=f"{index:04d}-{name}")


def _truth(corpus: Path, index: int) -> dict[str, Any]:
    [path] = (corpus / "truth").glob(f"s{SEED}-{index:04d}-*.json")
    truth: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return truth


@pytest.mark.parametrize("index", [_case(i) for i in sorted(DEFECT_REQUESTS + CLEAN_REQUESTS)])
def test_generated_request_raises_exactly_the_truths_warnings(corpus: Path, index: int) -> None:
    truth = _truth(corpus, index)
    folder = corpus / "requests" / truth["reference"]
    limits = Limits()
    files = []
    for entry in truth["files"]:
        if entry["status"] != "ACCEPTED":
            continue
        data = (folder / entry["name"]).read_bytes()
        upload = inspect_upload(limits, data)
        extraction = extract(limits, data, integrate(limits, data, upload.content_type))
        files.append(FileStatements(file_name=entry["name"], statements=extraction.statements))

    validated = validate(dt.date.fromisoformat(truth["as_of"]), files)

    assert [w.code for w in validated.warnings] == truth["warnings"]
    got = [sorted({w.code.value for w in account.warnings}) for account in validated.accounts]
    assert got == [sorted(set(account["warnings"])) for account in truth["accounts"]]
    for account, expected in zip(validated.accounts, truth["accounts"], strict=True):
        assert account.account_number == expected["account_number"]
        # Merged in date order, overlaps once, every figure as printed.
        assert [(str(t.date), t.description, money(t.amount), t.file) for t in account.transactions] == [
            (t["date"], t["description"], t["amount"], t["file"]) for t in expected["transactions"]
        ]
        period = (str(account.period_start), str(account.period_end))
        assert period == (expected["period_start"], expected["period_end"])
        assert money(account.opening_balance) == expected["opening_balance"]
        assert money(account.closing_balance) == expected["closing_balance"]


def money(value: Decimal | None) -> str | None:
    return None if value is None else money_str(value)


def test_every_defect_knob_is_exercised() -> None:
    assert len(DEFECT_REQUESTS) == len(DEFECTS)
