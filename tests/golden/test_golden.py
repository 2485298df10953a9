"""Golden cases: generated statements through the whole pipeline, against the generator's ground truth.

Each case is `tests/golden/cases/<reference>/expected.json`; its inputs are `input/` beside it, or the
demo request `samples/<reference>/`. The expected files come from the generator's own data, never from
the pipeline's output.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import Services, run_local
from tests.conftest import ROOT

CASES = ROOT / "tests" / "golden" / "cases"


def _inputs(case: Path) -> list[Path]:
    folder = case / "input" if (case / "input").is_dir() else ROOT / "samples" / case.name
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _money(value: Any) -> str | None:
    return None if value is None else str(Decimal(str(value)).quantize(Decimal("0.01")))


def _words(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _account_view(account: dict[str, Any]) -> dict[str, Any]:
    """The fields the truth fixes, in a comparable form (confidence is the pipeline's own judgement)."""
    holder = account.get("holder") or {}
    return {
        "institution": account.get("institution"),
        "holder": {"name": _words(holder.get("name")), "address": _words(holder.get("address"))},
        "account_number": account.get("account_number"),
        "account_type": account.get("account_type"),
        "currency": account.get("currency"),
        "period_start": account.get("period_start"),
        "period_end": account.get("period_end"),
        "opening_balance": _money(account.get("opening_balance")),
        "closing_balance": _money(account.get("closing_balance")),
        "warnings": sorted({w["code"] if isinstance(w, dict) else w for w in account.get("warnings", [])}),
        "transactions": [
            {
                "date": t.get("date"),
                "description": _words(t.get("description")),
                "amount": _money(t.get("amount")),
                "balance": _money(t.get("balance")),
                "file": t.get("file"),
                "page": t.get("page"),
            }
            for t in account.get("transactions", [])
        ],
    }


def _document_view(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "status": document["status"],
        "files": [
            {
                "name": f["name"],
                "status": f["status"],
                "rejection": (f["rejection"] or {}).get("code")
                if isinstance(f["rejection"], dict)
                else f["rejection"],
            }
            for f in document["files"]
        ],
        "accounts": [_account_view(a) for a in document["accounts"]],
        "warnings": sorted({w["code"] if isinstance(w, dict) else w for w in document.get("warnings", [])}),
    }


@pytest.mark.parametrize(
    "case", sorted(p for p in CASES.glob("*") if (p / "expected.json").is_file()), ids=lambda p: p.name
)
def test_golden_case_matches_ground_truth(case: Path, services: Services) -> None:
    expected = json.loads((case / "expected.json").read_text())
    as_of = dt.datetime.combine(dt.date.fromisoformat(expected["as_of"]), dt.time(12), dt.UTC)
    svc = replace(services, clock=lambda: as_of)

    document = run_local(svc, _inputs(case), expected["reference"])

    assert _document_view(document.model_dump(mode="json")) == _document_view(expected)


def test_golden_cases_exist() -> None:
    assert len(list(CASES.glob("*/expected.json"))) >= 4
