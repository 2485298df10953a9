"""Validation stage: statements become accounts (merged across files), with warnings; the final status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.codes import FileStatus, RequestStatus, WarningCode
from ingest.extract.statement import RawStatement
from ingest.models import Account, DataWarning, FileResult, Holder, Transaction


@dataclass(frozen=True, slots=True)
class FileStatements:
    """The statements read from one accepted file."""

    file_name: str
    statements: list[RawStatement]


@dataclass(frozen=True, slots=True)
class Validated:
    accounts: list[Account]
    warnings: list[DataWarning]  # request-level


def validate(today: dt.date, files: Sequence[FileStatements]) -> Validated:
    """Turn every file's statements into accounts and warnings. Never changes a figure."""
    del today
    accounts = [_account(f.file_name, s) for f in files for s in f.statements]
    warnings = []
    if not accounts:
        warnings.append(DataWarning(code=WarningCode.NoAccounts, message="No account was found in any file."))
    return Validated(accounts=accounts, warnings=warnings)


def _account(file_name: str, statement: RawStatement) -> Account:
    return Account(
        institution=statement.institution,
        holder=Holder(name=statement.holder_name, address=statement.holder_address),
        account_number=statement.account_number,
        account_type=statement.account_type,
        currency=statement.currency,
        period_start=statement.period_start,
        period_end=statement.period_end,
        opening_balance=statement.opening_balance,
        closing_balance=statement.closing_balance,
        confidence=statement.confidence,
        transactions=[
            Transaction(
                date=t.date,
                description=t.description,
                amount=t.amount,
                balance=t.balance,
                file=file_name,
                page=t.page,
                confidence=t.confidence,
            )
            for t in statement.transactions
        ],
    )


def final_status(files: Sequence[FileResult]) -> RequestStatus:
    """The terminal request status from the files' verdicts, as the contract's table says."""
    accepted = sum(f.status is FileStatus.ACCEPTED for f in files)
    if accepted == len(files) and files:
        return RequestStatus.COMPLETED
    if accepted:
        return RequestStatus.OCR_COMPLETED_WITH_PARTIAL_ERROR
    return RequestStatus.OCR_FILES_INTEGRATION_FAILURE
