"""The request document written out: transactions as CSV, or the whole document as JSON."""

from __future__ import annotations

import csv
import io

from ingest.models import RequestDocument, money_str

CSV_COLUMNS = ("account_number", "institution", "date", "description", "amount", "balance", "file", "page")
# A cell starting with one of these is run as a formula by spreadsheet programs; statements come from
# applicants, so a description must never become one (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def transactions_csv(document: RequestDocument) -> str:
    """One row per transaction of every account, in the document's order; money as two-place strings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for account in document.accounts:
        for t in account.transactions:
            writer.writerow(
                (
                    _text(account.account_number),
                    _text(account.institution),
                    t.date.isoformat() if t.date else "",
                    _text(t.description),
                    money_str(t.amount) if t.amount is not None else "",
                    money_str(t.balance) if t.balance is not None else "",
                    _text(t.file),
                    t.page,
                )
            )
    return out.getvalue()


def document_json(document: RequestDocument) -> str:
    """The request document as the API and `ingest status` return it."""
    return document.model_dump_json(indent=2) + "\n"


def _text(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
