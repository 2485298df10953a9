"""Extraction accuracy against generated ground truth: transaction P/R/F1 and header-field accuracy.

    python -m devtools.accuracy [--count N] [--seed S] [--variants text,scan300,scan200,photo]
                                [--layouts classic|world] [--verbose]

A corpus is generated with `devtools.samplegen` into a temporary folder; each request's files go
through the same stages the pipeline runs (upload checks, integration, extraction, validation), and
the accounts that come out are compared with the truth. A transaction matches on date, amount and
normalised description; a header field matches when equal after normalising case and spaces. Where the
truth prints a second (value) date on a row, the share of those rows found with that value date too
is reported as `vdate` ("-" when no row of the corpus has one).
Figures are printed per variant, then per layout, so that a regression shows where it is.

`--layouts classic` (the default) is the corpus the README's figures refer to; `--layouts world` is
the generator's layouts of the kinds real statements take (issue 14): other languages, years only in
headings, two dates per row, sections, summary lines, card and mobile-money statements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ingest.errors import FileRejected
from ingest.models import Account, Transaction, money_str
from ingest.settings import Limits
from ingest.stages import validation
from ingest.stages.extraction import extract
from ingest.stages.integration import integrate
from ingest.stages.upload import inspect_upload
from ingest.stages.validation import FileStatements, validate

HEADER_FIELDS = (*validation.HEADER_FIELDS, "opening_balance", "closing_balance")


@dataclass(slots=True)
class Score:
    """Counts for one variant."""

    requests: int = 0
    matched: int = 0  # transactions found in both
    predicted: int = 0
    expected: int = 0
    value_dated: int = 0  # expected transactions that print a value date
    value_matched: int = 0  # of those, found with date, amount, description and value date equal
    fields_right: Counter[str] = field(default_factory=Counter)
    fields_total: int = 0  # accounts compared (each contributes one per field)
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    layouts: dict[str, Score] = field(default_factory=dict)  # the same counts, per layout

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.matched, self.predicted, self.expected)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.matched, self.predicted, self.expected)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.matched, self.predicted, self.expected)[2]

    @property
    def value_date_accuracy(self) -> float | None:
        return self.value_matched / self.value_dated if self.value_dated else None

    @property
    def header_accuracy(self) -> float:
        total = self.fields_total * len(HEADER_FIELDS)
        return sum(self.fields_right.values()) / total if total else 1.0


def precision_recall_f1(matched: int, predicted: int, expected: int) -> tuple[float, float, float]:
    """Of `predicted` items found and `expected` true ones, `matched` agree; an empty side is no error."""
    precision = matched / predicted if predicted else 1.0
    recall = matched / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def normalise_text(text: str | None) -> str:
    """Case, accents, punctuation and spacing do not count in a comparison."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w*]+", " ", plain).split())


def transaction_key(date: str | None, amount: str | None, description: str) -> tuple[str, str, str]:
    money = money_str(Decimal(amount)) if amount is not None else ""
    return (date or "", money, normalise_text(description))


def run_request(folder: Path, today: dt.date, limits: Limits) -> list[Account]:
    """The accounts the stages make of one request folder (files in name order)."""
    files = []
    seen: set[str] = set()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        data = path.read_bytes()
        try:
            upload = inspect_upload(limits, data)
            if upload.sha256 in seen:
                continue
            seen.add(upload.sha256)
            integrated = integrate(limits, data, upload.content_type)
            extraction = extract(limits, data, integrated)
        except FileRejected:
            continue
        files.append(FileStatements(file_name=path.name, statements=extraction.statements))
    return validate(today, files).accounts


def score_request(score: Score, truth: dict[str, Any], accounts: Sequence[Account]) -> None:
    """Add one request's comparison to the score."""
    expected_accounts = truth["accounts"]
    remaining = list(accounts)
    for expected in expected_accounts:
        got = _pair(expected, remaining)
        if got is not None:
            remaining.remove(got)
        want = Counter(
            transaction_key(t["date"], t["amount"], t["description"]) for t in expected["transactions"]
        )
        have = Counter(_key(t) for t in (got.transactions if got else []))
        score.expected += sum(want.values())
        score.predicted += sum(have.values())
        score.matched += sum((want & have).values())
        want_dated = Counter(
            (*transaction_key(t["date"], t["amount"], t["description"]), t["value_date"])
            for t in expected["transactions"]
            if t.get("value_date")
        )
        have_dated = Counter(
            (*_key(t), t.value_date.isoformat() if t.value_date else None)
            for t in (got.transactions if got else [])
        )
        score.value_dated += sum(want_dated.values())
        score.value_matched += sum((want_dated & have_dated).values())
        for key in (want - have) - Counter():
            score.misses.append(f"{truth['reference']}: missed {key}")
        for key in (have - want) - Counter():
            score.misses.append(f"{truth['reference']}: extra {key}")
        score.fields_total += 1
        for name in HEADER_FIELDS:
            want_value = _expected_field(expected, name)
            have_value = _field(got, name) if got else None
            if _same(want_value, have_value):
                score.fields_right[name] += 1
            else:
                score.misses.append(f"{truth['reference']}: {name} {want_value!r} != {have_value!r}")
    for extra in remaining:
        score.predicted += len(extra.transactions)


def _key(txn: Transaction) -> tuple[str, str, str]:
    return transaction_key(
        txn.date.isoformat() if txn.date else None,
        str(txn.amount) if txn.amount is not None else None,
        txn.description,
    )


def _pair(expected: dict[str, Any], accounts: Sequence[Account]) -> Account | None:
    """The extracted account that stands for an expected one: same number, else most shared rows."""
    number = normalise_text(expected["account_number"])
    for account in accounts:
        if normalise_text(account.account_number) == number:
            return account
    want = {transaction_key(t["date"], t["amount"], "")[:2] for t in expected["transactions"]}

    def shared(account: Account) -> int:
        have = {_key(t)[:2] for t in account.transactions}
        return len(want & have)

    best = max(accounts, key=shared, default=None)
    return best if best is not None and shared(best) else None


def _expected_field(account: dict[str, Any], name: str) -> str | None:
    if name == "holder_name":
        return account["holder"]["name"]  # type: ignore[no-any-return]
    if name == "holder_address":
        return account["holder"]["address"]  # type: ignore[no-any-return]
    return account[name]  # type: ignore[no-any-return]


def _field(account: Account, name: str) -> str | None:
    if name == "holder_name":
        return account.holder.name
    if name == "holder_address":
        return account.holder.address
    value = getattr(account, name)
    if value is None:
        return None
    if isinstance(value, Decimal):
        return money_str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _same(want: str | None, have: str | None) -> bool:
    if want is None or have is None:
        return want is None and have is None
    return normalise_text(want) == normalise_text(have)


def layout_of(reference: str) -> str:
    """The layout a generated request was drawn with: references read `s0-0007-<layout>-...`."""
    return reference.split("-")[2]


def measure(
    count: int,
    seed: int,
    variants: Sequence[str],
    limits: Limits,
    *,
    verbose: bool = False,
    layouts: str = "classic",
) -> dict[str, Score]:
    """Generate the corpus of the `layouts` set and score each variant, and each layout within it."""
    from devtools.samplegen import write_corpus  # noqa: PLC0415  (a test aid, loaded only when measuring)

    scores: dict[str, Score] = {}
    with tempfile.TemporaryDirectory(prefix="ingest-accuracy-") as tmp:
        out = Path(tmp)
        references = write_corpus(out, count, seed, variants, layouts=layouts)
        for reference in references:
            variant = reference.rsplit("-", 1)[1]
            score = scores.setdefault(variant, Score())
            per_layout = score.layouts.setdefault(layout_of(reference), Score())
            truth = json.loads((out / "truth" / f"{reference}.json").read_text(encoding="utf-8"))
            started = time.perf_counter()
            accounts = run_request(
                out / "requests" / reference, dt.date.fromisoformat(truth["as_of"]), limits
            )
            seconds = time.perf_counter() - started
            # a varied statement is counted again under each of its factors' values (vary.py)
            per_factor = [
                score.layouts.setdefault(f"{name}={value}", Score())
                for name, value in truth.get("variation", {}).items()
            ]
            for counted in (score, per_layout, *per_factor):
                counted.seconds += seconds
                counted.requests += 1
                score_request(counted, truth, accounts)
    if verbose:
        for variant, score in scores.items():
            for miss in score.misses:
                print(f"[{variant}] {miss}", file=sys.stderr)
    return scores


def _line(name: str, s: Score, width: int) -> str:
    vdate = "-" if s.value_date_accuracy is None else f"{s.value_date_accuracy:.4f}"
    return (
        f"{name:<{width}} {s.requests:>8} {s.expected:>6} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f} "
        f"{vdate:>7} {s.header_accuracy:>7.4f} {s.seconds / max(s.requests, 1):>6.2f}"
    )


def _heading(name: str, width: int) -> str:
    return (
        f"{name:<{width}} {'requests':>8} {'txns':>6} {'precision':>9} {'recall':>7} {'F1':>7} "
        f"{'vdate':>7} {'header':>7} {'s/req':>6}"
    )


def report(scores: dict[str, Score]) -> str:
    lines = [_heading("variant", 9)]
    lines += [_line(variant, s, 9) for variant, s in scores.items()]
    for variant, s in scores.items():
        lines.append(_heading(f"{variant}: layout", 20))
        lines += [_line(name, s.layouts[name], 20) for name in sorted(s.layouts)]
    for variant, s in scores.items():
        per_field = ", ".join(
            f"{name} {s.fields_right[name] / s.fields_total:.3f}" for name in HEADER_FIELDS if s.fields_total
        )
        lines.append(f"{variant} header fields: {per_field}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.accuracy", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=21, help="generated requests per variant (default 21)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--variants", default="text", help="comma-separated: text,scan300,scan200,photo")
    from devtools.samplegen.corpus import PLANS  # noqa: PLC0415  (a test aid, loaded only when measuring)

    parser.add_argument(
        "--layouts",
        choices=tuple(PLANS),
        default="classic",
        help="classic: the committed corpus's seven layouts (default); world: the kinds of real statements",
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss on stderr")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    # Pages are read in this process, not in the pipeline's reader child that sets this for Tesseract.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    scores = measure(args.count, args.seed, variants, Limits(), verbose=args.verbose, layouts=args.layouts)
    print(report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
