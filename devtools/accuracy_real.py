"""Accuracy on real statements: per file, transactions expected and found, F1, and whether balances reconcile.

    python -m devtools.accuracy_real [--verbose]

Every real statement with ground truth is run: those vendored in the repository and, when present, the
external ones (both located by `devtools.realworld`). The truth is an expected CSV beside the statement
(`<name>.expected.csv`: date, description, signed amount) and the opening and closing balances the
statement states, listed with their source in `expected_balances.csv` of the vendored folder. Each file
is one request through the public pipeline in process, as `ingest run` runs it (a local backend in a
temporary home), and the request document it gives is compared with the truth:

- a found transaction matches an expected one, one to one, when their date and amount are equal;
- descriptions: of the matched pairs, the share whose descriptions are equal once case, accents,
  punctuation and spacing are set aside (only where the truth has descriptions);
- value dates: of the matched pairs whose truth has a value date, the share whose found value date is
  the same (a pair of equal date and amount is made with the value date that agrees, where one does);
- reconciled: an account came out, each has an opening and a closing balance, opening + sum(amounts) ==
  closing, and no BalanceMismatch warning was raised;
- balances: an account's opening and closing balances are the ones the statement states.

The exit status is 0 whatever the figures; only a failure of the tool itself ends otherwise.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from devtools.accuracy import normalise_text, precision_recall_f1
from devtools.realworld import EXTERNAL, VENDORED, real_file
from ingest import logs
from ingest.codes import WarningCode
from ingest.models import Account, DataWarning, RequestDocument
from ingest.pipeline import run_local
from ingest.services import open_services
from ingest.settings import Settings

BALANCES = VENDORED / "expected_balances.csv"
TRUTH_SUFFIX = ".expected.csv"
# Truth published in another form: the CSV beside the statement, and how many of its first rows are not
# transactions (the monopoly example opens with LAST MONTH'S BALANCE, which is the opening balance).
OTHER_TRUTH = {"monopoly_example_statement.pdf": ("monopoly_example_statement.transformed.csv", 1)}


@dataclass(frozen=True, slots=True)
class Row:
    """A transaction as compared: its date, signed amount, description and value date."""

    date: dt.date | None
    amount: Decimal | None
    description: str = ""
    value_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """How the transactions found compare with the expected ones (sums over files when pooled)."""

    expected: int
    found: int
    matched: int
    described: int = 0  # matched pairs whose truth has a description
    agreeing: int = 0  # of those, the pairs whose descriptions agree
    value_dated: int = 0  # matched pairs whose truth has a value date
    value_agreeing: int = 0  # of those, the pairs whose value dates are equal

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.expected)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.expected)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.matched, self.found, self.expected)[2]

    @property
    def description_agreement(self) -> float | None:
        return self.agreeing / self.described if self.described else None

    @property
    def value_date_agreement(self) -> float | None:
        return self.value_agreeing / self.value_dated if self.value_dated else None


def match(expected: Sequence[Row], found: Sequence[Row]) -> Match:
    """Pair found rows with expected ones, one to one, on equal date and amount.

    Within rows of one date and amount, the pairing that agrees on the most descriptions is taken; a
    truth row without a description counts in neither `described` nor `agreeing`. Value dates are
    paired the same way, on their own: a truth row without one counts in neither `value_dated` nor
    `value_agreeing`.
    """
    matched = described = agreeing = value_dated = value_agreeing = 0
    want = _by_key(expected)
    have = _by_key(found)
    for key, wanted in want.items():
        got = have.get(key, [])
        pairs = min(len(wanted), len(got))
        matched += pairs
        titled = [normalise_text(r.description) for r in wanted if r.description]
        same = sum((Counter(titled) & Counter(normalise_text(r.description) for r in got)).values())
        # The best pairing gives agreeing rows their twins first, then the other described truth rows.
        agreeing += min(same, pairs)
        described += min(len(titled), pairs)
        dated = [r.value_date for r in wanted if r.value_date is not None]
        same_dates = sum((Counter(dated) & Counter(r.value_date for r in got if r.value_date)).values())
        value_agreeing += min(same_dates, pairs)
        value_dated += min(len(dated), pairs)
    return Match(len(expected), len(found), matched, described, agreeing, value_dated, value_agreeing)


def _by_key(rows: Iterable[Row]) -> dict[tuple[dt.date, Decimal], list[Row]]:
    groups: dict[tuple[dt.date, Decimal], list[Row]] = {}
    for row in rows:
        if row.date is not None and row.amount is not None:
            groups.setdefault((row.date, row.amount), []).append(row)
    return groups


def pooled(matches: Iterable[Match]) -> Match:
    """All files' transactions counted together."""
    total = Match(0, 0, 0)
    for m in matches:
        total = Match(
            total.expected + m.expected,
            total.found + m.found,
            total.matched + m.matched,
            total.described + m.described,
            total.agreeing + m.agreeing,
            total.value_dated + m.value_dated,
            total.value_agreeing + m.value_agreeing,
        )
    return total


@dataclass(frozen=True, slots=True)
class Balances:
    """The opening and closing balances a statement states, and where that was read."""

    opening: Decimal
    closing: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class Case:
    """One real statement and its truth: expected rows, stated balances, or both."""

    name: str  # its path relative to the real-statement folder, e.g. "de/ing_2022-01.pdf"
    path: Path
    rows: list[Row] | None
    balances: Balances | None


def read_truth(path: Path, skip: int = 0) -> list[Row]:
    """Rows of an expected CSV (date, description, amount, and value_date where the file has the
    column; ISO dates, signed amounts)."""
    with path.open(newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))[skip:]
    return [
        Row(
            dt.date.fromisoformat(r["date"]),
            Decimal(r["amount"]),
            r["description"] or "",
            dt.date.fromisoformat(r["value_date"]) if r.get("value_date") else None,
        )
        for r in records
    ]


def read_balances(path: Path = BALANCES) -> dict[str, Balances]:
    with path.open(newline="", encoding="utf-8") as f:
        return {
            r["file"]: Balances(Decimal(r["opening"]), Decimal(r["closing"]), r["source"])
            for r in csv.DictReader(f)
        }


def cases() -> list[Case]:
    """Every real statement present (vendored first, else external) that has some truth, by name."""
    balances = read_balances()
    names = sorted(
        {p.relative_to(folder).as_posix() for folder in (VENDORED, EXTERNAL) for p in folder.rglob("*.pdf")}
    )
    found = []
    for name in names:
        path = real_file(name)
        if path is None:
            continue
        truth_name, skip = OTHER_TRUTH.get(name, (name.removesuffix(".pdf") + TRUTH_SUFFIX, 0))
        truth = path.parent / Path(truth_name).name
        rows = read_truth(truth, skip) if truth.is_file() else None
        if rows is not None or name in balances:
            found.append(Case(name, path, rows, balances.get(name)))
    return found


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one statement gave, compared with its truth."""

    case: Case
    found: list[Row]
    match: Match | None
    reconciled: bool
    balances_right: bool | None
    note: str
    seconds: float


def run(path: Path, home: Path) -> RequestDocument:
    """The request document `ingest run <path>` prints, made in process on a local backend at `home`."""
    return run_local(open_services(Settings(home=home)), [path], path.name)


def reconciles(document: RequestDocument) -> bool:
    """Accounts came out, and each proves opening + sum(amounts) == closing with no BalanceMismatch."""
    if not document.accounts or _mismatch(document.warnings):
        return False
    for account in document.accounts:
        amounts = [t.amount for t in account.transactions]
        if account.opening_balance is None or account.closing_balance is None or None in amounts:
            return False
        total = sum((a for a in amounts if a is not None), Decimal(0))
        if account.opening_balance + total != account.closing_balance or _mismatch(account.warnings):
            return False
    return True


def _mismatch(warnings: Iterable[DataWarning]) -> bool:
    return any(w.code is WarningCode.BalanceMismatch for w in warnings)


def _states(accounts: Sequence[Account], balances: Balances) -> bool:
    return any(
        a.opening_balance == balances.opening and a.closing_balance == balances.closing for a in accounts
    )


def assess(case: Case, home: Path) -> Outcome:
    started = time.perf_counter()
    document = run(case.path, home)
    seconds = time.perf_counter() - started
    found = [
        Row(t.date, t.amount, t.description, t.value_date)
        for account in document.accounts
        for t in account.transactions
    ]
    rejected = [f.rejection.code.value for f in document.files if f.rejection]
    note = ", ".join(rejected)
    if not rejected and len(document.accounts) != 1:
        note = f"{len(document.accounts)} accounts"
    return Outcome(
        case=case,
        found=found,
        match=match(case.rows, found) if case.rows is not None else None,
        reconciled=reconciles(document),
        balances_right=_states(document.accounts, case.balances) if case.balances else None,
        note=note,
        seconds=seconds,
    )


def _yes(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(outcomes: Sequence[Outcome]) -> str:
    width = max((len(o.case.name) for o in outcomes), default=4)
    lines = [
        f"{'file':<{width}} {'expected':>8} {'found':>5} {'prec':>5} {'recall':>6} {'F1':>5} {'descr':>5} "
        f"{'reconciled':>10} {'balances':>8} {'s':>5}  note"
    ]
    for o in outcomes:
        m = o.match
        lines.append(
            f"{o.case.name:<{width}} {m.expected if m else '-':>8} {len(o.found):>5} "
            f"{_num(m.precision if m and m.found else None):>5} {_num(m.recall if m else None):>6} "
            f"{_num(m.f1 if m else None):>5} {_num(m.description_agreement if m else None):>5} "
            f"{_num(m.value_date_agreement if m else None):>5} "
            f"{_yes(o.reconciled):>10} {_yes(o.balances_right):>8} {o.seconds:>5.1f}  {o.note}".rstrip()
        )
    scored = [o.match for o in outcomes if o.match is not None]
    total = pooled(scored)
    stated = [o for o in outcomes if o.balances_right is not None]
    lines += [
        f"files with expected rows: {len(scored)}; mean per-file F1 "
        f"{_num(sum(m.f1 for m in scored) / len(scored) if scored else None)}; pooled precision "
        f"{total.precision:.3f}, recall {total.recall:.3f}, F1 {total.f1:.3f} "
        f"({total.matched} of {total.expected} expected rows found, {total.found} found); value dates "
        f"{_num(total.value_date_agreement)} ({total.value_agreeing} of {total.value_dated} matched rows "
        "that have one)",
        f"reconciled: {sum(o.reconciled for o in outcomes)} of {len(outcomes)} files; balances as stated: "
        f"{sum(bool(o.balances_right) for o in stated)} of {len(stated)} files that state them",
    ]
    return "\n".join(lines)


def misses(outcome: Outcome) -> list[str]:
    """The expected rows not found and the found rows not expected (by date and amount), for --verbose."""
    if outcome.case.rows is None:
        return []
    want = Counter((r.date, r.amount) for r in outcome.case.rows)
    have = Counter((r.date, r.amount) for r in outcome.found)
    name = outcome.case.name
    return [f"{name}: missed {d} {a}" for d, a in sorted((want - have).elements(), key=str)] + [
        f"{name}: extra {d} {a}" for d, a in sorted((have - want).elements(), key=str)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m devtools.accuracy_real", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--verbose", action="store_true", help="list the rows missed and extra on stderr")
    args = parser.parse_args(argv)
    logs.configure()  # the logging `ingest run` has
    found = cases()
    if not EXTERNAL.is_dir():
        print(f"(the external real statements are absent: {EXTERNAL}; vendored ones only)", file=sys.stderr)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="ingest-accuracy-real-") as tmp:
        for number, case in enumerate(found):
            outcomes.append(assess(case, Path(tmp) / f"home-{number}"))
    if args.verbose:
        for outcome in outcomes:
            for line in misses(outcome):
                print(line, file=sys.stderr)
    print(report(outcomes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
