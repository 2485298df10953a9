"""Requests of generated statements and their ground truth, written as folders `ingest backfill` reads.

The truth comes from the data the generator drew, never from running the pipeline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from devtools.samplegen import badfiles, defects, fake, world
from devtools.samplegen.layouts import LAYOUTS, Layout, Rendered
from devtools.samplegen.model import CREDIT_CARD, SAVINGS, Statement
from devtools.samplegen.scans import KINDS, scan
from devtools.samplegen.world_more import WORLD_LAYOUTS
from ingest.codes import FileStatus, RejectionCode, RequestStatus, WarningCode
from ingest.models import money_str

VARIANTS = ("text", *KINDS)

# How each invented bank prints account numbers: '#' is a digit.
NUMBER_PATTERNS = {
    "bluefern": ("#####-#######",),
    "thistledown": ("########",),
    "vallon": ("#####-###########",),
    "pebblecreek": ("####-####-##",),
    "orrery": ("NL##ORRY##########",),
    "quillstone": ("****####",),
    "lanternhill": ("####-######", "####-######"),
    "kontorhaus": ("DE## 2105 0170 #### #### ##",),
    "alcornoque": ("ES## 0239 #### ## ##########",),
    "ponterosso": ("#####/######",),
    "lindeboom": ("NL## LNDB 0#########",),
    "estrela": ("####.######.###",),
    "edelweiss": ("####-****-****-####",),
    "harbourline": ("#########",),
    "baobab": ("##########",),
    "wattlebird": ("5### **** **** ####",),
    "merlion": ("4### **** **** ####",),
    "kurrajong": ("06 2### 1#######",),
    "auental": ("DE## 4305 0001 #### #### ##",),
    "iroko": ("0#########",),
    "sequoia": ("XXXX XXXX XXXX ####",),
    "rigi": ("CH## 0077 4### #### #### #",),
    "muskoka": ("#####-#######",),
    "vary": ("####-######-##",),
}


@dataclass(slots=True)
class StatementFile:
    """One generated PDF: its name without extension, its layout and the statements it prints."""

    stem: str
    layout: Layout
    statements: list[Statement]
    included: bool = True  # False: only the source of the request's bad files (an encrypted copy)


@dataclass(slots=True)
class RequestPlan:
    reference: str
    as_of: dt.date
    files: list[StatementFile]
    bad: list[str] = field(default_factory=list)  # kinds from badfiles.BAD_KINDS, one file each
    variation: dict[str, str] = field(default_factory=dict)  # a varied statement's factors (vary.py)


@dataclass(slots=True)
class BuiltRequest:
    reference: str
    files: dict[str, bytes]  # name -> bytes
    truth: dict[str, Any]


def period(layout: Layout, year: int, month: int) -> tuple[dt.date, dt.date]:
    """A calendar month, or for a card cycle the 15th to the 14th of the next month."""
    if layout.cycle_day == 1:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    start = dt.date(year, month, layout.cycle_day)
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    return start, dt.date(next_year, next_month, layout.cycle_day - 1)


def _number(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


def draw_statements(
    layout: Layout,
    rng: random.Random,
    year: int,
    month: int,
    *,
    counts: Sequence[int],
    previous: Sequence[Statement] | None = None,
) -> list[Statement]:
    """The statements of one file: one per account of the layout. With `previous`, the next period
    of the same accounts (same holder and numbers, opening = previous closing)."""
    start, end = period(layout, year, month)
    party = fake.person(rng, layout.country)
    statements = []
    for k, (profile, account_type) in enumerate(zip(layout.profiles, layout.account_types, strict=True)):
        txns = fake.transactions(rng, profile, start, end, counts[k])
        if previous is not None:
            before = previous[k]
            holder, address, number, opening = (
                before.holder_name,
                before.address,
                before.account_number,
                before.closing,
            )
        else:
            holder, address = party.name, party.address
            number = _number(rng, NUMBER_PATTERNS[layout.name][k])
            openings: dict[str | None, Decimal] = {
                SAVINGS: fake.money(rng, 1000, 20000),
                CREDIT_CARD: -fake.money(rng, 600, 2500),
            }
            opening = openings.get(account_type, fake.money(rng, 300, 9000))
        statement = Statement(
            institution=layout.institution,
            holder_name=holder,
            address=address,
            account_number=number,
            account_type=account_type,
            currency=layout.currency,
            period_start=start,
            period_end=end,
            opening=opening,
            transactions=txns,
        )
        if account_type == CREDIT_CARD:
            statement.warnings.append(
                WarningCode.AccountNumberIncomplete
            )  # the card number is printed masked
            if statement.closing >= 0 and previous is None:  # keep a balance owed, as card statements show
                statement.opening -= statement.closing + Decimal("150.00")
        statements.append(statement)
    return statements


def following(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


# --- building a request: bytes of every file, and the truth ------------------------------------


def build(plan: RequestPlan, variant: str = "text", seed: int = 0) -> BuiltRequest:
    """Render every file of the plan in `variant`, add its bad files, and compute the truth."""
    files: dict[str, bytes] = {}
    content: dict[str, tuple[StatementFile, Rendered]] = {}
    first_pdf = b""
    for number, statement_file in enumerate(plan.files):
        rendered = statement_file.layout.render(statement_file.statements)
        first_pdf = first_pdf or rendered.pdf
        if not statement_file.included:
            continue
        extension, data = ".pdf", rendered.pdf
        if variant != "text":
            extension, data = scan(rendered.pdf, variant, seed=seed * 1000 + number)
        name = statement_file.stem + extension
        files[name] = data
        content[name] = (statement_file, rendered)
    rejections: dict[str, RejectionCode] = {}
    for kind in plan.bad:
        name, data = _bad_file(kind, files, first_pdf, next(iter(content), ""))
        if name in files:
            raise ValueError(f"a request cannot hold two files named {name}")
        files[name] = data
        if kind != "duplicate":
            rejections[name] = badfiles.BAD_KINDS[kind]
    truth = _truth(plan, files, content, rejections)
    return BuiltRequest(reference=plan.reference, files=files, truth=truth)


def _bad_file(kind: str, files: dict[str, bytes], pdf: bytes, statement: str) -> tuple[str, bytes]:
    """A file of the given bad kind: `pdf` is the source of the damaged copies, `statement` the
    name of the request's first statement file, which a duplicate copies."""
    if kind == "encrypted":
        return "statement-protected.pdf", badfiles.encrypted(pdf)
    if kind == "truncated":
        return "statement-truncated.pdf", badfiles.truncated(pdf)
    if kind == "docx":
        return "statement-draft.pdf", badfiles.docx_renamed()
    if kind == "empty":
        return "statement-empty.pdf", b""
    if kind == "blank":
        return "scan-blank.pdf", badfiles.blank_pdf()
    if kind == "letter":
        return "insurance-letter.pdf", badfiles.letter_pdf()
    if kind == "duplicate":
        stem, _, extension = statement.rpartition(".")
        # '_' sorts after '.', so the copy comes second in name order and is the one rejected
        return f"{stem}_copy.{extension}", files[statement]
    raise ValueError(f"unknown bad file kind {kind!r}; expected one of {', '.join(badfiles.BAD_KINDS)}")


def _truth(
    plan: RequestPlan,
    files: dict[str, bytes],
    content: dict[str, tuple[StatementFile, Rendered]],
    rejections: dict[str, RejectionCode],
) -> dict[str, Any]:
    seen: dict[str, str] = {}
    file_entries = []
    groups: dict[tuple[str, str], list[tuple[Statement, str, list[int], list[Decimal | None]]]] = {}
    for name in sorted(files):  # backfill reads a folder in name order; the first of equal bytes is kept
        data = files[name]
        rejection = rejections.get(name)
        digest = hashlib.sha256(data).hexdigest()
        if rejection is None and data and digest in seen:
            rejection = RejectionCode.DUPLICATE_FILE
        if data:
            seen.setdefault(digest, name)
        file_entries.append(
            {
                "name": name,
                "status": FileStatus.REJECTED.value if rejection else FileStatus.ACCEPTED.value,
                "rejection": rejection.value if rejection else None,
            }
        )
        if rejection is None:
            statement_file, rendered = content[name]
            for k, statement in enumerate(statement_file.statements):
                key = (statement.institution, statement.account_number)
                groups.setdefault(key, []).append((statement, name, rendered.pages[k], rendered.balances[k]))
    accounts = [_account(parts) for parts in groups.values()]
    accepted = sum(entry["status"] == FileStatus.ACCEPTED.value for entry in file_entries)
    if accepted == len(file_entries):
        status = RequestStatus.COMPLETED
    elif accepted:
        status = RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    else:
        status = RequestStatus.OCR_FILES_INTEGRATION_FAILURE
    truth: dict[str, Any] = {
        "reference": plan.reference,
        "as_of": plan.as_of.isoformat(),
        "status": status.value,
        "files": file_entries,
        "accounts": accounts,
        "warnings": [] if accounts else [WarningCode.NoAccounts.value],
    }
    if plan.variation:  # written only for varied statements, so the other truths keep their bytes
        truth["variation"] = plan.variation
    return truth


def _account(parts: list[tuple[Statement, str, list[int], list[Decimal | None]]]) -> dict[str, Any]:
    """One account from its statements in one or more files; consecutive periods concatenate."""
    parts = sorted(parts, key=lambda part: part[0].period_start)
    first, last = parts[0][0], parts[-1][0]
    transactions = []
    warnings: list[str] = []
    # the optional value_date is written for layouts that print one, so the other truths keep their bytes
    second_date = any(t.value_date for statement, *_ in parts for t in statement.transactions)
    for statement, name, pages, balances in parts:
        for txn, page, balance in zip(statement.transactions, pages, balances, strict=True):
            entry: dict[str, Any] = {
                "date": txn.date.isoformat(),
                "description": txn.description,
                "amount": money_str(txn.amount),
                "balance": None if balance is None else money_str(balance),
                "file": name,
                "page": page,
            }
            if second_date:
                entry["value_date"] = txn.value_date.isoformat() if txn.value_date else None
            transactions.append(entry)
        warnings += [w.value for w in statement.warnings if w.value not in warnings]
    # An account's transactions are in date order (the contract says so for merged accounts, and one
    # file is a merge of one); the sort is stable, so rows of one day keep their printed order.
    transactions.sort(key=lambda txn: str(txn["date"]))
    return {
        "institution": first.institution,
        "holder": {"name": first.holder_name, "address": first.holder_address},
        "account_number": first.account_number,
        "account_type": first.account_type,
        "currency": first.currency,
        "period_start": first.period_start.isoformat(),
        "period_end": last.period_end.isoformat(),
        "opening_balance": money_str(first.opening),
        "closing_balance": money_str(last.printed_closing),
        "transactions": transactions,
        "warnings": sorted(warnings),
    }


def write_request(out: Path, built: BuiltRequest, *, truth_dir: Path | None = None) -> None:
    """Write the files under `out/<reference>/` and the truth as `truth_dir/<reference>.json`."""
    folder = out / built.reference
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in built.files.items():
        (folder / name).write_bytes(data)
    if truth_dir is not None:
        truth_dir.mkdir(parents=True, exist_ok=True)
        (truth_dir / f"{built.reference}.json").write_text(dump_truth(built.truth), encoding="utf-8")


def dump_truth(truth: dict[str, Any]) -> str:
    return json.dumps(truth, indent=2, ensure_ascii=False) + "\n"


# --- the corpus ------------------------------------------------------------------------------


LAYOUT_ORDER = tuple(LAYOUTS)
ROWS = (8, 45)  # a statement of one or two pages
BAD_ORDER = ("encrypted", "truncated", "docx", "empty", "duplicate", "blank", "letter")


def plan_request(index: int, seed: int, rows: tuple[int, int] = ROWS) -> RequestPlan:
    """The index-th request of a corpus: layouts in turn, and every sixth request of each scenario.

    `rows` bounds the transactions of each file's main account (its other accounts hold 3-8).

    Scenarios: clean (three in six), two consecutive periods of one account, one defect, a clean
    statement with one bad file. 6 and 7 are coprime, so every layout meets every scenario.
    """
    rng = random.Random(f"corpus:{seed}:{index}")  # noqa: S311 (test data, not secrets)
    layout = LAYOUTS[LAYOUT_ORDER[index % len(LAYOUT_ORDER)]]
    scenario = index % 6
    year, month = rng.choice((2024, 2025)), (index * 5) % 12 + 1
    counts = [rng.randint(*rows) if k == 0 else rng.randint(3, 8) for k in range(len(layout.profiles))]
    statements = draw_statements(layout, rng, year, month, counts=counts)
    files = [StatementFile(f"statement-{year}-{month:02d}", layout, statements)]
    reference = f"s{seed}-{index:04d}-{layout.name}"
    defect: str | None = None
    bad: list[str] = []
    if scenario == 2:
        next_year, next_month = following(year, month)
        more = draw_statements(layout, rng, next_year, next_month, counts=counts, previous=statements)
        files.append(StatementFile(f"statement-{next_year}-{next_month:02d}", layout, more))
        reference += "-2periods"
    elif scenario == 3:
        choices = [d for d in defects.DEFECTS if not (d == "masked_account" and layout.name == "quillstone")]
        defect = choices[(index // 6) % len(choices)]
        defects.apply(defect, statements, rng)
        reference += f"-{defect.replace('_', '')}"
    elif scenario == 4:
        bad = [BAD_ORDER[(index // 6) % len(BAD_ORDER)]]
        reference += f"-bad{bad[0]}"
    as_of = defects.as_of(defect, [s for f in files for s in f.statements])
    return RequestPlan(reference=reference, as_of=as_of, files=files, bad=bad)


WORLD_ORDER = tuple(WORLD_LAYOUTS)


def plan_world_request(index: int, seed: int, rows: tuple[int, int] = ROWS) -> RequestPlan:
    """The index-th request of the world corpus: its layouts in turn, clean statements only.

    Every other round of the layouts is drawn in December, so that each meets the turn of a year
    (within one period where its cycle is not the calendar month); one request in four holds two
    consecutive periods.
    """
    rng = random.Random(f"world:{seed}:{index}")  # noqa: S311 (test data, not secrets)
    layout = WORLD_LAYOUTS[WORLD_ORDER[index % len(WORLD_ORDER)]]
    year = rng.choice((2024, 2025))
    month = 12 if (index // len(WORLD_ORDER)) % 2 == 0 else (index * 5) % 12 + 1
    counts = [rng.randint(*rows) for _ in layout.profiles]
    statements = draw_statements(layout, rng, year, month, counts=counts)
    world.dress(layout, statements, rng, first=True)
    files = [StatementFile(f"statement-{year}-{month:02d}", layout, statements)]
    reference = f"w{seed}-{index:04d}-{layout.name}"
    if index % 4 == 1:
        files.append(next_world_period(layout, rng, year, month, counts=counts, previous=statements))
        reference += "-2periods"
    as_of = defects.as_of(None, [s for f in files for s in f.statements])
    return RequestPlan(reference=reference, as_of=as_of, files=files)


def next_world_period(
    layout: Layout, rng: random.Random, year: int, month: int, *, counts: list[int], previous: list[Statement]
) -> StatementFile:
    """The file of the period after `previous`, its balances carried on, dressed as the world layouts are."""
    next_year, next_month = following(year, month)
    more = draw_statements(layout, rng, next_year, next_month, counts=counts, previous=previous)
    world.dress(layout, more, rng, first=False)
    return StatementFile(f"statement-{next_year}-{next_month:02d}", layout, more)


def plan_vary_request(index: int, seed: int, rows: tuple[int, int] = ROWS) -> RequestPlan:
    """The index-th request of the varied corpus (devtools.samplegen.vary)."""
    from devtools.samplegen import vary  # noqa: PLC0415  (vary builds its plans from this module)

    return vary.plan(index, seed, rows)  # type: ignore[no-any-return]


# the committed corpus; issue 14's kinds; statements varied factor by factor
PLANS = {"classic": plan_request, "world": plan_world_request, "vary": plan_vary_request}


def write_corpus(
    out: Path,
    count: int,
    seed: int = 0,
    variants: Sequence[str] = ("text",),
    *,
    rows: tuple[int, int] = ROWS,
    layouts: str = "classic",
) -> list[str]:
    """Write `count` generated requests of the `layouts` set (see PLANS), each in every variant, as
    `out/requests/<reference>/<files>` with the truth as `out/truth/<reference>.json`. Returns the
    references (suffixed by variant)."""
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise ValueError(f"unknown variant(s) {', '.join(unknown)}; expected some of {', '.join(VARIANTS)}")
    if layouts not in PLANS:
        raise ValueError(f"unknown layout set {layouts!r}; expected one of {', '.join(PLANS)}")
    references = []
    for index in range(count):
        plan = PLANS[layouts](index, seed, rows)
        base = plan.reference
        for variant in variants:
            plan.reference = f"{base}-{variant}"
            built = build(plan, variant, seed=seed * 100_000 + index)
            write_request(out / "requests", built, truth_dir=out / "truth")
            references.append(built.reference)
    return references
