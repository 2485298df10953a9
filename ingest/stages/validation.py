"""Validation stage: statements become accounts (merged across files), with warnings; the final status."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from ingest import checks
from ingest.authenticity import balance_signals, judge
from ingest.checks import Part, ending, warning
from ingest.codes import FileStatus, RequestStatus, Verdict, WarningCode
from ingest.extract.statement import RawStatement
from ingest.merge import (
    group_parts,
    joins,
    merged_transactions,
    normal_name,
    normal_number,
    same_name,
)
from ingest.models import Account, Authenticity, BBox, DataWarning, FieldBox, FileResult, Holder, Transaction
from ingest.pci import CardNumber, mask_card_numbers

MISMATCH_CONFIDENCE = 0.5  # the most an account whose figures do not reconcile can be trusted
MIN_DIGITS_TO_COMPARE = 6  # shorter (or masked) numbers are too likely to coincide between accounts


@dataclass(frozen=True, slots=True)
class FileStatements:
    """The statements read from one accepted file, the pages of it that could not be read, and its
    authenticity as extraction judged it."""

    file_name: str
    statements: list[RawStatement]
    unreadable_pages: tuple[int, ...] = ()
    authenticity: Authenticity | None = None  # as extraction judged the file itself


@dataclass(frozen=True, slots=True)
class Validated:
    accounts: list[Account]
    warnings: list[DataWarning]  # request-level
    authenticity: dict[str, Authenticity]  # per file name, with the arithmetic validation found


def validate(today: dt.date, files: Sequence[FileStatements]) -> Validated:
    """Turn every file's statements into accounts and warnings. Never changes a figure.

    `today` is the request's creation date, against which recent activity is judged.
    """
    parts = [_part(f.file_name, s) for f in files for s in f.statements]
    groups = group_parts(parts)
    shared = _numbers_at_several_institutions(groups)
    breaks: Counter[str] = Counter()  # BalanceMismatch findings per file
    accounts = [_account(today, group, shared, breaks) for group in groups]
    authenticity = {
        f.file_name: judge([*f.authenticity.signals, *balance_signals(breaks[f.file_name])])
        for f in files
        if f.authenticity is not None
    }
    accounts = [_tampering(a, group, authenticity) for a, group in zip(accounts, groups, strict=True)]
    # A page left out cannot be tied to an account: its warning is the request's.
    warnings = [
        warning(
            WarningCode.PageUnreadable,
            f"Page {page} of {f.file_name} could not be read with confidence and was left out; "
            "its transactions may be missing.",
        )
        for f in files
        for page in f.unreadable_pages
    ]
    if not accounts:
        names = ", ".join(f.file_name for f in files) or "no accepted file"
        warnings.append(warning(WarningCode.NoAccounts, f"No account was found in any file ({names})."))
    return Validated(accounts=accounts, warnings=warnings, authenticity=authenticity)


def _part(file_name: str, statement: RawStatement) -> Part:
    """A statement's rows as the document will show them: card numbers masked before anything else."""
    transactions = []
    cards = []
    for raw in statement.transactions:
        description, found = mask_card_numbers(raw.description)
        # Extraction masks card numbers as it reads them; it hands over only their last digits.
        cards.append([*(CardNumber(0, 0, last4) for last4 in raw.masked_cards), *found])
        transactions.append(
            Transaction(
                date=raw.date,
                description=description,
                amount=raw.amount,
                balance=raw.balance,
                value_date=raw.value_date,
                file=file_name,
                page=raw.page,
                confidence=raw.confidence,
                bbox=BBox.model_validate(asdict(raw.bbox)) if raw.bbox else None,
            )
        )
    return Part(file_name=file_name, statement=statement, transactions=transactions, cards=cards)


def _account(
    today: dt.date, parts: list[Part], shared: dict[str, list[str]], breaks: Counter[str]
) -> Account:
    first, last = parts[0].statement, max(parts, key=_period_end).statement
    institution = _first(p.statement.institution for p in parts)
    number = _first(p.statement.account_number for p in parts)
    # The latest statement says where the holder lives now.
    name = _first(p.statement.holder_name for p in reversed(parts))
    address = _first(p.statement.holder_address for p in reversed(parts))
    label = f"account {ending(number)}" + (f" at {institution}" if institution else "")
    if number is None:
        label += f" in {parts[0].file_name}"
    transactions = merged_transactions(parts)
    starts = [p.statement.period_start for p in parts if p.statement.period_start]
    ends = [p.statement.period_end for p in parts if p.statement.period_end]
    period_start, period_end = min(starts, default=None), max(ends, default=None)

    warnings: list[DataWarning] = [
        *checks.account_number(label, number),
        *checks.kyc(label, name, address),
        *_holders_differ(label, parts),
        *_institutions_differ(label, number, institution, shared),
    ]
    for part in parts:
        warnings += checks.card_numbers(part)
        warnings += checks.incomplete_transactions(part)
        warnings += checks.wrong_order(part)
        mismatches = checks.balance_mismatches(part)
        breaks[part.file_name] += len(mismatches)
        warnings += mismatches
        warnings += checks.currency_values(part)
    warnings += joins(label, parts)
    warnings += checks.no_transactions(label, transactions, period_start, period_end)
    warnings += checks.duplicates(label, transactions)
    warnings += checks.recent_activity(label, today, (t.date for t in transactions if t.date))

    confidence = min(p.statement.confidence for p in parts)
    if any(w.code is WarningCode.BalanceMismatch for w in warnings):
        confidence = min(confidence, MISMATCH_CONFIDENCE)
    return Account(
        institution=institution,
        holder=Holder(name=name, address=address),
        account_number=number,
        account_type=_first(p.statement.account_type for p in parts),
        currency=_first(p.statement.currency for p in parts),
        period_start=period_start,
        period_end=period_end,
        opening_balance=first.opening_balance,
        closing_balance=last.closing_balance,
        confidence=confidence,
        transactions=transactions,
        field_boxes=_field_boxes(parts),
        warnings=checks.capped(warnings),
    )


def _field_boxes(parts: list[Part]) -> dict[str, FieldBox]:
    """Each header field's box in the statement its value was taken from (as `_account` takes them)."""
    latest = max(parts, key=_period_end)
    source = {
        "holder.name": list(reversed(parts)),
        "holder.address": list(reversed(parts)),
        "opening_balance": parts[:1],
        "closing_balance": [latest],
    }
    boxes: dict[str, FieldBox] = {}
    for name in sorted({n for p in parts for n in p.statement.field_boxes}):
        part = next((p for p in source.get(name, parts) if name in p.statement.field_boxes), None)
        if part is not None:
            box = asdict(part.statement.field_boxes[name])
            boxes[name] = FieldBox.model_validate({**box, "file": part.file_name})
    return boxes


def _tampering(account: Account, parts: Sequence[Part], authenticity: dict[str, Authenticity]) -> Account:
    """SuspectedTampering on an account read from a file whose authenticity verdict is SUSPECT."""
    added = []
    for name in dict.fromkeys(p.file_name for p in parts):
        judged = authenticity.get(name)
        if judged is None or judged.verdict is not Verdict.SUSPECT:
            continue
        codes = ", ".join(dict.fromkeys(s.code.value for s in judged.signals))
        added.append(
            warning(
                WarningCode.SuspectedTampering,
                f"{name} shows signs of editing after it was issued (authenticity score {judged.score}/100): "
                f"{codes}.",
            )
        )
    return account.model_copy(update={"warnings": [*account.warnings, *added]}) if added else account


def _period_end(part: Part) -> dt.date:
    coverage = part.coverage
    return coverage[1] if coverage else dt.date.min


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value and value.strip()), None)


def _holders_differ(label: str, parts: Sequence[Part]) -> list[DataWarning]:
    """AccountDuplicate: the statements of one account name different holders."""
    holders: list[tuple[str, str, list[str]]] = []  # compared form, as printed, files
    for part in parts:
        name = part.statement.holder_name
        if not (name and name.strip()):
            continue
        compared = normal_name(name)
        same = next((h for h in holders if same_name(h[0], compared)), None)
        if same is None:
            holders.append((compared, name.strip(), [part.file_name]))
        elif part.file_name not in same[2]:
            same[2].append(part.file_name)
    if len(holders) < 2:
        return []
    names = "; ".join(f"{name} ({', '.join(files)})" for _, name, files in holders)
    return [
        warning(WarningCode.AccountDuplicate, f"The same {label} appears under different holders: {names}.")
    ]


def _numbers_at_several_institutions(groups: Sequence[Sequence[Part]]) -> dict[str, list[str]]:
    """Full account numbers that more than one institution prints, with those institutions."""
    institutions: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        number = normal_number(_first(p.statement.account_number for p in group))
        institution = _first(p.statement.institution for p in group)
        if not institution or "*" in number or sum(c.isdigit() for c in number) < MIN_DIGITS_TO_COMPARE:
            continue
        known = institutions[number]
        if not any(same_name(normal_name(i), normal_name(institution)) for i in known):
            known.append(institution)
    return {number: names for number, names in institutions.items() if len(names) > 1}


def _institutions_differ(
    label: str, number: str | None, institution: str | None, shared: dict[str, list[str]]
) -> list[DataWarning]:
    """AccountDuplicate: this account's number is printed by another institution too."""
    mine = normal_name(institution)
    others = [
        name for name in shared.get(normal_number(number), []) if not same_name(normal_name(name), mine)
    ]
    if not others:
        return []
    return [
        warning(WarningCode.AccountDuplicate, f"The number of {label} also appears at {', '.join(others)}.")
    ]


def final_status(files: Sequence[FileResult]) -> RequestStatus:
    """The terminal request status from the files' verdicts, as the contract's table says."""
    accepted = sum(f.status is FileStatus.ACCEPTED for f in files)
    if accepted == len(files) and files:
        return RequestStatus.COMPLETED
    if accepted:
        return RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    return RequestStatus.OCR_FILES_INTEGRATION_FAILURE
