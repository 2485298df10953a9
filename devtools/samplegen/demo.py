"""The committed demo requests (samples/) and golden cases (tests/golden/cases/), regenerated exactly.

    .venv/bin/python -m devtools.samplegen.demo [--root .]

Demo requests go to `samples/<reference>/` (inputs only); their truth to
`tests/golden/cases/<reference>/expected.json`. Golden cases that are not demo requests keep their
inputs beside the truth, in `tests/golden/cases/<case>/input/`. Same code, same bytes.
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from devtools.samplegen import defects
from devtools.samplegen.corpus import (
    RequestPlan,
    StatementFile,
    build,
    draw_statements,
    dump_truth,
    following,
)
from devtools.samplegen.layouts import LAYOUTS


@dataclass(frozen=True, slots=True)
class Case:
    reference: str
    layout: str
    year: int
    month: int
    counts: tuple[int, ...]
    periods: int = 1
    defect: str | None = None
    bad: tuple[str, ...] = ()
    variant: str = "text"
    demo: bool = False  # inputs in samples/ rather than beside the truth
    statement_files: bool = True  # False: a request of bad files only


CASES = (
    # demo requests, committed under samples/
    Case("bluefern-two-months", "bluefern", 2024, 12, (34,), periods=2, demo=True),
    Case("vallon-releve-de-compte", "vallon", 2025, 3, (38,), demo=True),
    Case("pebblecreek-with-protected-pdf", "pebblecreek", 2025, 5, (22,), bad=("encrypted",), demo=True),
    Case("orrery-scan200", "orrery", 2025, 2, (12,), variant="scan200", demo=True),
    Case("thistledown-duplicate-row", "thistledown", 2025, 6, (26,), defect="duplicate", demo=True),
    Case("quillstone-card-year-end", "quillstone", 2024, 12, (24,), demo=True),
    Case("lanternhill-two-accounts", "lanternhill", 2025, 8, (28, 5), demo=True),
    # golden-only cases: one defect each
    Case("defect-no-holder", "bluefern", 2025, 1, (12,), defect="no_holder"),
    Case("defect-no-address", "pebblecreek", 2025, 2, (12,), defect="no_address"),
    Case("defect-address-incomplete", "thistledown", 2025, 3, (12,), defect="address_incomplete"),
    Case("defect-masked-account", "orrery", 2025, 4, (12,), defect="masked_account"),
    Case("defect-wrong-order", "vallon", 2025, 5, (14,), defect="wrong_order"),
    Case("defect-balance-mismatch", "lanternhill", 2025, 6, (12, 4), defect="balance_mismatch"),
    Case("defect-three-decimals", "bluefern", 2025, 7, (12,), defect="three_decimals"),
    Case("defect-card-number", "quillstone", 2025, 8, (12,), defect="card_number"),
    Case("defect-no-transactions", "pebblecreek", 2025, 9, (0,), defect="no_transactions"),
    Case("defect-stale", "orrery", 2025, 10, (12,), defect="stale"),
    Case("defect-stale-15-days", "thistledown", 2025, 11, (12,), defect="stale15"),
    # bad files
    Case(
        "bad-files-with-statement",
        "bluefern",
        2025,
        4,
        (14,),
        bad=("truncated", "docx", "empty", "duplicate"),
    ),
    Case("only-protected-pdf", "vallon", 2025, 2, (10,), bad=("encrypted",), statement_files=False),
    Case("blank-and-letter", "bluefern", 2025, 2, (10,), bad=("blank", "letter"), statement_files=False),
    # scanned and photographed
    Case("vallon-scan300", "vallon", 2025, 1, (12,), variant="scan300"),
    Case("bluefern-photo", "bluefern", 2025, 9, (12,), variant="photo"),
    Case("thistledown-rotated", "thistledown", 2025, 10, (10,), variant="rotated"),
)


def plan_case(case: Case) -> RequestPlan:
    rng = random.Random(f"demo:{case.reference}")  # noqa: S311 (test data, not secrets)
    layout = LAYOUTS[case.layout]
    year, month = case.year, case.month
    statements = draw_statements(layout, rng, year, month, counts=case.counts)
    files = [
        StatementFile(f"statement-{year}-{month:02d}", layout, statements, included=case.statement_files)
    ]
    for _ in range(case.periods - 1):
        year, month = following(year, month)
        statements = draw_statements(layout, rng, year, month, counts=case.counts, previous=statements)
        files.append(StatementFile(f"statement-{year}-{month:02d}", layout, statements))
    if case.defect is not None:
        defects.apply(case.defect, files[0].statements, rng)
    as_of = defects.as_of(case.defect, [s for f in files for s in f.statements])
    return RequestPlan(reference=case.reference, as_of=as_of, files=files, bad=list(case.bad))


def write_cases(root: Path, cases: Sequence[Case] = CASES) -> None:
    samples = root / "samples"
    golden = root / "tests" / "golden" / "cases"
    for case in cases:
        plan = plan_case(case)
        built = build(plan, case.variant)
        inputs = samples / case.reference if case.demo else golden / case.reference / "input"
        shutil.rmtree(inputs, ignore_errors=True)
        inputs.mkdir(parents=True)
        for name, data in sorted(built.files.items()):
            (inputs / name).write_bytes(data)
        (golden / case.reference).mkdir(parents=True, exist_ok=True)
        (golden / case.reference / "expected.json").write_text(dump_truth(built.truth), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m devtools.samplegen.demo", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="project root (default: current folder)")
    args = parser.parse_args(argv)
    write_cases(args.root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
